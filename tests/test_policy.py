"""Policy loading (errors with file:line) and the pure decision engine."""

import json
import textwrap
from pathlib import Path

import jsonschema
import pytest

from agent.catalog import Catalog
from agent.policy.engine import Identity, RequestContext, admit, decide
from agent.policy.model import POLICY_SCHEMA, load_policy
from agent.yamlfile import ConfigError, load_yaml
from classifier.classification import Classification, Finding, Label

POLICIES = Path(__file__).resolve().parent.parent / "policies"
CATALOG = Catalog.load()

BASE = """\
apiVersion: embargo.dev/v1
kind: EgressPolicy
name: t
version: "1"
protects:
  - clients: [10.0.0.0/8]
  - identities: [crm-*]
lists:
  sovereign: [EU, node]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "p.yaml"
    path.write_text(BASE + textwrap.dedent(text))
    return path


def classification(label: Label = Label.PUBLIC, detectors: tuple[str, ...] = (), uninspected: tuple[str, ...] = (),
                   fields: tuple[str, ...] = ()) -> Classification:
    findings = [Finding(d, label, 1) for d in detectors]
    return Classification(label, 1.0, findings, sensitive_fields=list(fields), uninspected=list(uninspected))


def context(host: str = "api.openai.com", client: str = "10.1.2.3", user: str | None = None, operation: str = "chat"):
    return RequestContext(Identity(client, 1234, user), host, CATALOG.destination(host, 443), operation)


# --- loading ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, line, words",
    [
        ("rules:\n  - id: a\n    action: explode\n", 12, "expected one of"),
        ("rules:\n  - id: a\n    action: block\n    match: {label: secret}\n", 13, "label"),
        ("rules:\n  - id: a\n    action: block\n    match: {jurisdiction: {not_in: nowhere}}\n", 13, "unknown list 'nowhere'"),
        ("rules:\n  - id: a\n    action: block\n  - id: a\n    action: allow\n", 13, "used twice"),
        ("rules:\n  - id: a\n    action: block\n    colour: red\n", 13, "unknown field 'colour'"),
        ("rules:\n  - id: a\n    action: block\n    match:\n      jurisdiction: EU\n", 14, "does not fit"),
        ("rules: []\nrules: []\n", 11, "duplicate key"),
        ("rules:\n  - id: a\n   action: block\n", 12, "not valid YAML"),
    ],
)
def test_broken_policies_report_file_line_and_reason(tmp_path, text, line, words):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_policy(path)
    message = str(err.value)
    assert f"{path}:{line}:" in message, message
    assert words in message


def test_aliases_that_repeat_aliases_are_refused_not_expanded(tmp_path):
    """Nine levels of ten aliases each are a billion values ("billion laughs")."""
    levels = ['  l0: &l0 ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    levels += [f"  l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]" for i in range(1, 9)]
    path = tmp_path / "p.yaml"
    path.write_text(BASE + "\n".join(levels) + "\nrules: []\n")
    with pytest.raises(ConfigError, match=r"p\.yaml:\d+: the file expands to more than \d+ values"):
        load_policy(path)


def test_bad_cidr_is_reported_at_its_line(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text(BASE.replace("10.0.0.0/8", "10.0.0.0/33") + "rules: []\n")
    with pytest.raises(ConfigError, match=r"p\.yaml:6: '10\.0\.0\.0/33' is not an IP address"):
        load_policy(path)


def test_missing_and_non_utf8_files(tmp_path):
    with pytest.raises(ConfigError, match="cannot read file"):
        load_policy(tmp_path / "missing.yaml")
    path = tmp_path / "latin1.yaml"
    path.write_bytes(b"name: caf\xe9\n")
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_policy(path)


SHIPPED = [p for p in sorted(POLICIES.glob("*.yaml")) if not p.name.endswith(".cases.yaml") and p.name != "endpoints.yaml"]


@pytest.mark.parametrize("policy", SHIPPED, ids=lambda p: p.name)
def test_shipped_files_follow_the_json_schema(policy):
    """Our validator and a reference JSON Schema implementation agree on every shipped policy."""
    schema = json.loads(POLICY_SCHEMA.read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(load_yaml(policy).data, schema)
    load_policy(policy)


def test_reference_validator_rejects_what_ours_rejects(tmp_path):
    schema = json.loads(POLICY_SCHEMA.read_text())
    path = write(tmp_path, "rules:\n  - id: a\n    action: block\n    match: {operation: {in: [chat], not_in: [x]}}\n")
    with pytest.raises(ConfigError):
        load_policy(path)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(load_yaml(path).data, schema)


# --- deciding --------------------------------------------------------------------------


@pytest.fixture
def policy(tmp_path):
    return load_policy(write(tmp_path, """\
        rules:
          - id: canary
            match: {label: internal}
            action: block
            mode: audit
          - id: no-secrets
            match: {detectors: ["secret.*"]}
            action: block
            reason: credential
          - id: privileged-home
            match: {label: privileged, jurisdiction: {not_in: sovereign}}
            action: block
          - id: fields
            match: {sensitive_fields: [settlement_amount__c], provider: [openai]}
            action: block
          - id: no-embeddings-abroad
            match: {operation: [embeddings], jurisdiction: {not_in: sovereign}}
            action: block
          - id: images-ok-for-vision-team
            match: {identities: [crm-vision], inspection: partial}
            action: allow
        default:
          action: allow
        """))


def test_first_enforcing_rule_decides(policy):
    decision = decide(context(), classification(Label.PRIVILEGED), policy)
    assert (decision.action, decision.rule_id, decision.enforced_action) == ("block", "privileged-home", "block")
    assert any("openai" in r for r in decision.reasons)


def test_audit_rule_is_recorded_but_does_not_decide(policy):
    decision = decide(context(), classification(Label.CONFIDENTIAL, ("secret.aws_access_key",)), policy)
    assert decision.rule_id == "no-secrets" and decision.enforced_action == "block"
    assert [(m.rule_id, m.action) for m in decision.audit_matches] == [("canary", "block")]
    allowed = decide(context(), classification(Label.INTERNAL), policy)
    assert (allowed.rule_id, allowed.enforced_action) == ("builtin:default", "allow")
    assert [m.rule_id for m in allowed.audit_matches] == ["canary"]


def test_sovereign_destination_is_allowed(policy):
    decision = decide(context("eu.api.openai.com"), classification(Label.PRIVILEGED), policy)
    assert (decision.rule_id, decision.enforced_action) == ("builtin:default", "allow")


def test_sensitive_field_and_provider(policy):
    assert decide(context(), classification(Label.CONFIDENTIAL, fields=("settlement_amount__c",)), policy).rule_id == "fields"
    other = decide(context("api.anthropic.com"), classification(Label.CONFIDENTIAL, fields=("settlement_amount__c",)), policy)
    assert other.rule_id == "builtin:default"


def test_operation(policy):
    assert decide(context(operation="embeddings"), classification(), policy).rule_id == "no-embeddings-abroad"
    assert decide(context("api.mistral.ai", operation="embeddings"), classification(), policy).rule_id == "builtin:default"


def test_uninspected_content_needs_an_explicit_allow(policy):
    blocked = decide(context(), classification(Label.CONFIDENTIAL, uninspected=("image",)), policy)
    assert (blocked.rule_id, blocked.enforced_action) == ("builtin:uninspectable", "block")
    vision = decide(context(user="crm-vision"), classification(Label.CONFIDENTIAL, uninspected=("image",)), policy)
    assert (vision.rule_id, vision.enforced_action) == ("images-ok-for-vision-team", "allow")
    # that explicit allow applies to partly inspected requests only
    assert decide(context(user="crm-vision"), classification(), policy).rule_id == "builtin:default"


def test_unprotected_clients_pass(policy):
    decision = decide(context(client="192.168.1.1"), classification(Label.PRIVILEGED), policy)
    assert (decision.rule_id, decision.enforced_action, decision.protected) == ("builtin:unprotected", "allow", False)
    # an IPv4-mapped IPv6 address is the same client
    mapped = decide(context(client="::ffff:10.9.9.9"), classification(Label.PRIVILEGED), policy)
    assert mapped.protected and mapped.rule_id == "privileged-home"


def test_identity_selects_protection(policy):
    decision = decide(context(client="192.168.1.1", user="crm-sync"), classification(Label.PRIVILEGED), policy)
    assert decision.protected and decision.rule_id == "privileged-home"


def test_admission(policy):
    unlisted = admit(Identity("10.0.0.1"), "api.shadow-ai.example", None, policy)
    assert (unlisted.rule_id, unlisted.enforced_action) == ("builtin:unlisted-host", "block")
    crm = admit(Identity("10.0.0.1"), "acme.my.salesforce.com", CATALOG.destination("acme.my.salesforce.com", 443), policy)
    assert (crm.rule_id, crm.enforced_action) == ("builtin:crm-passthrough", "allow")
    ai = admit(Identity("10.0.0.1"), "api.openai.com", CATALOG.destination("api.openai.com", 443), policy)
    assert (ai.rule_id, ai.enforced_action) == ("builtin:intercept", "allow")
    # unprotected clients are refused too, unless the policy passes unlisted hosts through
    assert admit(Identity("192.168.0.1"), "example.org", None, policy).enforced_action == "block"


def test_policy_in_audit_mode_never_blocks(tmp_path):
    policy = load_policy(write(tmp_path, """\
        mode: audit
        rules:
          - id: privileged-home
            match: {label: privileged}
            action: block
        """))
    decision = decide(context(), classification(Label.PRIVILEGED), policy)
    assert decision.enforced_action == "allow"
    assert [(m.rule_id, m.action) for m in decision.audit_matches] == [("privileged-home", "block")]
    assert admit(Identity("10.0.0.1"), "x.example", None, policy).enforced_action == "allow"


def test_decide_is_pure(policy):
    inputs = (context(), classification(Label.PRIVILEGED), policy)
    assert decide(*inputs) == decide(*inputs)
