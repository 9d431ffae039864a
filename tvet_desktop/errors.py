"""The one base class for errors a user can act on.

Such an error's message is a sentence for the user: what happened and what to do; nothing was lost. The
command line prints it as one line, the window in a dialog. Any other exception is a bug: it is logged
with its traceback and reported as one, never as if the user had made a mistake.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix or should know; the message says what happened and what to do.

    With ``values``, ``message`` is a template marked for translation in the context "errors" (``raise
    UserError(QT_TRANSLATE_NOOP("errors", "{path} is not a notes export."), path=path)``): the command line
    prints it filled in, in English; the window translates the template, then fills it in (``ui.worker.explain``).
    """

    def __init__(self, message: str = "", /, **values: object) -> None:
        self.template, self.values = message, values
        super().__init__(message.format(**values) if values else message)


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
