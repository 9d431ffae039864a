"""The note editor beside the reading pane: Markdown with live preview, autosave and a visible state.

Text typed here is never dropped: a save that fails keeps the text in the editor and retries; a note
changed elsewhere meanwhile is kept, and the editor's text is saved beside it as a separate note.
Notes that cannot be changed (a full disk, a read-only folder) are shown read-only with the reason. The
preview follows typing a moment later, rendered off the GUI thread when the note is long.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..catalog.render import markdown_to_html, page_of_link
from ..library.store import Note, NoteConflict, NotesStore, SaveFailed, item_text_hash
from ..text import isolate
from .elided_label import ElidedLabel
from .palette import problem_colour
from .plain import label, tooltip
from .reading_pane import RENDER_AT_ONCE_CHARS, ContentBrowser
from .sentences import say
from .worker import Latest, explain, reason_words

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl

    from ..catalog.records import Item
    from .worker import BackgroundWork

AUTOSAVE_MS = 800
RETRY_MS = 5000
PREVIEW_MS = 250  # the preview follows typing this long after the last key


class NotePanel(QWidget):
    saved = Signal()  # a note was created, changed or deleted
    page_wanted = Signal(int)  # a page reference ("(p. 37)") was clicked in the preview

    def __init__(self, store: NotesStore, work: BackgroundWork | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.work = store, work
        self.item: Item | None = None
        self.note: Note | None = None  # the free-standing (or orphaned) note being edited
        self._revision = 0
        self._dirty = False
        self.heading = ElidedLabel(self.tr("My note"))
        self.heading.setAccessibleName(self.tr("Note heading"))
        self.state = label()
        self.state.setAccessibleName(self.tr("Save state"))
        self.read_only_notice = label(self.tr("Your notes can be read but not changed: {reason}. You can still export "
                                              "them (File → Export); to write again, fix that and restart TVET "
                                              "Desktop.").format(reason=reason_words(store.read_only or "")))
        self.read_only_notice.setWordWrap(True)
        self.read_only_notice.setStyleSheet("background: #fdf2d0; color: #5c4400; padding: 6px;")
        self.read_only_notice.setVisible(bool(store.read_only))
        self.preview_toggle = QCheckBox(self.tr("Preview"))
        self.preview_toggle.setToolTip(self.tr("Show the note rendered beside the text"))
        self.preview_toggle.setAccessibleName(self.tr("Preview"))
        self.preview_toggle.setAccessibleDescription(self.tr("Shows the note formatted, beside the text you type."))
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Note editor"))
        self.editor.setAccessibleDescription(self.tr("Your note on the open item, in Markdown; it is saved as you "
                                                     "type. Tab leaves the editor."))
        self.editor.setPlaceholderText(self.tr("Write your note in Markdown: **bold**, - lists, > quotes …  (Ctrl+E)"))
        self.editor.setTabChangesFocus(True)
        self.preview = ContentBrowser()
        self.preview.setAccessibleName(self.tr("Note preview"))
        self.preview.anchorClicked.connect(self._follow)
        self.preview.setAccessibleDescription(self.tr("Your note as it will look, formatted."))
        self.preview.hide()
        split = QSplitter()  # side by side
        split.addWidget(self.editor)
        split.addWidget(self.preview)
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.state)
        header.addWidget(self.preview_toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.read_only_notice)
        layout.addLayout(header)
        layout.addWidget(split, 1)

        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self.save)
        self._previewing = QTimer(self, singleShot=True, interval=PREVIEW_MS)
        self._previewing.timeout.connect(self._refresh_preview)
        self._previews = Latest()
        self.editor.textChanged.connect(self._changed)
        self.preview_toggle.toggled.connect(self._toggle_preview)
        self.set_item(None)

    # -- what is being edited ----------------------------------------------------------------
    def set_item(self, item: Item | None) -> None:
        """Edit the note on ``item`` (saving the previous one first)."""
        self.save()
        self.item, self.note = item, None
        current = self.store.note_for_item(item.id) if item else None
        self._load(current, self.tr("My note on “{title}”").format(title=isolate(item.title)) if item
                   else self.tr("Pick an item to write a note on it"))
        self.editor.setEnabled(item is not None)

    def set_note(self, note: Note) -> None:
        """Edit a free-standing note, or one whose item is no longer in the catalogue."""
        self.save()
        self.item, self.note = None, note
        self._load(note, note.title or self.tr("Untitled note"))
        self.editor.setEnabled(True)

    def reload(self) -> None:
        """The note as the store has it now (another program, the command line say, may have changed it), unless
        the user has typed something not saved yet."""
        if self._dirty:
            return
        current = self.store.note_for_item(self.item.id) if self.item is not None else \
            self.store.get_note(self.note.id) if self.note is not None else None
        if (current.revision if current else 0) == self._revision:
            return
        if self.item is not None:
            self.set_item(self.item)
        elif current is not None:
            self.set_note(current)

    def set_busy(self, busy: bool) -> None:
        """While an import runs the editor waits (it would wait for the import's writes anyway)."""
        if busy:
            self.save()
        self.editor.setReadOnly(busy or bool(self.store.read_only))

    def _load(self, note: Note | None, heading: str) -> None:
        self._revision = note.revision if note else 0
        self.heading.setText(heading)
        self.editor.blockSignals(True)
        self.editor.setPlainText(note.text if note else "")
        self.editor.blockSignals(False)
        self._dirty = False
        self.editor.setReadOnly(bool(self.store.read_only))
        self._show_state((self.tr("Read-only") if self.store.read_only else self.tr("Saved")) if note else "")
        self._refresh_preview()

    # -- saving ------------------------------------------------------------------------------
    def _changed(self) -> None:
        self._dirty = True
        self._show_state(self.tr("Editing…"))
        self._autosave.start()
        if self.preview.isVisible():
            self._previewing.start()

    def save(self) -> bool:
        """Save now if there are unsaved changes; True when nothing is left unsaved."""
        self._autosave.stop()
        if not self._dirty:
            return True
        text = self.editor.toPlainText()
        try:
            self._write(text)
            self._dirty = False
            self._show_state(self.tr("Saved {time}").format(time=QLocale().toString(QTime.currentTime(),
                                                                                       QLocale.FormatType.ShortFormat)))
        except NoteConflict as conflict:
            self._keep_both(text, conflict)
        except SaveFailed as error:
            self._show_state(self.tr("{problem} Your text is kept here and saving is retried.").format(
                problem=explain(error)[0]), problem=True)
            self._retry.start()
            return False
        self._retry.stop()
        self.saved.emit()
        return True

    def _write(self, text: str) -> None:
        if self.item is not None:
            saved = self.store.save_item_note(self.item.id, text, self.item.title, item_text_hash(self.item),
                                              expected_revision=self._revision)
            self._revision = saved.revision if saved else 0
        elif self.note is not None:
            self.note = self.store.update_note(self.note.id, text, self.note.title, expected_revision=self._revision)
            self._revision = self.note.revision

    def _keep_both(self, text: str, conflict: NoteConflict) -> None:
        """Someone else saved first: keep their text as the note, ours as a separate note."""
        about = self.item.title if self.item else (self.note.title if self.note else self.tr("a note"))
        self.store.create_note(self.tr("My other version of the note on “{title}”").format(title=about), text)
        self._load(conflict.current, self.heading.full_text)
        self._show_state(self.tr("Changed elsewhere: your text was kept as a separate note"), problem=True)

    def _show_state(self, text: str, problem: bool = False) -> None:
        self.state.setText(text)
        colour = problem_colour(self.palette())  # red that reads on the theme's window colour
        self.state.setStyleSheet(f"color: {colour}; font-weight: bold;" if problem else "")
        self.state.setToolTip(tooltip(text))

    # -- helpers -----------------------------------------------------------------------------
    def quote(self, passage: str, source: str = "", page: int | None = None) -> None:
        """Insert ``passage`` as a Markdown quote at the cursor, set apart by a blank line, with its source, or
        ending with its page ("> … (p. 37)", a link in the preview)."""
        if not passage.strip() or not self.editor.isEnabled() or self.editor.isReadOnly():
            return
        lines = [f"> {line}" for line in passage.strip().splitlines()]
        if page is not None:
            lines[-1] += f" (p. {page})"
        if source:
            lines += [">", f"> — {source}"]
        cursor = self.editor.textCursor()
        before = self.editor.toPlainText()[:cursor.position()]
        ending = len(before) - len(before.rstrip("\n"))  # line breaks already before the cursor
        gap = "\n" * max(0, 2 - ending) if before.strip() else ""
        cursor.insertText(gap + "\n".join(lines) + "\n\n")
        self.editor.setFocus()

    def focus_editor(self) -> None:
        from PySide6.QtCore import Qt  # (not needed by the first frame: see qt_values.py)

        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _toggle_preview(self, on: bool) -> None:
        self.preview.setVisible(on)
        self._refresh_preview()

    def _refresh_preview(self) -> None:
        self._previewing.stop()
        if not self.preview.isVisibleTo(self):
            return
        text = self.editor.toPlainText()
        if self.work is None or len(text) <= RENDER_AT_ONCE_CHARS:
            self._previews.take()  # a longer text's rendering still under way is not shown over this one
            self.preview.setHtml(markdown_to_html(text, page_links=True, say=say))
            return
        self.work.run_latest(self._previews, lambda _should_stop: markdown_to_html(text, page_links=True, say=say),
                             self.preview.setHtml,
                             lambda _error: None)  # markdown_to_html never raises: a bug in it is logged there

    def _follow(self, url: QUrl) -> None:
        """A page reference opens the document at that page; any other link in a note is left alone here."""
        page = page_of_link(url.toString())
        if page is not None:
            self.page_wanted.emit(page)
