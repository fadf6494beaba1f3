"""`embargo classify --jsonl -`: classify provider requests, one JSON object per line.

Input:  {"id", "provider", "path", "headers", "body"}  (or "body_b64": the raw bytes as sent)
Output: {"id", "label", "score", "findings": [...]}   one line per input, in order;
        {"id", "error"} for a line that cannot be classified. One process for the stream.
"""

from __future__ import annotations

import base64
import binascii
import json
import sys
from pathlib import Path
from typing import IO, Any

from addons.inspection import InspectionError, InspectionJob, inspect
from agent.catalog import Catalog
from agent.events import classification_record
from agent.policy.model import load_policy

MAX_BODY = 16 * 1024 * 1024


def run_classify(source: str, policy_path: Path | None, catalog_path: Path) -> int:
    catalog = Catalog.load(catalog_path)
    fields = load_policy(policy_path).classifier_fields if policy_path else ()
    formats = {e.provider: e.api_format for e in catalog.entries}
    stream: IO[str] = sys.stdin if source == "-" else open(source, encoding="utf-8", errors="replace")
    with stream:
        for line in stream:
            if not line.strip():
                continue
            print(json.dumps(_classify_line(line, formats, fields)), flush=True)
    return 0


def _classify_line(line: str, formats: dict[str, str | None], fields: tuple) -> dict[str, Any]:
    try:
        item = json.loads(line)
    except ValueError:
        return {"id": None, "error": "line is not valid JSON"}
    if not isinstance(item, dict):
        return {"id": None, "error": "line is not a JSON object"}
    ident = item.get("id")
    try:
        headers = {str(k).lower(): str(v) for k, v in (item.get("headers") or {}).items()}
        if "body_b64" in item:
            body = base64.b64decode(item["body_b64"], validate=True)
        else:
            body = json.dumps(item.get("body")).encode()
            headers.pop("content-encoding", None)  # the JSON body is given decoded
        provider = str(item.get("provider") or "")
        inspection = inspect(
            InspectionJob(
                method=str(item.get("method", "POST")),
                path=str(item.get("path") or "/"),
                content_type=headers.get("content-type", "application/json"),
                content_encoding=headers.get("content-encoding"),
                body=body,
                api_format=formats.get(provider, provider or None),
                sensitive_fields=fields,
                max_body=MAX_BODY,
            )
        )
    except InspectionError as err:
        return {"id": ident, "error": err.message}
    except (binascii.Error, ValueError, TypeError, AttributeError):
        return {"id": ident, "error": "line does not have the expected fields (id, provider, path, headers, body or body_b64)"}
    record = classification_record(inspection.classification)
    return {"id": ident, "label": record["label"], "score": record["score"], "findings": record["findings"],
            "uninspected": record["uninspected"]}
