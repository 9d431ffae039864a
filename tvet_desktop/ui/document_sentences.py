"""What adding, reading or opening the user's documents says (documents/sentences.py), in the window's language:
one whole sentence per code (``ui/sentences.say`` fills them in, sizes as the language writes them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from .sentences import Table


class DocumentSentences(QObject):
    def table(self, count: int = 0) -> Table:
        return {
            "does-not-exist": self.tr("“{name}” does not exist; check the name and the folder."),
            "not-a-document": self.tr("“{name}” is not a kind of document the app reads (PDF, EPUB, web page, "
                                      "Markdown or text)."),
            "folder-no-permission": self.tr("The folder “{name}” cannot be read: you do not have permission to open "
                                            "it; the files in the other folders were looked at."),
            "cannot-read": self.tr("“{name}” cannot be read ({problem})."),
            "no-permission": self.tr("“{name}” cannot be read: you do not have permission to open it."),
            "too-large": self.tr("“{name}” is {size}, larger than the {cap} a document may be; split it or keep it "
                                 "outside the app."),
            "empty": self.tr("“{name}” is empty (0 bytes); there is nothing to add."),
            "not-what-it-says": self.tr("“{name}” is not {claimed} whatever its name says (it holds {found}); check "
                                        "that the file is the one you meant."),
            "no-pages": self.tr("“{name}” has no text and no pages; there is nothing to add."),
            "a-pdf": self.tr("a PDF"),
            "an-epub": self.tr("an EPUB book"),
            "a-web-page": self.tr("a web page"),
            "a-markdown-file": self.tr("a Markdown file"),
            "a-text-file": self.tr("a text file"),
            "a-document": self.tr("a document"),
            "a-zip-archive": self.tr("a zip archive"),
            "binary-data": self.tr("binary data"),
            "plain-text": self.tr("plain text"),
            "disk-full-copying": self.tr("“{name}” was not added: the disk is full ({size} needed); free some space "
                                         "and add it again."),
            "not-copied": self.tr("“{name}” could not be copied ({problem}); nothing of it was kept."),
            "disk-full": self.tr("“{name}” was not added: the disk is full; free some space and add it again."),
            "busy": self.tr("“{name}” was not added: another program is adding documents; try again when it has "
                            "finished."),
            "not-added": self.tr("“{name}” was not added ({problem}); nothing of it was kept."),
            "remove-disk-full": self.tr("“{name}” was not removed: the disk is full; free some space and try again."),
            "remove-busy": self.tr("“{name}” was not removed: another program is adding documents; try again when it "
                                   "has finished."),
            "not-removed": self.tr("“{name}” was not removed ({problem}); it is still in your documents."),
            "unavailable": self.tr("Your documents cannot be opened ({problem}); the files in {folder} are "
                                   "untouched."),
            "folder-unusable": self.tr("The documents folder {folder} cannot be used ({problem})."),
            "closed": self.tr("Documents were closed."),
            "password": self.tr("“{name}” is protected by a password; open it in the program that made it, save a "
                                "copy without the password, and add that."),
            "damaged-pdf": self.tr("“{name}” is damaged or not a complete PDF (PDFium could not read it); copy it "
                                   "again from its source."),
            "unreadable-pdf": self.tr("“{name}” could not be read as a PDF ({problem}); copy it again from its "
                                      "source."),
            "pdf-no-pages": self.tr("“{name}” is a PDF with no pages; there is nothing to add."),
            "damaged-epub": self.tr("“{name}” is damaged or not a complete EPUB book ({problem}); copy it again from "
                                    "its source."),
            "epub-too-many-files": self.tr("“{name}” was not added: it holds %Ln file(s), more than a book ever "
                                           "does.", "", count),
            "epub-outside": self.tr("“{name}” was not added: it holds a file named “{entry}” that points outside the "
                                    "book."),
            "zip-bomb": self.tr("“{name}” was not added: it unpacks to far more than its size (a zip bomb)."),
            "epub-missing-file": self.tr("“{name}” was not added: the file “{entry}” it names is missing."),
            "epub-damaged": self.tr("“{name}” was not added: it is damaged ({problem})."),
            "epub-damaged-file": self.tr("“{name}” was not added: its file “{entry}” is damaged ({problem})."),
            "epub-no-container": self.tr("“{name}” was not added: it does not say where its contents are "
                                         "(META-INF/container.xml)."),
            "epub-no-chapters": self.tr("“{name}” was not added: it has no chapters in its reading order."),
            "epub-not-shown": self.tr("“{name}” is damaged or is not a safe EPUB book."),
            "epub-missing-chapter": self.tr("“{name}” was not added: the chapter “{entry}” it names is missing."),
            "no-document": self.tr("There is no document {id}."),
            "earlier-version": self.tr("{id} is an earlier version of “{title}”, whose file changed; its latest "
                                       "version is {later}."),
            "copy-missing": self.tr("The copy of “{title}” is missing from {folder}; remove the document and add it "
                                    "again."),
        }
