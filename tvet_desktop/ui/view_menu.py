"""View → Text size and View → Theme: what the window looks like, remembered in the settings (View → Language,
below them, is language_menu.py).

"Follow the system" (the default) re-reads the desktop's choice when it changes while the window is open. The
window's first frame uses the desktop's choice as it was when last asked (see palette.apply_theme); this asks
the desktop as soon as the menus are made, right after that frame, and follows the answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication

from .local_format import number
from .palette import IN_USE, SYSTEM_SEEN, THEMES, THIS_RUN, apply_theme, resolve, theme_label
from .text_size import TEXT_SIZES, apply_text_size, step, text_size

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from .settings import WindowSettings


class ViewMenu(QObject):
    text_size_changed = Signal()

    def __init__(self, menu: QMenu, settings: WindowSettings) -> None:
        super().__init__(menu)
        self.settings = settings
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.app = app
        for text, keys, steps in ((self.tr("&Larger text"), ["Ctrl+=", "Ctrl++"], 1),
                                  (self.tr("&Smaller text"), ["Ctrl+-"], -1),
                                  (self.tr("&Normal text size"), ["Ctrl+0"], 0)):
            action = menu.addAction(text)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(lambda _=False, steps=steps: self.change_text_size(steps))
        sizes = menu.addMenu(self.tr("&Text size"))
        # The language's own digits and percent sign: "150 %" in French, "١٥٠٪" in Arabic.
        self.size_actions = self._choices(sizes, [(self.tr("{percent}%").format(percent=number(size)), size)
                                                  for size in TEXT_SIZES], self.set_text_size)
        menu.addSeparator()
        themes = menu.addMenu(self.tr("T&heme"))
        self.theme_actions = self._choices(themes, [(theme_label(theme), theme) for theme in THEMES],
                                           self.set_theme)
        self._check(self.size_actions, text_size(app))
        self._check(self.theme_actions, app.property(THIS_RUN) or settings.theme)  # the one in use
        app.styleHints().colorSchemeChanged.connect(self._system_changed)
        self._system_changed()

    def _choices(self, menu: QMenu, choices: list[tuple[str, object]], choose: object) -> dict[object, QAction]:
        group = QActionGroup(menu)
        actions: dict[object, QAction] = {}
        for text, value in choices:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setActionGroup(group)
            action.triggered.connect(lambda _=False, value=value: choose(value))  # type: ignore[operator]
            actions[value] = action
        return actions

    @staticmethod
    def _check(actions: dict[object, QAction], value: object) -> None:
        for key, action in actions.items():
            action.setChecked(key == value)

    def change_text_size(self, steps: int) -> None:
        """One size up or down (Ctrl+= / Ctrl+-), or back to 100% (0, Ctrl+0)."""
        self.set_text_size(step(text_size(self.app), steps) if steps else 100)

    def set_text_size(self, percent: int) -> None:
        percent = apply_text_size(self.app, percent)
        self._check(self.size_actions, percent)
        self.settings.save_text_size(percent)
        self.text_size_changed.emit()

    def set_theme(self, theme: str) -> None:
        apply_theme(self.app, theme)
        self._check(self.theme_actions, theme)
        self.settings.save_theme(theme)

    def _system_changed(self) -> None:
        """Ask the desktop which palette "system" means now; follow it when "system" is the theme in use."""
        seen = resolve("system", self.app.styleHints())
        self.app.setProperty(SYSTEM_SEEN, seen)
        in_use = self.app.property(IN_USE)  # (None: no theme was applied, as in a test's window)
        if self.theme_actions["system"].isChecked() and in_use is not None and in_use != seen:
            apply_theme(self.app, "system", seen)
