"""Issue 11's leftover classes after round 7 was opened, each drawn in the smallest form that has
it, in words of its own (not the rounds' forms'), each failing before its fix: what decided a
blank is kept apart from the label it was read by (a section's rows are found by their labels),
names inside a sentence, a value longer than its comb, a page title below the top line, a
corner caption over a section band, a number-block range table, and weak evidence that
disagrees with the blank it would fill (left empty and said, never guessed)."""

from __future__ import annotations

from portdesk.loa.fill import FormAnalysis, analyse_form
from tests.loaforms.kit import Sheet, a4


def _mapped(sheet: Sheet, country: str = "US") -> FormAnalysis:
    pdf, _truth = sheet.build()
    return analyse_form(pdf, sheet.name, country=country)


def _fields(sheet: Sheet, country: str = "US") -> list[str]:
    """The fields placed, top of the page first."""
    got = sorted(_mapped(sheet, country).placements, key=lambda p: (p.page, -p.y, p.x))
    return [str(p.field) for p in got]


def test_a_label_row_under_a_providers_heading_is_found_by_its_label_not_what_decided_it() -> None:
    # "Name" reads as the carrier because of the heading over it; the next row ("Anschrift")
    # must still see "Name" as a label row and find the same heading: the losing provider's
    # address is not ours
    s = a4("label-rows", "DE", "de", [], "")
    s.text(40, 760, "Von (abgebender Netzbetreiber)", 10, bold=True)
    s.blank("Name:", 40, 740, 300, "carrier")
    s.blank("Anschrift:", 40, 720, 300, None)
    s.text(40, 690, "Anschlussinhaber", 10, bold=True)
    s.blank("Firmenname:", 40, 670, 300, "account_name")
    assert _fields(s, "DE") == ["carrier", "account_name"]
