"""EPUB books, read from their zip without unpacking it: every name checked (no ``../``, no absolute path),
every entry's unpacked size and ratio capped before a byte is inflated (zip bombs), and each chapter read
through a bounded stream. A book's scripts are never run and never indexed: only its visible text is read.
A page of a book is a chapter of its reading order (the spine).

To be read in the window, a chapter goes through the safe renderer (:func:`..catalog.render.web_page_html`):
its text and structure, never a script, style, form or anything from the network. A picture is shown only when
it is a file of the book itself (a relative name that stays inside the zip, read through the same bounds) and
really a PNG, JPEG or GIF; anything else is left out. A link to another chapter of the book leads there, a web
link stays (the window hands it to the browser when clicked), and any other address is left as plain text."""

from __future__ import annotations

import codecs
import posixpath
import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import unquote, urlsplit
from xml.etree import ElementTree

from ..errors import Number
from .formats import EPUB, Limits, UnreadableDocument
from .markup import CHUNK_BYTES, TextOfHtml
from .records import FileInfo
from .sentences import Sentence

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

MAX_XML_BYTES = 2 * 1024**2  # the container and package files are a few kB
BIG_ENTRY = 1024**2
IMAGE_SCHEME = "book-image"  # a picture of the book, as the chapter's HTML names it: book-image:3
CHAPTER_SCHEME = "chapter"  # a link to another chapter of the book: chapter:4
MAX_PICTURE_BYTES = 8 * 1024**2  # one picture; a book's photographs are a few hundred kB
MAX_CHAPTER_PICTURES = 64 * 1024**2  # all pictures of one chapter
_PICTURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")  # PNG, JPEG, GIF
_YEAR = re.compile(r"((?:1[5-9]|20)\d\d)")
_NS = {"c": "urn:oasis:names:tc:opendocument:xmlns:container", "opf": "http://www.idpf.org/2007/opf",
       "dc": "http://purl.org/dc/elements/1.1/"}


class BookChapter(NamedTuple):
    """One chapter as the window shows it."""

    html: str  # safe HTML; its pictures are named ``book-image:N``
    pictures: dict[str, bytes]  # those names -> the picture's bytes (PNG, JPEG or GIF), read from the book
    number: int  # from 1
    chapters: int  # in the reading order


def read_chapter(path: Path, number: int, limits: Limits, name: str = "",
                 say: Callable[[str], str] = str) -> BookChapter:
    """Chapter ``number`` (from 1; out of range: the nearest) of the book at ``path``, for the window (``say``
    words a note above a chapter shown shortened)."""
    book = EpubFile(path, limits, name or path.name, shown=True)
    try:
        return book.chapter(number, say)
    finally:
        book.close()


class EpubFile:
    media_type = EPUB

    def __init__(self, path: Path, limits: Limits, name: str, shown: bool = False) -> None:
        self.path, self.limits, self.name = path, limits, name
        self._shown = shown  # read for the window, or being added
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError) as error:
            raise UnreadableDocument(Sentence("damaged-epub", name=name, problem=error)) from None
        try:
            self._check_entries()
            self._package, self._opf = self._read_package()
            self._chapters = self._spine()
        except BaseException:
            self._zip.close()
            raise
        self.page_count = len(self._chapters)

    def _refuse(self, code: str, **values: object) -> UnreadableDocument:
        if self._shown:  # opened for reading, after it was added or verified: the reader offers the system viewer
            from ..logs import logger

            logger().warning("EPUB not shown: %s", Sentence(code, name=self.name, **values))  # why, for support
            return UnreadableDocument(Sentence("epub-not-shown", name=self.name))
        return UnreadableDocument(Sentence(code, name=self.name, **values))

    def _check_entries(self) -> None:
        entries = self._zip.infolist()
        if len(entries) > self.limits.max_epub_entries:
            raise self._refuse("epub-too-many-files", count=Number(len(entries)))
        total = 0
        for entry in entries:
            name = entry.filename
            if name.startswith(("/", "\\")) or "\\" in name or ".." in name.split("/") or ":" in name:
                raise self._refuse("epub-outside", entry=name[:80])
            packed = max(1, entry.compress_size)
            if entry.file_size > self.limits.max_epub_entry or (
                    entry.file_size > BIG_ENTRY and entry.file_size > self.limits.max_epub_ratio * packed):
                raise self._refuse("zip-bomb")
            total += entry.file_size
        if total > self.limits.max_epub_unpacked:
            raise self._refuse("zip-bomb")

    def _read(self, name: str, cap: int) -> bytes:
        """An entry's bytes, never more than ``cap`` (an entry may lie about its size in the zip's directory)."""
        try:
            with self._zip.open(name) as stream:
                data = stream.read(cap + 1)
        except KeyError:
            raise self._refuse("epub-missing-file", entry=name[:80]) from None
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as error:
            raise self._refuse("epub-damaged", problem=error) from None
        if len(data) > cap:
            raise self._refuse("zip-bomb")
        return data

    def _xml(self, name: str) -> ElementTree.Element:
        try:
            return ElementTree.fromstring(self._read(name, MAX_XML_BYTES))
        except ElementTree.ParseError as error:
            raise self._refuse("epub-damaged-file", entry=name[:80], problem=error) from None

    def _read_package(self) -> tuple[str, ElementTree.Element]:
        rootfile = self._xml("META-INF/container.xml").find(".//c:rootfile", _NS)
        name = rootfile.get("full-path", "") if rootfile is not None else ""
        if not name:
            raise self._refuse("epub-no-container")
        return name, self._xml(name)

    def _spine(self) -> list[str]:
        base = posixpath.dirname(self._package)
        manifest = {item.get("id"): item.get("href", "") for item in self._opf.iterfind("opf:manifest/opf:item", _NS)}
        chapters = []
        for ref in self._opf.iterfind("opf:spine/opf:itemref", _NS):
            href = manifest.get(ref.get("idref"), "").split("#")[0]
            if href:
                chapters.append(posixpath.normpath(posixpath.join(base, href)))
        if not chapters:
            raise self._refuse("epub-no-chapters")
        return chapters

    def info(self) -> FileInfo:
        def text_of(tag: str) -> list[str]:
            return [" ".join((e.text or "").split()) for e in self._opf.iterfind(f"opf:metadata/dc:{tag}", _NS)]

        title = next((t for t in text_of("title") if t), "")
        found = next((m for d in text_of("date") if (m := _YEAR.search(d))), None)
        if not title:
            title = next((t for t in (self._chapter_title(c) for c in self._chapters[:3]) if t), "")
        return FileInfo(title[:300] or Path(self.name).stem, tuple(a for a in text_of("creator") if a),
                        int(found.group(1)) if found else None)

    def _chapter_title(self, name: str) -> str:
        parser = TextOfHtml()
        parser.feed(self._read(name, self.limits.max_epub_entry).decode("utf-8", errors="replace"))
        return parser.heading or parser.title

    def pages(self) -> Iterator[str]:
        for name in self._chapters:
            yield self._chapter_text(name)

    def _chapter_text(self, name: str) -> str:
        parser = TextOfHtml()
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")  # a character may span two chunks
        read = 0
        try:
            with self._zip.open(name) as stream:
                while chunk := stream.read(CHUNK_BYTES):
                    read += len(chunk)
                    if read > self.limits.max_epub_entry:
                        raise self._refuse("zip-bomb")
                    parser.feed(decoder.decode(chunk))
        except KeyError:
            raise self._refuse("epub-missing-chapter", entry=name[:80]) from None
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as error:
            raise self._refuse("epub-damaged", problem=error) from None
        parser.close()
        return re.sub(r"\n\s*\n\s*", "\n\n", parser.take()).strip()

    def chapter(self, number: int, say: Callable[[str], str] = str) -> BookChapter:
        number = max(1, min(number, len(self._chapters)))
        name = self._chapters[number - 1]
        markup = self._read(name, self.limits.max_epub_entry).decode("utf-8", errors="replace")
        pictures: dict[str, bytes] = {}
        names: dict[str, str] = {}  # a picture's name in the zip -> its name in the HTML
        budget = [MAX_CHAPTER_PICTURES]

        def picture(src: str) -> str:
            inside = self._inside(posixpath.dirname(name), src)
            if inside is None:
                return f"{IMAGE_SCHEME}:0"  # no such picture: the window shows nothing there
            if inside not in names:
                data = self._picture(inside, budget[0])
                names[inside] = f"{IMAGE_SCHEME}:{len(names) + 1}"
                if data is not None:
                    pictures[names[inside]] = data
                    budget[0] -= len(data)
            return names[inside]

        def link(href: str) -> str | None:
            """A web address stays; one to a chapter of the book becomes chapter:N; anything else goes."""
            if is_external_link(href):
                return href
            inside = self._inside(posixpath.dirname(name), href)
            return f"{CHAPTER_SCHEME}:{self._chapters.index(inside) + 1}" if inside in self._chapters else None

        from ..catalog.render import is_external_link, web_page_html

        return BookChapter(web_page_html(markup, picture, link, say), pictures, number, len(self._chapters))

    def _inside(self, folder: str, src: str) -> str | None:
        """The zip entry ``src`` names, relative to ``folder``; None for an address with a scheme or a host, an
        absolute path, one that climbs out of the book, or a file the book does not hold."""
        try:
            parts = urlsplit(src.strip())
        except ValueError:
            return None
        if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/") or "\\" in parts.path:
            return None
        joined = posixpath.normpath(posixpath.join(folder, unquote(parts.path)))
        if joined.startswith(("../", "/")) or joined in ("..", "."):
            return None
        try:
            self._zip.getinfo(joined)
        except KeyError:
            return None
        return joined

    def _picture(self, name: str, budget: int) -> bytes | None:
        """A picture's bytes when it is one (PNG, JPEG or GIF by its first bytes) within the bounds, else None."""
        entry = self._zip.getinfo(name)
        if entry.file_size > min(MAX_PICTURE_BYTES, budget):
            return None
        try:
            data = self._read(name, min(MAX_PICTURE_BYTES, budget))
        except UnreadableDocument:
            return None  # damaged or lying about its size: the chapter is still shown, without it
        return data if any(data.startswith(magic) for magic in _PICTURES) else None

    def close(self) -> None:
        self._zip.close()
