"""Classes the opened round 11 showed (issue 11), each drawn in the smallest form that has it, in
words of its own (not round 11's forms'), each failing before its fix: a second person's block
asked only "if different", a block the provider fills in headed "only to be filled in by ...",
a date the provider confirms, and one area-code blank for every number slot under it."""

from __future__ import annotations

from portdesk.loa.fill import FormAnalysis, analyse_form
from tests.loaforms.kit import Sheet, a4, letter


def _mapped(sheet: Sheet, country: str = "US") -> FormAnalysis:
    pdf, _truth = sheet.build()
    return analyse_form(pdf, sheet.name, country=country)


def _by_widget(sheet: Sheet, country: str = "US") -> dict[str, str]:
    return {p.widget: str(p.field) for p in _mapped(sheet, country).placements if p.widget}


def test_a_second_persons_block_asked_only_if_different_stays_empty() -> None:
    s = letter("if-different", "US", "en", [], "")
    s.text(40, 740, "AUTHORISED SIGNATORY", 9, bold=True)
    s.text(40, 724, "Full name", 7)
    s.widget("signer", 40, 706, 240, 15, None)
    s.text(300, 724, "Direct phone", 7)
    s.widget("signer_tel", 300, 706, 200, 15, None)
    s.text(40, 670, "Billing contact (if different)", 9, bold=True)
    s.text(40, 654, "Name", 7)
    s.widget("other", 40, 636, 240, 15, None)
    s.text(300, 654, "Phone", 7)
    s.widget("other_tel", 300, 636, 200, 15, None)
    got = _by_widget(s)
    assert "other" not in got and "other_tel" not in got
    assert got.get("signer") == "authorized_name" and got.get("signer_tel") == "contact_phone"


def test_a_block_only_the_provider_fills_in_takes_no_date_of_ours() -> None:
    s = a4("provider-fills", "GB", "en", [], "")
    s.text(40, 760, "Preferred transfer date", 7)
    s.widget("wish", 40, 742, 150, 15, None)
    s.text(40, 700, "To be filled in by Northwind Telecom only", 9, bold=True)
    s.text(40, 684, "Reference", 7)
    s.widget("ref", 40, 666, 150, 15, None)
    s.text(220, 684, "Transfer date", 7)
    s.widget("theirs", 220, 666, 150, 15, None)
    got = _by_widget(s, "GB")
    assert "theirs" not in got and got.get("wish") == "requested_date"
