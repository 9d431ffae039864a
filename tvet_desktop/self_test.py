"""``tvet-desktop --self-test``: can this installed or frozen copy do its job? Runs without a display.

The checks run in order and share what they found (the item found is the one rendered and painted); the
first failure ends the run with one line naming the check. What needs Qt (painting) is in
:mod:`.ui.self_test`, so this module stays free of it. Nothing here touches the user's own data: the user
database is tried in a temporary folder.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .catalog.render import item_html
from .catalog.snapshot import Catalog
from .library.store import open_notes
from .paths import bundled_snapshot, icon_files
from .search.engine import SearchEngine
from .text import escape_html

if TYPE_CHECKING:
    from .catalog.records import Item


class SelfTestFailed(Exception):
    """What a check found wrong, in one sentence."""


@dataclass
class Findings:
    """What the checks pass along, and what the closing line reports."""

    item: Item | None = None
    html: str = ""
    passed: list[str] = field(default_factory=list)


Check = tuple[str, Callable[[Findings], None]]


def open_bundled_catalogue(found: Findings) -> None:
    with Catalog(bundled_snapshot()) as catalog:
        info = catalog.info
        newest = SearchEngine(catalog).search("", limit=1)
        item = catalog.get(newest[0].id) if newest else None
    if item is None:
        raise SelfTestFailed(f"the bundled catalogue {info.path} holds no items")
    found.item = item
    found.passed.append(f"catalogue v{info.version} with {info.item_count} items")


def search(found: Findings) -> None:
    assert found.item is not None
    words = re.findall(r"\w{4,}", found.item.title) or [found.item.title]
    word = max(words, key=len)
    with Catalog(bundled_snapshot()) as catalog:
        ids = {hit.id for hit in SearchEngine(catalog).search(word, limit=catalog.info.item_count)}
    if found.item.id not in ids:
        raise SelfTestFailed(f"searching for {word!r} does not find the item {found.item.id!r} that holds it")
    found.passed.append("search")


def render_item(found: Findings) -> None:
    assert found.item is not None
    found.html = item_html(found.item)
    if escape_html(found.item.title) not in found.html:
        raise SelfTestFailed(f"the page for {found.item.id!r} does not show its title")
    found.passed.append("rendering")


def find_icons(found: Findings) -> None:
    missing = [path.name for path in icon_files() if not path.is_file()]
    if missing:
        raise SelfTestFailed(f"icon files are missing: {', '.join(missing)}")
    found.passed.append("icons")


def open_user_database(found: Findings) -> None:
    with tempfile.TemporaryDirectory(prefix="tvet-self-test-") as folder:
        store = open_notes(Path(folder), backup=False)
        try:
            note = store.create_note("Self-test", "A note written by the self-test.")
            if store.get_note(note.id) != note:
                raise SelfTestFailed("a note written to a new user database does not read back")
        finally:
            store.close()
    found.passed.append("user database")


PDF_WORDS = "Self-test welding"


def one_page_pdf(text: str) -> bytes:
    """The smallest real PDF a reader accepts: one page of ``text`` in Helvetica, with a correct xref table."""
    stream = f"BT /F1 24 Tf 40 100 Td ({text}) Tj ET".encode("ascii")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] /Resources << /Font << /F1 4 0 R >> >> "
               b"/Contents 5 0 R >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def read_pdf_text(found: Findings) -> None:
    """The documents' PDF reader (PDFium, a native library loaded by ctypes) is there and reads text."""
    from .documents.pdf import PdfFile

    with tempfile.TemporaryDirectory(prefix="tvet-self-test-") as folder:
        path = Path(folder) / "self-test.pdf"
        path.write_bytes(one_page_pdf(PDF_WORDS))
        pdf = PdfFile(path, path.name)
        try:
            text = " ".join(pdf.pages())
        finally:
            pdf.close()
    if PDF_WORDS not in " ".join(text.split()):
        raise SelfTestFailed(f"the text of a one-page PDF reads as {text[:80]!r}")
    found.passed.append("PDF text")


CHECKS: tuple[Check, ...] = (
    ("open the bundled catalogue", open_bundled_catalogue),
    ("search", search),
    ("render an item", render_item),
    ("find the icons", find_icons),
    ("open a user database", open_user_database),
    ("read a PDF's text", read_pdf_text),
)


def run_checks(checks: tuple[Check, ...], found: Findings) -> None:
    for name, check in checks:
        try:
            check(found)
        except Exception as error:  # any failure is the answer: reported in one line, not a traceback
            reason = " ".join(str(error).split()) or type(error).__name__
            raise SelfTestFailed(f"{name}: {reason}") from error


def self_test(qt_checks: Callable[[], tuple[Check, ...]]) -> int:
    """Run every check, then the window's (``qt_checks`` loads them: Qt is loaded only once the core is known to
    work); print one line; 0 when all pass, 1 naming the first that failed."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the checks need no display, whatever the session has
    found = Findings()
    try:
        run_checks(CHECKS, found)
        try:
            window_checks = qt_checks()
        except ImportError as error:  # a library Qt needs is missing: the message names it
            raise SelfTestFailed(f"load Qt: {error}") from error
        run_checks(window_checks, found)
    except SelfTestFailed as failure:
        print(f"tvet-desktop: self-test failed: {failure}", file=sys.stderr)
        return 1
    print(f"Self-test passed: {', '.join(found.passed)}.")
    return 0
