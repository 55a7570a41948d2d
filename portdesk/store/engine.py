"""Engine creation and migrations. SQLite gets WAL, foreign keys and a busy timeout.

One concurrency rule for every writer (desk, CLI, sync, import) on both databases: a write
transaction takes the queue's write lock before it reads anything. SQLite: `BEGIN IMMEDIATE`
(pysqlite's own lazy BEGIN is switched off, so reads made for a write are inside it);
PostgreSQL: a transaction-scoped advisory lock. Writers are therefore serialised and whatever a
write reads is current; on top of that every case write checks the version it read, so a stale
copy (a desk showing version 3 of a case now at version 4) is a conflict, never an overwrite.
Waiting longer than the busy timeout ends in QueueBusy, a message a person can act on.
SQL parameters are hidden from error messages (they hold names, account numbers, PINs' tokens).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError

from portdesk.config import busy_timeout
from portdesk.domain.errors import PortDeskError
from portdesk.store import at_rest
from portdesk.store.listen import OwnBackends
from portdesk.store.own_writes import OwnWrites
from portdesk.store.revisions import MIGRATIONS, head_revisions

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)
WRITE = "portdesk_write"  # execution option marking a connection that writes
PG_WRITE_LOCK = 0x506F727444  # the advisory lock every PostgreSQL write transaction takes
PG_LOCK_NOT_AVAILABLE = "55P03"


class DatabaseUnavailable(PortDeskError):
    pass


class QueueBusy(PortDeskError):
    """Another PortDesk held the write lock for longer than the busy timeout."""

    MESSAGE = "the queue is busy (another PortDesk is writing); try again"

    def __init__(self, message: str = MESSAGE) -> None:
        super().__init__(message)


def writer(engine: Engine) -> Engine:
    """The same engine, for write transactions: they take the write lock when they begin."""
    return engine.execution_options(**{WRITE: True})


def _alembic_config(connection: Any = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def make_engine(url: str, timeout: float | None = None) -> Engine:
    timeout = busy_timeout() if timeout is None else timeout
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseUnavailable(f"'{url}' is not a database URL (e.g. sqlite:///path/file.db)")\
            from None
    if parsed.get_backend_name() == "sqlite":
        return _guarded(_sqlite_engine(url, parsed.database, timeout))
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("", "psycopg2"):
        try:
            import psycopg2  # noqa: F401
        except ImportError:
            parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        engine = create_engine(parsed, pool_pre_ping=True, hide_parameters=True)
    except Exception as exc:  # noqa: BLE001 - a missing driver or bad option is the user's to fix
        raise DatabaseUnavailable(f"cannot use database {parsed.render_as_string()}: {exc}") from None
    if engine.dialect.name == "postgresql":
        _postgres_write_lock(engine, timeout)
        OwnBackends.track(engine)  # so the desk's listener can tell its own commits (listen)
    return _guarded(engine)


def _postgres_write_lock(engine: Engine, timeout: float) -> None:
    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get(WRITE):
            # one round trip, not two (every write transaction pays it): without parameters the
            # driver sends both in one simple query, run in order, so the timeout covers the lock
            conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{int(timeout * 1000)}ms'; "
                                 f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})")


def _guarded(engine: Engine) -> Engine:
    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        if _is_busy(context.original_exception):
            raise QueueBusy() from None

    return engine


def _is_busy(exc: BaseException | None) -> bool:
    if isinstance(exc, sqlite3.OperationalError):
        return "database is locked" in str(exc) or "database table is locked" in str(exc)
    return getattr(exc, "sqlstate", None) == PG_LOCK_NOT_AVAILABLE


def _sqlite_engine(url: str, database: str | None, timeout: float) -> Engine:
    if database and database != ":memory:":
        path = Path(database)
        if path.exists() and path.is_dir():
            raise DatabaseUnavailable(f"{path} is a folder, not a database file")
        if not path.parent.is_dir():  # a typo, an unmounted share: never a new queue elsewhere
            raise DatabaseUnavailable(
                f"cannot open the queue {path}: folder {path.parent} does not exist")
        _create_private(path)
        if path.exists() and path.stat().st_size > 0:
            with path.open("rb") as fh:
                if fh.read(16) != b"SQLite format 3\x00":
                    raise DatabaseUnavailable(
                        f"{path} is not a PortDesk database (not an SQLite file); "
                        "choose another file with --db or move it away"
                    )
    engine = create_engine(url, connect_args={"timeout": timeout}, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # PortDesk says BEGIN itself (below)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA secure_delete=ON")  # freed pages are zeroed, not left readable
        cur.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        options = conn.get_execution_options()
        if options.get("isolation_level") == "AUTOCOMMIT":
            return  # VACUUM and checkpoints run outside any transaction
        conn.exec_driver_sql("BEGIN IMMEDIATE" if options.get(WRITE) else "BEGIN")

    OwnWrites.track(engine, WRITE)  # so the desk's watcher can tell its own commits (store.watch)
    return engine


def _create_private(path: Path) -> None:
    """Make a new queue file readable by this OS user only (0600) before SQLite opens it: the
    queue holds customers' names, addresses and account numbers in clear, and SQLite made it
    with the process umask (0644, readable by every account on the machine). Its WAL and
    shared-memory files take the database file's permissions, so they stay private too. An
    existing file keeps its permissions (a team may share one on purpose)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError:  # it exists, or the folder refuses: SQLite says what is wrong, as before
        return
    os.close(fd)


def _schema_is_current(engine: Engine) -> bool:
    """True when the database is at the newest revision: the common case, answered in one query
    (Alembic and its dialect modules cost more to import than the whole `case list`)."""
    try:
        with engine.connect() as conn:
            current = {r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))}
    except (OperationalError, DatabaseError):
        return False  # a new database, or one Alembic must look at
    heads = head_revisions()
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
        with writer(engine).begin() as conn:
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
            # a migration may leave data plain for the Store to seal: check it again at open
            conn.execute(text("DELETE FROM sync_state WHERE key = :key"), {"key": at_rest.CHECKED})
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
        from portdesk.store.writable import TO_DO, read_only_reason

        if reason := read_only_reason(engine):  # which file or folder, and what to do
            to_do = TO_DO if Path(str(engine.url.database)).exists() else (
                "make it writable for your user, or name a writable folder with "
                "PORTDESK_DATA_DIR (or a queue with --db)")
            return f"cannot open the queue: {reason}; {to_do}"
        return f"cannot open the database {where}: {text_}; check the path and its permissions"
    return f"database {where} is not usable: {text_}"


def integrity_ok(engine: Engine) -> bool:
    if engine.dialect.name != "sqlite":
        return True
    with engine.connect() as conn:
        return conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
