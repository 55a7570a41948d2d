"""A private scratch folder for the files a library insists on writing while PortDesk works.

pytesseract hands Tesseract each bill page as a PNG and reads its answer from a file, both in
the system temp folder (/tmp) with the umask's permissions (0644): every account on the machine
could read a customer's bill page while it was read, and a `bill extract` stopped by SIGTERM or
killed left the page there for good. So such files go to one folder per process, inside
PortDesk's own scratch folder (0700, in the data dir): nobody else can read them, the folder is
removed when the process ends, and a folder left by a process that died without its clean-up
(SIGKILL, a power cut) is removed by the next PortDesk on the same machine that needs scratch
space (folders are named host-pid-random).

Top-level, beside config.py: the bill reader uses it and the command line stops on SIGTERM
through it; neither may import the other.
"""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import tempfile
import threading
from pathlib import Path

from portdesk.config import own_dir

log = logging.getLogger(__name__)
_lock = threading.Lock()
_folder: list[Path] = []


def root() -> Path:
    return own_dir("scratch")


def folder() -> Path:
    """This process's scratch folder (made at the first call, removed at exit)."""
    with _lock:
        if _folder and _folder[0].is_dir():
            return _folder[0]
        base = root()
        sweep(base)
        made = Path(tempfile.mkdtemp(prefix=f"{_host()}-{os.getpid()}-", dir=base))
        _folder[:] = [made]
        atexit.register(shutil.rmtree, made, ignore_errors=True)
        return made


def sweep(base: Path) -> int:
    """Remove the folders of processes that are gone; the number removed."""
    removed, host = 0, _host()
    for child in base.iterdir():
        where, _, rest = child.name.rpartition("-")[0].rpartition("-")
        pid = rest if where == host else ""  # another machine's (a shared home): not ours to judge
        if not child.is_dir() or not pid.isdigit() or _alive(int(pid)):
            continue
        shutil.rmtree(child, ignore_errors=True)
        removed += 1
    if removed:
        log.info("removed %d scratch folder(s) left by PortDesk processes that died", removed)
    return removed


def _host() -> str:
    """This machine's name, safe in a folder name: a home folder shared by several machines
    holds their scratch folders side by side, and a process id means something on its own
    machine only."""
    import socket

    return "".join(ch if ch.isalnum() else "_" for ch in socket.gethostname()) or "host"


def _alive(pid: int) -> bool:
    if pid == os.getpid() or os.name != "posix":  # Windows' os.kill would end the process
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but is not ours to signal (or no kill(0) on this OS)
        return True
    return True
