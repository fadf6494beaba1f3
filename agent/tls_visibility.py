"""TLS visibility in `embargo agent` (off by default): classify what watched processes write
into OpenSSL and record sensitive writes as `tls.plaintext` events — detection, not enforcement.

For clients the proxy cannot read (pinned certificates) the uprobe sees the plaintext before
encryption; the event carries the classification (detectors, counts, positions), never the
text, with the destination taken from the request's Host header when the write is HTTP/1.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from typing import Any

from agent import metrics
from agent.attribution import Attributor
from agent.catalog import Catalog, normalise_host
from agent.events import DecisionEvent, new_incident_id
from agent.policy.engine import Decision, Identity
from agent.policy.model import Policy
from agent.tracing.ssl_write import MAX_BYTES, PlaintextWrite, SslWriteWatcher
from agent.workload import Workload
from classifier.classification import Label, TextPiece
from classifier.classify import Classifier

log = logging.getLogger("embargo.tls")

PHASE = "tls.plaintext"
PROGRAM_LABEL = "ssl_write"
_HOST = re.compile(r"^host:[ \t]*([^\r\n:]+)", re.IGNORECASE | re.MULTILINE)


def plaintext_event(write: PlaintextWrite, workload: Workload, catalog: Catalog, classifier: Classifier,
                    policy: Policy, node: str) -> DecisionEvent | None:
    """The event for one captured write, or None when it carries nothing above `internal`."""
    text = write.data.decode("utf-8", errors="replace")
    classification = classifier.classify([TextPiece(text, "tls.plaintext")])
    if classification.label < Label.CONFIDENTIAL:
        return None
    match = _HOST.search(text[:4096])
    host = normalise_host(match.group(1)) if match else ""
    reasons = ("seen in SSL_write by a uprobe: detection only, nothing was blocked",)
    if write.truncated:
        reasons += (f"only the first {MAX_BYTES} of {write.length} bytes were classified",)
    return DecisionEvent(
        phase=PHASE, node=node, workload=Identity(None, kernel=workload), host=host,
        destination=catalog.destination(host, 443) if host else None,
        decision=Decision("allow", "builtin:tls-visibility", "audit", reasons, True),
        policy=policy, classification=classification, incident_id=new_incident_id(),
    )


class TlsVisibility:
    """The reader thread: captured writes -> attributed, classified events."""

    def __init__(self, watcher: SslWriteWatcher, attributor: Attributor, node: str,
                 current: Callable[[], tuple[Policy, Catalog]], emit: Callable[[dict[str, Any]], None]):
        self.watcher = watcher
        self.attributor = attributor
        self.node = node
        self.current = current  # the policy and catalog in force
        self.emit = emit
        self.classifier = Classifier()
        self.writes = 0
        self._lost = metrics.EbpfLost(PROGRAM_LABEL)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="embargo-tls", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            for write in self.watcher.poll(100):
                self.writes += 1
                metrics.EBPF_EVENTS.labels(program=PROGRAM_LABEL).inc()
                try:
                    workload = self.attributor.identify(write.tgid, write.pid, write.comm, write.uid, write.cgroup_id)
                    policy, catalog = self.current()
                    event = plaintext_event(write, workload, catalog, self.classifier, policy, self.node)
                    if event is not None:
                        self.emit(event.to_dict())
                except Exception:  # noqa: BLE001 - one odd write must not end detection
                    log.exception("embargo: could not classify a captured TLS write")
            self._lost.update(self.watcher.counters()["lost"])

    def status(self) -> dict[str, Any]:
        return {"writes": self.writes, **self.watcher.counters()}

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)
        self.watcher.close()
