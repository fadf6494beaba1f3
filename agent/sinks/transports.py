"""How rendered messages leave: a file or stdout, syslog over UDP/TCP/TLS, HTTP POST.

A transport's `send(messages)` delivers a batch or raises `DeliveryError`; it never
retries itself (the sink's sender does, with backoff, from the spool). Errors carry a
short reason for logs and metrics: never a message, a token or a server's answer body.
"""

from __future__ import annotations

import gzip
import http.client
import socket
import ssl
import sys
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit


class DeliveryError(Exception):
    """A batch was not delivered. `permanent`: retrying the same batch can never succeed."""

    def __init__(self, reason: str, permanent: bool = False):
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent


class Transport(Protocol):
    def send(self, messages: list[bytes]) -> None: ...

    def close(self) -> None: ...


class FileTransport:
    """JSON lines to a file (appended) or, for path `-`, to stdout."""

    def __init__(self, path: str):
        self.path = path
        self._handle = sys.stdout.buffer if path == "-" else open(Path(path), "ab")  # noqa: SIM115

    def send(self, messages: list[bytes]) -> None:
        try:
            self._handle.write(b"\n".join(messages) + b"\n")
            self._handle.flush()
        except OSError as err:
            raise DeliveryError(f"write failed: {err.strerror}") from None

    def close(self) -> None:
        if self._handle is not sys.stdout.buffer:
            self._handle.close()


class SyslogTransport:
    """RFC 5424 messages over UDP (RFC 5426, one per datagram) or TCP / TLS (RFC 6587 / 5425,
    octet-counting framing). `url`: udp://host:514, tcp://host:514 or tls://host:6514."""

    def __init__(self, url: str, ca_file: str | None = None, timeout: float = 5.0,
                 client_cert: str | None = None, client_key: str | None = None):
        parts = urlsplit(url)
        if parts.scheme not in ("udp", "tcp", "tls") or not parts.hostname:
            raise ValueError(f"syslog url must be udp://, tcp:// or tls://HOST:PORT, got {url!r}")
        self.scheme = parts.scheme
        self.address = (parts.hostname, parts.port or (6514 if parts.scheme == "tls" else 514))
        self.timeout = timeout
        self._tls: ssl.SSLContext | None = None
        if self.scheme == "tls":
            self._tls = ssl.create_default_context(cafile=ca_file)
            if client_cert:
                self._tls.load_cert_chain(client_cert, client_key)
        self._sock: socket.socket | None = None

    def _connect(self) -> socket.socket:
        if self.scheme == "udp":
            family = socket.getaddrinfo(*self.address, type=socket.SOCK_DGRAM)[0][0]
            return socket.socket(family, socket.SOCK_DGRAM)
        sock = socket.create_connection(self.address, timeout=self.timeout)
        if self._tls:
            sock = self._tls.wrap_socket(sock, server_hostname=self.address[0])
        return sock

    def send(self, messages: list[bytes]) -> None:
        try:
            if self._sock is None:
                self._sock = self._connect()
            if self.scheme == "udp":
                for message in messages:
                    self._sock.sendto(message, self.address)
            else:
                self._sock.sendall(b"".join(b"%d %s" % (len(m), m) for m in messages))
        except ssl.SSLError as err:
            self.close()
            raise DeliveryError(f"TLS failed: {err.reason or type(err).__name__}") from None
        except OSError as err:
            self.close()
            raise DeliveryError(f"syslog {self.scheme} failed: {err.strerror or type(err).__name__}") from None

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None


class HttpTransport:
    """POST one body per batch over a kept-alive connection (HTTP/1.1), reconnecting when
    the server closed it."""

    def __init__(self, url: str, headers: dict[str, str], *, compress: bool = False, ca_file: str | None = None,
                 timeout: float = 10.0):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"url must be http(s)://..., got {url!r}")
        self.url = url
        self.headers = headers
        self.compress = compress
        self.timeout = timeout
        self._address = (parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
        self._target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        self._context = ssl.create_default_context(cafile=ca_file) if parts.scheme == "https" else None
        self._connection: http.client.HTTPConnection | None = None

    def _connect(self) -> http.client.HTTPConnection:
        if self._context is not None:
            return http.client.HTTPSConnection(*self._address, timeout=self.timeout, context=self._context)
        return http.client.HTTPConnection(*self._address, timeout=self.timeout)

    def post(self, body: bytes) -> tuple[int, bytes]:
        headers = dict(self.headers)
        if self.compress:
            body = gzip.compress(body, compresslevel=1)  # ~3x cheaper than 5 on the shared cores, slightly larger
            headers["Content-Encoding"] = "gzip"
        for attempt in range(2):
            reused = self._connection is not None
            try:
                return self._exchange(body, headers)
            except (OSError, http.client.HTTPException) as err:
                self.close()
                if attempt or not reused:
                    reason = err.reason if isinstance(err, ssl.SSLError) else getattr(err, "strerror", None)
                    raise DeliveryError(f"HTTP failed: {reason or type(err).__name__}") from None
                # else the server had closed the kept-alive connection: once more on a new one
        raise AssertionError("unreachable: the second attempt returns or raises")

    def _exchange(self, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
        if self._connection is None:
            self._connection = self._connect()
        self._connection.request("POST", self._target, body=body, headers=headers)
        answer = self._connection.getresponse()
        data = answer.read(65536)
        if answer.will_close or not answer.isclosed():
            self.close()  # the server closes, or its answer was longer than we read
        return answer.status, data

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def judge_http(status: int) -> None:
    """Generic webhook semantics: 2xx delivered; 408, 429 and 5xx retried; other 4xx dropped."""
    if 200 <= status < 300:
        return
    if status in (408, 429) or status >= 500:
        raise DeliveryError(f"HTTP {status}")
    raise DeliveryError(f"HTTP {status} (rejected)", permanent=True)
