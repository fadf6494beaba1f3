"""`embargo policy diff OLD NEW`: what a policy change does, before it ships.

Three sources of evidence, each judged with the pure engine under both versions:
- the fixtures (`*.cases.yaml`): real request bodies, classified under each version, so
  even a change of `sensitive_fields` is judged exactly here;
- recorded decisions (audit logs): real traffic, but without its text;
- the policy text itself: field filters and the unlisted-host setting change what leaves
  without changing any decision, and are judged from the text.

A change that none of these can judge is reported as "impact unknown", never as "no
change": a rule that no fixture or record reaches, a new sensitive field name (recorded
traffic cannot say whether it carries it), or any policy setting this diff does not know.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from addons.inspection import InspectionError
from agent.catalog import Catalog
from agent.policy.compare import NARROWING, NEUTRAL, SAME, UNKNOWN, WIDENING, Outcome, change_between, exit_code, verdict
from agent.policy.engine import decide
from agent.policy.model import Policy, Rule, load_policy
from agent.policy.records import read_records
from agent.policy.replay import Flip, flip_of
from agent.policy.reporting import emit
from agent.policy.tooling import FixtureCase, case_inputs, cases_in

# Policy fields a diff does not judge as behaviour (identity and prose of the file).
DESCRIPTIVE = {"name", "version", "digest", "source", "description", "document", "default_reason"}


@dataclass
class CaseFlip:
    case: str
    kind: str
    before: str
    after: str


@dataclass
class DiffReport:
    old: str
    new: str
    changes: list[str] = field(default_factory=list)  # what differs in the text, one line each
    static: list[tuple[str, str]] = field(default_factory=list)  # (kind, what) judged from the text
    fixtures: int = 0
    fixture_flips: list[CaseFlip] = field(default_factory=list)
    records: int = 0
    record_flips: list[Flip] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    verdict: str = ""


def _rule_core(rule: Rule) -> Rule:
    """A rule without its prose and position: what decides."""
    return replace(rule, reason="", description="", line=0)


class _Reach:
    """Which rules (and builtin decisions) the evaluated requests reached, under either version."""

    def __init__(self) -> None:
        self.rules: set[str] = set()
        self.protection_differs = False

    def add(self, before: Outcome, after: Outcome, protected: tuple[bool, bool]) -> None:
        self.rules |= before.rules() | after.rules()
        self.protection_differs |= protected[0] != protected[1]


def _text_changes(old: Policy, new: Policy, report: DiffReport) -> list[tuple[str, str]]:
    """List what changed; returns (aspect, description) pairs whose effect evidence must show."""
    to_judge: list[tuple[str, str]] = []
    old_rules = {r.id: r for r in old.rules}
    new_rules = {r.id: r for r in new.rules}
    for rule_id in old_rules.keys() - new_rules.keys():
        to_judge.append((rule_id, f"rule {rule_id} removed"))
    for rule_id in new_rules.keys() - old_rules.keys():
        to_judge.append((rule_id, f"rule {rule_id} added ({new_rules[rule_id].action}, {new_rules[rule_id].mode})"))
    for rule_id in old_rules.keys() & new_rules.keys():
        before, after = old_rules[rule_id], new_rules[rule_id]
        if _rule_core(before) != _rule_core(after):
            what = ", ".join(f.name for f in fields(Rule) if getattr(before, f.name) != getattr(after, f.name)
                             and f.name not in ("reason", "description", "line"))
            to_judge.append((rule_id, f"rule {rule_id} changed ({what})"))
        elif before.reason != after.reason:
            report.changes.append(f"rule {rule_id}: reason text changed (shown to clients; no effect on decisions)")
    old_order = [r for r in old_rules if r in new_rules]
    new_order = [r for r in new_rules if r in old_rules]
    if old_order != new_order:
        to_judge += [(r, f"rule {r} moved") for r, s in zip(old_order, new_order) if r != s]
    if (old.default_action, old.mode) != (new.default_action, new.mode):
        to_judge.append(("builtin:default", f"default {old.default_action}/{old.mode} -> {new.default_action}/{new.mode}"))
    if old.protects != new.protects:
        to_judge.append(("protects", "protects (which clients the policy applies to) changed"))
    return to_judge


def _static(old: Policy, new: Policy, report: DiffReport) -> None:
    """Judge from the text what changes what leaves without changing any decision."""
    removed = {n for f in old.field_filters for n in f.remove} - {n for f in new.field_filters for n in f.remove}
    added = {n for f in new.field_filters for n in f.remove} - {n for f in old.field_filters for n in f.remove}
    if removed:
        report.static.append((WIDENING, f"field filters no longer remove {', '.join(sorted(removed))}"))
    if added:
        report.static.append((NARROWING, f"field filters now also remove {', '.join(sorted(added))}"))
    if old.field_filters != new.field_filters and not (removed or added):
        report.static.append((UNKNOWN, "field filters now apply to other providers or operations"))
    if old.unprotected_unlisted != new.unprotected_unlisted:
        kind = WIDENING if new.unprotected_unlisted == "passthrough" else NARROWING
        report.static.append((kind, f"unprotected clients' unlisted hosts: {old.unprotected_unlisted} -> "
                                    f"{new.unprotected_unlisted}"))
    if old.sensitive_fields != new.sensitive_fields:
        gone = sorted(old.sensitive_fields.keys() - new.sensitive_fields.keys())
        new_names = sorted(new.sensitive_fields.keys() - old.sensitive_fields.keys())
        moved = sorted(n for n in old.sensitive_fields.keys() & new.sensitive_fields.keys()
                       if old.sensitive_fields[n] != new.sensitive_fields[n])
        parts = [f"added {', '.join(new_names)}" if new_names else "", f"removed {', '.join(gone)}" if gone else "",
                 f"relabelled {', '.join(moved)}" if moved else ""]
        what = "; ".join(p for p in parts if p)
        report.changes.append(f"sensitive_fields: {what}")
        report.unknown.append(
            f"sensitive_fields changed ({what}): the audit log records which listed fields a request carried, "
            "never its text, so recorded traffic cannot show who sends these names; only the fixtures judge it")
    known = {"mode", "protects", "lists", "sensitive_fields", "field_filters", "rules", "default_action",
             "unprotected_unlisted"} | DESCRIPTIVE
    for f in fields(Policy):
        if f.name not in known and getattr(old, f.name) != getattr(new, f.name):
            report.unknown.append(f"{f.name} changed, and this diff cannot judge its effect")


def _fixture_flips(old: Policy, new: Policy, cases: list[FixtureCase], catalog: Catalog,
                   report: DiffReport, reach: _Reach) -> None:
    for fixture in cases:
        outcomes = []
        for policy in (old, new):
            try:
                context, classification = case_inputs(fixture.case, policy, catalog)
            except InspectionError:
                outcomes.append(None)
                continue
            decision = decide(context, classification, policy)
            outcomes.append((Outcome.of(decision), decision.protected))
        if outcomes[0] is None or outcomes[1] is None:
            continue  # not inspectable: fails closed under any policy
        (before, was_protected), (after, is_protected) = outcomes
        report.fixtures += 1
        reach.add(before, after, (was_protected, is_protected))
        kind = change_between(before, after)
        if kind != SAME:
            report.fixture_flips.append(CaseFlip(f"{fixture.file}: {fixture.name}", kind, before.describe(), after.describe()))


def _record_flips(old: Policy, new: Policy, logs: list[Path], report: DiffReport, reach: _Reach) -> None:
    records = read_records(logs)
    for item in records.items:
        old_decision, new_decision = item.decide(old), item.decide(new)
        before, after = Outcome.of(old_decision), Outcome.of(new_decision)
        report.records += 1
        reach.add(before, after, (old_decision.protected, new_decision.protected))
        kind = change_between(before, after)
        if kind != SAME:
            report.record_flips.append(flip_of(item, kind, before, after))


def diff(old: Policy, new: Policy, cases: list[FixtureCase], logs: list[Path], catalog: Catalog) -> DiffReport:
    report = DiffReport(f"{old.name} {old.version} ({old.source})", f"{new.name} {new.version} ({new.source})")
    reach = _Reach()
    to_judge = _text_changes(old, new, report)
    _static(old, new, report)
    _fixture_flips(old, new, cases, catalog, report, reach)
    _record_flips(old, new, logs, report, reach)
    for aspect, description in to_judge:
        report.changes.append(description)
        reached = reach.protection_differs if aspect == "protects" else aspect in reach.rules
        if not reached:
            report.unknown.append(f"{description}, but no fixture or recorded decision reaches it")
    kinds = {f.kind for f in report.fixture_flips} | {f.kind for f in report.record_flips} | {k for k, _ in report.static}
    if report.changes and not kinds:
        kinds.add(NEUTRAL)
    report.verdict = verdict(kinds - {SAME}, report.unknown)
    return report


def _print(report: DiffReport, limit: int) -> None:
    print(f"diff {report.old}\n  -> {report.new}")
    for change in report.changes:
        print(f"  changed: {change}")
    for kind, what in report.static:
        print(f"  {kind}: {what}")
    print(f"fixtures evaluated: {report.fixtures}, flips: {len(report.fixture_flips)}")
    for flip in report.fixture_flips[:limit]:
        print(f"  {flip.kind}: {flip.case}: {flip.before} => {flip.after}")
    print(f"recorded decisions evaluated: {report.records}, flips: {len(report.record_flips)}")
    for rflip in report.record_flips[:limit]:
        who = " ".join(f"{k}={v}" for k, v in rflip.workload.items())
        print(f"  {rflip.kind}: #{rflip.seq} {who} -> {rflip.destination}, label {rflip.label}: "
              f"{rflip.before} => {rflip.after}")
    for unknown in report.unknown:
        print(f"impact unknown: {unknown}")
    print(f"verdict: {report.verdict}")


def diff_command(old_path: Path, new_path: Path, case_files: list[Path], logs: list[Path], catalog_path: Path,
                 output: str, limit: int) -> int:
    """Exit 0: neutral or narrowing; 1: widening (or mixed); 3: impact unknown; 2: bad input."""
    def build() -> DiffReport:
        files = case_files
        if not files:
            default = new_path.with_name(new_path.name.removesuffix(".yaml") + ".cases.yaml")
            files = [default] if default.exists() else []
        cases = [c for f in files for c in cases_in(f)]
        return diff(load_policy(old_path), load_policy(new_path), cases, logs, Catalog.load(catalog_path))

    report = emit(build, output, lambda r: _print(r, limit))
    return 2 if report is None else exit_code(report.verdict)
