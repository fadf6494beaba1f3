"""Elastic Common Schema (ECS 8.11) JSON lines.

Standard ECS fields where ECS has one (`event.*`, `rule.*`, `source.*`, `destination.*`,
`url.path`, `http.*`, `observer.*`, `host.name`, `user.name`); everything Embargo-specific
under `embargo.*` (custom fields go in their own namespace, as ECS asks).
"""

from __future__ import annotations

from typing import Any

from agent.sinks.event import PRODUCT, VENDOR, VERSION, SiemEvent, alert_details, drop_none, json_bytes

ECS_VERSION = "8.11.0"
# event.type by what happened, in the values ECS expects for the network and web categories:
# a redaction let the (sanitised) request through, a redirect denied its destination.
_EVENT_TYPES = {"allow": ["allowed"], "redact": ["allowed"], "redirect": ["denied"], "block": ["denied"]}


def render(event: SiemEvent) -> bytes:
    record = event.record
    decision = event.decision
    destination = event.destination
    workload = record.get("workload") or {}
    request = record.get("request") or {}
    response = record.get("response") or {}
    outcome = event.outcome
    doc: dict[str, Any] = {
        "@timestamp": record.get("time"),
        "ecs": {"version": ECS_VERSION},
        "message": event.title,
        "log": {"level": str(event.severity)},
        "event": drop_none({
            "kind": "alert" if event.alerts else "event",
            "category": ["network", "web"] if event.kind == "decision" else ["intrusion_detection"],
            "type": _EVENT_TYPES.get(outcome.action, ["info"]) if outcome else ["info"],
            "action": record.get("phase"),
            "outcome": ("success" if outcome.reached else "failure") if outcome else "unknown",
            "severity": event.severity.cef,
            "id": record.get("event_id"),
            "dataset": "embargo.decision" if event.kind == "decision" else "embargo.alert",
            "module": "embargo",
        }),
        "observer": {"vendor": VENDOR, "product": PRODUCT, "version": VERSION, "type": "proxy", "hostname": record.get("node")},
        "host": {"name": record.get("node")},
        "embargo": drop_none({
            "incident_id": record.get("incident_id"),
            "flow_id": record.get("flow_id"),
            "seq": record.get("seq"),
            "decision": decision or None,
            "classification": record.get("classification"),
            "policy": record.get("policy"),
            "destination": destination or None,
            "operation": request.get("operation"),
            "model": request.get("model"),
            "error": record.get("error"),
            "inspection_ms": record.get("inspection_ms"),
            "alerts": [{"rule": a.rule, "severity": str(a.severity), "title": a.title} for a in event.alerts] or None,
            "alert": alert_details(record) if event.kind == "alert" else None,
            "records": record.get("records"),
            "checkpoint": record.get("checkpoint"),
        }),
    }
    if decision:
        doc["rule"] = drop_none({"id": decision.get("rule"), "name": decision.get("rule"),
                                  "ruleset": (record.get("policy") or {}).get("name"),
                                  "version": (record.get("policy") or {}).get("version")})
    if workload.get("client_ip"):
        doc["source"] = drop_none({"ip": workload.get("client_ip"), "port": workload.get("client_port")})
    if workload.get("user"):
        doc["user"] = {"name": workload["user"]}
    if record.get("host"):
        doc["destination"] = drop_none({"domain": record["host"], "port": destination.get("port")})
    if request:
        doc["url"] = {"path": request.get("path")}
        doc["http"] = {"request": drop_none({"method": request.get("method"), "bytes": request.get("bytes_out"),
                                             "mime_type": request.get("content_type")})}
    if response:
        doc.setdefault("http", {})["response"] = {"status_code": response.get("status"), "bytes": response.get("bytes_in")}
    return json_bytes(doc)

