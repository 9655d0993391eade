"""Getting things in and out: articles from files, web addresses and the
clipboard (read off the GUI thread, written in slices), timeline CSV/JSON
imports with their preview dialog, and the exports."""
