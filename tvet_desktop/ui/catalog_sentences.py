"""What opening a catalogue file says (catalog/sentences.py), in the window's language (``ui/sentences.say``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from .sentences import Table


class CatalogSentences(QObject):
    def table(self, count: int = 0) -> Table:  # no sentence here has a plural
        return {
            "no-catalogue-file": self.tr("No catalogue file at {path}."),
            "catalogue-closed": self.tr("The catalogue {path} was closed."),
            "odd-catalogue": self.tr("{path} is not a readable TVET Desktop catalogue ({names}: not as TVET Desktop "
                                     "builds them)."),
            "unreadable-catalogue": self.tr("{path} is not a readable TVET Desktop catalogue ({problem})."),
            "catalogue-format": self.tr("{path} has catalogue format {format}; this app reads {reads}."),
        }
