"""What can be redirected to the on-node model, and how: the capability matrix.

Only conversational operations (chat, completion) can be answered by a different model
without harm: the client asked for an answer and gets one. The others cannot, and a
redirect rule that matches them blocks them instead, with the reason below:
a different model's embeddings, for one, would not fail but silently corrupt the
vector index they are written to.

Routes, by the client's API format and endpoint, to the local model's OpenAI-compatible API:

| client request                         | local model endpoint | translation              |
|----------------------------------------|----------------------|--------------------------|
| OpenAI / Azure chat/completions        | chat/completions     | model name only          |
| OpenAI / Azure completions (legacy)    | completions          | model name only          |
| OpenAI responses                       | responses            | model name only (vLLM, Ollama serve it; llama.cpp does not) |
| Anthropic messages                     | chat/completions     | Messages <-> chat, streaming included |
"""

from __future__ import annotations

from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Any

from addons.providers.base import endpoint
from addons.translate.anthropic import messages_to_chat

REDIRECTABLE_OPERATIONS = frozenset({"chat", "completion"})

# Why an operation cannot be redirected: shown to the client and by `embargo policy lint`.
NOT_REDIRECTABLE = {
    "embeddings": "embeddings from a different model would silently corrupt the vector index they are stored in",
    "files": "files are stored at the provider; the on-node model has no file store",
    "fine-tuning": "fine-tuning trains the provider's model; it cannot be done by the on-node model",
    "batches": "batches are run later by the provider; the on-node model has no batch queue",
    "images": "the on-node model does not generate or edit images",
    "audio": "the on-node model does not transcribe or synthesise audio",
    "moderations": "another model's moderation verdicts would change what the application lets through",
    "models": "model listings are the provider's and name no model the on-node model serves",
    "other": "this operation has no equivalent at the on-node model",
}


@dataclass(frozen=True, slots=True)
class Route:
    name: str            # for events: "anthropic messages -> chat/completions"
    local_path: str      # under the local model's base URL
    answer_format: str   # "openai": the answer passes as it is; "anthropic": translated back


_ROUTES: dict[tuple[str, str], Route] = {
    ("openai", "chat/completions"): Route("openai chat/completions", "chat/completions", "openai"),
    ("openai", "completions"): Route("openai completions", "completions", "openai"),
    ("openai", "responses"): Route("openai responses", "responses", "openai"),
    ("anthropic", "messages"): Route("anthropic messages -> chat/completions", "chat/completions", "anthropic"),
}


class NotRedirectable(Exception):
    """The request cannot be answered by the local model; `reason` says why (no payload)."""

    def __init__(self, code: str, reason: str):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason


def route_for(api_format: str | None, path: str, operation: str | None) -> Route:
    """The route for a request, or NotRedirectable."""
    if operation not in REDIRECTABLE_OPERATIONS:
        raise NotRedirectable("operation_not_redirectable", NOT_REDIRECTABLE.get(operation or "other", NOT_REDIRECTABLE["other"]))
    endpoint_path, _ = endpoint(path)
    route = _ROUTES.get((api_format or "", endpoint_path))
    if route is None:
        raise NotRedirectable("api_not_redirectable",
                              f"Embargo cannot translate {api_format or 'this provider'}'s {endpoint_path or 'request'} "
                              "API for the on-node model")
    return route


def local_request(route: Route, body: Any, model: str) -> dict[str, Any]:
    """The body to send to the local model. Raises TranslationError."""
    if not isinstance(body, dict):
        raise NotRedirectable("malformed_request", "the request body is not a JSON object")
    if route.answer_format == "anthropic":
        return messages_to_chat(body, model)
    return {**body, "model": model}


class ModelMap:
    """Which local model name answers a requested model: `GLOB=NAME` rules, first match wins;
    unmatched names go to `default` (the model the server lists) or pass unchanged."""

    def __init__(self, specs: list[str] | tuple[str, ...] = ()):
        rules = []
        for spec in specs:
            pattern, sep, name = spec.partition("=")
            if not sep or not pattern.strip() or not name.strip():
                raise ValueError(f"a model mapping needs GLOB=NAME, e.g. 'claude-*=llama-3.1-8b', got {spec!r}")
            rules.append((pattern.strip(), name.strip()))
        self.rules = tuple(rules)

    def local_name(self, requested: str | None, default: str | None) -> str:
        for pattern, name in self.rules:
            if fnmatchcase(requested or "", pattern):
                return name
        return default or requested or "local"
