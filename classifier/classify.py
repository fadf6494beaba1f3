"""The classifier facade: text pieces in, one `Classification` out.

Detectors run on each piece after Unicode normalisation (`classifier.normalize`); the
model (`classifier.model`), when present, scores the pieces joined by newlines, in
windows. The request's label is the highest of:

* every validated detector hit (a valid IBAN or API key is at least confidential, a
  policy's privileged field is privileged): a floor the model cannot lower;
* the model's label (`classifier.model.decide`, thresholds from the policy);
* (the model abstains on requests of fewer than MIN_MODEL_WORDS words: a handful of
  n-grams is no evidence for a bag-of-n-grams model, and its verdict there would be
  its class priors; the detectors still see every character)
* a cue detector (privilege and litigation phrases) whose label the model corroborates
  with P(>= that label) of at least `cue_corroboration` somewhere in the request: the
  phrases also appear in news, law-school questions and blank templates. Without a
  model, cues count like any other detector;
* a privilege *legend* (a privilege phrase that opens a line, as headers and subject
  lines carry it: `PRIVILEGED & CONFIDENTIAL`, `Anwaltlich vertraulich`) on a text the
  model reads as a sensitive communication, P(>= confidential) of at least
  LEGEND_CORROBORATION somewhere: a legend on real correspondence is strong evidence
  of privilege even where the text is too short for the model to see the advice in it;
  on a blank template, a news item or a footer of a routine e-mail the model reads the
  text as harmless and the legend stays a cue.

The label is the highest label among the findings; anything that could not be
inspected raises it to at least INTERNAL: what cannot be inspected is never public.
It is not raised further, so that a rule about personal data does not fire on a
screenshot; policies handle unseen content explicitly (`inspection: partial`), and a
protected request with unseen content leaves only where a rule allows that.

The score is the confidence that the request is at least as sensitive as its label
(for PUBLIC: that nothing in it is above public). Each detector has a prior confidence
that one hit is a true positive (`Detector.confidence`); the hits that carry the label
and the model's calibrated P(>= label) (`SensitivityModel.calibrated`) are independent
evidence, so score = 1 - prod(1 - each). A label that rests on a rule rather than on
evidence (PUBLIC with no model to ask; INTERNAL raised by uninspected content) has
score 1.0.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from classifier.classification import Classification, Finding, Label, ModelEvidence, TextPiece
from classifier.detectors import CUE_DETECTORS, DETECTORS, PRIVILEGE_MARKER, SENSITIVE_FIELD, Hit, scan
from classifier.model import SensitivityModel, Window, decide
from classifier.normalize import normalize

# Changes whenever detector logic (patterns, validators, tables, labels) changes, so that
# recorded verdicts can be traced to the logic that made them.
DETECTORS_VERSION = "detectors-5"
CLASSIFIER_VERSION = DETECTORS_VERSION  # the detectors alone; with a model, see Classifier.version
DEFAULT_CUE_CORROBORATION = 0.2
# Picked on the dev split and its legend hard negatives (docs/classifier-evaluation.md, "Model 3").
LEGEND_CORROBORATION = 0.5
# What may precede a legend on its line: indentation, quote marks of a reply, markdown,
# list bullets, brackets, and a subject-line prefix.
_LEGEND_PREFIX = re.compile(r"[\s>*#_|\-–—•\[(\"'«“]*(?:(?:subject|betreff|objet|asunto|onderwerp|re|aw|fw|fwd|tr)\s*:\s*)*"
                            r"[\s*_\[(\"'«“]*", re.IGNORECASE)
MIN_MODEL_WORDS = 16  # about one sentence

_NO_FIELDS: Mapping[str, Label] = MappingProxyType({})


def opens_line(text: str, start: int) -> bool:
    """Whether the hit at `start` opens its line (what a header or a subject line looks like)."""
    line_start = text.rfind("\n", 0, start) + 1
    return _LEGEND_PREFIX.fullmatch(text, line_start, start) is not None


def scan_text(text: str) -> list[Hit]:
    """The detectors' hits in `text` after Unicode folding, at offsets in `text` as sent
    (what findings report and redaction replaces)."""
    folded = normalize(text)
    hits = scan(folded.text)
    if folded.text is text:
        return hits
    return [hit._replace(start=folded.source(hit.start), end=folded.source(hit.end)) for hit in hits]


class Classifier:
    """Deterministic detectors over a request's text pieces, and optionally the model.

    `sensitive_fields` maps Salesforce custom field API names (matched case-insensitively)
    to the label a mention of that field carries; such a mention is reported as
    salesforce.sensitive_field instead of salesforce.custom_field. `thresholds` override
    the model's default thresholds per label.
    """

    version = DETECTORS_VERSION  # without a model; an instance with one names it too

    def __init__(self, sensitive_fields: Mapping[str, Label] = _NO_FIELDS, model: SensitivityModel | None = None,
                 thresholds: Mapping[Label, float] = _NO_FIELDS,  # type: ignore[assignment]
                 cue_corroboration: float = DEFAULT_CUE_CORROBORATION,
                 legend_corroboration: float = LEGEND_CORROBORATION) -> None:
        self._sensitive = {name.lower(): label for name, label in sensitive_fields.items()}
        self.model = model
        self.thresholds = {**(model.default_thresholds if model else {}), **thresholds}
        self.cue_corroboration = cue_corroboration
        self.legend_corroboration = legend_corroboration
        self.version = f"{DETECTORS_VERSION}+{model.version}" if model else DETECTORS_VERSION

    def classify(self, pieces: Sequence[TextPiece], uninspected: Sequence[str] = ()) -> Classification:
        return self.classify_hits(pieces, [scan_text(piece.text) for piece in pieces], uninspected)

    def classify_hits(
        self, pieces: Sequence[TextPiece], hits: Sequence[Sequence[Hit]], uninspected: Sequence[str] = (),
        model_decides_from: Label = Label.PUBLIC,
    ) -> Classification:
        """Classify pieces whose detector hits are known (`scan_text` of each piece's text):
        redaction keeps them all, where findings keep a bounded sample. A model verdict
        below `model_decides_from` does not count (the detectors still do)."""
        findings, fields, org_ids, legend = self._findings(pieces, hits)
        evidence, windows = (self._model(pieces) if self.model and pieces else (None, []))
        if evidence is not None and evidence.label < model_decides_from:
            evidence = replace(evidence, abstained=True)
        ordered = sorted(findings.values(), key=lambda f: (-f.label, f.detector))
        label, score, decided_by = self._verdict(ordered, evidence, windows, bool(uninspected), legend)
        return Classification(
            label=label,
            score=score,
            findings=ordered,
            sensitive_fields=sorted(fields),
            org_ids=sorted(org_ids),
            uninspected=list(uninspected),
            classifier_version=self.version,
            model=evidence,
            decided_by=decided_by,
        )

    def _findings(self, pieces: Sequence[TextPiece], hits: Sequence[Sequence[Hit]]
                  ) -> tuple[dict[str, Finding], set[str], set[str], bool]:
        """Findings by detector, the sensitive field names, the org ids seen, and whether
        a privilege phrase stands as a legend (opens a line)."""
        findings: dict[str, Finding] = {}
        fields: set[str] = set()
        org_ids: set[str] = set()
        legend = False
        for piece, piece_hits in zip(pieces, hits):
            for hit in piece_hits:
                legend = legend or (hit.detector == PRIVILEGE_MARKER and opens_line(piece.text, hit.start))
                # A custom field the policy lists counts as a sensitive field, with the
                # policy's label, and not as a custom field.
                if hit.field_name is not None and (field := hit.field_name.lower()) in self._sensitive:
                    detector, label = SENSITIVE_FIELD, self._sensitive[field]
                    fields.add(field)
                else:
                    detector, label = hit.detector, DETECTORS[hit.detector].label
                if hit.org_id is not None:
                    org_ids.add(hit.org_id)
                finding = findings.get(detector)
                if finding is None:
                    finding = findings[detector] = Finding(detector, label)
                elif label > finding.label:
                    finding.label = label
                finding.add(piece.where, hit.start, hit.end)
        return findings, fields, org_ids, legend

    def _model(self, pieces: Sequence[TextPiece]) -> tuple[ModelEvidence, list[Window]]:
        assert self.model is not None
        text = "\n".join(p.text for p in pieces)
        if len(text.split(None, MIN_MODEL_WORDS)) < MIN_MODEL_WORDS:
            evidence = ModelEvidence(Label.PUBLIC, 0.0, 0, 0, 0, len(text), tuple(p.where for p in pieces),
                                     self.model.digest, abstained=True)
            return evidence, []
        windows = self.model.score(text)
        verdict = decide(windows, self.thresholds, self.model.calibrated)
        chosen = windows[verdict.window]
        bounds, offset = [], 0
        for piece in pieces:
            bounds.append((offset, offset + len(piece.text), piece.where))
            offset += len(piece.text) + 1
        start, end = chosen.start, chosen.end  # (each counts the characters before it: read once)
        where = tuple(w for a, b, w in bounds if a < end and b >= start)
        evidence = ModelEvidence(verdict.label, verdict.score, verdict.window, len(windows), start, end, where,
                                 self.model.digest)
        return evidence, windows

    def _verdict(self, findings: Sequence[Finding], evidence: ModelEvidence | None, windows: list[Window],
                 uninspected: bool, legend: bool) -> tuple[Label, float, str]:
        def corroborated(f: Finding) -> bool:
            if not windows or f.detector not in CUE_DETECTORS:
                return True
            if max(w.at_least(f.label) for w in windows) >= self.cue_corroboration:
                return True
            return (legend and f.detector == PRIVILEGE_MARKER
                    and max(w.at_least(Label.CONFIDENTIAL) for w in windows) >= self.legend_corroboration)

        counted = [f for f in findings if corroborated(f)]
        if evidence is not None and evidence.abstained:
            evidence = None  # counts as no model: the detectors decide
        floor = max((f.label for f in counted), default=Label.PUBLIC)
        model_label = evidence.label if evidence else Label.PUBLIC
        label = max(floor, model_label)
        if uninspected and label < Label.INTERNAL:
            return Label.INTERNAL, 1.0, "uninspected"
        if label == Label.PUBLIC:
            return Label.PUBLIC, (evidence.score if evidence else 1.0), "model" if evidence else "default"
        # Independent evidence for the label: the detectors' hits and the model's window.
        at_label = [f for f in counted if f.label == label]
        miss = math.prod((1.0 - DETECTORS[f.detector].confidence) ** f.count for f in at_label)
        if evidence is not None and self.model is not None:
            miss *= 1.0 - self.model.calibrated(label, max(w.at_least(label) for w in windows))
        if at_label:
            decided_by = "detector:" + at_label[0].detector
        else:
            decided_by = "model"
        return label, 1.0 - miss, decided_by
