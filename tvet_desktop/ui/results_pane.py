"""The middle pane: result count and sort, filter chips, and the result list (or a helpful empty state)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..catalog.records import FACETS
from ..text import QT_TRANSLATE_NOOP, escape_html, isolate
from .facet_model import value_label
from .plain import menu_text, tooltip
from .qt_values import ALIGN_CENTER, LINKS_BY_KEYBOARD, LINKS_BY_MOUSE, RICH_TEXT, SCROLL_BAR_ALWAYS_OFF
from .result_delegate import ResultDelegate

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

    from ..catalog.browse import Filters
    from ..library.search import Collection
    from .results_model import ResultsModel

# Translated where shown (marked for lupdate under the pane's context).
CHIP_LABELS = {"kind": QT_TRANSLATE_NOOP("ResultsPane", "Kind"), "theme": QT_TRANSLATE_NOOP("ResultsPane", "Theme"),
               "region": QT_TRANSLATE_NOOP("ResultsPane", "Region"),
               "country": QT_TRANSLATE_NOOP("ResultsPane", "Country"),
               "language": QT_TRANSLATE_NOOP("ResultsPane", "Language")}
SORT_LABELS = {"relevance": QT_TRANSLATE_NOOP("ResultsPane", "Best match"),
               "newest": QT_TRANSLATE_NOOP("ResultsPane", "Newest first"),
               "title": QT_TRANSLATE_NOOP("ResultsPane", "Title A–Z")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ResultsPane", text)


class ResultsPane(QWidget):
    sort_changed = Signal(str)
    chip_removed = Signal(str, str)  # facet (or "years"), value
    suggestion_chosen = Signal(str)
    search_instead = Signal(str)  # search the text as typed, not its spelling correction
    clear_requested = Signal()
    scope_cleared = Signal()  # back from a reading list or the bookmarks to the whole catalogue
    keep_list_offline = Signal()  # the reading list shown: download its documents

    def __init__(self, model: ResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Result count"))
        self.sort_box = QComboBox()
        self.sort_box.setAccessibleName(self.tr("Sort by"))
        self.sort_box.setAccessibleDescription(self.tr("The order of the results: best match, newest first or "
                                                       "title."))
        # Linux screen readers announce a combo box by its value and the label it is "labelled by": this one.
        self.sort_label = QLabel(self.tr("Sort &by:"))
        self.sort_label.setBuddy(self.sort_box)
        self.sort_box.setToolTip(self.tr("Sort results"))
        for key, label in SORT_LABELS.items():
            self.sort_box.addItem(_tr(label), key)
        self.sort_box.currentIndexChanged.connect(lambda _: self.sort_changed.emit(self.sort))
        header = QHBoxLayout()
        header.addWidget(self.count_label, 1)
        header.addWidget(self.sort_label)
        header.addWidget(self.sort_box)

        self.chips = QHBoxLayout()
        self.chips.setSpacing(4)
        self.chip_row = QWidget()
        self.chip_row.setLayout(self.chips)
        self.chips.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel()
        self.hint.setProperty("textFormat", RICH_TEXT)
        self.hint.linkActivated.connect(self._link)
        self.hint.setAccessibleName(self.tr("Spelling suggestion"))
        self.hint.hide()
        # Said above results that are not simply "every item with all the words" (see show_forgiveness).
        self.notice = QLabel()
        self.notice.setProperty("textFormat", RICH_TEXT)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("About these results"))
        self.notice.linkActivated.connect(self._link)
        self.notice.hide()
        self.scope = QLabel()  # says when a search looks only in a reading list, the bookmarks or the notes
        self.scope.setProperty("textFormat", RICH_TEXT)
        self.scope.setWordWrap(True)
        self.scope.setAccessibleName(self.tr("Where the search looks"))
        self.scope.linkActivated.connect(self._link)
        self.scope.hide()
        self.offers_offline = False  # a reading list's line offers to keep its documents offline

        # A one-column table, not a QListView: with fixed row heights its layout costs nothing per row,
        # where QListView walks every row (over 200 ms of GUI time at 100,000 results).
        self.list = QTableView()
        self.list.setModel(model)
        delegate = ResultDelegate(self.list)
        self.list.setItemDelegate(delegate)
        self.list.horizontalHeader().hide()
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.list.verticalHeader().setDefaultSectionSize(delegate.row_height(self.list.font()))
        self.list.setShowGrid(False)
        self.list.setWordWrap(False)
        self.list.setTabKeyNavigation(False)
        self.list.setAccessibleName(self.tr("Results"))
        self.list.setAccessibleDescription(self.tr("The items found. Up and down arrows open each one in the "
                                                   "reading pane; F6 moves to the next pane."))
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)  # Qt's values: see qt_values.py
        self.empty = QLabel()
        self.empty.setProperty("alignment", ALIGN_CENTER)
        self.empty.setWordWrap(True)
        self.empty.setProperty("textFormat", RICH_TEXT)
        self.empty.linkActivated.connect(self._link)
        self.empty.setAccessibleName(self.tr("No results"))
        for linked in (self.hint, self.notice, self.scope, self.empty):  # links reached by Tab, opened by Enter
            linked.setProperty("textInteractionFlags", LINKS_BY_MOUSE | LINKS_BY_KEYBOARD)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.scope)
        layout.addWidget(self.chip_row)
        layout.addWidget(self.notice)
        layout.addWidget(self.hint)
        layout.addWidget(self.stack, 1)

    def changeEvent(self, event: QEvent) -> None:
        from PySide6.QtCore import QEvent

        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a new text size: rows as tall as their text needs
            self.list.verticalHeader().setDefaultSectionSize(ResultDelegate.row_height(self.list.font()))

    @property
    def sort(self) -> str:
        return str(self.sort_box.currentData())

    def set_sort(self, sort: str) -> None:
        index = self.sort_box.findData(sort)
        self.sort_box.blockSignals(True)
        self.sort_box.setCurrentIndex(max(index, 0))
        self.sort_box.blockSignals(False)

    def show_outcome(self, count: int, text: str, filters: Filters, suggestion: str | None,
                     waiting: str = "") -> None:
        """``waiting``: why the user's documents are not there yet, said instead of advice when nothing is found."""
        # %Ln: the count in the language's digits and separators; the bold is the translation's to place.
        self.count_label.setText(self.tr("<b>%Ln</b> item(s)", "", count))
        self._set_chips(filters)
        self.hint.setVisible(bool(count and suggestion))
        link = (f"<a href='suggest:{escape_html(suggestion, quote=True)}'>{escape_html(suggestion)}</a>"
                if suggestion else "")
        if suggestion:
            self.hint.setText(self.tr("Few results. Did you mean {suggestion}?").format(suggestion=link))
        if count:
            self.stack.setCurrentWidget(self.list)
            return
        said = (self.tr("No results for “{text}”.").format(text=escape_html(text)) if text.strip()
                else self.tr("No results."))
        lines = ["<p><b>" + said + "</b></p>"]
        if waiting:
            lines.append("<p>" + escape_html(waiting) + "</p>")
        elif suggestion:
            lines.append("<p>" + self.tr("Did you mean {suggestion}?").format(suggestion=link) + "</p>")
        if not filters.is_empty:
            lines.append("<p>" + self.tr("<a href='clear:'>Clear all filters</a> to search the whole catalogue.")
                         + "</p>")
        elif not waiting:
            lines.append("<p>" + self.tr("Try fewer or shorter words.") + "</p>")
        self.empty.setText("".join(lines))
        self.stack.setCurrentWidget(self.empty)

    def show_forgiveness(self, typed: str, corrected: str | None, closest: bool) -> None:
        """Say when the results are for a spelling correction of ``typed``, or have only most of its words."""
        if corrected:
            self.notice.setText(self.tr("Showing results for <b>{corrected}</b> — search instead for "
                                        "<a href='instead:{link}'>{typed}</a>").format(
                corrected=escape_html(corrected.strip()), link=escape_html(typed, quote=True),
                typed=escape_html(typed.strip())))
        elif closest:
            self.notice.setText(self.tr("No item has all these words; showing the closest matches"))
        self.notice.setVisible(bool(corrected or closest))

    def _link(self, link: str) -> None:
        if link.startswith("instead:"):
            self.search_instead.emit(link[len("instead:"):])
        elif link.startswith("suggest:"):
            self.suggestion_chosen.emit(link[len("suggest:"):])
        elif link == "clear:":
            self.clear_requested.emit()
        elif link == "everything:":
            self.scope_cleared.emit()
        elif link == "offline:":
            self.keep_list_offline.emit()

    def show_scope(self, collection: Collection) -> None:
        """A visible cue when the results come from part of the library only."""
        back = self.tr("<a href='everything:'>Search everything</a>")
        if collection.kind == "list":
            text = self.tr("Searching only the reading list “{name}”. {back}").format(
                name=escape_html(collection.name), back=back)
            if self.offers_offline:
                text += " · " + self.tr("<a href='offline:'>Keep this list offline</a>")
        elif collection.kind == "bookmarks":
            text = self.tr("Searching only your bookmarks. {back}").format(back=back)
        elif collection.kind == "notes":
            text = self.tr("Showing only your notes. {back}").format(back=back)
        elif collection.kind == "documents":
            text = self.tr("Searching only your documents. {back}").format(back=back)
        else:
            text = ""
        self.scope.setText(f"<b>{text}</b>" if text else "")
        self.scope.setVisible(bool(text))

    def _set_chips(self, filters: Filters) -> None:
        while self.chips.count():
            taken = self.chips.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        for facet in FACETS:
            for value in filters.selected(facet):
                label = self.tr("{facet}: {value}").format(facet=_tr(CHIP_LABELS[facet]),
                                                           value=isolate(value_label(facet, value)))
                self._add_chip(label, facet, value)
        if filters.year_from or filters.year_to:
            self._add_chip(self.tr("Years: {first}–{last}").format(first=filters.year_from or "…",
                                                                   last=filters.year_to or "…"), "years", "")
        self.chips.addStretch(1)
        self.chip_row.setVisible(not filters.is_empty)

    def _add_chip(self, label: str, facet: str, value: str) -> None:
        chip = QToolButton()
        chip.setText(menu_text(f"{label}  ✕"))
        chip.setToolTip(tooltip(self.tr("Remove filter {filter}").format(filter=label)))
        chip.setAccessibleName(self.tr("Remove filter {filter}").format(filter=label))
        chip.setAccessibleDescription(self.tr("Removes this filter from the results."))
        chip.setAutoRaise(False)
        chip.clicked.connect(lambda: self.chip_removed.emit(facet, value))
        self.chips.addWidget(chip)
