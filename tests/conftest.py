"""Every test runs with its own user directories and a headless keyring; nothing touches $HOME."""

from __future__ import annotations

import os
import random
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from portdesk.config import Settings
from portdesk.services import sync_dates
from portdesk.store.store import Store
from portdesk.ui import qtcompat
from tests.billcorpus import GeneratedBill, random_truth, write_bill
from tests.fresh_queue import DemoQueues, fresh_queue_copy, migrated_template
from tests.helpers import user_dirs_env
from tests.pg import find_bin, fresh_database, migrated_database, throwaway_postgres

qtcompat.install()  # PySide6 6.12's emit takes references from True: see portdesk/ui/qtcompat.py

pytest_plugins = ["tests.main_thread_gc",  # cyclic garbage freed between tests only
                  "tests.patient_waits"]  # qtbot waits: a ceiling no loaded machine reaches

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory,
                        monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("home")
    for name, value in user_dirs_env(home).items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("PORTDESK_DB_URL", raising=False)
    yield home


WORKSTATION_TODAY = date(2026, 3, 2)  # the day the tests' sandbox starts on (its START)


@pytest.fixture(autouse=True)
def _workstation_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """The desk holds platform dates against this machine's date (services.sync_dates): in the
    tests that is the sandbox's first day, so no test depends on the day it runs."""
    monkeypatch.setattr(sync_dates, "workstation_today", lambda: WORKSTATION_TODAY)


@pytest.fixture
def pacific(monkeypatch: pytest.MonkeyPatch) -> Iterator[ZoneInfo]:
    """This workstation in California (TZ), restored afterwards: times shown on its clock."""
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    yield ZoneInfo("America/Los_Angeles")
    monkeypatch.undo()
    time.tzset()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """One throwaway PostgreSQL server on loopback for the whole run, when initdb is here."""
    if not find_bin("initdb"):
        pytest.skip("PostgreSQL (initdb) is not installed: PostgreSQL tests skipped")
    try:
        with throwaway_postgres() as url:
            yield url
    except (OSError, RuntimeError) as exc:  # pragma: no cover - depends on the machine
        pytest.skip(f"could not start a throwaway PostgreSQL: {exc}")


@pytest.fixture(scope="session")
def pg_migrated(pg_server: str) -> str:
    """A database on the throwaway server migrated once per run, taking no connections: each
    `pg_url` is a copy of it (tests/pg.py, migrated_database)."""
    return migrated_database(pg_server)


@pytest.fixture
def pg_url(pg_server: str, pg_migrated: str) -> Iterator[str]:
    """A new queue on the throwaway server, migrated as at start-up: a copy of the run's migrated
    database with its own database id (tests using it carry the postgres marker). An empty one
    for the migrations: tests/integration/store/conftest.py's `db_url`."""
    with fresh_database(pg_server, pg_migrated) as url:
        yield url


@pytest.fixture(scope="session")
def fresh_queue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new SQLite queue migrated once per run, read-only; `store` and `desk` start from copies
    of it (tests/fresh_queue.py)."""
    return migrated_template(tmp_path_factory.mktemp("fresh-queue") / "fresh.sqlite3")


@pytest.fixture(scope="session")
def demo_queues(tmp_path_factory: pytest.TempPathFactory, fresh_queue: Path) -> DemoQueues:
    """The sample queue loaded once per run (and day): `store` copies it for `demo_store`."""
    return DemoQueues(tmp_path_factory.mktemp("demo-queue"), fresh_queue)


@pytest.fixture
def store(request: pytest.FixtureRequest, tmp_path: Path, fresh_queue: Path) -> Iterator[Store]:
    """A real SQLite queue in tmp_path, migrated as at start-up (a copy of the run's freshly
    migrated queue: `fresh_queue`); for a test that asks for `demo_store` (tests/gui/desk), a
    copy of the sample queue loaded once (tests/fresh_queue.py, DemoQueues)."""
    path = tmp_path / "q.sqlite3"
    if "demo_store" in request.fixturenames:
        url = request.getfixturevalue("demo_queues").copy(path)
    else:
        url = fresh_queue_copy(fresh_queue, path)
    opened = Store.open(url)
    yield opened
    opened.close()


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def bill(tmp_path: Path) -> GeneratedBill:
    """A generated two-column text bill with its ground truth."""
    rng = random.Random(21)
    return write_bill(tmp_path / "bill.pdf", random_truth(rng, line_count=3), "two_column", rng)


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent: sample files are read from there, never copied")
    return SHARED
