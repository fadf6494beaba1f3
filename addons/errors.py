"""Errors in each provider's own shape, so that the official SDKs raise a clear exception.

OpenAI-compatible APIs:  {"error": {"message", "type", "param", "code"}}, id in x-request-id
Anthropic:               {"type": "error", "error": {"type", "message"}, "request_id"}, id in request-id
Gemini / Vertex:         {"error": {"code", "message", "status"}}
On a WebSocket (OpenAI's Realtime API): {"type": "error", "event_id", "error": {...}}
Both id headers are always set: the SDKs surface them as `e.request_id`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ErrorKind:
    status: int
    openai_type: str
    anthropic_type: str
    google_status: str
    code: str


POLICY_BLOCK = ErrorKind(403, "permission_error", "permission_error", "PERMISSION_DENIED", "embargo_policy_block")
BAD_REQUEST = ErrorKind(400, "invalid_request_error", "invalid_request_error", "INVALID_ARGUMENT", "embargo_bad_request")
TOO_LARGE = ErrorKind(413, "invalid_request_error", "request_too_large", "INVALID_ARGUMENT", "embargo_request_too_large")
UNSUPPORTED_ENCODING = ErrorKind(415, "invalid_request_error", "invalid_request_error", "INVALID_ARGUMENT", "embargo_unsupported_encoding")
# Gateway mode: the caller did not authenticate, or asked for a path no route serves.
UNAUTHENTICATED = ErrorKind(401, "invalid_request_error", "authentication_error", "UNAUTHENTICATED", "embargo_unauthenticated")
NO_ROUTE = ErrorKind(404, "invalid_request_error", "not_found_error", "NOT_FOUND", "embargo_no_route")
# Inspection failed: the request does not leave.
INSPECTION_FAILED = ErrorKind(503, "server_error", "api_error", "UNAVAILABLE", "embargo_inspection_failed")
# Redirect to the on-node model: it could not answer, and the request went nowhere else.
LOCAL_MODEL_UNAVAILABLE = ErrorKind(503, "server_error", "api_error", "UNAVAILABLE", "embargo_local_model_unavailable")
LOCAL_MODEL_TIMEOUT = ErrorKind(504, "server_error", "api_error", "DEADLINE_EXCEEDED", "embargo_local_model_timeout")
LOCAL_MODEL_FAILED = ErrorKind(502, "server_error", "api_error", "INTERNAL", "embargo_local_model_error")
LOCAL_MODEL_REJECTED = ErrorKind(400, "invalid_request_error", "invalid_request_error", "INVALID_ARGUMENT", "embargo_local_model_rejected")


def error_body(api_format: str | None, kind: ErrorKind, message: str, incident_id: str) -> dict:
    """The error document in the format the client's SDK expects."""
    text = f"{message} [Embargo incident {incident_id}]"
    if api_format == "anthropic":
        return {"type": "error", "error": {"type": kind.anthropic_type, "message": text}, "request_id": incident_id}
    if api_format == "gemini":
        return {"error": {"code": kind.status, "message": text, "status": kind.google_status}}
    return {"error": {"message": text, "type": kind.openai_type, "param": None, "code": kind.code}}


def stream_error(api_format: str | None, kind: ErrorKind, message: str, incident_id: str) -> bytes:
    """An error as the last event of a server-sent event stream that has already begun:
    Anthropic's `event: error`, or OpenAI's `data: {"error": ...}`. Both SDKs raise on it."""
    body = json.dumps(error_body(api_format, kind, message, incident_id))
    return (f"event: error\ndata: {body}\n\n" if api_format == "anthropic" else f"data: {body}\n\n").encode()


def websocket_error(api_format: str | None, kind: ErrorKind, message: str, incident_id: str) -> bytes:
    """An error as a server message on a WebSocket, sent to the client in place of the
    message it refused: for OpenAI-compatible formats a Realtime API `error` event (the
    SDK yields it like any other event), otherwise the format's error document."""
    body = error_body(api_format, kind, message, incident_id)
    if api_format not in ("anthropic", "gemini"):
        body = {"type": "error", "event_id": f"event_{incident_id}", "error": {**body["error"], "event_id": None}}
    return json.dumps(body).encode()


def error_response(api_format: str | None, kind: ErrorKind, message: str, incident_id: str) -> tuple[int, bytes, dict[str, str]]:
    """(status, body, headers) of an error in the format the client's SDK expects."""
    body = error_body(api_format, kind, message, incident_id)
    headers = {
        "content-type": "application/json",
        "x-request-id": incident_id,
        "request-id": incident_id,
        "x-embargo-incident": incident_id,
        # The SDKs retry 5xx; none of these answers would change on a retry.
        "x-should-retry": "false",
        "cache-control": "no-store",
    }
    return kind.status, json.dumps(body).encode(), headers
