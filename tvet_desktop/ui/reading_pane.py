"""The reading pane: one item rendered as safe HTML. Links never load anything inside the app.

Short texts are rendered at once; a long one is rendered off the GUI thread (the pane says "Loading…"
meanwhile) and only the newest request is shown, so the item the pane names is always the one selected.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QEvent, QUrl  # (not imported at run time: building its enum types costs start-up)
    from PySide6.QtGui import QImage

    from ..catalog.records import Item
    from .worker import BackgroundWork
from ..catalog.render import is_external_link, item_html, note_html, plain_html, theme_of_link
from ..text import escape_html
from .local_format import catalog_words
from .worker import Latest, explain

BOOK_PICTURE = "book-image:"  # documents.epub.IMAGE_SCHEME
RENDER_AT_ONCE_CHARS = 20_000  # longer texts are rendered in the background (a few milliseconds below this)


def _style_sheet(palette: QPalette) -> str:
    accent = palette.color(QPalette.ColorRole.Highlight).name()
    muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name()
    chip = palette.color(QPalette.ColorRole.AlternateBase).name()
    return (
        f"h1 {{ font-size: 150%; margin-bottom: 4px; }} h2 {{ font-size: 125%; margin-top: 18px; }}"
        f"h3 {{ font-size: 110%; }} p {{ line-height: 145%; margin-bottom: 10px; }} li {{ line-height: 140%; }}"
        f".meta {{ color: {muted}; margin-top: 0; }} .label {{ color: {muted}; padding-right: 12px; }}"
        f".summary {{ font-style: italic; margin: 8px 0 14px 0; }}"
        f"a {{ color: {accent}; }} a.chip {{ text-decoration: none; }} span.chip {{ background-color: {chip}; }}"
        f".themes {{ line-height: 170%; }}"
        f".source {{ color: {muted}; margin-top: 18px; }} .sources {{ color: {muted}; margin-top: 12px; }} "
        f"blockquote {{ margin-left: 16px; }} .shortened {{ color: {muted}; }}"
    )


class ContentBrowser(QTextBrowser):
    """Shows rendered content and never loads what it names: no image, style sheet or file, and no link is
    followed by itself. The one exception is a book's own pictures, read from the book beforehand and handed
    over as ``pictures`` (the HTML names them ``book-image:N``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.pictures: dict[str, QImage] = {}

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        """Never load images, style sheets or files referenced by content; a book's picture comes from
        ``pictures`` (one left out is an empty spot, not a broken-image sign)."""
        key = name if isinstance(name, str) else name.toString()
        if key.startswith(BOOK_PICTURE):
            return self.pictures.get(key) or _empty_spot()
        return None


def _empty_spot() -> QImage:
    from PySide6.QtGui import QImage

    spot = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
    spot.fill(0)  # transparent
    return spot


class ReadingPane(ContentBrowser):
    """Shows an item; theme chips ask for a filter, http(s) links go to the system browser."""

    theme_clicked = Signal(str)
    link_unanswered = Signal(str)  # a web address no browser took
    item_shown = Signal(object)  # the catalogue Item now shown, or None (a note, a welcome page): its documents

    def __init__(self, open_external: Callable[[QUrl], object] = QDesktopServices.openUrl,
                 parent: QWidget | None = None, work: BackgroundWork | None = None) -> None:
        super().__init__(parent)
        self._open_external = open_external  # the system browser; tests pass a recorder
        self._work = work  # None: everything is rendered at once
        self._renders = Latest()
        self.setAccessibleName(self.tr("Reading pane"))
        self.setAccessibleDescription(self.tr("The open item's text. Tab moves to its links and theme chips; "
                                              "Enter follows one."))
        self.anchorClicked.connect(self._follow)  # every click comes to _follow; nothing navigates by itself
        self.document().setDocumentMargin(18)
        self.item: Item | None = None
        self._html = ""  # what is shown, to show again in the colours of a new palette (dark mode)
        self.show_welcome()

    def show_item(self, item: Item | None) -> None:
        self.item = item
        self.item_shown.emit(item)
        if item is None:
            self.show_welcome()
        else:
            self._show(lambda: item_html(item, catalog_words), len(item.summary) + len(item.body))

    def show_note(self, title: str, status: str | None, text: str) -> None:
        """A free-standing note, or one whose item left the catalogue (no catalogue item is open then)."""
        self.item = None
        self.item_shown.emit(None)
        self._show(lambda: note_html(title, status, text), len(text))

    def show_html(self, html: str) -> None:
        """A page of the app's own (never content): shown at once, replacing any rendering still under way."""
        self._renders.take()
        self.setHtml(html)  # with the style sheet of the current palette

    def _show(self, render: Callable[[], str], size: int) -> None:
        if self._work is None or size <= RENDER_AT_ONCE_CHARS:
            self.show_html(render())
            return
        self.show_html("<p class='meta'>" + escape_html(self.tr("Loading…")) + "</p>")
        self._work.run_latest(self._renders, lambda _should_stop: render(), self.show_html, self._failed)

    def _failed(self, error: Exception) -> None:
        message, _ = explain(error)  # a bug's traceback is in the log
        self.show_html(plain_html(self.tr("This text could not be shown: {problem}").format(problem=message)))

    def show_welcome(self) -> None:
        self.show_html(self.tr(
            "<h2>Welcome to TVET Desktop</h2><p>Pick an item on the left to read it here.</p>"
            "<p>Type in the search field (Ctrl+K) to search every publication, practice and programme; "
            "tick themes, regions or languages on the left to narrow the list.</p>"
            "<p>Press F1 for keyboard shortcuts.</p>"))

    def setHtml(self, html: str) -> None:
        self._html = html
        self.document().setDefaultStyleSheet(_style_sheet(self.palette()))
        super().setHtml(html)
        if self.pictures:
            self._single_space_pictures()

    def _single_space_pictures(self) -> None:
        """A line holding a book's picture is as tall as the picture: the text's 145% line spacing would add half
        a picture's height of empty space under it."""
        from PySide6.QtGui import QTextBlockFormat, QTextCursor

        block = self.document().begin()
        while block.isValid():
            if "\ufffc" in block.text():  # the character a picture stands on
                spaced = block.blockFormat()
                spaced.setLineHeight(100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
                QTextCursor(block).setBlockFormat(spaced)
            block = block.next()

    def changeEvent(self, event: QEvent) -> None:
        from PySide6.QtCore import QEvent

        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._html:  # light or dark: its colours again
            position = self.verticalScrollBar().value()
            self.setHtml(self._html)
            self.verticalScrollBar().setValue(position)

    def show_empty(self, html: str) -> None:
        """Nothing is open: say so (``html`` is the window's own text)."""
        self.item = None
        self.item_shown.emit(None)
        self.show_html(html)

    def leaveEvent(self, event: QEvent) -> None:
        from PySide6.QtCore import QUrl

        super().leaveEvent(event)
        self.highlighted.emit(QUrl())  # the mouse left the page, and with it any link it was on

    def _follow(self, url: QUrl) -> None:
        address = url.toString()
        theme = theme_of_link(address)
        if theme is not None:
            self.theme_clicked.emit(theme)
        elif is_external_link(address) and not self._open_external(url):
            self.link_unanswered.emit(address)
        # Anything else (javascript:, file:, data:, relative) is ignored on purpose.
