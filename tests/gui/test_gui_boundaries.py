"""gui/ imports without cycles and writes no SQL: it reaches the project through storage."""

from __future__ import annotations

import ast

from tests.helpers.imports import cycles, import_graph, module_names


def test_gui_modules_import_each_other_one_way_only():
    assert cycles(import_graph("gui")) == []


def test_the_cycle_finder_sees_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [{"a", "b", "c"}]


def test_no_sql_in_gui():
    """No SQLite module, and no reach into the project's connection (``.db``)."""
    offenders = []
    for name, path in module_names("gui").items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                modules = ([a.name for a in node.names] if isinstance(node, ast.Import)
                           else [node.module or ""])
                offenders += [f"{name} imports {m}" for m in modules
                              if m.split(".")[0] in ("sqlite3", "sqlite_utils")]
            elif isinstance(node, ast.Attribute) and node.attr in ("db", "query") and (
                    getattr(node.value, "attr", None) == "project"
                    or getattr(node.value, "id", None) == "project"):
                offenders.append(f"{name} uses project.{node.attr}")
    assert offenders == []
