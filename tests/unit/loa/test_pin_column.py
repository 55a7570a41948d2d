"""A numbers table's PIN column (issue 11, round 37): the case carries one PIN, the account's,
so the column takes it on every row that holds a number, however far down the table the row is
(the label over the column reached the top rows only), and nowhere else."""

from __future__ import annotations

from portdesk.loa.fill import analyse_form
from tests.loaforms.kit import letter


def test_a_numbers_tables_pin_column_takes_the_accounts_pin_on_every_row_with_a_number() -> None:
    s = letter("pin-column", "US", "en", [], "")
    s.text(44, 712, "Line", 8, bold=True)
    s.text(104, 712, "Telephone number to port", 8, bold=True)
    s.text(304, 712, "Account PIN", 8, bold=True)
    for row in range(6):
        y = 694 - 18 * row
        s.text(46, y + 4, f"{row + 1}", 8)
        s.widget(f"tel{row}", 102, y, 180, 15, None)
        s.widget(f"code{row}", 302, y, 110, 15, None)
    pdf, _truth = s.build()
    got = [p for p in analyse_form(pdf, s.name, country="US").placements
           if p.widget and p.widget.startswith("code")]
    assert len(got) == 6 and all(str(p.field) == "pin" and p.row is not None for p in got)

