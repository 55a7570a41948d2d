"""A number written a part a widget, '( [NPA] ) [NXX] - [XXXX]', whose widgets' names the filler
does not all find again (a field named with a comma, 'Phone 1 (area, NPA)': the group keeps its
widgets' names joined by commas): the parts it finds are never taken for the two widgets of an
'( area ) [number]' pair. Before, the two widgets left (the exchange's and the line's) took the
area code and the rest of the number, each a box meant for another part. A US Letter form drawn
here; the control names its widgets plainly."""

from __future__ import annotations

import pytest

from portdesk.loa.fields import values_from_case
from portdesk.loa.fill import fill_form
from tests.loaforms.kit import letter
from tests.unit.loa.helpers import make_case, widget_values


def _form(area_name: str) -> bytes:
    s = letter("number-widgets-named-with-commas", "US", "en", [], "")
    s.text(40, 750, "Port request", 13, bold=True)
    s.text(40, 720, "Account holder", 8)
    s.widget("holder", 170, 716, 260, 15, None)
    s.text(40, 690, "TELEPHONE NUMBERS TO BE TRANSFERRED", 10, bold=True)
    for n in range(2):
        x, y = 60, 660 - 22 * n
        s.right_text(x, y + 4, f"{n + 1}.", 8)
        s.text(x + 6, y + 3, "(", 10)
        s.widget(area_name.format(n=n), x + 12, y, 30, 15, None)
        s.text(x + 45, y + 3, ")", 10)
        s.widget(f"exchange{n}", x + 52, y, 30, 15, None)
        s.text(x + 85, y + 3, "-", 10)
        s.widget(f"line{n}", x + 92, y, 40, 15, None)
    return s.build()[0]


@pytest.mark.parametrize("area_name", ["area{n}", "Phone {n} (area, NPA)"])
def test_each_part_of_a_number_goes_in_its_own_widget_or_none(area_name: str) -> None:
    got = widget_values(fill_form(_form(area_name), values_from_case(make_case(2)),
                                  "form.pdf").pdf)
    for n, line in enumerate(("0100", "0101")):
        assert got.get(f"exchange{n}") in ("", None, "555"), got
        assert got.get(f"line{n}") in ("", None, line), got
    if area_name == "area{n}":  # the control: every part found, every part written
        assert (got["area0"], got["exchange0"], got["line0"]) == ("212", "555", "0100")
