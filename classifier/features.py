"""Text -> hashed n-gram ids, in numpy: the model's featurisation.

The model (see `classifier.model`) is a linear layer over the mean of hashed features,
so all it needs of a text is a bag of feature ids. They are computed here with a handful
of vectorised numpy operations over the text's UTF-8 bytes, at a few microseconds per
kilobyte, and never with a Python loop over characters:

* the text is lower-cased and encoded; every ASCII digit becomes '0' (numbers generalise:
  an amount is an amount) and every ASCII whitespace or control byte a space;
* a polynomial hash of every substring comes from one prefix sum (`_substring_hashes`);
* the features are the byte 3-, 4- and 5-grams, the words (runs of letters, digits and
  non-ASCII bytes: accented letters stay inside their word) and the word bigrams;
* each hash is mixed with its kind and folded into `2 ** bits` buckets.

Training (`classifier.train`) and inference call the same function, so the features
cannot drift apart. Changing anything here changes the model's meaning: bump
`FEATURES_VERSION`, which the model file records and the loader checks.
"""

from __future__ import annotations

import numpy as np

FEATURES_VERSION = "ngram-hash-1"
CHAR_NGRAMS = (3, 4, 5)

_K = np.uint64(0x100000001B3)  # odd, so invertible modulo 2**64
_K_INVERSE = np.uint64(pow(int(_K), -1, 2**64))
_MIX = np.uint64(0x9E3779B97F4A7C15)
_WORD_SALT, _BIGRAM_SALT = np.uint64(0x51ED27), np.uint64(0xB16A4)

# byte -> byte: digits to '0', ASCII whitespace and control characters to ' '.
_BYTE_MAP = np.arange(256, dtype=np.uint8)
_BYTE_MAP[ord("0"): ord("9") + 1] = ord("0")
_BYTE_MAP[:33] = ord(" ")
_BYTE_MAP[127] = ord(" ")
# Bytes that belong to a word: ASCII letters and digits, '_', and every non-ASCII byte.
_WORD_BYTE = np.zeros(256, dtype=bool)
for _lo, _hi in ((ord("a"), ord("z")), (ord("0"), ord("9")), (128, 255)):
    _WORD_BYTE[_lo: _hi + 1] = True
_WORD_BYTE[ord("_")] = True

_POWERS: dict[str, np.ndarray] = {}


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """K**i and K**-i for i < n (uint64, wrapping), grown on demand and cached."""
    if len(_POWERS.get("k", ())) < n:
        size = max(n, 2 * len(_POWERS.get("k", ())), 4096)
        _POWERS["k"], _POWERS["kinv"] = _pow_table(size, _K), _pow_table(size, _K_INVERSE)
    return _POWERS["k"][:n], _POWERS["kinv"][:n]


def _pow_table(size: int, base: np.uint64) -> np.ndarray:
    table = np.empty(size, dtype=np.uint64)
    table[0] = 1
    with np.errstate(over="ignore"):
        table[1:] = np.cumprod(np.full(size - 1, base, dtype=np.uint64))
    return table


def encode(text: str) -> np.ndarray:
    """The normalised UTF-8 bytes of `text`, with a space on each side."""
    raw = (" " + text.lower() + " ").encode("utf-8", "surrogatepass")
    return _BYTE_MAP[np.frombuffer(raw, dtype=np.uint8)]


def _substring_hashes(data: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Prefix sums P[j] = sum(data[t] * K**-t for t < j), and the powers K**i."""
    k_pow, k_inv = _powers(len(data) + 1)
    with np.errstate(over="ignore"):
        prefix = np.zeros(len(data) + 1, dtype=np.uint64)
        np.cumsum(data.astype(np.uint64) * k_inv[: len(data)], out=prefix[1:])
    return prefix, k_pow


def _span_hash(prefix: np.ndarray, k_pow: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """sum(data[t] * K**(t - start)) for each span: independent of where the span sits."""
    with np.errstate(over="ignore"):
        return (prefix[ends] - prefix[starts]) * k_pow[starts]


def _fold(hashes: np.ndarray, salt: np.uint64, bits: int) -> np.ndarray:
    with np.errstate(over="ignore"):
        mixed = (hashes ^ salt) * _MIX
    return (mixed >> np.uint64(64 - bits)).astype(np.int64)


def feature_ids(text: str, bits: int) -> np.ndarray:
    """The feature ids of `text` (int64, each in [0, 2**bits)), with repeats."""
    data = encode(text)
    prefix, k_pow = _substring_hashes(data)
    size = len(data)
    parts = []
    for n in CHAR_NGRAMS:
        if size >= n:
            starts = np.arange(size - n + 1)
            parts.append(_fold(_span_hash(prefix, k_pow, starts, starts + n), np.uint64(n), bits))
    is_word = _WORD_BYTE[data]
    edges = np.flatnonzero(np.diff(is_word.astype(np.int8)))  # data starts and ends with a space
    word_starts, word_ends = edges[0::2] + 1, edges[1::2] + 1
    if len(word_starts):
        parts.append(_fold(_span_hash(prefix, k_pow, word_starts, word_ends), _WORD_SALT, bits))
        if len(word_starts) > 1:
            parts.append(_fold(_span_hash(prefix, k_pow, word_starts[:-1], word_ends[1:]), _BIGRAM_SALT, bits))
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
