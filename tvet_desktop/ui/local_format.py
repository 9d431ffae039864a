"""Numbers, dates and sizes as the window's language writes them (QLocale's default, set by ``language``):
"1 234" in French, "١٬٢٣٤" in Arabic, "28 nov. 2026", "3,2 Mo". The core's English forms are for the command
line; the window shows these."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def number(value: int) -> str:
    return QLocale().toString(value)


def date(iso: str) -> str:
    """An ISO date or time ("2026-11-28T10:00:00Z") as a short date of the language; other text unchanged."""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), "d MMM yyyy")


def moment(iso: str) -> str:
    """An ISO time as the language's short date and time, in the computer's time zone; other text unchanged."""
    from PySide6.QtCore import QDateTime, Qt  # (not needed by the first frame: see qt_values.py)

    when = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not when.isValid():
        return iso
    return QLocale().toString(when.toLocalTime(), QLocale.FormatType.ShortFormat)


def size(byte_count: int) -> str:
    return QLocale().formattedDataSize(byte_count, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def catalog_words(text: str) -> str:
    """A label the core marked for translation in the context "catalog" (kinds, languages, the reading
    pane's labels), in the window's language."""
    return QCoreApplication.translate("catalog", text)


def library_words(text: str) -> str:
    """A phrase the notes store marked for translation in the context "library" (a note's status)."""
    return QCoreApplication.translate("library", text)


def sync_words(text: str) -> str:
    """A word the update service marked for translation in the context "sync" (a stage, a key's origin)."""
    return QCoreApplication.translate("sync", text)
