"""Retraining reproduces the shipped model: same held-out figures, same labels.

Slow (about a minute on one core): it regenerates the data and refits the model with
the committed script, then compares with the committed model card and artefact.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from classifier.data.generate import generate
from classifier.model import DEFAULT_MODEL, SensitivityModel, decide

for _module in ("scipy", "onnx"):
    pytest.importorskip(_module, reason="the train extra (pip install -e '.[train]') is not installed")

pytestmark = pytest.mark.slow


def test_retraining_reproduces_the_shipped_model(tmp_path: Path) -> None:
    from classifier.train import train

    card = train(tmp_path, log=lambda _: None)
    shipped = json.loads((DEFAULT_MODEL.parent / "sensitivity.json").read_text())
    assert card["heldout_model_only"] == shipped["heldout_model_only"]
    assert card["fresh_model_only"] == shipped["fresh_model_only"]
    assert card["thresholds"] == shipped["thresholds"]
    assert card["onnx_vs_training_max_abs_diff"] < 1e-4  # ONNX and the numpy model agree on the held-out split
    retrained, original = SensitivityModel(tmp_path / "sensitivity.onnx"), SensitivityModel(DEFAULT_MODEL)
    for sample in generate("test", per_family_lang=5):
        assert decide(retrained.score(sample.text), retrained.default_thresholds, retrained.calibrated).label == \
            decide(original.score(sample.text), original.default_thresholds, original.calibrated).label
