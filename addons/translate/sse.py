"""Server-sent events (text/event-stream), read incrementally and written.

`SseReader.feed` takes bytes as they arrive, split anywhere (even inside a UTF-8
character or a CRLF), and returns the events completed so far, as the WHATWG event
stream format defines them: lines end in CR, LF or CRLF, `data:` lines of one event
join with newlines, a blank line ends the event, comments (`:`) are skipped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from addons.jsonbytes import COMPACT, utf8


@dataclass(frozen=True, slots=True)
class SseEvent:
    event: str | None
    data: str


class SseTooLarge(ValueError):
    """An event grew past the reader's bound without ending."""


class SseReader:
    def __init__(self, max_event: int = 8 * 1024 * 1024):
        self._buffer = b""
        self._event: str | None = None
        self._data: list[str] = []
        self._size = 0
        self._max_event = max_event

    def feed(self, chunk: bytes) -> list[SseEvent]:
        self._buffer += chunk
        events: list[SseEvent] = []
        while True:
            end = _line_end(self._buffer)
            if end is None:
                break
            line_end, next_start = end
            line = self._buffer[:line_end].decode("utf-8", errors="replace")
            self._buffer = self._buffer[next_start:]
            if event := self._line(line):
                events.append(event)
        if len(self._buffer) + self._size > self._max_event:
            raise SseTooLarge(f"a server-sent event exceeds {self._max_event} bytes")
        return events

    def _line(self, line: str) -> SseEvent | None:
        if not line:
            if not self._data and self._event is None:
                return None
            event = SseEvent(self._event, "\n".join(self._data))
            self._event, self._data, self._size = None, [], 0
            return event
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data":
            self._data.append(value)
            self._size += len(value)
        elif name == "event":
            self._event = value
        return None


def _line_end(buffer: bytes) -> tuple[int, int] | None:
    """(end of the first line, start of the next) or None while the line is incomplete.

    A CR at the very end of the buffer may be the first half of a CRLF: wait for more.
    """
    cr, lf = buffer.find(b"\r"), buffer.find(b"\n")
    if lf != -1 and (cr == -1 or lf < cr):
        return lf, lf + 1
    if cr == -1 or cr == len(buffer) - 1:
        return None
    return cr, cr + 2 if buffer[cr + 1:cr + 2] == b"\n" else cr + 1


def encode(data: Any, event: str | None = None) -> bytes:
    """One event; `data` is JSON-encoded unless it is already a string (such as "[DONE]")."""
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, separators=COMPACT)
    head = f"event: {event}\n" if event else ""
    return utf8(f"{head}data: {text}\n\n")
