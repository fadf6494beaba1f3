"""The policy engine: pure functions from (context, classification, policy) to a Decision.

No I/O, no clocks, no globals: the same inputs always give the same decision, which is
what makes `embargo policy test` fixtures, replays and diffs trustworthy.

Two entry points:
- `admit`: may this client open a connection to this host at all (CONNECT time)?
- `decide`: what happens to this request, given what the classifier found?
Rules are evaluated in order; the first enforcing rule whose conditions all hold decides.
A matching rule in `audit` mode is recorded (what it would have done) and evaluation goes
on, so that adding a canary rule never changes what is enforced, wherever it stands.
"""

from __future__ import annotations

from dataclasses import dataclass
from fnmatch import fnmatchcase

from agent.catalog import Destination
from agent.policy.model import Policy, Rule
from agent.workload import Workload
from classifier.classification import Classification

# Decisions not made by a rule of the policy carry one of these rule ids.
UNPROTECTED = "builtin:unprotected"
UNLISTED_HOST = "builtin:unlisted-host"
UNLISTED_PASSTHROUGH = "builtin:unlisted-passthrough"
CRM_PASSTHROUGH = "builtin:crm-passthrough"
INTERCEPT = "builtin:intercept"
UNINSPECTABLE = "builtin:uninspectable"
DEFAULT = "builtin:default"
# Set by the proxy rather than by decide(): inspection or recording failed, or the
# destination address is one the proxy never connects to.
FAIL_CLOSED = "builtin:fail-closed"
REFUSED_ADDRESS = "builtin:refused-address"
# Set by the gateway before any inspection: who may call which route, with which key.
GATEWAY_AUTH = "builtin:gateway-auth"
GATEWAY_SCOPE = "builtin:gateway-scope"
GATEWAY_CALLER_KEY = "builtin:gateway-caller-key"
GATEWAY_NO_ROUTE = "builtin:gateway-no-route"
GATEWAY_KEY_UNAVAILABLE = "builtin:gateway-key-unavailable"


@dataclass(frozen=True, slots=True)
class Identity:
    """Who sends a request, as far as the proxy knows."""

    client_ip: str | None
    client_port: int | None = None
    user: str | None = None  # authenticated proxy user, or the gateway caller's identity
    kernel: Workload | None = None  # the kernel's view of the client (embargo agent), joined by address and port
    tenant: str | None = None  # the gateway caller's tenant (token claim or client certificate)
    # The kernel sent this connection to the proxy (kernel enforcement redirects only the
    # cgroups it protects), so it is protected even where no selector can name it, e.g. a
    # flow the kernel view could not attribute.
    kernel_redirected: bool = False


@dataclass(frozen=True, slots=True)
class RequestContext:
    identity: Identity
    host: str
    destination: Destination | None  # None: the host is not in the catalog
    operation: str | None = None


@dataclass(frozen=True, slots=True)
class AuditMatch:
    """A rule in audit mode that matched: what it would have done."""

    rule_id: str
    action: str


@dataclass(frozen=True, slots=True)
class Decision:
    action: str  # allow | block | redact | redirect: what the deciding rule says
    rule_id: str
    mode: str  # enforce | audit
    reasons: tuple[str, ...]
    protected: bool
    message: str = ""  # shown to the client when the action is enforced
    audit_matches: tuple[AuditMatch, ...] = ()
    fallback: str | None = None  # action redact: what the proxy does where it cannot redact

    @property
    def enforced_action(self) -> str:
        """What actually happens: in audit mode the request goes through as it is."""
        return self.action if self.mode == "enforce" else "allow"


def is_protected(identity: Identity, policy: Policy) -> bool:
    """Whether the policy protects this client: a selector names it, or the kernel redirected it."""
    return identity.kernel_redirected or policy.protects_client(
        identity.client_ip, identity.user, identity.kernel, tenant=identity.tenant)


def admit(identity: Identity, host: str, destination: Destination | None, policy: Policy) -> Decision:
    """Decide whether a connection to `host` is opened (and intercepted) at all."""
    protected = is_protected(identity, policy)
    if destination is None:
        if not protected and policy.unprotected_unlisted == "passthrough":
            return Decision("allow", UNLISTED_PASSTHROUGH, "enforce", ("host is not in the catalog; client is not protected",), False)
        return Decision(
            "block",
            UNLISTED_HOST,
            policy.mode if protected else "enforce",
            ("host is not in the endpoint catalog",),
            protected,
            "this proxy only forwards to known AI endpoints; the host is not in Embargo's endpoint catalog",
        )
    if destination.kind == "crm":
        return Decision("allow", CRM_PASSTHROUGH, "enforce", ("CRM host: recognised, passed through without decryption",), protected)
    return Decision("allow", INTERCEPT, "enforce", (f"{destination.kind} endpoint {destination.endpoint_id}: inspect each request",), protected)


def decide(context: RequestContext, classification: Classification, policy: Policy) -> Decision:
    """Decide one request. The first rule whose conditions all hold wins."""
    identity = context.identity
    protected = is_protected(identity, policy)
    if not protected:
        return Decision("allow", UNPROTECTED, "enforce", ("client is not protected by this policy",), False)
    if context.destination is None:
        return admit(identity, context.host, None, policy)
    audited: list[AuditMatch] = []
    for rule in policy.rules:
        if rule_mismatch(rule, context, classification) is not None:
            continue
        if rule.mode == "audit":
            audited.append(AuditMatch(rule.id, rule.action))
            continue
        evidence = _evidence(rule, context, classification)
        fallback = (rule.fallback or "block") if rule.action == "redact" else None
        return Decision(rule.action, rule.id, rule.mode, evidence, True, rule.reason, tuple(audited), fallback)
    if not classification.fully_inspected:
        kinds = ", ".join(sorted(set(classification.uninspected)))
        return Decision(
            "block",
            UNINSPECTABLE,
            policy.mode,
            (f"request carries content that cannot be inspected ({kinds}) and no rule allows it",),
            True,
            "the request carries content Embargo cannot inspect, and no policy rule allows that",
            tuple(audited),
        )
    reason = policy.default_reason
    return Decision(policy.default_action, DEFAULT, policy.mode, (reason,), True, reason, tuple(audited))


def rule_mismatch(rule: Rule, context: RequestContext, classification: Classification) -> str | None:
    """Why `rule` does not match, or None when it does (also the trace for `explain`)."""
    match = rule.match
    destination = context.destination
    assert destination is not None
    identity = context.identity
    if match.who and not match.who.matches(identity.client_ip, identity.user, identity.kernel, tenant=identity.tenant):
        return "client is not selected by the rule"
    if match.label is not None and classification.label < match.label:
        return f"label {classification.label} is below {match.label}"
    if match.label_below is not None and classification.label >= match.label_below:
        return f"label {classification.label} is not below {match.label_below}"
    if match.detectors and not _detector_hit(match.detectors, classification):
        return "none of the listed detectors found anything"
    if match.sensitive_fields and not match.sensitive_fields & set(classification.sensitive_fields):
        return "none of the listed sensitive fields is present"
    for name, membership, value in (
        ("provider", match.provider, destination.provider),
        ("endpoint", match.endpoint, destination.endpoint_id),
        ("jurisdiction", match.jurisdiction, destination.jurisdiction),
        ("operation", match.operation, context.operation),
    ):
        if membership is not None and not membership.matches(value):
            if membership.negate:
                return f"{name} {value} is in {membership.list_name or sorted(membership.values)}"
            return f"{name} {value} is not {membership.describe()}"
    inspection = rule.inspection
    if inspection == "full" and not classification.fully_inspected:
        return "request is only partly inspected and the rule applies to fully inspected requests"
    if inspection == "partial" and classification.fully_inspected:
        return "request is fully inspected and the rule applies to partly inspected ones"
    return None


def _detector_hit(patterns: tuple[str, ...], classification: Classification) -> bool:
    return any(fnmatchcase(d, p) for d in classification.detectors for p in patterns)


def _evidence(rule: Rule, context: RequestContext, classification: Classification) -> tuple[str, ...]:
    """Reasons for a match, naming detectors and fields (never payload text)."""
    destination = context.destination
    assert destination is not None
    reasons = [f"label {classification.label}"]
    if rule.match.detectors:
        hits = sorted(d for d in classification.detectors if any(fnmatchcase(d, p) for p in rule.match.detectors))
        reasons.append("detectors " + ", ".join(hits))
    if classification.sensitive_fields:
        reasons.append("sensitive fields " + ", ".join(classification.sensitive_fields))
    reasons.append(f"destination {destination.endpoint_id} ({destination.jurisdiction})")
    if not classification.fully_inspected:
        reasons.append("partly uninspected")
    return tuple(reasons)
