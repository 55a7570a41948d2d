"""Logging to a rotating file in the log dir, with secrets scrubbed before anything is written."""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from portdesk.config import log_dir

_SECRET_RE = re.compile(
    r"(?i)(\b(?:pin|passcode|api[_-]?key|authorization|token|password)\b[\"']?\s*[:=]\s*"
    r"(?:bearer\s+)?[\"']?|\bbearer\s+)([^\s\"',}]+)"
)
_configured = False


class SecretFilter(logging.Filter):
    """Masks anything that looks like `pin=1234`, `Authorization: Bearer ...`, `"api_key": "..."`."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        scrubbed = _SECRET_RE.sub(lambda m: m.group(1) + "****", message)
        if scrubbed != message:
            record.msg, record.args = scrubbed, None
        return True


def scrub(text: str) -> str:
    return _SECRET_RE.sub(lambda m: m.group(1) + "****", text)


def log_file() -> Path:
    return log_dir() / "portdesk.log"


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
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_file(), maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(SecretFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)
    logging.getLogger("portdesk").setLevel(level)
    logging.captureWarnings(True)
