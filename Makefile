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
# The lock: every package at an exact version, for Python 3.11 on Linux x86_64 (make lock writes it).
LOCK := requirements
UV := $(BIN)/uv
UV_TARGET := --python-version 3.11 --python-platform x86_64-unknown-linux-gnu --annotation-style line --quiet
# Install a lock file into .venv, then mzlib itself (editable, its dependencies already there).
define install_lock
$(UV) pip install --quiet --python $(BIN)/python -r $(1)
$(UV) pip install --quiet --python $(BIN)/python --no-deps -e .
endef

.PHONY: help venv lock test report lab screenshots clean clean-venv check-python

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

# uv, at the version the lock names, is the one package pip installs; uv installs the rest.
$(UV): $(LOCK)/test.txt | check-python
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet "$$(grep -m1 '^uv==' $(LOCK)/test.txt | cut -d' ' -f1)"
	touch $@

$(STAMP): $(LOCK)/test.txt pyproject.toml $(UV)
	$(call install_lock,$(LOCK)/test.txt)
	touch $@

$(SITE_STAMP): $(LOCK)/site.txt $(STAMP)
	$(call install_lock,$(LOCK)/site.txt)
	touch $@

$(LAB_STAMP): $(LOCK)/all.txt $(STAMP)
	$(call install_lock,$(LOCK)/all.txt)
	touch $@

## Create .venv and install the locked test and report packages, then mzlib (again when the lock changes)
venv: $(STAMP)

## Resolve pyproject.toml afresh into the lock, requirements/*.txt (upgrade one: make lock UPGRADE=pandas)
lock: $(UV)
	$(UV) pip compile $(UV_TARGET) $(foreach p,$(UPGRADE),--upgrade-package $(p)) \
	  pyproject.toml $(LOCK)/tools.in --all-extras -o $(LOCK)/all.txt
	$(UV) pip compile $(UV_TARGET) pyproject.toml $(LOCK)/tools.in --extra test -c $(LOCK)/all.txt -o $(LOCK)/test.txt
	$(UV) pip compile $(UV_TARGET) pyproject.toml $(LOCK)/tools.in --extra test --extra site \
	  -c $(LOCK)/all.txt -o $(LOCK)/site.txt
	$(BIN)/python $(LOCK)/conda_env.py $(LOCK)/all.txt environment.yml environment-lab.yml

## Run the unit and browser tests, then nbval over the committed notebooks (what CI runs; installs the site extra too, since one test runs the whole report); changes no file
test: $(SITE_STAMP)
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
