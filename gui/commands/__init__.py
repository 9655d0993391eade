"""Every undo command of the application, in one place.

Each command calls storage, which commits at once and returns the change
record (``storage.changes.Changes``); the base class (session_command) hands
that record to the session, which announces it to every view.
"""
