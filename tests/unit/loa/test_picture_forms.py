"""Forms whose labels are only pixels (issue 11, session 19): a page that is one picture, with
the carrier's widgets laid over it, read through OCR into the same label words a text layer
gives (`loa/formocr.py`). Forms drawn here, in words of their own; the OCR tests skip when
Tesseract is not installed."""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.lib.pagesizes import letter as letter_size

from portdesk.loa import formocr
from portdesk.loa.blanks import Blank
from portdesk.loa.errors import FormNotUsable
from portdesk.loa.fields import LoaField, values_from_case
from portdesk.loa.fill import analyse_form, fill_form
from portdesk.loa.formocr import UNREAD, PictureText, picture_pages, weigh
from portdesk.loa.formscan import Word, extract_words
from portdesk.loa.mapping import Placement
from portdesk.loa.vocabulary import classify_in
from tests.loaforms.kit import Sheet
from tests.loaforms.round28_kit import tf
from tests.loaforms.round32_kit import scanned_page
from tests.unit.loa.helpers import make_case, widget_values

needs_ocr = pytest.mark.skipif(not formocr.available(), reason="Tesseract OCR is not installed")
_, H = letter_size


def _picture_form(blot: bool = False) -> bytes:
    """A US port request scanned to one picture: every label only in the image, the carrier's
    widgets on its boxes, a numbered list of four boxes and a signature box beside the date.
    `blot`: a smudge over the account number's label (no reader can tell what it asks)."""
    s = Sheet("picture-form", "US", "en", "", letter_size)
    texts: list[tuple[float, float, str, float]] = [
        (40, H - 50, "NUMBER TRANSFER REQUEST", 15), (40, H - 80, "1. CUSTOMER", 10)]
    boxes: list[tuple[float, float, float, float]] = []
    widgets: list[tuple[str, float, float, float]] = []

    def field(name: str, label: str, x: float, y: float, w: float) -> None:
        texts.append((x, y + 17, label, 8))
        boxes.append((x, y, w, 15))
        widgets.append((name, x + 1, y + 1, w - 2))

    y = H - 110
    field("w1", "Account holder name", 40, y, 330)
    field("w2", "Account number", 380, y, 190)
    y -= 36
    field("w3", "Service street address", 40, y, 250)
    field("w4", "City", 300, y, 120)
    field("w5", "ZIP code", 430, y, 140)
    y -= 36
    field("w6", "Current provider", 40, y, 250)
    field("w7", "Authorized person", 300, y, 270)
    y -= 30
    texts.append((40, y, "2. NUMBERS TO TRANSFER", 10))
    rows = []
    for k in range(4):
        by = y - 24 - k * 20
        texts.append((40, by + 4, f"{k + 1}.", 9))
        boxes.append((56, by, 200, 16))
        rows.append((f"n{k + 1}", 57, by + 1, 198))
    y -= 130
    boxes.append((40, y - 10, 250, 46))
    field("w9", "Date signed", 300, y, 110)
    blots = ((380, H - 110 + 15, 70, 12),) if blot else ()
    scanned_page(s, texts, boxes, blots)
    for name, x, wy, w in [*widgets, *rows]:
        tf(s, name, x, wy, w, 13, None)
    return s.build()[0]


def _entry() -> dict[str, Any]:
    return {"account_number": "ACCT-7781-02", "carrier": "Verizon Business"}


@needs_ocr
def test_a_picture_form_is_read_by_ocr_and_filled_where_its_labels_say() -> None:
    pdf = _picture_form()
    assert extract_words(pdf) == []  # no text layer at all: the labels are pixels
    analysis = analyse_form(pdf, "form.pdf", country="US")
    at = {p.widget: p.field for p in analysis.placements if p.widget}
    assert at.get("w1") == LoaField.ACCOUNT_NAME, at
    assert at.get("w2") == LoaField.ACCOUNT_NUMBER, at
    assert at.get("w4") == LoaField.CITY and at.get("w5") == LoaField.POSTAL_CODE, at
    assert at.get("w6") == LoaField.CARRIER, at
    assert at.get("w9") == LoaField.DATE_SIGNED, at
    assert "read by OCR" in analysis.notice
    out = fill_form(pdf, values_from_case(make_case(**_entry())), "form.pdf")
    got = widget_values(out.pdf)
    assert got["w1"] == "José Núñez Plumbing & Heating LLC" and got["w2"] == "ACCT-7781-02"
    assert got["w6"] == "Verizon Business"
    assert "555-0100" in got["n1"] and "555-0103" in got["n4"], got
    # a place to sign: the large box beside the date of signing, though no word names it
    assert any(p.field == LoaField.SIGNATURE for p in analysis.placements)


@needs_ocr
def test_a_value_placed_by_a_label_read_from_pixels_is_less_sure_than_by_printed_text() -> None:
    analysis = analyse_form(_picture_form(), "form.pdf", country="US")
    name = next(p for p in analysis.placements if p.widget == "w1")
    assert name.confidence < 0.8  # a label above its box reads 0.8 on a text layer


@needs_ocr
def test_a_smudged_label_leaves_its_box_empty_and_nothing_else_moves_in() -> None:
    pdf = _picture_form(blot=True)
    analysis = analyse_form(pdf, "form.pdf", country="US")
    assert not [p for p in analysis.placements if p.widget == "w2"], analysis.placements
    assert any(p.widget == "w1" and p.field == LoaField.ACCOUNT_NAME
               for p in analysis.placements)


@needs_ocr
def test_each_picture_page_is_read_once_for_an_analysis_and_a_fill(
        monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = _picture_form()
    formocr._cache.clear()
    calls: list[int] = []
    read = formocr._ocr_page

    def counted(*args: object) -> list[Word]:
        calls.append(1)
        return read(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(formocr, "_ocr_page", counted)
    analyse_form(pdf, "form.pdf", country="US")
    fill_form(pdf, values_from_case(make_case(**_entry())), "form.pdf")
    assert len(calls) == 1


def test_a_page_with_a_text_layer_is_never_read_by_ocr() -> None:
    """A letterhead picture behind printed labels: the text layer is read, not the pixels."""
    s = Sheet("text-over-picture", "US", "en", "", letter_size)
    scanned_page(s, [(40, H - 50, "LETTERHEAD", 15)], [])
    s.text(40, H - 100, "Account holder name", 8)
    tf(s, "w1", 40, H - 120, 300, 14, None)
    s.text(40, H - 140, "Account number", 8)
    tf(s, "w2", 40, H - 160, 300, 14, None)
    pdf = s.build()[0]
    assert picture_pages(pdf, extract_words(pdf)) == []


def test_without_tesseract_a_picture_form_is_said_unread_not_crashed(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(formocr, "available", lambda: False)
    pdf = _picture_form()
    analysis = analyse_form(pdf, "form.pdf", country="US", strict=False)
    assert "Tesseract OCR is not installed" in analysis.notice
    assert not [p for p in analysis.placements if p.widget in ("w1", "w2")]


# -- the weighing of OCR's readings, on words with given confidences ---------------------------

def _blank(rect: tuple[float, float, float, float]) -> Blank:
    return Blank(page=0, rect=rect, kind="widget")


def _placed(rect: tuple[float, float, float, float], evidence: str) -> Placement:
    return Placement(LoaField.ACCOUNT_NUMBER, 0.8, "label (above)", widget="w", rect=rect,
                     evidence=evidence)


def test_a_label_read_unsurely_scales_its_value_under_the_line_and_lists_it() -> None:
    rect = (40.0, 700.0, 240.0, 714.0)
    sure = PictureText([Word("Account", 0, 40, 717, 70, 724, conf=0.95),
                        Word("number", 0, 72, 717, 98, 724, conf=0.93)], [0])
    kept, review = weigh([_placed(rect, "Account number")], [_blank(rect)], sure)
    assert len(kept) == 1 and 0.6 <= kept[0].confidence < 0.8 and review == []
    unsure = PictureText([Word("Account", 0, 40, 717, 70, 724, conf=0.66),
                          Word("number", 0, 72, 717, 98, 724, conf=0.7)], [0])
    kept, review = weigh([_placed(rect, "Account number")], [_blank(rect)], unsure)
    assert kept == [] and len(review) == 1 and "unsurely" in review[0].reason


def test_a_blank_whose_picture_label_was_unreadable_is_listed() -> None:
    rect = (40.0, 700.0, 240.0, 714.0)
    picture = PictureText([Word(UNREAD, 0, 40, 717, 70, 724, conf=0.4)], [0])
    kept, review = weigh([], [_blank(rect)], picture)
    assert kept == [] and [r.reason for r in review] == [
        "its label in the picture could not be read surely: left empty"]


def test_values_on_pages_with_a_text_layer_are_not_weighed() -> None:
    rect = (40.0, 700.0, 240.0, 714.0)
    picture = PictureText([Word("Account", 1, 40, 717, 70, 724, conf=0.5)], [1])
    kept, review = weigh([_placed(rect, "Account number")], [_blank(rect)], picture)
    assert [p.confidence for p in kept] == [0.8] and review == []


# -- classes the picture forms showed, on printed text --------------------------------------

def test_the_big_box_beside_the_date_of_signing_is_signed_when_no_word_names_it() -> None:
    """'[large box, its caption hidden under a widget]  Date of signature [____]': nothing
    names the box, the date's label says a signature is made there."""
    s = Sheet("hidden-caption", "US", "en", "", letter_size)
    s.text(40, H - 60, "Account holder name", 8)
    tf(s, "w1", 40, H - 80, 300, 14, None)
    s.box(40, 400, 250, 46, None, "signature box")
    s.text(300, 440, "Date of signature", 8)
    tf(s, "w2", 300, 420, 110, 14, None)
    analysis = analyse_form(s.build()[0], "form.pdf", country="US")
    signs = [p for p in analysis.placements if p.field == LoaField.SIGNATURE]
    assert len(signs) == 1 and signs[0].rect is not None and signs[0].rect[2] <= 292, signs
    assert [p.widget for p in analysis.placements if p.field == LoaField.DATE_SIGNED] == ["w2"]


def test_a_signature_read_by_its_words_is_not_moved_to_a_box_beside_the_date() -> None:
    s = Sheet("named-signature", "US", "en", "", letter_size)
    s.text(40, H - 60, "Account holder name", 8)
    tf(s, "w1", 40, H - 80, 300, 14, None)
    s.box(40, 400, 250, 46, None, "a box for the office")
    s.text(300, 440, "Date of signature", 8)
    tf(s, "w2", 300, 420, 110, 14, None)
    s.sign_line("Signature of the account holder", 40, 300, 300, label_below=True)
    analysis = analyse_form(s.build()[0], "form.pdf", country="US")
    signs = [p for p in analysis.placements if p.field == LoaField.SIGNATURE]
    assert len(signs) == 1 and signs[0].rect is not None and signs[0].rect[1] < 350, signs


@pytest.mark.parametrize(("label", "language", "field"), [
    # "they stay with the current operator": the numbers that stay, no operator's name
    ("Ostanejo pri sedanjem operaterju:", "sl", LoaField.REMAINING_NUMBERS),
    ("Sedanji operater", "sl", LoaField.CARRIER),
    ("Ostaju kod sadašnjeg operatora", "hr", LoaField.REMAINING_NUMBERS),
    ("Sadašnji operator", "hr", LoaField.CARRIER),
])
def test_what_stays_with_the_operator_is_the_numbers(label: str, language: str,
                                                     field: LoaField) -> None:
    reading = classify_in(label, (language,))
    assert reading is not None and reading.field == field, reading


def test_a_picture_form_without_tesseract_is_refused_in_one_sentence_saying_why(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """No widgets, no text layer, no OCR: nothing to fill, and the reason is the missing
    Tesseract (not 'no printed labels'), with what to do."""
    monkeypatch.setattr(formocr, "available", lambda: False)
    s = Sheet("bare-picture", "US", "en", "", letter_size)
    scanned_page(s, [(40, H - 80, "Account holder name", 9)], [(40, H - 100, 300, 15)])
    with pytest.raises(FormNotUsable) as refused:
        analyse_form(s.build()[0], "form.pdf", country="US")
    said = str(refused.value)
    assert "Tesseract OCR is not installed" in said and "install tesseract-ocr" in said
    assert "\n" not in said and "Traceback" not in said


@needs_ocr
def test_a_paper_form_scanned_to_one_picture_is_filled_on_its_drawn_boxes() -> None:
    """No widgets at all: the boxes and the signature rule are pixels (read from the picture),
    the labels OCR's words; values go on the boxes, the numbers down the list in order."""
    s = Sheet("paper-picture", "US", "en", "", letter_size)
    texts: list[tuple[float, float, str, float]] = [(40, H - 50, "NUMBER TRANSFER REQUEST", 15)]
    boxes: list[tuple[float, float, float, float]] = []
    y = H - 110
    for label, x, w in [("Account holder name", 40, 330), ("Account number", 380, 190)]:
        texts.append((x, y + 17, label, 8))
        boxes.append((x, y, w, 15))
    texts.append((40, y - 40, "Numbers to transfer", 10))
    for k in range(4):
        by = y - 64 - k * 20
        texts.append((40, by + 4, f"{k + 1}.", 9))
        boxes.append((56, by, 200, 16))
    texts.append((40, 430, "Signature", 8))
    boxes.append((40, 440, 250, 0.5))
    scanned_page(s, texts, boxes)
    analysis = analyse_form(s.build()[0], "form.pdf", country="US")
    by_field: dict[LoaField, list[Placement]] = {}
    for p in analysis.placements:
        by_field.setdefault(p.field, []).append(p)
    name, = by_field[LoaField.ACCOUNT_NAME]
    assert name.rect is not None and name.rect[0] < 60 and name.rect[2] < 380, name
    account, = by_field[LoaField.ACCOUNT_NUMBER]
    assert account.rect is not None and account.rect[0] > 370, account
    numbers = sorted(by_field[LoaField.NUMBER], key=lambda p: p.slot or 0)
    assert [p.slot for p in numbers] == [0, 1, 2, 3], numbers
    assert [p.rect[1] for p in numbers if p.rect] == sorted(
        (p.rect[1] for p in numbers if p.rect), reverse=True)  # top down
    assert LoaField.SIGNATURE in by_field


def test_the_configured_tesseract_reads_forms_too(monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: object) -> None:
    """Settings.tesseract_cmd, said once at the composition root, is the one form OCR runs (a
    configured path that does not exist is no Tesseract: the picture is said unread)."""
    from portdesk.config import Settings
    from portdesk.loa import ocrcmd
    from portdesk.services import context

    monkeypatch.setenv("PORTDESK_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(context, "load_settings",
                        lambda: Settings(tesseract_cmd="/nowhere/tesseract"))
    try:
        context.Context.from_args("sqlite://")
        assert ocrcmd.command() == "/nowhere/tesseract" and not formocr.available()
        analysis = analyse_form(_picture_form(), "form.pdf", country="US", strict=False)
        assert "Tesseract OCR is not installed" in analysis.notice
    finally:
        ocrcmd.configure("")
