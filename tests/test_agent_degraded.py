"""`embargo agent` where eBPF cannot run, `--dry-run`, and `embargo inventory`'s errors.

The agent is started without capabilities (as root, `setpriv` drops them all; as another
user there are none): it must say exactly what is missing, serve as a plain proxy, and
mark every client "unattributed" with that reason rather than leave the field out.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from agent.audit import read_new
from agent.demo.stack import FAKE_HOSTS, start_proxy
from tests.conftest import POLICIES, openai_client

pytestmark = pytest.mark.integration

WITHOUT_CAPABILITIES = ("setpriv", "--inh-caps=-all", "--bounding-set=-all", "--") if os.geteuid() == 0 else ()


@pytest.mark.skipif(os.geteuid() == 0 and not shutil.which("setpriv"), reason="setpriv (util-linux) is not installed")
def test_without_capabilities_the_agent_runs_proxy_only_and_says_why(tmp_path, upstream, fake):
    agent = start_proxy(tmp_path / "agent", POLICIES / "default.yaml", upstream.fake.port, upstream.pki.ca_cert,
                        hosts=FAKE_HOSTS, command="agent", wrapper=WITHOUT_CAPABILITIES,
                        extra_args=("--workers", "1", "--no-dns"))
    try:
        reply = openai_client(agent).chat.completions.create(
            model="gpt-4o", messages=[{"role": "user", "content": "Three tips for tidy CRM notes?"}])
        assert reply.choices[0].message.content.startswith("[fake-openai]")
    finally:
        agent.stop()
    log = agent.log_text()
    assert "eBPF unavailable: the process lacks CAP_BPF and CAP_PERFMON (or CAP_SYS_ADMIN)" in log
    assert "running proxy-only" in log
    records, _ = read_new(agent.events, 0)
    [decision] = [r for r in records if r.get("decision")]
    kernel = decision["workload"]["kernel"]
    assert kernel["attribution"] == "unattributed" and "lacks CAP_BPF" in kernel["note"]
    snapshot = json.loads(agent.events.with_name("inventory.json").read_text())
    assert snapshot["status"]["tracing"] is False and "lacks CAP_BPF" in snapshot["status"]["tracing_error"]
    assert [h["host"] for w in snapshot["workloads"] for h in w["hosts"]] == ["api.openai.com"]


def test_dry_run_prints_the_programs_and_loads_nothing(tmp_path):
    out = subprocess.run(
        [*WITHOUT_CAPABILITIES, sys.executable, "-m", "agent.cli", "agent", "--dry-run",
         "--policy", str(POLICIES / "crm-workloads.yaml"), "--events", str(tmp_path / "events.jsonl")],
        capture_output=True, text=True, check=True,
    ).stdout
    assert "attach tracepoint:syscalls:sys_enter_connect" in out
    assert "attach tracepoint:sock:inet_sock_set_state" in out
    assert "watch cgroups matching /system.slice/crm-export.service" in out
    assert "-> would run proxy-only" in out  # no capabilities in this run
    assert not (tmp_path / "events.jsonl").exists()


def test_inventory_command_errors_are_clear(tmp_path: Path):
    def inventory(path: Path) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "agent.cli", "inventory", "--file", str(path)],
                              capture_output=True, text=True)

    missing = inventory(tmp_path / "nope.json")
    assert missing.returncode == 2 and "cannot read" in missing.stderr and "No such file" in missing.stderr
    garbage = tmp_path / "garbage.json"
    garbage.write_text("{not json")
    broken = inventory(garbage)
    assert broken.returncode == 2 and "not an inventory snapshot" in broken.stderr
