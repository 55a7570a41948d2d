"""Make a file or folder read-only for the test, whoever runs it (root ignores mode bits, not
the immutable flag), and make it writable again afterwards."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """chmod a-w, and where chattr works (root in a container) the immutable flag as well."""
    done: list[Path] = []
    modes = {p: p.stat().st_mode for p in paths}
    try:
        for p in paths:
            p.chmod(modes[p] & ~0o222)
            if shutil.which("chattr") and subprocess.run(
                    ["chattr", "+i", str(p)], capture_output=True).returncode == 0:
                done.append(p)
        import os

        if any(os.access(p, os.W_OK) for p in paths):
            pytest.skip("cannot make a file read-only here (no chattr and running as root)")
        yield
    finally:
        for p in done:
            subprocess.run(["chattr", "-i", str(p)], capture_output=True)
        for p, mode in modes.items():
            p.chmod(mode)
