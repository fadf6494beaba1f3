"""Records the agent emits while it starts, before mitmproxy runs the addon, are not lost."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from mitmproxy.test import taddons

from addons.embargo import Embargo
from agent.audit_verify import verify
from tests.conftest import POLICIES


def test_records_appended_before_the_proxy_runs_are_written_once_it_does(tmp_path: Path) -> None:
    """`embargo agent` starts its kernel side (enforcement, capability checks, tracing) before
    mitmproxy configures and runs the addon: those first records wait for the audit log."""
    audit = tmp_path / "audit.jsonl"
    addon = Embargo()
    addon.append_record({"phase": "kernel.capability", "rule": "builtin:protected-cap-net-raw"})

    async def start_then_stop() -> None:
        with taddons.context(addon) as tctx:
            tctx.configure(addon, embargo_policy=str(POLICIES / "default.yaml"), embargo_events=str(audit),
                           embargo_workers=0)
            addon.append_record({"phase": "kernel.deny", "rule": "builtin:kernel-enforcement"})
            assert not audit.exists() or audit.read_text() == ""
            await addon.running()
            addon.append_record({"phase": "connection"})
            await addon.done()

    asyncio.run(start_then_stop())
    phases = [json.loads(line)["phase"] for line in audit.read_text().splitlines()]
    assert phases[:3] == ["kernel.capability", "kernel.deny", "connection"]
    assert verify([audit]).ok
