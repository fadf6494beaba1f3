"""The pure parts of the redirect: SSE reading, Anthropic <-> chat translation, the capability matrix."""

from __future__ import annotations

import json

import pytest

from addons.translate.anthropic import MessageStream, TranslationError, chat_to_message, messages_to_chat
from addons.translate.routes import ModelMap, NotRedirectable, local_request, route_for
from addons.translate.sse import SseReader, SseTooLarge, encode

STREAM = (b'data: {"a": 1}\r\n\r\n: a comment\n\nevent: ping\ndata: {"b":\ndata: 2}\n\n'
          b'data: caf\xc3\xa9\r\rdata: [DONE]\n\n')


def test_sse_reader_gives_the_same_events_however_the_bytes_are_split():
    expected = [(None, '{"a": 1}'), ("ping", '{"b":\n2}'), (None, "café"), (None, "[DONE]")]
    for size in (1, 2, 3, 5, 7, len(STREAM)):
        reader = SseReader()
        events = [e for i in range(0, len(STREAM), size) for e in reader.feed(STREAM[i:i + size])]
        assert [(e.event, e.data) for e in events] == expected, size


def test_sse_reader_bounds_an_event_that_never_ends():
    reader = SseReader(max_event=100)
    with pytest.raises(SseTooLarge):
        for _ in range(20):
            reader.feed(b"data: " + b"x" * 20 + b"\n")


def test_encode_round_trips_through_the_reader():
    [event] = SseReader().feed(encode({"type": "ping"}, "ping"))
    assert event.event == "ping" and json.loads(event.data) == {"type": "ping"}
    half = json.loads(r'"\ud83d"')  # valid JSON, not UTF-8: written back as its escape
    [event] = SseReader().feed(encode({"text": half}))
    assert json.loads(event.data) == {"text": half}


def test_messages_become_chat_with_tool_results_right_after_the_call():
    body = {
        "model": "claude-x", "max_tokens": 50, "system": [{"type": "text", "text": "Be brief."}],
        "stop_sequences": ["END"], "temperature": 0.2, "stream": True, "metadata": {"user_id": "u1"},
        "tools": [{"name": "f", "description": "d", "input_schema": {"type": "object"}}],
        "tool_choice": {"type": "any", "disable_parallel_tool_use": True},
        "messages": [
            {"role": "user", "content": "hi"},
            {"role": "assistant", "content": [{"type": "thinking", "thinking": "x", "signature": "s"},
                                              {"type": "tool_use", "id": "t1", "name": "f", "input": {"q": 1}}]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "t1", "content": [{"type": "text", "text": "42"}]},
                {"type": "text", "text": "and?"},
                {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "AAAA"}}]},
        ],
    }
    chat = messages_to_chat(body, "local")
    assert chat["model"] == "local" and chat["max_tokens"] == 50 and chat["stop"] == ["END"]
    assert chat["stream"] is True and chat["stream_options"] == {"include_usage": True}
    assert "metadata" not in chat and chat["temperature"] == 0.2
    assert chat["tool_choice"] == "required" and chat["parallel_tool_calls"] is False
    assert chat["tools"] == [{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}, "description": "d"}}]
    assert [m["role"] for m in chat["messages"]] == ["system", "user", "assistant", "tool", "user"]
    assert chat["messages"][0]["content"] == "Be brief."
    assistant = chat["messages"][2]
    assert assistant["content"] == "" and assistant["tool_calls"][0]["function"] == {"name": "f", "arguments": '{"q": 1}'}
    assert chat["messages"][3] == {"role": "tool", "tool_call_id": "t1", "content": "42"}
    assert chat["messages"][4]["content"] == [
        {"type": "text", "text": "and?"}, {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}]


@pytest.mark.parametrize("block", [
    {"type": "document", "source": {"type": "base64", "media_type": "application/pdf", "data": "JVBERi0="}},
    {"type": "server_tool_use", "id": "s", "name": "web_search", "input": {}},
])
def test_content_the_local_model_cannot_take_is_refused_not_dropped(block):
    role = "assistant" if block["type"] == "server_tool_use" else "user"
    with pytest.raises(TranslationError) as caught:
        messages_to_chat({"messages": [{"role": role, "content": [block]}]}, "local")
    assert block["type"] in str(caught.value) and "JVBER" not in str(caught.value)


def test_server_tools_are_refused():
    with pytest.raises(TranslationError, match="server tool"):
        messages_to_chat({"messages": [], "tools": [{"type": "web_search_20250305", "name": "web_search"}]}, "local")


def test_chat_completion_becomes_a_message():
    completion = {
        "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {
            "role": "assistant", "content": "Looking.",
            "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "f", "arguments": '{"q": 1}'}}]}}],
        "usage": {"prompt_tokens": 7, "completion_tokens": 3, "total_tokens": 10},
    }
    message = chat_to_message(completion, "local")
    assert message["type"] == "message" and message["model"] == "local" and message["stop_reason"] == "tool_use"
    assert message["content"] == [{"type": "text", "text": "Looking."},
                                  {"type": "tool_use", "id": "c1", "name": "f", "input": {"q": 1}}]
    assert message["usage"] == {"input_tokens": 7, "output_tokens": 3}
    completion["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"] = "{not json"
    with pytest.raises(TranslationError):
        chat_to_message(completion, "local")


def _events(stream: MessageStream, chunks: list[dict]) -> list[dict]:
    raw = stream.start() + b"".join(stream.chunk(c) for c in chunks) + stream.finish()
    return [json.loads(e.data) for e in SseReader().feed(raw)]


def test_chat_stream_becomes_anthropic_events_with_text_then_tool_use():
    def chunk(delta: dict, finish: str | None = None) -> dict:
        return {"choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}

    chunks = [
        chunk({"role": "assistant", "content": ""}), chunk({"content": "Hel"}), chunk({"content": "lo"}),
        chunk({"tool_calls": [{"index": 0, "id": "c1", "type": "function", "function": {"name": "f", "arguments": ""}}]}),
        chunk({"tool_calls": [{"index": 0, "function": {"arguments": '{"q"'}}]}),
        chunk({"tool_calls": [{"index": 0, "function": {"arguments": ": 1}"}}]}),
        chunk({}, "tool_calls"),
        {"choices": [], "usage": {"prompt_tokens": 9, "completion_tokens": 4}},
    ]
    events = _events(MessageStream("local"), chunks)
    assert [e["type"] for e in events] == [
        "message_start", "content_block_start", "content_block_delta", "content_block_delta", "content_block_stop",
        "content_block_start", "content_block_delta", "content_block_delta", "content_block_stop",
        "message_delta", "message_stop"]
    assert events[1]["content_block"] == {"type": "text", "text": ""} and events[1]["index"] == 0
    assert events[5]["content_block"] == {"type": "tool_use", "id": "c1", "name": "f", "input": {}}
    assert events[5]["index"] == 1 and events[7]["delta"] == {"type": "input_json_delta", "partial_json": ": 1}"}
    assert events[9]["delta"]["stop_reason"] == "tool_use"
    assert events[9]["usage"] == {"output_tokens": 4, "input_tokens": 9}


def test_chat_stream_without_usage_reports_zero_and_maps_length():
    events = _events(MessageStream("local"), [{"choices": [{"index": 0, "delta": {"content": "x"}, "finish_reason": "length"}]}])
    assert events[-2]["delta"]["stop_reason"] == "max_tokens" and events[-2]["usage"]["output_tokens"] == 0


def test_capability_matrix():
    assert route_for("openai", "/v1/chat/completions", "chat").local_path == "chat/completions"
    assert route_for("openai", "/openai/deployments/gpt4o/chat/completions?api-version=2024", "chat").answer_format == "openai"
    assert route_for("anthropic", "/v1/messages", "chat").answer_format == "anthropic"
    assert route_for("openai", "/v1/completions", "completion").local_path == "completions"
    for operation in ("embeddings", "files", "fine-tuning", "batches", "images", "audio"):
        with pytest.raises(NotRedirectable) as caught:
            route_for("openai", f"/v1/{operation}", operation)
        assert caught.value.code == "operation_not_redirectable"
    with pytest.raises(NotRedirectable, match="vector index"):
        route_for("openai", "/v1/embeddings", "embeddings")
    with pytest.raises(NotRedirectable) as gemini:
        route_for("gemini", "/v1beta/models/gemini-2.5-pro:generateContent", "chat")
    assert gemini.value.code == "api_not_redirectable"
    with pytest.raises(NotRedirectable):
        route_for("anthropic", "/v1/messages/count_tokens", "chat")


def test_openai_bodies_pass_with_the_model_mapped():
    route = route_for("openai", "/v1/chat/completions", "chat")
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": "x"}], "stream": True}
    assert local_request(route, body, "llama") == {**body, "model": "llama"}


def test_model_map_first_match_wins_then_the_served_model():
    models = ModelMap(["gpt-4o*=llama-8b", "claude-*=llama-70b", "*=llama-8b"])
    assert models.local_name("gpt-4o-mini", "served") == "llama-8b"
    assert models.local_name("claude-sonnet-4-6", "served") == "llama-70b"
    assert ModelMap().local_name("gpt-4o", "served") == "served"
    assert ModelMap().local_name("gpt-4o", None) == "gpt-4o"
    with pytest.raises(ValueError, match="GLOB=NAME"):
        ModelMap(["gpt-4o"])
