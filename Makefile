# Praksisbanken: `make site` builds the site, `make test` runs every check. Both set up .venv
# from the lock files, which pin every dependency (transitive ones included); `make lock`
# writes them again after a change to the dependencies in pyproject.toml.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
LOCK := requirements.lock
TEST_LOCK := requirements-test.lock
PIP := $(BIN)/python -m pip --disable-pip-version-check
export NO_MKDOCS_2_WARNING := 1

.PHONY: site site-zensical serve check test lint format typecheck unit browser-deps font-deps bench lock hooks clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall when a lock file or the project's metadata changes. The project itself goes in
# without dependencies and without build isolation: everything it needs, setuptools included,
# comes from the lock file at the pinned versions. `pip check` fails when pyproject.toml asks
# for something the lock does not hold (run `make lock`).
$(VENV)/.installed: $(LOCK) pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -r $(LOCK)
	$(PIP) install --quiet --no-deps --no-build-isolation -e .
	$(PIP) check
	touch $@

$(VENV)/.installed-test: $(TEST_LOCK) $(VENV)/.installed
	$(PIP) install --quiet -r $(TEST_LOCK)
	$(PIP) check
	touch $@

## site: build the site from the content in this repository into site/ (with the PDFs). MkDocs runs
## through `praksisbank mkdocs`: mkdocs.yml is read safely and refused (a Python tag not reviewed,
## hooks) before MkDocs reads it, since MkDocs runs such tags as it reads the file
site: $(VENV)/.installed font-deps
	$(BIN)/praksisbank mkdocs build

## site-zensical: the same site built by Zensical instead of MkDocs: the core writes the docs tree,
## Zensical builds it, the same checks run on its output (handbook/engines.md). Zensical is pinned
## in the test lock (the `zensical` extra).
site-zensical: $(VENV)/.installed-test font-deps
	$(BIN)/praksisbank build --engine zensical

## serve: live preview on http://127.0.0.1:8000, rebuilt when content changes (through
## `praksisbank mkdocs`, as `site`)
serve: $(VENV)/.installed
	$(BIN)/praksisbank mkdocs serve --dirtyreload

## check: validate all content without building, every text rendered as the build renders it (as the pull-request checks)
check: $(VENV)/.installed
	$(BIN)/praksisbank check --render .

## browser-deps: Debian's Chromium (Playwright downloads no browser): its headless shell for the
## browser tests (the same engine, about half the CPU), the full browser for `make bench`
browser-deps:
	@{ command -v chromium && command -v chromium-headless-shell; } >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium and chromium-headless-shell for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    chromium chromium-headless-shell >/dev/null; }

## font-deps: Debian's DejaVu fonts for the PDFs (æ, ø and å on every page; WeasyPrint uses them)
## and HarfBuzz's subset library, with which WeasyPrint embeds only the letters a PDF uses
## (without it WeasyPrint falls back to fontTools and warns once per font of every PDF)
font-deps:
	@{ fc-list "DejaVu Sans" family 2>/dev/null | grep -q . \
	  && ldconfig -p 2>/dev/null | grep -q 'libharfbuzz-subset\.so\.0'; } || { \
	  echo "Installing Debian's fonts-dejavu-core and libharfbuzz-subset0 for the PDFs"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    fonts-dejavu-core libharfbuzz-subset0 >/dev/null; }

CODE := plugins tests benchmarks

## lint: ruff's rules, ruff's formatting and the layers (import-linter); all reported before it fails
lint: $(VENV)/.installed-test
	@status=0; \
	$(BIN)/ruff check $(CODE) || status=1; \
	$(BIN)/ruff format --check $(CODE) || status=1; \
	$(BIN)/lint-imports --no-cache || status=1; \
	exit $$status

## format: rewrite the code in ruff's format
format: $(VENV)/.installed-test
	$(BIN)/ruff format $(CODE)

## typecheck: mypy --strict over the plugin and the tests
typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

unit: $(VENV)/.installed-test browser-deps font-deps
	$(BIN)/pytest

## test: lint, type check and the whole test suite
# Lint and the type check run beside the tests (niced, so the tests go first and they fill the
# cores' idle moments); their output is kept in files and printed after the tests' in full, and
# the command fails when any of the three failed.
# The plugin and the test helpers are compiled to bytecode first (under a second of CPU, once
# per change), and pytest may keep its rewritten test modules (a PYTHONDONTWRITEBYTECODE in the
# environment is dropped for the tests alone): every process the run starts (each xdist worker,
# each command a test runs) would otherwise compile the plugin again, and a second run would
# collect the tests in half the CPU (benchmarks/README.md, «make test on 2 cores, stop 26»).
test: $(VENV)/.installed-test browser-deps font-deps
	@logs=$$(mktemp -d); trap 'rm -rf "$$logs"' EXIT; \
	$(BIN)/python -m compileall -q plugins tests >/dev/null; \
	nice -n 5 $(MAKE) --no-print-directory lint >"$$logs/lint" 2>&1 & lint=$$!; \
	nice -n 5 $(MAKE) --no-print-directory typecheck >"$$logs/typecheck" 2>&1 & typecheck=$$!; \
	status=0; failed=""; \
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/pytest || { status=1; failed="$$failed unit"; }; \
	wait $$lint || { status=1; failed="$$failed lint"; }; \
	wait $$typecheck || { status=1; failed="$$failed typecheck"; }; \
	for part in lint typecheck; do echo "== make $$part"; cat "$$logs/$$part"; done; \
	if [ $$status -ne 0 ]; then echo "make test: failed:$$failed"; fi; \
	exit $$status

## bench: performance figures (check, build, search, serve, PDFs) at 500, 2,000 and 5,000 decisions
bench: $(VENV)/.installed-test browser-deps font-deps
	$(BIN)/python benchmarks/bench.py $(ARGS)

## lock: pin every dependency again after a change to pyproject.toml (needs PyPI)
# Resolves in a new, empty virtualenv: the build requirements and the runtime dependencies
# first (requirements.lock), then the test and zensical extras constrained to those pins
# (requirements-test.lock), so both files agree on every package they share.
lock:
	@set -e; \
	tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(PYTHON) -m venv "$$tmp/venv"; \
	py="$$tmp/venv/bin/python"; pip="$$py -m pip --disable-pip-version-check"; \
	build=$$($$py -c 'import tomllib; print(" ".join(tomllib.load(open("pyproject.toml", "rb"))["build-system"]["requires"]))'); \
	header="# Generated by \`make lock\` from pyproject.toml (Python $$($$py -c 'import platform; print(platform.python_version(), platform.system(), platform.machine())')). Do not edit."; \
	freeze() { echo "$$header"; $$pip freeze --all --exclude pip --exclude praksisbank; }; \
	echo "Resolving the runtime dependencies"; \
	$$pip install --quiet $$build; \
	$$pip install --quiet --no-build-isolation .; \
	freeze > "$$tmp/runtime"; \
	echo "Resolving the test dependencies"; \
	$$pip install --quiet --no-build-isolation -c "$$tmp/runtime" '.[test,zensical]'; \
	freeze > "$$tmp/test"; \
	$$pip check; \
	mv "$$tmp/runtime" $(LOCK); mv "$$tmp/test" $(TEST_LOCK); \
	echo "Wrote $(LOCK) ($$(grep -c == $(LOCK)) packages) and $(TEST_LOCK) ($$(grep -c == $(TEST_LOCK)) packages)"

## hooks: run the formatter, ruff and the content check before each commit (pre-commit)
hooks: $(VENV)/.installed-test
	$(BIN)/pre-commit install

clean:
	rm -rf site .pytest_cache .mypy_cache .ruff_cache
