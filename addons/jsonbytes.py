"""Text and JSON that Embargo writes into a body it forwards (a redacted, filtered,
redirected, translated or restored one), as UTF-8 bytes.

A JSON string may hold a lone UTF-16 surrogate: `"\\ud800"` is valid JSON, and `json.loads`
returns it as a one-character string that UTF-8 cannot encode, so `json.dumps(...).encode()`
fails on a body its client was entitled to send. Here the surrogate goes out as the escape
it came in as; everything else is written as UTF-8, not escaped.
"""

from __future__ import annotations

import json
from typing import Any

COMPACT = (",", ":")


def utf8(text: str) -> bytes:
    """`text` as UTF-8, a lone surrogate as the six characters of its escape "\\udXXX"
    (inside a JSON string, where `json.dumps` leaves one, that is the JSON escape)."""
    return text.encode("utf-8", "backslashreplace")


def json_bytes(value: Any, separators: tuple[str, str] = COMPACT) -> bytes:
    return utf8(json.dumps(value, ensure_ascii=False, separators=separators))
