"""The host-text probe: harmless text from the machine's manual pages and translation catalogs."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from classifier.data import host_text
from classifier.data.generate import as_request

pytestmark = pytest.mark.skipif(
    not any(host_text.MAN_DIR.glob("*.1*")) or not any(host_text.LOCALE_DIR.glob("*/LC_MESSAGES/*.mo")),
    reason="this host carries no manual pages or no translation catalogs (a minimal container image)")


def test_the_probe_samples_every_source_the_same_way_twice() -> None:
    first = list(host_text.samples(per_source=5))
    assert [s.text for s in first] == [s.text for s in host_text.samples(per_source=5)]
    sources = Counter(s.family for s in first)
    assert set(sources) <= {"man/en", *(f"catalog/{lang}" for lang in ("en", *host_text.CATALOG_LANGS))}
    assert sources["man/en"] == 5 and sources["catalog/en"] == 5
    assert all(s.label == "public" and s.split == "host" for s in first)
    assert all(s.text.strip() for s in first)


def test_the_tuning_and_reading_parts_share_no_program() -> None:
    tuning = {p.name for p in host_text.MAN_DIR.glob("*.1*") if host_text.in_part(p.name.split(".")[0], "tuning")}
    reading = {p.name for p in host_text.MAN_DIR.glob("*.1*") if host_text.in_part(p.name.split(".")[0], "reading")}
    assert tuning and reading and not tuning & reading
    assert tuning | reading == {p.name for p in host_text.MAN_DIR.glob("*.1*")}
    # a catalog's domain is in the same part in every language
    domains = {path.stem for path in host_text.LOCALE_DIR.glob("*/LC_MESSAGES/*.mo")}
    assert all(host_text.in_part(d, "tuning") != host_text.in_part(d, "reading") for d in domains)


def test_rendered_manual_pages_carry_no_formatting_codes() -> None:
    passages = list(host_text.man_passages(random.Random(1), 5))
    assert len(passages) == 5
    assert not any("\x08" in p or "\x1b[" in p or p.lstrip().startswith(".TH") for p in passages)


def test_catalog_messages_come_without_their_context_prefix() -> None:
    programs = host_text.catalogs(None)
    assert programs and all(len(m) >= 25 and "\x04" not in m for messages in programs for m in messages)


def test_a_probe_request_is_what_embargo_classify_reads() -> None:
    request = as_request(next(host_text.samples(per_source=1)))
    assert request["label"] == "public" and request["family"] == "man/en"
    assert request["body"]["messages"][0]["role"] == "user"
