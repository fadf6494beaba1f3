"""rtnetlink with the standard library: the node's link events, and network namespace ids.

    with LinkEvents.open() as events:          # subscribed before the caller lists the links
        for link in events.read(timeout=0.5): ...   # Link(ifindex, name, kind, peer_nsid, deleted)

The kernel multicasts RTM_NEWLINK for every link created or changed (a veth's peer moved
into a pod's namespace, brought up, renamed) and RTM_DELLINK for every link removed, to
sockets bound to the RTMGRP_LINK group. When the socket's buffer overflows the kernel
drops messages and the next read fails with ENOBUFS: `read` then raises `EventsLost`, and
the caller must list the links afresh.
"""

from __future__ import annotations

import errno
import socket
import struct
from dataclasses import dataclass

RTM_NEWLINK, RTM_DELLINK = 16, 17
RTM_NEWNSID, RTM_GETNSID = 88, 90
RTMGRP_LINK = 1
IFLA_IFNAME, IFLA_LINKINFO, IFLA_LINK_NETNSID = 3, 18, 37
IFLA_INFO_KIND = 1
NETNSA_NSID, NETNSA_PID = 1, 2
NLM_F_REQUEST = 1
NLMSG_HEADER = struct.Struct("=IHHII")  # length, type, flags, sequence, port id
IFINFOMSG = struct.Struct("=BxHiII")  # family, type, index, flags, change
RTATTR = struct.Struct("=HH")  # length, type
RECEIVE_BUFFER = 1 << 20


class EventsLost(Exception):
    """The kernel dropped link events (the socket's buffer overflowed): list the links again."""


@dataclass(frozen=True, slots=True)
class Link:
    ifindex: int
    name: str
    kind: str  # IFLA_INFO_KIND: "veth", "bridge", ... ("" for a link without one, e.g. a physical NIC)
    peer_nsid: int | None  # IFLA_LINK_NETNSID: the namespace (by this namespace's id for it) the peer lives in
    deleted: bool = False


def attributes(data: bytes, offset: int, end: int) -> dict[int, bytes]:
    """The rtattrs in data[offset:end], by type (the NLA_F_* flag bits masked off)."""
    found = {}
    while offset + RTATTR.size <= end:
        size, kind = RTATTR.unpack_from(data, offset)
        if size < RTATTR.size:
            break
        found[kind & 0x3FFF] = data[offset + RTATTR.size:offset + size]
        offset += (size + 3) & ~3
    return found


def parse_link(message: bytes, kind: int) -> Link:
    """An RTM_NEWLINK / RTM_DELLINK message (its netlink header included)."""
    _family, _type, ifindex, _flags, _change = IFINFOMSG.unpack_from(message, NLMSG_HEADER.size)
    found = attributes(message, NLMSG_HEADER.size + IFINFOMSG.size, len(message))
    info = attributes(found.get(IFLA_LINKINFO, b""), 0, len(found.get(IFLA_LINKINFO, b"")))
    netnsid = struct.unpack("=i", found[IFLA_LINK_NETNSID])[0] if IFLA_LINK_NETNSID in found else -1
    return Link(ifindex, found.get(IFLA_IFNAME, b"").rstrip(b"\0").decode(errors="replace"),
                info.get(IFLA_INFO_KIND, b"").rstrip(b"\0").decode(errors="replace"),
                netnsid if netnsid >= 0 else None, kind == RTM_DELLINK)


def messages(data: bytes) -> list[tuple[int, bytes]]:
    """(type, message) of each netlink message in one datagram."""
    found, offset = [], 0
    while offset + NLMSG_HEADER.size <= len(data):
        length, kind = NLMSG_HEADER.unpack_from(data, offset)[:2]
        if length < NLMSG_HEADER.size:
            break
        found.append((kind, data[offset:offset + length]))
        offset += (length + 3) & ~3
    return found


class LinkEvents:
    """A socket subscribed to the node's link events."""

    def __init__(self, sock: socket.socket):
        self.sock = sock

    @classmethod
    def open(cls) -> LinkEvents:
        sock = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW | socket.SOCK_CLOEXEC, socket.NETLINK_ROUTE)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, RECEIVE_BUFFER)
            sock.bind((0, RTMGRP_LINK))
        except OSError:
            sock.close()
            raise
        return cls(sock)

    def read(self, timeout: float) -> list[Link]:
        """The link events of the next datagram ([] after `timeout` seconds without one)."""
        self.sock.settimeout(timeout)
        try:
            data = self.sock.recv(65536)
        except socket.timeout:
            return []
        except OSError as err:
            if err.errno == errno.ENOBUFS:
                raise EventsLost() from None
            raise
        return [parse_link(message, kind) for kind, message in messages(data) if kind in (RTM_NEWLINK, RTM_DELLINK)]

    def close(self) -> None:
        self.sock.close()

    def __enter__(self) -> LinkEvents:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def namespace_id(pid: int) -> int | None:
    """The node namespace's id for pid's network namespace (RTM_GETNSID: no privilege needed);
    None when it has none (the node's own namespace, or one no veth of the node leads to) or
    the process is gone."""
    body = struct.pack("=B3x", socket.AF_UNSPEC) + RTATTR.pack(8, NETNSA_PID) + struct.pack("=I", pid)
    request = NLMSG_HEADER.pack(NLMSG_HEADER.size + len(body), RTM_GETNSID, NLM_F_REQUEST, 1, 0) + body
    with socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, socket.NETLINK_ROUTE) as sock:
        sock.sendto(request, (0, 0))
        reply = sock.recv(4096)
    if NLMSG_HEADER.unpack_from(reply)[1] != RTM_NEWNSID:
        return None  # NLMSG_ERROR: no such process
    found = attributes(reply, NLMSG_HEADER.size + 4, len(reply))
    nsid = struct.unpack("=i", found[NETNSA_NSID])[0] if NETNSA_NSID in found else -1
    return nsid if nsid >= 0 else None
