"""The training-data generator: seeded, split by template family, varied, with hard negatives."""

from __future__ import annotations

from collections import Counter

from classifier.classification import Label, TextPiece
from classifier.classify import Classifier
from classifier.data.families import FAMILIES
from classifier.data.generate import as_request, generate
from classifier.data.vocab import LANGS


def test_the_same_seed_gives_the_same_samples_and_another_seed_others() -> None:
    first = [s.text for s in generate("train", per_family_lang=3)]
    assert first == [s.text for s in generate("train", per_family_lang=3)]
    assert first != [s.text for s in generate("train", per_family_lang=3, seed=7)]


def test_every_family_lies_wholly_on_one_side_of_the_split() -> None:
    sides = {split: {s.family for s in generate(split, per_family_lang=2)} for split in ("train", "dev", "test")}
    assert not sides["train"] & sides["test"] and not sides["dev"] & sides["test"] and not sides["train"] & sides["dev"]
    assert sides["train"] | sides["dev"] | sides["test"] == {f.id for f in FAMILIES}


def test_every_split_has_every_label_and_the_training_split_every_language() -> None:
    for split in ("train", "dev", "test"):
        assert {s.label for s in generate(split, per_family_lang=1)} == {str(label) for label in Label}
    languages = Counter((s.lang, s.label) for s in generate("train", per_family_lang=1))
    assert {(lang, str(label)) for lang in LANGS for label in Label} <= set(languages)


def test_hard_negatives_use_the_words_of_sensitive_text_and_stay_public() -> None:
    negatives = [s for s in generate("train", per_family_lang=10) if s.hard_negative]
    assert negatives and all(s.label == "public" for s in negatives)
    text = " ".join(s.text.lower() for s in negatives)
    for word in ("privileged", "confidential", "attorney", "lawsuit", "settlement", "example.com", "akiaiosfodnn7example"):
        assert word in text


def test_the_heldout_split_has_a_model_marginal_part_no_detector_sees() -> None:
    detectors = Classifier()
    sensitive = [s for s in generate("test", per_family_lang=5) if Label.parse(s.label) >= Label.CONFIDENTIAL]
    unseen = [s for s in sensitive if not detectors.classify([TextPiece(p.text, p.where) for p in s.pieces]).findings]
    families = {s.family for s in unseen}
    assert {"advice_plain", "hr_narrative", "settlement_talk_de"} <= families


def test_samples_become_requests_embargo_classify_reads() -> None:
    sample = next(s for s in generate("train", per_family_lang=5) if len(s.pieces) > 1)
    request = as_request(sample)
    assert request["label"] == sample.label and request["body"]["messages"]
    assert len(request["body"]["messages"]) == len(sample.pieces)
