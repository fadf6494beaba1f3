"""A bounded on-disk queue of rendered SIEM messages, one per sink, that survives restarts.

Messages are single lines of text (every sink format renders to one line) appended to
segment files `<n>.seg`; `cursor` holds the segment and byte offset of the first message
not yet delivered. The forwarder `flush`es after each
read of the audit log, before it saves its position there. A sender reads a batch,
delivers it, then `ack`s it; segments wholly
delivered are deleted. When the spool holds `max_bytes`, new messages are refused (and
counted): the audit log keeps every record, so nothing is lost for the record, only late
for the SIEM — the agent says so loudly (`embargo_sink_dropped_total` and a log line).

One writer (the forwarder) and one reader (the sink's sender thread) share a spool; a
lock guards the segment list and the cursor.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path

SEGMENT_SUFFIX = ".seg"


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
        self._cursor_path = self.dir / "cursor"
        self._segments = sorted(int(p.stem) for p in self.dir.glob(f"*{SEGMENT_SUFFIX}") if p.stem.isdigit())
        self._read_seg, self._read_off = self._load_cursor()
        if not self._segments:
            self._segments = [max(self._read_seg, 1)]
            self._path(self._segments[0]).touch(mode=0o600)
        for stale in [n for n in self._segments if n < self._read_seg][: len(self._segments) - 1]:
            self._path(stale).unlink()  # delivered; a crash came between the cursor and the unlink
            self._segments.remove(stale)
        self._read_seg = max(self._read_seg, self._segments[0])
        if self._read_seg != self._segments[0] or not self._path(self._read_seg).exists():
            self._read_seg, self._read_off = self._segments[0], 0
        self._write = open(self._path(self._segments[-1]), "ab")  # noqa: SIM115 - lives as long as the spool
        self._written = self._path(self._segments[-1]).stat().st_size  # bytes in the segment being written
        self._size = sum(self._path(n).stat().st_size for n in self._segments) - self._read_off
        self.pending = self._count_pending()

    def _path(self, segment: int) -> Path:
        return self.dir / f"{segment:010d}{SEGMENT_SUFFIX}"

    def _load_cursor(self) -> tuple[int, int]:
        try:
            data = json.loads(self._cursor_path.read_text())
            return int(data["segment"]), int(data["offset"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0, 0

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
        line = message + b"\n"
        with self._lock:
            if self._size + len(line) > self.max_bytes:
                return False
            if self._written >= self.segment_bytes:
                self._write.close()
                self._segments.append(self._segments[-1] + 1)
                self._write = open(self._path(self._segments[-1]), "ab")  # noqa: SIM115
                self._written = 0
            self._write.write(line)
            self._written += len(line)
            self._size += len(line)
            self.pending += 1
            return True

    def flush(self) -> None:
        """Hand what `put` buffered to the OS: it then survives a crash of the agent (not of the node)."""
        with self._lock:
            self._write.flush()

    def peek(self, max_messages: int, max_bytes: int = 1 << 20) -> Batch | None:
        """Up to `max_messages` undelivered messages (at least one if any), oldest first."""
        with self._lock:
            self._write.flush()
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
            for line in data[:end].split(b"\n")[:-1]:
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
            tmp = self._cursor_path.with_suffix(".tmp")
            tmp.write_text(json.dumps({"segment": self._read_seg, "offset": self._read_off}))
            os.replace(tmp, self._cursor_path)
            while len(self._segments) > 1 and self._segments[0] < self._read_seg:
                self._path(self._segments.pop(0)).unlink(missing_ok=True)

    def close(self) -> None:
        self._write.close()
