"""Policy records and their loading from YAML.

A policy file (see `policies/default.yaml` for a commented example) becomes an
immutable `Policy`. Loading validates the file against `policies/policy.schema.json`
and then checks what a schema cannot (list references, CIDRs, duplicate ids), so every
mistake is reported as `file:line: explanation`.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from agent.catalog import POLICY_DIR
from agent.workload import Workload
from agent.yamlfile import ConfigError, ConfigProblem, YamlDocument, load_yaml, validate
from classifier.classification import Label

POLICY_SCHEMA = POLICY_DIR / "policy.schema.json"

IpNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
# Keys of a selector; a rule's `match` may carry them too.
COMM_LENGTH = 15  # TASK_COMM_LEN - 1
SELECTOR_KEYS = ("clients", "identities", "tenants", "cgroup", "process", "pod", "crm_originated")


@lru_cache(maxsize=4096)
def client_address(ip: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    """Parse a client address; an IPv4-mapped IPv6 address is its IPv4 address."""
    address = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


@dataclass(frozen=True, slots=True)
class PodSelector:
    """Pods by namespace (glob), labels (all must be equal) and service account (glob).

    Only pods the agent identified through the kernel view and the API server can match.
    """

    namespace: str | None = None
    labels: tuple[tuple[str, str], ...] = ()
    service_account: str | None = None

    def matches(self, workload: Workload) -> bool:
        pod = workload.pod
        if pod is None:
            return False
        if self.namespace is not None and not fnmatchcase(pod.namespace, self.namespace):
            return False
        if any(pod.label(key) != value for key, value in self.labels):
            return False
        return self.service_account is None or fnmatchcase(pod.service_account or "", self.service_account)


@dataclass(frozen=True, slots=True)
class Selector:
    """Whom a policy or rule applies to: the client matches any one of the listed kinds.

    clients and identities come from the proxy connection (identities and tenants from the
    gateway's authentication); cgroups, processes, pods and crm_originated need the kernel
    view of the workload (`embargo agent` with tracing).
    """

    clients: tuple[IpNetwork, ...] = ()
    identities: tuple[str, ...] = ()
    tenants: tuple[str, ...] = ()  # gateway callers' tenants (globs)
    cgroups: tuple[str, ...] = ()  # cgroup v2 path globs
    commands: tuple[str, ...] = ()  # process name (comm) globs
    executables: tuple[str, ...] = ()  # executable path globs
    pods: tuple[PodSelector, ...] = ()
    crm_originated: bool = False  # workloads seen pulling data from a CRM host

    def matches(self, client_ip: str | None, user: str | None, workload: Workload | None = None,
                *, tenant: str | None = None) -> bool:
        if self.tenants and tenant and any(fnmatchcase(tenant, g) for g in self.tenants):
            return True
        if self.clients and client_ip:
            try:
                address = client_address(client_ip)
            except ValueError:
                address = None
            if address is not None and any(address in net for net in self.clients):
                return True
        if self.identities and user and any(fnmatchcase(user, g) for g in self.identities):
            return True
        return workload is not None and self._matches_workload(workload)

    def _matches_workload(self, workload: Workload) -> bool:
        def any_glob(value: str | None, globs: tuple[str, ...]) -> bool:
            return value is not None and any(fnmatchcase(value, g) for g in globs)

        return (
            any_glob(workload.cgroup, self.cgroups)
            or any_glob(workload.comm, self.commands)
            or any_glob(workload.exe, self.executables)
            or any(p.matches(workload) for p in self.pods)
            or (self.crm_originated and workload.crm_originated)
        )

    @property
    def needs_kernel_view(self) -> bool:
        return bool(self.cgroups or self.commands or self.executables or self.pods or self.crm_originated)


@dataclass(frozen=True, slots=True)
class Membership:
    """`{in: LIST}` or `{not_in: LIST}` with the list resolved; literal lists are `in`."""

    values: frozenset[str]
    negate: bool = False
    list_name: str | None = None

    def matches(self, value: str | None) -> bool:
        return (value in self.values) != self.negate

    def describe(self) -> str:
        what = self.list_name or "[" + ", ".join(sorted(self.values)) + "]"
        return f"{'not in' if self.negate else 'in'} {what}"


@dataclass(frozen=True, slots=True)
class Match:
    """Conditions of a rule; all given ones must hold, a missing one matches anything."""

    label: Label | None = None
    label_below: Label | None = None
    detectors: tuple[str, ...] = ()
    sensitive_fields: frozenset[str] = frozenset()
    provider: Membership | None = None
    endpoint: Membership | None = None
    jurisdiction: Membership | None = None
    operation: Membership | None = None
    who: Selector | None = None
    inspection: str | None = None  # full | partial | any; None = the action's default


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    action: str
    match: Match
    mode: str
    reason: str
    description: str = ""
    line: int = 0
    fallback: str | None = None  # action redact: block | redirect where redaction cannot work

    @property
    def inspection(self) -> str:
        """Allow rules apply only to fully inspected requests unless they say otherwise:
        content the classifier could not see leaves only where a rule explicitly allows it."""
        if self.match.inspection:
            return self.match.inspection
        return "full" if self.action == "allow" else "any"


@dataclass(frozen=True, slots=True)
class FieldFilter:
    remove: tuple[str, ...]
    providers: frozenset[str] | None = None
    operations: frozenset[str] | None = None

    def applies(self, provider: str, operation: str) -> bool:
        return (self.providers is None or provider in self.providers) and (
            self.operations is None or operation in self.operations
        )


# What `redact` replaces unless the policy says otherwise: values, not vocabulary.
DEFAULT_REDACT_DETECTORS = ("pii.*", "salesforce.record_id", "salesforce.org_id", "secret.*")


@dataclass(frozen=True, slots=True)
class RedactionSettings:
    detectors: tuple[str, ...] = DEFAULT_REDACT_DETECTORS
    never_restore: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()  # JSON fields replaced whole (placeholder type: the field's name)


@dataclass(frozen=True, slots=True)
class ClassifierSettings:
    """The policy's `classifier:` section: whether the model runs, and its thresholds
    (P(>= label) a window must reach) where the policy overrides the model's defaults."""

    model: bool = True
    thresholds: tuple[tuple[Label, float], ...] = ()
    cue_corroboration: float | None = None


@dataclass(frozen=True)
class Policy:
    name: str
    version: str
    digest: str  # sha256 of the file, so an event names the exact policy text in force
    source: str
    mode: str
    protects: tuple[Selector, ...]
    lists: dict[str, tuple[str, ...]]
    sensitive_fields: dict[str, Label]
    field_filters: tuple[FieldFilter, ...]
    rules: tuple[Rule, ...]
    default_action: str
    default_reason: str
    unprotected_unlisted: str  # refuse | passthrough
    description: str = ""
    redaction: RedactionSettings = RedactionSettings()
    document: YamlDocument | None = field(default=None, repr=False, compare=False)
    classifier: ClassifierSettings = ClassifierSettings()

    def protects_client(self, client_ip: str | None, user: str | None, workload: Workload | None = None,
                        *, tenant: str | None = None) -> bool:
        return any(s.matches(client_ip, user, workload, tenant=tenant) for s in self.protects)

    @cached_property
    def workload_selectors(self) -> tuple[Selector, ...]:
        """Selectors (in `protects` and in rules) that only the kernel view can satisfy."""
        selectors = self.protects + tuple(r.match.who for r in self.rules if r.match.who)
        return tuple(s for s in selectors if s.needs_kernel_view)

    @cached_property
    def redacts(self) -> bool:
        """Whether a rule can decide `redact` (so requests are prepared for it)."""
        return any(r.action == "redact" and r.mode == "enforce" for r in self.rules)

    @cached_property
    def classifier_fields(self) -> tuple[tuple[str, Label], ...]:
        """`sensitive_fields` as the classifier takes them: hashable and in a stable order."""
        return tuple(sorted(self.sensitive_fields.items()))

    @cached_property
    def classification_digest(self) -> str:
        """sha256 of what this policy feeds the classifier. Replay compares it with the one
        a record was made under: the audit log holds no text, so a record classified with
        other inputs cannot say what this policy's classifier would have found."""
        inputs: list = [(name, int(label)) for name, label in self.classifier_fields]
        if self.classifier != ClassifierSettings():  # the default adds nothing: older digests hold
            settings = self.classifier
            inputs.append({"model": settings.model, "cue": settings.cue_corroboration,
                           "thresholds": [(int(label), value) for label, value in settings.thresholds]})
        return hashlib.sha256(json.dumps(inputs).encode()).hexdigest()


def load_policy(path: str | Path) -> Policy:
    """Load and check one policy file; raises ConfigError listing every problem."""
    doc = load_yaml(path)
    problems = validate(doc, json.loads(POLICY_SCHEMA.read_text()))
    if problems:
        raise ConfigError(problems)
    builder = _Builder(doc)
    policy = builder.build(hashlib.sha256(Path(path).read_bytes()).hexdigest())
    if builder.problems:
        raise ConfigError(builder.problems)
    return policy


class _Builder:
    """Turns a schema-valid document into a Policy, collecting semantic problems."""

    def __init__(self, doc: YamlDocument):
        self.doc = doc
        self.data: dict[str, Any] = doc.data
        self.problems: list[ConfigProblem] = []
        self.lists: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in self.data.get("lists", {}).items()}

    def build(self, digest: str) -> Policy:
        data = self.data
        default_mode = data.get("mode", "enforce")
        rules = []
        seen: set[str] = set()
        for index, raw in enumerate(data.get("rules", [])):
            path = ("rules", index)
            if raw["id"] in seen:
                self.problems.append(self.doc.problem(path + ("id",), f"rule id {raw['id']!r} is used twice"))
            seen.add(raw["id"])
            rules.append(
                Rule(
                    id=raw["id"],
                    action=raw["action"],
                    match=self._match(raw.get("match", {}), path + ("match",)),
                    mode=raw.get("mode", default_mode),
                    reason=raw.get("reason") or raw.get("description") or f"rule {raw['id']}",
                    description=raw.get("description", ""),
                    line=self.doc.line_of(path),
                    fallback=raw.get("fallback"),
                )
            )
        default = data.get("default", {})
        return Policy(
            name=data["name"],
            version=str(data["version"]),
            digest=digest,
            source=self.doc.file,
            mode=default_mode,
            protects=tuple(self._selector(s, ("protects", i)) for i, s in enumerate(data["protects"])),
            lists=self.lists,
            sensitive_fields=self._sensitive_fields(),
            field_filters=tuple(self._field_filter(f) for f in data.get("field_filters", [])),
            rules=tuple(rules),
            default_action=default.get("action", "allow"),
            default_reason=default.get("reason", "no rule matched; the policy's default applies"),
            unprotected_unlisted=data.get("unprotected_clients", {}).get("unlisted_hosts", "refuse"),
            description=data.get("description", ""),
            document=self.doc,
            redaction=RedactionSettings(
                tuple(data.get("redaction", {}).get("detectors", DEFAULT_REDACT_DETECTORS)),
                tuple(data.get("redaction", {}).get("never_restore", ())),
                tuple(data.get("redaction", {}).get("fields", ())),
            ),
            classifier=self._classifier_settings(data.get("classifier", {})),
        )

    def _selector(self, raw: dict[str, Any], path: tuple) -> Selector:
        networks = []
        for index, cidr in enumerate(raw.get("clients", [])):
            try:
                networks.append(ipaddress.ip_network(cidr, strict=False))
            except ValueError:
                self.problems.append(
                    self.doc.problem(path + ("clients", index), f"{cidr!r} is not an IP address or CIDR such as 10.0.0.0/8")
                )
        process = raw.get("process", {})
        for index, name in enumerate(process.get("comm", [])):
            if len(name.replace("*", "")) > COMM_LENGTH:
                self.problems.append(self.doc.problem(
                    path + ("process", "comm", index),
                    f"{name!r} can never match: the kernel keeps the first {COMM_LENGTH} characters of a process name "
                    "(match the executable with `exe:` instead)"))
        cgroups = raw.get("cgroup", [])
        return Selector(
            clients=tuple(networks),
            identities=tuple(raw.get("identities", [])),
            tenants=tuple(raw.get("tenants", [])),
            cgroups=(cgroups,) if isinstance(cgroups, str) else tuple(cgroups),
            commands=tuple(process.get("comm", [])),
            executables=tuple(process.get("exe", [])),
            pods=tuple(
                PodSelector(p.get("namespace"), tuple(sorted(p.get("labels", {}).items())), p.get("service_account"))
                for p in ([raw["pod"]] if isinstance(raw.get("pod"), dict) else raw.get("pod", []))
            ),
            crm_originated=raw.get("crm_originated", False),
        )

    def _membership(self, raw: Any, path: tuple) -> Membership:
        if isinstance(raw, list):
            return Membership(frozenset(raw))
        negate = "not_in" in raw
        ref = raw["not_in" if negate else "in"]
        if isinstance(ref, list):
            return Membership(frozenset(ref), negate)
        if ref not in self.lists:
            known = ", ".join(sorted(self.lists)) or "none defined"
            self.problems.append(self.doc.problem(path, f"unknown list {ref!r} (lists: {known}); define it under `lists:`"))
            return Membership(frozenset(), negate, ref)
        return Membership(frozenset(self.lists[ref]), negate, ref)

    def _match(self, raw: dict[str, Any], path: tuple) -> Match:
        memberships = {
            key: self._membership(raw[key], path + (key,))
            for key in ("provider", "endpoint", "jurisdiction", "operation")
            if key in raw
        }
        who = None
        if any(key in raw for key in SELECTOR_KEYS):
            who = self._selector(raw, path)
        return Match(
            label=Label.parse(raw["label"]) if "label" in raw else None,
            label_below=Label.parse(raw["label_below"]) if "label_below" in raw else None,
            detectors=tuple(raw.get("detectors", ())),
            sensitive_fields=frozenset(f.lower() for f in raw.get("sensitive_fields", ())),
            who=who,
            inspection=raw.get("inspection"),
            **memberships,
        )

    def _sensitive_fields(self) -> dict[str, Label]:
        fields: dict[str, Label] = {}
        for label_name, names in self.data.get("sensitive_fields", {}).items():
            for name in names:
                label = Label.parse(label_name)
                fields[name.lower()] = max(label, fields.get(name.lower(), label))
        return fields

    @staticmethod
    def _classifier_settings(raw: dict[str, Any]) -> ClassifierSettings:
        thresholds = tuple(sorted((Label.parse(k), float(v)) for k, v in raw.get("thresholds", {}).items()))
        return ClassifierSettings(bool(raw.get("model", True)), thresholds, raw.get("cue_corroboration"))

    @staticmethod
    def _field_filter(raw: dict[str, Any]) -> FieldFilter:
        def names(value: str | list[str] | None) -> frozenset[str] | None:
            if value is None:
                return None
            return frozenset([value] if isinstance(value, str) else value)

        return FieldFilter(tuple(raw["remove"]), names(raw.get("provider")), names(raw.get("operation")))
