"""Hot reload against a real `embargo proxy`: a ConfigMap-style symlink swap, a refused
broken version, SIGHUP, and SDK traffic that keeps flowing through every reload."""

from __future__ import annotations

import os
import signal
import threading
import time
import urllib.request
from collections import Counter
from pathlib import Path

import openai
import pytest

from agent.demo.stack import free_port
from tests.conftest import POLICIES, AuditTail, launch, openai_client, wait_for

pytestmark = pytest.mark.integration

DEFAULT = (POLICIES / "default.yaml").read_text()
# Version 2 blocks internal data to non-sovereign endpoints: the Case-id prompt flips to block.
STRICTER = DEFAULT.replace('version: "2026.11.23-1"', 'version: "2"').replace(
    "  - id: bulk-crm-uploads-stay-sovereign",
    "  - id: internal-stays-sovereign\n    match: {label: internal, jurisdiction: {not_in: sovereign}}\n"
    "    action: block\n\n  - id: bulk-crm-uploads-stay-sovereign")
BROKEN = STRICTER.replace('version: "2"', 'version: "3-broken"').replace('["secret.*"]', '["secrets.*"]')
PROMPT = [{"role": "user", "content": "Which account owns Case 5005g00000AbCdE?"}]


class ConfigMapDir:
    """A directory laid out as kubelet lays out a ConfigMap volume, updated the way it is."""

    def __init__(self, root: Path):
        self.root = root
        self.generation = 0
        root.mkdir()

    def publish(self, text: str) -> None:
        self.generation += 1
        data = self.root / f"..2026_11_23_{self.generation:02d}"
        data.mkdir()
        (data / "policy.yaml").write_text(text)
        link = self.root / "..data_tmp"
        link.symlink_to(data.name)
        os.replace(link, self.root / "..data")  # the atomic swap
        if not (self.root / "policy.yaml").is_symlink():
            (self.root / "policy.yaml").symlink_to("..data/policy.yaml")

    @property
    def policy(self) -> Path:
        return self.root / "policy.yaml"


class Traffic(threading.Thread):
    """SDK requests, one after another, until stopped: every one must be answered."""

    def __init__(self, proxy):
        super().__init__(daemon=True)
        self.client = openai_client(proxy)
        self.outcomes: Counter[str] = Counter()
        self.stop = threading.Event()

    def run(self) -> None:
        for _ in range(2000):  # bounded
            if self.stop.is_set():
                return
            try:
                self.client.chat.completions.create(model="gpt-4o", messages=PROMPT)
                self.outcomes["allowed"] += 1
            except openai.PermissionDeniedError:
                self.outcomes["blocked"] += 1
            except Exception as err:  # noqa: BLE001 - anything else is a dropped request
                self.outcomes[f"dropped: {type(err).__name__}"] += 1


def metric(port: int, name: str) -> str:
    text = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5).read().decode()
    return "\n".join(line for line in text.splitlines() if line.startswith(name))


def versions_seen(audit: AuditTail) -> list[str]:
    return [r["policy"]["version"] for r in audit.decisions() if r.get("phase") == "request"]


def test_configmap_swap_reloads_refuses_a_broken_version_and_drops_nothing(tmp_path, tmp_path_factory, upstream, fake):
    config = ConfigMapDir(tmp_path / "policies")
    config.publish(DEFAULT)
    metrics_port = free_port()
    proxy = launch(tmp_path_factory, upstream, config.policy, "--workers", "1", "--metrics", f"127.0.0.1:{metrics_port}",
                   "--set", "embargo_reload_ms=100")
    traffic = Traffic(proxy)
    try:
        audit = AuditTail(proxy.events)
        traffic.start()
        wait_for(lambda: traffic.outcomes["allowed"] >= 3, 30, "three allowed requests")
        config.publish(STRICTER)
        wait_for(lambda: traffic.outcomes["blocked"] >= 3, 30, "three blocked requests")
        config.publish(BROKEN)
        wait_for(lambda: "refused" in proxy.log_text(), 30, "the broken version's refusal in the log")
        blocked_before = traffic.outcomes["blocked"]
        wait_for(lambda: traffic.outcomes["blocked"] >= blocked_before + 3, 30, "three more blocked requests")
        assert 'embargo_policy_reloads_total{result="refused"} 1.0' in metric(metrics_port, "embargo_policy_reloads_total")
        assert metric(metrics_port, "embargo_policy_reload_ok") == "embargo_policy_reload_ok 0.0"
        assert 'version="2"' in metric(metrics_port, "embargo_policy_info{")
        config.publish(STRICTER.replace('version: "2"', 'version: "4"'))
        wait_for(lambda: metric(metrics_port, "embargo_policy_reload_ok") == "embargo_policy_reload_ok 1.0", 30,
                 "embargo_policy_reload_ok 1.0")
        # Requests that start from now on are decided under version 4.
        made = sum(traffic.outcomes.values())
        wait_for(lambda: sum(traffic.outcomes.values()) >= made + 3, 30, "three more requests")
    finally:
        traffic.stop.set()
        traffic.join(30)
        proxy.stop()
    assert not [k for k in traffic.outcomes if k.startswith("dropped")], traffic.outcomes
    seen = versions_seen(audit)
    # In order: the first version, then 2, never the broken one, then 4; each decision names its version.
    assert seen[0] == "2026.11.23-1" and "3-broken" not in seen
    assert [v for i, v in enumerate(seen) if i == 0 or seen[i - 1] != v] == ["2026.11.23-1", "2", "4"]
    log = proxy.log_text()
    assert "policy reload (change) refused; default 2 " in log
    assert "rule 'secrets-never-leave': detector pattern 'secrets.*' matches no detector" in log


def test_sighup_reloads_when_file_watching_is_off(tmp_path, tmp_path_factory, upstream, fake):
    policy = tmp_path / "policy.yaml"
    policy.write_text(DEFAULT)
    proxy = launch(tmp_path_factory, upstream, policy, "--workers", "1", "--set", "embargo_reload_ms=0")
    try:
        audit = AuditTail(proxy.events)
        client = openai_client(proxy)
        client.chat.completions.create(model="gpt-4o", messages=PROMPT)
        policy.write_text(STRICTER)
        time.sleep(0.5)
        client.chat.completions.create(model="gpt-4o", messages=PROMPT)  # not watched: still the old version
        assert versions_seen(audit) == ["2026.11.23-1", "2026.11.23-1"]
        proxy.process.send_signal(signal.SIGHUP)

        def blocked() -> bool:
            try:
                client.chat.completions.create(model="gpt-4o", messages=PROMPT)
                return False
            except openai.PermissionDeniedError as err:
                assert "internal-stays-sovereign" in str(err)
                return True

        wait_for(blocked, 30, "requests to be blocked")
        assert proxy.process.poll() is None  # SIGHUP reloads; it does not end the agent
        assert "policy reload (SIGHUP): default 2 (sha256 " in proxy.log_text()
        seen = versions_seen(audit)
        assert seen[-1] == "2" and set(seen) == {"2026.11.23-1", "2"}
    finally:
        proxy.stop()
