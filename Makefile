# mzplan: build, test and report. `make` alone lists the targets.

.DEFAULT_GOAL := help
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.ONESHELL:

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-test
SITE_STAMP := $(VENV)/.installed-site
LAB_STAMP := $(VENV)/.installed-notebooks
NBVAL := $(BIN)/pytest --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg notebooks/
PY_OK := import sys; sys.exit(sys.version_info < (3, 11))

.PHONY: help venv test report lab screenshots clean clean-venv check-python

## List the targets with their descriptions (the default goal)
help:
	@awk '/^## /{desc=substr($$0, 4); next} /^[a-zA-Z_-]+:/{if (desc) {sub(/:.*/, "", $$1); printf "  %-12s %s\n", $$1, desc}; desc=""}' $(MAKEFILE_LIST)

# A .venv made with another Python (too old, or one that no longer runs) stops every target here.
check-python:
	@if [ -e $(BIN)/python ] && ! $(BIN)/python -c '$(PY_OK)' 2>/dev/null; then \
	  echo "error: $(VENV) was made with $$($(BIN)/python --version 2>&1 || echo 'a Python that no longer runs'); mzplan needs Python >= 3.11." >&2; \
	  echo "       Run 'make clean-venv', then 'make $(or $(MAKECMDGOALS),venv) PYTHON=python3.11' (any Python >= 3.11)." >&2; \
	  exit 1; fi
	@if [ ! -e $(BIN)/python ] && ! $(PYTHON) -c '$(PY_OK)' 2>/dev/null; then \
	  echo "error: PYTHON=$(PYTHON) is $$($(PYTHON) --version 2>&1 || echo 'not found'); mzplan needs Python >= 3.11." >&2; \
	  echo "       Run 'make $(or $(MAKECMDGOALS),venv) PYTHON=python3.11' (any Python >= 3.11)." >&2; \
	  exit 1; fi

$(STAMP): pyproject.toml | check-python
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip
	$(BIN)/python -m pip install -e '.[test]'
	touch $@

$(SITE_STAMP): $(STAMP)
	$(BIN)/python -m pip install -e '.[site]'
	touch $@

$(LAB_STAMP): $(STAMP)
	$(BIN)/python -m pip install -e '.[notebooks]'
	touch $@

## Create .venv and install mzlib with the test and report extras (again when pyproject.toml changes)
venv: $(STAMP)

## Run the unit and browser tests, then nbval over the committed notebooks (what CI runs); changes no file
test: $(STAMP)
	@before=$$(git status --porcelain 2>/dev/null || true)
	echo "$(BIN)/pytest"
	$(BIN)/pytest
	scratch=$$(mktemp -d); trap 'rm -rf "$$scratch"' EXIT
	mkdir -p "$$scratch/data" "$$scratch/reports"
	cp -R data/processed "$$scratch/data/" && cp -R reports/figures "$$scratch/reports/"
	echo "MZPLAN_OUTPUT_ROOT=<scratch copy of data/processed, reports/figures> $(NBVAL)"
	if compgen -G 'notebooks/*.ipynb' > /dev/null; then MZPLAN_OUTPUT_ROOT="$$scratch" $(NBVAL); \
	  else echo "no notebooks/*.ipynb yet: nbval skipped"; fi
	after=$$(git status --porcelain 2>/dev/null || true)
	if [ "$$before" != "$$after" ]; then echo "error: make test changed the working tree:" >&2; \
	  diff <(echo "$$before") <(echo "$$after") >&2 || true; exit 1; fi

## Execute every notebook in order, write the .ipynb, data/processed/ and the site in reports/html/ (ONLY=00 for one)
report: $(SITE_STAMP)
	$(BIN)/python -m mzlib.report $(if $(ONLY),--only $(ONLY))

## Install JupyterLab (the notebooks extra) and start it on the repository root (also as root)
lab: $(LAB_STAMP)
	$(BIN)/jupyter lab --allow-root --ServerApp.root_dir="$(CURDIR)"

## Screenshots of every page of reports/html/ at 1400 px into reports/screenshots/ (needs chromium)
screenshots: $(STAMP)
	$(BIN)/python tests/site_browser.py reports/screenshots

## Remove caches (never data, notebooks, reports or .venv)
clean:
	find . -path ./$(VENV) -prune -o -type d \( -name __pycache__ -o -name .ipynb_checkpoints \) -prune -exec rm -rf {} +
	rm -rf .pytest_cache .hypothesis build reports/screenshots

## Remove .venv (after a first attempt with the wrong Python, or to install afresh)
clean-venv:
	rm -rf $(VENV)
