"""Web pages, Markdown and plain text: read in chunks, cut into pages of about a printed page's length at
paragraph breaks, so a file of any size is never held whole. Scripts and styles in a web page are not text."""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

from .formats import HTML, MARKDOWN
from .records import FileInfo

if TYPE_CHECKING:
    from collections.abc import Iterator

PAGE_CHARS = 3000  # about a printed page: a hit in a long text names the part it is in
CHUNK_BYTES = 64 * 1024
HEAD_BYTES = 64 * 1024  # where a title or first heading is looked for
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)
_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote",
           "pre", "table", "ul", "ol", "dd", "dt", "hr", "title"}
HIDDEN = {"script", "style", "template", "head", "svg", "math"}  # no reader sees these as text


class TextOfHtml(HTMLParser):
    """The visible text of HTML fed to it in pieces (never scripts or styles), with the title and first heading."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = self.heading = ""
        self._hidden = 0
        self._in: str | None = None  # "title" or "h1" while inside one

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in HIDDEN and tag != "head":
            self._hidden += 1
        if tag in ("title", "h1") and self._in is None:
            self._in = tag
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN and tag != "head" and self._hidden:
            self._hidden -= 1
        if tag == self._in:
            self._in = None
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in == "title" and not self.title:
            self.title = " ".join(data.split())
            return
        if self._hidden:
            return
        if self._in == "h1" and not self.heading:
            self.heading = " ".join(data.split())
        self.parts.append(data)

    def take(self) -> str:
        text, self.parts = "".join(self.parts), []
        return text


class MarkupFile:
    def __init__(self, path: Path, media_type: str, name: str) -> None:
        self.path, self.media_type, self.name = path, media_type, name
        self.page_count = 0  # known once read: pages are cut as the text comes
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
        self.encoding = _encoding(head)

    def info(self) -> FileInfo:
        with self.path.open("rb") as handle:
            head = codecs.decode(handle.read(HEAD_BYTES), self.encoding, errors="replace")
        title = ""
        if self.media_type == HTML:
            parser = TextOfHtml()
            parser.feed(head)
            title = parser.title or parser.heading
        elif self.media_type == MARKDOWN:
            found = _MD_HEADING.search(head)
            title = " ".join(found.group(1).split()) if found else ""
        return FileInfo(title[:300] or Path(self.name).stem)

    def pages(self) -> Iterator[str]:
        parser = TextOfHtml() if self.media_type == HTML else None
        decoder = codecs.getincrementaldecoder(self.encoding)(errors="replace")
        pending = ""
        with self.path.open("rb") as handle:
            while chunk := handle.read(CHUNK_BYTES):
                text = decoder.decode(chunk)
                if parser is not None:
                    parser.feed(text)
                    text = parser.take()
                pending += text
                while len(pending) >= PAGE_CHARS:
                    page, pending = _cut(pending)
                    yield from self._count(page)
        tail = decoder.decode(b"", final=True)
        if parser is not None:
            parser.feed(tail)
            parser.close()
            tail = parser.take()
        pending += tail
        while pending.strip():
            page, pending = _cut(pending) if len(pending) >= PAGE_CHARS else (pending, "")
            yield from self._count(page)

    def _count(self, page: str) -> Iterator[str]:
        if page.strip():
            self.page_count += 1
            yield page.strip()

    def close(self) -> None:
        pass  # each read opens and closes the file itself


def _cut(text: str) -> tuple[str, str]:
    """One page from the start of ``text`` (ending at a paragraph break, else a line, else a space) and the rest."""
    limit = PAGE_CHARS + PAGE_CHARS // 2
    for mark in ("\n\n", "\n", " "):
        at = text.rfind(mark, PAGE_CHARS // 2, limit)
        if at > 0:
            return text[:at], text[at + len(mark):]
    return text[:PAGE_CHARS], text[PAGE_CHARS:]


def _encoding(head: bytes) -> str:
    """UTF-8 when the start of the file is (a character cut at the end of it allowed), else Windows-1252."""
    try:
        codecs.getincrementaldecoder("utf-8-sig")().decode(head, final=False)
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8-sig"
