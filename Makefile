# One entry point for the dev loop. `make run` and `make test` create .venv on first use: `make run` with
# what the app needs at run time, `make test` adds the test tools (the `dev` extra).
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
APP_STAMP = $(VENV)/.installed-app
STAMP = $(VENV)/.installed-dev

.PHONY: run install test test-fast lint campaign snapshot benchmark screenshots system-deps test-tools dist icons \
	clean translations qm

run: install
	$(BIN)/tvet-desktop

# What `make run` installs, without opening the window: for the command line alone, or a machine with no screen.
install: system-deps $(APP_STAMP) qm

test: system-deps test-tools $(STAMP) lint qm
	$(BIN)/pytest

# The Qt-free tests alone (no window, no campaigns): the quick loop while working on the core.
test-fast: $(STAMP)
	$(BIN)/pytest -m "not gui and not campaign"

# The reliability campaigns at full size (docs/reliability.md), beyond what fits in `make test`: 1,000 kills
# while saving notes (and 1,000 with the disk full or filling: needs root, to mount a small tmpfs), 300 kills
# during catalogue updates, the rendering corpus, and 20,000 generated command lines. About 9 minutes.
campaign: system-deps test-tools $(STAMP)
	$(BIN)/python -m tests.reliability.campaign 1000
	$(BIN)/python -m tests.reliability.campaign 1000 --full-disk
	$(BIN)/python -m tests.reliability.sync_campaign 300
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.reliability.render_campaign
	TVET_CLI_EXAMPLES=20000 $(BIN)/pytest -q tests/cli/test_hostile_arguments.py -k generated \
	  --hypothesis-show-statistics

lint: $(STAMP)
	$(BIN)/ruff check tvet_desktop tests benchmarks tools
	$(BIN)/mypy
	$(BIN)/lint-imports

system-deps:
	@sh packaging/system-deps.sh run

test-tools:
	@sh packaging/system-deps.sh test

$(APP_STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(APP_STAMP)

$(STAMP): $(APP_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The frozen Linux app with its .tar.gz, .deb and AppDir in dist/ (packaging/README.md). Not part of
# `make test`: it takes a few minutes and its own build environment in build/.
dist: $(APP_STAMP) qm
	@sh packaging/system-deps.sh run dist
	sh packaging/build-linux.sh

# The window's translations (docs/translations.md). `make translations` collects every tr() string of
# tvet_desktop/ into the .ts sources (new ones arrive unfinished, vanished ones are dropped), then compiles
# them; `make qm` only compiles (the .qm files are built, never committed). Translate with pyside6-linguist
# or any editor, then run `make qm` (or nothing: the window compiles an outdated .ts itself).
# English needs only its plural forms ("1 item", "2 items"): its .ts holds the strings with a count.
TS = $(foreach lang,fr es ar,tvet_desktop/ui/translations/tvet_desktop_$(lang).ts)
translations: $(APP_STAMP)
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none tvet_desktop -ts $(TS)
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none -pluralonly tvet_desktop \
	  -ts tvet_desktop/ui/translations/tvet_desktop_en.ts
	$(MAKE) qm

qm: $(APP_STAMP)
	$(BIN)/python tools/compile_translations.py

# The app icon's PNGs, redrawn from the SVG (they are committed; run this after changing the SVG).
icons:
	@sh packaging/system-deps.sh icons
	for size in 16 32 48 64 128 256 512; do \
	  rsvg-convert -w $$size -h $$size tvet_desktop/icons/tvet-desktop.svg -o tvet_desktop/icons/tvet-desktop-$$size.png; \
	done

# Rebuild the bundled catalogue from resources/ (a test fails when they differ).
snapshot: $(APP_STAMP)
	$(BIN)/tvet-desktop build-snapshot resources bundled_db/catalog.sqlite

benchmark: system-deps $(STAMP)
	$(BIN)/python -m benchmarks.run

# The README pictures, made in a throw-away data folder with a note, a bookmark and a reading list: the
# main window (light, dark, a 1366×768 laptop, in French and in Arabic), then the update and share dialogs and a handout's first
# page (tools/screenshots.py, which installs a version 2 it publishes itself); then, in a fresh data folder, the
# documents' pictures (tools/documents_screenshots.py: a trainer's PDFs, a quote, a catalogue's documents).
screenshots: system-deps $(APP_STAMP)
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
	$(BIN)/tvet-desktop --screenshot docs/screenshot-laptop.png --query "teacher" --size 1366x768 && \
	for lang in fr ar; do \
	  $(BIN)/tvet-desktop --screenshot docs/screenshot-$$lang.png --lang $$lang --query "digital skills teacher" \
	    --size 1280x800 --select digital-skills-development-in-tvet-teacher-training-trends || exit 1; \
	done && \
	$(BIN)/tvet-desktop --screenshot docs/screenshot-large-text.png --theme high-contrast --text-size 200 \
	  --query "teacher" --facet region=Africa --size 1366x768 && \
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py && \
	rm -rf "$$TVET_DESKTOP_DATA_DIR" && \
	export TVET_DESKTOP_DATA_DIR=$$(mktemp -d) && \
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/documents_screenshots.py && \
	rm -rf "$$TVET_DESKTOP_DATA_DIR"

clean:
	rm -rf $(VENV) build dist *.egg-info
