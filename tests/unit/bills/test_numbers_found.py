"""The account's own numbers however a bill lists them, and never the carrier's or a dialed one.

Drawn for failure classes of bills never seen: tables of lines whose other columns hold words a
carrier's help line also uses (a user called "Sales", a "Call Forwarding" feature), departments
printed after the number, DID blocks in many notations and as first/last columns, call detail
with a "From" column, a line's charges under it on a later page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import CaseNumber, PortCase
from tests.unit.bills import drawn, drawn_unseen


def _block(head: str, first: int, last: int) -> set[str]:
    return {f"+1{head}{n:04d}" for n in range(first, last + 1)}


LINES = {
    "lines_table": _block("303555", 117, 119),
    "users_and_features": _block("650555", 101, 103),
    "departments_and_features": _block("720555", 133, 137) | {"+17205550141", "+17205550142"},
    "ranges_every_way": (_block("720555", 140, 143) | _block("720555", 150, 152)
                         | _block("720555", 170, 172) | _block("720555", 180, 182)
                         | _block("720555", 190, 192) | {"+17205550160"}
                         | _block("720555", 111, 113) | _block("312555", 140, 149)
                         | _block("312555", 160, 164) | _block("415555", 120, 123)),
    "charges_by_line": _block("412555", 121, 123),
}
NOT_THEIRS = {
    "lines_table": {"+18005550199"},
    "users_and_features": {"+18885550142"},
    "departments_and_features": {"+18005550177", "+18005550178", "+17205550199"},
    "ranges_every_way": {"+17205550188", "+17205550144", "+17205550193", "+13125550150"},
    "charges_by_line": set(),
}


@pytest.mark.parametrize("name", list(LINES))
def test_every_line_is_found_and_nothing_else(tmp_path: Path, name: str) -> None:
    path = drawn.draw(tmp_path / f"{name}.pdf", getattr(drawn_unseen, name)())
    fields = extract_fields(read_bill(path))
    assert set(fields.numbers) == LINES[name]
    typed = sorted(LINES[name] | NOT_THEIRS[name])
    case = PortCase(account_name="x", numbers=tuple(CaseNumber(n) for n in typed))
    items = compare(case, fields).numbers.items  # type: ignore[union-attr]
    got = {i.number: i.verdict for i in items}
    assert {n for n, v in got.items() if v == Verdict.EXACT} == LINES[name]
    assert all(got[n] == Verdict.NOT_FOUND for n in NOT_THEIRS[name])


def test_a_line_summary_with_usage_charges_is_not_call_detail(tmp_path: Path) -> None:
    path = drawn.draw(tmp_path / "t.pdf", drawn_unseen.tables_of_lines())
    fields = extract_fields(read_bill(path))
    assert set(fields.numbers) == {"+14145550161", "+14145550162", "+14145550121"}


def test_a_short_list_of_last_four_digits_follows_the_full_number() -> None:
    from portdesk.bills.ranges import abbreviated_in

    text = "Lines: 502-555-0141, -0130, -0155 billed monthly"
    got = abbreviated_in(text)
    assert [e for e, _ in got] == ["+15025550130", "+15025550155"]
    assert [text[a:b] for _, (a, b) in got] == ["-0130", "-0155"]
    assert abbreviated_in("502-555-0141 - 0152") == []  # a range, read by blocks_in
    assert abbreviated_in("Acct 502-555-0141, -01305") == []  # not four digits
