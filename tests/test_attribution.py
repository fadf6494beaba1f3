"""Attribution without a kernel: cgroup path layouts, cgroup setups, the cgroup index over
a directory tree, and pod metadata from a fake Kubernetes API server on loopback (TLS,
bearer token, the real PodList shape)."""

from __future__ import annotations

import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from agent.attribution import Attributor, CgroupSetup, KubernetesPods, detect_cgroup_setup, parse_cgroup_path
from agent.demo.pki import make_pki
from agent.workload import CONTAINER, POD, PROCESS, SERVICE, UNATTRIBUTED

CID = "3f1e" + "0123456789abcdef" * 3 + "a1b2c3d4e5f6"  # 64 hex digits
UID = "0c1d2e3f-1111-4222-8333-444455556666"
UID_ = UID.replace("-", "_")


@pytest.mark.parametrize(("path", "runtime", "container", "pod_uid", "unit"), [
    (f"/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod{UID_}.slice/cri-containerd-{CID}.scope",
     "containerd", CID, UID, None),
    (f"/kubepods.slice/kubepods-pod{UID_}.slice/crio-{CID}.scope", "cri-o", CID, UID, None),
    (f"/kubepods.slice/kubepods-pod{UID_}.slice/crio-{CID}.scope/container", "cri-o", CID, UID, None),
    (f"/kubepods/besteffort/pod{UID}/{CID}", "cri", CID, UID, None),
    (f"/kubepods/burstable/pod{UID}/crio-{CID}", "cri-o", CID, UID, None),
    (f"/system.slice/docker-{CID}.scope", "docker", CID, None, None),
    (f"/docker/{CID}", "docker", CID, None, None),
    (f"/user.slice/user-1000.slice/user@1000.service/user.slice/libpod-{CID}.scope", "podman", CID, None, None),
    ("/system.slice/crm-export.service", "systemd", None, None, "crm-export.service"),
    ("/user.slice/user-1000.slice/session-3.scope", "systemd", None, None, "session-3.scope"),
    (f"/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod{UID_}.slice", None, None, UID, None),
    ("/", None, None, None, None),
    ("/some/plain/group", None, None, None, None),
])
def test_cgroup_layouts(path, runtime, container, pod_uid, unit):
    placement = parse_cgroup_path(path)
    assert (placement.runtime, placement.container_id, placement.pod_uid, placement.unit) == (runtime, container, pod_uid, unit)


def mountinfo(tmp_path: Path, *mounts: tuple[str, str]) -> Path:
    path = tmp_path / "mountinfo"
    path.write_text("".join(f"{30 + i} 1 0:{i} / {point} rw,relatime shared:{i} - {fstype} {fstype} rw\n"
                            for i, (point, fstype) in enumerate(mounts)))
    return path


def test_cgroup_setups(tmp_path):
    unified = detect_cgroup_setup(mountinfo(tmp_path, ("/sys/fs/cgroup", "cgroup2")))
    assert (unified.mode, unified.note) == ("unified", None)
    hybrid = detect_cgroup_setup(mountinfo(tmp_path, ("/sys/fs/cgroup/memory", "cgroup"), ("/sys/fs/cgroup/unified", "cgroup2")))
    assert hybrid.mode == "hybrid" and "cgroupfs driver" in hybrid.note
    legacy = detect_cgroup_setup(mountinfo(tmp_path, ("/sys/fs/cgroup/memory", "cgroup")))
    assert legacy.mode == "legacy" and legacy.v2_mount is None and "cgroup v1 only" in legacy.note


@pytest.fixture
def tree(tmp_path) -> Path:
    """A directory tree laid out like a cgroup2 mount (the index maps inode -> path on any fs)."""
    root = tmp_path / "cgroup"
    for path in (f"kubepods.slice/kubepods-besteffort.slice/kubepods-besteffort-pod{UID_}.slice/cri-containerd-{CID}.scope",
                 "system.slice/containerd.service", "system.slice/crm-export.service", "plain"):
        (root / path).mkdir(parents=True)
    return root


def ino(path: Path) -> int:
    return os.stat(path).st_ino


def test_attributor_by_layout(tree):
    attributor = Attributor(CgroupSetup("unified", tree))
    container_dir = next(tree.glob("kubepods.slice/*/*/cri-containerd-*.scope"))
    container = attributor.identify(1, 2, "python3", 0, ino(container_dir))
    assert (container.attribution, container.container_id, container.pod_uid) == (CONTAINER, CID, UID)
    assert container.note == "not running in Kubernetes: no pod metadata" and container.key == f"pod-uid/{UID}"
    service = attributor.identify(1, 2, "exporter", 0, ino(tree / "system.slice/crm-export.service"))
    assert (service.attribution, service.unit, service.key) == (SERVICE, "crm-export.service", "unit/crm-export.service")
    plain = attributor.identify(1, 2, "cron", 0, ino(tree / "plain"))
    assert (plain.attribution, plain.cgroup) == (PROCESS, "/plain")
    gone = attributor.identify(1, 2, "x", 0, 999_999_999)
    assert gone.attribution == UNATTRIBUTED and "not found" in gone.note


def test_hybrid_runtime_cgroup_is_unattributed_not_guessed(tree):
    attributor = Attributor(CgroupSetup("hybrid", tree))
    shared = attributor.identify(1, 2, "python3", 0, ino(tree / "system.slice/containerd.service"))
    assert shared.attribution == UNATTRIBUTED and shared.unit is None and "cgroupfs driver" in shared.note
    # A v2 path that names its container is still trusted on a hybrid node.
    container_dir = next(tree.glob("kubepods.slice/*/*/cri-containerd-*.scope"))
    assert Attributor(CgroupSetup("hybrid", tree)).identify(1, 2, "p", 0, ino(container_dir)).container_id == CID
    legacy = Attributor(CgroupSetup("legacy", None)).identify(1, 2, "p", 0, 1)
    assert legacy.attribution == UNATTRIBUTED and "cgroup v1 only" in legacy.note


def test_new_cgroups_are_found_after_a_rescan(tree):
    attributor = Attributor(CgroupSetup("unified", tree))
    attributor.identify(1, 2, "x", 0, ino(tree / "plain"))
    late = tree / "system.slice" / "late.service"
    late.mkdir()
    attributor.cgroups._last_scan = 0.0  # the rescan interval has passed
    assert attributor.identify(1, 2, "x", 0, ino(late)).unit == "late.service"


class FakeApiServer:
    """GET /api/v1/pods?fieldSelector=spec.nodeName=NODE with a bearer token, as the API server answers it."""

    def __init__(self, tmp_path: Path, token: str, pods: list[dict]):
        pki = make_pki(tmp_path / "k8s-pki", ["localhost"])
        self.ca = pki.ca_cert
        self.pods = pods
        self.requests: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's naming
                outer.requests.append(self.path)
                if self.headers.get("Authorization") != f"Bearer {token}":
                    self._json(401, {"kind": "Status", "apiVersion": "v1", "status": "Failure", "reason": "Unauthorized", "code": 401})
                    return
                self._json(200, {"kind": "PodList", "apiVersion": "v1", "metadata": {"resourceVersion": "1"}, "items": outer.pods})

            def _json(self, status, body):
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.socket = pki.server_context().wrap_socket(self.server.socket, server_side=True)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"https://localhost:{self.server.server_address[1]}"

    def close(self):
        self.server.shutdown()
        self.server.server_close()


POD_ITEM = {
    "metadata": {"name": "sf-sync-7d9f", "namespace": "crm", "uid": UID, "labels": {"app": "sf-sync", "tier": "batch"}},
    "spec": {"nodeName": "node-1", "serviceAccountName": "sf-sync"},
    "status": {"phase": "Running"},
}


def test_pod_metadata_from_the_api_server(tmp_path, tree):
    token = tmp_path / "token"
    token.write_text("test-token\n")
    api = FakeApiServer(tmp_path, "test-token", [POD_ITEM])
    try:
        pods = KubernetesPods(api.url, token, api.ca, "node-1")
        pods.refresh()
        assert pods.last_error is None and pods.count == 1
        assert api.requests == ["/api/v1/pods?fieldSelector=spec.nodeName%3Dnode-1"]
        container_dir = next(tree.glob("kubepods.slice/*/*/cri-containerd-*.scope"))
        workload = Attributor(CgroupSetup("unified", tree), pods).identify(1, 2, "python3", 0, ino(container_dir))
        assert workload.attribution == POD and workload.note is None
        assert (workload.pod.namespace, workload.pod.name, workload.pod.service_account) == ("crm", "sf-sync-7d9f", "sf-sync")
        assert workload.pod.label("app") == "sf-sync" and workload.key == "pod/crm/sf-sync-7d9f"

        token.write_text("revoked")
        pods.refresh()  # a failed refresh keeps the last view and says why
        assert pods.count == 1 and "HTTPError" in pods.last_error
    finally:
        api.close()


def test_pods_not_yet_listed_are_asked_for_in_the_background(tmp_path, tree):
    token = tmp_path / "token"
    token.write_text("t")
    api = FakeApiServer(tmp_path, "t", [])
    try:
        pods = KubernetesPods(api.url, token, api.ca, "node-1", refresh_s=3600, min_interval_s=0)
        pods.start()
        assert pods.get(UID) is None  # a miss wakes the refresher; the lookup does not block
        api.pods.append(POD_ITEM)
        assert pods.get(UID) is None
        for _ in range(100):
            if pods.get(UID):
                break
            threading.Event().wait(0.05)
        assert pods.get(UID).name == "sf-sync-7d9f"
    finally:
        pods.stop()
        api.close()
