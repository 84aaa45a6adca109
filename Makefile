# Two commands on a fresh machine (only Python 3 and make): `make serve` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# The site's packages only (requirements.txt): enough for `make controle`, no browser.
SITE_STAMP := $(VENV)/.site-installed

.PHONY: serve build test lint format bench clean formulieren voorbeeld-uit-issue pdf lezing-uit-issue preview \
	controle zizmor nakijken help linkcheck-extern

$(SITE_STAMP): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(SITE_STAMP) $@

export NO_MKDOCS_2_WARNING := 1

serve: $(STAMP)  ## site on http://127.0.0.1:8000 with live reload
	# site_url's path would move the local site to /woonkansen-kiezen/: serve it at the root.
	SITE_URL=http://127.0.0.1:8000/ $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(STAMP)  ## strict build into site/ (used by tests and CI)
	$(BIN)/mkdocs build --strict --clean --site-dir site

pdf: build  ## the guide and the glossary as dated PDFs in site/ (Debian's chromium)
	$(BIN)/python -m macros.publish.pdf site

# The site for its own root, to be served on its own: `python3 -m http.server -d site-preview`.
preview: $(STAMP)  ## strict build into site-preview/ for http://127.0.0.1:8000/
	SITE_URL=http://127.0.0.1:8000/ $(BIN)/mkdocs build --strict --clean --site-dir site-preview
	@echo "Bekijk: python3 -m http.server --bind 127.0.0.1 --directory site-preview 8000"

test: build lint zizmor  ## strict build, then every test
	$(BIN)/pytest

controle: $(SITE_STAMP)  ## the fast verdict (no browser): BASIS=origin/main OORDEEL=oordeel.json
	@$(BIN)/python -m macros.github.controle $(if $(BASIS),--basis "$(BASIS)") $(if $(OORDEEL),--oordeel "$(OORDEEL)")

zizmor: $(STAMP)  ## the GitHub Actions security linter, offline: nothing at medium or above
	$(BIN)/zizmor --offline --min-severity medium --no-progress .github/workflows

lint: $(STAMP)  ## ruff check and ruff format --check on macros/ and tests/
	$(BIN)/ruff check macros tests
	$(BIN)/ruff format --check macros tests

format: $(STAMP)  ## ruff format and ruff check --fix on macros/ and tests/
	$(BIN)/ruff format macros tests
	$(BIN)/ruff check --fix macros tests

nakijken: $(STAMP)  ## for the editors: every entry, source and contact by age of its last check; old or defunct URLs
	@$(BIN)/python -m macros.github.review

formulieren: $(STAMP)  ## issue forms and CONTRIBUTING.md's links, generated from data/
	$(BIN)/python -m macros.github.generate

voorbeeld-uit-issue: $(STAMP)  ## EVENT=<issues event JSON>: write docs/praktijkvoorbeelden/<slug>.md
	@test -n "$(EVENT)" || { echo "gebruik: make voorbeeld-uit-issue EVENT=pad/naar/event.json" >&2; exit 2; }
	@$(BIN)/python -m macros.github.intake voorbeeld "$(EVENT)"

lezing-uit-issue: $(STAMP)  ## EVENT=<issues event JSON>: add the reading to glossary/<id>.yaml
	@test -n "$(EVENT)" || { echo "gebruik: make lezing-uit-issue EVENT=pad/naar/event.json" >&2; exit 2; }
	@$(BIN)/python -m macros.github.intake lezing "$(EVENT)"

clean:  ## remove site/, site-preview/ and the pytest cache
	rm -rf site site-preview .pytest_cache

bench: $(STAMP)  ## build cost per extra example vs bare Material (BASIS=<rev>: before/after) and where it goes, first-query bytes; glossary filter speed; pathological inputs
	$(BIN)/python -m tests.bench.examples $(if $(BASIS),--basis "$(BASIS)")
	$(BIN)/python -m tests.bench.phases
	$(BIN)/python -m tests.bench.glossary
	$(BIN)/python -m tests.bench.hostile
	$(BIN)/python -m tests.bench.controle

linkcheck-extern: build  ## opt-in: also check external links (needs internet)
	$(BIN)/linkchecker --config tests/config/linkcheckerrc --check-extern --no-robots site/index.html

help:  ## this list of targets and what each does
	@grep -E '^[a-z][a-z0-9-]*:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z0-9-]+):.*## (.*)/\1\t\2/' | \
		awk -F '\t' '{ printf "  make %-20s %s\n", $$1, $$2 }'
