"""Qt widgets, Qt models and undo commands: the desktop face of the project.

Everything here reads and changes the project only through ``storage``.
"""
