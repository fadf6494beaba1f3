"""Putting redacted values back: placeholders in an answer become the originals again.

Pure and incremental. `Restorer.feed` takes a stream of text in arbitrary pieces (SSE
deltas) and returns what can be shown now: text before a possible placeholder goes out
at once, and only a suffix that could still grow into a placeholder ("…[[EMA") is held
back, at most `MAX_PLACEHOLDER - 1` characters, never the whole stream. `flush` releases
the rest at the end of the stream.

A placeholder the map does not know (the model invented or mangled one) is left as it
is and counted, as is one whose type is configured never to be restored. In JSON mode the
originals are inserted JSON-escaped, for text that is itself a JSON document (streamed
tool-call arguments).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from addons.jsonbytes import json_bytes, utf8

# [[TYPE_hex]]: the type names what was there (EMAIL, PHONE, ...), the hex is a keyed hash.
# Any hex length is recognised so that a shortened (mangled) one is counted, not missed.
PLACEHOLDER = re.compile(r"\[\[([A-Z][A-Z0-9_]{0,31}?)_([0-9a-f]{4,32})\]\]")
MAX_PLACEHOLDER = 2 + 32 + 1 + 32 + 2
# Everything a placeholder can start with; over-accepting only holds back a little longer.
_PREFIX = re.compile(r"\[(?:\[(?:[A-Z][A-Z0-9_]{0,32}(?:[0-9a-f]{1,32}(?:\]\]?)?)?)?)?")


@dataclass(frozen=True, slots=True)
class RestoreMap:
    """Placeholder -> original for one request, and the placeholders kept as they are."""

    originals: dict[str, str] = field(default_factory=dict, repr=False)
    withheld: frozenset[str] = field(default=frozenset(), repr=False)

    def __repr__(self) -> str:  # never the values
        return f"RestoreMap({len(self.originals)} restorable, {len(self.withheld)} withheld)"


@dataclass(slots=True)
class RestoreCounts:
    restored: int = 0
    unknown: int = 0   # placeholder-shaped text not from this request: invented or mangled
    withheld: int = 0  # of a type that is never restored

    def add(self, other: RestoreCounts) -> None:
        self.restored += other.restored
        self.unknown += other.unknown
        self.withheld += other.withheld


def _json_escaped(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)[1:-1]


class Restorer:
    """Restores placeholders in one stream of text (one delta channel)."""

    __slots__ = ("map", "json_mode", "counts", "_held")

    def __init__(self, restore_map: RestoreMap, counts: RestoreCounts, *, json_mode: bool = False):
        self.map = restore_map
        self.json_mode = json_mode
        self.counts = counts
        self._held = ""

    def _replace(self, match: re.Match[str]) -> str:
        token = match.group(0)
        original = self.map.originals.get(token)
        if original is None:
            if token in self.map.withheld:
                self.counts.withheld += 1
            else:
                self.counts.unknown += 1
            return token
        self.counts.restored += 1
        return _json_escaped(original) if self.json_mode else original

    def feed(self, text: str) -> str:
        """The restored text that can be released now; a possible placeholder start is held."""
        if self._held:
            text, self._held = self._held + text, ""
        if "[" not in text:
            return text
        out: list[str] = []
        pos = 0
        for match in PLACEHOLDER.finditer(text):
            out.append(text[pos:match.start()])
            out.append(self._replace(match))
            pos = match.end()
        cut = _hold_point(text, pos)
        out.append(text[pos:cut])
        self._held = text[cut:]
        return "".join(out)

    @property
    def holding(self) -> bool:
        return bool(self._held)

    def flush(self) -> str:
        """The held-back text (an unfinished placeholder stays as it came)."""
        held, self._held = self._held, ""
        return held


def _hold_point(text: str, start: int) -> int:
    """Where the suffix of text[start:] that could still become a placeholder begins."""
    i = text.find("[", max(start, len(text) - MAX_PLACEHOLDER + 1))
    while i != -1:
        if _PREFIX.fullmatch(text, i):
            return i
        i = text.find("[", i + 1)
    return len(text)


def restore_text(text: str, restore_map: RestoreMap, counts: RestoreCounts, *, json_mode: bool = False) -> str:
    """Restore a complete text."""
    if "[[" not in text:
        return text
    restorer = Restorer(restore_map, counts, json_mode=json_mode)
    return restorer.feed(text) + restorer.flush()


def _is_json_document(text: str) -> bool:
    if not text.lstrip().startswith(("{", "[")):
        return False
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def restore_string(text: str, restore_map: RestoreMap, counts: RestoreCounts) -> str:
    """A complete JSON string value: a JSON document inside it (tool-call arguments) gets
    its originals JSON-escaped, any other text gets them as they are."""
    if "[[" not in text:
        return text
    return restore_text(text, restore_map, counts, json_mode=_is_json_document(text))


def restore_value(value: Any, restore_map: RestoreMap, counts: RestoreCounts) -> Any:
    """Every string (and key) of a parsed JSON value restored; iterative, in place where possible."""
    if isinstance(value, str):
        return restore_string(value, restore_map, counts)
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key in list(node):
                item = node[key]
                new_key = restore_string(key, restore_map, counts)
                if new_key != key:
                    del node[key]
                if isinstance(item, str):
                    node[new_key] = restore_string(item, restore_map, counts)
                else:
                    node[new_key] = item
                    stack.append(item)
        elif isinstance(node, list):
            for i, item in enumerate(node):
                if isinstance(item, str):
                    node[i] = restore_string(item, restore_map, counts)
                else:
                    stack.append(item)
    return value


def restore_body(body: bytes, content_type: str, restore_map: RestoreMap, counts: RestoreCounts) -> bytes:
    """A complete (decoded) response body: JSON walked string by string, other text as text."""
    if b"[[" not in body:
        return body
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return body  # binary: carries no placeholder we could restore faithfully
    if "json" in content_type.lower() or text.lstrip().startswith(("{", "[")):
        try:
            value = json.loads(text)
        except ValueError:
            pass
        else:
            return json_bytes(restore_value(value, restore_map, counts), separators=(", ", ": "))
    return utf8(restore_text(text, restore_map, counts))
