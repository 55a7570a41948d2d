"""The private scratch folder: 0700, one per process, gone with its process (even a killed one)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from portdesk import config, scratch

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and process ids")


def _dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(done.stdout)


def test_scratch_is_private_and_a_dead_process_s_folder_is_swept(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scratch, "_folder", [])
    base = scratch.root()
    assert base.parent == config.data_dir()
    left = base / f"{_dead_pid()}-abc"
    left.mkdir()
    (left / "tess_x_input.PNG").write_bytes(b"a customer's bill page")
    alive = base / f"{os.getppid()}-def"  # a process that is still running keeps its folder
    alive.mkdir()
    mine = scratch.folder()
    assert mine.parent == base and mine.name.startswith(f"{os.getpid()}-")
    assert (base.stat().st_mode & 0o777, mine.stat().st_mode & 0o777) == (0o700, 0o700)
    assert not left.exists() and alive.is_dir()
    assert scratch.folder() == mine


def test_ocr_writes_its_page_files_in_the_scratch_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    pytesseract = pytest.importorskip("pytesseract")
    from portdesk.bills import ocr

    monkeypatch.setattr(ocr, "tesseract_available", lambda: True)
    monkeypatch.setattr(scratch, "_folder", [])
    module = pytesseract.pytesseract
    monkeypatch.setattr(module, "NamedTemporaryFile", module.NamedTemporaryFile)
    ocr._tesseract()
    ocr._tesseract()  # wrapped once, not twice
    with module.NamedTemporaryFile(prefix="tess_", delete=False) as made:
        pass
    path = Path(made.name)
    assert path.parent == scratch.folder()
    path.unlink()
