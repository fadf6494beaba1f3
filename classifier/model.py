"""The shipped sensitivity model, run with onnxruntime (nothing else at run time).

fastText-style: every hashed n-gram feature (`classifier.features`) has a small
embedding; a window's vector is the mean of its features' embeddings, beside the mean of
the frozen pretrained vectors of its known words (`classifier.word_vectors`); a small MLP
head (one ReLU layer) and a softmax give the window's probabilities, with the calibration
temperature folded into the last layer. A body is featurised once, whatever its size,
and its features grouped by the block of bytes they start in (a block is 256 bytes:
windows of 1024 bytes every 768 start and end on block edges). The ONNX graph sums each
block's embeddings once, a few blocks at a time (a Scan whose gathered rows stay in the
core's cache: gathering every feature's row at once and reducing them afterwards moved
them through memory twice), and adds up each window's blocks: a window costs O(1) after
one O(n) pass, and the windows' overlap costs nothing. Inputs: `ids` (int64 [steps,
blocks per step, width]: each block's feature ids, padded with the id of an all-zero
row), `windows` (int64 [windows, blocks per window]: the blocks each window spans, an
index past the last block for none) and `counts` (int64 [windows, 1]: the features in
each window); for a model with word vectors also `words` (int64 [1 + words]: the word
table's all-zero last row, then each word's row, that same zero row for a word outside
the vocabulary) and `word_lo`, `word_hi` (int64 [windows]: window w holds words
word_lo[w] to word_hi[w], counted without the first), summed with one float64 cumulative
sum (17-float rows, some 40,000 at 256 KB: no blocks needed); output `probabilities` (float
[windows, 4], in `Label` order).

The file's metadata says how it was built (feature version, hash bits, window size,
default thresholds, score calibration, the word keys of its vocabulary); its sha256 is its identity in every decision
event. A missing, corrupt or incompatible file raises `ModelError`, whose message names
the file and the problem and never any payload.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np

from classifier.classification import Label
from classifier.features import FEATURES_VERSION, Features, features, table_rows
from classifier.word_vectors import Vocabulary

DEFAULT_MODEL = Path(__file__).parent / "model" / "sensitivity.onnx"
INPUTS = ("ids", "windows", "counts")  # the graph's inputs, see `SensitivityModel.inputs`
WORD_INPUTS = ("words", "word_lo", "word_hi")  # and those of a model with word vectors
MODEL_ENV = "EMBARGO_MODEL"  # another model file; "off" runs the detectors alone


class ModelError(RuntimeError):
    """The model file cannot be used; the message says why (never with payload text)."""


class _Segment:
    """A featurised stretch of text: its windows' byte offsets (in `encode(text)`, a space
    first) become character offsets of the whole text only when asked. Only the deciding
    window's are, so a long non-ASCII body does not pay the conversion for every window."""

    __slots__ = ("data", "length", "offset")

    def __init__(self, data: bytes, length: int, offset: int) -> None:
        self.data, self.length, self.offset = data, length, offset

    def character(self, byte: int) -> int:
        if byte >= len(self.data):
            return self.offset + self.length
        if len(self.data) == self.length + 2:  # one byte per character
            before = byte
        else:  # the bytes before `byte` that start a character
            before = int(np.count_nonzero((np.frombuffer(self.data, dtype=np.uint8, count=byte) & 0xC0) != 0x80))
        return self.offset + min(max(before - 1, 0), self.length)


@dataclass(frozen=True, slots=True)
class Window:
    """A stretch of the request's joined text that the model scored."""

    probabilities: tuple[float, float, float, float]  # per Label
    byte_span: tuple[int, int]  # in its segment's encoded bytes
    segment: _Segment = field(repr=False, compare=False)

    @property
    def start(self) -> int:
        """The window's first character in the text (counted on each call: O(bytes before it))."""
        return self.segment.character(self.byte_span[0])

    @property
    def end(self) -> int:
        """The character after the window's last."""
        return self.segment.character(self.byte_span[1])

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
            # onnxruntime keeps the bytes a session was made from for its whole life (22 MB per
            # worker), so it reads the file itself, through this open file (kept open: it may
            # make the session again to fall back from CUDA): the bytes it loads are the ones
            # digested, whatever happens to the path meanwhile.
            self._file = self.path.open("rb")
            self.digest = "sha256:" + hashlib.file_digest(self._file, "sha256").hexdigest()
        except OSError as err:
            raise ModelError(f"model file {self.path} cannot be read: {err.strerror or err}") from None
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1  # one inspection per worker process; processes give parallelism
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        available = ort.get_available_providers()
        wanted = providers or [p for p in ("CUDAExecutionProvider", "CPUExecutionProvider") if p in available]
        try:
            self._session = ort.InferenceSession(f"/proc/self/fd/{self._file.fileno()}", options, providers=wanted)
        except Exception as err:  # noqa: BLE001 - onnxruntime raises its own exception types
            raise ModelError(f"model file {self.path} is not a usable ONNX model ({type(err).__name__})") from None
        meta = self._session.get_modelmeta().custom_metadata_map
        try:
            self.metadata = {k: json.loads(meta[k]) for k in ("features", "bits", "window", "overlap",
                                                             "thresholds", "calibration", "name")}
        except (KeyError, ValueError):
            raise ModelError(f"model file {self.path} lacks Embargo's metadata (not an Embargo model?)") from None
        if self.metadata["features"] != FEATURES_VERSION:
            raise ModelError(f"model file {self.path} was built for features {self.metadata['features']!r}, "
                             f"this Embargo computes {FEATURES_VERSION!r}: retrain or update")
        inputs = [i.name for i in self._session.get_inputs()]
        if inputs not in (list(INPUTS), list(INPUTS + WORD_INPUTS)):
            raise ModelError(f"model file {self.path} takes inputs {inputs}, this Embargo feeds {list(INPUTS)} "
                             f"(and {list(WORD_INPUTS)} with word vectors): re-export it with this version's classifier.train")
        self.vocabulary: Vocabulary | None = None
        if len(inputs) > len(INPUTS):
            try:
                self.vocabulary = Vocabulary.decoded(json.loads(meta["vocabulary"]))
            except (KeyError, ValueError, TypeError):
                raise ModelError(f"model file {self.path} reads word vectors but lacks a valid vocabulary") from None
        self.bits: int = self.metadata["bits"]
        self.window: int = self.metadata["window"]
        self.overlap: int = self.metadata["overlap"]
        # Windows start every (window - overlap) bytes and span `window`: blocks of their
        # greatest common divisor tile every window exactly.
        self.block = math.gcd(self.window, self.window - self.overlap)
        self.padding = table_rows(self.bits)  # the id of the all-zero embedding row
        self.name: str = self.metadata["name"]
        self.default_thresholds = {Label.parse(k): float(v) for k, v in self.metadata["thresholds"].items()}
        self._calibration = {Label.parse(k): (float(a), float(b)) for k, (a, b) in self.metadata["calibration"].items()}
        self.providers = self._session.get_providers()

    @cached_property
    def version(self) -> str:
        return f"{self.name}@{self.digest[:19]}"

    def calibrated(self, label: Label, at_least: float) -> float:
        """P(the request is at least `label` | the model gave P(>= label) = `at_least`):
        Platt scaling fitted on the dev split (the raw probability where none was fitted)."""
        a, b = self._calibration.get(label, (1.0, 0.0))
        p = min(max(at_least, 1e-7), 1 - 1e-7)
        z = a * math.log(p / (1 - p)) + b
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))

    def spans(self, size: int) -> np.ndarray:
        """Byte spans [windows, 2] covering `size` bytes: `window` long, overlapping by `overlap`."""
        if size <= self.window:
            return np.array([[0, size]], dtype=np.int64)
        starts = np.arange(0, size - self.overlap, self.window - self.overlap, dtype=np.int64)
        return np.stack([starts, np.minimum(starts + self.window, size)], axis=1)

    SEGMENT = 1 << 20  # characters featurised at a time: bounds the memory a huge body takes

    def score(self, text: str) -> list[Window]:
        """Probabilities for every window of `text`: one featurisation and one onnxruntime
        call per SEGMENT characters (segments overlap like windows do)."""
        if len(text) <= self.SEGMENT + self.overlap:
            return self._score(text, 0)
        out: list[Window] = []
        for offset in range(0, len(text) - self.overlap, self.SEGMENT):
            out += self._score(text[offset:offset + self.SEGMENT + self.overlap], offset)
        return out

    # Blocks the graph sums per step of its Scan: their gathered rows (about 45 KB a
    # block) stay in the core's cache; a step costs a few microseconds of overhead.
    BLOCKS_PER_STEP = 8

    def inputs(self, body: Features, spans: np.ndarray) -> dict[str, np.ndarray]:
        """The graph's inputs for the windows `spans` (byte spans, see `spans`) of `body`."""
        feeds = self._word_inputs(body, spans) if self.vocabulary is not None else {}
        if len(spans) == 1:  # one window (most requests): its features in one step of two rows
            # (onnxruntime sums [1, n, dim] over n about twice as slowly as [2, n / 2, dim])
            ids = np.full(len(body.ids) + len(body.ids) % 2, self.padding, dtype=np.int64)
            ids[:len(body.ids)] = body.ids
            return {"ids": ids.reshape(1, 2, -1), "windows": np.array([[0, 1]], dtype=np.int64),
                    "counts": np.array([[len(body.ids)]], dtype=np.int64), **feeds}
        needed = max(1, -(-body.size // self.block))
        steps = -(-needed // self.BLOCKS_PER_STEP)
        per_step = -(-needed // steps)  # as even as can be: the last step's padding is short
        ids, block_counts = body.blocks(self.block, self.padding, steps * per_step)
        blocks = spans[:, :1] // self.block + np.arange(self.window // self.block)
        blocks = np.minimum(blocks, len(ids))  # past the last block: the graph's zero row
        counts = np.append(block_counts, 0)[blocks].sum(axis=1, keepdims=True)
        return {"ids": ids.reshape(steps, per_step, -1), "windows": blocks, "counts": counts, **feeds}

    def _word_inputs(self, body: Features, spans: np.ndarray) -> dict[str, np.ndarray]:
        """The words' vocabulary rows (the unknown, zero, row first) and each window's range of them."""
        assert self.vocabulary is not None and body.word_keys is not None
        starts = body.starts[1]  # where each word starts
        return {"words": np.concatenate([[len(self.vocabulary)], self.vocabulary.rows(body.word_keys)]),
                "word_lo": np.searchsorted(starts, spans[:, 0]), "word_hi": np.searchsorted(starts, spans[:, 1])}

    def _score(self, text: str, offset: int) -> list[Window]:
        """The windows of `text`, which starts at character `offset` of the whole text."""
        body = features(text, self.bits, word_keys=self.vocabulary is not None)
        spans = self.spans(body.size)
        (probabilities,) = self._session.run(["probabilities"], self.inputs(body, spans))
        segment = _Segment(body.data, len(text), offset)
        return [Window(tuple(row), (a, b), segment) for (a, b), row in zip(spans.tolist(), probabilities.tolist())]


_LOADED: dict[Path, SensitivityModel] = {}


def load_model(path: Path) -> SensitivityModel:
    """The model at `path`, loaded once per process."""
    model = _LOADED.get(path)
    if model is None:
        model = _LOADED[path] = SensitivityModel(path)
    return model


@dataclass(frozen=True, slots=True)
class ModelStatus:
    """What loading the configured model gave, in a line fit for the proxy's log."""

    usable: bool  # False: every request that needs the model fails closed
    message: str


def load_configured_model() -> ModelStatus:
    """Load the model this process will classify with ($EMBARGO_MODEL or the shipped one)."""
    path = model_path()
    if path is None:
        return ModelStatus(True, f"classifier model off (${MODEL_ENV}=off): the detectors decide alone")
    try:
        model = load_model(path)
    except ModelError as err:
        return ModelStatus(False, f"{err}; requests that need the model will be refused")
    return ModelStatus(True, f"classifier model {model.name} ({model.digest})")


@dataclass(frozen=True, slots=True)
class ModelVerdict:
    label: Label
    score: float  # P(true label >= label) in the deciding window
    window: int  # index of the deciding window


def decide(windows: list[Window], thresholds: dict[Label, float],
           calibrated: Callable[[Label, float], float] = lambda _, p: p) -> ModelVerdict:
    """The highest label L that some window gives P(>= L) of at least thresholds[L].

    The verdict's score is `calibrated` (see `SensitivityModel.calibrated`).
    Taking the maximum over windows means a sensitive paragraph is not diluted by a long
    harmless request around it. Below every threshold the label is PUBLIC, with the
    confidence that nothing sensitive is there (P(< INTERNAL) of the most doubtful window).
    """
    for label in (Label.PRIVILEGED, Label.CONFIDENTIAL, Label.INTERNAL):
        best = max(range(len(windows)), key=lambda i: windows[i].at_least(label))
        if windows[best].at_least(label) >= thresholds[label]:
            return ModelVerdict(label, calibrated(label, windows[best].at_least(label)), best)
    worst = max(range(len(windows)), key=lambda i: windows[i].at_least(Label.INTERNAL))
    return ModelVerdict(Label.PUBLIC, 1.0 - calibrated(Label.INTERNAL, windows[worst].at_least(Label.INTERNAL)), worst)
