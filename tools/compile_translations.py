"""Compile the window's translation sources (tvet_desktop/ui/translations/*.ts) into .qm files beside them,
with PySide6's lrelease: `make qm`, and the release workflow before the app is installed and frozen (the
frozen app has no lrelease to compile them itself). Exit status 1 when one does not compile."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent.parent / "tvet_desktop" / "ui" / "translations"


def main() -> int:
    import PySide6

    lrelease = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        done = subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(source.with_suffix(".qm"))],
                              check=False)
        if done.returncode != 0:
            print(f"compile_translations: {source.name} did not compile", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
