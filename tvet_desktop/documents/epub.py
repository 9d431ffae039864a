"""EPUB books, read from their zip without unpacking it: every name checked (no ``../``, no absolute path),
every entry's unpacked size and ratio capped before a byte is inflated (zip bombs), and each chapter read
through a bounded stream. A book's scripts are never run and never indexed: only its visible text is read.
A page of a book is a chapter of its reading order (the spine)."""

from __future__ import annotations

import codecs
import posixpath
import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from ..errors import Number
from .formats import EPUB, Limits, UnreadableDocument
from .markup import CHUNK_BYTES, TextOfHtml
from .records import FileInfo
from .sentences import Sentence

if TYPE_CHECKING:
    from collections.abc import Iterator

MAX_XML_BYTES = 2 * 1024**2  # the container and package files are a few kB
BIG_ENTRY = 1024**2
_YEAR = re.compile(r"((?:1[5-9]|20)\d\d)")
_NS = {"c": "urn:oasis:names:tc:opendocument:xmlns:container", "opf": "http://www.idpf.org/2007/opf",
       "dc": "http://purl.org/dc/elements/1.1/"}


class EpubFile:
    media_type = EPUB

    def __init__(self, path: Path, limits: Limits, name: str) -> None:
        self.path, self.limits, self.name = path, limits, name
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

    def close(self) -> None:
        self._zip.close()
