# One entry point for the dev loop. `make run` and `make test` create .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
STAMP = $(VENV)/.installed

.PHONY: run test test-fast lint snapshot benchmark screenshots system-deps clean

run: system-deps $(STAMP)
	$(BIN)/tvet-desktop

test: system-deps $(STAMP) lint
	$(BIN)/pytest

# The Qt-free tests alone (no window, no campaigns): the quick loop while working on the core.
test-fast: $(STAMP)
	$(BIN)/pytest -m "not gui and not campaign"

lint: $(STAMP)
	$(BIN)/ruff check tvet_desktop tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

system-deps:
	@sh packaging/system-deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Rebuild the bundled catalogue from resources/ (a test fails when they differ).
snapshot: $(STAMP)
	$(BIN)/tvet-desktop build-snapshot resources bundled_db/catalog.sqlite

benchmark: system-deps $(STAMP)
	$(BIN)/python -m benchmarks.run

# The README pictures, made in a throw-away data folder with a note, a bookmark and a reading list.
screenshots: system-deps $(STAMP)
	export TVET_DESKTOP_DATA_DIR=$$(mktemp -d) && \
	$(BIN)/tvet-desktop notes set digital-skills-development-in-tvet-teacher-training-trends \
	  "Use with the **week 3** group: ask which digital tools they already use." && \
	$(BIN)/tvet-desktop lists create "Welding — week 3" && \
	$(BIN)/tvet-desktop lists add "Welding — week 3" digital-skills-development-in-tvet-teacher-training-trends green-jobs && \
	$(BIN)/tvet-desktop bookmarks add green-jobs && \
	$(BIN)/tvet-desktop --screenshot docs/screenshot.png --query "digital skills teacher" --size 1280x800 \
	  --select digital-skills-development-in-tvet-teacher-training-trends && \
	$(BIN)/tvet-desktop --screenshot docs/screenshot-dark.png --dark --query "green" --facet kind=publication \
	  --size 1024x640 && \
	rm -rf "$$TVET_DESKTOP_DATA_DIR"

clean:
	rm -rf $(VENV) build dist *.egg-info
