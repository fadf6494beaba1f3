"""`embargo enforce status|uninstall`: what the kernel enforces now, and removing it.

Works without a running agent: it reads what is attached and pinned in bpffs. Without
`--cgroup` it finds the attach point itself — the cgroups the programs pinned in the pin
directory are attached to — and the veths carrying the pinned frame guard.
"""

from __future__ import annotations

import sys
from pathlib import Path

from agent.attribution import detect_cgroup_setup
from agent.enforcement.enforcer import (DEFAULT_PIN_DIR, HOOKS, EnforcementError, attach_points, attached_programs,
                                        detach_programs, remove_pins)
from agent.enforcement.veth_guard import guarded_interfaces, uninstall_guards
from agent.tracing.loader import BpfUnavailable


def run_enforce(action: str, cgroup: str | None, pin_dir: Path | None) -> int:
    setup = detect_cgroup_setup()
    if setup.v2_mount is None:
        print("embargo: no cgroup v2 mount on this node: nothing is enforced", file=sys.stderr)
        return 2
    pins = pin_dir or DEFAULT_PIN_DIR
    try:
        if cgroup:
            directories = [setup.v2_mount / cgroup.lstrip("/")]
            if action == "status" and not directories[0].is_dir():
                print(f"embargo: cgroup {cgroup} does not exist", file=sys.stderr)
                return 2
        else:
            directories = attach_points(setup.v2_mount, pins)
        if action == "uninstall":
            done = uninstall_guards(pins)  # found by the pinned programs' ids: the pins go last
            for directory in directories:
                done += detach_programs(directory)
            done += remove_pins(pins)
            for line in done or ["nothing to remove"]:
                print(line)
            return 0
        if not directories:
            print(f"no cgroup has the programs pinned in {pins} attached")
        for directory in directories:
            print(f"attach point {directory}")
            for hook in HOOKS:
                programs = attached_programs(directory, hook)
                print(f"  {hook.name:12} " + (", ".join(f"{name} (id {pid})" for pid, name in programs) or "-"))
        print("frame guard on: " + (", ".join(guarded_interfaces(pins)) or "no interface"))
        print(f"pins in {pins}: " + (", ".join(sorted(p.name for p in pins.iterdir())) if pins.is_dir() else "none"))
        return 0
    except (EnforcementError, BpfUnavailable, OSError) as err:
        print(f"embargo: {err}", file=sys.stderr)
        return 2
