"""ArcSight Common Event Format (CEF:0) inside an RFC 5424 syslog message.

    <109>1 2026-11-23T22:18:35.123Z node-1 embargo 4242 decision [embargo@32473 sev="high"] CEF:0|Embargo|...

Escaping follows the CEF spec: in the header `\\` and `|` are backslash-escaped; in the
extension `\\` and `=` are, and line breaks become `\\n` / `\\r`, so one event stays one
line. Facility defaults to 13 ("log audit"); the syslog severity follows the event's.
Framing for TCP and TLS (octet counting) is the transport's job (`transports.py`).
"""

from __future__ import annotations

import os
import re
from typing import Any

from agent.sinks.event import PRODUCT, VENDOR, VERSION, SiemEvent, alert_details, epoch_ms

LOG_AUDIT = 13
SD_ID = "embargo@32473"  # 32473: the private enterprise number RFC 5612 reserves for examples
_HEADER_ESCAPE = re.compile(r"([\\|])")
_EXT_ESCAPE = re.compile(r"([\\=])")
_HEADER_SPECIAL = re.compile(r"[\\|\r\n]")  # most values have none: they pass unchanged
_EXT_SPECIAL = re.compile(r"[\\=\r\n]")
_SD_ESCAPE = re.compile(r'(["\\\]])')
_NOT_PRINTABLE = re.compile(r"[^!-~]")


def header_escape(value: Any) -> str:
    text = str(value)
    if _HEADER_SPECIAL.search(text) is None:
        return text
    return _HEADER_ESCAPE.sub(r"\\\1", text).replace("\r", " ").replace("\n", " ")


def extension_escape(value: Any) -> str:
    text = str(value)
    if _EXT_SPECIAL.search(text) is None:
        return text
    return _EXT_ESCAPE.sub(r"\\\1", text).replace("\r", "\\r").replace("\n", "\\n")


def cef(event: SiemEvent) -> str:
    record = event.record
    decision = event.decision
    workload = record.get("workload") or {}
    request = record.get("request") or {}
    response = record.get("response") or {}
    classification = record.get("classification") or {}
    policy = record.get("policy") or {}
    outcome = event.outcome
    extension: list[tuple[str, Any]] = [
        ("rt", epoch_ms(record.get("time"))),
        ("dvchost", record.get("node")),
        ("externalId", record.get("event_id")),
        ("cat", record.get("phase")),
        ("act", outcome and outcome.action),
        # success: the request (sanitised, for a redaction) reached its destination
        ("outcome", outcome and ("success" if outcome.reached else "failure")),
        ("src", workload.get("client_ip")),
        ("spt", workload.get("client_port")),
        ("suser", workload.get("user")),
        ("dhost", record.get("host")),
        ("dpt", event.destination.get("port")),
        ("requestMethod", request.get("method")),
        ("request", request.get("path")),
        ("out", request.get("bytes_out")),
        ("in", response.get("bytes_in")),
        ("deviceDirection", 1 if event.kind == "decision" else None),
        *_custom("cs1", "rule", decision.get("rule")),
        *_custom("cs2", "incidentId", record.get("incident_id")),
        *_custom("cs3", "label", classification.get("label")),
        *_custom("cs4", "policy", f"{policy['name']} {policy['version']}" if policy else None),
        *_custom("cs5", "jurisdiction", event.destination.get("jurisdiction")),
        *_custom("cs6", "detectors", ",".join(f["detector"] for f in classification.get("findings", []))),
        *_custom("flexString1", "alerts", ",".join(a.rule for a in event.alerts)),
        *_custom("flexString2", "auditModeAction", outcome and outcome.would),
        ("msg", _message(event)),
    ]
    ext = _extension([(key, value) for key, value in extension if value is not None and value != ""])
    head = [VENDOR, PRODUCT, VERSION, event.signature, event.title, event.severity.cef]
    return "CEF:0|" + "|".join(header_escape(h) for h in head) + "|" + ext


def _extension(fields: list[tuple[str, Any]]) -> str:
    """`key=value ...` with every value escaped. Escaped in one pass over the whole line
    (keys are plain identifiers), the key/value separator stood in for by a character no
    value contains; if one does, value by value."""
    line = " ".join([f"{key}\x01{value}" for key, value in fields])
    if line.count("\x01") != len(fields):
        return " ".join([f"{key}={extension_escape(value)}" for key, value in fields])
    return extension_escape(line).replace("\x01", "=")


def render(event: SiemEvent, facility: int = LOG_AUDIT, hostname: str | None = None) -> bytes:
    """The whole RFC 5424 message, without framing."""
    record = event.record
    pri = facility * 8 + event.severity.syslog
    host = _printable(hostname or record.get("node") or "-", 255)
    sd = f'[{SD_ID} severity="{event.severity}" event="{_sd_escape(record.get("event_id") or record.get("alert") or "-")}"]'
    msgid = "alert" if event.kind == "alert" else "decision"
    message = cef(event)
    body = message.encode("utf-8")
    if not message.isascii():
        body = b"\xef\xbb\xbf" + body  # RFC 5424: a UTF-8 MSG starts with a BOM
    header = f"<{pri}>1 {record.get('time') or '-'} {host} embargo {os.getpid()} {msgid} {sd} "
    return header.encode("ascii", "replace") + body


def _message(event: SiemEvent) -> str | None:
    """Free text for what has no CEF key: an alert's details, a chain checkpoint."""
    if event.kind == "alert":
        return " ".join(f"{k}:{v}" for k, v in alert_details(event.record).items())
    checkpoint = event.record.get("checkpoint")
    if checkpoint:
        return " ".join(f"{k}:{v}" for k, v in checkpoint.items())
    return None


def _custom(key: str, label: str, value: Any) -> list[tuple[str, Any]]:
    """A CEF custom field and its label, or nothing when there is no value."""
    return [(f"{key}Label", label), (key, value)] if value else []


def _printable(value: str, limit: int) -> str:
    """RFC 5424 header fields are PRINTUSASCII (33-126)."""
    return _NOT_PRINTABLE.sub("_", value[:limit]) or "-"


def _sd_escape(value: str) -> str:
    return _SD_ESCAPE.sub(r"\\\1", _printable(value, 128))
