"""A minimal HTTP/1.1 client for the on-node model (h11, which mitmproxy already depends on).

One connection per request, bounded in every wait: connecting, the response head, and
each read of the body. Failures are `LocalModelDown` (nothing answers, or the connection
broke) or `TimeoutError` (it answers too slowly).
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import h11

CONNECT_TIMEOUT = 5.0
_READ = 64 * 1024


class LocalModelDown(Exception):
    """The local model cannot be reached, or the connection broke mid-answer. `code` is stable."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


@dataclass(frozen=True, slots=True)
class Endpoint:
    scheme: str
    host: str
    port: int
    base_path: str  # "/v1"

    @classmethod
    def parse(cls, url: str) -> Endpoint:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"local model URL must be http(s)://host[:port]/..., got {url!r}")
        return cls(parts.scheme, parts.hostname, parts.port or (443 if parts.scheme == "https" else 80),
                   parts.path.rstrip("/"))

    @property
    def authority(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"


@dataclass(slots=True)
class Settings:
    """Where the local model is and how to talk to it; shared by reference, so that a
    configuration change reaches the relay and the health check at once."""

    endpoint: Endpoint | None = None
    key: str | None = None
    timeout: float = 120.0


class LocalResponse:
    def __init__(self, conn: h11.Connection, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        self._conn, self._reader, self._writer = conn, reader, writer
        self.status = 0
        self.headers: dict[str, str] = {}

    async def _next(self, timeout: float) -> object:
        while True:
            try:
                event = self._conn.next_event()
            except h11.RemoteProtocolError:
                raise LocalModelDown("connection_lost") from None
            if event is not h11.NEED_DATA:
                return event
            try:
                data = await asyncio.wait_for(self._reader.read(_READ), timeout)
            except TimeoutError:  # a subclass of OSError: the model is slow, not gone
                raise
            except OSError:
                raise LocalModelDown("connection_lost") from None
            self._conn.receive_data(data)

    async def _head(self, timeout: float) -> None:
        event = await self._next(timeout)
        if not isinstance(event, h11.Response):
            raise LocalModelDown("connection_lost")
        self.status = event.status_code
        self.headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in event.headers}

    @property
    def is_event_stream(self) -> bool:
        return self.headers.get("content-type", "").startswith("text/event-stream")

    async def chunks(self, timeout: float) -> AsyncIterator[bytes]:
        """The body as it arrives; `timeout` bounds each wait for more."""
        while True:
            event = await self._next(timeout)
            if isinstance(event, h11.Data):
                yield bytes(event.data)
            elif isinstance(event, h11.EndOfMessage):
                return
            else:
                raise LocalModelDown("connection_lost")

    async def read(self, timeout: float, limit: int) -> bytes:
        body = bytearray()
        async for chunk in self.chunks(timeout):
            body += chunk
            if len(body) > limit:
                raise LocalModelDown("answer_too_large")
        return bytes(body)

    def close(self) -> None:
        self._writer.close()


async def request(settings: Settings, method: str, path: str, body: bytes, timeout: float,
                  accept: str = "application/json") -> LocalResponse:
    """Send one request and wait (at most `timeout`) for the response head."""
    endpoint, key = settings.endpoint, settings.key
    if endpoint is None:
        raise LocalModelDown("unconfigured")
    tls = ssl.create_default_context() if endpoint.scheme == "https" else None
    try:
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection(endpoint.host, endpoint.port, ssl=tls), min(timeout, CONNECT_TIMEOUT))
    except OSError:  # refused, unroutable, or no connection within the timeout (TimeoutError)
        raise LocalModelDown("unreachable") from None
    conn = h11.Connection(h11.CLIENT)
    headers = [("host", endpoint.authority), ("user-agent", "embargo"), ("accept", accept),
               ("content-length", str(len(body)))]
    if body:
        headers.append(("content-type", "application/json"))
    if key:
        headers.append(("authorization", f"Bearer {key}"))
    response = LocalResponse(conn, reader, writer)
    try:
        writer.write(conn.send(h11.Request(method=method, target=f"{endpoint.base_path}/{path}", headers=headers)))
        if body:
            writer.write(conn.send(h11.Data(data=body)))
        writer.write(conn.send(h11.EndOfMessage()))
        await asyncio.wait_for(writer.drain(), timeout)
        await response._head(timeout)
    except TimeoutError:
        response.close()
        raise
    except OSError:
        response.close()
        raise LocalModelDown("connection_lost") from None
    except BaseException:
        response.close()
        raise
    return response
