"""The frozen app's entry script (PyInstaller runs a script, not ``python -m``)."""

from tvet_desktop.launch import main

raise SystemExit(main())
