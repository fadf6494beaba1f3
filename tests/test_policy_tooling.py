"""`embargo policy lint | test | explain | diff | replay` as a security team runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent.audit import AuditLog
from agent.catalog import Catalog
from agent.events import DecisionEvent, RequestSummary
from agent.policy.diff import diff
from agent.policy.engine import decide
from agent.policy.model import load_policy
from agent.policy.replay import replay
from agent.policy.tooling import case_inputs, cases_in, lint, run_fixtures, uncovered_rules
from tests.conftest import POLICIES
from tests.test_cli import embargo

CATALOG = Catalog.load()
DEFAULT = POLICIES / "default.yaml"
STRICT = POLICIES / "eu-legal-strict.yaml"


def variant(tmp_path: Path, source: Path, old: str, new: str, name: str | None = None) -> Path:
    """A copy of a shipped policy with one edit (the edit must apply)."""
    text = source.read_text()
    assert old in text, old
    path = tmp_path / (name or source.name)
    path.write_text(text.replace(old, new, 1))
    return path


def record_fixtures(log_path: Path, policy_path: Path, cases_path: Path) -> int:
    """Write the decisions the proxy would record for each fixture case (real events, real chain)."""
    policy = load_policy(policy_path)
    log = AuditLog(log_path, fsync=False)
    count = 0
    for fixture in cases_in(cases_path):
        context, classification = case_inputs(fixture.case, policy, CATALOG)
        event = DecisionEvent(
            phase="request", node="test-node", workload=context.identity, host=context.host,
            destination=context.destination, decision=decide(context, classification, policy), policy=policy,
            request=RequestSummary("POST", fixture.case["request"].get("path", "/"), operation=context.operation),
            classification=classification, incident_id=f"EMB-TEST-{count:04d}",
        )
        log.append(event.to_dict())
        count += 1
    log.close()
    return count


# --- lint ----------------------------------------------------------------------------------


def messages(findings, severity: str | None = None) -> list[str]:
    return [f.message for f in findings if severity is None or f.severity == severity]


def test_a_rule_behind_a_broader_one_is_reported_as_shadowed(tmp_path):
    path = variant(tmp_path, DEFAULT, "  - id: bulk-crm-uploads-stay-sovereign", """\
  - id: no-openai-confidential
    match: {label: confidential, provider: [openai], jurisdiction: [US]}
    action: block

  - id: bulk-crm-uploads-stay-sovereign""")
    findings = lint(path, CATALOG)
    shadowed = [f for f in findings if "can never decide" in f.message]
    assert len(shadowed) == 1 and "'no-openai-confidential'" in shadowed[0].message
    assert "'personal-data-stays-sovereign'" in shadowed[0].message and shadowed[0].fix
    assert shadowed[0].line == path.read_text().splitlines().index("  - id: no-openai-confidential") + 1


def test_a_narrower_earlier_rule_shadows_nothing(tmp_path):
    # The earlier rule only covers US; the later one also reaches other jurisdictions.
    path = variant(tmp_path, DEFAULT, "  - id: secrets-never-leave", """\
  - id: us-confidential
    match: {label: confidential, jurisdiction: [US]}
    action: block

  - id: secrets-never-leave""")
    assert not [m for m in messages(lint(path, CATALOG)) if "can never" in m]


def test_an_audit_rule_behind_a_broader_enforcing_rule_never_records(tmp_path):
    path = variant(tmp_path, STRICT, "      label: internal\n      jurisdiction: {not_in: on_node}",
                   "      label: internal\n      jurisdiction: {not_in: sovereign}")
    found = [m for m in messages(lint(path, CATALOG)) if "can never record an audit match" in m]
    assert len(found) == 1 and "'internal-to-eu-providers-canary'" in found[0]
    assert "'nothing-but-public-leaves-eu'" in found[0]


def test_a_rule_over_an_empty_list_can_never_match(tmp_path):
    path = variant(tmp_path, STRICT, "      jurisdiction: {in: sovereign}", "      jurisdiction: {in: nowhere}")
    path.write_text(path.read_text().replace("  on_node: [node]", "  on_node: [node]\n  nowhere: []"))
    errors = messages(lint(path, CATALOG), "error")
    assert errors == ["rule 'public-chat-sovereign' can never match: jurisdiction must be in nowhere, which is empty"]


def test_redirect_needs_a_local_model(tmp_path):
    path = variant(tmp_path, STRICT, "    reason: privileged legal material may only be processed by the on-node model",
                   "    reason: privileged legal material may only be processed by the on-node model\n"
                   "  - id: privileged-to-the-node\n    match: {label: privileged}\n    action: redirect")
    # A warning, not an error: without a local model the proxy blocks what the rule redirects.
    without = messages(lint(path, CATALOG), "warning")
    assert any("none is configured: the proxy blocks them instead" in m for m in without)
    with_model = messages(lint(path, CATALOG.with_local_model("http://127.0.0.1:8000/v1")), "warning")
    assert not any("none is configured" in m for m in with_model)


def test_a_default_that_lets_internal_data_reach_unknown_jurisdictions_is_flagged(tmp_path):
    path = variant(tmp_path, DEFAULT, "      label: internal\n      jurisdiction: [unknown]\n    action: block",
                   "      label: internal\n      jurisdiction: [unknown]\n    action: block\n    mode: audit")
    warnings = messages(lint(path, CATALOG), "warning")
    assert any("default allows internal data to AI endpoints of unknown jurisdiction" in m for m in warnings)
    assert not any("unknown jurisdiction" in m for m in messages(lint(DEFAULT, CATALOG)))


def test_lint_of_several_policies_reports_overlapping_protection(tmp_path):
    other = variant(tmp_path, STRICT, "name: eu-legal-strict", "name: eu-legal-copy", "copy.yaml")
    result = embargo("policy", "lint", str(STRICT), str(other), "--format", "json")
    findings = json.loads(result.stdout)
    overlaps = [f for f in findings if "both protect" in f["message"]]
    assert result.returncode == 0 and overlaps
    assert "10.20.0.0/16" in overlaps[0]["message"] and "legal-*" in overlaps[0]["message"] and overlaps[0]["fix"]


def test_lint_text_output_gives_file_line_and_fix(tmp_path):
    path = variant(tmp_path, DEFAULT, '      detectors: ["secret.*"]', '      detectors: ["secrets.*"]')
    result = embargo("policy", "lint", str(path))
    assert result.returncode == 1
    line = path.read_text().splitlines().index("  - id: secrets-never-leave") + 1
    assert f"{path}:{line}: error: rule 'secrets-never-leave': detector pattern 'secrets.*' matches no detector" in result.stdout
    assert "    fix: use one of: " in result.stdout


# --- test (fixtures) -------------------------------------------------------------------------


def test_every_rule_of_every_shipped_policy_is_reached_by_a_case():
    results = run_fixtures(POLICIES, CATALOG)
    assert results and all(r.passed for r in results)
    assert uncovered_rules(results) == {}
    shipped = {p.name for p in POLICIES.glob("*.yaml") if not p.name.endswith(".cases.yaml")} - {"endpoints.yaml"}
    assert shipped == {Path(r.policy.source).name for r in results if r.policy}


def test_uncovered_rules_and_unknown_identity_fields_are_reported(tmp_path):
    (tmp_path / "eu-legal-strict.yaml").write_text(STRICT.read_text())
    cases = STRICT.with_name("eu-legal-strict.cases.yaml").read_text()
    head, _, _ = cases.partition("  - name: an internal note to Mistral")
    (tmp_path / "eu-legal-strict.cases.yaml").write_text(
        head + "  - name: a pod identity\n    identity: {client: 10.20.4.11, container: legal-intake}\n"
               "    request: {host: api.mistral.ai, path: /v1/chat/completions, body: {model: m, messages: []}}\n"
               "    expect: {action: allow}\n")
    result = embargo("policy", "test", str(tmp_path))
    assert result.returncode == 1
    assert "identity field 'container' is not known to this build (known: client, kernel_redirected, port, tenant, user, workload)" in result.stdout
    assert "no case reaches rule(s) secrets-never-leave, no-bulk-operations" in result.stdout


# --- explain ---------------------------------------------------------------------------------


def test_explain_traces_every_rule_up_to_the_decision():
    result = embargo("policy", "explain", str(STRICT), "--case",
                     f"{STRICT.with_name('eu-legal-strict.cases.yaml')}#internal note to Mistral")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "x secrets-never-leave (line 66, block, enforce) no match: none of the listed detectors found anything" in out
    assert "x no-bulk-operations (line 81, block, enforce) no match: operation chat is in conversational" in out
    assert "~> internal-to-eu-providers-canary (line 94, block, audit) audit-match" in out
    assert "=> public-chat-sovereign (line 105, allow, enforce) decides" in out
    assert "finding    salesforce.record_id (internal) x2 at messages[0].content[" in out
    assert "5005g00000AbCdE" not in out  # locations, never the text
    assert "decision:    allow (policy action allow, mode enforce) by public-chat-sovereign" in out


def test_explain_a_recorded_decision_by_incident_id(tmp_path):
    log = tmp_path / "audit.jsonl"
    record_fixtures(log, DEFAULT, DEFAULT.with_name("default.cases.yaml"))
    result = embargo("policy", "explain", str(DEFAULT), "--log", str(log), "--record", "EMB-TEST-0000", "--format", "json")
    assert result.returncode == 0, result.stderr
    explained = json.loads(result.stdout)
    steps = {s["rule"]: s["result"] for s in explained["steps"]}
    assert steps["secrets-never-leave"] == "no match" and steps["privileged-stays-sovereign"] == "decides"
    assert steps["bulk-crm-uploads-stay-sovereign"] == "not reached"
    assert explained["decision"]["rule"] == "privileged-stays-sovereign"
    missing = embargo("policy", "explain", str(DEFAULT), "--log", str(log), "--record", "EMB-NOPE")
    assert missing.returncode == 2 and "no replayable request decision" in missing.stderr


# --- replay ----------------------------------------------------------------------------------


@pytest.fixture
def strict_log(tmp_path) -> Path:
    log = tmp_path / "audit.jsonl"
    assert record_fixtures(log, STRICT, STRICT.with_name("eu-legal-strict.cases.yaml")) == 9
    return log


def promoted(tmp_path: Path) -> Path:
    """eu-legal-strict with its canary rule promoted from audit to enforce."""
    return variant(tmp_path, STRICT, "    action: block\n    mode: audit\n", "    action: block\n    mode: enforce\n",
                   "promoted.yaml")


def test_replay_of_the_same_policy_changes_nothing(strict_log):
    report = replay(load_policy(STRICT), [strict_log])
    assert report.replayed == 9 and not report.flips and report.verdict == "no change" and not report.unknown


def test_replay_shows_what_promoting_a_canary_rule_would_block(tmp_path, strict_log):
    result = embargo("policy", "replay", str(promoted(tmp_path)), "--log", str(strict_log))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "  allow -> block         1\n" in out and "  allow -> allow         2\n" in out
    assert "#3 narrowing: client_ip=10.20.4.11 -> mistral api.mistral.ai (EU), label internal [salesforce.record_id]: " \
           "allow by public-chat-sovereign (audit match: internal-to-eu-providers-canary) => " \
           "block by internal-to-eu-providers-canary" in out
    assert "verdict: narrowing" in out


def test_replay_says_impact_unknown_when_the_candidate_classifies_differently(tmp_path, strict_log):
    candidate = variant(tmp_path, STRICT, "    - counsel_opinion__c", "    - counsel_opinion__c\n    - witness_list__c")
    report = replay(load_policy(candidate), [strict_log])
    assert report.verdict == "impact unknown" and not report.flips
    assert "9 record(s) were classified with other sensitive_fields" in report.unknown[0]
    result = embargo("policy", "replay", str(candidate), "--log", str(strict_log))
    assert result.returncode == 3 and "verdict: impact unknown" in result.stdout, result.stderr


def test_a_websocket_message_record_is_replayed_like_a_request():
    from agent.policy.records import Replayable, replayable
    from classifier.classification import Label
    from tests.siem_records import decision_record

    message = replayable(decision_record(phase="message", label=Label.PRIVILEGED))
    assert isinstance(message, Replayable) and message.classification.label == Label.PRIVILEGED
    assert message.context.operation == "chat"


def test_replay_counts_what_it_cannot_replay_and_reports_a_broken_chain(tmp_path, strict_log):
    lines = strict_log.read_text().splitlines()
    lines[1] = lines[1].replace('"10.20.4.11"', '"10.20.4.12"')
    strict_log.write_text("\n".join(lines) + "\n{not json\n" + "[" * 100_000 + "\n")
    report = replay(load_policy(STRICT), [strict_log])
    assert report.skipped == {"malformed record": 2}
    assert any("line 2" in e for e in report.chain_errors)


# --- diff ------------------------------------------------------------------------------------


def run_diff(old: Path, new: Path, *logs: Path):
    """Diff two versions of eu-legal-strict on its fixtures and the given logs."""
    return diff(load_policy(old), load_policy(new), cases_in(STRICT.with_name("eu-legal-strict.cases.yaml")),
                list(logs), CATALOG)


def test_diff_of_a_policy_with_itself_is_no_change(strict_log):
    report = run_diff(STRICT, STRICT, strict_log)
    assert report.verdict == "no change" and report.fixtures == 9 and report.records == 9


def test_diff_promoting_the_canary_is_narrowing(tmp_path, strict_log):
    report = run_diff(STRICT, promoted(tmp_path), strict_log)
    assert report.verdict == "narrowing"
    assert [f.kind for f in report.fixture_flips] == ["narrowing"] and [f.seq for f in report.record_flips] == [3]


def without_rule(tmp_path: Path, rule_id: str) -> Path:
    head, rest = STRICT.read_text().split(f"  - id: {rule_id}\n")
    path = tmp_path / f"without-{rule_id}.yaml"
    path.write_text(head + rest.split("\n\n", 1)[1])
    return path


def test_diff_removing_a_rule_is_widening_with_the_cases_that_flip(tmp_path, strict_log):
    report = run_diff(STRICT, without_rule(tmp_path, "no-bulk-operations"), strict_log)
    assert report.verdict == "widening" and "rule no-bulk-operations removed" in report.changes
    expected = ("widening", "block by no-bulk-operations", "allow by public-chat-sovereign")
    assert [(f.kind, f.before, f.after) for f in report.fixture_flips] == [expected]
    assert [(f.kind, f.before, f.after) for f in report.record_flips] == [expected]


def test_diff_removing_a_rule_the_default_backs_up_is_neutral(tmp_path, strict_log):
    # Without the rule, the internal matter note to OpenAI US reaches the canary (audit) and
    # then the default, which blocks too: the effect is the same, the deciding rule is not.
    report = run_diff(STRICT, without_rule(tmp_path, "nothing-but-public-leaves-eu"), strict_log)
    assert report.verdict == "neutral"
    assert [(f.kind, f.before, f.after) for f in report.fixture_flips] == [
        ("neutral", "block by nothing-but-public-leaves-eu",
         "block by builtin:default (audit match: internal-to-eu-providers-canary)")]


def test_diff_a_new_sensitive_field_is_impact_unknown_never_no_change(tmp_path, strict_log):
    new = variant(tmp_path, STRICT, "    - counsel_opinion__c", "    - counsel_opinion__c\n    - witness_list__c")
    result = embargo("policy", "diff", str(STRICT), str(new), "--log", str(strict_log),
                     "--cases", str(STRICT.with_name("eu-legal-strict.cases.yaml")))
    assert result.returncode == 3, result.stdout
    assert "verdict: impact unknown" in result.stdout and "no change" not in result.stdout
    assert "sensitive_fields changed (added witness_list__c)" in result.stdout


def test_diff_a_rule_nothing_reaches_is_impact_unknown(tmp_path, strict_log):
    new = variant(tmp_path, STRICT, "  - id: public-chat-sovereign", """\
  - id: no-cohere
    match: {provider: [cohere]}
    action: block

  - id: public-chat-sovereign""")
    report = run_diff(STRICT, new, strict_log)
    assert report.verdict == "impact unknown"
    assert report.unknown == ["rule no-cohere added (block, enforce), but no fixture or recorded decision reaches it"]


def test_diff_judges_field_filters_from_the_text(tmp_path):
    new = variant(tmp_path, STRICT, "    remove: [user, metadata, safety_identifier]", "    remove: [user, metadata]")
    report = run_diff(STRICT, new)
    assert report.verdict == "widening" and report.static == [("widening", "field filters no longer remove safety_identifier")]


def test_diff_of_a_reason_text_is_neutral(tmp_path, strict_log):
    new = variant(tmp_path, STRICT, "reason: only chat and completions are allowed for the legal department",
                  "reason: the legal department may use chat and completions only")
    result = embargo("policy", "diff", str(STRICT), str(new), "--log", str(strict_log), "--format", "json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["verdict"] == "neutral"


# --- audit mode counters ---------------------------------------------------------------------


def test_audit_mode_matches_are_counted_per_rule():
    from prometheus_client import REGISTRY

    from agent import metrics

    policy = load_policy(STRICT)
    fixture = next(c for c in cases_in(STRICT.with_name("eu-legal-strict.cases.yaml")) if "internal note" in c.name)
    context, classification = case_inputs(fixture.case, policy, CATALOG)
    decision = decide(context, classification, policy)
    labels = {"rule": "internal-to-eu-providers-canary", "action": "block"}
    before = REGISTRY.get_sample_value("embargo_audit_matches_total", labels) or 0.0
    metrics.observe_decision(DecisionEvent(
        phase="request", node="n", workload=context.identity, host=context.host, destination=context.destination,
        decision=decision, policy=policy, classification=classification))
    assert REGISTRY.get_sample_value("embargo_audit_matches_total", labels) == before + 1
    assert decision.enforced_action == "allow"  # counted, not enforced


def test_bad_input_is_one_line_on_stderr_and_exit_2(tmp_path):
    missing = embargo("policy", "replay", str(STRICT), "--log", str(tmp_path / "nope.jsonl"))
    assert missing.returncode == 2 and missing.stderr.startswith("embargo: cannot read") and "Traceback" not in missing.stderr
    broken = tmp_path / "broken.yaml"
    broken.write_text("name: [unclosed\n")
    diffed = embargo("policy", "diff", str(STRICT), str(broken))
    assert diffed.returncode == 2 and f"{broken}:2: not valid YAML" in diffed.stderr
    neither = embargo("policy", "explain", str(STRICT))
    assert neither.returncode == 2 and "--case" in neither.stderr
