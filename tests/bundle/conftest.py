"""The built bundle under test: dist/portdesk/ from `make package`, run as a specialist would run it.

Skipped (with the reason) when PyInstaller or the bundle is absent, so the default run stays fast;
`make package` sets PORTDESK_BUNDLE_REQUIRED=1, which turns those skips into failures.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
BUNDLE_DIR = DIST / "portdesk"
EXECUTABLE = BUNDLE_DIR / ("portdesk.exe" if sys.platform == "win32" else "portdesk")
RUN_TIMEOUT = 180


def _required() -> bool:
    return os.environ.get("PORTDESK_BUNDLE_REQUIRED") == "1"


def _absent(reason: str) -> None:
    if _required():
        pytest.fail(f"{reason} (PORTDESK_BUNDLE_REQUIRED=1: make package must have built it)")
    pytest.skip(reason)


@pytest.fixture
def bundle() -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        _absent("PyInstaller is not installed; `make package` installs it and builds the bundle")
    if not EXECUTABLE.is_file():
        _absent(f"no built bundle at {EXECUTABLE.relative_to(ROOT)}; run `make package`")
    return EXECUTABLE


@pytest.fixture
def bundle_env(tmp_path: Path) -> dict[str, str]:
    """A clean environment: temporary data, offscreen Qt, nothing leaking in from the virtualenv."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PORTDESK_DB_URL")}
    env.update(PORTDESK_DATA_DIR=str(tmp_path / "data"), HOME=str(tmp_path / "home"),
               QT_QPA_PLATFORM="offscreen", PORTDESK_USER="smoke-tester",
               PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring")
    return env


def run(executable: Path, args: Sequence[str], env: dict[str, str],
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(executable), *args], env=env, cwd=cwd, capture_output=True,
                          text=True, timeout=RUN_TIMEOUT, check=False)
