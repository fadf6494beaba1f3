"""One request's inspection: decode the body, parse it into the neutral form, classify it.

A pure function of its job, so that it can run in a worker process (the proxy keeps its
event loop free), in `embargo classify` and in `embargo policy test` alike.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from addons import errors
from addons.decoding import BodyTooLarge, CorruptBody, UnsupportedEncoding, decode_body
from addons.jsonbytes import json_bytes
from addons.providers import adapter_for
from addons.providers.base import AdapterError
from agent.lineage import record_refs
from addons.redaction import Redaction, RedactionImpossible, RedactionSpec, drop_fields, redact_body, values_to_replace
from agent.policy.model import ClassifierSettings, FieldFilter
from classifier.classification import Classification, Label, TextPiece
from classifier.classify import DEFAULT_CUE_CORROBORATION, Classifier, scan_text
from classifier.detectors import Hit
from classifier.model import ModelError, load_model, model_path


@dataclass(frozen=True, slots=True)
class InspectionJob:
    method: str
    path: str
    content_type: str
    content_encoding: str | None
    body: bytes
    api_format: str | None
    sensitive_fields: tuple[tuple[str, Label], ...]
    max_body: int
    # The policy's field filters: JSON fields removed before the request leaves, for the
    # filters that apply to this provider and (once parsed) operation.
    provider: str = ""
    field_filters: tuple[FieldFilter, ...] = ()
    record_key: bytes = b""  # pseudonymisation key: Salesforce record ids become keyed hashes
    # Set when the policy can redact: the body is also rewritten with placeholders, in
    # case the decision is `redact` (see addons.redaction for why it is done here).
    redaction: RedactionSpec | None = None
    classifier: ClassifierSettings = ClassifierSettings()


@dataclass(frozen=True, slots=True)
class RequestFacts:
    """What the proxy needs of the parsed request: not its texts, which stay in the worker."""

    provider_format: str
    operation: str
    model: str | None
    stream: bool


@dataclass(slots=True)
class Inspection:
    request: RequestFacts
    classification: Classification
    filtered_body: bytes | None = None  # identity-encoded body with fields removed, if any were
    records: list[dict[str, Any]] | None = None  # Salesforce records carried, as keyed hashes (agent.lineage)
    # The placeholder rewrite (or why there is none) when the job asked for one. Holds the
    # originals: it never goes into an event, a log or an exception.
    redaction: Redaction | RedactionImpossible | None = field(default=None, repr=False)


class InspectionError(Exception):
    """The request cannot be inspected as sent; the client gets `kind`'s error."""

    def __init__(self, code: str, kind: errors.ErrorKind, message: str):
        super().__init__(code, kind, message)  # all of them: it crosses the worker-process boundary
        self.code = code
        self.kind = kind
        self.message = message

    def __str__(self) -> str:
        return self.message


@lru_cache(maxsize=8)
def classifier_for(sensitive_fields: tuple[tuple[str, Label], ...], settings: ClassifierSettings) -> Classifier:
    """The classifier a policy asks for; the model is loaded once per process. Raises
    InspectionError if the model is wanted and cannot be loaded: the request fails closed."""
    path = model_path() if settings.model else None
    try:
        model = load_model(path) if path else None
    except ModelError as err:
        raise InspectionError("model_unavailable", errors.INSPECTION_FAILED,
                              "Embargo's classifier model is unavailable") from err
    cue = DEFAULT_CUE_CORROBORATION if settings.cue_corroboration is None else settings.cue_corroboration
    return Classifier(dict(sensitive_fields), model, dict(settings.thresholds), cue)


def inspect(job: InspectionJob) -> Inspection:
    """Decode, parse and classify one request body. Raises InspectionError."""
    try:
        body = decode_body(job.content_encoding, job.body, job.max_body)
    except BodyTooLarge:
        raise InspectionError(
            "body_too_large", errors.TOO_LARGE, f"request body exceeds Embargo's inspection limit of {job.max_body} bytes"
        ) from None
    except UnsupportedEncoding:
        raise InspectionError(
            "unsupported_encoding", errors.UNSUPPORTED_ENCODING, "request body has a content-encoding Embargo cannot decode"
        ) from None
    except CorruptBody:
        raise InspectionError("corrupt_body", errors.BAD_REQUEST, "request body could not be decompressed") from None
    try:
        request = adapter_for(job.api_format).parse(job.method, job.path, job.content_type, body)
    except AdapterError as err:
        raise InspectionError("malformed_request", errors.BAD_REQUEST, str(err)) from None
    uninspected = [u.kind for u in request.uninspected]
    classifier = classifier_for(job.sensitive_fields, job.classifier)
    hits = [scan_text(piece.text) for piece in request.texts]
    classification = classifier.classify_hits(request.texts, hits, uninspected)
    remove = tuple(p for f in job.field_filters if f.applies(job.provider, request.operation) for p in f.remove)
    filtered = _remove_fields(body, remove) if remove else None
    facts = RequestFacts(request.provider_format, request.operation, request.model, request.stream)
    records = record_refs(request.texts, classification, job.record_key) if job.record_key else None
    inspection = Inspection(facts, classification, filtered, records or None)
    if job.redaction:
        inspection.redaction = _redact(job.redaction, body, request.texts, hits, uninspected, remove, classifier)
    return inspection


def _redact(spec: RedactionSpec, body: bytes, pieces: list[TextPiece], hits: list[list[Hit]], uninspected: list[str],
            remove: tuple[str, ...], classifier: Classifier) -> Redaction | RedactionImpossible:
    """The placeholder rewrite of the body, and the rewritten request classified again."""
    values = values_to_replace(pieces, hits, spec)
    if not values and not spec.fields:  # a redact decision could only fall back: spare the rewrite
        return RedactionImpossible("nothing_redactable")
    try:
        redaction, rewrite = redact_body(body, values, spec, remove)
    except RedactionImpossible as err:
        return err
    # The pieces as they leave: only rewritten ones are scanned again. (A piece that is a
    # serialised JSON value and a value JSON escapes would keep its hit here although the
    # body lost it: conservative.) What is left is judged by the detectors (a sensitive
    # field name, an identifier not redacted) and by the model only where it reads the text
    # as privileged: the model reads topics, not identifiers, so a pseudonymised support
    # ticket still sounds confidential to it, which is what redaction lets leave.
    residual_pieces, residual_hits = [], []
    for piece, piece_hits in zip(pieces, hits):
        text = rewrite(piece.text)
        residual_pieces.append(piece if text is piece.text else TextPiece(text, piece.where, piece.role, piece.message_index))
        residual_hits.append(piece_hits if text is piece.text else scan_text(text))
    redaction.residual = classifier.classify_hits(residual_pieces, residual_hits, uninspected,
                                                  model_decides_from=Label.PRIVILEGED)
    return redaction


def _remove_fields(body: bytes, paths: tuple[str, ...]) -> bytes | None:
    """The body without the given JSON fields, or None if none of them is present."""
    keys = {p.split(".", 1)[0] for p in paths}
    if not re.search(rb'"(?:%s)"\s*:' % b"|".join(re.escape(k.encode()) for k in keys), body):
        return None  # cheap pre-check: most requests carry none of these fields as keys
    try:
        data: Any = json.loads(body)
    except ValueError:
        return None
    if not drop_fields(data, paths):
        return None
    return json_bytes(data)
