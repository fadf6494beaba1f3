"""Where a redirected connection was going: mitmproxy's transparent mode, fed by our map.

mitmproxy's transparent mode asks `mitmproxy.platform.original_addr(socket)` for the
destination a client dialled; on Linux that is SO_ORIGINAL_DST, which only netfilter's
conntrack knows. A cgroup connect hook rewrites the destination before any packet exists,
so there is no conntrack entry: the kernel program keeps the original instead (by socket
cookie, then by the client's address and port once the connection is established), and this
lookup answers from it, falling back to SO_ORIGINAL_DST for connections redirected by
nftables or iptables.
"""

from __future__ import annotations

import socket
from collections.abc import Callable

import mitmproxy.platform

Lookup = Callable[[str, int], "tuple[str, int] | None"]


def install(lookup: Lookup) -> Callable[[socket.socket], tuple[str, int]]:
    """Make mitmproxy's transparent mode ask `lookup(peer_ip, peer_port)` first."""
    fallback = mitmproxy.platform.original_addr

    def original_addr(sock: socket.socket) -> tuple[str, int]:
        peer = sock.getpeername()
        found = lookup(peer[0].removeprefix("::ffff:"), peer[1])
        if found is not None:
            return found
        if fallback is None:
            raise OSError(f"no original destination recorded for {peer[0]} port {peer[1]}")
        return fallback(sock)

    mitmproxy.platform.original_addr = original_addr
    return original_addr
