"""The desk's side of trust 15 over a real sandbox: Verification codes (sent per number, typed
hidden, the platform's answer per number, typed codes kept offline), each number's requirements
state in Platform steps, and what the gaining carrier sent on the port-out screen."""

from __future__ import annotations

import base64
import io
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from pathlib import Path

import httpx
import pytest
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from portdesk.domain.numbers import format_display
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox import portouts
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import intents
from portdesk.services import portout_documents as pd
from portdesk.services import verification_codes as vc
from portdesk.services.sync import SyncEngine
from portdesk.services.sync_platform_view import activate, platform_view
from portdesk.store.store import Store
from portdesk.ui.platform_actions import codes_calls
from portdesk.ui.platform_steps_view import PlatformStepsView
from portdesk.ui.portout_documents_box import GainingDocumentsBox
from portdesk.ui.taskman import TaskManager
from portdesk.ui.verification_codes_dialog import VerificationCodesDialog
from tests.integration.platform.conftest import (  # noqa: F401
    API_KEY,
    make_client,
    make_sandbox,
    sandbox,
)
from tests.integration.platform.sync_helpers import LOA, new_case, submitted

FIRST, SECOND = "+13125550150", "+13125550195"


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


def _root(server: SandboxServer) -> str:
    return server.base_url.removesuffix("/v2")


def _dialog(tasks: TaskManager, client: PlatformClient, desk: Store, case_id: int
            ) -> VerificationCodesDialog:
    """The dialog as the desk opens it (ui.platform_actions.codes_calls), over one client."""
    order = vc.codes_order(desk, case_id)
    return VerificationCodesDialog(
        tasks, "PD", *codes_calls(desk, order, "tester", lambda: nullcontext(client)))


def test_codes_are_sent_per_number_typed_hidden_and_answered_per_number(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient],  # noqa: F811
        desk: Store, qtbot: QtBot, tasks: TaskManager) -> None:
    client = make_client(sandbox)
    case = submitted(desk, ["312-555-0150", "312-555-0195"])
    assert case.id is not None
    SyncEngine(desk, client).run_once()
    order_id = desk.cases.get(case.id).platform_order_id
    dialog = _dialog(tasks, client, desk, case.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.rows) == 2, timeout=10_000)
    dialog.rows[SECOND][1].setCurrentIndex(dialog.rows[SECOND][1].findData("call"))
    dialog.send_button.click()
    qtbot.waitUntil(lambda: "voice call" in dialog.status.text(), timeout=10_000)
    qtbot.waitUntil(lambda: dialog.send_button.isEnabled(), timeout=10_000)
    phones = {r["phone_number"]: r for r in httpx.get(
        f"{_root(sandbox)}/_sandbox/porting_orders/{order_id}/verification_codes",
        headers={"Authorization": f"Bearer {API_KEY}"}).json()["data"]}
    assert phones[FIRST]["method"] == "sms" and phones[SECOND]["method"] == "call"

    first, second = dialog.rows[FIRST][2], dialog.rows[SECOND][2]
    assert first.echoMode() == first.EchoMode.Password  # never shown while typed
    first.setText(phones[FIRST]["code"])
    second.setText("x" + phones[SECOND]["code"])
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: "not accepted" in dialog.status.text(), timeout=10_000)
    assert f"{format_display(FIRST)}: verified" in dialog.status.text()
    assert f"{format_display(SECOND)}: the code was not accepted" in dialog.status.text()
    qtbot.waitUntil(lambda: not dialog.rows[FIRST][2].isEnabled(), timeout=10_000)
    assert all(field.text() == "" for _, _, field in dialog.rows.values())  # gone once answered
    assert dialog.rows[FIRST][0].text() == "verified"


def test_offline_the_typed_codes_stay_and_the_dialog_says_it_needs_the_platform(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient],  # noqa: F811
        desk: Store, qtbot: QtBot, tasks: TaskManager) -> None:
    client = make_client(sandbox)
    case = submitted(desk, ["312-555-0150", "312-555-0195"])
    assert case.id is not None
    SyncEngine(desk, client).run_once()
    vc.send_codes(client, desk, case.id, {FIRST: "sms", SECOND: "sms"}, "tester")
    offline = PlatformClient("http://127.0.0.1:9/v2", API_KEY, sleep=lambda _: None)
    order = vc.codes_order(desk, case.id)
    load, _, _, record = codes_calls(desk, order, "tester", lambda: nullcontext(client))
    _, send, verify, _ = codes_calls(desk, order, "tester", lambda: nullcontext(offline))
    dialog = VerificationCodesDialog(tasks, "PD", load, send, verify, record)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.rows) == 2, timeout=10_000)
    dialog.rows[FIRST][2].setText("12345")
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: "needs the platform" in dialog.status.text(), timeout=10_000)
    assert "still here" in dialog.status.text()
    assert dialog.rows[FIRST][2].text() == "12345"
    offline.close()


def test_platform_steps_shows_each_number_s_requirements_and_opens_the_codes(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient],  # noqa: F811
        desk: Store, qtbot: QtBot, tasks: TaskManager) -> None:
    client = make_client(sandbox)
    gb = ["+442079460101", "+442079460102"]
    case = new_case(desk, gb, btn=gb[0])
    assert case.id is not None
    intents.attach_document(desk, case.id, "loa_signed", "loa.pdf", LOA, "tester")
    intents.submit(desk, case.id, "tester")
    SyncEngine(desk, client).run_once()
    opened: list[bool] = []
    view = PlatformStepsView(tasks, case.reference, lambda: platform_view(client, desk, case.id),
                             lambda: activate(client, desk, case.id),
                             open_codes=lambda: opened.append(True))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.view is not None, timeout=10_000)
    names = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    numbers = view.tabs.widget(names.index("Numbers"))
    assert [numbers.item(0, c).text() for c in range(2)] == [gb[0], "information needed"]
    assert "give the missing document" in numbers.item(0, 2).text()
    assert not view.codes_button.isEnabled()  # this order asks no codes


def _loa() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Letter of Authorization")
    page.save()
    return out.getvalue()


def test_the_gaining_carrier_s_documents_are_saved_and_only_a_pdf_is_opened(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient],  # noqa: F811
        desk: Store, qtbot: QtBot, tasks: TaskManager) -> None:
    client = make_client(sandbox)
    request = portouts.create(sandbox.sandbox, ["+13125550172"], "Harper Dental LLC")
    SyncEngine(desk, client).run_once()
    case = desk.cases.find_by_platform_order(request["id"])
    assert case is not None and case.id is not None
    none = GainingDocumentsBox(pd.gaining_documents(client, desk, case.id), "", lambda d: None,
                               lambda f: None, tasks)  # type: ignore[arg-type, return-value]
    qtbot.addWidget(none)
    assert none.status.text() == pd.NONE_SENT and not none.rows

    loa = _loa()
    for kind, content in (("loa", loa), ("invoice", b"#!/bin/sh\necho hi\n")):
        httpx.post(f"{_root(sandbox)}/_sandbox/portouts/{request['id']}/supporting_documents",
                   json={"type": kind, "content_base64": base64.b64encode(content).decode()},
                   headers={"Authorization": f"Bearer {API_KEY}"})
    box = GainingDocumentsBox(pd.gaining_documents(client, desk, case.id), "",
                              lambda d: pd.fetch_document(client, d),
                              lambda f: pd.file_document(desk, case.id, f, "tester"), tasks)
    qtbot.addWidget(box)
    shown: list[Path] = []
    box.viewer = shown.append
    box.rows[0][3].click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown[0].suffix == ".pdf" and shown[0].read_bytes() == loa
    box.rows[1][3].click()
    qtbot.waitUntil(lambda: box.status.text().startswith("Not opened"), timeout=10_000)
    assert len(shown) == 1 and "never opened" in box.status.text()
    assert len(desk.documents.for_case(case.id, "other")) == 2


def test_unreadable_documents_say_why(qtbot: QtBot, tasks: TaskManager) -> None:
    box = GainingDocumentsBox(None, "cannot reach the platform", lambda d: None,  # type: ignore
                              lambda f: None, tasks)  # type: ignore[arg-type, return-value]
    qtbot.addWidget(box)
    assert box.status.text().startswith("Could not read them: cannot reach the platform")
