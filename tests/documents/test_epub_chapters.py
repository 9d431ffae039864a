"""An EPUB chapter as the window gets it: safe HTML whose only pictures are the book's own PNG, JPEG or GIF
files, each within its bounds; every other address a chapter may name is left out. Books written with zipfile."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tvet_desktop.documents.epub import read_chapter
from tvet_desktop.documents.formats import Limits, UnreadableDocument

from .files import epub

if TYPE_CHECKING:
    from pathlib import Path

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 40
GIF = b"GIF89a" + b"\0" * 20


def test_only_the_books_own_pictures_are_named(tmp_path: Path) -> None:
    sources = ["pics/a.png", "./pics/a.png", "pics/b.gif", "pics/a%2Epng", "../pics/a.png", "..%2F..%2Fsecret.png",
               "/OEBPS/pics/a.png", "file:///etc/passwd", "data:image/png;base64,iVBORw0KGgo=",
               "https://example.org/x.png", "javascript:alert(1)", "pics/missing.png", "pics/script.png",
               "C:\\\\pics\\\\a.png"]
    chapter = "".join(f'<img src="{src}"/>' for src in sources) + "<script>alert(1)</script><p>Text</p>"
    book = epub(tmp_path / "b.epub", [chapter], extra={"OEBPS/pics/a.png": PNG, "OEBPS/pics/b.gif": GIF,
                                                      "OEBPS/pics/script.png": b"<script>x</script>"})
    shown = read_chapter(book, 1, Limits())
    assert shown.pictures == {"book-image:1": PNG, "book-image:2": GIF}
    assert shown.html.count('src="book-image:1"') == 3  # a.png, ./a.png and a%2Epng are one file
    assert shown.html.count('src="book-image:2"') == 1
    assert shown.html.count("<img") == len(sources) and "script" not in shown.html and "<p>Text</p>" in shown.html
    assert (shown.number, shown.chapters) == (1, 1)


def test_a_picture_too_large_is_left_out_and_the_chapter_still_shown(tmp_path: Path) -> None:
    big = b"\x89PNG\r\n\x1a\n" + bytes(9 * 1024**2)
    book = epub(tmp_path / "b.epub", ['<p>Before</p><img src="big.png"/>'], extra={"OEBPS/big.png": big})
    shown = read_chapter(book, 5, Limits(max_epub_ratio=100_000))  # past the last chapter: the last one
    assert shown.pictures == {} and "<p>Before</p>" in shown.html


def test_a_damaged_book_says_it_cannot_be_shown(tmp_path: Path) -> None:
    broken = tmp_path / "broken.epub"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UnreadableDocument, match=r"“broken\.epub” is damaged or not a complete EPUB book"):
        read_chapter(broken, 1, Limits())


def test_links_to_the_books_chapters_lead_there_and_web_links_stay(tmp_path: Path) -> None:
    links = ('<a href="c1.xhtml#part">Next chapter</a> <a href="https://example.org/x">Web</a> '
             '<a href="javascript:steal()">Script</a> <a href="../../outside.xhtml">Out</a> <a href="#top">Here</a> '
             '<a href="file:///etc/passwd">File</a>')
    book = epub(tmp_path / "b.epub", [links, "<p>Second</p>"])
    html = read_chapter(book, 1, Limits()).html
    assert '<a href="chapter:2"' in html and '<a href="https://example.org/x"' in html
    assert html.count("<a ") == 6 and html.count("href=") == 2  # the others are text, linking nowhere
    assert "javascript" not in html and "outside" not in html and "passwd" not in html
