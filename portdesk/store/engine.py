"""Engine creation and migrations. SQLite gets WAL, foreign keys and a busy timeout."""

from __future__ import annotations

import logging
import re
import sqlite3
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError

from portdesk.domain.errors import PortDeskError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"""^(down_revision|revision)\s*=\s*['"]?([\w]+)['"]?""", re.M)


class DatabaseUnavailable(PortDeskError):
    pass


def _alembic_config(connection: Any = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseUnavailable(f"'{url}' is not a database URL (e.g. sqlite:///path/file.db)")\
            from None
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(url, parsed.database)
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("", "psycopg2"):
        try:
            import psycopg2  # noqa: F401
        except ImportError:
            parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        return create_engine(parsed, pool_pre_ping=True)
    except Exception as exc:  # noqa: BLE001 - a missing driver or bad option is the user's to fix
        raise DatabaseUnavailable(f"cannot use database {parsed.render_as_string()}: {exc}") from None


def _sqlite_engine(url: str, database: str | None) -> Engine:
    if database and database != ":memory:":
        path = Path(database)
        if path.exists() and path.is_dir():
            raise DatabaseUnavailable(f"{path} is a folder, not a database file")
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > 0:
            with path.open("rb") as fh:
                if fh.read(16) != b"SQLite format 3\x00":
                    raise DatabaseUnavailable(
                        f"{path} is not a PortDesk database (not an SQLite file); "
                        "choose another file with --db or move it away"
                    )
    engine = create_engine(url, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    return engine


@cache
def _head_revisions() -> frozenset[str]:
    """The newest revisions, read from the migration files without importing Alembic."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = dict((k, v) for k, v in _REVISION.findall(path.read_text(encoding="utf-8")))
        if "revision" in found:
            revisions.add(found["revision"])
            parents.add(found.get("down_revision", "None"))
    return frozenset(revisions - parents)


def _schema_is_current(engine: Engine) -> bool:
    """True when the database is at the newest revision: the common case, answered in one query
    (Alembic and its dialect modules cost more to import than the whole `case list`)."""
    try:
        with engine.connect() as conn:
            current = {r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))}
    except (OperationalError, DatabaseError):
        return False  # a new database, or one Alembic must look at
    heads = _head_revisions()
    return bool(heads) and current == heads


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision; refuse a database written by a newer PortDesk."""
    if _schema_is_current(engine):
        return
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    heads = set(script.get_heads())
    try:
        with engine.begin() as conn:
            current = set(MigrationContext.configure(conn).get_current_heads())
            unknown = {rev for rev in current if _unknown(script, rev)}
            if unknown:
                raise DatabaseUnavailable(
                    "this database was written by a newer version of PortDesk "
                    f"(schema {', '.join(sorted(unknown))}); update PortDesk to open it"
                )
            if current == heads:
                return
            if not current and _has_foreign_tables(conn):
                raise DatabaseUnavailable(
                    "this database holds tables that are not PortDesk's; use an empty database"
                )
            command.upgrade(_alembic_config(conn), "head")
    except (OperationalError, DatabaseError) as exc:
        raise DatabaseUnavailable(_describe(engine, exc)) from None


def _unknown(script: ScriptDirectory, rev: str) -> bool:
    try:
        return script.get_revision(rev) is None
    except Exception:  # noqa: BLE001 - alembic raises several kinds for an unknown revision
        return True


def _has_foreign_tables(conn: Any) -> bool:
    names = set(inspect(conn).get_table_names())
    return bool(names - {"alembic_version"})


def _describe(engine: Engine, exc: Exception) -> str:
    where = engine.url.render_as_string(hide_password=True)
    orig = getattr(exc, "orig", exc)
    text_ = str(orig).splitlines()[0] if str(orig) else type(orig).__name__
    if "file is not a database" in text_ or "malformed" in text_:
        return f"the database {where} is damaged or not a database ({text_})"
    if "unable to open" in text_ or "readonly" in text_ or "permission" in text_.lower():
        return f"cannot open the database {where}: {text_}; check the path and its permissions"
    return f"database {where} is not usable: {text_}"


def integrity_ok(engine: Engine) -> bool:
    if engine.dialect.name != "sqlite":
        return True
    with engine.connect() as conn:
        return conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
