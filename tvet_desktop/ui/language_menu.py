"""View → Language: the window's language, saved for the next start; the window offers to start again in it at once
(Qt widgets built in one language do not all follow another)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup

from .language import LANGUAGES, spoken, system_language
from .plain import offer

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QWidget

    from .settings import WindowSettings


class LanguageMenu(QObject):
    restart_asked = Signal()  # the user chose to start again now, in the language just chosen

    def __init__(self, menu: QMenu, settings: WindowSettings, window: QWidget) -> None:
        super().__init__(window)
        self.settings, self.window = settings, window
        self.menu = menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        system = LANGUAGES[system_language()]
        choices = [("", self.tr("As the system ({language})").format(language=system)), *LANGUAGES.items()]
        for code, name in choices:
            action = QAction(name, self, checkable=True)
            action.setChecked(code == settings.language)
            action.setData(code)
            action.triggered.connect(lambda _=False, code=code: self.choose(code))
            group.addAction(action)
            self.menu.addAction(action)
        self.actions = group.actions()

    def choose(self, code: str) -> None:
        if code == self.settings.language:
            return
        self.settings.save_language(code)
        if (code or system_language()) == spoken():
            return  # the window speaks it already ("As the system" when the system speaks it)
        name = LANGUAGES.get(code) or LANGUAGES[system_language()]
        if offer(self.window, self.tr("Language"),
                 self.tr("TVET Desktop will speak {language} when it starts again. Start it again now? Your note "
                         "is saved first.").format(language=name),
                 self.tr("Start again now"), self.tr("Later")):
            self.restart_asked.emit()
