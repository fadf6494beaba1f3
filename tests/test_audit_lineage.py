"""End to end through the real proxy: MAC'ed records, checkpoints shipped by the sink
forwarder, `embargo audit verify --checkpoints` after the tail is cut, and
`embargo audit find --record` for a Case that was sent."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import openai
import pytest

from agent.audit import rotated_files
from agent.audit_verify import read_checkpoints
from tests.conftest import POLICIES, launch, openai_client

pytestmark = pytest.mark.integration

CASE_ID = "5005g00000AbCdEAAV"
CONTACT_ID = "0035g00000XyZaBAAV"


def embargo(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "agent.cli", *args], capture_output=True, text=True, timeout=60)


def forwarders_gone(config: Path, timeout: float = 5.0) -> bool:
    """No process runs the sink forwarder with this config any more."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        running = []
        for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
            try:
                running.append(str(config).encode() in cmdline.read_bytes())
            except OSError:
                continue
        if not any(running):
            return True
        time.sleep(0.1)
    return False


def everything_shipped(events: Path, shipped: Path) -> bool:
    """The forwarder delivered every record of the log (rotated files included) to the SIEM file."""
    written = sum(len(f.read_text().splitlines()) for f in [*rotated_files(events), events])
    return shipped.exists() and len(shipped.read_text().splitlines()) == written


def test_lineage_checkpoints_and_verify(tmp_path, tmp_path_factory, upstream):
    key = tmp_path / "audit.key"
    key.write_text(embargo("audit", "keygen").stdout)
    ecs_out = tmp_path / "siem.jsonl"
    config = tmp_path / "agent.yaml"
    config.write_text(f"spool: {{dir: {tmp_path / 'spool'}}}\nsinks:\n  - {{name: siem, type: ecs, path: {ecs_out}}}\n")
    proxy = launch(tmp_path_factory, upstream, POLICIES / "default.yaml", "--sinks", str(config),
                   "--set", f"embargo_audit_key={key}", "--set", "embargo_checkpoint_seconds=1",
                   "--set", "embargo_audit_max_size=6k")
    try:
        client = openai_client(proxy)
        harmless = f"Summarise the account history of {CONTACT_ID} for the QBR."
        for i in range(6):
            client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": f"{harmless} ({i})"}])
            time.sleep(0.4)  # spread over a few checkpoint intervals
        privileged = json.dumps({"Id": CASE_ID, "legal_case_strategy__c": "settle before discovery"})
        with pytest.raises(openai.PermissionDeniedError):
            client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": privileged}])
        openai_client(proxy, "eu.api.openai.com").chat.completions.create(
            model="gpt-4o", messages=[{"role": "user", "content": privileged}])
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "a last one"}])
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not everything_shipped(proxy.events, ecs_out):
            time.sleep(0.2)
    finally:
        proxy.stop()
    assert forwarders_gone(config), "the sink forwarder must exit with the proxy"
    files = [*rotated_files(proxy.events), proxy.events]
    assert len(files) > 1  # rotated at 6 KB
    names = [str(f) for f in files]

    intact = embargo("audit", "verify", *names, "--key-file", str(key), "--checkpoints", str(ecs_out))
    assert intact.returncode == 0, intact.stdout + intact.stderr
    assert "checked hash chain, MACs" in intact.stdout and "chain intact" in intact.stdout
    shipped = int(intact.stdout.split(" shipped checkpoints")[0].rsplit(" ", 1)[1])
    assert shipped >= 2

    # Which records left, to whom, under which decision.
    found = embargo("audit", "find", "--record", CASE_ID, *names)
    assert found.returncode == 0, found.stderr
    assert "Case 5005g00000AbCdE: left 1 time(s), stopped 1 time(s)" in found.stdout
    assert "BLOCK" in found.stdout and "privileged-stays-sovereign" in found.stdout
    assert "LEFT" in found.stdout and "eu.api.openai.com" in found.stdout and "OpenAI Ireland" in found.stdout
    contact = embargo("audit", "find", "--record", CONTACT_ID[:15], *names)
    assert "Contact 0035g00000XyZaB: left 6 time(s), stopped 0 time(s)" in contact.stdout
    assert embargo("audit", "find", "--record", "5005g00000ZzZzZ", *names).returncode == 1
    assert CASE_ID not in "".join(f.read_text() for f in files)  # only keyed hashes are kept

    # Root cuts the log's tail, from the newest record a shipped checkpoint vouches for on.
    # (Records after the last shipped checkpoint could be cut unnoticed: the checkpoint
    # interval bounds that window.)
    vouched = max(c["seq"] for c in read_checkpoints(ecs_out))
    for path in files:
        kept = [line for line in path.read_text().splitlines(keepends=True) if json.loads(line)["seq"] < vouched]
        path.write_text("".join(kept))
    cut = embargo("audit", "verify", *names, "--key-file", str(key),
                  "--checkpoints", str(ecs_out))
    assert cut.returncode == 7, cut.stdout
    assert "its tail was cut" in cut.stdout and "CHAIN BROKEN: truncated" in cut.stdout


def test_verify_names_a_missing_file_and_a_bad_key(tmp_path):
    result = embargo("audit", "verify", str(tmp_path / "nope.jsonl"))
    assert result.returncode == 2 and "cannot read" in result.stderr
    log = tmp_path / "a.jsonl"
    log.write_text("")
    bad = tmp_path / "key"
    bad.write_text("zz")
    result = embargo("audit", "verify", str(log), "--key-file", str(bad))
    assert result.returncode == 2 and "bad audit key" in result.stderr and "zz" not in result.stderr
    assert embargo("audit", "find", "--record", "not-an-id", str(log)).returncode == 2
