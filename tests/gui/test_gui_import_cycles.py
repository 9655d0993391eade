"""gui/ imports without cycles, at module level or inside functions."""

from __future__ import annotations

from tests.helpers.imports import cycles, import_graph


def test_gui_modules_import_each_other_one_way_only():
    assert cycles(import_graph("gui")) == []


def test_the_cycle_finder_sees_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [{"a", "b", "c"}]
