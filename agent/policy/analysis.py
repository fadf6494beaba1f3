"""Static reasoning over policies, for `embargo policy lint`.

`covers(a, b)`: does every request that rule b's conditions select also satisfy rule
a's? When an earlier enforcing rule covers a later one, the later one can never decide.
The answer errs towards "no": lint only claims shadowing it can prove.

`never_matches(rule)`: a condition no request can satisfy (an empty `in` list, a label
window that is empty).

`overlap(p, q)`: clients that two policies both protect.
"""

from __future__ import annotations

from fnmatch import fnmatchcase

from agent.catalog import UNKNOWN, Destination
from agent.policy.engine import DEFAULT, Identity, RequestContext, decide
from agent.policy.model import Match, Membership, Policy, Rule, Selector
from classifier.classification import Classification, Label


def _membership_covers(a: Membership | None, b: Membership | None) -> bool:
    if a is None:
        return True
    if b is None:
        return False
    if not a.negate and not b.negate:
        return b.values <= a.values
    if a.negate and b.negate:
        return a.values <= b.values
    if a.negate and not b.negate:
        return not (a.values & b.values)
    return False  # `in` a finite list never covers a `not_in`


def _glob_covers(a: str, b: str) -> bool:
    """Every name glob b matches is matched by glob a (proved only for the simple cases)."""
    return a == b or a == "*" or ("*" not in b and "?" not in b and "[" not in b and fnmatchcase(b, a))


def _selector_covers(a: Selector | None, b: Selector | None) -> bool:
    if a is None:
        return True
    if b is None:
        return False
    nets_ok = all(any(nb.version == na.version and nb.subnet_of(na) for na in a.clients) for nb in b.clients)
    # Every alternative b selects by must be selected by a (the kinds are alternatives).
    globs_ok = all(
        all(any(_glob_covers(ga, gb) for ga in getattr(a, kind)) for gb in getattr(b, kind))
        for kind in ("identities", "tenants", "cgroups", "commands", "executables")
    )
    pods_ok = all(pb in a.pods for pb in b.pods)  # proved only for identical pod selectors
    return nets_ok and globs_ok and pods_ok and (a.crm_originated or not b.crm_originated)


def covers(a: Rule, b: Rule) -> bool:
    """True when every request rule b matches is also matched by rule a."""
    ma, mb = a.match, b.match
    if ma.label is not None and (mb.label is None or mb.label < ma.label):
        return False
    if ma.label_below is not None and (mb.label_below is None or mb.label_below > ma.label_below):
        return False
    if ma.detectors and not (mb.detectors and all(any(_glob_covers(pa, pb) for pa in ma.detectors) for pb in mb.detectors)):
        return False
    if ma.sensitive_fields and not (mb.sensitive_fields and mb.sensitive_fields <= ma.sensitive_fields):
        return False
    for name in ("provider", "endpoint", "jurisdiction", "operation"):
        if not _membership_covers(getattr(ma, name), getattr(mb, name)):
            return False
    if not _selector_covers(ma.who, mb.who):
        return False
    return a.inspection == "any" or a.inspection == b.inspection


def never_matches(match: Match) -> str | None:
    """Why no request can satisfy `match`, or None."""
    if match.label is not None and match.label_below is not None and match.label >= match.label_below:
        return f"label at least {match.label} and below {match.label_below}"
    for name in ("provider", "endpoint", "jurisdiction", "operation"):
        membership: Membership | None = getattr(match, name)
        if membership is not None and not membership.negate and not membership.values:
            return f"{name} must be in {membership.list_name or 'a list'}, which is empty"
    return None


def _probe_user(glob: str) -> str | None:
    candidate = glob.replace("*", "x").replace("?", "x")
    return candidate if fnmatchcase(candidate, glob) else None


def protected_sample(policy: Policy) -> Identity | None:
    """Some client the policy protects (for probing what its default does)."""
    for selector in policy.protects:
        if selector.clients:
            return Identity(str(selector.clients[0].network_address))
        for glob in selector.identities:
            user = _probe_user(glob)
            if user:
                return Identity(None, user=user)
        for glob in selector.tenants:
            tenant = _probe_user(glob)
            if tenant:
                return Identity(None, tenant=tenant)
    return None


def default_allows_unknown_endpoints(policy: Policy) -> list[Label]:
    """Labels that `default` lets out to an AI endpoint whose jurisdiction is unknown."""
    identity = protected_sample(policy)
    if identity is None:
        return []
    destination = Destination("probe.invalid", 443, "probe", "ai", "probe", "openai", UNKNOWN, None, "probe", "probe")
    context = RequestContext(identity, destination.host, destination, "chat")
    allowed = []
    for label in Label:
        if label == Label.PUBLIC:
            continue
        decision = decide(context, Classification(label, 1.0), policy)
        if decision.rule_id == DEFAULT and decision.enforced_action == "allow":
            allowed.append(label)
    return allowed


def overlap(p: Policy, q: Policy) -> list[str]:
    """Client selectors both policies protect: CIDRs that intersect, identity or tenant globs that can meet."""
    found = []
    for sp in p.protects:
        for sq in q.protects:
            for na in sp.clients:
                for nb in sq.clients:
                    if na.version == nb.version and na.overlaps(nb):
                        found.append(f"clients {na} / {nb}")
            for kind in ("identities", "tenants"):
                for ga in getattr(sp, kind):
                    for gb in getattr(sq, kind):
                        if _glob_covers(ga, gb) or _glob_covers(gb, ga):
                            found.append(f"{kind} {ga} / {gb}")
    return found

