"""The GUI tests' waits give up only after a ceiling a loaded machine cannot reach
(tests/patient_waits.py), and a look for an absence keeps the time it was given."""

from __future__ import annotations

from pytestqt.exceptions import TimeoutError as QtTimeout

from tests.patient_waits import CEILING_MS, PatientQtBot, _ceiling


def test_the_bot_the_tests_get_is_patient(qtbot) -> None:
    assert isinstance(qtbot, PatientQtBot)


def test_a_wait_for_a_condition_never_gives_up_before_the_ceiling() -> None:
    assert _ceiling(5000) == CEILING_MS >= 60_000
    assert _ceiling(5000, raising=None) == CEILING_MS
    assert _ceiling(120_000) == 120_000  # a longer ceiling a test asked for stands


def test_a_look_for_an_absence_keeps_its_time() -> None:
    assert _ceiling(300, raising=False) == 300


def test_a_wait_still_fails_when_the_condition_never_holds(qtbot, monkeypatch) -> None:
    monkeypatch.setattr("tests.patient_waits.CEILING_MS", 50)
    try:
        qtbot.waitUntil(lambda: False, timeout=10)
    except QtTimeout:
        return
    raise AssertionError("a condition that never held passed")
