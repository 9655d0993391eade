"""Every menu and toolbar action, with its objectName, shortcut and help text.

Kept apart from the window so that shortcuts are listed in one place (README's
table is made from this list) and tests can find actions by objectName.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle

# name, menu ("&File/&Export" is a submenu), text, shortcut, status tip, standard icon;
# in menu order: the menus, their items and submenus appear as listed here.
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
    ("actionImportTimelineCsv", "&File", "Import &Timeline CSV…", "Ctrl+Shift+T",
     "Add events from a CSV: our export, a TimelineJS sheet or ACLED columns (preview first)",
     None),
    ("actionImportProjectJson", "&File", "Import Project &JSON…", "Ctrl+Shift+J",
     "Merge a project exported as JSON into this one (preview first)", None),
    ("actionExportCsv", "&File/&Export", "&Export Timeline as CSV…", "Ctrl+Shift+E",
     "Write the timeline to a CSV file", QStyle.SP_DialogSaveButton),
    ("actionExportTimelineJs", "&File/&Export", "For &TimelineJS…", "Ctrl+Shift+K",
     "Write the timeline as a TimelineJS spreadsheet CSV", None),
    ("actionExportAcled", "&File/&Export", "&ACLED-style CSV…", "Ctrl+Shift+G",
     "Write the timeline in ACLED's columns", None),
    ("actionExportJson", "&File/&Export", "Whole Project as &JSON…", "Ctrl+Shift+X",
     "Write articles, events, tags and passages to a JSON file", None),
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
    ("actionMergeEvents", "E&vent", "&Merge Events", "Ctrl+Shift+M",
     "Make the selected events one: every passage, tag, note and source kept (one undo step)",
     None),
    ("actionShowSuggestions", "E&vent", "Review &Suggestions", "Ctrl+Shift+S",
     "Go to the dates found in the article: Enter accepts, Delete dismisses", None),
    ("actionArticleDetails", "&Article", "Article &Details…", "Ctrl+I",
     "Edit the article's title, outlet, URL, author and published date", None),
    ("actionRereadEncoding", "&Article", "&Re-read with Encoding…", "",
     "Read the article's file again in another encoding (when its text came out garbled)",
     None),
    ("actionDeleteArticle", "&Article", "&Delete Article", "Ctrl+Shift+Delete",
     "Remove the article and its passages (undo brings them back)", None),
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
    ("actionLoadDemo", "&Help", "Load &Demo Article", "",
     "Import a short sample article to try the application on", None),
    ("actionShortcuts", "&Help", "&Keyboard Shortcuts", "",
     "List every keyboard shortcut", None),
    ("actionAbout", "&Help", "&About", "", "About Timeline Annotator", None),
)
SHORT_NAMES = {"actionImportArticles": "Import", "actionNewEventFromSelection": "New event",
               "actionLinkSelection": "Link", "actionExportCsv": "Export CSV"}
TOOLBAR = ("actionImportArticles", "actionNewEventFromSelection", "actionLinkSelection",
           None, "actionUndo", "actionRedo", None, "actionExportCsv")


SEPARATOR_BEFORE = ("actionImportArticles", "actionQuit",
                    "actionPasteArticle", "actionNewEventFromSelection")
# File ▸ Open Recent: filled with the recent projects by gui.app, not by actions.
RECENT_MENU = ("&File", "Open &Recent", "menuRecent", "actionImportArticles")
SUBMENU_NAMES = {"&File/&Export": "menuExport"}


def build_actions(window) -> tuple[dict[str, QAction], dict[str, QMenu]]:
    """Create every action on ``window`` and fill its menu bar and toolbar from
    ACTIONS: every window has the same menus, however it was built.

    Returns the actions by objectName and the menus by path ("&File",
    "&File/&Export", and "&File/Open &Recent" for the recent projects)."""
    actions: dict[str, QAction] = {}
    menus: dict[str, QMenu] = {}
    recent_parent, recent_text, recent_name, recent_before = RECENT_MENU

    def menu_for(path: str) -> QMenu:
        if path not in menus:
            parent, _, title = path.rpartition("/")
            if parent:
                menus[path] = menu_for(parent).addMenu(title)
                menus[path].setObjectName(SUBMENU_NAMES.get(path, ""))
            else:
                menus[path] = window.menuBar().addMenu(title)
        return menus[path]

    for name, menu_path, text, shortcut, tip, icon in ACTIONS:
        action = QAction(text, window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        keys = QKeySequence(shortcut).toString(QKeySequence.NativeText)
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.setIconText(SHORT_NAMES.get(name, text.replace("&", "").rstrip("…")))
        if icon is not None:
            action.setIcon(window.style().standardIcon(icon))
        menu = menu_for(menu_path)
        if name == recent_before:
            recent = menu_for(recent_parent).addMenu(recent_text)
            recent.setObjectName(recent_name)
            menus[f"{recent_parent}/{recent_text}"] = recent
        if name in SEPARATOR_BEFORE:
            menu_for(menu_path.split("/")[0]).addSeparator()
        menu.addAction(action)
        actions[name] = action
    toolbar = window.addToolBar("Main")
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
    for name in TOOLBAR:
        toolbar.addSeparator() if name is None else toolbar.addAction(actions[name])
    return actions, menus


def shortcut_table() -> list[tuple[str, str]]:
    """(action, shortcut) rows for README and the Help menu."""
    rows = []
    for _name, _menu, text, shortcut, _tip, _icon in ACTIONS:
        keys = QKeySequence(shortcut).toString(QKeySequence.PortableText)
        rows.append((text.replace("&", "").rstrip("…"), keys))
    return rows
