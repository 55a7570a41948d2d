"""Layout classes round 6 found (issue 11), each drawn in the smallest form that has it, in words of
its own (not the round 6 forms'), each failing before its fix: a grid governed by a heading far
above it, lines for the numbers NOT to port, a numbers table's other columns decided by their
header, two widgets stacked on one place, a row of captions over lines, "(not BTN)", a date
placeholder printed alone under its sentence, a bare name under a contact heading."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
from pypdf import PdfReader

from portdesk.domain.entries import case_from_entry
from portdesk.loa.fields import values_from_case
from portdesk.loa.fill import FormAnalysis, analyse_form, fill_form
from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round6_kit import lines, row_table, stacked_widget
from tests.unit.loa.helpers import make_entry


def _mapped(sheet: Sheet, country: str = "US") -> FormAnalysis:
    pdf, _truth = sheet.build()
    return analyse_form(pdf, sheet.name, country=country)


def _text_in(pdf: bytes, rect: tuple[float, float, float, float]) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        return " ".join(doc[0].get_textpage().get_text_bounded(*rect).split())
    finally:
        doc.close()


def test_numbered_boxes_far_under_their_heading_are_the_number_slots_in_printed_order() -> None:
    s = a4("far-heading", "GB", "en", [], "")
    s.text(40, 780, "Lines to transfer", 11, bold=True)
    s.text(40, 754, "Billing number", 9)
    s.widget("F1", 200, 750, 160, 15, "btn")
    s.text(40, 724, "Port date", 9)
    for n, (x, cap) in enumerate(((200, "DD"), (236, "MM"), (272, "YYYY"))):
        s.widget(f"F{n + 2}", x, 720, 30, 15, None)
        s.text(x + 2, 711, cap, 6)
    for n in range(6):  # printed 1 2 / 3 4 / 5 6: across the rows
        row, col = divmod(n, 2)
        x, y = 40 + col * 260, 660 - row * 24
        s.text(x, y + 4, f"{n + 1}", 8.5)
        s.widget(f"F{10 + n}", x + 16, y, 200, 15, None)
    got = {p.widget: (str(p.field), p.slot) for p in _mapped(s, "GB").placements}
    assert [got[f"F{10 + n}"] for n in range(6)] == [("number", n) for n in range(6)]
    assert got["F1"] == ("btn", None)


def test_lines_under_a_numbers_not_to_be_ported_heading_take_the_numbers_that_stay() -> None:
    s = letter("stay-lines", "US", "en", [], "")
    s.text(40, 740, "Numbers not to be ported", 11, bold=True)
    s.para(40, 724, "List here every number of the account that stays with the current carrier. "
           "They will not be disconnected by this request.", 532)
    lines(s, 40, 690, 300, 3, 20, s.slot_group(fld="remaining_numbers"), "stays")
    pdf, _truth = s.build()
    entry = make_entry(4, port_type="partial", remaining_action="keep",
                       remaining_numbers=["+12125550177", "+12125550178"])
    filled = fill_form(pdf, values_from_case(case_from_entry(entry)), "stay.pdf").pdf
    assert [_text_in(filled, (40, y - 2, 300, y + 12)) for y in (690, 670, 650)] == \
        ["212-555-0177", "212-555-0178", ""]


def test_a_numbers_table_fills_its_other_columns_by_their_german_headers_on_numbered_rows() -> None:
    s = a4("rufnummern-tabelle", "DE", "de", [], "")
    s.text(40, 780, "Portierungsauftrag", 14, bold=True)
    row_table(s, 40, 740, [("Rufnummer", 130, "number"), ("Bisheriger Anbieter", 130, "carrier"),
                           ("Kundennummer", 120, "account_number"),
                           ("Behalten / Portieren", 110, ("port_choice", ["Portieren"])),
                           ("IMEI", 90, None)], rows=4)
    pdf, _truth = s.build()
    entry = make_entry(2, carrier="Telekom Deutschland",
                       service_address={"line1": "Hauptstraße 5", "city": "Berlin",
                                        "postal_code": "10115", "country": "DE"},
                       numbers=["+4930555010", "+4930555011"], btn="+4930555010")
    filled = fill_form(pdf, values_from_case(case_from_entry(entry)), "de.pdf").pdf
    rows = [[_text_in(filled, (x + 1, y + 1, x + w - 1, y + 17)) for x, w in
             ((170, 130), (300, 120), (420, 110), (530, 90))]
            for y in (740 - 18 * 2, 740 - 18 * 3, 740 - 18 * 4)]
    assert rows == [["Telekom Deutschland", "8812-3345-01", "Portieren", ""]] * 2 + \
        [["", "", "", ""]]  # the third row holds no number: nothing of ours on it


def test_two_widgets_stacked_on_one_place_hold_one_value_in_the_upper_one() -> None:
    s = letter("stacked", "US", "en", [], "")
    s.text(40, 704, "Account number", 9)
    stacked_widget(s, "Acct", "Acct copy", 160, 700, 200, 15, "account_number")
    pdf, _truth = s.build()
    filled = fill_form(pdf, values_from_case(case_from_entry(make_entry())), "s.pdf").pdf
    values = {str(a.get_object()["/T"]): a.get_object().get("/V")
              for a in PdfReader(io.BytesIO(filled)).pages[0]["/Annots"]}
    assert values["Acct copy"] == "8812-3345-01"  # drawn over "Acct": the one a reader sees
    assert not values["Acct"]


def test_a_row_of_captions_over_lines_is_no_sentence_running_into_the_line_under_it() -> None:
    s = letter("captions-row", "US", "en", [], "")
    for label, x, x1, fld in (("Street", 40, 300, "street"), ("Lot / DP", 310, 440, None),
                              ("State", 450, 490, "state"), ("ZIP", 500, 572, "postal_code")):
        s.text(x, 714, label, 7.5)
        s.line_under(x, 700, x1, fld, label)
    got = [str(p.field) for p in sorted(_mapped(s).placements, key=lambda p: p.x)]
    assert got == ["street", "state", "postal_code"]  # not "Street Lot / DP State ZIP" as one


def test_what_a_label_says_a_blank_is_not_and_a_bare_name_under_a_contact_heading() -> None:
    s = letter("not-btn", "US", "en", [], "")
    s.blank("Contact's phone (not the BTN):", 40, 700, 400, "contact_phone")
    s.blank("Account Contact:", 40, 676, 400, "authorized_name")
    s.band(40, 640, 532, "Contact person")
    s.blank("Name", 40, 616, 400, "authorized_name")
    got = [str(p.field) for p in sorted(_mapped(s).placements, key=lambda p: -p.y)]
    assert got == ["contact_phone", "authorized_name", "authorized_name"]


def test_a_date_placeholder_alone_under_its_sentence_is_where_the_date_goes() -> None:
    s = a4("placeholder-date", "FR", "fr", [], "")
    s.frame(30, 690, 520, 90)  # the frame of the form's "Cadre"
    s.text(40, 760, "Date souhaitée de portabilité", 11, bold=True)
    s.text(40, 740, "Je souhaite que la portabilité de mes numéros intervienne", 9)
    s.text(40, 728, "à compter de la date du :", 9)
    s.text(260, 708, "JJ/MM/AAAA", 10, bold=True)
    placed = [p for p in _mapped(s, "FR").placements if str(p.field) == "requested_date"]
    assert len(placed) == 1 and placed[0].rect is not None
    assert placed[0].rect[0] > 320 and placed[0].rect[1] < 712 < placed[0].rect[3]
    assert placed[0].fmt == "%d/%m/%Y"
