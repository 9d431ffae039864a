"""TVET Desktop: an offline library for vocational trainers."""

__version__ = "0.1.0"
