"""Redaction and restore end to end: the official SDKs through the real proxy to the fake
provider's echo models. The upstream must never see an original value (in any form), the
client must get them back (streamed or not), and nothing sensitive lands in the audit log
or the proxy's log."""

from __future__ import annotations

import json
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from addons.redaction import placeholder
from agent.demo.fake_provider import FakeProvider
from agent.demo.stack import ProxyProcess, free_port
from agent.redaction_keys import load_keys, write_key_file
from tests.conftest import POLICIES, AuditTail, Upstream, anthropic_client, launch, openai_client, raw_client
from tests.test_redaction import CARD, EMAIL, IBAN, ORIGINALS, PHONE, RECORD, assert_absent

POLICY = POLICIES / "redact-abroad.yaml"
TEXT = f"Ticket from {EMAIL} ({PHONE}), account {RECORD}, refund to {IBAN}, paid by card {CARD}."


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("keys") / "redaction.keys"
    write_key_file(path, [("acme", "*")])
    return path


METRICS_PORT = free_port()


@pytest.fixture(scope="module")
def redacting(tmp_path_factory: pytest.TempPathFactory, upstream: Upstream, keys: Path) -> Iterator[ProxyProcess]:
    process = launch(tmp_path_factory, upstream, POLICY, "--workers", "1", "--redact-keys", str(keys),
                     "--metrics", f"127.0.0.1:{METRICS_PORT}")
    yield process
    process.stop()


@pytest.fixture
def tail(redacting: ProxyProcess) -> AuditTail:
    return AuditTail(redacting.events)


@pytest.fixture(scope="module")
def card_placeholder(keys: Path) -> str:
    return placeholder(load_keys(keys).for_user(None).secret, "PAYMENT_CARD", CARD)


@pytest.fixture
def expected(card_placeholder: str) -> str:
    """What the client gets back: every original restored but the card (never restored)."""
    return TEXT.replace(CARD, card_placeholder)


def upstream_saw_nothing(fake: FakeProvider) -> None:
    assert fake.received, "the request did not reach the upstream"
    for request in fake.received:
        assert_absent(request.body + json.dumps(request.headers).encode() + request.path.encode() + request.query.encode())


def nothing_sensitive_recorded(proxy: ProxyProcess) -> None:
    recorded = proxy.events.read_bytes() + proxy.log.read_bytes()
    for value in ORIGINALS:
        assert value.encode() not in recorded
    assert b"[[" not in proxy.events.read_bytes()  # no placeholder either: they are linkable pseudonyms


def records(tail: AuditTail) -> tuple[dict, dict]:
    """This test's request record and its response record (written once the answer has gone
    out, so it may land a moment after the client is done: polled for up to 10 s; the
    previous test's response record may land after this test's tail began, so responses
    are matched to the request by flow id)."""
    found: list[dict] = []

    def pair() -> tuple[dict, dict] | None:
        request = next((r for r in found if r["phase"] == "request"), None)
        response = request and next((r for r in found if r["phase"] == "response"
                                     and r["flow_id"] == request["flow_id"]), None)
        return (request, response) if request and response else None

    deadline = time.monotonic() + 10
    while (matched := pair()) is None and time.monotonic() < deadline:
        found += tail.new()
        time.sleep(0.02)
    assert matched, f"no request/response pair among {[r['phase'] for r in found]}"
    return matched


# --- OpenAI -----------------------------------------------------------------------------------


def test_openai_chat_round_trip(redacting: ProxyProcess, fake: FakeProvider, tail: AuditTail, expected: str) -> None:
    client = openai_client(redacting)
    reply = client.chat.completions.create(model="echo", messages=[{"role": "user", "content": TEXT}])
    assert reply.choices[0].message.content == expected
    upstream_saw_nothing(fake)
    request, response = records(tail)
    assert request["decision"]["action"] == "redact" and request["decision"]["rule"] == "personal-data-pseudonymised-abroad"
    assert request["redaction"] == {"tenant": "acme", "replaced": {"EMAIL": 1, "IBAN": 1, "PAYMENT_CARD": 1, "PHONE": 1,
                                                                   "RECORD_ID": 1},
                                    "occurrences": 1, "withheld": 1, "residual_label": "public", "outcome": "redacted"}
    assert response["response"]["restore"] == {"restored": 4, "unknown": 0, "withheld": 1}
    nothing_sensitive_recorded(redacting)
    with urllib.request.urlopen(f"http://127.0.0.1:{METRICS_PORT}/metrics", timeout=10) as page:
        exposition = page.read().decode()
    assert 'embargo_redactions_total{outcome="redacted",reason=""}' in exposition
    assert 'embargo_restored_placeholders_total{result="withheld"}' in exposition
    assert not any(value in exposition for value in ORIGINALS)


@pytest.mark.parametrize("piece", [1, 3, 7, 64])
def test_openai_chat_stream(redacting: ProxyProcess, fake: FakeProvider, tail: AuditTail, expected: str, piece: int) -> None:
    client = openai_client(redacting)
    stream = client.chat.completions.create(model=f"echo-{piece}", stream=True,
                                            messages=[{"role": "user", "content": TEXT}])
    text = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    assert text == expected
    upstream_saw_nothing(fake)
    _, response = records(tail)
    assert response["response"]["streamed"] and response["response"]["restore"]["restored"] == 4


TOOLS = [{"type": "function", "function": {"name": "reply", "parameters": {
    "type": "object", "properties": {"body": {"type": "string"}}, "required": ["body"]}}}]


@pytest.mark.parametrize("stream", [False, True])
def test_openai_tool_call_arguments(redacting: ProxyProcess, fake: FakeProvider, expected: str, stream: bool) -> None:
    client = openai_client(redacting)
    messages = [{"role": "user", "content": TEXT}]
    if stream:
        with client.chat.completions.stream(model="echo-5", messages=messages, tools=TOOLS, tool_choice="required") as s:
            arguments = s.get_final_completion().choices[0].message.tool_calls[0].function.arguments
    else:
        reply = client.chat.completions.create(model="echo", messages=messages, tools=TOOLS, tool_choice="required")
        arguments = reply.choices[0].message.tool_calls[0].function.arguments
    assert json.loads(arguments) == {"body": expected}
    upstream_saw_nothing(fake)


def test_tool_results_and_history_keep_their_placeholders_across_turns(
        redacting: ProxyProcess, fake: FakeProvider, expected: str) -> None:
    """The client resends the restored history: every turn maps the same value to the same placeholder."""
    client = openai_client(redacting)
    first = client.chat.completions.create(model="echo", messages=[{"role": "user", "content": TEXT}])
    history = [
        {"role": "user", "content": TEXT},
        {"role": "assistant", "content": first.choices[0].message.content,
         "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "crm", "arguments": json.dumps({"q": EMAIL})}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": json.dumps({"Email": EMAIL, "Phone": PHONE})},
        {"role": "user", "content": f"Draft the mail to {EMAIL}."},
    ]
    second = client.chat.completions.create(model="echo", messages=history)
    assert second.choices[0].message.content == f"Draft the mail to {EMAIL}."
    bodies = [r.body.decode() for r in fake.received]
    token = placeholder(_secret(redacting), "EMAIL", EMAIL)
    assert bodies[0].count(token) == 1 and bodies[1].count(token) == 5
    upstream_saw_nothing(fake)


def _secret(proxy: ProxyProcess) -> bytes:
    args = proxy.process.args
    return load_keys(args[args.index("--redact-keys") + 1]).for_user(None).secret


def test_a_placeholder_the_model_invents_is_left_and_counted(redacting: ProxyProcess, fake: FakeProvider, tail: AuditTail) -> None:
    client = openai_client(redacting)
    text = f"Known {EMAIL}, invented [[EMAIL_000000000000]], mangled [[PHONE_12ab]]."
    reply = client.chat.completions.create(model="echo-4", messages=[{"role": "user", "content": text}], stream=True)
    assert "".join(c.choices[0].delta.content or "" for c in reply if c.choices) == text
    _, response = records(tail)
    assert response["response"]["restore"] == {"restored": 1, "unknown": 2, "withheld": 0}


@pytest.mark.parametrize("stream", [False, True])
def test_responses_api(redacting: ProxyProcess, fake: FakeProvider, expected: str, stream: bool) -> None:
    client = openai_client(redacting)
    if stream:
        with client.responses.stream(model="echo-6", input=TEXT) as s:
            deltas = "".join(e.delta for e in s if e.type == "response.output_text.delta")
            final = s.get_final_response()
        assert deltas == expected
    else:
        final = client.responses.create(model="echo", input=TEXT)
    assert final.output_text == expected
    upstream_saw_nothing(fake)


def test_responses_previous_response_id(redacting: ProxyProcess, fake: FakeProvider, expected: str) -> None:
    """Provider-side state holds placeholders. A later request that names it restores only
    the values it carries itself: Embargo keeps no originals beyond the request (no vault
    that a crafted placeholder could read), so a value only the stored state holds comes
    back as its placeholder."""
    client = openai_client(redacting)
    first = client.responses.create(model="echo", input=TEXT)
    assert first.output_text == expected
    token = placeholder(_secret(redacting), "EMAIL", EMAIL)
    # Names the stored response, carries no value: allowed as is; the echo of the stored
    # state comes back with the placeholder the provider holds.
    second = client.responses.create(model="echo", input="Who wrote the ticket?", previous_response_id=first.id)
    assert token in second.output_text and EMAIL not in second.output_text
    # Carries the e-mail again: it has the same placeholder as in the stored state, so the
    # e-mail is restored there too; the phone number, only in the stored state, is not.
    third = client.responses.create(model="echo", input=f"Reply to {EMAIL}.", previous_response_id=first.id)
    stored, current = third.output_text.split("\n")
    assert current == f"Reply to {EMAIL}."
    assert stored.startswith(f"Ticket from {EMAIL} ") and "[[PHONE_" in stored and PHONE not in stored
    upstream_saw_nothing(fake)


# --- Anthropic --------------------------------------------------------------------------------


@pytest.mark.parametrize("stream", [False, True])
def test_anthropic_messages(redacting: ProxyProcess, fake: FakeProvider, expected: str, stream: bool) -> None:
    client = anthropic_client(redacting)
    messages = [{"role": "user", "content": TEXT}]
    if stream:
        with client.messages.stream(model="echo-5", max_tokens=200, messages=messages) as s:
            text = "".join(s.text_stream)
            final = s.get_final_message()
        assert text == expected
    else:
        final = client.messages.create(model="echo", max_tokens=200, messages=messages)
    assert final.content[0].text == expected
    upstream_saw_nothing(fake)


def test_anthropic_streamed_tool_input(redacting: ProxyProcess, fake: FakeProvider, expected: str) -> None:
    client = anthropic_client(redacting)
    tool = {"name": "reply", "input_schema": {"type": "object", "properties": {"body": {"type": "string"}}}}
    with client.messages.stream(model="echo-3", max_tokens=200, tools=[tool], tool_choice={"type": "any"},
                                messages=[{"role": "user", "content": TEXT}]) as s:
        final = s.get_final_message()
    assert final.content[0].input == {"body": expected}
    upstream_saw_nothing(fake)


# --- where redaction cannot work ----------------------------------------------------------------------


def test_without_a_key_redaction_fails_closed(tmp_path_factory: pytest.TempPathFactory, upstream: Upstream,
                                              fake: FakeProvider) -> None:
    import openai

    proxy = launch(tmp_path_factory, upstream, POLICY, "--workers", "1")
    try:
        client = openai_client(proxy)
        with pytest.raises(openai.InternalServerError) as err:
            client.chat.completions.create(model="echo", messages=[{"role": "user", "content": TEXT}])
        assert "no redaction key" in str(err.value)
        assert fake.received == []
        decision = AuditTail(proxy.events).path.read_text().splitlines()[-1]
        record = json.loads(decision)
        assert record["error"] == "redaction_key_missing" and record["decision"]["rule"] == "builtin:fail-closed"
        assert "no redaction key file is configured" in proxy.log_text()
        # What needs no redaction still passes.
        assert client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "Hello"}]).choices
        nothing_sensitive_recorded(proxy)
    finally:
        proxy.stop()


def test_a_key_file_that_cannot_be_read_stops_the_proxy(tmp_path_factory: pytest.TempPathFactory, upstream: Upstream) -> None:
    with pytest.raises(RuntimeError, match="cannot read the redaction key file"):
        launch(tmp_path_factory, upstream, POLICY, "--redact-keys", "/nonexistent/keys")


def test_signed_bedrock_bodies_take_the_fallback(tmp_path_factory: pytest.TempPathFactory, upstream: Upstream,
                                                 fake: FakeProvider, keys: Path) -> None:
    """A policy that lint rejects (its redact rule reaches Bedrock) still never sends a
    modified signed body: the rule's fallback (block) applies at run time."""
    policy = tmp_path_factory.mktemp("policy") / "redact-all.yaml"
    redact_rule = "      label: confidential\n      jurisdiction: {not_in: sovereign}\n      endpoint: {not_in: [bedrock]}\n"
    assert redact_rule in POLICY.read_text()
    policy.write_text(POLICY.read_text().replace(redact_rule, "      label: confidential\n"))
    proxy = launch(tmp_path_factory, upstream, policy, "--workers", "1", "--redact-keys", str(keys))
    try:
        body = {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 50, "messages": [{"role": "user", "content": TEXT}]}
        with raw_client(proxy) as client:
            answer = client.post("https://bedrock-runtime.eu-central-1.amazonaws.com/model/anthropic.claude-v2/invoke",
                                 json=body, headers={"authorization": "AWS4-HMAC-SHA256 Credential=x, Signature=y"})
        assert answer.status_code == 403 and "could not be redacted: signed body" in answer.text
        assert fake.received == []
        record = json.loads(proxy.events.read_text().splitlines()[-1])
        assert record["redaction"] == {"tenant": "acme", "outcome": "fallback", "reason": "signed_body", "fallback": "block"}
        assert record["decision"]["action"] == "block" and record["decision"]["fallback"] == "block"
    finally:
        proxy.stop()


def test_a_sovereign_destination_gets_the_request_as_it_is(redacting: ProxyProcess, fake: FakeProvider,
                                                            tail: AuditTail) -> None:
    client = openai_client(redacting, host="eu.api.openai.com")
    reply = client.chat.completions.create(model="echo", messages=[{"role": "user", "content": TEXT}])
    assert reply.choices[0].message.content == TEXT
    assert EMAIL.encode() in fake.received[-1].body
    request, response = records(tail)
    assert request["decision"]["action"] == "allow" and "redaction" not in request
    assert response["response"]["restore"] is None


def test_a_redact_rule_falling_back_to_redirect_sends_the_original_to_the_on_node_model_only(
        tmp_path_factory: pytest.TempPathFactory, upstream: Upstream, fake: FakeProvider, keys: Path) -> None:
    """fallback: redirect. What redaction can hide goes out redacted; what it cannot (a
    confidential field name) is answered by the on-node model, which gets it as it is, and
    the provider gets nothing. (The local model here is a second fake speaking OpenAI's API.)"""
    from tests.test_redirect import _wait_healthy

    policy = tmp_path_factory.mktemp("policy") / "redact-or-redirect.yaml"
    assert "    fallback: block\n" in POLICY.read_text()
    policy.write_text(POLICY.read_text().replace("    fallback: block\n", "    fallback: redirect\n"))
    metrics_port = free_port()
    with FakeProvider() as local:
        proxy = launch(tmp_path_factory, upstream, policy, "--workers", "1", "--redact-keys", str(keys),
                       "--local-model", f"{local.url}/v1", "--metrics", f"127.0.0.1:{metrics_port}")
        try:
            _wait_healthy(metrics_port, "1.0")
            client = openai_client(proxy)
            client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": TEXT}])
            upstream_saw_nothing(fake)
            assert local.requests_for("/v1/chat/completions") == []
            fake.clear()
            residual = f"salary__c of {EMAIL}: 90k"
            reply = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": residual}])
            assert reply.choices[0].message.content
            assert fake.received == []
            [sent] = local.requests_for("/v1/chat/completions")
            assert EMAIL in sent.json()["messages"][0]["content"]  # on the node: nothing to hide
            record = next(r for r in reversed([json.loads(line) for line in proxy.events.read_text().splitlines()])
                          if r.get("phase") == "request")
            assert record["redaction"]["reason"] == "residual" and record["decision"]["enforced_action"] == "redirect"
        finally:
            proxy.stop()
