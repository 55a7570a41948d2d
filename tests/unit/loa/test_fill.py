from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import BooleanObject

from portdesk.loa.errors import BadMapping, BadPdf, FormNotUsable
from portdesk.loa.fields import LoaValues, values_from_case
from portdesk.loa.fill import analyse_form, fill_form
from portdesk.loa.overrides import MappingMemory
from portdesk.loa.vocabulary import classify
from tests.loaforms import testforms
from tests.unit.loa.helpers import make_case


def _fields(pdf: bytes) -> dict[str, object]:
    return {k: v.get("/V") for k, v in (PdfReader(io.BytesIO(pdf)).get_fields() or {}).items()}


def _by_field(result_rows: list, field: str) -> list:  # type: ignore[type-arg]
    return [r for r in result_rows if r.field == field]


@pytest.mark.parametrize(("text", "expected"), [
    ("Text1", None), ("undefined_6", None), ("Billing Telephone Number (if applicable):", "btn"),
    ("PIN / Passcode:", "pin"), ("Province/Territory:", "state"), ("Zip Code", "postal_code"),
    ("To: (Donor operator)", "carrier"), ("Position in Company (if applicable):",
                                           "authorized_title"),
    ("Customer/Company name:", "account_name"), ("Authorizing Signature:", "signature"),
])
def test_labels_are_recognised(text: str, expected: str | None) -> None:
    found = classify(text)
    assert (str(found.field) if found else None) == expected


def test_printed_label_beats_a_misleading_widget_name(values: LoaValues) -> None:
    result = fill_form(testforms.opaque_form(), values, "opaque.pdf")
    fields = _fields(result.pdf)
    # The widget is named "Service Address" (tooltip too) but sits on the printed "Street:" line.
    assert fields["Service Address"] == "123 Main Street, Suite 4B"
    assert fields["Text3"] == "Springfield"  # "City:"
    assert fields["Text1"] == "José Núñez Plumbing & Heating LLC"
    assert fields["undefined_6"] == "8812-3345-01"
    street = _by_field(result.rows, "street")[0]
    assert street.target == "Service Address" and street.source.startswith("label")


def test_unnumbered_slots_are_read_down_each_column_whatever_their_names(
        values: LoaValues) -> None:
    fields = _fields(fill_form(testforms.opaque_form(), values, "opaque.pdf").pdf)
    # Printed grid (two columns, no printed numbers): Text20 Text17 / Text21 Text16 /
    # Text19 Text18; the names follow neither order, so the page decides: down, then across.
    assert [fields[k] for k in ("Text20", "Text21", "Text19", "Text17")] == [
        "212-555-0100", "212-555-0101", "212-555-0102", "212-555-0103"]
    assert fields["Text16"] in (None, "")


def test_checkboxes_use_the_forms_own_on_state() -> None:
    values = values_from_case(make_case(2))
    reader = PdfReader(io.BytesIO(fill_form(testforms.opaque_form(), values, "f").pdf))
    states = {str(a.get_object()["/T"]): a.get_object()["/AS"]
              for a in reader.pages[0]["/Annots"] if a.get_object().get("/FT") == "/Btn"}
    assert states == {"Check Box1": "/Choice1", "Check Box2": "/Off"}
    partial = values_from_case(make_case(2, port_type="partial"))
    reader = PdfReader(io.BytesIO(fill_form(testforms.opaque_form(), partial, "f").pdf))
    states = {str(a.get_object()["/T"]): a.get_object()["/AS"]
              for a in reader.pages[0]["/Annots"] if a.get_object().get("/FT") == "/Btn"}
    assert states == {"Check Box1": "/Off", "Check Box2": "/1"}


def test_appearances_are_drawn_and_need_appearances_is_off(values: LoaValues) -> None:
    reader = PdfReader(io.BytesIO(fill_form(testforms.opaque_form(), values, "f").pdf))
    assert reader.trailer["/Root"]["/AcroForm"]["/NeedAppearances"] == BooleanObject(False)
    annot = next(a.get_object() for a in reader.pages[0]["/Annots"]
                 if a.get_object().get("/T") == "Text1")
    stream = annot["/AP"]["/N"].get_object().get_data()
    assert b"Jos\xe9 N\xfa\xf1ez" in stream  # WinAnsi bytes, drawn by us


def test_report_lists_confidence_and_masks_the_pin(values: LoaValues) -> None:
    result = fill_form(testforms.opaque_form(), values, "f")
    report = result.report()
    json.dumps(report)  # serialisable as is
    pin = next(r for r in report["fields"] if r["field"] == "pin")
    assert pin["value"] == "••••" and pin["target"] == "undefined_7"
    assert all(0 < r["confidence"] <= 1 for r in report["fields"])
    assert "4321" not in json.dumps(report)


def test_too_long_values_shrink_and_are_reported_never_cut(values: LoaValues) -> None:
    """A value that fits only in smaller type is shrunk and said; one that does not fit even at
    the smallest type is left empty and listed to write by hand (session 18's decided rule: a cut
    or spilled value is wrong), never cut; a widget's character limit is said, not cut."""
    shrunk = fill_form(testforms.tiny_fields_form(name_width=150), values, "tiny.pdf")
    name = _by_field(shrunk.rows, "account_name")[0]
    assert name.font_size is not None and name.font_size < 10
    assert "font reduced" in name.note
    assert _fields(shrunk.pdf)["name"] == "José Núñez Plumbing & Heating LLC"  # whole value kept
    result = fill_form(testforms.tiny_fields_form(), values, "tiny.pdf")
    name = _by_field(result.rows, "account_name")[0]
    assert name.value == "" and name.font_size is None
    assert "write it by hand" in name.note
    fields = _fields(result.pdf)
    assert not fields.get("name")  # nothing cut into the box
    assert fields["acct"] == "8812-3345-01"
    assert any("6-character limit" in p for p in result.problems)
    assert any("does not fit" in p for p in result.problems)


def test_more_numbers_than_slots_is_a_problem_not_silence() -> None:
    values = values_from_case(make_case(9))
    result = fill_form(testforms.opaque_form(), values, "f")
    assert any("3 of 9 numbers do not fit" in p for p in result.problems)


def test_flat_form_gets_overlaid_text_at_the_blanks(values: LoaValues) -> None:
    import pypdfium2 as pdfium

    result = fill_form(testforms.flat_form(), values, "flat.pdf")
    rows = {r.field: r for r in result.rows if r.value}
    assert rows["account_name"].target.startswith("page 1 at")
    assert rows["number"].target.startswith("page 1 at")
    doc = pdfium.PdfDocument(result.pdf)
    text = doc[0].get_textpage().get_text_range()
    doc.close()
    assert "José Núñez Plumbing" in text and "212-555-0103" in text


def test_override_by_widget_and_position_and_memory(values: LoaValues, tmp_path: Path) -> None:
    memory = MappingMemory(tmp_path / "form_mappings")
    overrides = {"account_name": "Text9", "authorized_name": None,
                 "pin": {"page": 1, "x": 400, "y": 100}}
    first = fill_form(testforms.opaque_form(), values, "f", overrides, memory, remember=True)
    assert _fields(first.pdf)["Text9"] == "José Núñez Plumbing & Heating LLC"
    pin = _by_field(first.rows, "pin")[0]
    assert pin.target == "page 1 at (400, 100)" and pin.confidence == 1.0
    assert (tmp_path / "form_mappings" / f"{first.fingerprint}.json").is_file()
    again = fill_form(testforms.opaque_form(), values, "f", None, memory)
    assert _by_field(again.rows, "account_name")[0].source == "remembered"
    assert _fields(again.pdf)["Text9"] == "José Núñez Plumbing & Heating LLC"


def test_bad_overrides_are_explained(values: LoaValues) -> None:
    with pytest.raises(BadMapping, match="no such widget"):
        fill_form(testforms.opaque_form(), values, "f", {"pin": "Nope"})
    with pytest.raises(BadMapping, match="not one of our fields"):
        fill_form(testforms.opaque_form(), values, "f", {"shoe_size": "Text1"})


def test_fingerprint_is_stable_and_distinguishes_forms() -> None:
    a = analyse_form(testforms.opaque_form(), "a").fingerprint
    assert a == analyse_form(testforms.opaque_form(), "a").fingerprint
    assert a != analyse_form(testforms.tiny_fields_form(), "b").fingerprint


@pytest.mark.parametrize(("maker", "message"), [
    (testforms.encrypted_form, "encrypted"),
    (testforms.xfa_only_form, "XFA"),
    (lambda: testforms.opaque_form()[:4000], "truncated"),
    (lambda: b"hello, not a pdf", "not a PDF"),
    (lambda: b"", "empty"),
])
def test_unusable_pdfs_are_refused_clearly(values: LoaValues, maker, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(BadPdf, match=message):
        fill_form(maker(), values, "x.pdf")


def test_form_without_fields_or_labels(values: LoaValues) -> None:
    with pytest.raises(FormNotUsable, match="no fillable fields and no printed labels"):
        fill_form(testforms.blank_page(), values, "blank.pdf")

