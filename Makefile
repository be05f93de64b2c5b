# Two commands (see README): `make run` builds the graph from data/ and serves it; `make test` passes the tests.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup setup-test run build serve test eval bench clean

$(BIN)/kg: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(BIN)/kg

setup: $(BIN)/kg

# Headless Chromium for the UI tests and Virtuoso for the remote-store tests, from Debian's packages (needs root
# or sudo; the tests that need them are skipped with a reason otherwise).
setup-test: setup
	@bash scripts/install-browser.sh
	@bash scripts/install-virtuoso.sh

build: setup
	$(BIN)/kg build

run: build
	$(BIN)/kg serve --host $(HOST) --port $(PORT)

test: setup-test
	$(BIN)/python -m pytest -q

eval: setup
	$(BIN)/kg eval data/articles --gold data/gold
	$(BIN)/kg eval tests/data/heldout
	$(BIN)/kg eval tests/data/heldout2
	$(BIN)/kg eval tests/data/heldout3
	$(BIN)/kg eval tests/data/blind4
	$(BIN)/kg eval tests/data/blind5
	$(BIN)/kg eval tests/data/blind6
	$(BIN)/kg eval tests/data/blind7
	$(BIN)/kg eval tests/data/blind8
	$(BIN)/kg eval tests/data/blind9
	$(BIN)/kg eval tests/data/blind10
	$(BIN)/kg eval tests/data/blind11
	$(BIN)/kg eval tests/data/blind12
	$(BIN)/kg eval tests/data/blind13
	$(BIN)/kg eval tests/data/blind14
	@if [ -d ../shared/corpus ]; then $(BIN)/kg eval ../shared/corpus; fi

bench: setup
	$(BIN)/python bench/bench_extract.py --articles 1000
	$(BIN)/python bench/bench_build.py --articles 1000
	$(BIN)/python bench/bench_endpoint.py --write
	@if command -v wrk >/dev/null; then $(BIN)/python bench/bench_endpoint.py --overhead; \
	else echo "bench_endpoint --overhead skipped: wrk is not installed (apt-get install wrk)"; fi

clean:
	rm -rf $(VENV) .kg-store .pytest_cache
