"""Pure validation functions for the deterministic detectors.

The scanner (`classifier.detectors`) finds cheap candidates with one regex pass; the
functions here decide whether a candidate really is a payment card, an IBAN, a
Salesforce id, ... They take plain strings (or a parsed `DigitGroups`), have no side
effects and never log their input.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import string
from dataclasses import dataclass, field
from typing import Final

# --------------------------------------------------------------------------- numbers


@dataclass(slots=True)
class DigitGroups:
    """A number as written: its digit groups and what stands between them.

    "+1 (415) 555-2671" is lead "+", groups ("1", "415", "555", "2671") and seps
    (" (", ") ", "-"). The shape (group lengths and separators) is what tells a phone
    number from a date, a card from an order number. A value: never mutated (not frozen
    only because frozen construction costs twice as much on this hot path).
    """

    lead: str  # "", "+", "(" or "(+": what opens the number
    groups: tuple[str, ...]
    seps: tuple[str, ...]  # seps[i] stands between groups[i] and groups[i + 1]
    shape: tuple[int, ...] = field(init=False)  # the group lengths
    size: int = field(init=False)  # the number of digits

    def __post_init__(self) -> None:
        self.shape = tuple(map(len, self.groups))
        self.size = sum(self.shape)

    @classmethod
    def parse(cls, text: str) -> DigitGroups:
        lead = next((lead for lead in LEADS if text.startswith(lead)), "")
        parts = _DIGIT_SPLIT.split(text[len(lead):])
        return cls(lead, tuple(parts[1::2]), tuple(parts[2:-1:2]))

    @property
    def digits(self) -> str:
        return "".join(self.groups)

    @property
    def international(self) -> bool:
        return self.lead.endswith("+")

    def window(self, i: int, j: int) -> DigitGroups:
        """Groups i..j-1 as a number of their own (opened by "(" if one precedes group i)."""
        if i == 0 and j == len(self.groups):
            return self
        lead = self.lead if i == 0 else "(" if self.seps[i - 1].endswith("(") else ""
        return DigitGroups(lead, self.groups[i:j], self.seps[i : j - 1])


LEADS: Final = ("(+", "+", "(")  # what may open a number, longest first
_DIGIT_SPLIT: Final = re.compile(r"(\d+)")


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) check digit of payment cards."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


# (brand, IIN ranges as inclusive (low, high) prefixes of equal length, valid lengths)
_CARD_BRANDS: Final[tuple[tuple[str, tuple[tuple[str, str], ...], range], ...]] = (
    ("amex", (("34", "34"), ("37", "37")), range(15, 16)),
    ("visa", (("4", "4"),), range(13, 20, 3)),  # 13, 16, 19
    ("mastercard", (("51", "55"), ("2221", "2720")), range(16, 17)),
    ("discover", (("6011", "6011"), ("644", "649"), ("65", "65")), range(16, 20)),
    ("diners", (("300", "305"), ("36", "36"), ("38", "39")), range(14, 20)),
    ("jcb", (("3528", "3589"),), range(16, 20)),
    ("unionpay", (("62", "62"),), range(16, 20)),
    ("maestro", (("5018", "5018"), ("5020", "5020"), ("5038", "5038"), ("5893", "5893"),
                 ("6304", "6304"), ("6759", "6759"), ("6761", "6763")), range(13, 20)),
    ("mir", (("2200", "2204"),), range(16, 20)),
)


def card_brand(digits: str) -> str | None:
    """The card network whose IIN range and length fit `digits`, if any."""
    for brand, ranges, lengths in _CARD_BRANDS:
        if len(digits) in lengths and any(lo <= digits[: len(lo)] <= hi for lo, hi in ranges):
            return brand
    return None


# Printed groupings: unseparated, groups of four with a shorter last group, Amex 4-6-5
# and Diners 4-6-4.
_CARD_SHAPES: Final = frozenset(
    {(n,) for n in range(13, 20)}
    | {(4, 4, 4, last) for last in range(1, 5)}
    | {(4, 4, 4, 4, last) for last in range(1, 4)}
    | {(4, 6, 5), (4, 6, 4)}
)


def _card_grouping_ok(number: DigitGroups) -> bool:
    return number.shape in _CARD_SHAPES and (
        not number.seps or (len(set(number.seps)) == 1 and number.seps[0] in (" ", "-"))
    )


def is_payment_card(number: DigitGroups) -> bool:
    """13-19 digits, unseparated or in the printed groupings, Luhn-valid, known IIN.

    Well-known test numbers (4111 1111 1111 1111, ...) count: they are valid card
    numbers, rare in prompts, and indistinguishable from a real card of the same brand.
    """
    if number.lead or not _card_grouping_ok(number):
        return False
    digits = number.digits
    return luhn_valid(digits) and card_brand(digits) is not None


_SSN_SHAPE: Final = (3, 2, 4)
# Numbers the SSA voided after they were printed in advertising (not personal data).
_VOIDED_SSNS: Final = frozenset({("078", "05", "1120"), ("219", "09", "9999")})


def is_us_ssn(number: DigitGroups) -> bool:
    """ddd-dd-dddd outside the ranges the SSA never assigns (000, 666, 9xx; 00; 0000)."""
    if number.lead or number.shape != _SSN_SHAPE or number.seps != ("-", "-"):
        return False
    area, group, serial = number.groups
    return (
        area not in ("000", "666")
        and area[0] != "9"
        and group != "00"
        and serial != "0000"
        and number.groups not in _VOIDED_SSNS
    )


# ---------------------------------------------------------------------------- phones

# E.164 country codes are prefix-free: 1 and 7 are one digit, these are two digits, and
# every other assigned code is three digits under one of _CC3_BLOCKS.
_CC2: Final = frozenset(
    "20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 "
    "60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98".split()
)
_CC3_BLOCKS: Final = frozenset(
    "21 22 23 24 25 26 29 35 37 38 42 50 59 67 68 69 80 85 87 88 96 97 99".split()
)


def _country_code(digits: str) -> str | None:
    if digits[:1] in ("1", "7"):
        return digits[:1]
    if digits[:2] in _CC2:
        return digits[:2]
    if digits[:2] in _CC3_BLOCKS:
        return digits[:3]
    return None


def nanp_valid(ten_digits: str) -> bool:
    """NANP rules for NPA-NXX-XXXX; 555-0100..0199 is reserved for fiction, not a phone."""
    npa, nxx, line = ten_digits[:3], ten_digits[3:6], ten_digits[6:]
    return (
        len(ten_digits) == 10
        and npa[0] >= "2"
        and npa[1] != "9"
        and npa[1:] != "11"
        and nxx[0] >= "2"
        and nxx[1:] != "11"
        and not (nxx == "555" and "0100" <= line <= "0199")
    )


# National significant number rules for the countries we know well; others get a
# plausible length range.
_NSN_RULES: Final[dict[str, tuple[range, str]]] = {
    # country code: (NSN lengths, allowed first NSN digits)
    "44": (range(9, 11), "1235789"),
    "49": (range(6, 14), "123456789"),
    "33": (range(9, 10), "123456789"),
    "31": (range(9, 10), "123456789"),
    "34": (range(9, 10), "6789"),
}
_GENERIC_NSN: Final = (range(7, 13), "123456789")


def _parens(number: DigitGroups) -> int | None:
    """The index of the one group in parentheses; -1 if there are none; None if the
    parentheses are anything else (several pairs, unbalanced, around several groups)."""
    opens = [i for i, sep in enumerate((number.lead, *number.seps)) if "(" in sep]
    closes = [i for i, sep in enumerate(number.seps) if sep.startswith(")")]
    if not opens and not closes:
        return -1
    return opens[0] if len(opens) == 1 and closes == opens else None


def _is_international(number: DigitGroups) -> bool:
    groups, seps = number.groups, number.seps
    joined = "".join(seps)
    paren = _parens(number) if "(" in joined or ")" in joined else -1
    if paren is None or "/" in joined or len(groups) > 7:
        return False
    # "+44 (0)20 ..." writes the national trunk prefix in parentheses: drop it.
    digits = number.digits if paren <= 0 or groups[paren] != "0" else "".join(groups[:paren] + groups[paren + 1 :])
    cc = _country_code(digits)
    if cc is None or not 8 <= len(digits) <= 15:
        return False
    nsn = digits[len(cc):]
    if cc == "1":
        return nanp_valid(nsn)
    lengths, first = _NSN_RULES.get(cc, _GENERIC_NSN)
    return len(nsn) in lengths and nsn[0] in first


_NANP_SHAPE: Final = (3, 3, 4)
_NANP_TRUNK_SHAPE: Final = (1, 3, 3, 4)


def _is_nanp_national(number: DigitGroups) -> bool:
    """(415) 555-2671, 415-555-2671, 415.555.2671, 1-800-555-2671, 1 (800) 555-2671."""
    groups, seps, lead, shape = number.groups, number.seps, number.lead, number.shape
    if shape == _NANP_TRUNK_SHAPE and groups[0] == "1" and not lead and seps[0] in (" ", "-", ".", " ("):
        lead = "(" if seps[0] == " (" else ""
        groups, seps, shape = groups[1:], seps[1:], shape[1:]
    if shape != _NANP_SHAPE:
        return False
    if lead == "(":
        ok = seps[0] in (")", ") ") and seps[1] in ("-", " ", ".")
    else:
        ok = seps[0] == seps[1] and seps[0] in ("-", ".", " ")
    return ok and nanp_valid("".join(groups))


@dataclass(frozen=True, slots=True)
class _NationalPlan:
    """How one country writes numbers without the country code."""

    first: re.Pattern[str]  # leading digits
    shapes: frozenset[tuple[int, ...]]
    seps: frozenset[str]  # separators between groups (one kind per number)
    area_seps: frozenset[str] = frozenset()  # extra separators allowed after the area code
    paren_area: bool = False  # "(020) 7946 0958"


_SPACE_DASH: Final = frozenset({" ", "-"})
_NATIONAL_PLANS: Final[tuple[_NationalPlan, ...]] = (
    # UK: 020 7946 0958, 0161 496 0000, 07700 900123, 01632 960 123
    _NationalPlan(re.compile("0[1235789]"), frozenset({(3, 4, 4), (4, 3, 4), (5, 6), (5, 3, 3)}),
                  _SPACE_DASH, paren_area=True),
    # DE: 030 12345678, 030/1234567, 0171 1234567, 089 1234 5678 (9-12 digits with the 0)
    _NationalPlan(re.compile("0[1-9]"), frozenset(
        {(a, s) for a in range(3, 6) for s in range(4, 9) if 9 <= a + s <= 12}
        | {(a, s, t) for a in range(3, 6) for s in range(3, 5) for t in range(2, 5)
           if 9 <= a + s + t <= 12}), _SPACE_DASH, area_seps=frozenset({"/"}), paren_area=True),
    # FR: 01 23 45 67 89, 06.12.34.56.78
    _NationalPlan(re.compile("0[1-9]"), frozenset({(2, 2, 2, 2, 2)}), frozenset({" ", ".", "-"})),
    # NL: 06-12345678, 020-1234567, 0591-123456, 010 123 4567, 06 1234 5678
    _NationalPlan(re.compile("0[1-9]"), frozenset({(2, 8), (3, 7), (4, 6), (3, 3, 4), (2, 4, 4)}),
                  _SPACE_DASH, paren_area=True),
    # ES: 612 345 678, 91 123 45 67, 612 34 56 78
    _NationalPlan(re.compile("[6-9]"), frozenset({(3, 3, 3), (2, 3, 2, 2), (3, 2, 2, 2)}),
                  _SPACE_DASH),
)


_PLANS_BY_SHAPE: Final = {
    shape: tuple(p for p in _NATIONAL_PLANS if shape in p.shapes)
    for shape in frozenset().union(*(p.shapes for p in _NATIONAL_PLANS))
}


def _fits_plan(number: DigitGroups, plan: _NationalPlan) -> bool:
    if not plan.first.match(number.groups[0]):
        return False
    area_sep, rest = number.seps[0], set(number.seps[1:])
    if len(rest) > 1 or not rest <= plan.seps:
        return False
    if number.lead == "(":
        return plan.paren_area and area_sep in (")", ") ")
    if area_sep in plan.area_seps:
        return True
    return area_sep in plan.seps and (not rest or area_sep in rest)


def is_phone(number: DigitGroups) -> bool:
    """E.164 (+cc ...) or a US/UK/DE/FR/NL/ES national form with separators.

    Unseparated national digit strings are not phones: they are order numbers, account
    numbers and amounts far more often.
    """
    if number.international:
        return _is_international(number)
    if len(number.groups) < 2 or not 9 <= number.size <= 12:  # national forms: ES 9 .. DE 12
        return False
    return _is_nanp_national(number) or any(_fits_plan(number, p) for p in _PLANS_BY_SHAPE.get(number.shape, ()))



# Every shape a number without a '+' can have: a cheap necessary condition for callers
# that try many candidate windows of one run of digit groups.
NATIONAL_SHAPES: Final = _CARD_SHAPES | {_SSN_SHAPE, _NANP_SHAPE, _NANP_TRUNK_SHAPE} | frozenset(_PLANS_BY_SHAPE)


def classify_number(number: DigitGroups) -> str | None:
    """Which digit-run detector `number` satisfies: "card", "ssn", "phone" or None.

    The kinds exclude each other by shape (a card has 13+ digits and no '+' or
    parenthesis, an SSN is 3-2-4, no phone plan has 3-2-4 or 13+ digits in groups of 4).
    """
    if not number.international and number.shape not in NATIONAL_SHAPES:
        return None
    if is_payment_card(number):
        return "card"
    if is_us_ssn(number):
        return "ssn"
    if is_phone(number):
        return "phone"
    return None


# ----------------------------------------------------------------------------- IBAN

# SWIFT IBAN registry: total length per country.
IBAN_LENGTHS: Final[dict[str, int]] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24,
    "DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18,
    "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27,
    "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27,
    "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27,
    "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24, "PL": 28,
    "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
    "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}
_IBAN_SHAPE: Final = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+")


def iban_valid(iban: str) -> bool:
    """Compact upper-case IBAN: the country's registered length and ISO 7064 mod 97-10."""
    if IBAN_LENGTHS.get(iban[:2]) != len(iban) or not _IBAN_SHAPE.fullmatch(iban):
        return False
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


# ------------------------------------------------------------------------ Salesforce

# Key prefixes (first three characters) of standard objects worth recognising.
SALESFORCE_KEY_PREFIXES: Final[dict[str, str]] = {
    "001": "Account", "002": "Note", "003": "Contact", "005": "User", "006": "Opportunity",
    "00G": "Group", "00O": "Report", "00P": "Attachment", "00Q": "Lead", "00T": "Task",
    "00U": "Event", "00X": "EmailTemplate", "00k": "OpportunityLineItem",
    "00v": "CampaignMember", "015": "Document", "01Z": "Dashboard", "01s": "Pricebook2",
    "01t": "Product2", "01u": "PricebookEntry", "02i": "Asset", "02s": "EmailMessage",
    "068": "ContentVersion", "069": "ContentDocument", "0Q0": "Quote", "500": "Case",
    "701": "Campaign", "800": "Contract", "801": "Order",
}
SALESFORCE_ORG_PREFIX: Final = "00D"
_CHECKSUM_ALPHABET: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"
# Case flags of a 5-character chunk ("10100": 1st and 3rd upper case) -> checksum character.
_CHECKSUM_CHARS: Final = {format(n, "05b")[::-1]: ch for n, ch in enumerate(_CHECKSUM_ALPHABET)}
_CASE_FLAGS: Final = str.maketrans(
    dict.fromkeys(string.ascii_uppercase, "1") | dict.fromkeys(string.ascii_lowercase + string.digits, "0")
)


def salesforce_checksum(id15: str) -> str:
    """The 3-character suffix that makes a 15-character id case-insensitively unique: per
    5-character chunk, a 5-bit number whose bit i says "character i is upper case"."""
    flags = id15.translate(_CASE_FLAGS)
    return _CHECKSUM_CHARS[flags[:5]] + _CHECKSUM_CHARS[flags[5:10]] + _CHECKSUM_CHARS[flags[10:15]]


def _salesforce_shape_ok(candidate: str) -> bool:
    """15 or 18 characters; the reserved 6th character is '0'; the record number (chars
    7-15) has a digit, as sequential numbering leaves leading zeros; not all digits
    (that is a number, not an id); an 18-character id carries its checksum."""
    return (
        len(candidate) in (15, 18)
        and candidate.isascii()
        and candidate.isalnum()
        and candidate[5] == "0"
        and not candidate[6:15].isalpha()
        and not candidate.isdigit()
        and (len(candidate) == 15 or candidate[15:] == salesforce_checksum(candidate[:15]))
    )


def is_salesforce_record_id(candidate: str) -> bool:
    """A record id of a known standard object, or an 18-character custom object id."""
    prefix = candidate[:3]
    if prefix in SALESFORCE_KEY_PREFIXES:
        return _salesforce_shape_ok(candidate)
    # Custom objects (a00..aZZ): too close to random words to accept without a checksum.
    return prefix.startswith("a") and len(candidate) == 18 and _salesforce_shape_ok(candidate)


def is_salesforce_org_id(candidate: str) -> bool:
    """An organization (tenant) id: key prefix 00D, 15 or 18 characters."""
    return candidate.startswith(SALESFORCE_ORG_PREFIX) and _salesforce_shape_ok(candidate)


# ---------------------------------------------------------------- e-mail and fields

# RFC 2606 / RFC 6761: reserved for documentation and testing, never a person's address.
_DOCUMENTATION_DOMAINS: Final = frozenset({"example.com", "example.org", "example.net"})
_DOCUMENTATION_SUBDOMAINS: Final = tuple("." + d for d in _DOCUMENTATION_DOMAINS)
_RESERVED_TLDS: Final = frozenset({"example", "test", "invalid", "localhost"})
_HOST_NAME: Final = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}")


def is_documentation_domain(domain: str) -> bool:
    """example.com/.org/.net and their subdomains, and the reserved TLDs (.test, ...)."""
    domain = domain.lower()
    return (
        domain.rsplit(".", 1)[-1] in _RESERVED_TLDS
        or domain in _DOCUMENTATION_DOMAINS
        or domain.endswith(_DOCUMENTATION_SUBDOMAINS)
    )


MAX_EMAIL_LOCAL: Final = 64  # RFC 5321


def email_valid(local: str, domain: str) -> bool:
    """A plausible address: sane local part and host name, and not a documentation domain."""
    return (
        0 < len(local) <= MAX_EMAIL_LOCAL
        and local[0] != "."
        and local[-1] != "."
        and ".." not in local
        and len(domain) <= 253
        and _HOST_NAME.fullmatch(domain) is not None
        and not is_documentation_domain(domain)
    )


_CUSTOM_FIELD_NAME: Final = re.compile(
    r"(?:[A-Za-z][A-Za-z0-9]{0,14}__)?"  # optional namespace prefix
    r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*__[cCrR]"
)
# 40 characters of name, a namespace prefix of up to 15, and the separators.
MAX_CUSTOM_FIELD_NAME: Final = 60


def is_custom_field_name(name: str) -> bool:
    """Salesforce custom field (Foo_Bar__c) or relationship (Foo_Bar__r) API name."""
    return len(name) <= MAX_CUSTOM_FIELD_NAME and _CUSTOM_FIELD_NAME.fullmatch(name) is not None


# --------------------------------------------------------------------------- secrets


def looks_random(token: str, min_classes: int = 2, min_distinct: int = 8) -> bool:
    """Generated credentials mix character classes (digits, lower, upper case) and use many
    distinct characters; placeholders like "sk-xxxx...", "AKIAXXXX..." or "YOUR_TOKEN" do not."""
    classes = (
        any(ch.isdigit() for ch in token)
        + any(ch.islower() for ch in token)
        + any(ch.isupper() for ch in token)
    )
    return classes >= min_classes and len(set(token)) >= min_distinct


def is_aws_documentation_key(value: str) -> bool:
    """AWS documentation keys (AKIAIOSFODNN7EXAMPLE, wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY)."""
    return "EXAMPLE" in value


_MAX_JWT_HEADER: Final = 4096


def jwt_header_valid(segment: str) -> bool:
    """The first JWT segment is base64url JSON naming its algorithm ("alg")."""
    if len(segment) > _MAX_JWT_HEADER:
        return False
    try:
        header = json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))
    except (binascii.Error, ValueError, RecursionError):  # JSON and Unicode errors are ValueErrors
        return False
    return isinstance(header, dict) and isinstance(header.get("alg"), str)


# ------------------------------------------------------------- EU national ids

_DNI_LETTERS: Final = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni_valid(digits: str, letter: str) -> bool:
    """Spanish DNI: 8 digits and the letter for their value mod 23."""
    return len(digits) == 8 and digits.isdigit() and _DNI_LETTERS[int(digits) % 23] == letter


def es_nie_valid(prefix: str, digits: str, letter: str) -> bool:
    """Spanish NIE: X/Y/Z (read as 0/1/2), 7 digits, and the DNI letter of the whole."""
    return prefix in "XYZ" and len(digits) == 7 and es_dni_valid(str("XYZ".index(prefix)) + digits, letter)


def de_tax_id_valid(digits: str) -> bool:
    """German Steuerliche Identifikationsnummer: 11 digits, no leading 0, in the first ten
    one digit twice or three times (never three in a row) and the rest at most once, and
    an ISO 7064 MOD 11,10 check digit."""
    if len(digits) != 11 or not digits.isdigit() or digits[0] == "0":
        return False
    counts = sorted((digits[:10].count(d) for d in set(digits[:10])), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] > 1):
        return False
    if any(digits[i] == digits[i + 1] == digits[i + 2] for i in range(8)):
        return False
    product = 10
    for d in digits[:10]:
        total = (int(d) + product) % 10 or 10
        product = total * 2 % 11
    check = 11 - product
    return (0 if check == 10 else check) == int(digits[10])


def fr_nir_valid(digits: str) -> bool:
    """French NIR (numéro de sécurité sociale): sex 1/2, year, month (01-12, or 20-42 and
    50-99 for unknown months), department, commune, order, then the key 97 - (n mod 97).
    Corsican departments (2A/2B) are not digits and are not recognised."""
    if len(digits) != 15 or not digits.isdigit() or digits[0] not in "12":
        return False
    month = int(digits[3:5])
    if not (1 <= month <= 12 or 20 <= month <= 42 or 50 <= month <= 99):
        return False
    return 97 - int(digits[:13]) % 97 == int(digits[13:])


def nl_bsn_valid(digits: str) -> bool:
    """Dutch BSN: 9 digits passing the eleven test (weights 9..2, and -1 for the last)."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1))) - int(digits[8])
    return total % 11 == 0


# Codice fiscale: the value of each character at an odd (1st, 3rd, ...) position; a digit
# counts as the letter of the same rank (0 = A). At even positions A-Z and 0-9 count 0-25.
_CF_ODD: Final = (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23)
_CF_MONTHS: Final = "ABCDEHLMPRST"
_CF_OMOCODE: Final = "LMNPQRSTUV"  # stand for 0-9 where a code had to be made unique (omocodia)
_CF_DIGIT_POSITIONS: Final = (6, 7, 9, 10, 12, 13, 14)


def it_fiscal_code_valid(code: str) -> bool:
    """Italian codice fiscale: 6 letters (surname, name), year, month letter, day (41-71
    for women), a place code (letter + 3 digits), then the check letter; digits may be
    replaced by L-V (omocodia)."""
    if len(code) != 16 or not code.isascii() or not code.isalnum() or not code.isupper():
        return False
    if not code[:6].isalpha() or not code[11].isalpha() or code[8] not in _CF_MONTHS or not code[15].isalpha():
        return False
    digits = list(code)
    for i in _CF_DIGIT_POSITIONS:
        if code[i] in _CF_OMOCODE:
            digits[i] = str(_CF_OMOCODE.index(code[i]))
        elif not code[i].isdigit():
            return False
    day = int(digits[9] + digits[10])
    if not (1 <= day <= 31 or 41 <= day <= 71):
        return False

    def rank(c: str) -> int:
        return int(c) if c.isdigit() else ord(c) - ord("A")

    total = sum(_CF_ODD[rank(c)] if i % 2 == 0 else rank(c) for i, c in enumerate(code[:15]))
    return chr(ord("A") + total % 26) == code[15]
