"""The Anthropic API: Messages (also as carried by Bedrock and Vertex AI), token counting,
message batches, legacy Text Completions, and file uploads."""

from __future__ import annotations

from functools import partial
from typing import Any

from addons.providers.base import (
    AdapterError,
    NeutralRequest,
    RequestBuilder,
    Spec,
    endpoint,
    lookup,
    objects,
    typed,
    with_role,
)
from addons.providers.generic import read_body

# Members that never carry content: ids, type tags, media types, cache hints, and
# provider-encrypted state (search results and thinking come back signed or encrypted).
_IGNORE = frozenset({"type", "id", "role", "tool_use_id", "media_type", "cache_control",
                     "encrypted_content", "encrypted_index"})

_SETTINGS: Spec = dict.fromkeys(
    ("model", "stream", "tool_choice", "service_tier", "thinking", "anthropic_version", "anthropic_beta",
     "context_management", "container"),
    RequestBuilder.skip,
)


def _block(b: RequestBuilder, block: dict[str, Any], where: str) -> None:
    b.read(block, where, typed(_BLOCKS, block))


_CONTENT = partial(RequestBuilder.content, part=_block)
_SOURCES: dict[str, dict[str, Spec]] = {
    kind: {
        "base64": {"data": partial(RequestBuilder.opaque, kind=kind)},
        "url": {"url": partial(RequestBuilder.media_url, kind=kind)},
        "file": {"file_id": RequestBuilder.reference},
        "content": {"content": _CONTENT},  # documents made of content blocks
        # "text" (plain-text documents): its data is walked as text
    }
    for kind in ("image", "document")
}


def _source(b: RequestBuilder, source: Any, where: str, kind: str) -> None:
    if isinstance(source, dict):
        b.read(source, where, typed(_SOURCES[kind], source))
    else:
        b.walk(source, where)


_TOOL_INPUT: Spec = {"input": RequestBuilder.json_text}  # the tool's name is walked
_NESTED: Spec = {"content": _CONTENT}
_BLOCKS: dict[str, Spec] = {
    "text": {"citations": partial(RequestBuilder.read_each, spec={})},
    "image": {"source": partial(_source, kind="image")},
    "document": {"source": partial(_source, kind="document")},
    "tool_use": _TOOL_INPUT,
    "server_tool_use": _TOOL_INPUT,
    "mcp_tool_use": _TOOL_INPUT,
    "tool_result": _NESTED,
    "mcp_tool_result": _NESTED,
    "search_result": _NESTED,
    "web_search_tool_result": {"content": partial(RequestBuilder.read_each, spec={})},
    "thinking": {"signature": RequestBuilder.skip},
    "redacted_thinking": {"data": RequestBuilder.skip},
    "container_upload": {"file_id": RequestBuilder.reference},
}

_MESSAGES: Spec = {
    **_SETTINGS,
    "system": with_role("system", _CONTENT),
    "messages": partial(RequestBuilder.messages, spec={"content": _CONTENT}),
    "tools": partial(RequestBuilder.read_each, spec={"input_schema": RequestBuilder.json_text}),
    "output_format.schema": RequestBuilder.json_text,
    "output_config.format.schema": RequestBuilder.json_text,
}


def _batch_requests(b: RequestBuilder, value: Any, where: str) -> None:
    """`requests[].params` are Messages bodies. The batch's model is the first one named."""
    for i, request in enumerate(objects(value, where)):
        params = request.get("params")
        if not isinstance(params, dict):
            raise AdapterError(f"{where}[{i}].params must be an object")
        if b.request.model is None and isinstance(model := params.get("model"), str):
            b.request.model = model
        b.read(request, f"{where}[{i}]", {"params": partial(RequestBuilder.read, spec=_MESSAGES)})


_OPERATIONS: dict[str, str] = {
    "messages": "chat",
    "messages/batches": "batches",
    "complete": "completion",
    "files": "files",
    "models": "models",
}

_SPECS: dict[str, Spec] = {
    "messages": _MESSAGES,
    "messages/count_tokens": _MESSAGES,
    "messages/batches": {"requests": _batch_requests},
    "complete": _SETTINGS,  # the prompt and the rest are walked
}


class AnthropicAdapter:
    """Anthropic API requests by path."""

    name = "anthropic"

    def parse(self, method: str, path: str, content_type: str, body: bytes) -> NeutralRequest:
        endpoint_path, _ = endpoint(path)
        b = RequestBuilder(self.name, lookup(endpoint_path, _OPERATIONS, prefix=True) or "other", _IGNORE)
        read_body(b, lookup(endpoint_path, _SPECS), content_type, body)
        return b.request


ADAPTER = AnthropicAdapter()


def parse_messages_body(body: bytes, model: str | None = None, stream: bool = False) -> NeutralRequest:
    """A Messages body carried by another platform, which names the model and streaming in
    its URL: Bedrock InvokeModel (anthropic_version "bedrock-2023-05-31") or Vertex AI
    rawPredict. Raises AdapterError."""
    b = RequestBuilder(ADAPTER.name, "chat", _IGNORE)
    read_body(b, _MESSAGES, "application/json", body)
    b.request.model = b.request.model or model
    b.request.stream = b.request.stream or stream
    return b.request
