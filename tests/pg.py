"""A throwaway PostgreSQL server on loopback for the store tests, when initdb is on the machine."""

from __future__ import annotations

import atexit
import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def find_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    """A throwaway server that a test may stop and start again (the server going away)."""

    def __init__(self, base: Path, port: int, as_user: list[str], pg_ctl: str) -> None:
        self.base, self.port, self._as_user, self._pg_ctl = base, port, as_user, pg_ctl
        self._env = {**os.environ, "LC_ALL": "C.UTF-8"}
        self.url = f"postgresql+psycopg://portdesk@127.0.0.1:{port}/postgres"

    def start(self) -> None:
        subprocess.run([*self._as_user, self._pg_ctl, "-D", str(self.base / "data"), "-l",
                        str(self.base / "log"), "-w", "-o",
                        f"-k {self.base} -h 127.0.0.1 -p {self.port} -c fsync=off", "start"],
                       check=True, capture_output=True, env=self._env)

    def stop(self, mode: str = "fast") -> None:
        subprocess.run([*self._as_user, self._pg_ctl, "-D", str(self.base / "data"), "-m", mode,
                        "-w", "stop"], capture_output=True, env=self._env)


_CLUSTERS: dict[tuple[str, ...], Path] = {}  # initdb's data directory, by command, this process
_CLUSTERS_LOCK = threading.Lock()


def _initialised(initdb: str, as_user: list[str], env: dict[str, str]) -> Path:
    """A data directory initdb made once per process and never started: every server of the run
    starts on a copy of it (postgres_server). initdb bootstraps the catalogs and the template
    databases (2-7 s on a loaded machine, each time the same); copying its result costs a
    fraction of that. The copy is what initdb would have written, but for the system identifier
    in pg_control that the servers then share (only replication reads it)."""
    key = (initdb, *as_user)
    with _CLUSTERS_LOCK:
        made = _CLUSTERS.get(key)
        if made is None:
            base = Path(tempfile.mkdtemp(prefix="portdesk-pg-initdb-"))
            atexit.register(shutil.rmtree, base, ignore_errors=True)
            if as_user:
                shutil.chown(base, "postgres")
            subprocess.run([*as_user, initdb, "-D", str(base / "data"), "-A", "trust", "-U",
                            "portdesk", "-E", "UTF8"], check=True, capture_output=True, env=env)
            made = _CLUSTERS[key] = base / "data"
        return made


@contextmanager
def postgres_server() -> Iterator[PgServer]:
    """A fresh server on a copy of the run's initdb output (`_initialised`); initdb refuses root,
    so it runs as `postgres`, and so does the copy (the server's files stay its own)."""
    initdb, pg_ctl = find_bin("initdb"), find_bin("pg_ctl")
    if not initdb or not pg_ctl:
        raise FileNotFoundError("initdb not found")
    as_user: list[str] = []
    base = Path(tempfile.mkdtemp(prefix="portdesk-pg-"))
    if os.geteuid() == 0:
        # runuser lives in sbin, which a minimal PATH (a clean CI shell, `env -i`) leaves out
        runuser = shutil.which("runuser", path=f"{os.environ.get('PATH', '')}:/usr/sbin:/sbin")
        if runuser is None:
            raise FileNotFoundError("runuser not found")
        as_user = [runuser, "-u", "postgres", "--"]
        shutil.chown(base, "postgres")
    server = PgServer(base, _free_port(), as_user, pg_ctl)
    subprocess.run([*as_user, "cp", "-a", str(_initialised(initdb, as_user, server._env)),
                    str(base / "data")], check=True, capture_output=True, env=server._env)
    server.start()
    try:
        yield server
    finally:
        server.stop("immediate")
        shutil.rmtree(base, ignore_errors=True)


@contextmanager
def throwaway_postgres() -> Iterator[str]:
    """Yield a SQLAlchemy URL of a fresh server."""
    with postgres_server() as server:
        yield server.url


def _database_url(server: str, name: str) -> str:
    return server.rsplit("/", 1)[0] + "/" + name


@contextmanager
def fresh_database(server: str, template: str | None = None) -> Iterator[str]:
    """A new database on the throwaway server (dropped after, connections and all): empty, or a
    copy of `template` (`migrated_database`) with its own database id."""
    from sqlalchemy import create_engine, text

    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            copy = f' TEMPLATE "{template}"' if template else ""
            conn.execute(text(f'CREATE DATABASE "{name}"{copy}'))
        url = _database_url(server, name)
        if template:
            _new_database_id(url)
        yield url
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


def migrated_database(server: str) -> str:
    """The name of a database on the throwaway server migrated as Store.open migrates a new one
    (Alembic, every revision: about 2 s on a loaded machine), for `fresh_database` to copy.

    It then takes no connections (PostgreSQL copies a template only while nobody is connected to
    it, and nothing can change it: the SQLite side's read-only file, tests/fresh_queue.py). A copy
    is what a new queue is once migrated: the newest schema and its own database id
    (`_new_database_id`, drawn as migration 0004 draws it). The migrations themselves are still
    run on PostgreSQL by the store tests (tests/integration/store/conftest.py's `db_url` gives
    them an empty database)."""
    from sqlalchemy import create_engine, text

    from portdesk.store.engine import make_engine, migrate

    name = "tpl_" + uuid.uuid4().hex[:12]
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        engine = make_engine(_database_url(server, name))
        try:
            migrate(engine)
        finally:
            engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS false'))
    finally:
        admin.dispose()
    return name


def _new_database_id(url: str) -> None:
    """A copy's own database id: its audit entries and seals are made with it, and no two queues
    of a run may share one (tests/fresh_queue.py does the same to a copied SQLite queue)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            done = conn.execute(text("UPDATE sync_state SET value = :value "
                                     "WHERE key = 'database.id'"),
                                {"value": secrets.token_hex(5)})
            assert done.rowcount == 1
    finally:
        engine.dispose()
