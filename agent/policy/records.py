"""Decisions recorded in the audit log, turned back into engine inputs.

A `request` record carries who (workload), where (destination), what (operation) and
the classification (label, detector ids, sensitive field names, uninspected parts):
exactly what `decide` reads, and never the payload text. So a recorded decision can be
re-decided under another policy (`replay`, `diff`) with the pure engine, except where a
policy reads something the record cannot hold (see `Replayable.classified_with`).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from agent.catalog import Destination
from agent.events import DATA_PHASES, DECISION_PHASES
from agent.policy.engine import (
    FAIL_CLOSED, REFUSED_ADDRESS, Decision, Identity, RequestContext, admit, decide,
)
from agent.policy.model import Policy
from agent.workload import Workload
from classifier.classification import Classification, Finding, Label, Span

# Decisions taken outside the policy (inspection or recording failed, a refused address):
# another policy would not change them, and their records hold no classification.
NOT_POLICY_DECISIONS = {FAIL_CLOSED, REFUSED_ADDRESS}


@dataclass(frozen=True)
class Replayable:
    """One recorded decision, ready to be decided again."""

    seq: int
    time: str
    phase: str
    context: RequestContext
    classification: Classification | None  # None: a connection-level (admission) decision
    recorded: dict[str, Any]  # the record's `decision` block
    policy: dict[str, Any]  # the record's `policy` block: name, version, sha256, ...
    incident_id: str | None

    @property
    def classified_with(self) -> str | None:
        """Digest of the classifier inputs the record was made with (None in older records)."""
        return self.policy.get("classification_sha256")

    def decide(self, policy: Policy) -> Decision:
        if self.classification is None:
            return admit(self.context.identity, self.context.host, self.context.destination, policy)
        return decide(self.context, self.classification, policy)


def _known(cls: type, raw: dict[str, Any]) -> dict[str, Any]:
    """The keys of `raw` that `cls` has: records written by newer builds may carry more."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in raw.items() if k in names}


def classification_from(raw: dict[str, Any]) -> Classification:
    findings = [
        Finding(
            f["detector"], Label.parse(f["label"]), int(f.get("count", 0)),
            [Span(s["where"], int(s["start"]), int(s["end"])) for s in f.get("locations", [])],
        )
        for f in raw.get("findings", [])
    ]
    return Classification(
        label=Label.parse(raw["label"]),
        score=float(raw.get("score", 0.0)),
        findings=findings,
        sensitive_fields=list(raw.get("sensitive_fields", [])),
        org_ids=list(raw.get("org_ids", [])),
        uninspected=list(raw.get("uninspected", [])),
        classifier_version=raw.get("classifier_version", ""),
    )


def replayable(record: dict[str, Any]) -> Replayable | str:
    """The record as engine inputs, or why it cannot be replayed (a short, stable reason)."""
    decision = record.get("decision")
    if record.get("phase") not in DECISION_PHASES or not decision:
        return "not a decision"
    if decision.get("rule") in NOT_POLICY_DECISIONS or record.get("error"):
        return "decided outside the policy (inspection, recording or address check failed)"
    destination = Destination(**_known(Destination, record["destination"])) if record.get("destination") else None
    classification = None
    if record.get("classification"):
        classification = classification_from(record["classification"])
    elif record.get("phase") in DATA_PHASES and destination is not None and destination.kind != "crm":
        return "request record without a classification"
    operation = (record.get("request") or {}).get("operation")
    who = _known(Identity, record["workload"])
    if who.get("kernel"):  # recorded under `embargo agent`: the kernel's view of the workload
        who["kernel"] = Workload.from_dict(who["kernel"])
    context = RequestContext(Identity(**who), record["host"], destination, operation)
    return Replayable(
        seq=int(record.get("seq", 0)), time=record.get("time", ""), phase=record["phase"], context=context,
        classification=classification, recorded=decision, policy=record.get("policy") or {},
        incident_id=record.get("incident_id"),
    )


@dataclass
class RecordSet:
    items: list[Replayable]
    skipped: Counter[str]  # reason -> count of records that cannot be replayed
    sources: list[str]


def read_records(paths: list[Path]) -> RecordSet:
    """Every replayable decision in these audit logs (malformed records are counted, not fatal)."""
    items: list[Replayable] = []
    skipped: Counter[str] = Counter()
    for path in paths:
        with path.open("rb") as handle:
            lines = [line for line in handle if line.strip()]
        for line in lines:
            try:
                result = replayable(json.loads(line))
            except (KeyError, TypeError, ValueError, AttributeError, RecursionError):
                result = "malformed record"
            if isinstance(result, str):
                if result != "not a decision":
                    skipped[result] += 1
            else:
                items.append(result)
    return RecordSet(items, skipped, [str(p) for p in paths])
