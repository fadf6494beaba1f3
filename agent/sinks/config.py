"""The agent configuration file: which SIEM sinks, their spool, the forwarder's metrics.

    policy: /etc/embargo/policy.yaml        # its alerts: section decides severities
    audit: /var/lib/embargo/audit.jsonl     # the proxy's --events
    spool: {dir: /var/lib/embargo/spool, max_bytes: 64m}
    metrics: 127.0.0.1:9465
    forwarder: {lag_budget_seconds: 30}    # SCHED_IDLE within it, nice 10 SCHED_BATCH beyond
    sinks:
      - {name: soc, type: cef, url: tls://siem.example.eu:6514, ca_file: /etc/embargo/siem-ca.pem, min_severity: low}
      - {name: splunk, type: splunk_hec, url: https://splunk.example.eu:8088, token_file: /run/secrets/hec-token}

`deploy/agent-config.yaml` is a commented example; `config.schema.json` the schema.
Secrets (HEC tokens, webhook headers) come from files or environment variables, never
from this file itself, so it can live in a ConfigMap.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from agent.sinks import cef, ecs, ocsf, splunk_hec, webhook
from agent.sinks.event import Severity, SiemEvent
from agent.sinks.sink import Sink
from agent.sinks.spool import Spool
from agent.sinks.transports import FileTransport, SyslogTransport, Transport
from agent.yamlfile import ConfigError, load_yaml, validate

SCHEMA = Path(__file__).with_name("config.schema.json")
_UNITS = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30}
_WEBHOOK_FORMATS: dict[str, Callable[[SiemEvent], bytes]] = {
    "embargo": webhook.render, "ecs": ecs.render, "ocsf": ocsf.render,
}


@dataclass
class AgentConfig:
    sinks: list[Sink]
    policy: Path | None = None
    audit: Path | None = None
    spool_dir: Path = Path("/var/lib/embargo/spool")
    metrics: tuple[str, int] | None = None
    # how long records may wait while the forwarder runs on spare CPU only (agent/sinks/pacing.py)
    lag_budget: float = 30.0
    source: Path | None = field(default=None, repr=False)


def parse_size(value: int | str) -> int:
    if isinstance(value, int):
        return value
    unit = value[-1].lower()
    return int(value[:-1]) * _UNITS[unit] if unit in _UNITS else int(value)


def load_config(path: str | Path, *, spool_dir: Path | None = None) -> AgentConfig:
    """Read, validate and build every sink (spools are opened, nothing is connected yet)."""
    doc = load_yaml(path)
    problems = validate(doc, json.loads(SCHEMA.read_text()))
    if problems:
        raise ConfigError(problems)
    data = doc.data
    base = Path(path).resolve().parent
    spool = data.get("spool", {})
    directory = spool_dir or _relative(base, spool.get("dir", "/var/lib/embargo/spool"))
    max_bytes = parse_size(spool.get("max_bytes", "64m"))
    segment_bytes = parse_size(spool.get("segment_bytes", "4m"))
    sinks: list[Sink] = []
    names: set[str] = set()
    for index, raw in enumerate(data["sinks"]):
        where = ("sinks", index)
        if raw["name"] in names:
            raise ConfigError([doc.problem((*where, "name"), f"sink name {raw['name']!r} is used twice")])
        names.add(raw["name"])
        try:
            form, render, transport = _build(raw, base)
        except (ValueError, OSError, KeyError) as err:
            raise ConfigError([doc.problem(where, f"sink {raw['name']!r}: {_describe(err)}")]) from None
        sinks.append(Sink(
            name=raw["name"], render=render, transport=transport, format=form,
            spool=Spool(directory / raw["name"], max_bytes=max_bytes, segment_bytes=segment_bytes),
            min_severity=Severity.parse(raw.get("min_severity", "info")),
            include={k: frozenset(v) for k, v in raw.get("include", {}).items()},
            exclude={k: frozenset(v) for k, v in raw.get("exclude", {}).items()},
            batch=raw.get("batch", 500), max_backoff=float(raw.get("max_backoff_seconds", 60)),
        ))
    metrics_listen = None
    if "metrics" in data:
        host, _, port = data["metrics"].rpartition(":")
        metrics_listen = (host.strip("[]") or "127.0.0.1", int(port))
    return AgentConfig(
        sinks=sinks,
        policy=_relative(base, data["policy"]) if "policy" in data else None,
        audit=_relative(base, data["audit"]) if "audit" in data else None,
        spool_dir=directory, metrics=metrics_listen, source=Path(path),
        lag_budget=float(data.get("forwarder", {}).get("lag_budget_seconds", 30)),
    )


def _build(raw: dict[str, Any], base: Path) -> tuple[Hashable, Callable[[SiemEvent], bytes], Transport]:
    """(format, render, transport) of one sink; equal formats render identically."""
    kind = raw["type"]
    timeout = float(raw.get("timeout_seconds", 10))
    ca_file = str(_relative(base, raw["ca_file"])) if raw.get("ca_file") else None
    if kind in ("ecs", "ocsf") and "path" in raw:
        path = raw["path"] if raw["path"] == "-" else str(_relative(base, raw["path"]))
        return kind, _WEBHOOK_FORMATS[kind], FileTransport(path)
    if kind == "cef":
        facility = raw.get("facility", cef.LOG_AUDIT)
        return (kind, facility), partial(cef.render, facility=facility), SyslogTransport(
            _required(raw, "url"), ca_file=ca_file, timeout=timeout,
            client_cert=raw.get("client_cert"), client_key=raw.get("client_key"))
    if kind == "splunk_hec":
        index = raw.get("index")
        return (kind, index), partial(splunk_hec.render, index=index), splunk_hec.HecTransport(
            _required(raw, "url"), _secret(raw, "token", base), compress=raw.get("gzip", True), ca_file=ca_file,
            timeout=timeout)
    if kind in ("webhook", "ocsf"):
        headers = dict(raw.get("headers", {}))
        for name, variable in raw.get("header_env", {}).items():
            headers[name] = _env(variable)
        form = "ocsf" if kind == "ocsf" else raw.get("format", "embargo")
        return form, _WEBHOOK_FORMATS[form], webhook.WebhookTransport(
            _required(raw, "url"), headers, ca_file=ca_file, timeout=timeout)
    raise ValueError(f"sink type {kind} needs a path")


def _required(raw: dict[str, Any], key: str) -> str:
    if not raw.get(key):
        raise ValueError(f"needs {key}")
    return raw[key]


def _secret(raw: dict[str, Any], name: str, base: Path) -> str:
    if raw.get(f"{name}_file"):
        value = _relative(base, raw[f"{name}_file"]).read_text().strip()
    elif raw.get(f"{name}_env"):
        value = _env(raw[f"{name}_env"])
    else:
        raise ValueError(f"needs {name}_file or {name}_env")
    if not value:
        raise ValueError(f"the {name} is empty")
    return value


def _env(variable: str) -> str:
    value = os.environ.get(variable)
    if value is None:
        raise ValueError(f"environment variable {variable} is not set")
    return value


def _relative(base: Path, value: str) -> Path:
    path = Path(value)
    return path if path.is_absolute() else base / path


def _describe(err: Exception) -> str:
    if isinstance(err, OSError):
        return f"{err.strerror or type(err).__name__}: {err.filename or ''}".rstrip(": ")
    return str(err)


