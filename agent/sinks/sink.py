"""One configured sink: which events it takes, how it renders them, its spool and sender.

The forwarder filters (`accepts`), renders (once per `format` and event, shared by the
sinks with that format) and `queue`s a whole tick's messages (never waits on the network).
A `Sender` thread per sink drains the spool: it sends batches, acknowledges what was
delivered, and backs off exponentially (with jitter, capped) while the sink is down.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field

from agent import metrics
from agent.sinks.event import Severity, SiemEvent
from agent.sinks.spool import Spool
from agent.sinks.transports import DeliveryError, Transport

log = logging.getLogger("embargo.sinks")


class Every:
    """True at most once per `seconds`: loud about a repeated problem without flooding the log."""

    def __init__(self, seconds: float = 60.0):
        self.seconds = seconds
        self._last: float | None = None

    def __call__(self) -> bool:
        now = time.monotonic()
        if self._last is not None and now - self._last < self.seconds:
            return False
        self._last = now
        return True


@dataclass
class Sink:
    name: str
    render: Callable[[SiemEvent], bytes]
    transport: Transport
    spool: Spool
    # sinks with equal formats render identically: the forwarder renders once for all of them
    format: Hashable = None
    min_severity: Severity = Severity.INFO
    # fact name -> accepted values (see SiemEvent.facts); an event passes if every listed fact matches
    include: Mapping[str, frozenset[str]] = field(default_factory=dict)
    exclude: Mapping[str, frozenset[str]] = field(default_factory=dict)
    batch: int = 500  # messages per send, at most (and at most 1 MiB)
    max_backoff: float = 60.0
    _full_since: float | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.format is None:
            self.format = self.render
        # metric children bound once, not looked up per event
        self.queue_depth = metrics.SINK_QUEUE_DEPTH.labels(sink=self.name)
        self.spool_bytes = metrics.SINK_SPOOL_BYTES.labels(sink=self.name)
        self.up = metrics.SINK_UP.labels(sink=self.name)
        self.delivered = metrics.SINK_DELIVERED.labels(sink=self.name)
        self.send_failures = metrics.SINK_SEND_FAILURES.labels(sink=self.name)
        self.dropped_full = metrics.SINK_DROPPED.labels(sink=self.name, why="spool_full")
        self.dropped_rejected = metrics.SINK_DROPPED.labels(sink=self.name, why="rejected")
        self.dropped_unrenderable = metrics.SINK_DROPPED.labels(sink=self.name, why="render_failed")
        self.say_render_failed = Every()

    def accepts(self, event: SiemEvent) -> bool:
        if event.severity < self.min_severity:
            return False
        if not self.include and not self.exclude:
            return True
        facts = event.facts()
        if any(not values.intersection(facts.get(name, ())) for name, values in self.include.items()):
            return False
        return not any(values.intersection(facts.get(name, ())) for name, values in self.exclude.items())

    def queue(self, messages: list[bytes]) -> int:
        """Spool rendered messages in one append; those that do not fit (the spool is full)
        are dropped and counted. Returns how many were dropped."""
        dropped = len(messages) - self.spool.put_many(messages)
        if not dropped:
            if self._full_since is not None:
                log.warning("embargo: sink %s: spool has room again", self.name)
                self._full_since = None
            return 0
        self.dropped_full.inc(dropped)
        now = time.monotonic()
        if self._full_since is None or now - self._full_since > 60:
            # Loud, but once a minute: the audit log still holds every record.
            log.error("embargo: sink %s: spool full (%d bytes); events for this sink are being dropped "
                      "(the audit log keeps them all)", self.name, self.spool.size)
            self._full_since = now
        return dropped

    def observe(self) -> None:
        self.queue_depth.set(self.spool.pending)
        self.spool_bytes.set(self.spool.size)


class Sender(threading.Thread):
    def __init__(self, sink: Sink, wake: threading.Event, stop: threading.Event, base_backoff: float = 0.5):
        super().__init__(name=f"embargo-sink-{sink.name}", daemon=True)
        self.sink = sink
        self.wake = wake
        self.stop_event = stop
        self.base_backoff = base_backoff
        self.failures = 0

    def run(self) -> None:
        sink = self.sink
        sink.up.set(1)
        while not self.stop_event.is_set():
            batch = sink.spool.peek(sink.batch)
            if batch is None:
                self.wake.wait(1.0)
                self.wake.clear()
                continue
            try:
                sink.transport.send(batch.messages)
            except DeliveryError as err:
                sink.send_failures.inc()
                if err.permanent:
                    log.error("embargo: sink %s: %s; %d events dropped", sink.name, err.reason, len(batch.messages))
                    sink.dropped_rejected.inc(len(batch.messages))
                    sink.spool.ack(batch)
                    continue
                self._back_off(err.reason)
                continue
            except Exception as err:  # noqa: BLE001 - a sink's bug must not kill its sender
                sink.send_failures.inc()
                self._back_off(type(err).__name__)
                continue
            sink.spool.ack(batch)
            sink.delivered.inc(len(batch.messages))
            if self.failures:
                log.warning("embargo: sink %s: delivering again after %d failed attempts", sink.name, self.failures)
                self.failures = 0
            sink.up.set(1)
            sink.observe()
        sink.transport.close()

    def _back_off(self, reason: str) -> None:
        self.failures += 1
        self.sink.up.set(0)
        delay = min(self.sink.max_backoff, self.base_backoff * 2 ** min(self.failures - 1, 16))
        delay *= random.uniform(0.5, 1.0)
        if self.failures in (1, 3) or self.failures % 20 == 0:
            log.warning("embargo: sink %s down (%s); %d events waiting, retrying in %.1fs",
                        self.sink.name, reason, self.sink.spool.pending, delay)
        self.sink.observe()
        self.stop_event.wait(delay)
