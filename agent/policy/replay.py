"""`embargo policy replay`: re-decide recorded traffic under a candidate policy.

The dry run before promoting a policy (or one of its rules from audit to enforce): every
decision in the audit log is decided again by the pure engine from what was recorded,
and whatever would come out differently is listed, with per-rule counts of what the
candidate would do. Records classified with other classifier inputs than the candidate's
(another `sensitive_fields` list) are decided anyway but reported as "impact unknown":
the log holds no text, so what the candidate's classifier would find there is unknown.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from agent.audit_verify import verify
from agent.policy.compare import NEUTRAL, SAME, Outcome, change_between, exit_code, verdict
from agent.policy.model import Policy, load_policy
from agent.policy.records import Replayable, read_records
from agent.policy.reporting import emit


@dataclass
class Flip:
    seq: int
    time: str
    kind: str  # widening | narrowing | neutral | unknown
    workload: dict[str, Any]
    destination: str
    label: str
    detectors: list[str]
    before: str
    after: str
    incident_id: str | None = None


@dataclass
class ReplayReport:
    policy: str
    version: str
    logs: list[str]
    replayed: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    chain_errors: list[str] = field(default_factory=list)
    transitions: dict[str, int] = field(default_factory=dict)  # "block -> allow": n
    rules: dict[str, dict[str, int]] = field(default_factory=dict)  # rule -> {action/mode: n}
    flips: list[Flip] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    verdict: str = ""


def destination_text(item: Replayable) -> str:
    destination = item.context.destination
    if destination is None:
        return f"{item.context.host} (not in catalog)"
    return f"{destination.endpoint_id} {destination.host} ({destination.jurisdiction})"


def flip_of(item: Replayable, kind: str, before: Outcome, after: Outcome) -> Flip:
    classification = item.classification
    return Flip(
        seq=item.seq, time=item.time, kind=kind,
        workload={k: v for k, v in asdict(item.context.identity).items() if v is not None and v is not False},
        destination=destination_text(item),
        label=str(classification.label) if classification else "n/a",
        detectors=sorted(classification.detectors) if classification else [],
        before=before.describe(), after=after.describe(), incident_id=item.incident_id,
    )


def replay(policy: Policy, logs: list[Path]) -> ReplayReport:
    report = ReplayReport(policy.name, policy.version, [str(p) for p in logs])
    for path in logs:
        report.chain_errors += [f"{path}: {e}" for e in verify(path).errors]
    records = read_records(logs)
    report.skipped = dict(records.skipped)
    transitions: Counter[str] = Counter()
    rules: dict[str, Counter[str]] = {}
    other_inputs = 0
    kinds: set[str] = set()
    for item in records.items:
        before = Outcome.recorded(item.recorded)
        after = Outcome.of(item.decide(policy))
        report.replayed += 1
        transitions[f"{before.effect} -> {after.effect}"] += 1
        rules.setdefault(after.rule, Counter())[f"{after.action} ({after.mode})"] += 1
        for rule_id in after.audit:
            rules.setdefault(rule_id, Counter())["would match (audit)"] += 1
        if item.classification is not None and item.classified_with != policy.classification_digest:
            other_inputs += 1
        kind = change_between(before, after)
        if kind != SAME:
            kinds.add(kind)
            report.flips.append(flip_of(item, kind, before, after))
    if other_inputs:
        report.unknown.append(
            f"{other_inputs} record(s) were classified with other sensitive_fields than {policy.name} "
            f"{policy.version} lists (or by a build that did not record them): the audit log holds no text, "
            "so whether the candidate's field names occur in them is unknown")
    report.transitions = dict(sorted(transitions.items()))
    report.rules = {rule: dict(sorted(counts.items())) for rule, counts in sorted(rules.items())}
    report.verdict = verdict(kinds, report.unknown) if report.replayed else "impact unknown"
    if not report.replayed:
        report.unknown.append("no replayable decision in the log(s): nothing to judge the candidate on")
    return report


def print_report(report: ReplayReport, limit: int) -> None:
    print(f"replay of {report.replayed} recorded decision(s) from {', '.join(report.logs)} "
          f"under {report.policy} {report.version}")
    for error in report.chain_errors:
        print(f"  warning: audit chain: {error}")
    for reason, count in sorted(report.skipped.items()):
        print(f"  not replayed: {count} ({reason})")
    print("effects (recorded -> candidate):")
    for transition, count in report.transitions.items():
        print(f"  {transition:<22} {count}")
    print("candidate rules:")
    for rule, counts in report.rules.items():
        print(f"  {rule:<40} " + ", ".join(f"{what}: {n}" for what, n in counts.items()))
    changed = [f for f in report.flips if f.kind != NEUTRAL]
    print(f"changed effects: {len(changed)}" + (f" (first {limit} shown)" if len(changed) > limit else ""))
    for flip in changed[:limit]:
        who = " ".join(f"{k}={v}" for k, v in flip.workload.items())
        detectors = f" [{', '.join(flip.detectors)}]" if flip.detectors else ""
        print(f"  #{flip.seq} {flip.kind}: {who} -> {flip.destination}, label {flip.label}{detectors}: "
              f"{flip.before} => {flip.after}")
    neutral = len(report.flips) - len(changed)
    if neutral:
        print(f"same effect, other rule or mode: {neutral}")
    for unknown in report.unknown:
        print(f"impact unknown: {unknown}")
    print(f"verdict: {report.verdict}")


def replay_command(policy_path: Path, logs: list[Path], output: str, limit: int) -> int:
    """Exit codes as `policy diff`: 0 neutral or narrowing, 1 widening or mixed, 3 impact unknown, 2 bad input."""
    report = emit(lambda: replay(load_policy(policy_path), logs), output, lambda r: print_report(r, limit))
    return 2 if report is None else exit_code(report.verdict)
