"""Redaction: confidential values in a request become stable, typed placeholders.

A placeholder is `[[TYPE_hash]]`: TYPE says what was there (EMAIL, PHONE, IBAN, ...) so
that the model can still reason about it, and the hash is an HMAC-SHA256 of type and value
under the tenant's key, truncated to 12 hex digits. The same value therefore gets the same
placeholder in every turn, tool call, tool result and separate request of that tenant (HTTP
carries no conversation id, and clients resend the restored history), yet nobody without
the key can compute or reverse it.

It runs in the inspection worker, next to the parsed text and the detector hits, for every
request of a policy that can redact (whether the policy then redacts is decided after):
the body is parsed once, the event loop never touches payload text, and the rewrite comes
back with the worker's answer. `settle` then carries out a `redact` decision in the proxy.

What is replaced: every hit of a redactable detector, overlapping hits resolved
deterministically (longest first, then the detector's confidence, then its id), and then
every occurrence of each such value in every string and key of the JSON body. Only JSON
bodies can be rewritten; anything else falls back (see `settle`).
"""

from __future__ import annotations

import bisect
import hashlib
import hmac
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from fnmatch import fnmatchcase
from functools import lru_cache
from typing import Any

from addons.jsonbytes import json_bytes
from addons.restore import RestoreMap
from agent.policy.engine import Decision, RequestContext
from agent.policy.model import Policy
from classifier.classification import Classification, TextPiece
from classifier.detectors import DETECTORS, Hit

HASH_DIGITS = 12  # 48 bits: collisions are detected per request, and fall back rather than mix values up

# Detectors whose matches are vocabulary or context rather than a value: replacing them
# would not remove what they signal (a field name, "attorney-client privileged").
UNREDACTABLE = ("legal.*", "salesforce.custom_field", "salesforce.sensitive_field")


def redactable(detector: str, patterns: Sequence[str]) -> bool:
    return any(fnmatchcase(detector, p) for p in patterns) and not any(fnmatchcase(detector, p) for p in UNREDACTABLE)


@lru_cache(maxsize=32)
def _redactable_set(patterns: tuple[str, ...]) -> frozenset[str]:
    return frozenset(d for d in DETECTORS if redactable(d, patterns))


FIELD = "field."  # the "detector" of a value taken from a field named in `redaction.fields`


def type_name(detector: str) -> str:
    """The placeholder type of a detector (pii.email -> EMAIL, salesforce.record_id ->
    RECORD_ID) or field (field.metadata.customer_email -> CUSTOMER_EMAIL)."""
    name = re.sub(r"[^A-Z0-9_]", "_", detector.rpartition(".")[2].upper())
    return (name if name[:1].isalpha() else "F" + name)[:32]


def placeholder(secret: bytes, kind: str, value: str, digits: int = HASH_DIGITS) -> str:
    # A redacted field's value may hold a lone surrogate (a JSON "\\ud800"): it must hash, not raise.
    digest = hmac.new(secret, f"{kind}\0{value}".encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()
    return f"[[{kind}_{digest[:digits]}]]"


@dataclass(frozen=True, slots=True)
class RedactionSpec:
    """What the worker needs to redact: the tenant's key and the policy's redaction settings."""

    tenant: str
    secret: bytes = field(repr=False)
    detectors: tuple[str, ...]
    never_restore: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    digits: int = HASH_DIGITS


@dataclass(slots=True)
class Redaction:
    """The rewritten body and what restoring the answer needs. Never logged: the map holds
    the originals, and `repr` shows counts only."""

    body: bytes = field(repr=False)
    restore: RestoreMap
    replaced: dict[str, int]          # placeholder type -> distinct values replaced
    occurrences: int                  # strings rewritten in the body
    residual: Classification | None = None  # the rewritten request, classified again


class RedactionImpossible(Exception):
    """This request cannot be redacted; `code` says why (never which value)."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def may_redact(policy: Policy, provider: str, endpoint_id: str, jurisdiction: str | None) -> bool:
    """Whether an enforcing redact rule of the policy could match requests to this endpoint
    (`jurisdiction` None: decided per request, so any). Requests no redact rule can reach
    are not rewritten in advance. Conditions on the content or the client are not checked."""
    return any(
        rule.action == "redact" and rule.mode == "enforce"
        and (rule.match.provider is None or rule.match.provider.matches(provider))
        and (rule.match.endpoint is None or rule.match.endpoint.matches(endpoint_id))
        and (rule.match.jurisdiction is None or jurisdiction is None or rule.match.jurisdiction.matches(jurisdiction))
        for rule in policy.rules
    )


# --- choosing what to replace --------------------------------------------------------------


def select_hits(hits: Sequence[Hit], patterns: Sequence[str]) -> list[Hit]:
    """The redactable hits of one text, without overlaps: longest first, then the detector's
    confidence, then its id, then position."""
    allowed = _redactable_set(tuple(patterns))
    candidates = sorted(
        (h for h in hits if h.detector in allowed),
        key=lambda h: (h.start - h.end, -DETECTORS[h.detector].confidence, h.detector, h.start),
    )
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[Hit] = []
    for hit in candidates:
        i = bisect.bisect_right(starts, hit.start)
        if (i > 0 and ends[i - 1] > hit.start) or (i < len(starts) and starts[i] < hit.end):
            continue
        starts.insert(i, hit.start)
        ends.insert(i, hit.end)
        chosen.append(hit)
    return chosen


def field_values(data: Any, paths: Sequence[str]) -> dict[str, str]:
    """Value -> "field.<path>" for the string values at the dotted paths of a parsed body."""
    found: dict[str, str] = {}
    for path in paths:
        node = data
        for key in path.split("."):
            node = node.get(key) if isinstance(node, dict) else None
        if isinstance(node, str) and node.strip():
            found.setdefault(node, FIELD + path)
    return found


def values_to_replace(pieces: Sequence[TextPiece], hits: Sequence[Sequence[Hit]], spec: RedactionSpec) -> dict[str, str]:
    """Original value -> detector, for every selected hit of every piece. A value hit by
    several detectors takes its strongest hit's."""
    best: dict[str, tuple[tuple, str]] = {}
    for piece, piece_hits in zip(pieces, hits):
        for hit in select_hits(piece_hits, spec.detectors):
            value = piece.text[hit.start:hit.end]
            if value.startswith("(") and ")" not in value:
                value = value[1:]  # "(+1 212 736 0182)": the phone's span takes the opening bracket only
            if not value.strip():
                continue
            rank = (hit.start - hit.end, -DETECTORS[hit.detector].confidence, hit.detector)
            if value not in best or rank < best[value][0]:
                best[value] = (rank, hit.detector)
    return {value: detector for value, (_, detector) in best.items()}


# --- rewriting the body -------------------------------------------------------------------


def _rewrite_strings(data: Any, rewrite: Callable[[str], str]) -> int:
    """Rewrite every string and key, in place; returns the number of strings changed.
    Iterative: attacker-controlled depth is no recursion."""
    changed = 0

    def sub(text: str) -> str:
        nonlocal changed
        new = rewrite(text)
        changed += new is not text
        return new

    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            items = list(node.items())
            node.clear()
            for key, value in items:
                node[sub(key)] = sub(value) if isinstance(value, str) else value
                if isinstance(value, (dict, list)):
                    stack.append(value)
        elif isinstance(node, list):
            for i, value in enumerate(node):
                if isinstance(value, str):
                    node[i] = sub(value)
                elif isinstance(value, (dict, list)):
                    stack.append(value)
    return changed


def _trie_pattern(words: Iterable[str]) -> str:
    """One regex matching any of the words, leftmost-longest, shaped as a prefix tree (with
    shared runs collapsed): thousands of values (a 256 KB export) match in one cheap pass,
    where a flat alternation would try every value at every position. Built over the sorted
    words without recursion: their number and shape are the client's."""
    ordered = sorted(set(words))
    done: dict[tuple[int, int], str] = {}
    # (lo, hi, depth): words[lo:hi] share their first `depth` characters.
    stack: list[tuple[int, int, int, tuple | None]] = [(0, len(ordered), 0, None)]
    while stack:
        lo, hi, depth, built = stack.pop()
        if built is not None:
            common, ends, groups = built
            branches = "|".join(done.pop((glo, ghi)) for glo, ghi in groups)
            done[(lo, hi)] = re.escape(common) + ("(?:" + branches + ")" + ("?" if ends else "") if groups else "")
            continue
        if hi - lo == 1:
            done[(lo, hi)] = re.escape(ordered[lo][depth:])
            continue
        common = os.path.commonprefix([ordered[lo][depth:], ordered[hi - 1][depth:]])
        split = depth + len(common)
        ends = len(ordered[lo]) == split  # sorted: a word that ends here comes first
        groups: list[tuple[int, int]] = []
        for i in range(lo + 1 if ends else lo, hi):
            if groups and ordered[i][split] == ordered[groups[-1][0]][split]:
                groups[-1] = (groups[-1][0], i + 1)
            else:
                groups.append((i, i + 1))
        stack.append((lo, hi, depth, (common, ends, groups)))
        stack.extend((glo, ghi, split, None) for glo, ghi in groups)
    return done[(0, len(ordered))] if ordered else "(?!)"


def drop_fields(data: Any, paths: Sequence[str]) -> bool:
    """Remove the dotted JSON fields from a parsed body, in place; True if any was there."""
    removed = False
    for path in paths:
        *parents, last = path.split(".")
        node = data
        for key in parents:
            node = node.get(key) if isinstance(node, dict) else None
        if isinstance(node, dict) and last in node:
            del node[last]
            removed = True
    return removed


def redact_body(
    body: bytes, values: dict[str, str], spec: RedactionSpec, remove: Sequence[str] = ()
) -> tuple[Redaction, Callable[[str], str]]:
    """The JSON body with every value replaced (and `remove` fields dropped), with the
    restore map; and the replacement as a function of one text (the same object back when
    it holds no value).

    Raises RedactionImpossible: "not_json" (only JSON bodies are rewritten), "collision"
    (two values got one placeholder; they would be mixed up on restore).
    """
    try:
        data = json.loads(body)
    except ValueError:
        raise RedactionImpossible("not_json") from None
    if not isinstance(data, dict):
        raise RedactionImpossible("not_json")
    values = {**field_values(data, spec.fields), **values}  # a detected value keeps its detector's type
    if not values:
        raise RedactionImpossible("nothing_redactable")
    placeholders: dict[str, str] = {}
    originals: dict[str, str] = {}
    withheld: set[str] = set()
    for value, detector in sorted(values.items()):
        token = placeholder(spec.secret, type_name(detector), value, spec.digits)
        if originals.setdefault(token, value) != value:
            raise RedactionImpossible("collision")
        placeholders[value] = token
        if any(fnmatchcase(detector, p) for p in spec.never_restore):
            withheld.add(token)
    restorable = {t: v for t, v in originals.items() if t not in withheld}
    pattern = re.compile(_trie_pattern(placeholders))

    def rewrite(text: str) -> str:
        new = pattern.sub(lambda m: placeholders[m.group(0)], text)
        return text if new == text else new

    drop_fields(data, remove)
    occurrences = _rewrite_strings(data, rewrite)
    rewritten = json_bytes(data)
    redaction = Redaction(rewritten, RestoreMap(restorable, frozenset(withheld)),
                          dict(Counter(type_name(d) for d in values.values())), occurrences)
    return redaction, rewrite


# --- carrying out a redact decision (in the proxy) ------------------------------------------------


@dataclass(slots=True)
class Settlement:
    """What happens to a request the policy wants redacted."""

    decision: Decision                 # redact (the rewrite goes out) or what replaced it
    redaction: Redaction | None        # set when the rewritten body goes out
    record: dict[str, Any]             # for the decision event: counts and codes, never values


def settle(
    decision: Decision,
    redaction: Redaction | RedactionImpossible | None,
    context: RequestContext,
    policy: Policy,
    decide: Callable[[RequestContext, Classification, Policy], Decision],
    tenant: str | None,
) -> Settlement:
    """Decide what a `redact` decision becomes.

    The rewritten request is decided again on its own classification (what actually
    leaves): if the policy allows it, it goes out redacted; if another rule blocks or
    redirects it, that rule decides; if it would still need redaction (something the
    redaction cannot remove, such as a privileged field name), the rule's fallback
    applies. A body that cannot be rewritten (signed, not JSON, placeholder collision)
    gets the fallback too.
    """
    record: dict[str, Any] = {"tenant": tenant}
    destination = context.destination
    if destination is not None and destination.signed_body:
        return _fallback(decision, "signed_body", record)
    if isinstance(redaction, RedactionImpossible):
        return _fallback(decision, redaction.code, record)
    if redaction is None or redaction.residual is None:  # no spec: the proxy checks the key first
        return _fallback(decision, "nothing_redactable", record)
    record.update(replaced=dict(sorted(redaction.replaced.items())), occurrences=redaction.occurrences,
                  withheld=len(redaction.restore.withheld), residual_label=str(redaction.residual.label))
    after = decide(context, redaction.residual, policy)
    if after.enforced_action == "redact":
        return _fallback(decision, "residual", record)
    if after.enforced_action != "allow":
        record.update(outcome="decided_again", rule=after.rule_id)
        return Settlement(after, None, record)
    record.update(outcome="redacted")
    return Settlement(decision, redaction, record)


def _fallback(decision: Decision, code: str, record: dict[str, Any]) -> Settlement:
    fallback = decision.fallback or "block"
    record.update(outcome="fallback", reason=code, fallback=fallback)
    message = f"{decision.message} (the request could not be redacted: {code.replace('_', ' ')})"
    reasons = (*decision.reasons, f"redaction not possible ({code}); fallback {fallback}")
    return Settlement(replace(decision, action=fallback, reasons=reasons, message=message), None, record)
