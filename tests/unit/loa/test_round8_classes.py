"""Layout classes round 5 (once opened) and round 8 found (issue 11), each drawn in the smallest
form that has it, in words of its own (not the rounds' forms'), each failing before its fix: a
label column wider than a tab stop, a label wrapped in its cell, a label line flush over a long
rule, captions over the boxes below, a blank in an agreement's sentence named by the term it
defines, a question that ends with its question mark, a bare "Phone" on the signer's row, lines
side by side under one sentence, a choice column's own letter, and blanks with a label of their
own that are no bare number slots."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
from pypdf import PdfReader
from reportlab.lib.colors import black
from reportlab.pdfbase.pdfmetrics import stringWidth

from portdesk.domain.entries import case_from_entry
from portdesk.loa.columns import port_choice
from portdesk.loa.fields import LoaField, values_from_case
from portdesk.loa.fill import FormAnalysis, analyse_form, fill_form
from portdesk.loa.tickwords import check_field
from portdesk.loa.vocabulary import NOT_OURS, classify
from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round6_kit import lines, row_table
from tests.unit.loa.helpers import make_entry


def _mapped(sheet: Sheet, country: str = "US") -> FormAnalysis:
    pdf, _truth = sheet.build()
    return analyse_form(pdf, sheet.name, country=country)


def _by_widget(sheet: Sheet, country: str = "US") -> dict[str | None, str]:
    return {p.widget: str(p.field) for p in _mapped(sheet, country).placements}


def _text_in(pdf: bytes, rect: tuple[float, float, float, float]) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        return " ".join(doc[0].get_textpage().get_text_bounded(*rect).split())
    finally:
        doc.close()


def _label_row(s: Sheet, y: float, label: str, name: str, height: float = 18) -> None:
    """A grey label cell 230 points wide, then the value cell with its widget."""
    s.c.setFillGray(0.9)
    s.c.rect(40, y, 230, height, stroke=1, fill=1)
    s.c.setFillColor(black)
    s.frame(270, y, 280, height)
    parts = label.split("|")
    for n, part in enumerate(parts):
        s.text(44, y + height - 11 - 10 * n if len(parts) > 1 else y + 6, part, 8.5)
    s.widget(name, 272, y + (height - 15) / 2, 276, 15, None)


def test_a_label_cell_beside_a_widget_is_its_label_however_wide_and_however_wrapped() -> None:
    s = a4("label-column", "GB", "en", [], "")
    _label_row(s, 740, "Locality", "W1")  # ends about 190 points before its widget
    _label_row(s, 722, "Postal code", "W2")
    _label_row(s, 694, "Customer account no. held|with the losing carrier", "W3", height=28)
    got = _by_widget(s, "GB")
    assert got["W1"] == "city" and got["W2"] == "postal_code"
    assert got["W3"] == "account_number"  # not "with the losing carrier": the carrier


def test_a_label_line_flush_over_a_long_rule_is_read_whole() -> None:
    s = a4("flush-label", "ES", "es", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 744, "Nº DE CUENTA EN EL OPERADOR ACTUAL DE TELEFONÍA", 7)
    s.line_under(40, 730, 556, "account_number", "cuenta")
    s.text(40, 714, "DIRECCIÓN DEL SERVICIO (CALLE, NÚMERO Y PISO)", 7)
    s.line_under(40, 700, 556, "street", "calle")
    got = sorted(_mapped(s, "ES").placements, key=lambda p: -p.y)
    assert [str(p.field) for p in got] == ["account_number", "street"]


def test_captions_over_the_boxes_below_are_not_the_caption_of_the_box_above() -> None:
    s = a4("captions-below", "DE", "de", [], "")
    s.text(40, 760, "Rufnummern, die beim alten Anbieter bleiben:", 9)
    s.widget("Bleiben", 40, 728, 500, 24, None)
    for n, (x, cap) in enumerate(((220, "TT"), (256, "MM"), (292, "JJJJ"))):
        s.text(x + 6, 719, cap, 6)
        s.widget(f"D{n}", x, 700, 32 if cap != "JJJJ" else 44, 16, None)
    s.text(40, 704, "Wunschtermin:", 9)
    assert _by_widget(s, "DE")["Bleiben"] == "remaining_numbers"


def test_a_blank_in_an_agreements_sentence_is_the_party_the_sentence_defines_there() -> None:
    s = letter("defined-terms", "US", "en", [], "")
    s.text(40, 720, "This authorization is made between", 9)
    s.line_under(196, 718, 380, "account_name", "subscriber")
    s.text(384, 720, '("Subscriber") and', 9)
    s.line_under(40, 698, 220, "carrier", "provider")
    s.text(224, 700, '("Losing Provider"), the Subscriber\'s present telephone company.', 9)
    got = sorted(_mapped(s).placements, key=lambda p: -p.y)
    assert [str(p.field) for p in got] == ["account_name", "carrier"]


def test_a_question_ending_in_its_question_mark_does_not_run_into_the_next_question() -> None:
    s = letter("two-questions", "US", "en", [], "")
    s.text(40, 700, "Is any of these lines part of a hunt group?", 9)
    s.tick(360, 699, None, "Yes")
    s.tick(410, 699, None, "No")
    s.text(40, 684, "Are you moving every number on the account?", 9)
    s.tick(360, 683, "check:full_port", "Yes")
    s.tick(410, 683, "check:partial_port", "No")
    got = sorted((p for p in _mapped(s).placements), key=lambda p: (-p.y, p.x))
    assert [str(p.field) for p in got] == ["full_port", "partial_port"]
    assert all(p.y < 692 for p in got)  # the second question's boxes, not the first's


def test_a_bare_phone_on_the_signers_row_is_the_contacts_and_beside_the_company_nobodys() -> None:
    s = letter("phone-row", "US", "en", [], "")
    for label, x, name in (("Company", 40, "Co"), ("Phone", 330, "CoPhone")):
        s.text(x, 724, label, 7.5)
        s.widget(name, x, 704, 240, 15, None)
    for label, x, name in (("Signer's printed name", 40, "Signer"), ("Position", 220, "Pos"),
                           ("Phone", 400, "Tel")):
        s.text(x, 684, label, 7.5)
        s.widget(name, x, 664, 160, 15, None)
    got = _by_widget(s)
    assert got["Signer"] == "authorized_name" and got["Tel"] == "contact_phone"
    assert "CoPhone" not in got  # a company's phone: its main line or ours? left for the specialist


def test_two_lines_side_by_side_under_one_sentence_of_numbers_that_stay_take_one_each() -> None:
    s = letter("stay-row", "US", "en", [], "")
    s.text(40, 720, "Telephone numbers on this account that remain with the current carrier:",
           8.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 40, 700, 290, 1, 19, stay, "left")
    lines(s, 322, 700, 572, 1, 19, stay, "right")
    pdf, _truth = s.build()
    entry = make_entry(3, port_type="partial", remaining_action="keep",
                       remaining_numbers=["+12125550177", "+12125550178"])
    filled = fill_form(pdf, values_from_case(case_from_entry(entry)), "row.pdf").pdf
    assert [_text_in(filled, (x, 698, x1, 713)) for x, x1 in ((40, 290), (322, 572))] == \
        ["212-555-0177", "212-555-0178"]


def test_a_choice_column_is_answered_with_one_word_or_the_forms_own_letter() -> None:
    assert port_choice("Port or Keep (P / K)") == "P"
    assert port_choice("Keep (K) / Port (P)") == "P"
    assert port_choice("Conserver ou transférer / Keep or port") == "Transférer"
    assert port_choice("Keep / Port") == "Port"
    assert port_choice("Keep (K) or Cancel (C)") == ""


def test_a_blank_with_a_label_of_its_own_is_no_bare_number_slot_of_its_column() -> None:
    s = a4("labelled-column", "DE", "de", [], "")
    s.text(220, 744, "Telefonnummer", 9)
    s.widget("Nr", 300, 740, 240, 15, None)
    s.text(40, 722, "Zustellhinweis", 9)  # a label the filler neither reads nor reaches
    s.widget("Hinweis", 300, 718, 240, 15, None)
    pdf, _truth = s.build()
    got = {p.widget: str(p.field) for p in analyse_form(pdf, "col.pdf", country="DE").placements}
    assert got.get("Nr") == "number" and "Hinweis" not in got
    values = values_from_case(case_from_entry(make_entry(6)))
    filled = fill_form(pdf, values, "col.pdf").pdf
    fields = {str(a.get_object()["/T"]): a.get_object().get("/V")
              for a in PdfReader(io.BytesIO(filled)).pages[0]["/Annots"]}
    assert not fields.get("Hinweis")


def test_words_of_forms_in_german_austria_spain_and_france() -> None:
    read = {t: (r.field if (r := classify(t)) else None) for t in (
        "Firmenwortlaut", "UID-Nummer", "Firmenbuchnummer", "Ansprechperson",
        "Telefon (tagsüber)", "Name in Blockbuchstaben", "Kunden-Nummer", "Vertrags-Nr.",
        "Contract number", "Numéro de dossier", "Nummers die bij de huidige aanbieder blijven",
        "Números que permanecen en el operador actual")}
    assert read == {
        "Firmenwortlaut": LoaField.ACCOUNT_NAME, "UID-Nummer": NOT_OURS,
        "Firmenbuchnummer": NOT_OURS, "Ansprechperson": LoaField.AUTHORIZED_NAME,
        "Telefon (tagsüber)": LoaField.CONTACT_PHONE,
        "Name in Blockbuchstaben": LoaField.AUTHORIZED_NAME,
        "Kunden-Nummer": LoaField.ACCOUNT_NUMBER, "Vertrags-Nr.": LoaField.ACCOUNT_NUMBER,
        "Contract number": NOT_OURS, "Numéro de dossier": NOT_OURS,
        "Nummers die bij de huidige aanbieder blijven": LoaField.REMAINING_NUMBERS,
        "Números que permanecen en el operador actual": LoaField.REMAINING_NUMBERS}
    assert classify("Nom (lettres moulées)").field == LoaField.AUTHORIZED_NAME  # type: ignore[union-attr]
    assert check_field("Unternehmen") == check_field("Professionnel") == LoaField.BUSINESS
    assert check_field("Toda la numeración asociada") == LoaField.FULL_PORT


def test_an_area_code_column_beside_the_numbers_takes_each_rows_area_code() -> None:
    s = a4("vorwahl", "DE", "de", [], "")
    s.text(40, 780, "Zu portierende Rufnummern", 11, bold=True)
    row_table(s, 40, 760, [("Vorwahl", 80, "area_code"), ("Rufnummer", 200, "number"),
                           ("Bemerkung", 150, None)], rows=3)
    pdf, _truth = s.build()
    entry = make_entry(2, numbers=["+4930555010", "+491715550110"], btn="+4930555010",
                       service_address={"line1": "Hauptstraße 5", "city": "Berlin",
                                        "postal_code": "10115", "country": "DE"})
    filled = fill_form(pdf, values_from_case(case_from_entry(entry)), "vw.pdf").pdf
    rows = [[_text_in(filled, (x + 1, y + 1, x + w - 1, y + 17)) for x, w in
             ((40, 80), (120, 200), (320, 150))] for y in (760 - 18 * 2, 760 - 18 * 3,
                                                           760 - 18 * 4)]
    assert rows == [["030", "555010", ""], ["0171", "5550110", ""], ["", "", ""]]


def test_dots_leading_to_a_widget_are_no_blank_and_the_label_before_them_is_its() -> None:
    s = letter("dot-leaders", "CA", "en", [], "")
    s.date_formats = ["%Y-%m-%d"]
    s.text(40, 742, "Porting Number Request", 16, bold=True)  # the title over the first widget
    for n, (label, y) in enumerate((("Subscriber name", 716), ("Previous phone company", 694))):
        end = s.text(40, y + 4, label, 9)
        dots = int((244 - end - 4) / stringWidth(".", "Helvetica", 9))
        s.text(end + 4, y + 4, "." * dots, 9)  # ending a few points before the widget
        s.widget(f"W{n}", 250, y, 300, 15, None)
    pdf, _truth = s.build()
    analysis = analyse_form(pdf, "dots.pdf", country="CA")
    assert {p.target(): str(p.field) for p in analysis.placements} == {
        "W0": "account_name", "W1": "carrier"}  # nothing written on the dots


def test_a_bare_place_on_the_signing_row_is_where_it_is_signed_not_the_customers_town() -> None:
    s = a4("ort-datum", "DE", "de", [], "")
    s.text(40, 760, "Stadt", 9)
    s.widget("Wohnort", 140, 756, 200, 15, None)
    for label, x, w, name in (("Ort", 40, 140, "Ort"), ("Datum", 190, 100, "Datum"),
                              ("Unterschrift", 310, 240, "Unterschrift")):
        s.text(x, 726, label, 8)
        s.widget(name, x, 700, w, 22 if name == "Unterschrift" else 15, None)
    got = _by_widget(s, "DE")
    assert got["Wohnort"] == "city" and got["Datum"] == "date_signed" and "Ort" not in got


def test_a_row_of_one_character_boxes_takes_the_value_a_character_a_box() -> None:
    s = a4("comb", "IE", "en", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 744, "Postcode", 9)
    for n in range(8):
        s.frame(160 + n * 14, 740, 14, 16)
    s.blank("Present network", 40, 712, 330, "carrier")
    pdf, _truth = s.build()
    entry = make_entry(2, carrier="eir", service_address={
        "line1": "1 Main Street", "city": "Dublin 2", "postal_code": "D02 X285", "country": "IE"},
        numbers=["+35315550180", "+35315550181"], btn="+35315550180")
    filled = fill_form(pdf, values_from_case(case_from_entry(entry)), "comb.pdf").pdf
    boxes = [_text_in(filled, (160 + n * 14 + 1, 741, 160 + n * 14 + 13, 755)) for n in range(8)]
    assert boxes == ["D", "0", "2", "", "X", "2", "8", "5"]
    assert _text_in(filled, (38, 708, 330, 722)) == "Present network eir"


def test_the_label_of_the_box_below_is_not_the_caption_of_an_unlabelled_widget_above() -> None:
    s = letter("label-below", "US", "en", [], "")
    s.widget("Mystery", 250, 700, 120, 15, None)  # its label is lost (an image, say)
    s.text(300, 690, "Date signed", 8)  # the label of the box under it, flush with that box
    s.widget("Signed on", 300, 670, 120, 15, None)
    got = _by_widget(s)
    assert got == {"Signed on": "date_signed"}  # the unlabelled widget stays empty
