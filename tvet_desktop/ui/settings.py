"""Window state kept between runs (geometry, splitters, last query, sort, theme, text size, language, the last
page read in each document, the folder documents last came from) in an INI file under the data dir."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class WindowSettings:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @property
    def splitter(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @property
    def reading_splitter(self) -> QByteArray | None:
        return self._bytes("window/reading_splitter")

    @property
    def theme(self) -> str:
        """One of palette.THEMES; "dark" for a settings file from before themes that had dark mode on."""
        from .palette import THEMES

        theme = str(self._settings.value("view/theme", "") or "")
        if theme in THEMES:
            return theme
        return "dark" if str(self._settings.value("view/dark", "false")).lower() == "true" else "system"

    @property
    def system_theme(self) -> str | None:
        """The palette the theme "system" resolved to when the desktop was last asked; None before it was."""
        return str(self._settings.value("view/system_palette", "") or "") or None

    def save_theme(self, theme: str) -> None:
        self._settings.setValue("view/theme", theme)
        self._settings.remove("view/dark")
        self._settings.sync()

    @property
    def text_size(self) -> int:
        """The text size in per cent of the system's (100 when unset or unreadable)."""
        from .text_size import clamp

        try:
            return clamp(int(str(self._settings.value("view/text_size", 100) or 100)))
        except (TypeError, ValueError):
            return 100

    def save_text_size(self, percent: int) -> None:
        self._settings.setValue("view/text_size", percent)
        self._settings.sync()

    @property
    def language(self) -> str:
        """The window's language chosen in View → Language; "" follows the system."""
        return str(self._settings.value("view/language", "") or "")

    def save_language(self, code: str) -> None:
        self._settings.setValue("view/language", code)
        self._settings.sync()

    @property
    def last_query(self) -> str:
        return str(self._settings.value("search/query", "") or "")

    @property
    def sort(self) -> str:
        return str(self._settings.value("search/sort", "relevance") or "relevance")

    def save(self, geometry: QByteArray, splitter: QByteArray, query: str, sort: str,
             reading_splitter: QByteArray, system_theme: str | None = None) -> None:
        self._settings.setValue("window/geometry", geometry)
        self._settings.setValue("window/splitter", splitter)
        self._settings.setValue("window/reading_splitter", reading_splitter)
        self._settings.setValue("search/query", query)
        self._settings.setValue("search/sort", sort)
        if system_theme:
            self._settings.setValue("view/system_palette", system_theme)
        self._settings.remove("reading/point_size")  # the reading pane's own size, before text size was the window's
        self._settings.sync()

    def documents_folder(self) -> str:
        """Where the file dialogs for documents start: the folder last added or read again (a USB stick's,
        often), else the home folder."""
        folder = str(self._settings.value("documents/folder", "") or "")
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    def save_documents_folder(self, folder: Path) -> None:
        self._settings.setValue("documents/folder", str(folder))

    # The last page read, per document (keyed by its item id, quoted: "/" would start a group in the file).
    def last_page(self, key: str) -> int | None:
        value = self._settings.value(_position_key(key))
        try:
            page = int(str(value))
        except (TypeError, ValueError):
            return None
        return page if page > 0 else None

    def save_last_page(self, key: str, page: int) -> None:
        self._settings.setValue(_position_key(key), page)  # written out by Qt, or on close


def _position_key(key: str) -> str:
    """``key`` as one INI key: "/" would start a group and "\\" is the file's own escape."""
    return "reading_positions/" + key.replace("%", "%25").replace("/", "%2F").replace("\\", "%5C")
