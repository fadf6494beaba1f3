"""The append-only, hash-chained audit log (JSON lines).

Each record carries `seq`, the hash of the previous record (`prev`) and its own `hash`
= SHA-256 over its canonical JSON without the `hash` field. Editing, removing, inserting
or reordering a record breaks the chain, which `verify` reports with the line.

Durability: a request is let through only after its decision record is written AND
fsync'ed. `GroupCommit` does that for the proxy's event loop: records are chained on the
loop as they come, and one write + fdatasync in a worker thread commits every record that
arrived while the previous commit ran, so the cost of fsync (and of handing work to a
thread) is shared under load instead of serialising requests behind it. If a commit
fails, the log refuses every later record: the chain in memory has moved past records
that are not on disk, and requests must not proceed unrecorded.

A crash can leave a partial last line. On open, the log is not rewritten (that would be
destroying evidence): a newline ends the partial line and a `chain.resume` record links
to the last complete record. `verify` reports such a torn record as a warning.

Rotation: past `max_bytes` the file is renamed `<name>.000001`, `.000002`, ... and a new
one started; the chain (seq, prev) simply continues in it, so the files verify as one.

A chain alone does not stop someone who can write the file from rewriting it whole or
cutting its tail. Two things do:
- `mac`: with a key (`load_audit_key`: from a Secret mounted on tmpfs or the environment,
  never written to disk by Embargo, held by the verifier off the node) each record's hash
  is also HMAC'ed, so a rewritten chain cannot be made to verify without the key;
- checkpoints: every `checkpoint_seconds` a `chain.checkpoint` record states the chain
  head (seq and hash of the record before it, MAC'ed with the key). The sink forwarder
  ships it off the node like any record (SIEM, write-once store), where root on the node
  cannot take it back: `embargo audit verify --checkpoints` then finds a cut tail or a
  rewritten chain. Verification lives in `audit_verify.py`.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import os
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from agent.events import utc_now

GENESIS = "0" * 64
CHECKPOINT = "chain.checkpoint"


def canonical(record: dict[str, Any]) -> bytes:
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def record_hash(record: dict[str, Any]) -> str:
    return hashlib.sha256(canonical({k: v for k, v in record.items() if k not in ("hash", "mac")})).hexdigest()


def mac(key: bytes, message: str) -> str:
    return hmac.new(key, message.encode(), hashlib.sha256).hexdigest()


def checkpoint_mac(key: bytes, checkpoint: dict[str, Any]) -> str:
    return mac(key, f"checkpoint|{checkpoint['node']}|{checkpoint['seq']}|{checkpoint['hash']}|{checkpoint['time']}")


def load_audit_key(path: str | Path | None = None) -> bytes | None:
    """The audit MAC key: a file (a Secret mounted on tmpfs) or $EMBARGO_AUDIT_KEY, as hex."""
    text = Path(path).read_text() if path else os.environ.get("EMBARGO_AUDIT_KEY", "")
    if not text.strip():
        return None
    key = bytes.fromhex(text.strip())
    if len(key) < 16:
        raise ValueError("the audit key must be at least 16 bytes (32 hex characters)")
    return key


def rotated_files(path: str | Path) -> list[Path]:
    """The rotated files of a log, oldest first (the live file itself not included)."""
    path = Path(path)
    return sorted(p for p in path.parent.glob(f"{path.name}.*") if p.suffix[1:].isdigit())


class AuditLogBroken(RuntimeError):
    """A commit failed; the log takes no more records until the agent restarts."""


class AuditLog:
    """The chain and the file. `chain` and `write` are called in record order by one owner."""

    def __init__(self, path: str | Path, fsync: bool = True, *, max_bytes: int = 0, key: bytes | None = None,
                 checkpoint_seconds: float = 0.0, node: str = ""):
        self.path = Path(path)
        self.fsync = fsync
        self.max_bytes = max_bytes
        self.key = key
        self.checkpoint_seconds = checkpoint_seconds
        self.node = node
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
        self._seq, self._prev, torn = _tail_state(self.path)
        self._last_checkpoint = time.monotonic()
        self.broken: OSError | None = None
        if torn:
            self.append({"phase": "chain.resume", "torn_bytes": torn}, prefix=b"\n")

    def chain(self, event: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
        """Give `event` its place in the chain; returns the record and its line (with a
        checkpoint record after it when one is due)."""
        record, line = self._link(event)
        if self.checkpoint_seconds and time.monotonic() - self._last_checkpoint >= self.checkpoint_seconds:
            line += self._link(self.checkpoint_event())[1]
        return record, line

    def checkpoint_event(self) -> dict[str, Any]:
        """A `chain.checkpoint` event naming the current head (to be chained next)."""
        self._last_checkpoint = time.monotonic()
        checkpoint = {"node": self.node, "seq": self._seq, "hash": self._prev, "time": utc_now()}
        if self.key:
            checkpoint["mac"] = checkpoint_mac(self.key, checkpoint)
        return {"phase": CHECKPOINT, "time": checkpoint["time"], "node": self.node, "checkpoint": checkpoint}

    def _link(self, event: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
        if self.broken is not None:
            raise AuditLogBroken("an earlier audit write failed") from self.broken
        self._seq += 1
        record = {**event, "seq": self._seq, "prev": self._prev}
        body = canonical(record)
        record["hash"] = self._prev = hashlib.sha256(body).hexdigest()
        # The line need not be canonical (verify re-derives that), so `hash` goes last and the
        # record is serialised once.
        if self.key is None:
            return record, b'%s,"hash":"%s"}\n' % (body[:-1], record["hash"].encode())
        record["mac"] = mac(self.key, record["hash"])
        return record, b'%s,"hash":"%s","mac":"%s"}\n' % (body[:-1], record["hash"].encode(), record["mac"].encode())

    def write(self, data: bytes) -> None:
        """Append and make durable; on failure the log is broken for good (see module doc)."""
        try:
            written = 0
            while written < len(data):
                written += os.write(self._fd, data[written:])
            if self.fsync:
                os.fdatasync(self._fd)
            if self.max_bytes and os.fstat(self._fd).st_size >= self.max_bytes:
                self._rotate()
        except OSError as err:
            self.broken = err
            raise

    def _rotate(self) -> None:
        """Rename the full file to the next `<name>.NNNNNN` and continue the chain in a new one."""
        existing = rotated_files(self.path)
        number = int(existing[-1].suffix[1:]) + 1 if existing else 1
        os.rename(self.path, self.path.with_name(f"{self.path.name}.{number:06d}"))
        old, self._fd = self._fd, os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
        os.close(old)
        directory = os.open(self.path.parent, os.O_RDONLY)
        try:
            os.fsync(directory)  # the rename and the new file survive a crash
        finally:
            os.close(directory)

    def append(self, event: dict[str, Any], prefix: bytes = b"") -> dict[str, Any]:
        """Chain and commit one record at once (tools and tests; the proxy uses GroupCommit)."""
        record, line = self.chain(event)
        self.write(prefix + line)
        return record

    def close(self) -> None:
        os.close(self._fd)


class GroupCommit:
    """Asyncio front of an AuditLog: `await append(event)` returns once the record is durable."""

    def __init__(self, log: AuditLog):
        self.log = log
        self._pending: list[tuple[bytes, asyncio.Future[None] | None]] = []
        self._flusher: asyncio.Task[None] | None = None
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="embargo-audit")

    async def append(self, event: dict[str, Any]) -> dict[str, Any]:
        record, line = self.log.chain(event)
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._enqueue(line, done)
        await done
        return record

    def append_nowait(self, event: dict[str, Any]) -> None:
        """Queue a record nobody waits for (it still goes out in order, in the next commit)."""
        self._enqueue(self.log.chain(event)[1], None)

    def _enqueue(self, line: bytes, done: asyncio.Future[None] | None) -> None:
        self._pending.append((line, done))
        if self._flusher is None:
            self._flusher = asyncio.get_running_loop().create_task(self._flush())

    async def _flush(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            while self._pending:
                batch, self._pending = self._pending, []
                error: BaseException | None = None
                try:
                    await loop.run_in_executor(self._writer, self.log.write, b"".join(line for line, _ in batch))
                except OSError as err:
                    error = AuditLogBroken("audit write failed")
                    error.__cause__ = err
                for _, done in batch:
                    if done is None or done.done():
                        continue
                    if error is None:
                        done.set_result(None)
                    else:
                        done.set_exception(error)
        finally:
            self._flusher = None

    async def drain(self) -> None:
        """Wait until everything queued so far is committed."""
        while self._flusher is not None:
            await asyncio.shield(self._flusher)

    def close(self) -> None:
        """Finish the commit under way, write what is still queued, close the file."""
        self._writer.shutdown(wait=True)
        if self._pending and self.log.broken is None:
            self.log.write(b"".join(line for line, _ in self._pending))
        self._pending.clear()
        self.log.close()


def read_new(path: str | Path, offset: int, max_bytes: int = -1) -> tuple[list[dict[str, Any]], int]:
    """Complete records appended since `offset` (about `max_bytes` of them if given, but
    at least one), and the offset after the last of them."""
    with Path(path).open("rb") as handle:
        handle.seek(offset)
        data = handle.read(max_bytes)
        if max_bytes > 0 and b"\n" not in data:
            data += handle.read()
    complete = data[: data.rfind(b"\n") + 1]
    return [json.loads(line) for line in complete.splitlines() if line], offset + len(complete)


def _tail_state(path: Path) -> tuple[int, str, int]:
    """(last seq, last hash, bytes of a torn last line) of an existing log; a new, empty
    file continues the chain of the newest rotated file."""
    size = path.stat().st_size
    if size == 0:
        rotated = rotated_files(path)
        return (*_tail_state(rotated[-1])[:2], 0) if rotated else (0, GENESIS, 0)
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
