"""How two decisions on the same request differ, as a security team reads it.

What counts is the *effect*, the action actually carried out (`Decision.enforced_action`):
a rule in audit mode changes nothing that leaves. Effects are ordered by how much of the
request leaves the node as sent:

    block < redirect (answered by the on-node model) < redact (leaves, rewritten) < allow

A change towards `allow` is *widening* (data that was held back would now leave), one
away from it *narrowing*. Actions this build does not know yet rank as unknown, never as
"no change".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from agent.policy.engine import Decision

EXPOSURE = {"block": 0, "redirect": 1, "redact": 2, "allow": 3}

WIDENING, NARROWING, NEUTRAL, UNKNOWN, SAME = "widening", "narrowing", "neutral", "unknown", "same"


def change_kind(before: str, after: str) -> str:
    """widening | narrowing | same (same effect) | unknown (an action without a rank)."""
    if before == after:
        return SAME
    if before not in EXPOSURE or after not in EXPOSURE:
        return UNKNOWN
    return WIDENING if EXPOSURE[after] > EXPOSURE[before] else NARROWING


@dataclass(frozen=True)
class Outcome:
    """The parts of a decision a comparison looks at."""

    effect: str  # enforced action
    action: str
    rule: str
    mode: str
    audit: tuple[str, ...]  # rule ids of audit-mode matches

    @classmethod
    def of(cls, decision: Decision) -> Outcome:
        return cls(decision.enforced_action, decision.action, decision.rule_id, decision.mode,
                   tuple(m.rule_id for m in decision.audit_matches))

    @classmethod
    def recorded(cls, block: dict[str, Any]) -> Outcome:
        """From an audit record's `decision` block."""
        return cls(block["enforced_action"], block["action"], block["rule"], block["mode"],
                   tuple(m["rule"] for m in block.get("audit_matches", [])))

    def rules(self) -> set[str]:
        """Rules this decision shows matching: the deciding one and audit-mode ones."""
        return {self.rule, *self.audit}

    def describe(self) -> str:
        shown = self.effect if self.effect == self.action else f"{self.effect} ({self.action} in {self.mode} mode)"
        audit = f" (audit match: {', '.join(self.audit)})" if self.audit else ""
        return f"{shown} by {self.rule}{audit}"


def change_between(before: Outcome, after: Outcome) -> str:
    """widening | narrowing | unknown, neutral (same effect, other rule/mode/audit), or same."""
    kind = change_kind(before.effect, after.effect)
    if kind == SAME and before != after:
        return NEUTRAL
    return kind


def verdict(kinds: set[str], unknowns: list[str]) -> str:
    """One word for a whole change: flips seen, and aspects nothing recorded can judge."""
    if WIDENING in kinds and NARROWING in kinds:
        return "mixed (widening and narrowing)"
    if WIDENING in kinds:
        return WIDENING
    if unknowns or UNKNOWN in kinds:
        return "impact unknown"
    if NARROWING in kinds:
        return NARROWING
    return NEUTRAL if NEUTRAL in kinds else "no change"


VERDICT_EXIT_CODES = {"no change": 0, NEUTRAL: 0, NARROWING: 0, "impact unknown": 3}


def exit_code(verdict_word: str) -> int:
    """For CI gates: 0 neutral or narrowing, 1 widening or mixed, 3 impact unknown."""
    return VERDICT_EXIT_CODES.get(verdict_word, 1)
