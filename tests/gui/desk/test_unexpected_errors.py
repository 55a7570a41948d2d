"""An error no slot caught is logged with its traceback and said in the status bar: PySide hands
it to sys.excepthook, whose default printed it on stderr only (a desk started from its menu shows
that nowhere, and the log had nothing): the chosen action silently did nothing."""

from __future__ import annotations

import logging
import sys
import threading

import pytest

from portdesk.domain.errors import PortDeskError
from portdesk.ui import errors
from portdesk.ui.main_window import MainWindow
from portdesk.ui.taskman import UNEXPECTED


def _raised(exc: BaseException) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise exc
    except BaseException as caught:  # noqa: BLE001 - the very exception, with its traceback
        return type(caught), caught, caught.__traceback__


def test_an_unexpected_error_is_logged_and_said(window: MainWindow,
                                                caplog: pytest.LogCaptureFixture) -> None:
    hook = errors.hook_for(window)
    with caplog.at_level(logging.ERROR, logger="portdesk.ui.errors"):
        hook(*_raised(KeyError("case 41")))  # type: ignore[arg-type]
    assert window.status.currentMessage() == UNEXPECTED
    [record] = [r for r in caplog.records if r.name == "portdesk.ui.errors"]
    assert record.exc_info is not None and record.exc_info[0] is KeyError


def test_a_portdesk_error_is_said_in_its_own_words(window: MainWindow) -> None:
    errors.hook_for(window)(*_raised(PortDeskError("the case was merged")))  # type: ignore[arg-type]
    assert window.status.currentMessage() == "the case was merged"


def test_installed_it_is_the_process_hook_and_keeps_the_previous_for_a_stop(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    stops: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, *_: stops.append(kind))
    errors.install(window)  # monkeypatch puts the previous hook back after the test
    sys.excepthook(*_raised(ValueError("a slot's bug")))  # type: ignore[arg-type]
    assert window.status.currentMessage() == UNEXPECTED
    sys.excepthook(*_raised(KeyboardInterrupt()))  # type: ignore[arg-type]
    assert stops == [KeyboardInterrupt]


def test_an_error_on_a_worker_thread_is_logged_and_leaves_the_widgets_alone(
        window: MainWindow, caplog: pytest.LogCaptureFixture) -> None:
    """A slot run on a worker thread (a QThread's) must not touch the status bar from there."""
    window.status.clearMessage()
    hook = errors.hook_for(window)
    with caplog.at_level(logging.ERROR, logger="portdesk.ui.errors"):
        worker = threading.Thread(target=hook, args=_raised(KeyError("case 7")))
        worker.start()
        worker.join()
    assert window.status.currentMessage() == ""
    assert [r.exc_info[0] for r in caplog.records
            if r.name == "portdesk.ui.errors" and r.exc_info] == [KeyError]
