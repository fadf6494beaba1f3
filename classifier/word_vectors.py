"""Pretrained word vectors the model looks words up in (numpy at run time, nothing else).

`classifier/model/word_vectors.npy` holds static vectors distilled from the
all-MiniLM-L6-v2 sentence encoder (`classifier/distil_vectors.py`: each word of the
encoder's own vocabulary encoded alone, reduced by PCA). They give the model what the
generator's n-grams cannot: that `paycheck` is near `salary` and `diagnosis` near
`illness`, for words no training text used. They are frozen: training never changes them.

Training copies the vectors it uses into the ONNX file, and the word keys
(`classifier.features.word_key`, sorted) into its metadata, so the model file alone
defines the model. At run time `Vocabulary.rows` maps a body's word keys to table rows
with one `np.searchsorted`; words outside the vocabulary get the table's last row, all
zeros, which adds nothing to a window's sum nor to its count of known words.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from classifier.features import word_key

VECTORS = Path(__file__).parent / "model" / "word_vectors.npy"


def load_vectors(path: Path = VECTORS) -> tuple[list[str], np.ndarray]:
    """The distilled words (in the encoder's vocabulary order) and their vectors (float32)."""
    table = np.load(path, allow_pickle=False)
    return [w.decode("ascii") for w in table["word"]], table["vector"].astype(np.float32)


@dataclass(frozen=True)
class Vocabulary:
    """Sorted word keys: the i-th key's vector is row i of the model's word table."""

    keys: np.ndarray  # uint64, sorted, unique

    @classmethod
    def of(cls, words: list[str]) -> tuple["Vocabulary", np.ndarray]:
        """The vocabulary of `words` and the order (indices into `words`) of its rows.
        Two words with one key (none in the shipped vocabulary) keep the first."""
        keys = np.array([word_key(w) for w in words], dtype=np.uint64)
        unique, first = np.unique(keys, return_index=True)
        return cls(unique), first

    def rows(self, word_keys: np.ndarray) -> np.ndarray:
        """int64 table row per word key; len(self) (the zero row) for a word not in it."""
        at = np.searchsorted(self.keys, word_keys)
        at[at == len(self.keys)] = 0
        return np.where(self.keys[at] == word_keys, at, len(self.keys)).astype(np.int64)

    def __len__(self) -> int:
        return len(self.keys)

    def encoded(self) -> str:
        """The keys as text, for the model file's metadata."""
        return base64.b64encode(self.keys.astype("<u8").tobytes()).decode("ascii")

    @classmethod
    def decoded(cls, text: str) -> "Vocabulary":
        keys = np.frombuffer(base64.b64decode(text, validate=True), dtype="<u8").astype(np.uint64)
        if len(keys) == 0 or np.any(keys[1:] <= keys[:-1]):
            raise ValueError("word keys must be sorted and unique")
        return cls(keys)
