"""The pretrained word vectors: word keys, the vocabulary look-up, and the committed artefact."""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest

from classifier.features import features, word_key
from classifier.model import DEFAULT_MODEL, load_model
from classifier.word_vectors import VECTORS, Vocabulary, load_vectors

CARD = json.loads((DEFAULT_MODEL.parent / "sensitivity.json").read_text())


@pytest.mark.parametrize("word", ["counsel", "ab", "settlement", "kündigung"])
def test_a_word_has_one_key_whatever_stands_around_it(word: str) -> None:
    key = word_key(word)
    for text in (f"our {word} said", f"({word}),", f'"{word}"', f"{word}.", f"-{word}-", f"x\n{word}\t!", word):
        assert key in features(text, 18, word_keys=True).word_keys.tolist(), text
    assert key not in features(f"our {word}s said", 18, word_keys=True).word_keys.tolist()


def test_word_keys_tell_apart_words_the_word_hash_confuses() -> None:
    # same edges and the same sum of middle bytes: one word hash, so one n-gram bucket
    assert word_key("production") != word_key("protection")
    assert word_key("listen") != word_key("silent")
    assert features("a b", 18, word_keys=True).word_keys.tolist() == [0, 0]  # one-byte words get no key
    assert features("a b", 18).word_keys is None  # computed only when asked (models without vectors)
    with pytest.raises(ValueError):
        word_key("two words")


def test_the_vocabulary_finds_its_words_and_only_them() -> None:
    vocabulary, order = Vocabulary.of(["salary", "counsel", "recipe"])
    body = features("Counsel: the salary, not the recipe's! counselor", 18, word_keys=True)
    rows = vocabulary.rows(body.word_keys)
    found = {["salary", "counsel", "recipe"][order[r]] for r in rows if r < len(vocabulary)}
    assert found == {"salary", "counsel", "recipe"}
    assert (rows == len(vocabulary)).sum() == 5  # the, not, the, s, counselor
    assert Vocabulary.decoded(vocabulary.encoded()).keys.tolist() == vocabulary.keys.tolist()
    with pytest.raises(ValueError):
        Vocabulary.decoded(Vocabulary(vocabulary.keys[::-1].copy()).encoded())


def test_the_artefact_is_the_encoders_whole_words_with_one_key_each() -> None:
    words, vectors = load_vectors()
    assert len(words) == len(set(words)) > 20000 and words[:3] == ["the", "of", "and"]
    assert all(w.isascii() and w.isalpha() and w.islower() and len(w) >= 2 for w in words)
    assert len(Vocabulary.of(words)[0]) == len(words)  # no two words share a key
    assert vectors.shape[0] == len(words) and np.isfinite(vectors).all()
    assert CARD["word_vectors"]["sha256"] == hashlib.sha256(VECTORS.read_bytes()).hexdigest()


def test_related_words_have_close_vectors() -> None:
    """What the vectors are for: words of one topic are near each other, unrelated ones not."""
    words, vectors = load_vectors()
    at = {w: vectors[i] / np.linalg.norm(vectors[i]) for i, w in enumerate(words)}

    def cosine(a: str, b: str) -> float:
        return float(at[a] @ at[b])

    assert cosine("lawyer", "attorney") > cosine("lawyer", "recipe") + 0.3
    assert cosine("salary", "wages") > cosine("salary", "football") + 0.3
    assert cosine("diagnosis", "illness") > cosine("diagnosis", "guitar") + 0.3


def test_the_shipped_model_looks_words_up_in_the_artefacts_vocabulary() -> None:
    model = load_model(DEFAULT_MODEL)
    assert model.vocabulary is not None
    assert model.vocabulary.keys.tolist() == Vocabulary.of(load_vectors()[0])[0].keys.tolist()


def _tiny_model(path, vectors: np.ndarray | None, vocabulary: Vocabulary | None):
    """A model file of the shipped graph with small random weights (with or without word vectors)."""
    pytest.importorskip("onnx", reason="the train extra (pip install -e '.[train]') is not installed")
    from classifier.features import FEATURES_VERSION, table_rows
    from classifier.train import export_onnx

    rng = np.random.default_rng(0)
    inputs = 2 + (0 if vectors is None else vectors.shape[1])
    params = {"E": rng.normal(size=(table_rows(18), 2)).astype(np.float32),
              "W1": rng.normal(size=(inputs, 4)).astype(np.float32), "b1": np.zeros(4, np.float32),
              "W2": rng.normal(size=(4, 4)).astype(np.float32), "b2": np.zeros(4, np.float32)}
    metadata = {"name": "tiny", "features": FEATURES_VERSION, "bits": 18, "window": 1024, "overlap": 256,
                "thresholds": {}, "calibration": {}}
    if vocabulary is not None:
        metadata["vocabulary"] = vocabulary.encoded()
    path.write_bytes(export_onnx(params, 1.0, metadata, vectors))
    return path


def test_a_model_without_word_vectors_still_loads_and_scores(tmp_path) -> None:
    from classifier.model import SensitivityModel

    model = SensitivityModel(_tiny_model(tmp_path / "m.onnx", None, None))
    assert model.vocabulary is None
    assert len(model.score("a text of a few words " * 100)) == 3


def test_a_model_reading_word_vectors_without_its_vocabulary_is_a_clear_error(tmp_path) -> None:
    from classifier.model import ModelError, SensitivityModel

    vectors = np.eye(3, dtype=np.float32)
    with pytest.raises(ModelError, match="lacks a valid vocabulary"):
        SensitivityModel(_tiny_model(tmp_path / "m.onnx", vectors, None))
    vocabulary, _ = Vocabulary.of(["salary", "counsel", "recipe"])
    model = SensitivityModel(_tiny_model(tmp_path / "m.onnx", vectors, vocabulary))
    known, unknown = model.score("salary counsel recipe")[0], model.score("wages lawyer pancake")[0]
    assert known.probabilities != unknown.probabilities  # only the known words' vectors differ
