"""The gateway configuration: routes, callers, and what to do with callers' own provider keys.

Loaded from YAML (see `policies/gateway/gateway.example.yaml`), checked against
`policies/gateway.schema.json` and the endpoint catalog; every mistake comes back as
`file:line: explanation`. Relative paths are relative to the configuration file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from agent.catalog import POLICY_DIR, Catalog, CatalogEntry
from agent.gateway.keys import KeyUnavailable, ProviderKey, RevokedTokens
from agent.gateway.tokens import TokenVerifier, load_public_keys
from agent.yamlfile import ConfigError, ConfigProblem, load_yaml, parse_duration, validate

GATEWAY_SCHEMA = POLICY_DIR / "gateway.schema.json"

# Where each provider's SDK sends its API key, and so where the gateway injects the route's.
KEY_HEADERS = {"anthropic": "x-api-key", "azure-openai": "api-key", "gemini": "x-goog-api-key"}
DEFAULT_KEY_HEADER = "authorization"  # "Bearer <key>": OpenAI and the OpenAI-compatible APIs
# Every place a caller may put a credential: an Embargo token, or a provider key of its own.
CREDENTIAL_HEADERS = ("authorization", "x-api-key", "api-key", "x-goog-api-key")
CREDENTIAL_QUERY = ("key",)  # Gemini's ?key=
CALLER_KEY_HANDLING = ("refuse", "replace", "forward")


@dataclass(frozen=True)
class Route:
    id: str
    prefix: str                 # the path callers use: base URL https://gateway/<prefix>/...
    scheme: str
    host: str
    port: int
    base_path: str              # upstream path prefix ("" for https://api.openai.com)
    entry: CatalogEntry         # the catalog's view of the upstream
    key: ProviderKey | None     # None: callers bring their own key (caller_keys: forward)
    key_header: str
    caller_keys: str            # refuse | replace | forward

    def key_value(self, key: str) -> str:
        return f"Bearer {key}" if self.key_header == "authorization" else key


@dataclass(frozen=True)
class ClientCertificate:
    """A caller known by its TLS client certificate (pinned by SHA-256, as Salesforce
    certificates are usually self-signed)."""

    sha256: str
    identity: str
    tenant: str
    scope: tuple[str, ...]


@dataclass(frozen=True)
class GatewayConfig:
    source: str
    routes: tuple[Route, ...]
    clients: dict[str, ClientCertificate]
    tokens: TokenVerifier | None

    def route_for(self, path: str) -> tuple[Route, str] | None:
        """The route whose prefix `path` starts with (longest first), and the rest of the path."""
        for route in self.routes:
            if path == route.prefix or path.startswith(route.prefix + "/") or path.startswith(route.prefix + "?"):
                return route, path[len(route.prefix):] or "/"
        return None


def load_gateway_config(path: str | Path, catalog: Catalog) -> GatewayConfig:
    doc = load_yaml(path)
    problems = validate(doc, json.loads(GATEWAY_SCHEMA.read_text()))
    if problems:
        raise ConfigError(problems)
    base = Path(path).resolve().parent
    problems = []
    routes: list[Route] = []
    seen: set[str] = set()
    for index, raw in enumerate(doc.data["routes"]):
        where = ("routes", index)
        if raw["id"] in seen or raw["path"] in {r.prefix for r in routes}:
            problems.append(doc.problem(where, f"route {raw['id']!r}: id or path used twice"))
        seen.add(raw["id"])
        route = _route(raw, base, catalog, lambda msg, key="upstream": problems.append(doc.problem(where + (key,), msg)))
        if route:
            routes.append(route)
    clients: dict[str, ClientCertificate] = {}
    for index, raw in enumerate(doc.data.get("clients", [])):
        fingerprint = raw["cert_sha256"].replace(":", "").lower()
        unknown = set(raw["scope"]) - seen
        if unknown:
            problems.append(doc.problem(("clients", index, "scope"), f"unknown route(s) {', '.join(sorted(unknown))}"))
        clients[fingerprint] = ClientCertificate(fingerprint, raw["identity"], raw["tenant"], tuple(raw["scope"]))
    tokens = None
    if "tokens" in doc.data:
        tokens = _tokens(doc.data["tokens"], base, problems, doc.problem)
    if problems:
        raise ConfigError(problems)
    if not clients and tokens is None:
        raise ConfigError([doc.problem((), "no way for callers to authenticate: configure `tokens` or `clients`")])
    ordered = tuple(sorted(routes, key=lambda r: -len(r.prefix)))
    return GatewayConfig(doc.file, ordered, clients, tokens)


def _route(raw: dict, base: Path, catalog: Catalog, problem) -> Route | None:
    url = urlsplit(raw["upstream"])
    if url.scheme not in ("https", "http") or not url.hostname or url.query:
        problem(f"upstream must be https://host[:port][/base], got {raw['upstream']!r}")
        return None
    port = url.port or (443 if url.scheme == "https" else 80)
    entry = catalog.entry_for(url.hostname, port)
    if entry is None or entry.kind == "crm":
        problem(f"upstream {url.hostname}:{port} is not an AI endpoint of the catalog")
        return None
    if url.scheme == "http" and entry.kind != "local-model":
        problem("plain http is allowed only to the on-node local model")
        return None
    key = ProviderKey(_path(base, raw["key_file"])) if "key_file" in raw else None
    caller_keys = raw.get("caller_keys", "refuse")
    if key is None and caller_keys != "forward":
        problem("a route without key_file can only forward callers' own keys (caller_keys: forward)", "caller_keys")
    return Route(
        id=raw["id"], prefix="/" + raw["path"].strip("/"), scheme=url.scheme, host=url.hostname.lower(), port=port,
        base_path=url.path.rstrip("/"), entry=entry, key=key,
        key_header=raw.get("key_header", KEY_HEADERS.get(entry.provider, DEFAULT_KEY_HEADER)).lower(),
        caller_keys=caller_keys,
    )


def _tokens(raw: dict, base: Path, problems: list[ConfigProblem], problem) -> TokenVerifier | None:
    revoked = RevokedTokens(_path(base, raw["revoked"])) if "revoked" in raw else None
    try:
        keys = load_public_keys(_path(base, raw["keys"]))
        if revoked is not None:
            revoked.text()  # read it now: a missing file is a configuration error
    except (OSError, ValueError, KeyUnavailable) as err:
        problems.append(problem(("tokens",), f"token keys: {err.strerror if isinstance(err, OSError) else err}"))
        return None
    max_ttl = parse_duration(raw.get("max_ttl", "90d"))
    assert max_ttl is not None, "the schema admits only NUMBER d|h|m"
    return TokenVerifier(keys, int(max_ttl.total_seconds()), revoked)


def _path(base: Path, value: str) -> Path:
    path = Path(value)
    return path if path.is_absolute() else base / path
