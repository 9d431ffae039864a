"""Public keys of publishers every copy of the app trusts (``*.pub``, PEM). See docs/sync.md."""
