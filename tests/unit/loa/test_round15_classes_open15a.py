"""Classes of issue 11 that round 15's open forms showed (the US scanned paper LOA, the web form
builder export, the Indian corporate fillable form): each drawn here in the smallest form that has
it, in words of its own (not the round's forms'), failing on the code before its fix."""

from __future__ import annotations

from datetime import UTC, datetime

import pypdfium2 as pdfium

from portdesk.loa.fields import LoaField, values_from_case
from portdesk.loa.fill import analyse_form, fill_form
from portdesk.loa.sign import place_signature
from portdesk.loa.signature import typed_to_png
from portdesk.loa.tickwords import check_field
from portdesk.loa.vocabulary import classify
from tests.loaforms.kit import a4, letter
from tests.loaforms.round12_kit import right_label_widget
from tests.loaforms.round15_kit import builder_input, scanned
from tests.unit.loa.helpers import make_case


def _fields(pdf: bytes, country: str = "US") -> dict[str, str]:
    analysis = analyse_form(pdf, "form.pdf", country=country, strict=False)
    return {p.widget or p.target(): p.field.value for p in analysis.placements}


def _images(pdf: bytes) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(list(doc[0].get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE],
                                           max_depth=2)))
    finally:
        doc.close()


def _scanned_paper_form() -> bytes:
    s = letter("scan", "US", "en", [], "")
    s.text(40, 720, "AUTHORITY TO TRANSFER SERVICE", 11, bold=True)
    s.blank("Account holder:", 40, 690, 400, "account_name")
    s.tick(40, 668, "check:business", "Business line")
    s.blank("Account no.:", 40, 640, 300, "account_number")
    s.sign_line("Signature of account holder", 40, 560, 280, label_below=True)
    s.sign_line("Date", 320, 560, 450, label_below=True)
    return scanned(s.build()[0], seed=7)


def test_a_scanned_page_s_lines_and_ticks_are_read_from_its_image() -> None:
    """A paper form returned as a scan (one image per page, its words an invisible OCR layer, no
    vector line): the lines to write on and the tick boxes are the image's, and the values go
    on them."""
    placed = set(_fields(_scanned_paper_form()).values())
    assert {"account_name", "account_number", "business"} <= placed


def test_a_scanned_form_is_signed_on_its_captioned_line() -> None:
    """The signature line of a scan is pixels too: found, so the scanned form can be signed."""
    filled = fill_form(_scanned_paper_form(), values_from_case(make_case()), "scan.pdf").pdf
    when = datetime(2026, 12, 5, 10, 30, tzinfo=UTC)
    signed, _where, _notes = place_signature(filled, typed_to_png("José Núñez"), "José Núñez",
                                             "", when, "scan")
    assert _images(signed) >= _images(filled) + 1


def test_a_hint_under_a_web_form_input_does_not_outvote_the_question_over_it() -> None:
    """A form builder's export: the question in bold over the input, a grey hint tight under
    it ("Please enter a valid phone number."); the hint may be nearer, but it tells how to
    fill the input, not what goes in it."""
    s = letter("builder-hint", "US", "en", [], "")
    s.text(40, 740, "Move your numbers to us", 14, bold=True)
    s.para(40, 720, "Fill in every box marked with a star. Your details must match your bill.",
           532, 8)
    builder_input(s, "Business Name", "q2_company", 40, 660, 532, "account_name", required=True)
    builder_input(s, "Contact Number", "q8_reach", 40, 610, 250, "contact_phone",
                  sub="Please enter a valid phone number.", required=True)
    assert _fields(s.build()[0]).get("q8_reach") == "contact_phone"


def test_the_name_a_customer_gives_its_site_is_no_address() -> None:
    """'Service location nickname' (what the customer calls the place) beside a real address block: the name
    box stays empty and the address block is the service address's."""
    s = letter("site-name", "US", "en", [], "")
    builder_input(s, "Premises Address", "q4_addr", 40, 700, 400, "street", sub="Street")
    builder_input(s, "", "q4_city", 40, 660, 200, "city", sub="City")
    builder_input(s, "", "q4_zip", 260, 660, 100, "postal_code", sub="Zip Code")
    builder_input(s, "Service Location Nickname", "q9_site", 40, 600, 250, None, sub="e.g. Warehouse 2")
    fields = _fields(s.build()[0])
    assert "q9_site" not in fields
    assert (fields.get("q4_addr"), fields.get("q4_city")) == ("street", "city")


def _label_column(rows: list[tuple[str, str, str | None]], country: str) -> dict[str, str]:
    """A fillable form whose labels stand flush right against their widgets."""
    s = a4("label-column", country, "en", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(36, 800, "SUBSCRIBER DETAILS", 12, bold=True)
    for n, (label, name, fld) in enumerate(rows):
        right_label_widget(s, label, name, 230, 760 - 22 * n, 300, fld, size=8)
    return _fields(s.build()[0], country)


def test_an_identifier_of_the_company_is_not_the_company_s_name() -> None:
    """'TIN of the firm:' asks for a number the firm has, by a label of its own: its words
    end like a sentence leading into the firm's name ("on behalf of the firm ____"), but the
    firm's name does not go there."""
    fields = _label_column([("Name of the firm:", "t1", "account_name"),
                            ("TIN of the firm:", "t2", None),
                            ("City:", "t3", "city")], "IN")
    assert fields.get("t1") == "account_name"
    assert "t2" not in fields


def test_a_pin_code_beside_the_city_is_the_indian_postcode() -> None:
    """In India the PIN code is the postcode (ports go by a porting code, not a PIN); where
    the customer is elsewhere a bare "PIN code" stays the account's PIN."""
    rows = [("Town / City:", "t1", "city"), ("PIN code:", "t2", "postal_code")]
    assert _label_column(rows, "IN").get("t2") == "postal_code"
    assert _label_column(rows, "US").get("t2") == "pin"


def test_a_mobile_operators_connections_are_the_lines() -> None:
    """A mobile operator calls the lines "connections": all of them is a full port, only the
    named ones a partial port, the ones kept with the old operator are the numbers that stay
    (not the operator the label names)."""
    assert check_field("All active connections on the account") == LoaField.FULL_PORT
    assert check_field("Only the connections named below") == LoaField.PARTIAL_PORT
    read = classify("Connections kept with the existing operator")
    assert read is not None and read.field == LoaField.REMAINING_NUMBERS
    btn = classify("New main number for the remaining lines")  # the lines that stay's new BTN
    assert btn is not None and btn.field == LoaField.NEW_BTN
