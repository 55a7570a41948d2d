"""The same case file imported twice from the desk: asked in words, not told to use a flag."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from portdesk.services import intents
from portdesk.services.cases import import_cases
from portdesk.store.store import Store
from portdesk.ui import dialogs
from tests.gui.desk.conftest import open_window
from tests.integration.cli.test_case_cli import flat, write_csv


def _asked(monkeypatch: pytest.MonkeyPatch, answer: bool) -> list[str]:
    questions: list[str] = []

    def ask(cls: object, parent: object, title: str, text: str, yes: str = "OK") -> bool:
        questions.append(text)
        return answer

    monkeypatch.setattr(dialogs.Confirm, "ask", classmethod(ask))
    monkeypatch.setattr(dialogs.Inform, "show", classmethod(
        lambda cls, parent, title, text, error=False: questions.append("ERROR " + text)))
    return questions


def test_a_rerun_is_a_question_and_no_answers_nothing(
        qtbot, store: Store, qsettings: QSettings, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    src = write_csv(tmp_path / "cases.csv", [flat(i) for i in range(2)])
    import_cases(store, src, "ana")
    questions = _asked(monkeypatch, answer=False)
    window = open_window(qtbot, store, qsettings)

    window.commands.import_cases(str(src))

    qtbot.waitUntil(lambda: bool(questions))
    qtbot.waitUntil(lambda: not window.tasks.busy)
    [question] = questions
    assert "cases.csv was imported on" in question and "Import it again?" in question
    assert "--again" not in question
    assert store.cases.count() == 2


def test_yes_imports_the_file_again_once_its_cases_are_gone(
        qtbot, store: Store, qsettings: QSettings, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    src = write_csv(tmp_path / "cases.csv", [flat(i) for i in range(2)])
    for reference in import_cases(store, src, "ana").imported:
        case = store.cases.get_by_reference(reference)
        assert case.id is not None
        intents.cancel(store, case.id, "entered on the wrong account", "ana")
    questions = _asked(monkeypatch, answer=True)
    window = open_window(qtbot, store, qsettings)

    window.commands.import_cases(str(src))

    qtbot.waitUntil(lambda: store.cases.count() == 4)
    assert len(questions) == 1 and not questions[0].startswith("ERROR")
