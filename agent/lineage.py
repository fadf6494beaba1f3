"""Record-level lineage: which Salesforce records a request carried, as keyed hashes.

An event's `records` lists, for each Salesforce record id the classifier found, the
object type (from the id's key prefix: 500 is a Case, 003 a Contact, ...) and the id's
keyed hash (`agent.pseudonym`). `embargo audit find --record ID` hashes the id it is
given the same way and looks for it. Bounded: the classifier keeps the locations of at
most `Finding.MAX_SPANS` ids per request, so a bulk dump is listed in part (its
`salesforce.record_id` count still says how many there were).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from agent.pseudonym import Pseudonymizer
from classifier.classification import Classification, TextPiece
from classifier.detectors import RECORD_ID
from classifier.validators import SALESFORCE_KEY_PREFIXES


def object_type(record_id: str) -> str:
    prefix = record_id[:3]
    if prefix in SALESFORCE_KEY_PREFIXES:
        return SALESFORCE_KEY_PREFIXES[prefix]
    return f"custom object ({prefix})" if prefix.startswith("a") else f"unknown ({prefix})"


@lru_cache(maxsize=4)
def _pseudonymizer(key: bytes) -> Pseudonymizer:
    return Pseudonymizer(key)


def record_refs(texts: list[TextPiece], classification: Classification, key: bytes) -> list[dict[str, Any]]:
    """`[{"object": "Case", "hash": "r:..."}]` for the record ids found, each once."""
    by_where = {piece.where: piece.text for piece in reversed(texts)}
    pseudonyms = _pseudonymizer(key)
    out: dict[str, dict[str, Any]] = {}
    hashed: set[str] = set()  # a request tends to name the same record again and again: one HMAC each
    for finding in classification.findings:
        if finding.detector != RECORD_ID:
            continue
        for span in finding.spans:
            record_id = by_where.get(span.where, "")[span.start:span.end]
            if len(record_id) in (15, 18) and record_id not in hashed:
                hashed.add(record_id)
                digest = pseudonyms.record(record_id)
                out.setdefault(digest, {"object": object_type(record_id), "hash": digest})
    return list(out.values())
