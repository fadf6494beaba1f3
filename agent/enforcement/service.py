"""Kernel enforcement inside `embargo agent`: install, keep the cgroup table current, report denials.

The agent installs (or, after a restart, adopts and replaces) the programs at the attach
point, points them at its transparent listener, and every rescan recomputes which leaf
cgroups are protected and which pods' veths carry the frame guard; a link watcher guards a
new veth the moment it appears (with `--enforce-default protect`: deny until known). A
thread reads the kernel's denials and turns each into a decision event (phase
`kernel.deny`) attributed to its workload; denials made while the agent was down wait in
the pinned ring buffer and are reported when it is back.

Stopping the agent lets go of the programs without detaching them: enforcement stays in
force; `embargo enforce uninstall` removes it.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from agent import metrics
from agent.attribution import Attributor
from agent.catalog import Catalog
from agent.dns_observer import HostnameView
from agent.enforcement import original_dst
from agent.enforcement.enforcer import DEFAULT_PIN_DIR, Enforcer, EnforcementError
from agent.enforcement.netlink import EventsLost, Link, LinkEvents, namespace_id
from agent.enforcement.protection import (PodNetwork, cgroup_modes, denial_event, guards_veth, holds_net_raw, leaves,
                                          net_raw_event, pod_networks, protected_leaves, selects_processes)
from agent.enforcement.veth_guard import VethGuard, in_scope, veth_peers
from agent.events import new_incident_id
from agent.tracing.loader import effective_capabilities
from agent.policy.model import Policy
from agent.workload import Workload

log = logging.getLogger("embargo.enforcement")

PROGRAM_LABEL = "sock_addr"  # the embargo_ebpf_* metrics' program label


@dataclass
class EnforcementConfig:
    cgroup: str  # cgroup v2 path of the attach point, e.g. /kubepods.slice
    ports: list[int] = field(default_factory=lambda: [443])
    default: str = "pass"  # cgroups under the attach point the agent has not classified: protect | pass
    pin_dir: Path = DEFAULT_PIN_DIR
    guard_veths: list[str] = field(default_factory=lambda: ["*"])  # globs: the node-side veths that are pods'

    def describe(self) -> str:
        return (f"enforce at cgroup {self.cgroup} (unclassified cgroups and veths: {self.default}); TCP ports "
                f"{', '.join(map(str, self.ports))} to the transparent listener, UDP to them refused; frame guard "
                f"on veths {' '.join(self.guard_veths)}; pins in {self.pin_dir}")


def redirect_targets(listeners: list[tuple[str, int]]) -> tuple[str | None, str | None, int]:
    """The transparent listeners' first IPv4 and IPv6 address, and their (single) port."""
    ports = {port for _, port in listeners}
    if len(ports) > 1:
        raise ValueError(f"transparent listeners must share one port, got {sorted(ports)}")
    ipv4 = next((h for h, _ in listeners if ipaddress.ip_address(h).version == 4), None)
    ipv6 = next((h for h, _ in listeners if ipaddress.ip_address(h).version == 6), None)
    for host in (ipv4, ipv6):
        if host is not None and ipaddress.ip_address(host).is_unspecified:
            raise ValueError("a transparent listener needs the node address pods are redirected to, not 0.0.0.0 or ::")
    return ipv4, ipv6, ports.pop() if ports else 0


class KernelEnforcement:
    def __init__(self, config: EnforcementConfig, enforcer: Enforcer, attributor: Attributor, names: HostnameView,
                 node: str, emit: Callable[[dict[str, Any]], None]):
        self.config = config
        self.enforcer = enforcer
        self.attributor = attributor
        self.names = names
        self.node = node
        self.emit = emit  # where decision events go (the audit log); called from the reader thread
        self.policy: Policy | None = None
        self.catalog: Catalog | None = None
        self.denials = 0
        # The kernel's counter is pinned: what earlier agents saw lost is in status(), not counted again.
        self._lost = metrics.EbpfLost(PROGRAM_LABEL, enforcer.counters()["denial_events_lost"])
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.own_cgroups = own_cgroups(enforcer.cgroup)
        self.guard: VethGuard | None = None
        # ifindex -> (interface, pid, cgroup id) of the pod behind it; (interface, 0, 0) while not classified
        self.guarded: dict[int, tuple[str, int, int]] = {}
        self._interfaces: dict[int, list[int]] = {}  # protected cgroup -> its pod's veths (ifindex)
        self._networks: dict[int, PodNetwork] = {}  # namespace id -> the pod in it, at the last rescan
        self._classified: set[int] = set()  # the veths (ifindex) the last rescan looked at
        self._peer_on_node: dict[int, str] = {}  # new veths in scope whose peer was still on the node
        self._peer_nsids: dict[int, int] = {}  # guarded veth (ifindex) -> its peer's namespace id
        self._guard_lock = threading.Lock()  # the rescan and the link watcher both change the guard
        self._reconcile_lock = threading.Lock()
        self._links: threading.Thread | None = None
        self._net_raw_reported: set[int] = set()  # cgroups already reported for CAP_NET_RAW
        self._named_for: Policy | None = None
        self._named: set[int] = set()  # leaves protected because a named process ran in them

    @classmethod
    def install(cls, config: EnforcementConfig, attributor: Attributor, names: HostnameView, node: str,
                listeners: list[tuple[str, int]], emit: Callable[[dict[str, Any]], None], policy: Policy,
                catalog: Catalog) -> KernelEnforcement:
        """Raises EnforcementError or BpfUnavailable saying why enforcement cannot run."""
        assert attributor.cgroups is not None, "enforcement needs cgroup v2"
        ipv4, ipv6, port = redirect_targets(listeners)
        enforcer = Enforcer.load(attributor.cgroups.mount / config.cgroup.lstrip("/"), config.pin_dir)
        enforcer.set_proxy(ipv4, ipv6, port)
        enforcer.set_ports(config.ports)
        service = cls(config, enforcer, attributor, names, node, emit)
        names.on_catalog_address = service._catalog_address(names.on_catalog_address)
        for address in names.catalog_addresses():
            enforcer.deny_address(address)
        service.reconcile(policy, catalog)  # the table is complete before the programs see a socket
        enforcer.attach()
        service.guard = VethGuard.load(enforcer)
        events = LinkEvents.open()  # listening before the veths are listed: none created meanwhile is missed
        service.reconcile(policy, catalog)  # and now the guard onto the pods' veths, before traffic is served
        service._links = threading.Thread(target=service._watch_links, args=(events,), name="embargo-links", daemon=True)
        service._links.start()
        original_dst.install(enforcer.original_destination)
        return service

    def _catalog_address(self, previous: Callable | None) -> Callable[[str, Any], None]:
        def on_catalog_address(address: str, name: Any = None) -> None:
            self.enforcer.deny_address(address)
            if previous is not None:
                previous(address, name)
        return on_catalog_address

    # --- the cgroup table -----------------------------------------------------------------------

    def reconcile(self, policy: Policy, catalog: Catalog) -> dict[int, int]:
        """Recompute and write which cgroups are protected and which veths are guarded (at
        start, on every rescan, and when link events were lost)."""
        with self._reconcile_lock:  # the rescan and the link watcher may both ask at once
            self.policy, self.catalog = policy, catalog
            cgroups = self.attributor.cgroups
            assert cgroups is not None
            paths = cgroups.all_paths()
            modes = cgroup_modes(
                self.config.cgroup, paths, cgroups.id_of(self.config.cgroup), policy, self._workload_of,
                self.config.default, own_cgroups=self.own_cgroups, pods_known=self.attributor.pods is not None,
                process_named=self._process_named(policy, paths),
            )
            self.enforcer.set_cgroup_modes(modes)
            if self.guard is not None:
                self._guard_veths(paths, modes)
            return modes

    def _workload_of(self, cgroup_id: int) -> Workload:
        return self.attributor.identify(0, 0, "", 0, cgroup_id)

    def _process_named(self, policy: Policy, paths: dict[int, str]) -> set[int]:
        """Leaves in which a process the policy names by command or executable runs or ran:
        once seen, the cgroup stays protected while it exists (and the policy is the same)."""
        if not selects_processes(policy):
            return set()
        if policy is not self._named_for:
            self._named_for, self._named = policy, set()
        self._named &= set(paths)
        assert self.attributor.cgroups is not None
        for cgroup_id in leaves(self.config.cgroup, paths):
            if cgroup_id in self._named or cgroup_id in self.own_cgroups:
                continue
            workload = self._workload_of(cgroup_id)
            for pid in cgroup_pids(self.attributor.cgroups.mount / paths[cgroup_id].lstrip("/")):
                comm, exe = process_names(pid)
                if policy.protects_client(None, None, replace(workload, pid=pid, tgid=pid, comm=comm, exe=exe)):
                    self._named.add(cgroup_id)
                    break
        return set(self._named)

    def _guard_veths(self, paths: dict[int, str], modes: dict[int, int]) -> None:
        """The frame guard on exactly the veths in scope that `guards_veth` says (and off the
        others); a CAP_NET_RAW event for each protected cgroup whose processes hold it."""
        assert self.guard is not None and self.policy is not None
        # Listed before the namespaces are asked: a namespace id a listed veth shows cannot be
        # reused by another namespace while that veth lives. A veth created after this listing
        # is the link watcher's (a new one: deny until known).
        node_veths = [peer for peer in veth_peers() if in_scope(peer.name, self.config.guard_veths)]
        protected = set(protected_leaves(self.config.cgroup, paths, modes))
        found: list[tuple[int, PodNetwork]] = []
        pids_of: dict[int, list[int]] = {}
        nsid_of: dict[int, int] = {}
        for cgroup_id, pids, pod_pid, nsid in self._leaf_namespaces(paths):
            pids_of[cgroup_id] = pids
            if nsid is not None:
                nsid_of[cgroup_id] = nsid
                found.append((nsid, PodNetwork(pod_pid, cgroup_id, cgroup_id in protected)))
        networks = pod_networks(found)
        alive = {peer.ifindex: peer.name for peer in node_veths}
        with self._guard_lock:
            guarded: dict[int, tuple[str, int, int]] = {}
            for peer in node_veths:
                network = networks.get(peer.peer_nsid)
                if guards_veth(network, self.config.default):
                    guarded[peer.ifindex] = (peer.name, network.pid, network.cgroup_id) if network else (peer.name, 0, 0)
            interfaces = {cgroup_id: [peer.ifindex for peer in node_veths if peer.peer_nsid == nsid_of[cgroup_id]]
                          for cgroup_id in protected if cgroup_id in nsid_of}
            # A protected pod with no process to ask right now keeps the guard while its veths live.
            for cgroup_id in protected - set(interfaces):
                interfaces[cgroup_id] = [i for i in self._interfaces.get(cgroup_id, ()) if i in alive]
                for ifindex in interfaces[cgroup_id]:
                    guarded.setdefault(ifindex, (alive[ifindex], 0, cgroup_id))
            try:
                attached, detached = self.guard.reconcile({i: name for i, (name, _, _) in guarded.items()}, alive)
            except EnforcementError:
                log.exception("embargo: could not put the frame guard on a pod's veth")
                return
            # What carries the guard now: the veths listed (as decided) and those the link watcher
            # guarded since the listing (as they are); not one that went away meanwhile.
            guarded = {i: g for i, g in {**self.guarded, **guarded}.items() if i in self.guard.present}
            self.guarded, self._classified, self._networks, self._interfaces = guarded, set(alive), networks, interfaces
            self._peer_nsids = {i: nsid for i, nsid in self._peer_nsids.items() if i in guarded}
            self._peer_nsids.update({peer.ifindex: peer.peer_nsid for peer in node_veths if peer.ifindex in guarded})
        for name in attached:
            log.info("embargo: frame guard on %s", name)
        for name in detached:
            log.info("embargo: frame guard removed from %s (the pod behind it is not protected)", name)
        for cgroup_id in protected:
            names = ", ".join(alive[i] for i in interfaces.get(cgroup_id, ()) if i in guarded)
            self._check_net_raw(cgroup_id, pids_of.get(cgroup_id, []), names or None)

    def _leaf_namespaces(self, paths: dict[int, str]) -> Iterator[tuple[int, list[int], int, int | None]]:
        """(cgroup id, its processes, a process of its pod or 0, that one's namespace id or None)
        for each leaf cgroup below the attach point but the agent's own."""
        cgroups = self.attributor.cgroups
        assert cgroups is not None
        for cgroup_id in leaves(self.config.cgroup, paths):
            if cgroup_id in self.own_cgroups:
                continue
            directory = cgroups.mount / paths[cgroup_id].lstrip("/")
            pids = cgroup_pids(directory)
            # The pod's network namespace, also while this container has no process (between
            # restarts): any container of the pod — its sandbox (pause) — shares it.
            pod_pids = pids or (sibling_pids(directory) if directory.parent != self.enforcer.cgroup else [])
            yield cgroup_id, pids, pod_pids[0] if pod_pids else 0, namespace_id(pod_pids[0]) if pod_pids else None

    def _pod_behind(self, ifindex: int) -> tuple[int, int]:
        """(pid, cgroup id) of a process below the attach point in the network namespace behind
        a guarded veth not classified yet — looked up when frames dropped there are reported
        (at most once a second per interface); (0, 0) when there is none (yet)."""
        nsid = self._peer_nsids.get(ifindex)
        cgroups = self.attributor.cgroups
        if nsid is None or cgroups is None:
            return 0, 0
        return next(((pid, cgroup_id) for cgroup_id, _pids, pid, leaf_nsid in self._leaf_namespaces(cgroups.all_paths())
                     if leaf_nsid == nsid), (0, 0))

    def _on_link(self, link: Link) -> None:
        """A link event: a new veth in scope is guarded at once when it leads to a protected
        pod or, deny-until-known, to one not classified yet; the next rescan classifies it.

        A veth created with its peer on the node and the peer then moved into a pod (as some
        CNIs do) gets no event of its own for the move — the node sees the peer leave (an
        RTM_DELLINK) — so such veths are kept aside and looked at again when one leaves."""
        if link.kind != "veth" or not in_scope(link.name, self.config.guard_veths) and not link.deleted:
            return
        guarded = []
        with self._guard_lock:
            assert self.guard is not None
            if link.deleted:
                self.guard.forget(link.ifindex)
                self.guarded.pop(link.ifindex, None)
                self._peer_on_node.pop(link.ifindex, None)
                moved = [peer for peer in veth_peers() if peer.ifindex in self._peer_on_node] if self._peer_on_node else []
                links = [Link(peer.ifindex, peer.name, "veth", peer.peer_nsid) for peer in moved]
            elif link.peer_nsid is None:
                self._peer_on_node[link.ifindex] = link.name
                links = []
            else:
                links = [link]
            for new in links:
                self._peer_on_node.pop(new.ifindex, None)
                known = self._guard_new(new)
                if known is not False:
                    guarded.append((new.name, "to a protected pod" if known else "not classified yet: deny until known"))
        for name, why in guarded:
            log.info("embargo: frame guard on %s (a new veth, %s)", name, why)

    def _guard_new(self, link: Link) -> PodNetwork | None | bool:
        """Guard a veth the last rescan did not see, if `guards_veth` says so; returns the
        protected pod behind it, None (not classified), or False (not guarded)."""
        if link.ifindex in self._classified or link.ifindex in self.guarded:
            return False
        # Only a protected classification is trusted for a new veth: its namespace id may be
        # one a namespace that is gone had (ids are reused) when the last rescan ran.
        network = self._networks.get(link.peer_nsid)
        known = network if network and network.protected else None
        if not guards_veth(known, self.config.default) or not self.guard.guard(link.ifindex, link.name):
            return False
        self.guarded[link.ifindex] = (link.name, known.pid, known.cgroup_id) if known else (link.name, 0, 0)
        self._peer_nsids[link.ifindex] = link.peer_nsid
        return known

    def _watch_links(self, events: LinkEvents) -> None:
        while not self._stop.is_set():
            try:
                for link in events.read(timeout=0.5):
                    self._on_link(link)
            except EventsLost:
                log.warning("embargo: link events were lost; looking at every veth again")
                if self.policy is not None and self.catalog is not None:
                    self.reconcile(self.policy, self.catalog)
            except Exception:  # noqa: BLE001 - the rescan puts things right; the watcher goes on
                log.exception("embargo: could not handle a link event")
        events.close()

    def _check_net_raw(self, cgroup_id: int, pids: list[int], interface: str | None) -> None:
        if cgroup_id in self._net_raw_reported or self.policy is None:
            return
        for pid in pids:
            try:
                caps = effective_capabilities(Path(f"/proc/{pid}/status"))
            except OSError:
                continue  # exited
            if holds_net_raw(caps):
                self._net_raw_reported.add(cgroup_id)
                workload = self.attributor.identify(pid, pid, "", 0, cgroup_id)
                event = net_raw_event(workload, pid, interface, self.policy, self.node)
                metrics.observe_decision(event)
                self.emit(event.to_dict())  # (the daemon's emit holds records until the audit log is open)
                return

    # --- denials --------------------------------------------------------------------------------

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="embargo-enforcement", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            for denial in self.enforcer.poll_denials(100):
                try:
                    self._report(denial)
                except Exception:  # noqa: BLE001 - one odd record must not end reporting
                    log.exception("embargo: could not report a kernel denial")
            self._lost.update(self.enforcer.counters()["denial_events_lost"])

    def _report(self, denial) -> None:
        self.denials += 1
        metrics.EBPF_EVENTS.labels(program=PROGRAM_LABEL).inc()
        if self.policy is None or self.catalog is None:
            return
        if denial.ifindex:  # frames the guard dropped: the pod behind the interface
            _name, pid, cgroup_id = self.guarded.get(denial.ifindex, ("", 0, 0))
            if not cgroup_id:  # not classified yet: whichever pod's process is behind the interface now
                pid, cgroup_id = self._pod_behind(denial.ifindex)
            workload = self.attributor.identify(pid, pid, "", 0, cgroup_id)
        else:
            workload = self.attributor.identify(denial.tgid, denial.pid, denial.comm, denial.uid, denial.cgroup_id)
        event = denial_event(denial, workload, self.names, self.catalog, self.policy, self.node, new_incident_id())
        metrics.observe_decision(event)
        self.emit(event.to_dict())

    def status(self) -> dict[str, Any]:
        return {**self.enforcer.status(), "denials_reported": self.denials,
                "frame_guard": sorted(name for name, _, _ in self.guarded.values()),
                "frame_guard_unclassified": sorted(name for name, pid, cgroup in self.guarded.values()
                                                   if not pid and not cgroup)}

    def stop(self) -> None:
        """Stop reading; the programs stay attached and the maps pinned (enforcement continues)."""
        self._stop.set()
        for thread in (self._thread, self._links):
            if thread:
                thread.join(timeout=5)
        self.enforcer.close()


def cgroup_pids(directory: Path) -> list[int]:
    try:
        return [int(pid) for pid in (directory / "cgroup.procs").read_text().split()]
    except OSError:
        return []  # removed meanwhile


def process_names(pid: int) -> tuple[str | None, str | None]:
    """A process's command and executable (the latter needs ptrace access: None without it)."""
    try:
        comm = Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return None, None
    try:
        return comm, os.readlink(f"/proc/{pid}/exe")
    except OSError:
        return comm, None


def sibling_pids(directory: Path) -> list[int]:
    """The processes of the other cgroups beside this one (the other containers of its pod)."""
    try:
        siblings = [entry for entry in directory.parent.iterdir() if entry.is_dir()]
    except OSError:
        return []
    return [pid for sibling in siblings for pid in cgroup_pids(sibling)]


def own_cgroups(attach_point: Path) -> list[int]:
    """The cgroups below the attach point that hold this process (the agent's container, when
    it runs as a pod there): EXEMPT, or the proxy would be redirected to itself. Found by
    membership, not by /proc/self/cgroup, which a cgroup namespace shows as "/"."""
    pid = str(os.getpid())
    found = []
    for directory, _subdirs, files in os.walk(attach_point):
        if "cgroup.procs" in files:
            try:
                if pid in (Path(directory) / "cgroup.procs").read_text().split():
                    found.append(os.stat(directory).st_ino)
            except OSError:
                continue  # removed while walking
    return found
