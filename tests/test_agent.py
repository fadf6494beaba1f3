"""`embargo agent` end to end, as root: real eBPF, real mitmproxy, the official SDK in a
pod-like workload (own network namespace, containerd cgroup path) started after the agent.

The pod's requests through the proxy are decided by a policy that selects it by cgroup
only (its address is in no `clients` range), which works only if the proxy joined the
flow to the kernel's record. Its direct connection to an address a DNS answer named
api.anthropic.com is seen by the kernel, labelled, recorded and inventoried.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.audit import read_new
from agent.audit_verify import verify
from agent.daemon import CGROUP_RESCAN_S
from agent.demo.stack import FAKE_HOSTS, ProxyProcess, start_proxy
from tests.conftest import Upstream
from tests.fake_dns import FakeDns
from tests.pod_sandbox import PodSandbox
from tests.test_tracing import EchoServer, requires_ebpf

pytestmark = [requires_ebpf, pytest.mark.integration]

POLICY = """
apiVersion: embargo.dev/v1
kind: EgressPolicy
name: pods-by-cgroup
version: "1"
protects:
  - cgroup: "/kubepods.slice/*/cri-containerd-*.scope"
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

POD_SCRIPT = """
import json, socket, ssl, sys
import httpx2, openai
from scapy.layers.dns import DNS, DNSQR
proxy, proxy_ca, upstream_ca, dns_server, direct_port, other_address = sys.argv[1:7]
out = {}
client = openai.OpenAI(api_key="sk-test", base_url="https://api.openai.com/v1", max_retries=0,
                       http_client=openai.DefaultHttpxClient(proxy=proxy, verify=ssl.create_default_context(cafile=proxy_ca)))
try:
    client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "Mail anna.schmidt@example-kunde.de the offer"}])
    out["personal"] = "allowed"
except openai.PermissionDeniedError as err:
    out["personal"] = "blocked: " + str(err)
reply = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "Three tips for tidy CRM notes?"}])
out["harmless"] = reply.choices[0].message.content[:14]
# The CRM: a tunnel through the proxy, passed through undecrypted (the fake's own certificate).
with httpx2.Client(proxy=proxy, verify=ssl.create_default_context(cafile=upstream_ca)) as crm:
    out["crm"] = crm.get("https://acme.my.salesforce.com/services/data/").status_code
# A DNS lookup, then a direct connection to the answer (bypassing the proxy).
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
    udp.settimeout(5)
    udp.sendto(bytes(DNS(id=7, rd=1, qd=DNSQR(qname="api.anthropic.com"))), (dns_server, 53))
    address = DNS(udp.recv(2048)).an[0].rdata
with socket.create_connection((address, int(direct_port))) as direct:
    direct.sendall(b"d" * 4321)
    direct.shutdown(socket.SHUT_WR)
    out["direct_reply"] = len(direct.recv(65536))
# An address no DNS answer named: traced only because the policy's cgroup selector names the pod.
with socket.create_connection((other_address, int(direct_port))) as other:
    other.shutdown(socket.SHUT_WR)
    out["other_reply"] = len(other.recv(65536))
print(json.dumps(out))
"""


@pytest.fixture
def pod() -> Iterator[PodSandbox]:
    sandbox = PodSandbox.create(cgroup=False)  # its cgroup appears after the agent started
    yield sandbox
    sandbox.close()


@pytest.fixture
def agent(tmp_path: Path, upstream: Upstream, pod: PodSandbox) -> Iterator[ProxyProcess]:
    dns = FakeDns(lambda name, qtype: pod.host_ipv4 if (name, qtype) == ("api.anthropic.com", 1) else None,
                  pod.host_ipv4, 53)
    policy = tmp_path / "pods-by-cgroup.yaml"
    policy.write_text(POLICY)
    process = start_proxy(tmp_path / "agent", policy, upstream.fake.port, upstream.pki.ca_cert, hosts=FAKE_HOSTS,
                          command="agent", listen_host=pod.host_ipv4,
                          extra_args=("--workers", "1", "--dns-interface", pod.host_if,
                                      "--resolver", f"{pod.host_ipv4}:53", "--inventory-interval", "3600"))
    yield process
    process.stop()
    dns.close()


def test_pod_flows_are_attributed_decided_by_cgroup_and_inventoried(agent, pod, upstream, tmp_path):
    pod.make_cgroup()
    time.sleep(CGROUP_RESCAN_S + 1)  # the agent's rescan finds the new cgroup its policy names
    direct = EchoServer()
    try:
        workload = pod.start(POD_SCRIPT, agent.url, str(agent.ca), str(upstream.pki.ca_cert), pod.host_ipv4,
                             str(direct.port), pod.host_ipv6)
        out, err = workload.communicate(timeout=120)
    finally:
        direct.close()
    assert workload.returncode == 0, err + agent.log_text()
    result = json.loads(out)
    assert result["personal"].startswith("blocked: ") and "personal-data-stays-sovereign" in result["personal"]
    assert result["harmless"] == "[fake-openai] "[:14] and result["crm"] == 200
    assert result["direct_reply"] == result["other_reply"] == 3333
    agent.stop()  # SIGTERM: the agent drains the audit log and writes the final inventory

    records, _ = read_new(agent.events, 0)
    assert verify(agent.events).ok
    decisions = [r for r in records if r.get("schema") == "embargo.decision/1" and r.get("decision")]
    blocked = [d for d in decisions if d["decision"]["enforced_action"] == "block"]
    assert [d["decision"]["rule"] for d in blocked] == ["personal-data-stays-sovereign"]
    for event in decisions:
        workload_view = event["workload"]
        assert workload_view["client_ip"] == pod.pod_ipv4
        kernel = workload_view["kernel"]
        assert kernel["tgid"] == workload.pid and kernel["comm"].startswith("python")
        assert kernel["cgroup"] == pod.cgroup_path and kernel["container_id"] == pod.container_id
        assert kernel["pod_uid"] == pod.pod_uid and kernel["runtime"] == "containerd"
        assert kernel["attribution"] == "container"  # no API server: pod metadata honestly absent

    connections = [r for r in records if r.get("schema") == "embargo.connection/1"]
    [other] = [r for r in connections if r["phase"] == "connect" and r["destination"]["address"] == pod.host_ipv6]
    assert other["destination"]["hosts"] == [] and other["workload"]["kernel"]["container_id"] == pod.container_id
    [connect] = [r for r in connections if r["phase"] == "connect" and r["destination"]["address"] == pod.host_ipv4
                 and r["destination"]["port"] == direct.port]
    assert [h["host"] for h in connect["destination"]["hosts"]] == ["api.anthropic.com"]
    assert connect["workload"]["kernel"]["container_id"] == pod.container_id and connect["result"] == 0
    [close] = [r for r in connections if r["phase"] == "close" and r["destination"]["address"] == pod.host_ipv4
               and r["destination"]["port"] == direct.port]
    assert (close["bytes_sent"], close["bytes_received"]) == (4321, 3333)

    inventory_file = agent.events.with_name("inventory.json")
    snapshot = json.loads(inventory_file.read_text())
    [entry] = [w for w in snapshot["workloads"] if w["workload"].get("container_id") == pod.container_id]
    assert entry["category"] == "crm-and-ai"
    hosts = {(h["kind"], h["host"]): h for h in entry["hosts"]}
    assert set(hosts) == {("ai", "api.openai.com"), ("crm", "acme.my.salesforce.com"), ("ai", "api.anthropic.com")}
    assert hosts[("ai", "api.anthropic.com")]["via"] == ["kernel"]
    assert hosts[("ai", "api.anthropic.com")]["bytes_sent"] == 4321
    assert hosts[("crm", "acme.my.salesforce.com")]["via"] == ["proxy"]
    assert snapshot["status"]["tracing"] is True and snapshot["status"]["lost_ringbuf_full"] == 0
    assert any(r.get("schema") == "embargo.inventory/1" for r in records)

    printed = subprocess.run([sys.executable, "-m", "agent.cli", "inventory", "--file", str(inventory_file)],
                             capture_output=True, text=True, check=True).stdout
    assert "Talk to the CRM and to AI endpoints" in printed and f"pod-uid/{pod.pod_uid}" in printed
