"""The core's sentences (``errors.Sentence``: a code and its values) in the window's language.

Each package that speaks to the user has its English by code (``sync/sentences.py``, ``documents/sentences.py``,
``library/sentences.py``, ``catalog/sentences.py``) and the window one table of ``tr()`` sentences of the same
codes (``ui/sync_sentences.py``, ``ui/document_sentences.py``, …), loaded with the first sentence it says.
Dates, sizes and numbers are written the way the window's language writes them. A code a table lacks keeps its
English, so nothing is ever blank; tests/ui/test_sentences.py checks that none is missing."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from pathlib import PurePath

from ..errors import Bytes, Date, Moment, Number, Sentence, Size

Table = Mapping[str, str | Mapping[str, str]]
# the package a sentence comes from: the module and class of its table in the window
TABLES = {"sync": ("sync_sentences", "SyncSentences"), "documents": ("document_sentences", "DocumentSentences"),
          "library": ("library_sentences", "LibrarySentences"), "catalog": ("catalog_sentences", "CatalogSentences")}


def say(text: str) -> str:
    """``text`` in the window's language when the core made it (a :class:`Sentence`), else as it is."""
    if not isinstance(text, Sentence):
        return text
    template: str | Mapping[str, str] | None = table(text, _count(text)).get(text.code)
    if template is not None and not isinstance(template, str):
        template = template.get(str(text.values.get("source")))
    if template is None:
        return str(text)
    try:
        return template.format(**{name: _value(value) for name, value in text.values.items()})
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder: the English is whole
        return str(text)


def table(sentence: Sentence, count: int = 0) -> Table:
    """The window's table of the package that made ``sentence``; ``count`` chooses the plural forms."""
    package = type(sentence).__module__.split(".")[-2]  # tvet_desktop.<package>.sentences
    if package not in TABLES:
        return {}
    module, name = TABLES[package]
    sentences = getattr(importlib.import_module(f".{module}", __package__), name)()
    return sentences.table(count)  # type: ignore[no-any-return]


def _count(sentence: Sentence) -> int:
    count = sentence.values.get("count", 0)
    return count if isinstance(count, int) else 0


def _value(value: object) -> str:
    from . import local_format

    if isinstance(value, Date):
        return local_format.date(value)
    if isinstance(value, Moment):
        return local_format.moment(value)
    if isinstance(value, Size | Bytes):
        return local_format.size(int(value))
    if isinstance(value, Sentence):
        return say(value)
    if isinstance(value, Number):
        return local_format.number(int(value))
    if isinstance(value, PurePath):
        return str(value)
    return str(value)
