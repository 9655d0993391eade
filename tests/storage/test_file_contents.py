"""A project file's contents, described for the Restore from Backup list."""

from __future__ import annotations

from storage.file_contents import describe_contents


def test_a_files_contents_are_described_without_opening_it(project, tmp_path):
    project.articles.add("Officials said on Tuesday.")
    project.events.add("One")
    project.events.add("Two")
    assert describe_contents(project.path) == "1 article, 2 events"
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 10)
    assert describe_contents(junk) == "cannot be read"
