"""A generic webhook: a JSON array of events POSTed per batch.

The body is `[event, ...]` with each event in the sink's `format` (`embargo`: the record
with its severity and alerts; `ecs` or `ocsf`: those renderings). 2xx is delivered; 408,
429 and 5xx are retried with backoff; any other status drops the batch (counted).
"""

from __future__ import annotations

from agent.sinks.event import native_json
from agent.sinks.transports import HttpTransport, judge_http

render = native_json


class WebhookTransport:
    def __init__(self, url: str, headers: dict[str, str], *, ca_file: str | None = None, timeout: float = 10.0):
        self.http = HttpTransport(url, {"Content-Type": "application/json", **headers}, ca_file=ca_file, timeout=timeout)

    def send(self, messages: list[bytes]) -> None:
        status, _ = self.http.post(b"[" + b",".join(messages) + b"]")
        judge_http(status)

    def close(self) -> None:
        self.http.close()
