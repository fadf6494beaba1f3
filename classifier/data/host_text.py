"""Harmless text the generator never produced: the host's own manual pages and translation catalogs.

    python -m classifier.data.host_text [--part reading|tuning|all] [--per-source N] [--seed S] > host.jsonl
    embargo classify --jsonl host.jsonl --evaluate

Every blind split is still text written for this project. This probe is not: it samples
what any Linux host carries, read at run time and never stored in the repository (the
texts keep their own licences), as the requests an engineer would send to an LLM:

* `man/en`: passages of section-1 manual pages, rendered by `nroff` as `man` shows them;
* `catalog/<lang>`: a few messages of one program from the gettext catalogs (`*.mo`) under
  /usr/share/locale — the user-interface strings and error messages of the host's programs,
  English (`msgid`) and their German, French, Spanish and Dutch translations.

All of it is public, so every request is labelled `public` and the figure that counts is the
false-positive rate, per source (`--evaluate` prints a per-family table). Manual pages
quote their authors' e-mail addresses; a detector rightly calls those personal data, so
the per-family table separates what the detectors flag from what only the model does.
The sample depends on the installed packages: the figures are the host's, and
docs/classifier-evaluation.md names the image they were measured on. Nothing here trains
or calibrates a model.

The programs are split in two parts by a hash of their name (a manual page's, a catalog's
domain, the same in every language): `tuning` may be looked at while a model is chosen,
`reading` is read once after it has shipped, like a blind split. `all` joins them.
"""

from __future__ import annotations

import argparse
import functools
import gettext
import gzip
import json
import random
import re
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

from classifier.data.generate import Piece, Sample, as_request

MAN_DIR = Path("/usr/share/man/man1")
LOCALE_DIR = Path("/usr/share/locale")
CATALOG_LANGS = ("de", "fr", "es", "nl")
SEED = 20261124
# How requests are phrased around the host text; None sends the text alone.
_ASKS = (None, "Explain this:", "Summarise this for a new colleague:", "What does this mean?",
         "Translate into English:")
_OVERSTRIKE = re.compile(r".\x08")  # nroff's bold (X\bX) and underline (_\bX)
PARTS = ("reading", "tuning", "all")


def in_part(program: str, part: str) -> bool:
    """Whether a program (a manual page's or a catalog's name) belongs to `part`."""
    return part == "all" or PARTS[zlib.crc32(program.encode()) % 2] == part


def man_passages(rng: random.Random, count: int, part: str = "all") -> Iterator[str]:
    """Passages of 300 to 3,000 characters from rendered section-1 manual pages."""
    pages = sorted(page for page in MAN_DIR.glob("*.1*") if in_part(page.name.split(".")[0], part))
    rng.shuffle(pages)
    found = 0
    for page in pages:
        if found == count:
            return
        try:
            source = gzip.decompress(page.read_bytes()) if page.suffix == ".gz" else page.read_bytes()
            rendered = subprocess.run(["nroff", "-man", "-Tutf8"], input=source, capture_output=True,
                                      timeout=20, check=True).stdout.decode("utf-8", "replace")
        except (OSError, EOFError, subprocess.SubprocessError):
            continue  # a link, a page nroff cannot render: the next one
        text = re.sub(r"\n{3,}", "\n\n", _OVERSTRIKE.sub("", rendered)).strip()
        if len(text) < 600:
            continue
        size = rng.choice([300, 800, 1500, 3000])
        start = rng.randrange(0, max(1, len(text) - size))
        found += 1
        yield text[start:start + size]


@functools.cache
def _parsed(path: Path) -> dict | None:
    """A catalog's table, parsed once: the German catalogs give both English and German."""
    try:
        with path.open("rb") as f:
            return gettext.GNUTranslations(f)._catalog  # noqa: SLF001 - the parsed table is all we need
    except (OSError, UnicodeDecodeError, ValueError):  # unreadable or not UTF-8: skipped
        return None


def catalogs(lang: str | None, part: str = "all") -> list[list[str]]:
    """Each of the host's catalogs as its messages of at least 25 characters: the translations
    into `lang`, or the English originals when `lang` is None (read from the German catalogs)."""
    found = []
    for path in sorted((LOCALE_DIR / (lang or "de") / "LC_MESSAGES").glob("*.mo")):
        if not in_part(path.stem, part):
            continue
        table = _parsed(path)
        if table is None:
            continue
        messages = set()
        for original, translated in table.items():
            text = (original[0] if isinstance(original, tuple) else original) if lang is None else translated
            if not isinstance(text, str) or "Content-Type:" in text:  # the catalog's header entry
                continue
            text = text.rpartition("\x04")[2].strip()  # "msgctxt EOT msgid": the message alone
            if len(text) >= 25:
                messages.add(text)
        if messages:
            found.append(sorted(messages))
    return found


def samples(per_source: int = 200, seed: int = SEED, part: str = "all") -> Iterator[Sample]:
    """The probe's requests, in a fixed order for a given host and seed."""
    sources: dict[tuple[str, str], list[str]] = {}
    rng = random.Random(seed)
    sources[("man", "en")] = list(man_passages(rng, per_source, part))
    for lang in (None, *CATALOG_LANGS):
        programs = catalogs(lang, part)
        rng = random.Random(f"{seed}/catalog/{lang}")
        runs = []  # some of one program's messages, as a developer would paste them
        for _ in range(per_source if programs else 0):
            messages = rng.choice(programs)
            runs.append("\n".join(rng.sample(messages, min(len(messages), rng.choice([1, 3, 8, 20])))))
        sources[("catalog", lang or "en")] = runs
    for (source, lang), texts in sources.items():
        rng = random.Random(f"{seed}/{source}/{lang}/asks")
        for n, text in enumerate(texts):
            ask = rng.choice(_ASKS)
            prompt = text if ask is None else f"{ask}\n\n{text}"
            yield Sample(f"{source}/{lang}/{n}", f"{source}/{lang}", lang, "public", "host", True,
                         (Piece("messages[0].content", "user", prompt),))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m classifier.data.host_text", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--per-source", type=int, default=200, metavar="N",
                        help="requests per source (man/en and catalog/en, de, fr, es, nl); default 200")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--part", choices=PARTS, default="reading",
                        help="reading: read once per shipped model; tuning: for choosing one; default reading")
    args = parser.parse_args(argv)
    written = 0
    for sample in samples(args.per_source, args.seed, args.part):
        sys.stdout.write(json.dumps(as_request(sample), ensure_ascii=False) + "\n")
        written += 1
    if not written:
        print(f"no manual pages under {MAN_DIR} and no catalogs under {LOCALE_DIR}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
