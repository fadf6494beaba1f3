"""Prometheus: the PrometheusRule under `promtool test rules`, the dashboard's and rules'
metric names against the agent's registry, and `/metrics` of a real running proxy."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
import yaml
from prometheus_client import REGISTRY

import agent.metrics  # noqa: F401 - registers every metric
from agent.demo.stack import free_port
from agent.sinks.metrics_relay import UP
from tests.conftest import POLICIES, launch, openai_client

DEPLOY = Path(__file__).resolve().parent.parent / "deploy" / "prometheus"
METRIC = re.compile(r"\bembargo_[a-z_]+\b")


def promtool() -> str:
    path = shutil.which("promtool")
    if path is None:
        pytest.fail("promtool is missing: apt-get install prometheus (.ci/run installs it)")
    return path


@pytest.fixture
def rule_files(tmp_path: Path) -> Path:
    """The PrometheusRule's groups as a plain rule file, beside a copy of the unit tests."""
    resource = yaml.safe_load((DEPLOY / "embargo-rules.yaml").read_text())
    assert resource["kind"] == "PrometheusRule"
    (tmp_path / "embargo-rules.groups.yaml").write_text(yaml.safe_dump({"groups": resource["spec"]["groups"]}))
    shutil.copy(DEPLOY / "rules.test.yaml", tmp_path / "rules.test.yaml")
    return tmp_path


def test_rules_are_valid_and_pass_their_unit_tests(rule_files):
    check = subprocess.run([promtool(), "check", "rules", "embargo-rules.groups.yaml"], cwd=rule_files,
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    run = subprocess.run([promtool(), "test", "rules", "rules.test.yaml"], cwd=rule_files, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "SUCCESS" in run.stdout


def test_every_alert_has_a_unit_test(rule_files):
    groups = yaml.safe_load((rule_files / "embargo-rules.groups.yaml").read_text())["groups"]
    alerts = {r["alert"] for g in groups for r in g["rules"]}
    tested = {t["alertname"] for case in yaml.safe_load((rule_files / "rules.test.yaml").read_text())["tests"]
              for t in case.get("alert_rule_test", [])}
    assert alerts == tested
    assert {"EmbargoPrivilegedBlockSpike", "EmbargoFailClosed", "EmbargoSinkDown", "EmbargoEbpfEventsLost",
            "EmbargoPolicyReloadFailing"} <= alerts


def test_a_broken_expectation_fails(rule_files):
    """promtool really judges the tests: a wrong expected label makes it fail."""
    tests = rule_files / "rules.test.yaml"
    tests.write_text(tests.read_text().replace("exp_labels: {severity: critical, instance: node-a, reason: audit_write}",
                                               "exp_labels: {severity: warning, instance: node-a, reason: audit_write}"))
    run = subprocess.run([promtool(), "test", "rules", "rules.test.yaml"], cwd=rule_files, capture_output=True, text=True)
    assert run.returncode != 0


def known_metrics() -> set[str]:
    names = {UP}  # the proxy relays it with the forwarder's metrics
    for family in REGISTRY.collect():
        if family.name.startswith("embargo_"):
            names.add(family.name)
            names.update(s.name for s in family.samples)
            names.update(f"{family.name}{suffix}" for suffix in ("_total", "_bucket", "_count", "_sum", "_info"))
    return names


def test_dashboard_and_rules_use_only_metrics_the_agent_exports():
    dashboard = json.loads((DEPLOY / "embargo-dashboard.json").read_text())
    exprs = [t["expr"] for p in dashboard["panels"] for t in p.get("targets", [])]
    assert len(exprs) >= 20 and len({p["id"] for p in dashboard["panels"]}) == len(dashboard["panels"])
    used = {m for e in exprs for m in METRIC.findall(e)}
    used |= set(METRIC.findall((DEPLOY / "embargo-rules.yaml").read_text()))
    unknown = used - known_metrics()
    assert unknown == set()


@pytest.mark.integration
def test_running_proxy_exports_bounded_metrics(tmp_path_factory, upstream):
    port = free_port()
    proxy = launch(tmp_path_factory, upstream, POLICIES / "default.yaml", "--metrics", f"127.0.0.1:{port}")
    try:
        openai_client(proxy).chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hello"}])
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as answer:
            text = answer.read().decode()
    finally:
        proxy.stop()
    assert re.search(r'embargo_decisions_total\{.*enforced_action="allow".*provider="openai".*\} 1\.0', text)
    assert re.search(r'embargo_bytes_total\{direction="out",provider="openai"\} [1-9]', text)
    assert re.search(r'embargo_bytes_total\{direction="in",provider="openai"\} [1-9]', text)
    assert re.search(r'embargo_added_latency_seconds_count\{provider="openai"\} 1\.0', text)
    assert "embargo_policy_reload_ok 1.0" in text
    assert re.search(r'embargo_policy_info\{name="default",sha256="[0-9a-f]{12}",version="[^"]+"\} 1\.0', text)
    labels = set(re.findall(r'(\w+)="', "\n".join(line for line in text.splitlines() if line.startswith("embargo_"))))
    assert labels <= {"phase", "action", "enforced_action", "rule", "mode", "provider", "label", "reason", "direction",
                      "le", "name", "version", "sha256", "result"}
    assert "127.0.0.1" not in "\n".join(line for line in text.splitlines() if line.startswith("embargo_"))


@pytest.mark.integration
def test_one_scrape_target_serves_the_proxy_and_its_sink_forwarder(tmp_path, tmp_path_factory, upstream):
    """The forwarder's sink and alert metrics appear on the proxy's /metrics (no second
    endpoint: the config's `metrics:` address is not opened), each family once; when the
    forwarder is gone, the proxy says so with embargo_forwarder_up 0. (And the forwarder
    runs at the priority that keeps it behind the proxy.)"""
    port, unopened = free_port(), free_port()
    config = tmp_path / "agent.yaml"
    config.write_text(f"spool: {{dir: {tmp_path / 'spool'}}}\nmetrics: 127.0.0.1:{unopened}\nsinks:\n"
                      f"  - {{name: elastic, type: ecs, path: {tmp_path / 'ecs.jsonl'}}}\n"
                      f"  - {{name: dead, type: webhook, url: 'http://127.0.0.1:{free_port()}/'}}\n")
    proxy = launch(tmp_path_factory, upstream, POLICIES / "default.yaml", "--sinks", str(config),
                   "--metrics", f"127.0.0.1:{port}")
    try:
        openai_client(proxy).chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hello"}])
        deadline = time.monotonic() + 20
        text = ""
        while time.monotonic() < deadline and not re.search(r'embargo_sink_delivered_total\{sink="elastic"\} [1-9]', text):
            time.sleep(0.3)
            text = scrape(port)
        with pytest.raises(OSError):
            urllib.request.urlopen(f"http://127.0.0.1:{unopened}/metrics", timeout=2)
        children = Path(f"/proc/{proxy.process.pid}/task/{proxy.process.pid}/children").read_text().split()
        forwarder = [pid for pid in children if b"\0sinks\0" in Path(f"/proc/{pid}/cmdline").read_bytes()]
        assert len(forwarder) == 1
        # it yields to the proxy on shared cores: spare CPU only while within its lag budget
        # (nice 10 SCHED_BATCH beyond it: tests/test_forwarder_pacing.py)
        assert os.sched_getscheduler(int(forwarder[0])) == os.SCHED_IDLE
        assert os.getpriority(os.PRIO_PROCESS, int(forwarder[0])) == 10
        os.kill(int(forwarder[0]), signal.SIGKILL)
        time.sleep(0.5)
        without = scrape(port)
    finally:
        proxy.stop()
    assert re.search(r'embargo_sink_delivered_total\{sink="elastic"\} [1-9]', text), text
    assert f"{UP} 1.0" in text and 'embargo_sink_up{sink="dead"} 0.0' in text
    assert "embargo_forwarder_lag_budget_seconds 30.0" in text and "embargo_forwarder_escalated 0.0" in text
    assert "embargo_forwarder_escalation_refused 0.0" in text and "embargo_forwarder_lag_seconds " in text
    assert re.search(r'embargo_decisions_total\{.*provider="openai".*\} 1\.0', text)
    declared = re.findall(r"^# TYPE (\S+)", text, re.MULTILINE)
    assert len(declared) == len(set(declared))  # Prometheus refuses a family declared twice
    assert f"{UP} 0.0" in without and "embargo_sink_delivered_total" not in without
    assert "embargo_decisions_total" in without  # the proxy's own metrics are unaffected


def scrape(port: int) -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as answer:
        return answer.read().decode()
