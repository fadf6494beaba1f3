# Two commands: `make demo` (sets up .venv on first use, then runs the loopback demo)
# and `make test` (the test suite; eBPF tests need root). `make setup` alone prepares .venv.
PYTHON ?= $(shell command -v python3.12 || echo $(HOME)/.pyenv/versions/3.12.1/bin/python)
VENV := .venv

.PHONY: setup demo test bench lint-policies
setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[demo,test]'
	touch $@

demo: setup
	$(VENV)/bin/embargo demo

test: setup
	$(VENV)/bin/embargo policy test policies/
	$(VENV)/bin/pytest -q

bench: setup
	$(VENV)/bin/python bench/bench_proxy.py
