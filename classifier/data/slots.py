"""Slot values drawn per generated text: one name, company, amount... per text, reused
by every sentence that names it, so that a text reads as one document."""

from __future__ import annotations

import random
import string

from classifier import validators as v
from classifier.data import vocab

_AMOUNT_FORMATS = {
    "en": lambda n: f"${n:,}",
    "de": lambda n: f"{n:,} €".replace(",", "."),
    "fr": lambda n: f"{n:,} €".replace(",", "\u202f"),
    "es": lambda n: f"{n:,} €".replace(",", "."),
    "nl": lambda n: f"€ {n:,}".replace(",", "."),
}
_MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
}
_ID_ALPHABET = string.ascii_letters + string.digits


def salesforce_id(rng: random.Random, prefix: str) -> str:
    """An 18-character id with a valid checksum (what SOQL results carry)."""
    body = prefix + "5g" + "0" + "".join(rng.choice("0123456789") for _ in range(2)) + "".join(
        rng.choice(_ID_ALPHABET) for _ in range(7))
    return body + v.salesforce_checksum(body)


class Slots(dict):
    """`str.format_map` source: draws a value the first time a slot is used in a text."""

    def __init__(self, rng: random.Random, lang: str, names: str = "generator"):
        """`names`: the `vocab.NAME_SETS` entry people, companies and places come from."""
        super().__init__()
        self.rng, self.lang, self.names = rng, lang, names
        self._name_set = vocab.NAME_SETS[names]

    def __missing__(self, key: str) -> str:
        value = self[key] = self._draw(key.rstrip("0123456789"))
        return value

    def _pick(self, table: dict[str, list[str]]) -> str:
        return self.rng.choice(table[self.lang])

    def _draw(self, kind: str) -> str:  # noqa: C901 - one branch per slot kind
        rng, lang = self.rng, self.lang
        if kind in vocab.NAMED_KINDS:
            return self._pick(self._name_set[kind])
        if kind == "initials":  # how safety reports and case notes name a patient
            return f"{self._pick(self._name_set['first'])[0]}. {self._pick(self._name_set['last'])[0].upper()}."
        if kind == "name":
            return f"{self._pick(self._name_set['first'])} {self._pick(self._name_set['last'])}"
        if kind == "court":
            return self._pick(vocab.COURTS)
        if kind == "regulator":
            return self._pick(vocab.REGULATORS)
        if kind == "topic":
            return self._pick(vocab.TOPICS_PUBLIC)
        if kind == "product":
            return rng.choice(vocab.PRODUCTS)
        if kind == "industry":
            return rng.choice(vocab.INDUSTRIES)
        if kind == "stage":
            return rng.choice(vocab.STAGES)
        if kind == "status":
            return rng.choice(vocab.CASE_STATUSES)
        if kind == "field":
            return rng.choice(vocab.CUSTOM_FIELDS)
        if kind == "sfield":
            return rng.choice(vocab.SENSITIVE_CUSTOM_FIELDS)
        if kind == "amount":
            return _AMOUNT_FORMATS[lang](rng.choice([12, 45, 80, 150, 240, 600, 1250, 3400]) * 1000
                                         + rng.randrange(0, 1000) * 10)
        if kind == "pct":
            return f"{rng.randrange(3, 40)}%"
        if kind == "n":
            return str(rng.randrange(2, 60))
        if kind == "year":
            return str(rng.randrange(2019, 2027))
        if kind == "date":
            return f"{rng.randrange(1, 29)} {rng.choice(_MONTHS[lang])} {rng.randrange(2023, 2027)}"
        if kind == "email":
            first = self["first"].lower().translate(str.maketrans("éèëçñüöäí", "eeecnuoai"))
            return f"{first}.{self['last'].split()[-1].lower().translate(str.maketrans('éèëçñüöäí', 'eeecnuoai'))}@{rng.choice(self._name_set['mail_domain'])}"
        if kind == "phone":
            return rng.choice([f"+44 20 7946 {rng.randrange(1000, 9999)}", f"+49 30 {rng.randrange(1000000, 9999999)}",
                               f"+33 1 {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}",
                               f"+34 612 {rng.randrange(100, 999)} {rng.randrange(100, 999)}",
                               f"+31 6 {rng.randrange(10000000, 99999999)}"])
        if kind == "acct":
            return salesforce_id(rng, "001")
        if kind == "contact":
            return salesforce_id(rng, "003")
        if kind == "opp":
            return salesforce_id(rng, "006")
        if kind == "case":
            return salesforce_id(rng, "500")
        if kind == "caseno":
            return f"{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}"
        if kind == "uuid":
            return "-".join("".join(rng.choice("0123456789abcdef") for _ in range(k)) for k in (8, 4, 4, 4, 12))
        if kind == "sha":
            return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((7, 40, 64))))
        if kind == "docemail":
            return rng.choice(["john@example.com", "jane.doe@example.org", "user@example.net", "test@test.example"])
        if kind == "dockey":
            return rng.choice(["AKIAIOSFODNN7EXAMPLE", "sk-xxxxxxxxxxxxxxxxxxxxxxxx", "YOUR_API_KEY",
                               "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "<your-token-here>"])
        if kind == "docphone":
            return f"(555) 01{rng.randrange(0, 99):02d}"  # reserved for fiction
        if kind == "ph":
            return rng.choice(["[CLIENT NAME]", "[COMPANY]", "{{client_name}}", "<Name>", "[DATE]", "XXXX",
                               "[Party A]", "{{account.Name}}", "[AMOUNT]"])
        raise KeyError(kind)
