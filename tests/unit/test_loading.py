"""The command line's pause of the cyclic collector while it loads (portdesk.loading): bounded,
resumed with the start-up objects frozen once the Store is open, never in a test's process.

The collector is a stand-in here: the test run keeps the real one under its own rule
(tests/main_thread_gc.py), and freezing it would keep an earlier test's garbage until exit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from portdesk import cli, loading


class Collector:
    def __init__(self) -> None:
        self.enabled, self.frozen = True, 0

    def isenabled(self) -> bool:
        return self.enabled

    def disable(self) -> None:
        self.enabled = False

    def enable(self) -> None:
        self.enabled = True

    def freeze(self) -> None:
        self.frozen += 1


@pytest.fixture
def gc(monkeypatch: pytest.MonkeyPatch) -> Iterator[Collector]:
    fake = Collector()
    monkeypatch.setattr(loading, "gc", fake)
    yield fake
    loading.resume()


def test_a_pause_ends_with_the_store_open_and_freezes_what_is_loaded(gc: Collector) -> None:
    loading.pause(limit_s=600)
    assert not gc.enabled
    loading.pause(limit_s=600)  # a second pause changes nothing
    loading.resume(freeze=True)
    assert gc.enabled and gc.frozen == 1
    loading.resume(freeze=True)  # no pause running: nothing more is frozen
    assert gc.enabled and gc.frozen == 1


def test_a_pause_never_outlasts_its_limit(gc: Collector) -> None:
    loading.pause(limit_s=0.01)
    assert not gc.enabled
    timer = loading._timer
    assert timer is not None
    timer.join(30)  # the limit's own timer ends the pause, whatever the command does
    assert gc.enabled and gc.frozen == 0


def test_a_collector_already_off_is_left_off(gc: Collector) -> None:
    gc.enabled = False  # e.g. the desk's own rule (ui/collector.py)
    loading.pause(limit_s=600)
    assert loading._timer is None
    loading.resume(freeze=True)
    assert not gc.enabled and gc.frozen == 0


def test_main_called_in_a_process_it_shares_leaves_the_collector_alone(
        gc: Collector, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'q.sqlite3'}"
    assert cli.main(["--db", db, "demo", "load"]) == 0  # opens the Store in this process
    assert gc.enabled and gc.frozen == 0 and loading._timer is None
