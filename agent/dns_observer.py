"""IP -> hostname view of the catalog's endpoints, from DNS answers seen on the node.

The kernel reports connections by address; the inventory and the events want names.
Two sources feed `HostnameView`:
- `DnsObserver`: DNS answers (UDP, source port 53) captured on the node's interfaces by
  an AF_PACKET socket with a classic BPF filter in the kernel, decoded by scapy. Replies
  to pods cross the node's interfaces, so their lookups are seen too.
- `resolve_names`: the catalog's exact host names asked of the node's resolver, so that
  the view is filled before any workload looks them up.

Names expire with their TTL. An address may serve many names (CDNs, shared front ends):
the view keeps every live name, says which ones are in the catalog and whether unrelated
names share the address. It labels observations; it never decides enforcement.
"""

from __future__ import annotations

import ctypes
import ipaddress
import logging
import socket
import struct
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from agent.catalog import Catalog, CatalogEntry, normalise_host

log = logging.getLogger("embargo.dns")

MIN_TTL_S, MAX_TTL_S = 5, 24 * 3600  # bound what an answer can claim


@dataclass(frozen=True, slots=True)
class CatalogName:
    host: str
    endpoint_id: str
    kind: str  # ai | crm


@dataclass(frozen=True, slots=True)
class AddressNames:
    """What an address is known as right now."""

    catalog: tuple[CatalogName, ...]  # catalog hosts among its names
    other_names: int  # live names outside the catalog that share the address

    @property
    def shared(self) -> bool:
        return self.other_names > 0

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(n.kind for n in self.catalog)


class HostnameView:
    """address -> {name: expiry}, bounded; thread-safe (the observer thread writes)."""

    def __init__(self, catalog: Catalog, max_addresses: int = 65536, clock: Callable[[], float] = time.time):
        self.catalog = catalog
        self.max_addresses = max_addresses
        self.clock = clock
        self._names: OrderedDict[str, dict[str, float]] = OrderedDict()
        self._lock = threading.Lock()
        self.on_catalog_address: Callable[[str, CatalogName], None] | None = None

    def catalog_name(self, host: str) -> CatalogName | None:
        host = normalise_host(host)
        entry: CatalogEntry | None = next((e for e in self.catalog.entries if any(p.fullmatch(host) for p in e.patterns)), None)
        return CatalogName(host, entry.id, entry.kind) if entry else None

    def observe(self, name: str, address: str, ttl: int) -> None:
        name = normalise_host(name)
        address = _canonical(address)
        expiry = self.clock() + min(max(ttl, MIN_TTL_S), MAX_TTL_S)
        with self._lock:
            names = self._names.setdefault(address, {})
            new = name not in names or names[name] < self.clock()
            names[name] = max(expiry, names.get(name, 0.0))
            self._names.move_to_end(address)
            while len(self._names) > self.max_addresses:
                self._names.popitem(last=False)
        if new and self.on_catalog_address and (catalog := self.catalog_name(name)):
            self.on_catalog_address(address, catalog)

    def lookup(self, address: str) -> AddressNames:
        now = self.clock()
        with self._lock:
            live = [n for n, expiry in self._names.get(_canonical(address), {}).items() if expiry >= now]
        catalog = tuple(c for c in map(self.catalog_name, sorted(live)) if c)
        return AddressNames(catalog, len(live) - len(catalog))

    def catalog_addresses(self) -> dict[str, tuple[CatalogName, ...]]:
        """Every address with a live catalog name (what the tracer watches)."""
        with self._lock:
            addresses = list(self._names)
        return {a: names.catalog for a in addresses if (names := self.lookup(a)).catalog}


@lru_cache(maxsize=4096)
def _canonical(address: str) -> str:
    parsed = ipaddress.ip_address(address)
    if isinstance(parsed, ipaddress.IPv6Address) and parsed.ipv4_mapped:
        return str(parsed.ipv4_mapped)
    return str(parsed)


def record_answers(view: HostnameView, dns) -> int:
    """Feed a decoded scapy DNS response into the view; returns the addresses recorded.

    Each A/AAAA record is tied to the name asked (the head of its CNAME chain), since the
    client connects to the address believing it is that name, and to catalog names met
    along the chain.
    """
    from scapy.layers.dns import DNSRR

    if not dns.qr or dns.rcode != 0 or not dns.qd:
        return 0
    aliases: dict[str, str] = {}  # CNAME target -> owner
    records = []
    for rr in dns.an or ():
        if not isinstance(rr, DNSRR):
            continue
        owner = normalise_host(rr.rrname.decode(errors="replace"))
        if rr.type == 5:  # CNAME
            aliases[normalise_host(rr.rdata.decode(errors="replace") if isinstance(rr.rdata, bytes) else str(rr.rdata))] = owner
        elif rr.type in (1, 28):  # A, AAAA
            records.append((owner, str(rr.rdata), rr.ttl))
    for owner, address, ttl in records:
        chain, name = [owner], owner
        while name in aliases and aliases[name] not in chain:
            name = aliases[name]
            chain.append(name)
        # The name asked (the chain's head) and any catalog name on the way; a CDN's own
        # intermediate names are not other sites sharing the address.
        for each in {chain[-1], *(n for n in chain if view.catalog_name(n))}:
            view.observe(each, address, ttl)
    return len(records)


# --- capturing answers ---------------------------------------------------------------------

SO_ATTACH_FILTER = 26
ETH_P_ALL = 0x0003
PACKET_OUTGOING = 4
# "udp and src port 53" over Ethernet, IPv4 (unfragmented) and IPv6, as tcpdump -dd writes it.
_UDP_SRC_53 = (
    (0x28, 0, 0, 12), (0x15, 0, 4, 0x86DD), (0x30, 0, 0, 20), (0x15, 0, 11, 17), (0x28, 0, 0, 54),
    (0x15, 8, 9, 53), (0x15, 0, 8, 0x0800), (0x30, 0, 0, 23), (0x15, 0, 6, 17), (0x28, 0, 0, 20),
    (0x45, 4, 0, 0x1FFF), (0xB1, 0, 0, 14), (0x48, 0, 0, 14), (0x15, 0, 1, 53), (0x06, 0, 0, 0x40000),
    (0x06, 0, 0, 0),
)


def _attach_filter(sock: socket.socket) -> None:
    program = b"".join(struct.pack("HBBI", *insn) for insn in _UDP_SRC_53)
    buffer = ctypes.create_string_buffer(program)
    fprog = struct.pack("HxxxxxxQ", len(_UDP_SRC_53), ctypes.addressof(buffer))
    sock.setsockopt(socket.SOL_SOCKET, SO_ATTACH_FILTER, fprog)


class DnsObserver:
    """Reads DNS answers from every interface (or one) in a thread; needs CAP_NET_RAW."""

    def __init__(self, view: HostnameView, interface: str | None = None):
        self.view = view
        self.interface = interface
        self.answers = 0  # responses decoded
        self.undecodable = 0
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    def start(self) -> None:
        sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL))
        _attach_filter(sock)
        if self.interface:
            sock.bind((self.interface, 0))
        sock.settimeout(0.2)
        self._sock = sock
        self._thread = threading.Thread(target=self._run, name="embargo-dns", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(timeout=5)
        if self._sock:
            self._sock.close()

    def _run(self) -> None:
        from scapy.layers.dns import DNS
        from scapy.layers.l2 import Ether

        assert self._sock is not None
        while not self._stop.is_set():
            try:
                frame, address = self._sock.recvfrom(65535)
            except TimeoutError:
                continue
            except OSError:
                return
            if address[2] == PACKET_OUTGOING:
                continue  # the same answer is seen again where it is received
            try:
                dns = Ether(frame).getlayer(DNS)
                if dns is None:  # scapy left what it could not dissect as raw bytes
                    self.undecodable += 1
                    continue
                record_answers(self.view, dns)
                self.answers += 1
            except Exception:  # noqa: BLE001 - a malformed packet must not stop the observer
                self.undecodable += 1


# --- asking the resolver -------------------------------------------------------------------


def system_resolver(resolv_conf: Path = Path("/etc/resolv.conf")) -> tuple[str, int] | None:
    try:
        for line in resolv_conf.read_text().splitlines():
            parts = line.split()
            if len(parts) >= 2 and parts[0] == "nameserver":
                return parts[1], 53
    except OSError:
        pass
    return None


def resolve_names(view: HostnameView, names: Iterable[str], resolver: tuple[str, int], timeout_s: float = 2.0) -> int:
    """Ask `resolver` for A and AAAA records of each name (queries built and answers decoded
    by scapy, so TTLs are kept); returns the number of addresses recorded."""
    from scapy.layers.dns import DNS, DNSQR

    family = socket.AF_INET6 if ":" in resolver[0] else socket.AF_INET
    recorded = 0
    with socket.socket(family, socket.SOCK_DGRAM) as sock:
        sock.settimeout(timeout_s)
        sock.connect(resolver)
        for query_id, (name, qtype) in enumerate(((n, t) for n in names for t in ("A", "AAAA")), start=1):
            sock.send(bytes(DNS(id=query_id, rd=1, qd=DNSQR(qname=name, qtype=qtype))))
            try:
                while True:
                    answer = DNS(sock.recv(65535))
                    if answer.id == query_id:
                        break
            except (TimeoutError, OSError) as err:
                log.warning("embargo: resolving %s %s failed: %s", name, qtype, type(err).__name__)
                continue
            recorded += record_answers(view, answer)
    return recorded


def exact_catalog_hosts(catalog: Catalog) -> list[str]:
    """The catalog's host names without wildcards (wildcards are learnt from observed answers)."""
    return sorted({h for e in catalog.entries for h in e.hosts if "*" not in h and e.kind in ("ai", "crm")})
