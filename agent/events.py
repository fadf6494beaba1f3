"""The decision event: one schema for every decision, rendered by every sink.

An event says who sent what kind of request where, what the classifier found (detector
ids, counts and locations — never the text), what the policy decided and why. It never
holds payload text, matched values, query strings, headers or credentials.

Schema `embargo.decision/1`; later versions add fields, they do not rename or drop them.
"""

from __future__ import annotations

import os
import secrets
import socket
import uuid
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from functools import cache
from typing import Any

from agent.catalog import Destination
from agent.policy.engine import Decision, Identity
from agent.policy.model import Policy
from classifier.classification import Classification, ModelEvidence
from classifier.classify import DETECTORS_VERSION

SCHEMA = "embargo.decision/1"
# Records whose data went (or would have gone) to the destination: a request, a message a
# client sent on a WebSocket. With `connect` (a tunnel), the phases that carry a policy
# decision; `response` completes a request's record.
DATA_PHASES = frozenset({"request", "message"})
DECISION_PHASES = DATA_PHASES | {"connect"}
_INCIDENT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read out over the phone


def new_incident_id() -> str:
    """A short, unguessable id a user can quote to the security team."""
    chars = "".join(secrets.choice(_INCIDENT_ALPHABET) for _ in range(12))
    return f"EMB-{chars[:4]}-{chars[4:8]}-{chars[8:]}"


def node_name() -> str:
    return os.environ.get("EMBARGO_NODE_NAME") or os.environ.get("NODE_NAME") or socket.gethostname()


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def record_time(timestamp: str | None) -> datetime | None:
    """A record's `time` (as `utc_now` writes it) as an aware datetime; None if it has none."""
    return datetime.fromisoformat(timestamp.replace("Z", "+00:00")) if timestamp else None


def unix_seconds(timestamp: str | None) -> float:
    """A record's `time` in seconds since the epoch; 0 if it has none."""
    parsed = record_time(timestamp)
    return parsed.timestamp() if parsed else 0.0


@dataclass(slots=True)
class RequestSummary:
    method: str
    path: str  # without the query string (Gemini and others carry keys there)
    operation: str | None = None
    api_format: str | None = None
    model: str | None = None
    stream: bool | None = None
    content_type: str | None = None
    content_encoding: str | None = None
    bytes_out: int = 0  # request body size as received from the client
    credential: str | None = None  # keyed hash of the provider API key (agent.pseudonym), never the key


@dataclass(slots=True)
class ResponseSummary:
    status: int
    bytes_in: int
    streamed: bool
    upstream_ms: float | None
    # Placeholders put back in the answer, left as they were (unknown: invented or mangled
    # by the model), and kept (types never restored). Counts only; None: nothing redacted.
    restore: dict[str, int] | None = None


@dataclass(slots=True)
class RedirectSummary:
    """A redirect to the on-node model: which model and weights answered (provenance), its
    health when the decision was taken, and (response phase) how the answer went."""

    model: str | None = None            # the name the local model was asked for
    served_model: str | None = None     # the model the server lists (GET /models)
    served_details: dict | None = None  # what it lists with it that identifies the weights (digest, root, size, ...)
    weights_sha256: str | None = None   # of the weights file, when Embargo is told where it is
    route: str | None = None            # e.g. "anthropic messages -> chat/completions"
    local_model_health: str | None = None  # up | down | unknown | unconfigured, at decision time
    refused: str | None = None          # why the request could not be redirected (it was blocked)
    outcome: str | None = None          # response phase: answered | unavailable | timeout | local_error | ...
    local_status: int | None = None     # the local model's HTTP status
    local_ms: float | None = None       # time spent with the local model


@dataclass(slots=True)
class GatewaySummary:
    """How a gateway caller was authenticated and routed (schema addition: `gateway`)."""

    route: str | None
    auth: str | None = None        # token | mtls; None when authentication failed
    credential: str | None = None  # token id, or the client certificate's SHA-256; never the token
    caller_key: str = "none"       # a provider key the caller sent: none | forwarded | replaced | refused


@dataclass(slots=True)
class DecisionEvent:
    phase: str  # connect | request | response
    node: str
    workload: Identity
    host: str
    destination: Destination | None
    decision: Decision | None
    policy: Policy | None = field(repr=False, default=None)
    request: RequestSummary | None = None
    classification: Classification | None = None
    response: ResponseSummary | None = None
    flow_id: str | None = None
    incident_id: str | None = None
    error: str | None = None  # a stable code such as "body_too_large", never a message with data
    inspection_ms: float | None = None  # latency Embargo added before the request could leave
    records: list[dict[str, Any]] | None = None  # Salesforce records carried: object type + keyed hash
    redirect: RedirectSummary | None = None
    # How a redact decision was carried out: tenant, placeholder types and counts, outcome
    # (redacted, fallback with its reason code, decided_again). Never values or placeholders.
    redaction: dict[str, Any] | None = None
    gateway: GatewaySummary | None = None  # set for requests that came through gateway mode
    time: str = field(default_factory=utc_now)
    event_id: str = field(default_factory=lambda: str(uuid.uuid4()))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema": SCHEMA,
            "event_id": self.event_id,
            "time": self.time,
            "phase": self.phase,
            "node": self.node,
            "flow_id": self.flow_id,
            "incident_id": self.incident_id,
            "workload": identity_record(self.workload),
            "host": self.host,
            "destination": flat(self.destination) if self.destination else None,
        }
        if self.request:
            out["request"] = flat(self.request)
        if self.classification:
            out["classification"] = classification_record(self.classification)
        if self.records:
            out["records"] = self.records
        if self.decision:
            out["decision"] = decision_record(self.decision)
        if self.policy:
            out["policy"] = {"name": self.policy.name, "version": self.policy.version, "sha256": self.policy.digest,
                             "classification_sha256": self.policy.classification_digest}
        if self.response:
            out["response"] = flat(self.response)
        if self.error:
            out["error"] = self.error
        if self.inspection_ms is not None:
            out["inspection_ms"] = round(self.inspection_ms, 3)
        if self.redirect:
            out["redirect"] = {k: v for k, v in flat(self.redirect).items() if v is not None}
        if self.redaction is not None:
            out["redaction"] = self.redaction
        if self.gateway:
            out["gateway"] = flat(self.gateway)
        return out


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def flat(record: Any) -> dict[str, Any]:
    """A dataclass of plain values as a dict: `asdict` without its recursive deep copy,
    which costs more than the rest of an event on the proxy's hot path."""
    return {name: getattr(record, name) for name in _field_names(type(record))}


def identity_record(identity: Identity) -> dict[str, Any]:
    """The proxy's view (client address, port, user; a gateway caller's tenant) and, under `embargo agent`, the kernel's
    (`kernel`: pid, comm, cgroup, container, pod; `attribution` says how far it went)."""
    out: dict[str, Any] = {"client_ip": identity.client_ip, "client_port": identity.client_port, "user": identity.user}
    if identity.tenant is not None:
        out["tenant"] = identity.tenant  # a gateway caller's
    if identity.kernel is not None:
        out["kernel"] = identity.kernel.to_dict()
    if identity.kernel_redirected:
        out["kernel_redirected"] = True  # protected because kernel enforcement sent it to the proxy
    return out


def classification_record(c: Classification) -> dict[str, Any]:
    return {
        "label": str(c.label),
        "score": round(c.score, 4),
        "findings": [
            {
                "detector": f.detector,
                "label": str(f.label),
                "count": f.count,
                "locations": [{"where": s.where, "start": s.start, "end": s.end} for s in f.spans],
            }
            for f in sorted(c.findings, key=lambda f: f.detector)
        ],
        "sensitive_fields": list(c.sensitive_fields),
        "org_ids": list(c.org_ids),
        "uninspected": list(c.uninspected),
        "classifier_version": c.classifier_version,
        # Provenance (added in embargo.decision/1 without renaming anything): which detector
        # set and which model file (sha256) made this verdict, and what decided it.
        "detectors_version": DETECTORS_VERSION,
        "model": model_record(c.model),
        "decided_by": c.decided_by,
    }


def model_record(m: ModelEvidence | None) -> dict[str, Any] | None:
    if m is None:
        return None
    return {"digest": m.digest, "label": str(m.label), "score": round(m.score, 4),
            "window": m.window, "windows": m.windows, "where": list(m.where), "abstained": m.abstained}


def decision_record(d: Decision) -> dict[str, Any]:
    return {
        "action": d.action,
        "enforced_action": d.enforced_action,
        "rule": d.rule_id,
        "mode": d.mode,
        "protected": d.protected,
        "reasons": list(d.reasons),
        "audit_matches": [{"rule": m.rule_id, "action": m.action} for m in d.audit_matches],
        **({"fallback": d.fallback} if d.fallback else {}),
    }
