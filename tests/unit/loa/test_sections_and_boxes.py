"""Failure classes the second, independent set of drawn forms (tests/loaforms) found, each pinned
by a small form of its own: whose section a blank sits in, labels naming several address parts,
dates in captioned boxes, a partly fillable page's printed signature line, "Firma" in German."""

from __future__ import annotations

import io
from typing import Any

import pytest
from pypdf import PdfReader

from portdesk.loa.fields import LoaField, LoaValues
from portdesk.loa.fill import fill_form
from portdesk.loa.vocabulary import NOT_OURS, classify, for_language
from portdesk.services.loa import values_from_entries
from tests.integration.loa.scoring import added_chars, read_chars, text_of
from tests.loaforms.cases import CASES
from tests.loaforms.kit import Sheet, a4, letter


@pytest.mark.parametrize(("label", "field"), [
    ("Service address (street, city, state, ZIP)", LoaField.SERVICE_ADDRESS),
    ("City, State, ZIP", LoaField.LOCALITY),
    ("Town / County", LoaField.LOCALITY),
    ("Service Address (Street, Suite) - no P.O. Box", LoaField.STREET),
    ("Date (YYYY-MM-DD / AAAA-MM-JJ)", LoaField.DATE_SIGNED),
    ("Name / Nom", LoaField.ACCOUNT_NAME),
    ("Company registration number", NOT_OURS),
    ("Geburtsdatum (nur Privatkunden)", NOT_OURS),
    ("Main billing number (MBN)", LoaField.BTN),
    ("Numbers NOT being ported", LoaField.REMAINING_NUMBERS),
    ("Name des Anbieters", LoaField.CARRIER),
    ("Name (block capitals)", LoaField.AUTHORIZED_NAME),
])
def test_labels_the_drawn_forms_taught(label: str, field: LoaField | str) -> None:
    read = classify(label)
    assert read is not None and read.field == field


def test_firma_is_the_company_in_german_and_the_signature_in_spanish() -> None:
    de = for_language(classify("Firma / Name"), "de")
    es = for_language(classify("Firma"), "es")
    assert de is not None and de.field == LoaField.ACCOUNT_NAME
    assert es is not None and es.field == LoaField.SIGNATURE


def _values(entry: dict[str, Any]) -> LoaValues:
    return values_from_entries(entry)


def _written(original: bytes, filled: bytes, page: int, rect: list[float]) -> str:
    new = [c for c in added_chars(read_chars(original), read_chars(filled)) if c.page == page
           and rect[0] - 2 <= c.cx <= rect[2] + 2 and rect[1] - 2 <= c.cy <= rect[3] + 2]
    return " ".join(text_of(new).split())


def _where(sheet: Sheet, what: str) -> list[float]:
    return next(p["rect"] for p in sheet.places if p.get("what") == what)


def test_the_new_providers_box_stays_empty_and_the_current_providers_name_is_the_carrier() -> None:
    s = a4("boxes", "GB", "en", [], "")
    s.text(40, 780, "To: (new provider)", 9, bold=True)
    s.blank("Company name:", 40, 760, 280, None)
    s.text(320, 780, "From: (current provider)", 9, bold=True)
    s.blank("Company name:", 320, 760, 560, "carrier")
    s.text(40, 720, "Customer details", 10, bold=True)
    s.blank("Company / customer name:", 40, 700, 560, "account_name")
    s.blank("Signed:", 40, 300, 300, "signature")
    s.frame(40, 80, 300, 60)
    s.text(46, 128, "For office use only", 8, bold=True)
    s.blank("Date:", 46, 100, 300, None)
    pdf, _truth = s.build()
    entry = CASES["uk-bt"]
    filled = fill_form(pdf, _values(entry), "boxes.pdf").pdf
    rects = [p["rect"] for p in s.places]
    assert _written(pdf, filled, 1, rects[0]) == ""  # the new provider's name: not ours
    assert _written(pdf, filled, 1, rects[1]) == "BT"
    assert _written(pdf, filled, 1, rects[2]) == entry["account_name"]
    assert _written(pdf, filled, 1, rects[4]) == ""  # the office's date: not ours


def test_a_date_in_captioned_boxes_takes_its_order_from_the_captions() -> None:
    s = letter("dateboxes", "CA", "en", [], "")
    s.text(320, 527, "Requested port date / Date de transfert demandée", 7.5)
    for n, (label, x, w) in enumerate((("YYYY / AAAA", 320, 50), ("MM", 380, 30),
                                       ("DD / JJ", 420, 30))):
        s.widget(f"Text{n + 1}", x, 508, w, 16, None)
        s.text(x, 498, label, 6.5)
    s.sign_line("Signature", 40, 300, 300)
    pdf, _truth = s.build()
    filled = fill_form(pdf, _values(CASES["ca-bell-en"]), "dateboxes.pdf").pdf
    fields = {k: str(v.get("/V") or "") for k, v in
              (PdfReader(io.BytesIO(filled)).get_fields() or {}).items()}
    assert (fields["Text1"], fields["Text2"], fields["Text3"]) == ("2027", "01", "08")


def test_a_printed_signature_line_on_a_page_with_widgets_is_found() -> None:
    s = letter("partly", "US", "en", [], "")
    s.text(40, 704, "Customer name", 8)
    s.widget("Text1", 40, 684, 260, 16, "account_name")
    place = s.sign_line("Authorized Signature", 40, 400, 330)
    pdf, _truth = s.build()
    result = fill_form(pdf, _values(CASES["us-att"]), "partly.pdf")
    plan = [r for r in result.rows if r.field == "signature"]
    assert plan and plan[0].page == 0
    assert place["rect"][0] - 6 <= float(plan[0].target.split("(")[1].split(",")[0]) \
        <= place["rect"][2]


def test_a_german_firma_line_takes_the_company_and_no_signature() -> None:
    s = a4("firma", "DE", "de", [], "")
    s.text(40, 800, "Auftrag zur Rufnummernmitnahme", 12, bold=True)
    s.text(40, 780, "Anschlussinhaber", 10, bold=True)
    s.blank("Firma / Name:", 40, 760, 550, "account_name")
    s.blank("Straße, Hausnummer:", 40, 738, 550, "street")
    s.blank("Datum:", 40, 110, 220, "date_signed")
    s.sign_line("Unterschrift des Anschlussinhabers", 250, 110, 550, label_below=True)
    pdf, _truth = s.build()
    entry = CASES["de-telekom"]
    result = fill_form(pdf, _values(entry), "firma.pdf")
    assert _written(pdf, result.pdf, 1, _where(s, "Firma / Name:")) == entry["account_name"]
    signs = [r for r in result.rows if r.field == "signature"]
    assert len(signs) == 1 and "Unterschrift" in signs[0].evidence
