"""The fake provider speaks the real wire formats: driven directly by the official SDKs.

No proxy is involved: the clients talk TLS to the fake on 127.0.0.1 and verify it
against the throwaway CA, with strict X.509 checks.
"""

from __future__ import annotations

import ipaddress
import json
import socket
import threading
from collections.abc import Iterator

import anthropic
import httpx2
import openai
import pytest
from cryptography import x509

from agent.demo.fake_provider import Fault, FakeProvider
from agent.demo.pki import Pki, make_pki

SECRET = "IBAN DE89 3704 0044 0532 0130 00"   # must never come back from the fake
MESSAGES = [
    {"role": "system", "content": "You are a CRM assistant."},
    {"role": "user", "content": f"Summarise the account with {SECRET}."},
    {"role": "assistant", "content": "Sure."},
]
WEATHER_SCHEMA = {
    "type": "object",
    "properties": {
        "city": {"type": "string"},
        "days": {"type": "integer"},
        "metric": {"type": ["boolean", "null"]},
    },
    "required": ["city"],
}
OPENAI_TOOLS = [
    {"type": "function", "function": {"name": "noop", "parameters": {"type": "object"}}},
    {"type": "function", "function": {"name": "get_weather", "parameters": WEATHER_SCHEMA}},
]
ANTHROPIC_TOOLS = [{"name": "get_weather", "description": "Weather.", "input_schema": WEATHER_SCHEMA}]
FAST_RETRY = {"retry-after-ms": "10"}


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"), ["localhost", "*.openai.com", "api.anthropic.com"])


@pytest.fixture(scope="module")
def running(pki: Pki) -> Iterator[FakeProvider]:
    with FakeProvider(pki) as fake:
        yield fake


@pytest.fixture
def fake(running: FakeProvider) -> Iterator[FakeProvider]:
    running.clear()
    yield running
    running.clear_faults()


@pytest.fixture
def oai(fake: FakeProvider, pki: Pki) -> Iterator[openai.OpenAI]:
    http_client = openai.DefaultHttpxClient(verify=pki.client_context())
    with openai.OpenAI(
        api_key="sk-test", base_url=f"{fake.url}/v1", max_retries=0, http_client=http_client
    ) as client:
        yield client


@pytest.fixture
def claude(fake: FakeProvider, pki: Pki) -> Iterator[anthropic.Anthropic]:
    http_client = anthropic.DefaultHttpxClient(verify=pki.client_context())
    with anthropic.Anthropic(
        api_key="sk-ant-test", base_url=fake.url, max_retries=0, http_client=http_client
    ) as client:
        yield client


@pytest.fixture
def raw(fake: FakeProvider, pki: Pki) -> Iterator[httpx2.Client]:
    with httpx2.Client(base_url=fake.url, verify=pki.client_context()) as client:
        yield client


def _anthropic_messages() -> list[dict[str, str]]:
    return [m for m in MESSAGES if m["role"] != "system"]


# --------------------------------------------------------------------------- PKI


def test_pki_leaf_is_signed_by_the_ca_for_the_requested_names(pki: Pki) -> None:
    ca = x509.load_pem_x509_certificate(pki.ca_cert.read_bytes())
    leaf = x509.load_pem_x509_certificate(pki.cert.read_bytes())
    leaf.verify_directly_issued_by(ca)
    assert ca.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    sans = leaf.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert sans.get_values_for_type(x509.DNSName) == ["localhost", "*.openai.com", "api.anthropic.com"]
    assert sans.get_values_for_type(x509.IPAddress) == [
        ipaddress.ip_address("127.0.0.1"),
        ipaddress.ip_address("::1"),
    ]
    assert oct(pki.key.stat().st_mode & 0o777) == "0o600"


# --------------------------------------------------------------------------- OpenAI chat


def test_openai_chat_completion(fake: FakeProvider, oai: openai.OpenAI) -> None:
    completion = oai.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)

    assert completion.id.startswith("chatcmpl-")
    assert completion.object == "chat.completion"
    assert completion.model == "gpt-4o-mini"
    choice = completion.choices[0]
    assert choice.finish_reason == "stop"
    assert choice.message.role == "assistant"
    assert choice.message.content == "[fake-openai] received 3 messages"
    usage = completion.usage
    assert usage is not None
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens

    [request] = fake.received
    assert (request.method, request.path) == ("POST", "/v1/chat/completions")
    assert request.header("authorization") == "Bearer sk-test"
    assert request.json()["messages"] == MESSAGES
    assert fake.bodies_for("/v1/chat") == [request.body]


def test_openai_chat_stream_chunks(oai: openai.OpenAI) -> None:
    chunks = list(
        oai.chat.completions.create(
            model="gpt-4o-mini",
            messages=MESSAGES,
            stream=True,
            stream_options={"include_usage": True},
        )
    )

    assert {chunk.object for chunk in chunks} == {"chat.completion.chunk"}
    assert len({chunk.id for chunk in chunks}) == 1
    first, *middle, last_choice, usage_chunk = chunks
    assert first.choices[0].delta.role == "assistant"
    assert len(middle) > 1
    text = "".join(chunk.choices[0].delta.content or "" for chunk in chunks if chunk.choices)
    assert text == "[fake-openai] received 3 messages"
    assert all(chunk.choices[0].finish_reason is None for chunk in [first, *middle])
    assert last_choice.choices[0].finish_reason == "stop"
    assert usage_chunk.choices == []
    assert usage_chunk.usage is not None and usage_chunk.usage.total_tokens > 0


def test_openai_chat_tool_call(fake: FakeProvider, oai: openai.OpenAI) -> None:
    completion = oai.chat.completions.create(
        model="gpt-4o-mini",
        messages=MESSAGES,
        tools=OPENAI_TOOLS,
        tool_choice={"type": "function", "function": {"name": "get_weather"}},
    )

    choice = completion.choices[0]
    assert choice.finish_reason == "tool_calls"
    assert choice.message.content is None
    [call] = choice.message.tool_calls or []
    assert call.type == "function" and call.id.startswith("call_")
    assert call.function.name == "get_weather"
    assert json.loads(call.function.arguments) == {"city": "fake-value", "days": 1, "metric": True}


def test_openai_chat_without_tool_choice_answers_text(oai: openai.OpenAI) -> None:
    completion = oai.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, tools=OPENAI_TOOLS)
    assert completion.choices[0].finish_reason == "stop"
    assert completion.choices[0].message.tool_calls is None


def test_openai_chat_tool_call_stream(oai: openai.OpenAI) -> None:
    stream = oai.chat.completions.create(
        model="gpt-4o-mini", messages=MESSAGES, tools=OPENAI_TOOLS, tool_choice="required", stream=True
    )
    ids, names, arguments, finish = [], [], "", None
    for chunk in stream:
        choice = chunk.choices[0]
        finish = choice.finish_reason or finish
        for delta in choice.delta.tool_calls or []:
            assert delta.index == 0
            ids += [delta.id] if delta.id else []
            names += [delta.function.name] if delta.function and delta.function.name else []
            arguments += (delta.function.arguments or "") if delta.function else ""

    assert finish == "tool_calls"
    assert len(ids) == 1 and ids[0].startswith("call_")
    assert names == ["noop"]   # "required" picks the first tool; noop takes no arguments
    assert json.loads(arguments) == {}


def test_openai_chat_stream_helper_accumulates_tool_arguments(oai: openai.OpenAI) -> None:
    with oai.chat.completions.stream(
        model="gpt-4o-mini",
        messages=MESSAGES,
        tools=OPENAI_TOOLS,
        tool_choice={"type": "function", "function": {"name": "get_weather"}},
    ) as stream:
        completion = stream.get_final_completion()

    [call] = completion.choices[0].message.tool_calls or []
    assert call.function.name == "get_weather"
    assert json.loads(call.function.arguments)["city"] == "fake-value"


# --------------------------------------------------------------------------- OpenAI Responses


def test_openai_responses(oai: openai.OpenAI) -> None:
    response = oai.responses.create(model="gpt-4o-mini", input=f"Tell me about {SECRET}")

    assert response.id.startswith("resp_")
    assert response.status == "completed"
    assert response.output_text == "[fake-openai] received 1 input item"
    assert response.usage is not None and response.usage.total_tokens > 0


def test_openai_responses_stream_event_sequence(oai: openai.OpenAI) -> None:
    events = list(oai.responses.create(model="gpt-4o-mini", input=MESSAGES, stream=True))

    kinds = [event.type for event in events]
    deltas = kinds.count("response.output_text.delta")
    assert deltas > 1
    assert kinds == [
        "response.created",
        "response.in_progress",
        "response.output_item.added",
        "response.content_part.added",
        *["response.output_text.delta"] * deltas,
        "response.output_text.done",
        "response.content_part.done",
        "response.output_item.done",
        "response.completed",
    ]
    assert [event.sequence_number for event in events] == list(range(len(events)))
    completed = events[-1]
    assert completed.type == "response.completed"
    assert completed.response.output_text == "[fake-openai] received 3 input items"


def test_openai_responses_stream_helper(oai: openai.OpenAI) -> None:
    with oai.responses.stream(model="gpt-4o-mini", input="hello") as stream:
        text = "".join(e.delta for e in stream if e.type == "response.output_text.delta")
        final = stream.get_final_response()
    assert text == final.output_text == "[fake-openai] received 1 input item"


def test_openai_responses_function_call(oai: openai.OpenAI) -> None:
    tools = [{"type": "function", "name": "get_weather", "parameters": WEATHER_SCHEMA, "strict": False}]
    response = oai.responses.create(model="gpt-4o-mini", input="hi", tools=tools, tool_choice="required")
    [call] = response.output
    assert call.type == "function_call" and call.name == "get_weather"
    assert json.loads(call.arguments)["days"] == 1

    with oai.responses.stream(
        model="gpt-4o-mini", input="hi", tools=tools, tool_choice="required"
    ) as stream:
        kinds = [event.type for event in stream]
        final = stream.get_final_response()
    assert "response.function_call_arguments.delta" in kinds
    assert "response.function_call_arguments.done" in kinds
    [streamed] = final.output
    assert streamed.type == "function_call"
    assert json.loads(streamed.arguments) == json.loads(call.arguments)


# --------------------------------------------------------------------------- OpenAI, other endpoints


def test_openai_embeddings(fake: FakeProvider, oai: openai.OpenAI) -> None:
    # By default the SDK asks for base64 and decodes it into floats itself.
    default = oai.embeddings.create(model="text-embedding-3-small", input=["a", SECRET], dimensions=16)
    assert fake.received[-1].json()["encoding_format"] == "base64"
    floats = oai.embeddings.create(
        model="text-embedding-3-small", input=["a", SECRET], dimensions=16, encoding_format="float"
    )

    assert [item.index for item in default.data] == [0, 1]
    for decoded, plain in zip(default.data, floats.data, strict=True):
        assert len(decoded.embedding) == 16
        assert decoded.embedding == pytest.approx(plain.embedding, abs=1e-6)
    assert default.usage.total_tokens > 0


def test_openai_completions_models_and_files(fake: FakeProvider, oai: openai.OpenAI) -> None:
    completion = oai.completions.create(model="gpt-3.5-turbo-instruct", prompt=["a", "b"])
    assert completion.choices[0].text == "[fake-openai] received 2 prompts"
    streamed = "".join(
        c.choices[0].text for c in oai.completions.create(model="m", prompt="a", stream=True)
    )
    assert streamed == "[fake-openai] received 1 prompt"

    assert "gpt-4o-mini" in [model.id for model in oai.models.list()]

    content = f"name,iban\nJane,{SECRET}\n".encode() + b"\x00\xff"
    uploaded = oai.files.create(file=("customers.csv", content), purpose="user_data")
    assert uploaded.id.startswith("file-")
    assert (uploaded.bytes, uploaded.purpose, uploaded.filename) == (len(content), "user_data", "upload")
    [upload] = fake.requests_for("/v1/files")
    assert upload.header("content-type").startswith("multipart/form-data; boundary=")
    assert content in upload.body


# --------------------------------------------------------------------------- Anthropic


def test_anthropic_message(fake: FakeProvider, claude: anthropic.Anthropic) -> None:
    message = claude.messages.create(
        model="claude-haiku-4-5", max_tokens=64, system="CRM assistant", messages=_anthropic_messages()
    )

    assert message.id.startswith("msg_")
    assert (message.type, message.role, message.stop_reason) == ("message", "assistant", "end_turn")
    [block] = message.content
    assert block.type == "text" and block.text == "[fake-anthropic] received 2 messages"
    assert message.usage.input_tokens > 0 and message.usage.output_tokens > 0
    [request] = fake.received
    # This SDK generation sends the API key as a bearer token, not as x-api-key.
    assert request.header("authorization") == "Bearer sk-ant-test"
    assert request.header("anthropic-version")


def test_anthropic_stream_events(claude: anthropic.Anthropic) -> None:
    events = list(
        claude.messages.create(
            model="claude-haiku-4-5", max_tokens=64, messages=_anthropic_messages(), stream=True
        )
    )

    kinds = [event.type for event in events]
    deltas = kinds.count("content_block_delta")
    assert deltas > 1
    assert kinds == [   # the SDK drops the ping events itself
        "message_start",
        "content_block_start",
        *["content_block_delta"] * deltas,
        "content_block_stop",
        "message_delta",
        "message_stop",
    ]
    text = "".join(
        e.delta.text
        for e in events
        if e.type == "content_block_delta" and e.delta.type == "text_delta"
    )
    assert text == "[fake-anthropic] received 2 messages"
    message_delta = events[-2]
    assert message_delta.type == "message_delta"
    assert message_delta.delta.stop_reason == "end_turn"
    assert message_delta.usage.output_tokens > 0


def test_anthropic_stream_helper(claude: anthropic.Anthropic) -> None:
    with claude.messages.stream(
        model="claude-haiku-4-5", max_tokens=64, messages=_anthropic_messages()
    ) as stream:
        text = "".join(stream.text_stream)
        final = stream.get_final_message()

    assert text == "[fake-anthropic] received 2 messages"
    assert final.content[0].type == "text" and final.content[0].text == text
    assert final.stop_reason == "end_turn"


def test_anthropic_tool_use(claude: anthropic.Anthropic) -> None:
    message = claude.messages.create(
        model="claude-haiku-4-5",
        max_tokens=64,
        messages=_anthropic_messages(),
        tools=ANTHROPIC_TOOLS,
        tool_choice={"type": "tool", "name": "get_weather"},
    )

    assert message.stop_reason == "tool_use"
    [block] = message.content
    assert block.type == "tool_use" and block.id.startswith("toolu_")
    assert block.name == "get_weather"
    assert block.input == {"city": "fake-value", "days": 1, "metric": True}


def test_anthropic_tool_use_stream(claude: anthropic.Anthropic) -> None:
    request = {
        "model": "claude-haiku-4-5",
        "max_tokens": 64,
        "messages": _anthropic_messages(),
        "tools": ANTHROPIC_TOOLS,
        "tool_choice": {"type": "any"},
    }
    events = list(claude.messages.create(**request, stream=True))
    partial = "".join(
        e.delta.partial_json
        for e in events
        if e.type == "content_block_delta" and e.delta.type == "input_json_delta"
    )
    with claude.messages.stream(**request) as stream:
        final = stream.get_final_message()

    assert json.loads(partial) == {"city": "fake-value", "days": 1, "metric": True}
    start = events[1]
    assert start.type == "content_block_start" and start.content_block.type == "tool_use"
    [block] = final.content
    assert block.type == "tool_use" and block.input == json.loads(partial)
    assert final.stop_reason == "tool_use"


def test_anthropic_count_tokens(claude: anthropic.Anthropic) -> None:
    counted = claude.messages.count_tokens(model="claude-haiku-4-5", messages=_anthropic_messages())
    assert counted.input_tokens > 0


# --------------------------------------------------------------------------- errors and retries


def test_forced_403_raises_permission_denied_in_both_sdks(
    fake: FakeProvider, oai: openai.OpenAI, claude: anthropic.Anthropic
) -> None:
    fake.inject(Fault("/v1/chat/completions", status=403, message="Region not allowed."))
    fake.inject(Fault("/v1/messages", status=403, message="Workspace not allowed."))

    with pytest.raises(openai.PermissionDeniedError) as openai_error:
        oai.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)
    with pytest.raises(anthropic.PermissionDeniedError) as anthropic_error:
        claude.messages.create(model="claude-haiku-4-5", max_tokens=8, messages=_anthropic_messages())

    assert "Region not allowed." in str(openai_error.value)
    assert openai_error.value.request_id == openai_error.value.response.headers["x-request-id"]
    assert openai_error.value.request_id.startswith("req_")
    assert openai_error.value.body == {
        "message": "Region not allowed.", "type": "invalid_request_error", "param": None, "code": None
    }
    assert anthropic_error.value.api_message == "Workspace not allowed."
    assert anthropic_error.value.type == "permission_error"
    assert anthropic_error.value.request_id == anthropic_error.value.response.headers["request-id"]
    assert anthropic_error.value.request_id.startswith("req_")


def test_forced_429_is_retried_by_the_sdks(
    fake: FakeProvider, oai: openai.OpenAI, claude: anthropic.Anthropic
) -> None:
    fake.inject(Fault("/v1/chat/completions", status=429, headers=FAST_RETRY, times=2))
    fake.inject(Fault("/v1/messages", status=429, headers=FAST_RETRY, times=1))

    completion = oai.with_options(max_retries=2).chat.completions.create(
        model="gpt-4o-mini", messages=MESSAGES
    )
    message = claude.with_options(max_retries=2).messages.create(
        model="claude-haiku-4-5", max_tokens=8, messages=_anthropic_messages()
    )

    assert completion.choices[0].message.content
    assert message.content
    attempts = fake.requests_for("/v1/chat/completions")
    assert [r.header("x-stainless-retry-count") for r in attempts] == ["0", "1", "2"]
    assert len({r.body for r in attempts}) == 1   # the same request, sent again
    assert [r.header("x-stainless-retry-count") for r in fake.requests_for("/v1/messages")] == ["0", "1"]


def test_persistent_429_exhausts_the_retries(fake: FakeProvider, oai: openai.OpenAI) -> None:
    fake.inject(Fault("/v1/embeddings", status=429, message="Rate limit reached.", headers=FAST_RETRY))

    with pytest.raises(openai.RateLimitError, match="Rate limit reached."):
        oai.with_options(max_retries=1).embeddings.create(model="m", input="x")
    assert len(fake.requests_for("/v1/embeddings")) == 2


def test_fault_with_raw_body_and_delay(fake: FakeProvider, raw: httpx2.Client) -> None:
    page = b"<html>bad gateway</html>"
    fake.inject(
        Fault("/v1/models", status=502, body=page, headers={"content-type": "text/html"}, times=1)
    )
    bad = raw.get("/v1/models")
    assert (bad.status_code, bad.content, bad.headers["content-type"]) == (502, page, "text/html")
    assert raw.get("/v1/models").status_code == 200   # `times` used up

    fake.inject(Fault("/v1/models", delay=2.0))
    with pytest.raises(httpx2.ReadTimeout):
        raw.get("/v1/models", timeout=0.2)


def test_rejected_bodies_use_the_provider_error_shape(raw: httpx2.Client) -> None:
    openai_reply = raw.post("/v1/chat/completions", content=b"{not json")
    assert openai_reply.status_code == 400
    assert openai_reply.json()["error"]["type"] == "invalid_request_error"
    assert openai_reply.headers["x-request-id"].startswith("req_")

    anthropic_reply = raw.post("/v1/messages", json={"model": "claude", "messages": []})
    assert anthropic_reply.status_code == 400
    body = anthropic_reply.json()
    assert body["type"] == "error" and body["error"]["type"] == "invalid_request_error"
    assert body["request_id"] == anthropic_reply.headers["request-id"]


# --------------------------------------------------------------------------- routing and raw wire


def test_host_header_selects_the_provider(raw: httpx2.Client) -> None:
    # /v1/models is an OpenAI endpoint; for an Anthropic host the fake answers generically.
    as_openai = raw.get("/v1/models", headers={"Host": "api.openai.com"})
    as_anthropic = raw.get("/v1/models", headers={"Host": "api.anthropic.com"})
    assert as_openai.json()["object"] == "list"
    assert as_anthropic.json()["object"] == "fake.response"
    # ...and /v1/messages is not an OpenAI endpoint.
    reply = raw.post("/v1/messages", headers={"Host": "api.openai.com"}, json={"messages": []})
    assert reply.json()["object"] == "fake.response"


def test_generic_providers(raw: httpx2.Client) -> None:
    cohere = raw.post("/v2/chat", json={"model": "command-r", "messages": MESSAGES})
    assert cohere.json()["message"]["content"][0]["text"] == "[fake-cohere] received 3 messages"
    gemini = raw.post(
        "/v1beta/models/gemini-2.0-flash:generateContent",
        json={"contents": [{"role": "user", "parts": [{"text": SECRET}]}]},
    )
    [candidate] = gemini.json()["candidates"]
    assert candidate["content"]["parts"][0]["text"] == "[fake-gemini] received 1 content"
    other = raw.put("/some/other/api?x=1", content=b"\x00binary")
    assert other.status_code == 200 and other.json()["object"] == "fake.response"


def test_sse_framing_on_the_wire(raw: httpx2.Client) -> None:
    anthropic_stream = raw.post(
        "/v1/messages",
        json={"model": "claude", "max_tokens": 8, "messages": _anthropic_messages(), "stream": True},
    )
    assert anthropic_stream.headers["content-type"].startswith("text/event-stream")
    assert anthropic_stream.headers["transfer-encoding"] == "chunked"
    frames = anthropic_stream.text.split("\n\n")
    assert frames[-1] == ""
    names = [frame.split("\n")[0] for frame in frames[:-1]]
    assert names[:3] == ["event: message_start", "event: content_block_start", "event: ping"]
    assert names[-1] == "event: message_stop"
    for frame in frames[:-1]:
        event_line, data_line = frame.split("\n")
        assert json.loads(data_line.removeprefix("data: "))["type"] == event_line.removeprefix("event: ")

    openai_stream = raw.post(
        "/v1/chat/completions", json={"model": "gpt-4o-mini", "messages": MESSAGES, "stream": True}
    )
    assert openai_stream.text.startswith("data: {")
    assert openai_stream.text.endswith("data: [DONE]\n\n")


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/v1/chat/completions", {"model": "m", "messages": MESSAGES}),
        ("/v1/chat/completions", {"model": "m", "messages": MESSAGES, "stream": True}),
        ("/v1/responses", {"model": "m", "input": MESSAGES, "stream": True}),
        ("/v1/completions", {"model": "m", "prompt": SECRET}),
        ("/v1/embeddings", {"model": "m", "input": SECRET}),
        ("/v1/messages", {"model": "m", "max_tokens": 8, "messages": MESSAGES[1:], "stream": True}),
        ("/v1/messages/count_tokens", {"model": "m", "messages": MESSAGES[1:]}),
        ("/v2/chat", {"model": "m", "messages": MESSAGES}),
    ],
)
def test_replies_never_echo_the_request(
    fake: FakeProvider, raw: httpx2.Client, path: str, body: dict[str, object]
) -> None:
    reply = raw.post(path, json=body)
    assert reply.status_code == 200
    assert "DE89" not in reply.text
    assert SECRET in fake.bodies_for(path)[0].decode()


def test_plain_http_and_chunked_request_bodies(fake: FakeProvider) -> None:
    def body() -> Iterator[bytes]:
        yield b'{"model": "m", '
        yield b'"messages": [{"role": "user", "content": "hi"}]}'

    with httpx2.Client(base_url=fake.http_url) as client:
        reply = client.post("/v1/chat/completions", content=body())

    assert reply.status_code == 200
    [request] = fake.received
    assert request.header("transfer-encoding") == "chunked"
    assert request.json()["messages"] == [{"role": "user", "content": "hi"}]


def test_stop_closes_the_port_and_joins_every_thread(pki: Pki) -> None:
    before = set(threading.enumerate())
    fake = FakeProvider(pki).start()
    port = fake.port
    client = httpx2.Client(base_url=fake.url, verify=pki.client_context())
    assert client.get("/v1/models").status_code == 200   # leaves a keep-alive connection open
    idle = socket.create_connection(("127.0.0.1", port))   # and one that never speaks

    fake.stop()

    assert set(threading.enumerate()) <= before
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    idle.close()
    client.close()
    fake.stop()   # idempotent


def test_without_pki_the_fake_serves_plain_http_only() -> None:
    with FakeProvider() as fake, httpx2.Client(base_url=fake.url) as client:
        assert fake.url == fake.http_url
        assert client.get("/v1/models").json()["object"] == "list"
