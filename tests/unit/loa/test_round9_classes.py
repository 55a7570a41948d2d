"""Classes round 9 (once opened) found (issue 11), each drawn in the smallest form that has it,
in words of its own (not the round's forms'), each failing before its fix: a staff block whose
first row is labels with dot leaders, a block for the shop's staff, a "Mailing address" block
beside the service address, a German billing block named by a compound word, and the heading
"account with your current provider" over the customer's own name; then the labels round 9
left empty: a billing address "on file with" the current provider beside the service address,
the person who represents a company, a phone "to reach you", an aside saying what a number is
not."""

from __future__ import annotations

import pytest

from portdesk.loa.fill import FormAnalysis, analyse_form
from portdesk.loa.tickwords import check_field
from portdesk.loa.vocabulary import classify
from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round5_kit import widget_above
from tests.loaforms.round9_kit import dots, header_table


def _mapped(sheet: Sheet, country: str = "US") -> FormAnalysis:
    pdf, _truth = sheet.build()
    return analyse_form(pdf, sheet.name, country=country)


def _fields_at(sheet: Sheet, country: str = "US") -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for p in _mapped(sheet, country).placements:
        out.setdefault(round(p.y), []).append(str(p.field))
    return out


def test_a_staff_block_whose_first_row_is_dotted_labels_is_still_not_ours() -> None:
    s = letter("staff-dots", "US", "en", [], "")
    s.date_formats = ["%m/%d/%Y"]
    dots(s, "Preferred port date", 40, 700, 330, "requested_date")
    s.frame(40, 560, 532, 70)
    s.text(46, 620, "PROVIDER INTERNAL USE ONLY", 7.5, bold=True)
    dots(s, "Logged", 46, 600, 200, None, size=8)
    dots(s, "Clerk", 210, 600, 400, None, size=8)
    dots(s, "Confirmed port date", 46, 580, 330, None, size=8)
    dates = [round(p.y) for p in _mapped(s).placements if str(p.field) == "requested_date"]
    assert len(dates) == 1 and dates[0] > 650  # the customer's line, not the staff's


def test_a_block_for_the_shops_staff_is_not_ours() -> None:
    s = letter("shop-staff", "US", "en", [], "")
    widget_above(s, "Account number with your old carrier", "oldAcct", 40, 700, 250,
                 "account_number")
    s.text(40, 640, "DEALER USE", 7.5, bold=True)
    widget_above(s, "Account number", "dealerAcct", 40, 610, 250, None, size=6.5)
    got = {p.widget: str(p.field) for p in _mapped(s).placements}
    assert got.get("oldAcct") == "account_number" and "dealerAcct" not in got


def test_a_mailing_address_block_is_where_the_bills_go() -> None:
    s = letter("mailing-block", "US", "en", [], "")
    s.text(40, 720, "WHERE THE LINES ARE", 9, bold=True)
    header_table(s, 40, 714, [("Street", 220, "street"), ("City", 120, "city")])
    s.text(40, 660, "WHERE WE WRITE TO YOU", 9, bold=True)
    header_table(s, 40, 654, [("Mailing address", 220, "billing_street"),
                              ("City", 120, "billing_city")])
    got = _fields_at(s)
    low = min(got)
    assert all(f.startswith("billing_") for f in got[low]), got
    assert not any(f.startswith("billing_") for f in got[max(got)]), got


def test_a_german_billing_block_named_by_a_compound_word_is_billing() -> None:
    s = a4("rechnungsadresse", "DE", "de", [], "")
    dots(s, "Straße", 40, 760, 556, "street")
    dots(s, "Postleitzahl / Ort", 40, 740, 556, "locality")
    s.text(40, 712, "Rechnungsadresse (bitte nur bei Abweichung)", 8, bold=True)
    dots(s, "Straße", 40, 692, 330, "billing_street")
    dots(s, "Ort", 340, 692, 556, "billing_city")
    got = _fields_at(s, "DE")
    low = got[min(got)]
    assert sorted(low) == ["billing_city", "billing_street"], got


def test_the_account_with_the_current_provider_is_the_customers_account() -> None:
    s = letter("account-with", "US", "en", [], "")
    s.text(40, 730, "YOUR ACCOUNT WITH YOUR EXISTING PROVIDER", 9, bold=True)
    widget_above(s, "Company name as it appears on your bill", "coNm", 40, 690, 300,
                 "account_name")
    widget_above(s, "Existing provider", "prov", 360, 690, 200, "carrier")
    got = {p.widget: str(p.field) for p in _mapped(s).placements}
    assert got == {"coNm": "account_name", "prov": "carrier"}


def test_a_small_caption_under_a_line_gives_no_second_date_blank_beside_it() -> None:
    s = a4("small-caption", "DE", "de", [], "")
    s.date_formats = ["%d.%m.%Y"]
    s.text(40, 680, "Ich bin berechtigt, fuer den Kunden zu unterschreiben.", 8.5)
    s.line_under(40, 640, 170, "date_signed", "Datum")
    s.text(41, 631, "Datum", 7)  # a small caption 9 points under its line
    s.rule(190, 640, 556)
    s._place((190, 637, 556, 670), "signature", what="Unterschrift")
    s.text(191, 631, "Unterschrift des Kunden / Stempel", 7)  # "/" reaches down: a low line
    dates = [p for p in _mapped(s, "DE").placements if str(p.field) == "date_signed"]
    assert len(dates) == 1 and dates[0].y > 638, dates  # on the line, not beside its caption


def test_a_billing_address_on_file_with_the_provider_is_the_customers_billing_address() -> None:
    s = letter("on-file", "US", "en", [], "")
    s.text(40, 700, "BILLING ADDRESS HELD WITH YOUR EXISTING PROVIDER", 7.5, bold=True)
    s.text(316, 700, "WHERE THE SERVICE IS INSTALLED", 7.5, bold=True)
    for x, tag in ((40, "b"), (316, "s")):
        widget_above(s, "Street", f"{tag}Street", x, 666, 256, None)
        widget_above(s, "City", f"{tag}City", x, 632, 130, None)
    got = {p.widget: str(p.field) for p in _mapped(s).placements}
    assert got == {"bStreet": "billing_street", "bCity": "billing_city",
                   "sStreet": "street", "sCity": "city"}, got


@pytest.mark.parametrize(("label", "field"), [
    ("Représenté par", "authorized_name"),
    ("vertreten durch", "authorized_name"),
    ("Vertretungsberechtigter", "authorized_name"),
    ("L'entreprise", "account_name"),
    ("Tél. où vous joindre", "contact_phone"),
    ("Callback number (never a number to be ported)", "contact_phone"),
    ("Numbers not to be ported", "remaining_numbers"),  # the aside rule leaves this alone
    ("Current CP", "carrier"),  # a UK communications provider, no code postal
    ("CP", "postal_code"),
])
def test_labels_round_9_left_empty_are_read(label: str, field: str) -> None:
    read = classify(label)
    assert read is not None and str(read.field) == field, read


def test_a_bare_to_beside_a_widget_gives_way_to_its_caption() -> None:
    s = letter("bare-to", "US", "en", [], "")
    s.text(40, 700, "To:", 10, bold=True)
    s.widget("addressee", 66, 696, 240, 16, None)
    s.text(66, 688, "(your present phone company)", 6.5)
    got = {p.widget: str(p.field) for p in _mapped(s).placements}
    assert got == {"addressee": "carrier"}, got


def test_a_bare_mobile_under_a_contact_heading_is_the_contacts_phone() -> None:
    s = a4("bare-mobile", "IE", "en", [], "")
    s.text(40, 760, "Person we should call", 9, bold=True)
    s.text(40, 744, "Mobile", 8)
    s.widget("m1", 130, 740, 160, 15, None)
    s.text(40, 700, "Contact", 9, bold=True)
    s.text(40, 684, "Mobile / Tel", 8)
    s.widget("m2", 130, 680, 160, 15, None)
    got = {p.widget: str(p.field) for p in _mapped(s, "IE").placements}
    assert got == {"m2": "contact_phone"}, got  # whose "Mobile" m1 is, nothing says


@pytest.mark.parametrize(("label", "field"), [
    ("Move all the lines on my account", "full_port"),
    ("Move only the lines below", "partial_port"),
    ("Numbers not listed remain in service with us", "partial_port"),
    ("die übrigen Nummern verbleiben beim alten Anbieter", "partial_port"),
    ("Disconnect numbers not listed", None),  # what happens to the rest: not our choice
])
def test_ticks_said_with_lines_and_with_numbers_that_stay(label: str, field: str | None) -> None:
    got = check_field(label)
    assert (str(got) if got is not None else None) == field
