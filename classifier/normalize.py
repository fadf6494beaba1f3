"""Unicode normalisation before matching: NFKC, zero-width characters, homoglyphs.

"Ｐｒｉｖｉｌｅｇｅｄ" (full-width), "privi\u200bleged" (a zero-width space) and
"рrivileged" (a Cyrillic "р") must meet the same detectors as "privileged". The text is
folded once per piece; ASCII text (most requests) is returned as is, at the cost of one
`str.isascii` call. Findings keep the offsets of the text as sent: `Normalized.source`
maps an offset in the folded text back to the original.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

# Removed: zero-width and invisible formatting characters used to split words.
_INVISIBLE = "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c" \
             "\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f\ufeff"
# Cyrillic and Greek letters that look like Latin ones (Unicode confusables, the common part).
_HOMOGLYPHS = {
    "а": "a", "в": "b", "е": "e", "ѕ": "s", "і": "i", "ј": "j", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ԁ": "d", "ԛ": "q", "ԝ": "w", "А": "A", "В": "B", "Е": "E", "Ѕ": "S",
    "І": "I", "Ј": "J", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X", "У": "Y",
    "α": "a", "ο": "o", "ρ": "p", "υ": "u", "ν": "v", "ι": "i", "κ": "k", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z",
    "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    "\u2010": "-", "\u2011": "-", "\u2212": "-",
}
_TABLE = str.maketrans({**{c: None for c in _INVISIBLE}, **_HOMOGLYPHS})
# Whether `_TABLE` changes a text at all: `str.translate` with a table looks up every
# character of a non-ASCII text (about 130 us per KB of German or French), a character
# class scans it in C (about 3 us), and almost no text holds any of these characters.
_IN_TABLE = re.compile("[" + re.escape(_INVISIBLE + "".join(_HOMOGLYPHS)) + "]")
_INVISIBLE_CHARACTER = re.compile("[" + re.escape(_INVISIBLE) + "]")


@dataclass(frozen=True, slots=True)
class Normalized:
    text: str
    # Sorted (offset in `text`, offset in the original) pairs where the two drift apart;
    # empty when the folding kept every character in place.
    _anchors: tuple[tuple[int, int], ...] = ()

    def source(self, offset: int) -> int:
        """The original offset of `offset` in the folded text."""
        if not self._anchors:
            return offset
        i = bisect.bisect_right(self._anchors, (offset, float("inf"))) - 1
        if i < 0:
            return offset
        folded, original = self._anchors[i]
        return original + (offset - folded)


def normalize(text: str) -> Normalized:
    if text.isascii():
        return Normalized(text)
    in_table = _IN_TABLE.search(text) is not None
    folded = unicodedata.normalize("NFKC", text.translate(_TABLE) if in_table else text)
    if folded == text:
        return Normalized(text)
    if len(folded) == len(text) and not (in_table and _INVISIBLE_CHARACTER.search(text)):
        return Normalized(folded)  # one character for one: offsets are unchanged
    return Normalized(folded, _anchors(text))


def _anchors(text: str) -> tuple[tuple[int, int], ...]:
    """Per-character folding, recording where the offsets shift: only for text whose
    folding changes lengths (rare), and linear in its length."""
    anchors, folded_at = [], 0
    for original_at, ch in enumerate(text):
        piece = unicodedata.normalize("NFKC", ch.translate(_TABLE))
        if len(piece) != 1:
            anchors.append((folded_at, original_at))
        folded_at += len(piece)
        if len(piece) != 1:
            anchors.append((folded_at, original_at + 1))
    return tuple(anchors)
