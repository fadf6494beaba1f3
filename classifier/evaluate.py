"""Evaluation figures for a labelled set: what an auditor asks of a classifier.

Per-class precision, recall and F1; the confusion matrix; sensitive recall (true
confidential or privileged predicted confidential or higher); the false-positive rate
(true public or internal predicted confidential or higher); privileged recall; and the
expected calibration error of the score (15 equal-width bins), where the score claims
"the request is at least as sensitive as its label", and for a public label "nothing in
the request is above public" (every request is at least public: that claim would be
empty).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from classifier.classification import Label

LABELS = tuple(Label)


@dataclass(frozen=True)
class Report:
    count: int
    confusion: list[list[int]]  # [true][predicted], Label order
    precision: dict[str, float]
    recall: dict[str, float]
    f1: dict[str, float]
    sensitive_recall: float
    false_positive_rate: float
    privileged_recall: float
    ece: float

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}

    def format(self) -> str:
        names = [str(label) for label in LABELS]
        lines = [f"{self.count} requests",
                 f"{'':14}{'precision':>10}{'recall':>10}{'f1':>10}"]
        lines += [f"{n:14}{self.precision[n]:10.3f}{self.recall[n]:10.3f}{self.f1[n]:10.3f}" for n in names]
        lines += ["", "confusion (rows: true, columns: predicted)", f"{'':14}" + "".join(f"{n:>14}" for n in names)]
        lines += [f"{n:14}" + "".join(f"{c:14d}" for c in row) for n, row in zip(names, self.confusion)]
        lines += ["",
                  f"sensitive recall (confidential + privileged): {self.sensitive_recall:.4f}",
                  f"false-positive rate (public + internal flagged >= confidential): {self.false_positive_rate:.4f}",
                  f"privileged recall: {self.privileged_recall:.4f}",
                  f"expected calibration error: {self.ece:.4f}"]
        return "\n".join(lines)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def expected_calibration_error(scores: Sequence[float], correct: Sequence[bool], bins: int = 15) -> float:
    totals = [[0, 0.0, 0] for _ in range(bins)]  # count, sum of scores, correct
    for score, ok in zip(scores, correct):
        b = totals[min(bins - 1, int(score * bins))]
        b[0] += 1
        b[1] += score
        b[2] += ok
    n = len(scores)
    return sum(abs(s / c - k / c) * c / n for c, s, k in totals if c) if n else 0.0


@dataclass(frozen=True)
class Count:
    """A rate with what it is made of: `hits` of `of` requests."""

    hits: int
    of: int

    @property
    def rate(self) -> float:
        return _ratio(self.hits, self.of)


def goal_counts(truth: Sequence[Label], predicted: Sequence[Label]) -> tuple[Count, Count, Count]:
    """The three figures the goals are set on: sensitive recall, the false-positive rate and
    privileged recall."""
    C = Label.CONFIDENTIAL
    sensitive = [p for t, p in zip(truth, predicted) if t >= C]
    harmless = [p for t, p in zip(truth, predicted) if t < C]
    privileged = [p for t, p in zip(truth, predicted) if t == Label.PRIVILEGED]
    return (Count(sum(p >= C for p in sensitive), len(sensitive)), Count(sum(p >= C for p in harmless), len(harmless)),
            Count(sum(p == Label.PRIVILEGED for p in privileged), len(privileged)))


def report(truth: Sequence[Label], predicted: Sequence[Label], scores: Sequence[float]) -> Report:
    confusion = [[0] * len(LABELS) for _ in LABELS]
    for t, p in zip(truth, predicted):
        confusion[t][p] += 1
    precision, recall, f1 = {}, {}, {}
    for label in LABELS:
        tp = confusion[label][label]
        prec = _ratio(tp, sum(row[label] for row in confusion))
        rec = _ratio(tp, sum(confusion[label]))
        precision[str(label)], recall[str(label)] = prec, rec
        f1[str(label)] = _ratio(2 * prec * rec, prec + rec) if prec + rec else 0.0
    sensitive, harmless, privileged = goal_counts(truth, predicted)
    return Report(
        count=len(truth),
        confusion=confusion,
        precision=precision,
        recall=recall,
        f1=f1,
        sensitive_recall=sensitive.rate,
        false_positive_rate=harmless.rate,
        privileged_recall=privileged.rate,
        ece=expected_calibration_error(scores, [t == p if p == Label.PUBLIC else t >= p for t, p in zip(truth, predicted)]),
    )
