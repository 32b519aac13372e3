# Praksisbanken: `make site` builds the site, `make test` runs every check. Both set up .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: site serve check test lint typecheck unit browser-deps bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall when the project's dependencies change.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

## site: build the site from the content in this repository into site/
site: $(VENV)/.installed
	$(BIN)/mkdocs build

## serve: live preview on http://127.0.0.1:8000, rebuilt when content changes
serve: $(VENV)/.installed
	$(BIN)/mkdocs serve

## check: validate all content without building (same messages as the build)
check: $(VENV)/.installed
	$(BIN)/praksisbank check .

## browser-deps: Debian's Chromium for the browser tests (Playwright downloads no browser)
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

lint: $(VENV)/.installed-test
	$(BIN)/ruff check plugins tests benchmarks

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

unit: $(VENV)/.installed-test browser-deps
	$(BIN)/pytest

## test: lint, type check and the whole test suite
test: lint typecheck unit

## bench: time checks and builds of generated content at several sizes
bench: $(VENV)/.installed
	$(BIN)/python benchmarks/bench_build.py

clean:
	rm -rf site .pytest_cache .mypy_cache .ruff_cache
