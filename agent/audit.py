"""The append-only, hash-chained audit log (JSON lines).

Each record carries `seq`, the hash of the previous record (`prev`) and its own `hash`
= SHA-256 over its canonical JSON without the `hash` field. Editing, removing, inserting
or reordering a record breaks the chain, which `verify` reports with the line.

Durability: a request is let through only after its decision record is written AND
fdatasync'ed. `GroupCommit` does that for the proxy's event loop: records are chained and
written (into the page cache: one `os.write` each) on the loop as they come, and a sync
process (`agent.audit_sync`) runs fdatasync on request. One sync covers every record
written before it was asked for, and records written while it runs wait for the next
one, so the cost of fsync is shared under load instead of serialising requests behind
it; the proxy pays one byte each way per sync, and no thread hand-off or GIL contention.
Records nobody waits for (a request's completion record) start no sync of their own: the
next awaited one covers them, or one started LAZY_SYNC_SECONDS later if none comes (so
that a request at a time does not cost two syncs and their wake-ups).
If a write or a sync fails, the log refuses every later record: the chain in memory has
moved past records that are not on disk, and requests must not proceed unrecorded. A
sync process that dies is restarted and asked again (fdatasync on the file covers
whatever was written before it, by any process); one that cannot be started breaks the
log. With fsync off (`embargo_fsync: false`) records are only written, never waited on.

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
import contextlib
import hashlib
import hmac
import json
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from agent.audit_sync import FAILED, FILE, SYNC, SYNCED
from agent.durable import sync_directory, write_all
from agent.events import utc_now

GENESIS = "0" * 64
CHECKPOINT = "chain.checkpoint"
LAZY_SYNC_SECONDS = 0.05  # at most this long before a record nobody waits for is synced


def canonical(record: dict[str, Any]) -> bytes:
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _well_formed(value: Any) -> Any:
    """`value` with every lone UTF-16 surrogate in its strings (keys too) replaced by U+FFFD.

    A request can put one in an event: a JSON `"\\ud800"` escape in its body (the model's
    name), a byte that is not UTF-8 in its path (mitmproxy keeps it as a surrogate). UTF-8
    cannot encode it, and a record must be written whatever the request held."""
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {_well_formed(k): _well_formed(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_well_formed(v) for v in value]
    return value


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


class AuditLogUnreadable(ValueError):
    """An existing log whose last record cannot be read: the chain cannot be continued."""


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
        self._size = os.fstat(self._fd).st_size
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
        record = {**event, "seq": self._seq + 1, "prev": self._prev}
        try:
            body = canonical(record)
        except UnicodeEncodeError:  # rare: only then is the record walked (see _well_formed)
            record = _well_formed(record)
            body = canonical(record)
        self._seq += 1
        record["hash"] = self._prev = hashlib.sha256(body).hexdigest()
        # The line need not be canonical (verify re-derives that), so `hash` goes last and the
        # record is serialised once.
        if self.key is None:
            return record, b'%s,"hash":"%s"}\n' % (body[:-1], record["hash"].encode())
        record["mac"] = mac(self.key, record["hash"])
        return record, b'%s,"hash":"%s","mac":"%s"}\n' % (body[:-1], record["hash"].encode(), record["mac"].encode())

    @property
    def fd(self) -> int:
        """The descriptor of the live file (it changes when the log rotates)."""
        return self._fd

    def write(self, data: bytes) -> None:
        """Append and make durable; on failure the log is broken for good (see module doc)."""
        self._write(data, sync=self.fsync)

    def write_unsynced(self, data: bytes) -> None:
        """Append without waiting for the disk (GroupCommit's sync process does that). A file
        that fills up is synced here before it is rotated away."""
        self._write(data, sync=False)

    def _write(self, data: bytes, sync: bool) -> None:
        try:
            self._size += write_all(self._fd, data)
            if sync:
                os.fdatasync(self._fd)
            if self.max_bytes and self._size >= self.max_bytes:
                if self.fsync and not sync:
                    os.fdatasync(self._fd)
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
        self._size = 0
        os.close(old)
        sync_directory(self.path.parent)  # the rename and the new file survive a crash

    def append(self, event: dict[str, Any], prefix: bytes = b"") -> dict[str, Any]:
        """Chain and commit one record at once (tools and tests; the proxy uses GroupCommit)."""
        record, line = self.chain(event)
        self.write(prefix + line)
        return record

    def close(self) -> None:
        os.close(self._fd)


class GroupCommit:
    """Asyncio front of an AuditLog: `await append(event)` returns once the record is durable
    (see the module doc). Used from one event loop."""

    def __init__(self, log: AuditLog):
        self.log = log
        self.syncs = 0  # syncs completed: each is one group commit
        # Written records' waiters (None: a record nobody waits for), not yet covered by a
        # sync; and those covered by the sync under way (None when no sync is under way).
        self._waiting: list[asyncio.Future[None] | None] = []
        self._syncing: list[asyncio.Future[None] | None] | None = None
        self._syncer = _Syncer(log.fd) if log.fsync else None
        self._restarts = 0  # sync processes started since the last completed sync
        self._lazy: asyncio.TimerHandle | None = None  # the sync due for records nobody waits for

    async def append(self, event: dict[str, Any]) -> dict[str, Any]:
        record = self._write(event)
        if self._syncer is not None:
            done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._sync_later(done)
            await done
        return record

    def append_nowait(self, event: dict[str, Any]) -> None:
        """Write a record nobody waits for (in order; the next sync makes it durable, at
        the latest one LAZY_SYNC_SECONDS from now)."""
        self._write(event)
        if self._syncer is not None:
            self._waiting.append(None)
            self._sync_soon()

    async def drain(self) -> None:
        """Wait until everything written so far is durable (or the log broke)."""
        if self._syncer is not None and self.log.broken is None and (self._waiting or self._syncing):
            done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._sync_later(done)
            with contextlib.suppress(AuditLogBroken):
                await done

    def close(self) -> None:
        """Make what was written durable, stop the sync process, close the file."""
        error: OSError | None = None
        if (self._syncing or self._waiting) and self.log.broken is None and self.log.fsync:
            try:
                os.fdatasync(self.log.fd)
            except OSError as err:
                error = self.log.broken = err
        self._settle([*(self._syncing or ()), *self._waiting], error)
        self._waiting, self._syncing = [], None
        self._cancel_lazy()
        if self._syncer is not None:
            self._syncer.stop()
        self.log.close()

    def _write(self, event: dict[str, Any]) -> dict[str, Any]:
        record, line = self.log.chain(event)  # AuditLogBroken once broken
        try:
            self.log.write_unsynced(line)
        except OSError as err:
            raise AuditLogBroken("audit write failed") from err
        if self._syncer is not None and self._syncer.log_fd != self.log.fd:  # rotated
            self._syncer.switch_file(self.log.fd)
        return record

    def _sync_later(self, done: asyncio.Future[None] | None) -> None:
        self._waiting.append(done)
        if self._syncing is None:
            self._start_sync()

    def _sync_soon(self) -> None:
        """Records nobody waits for are waiting: unless a sync is under way (its end looks
        at them), sync them in LAZY_SYNC_SECONDS if no awaited record comes first."""
        if self._syncing is None and self._lazy is None:
            self._lazy = asyncio.get_running_loop().call_later(LAZY_SYNC_SECONDS, self._lazy_sync)

    def _lazy_sync(self) -> None:
        self._lazy = None
        if self._syncing is None and self._waiting and self.log.broken is None:
            self._start_sync()

    def _cancel_lazy(self) -> None:
        if self._lazy is not None:
            self._lazy.cancel()
            self._lazy = None

    def _start_sync(self) -> None:
        assert self._syncer is not None
        self._cancel_lazy()  # this sync covers everything written so far
        self._syncing, self._waiting = self._waiting, []
        try:
            self._syncer.request(self._answered)
        except OSError:
            self._restart()

    def _answered(self, answer: bytes) -> None:
        """The sync process's answer: synced, failed, or gone (b"")."""
        if answer == SYNCED:
            self.syncs += 1
            self._restarts = 0
            covered, self._syncing = self._syncing or [], None
            self._settle(covered)
            if any(done is not None for done in self._waiting):
                self._start_sync()
            elif self._waiting:
                self._sync_soon()
        elif answer == FAILED:
            self._break(OSError("fdatasync of the audit log failed"))
        else:
            self._restart()

    def _restart(self) -> None:
        """The sync process died: start another and ask again; give up if they keep dying."""
        assert self._syncer is not None
        self._syncer.stop()
        self._restarts += 1
        if self._restarts > _MAX_SYNC_RESTARTS:
            self._break(OSError("the audit sync process keeps dying"))
            return
        try:
            self._syncer = _Syncer(self.log.fd)
            self._syncer.request(self._answered)
        except OSError as err:
            self._break(err)

    def _break(self, err: OSError) -> None:
        """No more durable records: fail every waiter, refuse every later record."""
        self.log.broken = self.log.broken or err
        pending = [*(self._syncing or ()), *self._waiting]
        self._waiting, self._syncing = [], None
        self._settle(pending, err)

    @staticmethod
    def _settle(waiters: list[asyncio.Future[None] | None], error: OSError | None = None) -> None:
        """Release the waiters of records now durable, or fail them with AuditLogBroken."""
        for done in waiters:
            if done is None or done.done() or done.get_loop().is_closed():
                continue
            if error is None:
                done.set_result(None)
            else:
                failure = AuditLogBroken("audit sync failed")
                failure.__cause__ = error
                done.set_exception(failure)


_MAX_SYNC_RESTARTS = 3


class _Syncer:
    """The sync process (agent.audit_sync) and our end of its socket."""

    def __init__(self, log_fd: int):
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "agent.audit_sync", str(theirs.fileno()), str(log_fd)],
                pass_fds=(theirs.fileno(), log_fd), stdin=subprocess.DEVNULL,
            )
        except BaseException:
            ours.close()
            raise
        finally:
            theirs.close()
        ours.setblocking(False)
        self.channel = ours
        self.log_fd = log_fd
        self._reading: asyncio.AbstractEventLoop | None = None

    def request(self, answered: Callable[[bytes], None]) -> None:
        """Ask for a sync; `answered` gets each answer byte (b"" if the process is gone)."""
        if self._reading is None:
            self._reading = asyncio.get_running_loop()
            self._reading.add_reader(self.channel, self._readable, answered)
        self.channel.send(SYNC)

    def switch_file(self, log_fd: int) -> None:
        """After a rotation: sync this file from now on (the old one was synced already)."""
        self.log_fd = log_fd
        with contextlib.suppress(OSError):  # a dead process is restarted with the new file
            socket.send_fds(self.channel, [FILE], [log_fd])

    def _readable(self, answered: Callable[[bytes], None]) -> None:
        try:
            data = self.channel.recv(64)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:
            self._stop_reading()
            answered(b"")
            return
        for i in range(len(data)):
            answered(data[i:i + 1])

    def _stop_reading(self) -> None:
        if self._reading is not None and not self._reading.is_closed():
            self._reading.remove_reader(self.channel)
        self._reading = None

    @property
    def pid(self) -> int:
        return self.process.pid

    def stop(self) -> None:
        """Close our end (the process exits at end of file) and reap it."""
        self._stop_reading()
        self.channel.close()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


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
    try:
        last = json.loads(lines[-1])
        return int(last["seq"]), str(last["hash"]), torn
    except (ValueError, KeyError, TypeError, RecursionError):
        raise AuditLogUnreadable(
            f"{path} ends with a line that is not an audit record, so its chain cannot be continued: "
            f"check it with `embargo audit verify {path}`, keep it as evidence, and move it aside to start a new log"
        ) from None
