"""The one base class for errors a user can act on.

Such an error's message is a sentence for the user: what happened and what to do; nothing was lost. The
command line prints it as one line, the window in a dialog. Any other exception is a bug: it is logged
with its traceback and reported as one, never as if the user had made a mistake.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Self

if TYPE_CHECKING:
    from collections.abc import Mapping


class Date(str):
    """An ISO time, said as a date: "28 Nov 2026" (the window: its language's short date)."""


class Moment(str):
    """An ISO time, said as a date and time in the computer's time zone: "5 Dec 2026 11:14"."""


class Size(int):
    """A number of bytes, said as a size: "3.2 MB" (the window: "3,2 Mo")."""


class Bytes(int):
    """A number of bytes the English says as digits ("1048576 bytes"); the window says it as a size."""


class Number(int):
    """A count, said in the window's digits and separators ("1 234", "١٬٢٣٤"); versions and ports are plain ints."""


class Sentence(str):
    """A package's sentence ``code`` in English, filled in with ``values``: what the command line prints (a
    ``str``), keeping the code and the values so that the window says the same in its language from its own
    table of the same codes (``ui/sentences.say``). Each package that speaks to the user subclasses it with
    :attr:`sentences`, its English by code; a sentence written for each kind of source is a mapping by the
    ``source`` value. A test checks that the window has every code, with the same placeholders."""

    sentences: ClassVar[Mapping[str, str | Mapping[str, str]]] = {}
    code: str
    values: Mapping[str, object]

    def __new__(cls, code: str, /, **values: object) -> Self:
        template = cls.sentences[code]
        if not isinstance(template, str):
            template = template[str(values["source"])]
        self = super().__new__(cls, cls.fill(template, values))
        self.code, self.values = code, values
        return self

    @classmethod
    def fill(cls, template: str, values: Mapping[str, object]) -> str:
        return template.format(**{name: cls.english(value) for name, value in values.items()})

    @staticmethod
    def english(value: object) -> object:
        """``value`` as the command line says it (a package may say its dates or sizes its own way)."""
        return value


class UserError(Exception):
    """Something the user can fix or should know; the message says what happened and what to do.

    Given a :class:`Sentence` (``raise UnreadableDocument(Sentence("password", name=name))``), the command line
    prints its English and the window says it in its language (``ui.worker.explain``)."""

    def __init__(self, message: str = "", /) -> None:
        self.sentence = message if isinstance(message, Sentence) else None
        super().__init__(message)


def user_message(error: BaseException) -> str | None:
    """The sentence to show for an error the user can act on, or None for a bug. Besides :class:`UserError`,
    a file that cannot be read or written (a stick pulled out, a folder without permission) is the user's
    to act on, and so is a damaged database file."""
    import sqlite3  # loaded by every path that can raise it; imported here so this module stays light

    if isinstance(error, UserError | OSError):
        return str(error)
    if isinstance(error, sqlite3.DatabaseError):
        return f"the catalogue or notes file is damaged ({error})"
    return None


def damage(error: BaseException) -> str | None:
    """What SQLite said, when ``error`` is a damaged database file (the window words the rest itself)."""
    import sqlite3

    return str(error) if isinstance(error, sqlite3.DatabaseError) else None
