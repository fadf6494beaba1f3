"""`embargo policy lint` and `embargo policy test`.

lint: the loader's schema and reference checks, plus semantic checks that a schema cannot
express: unknown catalog, detector or operation names, rules that can never match or
that an earlier rule shadows, allow rules that let uninspected content out, redirects
without a local model, and redact rules that could reach signed bodies.

test: runs the `*.cases.yaml` fixtures next to a policy through the real adapters,
classifier and engine (no network), and prints a readable diff for each failing case.
"""

from __future__ import annotations

import base64
import json
import sys
from dataclasses import asdict, dataclass, field, fields, replace
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from addons.inspection import InspectionError, InspectionJob, inspect
from addons.redaction import redactable
from addons.providers.base import OPERATIONS
from addons.translate.routes import NOT_REDIRECTABLE, REDIRECTABLE_OPERATIONS, NotRedirectable, route_for
from agent.catalog import NODE, UNKNOWN, Catalog
from agent.policy.engine import FAIL_CLOSED, Decision, Identity, RequestContext, decide
from agent.policy.analysis import covers, default_allows_unknown_endpoints, never_matches, overlap
from agent.policy.model import Membership, Policy, Rule, load_policy
from agent.workload import Workload
from agent.yamlfile import ConfigError, load_yaml
from classifier.classification import Classification
from classifier.detectors import DETECTORS

NEEDS_LOCAL_MODEL = {"redirect"}


@dataclass(frozen=True)
class LintFinding:
    file: str
    line: int
    severity: str  # error | warning
    message: str
    fix: str = ""  # what to change, in plain words

    def __str__(self) -> str:
        fix = f"\n    fix: {self.fix}" if self.fix else ""
        return f"{self.file}:{self.line}: {self.severity}: {self.message}{fix}"


def lint(path: Path, catalog: Catalog, local_model: bool = False) -> list[LintFinding]:
    """Findings for one policy file; `local_model`: the proxy runs with --local-model."""
    try:
        policy = load_policy(path)
    except ConfigError as err:
        return [LintFinding(p.file, p.line, "error", p.message) for p in err.problems]
    return lint_policy(policy, catalog, local_model)


def lint_policy(policy: Policy, catalog: Catalog, local_model: bool = False) -> list[LintFinding]:
    """The semantic checks on a loaded policy (what hot reload runs before swapping it in)."""
    return _Linter(policy, catalog, local_model).run()


def lint_overlaps(policies: list[Policy]) -> list[LintFinding]:
    """Policies that protect the same clients: each client gets one policy, so which applies
    depends on which file the node's agent loads; say so rather than let it surprise."""
    findings = []
    for index, first in enumerate(policies):
        for second in policies[index + 1:]:
            if first.name == second.name:
                continue  # two versions of one policy (e.g. lint current.yaml candidate.yaml)
            shared = overlap(first, second)
            if shared:
                line = first.document.line_of(("protects",)) if first.document else 1
                findings.append(LintFinding(
                    first.source, line, "warning",
                    f"policies {first.name!r} and {second.name!r} ({second.source}) both protect "
                    f"{'; '.join(shared[:3])}",
                    "give each policy disjoint clients/identities under `protects`, or merge them into one policy"))
    return findings


class _Linter:
    def __init__(self, policy: Policy, catalog: Catalog, local_model: bool):
        self.policy = policy
        self.catalog = catalog
        self.local_model = local_model or any(e.kind == "local-model" for e in catalog.entries)
        self.findings: list[LintFinding] = []
        self.providers = {e.provider for e in catalog.entries}
        self.endpoints = {e.id for e in catalog.entries}
        self.jurisdictions = catalog.known_jurisdictions() | {NODE, UNKNOWN, "global"}

    def add(self, line: int, severity: str, message: str, fix: str = "") -> None:
        self.findings.append(LintFinding(self.policy.source, line, severity, message, fix))

    def run(self) -> list[LintFinding]:
        policy = self.policy
        doc = policy.document
        assert doc is not None
        for name, values in policy.lists.items():
            line = doc.line_of(("lists", name))
            if name in ("sovereign", "sovereign_jurisdictions") or "jurisdiction" in name:
                self._known(values, self.jurisdictions, "jurisdiction", line, "warning")
        for index, rule in enumerate(policy.rules):
            self._rule(rule, policy.rules[:index])
        for index, field_filter in enumerate(policy.field_filters):
            line = doc.line_of(("field_filters", index))
            for provider in sorted(field_filter.providers or ()):
                if provider not in self.providers:
                    self.add(line, "error", f"field filter names unknown provider {provider!r}",
                             f"use a provider of the catalog: {', '.join(sorted(self.providers))}")
            signed = sorted({e.provider for e in self.catalog.entries if e.signed_body
                             and (field_filter.providers is None or e.provider in field_filter.providers)})
            if signed:
                self.add(line, "warning", f"field filter cannot apply to {', '.join(signed)}: their request bodies are signed",
                         "name the providers it is meant for under `provider:`")
        kernel_only = [i for i, selector in enumerate(policy.protects) if selector.needs_kernel_view]
        if kernel_only:
            self.add(doc.line_of(("protects", kernel_only[0])), "warning",
                     f"{len(kernel_only)} selector(s) in `protects` (cgroup, process, pod, crm_originated) need the "
                     "kernel view: they match only under `embargo agent` with tracing, never under `embargo proxy`",
                     "run `embargo agent` where this policy protects workloads by these selectors")
        self._redaction_settings()
        if policy.unprotected_unlisted == "passthrough":
            self.add(doc.line_of(("unprotected_clients",)), "warning",
                     "unprotected clients may reach hosts outside the catalog (passed through undecrypted)",
                     "remove `unlisted_hosts: passthrough` unless clients outside `protects` need other hosts")
        leaking = default_allows_unknown_endpoints(policy)
        if leaking:
            self.add(doc.line_of(("default",)), "warning",
                     f"the default allows {', '.join(map(str, leaking))} data to AI endpoints of unknown jurisdiction "
                     "(e.g. an Azure resource or a region the catalog does not list)",
                     "add a rule such as `match: {label: internal, jurisdiction: [unknown]}` with `action: block`, "
                     "or make the default `block`")
        return self.findings

    def _rule(self, rule: Rule, earlier: tuple[Rule, ...]) -> None:
        line, match = rule.line, rule.match
        shadow = next((e for e in earlier if e.mode == "enforce" and covers(e, rule)), None)
        if shadow is not None:
            effect = "decide" if rule.mode == "enforce" else "record an audit match"
            self.add(line, "warning", f"rule {rule.id!r} can never {effect}: rule {shadow.id!r} (line {shadow.line}) "
                                      "before it matches every request it matches",
                     f"move {rule.id!r} above {shadow.id!r}, narrow {shadow.id!r}, or delete {rule.id!r}")
        impossible = never_matches(match)
        if impossible:
            self.add(line, "error", f"rule {rule.id!r} can never match: {impossible}",
                     "fix the condition, or delete the rule")
        self._redact_rule(rule)
        if rule.action in NEEDS_LOCAL_MODEL and not self.local_model:
            # A warning: without a local model the proxy blocks what the rule redirects (fail closed).
            self.add(line, "warning", f"rule {rule.id!r} sends requests to the on-node local model, but none is "
                                      "configured: the proxy blocks them instead",
                     "run the proxy with --local-model URL (and lint with it), or use block")
        if rule.action == "redirect":
            self._redirectable(rule.id, match.operation, line)
        if rule.action == "allow" and rule.inspection in ("partial", "any"):
            self.add(line, "warning", f"rule {rule.id!r} lets requests out whose content was not fully inspected "
                                      f"(inspection: {rule.inspection})",
                     "keep such a rule narrow (identities/clients, endpoint) and document why")
        for pattern in match.detectors:
            if not any(fnmatchcase(d, pattern) for d in DETECTORS):
                self.add(line, "error", f"rule {rule.id!r}: detector pattern {pattern!r} matches no detector",
                         f"use one of: {', '.join(sorted(DETECTORS))}")
        for name, membership, known in (
            ("provider", match.provider, self.providers),
            ("endpoint", match.endpoint, self.endpoints),
            ("operation", match.operation, set(OPERATIONS)),
            ("jurisdiction", match.jurisdiction, self.jurisdictions),
        ):
            if membership is not None:
                self._membership(rule.id, name, membership, known, line)

    def _redirectable(self, rule_id: str, operation: Membership | None, line: int) -> None:
        """A redirect rule that can match operations the local model cannot answer blocks them."""
        blocked = sorted(op for op in OPERATIONS if op not in REDIRECTABLE_OPERATIONS
                         and (operation is None or operation.matches(op)))
        if not blocked:
            return
        fix = "add `operation: [chat, completion]` to the rule, and a block rule for the other operations"
        if operation is None:
            self.add(line, "warning", f"rule {rule_id!r} redirects every operation, but only "
                     f"{', '.join(sorted(REDIRECTABLE_OPERATIONS))} can be redirected; matching "
                     f"{', '.join(blocked)} requests are blocked", fix)
            return
        for op in blocked:
            self.add(line, "warning", f"rule {rule_id!r} redirects {op} requests, which cannot be redirected and are "
                     f"blocked: {NOT_REDIRECTABLE[op]}", fix)

    def _redact_rule(self, rule: Rule) -> None:
        if rule.action != "redact":
            if rule.fallback:
                self.add(rule.line, "warning", f"rule {rule.id!r}: fallback applies to action redact only",
                         "remove `fallback`, or make the action `redact`")
            return
        if rule.fallback in NEEDS_LOCAL_MODEL and not self.local_model:
            # A warning, as for redirect rules: without a local model the proxy blocks instead (fail closed).
            self.add(rule.line, "warning", f"rule {rule.id!r} falls back to the on-node local model, but none is "
                                           "configured: the proxy blocks instead",
                     "run the proxy with --local-model URL (and lint with it), or use `fallback: block`")
        match = rule.match
        signed = sorted({
            e.id for e in self.catalog.entries if e.signed_body
            and (match.provider is None or match.provider.matches(e.provider))
            and (match.endpoint is None or match.endpoint.matches(e.id))
            # A jurisdiction read from the request (Bedrock's region or profile) can be any.
            and (match.jurisdiction is None or isinstance(e.jurisdiction, dict) or match.jurisdiction.matches(e.jurisdiction))
        })
        if signed:
            self.add(rule.line, "error", f"rule {rule.id!r} can redact requests to {', '.join(signed)}, whose bodies are "
                                         "signed (AWS SigV4) and cannot be changed without re-signing (at run time "
                                         f"they get the rule's fallback, {rule.fallback or 'block'})",
                     f"exclude them: `endpoint: {{not_in: [{', '.join(signed)}]}}`")

    def _redaction_settings(self) -> None:
        settings = self.policy.redaction
        assert self.policy.document is not None
        line = self.policy.document.line_of(("redaction",))
        for name, patterns in (("detectors", settings.detectors), ("never_restore", settings.never_restore)):
            for pattern in patterns:
                if not pattern.startswith("field.") and not any(fnmatchcase(d, pattern) for d in DETECTORS):
                    self.add(line, "error", f"redaction {name}: pattern {pattern!r} matches no detector",
                             f"use one of: {', '.join(sorted(DETECTORS))}, or field.NAME for a field of `fields`")
        for pattern in settings.detectors:
            kept = sorted(d for d in DETECTORS if fnmatchcase(d, pattern) and not redactable(d, (pattern,)))
            if kept:
                self.add(line, "error", f"redaction detectors: {', '.join(kept)} find vocabulary or context, not values: "
                                        "replacing the match would not remove what it signals",
                         "redact values (pii.*, salesforce.record_id, ...); block or keep on sovereign endpoints what these find")

    def _membership(self, rule_id: str, name: str, membership: Membership, known: set[str], line: int) -> None:
        severity = "warning" if name == "jurisdiction" else "error"
        unknown = sorted(v for v in membership.values if v not in known)
        if unknown:
            self.add(line, severity, f"rule {rule_id!r}: unknown {name} {', '.join(map(repr, unknown))}",
                     f"use a {name} of the endpoint catalog: {', '.join(sorted(known))}")

    def _known(self, values: tuple[str, ...], known: set[str], what: str, line: int, severity: str) -> None:
        for value in values:
            if value not in known:
                self.add(line, severity, f"unknown {what} {value!r}", f"use one of: {', '.join(sorted(known))}")


def lint_command(paths: list[Path], catalog_path: Path, output: str, local_model: str = "") -> int:
    """Lint policy files (a directory means its policy files); overlaps between them too."""
    files = [f for p in paths for f in (policy_files(p) if p.is_dir() else [p])]
    catalog = Catalog.load(catalog_path)
    if local_model:
        catalog = catalog.with_local_model(local_model)
    findings = [f for path in files for f in lint(path, catalog)]
    loaded = []
    for path in files:
        try:
            loaded.append(load_policy(path))
        except ConfigError:
            continue  # already reported by lint()
    findings += lint_overlaps(loaded)
    if output == "json":
        print(json.dumps([asdict(f) for f in findings], indent=2))
    else:
        for finding in findings:
            print(finding)
        errors = sum(f.severity == "error" for f in findings)
        names = ", ".join(map(str, files))
        print(f"{names}: {errors} error(s), {len(findings) - errors} warning(s)")
    return 1 if any(f.severity == "error" for f in findings) else 0


def policy_files(directory: Path) -> list[Path]:
    """The policy files of a directory (not the catalog, fixtures or schemas)."""
    return sorted(p for p in directory.glob("*.yaml")
                  if not p.name.endswith(".cases.yaml") and load_yaml(p).data.get("kind") == "EgressPolicy")


# --- fixtures ------------------------------------------------------------------------


@dataclass
class CaseResult:
    file: str
    name: str
    mismatches: list[tuple[str, Any, Any]]  # (field, expected, actual)
    error: str | None = None
    rules: set[str] = field(default_factory=set)  # rules the decision shows matching
    policy: Policy | None = None

    @property
    def passed(self) -> bool:
        return not self.mismatches and self.error is None


# Case keys that differ from the Identity field they fill; every other Identity field is
# given under its own name. `workload` is the kernel's view (`embargo agent`): comm, exe,
# cgroup, crm_originated and pod {namespace, name, labels, service_account}.
IDENTITY_ALIASES = {"client": "client_ip", "port": "client_port", "workload": "kernel"}



def case_identity(raw: dict[str, Any]) -> Identity:
    known = {f.name for f in fields(Identity)}
    values = {}
    for key, value in raw.items():
        name = IDENTITY_ALIASES.get(key, key)
        if name not in known:
            shown = sorted({next((a for a, n in IDENTITY_ALIASES.items() if n == f), f) for f in known})
            raise ValueError(f"identity field {key!r} is not known to this build (known: {', '.join(shown)})")
        values[name] = Workload.from_dict(value) if name == "kernel" else value
    values.setdefault("client_ip", None)
    return Identity(**values)


def case_inputs(case: dict[str, Any], policy: Policy, catalog: Catalog) -> tuple[RequestContext, Classification]:
    """What the engine sees for one fixture case, through the real adapters and classifier.

    Raises InspectionError when the proxy could not inspect the request either."""
    identity = case_identity(case.get("identity", {}))
    request = case["request"]
    host, port, path = request["host"], int(request.get("port", 443)), request.get("path", "/")
    headers = {k.lower(): v for k, v in request.get("headers", {}).items()}
    if "body_b64" in request:
        body = base64.b64decode(request["body_b64"])
    elif "body_text" in request:
        body = request["body_text"].encode()
    else:
        body = json.dumps(request.get("body", {})).encode()
    entry = catalog.entry_for(host, port)
    inspection = inspect(
        InspectionJob(
            method=request.get("method", "POST"),
            path=path,
            content_type=headers.get("content-type", "application/json"),
            content_encoding=headers.get("content-encoding"),
            body=body,
            api_format=entry.api_format if entry else None,
            sensitive_fields=policy.classifier_fields,
            max_body=16 * 1024 * 1024,
            classifier=policy.classifier,
        )
    )
    destination = catalog.destination(host, port, path, inspection.request.model)
    return RequestContext(identity, host, destination, inspection.request.operation), inspection.classification


def run_case(case: dict[str, Any], policy: Policy, catalog: Catalog) -> tuple[Decision, str, str]:
    """Evaluate one fixture case: the decision carried out, the label, and the action the
    policy named (they differ where a redirect is not possible and the proxy blocks)."""
    try:
        context, classification = case_inputs(case, policy, catalog)
    except InspectionError as err:
        return Decision("block", FAIL_CLOSED, "enforce", (err.code,), True), "n/a", "block"
    decision = decide(context, classification, policy)
    named = decision.action
    if decision.enforced_action == "redirect":
        destination = context.destination
        try:
            route_for(destination.api_format if destination else None, case["request"].get("path", "/"), context.operation)
        except NotRedirectable as err:
            decision = replace(decision, action="block", reasons=(*decision.reasons, f"not redirected: {err.reason}"))
    return decision, str(classification.label), named


@dataclass(frozen=True)
class FixtureCase:
    file: str
    name: str  # with its line, so a failure points at the case
    case: dict[str, Any]
    policy: Policy


def cases_in(cases_file: Path) -> list[FixtureCase]:
    """The cases of one `*.cases.yaml` file, with the policy they are written for."""
    doc = load_yaml(cases_file)
    policy = load_policy(cases_file.parent / doc.data.get("policy", cases_file.name.replace(".cases.yaml", ".yaml")))
    return [
        FixtureCase(str(cases_file), f"{case.get('name', f'case {index}')} (line {doc.line_of(('cases', index))})",
                    case, policy)
        for index, case in enumerate(doc.data.get("cases", []))
    ]


def run_fixtures(directory: Path, catalog: Catalog) -> list[CaseResult]:
    results: list[CaseResult] = []
    for cases_file in sorted(directory.glob("*.cases.yaml")):
        for fixture in cases_in(cases_file):
            try:
                decision, label, policy_action = run_case(fixture.case, fixture.policy, catalog)
            except (KeyError, TypeError, ValueError) as err:
                results.append(CaseResult(fixture.file, fixture.name, [], f"malformed case: {type(err).__name__}: {err}"))
                continue
            actual = {
                "action": decision.enforced_action,
                "policy_action": policy_action,
                "rule": decision.rule_id,
                "mode": decision.mode,
                "label": label,
                "audit": [{"rule": m.rule_id, "action": m.action} for m in decision.audit_matches],
            }
            expected = fixture.case.get("expect", {})
            mismatches = [(k, v, actual.get(k)) for k, v in expected.items() if actual.get(k) != v]
            matched = {decision.rule_id, *(m.rule_id for m in decision.audit_matches)}
            results.append(CaseResult(fixture.file, fixture.name, mismatches, rules=matched, policy=fixture.policy))
    return results


def uncovered_rules(results: list[CaseResult]) -> dict[str, list[str]]:
    """Per policy file, the rules no case reaches (neither deciding nor matching in audit mode)."""
    policies = {r.policy.source: r.policy for r in results if r.policy is not None}
    reached: dict[str, set[str]] = {source: set() for source in policies}
    for result in results:
        if result.policy is not None:
            reached[result.policy.source] |= result.rules
    return {
        source: missing
        for source, policy in sorted(policies.items())
        if (missing := [rule.id for rule in policy.rules if rule.id not in reached[source]])
    }


def test_command(directory: Path, catalog_path: Path) -> int:
    try:
        results = run_fixtures(directory, Catalog.load(catalog_path))
    except ConfigError as err:
        print(f"embargo: {err}", file=sys.stderr)
        return 2
    if not results:
        print(f"embargo: no *.cases.yaml fixtures in {directory}", file=sys.stderr)
        return 2
    failed = [r for r in results if not r.passed]
    for result in failed:
        print(f"FAIL {result.file}: {result.name}")
        if result.error:
            print(f"    {result.error}")
        for key, expected, actual in result.mismatches:
            print(f"    {key}: expected {expected!r}, got {actual!r}")
    for source, missing in uncovered_rules(results).items():
        print(f"warning: {source}: no case reaches rule(s) {', '.join(missing)}")
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0
