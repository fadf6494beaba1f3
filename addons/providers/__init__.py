"""Provider adapters: each turns one API wire format into a `NeutralRequest`.

Adding a provider is one module with a module-level `ADAPTER` and one line in `_ADAPTERS`.
"""

from __future__ import annotations

from addons.providers import anthropic, generic, openai
from addons.providers.base import Adapter

_ADAPTERS: dict[str, Adapter] = {
    "openai": openai.ADAPTER,
    "anthropic": anthropic.ADAPTER,
}


def adapter_for(api_format: str | None) -> Adapter:
    """The adapter for an API format; formats without one (None, "gemini", "bedrock",
    "cohere", ...) get the generic adapter, which classifies every string."""
    return _ADAPTERS.get((api_format or "").lower(), generic.ADAPTER)
