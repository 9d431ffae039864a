"""The app icon: ``tvet-desktop.svg`` drawn by hand, and PNGs made from it by ``make icons``."""
