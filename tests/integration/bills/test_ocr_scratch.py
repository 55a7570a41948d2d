"""A bill page handed to Tesseract is never readable by other accounts and never outlives the
command: before, `bill extract scan.png` stopped by SIGTERM left /tmp/tess_*_input.PNG (0644)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from portdesk.bills.ocr import tesseract_available
from tests.billcorpus import make_scan, random_truth, write_bill

ROOT = Path(__file__).resolve().parents[3]

pytestmark = [
    pytest.mark.ocr,
    pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed"),
    pytest.mark.skipif(os.name != "posix", reason="POSIX signals"),
]


def _page_files(*folders: Path) -> list[Path]:
    return [p for folder in folders if folder.is_dir() for p in folder.rglob("tess_*")]


def test_a_bill_extract_stopped_mid_ocr_leaves_no_page_behind(tmp_path: Path) -> None:
    rng = random.Random(11)
    bill = write_bill(tmp_path / "b.pdf", random_truth(rng, line_count=2), "stacked", rng,
                      detail_pages=0)
    scan = make_scan(bill.path, tmp_path / "scan.png", rng)
    tmp, data = tmp_path / "tmp", tmp_path / "data"
    tmp.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(tmp),
           "PORTDESK_DATA_DIR": str(data)}
    proc = subprocess.Popen([sys.executable, "-m", "portdesk", "bill", "extract", str(scan)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60  # a wait for a condition, not a timed assertion
        while not _page_files(tmp, data) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        seen = _page_files(tmp, data)
        assert seen, "the command ended before Tesseract was handed the page"
        assert all(p.is_relative_to(data / "scratch") for p in seen), seen
        for folder in {p.parent for p in seen}:
            assert folder.stat().st_mode & 0o077 == 0
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 128 + signal.SIGTERM
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert _still_reading(data) == []  # Tesseract ended with the command, not after it
    assert _page_files(tmp, data) == []
    assert [p.name for p in (data / "scratch").iterdir()] == []


def _still_reading(data: Path) -> list[str]:
    """Command lines of processes still working in `data` (Linux /proc; none elsewhere)."""
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            line = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if str(data) in line:
            found.append(line)
    return found
