# Two commands: `make demo` (sets up .venv on first use, then runs the loopback demo)
# and `make test` (the test suite; eBPF tests need root). `make setup` alone prepares .venv.
# The first Python >= 3.12 that actually runs (a pyenv shim may exist and still fail).
PYTHON ?= $(shell for p in python3.13 python3.12 $(HOME)/.pyenv/versions/3.1[2-9]*/bin/python; do \
	$$p -c 'import sys; assert sys.version_info >= (3, 12)' 2>/dev/null && echo $$p && break; done)
VENV := .venv
# llama.cpp builds from source: portable flags, no multimodal tools, about 3 min on 2 cores.
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DLLAVA_BUILD=OFF -DGGML_LLAMAFILE=OFF

.PHONY: setup demo test bench bench-tracing bench-enforcement lint-policies
setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@test -n "$(PYTHON)" || { echo "Embargo needs Python >= 3.12 (mitmproxy 12): install it or set PYTHON=..."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[demo,test,train]'
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" CMAKE_BUILD_PARALLEL_LEVEL=2 $(VENV)/bin/pip install --quiet -e '.[local-model]'
	touch $@
	@$(MAKE) --no-print-directory bcc-link

# bcc's Python package comes from Debian (python3-bpfcc, pure Python over libbcc); the venv
# sees it through a .pth naming a directory that holds only a `bcc` symlink, so no other
# system package leaks into the venv. Without python3-bpfcc this does nothing and the agent
# runs proxy-only, saying why.
BCC_SYSTEM := /usr/lib/python3/dist-packages/bcc
.PHONY: bcc-link
bcc-link:
	@if [ -d $(BCC_SYSTEM) ]; then \
		mkdir -p $(VENV)/bcc-only && ln -sfn $(BCC_SYSTEM) $(VENV)/bcc-only/bcc && \
		$(VENV)/bin/python -c 'import site, sys; print(sys.argv[1], file=open(site.getsitepackages()[0] + "/embargo-bcc.pth", "w"))' \
			"$(abspath $(VENV))/bcc-only"; \
	fi

demo: setup
	$(VENV)/bin/embargo demo

test: setup bcc-link
	$(VENV)/bin/embargo policy test policies/
	$(VENV)/bin/pytest -q

bench: setup
	$(VENV)/bin/python bench/bench_proxy.py
	$(VENV)/bin/python bench/bench_redirect.py

# Connection tracing's cost (needs root and bcc): see README, "Cost of connection tracing".
bench-tracing: setup bcc-link
	$(VENV)/bin/python -W ignore bench/bench_tracing.py

# Kernel enforcement's cost on connect() (needs root and bcc): see README, "Kernel enforcement".
bench-enforcement: setup bcc-link
	$(VENV)/bin/python -W ignore bench/bench_enforcement.py
	$(VENV)/bin/python -W ignore bench/bench_tls_visibility.py
