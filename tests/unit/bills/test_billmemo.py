"""A rule marked per_bill answers each text once inside one_bill() and asks again everywhere
else: nothing outlives the read of one bill, and a list handed back is the caller's own."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from portdesk.bills import billmemo
from portdesk.bills.billmemo import one_bill, per_bill
from portdesk.bills.errors import UnreadableBill
from portdesk.config import Settings
from portdesk.services.bill_check import check_bill
from tests.unit.bills import drawn
from tests.unit.bills.test_casefirst import CASES


def _counted() -> tuple[list[str], object]:
    asked: list[str] = []

    @per_bill
    def words(text: str, *, upper: bool = False) -> list[str]:
        asked.append(text)
        return (text.upper() if upper else text).split()

    return asked, words


def test_asked_once_per_text_inside_one_bill_only() -> None:
    asked, words = _counted()
    words("a b")  # type: ignore[operator]
    words("a b")  # type: ignore[operator]
    assert asked == ["a b", "a b"]  # outside a bill's read: asked every time
    with one_bill():
        assert words("a b") == ["a", "b"]  # type: ignore[operator]
        assert words("a b") == ["a", "b"]  # type: ignore[operator]
        assert words("a b", upper=True) == ["A", "B"]  # type: ignore[operator]  # asked: a flag
        with one_bill():  # the same bill's read, nested: its memo
            words("a b")  # type: ignore[operator]
    assert asked == ["a b", "a b", "a b", "a b"]
    with one_bill():  # the next bill: asked afresh
        words("a b")  # type: ignore[operator]
    assert asked == ["a b"] * 5


def test_a_list_answered_is_the_callers_own() -> None:
    _, words = _counted()
    with one_bill():
        first = words("a b")  # type: ignore[operator]
        first.append("c")
        assert words("a b") == ["a", "b"]  # type: ignore[operator]


def test_another_thread_never_sees_the_memo() -> None:
    asked, words = _counted()
    with one_bill():
        words("x")  # type: ignore[operator]
        worker = threading.Thread(target=words, args=("x",))
        worker.start()
        worker.join()
    assert asked == ["x", "x"]


def test_a_check_leaves_no_memo_behind(tmp_path: Path) -> None:
    """A bill check reads with the memo and drops it when it ends, as it raises or returns."""
    path = drawn.draw(tmp_path / "b.pdf", drawn.cox_business())
    check_bill(path, CASES["cox_business"], Settings())
    assert billmemo._MEMO.get() is None
    with pytest.raises(UnreadableBill):
        check_bill(tmp_path / "missing.pdf", CASES["cox_business"], Settings())
    assert billmemo._MEMO.get() is None
