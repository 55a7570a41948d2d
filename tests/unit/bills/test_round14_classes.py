"""Text round 14's classes, each a general rule about how bills are written, tried on bills drawn
here with wordings of their own (none a corpus family's strings). The round's theme: generality:
start from what the specialist typed, judge the place it was found in."""

from __future__ import annotations

from pathlib import Path

from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import CaseNumber, PortCase
from tests.unit.bills import drawn

_NAME = "Bitterroot Saddle Works"
_ACCOUNT = "55120-8841"
_MAIL = [(40, 100, _NAME, 9), (40, 112, "418 Mill Creek Rd", 9), (40, 124, "Hamilton, MT 59840", 9)]
_HEAD = [(40, 40, "B:Larchwood Rural Telephone", 16), (400, 60, "Account Number", 8),
         (480, 60, _ACCOUNT, 8), (400, 72, "Bill Date", 8), (480, 72, "02/11/2026", 8)]


def _fields(tmp_path: Path, items: list[drawn.Item], *more: list[drawn.Item]) -> BillFields:
    page = [*_HEAD, *_MAIL, *items]
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page, *more)))


def _number_verdicts(fields: BillFields, *e164s: str) -> dict[str, Verdict]:
    check = compare(PortCase(account_name=_NAME, account_number=_ACCOUNT,
                             numbers=tuple(CaseNumber(n) for n in e164s)), fields)
    assert check.numbers is not None
    return {i.number: i.verdict for i in check.numbers.items}


# -- call detail: a call that came in has the caller in its "From" cell ---------------------------
def test_the_caller_of_an_incoming_call_is_no_line_of_the_account(tmp_path: Path) -> None:
    """Call detail with From and To columns lists the customer's line in "From" for the calls it
    made, and the caller there for the calls it received: a row marked as received says whose
    number "From" holds, and a caller is never a line of the account, even typed."""
    mine, caller, dialed = "(406) 555-0131", "(312) 555-0177", "(212) 555-0164"
    page = [(40, 200, "B:Lines", 10), (44, 214, mine, 9), (140, 214, "Business Line", 9),
            (40, 250, "B:Detail of Calls", 10)]
    cols = (40, 90, 150, 250, 350, 450)
    page.append((cols[0], 264, "Date", 8))
    for x, head in zip(cols[1:], ("Time", "From", "To", "Place", "Min"), strict=True):
        page.append((x, 264, head, 8))
    rows = [("01/03", "9:12", mine, dialed, "NEW YORK NY", "4"),
            ("01/04", "2:40", caller, mine, "INCOMING", "7"),
            ("01/05", "11:02", caller, mine, "Inbound", "2")]
    for k, row in enumerate(rows):
        for x, text in zip(cols, row, strict=True):
            page.append((x, 278 + 12 * k, text, 8))
    fields = _fields(tmp_path, page)
    assert "+13125550177" not in fields.numbers and "+12125550164" not in fields.numbers
    got = _number_verdicts(fields, "+14065550131", "+13125550177")
    assert got["+14065550131"] == Verdict.EXACT
    assert got["+13125550177"] not in (Verdict.EXACT, Verdict.EQUIVALENT)
