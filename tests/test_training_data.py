"""The training-data generator: seeded, split by template family, varied, with hard negatives."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

from classifier.classification import Label, TextPiece
from classifier.classify import Classifier
from classifier.data.families import FAMILIES
from classifier.data.generate import SPLITS, as_request, generate
from classifier.data.vocab import LANGS


def test_the_same_seed_gives_the_same_samples_and_another_seed_others() -> None:
    first = [s.text for s in generate("train", per_family_lang=3)]
    assert first == [s.text for s in generate("train", per_family_lang=3)]
    assert first != [s.text for s in generate("train", per_family_lang=3, seed=7)]


def test_every_family_lies_wholly_on_one_side_of_the_split() -> None:
    sides = {split: {s.family for s in generate(split, per_family_lang=2)} for split in SPLITS}
    for a, b in combinations(SPLITS, 2):
        assert not sides[a] & sides[b], (a, b)
    assert set().union(*sides.values()) == {f.id for f in FAMILIES}


def test_every_split_has_every_label_and_the_training_split_every_language() -> None:
    for split in SPLITS:
        assert {s.label for s in generate(split, per_family_lang=1)} == {str(label) for label in Label}
    languages = Counter((s.lang, s.label) for s in generate("train", per_family_lang=1))
    assert {(lang, str(label)) for lang in LANGS for label in Label} <= set(languages)


def test_hard_negatives_use_the_words_of_sensitive_text_and_stay_harmless() -> None:
    """Public texts, and routine internal e-mails whose footer says "privileged and confidential"."""
    negatives = [s for s in generate("train", per_family_lang=10) if s.hard_negative]
    assert negatives and all(Label.parse(s.label) < Label.CONFIDENTIAL for s in negatives)
    assert {s.label for s in negatives} == {"public", "internal"}
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


def test_texts_come_in_varied_structures() -> None:
    """Request shapes, SOQL records, buried passages, composites and mixed languages all occur."""
    samples = list(generate("train", per_family_lang=8))
    texts = [s.text for s in samples]
    assert any("<document>" in t for t in texts)
    assert any("\n> " in t for t in texts)  # quoted e-mail threads
    assert any('"records"' in t and '"Description"' in t for t in texts)  # a text inside a SOQL result
    assert any(t.count("\n\n") >= 6 for t in texts)  # buried among label-neutral paragraphs
    assert any(".tool_calls[" in p.where for s in samples for p in s.pieces)
    german_text_english_instruction = [s for s in samples if s.lang == "de" and s.text.startswith(
        ("Summarise the following.", "Help me with this:", "Draft a reply based on this."))]
    assert german_text_english_instruction
    per_label = Counter(s.label for s in samples)
    assert min(per_label.values()) > len(samples) / 8  # no label starved


def test_the_calibration_error_asks_a_public_verdict_that_nothing_above_public_is_there() -> None:
    from classifier.evaluate import report

    right = report([Label.PUBLIC, Label.CONFIDENTIAL], [Label.PUBLIC, Label.CONFIDENTIAL], [1.0, 1.0])
    missed = report([Label.CONFIDENTIAL, Label.CONFIDENTIAL], [Label.PUBLIC, Label.CONFIDENTIAL], [1.0, 1.0])
    assert right.ece == 0.0 and missed.ece == 0.5
