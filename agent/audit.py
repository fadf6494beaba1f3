"""The append-only, hash-chained audit log (JSON lines).

Each record carries `seq`, the hash of the previous record (`prev`) and its own `hash`
= SHA-256 over its canonical JSON without the `hash` field. Editing, removing, inserting
or reordering a record breaks the chain, which `verify` reports with the line.

Durability: a request is let through only after its decision record is written AND
fsync'ed. Records are written by one thread in group commits: every record that arrived
while the previous fsync ran is written and fsync'ed together, so the cost of fsync is
shared under load instead of serialising requests behind it.

A crash can leave a partial last line. On open, the log is not rewritten (that would be
destroying evidence): a newline ends the partial line and a `chain.resume` record links
to the last complete record. `verify` reports such a torn record as a warning.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import threading
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GENESIS = "0" * 64
_BATCH_MAX = 1024


def canonical(record: dict[str, Any]) -> bytes:
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def record_hash(record: dict[str, Any]) -> str:
    return hashlib.sha256(canonical({k: v for k, v in record.items() if k != "hash"})).hexdigest()


class AuditLog:
    """Appends chained records; `append` returns a Future resolved once the record is durable."""

    def __init__(self, path: str | Path, fsync: bool = True):
        self.path = Path(path)
        self.fsync = fsync
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
        self._seq, self._prev, torn = _tail_state(self.path)
        self._queue: queue.SimpleQueue[tuple[dict[str, Any], Future[dict[str, Any]]] | None] = queue.SimpleQueue()
        self._closed = False
        if torn:
            os.write(self._fd, b"\n")
            self._write_batch([({"phase": "chain.resume", "torn_bytes": torn}, Future())])
        self._thread = threading.Thread(target=self._run, name="embargo-audit", daemon=True)
        self._thread.start()

    def append(self, event: dict[str, Any]) -> Future[dict[str, Any]]:
        """Queue `event`; the future resolves to the chained record once it is on disk."""
        future: Future[dict[str, Any]] = Future()
        if self._closed:
            future.set_exception(RuntimeError("audit log is closed"))
        else:
            self._queue.put((event, future))
        return future

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._queue.put(None)
            self._thread.join()
            os.close(self._fd)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            batch = [item]
            stop = False
            while len(batch) < _BATCH_MAX:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    stop = True
                    break
                batch.append(more)
            self._write_batch(batch)
            if stop:
                return

    def _write_batch(self, batch: list[tuple[dict[str, Any], Future[dict[str, Any]]]]) -> None:
        seq, prev = self._seq, self._prev
        lines, records = [], []
        for event, _ in batch:
            seq += 1
            record = {**event, "seq": seq, "prev": prev}
            record["hash"] = prev = record_hash(record)
            records.append(record)
            lines.append(canonical(record) + b"\n")
        try:
            data = b"".join(lines)
            written = 0
            while written < len(data):
                written += os.write(self._fd, data[written:])
            if self.fsync:
                os.fdatasync(self._fd)
        except OSError as err:
            for _, future in batch:
                future.set_exception(err)
            return
        self._seq, self._prev = seq, prev
        for (_, future), record in zip(batch, records):
            future.set_result(record)


def _tail_state(path: Path) -> tuple[int, str, int]:
    """(last seq, last hash, bytes of a torn last line) of an existing log."""
    size = path.stat().st_size
    if size == 0:
        return 0, GENESIS, 0
    with path.open("rb") as handle:
        chunk = min(size, 1 << 20)
        handle.seek(size - chunk)
        tail = handle.read()
    torn = 0
    if not tail.endswith(b"\n"):
        torn = len(tail) - (tail.rfind(b"\n") + 1)
        tail = tail[: len(tail) - torn]
    lines = tail.rstrip(b"\n").split(b"\n")
    if not lines or not lines[-1]:
        return 0, GENESIS, torn
    last = json.loads(lines[-1])
    return int(last["seq"]), str(last["hash"]), torn


@dataclass
class VerifyReport:
    records: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def verify(path: str | Path) -> VerifyReport:
    """Check every record's hash and its link to the one before it."""
    report = VerifyReport()
    prev, expected_seq, torn_line = GENESIS, 1, None
    with Path(path).open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.endswith(b"\n"):
                report.errors.append(f"line {number}: truncated record (no line end)")
                break
            try:
                record = json.loads(raw)
            except ValueError:
                torn_line = number
                continue
            if torn_line is not None:
                if record.get("phase") == "chain.resume":
                    report.warnings.append(f"line {torn_line}: torn record from a crash; the chain resumes at line {number}")
                else:
                    report.errors.append(f"line {torn_line}: not a JSON record (edited or corrupted)")
                torn_line = None
            report.records += 1
            if record.get("hash") != record_hash(record):
                report.errors.append(f"line {number}: record content does not match its hash (edited)")
            if record.get("prev") != prev:
                report.errors.append(
                    f"line {number}: does not link to the record before it (a record was removed, inserted or reordered)"
                )
            if record.get("seq") != expected_seq:
                report.errors.append(f"line {number}: sequence number {record.get('seq')} where {expected_seq} was expected")
            prev, expected_seq = record.get("hash", ""), int(record.get("seq", expected_seq)) + 1
    if torn_line is not None:
        report.errors.append(f"line {torn_line}: not a JSON record (edited or corrupted)")
    return report
