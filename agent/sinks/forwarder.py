"""The sink forwarder: reads the audit log as it grows and feeds every sink's spool.

It runs beside the proxy (`embargo sinks`, or started by `embargo proxy --sinks`), in its
own process: nothing here touches the proxy's event loop, and a slow or dead SIEM only
fills that sink's spool. The audit log is the queue: records are read after they are
durable, in order, and the forwarder's position (`forwarder.cursor` in the spool
directory) is saved only after the records were spooled and the spools synced to disk,
so a restart (or a crash of the node) resumes where it stopped and no record is
skipped. The policy's `alerts:` section is re-read when the policy file changes.

Its CPU class (`SCHED_IDLE` while it keeps up, nice 10 `SCHED_BATCH` past its lag
budget) is `pacing.py`'s; `lag()` is what the pacer measures.

It works in ticks, not per record: each tick reads what the log gained in one large read,
parses every line once, renders each event once per format (sinks sharing a format
share the bytes; the native and HEC formats splice the audit line itself in rather than
re-serialising the record), appends each sink's messages to its spool in one write and
syncs it once. That keeps its CPU per record small on cores it shares with the proxy.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from pathlib import Path
from collections.abc import Hashable

from agent import metrics
from agent.alerting import Alerting, AlertPolicy
from agent.audit import rotated_files
from agent.events import node_name, unix_seconds
from agent.sinks.config import AgentConfig
from agent.sinks.event import SiemEvent
from agent.sinks.pacing import Lag, Pacer
from agent.sinks.sink import Every, Sender, Sink
from agent.yamlfile import ConfigError

log = logging.getLogger("embargo.sinks")


class Forwarder:
    READ_BYTES = 4 << 20  # per pump: a backlog is spooled in steps, never read whole into memory
    CURSOR_BYTES = 1024  # the cursor is rewritten in place, padded to this size

    def __init__(self, config: AgentConfig, audit: Path, policy: Path | None = None, *, manage_cpu: bool = False):
        self.config = config
        self.audit = audit
        self.policy_path = policy
        self._policy_mtime: float | None = None
        self.alerting = Alerting(AlertPolicy(), node_name())
        self._load_policy()
        self.stop = threading.Event()
        self._wakes = {sink.name: threading.Event() for sink in config.sinks}
        self.senders = [Sender(sink, self._wakes[sink.name], self.stop) for sink in config.sinks]
        self._cursor_path = config.spool_dir / "forwarder.cursor"
        config.spool_dir.mkdir(parents=True, exist_ok=True)
        self.offset, self.inode = self._load_cursor()
        self._cursor_fd = os.open(self._cursor_path, os.O_RDWR | os.O_CREAT, 0o600)
        self._saved: tuple[int, int | None] | None = None
        self.behind = False  # the last pump stopped before the end of the log (a backlog)
        self._say_unreadable = Every()
        self._thread: int | None = None  # native id of the thread that pumps (set by `run`)
        self.pacer = Pacer(self.lag, self._worker_threads, config.lag_budget, self.stop, manage=manage_cpu)

    def _load_cursor(self) -> tuple[int, int | None]:
        try:
            data = json.loads(self._cursor_path.read_text())
            return int(data["offset"]), data.get("inode")
        except (OSError, ValueError, KeyError, TypeError):
            return 0, None

    def _save_cursor(self) -> None:
        """One pwrite in place (a rename per tick would cost more than the tick's records).
        Not fsync'ed: losing the latest position only reads (and delivers) records again."""
        if self._saved == (self.offset, self.inode):
            return
        data = json.dumps({"audit": str(self.audit), "inode": self.inode, "offset": self.offset}).encode()
        os.pwrite(self._cursor_fd, data.ljust(self.CURSOR_BYTES - 1) + b"\n", 0)
        os.ftruncate(self._cursor_fd, self.CURSOR_BYTES)
        self._saved = (self.offset, self.inode)

    def _load_policy(self) -> None:
        if self.policy_path is None:
            return
        try:
            mtime = self.policy_path.stat().st_mtime
            if mtime == self._policy_mtime:
                return
            self._policy_mtime = mtime
            self.alerting.set_policy(AlertPolicy.load(self.policy_path))
            log.info("embargo: alert rules loaded from %s", self.policy_path)
        except (OSError, ConfigError) as err:
            log.error("embargo: alert rules not reloaded, the previous ones stay: %s", err)

    def start(self) -> None:
        for sender in self.senders:
            if not sender.is_alive() and sender.ident is None:
                sender.start()

    def pump(self) -> int:
        """Read what the audit log gained and spool it; returns the number of records read."""
        self._load_policy()
        try:
            stat = self.audit.stat()
        except FileNotFoundError:
            return 0
        if stat.st_ino == self.inode and stat.st_size == self.offset:
            self.behind = False
            return 0  # nothing new
        count = 0
        if self.inode is not None and stat.st_ino != self.inode:
            count += self._finish_rotated()
            self.offset = 0
        elif stat.st_size < self.offset:
            log.warning("embargo: %s shrank; reading it again from its start", self.audit)
            self.offset = 0
        self.inode = stat.st_ino
        lines, end = read_lines(self.audit, self.offset, self.READ_BYTES)
        self._spool(lines)
        self.offset = end  # only now: `lag` counts the records being spooled as not handed on
        self._save_cursor()
        self.behind = stat.st_size > self.offset
        for sink in self.config.sinks:
            sink.observe()
        return count + len(lines)

    def _finish_rotated(self) -> int:
        """The live file was rotated: ship the rest of the file we were reading, and any
        rotated after it, before starting on the new live file."""
        unfinished = self._rotated_from(self.inode)
        if unfinished is None:
            log.warning("embargo: %s was replaced and the file being read is gone; reading the new one", self.audit)
            return 0
        count, offset = 0, self.offset
        for path in unfinished:
            while True:
                lines, offset = read_lines(path, offset, self.READ_BYTES)
                if not lines:
                    break
                self._spool(lines)
                count += len(lines)
            offset = 0
        return count

    def _rotated_from(self, inode: int | None) -> list[Path] | None:
        """The rotated files from the one with `inode` (being read when the live file was
        rotated) onwards, oldest first; None if that file is gone."""
        rotated = rotated_files(self.audit)
        start = next((i for i, p in enumerate(rotated) if p.stat().st_ino == inode), None)
        return None if start is None else rotated[start:]

    def _spool(self, lines: list[bytes]) -> None:
        """Alert on, render and spool one tick's audit lines; spools are durable on return."""
        sinks = self.config.sinks
        queued: list[list[bytes]] = [[] for _ in sinks]
        since: float | None = None  # time of the tick's first record: the sinks' delivery lag
        for line in lines:
            try:
                record = json.loads(line)
                if not isinstance(record, dict):
                    raise TypeError("not an object")
                events = self.alerting.observe(record, raw=line)
                if since is None:
                    since = unix_seconds(record.get("time")) or time.time()
            except (ValueError, TypeError, AttributeError, KeyError, RecursionError) as err:
                # Not a record this forwarder understands (`embargo audit verify` names a
                # broken one): said, counted, and the rest are still shipped.
                if self._say_unreadable():
                    log.error("embargo: a line in %s was not forwarded (%s); counted in "
                              "embargo_forwarder_unreadable_records_total", self.audit, type(err).__name__)
                metrics.FORWARDER_UNREADABLE.inc()
                continue
            for event in events:
                _render(event, sinks, queued)
        for sink, messages in zip(sinks, queued):
            if messages:
                sink.queue(messages, since)
                sink.spool.sync()  # before the position in the audit log is saved
        if lines:
            for wake in self._wakes.values():
                wake.set()

    def run(self, poll: float = 1.0, parent: int | None = None) -> None:
        """Forward until stopped, or until process `parent` (the proxy that started us) is gone."""
        self._thread = threading.get_native_id()
        self.pacer.settle()  # this thread's class, which the senders inherit
        self.start()
        self.pacer.start()
        try:
            while not self.stop.is_set():
                if parent is not None and os.getppid() != parent:
                    log.warning("embargo: the proxy exited; the sink forwarder stops")
                    break
                self.pump()
                if not self.behind:
                    # Reading in ticks, not per record: each tick spools, syncs and sends what
                    # a whole `poll` brought, in one batch per sink. A tick has fixed costs
                    # (a sync and a wake-up per sink, a POST per HTTP sink): one second keeps
                    # them small per record at a second's delay to the SIEM.
                    self.stop.wait(poll)
        finally:
            self.close()

    def lag(self) -> Lag:
        """How far behind the forwarder is: the age of the oldest audit record not yet
        spooled for every sink or not yet delivered to a sink that is up, and the audit
        bytes not yet read. Called by the pacer while the pump runs (or waits for CPU)."""
        oldest, behind = self._unread()
        for sink, sender in zip(self.config.sinks, self.senders):
            if sender.failures == 0:
                undelivered = sink.oldest_undelivered()
                if undelivered is not None and (oldest is None or undelivered < oldest):
                    oldest = undelivered
        return Lag(max(time.time() - oldest, 0.0) if oldest is not None else 0.0, behind)

    def _unread(self) -> tuple[float | None, int]:
        """(time of the first record not yet read, or None; bytes not yet read)."""
        inode, offset = self.inode, self.offset  # the pump may move on meanwhile: this errs older
        try:
            live = self.audit.stat()
            path, behind = self.audit, live.st_size - offset
            if inode is not None and live.st_ino != inode:
                # rotated while being read: the rest of that file, the files after it, the live one
                unfinished = self._rotated_from(inode)
                if unfinished is None:
                    path, offset, behind = self.audit, 0, live.st_size
                else:
                    path = unfinished[0]
                    behind = sum(p.stat().st_size for p in unfinished) - offset + live.st_size
            if behind <= 0:
                return None, 0
            with path.open("rb") as handle:
                written = os.fstat(handle.fileno()).st_mtime
                handle.seek(offset)
                line = handle.read(64 << 10).partition(b"\n")[0]
        except OSError:  # gone (rotated away or removed) between the calls
            return None, 0
        try:
            return unix_seconds(json.loads(line).get("time")) or written, behind
        except (ValueError, TypeError, AttributeError, RecursionError):
            return written, behind  # not a whole record yet: its file's last write is a lower bound of its age

    def _worker_threads(self) -> list[int]:
        """Native ids of the threads that do the forwarding work (the pacer moves them)."""
        threads = [sender.native_id for sender in self.senders if sender.native_id is not None]
        return [self._thread, *threads] if self._thread is not None else threads

    def close(self, timeout: float = 5.0) -> None:
        self.stop.set()
        for wake in self._wakes.values():
            wake.set()
        for sender in self.senders:
            if sender.is_alive():
                sender.join(timeout)
        for sink in self.config.sinks:
            sink.spool.close()
        os.close(self._cursor_fd)


def _render(event: SiemEvent, sinks: list[Sink], queued: list[list[bytes]]) -> None:
    """Append `event`, rendered, to the messages of every sink that takes it (once per format)."""
    rendered: dict[Hashable, bytes | None] = {}
    for sink, messages in zip(sinks, queued):
        if sink.accepts(event):
            if sink.format not in rendered:
                try:
                    rendered[sink.format] = sink.render(event)
                except Exception as err:  # noqa: BLE001 - a record a format cannot take must not stop the others
                    if sink.say_render_failed():
                        log.error("embargo: sink %s could not render record %s (%s); counted in "
                                  "embargo_sink_dropped_total{why=\"render_failed\"}", sink.name,
                                  event.record.get("seq"), type(err).__name__)
                    rendered[sink.format] = None
            message = rendered[sink.format]
            if message is None:
                sink.dropped_unrenderable.inc()
            else:
                messages.append(message)


def read_lines(path: Path, offset: int, max_bytes: int) -> tuple[list[bytes], int]:
    """Complete lines appended since `offset` (about `max_bytes` of them, at least one),
    and the offset after the last of them."""
    with path.open("rb") as handle:
        handle.seek(offset)
        data = handle.read(max_bytes)
        if b"\n" not in data:
            data += handle.read()
    end = data.rfind(b"\n") + 1
    return [line for line in data[:end].split(b"\n") if line], offset + end
