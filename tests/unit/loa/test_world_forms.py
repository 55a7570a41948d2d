"""Carrier forms PortDesk has never seen, drawn by tests.loaforms.world: every value in its
own box (checked in the written PDF, not in our report), or left empty and said."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from portdesk.loa.errors import FormNotUsable
from portdesk.loa.fields import values_from_case
from portdesk.loa.fill import analyse_form, fill_form
from portdesk.loa.sign import place_signature
from portdesk.loa.signature import typed_to_png
from tests.loaforms import world
from tests.unit.loa.helpers import make_case, world_case

SIGNED_ON = datetime(2026, 12, 5, 10, 30, tzinfo=UTC)
INK = typed_to_png("Zoë Dvořák")


def _values(pdf: bytes) -> dict[str, str]:
    fields = PdfReader(io.BytesIO(pdf)).get_fields() or {}
    return {k: str(v.get("/V") or "") for k, v in fields.items()}


def _text_in(pdf: bytes, page: int, rect: tuple[float, float, float, float]) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        textpage = doc[page].get_textpage()
        return " ".join(textpage.get_text_bounded(*rect).replace("_", " ").split())
    finally:
        doc.close()


def _images(pdf: bytes, page: int) -> list[tuple[float, float, float, float]]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [obj.get_bounds() for obj in doc[page].get_objects(filter=[3], max_depth=3)]
    finally:
        doc.close()


def test_printed_numbering_down_the_columns_beats_widget_names() -> None:
    values = values_from_case(make_case(30))
    fields = _values(fill_form(world.numbered_columns_form(), values, "cols.pdf").pdf)
    # Text1 is printed "1.", Text2 beside it is printed "26.", Text3 under Text1 is "2."
    assert fields["Text1"] == values.numbers[0]
    assert fields["Text3"] == values.numbers[1]
    assert fields["Text2"] == values.numbers[25]
    assert fields["Text10"] == values.numbers[29]  # "30." is row 5, right column
    assert fields["Text12"] == ""  # "31." stays empty: 30 numbers


def test_printed_numbering_across_the_rows_is_followed_too() -> None:
    values = values_from_case(make_case(4))
    fields = _values(fill_form(world.numbered_columns_form(down=False), values, "x.pdf").pdf)
    # printed 1. 2. on the first row, 3. 4. on the second; names run down the columns
    assert [fields[k] for k in ("Text1", "Text26", "Text2", "Text27")] == list(values.numbers)


@pytest.mark.parametrize(("lang", "country", "when"), [
    ("de", "DE", "15.09.2026"), ("fr", "FR", "15/09/2026"), ("nl", "NL", "15-09-2026"),
    ("es", "ES", "15/09/2026")])
def test_labels_in_the_customers_language_on_widgets_named_text1_to_textn(
        lang: str, country: str, when: str) -> None:
    case = world_case(country, port_type="partial")
    result = fill_form(world.language_form(lang), values_from_case(case), f"{lang}.pdf")
    fields = _values(result.pdf)
    assert fields["Text1"] == case.losing_carrier  # "Name:" under the losing provider
    assert fields["Text2"] == "Zoë Dvořák Bäckerei GmbH"
    assert fields["Text3"] == ""  # the VAT number is not ours
    assert fields["Text4"] == case.service_address.line1
    assert fields["Text5"] == case.service_address.postal_code
    assert fields["Text6"] == case.service_address.city
    assert fields["Text7"] == "KD-4471-22"
    assert fields["Text9"].split("\n") == [n for n in values_from_case(case).numbers]
    assert fields["Text10"] == when
    assert fields["Text11"] == "Zoë Dvořák"
    assert fields["Check1"] == "/Off" and fields["Check2"] != "/Off"  # a partial port
    text = _text_in(result.pdf, 0, (300, 680, 560, 700))
    assert "Acme Telecom GmbH" in text and case.losing_carrier not in text  # the new side


def test_no_signature_widget_signs_on_the_printed_line_with_the_forms_date() -> None:
    filled = fill_form(world.language_form("de"), values_from_case(world_case("DE")),
                       "de.pdf").pdf
    signed, where, _notes = place_signature(filled, INK, "Zoë Dvořák", "", SIGNED_ON, "de.pdf")
    images = _images(signed, 0)
    assert images and all(130 <= (b[0] + b[2]) / 2 <= 360 and 150 <= b[1] <= 200
                          for b in images)  # on the "Unterschrift: ____" line
    assert "05.12.2026" in _text_in(signed, 0, (410, 150, 520, 175))  # "Datum: ____"
    assert where.startswith("page 1 at")


def test_paper_form_labels_above_below_and_in_cells() -> None:
    case = make_case(3)
    values = values_from_case(case)
    result = fill_form(world.paper_form(), values, "paper.pdf")
    pdf = result.pdf
    assert _text_in(pdf, 0, (70, 678, 330, 692)) == case.account_name  # label above the line
    assert _text_in(pdf, 0, (70, 638, 330, 652)) == case.losing_carrier
    assert _text_in(pdf, 0, (74, 462, 370, 478)) == values.numbers[0]  # first empty cell
    assert _text_in(pdf, 0, (74, 422, 370, 438)) == values.numbers[2]
    assert [_text_in(pdf, 0, (x, 356, x + w, 372)) for x, w in ((170, 30), (210, 30),
                                                                 (250, 40))] == \
        ["07", "15", "2025"]  # MM / DD / YYYY boxes
    signed, _where, _notes = place_signature(pdf, INK, case.authorized_name, "", SIGNED_ON, "p")
    assert "12/05/2026" in _text_in(signed, 0, (340, 256, 445, 272))  # on the line, not by "Date"
    assert any(72 <= b[0] <= 100 and 255 <= b[1] <= 280 for b in _images(signed, 0))


def test_table_cells_of_a_paper_form() -> None:
    case = world_case("ES")
    pdf = fill_form(world.cell_table_form(), values_from_case(case), "es.pdf").pdf
    assert _text_in(pdf, 0, (164, 701, 520, 713)) == case.account_name
    assert _text_in(pdf, 0, (164, 673, 310, 685)) == "Madrid"
    assert _text_in(pdf, 0, (74, 601, 270, 613)) == "Telefónica"
    numbers = values_from_case(case).numbers
    # the first row under the header cells is the first slot (the header row is no sentence
    # running into it), the next row the second
    assert _text_in(pdf, 0, (73, 547, 171, 559)) == numbers[0]
    assert _text_in(pdf, 0, (73, 533, 171, 545)) == numbers[1]
    assert _text_in(pdf, 0, (173, 533, 271, 559)) == ""  # "Número final" is not ours


def test_uk_form_every_page_signed_and_dated() -> None:
    case = world_case("GB")
    filled = fill_form(world.uk_two_page_form(), values_from_case(case), "uk.pdf").pdf
    signed, _where, _notes = place_signature(filled, INK, "Zoë Dvořák", "", SIGNED_ON, "uk")
    assert _images(signed, 0) and _images(signed, 1)
    assert "05/12/2026" in _text_in(signed, 0, (0, 0, 600, 60))  # page 1: in its margin
    assert "05/12/2026" in _text_in(signed, 1, (418, 512, 522, 534))  # page 2: its Date field
    assert _text_in(signed, 0, (218, 694, 502, 710)) == "1 High Street, London"


def test_names_outside_latin_1_print_as_themselves() -> None:
    case = world_case("DE")
    filled = fill_form(world.language_form("de"), values_from_case(case), "de.pdf").pdf
    signed, _where, _notes = place_signature(filled, INK, "Zoë Dvořák", "", SIGNED_ON, "de")
    assert _text_in(signed, 0, (248, 648, 512, 668)) == "Zoë Dvořák Bäckerei GmbH"
    assert _text_in(signed, 0, (248, 228, 452, 248)) == "Zoë Dvořák"


def test_a_form_in_a_script_we_cannot_read_is_said_and_left_to_clicks() -> None:
    with pytest.raises(FormNotUsable, match=r"Cyrillic.*clicking"):
        fill_form(world.cyrillic_form(), values_from_case(make_case(2)), "ru.pdf")
    analysis = analyse_form(world.cyrillic_form(), "ru.pdf", strict=False)
    assert "Cyrillic" in analysis.notice and analysis.placements == []


def test_blanks_left_empty_are_listed_for_the_specialist() -> None:
    result = fill_form(world.language_form("de"), values_from_case(world_case("DE")), "de.pdf")
    report = result.report()
    assert any("Umsatzsteuer" in line or "not one of ours" in line
               for line in report["left_for_you"]) or report["left_for_you"] == []
    placed = {row["field"] for row in report["fields"] if row["value"]}
    assert "pin" not in placed and "contact_phone" not in placed
    assert all(row["evidence"] for row in report["fields"])  # every decision says why
    assert date(2026, 9, 15).strftime("%d.%m.%Y") in [row["value"] for row in report["fields"]]


def test_partial_port_radio_groups_yes_no_boxes_and_the_numbers_that_stay() -> None:
    case = make_case(3, port_type="partial", customer_type="residential",
                     new_btn="+12125550150", remaining_numbers=["+12125550150", "+12125550151"])
    result = fill_form(world.partial_port_form(), values_from_case(case), "pp.pdf")
    reader = PdfReader(io.BytesIO(result.pdf))
    fields = reader.get_fields() or {}
    assert fields["kind"]["/V"] == "/R" and fields["scope"]["/V"] == "/some"  # radio groups
    kids = {str(a.get_object()["/AP"]["/N"].keys()): str(a.get_object()["/AS"])
            for a in reader.pages[0]["/Annots"] if a.get_object().get("/Parent") is not None}
    assert sorted(kids.values()) == ["/Off", "/Off", "/R", "/some"]  # one button per group
    assert fields["q1"]["/V"] != "/Off" and fields["q2"]["/V"] == "/Off"  # partial? Yes
    assert fields["f2"]["/V"] == "212-555-0150"  # the new BTN
    assert str(fields["f3"]["/V"]).split("\n") == ["212-555-0150", "212-555-0151"]
    full = fill_form(world.partial_port_form(), values_from_case(make_case(2)), "pp.pdf")
    fields = PdfReader(io.BytesIO(full.pdf)).get_fields() or {}
    assert fields["scope"]["/V"] == "/all" and fields["q2"]["/V"] != "/Off"
    assert not fields["f3"].get("/V")  # nothing stays: left empty


def test_lines_drawn_to_write_on_and_lines_that_are_not_blanks() -> None:
    case = make_case(2)
    filled = fill_form(world.drawn_lines_form(), values_from_case(case), "lines.pdf").pdf
    assert _text_in(filled, 0, (178, 696, 482, 710)) == case.account_name
    assert _text_in(filled, 0, (178, 666, 482, 680)) == case.losing_carrier
    assert _text_in(filled, 0, (178, 636, 482, 650)) == case.account_number
    assert _text_in(filled, 0, (70, 736, 300, 750)) == "Porting Letter of Authorization"
    assert _text_in(filled, 0, (70, 86, 300, 100)) == ""  # the footnote rule stays empty
    signed, _where, _notes = place_signature(filled, INK, case.authorized_name, "", SIGNED_ON,
                                             "lines.pdf")
    assert any(72 <= b[0] <= 120 and 558 <= b[1] <= 575 for b in _images(signed, 0))
    assert _text_in(signed, 0, (338, 559, 482, 572)) == "12/05/2026"


def test_two_address_blocks_yes_no_boxes_on_underlines_and_dotted_lines_below_a_label() -> None:
    billing = {"line1": "88 boulevard René-Lévesque E", "city": "Québec", "state": "QC",
               "postal_code": "G1R 2B5"}
    case = make_case(2, port_type="partial", billing_address=billing,
                     service_address={"line1": "1200 rue Sainte-Catherine O", "city": "Montréal",
                                      "state": "QC", "postal_code": "H3B 1K9"})
    result = fill_form(world.two_address_form(), values_from_case(case), "deux.pdf")
    fields = _values(result.pdf)
    assert fields["Vill700"] == "Montréal" and fields["Vill620"] == "Québec"
    assert fields["Code700"] == "H3B 1K9" and fields["Code620"] == "G1R 2B5"
    assert fields["box230"] == "X" and fields["box290"] == ""  # partiel ? OUI
    # "Adresse postale:" is a third address block that nothing says is the service's (a
    # mailing address is as often the billing one): left empty and said, never guessed
    assert "1200 rue Sainte-Catherine O" not in _text_in(result.pdf, 0, (70, 470, 540, 500))
    assert any("second address block" in r for r in result.review)
    no_billing = fill_form(world.two_address_form(), values_from_case(make_case(2)), "d.pdf")
    fields = _values(no_billing.pdf)
    assert fields["Vill620"] == "" and fields["Code620"] == ""  # not the service address
