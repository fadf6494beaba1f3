"""`embargo classify`: classify provider requests, one JSON object per line.

Input:  {"id", "provider", "path", "headers", "body"}  (or "body_b64": the raw bytes as sent)
Output: {"id", "label", "score", "findings": [...]}   one line per input, in order;
        {"id", "error"} for a line that cannot be classified. One process for the stream.

--explain adds what decided each label (a detector, or the model and its window).
--evaluate reads labelled lines ("label": the true label, as the generator's
`--format requests` writes them) and prints the evaluation figures instead, for the
detectors with the model and for the detectors alone, and on the model-marginal subset
(true label confidential or privileged, and no detector fired).
--version prints the detector set's version and the model's name and digest.
"""

from __future__ import annotations

import base64
import binascii
import json
import sys
from pathlib import Path
from typing import IO, Any

from addons.inspection import InspectionError, InspectionJob, classifier_for, inspect
from agent.catalog import Catalog
from agent.events import classification_record
from agent.policy.model import ClassifierSettings, load_policy
from classifier.classification import Classification, Label
from classifier.classify import DETECTORS_VERSION
from classifier.evaluate import Count, goal_counts, report
from classifier.features import FEATURES_VERSION
from classifier.model import ModelError, load_model, model_path

MAX_BODY = 16 * 1024 * 1024


def run_version() -> int:
    print(f"detectors: {DETECTORS_VERSION}")
    path = model_path()
    if path is None:
        print("model: off")
        return 0
    try:
        model = load_model(path)
    except ModelError as err:
        print(f"model: unavailable: {err}", file=sys.stderr)
        return 2
    print(f"model: {model.name}\nmodel digest: {model.digest}\nmodel file: {model.path}")
    print(f"features: {FEATURES_VERSION} (2**{model.bits} buckets), window {model.window} characters")
    print(f"pretrained word vectors: {len(model.vocabulary)} words" if model.vocabulary else "pretrained word vectors: none")
    print("default thresholds: " + ", ".join(f"{k}={v}" for k, v in model.default_thresholds.items()))
    print(f"execution providers: {', '.join(model.providers)}")
    return 0


def run_classify(source: str, policy_path: Path | None, catalog_path: Path, explain: bool = False,
                 evaluate: bool = False) -> int:
    catalog = Catalog.load(catalog_path)
    policy = load_policy(policy_path) if policy_path else None
    fields = policy.classifier_fields if policy else ()
    settings = policy.classifier if policy else ClassifierSettings()
    formats = {e.provider: e.api_format for e in catalog.entries}
    stream: IO[str] = sys.stdin if source == "-" else open(source, encoding="utf-8", errors="replace")
    if evaluate:
        with stream:
            return _evaluate(stream, formats, fields, settings)
    with stream:
        for line in stream:
            if not line.strip():
                continue
            item, result = _classify_line(line, formats, fields, settings)
            print(json.dumps(_output(item, result, settings, explain)), flush=True)
    return 0


def _output(item: dict | None, result: Classification | str, settings: ClassifierSettings,
            explain: bool) -> dict[str, Any]:
    ident = item.get("id") if item else None
    if isinstance(result, str):
        return {"id": ident, "error": result}
    record = classification_record(result)
    out = {"id": ident, "label": record["label"], "score": record["score"], "findings": record["findings"],
           "uninspected": record["uninspected"]}
    if explain:
        out["explain"] = _explanation(result, settings)
    return out


def _explanation(c: Classification, settings: ClassifierSettings) -> dict[str, Any]:
    out: dict[str, Any] = {"decided_by": c.decided_by, "classifier_version": c.classifier_version,
                           "detectors": {f.detector: str(f.label) for f in c.findings}}
    if c.model is not None:
        classifier = classifier_for((), settings)
        out["model"] = {"label": str(c.model.label), "score": round(c.model.score, 4), "abstained": c.model.abstained,
                        "window": f"{c.model.window + 1} of {c.model.windows}",
                        "characters": [c.model.start, c.model.end], "pieces": list(c.model.where),
                        "thresholds": {str(k): v for k, v in classifier.thresholds.items()},
                        "cue_corroboration": classifier.cue_corroboration}
    return out


def _evaluate(stream: IO[str], formats: dict[str, str | None], fields: tuple,
              settings: ClassifierSettings) -> int:
    variants = {"detectors + model": settings, "detectors alone": ClassifierSettings(model=False)}
    truth: list[Label] = []
    families: list[str | None] = []
    languages: list[str | None] = []
    results: dict[str, list[Classification]] = {name: [] for name in variants}
    for line in stream:
        if not line.strip():
            continue
        for name, variant in variants.items():
            item, result = _classify_line(line, formats, fields, variant)
            if isinstance(result, str) or not item or "label" not in item:
                print(f"embargo: line {len(truth) + 1}: cannot evaluate ({result if isinstance(result, str) else 'no label'})",
                      file=sys.stderr)
                return 2
            results[name].append(result)
        truth.append(Label.parse(item["label"]))
        families.append(item.get("family"))
        languages.append(item.get("lang"))
    for name, classifications in results.items():
        figures = report(truth, [c.label for c in classifications], [c.score for c in classifications])
        print(f"== {name}\n{figures.format()}\n")
    with_model, alone = results["detectors + model"], results["detectors alone"]
    marginal = [i for i, t in enumerate(truth) if t >= Label.CONFIDENTIAL and not alone[i].findings]
    if marginal:
        caught = sum(with_model[i].label >= Label.CONFIDENTIAL for i in marginal)
        exact = sum(with_model[i].label == truth[i] for i in marginal)
        print(f"== model-marginal subset (sensitive, no detector fired): {len(marginal)} requests\n"
              f"sensitive recall with the model: {caught / len(marginal):.4f} (detectors alone: 0)\n"
              f"exact label with the model: {exact / len(marginal):.4f}")
    if any(families):
        print(_per_family(truth, families, with_model, alone))
    if any(languages):
        print(_per_language(truth, languages, with_model))
    return 0


def _grouped(keys: list[str | None]) -> dict[str, list[int]]:
    """The lines' indices by key (lines without one left out), keys in order."""
    groups: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if key:
            groups.setdefault(key, []).append(i)
    return dict(sorted(groups.items()))


def _per_family(truth: list[Label], families: list[str | None], with_model: list[Classification],
                alone: list[Classification]) -> str:
    """Per family (the lines' optional "family" key): how many requests got their label, and
    how many were flagged confidential or higher, with the model and by the detectors alone."""
    rows = [f"== per family\n{'family':<40} {'label':<12} {'requests':>8} {'right':>6} {'flagged':>8} {'by detectors':>12}"]
    for family, members in _grouped(families).items():
        labels = {str(truth[i]) for i in members}
        rows.append(f"{family:<40} {'/'.join(sorted(labels)):<12} {len(members):>8} "
                    f"{sum(with_model[i].label == truth[i] for i in members):>6} "
                    f"{sum(with_model[i].label >= Label.CONFIDENTIAL for i in members):>8} "
                    f"{sum(alone[i].label >= Label.CONFIDENTIAL for i in members):>12}")
    return "\n".join(rows)


def _per_language(truth: list[Label], languages: list[str | None], with_model: list[Classification]) -> str:
    """Per language (the lines' optional "lang" key), with the model: the goals' three
    figures, each with its counts, so that a weaker language does not hide in the average."""
    def shown(count: Count) -> str:
        return f"{count.rate:.4f} ({count.hits}/{count.of})" if count.of else "-"

    rows = [f"== per language, detectors + model\n{'language':<10} {'requests':>8} {'sensitive recall':>22} "
            f"{'false-positive rate':>22} {'privileged recall':>22}"]
    for language, members in _grouped(languages).items():
        counts = goal_counts([truth[i] for i in members], [with_model[i].label for i in members])
        rows.append(f"{language:<10} {len(members):>8} " + " ".join(f"{shown(count):>22}" for count in counts))
    return "\n".join(rows)


def _classify_line(line: str, formats: dict[str, str | None], fields: tuple,
                   settings: ClassifierSettings) -> tuple[dict | None, Classification | str]:
    try:
        item = json.loads(line)
    except (ValueError, RecursionError):  # (nested deeper than the parser goes)
        return None, "line is not valid JSON"
    if not isinstance(item, dict):
        return None, "line is not a JSON object"
    try:
        headers = {str(k).lower(): str(v) for k, v in (item.get("headers") or {}).items()}
        if "body_b64" in item:
            body = base64.b64decode(item["body_b64"], validate=True)
        elif "body" not in item:  # nothing to classify is not a public request
            return item, "line has neither body nor body_b64"
        else:
            body = json.dumps(item.get("body")).encode()
            headers.pop("content-encoding", None)  # the JSON body is given decoded
        provider = str(item.get("provider") or "")
        inspection = inspect(
            InspectionJob(
                method=str(item.get("method", "POST")),
                path=str(item.get("path") or "/"),
                content_type=headers.get("content-type", "application/json"),
                content_encoding=headers.get("content-encoding"),
                body=body,
                api_format=formats.get(provider, provider or None),
                sensitive_fields=fields,
                max_body=MAX_BODY,
                classifier=settings,
            )
        )
    except InspectionError as err:
        return item, err.message
    except (binascii.Error, ValueError, TypeError, AttributeError):
        return item, "line does not have the expected fields (id, provider, path, headers, body or body_b64)"
    return item, inspection.classification
