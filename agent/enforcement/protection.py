"""Which cgroups the kernel enforces for, and what it tells the audit log when it refuses.

The per-cgroup table the programs read is computed here from the policy's `protects`
selectors (pure functions; the daemon does the I/O). Entries go on leaf cgroups — where
processes run — so a container created later under a pod slice inherits the attach point's
default until the agent has looked at it:

- default "protect" (deny-until-known): the attach point is PROTECT; identified leaves the
  policy does not name become EXEMPT. A leaf whose pod metadata is still missing, while the
  policy selects by pod, gets no entry and so stays protected.
- default "pass": only the leaves the policy names are PROTECT.

The agent's own cgroup is always EXEMPT: the proxy must reach the real endpoints.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from agent.catalog import Catalog
from agent.dns_observer import HostnameView
from agent.enforcement.enforcer import EXEMPT, PROTECT, Denial
from agent.events import DecisionEvent, new_incident_id
from agent.policy.engine import Decision, Identity
from agent.policy.model import Policy
from agent.workload import Workload

DEFAULTS = ("protect", "pass")
KERNEL_DENY_PHASE = "kernel.deny"  # the alert rule `kernel-denial` in policies/default.yaml matches it

# Why the kernel refused, for the decision event's rule and reasons.
REASON_TEXT = {
    "ai-address": "direct connection to an address of an AI endpoint (any port), bypassing the proxy",
    "udp-port": "UDP to an enforced port (QUIC): clients fall back to TCP, which goes through the proxy",
    "no-proxy": "enforced port with no proxy listener for this address family",
    "raw-socket": "raw IP socket: hand-made packets would bypass every connect and sendmsg check",
    "raw-frame": "frames to an enforced port or an AI endpoint's address that did not go through the proxy "
                 "(a packet socket bypasses every socket hook): dropped at the pod's veth",
    "not-ip": "frames that are neither IP nor ARP (or VLAN-tagged): dropped at the pod's veth",
    "malformed-frame": "IP frames whose headers could not be parsed: dropped at the pod's veth",
}
NET_RAW_PHASE = "kernel.capability"  # the alert rule `protected-cap-net-raw` in policies/default.yaml
CAP_NET_RAW = 13


def leaves(attach_point: str, paths: dict[int, str]) -> list[int]:
    """The cgroups below the attach point that have no children (paths: id -> cgroup v2 path)."""
    prefix = attach_point.rstrip("/") + "/"
    below = {cid: path for cid, path in paths.items() if path.startswith(prefix)}
    parents = {path.rsplit("/", 1)[0] for path in below.values()}
    return [cid for cid, path in below.items() if path not in parents]


def selects_processes(policy: Policy) -> bool:
    """Whether `protects` names processes (command or executable) — the kernel table is per
    cgroup, so the cgroups such processes run in are protected whole."""
    return any(selector.commands or selector.executables for selector in policy.protects)


def cgroup_modes(attach_point: str, paths: dict[int, str], attach_point_id: int, policy: Policy,
                 workload_of: Callable[[int], Workload], default: str, own_cgroups: Iterable[int] = (),
                 pods_known: bool = False, process_named: Iterable[int] = ()) -> dict[int, int]:
    """The complete table for cgroups under `attach_point` (paths: id -> cgroup v2 path).
    `process_named`: leaves in which a process the policy names (by command or executable)
    was seen; they are protected like the leaves a cgroup or pod selector names."""
    process_named = set(process_named)
    if default not in DEFAULTS:
        raise ValueError(f"enforcement default must be one of {DEFAULTS}, got {default!r}")
    selects_pods = any(selector.pods for selector in policy.protects)
    modes: dict[int, int] = {attach_point_id: PROTECT} if default == "protect" else {}
    for cgroup_id in leaves(attach_point, paths):  # inner cgroups' new children inherit the attach point's default
        workload = workload_of(cgroup_id)
        if cgroup_id in process_named or policy.protects_client(None, None, workload):
            modes[cgroup_id] = PROTECT
        elif default == "protect" and not (selects_pods and pods_known and workload.pod_uid and workload.pod is None):
            modes[cgroup_id] = EXEMPT
    for cgroup_id in own_cgroups:
        modes[cgroup_id] = EXEMPT
    return modes


def protected_leaves(attach_point: str, paths: dict[int, str], modes: dict[int, int]) -> list[int]:
    """The leaf cgroups below the attach point whose nearest table entry is PROTECT."""
    ids = {path: cid for cid, path in paths.items()}
    protected = []
    for cgroup_id in leaves(attach_point, paths):
        path = paths[cgroup_id]
        while path and ids.get(path) not in modes:
            path = path.rsplit("/", 1)[0]
        if path and modes[ids[path]] == PROTECT:
            protected.append(cgroup_id)
    return protected


@dataclass(frozen=True, slots=True)
class PodNetwork:
    """A network namespace behind a veth, as the cgroups below the attach point show it: a
    process of one of its cgroups (the protected one, if any is), and whether one is protected."""

    pid: int
    cgroup_id: int
    protected: bool


def pod_networks(found: Iterable[tuple[int, PodNetwork]]) -> dict[int, PodNetwork]:
    """(namespace id, what one leaf cgroup showed) -> one entry per namespace; a namespace
    any protected cgroup lives in is protected (its containers share one network)."""
    networks: dict[int, PodNetwork] = {}
    for nsid, network in found:
        if nsid not in networks or (network.protected and not networks[nsid].protected):
            networks[nsid] = network
    return networks


def guards_veth(network: PodNetwork | None, default: str) -> bool:
    """Whether a veth in scope carries the frame guard: when a protected cgroup's processes
    live behind it; and, with the default "protect" (deny until known), as long as no cgroup
    below the attach point is known to live behind it — a pod whose sandbox has not started,
    one created while no agent ran, or one in no cgroup we enforce."""
    if default not in DEFAULTS:
        raise ValueError(f"enforcement default must be one of {DEFAULTS}, got {default!r}")
    return network.protected if network else default == "protect"


def holds_net_raw(cap_eff: int) -> bool:
    return bool(cap_eff >> CAP_NET_RAW & 1)


def net_raw_event(workload: Workload, pid: int, interface: str | None, policy: Policy, node: str) -> DecisionEvent:
    """A protected workload holds CAP_NET_RAW: it can craft frames no socket hook sees."""
    reasons = (f"process {pid} of a protected workload holds CAP_NET_RAW (effective): it can send "
               "hand-made frames through a packet socket",)
    if interface:
        reasons += (f"its frames to enforced ports and AI addresses are dropped at the node side of its veth "
                    f"({interface}); drop CAP_NET_RAW from the pod all the same",)
    else:
        reasons += ("its network namespace has no veth on this node to guard (host network?): its hand-made "
                    "frames are NOT filtered; drop CAP_NET_RAW from it",)
    decision = Decision("allow", "builtin:protected-cap-net-raw", "audit", reasons, True)
    return DecisionEvent(phase=NET_RAW_PHASE, node=node, workload=Identity(None, kernel=workload), host="",
                         destination=None, decision=decision, policy=policy, incident_id=new_incident_id())


def denial_event(denial: Denial, workload: Workload, names: HostnameView, catalog: Catalog, policy: Policy,
                 node: str, incident_id: str) -> DecisionEvent:
    """A kernel refusal as a decision event (phase kernel.deny), attributed to its workload."""
    labels = names.lookup(denial.address) if denial.address else None
    catalog_name = labels.catalog[0] if labels and labels.catalog else None
    host = catalog_name.host if catalog_name else denial.address
    destination = None
    if catalog_name:  # the host's provider and jurisdiction, also when the refused port is not its API port
        destination = catalog.destination(catalog_name.host, denial.port) or catalog.destination(catalog_name.host, 443)
    if denial.ifindex:
        target = (f"{denial.frames} frame(s) on interface {denial.ifindex}: "
                  + " ".join(filter(None, (denial.family, denial.protocol, denial.address))))
    else:
        target = f"{denial.protocol} {denial.address or '(raw socket)'}"
    target += f" port {denial.port}" if denial.port else ""
    decision = Decision("block", f"builtin:kernel-{denial.reason}", "enforce",
                        (REASON_TEXT.get(denial.reason, denial.reason), target), True,
                        "the kernel refused this connection: protected workloads reach AI endpoints only through Embargo")
    return DecisionEvent(phase=KERNEL_DENY_PHASE, node=node, workload=Identity(None, kernel=workload), host=host,
                         destination=destination, decision=decision, policy=policy, incident_id=incident_id)
