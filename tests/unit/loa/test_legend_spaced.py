"""A choice column's legend whose definitions are set apart by spaces only, no comma between them
('P = port   K = keep'): each letter is defined by its own words, never by the next letter
(columns.legend_choice reads up to two words after '='). A US form drawn here, unlike round 37's
Romanian band and the Italian legend of test_round37_classes."""

from __future__ import annotations

import pytest

from portdesk.loa.fields import LoaField
from portdesk.loa.fill import analyse_form
from tests.loaforms.kit import letter


@pytest.mark.parametrize("legend", ["P = port   K = keep", "P = port it  K = keep it",
                                    "K = keep   P = port"])
def test_a_legend_spaced_without_commas_still_says_the_port_letter(legend: str) -> None:
    s = letter("legend-spaced", "US", "en", [], "")
    s.text(40, 750, "Port request", 13, bold=True)
    s.text(40, 720, "Numbers", 9, bold=True)
    s.frame(40, 696, 150, 16)
    s.text(43, 701, "Telephone number", 7, bold=True)
    s.frame(190, 696, 50, 16)
    s.text(193, 701, "P / K", 7, bold=True)
    s.text(260, 701, legend, 7)
    for r in range(3):
        s.frame(40, 680 - 16 * r, 150, 16)
        s.frame(190, 680 - 16 * r, 50, 16)
    analysis = analyse_form(s.build()[0], "form.pdf", country="US", strict=False)
    choices = [p for p in analysis.placements if p.field == LoaField.PORT_CHOICE]
    assert choices and {p.choice for p in choices} == {"P"}, choices
