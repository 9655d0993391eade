"""Export files: whole or nothing, no link followed, no leftovers kept (issue 16, 5 and 6)."""

from __future__ import annotations

import os

import pytest

from storage.exchange import files
from storage.exchange.files import PART_SUFFIX, atomic_output, remove_leftovers, write_csv
from storage.exchange.project_json import export_json
from storage.exchange.timeline_csv import export_timeline_csv
from temporal.dates import parse_date

needs_links = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt",
                                 reason="symbolic links need privileges here")


def test_a_failed_export_leaves_the_old_file_and_no_temporary(tmp_path):
    out = tmp_path / "out.csv"
    out.write_text("old", encoding="utf-8")

    def rows():
        yield ["1", "fine"]
        raise RuntimeError("killed half-way")

    with pytest.raises(RuntimeError):
        write_csv(rows(), ["id", "text"], out)
    assert out.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["out.csv"]


def test_leftovers_of_killed_exports_are_removed_by_the_next_one(project, tmp_path):
    project.events.add("Storm", parse_date("Nov 2024"))
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "out.csv"
    killed = [folder / f"out.csv.{'0123456789abcdef'}{PART_SUFFIX}",
              folder / f"out.csv.{'fedcba9876543210'}{PART_SUFFIX}",
              folder / f"out.csv{PART_SUFFIX}"]  # the name older versions used
    for path in killed:
        path.write_text("half a file", encoding="utf-8")
    strangers = [folder / f"other.csv{PART_SUFFIX}", folder / f"out.csv.notes{PART_SUFFIX}",
                 folder / "out.csv.0123456789abcdef.partial"]
    for path in strangers:
        path.write_text("not ours", encoding="utf-8")
    assert export_timeline_csv(project, out) == 1
    assert sorted(os.listdir(folder)) == sorted(["out.csv", *(p.name for p in strangers)])


@needs_links
def test_a_link_planted_under_the_temporary_name_is_not_followed(tmp_path, monkeypatch):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    out = tmp_path / "out.csv"
    monkeypatch.setattr(files.secrets, "token_hex", lambda _n: "0123456789abcdef")
    monkeypatch.setattr(files, "remove_leftovers", lambda _path: [])  # as if planted after
    planted = tmp_path / f"out.csv.0123456789abcdef{PART_SUFFIX}"
    planted.symlink_to(victim)
    with pytest.raises(FileExistsError):
        write_csv([["1"]], ["id"], out)
    assert victim.read_text(encoding="utf-8") == "precious"
    assert planted.is_symlink() and not out.exists()


@needs_links
def test_a_dangling_link_at_the_temporary_name_is_not_followed_either(tmp_path, monkeypatch):
    target = tmp_path / "created-through-link.txt"
    monkeypatch.setattr(files.secrets, "token_hex", lambda _n: "0123456789abcdef")
    monkeypatch.setattr(files, "remove_leftovers", lambda _path: [])
    (tmp_path / f"out.json.0123456789abcdef{PART_SUFFIX}").symlink_to(target)
    with pytest.raises(FileExistsError), atomic_output(tmp_path / "out.json") as handle:
        handle.write("{}")
    assert not target.exists()


@needs_links
def test_leftover_links_are_removed_without_touching_their_targets(project, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    leftover = tmp_path / f"out.json.0123456789abcdef{PART_SUFFIX}"
    leftover.symlink_to(victim)
    export_json(project, tmp_path / "out.json")
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not os.path.lexists(leftover)
    assert not any(name.endswith(PART_SUFFIX) for name in os.listdir(tmp_path))


@needs_links
def test_a_link_at_the_destination_is_replaced_not_written_through(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    out = tmp_path / "out.csv"
    out.symlink_to(victim)
    write_csv([["1"]], ["id"], out)
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not out.is_symlink() and out.read_bytes() == b"id\r\n1\r\n"


def test_remove_leftovers_ignores_a_missing_folder(tmp_path):
    assert remove_leftovers(tmp_path / "gone" / "out.csv") == []
