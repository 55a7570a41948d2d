"""PySide6 6.12 returns an empty QVariant to Python as None without a new reference: every
`index.data(role)` without a value took one reference from None, until the process died with
"Fatal Python error: none_dealloc" (the desk, scrolling a 100,000-case queue: the status chip
asks each row not read yet for its status). qtcompat.install() gives None a cushion. Run in a
fresh interpreter: the count of None's references is the process's own."""

from __future__ import annotations

import os
import subprocess
import sys

CHILD = """
import sys
from PySide6.QtCore import QModelIndex
from portdesk.ui import qtcompat
asks = sys.getrefcount(None) + 100_000  # more than None holds without the cushion
if sys.argv[1] == "guarded":
    qtcompat.install()
for _ in range(asks):
    QModelIndex().data()
print("survived")
"""


def _run(mode: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", CHILD, mode], capture_output=True, text=True,
                          timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))


def test_empty_values_asked_for_again_and_again_do_not_free_none() -> None:
    done = _run("guarded")
    assert done.returncode == 0, done.stderr[-1000:]
    assert done.stdout.strip() == "survived"
