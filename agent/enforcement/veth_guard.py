"""The frame guard (veth_guard.c) on the host side of pods' veths, via `tc`.

    guard = VethGuard.load(enforcer)           # the program, pinned; re-points guarded interfaces at it
    guard.guard(17, "veth1a2b")                # a new veth, at once (the agent's link watcher)
    guard.reconcile({17: "veth1a2b"}, alive)   # exactly these interfaces carry the filter
    for interface in guarded_interfaces(pin_dir): ...

A packet socket (AF_PACKET) in a pod with CAP_NET_RAW sends frames no cgroup socket hook
sees. Every frame a pod sends crosses its veth pair, and on the node's side it goes through
the clsact ingress hook whatever the sender did — so the guard sits there, one filter per
interface at a fixed preference and handle: attaching again *replaces* the program in
place (restarts never stack filters, never leave a gap), and the filter stays after the
agent dies. It is attached with the `tc` CLI from a pinned program (iproute2 is on every
node; no netlink library is needed for two commands).

Which veths carry it is the agent's decision (`protection.guards_veth`: protected pods', and
with deny-until-known those not classified yet); which are pods' at all, the `--guard-veths`
globs. Which interface is a pod's: the host-side veth whose peer lives in the pod's network
namespace. The namespace is named by the id the node's namespace gives it (RTM_GETNSID for
a pid of the pod, a netlink request that needs no privilege) and matched with the veth's
`link_netnsid` — no setns, no ptrace access to the pod's processes.
"""

from __future__ import annotations

import fnmatch
import json
import socket
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agent.enforcement.enforcer import (GUARD_FUNCTION, PROGRAM_PREFIX, EnforcementError, Enforcer, _check, _libbpf,
                                        import_bcc, pinned_program_id)

GUARD_PREF = 0xEB  # the filter's preference (priority) on clsact ingress; with handle 1, it is ours
GUARD_HANDLE = "1"
PIN_NAME = "prog_veth_guard"


@dataclass(frozen=True, slots=True)
class VethPeer:
    """A host-side veth and the namespace id of its peer's network namespace."""

    name: str
    ifindex: int
    peer_nsid: int


def _tc(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(["tc", *args], capture_output=True, text=True)
    if check and result.returncode:
        raise EnforcementError(f"tc {' '.join(args)}: {result.stderr.strip() or result.returncode}")
    return result


def ingress_filters(interface: str) -> list[dict[str, Any]]:
    """The bpf filters on the interface's clsact ingress, as `tc -j` shows them (pref, name, id)."""
    result = _tc("-j", "filter", "show", "dev", interface, "ingress", check=False)
    if result.returncode or not result.stdout.strip():
        return []  # no clsact qdisc (or the interface went away)
    filters = []
    for entry in json.loads(result.stdout):
        options = entry.get("options") or {}
        if entry.get("kind") == "bpf" and "handle" in options:
            name = options.get("prog", {}).get("name", "")
            filters.append({"pref": entry.get("pref"), "name": name, "id": options.get("prog", {}).get("id")})
    return filters


def carries(interface: str, prog_id: int | None) -> bool:
    """Whether the interface's guard filter runs that program (ours: the one pinned in our pin dir)."""
    return prog_id is not None and any(f["pref"] == GUARD_PREF and f["id"] == prog_id for f in ingress_filters(interface))


def veth_peers() -> list[VethPeer]:
    """The node's veths whose peer is in another network namespace."""
    result = subprocess.run(["ip", "-j", "-d", "link", "show", "type", "veth"], capture_output=True, text=True)
    if result.returncode:
        raise EnforcementError(f"ip link show: {result.stderr.strip()}")
    return [VethPeer(link["ifname"], link["ifindex"], link["link_netnsid"])
            for link in json.loads(result.stdout or "[]") if "link_netnsid" in link]


def in_scope(interface: str, patterns: Iterable[str]) -> bool:
    """Whether the interface's name matches one of the `--guard-veths` globs."""
    return any(fnmatch.fnmatchcase(interface, pattern) for pattern in patterns)


def guarded_peers(pin_dir: Path) -> list[VethPeer]:
    """The node's veths whose guard is the program pinned in pin_dir (another agent's, with
    another pin dir, are not ours)."""
    prog_id = pinned_program_id(pin_dir / PIN_NAME)
    return [peer for peer in veth_peers() if carries(peer.name, prog_id)] if prog_id else []


def guarded_interfaces(pin_dir: Path) -> list[str]:
    return [peer.name for peer in guarded_peers(pin_dir)]


# --- the guard ------------------------------------------------------------------------------

class VethGuard:
    def __init__(self, pin_dir: Path):
        self.pin_dir = pin_dir
        self.pin = pin_dir / PIN_NAME
        # ifindex -> name of the interfaces carrying the filter (kept here: no tc call per veth per rescan)
        self.present: dict[int, str] = {}

    @classmethod
    def load(cls, enforcer: Enforcer) -> VethGuard:
        """Load the guard from the enforcer's module, pin it, and move every interface an
        earlier agent guarded onto it (an in-place replace)."""
        bcc = import_bcc()
        function = enforcer.bpf.load_func(GUARD_FUNCTION.encode(), bcc.BPF.SCHED_CLS)
        guard = cls(enforcer.pin_dir)
        earlier = guarded_peers(guard.pin_dir)
        guard.pin.unlink(missing_ok=True)
        _check(_libbpf().bpf_obj_pin(function.fd, str(guard.pin).encode()), f"pinning {guard.pin}")
        for peer in earlier:
            guard.attach(peer.name)
            guard.present[peer.ifindex] = peer.name
        return guard

    def attach(self, interface: str) -> None:
        foreign = [f["name"] for f in ingress_filters(interface)
                   if f["pref"] == GUARD_PREF and not f["name"].startswith(PROGRAM_PREFIX)]
        if foreign:
            raise EnforcementError(f"{interface} has a filter of someone else at preference {GUARD_PREF} "
                                   f"({', '.join(foreign)}); refusing to replace it")
        if _tc("qdisc", "add", "dev", interface, "clsact", check=False).returncode and \
                "clsact" not in _tc("qdisc", "show", "dev", interface).stdout:
            raise EnforcementError(f"cannot add a clsact qdisc to {interface}")
        _tc("filter", "replace", "dev", interface, "ingress", "protocol", "all", "pref", str(GUARD_PREF),
            "handle", GUARD_HANDLE, "bpf", "direct-action", "object-pinned", str(self.pin))

    def guard(self, ifindex: int, interface: str) -> bool:
        """The filter on this interface; False when it was there already, or the interface has
        gone meanwhile (a pod that came and went between listing and attaching)."""
        if ifindex in self.present:
            return False
        try:
            self.attach(interface)
        except EnforcementError:
            if current_name(ifindex) == interface:
                raise
            return False
        self.present[ifindex] = interface
        return True

    def forget(self, ifindex: int) -> None:
        """The interface went away, and its filter with it."""
        self.present.pop(ifindex, None)

    def reconcile(self, wanted: dict[int, str], listed: dict[int, str]) -> tuple[list[str], list[str]]:
        """Of the `listed` veths (ifindex -> name, as the caller listed them), exactly the
        `wanted` carry the guard; returns (attached, detached). A guarded interface that is not
        listed was created after the listing (kept: the link watcher guarded it) or is gone
        (its filter went with it)."""
        for ifindex in list(self.present):
            name = listed.get(ifindex) or current_name(ifindex)
            if name is None:
                del self.present[ifindex]
            else:
                self.present[ifindex] = name  # renamed meanwhile: tc needs the name of now
        attached = [wanted[ifindex] for ifindex in sorted(wanted) if self.guard(ifindex, wanted[ifindex])]
        detached = []
        for ifindex in sorted(set(self.present) - set(wanted)):
            if ifindex in listed:
                name = self.present.pop(ifindex)
                detach(name)
                detached.append(name)
        return attached, detached


def current_name(ifindex: int) -> str | None:
    """The interface's name now; None when it is gone."""
    try:
        return socket.if_indextoname(ifindex)
    except OSError:
        return None


def detach(interface: str) -> None:
    """Remove the guard's filter; and the clsact qdisc when nothing else uses it."""
    _tc("filter", "del", "dev", interface, "ingress", "pref", str(GUARD_PREF), check=False)
    if not ingress_filters(interface) and not _tc("-j", "filter", "show", "dev", interface, "egress",
                                                    check=False).stdout.strip("[]\n "):
        _tc("qdisc", "del", "dev", interface, "clsact", check=False)


def uninstall_guards(pin_dir: Path) -> list[str]:
    done = []
    for interface in guarded_interfaces(pin_dir):
        detach(interface)
        done.append(f"removed the frame guard from {interface}")
    return done
