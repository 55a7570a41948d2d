"""The port-out screen's "Sent by the gaining carrier" box keeps the desk's lanes and its scratch
rule (README "Writes go through the database lane", "Readable at rest"): the download runs on
the background lane and the filing on the database lane, behind the desk's other writes; the
decrypted copy "Open" hands to a viewer lives in this process's scratch folder inside the data
folder, never the system's temp folder, and is removed when the box goes."""

from __future__ import annotations

import base64
import io
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from portdesk import config, scratch
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox import portouts
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import portout_documents as pd
from portdesk.services.sync import SyncEngine
from portdesk.store.store import Store
from portdesk.ui.portout_documents_box import GainingDocumentsBox
from portdesk.ui.taskman import TaskManager
from tests.integration.platform.conftest import (  # noqa: F401
    API_KEY,
    make_client,
    make_sandbox,
    sandbox,
)


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


def _loa() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Letter of Authorization")
    page.save()
    return out.getvalue()


def _box(sandbox: SandboxServer,  # noqa: F811
         client: PlatformClient, desk: Store, tasks: TaskManager,
         threads: dict[str, str]) -> tuple[GainingDocumentsBox, int, bytes]:
    request = portouts.create(sandbox.sandbox, ["+13125550173"], "Harper Dental LLC")
    SyncEngine(desk, client).run_once()
    case = desk.cases.find_by_platform_order(request["id"])
    assert case is not None and case.id is not None
    loa = _loa()
    root = sandbox.base_url.removesuffix("/v2")
    httpx.post(f"{root}/_sandbox/portouts/{request['id']}/supporting_documents",
               json={"type": "loa", "content_base64": base64.b64encode(loa).decode()},
               headers={"Authorization": f"Bearer {API_KEY}"})
    case_id = case.id

    def fetch(document: pd.GainingDocument) -> pd.Fetched:
        threads["fetch"] = threading.current_thread().name
        return pd.fetch_document(client, document)

    def file(fetched: pd.Fetched) -> pd.Filed:
        threads["file"] = threading.current_thread().name
        return pd.file_document(desk, case_id, fetched, "tester")

    box = GainingDocumentsBox(pd.gaining_documents(client, desk, case_id), "", fetch, file, tasks)
    return box, case_id, loa


def test_save_downloads_off_the_database_lane_and_files_behind_the_desk_s_writes(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient],  # noqa: F811
        desk: Store, qtbot: QtBot, tasks: TaskManager) -> None:
    threads: dict[str, str] = {}
    box, case_id, loa = _box(sandbox, make_client(sandbox), desk, tasks, threads)
    qtbot.addWidget(box)
    release, holding = threading.Event(), threading.Event()

    def a_desk_write_in_progress() -> None:  # a save, say, holding the database lane
        holding.set()
        release.wait(10)

    tasks.run(a_desk_write_in_progress, lane="db")
    assert holding.wait(10)
    box.rows[0][2].click()  # Save to case
    qtbot.waitUntil(lambda: box.status.text() == "Filing it with the case…", timeout=10_000)
    assert desk.documents.for_case(case_id, "other") == []  # it waits its turn
    release.set()
    qtbot.waitUntil(lambda: box.status.text().startswith("Saved to the case's files"),
                    timeout=10_000)
    assert box.rows[0][1].text().endswith("; in the case's files")  # the row follows
    assert threads["fetch"].startswith("portdesk-background")
    assert threads["file"].startswith("portdesk-db")
    kept = desk.documents.for_case(case_id, "other")
    assert len(kept) == 1 and desk.documents.content(kept[0].id) == loa


def test_open_s_copy_is_in_the_data_folder_s_scratch_and_goes_with_the_box(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient],  # noqa: F811
        desk: Store, qtbot: QtBot, tasks: TaskManager, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scratch, "_folder", [])  # this test's data folder, not an earlier one's
    box, _, loa = _box(sandbox, make_client(sandbox), desk, tasks, {})
    shown: list[Path] = []
    box.viewer = shown.append
    box.rows[0][3].click()  # Open
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    copy = shown[0]
    assert copy.read_bytes() == loa
    assert copy.is_relative_to(config.data_dir())
    assert copy.parent.stat().st_mode & 0o077 == 0 and copy.stat().st_mode & 0o777 == 0o400
    box.remove_copies()  # its screen closed
    assert not copy.exists() and not copy.parent.exists()

    box.rows[0][3].click()  # opened again, then the box goes with the desk
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10_000)
    again = shown[1]
    assert again.exists()
    box.deleteLater()
    qtbot.waitUntil(lambda: not again.exists(), timeout=10_000)
    assert not again.parent.exists()


def test_a_crashed_desk_s_viewer_copies_go_at_the_next_start(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from portdesk import app

    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    left = scratch.root() / f"{scratch._host()}-{int(done.stdout)}-abc" / "view-x"
    left.mkdir(parents=True)
    (left / "LOA-PD-000001-gaining-carrier.pdf").write_bytes(b"%PDF- the customer's letter")

    class Started(Exception):
        pass

    def started(*_args: object) -> None:
        raise Started

    monkeypatch.setattr(app, "make_application", started)
    with pytest.raises(Started):
        app.run_gui(None)  # type: ignore[arg-type]
    assert not left.parent.exists()


def test_the_pressed_button_keeps_the_focus(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient],  # noqa: F811
        desk: Store, qtbot: QtBot, tasks: TaskManager) -> None:
    """The buttons are off while it works: Qt moved the focus to the next field (the port-out
    screen's Rejection code, walked at 1024x700) and left it there."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    box, _, _ = _box(sandbox, make_client(sandbox), desk, tasks, {})
    screen = QWidget()
    qtbot.addWidget(screen)
    layout = QVBoxLayout(screen)
    layout.addWidget(box)
    layout.addWidget(QLineEdit())  # what comes after the box
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    save = box.rows[0][2]
    save.setFocus()
    qtbot.waitUntil(save.hasFocus)
    save.click()
    qtbot.waitUntil(lambda: box.status.text().startswith("Saved"), timeout=10_000)
    assert save.hasFocus()
