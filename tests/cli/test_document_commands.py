"""`tvet-desktop documents add|list|remove|rescan` and documents in `search`, `notes`, `bookmarks`."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from tvet_desktop.catalog.build import build_snapshot
from tvet_desktop.launch import main

from ..conftest import ITEMS, write_source
from ..documents.files import encrypted_pdf, text_pdf

if TYPE_CHECKING:
    from pathlib import Path

    import pytest


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_prints_json_and_one_line_per_failed_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    (stick / "inner").mkdir(parents=True)
    text_pdf(stick / "inner" / "welding.pdf", ["Masks", "Gloves"], title="Welding handbook")
    encrypted_pdf(stick / "secret.pdf")
    (stick / "empty.txt").write_text("")

    code, out, err = run(capsys, "documents", "add", str(stick), "--json")

    assert code == 1
    (added,) = json.loads(out)
    assert added["title"] == "Welding handbook" and added["pages"] == 2 and added["id"].startswith("doc-")
    assert added["path"] == str(stick / "inner" / "welding.pdf")
    assert err.splitlines() == [
        "tvet-desktop: “empty.txt” is empty (0 bytes); there is nothing to add.",
        "tvet-desktop: “secret.pdf” is protected by a password; open it in the program that made it, save a copy "
        "without the password, and add that."]
    code, out, _ = run(capsys, "documents", "add", str(stick / "inner"))
    assert code == 0 and out == "Added 0 documents; 1 already there.\n"
    (stick / "more").mkdir()
    text_pdf(stick / "more" / "cutting.pdf", ["Cutting discs"], title="Cutting")
    code, out, _ = run(capsys, "documents", "add", str(stick / "more"))
    (listed,) = [d for d in json.loads(run(capsys, "documents", "list", "--json")[1]) if d["title"] == "Cutting"]
    assert code == 0 and out == f"Added 1 document.\n  Cutting · id: {listed['id']}\n"  # the id notes take
    (stick / "pictures").mkdir()
    (stick / "pictures" / "logo.png").write_bytes(b"\x89PNG\r\n")
    code, out, err = run(capsys, "documents", "add", str(stick / "pictures"))
    assert code == 0 and out == "Added 0 documents.\n" and "no document file there" in err


def test_search_names_each_document_once_with_its_pages_under_it(capsys: pytest.CaptureFixture[str],
                                                                  tmp_path: Path, snapshot_path: Path) -> None:
    pdf = text_pdf(tmp_path / "guide.pdf", ["Grinding sparks", "Safety first", "Sparks and solvents"], title="Guide")
    assert run(capsys, "documents", "add", str(pdf))[0] == 0
    code, out, _ = run(capsys, "--catalog", str(snapshot_path), "search", "sparks", "--kind", "document")
    assert code == 0 and out.count("Guide") == 1 and "Guide (2 matching pages)\n" in out
    assert "\n  p. 1: Grinding sparks\n" in out and "\n  p. 3: Sparks and solvents\n" in out  # best page first
    code, out, _ = run(capsys, "--catalog", str(snapshot_path), "search", "sparks", "--kind", "document", "--json")
    assert sorted(hit["page"] for hit in json.loads(out)) == [1, 3]  # the JSON: one entry per page


def test_list_search_remove(capsys: pytest.CaptureFixture[str], tmp_path: Path, snapshot_path: Path) -> None:
    pdf = text_pdf(tmp_path / "guide.pdf", ["Safety", "Arc welding with a mask", "Quiz"], title="Guide")
    assert run(capsys, "documents", "add", str(pdf))[0] == 0
    code, out, _ = run(capsys, "documents", "list", "--json")
    (listed,) = json.loads(out)
    doc_id = listed["id"]
    assert code == 0 and listed["pages"] == 3 and listed["media_type"] == "application/pdf"

    code, out, _ = run(capsys, "--catalog", str(snapshot_path), "search", "mask", "--json")
    hits = json.loads(out)
    document = [hit for hit in hits if hit["kind"] == "document"]
    assert code == 0 and [(h["id"], h["page"]) for h in document] == [(doc_id, 2)]
    assert document[0]["snippet"] == "Arc welding with a mask" and any(h["kind"] != "document" for h in hits)
    code, out, _ = run(capsys, "--catalog", str(snapshot_path), "search", "mask", "--kind", "document", "--json")
    assert [hit["kind"] for hit in json.loads(out)] == ["document"]
    code, out, _ = run(capsys, "--catalog", str(snapshot_path), "search", "arc")
    assert f"In your documents:\n\nGuide (1 matching page)\n  id: {doc_id}\n  p. 2: Arc welding with a mask\n" in out
    # No page has all three words: the pages with most of them, said as the window says it.
    code, out, err = run(capsys, "--catalog", str(snapshot_path), "search", "arc mask ventilation", "--json")
    assert [(h["id"], h["page"]) for h in json.loads(out) if h["kind"] == "document"] == [(doc_id, 2)]
    assert "showing the closest matches" in err
    # A page has every word: no catalogue item with only some of them is listed, and nothing is said.
    code, out, err = run(capsys, "--catalog", str(snapshot_path), "search", "arc welding mask", "--json")
    assert [(h["kind"], h["page"]) for h in json.loads(out)] == [("document", 2)] and "closest" not in err

    assert run(capsys, "--catalog", str(snapshot_path), "notes", "set", doc_id, "Page 2 for week 3")[0] == 0
    # The notes are searched too, as the window lists them with a query.
    code, out, _ = run(capsys, "--catalog", str(snapshot_path), "search", "week", "--json")
    noted = [hit for hit in json.loads(out) if hit["kind"] == "note"]
    assert code == 0 and [(h["title"], h["item_id"], h["snippet"]) for h in noted] == [
        ("Guide", doc_id, "Page 2 for week 3")]
    assert f"In your notes:\n\nGuide\n  on document {doc_id}\n  Page 2 for week 3\n" in \
        run(capsys, "--catalog", str(snapshot_path), "search", "week")[1]
    assert run(capsys, "--catalog", str(snapshot_path), "bookmarks", "add", doc_id)[1] == "Bookmarked “Guide”.\n"
    code, out, _ = run(capsys, "documents", "remove", doc_id)
    assert code == 0 and out == "Removed “Guide”; a note on it is kept under your notes.\n"
    code, out, _ = run(capsys, "--catalog", str(snapshot_path), "notes", "list", "--json")
    (note,) = json.loads(out)
    assert note["text"] == "Page 2 for week 3" and note["status"] == "the document was removed"
    other = text_pdf(tmp_path / "other.pdf", ["Nothing noted"], title="Other")
    assert run(capsys, "documents", "add", str(other))[0] == 0
    (listed,) = json.loads(run(capsys, "documents", "list", "--json")[1])
    assert run(capsys, "documents", "remove", listed["id"])[1] == "Removed “Other”.\n"  # no note: none named
    code, _, err = run(capsys, "documents", "remove", doc_id)
    assert code == 1 and err == (f"tvet-desktop: There is no document {doc_id}; `tvet-desktop documents list` "
                                 "shows the ids.\n")


def test_lists_and_bookmarks_say_which_entries_are_gone(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                        snapshot_path: Path) -> None:
    """A removed document and an item the next catalogue dropped stay listed, each saying why it cannot open."""
    pdf = text_pdf(tmp_path / "guide.pdf", ["Arc welding"], title="Guide")
    code, out, _ = run(capsys, "documents", "add", str(pdf), "--json")
    doc_id = json.loads(out)[0]["id"]
    catalog = ["--catalog", str(snapshot_path)]
    assert run(capsys, "lists", "create", "Week 3")[0] == 0
    assert run(capsys, *catalog, "lists", "add", "Week 3", doc_id, "greening-tvet", "welding-safety-guide")[0] == 0
    assert run(capsys, *catalog, "bookmarks", "add", doc_id)[0] == 0
    assert run(capsys, "documents", "remove", doc_id)[0] == 0
    later = tmp_path / "v2.sqlite"
    build_snapshot(write_source(tmp_path / "v2", [i for i in ITEMS if i["id"] != "greening-tvet"], 2), later)
    code, out, _ = run(capsys, "--catalog", str(later), "lists", "show", "Week 3")
    assert code == 0 and out.splitlines() == [
        f"1. Guide ({doc_id}) — the document was removed",
        "2. Greening TVET (greening-tvet) — no longer in the catalogue",
        "3. Welding safety guide for trainers (welding-safety-guide)"]
    code, out, _ = run(capsys, "--catalog", str(later), "bookmarks", "show", "--json")
    assert json.loads(out) == [{"item_id": doc_id, "title": "Guide", "status": "the document was removed"}]


def test_a_damaged_documents_database_leaves_lists_readable(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                            data_dir: Path, snapshot_path: Path) -> None:
    pdf = text_pdf(tmp_path / "guide.pdf", ["Arc welding"], title="Guide")
    doc_id = json.loads(run(capsys, "documents", "add", str(pdf), "--json")[1])[0]["id"]
    assert run(capsys, "lists", "create", "Week 3")[0] == 0
    assert run(capsys, "--catalog", str(snapshot_path), "lists", "add", "Week 3", doc_id)[0] == 0
    (data_dir / "documents" / "documents.sqlite").write_bytes(b"not a database" * 100)
    code, out, _ = run(capsys, "--catalog", str(snapshot_path), "lists", "show", "Week 3")
    assert code == 0 and out == f"1. Guide ({doc_id})\n"


def test_rescan_adds_the_new_and_names_the_gone(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    text_pdf(stick / "a.pdf", ["Alpha"])
    run(capsys, "documents", "add", str(stick))
    (stick / "a.pdf").unlink()
    text_pdf(stick / "b.pdf", ["Beta"])
    code, out, err = run(capsys, "documents", "rescan", str(stick), "--json")
    assert code == 0 and [row["title"] for row in json.loads(out)] == ["Beta"]
    assert "“Alpha”" in err and "is no longer in" in err
    assert "it is kept, with any note on it, until you remove it" in err


def test_rescan_replaces_a_changed_handout_and_its_note_follows(capsys: pytest.CaptureFixture[str],
                                                                 tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    text_pdf(stick / "b.pdf", ["Beta brazing handout"])
    run(capsys, "documents", "add", str(stick))
    earlier = json.loads(run(capsys, "documents", "list", "--json")[1])[0]["id"]
    assert run(capsys, "notes", "set", earlier, "Use with the second-year group")[0] == 0
    text_pdf(stick / "b.pdf", ["Beta brazing handout, corrected"])  # corrected where it was
    code, out, _ = run(capsys, "documents", "rescan", str(stick))
    listed = json.loads(run(capsys, "documents", "list", "--json")[1])
    assert code == 0 and len(listed) == 1 and listed[0]["id"] != earlier  # one copy: the new one
    assert "Updated “Beta brazing handout”" in out and "your note, bookmark and reading lists follow it" in out
    assert "Use with the second-year group" in run(capsys, "notes", "show", listed[0]["id"])[1]


def test_an_earlier_version_s_id_still_finds_the_document(capsys: pytest.CaptureFixture[str],
                                                          tmp_path: Path, snapshot_path: Path) -> None:
    """An id kept from before the file was corrected (in a script, or noted down) finds the latest version, and
    says so; removing by it names the version to remove instead of guessing."""
    stick = tmp_path / "stick"
    stick.mkdir()
    text_pdf(stick / "b.pdf", ["Beta brazing handout"])
    earlier = json.loads(run(capsys, "documents", "add", str(stick), "--json")[1])[0]["id"]
    text_pdf(stick / "b.pdf", ["Beta brazing handout, corrected"])
    assert run(capsys, "documents", "rescan", str(stick))[0] == 0
    (latest,) = [row["id"] for row in json.loads(run(capsys, "documents", "list", "--json")[1])]
    code, out, err = run(capsys, "--catalog", str(snapshot_path), "bookmarks", "add", earlier)
    assert code == 0 and out == "Bookmarked “Beta brazing handout, corrected”.\n"
    assert f"{earlier} is an earlier version of “Beta brazing handout, corrected”" in err and latest in err
    assert json.loads(run(capsys, "bookmarks", "show", "--json")[1])[0]["item_id"] == latest
    assert run(capsys, "--catalog", str(snapshot_path), "notes", "set", latest, "Week 3")[0] == 0
    assert run(capsys, "notes", "show", earlier)[1] == "Week 3"
    assert run(capsys, "lists", "create", "W")[0] == 0
    assert run(capsys, "--catalog", str(snapshot_path), "lists", "add", "W", latest, "greening-tvet")[0] == 0
    assert run(capsys, "lists", "move", "W", earlier, "2")[1] == f"{latest} is now number 2 of 2 in “W”.\n"
    assert run(capsys, "lists", "remove", "W", earlier)[1] == f"“W” no longer holds {latest}.\n"
    assert [e["item_id"] for e in json.loads(run(capsys, "lists", "show", "W", "--json")[1])] == ["greening-tvet"]
    code, out, err = run(capsys, "show", earlier, "--json")
    shown = json.loads(out)
    assert code == 0 and shown["id"] == latest and shown["title"] == "Beta brazing handout, corrected"
    code, out, _ = run(capsys, "show", latest)
    assert code == 0 and out.startswith("Beta brazing handout, corrected\n") and f"id: {latest}" in out
    assert run(capsys, "show", "doc-0000000000000000")[0] == 1
    code, _, err = run(capsys, "documents", "remove", earlier)
    assert code == 1 and f"its latest version is {latest}" in err
    assert [row["id"] for row in json.loads(run(capsys, "documents", "list", "--json")[1])] == [latest]


def test_rescan_leaves_out_what_the_user_removed(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    text_pdf(stick / "a.pdf", ["Alpha"])
    text_pdf(stick / "b.pdf", ["Beta"])
    run(capsys, "documents", "add", str(stick))
    unwanted = next(row["id"] for row in json.loads(run(capsys, "documents", "list", "--json")[1])
                    if row["title"] == "Alpha")
    assert run(capsys, "documents", "remove", unwanted)[0] == 0
    code, out, _ = run(capsys, "documents", "rescan", str(stick))
    titles = [row["title"] for row in json.loads(run(capsys, "documents", "list", "--json")[1])]
    assert code == 0 and titles == ["Beta"] and "Left out 1 file you removed" in out and "\n  a.pdf\n" in out
    run(capsys, "documents", "add", str(stick / "a.pdf"))  # chosen again: back, and no longer left out
    run(capsys, "documents", "rescan", str(stick))
    assert sorted(row["title"] for row in json.loads(run(capsys, "documents", "list", "--json")[1])) == \
        ["Alpha", "Beta"]


def test_search_without_documents_makes_no_documents_folder(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                                            snapshot_path: Path) -> None:
    assert run(capsys, "--catalog", str(snapshot_path), "search", "welding", "--json")[0] == 0
    assert not (data_dir / "documents").exists()
    assert not (data_dir / "user.sqlite").exists()  # nor a notes database, looking for notes


def test_search_with_unreadable_notes_still_searches_the_catalogue(capsys: pytest.CaptureFixture[str],
                                                                   data_dir: Path, snapshot_path: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "user.sqlite").write_bytes(b"not a database" * 100)
    code, out, err = run(capsys, "--catalog", str(snapshot_path), "search", "welding", "--json")
    assert code == 0 and json.loads(out) and "your notes could not be read, so they were not searched" in err
    assert (data_dir / "user.sqlite").read_bytes() == b"not a database" * 100  # left as it was


def test_a_word_of_the_users_notes_is_not_corrected_in_the_catalogue(capsys: pytest.CaptureFixture[str],
                                                                      snapshot_path: Path) -> None:
    """The catalogue has "task" and not "tack": a note with "tack" is what the user looks for."""
    assert run(capsys, "--catalog", str(snapshot_path), "notes", "new", "Workshop",
               "Check the nozzles before the first tack weld")[0] == 0
    code, out, err = run(capsys, "--catalog", str(snapshot_path), "search", "tack weld")
    assert code == 0 and "In your notes:\n\nWorkshop\n" in out
    assert "Showing results for" not in out + err and "closest matches" not in out + err and "Did you mean" not in err
