# Everything runs from a local virtualenv that the targets create as needed.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck check docs validate bench bench-complexity bench-batch image engine clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

## demo: judge the reference and a wrong two-sum on the default sandbox
demo: $(STAMP)
	$(BIN)/judge submit --sandbox local two-sum problems/two-sum/reference/solution.py; \
	$(BIN)/judge submit --sandbox local two-sum problems/two-sum/wrong/WA/ignores_negatives.py; \
	test $$? -eq 1

## test: the whole test suite on every core (Docker tests skip without an engine, unless JUDGE_REQUIRE_DOCKER=1)
# One worker more than the cores: the concurrency problems' proofs, which
# mostly wait out wall limits, all go to one worker (tests/conftest.py).
JOBS ?= $(shell $(PYTHON) -c "import os; print((os.cpu_count() or 1) + 1)")
test: $(STAMP)
	$(BIN)/python -m pytest -q -n $(JOBS) --dist loadgroup

lint: $(STAMP)
	$(BIN)/ruff check judge sandboxes tests benchmarks
	$(BIN)/ruff format --check judge sandboxes tests benchmarks

# The runner imports protocol.py as a top-level module, as it does in the
# sandbox: it is checked on its own with judge/ on its path.
typecheck: $(STAMP)
	$(BIN)/mypy
	MYPYPATH=judge $(BIN)/mypy --strict sandboxes/python/runner.py

check: lint typecheck test

## docs: the bank's page, docs/problems.md (a test checks it is current)
docs: $(STAMP)
	$(BIN)/judge --problems problems list --format markdown > docs/problems.md

## validate: prove every problem of the bank
validate: $(STAMP)
	$(BIN)/judge validate

bench: $(STAMP)
	$(BIN)/python benchmarks/protocol_overhead.py

bench-complexity: $(STAMP)
	$(BIN)/python benchmarks/complexity_accuracy.py --runs 3 --busy-run 2

bench-batch: $(STAMP)
	$(BIN)/python benchmarks/batch_throughput.py

## engine / image: a running Docker engine, and every language's sandbox image built without a registry
engine:
	bash sandboxes/docker-engine.sh

image: engine
	for language in python javascript java cpp go; do bash sandboxes/$$language/build.sh || exit 1; done

clean:
	rm -rf $(VENV) build dist *.egg-info
