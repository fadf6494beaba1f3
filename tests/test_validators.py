"""Table-driven tests of the pure validation functions."""

from __future__ import annotations

import base64
import json

import pytest

from classifier import validators as v
from classifier.validators import DigitGroups


def _jwt_segment(obj: object) -> str:
    return _b64url(json.dumps(obj))


def _b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


# ----------------------------------------------------------------------- DigitGroups


@pytest.mark.parametrize(
    ("text", "lead", "groups", "seps"),
    [
        ("+1 (415) 555-2671", "+", ("1", "415", "555", "2671"), (" (", ") ", "-")),
        ("(555) 123-4567", "(", ("555", "123", "4567"), (") ", "-")),
        ("4111111111111111", "", ("4111111111111111",), ()),
        ("030/1234567", "", ("030", "1234567"), ("/",)),
        ("+44 (0)20 7946 0958", "+", ("44", "0", "20", "7946", "0958"), (" (", ")", " ", " ")),
        ("(+44) 20 7946 0958", "(+", ("44", "20", "7946", "0958"), (") ", " ", " ")),
    ],
)
def test_digit_groups_parse(text: str, lead: str, groups: tuple[str, ...], seps: tuple[str, ...]) -> None:
    number = DigitGroups.parse(text)
    assert (number.lead, number.groups, number.seps) == (lead, groups, seps)
    assert number.shape == tuple(len(g) for g in groups)
    assert number.size == sum(map(len, groups))


@pytest.mark.parametrize(
    ("text", "i", "j", "expected"),
    [
        ("2024 (415) 555-2671", 1, 4, DigitGroups("(", ("415", "555", "2671"), (") ", "-"))),
        ("+1 415 555 2671", 0, 2, DigitGroups("+", ("1", "415"), (" ",))),
        ("12 4111 1111 1111 1111", 1, 5, DigitGroups.parse("4111 1111 1111 1111")),
        ("2024-415-555-2671", 1, 4, DigitGroups("", ("415", "555", "2671"), ("-", "-"))),
        ("415-555-2671", 0, 3, DigitGroups.parse("415-555-2671")),
    ],
)
def test_digit_groups_window(text: str, i: int, j: int, expected: DigitGroups) -> None:
    assert DigitGroups.parse(text).window(i, j) == expected


# --------------------------------------------------------------------- payment cards


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("4111111111111111", True),
        ("79927398713", True),
        ("378282246310005", True),
        ("5555555555554444", True),
        ("0000000000000000", True),  # Luhn alone is weak: the IIN check rejects this one
        ("4111111111111112", False),
        ("79927398710", False),
        ("378282246310006", False),
    ],
)
def test_luhn(digits: str, valid: bool) -> None:
    assert v.luhn_valid(digits) is valid


@pytest.mark.parametrize(
    ("digits", "brand"),
    [
        ("4111111111111111", "visa"),
        ("4222222222222", "visa"),  # 13 digits
        ("378282246310005", "amex"),
        ("5555555555554444", "mastercard"),
        ("2223003122003222", "mastercard"),  # 2-series
        ("6011111111111117", "discover"),
        ("30569309025904", "diners"),
        ("3530111333300000", "jcb"),
        ("6200000000000005", "unionpay"),
        ("6759649826438453", "maestro"),
        ("2200000000000004", "mir"),
        ("341111111111111", "amex"),
        ("4111111111111", "visa"),
        ("37828224631000", None),  # Amex prefix, 14 digits
        ("5555555555554", None),  # Mastercard prefix, 13 digits
        ("9111111111111111", None),  # no network issues 9
        ("1234567812345670", None),
    ],
)
def test_card_brand(digits: str, brand: str | None) -> None:
    assert v.card_brand(digits) == brand


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("4111111111111111", True),
        ("4111 1111 1111 1111", True),
        ("4111-1111-1111-1111", True),
        ("3782 822463 10005", True),  # Amex 4-6-5
        ("3056 930902 5904", True),  # Diners 4-6-4
        ("4222 2222 2222 2", True),  # 13-digit Visa
        ("6759 6498 2643 8453 5", False),  # 17 digits fail Luhn here
        ("4111 1111 1111 1112", False),  # Luhn
        ("4111 1111-1111 1111", False),  # mixed separators
        ("4111.1111.1111.1111", False),  # dots are not a card grouping
        ("41 1111 1111 1111 11", False),  # not a printed grouping
        ("+4111111111111111", False),
        ("411111111111", False),  # 12 digits
        ("41111111111111111111", False),  # 20 digits
        ("0000 0000 0000 0000", False),  # Luhn-valid, no network
    ],
)
def test_is_payment_card(text: str, valid: bool) -> None:
    assert v.is_payment_card(DigitGroups.parse(text)) is valid


# ---------------------------------------------------------------------------- SSNs


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("123-45-6789", True),
        ("001-01-0001", True),
        ("899-99-9999", True),
        ("000-12-3456", False),  # area 000
        ("666-12-3456", False),  # area 666
        ("900-12-3456", False),  # area 9xx
        ("987-65-4321", False),
        ("123-00-4567", False),  # group 00
        ("123-45-0000", False),  # serial 0000
        ("078-05-1120", False),  # voided (Woolworth wallet card)
        ("219-09-9999", False),  # voided (advertising)
        ("123 45 6789", False),  # only the dashed form
        ("123456789", False),
        ("1234-56-789", False),
        ("+123-45-6789", False),
    ],
)
def test_is_us_ssn(text: str, valid: bool) -> None:
    assert v.is_us_ssn(DigitGroups.parse(text)) is valid


# -------------------------------------------------------------------------- phones


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("4155552671", True),
        ("2123450199", True),  # line 01xx is fictional only with exchange 555
        ("8005550200", True),
        ("1155552671", False),  # area code starts with 1
        ("0155552671", False),
        ("4915552671", False),  # x9x area codes are reserved
        ("4115552671", False),  # N11 area code
        ("4151552671", False),  # exchange starts with 1
        ("4154112671", False),  # N11 exchange
        ("4155550123", False),  # 555-0100..0199: reserved for fiction
        ("415555267", False),
    ],
)
def test_nanp_valid(digits: str, valid: bool) -> None:
    assert v.nanp_valid(digits) is valid


@pytest.mark.parametrize(
    "text",
    [
        # E.164 / international
        "+14155552671",
        "+1 415 555 2671",
        "+1-415-555-2671",
        "+1 (415) 555-2671",
        "+44 20 7946 0958",
        "+44 (0)20 7946 0958",
        "(+44) 20 7946 0958",
        "+447700900123",
        "+49 30 12345678",
        "+49 (0)30 12345678",
        "+49 171 1234567",
        "+33 1 23 45 67 89",
        "+33 6 12 34 56 78",
        "+31 6 12345678",
        "+31 20 123 4567",
        "+34 612 34 56 78",
        "+34 912 345 678",
        "+353 1 234 5678",  # generic rule (Ireland)
        "+81 3 1234 5678",  # generic rule (Japan)
        # US national
        "(415) 555-2671",
        "(415)555-2671",
        "(415) 555 2671",
        "415-555-2671",
        "415.555.2671",
        "415 555 2671",
        "1-800-555-2671",
        "1 (800) 555-2671",
        "1.800.555.2671",
        # UK
        "020 7946 0958",
        "(020) 7946 0958",
        "0161 496 0000",
        "07700 900123",
        "07700 900 123",
        "01632 960 123",
        # DE
        "030 12345678",
        "030/1234567",
        "030/1234 5678",
        "0171 1234567",
        "(089) 1234567",
        "0221-1234567",
        # FR
        "01 23 45 67 89",
        "06.12.34.56.78",
        "06-12-34-56-78",
        # NL
        "06-12345678",
        "06 1234 5678",
        "020-1234567",
        "0591-123456",
        "010 123 4567",
        # ES
        "612 345 678",
        "91 123 45 67",
        "612 34 56 78",
    ],
)
def test_is_phone_positive(text: str) -> None:
    assert v.is_phone(DigitGroups.parse(text))


@pytest.mark.parametrize(
    "text",
    [
        # dates, times and versions in digit-group form
        "2024-01-15",
        "2024 01 15",
        "15.01.2024",
        "01/15/2024",
        "01.02.2024",
        "1.2.3.4",
        "192.168.100.200",
        "10.0.0.1",
        # amounts and order numbers
        "1234567890",  # unseparated national digits are not a phone
        "0123456789",
        "1 234 567",
        "12 345 678",
        "2024-000123",
        "0042-1234",
        # fiction, invalid NANP, bad structure
        "(415) 555-0123",
        "415-555-0123",
        "(115) 555-2671",
        "415-155-2671",
        "415-555-26710",
        "415-555 2671",  # inconsistent separators
        "(415 555-2671",
        "415) 555-2671",
        "01 23 45 67 8",
        "01 23 45 67 89 10",
        "512 345 678",  # ES numbers start with 6-9
        "612.345.678",  # reads as an amount
        "0000 1234567",
        # international
        "+1 415 555 267",
        "+1 415 555 0123",
        "+0 123 456 7890",
        "+28 123 456 789",  # unassigned country code
        "+44 20 7946 09581",  # UK NSN too long
        "+33 01 23 45 67 89",  # French NSN does not start with 0
        "+34 512 345 678",
        "+1 (415) (555) 2671",
        "+49/30/1234567",
        "+123",
        "+1234567",
    ],
)
def test_is_phone_negative(text: str) -> None:
    assert not v.is_phone(DigitGroups.parse(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("4111 1111 1111 1111", "card"),
        ("123-45-6789", "ssn"),
        ("415-555-2671", "phone"),
        ("+44 20 7946 0958", "phone"),
        ("2024-01-15", None),
        ("12345678", None),
        ("1234-5678-9012-3456-7890", None),
    ],
)
def test_classify_number(text: str, kind: str | None) -> None:
    assert v.classify_number(DigitGroups.parse(text)) == kind


# ----------------------------------------------------------------------------- IBAN


@pytest.mark.parametrize(
    ("iban", "valid"),
    [
        ("DE89370400440532013000", True),
        ("GB82WEST12345698765432", True),
        ("FR1420041010050500013M02606", True),
        ("NL91ABNA0417164300", True),
        ("NO9386011117947", True),  # shortest (15)
        ("BE68539007547034", True),
        ("CH9300762011623852957", True),
        ("ES9121000418450200051332", True),
        ("IT60X0542811101000000123456", True),
        ("MT84MALT011000012345MTLCAST001S", True),
        ("AT611904300234573201", True),
        ("DE89370400440532013001", False),  # check digits
        ("DE98370400440532013000", False),
        ("DE8937040044053201300", False),  # one short for DE
        ("DE893704004405320130000", False),  # one long for DE
        ("XX89370400440532013000", False),  # no such country
        ("de89370400440532013000", False),  # compact upper case only
        ("DE89 3704 0044 0532 0130 00", False),  # spaces are the scanner's business
        ("DEXX370400440532013000", False),
    ],
)
def test_iban_valid(iban: str, valid: bool) -> None:
    assert v.iban_valid(iban) is valid


# ----------------------------------------------------------------------- Salesforce


@pytest.mark.parametrize(
    ("id15", "suffix"),
    [
        ("001D000000IqhSL", "IAZ"),  # Salesforce's documented example
        ("0015g00000XyZ12", "AAF"),
        ("00D5g000004abcD", "EAQ"),
        ("a0B5g00000QrStU", "EAV"),
        ("001000000000000", "AAA"),
        ("AAAAAAAAAAAAAAA", "555"),
    ],
)
def test_salesforce_checksum(id15: str, suffix: str) -> None:
    assert v.salesforce_checksum(id15) == suffix


@pytest.mark.parametrize(
    ("candidate", "valid"),
    [
        ("0015g00000XyZ12", True),  # Account, 15
        ("0015g00000XyZ12AAF", True),  # Account, 18
        ("001D000000IqhSLIAZ", True),
        ("003Hs00001AbCdEIAV", True),  # Contact
        ("00Q3h000002XyZwEAK", True),  # Lead
        ("5005g00000AbCdE", True),  # Case
        ("a0B5g00000QrStUEAV", True),  # custom object, 18 with checksum
        ("0015g00000XyZ12AAB", False),  # wrong checksum
        ("0015g00000xyz12aaf", False),  # suffix alphabet is upper case and 0-5
        ("a0B5g00000QrStU", False),  # custom object, 15: no checksum to trust
        ("0995g00000XyZ12", False),  # unknown key prefix
        ("0015g10000XyZ12", False),  # reserved 6th character is not '0'
        ("0015g0XyZabcDEF", False),  # record number without a digit
        ("001000000000000", False),  # all digits: a number
        ("00D5g000004abcD", False),  # an org id, not a record id
        ("0015g00000XyZ1", False),  # 14
        ("0015g00000XyZ12A", False),  # 16
    ],
)
def test_is_salesforce_record_id(candidate: str, valid: bool) -> None:
    assert v.is_salesforce_record_id(candidate) is valid


@pytest.mark.parametrize(
    ("candidate", "valid"),
    [
        ("00D5g000004abcD", True),
        ("00D5g000004abcDEAQ", True),
        ("00D000000000062", True),
        ("00D5g000004abcDAAA", False),  # wrong checksum
        ("00D5g100004abcD", False),  # reserved character
        ("0015g00000XyZ12", False),  # an Account id
    ],
)
def test_is_salesforce_org_id(candidate: str, valid: bool) -> None:
    assert v.is_salesforce_org_id(candidate) is valid


# ------------------------------------------------------------ e-mail, fields, secrets


@pytest.mark.parametrize(
    ("domain", "documentation"),
    [
        ("example.com", True),
        ("EXAMPLE.ORG", True),
        ("mail.example.net", True),
        ("shop.test", True),
        ("host.invalid", True),
        ("localhost", True),
        ("corp.example", True),
        ("example.co.uk", False),
        ("myexample.com", False),
        ("acme.com", False),
    ],
)
def test_is_documentation_domain(domain: str, documentation: bool) -> None:
    assert v.is_documentation_domain(domain) is documentation


@pytest.mark.parametrize(
    ("local", "domain", "valid"),
    [
        ("john", "acme.com", True),
        ("john.doe+crm", "sub.acme.co.uk", True),
        ("j_o-e%x", "a-b.io", True),
        ("jane", "example.com", False),  # documentation
        ("", "acme.com", False),
        ("x" * 65, "acme.com", False),
        (".john", "acme.com", False),
        ("john.", "acme.com", False),
        ("jo..hn", "acme.com", False),
        ("john", "acme", False),  # no TLD
        ("john", "acme.c", False),  # one-letter TLD
        ("john", "acme.123", False),
        ("john", "-acme.com", False),
        ("john", "acme-.com", False),
    ],
)
def test_email_valid(local: str, domain: str, valid: bool) -> None:
    assert v.email_valid(local, domain) is valid


@pytest.mark.parametrize(
    ("name", "valid"),
    [
        ("Region__c", True),
        ("Annual_Revenue_Band__c", True),
        ("Account__r", True),
        ("ssn__C", True),
        ("acme__Score__c", True),  # namespaced
        ("X1__c", True),
        ("__c", False),
        ("1Foo__c", False),
        ("_Foo__c", False),
        ("Foo___c", False),
        ("Foo_Bar_", False),
        ("Foo__x", False),
        ("a__b__c__c", False),  # at most one namespace
        ("ns__" + "F" * 40 + "__c", True),
        ("ns__" + "F" * 60 + "__c", False),  # longer than Salesforce allows
    ],
)
def test_is_custom_field_name(name: str, valid: bool) -> None:
    assert v.is_custom_field_name(name) is valid


@pytest.mark.parametrize(
    ("token", "min_classes", "random"),
    [
        ("sk-Abc123Def456Ghi789Jkl012", 2, True),
        ("AKIA2E4XYZQ7JK3LMN5P", 2, True),
        ("IOSFODNNQWERTYUP", 1, True),  # AWS key ids may lack digits
        ("IOSFODNNQWERTYUP", 2, False),
        ("sk-xxxxxxxxxxxxxxxxxxxxxxxx", 2, False),
        ("XXXXXXXXXXXXXXXX", 1, False),
        ("YOUR_API_KEY_HERE", 2, False),
        ("ab12ab12ab12ab12", 2, False),  # too few distinct characters
    ],
)
def test_looks_random(token: str, min_classes: int, random: bool) -> None:
    assert v.looks_random(token, min_classes) is random


@pytest.mark.parametrize(
    ("value", "documentation"),
    [
        ("AKIAIOSFODNN7EXAMPLE", True),
        ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", True),
        ("AKIA2E4XYZQ7JK3LMN5P", False),
    ],
)
def test_is_aws_documentation_key(value: str, documentation: bool) -> None:
    assert v.is_aws_documentation_key(value) is documentation


@pytest.mark.parametrize(
    ("segment", "valid"),
    [
        ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", True),
        (_jwt_segment({"alg": "none"}), True),
        (_jwt_segment({"alg": "RS256", "kid": "k1"}), True),
        (_jwt_segment({"typ": "JWT"}), False),  # no algorithm
        (_jwt_segment({"alg": 5}), False),
        (_jwt_segment(["alg"]), False),
        ("eyJub3QganNvbg", False),  # '{"not json'
        ("eyJ!!!", False),
        ("eyJhbGciOiJIUzI1NiJ9" * 300, False),  # longer than any header
        (_b64url('{"alg":' + "[" * 1400 + "]" * 1400 + "}"), False),  # deep nesting, no crash
    ],
)
def test_jwt_header_valid(segment: str, valid: bool) -> None:
    assert v.jwt_header_valid(segment) is valid
