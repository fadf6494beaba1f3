"""The shipped sensitivity model, run with onnxruntime (nothing else at run time).

The model is linear over hashed n-gram features (`classifier.features`): per window of
text, probabilities = softmax(mean(W[feature ids]) + b), with the calibration
temperature already folded into W and b. The ONNX graph does the lookup, the mean and
the softmax for all of a request's windows in one call: inputs `ids` (int64 [windows,
max ids], padded with the id of an all-zero row) and `counts` (float [windows, 1]),
output `probabilities` (float [windows, 4], in `Label` order).

The file's metadata says how it was built (feature version, hash bits, window size,
default thresholds, held-out metrics); its sha256 is its identity in every decision
event. A missing, corrupt or incompatible file raises `ModelError`, whose message names
the file and the problem and never any payload.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from classifier.classification import Label
from classifier.features import FEATURES_VERSION, feature_ids

DEFAULT_MODEL = Path(__file__).parent / "model" / "sensitivity.onnx"
MODEL_ENV = "EMBARGO_MODEL"  # another model file; "off" runs the detectors alone


class ModelError(RuntimeError):
    """The model file cannot be used; the message says why (never with payload text)."""


@dataclass(frozen=True, slots=True)
class Window:
    """A stretch of the request's joined text that the model scored."""

    start: int
    end: int
    probabilities: tuple[float, float, float, float]  # per Label

    def at_least(self, label: Label) -> float:
        """P(true label >= label)."""
        return float(sum(self.probabilities[label:]))


def model_path() -> Path | None:
    """The model file to use: $EMBARGO_MODEL if set ("off": none), else the shipped one."""
    value = os.environ.get(MODEL_ENV)
    if value is None:
        return DEFAULT_MODEL
    return None if value.strip().lower() == "off" else Path(value)


class SensitivityModel:
    def __init__(self, path: Path, providers: list[str] | None = None):
        import onnxruntime as ort

        self.path = Path(path)
        try:
            data = self.path.read_bytes()
        except OSError as err:
            raise ModelError(f"model file {self.path} cannot be read: {err.strerror or err}") from None
        self.digest = "sha256:" + hashlib.sha256(data).hexdigest()
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1  # one inspection per worker process; processes give parallelism
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        available = ort.get_available_providers()
        wanted = providers or [p for p in ("CUDAExecutionProvider", "CPUExecutionProvider") if p in available]
        try:
            self._session = ort.InferenceSession(data, options, providers=wanted)
        except Exception as err:  # noqa: BLE001 - onnxruntime raises its own exception types
            raise ModelError(f"model file {self.path} is not a usable ONNX model ({type(err).__name__})") from None
        meta = self._session.get_modelmeta().custom_metadata_map
        try:
            self.metadata = {k: json.loads(meta[k]) for k in ("features", "bits", "window", "overlap",
                                                             "thresholds", "name")}
        except (KeyError, ValueError):
            raise ModelError(f"model file {self.path} lacks Embargo's metadata (not an Embargo model?)") from None
        if self.metadata["features"] != FEATURES_VERSION:
            raise ModelError(f"model file {self.path} was built for features {self.metadata['features']!r}, "
                             f"this Embargo computes {FEATURES_VERSION!r}: retrain or update")
        self.bits: int = self.metadata["bits"]
        self.window: int = self.metadata["window"]
        self.overlap: int = self.metadata["overlap"]
        self.name: str = self.metadata["name"]
        self.default_thresholds = {Label.parse(k): float(v) for k, v in self.metadata["thresholds"].items()}
        self.providers = self._session.get_providers()

    @cached_property
    def version(self) -> str:
        return f"{self.name}@{self.digest[:19]}"

    def windows(self, text: str) -> list[tuple[int, int]]:
        """Character spans covering `text`: `window` long, overlapping by `overlap`."""
        if len(text) <= self.window:
            return [(0, len(text))]
        step = self.window - self.overlap
        spans = [(s, min(s + self.window, len(text))) for s in range(0, len(text) - self.overlap, step)]
        return spans

    BATCH = 32  # windows per onnxruntime call: bounds the padded input of a huge body

    def score(self, text: str) -> list[Window]:
        """Probabilities for every window of `text`."""
        spans = self.windows(text)
        out: list[Window] = []
        for first in range(0, len(spans), self.BATCH):
            batch = spans[first : first + self.BATCH]
            bags = [feature_ids(text[a:b], self.bits) for a, b in batch]
            width = max(1, max(len(bag) for bag in bags))
            ids = np.full((len(bags), width), 1 << self.bits, dtype=np.int64)  # padding: the all-zero row
            counts = np.empty((len(bags), 1), dtype=np.float32)
            for row, bag in enumerate(bags):
                ids[row, : len(bag)] = bag
                counts[row, 0] = max(1, len(bag))
            (probabilities,) = self._session.run(["probabilities"], {"ids": ids, "counts": counts})
            out += [Window(a, b, tuple(float(p) for p in row)) for (a, b), row in zip(batch, probabilities)]
        return out


_LOADED: dict[Path, SensitivityModel] = {}


def load_model(path: Path) -> SensitivityModel:
    """The model at `path`, loaded once per process."""
    model = _LOADED.get(path)
    if model is None:
        model = _LOADED[path] = SensitivityModel(path)
    return model


@dataclass(frozen=True, slots=True)
class ModelVerdict:
    label: Label
    score: float  # P(true label >= label) in the deciding window
    window: int  # index of the deciding window


def decide(windows: list[Window], thresholds: dict[Label, float]) -> ModelVerdict:
    """The highest label L that some window gives P(>= L) of at least thresholds[L].

    Taking the maximum over windows means a sensitive paragraph is not diluted by a long
    harmless request around it. Below every threshold the label is PUBLIC, with the
    confidence that nothing sensitive is there (P(< INTERNAL) of the most doubtful window).
    """
    for label in (Label.PRIVILEGED, Label.CONFIDENTIAL, Label.INTERNAL):
        best = max(range(len(windows)), key=lambda i: windows[i].at_least(label))
        if windows[best].at_least(label) >= thresholds[label]:
            return ModelVerdict(label, windows[best].at_least(label), best)
    worst = max(range(len(windows)), key=lambda i: windows[i].at_least(Label.INTERNAL))
    return ModelVerdict(Label.PUBLIC, 1.0 - windows[worst].at_least(Label.INTERNAL), worst)
