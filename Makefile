# PortDesk: two commands on a fresh machine.
#   make run    set up (system packages when root, .venv, Python packages) and open the desktop app
#   make test   set up and run the whole test suite (ruff, mypy, import contracts, pytest)
# Repeated runs skip what is already installed.

VENV := .venv
PY := $(VENV)/bin/python
export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup run test lint typecheck contracts pytest bench screenshots package clean

setup:
	@bash scripts/setup.sh

run: setup
	@env -u QT_QPA_PLATFORM $(VENV)/bin/portdesk

lint: setup
	@$(VENV)/bin/ruff check portdesk tests

typecheck: setup
	@$(VENV)/bin/mypy portdesk

contracts: setup
	@$(VENV)/bin/lint-imports --no-cache

pytest: setup
	@$(VENV)/bin/pytest

test: setup
	@echo "== ruff" && $(VENV)/bin/ruff check portdesk tests
	@echo "== mypy" && $(VENV)/bin/mypy portdesk
	@echo "== import contracts" && $(VENV)/bin/lint-imports --no-cache
	@echo "== pytest" && $(VENV)/bin/pytest

# Every test in tests/benchmarks runs (no --benchmark-only: it skipped the figures measured by
# hand and the correctness gates among them).
bench: setup
	@$(VENV)/bin/pytest tests/benchmarks -p no:randomly --benchmark-enable -q -s \
		-o addopts="--strict-markers --strict-config --import-mode=importlib -p no:cacheprovider"

screenshots: setup
	@bash scripts/screenshots.sh

package: setup
	@bash packaging/build.sh

clean:
	rm -rf build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
