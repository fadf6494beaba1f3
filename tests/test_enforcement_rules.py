"""Kernel enforcement's pure parts: which cgroups are protected, redirect targets, denial events."""

from __future__ import annotations

import ctypes
from pathlib import Path

import pytest

from agent.catalog import DEFAULT_CATALOG, Catalog
from agent.dns_observer import HostnameView
from agent.enforcement.enforcer import EXEMPT, PROTECT, Denial, _Denial, decode_denial
from agent.enforcement.netlink import (IFINFOMSG, IFLA_IFNAME, IFLA_INFO_KIND, IFLA_LINK_NETNSID, IFLA_LINKINFO,
                                       NLMSG_HEADER, RTATTR, RTM_DELLINK, RTM_NEWLINK, Link, messages, parse_link)
from agent.enforcement.protection import (KERNEL_DENY_PHASE, NET_RAW_PHASE, PodNetwork, cgroup_modes, denial_event,
                                          guards_veth, holds_net_raw, net_raw_event, pod_networks, protected_leaves)
from agent.enforcement.veth_guard import in_scope
from agent.enforcement.service import redirect_targets
from agent.policy.model import load_policy
from agent.workload import PodInfo, Workload

POLICY = """
apiVersion: embargo.dev/v1
kind: EgressPolicy
name: pods
version: "1"
protects:
  - cgroup: "/kubepods.slice/*/*/cri-containerd-aaaa*.scope"
  - pod: {namespace: crm}
rules: []
"""

ROOT = "/kubepods.slice"
POD = f"{ROOT}/kubepods-besteffort.slice/kubepods-besteffort-pod1.slice"
PATHS = {
    10: ROOT,
    11: f"{ROOT}/kubepods-besteffort.slice",
    12: POD,
    13: f"{POD}/cri-containerd-aaaa1.scope",  # named by the cgroup selector
    14: f"{POD}/cri-containerd-bbbb2.scope",  # not named
    15: f"{ROOT}/kubepods-besteffort.slice/kubepods-besteffort-pod2.slice/cri-containerd-cccc3.scope",  # pod in crm
    16: f"{ROOT}/kubepods-besteffort.slice/kubepods-besteffort-pod3.slice/cri-containerd-dddd4.scope",  # pod unknown yet
    20: "/system.slice/other.service",  # outside the attach point
}


@pytest.fixture
def policy(tmp_path: Path):
    path = tmp_path / "policy.yaml"
    path.write_text(POLICY)
    return load_policy(path)


def workload_of(cgroup_id: int) -> Workload:
    path = PATHS[cgroup_id]
    pod = {15: PodInfo("crm", "sync-0", "uid-2")}.get(cgroup_id)
    pod_uid = {15: "uid-2", 16: "uid-3"}.get(cgroup_id)
    return Workload(cgroup_id=cgroup_id, cgroup=path, pod_uid=pod_uid, pod=pod)


def test_deny_until_known_protects_the_attach_point_and_exempts_leaves_the_policy_does_not_name(policy):
    modes = cgroup_modes(ROOT, PATHS, 10, policy, workload_of, "protect", own_cgroups=[14], pods_known=True)
    # Intermediate cgroups get no entry (their new children inherit the attach point's PROTECT);
    # the pod whose metadata is not listed yet stays protected; the agent's own cgroup is exempt.
    assert modes == {10: PROTECT, 13: PROTECT, 14: EXEMPT, 15: PROTECT}


def test_pass_by_default_protects_only_what_the_policy_names(policy):
    modes = cgroup_modes(ROOT, PATHS, 10, policy, workload_of, "pass")
    assert modes == {13: PROTECT, 15: PROTECT}


def test_without_pod_metadata_an_unnamed_pod_is_exempt_rather_than_waiting_forever(policy):
    modes = cgroup_modes(ROOT, PATHS, 10, policy, workload_of, "protect", pods_known=False)
    assert modes[16] == EXEMPT and modes[14] == EXEMPT


def test_unknown_default_is_refused(policy):
    with pytest.raises(ValueError, match="protect"):
        cgroup_modes(ROOT, PATHS, 10, policy, workload_of, "deny")


def test_redirect_targets_take_one_port_and_real_addresses():
    assert redirect_targets([("10.0.0.5", 3129), ("fd00::5", 3129)]) == ("10.0.0.5", "fd00::5", 3129)
    assert redirect_targets([]) == (None, None, 0)
    with pytest.raises(ValueError, match="one port"):
        redirect_targets([("10.0.0.5", 3129), ("fd00::5", 3130)])
    with pytest.raises(ValueError, match="node address"):
        redirect_targets([("0.0.0.0", 3129)])


def test_a_kernel_record_decodes_with_ipv4_mapped_addresses_unmapped():
    raw = _Denial(cgroup_id=7, tgid=42, pid=43, uid=1000, family=10, protocol=17, dport=443, reason=2, comm=b"curl")
    ctypes.memmove(raw.daddr, b"\0" * 10 + b"\xff\xff" + bytes([203, 0, 113, 9]), 16)
    denial = decode_denial(bytes(raw))
    assert denial == Denial(42, 43, 1000, "curl", 7, "ipv6", "udp", "203.0.113.9", 443, "udp-port")


def test_a_denial_becomes_a_kernel_deny_decision_event_named_by_the_dns_view(policy):
    catalog = Catalog.load(DEFAULT_CATALOG)
    names = HostnameView(catalog)
    names.observe("api.openai.com", "203.0.113.9", 300)
    workload = Workload(tgid=42, comm="curl", cgroup=PATHS[13], container_id="aaaa1", attribution="container")
    denial = Denial(42, 42, 0, "curl", 13, "ipv4", "tcp", "203.0.113.9", 8443, "ai-address")
    record = denial_event(denial, workload, names, catalog, policy, "node-1", "EMB-TEST").to_dict()
    assert record["phase"] == KERNEL_DENY_PHASE == "kernel.deny"
    assert record["host"] == "api.openai.com" and record["destination"]["provider"] == "openai"
    assert record["decision"]["rule"] == "builtin:kernel-ai-address" and record["decision"]["enforced_action"] == "block"
    assert "tcp 203.0.113.9 port 8443" in record["decision"]["reasons"]
    assert record["workload"]["kernel"]["container_id"] == "aaaa1" and record["incident_id"] == "EMB-TEST"

    raw_socket = Denial(42, 42, 0, "scapy", 13, "ipv4", "raw", "", 0, "raw-socket")
    record = denial_event(raw_socket, workload, names, catalog, policy, "node-1", "EMB-TEST2").to_dict()
    assert record["host"] == "" and record["destination"] is None
    assert "raw (raw socket)" in record["decision"]["reasons"]


def test_dry_run_shows_the_enforcement_programs_and_settings_without_loading(tmp_path: Path):
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "agent.cli", "agent", "--dry-run", "--no-tracing",
                          "--policy", "policies/default.yaml", "--events", str(tmp_path / "audit.jsonl"),
                          "--enforce-cgroup", "/kubepods.slice", "--enforce-port", "8443",
                          "--transparent", "10.0.0.5:3129", "--guard-veths", "cali*"], capture_output=True, text=True, check=True).stdout
    for line in ("attach cgroup:connect4", "attach cgroup:sendmsg6", "attach cgroup:sock_ops", "map    ai_addresses",
                 "attach tc:ingress emb_veth_guard", "part   veth_guard.c", "map    layout",
                 "enforce at cgroup /kubepods.slice (unclassified cgroups and veths: pass); TCP ports 8443",
                 "frame guard on veths cali*;",
                 "transparent listeners: [('10.0.0.5', 3129)]"):
        assert line in out, line


def test_protected_leaves_follow_the_nearest_table_entry(policy):
    modes = cgroup_modes(ROOT, PATHS, 10, policy, workload_of, "protect", own_cgroups=[14], pods_known=True)
    # 16 has no entry of its own: the attach point's PROTECT covers it (deny-until-known).
    assert sorted(protected_leaves(ROOT, PATHS, modes)) == [13, 15, 16]
    assert sorted(protected_leaves(ROOT, PATHS, cgroup_modes(ROOT, PATHS, 10, policy, workload_of, "pass"))) == [13, 15]


def test_a_guard_record_decodes_with_its_interface_and_an_older_shorter_record_still_decodes():
    raw = _Denial(family=2, protocol=6, dport=443, reason=5, ifindex=31, frames=12)
    ctypes.memmove(raw.daddr, b"\0" * 10 + b"\xff\xff" + bytes([10, 240, 1, 1]), 16)
    frame = decode_denial(bytes(raw))
    assert (frame.reason, frame.protocol, frame.address, frame.port, frame.ifindex, frame.frames, frame.tgid) == \
        ("raw-frame", "tcp", "10.240.1.1", 443, 31, 12, 0)
    not_ip = decode_denial(bytes(_Denial(reason=6, ifindex=31, frames=1)))
    assert (not_ip.reason, not_ip.family, not_ip.protocol, not_ip.address) == ("not-ip", "", "", "")
    sctp = _Denial(family=10, protocol=132, dport=443, reason=5, ifindex=31, frames=1)
    assert decode_denial(bytes(sctp)).protocol == "ip-132"
    older = bytes(_Denial(cgroup_id=7, tgid=42, family=2, protocol=17, dport=443, reason=2))[:-8]  # before ifindex, frames
    assert decode_denial(older).ifindex == 0 and decode_denial(older).reason == "udp-port"


def test_dropped_frames_and_cap_net_raw_become_attributed_events(policy):
    catalog = Catalog.load(DEFAULT_CATALOG)
    names = HostnameView(catalog)
    names.observe("api.openai.com", "203.0.113.9", 300)
    workload = Workload(tgid=42, cgroup=PATHS[13], container_id="aaaa1", attribution="container")
    frames = Denial(0, 0, 0, "", 0, "ipv4", "udp", "203.0.113.9", 443, "raw-frame", ifindex=31, frames=5)
    record = denial_event(frames, workload, names, catalog, policy, "node-1", "EMB-F").to_dict()
    assert record["decision"]["rule"] == "builtin:kernel-raw-frame" and record["host"] == "api.openai.com"
    assert "5 frame(s) on interface 31: ipv4 udp 203.0.113.9 port 443" in record["decision"]["reasons"]

    assert holds_net_raw(0x2000) and not holds_net_raw(0xA80425FB & ~0x2000)
    guarded = net_raw_event(workload, 42, "veth1234", policy, "node-1").to_dict()
    assert guarded["phase"] == NET_RAW_PHASE == "kernel.capability"
    assert guarded["decision"]["rule"] == "builtin:protected-cap-net-raw" and guarded["decision"]["enforced_action"] == "allow"
    assert guarded["workload"]["kernel"]["container_id"] == "aaaa1" and "veth1234" in guarded["decision"]["reasons"][1]
    unguarded = net_raw_event(workload, 42, None, policy, "node-1").to_dict()
    assert "NOT filtered" in unguarded["decision"]["reasons"][1]


def test_leaves_where_a_named_process_was_seen_are_protected_like_named_cgroups(policy):
    assert cgroup_modes(ROOT, PATHS, 10, policy, workload_of, "pass", process_named=[14]) == \
        {13: PROTECT, 14: PROTECT, 15: PROTECT}


def test_a_veth_is_guarded_when_its_pod_is_protected_or_while_it_is_not_classified_under_deny_until_known():
    protected, unprotected = PodNetwork(100, 13, True), PodNetwork(200, 14, False)
    assert [guards_veth(n, "protect") for n in (protected, unprotected, None)] == [True, False, True]
    assert [guards_veth(n, "pass") for n in (protected, unprotected, None)] == [True, False, False]
    with pytest.raises(ValueError, match="protect"):
        guards_veth(None, "maybe")


def test_a_namespace_any_protected_cgroup_lives_in_is_protected():
    sibling, container, other = PodNetwork(1, 14, False), PodNetwork(2, 13, True), PodNetwork(3, 15, False)
    assert pod_networks([(4, sibling), (4, container), (5, other), (5, PodNetwork(9, 16, False))]) == {
        4: container, 5: other}
    assert pod_networks([(4, container), (4, sibling)]) == {4: container}


def test_guard_scope_is_the_veth_name_globs():
    assert in_scope("cali12ab", ["cali*", "lxc*"]) and in_scope("lxc0", ["cali*", "lxc*"])
    assert not in_scope("docker0a", ["cali*", "lxc*"]) and in_scope("anything", ["*"])


def _attribute(kind: int, value: bytes) -> bytes:
    body = RTATTR.pack(RTATTR.size + len(value), kind) + value
    return body + b"\0" * (-len(body) % 4)


def _link_message(kind: int, ifindex: int, *attributes: bytes) -> bytes:
    body = IFINFOMSG.pack(0, 1, ifindex, 0, 0) + b"".join(attributes)
    return NLMSG_HEADER.pack(NLMSG_HEADER.size + len(body), kind, 0, 0, 0) + body


def test_link_events_decode_name_kind_and_the_peer_namespace():
    new = _link_message(RTM_NEWLINK, 869, _attribute(IFLA_IFNAME, b"cali1a2b\0"),
                        _attribute(IFLA_LINKINFO, _attribute(IFLA_INFO_KIND, b"veth\0")),
                        _attribute(IFLA_LINK_NETNSID, (3).to_bytes(4, "little")))
    same_namespace = _link_message(RTM_NEWLINK, 870, _attribute(IFLA_IFNAME, b"eth0\0"))
    gone = _link_message(RTM_DELLINK, 869, _attribute(IFLA_IFNAME, b"cali1a2b\0"))
    datagram = new + same_namespace + gone
    assert [kind for kind, _ in messages(datagram)] == [RTM_NEWLINK, RTM_NEWLINK, RTM_DELLINK]
    assert [parse_link(message, kind) for kind, message in messages(datagram)] == [
        Link(869, "cali1a2b", "veth", 3), Link(870, "eth0", "", None), Link(869, "cali1a2b", "", None, deleted=True)]
    assert messages(datagram[:10]) == []  # a truncated header is not read past
