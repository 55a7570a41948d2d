"""The command line's pause of the cyclic collector while it loads (portdesk.loading): bounded,
resumed with the start-up objects frozen once the Store is open, never in a test's process."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from portdesk import cli, loading


@pytest.fixture(autouse=True)
def _collector_as_it_was() -> Iterator[None]:
    """The collector on, as in a command's own process (the test run keeps it off: see
    tests/main_thread_gc.py), and back as it was afterwards."""
    was = gc.isenabled()
    gc.enable()
    yield
    loading.resume()
    gc.unfreeze()
    (gc.enable if was else gc.disable)()


def test_a_pause_ends_with_the_store_open_and_freezes_what_is_loaded() -> None:
    frozen = gc.get_freeze_count()
    loading.pause(limit_s=600)
    assert not gc.isenabled()
    loading.pause(limit_s=600)  # a second pause changes nothing
    loading.resume(freeze=True)
    assert gc.isenabled() and gc.get_freeze_count() > frozen
    loading.resume(freeze=True)  # no pause running: nothing more is frozen
    assert gc.isenabled()


def test_a_pause_never_outlasts_its_limit() -> None:
    loading.pause(limit_s=0.01)
    assert not gc.isenabled()
    timer = loading._timer
    assert timer is not None
    timer.join(30)  # the limit's own timer ends the pause, whatever the command does
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_main_called_in_a_process_it_shares_leaves_the_collector_alone(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'q.sqlite3'}"
    assert cli.main(["--db", db, "demo", "load"]) == 0  # opens the Store in this process
    assert gc.isenabled() and gc.get_freeze_count() == 0 and loading._timer is None
