"""The sink forwarder: reads the audit log as it grows and feeds every sink's spool.

It runs beside the proxy (`embargo sinks`, or started by `embargo proxy --sinks`), in its
own process: nothing here touches the proxy's event loop, and a slow or dead SIEM only
fills that sink's spool. The audit log is the queue: records are read after they are
durable, in order, and the forwarder's position (`forwarder.cursor` in the spool
directory) is saved only after the records were spooled, so a restart resumes where it
stopped and no record is skipped. The policy's `alerts:` section is re-read when the
policy file changes.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from pathlib import Path
from typing import Any

from agent import metrics
from agent.alerting import Alerting, AlertPolicy
from agent.audit import read_new, rotated_files
from agent.events import node_name
from agent.sinks.config import AgentConfig
from agent.sinks.sink import Sender
from agent.yamlfile import ConfigError

log = logging.getLogger("embargo.sinks")


class Forwarder:
    READ_BYTES = 4 << 20  # per pump: a backlog is spooled in steps, never read whole into memory

    def __init__(self, config: AgentConfig, audit: Path, policy: Path | None = None):
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
        self.behind = False  # the last pump stopped before the end of the log (a backlog)

    def _load_cursor(self) -> tuple[int, int | None]:
        try:
            data = json.loads(self._cursor_path.read_text())
            return int(data["offset"]), data.get("inode")
        except (OSError, ValueError, KeyError, TypeError):
            return 0, None

    def _save_cursor(self) -> None:
        tmp = self._cursor_path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"audit": str(self.audit), "inode": self.inode, "offset": self.offset}))
        os.replace(tmp, self._cursor_path)

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
        count = 0
        if self.inode is not None and stat.st_ino != self.inode:
            count += self._finish_rotated()
            self.offset = 0
        elif stat.st_size < self.offset:
            log.warning("embargo: %s shrank; reading it again from its start", self.audit)
            self.offset = 0
        self.inode = stat.st_ino
        records, self.offset = read_new(self.audit, self.offset, self.READ_BYTES)
        self._spool(records)
        self._save_cursor()
        self.behind = stat.st_size > self.offset
        metrics.FORWARDER_LAG.set(max(stat.st_size - self.offset, 0))
        for sink in self.config.sinks:
            sink.observe()
        return count + len(records)

    def _finish_rotated(self) -> int:
        """The live file was rotated: ship the rest of the file we were reading, and any
        rotated after it, before starting on the new live file."""
        rotated = rotated_files(self.audit)
        start = next((i for i, p in enumerate(rotated) if p.stat().st_ino == self.inode), None)
        if start is None:
            log.warning("embargo: %s was replaced and the file being read is gone; reading the new one", self.audit)
            return 0
        count, offset = 0, self.offset
        for path in rotated[start:]:
            while True:
                records, offset = read_new(path, offset, self.READ_BYTES)
                if not records:
                    break
                self._spool(records)
                count += len(records)
            offset = 0
        return count

    def _spool(self, records: list[dict[str, Any]]) -> None:
        for record in records:
            for event in self.alerting.observe(record):
                for sink in self.config.sinks:
                    sink.offer(event)
        if records:
            for sink in self.config.sinks:
                sink.spool.flush()  # before the position in the audit log is saved
            for wake in self._wakes.values():
                wake.set()

    def run(self, poll: float = 0.2, parent: int | None = None) -> None:
        """Forward until stopped, or until process `parent` (the proxy that started us) is gone."""
        self.start()
        try:
            while not self.stop.is_set():
                if parent is not None and os.getppid() != parent:
                    log.warning("embargo: the proxy exited; the sink forwarder stops")
                    break
                self.pump()
                if not self.behind:
                    # Reading in ticks, not per record: each tick spools, flushes and sends
                    # what a whole `poll` brought, in one batch per sink.
                    self.stop.wait(poll)
        finally:
            self.close()

    def close(self, timeout: float = 5.0) -> None:
        self.stop.set()
        for wake in self._wakes.values():
            wake.set()
        for sender in self.senders:
            if sender.is_alive():
                sender.join(timeout)
        for sink in self.config.sinks:
            sink.spool.close()
