from __future__ import annotations

import io
import re

import pypdfium2 as pdfium
from pypdf import PdfReader

from portdesk.config import Branding
from portdesk.domain.case import PortType, RemainingAction
from portdesk.loa.standard import ANNEX_COLUMNS, ANNEX_ROWS, render_standard_loa
from tests.unit.loa.helpers import make_case


def _text(pdf: bytes) -> list[str]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [" ".join(doc[i].get_textpage().get_text_range().split()) for i in range(len(doc))]
    finally:
        doc.close()


def test_letter_carries_every_loa_item_and_prints_accents() -> None:
    case = make_case(3)
    pages = _text(render_standard_loa(case, Branding(name="Acme Voice")))
    text = " ".join(pages)
    assert len(pages) == 1
    for item in ("José Núñez Plumbing & Heating LLC", "José Núñez", "Owner", "Business",
                 "Verizon Business", "8812-3345-01", "4321", "212-555-0100", "123 Main Street",
                 "Suite 4B", "Springfield", "IL 62701", "07/15/2025", "212-555-0102",
                 "Signature of authorized person", "Date signed", "Printed name",
                 "Acme Voice and the carriers it designates to act as my agent"):
        assert item in text, item
    assert "Page 1 of 1" in text


def test_fonts_are_embedded() -> None:
    reader = PdfReader(io.BytesIO(render_standard_loa(make_case(2), Branding())))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    descriptors = [f.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                   if "/DescendantFonts" in f.get_object()
                   else f.get_object().get("/FontDescriptor") for f in fonts.values()]
    embedded = [d for d in descriptors if d is not None and "/FontFile2" in d.get_object()]
    assert embedded, "the DejaVu subset must be embedded"


def test_long_lists_go_to_an_annex_with_page_x_of_y_everywhere() -> None:
    case = make_case(1000)
    pages = _text(render_standard_loa(case, Branding()))
    per_page = ANNEX_COLUMNS * ANNEX_ROWS
    assert len(pages) == 1 + -(-1000 // per_page)
    for n, page in enumerate(pages, start=1):
        assert f"Page {n} of {len(pages)}" in page
    annex = " ".join(pages[1:])
    listed = set(re.findall(r"212-555-\d{4}", annex))
    assert len(listed) == 1000
    assert "Annex A" in pages[0]


def test_partial_port_section_names_the_numbers_that_stay() -> None:
    case = make_case(3, port_type="partial", remaining_action="keep",
                     new_btn="212-555-0150").with_changes(
        remaining_numbers=("+12125550160", "+12125550161"), btn="+12125550100")
    text = _text(render_standard_loa(case, Branding()))[0]
    assert case.port_type == PortType.PARTIAL and case.remaining_action == RemainingAction.KEEP
    assert "Partial port" in text
    assert "212-555-0160" in text and "212-555-0161" in text
    assert "Keep at the current carrier" in text
    assert "212-555-0150" in text


def test_toll_free_letter_states_the_30_day_rule() -> None:
    case = make_case(1, numbers=["800-555-0100"], btn="800-555-0100")
    pdf = render_standard_loa(case, Branding())
    assert "30 days" in _text(pdf)[0]
    assert "toll-free" in str(PdfReader(io.BytesIO(pdf)).metadata.get("/Keywords"))
