"""Bad input: every file that cannot be added gets one plain sentence, the others in the same batch are added,
and nothing is half-added (no copy, no rows) nor any other document touched. Every file is real, made here."""

from __future__ import annotations

import os
import zipfile
from typing import TYPE_CHECKING

import pytest

from tvet_desktop.documents.service import DocumentService

from .files import encrypted_pdf, epub, text_pdf

if TYPE_CHECKING:
    from pathlib import Path

    from tests.disks import SmallDisk


def add_beside_a_good_one(documents: DocumentService, stick: Path, bad: Path) -> str:
    """Add ``bad`` with a good PDF in one batch: the good one is added, ``bad`` fails; its one sentence."""
    kept = documents.add([text_pdf(stick / "kept.pdf", ["Kept before"])]).added[0]
    good = text_pdf(stick / "good.pdf", ["Welding masks"])
    report = documents.add([bad, good])
    assert [d.file_name for d in report.added] == ["good.pdf"]
    (failure,) = report.failed
    assert failure.path == str(bad) and failure.reason.endswith(".") and "\n" not in failure.reason  # one sentence
    assert {d.file_name for d in documents.list()} == {"kept.pdf", "good.pdf"}
    assert documents.search("kept").hits[0].document.id == kept.id  # the other document is untouched
    assert len(list(documents.store.files.glob("*/*"))) == 2 and not list(documents.store.incoming.iterdir())
    return failure.reason


def test_a_password_protected_pdf(documents: DocumentService, stick: Path) -> None:
    reason = add_beside_a_good_one(documents, stick, encrypted_pdf(stick / "secret.pdf"))
    assert reason.startswith("“secret.pdf” is protected by a password") and "without the password" in reason


@pytest.mark.parametrize("fraction", [0.3, 0.9])
def test_a_truncated_pdf(documents: DocumentService, stick: Path, fraction: float) -> None:
    whole = text_pdf(stick / "whole.pdf", [f"Page {n} about welding" for n in range(20)]).read_bytes()
    (stick / "whole.pdf").unlink()
    (stick / "cut.pdf").write_bytes(whole[: int(len(whole) * fraction)])
    reason = add_beside_a_good_one(documents, stick, stick / "cut.pdf")
    assert reason.startswith("“cut.pdf” is damaged or not a complete PDF")


def test_a_corrupt_pdf(documents: DocumentService, stick: Path) -> None:
    (stick / "noise.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(20_000))
    assert "damaged" in add_beside_a_good_one(documents, stick, stick / "noise.pdf")


@pytest.mark.parametrize(("name", "content", "said"), [
    ("report.pdf", b"PK\x03\x04" + b"\0" * 200, "“report.pdf” is not a PDF whatever its name says (it holds a zip "),
    ("report.pdf", b"Just some notes, not a PDF\n", "is not a PDF whatever its name says (it holds plain text)"),
    ("book.epub", b"%PDF-1.4\n%%EOF\n", "“book.epub” is not an EPUB book whatever its name says (it holds a PDF)"),
    ("notes.txt", b"\x7fELF\x02\x01\x01\0\0\0" + bytes(range(256)) * 4, "is not a text file whatever its name says"),
])
def test_a_file_that_is_not_what_its_name_says(documents: DocumentService, stick: Path, name: str, content: bytes,
                                               said: str) -> None:
    (stick / name).write_bytes(content)
    assert said in add_beside_a_good_one(documents, stick, stick / name)


def test_an_empty_file(documents: DocumentService, stick: Path) -> None:
    (stick / "empty.pdf").write_bytes(b"")
    assert add_beside_a_good_one(documents, stick, stick / "empty.pdf") == ("“empty.pdf” is empty (0 bytes); there is "
                                                                           "nothing to add.")


def test_a_2_gb_file_is_refused_before_a_byte_is_copied(documents: DocumentService, stick: Path) -> None:
    huge = stick / "huge.pdf"
    with huge.open("wb") as handle:  # sparse: 2 GB on paper, nothing on the disk
        handle.write(b"%PDF-1.7\n")
        handle.truncate(2 * 1024**3)
    reason = add_beside_a_good_one(documents, stick, huge)
    assert reason == ("“huge.pdf” is 2.0 GB, larger than the 1.0 GB a document may be; split it or keep it outside "
                      "the app.")


def test_an_epub_zip_bomb(documents: DocumentService, stick: Path) -> None:
    bomb = epub(stick / "bomb.epub", ["<p>Tiny</p>"], title="Bomb", extra={"OEBPS/zeros.bin": b"\0" * 10 * 1024**2})
    assert bomb.stat().st_size < 100_000  # 10 MB of zeros in a few kB
    assert add_beside_a_good_one(documents, stick, bomb) == ("“bomb.epub” was not added: it unpacks to far more than "
                                                             "its size (a zip bomb).")


def test_an_epub_whose_directory_lies_about_a_chapters_size(documents: DocumentService, stick: Path) -> None:
    """A chapter that says it is small but inflates past the cap is stopped while it is read."""
    from tvet_desktop.documents.formats import Limits

    service = DocumentService.open(documents.store.folder.parent / "small-limits", Limits(max_epub_entry=50_000))
    epub(stick / "big.epub", ["<p>" + "word " * 30_000 + "</p>"])
    report = service.add([stick / "big.epub"])
    assert report.added == () and report.failed[0].reason.endswith("(a zip bomb).")
    service.close()


def test_an_epub_with_paths_outside_the_book(documents: DocumentService, stick: Path, tmp_path: Path) -> None:
    book = epub(stick / "escape.epub", ["<p>Hello</p>"], extra={"../../escaped.txt": b"outside"})
    reason = add_beside_a_good_one(documents, stick, book)
    assert reason == ("“escape.epub” was not added: it holds a file named “../../escaped.txt” that points outside "
                      "the book.")
    assert not list(tmp_path.rglob("escaped.txt"))


def test_an_epub_with_scripts_is_added_but_its_scripts_never_run_nor_count(documents: DocumentService,
                                                                           stick: Path) -> None:
    book = epub(stick / "scripted.epub", ['<p onclick="steal()">Solar panels</p><script>document.write('
                                          '"quixotic")</script>'], title="Scripted")
    (document,) = documents.add([book]).added
    assert documents.page_text(document.id, 1) == "Solar panels"
    assert documents.search("quixotic").hits == () and documents.search("steal").hits == ()


def test_a_damaged_epub(documents: DocumentService, stick: Path) -> None:
    epub(stick / "cut.epub", ["<p>Hello</p>"] * 3)
    data = (stick / "cut.epub").read_bytes()
    (stick / "cut.epub").write_bytes(data[: len(data) // 2])
    assert "is damaged or not a complete EPUB book" in add_beside_a_good_one(documents, stick, stick / "cut.epub")


def test_a_file_of_another_kind(documents: DocumentService, stick: Path) -> None:
    (stick / "sheet.xlsx").write_bytes(b"PK\x03\x04")
    reason = add_beside_a_good_one(documents, stick, stick / "sheet.xlsx")
    assert reason == "“sheet.xlsx” is not a kind of document the app reads (PDF, EPUB, web page, Markdown or text)."


def test_a_full_disk_while_copying(small_disk: SmallDisk, stick: Path) -> None:
    """A real full disk (a 1 MiB tmpfs filled to the last byte) under the documents folder."""
    service = DocumentService.open(small_disk.root / "documents")
    (kept,) = service.add([text_pdf(stick / "kept.pdf", ["Kept before"])]).added
    big = stick / "big.txt"
    big.write_text("welding " * 200_000, encoding="utf-8")  # 1.6 MB: more than the disk
    report = service.add([big])
    assert report.added == ()
    assert report.failed[0].reason == ("“big.txt” was not added: the disk is full (2 MB needed); free some space "
                                       "and add it again.")
    assert not list(service.store.incoming.iterdir()) and [d.id for d in service.list()] == [kept.id]
    small_disk.fill()
    small = text_pdf(stick / "small.pdf", ["Welding"])
    assert "the disk is full" in service.add([small]).failed[0].reason
    small_disk.free()
    assert [d.file_name for d in service.add([small]).added] == ["small.pdf"]  # and all is well again
    assert service.search("kept").hits[0].document.id == kept.id
    service.close()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="dropping to another user needs root")
def test_an_unreadable_folder_and_file(tmp_path: Path) -> None:
    """As root every folder is readable, so a child process becomes the user "nobody" first (a real refusal by
    the operating system), and reports what it found through a pipe."""
    import json
    import stat
    import tempfile

    top = tempfile.mkdtemp(prefix="tvet-unreadable-")  # /tmp: reachable by "nobody", unlike pytest's folder
    root = os.path.join(top, "stick")
    for folder in ("", "open", "locked"):
        os.makedirs(os.path.join(root, folder), exist_ok=True)
    text_pdf(pathlib_path(root, "open", "a.pdf"), ["Welding"])
    text_pdf(pathlib_path(root, "locked", "b.pdf"), ["Painting"])
    text_pdf(pathlib_path(root, "private.pdf"), ["Secret"])
    for path, mode in ((top, 0o755), (root, 0o755), (os.path.join(root, "open"), 0o755),
                       (os.path.join(root, "locked"), 0), (os.path.join(root, "private.pdf"), 0)):
        os.chmod(path, mode)
    os.chmod(os.path.join(root, "open", "a.pdf"), stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    data = os.path.join(top, "data")
    os.mkdir(data, 0o777)
    os.chmod(data, 0o777)
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child's result travels through the pipe
        try:
            os.setgid(65534)
            os.setuid(65534)
            service = DocumentService.open(pathlib_path(data, "documents"))
            report = service.add([pathlib_path(root)])
            os.write(write, json.dumps({"added": [d.file_name for d in report.added],
                                        "failed": [f.reason for f in report.failed]}).encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        result = json.loads(pipe.read())
    os.waitpid(child, 0)
    os.chmod(os.path.join(root, "locked"), 0o755)
    import shutil

    shutil.rmtree(top)
    assert result["added"] == ["a.pdf"]
    assert sorted(result["failed"]) == [
        "The folder “locked” cannot be read: you do not have permission to open it; the files in the other folders "
        "were looked at.",
        "“private.pdf” cannot be read: you do not have permission to open it."]


def pathlib_path(*parts: str) -> Path:
    from pathlib import Path

    return Path(*parts)


def test_the_same_file_added_by_two_processes_at_once(tmp_path: Path, data_dir: Path, stick: Path) -> None:
    """Two command lines add the same big file at the same moment: one document, both succeed."""
    import subprocess
    import sys

    pdf = text_pdf(stick / "same.pdf", [f"Page {n}: welding and painting" for n in range(300)])
    command = [sys.executable, "-m", "tvet_desktop", "documents", "add", str(pdf), "--json"]
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment)
            for _ in range(2)]
    results = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], results
    service = DocumentService.open()
    (document,) = service.list()
    assert document.pages == 300 and len(list(service.store.files.glob("*/*"))) == 1
    assert {hit.document.id for hit in service.search("painting").hits} == {document.id}
    service.close()


def test_a_zip_that_is_not_an_epub_named_epub(documents: DocumentService, stick: Path) -> None:
    with zipfile.ZipFile(stick / "photos.epub", "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8")
    reason = add_beside_a_good_one(documents, stick, stick / "photos.epub")
    assert reason.startswith("“photos.epub” was not added: the file “META-INF/container.xml” it names is missing")
