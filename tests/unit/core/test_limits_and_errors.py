"""The intake limits a specialist can raise in settings.json, and the one line each known
failure gets on the command line."""

from __future__ import annotations

import argparse
import errno
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from portdesk.commands.errors import QUEUE_BUSY, known_message, report_failure
from portdesk.config import Settings, load_settings, save_settings
from portdesk.domain.intake import IntakeLimits


def test_limits_are_read_from_settings_and_bad_values_ignored(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"limits": {"max_rows": 500_000, "max_page_inches": 36,
                                           "max_pixels": -5, "time_budget_s": "soon",
                                           "max_json_depth": True, "unknown": 3}}))
    limits = load_settings(path).limits
    assert limits.max_rows == 500_000 and limits.max_page_inches == 36.0
    defaults = IntakeLimits()
    assert (limits.max_pixels, limits.time_budget_s, limits.max_json_depth) == (
        defaults.max_pixels, defaults.time_budget_s, defaults.max_json_depth)


def test_limits_survive_a_save(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(limits=IntakeLimits(max_rows=7)), path)
    assert load_settings(path).limits.max_rows == 7


@pytest.mark.parametrize(("exc", "says"), [
    (OSError(errno.ENOSPC, "No space left on device", "/data/out.pdf"),
     "/data/out.pdf: the disk is full"),
    (PermissionError(errno.EACCES, "Permission denied", "/etc/x.csv"),
     "/etc/x.csv: permission denied"),
    (sqlite3.OperationalError("database is locked"), QUEUE_BUSY),
    (OperationalError("UPDATE cases", {}, sqlite3.OperationalError("database is locked")),
     QUEUE_BUSY),
    (OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full")),
     "the queue's database cannot be written (disk full or failing)"),
])
def test_known_failures_get_their_own_line(exc: BaseException, says: str) -> None:
    message = known_message(exc)
    assert message is not None and says in message


def test_a_bug_stays_unexpected_and_points_at_the_log(capsys: pytest.CaptureFixture[str]) -> None:
    assert known_message(RuntimeError("boom")) is None
    assert known_message(sqlite3.OperationalError("no such column: x")) is None
    code = report_failure(RuntimeError("boom"), argparse.Namespace(command="case"))
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("portdesk: unexpected error (RuntimeError); details in ")
    assert err.rstrip().endswith("portdesk.log") and "Traceback" not in err
