"""A DNS server for tests: UDP, answers built by scapy from a function of (name, qtype)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable

from scapy.layers.dns import DNS, DNSRR

QTYPES = {1: "A", 28: "AAAA"}


class FakeDns:
    """`answer(name, qtype)` gives the address to answer with, or None for NXDOMAIN."""

    def __init__(self, answer: Callable[[str, int], str | None], host: str = "127.0.0.1", port: int = 0, ttl: int = 77):
        self.answer = answer
        self.ttl = ttl
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind((host, port))
        self.address = self.sock.getsockname()
        self.queries: list[str] = []
        self.sock.settimeout(0.2)  # the loop looks at `_stopping` this often
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stopping.is_set():
            try:
                data, peer = self.sock.recvfrom(2048)
            except TimeoutError:
                continue
            query = DNS(data)
            question = query.qd[0]
            name = question.qname.decode()
            self.queries.append(name)
            rdata = self.answer(name.rstrip("."), question.qtype)
            if rdata is None:
                reply = DNS(id=query.id, qr=1, aa=1, rcode=3, qd=query.qd)
            else:
                record = DNSRR(rrname=question.qname, type=QTYPES[question.qtype], rdata=rdata, ttl=self.ttl)
                reply = DNS(id=query.id, qr=1, aa=1, qd=query.qd, an=[record])
            self.sock.sendto(bytes(reply), peer)

    def close(self) -> None:
        """Stops the thread before closing: a socket closed under a blocked `recvfrom` stays bound
        in the kernel until that call returns, and a later test's bind to the address would fail."""
        self._stopping.set()
        self._thread.join()
        self.sock.close()
