"""What the window and the command line call to add, list, remove, re-read and search the user's documents.

Long work (adding a folder) takes ``progress`` and ``should_stop``; each file is added whole or not at all,
and a file that cannot be added is one :class:`.records.Failure` with one sentence, while the others go on.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..catalog.records import Item
from ..db import Stopped
from ..errors import UserError
from ..paths import data_dir
from .formats import EXTENSIONS, Limits, media_type_of
from .layout import DOCUMENTS_DIR
from .page_lists import DEFAULT_POLICY, PagePolicy
from .records import DOCUMENT_KIND, AddReport, Document, Failure, Progress
from .search import DocumentSearch, LastHits, search_documents
from .sentences import Sentence
from .store import DEFAULT_LIMITS, DocumentStore, RemovedBefore

if TYPE_CHECKING:
    import sqlite3
    from contextlib import AbstractContextManager

    from ..db import ShouldStop

class DocumentService:
    def __init__(self, store: DocumentStore) -> None:
        self.store = store
        self._last = LastHits()

    @classmethod
    def open(cls, folder: Path | None = None, limits: Limits = DEFAULT_LIMITS, policy: PagePolicy = DEFAULT_POLICY,
             wait: bool = True, upgrade: bool | None = None, should_stop: ShouldStop | None = None) -> DocumentService:
        """The documents in ``folder`` (default: ``documents/`` in the user data folder), tidied. ``policy``:
        which terms get page lists (tests use small ones). ``wait`` false: :class:`.store.WouldWait` when
        opening would wait for another program adding documents, or (unless ``upgrade``) upgrade their index:
        the window then opens them in the background, so that it never hangs. ``should_stop``: an upgrade
        stops (:class:`..db.Stopped`) soon after it turns true, to run again, from the start, at the next opening."""
        store = DocumentStore(folder or data_dir() / DOCUMENTS_DIR, limits, policy, wait, upgrade, should_stop)
        try:
            store.tidy()
        except BaseException:
            store.close()
            raise
        store.wait_from_now_on()
        return cls(store)

    def close(self) -> None:
        self.store.close()

    # -- adding ------------------------------------------------------------------------------
    def add(self, paths: list[Path], progress: Progress = lambda done, total, name: None,
            should_stop: ShouldStop = lambda: False) -> AddReport:
        """Add files, and every document file in folders (recursively)."""
        return self._add(paths, progress, should_stop, again=False)[0]

    def _add(self, paths: list[Path], progress: Progress, should_stop: ShouldStop,
             again: bool) -> tuple[AddReport, dict[str, Document]]:
        """The report, and the document each file read is, by its place as the file system resolves it (a
        folder read again may be named another way: a link to it, another mount point of the same stick).
        ``again``: a folder read again, which leaves out the files the user removed from the app."""
        files, failed = collect(paths)
        added: list[Document] = []
        skipped: list[Document] = []
        removed: list[str] = []
        found: dict[str, Document] = {}

        def report(stopped: bool = False) -> AddReport:
            return AddReport(tuple(added), tuple(skipped), tuple(failed), stopped, removed_before=tuple(removed))

        for done, path in enumerate(files):
            if should_stop():
                return report(stopped=True), found
            progress(done, len(files), path.name)
            try:
                document, new = self.store.add_file(path, should_stop, unless_removed=again)
            except Stopped:
                return report(stopped=True), found
            except RemovedBefore:
                removed.append(str(path))
                continue
            except UserError as error:
                failed.append(Failure(str(path), error.sentence or str(error)))
                continue
            (added if new else skipped).append(document)
            found[os.path.realpath(path)] = document
        progress(len(files), len(files), "")
        return report(), found

    def rescan(self, folder: Path, progress: Progress = lambda done, total, name: None,
               should_stop: ShouldStop = lambda: False) -> AddReport:
        """Read ``folder`` again: its new files are added, except those the user removed from the app before
        (``removed_before``). A file that changed is added too, and paired with the document it was
        (``replaced``): the caller carries the user's note, bookmark and list entries over and removes the
        earlier version (:meth:`retire`). Documents added from the folder whose file is gone are listed in
        ``gone`` and kept (a file still there that could not be added is in ``failed``, its document left as it
        is). A stopped read names none of these: it did not see the whole folder."""
        report, found = self._add([folder], progress, should_stop, again=True)
        if report.stopped:
            return report
        inside = os.path.realpath(folder) + os.sep  # places compared as _add keys them
        present = {d.sha256 for d in found.values()}
        places = ((d, os.path.realpath(d.source)) for d in self.list() if d.sha256 not in present)
        earlier = [(d, place) for d, place in places if place.startswith(inside)]
        gone = tuple(d for d, place in earlier if place not in found and not os.path.exists(place))
        return report._replace(gone=gone, replaced=tuple((d, found[place]) for d, place in earlier if place in found))

    # -- reading -----------------------------------------------------------------------------
    def list(self) -> list[Document]:
        """Every document, the last added first (any thread)."""
        return self.store.documents(self._conn())

    def count(self) -> int:
        return int(self._conn().execute("SELECT count(*) FROM documents").fetchone()[0])

    def get(self, doc_id: str) -> Document | None:
        return self.store.get(doc_id, self._conn())

    def current(self, doc_id: str) -> Document | None:
        """The document ``doc_id``, or for the id of an earlier version of a changed file, its latest version."""
        return self.get(doc_id) or self.later_version(doc_id)

    def later_version(self, doc_id: str) -> Document | None:
        """The document that replaced ``doc_id`` when its file changed (its latest version), if it is here."""
        later = self.store.later_version(doc_id, self._conn())
        return self.get(later) if later is not None else None

    def item(self, doc_id: str) -> Item | None:
        """The document as an item of kind ``document``, for what notes, bookmarks and lists show of an item."""
        document = self.get(doc_id)
        return as_item(document) if document else None

    def file_of(self, doc_id: str) -> tuple[Path, str]:
        """The kept copy of a document and its media type; UserError when there is no such document or its
        copy is gone."""
        document = self.get(doc_id)
        stored = self.store.stored_file(doc_id, self._conn())
        if document is None or stored is None:
            raise UserError(Sentence("no-document", id=doc_id))
        if not stored.is_file():
            raise UserError(Sentence("copy-missing", title=document.title, folder=self.store.files))
        return stored, document.media_type

    def page_text(self, doc_id: str, page: int) -> str:
        """The text of one page (from 1) as it was indexed; '' when there is no such page."""
        row = self._conn().execute("SELECT p.text FROM pages p JOIN documents d ON d.n = p.document "
                                   "WHERE d.id = ? AND p.page = ?", (doc_id, page)).fetchone()
        return str(row[0]) if row else ""

    def search(self, text: str, prefix: bool = True, limit: int = 20, closest: bool = False) -> DocumentSearch:
        """Documents matching ``text``, best first, each with its best pages and their snippets (any thread).
        ``closest``: those with most of its words, for when none has them all."""
        return search_documents(self.store.readers, lambda numbers: self.store.numbered(numbers, self._conn()),
                                text, prefix, limit, last=self._last, closest=closest)

    def stop_when(self, should_stop: ShouldStop) -> AbstractContextManager[None]:
        """Searches by this thread inside the block stop soon after ``should_stop()`` turns true."""
        return self.store.readers.stop_when(should_stop)

    def _conn(self) -> sqlite3.Connection:
        return self.store.readers.conn

    # -- removing ----------------------------------------------------------------------------
    def remove(self, doc_id: str) -> Document:
        """Remove a document and its copy; a note, bookmark or list entry on it is kept. Its folder read again
        leaves it out (adding the file itself brings it back)."""
        removed = self.store.remove(doc_id)
        if removed is not None:
            return removed
        later = self.later_version(doc_id)  # removing is not done on a guess: the user names the version
        if later is not None:
            raise UserError(Sentence("earlier-version", id=doc_id, title=later.title, later=later.id))
        raise UserError(Sentence("no-document", id=doc_id))

    def retire(self, earlier: Document, later: Document) -> None:
        """Remove the earlier version of a file that changed (see :meth:`rescan`), not remembered as removed:
        should the file come back as it was, its folder read again adds it. Its id leads to ``later``."""
        self.store.remove(earlier.id, remember=False, replaced_by=later.id)


def as_item(document: Document) -> Item:
    return Item(document.id, DOCUMENT_KIND, document.title, year=document.year, authors=document.authors)


def collect(paths: list[Path]) -> tuple[list[Path], list[Failure]]:
    """The document files among ``paths`` (folders searched recursively, hidden files and folders left out),
    and one failure for each path that cannot be read or is not a document."""
    files: list[Path] = []
    failed: list[Failure] = []
    for path in paths:
        if path.is_dir():
            _walk(path, files, failed)
        elif not path.exists():
            failed.append(Failure(str(path), Sentence("does-not-exist", name=path.name)))
        elif media_type_of(path) is None:
            failed.append(Failure(str(path), Sentence("not-a-document", name=path.name)))
        else:
            files.append(path)
    return list(dict.fromkeys(files)), failed


def _walk(folder: Path, files: list[Path], failed: list[Failure]) -> None:
    def unreadable(error: OSError) -> None:
        name = Path(error.filename or folder)
        failed.append(Failure(str(name), Sentence("folder-no-permission", name=name.name)))

    for root, folders, names in os.walk(folder, onerror=unreadable):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        files.extend(Path(root) / name for name in sorted(names)
                     if not name.startswith(".") and Path(name).suffix.lower() in EXTENSIONS)

