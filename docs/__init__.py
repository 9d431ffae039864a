"""The user guide, installed inside the package so that the window can show it offline (Help → User guide)."""
