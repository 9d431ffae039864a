"""The user's documents (issue 11): which PDF text extractor, indexing speed and memory, and search as you type
over many documents against a naive FTS5 page index queried the same way."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path
from typing import Any

from tvet_desktop.catalog.snapshot import Catalog
from tvet_desktop.documents.service import DocumentService
from tvet_desktop.library.search import DOCUMENT_HITS, EVERYTHING, search_library
from tvet_desktop.library.store import open_notes
from tvet_desktop.search.engine import SearchEngine
from tvet_desktop.search.run import SearchRequest

from .bench_search import naive_expression
from .documents_corpus import page_texts, write_pdf, write_text_documents
from .generate import ensure_snapshot
from .stats import summary, timed

REPO = Path(__file__).resolve().parent.parent
EXTRACT_PAGES = 300
# Typed a character at a time, as in the search field: every prefix is one search.
TYPED = ["welding safety", "digital skills", "apprenticeship", "teacher training", "green jobs",
         "curriculum assessment", "work-based learning", "entrepreneurship", "quality assurance", "solar energy"]
NAIVE_SQL = ("SELECT rowid, snippet(naive, 0, '[', ']', '…', 24), bm25(naive) AS score FROM naive "
             "WHERE naive MATCH ? ORDER BY score LIMIT 30")


def _child(*args: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-m", "benchmarks.documents_child", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=1800, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def extractors(folder: Path, repeat: int) -> dict[str, Any]:
    """Pages per second of each extractor on one generated PDF (median of ``repeat`` runs)."""
    import pypdfium2
    from pypdf import PdfReader

    pdf = write_pdf(folder / "extract.pdf", page_texts(1, EXTRACT_PAGES), "Extraction")

    def with_pdfium() -> None:
        document = pypdfium2.PdfDocument(str(pdf))
        for index in range(len(document)):
            page = document[index]
            text = page.get_textpage()
            text.get_text_bounded()
            text.close()
            page.close()
        document.close()

    def with_pypdf() -> None:
        for page in PdfReader(str(pdf)).pages:
            page.extract_text()

    found = {}
    for name, job in (("pypdfium2", with_pdfium), ("pypdf", with_pypdf)):
        found[name] = EXTRACT_PAGES / (summary(timed(job, repeat))["median"] / 1000)
    qt = sorted(_child("qtpdf", str(pdf))["seconds"] for _ in range(repeat))
    found["QtPdf (QPdfDocument.getAllText)"] = EXTRACT_PAGES / qt[len(qt) // 2]
    return {"pages": EXTRACT_PAGES, "pages_per_s": found}


def indexing(folder: Path) -> dict[str, Any]:
    """Adding PDFs: pages per second, and the peak memory of one short and one long document (each in a fresh
    process), to show memory does not grow with a document's length."""
    runs = {}
    for pages in (100, 1000):
        pdf = write_pdf(folder / f"index-{pages}.pdf", page_texts(pages, pages), f"Index {pages}")
        runs[pages] = _child("add", str(pdf), str(folder / f"data-{pages}"))
    many = folder / "many"
    many.mkdir()
    for number in range(10):
        write_pdf(many / f"{number}.pdf", page_texts(100 + number, 100), f"Report {number}")
    service = DocumentService.open(folder / "data-many")
    started = time.perf_counter()
    report = service.add([many])
    seconds = time.perf_counter() - started
    service.close()
    pages = sum(d.pages for d in report.added)
    return {"folder_pages": pages, "folder_s": seconds, "folder_pages_per_s": pages / seconds,
            "single": {str(k): {**v, "pages_per_s": v["pages"] / v["seconds"]} for k, v in runs.items()}}


def _naive_index(documents: Path, target: Path) -> float:
    """A naive page index of the same pages: their raw text in FTS5 (unicode61, accents folded)."""
    started = time.perf_counter()
    naive = sqlite3.connect(target)
    naive.execute("CREATE VIRTUAL TABLE naive USING fts5(text, tokenize='unicode61 remove_diacritics 2')")
    source = sqlite3.connect(documents / "documents.sqlite")
    naive.executemany("INSERT INTO naive(rowid, text) VALUES (?, ?)", source.execute("SELECT n, text FROM pages"))
    naive.commit()
    naive.close()
    source.close()
    return time.perf_counter() - started


def _keystrokes() -> list[str]:
    return [text[:end] for text in TYPED for end in range(1, len(text) + 1)]


def search(folder: Path, documents: int, pages_each: int, catalogue: int, repeat: int) -> dict[str, Any]:
    """Every keystroke of :data:`TYPED` against the app's page index and the naive one, interleaved; then each
    keystroke as the window searches it: the documents and the ``catalogue``-item catalogue together."""
    source = folder / "corpus"
    started = time.perf_counter()
    write_text_documents(source, documents, pages_each)
    generated = time.perf_counter() - started
    service = DocumentService.open(folder / "data-search")
    started = time.perf_counter()
    report = service.add([source])
    indexed = time.perf_counter() - started
    pages = sum(d.pages for d in report.added)
    naive_built = _naive_index(service.store.folder, folder / "naive.sqlite")
    naive = sqlite3.connect(f"{(folder / 'naive.sqlite').as_uri()}?mode=ro", uri=True)
    app: list[float] = []
    base: list[float] = []
    for typed in range(1 + repeat):  # typed through once first, untimed: caches and lazy set-up settle
        for text in _keystrokes():
            found = timed(partial(service.search, text, True, DOCUMENT_HITS), 1, warmup=0)
            expression = naive_expression(text, prefix=True)
            naive_found = timed(partial(lambda e: naive.execute(NAIVE_SQL, (e,)).fetchall(), expression), 1,
                                warmup=0) if expression else [0.0]
            if typed:
                app += found
                base += naive_found
    naive.close()
    together = _with_the_catalogue(folder, service, catalogue, repeat)
    sizes = {"app_mib": (service.store.folder / "documents.sqlite").stat().st_size / 2**20,
             "naive_mib": (folder / "naive.sqlite").stat().st_size / 2**20}
    service.close()
    return {"documents": documents, "pages": pages, "generate_s": generated, "index_s": indexed,
            "naive_build_s": naive_built, "keystrokes": len(_keystrokes()), "app": summary(app),
            "naive": summary(base), "catalogue": catalogue, **together, **sizes}


def _with_the_catalogue(folder: Path, service: DocumentService, size: int, repeat: int) -> dict[str, Any]:
    """Each keystroke as the window runs it (``search_library``: the catalogue's results, facets and first page,
    the notes, the documents), and the catalogue's part alone, on the generated ``size``-item snapshot."""
    snapshot, _ = ensure_snapshot(size)
    engine = SearchEngine(Catalog(snapshot))
    notes = open_notes(folder / "notes", backup=False)
    both: list[float] = []
    alone: list[float] = []
    for typed in range(1 + repeat):  # the first time through untimed, as above
        for text in _keystrokes():
            found = timed(partial(search_library, engine, notes, SearchRequest(text), EVERYTHING, documents=service),
                          1, warmup=0)
            both += found if typed else []
        for text in _keystrokes():
            found = timed(partial(search_library, engine, notes, SearchRequest(text), EVERYTHING), 1, warmup=0)
            alone += found if typed else []
    notes.close()
    engine.catalog.close()
    return {"with_catalogue": summary(both), "catalogue_alone": summary(alone)}


def run(documents: int, pages_each: int, catalogue: int, repeat: int, log: Any = print) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="tvet-documents-bench-"))
    try:
        log("documents: extractors")
        extract = extractors(folder, repeat)
        log("documents: indexing and memory")
        index = indexing(folder)
        log(f"documents: search as you type over {documents:,} documents")
        found = search(folder, documents, pages_each, catalogue, repeat)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {"extract": extract, "index": index, "search": found}


def section(result: dict[str, Any]) -> list[str]:
    """The Markdown section of docs/benchmarks.md."""
    extract, index, found = result["extract"], result["index"], result["search"]
    rows = [f"| {name} | {rate:,.0f} |" for name, rate in sorted(extract["pages_per_s"].items(), key=lambda r: -r[1])]
    single = index["single"]
    ratio = found["app"]["p95"] / found["naive"]["p95"] if found["naive"]["p95"] else float("nan")
    return [
        "## 7. Your own documents (issue 11)", "",
        f"**PDF text extractors** on one generated {extract['pages']}-page PDF (330 words a page, Helvetica; median "
        "of the runs; QtPdf in a child process with an off-screen Qt application). The fastest is the one the app "
        "uses (`documents/pdf.py`).", "",
        "| extractor | pages/s |", "|---|---|", *rows, "",
        "**Indexing** (`DocumentService.add`: copy, hash, extract, stem, FTS5, one transaction per document): a "
        f"folder "
        f"of 10 PDFs of 100 pages, {index['folder_pages']:,} pages in {index['folder_s']:.2f} s = "
        f"**{index['folder_pages_per_s']:,.0f} pages/s** (target ≥ 50). Peak memory of a fresh process adding one "
        "document: memory does not grow with the document's length (pages are read, indexed and let go one by one).",
        "", "| document | pages/s | process memory before MiB | peak MiB |", "|---|---|---|---|",
        *[f"| {pages} pages | {r['pages_per_s']:,.0f} | {r['rss_before_mib']:.0f} | {r['rss_peak_mib']:.0f} |"
          for pages, r in single.items()], "",
        f"**Search as you type** over {found['documents']:,} documents / {found['pages']:,} pages (Markdown files "
        f"from the synthetic word model; generated in {found['generate_s']:.0f} s, indexed by the app in "
        f"{found['index_s']:.0f} s = {found['pages'] / found['index_s']:,.0f} pages/s). {found['keystrokes']} "
        "keystrokes (every prefix of 10 typed queries, typed through 3 times after a first untimed time: each "
        "keystroke searched once a time, in the order typed), each searched as the window searches it, "
        f"`DocumentService.search(text, prefix=True, limit={DOCUMENT_HITS})`: the {DOCUMENT_HITS} best documents "
        "with up to 3 best pages each and "
        "their snippets, exact page counts, "
        "\"Did you mean\" when nothing matched; a keystroke whose query compiles as its predecessor's (\"wor\", "
        "\"work\", \"work-\") gets that one's hits again (never its own: the same text is not searched twice in a "
        "row). Baseline: a naive FTS5 page index of the same pages' raw text "
        "(unicode61, accents folded, built in "
        f"{found['naive_build_s']:.0f} s) queried the same way (the same parsed words, the last one an FTS5 prefix, "
        "`snippet()` and `bm25` ORDER BY, LIMIT 30 pages: as many rows as the app's), interleaved with the app.", "",
        "| | median ms | p95 ms | max ms | index MiB |", "|---|---|---|---|---|",
        f"| app | {found['app']['median']:.2f} | {found['app']['p95']:.2f} | {found['app']['max']:.1f} | "
        f"{found['app_mib']:.0f} |",
        f"| naive FTS5 | {found['naive']['median']:.2f} | {found['naive']['p95']:.2f} | {found['naive']['max']:.1f} | "
        f"{found['naive_mib']:.0f} |", "",
        f"p95 ratio app/naive: **{ratio:.2f}×** (target ≤ 0.5×).", "",
        f"**A keystroke as the window runs it**, the same {found['keystrokes']} keystrokes: `search_library` (the "
        f"catalogue's results, first page of rows and facet counts, the matching notes, and the documents above "
        f"them) over these documents and the generated {found['catalogue']:,}-item catalogue; beside it the same "
        "call with no documents (the catalogue's part).", "",
        "| | median ms | p95 ms | max ms |", "|---|---|---|---|",
        *[f"| {name} | {r['median']:.2f} | {r['p95']:.2f} | {r['max']:.1f} |" for name, r in (
            ("documents and catalogue", found["with_catalogue"]), ("catalogue alone", found["catalogue_alone"]))], "",
        f"p95 of a keystroke over both: **{found['with_catalogue']['p95']:.1f} ms** (target ≤ 60 ms).", "",
    ]


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--pages-each", type=int, default=50)
    parser.add_argument("--catalogue", type=int, default=100_000, help="items of the catalogue searched with them")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    result = run(args.documents, args.pages_each, args.catalogue, args.repeat)
    out = REPO / "benchmarks" / "data"
    out.mkdir(parents=True, exist_ok=True)
    (out / "results-documents.json").write_text(json.dumps(result, indent=1))
    text = "\n".join(section(result))
    (out / "benchmarks-documents.md").write_text(text, encoding="utf-8")
    print(text)
