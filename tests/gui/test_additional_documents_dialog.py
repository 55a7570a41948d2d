"""Case > Additional documents over a real sandbox (trust 16): a case file sent as the type
chosen, a new file picked and sent, a wrong one removed, and offline the sends wait in the
outbox with the dialog saying so."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from portdesk.domain.errors import PortDeskError
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from portdesk.ui.additional_documents_dialog import NEW_FILE, AdditionalDocumentsDialog
from portdesk.ui.platform_actions import additional_calls
from portdesk.ui.taskman import TaskManager
from tests.integration.platform.conftest import (  # noqa: F401
    API_KEY,
    make_client,
    make_sandbox,
    sandbox,
)
from tests.integration.platform.sync_helpers import submitted


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


def _pdf(text: str) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, text)
    page.save()
    return out.getvalue()


def _dialog(tasks: TaskManager, desk: Store, case_id: int, connect: Callable[[], object]
            ) -> AdditionalDocumentsDialog:
    load, attach, attach_new, remove = additional_calls(desk, case_id, "tester", connect)
    return AdditionalDocumentsDialog(tasks, "PD", load, attach, attach_new, remove)


def _settled(dialog: AdditionalDocumentsDialog) -> bool:
    return dialog.send_button.isEnabled() and not dialog.status.text().startswith("Reading")


def test_a_case_file_and_a_new_file_are_sent_listed_and_one_removed(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient],  # noqa: F811
        desk: Store, qtbot: QtBot, tasks: TaskManager, tmp_path: Path) -> None:
    client = make_client(sandbox)
    engine = SyncEngine(desk, client)
    case = submitted(desk, ["312-555-0160"])
    assert case.id is not None
    engine.run_once()
    dialog = _dialog(tasks, desk, case.id, lambda: make_client(sandbox))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: _settled(dialog), timeout=10_000)
    assert dialog.status.text() == "No additional document on the order."
    assert dialog.file_box.itemText(0) == "loa.pdf (Signed LOA)"
    assert dialog.type_box.currentData() == "loa"  # the LOA's own kind proposes its type
    dialog.type_box.setCurrentIndex(dialog.type_box.findData("other"))
    dialog.send_button.click()
    qtbot.waitUntil(lambda: "goes to the platform as other document" in dialog.status.text(),
                    timeout=10_000)
    assert dialog.table.item(0, 2).text() == "waiting to be sent (outbox)"

    new = tmp_path / "Signed invoice.pdf"
    new.write_bytes(_pdf("signed invoice"))
    dialog.ask_file = lambda: new  # type: ignore[method-assign]
    dialog.file_box.setCurrentIndex(dialog.file_box.findData(NEW_FILE))
    dialog.type_box.setCurrentIndex(dialog.type_box.findData("invoice"))
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: _settled(dialog), timeout=10_000)

    engine.run_once()
    dialog.reload()
    qtbot.waitUntil(lambda: _settled(dialog) and dialog.table.rowCount() == 2
                    and dialog.table.item(0, 2).text() == "on the platform", timeout=10_000)
    shown = {dialog.table.item(r, 1).text(): dialog.table.item(r, 0).text() for r in range(2)}
    assert shown == {"loa.pdf": "other document", "Signed invoice.pdf": "invoice or bill"}
    wrong = next(r for r in range(2) if dialog.table.item(r, 1).text() == "loa.pdf")
    dialog.table.selectRow(wrong)
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: "removal waits to be sent" in dialog.table.item(wrong, 2).text(),
                    timeout=10_000)
    engine.run_once()
    order_id = desk.cases.get(case.id).platform_order_id or ""
    assert [a.document_type for a in client.additional_documents(order_id)] == ["invoice"]


def test_offline_the_send_waits_and_the_dialog_says_what_it_cannot_show(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient],  # noqa: F811
        desk: Store, qtbot: QtBot, tasks: TaskManager) -> None:
    case = submitted(desk, ["312-555-0161"])
    assert case.id is not None
    SyncEngine(desk, make_client(sandbox)).run_once()

    def no_key() -> object:
        raise PortDeskError("no platform API key is set")

    dialog = _dialog(tasks, desk, case.id, no_key)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: _settled(dialog), timeout=10_000)
    assert "what the order holds is not shown" in dialog.status.text()
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert dialog.table.item(0, 2).text() == "waiting to be sent (outbox)"
    assert "what the order holds is not shown" in dialog.status.text()
