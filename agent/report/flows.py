"""What the report says, computed from audit records: flows, volumes, decisions, policies.

Pure functions over records (`embargo.decision/1`), so the same numbers come out of any
copy of the log. A request record counts as a flow of its workload to its destination;
its response record (same flow id) adds the bytes that came back.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from agent.alerting import workload_key
from agent.events import DECISION_PHASES


@dataclass
class Volume:
    requests: int = 0
    allowed: int = 0
    blocked: int = 0
    other: int = 0  # redirected, redacted, ...
    bytes_out: int = 0
    bytes_in: int = 0
    labels: Counter[str] = field(default_factory=Counter)
    detectors: Counter[str] = field(default_factory=Counter)  # seen in requests that left
    detectors_blocked: Counter[str] = field(default_factory=Counter)
    sensitive_fields: set[str] = field(default_factory=set)
    records_left: set[str] = field(default_factory=set)  # keyed hashes of Salesforce records that left

    def add(self, record: dict[str, Any]) -> None:
        decision = record.get("decision") or {}
        action = decision.get("enforced_action")
        classification = record.get("classification") or {}
        self.requests += 1
        self.bytes_out += int((record.get("request") or {}).get("bytes_out") or 0)
        self.labels[str(classification.get("label", "none"))] += 1
        detectors = [f["detector"] for f in classification.get("findings", [])]
        if action == "allow":
            self.allowed += 1
            self.detectors.update(detectors)
            self.sensitive_fields.update(classification.get("sensitive_fields", []))
            self.records_left.update(r["hash"] for r in record.get("records", []) if "hash" in r)
        elif action == "block":
            self.blocked += 1
            self.detectors_blocked.update(detectors)
        else:
            self.other += 1


@dataclass
class DestinationInfo:
    host: str
    provider: str
    jurisdiction: str
    region: str | None
    recipient: str
    transfer_mechanism: str
    kind: str


@dataclass
class PolicySeen:
    name: str
    version: str
    sha256: str
    first: str
    last: str
    decisions: int = 0


@dataclass
class FlowReport:
    first: str | None = None
    last: str | None = None
    records: int = 0
    flows: dict[tuple[str, str], Volume] = field(default_factory=lambda: defaultdict(Volume))
    by_workload: dict[str, Volume] = field(default_factory=lambda: defaultdict(Volume))
    by_destination: dict[str, Volume] = field(default_factory=lambda: defaultdict(Volume))
    destinations: dict[str, DestinationInfo] = field(default_factory=dict)
    policies: dict[str, PolicySeen] = field(default_factory=dict)
    incidents: int = 0

    @property
    def jurisdictions(self) -> dict[str, Volume]:
        out: dict[str, Volume] = defaultdict(Volume)
        for host, volume in self.by_destination.items():
            target = out[self.destinations[host].jurisdiction]
            for name in ("requests", "allowed", "blocked", "other", "bytes_out", "bytes_in"):
                setattr(target, name, getattr(target, name) + getattr(volume, name))
        return dict(out)


def build(records: Iterable[dict[str, Any]]) -> FlowReport:
    report = FlowReport()
    flow_of: dict[str, tuple[str, str]] = {}
    for record in records:
        report.records += 1
        time = record.get("time")
        if time:
            report.first = min(report.first or time, time)
            report.last = max(report.last or time, time)
        phase = record.get("phase")
        host = str(record.get("host") or "")
        if phase == "response":
            key = flow_of.pop(str(record.get("flow_id")), None)
            size = int((record.get("response") or {}).get("bytes_in") or 0)
            if key:
                for volume in (report.flows[key], report.by_workload[key[0]], report.by_destination[key[1]]):
                    volume.bytes_in += size
            continue
        if phase not in DECISION_PHASES or not record.get("decision") or not host:
            continue
        workload = workload_key(record)
        key = (workload, host)
        for volume in (report.flows[key], report.by_workload[workload], report.by_destination[host]):
            volume.add(record)
        if record.get("flow_id"):
            flow_of[str(record["flow_id"])] = key
        if record.get("incident_id"):
            report.incidents += 1
        destination = record.get("destination") or {}
        if host not in report.destinations or destination:
            report.destinations[host] = DestinationInfo(
                host=host, provider=destination.get("provider", "unlisted"),
                jurisdiction=destination.get("jurisdiction", "unknown"), region=destination.get("region"),
                recipient=destination.get("recipient", "unknown (not in the endpoint catalog)"),
                transfer_mechanism=destination.get("transfer_mechanism", "none known"),
                kind=destination.get("kind", "unlisted"),
            )
        policy = record.get("policy")
        if policy:
            seen = report.policies.setdefault(
                policy.get("sha256", ""), PolicySeen(policy.get("name", ""), policy.get("version", ""),
                                                     policy.get("sha256", ""), time or "", time or ""))
            seen.decisions += 1
            seen.last = time or seen.last
    return report
