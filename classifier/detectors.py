"""Deterministic detectors: one pass of one combined regex per text, then validation.

This runs on every proxied request, on bodies up to hundreds of kilobytes, so the scan
is one `re` pass whatever the number of detectors. CPython's `re` is a backtracking
interpreter whose cost is per position tried, so the combined pattern is shaped to try
as few positions, and as few alternatives per position, as possible:

* It begins with one character class, `_BOUNDARY` (non-word characters). `re` skips in
  C every position whose character is not in a leading class, so the interpreter runs
  only after boundaries. The boundary character is part of the match (candidates start
  at `m.start() + 1`), and the text is scanned with a sentinel newline in front so that
  a candidate at offset 0 has a boundary too.
* An ASCII `\\b` then discards boundaries followed by another boundary (", ", ".\\n").
* Each alternative starts with a literal character or a character class, and its named
  group is an empty *marker* at its end: `re` rejects such an alternative by its first
  character without entering it, and `m.lastgroup` names the rule that matched. There is
  no global IGNORECASE: case-insensitive phrases are `(?i:...)` after an explicit first
  letter, and phrases that share leading letters share their tests (a trie).
* `re` goes through every alternative of a group when the one for the word's first
  character fails, so the cost of an ordinary word grows with the number of alternatives
  at each level: rules are grouped by the characters they start with (characters with
  the same rules share a group), lower-case letters first, then the upper-case letters
  behind one lookahead, then digits (`_compile`).
* Two detectors are anchored where a word start cannot see them: a custom field at its
  `__c`/`__r` suffix ('_' is a boundary), an e-mail address at its '@'; the name or the
  local part is then read leftwards. Their alternatives are tried at every boundary, so a
  text without "__" (or without '@') is scanned by a pattern without them.

Overlaps resolve deterministically: the regex takes the leftmost match, at one position
the earlier rule, and matches never overlap; a run of digit groups is split into the
leftmost-longest valid windows (`_number_windows`); a Bearer token of a known kind is
reported as that kind. Only the two hits read leftwards can contain an earlier hit
(an id used as the local part of an address): both are reported. Validation lives in
`classifier.validators`.

A `Hit` carries offsets, never the matched text; the only strings it carries are the
two that are policy vocabulary: an org id (the CRM tenant) and a custom field name.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final, NamedTuple

from classifier import validators as v
from classifier.classification import Label

# ------------------------------------------------------------------------- detectors

EMAIL: Final = "pii.email"
PHONE: Final = "pii.phone"
IBAN: Final = "pii.iban"
PAYMENT_CARD: Final = "pii.payment_card"
US_SSN: Final = "pii.us_ssn"
RECORD_ID: Final = "salesforce.record_id"
ORG_ID: Final = "salesforce.org_id"
CUSTOM_FIELD: Final = "salesforce.custom_field"
SENSITIVE_FIELD: Final = "salesforce.sensitive_field"
PRIVILEGE_MARKER: Final = "legal.privilege_marker"
LITIGATION_MARKER: Final = "legal.litigation_marker"
OPENAI_KEY: Final = "secret.openai_key"
ANTHROPIC_KEY: Final = "secret.anthropic_key"
AWS_ACCESS_KEY: Final = "secret.aws_access_key"
AWS_SECRET_KEY: Final = "secret.aws_secret_key"
GITHUB_TOKEN: Final = "secret.github_token"
SLACK_TOKEN: Final = "secret.slack_token"
SALESFORCE_SESSION: Final = "secret.salesforce_session"
SALESFORCE_REFRESH_TOKEN: Final = "secret.salesforce_refresh_token"
PRIVATE_KEY: Final = "secret.private_key"
JWT: Final = "secret.jwt"
BEARER_TOKEN: Final = "secret.bearer_token"
ES_DNI: Final = "pii.es_dni"
DE_TAX_ID: Final = "pii.de_tax_id"
FR_NIR: Final = "pii.fr_nir"
NL_BSN: Final = "pii.nl_bsn"
IT_FISCAL_CODE: Final = "pii.it_fiscal_code"


@dataclass(frozen=True, slots=True)
class Detector:
    id: str
    label: Label
    # Prior probability that a hit is a true positive (checksummed or provider-prefixed
    # formats high, shape-only formats lower). Estimates, to be replaced by measured
    # precision; the classifier's score is built from them.
    confidence: float


def _table(*rows: tuple[str, Label, float]) -> dict[str, Detector]:
    return {row[0]: Detector(*row) for row in rows}


_I, _C, _P = Label.INTERNAL, Label.CONFIDENTIAL, Label.PRIVILEGED

DETECTORS: Final[dict[str, Detector]] = _table(
    (EMAIL, _C, 0.99),
    (PHONE, _C, 0.85),
    (IBAN, _C, 0.99),
    (PAYMENT_CARD, _C, 0.99),
    (US_SSN, _C, 0.9),
    (RECORD_ID, _I, 0.9),
    (ORG_ID, _I, 0.95),
    (CUSTOM_FIELD, _I, 0.99),
    # Its label is the one the policy gives the field; this is the default.
    (SENSITIVE_FIELD, _C, 0.99),
    (PRIVILEGE_MARKER, _P, 0.95),
    (LITIGATION_MARKER, _C, 0.8),
    (OPENAI_KEY, _C, 0.99),
    (ANTHROPIC_KEY, _C, 0.99),
    (AWS_ACCESS_KEY, _C, 0.99),
    (AWS_SECRET_KEY, _C, 0.9),
    (GITHUB_TOKEN, _C, 0.99),
    (SLACK_TOKEN, _C, 0.99),
    (SALESFORCE_SESSION, _C, 0.99),
    (SALESFORCE_REFRESH_TOKEN, _C, 0.99),
    (PRIVATE_KEY, _C, 0.99),
    (JWT, _C, 0.99),
    (BEARER_TOKEN, _C, 0.9),
    # National ids: check digits, and for the two weakest formats a keyword nearby.
    (ES_DNI, _C, 0.95),
    (DE_TAX_ID, _C, 0.95),
    (FR_NIR, _C, 0.97),
    (NL_BSN, _C, 0.95),
    (IT_FISCAL_CODE, _C, 0.97),
)

# Detectors whose hit is a phrase, not a validated value: with a model present they are
# cues that the model must corroborate (see `classifier.classify`), since the words
# also appear in news, textbooks and blank templates.
CUE_DETECTORS: Final = frozenset({PRIVILEGE_MARKER, LITIGATION_MARKER})


class Hit(NamedTuple):
    """One validated detection in one text: character offsets, never the text."""

    detector: str
    start: int
    end: int
    org_id: str | None = None  # 15-character org id (salesforce.org_id, salesforce_session)
    field_name: str | None = None  # custom field API name (salesforce.custom_field)


def scan(text: str) -> list[Hit]:
    """All validated hits in `text`, in the order they were found."""
    s = _SENTINEL + text
    out: list[Hit] = []
    # Without an '@' or a "__" in the text, the pattern without the e-mail and custom field
    # alternatives finds the same: they are tried at every boundary, at a cost.
    pattern, handlers = _scanner("@" in text, "__" in text)
    for m in pattern.finditer(s):
        handlers[m.lastgroup](s, m, out)  # type: ignore[index]  # every match ends in a marker
    return out


# -------------------------------------------------------------------------- handlers

# A handler validates one match of its rule in the sentinel-prefixed text `s` and
# appends what it confirms. Offsets in `s` are one more than in the caller's text.
Handler = Callable[[str, re.Match[str], list[Hit]], None]

_SENTINEL: Final = "\n"
_SHIFT: Final = len(_SENTINEL)  # offsets in the scanned text minus this are offsets in the caller's
_WORD_CHARS: Final = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
_EMAIL_LOCAL_CHARS: Final = _WORD_CHARS + ".%+-"


def _hit(detector: str, start: int, end: int, *, org_id: str | None = None,
         field_name: str | None = None) -> Hit:
    return Hit(detector, start - _SHIFT, end - _SHIFT, org_id, field_name)


def _extend_left(s: str, end: int, chars: str, limit: int) -> int:
    """Start of the run of `chars` that ends at `end`, looking back at most `limit + 1`
    characters: a run longer than `limit` comes back too long for its validator."""
    window = s[max(0, end - limit - 1) : end]
    return end - (len(window) - len(window.rstrip(chars)))


def _plain(detector: str) -> Handler:
    """The whole candidate is the finding; the pattern alone is the evidence."""

    def handle(s: str, m: re.Match[str], out: list[Hit]) -> None:
        out.append(_hit(detector, m.start() + 1, m.end()))

    return handle


_RANDOM_TAIL: Final = 20  # every token rule asks for at least 20 characters after its prefix


def _token(detector: str) -> Handler:
    """A provider-prefixed credential, unless it is a placeholder ("sk-xxxx..."). Only the
    tail is judged: prefixes like "sk-ant-api03-" or "5Aep861" bring their own variety."""

    def handle(s: str, m: re.Match[str], out: list[Hit]) -> None:
        if v.looks_random(s[m.end() - _RANDOM_TAIL : m.end()]):
            out.append(_hit(detector, m.start() + 1, m.end()))

    return handle


def _email(s: str, m: re.Match[str], out: list[Hit]) -> None:
    at = m.start()  # the boundary this rule matches after is the '@'
    start = _extend_left(s, at, _EMAIL_LOCAL_CHARS, v.MAX_EMAIL_LOCAL)
    if s[start - 1] == "\\":
        start += 1  # JSON-escaped text ("\\n@app.get"): the first letter belongs to the escape
    if v.email_valid(s[start:at], s[at + 1 : m.end()]):
        out.append(_hit(EMAIL, start, m.end()))


def _custom_field(s: str, m: re.Match[str], out: list[Hit]) -> None:
    end = m.end()  # the boundary this rule matches after is the first '_' of "__c"
    start = _extend_left(s, m.start(), _WORD_CHARS, v.MAX_CUSTOM_FIELD_NAME)
    name = s[start:end]
    if v.is_custom_field_name(name):
        out.append(_hit(CUSTOM_FIELD, start, end, field_name=name))


_NOT_DIGITS: Final = str.maketrans("", "", " .-/()+")
_MAX_NUMBER_GROUPS: Final = 7  # "+33 (0)1 23 45 67 89"
_MAX_NATIONAL_GROUPS: Final = max(map(len, v.NATIONAL_SHAPES))
_WINDOW_CUTS: Final = (" ", " (")  # where one number may end and the next begin
_NUMBER_DETECTORS: Final = {"card": PAYMENT_CARD, "ssn": US_SSN, "phone": PHONE}


def _digit_run(s: str, m: re.Match[str], out: list[Hit]) -> None:
    """A run of digit groups; usually one number, else see `_number_windows`."""
    start, end = m.span()  # s[start] is the boundary: a lead ("+", "(") or not
    lead = s[start]
    if lead == "+" and s[start - 1] == "(":
        start, lead = start - 1, "(+"  # "(+44) 20 7946 0958"
    if lead not in v.LEADS:
        start += 1  # a plain boundary, not part of the number
    text = s[start:end]
    if len(text.translate(_NOT_DIGITS)) < (8 if lead.endswith("+") else 9):
        return  # no card, SSN or phone is shorter
    run = v.DigitGroups.parse(text)
    if len(run.groups) <= _MAX_NUMBER_GROUPS and (kind := v.classify_number(run)):
        out.append(_hit(_NUMBER_DETECTORS[kind], start, end))
    elif not run.international and (national := _national_number(s, start, run.digits)):
        out.append(_hit(national, start, end))
    elif any(sep in _WINDOW_CUTS for sep in run.seps):  # else the whole run is the only window
        _number_windows(run, start + len(run.lead), out)


# Keywords that must precede a BSN or a German tax id (within _CONTEXT characters): on
# their own, nine or eleven digits with a check digit are too common to call an id.
_NATIONAL_CONTEXT: Final = re.compile(
    r"(?i:bsn|burger\s*service\s*nummer|sofi[\s-]*nummer|steuer[\s-]*id|steuerliche|identifikationsnummer"
    r"|idnr|id-nr|tax\s*id|tin)\b")
_CONTEXT: Final = 60


def _national_number(s: str, start: int, digits: str) -> str | None:
    if v.fr_nir_valid(digits):
        return FR_NIR
    if len(digits) in (9, 11) and _NATIONAL_CONTEXT.search(s, max(0, start - _CONTEXT), start):
        if v.nl_bsn_valid(digits):
            return NL_BSN
        if v.de_tax_id_valid(digits):
            return DE_TAX_ID
    return None


def _es_id(s: str, m: re.Match[str], out: list[Hit]) -> None:
    """DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter), optionally with - or space."""
    start = m.start() + 1
    compact = s[start : m.end()].replace("-", "").replace(" ", "")
    letter, body = compact[-1], compact[:-1]
    if v.es_dni_valid(body, letter) if body[0].isdigit() else v.es_nie_valid(body[0], body[1:], letter):
        out.append(_hit(ES_DNI, start, m.end()))


def _it_fiscal_code(s: str, m: re.Match[str], out: list[Hit]) -> None:
    if v.it_fiscal_code_valid(s[m.start() + 1 : m.end()]):
        out.append(_hit(IT_FISCAL_CODE, m.start() + 1, m.end()))


def _number_windows(run: v.DigitGroups, offset: int, out: list[Hit]) -> None:
    """Classify the leftmost-longest windows of whole groups of `run`, which starts at
    `offset` in the scanned text (not counting its lead).

    A run may hold several numbers ("2024-01-15 415-555-2671") or a number and noise,
    so windows are cut only at a lone space; '-', '.', '/' bind groups into one token.
    """
    sizes = [0, *itertools.accumulate(run.shape)]  # digits before group i
    starts = [offset]  # offset of group i
    for g, sep in zip(run.groups, run.seps):
        starts.append(starts[-1] + len(g) + len(sep))
    cuts = [0, *(k + 1 for k, sep in enumerate(run.seps) if sep in _WINDOW_CUTS), len(run.groups)]
    a = 0
    while a < len(cuts) - 1:
        b, kind = _longest_number(run, cuts, sizes, a)
        if kind is None:
            a += 1
            continue
        i, j = cuts[a], cuts[b]
        lead = run.window(i, j).lead
        out.append(_hit(_NUMBER_DETECTORS[kind], starts[i] - len(lead), starts[j - 1] + run.shape[j - 1]))
        a = b


def _longest_number(run: v.DigitGroups, cuts: list[int], sizes: list[int], a: int) -> tuple[int, str | None]:
    """The longest window from cut `a` to a cut `b` that validates, as (b, kind), else
    (a, None). Linear work per run: windows are bounded in groups and digits, and a shape
    that no validator accepts is rejected before a window is built."""
    i = cuts[a]
    plus = i == 0 and run.international
    most = _MAX_NUMBER_GROUPS if plus else _MAX_NATIONAL_GROUPS
    for b in range(bisect.bisect_right(cuts, i + most) - 1, a, -1):
        j = cuts[b]
        size = sizes[j] - sizes[i]
        if size < 8:
            break  # shorter windows have fewer digits still
        if size <= 19 and (plus or run.shape[i:j] in v.NATIONAL_SHAPES):
            if kind := v.classify_number(run.window(i, j)):
                return b, kind
    return a, None


def _iban(s: str, m: re.Match[str], out: list[Hit]) -> None:
    """Compact or in groups of four; a spaced candidate may run into a following word
    ("... 0130 00 EUR"), so it is cut at the country's length, at a group edge."""
    start = m.start() + 1
    length = v.IBAN_LENGTHS.get(s[start : start + 2])
    if length is None:
        return
    end, count = start, 0
    while end < m.end() and count < length:
        count += s[end] != " "
        end += 1
    if end < m.end() and s[end] != " ":
        return  # the country's length ends inside a group
    if v.iban_valid(s[start:end].replace(" ", "")):
        out.append(_hit(IBAN, start, end))


def _salesforce_id(s: str, m: re.Match[str], out: list[Hit]) -> None:
    start, end = m.span()  # (the commonest hit in CRM text: `_hit` inlined)
    candidate = s[start + 1 : end]
    if kind := _salesforce_kind(candidate):
        out.append(Hit(kind, start + 1 - _SHIFT, end - _SHIFT, candidate[:15] if kind == ORG_ID else None))


@functools.lru_cache(maxsize=4096)
def _salesforce_kind(candidate: str) -> str | None:
    """ORG_ID, RECORD_ID or None. Cached: a CRM body repeats the same ids many times."""
    if v.is_salesforce_org_id(candidate):
        return ORG_ID
    return RECORD_ID if v.is_salesforce_record_id(candidate) else None


def _salesforce_session(s: str, m: re.Match[str], out: list[Hit]) -> None:
    """"<org id>!<token>": the org id names the tenant even when the token is a placeholder."""
    start = m.start() + 1
    bang = s.index("!", start)
    org = s[start:bang]
    if not v.is_salesforce_org_id(org):
        return
    if v.looks_random(s[bang + 1 : m.end()]):
        out.append(_hit(SALESFORCE_SESSION, start, m.end(), org_id=org[:15]))
    else:
        out.append(_hit(ORG_ID, start, bang, org_id=org[:15]))


def _aws_access_key(s: str, m: re.Match[str], out: list[Hit]) -> None:
    key = s[m.start() + 1 : m.end()]
    # Key ids are 16 base32 characters (A-Z, 2-7) and may lack digits: ask only for variety.
    # Six distinct characters refuse "AKIAXXXX..." placeholders; a real id has fewer with
    # odds of about 1 in 40 million (eight would miss about 1 in 18,000).
    if not v.is_aws_documentation_key(key) and v.looks_random(key[4:], min_classes=1, min_distinct=6):
        out.append(_hit(AWS_ACCESS_KEY, m.start() + 1, m.end()))


_AWS_SECRET_LENGTH: Final = 40


def _aws_secret_key(s: str, m: re.Match[str], out: list[Hit]) -> None:
    start = m.end() - _AWS_SECRET_LENGTH  # the pattern ends with the 40-character value
    value = s[start : m.end()]
    if not v.is_aws_documentation_key(value) and v.looks_random(value):
        out.append(_hit(AWS_SECRET_KEY, start, m.end()))


def _private_key(s: str, m: re.Match[str], out: list[Hit]) -> None:
    # The boundary this rule matches after is the last of the five dashes of "-----BEGIN".
    out.append(_hit(PRIVATE_KEY, m.start() - 4, m.end()))


def _slack_webhook(s: str, m: re.Match[str], out: list[Hit]) -> None:
    secret = s[s.rindex("/", 0, m.end()) + 1 : m.end()]
    if v.looks_random(secret):
        out.append(_hit(SLACK_TOKEN, m.start() + 1, m.end()))


def _jwt(s: str, m: re.Match[str], out: list[Hit]) -> None:
    start = m.start() + 1
    if v.jwt_header_valid(s[start : s.index(".", start)]):
        out.append(_hit(JWT, start, m.end()))


def _bearer(s: str, m: re.Match[str], out: list[Hit]) -> None:
    """The token after "Bearer"; a token of a known kind is reported as that kind."""
    start = m.start() + 1 + len("Bearer")
    while s[start] in " \t":
        start += 1
    token = s[start : m.end()]
    if not (any(ch.isdigit() for ch in token) and any(ch.isalpha() for ch in token)):
        return  # "Bearer YOUR_ACCESS_TOKEN_HERE"
    inner = _WORDS.match(s, start - 1)  # s[start - 1] is a space or tab: a boundary
    if inner is not None and _WORD_HANDLERS[inner.lastgroup] is not _bearer:  # type: ignore[index]
        found = len(out)
        _WORD_HANDLERS[inner.lastgroup](s, inner, out)  # type: ignore[index]
        if len(out) > found:
            return
    out.append(_hit(BEARER_TOKEN, start, m.end()))


# -------------------------------------------------------------------------- patterns

# Characters after which a candidate may start: ASCII non-word characters, '_' (for the
# custom field suffix), Latin-1 punctuation and spaces, General Punctuation (dashes,
# typographic quotes, exotic spaces), CJK and full-width punctuation, the BOM.
_BOUNDARY: Final = (
    r"[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\xbf\xd7\xf7\u2000-\u206f\u3000-\u303f\ufeff"
    r"\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]"
)
_END: Final = r"(?![0-9A-Za-z_])"  # a candidate ends at a word boundary
_SEP: Final = r"(?:\s+|\s*[\-\u2010-\u2015]\s*)"  # between words of a phrase


@dataclass(frozen=True, slots=True)
class _Rule:
    """One alternative of the combined pattern.

    `first` is either a character class ("[0-9a]") or letters tested literally, each
    with the same `rest` ("Pp": either case). After that first character come `letters`,
    ASCII letters matched in either case, which `_factor` shares between alternatives,
    then `rest`. A `rest` should begin with a literal or a class, so that `re` can reject
    it by one character without entering it. Rules that can match the same text must be
    listed in priority order.
    """

    first: str
    rest: str
    handle: Handler
    letters: str = ""


def _phrase(detector: str, phrase: str) -> _Rule:
    """A case-insensitive formula; a space in `phrase` stands for any run of whitespace or
    a hyphen or dash ("attorney-client", "attorney client", "attorney–\\nclient")."""
    first, rest = phrase[0], phrase[1:]
    count = len(rest) - len(rest.lstrip(string.ascii_letters))
    if rest[count : count + 1] in ("?", "*", "+", "{"):
        count -= 1  # "depositions?": the quantifier applies to the last letter
    letters, rest = rest[:count].lower(), rest[count:].replace(" ", _SEP)
    return _Rule(first.upper() + first.lower(), f"(?i:{rest}){_END}", _plain(detector), letters)


_PRIVILEGE_PHRASES: Final = (
    "attorney client privileged",
    "attorney work product",
    "privileged (?:and|&|&amp;) confidential",
    "prepared at the (?:direction|request) of (?:legal |outside |in house )?counsel",
    "subject to (?:the )?attorney client privileged?",
    "protected by (?:the )?attorney client privileged?",
    "confidential legal advice",
    # de
    "anwaltlich vertraulich",
    "anwaltsgeheimnis",
    "anwaltsprivileg",
    "anwaltliche korrespondenz",
    "vertrauliche rechtsberatung",
    "anwalts mandanten (?:kommunikation|korrespondenz)",
    # fr
    "secret professionnel (?:de l['\u2019]avocat|avocat)",
    "couvert par le secret professionnel",
    "correspondance (?:avocat client|d['\u2019]avocats?|entre avocats)",
    "confidentiel avocat",
    # es
    "secreto profesional (?:del )?abogado(?: cliente)?",
    "privilegio abogado cliente",
    "confidencial abogado cliente",
    "comunicaci[oó]n privilegiada",
    # nl
    "verschoningsrecht",
    "vertrouwelijk advocaat cli[eë]nt",
    "advocaat cli[eë]nt (?:vertrouwelijk|privilege|communicatie)",
    "geheimhoudingsplicht (?:van de )?advocaat",
)
_LITIGATION_PHRASES: Final = (
    "litigation hold(?: notice)?",
    "legal hold(?: notice)?",
    "settlement (?:offer|agreement|amount|negotiation)s?",
    "without prejudice",
    "depositions?",
    "subpoena(?:s|ed)?",
    "pending litigation",
    "draft complaint",
    "in anticipation of litigation",
    # de
    "vergleichs(?:verhandlung(?:en)?|angebot|entwurf|vorschlag)",
    "ohne anerkennung einer rechtspflicht",
    "aufbewahrungsanordnung",
    "anh[äa]ngigen? (?:rechtsstreits?|verfahrens?)",
    "klageentwurf",
    "zeugenvernehmung",
    # fr
    "protocole transactionnel",
    "proposition transactionnelle",
    "sous toutes r[ée]serves",
    "contentieux en cours",
    "projet d['\u2019]assignation",
    "obligation de conservation",
    # es
    "acuerdo transaccional",
    "propuesta de acuerdo",
    "litigio pendiente",
    "retenci[óo]n legal",
    "borrador de demanda",
    "declaraci[óo]n testifical",
    # nl
    "vaststellingsovereenkomst",
    "schikkingsvoorstel",
    "schikkingsonderhandelingen?",
    "lopende procedure",
    "conceptdagvaarding",
    "getuigenverhoor",
    "bewaarplicht",
    "onder voorbehoud van (?:alle )?rechten",
)

_NUMBER_SEP: Final = r"(?:[ .\-/]\(?|\)[ .\-]?)"
# The pattern continues after the run's first digit. A run glued to a word by its lead
# or by punctuation is part of something else: "v1.2.3", "a+1", "ID-4111...", "f(555)".
_NOT_GLUED: Final = r"(?<![0-9A-Za-z_][\-./_+(][0-9])(?<![0-9A-Za-z_]\(\+[0-9])"
# Decimals and ISO dates, the commonest digit runs, are no card, SSN or phone.
_NOT_A_NUMBER: Final = rf"(?!(?:\d*+\.\d++|\d{{3}}-\d\d-\d\d)(?!{_NUMBER_SEP}\d))"
_AWS_SECRET_VALUE: Final = r"""["']?\s*[:=]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])"""
_KEY_SEP: Final = r"[_\-. ]?"

_RULES: Final[tuple[_Rule, ...]] = (
    # Salesforce session "00D...!token" before the plain id rule that would take its org id.
    _Rule("0", r"0D[0-9A-Za-z]{12}(?:[A-Z0-5]{3})?![0-9A-Za-z._]{40,}", _salesforce_session),
    _Rule("5", r"Aep861[0-9A-Za-z._]{40,}", _token(SALESFORCE_REFRESH_TOKEN)),
    # 15/18-character ids: reserved 6th character '0', checksum alphabet for the suffix,
    # and a letter somewhere, so that all-digit numbers are left to the digit-run rule.
    # (The letter is checked last, by lookbehind, and the first test is a plain class, so
    # that an ordinary word starting with 'a' fails on its sixth character at most.)
    _Rule("[0-9a]", r"[0-9A-Za-z][0-9A-Za-z]{3}0[0-9A-Za-z]{9}(?:[A-Z0-5]{3}(?<![0-9]{17})|(?<![0-9]{14}))"
          + _END, _salesforce_id),
    # Spanish DNI and NIE: a letter after the digits, which the digit-run rule refuses.
    _Rule("[0-9]", r"\d{7}[ -]?[A-HJ-NP-TV-Z]" + _END, _es_id),
    _Rule("XYZ", r"[ -]?\d{7}[ -]?[A-HJ-NP-TV-Z]" + _END, _es_id),
    # Italian codice fiscale: 16 capitals and digits in a fixed shape (digits may be L-V).
    _Rule("[A-Z]", r"[A-Z][A-Z]{4}[0-9L-NP-V]{2}[ABCDEHLMPRST][0-9L-NP-V]{2}[A-Z][0-9L-NP-V]{3}[A-Z]" + _END,
          _it_fiscal_code),
    # Digit groups with single separators, and an optional parenthesised group; a lone
    # group counts only from 8 digits (shorter ones are never a card, SSN or phone).
    _Rule("[0-9]", rf"{_NOT_GLUED}{_NOT_A_NUMBER}(?:\d*+(?:{_NUMBER_SEP}\d++)++|\d{{7,}}+)" + _END,
          _digit_run),
    _Rule("[A-Z]", r"[A-Z][0-9]{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{1,4}){3,8})" + _END, _iban),
    _Rule("A", r"[KSB]IA[A-Z0-9]{16}" + _END, _aws_access_key),
    _Rule("A", r"CCA[A-Z0-9]{16}" + _END, _aws_access_key),
    _Rule("Aa", rf"(?i:{_KEY_SEP}secret{_KEY_SEP}(?:access{_KEY_SEP})?key){_AWS_SECRET_VALUE}",
          _aws_secret_key, letters="ws"),
    _Rule("Ss", rf"(?i:{_KEY_SEP}(?:access{_KEY_SEP})?key){_AWS_SECRET_VALUE}", _aws_secret_key, letters="ecret"),
    _Rule("s", r"k-ant-[a-z]+[0-9]{2}-[A-Za-z0-9_\-]{32,}", _token(ANTHROPIC_KEY)),
    _Rule("s", r"k-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,}", _token(OPENAI_KEY)),
    _Rule("g", r"h[pousr]_[A-Za-z0-9]{36}" + _END, _token(GITHUB_TOKEN)),
    _Rule("g", r"ithub_pat_[A-Za-z0-9_]{40,}" + _END, _token(GITHUB_TOKEN)),
    _Rule("x", r"ox[abprs]-[A-Za-z0-9\-]{20,}", _token(SLACK_TOKEN)),
    _Rule("h", r"ooks\.slack\.com/services/T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{16,}" + _END,
          _slack_webhook),
    _Rule("e", r"yJ[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*", _jwt),
    _Rule("Bb", r"[ \t]+[A-Za-z0-9\-._~+/!]{20,}+=*", _bearer, letters="earer"),
    _Rule("B", r"EGIN(?<=-----BEGIN) (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
               r"(?:[A-Za-z0-9+/=\s:,.\-\\]{0,16384}?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----)?",
          _private_key),
    *(_phrase(PRIVILEGE_MARKER, p) for p in _PRIVILEGE_PHRASES),
    *(_phrase(LITIGATION_MARKER, p) for p in _LITIGATION_PHRASES),
)


# "Foo__c": the boundary before it is its first '_' (the lookbehind makes sure of it, so
# that a text without "__" needs no field alternative); the name is read leftwards.
_FIELD_SUFFIX: Final = r"_(?<=__)[cCrR]" + _END
# After an '@' (the boundary); the local part is read leftwards.
_EMAIL_DOMAIN: Final = r"(?<=@)[A-Za-z0-9][A-Za-z0-9\-]*+(?:\.[A-Za-z0-9\-]++)++"


# What `(?i:x)` matches for an ASCII letter x besides x and X (Unicode case folding in
# `re`; tests/test_detectors.py checks this table against `re` itself).
_CASE_FOLDS: Final = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _either_case(letter: str) -> str:
    return f"[{letter}{letter.upper()}{_CASE_FOLDS.get(letter, '')}]"


def _factor(alternatives: Sequence[tuple[str, str]]) -> str:
    """`|`-join (letters, pattern) alternatives as a trie of their leading letters:
    "ab|c|ad" becomes "a(?:b|d)|c". `re` then rejects a group by its first character
    class without entering it, instead of entering every phrase that starts with the same
    letter. An alternative joins an earlier group that starts with its letter only across
    alternatives that start with other letters: two of those cannot match at the same
    position, so the regex matches exactly what the plain alternation would. An
    alternative without leading letters keeps its place."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []  # (first letter, "" for one without; members)
    for letters, pattern in alternatives:
        head = letters[:1]
        # The latest group with this letter, unless one without letters stands after it.
        joinable = next((g for g in reversed(groups) if g[0] in (head, "")), None) if head else None
        if joinable is not None and joinable[0] == head:
            joinable[1].append((letters[1:], pattern))
        else:
            groups.append((head, [(letters[1:], pattern)]))
    out = []
    for head, members in groups:
        if not head:
            out.append(members[0][1])
        else:
            inner = _factor(members)
            out.append(_either_case(head) + (f"(?:{inner})" if len(members) > 1 else inner))
    return "|".join(out)


# Characters that begin words, the most frequent first (English prose, then digits): the
# order of the top-level alternatives.
_WORD_INITIALS: Final = "taoiswcbphfmdrelnguvyjkqxzTSACIPMBWHDRNLFEGOJKVUYQXZ0123456789"


def _compile(rules: Sequence[_Rule], *, email: bool = True, field: bool = True
             ) -> tuple[re.Pattern[str], dict[str, Handler]]:
    """BOUNDARY (field suffix | \\b (e-mail domain | word rules by first character)).

    CPython's `re` tries the alternatives of a group in order and, when the one that
    starts with the word's first character fails, goes on through all the others, so a
    word that matches no rule (nearly every word) costs one test per alternative. The
    word rules are therefore grouped by the characters they may start with (characters
    with the same rules share one group) and the groups nested in two levels: lower-case
    letters, each a plain literal test, then the upper-case letters behind one lookahead
    and the digits. `email` and `field` leave out the alternatives that need an '@' or a
    "__" in the text (see `scan`)."""
    if not set().union(*map(_initials, (rule.first for rule in rules))) <= set(_WORD_INITIALS):
        raise ValueError("a rule starts with a character outside _WORD_INITIALS")
    handlers: dict[str, Handler] = {}
    groups: dict[tuple[int, ...], list[str]] = {}  # rules (indices) -> the first characters they share
    for char in _WORD_INITIALS:
        applying = tuple(n for n, rule in enumerate(rules) if char in _initials(rule.first))
        if applying:
            groups.setdefault(applying, []).append(char)
    levels: dict[str, list[str]] = {"lower": [], "upper": [], "digit": []}
    for g, (applying, chars) in enumerate(groups.items()):
        alternatives = []
        for n in applying:
            marker = f"r{n}g{g}"
            handlers[marker] = rules[n].handle
            alternatives.append((rules[n].letters, f"{rules[n].rest}(?P<{marker}>)"))
        lead = re.escape(chars[0]) if len(chars) == 1 else "[" + "".join(chars) + "]"
        level = "lower" if chars[0].islower() else "upper" if chars[0].isupper() else "digit"
        levels[level].append(f"{lead}(?:{_factor(alternatives)})")
    upper = ["(?=[A-Z])(?:" + "|".join(levels["upper"]) + ")"] if levels["upper"] else []
    word_rules = "|".join([*levels["lower"], *upper, *levels["digit"]])
    starts = "".join(sorted(c for chars in groups.values() for c in chars))
    after_boundary = f"(?=[{starts}])(?:{word_rules})"
    if email:
        handlers["email"] = _email
        after_boundary = f"{_EMAIL_DOMAIN}(?P<email>)|{after_boundary}"
    pattern = f"(?a:\\b)(?:{after_boundary})"
    if field:
        handlers["field"] = _custom_field
        pattern = f"{_FIELD_SUFFIX}(?P<field>)|{pattern}"
    return re.compile(f"{_BOUNDARY}(?:{pattern})"), handlers


@functools.cache
def _initials(first: str) -> frozenset[str]:
    """The characters a rule's `first` (letters, or a character class) stands for."""
    if not first.startswith("["):
        return frozenset(first)
    return frozenset(c for c in _WORD_INITIALS if re.fullmatch(first, c))


@functools.cache
def _scanner(email: bool, field: bool) -> tuple[re.Pattern[str], dict[str, Handler]]:
    return _compile(_RULES, email=email, field=field)


_PATTERN, _HANDLERS = _scanner(True, True)
_WORDS, _WORD_HANDLERS = _scanner(False, False)


def compile_all() -> None:
    """Compile the scanner's other two variants too (about 50 ms each): a worker does it at
    start instead of in the first request with an '@' but no "__", or the reverse."""
    _scanner(True, False)
    _scanner(False, True)
