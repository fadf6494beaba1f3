"""The neutral request form that every provider adapter produces, and the tools to build it.

An adapter turns one provider's wire format into a `NeutralRequest`: the operation,
the model, whether the answer streams, every piece of text with its field path, and
what it could not inspect. Policy and classifier see only this form.

Adapters read the fields they know (to attach roles, message indexes, binary kinds)
and hand everything else to `RequestBuilder.walk`, so that a field an adapter does not
know about is still classified rather than skipped.
"""

from __future__ import annotations

import binascii
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol
from urllib.parse import unquote

from classifier.classification import TextPiece

# Operations a policy rule can match on.
OPERATIONS = (
    "chat",         # chat completions, Responses API, Anthropic messages, generateContent, ...
    "completion",   # legacy text completions
    "embeddings",
    "files",
    "fine-tuning",
    "batches",
    "images",
    "audio",
    "moderations",
    "models",       # listing/reading models: carries no payload
    "other",
)


@dataclass(frozen=True, slots=True)
class Uninspected:
    """A part of the request whose content the classifier cannot see."""

    where: str   # field path, e.g. "messages[0].content[1].source.data"
    kind: str    # "image", "document", "audio", "file", "binary", "tokens", "unparsed"
    size: int    # bytes or characters of the encoded form (tokens for "tokens"); 0 behind a URL


@dataclass(slots=True)
class NeutralRequest:
    provider_format: str            # the adapter that parsed it: "openai", "anthropic", "generic"
    operation: str                  # one of OPERATIONS
    model: str | None = None
    stream: bool = False
    texts: list[TextPiece] = field(default_factory=list)
    uninspected: list[Uninspected] = field(default_factory=list)
    # Field paths of provider-side state the request builds on by id (previous_response_id,
    # conversation, file ids in content parts): content this request does not carry.
    references: list[str] = field(default_factory=list)


class AdapterError(ValueError):
    """The body is not what the endpoint expects (malformed JSON, wrong shape).

    The message must not quote the body: it is shown to clients and logged.
    """


class Adapter(Protocol):
    """One provider API format. Implementations are stateless module-level objects."""

    name: str

    def parse(self, method: str, path: str, content_type: str, body: bytes) -> NeutralRequest:
        """Parse a decoded (decompressed) request body. Raises AdapterError."""
        ...


# --- JSON -------------------------------------------------------------------------------

MAX_JSON_DEPTH = 64
NOT_JSON = "request body is not valid JSON"


def _check_depth(value: Any, max_depth: int) -> None:
    """Reject parsed JSON nested deeper than max_depth; level by level, so depth costs no
    stack (and a level is one comprehension, not a push and pop per container)."""
    level = [value] if isinstance(value, (dict, list)) else []
    depth = 1
    while level:
        if depth > max_depth:
            raise AdapterError(f"request body is nested more than {max_depth} levels deep")
        level = [child for node in level for child in (node.values() if isinstance(node, dict) else node)
                 if isinstance(child, (dict, list))]
        depth += 1


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        # Parsers disagree on which duplicate wins: the upstream could read the one we skip.
        raise AdapterError("request body has a duplicate key in a JSON object")
    return obj


def load_json(body: bytes | str, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """Parse a JSON body: strict UTF-8, no duplicate keys, at most max_depth levels of nesting.

    Raises AdapterError with a message that never quotes the body.
    """
    if isinstance(body, bytes):
        try:
            body = body.decode("utf-8")
        except UnicodeDecodeError:
            raise AdapterError("request body is not valid UTF-8") from None
    try:
        # CPython's scanner bounds its own recursion (RecursionError past the interpreter's
        # limit), so a megabyte of "[[[[" fails fast; the exact limit is checked after.
        value = json.loads(body.removeprefix("\ufeff"), object_pairs_hook=_object)
    except AdapterError:
        raise
    except RecursionError:
        raise AdapterError(f"request body is nested more than {max_depth} levels deep") from None
    except ValueError:  # JSONDecodeError, and ints longer than Python converts
        raise AdapterError(NOT_JSON) from None
    _check_depth(value, max_depth)
    return value


# --- field paths and shapes -------------------------------------------------------------

# Keys that appear verbatim in field paths. Other keys are user data (names, sentences) and
# are shown by position, "[#3]", so that paths can be logged.
_PATH_KEY = re.compile(r"[A-Za-z_$@][\w$@\-]{0,63}", re.ASCII)


@lru_cache(maxsize=1024)
def _plain_key(key: str) -> bool:
    """Whether a key may appear verbatim in a path (cached: a body repeats its keys)."""
    return _PATH_KEY.fullmatch(key) is not None


def member_path(parent: str, key: str, position: int) -> str:
    """The path of member `key` (the position-th) of the object at `parent`."""
    if _plain_key(key):
        return f"{parent}.{key}" if parent else key
    return f"{parent}[#{position}]"


def objects(value: Any, where: str) -> list[dict[str, Any]]:
    """A list of JSON objects at `where` (absent means empty); AdapterError otherwise."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise AdapterError(f"{where} must be a list")
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            raise AdapterError(f"{where}[{i}] must be an object")
    return value


# --- recognising binary payloads in strings ---------------------------------------------

_BASE64 = re.compile(r"[A-Za-z0-9+/\-_\r\n]+={0,2}", re.ASCII)
_URLSAFE_TO_STANDARD = str.maketrans("-_", "+/", "\r\n")
_DATA_URL = re.compile(r"data:([\w.+\-]+/[\w.+\-]+)?(?:;[^,;]*)*;base64,", re.ASCII | re.IGNORECASE)
MIN_BASE64 = 256
_DOCUMENT_TYPES = re.compile(r"application/(?:pdf|msword|rtf|vnd\.(?:openxmlformats|ms-|oasis)[\w.\-]*)|text/.+", re.IGNORECASE)


def media_kind(media_type: str | None, default: str) -> str:
    """The Uninspected kind for a MIME type: image, audio, document, or `default`."""
    media_type = (media_type or "").partition(";")[0].strip()
    major = media_type.partition("/")[0].lower()
    if major in ("image", "audio"):
        return major
    if _DOCUMENT_TYPES.fullmatch(media_type):
        return "document"
    return default


def _is_base64_blob(value: str) -> bool:
    if len(value) < MIN_BASE64 or _BASE64.fullmatch(value) is None:
        return False
    compact = value.translate(_URLSAFE_TO_STANDARD).rstrip("=")
    try:
        binascii.a2b_base64(compact + "=" * (-len(compact) % 4), strict_mode=True)
    except binascii.Error:
        return False
    return True


def binary_kind(value: str) -> str | None:
    """The Uninspected kind of a string that encodes binary content (a base64 data: URL or a
    long base64 blob), or None for ordinary text."""
    if m := _DATA_URL.match(value):
        return media_kind(m.group(1), "binary")
    return "binary" if _is_base64_blob(value) else None


# --- building a NeutralRequest ----------------------------------------------------------

Action = Callable[["RequestBuilder", Any, str], None]
"""Reads one field: (builder, value, where)."""

Spec = Mapping[str, Action]
"""Field reader per member key; "a.b" keys reach into the member object "a"."""


class RequestBuilder:
    """Collects texts, uninspected parts and references while an adapter reads a body.

    `ignore` names members that carry no content (ids, type tags, enums): `read` skips them,
    everything it has no action for is walked. Role and message index come from the
    innermost `message` block.
    """

    __slots__ = ("request", "ignore", "_role", "_index", "_keys")

    def __init__(self, provider_format: str, operation: str, ignore: frozenset[str] = frozenset()):
        self.request = NeutralRequest(provider_format, operation)
        self.ignore = ignore
        self._role: str | None = None
        self._index: int | None = None
        self._keys: set[str] = set()

    def message(self, role: Any, index: int | None) -> _Message:
        """Attribute the texts read inside the `with` block to one message of the conversation."""
        return _Message(self, role if isinstance(role, str) else None, index)

    def head(self, payload: Mapping[str, Any]) -> None:
        """Take `model` and `stream` from a JSON body's top level."""
        if isinstance(model := payload.get("model"), str) and model:
            self.request.model = model
        self.request.stream = self.request.stream or payload.get("stream") is True

    # Actions: (value, where) -> None.

    def text(self, value: Any, where: str) -> None:
        """A field meant to hold text. Binary-looking strings become Uninspected; a value
        that is not a string is walked."""
        if not isinstance(value, str):
            self.walk(value, where)
        elif value and not value.isspace():
            where = where or "body"
            if kind := binary_kind(value):
                self.request.uninspected.append(Uninspected(where, kind, len(value)))
            else:
                self.request.texts.append(TextPiece(value, where, self._role, self._index))

    def opaque(self, value: Any, where: str, kind: str) -> None:
        """A field holding encoded content (base64 image, audio, document)."""
        if isinstance(value, str):
            if value:
                self.request.uninspected.append(Uninspected(where, kind, len(value)))
        else:
            self.walk(value, where)

    def media_url(self, value: Any, where: str, kind: str) -> None:
        """A URL to content: a data: URL is encoded content; for a remote URL the content is
        not in the request (the URL itself is text)."""
        if isinstance(value, str) and value and not _DATA_URL.match(value):
            self.request.uninspected.append(Uninspected(where, kind, 0))
            self.text(value, where)
        else:
            self.opaque(value, where, kind)

    def json_text(self, value: Any, where: str) -> None:
        """A JSON value (tool input, JSON schema) classified as one piece of JSON text."""
        if isinstance(value, str):
            self.text(value, where)
        elif value is not None:
            self.text(json.dumps(value, ensure_ascii=False), where)

    def reference(self, value: Any, where: str) -> None:
        """An id of content stored at the provider."""
        if value:
            self.request.references.append(where)

    def skip(self, value: Any, where: str) -> None:
        """A field that carries no content."""

    def walk(self, value: Any, where: str) -> None:
        """Every string in a JSON value as text, and every object key once per request.

        Iterative: the depth of attacker-controlled JSON never becomes Python recursion.
        """
        stack: list[tuple[str, Any]] = [(where, value)]
        while stack:
            path, node = stack.pop()
            if isinstance(node, str):
                self.text(node, path)
            elif isinstance(node, dict):
                members = [(member_path(path, k, n), k, v) for n, (k, v) in enumerate(node.items())]
                for member, key, _ in members:
                    self.key(key, member)
                stack.extend((member, v) for member, _, v in reversed(members))
            elif isinstance(node, list):
                stack.extend((f"{path}[{i}]", v) for i, v in reversed(list(enumerate(node))))

    def key(self, key: str, where: str) -> None:
        """An object key as text (field names like `legal_case_strategy__c` are vocabulary
        a policy can match), once per distinct key."""
        if key not in self._keys:
            self._keys.add(key)
            self.text(key, f"{where}#key")

    # Structured reading.

    def read(self, obj: Any, where: str, spec: Spec) -> None:
        """Read an object's members: by their action in `spec`, skipping `ignore`d keys,
        walking the rest. A non-object is walked."""
        if not isinstance(obj, dict):
            self.walk(obj, where)
            return
        for n, (key, value) in enumerate(obj.items()):
            path = member_path(where, key, n)
            if action := spec.get(key):
                action(self, value, path)
            elif nested := {k[len(key) + 1:]: a for k, a in spec.items() if k.startswith(key + ".")}:
                self.read(value, path, nested)
            elif key not in self.ignore:
                self.walk(value, path)

    def fields(self, value: Any, where: str) -> None:
        """An object of known fields that need no action: members walked, keys not text."""
        self.read(value, where, {})

    def read_each(self, value: Any, where: str, spec: Spec) -> None:
        """`read` each element of a list (a non-list is walked)."""
        if isinstance(value, list):
            for i, item in enumerate(value):
                self.read(item, f"{where}[{i}]", spec)
        else:
            self.walk(value, where)

    def content(self, value: Any, where: str, part: Callable[[RequestBuilder, dict[str, Any], str], None]) -> None:
        """A message `content`: a string, or a list of typed parts each read by `part`
        (list items that are not objects are read as text)."""
        if isinstance(value, list):
            for n, item in enumerate(value):
                if isinstance(item, dict):
                    part(self, item, f"{where}[{n}]")
                else:
                    self.text(item, f"{where}[{n}]")
        elif value is None or isinstance(value, str):
            self.text(value, where)
        else:
            raise AdapterError(f"{where} must be a string or a list")

    def messages(self, value: Any, where: str, spec: Spec) -> None:
        """A conversation: a list of message objects, each read by `spec` with its role and
        index attached to its texts."""
        for i, msg in enumerate(objects(value, where)):
            with self.message(msg.get("role"), i):
                self.read(msg, f"{where}[{i}]", spec)


class _Message:
    """`RequestBuilder.message`'s block: a class, not a generator context manager, as it
    runs once per message of a conversation."""

    __slots__ = ("builder", "role", "index", "saved")

    def __init__(self, builder: RequestBuilder, role: str | None, index: int | None):
        self.builder, self.role, self.index = builder, role, index

    def __enter__(self) -> None:
        b = self.builder
        self.saved = b._role, b._index
        b._role, b._index = self.role, self.index

    def __exit__(self, *exc_info: object) -> None:
        self.builder._role, self.builder._index = self.saved


def typed(table: Mapping[str, Spec], obj: Mapping[str, Any], default: str | None = None) -> Spec:
    """The spec for an object by its "type" tag; an unknown tag gets none (all walked)."""
    tag = obj.get("type", default)
    return table.get(tag, {}) if isinstance(tag, str) else {}


def with_role(role: str, action: Action) -> Action:
    """An action whose texts belong to `role` outside any message (system prompts)."""

    def read_as_role(b: RequestBuilder, value: Any, where: str) -> None:
        with b.message(role, None):
            action(b, value, where)

    return read_as_role


# --- endpoints ----------------------------------------------------------------------------

_API_PREFIX = re.compile(r"openai|api|v\d+(?:alpha|beta)?\d*")


def endpoint(path: str) -> tuple[str, str | None]:
    """A request path without query and API prefix, lowercased ("/openai/v1/chat/completions?x"
    -> "chat/completions"), and the Azure deployment in "/openai/deployments/{name}/...".
    """
    segments = [unquote(s) for s in path.partition("?")[0].split("/") if s]
    i = 0
    while i < len(segments) and _API_PREFIX.fullmatch(segments[i].lower()):
        i += 1
    deployment = None
    if len(segments) > i + 1 and segments[i].lower() == "deployments":
        deployment, i = segments[i + 1], i + 2
    return "/".join(segments[i:]).lower(), deployment


def lookup[T](endpoint_path: str, table: Mapping[str, T], *, prefix: bool = False) -> T | None:
    """The value of the longest pattern in `table` matching the endpoint path, or with
    `prefix` its leading segments; "*" in a pattern matches any one segment."""
    segments = endpoint_path.split("/")
    best, found = 0, None
    for pattern, value in table.items():
        wanted = pattern.split("/")
        fits = len(segments) == len(wanted) or (prefix and len(segments) > len(wanted))
        if fits and len(wanted) > best and all(w in ("*", s) for w, s in zip(wanted, segments)):
            best, found = len(wanted), value
    return found
