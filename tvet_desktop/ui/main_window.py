"""The main window: search field on top, sidebar · results · reading pane, status bar below."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

from ..catalog.browse import SORTS, Filters
from ..catalog.render import friendly_date
from ..catalog.snapshot import Catalog
from ..library.search import search_library
from ..search.engine import SearchEngine
from ..search.run import PAGE_SIZE, SearchOutcome, SearchRequest
from ..text import escape_html
from .facet_model import FacetModel
from .library_controller import LibraryController
from .plain import message_box, tooltip
from .reading_pane import ReadingPane
from .results_model import IdRole, ResultsModel
from .results_pane import ResultsPane
from .search_field import SearchField
from .sidebar import Sidebar
from .worker import BackgroundWork, Latest, explain

if TYPE_CHECKING:
    from ..library.store import NotesStore
    from ..sync.service import UpdateService
    from ..sync.store import ActiveCatalogue
    from .settings import WindowSettings
    from .sync_dialog import SyncDialog
DEBOUNCE_MS = 150
INLINE_FIRST_SEARCH_MAX_ITEMS = 2000  # its first search takes about 20 ms
REPLACED_MESSAGE_MS = 15_000  # the status bar hides the catalogue's own line while it shows a message
SHORTCUTS = [
    ("Ctrl+K / Ctrl+F", "Go to the search field"),
    ("↓ or Enter (in search)", "Move into the results"),
    ("↑ / ↓", "Previous / next result"),
    ("Esc", "Clear the search"),
    ("Ctrl+= / Ctrl+-", "Larger / smaller reading text"),
    ("Ctrl+Shift+X", "Clear all filters"),
    ("Ctrl+D", "Bookmark the open item"),
    ("Ctrl+E", "Write in the note on the open item"),
    ("Ctrl+Shift+Q", "Quote the selected passage into the note"),
    ("Ctrl+N", "New free-standing note"),
    ("Alt+↑ / Alt+↓", "Move the open item up / down its reading list"),
    ("F1", "This list"),
    ("Ctrl+Q", "Quit"),
]


class MainWindow(QMainWindow):
    search_finished = Signal(object)  # SearchOutcome, after it is shown

    def __init__(self, catalog: Catalog, notes: NotesStore, settings: WindowSettings, work: BackgroundWork,
                 updates: UpdateService | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self.catalog, self.notes, self.settings, self.work = catalog, notes, settings, work
        self.engine = SearchEngine(catalog)
        self.updates = updates
        self._retired: list[Catalog] = []  # replaced by a sync; closed with the window (a search may still use one)
        self._listed_from = self.engine  # what the result list shows (the old catalogue until a sync's search is back)
        self._sync_dialog: SyncDialog | None = None
        self.request = SearchRequest(sort=settings.sort if settings.sort in SORTS else "relevance")
        self._searches = Latest()  # typing faster than a search runs: only the newest text is searched
        self._select_first = False  # Enter was pressed before the answer to the typed text arrived
        self.remember_state = True  # off for --screenshot, which must not change the user's settings
        self.setWindowTitle("TVET Desktop")

        self.search_field = SearchField()
        self.facet_model = FacetModel()
        self.results_model = ResultsModel(lambda rowids: [], work, page_size)
        self.sidebar = Sidebar(self.facet_model)
        self.results = ResultsPane(self.results_model)
        self.reader = ReadingPane(work=work)
        self.library = LibraryController(notes, catalog, self.reader, self, work)
        self._build_layout()
        self._build_menus()
        self._connect()

        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.sidebar.set_year_bounds(*catalog.year_range())
        self.sidebar.fit_counts(catalog.info.item_count)
        self._restore()

    # -- construction ------------------------------------------------------------------------
    def _build_layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel("<b>Your library</b>"))
        left_layout.addWidget(self.library.collections)
        left_layout.addWidget(QLabel("<b>Browse</b>"))
        left_layout.addWidget(self.sidebar, 1)
        reading = QWidget()
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.addWidget(self.library.toolbar)
        reading_layout.addWidget(self.reader, 1)
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.addWidget(reading)
        self.right.addWidget(self.library.panel)
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 1)
        self.right.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
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
        self.catalogue_label.setTextFormat(Qt.TextFormat.PlainText)
        self._show_catalogue_status()
        self.timing_label = QLabel()
        self.statusBar().addWidget(self.catalogue_label, 1)
        self.statusBar().addPermanentWidget(self.timing_label)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu, edit_menu, view_menu, notes_menu, lists_menu, help_menu = (
            bar.addMenu(n) for n in ("&File", "&Edit", "&View", "&Notes", "&Lists", "&Help"))
        library = self.library
        for menu, text, keys, slot in (
            (file_menu, "&Update the catalogue…", [], self.open_sync_dialog),
            (file_menu, "&Export notes, bookmarks and lists…", [], library.export_notes),
            (file_menu, "&Import notes…", [], library.import_notes),
            (file_menu, "&Quit", ["Ctrl+Q"], self.close),
            (notes_menu, "&Bookmark", ["Ctrl+D"], library.toggle_bookmark),
            (notes_menu, "&Edit note", ["Ctrl+E"], library.panel.focus_editor),
            (notes_menu, "&Quote selection into note", ["Ctrl+Shift+Q"], library.quote_selection),
            (notes_menu, "&New note…", ["Ctrl+N"], library.new_note),
            (lists_menu, "Move &up in list", ["Alt+Up"], lambda: library.move_in_list(-1)),
            (lists_menu, "Move &down in list", ["Alt+Down"], lambda: library.move_in_list(1)),
            (lists_menu, "&Remove from this list", [], library.remove_from_list),
            (lists_menu, "Re&name this list…", [], library.rename_list),
            (lists_menu, "&Export this list…", [], library.export_list),
            (lists_menu, "&Delete this list…", [], library.delete_list),
            (edit_menu, "&Find", ["Ctrl+K", "Ctrl+F"], self.focus_search),
            (edit_menu, "Clear all &filters", ["Ctrl+Shift+X"], self.clear_filters),
            (view_menu, "&Larger text", ["Ctrl+=", "Ctrl++"], lambda: self.reader.zoom(1)),
            (view_menu, "&Smaller text", ["Ctrl+-"], lambda: self.reader.zoom(-1)),
            (help_menu, "&Keyboard shortcuts", ["F1"], self.show_shortcuts),
            (help_menu, "&About TVET Desktop", [], self.show_about),
        ):
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.triggered.connect(slot)
            menu.addAction(act)

    def _connect(self) -> None:
        self.search_field.textChanged.connect(self._text_changed)
        self.search_field.leave_down.connect(self._enter_results)
        self.facet_model.toggled.connect(self._facet_toggled)
        self.sidebar.years_changed.connect(self._years_changed)
        self.sidebar.clear_requested.connect(self.clear_filters)
        self.results.sort_changed.connect(lambda sort: self._update(sort=sort))
        self.results.chip_removed.connect(self._chip_removed)
        self.results.suggestion_chosen.connect(self.search_field.setText)
        self.results.clear_requested.connect(self.clear_filters)
        self.results.list.selectionModel().currentChanged.connect(self._current_changed)
        self.reader.theme_clicked.connect(self._theme_clicked)
        self.reader.highlighted.connect(self._link_hovered)
        self.library.collection_changed.connect(self._collection_changed)
        self.library.status.connect(lambda message: self.statusBar().showMessage(message, 4000))

    def _restore(self) -> None:
        if self.settings.geometry is not None:
            self.restoreGeometry(self.settings.geometry)
        else:
            self.resize(1280, 800)
        if self.settings.splitter is not None:
            self.splitter.restoreState(self.settings.splitter)
        if self.settings.reading_point_size:
            self.reader.zoom(self.settings.reading_point_size - self.reader.font().pointSize())
        self.results.set_sort(self.request.sort)
        self.search_field.blockSignals(True)
        self.search_field.setText(self.settings.last_query)
        self.search_field.blockSignals(False)
        self.request = self.request._replace(text=self.settings.last_query)

    # -- searching ---------------------------------------------------------------------------
    def _text_changed(self, text: str) -> None:
        self.request = self.request._replace(text=text)
        self._debounce.start()

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
        self.work.run_latest(self._searches,
                             lambda should_stop: search_library(engine, self.notes, request, collection, should_stop,
                                                                self.results_model.page_size),
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
                                     page_size=self.results_model.page_size)
        except Exception as error:  # as a background search would: the window opens and says what failed
            import logging  # imported on failure only (see ..startup)

            logging.getLogger(__name__).exception("start-up search failed")
            self._search_failed(error)
            return
        assert outcome is not None  # only a search that something replaced returns None
        self._show(outcome, self.engine)

    def _show(self, outcome: SearchOutcome, engine: SearchEngine) -> None:
        """``engine`` is the one that searched: rows are read lazily from it even if a sync switched catalogues."""
        current = self.reader.item.id if self.reader.item else None
        self._listed_from = engine
        self.results_model.set_results(outcome.results, outcome.first_page,
                                       lambda rowids: engine.hits(rowids, outcome.query), list(outcome.extra_rows))
        self.facet_model.set_facets(outcome.facets, outcome.request.filters)
        count = self.results_model.rowCount()
        self.results.show_outcome(count, outcome.request.text, outcome.request.filters, outcome.suggestion)
        self.timing_label.setText(f"{count:,} {'result' if count == 1 else 'results'} in {outcome.elapsed_ms:.0f} ms")
        row = self._row_of(current, engine) if current else None
        if self._select_first and count:
            row, self._select_first = 0, False
        if row is not None:
            self.results.list.setCurrentIndex(self.results_model.index(row))
        self.search_finished.emit(outcome)

    def _search_failed(self, error: Exception) -> None:
        replacement = self.updates.replacement(self.catalog.path) if self.updates else None
        if replacement is not None:  # the catalogue file is gone: one message, and the search runs again on it
            self.switch_catalog(replacement)
            self.statusBar().showMessage(self.tr("The catalogue in use was removed from this computer; now using "
                                                 "catalogue v{version} ({origin}).").format(
                                                     version=replacement.version, origin=replacement.origin),
                                         REPLACED_MESSAGE_MS)
            return
        message, details = explain(error)
        box = message_box(self, QMessageBox.Icon.Warning, "Search failed",
                          f"The search could not be completed: {message}. Your filters are unchanged; "
                          "try a different search.")
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
        """Show where a link really goes before anyone clicks it."""
        address = url.toString() if hasattr(url, "toString") else str(url)
        self.statusBar().showMessage(address if address else "", 0 if address else 1)

    def clear_filters(self) -> None:
        self._set_filters(Filters())

    # -- reading -----------------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        row_id = current.data(IdRole) if current.isValid() else None
        if not row_id:
            return
        if self.reader.item is not None and row_id == self.reader.item.id:
            return  # already open: keep the reading position
        if ":" in row_id:  # a note or a missing item, not a catalogue id
            target = self.library.open_row(row_id)
            if target:
                self.reader.show_item(self.catalog.get(target))
                self.library.show_item(self.reader.item)
            return
        self.open_item(row_id)

    def open_item(self, item_id: str) -> bool:
        item = self.catalog.get(item_id)
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
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _enter_results(self) -> None:
        self.results.list.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._debounce.isActive() or self.work.busy:
            self._select_first = True  # the list still shows the previous search: wait for this one
            if self._debounce.isActive():
                self.run_search()
        elif not self.results.list.currentIndex().isValid() and self.results_model.rowCount():
            self.results.list.setCurrentIndex(self.results_model.index(0))

    # -- catalogue updates -------------------------------------------------------------------
    def _show_catalogue_status(self) -> None:
        info = self.catalog.info
        text = f"Catalogue v{info.version} · {friendly_date(info.created)} · {info.item_count:,} items"
        available = self.updates.available if self.updates else None
        if available:
            text += f" · update available (v{available})"
        self.catalogue_label.setText(text)
        if self.updates:
            active = self.updates.active()
            origin = active.origin + (f"; {active.problem}" if active.problem else "")
            self.catalogue_label.setToolTip(tooltip(f"{info.path}\nFrom: {origin}"))

    def open_sync_dialog(self) -> SyncDialog | None:
        if self.updates is None:
            return None
        from .sync_dialog import SyncDialog

        dialog = SyncDialog(self.updates, self.work, self)
        self._sync_dialog = dialog
        dialog.installed.connect(self.switch_catalog)
        dialog.finished.connect(lambda _: self._show_catalogue_status())
        dialog.open()
        return dialog

    def switch_catalog(self, active: ActiveCatalogue) -> None:
        """Use a newly installed catalogue at once; notes, lists and the open item stay as they are."""
        self._retired.append(self.catalog)
        self.catalog = Catalog(active.path)
        self.engine = SearchEngine(self.catalog)
        self.library.catalog = self.catalog
        self.sidebar.set_year_bounds(*self.catalog.year_range())
        self.sidebar.fit_counts(self.catalog.info.item_count)
        self._show_catalogue_status()
        current = self.reader.item.id if self.reader.item else None
        if current:
            self.open_item(current)
        self.run_search()

    def close_catalogs(self) -> None:
        for catalog in (*self._retired, self.catalog):
            catalog.close()

    # -- dialogs and closing -----------------------------------------------------------------
    def show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in SHORTCUTS)
        QMessageBox.information(self, "Keyboard shortcuts", f"<table>{rows}</table>")

    def show_about(self) -> None:
        info = self.catalog.info
        QMessageBox.about(self, "About TVET Desktop",
                          f"<p><b>TVET Desktop</b> — an offline library for vocational trainers.</p>"
                          f"<p>Catalogue version {info.version}, built {escape_html(friendly_date(info.created))}, "
                          f"{info.item_count:,} items.</p>")

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.library.close():
            answer = QMessageBox.question(
                self, "Note not saved", "Your note could not be saved (see the message above the editor). "
                "Quit anyway and lose the last changes?", QMessageBox.StandardButton.Cancel |
                QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        if self._sync_dialog is not None and self._sync_dialog.running:
            self._sync_dialog.cancel()  # quitting mid-update: stop it; what was downloaded is kept for next time
        self._debounce.stop()
        self._searches.take()  # a search still running stops early: nothing will show it now
        if self.remember_state:
            self.settings.save(self.saveGeometry(), self.splitter.saveState(), self.search_field.text(),
                               self.results.sort, self.reader.font().pointSize())
        super().closeEvent(event)
