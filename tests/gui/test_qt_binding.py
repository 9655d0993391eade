"""The Qt binding must survive a long session of Qt calls.

PySide6 6.12.0 on Python < 3.12 lowers None's reference count on every call of
a void method, and CPython aborts after a few thousand; pyproject.toml excludes
that release. This runs in a child process because the failure is an abort.
"""

from __future__ import annotations

import subprocess
import sys

CODE = """
from PySide6.QtCore import QObject
probe = QObject()
for _ in range(50_000):
    probe.setObjectName("probe")
print("ok")
"""


def test_many_void_qt_calls_do_not_crash_the_interpreter():
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "ok"
