"""Redaction without the proxy: placeholders, overlap resolution, the body rewrite in the
inspection worker, settling a redact decision, key files and the policy linter."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from urllib.parse import quote

import pytest

from addons.inspection import InspectionJob, inspect
from addons.redaction import (
    RedactionImpossible, RedactionSpec, placeholder, redact_body, select_hits, settle,
)
from addons.restore import PLACEHOLDER, RestoreCounts, restore_body
from agent.catalog import DEFAULT_CATALOG, Catalog
from agent.policy.engine import Identity, RequestContext, decide
from agent.policy.model import load_policy
from agent.policy.tooling import lint
from agent.redaction_keys import MIN_KEY_BYTES, load_keys, write_key_file
from agent.yamlfile import ConfigError
from classifier.detectors import Hit

POLICIES = Path(__file__).resolve().parent.parent / "policies"
POLICY = load_policy(POLICIES / "redact-abroad.yaml")
CATALOG = Catalog.load(DEFAULT_CATALOG)
SECRET = b"k" * MIN_KEY_BYTES
SPEC = RedactionSpec("acme", SECRET, POLICY.redaction.detectors, POLICY.redaction.never_restore)

EMAIL, PHONE, IBAN = "jane.doe@acme-logistics.com", "+1 212 736 0182", "DE89 3704 0044 0532 0130 00"
CARD, RECORD = "4111 1111 1111 1111", "0015g00000XyZabAAF"
ORIGINALS = (EMAIL, PHONE, IBAN, CARD, RECORD)


def forms(value: str) -> list[bytes]:
    """A value as it could appear in a body: plain, JSON-escaped, base64, URL-encoded."""
    return [value.encode(), json.dumps(value)[1:-1].encode(), json.dumps(value, ensure_ascii=True)[1:-1].encode(),
            base64.b64encode(value.encode()), quote(value).encode(), quote(value, safe="").encode()]


def assert_absent(body: bytes) -> None:
    for value in ORIGINALS:
        for form in forms(value):
            assert form not in body, f"a {len(value)}-character original left in some form"


# --- placeholders ---------------------------------------------------------------------------


def test_placeholders_are_deterministic_typed_and_keyed() -> None:
    token = placeholder(SECRET, "EMAIL", EMAIL)
    assert token == placeholder(SECRET, "EMAIL", EMAIL)
    assert PLACEHOLDER.fullmatch(token) and token.startswith("[[EMAIL_")
    assert token != placeholder(b"j" * MIN_KEY_BYTES, "EMAIL", EMAIL)   # another tenant
    assert token != placeholder(SECRET, "EMAIL", EMAIL.upper())          # another value
    assert token != placeholder(SECRET, "PHONE", EMAIL)                  # another type


@pytest.mark.parametrize(("hits", "chosen"), [
    # The longest wins: an e-mail whose local part is a record id.
    ([Hit("salesforce.record_id", 0, 18), Hit("pii.email", 0, 27)], [Hit("pii.email", 0, 27)]),
    # Same span: the detector with the higher confidence (email .99 over phone .85).
    ([Hit("pii.phone", 5, 20), Hit("pii.email", 5, 20)], [Hit("pii.email", 5, 20)]),
    # Same span and confidence: the detector id decides (iban before payment_card).
    ([Hit("pii.payment_card", 0, 19), Hit("pii.iban", 0, 19)], [Hit("pii.iban", 0, 19)]),
    # Partial overlap: the longer one, then the next one that does not overlap it.
    ([Hit("pii.phone", 0, 10), Hit("pii.email", 8, 30), Hit("pii.phone", 30, 40)],
     [Hit("pii.email", 8, 30), Hit("pii.phone", 30, 40)]),
    # Not redactable by this policy: vocabulary, and detectors it does not list.
    ([Hit("legal.privilege_marker", 0, 30), Hit("salesforce.custom_field", 0, 10), Hit("secret.jwt", 40, 90)], []),
])
def test_overlapping_hits_resolve_deterministically(hits: list[Hit], chosen: list[Hit]) -> None:
    assert sorted(select_hits(hits, SPEC.detectors)) == sorted(chosen)
    assert sorted(select_hits(list(reversed(hits)), SPEC.detectors)) == sorted(chosen)  # order does not matter


def test_a_value_used_as_an_object_key_is_replaced_too() -> None:
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": "scores attached"}], "metadata": {EMAIL: 3}}
    redaction = inspect(chat_job(body)).redaction
    assert list(json.loads(redaction.body)["metadata"]) == [placeholder(SECRET, "EMAIL", EMAIL)]
    assert redaction.residual.label.name == "PUBLIC"


# --- the rewrite in the worker -----------------------------------------------------------------


def chat_job(body: dict, *, path: str = "/v1/chat/completions", api_format: str = "openai", spec=SPEC) -> InspectionJob:
    return InspectionJob("POST", path, "application/json", None, json.dumps(body).encode(), api_format,
                         POLICY.classifier_fields, 1 << 24, "openai", POLICY.field_filters, redaction=spec)


CONVERSATION = {
    "model": "gpt-4o",
    "user": EMAIL,
    "messages": [
        {"role": "system", "content": f"You help the account team of {RECORD}."},
        {"role": "user", "content": [{"type": "text", "text": f"Mail {EMAIL}, call {PHONE}, IBAN {IBAN}, card {CARD}."}]},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function", "function": {
            "name": "lookup", "arguments": json.dumps({"email": EMAIL, "note": f"re {RECORD}"})}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": json.dumps({"Email": EMAIL, "Phone": PHONE})},
        {"role": "user", "content": f"And {EMAIL} again; \"{PHONE}\" quoted."},
    ],
    "tools": [{"type": "function", "function": {"name": "lookup", "description": f"default contact {EMAIL}",
                                                  "parameters": {"type": "object", "properties": {"email": {"type": "string"}}}}}],
    "metadata": {EMAIL: "key named after a value"},
}


def test_every_occurrence_is_replaced_and_the_residual_is_classified() -> None:
    result = inspect(chat_job(CONVERSATION))
    redaction = result.redaction
    assert result.classification.label.name == "CONFIDENTIAL"
    assert not isinstance(redaction, RedactionImpossible) and redaction is not None
    assert_absent(redaction.body)
    assert redaction.replaced == {"EMAIL": 1, "PHONE": 1, "IBAN": 1, "PAYMENT_CARD": 1, "RECORD_ID": 1}
    assert redaction.residual is not None and redaction.residual.label.name == "PUBLIC"
    sent = json.loads(redaction.body)
    assert "user" in sent and "metadata" in sent  # the redact-abroad policy has no field filters
    # Tool-call arguments stay valid JSON, with the placeholder inside.
    arguments = json.loads(sent["messages"][2]["tool_calls"][0]["function"]["arguments"])
    assert arguments["email"] == placeholder(SECRET, "EMAIL", EMAIL)
    # The same value gets the same placeholder everywhere, and the map restores them all.
    tokens = set(PLACEHOLDER.findall(redaction.body.decode()))
    assert len(tokens) == 5
    assert sorted(redaction.restore.originals.values()) == sorted([EMAIL, PHONE, IBAN, RECORD])
    assert len(redaction.restore.withheld) == 1  # the card number: never restored
    counts = RestoreCounts()
    back = json.loads(restore_body(redaction.body, "application/json", redaction.restore, counts))
    assert back["messages"][4]["content"] == f"And {EMAIL} again; \"{PHONE}\" quoted."
    assert json.loads(back["messages"][2]["tool_calls"][0]["function"]["arguments"]) == {"email": EMAIL, "note": f"re {RECORD}"}
    assert counts.withheld == 1 and "4111" not in json.dumps(back)


def test_the_same_value_gets_the_same_placeholder_in_a_later_request() -> None:
    first = inspect(chat_job({"model": "gpt-4o", "messages": [{"role": "user", "content": f"Who is {EMAIL}?"}]}))
    second = inspect(chat_job({"model": "gpt-4o", "messages": [
        {"role": "user", "content": f"Who is {EMAIL}?"}, {"role": "assistant", "content": f"{EMAIL} is a buyer."},
        {"role": "user", "content": f"Write to {EMAIL} and {PHONE}."}]}))
    token = placeholder(SECRET, "EMAIL", EMAIL)
    assert token in first.redaction.body.decode()
    assert second.redaction.body.decode().count(token) == 3


def test_anthropic_tool_use_input_objects_are_rewritten() -> None:
    body = {"model": "claude", "max_tokens": 10, "messages": [
        {"role": "assistant", "content": [{"type": "tool_use", "id": "t1", "name": "crm", "input": {"q": f"owner {EMAIL}"}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t1", "content": [{"type": "text", "text": PHONE}]}]}]}
    redaction = inspect(chat_job(body, path="/v1/messages", api_format="anthropic")).redaction
    assert_absent(redaction.body)
    assert json.loads(redaction.body)["messages"][0]["content"][0]["input"]["q"].startswith("owner [[EMAIL_")


def test_a_lone_surrogate_escape_survives_the_rewrite_and_the_restore() -> None:
    """JSON allows "\\udc00", UTF-8 cannot hold it: the rewritten body and the restored
    answer carry the escape as sent instead of failing."""
    half = json.loads(r'"half an emoji \ud83d"')
    redaction = inspect(chat_job({"model": "gpt-4o", "messages": [
        {"role": "user", "content": f"{half}, mail {EMAIL}"}]})).redaction
    assert_absent(redaction.body)
    assert json.loads(redaction.body)["messages"][0]["content"].startswith(half + ", mail [[EMAIL_")
    answer = json.dumps({"choices": [{"message": {"content": f"{half} for {placeholder(SECRET, 'EMAIL', EMAIL)}"}}]})
    restored = restore_body(answer.encode(), "application/json", redaction.restore, RestoreCounts())
    assert json.loads(restored)["choices"][0]["message"]["content"] == f"{half} for {EMAIL}"
    # A redacted field's value may be such a string itself: it gets its placeholder like any other.
    assert placeholder(SECRET, "NOTE", half) == placeholder(SECRET, "NOTE", half) != placeholder(SECRET, "NOTE", "x")


def test_bodies_that_cannot_be_rewritten() -> None:
    job = InspectionJob("POST", "/v1/files", "text/plain", None, f"notes for {EMAIL}".encode(), "openai",
                        (), 1 << 20, "openai", (), redaction=SPEC)
    assert isinstance(inspect(job).redaction, RedactionImpossible) and inspect(job).redaction.code == "not_json"
    # Many values and a 1-digit hash: two values must share a placeholder; that is refused.
    spec = RedactionSpec("acme", SECRET, ("pii.*",), (), digits=1)
    values = {f"user{i}@acme-logistics.com": "pii.email" for i in range(40)}
    with pytest.raises(RedactionImpossible) as err:
        redact_body(json.dumps({"messages": list(values)}).encode(), values, spec)
    assert err.value.code == "collision" and "acme" not in str(err.value)


def test_no_spec_no_rewrite() -> None:
    assert inspect(chat_job(CONVERSATION, spec=None)).redaction is None


def test_repr_never_shows_values() -> None:
    redaction = inspect(chat_job(CONVERSATION)).redaction
    for text in (repr(redaction), repr(redaction.restore), repr(SPEC), str(redaction)):
        assert "jane" not in text and "4111" not in text and "kkkk" not in text


# --- settling a redact decision ------------------------------------------------------------------------


def context(host: str, path: str = "/v1/chat/completions", model: str | None = None) -> RequestContext:
    return RequestContext(Identity("10.1.2.3"), host, CATALOG.destination(host, 443, path, model), "chat")


def settled(body: dict, host: str = "api.openai.com"):
    result = inspect(chat_job(body))
    ctx = context(host)
    decision = decide(ctx, result.classification, POLICY)
    assert decision.action == "redact" and decision.fallback == "block"
    return settle(decision, result.redaction, ctx, POLICY, decide, "acme")


def test_a_redacted_request_that_the_policy_then_allows_goes_out() -> None:
    outcome = settled(CONVERSATION)
    assert outcome.decision.action == "redact" and outcome.redaction is not None
    assert outcome.record["outcome"] == "redacted" and outcome.record["residual_label"] == "public"
    assert "jane" not in json.dumps(outcome.record)


def test_residual_confidential_content_takes_the_fallback() -> None:
    # salary__c is a confidential field name: vocabulary that no placeholder can remove.
    outcome = settled({"model": "gpt-4o", "messages": [{"role": "user", "content": f"salary__c of {EMAIL}: 90k"}]})
    assert outcome.decision.action == "block" and outcome.redaction is None
    assert outcome.record == {"tenant": "acme", "outcome": "fallback", "reason": "residual", "fallback": "block",
                              "replaced": {"EMAIL": 1}, "occurrences": 1, "withheld": 0, "residual_label": "confidential"}
    assert "could not be redacted" in outcome.decision.message


def test_a_stricter_rule_on_the_redacted_request_decides() -> None:
    # A secret in a request that is redacted: the redacted request meets secrets-never-leave
    # only if secrets were not redacted. This policy redacts pii.* and record ids only, so a
    # private key stays -> block by that rule, decided again on what would leave.
    result = inspect(chat_job({"model": "gpt-4o", "messages": [{"role": "user", "content":
        f"{EMAIL} sent ghp_4f8Kq2mZxT9vLw3NcRb7YpD1sHj6AeGu0Qi5"}]}))
    ctx = context("api.openai.com")
    decision = decide(ctx, result.classification, POLICY)
    assert decision.rule_id == "secrets-never-leave"  # the first rule already blocks it
    residual_only = settle(decision.__class__("redact", "personal-data-pseudonymised-abroad", "enforce", (), True,
                                              "x", (), "block"), result.redaction, ctx, POLICY, decide, "acme")
    assert residual_only.decision.rule_id == "secrets-never-leave"
    assert residual_only.record["outcome"] == "decided_again"


def test_signed_bodies_take_the_fallback() -> None:
    result = inspect(chat_job(CONVERSATION))
    ctx = context("bedrock-runtime.us-east-1.amazonaws.com", "/model/anthropic.claude-v2/invoke")
    decision = decide(context("api.openai.com"), result.classification, POLICY)
    outcome = settle(decision, result.redaction, ctx, POLICY, decide, "acme")
    assert outcome.decision.action == "block" and outcome.record["reason"] == "signed_body"


# --- key files ------------------------------------------------------------------------------------


def test_key_file_first_match_wins(tmp_path: Path) -> None:
    path = tmp_path / "keys"
    write_key_file(path, [("legal", "crm-legal-*"), ("default", "*")])
    ring = load_keys(path)
    assert ring.for_user("crm-legal-7").tenant == "legal"
    assert ring.for_user("crm-sales").tenant == "default" and ring.for_user(None).tenant == "default"
    assert ring.for_user("crm-legal-7").secret != ring.for_user(None).secret
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_a_gateway_callers_authenticated_tenant_picks_its_own_key(tmp_path: Path) -> None:
    path = tmp_path / "keys"
    write_key_file(path, [("legal", "crm-legal-*"), ("acme", "acme-*"), ("default", "*")])
    ring = load_keys(path)
    # the caller's name would match the catch-all; its tenant claim names its own line
    assert ring.for_user("apex-case-summary", "acme").tenant == "acme"
    assert ring.for_user("crm-legal-7", "acme").tenant == "acme"
    # a tenant the file does not name falls back to the identity's pattern
    assert ring.for_user("crm-legal-7", "globex").tenant == "legal"


def test_without_a_catch_all_an_unknown_user_has_no_key(tmp_path: Path) -> None:
    path = tmp_path / "keys"
    write_key_file(path, [("legal", "crm-legal-*")])
    assert load_keys(path).for_user("someone") is None and load_keys(path).for_user(None) is None


@pytest.mark.parametrize(("content", "mode", "message"), [
    ("default * " + base64.b64encode(b"x" * 16).decode() + "\n", 0o600, "at least 32 are needed"),
    ("default * not!base64\n", 0o600, "not base64"),
    ("default *\n", 0o600, "expected TENANT PATTERN KEY"),
    ("Bad * " + base64.b64encode(b"x" * 32).decode() + "\n", 0o600, "tenant names"),
    ("# only a comment\n", 0o600, "holds no key"),
    ("default * " + base64.b64encode(b"x" * 32).decode() + "\n", 0o644, "other users cannot read"),
])
def test_bad_key_files_are_refused_without_quoting_keys(tmp_path: Path, content: str, mode: int, message: str) -> None:
    path = tmp_path / "keys"
    path.write_text(content)
    os.chmod(path, mode)
    with pytest.raises(ConfigError) as err:
        load_keys(path)
    assert message in str(err.value)
    assert "eHh4" not in str(err.value)  # base64 of the key bytes


def test_a_missing_key_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read the redaction key file"):
        load_keys(tmp_path / "absent")


# --- lint -----------------------------------------------------------------------------------------


def lint_policy(tmp_path: Path, rule: str, extra: str = "", severity: str = "error", local_model: bool = False) -> list[str]:
    path = tmp_path / "p.yaml"
    path.write_text(f"""apiVersion: embargo.dev/v1
kind: EgressPolicy
name: p
version: "1"
protects: [{{clients: [0.0.0.0/0]}}]
{extra}
rules:
{rule}
""")
    return [f.message for f in lint(path, CATALOG, local_model) if f.severity == severity]


def test_lint_rejects_redact_that_can_reach_signed_bodies(tmp_path: Path) -> None:
    errors = lint_policy(tmp_path, "  - {id: r, match: {label: confidential}, action: redact}")
    assert any("bedrock" in e and "signed" in e for e in errors)
    assert lint_policy(tmp_path, "  - {id: r, match: {label: confidential, endpoint: {not_in: [bedrock]}}, action: redact}") == []
    assert lint_policy(tmp_path, "  - {id: r, match: {provider: [openai]}, action: redact}") == []


def test_lint_checks_fallback_and_redaction_settings(tmp_path: Path) -> None:
    rule = "  - {id: r, match: {provider: [openai]}, action: redact, fallback: redirect}"
    # Falling back to the local model needs one; without, the proxy blocks instead (a warning, as for redirect rules).
    assert any("falls back to the on-node local model" in w for w in lint_policy(tmp_path, rule, severity="warning"))
    assert not any("falls back" in w for w in lint_policy(tmp_path, rule, severity="warning", local_model=True))
    misplaced = "  - {id: r, match: {provider: [openai]}, action: block, fallback: block}"
    assert any("fallback applies to action redact only" in w for w in lint_policy(tmp_path, misplaced, severity="warning"))
    errors = lint_policy(tmp_path, "  - {id: r, match: {provider: [openai]}, action: redact}",
                         "redaction: {detectors: ['legal.*', 'nope.x'], never_restore: ['pii.*']}")
    assert any("vocabulary or context" in e for e in errors)
    assert any("'nope.x' matches no detector" in e for e in errors)


def test_the_prefix_tree_pattern_matches_like_a_longest_first_alternation() -> None:
    import random
    import re

    from addons.redaction import _trie_pattern

    rng = random.Random(7)
    for _ in range(500):
        words = {"".join(rng.choice("ab+ .(") for _ in range(rng.randint(1, 6))) for _ in range(rng.randint(1, 8))}
        text = "".join(rng.choice("ab+ .(x") for _ in range(40))
        flat = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
        tree = re.compile(_trie_pattern(words))
        assert [m.span() for m in flat.finditer(text)] == [m.span() for m in tree.finditer(text)], (words, text)


def test_fields_named_in_the_policy_are_replaced_whole() -> None:
    spec = RedactionSpec("acme", SECRET, ("pii.*",), ("field.user",), fields=("user", "metadata.customer"))
    body = {"model": "gpt-4o", "user": "crm-user-4711", "metadata": {"customer": "Hartmann Logistik GmbH", "n": 1},
            "messages": [{"role": "user", "content": f"Quote for Hartmann Logistik GmbH, contact {EMAIL}"}]}
    redaction = inspect(chat_job(body, spec=spec)).redaction
    sent = json.loads(redaction.body)
    assert sent["user"] == placeholder(SECRET, "USER", "crm-user-4711")
    assert sent["metadata"]["customer"] == placeholder(SECRET, "CUSTOMER", "Hartmann Logistik GmbH")
    assert "Hartmann" not in redaction.body.decode() and EMAIL not in redaction.body.decode()
    assert redaction.replaced == {"USER": 1, "CUSTOMER": 1, "EMAIL": 1}
    assert sent["user"] in redaction.restore.withheld  # never_restore: field.user
    # A field alone is enough to redact: nothing detected, the field still goes.
    quiet = inspect(chat_job({"model": "m", "user": "crm-user-4711", "messages": [{"role": "user", "content": "hi"}]},
                             spec=spec)).redaction
    assert json.loads(quiet.body)["user"].startswith("[[USER_")


@pytest.mark.parametrize(("endpoint", "may"), [
    ("openai", True),          # US: the redact rule can match
    ("anthropic", True),
    ("openai-eu", False),      # EU is sovereign: no redact rule can match, no rewrite in advance
    ("mistral", False),
    ("bedrock", False),        # excluded by the rule's endpoint condition
    ("azure-openai", True),    # jurisdiction decided per request: any
])
def test_only_endpoints_a_redact_rule_can_reach_are_rewritten_in_advance(endpoint: str, may: bool) -> None:
    from addons.redaction import may_redact

    entry = next(e for e in CATALOG.entries if e.id == endpoint)
    static = entry.jurisdiction if isinstance(entry.jurisdiction, str) else None
    assert may_redact(POLICY, entry.provider, entry.id, static) is may


def test_brackets_around_a_value_stay_balanced() -> None:
    redaction = inspect(chat_job({"model": "m", "messages": [{"role": "user", "content": f"Call ({PHONE}) today"}]})).redaction
    assert json.loads(redaction.body)["messages"][0]["content"] == f"Call ({placeholder(SECRET, 'PHONE', PHONE)}) today"
