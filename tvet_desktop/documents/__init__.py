"""The user's own documents (PDF, EPUB, web pages, Markdown, text): kept, indexed page by page, searched.

Qt-free. The window and the command line use :class:`.service.DocumentService` only; its shape is stable:

``DocumentService.open(folder=None, limits=Limits(), policy=PagePolicy()) -> DocumentService``
    The documents in ``<data folder>/documents/`` (files, ``documents.sqlite``), tidied of anything a killed
    add left behind. Open it on the thread that will add and remove (the GUI thread in the window); every
    reading method works on any thread. ``close()`` when done.
``add(paths, progress=(done, total, name) -> None, should_stop=() -> bool) -> AddReport``
    Files, and folders recursively. ``AddReport(added, skipped, failed, stopped, …)``: ``added``/``skipped``
    are :class:`.records.Document` tuples (skipped: the same content was already there), ``failed`` is
    ``Failure(path, reason)`` with one plain sentence each. Every document is added whole or not at all.
``rescan(folder, progress, should_stop) -> AddReport``
    A folder that changed: its new files are added, except those the user removed from the app
    (``removed_before``: their paths); a changed file is added and paired with its earlier version in
    ``replaced`` (``(earlier, new)``: the caller moves the user's note, bookmark and list entries to the new one,
    then ``retire(earlier, new)``, after which ``later_version(earlier id)`` is the new one); ``gone`` lists
    documents added from it whose file is no longer there (kept).
``list() -> list[Document]``, ``count() -> int``, ``get(id) -> Document | None``, ``remove(id) -> Document``
    A removed document's note, bookmark and list entries are kept (they live in the notes database); its
    content is remembered, so that reading its folder again leaves it out (adding the file brings it back).
``item(id) -> catalog.records.Item | None``
    The document as an item of kind ``"document"`` (id, title, authors, year), for notes, bookmarks, lists.
``file_of(id) -> (Path, media_type)``
    The kept copy to open in the reader (media types in :mod:`.formats`: ``application/pdf``,
    ``application/epub+zip``, ``text/html``, ``text/markdown``, ``text/plain``).
``page_text(id, page) -> str``
    One page's text as indexed (pages from 1; an EPUB's page is a chapter of its reading order, a text file's
    a part of about 3,000 characters cut at a paragraph break).
``search(text, prefix=True, limit=20) -> DocumentSearch(query, hits, suggestion)``
    ``hits``: :class:`.records.DocumentHit` (document, its best pages as ``PageHit(page, snippet,
    snippet_html, score)``, matching_pages), best first; ``query`` is the compiled query (its words, to
    highlight in the reader); ``suggestion`` a "Did you mean" when nothing matched.

``epub.read_chapter(path, number, limits) -> BookChapter(html, pictures, number, chapters)``
    For the window's reader (an added book, or a catalogue item's): one chapter as safe HTML whose pictures are
    named ``book-image:N``, with those pictures' bytes (only the book's own PNG, JPEG and GIF files).

Document ids are ``doc-`` and 16 hex digits of the file's sha256 (:func:`.records.is_document_id`). In a result
list a document hit is a row of kind ``document`` with the id of the document, and each further page a row of
kind ``page`` whose id is ``page:<document id>:<page>`` (:mod:`..library.document_rows`).

Modules: :mod:`.records` (plain records), :mod:`.formats` (which reader a file needs, limits), :mod:`.pdf`,
:mod:`.epub`, :mod:`.markup` (one reader each), :mod:`.index` (the page index's schema and word spelling),
:mod:`.page_lists` (each frequent term's best pages, kept with the pages), :mod:`.ranking` (the exact bm25 top
documents and pages from those lists), :mod:`.store` (files and rows, all or nothing), :mod:`.search` (query to
page hits), :mod:`.service`.
"""
