"""Page references in a note ("(p. 37)", as a quote from a PDF ends) rendered as links to that page.

A Markdown inline pattern, so a reference inside code stays text; the link's scheme is allowed through the
sanitizer only for notes (:func:`.render.markdown_to_html` with ``page_links``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor

if TYPE_CHECKING:
    from markdown import Markdown

PAGE_REFERENCE = r"\((p\. ?(\d{1,6}))\)"  # "(p. 37)"; the quote button writes exactly this
_REFERENCE = re.compile(PAGE_REFERENCE)
_PARAGRAPH_GAP = re.compile(r"\r?\n[ \t]*\r?\n")  # a blank line, spaces or Windows line ends and all


def page_near(text: str, position: int) -> int | None:
    """The page a note's reference names for what is at ``position``, in the same paragraph (a quote and its
    reference, as Quote selection writes them): the first reference from there on (a quote ends with its page),
    else the last one before it; None when the paragraph names no page."""
    begins = max((gap.end() for gap in _PARAGRAPH_GAP.finditer(text, 0, position)), default=0)
    gap = _PARAGRAPH_GAP.search(text, position)
    pages = [(found.start(), int(found.group(2)))
             for found in _REFERENCE.finditer(text, begins, gap.start() if gap else len(text))]
    after = [page for start, page in pages if start >= position]
    before = [page for start, page in pages if start < position]
    return after[0] if after else before[-1] if before else None


class _PageReference(InlineProcessor):  # type: ignore[misc]  # (markdown has no type hints)
    def handleMatch(self, m: re.Match[str], data: str) -> tuple[ElementTree.Element, int, int]:
        link = ElementTree.Element("a", {"href": f"page:{int(m.group(2))}", "title": f"Open page {int(m.group(2))}"})
        link.text = m.group(1)
        link.tail = ")"
        wrapper = ElementTree.Element("span")
        wrapper.text = "("
        wrapper.append(link)
        return wrapper, m.start(0), m.end(0)


class PageLinks(Extension):  # type: ignore[misc]
    def extendMarkdown(self, md: Markdown) -> None:
        md.inlinePatterns.register(_PageReference(PAGE_REFERENCE, md), "page_reference", 165)
