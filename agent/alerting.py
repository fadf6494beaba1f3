"""Which decisions alert, and at what severity; volume anomalies; shared credentials.

Read from the policy's `alerts:` section (see `policies/default.yaml`) by the sink
forwarder, which calls `Alerting.observe(record)` for every audit record in order and
gets back the SIEM events to ship: the record itself, with the alerts it raised and
their highest severity, and any standalone alerts (volume, credentials).

- **Rules** (`alerts.rules`): every rule whose `match` holds adds an alert; conditions
  cover the phase, the policy's action and enforced action, the decision rule id
  (globs), detectors (globs), the label (`label`: this or higher; `label_below`), jurisdiction, provider, the
  error code, and `cross_tenant` — a Salesforce org id in the payload that the
  workload's tenant (`alerts.tenants`) does not own.
- **Volume** (`alerts.volume`): per workload × destination host, a sliding window of
  requests and bytes sent, checked against static limits and against an EWMA baseline
  of past windows (after a warm-up). One alert per episode: the next one only after the
  window has dropped back under the limit.
- **Credentials** (`alerts.credentials`): the same provider key — only its salted hash
  is ever seen here — used by more workloads than allowed raises one alert per key.

Time is the records' own `time`, so replaying an audit log raises the same alerts.
"""

from __future__ import annotations

import ipaddress
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from functools import cached_property
from pathlib import Path
from typing import Any

from agent import metrics
from agent.events import DATA_PHASES, unix_seconds
from agent.policy.model import Selector
from agent.sinks.event import Alert, Severity, SiemEvent, alert_record
from agent.yamlfile import ConfigError, load_yaml
from classifier.classification import Label

MAX_TRACKED = 10_000  # workload × destination pairs (and keys) remembered; oldest forgotten first


@dataclass(frozen=True)
class AlertRule:
    id: str
    severity: Severity
    title: str
    match: dict[str, Any]

    def matches(self, record: dict[str, Any], cross_tenant: bool) -> bool:
        checks = self._checks
        for check in checks:
            if not check(record, cross_tenant):
                return False
        return bool(checks)

    @cached_property
    def _checks(self) -> tuple[Callable[[dict[str, Any], bool], bool], ...]:
        """The match's conditions as predicates, built once, the cheap ones first; `matches`
        stops at the first false."""
        m = self.match
        checks: list[Callable[[dict[str, Any], bool], bool]] = []
        if "phase" in m:
            checks.append(lambda r, _: r.get("phase") in m["phase"])
        if "action" in m:
            checks.append(lambda r, _: _decision(r).get("action") in m["action"])
        if "enforced_action" in m:
            checks.append(lambda r, _: _decision(r).get("enforced_action") in m["enforced_action"])
        if "cross_tenant" in m:
            checks.append(lambda _, cross_tenant: cross_tenant == m["cross_tenant"])
        if "jurisdiction" in m:
            checks.append(lambda r, _: _destination(r).get("jurisdiction") in m["jurisdiction"])
        if "jurisdiction_not_in" in m:
            checks.append(lambda r, _: _destination(r).get("jurisdiction") not in m["jurisdiction_not_in"])
        if "provider" in m:
            checks.append(lambda r, _: _destination(r).get("provider", "unlisted") in m["provider"])
        if "rule" in m:
            rule = _globs(m["rule"])
            checks.append(lambda r, _: rule(_decision(r).get("rule") or ""))
        if "error" in m:
            error = _globs(m["error"])
            checks.append(lambda r, _: error(r.get("error") or ""))
        if "label" in m:
            floor = Label.parse(m["label"])
            checks.append(lambda r, _: (label := _classification(r).get("label")) is not None and Label.parse(label) >= floor)
        if "label_below" in m:
            ceiling = Label.parse(m["label_below"])
            checks.append(lambda r, _: (label := _classification(r).get("label")) is not None and Label.parse(label) < ceiling)
        if "detectors" in m:
            detector = _globs(m["detectors"])
            checks.append(lambda r, _: any(detector(f["detector"]) for f in _classification(r).get("findings", [])))
        return tuple(checks)


def _globs(patterns: list[str]) -> Callable[[str], bool]:
    """Whether a value matches any of the patterns (fnmatch globs; plain names by set lookup)."""
    literal = frozenset(p for p in patterns if not any(c in p for c in "*?["))
    wildcard = [p for p in patterns if p not in literal]
    if not wildcard:
        return literal.__contains__
    return lambda value: value in literal or any(fnmatchcase(value, p) for p in wildcard)


def _decision(record: dict[str, Any]) -> dict[str, Any]:
    return record.get("decision") or {}


def _destination(record: dict[str, Any]) -> dict[str, Any]:
    return record.get("destination") or {}


def _classification(record: dict[str, Any]) -> dict[str, Any]:
    return record.get("classification") or {}


@dataclass(frozen=True)
class Tenant:
    selector: Selector
    org_ids: frozenset[str]


@dataclass(frozen=True)
class VolumeLimits:
    window: float = 60.0
    max_requests: int | None = None
    max_bytes: int | None = None
    alpha: float = 0.3
    warmup: int = 10
    factor: float = 4.0
    min_requests: int = 20
    adaptive: bool = False
    severity: Severity = Severity.MEDIUM


@dataclass(frozen=True)
class AlertPolicy:
    rules: tuple[AlertRule, ...] = ()
    tenants: tuple[Tenant, ...] = ()
    volume: VolumeLimits | None = None
    max_workloads_per_key: int | None = None
    credential_severity: Severity = Severity.HIGH

    @classmethod
    def load(cls, path: str | Path) -> AlertPolicy:
        """The `alerts:` section of a policy file (validated with the policy's schema)."""
        doc = load_yaml(path)
        raw = (doc.data or {}).get("alerts") or {}
        try:
            return cls.from_dict(raw)
        except (ValueError, KeyError, TypeError) as err:
            raise ConfigError([doc.problem(("alerts",), f"invalid alerts section: {err}")]) from None

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> AlertPolicy:
        rules = tuple(
            AlertRule(r["id"], Severity.parse(r["severity"]), r.get("title") or r["id"], dict(r["match"]))
            for r in raw.get("rules", [])
        )
        ids = [r.id for r in rules]
        if len(ids) != len(set(ids)):
            raise ValueError("alert rule ids must be unique")
        tenants = tuple(
            Tenant(Selector(tuple(ipaddress.ip_network(c, strict=False) for c in t.get("clients", [])),
                            tuple(t.get("identities", []))),
                   frozenset(o[:15] for o in t["org_ids"]))
            for t in raw.get("tenants", [])
        )
        volume = None
        if "volume" in raw:
            v = raw["volume"]
            b = v.get("baseline")
            volume = VolumeLimits(
                window=float(v.get("window_seconds", 60)), max_requests=v.get("max_requests"),
                max_bytes=v.get("max_bytes"), adaptive=b is not None,
                alpha=float((b or {}).get("alpha", 0.3)), warmup=int((b or {}).get("warmup_windows", 10)),
                factor=float((b or {}).get("factor", 4.0)), min_requests=int((b or {}).get("min_requests", 20)),
                severity=Severity.parse(v.get("severity", "medium")),
            )
        creds = raw.get("credentials")
        return cls(rules, tenants, volume,
                   creds.get("max_workloads", 1) if creds is not None else None,
                   Severity.parse((creds or {}).get("severity", "high")))


def workload_key(record: dict[str, Any]) -> str:
    """Who sent it: the authenticated proxy user, else the client address (no port)."""
    workload = record.get("workload") or {}
    return str(workload.get("user") or workload.get("client_ip") or "unknown")


@dataclass
class _Window:
    """Requests and bytes of one workload × destination: a sliding window and an EWMA baseline."""

    events: deque[tuple[float, int]] = field(default_factory=deque)
    requests: int = 0
    bytes: int = 0
    bucket_start: float | None = None
    bucket_requests: int = 0
    baseline: float | None = None
    buckets_seen: int = 0
    in_episode: bool = False


class Alerting:
    def __init__(self, policy: AlertPolicy, node: str = ""):
        self.policy = policy
        self.node = node
        self._windows: OrderedDict[tuple[str, str], _Window] = OrderedDict()
        self._key_users: OrderedDict[str, set[str]] = OrderedDict()
        self._alerted_keys: set[str] = set()

    def observe(self, record: dict[str, Any], raw: bytes | None = None) -> list[SiemEvent]:
        """The SIEM events for one audit record (`raw`: its line in the log), in order: the
        record, then any standalone alerts."""
        event = SiemEvent("decision", record, raw=raw)
        cross_tenant = self._cross_tenant(record)
        for rule in self.policy.rules:
            if rule.matches(record, cross_tenant):
                event.alerts.append(Alert(rule.id, rule.severity, rule.title))
        if event.alerts:
            event.severity = max(a.severity for a in event.alerts)
            for alert in event.alerts:
                metrics.ALERTS.labels(rule=alert.rule, severity=str(alert.severity)).inc()
        out = [event]
        if record.get("phase") in DATA_PHASES and record.get("decision"):
            out += self._volume(record)
            out += self._credentials(record)
        return out

    def set_policy(self, policy: AlertPolicy) -> None:
        """A reloaded policy: rules change at once, windows and baselines are kept."""
        self.policy = policy

    # --- cross-tenant --------------------------------------------------------------

    def _cross_tenant(self, record: dict[str, Any]) -> bool:
        org_ids = (record.get("classification") or {}).get("org_ids") or []
        if not org_ids or not self.policy.tenants:
            return False
        workload = record.get("workload") or {}
        owned: set[str] = set()
        for tenant in self.policy.tenants:
            if tenant.selector.matches(workload.get("client_ip"), workload.get("user")):
                owned |= tenant.org_ids
        if not owned:
            return False  # a workload of no known tenant: nothing to compare with
        return any(org[:15] not in owned for org in org_ids)

    # --- volume --------------------------------------------------------------------

    def _volume(self, record: dict[str, Any]) -> list[SiemEvent]:
        limits = self.policy.volume
        if limits is None:
            return []
        now = unix_seconds(record.get("time"))
        size = int((record.get("request") or {}).get("bytes_out") or 0)
        key = (workload_key(record), str(record.get("host") or ""))
        window = self._remember(self._windows, key, _Window)
        self._roll_baseline(window, now, limits)
        window.events.append((now, size))
        window.requests += 1
        window.bytes += size
        window.bucket_requests += 1
        while window.events and window.events[0][0] <= now - limits.window:
            _, old = window.events.popleft()
            window.requests -= 1
            window.bytes -= old
        reasons = []
        if limits.max_requests and window.requests > limits.max_requests:
            reasons.append(f"requests {window.requests} > {limits.max_requests}")
        if limits.max_bytes and window.bytes > limits.max_bytes:
            reasons.append(f"bytes {window.bytes} > {limits.max_bytes}")
        if (limits.adaptive and window.baseline is not None and window.buckets_seen >= limits.warmup
                and window.requests >= limits.min_requests
                and window.requests > limits.factor * max(window.baseline, 1.0)):
            reasons.append(f"requests {window.requests} > {limits.factor:g} x baseline {window.baseline:.1f}")
        if not reasons:
            window.in_episode = False
            return []
        if window.in_episode:
            return []
        window.in_episode = True
        rule = "volume.anomaly"
        metrics.ALERTS.labels(rule=rule, severity=str(limits.severity)).inc()
        return [alert_record(
            rule, limits.severity, "Unusual volume from a workload to an AI endpoint", self.node,
            workload=record.get("workload"), host=key[1], window_seconds=limits.window,
            requests=window.requests, bytes_out=window.bytes,
            baseline_requests=round(window.baseline, 2) if window.baseline is not None else None,
            reasons=reasons, first_event_id=record.get("event_id"),
        )]

    @staticmethod
    def _roll_baseline(window: _Window, now: float, limits: VolumeLimits) -> None:
        """Close the buckets (window-long) that ended before `now` into the EWMA baseline."""
        if window.bucket_start is None:
            window.bucket_start = now
            return
        closed = 0
        while now - window.bucket_start >= limits.window and closed < 1000:
            x = window.bucket_requests
            window.baseline = x if window.baseline is None else limits.alpha * x + (1 - limits.alpha) * window.baseline
            window.buckets_seen += 1
            window.bucket_requests = 0
            window.bucket_start += limits.window
            closed += 1
        if closed == 1000:
            window.bucket_start = now

    # --- credentials ---------------------------------------------------------------

    def _credentials(self, record: dict[str, Any]) -> list[SiemEvent]:
        limit = self.policy.max_workloads_per_key
        credential = (record.get("request") or {}).get("credential")
        if limit is None or not credential:
            return []
        users = self._remember(self._key_users, credential, set)
        users.add(workload_key(record))
        if len(users) <= limit or credential in self._alerted_keys:
            return []
        self._alerted_keys.add(credential)
        severity = self.policy.credential_severity
        metrics.ALERTS.labels(rule="credential.shared", severity=str(severity)).inc()
        return [alert_record(
            "credential.shared", severity, "One provider API key is used by several workloads", self.node,
            credential=credential, workloads=len(users), host=record.get("host"),
            provider=(record.get("destination") or {}).get("provider"), first_event_id=record.get("event_id"),
        )]

    @staticmethod
    def _remember(table: OrderedDict, key: Any, make: Any) -> Any:
        value = table.get(key)
        if value is None:
            value = table[key] = make()
            if len(table) > MAX_TRACKED:
                table.popitem(last=False)
        else:
            table.move_to_end(key)
        return value


