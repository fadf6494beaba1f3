"""The endpoint catalog: which hosts are AI endpoints or the CRM, and where data goes.

Loaded from `policies/endpoints.yaml`. `Catalog.entry_for(host, port)` says whether the
proxy intercepts a host at all; `Catalog.destination(...)` resolves the full destination
of one request, including a jurisdiction that can depend on the request itself (Bedrock
inference profiles, Vertex locations, Azure deployment types).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from agent.yamlfile import ConfigError, load_yaml, validate

POLICY_DIR = Path(__file__).resolve().parent.parent / "policies"
DEFAULT_CATALOG = POLICY_DIR / "endpoints.yaml"
CATALOG_SCHEMA = POLICY_DIR / "endpoints.schema.json"

UNKNOWN = "unknown"
NODE = "node"  # jurisdiction of the on-node local model
_ENTRY_CACHE_SIZE = 4096  # (host, port) lookups remembered; cleared when full


@dataclass(frozen=True, slots=True)
class Destination:
    """Where one request goes: what policy rules and the Art. 30 record need."""

    host: str
    port: int
    endpoint_id: str
    kind: str  # ai | crm | local-model
    provider: str
    api_format: str | None
    jurisdiction: str
    region: str | None
    recipient: str
    transfer_mechanism: str
    signed_body: bool = False


@dataclass(frozen=True)
class CatalogEntry:
    id: str
    kind: str
    provider: str
    api_format: str | None
    hosts: tuple[str, ...]
    ports: tuple[int, ...]
    jurisdiction: str | dict[str, str]
    recipient: str
    transfer_mechanism: str
    signed_body: bool
    patterns: tuple[re.Pattern[str], ...] = field(repr=False)

    def matches(self, host: str, port: int) -> bool:
        return port in self.ports and any(p.fullmatch(host) for p in self.patterns)

    @property
    def specificity(self) -> int:
        """Longest literal part among this entry's patterns: exact names win over wildcards."""
        return max(len(h.replace("*", "")) + (1000 if "*" not in h else 0) for h in self.hosts)


def _host_pattern(pattern: str) -> re.Pattern[str]:
    """`*.x` matches one or more labels before x; any other `*` matches one label."""
    parts = []
    for index, label in enumerate(pattern.split(".")):
        if label == "*" and index == 0:
            parts.append(r"(?:[a-z0-9-]+\.)*[a-z0-9-]+")
        else:
            parts.append(re.escape(label).replace(r"\*", "[a-z0-9-]+"))
    return re.compile(r"\.".join(parts))


def normalise_host(host: str) -> str:
    return host.strip().rstrip(".").lower()


class Catalog:
    def __init__(self, entries: list[CatalogEntry], tables: dict[str, dict[str, Any]]):
        self.entries = sorted(entries, key=lambda e: -e.specificity)
        self._tables = tables
        self._regions: dict[str, str] = tables.get("regions", {})
        self._region_prefixes: dict[str, str] = tables.get("region_prefixes", {})
        self._profiles: dict[str, str] = tables.get("inference_profiles", {})
        self._azure: dict[str, dict[str, Any]] = tables.get("azure_resources", {})
        self._azure_zones: dict[str, str] = tables.get("azure_data_zones", {})
        self._entry_cache: dict[tuple[str, int], CatalogEntry | None] = {}

    @classmethod
    def load(cls, path: str | Path = DEFAULT_CATALOG) -> Catalog:
        doc = load_yaml(path)
        problems = validate(doc, json.loads(CATALOG_SCHEMA.read_text()))
        if problems:
            raise ConfigError(problems)
        seen: set[str] = set()
        entries = []
        for index, raw in enumerate(doc.data["endpoints"]):
            if raw["id"] in seen:
                raise ConfigError([doc.problem(("endpoints", index, "id"), f"endpoint id {raw['id']!r} is used twice")])
            seen.add(raw["id"])
            entries.append(_entry(raw))
        tables = {k: v for k, v in doc.data.items() if k not in ("version", "endpoints")}
        return cls(entries, tables)

    def with_local_model(self, url: str) -> Catalog:
        """Add the on-node local model (an OpenAI-compatible server) as a destination."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"local model URL must be http(s)://host[:port]/..., got {url!r}")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        entry = _entry(
            {
                "id": "local-model",
                "kind": "local-model",
                "provider": "local",
                "api_format": "openai",
                "hosts": [parts.hostname.lower()],
                "ports": [port],
                "jurisdiction": NODE,
                "recipient": "on-node local model (no third party)",
                "transfer_mechanism": "none (stays on the node)",
            }
        )
        return Catalog([entry, *self.entries], self._tables)

    def known_jurisdictions(self) -> set[str]:
        """Every jurisdiction code the catalog can resolve to (for policy lint)."""
        static = {e.jurisdiction for e in self.entries if isinstance(e.jurisdiction, str)}
        tables = (self._regions, self._region_prefixes, self._profiles, self._azure_zones)
        return static | {code for table in tables for code in table.values()}

    def region_names(self) -> tuple[str, ...]:
        """The cloud regions the catalog knows by name (the interception CA expands region wildcards over them)."""
        return tuple(self._regions)

    def entry_for(self, host: str, port: int = 443) -> CatalogEntry | None:
        host = normalise_host(host)
        key = (host, port)
        if key not in self._entry_cache:
            if len(self._entry_cache) >= _ENTRY_CACHE_SIZE:
                self._entry_cache.clear()  # unlisted hosts are unbounded; the listed few refill at once
            self._entry_cache[key] = next((e for e in self.entries if e.matches(host, port)), None)
        return self._entry_cache[key]

    def destination(self, host: str, port: int, path: str = "/", model: str | None = None) -> Destination | None:
        """The destination of one request, or None if the host is not in the catalog."""
        host = normalise_host(host)
        entry = self.entry_for(host, port)
        return self.resolve(entry, host, port, path, model) if entry else None

    def resolve(self, entry: CatalogEntry, host: str, port: int, path: str = "/", model: str | None = None) -> Destination:
        """The destination of one request to `entry` (already looked up by `entry_for`)."""
        jurisdiction, region = self._jurisdiction(entry, host, path, model)
        return Destination(
            host=host,
            port=port,
            endpoint_id=entry.id,
            kind=entry.kind,
            provider=entry.provider,
            api_format=entry.api_format,
            jurisdiction=jurisdiction,
            region=region,
            recipient=entry.recipient,
            transfer_mechanism=entry.transfer_mechanism,
            signed_body=entry.signed_body,
        )

    # --- jurisdiction resolvers ----------------------------------------------------

    def _jurisdiction(self, entry: CatalogEntry, host: str, path: str, model: str | None) -> tuple[str, str | None]:
        if isinstance(entry.jurisdiction, str):
            return entry.jurisdiction, None
        resolver = entry.jurisdiction["from"]
        if resolver == "host_region":
            match = re.search(entry.jurisdiction["pattern"], host)
            region = match.group("region") if match else None
            return self.region_jurisdiction(region), region
        if resolver == "bedrock":
            return self._bedrock(host, path)
        if resolver == "vertex":
            return self._vertex(host, path)
        return self._azure_openai(host, path, model)

    def region_jurisdiction(self, region: str | None) -> str:
        if not region:
            return UNKNOWN
        if region in self._regions:
            return self._regions[region]
        for prefix, jurisdiction in self._region_prefixes.items():
            if region.startswith(prefix):
                return jurisdiction
        return UNKNOWN

    def _bedrock(self, host: str, path: str) -> tuple[str, str | None]:
        match = re.match(r"bedrock-runtime(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com$", host)
        region = match.group(1) if match else None
        # /model/{modelId}/invoke, /model/{modelId}/converse(-stream); ids may be URL-encoded ARNs.
        model = re.match(r"/model/([^/]+)/", path)
        if model:
            model_id = model.group(1).replace("%3A", ":").replace("%2F", "/")
            model_id = model_id.rsplit("/", 1)[-1]  # inference-profile ARNs end in the profile id
            prefix = model_id.split(".", 1)[0]
            if "." in model_id and prefix in self._profiles:
                return self._profiles[prefix], region
        return self.region_jurisdiction(region), region

    def _vertex(self, host: str, path: str) -> tuple[str, str | None]:
        match = re.match(r"([a-z0-9-]+)-aiplatform\.googleapis\.com$", host)
        location = re.search(r"/locations/([a-z0-9-]+)/", path)
        region = location.group(1) if location else (match.group(1) if match else None)
        if region == "global":
            return "global", region
        return self.region_jurisdiction(region), region

    def _azure_openai(self, host: str, path: str, model: str | None) -> tuple[str, str | None]:
        resource = self._azure.get(host.split(".", 1)[0])
        if resource is None:
            return UNKNOWN, None
        region = resource["region"]
        deployment_match = re.match(r"/openai/deployments/([^/]+)/", path)
        deployment = deployment_match.group(1) if deployment_match else model
        deployments = resource["deployments"]
        kind = deployments.get(deployment or "", deployments.get("*"))
        home = self.region_jurisdiction(region)
        if kind == "standard":
            return home, region
        if kind == "datazone":
            return self._azure_zones.get(home, UNKNOWN), region
        if kind == "global":
            return "global", region
        return UNKNOWN, region


def _entry(raw: dict[str, Any]) -> CatalogEntry:
    hosts = tuple(normalise_host(h) for h in raw["hosts"])
    return CatalogEntry(
        id=raw["id"],
        kind=raw["kind"],
        provider=raw["provider"],
        api_format=raw.get("api_format"),
        hosts=hosts,
        ports=tuple(raw.get("ports", [443])),
        jurisdiction=raw["jurisdiction"],
        recipient=raw["recipient"],
        transfer_mechanism=raw["transfer_mechanism"],
        signed_body=bool(raw.get("signed_body", False)),
        patterns=tuple(_host_pattern(h) for h in hosts),
    )
