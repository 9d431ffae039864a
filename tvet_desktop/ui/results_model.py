"""A list model over result ids: it knows the count, and fetches rows a page at a time when shown.

Pages next to ones already shown are read at once (a few milliseconds). A page far away, reached by
dragging the scroll bar, may need the whole ranking of a very common query (100–200 ms at 100k items):
it is read in the background and its rows fill in when it arrives, so the window never freezes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex

from ..catalog.records import KIND_LABELS, Hit
from ..catalog.render import meta_parts
from ..library.rows import UNTITLED
from ..search.run import PAGE_SIZE
from ..text import escape_html
from .document_words import DocumentWords
from .local_format import catalog_words, library_words
from .plain import tooltip
from .qt_values import ACCESSIBLE_DESCRIPTION_ROLE, ACCESSIBLE_TEXT_ROLE, DISPLAY_ROLE, TOOLTIP_ROLE, USER_ROLE

if TYPE_CHECKING:
    from ..search.results import Results
    from .worker import BackgroundWork

HitRole = USER_ROLE + 1
IdRole = USER_ROLE + 2
Index = QModelIndex | QPersistentModelIndex
PageLoader = Callable[[list[int]], list[Hit]]


class ResultsModel(QAbstractListModel):
    def __init__(self, load_hits: PageLoader, work: BackgroundWork | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self.page_size = page_size  # rows read at a time; the first page comes with the search
        self._load_hits = load_hits
        self._work = work
        self._results: Results | None = None
        self._pages: dict[int, list[Hit]] = {}
        self._pending: set[int] = set()
        self._generation = 0  # answers for an older result list are dropped
        self._extra: list[Hit] = []  # rows above the catalogue results (the user's notes and documents)
        self._words = DocumentWords(self)

    def set_results(self, results: Results | None, first_page: list[Hit] | None = None,
                    load_hits: PageLoader | None = None, extra_rows: list[Hit] | None = None) -> None:
        """Show ``results``; ``first_page`` is usually fetched with them, off the GUI thread."""
        self.beginResetModel()
        self._results = results
        self._extra = [self._in_language(hit) for hit in extra_rows or ()]
        self._pages = {0: first_page} if first_page is not None else {}
        self._pending = set()
        self._generation += 1
        if load_hits is not None:
            self._load_hits = load_hits
        self.endResetModel()

    def _in_language(self, hit: Hit) -> Hit:
        """A row of the user's own (a note, a document, an entry whose item left) with the core's English words
        in the window's language; the catalogue's rows are its content, shown as they are."""
        if hit.kind == "missing":
            said = library_words(hit.snippet)
            return hit._replace(snippet=said, snippet_html=escape_html(said))
        if hit.kind == "note" and hit.title == UNTITLED:
            return hit._replace(title=library_words(UNTITLED))
        return self._words.worded(hit)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid():
            return 0
        return len(self._extra) + (self._results.count if self._results else 0)

    def hit(self, row: int) -> Hit | None:
        if 0 <= row < len(self._extra):
            return self._extra[row]
        row -= len(self._extra)
        if self._results is None or not 0 <= row < self._results.count:
            return None
        page = row // self.page_size
        if page not in self._pages:
            if self._work is not None and not self._near_shown(page):
                self._load_later(page)
                return None  # painted empty until its page arrives
            self._pages[page] = self._load_hits(self._results.page(page * self.page_size, self.page_size))
        rows = self._pages[page]
        offset = row % self.page_size
        return rows[offset] if offset < len(rows) else None

    def _near_shown(self, page: int) -> bool:
        return page == 0 or page - 1 in self._pages or page + 1 in self._pages

    def _load_later(self, page: int) -> None:
        if page in self._pending or self._work is None or self._results is None:
            return
        self._pending.add(page)
        results, load, generation = self._results, self._load_hits, self._generation
        self._work.run(lambda: load(results.page(page * self.page_size, self.page_size)),
                       lambda hits: self._arrived(generation, page, hits),
                       lambda error: self._pending.discard(page))

    def _arrived(self, generation: int, page: int, hits: list[Hit]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        self._pages[page] = hits
        first = len(self._extra) + page * self.page_size
        last = min(first + self.page_size, self.rowCount()) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first), self.index(last))

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        hit = self.hit(index.row())
        if hit is None:
            return None
        if role == DISPLAY_ROLE:
            return hit.title
        if role == TOOLTIP_ROLE:
            return tooltip(f"{hit.title}\n{catalog_words(KIND_LABELS.get(hit.kind, hit.kind))}")
        if role == ACCESSIBLE_TEXT_ROLE:
            return f"{hit.title}, {catalog_words(KIND_LABELS.get(hit.kind, hit.kind))} {hit.year or ''}"
        if role == ACCESSIBLE_DESCRIPTION_ROLE:  # the row's other lines, as a screen reader says them
            return described(hit)
        if role == HitRole:
            return hit
        if role == IdRole:
            return hit.id
        return None

    def row_of(self, item_id: str, rowid: int | None = None) -> int | None:
        """The row showing ``item_id``: among the rows already fetched, else, given its catalogue ``rowid``,
        where the results place it (its page is fetched when the row is shown)."""
        for row, hit in enumerate(self._extra):
            if hit.id == item_id:
                return row
        for page, hits in self._pages.items():
            for offset, hit in enumerate(hits):
                if hit.id == item_id:
                    return len(self._extra) + page * self.page_size + offset
        position = self._results.position(rowid) if rowid is not None and self._results is not None else None
        return None if position is None else len(self._extra) + position


def described(hit: Hit) -> str:
    """What a result row shows besides its title: the meta line (with any mark) and the snippet, as plain text."""
    from PySide6.QtGui import QTextDocumentFragment

    parts = meta_parts(hit.kind, hit.year, hit.country, hit.institution, catalog_words)
    mark = row_mark(hit)
    snippet = QTextDocumentFragment.fromHtml(hit.snippet_html).toPlainText()
    return ". ".join(part for part in (", ".join([*parts, mark] if mark else parts), snippet) if part)


def row_mark(hit: Hit) -> str:
    """What a row says after its meta line, in the window's language: a note's status or "on “{title}”" (a
    template the notes store marked), a document's page or file name (worded already: see DocumentWords)."""
    if not hit.mark or hit.document is not None:
        return hit.mark
    return library_words(hit.mark).format(title=hit.title)
