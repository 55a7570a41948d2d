"""The verification codes dialog keeps the desk's lanes (README "Writes go through the database
lane"): the platform is read and asked on the background lane, and what the desk keeps of its
answers (the queue's "waiting on the customer" words, the audit entries) is written on the
database lane. Before, `code_rows` wrote the customer-wait words from the background lane on
every load, send and verify, and the audit entries went the same way."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from portdesk.domain.customer_wait import codes_words, combined
from portdesk.domain.numbers import format_display
from portdesk.platform.client import PlatformClient
from portdesk.platform.errors import Unreachable
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import verification_codes as vc
from portdesk.services.sync import SyncEngine
from portdesk.store.queue import QueueQuery
from portdesk.store.store import Store
from portdesk.ui.platform_actions import codes_calls
from portdesk.ui.taskman import TaskManager
from portdesk.ui.verification_codes_dialog import VerificationCodesDialog
from tests.integration.platform.conftest import (  # noqa: F401
    API_KEY,
    make_client,
    make_sandbox,
    sandbox,
)
from tests.integration.platform.sync_helpers import submitted

FIRST, SECOND = "+13125550150", "+13125550195"
WRITES = ("INSERT", "UPDATE", "DELETE")


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


def _writes_by_thread(desk: Store) -> list[str]:
    """The thread of every statement that writes the desk's database, from now on."""
    threads: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith(WRITES):
            threads.append(threading.current_thread().name)

    event.listen(desk.engine, "before_cursor_execute", seen)
    return threads


def _wait(desk: Store, reference: str) -> str:
    query = QueueQuery(waiting_on_customer=True, sort="customer_wait", descending=False)
    return {r.reference: r.customer_wait for r in desk.queue.page(query).rows}.get(reference, "")


def _codes_sent(server: SandboxServer, order_id: str) -> dict[str, str]:
    root = server.base_url.removesuffix("/v2")
    answer = httpx.get(f"{root}/_sandbox/porting_orders/{order_id}/verification_codes",
                       headers={"Authorization": f"Bearer {API_KEY}"})
    return {r["phone_number"]: r["code"] for r in answer.json()["data"]}


def test_the_platform_on_the_background_lane_what_the_desk_keeps_on_the_database_lane(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient],  # noqa: F811
        desk: Store, qtbot: QtBot, tasks: TaskManager) -> None:
    client = make_client(sandbox)
    case = submitted(desk, ["312-555-0150", "312-555-0195"])
    assert case.id is not None
    SyncEngine(desk, client).run_once()
    order = vc.codes_order(desk, case.id)
    asked: list[str] = []

    def connect() -> Any:
        asked.append(threading.current_thread().name)
        return nullcontext(client)

    writes = _writes_by_thread(desk)
    dialog = VerificationCodesDialog(tasks, "PD", *codes_calls(desk, order, "tester", connect))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.rows) == 2 and dialog.send_button.isEnabled(),
                    timeout=10_000)
    dialog.send_button.click()
    qtbot.waitUntil(lambda: "Ask the customer" in dialog.status.text(), timeout=10_000)
    qtbot.waitUntil(lambda: dialog.send_button.isEnabled(), timeout=10_000)
    assert dialog.status.text().startswith("Code sent by ")  # a sentence, as the dialog's others
    assert _wait(desk, case.reference) == combined(codes_words(2))  # recorded
    dialog.rows[FIRST][2].setText(_codes_sent(sandbox, order.order_id)[FIRST])
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: f"{format_display(FIRST)}: verified" in dialog.status.text(), timeout=10_000)
    qtbot.waitUntil(lambda: dialog.send_button.isEnabled(), timeout=10_000)
    assert _wait(desk, case.reference) == combined(codes_words(1))
    actions = [e.action for e in desk.audit.for_case(case.id)]
    assert {"platform.verification_codes_sent", "platform.verification_codes_checked"} <= set(
        actions)
    assert len(asked) == 3 and all(t.startswith("portdesk-background") for t in asked)
    assert writes and all(t.startswith("portdesk-db") for t in writes), writes


def test_a_send_that_fails_half_way_records_and_says_what_went(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient],  # noqa: F811
        desk: Store) -> None:
    """Texts went, the call did not: the texts are audited and said, the failure too (before,
    the audit of a first method was written at once; now it waits for the database lane and
    must not be lost with the second method's failure)."""
    client = make_client(sandbox)
    case = submitted(desk, ["312-555-0150", "312-555-0195"])
    assert case.id is not None
    SyncEngine(desk, client).run_once()
    order = vc.codes_order(desk, case.id)
    real = client.send_verification_codes

    def send(order_id: str, numbers: list[str], method: str) -> None:
        if method == "call":
            raise Unreachable("cannot reach the platform: the network went away")
        real(order_id, numbers, method)

    client.send_verification_codes = send  # type: ignore[method-assign]
    answer = vc.record(desk, order, vc.send(client, order, {FIRST: "sms", SECOND: "call"}),
                       "tester")
    assert answer.said == [f"code sent by text message (SMS) to {format_display(FIRST)}"]
    assert isinstance(answer.failed, Unreachable) and answer.rows is None
    [entry] = [e for e in desk.audit.for_case(case.id)
               if e.action == "platform.verification_codes_sent"]
    assert entry.changes == {"method": "sms", "numbers": [FIRST]}
    with pytest.raises(Unreachable):
        vc.send_codes(client, desk, case.id, {SECOND: "call"}, "tester")
