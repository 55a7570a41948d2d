"""The private scratch folder: 0700, one per process, gone with its process (even a killed one)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
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
    host, dead = scratch._host(), _dead_pid()
    left = base / f"{host}-{dead}-abc"
    left.mkdir()
    (left / "tess_x_input.PNG").write_bytes(b"a customer's bill page")
    alive = base / f"{host}-{os.getppid()}-def"  # a process still running keeps its folder
    alive.mkdir()
    elsewhere = base / f"other_machine-{dead}-ghi"  # a shared home: that id is not ours
    elsewhere.mkdir()
    mine = scratch.folder()
    assert mine.parent == base and mine.name.startswith(f"{host}-{os.getpid()}-")
    assert (base.stat().st_mode & 0o777, mine.stat().st_mode & 0o777) == (0o700, 0o700)
    assert not left.exists() and alive.is_dir() and elsewhere.is_dir()
    assert scratch.folder() == mine


def test_ocr_writes_its_page_files_in_the_scratch_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    pytesseract = pytest.importorskip("pytesseract")
    from portdesk.bills import ocr

    monkeypatch.setattr(ocr, "tesseract_available", lambda: True)
    monkeypatch.setattr(scratch, "_folder", [])
    module = pytesseract.pytesseract
    monkeypatch.setattr(module, "NamedTemporaryFile", module.NamedTemporaryFile)
    monkeypatch.setattr(module, "timeout_manager", module.timeout_manager)
    ocr._tesseract()
    ocr._tesseract()  # wrapped once, not twice
    with module.NamedTemporaryFile(prefix="tess_", delete=False) as made:
        pass
    path = Path(made.name)
    assert path.parent == scratch.folder()
    path.unlink()


def test_tesseract_is_ended_with_a_command_stopped_while_it_reads() -> None:
    """Stopped while waiting, the command left Tesseract running to write the page's text into a
    scratch folder already cleaned (it usually died of SIGPIPE; not when it had nothing to say)."""
    from contextlib import contextmanager

    from portdesk import tesseract

    reader = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)

    @contextmanager
    def stopped_while_waiting(proc: subprocess.Popen[bytes],
                              seconds: object = None) -> Iterator[None]:
        raise SystemExit(143)  # what the command's SIGTERM handler raises inside communicate()
        yield

    try:
        with pytest.raises(SystemExit), tesseract._ended_with_us(stopped_while_waiting)(reader):
            pass
        assert reader.poll() is not None
    finally:
        if reader.poll() is None:
            reader.kill()
            reader.wait()
        for pipe in (reader.stdin, reader.stdout, reader.stderr):
            assert pipe is not None
            pipe.close()


def test_form_ocr_writes_its_page_files_in_the_scratch_folder_too(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A picture-only carrier form, filled with the customer's values, is read by the same
    Tesseract set-up as a bill: its page files go to the private scratch folder, not /tmp."""
    pytesseract = pytest.importorskip("pytesseract")
    from portdesk.loa import formocr

    monkeypatch.setattr(scratch, "_folder", [])
    module = pytesseract.pytesseract
    monkeypatch.setattr(module, "NamedTemporaryFile", module.NamedTemporaryFile)
    monkeypatch.setattr(module, "timeout_manager", module.timeout_manager)
    formocr._tesseract()
    with module.NamedTemporaryFile(prefix="tess_", delete=False) as made:
        pass
    path = Path(made.name)
    assert path.parent == scratch.folder()
    path.unlink()
