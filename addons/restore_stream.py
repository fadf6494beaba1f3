"""Restoring placeholders in a server-sent event stream, as it passes through.

`SseRestorer` is mitmproxy's `flow.response.stream` callable: bytes in, bytes out, called
with b"" at the end. It cuts the bytes into SSE events (an event may arrive split across
any number of chunks), and for each event whose data is JSON:

* the text deltas it carries go through one `Restorer` per channel (one per choice's
  content, per tool call's arguments, per content block, per output item): a placeholder
  split across events is put back whole, and only a possible placeholder prefix waits;
* tool-call argument deltas are restored JSON-escaped (they are pieces of a JSON document);
* every other string of the event (a `.done` event's full text, `response.completed`'s
  output) is restored whole;
* before the event that ends a channel (finish_reason, content_block_stop, `.done`,
  [DONE], end of stream), what the channel still holds goes out as one more delta event
  of that channel's own shape.

Known shapes: OpenAI Chat Completions and legacy Completions chunks, the Responses API's
typed events, Anthropic Messages events. Events of any other shape are restored whole.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from addons.jsonbytes import json_bytes
from addons.restore import RestoreCounts, RestoreMap, Restorer, restore_body, restore_value

JSON = dict[str, Any]


@dataclass(slots=True)
class _Slot:
    """One delta string in one event: where it is and which channel it continues."""

    channel: tuple
    container: JSON
    field: str
    json_mode: bool
    # Builds a delta event of this channel carrying the given text: (event name, data).
    make_event: Callable[[str], tuple[str | None, JSON]]


@dataclass(slots=True)
class _Channel:
    restorer: Restorer
    make_event: Callable[[str], tuple[str | None, JSON]]


def _clone_with(name: str | None, data: JSON, path: tuple[str, ...]) -> Callable[[str], tuple[str | None, JSON]]:
    """A maker of copies of (name, data) with the string at `path` replaced. Copied when
    called (rarely: once per channel that ends holding text), not when made (every delta)."""

    def make(text: str) -> tuple[str | None, JSON]:
        event = copy.deepcopy(data)
        node = event
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = text
        return name, event

    return make


# --- where each format carries its deltas, and what ends a channel ---------------------------


def _chat_slots(name: str | None, data: JSON) -> list[_Slot]:
    """Chat Completions chunks (choices[].delta) and legacy Completions chunks (choices[].text)."""
    slots = []
    head = {k: v for k, v in data.items() if k not in ("choices", "usage")}
    for choice in data.get("choices") or ():
        if not isinstance(choice, dict):
            continue
        index = choice.get("index", 0)
        if isinstance(choice.get("text"), str):
            template = {**head, "choices": [{"index": index, "text": "", "logprobs": None, "finish_reason": None}]}
            slots.append(_Slot(("text", index), choice, "text", False, _clone_with(name, template, ("choices", 0, "text"))))
        delta = choice.get("delta")
        if not isinstance(delta, dict):
            continue
        for field in ("content", "refusal"):
            if isinstance(delta.get(field), str):
                template = {**head, "choices": [{"index": index, "delta": {field: ""}, "logprobs": None, "finish_reason": None}]}
                slots.append(_Slot((field, index), delta, field, False,
                                   _clone_with(name, template, ("choices", 0, "delta", field))))
        for call in delta.get("tool_calls") or ():
            function = call.get("function") if isinstance(call, dict) else None
            if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                position = call.get("index", 0)
                template = {**head, "choices": [{"index": index, "delta": {"tool_calls": [
                    {"index": position, "function": {"arguments": ""}}]}, "logprobs": None, "finish_reason": None}]}
                slots.append(_Slot(("tool", index, position), function, "arguments", True, _clone_with(
                    name, template, ("choices", 0, "delta", "tool_calls", 0, "function", "arguments"))))
    return slots


def _chat_ends(name: str | None, data: JSON) -> Callable[[tuple], bool] | None:
    finished = {c.get("index", 0) for c in data.get("choices") or () if isinstance(c, dict) and c.get("finish_reason")}
    return (lambda channel: channel[1] in finished) if finished else None


_ANTHROPIC_DELTAS = {"text_delta": ("text", False), "input_json_delta": ("partial_json", True),
                     "thinking_delta": ("thinking", False), "citations_delta": None}


def _anthropic_slots(name: str | None, data: JSON) -> list[_Slot]:
    delta = data.get("delta")
    if data.get("type") != "content_block_delta" or not isinstance(delta, dict):
        return []
    kind = _ANTHROPIC_DELTAS.get(delta.get("type"))
    if kind is None or not isinstance(delta.get(kind[0]), str):
        return []
    field, json_mode = kind
    return [_Slot(("block", data.get("index")), delta, field, json_mode, _clone_with(name, data, ("delta", field)))]


def _anthropic_ends(name: str | None, data: JSON) -> Callable[[tuple], bool] | None:
    kind = data.get("type")
    if kind == "content_block_stop":
        index = data.get("index")
        return lambda channel: channel[1] == index
    if kind in ("message_delta", "message_stop"):
        return lambda channel: True
    return None


def _responses_slots(name: str | None, data: JSON) -> list[_Slot]:
    kind = data.get("type")
    if not isinstance(kind, str) or not kind.endswith(".delta") or not isinstance(data.get("delta"), str):
        return []
    channel = (kind, data.get("item_id"), data.get("output_index"), data.get("content_index"), data.get("summary_index"))
    json_mode = "arguments" in kind
    return [_Slot(channel, data, "delta", json_mode, _clone_with(name, data, ("delta",)))]


def _responses_ends(name: str | None, data: JSON) -> Callable[[tuple], bool] | None:
    kind = data.get("type")
    if not isinstance(kind, str):
        return None
    if kind.endswith(".done") and "item_id" in data:
        item = data["item_id"]
        return lambda channel: channel[1] == item
    if kind in ("response.completed", "response.failed", "response.incomplete", "error"):
        return lambda channel: True
    return None


def _shape(data: JSON) -> tuple[Callable, Callable] | None:
    kind = data.get("type")
    if isinstance(kind, str):
        if kind.startswith("response.") or kind == "error":
            return _responses_slots, _responses_ends
        return _anthropic_slots, _anthropic_ends
    if "choices" in data:
        return _chat_slots, _chat_ends
    return None


# --- the SSE framing and the stream callable ---------------------------------------------------

_ALL: Callable[[tuple], bool] = lambda channel: True  # noqa: E731
MAX_EVENT = 8 << 20  # bytes one unfinished event may hold back


def _split_events(buffer: bytes) -> tuple[list[bytes], bytes]:
    """Complete events (without their blank line, line ends made LF) and the unfinished rest.
    A CR at the very end waits: it may be the first half of a CRLF."""
    if b"\r" not in buffer:
        *events, rest = buffer.split(b"\n\n")
        return events, rest
    held = b"\r" if buffer.endswith(b"\r") else b""
    normalised = buffer[: len(buffer) - len(held)].replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    *events, rest = normalised.split(b"\n\n")
    return events, rest + held


class SseRestorer:
    """A `flow.response.stream` callable restoring placeholders in an SSE response."""

    def __init__(self, restore_map: RestoreMap):
        self.map = restore_map
        self.counts = RestoreCounts()
        self._buffer = b""
        self._channels: dict[tuple, _Channel] = {}

    def __call__(self, data: bytes) -> bytes:
        if data:
            events, self._buffer = _split_events(self._buffer + data)
            out = b"".join(self._events(events))
            if len(self._buffer) > MAX_EVENT:  # no event is this large: pass it on as it came
                out, self._buffer = out + self._buffer, b""
            return out
        events = [self._buffer] if self._buffer.strip() else []
        self._buffer = b""
        return b"".join(self._events(events)) + b"".join(self._flush(_ALL))

    def _events(self, raw_events: list[bytes]) -> Iterator[bytes]:
        for raw in raw_events:
            yield from self._event(raw)

    def _event(self, raw: bytes) -> Iterator[bytes]:
        # Most events need no work: no channel holds text back, and the event has neither a
        # placeholder ("[[") nor a string ending in a possible start of one ('["' in JSON;
        # no JSON encoder escapes "["). They pass byte for byte, unparsed.
        if b"[[" not in raw and b'["' not in raw and not any(c.restorer.holding for c in self._channels.values()):
            yield raw + b"\n\n"
            return
        lines = raw.split(b"\n")
        data_lines = [line[5:].removeprefix(b" ") for line in lines if line.startswith(b"data:")]
        name = next((line[6:].strip().decode("utf-8", "replace") for line in lines if line.startswith(b"event:")), None)
        try:
            data = json.loads(b"\n".join(data_lines)) if data_lines else None
        except ValueError:
            data = None
        if not isinstance(data, dict):
            if data_lines:  # "[DONE]" or other non-JSON data: the stream's end
                yield from self._flush(_ALL)
            yield raw + b"\n\n"
            return
        slots, ending = [], None
        if (shape := _shape(data)) is not None:
            slots, ending = shape[0](name, data), shape[1](name, data)
        # Deltas go through their channel's restorer; they are taken out of the event while
        # the rest of it is restored whole, and put back after.
        restored: list[tuple[_Slot, str]] = []
        for slot in slots:
            channel = self._channels.get(slot.channel)
            if channel is None:
                restorer = Restorer(self.map, self.counts, json_mode=slot.json_mode)
                channel = self._channels[slot.channel] = _Channel(restorer, slot.make_event)
            text = channel.restorer.feed(slot.container[slot.field])
            if ending is not None and ending(slot.channel):
                text += self._channels.pop(slot.channel).restorer.flush()
            restored.append((slot, text))
            slot.container[slot.field] = ""
        if ending is not None:
            yield from self._flush(ending)
        if b"[[" in raw:  # a whole placeholder somewhere outside the deltas
            restore_value(data, self.map, self.counts)
        for slot, text in restored:
            slot.container[slot.field] = text
        yield _serialise(lines, data)

    def _flush(self, which: Callable[[tuple], bool]) -> Iterator[bytes]:
        for key in [k for k in self._channels if which(k)]:
            channel = self._channels.pop(key)
            if text := channel.restorer.flush():
                name, data = channel.make_event(text)
                yield (f"event: {name}\n" if name else "").encode() + b"data: " + _dump(data) + b"\n\n"


def _dump(data: Any) -> bytes:
    return json_bytes(data)


def _serialise(lines: list[bytes], data: JSON) -> bytes:
    """The event's own lines, its data lines replaced by one line of the new data."""
    out: list[bytes] = []
    data_written = False
    for line in lines:
        if not line.startswith(b"data:"):
            out.append(line)
        elif not data_written:
            out.append(b"data: " + _dump(data))
            data_written = True
    return b"\n".join(out) + b"\n\n"


# --- the proxy's two entry points -----------------------------------------------------------------


def start_restoring(response: Any, restore_map: RestoreMap) -> SseRestorer | bool:
    """What `flow.response.stream` becomes for an SSE answer to a redacted request: a
    restoring callable, or False (buffer it, restored whole) when it is content-encoded
    despite the identity the request asked for."""
    if response.headers.get("content-encoding", "identity").lower() not in ("", "identity"):
        return False
    return SseRestorer(restore_map)


def restore_response(response: Any, restore_map: RestoreMap) -> dict[str, int]:
    """Restore a complete answer in place (a streamed one was restored on the way); the counts."""
    if isinstance(response.stream, SseRestorer):
        counts = response.stream.counts
    else:
        counts = RestoreCounts()
        try:
            content = response.content
        except ValueError:  # an encoding mitmproxy cannot decode: passed on as it is
            content = None
        content_type = response.headers.get("content-type", "")
        if content and content_type.startswith("text/event-stream"):  # buffered: compressed SSE
            restorer = SseRestorer(restore_map)
            response.content = restorer(content) + restorer(b"")
            counts = restorer.counts
        elif content:
            response.content = restore_body(content, content_type, restore_map, counts)
    return {"restored": counts.restored, "unknown": counts.unknown, "withheld": counts.withheld}
