"""The catalogue snapshot shipped with the app (built from resources/ by ``tvet-desktop build-snapshot``)."""
