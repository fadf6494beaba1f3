"""`embargo enforce status|uninstall`: what the kernel enforces now, and removing it.

Works without a running agent: it reads what is attached to the cgroup and pinned in bpffs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from agent.attribution import detect_cgroup_setup
from agent.enforcement.enforcer import DEFAULT_PIN_DIR, HOOKS, EnforcementError, attached_programs, uninstall
from agent.tracing.loader import BpfUnavailable


def run_enforce(action: str, cgroup: str, pin_dir: Path | None) -> int:
    setup = detect_cgroup_setup()
    if setup.v2_mount is None:
        print("embargo: no cgroup v2 mount on this node: nothing is enforced", file=sys.stderr)
        return 2
    directory = setup.v2_mount / cgroup.lstrip("/")
    pins = pin_dir or DEFAULT_PIN_DIR
    try:
        if action == "uninstall":
            for line in uninstall(directory, pins) or ["nothing to remove"]:
                print(line)
            return 0
        if not directory.is_dir():
            print(f"embargo: cgroup {cgroup} does not exist", file=sys.stderr)
            return 2
        for hook in HOOKS:
            programs = attached_programs(directory, hook)
            print(f"{hook.name:12} " + (", ".join(f"{name} (id {pid})" for pid, name in programs) or "-"))
        print(f"pins in {pins}: " + (", ".join(sorted(p.name for p in pins.iterdir())) if pins.is_dir() else "none"))
        return 0
    except (EnforcementError, BpfUnavailable, OSError) as err:
        print(f"embargo: {err}", file=sys.stderr)
        return 2
