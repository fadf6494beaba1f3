"""One scrape target per node: the sink forwarder's metrics on the proxy's `/metrics`.

The forwarder is its own process, so its counters live there. When the proxy starts it
(`embargo proxy --sinks ... --metrics ...`), the forwarder serves its metrics on a Unix
socket in a private directory (`serve`), and the proxy's registry gets a collector that
reads them at scrape time (`relay`): Prometheus scrapes one endpoint and sees both, and
`embargo_forwarder_up` says whether the forwarder answered. Nothing listens on the
network for this; a forwarder run on its own (`embargo sinks`) serves its config's
`metrics:` address instead.
"""

from __future__ import annotations

import logging
import socket
import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from prometheus_client import REGISTRY, CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.metrics_core import Metric
from prometheus_client.parser import text_string_to_metric_families

from agent import metrics

log = logging.getLogger("embargo.sinks")
TIMEOUT = 2.0  # seconds a scrape waits for the forwarder
UP = "embargo_forwarder_up"


def serve(path: Path) -> socketserver.UnixStreamServer:
    """Answer every connection on `path` with the forwarder's metrics (text format), then close."""
    export = CollectorRegistry(auto_describe=True)
    for metric in metrics.FORWARDER_METRICS:
        export.register(metric)

    class Handler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            self.request.sendall(generate_latest(export))

    path.unlink(missing_ok=True)
    server = socketserver.ThreadingUnixStreamServer(str(path), Handler)
    path.chmod(0o600)
    threading.Thread(target=server.serve_forever, name="embargo-metrics-relay", daemon=True).start()
    return server


class ForwarderMetrics:
    """A collector in the proxy: the forwarder's metrics, read from its socket per scrape."""

    def __init__(self, path: Path):
        self.path = path

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily(UP, "1 if the sink forwarder answered this scrape (its metrics follow), else 0.")
        try:
            text = self._read()
            families = list(text_string_to_metric_families(text))
        except (OSError, ValueError) as err:
            log.warning("embargo: the sink forwarder's metrics are unavailable: %s", type(err).__name__)
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        yield from families

    def describe(self) -> list[Metric]:
        return []  # names only known at scrape time: no registration-time collision check

    def _read(self) -> str:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(TIMEOUT)
            client.connect(str(self.path))
            chunks = []
            while chunk := client.recv(1 << 16):
                chunks.append(chunk)
        return b"".join(chunks).decode()


@contextmanager
def relayed(path: Path) -> Iterator[None]:
    """In the proxy, while the forwarder runs: serve its metrics (read from `path`) instead
    of this process's idle copies of them, which the proxy never updates."""
    for metric in metrics.FORWARDER_METRICS:
        REGISTRY.unregister(metric)
    collector = ForwarderMetrics(path)
    REGISTRY.register(collector)
    try:
        yield
    finally:
        REGISTRY.unregister(collector)
        for metric in metrics.FORWARDER_METRICS:
            REGISTRY.register(metric)
