"""Train the sensitivity model, calibrate it, export it to ONNX, and write its card.

    pip install -e '.[train]'
    python -m classifier.train            # writes classifier/model/sensitivity.{onnx,json}
    python -m classifier.train --out DIR  # somewhere else (the reproducibility test does)

Steps, all deterministic (fixed data seed, a deterministic solver, no threads that
change float summation order):

1. generate the `train`, `dev` and `test` splits (`classifier.data.generate`);
2. fit a multinomial logistic regression (scikit-learn, L-BFGS) on mean-normalised
   hashed n-gram counts (`classifier.features`) of the train split;
3. calibrate on the dev split, whose families the model has not seen: fit a temperature
   (grid search on log loss) and pick the label thresholds, the lowest whose
   false-positive rates stay within budget;
4. export the linear layer, temperature folded in, as an ONNX graph (Gather, ReduceSum,
   Div, Add, Softmax) with its metadata, check that onnxruntime and scikit-learn agree
   on every held-out sample, and record the held-out figures in the model card.

scikit-learn, scipy and onnx are training-time dependencies only (the `train` extra).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

from classifier.classification import Label
from classifier.data.generate import SEED, generate
from classifier.evaluate import report
from classifier.features import FEATURES_VERSION, feature_ids
from classifier.model import DEFAULT_MODEL, SensitivityModel, Window, decide

MODEL_NAME = "embargo-sensitivity-1"
BITS = 18
WINDOW, OVERLAP = 2048, 256
C_REGULARISATION = 100.0
TEMPERATURES = np.round(np.arange(0.3, 3.01, 0.05), 2)
THRESHOLD_GRID = np.round(np.arange(0.05, 0.96, 0.01), 2)
# On the dev split: the largest share of harmless requests (public + internal) that may
# be flagged confidential or higher, and of the rest flagged privileged.
FPR_BUDGET = 0.01
OVER_PRIVILEGED_BUDGET = 0.02


def matrix(texts: list[str]):
    """Rows of mean-normalised feature counts (what the ONNX graph's mean computes)."""
    from scipy import sparse

    rows, cols, vals = [], [], []
    for row, text in enumerate(texts):
        ids, counts = np.unique(feature_ids(text, BITS), return_counts=True)
        rows.append(np.full(len(ids), row))
        cols.append(ids)
        vals.append(counts / max(1, counts.sum()))
    return sparse.csr_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
                             shape=(len(texts), 1 << BITS), dtype=np.float64)


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit_temperature(logits: np.ndarray, y: np.ndarray) -> float:
    losses = [-np.log(_softmax(logits / t)[np.arange(len(y)), y] + 1e-12).mean() for t in TEMPERATURES]
    return float(TEMPERATURES[int(np.argmin(losses))])


def pick_thresholds(probabilities: np.ndarray, y: np.ndarray) -> dict[Label, float]:
    at_least = np.cumsum(probabilities[:, ::-1], axis=1)[:, ::-1]  # [:, L] = P(>= L)

    def lowest(label: Label, negatives: np.ndarray, budget: float) -> float:
        for t in THRESHOLD_GRID:
            if (at_least[negatives, label] >= t).mean() <= budget:
                return float(t)
        return float(THRESHOLD_GRID[-1])

    return {
        Label.INTERNAL: 0.5,
        Label.CONFIDENTIAL: lowest(Label.CONFIDENTIAL, y < Label.CONFIDENTIAL, FPR_BUDGET),
        Label.PRIVILEGED: lowest(Label.PRIVILEGED, y < Label.PRIVILEGED, OVER_PRIVILEGED_BUDGET),
    }


def export_onnx(weights: np.ndarray, bias: np.ndarray, metadata: dict[str, object]) -> bytes:
    """weights [features, 4], bias [4] (temperature folded in) as the runtime graph."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    table = np.vstack([weights, np.zeros((1, weights.shape[1]))]).astype(np.float32)  # last row: padding
    nodes = [
        helper.make_node("Gather", ["W", "ids"], ["rows"], axis=0),
        helper.make_node("ReduceSum", ["rows", "axis1"], ["total"], keepdims=0),
        helper.make_node("Div", ["total", "counts"], ["mean"]),
        helper.make_node("Add", ["mean", "b"], ["logits"]),
        helper.make_node("Softmax", ["logits"], ["probabilities"], axis=-1),
    ]
    graph = helper.make_graph(
        nodes, "sensitivity",
        inputs=[helper.make_tensor_value_info("ids", TensorProto.INT64, ["windows", "features"]),
                helper.make_tensor_value_info("counts", TensorProto.FLOAT, ["windows", 1])],
        outputs=[helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["windows", 4])],
        initializer=[numpy_helper.from_array(table, "W"),
                     numpy_helper.from_array(bias.astype(np.float32), "b"),
                     numpy_helper.from_array(np.array([1], dtype=np.int64), "axis1")],
    )
    model = helper.make_model(graph, producer_name="embargo classifier.train", producer_version=MODEL_NAME,
                              opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    helper.set_model_props(model, {k: json.dumps(v, sort_keys=True) for k, v in metadata.items()})
    onnx.checker.check_model(model)
    return model.SerializeToString()


def _labels(samples) -> np.ndarray:
    return np.array([Label.parse(s.label) for s in samples])


def _model_figures(model: SensitivityModel, samples, thresholds: dict[Label, float]) -> dict:
    verdicts = [decide(model.score(s.text), thresholds) for s in samples]
    return report(list(_labels(samples)), [v.label for v in verdicts], [v.score for v in verdicts]).as_dict()


def train(out_dir: Path, seed: int = SEED, log=print) -> dict:
    from sklearn.linear_model import LogisticRegression

    splits = {name: list(generate(name, seed=seed)) for name in ("train", "dev", "test")}
    log("samples: " + ", ".join(f"{k} {len(v)}" for k, v in splits.items()))
    x_train, y_train = matrix([s.text for s in splits["train"]]), _labels(splits["train"])

    classifier = LogisticRegression(C=C_REGULARISATION, max_iter=1000, tol=1e-4).fit(x_train, y_train)
    x_dev, y_dev = matrix([s.text for s in splits["dev"]]), _labels(splits["dev"])
    temperature = fit_temperature(classifier.decision_function(x_dev), y_dev)
    thresholds = pick_thresholds(_softmax(classifier.decision_function(x_dev) / temperature), y_dev)
    log(f"temperature {temperature}, thresholds " + ", ".join(f"{k}: {v}" for k, v in thresholds.items()))

    metadata = {"name": MODEL_NAME, "features": FEATURES_VERSION, "bits": BITS, "window": WINDOW,
                "overlap": OVERLAP, "thresholds": {str(k): v for k, v in thresholds.items()},
                "temperature": temperature, "data_seed": seed}
    onnx_bytes = export_onnx(classifier.coef_.T / temperature, classifier.intercept_ / temperature, metadata)
    out_dir.mkdir(parents=True, exist_ok=True)
    onnx_path = out_dir / "sensitivity.onnx"
    onnx_path.write_bytes(onnx_bytes)

    model = SensitivityModel(onnx_path, providers=["CPUExecutionProvider"])
    test = splits["test"]
    reference = _softmax(classifier.decision_function(matrix([s.text for s in test])) / temperature)
    exported = np.array([model.score(s.text)[0].probabilities for s in test])  # test texts fit one window
    disagreement = float(np.abs(reference - exported).max())
    log(f"onnxruntime vs scikit-learn on the held-out split: max |dp| = {disagreement:.2e}")
    if disagreement > 1e-4:
        raise SystemExit("the exported model disagrees with the trained one")

    card = {
        "name": MODEL_NAME,
        "file": onnx_path.name,
        "sha256": hashlib.sha256(onnx_bytes).hexdigest(),
        "size_bytes": len(onnx_bytes),
        "features": FEATURES_VERSION,
        "architecture": f"hashed byte 3-5-grams, words and word bigrams (2**{BITS} buckets), mean, "
                        "linear layer, softmax; multinomial logistic regression",
        "training": {"data_seed": seed, "samples": {k: len(v) for k, v in splits.items()},
                     "C": C_REGULARISATION, "temperature": temperature,
                     "families": sorted({s.family for s in splits["train"]})},
        "thresholds": {str(k): v for k, v in thresholds.items()},
        "heldout_families": sorted({s.family for s in test}),
        "heldout_model_only": _model_figures(model, test, thresholds),
        "onnx_vs_training_max_abs_diff": disagreement,
    }
    (out_dir / "sensitivity.json").write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n")
    figures = card["heldout_model_only"]
    log(f"held-out (model alone): sensitive recall {figures['sensitive_recall']:.4f}, "
        f"FPR {figures['false_positive_rate']:.4f}, privileged recall {figures['privileged_recall']:.4f}, "
        f"ECE {figures['ece']:.4f}")
    log(f"wrote {onnx_path} ({len(onnx_bytes) / 1e6:.1f} MB, sha256 {card['sha256'][:16]}...)")
    return card


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m classifier.train", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=DEFAULT_MODEL.parent, metavar="DIR")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    train(args.out, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["train", "export_onnx", "Window"]
