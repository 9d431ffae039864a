"""What a screen reader hears: every control that can take the keyboard has a name (and the window's own a
description of what it does), found by walking Qt's accessibility tree as an assistive technology does."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from tvet_desktop.sync.service import UpdateService
from tvet_desktop.ui.help_dialogs import about_dialog, user_guide_dialog
from tvet_desktop.ui.share_dialog import ShareDialog

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from tvet_desktop.ui.main_window import MainWindow

Text = QAccessible.Text


class Control(NamedTuple):
    role: str
    name: str
    description: str
    widget: str  # its class, "" for a row or cell of a list


def announced_name(node: QAccessibleInterface) -> str:
    """The name, or for a combo box on Linux the label it is labelled by: Qt gives a combo box its value as its
    name there, and screen readers say the label from the relation first."""
    if isinstance(node.object(), QComboBox):
        labels = [other.text(Text.Name) for other, _ in node.relations(QAccessible.RelationFlag.Label)]
        return " ".join(label.replace("&", "").rstrip(":") for label in labels)
    return node.text(Text.Name)


def focusable_controls(widget: QWidget, rows: int = 3) -> list[Control]:
    """Every visible node that can take the focus, with the first ``rows`` children of each list or tree."""
    found: list[Control] = []

    def walk(node: QAccessibleInterface | None) -> None:
        if node is None or not node.isValid() or node.state().invisible:
            return
        if node.state().focusable:
            owner = node.object()
            found.append(Control(node.role().name, announced_name(node), node.text(Text.Description),
                                 type(owner).__name__ if isinstance(owner, QWidget) else ""))
        for index in range(min(node.childCount(), 200)):
            child = node.child(index)
            if child is not None and (child.object() is not None or index < rows * 2):
                walk(child)

    walk(QAccessible.queryAccessibleInterface(widget))
    return found


def unnamed(controls: list[Control]) -> list[Control]:
    return [control for control in controls if not control.name.strip()]


def test_every_control_of_the_window_has_a_name_and_says_what_it_does(qtbot: QtBot, window: MainWindow) -> None:
    window.request = window.request._replace(filters=window.request.filters.with_values("region", ("Africa",)))
    with qtbot.waitSignal(window.search_finished):
        window.run_search()  # a filter chip too
    window.open_item("welding-safety-guide")
    window.library.panel.preview_toggle.setChecked(True)
    controls = focusable_controls(window)
    widgets = [control for control in controls if control.widget]
    print(f"{len(controls)} focusable controls and rows, {len(widgets)} of them widgets, all named")
    assert unnamed(controls) == []
    assert [c.role for c in widgets if not c.description.strip()] == []  # each says what it does
    names = {control.name for control in widgets}
    assert {"Search", "Sort by", "Browse by facet", "Results", "Your library", "Reading pane", "Note editor",
            "Bookmark", "Add to reading list", "Quote selection", "Preview", "Clear filters",
            "Remove filter Region: \u2068Africa\u2069"} <= names
    assert "Best match" not in names  # the sort box is not announced by its value


def test_result_and_facet_rows_announce_their_content(window: MainWindow) -> None:
    row = window.results_model.index(0)
    assert row.data(Qt.ItemDataRole.AccessibleTextRole) == row.data(Qt.ItemDataRole.DisplayRole) + ", " + \
        str(row.data(Qt.ItemDataRole.AccessibleTextRole)).split(", ")[-1]
    hits = [window.results_model.hit(r) for r in range(window.results_model.rowCount())]
    welding = next(r for r, hit in enumerate(hits) if hit is not None and hit.id == "welding-safety-guide")
    described = window.results_model.index(welding).data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert described.startswith("Publication, 2021, Kenya")  # the meta line, then the snippet
    names = {node.text(Text.Name): node.text(Text.Description) for node in _tree_rows(window)}
    assert "Africa, 2 items" in names and names["Africa, 2 items"].startswith("Space ticks it")


def _tree_rows(window: MainWindow) -> list[QAccessibleInterface]:
    tree = QAccessible.queryAccessibleInterface(window.sidebar.tree)
    assert tree is not None
    return [child for i in range(tree.childCount()) if (child := tree.child(i)) is not None]


def test_the_dialogs_name_every_control(qtbot: QtBot, window: MainWindow, data_dir) -> None:  # type: ignore[no-untyped-def]
    updates = UpdateService(data_dir, window.catalog.path)
    window.updates = updates
    sync = window.open_sync_dialog()
    share = ShareDialog(updates, window.work, window, addresses=["127.0.0.1", "192.168.1.20"])
    about = about_dialog(window.catalog.info, "bundled", window)
    guide = user_guide_dialog(window)
    found: dict[str, list[Control]] = {}
    for name, dialog in (("update", sync), ("share", share), ("about", about), ("guide", guide)):
        assert dialog is not None
        dialog.show()
        QApplication.processEvents()
        found[name] = focusable_controls(dialog)
        dialog.hide()
    print({name: len(controls) for name, controls in found.items()})
    assert {name: unnamed(controls) for name, controls in found.items()} == {name: [] for name in found}
    assert all(len(controls) >= 2 for controls in found.values())
