"""Unicode folding before matching: disguised markers and values are found, at their
offsets in the text as sent."""

from __future__ import annotations

import unicodedata

import pytest

from classifier.classification import TextPiece
from classifier.classify import Classifier
from classifier.normalize import normalize

DISGUISES = [
    ("full-width", "Ｐｒｉｖｉｌｅｇｅｄ ＆ Ｃｏｎｆｉｄｅｎｔｉａｌ"),
    ("zero-width space", "Privi\u200bleged & Confi\u200cdential"),
    ("soft hyphen", "Privi\u00adleged & Confidential"),
    ("Cyrillic homoglyphs", "Рrivilеgеd & Соnfidеntiаl"),
    ("Greek homoglyphs", "Privilεged & Cοnfidential".replace("ε", "e")),
]


@pytest.mark.parametrize(("kind", "marker"), DISGUISES, ids=[d[0] for d in DISGUISES])
def test_a_disguised_privilege_marker_is_found_where_it_was_sent(kind: str, marker: str) -> None:
    text = f"Memo. {marker}. Please summarise."
    result = Classifier().classify([TextPiece(text, "messages[0].content")])
    [finding] = [f for f in result.findings if f.detector == "legal.privilege_marker"]
    span = finding.spans[0]
    assert text[span.start : span.end] == marker


def test_a_disguised_email_address_is_found() -> None:
    text = "write to ｊｏｈｎ．ｄｏｅ＠ａｃｍｅ．ｃｏｍ today"
    result = Classifier().classify([TextPiece(text, "p")])
    assert "pii.email" in result.detectors


def test_ascii_and_plainly_accented_text_is_left_alone() -> None:
    assert normalize("plain ascii").text == "plain ascii"
    assert normalize("Grüße aus Köln").text == "Grüße aus Köln"


def test_scan_text_reports_hits_at_the_offsets_redaction_replaces() -> None:
    from classifier.classify import scan_text

    text = "zw\u200bei: write to ｊｏｈｎ．ｄｏｅ＠ａｃｍｅ．ｃｏｍ, IBAN DE89 3704 0044 0532 0130 00"
    found = {h.detector: text[h.start : h.end] for h in scan_text(text)}
    assert found == {"pii.email": "ｊｏｈｎ．ｄｏｅ＠ａｃｍｅ．ｃｏｍ", "pii.iban": "DE89 3704 0044 0532 0130 00"}


@pytest.mark.parametrize("text", [
    "Objet\u00a0: écrire à ｊｏｈｎ．ｄｏｅ＠ａｃｍｅ．ｃｏｍ, IBAN DE89 3704 0044 0532 0130 00",  # same length folded
    "Objet\u00a0: écrire à ｊｏｈｎ．ｄｏｅ＠ａｃｍｅ．ｃｏｍ, ﬁn, IBAN DE89 3704 0044 0532 0130 00",  # ligature: longer
    "Objet\u00a0: écri\u200bre à ｊｏｈｎ．ｄｏｅ＠ａｃｍｅ．ｃｏｍ, ﬁn, IBAN DE89 3704 0044 0532 0130 00",  # and shorter
], ids=["nbsp", "ligature", "ligature and zero-width"])
def test_offsets_survive_folding_that_keeps_shortens_or_lengthens_the_text(text: str) -> None:
    from classifier.classify import scan_text

    found = {h.detector: text[h.start : h.end] for h in scan_text(text)}
    assert found == {"pii.email": "ｊｏｈｎ．ｄｏｅ＠ａｃｍｅ．ｃｏｍ", "pii.iban": "DE89 3704 0044 0532 0130 00"}


def test_every_character_the_table_folds_takes_the_folding_path() -> None:
    """Text without any of the table's characters skips `str.translate` (slow on non-ASCII
    text): each of them, alone in accented text, must still be folded or removed."""
    from classifier.normalize import _TABLE

    for code, replacement in _TABLE.items():
        text = f"Déjà vu {chr(code)} über"
        assert normalize(text).text == unicodedata.normalize("NFKC", f"Déjà vu {replacement or ''} über")
