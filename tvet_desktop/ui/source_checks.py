"""Spares PySide reading the source of the modules the window imports.

Once PySide is imported it checks every module imported after it, on the first ``import`` of its name, by
reading the module's whole source to see whether it mentions PySide6 (a module that does may switch PySide's
``__feature__`` options). In the window's launch order that is 71 names after Qt, whose sources took 7.3 ms
to read (docs/benchmarks.md). The answers are known beforehand: the modules already loaded use no feature
switch, and in this app only the ``ui`` package uses Qt. So they are written into PySide's table first: 0 for
the ``ui`` package's modules (they use PySide, with no feature switch), -1 for every other module ("not a
PySide module"), which is what PySide itself would have found. The table is PySide's own
(``shibokensupport.feature``), not a public interface: if it is not there, nothing is lost but the time.
"""

from __future__ import annotations

import os
import sys


def answer_before_asked() -> None:
    """Fill PySide's table for the modules loaded so far and for the ``ui`` package's own."""
    try:
        from shibokensupport.feature import pyside_feature_dict  # type: ignore[import-not-found]
    except ImportError:
        return
    if not isinstance(pyside_feature_dict, dict):
        return
    here = os.path.dirname(os.path.abspath(__file__))
    for folder, package in ((here, __package__), (os.path.join(here, "reader"), f"{__package__}.reader")):
        try:
            names = os.listdir(folder)
        except OSError:  # a frozen app keeps no source files: PySide finds no source to read either
            continue
        for file in names:
            if file.endswith(".py"):
                pyside_feature_dict.setdefault(package if file == "__init__.py" else f"{package}.{file[:-3]}", 0)
    for name in list(sys.modules):
        pyside_feature_dict.setdefault(name, -1)
