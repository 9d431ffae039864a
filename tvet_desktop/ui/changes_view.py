"""What an update changed, as links: items added and changed open in the reading pane."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from ..text import escape_html

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl

    from ..sync.changes import Changes, Entry

ITEM_SCHEME = "item:"


class ChangesView(QTextBrowser):
    item_wanted = Signal(str)  # the id of an item to open

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("What changed"))
        self.anchorClicked.connect(self._follow)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)  # a dozen titles without scrolling
        self.hide()

    def show_changes(self, changes: Changes, old_version: int, new_version: int) -> None:
        title = self.tr("What changed from v{old} to v{new}").format(old=old_version, new=new_version)
        parts = [f"<p><b>{escape_html(title)}</b></p>"]
        if changes.empty:
            parts.append("<p>" + escape_html(self.tr("No item was added, changed or removed.")) + "</p>")
        for entries, heading, linked in (
                (changes.added, self.tr("Added ({count})"), True),
                (changes.changed, self.tr("Changed ({count})"), True),
                (changes.removed, self.tr("Removed from the catalogue ({count})"), False)):
            if entries:
                heading = heading.format(count=len(entries))
                parts.append(f"<p>{escape_html(heading)}</p><ul>{''.join(_row(e, linked) for e in entries)}</ul>")
        self.setHtml("".join(parts))
        self.show()

    def _follow(self, url: QUrl) -> None:
        address = url.toString()
        if address.startswith(ITEM_SCHEME):
            self.item_wanted.emit(address[len(ITEM_SCHEME):])


def _row(entry: Entry, linked: bool) -> str:
    title = escape_html(entry.title)
    return f"<li><a href='{ITEM_SCHEME}{escape_html(entry.id, quote=True)}'>{title}</a></li>" if linked \
        else f"<li>{title}</li>"
