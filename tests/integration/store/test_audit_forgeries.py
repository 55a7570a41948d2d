"""Every forgery of forgeries.py against a real queue: caught, and named for what it is.

The queue (32 cases, their histories, comments, documents, a checkpoint) is built once through
PortDesk; each forgery works on its own copy, as a forger with the database file would, then
PortDesk opens the copy and `audit verify` must fail and name the kind of break. The benchmark
prints the same list as a table (tests/benchmarks/test_trust_bench.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.integration.store.forgeries import (
    Forgery,
    Template,
    build,
    copy_sqlite,
    verify_forged,
)
from tests.integration.store.forgery_kinds import FORGERIES

REACHABLE = [f for f in FORGERIES if f.within_reach]
ON_POSTGRES = [f for f in FORGERIES if f.name in {
    "alter an entry's changes", "delete an entry in the middle", "swap two entries",
    "truncate the tail and move the head back", "alter an entry, recompute the chain unkeyed",
    "wipe both audit tables", "edit a case's status", "delete a status change",
    "restore an older copy of the log and head"}]


@pytest.fixture(scope="module")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Template]:
    base = tmp_path_factory.mktemp("forgeries")
    path = base / "queue.sqlite3"
    return path, build(f"sqlite:///{path}", base)


def test_there_are_at_least_32_kinds() -> None:
    assert len(REACHABLE) >= 32
    assert len({f.name for f in FORGERIES}) == len(FORGERIES)


def test_the_untouched_copy_verifies(sqlite_template: tuple[Path, Template],
                                     tmp_path: Path) -> None:
    from portdesk.store.store import Store
    from tests.integration.store.forgeries import fixed_box

    src, template = sqlite_template
    url = copy_sqlite(src, tmp_path / "copy.sqlite3")
    store = Store.open(url, box=fixed_box(), anchors=template.anchor_book())
    report = store.audit.verify()
    store.close()
    assert report.ok, report.problem
    assert report.cases == 32 and report.entries > 60


@pytest.mark.parametrize("forged", REACHABLE, ids=lambda f: f.name)
def test_forgery_is_caught_and_named(forged: Forgery, sqlite_template: tuple[Path, Template],
                                     tmp_path: Path) -> None:
    src, template = sqlite_template
    url = copy_sqlite(src, tmp_path / "copy.sqlite3")
    caught, kinds, message = verify_forged(url, template, forged)
    assert caught, f"not caught: {forged.name}"
    assert forged.expect in kinds, f"{forged.name}: expected {forged.expect}, got {message}"


def test_a_stolen_key_without_a_checkpoint_is_out_of_reach(
        sqlite_template: tuple[Path, Template], tmp_path: Path) -> None:
    """Said plainly in the README: with the key and the keyring, only a checkpoint kept
    elsewhere shows the rewrite. This test keeps that statement honest."""
    src, template = sqlite_template
    (forged,) = [f for f in FORGERIES if not f.within_reach]
    caught, _, _ = verify_forged(copy_sqlite(src, tmp_path / "c.sqlite3"), template, forged)
    assert not caught


@pytest.fixture(scope="module")
def pg_template(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
                ) -> Iterator[tuple[str, str, Template]]:
    server: str = request.getfixturevalue("pg_server")
    name = "tpl_" + uuid.uuid4().hex[:10]
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    template = build(_url(server, name), tmp_path_factory.mktemp("pgtpl"))
    yield server, name, template
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _url(server: str, name: str) -> str:
    return server.rsplit("/", 1)[0] + "/" + name


@pytest.mark.postgres
@pytest.mark.parametrize("forged", ON_POSTGRES, ids=lambda f: f.name)
def test_forgery_is_caught_on_postgres(forged: Forgery, pg_template: tuple[str, str, Template]
                                       ) -> None:
    server, source, template = pg_template
    copy = "f_" + uuid.uuid4().hex[:10]
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{copy}" TEMPLATE "{source}"'))
    try:
        caught, kinds, message = verify_forged(_url(server, copy), template, forged)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)'))
        admin.dispose()
    assert caught and forged.expect in kinds, message
