"""Decision records as the proxy writes them, built from the real event classes."""

from __future__ import annotations

from typing import Any

from agent.catalog import POLICY_DIR, Catalog
from agent.policy.model import load_policy
from agent.events import DecisionEvent, RequestSummary, ResponseSummary
from agent.policy.engine import Decision, Identity
from classifier.classification import Classification, Finding, Label, Span

CATALOG = Catalog.load()
POLICY = load_policy(POLICY_DIR / "default.yaml")


def decision_record(
    *, action: str = "allow", rule: str = "builtin:default", label: Label = Label.INTERNAL,
    detectors: tuple[str, ...] = ("salesforce.record_id",), host: str = "api.openai.com", user: str | None = None,
    client_ip: str = "10.20.0.7", org_ids: tuple[str, ...] = (), bytes_out: int = 1200, time: str | None = None,
    credential: str | None = None, phase: str = "request", error: str | None = None, **extra: Any,
) -> dict[str, Any]:
    findings = [Finding(d, label, 1, [Span("messages[0].content", 3, 21)]) for d in detectors]
    event = DecisionEvent(
        phase=phase, node="node-1", workload=Identity(client_ip, 40000, user), host=host,
        destination=CATALOG.destination(host, 443),
        decision=Decision(action, rule, "enforce", ("a reason",), True), policy=POLICY,
        request=RequestSummary("POST", "/v1/chat/completions", "chat", "openai", "gpt-4o", False,
                               "application/json", None, bytes_out),
        classification=Classification(label, 0.9, findings, org_ids=list(org_ids)),
        flow_id="flow-1", incident_id="EMB-ABCD-EFGH-JKLM" if action != "allow" else None, error=error,
        inspection_ms=1.234,
    )
    if time:
        event.time = time
    record = event.to_dict()
    if credential:
        record["request"]["credential"] = credential
    record.update(seq=1, prev="0" * 64, hash="f" * 64, **extra)
    return record


def response_record() -> dict[str, Any]:
    event = DecisionEvent(phase="response", node="node-1", workload=Identity("10.20.0.7", 40000), host="api.openai.com",
                          destination=CATALOG.destination("api.openai.com", 443), decision=None, flow_id="flow-1",
                          response=ResponseSummary(200, 512, False, 12.5))
    return event.to_dict()
