"""Gateway mode: Embargo serves OpenAI- and Anthropic-compatible APIs as a reverse proxy.

`config` loads routes, callers and caller-key handling; `tokens` issues and verifies
caller tokens; `keys` holds provider API keys. The mitmproxy side is `addons/gateway.py`.
"""
