"""Text helpers shared by the snapshot builder, the search and the window: folding, words, edit distance,
escaping for HTML, bidi isolation, counts with their noun, positions as UTF-16 counts them.

Folding matches what the FTS5 ``unicode61 remove_diacritics 2`` tokenizer does, so a word we
look up in the vocabulary table is spelled the way the index spells it.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

_WORD = re.compile(r"[^\W_]+")
TOKENIZER = "porter unicode61 remove_diacritics 2"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: ARG001 - the context is lupdate's
    """Marks English the window shows for translation, and returns it unchanged (docs/translations.md).

    The core never imports Qt and speaks English (the command line's language); pyside6-lupdate collects
    text marked with this name under ``context``, and the window translates it where it shows it with
    ``QCoreApplication.translate(context, text)``. A marked sentence with values is a template: it is
    filled in (``str.format``) after it is translated, never glued from translated pieces."""
    return text


def same(text: str) -> str:
    """The translator of the command line: English as it is."""
    return text


def fold(text: str) -> str:
    """Lower-case ``text`` and strip its diacritics ("Éducation" -> "education")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def escape_html(text: str, quote: bool = True) -> str:
    """What ``html.escape`` returns, without importing the ``html`` package: building its table of named
    character references is about 1 ms of the window's start-up, and only Markdown rendering needs it."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;").replace("'", "&#x27;") if quote else text


_OPENS_ISOLATE, _CLOSES_ISOLATE = "\u2066\u2067\u2068", "\u2069"
_ISOLATE_MARKS = re.compile("[\u2066-\u2069]")


def isolate(text: str) -> str:
    """``text`` as a bidi isolate, to be set inside a sentence of the app's own: whatever direction marks or
    overrides it holds (a right-to-left override in a title, an isolate left open) end with it, so they
    cannot reorder the words and quotes around it. An unmatched closing isolate is dropped."""
    if not _ISOLATE_MARKS.search(text):  # the usual case, found at C speed: result rows isolate every text they show
        return "\u2068" + text + _CLOSES_ISOLATE
    kept, depth = [], 0
    for character in text:
        if character in _OPENS_ISOLATE:
            depth += 1
        elif character == _CLOSES_ISOLATE:
            if not depth:
                continue
            depth -= 1
        kept.append(character)
    return "\u2068" + "".join(kept) + _CLOSES_ISOLATE * (depth + 1)  # a closing isolate also ends overrides


def utf16_positions(text: str) -> Callable[[int], int]:
    """A position in ``text`` counted in UTF-16 units, as Qt and PDFium count (a character past U+FFFF, an
    emoji, counts two); the table is made once per text, and only for a text that has such characters."""
    if text.isascii() or all(ord(character) <= 0xFFFF for character in text):
        return lambda position: position
    before, wide = [0], 0
    for character in text:
        wide += ord(character) > 0xFFFF
        before.append(wide)
    return lambda position: position + before[position]


def counted(number: int, one: str, many: str) -> str:
    """"1 note", "3 notes": the number with the word that goes with it."""
    return f"{number} {one if number == 1 else many}"


def words(text: str) -> list[str]:
    """The folded words of ``text``, in order, as the search index sees them."""
    return _WORD.findall(fold(text))


def porter_stems(vocabulary: list[str]) -> dict[str, str]:
    """Ask SQLite's own porter tokenizer for each word's stem, so ours match the index exactly."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(w, tokenize='{TOKENIZER}')")
        conn.executemany("INSERT INTO t(rowid, w) VALUES (?, ?)", enumerate(vocabulary))
        conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
        return {vocabulary[doc]: term for term, doc in conn.execute("SELECT term, doc FROM v")}
    finally:
        conn.close()


@lru_cache(maxsize=4096)
def porter_stem(word: str) -> str:
    return porter_stems([word]).get(word, word)


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` as soon as it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]
