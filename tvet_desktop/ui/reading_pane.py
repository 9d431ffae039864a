"""The reading pane: one item rendered as safe HTML. Links never load anything inside the app."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QEvent, QUrl  # (not imported at run time: building its enum types costs start-up)

    from ..catalog.records import Item
from ..catalog.render import is_external_link, item_html, theme_of_link

MIN_POINT_SIZE, MAX_POINT_SIZE = 8, 24


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
        f"blockquote {{ margin-left: 16px; }}"
    )


class ReadingPane(QTextBrowser):
    """Shows an item; theme chips ask for a filter, http(s) links go to the system browser."""

    theme_clicked = Signal(str)
    link_unanswered = Signal(str)  # a web address no browser took

    def __init__(self, open_external: Callable[[QUrl], object] = QDesktopServices.openUrl,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_external = open_external  # the system browser; tests pass a recorder
        self.setOpenLinks(False)  # every click comes to _follow; nothing navigates by itself
        self.setOpenExternalLinks(False)
        self.setAccessibleName("Reading pane")
        self.anchorClicked.connect(self._follow)
        self.document().setDocumentMargin(18)
        self.item: Item | None = None
        self._html = ""  # what is shown, to show again in the colours of a new palette (dark mode)
        self.show_welcome()

    def show_item(self, item: Item | None) -> None:
        self.item = item
        if item is None:
            self.show_welcome()
        else:
            self.setHtml(item_html(item))

    def show_welcome(self) -> None:
        self.setHtml(
            "<h2>Welcome to TVET Desktop</h2><p>Pick an item on the left to read it here.</p>"
            "<p>Type in the search field (Ctrl+K) to search every publication, practice and programme; "
            "tick themes, regions or languages on the left to narrow the list.</p>"
            "<p>Press F1 for keyboard shortcuts.</p>"
        )

    def setHtml(self, html: str) -> None:
        self._html = html
        self.document().setDefaultStyleSheet(_style_sheet(self.palette()))
        super().setHtml(html)

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
        self.setHtml(html)

    def leaveEvent(self, event: QEvent) -> None:
        from PySide6.QtCore import QUrl

        super().leaveEvent(event)
        self.highlighted.emit(QUrl())  # the mouse left the page, and with it any link it was on

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        """Never load images, style sheets or files referenced by content."""
        return None

    def zoom(self, steps: int) -> None:
        font = self.font()
        font.setPointSize(max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, font.pointSize() + steps)))
        self.setFont(font)

    def _follow(self, url: QUrl) -> None:
        address = url.toString()
        theme = theme_of_link(address)
        if theme is not None:
            self.theme_clicked.emit(theme)
        elif is_external_link(address) and not self._open_external(url):
            self.link_unanswered.emit(address)
        # Anything else (javascript:, file:, data:, relative) is ignored on purpose.
