"""Logging to a rotating file in the log dir, with secrets scrubbed before anything is written.

One scrubber (`scrub`) serves the message, its arguments, the traceback and the stack: it masks
what looks like a secret (`pin=1234`, `PIN 1234`, `Authorization: Bearer ...`, `"api_key": "..."`)
and every secret value PortDesk has held in this process (PINs pass through the secrets box, which
remembers them here), so a PIN quoted by an exception message or a platform's error body is masked
too. SQL parameters never reach an exception in the first place (engines hide them).
"""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from pathlib import Path

from portdesk.config import log_dir

MASK = "****"
_SECRET_RE = re.compile(
    r"(?i)(\b(?:pin|passcode|api[_-]?key|authorization|token|password)\b[\"']?"
    r"(?:\s*[:=]\s*|\s+(?=[^\s\"',}]*\d))"
    r"(?:bearer\s+)?[\"']?|\bbearer\s+)([^\s\"',}]+)"
)
_KNOWN_LIMIT = 4096  # the most recent secret values held; older ones age out
_MIN_KNOWN = 4  # shorter values would mask half the log
_known: OrderedDict[str, None] = OrderedDict()
_known_re: re.Pattern[str] | None = None
_lock = threading.Lock()
_configured = False


def remember_secret(value: str) -> None:
    """A secret value this process holds: masked wherever it shows up in a log record."""
    global _known_re
    value = value.strip()
    if len(value) < _MIN_KNOWN:
        return
    with _lock:
        if value in _known:
            _known.move_to_end(value)
            return
        _known[value] = None
        if len(_known) > _KNOWN_LIMIT:
            _known.popitem(last=False)
        _known_re = None


def _known_pattern() -> re.Pattern[str] | None:
    global _known_re
    with _lock:
        if _known_re is None and _known:
            words = sorted(_known, key=len, reverse=True)  # whole tokens only: a PIN inside a
            _known_re = re.compile(  # phone number or a timestamp is not that PIN
                r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")
        return _known_re


def scrub(text: str) -> str:
    """Mask secrets in any text bound for a log: message, arguments, traceback."""
    text = _SECRET_RE.sub(lambda m: m.group(1) + MASK, text)
    known = _known_pattern()
    return known.sub(MASK, text) if known is not None else text


class SecretFilter(logging.Filter):
    """Scrubs a record before any handler formats it: message with its arguments, traceback, stack."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg, record.args = scrub(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


def log_file() -> Path:
    return log_dir() / "portdesk.log"


def file_handler(path: Path) -> logging.Handler:
    """A rotating log file whose every record passes the scrubber."""
    return _scrubbed(_LogFile(path))


class _LogFile(logging.Handler):
    """The rotating log file, opened at its first record: a command that logs nothing (`case
    list`, `--help`) neither opens it nor imports logging.handlers (socket, pickle: ~8 ms of
    start-up). Where the file cannot be opened, records go to stderr instead."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._path = path
        self._target: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._target is None:  # under this handler's lock (Handler.handle)
            self._target = _open_log(self._path)
            self._target.setFormatter(self.formatter)
        self._target.emit(record)

    def close(self) -> None:
        if self._target is not None:
            self._target.close()
        super().close()


def _open_log(path: Path) -> logging.Handler:
    import logging.handlers

    try:
        return logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5,
                                                    encoding="utf-8")
    except OSError:
        return logging.StreamHandler()


def _scrubbed(handler: logging.Handler) -> logging.Handler:
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(SecretFilter())
    return handler


def setup_logging(level: int = logging.INFO) -> None:
    """PortDesk's records from `level` up, and other libraries' warnings, go to the log file.

    Libraries (pypdf, pyHanko, openpyxl) log and warn about every oddity of a damaged file; with
    no handler of their own those lines would land on the specialist's terminal, so the file
    handler sits on the root logger and Python warnings are routed through logging.
    """
    global _configured
    if _configured:
        return
    _configured = True
    try:
        handler = file_handler(log_file())  # opened at the first record (stderr if it cannot be)
    except OSError:  # no log folder: the records go to stderr, still scrubbed
        handler = _scrubbed(logging.StreamHandler())
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)
    logging.getLogger("portdesk").setLevel(level)
    logging.captureWarnings(True)
