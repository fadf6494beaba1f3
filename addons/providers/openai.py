"""The OpenAI API, as served by OpenAI, Azure OpenAI and OpenAI-compatible servers.

Chat Completions, Responses, Conversations, legacy Completions and Embeddings bodies are
read field by field; every other endpoint's body (files, fine-tuning, batches, images,
audio, moderations, ...) is read whole: all its strings, form fields and files.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from addons.providers.base import (
    NeutralRequest,
    RequestBuilder,
    Spec,
    Uninspected,
    endpoint,
    lookup,
    objects,
    typed,
    with_role,
)
from addons.providers.generic import read_body

# Members that never carry content: ids, type tags, status, and provider-encrypted state.
_IGNORE = frozenset({"type", "id", "role", "call_id", "tool_call_id", "detail", "status", "encrypted_content"})

# Request settings with string values that are not content.
_SETTINGS: Spec = dict.fromkeys(
    ("model", "stream", "stream_options", "tool_choice", "function_call", "service_tier", "reasoning_effort",
     "reasoning", "modalities", "verbosity", "include", "truncation", "logit_bias", "audio", "encoding_format",
     "prompt_cache_retention"),
    RequestBuilder.skip,
)

_IMAGE_URL = partial(RequestBuilder.media_url, kind="image")
_DOCUMENT_DATA = partial(RequestBuilder.opaque, kind="document")
_INPUT_AUDIO: Spec = {"input_audio.data": partial(RequestBuilder.opaque, kind="audio"),
                     "input_audio.format": RequestBuilder.skip}
_TOOL: Spec = {"function.parameters": RequestBuilder.json_text, "parameters": RequestBuilder.json_text}
_TOOLS = partial(RequestBuilder.read_each, spec=_TOOL)


def _tokens(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(type(t) is int for t in value)


def _prompt_item(b: RequestBuilder, value: Any, where: str) -> None:
    if _tokens(value):
        b.request.uninspected.append(Uninspected(where, "tokens", len(value)))
    else:
        b.text(value, where)


def _prompt(b: RequestBuilder, value: Any, where: str) -> None:
    """A completions `prompt` or embeddings `input`: a string, a token array, or a list of
    either. Token arrays are Uninspected "tokens" (size: the number of tokens)."""
    if isinstance(value, list) and not _tokens(value):
        for i, item in enumerate(value):
            _prompt_item(b, item, f"{where}[{i}]")
    else:
        _prompt_item(b, value, where)


# --- Chat Completions ---------------------------------------------------------------------

_CHAT_PARTS: dict[str, Spec] = {
    "image_url": {"image_url.url": _IMAGE_URL},
    "input_audio": _INPUT_AUDIO,
    "file": {"file.file_data": _DOCUMENT_DATA, "file.file_id": RequestBuilder.reference},
}


def _chat_part(b: RequestBuilder, part: dict[str, Any], where: str) -> None:
    b.read(part, where, typed(_CHAT_PARTS, part))


_CHAT_MESSAGE: Spec = {
    "content": partial(RequestBuilder.content, part=_chat_part),
    "tool_calls": partial(RequestBuilder.read_each, spec={"function": RequestBuilder.fields}),
    "audio": RequestBuilder.reference,                          # a previous audio answer
}

_CHAT: Spec = {
    **_SETTINGS,
    "messages": partial(RequestBuilder.messages, spec=_CHAT_MESSAGE),
    "tools": _TOOLS,
    "functions": _TOOLS,
    "response_format.json_schema.schema": RequestBuilder.json_text,
}

# --- Responses and Conversations ----------------------------------------------------------

_RESPONSE_PARTS: dict[str, Spec] = {
    "input_image": {"image_url": _IMAGE_URL, "file_id": RequestBuilder.reference},
    "input_file": {
        "file_data": _DOCUMENT_DATA,
        "file_url": partial(RequestBuilder.media_url, kind="document"),
        "file_id": RequestBuilder.reference,
    },
    "input_audio": _INPUT_AUDIO,
}


def _response_part(b: RequestBuilder, part: dict[str, Any], where: str) -> None:
    b.read(part, where, typed(_RESPONSE_PARTS, part))


_RESPONSE_CONTENT = partial(RequestBuilder.content, part=_response_part)
_ITEMS: dict[str, Spec] = {
    "message": {"content": _RESPONSE_CONTENT},
    "function_call_output": {"output": _RESPONSE_CONTENT},
    "custom_tool_call_output": {"output": _RESPONSE_CONTENT},
    "reasoning": {"summary": partial(RequestBuilder.read_each, spec={}),
                  "content": partial(RequestBuilder.read_each, spec={})},
    "item_reference": {"id": RequestBuilder.reference},
}
# Roles of items that are not messages.
_ITEM_ROLES = {
    "function_call": "assistant",
    "custom_tool_call": "assistant",
    "reasoning": "assistant",
    "function_call_output": "tool",
    "custom_tool_call_output": "tool",
}


def _items(b: RequestBuilder, value: Any, where: str) -> None:
    """Responses `input` (or Conversations `items`): a string (one user message) or a list
    of items; an item without a type is a message."""
    if value is None or isinstance(value, str):
        with b.message("user", None):
            b.text(value, where)
        return
    for i, item in enumerate(objects(value, where)):
        tag = item.get("type")
        role = item.get("role") or (_ITEM_ROLES.get(tag) if isinstance(tag, str) else None)
        with b.message(role, i):
            b.read(item, f"{where}[{i}]", typed(_ITEMS, item, default="message"))


_RESPONSES: Spec = {
    **_SETTINGS,
    "input": _items,
    "instructions": with_role("system", RequestBuilder.text),
    "tools": _TOOLS,
    "text.format.schema": RequestBuilder.json_text,
    "text.verbosity": RequestBuilder.skip,
    "previous_response_id": RequestBuilder.reference,
    "conversation": RequestBuilder.reference,
    "prompt.id": RequestBuilder.reference,  # a stored prompt; its variables are walked
}

# --- routes -------------------------------------------------------------------------------

_OPERATIONS: dict[str, str] = {
    "chat/completions": "chat",
    "responses": "chat",
    "conversations": "chat",
    "assistants": "chat",
    "threads": "chat",
    "realtime": "chat",
    "completions": "completion",
    "embeddings": "embeddings",
    "files": "files",
    "uploads": "files",
    "vector_stores": "files",
    "fine_tuning": "fine-tuning",
    "batches": "batches",
    "images": "images",
    "audio": "audio",
    "moderations": "moderations",
    "models": "models",
}

# Endpoints read field by field; others are read whole.
_SPECS: dict[str, Spec] = {
    "chat/completions": _CHAT,
    "responses": _RESPONSES,
    "responses/input_tokens": _RESPONSES,
    "conversations": {"items": _items},
    "conversations/*/items": {"items": _items},
    "completions": {**_SETTINGS, "prompt": _prompt},
    "embeddings": {**_SETTINGS, "input": _prompt},
    "moderations": {**_SETTINGS, "input": partial(RequestBuilder.content, part=_chat_part)},
}

_FILE_KINDS = {"images": "image", "audio": "audio"}  # what an upload is when its type does not say


class OpenAIAdapter:
    """OpenAI API requests by path; Azure paths map onto the same endpoints."""

    name = "openai"

    def parse(self, method: str, path: str, content_type: str, body: bytes) -> NeutralRequest:
        endpoint_path, deployment = endpoint(path)
        operation = lookup(endpoint_path, _OPERATIONS, prefix=True) or "other"
        b = RequestBuilder(self.name, operation, _IGNORE)
        spec = lookup(endpoint_path, _SPECS)
        read_body(b, spec, content_type, body, _FILE_KINDS.get(operation, "file"))
        b.request.model = b.request.model or deployment
        return b.request


ADAPTER = OpenAIAdapter()
