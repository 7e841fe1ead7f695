# mzplan: build, test and report. `make` alone lists the targets.

.DEFAULT_GOAL := help
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-test
LAB_STAMP := $(VENV)/.installed-notebooks
NBVAL := $(BIN)/pytest --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg notebooks/

.PHONY: help venv test report lab clean

## List the targets with their descriptions (the default goal)
help:
	@awk '/^## /{desc=substr($$0, 4); next} /^[a-zA-Z_-]+:/{if (desc) {sub(/:.*/, "", $$1); printf "  %-8s %s\n", $$1, desc}; desc=""}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip
	$(BIN)/python -m pip install -e '.[test]'
	touch $@

## Create .venv and install mzlib with the test and report extras (again when pyproject.toml changes)
venv: $(STAMP)

## Run the unit tests, then nbval over the committed notebooks (what CI runs)
test: $(STAMP)
	$(BIN)/pytest
	if compgen -G 'notebooks/*.ipynb' > /dev/null; then $(NBVAL); else echo "no notebooks/*.ipynb yet: nbval skipped"; fi

## Execute every notebook in order, write the .ipynb and reports/html/ (make report ONLY=00 for one)
report: $(STAMP)
	$(BIN)/python -m mzlib.report $(if $(ONLY),--only $(ONLY))

$(LAB_STAMP): $(STAMP)
	$(BIN)/python -m pip install -e '.[notebooks]'
	touch $@

## Install jupyterlab (the notebooks extra) and start it
lab: $(LAB_STAMP)
	$(BIN)/jupyter lab notebooks/

## Remove caches (never data, notebooks or reports)
clean:
	find . -path ./$(VENV) -prune -o -type d \( -name __pycache__ -o -name .ipynb_checkpoints \) -prune -exec rm -rf {} +
	rm -rf .pytest_cache .hypothesis build
