"""No import cycles inside temporal/, not even through imports hidden in functions.

A cycle hidden inside a function still ties two modules into one: neither can
be read, tested or moved without the other, and the order they load in decides
whether the program starts.  The check reads the source (every ``import`` node,
wherever it sits), so a cycle fails here before it can fail at run time.
"""
from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = "temporal"


def _module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(importer: str, is_package: bool, level: int, module: str | None) -> str:
    """The absolute name of ``from <level dots><module> import ...`` inside ``importer``."""
    if level == 0:
        return module or ""
    base = importer.split(".")
    base = base if is_package else base[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join(base + ([module] if module else []))


def import_graph(root: Path, package: str) -> dict[str, set[str]]:
    """Module -> the package's modules it imports, at any depth of its code.

    ``from x import y`` counts as importing ``x.y`` when that is a module (the
    usual ``from . import granules``), else as importing ``x``.  A parent
    package is not counted as imported by its submodules: Python initialises it
    first, and a package ``__init__`` that gathers its submodules is no cycle.
    """
    paths = {_module_name(root, p): p for p in (root / package).rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        is_package = path.name == "__init__.py"
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                source = _resolve(name, is_package, node.level, node.module)
                for alias in node.names:
                    submodule = f"{source}.{alias.name}"
                    targets.add(submodule if submodule in paths else source)
        graph[name] = {t for t in targets if t in paths and t != name
                       and not name.startswith(t + ".")}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of two or more modules (Tarjan), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def test_temporal_has_no_import_cycle():
    assert cycles(import_graph(ROOT, PACKAGE)) == []


def test_the_date_modules_import_only_downwards():
    graph = import_graph(ROOT, PACKAGE)
    assert graph["temporal.date_units"] == set()
    assert graph["temporal.date_values"] == {"temporal.date_units"}
    assert graph["temporal.date_parsing"] == {"temporal.date_units", "temporal.date_values"}


def test_a_cycle_hidden_inside_a_function_is_found(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "model.py").write_text("def load():\n    from .reader import read\n")
    (package / "reader.py").write_text("from . import model\n")
    (package / "leaf.py").write_text("import pkg.model\n")
    graph = import_graph(tmp_path, "pkg")
    assert graph["pkg.leaf"] == {"pkg.model"}
    assert cycles(graph) == [["pkg.model", "pkg.reader"]]
