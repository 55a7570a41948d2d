"""The port-out screen over a real sandbox and store: the request against the account, the
countdown, Authorize, Reject with an eligible code (1001 needs a reason)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from datetime import timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from portdesk.domain.errors import PortDeskError
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox import portouts
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import intents
from portdesk.services.sync import SyncEngine
from portdesk.services.sync_portout_review import eligible_codes, review
from portdesk.store.store import Store
from portdesk.store.sync_repo import SyncRepository
from portdesk.ui.portout_screen import PortoutScreen
from portdesk.ui.taskman import TaskManager
from tests.helpers import case
from tests.integration.platform.conftest import (  # noqa: F401
    API_KEY,
    make_client,
    make_sandbox,
    sandbox,
)

SCREENSHOT = Path(__file__).resolve().parents[2] / "resources" / "screenshots" / "portout.png"


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(f"sqlite:///{tmp_path / 'desk.sqlite3'}", key_dir=tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[TaskManager]:
    tm = TaskManager()
    yield tm
    tm.shutdown()


@pytest.fixture
def arrived(sandbox: SandboxServer, make_client: Callable[..., PlatformClient],  # noqa: F811
            desk: Store) -> tuple[SyncEngine, int]:
    desk.cases.create(case(numbers=["312-555-0160"], account_name="Harper Dental LLC",
                           authorized_name="Ann Harper", account_number="4410-2231-09",
                           pin="4821", service_address={
                               "line1": "100 Main Street", "line2": "", "city": "Springfield",
                               "state": "IL", "postal_code": "62701"}),
                      "tester")
    engine = SyncEngine(desk, make_client(sandbox))
    engine.run_once()
    portouts.create(sandbox.sandbox, ["+13125550160"], "Harper Dental LLC", "Riverbend Wireless",
                    attempted_pin="1234", authorized_name="Bob Stranger")
    engine.run_once()
    [found] = [c for c in desk.cases.iter_all() if c.kind.value == "port_out"]
    assert found.id is not None
    return engine, found.id


def screen_for(engine: SyncEngine, desk: Store, case_id: int, hours_in: float,
               qtbot: QtBot, tasks: TaskManager,
               decide: Callable[[bool, str, int | None, bool], None] | None = None,
               tz: tzinfo | None = None) -> PortoutScreen:
    seen = review(desk, case_id)
    assert seen.received_at is not None
    codes = eligible_codes(engine.client, desk, case_id)

    def record(authorize: bool, reason: str, code: int | None, host_messaging: bool) -> None:
        intents.decide_portout(desk, case_id, authorize, reason, "tester",
                               next((c for c in codes if c.code == code), None),
                               host_messaging=host_messaging)

    screen = PortoutScreen(seen, codes, decide or record, tasks,
                           now=lambda: seen.received_at + timedelta(hours=hours_in), tz=tz)
    qtbot.addWidget(screen)
    return screen


def test_the_request_is_set_against_the_account_with_the_countdown(
        arrived: tuple[SyncEngine, int], desk: Store, qtbot: QtBot,
        tasks: TaskManager) -> None:
    engine, case_id = arrived
    screen = screen_for(engine, desk, case_id, 3.5, qtbot, tasks)
    rows = {screen.table.item(r, 0).text(): (screen.table.item(r, 1).text(),
                                             screen.table.item(r, 2).text(),
                                             screen.table.item(r, 3).text())
            for r in range(screen.table.rowCount())}
    assert rows["Name"][2] == "matches"
    assert rows["Authorized person"] == ("Bob Stranger", "Ann Harper", "differs")
    assert rows["PIN"][2] == "differs" and "1234" not in rows["PIN"][0]  # masked
    assert rows["Account number"][2] == "not given"
    assert "20 h 30 min" in screen.countdown.text() and "44 h 30 min" in screen.countdown.text()
    assert "Riverbend Wireless" in screen.findChildren(type(screen.countdown))[0].text()
    if os.environ.get("PORTDESK_SCREENSHOTS") or not SCREENSHOT.exists():
        screen.show()
        qtbot.waitExposed(screen)
        screen.grab().save(str(SCREENSHOT))


def test_reject_needs_an_eligible_code_and_1001_a_reason(
        arrived: tuple[SyncEngine, int], desk: Store, qtbot: QtBot,
        tasks: TaskManager) -> None:
    engine, case_id = arrived
    screen = screen_for(engine, desk, case_id, 1, qtbot, tasks)
    codes = [screen.code.itemData(i) for i in range(screen.code.count())]
    assert codes == [1001, 1002, 1003, 1004, 1005]
    screen.code.setCurrentIndex(0)  # 1001 Other
    assert not screen.reject_button.isEnabled()
    screen.reason.setText("the customer says they never asked for this")
    assert screen.reject_button.isEnabled()
    with qtbot.waitSignal(screen.answered) as answered:
        screen.reject_button.click()
    assert answered.args == [False]
    [item] = [i for i, state, _ in SyncRepository(desk.sessions, desk.box).items_for_case(case_id)
              if i.intent == "portout" and state == "pending"]
    assert item.payload == {"authorize": False, "code": 1001,
                            "reason": "the customer says they never asked for this"}
    engine.run_once()
    assert engine.client.get_portout(desk.cases.get(case_id).platform_order_id or "") \
        .rejection_code == 1001


@pytest.mark.parametrize("keep", [False, True])
def test_the_authorization_carries_the_texts_decision(
        arrived: tuple[SyncEngine, int], desk: Store, qtbot: QtBot, tasks: TaskManager,
        keep: bool) -> None:
    """The description's host_messaging (default false): asked on the screen, unticked by
    default, sent with the authorization and on the platform's record after the sync."""
    engine, case_id = arrived
    screen = screen_for(engine, desk, case_id, 2, qtbot, tasks)
    assert not screen.keep_texts.isChecked() and screen.keep_texts.isEnabled()
    assert "the platform's default" in screen.keep_texts.toolTip()
    screen.keep_texts.setChecked(keep)
    with qtbot.waitSignal(screen.answered):
        screen.authorize_button.click()
    [item] = [i for i, state, _ in SyncRepository(desk.sessions, desk.box).items_for_case(case_id)
              if i.intent == "portout" and state == "pending"]
    assert item.payload["host_messaging"] is keep
    engine.run_once()
    portout = engine.client.get_portout(desk.cases.get(case_id).platform_order_id or "")
    assert portout.status == "authorized" and portout.raw.get("host_messaging") is keep


def test_after_48_hours_the_screen_gives_the_rule_not_a_status_and_answers_show_errors(
        arrived: tuple[SyncEngine, int], desk: Store, qtbot: QtBot,
        tasks: TaskManager) -> None:
    engine, case_id = arrived
    screen = screen_for(engine, desk, case_id, 49, qtbot, tasks)
    said = screen.countdown.text()  # the platform's answer comes with the next sync, not here
    assert said.startswith("48 hours passed on ") and "next sync" in said
    assert desk.cases.get(case_id).platform_status == "pending"
    intents.decide_portout(desk, case_id, True, "", "tester")
    desk_case = desk.cases.get(case_id)
    assert desk_case.platform_status == "pending"
    screen.authorize_button.click()  # the same answer twice is refused by dedupe, not an error
    qtbot.waitUntil(lambda: not screen.sending)
    assert screen.result() == 1 or screen.error.text()


def test_the_answer_is_written_off_the_gui_thread_with_progress_and_a_clear_error(
        arrived: tuple[SyncEngine, int], desk: Store, qtbot: QtBot,
        tasks: TaskManager) -> None:
    engine, case_id = arrived
    gate, threads = threading.Event(), []

    def slow_refusal(authorize: bool, reason: str, code: int | None, texts: bool) -> None:
        threads.append(threading.current_thread())
        gate.wait(10)
        raise PortDeskError("the queue is busy (another PortDesk is writing); try again")

    screen = screen_for(engine, desk, case_id, 2, qtbot, tasks, slow_refusal)
    screen.authorize_button.click()
    qtbot.waitUntil(lambda: bool(threads))
    assert threads[0] is not threading.main_thread()
    assert screen.progress.text() == "Recording the authorization…"
    assert not screen.authorize_button.isEnabled() and not screen.reject_button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: not screen.sending)
    assert screen.error.text() == ("The answer was not recorded: the queue is busy (another "
                                   "PortDesk is writing); try again")
    assert screen.authorize_button.isEnabled() and screen.result() == 0 and not screen.progress.text()


def test_the_case_menu_opens_the_port_out_screen(
        arrived: tuple[SyncEngine, int], desk: Store, sandbox: SandboxServer,  # noqa: F811
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QSettings

    from portdesk.config import Settings
    from portdesk.ui.main_window import MainWindow

    _, case_id = arrived
    monkeypatch.setenv("PORTDESK_PLATFORM_KEY", API_KEY)  # the key with its address
    monkeypatch.setenv("PORTDESK_PLATFORM_URL", sandbox.base_url)
    settings = Settings()
    settings.platform_url = sandbox.base_url
    window = MainWindow(settings, "tester",
                        qsettings=QSettings(str(tmp_path / "v.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.attach_store(desk)
    window.case_panel.open_case(case_id)
    qtbot.waitUntil(lambda: window.case_panel.case_id == case_id)
    window.actions_.actions["portout_answer"].trigger()
    qtbot.waitUntil(lambda: bool(window.findChildren(PortoutScreen)), timeout=10_000)
    [screen] = window.findChildren(PortoutScreen)
    assert screen.code.count() == 5 and screen.review.case_id == case_id
    # the answer keeps the code's words from the platform's list: the timeline says them
    screen.code.setCurrentIndex(1)
    chosen = screen.codes[1]
    screen.reason.setText("the PIN given is not this account's")
    with qtbot.waitSignal(screen.answered, timeout=10_000):
        screen.reject_button.click()
    from portdesk.services.timeline import timeline

    titles = [t.title for t in timeline(desk, case_id)]
    assert f"Port-out rejected: {chosen.description} (code {chosen.code})" in titles, titles
    screen.close()
    window.close()


def test_an_foc_still_stored_as_a_utc_date_is_said_so(
        arrived: tuple[SyncEngine, int], desk: Store, qtbot: QtBot,
        tasks: TaskManager) -> None:
    """Migration 0009 lists port-out FOCs an older PortDesk stored as UTC dates; the screen
    showed the bare day (the queue alone flagged it)."""
    from datetime import date

    from PySide6.QtWidgets import QLabel

    from portdesk.services.sync_dates import UTC_DAYS

    engine, case_id = arrived
    desk.outbox.set_case_values(case_id, foc_date=date(2026, 3, 10))
    plain = screen_for(engine, desk, case_id, 3.5, qtbot, tasks)
    assert not [lb.text() for lb in plain.findChildren(QLabel) if "older PortDesk" in lb.text()]
    desk.outbox.put_json(UTC_DAYS, {str(case_id): "2026-03-10"})
    flagged = screen_for(engine, desk, case_id, 3.5, qtbot, tasks)
    [header] = [lb.text() for lb in flagged.findChildren(QLabel) if "asks to port out" in lb.text()]
    assert "on 2026-03-10 (a UTC date stored by an older PortDesk" in header


def test_a_value_given_with_nothing_on_file_is_unverifiable_and_numbers_read_as_written(
        arrived: tuple[SyncEngine, int], desk: Store, qtbot: QtBot,
        tasks: TaskManager) -> None:
    """The request gave a PIN; the account has none on file: nothing to judge it by, so
    "unverifiable" (it read "not given" beside the masked PIN the request carried). The number
    is written as everywhere else in the desk (NPA-NXX-XXXX), not as the wire's E.164."""
    from dataclasses import replace

    from PySide6.QtWidgets import QLabel

    engine, case_id = arrived
    [port_in] = [c for c in desk.cases.iter_all() if c.kind.value == "port_in"]
    desk.cases.update(replace(port_in, pin=""), "tester")
    screen = screen_for(engine, desk, case_id, 3.5, qtbot, tasks)
    rows = {screen.table.item(r, 0).text(): (screen.table.item(r, 1).text(),
                                             screen.table.item(r, 2).text(),
                                             screen.table.item(r, 3).text())
            for r in range(screen.table.rowCount())}
    assert rows["PIN"] == ("••••", "(not on file)", "unverifiable")
    assert rows["Account number"][2] == "not given"
    [header] = [lb.text() for lb in screen.findChildren(QLabel) if "asks to port out" in lb.text()]
    assert "<b>312-555-0160</b>" in header and "+13125550160" not in header


def test_a_cancelled_requests_foc_is_not_shown_as_a_date_to_come(
        arrived: tuple[SyncEngine, int], desk: Store, qtbot: QtBot,
        tasks: TaskManager) -> None:
    """The request ended (canceled on the platform): the numbers will not leave on its FOC."""
    from datetime import date

    from PySide6.QtWidgets import QLabel

    engine, case_id = arrived
    desk.outbox.set_case_values(case_id, foc_date=date(2026, 3, 10))
    live = screen_for(engine, desk, case_id, 3.5, qtbot, tasks)
    [header] = [lb.text() for lb in live.findChildren(QLabel) if "asks to port out" in lb.text()]
    assert " on 2026-03-10 (it may port up to 10 days later)" in header
    desk.outbox.set_case_values(case_id, status="cancelled")
    gone = screen_for(engine, desk, case_id, 3.5, qtbot, tasks)
    [header] = [lb.text() for lb in gone.findChildren(QLabel) if "asks to port out" in lb.text()]
    assert "its FOC 2026-03-10 will not happen" in header and " on 2026-03-10" not in header


def test_the_deadline_is_said_in_the_desks_porting_zone(
        arrived: tuple[SyncEngine, int], desk: Store, qtbot: QtBot,
        tasks: TaskManager) -> None:
    """The desk's porting zone, not the machine's: a specialist in Chicago working a desk whose
    machine runs on UTC reads the deadline as the porting zone has it, the zone named."""
    engine, case_id = arrived
    chicago = ZoneInfo("America/Chicago")
    screen = screen_for(engine, desk, case_id, 3.5, qtbot, tasks, tz=chicago)
    seen = screen.review
    assert seen.received_at is not None
    may = (seen.received_at + timedelta(hours=24)).astimezone(chicago)
    text = screen.countdown.text()
    assert may.strftime("%H:%M") in text and ("CST" in text or "CDT" in text)
