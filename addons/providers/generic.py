"""The adapter for AI endpoints that have none of their own: every string is text.

It also holds the body readers the provider adapters use for endpoints they do not
read field by field: JSON (walked whole), multipart/form-data, x-www-form-urlencoded,
and anything else (one piece of text, or binary).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.message import Message
from email.utils import collapse_rfc2231_value
from urllib.parse import parse_qsl, unquote

from addons.providers.base import (
    AdapterError,
    NeutralRequest,
    RequestBuilder,
    Spec,
    Uninspected,
    load_json,
    media_kind,
    member_path,
)


# --- forms --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FormPart:
    """One part of a multipart/form-data body."""

    name: str | None
    filename: str | None      # set for file parts
    content_type: str | None
    data: bytes


def _header_params(header: str, value: str) -> Message:
    parsed = Message()
    parsed[header] = value
    return parsed


def _form_part(raw: bytes) -> FormPart:
    if raw.startswith(b"\r\n"):
        head, data = b"", raw[2:]
    else:
        head, blank_line, data = raw.partition(b"\r\n\r\n")
        if not blank_line:
            raise AdapterError("multipart body has a part without a header end")
    headers: dict[str, str] = {}
    for line in head.decode("utf-8", "replace").split("\r\n"):
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    disposition = _header_params("content-disposition", headers.get("content-disposition", ""))
    name = disposition.get_param("name", header="content-disposition")
    return FormPart(
        name=collapse_rfc2231_value(name) if name is not None else None,
        filename=disposition.get_filename(),
        content_type=headers.get("content-type"),
        data=data,
    )


def parse_multipart(content_type: str, body: bytes) -> list[FormPart]:
    """Split a multipart/form-data body into its parts (RFC 7578). Raises AdapterError."""
    boundary = _header_params("content-type", content_type).get_boundary()
    if not boundary or not boundary.isascii() or len(boundary) > 200:
        raise AdapterError("multipart body has no valid boundary")
    delimiter = b"--" + boundary.encode("ascii")
    separator = b"\r\n" + delimiter
    if body.startswith(delimiter):
        pos = len(delimiter)
    elif (start := body.find(separator)) >= 0:
        pos = start + len(separator)
    else:
        raise AdapterError("multipart body has no parts")
    parts = []
    while not body.startswith(b"--", pos):
        line_end = body.find(b"\r\n", pos)
        if line_end < 0 or body[pos:line_end].strip(b" \t"):
            raise AdapterError("multipart body has a malformed boundary line")
        end = body.find(separator, line_end)
        if end < 0:
            raise AdapterError("multipart body is truncated")
        parts.append(_form_part(body[line_end + 2:end]))
        pos = end + len(separator)
    return parts


_FIELD_NAME = re.compile(r"[\w.\-\[\]]{1,64}", re.ASCII)  # form field names shown in paths
_JSONL_TYPES = frozenset({"application/jsonl", "application/x-jsonlines", "application/x-ndjson", "application/jsonlines"})
_JSONL_PURPOSES = frozenset({b"batch", b"fine-tune", b"evals"})  # OpenAI file purposes whose files are JSONL


def _utf8_text(data: bytes) -> str | None:
    """The data as text if it is UTF-8 without NUL bytes (UTF-16 text decodes as UTF-8 with NULs)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return None if "\x00" in text else text


def _add_jsonl(b: RequestBuilder, text: str, where: str) -> None:
    """JSON Lines: each line's JSON walked (a line that is not JSON is text)."""
    for n, line in enumerate(text.split("\n")):
        if not (line := line.strip()):
            continue
        path = f"{where}.line[{n}]"
        try:
            b.walk(load_json(line), path)
        except AdapterError:
            b.text(line, path)


def _add_file(b: RequestBuilder, part: FormPart, where: str, file_kind: str, jsonl: bool) -> None:
    b.text(part.filename, f"{where}.filename")
    text = _utf8_text(part.data)
    media = (part.content_type or "").partition(";")[0].strip().lower()
    if text is None:
        b.request.uninspected.append(Uninspected(where, media_kind(media, file_kind), len(part.data)))
    elif jsonl or media in _JSONL_TYPES or (part.filename or "").lower().endswith(".jsonl"):
        _add_jsonl(b, text, where)
    else:
        b.text(text, where)


def _add_field(b: RequestBuilder, part: FormPart, where: str) -> None:
    text = _utf8_text(part.data)
    if text is None:
        b.request.uninspected.append(Uninspected(where, media_kind(part.content_type, "binary"), len(part.data)))
        return
    if part.name == "model":
        b.request.model = text.strip() or None
    elif part.name == "stream":
        b.request.stream = text.strip().lower() == "true"
    b.text(text, where)


def add_form(b: RequestBuilder, parts: list[FormPart], file_kind: str, *, names_as_text: bool) -> None:
    """Form fields as text (and their names, unless they are a known API's); files as text
    when they are UTF-8 (JSON Lines line by line), else Uninspected of their media kind
    (`file_kind` when the type says nothing). Fields "model" and "stream" are taken."""
    jsonl = any(p.name == "purpose" and p.filename is None and p.data.strip() in _JSONL_PURPOSES for p in parts)
    for n, part in enumerate(parts):
        where = part.name if part.name and _FIELD_NAME.fullmatch(part.name) else f"[#{n}]"
        if part.name and names_as_text:
            b.key(part.name, where)
        if part.filename is None:
            _add_field(b, part, where)
        else:
            _add_file(b, part, where, file_kind, jsonl)


def _add_urlencoded(b: RequestBuilder, body: bytes) -> None:
    text = _utf8_text(body)
    if text is None:
        b.request.uninspected.append(Uninspected("body", "binary", len(body)))
        return
    for n, (name, value) in enumerate(parse_qsl(text, keep_blank_values=True)):
        where = member_path("", name, n)
        b.key(name, where)
        b.text(value, where)


# --- bodies -------------------------------------------------------------------------------

_JSON_START = re.compile(rb"\s*[\[{]")


def _media_type(content_type: str | None) -> str:
    return (content_type or "").partition(";")[0].strip().lower()


def _add_raw(b: RequestBuilder, body: bytes) -> None:
    """A body that is not JSON or a form: one piece of text, or binary."""
    text = _utf8_text(body)
    if text is None:
        b.request.uninspected.append(Uninspected("body", "binary", len(body)))
    else:
        b.text(text, "body")


def add_body(
    b: RequestBuilder, content_type: str | None, body: bytes, *, file_kind: str = "file", spec: Spec | None = None
) -> None:
    """Read a body without a model of its fields: JSON (its `model` and `stream` taken),
    a form's fields and files, or the raw body.

    spec: given for a provider's endpoint, a JSON object is read by it, and a body declared
    JSON or multipart that does not parse raises AdapterError. Without, JSON is walked (keys
    included) and a body that does not parse is read raw.
    """
    if not body:
        return
    strict = spec is not None
    media = _media_type(content_type)
    if media == "multipart/form-data":
        try:
            add_form(b, parse_multipart(content_type or "", body), file_kind, names_as_text=not strict)
        except AdapterError:
            if strict:
                raise
            _add_raw(b, body)
    elif media == "application/x-www-form-urlencoded":
        _add_urlencoded(b, body)
    elif (declared := media == "application/json" or media.endswith("+json")) or _JSON_START.match(body):
        try:
            payload = load_json(body)
        except AdapterError:
            if strict and declared:
                raise
            _add_raw(b, body)
            return
        if isinstance(payload, dict):
            b.head(payload)
            if spec is not None:
                b.read(payload, "", spec)
                return
        b.walk(payload, "")
    else:
        _add_raw(b, body)


def read_body(b: RequestBuilder, spec: Spec | None, content_type: str | None, body: bytes, file_kind: str = "file") -> None:
    """A provider adapter's body. An endpoint with a spec takes a JSON object, read by it;
    one without is read whole by `add_body` (top-level members walked, keys not text)."""
    if spec is None:
        add_body(b, content_type, body, file_kind=file_kind, spec={})
    elif body:
        payload = load_json(body)
        if not isinstance(payload, dict):
            raise AdapterError("request body must be a JSON object")
        b.head(payload)
        b.read(payload, "", spec)


# --- the generic adapter ------------------------------------------------------------------

# First match wins: "batchEmbedContents" is embeddings, "/messages/batches" batches.
_OPERATION_HINTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (operation, re.compile(pattern))
    for operation, pattern in (
        ("embeddings", r"embed"),
        ("moderations", r"moderation"),
        ("batches", r"batch"),
        ("fine-tuning", r"fine[_-]?tun|tunedmodels|tuningjobs|model-customization"),
        ("images", r"/images?(?:/|$)|imagegeneration"),
        ("audio", r"/audio(?:/|$)|/speech|transcri"),
        ("files", r"/files(?:/|$)|/uploads?(?:/|$)"),
        ("chat", r":(?:stream)?generatecontent|/chat(?:/|$)|/converse|/messages(?:/|$)|/responses(?:/|$)"
                 r"|:(?:stream)?rawpredict|/invoke|/realtime(?:/|$)|bidigeneratecontent"),
        ("completion", r"/completions?(?:/|$)|/complete$|/generate$"),
        ("models", r"/models/?$|/tags$"),
    )
)
_STREAMING_PATH = re.compile(r"streamgeneratecontent|streamrawpredict|converse-stream|invoke-with-response-stream|[?&]alt=sse")


def operation_for_path(path: str) -> str:
    """The operation an AI endpoint path names, "other" when it names none."""
    lowered = path.partition("?")[0].lower()
    return next((operation for operation, hint in _OPERATION_HINTS if hint.search(lowered)), "other")


def model_from_path(path: str) -> str | None:
    """The model in a path: ".../models/{model}:generateContent" (Gemini, Vertex AI) or
    ".../model/{modelId}/invoke" (Bedrock)."""
    segments = path.partition("?")[0].split("/")
    for i, segment in enumerate(segments[:-1]):
        if segment in ("models", "model") and (model := unquote(segments[i + 1])):
            if i + 2 == len(segments) and re.fullmatch(r"[^:]+:[A-Za-z]+", model):
                model = model.rpartition(":")[0]  # the ":generateContent" method
            return model
    return None


class GenericAdapter:
    """Every string value and key of a JSON or form body, for APIs without an adapter."""

    name = "generic"

    def parse(self, method: str, path: str, content_type: str, body: bytes) -> NeutralRequest:
        b = RequestBuilder(self.name, operation_for_path(path))
        add_body(b, content_type, body)
        request = b.request
        request.model = request.model or model_from_path(path)
        request.stream = request.stream or bool(_STREAMING_PATH.search(path.lower()))
        return request


ADAPTER = GenericAdapter()
