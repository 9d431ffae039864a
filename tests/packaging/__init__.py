"""Tests of how the app is installed and carried: portable mode, the self-test, desktop metadata."""
