"""A web page, Markdown or text file, or one chapter of an EPUB book, as safe HTML for the reading pane (no Qt
here: this runs on a worker thread). Only the beginning of a huge file is read; the renderer says where it was
cut."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...catalog.render import MAX_RENDER_CHARS, markdown_to_html, plain_text_html, web_page_html
from ...documents.epub import BookChapter, read_chapter
from ...documents.formats import Limits
from ..sentences import say

if TYPE_CHECKING:
    from pathlib import Path

PDF, EPUB, HTML, MARKDOWN, TEXT = "application/pdf", "application/epub+zip", "text/html", "text/markdown", "text/plain"
READ_CHARS = MAX_RENDER_CHARS * 4 + 1  # what the renderers can show, and one more so they know it was cut


def document_html(path: Path, media_type: str) -> str:
    with path.open(encoding="utf-8", errors="replace") as file:
        text = file.read(READ_CHARS)
    if media_type == HTML:
        return web_page_html(text, say=say)
    if media_type == MARKDOWN:
        return markdown_to_html(text, say=say)
    return plain_text_html(text, say)


def book_chapter(path: Path, number: int) -> BookChapter:
    """Chapter ``number`` (from 1) of the EPUB book at ``path``: its safe HTML and the pictures of the book it
    shows (the book is checked as when it was added: names, sizes, ratios)."""
    return read_chapter(path, number, Limits(), say=say)
