"""Table-driven tests of the scanner (`classifier.detectors.scan`) and the facade
(`classifier.classify.Classifier`).

Credential-shaped fixtures are assembled from parts at run time so that this file
does not itself look like a leaked secret to repository scanners.
"""

from __future__ import annotations

import base64
import json
import random
import re
import string
import time
from dataclasses import replace

import pytest

from classifier.classification import Finding, Label, TextPiece
from classifier.classify import CLASSIFIER_VERSION, Classifier
from classifier import detectors
from classifier.detectors import DETECTORS, scan

RANDOM = "Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0UvWxYz"  # 36 characters of mixed classes
OPENAI = "sk-" + "proj-" + RANDOM + "Zz9"
OPENAI_LEGACY = "sk-" + RANDOM + "Q1w2E3r4T5y6"
OPENAI_SVCACCT = "sk-" + "svcacct-" + RANDOM
OPENAI_ADMIN = "sk-" + "admin-" + RANDOM
ANTHROPIC = "sk-" + "ant-api03-" + RANDOM + RANDOM + "-AA"
ANTHROPIC_ADMIN = "sk-" + "ant-admin01-" + RANDOM + RANDOM
AWS_KEY = "AK" + "IA" + "2E4XYZQ7JK3LMN5P"
AWS_DOC_KEY = "AK" + "IA" + "IOSFODNN7EXAMPLE"
AWS_SECRET = "Xq3Lr8Tn1Vb6Kp0Wz4Hm/Jd2Fs7Gc5Ya3Ne8Ru+T"
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY"
GITHUB = "gh" + "p_" + RANDOM
GITHUB_PAT = "github" + "_pat_" + "11ABCDEFG0" + RANDOM + "_" + RANDOM
SLACK = "xo" + "xb-" + "123456789012-1234567890123-" + RANDOM[:24]
SLACK_HOOK = "https://hooks." + "slack.com/services/" + "T0A1B2C3D/B4E5F6G7H/" + RANDOM[:24]
ORG15 = "00D5g000004abcD"
ORG18 = ORG15 + "EAQ"
SESSION_TOKEN = "AQ4AQFxJ3kPz9Lm2Nq7Rs5Tv8Wy1Bc4De6Fg0Hi3Jk5Lm7No9Pq2Rs4Tu6Vw8Xy.Za1"
SESSION = ORG15 + "!" + SESSION_TOKEN
REFRESH = "5Aep861" + "TSESvWeug_xvFHRBTTbf_YrTWgEyjBJrdcs4JCnqE2BZpGV9E8.aAbCdEf1234"
ACCOUNT15 = "0015g00000XyZ12"
ACCOUNT18 = ACCOUNT15 + "AAF"
PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAx4Nd\nq9fZ+/w==\n-----END RSA PRIVATE KEY-----"


def _b64url(obj: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")


JWT = f"{_b64url({'alg': 'HS256', 'typ': 'JWT'})}.{_b64url({'sub': '42', 'iat': 1700000000})}.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"


def found(text: str) -> list[tuple[str, str]]:
    """(detector, matched text) for every hit, in order."""
    return [(h.detector, text[h.start : h.end]) for h in scan(text)]


def detectors_in(text: str) -> set[str]:
    return {h.detector for h in scan(text)}


# ------------------------------------------------------------------------ positives

# (detector, text, the exact text of the hit). Every detector has positives here, in
# the contexts it meets: prose, JSON, URLs, headers, the start and end of a text.
POSITIVES = [
    # e-mail
    ("pii.email", "Mail john.doe@acme.com today", "john.doe@acme.com"),
    ("pii.email", "john@acme.com", "john@acme.com"),
    ("pii.email", '{"Email":"jane+crm@sub.acme.co.uk"}', "jane+crm@sub.acme.co.uk"),
    ("pii.email", "email:Jane_Doe@Acme-Corp.io,", "Jane_Doe@Acme-Corp.io"),
    ("pii.email", "<ops%eu@acme.de>", "ops%eu@acme.de"),
    ("pii.email", "\u201cjohn@acme.com\u201d", "john@acme.com"),
    ("pii.email", "end of text: x.y@acme.com", "x.y@acme.com"),
    # JSON-escaped text (tool-call arguments, a record inside a prompt): "\n" is no letter.
    ("pii.email", '{"body": "Hi,\\njane@acme.com wrote"}', "jane@acme.com"),
    # phones
    ("pii.phone", "Call +1 (415) 555-2671 today", "+1 (415) 555-2671"),
    ("pii.phone", "tel:+14155552671", "+14155552671"),
    ("pii.phone", "Call (415) 555-2671.", "(415) 555-2671"),
    ("pii.phone", "415-555-2671", "415-555-2671"),
    ("pii.phone", "Phone: 415.555.2671", "415.555.2671"),
    ("pii.phone", "toll free 1-800-555-2671", "1-800-555-2671"),
    ("pii.phone", '"Phone": "+44 20 7946 0958"', "+44 20 7946 0958"),
    ("pii.phone", "UK +44 (0)20 7946 0958", "+44 (0)20 7946 0958"),
    ("pii.phone", "call (+44) 20 7946 0958.", "(+44) 20 7946 0958"),
    ("pii.phone", "London 020 7946 0958", "020 7946 0958"),
    ("pii.phone", "Handy 0171 1234567", "0171 1234567"),
    ("pii.phone", "Berlin 030/1234567", "030/1234567"),
    ("pii.phone", "+49 30 12345678", "+49 30 12345678"),
    ("pii.phone", "Paris 01 23 45 67 89", "01 23 45 67 89"),
    ("pii.phone", "+33 6 12 34 56 78", "+33 6 12 34 56 78"),
    ("pii.phone", "mobiel 06-12345678", "06-12345678"),
    ("pii.phone", "Madrid 91 123 45 67", "91 123 45 67"),
    ("pii.phone", "+34 612 34 56 78", "+34 612 34 56 78"),
    ("pii.phone", "on 2024-01-15 415-555-2671 called", "415-555-2671"),  # a window of a run
    ("pii.phone", "\ufeff415-555-2671", "415-555-2671"),  # after a byte order mark
    ("pii.phone", "Tel.\xa0415-555-2671", "415-555-2671"),  # after a no-break space
    ("pii.phone", "\u7535\u8bdd\uff1a415-555-2671", "415-555-2671"),  # after a full-width colon
    # IBAN
    ("pii.iban", "IBAN DE89 3704 0044 0532 0130 00.", "DE89 3704 0044 0532 0130 00"),
    ("pii.iban", "DE89370400440532013000", "DE89370400440532013000"),
    ("pii.iban", "pay GB82 WEST 1234 5698 7654 32 EUR", "GB82 WEST 1234 5698 7654 32"),  # cut at length
    ("pii.iban", '"iban":"FR1420041010050500013M02606"', "FR1420041010050500013M02606"),
    ("pii.iban", "NO9386011117947", "NO9386011117947"),
    # payment cards (well-known test numbers count: they are valid card numbers)
    ("pii.payment_card", "card 4111 1111 1111 1111 exp", "4111 1111 1111 1111"),
    ("pii.payment_card", "4111-1111-1111-1111", "4111-1111-1111-1111"),
    ("pii.payment_card", "card:4111111111111111;", "4111111111111111"),
    ("pii.payment_card", "Amex 3782 822463 10005", "3782 822463 10005"),
    ("pii.payment_card", "MC 5555555555554444", "5555555555554444"),
    ("pii.payment_card", "4111 1111 1111 1111 12/26", "4111 1111 1111 1111"),  # expiry dropped
    # SSN
    ("pii.us_ssn", "SSN 123-45-6789", "123-45-6789"),
    ("pii.us_ssn", '{"ssn":"001-01-0001"}', "001-01-0001"),
    # Salesforce ids
    ("salesforce.record_id", f"Account {ACCOUNT18} updated", ACCOUNT18),
    ("salesforce.record_id", f'"AccountId": "{ACCOUNT15}"', ACCOUNT15),
    ("salesforce.record_id", f"/lightning/r/Account/{ACCOUNT18}/view", ACCOUNT18),
    ("salesforce.record_id", "/sobjects/Contact/003Hs00001AbCdEIAV", "003Hs00001AbCdEIAV"),
    ("salesforce.record_id", "Lead 00Q3h000002XyZwEAK", "00Q3h000002XyZwEAK"),
    ("salesforce.record_id", "custom a0B5g00000QrStUEAV", "a0B5g00000QrStUEAV"),
    ("salesforce.record_id", "001D000000IqhSLIAZ", "001D000000IqhSLIAZ"),
    ("salesforce.org_id", f"org {ORG18}", ORG18),
    ("salesforce.org_id", f"OrganizationId={ORG15}&x=1", ORG15),
    ("salesforce.custom_field", "SELECT Id, Region__c FROM Account", "Region__c"),
    ("salesforce.custom_field", '{"Annual_Revenue_Band__c": 3}', "Annual_Revenue_Band__c"),
    ("salesforce.custom_field", "Owner__r.Name", "Owner__r"),
    ("salesforce.custom_field", "acme__Score__c", "acme__Score__c"),
    ("salesforce.custom_field", "WHERE Deposition__c = true", "Deposition__c"),  # not a marker
    # legal markers
    ("legal.privilege_marker", "ATTORNEY-CLIENT PRIVILEGED", "ATTORNEY-CLIENT PRIVILEGED"),
    ("legal.privilege_marker", "This is attorney\u2013client privileged.", "attorney\u2013client privileged"),
    ("legal.privilege_marker", "attorney-\nclient\nprivileged", "attorney-\nclient\nprivileged"),
    ("legal.privilege_marker", "Privileged and Confidential", "Privileged and Confidential"),
    ("legal.privilege_marker", "PRIVILEGED & CONFIDENTIAL", "PRIVILEGED & CONFIDENTIAL"),
    ("legal.privilege_marker", "<b>Privileged &amp; Confidential</b>", "Privileged &amp; Confidential"),
    ("legal.privilege_marker", "Attorney Work Product", "Attorney Work Product"),
    ("legal.privilege_marker", "attorney work-product", "attorney work-product"),
    ("legal.privilege_marker", "Prepared at the direction of counsel.", "Prepared at the direction of counsel"),
    ("legal.privilege_marker", "prepared at the request of outside counsel", "prepared at the request of outside counsel"),
    ("legal.privilege_marker", "Subject to the attorney-client privilege", "Subject to the attorney-client privilege"),
    ("legal.privilege_marker", "protected by attorney client privilege", "protected by attorney client privilege"),
    ("legal.privilege_marker", "contains confidential legal advice", "confidential legal advice"),
    ("legal.litigation_marker", "LITIGATION HOLD NOTICE", "LITIGATION HOLD NOTICE"),
    ("legal.litigation_marker", "under legal hold", "legal hold"),
    ("legal.litigation_marker", "the settlement offer", "settlement offer"),
    ("legal.litigation_marker", "Settlement Negotiations", "Settlement Negotiations"),
    ("legal.litigation_marker", "settlement\namount", "settlement\namount"),
    ("legal.litigation_marker", "Without Prejudice", "Without Prejudice"),
    ("legal.litigation_marker", "schedule the deposition", "deposition"),
    ("legal.litigation_marker", "Depositions", "Depositions"),
    ("legal.litigation_marker", "we were subpoenaed", "subpoenaed"),
    ("legal.litigation_marker", "given pending litigation", "pending litigation"),
    ("legal.litigation_marker", "Draft Complaint v2", "Draft Complaint"),
    ("legal.litigation_marker", "in anticipation of litigation", "in anticipation of litigation"),
    # secrets
    ("secret.openai_key", f"OPENAI_API_KEY={OPENAI}", OPENAI),
    ("secret.openai_key", f"key: {OPENAI_LEGACY}", OPENAI_LEGACY),
    ("secret.openai_key", OPENAI_SVCACCT, OPENAI_SVCACCT),
    ("secret.openai_key", OPENAI_ADMIN, OPENAI_ADMIN),
    ("secret.anthropic_key", f'"x-api-key": "{ANTHROPIC}"', ANTHROPIC),
    ("secret.anthropic_key", ANTHROPIC_ADMIN, ANTHROPIC_ADMIN),
    ("secret.aws_access_key", f"aws_access_key_id = {AWS_KEY}", AWS_KEY),
    ("secret.aws_access_key", "ASIA" + AWS_KEY[4:], "ASIA" + AWS_KEY[4:]),
    ("secret.aws_access_key", "ABIA" + AWS_KEY[4:], "ABIA" + AWS_KEY[4:]),
    ("secret.aws_access_key", "ACCA" + AWS_KEY[4:], "ACCA" + AWS_KEY[4:]),
    ("secret.aws_access_key", "AK" + "IA" + "2345672345672345", "AK" + "IA" + "2345672345672345"),  # six distinct
    ("secret.aws_secret_key", f"aws_secret_access_key = {AWS_SECRET}", AWS_SECRET),
    ("secret.aws_secret_key", f"AWS_SECRET_ACCESS_KEY={AWS_SECRET}\n", AWS_SECRET),
    ("secret.aws_secret_key", f'"SecretAccessKey": "{AWS_SECRET}"', AWS_SECRET),
    ("secret.aws_secret_key", f"secret_key: '{AWS_SECRET}'", AWS_SECRET),
    ("secret.github_token", f"token {GITHUB}", GITHUB),
    ("secret.github_token", "gh" + "s_" + RANDOM, "gh" + "s_" + RANDOM),
    ("secret.github_token", "gh" + "o_" + RANDOM, "gh" + "o_" + RANDOM),
    ("secret.github_token", GITHUB_PAT, GITHUB_PAT),
    ("secret.slack_token", f"SLACK_BOT_TOKEN={SLACK}", SLACK),
    ("secret.slack_token", "xo" + "xp-" + "1234-" + RANDOM, "xo" + "xp-" + "1234-" + RANDOM),
    ("secret.slack_token", f"POST {SLACK_HOOK}", SLACK_HOOK.removeprefix("https://")),
    ("secret.salesforce_session", f"sid={SESSION};", SESSION),
    ("secret.salesforce_refresh_token", f'"refresh_token": "{REFRESH}"', REFRESH),
    ("secret.private_key", f"key:\n{PEM}\n", PEM),
    ("secret.private_key", "-----BEGIN OPENSSH PRIVATE KEY-----", "-----BEGIN OPENSSH PRIVATE KEY-----"),
    ("secret.private_key", "-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----",
     "-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----"),  # JSON-escaped newlines
    ("secret.private_key", "-----BEGIN PGP PRIVATE KEY BLOCK-----", "-----BEGIN PGP PRIVATE KEY BLOCK-----"),
    ("secret.jwt", f"token={JWT}&x", JWT),
    ("secret.bearer_token", "Authorization: Bearer Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8", "Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8"),
    ("secret.bearer_token", "authorization: bearer ya29.a0AfH6SMBx-Q1w2E3r4T5y6U7", "ya29.a0AfH6SMBx-Q1w2E3r4T5y6U7"),
    # EU national ids (check digits; BSN and the German tax id need a keyword before them)
    ("pii.es_dni", "DNI 12345678Z, Madrid", "12345678Z"),
    ("pii.es_dni", "DNI: 12345678-Z", "12345678-Z"),
    ("pii.es_dni", "NIE X1234567L.", "X1234567L"),
    ("pii.de_tax_id", "Steuer-ID: 65929970489", "65929970489"),
    ("pii.de_tax_id", "Steuerliche Identifikationsnummer 65 929 970 489", "65 929 970 489"),
    ("pii.fr_nir", "NIR 1 84 12 75 123 456 40", "1 84 12 75 123 456 40"),
    ("pii.fr_nir", "sécu: 269049935012368", "269049935012368"),
    ("pii.nl_bsn", "BSN: 111222333", "111222333"),
    ("pii.nl_bsn", "burgerservicenummer 1112.22.333", "1112.22.333"),
    ("pii.it_fiscal_code", "Codice fiscale: RSSMRA85T10A562S", "RSSMRA85T10A562S"),
    ("pii.it_fiscal_code", "CF MRTMTT25D09F205Z.", "MRTMTT25D09F205Z"),
    ("pii.it_fiscal_code", "cod. fisc. RSSMRA85T10A56NH (omocodia)", "RSSMRA85T10A56NH"),
]


def test_every_detector_has_positives() -> None:
    covered = {row[0] for row in POSITIVES} | {"salesforce.sensitive_field"}  # see the facade tests
    assert covered == set(DETECTORS)


@pytest.mark.parametrize(("detector", "text", "matched"), POSITIVES)
def test_positive(detector: str, text: str, matched: str) -> None:
    assert (detector, matched) in found(text)


@pytest.mark.parametrize(("detector", "text", "matched"), POSITIVES)
def test_positive_is_the_only_hit(detector: str, text: str, matched: str) -> None:
    """Each positive is reported once, by one detector: overlaps are resolved."""
    assert found(text) == [(detector, matched)]


# ------------------------------------------------------------------------ negatives

# (detector, text): the detector must not fire. Documentation samples, look-alikes and
# near misses of every detector.
NEGATIVES = [
    # national ids: a wrong check digit or letter, or no keyword where one is required
    ("pii.es_dni", "DNI 12345678A"),
    ("pii.es_dni", "order 1234567Z"),
    ("pii.de_tax_id", "Steuer-ID: 65929970488"),
    ("pii.de_tax_id", "invoice 65929970489"),
    ("pii.fr_nir", "NIR 1 84 12 75 123 456 41"),
    ("pii.fr_nir", "NIR 3 84 12 75 123 456 40"),
    ("pii.nl_bsn", "BSN: 111222334"),
    ("pii.nl_bsn", "order number 111222333"),
    ("pii.it_fiscal_code", "Codice fiscale: RSSMRA85T10A562T"),  # wrong check letter
    ("pii.it_fiscal_code", "CF RSSMRA85T32A562S"),  # no such day
    ("pii.it_fiscal_code", "CF rssmra85t10a562s"),  # codes are written in capitals
    ("pii.it_fiscal_code", "ref XRSSMRA85T10A562S"),  # part of a longer token
    ("pii.email", "jane@example.com"),
    ("pii.email", "x@mail.example.org"),
    ("pii.email", "ops@example.net"),
    ("pii.email", "a@shop.test"),
    ("pii.email", "john@localhost"),
    ("pii.email", "ping @john on Slack"),
    ("pii.email", "john@acme"),
    ("pii.email", "john@acme.c"),
    ("pii.email", "x" * 65 + "@acme.com"),
    ("pii.email", "john..doe@acme.com"),
    ("pii.email", '{"code": "app = FastAPI()\\n@app.get(\\"/\\")"}'),  # a decorator after an escaped newline
    ("pii.phone", "(415) 555-0123"),  # NANP fiction range
    ("pii.phone", "ORD-555-123-4567"),  # glued to an identifier
    ("pii.phone", "call(415) 555-2671"),
    ("pii.phone", "a+14155552671"),
    ("pii.phone", "415-555-2671x"),
    ("pii.phone", "415-555-26711"),
    ("pii.iban", "DE89 3704 0044 0532 0130 01"),  # check digits
    ("pii.iban", "DE89 3704 0044 0532 0130 0"),  # too short
    ("pii.iban", "DE8937040044053201300012"),  # too long
    ("pii.iban", "de89370400440532013000"),
    ("pii.iban", "XDE89370400440532013000"),
    ("pii.iban", "GB82 WEST 1234 5698 7654 3210"),  # the country length ends inside a group
    ("pii.payment_card", "4111 1111 1111 1112"),
    ("pii.payment_card", "1234 5678 9012 3456"),
    ("pii.payment_card", "4111-1111-1111-1111-1111-1"),  # 21 digits bound by dashes: no window
    ("pii.payment_card", "4111111111111111abc"),
    ("pii.payment_card", "x4111111111111111"),
    ("pii.payment_card", "id_4111111111111111"),
    ("pii.payment_card", "v4111.1111.1111.1111"),
    ("pii.payment_card", "4111 1111-1111 1111"),
    ("pii.payment_card", "0000 0000 0000 0000"),
    ("pii.us_ssn", "000-12-3456"),
    ("pii.us_ssn", "666-12-3456"),
    ("pii.us_ssn", "912-12-3456"),
    ("pii.us_ssn", "123-00-4567"),
    ("pii.us_ssn", "123-45-0000"),
    ("pii.us_ssn", "123-45-67890"),
    ("pii.us_ssn", "123456789"),
    ("pii.us_ssn", "078-05-1120"),
    ("salesforce.record_id", ACCOUNT15 + "AAB"),  # wrong checksum
    ("salesforce.record_id", "a0B5g00000QrStU"),  # custom, 15 characters
    ("salesforce.record_id", "0995g00000XyZ12"),  # unknown prefix
    ("salesforce.record_id", ACCOUNT15 + "A"),  # 16 characters
    ("salesforce.record_id", "x" + ACCOUNT18),
    ("salesforce.record_id", ACCOUNT18 + "_suffix"),
    ("salesforce.record_id", "001000000000000"),
    ("salesforce.record_id", "001abcdefghijkl"),
    ("salesforce.org_id", "00D5g000004abcDAAA"),
    ("salesforce.org_id", "00D5g100004abcD"),
    ("salesforce.custom_field", "__c"),
    ("salesforce.custom_field", "Foo___c"),
    ("salesforce.custom_field", "Foo__cx"),
    ("salesforce.custom_field", "Foo__custom"),
    ("salesforce.custom_field", "1Foo__c"),
    ("salesforce.custom_field", "A" * 70 + "__c"),  # too long: neither it nor a tail of it
    ("legal.privilege_marker", "the attorney-client privilege is a doctrine"),
    ("legal.privilege_marker", "privileged access management"),
    ("legal.privilege_marker", "attorney work"),
    ("legal.privilege_marker", "confidential legal"),
    ("legal.privilege_marker", "prepared by counsel"),
    ("legal.privilege_marker", "privileged and confidentiality"),
    ("legal.privilege_marker", "Attorney_Client_Privileged__c"),
    ("legal.litigation_marker", "settlement"),
    ("legal.litigation_marker", "settlement date"),
    ("legal.litigation_marker", "put on hold"),
    ("legal.litigation_marker", "legal holdings"),
    ("legal.litigation_marker", "depositional environment"),
    ("legal.litigation_marker", "deposit"),
    ("legal.litigation_marker", "complaint"),
    ("legal.litigation_marker", "litigation"),
    ("legal.litigation_marker", "in anticipation"),
    ("legal.litigation_marker", "Settlement_Amount__c"),
    ("secret.openai_key", "sk-" + "x" * 40),
    ("secret.openai_key", "sk-learn"),
    ("secret.openai_key", "task-" + RANDOM),
    ("secret.openai_key", ANTHROPIC),
    ("secret.openai_key", "sk-" + "proj-" + "your-api-key-goes-here"),
    ("secret.anthropic_key", "sk-" + "ant-api03-" + RANDOM[:20]),
    ("secret.anthropic_key", "sk-" + "ant-api03-" + "x" * 80),
    ("secret.aws_access_key", AWS_DOC_KEY),
    ("secret.aws_access_key", "AK" + "IA" + "X" * 16),
    ("secret.aws_access_key", "AK" + "IA" + "ABCDEABCDEABCDEA"),  # five distinct: a placeholder
    ("secret.aws_access_key", AWS_KEY[:-1]),
    ("secret.aws_access_key", "X" + AWS_KEY),
    ("secret.aws_access_key", AWS_KEY.lower()),
    ("secret.aws_secret_key", f"aws_secret_access_key = {AWS_DOC_SECRET}"),
    ("secret.aws_secret_key", f"value = {AWS_SECRET}"),  # no secret-key context
    ("secret.aws_secret_key", f"aws_secret_access_key = {AWS_SECRET}X"),  # 41 characters
    ("secret.aws_secret_key", "aws_secret_access_key = " + "a" * 40),
    ("secret.github_token", "gh" + "p_" + RANDOM[:-1]),
    ("secret.github_token", "gh" + "p_" + "x" * 36),
    ("secret.github_token", "gh" + "x_" + RANDOM),
    ("secret.slack_token", "xo" + "xb-your-token-here"),
    ("secret.slack_token", "xo" + "xz-1234567890-" + RANDOM),
    ("secret.slack_token", "https://hooks." + "slack.com/services/T00000000/B00000000/" + "X" * 24),
    ("secret.salesforce_session", ORG15 + "!" + SESSION_TOKEN[:30]),
    ("secret.salesforce_session", "00D5g000004abcDAAA!" + SESSION_TOKEN),  # org id checksum
    ("secret.salesforce_refresh_token", "5Aep861" + "short"),
    ("secret.salesforce_refresh_token", "5Aep861" + "x" * 60),
    ("secret.private_key", "-----BEGIN PUBLIC KEY-----"),
    ("secret.private_key", "-----BEGIN CERTIFICATE-----"),
    ("secret.private_key", "BEGIN RSA PRIVATE KEY"),
    ("secret.jwt", f"{_b64url({'typ': 'JWT'})}.{_b64url({'sub': '1'})}.sig"),  # no alg
    ("secret.jwt", "eyJhbGciOiJIUzI1NiJ9"),  # one segment
    ("secret.jwt", "eyJ" + RANDOM + "." + RANDOM + ".x"),  # not JSON
    ("secret.bearer_token", "Bearer YOUR_ACCESS_TOKEN_HERE"),
    ("secret.bearer_token", "the bearer of bad news"),
    ("secret.bearer_token", "Bearer abc123"),
    ("secret.bearer_token", "Bearer <token>"),
    ("secret.bearer_token", "Bearer " + "x" * 30),
]


@pytest.mark.parametrize(("detector", "text"), NEGATIVES)
def test_negative(detector: str, text: str) -> None:
    assert detector not in detectors_in(text)


# Text that must not fire any detector: documentation samples, identifiers and
# numbers that merely look like phones, cards, ids or secrets.
NOISE = [
    AWS_DOC_KEY,
    f"aws_access_key_id = {AWS_DOC_KEY}\naws_secret_access_key = {AWS_DOC_SECRET}",
    "Write to jane@example.com or ops@example.org.",
    "550e8400-e29b-41d4-a716-446655440000",  # UUID
    "12345678-1234-1234-1234-123456789012",  # all-digit UUID
    "8843d7f92416211de9ebb963ff4ce28125932878",  # git hash
    "da39a3ee5e6b4b0d3255bfef95601890afd80709",  # SHA-1 digest
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",  # SHA-256
    "sha256:4111111111111111aa",
    "2024-01-15",
    "2024-01-15T10:30:00.000+0000",
    "15.01.2024 10:30",
    "01/15/2024",
    "12:30:45",
    "v1.2.3",
    "version 12.4.1034",
    "192.168.100.200",
    "$1,234.56",
    "EUR 1.234.567,89",
    "1 234 567 EUR",
    "Order #12345678",
    "order number 1234567890",
    "PO-2024-000123",
    "invoice 2024/000123",
    "Q3 2024 revenue 12,500,000",
    "ticket 4111 1111",
    "call me in 2 hours",
    "The quick brown fox jumps over the lazy dog.",
]


@pytest.mark.parametrize("text", NOISE)
def test_noise_fires_nothing(text: str) -> None:
    assert found(text) == []


# ---------------------------------------------------------------------------- edges


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # several numbers in one run of digit groups: leftmost, then longest window
        ("415-555-2671 4111 1111 1111 1111",
         [("pii.phone", "415-555-2671"), ("pii.payment_card", "4111 1111 1111 1111")]),
        ("2024 (415) 555-2671", [("pii.phone", "(415) 555-2671")]),
        ("SSN 123-45-6789 415-555-2671",
         [("pii.us_ssn", "123-45-6789"), ("pii.phone", "415-555-2671")]),
        # a Bearer token of a known kind is reported as that kind
        (f"Authorization: Bearer {OPENAI}", [("secret.openai_key", OPENAI)]),
        (f"Authorization: Bearer {JWT}", [("secret.jwt", JWT)]),
        (f"Authorization: Bearer {SESSION}", [("secret.salesforce_session", SESSION)]),
        # a placeholder session token still names the org
        (f"{ORG15}!" + "x" * 60, [("salesforce.org_id", ORG15)]),
        # the relationship path yields both names
        ("Account__r.Owner__c", [("salesforce.custom_field", "Account__r"),
                                 ("salesforce.custom_field", "Owner__c")]),
        # adjacent candidates separated by one character
        (f"{ACCOUNT18},john@acme.com;415-555-2671",
         [("salesforce.record_id", ACCOUNT18), ("pii.email", "john@acme.com"),
          ("pii.phone", "415-555-2671")]),
        ("Region__c 415-555-2671", [("salesforce.custom_field", "Region__c"),
                                    ("pii.phone", "415-555-2671")]),
        # read leftwards, an address may contain an earlier hit: both are reported
        (f"{ACCOUNT18}@acme.com", [("salesforce.record_id", ACCOUNT18),
                                   ("pii.email", f"{ACCOUNT18}@acme.com")]),
        ("", []),
    ],
)
def test_overlaps_and_neighbours(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_hits_carry_offsets_and_vocabulary_only() -> None:
    text = f"x {ORG18} Region__c"
    org, field = scan(text)
    assert (org.start, org.end, org.org_id, org.field_name) == (2, 20, ORG15, None)
    assert (field.start, field.end, field.org_id, field.field_name) == (21, 30, None, "Region__c")


@pytest.mark.parametrize(
    "text",
    [
        "1 " * 100_000,  # one run of 100 000 digit groups
        "12 " * 100_000,  # ... whose windows have phone shapes
        "1234 " * 60_000,  # ... and card shapes
        "1-" * 100_000 + "1",
        "a@" * 100_000,
        "a" * 200_000 + "@acme.com",
        "_" * 200_000 + "_c",
        "-----BEGIN RSA PRIVATE KEY-----\n" + "A" * 200_000,
        "Bearer " * 30_000 + RANDOM,
        "attorney " * 25_000,
        "DE89 " + "3704 " * 50_000,
        "eyJ" + "a" * 200_000 + ".b.c",
        "0" * 200_000,
    ],
    ids=["digit-groups", "phone-shaped-groups", "card-shaped-groups", "dash-run", "at-signs", "long-local", "underscores", "pem-no-end",
         "bearer-chain", "phrase-starts", "iban-groups", "jwt-huge", "zeros"],
)
def test_adversarial_input_scans_in_linear_time(text: str) -> None:
    started = time.perf_counter()
    scan(text)
    assert time.perf_counter() - started < 2.0


def test_case_fold_table_is_what_re_folds() -> None:
    """Factored phrases test letters by class; each class must be what (?i:x) matches."""
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for letter in string.ascii_lowercase:
        folded = set(re.findall(f"(?i:{letter})", everything))
        assert folded == set(re.findall(detectors._either_case(letter), everything)), letter


def _phrase_samples() -> list[str]:
    """Texts around every phrase: mixed case, folded letters, cut short, glued to words."""
    rng = random.Random(7)
    words = [re.sub(r"\(\?:([^|)]*)[^)]*\)\??|[\[\]?]", r"\1", p)
             for p in (*detectors._PRIVILEGE_PHRASES, *detectors._LITIGATION_PHRASES)]
    folds = {"s": "\u017f", "k": "\u212a", "i": "\u0130\u0131"}  # what (?i:) also matches
    inserts = ["\u017f", "\u212a", "\u0130", "\u0131", " ", "-", "\u2013", "\n", "x", "s", "ed", "."]
    samples = []
    for _ in range(3000):
        word = "".join(rng.choice([c, c.upper(), *folds.get(c, "")]) for c in rng.choice(words))
        if rng.random() < 0.3:
            word = word[: rng.randrange(1, len(word) + 1)]
        if rng.random() < 0.3:
            at = rng.randrange(len(word) + 1)
            word = word[:at] + rng.choice(inserts) + word[at:]
        samples.append(rng.choice(["", " ", "(", "a"]) + word + rng.choice(["", " ", "s", "n", ".", "ing"]))
    return samples


def test_factored_phrases_match_exactly_what_the_plain_alternation_matches() -> None:
    plain_rules = [replace(rule, rest=f"(?i:{rule.letters}){rule.rest}", letters="") if rule.letters else rule
                   for rule in detectors._RULES]
    plain, _ = detectors._compile(plain_rules)
    assert plain.pattern != detectors._PATTERN.pattern
    found_any = 0
    for text in _phrase_samples():
        expected = [(m.span(), m.lastgroup) for m in plain.finditer("\n" + text)]
        assert [(m.span(), m.lastgroup) for m in detectors._PATTERN.finditer("\n" + text)] == expected, text
        found_any += bool(expected)
    assert found_any > 500  # the samples do exercise the phrases


def _plain_alternation() -> tuple[re.Pattern[str], dict[str, object]]:
    """The specification of the combined pattern: every rule in order, one alternative
    each, no grouping, no factoring, no variants."""
    handlers: dict[str, object] = {"field": detectors._custom_field, "email": detectors._email}
    alternatives = []
    for n, rule in enumerate(detectors._RULES):
        handlers[f"r{n}"] = rule.handle
        first = rule.first if rule.first.startswith("[") else f"[{rule.first}]"
        alternatives.append(f"{first}(?i:{rule.letters}){rule.rest}(?P<r{n}>)")
    pattern = (f"{detectors._BOUNDARY}(?:{detectors._FIELD_SUFFIX}(?P<field>)|(?a:\\b)"
               f"(?:{detectors._EMAIL_DOMAIN}(?P<email>)|{'|'.join(alternatives)}))")
    return re.compile(pattern), handlers


def _fuzz_texts(count: int) -> list[str]:
    """Strings of detector-shaped fragments, words and separators, cut and re-cased."""
    rng = random.Random(11)
    alnum = string.ascii_letters + string.digits
    fragments = [
        OPENAI, OPENAI_LEGACY, ANTHROPIC, AWS_KEY, "CCA" + AWS_KEY[4:], "aws_secret_access_key = " + AWS_SECRET,
        "SECRET-KEY: '" + AWS_SECRET + "'", GITHUB, GITHUB_PAT, SLACK, SLACK_HOOK, ORG15, ORG18, SESSION, REFRESH,
        PEM, JWT, "Bearer " + RANDOM, "bearer\t" + OPENAI, ACCOUNT15, ACCOUNT18, "a0B5g00000AbCdE", "Region__c",
        "Legal_Case_Strategy__C", "Parent__r", "maria.garcia@globex.com", "x@y.z", "+1 (415) 555-2671",
        "+44 20 7946 0958", "030 1234 5678", "2024-01-15", "4111 1111 1111 1111", "123-45-6789", "12345678Z",
        "X-1234567-L", "Y1234567 X", "RSSMRA85T10A562S", "DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432",
        "BSN 111222333", "Steuer-ID 86095742719", "NIR 1 84 12 75 123 456 40", "attorney-client privileged",
        "Privileged & Confidential", "without prejudice", "Litigation Hold Notice", "the", "and", "about",
        "renewal", "Pricing", "EMEA", "Q3", "12%", "48,000", "v1.2.3", "a+1", "f(555)",
    ]
    separators = ["", " ", " ", "\n", "-", "_", "__", "@", ".", ",", "(", ")", "/", "'", "\t", ": ", "=", "\u2019", "\u3001"]
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 8)):
            choice = rng.random()
            if choice < 0.6:
                piece = rng.choice(fragments)
            elif choice < 0.8:  # id-shaped: reserved sixth character, maybe all digits
                piece = "".join(rng.choice(alnum if rng.random() < 0.5 else string.digits) for _ in range(5)) + "0" + \
                    "".join(rng.choice(alnum) for _ in range(rng.choice([9, 12, 13])))
            else:
                piece = "".join(rng.choice(alnum + "-_") for _ in range(rng.randint(1, 30)))
            if rng.random() < 0.2:
                piece = piece[rng.randrange(len(piece) + 1):] if rng.random() < 0.5 else piece[:rng.randrange(len(piece) + 1)]
            if rng.random() < 0.1:
                piece = piece.swapcase()
            parts.append(piece)
            parts.append(rng.choice(separators))
        texts.append("".join(parts))
    return texts


def _corpus() -> list[str]:
    from classifier.data.generate import generate

    generated = [piece.text for split in ("train", "dev", "test") for sample in generate(split, per_family_lang=2)
                 for piece in sample.pieces]
    return [*generated, *_phrase_samples(), *_fuzz_texts(3000)]


def test_the_combined_pattern_matches_exactly_the_plain_alternation_of_its_rules() -> None:
    """Grouping by first character, nesting, factoring and the variants without the e-mail
    or custom field alternatives change what `re` tries, never what it finds."""
    plain, plain_handlers = _plain_alternation()
    corpus = _corpus()
    variants_used = set()
    for text in corpus:
        s = "\n" + text
        expected = [(m.span(), plain_handlers[m.lastgroup]) for m in plain.finditer(s)]
        assert [(m.span(), detectors._HANDLERS[m.lastgroup]) for m in detectors._PATTERN.finditer(s)] == expected, text
        flags = ("@" in text, "__" in text)
        variants_used.add(flags)
        pattern, handlers = detectors._scanner(*flags)
        assert [(m.span(), handlers[m.lastgroup]) for m in pattern.finditer(s)] == expected, text
        reference: list[detectors.Hit] = []
        for m in plain.finditer(s):
            plain_handlers[m.lastgroup](s, m, reference)  # type: ignore[operator]
        assert scan(text) == reference, text
    assert variants_used == {(False, False), (True, False), (False, True), (True, True)}
    found = {hit.detector for text in corpus for hit in scan(text)}
    assert found == set(DETECTORS) - {detectors.SENSITIVE_FIELD}  # (a policy's label, given by the classifier)


def test_the_id_rule_checks_its_letter_last_and_finds_what_a_leading_lookahead_finds() -> None:
    """The record id rule asks for a letter after the first character by lookbehind at its
    end (cheap for ordinary words); the plain way to say it is a lookahead at its start."""
    rule = next(r for r in detectors._RULES if r.handle is detectors._salesforce_id)
    lookahead = re.compile(r"[0-9a](?=[0-9]*+[A-Za-z])[0-9A-Za-z]{4}0[0-9A-Za-z]{9}(?:[A-Z0-5]{3})?(?![0-9A-Za-z_])")
    ours = re.compile(f"{rule.first}{rule.rest}")
    rng = random.Random(5)
    hits = 0
    for _ in range(20000):
        alphabet = rng.choice([string.digits, string.digits + "A", string.digits + "aZ", string.ascii_letters + string.digits])
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(12, 21)))
        text = text[:5] + "0" + text[6:] if rng.random() < 0.8 else text
        text = rng.choice(["", "a", "0"]) + text + rng.choice(["", " ", "_", "-", "a", "Z"])
        expected = lookahead.match(text)
        found_match = ours.match(text)
        assert (found_match and found_match.span()) == (expected and expected.span()), text
        hits += expected is not None
    assert hits > 200  # (365 of these texts are ids)


# --------------------------------------------------------------------------- facade


def _pieces(*texts: str) -> list[TextPiece]:
    return [TextPiece(text, f"messages[{i}].content") for i, text in enumerate(texts)]


def test_nothing_found_is_public() -> None:
    result = Classifier().classify(_pieces("Summarise the renewal call notes, please."))
    assert (result.label, result.score, result.findings) == (Label.PUBLIC, 1.0, [])
    assert result.fully_inspected
    assert result.classifier_version == CLASSIFIER_VERSION == Classifier.version == "detectors-5"


@pytest.mark.parametrize(
    ("texts", "uninspected", "label"),
    [
        (["Region__c"], (), Label.INTERNAL),
        (["Region__c", "john@acme.com"], (), Label.CONFIDENTIAL),
        (["john@acme.com ATTORNEY-CLIENT PRIVILEGED"], (), Label.PRIVILEGED),
        (["hello"], ("messages[1].content[0].image",), Label.INTERNAL),
        (["Region__c"], ("document",), Label.INTERNAL),
        (["john@acme.com"], ("document",), Label.CONFIDENTIAL),
        (["Privileged & Confidential"], ("image",), Label.PRIVILEGED),
    ],
)
def test_label_is_the_highest_finding_and_uninspected_is_never_public(
    texts: list[str], uninspected: tuple[str, ...], label: Label
) -> None:
    result = Classifier().classify(_pieces(*texts), uninspected)
    assert result.label == label
    assert result.uninspected == list(uninspected)


@pytest.mark.parametrize(
    ("texts", "uninspected", "score"),
    [
        (["415-555-2671"], (), 0.85),
        (["415-555-2671", "020 7946 0958"], (), 1 - 0.15**2),
        (["415-555-2671 john@acme.com"], (), 1 - 0.15 * 0.01),
        (["Region__c john@acme.com"], (), 0.99),  # only findings at the label count
        (["hello"], ("image",), 1.0),  # raised by a rule, not by evidence
    ],
)
def test_score_is_the_confidence_of_the_label(
    texts: list[str], uninspected: tuple[str, ...], score: float
) -> None:
    assert Classifier().classify(_pieces(*texts), uninspected).score == pytest.approx(score)


def test_findings_are_ordered_and_located() -> None:
    result = Classifier().classify(_pieces("Region__c", f"mail john@acme.com, {ACCOUNT18}"))
    assert [(f.detector, f.label, f.count) for f in result.findings] == [
        ("pii.email", Label.CONFIDENTIAL, 1),
        ("salesforce.custom_field", Label.INTERNAL, 1),
        ("salesforce.record_id", Label.INTERNAL, 1),
    ]
    email = result.findings[0].spans[0]
    assert (email.where, email.start, email.end) == ("messages[1].content", 5, 18)


def test_spans_are_bounded_but_counts_are_not() -> None:
    result = Classifier().classify(_pieces(" ".join(f"u{i}@acme.com" for i in range(30))))
    (finding,) = result.findings
    assert (finding.count, len(finding.spans)) == (30, Finding.MAX_SPANS)


def test_sensitive_fields() -> None:
    classifier = Classifier({"SSN__c": Label.CONFIDENTIAL, "deal_notes__c": Label.PRIVILEGED})
    result = classifier.classify(_pieces("SELECT Region__c, ssn__C FROM Contact", "Deal_Notes__c, SSN__c"))
    by_id = {f.detector: f for f in result.findings}
    assert result.sensitive_fields == ["deal_notes__c", "ssn__c"]
    assert by_id["salesforce.sensitive_field"].count == 3
    assert by_id["salesforce.sensitive_field"].label == Label.PRIVILEGED
    assert by_id["salesforce.custom_field"].count == 1  # Region__c only: not counted twice
    assert result.label == Label.PRIVILEGED


def test_sensitive_field_label_comes_from_the_policy() -> None:
    result = Classifier({"Region__c": Label.INTERNAL}).classify(_pieces("Region__c"))
    assert [(f.detector, f.label) for f in result.findings] == [("salesforce.sensitive_field", Label.INTERNAL)]
    assert result.label == Label.INTERNAL


def test_org_ids_are_normalised_deduplicated_and_sorted() -> None:
    other = "00D000000000062"
    result = Classifier().classify(_pieces(f"{ORG18} {other}", f"{ORG15} sid={SESSION}"))
    assert result.org_ids == [other, ORG15]
    assert {f.detector for f in result.findings} == {"salesforce.org_id", "secret.salesforce_session"}


def test_classification_never_contains_matched_text() -> None:
    secrets = [OPENAI, AWS_KEY, AWS_SECRET, GITHUB, SESSION_TOKEN, JWT, "john@acme.com",
               "415-555-2671", "4111 1111 1111 1111", "123-45-6789", "DE89370400440532013000",
               ACCOUNT18, "Privileged and Confidential"]
    result = Classifier({"SSN__c": Label.CONFIDENTIAL}).classify(
        _pieces(" ".join(secrets) + f" SSN__c {SESSION}"), ("image",)
    )
    assert len(result.findings) == 13
    dumped = repr(result)
    assert not [s for s in secrets if s in dumped]
    assert "ssn__c" in dumped and ORG15 in dumped  # policy vocabulary is allowed
