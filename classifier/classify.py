"""The classifier facade: text pieces in, one `Classification` out.

The label is the highest label among the findings; anything that could not be
inspected raises it to at least INTERNAL: what cannot be inspected is never public.
It is not raised further, so that a rule about personal data does not fire on a
screenshot; policies handle unseen content explicitly (`inspection: partial`), and a
protected request with unseen content leaves only where a rule allows that.

The score is the confidence that the request is at least as sensitive as its label.
Each detector has a prior confidence that one hit is a true positive
(`Detector.confidence`); the hits that carry the label are independent evidence, so
score = 1 - prod((1 - confidence) ** count) over the findings at that label. A label
that rests on a rule rather than on evidence (PUBLIC: every request is at least public;
INTERNAL raised by uninspected content) has score 1.0.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from classifier.classification import Classification, Finding, Label, Span, TextPiece
from classifier.detectors import DETECTORS, SENSITIVE_FIELD, Hit, scan

# Changes whenever detector logic (patterns, validators, tables, labels) changes, so that
# recorded verdicts can be traced to the logic that made them.
CLASSIFIER_VERSION = "detectors-1"

_NO_FIELDS: Mapping[str, Label] = MappingProxyType({})


class Classifier:
    """Deterministic detectors over a request's text pieces.

    `sensitive_fields` maps Salesforce custom field API names (matched case-insensitively)
    to the label a mention of that field carries; such a mention is reported as
    salesforce.sensitive_field instead of salesforce.custom_field.
    """

    version = CLASSIFIER_VERSION

    def __init__(self, sensitive_fields: Mapping[str, Label] = _NO_FIELDS) -> None:
        self._sensitive = {name.lower(): label for name, label in sensitive_fields.items()}

    def classify(self, pieces: Sequence[TextPiece], uninspected: Sequence[str] = ()) -> Classification:
        return self.classify_hits(pieces, [scan(piece.text) for piece in pieces], uninspected)

    def classify_hits(
        self, pieces: Sequence[TextPiece], hits: Sequence[Sequence[Hit]], uninspected: Sequence[str] = ()
    ) -> Classification:
        """Classify pieces whose detector hits are known (`scan` of each piece's text):
        redaction keeps them all, where findings keep a bounded sample."""
        findings: dict[str, Finding] = {}
        sensitive_fields: set[str] = set()
        org_ids: set[str] = set()
        for piece, piece_hits in zip(pieces, hits):
            for hit in piece_hits:
                # A custom field the policy lists counts as a sensitive field, with the
                # policy's label, and not as a custom field.
                if hit.field_name is not None and (field := hit.field_name.lower()) in self._sensitive:
                    detector, label = SENSITIVE_FIELD, self._sensitive[field]
                    sensitive_fields.add(field)
                else:
                    detector, label = hit.detector, DETECTORS[hit.detector].label
                if hit.org_id is not None:
                    org_ids.add(hit.org_id)
                finding = findings.get(detector)
                if finding is None:
                    finding = findings[detector] = Finding(detector, label)
                finding.label = max(finding.label, label)
                finding.add(Span(piece.where, hit.start, hit.end))
        ordered = sorted(findings.values(), key=lambda f: (-f.label, f.detector))
        label, score = _verdict(ordered, bool(uninspected))
        return Classification(
            label=label,
            score=score,
            findings=ordered,
            sensitive_fields=sorted(sensitive_fields),
            org_ids=sorted(org_ids),
            uninspected=list(uninspected),
            classifier_version=CLASSIFIER_VERSION,
        )


def _verdict(findings: Sequence[Finding], uninspected: bool) -> tuple[Label, float]:
    evidence = max((f.label for f in findings), default=Label.PUBLIC)
    if uninspected and evidence < Label.INTERNAL:
        return Label.INTERNAL, 1.0
    if evidence == Label.PUBLIC:
        return Label.PUBLIC, 1.0
    miss = math.prod((1.0 - DETECTORS[f.detector].confidence) ** f.count
                     for f in findings if f.label == evidence)
    return evidence, 1.0 - miss
