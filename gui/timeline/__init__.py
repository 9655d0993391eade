"""The chronology: the timeline table's model (rows, order, cells), its filter,
and the panel that edits the selected event."""
