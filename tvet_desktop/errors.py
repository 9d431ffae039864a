"""The one base class for errors a user can act on.

Such an error's message is a sentence for the user: what happened and what to do; nothing was lost. The
command line prints it as one line, the window in a dialog. Any other exception is a bug: it is logged
with its traceback and reported as one, never as if the user had made a mistake.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix or should know; the message says what happened and what to do."""
