"""The command line starts without the libraries only some commands need.

`portdesk --version` and `--help` used to import every command group and, through them,
SQLAlchemy, pyHanko, the PDF stack and more (1.6 s, 116 MB). A fresh interpreter shows what
starting really imports; tests/benchmarks/test_cli_start_bench.py measures the time.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers import user_dirs_env

ROOT = Path(__file__).resolve().parents[3]
HEAVY = ("sqlalchemy", "alembic", "pyhanko", "PySide6", "pypdf", "pypdfium2", "reportlab",
         "openpyxl", "PIL", "httpx", "phonenumbers", "cryptography", "keyring")
PROBE = """
import json, sys
from portdesk.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def _modules(*argv: str, env: dict[str, str] | None = None) -> set[str]:
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=False, env=env)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


def _imported(*argv: str) -> set[str]:
    return {m.split(".")[0] for m in _modules(*argv)}


@dataclass(frozen=True)
class SampleQueue:
    home: Path  # a user's home: q.sqlite3 and the keyring file holding its key
    case_check: frozenset[str]  # what `case check PD-000002` imported on it


@pytest.fixture(scope="module")
def sample_queue(tmp_path_factory: pytest.TempPathFactory) -> SampleQueue:
    """`portdesk demo load` (a queue with sealed PINs) and `case check` on it, run once for the
    module: each is a fresh interpreter loading the queue's stack, and three tests ran both
    alike. The user's folders are this home's, as tests/conftest.py gives each test its own."""
    home = tmp_path_factory.mktemp("cli-sample-home")
    env = {k: v for k, v in os.environ.items() if k != "PORTDESK_DB_URL"} | user_dirs_env(home)
    db = f"sqlite:///{home / 'q.sqlite3'}"
    subprocess.run([sys.executable, "-m", "portdesk", "--db", db, "demo", "load"], cwd=ROOT,
                   env=env, capture_output=True, timeout=120, check=True)
    assert not (home / "q.sqlite3-wal").exists()  # the whole queue is in the file copied
    check = _modules("--db", db, "case", "check", "PD-000002", env=env)
    return SampleQueue(home, frozenset(check))


@pytest.fixture
def demo_db(sample_queue: SampleQueue, _isolated_user_dirs: Path) -> str:
    """This test's own copy of the sample queue in its own home (the queue and the keyring file
    with its key): the URL of the copy."""
    shutil.copytree(sample_queue.home, _isolated_user_dirs, dirs_exist_ok=True)
    return f"sqlite:///{_isolated_user_dirs / 'q.sqlite3'}"


@pytest.mark.parametrize("argv", [("--version",), ("--help",), ("case", "--help"),
                                  ("loa", "sign", "--help"), ("bill", "--help")])
def test_starting_imports_none_of_the_heavy_libraries(argv: tuple[str, ...]) -> None:
    assert _imported(*argv) & set(HEAVY) == set()


def test_a_command_imports_what_it_needs(tmp_path: Path) -> None:
    loaded = _imported("--db", f"sqlite:///{tmp_path}/q.sqlite3", "case", "list")
    assert "sqlalchemy" in loaded
    assert {"pyhanko", "PySide6", "pypdfium2", "reportlab"} & loaded == set()


def test_reading_the_queue_imports_no_cryptography_number_parser_or_log_rotation(
        demo_db: str) -> None:
    """`case list` reads: no key is used, no number parsed, nothing logged (each of these was
    imported at every start: about 30 ms of the 420 ms it took on 100,000 cases)."""
    db = demo_db  # a queue with sealed PINs
    loaded = _modules("--db", f"{db}?timeout=5", "case", "list")  # a URL only the Store reads
    assert "sqlalchemy" in loaded and "portdesk.store.store" in loaded
    assert {"cryptography", "phonenumbers", "logging.handlers", "keyring"} & loaded == set()
    # a plain URL of a current SQLite queue is read with sqlite3 alone (store/quick_queue.py)
    for argv in (("case", "list"), ("case", "list", "--search", "harbor", "--overdue")):
        plain = _modules("--db", db, *argv)
        assert "portdesk.store.quick_queue" in plain
        assert {m.split(".")[0] for m in plain} & set(HEAVY) == set()
    # and one case or its trail (store/quick_case.py); the PIN in clear needs the Store's key
    for argv in (("case", "show", "PD-000002"), ("audit", "show", "PD-000002")):
        plain = _modules("--db", db, *argv)
        assert "portdesk.store.quick_case" in plain
        assert {m.split(".")[0] for m in plain} & set(HEAVY) == set(), argv


def test_counting_business_days_loads_no_country_holiday_tables(sample_queue: SampleQueue
                                                                ) -> None:
    """`case check` counts business days to the requested date: the US federal holidays are
    computed (domain/us_holidays.py); the `holidays` package imported every country's tables
    (about 170 modules) to answer it."""
    loaded = sample_queue.case_check
    assert "portdesk.domain.us_holidays" in loaded
    assert "holidays" not in {m.split(".")[0] for m in loaded}


def test_checking_and_rendering_load_no_sync_engine_form_filler_or_pdf_reader(
        sample_queue: SampleQueue, demo_db: str, tmp_path: Path) -> None:
    """`case check` read what the sync kept about a case through the sync steps (the platform
    port, the sync report); `loa render` imported form filling (its mapping tables), pypdf for
    an atomic write and the desk's write path, none of which drawing one letter runs."""
    check = sample_queue.case_check
    assert "portdesk.services.sync_keys" in check  # what it reads is still read
    assert {"portdesk.services.sync_steps", "portdesk.platform.port"} & check == set()
    out = tmp_path / "loa.pdf"
    render = _modules("--db", demo_db, "loa", "render", "PD-000002", "-o", str(out))
    assert out.read_bytes().startswith(b"%PDF-") and "portdesk.loa.standard" in render
    assert {"portdesk.loa.fill", "portdesk.loa.mapping", "portdesk.services.intents",
            "pypdf"} & render == set()


def test_checking_loads_the_gate_and_not_the_write_path(sample_queue: SampleQueue) -> None:
    """`case check` reads and judges: it imported services.cases for one function, and with it
    the write path (intents, case files and their CSV / XLSX / JSON readers, entries, imports).
    The gate and what it reads stay: the checks, the LOA binding, the PIN's key."""
    check = sample_queue.case_check
    assert {"portdesk.domain.readiness", "portdesk.services.evidence",
            "portdesk.services.loa_binding", "cryptography"} <= check
    assert {"portdesk.services.cases", "portdesk.services.intents",
            "portdesk.services.case_files", "portdesk.services.case_rows"} & check == set()
