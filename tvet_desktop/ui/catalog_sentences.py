"""What opening a catalogue file says, and the notes above a text shown shortened or plain (catalog/sentences.py),
in the window's language (``ui/sentences.say``)."""

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
            "shortened-text": self.tr("Shortened: this text has {length} characters; the first {shown} are shown."),
            "shortened-page": self.tr("Shortened: this page has {length} characters; the first {shown} are shown."),
            "shortened-file": self.tr("Shortened: this file is longer than {shown} characters; the beginning is "
                                      "shown."),
            "many-table-cells": self.tr("This text has more than {cells} table cells, so its tables are shown as "
                                        "text."),
            "deep-nesting": self.tr("This text is nested more than {levels} levels deep, so it is shown as plain "
                                    "text."),
        }
