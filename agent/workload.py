"""Who a connection belongs to, as the kernel and the node can tell: the records only.

A `Workload` is built by `agent.attribution` from a kernel connection record (pid, comm,
cgroup id) and carried in every event and into the policy engine's selectors. Its
`attribution` field says how far identification went, and `note` why it stopped; a
workload that cannot be told apart from others is "unattributed", never guessed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

# How far identification went, best first.
POD, CONTAINER, SERVICE, PROCESS, UNATTRIBUTED = "pod", "container", "service", "process", "unattributed"


@dataclass(frozen=True, slots=True)
class PodInfo:
    namespace: str
    name: str
    uid: str
    labels: tuple[tuple[str, str], ...] = ()
    service_account: str | None = None

    def label(self, key: str) -> str | None:
        return dict(self.labels).get(key)


@dataclass(frozen=True, slots=True)
class Workload:
    pid: int | None = None
    tgid: int | None = None
    comm: str | None = None
    exe: str | None = None
    uid: int | None = None
    cgroup_id: int | None = None
    cgroup: str | None = None  # cgroup v2 path, e.g. /kubepods.slice/.../cri-containerd-<id>.scope
    runtime: str | None = None  # containerd | cri-o | docker | podman | systemd
    container_id: str | None = None
    pod_uid: str | None = None
    unit: str | None = None  # systemd unit, for processes outside containers
    pod: PodInfo | None = None
    attribution: str = UNATTRIBUTED
    note: str | None = None  # why attribution stopped where it did
    crm_originated: bool = False  # seen pulling from a CRM host (see agent.inventory)

    @property
    def key(self) -> str:
        """A stable name for the workload across its processes: pod, container, unit or command."""
        if self.pod:
            return f"pod/{self.pod.namespace}/{self.pod.name}"
        if self.pod_uid:
            return f"pod-uid/{self.pod_uid}"
        if self.container_id:
            return f"container/{self.container_id[:12]}"
        if self.unit:
            return f"unit/{self.unit}"
        return f"process/{self.comm or '?'}" + (f" cgroup {self.cgroup}" if self.cgroup else "")

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Workload:
        """The inverse of to_dict (a recorded event's `workload.kernel`, a fixture's
        `identity.workload`); keys this build does not know are ignored."""
        pod = raw.get("pod")
        values = {k: v for k, v in raw.items() if k in _FIELDS and k != "pod"}
        if pod:
            values["pod"] = PodInfo(pod["namespace"], pod["name"], pod.get("uid", ""),
                                    tuple(sorted((pod.get("labels") or {}).items())), pod.get("service_account"))
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        if self.pod:
            out["pod"] = {**asdict(self.pod), "labels": dict(self.pod.labels)}
        return {k: v for k, v in out.items() if v is not None}


_FIELDS = frozenset(Workload.__dataclass_fields__)
