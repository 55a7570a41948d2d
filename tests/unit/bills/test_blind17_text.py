"""Blind17 text classes, each a general rule about how bills are written, tried on bills drawn
here with wordings of their own (none a corpus family's strings)."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import read_bill

_H = 792.0


def _bill(path: Path, lines: list[tuple[float, float, str]]) -> Path:
    c = Canvas(str(path), pagesize=(612, _H))
    c.setFont("Helvetica", 9)
    for x, y, text in lines:
        c.drawString(x, _H - y, text)
    c.save()
    return path


def _numbers(path: Path) -> set[str]:
    return set(extract_fields(read_bill(path)).numbers)


# -- a quoted earlier message under a printed e-mail, indented, with no '>' marks ---------------
def test_a_number_in_an_indented_quoted_message_is_not_the_accounts(tmp_path: Path) -> None:
    """A printed e-mail bill quotes the customer's earlier message under 'On <date>, <name>
    wrote:', indented rather than marked with '>': a number the customer gives there (a cell to
    call back on) is the customer's words, not one of the account's lines."""
    head: list[tuple[float, float, str]] = [
        (40, 40, "Subject: Your Larchmere Voice bill for March (account ending 4412)"),
        (40, 80, "Hello,"),
        (40, 94, "Your bill is ready."),
        (60, 130, "Account holder"), (260, 130, "Pinegrove Florist"),
        (60, 144, "Bill date"), (260, 144, "Mar 3, 2026"),
        (60, 158, "Your phone number"), (260, 158, "306-555-0131"),
        (40, 200, "On Feb 21, 2026, at 9:02 AM, Dana Pruitt <front@example.org> wrote:"),
    ]
    quoted = _bill(tmp_path / "quoted.pdf", [
        *head, (60, 220, "Please phone me back at my mobile 306-555-0187 after six."),
    ])
    numbers = _numbers(quoted)
    assert "+13065550131" in numbers
    assert "+13065550187" not in numbers
    # the same sentence in the message itself, not under a quote header, still gives its number
    own = _bill(tmp_path / "own.pdf", [
        *head[:-1], (40, 220, "Lines on this account: 306-555-0187"),
    ])
    assert "+13065550187" in _numbers(own)


# -- a call row with no heading: date, dialed number, duration --------------------------------
def test_a_dated_row_with_a_duration_is_a_call_not_a_line(tmp_path: Path) -> None:
    """Long distance detail printed as bare rows 'Apr 2 212-555-0166 14 min' (a date, the number
    dialed, the call's minutes) under a charge rather than a call-detail heading: the number is
    one the customer called, never one of the account's lines. A line's own usage summary
    ('306-555-0131 120 min') has no date before the number and keeps it."""
    rows: list[tuple[float, float, str]] = [
        (40, 40, "Larchmere Voice"),
        (40, 80, "Account number"), (200, 80, "5521-0093"),
        (40, 94, "Account holder"), (200, 94, "Pinegrove Florist"),
        (320, 80, "Number"), (420, 80, "Service"),
        (320, 94, "306-555-0131"), (420, 94, "Business Line"),
        (320, 130, "Long distance"), (500, 130, "$12.40"),
        (330, 144, "Apr 2 212-555-0166 14 min"),
        (330, 156, "Mar 29 312-555-0178 3 min"),
    ]
    numbers = _numbers(_bill(tmp_path / "calls.pdf", rows))
    assert "+13065550131" in numbers
    assert not numbers & {"+12125550166", "+13125550178"}
    summary = _numbers(_bill(tmp_path / "summary.pdf", [
        *rows[:-2], (330, 144, "306-555-0142 120 min"),
    ]))
    assert "+13065550142" in summary


# -- a mobile home's lot on the street line ------------------------------------------------------
def test_a_lot_at_the_end_of_a_street_line_is_its_unit() -> None:
    """'612 STATE ROUTE 9 LOT 14' (a service address printed on one line, as a fixed-column
    print does): the lot of a mobile home park is the address's unit, as 'Apt 3' is, so the
    address typed with 'LOT 14' on its second line is the same place."""
    from portdesk.bills.addrparse import parse_address_lines

    one = parse_address_lines(["612 STATE ROUTE 9 LOT 14", "ELMIRA, NY 14901"])
    assert one is not None
    assert (one.line1, one.line2) == ("612 STATE ROUTE 9", "LOT 14")
    trailer = parse_address_lines(["88 Pine Hollow Rd Trlr 6", "Elmira, NY 14901"])
    assert trailer is not None and trailer.line2 == "Trlr 6"
    # a street whose name holds the word keeps it ('Lot' is a unit only before its number)
    named = parse_address_lines(["40 Mill Lot Rd", "Elmira, NY 14901"])
    assert named is not None and named.line1 == "40 Mill Lot Rd" and named.line2 == ""


# -- a city cut in two by a kerned or letter-spaced print ------------------------------------------
def test_a_city_cut_by_a_gap_is_the_same_city() -> None:
    """A letter-spaced or kerned city comes out of the text layer cut in two ('Spear fish'):
    the address typed 'Spearfish' is the same place, never another city."""
    from portdesk.bills.addrmatch import addresses_equivalent, differences
    from portdesk.domain.case import Address

    typed = Address(line1="12 Elm St", line2="Ste 4", city="Spearfish", state="SD",
                    postal_code="57783")
    cut = Address(line1="12 Elm St", line2="Ste 4", city="Spear fish", state="SD",
                  postal_code="57783")
    assert differences(typed, cut) == []
    assert addresses_equivalent(typed, cut)
    # another city stays another city
    other = Address(line1="12 Elm St", line2="Ste 4", city="Sturgis", state="SD",
                    postal_code="57783")
    assert "city" in differences(typed, other)
