"""Every undo command of the application, in one place."""
