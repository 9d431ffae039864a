"""What the notes database, its backups, export and import say (library/sentences.py), in the window's language:
one whole sentence per code (``ui/sentences.say`` fills them in). Where the English names a command, the window
says what to do in the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from .sentences import Table


class LibrarySentences(QObject):
    def table(self, count: int = 0) -> Table:  # no sentence here has a plural
        return {
            "no-data-folder": self.tr("Cannot create the data folder {folder}: {problem}."),
            "cannot-open": self.tr("Cannot open your notes database {path}: {problem}."),
            "cannot-read": self.tr("Cannot read your notes database {path}: {problem}."),
            "busy": self.tr("Your notes database {path} is locked by another program (waited {seconds} s); close "
                            "that program and try again. Nothing was changed."),
            "cannot-open-now": self.tr("Your notes cannot be opened right now: {reason}."),
            "newer-schema": self.tr("Your notes were saved by a newer TVET Desktop (schema {version}); update the app "
                                    "to open them."),
            "set-aside": self.tr("Your notes database was damaged and has been set aside as {set_aside}. No backup "
                                 "was found."),
            "set-aside-backup": self.tr("Your notes database was damaged and has been set aside as {set_aside}. Your "
                                        "newest good backup is {backup}, {described}."),
            "backup-from": self.tr("from {when}"),
            "backup-holding": self.tr("from {when} (notes: {notes}, bookmarks: {bookmarks}, reading lists: "
                                      "{lists})"),
            "damaged-not-moved": self.tr("Your notes database {path} is damaged ({problem}) and could not be moved "
                                         "to {aside} ({reason}): move it away yourself, then start TVET Desktop "
                                         "again."),
            "no-such-backup": self.tr("There is no file {path}."),
            "no-good-backup": self.tr("There is no good backup to restore."),
            "unhealthy-backup": self.tr("{path} is not a healthy notes database; nothing was restored."),
            "window-open": self.tr("A TVET Desktop window is open on these notes ({folder}): close it, then try "
                                   "again. Nothing was changed."),
            "read-only-disk": self.tr("the notes folder {folder} is on a read-only disk"),
            "read-only-folder": self.tr("the notes folder {folder} is read-only"),
            "notes-disk-full": self.tr("the disk holding your notes is full"),
            "unwritable": self.tr("your notes database cannot be written ({problem})"),
            "no-backup-made": self.tr("No backup was made: {reason}."),
            "backups-folder-is-file": self.tr("{folder} is a file, not a folder: move it away so that backups of "
                                              "your notes can be made."),
            "backup-not-written": self.tr("A backup of your notes could not be written to {folder} ({problem}); the "
                                          "old backups are kept."),
            "backup-unhealthy": self.tr("A backup of your notes failed its integrity check; the old backups are "
                                        "kept."),
            "not-saved-read-only": self.tr("Not saved: {reason}. Your notes can still be read and exported."),
            "not-saved-disk-full": self.tr("Not saved: the disk is full. Free some space and try again; nothing saved "
                                           "earlier was touched."),
            "not-saved-folder-read-only": self.tr("Not saved: the notes folder is read-only; check the folder's "
                                                  "permissions."),
            "not-saved-busy": self.tr("Not saved: the notes database is busy in another program; try again in a "
                                      "moment."),
            "not-saved": self.tr("Not saved ({problem}); nothing saved earlier was touched."),
            "list-needs-name": self.tr("A reading list needs a name."),
            "list-exists": self.tr("There is already a reading list called “{name}”."),
            "note-conflict": self.tr("This note was changed elsewhere (another window or the command line) since you "
                                     "opened it."),
            "notes-closed": self.tr("The notes database was closed."),
            "no-export-folder": self.tr("There is no folder {folder} to export into; create it first, or choose "
                                        "another."),
            "zip-is-folder": self.tr("{path} is a folder: choose a file name ending in .zip."),
            "export-exists": self.tr("{path} already exists; nothing was written."),
            "export-into-file": self.tr("{path} is a file: export into a new folder, or to a file ending in .zip."),
            "export-folder-not-empty": self.tr("{path} is not empty; choose a new folder for the export."),
            "export-not-written": self.tr("The export could not be written to {path} ({problem}); your notes are "
                                          "unchanged."),
            "nothing-imported": self.tr("Nothing was imported: {reason}."),
            "import-no-backup": self.tr("Nothing was imported, because a backup of your notes could not be made "
                                        "first: {reason}"),
            "import-cannot-open": self.tr("Nothing was imported: your notes database could not be opened "
                                          "({problem})."),
            "no-such-path": self.tr("There is no file or folder {path}."),
            "export-too-large": self.tr("{path} is too large to be a notes export."),
            "not-importable": self.tr("{path} is not a file or folder that can be imported."),
            "not-an-export-problem": self.tr("{path} is not a TVET Desktop notes export ({problem})."),
            "not-an-export": self.tr("{path} is not a TVET Desktop notes export."),
            "export-from-newer": self.tr("{path} was made by a newer TVET Desktop; update the app to import it."),
            "export-nested": self.tr("{path} cannot be imported: it is nested too deeply. Nothing was imported."),
            "export-not-json": self.tr("{path} cannot be imported: it is not valid JSON ({problem}). Nothing was "
                                       "imported."),
            "export-version": self.tr("{path} cannot be imported: its format version {version} is unknown. Nothing "
                                      "was imported."),
            "export-malformed": self.tr("{path} cannot be imported: {problem}. Nothing was imported."),
        }
