"""The inspection pipeline's own behaviour: field filters and its error mapping."""

import gzip
import json

import pytest

from addons.inspection import InspectionError, InspectionJob, inspect
from agent.policy.model import FieldFilter


def job(body: dict | bytes, path: str = "/v1/chat/completions", encoding: str | None = None, **kwargs) -> InspectionJob:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return InspectionJob("POST", path, "application/json", encoding, raw, "openai", (), 1 << 20, **kwargs)


CHAT = {"model": "gpt-4o", "user": "crm-user-7", "metadata": {"case": "x"}, "messages": [{"role": "user", "content": "hi"}]}
FILTERS = (FieldFilter(("user", "metadata.case"), frozenset({"openai"}), frozenset({"chat"})),)


def test_field_filters_remove_top_level_and_dotted_fields():
    result = inspect(job(CHAT, provider="openai", field_filters=FILTERS))
    assert json.loads(result.filtered_body) == {"model": "gpt-4o", "metadata": {}, "messages": CHAT["messages"]}


@pytest.mark.parametrize(
    "body, provider, path",
    [
        ({"model": "m", "messages": [{"role": "user", "content": "hi"}]}, "openai", "/v1/chat/completions"),  # "user" only as a value
        (CHAT, "anthropic", "/v1/chat/completions"),  # another provider
        ({"model": "m", "input": "hi", "user": "u"}, "openai", "/v1/embeddings"),  # another operation
    ],
)
def test_field_filters_leave_other_requests_untouched(body, provider, path):
    assert inspect(job(body, path, provider=provider, field_filters=FILTERS)).filtered_body is None


def test_filtered_compressed_body_is_sent_decoded():
    result = inspect(job(gzip.compress(json.dumps(CHAT).encode()), encoding="gzip", provider="openai", field_filters=FILTERS))
    assert "user" not in json.loads(result.filtered_body)


def test_a_filtered_body_keeps_a_lone_surrogate_escape_as_sent():
    """A JSON string may hold "\\ud800", which UTF-8 cannot: the filtered body carries the
    same escape rather than failing the request."""
    body = json.dumps({**CHAT, "messages": [{"role": "user", "content": "half an emoji: \ud83d"}]}).encode()
    assert b"\\ud83d" in body
    result = inspect(job(body, provider="openai", field_filters=FILTERS))
    assert json.loads(result.filtered_body)["messages"][0]["content"] == "half an emoji: \ud83d"
    assert "user" not in json.loads(result.filtered_body)


@pytest.mark.parametrize(
    "body, encoding, code, status",
    [
        (b"{", None, "malformed_request", 400),
        (gzip.compress(b" " * (2 << 20)), "gzip", "body_too_large", 413),
        (b"{}", "compress", "unsupported_encoding", 415),
        (b"\x1f\x8b\x08\x00nope", "gzip", "corrupt_body", 400),
    ],
)
def test_failures_map_to_client_errors(body, encoding, code, status):
    with pytest.raises(InspectionError) as caught:
        inspect(job(body, encoding=encoding))
    assert (caught.value.code, caught.value.kind.status) == (code, status)
