"""Adding documents: what each kind of file gives (title, authors, year, pages), the copy in the data folder,
the same file twice, removing, re-reading a folder."""

from __future__ import annotations

import sqlite3
import time
from typing import TYPE_CHECKING

import pytest

from tvet_desktop.documents.formats import EPUB, HTML, MARKDOWN, PDF, TEXT
from tvet_desktop.documents.service import DocumentService
from tvet_desktop.documents.store import WouldWait
from tvet_desktop.library.store import open_notes

from .files import epub, scanned_pdf, text_pdf

if TYPE_CHECKING:
    from pathlib import Path


def test_each_kind_of_file_gives_its_title_authors_year_and_pages(documents: DocumentService, stick: Path) -> None:
    text_pdf(stick / "welding.pdf", ["Safety first", "Arc welding", "Assessment"], title="Welding handbook",
             author="Amina Odhiambo; Jean Dupont", date="D:20210304120000")
    text_pdf(stick / "untitled.pdf", ["Solar installers in rural areas\nA practice from Ghana"])
    epub(stick / "green.epub", ["<h1>Intro</h1><p>Green jobs</p>", "<p>Wind</p>", "<p>Water</p>"],
         title="Greening TVET", author="A. Writer", date="2019-05-01")
    (stick / "page.html").write_text("<html><head><title>Workshop rules</title></head><body><p>Gloves.</p>"
                                     "</body></html>", encoding="utf-8")
    (stick / "plan.md").write_text("Intro line\n\n# Session plan: week 3\n\nBring masks.\n", encoding="utf-8")
    (stick / "list.txt").write_text("Masks\nGloves\n", encoding="utf-8")

    report = documents.add([stick])

    assert report.failed == () and len(report.added) == 6
    found = {d.file_name: d for d in documents.list()}
    assert found["welding.pdf"][1:6] == ("Welding handbook", ("Amina Odhiambo", "Jean Dupont"), 2021, 3, PDF)
    assert found["untitled.pdf"].title == "Solar installers in rural areas"  # no metadata: its first line
    assert found["green.epub"][1:6] == ("Greening TVET", ("A. Writer",), 2019, 3, EPUB)
    assert (found["page.html"].title, found["page.html"].media_type) == ("Workshop rules", HTML)
    assert (found["plan.md"].title, found["plan.md"].media_type) == ("Session plan: week 3", MARKDOWN)
    assert (found["list.txt"].title, found["list.txt"].media_type) == ("list", TEXT)  # no heading: the name


def test_the_file_is_copied_so_the_stick_can_go(documents: DocumentService, stick: Path) -> None:
    original = text_pdf(stick / "guide.pdf", ["Welding masks"])
    (document,) = documents.add([original]).added
    original.unlink()  # the stick is pulled out

    path, media_type = documents.file_of(document.id)
    assert media_type == PDF and path.read_bytes()[:5] == b"%PDF-" and path.is_relative_to(documents.store.folder)
    assert documents.search("masks").hits[0].document.id == document.id


def test_the_same_file_twice_under_two_names_adds_nothing(documents: DocumentService, stick: Path) -> None:
    text_pdf(stick / "a.pdf", ["Welding masks"])
    (stick / "copy of a.pdf").write_bytes((stick / "a.pdf").read_bytes())

    first = documents.add([stick / "a.pdf"])
    again = documents.add([stick])

    assert len(first.added) == 1 and again.added == () and [d.id for d in again.skipped] == [first.added[0].id] * 2
    assert len(documents.list()) == 1
    assert len(list(documents.store.files.glob("*/*"))) == 1


def test_a_scanned_pdf_is_added_and_marked_without_searchable_text(documents: DocumentService, stick: Path) -> None:
    (document,) = documents.add([scanned_pdf(stick / "scan.pdf", pages=3)]).added
    assert document.pages == 3 and not document.searchable


def test_removing_a_document_keeps_the_note_on_it(documents: DocumentService, stick: Path, data_dir: Path) -> None:
    (document,) = documents.add([text_pdf(stick / "guide.pdf", ["Welding masks"])]).added
    other = documents.add([text_pdf(stick / "other.pdf", ["Masks for painters"])]).added[0]
    notes = open_notes(data_dir, backup=False)
    item = documents.item(document.id)
    assert item is not None
    notes.save_item_note(item.id, "Use page 1 in week 3", item.title, None)

    documents.remove(document.id)

    assert documents.get(document.id) is None and documents.search("welding").hits == ()
    assert [h.document.id for h in documents.search("masks").hits] == [other.id]  # the other one untouched
    assert not list(documents.store.files.glob(f"*/{document.sha256}*"))
    kept = notes.note_for_item(document.id)
    assert kept is not None and kept.text == "Use page 1 in week 3"
    notes.close()


def test_removing_takes_its_words_out_of_the_vocabulary(documents: DocumentService, stick: Path) -> None:
    (document,) = documents.add([text_pdf(stick / "guide.pdf", ["Xylophone workshop"])]).added
    documents.remove(document.id)
    conn = sqlite3.connect(documents.store.folder / "documents.sqlite")
    assert conn.execute("SELECT count(*) FROM vocabulary").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM pages").fetchone()[0] == 0
    conn.close()


def test_rescan_adds_new_and_changed_files_and_names_the_gone(documents: DocumentService, stick: Path) -> None:
    text_pdf(stick / "a.pdf", ["Welding masks"])
    text_pdf(stick / "b.pdf", ["Painting booths"])
    documents.add([stick])
    (stick / "b.pdf").unlink()
    text_pdf(stick / "a.pdf", ["Welding masks, second edition"])
    text_pdf(stick / "c.pdf", ["Carpentry"])

    report = documents.rescan(stick)

    assert sorted(d.file_name for d in report.added) == ["a.pdf", "c.pdf"]
    assert [d.title for d in report.gone] == ["Painting booths"]
    assert [(earlier.title, new.title) for earlier, new in report.replaced] == \
        [("Welding masks", "Welding masks, second edition")]
    assert len(documents.list()) == 4  # until the caller carries the notes over and retires the earlier version
    documents.retire(*report.replaced[0])
    assert sorted(d.title for d in documents.list()) == ["Carpentry", "Painting booths",
                                                         "Welding masks, second edition"]


def test_an_earlier_version_s_id_leads_to_the_latest_version(documents: DocumentService, stick: Path) -> None:
    """A script or a note of the user's may keep a document's id; its file corrected twice, the first id still
    finds the latest version; the first version put back, its id is its own again."""
    text_pdf(stick / "a.pdf", ["Welding masks"])
    original = (stick / "a.pdf").read_bytes()
    (first,) = documents.add([stick]).added
    for edition in ("second", "third"):
        text_pdf(stick / "a.pdf", [f"Welding masks, {edition} edition"])
        documents.retire(*documents.rescan(stick).replaced[0])
    latest = documents.later_version(first.id)
    assert latest is not None and latest.title == "Welding masks, third edition"
    assert documents.get(first.id) is None and documents.later_version(latest.id) is None
    (stick / "a.pdf").write_bytes(original)
    documents.retire(*documents.rescan(stick).replaced[0])
    assert documents.get(first.id) is not None and documents.later_version(first.id) is None
    assert documents.later_version(latest.id) == documents.get(first.id)


def test_rescan_leaves_out_removed_files_and_a_new_version_can_be_reverted(documents: DocumentService,
                                                                          stick: Path) -> None:
    text_pdf(stick / "a.pdf", ["Welding masks"])
    text_pdf(stick / "b.pdf", ["Painting booths"])
    documents.add([stick])
    documents.remove(next(d.id for d in documents.list() if d.title == "Painting booths"))
    original = (stick / "a.pdf").read_bytes()
    text_pdf(stick / "a.pdf", ["Welding masks, second edition"])

    report = documents.rescan(stick)
    assert report.removed_before == (str(stick / "b.pdf"),) and not report.gone
    documents.retire(*report.replaced[0])
    (stick / "a.pdf").write_bytes(original)  # the change undone: the first version was retired, not removed
    report = documents.rescan(stick)

    assert [new.title for _, new in report.replaced] == ["Welding masks"]
    assert [d.title for d in report.added] == ["Welding masks"] and report.removed_before
    documents.add([stick / "b.pdf"])  # chosen again: added, and no longer left out
    assert not documents.rescan(stick).removed_before


def test_a_changed_file_that_cannot_be_read_is_not_called_gone(documents: DocumentService, stick: Path) -> None:
    text_pdf(stick / "a.pdf", ["Welding masks"])
    documents.add([stick])
    (stick / "a.pdf").write_bytes(b"%PDF-1.7 cut off by a pulled USB stick")
    report = documents.rescan(stick)
    assert [failure.path for failure in report.failed] == [str(stick / "a.pdf")]
    assert not report.gone and not report.replaced and [d.title for d in documents.list()] == ["Welding masks"]


def test_a_new_version_added_by_a_stopped_read_is_paired_the_next_time(documents: DocumentService,
                                                                        stick: Path) -> None:
    for name in ("a", "b", "c"):
        text_pdf(stick / f"{name}.pdf", [f"Handout {name}"])
    documents.add([stick])
    text_pdf(stick / "a.pdf", ["Handout a, corrected"])
    seen: list[int] = []
    stopped = documents.rescan(stick, lambda done, total, name: seen.append(done), should_stop=lambda: len(seen) > 1)
    assert stopped.stopped and [d.title for d in stopped.added] == ["Handout a, corrected"] and not stopped.replaced
    again = documents.rescan(stick)
    assert not again.added and [(earlier.title, new.title) for earlier, new in again.replaced] == \
        [("Handout a", "Handout a, corrected")]
    assert again.replaced[0][1] in again.skipped  # already there: the window counts it as updated, not added


def test_a_folder_read_again_through_a_link_still_pairs_its_changed_files(documents: DocumentService,
                                                                           stick: Path) -> None:
    text_pdf(stick / "a.pdf", ["Welding masks"])
    documents.add([stick])
    link = stick.parent / "usb-link"
    link.symlink_to(stick, target_is_directory=True)
    text_pdf(stick / "a.pdf", ["Welding masks, second edition"])
    report = documents.rescan(link)
    assert [(earlier.title, new.title) for earlier, new in report.replaced] == \
        [("Welding masks", "Welding masks, second edition")] and not report.gone


def test_a_stopped_rescan_calls_nothing_gone(documents: DocumentService, stick: Path) -> None:
    for name in ("a", "b", "c"):
        text_pdf(stick / f"{name}.pdf", [f"Handout {name}"])
    documents.add([stick])
    report = documents.rescan(stick, should_stop=lambda: True)
    assert report.stopped and not report.gone and not report.replaced


def test_cancel_keeps_what_was_added_and_nothing_half(documents: DocumentService, stick: Path) -> None:
    for number in range(4):
        text_pdf(stick / f"{number}.pdf", [f"Document {number} about welding"] * 3)
    seen: list[int] = []

    def progress(done: int, total: int, name: str) -> None:
        seen.append(done)

    report = documents.add([stick], progress, should_stop=lambda: len(seen) > 2)

    assert report.stopped and len(report.added) == 2
    assert {d.id for d in documents.list()} == {d.id for d in report.added}
    assert len(list(documents.store.files.glob("*/*"))) == 2 and not list(documents.store.incoming.iterdir())


# What version 4 did not have (the earlier versions' ids of version 5).
DROP_REPLACED = "DROP TABLE replaced;"
# What version 3 did not have (the removed files of version 4, and what came later).
DROP_REMOVED = "DROP TABLE removed;" + DROP_REPLACED
# What version 2 did not have (the page lists of version 3, and what came later).
DROP_PAGE_LISTS = ("DROP TABLE term_pages; DROP TABLE page_lists; DROP TABLE list_bounds; DROP TABLE index_stats; "
                   "DROP TABLE irregular_pages;" + DROP_REMOVED)


def test_documents_from_the_first_version_are_still_found_with_passages(data_dir: Path, stick: Path) -> None:
    """Version 1 of the documents database had no checkpoints: it is upgraded, its pages' passages made the
    slow way."""
    from tvet_desktop.documents.service import DocumentService

    service = DocumentService.open()
    service.add([text_pdf(stick / "old.pdf", ["Safety first", "Arc welding with masks"])])
    folder = service.store.folder
    service.close()
    conn = sqlite3.connect(folder / "documents.sqlite")
    conn.executescript("ALTER TABLE pages DROP COLUMN marks; PRAGMA user_version = 1;" + DROP_PAGE_LISTS)
    conn.close()
    service = DocumentService.open()
    (hit,) = service.search("masks").hits
    assert hit.pages[0].page == 2 and hit.pages[0].snippet_html == "Arc welding with <b>masks</b>"
    service.close()


def opened_as_version(version: int, drop: str, files: list[Path]) -> DocumentService:
    """``files`` added, the database made as ``version`` had it (``drop``: what came later), then opened again by
    a start that does not wait (quick upgrades are done all the same)."""
    service = DocumentService.open()
    service.add(files)
    folder = service.store.folder
    service.close()
    conn = sqlite3.connect(folder / "documents.sqlite")
    conn.executescript(f"{drop}PRAGMA user_version = {version};")
    conn.close()
    return DocumentService.open(wait=False)


def test_documents_of_version_3_open_at_once_and_remember_removals(data_dir: Path, stick: Path) -> None:
    """Version 4 only adds the table of removed files."""
    service = opened_as_version(3, DROP_REMOVED, [text_pdf(stick / "a.pdf", ["Arc welding"]),
                                                  text_pdf(stick / "b.pdf", ["Brazing"])])
    service.remove(next(d.id for d in service.list() if d.title == "Brazing"))
    assert service.rescan(stick).removed_before == (str(stick / "b.pdf"),)
    service.close()


def test_documents_of_version_4_open_at_once_and_keep_the_earlier_version_s_id(data_dir: Path,
                                                                               stick: Path) -> None:
    """Version 5 only adds the table of earlier versions' ids."""
    service = opened_as_version(4, DROP_REPLACED, [text_pdf(stick / "a.pdf", ["Arc welding"])])
    (first,) = service.list()
    text_pdf(stick / "a.pdf", ["Arc welding, corrected"])
    service.retire(*service.rescan(stick).replaced[0])
    later = service.later_version(first.id)
    assert later is not None and later.title == "Arc welding, corrected"
    service.close()


def test_a_copy_just_arriving_is_never_tidied_away(documents: DocumentService) -> None:
    """Another process's copy may exist for a moment before it is locked: a fresh one is left alone."""
    fresh = documents.store.incoming / "arriving.part"
    fresh.write_bytes(b"%PDF-")
    assert documents.store.tidy() == 0 and fresh.exists()
    import os
    import time

    os.utime(fresh, (time.time() - 120, time.time() - 120))
    assert documents.store.tidy() == 1 and not fresh.exists()


def test_removing_while_a_folder_is_added_keeps_both_whole(documents: DocumentService, tmp_path: Path) -> None:
    # The window removes on one worker thread while another adds: one connection, so one writer at a time.
    import threading

    long_one = tmp_path / "long.txt"
    long_one.write_text("\n\n".join(f"Section {n}: welding bay rules, gloves and masks. " * 60 for n in range(200)),
                        encoding="utf-8")
    kept = documents.add([long_one]).added[0]
    folder = tmp_path / "stick"
    folder.mkdir()
    for n in range(5):
        (folder / f"sheet{n}.txt").write_text(f"Worksheet {n}: solar panel wiring, lesson {n}.", encoding="utf-8")
    errors: list[BaseException] = []

    def remove() -> None:
        try:
            documents.remove(kept.id)
        except BaseException as error:  # reported below, with the add's
            errors.append(error)

    remover = threading.Thread(target=remove)
    remover.start()
    report = documents.add([folder])
    remover.join()
    assert errors == [] and not report.failed and len(report.added) == 5
    assert {d.id for d in documents.list()} == {d.id for d in report.added}
    assert documents.search("welding").hits == () and len(documents.search("worksheet solar").hits) == 5


def test_opening_without_waiting_while_another_program_adds_says_so_at_once(documents: DocumentService,
                                                                              stick: Path) -> None:
    """The window's start opens the documents without waiting: while another program adds a file (holding the
    write lock), it hears so within a moment instead of hanging, and opens them as soon as the lock is free."""
    documents.add([text_pdf(stick / "kept.pdf", ["Kept page."])])
    other = sqlite3.connect(documents.store.folder / "documents.sqlite", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        with pytest.raises(WouldWait) as waited:
            DocumentService.open(wait=False)
        assert waited.value.reason == "busy" and time.monotonic() - started < 5
    finally:
        other.execute("ROLLBACK")
        other.close()
    again = DocumentService.open(wait=False)
    try:
        assert [d.title for d in again.list()] == ["Kept page."]
        assert again.store.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 60_000  # its writes wait again
    finally:
        again.close()
