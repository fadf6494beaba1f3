"""Scan throughput of the deterministic detectors on realistic prompt bodies.

Compares the combined single pass (`classifier.detectors`) with the naive design of
one regex per detector. The naive column counts only its regex passes, no validation,
so it is a lower bound of what that design would cost.

    .venv/bin/python bench/bench_detectors.py
"""

from __future__ import annotations

import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from classifier import detectors  # noqa: E402
from classifier.validators import salesforce_checksum  # noqa: E402

SIZES = (1024, 16 * 1024, 256 * 1024)

# What a straightforward implementation writes: one pattern per detector id.
_PRIVILEGE = (r"attorney[\s-]+client[\s-]+privileged|attorney[\s-]+work[\s-]+product|privileged\s+(?:and|&)\s+"
              r"confidential|prepared\s+at\s+the\s+(?:direction|request)\s+of\s+counsel|(?:subject\s+to|"
              r"protected\s+by)\s+(?:the\s+)?attorney[\s-]+client\s+privilege|confidential\s+legal\s+advice")
_LITIGATION = (r"(?:litigation|legal)\s+hold|settlement\s+(?:offer|agreement|amount|negotiations?)|without\s+"
               r"prejudice|depositions?|subpoena(?:s|ed)?|pending\s+litigation|draft\s+complaint|in\s+"
               r"anticipation\s+of\s+litigation")
NAIVE_PATTERNS = {
    "pii.email": r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\b",
    "pii.phone": r"(?<![\w.+-])(?:\+\d[\d ().-]{6,20}\d|\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}|0\d{1,4}[ /-]\d{2,8}"
                 r"(?:[ -]\d{2,4}){0,3})(?!\w)",
    "pii.iban": r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b",
    "pii.payment_card": r"\b(?:\d[ -]?){12,18}\d\b",
    "pii.us_ssn": r"\b\d{3}-\d{2}-\d{4}\b",
    "salesforce.record_id": r"\b[0-9a][0-9A-Za-z]{4}0[0-9A-Za-z]{9}(?:[A-Z0-5]{3})?\b",
    "salesforce.org_id": r"\b00D[0-9A-Za-z]{12}(?:[A-Z0-5]{3})?\b",
    "salesforce.custom_field": r"\b[A-Za-z]\w*__[cr]\b",
    "legal.privilege_marker": rf"(?i)\b(?:{_PRIVILEGE})\b",
    "legal.litigation_marker": rf"(?i)\b(?:{_LITIGATION})\b",
    "secret.openai_key": r"\bsk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}",
    "secret.anthropic_key": r"\bsk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{32,}",
    "secret.aws_access_key": r"\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b",
    "secret.aws_secret_key": r"(?i)(?:aws_?secret_?access_?key|secret_?key)[\"']?\s*[:=]\s*[\"']?[A-Za-z0-9/+]{40}",
    "secret.github_token": r"\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{40,})",
    "secret.slack_token": r"\bxox[abprs]-[A-Za-z0-9-]{20,}|hooks\.slack\.com/services/[A-Za-z0-9/]+",
    "secret.salesforce_session": r"\b00D[0-9A-Za-z]{12,15}![0-9A-Za-z._]{40,}",
    "secret.salesforce_refresh_token": r"\b5Aep861[0-9A-Za-z._]{40,}",
    "secret.private_key": r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----",
    "secret.jwt": r"\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*",
    "secret.bearer_token": r"(?i)\bbearer\s+[A-Za-z0-9._~+/!-]{20,}",
}
NAIVE = [re.compile(p) for p in NAIVE_PATTERNS.values()]

FIRST = ["Maria", "Tom", "Anna", "Luis", "Chen", "Priya", "Jonas", "Sofia", "Omar", "Emma"]
LAST = ["Garcia", "Becker", "Schmidt", "Rossi", "Nguyen", "Patel", "Dubois", "Jansen", "Kowalski"]
COMPANIES = ["globex.com", "initech.io", "umbrella.de", "acme-corp.fr", "hooli.nl", "vandelay.es"]
STAGES = ["Prospecting", "Qualification", "Proposal", "Negotiation", "Closed Won"]
NOTES = [
    "Discussed the renewal of the enterprise plan; they want a 12% discount for a three-year term.",
    "Procurement needs the security questionnaire before the end of the quarter.",
    "Champion moved to a new role, we should re-engage the economic buyer next week.",
    "Pilot went well, 40 seats live, expansion to the EMEA team expected in Q3.",
    "Concerns about data residency; asked whether processing can stay in the EU region.",
    "Pricing approved at $48,000/yr, contract redlines expected by 2024-04-12.",
]
SYSTEM = (
    "You are the sales assistant of our company. Answer using only the CRM records and notes "
    "below. Be concise, cite record ids, never invent figures, and flag missing data. If a "
    "question is outside the account's scope, say so. Format amounts in USD with thousands "
    "separators and dates as YYYY-MM-DD.\n\n"
)


def _sf_id(rng: random.Random, prefix: str) -> str:
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    id15 = prefix + "5g" + "0000" + "".join(rng.choice(alphabet) for _ in range(6))
    return id15 + salesforce_checksum(id15)


def _phone(rng: random.Random) -> str:
    return rng.choice([
        f"+1 ({rng.randint(201, 989)}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
        f"+49 30 {rng.randint(1000000, 99999999)}",
        f"+44 20 {rng.randint(7000, 8999)} {rng.randint(1000, 9999)}",
        f"0{rng.randint(1, 9)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
    ])


def _record(rng: random.Random) -> str:
    first, last, domain = rng.choice(FIRST), rng.choice(LAST), rng.choice(COMPANIES)
    contact, account = _sf_id(rng, "003"), _sf_id(rng, "001")
    return (
        f'{{"attributes": {{"type": "Contact", "url": "/services/data/v59.0/sobjects/Contact/{contact}"}}, '
        f'"Id": "{contact}", "AccountId": "{account}", "Name": "{first} {last}", '
        f'"Email": "{first.lower()}.{last.lower()}@{domain}", "Phone": "{_phone(rng)}", '
        f'"CreatedDate": "2024-0{rng.randint(1, 9)}-{rng.randint(10, 28)}T10:30:00.000+0000", '
        f'"StageName": "{rng.choice(STAGES)}", "Amount": {rng.randint(5, 900) * 1000}.0, '
        f'"Region__c": "EMEA", "Churn_Risk_Score__c": 0.{rng.randint(10, 99)}, '
        f'"Description": "{rng.choice(NOTES)}"}}\n'
    )


def _email(rng: random.Random) -> str:
    first, last, domain = rng.choice(FIRST), rng.choice(LAST), rng.choice(COMPANIES)
    return (
        f"From: {first} {last} <{first.lower()}@{domain}>\nSubject: Re: renewal\n\n"
        f"Hi team,\n\n{rng.choice(NOTES)} {rng.choice(NOTES)} Let me know if Thursday at 10:30 works, "
        f"otherwise any slot after 2024-05-02 is fine.\n\nBest regards,\n{first} {last}\n"
        f"Account Executive | {_phone(rng)}\n\n"
    )


def _notes(rng: random.Random) -> str:
    return " ".join(rng.choice(NOTES) for _ in range(rng.randint(3, 8))) + "\n\n"


# Three kinds of body: a dump of CRM records (dense: several findings per record), a
# conversation over call notes and e-mails (sparse: a signature now and then), and call
# notes alone (no e-mail address, no custom field: the scan leaves those rules out).
BODIES: dict[str, tuple[Callable[[random.Random], str], ...]] = {
    "records": (_record, _record, _email, _notes),
    "notes": (_notes, _notes, _notes, _email),
    "calls": (_notes,),
}


def prompt_body(kind: str, size: int, seed: int = 7) -> str:
    """A CRM assistant prompt of `size` characters: instructions, then parts of `kind`."""
    rng = random.Random(seed)
    parts, length = [SYSTEM], len(SYSTEM)
    while length < size:
        part = rng.choice(BODIES[kind])(rng)
        parts.append(part)
        length += len(part)
    return "".join(parts)[:size]


def _median_ms(fn: Callable[[], object], budget_s: float = 1.5) -> float:
    fn()  # warm up
    samples: list[float] = []
    deadline = time.perf_counter() + budget_s
    while len(samples) < 5 or (time.perf_counter() < deadline and len(samples) < 2000):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def _naive(text: str) -> int:
    return sum(1 for pattern in NAIVE for _ in pattern.finditer(text))


def _combined_regex(text: str) -> int:
    pattern, _ = detectors._scanner("@" in text, "__" in text)  # the one `scan` runs on this text
    return sum(1 for _ in pattern.finditer("\n" + text))


def main() -> None:
    print(f"{len(NAIVE)} naive patterns vs one combined pattern ({len(detectors._PATTERN.pattern)} chars)\n")
    print(f"{'body':>14} {'hits':>6} {'combined regex':>16} {'combined scan':>15} {'naive regexes':>15}"
          f" {'naive / combined':>17}")
    for kind in BODIES:
        for size in SIZES:
            text = prompt_body(kind, size)
            hits = len(detectors.scan(text))
            regex_ms = _median_ms(lambda: _combined_regex(text))
            scan_ms = _median_ms(lambda: detectors.scan(text))
            naive_ms = _median_ms(lambda: _naive(text))
            mb_s = size / 1e6 / (scan_ms / 1000)
            print(f"{kind:>7} {size // 1024:>4}KB {hits:>6} {regex_ms:>13.3f} ms {scan_ms:>12.3f} ms"
                  f" {naive_ms:>12.3f} ms {naive_ms / scan_ms:>16.1f}x   ({mb_s:.0f} MB/s full scan)")
    print("\ncombined regex = the one pass alone; combined scan = that pass and the validation of"
          " every candidate;\nnaive = one regex pass per detector, candidates only (no validation).")


if __name__ == "__main__":
    main()
