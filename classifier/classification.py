"""The records the classifier consumes and produces.

A `TextPiece` is one string from a request together with where it came from; a
`Classification` is what the classifier concludes about a whole request. Findings
carry detector ids, locations and counts, never the matched text: they end up in
events, the audit log and SIEMs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import NamedTuple


class Label(IntEnum):
    """Sensitivity, ordered: a rule that matches `confidential` also matches `privileged`."""

    PUBLIC = 0
    INTERNAL = 1
    CONFIDENTIAL = 2
    PRIVILEGED = 3

    @classmethod
    def parse(cls, name: str) -> Label:
        try:
            return cls[name.upper()]
        except KeyError:
            raise ValueError(
                f"unknown label {name!r} (expected one of: {', '.join(l.name.lower() for l in cls)})"
            ) from None

    def __str__(self) -> str:
        return self.name.lower()


class TextPiece(NamedTuple):
    """One string of a request, and where it sits (a JSON-path-like field path). A named
    tuple, as `Span`: an adapter makes one per string of a body, and a frozen dataclass
    costs three times as much to build."""

    text: str
    where: str
    role: str | None = None
    message_index: int | None = None


class Span(NamedTuple):
    """A location of a finding: the piece's field path and character offsets in it.

    A named tuple rather than a frozen dataclass: spans cross the worker-process boundary by
    the dozen per request, and tuples unpickle in C where frozen dataclasses call Python.
    """

    where: str
    start: int
    end: int


@dataclass(slots=True)
class Finding:
    """All hits of one detector in one request."""

    detector: str
    label: Label
    count: int = 0
    spans: list[Span] = field(default_factory=list)

    MAX_SPANS = 20  # enough to locate the data; bounded so that events stay small

    def add(self, where: str, start: int, end: int) -> None:
        """Count one more hit, and keep its location while there is room."""
        self.count += 1
        if len(self.spans) < self.MAX_SPANS:
            self.spans.append(Span(where, start, end))


@dataclass(frozen=True, slots=True)
class ModelEvidence:
    """What the model concluded, and where: the window (character offsets in the
    request's pieces joined by newlines) that decided, and the pieces it covers."""

    label: Label
    score: float
    window: int
    windows: int
    start: int
    end: int
    where: tuple[str, ...]
    digest: str
    abstained: bool = False  # too little text to be evidence, or a label the caller lets only detectors decide


@dataclass(slots=True)
class Classification:
    """The verdict on one request's text."""

    label: Label
    score: float
    findings: list[Finding] = field(default_factory=list)
    # Salesforce custom field names seen that the policy lists as sensitive (policy
    # vocabulary, not payload data), and Salesforce org ids seen (the CRM tenant).
    sensitive_fields: list[str] = field(default_factory=list)
    org_ids: list[str] = field(default_factory=list)
    # Parts of the request that could not be inspected (images, base64 documents, ...).
    uninspected: list[str] = field(default_factory=list)
    classifier_version: str = ""
    # The model's verdict (None when the detectors ran alone), and what decided the label:
    # "detector:<id>", "model", "uninspected" or "default".
    model: ModelEvidence | None = None
    decided_by: str = ""

    @property
    def detectors(self) -> set[str]:
        return {f.detector for f in self.findings}

    @property
    def fully_inspected(self) -> bool:
        return not self.uninspected
