"""The training-data generator: seeded, split by template family, varied, with hard negatives."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from itertools import combinations

import pytest

from classifier.classification import Label, TextPiece
from classifier.classify import Classifier
from classifier.data import generate as generator
from classifier.data.blind2_families import BLIND2_FAMILIES
from classifier.data.blind2_families import MODEL_MARGINAL_FAMILIES as BLIND2_MODEL_MARGINAL_FAMILIES
from classifier.data.blind3_families import BLIND3_FAMILIES
from classifier.data.blind3_families import MODEL_MARGINAL_FAMILIES as BLIND3_MODEL_MARGINAL_FAMILIES
from classifier.data.blind4_families import BLIND4_FAMILIES
from classifier.data.blind4_families import MODEL_MARGINAL_FAMILIES as BLIND4_MODEL_MARGINAL_FAMILIES
from classifier.data.blind5_families import BLIND5_FAMILIES
from classifier.data.blind5_families import MODEL_MARGINAL_FAMILIES as BLIND5_MODEL_MARGINAL_FAMILIES
from classifier.data.blind6_families import BLIND6_FAMILIES
from classifier.data.blind6_families import MODEL_MARGINAL_FAMILIES as BLIND6_MODEL_MARGINAL_FAMILIES
from classifier.data.blind7_families import BLIND7_FAMILIES
from classifier.data.blind7_families import MODEL_MARGINAL_FAMILIES as BLIND7_MODEL_MARGINAL_FAMILIES
from classifier.data.blind_families import BLIND_FAMILIES, MODEL_MARGINAL_FAMILIES
from classifier.data.everyday_families import EVERYDAY_FAMILIES
from classifier.data.families import FAMILIES, Family
from classifier.data.generate import SPLITS, as_request, family_text, generate
from classifier.data.varied2_families import VARIED2_FAMILIES
from classifier.data.varied3_families import VARIED3_FAMILIES
from classifier.data.varied4_families import VARIED4_FAMILIES
from classifier.data.varied5_families import VARIED5_FAMILIES
from classifier.data.varied_families import VARIED_FAMILIES
from classifier.data import vocab
from classifier.data.slots import Slots
from classifier.data.vocab import LANGS
from classifier.detectors import CUE_DETECTORS, scan


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


def _detector_findings(text: str) -> set[str]:
    """What the deterministic detectors alone (no model) find in one text."""
    detectors = Classifier()
    assert detectors.model is None
    return {f.detector for f in detectors.classify([TextPiece(text, "messages[0].content")]).findings}


def _family_texts(family_id: str, per_lang: int = 30) -> list[str]:
    """A family's own texts (no request wrapper, no composite partner), every language."""
    family = next(f for f in FAMILIES if f.id == family_id)
    texts = []
    for lang in family.text:
        rng = random.Random(f"check/{family_id}/{lang}")
        texts += [family_text(family, lang, rng) for _ in range(per_lang)]
    return texts


@dataclass(frozen=True)
class BlindSplit:
    """A held-out split written blind (see its module's docstring) and what its ground truth must show."""

    name: str
    families: tuple[Family, ...]
    model_marginal: tuple[str, ...]
    all_languages: bool  # every family in all five languages (else English and at least two more)
    hard_negative_words: tuple[str, ...]
    # Sensitive families that are not model-marginal, and what a detector sees in some of their texts.
    detector_seen: tuple[str, ...]
    seen_detectors: frozenset[str]


# What a detector sees in some texts of a blind split's detector-visible sensitive families.
_CONTACTS_AND_MARKERS = frozenset({"pii.email", "pii.phone", "legal.privilege_marker"})
# The generic legal words the hard negatives of a split written in all five languages use.
_FIVE_LANGUAGE_LEGAL_WORDS = ("privilege", "confidential", "settlement", "lawyer", "attorney", "lawsuit",
                              "without prejudice", "vertraulich", "anwalt", "confidentiel", "avocat", "confidencial",
                              "abogado", "vertrouwelijk", "advocaat")

BLIND_SPLITS = (
    BlindSplit("blind", BLIND_FAMILIES, MODEL_MARGINAL_FAMILIES, False,
               ("privilege", "confidential", "settlement", "lawyer", "vertraulich", "secreto profesional",
                "confidentiels", "vertrouwelijk"),
               ("salary_negotiation", "customer_discloses_hardship", "regulator_inquiry_outside_counsel"),
               _CONTACTS_AND_MARKERS),
    BlindSplit("blind2", BLIND2_FAMILIES, BLIND2_MODEL_MARGINAL_FAMILIES, True,
               ("privilege", "confidential", "settlement", "lawyer", "without prejudice", "vertraulich", "anwalt",
                "confidentiel", "avocat", "confidencial", "abogado", "vertrouwelijk", "advocaat"),
               ("insurance_claim_file", "dataroom_deal_counsel"),
               _CONTACTS_AND_MARKERS),
    BlindSplit("blind3", BLIND3_FAMILIES, BLIND3_MODEL_MARGINAL_FAMILIES, True, _FIVE_LANGUAGE_LEGAL_WORDS,
               ("credit_limit_review", "student_welfare_case", "dawn_raid_counsel", "insurance_coverage_counsel"),
               _CONTACTS_AND_MARKERS),
    BlindSplit("blind4", BLIND4_FAMILIES, BLIND4_MODEL_MARGINAL_FAMILIES, True, _FIVE_LANGUAGE_LEGAL_WORDS,
               ("major_gift_donor_profile", "tenant_screening_file", "construction_delay_counsel",
                "family_succession_counsel"),
               _CONTACTS_AND_MARKERS),
    BlindSplit("blind5", BLIND5_FAMILIES, BLIND5_MODEL_MARGINAL_FAMILIES, True, _FIVE_LANGUAGE_LEGAL_WORDS,
               ("vet_unpaid_bill_welfare_note", "hotel_guest_incident_file", "charter_demurrage_counsel",
                "facade_defect_counsel"),
               _CONTACTS_AND_MARKERS),
    BlindSplit("blind6", BLIND6_FAMILIES, BLIND6_MODEL_MARGINAL_FAMILIES, True, _FIVE_LANGUAGE_LEGAL_WORDS,
               ("dealership_declined_finance_file", "dental_patient_complaint_file",
                "removals_antique_claim_counsel", "theatre_stage_injury_counsel"),
               _CONTACTS_AND_MARKERS),
    BlindSplit("blind7", BLIND7_FAMILIES, BLIND7_MODEL_MARGINAL_FAMILIES, True, _FIVE_LANGUAGE_LEGAL_WORDS,
               ("grooming_salon_injured_dog_file", "circus_aerialist_injury_file", "lift_entrapment_counsel",
                "motorway_services_food_poisoning_counsel"),
               _CONTACTS_AND_MARKERS),
)
_by_name = pytest.mark.parametrize("blind", BLIND_SPLITS, ids=lambda b: b.name)


@_by_name
def test_a_blind_split_covers_five_languages_every_label_and_hard_negatives(blind: BlindSplit) -> None:
    samples = list(generate(blind.name, per_family_lang=20))
    assert {f.id for f in blind.families} == {s.family for s in samples}
    assert all(f.split == blind.name for f in blind.families)
    assert {(s.lang, s.label) for s in samples} == {(lang, str(label)) for lang in LANGS for label in Label}
    if blind.all_languages:  # every language, several sentence shapes in each
        _assert_in_five_languages(blind.families, 6, (blind.name,))
    else:  # English and at least two of the other four languages
        for family in blind.families:
            assert "en" in family.text and len(set(family.text) & set(LANGS[1:])) >= 2, family.id
    negatives = [s for s in samples if s.hard_negative]
    assert {s.label for s in negatives} == {"public"}
    assert len({s.family for s in negatives}) >= 3
    text = " ".join(s.text.lower() for s in negatives)
    for word in blind.hard_negative_words:
        assert word in text, word


@pytest.mark.parametrize("family_id", [f for b in BLIND_SPLITS for f in b.model_marginal])
def test_the_blind_model_marginal_families_give_the_detectors_nothing(family_id: str) -> None:
    """Only the model can label these: no marker phrase, no validated value, in any language."""
    assert next(f for f in FAMILIES if f.id == family_id).label >= Label.CONFIDENTIAL
    assert all(not _detector_findings(text) for text in _family_texts(family_id))


@_by_name
def test_a_blind_split_has_model_marginal_samples_of_both_sensitive_labels(blind: BlindSplit) -> None:
    marginal = {f.label for f in blind.families if f.id in blind.model_marginal}
    assert marginal == {Label.CONFIDENTIAL, Label.PRIVILEGED}
    sensitive = [s for s in generate(blind.name, per_family_lang=5) if Label.parse(s.label) >= Label.CONFIDENTIAL]
    assert set(blind.model_marginal) <= {s.family for s in sensitive if not _detector_findings(s.text)}
    # The other sensitive families carry what a detector sees in some of their texts, not all.
    seen = {d for family in blind.detector_seen for text in _family_texts(family, 10) for d in _detector_findings(text)}
    assert blind.seen_detectors <= seen
    assert all(any(not _detector_findings(t) for t in _family_texts(family, 10)) for family in blind.detector_seen)



def _values(names: str, kind: str) -> set[str]:
    table = vocab.NAME_SETS[names][kind]
    return set(table) if isinstance(table, list) else {v for values in table.values() for v in values}


@pytest.mark.parametrize("one, other", [("training", "unseen"), ("training", "selection"), ("unseen", "selection")])
def test_the_name_sets_share_no_value(one: str, other: str) -> None:
    for kind in (*vocab.NAMED_KINDS, "mail_domain"):
        assert not _values(one, kind) & _values(other, kind), kind


def test_swapping_a_name_set_changes_the_names_and_nothing_else_about_the_texts() -> None:
    def sizes(table: list | dict) -> int | dict[str, int]:
        return len(table) if isinstance(table, list) else {lang: len(values) for lang, values in table.items()}

    # As many values per list, so that the draws stay aligned. One known exception: blind5's
    # Dutch surnames are 12 where the generator's list counts "de" and "Jong" apart (17), so
    # a Dutch text's later draws differ too; blind5 was read with them and stays as it is.
    for names in ("unseen", "selection"):
        for kind, table in vocab.NAME_SETS[names].items():
            expected = sizes(vocab.GENERATOR[kind])
            if (names, kind) == ("unseen", "last"):
                expected = {**expected, "nl": 12}
            assert sizes(table) == expected, (names, kind)
    own, swapped = list(generate("dev", per_family_lang=4)), list(generate("dev", per_family_lang=4, names="selection"))
    assert [(s.id, s.label, s.family) for s in own] == [(s.id, s.label, s.family) for s in swapped]
    changed = [(a.text, b.text) for a, b in zip(own, swapped) if a.text != b.text]
    assert changed and not any(c in b for _, b in changed for c in vocab.COMPANIES["en"] + vocab.LAST_NAMES["de"])


def test_the_training_split_names_many_more_people_and_companies_than_a_held_out_one() -> None:
    assert vocab.names_for("train") == "training" and vocab.names_for("dev") == "generator"
    rng = random.Random(2)
    companies = {Slots(rng, "en", "training")["company"] for _ in range(400)}
    held_out = {Slots(rng, "en", "generator")["company"] for _ in range(400)}
    assert held_out == set(vocab.COMPANIES["en"]) and len(companies) > 5 * len(held_out)


@pytest.mark.parametrize("split", [s for s in SPLITS if vocab.names_for(s) == "unseen"])
def test_a_split_written_with_unseen_names_draws_every_name_and_address_from_them(split: str) -> None:
    rng = random.Random(1)
    for lang in LANGS:
        drawn = Slots(rng, lang, vocab.names_for(split))
        for kind in vocab.NAMED_KINDS:
            assert drawn[kind] in vocab.UNSEEN[kind][lang]
        assert drawn["email"].rsplit("@", 1)[1] in vocab.UNSEEN["mail_domain"]
    texts = [s.text for s in generate(split, per_family_lang=10)]
    for kind, table in (("company", vocab.COMPANIES), ("city", vocab.CITIES), ("street", vocab.STREETS)):
        assert not any(value in text for values in table.values() for value in values for text in texts), kind
    assert any(last in text for lang in LANGS for last in vocab.UNSEEN["last"][lang] for text in texts)


# The splits written with every family in all five languages: half of each sensitive label
# model-marginal, and no template taken from another family.
_written_from_topics = pytest.mark.parametrize("blind", [b for b in BLIND_SPLITS if b.all_languages],
                                               ids=lambda b: b.name)


@_written_from_topics
def test_half_of_a_blind_splits_sensitive_families_give_the_detectors_nothing(blind: BlindSplit) -> None:
    for label in (Label.CONFIDENTIAL, Label.PRIVILEGED):
        ids = [f.id for f in blind.families if f.label == label]
        assert 2 * len(set(ids) & set(blind.model_marginal)) >= len(ids), label


@_by_name
def test_blind_public_and_internal_texts_carry_no_real_looking_value(blind: BlindSplit) -> None:
    """Ground truth: a harmless blind text may use privilege words, never a valid e-mail, IBAN, phone, key."""
    for family in blind.families:
        if family.label > Label.INTERNAL:
            continue
        allowed = set(CUE_DETECTORS) | ({"salesforce.record_id"} if family.label == Label.INTERNAL else set())
        found = set().union(*(_detector_findings(text) for text in _family_texts(family.id, 20)))
        assert found <= allowed, (family.id, found - allowed)


def _templates_shared_with_other_families(families: tuple[Family, ...]) -> list[str]:
    """The template lines of `families` that another family also has (of any split, its own included)."""
    owners: dict[str, set[str]] = {}
    for family in FAMILIES:
        for lang in family.text:
            for line in (line for part in family.templates(lang) for line in part):
                owners.setdefault(line, set()).add(family.id)
    return [line for f in families for lang in f.text for part in f.templates(lang) for line in part
            if owners[line] != {f.id}]


@_written_from_topics
def test_a_blind_split_copies_no_template_of_another_family(blind: BlindSplit) -> None:
    """Written from a list of topics, not from the generator: no sentence template is shared
    with any other family, of another split or of its own."""
    assert not _templates_shared_with_other_families(blind.families)


def test_training_never_generates_a_blind_split() -> None:
    from classifier.train import TRAINING_SPLITS

    assert set(TRAINING_SPLITS) <= set(SPLITS) and not set(TRAINING_SPLITS) & {b.name for b in BLIND_SPLITS}
    assert {b.name for b in BLIND_SPLITS} == {split for split in SPLITS if split.startswith("blind")}


@_by_name
def test_adding_a_blind_split_changed_no_other_split(monkeypatch: pytest.MonkeyPatch, blind: BlindSplit) -> None:
    """One random stream per family: the other splits' samples are the same with or without it."""
    others = {split: [s.text for s in generate(split, per_family_lang=10)] for split in SPLITS if split != blind.name}
    monkeypatch.setattr(generator, "FAMILIES", tuple(f for f in FAMILIES if f.split != blind.name))
    assert not list(generate(blind.name, per_family_lang=1))
    for split, texts in others.items():
        assert [s.text for s in generate(split, per_family_lang=10)] == texts, split


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


def _everyday_texts(family, per_lang: int = 20) -> list[str]:
    """Family texts of one everyday family, as `family_text` draws them (no wrapper)."""
    return [family_text(family, lang, random.Random(f"test/{family.id}/{lang}/{n}"))
            for lang in family.text for n in range(per_lang)]


def _assert_in_five_languages(families, min_templates: int, splits: tuple[str, ...]) -> None:
    """Every family in all five languages with at least `min_templates` sentence templates in
    each, and on one of `splits`."""
    for family in families:
        assert set(family.text) == set(LANGS) and family.split in splits, family.id
        assert all(len(family.templates(lang)[1]) >= min_templates for lang in LANGS), family.id


def _assert_a_written_round(families, at_least: int, splits: tuple[str, ...]) -> None:
    """A round of families written from topics: at least `at_least` of them, all registered, in
    all five languages with at least six sentence shapes each, on `splits`, and sharing no
    template with any other family."""
    assert at_least <= len(families) and {f.id for f in families} <= {f.id for f in FAMILIES}
    _assert_in_five_languages(families, 6, splits)
    assert not _templates_shared_with_other_families(families)


def _assert_mostly_harmless(families) -> Counter:
    """Twice as many harmless families as sensitive ones, and at least three of each sensitive
    label; returns the label counts."""
    labels = Counter(f.label for f in families)
    assert labels[Label.PUBLIC] + labels[Label.INTERNAL] >= 2 * (labels[Label.CONFIDENTIAL] + labels[Label.PRIVILEGED])
    assert min(labels[Label.CONFIDENTIAL], labels[Label.PRIVILEGED]) >= 3
    return labels


def _assert_hard_negatives_use(families, words: tuple[str, ...]) -> None:
    """The families' hard negatives use each of `words` (generically: they are public)."""
    negatives = " ".join(t.lower() for f in families if f.hard_negative for t in _everyday_texts(f, 10))
    for word in words:
        assert word in negatives, word


def test_everyday_families_are_broad_and_never_held_out() -> None:
    """Every everyday genre speaks English and at least two more languages; every language is
    well represented; they train or calibrate, never held out."""
    assert 24 <= len(EVERYDAY_FAMILIES) and {f.id for f in EVERYDAY_FAMILIES} <= {f.id for f in FAMILIES}
    per_language = Counter(lang for family in EVERYDAY_FAMILIES for lang in family.text)
    for family in EVERYDAY_FAMILIES:
        assert "en" in family.text and len(family.text) >= 3, family.id
        assert family.split in ("train", "dev"), family.id
        assert all(sum(map(len, family.templates(lang))) >= 8 for lang in family.text), family.id
    assert set(per_language) == set(LANGS) and min(per_language.values()) >= len(EVERYDAY_FAMILIES) // 2
    assert {f.label for f in EVERYDAY_FAMILIES} == set(Label)


def test_the_dev_split_calibrates_on_everyday_public_and_internal_text() -> None:
    everyday = {f.id for f in EVERYDAY_FAMILIES}
    dev = [s for s in generate("dev", per_family_lang=2) if s.family in everyday]
    assert {s.label for s in dev} >= {"public", "internal"}
    public = [s for s in dev if s.label == "public"]
    assert len({s.family for s in public}) >= 2 and {s.lang for s in public} == set(LANGS)


def test_everyday_harmless_families_carry_no_value_a_detector_validates() -> None:
    """Public and internal everyday text holds no e-mail, phone, id or key (privilege and
    litigation phrases in statute explainers are cues, the point of a hard negative); the
    confidential code review really holds a customer's personal data."""
    for family in EVERYDAY_FAMILIES:
        hits = {hit.detector for text in _everyday_texts(family) for hit in scan(text)}
        if family.label < Label.CONFIDENTIAL:
            assert hits <= CUE_DETECTORS, (family.id, hits)
        if family.id == "code_review_customer_record":
            assert {"pii.email", "pii.phone"} <= hits


def test_everyday_families_come_long_and_short_with_code_blocks_and_tables() -> None:
    """Long harmless requests are where a windowed model's false flags pile up: some family texts
    span several 1,024-byte windows, others are a line; code and tables keep their line breaks."""
    texts = {f.id: _everyday_texts(f) for f in EVERYDAY_FAMILIES}
    sizes = [len(t.encode()) for family in texts.values() for t in family]
    assert max(sizes) > 2 * 1024 and min(sizes) < 200
    long_public = {f.id for f in EVERYDAY_FAMILIES if f.label == Label.PUBLIC
                   and sum(len(t.encode()) > 1024 for t in texts[f.id]) >= len(texts[f.id]) // 4}
    assert len(long_public) >= 5, long_public
    code = " ".join(texts["code_python_help"])
    assert "```python\ndef " in code and "\n    return " in code and "↵" not in code
    assert any("\n|---|" in t for t in texts["public_data_tables"])


@pytest.mark.parametrize("added", [EVERYDAY_FAMILIES, VARIED_FAMILIES, VARIED2_FAMILIES, VARIED3_FAMILIES,
                                   VARIED4_FAMILIES, VARIED5_FAMILIES],
                         ids=["everyday", "varied", "varied2", "varied3", "varied4", "varied5"])
def test_added_families_left_the_held_out_splits_as_they_were(monkeypatch: pytest.MonkeyPatch, added) -> None:
    """Held-out samples draw composites only from their own split: with or without the everyday
    (or either round of varied) families, `test`, `fresh` and the blind splits are the same requests, so their
    figures stay comparable."""
    held_out = {split: [s.text for s in generate(split, per_family_lang=5)]
                for split in ("test", "fresh", *(b.name for b in BLIND_SPLITS))}
    ids = {f.id for f in added}
    monkeypatch.setattr(generator, "FAMILIES", tuple(f for f in FAMILIES if f.id not in ids))
    assert all([s.text for s in generate(split, per_family_lang=5)] == texts for split, texts in held_out.items())


def test_varied_families_write_each_topic_on_both_sides_in_five_languages() -> None:
    """Model 6's families: every label, every family in all five languages with several sentence
    shapes, train only (the held-out splits stay as written)."""
    assert len(VARIED_FAMILIES) >= 15 and {f.id for f in VARIED_FAMILIES} <= {f.id for f in FAMILIES}
    assert {f.label for f in VARIED_FAMILIES} == set(Label)
    _assert_in_five_languages(VARIED_FAMILIES, 4, ("train",))
    # Legal vocabulary on the public side: hard negatives that name privilege, settlements, lawsuits.
    _assert_hard_negatives_use(VARIED_FAMILIES, ("privilege", "settlement", "confidential", "litigation",
                                                 "vertraulich", "transaction", "abogado"))


@pytest.mark.parametrize("varied, unmarked", [(VARIED_FAMILIES, -1), (VARIED2_FAMILIES, 0), (VARIED3_FAMILIES, 0),
                                                (VARIED4_FAMILIES, 0), (VARIED5_FAMILIES, 0)],
                         ids=["varied", "varied2", "varied3", "varied4", "varied5"])
def test_varied_families_keep_detectors_out_of_the_ground_truth(varied, unmarked: int) -> None:
    """Harmless text holds no validated value (legal phrases are cues, the point of a hard negative);
    the confidential and privileged ones are model-marginal: no detector sees any of their texts, so
    only what the words mean can carry the label (model 6's round: all but one family)."""
    for family in varied:
        hits = {hit.detector for text in _everyday_texts(family, 10) for hit in scan(text)}
        if family.label < Label.CONFIDENTIAL:
            assert hits <= CUE_DETECTORS, (family.id, hits)
    sensitive = [f for f in varied if f.label >= Label.CONFIDENTIAL]
    marginal = [f for f in sensitive if not {hit.detector for t in _everyday_texts(f, 10) for hit in scan(t)}]
    assert len(marginal) >= len(sensitive) + unmarked, [f.id for f in sensitive if f not in marginal]


def test_second_varied_round_writes_new_topics_in_five_languages_and_calibrates_on_some() -> None:
    """Model 7's families: every label, every family in all five languages with at least six
    sentence shapes, no template shared with any other family (new topics, not paraphrases),
    one family of each label on `dev` so that thresholds and calibration see the new registers."""
    _assert_a_written_round(VARIED2_FAMILIES, 24, ("train", "dev"))
    assert Counter(f.label for f in VARIED2_FAMILIES if f.split == "dev") == Counter(set(Label))
    assert Counter(f.label for f in VARIED2_FAMILIES).most_common()[-1][1] >= 5  # no label starved
    # Shapes beyond sentences: tables, bullet or check lists, questions.
    texts = [t for f in VARIED2_FAMILIES for t in _everyday_texts(f, 4)]
    assert any("\n|---|" in t for t in texts) and any("\n- " in t for t in texts) and any("?" in t for t in texts)
    # Everyday words of the law and the workplace on the public side, used generically.
    _assert_hard_negatives_use(VARIED2_FAMILIES, ("confidential", "lawyer", "privileged", "settlement",
                                                  "vertraulich", "abogado", "advocaat"))


def test_third_varied_round_writes_harmless_look_alikes_in_five_languages_and_keeps_dev() -> None:
    """Model 8's families: mostly harmless text that looks sensitive to a bag of n-grams (internal
    figures and tables, public genres with money, institutions, legal and medical words), plus
    sensitive families on the same topics; every one in all five languages with at least six
    sentence shapes, no template shared with any other family, all on `train` (dev unchanged)."""
    _assert_a_written_round(VARIED3_FAMILIES, 20, ("train",))
    _assert_mostly_harmless(VARIED3_FAMILIES)
    texts = {f.id: _everyday_texts(f, 4) for f in VARIED3_FAMILIES}
    # Tables on both sides of the line: a table alone must not carry a label.
    for label in (Label.PUBLIC, Label.INTERNAL, Label.CONFIDENTIAL):
        assert any("\n|---|" in t for f in VARIED3_FAMILIES if f.label == label for t in texts[f.id]), label
    assert any("\n- " in t for ts in texts.values() for t in ts) and any("?" in t for ts in texts.values() for t in ts)
    # Medical, legal and money words on the public side, used generically.
    _assert_hard_negatives_use(VARIED3_FAMILIES, ("confidential", "medical", "settlement", "vertraulich",
                                                  "secret médical", "arbitraje", "tuition"))


def test_fourth_varied_round_writes_software_and_everyday_text_in_five_languages() -> None:
    """Model 9's families: harmless software text (UI strings, help and man pages, build, test and
    package output, logs, changelogs, commits) and plain everyday text (small talk, a walk, sensor
    and product tables), plus sensitive twins on the same topics; every one in all five languages
    with at least six sentence shapes, no template shared with any other family, all on `train`."""
    _assert_a_written_round(VARIED4_FAMILIES, 22, ("train",))
    assert _assert_mostly_harmless(VARIED4_FAMILIES)[Label.INTERNAL] >= 3
    texts = {f.id: _everyday_texts(f, 4) for f in VARIED4_FAMILIES}
    harmless = " ".join(t for f in VARIED4_FAMILIES if f.label < Label.CONFIDENTIAL for t in texts[f.id])
    # Software shapes and data formats on the harmless side: usage lines, log lines, tracebacks,
    # catalogue entries, CSV, TSV and JSON arrays.
    for shape in ("--help", " ERROR ", "Traceback (most recent call last):", 'msgid "', "\t", '[{"', "\n|---|"):
        assert shape in harmless, shape
    # Tables and logs on the sensitive side too: a shape alone must not carry a label.
    sensitive = " ".join(t for f in VARIED4_FAMILIES if f.label >= Label.CONFIDENTIAL for t in texts[f.id])
    assert "\n|---|" in sensitive and " ERROR " in sensitive and '[{"' in sensitive


def test_fifth_varied_round_writes_short_text_interface_strings_and_new_sectors() -> None:
    """Model 10's families: short harmless text of many kinds, harmless interface strings of
    toolkits, accessibility layers, daemons, auth dialogs, database tools and package managers,
    and sensitive records in sectors the generator lacked; short sensitive text too, so that
    length carries no label. Every one in all five languages, no template shared, all on `train`."""
    _assert_a_written_round(VARIED5_FAMILIES, 24, ("train",))
    _assert_mostly_harmless(VARIED5_FAMILIES)
    texts = {f.id: _everyday_texts(f, 6) for f in VARIED5_FAMILIES}
    for sensitive in (False, True):
        side = [t for f in VARIED5_FAMILIES if (f.label >= Label.CONFIDENTIAL) == sensitive for t in texts[f.id]]
        short = [t for t in side if len(t.encode()) < 200 and t.count("\n") <= 2]
        assert len(short) >= len(side) // 8, (sensitive, len(short), len(side))
        assert any("\n|---|" in t for t in side) and any("\t" in t for t in side), sensitive
    # The interface words model 9 misread, on the harmless side in German and Dutch too.
    harmless = " ".join(t.lower() for f in VARIED5_FAMILIES if f.label < Label.CONFIDENTIAL for t in texts[f.id])
    for word in ("legitimierung ist erforderlich", "benachrichtig", "privaten schlüssel", "zertifikat", "nicht eindeutig",
                 "abgeschlossen", "uid ", "rollen", "privésleutel", "meldingen", "niet uniek", "rechten",
                 "msgid \"", "whether", "--createrole"):
        assert word in harmless, word
