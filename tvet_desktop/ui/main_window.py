"""The main window: search field on top, sidebar · results · reading pane, status bar below."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from ..catalog.browse import SORTS, Filters
from ..catalog.snapshot import Catalog
from ..documents.records import is_document_id
from ..errors import user_message
from ..library.document_rows import PAGE_KIND, first_page_of
from ..library.search import EVERYTHING, search_library
from ..search.engine import SearchEngine
from ..search.marks import words_to_mark
from ..search.run import PAGE_SIZE, SearchOutcome, SearchRequest
from ..text import QT_TRANSLATE_NOOP, escape_html
from . import local_format
from .facet_model import FacetModel
from .first_paint import AfterFirstPaint
from .handout_actions import HandoutActions
from .library_controller import LibraryController
from .palette import SYSTEM_SEEN
from .plain import message_box, tooltip
from .qt_values import PLAIN_TEXT, VERTICAL
from .reader.opening import DocumentOpener, is_document_row
from .reader.reading_area import ReadingArea
from .reading_pane import ReadingPane
from .results_model import HitRole, IdRole, ResultsModel
from .results_pane import ResultsPane
from .search_field import SearchField
from .sidebar import Sidebar
from .text_size import text_scale
from .window_size import pane_widths
from .worker import BackgroundWork, Latest, explain

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent

    from ..catalog.records import Hit, Item
    from ..documents.records import AddReport
    from ..documents.service import DocumentService
    from ..library.search import Collection
    from ..library.store import NotesStore
    from ..sync.service import UpdateService
    from ..sync.store import ActiveCatalogue
    from .catalogue_watch import CatalogueWatch
    from .document_actions import DocumentActions
    from .document_adder import DocumentAdder
    from .documents_box import DocumentsBox
    from .documents_opening import DocumentsOpening
    from .offline_actions import OfflineActions
    from .settings import WindowSettings
    from .share_dialog import ShareDialog
    from .storage_dialog import StorageDialog
    from .sync_dialog import SyncDialog
DEBOUNCE_MS = 150
INLINE_FIRST_SEARCH_MAX_ITEMS = 2000  # its first search takes about 20 ms
REPLACED_MESSAGE_MS = 15_000  # the status bar hides the catalogue's own line while it shows a message
# Translated when shown (F1); marked here so that lupdate collects them under the window's context.
SHORTCUTS = [
    ("Ctrl+K / Ctrl+F", QT_TRANSLATE_NOOP("MainWindow", "Go to the search field")),
    (QT_TRANSLATE_NOOP("MainWindow", "↓ or Enter (in search)"),
     QT_TRANSLATE_NOOP("MainWindow", "Move into the results")),
    ("↑ / ↓", QT_TRANSLATE_NOOP("MainWindow", "Previous / next result")),
    ("Esc", QT_TRANSLATE_NOOP("MainWindow", "Clear the search")),
    ("Ctrl+= / Ctrl+- / Ctrl+0",
     QT_TRANSLATE_NOOP("MainWindow", "Larger / smaller / normal text (the whole window)")),
    ("F6 / Shift+F6", QT_TRANSLATE_NOOP("MainWindow", "Next / previous pane")),
    ("Ctrl+Shift+X", QT_TRANSLATE_NOOP("MainWindow", "Clear all filters")),
    ("Ctrl+D", QT_TRANSLATE_NOOP("MainWindow", "Bookmark the open item")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("MainWindow", "Write in the note on the open item")),
    ("Ctrl+Shift+Q", QT_TRANSLATE_NOOP("MainWindow", "Quote the selected passage into the note")),
    ("Ctrl+N", QT_TRANSLATE_NOOP("MainWindow", "New free-standing note")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("MainWindow", "Add the open item to a reading list")),
    ("Alt+↑ / Alt+↓", QT_TRANSLATE_NOOP("MainWindow", "Move the open item up / down its reading list")),
    ("F1", QT_TRANSLATE_NOOP("MainWindow", "This list")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("MainWindow", "Quit")),
]


class MainWindow(QMainWindow):
    search_finished = Signal(object)  # SearchOutcome, after it is shown

    def __init__(self, catalog: Catalog, notes: NotesStore, settings: WindowSettings, work: BackgroundWork,
                 updates: UpdateService | None = None, page_size: int = PAGE_SIZE,
                 documents: DocumentService | None = None,
                 open_documents: Callable[..., DocumentService] | None = None, defer_setup: bool = False,
                 documents_awaited: str | None = None) -> None:
        """``documents``: the user's documents, or ``open_documents`` to open them in the background once the
        window has painted (when there are none yet, or ``documents_awaited``: the start could not open them at
        once, "busy" or "upgrade"; see :mod:`.documents_opening`). ``defer_setup``: what the
        first painted results do not need is set up right after they have painted (see ``first_paint``)."""
        super().__init__()
        self.catalog, self.notes, self.settings, self.work = catalog, notes, settings, work
        self.documents = documents  # the user's own files; None: the window has no documents (a --catalog FILE)
        self.engine = SearchEngine(catalog)
        self.updates = updates
        self._retired: list[Catalog] = []  # replaced by a sync; closed with the window (a search may still use one)
        self._listed_from = self.engine  # what the result list shows (the old catalogue until a sync's search is back)
        self._sync_dialog: SyncDialog | None = None
        self._share_dialog: ShareDialog | None = None
        self.request = SearchRequest(sort=settings.sort if settings.sort in SORTS else "relevance")
        self._searches = Latest()  # typing faster than a search runs: only the newest text is searched
        self._select_first = False  # Enter was pressed before the answer to the typed text arrived
        self._listed: tuple[SearchRequest, Collection] | None = None  # what the result list shows
        self._open: str | None = None  # the result row (an item id, or a note's) the reading pane shows
        self._opened_as: str | None = None  # and what opening it showed (see _opened_key)
        self._hovered = ""  # the link address the status bar shows
        self._searching = False  # a search was asked for and its answer has not come yet
        self.remember_state = True  # off for --screenshot, which must not change the user's settings
        self.restart_wanted = False  # the app starts again once this window has closed (see app.py)
        self.setWindowTitle("TVET Desktop")

        self.search_field = SearchField()
        self.facet_model = FacetModel()
        self.facet_model.describing = not defer_setup  # the rows' tooltips and spoken texts: after the first paint
        self.results_model = ResultsModel(lambda rowids: [], work, page_size)
        self.sidebar = Sidebar(self.facet_model)
        self.results = ResultsPane(self.results_model)
        self.reader = ReadingPane(work=work)
        self.attachments: DocumentsBox | None = None  # made after the first paint (hidden until an item has some)
        self._storage_dialog: StorageDialog | None = None
        self._has_documents = documents is not None or open_documents is not None
        # "My documents" is listed from the first paint on, also while the documents are opened after it.
        # Why another program or an upgrade holds them up, "busy" or "upgrade" (see _open_documents): not counted.
        self._awaited = documents_awaited
        # Awaited, or they could not be opened: none of them is taken for removed (see search_library).
        self._documents_unopened = documents_awaited is not None
        self._opening: DocumentsOpening | None = None
        self.library = LibraryController(notes, catalog, self.reader, self, work, count_documents=(
            self._count_documents if self._has_documents else None))
        self.reading_area = ReadingArea(self.reader, settings, work)  # the item pane, or a document in front of it
        self.library.selection = self.reading_area.selection
        self.opener = DocumentOpener(documents, self.reading_area, self.library, lambda: self.request.text)
        self.library.find_item = self.find_item
        self.adder: DocumentAdder | None = None
        self.document_actions: DocumentActions | None = None  # remove one, re-read a folder: with the documents
        self.offline: OfflineActions | None = None  # keep a reading list (or, in Storage, all) offline
        if self._has_documents:
            from .document_adder import DocumentAdder

            self.adder = DocumentAdder(documents, work, self)  # in the status bar from the first paint (its height)
            self.adder.finished.connect(self._documents_added)
        self.catalogue_watch: CatalogueWatch | None = None  # made after the first paint
        # Decided now: an update landing before the watch is made must be followed, not taken for a --catalog FILE.
        self._follows = updates is not None and updates.active().path == catalog.path
        self.handouts = HandoutActions(self.library, lambda: self.catalog, work)
        self._build_layout()
        from .focus_ring import FocusRing

        self.focus_ring = FocusRing(self)
        self._build_menus()
        self._connect()

        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.sidebar.set_year_bounds(*catalog.year_range())
        self.sidebar.fit_counts(catalog.info.item_count)
        self._restore()
        if self.search_field.text():  # its clear button is shown in the first frame
            self._add_clear_button()
        later = [self.focus_ring.let_clicks_through, self._add_clear_button, self.facet_model.describe,
                 self._fill_menus, self._add_attachments_box,
                 self._install_offline, self._watch_catalogue,
                 lambda: self.attach_documents(documents) if open_documents is None else
                 self._open_documents(open_documents, documents_awaited)]
        self.setup = AfterFirstPaint(self, later)
        if not defer_setup:
            self.setup.run_now()

    # -- construction ------------------------------------------------------------------------
    def _add_clear_button(self) -> None:
        self.search_field.setClearButtonEnabled(True)

    def _build_layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel("<b>{}</b>".format(self.tr("Your library"))))
        left_layout.addWidget(self.library.collections)
        left_layout.addWidget(QLabel("<b>{}</b>".format(self.tr("Browse"))))
        left_layout.addWidget(self.sidebar, 1)
        reading = QWidget()
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.addWidget(self.library.toolbar)
        reading_layout.addWidget(self.reading_area, 1)
        self._reading_layout = reading_layout  # the attachments box goes below the reading area
        self.right = QSplitter()
        self.right.setProperty("orientation", VERTICAL)  # see qt_values.py
        self.right.addWidget(reading)
        self.right.addWidget(self.library.panel)
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 1)
        self.right.setChildrenCollapsible(False)
        self.splitter = QSplitter()  # side by side
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.results)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([240, 420, 620])
        self.splitter.setChildrenCollapsible(False)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.search_field)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.catalogue_label = QLabel()
        self.catalogue_label.setProperty("textFormat", PLAIN_TEXT)
        self._show_catalogue_status()
        self.timing_label = QLabel()
        self.statusBar().addWidget(self.catalogue_label, 1)
        # A message takes the line's place. QStatusBar hides the line only when it is visible at that moment, and
        # shows it again when widgets are added beside it: a message said before the window is shown, or right
        # after the set-up added its own, was painted over the line.
        self.statusBar().messageChanged.connect(lambda message: self.catalogue_label.setVisible(not message))
        self.statusBar().addPermanentWidget(self.timing_label)
        if self.adder is not None:
            self.statusBar().addPermanentWidget(self.adder)

    def _build_menus(self) -> None:
        """The menu bar with its menus' titles, as it is painted first; their entries come right after."""
        bar = self.menuBar()
        self._menus = [bar.addMenu(n) for n in (self.tr("&File"), self.tr("&Edit"), self.tr("&View"), self.tr("&Notes"),
                                                self.tr("&Lists"), self.tr("&Help"))]

    def _fill_menus(self) -> None:
        """The menus' entries and their keyboard shortcuts (right after the first paint: before any key reaches
        the window)."""
        from PySide6.QtGui import QAction, QKeySequence  # their types are made here, after the first paint

        file_menu, edit_menu, view_menu, notes_menu, lists_menu, help_menu = self._menus
        library = self.library
        self.item_actions: dict[str, QAction] = {}  # enabled only while there is something to act on
        for menu, text, keys, slot, name in (
            (file_menu, self.tr("&Update the catalogue…"), [], self.open_sync_dialog, ""),
            (file_menu, self.tr("Add &documents…"), ["Ctrl+O"], self.choose_documents, "documents"),
            (file_menu, self.tr("Add a &folder of documents…"), [], self.choose_document_folder, "folder"),
            (file_menu, self.tr("&Read a folder of documents again…"), [],
             lambda: self.document_actions and self.document_actions.choose_folder_to_rescan(), "rescan"),
            (file_menu, self.tr("Re&move this document…"), [],
             lambda: self.document_actions and self.document_actions.remove_open(), "remove document"),
            (file_menu, self.tr("&Share with this room…"), [], self.open_share_dialog, ""),
            (file_menu, self.tr("S&torage…"), [], self.open_storage_dialog, ""),
            (file_menu, self.tr("&Print handout…"), ["Ctrl+P"], self.handouts.print_handout, ""),
            (file_menu, self.tr("Save handout as P&DF…"), [], self.handouts.save_pdf, ""),
            (file_menu, self.tr("&Export notes, bookmarks and lists…"), [], library.export_notes, ""),
            (file_menu, self.tr("&Import notes…"), [], library.import_notes, ""),
            (file_menu, self.tr("&Quit"), ["Ctrl+Q"], self.close, ""),
            (notes_menu, self.tr("&Bookmark"), ["Ctrl+D"], library.toggle_bookmark, "bookmark"),
            (notes_menu, self.tr("&Edit note"), ["Ctrl+E"], library.panel.focus_editor, "note"),
            (notes_menu, self.tr("&Quote selection into note"), ["Ctrl+Shift+Q"], library.quote_selection, "quote"),
            (notes_menu, self.tr("&New note…"), ["Ctrl+N"], library.new_note, ""),
            (lists_menu, self.tr("Move &up in list"), ["Alt+Up"], lambda: library.move_in_list(-1), ""),
            (lists_menu, self.tr("Move &down in list"), ["Alt+Down"], lambda: library.move_in_list(1), ""),
            (lists_menu, self.tr("&Remove from this list"), [], library.remove_from_list, ""),
            (lists_menu, self.tr("Re&name this list…"), [], library.rename_list, ""),
            (lists_menu, self.tr("&Export this list…"), [], library.export_list, ""),
            (lists_menu, self.tr("&Delete this list…"), [], library.delete_list, ""),
            (edit_menu, self.tr("&Find"), ["Ctrl+K", "Ctrl+F"], self.focus_search, ""),
            (edit_menu, self.tr("Clear all &filters"), ["Ctrl+Shift+X"], self.clear_filters, ""),
            (edit_menu, self.tr("Next &pane"), ["F6"], lambda: self.focus_pane(1), ""),
            (edit_menu, self.tr("Previous pa&ne"), ["Shift+F6"], lambda: self.focus_pane(-1), ""),
            (lists_menu, self.tr("&Add to a reading list…"), ["Ctrl+L"], library.toolbar.lists_button.showMenu,
             "list"),
            (help_menu, self.tr("&User guide"), [], self.show_user_guide, ""),
            (help_menu, self.tr("&Keyboard shortcuts"), ["F1"], self.show_shortcuts, ""),
            (help_menu, self.tr("&About TVET Desktop"), [], self.show_about, ""),
        ):
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.triggered.connect(slot)
            menu.addAction(act)
            if name:
                self.item_actions[name] = act
        self._document_actions = [self.item_actions.pop(name) for name in ("documents", "folder", "rescan",
                                                                             "remove document")]
        for action in self._document_actions:
            action.setEnabled(self._has_documents)
        from .language_menu import LanguageMenu
        from .view_menu import ViewMenu

        self.view = ViewMenu(view_menu, self.settings)
        self.view.text_size_changed.connect(lambda: self.splitter.setSizes(  # the sidebar's names stay readable
            pane_widths(self.splitter.width(), text_scale())))
        self.language_menu = LanguageMenu(view_menu, self.settings, self)  # View → Language, under Theme
        self.language_menu.restart_asked.connect(self.start_again)
        self.library.actions_available.connect(self._enable_item_actions)
        self._enable_item_actions(self.library.item is not None, self.library.panel.editor.isEnabled())

    def _enable_item_actions(self, item_open: bool, note_open: bool) -> None:
        self.item_actions["bookmark"].setEnabled(item_open)
        self.item_actions["list"].setEnabled(item_open)
        self.item_actions["quote"].setEnabled(item_open)
        self.item_actions["note"].setEnabled(note_open)

    def _connect(self) -> None:
        self.search_field.textChanged.connect(self._text_changed)
        self.search_field.leave_down.connect(self._enter_results)
        self.facet_model.toggled.connect(self._facet_toggled)
        self.sidebar.years_changed.connect(self._years_changed)
        self.sidebar.clear_requested.connect(self.clear_filters)
        self.results.sort_changed.connect(lambda sort: self._update(sort=sort))
        self.results.chip_removed.connect(self._chip_removed)
        self.results.suggestion_chosen.connect(self.search_field.setText)
        self.results.search_instead.connect(self._search_instead)
        self.results.clear_requested.connect(self.clear_filters)
        self.results.list.selectionModel().currentChanged.connect(self._current_changed)
        self.reader.theme_clicked.connect(self._theme_clicked)
        self.reader.highlighted.connect(self._link_hovered)
        self.reader.textChanged.connect(lambda: self._link_hovered(""))  # a new page: no link is under the mouse
        self.reader.link_unanswered.connect(self._link_unanswered)
        self.results.scope_cleared.connect(lambda: self.library.collections.choose(EVERYTHING))
        self.library.row_opened.connect(self._row_opened)
        self.library.collection_changed.connect(self._collection_changed)
        self.library.status.connect(lambda message: self.statusBar().showMessage(message, 4000))
        self.reading_area.status.connect(lambda message: self.statusBar().showMessage(message, REPLACED_MESSAGE_MS))
        self.library.panel.page_wanted.connect(self.opener.open_page)
        self.handouts.status.connect(lambda message: self.statusBar().showMessage(message, REPLACED_MESSAGE_MS))

    def _restore(self) -> None:
        if self.settings.geometry is not None:
            self.restoreGeometry(self.settings.geometry)
        else:
            self.fit_to_screen(self.screen().availableGeometry())
        if self.settings.splitter is not None:
            self.splitter.restoreState(self.settings.splitter)
        if self.settings.reading_splitter is not None:
            self.right.restoreState(self.settings.reading_splitter)
        self.results.set_sort(self.request.sort)
        self.search_field.blockSignals(True)
        self.search_field.setText(self.settings.last_query)
        self.search_field.blockSignals(False)
        self.request = self.request._replace(text=self.settings.last_query)

    def fit_to_screen(self, available: QRect) -> None:
        """The first start's size and pane widths, from the free area of the screen (see ``window_size``)."""
        from .window_size import first_geometry

        geometry = first_geometry(available)
        self.setGeometry(geometry)
        self.fit_panes(geometry.width(), geometry.height())

    def fit_panes(self, width: int, height: int) -> None:
        """Pane widths and the note's height for a window of this size (a first start, a screenshot)."""
        from .window_size import reading_heights

        self.splitter.setSizes(pane_widths(width, text_scale()))
        self.right.setSizes(reading_heights(height))

    # -- searching ---------------------------------------------------------------------------
    def _text_changed(self, text: str) -> None:
        self.request = self.request._replace(text=text, exact=False)
        self._debounce.start()

    def _search_instead(self, text: str) -> None:
        """The text as typed, without its spelling correction ("search instead for …")."""
        self.search_field.blockSignals(True)
        self.search_field.setText(text)
        self.search_field.blockSignals(False)
        self._update(text=text, exact=True)

    def _update(self, **changes: object) -> None:
        self.request = self.request._replace(**changes)  # type: ignore[arg-type]
        self.run_search()

    def _set_filters(self, filters: Filters) -> None:
        self.sidebar.set_years(filters.year_from, filters.year_to)
        self._update(filters=filters)

    def run_search(self) -> None:
        """Search off the GUI thread; a request that a newer one replaced never runs, or is never shown."""
        self._debounce.stop()
        request, engine, collection = self.request, self.engine, self.library.collection
        documents, unopened, page_size = self.documents, self._documents_unopened, self.results_model.page_size
        self._searching = True
        self.work.run_latest(self._searches,
                             lambda should_stop: search_library(engine, self.notes, request, collection, should_stop,
                                                                page_size, documents, unopened),
                             lambda outcome: self._show(outcome, engine), self._search_failed)

    def run_first_search(self) -> None:
        """The start-up search. A small catalogue is searched right here, so the window's first paint already
        has its results; a large one first builds its browse index (about 1 s at 100,000 items), which must
        not hold the window back, so it is searched in the background like any other search."""
        if self.catalog.info.item_count > INLINE_FIRST_SEARCH_MAX_ITEMS:
            self.run_search()
            return
        self._debounce.stop()
        try:
            outcome = search_library(self.engine, self.notes, self.request, self.library.collection,
                                     page_size=self.results_model.page_size, documents=self.documents,
                                     documents_unopened=self._documents_unopened)
        except Exception as error:  # as a background search would: the window opens and says what failed
            if user_message(error) is None:  # a bug: logged with its traceback, as the worker logs one
                from ..logs import logger  # imported on failure only (see ..startup)

                logger(__name__).exception("start-up search failed")
            self._search_failed(error)
            return
        assert outcome is not None  # only a search that something replaced returns None
        self._show(outcome, self.engine)

    def _show(self, outcome: SearchOutcome, engine: SearchEngine) -> None:
        """``engine`` is the one that searched: rows are read lazily from it even if a sync switched catalogues.

        A new search, filter, sort or collection starts at the top of its list; the same one again (after a
        catalogue update or a change to a reading list) keeps the list where it was. What is open stays open
        only while the results still have it; the best match is opened only when the user asked (↓, Enter)."""
        self._searching = False
        listed = (outcome.request, self.library.collection)
        fresh, self._listed = listed != self._listed, listed
        scroll = self.results.list.verticalScrollBar()
        kept_at = scroll.value()
        self._listed_from = engine
        self.results_model.set_results(outcome.results, outcome.first_page,
                                       lambda rowids: engine.hits(rowids, outcome.query), list(outcome.extra_rows))
        self.facet_model.set_facets(outcome.facets, outcome.request.filters)
        # A document's further pages are rows under it, not results of their own: "1 item", not "3 items".
        count = self.results_model.rowCount() - sum(row.kind == PAGE_KIND for row in outcome.extra_rows)
        waiting = self._waiting_for_documents(self._awaited) if self._awaited and \
            self.library.collection.kind == "documents" else ""
        self.results.show_outcome(count, outcome.request.text, outcome.request.filters, outcome.suggestion, waiting)
        self.results.show_forgiveness(outcome.request.text, outcome.corrected, outcome.closest)
        self.results.show_scope(self.library.collection)
        self.timing_label.setText(self.tr("%Ln result(s) in {ms} ms", "", count).format(
            ms=local_format.number(round(outcome.elapsed_ms))))
        row = self._row_of(self._open, engine) if self._open else None
        # The open document found by other words, at another page: its row waits for a click (which opens it
        # there); the reading pane stays where the user reads.
        moved = row is not None and self._opened_as != self._opened_key(
            str(self._open), self.results_model.hit(row) if is_document_row(str(self._open)) else None)
        if self._select_first and count:
            row, moved, self._select_first = 0, False, False
        if row is not None and not moved:
            self.results.list.setCurrentIndex(self.results_model.index(row))
        elif self._open is not None and not moved:
            self._show_nothing_open()
        if fresh:
            self.results.list.scrollToTop()
        else:
            scroll.setValue(kept_at)
        self.search_finished.emit(outcome)

    def _row_opened(self, row_id: str) -> None:
        self._open = self._opened_as = row_id

    def _show_nothing_open(self) -> None:
        self._open = self._opened_as = None
        self.reader.show_empty(self.tr("<h2>Nothing open</h2><p>Pick a result to read it here, or press ↓ in the "
                                       "search field to open the best match.</p>"))
        self.library.show_item(None)

    def _search_failed(self, error: Exception) -> None:
        self._searching = False
        replacement = self.updates.replacement(self.catalog.path) if self.updates else None
        if replacement is not None:  # the catalogue file is gone: one message, and the search runs again on it
            self.follow_catalogue(replacement)
            return
        from PySide6.QtWidgets import QMessageBox  # dialogs' types are made when first needed, not at start-up

        message, details = explain(error)
        box = message_box(self, QMessageBox.Icon.Warning, self.tr("Search failed"),
                          self.tr("The search could not be completed: {problem}. Your filters are unchanged; "
                                  "try a different search.").format(problem=message))
        if details:
            box.setDetailedText(details)
        box.open()

    # -- filters -----------------------------------------------------------------------------
    def _facet_toggled(self, facet: str, value: str, selected: bool) -> None:
        values = [v for v in self.request.filters.selected(facet) if v != value] + ([value] if selected else [])
        self._set_filters(self.request.filters.with_values(facet, tuple(values)))

    def _years_changed(self, year_from: int | None, year_to: int | None) -> None:
        self._update(filters=self.request.filters._replace(year_from=year_from, year_to=year_to))

    def _chip_removed(self, facet: str, value: str) -> None:
        if facet == "years":
            self._set_filters(self.request.filters.without_years())
        else:
            self._facet_toggled(facet, value, False)

    def _theme_clicked(self, theme: str) -> None:
        if theme not in self.request.filters.theme:
            self._facet_toggled("theme", theme, True)

    def _collection_changed(self) -> None:
        self.run_search()

    def _link_hovered(self, url: object) -> None:
        """Show where a link really goes before anyone clicks it (and no longer once it is left)."""
        address = url.toString() if hasattr(url, "toString") else str(url)
        if address:
            self.statusBar().showMessage(address)
        elif self.statusBar().currentMessage() == self._hovered:
            self.statusBar().clearMessage()
        self._hovered = address

    def _link_unanswered(self, address: str) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.clipboard().setText(address)
        self.statusBar().showMessage(self.tr("No web browser answered, so {address} was not opened; the address "
                                             "is copied: paste it into a browser.").format(address=address),
                                     REPLACED_MESSAGE_MS)

    def clear_filters(self) -> None:
        self._set_filters(Filters())

    # -- reading -----------------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        row_id = current.data(IdRole) if current.isValid() else None
        if not row_id:
            return
        opened_as = self._opened_key(row_id, current.data(HitRole))
        if row_id == self._open and opened_as == self._opened_as:
            return  # already open: keep the reading position
        self._open, self._opened_as = row_id, opened_as
        if is_document_row(row_id):  # one of the user's documents, or one of its pages
            self.opener.open_row(row_id, current.data(HitRole))
            return
        if ":" in row_id:  # a note or a missing item, not a catalogue id
            target = self.library.open_row(row_id)
            if target:
                page = self.library.page_in_note(row_id, self.request.text) if is_document_id(target) else None
                self.open_item(target, page)
                self._open, self._opened_as = row_id, opened_as
            return
        self.open_item(row_id)

    def _opened_key(self, row_id: str, hit: Hit | None, page: int | None = None) -> str:
        """What opening a row shows: a document (at ``page``, else its hit's) or a note on one (found by its
        quote) at a page with the search's words marked, so the same row found by other words opens again;
        anything else, itself."""
        if is_document_row(row_id):
            return f"{row_id}@{page or first_page_of(hit)} {words_to_mark(self.request.text)}"
        page = self.library.page_in_note(row_id, self.request.text)
        return row_id if page is None else f"{row_id}@{page}"

    def find_item(self, item_id: str) -> Item | None:
        """A catalogue item, or one of the user's documents as an item (for notes, bookmarks and lists)."""
        if is_document_id(item_id):
            return self.documents.item(item_id) if self.documents is not None else None
        return self.catalog.get(item_id)

    def open_item(self, item_id: str, page: int | None = None) -> bool:
        """Open a catalogue item, or one of the user's documents (at ``page``, from 1, when given)."""
        if is_document_row(item_id):
            opened = self.opener.open_row(item_id) if page is None else self.opener.open(item_id, page)
            self._open, self._opened_as = (item_id, self._opened_key(item_id, None, page)) if opened else (None, None)
            return opened
        item = self.catalog.get(item_id)
        self._open = self._opened_as = item_id if item is not None else None
        self.reader.show_item(item)
        self.library.show_item(item)
        row = self._row_of(item_id, self._listed_from)
        if row is not None and self.results.list.currentIndex().row() != row:
            self.results.list.setCurrentIndex(self.results_model.index(row))
        return item is not None

    def _row_of(self, item_id: str, engine: SearchEngine) -> int | None:
        """The result row of ``item_id`` in the list (``engine`` is the one its results came from), also
        when it is further down than the rows read so far: it stays selected when the results re-sort."""
        rowids = engine.catalog.rowids_of([item_id])
        return self.results_model.row_of(item_id, rowids[0] if rowids else None)

    def focus_search(self) -> None:
        from PySide6.QtCore import Qt  # (not needed by the first frame: see qt_values.py)

        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def focus_pane(self, steps: int) -> None:
        """F6 / Shift+F6: the next or previous pane, in reading order (search, library, filters, results, text,
        note), skipping any that cannot take the keyboard now."""
        from PySide6.QtCore import Qt

        panes = [self.search_field, self.library.collections, self.sidebar.tree, self.results.list, self.reader,
                 self.library.panel.editor]
        focused = self.focusWidget()
        inside = [i for i, pane in enumerate(panes) if focused is not None and (focused is pane or
                                                                                pane.isAncestorOf(focused))]
        at = inside[0] if inside else -steps
        for offset in range(1, len(panes) + 1):
            pane = panes[(at + steps * offset) % len(panes)]
            if pane.isVisible() and pane.isEnabled():
                pane.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return

    def _enter_results(self) -> None:
        """↓ or Enter in the search field: into the list, opening its best match (the list takes a current
        row when it gets the focus, but without selecting it: so the row is chosen first)."""
        if self._debounce.isActive() or self._searching:
            self._select_first = True  # the list still shows the previous search: wait for this one
            if self._debounce.isActive():
                self.run_search()
        elif not self.results_model.rowCount():
            return  # nothing to go to: the list is hidden behind "No results", the keyboard stays here
        elif not self.results.list.currentIndex().isValid():
            self.results.list.setCurrentIndex(self.results_model.index(0))
        from PySide6.QtCore import Qt

        self.results.list.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- documents ---------------------------------------------------------------------------
    def choose_documents(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add documents"), self.settings.documents_folder(),
                                                self.tr("Documents (*.pdf *.epub *.html *.htm *.xhtml *.md *.markdown "
                                                        "*.txt *.text);;All files (*)"))
        if names:
            self.settings.save_documents_folder(Path(names[0]).parent)
        self.add_documents([Path(name) for name in names])

    def choose_document_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, self.tr("Add every document in a folder"),
                                                  self.settings.documents_folder())
        if folder:
            self.settings.save_documents_folder(Path(folder))
            self.add_documents([Path(folder)])

    def add_documents(self, paths: list[Path]) -> bool:
        """Add files and folders in the background (File → Add documents…, or dropped on the window)."""
        if not paths or self.adder is None:
            return False
        return self.adder.add(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.adder is not None and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_documents(paths)

    def _documents_added(self, report: AddReport) -> None:
        assert self.adder is not None
        if report.replaced and self.document_actions is not None:  # (which refreshes again once they are gone)
            replaced = self.document_actions.replace_earlier(report.replaced)
            report = report._replace(replaced=tuple(pair for pair in report.replaced if pair[0] in replaced))
        self.statusBar().showMessage(self.adder.summary(report), REPLACED_MESSAGE_MS)
        self.library.refresh()
        self.run_search()

    # -- catalogue updates -------------------------------------------------------------------
    def _show_catalogue_status(self) -> None:
        info = self.catalog.info
        available = self.updates.available if self.updates else None
        text = (self.tr("Catalogue v{version} · {date} · %Ln item(s) · update available (v{available})", "",
                        info.item_count) if available else
                self.tr("Catalogue v{version} · {date} · %Ln item(s)", "", info.item_count)).format(
            version=local_format.number(info.version), date=local_format.date(info.created),
            available=local_format.number(available) if available is not None else None)
        self.catalogue_label.setText(text)
        if self.updates:
            active = self.updates.active()
            origin = local_format.sync_words(active.origin)
            if active.problem:  # rare: the update service's sentences are loaded only then
                from .sentences import say

                origin += f"; {say(active.problem)}"
            self.catalogue_label.setToolTip(tooltip(self.tr("{path}\nFrom: {origin}").format(path=info.path,
                                                                                              origin=origin)))

    def open_sync_dialog(self) -> SyncDialog | None:
        if self.updates is None:
            return None
        from .sync_dialog import SyncDialog

        dialog = SyncDialog(self.updates, self.work, self)
        self._sync_dialog = dialog
        if self.catalogue_watch is not None:
            dialog.installed.connect(self.catalogue_watch.look)
        dialog.item_wanted.connect(self.open_item)
        dialog.finished.connect(lambda _: self._show_catalogue_status())
        dialog.open()
        return dialog

    def follow_catalogue(self, active: ActiveCatalogue) -> None:
        """Another catalogue became the active one (an update, a rollback, its file removed): switch, and say so."""
        removed = not self.catalog.path.exists()
        self.switch_catalog(active)
        text = (self.tr("The catalogue in use was removed from this computer; now using catalogue v{version} "
                        "({origin}).") if removed else self.tr("Now using catalogue v{version} ({origin})."))
        self.statusBar().showMessage(text.format(version=active.version, origin=local_format.sync_words(active.origin)),
                                     REPLACED_MESSAGE_MS)

    def _add_attachments_box(self) -> None:
        """The open item's documents, below the reading area (none for a --catalog FILE, which has no data folder
        of its own)."""
        if self.updates is None:
            return
        from ..sync.attachment_service import AttachmentService
        from .documents_box import DocumentsBox

        self.attachments = DocumentsBox(AttachmentService(self.updates), self.work)
        self._reading_layout.addWidget(self.attachments)
        self.reader.item_shown.connect(self.attachments.show_item)
        self.attachments.read = lambda info, path: self.opener.open_attachment(
            f"{info.item_id}#{info.attachment.sha256}", path, info.attachment.media_type,
            info.attachment.pages or 0)
        if self.reader.item is not None:  # opened before the box was there
            self.attachments.show_item(self.reader.item)

    def _install_offline(self) -> None:
        from .offline_actions import install

        self.offline = install(self, self._menus[4])  # the Lists menu; None for a --catalog FILE

    def _watch_catalogue(self) -> None:
        """Follow the active catalogue (not for a --catalog FILE); a change since the start is followed at once."""
        if self.updates is None or not self._follows:
            return
        from .catalogue_watch import CatalogueWatch

        self.catalogue_watch = CatalogueWatch(self.updates, self.catalog.path, self)
        self.catalogue_watch.changed.connect(self.follow_catalogue)
        if self._sync_dialog is not None:
            self._sync_dialog.installed.connect(self.catalogue_watch.look)
        self.catalogue_watch.look()

    def _open_documents(self, open_documents: Callable[..., DocumentService], awaited: str | None) -> None:
        """Open the user's documents in the background (``awaited``: why the start could not open them at
        once). Adding documents waits until they are open; meanwhile the status bar says why they are not there."""
        from .documents_opening import DocumentsOpening

        for action in self._document_actions:
            action.setEnabled(False)
        self._opening = DocumentsOpening(open_documents, self.work, self)
        self._opening.awaited.connect(self._documents_awaited_because)
        self._opening.opened.connect(self._documents_opened)
        self._opening.failed.connect(self._documents_failed)
        self._opening.start(awaited)

    def _documents_awaited_because(self, reason: str) -> None:
        self._awaited, self._documents_unopened = reason, True
        self.library.refresh()
        self.statusBar().showMessage(self._waiting_for_documents(reason))
        self.run_search()  # rows on documents no longer said to be removed

    def _documents_opened(self, documents: DocumentService) -> None:
        for action in self._document_actions:
            action.setEnabled(True)
        waited, self._awaited, self._documents_unopened = self._awaited, None, False
        if waited and self.statusBar().currentMessage() == self._waiting_for_documents(waited):
            self.statusBar().showMessage(self.tr("Your documents are ready."), REPLACED_MESSAGE_MS)
        self.attach_documents(documents, late=True)
        if waited and not documents.count():  # attaching counts and searches again when there are some
            self.library.refresh()
            self.run_search()

    def _documents_failed(self, error: Exception) -> None:
        self._awaited = None
        self.attach_documents(None)
        self.documents_unavailable(error)
        self.run_search()

    def _count_documents(self) -> int | None:
        """How many documents the user has ("My documents"); None while they are awaited."""
        if self.documents is not None:
            return self.documents.count()
        return None if self._awaited else 0

    def _waiting_for_documents(self, reason: str) -> str:
        if reason == "upgrade":
            return self.tr("Updating the index of your documents for this version of TVET Desktop (once; about a "
                           "minute for a large library). They will be searched when it is done.")
        return self.tr("Another program is adding documents: yours will be searched as soon as it has finished.")

    def documents_unavailable(self, error: Exception) -> None:
        """The user's documents could not be opened: the status bar says why until something else is said, and
        the entries and notes on them are not taken for removed."""
        self._documents_unopened = True
        self.statusBar().showMessage(explain(error)[0])

    def attach_documents(self, documents: DocumentService | None, late: bool = False) -> None:
        """The user's documents: searched, listed, opened, and added to from the menu or by dropping files.
        ``late``: opened after the first search, which had none of them (there were none when it ran)."""
        self.documents = self.opener.documents = documents
        if documents is None:
            if self._has_documents:  # they could not be opened (see app.open_documents): the window goes on without
                self._has_documents = False
                self.library.collections.count_documents = None
                for action in self._document_actions:
                    action.setEnabled(False)
                self.library.refresh()
            return
        assert self.adder is not None
        self.adder.service = documents
        from .document_actions import DocumentActions

        self.document_actions = DocumentActions(self, documents, self.adder)
        self.setAcceptDrops(True)
        if late and documents.count():  # added meanwhile (from the command line): counted and searched now
            self.library.refresh()
            self.run_search()

    def open_storage_dialog(self) -> StorageDialog | None:
        """What is kept offline, its size and the free space, with a way to remove files."""
        if self.attachments is None:
            return None
        from .storage_dialog import StorageDialog

        if self._storage_dialog is None:
            self._storage_dialog = StorageDialog(self.attachments.service, lambda: self.catalog, self.work, self,
                                                 self.offline)
            self.attachments.changed.connect(self._storage_dialog.refresh)
            self._storage_dialog.removed.connect(self.attachments.refresh)
        else:
            self._storage_dialog.refresh()
        self._storage_dialog.show()
        self._storage_dialog.activateWindow()
        return self._storage_dialog

    def open_share_dialog(self) -> ShareDialog | None:
        if self.updates is None:
            return None
        from .share_dialog import ShareDialog

        if self._share_dialog is None:  # kept: sharing goes on while the dialog is closed
            self._share_dialog = ShareDialog(self.updates, self.work, self)
        self._share_dialog.show()
        self._share_dialog.raise_()
        return self._share_dialog

    def switch_catalog(self, active: ActiveCatalogue) -> None:
        """Use a newly active catalogue at once; the open item, the note being typed and the places in the list
        and the text stay as they are."""
        self._retired.append(self.catalog)
        self.catalog = Catalog(active.path)
        if self.catalogue_watch is not None:
            self.catalogue_watch.using(active.path)
        self.engine = SearchEngine(self.catalog)
        self.library.catalog = self.catalog
        self.sidebar.set_year_bounds(*self.catalog.year_range())
        self.sidebar.fit_counts(self.catalog.info.item_count)
        self._show_catalogue_status()
        self._reopen_in(self.catalog)
        self.run_search()

    def _reopen_in(self, catalog: Catalog) -> None:
        """The open item as the new catalogue has it, at the same place; the note editor is left alone."""
        old = self.reader.item
        if old is None:
            return
        item = catalog.get(old.id)
        if item is None:
            self._open = self._opened_as = None
            self.reader.show_empty(self.tr("<h2>No longer in the catalogue</h2><p>“{title}” is not in catalogue "
                                           "v{version}. Your note on it is kept under My notes.</p>").format(
                                               title=escape_html(old.title), version=catalog.info.version))
            self.library.show_item(None)
            return
        position = self.reader.verticalScrollBar().value()
        self.reader.show_item(item)
        self.reader.verticalScrollBar().setValue(position)
        self.library.keep_item(item)

    def close_catalogs(self) -> None:
        for catalog in (*self._retired, self.catalog):
            catalog.close()
        if self.catalogue_watch is not None:
            self.catalogue_watch.release()

    # -- dialogs and closing -----------------------------------------------------------------
    def show_shortcuts(self) -> None:
        def say(text: str) -> str:
            return QCoreApplication.translate("MainWindow", text)

        from PySide6.QtWidgets import QMessageBox

        rows = "".join(f"<tr><td><b>{say(k)}</b>&nbsp;&nbsp;</td><td>{say(v)}</td></tr>" for k, v in SHORTCUTS)
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), f"<table>{rows}</table>")

    def show_about(self) -> None:
        from .help_dialogs import about_dialog

        origin = local_format.sync_words(self.updates.active().origin) if self.updates else str(self.catalog.path)
        about_dialog(self.catalog.info, origin, self).open()

    def show_user_guide(self) -> None:
        from .help_dialogs import user_guide_dialog

        user_guide_dialog(self).show()

    def changeEvent(self, event: QEvent) -> None:
        from PySide6.QtCore import QEvent  # (as the panes' changeEvent does: its types are made when first asked)

        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self.notes.changed_elsewhere():
            self.library.refresh()  # bookmarks, lists and notes the command line changed meanwhile
            self.library.panel.reload()
            self.run_search()

    def start_again(self) -> None:
        """Close as on quitting (the note saved, or the user asked), then the app starts again."""
        self.restart_wanted = True
        if self.close():
            QCoreApplication.quit()  # a dialog left open would otherwise keep the app running
        else:
            self.restart_wanted = False  # the user kept the window open

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.library.close():
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(
                self, self.tr("Note not saved"), self.tr("Your note could not be saved (see the message above the "
                                                         "editor). Quit anyway and lose the last changes?"),
                QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        if self._sync_dialog is not None and self._sync_dialog.running:
            self._sync_dialog.cancel()  # quitting mid-update: stop it; what was downloaded is kept for next time
        if self._share_dialog is not None:
            self._share_dialog.stop()
        if self.adder is not None and self.adder.running:
            self.adder.cancel()  # the file being added is finished or dropped whole; the rest wait for next time
        for download in (self.attachments.download if self.attachments else None,
                         self.offline.download if self.offline else None):
            if download is not None:
                download.cancel()  # what arrived is kept; the next try resumes from there
        if self._opening is not None:
            self._opening.stop()  # documents still awaited: the waiting ends
        self._debounce.stop()
        self._searches.take()  # a search still running stops early: nothing will show it now
        if self.remember_state:
            app = QCoreApplication.instance()
            self.settings.save(self.saveGeometry(), self.splitter.saveState(), self.search_field.text(),
                               self.results.sort, self.right.saveState(), app.property(SYSTEM_SEEN) if app else None)
        super().closeEvent(event)
