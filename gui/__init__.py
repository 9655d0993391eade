"""Qt widgets, Qt models and undo commands: the desktop face of the project.

By role: ``window/`` composes the main window (menus from ``actions``, its
state, opening projects), ``reading/`` the article list and text,
``timeline/`` the chronology table and the event panel, ``suggestions/`` the
dates a text proposes, ``chart/`` the zoomable chart, ``exchange/`` getting
articles and timelines in and out, ``commands/`` every undo command.
``session`` is the open project: its undo stack and its one ``changed``
signal, which carries storage's change record to every view.

Everything here reads and changes the project only through ``storage``; no
SQL is written here.
"""
