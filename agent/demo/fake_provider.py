"""A fake AI provider on loopback that speaks the providers' real wire formats.

One `FakeProvider` answers for OpenAI, Anthropic and a few providers without an adapter
at once. It picks the format from the Host header (a host naming "anthropic" or
"openai" gets that provider's endpoints) or, for any other host such as 127.0.0.1, from
the path alone. Paths it does not know get a small generic JSON answer.

Replies are deterministic and never quote the request: the text only says which fake
answered and how many messages it got, e.g. "[fake-openai] received 3 messages". When
a request offers tools and sets a tool choice other than "none", the fake calls a tool
instead; its arguments are placeholders typed after the tool's JSON schema.

Echo models are the exception, for tests of what a proxy changes in answers: a request
for model "echo" (or "echo-N") is answered with the text of its last user or tool
message, streamed in pieces of N characters (default 8), and a tool call's string
arguments carry that text too. The Responses API's echo also remembers what it echoed
per response id, and prefixes it when a later request names it as previous_response_id
(the provider-side state that request does not carry).

A WebSocket upgrade opens a session in OpenAI's Realtime API format
(`agent.demo.fake_realtime`); each message a client sends on it is recorded as a request
with method WEBSOCKET.

Every request is recorded byte for byte, and faults (an error status, a raw body, a
delay) can be injected per path prefix. With a `Pki` the port speaks TLS, and plain
HTTP as well: the server looks at the first byte a client sends.
"""

from __future__ import annotations

import base64
import email.parser
import email.policy
import itertools
import json
import logging
import math
import re
import secrets
import socket
import ssl
import struct
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socketserver import TCPServer
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

from agent.demo import fake_realtime
from agent.demo.pki import Pki

log = logging.getLogger(__name__)

JSON = dict[str, Any]


# --------------------------------------------------------------------------- public records


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One request exactly as it reached the fake."""

    method: str
    host: str                              # the Host header as sent (may carry a port)
    path: str                              # without the query string
    query: str
    headers: tuple[tuple[str, str], ...]   # in arrival order, names as sent
    body: bytes                            # the raw body (de-chunked, not decoded)

    def header(self, name: str) -> str | None:
        """The first header called `name` (case-insensitive), or None."""
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body)


@dataclass(frozen=True, slots=True)
class Fault:
    """Overrides the answer to requests whose path starts with `path_prefix`.

    The fake waits `delay` seconds, then answers `status` with the provider's error
    body carrying `message` (or with `body` verbatim) plus `headers`. With `status`
    None it answers normally after the delay. `times` limits how many requests the
    fault applies to; None means all of them.
    """

    path_prefix: str = ""
    status: int | None = None
    message: str = "Injected fault."
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes | None = None
    delay: float = 0.0
    times: int | None = None


# --------------------------------------------------------------------------- the server


class FakeProvider:
    """A threaded HTTP(S) server on 127.0.0.1 with an ephemeral port.

    Use it as a context manager, or call `start()` and `stop()`:

        with FakeProvider(make_pki(tmp_path)) as fake:
            client = openai.OpenAI(base_url=f"{fake.url}/v1", ...)
    """

    host = "127.0.0.1"

    def __init__(self, pki: Pki | None = None) -> None:
        self._tls = pki.server_context() if pki is not None else None
        self._ledger = _Ledger()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> FakeProvider:
        """Bind a free port and serve in a background thread."""
        if self._server is not None:
            raise RuntimeError("FakeProvider is already running")
        self._server = _Server(self.host, self._ledger, self._tls)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},   # how long stop() may wait for the loop
            name=f"fake-provider:{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, drop open connections and join every server thread."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        server.stopping.set()
        server.shutdown()
        server.abort_connections()
        server.server_close()
        thread.join()
        self._server = self._thread = None

    def __enter__(self) -> FakeProvider:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("FakeProvider is not running")
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        """The base URL, https when the fake has a certificate."""
        scheme = "https" if self._tls is not None else "http"
        return f"{scheme}://{self.host}:{self.port}"

    @property
    def http_url(self) -> str:
        """The same port in plain HTTP (always served)."""
        return f"http://{self.host}:{self.port}"

    @property
    def received(self) -> list[RecordedRequest]:
        """Every request received since the start or the last `clear()`, oldest first."""
        return self._ledger.snapshot()

    def requests_for(self, path_prefix: str) -> list[RecordedRequest]:
        """The received requests whose path starts with `path_prefix`."""
        return [r for r in self._ledger.snapshot() if r.path.startswith(path_prefix)]

    def bodies_for(self, path_prefix: str) -> list[bytes]:
        """The raw bodies of `requests_for(path_prefix)`."""
        return [r.body for r in self.requests_for(path_prefix)]

    @property
    def open_connections(self) -> int:
        """Client connections open right now, idle keep-alive ones included."""
        return self._server.open_connections() if self._server else 0

    def clear(self) -> None:
        """Forget the received requests."""
        self._ledger.clear()

    def inject(self, fault: Fault) -> None:
        """Arm a fault; the first armed fault matching a request's path applies."""
        self._ledger.arm(fault)

    def clear_faults(self) -> None:
        self._ledger.disarm_all()


@dataclass(slots=True)
class _ArmedFault:
    fault: Fault
    remaining: int | None


class _Ledger:
    """The thread-safe state shared by the provider and its handler threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._records: list[RecordedRequest] = []
        self._faults: list[_ArmedFault] = []

    def add(self, record: RecordedRequest) -> None:
        with self._lock:
            self._records.append(record)

    def snapshot(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._records)

    def clear(self) -> None:
        with self._lock:
            self._records.clear()

    def arm(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(_ArmedFault(fault, fault.times))

    def disarm_all(self) -> None:
        with self._lock:
            self._faults.clear()

    def take(self, path: str) -> Fault | None:
        """The fault for `path`, counting it as used."""
        with self._lock:
            for armed in self._faults:
                if path.startswith(armed.fault.path_prefix):
                    if armed.remaining is not None:
                        armed.remaining -= 1
                        if armed.remaining <= 0:
                            self._faults.remove(armed)
                    return armed.fault
        return None


class _Server(ThreadingHTTPServer):
    daemon_threads = False   # handler threads are joined by server_close()
    block_on_close = True
    request_queue_size = 256  # socketserver's default backlog of 5 drops SYNs under load (1 s retries)

    def __init__(self, host: str, ledger: _Ledger, tls: ssl.SSLContext | None) -> None:
        self.ledger = ledger
        self.tls = tls
        self.stopping = threading.Event()
        self._handlers: set[_Handler] = set()
        self._handlers_lock = threading.Lock()
        super().__init__((host, 0), _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind resolves the host's FQDN, which can stall on a bad resolver.
        TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]

    def track(self, handler: _Handler) -> None:
        with self._handlers_lock:
            self._handlers.add(handler)

    def untrack(self, handler: _Handler) -> None:
        with self._handlers_lock:
            self._handlers.discard(handler)

    def open_connections(self) -> int:
        with self._handlers_lock:
            return len(self._handlers)

    def abort_connections(self) -> None:
        """Shut down every open connection so that its handler thread ends."""
        with self._handlers_lock:
            handlers = list(self._handlers)
        for handler in handlers:
            handler.abort()

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exception(), OSError):   # resets, refused handshakes, aborts
            log.debug("fake provider: connection from %s ended: %s", client_address, sys.exception())
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    timeout = 30.0   # idle keep-alive connections are closed after this

    def setup(self) -> None:
        self.server.track(self)
        try:
            if self.server.stopping.is_set():   # accepted just before stop(): abort missed it
                raise ConnectionAbortedError("the fake provider is stopping")
            self.request.settimeout(self.timeout)
            # Headers and body go out in separate writes: without this, Nagle's algorithm
            # and the client's delayed ACK add ~40 ms to every answer.
            self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            tls = self.server.tls
            if tls is not None and self.request.recv(1, socket.MSG_PEEK) == b"\x16":
                self.request = tls.wrap_socket(
                    self.request, server_side=True, do_handshake_on_connect=False
                )
                self.request.do_handshake()
            super().setup()
        except BaseException:
            self.server.untrack(self)
            self.request.close()
            raise

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.untrack(self)
            self.request.close()

    def abort(self) -> None:
        try:
            # The plain socket method: SSLSocket.shutdown would also drop its TLS state
            # under the feet of the thread reading it.
            socket.socket.shutdown(self.request, socket.SHUT_RDWR)
        except OSError:
            pass

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("fake provider: " + format, *args)

    def serve(self) -> None:
        url = urlsplit(self.path)
        record = RecordedRequest(
            method=self.command,
            host=self.headers.get("Host", ""),
            path=url.path,
            query=url.query,
            headers=tuple(self.headers.items()),
            body=self._read_body(),
        )
        self.server.ledger.add(record)
        if self.headers.get("Upgrade", "").lower() == "websocket":
            self._serve_websocket(record)
            return
        dialect, handler = _route(record)
        request_id = _new_id("req_")
        headers = {dialect.request_id_header: request_id}

        fault = self.server.ledger.take(record.path)
        if fault is not None and fault.delay and self.server.stopping.wait(fault.delay):
            self.close_connection = True
            return
        if fault is not None and fault.status is not None:
            body = fault.body
            if body is None:
                body = _dump(dialect.error_body(fault.status, fault.message, request_id))
            self._send(fault.status, body, {**headers, **fault.headers})
            return

        try:
            reply = handler(record)
        except _ApiError as error:
            reply = _Json(dialect.error_body(error.status, error.message, request_id), error.status)
        if isinstance(reply, _Json):
            self._send(reply.status, _dump(reply.payload), headers)
        else:
            self._send_stream(reply.events, headers)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = serve

    def _serve_websocket(self, upgrade: RecordedRequest) -> None:
        """A Realtime API session (agent.demo.fake_realtime); each client message is recorded
        as a request with method WEBSOCKET, the upgrade's path and the message as its body."""
        self.send_response(101)
        self.send_header("Upgrade", "websocket")
        self.send_header("Connection", "Upgrade")
        self.send_header("Sec-WebSocket-Accept", fake_realtime.accept_key(self.headers.get("Sec-WebSocket-Key", "")))
        self.end_headers()
        self.close_connection = True

        def record(message: bytes) -> None:
            self.server.ledger.add(RecordedRequest("WEBSOCKET", upgrade.host, upgrade.path, upgrade.query, (), message))

        fake_realtime.serve(self.rfile, self.wfile.write, record)

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return b"".join(iter(self._read_chunk, b""))
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _read_chunk(self) -> bytes:
        size = int(self.rfile.readline().split(b";")[0], 16)
        if size == 0:   # last chunk: skip any trailers up to the blank line
            while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                pass
            return b""
        data = self.rfile.read(size)
        self.rfile.readline()
        return data

    def _send(self, status: int, body: bytes, headers: Mapping[str, str]) -> None:
        self.send_response(status)
        if not any(name.lower() == "content-type" for name in headers):
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _send_stream(self, events: Iterable[_Event], headers: Mapping[str, str]) -> None:
        """Send server-sent events, one HTTP chunk per event."""
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        for event, data in events:
            text = data if isinstance(data, str) else json.dumps(data)
            frame = (f"event: {event}\n" if event else "") + f"data: {text}\n\n"
            payload = frame.encode()
            self.wfile.write(b"%x\r\n%s\r\n" % (len(payload), payload))
            self.wfile.flush()
        self.wfile.write(b"0\r\n\r\n")


# --------------------------------------------------------------------------- replies and dialects


@dataclass(frozen=True, slots=True)
class _Json:
    payload: Any
    status: int = 200


_Event = tuple[str | None, Any]   # (SSE event name or None, JSON data or a raw string)


@dataclass(frozen=True, slots=True)
class _Stream:
    events: Iterable[_Event]


_Reply = _Json | _Stream


class _ApiError(Exception):
    """A request the endpoint rejects; rendered in the provider's error shape."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True, slots=True)
class _Dialect:
    request_id_header: str
    error_body: Callable[[int, str, str], Any]   # (status, message, request id) -> body


def _openai_error(status: int, message: str, request_id: str) -> Any:
    kind, code = {
        401: ("invalid_request_error", "invalid_api_key"),
        429: ("requests", "rate_limit_exceeded"),
    }.get(status, ("server_error" if status >= 500 else "invalid_request_error", None))
    return {"error": {"message": message, "type": kind, "param": None, "code": code}}


_ANTHROPIC_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    402: "billing_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    500: "api_error",
    504: "timeout_error",
    529: "overloaded_error",
}


def _anthropic_error(status: int, message: str, request_id: str) -> Any:
    kind = _ANTHROPIC_ERROR_TYPES.get(status, "api_error" if status >= 500 else "invalid_request_error")
    return {"type": "error", "error": {"type": kind, "message": message}, "request_id": request_id}


def _generic_error(status: int, message: str, request_id: str) -> Any:
    return {"error": {"code": status, "message": message}}


_OPENAI = _Dialect("x-request-id", _openai_error)
_ANTHROPIC = _Dialect("request-id", _anthropic_error)
_GENERIC = _Dialect("x-request-id", _generic_error)


@dataclass(frozen=True, slots=True)
class _Route:
    dialect: _Dialect
    method: str
    path: str
    handler: Callable[[RecordedRequest], _Reply]


def _route(request: RecordedRequest) -> tuple[_Dialect, Callable[[RecordedRequest], _Reply]]:
    host = request.host.lower()
    hint = _ANTHROPIC if "anthropic" in host else _OPENAI if "openai" in host else None
    for route in _ROUTES:
        if (
            (hint is None or route.dialect is hint)
            and route.method == request.method
            and route.path == request.path.rstrip("/")
        ):
            return route.dialect, route.handler
    return hint or _GENERIC, _generic


# --------------------------------------------------------------------------- shared helpers


def _new_id(prefix: str) -> str:
    return prefix + secrets.token_hex(12)


def _dump(payload: Any) -> bytes:
    return json.dumps(payload).encode()


def _json_object(request: RecordedRequest) -> JSON:
    try:
        body = json.loads(request.body)
    except ValueError:   # includes UnicodeDecodeError
        raise _ApiError(400, "We could not parse the JSON body of your request.") from None
    if not isinstance(body, dict):
        raise _ApiError(400, "The request body must be a JSON object.")
    return body


def _list_field(body: JSON, name: str) -> list[Any]:
    value = body.get(name)
    if not isinstance(value, list):
        raise _ApiError(400, f"Missing required parameter: '{name}'.")
    return value


def _model(body: JSON, default: str) -> str:
    model = body.get("model")
    return model if isinstance(model, str) and model else default


def _summary(provider: str, count: int, noun: str) -> str:
    return f"[fake-{provider}] received {count} {noun}{'' if count == 1 else 's'}"


def _pieces(text: str, size: int = 8) -> list[str]:
    """`text` cut into the deltas a stream carries."""
    return [text[i : i + size] for i in range(0, len(text), size)]


def _input_count(value: Any) -> int:
    """How many items an input field holds: one string or token-id list, or a list's length."""
    if isinstance(value, str) or (isinstance(value, list) and value and isinstance(value[0], int)):
        return 1
    return len(value) if isinstance(value, list) else 0


def _tokens(text: str | bytes) -> int:
    return max(1, math.ceil(len(text) / 4))


@dataclass(frozen=True, slots=True)
class _ToolCall:
    name: str
    arguments: str   # JSON text


_PLACEHOLDERS: dict[str, Any] = {
    "string": "fake-value",
    "integer": 1,
    "number": 1.5,
    "boolean": True,
    "array": [],
    "object": {},
}


def _pick_tool(tools: list[tuple[str, Any]], wanted: str | None, echo: _Echo | None = None) -> _ToolCall | None:
    """The tool call to make: None unless tools are offered and `wanted` is not None.

    `tools` holds (name, JSON schema) pairs; `wanted` is a tool name or "" for any. An
    echo fills string arguments with the echoed text.
    """
    if wanted is None or not tools:
        return None
    name, schema = next((tool for tool in tools if tool[0] == wanted), tools[0])
    properties = schema.get("properties") if isinstance(schema, dict) else None
    if not isinstance(properties, dict):
        properties = {}
    string = echo.text if echo else "fake-value"
    return _ToolCall(name, json.dumps({key: _placeholder(spec, string) for key, spec in properties.items()}))


def _placeholder(spec: Any, string: str = "fake-value") -> Any:
    """A value of the type a JSON-schema property asks for."""
    kind = spec.get("type") if isinstance(spec, dict) else None
    if isinstance(kind, list):   # e.g. ["string", "null"]
        kind = next((k for k in kind if k != "null"), None)
    if kind == "string" or not isinstance(kind, str):
        return string
    return _PLACEHOLDERS.get(kind, string)


# --------------------------------------------------------------------------- echo models

_ECHO_MODEL = re.compile(r"echo(?:-([1-9][0-9]{0,3}))?")
_ECHO_ROLES = frozenset({"user", "tool"})


@dataclass(frozen=True, slots=True)
class _Echo:
    text: str
    piece: int   # characters per streamed delta


def _content_text(content: Any) -> str:
    """The text of a message content: a string, or the text (and nested content) of its parts."""
    if isinstance(content, str):
        return content
    texts = []
    for part in content if isinstance(content, list) else ():
        if isinstance(part, str):
            texts.append(part)
        elif isinstance(part, dict):
            for key in ("text", "content", "output"):
                if key in part:
                    texts.append(_content_text(part[key]))
    return "\n".join(t for t in texts if t)


def _echo(body: JSON, items: Any) -> _Echo | None:
    """The echo of the last user or tool item of `items`, if the body asks for an echo model."""
    match = _ECHO_MODEL.fullmatch(_model(body, ""))
    if match is None:
        return None
    text = items if isinstance(items, str) else ""
    for item in reversed(items if isinstance(items, list) else ()):
        if isinstance(item, dict) and (item.get("role") in _ECHO_ROLES or item.get("type") == "function_call_output"):
            text = _content_text(item.get("content", item.get("output")))
            break
    return _Echo(text, int(match.group(1) or 8))


class _EchoMemory:
    """What Responses API echoes said, per response id (the provider's stored state)."""

    def __init__(self, limit: int = 1024) -> None:
        self._lock = threading.Lock()
        self._texts: dict[str, str] = {}
        self._limit = limit

    def remember(self, response_id: str, text: str) -> None:
        with self._lock:
            if len(self._texts) >= self._limit:
                self._texts.pop(next(iter(self._texts)))
            self._texts[response_id] = text

    def recall(self, response_id: Any) -> str | None:
        with self._lock:
            return self._texts.get(response_id) if isinstance(response_id, str) else None


_RESPONSES_STATE = _EchoMemory()


def _named(kind: str, **fields: Any) -> _Event:
    """A named event whose data repeats its type, as Anthropic and the Responses API send them."""
    return kind, {"type": kind, **fields}


def _sequenced() -> Callable[..., _Event]:
    """A `_named` that also numbers the events it makes, as the Responses API does."""
    counter = itertools.count()

    def event(kind: str, **fields: Any) -> _Event:
        return _named(kind, sequence_number=next(counter), **fields)

    return event


# --------------------------------------------------------------------------- OpenAI


def _openai_tools(body: JSON) -> list[tuple[str, Any]]:
    """Function tools of Chat Completions ({"function": {...}}) or Responses (flat)."""
    tools = []
    for tool in body.get("tools") or []:
        if isinstance(tool, dict) and tool.get("type") == "function":
            function = tool.get("function", tool)
            if isinstance(function, dict) and isinstance(function.get("name"), str):
                tools.append((function["name"], function.get("parameters")))
    return tools


def _openai_choice(body: JSON) -> str | None:
    choice = body.get("tool_choice")
    if choice is None or choice == "none":
        return None
    if isinstance(choice, dict):
        named = choice.get("function", choice)
        return (named.get("name") or "") if isinstance(named, dict) else ""
    return ""


def _chat_usage(request: RecordedRequest, output: str) -> JSON:
    prompt, completion = _tokens(request.body), _tokens(output)
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
        "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0},
    }


def _openai_chat(request: RecordedRequest) -> _Reply:
    body = _json_object(request)
    messages = _list_field(body, "messages")
    echo = _echo(body, messages)
    text = echo.text if echo else _summary("openai", len(messages), "message")
    piece = echo.piece if echo else 8
    call = _pick_tool(_openai_tools(body), _openai_choice(body), echo)
    call_id = _new_id("call_")
    usage = _chat_usage(request, call.arguments if call else text)
    base = {
        "id": _new_id("chatcmpl-"),
        "created": int(time.time()),
        "model": _model(body, "gpt-4o-mini"),
        "service_tier": "default",
        "system_fingerprint": "fp_fake",
    }
    finish = "tool_calls" if call else "stop"
    if not body.get("stream"):
        message: JSON = {"role": "assistant", "content": text, "refusal": None, "annotations": []}
        if call:
            message["content"] = None
            message["tool_calls"] = [
                {
                    "id": call_id,
                    "type": "function",
                    "function": {"name": call.name, "arguments": call.arguments},
                }
            ]
        choice = {"index": 0, "message": message, "logprobs": None, "finish_reason": finish}
        return _Json({**base, "object": "chat.completion", "choices": [choice], "usage": usage})

    options = body.get("stream_options")
    with_usage = isinstance(options, dict) and bool(options.get("include_usage"))

    def chunk(delta: JSON, finish_reason: str | None = None) -> _Event:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
        data = {**base, "object": "chat.completion.chunk", "choices": [choice]}
        if with_usage:
            data["usage"] = None
        return None, data

    def events() -> Iterator[_Event]:
        if call is None:
            yield chunk({"role": "assistant", "content": "", "refusal": None})
            for delta in _pieces(text, piece):
                yield chunk({"content": delta})
        else:
            header = {
                "index": 0,
                "id": call_id,
                "type": "function",
                "function": {"name": call.name, "arguments": ""},
            }
            yield chunk({"role": "assistant", "content": None, "tool_calls": [header], "refusal": None})
            for delta in _pieces(call.arguments, piece):
                yield chunk({"tool_calls": [{"index": 0, "function": {"arguments": delta}}]})
        yield chunk({}, finish)
        if with_usage:
            yield None, {**base, "object": "chat.completion.chunk", "choices": [], "usage": usage}
        yield None, "[DONE]"

    return _Stream(events())


def _openai_responses(request: RecordedRequest) -> _Reply:
    body = _json_object(request)
    echo = _echo(body, body.get("input"))
    if echo and (earlier := _RESPONSES_STATE.recall(body.get("previous_response_id"))) is not None:
        echo = _Echo(f"{earlier}\n{echo.text}", echo.piece)
    text = echo.text if echo else _summary("openai", _input_count(body.get("input")), "input item")
    piece = echo.piece if echo else 8
    call = _pick_tool(_openai_tools(body), _openai_choice(body), echo)
    output = call.arguments if call else text
    input_tokens, output_tokens = _tokens(request.body), _tokens(output)
    created = int(time.time())
    response = {
        "id": (response_id := _new_id("resp_")),
        "object": "response",
        "created_at": created,
        "status": "in_progress",
        "background": False,
        "completed_at": None,
        "error": None,
        "incomplete_details": None,
        "instructions": None,
        "max_output_tokens": None,
        "metadata": {},
        "model": _model(body, "gpt-4o-mini"),
        "output": [],
        "parallel_tool_calls": True,
        "previous_response_id": body.get("previous_response_id"),
        "reasoning": {"effort": None, "summary": None},
        "service_tier": "default",
        "store": True,
        "temperature": 1.0,
        "text": {"format": {"type": "text"}, "verbosity": "medium"},
        "tool_choice": "auto",
        "tools": [],
        "top_p": 1.0,
        "truncation": "disabled",
        "usage": None,
        "user": None,
    }
    part = {"type": "output_text", "text": text, "annotations": [], "logprobs": []}
    if call is None:
        item: JSON = {
            "id": _new_id("msg_"),
            "type": "message",
            "status": "completed",
            "role": "assistant",
            "content": [part],
        }
    else:
        item = {
            "id": _new_id("fc_"),
            "type": "function_call",
            "status": "completed",
            "call_id": _new_id("call_"),
            "name": call.name,
            "arguments": call.arguments,
        }
    completed = {
        **response,
        "status": "completed",
        "completed_at": created,
        "output": [item],
        "usage": {
            "input_tokens": input_tokens,
            "input_tokens_details": {"cached_tokens": 0, "cache_write_tokens": 0},
            "output_tokens": output_tokens,
            "output_tokens_details": {"reasoning_tokens": 0},
            "total_tokens": input_tokens + output_tokens,
        },
    }
    if echo:
        _RESPONSES_STATE.remember(response_id, text)
    if not body.get("stream"):
        return _Json(completed)

    def events() -> Iterator[_Event]:
        event = _sequenced()
        at = {"item_id": item["id"], "output_index": 0}
        yield event("response.created", response=response)
        yield event("response.in_progress", response=response)
        if call is None:
            started = {**item, "status": "in_progress", "content": []}
            yield event("response.output_item.added", output_index=0, item=started)
            yield event(
                "response.content_part.added", **at, content_index=0, part={**part, "text": ""}
            )
            for delta in _pieces(text, piece):
                yield event(
                    "response.output_text.delta", **at, content_index=0, delta=delta, logprobs=[]
                )
            yield event("response.output_text.done", **at, content_index=0, text=text, logprobs=[])
            yield event("response.content_part.done", **at, content_index=0, part=part)
        else:
            started = {**item, "status": "in_progress", "arguments": ""}
            yield event("response.output_item.added", output_index=0, item=started)
            for delta in _pieces(call.arguments, piece):
                yield event("response.function_call_arguments.delta", **at, delta=delta)
            yield event(
                "response.function_call_arguments.done", **at, name=call.name, arguments=call.arguments
            )
        yield event("response.output_item.done", output_index=0, item=item)
        yield event("response.completed", response=completed)

    return _Stream(events())


def _openai_completions(request: RecordedRequest) -> _Reply:
    body = _json_object(request)
    text = _summary("openai", _input_count(body.get("prompt")), "prompt")
    base = {
        "id": _new_id("cmpl-"),
        "object": "text_completion",
        "created": int(time.time()),
        "model": _model(body, "gpt-3.5-turbo-instruct"),
        "system_fingerprint": "fp_fake",
    }

    def choice(piece: str, finish_reason: str | None) -> JSON:
        return {"text": piece, "index": 0, "logprobs": None, "finish_reason": finish_reason}

    if not body.get("stream"):
        usage = _chat_usage(request, text)
        return _Json({**base, "choices": [choice(text, "stop")], "usage": usage})

    def events() -> Iterator[_Event]:
        for piece in _pieces(text):
            yield None, {**base, "choices": [choice(piece, None)]}
        yield None, {**base, "choices": [choice("", "stop")]}
        yield None, "[DONE]"

    return _Stream(events())


def _openai_embeddings(request: RecordedRequest) -> _Reply:
    body = _json_object(request)
    count = _input_count(body.get("input"))
    if count == 0:
        raise _ApiError(400, "'input' must be a non-empty string or array.")
    dimensions = body.get("dimensions")
    size = dimensions if isinstance(dimensions, int) and 0 < dimensions <= 4096 else 8
    as_base64 = body.get("encoding_format") == "base64"

    def vector(index: int) -> list[float] | str:
        values = [round(math.sin(index + position + 1), 6) for position in range(size)]
        if as_base64:   # little-endian float32, as the API sends it
            return base64.b64encode(struct.pack(f"<{size}f", *values)).decode()
        return values

    tokens = _tokens(request.body)
    return _Json(
        {
            "object": "list",
            "data": [
                {"object": "embedding", "index": i, "embedding": vector(i)} for i in range(count)
            ],
            "model": _model(body, "text-embedding-3-small"),
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
        }
    )


_FILE_PURPOSES = frozenset({"assistants", "batch", "fine-tune", "vision", "user_data", "evals"})


def _openai_files(request: RecordedRequest) -> _Reply:
    content_type = request.header("Content-Type") or ""
    if not content_type.lower().startswith("multipart/form-data"):
        raise _ApiError(400, "Files must be uploaded as multipart/form-data.")
    form = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + request.body
    )
    fields = {
        part.get_param("name", header="content-disposition"): part.get_payload(decode=True)
        for part in form.iter_parts()
    }
    content = fields.get("file")
    if not isinstance(content, bytes):
        raise _ApiError(400, "Missing required parameter: 'file'.")
    purpose = (fields.get("purpose") or b"").decode("utf-8", "replace")
    if purpose not in _FILE_PURPOSES:
        raise _ApiError(400, "Invalid value for 'purpose'.")
    return _Json(
        {
            "id": _new_id("file-"),
            "object": "file",
            "bytes": len(content),
            "created_at": int(time.time()),
            "filename": "upload",   # the client's name is not echoed
            "purpose": purpose,
            "status": "processed",
            "expires_at": None,
            "status_details": None,
        }
    )


_OPENAI_MODELS = ("gpt-4o", "gpt-4o-mini", "text-embedding-3-small")


def _openai_models(request: RecordedRequest) -> _Reply:
    return _Json(
        {
            "object": "list",
            "data": [
                {"id": model, "object": "model", "created": 1700000000, "owned_by": "fake-provider"}
                for model in _OPENAI_MODELS
            ],
        }
    )


# --------------------------------------------------------------------------- Anthropic


def _anthropic_tools(body: JSON) -> list[tuple[str, Any]]:
    return [
        (tool["name"], tool.get("input_schema"))
        for tool in body.get("tools") or []
        if isinstance(tool, dict) and isinstance(tool.get("name"), str)
    ]


def _anthropic_choice(body: JSON) -> str | None:
    choice = body.get("tool_choice")
    if not isinstance(choice, dict) or choice.get("type") == "none":
        return None
    return (choice.get("name") or "") if choice.get("type") == "tool" else ""


def _anthropic_messages(request: RecordedRequest) -> _Reply:
    body = _json_object(request)
    messages = _list_field(body, "messages")
    if not isinstance(body.get("max_tokens"), int):
        raise _ApiError(400, "max_tokens: Field required")
    echo = _echo(body, messages)
    text = echo.text if echo else _summary("anthropic", len(messages), "message")
    piece = echo.piece if echo else 8
    call = _pick_tool(_anthropic_tools(body), _anthropic_choice(body), echo)
    if call is None:
        block: JSON = {"type": "text", "text": text}
        empty_block: JSON = {"type": "text", "text": ""}
        deltas = [{"type": "text_delta", "text": p} for p in _pieces(text, piece)]
    else:
        block = {
            "type": "tool_use",
            "id": _new_id("toolu_"),
            "name": call.name,
            "input": json.loads(call.arguments),
        }
        empty_block = {**block, "input": {}}
        deltas = [{"type": "input_json_delta", "partial_json": p} for p in _pieces(call.arguments, piece)]
    stop_reason = "tool_use" if call else "end_turn"
    output_tokens = _tokens(call.arguments if call else text)
    message = {
        "id": _new_id("msg_"),
        "type": "message",
        "role": "assistant",
        "model": _model(body, "claude-haiku-4-5"),
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {
            "input_tokens": _tokens(request.body),
            "cache_creation_input_tokens": 0,
            "cache_read_input_tokens": 0,
            "output_tokens": 1,
            "service_tier": "standard",
        },
    }
    if not body.get("stream"):
        usage = {**message["usage"], "output_tokens": output_tokens}
        return _Json({**message, "content": [block], "stop_reason": stop_reason, "usage": usage})

    def events() -> Iterator[_Event]:
        yield _named("message_start", message=message)
        yield _named("content_block_start", index=0, content_block=empty_block)
        yield _named("ping")
        for delta in deltas:
            yield _named("content_block_delta", index=0, delta=delta)
        yield _named("content_block_stop", index=0)
        yield _named(
            "message_delta",
            delta={"stop_reason": stop_reason, "stop_sequence": None},
            usage={"output_tokens": output_tokens},
        )
        yield _named("message_stop")

    return _Stream(events())


def _anthropic_count_tokens(request: RecordedRequest) -> _Reply:
    body = _json_object(request)
    _list_field(body, "messages")
    return _Json({"input_tokens": _tokens(request.body)})


# --------------------------------------------------------------------------- providers without an adapter


_GEMINI_METHOD = re.compile(r"/v1(beta)?/models/[^/:]+:generateContent")


def _generic(request: RecordedRequest) -> _Reply:
    """A small plausible answer: Cohere v2 chat, Gemini generateContent, or anything else."""
    try:
        body = _json_object(request)
    except _ApiError:
        body = {}
    if request.path.rstrip("/") == "/v2/chat":
        text = _summary("cohere", _input_count(body.get("messages")), "message")
        tokens = {"input_tokens": _tokens(request.body), "output_tokens": _tokens(text)}
        return _Json(
            {
                "id": _new_id("cohere-"),
                "finish_reason": "COMPLETE",
                "message": {"role": "assistant", "content": [{"type": "text", "text": text}]},
                "usage": {"billed_units": tokens, "tokens": tokens},
            }
        )
    if _GEMINI_METHOD.fullmatch(request.path):
        text = _summary("gemini", _input_count(body.get("contents")), "content")
        prompt, candidates = _tokens(request.body), _tokens(text)
        return _Json(
            {
                "candidates": [
                    {
                        "content": {"role": "model", "parts": [{"text": text}]},
                        "finishReason": "STOP",
                        "index": 0,
                    }
                ],
                "usageMetadata": {
                    "promptTokenCount": prompt,
                    "candidatesTokenCount": candidates,
                    "totalTokenCount": prompt + candidates,
                },
                "modelVersion": "fake-gemini",
            }
        )
    return _Json(
        {"id": _new_id("fake-"), "object": "fake.response", "text": "[fake-generic] request received"}
    )


_ROUTES = (
    _Route(_ANTHROPIC, "POST", "/v1/messages", _anthropic_messages),
    _Route(_ANTHROPIC, "POST", "/v1/messages/count_tokens", _anthropic_count_tokens),
    _Route(_OPENAI, "POST", "/v1/chat/completions", _openai_chat),
    _Route(_OPENAI, "POST", "/v1/responses", _openai_responses),
    _Route(_OPENAI, "POST", "/v1/completions", _openai_completions),
    _Route(_OPENAI, "POST", "/v1/embeddings", _openai_embeddings),
    _Route(_OPENAI, "POST", "/v1/files", _openai_files),
    _Route(_OPENAI, "GET", "/v1/models", _openai_models),
)
