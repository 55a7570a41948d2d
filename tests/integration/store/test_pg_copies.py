"""Each `pg_url` is a copy of one database migrated once per run, and each throwaway server starts
on a copy of one initdb output (tests/pg.py): a copy must be what a new queue is once Store.open
migrated it, the same schema and a database id of its own; a server, a server of its own."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import OperationalError

from portdesk.store.engine import head_revisions, make_engine, migrate
from tests.pg import fresh_database, postgres_server

pytestmark = pytest.mark.postgres


def _read(url: str) -> tuple[str, set[str], dict[str, list[str]]]:
    """The database id, the schema revisions, and each table's columns."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            db_id = str(conn.execute(text(
                "SELECT value FROM sync_state WHERE key = 'database.id'")).scalar_one())
            revisions = {r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))}
            found = inspect(conn)
            tables = {t: sorted(c["name"] for c in found.get_columns(t))
                      for t in found.get_table_names()}
        return db_id, revisions, tables
    finally:
        engine.dispose()


def test_a_copy_is_a_migrated_new_queue_with_its_own_database_id(
        pg_server: str, pg_migrated: str) -> None:
    with fresh_database(pg_server) as new, fresh_database(pg_server, pg_migrated) as one, \
            fresh_database(pg_server, pg_migrated) as two:
        engine = make_engine(new)
        try:
            migrate(engine)
        finally:
            engine.dispose()
        (new_id, revisions, tables), (one_id, *one_rest), (two_id, *two_rest) = (
            _read(new), _read(one), _read(two))
        assert revisions == head_revisions()
        assert one_rest == two_rest == [revisions, tables]
        assert len({new_id, one_id, two_id}) == 3


def test_the_migrated_database_takes_no_connection(pg_server: str, pg_migrated: str) -> None:
    with pytest.raises(OperationalError, match="not currently accepting connections"):
        _read(pg_server.rsplit("/", 1)[0] + "/" + pg_migrated)


def test_servers_started_on_one_initdb_output_share_nothing(pg_server: str) -> None:
    with postgres_server() as one, postgres_server() as two:
        assert one.port != two.port
        made = create_engine(one.url, isolation_level="AUTOCOMMIT")
        seen = create_engine(two.url)
        try:
            with made.connect() as conn:
                conn.execute(text('CREATE DATABASE "only_on_one"'))
            with seen.connect() as conn:
                names = set(conn.execute(text("SELECT datname FROM pg_database")).scalars())
            assert "only_on_one" not in names and "postgres" in names
        finally:
            made.dispose()
            seen.dispose()
