"""Classes the opened round 11 showed (issue 11), each drawn in the smallest form that has it, in
words of its own (not round 11's forms'), each failing before its fix: a second person's block
asked only "if different", a block the provider fills in headed "only to be filled in by ...",
a date the provider confirms, and one area-code blank for every number slot under it."""

from __future__ import annotations

import io

from pypdf import PdfReader

from portdesk.domain.entries import case_from_entry
from portdesk.loa.fields import values_from_case
from portdesk.loa.fill import FormAnalysis, analyse_form, fill_form
from tests.loaforms.kit import Sheet, a4, letter
from tests.unit.loa.helpers import make_entry


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


def _area_code_once(name: str) -> Sheet:
    s = a4(name, "DE", "de", [], "")
    s.text(40, 780, "Rufnummern zur Mitnahme", 10, bold=True)
    s.text(40, 760, "Vorwahl", 7)
    s.widget("vw", 40, 742, 70, 15, None)
    s.text(130, 746, "Rufnummern ohne Vorwahl:", 8)
    for n in range(4):
        s.text(40, 712 - 20 * n, f"{n + 1}.", 8)
        s.widget(f"rn{n}", 56, 708 - 20 * n, 200, 15, None)
    return s


def _filled_widgets(s: Sheet, numbers: list[str]) -> dict[str, str]:
    pdf, _truth = s.build()
    entry = make_entry(len(numbers), numbers=numbers, btn=numbers[0],
                       service_address={"line1": "Hafenweg 3", "city": "Hamburg",
                                        "postal_code": "20457", "country": "DE"})
    filled = fill_form(pdf, values_from_case(case_from_entry(entry)), f"{s.name}.pdf").pdf
    return {str(a.get_object()["/T"]): str(a.get_object().get("/V") or "")
            for a in PdfReader(io.BytesIO(filled)).pages[0]["/Annots"]}


def test_one_area_code_blank_over_the_slots_takes_the_code_and_the_slots_the_rest() -> None:
    got = _filled_widgets(_area_code_once("vorwahl-once"), ["+4940555010", "+4940555011"])
    assert got["vw"] == "040" and got["rn0"] == "555010" and got["rn1"] == "555011"


def test_numbers_of_two_area_codes_leave_the_shared_area_code_empty_and_stay_whole() -> None:
    got = _filled_widgets(_area_code_once("vorwahl-two"), ["+4940555010", "+4930555011"])
    assert got["vw"] == "" and got["rn0"].replace(" ", "").endswith("40555010")
    assert got["rn1"].replace(" ", "").endswith("30555011")


def test_numbers_that_demeurent_with_the_current_provider_are_the_numbers_that_stay() -> None:
    from portdesk.loa.vocabulary import classify
    read = classify("Lignes qui demeurent avec l'opérateur actuel")
    assert read is not None and str(read.field) == "remaining_numbers"


def test_a_tick_boxs_own_label_is_no_label_for_the_boxes_printed_under_it() -> None:
    s = letter("tick-over-boxes", "US", "en", [], "")
    s.box(40, 700, 9, 9, None, "all")
    s.text(54, 701, "Move every number on the account", 8)
    for n in range(3):
        s.box(40 + 120 * n, 676, 90, 14, None, f"box {n}")
    got = [p for p in _mapped(s).placements if str(p.field) == "number"]
    assert got == []


def test_a_postcode_whose_own_label_names_the_billing_address_is_the_billing_postcode() -> None:
    s = a4("bill-postcode", "GB", "en", [], "")
    s.text(40, 760, "Installation postcode", 8)
    s.widget("site_pc", 160, 756, 90, 15, None)
    s.text(300, 760, "Invoice postcode (if not the same)", 8)
    s.widget("inv_pc", 440, 756, 90, 15, None)
    got = _by_widget(s, "GB")
    assert got.get("site_pc") == "postal_code" and got.get("inv_pc") == "billing_postal_code"


def test_a_block_headed_for_a_named_companys_use_is_the_offices() -> None:
    s = letter("for-x-use", "US", "en", [], "")
    s.text(40, 740, "Requested port date", 8)
    s.widget("asked", 160, 736, 100, 15, None)
    s.text(40, 690, "FOR BLUEJAY TELECOM USE", 9, bold=True)
    s.text(40, 670, "Due date", 8)
    s.widget("due", 160, 666, 100, 15, None)
    got = _by_widget(s)
    assert "due" not in got and got.get("asked") == "requested_date"


def test_the_new_company_an_agreed_date_and_a_phone_company_read_as_whose_they_are() -> None:
    from portdesk.loa.vocabulary import NOT_OURS, classify
    said = {t: classify(t) for t in ("Receiving carrier name", "Transfer date confirmed",
                                      "Telephone company name")}
    assert [r.field if r else None for r in said.values()] == [NOT_OURS, NOT_OURS, "carrier"]


def test_an_address_line_2_far_under_line_1_is_the_same_block_not_a_second_address() -> None:
    s = a4("line-two", "IE", "en", [], "")
    s.text(40, 770, "Customer", 10, bold=True)
    for n, label in enumerate(("Postal address, line 1", "Postal address, line 2", "Town")):
        s.text(44, 738 - 40 * n, label, 6.5)
        s.line_under(44, 730 - 40 * n, 280, None, label)
    fields = [str(p.field) for p in sorted(_mapped(s, "IE").placements, key=lambda p: -p.y)]
    assert fields[0] in ("street", "service_address") and "city" in fields


def test_date_segments_without_captions_take_their_parts_from_the_labels_format() -> None:
    s = letter("segments", "US", "en", [], "")
    end = s.text(40, 700, "Requested port date (MM/DD/YYYY):", 9)
    for n in range(3):
        x = end + 8 + 40 * n
        s.line_under(x, 698, x + 28, None, f"part {n}")
        if n < 2:
            s.text(x + 32, 700, "/", 9)
    s.para(40, 680, "Signed by the account holder, who confirms the numbers above.", 400)
    got = [(str(p.field), p.part) for p in _mapped(s).placements if str(p.field) != "signature"]
    assert got and all(f == "requested_date" for f, _part in got)
    assert [part for _f, part in sorted(got, key=lambda g: g[1])] == ["day", "month", "year"]


def test_an_aside_saying_what_a_label_includes_does_not_rename_it() -> None:
    from portdesk.loa.vocabulary import classify
    read = classify("Lines to be transferred (including the main billing number)")
    assert read is not None and str(read.field) == "number"
