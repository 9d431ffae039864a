"""What shipping each attachment's page text in the snapshot would cost (issue 11, §4 and §2).

Run: ``python -m benchmarks.bench_page_text [DOCUMENTS] [PAGES]``. The pages are real catalogue prose (the
bundled catalogue's summaries and bodies, in its four languages) at about 3,000 characters a page, a dense page
of a report, written into real PDFs; the text is read back with pypdfium2 (the engine the build already uses).
Measured: extraction speed, the text's size raw and xz-compressed (what a full snapshot download grows by), and
how much a snapshot grows when the pages are stored and indexed with the app's own terms (FTS5, contentless).
"""

from __future__ import annotations

import lzma
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import pypdfium2

from tests.pdfs import write_pdf
from tvet_desktop.catalog.language import index_terms
from tvet_desktop.catalog.schema import TOKENIZER
from tvet_desktop.catalog.snapshot import Catalog
from tvet_desktop.paths import bundled_snapshot
from tvet_desktop.sync.files import XZ_PRESET

PAGE_CHARS = 3000
LINE_CHARS = 90


def prose() -> list[str]:
    """Every word of the bundled catalogue's summaries and bodies, in catalogue order, that the test PDFs' standard
    font can draw (Latin-1: the Arabic words and typographic quotes are left out)."""
    with Catalog(bundled_snapshot()) as catalog:
        ids = [row[0] for row in catalog.conn.execute("SELECT id FROM items ORDER BY rowid")]
        items = catalog.items(ids)
    return [word for item in items.values() for word in f"{item.summary} {item.body}".split()
            if word.isascii() or all(ord(c) < 256 for c in word)]


def pages_of(words: list[str], count: int, seed: int) -> list[str]:
    """Words drawn at random (seeded) from the catalogue's prose: real vocabulary and word lengths, but no
    repeated passages, which would let xz shrink the text far below what real documents allow. Random order
    compresses worse than prose, so the download figures are an upper bound."""
    chooser = random.Random(seed)
    pages = []
    for _ in range(count):
        lines, line, size = [], [], 0
        while size < PAGE_CHARS:
            word = chooser.choice(words)
            line.append(word)
            size += len(word) + 1
            if sum(len(w) + 1 for w in line) > LINE_CHARS:
                lines.append(" ".join(line))
                line = []
        lines.append(" ".join(line))
        pages.append("\n".join(lines))
    return pages


def extract(path: Path) -> list[str]:
    document = pypdfium2.PdfDocument(path)
    try:
        return [document[n].get_textpage().get_text_range() for n in range(len(document))]
    finally:
        document.close()


def snapshot_growth(texts: list[list[str]], folder: Path) -> tuple[int, int, int, int]:
    """(bytes, xz bytes) of the bundled snapshot, and of a copy with the page text stored and indexed."""
    base = bundled_snapshot().read_bytes()
    copy = folder / "with-pages.sqlite"
    copy.write_bytes(base)
    conn = sqlite3.connect(copy)
    conn.execute("CREATE TABLE attachment_pages (document INTEGER, page INTEGER, text TEXT, "
                 "PRIMARY KEY (document, page))")
    conn.execute(f"CREATE VIRTUAL TABLE pages_fts USING fts5(text, content='', tokenize='{TOKENIZER}')")
    for number, document in enumerate(texts):
        for page, text in enumerate(document, 1):
            conn.execute("INSERT INTO attachment_pages VALUES (?, ?, ?)", (number, page, text))
            conn.execute("INSERT INTO pages_fts(rowid, text) VALUES (?, ?)",
                         (number * 100_000 + page, " ".join(index_terms(text))))
    conn.execute("INSERT INTO pages_fts(pages_fts) VALUES ('optimize')")
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    grown = copy.read_bytes()
    return len(base), len(lzma.compress(base, preset=XZ_PRESET)), len(grown), len(lzma.compress(grown,
                                                                                                 preset=XZ_PRESET))


def main(documents: int = 40, pages: int = 120) -> None:
    words = prose()
    with tempfile.TemporaryDirectory(prefix="tvet-bench-pages-") as name:
        folder = Path(name)
        paths = [write_pdf(folder / f"d{n}.pdf", pages_of(words, pages, n)) for n in range(documents)]
        started = time.perf_counter()
        texts = [extract(path) for path in paths]
        seconds = time.perf_counter() - started
        raw = "\n\f".join("\n\f".join(document) for document in texts).encode()
        packed = lzma.compress(raw, preset=XZ_PRESET)
        pdf_bytes = sum(path.stat().st_size for path in paths)
        base, base_xz, grown, grown_xz = snapshot_growth(texts, folder)
    total = documents * pages
    print(f"{documents} documents x {pages} pages = {total} pages; PDFs (text only, no images) "
          f"{pdf_bytes / 1e6:.1f} MB")
    print(f"extraction (pypdfium2): {seconds:.2f} s, {total / seconds:.0f} pages/s")
    print(f"page text: {len(raw) / 1e6:.2f} MB raw, {len(packed) / 1e6:.2f} MB xz "
          f"({len(raw) / total:.0f} / {len(packed) / total:.0f} bytes a page)")
    print(f"snapshot: {base / 1e6:.2f} MB ({base_xz / 1e6:.2f} MB xz) -> with pages stored and indexed "
          f"{grown / 1e6:.2f} MB ({grown_xz / 1e6:.2f} MB xz): x{grown / base:.1f} on disk, x{grown_xz / base_xz:.1f} "
          "to download")


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:3]))
