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
from collections import deque
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field

from agent import metrics
from agent.sinks.event import Severity, SiemEvent
from agent.sinks.spool import Batch, Spool
from agent.sinks.transports import DeliveryError, Transport

log = logging.getLogger("embargo.sinks")

MAX_TICKS = 4096  # delivery-lag marks kept per sink (one per tick with messages)


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
        # Delivery lag: (messages queued so far, time of the audit record they start at)
        # per queued tick, oldest first, dropped as deliveries pass them. Messages spooled
        # before this process started count from its start. The forwarder's thread queues
        # and the sender's acknowledges, and the sender can deliver a tick's messages
        # before `queue` has marked them: both sides drop passed marks, under one lock.
        self._queued = self._acked = 0
        self._ticks: deque[tuple[int, float]] = deque()
        self._marks = threading.Lock()
        if self.spool.pending:
            self._queued = self.spool.pending
            self._ticks.append((self._queued, time.time()))

    def accepts(self, event: SiemEvent) -> bool:
        if event.severity < self.min_severity:
            return False
        if not self.include and not self.exclude:
            return True
        facts = event.facts()
        if any(not values.intersection(facts.get(name, ())) for name, values in self.include.items()):
            return False
        return not any(values.intersection(facts.get(name, ())) for name, values in self.exclude.items())

    def queue(self, messages: list[bytes], since: float | None = None) -> int:
        """Spool rendered messages in one append; those that do not fit (the spool is full)
        are dropped and counted. `since`: time of the audit record the first message comes
        from (for `oldest_undelivered`). Returns how many were dropped."""
        taken = self.spool.put_many(messages)
        if taken:
            with self._marks:
                self._queued += taken
                if len(self._ticks) < MAX_TICKS:
                    self._ticks.append((self._queued, time.time() if since is None else since))
                else:  # hours behind (a dead sink): the last mark grows instead, keeping its older time
                    self._ticks[-1] = (self._queued, self._ticks[-1][1])
                self._drop_delivered_marks()
        dropped = len(messages) - taken
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

    def acknowledge(self, batch: Batch) -> None:
        """`batch` left the spool (delivered, or refused for good)."""
        self.spool.ack(batch)
        with self._marks:
            self._acked += len(batch.messages)
            self._drop_delivered_marks()

    def _drop_delivered_marks(self) -> None:
        while self._ticks and self._ticks[0][0] <= self._acked:
            self._ticks.popleft()

    def oldest_undelivered(self) -> float | None:
        """Time of the oldest audit record whose message is spooled and not yet delivered
        (to within one tick), or None when everything queued was delivered."""
        try:
            return self._ticks[0][1]
        except IndexError:  # empty, or emptied by the sender meanwhile
            return None

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
                    sink.acknowledge(batch)
                    continue
                self._back_off(err.reason)
                continue
            except Exception as err:  # noqa: BLE001 - a sink's bug must not kill its sender
                sink.send_failures.inc()
                self._back_off(type(err).__name__)
                continue
            sink.acknowledge(batch)
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
