"""Shared fixtures. GUI tests run headless: the suite itself selects Qt's off-screen platform."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from typing import TYPE_CHECKING

from tvet_desktop.catalog.build import build_snapshot
from tvet_desktop.catalog.snapshot import Catalog
from tvet_desktop.documents.service import DocumentService
from tvet_desktop.search.engine import SearchEngine

from .disks import SmallDisk

if TYPE_CHECKING:
    from collections.abc import Iterator

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent

ITEMS: list[dict[str, Any]] = [
    {"id": "welding-safety-guide", "kind": "publication", "title": "Welding safety guide for trainers",
     "summary": "How workshop trainers teach safe welding to apprentices.",
     "body": "## Protective gear\nEvery apprentice wears a mask. Training sessions end with a short quiz.",
     "year": 2021, "country": "Kenya", "region": "Africa", "themes": ["workshop safety", "welding"],
     "languages": ["en"], "authors": ["Amina Odhiambo"], "url": "https://example.org/welding",
     "licence": "CC BY-SA 3.0 IGO", "isbn": "978-92-95071-00-0",
     "sources": "Seen in a workshop newsletter (photocopy of page 3)"},
    {"id": "digital-skills-teachers", "kind": "publication", "title": "Digital skills for TVET teachers",
     "summary": "A study of digital competence among vocational teachers.",
     "body": "Teachers in many countries lack time for digital training. Blended learning helps.",
     "year": 2022, "country": "Germany", "region": "Europe and North America",
     "themes": ["digital skills", "teacher training"], "languages": ["en", "de"]},
    {"id": "solar-installers-practice", "kind": "practice", "title": "Training solar installers in rural areas",
     "summary": "A practice that combines mobile workshops with peer mentoring.",
     "body": "The centre trains installers for green jobs. Éducation numérique supports the theory part.",
     "year": 2023, "country": "Ghana", "region": "Africa", "submitter": "Accra Technical Centre",
     "themes": ["green skills", "digital skills"], "languages": ["en", "fr"]},
    {"id": "greening-tvet", "kind": "glossary_term", "title": "Greening TVET",
     "summary": "Aligning TVET with sustainable development.", "themes": ["green skills"], "languages": ["en"]},
    {"id": "apprenticeship-programme", "kind": "programme", "title": "Apprenticeship programme",
     "summary": "Dual training between companies and schools.",
     "body": "Companies and schools share the training. The word welding appears once, deep in the body.",
     "year": 2019, "country": "Spain", "region": "Europe and North America", "themes": ["apprenticeships"],
     "languages": ["es"]},
]


def write_source(folder: Path, items: list[dict[str, Any]] = ITEMS, version: int = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(item, ensure_ascii=False) for item in items]
    (folder / "catalog.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "snapshot.json").write_text(json.dumps({"catalogue_version": version, "created": "2026-01-02T00:00:00Z"}))
    return folder


@pytest.fixture
def source_dir(tmp_path: Path) -> Path:
    return write_source(tmp_path / "source")


@pytest.fixture
def snapshot_path(tmp_path: Path, source_dir: Path) -> Path:
    path = tmp_path / "catalog.sqlite"
    build_snapshot(source_dir, path)
    return path


@pytest.fixture
def catalog(snapshot_path: Path) -> Iterator[Catalog]:
    with Catalog(snapshot_path) as opened:
        yield opened


@pytest.fixture
def engine(catalog: Catalog) -> SearchEngine:
    return SearchEngine(catalog)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    """A 1 MiB tmpfs (needs root to mount: skipped otherwise, with the reason)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    try:
        disk = SmallDisk.mount(tmp_path / "disk", "1m")
    except OSError as error:
        pytest.skip(f"cannot mount a tmpfs here: {error}")
    try:
        yield disk
    finally:
        disk.unmount()


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own user data folder; nothing touches the real one."""
    path = tmp_path / "user-data"
    monkeypatch.setenv("TVET_DESKTOP_DATA_DIR", str(path))
    return path


@pytest.fixture
def documents(data_dir: Path) -> Iterator[DocumentService]:
    """The user's documents in this test's own data folder."""
    service = DocumentService.open()
    yield service
    service.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """``gui``: drives real Qt widgets or starts the window; ``campaign``: kills and crashes, slow. ``make
    test`` runs everything; ``make test-fast`` leaves both out."""
    for item in items:
        area = item.path.relative_to(TESTS).parts[0]
        if area == "reliability":
            item.add_marker(pytest.mark.campaign)
        if area == "ui" or {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def english_window(qapp, tmp_path_factory: pytest.TempPathFactory) -> None:  # type: ignore[no-untyped-def]
    """The window in English, as the app starts it on an English system: with the English plural forms
    ("1 item", "5 items"), which come from tvet_desktop_en.ts like every other translation. A test that
    switches language switches back to this (tests/ui/test_languages.py)."""
    from tvet_desktop.ui.language import install

    install("en", tmp_path_factory.mktemp("translations"))
