"""A web page, Markdown or text file the user added, as safe HTML for the reading pane (no Qt here: this
runs on a worker thread). Only the beginning of a huge file is read; the renderer says where it was cut."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...catalog.render import MAX_RENDER_CHARS, markdown_to_html, plain_html, web_page_html
from ...text import escape_html

if TYPE_CHECKING:
    from pathlib import Path

PDF, EPUB, HTML, MARKDOWN, TEXT = "application/pdf", "application/epub+zip", "text/html", "text/markdown", "text/plain"
READ_CHARS = MAX_RENDER_CHARS * 4 + 1  # what the renderers can show, and one more so they know it was cut


def document_html(path: Path, media_type: str) -> str:
    with path.open(encoding="utf-8", errors="replace") as file:
        text = file.read(READ_CHARS)
    if media_type == HTML:
        return web_page_html(text)
    if media_type == MARKDOWN:
        return markdown_to_html(text)
    if len(text) <= MAX_RENDER_CHARS:
        return plain_html(text)
    note = f"Shortened: this file is longer than {MAX_RENDER_CHARS:,} characters; the beginning is shown."
    return f"<p class='shortened'><i>{escape_html(note)}</i></p>" + plain_html(text[:MAX_RENDER_CHARS])


def chapter_html(text: str) -> str:
    """An EPUB chapter's text (as the index read it: no script, style or picture ever reaches it)."""
    return plain_html(text[:MAX_RENDER_CHARS])
