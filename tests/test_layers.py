"""The layers import only downwards: gui -> storage -> temporal."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest

from tests.conftest import ROOT

FORBIDDEN = {
    "temporal": {"PySide6", "gui", "storage", "sqlite_utils", "sqlite3"},
    "storage": {"PySide6", "gui"},
}


def _imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module.split(".")[0]


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_no_upward_imports_in_source(package):
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in (ROOT / package).rglob("*.py")
        for name in _imports(path) if name in FORBIDDEN[package]
    ]
    assert offenders == []


def test_importing_storage_and_temporal_loads_no_qt():
    code = ("import sys, storage, storage.exchange.timeline_csv, storage.cli, temporal, "
            "temporal.dates; "
            "import temporal.expressions; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_main_only_parses_arguments():
    names = set(_imports(ROOT / "main.py"))
    assert names <= {"__future__", "argparse", "sys", "gui", "storage"}
