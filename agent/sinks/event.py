"""What the sinks render: one audit record (or one alert) with its severity and alerts.

Every sink renders the same `SiemEvent`. `kind` is `decision` for a decision record read
from the audit log (`record` is the record, `embargo.decision/1`) and `alert` for an
alert that belongs to no single record (a volume anomaly, a shared credential), whose
`record` is the alert's own summary. Neither ever holds payload text or secrets: records
carry detector ids and counts, alerts carry ids, counts and hashes.
"""

from __future__ import annotations

import json
from calendar import timegm
from dataclasses import dataclass, field
from enum import IntEnum
from functools import lru_cache
from typing import Any

from agent.events import SCHEMA, record_time, utc_now

PRODUCT = "Embargo"
VENDOR = "Embargo"
VERSION = "0.1.0"
# built once, not per message; ASCII-only output and no cycle check are the C encoder's fast path
_ENCODER = json.JSONEncoder(separators=(",", ":"), check_circular=False)


class Severity(IntEnum):
    INFO = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @classmethod
    def parse(cls, name: str) -> Severity:
        try:
            return cls[name.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {name!r} (expected one of: {', '.join(s.name.lower() for s in cls)})") from None

    def __str__(self) -> str:
        return self.name.lower()

    @property
    def cef(self) -> int:
        """CEF 0-10 (0-3 low, 4-6 medium, 7-8 high, 9-10 very high)."""
        return (1, 3, 5, 8, 10)[self]

    @property
    def syslog(self) -> int:
        """RFC 5424 severity: informational, notice, warning, error, critical."""
        return (6, 5, 4, 3, 2)[self]

    @property
    def ocsf(self) -> int:
        """OCSF severity_id: Informational 1 ... Critical 5."""
        return int(self) + 1


@dataclass(frozen=True, slots=True)
class Alert:
    rule: str  # alert rule id from the policy, or a built-in one (volume.*, credential.*)
    severity: Severity
    title: str  # fixed wording from the rule, never payload data


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to a request, for the formats' action/outcome fields.

    `action` is what was done (a redaction whose rewrite failed is its fallback action);
    `reached`: the request, possibly sanitised, went to its destination (allow, redact),
    or it did not (block, redirect: answered by the on-node model); `would`: in audit
    mode, what the deciding rule would have done had it been enforced."""

    action: str
    reached: bool
    would: str | None = None


@dataclass(slots=True)
class SiemEvent:
    kind: str  # decision | alert
    record: dict[str, Any]
    severity: Severity = Severity.INFO
    alerts: list[Alert] = field(default_factory=list)
    raw: bytes | None = None  # the record's line in the audit log (JSON), spliced in rather than re-serialised
    _facts: dict[str, tuple[str, ...]] | None = field(default=None, repr=False, compare=False)

    @property
    def decision(self) -> dict[str, Any]:
        return self.record.get("decision") or {}

    @property
    def destination(self) -> dict[str, Any]:
        return self.record.get("destination") or {}

    @property
    def outcome(self) -> Outcome | None:
        decision = self.decision
        action = decision.get("enforced_action")
        if not action:
            return None
        redaction = self.record.get("redaction") or {}
        if action == "redact" and redaction.get("outcome") == "fallback" and redaction.get("fallback"):
            action = str(redaction["fallback"])
        would = decision.get("action") if decision.get("mode") == "audit" and decision.get("action") != action else None
        return Outcome(action, action in ("allow", "redact"), would)

    @property
    def title(self) -> str:
        if self.alerts:
            return self.alerts[0].title
        action = self.decision.get("enforced_action")
        return f"{action} {self.record.get('phase', 'event')}" if action else str(self.record.get("phase", "event"))

    @property
    def signature(self) -> str:
        """A stable id of what happened: the first alert's rule, else the decision rule."""
        if self.alerts:
            return self.alerts[0].rule
        return str(self.decision.get("rule") or self.record.get("phase") or "event")

    def facts(self) -> dict[str, tuple[str, ...]]:
        """The values sink filters match on (all bounded vocabularies); computed once per event."""
        if self._facts is None:
            self._facts = self._compute_facts()
        return self._facts

    def _compute_facts(self) -> dict[str, tuple[str, ...]]:
        classification = self.record.get("classification") or {}
        return {
            "kind": (self.kind,),
            "phase": (str(self.record.get("phase", "")),),
            "action": (str(self.decision.get("enforced_action", "")),),
            "rule": (str(self.decision.get("rule", "")),),
            "provider": (str(self.destination.get("provider", "unlisted")),),
            "jurisdiction": (str(self.destination.get("jurisdiction", "unknown")),),
            "label": (str(classification.get("label", "none")),),
            "alert": tuple(a.rule for a in self.alerts),
        }


def alert_record(rule: str, severity: Severity, title: str, node: str, **details: Any) -> SiemEvent:
    """A standalone alert (no single audit record caused it)."""
    record = {"schema": SCHEMA, "phase": "alert", "time": utc_now(), "node": node, "alert": rule, **details}
    return SiemEvent("alert", record, severity, [Alert(rule, severity, title)])


def alert_details(record: dict[str, Any]) -> dict[str, Any]:
    """The fields of a standalone alert record beyond the common ones."""
    return {k: v for k, v in record.items() if k not in ("schema", "phase", "time", "node")}


def json_bytes(value: Any) -> bytes:
    """Compact UTF-8 JSON, as every sink sends it."""
    return _ENCODER.encode(value).encode()


@lru_cache(maxsize=64)  # several formats convert the same record's time
def epoch_ms(timestamp: str | None) -> int | None:
    parsed = record_time(timestamp)
    if parsed is None:
        return None
    return timegm(parsed.utctimetuple()) * 1000 + parsed.microsecond // 1000


def drop_none(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None}


def native_json(event: SiemEvent) -> bytes:
    """Embargo's own rendering, `{"kind", "severity", "alerts", "record"}`: the record as it
    is (its audit line, when read from the log), with the severity and alerts beside it."""
    head = json_bytes({
        "kind": event.kind,
        "severity": str(event.severity),
        "alerts": [{"rule": a.rule, "severity": str(a.severity), "title": a.title} for a in event.alerts],
    })
    record = event.raw if event.raw is not None else json_bytes(event.record)
    return b'%s,"record":%s}' % (head[:-1], record)
