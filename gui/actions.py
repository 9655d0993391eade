"""Every menu and toolbar action, with its objectName, shortcut and help text.

Kept apart from the window so that shortcuts are listed in one place (README's
table is made from this list) and tests can find actions by objectName.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle

# name, menu, text, shortcut, status tip, standard icon
ACTIONS = (
    ("actionNewProject", "&File", "&New Project…", QKeySequence.New,
     "Create an empty project file", QStyle.SP_FileIcon),
    ("actionOpenProject", "&File", "&Open Project…", QKeySequence.Open,
     "Open another project file", QStyle.SP_DialogOpenButton),
    ("actionImportArticles", "&File", "&Import Articles…", "Ctrl+Shift+O",
     "Import .txt, .md, .html or .pdf articles", QStyle.SP_DirOpenIcon),
    ("actionImportFromAddress", "&File", "Import from &Address…", "Ctrl+Shift+U",
     "Fetch an article from its web address (one page: no scripts, images or other files)",
     None),
    ("actionExportCsv", "&File", "&Export Timeline as CSV…", "Ctrl+Shift+E",
     "Write the timeline to a CSV file", QStyle.SP_DialogSaveButton),
    ("actionRestoreBackup", "&File", "&Restore from Backup…", "",
     "Replace the project with one of its automatic backups", None),
    ("actionQuit", "&File", "&Quit", "Ctrl+Q", "Close the window", None),
    ("actionUndo", "&Edit", "&Undo", QKeySequence.Undo, "Undo the last change",
     QStyle.SP_ArrowBack),
    ("actionRedo", "&Edit", "&Redo", QKeySequence.Redo, "Redo the change undone",
     QStyle.SP_ArrowForward),
    ("actionPasteArticle", "&Edit", "&Paste as New Article", "Ctrl+Shift+V",
     "Make an article of the clipboard's text", None),
    ("actionFindTimeline", "&Edit", "&Filter Timeline", QKeySequence.Find,
     "Type to filter the timeline", None),
    ("actionFindArticles", "&Edit", "Filter &Articles", "Ctrl+Shift+F",
     "Type to filter the article list", None),
    ("actionNewEventFromSelection", "E&vent", "&New Event from Selection", "Ctrl+E",
     "Create an event whose source is the selected passage", QStyle.SP_FileDialogNewFolder),
    ("actionLinkSelection", "E&vent", "&Link Selection to Event", "Ctrl+L",
     "Add the selected passage as a source of the selected event", QStyle.SP_CommandLink),
    ("actionNewEvent", "E&vent", "New &Blank Event", "Ctrl+Shift+N",
     "Create an event with no source yet", None),
    ("actionDeleteEvent", "E&vent", "&Delete Event", QKeySequence.Delete,
     "Delete the selected event (undo brings it back)", QStyle.SP_TrashIcon),
    ("actionShowSuggestions", "E&vent", "Review &Suggestions", "Ctrl+Shift+S",
     "Go to the dates found in the article: Enter accepts, Delete dismisses", None),
    ("actionArticleDetails", "&Article", "Article &Details…", "Ctrl+I",
     "Edit the article's title, outlet, URL, author and published date", None),
    ("actionDeleteArticle", "&Article", "&Delete Article", "Ctrl+Shift+Delete",
     "Remove the article and its passages (undo brings them back)", None),
    ("actionImportTimelineCsv", "&File", "Import &Timeline CSV…", "Ctrl+Shift+T",
     "Add events from a CSV: our export, a TimelineJS sheet or ACLED columns (preview first)",
     None),
    ("actionImportProjectJson", "&File", "Import Project &JSON…", "Ctrl+Shift+J",
     "Merge a project exported as JSON into this one (preview first)", None),
    ("actionExportTimelineJs", "&File", "For &TimelineJS…", "Ctrl+Shift+K",
     "Write the timeline as a TimelineJS spreadsheet CSV", None),
    ("actionExportAcled", "&File", "&ACLED-style CSV…", "Ctrl+Shift+G",
     "Write the timeline in ACLED's columns", None),
    ("actionExportJson", "&File", "Whole Project as &JSON…", "Ctrl+Shift+X",
     "Write articles, events, tags and passages to a JSON file", None),
    ("actionZoomIn", "&View", "Zoom &In", QKeySequence.ZoomIn,
     "Zoom the chart in around the mouse pointer", None),
    ("actionZoomOut", "&View", "Zoom &Out", QKeySequence.ZoomOut,
     "Zoom the chart out around the mouse pointer", None),
    ("actionFitAll", "&View", "&Fit All Events", "Ctrl+0",
     "Show every event of the timeline in the chart", None),
    ("actionZoomToSelection", "&View", "Zoom to &Selection", "Ctrl+J",
     "Zoom the chart to the selected events", None),
    ("actionExportChart", "&View", "&Export Chart…", "Ctrl+Shift+P",
     "Save the chart as a PNG image or an SVG drawing", None),
)
SHORT_NAMES = {"actionImportArticles": "Import", "actionNewEventFromSelection": "New event",
               "actionLinkSelection": "Link", "actionExportCsv": "Export CSV"}
TOOLBAR = ("actionImportArticles", "actionNewEventFromSelection", "actionLinkSelection",
           None, "actionUndo", "actionRedo", None, "actionExportCsv")


def build_actions(window) -> dict[str, QAction]:
    """Create the actions on ``window``, fill its menu bar and toolbar."""
    actions: dict[str, QAction] = {}
    menus: dict[str, object] = {}
    for name, menu_title, text, shortcut, tip, icon in ACTIONS:
        action = QAction(text, window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(f"{tip} ({QKeySequence(shortcut).toString(QKeySequence.NativeText)})")
        action.setIconText(SHORT_NAMES.get(name, text.replace("&", "").rstrip("…")))
        if icon is not None:
            action.setIcon(window.style().standardIcon(icon))
        if menu_title not in menus:
            menus[menu_title] = window.menuBar().addMenu(menu_title)
        menu = menus[menu_title]
        if name == "actionImportArticles":
            window.recent_menu = menu.addMenu("Open &Recent")
            window.recent_menu.setObjectName("menuRecent")
            menu.addSeparator()
        if name in ("actionQuit", "actionPasteArticle", "actionNewEventFromSelection"):
            menu.addSeparator()
        menu.addAction(action)
        actions[name] = action
    toolbar = window.addToolBar("Main")
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
    for name in TOOLBAR:
        toolbar.addSeparator() if name is None else toolbar.addAction(actions[name])
    window.menus = menus
    return actions


def shortcut_table() -> list[tuple[str, str]]:
    """(action, shortcut) rows for README and the Help menu."""
    rows = []
    for _name, _menu, text, shortcut, _tip, _icon in ACTIONS:
        keys = QKeySequence(shortcut).toString(QKeySequence.PortableText)
        rows.append((text.replace("&", "").rstrip("…"), keys))
    return rows
