"""An address printed over two lines ("Address line 1" / "Address line 2"): the street goes on
the first line once, never again on the second (round 15's open Indian form wrote it twice: the
scorer let the optional second line pass, a doubled address on a signed form is a defect)."""

from __future__ import annotations

import pytest

from portdesk.loa.fill import analyse_form
from tests.loaforms.kit import letter
from tests.loaforms.round12_kit import right_label_widget


def _placed(pdf: bytes) -> dict[str, str]:
    analysis = analyse_form(pdf, "form.pdf", country="US", strict=False)
    return {p.widget or p.target(): p.field.value for p in analysis.placements}


@pytest.mark.parametrize(("first", "second"), [
    ("Company address, line 1:", "Address line 2:"),
    ("Street address (line 1):", "Line 2:"),
    ("Billing address:", "Address (cont.):"),
])
def test_the_second_line_of_an_address_stays_empty(first: str, second: str) -> None:
    s = letter("two-line", "US", "en", [], "")
    s.text(40, 740, "CUSTOMER DETAILS", 10, bold=True)
    right_label_widget(s, "Customer name:", "F1", 200, 700, 300, "account_name")
    right_label_widget(s, first, "F2", 200, 680, 330, "street")
    right_label_widget(s, second, "F3", 200, 661, 330, None, optional=True)
    right_label_widget(s, "City:", "F4", 200, 642, 150, "city")
    right_label_widget(s, "ZIP:", "F5", 200, 623, 80, "postal_code")
    placed = _placed(s.build()[0])
    assert placed.get("F1") == "account_name" and "F2" in placed
    assert "F3" not in placed, placed
