"""Restoring placeholders: whole texts and bodies, text streams split at every offset, and
SSE streams of each provider format as the fake provider emits them, cut at every byte."""

from __future__ import annotations

import json
from typing import Any

import pytest

from addons.restore import MAX_PLACEHOLDER, RestoreCounts, RestoreMap, Restorer, restore_body, restore_text
from addons.restore_stream import SseRestorer
from agent.demo import fake_provider
from agent.demo.fake_provider import RecordedRequest

EMAIL = "[[EMAIL_3f9a0c1d2e4b]]"
PHONE = "[[PHONE_0a1b2c3d4e5f]]"
CARD = "[[PAYMENT_CARD_a1a2a3a4a5a6]]"
# An original with characters JSON must escape, to check escaping inside tool arguments.
MAP = RestoreMap({EMAIL: 'jane "JD" o\'doe@acme.com', PHONE: "+1 415 555 0132\\x"}, frozenset({CARD}))


def restored(text: str, **kwargs: Any) -> str:
    return restore_text(text, MAP, RestoreCounts(), **kwargs)


def stream(pieces: list[str], *, json_mode: bool = False) -> tuple[list[str], str, RestoreCounts]:
    counts = RestoreCounts()
    restorer = Restorer(MAP, counts, json_mode=json_mode)
    out = [restorer.feed(p) for p in pieces]
    return out, restorer.flush(), counts


# --- whole texts ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected", "counts"), [
    (f"Write to {EMAIL} now", "Write to jane \"JD\" o'doe@acme.com now", (1, 0, 0)),
    (f"{EMAIL}{PHONE}", 'jane "JD" o\'doe@acme.com+1 415 555 0132\\x', (2, 0, 0)),
    (f"card {CARD}", f"card {CARD}", (0, 0, 1)),                       # never restored
    ("[[EMAIL_000000000000]] invented", "[[EMAIL_000000000000]] invented", (0, 1, 0)),
    ("[[EMAIL_3f9a0c1d]] shortened", "[[EMAIL_3f9a0c1d]] shortened", (0, 1, 0)),  # mangled
    ("[[email_3f9a0c1d2e4b]] lowercase type", "[[email_3f9a0c1d2e4b]] lowercase type", (0, 0, 0)),
    ("[[ no placeholder ]] [x] [[", "[[ no placeholder ]] [x] [[", (0, 0, 0)),
])
def test_restore_text(text: str, expected: str, counts: tuple[int, int, int]) -> None:
    tally = RestoreCounts()
    assert restore_text(text, MAP, tally) == expected
    assert (tally.restored, tally.unknown, tally.withheld) == counts


def test_json_mode_escapes_originals_for_a_json_document() -> None:
    arguments = json.dumps({"to": EMAIL, "phone": PHONE})
    value = json.loads(restored(arguments, json_mode=True))
    assert value == {"to": 'jane "JD" o\'doe@acme.com', "phone": "+1 415 555 0132\\x"}


# --- streams: every split -----------------------------------------------------------------

TEXTS = [
    f"Hello {EMAIL}, call {PHONE}.",
    f"{EMAIL}",
    f"[x] [[ {EMAIL}[[{PHONE}]] {CARD} [[EMAIL_ffff]] [",
    "ends with a prefix [[EMAIL_3f9a0c1d2e4",
]


@pytest.mark.parametrize("text", TEXTS)
def test_two_pieces_at_every_offset(text: str) -> None:
    whole = restored(text)
    for cut in range(len(text) + 1):
        out, rest, _ = stream([text[:cut], text[cut:]])
        assert "".join(out) + rest == whole, cut
        # What goes out first is final: it is a prefix of the whole restored text, and only
        # a possible placeholder start (at most MAX_PLACEHOLDER - 1 characters) is held back.
        assert whole.startswith(out[0]), cut
        held = text[:cut][len(_unrestored_prefix(text[:cut], out[0])):]
        assert len(held) < MAX_PLACEHOLDER, cut
        assert not held or held.startswith("["), cut


def _unrestored_prefix(source: str, emitted: str) -> str:
    """The part of `source` that `emitted` stands for (placeholders restored)."""
    for end in range(len(source), -1, -1):
        if restored(source[:end]) == emitted:
            return source[:end]
    raise AssertionError("emitted text is not a restoration of a prefix")


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("size", [1, 2, 3, 5, 8, 13])
def test_fixed_piece_sizes(text: str, size: int) -> None:
    out, rest, counts = stream([text[i:i + size] for i in range(0, len(text), size)])
    whole_counts = RestoreCounts()
    assert "".join(out) + rest == restore_text(text, MAP, whole_counts)
    assert (counts.restored, counts.unknown, counts.withheld) == (
        whole_counts.restored, whole_counts.unknown, whole_counts.withheld)


def test_text_without_brackets_is_never_held() -> None:
    out, rest, _ = stream(["plain text ", "more text"])
    assert out == ["plain text ", "more text"] and rest == ""


def test_a_lone_bracket_is_held_until_the_next_piece_shows_it_is_not_a_placeholder() -> None:
    out, rest, _ = stream(["see [", "1] and [[", "x"])
    assert out == ["see ", "[1] and ", "[[x"] and rest == ""


def test_held_text_is_released_by_flush_unchanged() -> None:
    out, rest, counts = stream(["the end [[EMAIL_3f9a"])
    assert out == ["the end "] and rest == "[[EMAIL_3f9a" and counts.restored == 0


# --- bodies -------------------------------------------------------------------------------


def test_non_streaming_openai_tool_arguments_are_escaped_twice() -> None:
    arguments = json.dumps({"to": EMAIL})
    body = json.dumps({"choices": [{"message": {"content": f"Mail {EMAIL}", "tool_calls": [
        {"function": {"name": "send", "arguments": arguments}}]}}]}).encode()
    counts = RestoreCounts()
    data = json.loads(restore_body(body, "application/json", MAP, counts))
    message = data["choices"][0]["message"]
    assert message["content"] == 'Mail jane "JD" o\'doe@acme.com'
    assert json.loads(message["tool_calls"][0]["function"]["arguments"]) == {"to": 'jane "JD" o\'doe@acme.com'}
    assert counts.restored == 2


def test_non_json_and_binary_bodies() -> None:
    assert restore_body(f"plain {EMAIL}".encode(), "text/plain", MAP, RestoreCounts()) == \
        'plain jane "JD" o\'doe@acme.com'.encode()
    binary = b"\xff\xfe[[" + EMAIL.encode()
    assert restore_body(binary, "application/octet-stream", MAP, RestoreCounts()) == binary


# --- SSE streams in each provider's format -------------------------------------------------------

ECHO = f"Reply to {EMAIL} or {PHONE}; card {CARD}."
EXPECTED = f"Reply to jane \"JD\" o'doe@acme.com or +1 415 555 0132\\x; card {CARD}."


def _sse(path: str, host: str, body: dict[str, Any]) -> bytes:
    """The SSE bytes the fake provider sends for this request (its real wire format)."""
    request = RecordedRequest("POST", host, path, "", (), json.dumps(body).encode())
    _, handler = fake_provider._route(request)
    reply = handler(request)
    out = b""
    for event, data in reply.events:
        text = data if isinstance(data, str) else json.dumps(data)
        out += ((f"event: {event}\n" if event else "") + f"data: {text}\n\n").encode()
    return out


def _events(raw: bytes) -> list[tuple[str | None, Any]]:
    events = []
    for block in raw.decode().split("\n\n"):
        if not block.strip():
            continue
        name = None
        data = ""
        for line in block.split("\n"):
            if line.startswith("event: "):
                name = line[7:]
            elif line.startswith("data: "):
                data = line[6:]
        events.append((name, data if data == "[DONE]" else json.loads(data)))
    return events


def _chat_text(events: list) -> tuple[str, str]:
    content, arguments = "", ""
    for _, data in events:
        if data == "[DONE]":
            continue
        for choice in data["choices"]:
            delta = choice["delta"]
            content += delta.get("content") or ""
            for call in delta.get("tool_calls") or ():
                arguments += call["function"].get("arguments") or ""
    return content, arguments


def _anthropic_text(events: list) -> tuple[str, str]:
    text, partial = "", ""
    for name, data in events:
        if name == "content_block_delta":
            text += data["delta"].get("text", "")
            partial += data["delta"].get("partial_json", "")
    return text, partial


def _responses_text(events: list) -> tuple[str, str, dict]:
    text, arguments, done = "", "", {}
    for name, data in events:
        if name == "response.output_text.delta":
            text += data["delta"]
        elif name == "response.function_call_arguments.delta":
            arguments += data["delta"]
        elif name == "response.completed":
            done = data["response"]
    return text, arguments, done


TOOL_OPENAI = [{"type": "function", "function": {"name": "send", "parameters": {
    "type": "object", "properties": {"body": {"type": "string"}}}}}]

STREAMS = {
    "openai-chat": ("/v1/chat/completions", "api.openai.com",
                    {"model": "echo-5", "stream": True, "messages": [{"role": "user", "content": ECHO}]}),
    "openai-chat-tool": ("/v1/chat/completions", "api.openai.com",
                         {"model": "echo-4", "stream": True, "tools": TOOL_OPENAI, "tool_choice": "required",
                          "messages": [{"role": "user", "content": ECHO}]}),
    "anthropic": ("/v1/messages", "api.anthropic.com",
                  {"model": "echo-6", "stream": True, "max_tokens": 100, "messages": [{"role": "user", "content": ECHO}]}),
    "anthropic-tool": ("/v1/messages", "api.anthropic.com",
                       {"model": "echo-3", "stream": True, "max_tokens": 100, "tool_choice": {"type": "any"},
                        "tools": [{"name": "send", "input_schema": {"type": "object", "properties": {"body": {"type": "string"}}}}],
                        "messages": [{"role": "user", "content": ECHO}]}),
    "responses": ("/v1/responses", "api.openai.com", {"model": "echo-7", "stream": True, "input": ECHO}),
    "responses-tool": ("/v1/responses", "api.openai.com",
                       {"model": "echo-2", "stream": True, "input": ECHO, "tool_choice": "required",
                        "tools": [{"type": "function", "name": "send", "parameters": TOOL_OPENAI[0]["function"]["parameters"]}]}),
}


def _check(name: str, events: list, expected: str = EXPECTED) -> None:
    if name.startswith("openai-chat"):
        content, arguments = _chat_text(events)
        assert events[-1][1] == "[DONE]"
    elif name.startswith("anthropic"):
        content, arguments = _anthropic_text(events)
        assert events[-1][0] == "message_stop"
    else:
        content, arguments, done = _responses_text(events)
        item = done["output"][0]
        final = item["arguments"] if item["type"] == "function_call" else item["content"][0]["text"]
        assert (json.loads(final)["body"] if arguments else final) == expected  # the whole-event pass
    if name.endswith("tool"):
        assert content == "" and json.loads(arguments) == {"body": expected}
    else:
        assert content == expected and arguments == ""


@pytest.mark.parametrize("name", sorted(STREAMS))
def test_sse_stream_cut_at_every_byte_around_a_placeholder(name: str) -> None:
    """Two network chunks, cut at every byte of the events that carry the first placeholder."""
    raw = _sse(*STREAMS[name])
    first = raw.find(b"[[")
    for cut in range(max(0, first - 400), min(len(raw), first + 400) + 1):
        restorer = SseRestorer(MAP)
        out = restorer(raw[:cut]) + restorer(raw[cut:]) + restorer(b"")
        _check(name, _events(out))


@pytest.mark.parametrize("name", sorted(STREAMS))
def test_sse_stream_byte_by_byte_with_the_placeholder_at_every_delta_offset(name: str) -> None:
    """Padding the echoed text shifts where the deltas cut the placeholders: every offset."""
    path, host, body = STREAMS[name]
    piece = int(body["model"].split("-")[1])
    for pad in range(piece):
        padded = {**body, "input" if "input" in body else "messages":
                  "." * pad + ECHO if "input" in body else [{"role": "user", "content": "." * pad + ECHO}]}
        raw = _sse(path, host, padded)
        restorer = SseRestorer(MAP)
        out = b"".join(restorer(raw[i:i + 1]) for i in range(len(raw))) + restorer(b"")
        _check(name, _events(out), "." * pad + EXPECTED)
        assert restorer.counts.restored >= 2 and restorer.counts.withheld >= 1


def test_sse_keeps_comments_and_crlf_framing() -> None:
    raw = (": keep-alive\r\n\r\ndata: " + json.dumps({"choices": [{"index": 0, "delta": {"content": EMAIL}}]})
           + "\r\n\r\ndata: [DONE]\r\n\r\n").encode()
    out = SseRestorer(MAP)(raw)
    assert out.startswith(b": keep-alive\n\n")
    assert _chat_text(_events(out.split(b"\n\n", 1)[1])) == ('jane "JD" o\'doe@acme.com', "")


def test_sse_event_with_a_lone_surrogate_escape_is_restored_and_written_back() -> None:
    raw = ("data: " + json.dumps({"choices": [{"index": 0, "delta": {"content": f"\ud83d {EMAIL}"}}]})
           + "\n\ndata: [DONE]\n\n").encode()
    out = SseRestorer(MAP)(raw)
    assert _chat_text(_events(out)) == ('\ud83d jane "JD" o\'doe@acme.com', "")


def test_a_compressed_stream_is_buffered_and_restored_whole() -> None:
    from mitmproxy import http

    from addons.restore_stream import restore_response, start_restoring

    response = http.Response.make(200, b"", {"content-type": "text/event-stream", "content-encoding": "gzip"})
    assert start_restoring(response, MAP) is False
    response.stream = False
    response.content = _sse(*STREAMS["anthropic"])  # stored gzip-encoded by mitmproxy
    assert response.raw_content != response.content
    counts = restore_response(response, MAP)
    _check("anthropic", _events(response.content))
    assert counts == {"restored": 2, "unknown": 0, "withheld": 1}
    identity = http.Response.make(200, b"", {"content-type": "text/event-stream"})
    assert isinstance(start_restoring(identity, MAP), SseRestorer)


@pytest.mark.parametrize("name", ["anthropic", "responses"])
def test_crlf_streams_cut_at_every_byte_keep_their_event_names(name: str) -> None:
    raw = _sse(*STREAMS[name]).replace(b"\n", b"\r\n")
    first = raw.find(b"[[")
    for cut in range(max(0, first - 300), min(len(raw), first + 300) + 1):
        restorer = SseRestorer(MAP)
        out = restorer(raw[:cut]) + restorer(raw[cut:]) + restorer(b"")
        _check(name, _events(out))
        assert out.count(b"event: ") == raw.count(b"event: "), cut


def test_an_endless_event_is_passed_on_unrestored_rather_than_held(monkeypatch: pytest.MonkeyPatch) -> None:
    from addons import restore_stream

    monkeypatch.setattr(restore_stream, "MAX_EVENT", 64)
    restorer = SseRestorer(MAP)
    assert restorer(b"data: " + b"x" * 40) == b""
    assert restorer(b"y" * 40) == b"data: " + b"x" * 40 + b"y" * 40
