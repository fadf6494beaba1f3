"""`embargo policy explain`: why one request is decided the way it is.

For one request and identity (a fixture case, or a decision recorded in the audit log)
it prints what the classifier found (label, detectors with counts and locations, never
the text), whether the policy protects the client, and the trace of rule evaluation:
each rule matched, matched in audit mode, or why not, up to the rule that decides.
Built on the engine's own `rule_mismatch`, so the trace cannot drift from `decide`.
"""

from __future__ import annotations

import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from addons.inspection import InspectionError
from agent.catalog import Catalog
from agent.events import classification_record, decision_record
from agent.policy.engine import RequestContext, decide, rule_mismatch
from agent.policy.model import Policy, load_policy
from agent.policy.records import read_records
from agent.policy.reporting import emit
from agent.policy.tooling import case_inputs, cases_in
from agent.yamlfile import load_yaml
from classifier.classification import Classification


@dataclass
class RuleStep:
    rule: str
    line: int
    action: str
    mode: str
    result: str  # decides | audit-match | no match | not reached
    why: str = ""


@dataclass
class Explanation:
    policy: str
    request: str
    identity: dict[str, Any]
    protected: bool
    destination: dict[str, Any] | None
    operation: str | None
    classification: dict[str, Any] | None
    steps: list[RuleStep] = field(default_factory=list)
    decision: dict[str, Any] = field(default_factory=dict)


def explain(context: RequestContext, classification: Classification, policy: Policy, what: str) -> Explanation:
    decision = decide(context, classification, policy)
    identity = context.identity
    result = Explanation(
        policy=f"{policy.name} {policy.version} ({policy.source})",
        request=what,
        identity={k: v for k, v in asdict(identity).items() if v is not None},
        protected=decision.protected,
        destination=asdict(context.destination) if context.destination else None,
        operation=context.operation,
        classification=classification_record(classification),
        decision=decision_record(decision),
    )
    if not decision.protected or context.destination is None:
        return result  # decided before any rule: the decision's reasons say why
    decided = False
    for rule in policy.rules:
        if decided:
            result.steps.append(RuleStep(rule.id, rule.line, rule.action, rule.mode, "not reached",
                                         f"rule {decision.rule_id} decided first"))
            continue
        why = rule_mismatch(rule, context, classification)
        if why is not None:
            result.steps.append(RuleStep(rule.id, rule.line, rule.action, rule.mode, "no match", why))
        elif rule.mode == "audit":
            result.steps.append(RuleStep(rule.id, rule.line, rule.action, rule.mode, "audit-match",
                                         "matches; recorded as what would happen, evaluation goes on"))
        else:
            decided = True
            result.steps.append(RuleStep(rule.id, rule.line, rule.action, rule.mode, "decides"))
    return result


def _print(result: Explanation) -> None:
    print(f"policy:      {result.policy}")
    print(f"request:     {result.request}")
    print("identity:    " + " ".join(f"{k}={v}" for k, v in result.identity.items())
          + ("" if result.protected else "  (not protected by this policy)"))
    destination = result.destination
    if destination:
        print(f"destination: {destination['endpoint_id']} {destination['host']} provider={destination['provider']} "
              f"jurisdiction={destination['jurisdiction']}")
    else:
        print("destination: not in the endpoint catalog")
    print(f"operation:   {result.operation}")
    c = result.classification
    if c:
        print(f"label:       {c['label']} (score {c['score']})")
        for finding in c["findings"]:
            where = ", ".join(f"{loc['where']}[{loc['start']}:{loc['end']}]" for loc in finding["locations"][:5])
            print(f"  finding    {finding['detector']} ({finding['label']}) x{finding['count']} at {where}")
        if c["sensitive_fields"]:
            print(f"  fields     {', '.join(c['sensitive_fields'])}")
        if c["uninspected"]:
            print(f"  not seen   {', '.join(c['uninspected'])}")
    if result.steps:
        print("rules:")
        marks = {"decides": "=>", "audit-match": "~>", "no match": " x", "not reached": " -"}
        for step in result.steps:
            why = f": {step.why}" if step.why else ""
            print(f"  {marks[step.result]} {step.rule} (line {step.line}, {step.action}, {step.mode}) {step.result}{why}")
    d = result.decision
    print(f"decision:    {d['enforced_action']} (policy action {d['action']}, mode {d['mode']}) by {d['rule']}")
    for reason in d["reasons"]:
        print(f"  because    {reason}")
    for match in d["audit_matches"]:
        print(f"  audit      {match['rule']} would {match['action']}")


def _from_case(source: str, policy: Policy, catalog: Catalog) -> tuple[RequestContext, Classification, str]:
    """FILE (a request in case format) or FILE#NAME (a case of a *.cases.yaml file, by name substring)."""
    path, _, name = source.partition("#")
    if name:
        matches = [c for c in cases_in(Path(path)) if name in c.name]
        if len(matches) != 1:
            raise ValueError(f"{len(matches)} cases in {path} have {name!r} in their name; give a unique part")
        case, label = matches[0].case, matches[0].name
    else:
        case, label = load_yaml(path).data, path
    context, classification = case_inputs(case, policy, catalog)
    return context, classification, label


def _from_log(log: Path, wanted: str, policy: Policy) -> tuple[RequestContext, Classification, str]:
    """A recorded request decision, by its sequence number or incident id."""
    for item in read_records([log]).items:
        if wanted in (str(item.seq), item.incident_id) and item.classification is not None:
            return item.context, item.classification, f"{log} record #{item.seq} ({item.time})"
    raise ValueError(f"no replayable request decision with seq or incident id {wanted!r} in {log}")


def explain_command(policy_path: Path, case: str | None, log: Path | None, record: str | None,
                    catalog_path: Path, output: str) -> int:
    if not case and not (log and record):
        print("embargo: give --case FILE[#NAME], or --log FILE with --record SEQ|INCIDENT", file=sys.stderr)
        return 2

    def build() -> Explanation:
        policy = load_policy(policy_path)
        if case:
            context, classification, what = _from_case(case, policy, Catalog.load(catalog_path))
        else:
            assert log and record
            context, classification, what = _from_log(log, record, policy)
        return explain(context, classification, policy, what)

    try:
        result = emit(build, output, _print)
    except InspectionError as err:
        print(f"embargo: the request cannot be inspected ({err.code}): it would fail closed", file=sys.stderr)
        return 1
    return 2 if result is None else 0
