"""Real eBPF, as root: connection tracing and attribution of a pod-like workload.

The workload runs in its own network namespace and a containerd-style cgroup, started
after the tracer is loaded; it connects over IPv4, IPv6 and IPv4-mapped IPv6 to a server
on the host side of its veth. Nothing here touches an interface the tests did not create.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator

import pytest

from agent.attribution import Attributor, detect_cgroup_setup
from agent.tracing.connect import ConnectionTracer
from agent.tracing.loader import missing_requirements
from agent.workload import CONTAINER
from tests.pod_sandbox import PodSandbox


def ebpf_unavailable() -> str | None:
    missing = missing_requirements(("syscalls:sys_enter_connect", "sock:inet_sock_set_state"))
    if not missing:
        return None
    if os.environ.get("CI"):
        pytest.fail("eBPF requirements missing in CI, where .ci/run installs them: " + "; ".join(missing))
    return "; ".join(missing)


requires_ebpf = pytest.mark.skipif(ebpf_unavailable() is not None, reason=f"eBPF unavailable: {ebpf_unavailable()}")
pytestmark = requires_ebpf

SENT, REPLY = 7_777, 3_333  # bytes the workload sends per connection, bytes the server answers

WORKLOAD = """
import socket, sys
port = int(sys.argv[1])
for family, address in ((socket.AF_INET, sys.argv[2]), (socket.AF_INET6, sys.argv[3]), (socket.AF_INET6, "::ffff:" + sys.argv[2])):
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.connect((address, port))
        s.sendall(b"x" * int(sys.argv[4]))
        s.shutdown(socket.SHUT_WR)
        received = 0
        while chunk := s.recv(65536):
            received += len(chunk)
        print(family, received, flush=True)
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
    u.connect((sys.argv[2], 53))
"""


@pytest.fixture
def tracer() -> Iterator[ConnectionTracer]:
    with ConnectionTracer.load() as loaded:
        loaded.ignore_tgid(0)  # the agent ignores its own connects; here the test's own must meet the filters
        yield loaded


@pytest.fixture
def pod() -> Iterator[PodSandbox]:
    sandbox = PodSandbox.create()
    yield sandbox
    sandbox.close()


class EchoServer:
    """Listens on the host side of the veth (dual-stack unless given an IPv4 address); reads
    all, answers REPLY bytes; `peers` are the client addresses, in order."""

    def __init__(self, host: str = "::", port: int = 0) -> None:
        self.sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
        if ":" in host:
            self.sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
        self.sock.bind((host, port))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.received: list[int] = []
        self.peers: list[str] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, peer = self.sock.accept()
            except OSError:
                return
            self.peers.append(peer[0].removeprefix("::ffff:"))
            with conn:
                total = 0
                while chunk := conn.recv(65536):
                    total += len(chunk)
                self.received.append(total)
                conn.sendall(b"y" * REPLY)

    def close(self) -> None:
        """Wakes the blocked `accept` before closing: closed under it, the listener would stay
        bound, and a later test's sandbox reusing the address could not bind it."""
        self.sock.shutdown(socket.SHUT_RDWR)
        self._thread.join()
        self.sock.close()


@pytest.fixture
def server() -> Iterator[EchoServer]:
    echo = EchoServer()
    yield echo
    echo.close()


def test_pod_connects_are_traced_and_attributed(tracer, pod, server):
    tracer.watch_cgroup(pod.cgroup_id)
    workload = pod.start(WORKLOAD, str(server.port), pod.host_ipv4, pod.host_ipv6, str(SENT))
    out, err = workload.communicate(timeout=30)
    assert workload.returncode == 0, err
    assert server.received == [SENT] * 3

    records = [r for r in tracer.drain(quiet_ms=300) if r.tgid == workload.pid]
    connects = [r for r in records if r.kind == "connect"]
    closes = [r for r in records if r.kind == "close"]
    established = [r for r in records if r.kind == "established"]

    tcp = [r for r in connects if r.protocol == "tcp"]
    assert [(r.family, r.daddr, r.dport, r.result) for r in tcp] == [
        ("ipv4", pod.host_ipv4, server.port, 0),
        ("ipv6", pod.host_ipv6, server.port, 0),
        ("ipv6", pod.host_ipv4, server.port, 0),  # IPv4-mapped IPv6, reported as IPv4
    ]
    [udp] = [r for r in connects if r.protocol == "udp"]
    assert (udp.daddr, udp.dport, udp.result) == (pod.host_ipv4, 53, 0)
    assert all(r.cgroup_id == pod.cgroup_id and r.pid == workload.pid and r.uid == 0 for r in connects)
    assert all(r.comm.startswith("python") for r in connects)

    assert sorted(r.saddr for r in established) == sorted([pod.pod_ipv4, pod.pod_ipv6, pod.pod_ipv4])
    assert len(closes) == 3
    assert [(r.bytes_sent, r.bytes_received, r.failed) for r in closes] == [(SENT, REPLY, False)] * 3
    assert {r.socket for r in closes} == {r.socket for r in tcp}

    identity = Attributor(detect_cgroup_setup()).identify(workload.pid, workload.pid, connects[0].comm, 0, pod.cgroup_id)
    assert identity.cgroup == pod.cgroup_path
    assert (identity.container_id, identity.pod_uid, identity.runtime) == (pod.container_id, pod.pod_uid, "containerd")
    assert identity.attribution == CONTAINER  # no API server here: pod metadata is honestly absent
    assert identity.note == "not running in Kubernetes: no pod metadata"


def test_unwatched_processes_produce_nothing(tracer, pod, server):
    """Only the watched cgroup's connects leave the kernel; the same connects from the
    test process itself (another cgroup) are filtered there."""
    tracer.watch_cgroup(pod.cgroup_id)
    for _ in range(20):
        with socket.create_connection((pod.host_ipv4, server.port)) as s:
            s.shutdown(socket.SHUT_WR)
            s.recv(REPLY)
    workload = pod.start(WORKLOAD, str(server.port), pod.host_ipv4, pod.host_ipv6, "10")
    assert workload.wait(30) == 0
    records = list(tracer.drain(quiet_ms=300))
    assert records and {r.tgid for r in records} == {workload.pid}
    assert tracer.counters() == {"lost_ringbuf_full": 0, "lost_table_full": 0, "selected": 4}


def test_watched_destination_selects_any_process(tracer, server):
    tracer.watch_destination("127.0.0.1", server.port)
    with socket.create_connection(("127.0.0.1", server.port)) as s:
        s.shutdown(socket.SHUT_WR)
        s.recv(REPLY)
    with socket.create_connection(("::1", server.port)) as s:  # not watched
        s.shutdown(socket.SHUT_WR)
        s.recv(REPLY)
    records = list(tracer.drain(quiet_ms=300))
    assert {(r.kind, r.daddr) for r in records} == {("connect", "127.0.0.1"), ("established", "127.0.0.1"), ("close", "127.0.0.1")}
    assert all(r.tgid == os.getpid() for r in records)


def test_refused_connect_reports_its_error(tracer):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # bound, never listening: connects are refused
        tracer.watch_destination("127.0.0.1", port)
        with socket.socket() as s, pytest.raises(ConnectionRefusedError):
            s.connect(("127.0.0.1", port))
    records = list(tracer.drain(quiet_ms=300))
    [connect] = [r for r in records if r.kind == "connect"]
    assert connect.error == os.strerror(111) and connect.result == -111
    [close] = [r for r in records if r.kind == "close"]
    assert close.failed and close.bytes_sent == 0


def test_programs_are_detached_on_close(pod):
    tracer = ConnectionTracer.load()
    tracer.watch_cgroup(pod.cgroup_id)
    tracer.close()
    with open("/sys/kernel/tracing/events/syscalls/sys_enter_connect/enable") as enabled:
        assert enabled.read().strip() == "0"
    assert tracer.bpf is None
