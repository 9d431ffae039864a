"""The ``tvet-desktop`` command line: one module per group of commands (``catalog``, ``library``,
``sync``), the options and error reporting they share (``main``, ``common``). It calls the same
services as the window and never imports it."""
