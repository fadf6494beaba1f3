"""Open Cybersecurity Schema Framework events, OCSF version 1.3.0.

A decision without an alert is an **HTTP Activity** (class 4002, Network Activity) with
the Security Control profile (`action_id`, `disposition_id`, `firewall_rule`); a decision
that raised an alert, and a standalone alert, is a **Detection Finding** (class 2004,
Findings) whose evidence carries the HTTP activity's endpoints and request. Fields OCSF
has no attribute for go under `unmapped.embargo`.
"""

from __future__ import annotations

from typing import Any

from agent.sinks.event import PRODUCT, VENDOR, VERSION, SiemEvent, alert_details, drop_none, epoch_ms, json_bytes

OCSF_VERSION = "1.3.0"
HTTP_ACTIVITY, DETECTION_FINDING = 4002, 2004
_HTTP_METHODS = {"CONNECT": 1, "DELETE": 2, "GET": 3, "HEAD": 4, "OPTIONS": 5, "POST": 6, "PUT": 7, "TRACE": 8}
_SEVERITY_NAMES = ("Informational", "Low", "Medium", "High", "Critical")
# Security control profile, 1.3.0 enumerations: action_id 1 Allowed / 2 Denied (1.3.0 has
# no "Modified"); disposition_id 1 Allowed, 2 Blocked, 7 Custom Action, 11 Corrected,
# 15 Detected. A redaction let a corrected (sanitised) request through; a redirect kept it
# from its destination and had the on-node model answer; audit mode detected a policy
# violation and took no further action.
_CONTROL = {
    "allow": (1, "Allowed", 1, "Allowed"),
    "redact": (1, "Allowed", 11, "Corrected"),
    "redirect": (2, "Denied", 7, "Custom Action"),
    "block": (2, "Denied", 2, "Blocked"),
}
_AUDIT_ONLY = (1, "Allowed", 15, "Detected")


def render(event: SiemEvent) -> bytes:
    return json_bytes(to_ocsf(event))


def to_ocsf(event: SiemEvent) -> dict[str, Any]:
    record = event.record
    common: dict[str, Any] = {
        "time": epoch_ms(record.get("time")),
        "severity_id": event.severity.ocsf,
        "severity": _SEVERITY_NAMES[event.severity],
        "metadata": drop_none({
            "version": OCSF_VERSION,
            "product": {"name": PRODUCT, "vendor_name": VENDOR, "version": VERSION},
            "uid": record.get("event_id"),
            "correlation_uid": record.get("incident_id"),
            "profiles": ["security_control", "host"],
            "log_name": "embargo.decision" if event.kind == "decision" else "embargo.alert",
        }),
        "device": {"hostname": record.get("node"), "type_id": 0},
        "unmapped": {"embargo": drop_none({
            "seq": record.get("seq"),
            "flow_id": record.get("flow_id"),
            "classification": record.get("classification"),
            "destination": record.get("destination"),
            "operation": (record.get("request") or {}).get("operation"),
            "model": (record.get("request") or {}).get("model"),
            "error": record.get("error"),
            "inspection_ms": record.get("inspection_ms"),
            "alert": alert_details(record) if event.kind == "alert" else None,
            "records": record.get("records"),
            "checkpoint": record.get("checkpoint"),
        })},
    }
    if event.alerts:
        return {**common, **_finding(event)}
    return {**common, **_http_activity(event)}


def _http_activity(event: SiemEvent) -> dict[str, Any]:
    record = event.record
    method = str((record.get("request") or {}).get("method") or "CONNECT").upper()
    activity = 1 if record.get("phase") == "connect" else _HTTP_METHODS.get(method, 99)
    outcome = event.outcome
    out: dict[str, Any] = {
        "class_uid": HTTP_ACTIVITY,
        "class_name": "HTTP Activity",
        "category_uid": 4,
        "category_name": "Network Activity",
        "activity_id": activity,
        "type_uid": HTTP_ACTIVITY * 100 + activity,
        "status_id": 2 if (outcome and outcome.action == "block") or record.get("error") else 1,
        **_activity_parts(event),
    }
    if outcome:
        control = _AUDIT_ONLY if outcome.would else _CONTROL.get(outcome.action, (0, "Unknown", 0, "Unknown"))
        out.update(zip(("action_id", "action", "disposition_id", "disposition"), control))
    return out


def _finding(event: SiemEvent) -> dict[str, Any]:
    record = event.record
    first = event.alerts[0]
    out: dict[str, Any] = {
        "class_uid": DETECTION_FINDING,
        "class_name": "Detection Finding",
        "category_uid": 2,
        "category_name": "Findings",
        "activity_id": 1,
        "activity_name": "Create",
        "type_uid": DETECTION_FINDING * 100 + 1,
        "status_id": 1,
        "status": "New",
        "message": first.title,
        "finding_info": {
            "uid": record.get("event_id") or f"{record.get('alert')}:{record.get('time')}",
            "title": first.title,
            "types": [a.rule for a in event.alerts],
            "analytic": {"uid": first.rule, "name": first.rule, "type_id": 1, "type": "Rule"},
        },
    }
    if event.kind == "decision":
        out["evidences"] = [_activity_parts(event)]
    return out


def _activity_parts(event: SiemEvent) -> dict[str, Any]:
    """Endpoints, request and rule of a decision: HTTP Activity fields, and a finding's evidence."""
    record, decision = event.record, event.decision
    workload = record.get("workload") or {}
    request = record.get("request") or {}
    response = record.get("response") or {}
    policy = record.get("policy") or {}
    out: dict[str, Any] = {}
    if workload.get("client_ip"):
        out["src_endpoint"] = drop_none({"ip": workload["client_ip"], "port": workload.get("client_port")})
    if workload.get("user"):
        out["actor"] = {"user": {"name": workload["user"]}}
    if record.get("host"):
        out["dst_endpoint"] = drop_none({"hostname": record["host"], "port": event.destination.get("port")})
    if request:
        out["http_request"] = drop_none({
            "http_method": request.get("method"),
            "url": drop_none({"hostname": record.get("host"), "path": request.get("path"), "scheme": "https"}),
            "length": request.get("bytes_out"),
        })
    if response:
        out["http_response"] = {"code": response.get("status"), "length": response.get("bytes_in")}
    if decision:
        out["firewall_rule"] = {"uid": decision.get("rule"), "name": decision.get("rule")}
    if policy:
        out["policy"] = {"name": policy.get("name"), "version": policy.get("version"), "uid": policy.get("sha256")}
    return out
