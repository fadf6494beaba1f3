"""Attribution: kernel connection record (pid, comm, cgroup id) -> workload identity.

cgroup id -> cgroup v2 path: the id `bpf_get_current_cgroup_id()` returns is the inode
number of the cgroup's directory in the cgroup2 mount, so the path is found by looking
at /proc/<pid>/cgroup (while the process lives) or by walking the mount.

cgroup path -> container id and pod UID, for the layouts container runtimes create:

    containerd, systemd driver  /kubepods.slice/kubepods-burstable.slice/
                                  kubepods-burstable-pod<uid_>.slice/cri-containerd-<id>.scope
    CRI-O, systemd driver       .../kubepods-pod<uid_>.slice/crio-<id>.scope
    containerd / CRI-O, cgroupfs /kubepods/burstable/pod<uid>/<id>   (or .../crio-<id>)
    Docker                      /system.slice/docker-<id>.scope   or   /docker/<id>
    Podman                      .../libpod-<id>.scope
    systemd services            /system.slice/<name>.service, /user.slice/.../session-3.scope

pod UID -> namespace, name, labels, service account: from the API server when running in
Kubernetes (`KubernetesPods`, refreshed in the background).

On a node whose cgroup v2 tree cannot tell containers apart — cgroup v1 only, or hybrid
with the cgroupfs driver, where every container shares its runtime's v2 cgroup — the
workload is "unattributed" with a note that says so; nothing is guessed.
"""

from __future__ import annotations

import json
import logging
import os
import re
import ssl
import threading
import time
import urllib.parse
import urllib.request
from collections import OrderedDict
from dataclasses import dataclass, replace
from fnmatch import fnmatchcase
from pathlib import Path

from agent.workload import CONTAINER, POD, PROCESS, SERVICE, PodInfo, Workload

log = logging.getLogger("embargo.attribution")

_ID = r"(?P<id>[0-9a-f]{64})"
# (pattern over one path component, runtime)
_CONTAINER_COMPONENTS = (
    (re.compile(rf"cri-containerd-{_ID}\.scope"), "containerd"),
    (re.compile(rf"crio-{_ID}(?:\.scope)?"), "cri-o"),
    (re.compile(rf"docker-{_ID}\.scope"), "docker"),
    (re.compile(rf"libpod-{_ID}\.scope"), "podman"),
    (re.compile(_ID), None),  # cgroupfs driver: the bare id; the runtime is told by the parent
)
_POD_UID = re.compile(r"(?:^|-)pod(?P<uid>[0-9a-f]{8}[-_][0-9a-f]{4}[-_][0-9a-f]{4}[-_][0-9a-f]{4}[-_][0-9a-f]{12})(?:\.slice)?$")
_UNIT = re.compile(r".+\.(service|scope)$")
# Services whose v2 cgroup holds every container when the runtime uses cgroup v1 only.
_RUNTIME_SERVICES = {"containerd.service", "docker.service", "crio.service", "kubelet.service", "podman.service"}


@dataclass(frozen=True, slots=True)
class CgroupPlacement:
    """What a cgroup v2 path says about the processes in it."""

    runtime: str | None = None
    container_id: str | None = None
    pod_uid: str | None = None
    unit: str | None = None


def parse_cgroup_path(path: str) -> CgroupPlacement:
    """Container id, pod UID and systemd unit named by a cgroup v2 path (nothing is inferred)."""
    components = [c for c in path.split("/") if c]
    pod_uid = container_id = runtime = unit = None
    for index, component in enumerate(components):
        pod = _POD_UID.search(component) if "pod" in component else None
        if pod:
            pod_uid = pod.group("uid").replace("_", "-")
            continue
        for pattern, name in _CONTAINER_COMPONENTS:
            found = pattern.fullmatch(component)
            if found:
                container_id = found.group("id")
                parent = components[index - 1] if index else ""
                runtime = name or ("docker" if parent == "docker" else "cri" if pod_uid else None)
                break
        if container_id:
            break  # cgroups below a container (its own sub-cgroups) belong to it
        if _UNIT.fullmatch(component):
            unit = component
    if container_id:
        unit = None
    elif unit:
        runtime = "systemd"
    return CgroupPlacement(runtime, container_id, pod_uid, unit)


# --- the node's cgroup setup ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CgroupSetup:
    mode: str  # unified | hybrid | legacy
    v2_mount: Path | None

    @property
    def note(self) -> str | None:
        """Why containers may not be told apart on this node, or None."""
        if self.mode == "legacy":
            return "cgroup v1 only: the kernel reports no per-container cgroup v2 id; workloads are unattributed"
        if self.mode == "hybrid":
            return ("hybrid cgroups (v2 at %s): containers of a runtime using the cgroupfs driver share their "
                    "runtime's v2 cgroup and are reported unattributed" % self.v2_mount)
        return None


def detect_cgroup_setup(mountinfo: Path = Path("/proc/self/mountinfo")) -> CgroupSetup:
    v2, v1 = None, False
    for line in mountinfo.read_text().splitlines():
        left, _, right = line.partition(" - ")
        fstype = right.split(" ", 1)[0]
        mount_point = left.split(" ")[4]
        if fstype == "cgroup2" and v2 is None:
            v2 = Path(mount_point)
        elif fstype == "cgroup":
            v1 = True
    if v2 is None:
        return CgroupSetup("legacy", None)
    return CgroupSetup("hybrid" if v1 else "unified", v2)


class CgroupIndex:
    """cgroup id -> cgroup v2 path, by /proc/<pid>/cgroup or by walking the mount."""

    RESCAN_INTERVAL_S = 1.0

    def __init__(self, mount: Path):
        self.mount = mount
        self._paths: dict[int, str] = {}
        self._last_scan = 0.0

    def path(self, cgroup_id: int, tgid: int | None = None) -> str | None:
        if cgroup_id in self._paths:
            return self._paths[cgroup_id]
        if tgid and (path := self._from_proc(cgroup_id, tgid)):
            return path
        if time.monotonic() - self._last_scan >= self.RESCAN_INTERVAL_S:
            self.scan()
        return self._paths.get(cgroup_id)

    def id_of(self, path: str) -> int:
        """The cgroup id of a v2 path (what a `cgroup` policy selector is turned into)."""
        return os.stat(self.mount / path.lstrip("/")).st_ino

    def matching(self, patterns: list[str]) -> list[int]:
        """Ids of the existing cgroups whose path matches any glob (rescans the tree)."""
        self.scan()
        return [i for i, path in self._paths.items() if any(fnmatchcase(path, p) for p in patterns)]

    def all_paths(self) -> dict[int, str]:
        """Every cgroup in the tree now: id -> path (rescans)."""
        self.scan()
        return dict(self._paths)

    def scan(self) -> None:
        self._last_scan = time.monotonic()
        paths = {}
        for directory, _subdirs, _files in os.walk(self.mount):
            try:
                paths[os.stat(directory).st_ino] = "/" + os.path.relpath(directory, self.mount).removeprefix(".")
            except OSError:
                continue  # removed while walking
        self._paths = paths

    def _from_proc(self, cgroup_id: int, tgid: int) -> str | None:
        try:
            text = Path(f"/proc/{tgid}/cgroup").read_text()
        except OSError:
            return None
        for line in text.splitlines():
            if line.startswith("0::"):
                path = line[3:]
                try:
                    if self.id_of(path) == cgroup_id:  # the process may have moved since
                        self._paths[cgroup_id] = path
                        return path
                except OSError:
                    return None
        return None


# --- Kubernetes pod metadata ----------------------------------------------------------------

SERVICE_ACCOUNT_DIR = Path("/var/run/secrets/kubernetes.io/serviceaccount")


class KubernetesPods:
    """Pods on this node by UID, listed from the API server and refreshed in the background.

    Needs RBAC `get`/`list` on pods (the DaemonSet's service account). A lookup never
    blocks: a miss asks the refresher to run early (at most every `min_interval_s`).
    """

    def __init__(self, api_url: str, token_file: Path, ca_file: Path, node: str,
                 refresh_s: float = 30.0, min_interval_s: float = 2.0):
        self.api_url = api_url.rstrip("/")
        self.token_file = token_file
        self.ssl = ssl.create_default_context(cafile=str(ca_file))
        self.node = node
        self.refresh_s = refresh_s
        self.min_interval_s = min_interval_s
        self._pods: dict[str, PodInfo] = {}
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.last_error: str | None = None
        self.last_refresh: float | None = None

    @classmethod
    def from_environment(cls, node: str) -> KubernetesPods | None:
        host, port = os.environ.get("KUBERNETES_SERVICE_HOST"), os.environ.get("KUBERNETES_SERVICE_PORT", "443")
        if not host:
            return None
        host = f"[{host}]" if ":" in host else host
        return cls(f"https://{host}:{port}", SERVICE_ACCOUNT_DIR / "token", SERVICE_ACCOUNT_DIR / "ca.crt", node)

    def refresh(self) -> None:
        """List this node's pods once; keeps the previous view on failure."""
        query = urllib.parse.urlencode({"fieldSelector": f"spec.nodeName={self.node}"})
        request = urllib.request.Request(
            f"{self.api_url}/api/v1/pods?{query}",
            headers={"Authorization": f"Bearer {self.token_file.read_text().strip()}", "Accept": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, context=self.ssl, timeout=10) as response:
                items = json.load(response).get("items", [])
        except (OSError, ValueError) as err:
            self.last_error = f"listing pods failed: {type(err).__name__}: {getattr(err, 'reason', err)}"
            log.warning("embargo: %s", self.last_error)
            return
        pods = {}
        for item in items:
            meta, spec = item.get("metadata", {}), item.get("spec", {})
            if "uid" in meta:
                pods[meta["uid"]] = PodInfo(
                    namespace=meta.get("namespace", ""), name=meta.get("name", ""), uid=meta["uid"],
                    labels=tuple(sorted((meta.get("labels") or {}).items())),
                    service_account=spec.get("serviceAccountName"),
                )
        self._pods, self.last_error, self.last_refresh = pods, None, time.time()

    @property
    def count(self) -> int:
        return len(self._pods)

    def get(self, uid: str) -> PodInfo | None:
        pod = self._pods.get(uid)
        if pod is None:
            self._wake.set()
        return pod

    def start(self) -> None:
        self.refresh()
        self._thread = threading.Thread(target=self._run, name="embargo-k8s-pods", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread:
            self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(self.refresh_s)
            if self._stop.is_set():
                return
            self._wake.clear()
            self.refresh()
            self._stop.wait(self.min_interval_s)


# --- putting it together ----------------------------------------------------------------------


class Attributor:
    """Turns (tgid, pid, comm, uid, cgroup id) into a Workload; caches per process and cgroup."""

    def __init__(self, setup: CgroupSetup, pods: KubernetesPods | None = None, cache_size: int = 8192):
        self.setup = setup
        self.cgroups = CgroupIndex(setup.v2_mount) if setup.v2_mount else None
        self.pods = pods
        self._cache: OrderedDict[tuple[int, int], Workload] = OrderedDict()
        self._cache_size = cache_size

    def identify(self, tgid: int, pid: int, comm: str, uid: int, cgroup_id: int) -> Workload:
        key = (tgid, cgroup_id)
        cached = self._cache.get(key)
        if cached is not None and (cached.pod is not None or cached.pod_uid is None or self.pods is None):
            self._cache.move_to_end(key)
            return replace(cached, pid=pid) if cached.pid != pid else cached
        workload = self._identify(tgid, pid, comm, uid, cgroup_id)
        self._cache[key] = workload
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return workload

    def _identify(self, tgid: int, pid: int, comm: str, uid: int, cgroup_id: int) -> Workload:
        base = Workload(pid=pid, tgid=tgid, comm=comm, exe=_exe(tgid), uid=uid, cgroup_id=cgroup_id)
        if self.cgroups is None:
            return replace(base, note=self.setup.note)
        path = self.cgroups.path(cgroup_id, tgid)
        if path is None:
            return replace(base, note="cgroup id not found in the cgroup v2 tree (removed before it was looked up)")
        placement = parse_cgroup_path(path)
        workload = replace(base, cgroup=path, runtime=placement.runtime, container_id=placement.container_id,
                           pod_uid=placement.pod_uid, unit=placement.unit)
        if placement.container_id is None and self.setup.mode != "unified" and (
            placement.unit in _RUNTIME_SERVICES or path == "/" or "kubepods" in path
        ):
            return replace(workload, unit=None, runtime=None, note=self.setup.note)
        if placement.pod_uid:
            pod = self.pods.get(placement.pod_uid) if self.pods else None
            note = None if pod else ("not running in Kubernetes: no pod metadata" if self.pods is None
                                     else "pod not (yet) listed by the API server")
            return replace(workload, pod=pod, attribution=POD if pod else CONTAINER, note=note)
        if placement.container_id:
            return replace(workload, attribution=CONTAINER)
        if placement.unit:
            return replace(workload, attribution=SERVICE)
        return replace(workload, attribution=PROCESS)

    def status(self) -> dict[str, object]:
        out: dict[str, object] = {"cgroup_mode": self.setup.mode, "cgroup_v2_mount": str(self.setup.v2_mount)}
        if self.setup.note:
            out["note"] = self.setup.note
        if self.pods:
            out["kubernetes"] = {"api": self.pods.api_url, "pods": self.pods.count, "error": self.pods.last_error}
        else:
            out["kubernetes"] = None
        return out


def _exe(tgid: int) -> str | None:
    try:
        return os.readlink(f"/proc/{tgid}/exe")
    except OSError:
        return None  # exited, or a kernel thread

