# NMIRF Exchange. `make run` serves the demo site; `make test` runs the whole suite.
SHELL := /bin/bash
PYTHON ?= $(shell for p in python3.11 python3.12 python3.13 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	&& { echo $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml requirements.lock | cksum | cut -d' ' -f1)
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: venv run test lint format migrate demo messages bench clean browser-deps screenshots

$(STAMP): pyproject.toml requirements.lock
	@test -n "$(PYTHON)" || { echo "Python 3.11 or newer is needed (python3.11, python3.12 or python3.13)."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

venv: $(STAMP)

migrate: venv
	$(MANAGE) migrate --noinput

demo: migrate
	DEBUG=1 $(MANAGE) load_demo_data

run: demo
	@echo "Serving http://$(HOST):$(PORT)/  (demo accounts: see README.md)"
	DEBUG=1 $(MANAGE) runserver $(HOST):$(PORT)

test: venv
	$(BIN)/pytest $(PYTEST_ARGS)

# Test-only JavaScript for the browser tests: axe-core from package-lock.json (needs npm).
browser-deps: node_modules/axe-core/axe.min.js

node_modules/axe-core/axe.min.js: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

# PNG screenshots of the key pages, desktop and mobile, ltr and rtl, into var/screenshots/.
screenshots: venv browser-deps
	SCREENSHOTS_DIR=var/screenshots $(BIN)/pytest -q -p no:cacheprovider tests/browser/screenshots.py

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: venv
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Re-extract interface strings and compile the catalogues (needs GNU gettext).
messages: venv
	$(MANAGE) makemessages --all --no-obsolete --ignore='.venv/*' --ignore='tests/*' --ignore='bench/*' --ignore='node_modules/*'
	$(MANAGE) compilemessages --ignore='.venv/*'

bench: venv
	$(BIN)/python bench/pages.py
	$(BIN)/python bench/network.py
	$(BIN)/python bench/library.py
	$(BIN)/python bench/forum.py --quick
	$(BIN)/python bench/search.py
	$(BIN)/python bench/practices.py
	$(BIN)/python bench/load.py

clean:
	rm -rf $(VENV) var db.sqlite3 node_modules
