"""The page lists give the same documents, pages, scores and counts as FTS5 ranking every matching page, bit for
bit, on a real corpus; and stay right as documents are added, removed and re-read, and when an older documents
database is upgraded."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from tvet_desktop.db import Stopped
from tvet_desktop.documents.index import SCHEMA_VERSION
from tvet_desktop.documents.page_lists import PagePolicy
from tvet_desktop.documents.ranking import rank
from tvet_desktop.documents.search import PAGES_PER_DOCUMENT
from tvet_desktop.documents.service import DocumentService
from tvet_desktop.documents.store import WouldWait
from tvet_desktop.search.compile import compile_query
from tvet_desktop.search.query import parse
from tvet_desktop.search.vocabulary import Vocabulary

from .test_adding import DROP_PAGE_LISTS

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

COMMON = ["training", "trainers", "teacher", "teaching", "digital", "skills", "work", "workshop", "workers",
          "learning", "safety", "apprentice", "curriculum"]
RARE = ["welding", "solar", "plumbing", "aquaponics", "mechatronics", "assessment", "green", "welder"]
QUERIES = ["training", "digital", "teacher", "digital teacher training", "skills work", "welding", "green skills",
           "solar OR welding", '"digital skills"', "teacher -welding", "training -digital", "tea", "dig",
           "digital sk", "wor", "curriculum assessment", "skills", "learning", "w", "we", "work -\"digital skills\"",
           "safety apprentice", "aquaponics", "nothing", "tr", "welding sa"]
FTS5_RANKED = {'"digital skills"'}  # a phrase of several words: FTS5 ranks it (search.full_ranking)
# Lists for terms in 12+ pages: 6 pages long, so short that proofs run out (FTS5 ranks) and lists are cut and
# made again; or 40 long, so that the lists prove nearly every ranking themselves.
POLICIES = {"short lists": PagePolicy(threshold=12, size=6), "long lists": PagePolicy(threshold=12, size=40)}


def _word(rng: random.Random) -> str:
    draw = rng.random()
    return rng.choice(COMMON) if draw < 0.5 else rng.choice(RARE) if draw < 0.53 else f"x{rng.randint(1, 400)}"


def _write(folder: Path, count: int, seed: int) -> list[Path]:
    """Text files of a few pages each (a page is ~3,000 characters, cut at a paragraph), pages of very different
    lengths, and the same word several times in a row now and then."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for number in range(count):
        paragraphs = []
        for _ in range(rng.randint(1, 12)):
            words = [_word(rng) for _ in range(rng.choice([5, 40, 120, 300]))]
            if rng.random() < 0.2:
                words += [words[0]] * 3
            paragraphs.append(" ".join(words))
        path = folder / f"{seed}-{number:03d}.txt"
        path.write_text(f"{_word(rng)} {_word(rng)}\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
        files.append(path)
    return files


@pytest.fixture(params=list(POLICIES))
def policy(request: pytest.FixtureRequest) -> PagePolicy:
    return POLICIES[request.param]


@pytest.fixture
def corpus(data_dir: Path, tmp_path: Path, policy: PagePolicy) -> Iterator[DocumentService]:
    service = DocumentService.open(policy=policy)
    service.add([*_write(tmp_path / "one", 40, 1)])
    yield service
    service.close()


def _exact(service: DocumentService, text: str, limit: int) -> list[tuple[str, tuple[tuple[int, float], ...], int]]:
    """FTS5's ranking of every matching page, grouped by document as the search groups them."""
    conn = service.store.readers.conn
    parsed = parse(text, prefix_last=True)
    expression = compile_query(parsed, Vocabulary(service.store.readers).expand).expression
    if not expression:
        return []
    rows = conn.execute("SELECT p.document, p.page, bm25(pages_fts) AS score FROM pages_fts JOIN pages p ON "
                        "p.n = pages_fts.rowid WHERE pages_fts MATCH ? ORDER BY score, pages_fts.rowid",
                        (expression,)).fetchall()
    best: dict[int, list[tuple[int, float]]] = {}
    counts: dict[int, int] = {}
    for document, page, score in rows:
        best.setdefault(document, [])
        counts[document] = counts.get(document, 0) + 1
        if len(best[document]) < PAGES_PER_DOCUMENT:
            best[document].append((page, score))
    ids = dict(conn.execute("SELECT n, id FROM documents"))
    return [(ids[d], tuple(pages), counts[d]) for d, pages in list(best.items())[:limit]]


def _found(service: DocumentService, text: str, limit: int) -> list[tuple[str, tuple[tuple[int, float], ...], int]]:
    return [(hit.document.id, tuple((page.page, page.score) for page in hit.pages), hit.matching_pages)
            for hit in service.search(text, prefix=True, limit=limit).hits]


def _lists_used(service: DocumentService) -> int:
    return int(service.store.conn.execute("SELECT count(*) FROM list_bounds").fetchone()[0])


def _check_all(service: DocumentService) -> None:
    for text in QUERIES:
        for limit in (1, 3, 10, 50):
            found, exact = _found(service, text, limit), _exact(service, text, limit)
            if text in FTS5_RANKED:  # the documents, their best page and counts; further pages from the best 500
                found, exact = [(d, pages[:1], count) for d, pages, count in found], \
                    [(d, pages[:1], count) for d, pages, count in exact]
            assert found == exact, (text, limit)


def test_the_lists_rank_as_fts5_does(corpus: DocumentService, policy: PagePolicy) -> None:
    assert _lists_used(corpus) > 5  # the common words have lists
    _check_all(corpus)
    if policy.size == 40:  # the lists themselves proved these (no FTS5 ranking of every match)
        conn = corpus.store.readers.conn
        for text in ("training", "digital teacher training", "wor", "welding sa", "teacher -welding"):
            compiled = compile_query(parse(text, prefix_last=True), Vocabulary(corpus.store.readers).expand)
            assert rank(conn, compiled, 10, PAGES_PER_DOCUMENT), text


def test_the_lists_stay_right_as_documents_come_and_go(corpus: DocumentService, tmp_path: Path) -> None:
    corpus.add(_write(tmp_path / "two", 30, 2))
    _check_all(corpus)
    for document in corpus.list()[::3]:
        corpus.remove(document.id)
    _check_all(corpus)
    report = corpus.add([tmp_path / "one"])  # the removed ones come back
    assert report.added
    _check_all(corpus)
    for document in corpus.list():
        corpus.remove(document.id)
    assert corpus.search("training").hits == ()
    conn = corpus.store.conn
    assert conn.execute("SELECT count(*) FROM page_lists").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM term_pages").fetchone()[0] == 0


def test_the_page_counts_are_fts5s(corpus: DocumentService) -> None:
    for document in corpus.list()[::4]:
        corpus.remove(document.id)
    conn = corpus.store.conn
    conn.execute("CREATE VIRTUAL TABLE temp.counted USING fts5vocab(main, pages_fts, 'row')")
    assert dict(conn.execute("SELECT term, doc FROM temp.counted")) == dict(conn.execute("SELECT * FROM term_pages"))


def test_a_database_of_version_2_is_upgraded_with_its_lists(corpus: DocumentService, policy: PagePolicy) -> None:
    folder = corpus.store.folder
    before = {text: _found(corpus, text, 10) for text in QUERIES}
    corpus.close()
    conn = sqlite3.connect(folder / "documents.sqlite")
    conn.executescript(DROP_PAGE_LISTS + "PRAGMA user_version = 2;")
    conn.close()
    with pytest.raises(WouldWait) as waited:  # the window's start does not wait for an upgrade
        DocumentService.open(policy=policy, wait=False)
    assert waited.value.reason == "upgrade"
    with pytest.raises(Stopped):  # the window closed while it ran: stopped, to run again at the next opening
        DocumentService.open(policy=policy, should_stop=lambda: True)
    other = sqlite3.connect(folder / "documents.sqlite", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds them: the window's tries to upgrade do not wait
    try:
        with pytest.raises(WouldWait) as busy:
            DocumentService.open(policy=policy, wait=False, upgrade=True)
        assert busy.value.reason == "busy"
    finally:
        other.execute("ROLLBACK")
        other.close()
    check = sqlite3.connect(folder / "documents.sqlite")
    assert check.execute("PRAGMA user_version").fetchone()[0] == 2
    check.close()
    service = DocumentService.open(policy=policy)
    try:
        assert service.store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert _lists_used(service) > 5
        assert {text: _found(service, text, 10) for text in QUERIES} == before
        _check_all(service)
    finally:
        service.close()


UPGRADE_CHILD = """
import sys, time
from pathlib import Path
from tvet_desktop.documents import page_lists
from tvet_desktop.documents.service import DocumentService
made = page_lists.make_list
def slow(*args):
    made(*args)
    print("made one", flush=True)
    time.sleep(60)
page_lists.make_list = slow
DocumentService.open(Path(sys.argv[1]), policy=page_lists.PagePolicy(threshold=12, size=6))
"""


def test_kill_9_while_upgrading_leaves_a_database_that_opens(corpus: DocumentService, policy: PagePolicy) -> None:
    """The upgrade is one transaction: killed halfway (its first lists made), the database is still version 2,
    and is upgraded whole the next time."""
    folder = corpus.store.folder
    before = {text: _found(corpus, text, 10) for text in QUERIES}
    corpus.close()
    conn = sqlite3.connect(folder / "documents.sqlite")
    conn.executescript(DROP_PAGE_LISTS + "PRAGMA user_version = 2;")
    conn.close()
    child = subprocess.Popen([sys.executable, "-c", UPGRADE_CHILD, str(folder)], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert child.stdout is not None and child.stdout.readline() == "made one\n"
    child.send_signal(signal.SIGKILL)
    child.wait()
    conn = sqlite3.connect(folder / "documents.sqlite")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    conn.close()
    service = DocumentService.open(folder, policy=policy)
    try:
        assert service.store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert {text: _found(service, text, 10) for text in QUERIES} == before
    finally:
        service.close()
