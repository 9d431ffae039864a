"""Real document files made by the tests: PDFs with a text layer (pypdf writes the page content streams), an
encrypted one, a scanned-looking one without text, EPUB books (well made, a zip bomb, one pointing outside
itself, one with scripts), web pages and Markdown."""

from __future__ import annotations

import zipfile
from typing import TYPE_CHECKING

from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, StreamObject

if TYPE_CHECKING:
    from pathlib import Path


def _escape(line: str) -> bytes:
    return line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _font(writer: PdfWriter) -> object:
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica"),
                             NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
    return writer._add_object(font)


def _page(writer: PdfWriter, font: object, content: bytes) -> None:
    page = writer.add_blank_page(612, 792)
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
    stream = StreamObject()
    stream.set_data(content)
    page[NameObject("/Contents")] = writer._add_object(stream)


def text_pdf_writer(pages: list[str], title: str | None = None, author: str | None = None,
                    date: str | None = None) -> PdfWriter:
    """A PDF whose page N shows ``pages[N]`` (lines split at newlines), in Helvetica."""
    writer = PdfWriter()
    font = _font(writer)
    for text in pages:
        lines = b" T* ".join(b"(" + _escape(line) + b") Tj" for line in text.split("\n"))
        _page(writer, font, b"BT /F1 11 Tf 14 TL 72 720 Td " + lines + b" ET")
    metadata = {key: value for key, value in (("/Title", title), ("/Author", author), ("/CreationDate", date))
                if value}
    if metadata:
        writer.add_metadata(metadata)
    return writer


def text_pdf(path: Path, pages: list[str], title: str | None = None, author: str | None = None,
             date: str | None = None) -> Path:
    with path.open("wb") as handle:
        text_pdf_writer(pages, title, author, date).write(handle)
    return path


def encrypted_pdf(path: Path, text: str = "Confidential welding plan") -> Path:
    writer = text_pdf_writer([text])
    writer.encrypt(user_password="secret", owner_password="owner")
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def scanned_pdf(path: Path, pages: int = 2) -> Path:
    """Pages with only drawn shapes (as a scan is only pictures): no text layer."""
    writer = PdfWriter()
    for _ in range(pages):
        page = writer.add_blank_page(612, 792)
        page[NameObject("/MediaBox")] = ArrayObject([FloatObject(0), FloatObject(0), FloatObject(612),
                                                     FloatObject(792)])
        stream = StreamObject()
        stream.set_data(b"0.5 g 72 72 468 648 re f")
        page[NameObject("/Contents")] = writer._add_object(stream)
    with path.open("wb") as handle:
        writer.write(handle)
    return path


CONTAINER = ('<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
             '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
             '</rootfiles></container>')


def _opf(chapters: int, title: str, author: str, date: str) -> str:
    items = "".join(f'<item id="c{i}" href="c{i}.xhtml" media-type="application/xhtml+xml"/>' for i in range(chapters))
    spine = "".join(f'<itemref idref="c{i}"/>' for i in range(chapters))
    meta = "".join(f"<dc:{tag}>{value}</dc:{tag}>" for tag, value in (("title", title), ("creator", author),
                                                                       ("date", date)) if value)
    return ('<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
            f'<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">{meta}</metadata>'
            f"<manifest>{items}</manifest><spine>{spine}</spine></package>")


def epub(path: Path, chapters: list[str], title: str = "", author: str = "", date: str = "",
         extra: dict[str, bytes] | None = None) -> Path:
    """An EPUB whose chapters are XHTML bodies (``chapters`` are their inner HTML); ``extra``: more entries."""
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        book.writestr("META-INF/container.xml", CONTAINER)
        book.writestr("OEBPS/content.opf", _opf(len(chapters), title, author, date))
        for number, body in enumerate(chapters):
            book.writestr(f"OEBPS/c{number}.xhtml", f'<html xmlns="http://www.w3.org/1999/xhtml"><head>'
                          f"<title>c{number}</title></head><body>{body}</body></html>")
        for name, data in (extra or {}).items():
            book.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return path
