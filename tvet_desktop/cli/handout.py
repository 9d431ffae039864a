"""``tvet-desktop handout WHAT OUT.pdf``: a session handout for scripts.

Laying pages out takes Qt, which the command line never imports: the entry point (launch.py) runs this
command through the window's package (``ui/handout_command``), off-screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def add_commands(sub: Any) -> None:
    handout = sub.add_parser("handout", help="write a handout PDF of a reading list, an item or all your notes")
    handout.add_argument("what", help='a reading list\'s name, an item\'s id, a note\'s id, or "My notes"')
    handout.add_argument("out", type=Path, help="the PDF file to write, e.g. week3.pdf")
    handout.set_defaults(handler=None)  # set by the entry point (see the module's docstring)
