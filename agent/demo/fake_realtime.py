"""The fake provider's WebSocket side: OpenAI's Realtime API wire format, enough of it for a
client to hold a text conversation (the same format answers on any WebSocket path).

The session opens with `session.created`. Each item a client creates
(`conversation.item.create`) is acknowledged with `conversation.item.created`; a
`response.create` is answered with `response.created`, the reply's text in
`response.output_text.delta` pieces, `response.output_text.done` and `response.done`. The
reply never quotes the client: "[fake-openai-realtime] received N items". Audio appended
to the input buffer is counted, not transcribed. A client event that is not JSON, or of
a type this fake does not know, gets an `error` event, as the real API sends one.

Every message a client sends is handed to `record` before it is answered, so that tests
can see exactly what reached the provider.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

from wsproto.connection import Connection, ConnectionType
from wsproto.events import CloseConnection, Message, Ping, TextMessage

_ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"  # RFC 6455, section 1.3
NAME = "fake-openai-realtime"


def accept_key(client_key: str) -> str:
    """The Sec-WebSocket-Accept answer to a client's Sec-WebSocket-Key."""
    return base64.b64encode(hashlib.sha1((client_key.strip() + _ACCEPT_GUID).encode()).digest()).decode()


def serve(reader: BinaryIO, send: Callable[[bytes], None], record: Callable[[bytes], None]) -> None:
    """Run one session after the 101 answer, until the client closes or goes away.
    `reader` is the connection's buffered reader (it may hold bytes past the handshake)."""
    connection = Connection(ConnectionType.SERVER)
    session = _Session()
    send(connection.send(TextMessage(json.dumps(session.created()))))
    parts: list[bytes] = []
    while True:
        data = reader.read1(65536)
        connection.receive_data(data or None)
        for event in connection.events():
            if isinstance(event, Message):
                parts.append(event.data.encode() if isinstance(event, TextMessage) else bytes(event.data))
                if event.message_finished:
                    message, parts = b"".join(parts), []
                    record(message)
                    for reply in session.answer(message, isinstance(event, TextMessage)):
                        send(connection.send(TextMessage(json.dumps(reply))))
            elif isinstance(event, Ping):
                send(connection.send(event.response()))
            elif isinstance(event, CloseConnection):
                send(connection.send(event.response()))
                return
        if not data:
            return


class _Session:
    def __init__(self) -> None:
        self.items = 0
        self.audio_bytes = 0

    def created(self) -> dict[str, Any]:
        return _event("session.created", session={"id": _id("sess_"), "object": "realtime.session", "type": "realtime",
                                                   "model": "gpt-realtime", "output_modalities": ["text"]})

    def answer(self, message: bytes, is_text: bool) -> Iterator[dict[str, Any]]:
        try:
            client = json.loads(message) if is_text else None
        except ValueError:
            client = None
        if not isinstance(client, dict):
            yield _error("invalid_json", "The client event must be a JSON object.", None)
            return
        kind, client_id = client.get("type"), client.get("event_id")
        if kind == "session.update":
            yield _event("session.updated", session={"id": _id("sess_"), "type": "realtime"})
        elif kind == "conversation.item.create" and isinstance(client.get("item"), dict):
            self.items += 1
            yield _event("conversation.item.created", previous_item_id=None,
                         item={"id": _id("item_"), "type": "message", "role": client["item"].get("role", "user"),
                               "status": "completed", "content": []})
        elif kind == "input_audio_buffer.append":
            self.audio_bytes += len(str(client.get("audio", "")))
        elif kind == "response.create":
            yield from self._response()
        else:
            yield _error("unknown_event", f"Unknown or malformed client event of type {kind!r}.", client_id)

    def _response(self) -> Iterator[dict[str, Any]]:
        response_id, item_id = _id("resp_"), _id("item_")
        text = f"[{NAME}] received {self.items} items"
        yield _event("response.created", response={"id": response_id, "object": "realtime.response", "status": "in_progress",
                                                    "output": []})
        for start in range(0, len(text), 8):
            yield _event("response.output_text.delta", response_id=response_id, item_id=item_id, output_index=0,
                         content_index=0, delta=text[start:start + 8])
        yield _event("response.output_text.done", response_id=response_id, item_id=item_id, output_index=0,
                     content_index=0, text=text)
        yield _event("response.done", response={
            "id": response_id, "object": "realtime.response", "status": "completed",
            "output": [{"id": item_id, "type": "message", "role": "assistant", "status": "completed",
                        "content": [{"type": "output_text", "text": text}]}]})


def _event(kind: str, **fields: Any) -> dict[str, Any]:
    return {"type": kind, "event_id": _id("event_"), **fields}


def _error(code: str, message: str, client_event_id: Any) -> dict[str, Any]:
    return _event("error", error={"type": "invalid_request_error", "code": code, "message": message, "param": None,
                                  "event_id": client_event_id})


def _id(prefix: str) -> str:
    return prefix + secrets.token_hex(8)
