"""Every sentence adding, reading or opening one of the user's documents can end with, by a stable code.

A :class:`Sentence` is the English the command line prints (sizes in MB or GB); the window says the same from its
table of the same codes (``ui/document_sentences.py``). A sentence names the file it is about (``{name}``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import Sentence as _Sentence
from ..errors import Size

if TYPE_CHECKING:
    from collections.abc import Mapping

_NOT_ADDED = "“{name}” was not added: "
SENTENCES: Mapping[str, str] = {
    # -- the file itself (service.py, store.py, formats.py) ------------------------------------------
    "does-not-exist": "“{name}” does not exist; check the name and the folder.",
    "not-a-document": "“{name}” is not a kind of document the app reads (PDF, EPUB, web page, Markdown or text).",
    "folder-no-permission": "The folder “{name}” cannot be read: you do not have permission to open it; the files "
                            "in the other folders were looked at.",
    "cannot-read": "“{name}” cannot be read ({problem}).",
    "no-permission": "“{name}” cannot be read: you do not have permission to open it.",
    "too-large": "“{name}” is {size}, larger than the {cap} a document may be; split it or keep it outside the app.",
    "empty": "“{name}” is empty (0 bytes); there is nothing to add.",
    "not-what-it-says": "“{name}” is not {claimed} whatever its name says (it holds {found}); check that the file is "
                        "the one you meant.",
    "no-pages": "“{name}” has no text and no pages; there is nothing to add.",
    # -- what a file holds, in the sentence above (formats.py) ---------------------------------------
    "a-pdf": "a PDF",
    "an-epub": "an EPUB book",
    "a-web-page": "a web page",
    "a-markdown-file": "a Markdown file",
    "a-text-file": "a text file",
    "a-document": "a document",
    "a-zip-archive": "a zip archive",
    "binary-data": "binary data",
    "plain-text": "plain text",
    # -- keeping it (store.py) -----------------------------------------------------------------------
    "disk-full-copying": _NOT_ADDED + "the disk is full ({size} needed); free some space and add it again.",
    "not-copied": "“{name}” could not be copied ({problem}); nothing of it was kept.",
    "disk-full": _NOT_ADDED + "the disk is full; free some space and add it again.",
    "busy": _NOT_ADDED + "another program is adding documents; try again when it has finished.",
    "not-added": "“{name}” was not added ({problem}); nothing of it was kept.",
    "remove-disk-full": "“{name}” was not removed: the disk is full; free some space and try again.",
    "remove-busy": "“{name}” was not removed: another program is adding documents; try again when it has finished.",
    "not-removed": "“{name}” was not removed ({problem}); it is still in your documents.",
    "unavailable": "Your documents cannot be opened ({problem}); the files in {folder} are untouched.",
    "folder-unusable": "The documents folder {folder} cannot be used ({problem}).",
    "closed": "Documents were closed.",
    # -- PDF (pdf.py) --------------------------------------------------------------------------------
    "password": "“{name}” is protected by a password; open it in the program that made it, save a copy without the "
                "password, and add that.",
    "damaged-pdf": "“{name}” is damaged or not a complete PDF (PDFium could not read it); copy it again from its "
                   "source.",
    "unreadable-pdf": "“{name}” could not be read as a PDF ({problem}); copy it again from its source.",
    "pdf-no-pages": "“{name}” is a PDF with no pages; there is nothing to add.",
    # -- EPUB (epub.py) ------------------------------------------------------------------------------
    "damaged-epub": "“{name}” is damaged or not a complete EPUB book ({problem}); copy it again from its source.",
    "epub-too-many-files": _NOT_ADDED + "it holds {count:,} files, more than a book ever does.",
    "epub-outside": _NOT_ADDED + "it holds a file named “{entry}” that points outside the book.",
    "zip-bomb": _NOT_ADDED + "it unpacks to far more than its size (a zip bomb).",
    "epub-missing-file": _NOT_ADDED + "the file “{entry}” it names is missing.",
    "epub-damaged": _NOT_ADDED + "it is damaged ({problem}).",
    "epub-damaged-file": _NOT_ADDED + "its file “{entry}” is damaged ({problem}).",
    "epub-no-container": _NOT_ADDED + "it does not say where its contents are (META-INF/container.xml).",
    "epub-no-chapters": _NOT_ADDED + "it has no chapters in its reading order.",
    "epub-not-shown": "“{name}” is damaged or is not a safe EPUB book.",
    "epub-missing-chapter": _NOT_ADDED + "the chapter “{entry}” it names is missing.",
    # -- a kept document (service.py) ----------------------------------------------------------------
    "no-document": "There is no document {id}; `tvet-desktop documents list` shows the ids.",
    "earlier-version": "{id} is an earlier version of “{title}”, whose file changed; its latest version is {later}.",
    "copy-missing": "The copy of “{title}” is missing from {folder}; remove the document and add it again.",
}


def megabytes(size: int) -> str:
    return f"{size / 1024**3:.1f} GB" if size >= 1024**3 else f"{max(1, round(size / 1024**2))} MB"


class Sentence(_Sentence):
    sentences = SENTENCES

    @staticmethod
    def english(value: object) -> object:
        return megabytes(value) if isinstance(value, Size) else value
