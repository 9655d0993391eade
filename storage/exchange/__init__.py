"""Exchange files: timelines and projects in and out (CSV, TimelineJS, ACLED, JSON).

One module per format holds its reading and its writing, so the conventions
of a format live in one place: ``timeline_csv`` (our own CSV), ``timelinejs``
(Knight Lab's sheet), ``acled`` (ACLED's columns), ``project_json`` (the
whole project). What they share:

- ``cells``: how a value is written so that it reads back (formulas, lists,
  tags, web addresses);
- ``files``: atomic, link-safe output and regular-file-only input;
- ``export_reading``: the snapshot every export reads in, and the events
  with their tags and sources;
- ``cited_sources``: an event's sources in export order;
- ``layouts``: which layout a CSV header is, and the generic layout;
- ``csv_import``: preview and apply of any timeline CSV;
- ``event_writing`` and ``import_undo``: imported events written in bulk,
  and the import as one undo step with its ``storage.changes.Changes``;
- ``problems``: the errors and reports, worded for the analyst.

Modules import each other in that order (formats on top), never back.
"""
