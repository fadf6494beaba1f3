"""Provider adapters: request bodies as the official SDKs send them, and bad input."""

from __future__ import annotations

import base64
import json
import re
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import anthropic
import httpx2
import openai
import pytest

from addons.providers import adapter_for
from addons.providers import anthropic as anthropic_adapter
from addons.providers.base import AdapterError, NeutralRequest, Uninspected, load_json

SECRET = "SSN 078-05-1120 of Jane Roe"
PNG_B64 = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 2).decode()
PDF_B64 = base64.b64encode(b"%PDF-1.7\n" + bytes(range(256)) * 2).decode()


# --- capturing what the SDKs send ---------------------------------------------------------


@dataclass(frozen=True)
class Sent:
    method: str
    path: str
    content_type: str
    body: bytes


class Recorder:
    """An httpx2 transport that records requests and answers 200 {}."""

    def __init__(self) -> None:
        self.sent: list[Sent] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.sent.append(Sent(request.method, request.url.raw_path.decode(),
                              request.headers.get("content-type", ""), request.content))
        return httpx2.Response(200, json={})

    def capture(self, call: Callable[[], Any]) -> Sent:
        """What `call` sent (the SDK may fail to parse the empty answer: that is fine)."""
        try:
            call()
        except (ValueError, TypeError, AttributeError, openai.APIError, anthropic.APIError):
            pass
        return self.sent.pop()


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def oai(recorder: Recorder) -> openai.OpenAI:
    return openai.OpenAI(api_key="sk-test", max_retries=0,
                         http_client=httpx2.Client(transport=httpx2.MockTransport(recorder)))


@pytest.fixture
def claude(recorder: Recorder) -> anthropic.Anthropic:
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    return anthropic.Anthropic(api_key="sk-ant-test", max_retries=0,
                               http_client=httpx2.Client(transport=httpx2.MockTransport(recorder)))


def parse(api_format: str | None, sent: Sent) -> NeutralRequest:
    return adapter_for(api_format).parse(sent.method, sent.path, sent.content_type, sent.body)


def post(api_format: str | None, path: str, payload: Any, content_type: str = "application/json") -> NeutralRequest:
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return adapter_for(api_format).parse("POST", path, content_type, body)


def pieces(request: NeutralRequest) -> list[tuple[str, str, str | None, int | None]]:
    """(where, text, role, message_index) of every text piece."""
    return [(t.where, t.text, t.role, t.message_index) for t in request.texts]


def by_where(request: NeutralRequest) -> dict[str, str]:
    return {t.where: t.text for t in request.texts}


# --- registry -----------------------------------------------------------------------------


@pytest.mark.parametrize(("api_format", "name"), [
    ("openai", "openai"),
    ("anthropic", "anthropic"),
    ("OpenAI", "openai"),
    (None, "generic"),
    ("gemini", "generic"),
    ("bedrock", "generic"),
    ("cohere", "generic"),
    ("", "generic"),
])
def test_adapter_for(api_format: str | None, name: str) -> None:
    assert adapter_for(api_format).name == name


# --- OpenAI: Chat Completions -------------------------------------------------------------


def test_chat_completions(oai: openai.OpenAI, recorder: Recorder) -> None:
    sent = recorder.capture(lambda: oai.chat.completions.create(
        model="gpt-4o",
        stream=True,
        messages=[
            {"role": "developer", "content": "You are a paralegal."},
            {"role": "system", "content": [{"type": "text", "text": "Answer briefly."}]},
            {"role": "user", "name": "jane_roe", "content": [
                {"type": "text", "text": f"Summarise {SECRET}"},
                {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{PNG_B64}", "detail": "high"}},
                {"type": "image_url", "image_url": {"url": "https://crm.example.com/scan.png"}},
                {"type": "input_audio", "input_audio": {"data": "UklGRg==", "format": "wav"}},
                {"type": "file", "file": {"file_data": f"data:application/pdf;base64,{PDF_B64}", "filename": "brief.pdf"}},
                {"type": "file", "file": {"file_id": "file-123"}},
            ]},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": "call_abc", "type": "function",
                 "function": {"name": "find_case", "arguments": '{"client": "Acme Corp"}'}},
            ]},
            {"role": "tool", "tool_call_id": "call_abc", "content": "Case 42: settlement 1.2M"},
            {"role": "assistant", "refusal": "I cannot share that."},
        ],
        tools=[{"type": "function", "function": {
            "name": "find_case",
            "description": "Find a legal case",
            "parameters": {"type": "object", "properties": {"legal_case_strategy__c": {"type": "string"}}},
        }}],
        response_format={"type": "json_schema", "json_schema": {"name": "answer", "schema": {"type": "object"}}},
        metadata={"matter": "Acme v. Roe"},
        temperature=0.2,
    ))
    assert (sent.method, sent.path) == ("POST", "/v1/chat/completions")
    request = parse("openai", sent)

    assert (request.provider_format, request.operation, request.model, request.stream) == ("openai", "chat", "gpt-4o", True)
    assert pieces(request) == [
        ("messages[0].content", "You are a paralegal.", "developer", 0),
        ("messages[1].content[0].text", "Answer briefly.", "system", 1),
        ("messages[2].name", "jane_roe", "user", 2),
        ("messages[2].content[0].text", f"Summarise {SECRET}", "user", 2),
        ("messages[2].content[2].image_url.url", "https://crm.example.com/scan.png", "user", 2),
        ("messages[2].content[4].file.filename", "brief.pdf", "user", 2),
        ("messages[3].tool_calls[0].function.name", "find_case", "assistant", 3),
        ("messages[3].tool_calls[0].function.arguments", '{"client": "Acme Corp"}', "assistant", 3),
        ("messages[4].content", "Case 42: settlement 1.2M", "tool", 4),
        ("messages[5].refusal", "I cannot share that.", "assistant", 5),
        ("metadata.matter#key", "matter", None, None),
        ("metadata.matter", "Acme v. Roe", None, None),
        ("response_format.json_schema.name", "answer", None, None),
        ("response_format.json_schema.schema", '{"type": "object"}', None, None),
        ("tools[0].function.name", "find_case", None, None),
        ("tools[0].function.description", "Find a legal case", None, None),
        ("tools[0].function.parameters",
         '{"type": "object", "properties": {"legal_case_strategy__c": {"type": "string"}}}', None, None),
    ]
    assert request.uninspected == [
        Uninspected("messages[2].content[1].image_url.url", "image", len(PNG_B64) + 22),
        Uninspected("messages[2].content[2].image_url.url", "image", 0),
        Uninspected("messages[2].content[3].input_audio.data", "audio", 8),
        Uninspected("messages[2].content[4].file.file_data", "document", len(PDF_B64) + 28),
    ]
    assert request.references == ["messages[2].content[5].file.file_id"]


def test_chat_ids_and_settings_are_not_text() -> None:
    request = post("openai", "/v1/chat/completions", {
        "model": "gpt-4o", "tool_choice": "auto", "service_tier": "flex", "reasoning_effort": "low",
        "messages": [{"role": "tool", "tool_call_id": "call_zzz", "content": "ok"}],
    })
    assert pieces(request) == [("messages[0].content", "ok", "tool", 0)]


def test_unknown_fields_are_still_classified() -> None:
    """A field the adapter does not model (future API, compatible servers) is walked."""
    request = post("openai", "/v1/chat/completions", {
        "model": "deepseek-reasoner",
        "messages": [{"role": "assistant", "content": "x", "reasoning_content": SECRET,
                      "extra": {"deep": [{"note": SECRET}]}},
                     {"role": "user", "content": [{"type": "text", "text": "y", "annotation": SECRET},
                                                  {"type": "future_part", "payload": {"body": SECRET}}]}],
        "prediction": {"type": "content", "content": SECRET},
    })
    found = {where for where, text, _, _ in pieces(request) if text == SECRET}
    assert found == {
        "messages[0].reasoning_content",
        "messages[0].extra.deep[0].note",
        "messages[1].content[0].annotation",
        "messages[1].content[1].payload.body",
        "prediction.content",
    }


def test_base64_in_a_text_field_is_uninspected() -> None:
    blob = base64.b64encode(SECRET.encode() * 20).decode()
    request = post("openai", "/v1/chat/completions", {"messages": [
        {"role": "user", "content": blob},
        {"role": "user", "content": blob[:200]},  # too short to call binary
        {"role": "user", "content": "data:application/pdf;base64," + PDF_B64},
    ]})
    assert request.uninspected == [
        Uninspected("messages[0].content", "binary", len(blob)),
        Uninspected("messages[2].content", "document", len(PDF_B64) + 28),
    ]
    assert pieces(request) == [("messages[1].content", blob[:200], "user", 1)]


@pytest.mark.parametrize("path", [
    "/v1/chat/completions",
    "/openai/deployments/gpt-4o-prod/chat/completions?api-version=2024-10-21",
    "/openai/v1/chat/completions",
    "/api/v1/chat/completions",          # OpenRouter
    "/v1beta/openai/chat/completions",   # Gemini's OpenAI compatibility
    "/chat/completions",                 # DeepSeek
    "/v1/chat/completions/",
])
def test_chat_paths(path: str) -> None:
    request = post("openai", path, {"messages": [{"role": "user", "content": "hi"}]})
    assert request.operation == "chat"
    assert pieces(request) == [("messages[0].content", "hi", "user", 0)]


def test_azure_deployment_is_the_model_when_the_body_names_none(recorder: Recorder) -> None:
    azure = openai.AzureOpenAI(api_key="k", azure_endpoint="https://x.openai.azure.com", api_version="2024-10-21",
                               azure_deployment="gpt4o-legal", max_retries=0,
                               http_client=httpx2.Client(transport=httpx2.MockTransport(recorder)))
    sent = recorder.capture(lambda: azure.embeddings.create(model="", input="clause"))
    assert sent.path == "/openai/deployments/gpt4o-legal/embeddings?api-version=2024-10-21"
    request = parse("openai", sent)
    assert (request.operation, request.model) == ("embeddings", "gpt4o-legal")
    sent = recorder.capture(lambda: azure.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "x"}]))
    assert parse("openai", sent).model == "gpt-4o"


@pytest.mark.parametrize(("method", "path", "operation"), [
    ("POST", "/v1/chat/completions", "chat"),
    ("GET", "/v1/chat/completions/chatcmpl-1/messages", "chat"),
    ("POST", "/v1/responses", "chat"),
    ("POST", "/v1/responses/input_tokens", "chat"),
    ("POST", "/v1/conversations/conv_1/items", "chat"),
    ("POST", "/v1/threads/thread_1/messages", "chat"),
    ("POST", "/v1/completions", "completion"),
    ("POST", "/v1/embeddings", "embeddings"),
    ("POST", "/v1/files", "files"),
    ("GET", "/v1/files/file-1/content", "files"),
    ("POST", "/v1/uploads/upload_1/parts", "files"),
    ("POST", "/v1/vector_stores/vs_1/files", "files"),
    ("POST", "/v1/fine_tuning/jobs", "fine-tuning"),
    ("POST", "/v1/fine_tuning/jobs/ftjob-1/cancel", "fine-tuning"),
    ("POST", "/v1/batches", "batches"),
    ("POST", "/v1/images/generations", "images"),
    ("POST", "/v1/images/edits", "images"),
    ("POST", "/v1/audio/transcriptions", "audio"),
    ("POST", "/v1/audio/speech", "audio"),
    ("POST", "/v1/moderations", "moderations"),
    ("GET", "/v1/models", "models"),
    ("GET", "/openai/models?api-version=2024-10-21", "models"),
    ("POST", "/openai/deployments/dalle/images/generations?api-version=2024-02-01", "images"),
    ("POST", "/v1/evals", "other"),
    ("GET", "/", "other"),
])
def test_openai_operations(method: str, path: str, operation: str) -> None:
    request = adapter_for("openai").parse(method, path, "", b"")
    assert (request.operation, request.texts, request.uninspected) == (operation, [], [])


# --- OpenAI: Responses --------------------------------------------------------------------


def test_responses(oai: openai.OpenAI, recorder: Recorder) -> None:
    sent = recorder.capture(lambda: oai.responses.create(
        model="gpt-4.1",
        instructions="You are a paralegal.",
        previous_response_id="resp_123",
        stream=True,
        input=[
            {"role": "user", "content": [
                {"type": "input_text", "text": SECRET},
                {"type": "input_image", "image_url": f"data:image/jpeg;base64,{PNG_B64}"},
                {"type": "input_image", "file_id": "file-img"},
                {"type": "input_file", "filename": "nda.pdf", "file_data": f"data:application/pdf;base64,{PDF_B64}"},
                {"type": "input_file", "file_url": "https://example.com/nda.pdf"},
            ]},
            {"type": "message", "role": "assistant", "id": "msg_1", "status": "completed",
             "content": [{"type": "output_text", "text": "Noted.", "annotations": []}]},
            {"type": "function_call", "call_id": "call_1", "name": "lookup", "arguments": '{"q": "Roe"}'},
            {"type": "function_call_output", "call_id": "call_1", "output": "Roe: plaintiff"},
            {"type": "reasoning", "id": "rs_1", "summary": [{"type": "summary_text", "text": "Check the file."}],
             "encrypted_content": "gAAAAB" + "x" * 400},
            {"type": "item_reference", "id": "msg_0"},
        ],
        tools=[{"type": "function", "name": "lookup", "description": "Look up a party",
                "parameters": {"type": "object", "properties": {"q": {"type": "string"}}}, "strict": True}],
        text={"format": {"type": "json_schema", "name": "out", "schema": {"type": "object"}}},
    ))
    assert sent.path == "/v1/responses"
    request = parse("openai", sent)
    assert (request.operation, request.model, request.stream) == ("chat", "gpt-4.1", True)
    assert pieces(request) == [
        ("input[0].content[0].text", SECRET, "user", 0),
        ("input[0].content[3].filename", "nda.pdf", "user", 0),
        ("input[0].content[4].file_url", "https://example.com/nda.pdf", "user", 0),
        ("input[1].content[0].text", "Noted.", "assistant", 1),
        ("input[2].name", "lookup", "assistant", 2),
        ("input[2].arguments", '{"q": "Roe"}', "assistant", 2),
        ("input[3].output", "Roe: plaintiff", "tool", 3),
        ("input[4].summary[0].text", "Check the file.", "assistant", 4),
        ("instructions", "You are a paralegal.", "system", None),
        ("text.format.name", "out", None, None),
        ("text.format.schema", '{"type": "object"}', None, None),
        ("tools[0].name", "lookup", None, None),
        ("tools[0].description", "Look up a party", None, None),
        ("tools[0].parameters", '{"type": "object", "properties": {"q": {"type": "string"}}}', None, None),
    ]
    assert request.uninspected == [
        Uninspected("input[0].content[1].image_url", "image", len(PNG_B64) + 23),
        Uninspected("input[0].content[3].file_data", "document", len(PDF_B64) + 28),
        Uninspected("input[0].content[4].file_url", "document", 0),
    ]
    assert request.references == ["input[0].content[2].file_id", "input[5].id", "previous_response_id"]


def test_responses_string_input(oai: openai.OpenAI, recorder: Recorder) -> None:
    request = parse("openai", recorder.capture(lambda: oai.responses.create(model="o3", input=SECRET)))
    assert pieces(request) == [("input", SECRET, "user", None)]


def test_conversation_items() -> None:
    request = post("openai", "/v1/conversations/conv_1/items",
                   {"items": [{"type": "message", "role": "user", "content": SECRET}]})
    assert pieces(request) == [("items[0].content", SECRET, "user", 0)]


# --- OpenAI: completions and embeddings ---------------------------------------------------


@pytest.mark.parametrize(("value", "texts", "tokens"), [
    ("one", [("x", "one")], []),
    (["one", "two"], [("x[0]", "one"), ("x[1]", "two")], []),
    ([1, 2, 3], [], [("x", 3)]),
    ([[1, 2], [3]], [], [("x[0]", 2), ("x[1]", 1)]),
    (["one", [7, 8]], [("x[0]", "one")], [("x[1]", 2)]),
    ([], [], []),
])
@pytest.mark.parametrize(("path", "field", "operation"), [
    ("/v1/completions", "prompt", "completion"),
    ("/v1/embeddings", "input", "embeddings"),
])
def test_prompts_and_inputs(path: str, field: str, operation: str, value: Any,
                            texts: list[tuple[str, str]], tokens: list[tuple[str, int]]) -> None:
    request = post("openai", path, {"model": "m", field: value})
    assert request.operation == operation
    assert [(t.where, t.text) for t in request.texts] == [(w.replace("x", field, 1), t) for w, t in texts]
    assert request.uninspected == [Uninspected(w.replace("x", field, 1), "tokens", n) for w, n in tokens]


def test_completions_sdk(oai: openai.OpenAI, recorder: Recorder) -> None:
    sent = recorder.capture(lambda: oai.completions.create(model="gpt-3.5-turbo-instruct", prompt=SECRET,
                                                           suffix="end", stream=True))
    request = parse("openai", sent)
    assert (request.operation, request.stream) == ("completion", True)
    assert pieces(request) == [("prompt", SECRET, None, None), ("suffix", "end", None, None)]


# --- OpenAI: files, fine-tuning, batches, images, audio, moderations ----------------------


def test_batch_file_upload_is_read_line_by_line(oai: openai.OpenAI, recorder: Recorder) -> None:
    line = {"custom_id": "r1", "method": "POST", "url": "/v1/chat/completions",
            "body": {"model": "gpt-4o", "messages": [{"role": "user", "content": SECRET}]}}
    jsonl = (json.dumps(line) + "\n\nnot json at all\n").encode()
    sent = recorder.capture(lambda: oai.files.create(file=("requests.txt", jsonl), purpose="batch"))
    assert sent.content_type.startswith("multipart/form-data; boundary=")
    request = parse("openai", sent)
    assert request.operation == "files"
    texts = by_where(request)
    assert texts["file.line[0].body.messages[0].content"] == SECRET
    assert texts["file.line[2]"] == "not json at all"
    assert texts["file.filename"] == "requests.txt"
    assert texts["purpose"] == "batch"
    assert "purpose#key" not in texts  # form field names of a known API are not text


@pytest.mark.parametrize(("filename", "content", "mime", "expected"), [
    ("notes.md", SECRET.encode(), "text/markdown", ("text", "file")),
    ("train.jsonl", json.dumps({"messages": [{"role": "user", "content": SECRET}]}).encode(), None,
     ("text", "file.line[0].messages[0].content")),
    ("contract.pdf", b"%PDF-1.7\n\xe2\xe3\xcf\xd3", "application/pdf", ("uninspected", "document")),
    ("blob.bin", b"\x00\x01\x02\xff", None, ("uninspected", "file")),
    ("utf16.txt", "hello".encode("utf-16-le"), "text/plain", ("uninspected", "document")),
])
def test_file_upload_content(oai: openai.OpenAI, recorder: Recorder, filename: str, content: bytes,
                             mime: str | None, expected: tuple[str, str]) -> None:
    file = (filename, content, mime) if mime else (filename, content)
    request = parse("openai", recorder.capture(lambda: oai.files.create(file=file, purpose="assistants")))
    what, detail = expected
    if what == "text":  # detail: where the secret is
        assert by_where(request)[detail] == SECRET
        assert request.uninspected == []
    else:  # detail: the kind
        assert request.uninspected == [Uninspected("file", detail, len(content))]


def test_fine_tuning_and_batches_classify_every_string(oai: openai.OpenAI, recorder: Recorder) -> None:
    request = parse("openai", recorder.capture(lambda: oai.fine_tuning.jobs.create(
        model="gpt-4o-mini", training_file="file-abc", suffix="acme-legal", metadata={"matter": SECRET})))
    assert request.operation == "fine-tuning"
    assert by_where(request) == {"model": "gpt-4o-mini", "training_file": "file-abc", "suffix": "acme-legal",
                                 "metadata.matter#key": "matter", "metadata.matter": SECRET}
    request = parse("openai", recorder.capture(lambda: oai.batches.create(
        input_file_id="file-abc", endpoint="/v1/chat/completions", completion_window="24h")))
    assert request.operation == "batches"
    assert by_where(request)["input_file_id"] == "file-abc"


def test_images_and_audio(oai: openai.OpenAI, recorder: Recorder) -> None:
    request = parse("openai", recorder.capture(lambda: oai.images.generate(model="gpt-image-1", prompt=SECRET)))
    assert (request.operation, request.model, by_where(request)["prompt"]) == ("images", "gpt-image-1", SECRET)

    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff"
    request = parse("openai", recorder.capture(lambda: oai.images.edit(
        model="gpt-image-1", image=("scan.png", png, "image/png"), prompt=SECRET)))
    assert (request.operation, request.model) == ("images", "gpt-image-1")
    assert by_where(request) == {"prompt": SECRET, "model": "gpt-image-1", "image.filename": "scan.png"}
    assert request.uninspected == [Uninspected("image", "image", len(png))]

    mp3 = b"ID3\x03\x00\x00\x00\xff\xfb\x90"
    request = parse("openai", recorder.capture(lambda: oai.audio.transcriptions.create(
        model="whisper-1", file=("call.mp3", mp3), prompt="Names: Jane Roe")))
    assert (request.operation, request.model) == ("audio", "whisper-1")
    assert by_where(request)["prompt"] == "Names: Jane Roe"
    assert request.uninspected == [Uninspected("file", "audio", len(mp3))]

    request = parse("openai", recorder.capture(lambda: oai.audio.speech.create(
        model="tts-1", voice="alloy", input=SECRET)))
    assert (request.operation, by_where(request)["input"]) == ("audio", SECRET)


def test_moderations(oai: openai.OpenAI, recorder: Recorder) -> None:
    request = parse("openai", recorder.capture(lambda: oai.moderations.create(
        model="omni-moderation-latest",
        input=[{"type": "text", "text": SECRET}, {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{PNG_B64}"}}])))
    assert request.operation == "moderations"
    assert pieces(request) == [("input[0].text", SECRET, None, None)]
    assert [u.kind for u in request.uninspected] == ["image"]
    request = parse("openai", recorder.capture(lambda: oai.moderations.create(input=["a", "b"])))
    assert pieces(request) == [("input[0]", "a", None, None), ("input[1]", "b", None, None)]


def test_models_listing(oai: openai.OpenAI, recorder: Recorder) -> None:
    sent = recorder.capture(lambda: oai.models.list())
    request = parse("openai", sent)
    assert (sent.method, request.operation, request.texts, request.uninspected) == ("GET", "models", [], [])


# --- Anthropic ----------------------------------------------------------------------------


def test_messages(claude: anthropic.Anthropic, recorder: Recorder) -> None:
    sent = recorder.capture(lambda: claude.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=1024,
        stream=True,
        system=[{"type": "text", "text": "You are a paralegal.", "cache_control": {"type": "ephemeral"}}],
        metadata={"user_id": "u-42"},
        tools=[{"name": "find_case", "description": "Find a case",
                "input_schema": {"type": "object", "properties": {"legal_case_strategy__c": {"type": "string"}}}}],
        messages=[
            {"role": "user", "content": [
                {"type": "text", "text": SECRET},
                {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": PNG_B64}},
                {"type": "image", "source": {"type": "url", "url": "https://example.com/x.png"}},
                {"type": "document", "source": {"type": "base64", "media_type": "application/pdf", "data": PDF_B64},
                 "title": "Settlement", "context": "Draft v2"},
                {"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": "Plain doc"}},
                {"type": "document", "source": {"type": "content", "content": [{"type": "text", "text": "Chunk"}]}},
                {"type": "document", "source": {"type": "file", "file_id": "file_01"}},
            ]},
            {"role": "assistant", "content": [
                {"type": "thinking", "thinking": "Look it up.", "signature": "EqQBCkYI" * 50},
                {"type": "redacted_thinking", "data": "EmwKAhgB" * 50},
                {"type": "text", "text": "Checking.", "citations": [
                    {"type": "char_location", "cited_text": "Settlement 1.2M", "document_index": 0,
                     "document_title": "Settlement", "start_char_index": 0, "end_char_index": 15}]},
                {"type": "tool_use", "id": "toolu_1", "name": "find_case", "input": {"client": "Acme", "year": 2024}},
            ]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_1", "content": [
                    {"type": "text", "text": "Case 42"},
                    {"type": "image", "source": {"type": "base64", "media_type": "image/jpeg", "data": PNG_B64}},
                ]},
                {"type": "tool_result", "tool_use_id": "toolu_2", "content": "plain result", "is_error": True},
            ]},
            {"role": "assistant", "content": "Done."},
        ],
    ))
    assert (sent.method, sent.path) == ("POST", "/v1/messages")
    request = parse("anthropic", sent)
    assert (request.provider_format, request.operation, request.model, request.stream) == (
        "anthropic", "chat", "claude-sonnet-4-5", True)
    assert pieces(request) == [
        ("messages[0].content[0].text", SECRET, "user", 0),
        ("messages[0].content[2].source.url", "https://example.com/x.png", "user", 0),
        ("messages[0].content[3].title", "Settlement", "user", 0),
        ("messages[0].content[3].context", "Draft v2", "user", 0),
        ("messages[0].content[4].source.data", "Plain doc", "user", 0),
        ("messages[0].content[5].source.content[0].text", "Chunk", "user", 0),
        ("messages[1].content[0].thinking", "Look it up.", "assistant", 1),
        ("messages[1].content[2].text", "Checking.", "assistant", 1),
        ("messages[1].content[2].citations[0].cited_text", "Settlement 1.2M", "assistant", 1),
        ("messages[1].content[2].citations[0].document_title", "Settlement", "assistant", 1),
        ("messages[1].content[3].name", "find_case", "assistant", 1),
        ("messages[1].content[3].input", '{"client": "Acme", "year": 2024}', "assistant", 1),
        ("messages[2].content[0].content[0].text", "Case 42", "user", 2),
        ("messages[2].content[1].content", "plain result", "user", 2),
        ("messages[3].content", "Done.", "assistant", 3),
        ("metadata.user_id#key", "user_id", None, None),
        ("metadata.user_id", "u-42", None, None),
        ("system[0].text", "You are a paralegal.", "system", None),
        ("tools[0].name", "find_case", None, None),
        ("tools[0].description", "Find a case", None, None),
        ("tools[0].input_schema",
         '{"type": "object", "properties": {"legal_case_strategy__c": {"type": "string"}}}', None, None),
    ]
    assert request.uninspected == [
        Uninspected("messages[0].content[1].source.data", "image", len(PNG_B64)),
        Uninspected("messages[0].content[2].source.url", "image", 0),
        Uninspected("messages[0].content[3].source.data", "document", len(PDF_B64)),
        Uninspected("messages[2].content[0].content[1].source.data", "image", len(PNG_B64)),
    ]
    assert request.references == ["messages[0].content[6].source.file_id"]


def test_system_string_and_count_tokens(claude: anthropic.Anthropic, recorder: Recorder) -> None:
    sent = recorder.capture(lambda: claude.messages.count_tokens(
        model="claude-sonnet-4-5", system="Be terse.", messages=[{"role": "user", "content": SECRET}]))
    assert sent.path == "/v1/messages/count_tokens"
    request = parse("anthropic", sent)
    assert request.operation == "chat"
    assert pieces(request) == [("messages[0].content", SECRET, "user", 0), ("system", "Be terse.", "system", None)]


def test_message_batches(claude: anthropic.Anthropic, recorder: Recorder) -> None:
    sent = recorder.capture(lambda: claude.messages.batches.create(requests=[
        {"custom_id": "r1", "params": {"model": "claude-haiku-4-5", "max_tokens": 10, "system": "S",
                                       "messages": [{"role": "user", "content": "Q"},
                                                    {"role": "assistant", "content": SECRET}]}},
        {"custom_id": "r2", "params": {"model": "claude-opus-4-1", "max_tokens": 10,
                                       "messages": [{"role": "user", "content": [{"type": "text", "text": "Z"}]}]}},
    ]))
    assert sent.path == "/v1/messages/batches"
    request = parse("anthropic", sent)
    assert (request.operation, request.model) == ("batches", "claude-haiku-4-5")
    assert pieces(request) == [
        ("requests[0].custom_id", "r1", None, None),
        ("requests[0].params.system", "S", "system", None),
        ("requests[0].params.messages[0].content", "Q", "user", 0),
        ("requests[0].params.messages[1].content", SECRET, "assistant", 1),
        ("requests[1].custom_id", "r2", None, None),
        ("requests[1].params.messages[0].content[0].text", "Z", "user", 0),
    ]


def test_legacy_complete() -> None:
    request = post("anthropic", "/v1/complete", {"model": "claude-2.1", "max_tokens_to_sample": 5,
                                                 "prompt": f"\n\nHuman: {SECRET}\n\nAssistant:"})
    assert (request.operation, request.model) == ("completion", "claude-2.1")
    assert pieces(request) == [("prompt", f"\n\nHuman: {SECRET}\n\nAssistant:", None, None)]


def test_anthropic_file_upload(claude: anthropic.Anthropic, recorder: Recorder) -> None:
    sent = recorder.capture(lambda: claude.beta.files.upload(file=("memo.txt", SECRET.encode(), "text/plain")))
    assert sent.path.startswith("/v1/files")
    request = parse("anthropic", sent)
    assert request.operation == "files"
    assert by_where(request) == {"file.filename": "memo.txt", "file": SECRET}


@pytest.mark.parametrize(("method", "path", "operation"), [
    ("POST", "/v1/messages", "chat"),
    ("POST", "/v1/messages/count_tokens", "chat"),
    ("POST", "/v1/messages/batches", "batches"),
    ("GET", "/v1/messages/batches/msgbatch_1/results", "batches"),
    ("POST", "/v1/complete", "completion"),
    ("POST", "/v1/files", "files"),
    ("GET", "/v1/models", "models"),
    ("GET", "/v1/organizations/me", "other"),
])
def test_anthropic_operations(method: str, path: str, operation: str) -> None:
    assert adapter_for("anthropic").parse(method, path, "", b"").operation == operation


def test_bedrock_invoke_body() -> None:
    body = json.dumps({"anthropic_version": "bedrock-2023-05-31", "max_tokens": 100, "system": "S",
                       "messages": [{"role": "user", "content": [{"type": "text", "text": SECRET}]}]}).encode()
    request = anthropic_adapter.parse_messages_body(body, model="anthropic.claude-3-5-sonnet-20240620-v1:0", stream=True)
    assert (request.provider_format, request.operation, request.model, request.stream) == (
        "anthropic", "chat", "anthropic.claude-3-5-sonnet-20240620-v1:0", True)
    assert pieces(request) == [("system", "S", "system", None), ("messages[0].content[0].text", SECRET, "user", 0)]


# --- generic ------------------------------------------------------------------------------


def test_generic_gemini_generate_content() -> None:
    body = {
        "contents": [{"role": "user", "parts": [
            {"text": SECRET},
            {"inline_data": {"mime_type": "application/pdf", "data": PDF_B64}},
        ]}],
        "systemInstruction": {"parts": [{"text": "Be brief"}]},
    }
    request = post("gemini", "/v1beta/models/gemini-2.5-pro:streamGenerateContent?alt=sse", body)
    assert (request.provider_format, request.operation, request.model, request.stream) == (
        "generic", "chat", "gemini-2.5-pro", True)
    assert by_where(request) == {
        "contents#key": "contents", "systemInstruction#key": "systemInstruction",
        "contents[0].role#key": "role", "contents[0].parts#key": "parts",
        "contents[0].role": "user",
        "contents[0].parts[0].text#key": "text",
        "contents[0].parts[0].text": SECRET,
        "contents[0].parts[1].inline_data#key": "inline_data",
        "contents[0].parts[1].inline_data.mime_type#key": "mime_type",
        "contents[0].parts[1].inline_data.data#key": "data",
        "contents[0].parts[1].inline_data.mime_type": "application/pdf",
        "systemInstruction.parts[0].text": "Be brief",
    }
    assert request.uninspected == [Uninspected("contents[0].parts[1].inline_data.data", "binary", len(PDF_B64))]


def test_generic_keys_are_text() -> None:
    """Object keys are vocabulary a policy can match (Salesforce custom fields); keys that
    are not identifiers are text too, but paths show them by position."""
    request = post(None, "/services/apexrest/ai/summarize", {"records": [
        {"Id": "0015g00000XyZAB", "legal_case_strategy__c": "settle", "Name": "Acme"},
        {"Id": "0015g00000XyZAC", "legal_case_strategy__c": "litigate"},
    ], "Jane Roe, SSN 078-05-1120": "note"})
    texts = pieces(request)
    assert ("records[0].legal_case_strategy__c#key", "legal_case_strategy__c", None, None) in texts
    assert ("records[1].legal_case_strategy__c", "litigate", None, None) in texts
    assert ("records[1].Id", "0015g00000XyZAC", None, None) in texts
    assert sum(text == "legal_case_strategy__c" for _, text, _, _ in texts) == 1  # each key once
    assert ("[#1]#key", "Jane Roe, SSN 078-05-1120", None, None) in texts
    assert ("[#1]", "note", None, None) in texts
    assert request.operation == "other"


@pytest.mark.parametrize(("content_type", "body", "texts", "uninspected"), [
    ("application/x-www-form-urlencoded", b"q=Jane+Roe&legal_case_strategy__c=settle",
     [("q#key", "q"), ("q", "Jane Roe"), ("legal_case_strategy__c#key", "legal_case_strategy__c"),
      ("legal_case_strategy__c", "settle")], []),
    ("text/plain", SECRET.encode(), [("body", SECRET)], []),
    ("application/octet-stream", b"\x00\xff\xfe\x01", [], [Uninspected("body", "binary", 4)]),
    ("application/json", b'{"broken": ', [("body", '{"broken": ')], []),
    ("", b'["a", {"b": "c"}]', [("[0]", "a"), ("[1].b#key", "b"), ("[1].b", "c")], []),
    ("application/json", b'"just a string"', [("body", "just a string")], []),
    ("application/json", b"[" * 100_000, [("body", "[" * 100_000)], []),
    ("application/json", b"\xff\xfe{}", [], [Uninspected("body", "binary", 4)]),
])
def test_generic_bodies(content_type: str, body: bytes, texts: list[tuple[str, str]],
                        uninspected: list[Uninspected]) -> None:
    request = adapter_for(None).parse("POST", "/api/v1/infer", content_type, body)
    assert [(t.where, t.text) for t in request.texts] == texts
    assert request.uninspected == uninspected


def test_generic_multipart() -> None:
    boundary = "XyZ"
    body = (
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"question\"\r\n\r\n{SECRET}\r\n"
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"doc\"; filename=\"a.pdf\"\r\n"
        f"Content-Type: application/pdf\r\n\r\n"
    ).encode() + b"%PDF\xff\xfe" + f"\r\n--{boundary}--\r\n".encode()
    request = adapter_for("cohere").parse("POST", "/v2/chat", f"multipart/form-data; boundary={boundary}", body)
    assert request.operation == "chat"
    assert pieces(request) == [
        ("question#key", "question", None, None), ("question", SECRET, None, None),
        ("doc#key", "doc", None, None), ("doc.filename", "a.pdf", None, None),
    ]
    assert request.uninspected == [Uninspected("doc", "document", 6)]


@pytest.mark.parametrize(("path", "operation", "model"), [
    ("/v1beta/models/gemini-2.0-flash:generateContent", "chat", "gemini-2.0-flash"),
    ("/v1beta/models/text-embedding-004:batchEmbedContents", "embeddings", "text-embedding-004"),
    ("/v1/projects/p/locations/us/publishers/google/models/gemini-pro:streamGenerateContent", "chat", "gemini-pro"),
    ("/v1/projects/p/locations/us/publishers/anthropic/models/claude-sonnet-4:rawPredict", "chat", "claude-sonnet-4"),
    ("/model/anthropic.claude-3-haiku-20240307-v1%3A0/invoke", "chat", "anthropic.claude-3-haiku-20240307-v1:0"),
    ("/model/amazon.titan-embed-text-v2:0/invoke", "embeddings", "amazon.titan-embed-text-v2:0"),
    ("/model/meta.llama3-70b/converse-stream", "chat", "meta.llama3-70b"),
    ("/v2/chat", "chat", None),
    ("/v1/embed", "embeddings", None),
    ("/api/generate", "completion", None),
    ("/v1/fim/completions", "completion", None),
    ("/upload/v1beta/files", "files", None),
    ("/v1beta/models", "models", None),
    ("/v1/messages/batches", "batches", None),
    ("/v2/rerank", "other", None),
])
def test_generic_operation_and_model_from_path(path: str, operation: str, model: str | None) -> None:
    request = adapter_for("gemini").parse("POST", path, "application/json", b"{}")
    assert (request.operation, request.model) == (operation, model)


def test_generic_body_model_and_stream() -> None:
    request = post("cohere", "/v2/chat", {"model": "command-r", "stream": True, "messages": []})
    assert (request.model, request.stream) == ("command-r", True)


# --- bad input ----------------------------------------------------------------------------

CHAT = "/v1/chat/completions"


@pytest.mark.parametrize(("api_format", "path", "body", "message"), [
    ("openai", CHAT, b'{"messages": [', "request body is not valid JSON"),
    ("openai", CHAT, b"", None),
    ("openai", CHAT, b"\xff\xfe" + SECRET.encode(), "request body is not valid UTF-8"),
    ("openai", CHAT, b"[" * 1_000_000, "request body is nested more than 64 levels deep"),
    ("openai", CHAT, b"[" * 1000 + b"]" * 1000, "request body is nested more than 64 levels deep"),
    ("openai", CHAT, b'{"messages": [{"role": "user", "content": ' + b"[" * 70 + b"]" * 70 + b"}]}",
     "request body is nested more than 64 levels deep"),
    ("openai", CHAT, json.dumps([SECRET]).encode(), "request body must be a JSON object"),
    ("openai", CHAT, json.dumps({"messages": SECRET}).encode(), "messages must be a list"),
    ("openai", CHAT, json.dumps({"messages": {"role": "user"}}).encode(), "messages must be a list"),
    ("openai", CHAT, json.dumps({"messages": [SECRET]}).encode(), "messages[0] must be an object"),
    ("openai", CHAT, json.dumps({"messages": [{"role": "user", "content": 7}]}).encode(),
     "messages[0].content must be a string or a list"),
    ("openai", CHAT, b'{"messages": [], "messages": [{"role": "user", "content": "x"}]}',
     "request body has a duplicate key in a JSON object"),
    ("openai", "/v1/responses", json.dumps({"input": 5}).encode(), "input must be a list"),
    ("openai", "/v1/fine_tuning/jobs", b'{"model": ', "request body is not valid JSON"),
    ("anthropic", "/v1/messages", json.dumps({"messages": "hi"}).encode(), "messages must be a list"),
    ("anthropic", "/v1/messages", json.dumps({"system": {"text": SECRET}}).encode(), "system must be a string or a list"),
    ("anthropic", "/v1/messages/batches", json.dumps({"requests": [{"params": SECRET}]}).encode(),
     "requests[0].params must be an object"),
    ("anthropic", "/v1/messages/batches", json.dumps({"requests": [{"params": {"messages": 1}}]}).encode(),
     "requests[0].params.messages must be a list"),
])
def test_bad_bodies(api_format: str, path: str, body: bytes, message: str | None) -> None:
    adapter = adapter_for(api_format)
    if message is None:
        assert adapter.parse("POST", path, "application/json", body).texts == []
        return
    with pytest.raises(AdapterError) as caught:
        adapter.parse("POST", path, "application/json", body)
    assert str(caught.value) == message
    assert "078-05" not in str(caught.value)


@pytest.mark.parametrize(("content_type", "body", "message"), [
    ("multipart/form-data", b"--x\r\n\r\nhi\r\n--x--", "multipart body has no valid boundary"),
    ("multipart/form-data; boundary=x", SECRET.encode(), "multipart body has no parts"),
    ("multipart/form-data; boundary=x", b'--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nhi', "multipart body is truncated"),
    ("multipart/form-data; boundary=x", b'--x\r\nContent-Disposition: form-data; name="a"\r\nhi\r\n--x--',
     "multipart body has a part without a header end"),
    ("multipart/form-data; boundary=x", b"--xyz\r\n\r\nhi\r\n--x--", "multipart body has a malformed boundary line"),
])
def test_bad_multipart(content_type: str, body: bytes, message: str) -> None:
    with pytest.raises(AdapterError, match=f"^{re.escape(message)}$"):
        adapter_for("openai").parse("POST", "/v1/files", content_type, body)
    # The generic adapter never refuses a body: it reads it raw.
    assert adapter_for(None).parse("POST", "/upload", content_type, body).texts[0].where == "body"


def test_odd_shapes_do_not_crash() -> None:
    """Type tags and roles of the wrong JSON type, parts that are not objects: still read."""
    request = post("openai", "/v1/chat/completions", {"messages": [
        {"role": ["user"], "content": [{"type": ["text"], "text": "a"}, "b", None, 3]},
        {"role": "user", "content": [{"type": "image_url", "image_url": "https://x/y.png"}]},
        {"role": "user", "content": [{"type": "text", "text": {"nested": SECRET}}]},
    ]})
    assert ("messages[0].content[0].text", "a", None, 0) in pieces(request)
    assert ("messages[0].content[1]", "b", None, 0) in pieces(request)
    assert ("messages[2].content[0].text.nested", SECRET, "user", 2) in pieces(request)
    request = post("openai", "/v1/responses", {"input": [{"type": {"x": 1}, "role": 5, "content": SECRET}]})
    assert ("input[0].content", SECRET, None, 0) in pieces(request)
    request = post("anthropic", "/v1/messages", {"messages": [
        {"role": "user", "content": [{"type": "image", "source": "not-an-object"},
                                     {"type": "document", "source": {"type": 1, "data": SECRET}}]}]})
    assert ("messages[0].content[1].source.data", SECRET, "user", 0) in pieces(request)


def test_deep_but_allowed_nesting_is_read() -> None:
    deep: Any = SECRET
    for _ in range(60):
        deep = {"k": deep}
    request = post(None, "/x", deep)
    assert request.texts[-1].text == SECRET
    assert request.texts[-1].where == ".".join(["k"] * 60)


# --- load_json ----------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "result"), [
    (b"[" * 64 + b"]" * 64, None),
    (json.dumps({"a": "[" * 100 + "{" * 100}).encode(), {"a": "[" * 100 + "{" * 100}),
    (b'["\\"[[[["]', ['"[[[[']),
    (b'\xef\xbb\xbf{"bom": 1}', {"bom": 1}),
    ('{"é": "ü"}'.encode(), {"é": "ü"}),
])
def test_load_json_accepts(body: bytes, result: Any) -> None:
    parsed = load_json(body)
    if result is not None:
        assert parsed == result


@pytest.mark.parametrize("body", [
    b"[" * 65 + b"]" * 65,
    b'{"a":' * 65 + b"1" + b"}" * 65,
    b"[" * 1_000_000,
    b"[" * 500_000 + b"]" * 500_000,
    b'"' + b'\\"' * 500_000,   # one unterminated string of escaped quotes
    b"[1]]",
    b"{]",
    b"1" * 5000,               # more digits than Python converts to int
    b"",
    b"NaN-ish",
])
def test_load_json_rejects_quickly(body: bytes) -> None:
    start = time.perf_counter()
    with pytest.raises(AdapterError):
        load_json(body)
    assert time.perf_counter() - start < 1.0


def test_load_json_custom_depth() -> None:
    assert load_json(b"[[[]]]", max_depth=3) == [[[]]]
    with pytest.raises(AdapterError, match="nested more than 2 levels deep"):
        load_json(b"[[[]]]", max_depth=2)
