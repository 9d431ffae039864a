"""What kind of document a file is, told by its contents rather than its name, and the limits every reader keeps.

A file whose name says PDF or EPUB but whose contents say otherwise is refused with a sentence saying so; a
file with a text extension must be text (no NUL bytes). Every reader gives :class:`Opened`: what the file says
about itself and its text page by page, read one page at a time, so no document is ever held whole as text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, Protocol

from ..errors import UserError
from .sentences import Sentence

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from .records import FileInfo

PDF, EPUB, HTML, MARKDOWN, TEXT = "application/pdf", "application/epub+zip", "text/html", "text/markdown", "text/plain"
EXTENSIONS = {".pdf": PDF, ".epub": EPUB, ".html": HTML, ".htm": HTML, ".xhtml": HTML, ".md": MARKDOWN,
              ".markdown": MARKDOWN, ".txt": TEXT, ".text": TEXT}
SUFFIX_OF = {PDF: ".pdf", EPUB: ".epub", HTML: ".html", MARKDOWN: ".md", TEXT: ".txt"}
NAMES = {PDF: "a PDF", EPUB: "an EPUB book", HTML: "a web page", MARKDOWN: "a Markdown file", TEXT: "a text file"}
# the same, and what a file holds that is none of them, as codes of .sentences
SAID = {PDF: "a-pdf", EPUB: "an-epub", HTML: "a-web-page", MARKDOWN: "a-markdown-file", TEXT: "a-text-file",
        "zip": "a-zip-archive", "binary": "binary-data", "text": "plain-text"}
SNIFF_BYTES = 8192


class Limits(NamedTuple):
    """What a file may cost to read. The size cap: a 2 GB file is refused before a byte is copied (a trainer's
    largest PDFs, scanned textbooks, are a few hundred MB); the EPUB caps stop a zip bomb."""

    max_file_bytes: int = 1024**3
    max_epub_entries: int = 10_000
    max_epub_unpacked: int = 512 * 1024**2  # all files of a book, unpacked
    max_epub_entry: int = 64 * 1024**2  # one chapter or picture, unpacked
    max_epub_ratio: int = 200  # unpacked/packed of one entry larger than 1 MB: zip bombs run to 1000:1


class UnreadableDocument(UserError):
    """This file cannot be added; the message is one sentence about it."""


class Opened(Protocol):
    media_type: str
    page_count: int

    def info(self) -> FileInfo: ...

    def pages(self) -> Iterator[str]: ...

    def close(self) -> None: ...


def media_type_of(path: Path) -> str | None:
    """The media type a file's name claims (None: not a kind of document the app reads)."""
    return EXTENSIONS.get(path.suffix.lower())


def sniff(path: Path, head: bytes) -> str:
    """The media type ``path`` really has, from its first bytes; UnreadableDocument when its contents are not
    what its name says (or are nothing at all)."""
    claimed = media_type_of(path)
    if not head:
        raise UnreadableDocument(Sentence("empty", name=path.name))
    if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:5] == b"%PDF-" or b"%PDF-" in head[:1024]:
        found = PDF
    elif head[:4] == b"PK\x03\x04":
        found = EPUB if b"mimetypeapplication/epub+zip" in head[:100] or claimed == EPUB else "zip"
    elif b"\0" in head:
        found = "binary"
    else:
        found = claimed or TEXT
        if claimed in (PDF, EPUB):
            found = "text"
    if found == claimed or (claimed in (HTML, MARKDOWN, TEXT) and found in (HTML, MARKDOWN, TEXT)):
        return claimed or found
    if claimed in (PDF, EPUB) or found in ("zip", "binary", "text"):
        raise UnreadableDocument(Sentence("not-what-it-says", name=path.name, claimed=Sentence(SAID.get(
            claimed or "", "a-document")), found=Sentence(SAID[found])))
    return found  # a .txt that is really a PDF: read as what it is
