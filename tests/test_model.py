"""The shipped sensitivity model, its combination with the detectors, and its failure modes.

The model file under test is the committed artefact (classifier/model/sensitivity.onnx),
run with onnxruntime exactly as the inspection workers run it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from addons.inspection import InspectionError, classifier_for
from agent.events import classification_record
from agent.policy.model import ClassifierSettings
from classifier.classification import Label, TextPiece
from classifier.classify import DETECTORS_VERSION, Classifier
from classifier.data.generate import as_request, generate
from classifier.model import DEFAULT_MODEL, MODEL_ENV, ModelError, SensitivityModel, load_model

CARD = json.loads((DEFAULT_MODEL.parent / "sensitivity.json").read_text())


@pytest.fixture(scope="module")
def model() -> SensitivityModel:
    return load_model(DEFAULT_MODEL)


@pytest.fixture(scope="module")
def classifier(model: SensitivityModel) -> Classifier:
    return Classifier(model=model)


def label_of(classifier: Classifier, *texts: str) -> Label:
    return classifier.classify([TextPiece(t, f"messages[{i}].content") for i, t in enumerate(texts)]).label


def test_the_shipped_model_is_the_one_its_card_describes(model: SensitivityModel) -> None:
    assert model.digest == "sha256:" + CARD["sha256"]
    assert DEFAULT_MODEL.stat().st_size == CARD["size_bytes"] <= 30 * 1024 * 1024
    assert model.name == CARD["name"] and model.bits == 18


# Hand-written requests, none produced by the generator: what the shipped model must get right.
FIXED = [
    (Label.PUBLIC, "Write a haiku about autumn leaves in a city park."),
    (Label.PUBLIC, "What is the difference between a lawsuit and an arbitration, in general terms? Keep it short."),
    (Label.PUBLIC, "Fasse die Geschichte des Buchdrucks in drei Sätzen zusammen."),
    (Label.INTERNAL, "Summarise the pipeline review: three opportunities slipped to next quarter and the forecast "
                     "for the retail segment is 8% below plan."),
    (Label.CONFIDENTIAL, "Performance review for Daniel Brennan: he missed most of his targets this year and his "
                         "manager wants to start a performance improvement plan. Draft the talking points."),
    (Label.PRIVILEGED, "Our outside counsel thinks the distributor's claim against us is strong and advises that we "
                       "should not admit liability in the reply. Summarise her advice for the general counsel."),
    (Label.PRIVILEGED, "Unser Anwalt hält einen Vergleich über 200.000 € für vertretbar; die Gegenseite würde dann "
                       "die Klage zurücknehmen. Bitte formuliere eine Antwort ohne Zahl."),
]


@pytest.mark.parametrize(("expected", "text"), FIXED, ids=[f"{e}-{i}" for i, (e, _) in enumerate(FIXED)])
def test_the_shipped_model_labels_a_fixed_set(classifier: Classifier, expected: Label, text: str) -> None:
    assert label_of(classifier, text) == expected


def test_the_model_raises_a_label_no_detector_sees(classifier: Classifier) -> None:
    text = FIXED[5][1]
    alone = Classifier().classify([TextPiece(text, "messages[0].content")])
    both = classifier.classify([TextPiece(text, "messages[0].content")])
    assert alone.findings == [] and alone.label == Label.PUBLIC
    assert both.label == Label.PRIVILEGED and both.decided_by == "model"
    assert both.model is not None and both.model.where == ("messages[0].content",)


NEVER = {Label.INTERNAL: 1.01, Label.CONFIDENTIAL: 1.01, Label.PRIVILEGED: 1.01}  # the model never raises


def test_a_validated_detector_hit_is_a_floor_the_model_cannot_lower(model: SensitivityModel) -> None:
    quiet = Classifier(model=model, thresholds=NEVER)
    result = quiet.classify([TextPiece("Write a haiku about autumn. IBAN DE89 3704 0044 0532 0130 00", "p")])
    assert result.model is not None and result.model.label == Label.PUBLIC
    assert result.label == Label.CONFIDENTIAL and result.decided_by == "detector:pii.iban"


def test_a_privilege_phrase_in_a_blank_template_is_a_cue_the_model_does_not_corroborate(classifier: Classifier) -> None:
    template = ("PRIVILEGED & CONFIDENTIAL – TEMPLATE. Dear [CLIENT NAME], thank you for choosing [FIRM NAME]. "
                "Replace every field in square brackets before sending. This template is not legal advice.")
    piece = [TextPiece(template, "p")]
    assert Classifier().classify(piece).label == Label.PRIVILEGED  # the detectors alone
    with_model = classifier.classify(piece)
    assert "legal.privilege_marker" in with_model.detectors  # still reported, for rules and audits
    assert with_model.label < Label.PRIVILEGED


def test_a_long_request_is_scored_in_windows_and_the_sensitive_window_decides(classifier: Classifier) -> None:
    filler = "Write a friendly product announcement about faster dashboards and simpler setup. " * 400  # ~32 KB
    secret = FIXED[5][1]
    result = classifier.classify([TextPiece(filler, "messages[0].content"), TextPiece(secret, "messages[1].content")])
    assert result.label == Label.PRIVILEGED
    assert result.model is not None and result.model.windows > 10
    assert result.model.window == result.model.windows - 1
    assert "messages[1].content" in result.model.where


@pytest.fixture(scope="module")
def training_network():
    """The shipped weights in the training-time model (`classifier.train.Network`), in float64."""
    onnx = pytest.importorskip("onnx", reason="the train extra (pip install -e '.[train]') is not installed")
    pytest.importorskip("scipy", reason="the train extra (pip install -e '.[train]') is not installed")
    from onnx import numpy_helper

    from classifier.train import Network

    weights = {t.name: numpy_helper.to_array(t).astype(np.float64)
               for t in onnx.load(str(DEFAULT_MODEL)).graph.initializer}
    network = Network.__new__(Network)
    # The file's last embedding row is the padding row; its last layer has the temperature folded in.
    network.params = {"E": weights["E"][:-1], **{k: weights[k] for k in ("W1", "b1", "W2", "b2")}}
    # With word vectors: V's last row is the unknown word's, its last column counts words.
    network.vectors = weights["V"][:-1, :-1] if "V" in weights else None
    return network


def reference_windows(model: SensitivityModel, network, text: str) -> np.ndarray:
    """Every window's probabilities from `network.logits` over the window's bag of features
    and of known words (those starting in its bytes, found from where each starts, not
    from the graph's blocks and running sums), segment by segment as
    `SensitivityModel.score` splits a huge body."""
    from scipy import sparse

    from classifier.features import features

    if len(text) > model.SEGMENT + model.overlap:
        return np.vstack([reference_windows(model, network, text[offset:offset + model.SEGMENT + model.overlap])
                          for offset in range(0, len(text) - model.overlap, model.SEGMENT)])
    vocabulary = model.vocabulary
    body = features(text, model.bits, word_keys=vocabulary is not None)
    kinds = [(body.ids[body.offsets[k]:body.offsets[k + 1]], starts) for k, starts in enumerate(body.starts)]
    word_rows = vocabulary.rows(body.word_keys) if vocabulary is not None else None
    rows, words = [], []
    for start, end in model.spans(body.size):
        # the i-th 4-gram starts at byte i; every other kind's starts are sorted
        bag = np.concatenate([ids[start:end] if starts is None else ids[np.searchsorted(starts, start):
                                                                        np.searchsorted(starts, end)]
                              for ids, starts in kinds])
        ids, counts = np.unique(bag, return_counts=True)
        rows.append(sparse.csr_matrix((counts, (np.zeros(len(ids), dtype=np.int64), ids)),
                                      shape=(1, network.params["E"].shape[0])))
        if vocabulary is not None:
            known = word_rows[np.searchsorted(body.starts[1], start):np.searchsorted(body.starts[1], end)]
            known, counts = np.unique(known[known < len(vocabulary)], return_counts=True)
            words.append(sparse.csr_matrix((counts, (np.zeros(len(known), dtype=np.int64), known)),
                                           shape=(1, len(vocabulary))))
    logits = network.logits(sparse.vstack(rows), sparse.vstack(words) if words else None)
    exp = np.exp(logits - logits.max(axis=1, keepdims=True))
    return exp / exp.sum(axis=1, keepdims=True)


HELD_OUT = "\n".join(s.text for s in generate("test", per_family_lang=3))  # five languages, non-ASCII
LONG_BODIES = {
    "shorter than one window": FIXED[6][1],
    "7777 characters, not a multiple of 256 bytes": HELD_OUT[:7777],
    "multi-byte UTF-8 throughout": "Die Überprüfung des Vergleichs – 和解契約の草案 — ñandú, 20 000 € ✓ " * 300,
    "256 KB": (HELD_OUT * (1 + 262144 // len(HELD_OUT)))[:262144],
    "over SEGMENT characters": (HELD_OUT * (2 + SensitivityModel.SEGMENT // len(HELD_OUT)))[:SensitivityModel.SEGMENT + 300_000],
}


@pytest.mark.parametrize("name", list(LONG_BODIES))
def test_the_graph_scores_every_window_as_the_training_time_model_does(model: SensitivityModel, training_network,
                                                                       name: str) -> None:
    """The graph sums each 256-byte block's embeddings, then each window's blocks; the
    training-time model reads each window's bag of features directly. They must agree on
    every window, wherever the window ends and however the text is encoded."""
    from classifier.features import encode

    text = LONG_BODIES[name]
    if name.startswith("7777"):
        assert len(encode(text)) % 256  # the last block is partial
    windows = model.score(text)
    reference = reference_windows(model, training_network, text)
    assert len(windows) == len(reference)
    assert np.abs(np.array([w.probabilities for w in windows]) - reference).max() < 1e-5


def test_windows_cover_a_long_multilingual_body_in_order(model: SensitivityModel) -> None:
    from classifier.features import encode

    text = LONG_BODIES["256 KB"]
    windows = model.score(text)
    assert len(windows) > 300
    assert windows[0].start == 0 and windows[-1].end == len(text)
    assert all(a.start < b.start < a.end for a, b in zip(windows, windows[1:]))  # overlapping, in order
    # Character spans of a multilingual text: each window's text is its span of bytes, give
    # or take a character cut by a byte boundary (and the encoding's space at either end).
    assert not text.isascii()
    spans = model.spans(len(encode(text)))
    assert all(abs(len(text[w.start:w.end].lower().encode()) - (b - a)) <= 4 for w, (a, b) in zip(windows, spans))


def test_a_huge_body_is_scored_in_overlapping_segments(classifier: Classifier, monkeypatch: pytest.MonkeyPatch) -> None:
    """Bodies beyond SEGMENT characters are featurised a segment at a time (bounded memory);
    the windows still cover the body in order, and a passage across a segment edge is found."""
    model = classifier.model
    assert model is not None
    filler = "Write a friendly product announcement about faster dashboards and simpler setup. " * 300
    # Two sentences of advice: model 3 misses one sentence alone inside 1 KB of this
    # repetitive filler (a window's mean dilutes it; see docs/classifier-evaluation.md, "Long requests").
    secret = FIXED[5][1] + " She also warned that the termination letter we sent in March could be read as an " \
        "admission, and that the limitation period may run out before the hearing."
    text = filler[:10_000 - len(secret) // 2] + secret + filler
    monkeypatch.setattr(model, "SEGMENT", 10_000)  # the secret straddles the first segment edge
    windows = model.score(text)
    assert windows[0].start == 0 and windows[-1].end == len(text)
    assert all(a.start < b.start < a.end for a, b in zip(windows, windows[1:]))  # overlapping, in order
    assert classifier.classify([TextPiece(text, "messages[0].content")]).label == Label.PRIVILEGED


def test_thresholds_from_the_policy_override_the_defaults(model: SensitivityModel) -> None:
    text = FIXED[5][1]
    never = classifier_for((), ClassifierSettings(thresholds=tuple(NEVER.items())))
    assert never.classify([TextPiece(text, "p")]).label == Label.PUBLIC
    assert classifier_for((), ClassifierSettings(model=False)).model is None


def test_decision_events_carry_the_model_digest_and_detector_version(classifier: Classifier) -> None:
    record = classification_record(classifier.classify([TextPiece(FIXED[5][1], "messages[0].content")]))
    assert record["detectors_version"] == DETECTORS_VERSION
    assert record["model"]["digest"] == "sha256:" + CARD["sha256"]
    assert record["classifier_version"].startswith(DETECTORS_VERSION + "+" + CARD["name"])
    assert FIXED[5][1][:20] not in json.dumps(record)  # no payload text


# ------------------------------------------------------------------- failures


def test_a_missing_model_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="cannot be read"):
        SensitivityModel(tmp_path / "nope.onnx")


def test_a_corrupt_model_file_is_a_clear_error(tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.onnx"
    corrupt.write_bytes(DEFAULT_MODEL.read_bytes()[:5000])
    with pytest.raises(ModelError, match="not a usable ONNX model"):
        SensitivityModel(corrupt)


def test_a_model_exported_for_other_inputs_is_a_clear_error(tmp_path: Path) -> None:
    """A model file whose graph takes other inputs (e.g. one exported for the cumulative-sum
    graph's ids/lo/hi) is refused at load, not at the first request."""
    onnx = pytest.importorskip("onnx", reason="the train extra (pip install -e '.[train]') is not installed")

    graph = onnx.load(str(DEFAULT_MODEL))
    graph.graph.input[2].name = "hi"
    for node in graph.graph.node:
        node.input[:] = ["hi" if name == "counts" else name for name in node.input]
    other = tmp_path / "other-inputs.onnx"
    other.write_bytes(graph.SerializeToString())
    with pytest.raises(ModelError, match=r"takes inputs \['ids', 'windows', 'hi'(, 'words', 'word_lo', 'word_hi')?\].*re-export"):
        SensitivityModel(other)


def test_an_unusable_model_fails_the_inspection(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MODEL_ENV, str(tmp_path / "missing.onnx"))
    classifier_for.cache_clear()
    try:
        with pytest.raises(InspectionError) as caught:
            classifier_for((), ClassifierSettings())
        assert caught.value.code == "model_unavailable" and caught.value.kind.status == 503
    finally:
        classifier_for.cache_clear()


# ------------------------------------------------------------------------ CLI


def _embargo(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run([sys.executable, "-m", "agent.cli", *args], input=stdin, capture_output=True, text=True,
                          timeout=120, env={**os.environ, **(env or {})})


def test_classify_version_prints_the_detector_set_and_the_model_digest() -> None:
    out = _embargo("classify", "--version")
    assert out.returncode == 0
    assert f"detectors: {DETECTORS_VERSION}" in out.stdout and CARD["sha256"] in out.stdout
    assert f"pretrained word vectors: {CARD['word_vectors']['words']} words" in out.stdout


def test_classify_version_reports_a_corrupt_model(tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.onnx"
    corrupt.write_bytes(b"not onnx")
    out = _embargo("classify", "--version", env={MODEL_ENV: str(corrupt)})
    assert out.returncode == 2 and "not a usable ONNX model" in out.stderr


def test_classify_explain_names_the_deciding_detector_or_window() -> None:
    lines = [{"id": 1, "provider": "openai", "path": "/v1/chat/completions",
              "body": {"model": "m", "messages": [{"role": "user", "content": FIXED[5][1]}]}},
             {"id": 2, "provider": "openai", "path": "/v1/chat/completions",
              "body": {"model": "m", "messages": [{"role": "user", "content": "pay to DE89 3704 0044 0532 0130 00"}]}}]
    out = _embargo("classify", "--jsonl", "-", "--explain", stdin="\n".join(json.dumps(x) for x in lines))
    first, second = (json.loads(line) for line in out.stdout.splitlines())
    assert first["explain"]["decided_by"] == "model" and first["explain"]["model"]["window"] == "1 of 1"
    assert first["explain"]["model"]["pieces"] == ["messages[0].content"]
    assert second["explain"]["decided_by"] == "detector:pii.iban"


def test_classify_evaluate_prints_the_figures_on_a_labelled_split() -> None:
    samples = [as_request(s) for s in generate("test", per_family_lang=2)]
    out = _embargo("classify", "--jsonl", "-", "--evaluate", stdin="\n".join(json.dumps(s) for s in samples))
    assert out.returncode == 0, out.stderr
    for figure in ("sensitive recall", "false-positive rate", "privileged recall", "expected calibration error",
                   "confusion", "model-marginal subset", "== detectors alone"):
        assert figure in out.stdout
    assert f"{len(samples)} requests" in out.stdout


def test_classify_evaluate_counts_each_family_with_the_model_and_with_the_detectors_alone() -> None:
    def line(family: str, label: str, content: str) -> str:
        return json.dumps({"family": family, "label": label, "provider": "openai", "path": "/v1/chat/completions",
                           "body": {"model": "m", "messages": [{"role": "user", "content": content}]}})

    iban = "pay to DE89 3704 0044 0532 0130 00"
    lines = [line("bank", "confidential", iban), line("bank", "confidential", iban), line("greeting", "public", "hi")]
    out = _embargo("classify", "--jsonl", "-", "--evaluate", stdin="\n".join(lines))
    assert out.returncode == 0, out.stderr
    table = out.stdout.split("== per family\n", 1)[1].splitlines()
    assert table[0].split() == ["family", "label", "requests", "right", "flagged", "by", "detectors"]
    # family, label, requests, right, flagged (with the model), flagged by the detectors alone
    assert table[1].split() == ["bank", "confidential", "2", "2", "2", "2"]
    assert table[2].split() == ["greeting", "public", "1", "1", "0", "0"]


def test_classify_evaluate_gives_the_goals_figures_per_language() -> None:
    def line(lang: str, label: str, content: str) -> str:
        return json.dumps({"lang": lang, "label": label, "provider": "openai", "path": "/v1/chat/completions",
                           "body": {"model": "m", "messages": [{"role": "user", "content": content}]}})

    lines = [line("de", "confidential", "Überweisung an DE89 3704 0044 0532 0130 00"),
             line("de", "public", "Hallo"), line("en", "public", "hi"), line("en", "public", "mail a@hartmann.de")]
    out = _embargo("classify", "--jsonl", "-", "--evaluate", stdin="\n".join(lines))
    assert out.returncode == 0, out.stderr
    table = out.stdout.split("== per language, detectors + model\n", 1)[1].splitlines()
    assert table[0].split() == ["language", "requests", "sensitive", "recall", "false-positive", "rate",
                                "privileged", "recall"]
    # language, requests, sensitive recall (caught/sensitive), false-positive rate (flagged/harmless), privileged
    assert table[1].split() == ["de", "2", "1.0000", "(1/1)", "0.0000", "(0/1)", "-"]
    assert table[2].split() == ["en", "2", "-", "0.5000", "(1/2)", "-"]  # an e-mail address is personal data


# ------------------------------------------------------------- through the proxy


@pytest.mark.integration
def test_a_corrupt_model_makes_the_real_proxy_fail_closed(tmp_path_factory, upstream, fake, monkeypatch) -> None:
    import openai

    from tests.conftest import POLICIES, AuditTail, launch, openai_client, wait_for

    corrupt = tmp_path_factory.mktemp("model") / "sensitivity.onnx"
    corrupt.write_bytes(DEFAULT_MODEL.read_bytes()[:4096])
    monkeypatch.setenv(MODEL_ENV, str(corrupt))  # the proxy and its workers inherit it
    proxy = launch(tmp_path_factory, upstream, POLICIES / "default.yaml", "--workers", "2")
    try:
        audit = AuditTail(proxy.events)
        with pytest.raises(openai.InternalServerError) as caught:
            openai_client(proxy).chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
        assert caught.value.status_code == 503 and caught.value.request_id.startswith("EMB-")
        assert fake.received == []
        [event] = audit.decisions()
        assert event["decision"]["rule"] == "builtin:fail-closed" and event["error"] == "model_unavailable"
        # Said once, clearly, as the workers start (each found it; the proxy says it once).
        wait_for(lambda: proxy.log_text().count("not a usable ONNX model") == 1, 30, "the model's failure logged")
        assert proxy.process.poll() is None  # and the proxy keeps running
    finally:
        proxy.stop()


def _maps(pid: int) -> str:
    return Path(f"/proc/{pid}/maps").read_text()


@pytest.mark.integration
def test_the_proxy_leaves_the_model_to_its_workers(proxy) -> None:
    """The proxy's own process does not load onnxruntime and the model (about 70 MB it would
    never use); its inspection worker does, and says which model it loaded."""
    from tests.conftest import wait_for

    line = wait_for(lambda: [x for x in proxy.log_text().splitlines() if "classifier model" in x], 30, "the model logged")
    assert len(line) == 1 and "embargo-sensitivity-" in line[0] and "(sha256:" in line[0]

    def workers_holding_the_model() -> list[int]:  # (a worker replaced by an earlier test may be starting)
        found = []
        for task in Path(f"/proc/{proxy.process.pid}/task").iterdir():
            for child in map(int, (task / "children").read_text().split()):
                try:
                    if b"addons.workers" in Path(f"/proc/{child}/cmdline").read_bytes() and "onnxruntime" in _maps(child):
                        found.append(child)
                except FileNotFoundError:
                    continue
        return found

    wait_for(workers_holding_the_model, 30, "an inspection worker holding the model")
    assert "onnxruntime" not in _maps(proxy.process.pid)


@pytest.mark.integration
def test_real_decision_events_carry_the_model_provenance(proxy, fake, audit) -> None:
    from tests.conftest import openai_client

    openai_client(proxy).chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": FIXED[0][1]}])
    [event] = audit.decisions()
    assert event["classification"]["model"]["digest"] == "sha256:" + CARD["sha256"]
    assert event["classification"]["detectors_version"] == DETECTORS_VERSION


def test_a_privilege_legend_on_a_communication_counts_and_in_a_template_it_does_not(model: SensitivityModel) -> None:
    """A legend opening a line counts where the model reads the text as at least
    confidential (P >= legend_corroboration); a legend on a blank template stays a cue."""
    from classifier.classify import opens_line

    assert opens_line("Summarise this.\n\n> Subject: PRIVILEGED & CONFIDENTIAL", 28)
    assert not opens_line("A judge said e-mails marked privileged & confidential ...", 27)
    communication = ("PRIVILEGED & CONFIDENTIAL – ATTORNEY-CLIENT COMMUNICATION\nTom, the release you drafted does not "
                     "cover the subcontractors or their staff; please hold the signature until we have talked it through.")
    # The model itself may not call anything privileged, and cues in running text never count:
    # only the legend rule can lift the text to privileged.
    no_privileged = {Label.PRIVILEGED: 1.01}
    with_legend = Classifier(model=model, thresholds=no_privileged, cue_corroboration=1.01)
    without = Classifier(model=model, thresholds=no_privileged, cue_corroboration=1.01, legend_corroboration=1.01)
    piece = [TextPiece(communication, "p")]
    assert with_legend.classify(piece).label == Label.PRIVILEGED
    assert without.classify(piece).label < Label.PRIVILEGED
    template = ("PRIVILEGED & CONFIDENTIAL – TEMPLATE. Dear [CLIENT NAME], thank you for choosing [FIRM NAME]. "
                "Replace every field in square brackets before sending. This template is not legal advice.")
    assert with_legend.classify([TextPiece(template, "p")]).label < Label.PRIVILEGED
