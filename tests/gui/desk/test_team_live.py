"""Two desks on one PostgreSQL queue: a save on one shows on the other without a refresh, each
editor names the colleague who has the same case open, and the database going away and coming
back is said in the status bar while the specialist's typing is kept and saved on return."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from portdesk.config import Settings, data_dir
from portdesk.store.store import Store
from portdesk.ui.main_window import MainWindow
from portdesk.ui.team_live import TeamHookup
from tests.gui.desk.test_case_editor import type_into
from tests.helpers import case
from tests.pg import PgServer, find_bin, postgres_server

pytestmark = pytest.mark.postgres


def desk_window(qtbot, tmp_path: Path, store: Store, actor: str) -> MainWindow:
    window = MainWindow(Settings(desk_name=f"{actor.split()[0]}'s desk"), actor,
                        qsettings=QSettings(str(tmp_path / f"{actor}.ini"),
                                            QSettings.Format.IniFormat))
    window.team = TeamHookup(window)
    qtbot.addWidget(window)
    window.show()
    window.attach_store(store)
    qtbot.waitUntil(lambda: window.team.listener is not None
                    and window.team.listener.connected.is_set(), timeout=10_000)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    return window


def open_case(qtbot, window: MainWindow, case_id: int) -> None:
    window.case_panel.open_case(case_id)
    qtbot.waitUntil(lambda: window.case_panel.case_id == case_id)


def customer_shown(window: MainWindow, case_id: int) -> str:
    row = window.model.row_at(window.model.row_of_id(case_id))
    return row.account_name if row is not None else ""


@pytest.fixture
def two_stores(pg_url: str) -> Iterator[tuple[Store, Store]]:
    first, second = Store.open(pg_url), Store.open(pg_url)
    yield first, second
    first.close()
    second.close()


def test_a_colleagues_save_shows_live_and_the_editor_names_who_else_has_the_case(
        qtbot, tmp_path: Path, two_stores: tuple[Store, Store]) -> None:
    stores = two_stores
    made = stores[0].cases.create(case(), "tester")
    assert made.id is not None
    maria = desk_window(qtbot, tmp_path, stores[0], "Maria Lopez")
    tom = desk_window(qtbot, tmp_path, stores[1], "Tom Okafor")
    open_case(qtbot, maria, made.id)
    open_case(qtbot, tom, made.id)
    tom_banner = tom.team.banner
    maria_banner = maria.team.banner
    qtbot.waitUntil(lambda: tom_banner.isVisible())
    assert "Maria Lopez is editing since " in tom_banner.text()
    qtbot.waitUntil(lambda: "Tom Okafor is editing" in maria_banner.text())

    type_into(maria.case_panel.editor.widgets["account_name"], "Harbor Dental Group Inc")
    maria.case_panel.save()
    qtbot.waitUntil(lambda: customer_shown(tom, made.id) == "Harbor Dental Group Inc")
    qtbot.waitUntil(lambda: tom.case_panel.base is not None
                    and tom.case_panel.base.account_name == "Harbor Dental Group Inc")  # Tom had no edits: his editor follows

    maria.close()
    qtbot.waitUntil(lambda: not tom_banner.isVisible())
    tom.close()


@pytest.fixture
def own_server() -> Iterator[PgServer]:
    if not find_bin("initdb"):
        pytest.skip("PostgreSQL (initdb) is not installed")
    with postgres_server() as server:
        yield server


def test_the_server_going_away_mid_edit(qtbot, tmp_path: Path, own_server: PgServer) -> None:
    store = Store.open(own_server.url)
    made = store.cases.create(case(), "tester")
    assert made.id is not None
    desk = desk_window(qtbot, tmp_path, store, "Maria Lopez")
    open_case(qtbot, desk, made.id)
    state = desk.team.db_state

    own_server.stop()
    qtbot.waitUntil(lambda: state.isVisible(), timeout=10_000)
    assert "Database unreachable" in state.text()
    type_into(desk.case_panel.editor.widgets["account_name"], "Harbor Dental Group Inc")
    journal = data_dir() / "recovery"
    qtbot.waitUntil(lambda: any(journal.glob("*")))  # typed work is on disk
    desk.case_panel.save()  # the autosave tries, fails, keeps the edits
    qtbot.waitUntil(lambda: not desk.case_panel._saving, timeout=20_000)
    assert desk.case_panel.dirty

    own_server.start()
    qtbot.waitUntil(lambda: not state.isVisible(), timeout=30_000)
    qtbot.waitUntil(lambda: not desk.case_panel.dirty, timeout=10_000)
    assert store.cases.get(made.id).account_name == "Harbor Dental Group Inc"
    desk.close()
    store.close()
