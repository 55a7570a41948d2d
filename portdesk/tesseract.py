"""The one Tesseract both readers run: the bill reader's scans and the form filler's pictures.

Which binary (Settings.tesseract_cmd, said once at the composition root; empty means the one on
PATH), one thread per page (Tesseract oversubscribes small machines, 5x slower on 2 cores), and
pytesseract's page image and answer files in this process's private scratch folder instead of the
system temp folder (portdesk/scratch.py): a bill page or a customer's filled form read by OCR is
never readable by another account, nor left behind by a killed command.

Top-level, beside scratch.py: portdesk.bills and portdesk.loa both use it and neither may import
the other.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from portdesk import scratch

_COMMAND: list[str] = [""]


def configure(tesseract_cmd: str = "") -> None:
    """Point OCR at a Tesseract binary (Settings.tesseract_cmd); empty means look on PATH."""
    _COMMAND[0] = tesseract_cmd


def command() -> str:
    return _COMMAND[0]


def available() -> bool:
    return shutil.which(_COMMAND[0] or "tesseract") is not None


def load() -> Any:
    """pytesseract, pointed at the configured binary, its files in the private scratch folder."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    import pytesseract

    if _COMMAND[0]:
        pytesseract.pytesseract.tesseract_cmd = _COMMAND[0]
    _private_page_files(pytesseract.pytesseract)
    return pytesseract


def _private_page_files(module: Any) -> None:
    """pytesseract writes the page image and Tesseract's answer with NamedTemporaryFile in the
    system temp folder, readable by every account and left behind by a killed process: they go
    to this process's private scratch folder instead. pytesseract offers no folder argument, so
    its module's NamedTemporaryFile is given one."""
    made = module.NamedTemporaryFile
    if getattr(made, "portdesk_scratch", False):
        return
    from tempfile import NamedTemporaryFile

    def in_scratch(*args: Any, **kwargs: Any) -> Any:
        kwargs["dir"] = str(scratch.folder())
        return NamedTemporaryFile(*args, **kwargs)

    in_scratch.portdesk_scratch = True  # type: ignore[attr-defined]
    module.NamedTemporaryFile = in_scratch
    module.timeout_manager = _ended_with_us(module.timeout_manager)
    module.subprocess = _started_with_us(module.subprocess)


def _started_with_us(subprocess_module: Any) -> Any:
    """A command stopped while pytesseract was starting Tesseract (after the fork, before
    `Popen()` returned and `timeout_manager` could end it) left Tesseract running on the page:
    the run is ended before the stop goes on. pytesseract reaches Popen through its module's
    `subprocess`, so that name gets the same module with this Popen."""
    import signal
    from types import SimpleNamespace

    class Popen(subprocess_module.Popen):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            try:
                super().__init__(*args, **kwargs)
            except BaseException:
                pid = getattr(self, "pid", None)  # set as soon as the child is forked
                if pid:
                    try:
                        os.kill(pid, getattr(signal, "SIGKILL", signal.SIGTERM))
                        os.waitpid(pid, 0)
                    except OSError:
                        pass
                raise

    return SimpleNamespace(**{**vars(subprocess_module), "Popen": Popen})


def _ended_with_us(waiting: Any) -> Any:
    """pytesseract waits for Tesseract in `timeout_manager`; a command stopped there (SIGTERM,
    Ctrl+C) left Tesseract running, to write the page's text into the scratch folder after
    the folder was cleaned. The run is ended with the command."""

    @contextmanager
    def waited(proc: Any, seconds: Any = None) -> Iterator[Any]:
        try:
            with waiting(proc, seconds) as answer:
                yield answer
        except BaseException:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            raise

    return waited
