"""A port-out's Local Service Request links (the description's `lsr`: "A link to the Local
Service Request", an array of URIs) reach the port-out screen in words, each web link opened in
the browser by a click, never fetched by the desk; anything else is said, not opened. Before,
the field was read nowhere: the gaining carrier's own order form was invisible."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from portdesk.platform.client import PlatformClient
from portdesk.platform.sandbox import portouts
from portdesk.platform.sandbox.server import SandboxServer
from portdesk.services.sync import SyncEngine
from portdesk.services.sync_portout_review import lsr_words, review
from portdesk.store.store import Store
from portdesk.ui.portout_screen import PortoutScreen
from portdesk.ui.taskman import TaskManager

LINK = "https://carrier.example/lsr/4471.pdf"


def test_lsr_links_reach_the_screen_in_words(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store,
        qtbot: QtBot) -> None:
    request = portouts.create(sandbox.sandbox, ["+13125550174"], "Harper Dental LLC",
                              lsr=[LINK, "file:///etc/passwd"])
    SyncEngine(desk, make_client(sandbox)).run_once()
    case = desk.cases.find_by_platform_order(request["id"])
    assert case is not None and case.id is not None
    seen = review(desk, case.id)
    assert seen.lsr == (LINK, "file:///etc/passwd")
    said = lsr_words(seen.lsr)
    assert said[0] == ("Local Service Request (LSR) 1 from the gaining carrier: opens "
                       "carrier.example in your browser", LINK)
    assert said[1][1] == "" and "is not a web address; PortDesk does not open it" in said[1][0]
    tasks = TaskManager()
    try:
        screen = PortoutScreen(seen, [], lambda *_: None, tasks)
        qtbot.addWidget(screen)
        [header] = [w for w in screen.findChildren(QLabel) if "Local Service Request" in w.text()]
        assert f'href="{LINK}"' in header.text() and 'href="file:' not in header.text()
        assert header.openExternalLinks()
    finally:
        tasks.shutdown()


def test_a_request_without_lsr_says_nothing_of_it(
        sandbox: SandboxServer, make_client: Callable[..., PlatformClient], desk: Store) -> None:
    request = portouts.create(sandbox.sandbox, ["+13125550175"], "Harper Dental LLC")
    SyncEngine(desk, make_client(sandbox)).run_once()
    case = desk.cases.find_by_platform_order(request["id"])
    assert case is not None and case.id is not None
    assert review(desk, case.id).lsr == () and lsr_words(()) == []
