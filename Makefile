# Two commands set everything up on a fresh machine:
#   make demo   install, ingest the bundled example pages into ./newsledger.db, print what was found
#   make test   install with test tools, run ruff, mypy and the test suite
PY ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

$(BIN)/newsledger: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

install: $(BIN)/newsledger

demo: install
	$(BIN)/newsledger ingest examples/pages --db newsledger.db
	$(BIN)/newsledger events --db newsledger.db --format table

docs: install
	$(BIN)/newsledger schema --format md > docs/schema.md
	COLUMNS=100 $(BIN)/newsledger help-md > docs/cli.md

lint: install
	$(BIN)/ruff check newsledger tests bench
	$(BIN)/mypy newsledger bench

test: lint
	$(BIN)/python -m pytest

.PHONY: install demo docs lint test
