"""A numbered list of slots continued on another page (issue 11, session 21: round 35's comb
letter of agency put its page-2 numbers in the wrong slots), on forms drawn unlike round 35's:
three columns of plain widgets under a bold heading (no band), the continuation read across its
rows, and a list whose printed numbering skips.

The class: slots are filled in the order of their printed numbers, across pages. A column of
the page-1 grid reached no header of its own under a heading that spans only the first column,
so the line of small print above the heading ("Tax ID: only for business accounts") was read as
its header and the column dropped: every later number went a slot off. Print higher than the
grid's header row heads none of its columns; and when the slots found still skip printed numbers,
the slots past the hole are left empty and listed, never filled a slot off."""

from __future__ import annotations

import re

from portdesk.loa.fields import values_from_case
from portdesk.loa.fill import analyse_form, fill_form
from tests.loaforms.kit import Sheet, letter
from tests.unit.loa.helpers import make_case, widget_values


def _numbered(s: Sheet, first: int, top: float, cols: int, rows: int, down: bool) -> None:
    """Numbered slots `first`.. in `cols` columns of `rows`, numbered down each column or
    across each row; each widget named for its printed number."""
    for k in range(cols * rows):
        col, row = (k // rows, k % rows) if down else (k % cols, k // cols)
        x, y = 70 + col * 170, top - row * 24
        s.right_text(x - 5, y + 4, f"{first + k})", 8)
        s.widget(f"line_{first + k}", x, y, 120, 15, None)


def _continued_form() -> bytes:
    s = letter("continued-slots", "US", "en", [], "")
    s.text(40, 760, "Port request", 13, bold=True)
    s.text(40, 736, "Account holder", 8)
    s.widget("holder", 40, 718, 260, 15, "account_name")
    s.text(320, 736, "Tax ID", 8)
    s.widget("taxid", 320, 718, 150, 15, None)
    s.text(240, 706, "Tax ID: only for business accounts, as on the carrier's invoice.", 7)
    s.text(40, 690, "LINES TO MOVE", 9, bold=True)
    _numbered(s, 1, 664, 3, 2, down=True)
    s.text(40, 600, "More lines? Use page 2.", 7)
    s.next_page()
    s.text(40, 760, "Lines to move, continued from page 1", 9, bold=True)
    _numbered(s, 7, 734, 2, 3, down=False)
    return s.build()[0]


def test_each_number_lands_in_its_printed_slot_across_pages() -> None:
    values = values_from_case(make_case(9))
    got = widget_values(fill_form(_continued_form(), values, "form.pdf").pdf)
    for k in range(1, 10):
        assert _digits(got.get(f"line_{k}", "")) == _digits(values.numbers[k - 1]), k
    assert all(not got.get(f"line_{k}") for k in range(10, 13))


def _digits(number: str) -> str:
    return re.sub(r"\D", "", number)[-10:]


def _skipping_form() -> bytes:
    """One column whose printed numbering runs 1) 2) 3) then 7) 8) 9) (a form reprinted with a
    page's slots cut out): which of the case's numbers slot 7 means cannot be known."""
    s = letter("skipping-slots", "US", "en", [], "")
    s.text(40, 760, "Port request", 13, bold=True)
    s.text(40, 736, "Account holder", 8)
    s.widget("holder", 40, 718, 260, 15, "account_name")
    s.text(40, 690, "Numbers to port", 9, bold=True)
    for k, n in enumerate((1, 2, 3, 7, 8, 9)):
        y = 664 - k * 24
        s.right_text(65, y + 4, f"{n}.", 8)
        s.widget(f"slot_{n}", 70, y, 140, 15, None)
    return s.build()[0]


def test_slots_past_a_hole_in_the_numbering_are_left_empty_and_said() -> None:
    values = values_from_case(make_case(6))
    pdf = _skipping_form()
    result = fill_form(pdf, values, "form.pdf")
    got = widget_values(result.pdf)
    for k, n in enumerate((1, 2, 3)):
        assert _digits(got.get(f"slot_{n}", "")) == _digits(values.numbers[k])
    assert all(not got.get(f"slot_{n}") for n in (7, 8, 9))
    said = " ".join(result.review)
    assert "skips from 3 to 7" in said
    analysis = analyse_form(pdf, "form.pdf", country="US", strict=False)
    assert sum("skips from 3 to 7" in r.reason for r in analysis.review) == 3


def test_print_above_the_grids_header_row_heads_none_of_its_columns() -> None:
    """Columns' headers as slots.mark_number_slots reads them: the first headed as the numbers on
    the heading's line, the others reaching the section before's small print above it (read as
    not ours, or as some other value): above the header row, they head nothing; a column headed
    on the header row's own line keeps its header (a table's other column)."""
    from portdesk.loa.fields import LoaField
    from portdesk.loa.numbering import under_the_header_row
    from portdesk.loa.vocabulary import NOT_OURS
    headers = [(LoaField.NUMBER, 600.0), (NOT_OURS, 621.0), (LoaField.PIN, 640.0),
               ("unread", 603.0), (None, 0.0)]
    assert under_the_header_row(headers) == [(LoaField.NUMBER, 600.0), (None, 0.0), (None, 0.0),
                                             ("unread", 603.0), (None, 0.0)]
    alone = [(NOT_OURS, 621.0), (None, 0.0)]  # no column headed as the numbers: left as read
    assert under_the_header_row(alone) == alone
