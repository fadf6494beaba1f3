"""The IP -> hostname view: DNS answers (built and decoded by scapy), TTLs, CNAME chains,
addresses shared with unrelated sites; the resolver client against a fake DNS server on
loopback; and, as root, the packet observer on the loopback interface."""

from __future__ import annotations

import os
import random
import socket
import time

import pytest
from scapy.layers.dns import DNS, DNSQR, DNSRR

from agent.catalog import Catalog
from agent.dns_observer import DnsObserver, HostnameView, exact_catalog_hosts, record_answers, resolve_names
from tests.fake_dns import FakeDns

CATALOG = Catalog.load()


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def answer(name: str, *records: DNSRR, rcode: int = 0) -> DNS:
    """A response as it comes off the wire (encoded, then decoded)."""
    return DNS(bytes(DNS(id=1, qr=1, rcode=rcode, qd=DNSQR(qname=name), an=list(records))))


def test_answers_label_addresses_until_their_ttl_expires():
    clock = Clock()
    view = HostnameView(CATALOG, clock=clock)
    record_answers(view, answer("api.openai.com", DNSRR(rrname="api.openai.com", type="A", rdata="203.0.113.10", ttl=60)))
    [name] = view.lookup("203.0.113.10").catalog
    assert (name.host, name.endpoint_id, name.kind) == ("api.openai.com", "openai", "ai")
    assert view.lookup("::ffff:203.0.113.10").catalog == (name,)  # IPv4-mapped is the same address
    clock.now += 61
    assert view.lookup("203.0.113.10").catalog == ()


def test_cname_chains_label_the_name_asked_and_catalog_names_on_the_way():
    view = HostnameView(CATALOG, clock=Clock())
    record_answers(view, answer(
        "acme.my.salesforce.com",
        DNSRR(rrname="acme.my.salesforce.com", type="CNAME", rdata="na123.force.com.", ttl=300),
        DNSRR(rrname="na123.force.com", type="CNAME", rdata="edge.cdn.example.", ttl=300),
        DNSRR(rrname="edge.cdn.example", type="AAAA", rdata="2001:db8::53", ttl=20),
    ))
    names = view.lookup("2001:db8::53")
    assert [(n.host, n.kind) for n in names.catalog] == [("acme.my.salesforce.com", "crm"), ("na123.force.com", "crm")]
    assert not names.shared  # the CDN's own name is not another site


def test_a_cdn_address_shared_with_unrelated_sites_says_so():
    view = HostnameView(CATALOG, clock=Clock())
    record_answers(view, answer("api.anthropic.com", DNSRR(rrname="api.anthropic.com", type="A", rdata="198.51.100.5", ttl=300)))
    record_answers(view, answer("shop.example", DNSRR(rrname="shop.example", type="A", rdata="198.51.100.5", ttl=300)))
    names = view.lookup("198.51.100.5")
    assert [n.host for n in names.catalog] == ["api.anthropic.com"] and names.shared and names.other_names == 1
    assert view.lookup("198.51.100.6").catalog == ()


def test_errors_and_queries_record_nothing_and_ttls_are_bounded():
    clock = Clock()
    view = HostnameView(CATALOG, clock=clock)
    assert record_answers(view, answer("api.openai.com", rcode=3)) == 0
    assert record_answers(view, DNS(bytes(DNS(id=1, qd=DNSQR(qname="api.openai.com"))))) == 0
    record_answers(view, answer("api.openai.com", DNSRR(rrname="api.openai.com", type="A", rdata="203.0.113.1", ttl=0)))
    clock.now += 4
    assert view.lookup("203.0.113.1").catalog  # a zero TTL still labels for the minimum of 5 s
    record_answers(view, answer("api.openai.com", DNSRR(rrname="api.openai.com", type="A", rdata="203.0.113.2", ttl=2**31 - 1)))
    clock.now += 24 * 3600 + 10
    assert view.lookup("203.0.113.2").catalog == ()  # and at most a day


def test_new_catalog_addresses_are_announced_once():
    announced = []
    view = HostnameView(CATALOG, clock=Clock())
    view.on_catalog_address = lambda address, name: announced.append((address, name.host))
    for _ in range(2):
        record_answers(view, answer("api.mistral.ai", DNSRR(rrname="api.mistral.ai", type="A", rdata="192.0.2.44", ttl=60)))
    record_answers(view, answer("unrelated.example", DNSRR(rrname="unrelated.example", type="A", rdata="192.0.2.45", ttl=60)))
    assert announced == [("192.0.2.44", "api.mistral.ai")]
    assert set(view.catalog_addresses()) == {"192.0.2.44"}


def test_the_view_is_bounded():
    view = HostnameView(CATALOG, max_addresses=3, clock=Clock())
    for i in range(10):
        view.observe("api.openai.com", f"192.0.2.{i}", 60)
    assert set(view.catalog_addresses()) == {"192.0.2.7", "192.0.2.8", "192.0.2.9"}


def any_name(_name: str, qtype: int) -> str:
    return "192.0.2.1" if qtype == 1 else "2001:db8::1"


def test_catalog_hosts_are_resolved_with_their_ttls():
    resolver = FakeDns(any_name)
    clock = Clock()
    view = HostnameView(CATALOG, clock=clock)
    try:
        assert resolve_names(view, ["api.openai.com", "api.anthropic.com"], resolver.address) == 4
    finally:
        resolver.close()
    assert resolver.queries == ["api.openai.com.", "api.openai.com.", "api.anthropic.com.", "api.anthropic.com."]
    assert {n.host for n in view.lookup("192.0.2.1").catalog} == {"api.openai.com", "api.anthropic.com"}
    clock.now += 78
    assert view.lookup("2001:db8::1").catalog == ()
    hosts = exact_catalog_hosts(CATALOG)
    assert "api.openai.com" in hosts and not any("*" in h for h in hosts)


@pytest.mark.skipif(os.geteuid() != 0, reason="capturing packets and answering from port 53 need root")
def test_the_observer_decodes_answers_seen_on_an_interface():
    # DNS's own port, so that the observer's filter sees it; a random loopback address, so that
    # neither systemd-resolved's stub (127.0.0.53) nor a concurrent run holds it.
    server = f"127.53.{random.randrange(1, 255)}.{random.randrange(1, 255)}"
    resolver = FakeDns(lambda _name, _qtype: "192.0.2.203", server, 53)
    view = HostnameView(CATALOG)
    observer = DnsObserver(view, "lo")
    observer.start()
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as client:  # some workload's own lookup
            client.settimeout(5)
            client.sendto(bytes(DNS(id=9, rd=1, qd=DNSQR(qname="api.deepseek.com"))), (server, 53))
            client.recv(2048)
            resolver.sock.sendto(b"\x00\x01\x81\x80garbage", client.getsockname())  # a malformed answer
            client.recv(2048)
        deadline = time.monotonic() + 5
        while not (view.lookup("192.0.2.203").catalog and observer.undecodable) and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        observer.stop()
        resolver.close()
    assert "api.deepseek.com" in [n.host for n in view.lookup("192.0.2.203").catalog]
    # The malformed answer was read and dropped without stopping the observer. (Exact
    # counts are not asserted: other processes' DNS on loopback is seen too.)
    assert observer.undecodable >= 1 and observer.answers >= 1
