"""A bounded on-disk queue of rendered SIEM messages, one per sink, that survives restarts.

Messages are single lines of text (every sink format renders to one line) appended to
segment files `<n>.seg`; `cursor` holds the segment and byte offset of the first message
not yet delivered. When the spool holds `max_bytes`, new messages are refused (and
counted): the audit log keeps every record, so nothing is lost for the record, only late
for the SIEM — the agent says so loudly (`embargo_sink_dropped_total` and a log line).

**Durability.** The forwarder appends a whole tick's messages with one write (`put_many`)
and then calls `sync()`, which `fdatasync`s the segment, *before* it saves its own
position in the audit log. So after a crash of the agent or of the node, every record
the forwarder's saved position says was spooled is on disk; what was spooled after the
last saved position is read from the audit log again (delivery is at least once, never
silently lost). The delivery cursor is a fixed-width line rewritten in place (one small
`pwrite`, not fsync'ed): losing its latest update only re-delivers a batch.

One writer (the forwarder) and one reader (the sink's sender thread) share a spool; a
lock guards the segment list and the cursor.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

from agent.durable import sync_directory, write_all

SEGMENT_SUFFIX = ".seg"
_CURSOR = b"%010d %020d\n"  # segment, offset: fixed width, so an update is one pwrite in place


@dataclass(frozen=True, slots=True)
class Batch:
    messages: list[bytes]
    end: tuple[int, int]  # (segment, offset) after the last message of the batch


class Spool:
    def __init__(self, directory: str | Path, max_bytes: int = 64 << 20, segment_bytes: int = 4 << 20):
        self.dir = Path(directory)
        self.dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.max_bytes = max_bytes
        self.segment_bytes = segment_bytes
        self._lock = threading.Lock()
        cursor_path = self.dir / "cursor"
        self._segments = sorted(int(p.stem) for p in self.dir.glob(f"*{SEGMENT_SUFFIX}") if p.stem.isdigit())
        self._read_seg, self._read_off = _load_cursor(cursor_path)
        if not self._segments:
            self._segments = [max(self._read_seg, 1)]
            self._path(self._segments[0]).touch(mode=0o600)
            sync_directory(self.dir)
        for stale in [n for n in self._segments if n < self._read_seg][: len(self._segments) - 1]:
            self._path(stale).unlink()  # delivered; a crash came between the cursor and the unlink
            self._segments.remove(stale)
        self._read_seg = max(self._read_seg, self._segments[0])
        if self._read_seg != self._segments[0] or not self._path(self._read_seg).exists():
            self._read_seg, self._read_off = self._segments[0], 0
        self._cursor_fd = os.open(cursor_path, os.O_RDWR | os.O_CREAT, 0o600)
        self._write_fd = self._open_segment(self._segments[-1])
        self._written = os.fstat(self._write_fd).st_size  # bytes in the segment being written
        self._unsynced = False
        self._size = sum(self._path(n).stat().st_size for n in self._segments) - self._read_off
        self.pending = self._count_pending()

    def _path(self, segment: int) -> Path:
        return self.dir / f"{segment:010d}{SEGMENT_SUFFIX}"

    def _open_segment(self, segment: int) -> int:
        return os.open(self._path(segment), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def _count_pending(self) -> int:
        count = 0
        for n in self._segments:
            with self._path(n).open("rb") as handle:
                if n == self._read_seg:
                    handle.seek(self._read_off)
                count += handle.read().count(b"\n")
        return count

    @property
    def size(self) -> int:
        """Bytes waiting for delivery."""
        return self._size

    def put(self, message: bytes) -> bool:
        """Queue one message (a line without its newline); False when the spool is full."""
        return self.put_many([message]) == 1

    def put_many(self, messages: list[bytes]) -> int:
        """Queue messages in order with one write per segment; returns how many were taken
        (the rest did not fit: the spool is full)."""
        with self._lock:
            taken = 0
            chunk: list[bytes] = []
            for message in messages:
                line = message + b"\n"
                if self._size + len(line) > self.max_bytes:
                    break
                if self._written >= self.segment_bytes:
                    self._append(chunk)
                    chunk = []
                    self._next_segment()
                chunk.append(line)
                self._written += len(line)
                self._size += len(line)
                taken += 1
            self._append(chunk)
            self.pending += taken
            return taken

    def _append(self, lines: list[bytes]) -> None:
        if lines:
            write_all(self._write_fd, b"".join(lines))
            self._unsynced = True

    def _next_segment(self) -> None:
        if self._unsynced:
            os.fdatasync(self._write_fd)  # the finished segment is durable before the next one starts
            self._unsynced = False
        os.close(self._write_fd)
        self._segments.append(self._segments[-1] + 1)
        self._write_fd = self._open_segment(self._segments[-1])
        self._written = 0
        sync_directory(self.dir)

    def sync(self) -> None:
        """Make what was queued durable (the forwarder calls this before saving its position)."""
        with self._lock:
            if self._unsynced:
                os.fdatasync(self._write_fd)
                self._unsynced = False

    def peek(self, max_messages: int, max_bytes: int = 1 << 20) -> Batch | None:
        """Up to `max_messages` undelivered messages (at least one if any), oldest first."""
        with self._lock:
            segment, offset = self._read_seg, self._read_off
            last = self._segments[-1]
        messages: list[bytes] = []
        taken = 0
        while len(messages) < max_messages and taken < max_bytes:
            with self._path(segment).open("rb") as handle:
                handle.seek(offset)
                data = handle.read(max(max_bytes - taken, 1 << 16))
            end = data.rfind(b"\n") + 1
            if end == 0:
                if segment >= last:
                    break
                segment, offset = segment + 1, 0
                continue
            # split no further than the batch needs (the last piece is the unread rest)
            for line in data[:end].split(b"\n", max_messages - len(messages))[:-1]:
                if len(messages) >= max_messages or (messages and taken + len(line) + 1 > max_bytes):
                    break
                messages.append(line)
                taken += len(line) + 1
                offset += len(line) + 1
            else:
                continue
            break
        return Batch(messages, (segment, offset)) if messages else None

    def ack(self, batch: Batch) -> None:
        """The batch was delivered: move the cursor past it and drop finished segments."""
        with self._lock:
            done = sum(len(m) + 1 for m in batch.messages)
            self._read_seg, self._read_off = batch.end
            self._size -= done
            self.pending -= len(batch.messages)
            os.pwrite(self._cursor_fd, _CURSOR % batch.end, 0)
            while len(self._segments) > 1 and self._segments[0] < self._read_seg:
                self._path(self._segments.pop(0)).unlink(missing_ok=True)

    def close(self) -> None:
        self.sync()
        os.close(self._write_fd)
        os.close(self._cursor_fd)


def _load_cursor(path: Path) -> tuple[int, int]:
    """(segment, offset) of the first undelivered message; (0, 0), i.e. everything again,
    when there is no readable cursor."""
    try:
        segment, offset = path.read_bytes().split()[:2]
        return int(segment), int(offset)
    except (OSError, ValueError):
        return 0, 0
