from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from portdesk.store.store import Store
from tests.pg import find_bin, throwaway_postgres


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    if not find_bin("initdb"):
        pytest.skip("PostgreSQL (initdb) is not installed: PostgreSQL store tests skipped")
    try:
        with throwaway_postgres() as url:
            yield url
    except (OSError, RuntimeError) as exc:  # pragma: no cover - depends on the machine
        pytest.skip(f"could not start a throwaway PostgreSQL: {exc}")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'queue.sqlite3'}"
        return
    server: str = request.getfixturevalue("pg_server")
    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield server.rsplit("/", 1)[0] + "/" + name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = Store.open(db_url)
    yield s
    s.close()
