"""One blank holds at most one value (issue 11, round 4's two misplaced values: the signing date
written twice into one corner-captioned "Date" box, once from the date phrase in its white space and
once from the box's caption). When two decisions claim one place, the stronger keeps it and the
other is listed for the specialist; a form that really asks twice, in two places, gets both."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pypdfium2 as pdfium

from portdesk.loa.blanks import Blank
from portdesk.loa.certs import workstation_cert
from portdesk.loa.claims import one_value_per_blank, same_place
from portdesk.loa.fields import LoaField, values_from_case
from portdesk.loa.fill import FormAnalysis, analyse_form, fill_form
from portdesk.loa.formscan import Widget
from portdesk.loa.sign import sign_loa
from portdesk.loa.signature import typed_to_png
from portdesk.loa.ticks import Found
from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round4_kit import grey_box
from tests.unit.loa.helpers import make_case

_SIGNED_AT = datetime(2026, 3, 4, 15, 0, tzinfo=UTC)


def _signing_row() -> Sheet:
    """A signature box and a "Date" box, each labelled in grey small print in its top corner."""
    s = letter("corner-date", "US", "en", [], "")
    s.para(40, 720, "I am the account holder or authorized to act for the account holder. I "
           "authorize the new provider to port the telephone numbers listed on this form from "
           "my current provider.", 532, 8)  # printed across the page, as far as the date box
    grey_box(s, "Authorized signature", 40, 640, 300, "signature", h=34, corner=True)
    grey_box(s, "Date", 344, 640, 228, "date_signed", h=34, corner=True)
    return s


def _mapped(sheet: Sheet, country: str = "US") -> FormAnalysis:
    pdf, _truth = sheet.build()
    return analyse_form(pdf, sheet.name, country=country)


def test_the_signing_date_goes_once_into_a_corner_captioned_date_box() -> None:
    got = _mapped(_signing_row())
    dates = [p for p in got.placements if p.field == LoaField.DATE_SIGNED]
    assert len(dates) == 1
    assert dates[0].rect is not None and 342 <= dates[0].rect[0] and dates[0].rect[2] <= 573
    assert any("found twice for one box" in r.reason for r in got.review)  # said, not dropped


def test_signed_the_date_is_printed_once(tmp_path: Path) -> None:
    pdf, _truth = _signing_row().build()
    filled = fill_form(pdf, values_from_case(make_case(2)), "corner-date.pdf").pdf
    cert = workstation_cert(tmp_path / "signing", "Acme Voice")
    signed = sign_loa(filled, typed_to_png("José Núñez"), "José Núñez", cert, now=_SIGNED_AT)
    doc = pdfium.PdfDocument(signed.pdf)
    text = doc[0].get_textpage().get_text_range()
    doc.close()
    assert text.count(_SIGNED_AT.astimezone().strftime("%m/%d/%Y")) == 1


def _found(field_: LoaField, conf: float, rect: tuple[float, float, float, float],
           kind: str = "cell", widget: Widget | None = None, page: int = 0) -> Found:
    return Found(Blank(kind, page, rect, widget), field_, conf, "label (left)", str(field_))


def test_two_values_claiming_one_box_the_stronger_keeps_it_and_the_other_is_listed() -> None:
    account = _found(LoaField.ACCOUNT_NUMBER, 0.9, (100, 600, 300, 620))
    pin = _found(LoaField.PIN, 0.7, (110, 602, 200, 618), kind="leader")  # inside the same box
    elsewhere = _found(LoaField.BTN, 0.9, (100, 560, 300, 580))
    kept, review = one_value_per_blank([pin, account, elsewhere])
    assert kept == [account, elsewhere]  # in the order they were found, the loser gone
    assert len(review) == 1 and review[0].guess == "pin" and review[0].confidence == 0.7
    assert "account_number" in review[0].reason


def test_one_widget_claimed_twice_keeps_the_stronger() -> None:
    w = Widget(key="Text7", field_name="Text7", page=0, rect=(100, 600, 300, 620), kind="text")
    name = _found(LoaField.ACCOUNT_NAME, 0.72, w.rect, "widget", w)
    carrier = _found(LoaField.CARRIER, 0.85, w.rect, "widget", w)
    kept, review = one_value_per_blank([name, carrier])
    assert kept == [carrier] and [r.guess for r in review] == ["account_name"]


def test_separate_places_are_never_one_blank() -> None:
    row = Blank("cell", 0, (40, 600, 300, 620))
    assert not same_place(row, Blank("cell", 0, (40, 574, 300, 596)))  # the box under it
    assert not same_place(row, Blank("cell", 1, (40, 600, 300, 620)))  # the next page's
    assert not same_place(row, Blank("leader", 0, (296, 600, 400, 612)))  # touching its edge
    w1 = Widget(key="A", field_name="A", page=0, rect=(40, 600, 300, 620), kind="text")
    w2 = Widget(key="B", field_name="B", page=0, rect=(40, 560, 300, 580), kind="text")
    assert not same_place(Blank("widget", 0, w1.rect, w1), Blank("widget", 0, w2.rect, w2))
    tick = Widget(key="C", field_name="C", page=0, rect=(280, 604, 292, 616), kind="checkbox")
    assert not same_place(Blank("widget", 0, w1.rect, w1), Blank("check", 0, tick.rect, tick))


def test_a_uk_form_that_asks_on_every_page_is_signed_and_dated_on_every_page() -> None:
    s = a4("every-page", "GB", "en", [], "")
    for page in range(2):
        s.blank("Account holder name:", 40, 700, 400, "account_name")
        s.sign_line("Signature:", 40, 200, 300)
        s.blank("Date:", 320, 200, 500, "date_signed")
        if page == 0:
            s.next_page()
    got = _mapped(s, "GB")
    pages = {f: sorted(p.page for p in got.placements if p.field == f)
             for f in (LoaField.ACCOUNT_NAME, LoaField.SIGNATURE, LoaField.DATE_SIGNED)}
    assert pages == {LoaField.ACCOUNT_NAME: [0, 1], LoaField.SIGNATURE: [0, 1],
                     LoaField.DATE_SIGNED: [0, 1]}
    assert not [r for r in got.review if "box" in r.reason]


def _two_lines() -> Sheet:
    s = letter("clicked", "US", "en", [], "")
    s.blank("Account number:", 40, 700, 300, "account_number")
    s.blank("PIN:", 40, 670, 300, "pin")
    return s


def test_a_value_placed_by_the_specialist_takes_the_box_and_the_mapped_one_is_listed() -> None:
    pdf, _truth = _two_lines().build()
    mapped = analyse_form(pdf, "clicked")
    line = next(p for p in mapped.placements if p.field == LoaField.ACCOUNT_NUMBER)
    assert line.rect is not None
    clicked = {"pin": {"page": 1, "x": line.rect[0] + 4, "y": line.rect[1] + 3, "width": 200}}
    got = analyse_form(pdf, "clicked", overrides=clicked)
    assert [(str(p.field), p.source) for p in got.placements] == [("pin", "override")]
    assert [r.guess for r in got.review] == ["account_number"]


def test_a_widget_given_another_value_by_the_specialist_lists_the_one_it_replaces() -> None:
    s = letter("widget-clicked", "US", "en", [], "")
    end = s.text(40, 704, "Customer name:", 9)
    s.widget("W1", end + 6, 700, 250, 14, "account_name")
    pdf, _truth = s.build()
    assert [str(p.field) for p in analyse_form(pdf, "w").placements] == ["account_name"]
    got = analyse_form(pdf, "w", overrides={"carrier": "W1"})
    assert [(str(p.field), p.widget) for p in got.placements] == [("carrier", "W1")]
    assert [r.guess for r in got.review] == ["account_name"]  # said, not silently dropped
