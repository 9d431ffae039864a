"""Documents for the documents benchmark: PDFs with a text layer (pypdf writes the pages) and text files, both
from the synthetic catalogue's word model (``generate.TextModel``), with a fixed seed."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, StreamObject

from .generate import TextModel

if TYPE_CHECKING:
    from pathlib import Path

WORDS_PER_PAGE = 330  # a printed page of a report
LINE_CHARS = 90


def page_texts(seed: int, pages: int) -> list[str]:
    model = TextModel(random.Random(seed))
    return [" ".join(model.sentences(WORDS_PER_PAGE)) for _ in range(pages)]


def _lines(text: str) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) + 1 > LINE_CHARS:
            lines.append(line)
            line = ""
        line = f"{line} {word}" if line else word
    return [*lines, line]


def write_pdf(path: Path, pages: list[str], title: str) -> Path:
    writer = PdfWriter()
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding")}))
    for text in pages:
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
        body = b" T* ".join(b"(" + line.encode("cp1252", "replace").replace(b"\\", b"").replace(b"(", b"")
                            .replace(b")", b"") + b") Tj" for line in _lines(text))
        stream = StreamObject()
        stream.set_data(b"BT /F1 9 Tf 11 TL 40 760 Td " + body + b" ET")
        page[NameObject("/Contents")] = writer._add_object(stream)
    writer.add_metadata({"/Title": title})
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def write_text_documents(folder: Path, documents: int, pages_each: int, seed: int = 7) -> int:
    """``documents`` Markdown files of ``pages_each`` pages (~3,000 characters each, as the index cuts them)."""
    folder.mkdir(parents=True, exist_ok=True)
    model = TextModel(random.Random(seed))
    for number in range(documents):
        parts = [f"# {model.title()}"]
        parts += ["\n\n".join(" ".join(model.sentences(WORDS_PER_PAGE // 2)) for _ in range(3))
                  for _ in range(pages_each)]
        (folder / f"doc-{number:05d}.md").write_text("\n\n".join(parts), encoding="utf-8")
    return documents * pages_each
