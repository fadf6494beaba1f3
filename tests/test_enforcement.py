"""Kernel enforcement end to end, as root: real cgroup programs, real mitmproxy, the official SDK.

A pod-like workload (own network namespace, containerd cgroup path under its pod slice) is
started after `embargo agent`, which attaches at the pod slice — an ancestor — with
deny-until-known. In the pod, api.openai.com resolves (its /etc/hosts) to the host end of
its veth, where a server listens on 443 as the AI endpoint's direct route. The workload has no
proxy setting: its HTTPS is redirected by the kernel to the agent's transparent listener and
decided by policy; its direct connects to that address on another port, its QUIC (scapy
builds the Initial), its IPv4-mapped IPv6 connects and its raw packets are refused, each
refusal a `kernel.deny` decision event. A sibling container the policy does not name keeps
its sockets untouched (no refusal, no redirect) but shares the pod's network namespace, so its
packets to the AI address are dropped by the frame guard on the pod's veth; the test process
outside the pod is untouched. Hand-made frames from packet sockets (which no socket hook sees)
never reach the endpoint side, while an unprotected namespace's do. Then: kill -9 the agent
(still nothing gets out directly; refusals made meanwhile are reported by the next agent),
five restarts (one program per hook and one filter on the veth, checked with bpftool), and
uninstall without naming the cgroup (nothing left).
"""

from __future__ import annotations

import json
import os
import secrets
import select
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.audit import read_new
from agent.audit_verify import verify
from agent.daemon import CGROUP_RESCAN_S
from agent.demo.stack import FAKE_HOSTS, ProxyProcess, free_port, start_proxy
from agent.enforcement.enforcer import HOOKS
from tests.conftest import Upstream
from tests.fake_dns import FakeDns
from tests.pod_sandbox import PodSandbox
from tests.test_tracing import REPLY, EchoServer, requires_ebpf

pytestmark = [requires_ebpf, pytest.mark.integration]

ECHOED = f"connected, reply {REPLY} bytes 'yyyyyyyyyyyy'"  # what the echo servers answer

POLICY = """
apiVersion: embargo.dev/v1
kind: EgressPolicy
name: enforced-pods
version: "1"
protects:
  - cgroup: "/kubepods.slice/*/*/cri-containerd-{container}*.scope"
lists:
  sovereign: [EU, EEA, node]
rules:
  - id: personal-data-stays-sovereign
    match:
      label: confidential
      jurisdiction: {not_in: sovereign}
    action: block
    reason: personal data may not leave the EU
"""

# Runs in the pod. Prints one JSON object: what each attempt gave (errno name or result).
POD_SCRIPT = """
import errno, json, socket, ssl, sys
import openai
from scapy.all import IP, UDP, L3RawSocket, conf, send
from scapy.layers.quic import QUIC_Initial
proxy_ca, ai4, ai6, other_port, phase = sys.argv[1:6]
other_port = int(other_port)
timeout = float(sys.argv[6]) if len(sys.argv) > 6 else 10
out = {}

def attempt(name, action):
    try:
        out[name] = action()
    except ssl.SSLError as err:  # an OSError whose errno is OpenSSL's, not the kernel's
        out[name] = "SSLError: " + str(err.reason)
    except OSError as err:
        out[name] = errno.errorcode.get(err.errno, str(err))
    except Exception as err:
        out[name] = type(err).__name__ + ": " + str(err)[:500]

def tcp(family, address, port):
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.settimeout(timeout)
        s.connect((address, port))
        s.sendall(b"d" * 100)
        s.shutdown(socket.SHUT_WR)
        reply = b""
        while chunk := s.recv(65536):
            reply += chunk
        return "connected, reply %d bytes %r" % (len(reply), reply[:12].decode(errors="replace"))

quic = bytes(QUIC_Initial(DstConnID=b"\\x01" * 8, SrcConnID=b"\\x02" * 8)) + b"\\0" * 1100
def udp_send(family, address):
    with socket.socket(family, socket.SOCK_DGRAM) as s:
        return "sent %d" % s.sendto(quic, (address, 443))
def udp_connect(family, address):
    with socket.socket(family, socket.SOCK_DGRAM) as s:
        s.connect((address, 443))
        return "connected"

if phase in ("full", "sdk"):
    client = openai.OpenAI(api_key="sk-test", base_url="https://api.openai.com/v1", max_retries=0,
                           http_client=openai.DefaultHttpxClient(verify=ssl.create_default_context(cafile=proxy_ca)))
    def personal():
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "Mail anna.schmidt@example-kunde.de the offer"}])
        return "allowed"
    def harmless():
        reply = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "Three tips for tidy CRM notes?"}])
        return reply.choices[0].message.content[:14]
    def fronted():  # a CRM name (passed through uninspected) at the AI endpoint's address
        context = ssl.create_default_context(cafile=proxy_ca)
        with context.wrap_socket(socket.create_connection((ai4, 443), timeout=10), server_hostname="acme.my.salesforce.com") as s:
            s.sendall(b"GET /services/data/ HTTP/1.1\\r\\nHost: acme.my.salesforce.com\\r\\nConnection: close\\r\\n\\r\\n")
            return s.recv(65536).split(b"\\r\\n")[0].decode()
    attempt("harmless", harmless)
if phase == "full":
    attempt("personal", personal)
    attempt("fronted", fronted)
    attempt("udp4_quic", lambda: udp_send(socket.AF_INET, ai4))
    attempt("udp6_quic", lambda: udp_send(socket.AF_INET6, ai6))
    attempt("udp_mapped_quic", lambda: udp_send(socket.AF_INET6, "::ffff:" + ai4))
    attempt("udp4_connect", lambda: udp_connect(socket.AF_INET, ai4))
    conf.L3socket = L3RawSocket  # an IP raw socket (scapy's default, AF_PACKET, is not covered: see README)
    attempt("raw_scapy", lambda: send(IP(dst=ai4) / UDP(dport=443) / quic, verbose=False) or "sent")
    attempt("tcp6_other_port", lambda: tcp(socket.AF_INET6, ai6, other_port))
    attempt("tcp_mapped_other_port", lambda: tcp(socket.AF_INET6, "::ffff:" + ai4, other_port))
if phase in ("full", "tcp"):
    attempt("tcp4_other_port", lambda: tcp(socket.AF_INET, ai4, other_port))
    attempt("tcp4_443", lambda: tcp(socket.AF_INET, ai4, 443))
print(json.dumps(out))
"""


def bpftool(*args: str) -> list:
    out = subprocess.run(["bpftool", "-j", *args], capture_output=True, text=True, check=True).stdout.strip()
    return json.loads(out) if out else []  # `cgroup show` prints nothing for a cgroup without programs


def attached(cgroup_dir: Path) -> list[tuple[str, str]]:
    """(attach type, program name) on this cgroup itself, as bpftool reports them."""
    return sorted((p["attach_type"], p["name"]) for p in bpftool("cgroup", "show", str(cgroup_dir)))


def run_in_pod(pod: PodSandbox, *args: str, container: Path | None = None) -> dict[str, str]:
    process = pod.start(POD_SCRIPT, *args, container=container)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    return json.loads(out)


class Node:
    """The test's node: a pod, the AI endpoint's direct route, DNS, and the agent's arguments."""

    def __init__(self, tmp_path: Path, upstream: Upstream, pod: PodSandbox, veth_prefix: str):
        self.tmp_path, self.upstream, self.pod = tmp_path, upstream, pod
        self.veth_prefix = veth_prefix  # the agent guards veths named so (not other tests' sandboxes)
        self.pin_dir = Path("/sys/fs/bpf") / f"embargo-test-{secrets.token_hex(3)}"
        self.direct_443 = EchoServer(pod.host_ipv4, 443)  # where the AI endpoint's address leads, bypassing
        self.other = EchoServer()  # the AI endpoint's address, another port
        self.dns = FakeDns(self._answer, pod.host_ipv4, 53)
        self.transparent_port = free_port()
        self.policy = tmp_path / "enforced-pods.yaml"
        self.policy.write_text(POLICY.replace("{container}", pod.container_id[:16]))
        self.agents: list[ProxyProcess] = []  # stopped at close, whatever the test did

    def _answer(self, name: str, qtype: int) -> str | None:
        if name == "api.openai.com":
            return self.pod.host_ipv4 if qtype == 1 else self.pod.host_ipv6
        return None

    def start_agent(self, *extra: str) -> ProxyProcess:
        agent = start_proxy(
            self.tmp_path / "agent", self.policy, self.upstream.fake.port, self.upstream.pki.ca_cert, hosts=FAKE_HOSTS,
            command="agent", listen_host=self.pod.host_ipv4,
            extra_args=("--workers", "1", "--dns-interface", self.pod.host_if, "--resolver", f"{self.pod.host_ipv4}:53",
                        "--inventory-interval", "3600", "--enforce-cgroup", self.pod.pod_slice,
                        "--enforce-default", "protect", "--pin-dir", str(self.pin_dir),
                        "--guard-veths", f"{self.veth_prefix}*",
                        "--transparent", f"{self.pod.host_ipv4}:{self.transparent_port}",
                        "--transparent", f"{self.pod.host_ipv6}:{self.transparent_port}",
                        # the address api.openai.com has in the pod leads, for the proxy, to the fake provider
                        "--resolve", f"{self.pod.host_ipv4}:443=127.0.0.1:{self.upstream.fake.port}", *extra))
        self.agents.append(agent)
        deadline = time.monotonic() + 20
        while len(self.denied_addresses()) < 2:  # the agent resolved api.openai.com (A and AAAA)
            assert time.monotonic() < deadline, "the agent never put the catalog's addresses in force\n" + agent.log_text()
            time.sleep(0.2)
        return agent

    def denied_addresses(self) -> list:
        pin = self.pin_dir / "ai_addresses"
        return bpftool("map", "dump", "pinned", str(pin)) if pin.exists() else []

    def close(self) -> None:
        for agent in self.agents:
            agent.stop()
        subprocess.run([sys.executable, "-m", "agent.cli", "enforce", "uninstall", "--cgroup", self.pod.pod_slice,
                        "--pin-dir", str(self.pin_dir)], capture_output=True)
        for server in (self.direct_443, self.other):
            server.close()
        self.dns.close()


@pytest.fixture
def node(tmp_path: Path, upstream: Upstream) -> Iterator[Node]:
    veth_prefix = f"emg{secrets.token_hex(2)}"
    pod = PodSandbox.create(interface_prefix=veth_prefix)
    try:
        pod.set_hosts({"api.openai.com": pod.host_ipv4})
        the_node = Node(tmp_path, upstream, pod, veth_prefix)
        try:
            yield the_node
        finally:
            the_node.close()
    finally:
        pod.close()


def kernel_denials(events: Path) -> list[dict]:
    records, _ = read_new(events, 0)
    return [r for r in records if r.get("phase") == "kernel.deny"]


def is_frame_event(record: dict) -> bool:
    """A kernel.deny for frames the veth guard dropped (not a socket a hook refused)."""
    return "frame(s) on interface" in " ".join(record["decision"]["reasons"])


def test_protected_pod_reaches_ai_only_through_the_proxy(node: Node):
    pod = node.pod
    metrics_port = free_port()
    agent = node.start_agent("--metrics", f"127.0.0.1:{metrics_port}")
    args = (str(agent.ca), pod.host_ipv4, pod.host_ipv6, str(node.other.port))
    sibling_dir = pod.add_container()
    try:
        pod.start("import time; time.sleep(600)")  # the container lives on: the agent guards the pod's veth
        wait_for_guard(pod.host_if, True, agent)
        result = run_in_pod(pod, *args, "full")
        time.sleep(CGROUP_RESCAN_S + 1)  # the rescan finds the sibling, which the policy does not name
        sibling = run_in_pod(pod, *args, "tcp", "2", container=sibling_dir)
        # The test process, outside the pod slice: untouched.
        outside = socket.create_connection((pod.host_ipv4, node.other.port), timeout=5)
        outside.close()
    except Exception:
        print(agent.log_text())
        raise

    assert result["personal"].startswith("PermissionDeniedError") and "personal-data-stays-sovereign" in result["personal"]
    assert result["harmless"] == "[fake-openai] "[:14]
    # Not passed through to the AI address: intercepted (with the proxy's CA) and decided.
    assert result["fronted"] == "HTTP/1.1 200 OK", result["fronted"]
    for refused in ("udp4_quic", "udp6_quic", "udp_mapped_quic", "udp4_connect", "raw_scapy",
                    "tcp4_other_port", "tcp6_other_port", "tcp_mapped_other_port"):
        assert result[refused] == "EPERM", (refused, result)
    # Redirected to mitmproxy, which answers bytes that are neither TLS nor HTTP with its error page.
    assert result["tcp4_443"].startswith("connected") and "'<!DOCTYPE HT'" in result["tcp4_443"]
    # The sibling's sockets are untouched (no EPERM, no redirect), but it shares the protected
    # container's network namespace, hence its veth: its packets to the AI address are dropped there.
    assert sibling == {"tcp4_other_port": "timed out", "tcp4_443": "timed out"}
    assert node.direct_443.peers == [] and pod.pod_ipv4 not in node.other.peers  # (the host process connected there)

    time.sleep(0.5)  # the reader thread reports the last denials
    metrics = urllib.request.urlopen(f"http://127.0.0.1:{metrics_port}/metrics", timeout=5).read().decode()
    frame_records = [d for d in kernel_denials(agent.events) if is_frame_event(d)]
    assert f'embargo_ebpf_events_total{{program="sock_addr"}} {8 + len(frame_records)}.0' in metrics
    assert 'embargo_ebpf_lost_events_total{program="sock_addr"}' not in metrics or \
        'embargo_ebpf_lost_events_total{program="sock_addr"} 0.0' in metrics
    assert ('embargo_decisions_total{action="block",enforced_action="block",label="none",mode="enforce",'
            'phase="kernel.deny",provider="openai",rule="builtin:kernel-udp-port"} 4.0') in metrics

    agent.stop()
    assert verify(agent.events).ok
    records, _ = read_new(agent.events, 0)
    requests = [r for r in records if r.get("phase") == "request"]
    assert sorted((r["host"], r["decision"]["enforced_action"]) for r in requests) == [
        ("acme.my.salesforce.com", "allow"), ("api.openai.com", "allow"), ("api.openai.com", "block")]
    for request in requests:
        assert request["workload"]["client_ip"] == pod.pod_ipv4
        assert request["workload"]["kernel"]["container_id"] == pod.container_id
    denials = [d for d in kernel_denials(agent.events) if not is_frame_event(d)]
    assert frame_records and all(f["decision"]["rule"] == "builtin:kernel-ai-address" for f in frame_records)
    reasons = sorted((d["decision"]["rule"], d["workload"]["kernel"]["container_id"]) for d in denials)
    expected = {"builtin:kernel-udp-port": 4, "builtin:kernel-raw-socket": 1, "builtin:kernel-ai-address": 3}
    assert [r for r, _ in reasons] == sorted(rule for rule, n in expected.items() for _ in range(n))
    assert {c for _, c in reasons} == {pod.container_id}
    quic = [d for d in denials if d["decision"]["rule"] == "builtin:kernel-udp-port"]
    assert {d["host"] for d in quic} == {"api.openai.com"}  # named by the DNS view
    assert all(d["decision"]["enforced_action"] == "block" and d["decision"]["protected"] for d in denials)
    assert all(d["workload"]["kernel"]["pod_uid"] == pod.pod_uid for d in denials)


def test_enforcement_survives_kill_and_restarts_and_uninstalls_cleanly(node: Node):
    pod = node.pod
    slice_dir = pod.container_dir.parent
    agent = node.start_agent()
    args = (str(agent.ca), pod.host_ipv4, pod.host_ipv6, str(node.other.port))
    pod.start("import time; time.sleep(600)")
    wait_for_guard(pod.host_if, True, agent)
    os.kill(agent.process.pid, signal.SIGKILL)
    agent.process.wait()
    assert len(tc_programs(pod.host_if)) == 1  # the filter outlives the agent

    while_down = run_in_pod(pod, *args, "tcp")
    assert while_down == {"tcp4_other_port": "EPERM", "tcp4_443": "ECONNREFUSED"}  # the proxy is gone: fail closed
    # A container started while no agent runs is covered from its first connect (deny-until-known).
    assert run_in_pod(pod, *args, "tcp", container=pod.add_container()) == while_down
    assert node.direct_443.peers == [] and node.other.received == []

    for restart in range(5):
        agent = node.start_agent()
        if restart == 0:
            time.sleep(1)  # the reader thread drains what the kernel queued while no agent ran
        (agent.stop if restart % 2 else lambda: os.kill(agent.process.pid, signal.SIGKILL))()
        agent.process.wait()
        if restart == 0:
            # Refused while no agent ran, queued in the pinned ring buffer, reported by the next agent.
            late = kernel_denials(agent.events)
            assert [d["decision"]["rule"] for d in late] == ["builtin:kernel-ai-address"] * 2
            assert late[0]["workload"]["kernel"]["container_id"] == pod.container_id
            assert f"tcp {pod.host_ipv4} port {node.other.port}" in late[0]["decision"]["reasons"]

    hooks = sorted(("cgroup_" + {"connect4": "inet4_connect", "connect6": "inet6_connect", "sendmsg4": "udp4_sendmsg",
                                 "sendmsg6": "udp6_sendmsg", "sock_create": "inet_sock_create",
                                 "sock_ops": "sock_ops"}[h.name], h.function) for h in HOOKS)
    assert attached(slice_dir) == hooks  # exactly one program per hook after six agents
    guard = tc_programs(pod.host_if)
    assert len(guard) == 1 and "veth_guard" in guard[0]  # and exactly one filter on the pod's veth
    assert run_in_pod(pod, *args, "tcp")["tcp4_other_port"] == "EPERM"

    # Without --cgroup: the CLI finds where the pinned programs are attached.
    status = subprocess.run([sys.executable, "-m", "agent.cli", "enforce", "status",
                             "--pin-dir", str(node.pin_dir)], capture_output=True, text=True, check=True).stdout
    assert f"attach point {slice_dir}\n" in status and "emb_connect4" in status and "ai_addresses" in status
    assert f"frame guard on: {pod.host_if}\n" in status
    ours = {p["id"] for p in bpftool("cgroup", "show", str(slice_dir))}
    uninstall = subprocess.run([sys.executable, "-m", "agent.cli", "enforce", "uninstall",
                                "--pin-dir", str(node.pin_dir)], capture_output=True, text=True, check=True).stdout
    assert uninstall.count("detached") == len(HOOKS) and f"removed the frame guard from {pod.host_if}" in uninstall
    assert attached(slice_dir) == [] and not node.pin_dir.exists()
    assert tc_programs(pod.host_if) == [] and "clsact" not in subprocess.run(
        ["tc", "qdisc", "show", "dev", pod.host_if], capture_output=True, text=True, check=True).stdout
    deadline = time.monotonic() + 10  # the kernel frees detached programs asynchronously
    while ours & {p["id"] for p in bpftool("prog", "show")}:
        assert time.monotonic() < deadline, "detached programs are still loaded: something holds them"
        time.sleep(0.2)
    assert run_in_pod(pod, *args, "tcp") == {"tcp4_other_port": ECHOED, "tcp4_443": ECHOED}


def test_the_agent_does_not_start_when_enforcement_cannot_be_installed(tmp_path: Path):
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY.replace("{container}", "0"))
    result = subprocess.run([sys.executable, "-m", "agent.cli", "agent", "--no-tracing", "--no-dns",
                             "--policy", str(policy), "--events", str(tmp_path / "audit.jsonl"),
                             "--enforce-cgroup", f"/embargo-missing-{secrets.token_hex(3)}",
                             "--pin-dir", f"/sys/fs/bpf/embargo-missing-{secrets.token_hex(3)}"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "embargo-missing-" in result.stderr and "does not exist" in result.stderr


# Runs in a pod: hand-made frames through packet sockets, which no cgroup socket hook sees.
# Each frame has its own source port (the marker the endpoint side looks for).
FRAMES_SCRIPT = """
import json, socket, sys
from scapy.all import IP, TCP, UDP, Dot1Q, Ether, IPv6, IPv6ExtHdrDestOpt, IPv6ExtHdrHopByHop, Raw
pod_if, host_mac, pod4, host4, pod6, host6, proxy_port, other_port = sys.argv[1:9]
own_mac = open(f"/sys/class/net/{pod_if}/address").read().strip()
SOL_PACKET, PACKET_QDISC_BYPASS = 263, 20
out = {}

def raw(frame, bypass=False):  # AF_PACKET SOCK_RAW: the whole frame
    with socket.socket(socket.AF_PACKET, socket.SOCK_RAW) as s:
        if bypass:  # straight to the driver: skips the pod side's qdisc and tc egress
            s.setsockopt(SOL_PACKET, PACKET_QDISC_BYPASS, 1)
        s.bind((pod_if, 0))
        return s.send(bytes(frame))

def cooked(packet):  # AF_PACKET SOCK_DGRAM: the kernel adds the Ethernet header
    with socket.socket(socket.AF_PACKET, socket.SOCK_DGRAM, socket.htons(0x0800)) as s:
        return s.sendto(bytes(packet), (pod_if, 0x0800, 0, 0, bytes.fromhex(host_mac.replace(":", ""))))

eth = Ether(src=own_mac, dst=host_mac)
v4 = IP(src=pod4, dst=host4)
frames = {
    "syn4_443": lambda: raw(eth / v4 / TCP(sport=47001, dport=443, flags="S")),
    "syn4_other_port": lambda: raw(eth / v4 / TCP(sport=47002, dport=int(other_port), flags="S")),
    "udp4_443_cooked": lambda: cooked(v4 / UDP(sport=47003, dport=443) / Raw(b"q" * 1200)),
    "udp6_443_bypass": lambda: raw(eth / IPv6(src=pod6, dst=host6) / UDP(sport=47004, dport=443) / Raw(b"q" * 1200), bypass=True),
    "udp6_443_ext_headers": lambda: raw(eth / IPv6(src=pod6, dst=host6) / IPv6ExtHdrHopByHop() / IPv6ExtHdrDestOpt()
                                        / UDP(sport=47006, dport=443) / Raw(b"q" * 64)),
    "udp4_443_vlan": lambda: raw(eth / Dot1Q(vlan=7) / v4 / UDP(sport=47005, dport=443)),
    "not_ip": lambda: raw(Ether(src=own_mac, dst=host_mac, type=0x88B5) / Raw(b"x" * 46)),
    "syn4_proxy": lambda: raw(eth / v4 / TCP(sport=47010, dport=int(proxy_port), flags="S")),
}
for name, send in frames.items():
    try:
        out[name] = "sent %d" % send()
    except OSError as err:
        out[name] = "OSError %s" % err.errno
print(json.dumps(out))
"""
MARKERS = {47001: "syn4_443", 47002: "syn4_other_port", 47003: "udp4_443_cooked", 47004: "udp6_443_bypass",
           47005: "udp4_443_vlan", 47006: "udp6_443_ext_headers", 47010: "syn4_proxy"}
DROPPED_BY_GUARD = 7  # every frame but syn4_proxy


class EndpointSniffer:
    """What reaches the endpoint side — the node's IP stack behind the veth, where the fake
    AI endpoint listens — after the veth's ingress hook: raw IP sockets get a copy of every
    TCP and UDP packet delivered there. (A packet sniffer on the interface would not do: it
    sees frames before tc does.) Records which marked frames arrived, and from where."""

    def __init__(self, markers: dict[int, str] = MARKERS) -> None:
        self.markers = markers
        self.sockets = [socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_TCP),
                        socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_UDP),
                        socket.socket(socket.AF_INET6, socket.SOCK_RAW, socket.IPPROTO_UDP)]
        self.seen: list[tuple[str, str]] = []  # (source address, marker)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            readable, _, _ = select.select(self.sockets, [], [], 0.1)
            for sock in readable:
                data, (source, *_rest) = sock.recvfrom(65536)
                l4 = data[(data[0] & 0x0F) * 4:] if sock.family == socket.AF_INET else data  # v6: no IP header
                marker = self.markers.get(int.from_bytes(l4[:2], "big"))
                if marker:
                    self.seen.append((source, marker))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        for sock in self.sockets:
            sock.close()


def interface_mac(interface: str) -> str:
    return Path(f"/sys/class/net/{interface}/address").read_text().strip()


def tc_programs(interface: str) -> list[str]:
    """Names of the tc programs on the interface, as bpftool reports them."""
    shown = bpftool("net", "show", "dev", interface)
    return [entry["name"] for entry in (shown[0]["tc"] if shown else [])]


def has_guard(interface: str) -> bool:
    return any("veth_guard" in name for name in tc_programs(interface))


def wait_for_guard(interface: str, wanted: bool, agent: ProxyProcess) -> None:
    deadline = time.monotonic() + CGROUP_RESCAN_S * 3
    while has_guard(interface) != wanted:
        assert time.monotonic() < deadline, f"guard on {interface} should be {wanted}\n" + agent.log_text()
        time.sleep(0.2)


def send_frames(pod: PodSandbox, node: Node, container: Path | None = None) -> dict[str, str]:
    process = pod.start(FRAMES_SCRIPT, pod.pod_if, interface_mac(pod.host_if), pod.pod_ipv4, pod.host_ipv4, pod.pod_ipv6,
                        pod.host_ipv6, str(node.transparent_port), str(node.other.port), container=container)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    return json.loads(out)


def test_packet_socket_frames_never_reach_the_endpoint(node: Node):
    pod = node.pod
    sniffer = EndpointSniffer()
    unprotected = PodSandbox.create()  # its own pod slice, outside the attach point: untouched
    try:
        agent = node.start_agent()
        # A long-lived process of the protected container, as root: it holds CAP_NET_RAW.
        holder = pod.start("import time; time.sleep(600)")
        wait_for_guard(pod.host_if, True, agent)  # on since the agent started (deny until known)...
        time.sleep(CGROUP_RESCAN_S + 1)  # ...and a rescan has seen the holder: drops are attributed to the pod
        assert tc_programs(unprotected.host_if) == []

        sent = send_frames(pod, node)
        assert all(result.startswith("sent") for result in sent.values()), sent  # the kernel let the pod send them
        sdk = run_in_pod(pod, str(agent.ca), pod.host_ipv4, pod.host_ipv6, str(node.other.port), "sdk")
        control = send_frames(unprotected, node)
        assert all(result.startswith("sent") for result in control.values()), control
        time.sleep(1.5)  # the last frames reach the sniffer; the guard's next record is due
        send_frames(pod, node)  # the second round makes the guard report what the first dropped
        time.sleep(1)
        holder.kill()
    finally:
        sniffer.close()
        unprotected.close()

    assert sdk == {"harmless": "[fake-openai] "[:14]}  # the intercepted HTTPS still works
    from_pod = {marker for source, marker in sniffer.seen if source in (pod.pod_ipv4, pod.pod_ipv6)}
    assert from_pod == {"syn4_proxy"}  # only the frame to the transparent listener got through
    from_unprotected = {marker for source, marker in sniffer.seen
                        if source in (unprotected.pod_ipv4, unprotected.pod_ipv6)}
    assert from_unprotected == set(MARKERS.values()) - {"udp4_443_vlan"}  # no VLAN device: the node drops that one

    counters = bpftool("map", "dump", "pinned", str(node.pin_dir / "counters"))
    frames_dropped = sum(sum(v["value"] for v in entry["formatted"]["values"]) for entry in counters
                         if entry["formatted"]["key"] == 4)  # COUNTER_FRAMES_DROPPED
    assert frames_dropped == 2 * DROPPED_BY_GUARD

    agent.stop()
    records, _ = read_new(agent.events, 0)
    frames = [r for r in kernel_denials(agent.events) if is_frame_event(r)]
    assert frames, "no kernel.deny event for the dropped frames"
    assert sum(int(r["decision"]["reasons"][1].split(" frame(s)")[0]) for r in frames) >= DROPPED_BY_GUARD
    assert {r["decision"]["rule"] for r in frames} <= {"builtin:kernel-raw-frame", "builtin:kernel-not-ip",
                                                      "builtin:kernel-ai-address"}
    assert all(r["workload"]["kernel"]["container_id"] == pod.container_id for r in frames)
    assert all(r["workload"]["kernel"]["pod_uid"] == pod.pod_uid for r in frames)
    net_raw = [r for r in records if r.get("phase") == "kernel.capability"]
    assert len(net_raw) == 1 and net_raw[0]["decision"]["rule"] == "builtin:protected-cap-net-raw"
    assert net_raw[0]["workload"]["kernel"]["container_id"] == pod.container_id
    assert pod.host_if in " ".join(net_raw[0]["decision"]["reasons"])
    assert verify(agent.events).ok


# Runs in a pod's network namespace: one hand-made frame through a packet socket (the IP
# packet comes built; the Ethernet header is added here), prints when it was sent, lives on.
FIRST_FRAME_SCRIPT = """
import socket, sys, time
pod_if, host_mac, packet = sys.argv[1], bytes.fromhex(sys.argv[2].replace(":", "")), bytes.fromhex(sys.argv[3])
own_mac = bytes.fromhex(open(f"/sys/class/net/{pod_if}/address").read().strip().replace(":", ""))
with socket.socket(socket.AF_PACKET, socket.SOCK_RAW) as s:
    s.bind((pod_if, 0))
    s.send(host_mac + own_mac + b"\\x08\\x00" + packet)
print(time.time(), flush=True)
time.sleep(600)
"""
FIRST_FRAME_MARKERS = {47020: "first", 47021: "after-classified", 47022: "started-while-down", 47023: "protected"}


def send_syn(pod: PodSandbox, ai_address: str, source_port: int, in_pod_cgroup: bool) -> float:
    """A TCP SYN to the AI address on 443 through a packet socket in the pod's network
    namespace, from a new process: in the pod's container cgroup, or outside the attach point
    (the test's own cgroup: the namespace then still has no process the agent could classify
    the pod by). Returns when it was sent; the process lives on until the pod is closed."""
    from scapy.all import IP, TCP
    packet = bytes(IP(src=pod.pod_ipv4, dst=ai_address) / TCP(sport=source_port, dport=443, flags="S"))
    args = (pod.pod_if, interface_mac(pod.host_if), packet.hex())
    if in_pod_cgroup:
        process = pod.start(FIRST_FRAME_SCRIPT, *args)
    else:
        process = subprocess.Popen(["ip", "netns", "exec", pod.netns, sys.executable, "-c", FIRST_FRAME_SCRIPT, *args],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        pod.processes.append(process)
    line = process.stdout.readline()
    assert line, process.stderr.read() if process.poll() is not None else "no output"
    return float(line)


class LatePod:
    """A pod whose veth appears while the agent watches (or while no agent runs): its own
    network namespace, and its own pod slice below the attach point — a pod the policy does
    not name, so once classified it is not protected."""

    def __init__(self, node: Node):
        self.sandbox = PodSandbox.create(cgroup=False, interface_prefix=node.veth_prefix)
        slice_dir = node.pod.container_dir.parent / f"kubepods-besteffort-pod{secrets.token_hex(8)}.slice"
        container_dir = slice_dir / f"cri-containerd-{self.sandbox.container_id}.scope"
        try:
            for directory in (slice_dir, container_dir):
                directory.mkdir()
                node.pod.cgroup_dirs.append(directory)  # removed with the node's pod (after this one's processes)
        except OSError:
            self.sandbox.close()
            raise
        self.sandbox.container_dir = container_dir
        self.ifindex = int(Path(f"/sys/class/net/{self.sandbox.host_if}/ifindex").read_text())


def test_a_new_pod_is_guarded_before_its_first_frame_and_unguarded_once_known_unprotected(node: Node):
    """Deny until known, for frames: a pod created after the agent started gets the guard from
    the link event, and its first hand-made SYN (sent as soon as the guard is on — well inside
    a rescan period) never arrives; a pod created while no agent ran is guarded by the next agent's start; a
    protected pod's first frame is dropped and attributed whether or not a rescan has seen it
    yet; once the agent has classified the other two as not protected (a process of theirs
    runs in a cgroup the policy does not name), their guards come off and the same frame arrives."""
    from scapy.all import conf  # noqa: F401 - scapy's import is slow: not inside the timed window

    pod = node.pod  # protected, and without a process until it sends its frame: not classified before
    sniffer = EndpointSniffer(FIRST_FRAME_MARKERS)
    late_pods: list[LatePod] = []
    agent = node.start_agent()
    try:
        os.kill(agent.process.pid, signal.SIGKILL)
        agent.process.wait()
        while_down = LatePod(node)
        late_pods.append(while_down)
        assert tc_programs(while_down.sandbox.host_if) == []  # nobody was watching

        agent = node.start_agent()
        assert has_guard(while_down.sandbox.host_if)  # the start reconciled every veth
        send_syn(while_down.sandbox, pod.host_ipv4, 47022, in_pod_cgroup=False)

        created = time.time()
        late = LatePod(node)
        late_pods.append(late)
        # The guard follows the link event by milliseconds (bench_enforcement.py measures it);
        # the test does not race the agent for them on a busy machine: it sends the pod's first
        # frame once the guard is on — the log below shows the link watcher put it there.
        while not has_guard(late.sandbox.host_if):
            assert time.time() - created < CGROUP_RESCAN_S, "no guard on the new veth\n" + agent.log_text()
        first_sent = send_syn(late.sandbox, pod.host_ipv4, 47020, in_pod_cgroup=False)
        # The test's premise: the frame went out before a rescan could have put the guard on.
        assert first_sent - created < CGROUP_RESCAN_S, first_sent - created
        assert len(tc_programs(late.sandbox.host_if)) == 1

        send_syn(pod, pod.host_ipv4, 47023, in_pod_cgroup=True)
        for late_pod in late_pods:  # a process in the pod's container: the agent classifies it
            late_pod.sandbox.start("import time; time.sleep(600)")
            wait_for_guard(late_pod.sandbox.host_if, False, agent)
        send_syn(late.sandbox, pod.host_ipv4, 47021, in_pod_cgroup=False)
        time.sleep(1)  # the frame reaches the sniffer
        status = subprocess.run([sys.executable, "-m", "agent.cli", "enforce", "status", "--pin-dir",
                                 str(node.pin_dir)], capture_output=True, text=True, check=True).stdout
    except Exception:
        print(agent.log_text())
        raise
    finally:
        sniffer.close()
        for late_pod in late_pods:
            late_pod.sandbox.close()

    # Only frames from the test's pods count: the raw sockets see every TCP packet the node
    # delivers, and a local connection whose ephemeral port is one of the markers is not one.
    pods = {pod.pod_ipv4} | {late_pod.sandbox.pod_ipv4 for late_pod in late_pods}
    arrived = {(source, marker) for source, marker in sniffer.seen if source in pods}
    assert {marker for _source, marker in arrived} == {"after-classified"}, (arrived, agent.log_text())
    assert f"frame guard on: {pod.host_if}\n" in status  # the protected pod's, the only one left
    agent.stop()
    log = agent.log_text()
    assert f"frame guard on {late.sandbox.host_if} (a new veth, not classified yet: deny until known)" in log
    assert f"frame guard removed from {late.sandbox.host_if}" in log
    frames = [r for r in kernel_denials(agent.events) if is_frame_event(r)]
    by_interface = {int(r["decision"]["reasons"][1].split("on interface ")[1].split(":")[0]): r for r in frames}
    assert len(frames) == 3 and set(by_interface) == {while_down.ifindex, late.ifindex, pod_ifindex(pod)}, frames
    assert all(r["decision"]["rule"] == "builtin:kernel-ai-address" for r in frames)
    # The protected pod's first frame: attributed, whether a rescan had classified the pod by then or not.
    assert by_interface[pod_ifindex(pod)]["workload"]["kernel"]["container_id"] == pod.container_id


def pod_ifindex(pod: PodSandbox) -> int:
    return int(Path(f"/sys/class/net/{pod.host_if}/ifindex").read_text())


def test_with_pass_by_default_only_protected_pods_are_guarded_and_at_once(node: Node):
    """--enforce-default pass: a pod not classified yet keeps its veth unguarded (today's
    behaviour), while a new veth into a pod already known protected — a second interface,
    as Multus adds; made on the node and its peer then moved in, as some CNIs do — is
    guarded at the link events, not at the next rescan."""
    node.pod.start("import time; time.sleep(600)")  # the protected container runs before the agent starts
    agent = node.start_agent("--enforce-default", "pass")
    unknown = LatePod(node)
    extra, extra_peer = f"{node.veth_prefix}x{secrets.token_hex(1)}", f"embq{secrets.token_hex(3)}"
    try:
        wait_for_guard(node.pod.host_if, True, agent)  # classified protected (at the start, or the first rescan)
        time.sleep(CGROUP_RESCAN_S + 1)  # a rescan has looked at the unknown pod (no process: still unknown)
        assert not has_guard(unknown.sandbox.host_if)
        subprocess.run(["ip", "link", "add", extra, "type", "veth", "peer", "name", extra_peer], check=True)
        subprocess.run(["ip", "link", "set", extra_peer, "netns", node.pod.netns], check=True)
        wait_for_guard(extra, True, agent)
    except Exception:
        print(agent.log_text())
        raise
    finally:
        subprocess.run(["ip", "link", "del", extra], capture_output=True)  # its peer goes with it
        unknown.sandbox.close()
    assert f"frame guard on {extra} (a new veth, to a protected pod)" in agent.log_text()


def test_link_events_name_a_new_veth_and_its_peer_namespace_and_say_when_some_were_lost():
    from agent.enforcement.netlink import EventsLost, LinkEvents, namespace_id

    tag = secrets.token_hex(3)
    netns, host_if = f"emb-links-{tag}", f"embl{tag}"
    subprocess.run(["ip", "netns", "add", netns], check=True)
    holder = subprocess.Popen(["ip", "netns", "exec", netns, "sh", "-c", "echo in; exec sleep 60"],
                              stdout=subprocess.PIPE, text=True)
    try:
        with LinkEvents.open() as events:
            subprocess.run(["ip", "link", "add", host_if, "type", "veth", "peer", "name", "eth0", "netns", netns], check=True)
            deadline = time.monotonic() + 5
            seen = []
            while not any(link.name == host_if and link.peer_nsid is not None for link in seen):
                assert time.monotonic() < deadline, seen
                seen += events.read(timeout=1)
            link = next(link for link in seen if link.name == host_if)
            assert link.kind == "veth" and link.ifindex == socket.if_nametoindex(host_if)
            assert holder.stdout.readline() == "in\n"  # the holder runs in the namespace
            assert link.peer_nsid == namespace_id(holder.pid)  # the same id, from the pid's side
            # A buffer too small for what follows: the kernel drops events, and says so.
            events.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1)
            for _ in range(20):
                subprocess.run(["ip", "link", "set", host_if, "up"], check=True)
                subprocess.run(["ip", "link", "set", host_if, "down"], check=True)
            with pytest.raises(EventsLost):
                while events.read(timeout=1):
                    pass
            subprocess.run(["ip", "link", "del", host_if], check=True)
    finally:
        holder.kill()
        holder.wait()
        subprocess.run(["ip", "link", "del", host_if], capture_output=True)
        subprocess.run(["ip", "netns", "del", netns], capture_output=True)


def test_pinned_maps_of_an_older_layout_are_replaced_not_adopted():
    """An agent upgrade that changes a map's layout must not adopt the old pinned map (the
    program would misread it); maps of the same layout are adopted with their contents."""
    from agent.attribution import detect_cgroup_setup
    from agent.enforcement.enforcer import Enforcer, layout_fingerprint, pinned_fingerprint, uninstall

    mount = detect_cgroup_setup().v2_mount
    assert mount is not None
    cgroup = mount / f"embargo-layout-{secrets.token_hex(3)}"
    pin_dir = Path("/sys/fs/bpf") / f"embargo-layout-{secrets.token_hex(3)}"
    cgroup.mkdir()
    pin_dir.mkdir()
    try:
        # What an older agent left: counters with one entry fewer, and no layout record.
        subprocess.run(["bpftool", "map", "create", str(pin_dir / "counters"), "type", "percpu_array",
                        "key", "4", "value", "8", "entries", "4", "name", "counters"], check=True)
        subprocess.run(["bpftool", "map", "create", str(pin_dir / "cgroups"), "type", "hash",
                        "key", "8", "value", "4", "entries", "16", "name", "cgroups"], check=True)
        old_ids = {bpftool("map", "show", "pinned", str(pin_dir / name))["id"] for name in ("counters", "cgroups")}

        first = Enforcer.install(cgroup, pin_dir)
        first.set_cgroup_modes({12345: 1})
        fingerprint = layout_fingerprint(first.spec)
        first.close()
        counters = bpftool("map", "show", "pinned", str(pin_dir / "counters"))
        assert counters["max_entries"] == 5 and counters["id"] not in old_ids  # made afresh
        assert bpftool("map", "show", "pinned", str(pin_dir / "cgroups"))["id"] not in old_ids
        assert pinned_fingerprint(pin_dir) == fingerprint

        second = Enforcer.install(cgroup, pin_dir)  # same layout: adopted, contents and all
        try:
            assert bpftool("map", "show", "pinned", str(pin_dir / "counters"))["id"] == counters["id"]
            assert second.cgroup_modes() == {12345: 1}
        finally:
            second.close()
    finally:
        uninstall(cgroup, pin_dir)
        cgroup.rmdir()


# Runs in a pod container: optionally takes a process name, waits for the agent's rescans,
# then tries the AI address directly on another port.
NAMED_SCRIPT = """
import ctypes, errno, socket, sys, time
name, ai4, port, wait = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
if name:
    ctypes.CDLL(None).prctl(15, name.encode(), 0, 0, 0)  # PR_SET_NAME: what /proc/<pid>/comm shows
time.sleep(wait)
try:
    socket.create_connection((ai4, port), timeout=5).close()
    print("connected")
except OSError as err:
    print(errno.errorcode.get(err.errno, str(err)))
"""


def test_a_process_selector_protects_the_cgroup_the_process_runs_in(node: Node):
    """The kernel table is per cgroup: a container in which a process the policy names by
    command runs is protected whole; a sibling container without it is not (its sockets are
    untouched — though its packets to the AI address meet the pod's frame guard)."""
    pod = node.pod
    node.policy.write_text(POLICY.replace('  - cgroup: "/kubepods.slice/*/*/cri-containerd-{container}*.scope"',
                                          '  - process: {comm: ["crm-sync-*"]}'))
    agent = node.start_agent()
    sibling_dir = pod.add_container()
    args = (pod.host_ipv4, str(node.other.port), str(CGROUP_RESCAN_S * 2 + 1))
    named = pod.start(NAMED_SCRIPT, "crm-sync-7", *args)
    other = pod.start(NAMED_SCRIPT, "", *args, container=sibling_dir)
    try:
        assert named.communicate(timeout=30)[0].strip() == "EPERM"  # the connect hook refused it
        assert other.communicate(timeout=30)[0].strip() == "timed out"  # no hook refused it; the guard dropped it
    except Exception:
        print(agent.log_text())
        raise
    table = {entry["formatted"]["key"]: entry["formatted"]["value"]
             for entry in bpftool("map", "dump", "pinned", str(node.pin_dir / "cgroups"))}
    assert table[pod.cgroup_id] == 1 and table[sibling_dir.stat().st_ino] == 2  # PROTECT, EXEMPT
    assert node.other.peers == []
