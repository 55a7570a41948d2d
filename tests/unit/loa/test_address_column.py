"""A numbers table with a column headed as the service address (issue 11, session 22: round 36's
header tables put the whole address twice in the wrong row and numbers in the address column),
drawn unlike round 36's: A4, a UK customer, the address column LEFT of the number column, the
table's widgets all named as phone cells ("tel_r1c1", "tel_r1c2") and more rows than numbers.

The class: the column header decides what a table's column holds, whatever its widgets are named;
an address column repeats the service address on each row that holds a number (its street line
when the form asks for the town apart) and is no second address block: the customer's own
address block above keeps its values."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4

from portdesk.loa.fields import values_from_case
from portdesk.loa.fill import fill_form
from tests.loaforms.kit import Sheet
from tests.loaforms.round28_kit import tf
from tests.unit.loa.helpers import widget_values, world_case

_ROWS = 5


def _form() -> bytes:
    s = Sheet("address-column", "GB", "en", "", A4, [])
    _, h = A4
    s.text(40, h - 50, "Number Transfer Request", 13, bold=True)
    y = h - 90
    for label, name, x, width in (("Customer:", "cust", 40, 300), ("Address:", "addr1", 40, 300),
                                  ("Town:", "town", 40, 150), ("Postcode:", "pc", 260, 80)):
        end = s.text(x, y + 4, label, 8) + 4
        tf(s, name, end, y, width - (end - x), 15, None)
        if name in ("cust", "addr1", "pc"):
            y -= 24
    y -= 20
    s.text(40, y, "Lines to transfer", 9, bold=True)
    y -= 8
    heads = (("Installation address", 300), ("Phone number", 150))
    cx = 40.0
    for head, cw in heads:
        s.frame(cx, y - 16, cw, 16)
        s.text(cx + 3, y - 11, head, 7, bold=True)
        cx += cw
    for r in range(_ROWS):
        ry = y - 16 * (r + 2)
        cx = 40.0
        for k, (_, cw) in enumerate(heads):
            s.frame(cx, ry, cw, 16)
            s.c.acroForm.textfield(name=f"tel_r{r + 1}c{k + 1}", tooltip="", x=cx + 1,
                                   y=ry + 1, width=cw - 2, height=14, fontSize=8,
                                   borderWidth=0, fillColor=None, annotationFlags="print")
            cx += cw
    return s.build()[0]


def test_an_address_column_repeats_the_street_on_each_numbered_row_only() -> None:
    case = world_case("GB")
    values = values_from_case(case)
    got = widget_values(fill_form(_form(), values, "form.pdf").pdf)
    numbers = list(values.numbers)
    assert len(numbers) == 2 < _ROWS
    for r in range(_ROWS):
        number, address = got.get(f"tel_r{r + 1}c2", ""), got.get(f"tel_r{r + 1}c1", "")
        if r < len(numbers):
            assert number.replace(" ", "")[-6:] == numbers[r].replace(" ", "")[-6:], r
            assert address == "1 High Street", r
        else:
            assert (number, address) == ("", ""), r


def test_the_customer_block_keeps_its_address_beside_an_address_column() -> None:
    got = widget_values(fill_form(_form(), values_from_case(world_case("GB")), "form.pdf").pdf)
    assert (got["addr1"], got["town"], got["pc"]) == ("1 High Street", "London", "SW1A 1AA")
