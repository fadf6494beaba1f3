"""Anthropic Messages <-> OpenAI Chat Completions, for answering Anthropic clients from an
OpenAI-compatible local model.

Requests: `system`, multi-turn messages, text, images, plain-text documents, tool use
and tool results, tool definitions and tool choice, and the sampling settings become a
chat completions body. What has no equivalent there (PDF documents, server-side tools,
citations) raises `TranslationError`: the request is refused rather than answered from
half of its content. Provider-side state (thinking blocks and their signatures) is
dropped: it is the provider's, and the local model could not read it.

Answers: a chat completion becomes a Messages response, and a chat completions stream
becomes Anthropic's event sequence (`message_start`, `content_block_start`,
`content_block_delta`..., `content_block_stop`, `message_delta`, `message_stop`), chunk by
chunk as it arrives. Usage is carried over where the local model reports it; where it
does not (llama.cpp's streams), the counts are 0.
"""

from __future__ import annotations

import json
import secrets
from typing import Any

from addons.translate.sse import encode

# finish_reason -> stop_reason
STOP_REASONS = {
    "stop": "end_turn",
    "length": "max_tokens",
    "tool_calls": "tool_use",
    "function_call": "tool_use",
    "content_filter": "refusal",
}


class TranslationError(ValueError):
    """The request or answer cannot be expressed in the other format. The message names
    fields and block types, never their content."""


def new_id(prefix: str) -> str:
    return f"{prefix}{secrets.token_hex(12)}"


# --- requests --------------------------------------------------------------------------


def messages_to_chat(body: dict[str, Any], model: str) -> dict[str, Any]:
    """A Messages request body as a Chat Completions request body for `model`."""
    messages: list[dict[str, Any]] = []
    system = body.get("system")
    if system:
        messages.append({"role": "system", "content": _text_only(system, "system")})
    for index, message in enumerate(_list(body.get("messages"), "messages")):
        if not isinstance(message, dict) or message.get("role") not in ("user", "assistant"):
            raise TranslationError(f"messages[{index}] must be a user or assistant message")
        where = f"messages[{index}]"
        if message["role"] == "assistant":
            messages.append(_assistant(message.get("content"), where))
        else:
            messages.extend(_user(message.get("content"), where))
    chat: dict[str, Any] = {"model": model, "messages": messages}
    if "max_tokens" in body:
        chat["max_tokens"] = body["max_tokens"]
    for key in ("temperature", "top_p", "top_k"):
        if key in body:
            chat[key] = body[key]
    if body.get("stop_sequences"):
        chat["stop"] = body["stop_sequences"]
    if body.get("stream") is True:
        chat["stream"] = True
        chat["stream_options"] = {"include_usage": True}
    if body.get("tools"):
        chat["tools"] = [_tool(tool, f"tools[{i}]") for i, tool in enumerate(_list(body["tools"], "tools"))]
    choice = body.get("tool_choice")
    if isinstance(choice, dict):
        chat.update(_tool_choice(choice))
    return chat


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise TranslationError(f"{where} must be a list")
    return value


def _blocks(content: Any, where: str) -> list[dict[str, Any]]:
    """Message content as a list of blocks (a string is one text block)."""
    if isinstance(content, str):
        return [{"type": "text", "text": content}]
    blocks = _list(content, where)
    for i, block in enumerate(blocks):
        if not isinstance(block, dict) or not isinstance(block.get("type"), str):
            raise TranslationError(f"{where}[{i}] must be a content block with a type")
    return blocks


def _text_only(content: Any, where: str) -> str:
    parts = []
    for i, block in enumerate(_blocks(content, where)):
        if block["type"] != "text":
            raise TranslationError(f"{where}[{i}]: a {block['type']} block cannot be passed to the local model here")
        parts.append(str(block.get("text", "")))
    return "\n".join(parts)


def _user(content: Any, where: str) -> list[dict[str, Any]]:
    """One user message: its tool results first (as tool messages), then the rest."""
    results: list[dict[str, Any]] = []
    parts: list[dict[str, Any]] = []
    for i, block in enumerate(_blocks(content, f"{where}.content")):
        at = f"{where}.content[{i}]"
        kind = block["type"]
        if kind == "tool_result":
            text = _text_only(block.get("content") or "", f"{at}.content")
            results.append({"role": "tool", "tool_call_id": str(block.get("tool_use_id", "")), "content": text})
        elif kind in ("thinking", "redacted_thinking"):
            continue
        else:
            parts.append(_part(block, at))
    messages = results
    if parts:
        messages.append({"role": "user", "content": _content(parts)})
    return messages


def _part(block: dict[str, Any], where: str) -> dict[str, Any]:
    kind = block["type"]
    if kind == "text":
        return {"type": "text", "text": str(block.get("text", ""))}
    source = block.get("source") if isinstance(block.get("source"), dict) else {}
    if kind == "image":
        if source.get("type") == "base64":
            return {"type": "image_url", "image_url": {"url": f"data:{source.get('media_type')};base64,{source.get('data', '')}"}}
        if source.get("type") == "url":
            return {"type": "image_url", "image_url": {"url": str(source.get("url", ""))}}
    if kind == "document":
        if source.get("type") == "text":
            return {"type": "text", "text": str(source.get("data", ""))}
        if source.get("type") == "content":
            return {"type": "text", "text": _text_only(source.get("content"), f"{where}.source.content")}
    detail = f" with a {source['type']} source" if isinstance(source.get("type"), str) else ""
    raise TranslationError(f"{where}: a {kind} block{detail} cannot be passed to the local model")


def _content(parts: list[dict[str, Any]]) -> str | list[dict[str, Any]]:
    """Text-only content as one string (what every chat template renders), else the parts."""
    if all(p["type"] == "text" for p in parts):
        return "\n".join(p["text"] for p in parts)
    return parts


def _assistant(content: Any, where: str) -> dict[str, Any]:
    texts: list[str] = []
    calls: list[dict[str, Any]] = []
    for i, block in enumerate(_blocks(content, f"{where}.content")):
        kind = block["type"]
        if kind == "text":
            texts.append(str(block.get("text", "")))
        elif kind == "tool_use":
            calls.append({
                "id": str(block.get("id", "")),
                "type": "function",
                "function": {"name": str(block.get("name", "")),
                             "arguments": json.dumps(block.get("input", {}), ensure_ascii=False)},
            })
        elif kind not in ("thinking", "redacted_thinking"):
            raise TranslationError(f"{where}.content[{i}]: a {kind} block cannot be passed to the local model")
    # Content "" rather than null beside tool calls: some servers (llama.cpp's) require a string.
    message: dict[str, Any] = {"role": "assistant", "content": "\n".join(texts)}
    if calls:
        message["tool_calls"] = calls
    return message


def _tool(tool: Any, where: str) -> dict[str, Any]:
    if not isinstance(tool, dict) or not isinstance(tool.get("name"), str):
        raise TranslationError(f"{where} must be a tool with a name")
    if tool.get("type") not in (None, "custom"):
        raise TranslationError(f"{where}: server tool {tool['type']!r} runs at the provider and cannot be answered locally")
    function: dict[str, Any] = {"name": tool["name"], "parameters": tool.get("input_schema") or {"type": "object"}}
    if tool.get("description"):
        function["description"] = tool["description"]
    return {"type": "function", "function": function}


def _tool_choice(choice: dict[str, Any]) -> dict[str, Any]:
    kind = choice.get("type")
    chat: dict[str, Any] = {}
    if kind == "tool":
        chat["tool_choice"] = {"type": "function", "function": {"name": str(choice.get("name", ""))}}
    elif kind in ("auto", "any", "none"):
        chat["tool_choice"] = {"auto": "auto", "any": "required", "none": "none"}[kind]
    if choice.get("disable_parallel_tool_use") is True:
        chat["parallel_tool_calls"] = False
    return chat


# --- answers -----------------------------------------------------------------------------


def _arguments(raw: Any) -> dict[str, Any]:
    """Tool call arguments (a JSON string) as a tool_use input object."""
    if isinstance(raw, dict):
        return raw
    try:
        value = json.loads(raw or "{}")
    except ValueError:
        raise TranslationError("the local model returned tool call arguments that are not JSON") from None
    if not isinstance(value, dict):
        raise TranslationError("the local model returned tool call arguments that are not a JSON object")
    return value


def _usage(usage: Any) -> dict[str, int]:
    usage = usage if isinstance(usage, dict) else {}
    return {"input_tokens": int(usage.get("prompt_tokens") or 0), "output_tokens": int(usage.get("completion_tokens") or 0)}


def chat_to_message(completion: dict[str, Any], model: str) -> dict[str, Any]:
    """A chat completion (non-streaming) as a Messages response."""
    choices = completion.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        raise TranslationError("the local model's answer has no choices")
    choice = choices[0]
    message = choice.get("message") if isinstance(choice.get("message"), dict) else {}
    content: list[dict[str, Any]] = []
    if message.get("content"):
        content.append({"type": "text", "text": str(message["content"])})
    for call in message.get("tool_calls") or []:
        function = call.get("function") or {}
        content.append({"type": "tool_use", "id": call.get("id") or new_id("toolu_"),
                        "name": str(function.get("name", "")), "input": _arguments(function.get("arguments"))})
    if not content:
        content.append({"type": "text", "text": ""})
    return {
        "id": new_id("msg_"),
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": content,
        "stop_reason": STOP_REASONS.get(choice.get("finish_reason") or "stop", "end_turn"),
        "stop_sequence": None,
        "usage": _usage(completion.get("usage")),
    }


class MessageStream:
    """Chat completion chunks in, Anthropic stream events out, one chunk at a time."""

    def __init__(self, model: str):
        self.model = model
        self._index = -1            # the current content block
        self._open: str | None = None  # "text" or "tool" while a block is open
        self._tools: dict[int, int] = {}  # chat tool call index -> content block index
        self._stop = "end_turn"
        self._usage: dict[str, Any] | None = None

    def start(self) -> bytes:
        message = {
            "id": new_id("msg_"), "type": "message", "role": "assistant", "model": self.model,
            "content": [], "stop_reason": None, "stop_sequence": None,
            "usage": {"input_tokens": 0, "output_tokens": 0},
        }
        return encode({"type": "message_start", "message": message}, "message_start")

    def chunk(self, data: dict[str, Any]) -> bytes:
        """Events for one chat completion chunk (possibly none)."""
        out: list[bytes] = []
        if isinstance(data.get("usage"), dict):
            self._usage = data["usage"]
        for choice in data.get("choices") or []:
            if not isinstance(choice, dict) or choice.get("index", 0) != 0:
                continue
            delta = choice.get("delta") if isinstance(choice.get("delta"), dict) else {}
            if delta.get("content"):
                if self._open != "text":
                    out.append(self._begin({"type": "text", "text": ""}, "text"))
                out.append(self._delta({"type": "text_delta", "text": str(delta["content"])}))
            for call in delta.get("tool_calls") or []:
                out.extend(self._tool_call(call))
            if choice.get("finish_reason"):
                self._stop = STOP_REASONS.get(choice["finish_reason"], "end_turn")
        return b"".join(out)

    def _tool_call(self, call: dict[str, Any]) -> list[bytes]:
        out = []
        position = call.get("index", 0)
        function = call.get("function") or {}
        if position not in self._tools:
            block = {"type": "tool_use", "id": call.get("id") or new_id("toolu_"),
                     "name": str(function.get("name") or ""), "input": {}}
            out.append(self._begin(block, "tool"))
            self._tools[position] = self._index
        elif self._tools[position] != self._index:
            raise TranslationError("the local model interleaved two tool calls in its stream")
        if function.get("arguments"):
            out.append(self._delta({"type": "input_json_delta", "partial_json": str(function["arguments"])}))
        return out

    def _begin(self, block: dict[str, Any], kind: str) -> bytes:
        closed = self._close()
        self._index += 1
        self._open = kind
        return closed + encode({"type": "content_block_start", "index": self._index, "content_block": block},
                               "content_block_start")

    def _delta(self, delta: dict[str, Any]) -> bytes:
        return encode({"type": "content_block_delta", "index": self._index, "delta": delta}, "content_block_delta")

    def _close(self) -> bytes:
        if self._open is None:
            return b""
        self._open = None
        return encode({"type": "content_block_stop", "index": self._index}, "content_block_stop")

    def finish(self) -> bytes:
        """The closing events, once the chat stream has ended with [DONE]."""
        usage = _usage(self._usage)
        delta = {"type": "message_delta", "delta": {"stop_reason": self._stop, "stop_sequence": None},
                 "usage": {"output_tokens": usage["output_tokens"], "input_tokens": usage["input_tokens"]}}
        return self._close() + encode(delta, "message_delta") + encode({"type": "message_stop"}, "message_stop")

    @property
    def usage(self) -> dict[str, Any] | None:
        return self._usage
