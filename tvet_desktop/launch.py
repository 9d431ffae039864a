"""The program's entry point: the ``tvet-desktop`` command and ``python -m tvet_desktop``.

The garbage collector is paused from the first import on. Start-up creates a few hundred thousand objects
(Qt's bindings and their enums, our modules, the window) and frees almost none, so its collections are
wasted work: about 4 ms before the window is up. The window resumes the collector once it has painted
(:mod:`.ui.app`); every other command resumes it at once (:func:`.cli.main`).
"""

import gc

gc.disable()

from .cli.main import main  # noqa: E402  (imported with the collector paused)

__all__ = ["main"]
