"""A count says its noun in the right number (domain/words.py)."""

from __future__ import annotations

from portdesk.domain.words import counted, verb


def test_one_is_singular_every_other_count_plural() -> None:
    assert counted(1, "case") == "1 case"
    assert counted(0, "case") == "0 cases"
    assert counted(2, "case") == "2 cases"
    assert counted(1, "entry", "entries") == "1 entry"
    assert counted(3, "entry", "entries") == "3 entries"
    assert counted(12500, "number") == "12,500 numbers"
    assert verb(1, "fails", "fail") == "fails" and verb(2, "fails", "fail") == "fail"
