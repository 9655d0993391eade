"""The main window: how the panels are composed, menus wired, state remembered,
projects opened and restored from backups."""
