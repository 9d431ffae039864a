"""The rows of the user's documents in the window's language: "p. 37 and 2 more pages", "in “Handbook”",
"PDF · 37 pages", from the figures the core puts on each row (``Hit.document``), one whole phrase per case."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ..catalog.records import DocumentFacts, Hit, PagePlace
from ..documents.formats import EPUB, HTML, MARKDOWN, PDF, TEXT
from ..text import escape_html, isolate
from .local_format import number


class DocumentWords(QObject):
    """Words the rows of documents; a QObject for ``self.tr`` (plurals need it, docs/translations.md)."""

    def worded(self, hit: Hit) -> Hit:
        """``hit`` with its title, mark and snippet in the window's language; other rows as they are."""
        about = hit.document
        if isinstance(about, PagePlace) and about.document:  # a further page of a document, under its row
            return hit._replace(title=self.tr("p. {page}").format(page=number(about.page)),
                                mark=self.tr("in “{title}”").format(title=isolate(about.document)))
        if isinstance(about, PagePlace):  # a document found by a query, with its best page's passage
            page = number(about.page)
            mark = (self.tr("p. {page} and %Ln more page(s)", "", about.more_pages) if about.more_pages
                    else self.tr("p. {page}")).format(page=page)
            passage = hit.snippet_html.removeprefix(f"<b>p. {about.page}</b>: ")  # the core's English page
            return hit._replace(mark=mark, snippet_html=self.tr("<b>p. {page}</b>: {passage}").format(
                page=page, passage=isolate(passage)))  # an English passage keeps its full stop in an Arabic row
        if isinstance(about, DocumentFacts):
            described = self.facts(about)
            return hit._replace(snippet=described, snippet_html=escape_html(described))
        return hit

    def facts(self, facts: DocumentFacts) -> str:
        kind = self.kinds().get(facts.media_type, self.tr("Document"))
        pages = facts.pages
        said = (self.tr("{kind} · %Ln page(s)", "", pages) if facts.searchable
                else self.tr("{kind} · %Ln page(s) · no searchable text", "", pages))
        return said.format(kind=kind)

    def kinds(self) -> dict[str, str]:
        return {PDF: self.tr("PDF"), EPUB: self.tr("EPUB book"), HTML: self.tr("Web page"),
                MARKDOWN: self.tr("Markdown file"), TEXT: self.tr("Text file")}
