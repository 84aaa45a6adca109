# Two commands on a fresh machine (only Python 3 and make): `make serve` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: serve build pdf test lint format bench clean formulieren voorbeeld-uit-issue lezing-uit-issue

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

export NO_MKDOCS_2_WARNING := 1

serve: $(STAMP)  ## site on http://127.0.0.1:8000 with live reload
	# site_url's path would move the local site to /woonkansen-kiezen/: serve it at the root.
	SITE_URL=http://127.0.0.1:8000/ $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(STAMP)  ## strict build into site/ (used by tests and CI)
	$(BIN)/mkdocs build --strict --clean --site-dir site

pdf: build  ## the guide and the glossary as dated PDFs in site/ (Debian's chromium)
	$(BIN)/python -m macros.pdf site

test: build lint  ## strict build, then every test
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check macros tests
	$(BIN)/ruff format --check macros tests

format: $(STAMP)
	$(BIN)/ruff format macros tests
	$(BIN)/ruff check --fix macros tests

formulieren: $(STAMP)  ## issue forms and CONTRIBUTING.md's links, generated from data/
	$(BIN)/python -m macros.generate

voorbeeld-uit-issue: $(STAMP)  ## EVENT=<issues event JSON>: write docs/praktijkvoorbeelden/<slug>.md
	@test -n "$(EVENT)" || { echo "gebruik: make voorbeeld-uit-issue EVENT=pad/naar/event.json" >&2; exit 2; }
	@$(BIN)/python -m macros.intake voorbeeld "$(EVENT)"

lezing-uit-issue: $(STAMP)  ## EVENT=<issues event JSON>: add the reading to glossary/<id>.yaml
	@test -n "$(EVENT)" || { echo "gebruik: make lezing-uit-issue EVENT=pad/naar/event.json" >&2; exit 2; }
	@$(BIN)/python -m macros.intake lezing "$(EVENT)"

clean:
	rm -rf site .pytest_cache

bench: $(STAMP)  ## build cost per extra example and first-query bytes vs bare Material; glossary filter speed
	$(BIN)/python -m tests.bench.examples
	$(BIN)/python -m tests.bench.glossary

linkcheck-extern: build  ## opt-in: also check external links (needs internet)
	$(BIN)/linkchecker --config tests/config/linkcheckerrc --check-extern --no-robots site/index.html
