"""storage/ imports without cycles, at module level or inside functions.

The repositories stamp rows with storage.clock and the project imports them
at its top; they no longer import the project back.
"""

from __future__ import annotations

from tests.helpers.imports import cycles, import_graph


def test_storage_modules_import_each_other_one_way_only():
    assert cycles(import_graph("storage")) == []


def test_repositories_do_not_import_the_project():
    graph = import_graph("storage")
    for name in ("articles", "events", "annotations", "dismissals", "tags"):
        assert "storage.project" not in graph[f"storage.{name}"]
