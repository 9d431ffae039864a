"""How the search index spells words, in English, French, Spanish, Portuguese and Arabic: the index and every
query go through these same functions, so what a trainer types meets what the builder wrote.

- :func:`normalize`: case and accents folded ("Éducation" -> "education"); Arabic without tashkeel and
  tatweel, hamza forms of alef as plain alef (أ إ آ -> ا), taa marbuta as haa (ة -> ه), alef maqsura as yaa
  (ى -> ي). Elisions split at the apostrophe ("l'apprentissage" -> "l", "apprentissage").
- :data:`STOP_WORDS`: common words of the four languages (and Portuguese) that carry no topic; they are not
  indexed and a query need not contain them.
- :func:`index_terms`: the words of a text as index terms, stemmed with the Snowball stemmer (PyStemmer) of
  the text's language (:func:`text_language`); Arabic words always with the Arabic stemmer.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    import Stemmer

# A word of the original text, with the marks that may sit inside it (Latin combining accents of decomposed
# text, Arabic tashkeel, tatweel): what the reader sees as one word is one word.
WORD_IN_TEXT = re.compile(r"(?:[^\W_]|[\u0300-\u036f\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06ed])+")
_WORD = re.compile(r"[^\W_]+")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ARABIC_LETTERS = str.maketrans({"\u0640": None, "\u0629": "\u0647", "\u0649": "\u064a", "\u0671": "\u0627"})
STEMMED = {"en": "english", "fr": "french", "es": "spanish", "pt": "portuguese", "ar": "arabic"}

_STOP = {
    "en": """a about after again against all am an and any are as at be because been before being between both but
        by can could did do does doing down during each few for from further had has have having he her here hers
        him his how i if in into is it its itself just me more most my no nor not now of off on once only or other
        our ours out over own same she should so some such than that the their theirs them then there these they
        this those through to too under until up very was we were what when where which while who whom why will
        with would you your yours also must within across per via""",
    "fr": """a au aux avec ce ces c cet cette d dans de des du elle elles en est et eux il ils j je l la le les leur
        leurs lui m ma mais me mes moi mon n ne nos notre nous on ou où par pas pour qu que qui s sa se ses son sur
        t ta te tes toi ton tu un une vos votre vous y à été être sont ont était""",
    "es": """a al algo como con contra cual cuando de del desde donde dos durante el ella ellas ellos en entre
        es esa ese esta este esto estos estas ha han hasta la las le les lo los mas me mi mis muy nada ni no
        nos o os otra otro para pero poco por porque que quien se ser si sin sobre su sus también tan te tu un una
        unas uno unos y ya""",
    "pt": """ao aos as com como da das de do dos ela ele em entre essa esse esta este foi isso mais mas na
        nas no nos o os ou para pela pelas pelo pelos por que se sem ser seu sua suas são um uma à às""",
    "ar": """في من على إلى الى عن مع هذا هذه ذلك تلك التي الذي الذين و او أو ثم كان كانت قد لا ما لم لن هل بين
        عند كل بعد قبل حتى إن ان أن كما أي ايضا أيضا هو هي هم نحن انت أنت""",
}


def normalize(text: str) -> str:
    """``text`` folded the way the index folds it (see the module docstring)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    without_marks = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return without_marks.translate(_ARABIC_LETTERS)


def words(text: str) -> list[str]:
    """The normalized words of ``text``, in order, stop words included."""
    return _WORD.findall(normalize(text))


STOP_WORDS = frozenset(word for text in _STOP.values() for word in words(text))
_LANGUAGE_STOPS = {code: frozenset(words(text)) for code, text in _STOP.items() if code != "ar"}
_ANY_LANGUAGE_STOP = frozenset().union(*_LANGUAGE_STOPS.values())


def is_stop_word(word: str) -> bool:
    return word in STOP_WORDS


def text_language(found: list[str], languages: Iterable[str] = ()) -> str:
    """The language to stem a field's words with: the one whose stop words it uses most (two at least), else
    the item's first stemmed language, else English. Arabic words are stemmed as Arabic whatever this says."""
    found = [word for word in found if word in _ANY_LANGUAGE_STOP]  # a passage's text is read at each search
    counts = {code: sum(1 for word in found if word in stops) for code, stops in _LANGUAGE_STOPS.items()}
    best = max(counts, key=lambda code: (counts[code], code == "en"))
    if counts[best] >= 2:
        return best
    return next((code for code in languages if code in STEMMED and code != "ar"), "en")


_THREAD = threading.local()


def _stemmer(language: str) -> Stemmer.Stemmer:
    """This thread's stemmer for ``language``: a PyStemmer object must not be used by two threads at once.
    PyStemmer is imported on first use: the window's first paint (an empty query) stems nothing (the import
    takes ~1 ms with the library in the page cache, ~6 ms from a cold disk)."""
    stemmers: dict[str, Stemmer.Stemmer] | None = getattr(_THREAD, "stemmers", None)
    if stemmers is None:
        stemmers = _THREAD.stemmers = {}
    if language not in stemmers:
        import Stemmer

        stemmers[language] = Stemmer.Stemmer(STEMMED[language])
    return stemmers[language]


@lru_cache(maxsize=65536)
def stem(word: str, language: str) -> str:
    """The index term of one normalized word: its Snowball stem in ``language`` (Arabic for Arabic script).
    A leading "و" (and) before the article is dropped, which the Arabic stemmer keeps ("والتدريب")."""
    if _ARABIC.search(word):
        if word.startswith("\u0648\u0627\u0644") and len(word) > 4:
            word = word[1:]
        return str(_stemmer("ar").stemWord(word)) or word
    return str(_stemmer(language).stemWord(word)) or word


def index_terms(text: str, languages: Iterable[str] = ()) -> list[str]:
    """The index terms of ``text``: its words without stop words, stemmed in the text's language."""
    found = words(text)
    language = text_language(found, languages)
    return [stem(word, language) for word in found if word not in STOP_WORDS]


def stems_of(word: str) -> list[str]:
    """Every stem a typed word may have in the index, whatever the language of the item that has it."""
    if _ARABIC.search(word):
        return [stem(word, "ar")]
    return list(dict.fromkeys(stem(word, language) for language in ("en", "fr", "es", "pt")))
