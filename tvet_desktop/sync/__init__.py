"""Catalogue updates: signed manifests, deltas, resumable downloads, verified atomic activation.

Nothing here imports Qt, and nothing here ever opens the user's notes database.
"""
