"""The port-in steps display over a real sandbox: portability, requirements with their states,
FOC windows, exception types, and Activate with the job's progress."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from portdesk.domain.lifecycle import Status
from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services import intents
from portdesk.services.sync import SyncEngine
from portdesk.services.sync_platform_view import activate, platform_view
from portdesk.store.store import Store
from portdesk.ui.platform_steps_view import PlatformStepsView
from portdesk.ui.taskman import TaskManager
from tests.integration.platform.conftest import (  # noqa: F401
    make_client,
    make_sandbox,
    sandbox,
)
from tests.integration.platform.sync_helpers import LOA, new_case, numbers


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(f"sqlite:///{tmp_path / 'desk.sqlite3'}", key_dir=tmp_path)
    yield opened
    opened.close()


def test_the_steps_show_and_activate_runs_to_completed(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient],  # noqa: F811
        desk: Store, qtbot: QtBot) -> None:
    engine = SyncEngine(desk, make_client(sandbox))
    case = new_case(desk, numbers(0, 1))
    assert case.id is not None
    engine.run_once()  # the portability check
    intents.attach_document(desk, case.id, "loa_signed", "loa.pdf", LOA, "tester")
    intents.submit(desk, case.id, "tester")
    for _ in range(20):
        engine.run_once()
        if desk.cases.get(case.id).status == Status.FOC_CONFIRMED:
            break
        sandbox.advance(days=1)
    tm = TaskManager()
    client = make_client(sandbox)
    view = PlatformStepsView(tm, case.reference, lambda: platform_view(client, desk, case.id),
                             lambda: activate(client, desk, case.id))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.view is not None, timeout=10_000)
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [
        "Portability", "Requirements", "FOC windows", "Exception types"]
    portability = view.tabs.widget(0)
    assert [portability.item(0, c).text() for c in range(3)] == ["+13125550100", "yes", "yes"]
    requirements = view.tabs.widget(1)
    assert requirements.item(0, 0).text() == "Letter of Authorization"
    assert requirements.item(0, 2).text() in ("approved", "under review")
    assert view.tabs.widget(3).rowCount() >= 10
    assert view.activate_button.isEnabled()
    view.activate_button.click()
    qtbot.waitUntil(lambda: not view.progress.isHidden() and view.progress.value() == 50,
                    timeout=10_000)
    sandbox.advance(hours=2)
    view.reload()
    qtbot.waitUntil(lambda: view.progress.format() == "activation completed", timeout=10_000)
    assert not view.activate_button.isEnabled()
    tm.shutdown()
