"""Splunk HTTP Event Collector: batched, gzip-compressed, token-authenticated.

Each message is one HEC event object (`{"time", "host", "source", "sourcetype", "event"}`);
a batch is their concatenation POSTed to `/services/collector/event` with
`Authorization: Splunk <token>`. HEC answers with JSON `{"text", "code"}`:

| status | HEC code | meaning | what the sender does |
|---|---|---|---|
| 200 | 0 | Success | batch delivered |
| 400 | 5, 6, ... | no data / invalid data format | batch dropped (it can never succeed), counted |
| 401 | 2, 3 | token required / invalid authorization | kept, retried with backoff (logged as a token problem) |
| 403 | 1, 4 | token disabled / invalid token | same |
| 413 | - | content too large | batch dropped, counted (lower `batch`) |
| 429, 5xx | 9 (503) | server busy / unhealthy | kept, retried with backoff |
| other | - | e.g. 404 for a wrong URL | kept, retried with backoff (a configuration error) |

A bad token keeps the events in the spool rather than dropping them: once the token is
fixed they are delivered.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from agent.sinks.event import SiemEvent, epoch_ms, json_bytes, native_json
from agent.sinks.transports import DeliveryError, HttpTransport


def render(event: SiemEvent, index: str | None = None) -> bytes:
    millis = epoch_ms(event.record.get("time"))
    envelope = {
        "time": millis / 1000 if millis is not None else None,
        "host": event.record.get("node"),
        "source": "embargo",
        "sourcetype": f"embargo:{event.kind}",
    }
    if index:
        envelope["index"] = index
    return b'%s,"event":%s}' % (json_bytes(envelope)[:-1], native_json(event))


class HecTransport:
    def __init__(self, url: str, token: str, *, compress: bool = True, ca_file: str | None = None, timeout: float = 10.0):
        if urlsplit(url).path in ("", "/"):
            url = url.rstrip("/") + "/services/collector/event"
        self.http = HttpTransport(url, {"Authorization": f"Splunk {token}", "Content-Type": "application/json"},
                                  compress=compress, ca_file=ca_file, timeout=timeout)

    def send(self, messages: list[bytes]) -> None:
        status, answer = self.http.post(b"\n".join(messages))
        code = _hec_code(answer)
        if status == 200 and code in (0, None):
            return
        if status in (401, 403):
            raise DeliveryError(f"HEC {status} token rejected (code {code})")
        if status in (400, 413):
            raise DeliveryError(f"HEC {status} batch rejected (code {code})", permanent=True)
        raise DeliveryError(f"HEC {status} (code {code})")

    def close(self) -> None:
        self.http.close()


def _hec_code(answer: bytes) -> int | None:
    try:
        code = json.loads(answer).get("code")
    except (ValueError, AttributeError, RecursionError):  # whatever the receiver answers
        return None
    return code if isinstance(code, int) else None
