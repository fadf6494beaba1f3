"""Text -> hashed n-gram ids, in numpy, once per request body: the model's featurisation.

The model (see `classifier.model`) averages an embedding of every feature in a window of
text, so all it needs of a body is its feature ids in text order and, per window, which
stretch of them falls inside. Both come from a handful of vectorised numpy operations
over the body's UTF-8 bytes, done once per body whatever the number of windows (never a
Python loop over characters, never a second pass over an overlap):

* the text is lower-cased and encoded; every ASCII digit becomes '0' (numbers generalise:
  an amount is an amount) and every ASCII whitespace or control byte a space;
* a 4-gram is its four bytes as a 32-bit number; a word sums its 4-grams (one prefix sum);
* the features are the byte 4-grams, the words (runs of letters, digits and non-ASCII
  bytes: accented letters stay inside their word) and the word bigrams, in three kinds;
* each hash is mixed with its kind and folded into buckets (`table_rows`);
* on request, every word also gets a *key* (`Features.word_keys`): its hash as if spaces stood on
  both sides of it, so that `counsel,` and `(counsel` look up the same entry of a
  vocabulary (the pretrained word vectors, `classifier.word_vectors`).

`Features.blocks` groups the features by the block of bytes they start in (windows start
and end on block edges): the ONNX graph sums each block's embeddings once, and a window's
sum is the sum of its few blocks, so the windows' overlap costs nothing.

Training (`classifier.train`) and inference call the same functions, so the features
cannot drift apart. Changing anything here changes the model's meaning: bump
`FEATURES_VERSION`, which the model file records and the loader checks.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

FEATURES_VERSION = "ngram-hash-2"
CHAR_NGRAM = 4
# 4-grams have their own 2**16 rows (ids below CHAR_ROWS), words and bigrams share 2**bits
# rows after them: on the dev split this separated privileged text better (AUC 0.992
# against 0.988 with one shared table of 2**18 rows) and the file is smaller.
CHAR_BITS = 16
CHAR_ROWS = 1 << CHAR_BITS


def table_rows(bits: int) -> int:
    """Rows of the embedding table features index (the padding row comes after them)."""
    return CHAR_ROWS + (1 << bits)

_MIX = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing: odd, bits well spread
_K = np.uint64(0x100000001B3)
_WORD_SALT, _BIGRAM_SALT = np.uint64(0x51ED27), np.uint64(0xB16A4)
_KEY_MIX = np.uint64(0xBF58476D1CE4E5B9)  # splitmix64's multiplier

# byte -> byte: digits to '0', ASCII whitespace and control characters to ' '.
_BYTE_MAP = bytearray(range(256))
_BYTE_MAP[ord("0"): ord("9") + 1] = b"0" * 10
_BYTE_MAP[:33] = b" " * 33
_BYTE_MAP[127] = ord(" ")
_BYTE_MAP = bytes(_BYTE_MAP)
# byte -> 1 if it belongs to a word (ASCII letters and digits, '_', every non-ASCII byte), else 0.
_WORD_BYTE = bytearray(256)
for _lo, _hi in ((ord("a"), ord("z")), (ord("0"), ord("9")), (128, 255)):
    _WORD_BYTE[_lo: _hi + 1] = b"\1" * (_hi + 1 - _lo)
_WORD_BYTE[ord("_")] = 1
_WORD_BYTE = bytes(_WORD_BYTE)


def encode(text: str) -> bytes:
    """The normalised UTF-8 bytes of `text`, with a space on each side."""
    return (" " + text.lower() + " ").encode("utf-8", "surrogatepass").translate(_BYTE_MAP)


def _fold(hashes: np.ndarray, bits: int) -> np.ndarray:
    with np.errstate(over="ignore"):
        return (hashes * _MIX) >> np.uint64(64 - bits)


@dataclass(frozen=True)
class Features:
    """A body's feature ids, kind after kind, each kind in text order."""

    ids: np.ndarray  # int64 [features]
    # Per kind: the byte offset (in `encode(text)`) where each feature starts; None for the
    # 4-grams, the i-th of which starts at byte i.
    starts: tuple[np.ndarray | None, ...]
    offsets: np.ndarray  # int64 [kinds + 1]: kind k's features are ids[offsets[k]:offsets[k + 1]]
    data: bytes  # `encode(text)`
    # uint64 per word, in text order: the word's hash with spaces on both sides of it
    # whatever bytes surround it (0 for one-byte words, which get no key); None unless asked
    word_keys: np.ndarray | None

    @property
    def size(self) -> int:
        return len(self.data)

    def blocks(self, block: int, padding: int, rows: int | None = None) -> tuple[np.ndarray, np.ndarray]:
        """The features grouped by the block of `block` bytes they start in.

        Returns ids (int64 [rows, width]: row b holds every feature starting in bytes
        [b * block, (b + 1) * block), the kinds side by side, the rest `padding`) and counts
        (int64 [rows]: the features in each row). `rows` defaults to the blocks the body
        needs; more rows are all padding. The width is `block` for the 4-grams (one per
        byte) plus, per other kind, the most features of that kind in one block."""
        needed = max(1, -(-self.size // block))
        rows = needed if rows is None else rows
        assert rows >= needed
        counts = np.zeros(rows, dtype=np.int64)
        placed = []  # per kind: (ids, None, block) for one per byte, else (ids, (row, rank in the row), width)
        for k, starts in enumerate(self.starts):
            ids = self.ids[self.offsets[k]:self.offsets[k + 1]]
            if starts is None:
                full, rest = divmod(len(ids), block)  # full < rows: the last 4-gram starts 3 bytes before the end
                counts[:full] += block
                counts[full] += rest
                placed.append((ids, None, block))
            else:
                row = starts // block
                per_row = np.bincount(row, minlength=rows)
                counts += per_row
                first = np.cumsum(per_row)
                first -= per_row  # index of each row's first feature (starts are sorted)
                rank = np.arange(len(row))
                rank -= first[row]
                placed.append((ids, (row, rank), int(per_row.max())))
        width = sum(w for *_, w in placed)
        out = np.empty((rows, width), dtype=np.int64)
        column = 0
        for ids, where, w in placed:
            part = out[:, column:column + w]
            if where is None:  # the i-th feature starts at byte i: a reshape, padded after the last
                full = len(ids) // block
                part[:full] = ids[:full * block].reshape(full, block)
                part[full:] = padding
                part[full, :len(ids) - full * block] = ids[full * block:]
            else:
                part[:] = padding
                row, rank = where
                out.reshape(-1)[row * width + column + rank] = ids
            column += w
        return out, counts


def features(text: str, bits: int, word_keys: bool = False) -> Features:
    """Every feature of `text` (ids in [0, table_rows(bits))), with where it starts.

    A 4-gram is its four bytes read as one 32-bit number, mixed; a word is the wrapping
    sum of its mixed 4-grams (from the space before it to the space after it), from one
    prefix sum; a bigram combines its two words' hashes."""
    data = encode(text)
    size = len(data)
    grams = np.ndarray((max(0, size - CHAR_NGRAM + 1),), dtype="<u4", buffer=data, strides=(1,))
    char_shift = np.uint64(64 - CHAR_BITS)
    in_word = np.frombuffer(data.translate(_WORD_BYTE), dtype=np.bool_)
    edges = np.flatnonzero(in_word[1:] != in_word[:-1])  # data starts and ends with a space
    word_starts, word_ends = edges[0::2] + 1, edges[1::2] + 1
    offsets = np.cumsum([0, len(grams), len(word_starts), max(0, len(word_starts) - 1)])
    ids = np.empty(offsets[-1], dtype=np.uint64)  # every id < table_rows(bits): viewed as int64
    with np.errstate(over="ignore"):
        prefix = np.empty(len(grams) + 1, dtype=np.uint64)  # the mixed 4-grams, then their prefix sums
        prefix[0] = 0
        mixed = prefix[1:]
        np.multiply(grams, _MIX, out=mixed, dtype=np.uint64)
        np.right_shift(mixed, char_shift, out=ids[offsets[0]:offsets[1]])
        keys = _word_keys(grams, mixed, word_starts, word_ends) if word_keys else None  # (before the sum overwrites `mixed`)
        np.cumsum(mixed, out=mixed)
        last = len(prefix) - 1  # (a text of fewer than four bytes has no 4-gram)
        word_hashes = (prefix[np.minimum(np.maximum(word_ends - 2, word_starts), last)]
                       - prefix[np.minimum(word_starts - 1, last)])
        ids[offsets[1]:offsets[2]] = _fold(word_hashes ^ _WORD_SALT, bits) + np.uint64(CHAR_ROWS)
        ids[offsets[2]:offsets[3]] = (_fold((word_hashes[:-1] * _K + word_hashes[1:]) ^ _BIGRAM_SALT, bits)
                                      + np.uint64(CHAR_ROWS))
    return Features(ids.view(np.int64), (None, word_starts, word_starts[:-1]), offsets, data, keys)


def _scrambled(grams: np.ndarray, mixed: np.ndarray | None = None) -> np.ndarray:
    """A non-linear mix of 4-grams (`mixed`: grams * _MIX, if already computed). A word's
    key sums these, so unlike the word hash (a multiple of the plain sum of its 4-grams,
    which words with the same edges and the same sum of middle bytes share: `production`
    and `protection`, 430 groups among the vocabulary's 21,719 words) it is shared only by
    words made of the same 4-grams."""
    with np.errstate(over="ignore"):
        if mixed is None:
            mixed = np.multiply(grams, _MIX, dtype=np.uint64)
        out = mixed >> np.uint64(29)
        out ^= mixed
        out *= _KEY_MIX
        return out


def _word_keys(grams: np.ndarray, mixed: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Each word's key: its scrambled 4-grams summed with the byte before it and the byte
    after it read as spaces.

    A word of L >= 2 bytes at [s, e) has the 4-grams starting at s - 1 to e - 3: only the
    first holds the byte before (its lowest byte) and only the last the byte after (its
    highest); for L = 2 they are the same 4-gram. Swapping those two for their
    space-bounded versions costs a few operations per word, not per byte."""
    if len(grams) == 0 or len(starts) == 0:
        return np.zeros(len(starts), dtype=np.uint64)
    prefix = np.zeros(len(grams) + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        np.cumsum(_scrambled(grams, mixed), out=prefix[1:])
        lo = np.minimum(starts - 1, len(grams) - 1)  # (clipped: a one-byte last word)
        hi = np.maximum(ends - 2, lo + 1)
        edges = np.empty((4, len(starts)), dtype=np.uint32)  # first, last, and their clean versions
        edges[0] = grams[lo]
        edges[2] = (edges[0] & np.uint32(0xFFFFFF00)) | np.uint32(0x20)
        edges[1] = np.where((ends - starts) == 2, edges[2], grams[hi - 1])
        edges[3] = (edges[1] & np.uint32(0x00FFFFFF)) | np.uint32(0x20 << 24)
        scrambled = _scrambled(edges)
        keys = prefix[hi] - prefix[lo] - scrambled[0] - scrambled[1] + scrambled[2] + scrambled[3]
    keys[(ends - starts) < 2] = 0
    return keys


def word_key(word: str) -> int:
    """The key `Features.word_keys` gives `word` wherever it stands in a text."""
    keys = features(word, 0, word_keys=True).word_keys
    if len(keys) != 1 or keys[0] == 0:
        raise ValueError("a key is for one word of at least two bytes")
    return int(keys[0])
