"""Addresses the proxy never connects to, whatever the host name resolves to.

Embargo must not become a way into the node or the cluster: a catalog host that
resolves (or is made to resolve, by DNS rebinding) to the node's loopback, to link-local
cloud metadata or to a cluster range is refused at connect time.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

from agent.policy.model import IpNetwork, client_address

ALWAYS_REFUSED: tuple[IpNetwork, ...] = tuple(
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8",          # "this network"; 0.0.0.0 reaches the node itself
        "127.0.0.0/8",        # the node's loopback
        "169.254.0.0/16",     # link-local: cloud metadata (169.254.169.254)
        "100.100.100.200/32", # Alibaba Cloud metadata
        "224.0.0.0/4",        # multicast
        "255.255.255.255/32",
        "::/128",
        "::1/128",
        "fe80::/10",          # link-local
        "fd00:ec2::254/128",  # AWS metadata over IPv6
        "ff00::/8",           # multicast
    )
)


class NetGuard:
    def __init__(self, cluster_ranges: Iterable[str] = ()):
        self.refused = ALWAYS_REFUSED + tuple(ipaddress.ip_network(r, strict=False) for r in cluster_ranges)

    def refusal(self, ip: str) -> str | None:
        """Why a connection to `ip` is refused, or None if it may be opened."""
        try:
            address = client_address(ip)
        except ValueError:
            return None  # a host name: checked once resolved
        for network in self.refused:
            if address.version == network.version and address in network:
                return f"destination address is in the refused range {network}"
        return None
