"""Every sentence the notes database, its backups, export and import can end with, by a stable code.

A :class:`Sentence` is the English the command line prints; the window says the same from its table of the same
codes (``ui/library_sentences.py``). Why the notes are read-only is a sentence too (a clause, lower-case), set in
others as their ``reason``."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from ..errors import Moment, Number
from ..errors import Sentence as _Sentence
from ..text import counted

if TYPE_CHECKING:
    from collections.abc import Mapping

_RESTORE = "restore it with `tvet-desktop notes restore`."
SENTENCES: Mapping[str, str] = {
    # -- opening the database (database.py) --------------------------------------------------------
    "no-data-folder": "Cannot create the data folder {folder}: {problem}",
    "cannot-open": "Cannot open your notes database {path}: {problem}",
    "cannot-read": "Cannot read your notes database {path}: {problem}",
    "busy": "Your notes database {path} is locked by another program (waited {seconds} s); close that program and "
            "try again. Nothing was changed.",
    "cannot-open-now": "Your notes cannot be opened right now: {reason}.",
    "newer-schema": "Your notes were saved by a newer TVET Desktop (schema {version}); update the app to open them.",
    "set-aside": "Your notes database was damaged and has been set aside as {set_aside}. No backup was found.",
    "set-aside-backup": "Your notes database was damaged and has been set aside as {set_aside}. Your newest good "
                        "backup is {backup}, {described}: " + _RESTORE,
    "backup-from": "from {when}",
    "backup-holding": "from {when}, holding {notes}, {bookmarks} and {lists}",
    "damaged-not-moved": "Your notes database {path} is damaged ({problem}) and could not be moved to {aside} "
                         "({reason}): move it away yourself, then run `tvet-desktop notes restore`.",
    "no-such-backup": "There is no file {path}.",
    "no-good-backup": "There is no good backup to restore.",
    "unhealthy-backup": "{path} is not a healthy notes database; nothing was restored.",
    "window-open": "A TVET Desktop window is open on these notes ({folder}): close it, then try again. Nothing was "
                   "changed.",
    # -- why the notes are read-only (a clause) ------------------------------------------------------
    "read-only-disk": "the notes folder {folder} is on a read-only disk",
    "read-only-folder": "the notes folder {folder} is read-only",
    "notes-disk-full": "the disk holding your notes is full",
    "unwritable": "your notes database cannot be written ({problem})",
    # -- backups (backups.py, database.py) -----------------------------------------------------------
    "no-backup-made": "No backup was made: {reason}.",
    "backups-folder-is-file": "{folder} is a file, not a folder: move it away so that backups of your notes can be "
                              "made.",
    "backup-not-written": "A backup of your notes could not be written to {folder} ({problem}); the old backups are "
                          "kept.",
    "backup-unhealthy": "A backup of your notes failed its integrity check; the old backups are kept.",
    # -- saving (store.py) ---------------------------------------------------------------------------
    "not-saved-read-only": "Not saved: {reason}. Your notes can still be read and exported.",
    "not-saved-disk-full": "Not saved: the disk is full. Free some space and try again; nothing saved earlier was "
                           "touched.",
    "not-saved-folder-read-only": "Not saved: the notes folder is read-only; check the folder's permissions.",
    "not-saved-busy": "Not saved: the notes database is busy in another program; try again in a moment.",
    "not-saved": "Not saved ({problem}); nothing saved earlier was touched.",
    "list-needs-name": "A reading list needs a name.",
    "list-exists": "There is already a reading list called “{name}”.",
    "note-conflict": "This note was changed elsewhere (another window or the command line) since you opened it.",
    "notes-closed": "The notes database was closed.",
    # -- export (transfer.py) ------------------------------------------------------------------------
    "no-export-folder": "There is no folder {folder} to export into; create it first, or choose another.",
    "zip-is-folder": "{path} is a folder: choose a file name ending in .zip.",
    "export-exists": "{path} already exists; nothing was written (add --force to replace it).",
    "export-into-file": "{path} is a file: export into a new folder, or to a file ending in .zip.",
    "export-folder-not-empty": "{path} is not empty; choose a new folder for the export.",
    "export-not-written": "The export could not be written to {path} ({problem}); your notes are unchanged.",
    # -- import (transfer.py, export_format.py) ------------------------------------------------------
    "nothing-imported": "Nothing was imported: {reason}.",
    "import-no-backup": "Nothing was imported, because a backup of your notes could not be made first: {reason}",
    "import-cannot-open": "Nothing was imported: your notes database could not be opened ({problem}).",
    "no-such-path": "There is no file or folder {path}.",
    "export-too-large": "{path} is too large to be a notes export.",
    "not-importable": "{path} is not a file or folder that can be imported.",
    "not-an-export-problem": "{path} is not a TVET Desktop notes export ({problem}).",
    "not-an-export": "{path} is not a TVET Desktop notes export.",
    "export-from-newer": "{path} was made by a newer TVET Desktop; update the app to import it.",
    "export-nested": "{path} cannot be imported: it is nested too deeply. Nothing was imported.",
    "export-not-json": "{path} cannot be imported: it is not valid JSON ({problem}). Nothing was imported.",
    "export-version": "{path} cannot be imported: its format version {version} is unknown. Nothing was imported.",
    "export-malformed": "{path} cannot be imported: {problem}. Nothing was imported.",
}


class Counted(Number):
    """A count the English says with its noun ("1 note", "3 notes"); the window says the number alone."""

    one: str
    many: str

    def __new__(cls, number: int, one: str, many: str) -> Counted:
        self = super().__new__(cls, number)
        self.one, self.many = one, many
        return self


class Sentence(_Sentence):
    sentences = SENTENCES

    @staticmethod
    def english(value: object) -> object:
        if isinstance(value, Counted):
            return counted(int(value), value.one, value.many)
        if isinstance(value, Moment):  # in the computer's time zone
            return datetime.fromisoformat(value).astimezone().strftime("%-d %b %Y %H:%M")
        return value
