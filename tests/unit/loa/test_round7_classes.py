"""Layout classes round 7 found once opened (issue 11), each drawn in the smallest form that has
it, in words of its own (not the round's forms'), each failing before its fix."""

from __future__ import annotations

from portdesk.loa.fields import LoaField
from portdesk.loa.fill import FormAnalysis, analyse_form
from portdesk.loa.tickwords import check_field
from portdesk.loa.vocabulary import classify
from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round5_kit import Gap, numbered_slots, sentence, widget_above
from tests.loaforms.round7_kit import corner_box, grid_row, under


def _mapped(sheet: Sheet, country: str = "US") -> FormAnalysis:
    pdf, _truth = sheet.build()
    return analyse_form(pdf, sheet.name, country=country)


def test_a_section_heading_with_a_long_aside_still_heads_its_numbered_grid() -> None:
    """"4. PHONE NUMBERS MOVING TO US (give the area code with each one, please)" is fourteen
    words, but its mark and its aside say nothing of its length: it is the grid's heading, not
    a paragraph, and the grid numbered down its columns takes the numbers."""
    s = letter("aside-heading", "US", "en", [], "")
    s.band(40, 700, 532, "4. PHONE NUMBERS MOVING TO US (give the area code with each one, please)",
           9)
    slots = s.slot_group()
    numbered_slots(s, slots, 40, 676, cols=2, rows=4, col_w=266, label="{n}")
    got = [p for p in _mapped(s).placements if str(p.field) == "number"]
    assert len(got) == 8
    # printed 1-4 down the left column, 5-8 down the right: the slot is the printed number
    by_row = sorted(got, key=lambda p: (-round(p.y), p.x))
    assert [p.slot for p in by_row] == [0, 4, 1, 5, 2, 6, 3, 7]


def test_a_block_headed_billing_beside_the_service_block_takes_the_billing_address() -> None:
    """Two address blocks side by side, each a column of lines captioned underneath ("Street",
    "Town", "State", "Zip code"): the heading over the right-hand column ("MAILING ADDRESS FOR
    THE BILL") says whose they are; its street, state and zip are the billing address's."""
    s = letter("side-by-side-blocks", "US", "en", [], "")
    s.text(40, 700, "INSTALLATION ADDRESS", 7.5, bold=True)
    s.text(316, 700, "MAILING ADDRESS FOR THE BILL (leave empty if the same)", 7.5, bold=True)
    for x in (40, 316):
        under(s, "Street", x, 678, x + 256, None)
        under(s, "Town", x, 650, x + 130, None)
        under(s, "State", x + 140, 650, x + 180, None)
        under(s, "Zip code", x + 190, 650, x + 256, None)
    got = {(round(p.x) // 100, round(p.y)): str(p.field) for p in _mapped(s).placements}
    left = sorted(f for (col, _), f in got.items() if col < 3)
    right = sorted(f for (col, _), f in got.items() if col >= 3)
    assert left == ["city", "postal_code", "state", "street"]
    assert right == ["billing_city", "billing_postal_code", "billing_state", "billing_street"]


def test_a_company_name_under_the_existing_resporgs_band_is_the_carrier() -> None:
    """Toll-free forms call the provider a RespOrg (Responsible Organization): "Company name"
    under "EXISTING RESPORG" is the losing side's name, under the subscriber's band the
    customer's; "all toll-free numbers" is every number on the account."""
    s = letter("resporg-bands", "US", "en", [], "")
    s.band(40, 720, 532, "SUBSCRIBER", 9)
    grid_row(s, 40, 694, [("Company name", 120, 412, None)])
    s.band(40, 660, 532, "EXISTING RESPORG", 9)
    grid_row(s, 40, 634, [("Company name", 120, 412, None)])
    got = sorted(_mapped(s).placements, key=lambda p: -p.y)
    assert [str(p.field) for p in got] == ["account_name", "carrier"]
    assert check_field("Transfer all toll-free numbers on the account") == LoaField.FULL_PORT


def test_the_customers_heading_with_an_aside_naming_the_provider_stays_the_customers() -> None:
    """"B. Kunde (so wie beim abgebenden Netzbetreiber gemeldet)" heads the customer's block:
    its aside names the losing provider, but its Firma and Straße are the customer's. Under
    the gaining provider's band, its printed address is no heading of its own, and the
    customer number there is the new provider's (not ours)."""
    s = a4("aside-provider", "DE", "de", [], "")
    s.band(40, 760, 515, "B. Kunde (so wie beim abgebenden Netzbetreiber gemeldet)", 9)
    widget_above(s, "Firma", "F1", 40, 722, 300, None)
    widget_above(s, "Straße und Hausnummer", "F2", 40, 688, 300, None)
    s.band(40, 650, 515, "C. Neuer Netzbetreiber", 9)
    s.text(40, 632, "Beispiel Telekom AG, Hauptstraße 5, 10115 Berlin", 8.5)
    widget_above(s, "Kundennummer Beispiel Telekom", "F3", 40, 596, 200, None)
    got = {p.widget: str(p.field) for p in _mapped(s, "DE").placements}
    assert got == {"F1": "account_name", "F2": "street"}


def test_a_heading_joining_the_provider_and_the_account_leaves_each_blank_to_its_label() -> None:
    """"A. EXISTING PROVIDER AND ACCOUNT DETAILS" heads both parties' blanks: the account
    holder's name is the customer's, not the carrier's, and the service address and postcode
    under it are ours, not the provider's own."""
    s = a4("joint-heading", "GB", "en", [], "")
    s.band(40, 770, 515, "A. EXISTING PROVIDER AND ACCOUNT DETAILS", 9)
    under(s, "Existing provider", 40, 740, 290, None)
    under(s, "Account holder's name", 305, 740, 555, None)
    under(s, "Service address", 40, 710, 390, None)
    under(s, "Postcode", 405, 710, 555, None)
    got = sorted(_mapped(s, "GB").placements, key=lambda p: (-round(p.y), p.x))
    assert [str(p.field) for p in got] == ["carrier", "account_name", "service_address",
                                           "postal_code"]


def test_numbers_to_keep_at_the_current_provider_are_the_numbers_that_stay() -> None:
    """"Numéros à garder chez l'opérateur actuel :" over a box asks for the numbers that stay,
    not for the current provider's name its tail happens to end on; "Affaires" is business."""
    s = letter("numbers-kept", "CA", "fr", [], "")
    s.text(40, 700, "Numéros à garder chez l'opérateur actuel :", 8.5, bold=True)
    s.box(40, 666, 532, 26, None, "numéros gardés")
    got = [str(p.field) for p in _mapped(s, "CA").placements]
    assert got == ["remaining_numbers"]
    assert check_field("Affaires") == LoaField.BUSINESS


def test_a_business_hours_tick_says_when_not_who() -> None:
    """"Business hours" / "After hours" choose the cut-over window, not a business customer."""
    assert check_field("Business hours (8am-5pm)") is None
    assert check_field("Business line") == LoaField.BUSINESS


def test_a_phone_with_an_aside_for_reaching_someone_is_the_contacts() -> None:
    """"Téléphone (jour) :", "Telefon (Rückruf)": the daytime or callback phone is the
    contact's, not a bare phone whose owner is unknown (left empty before)."""
    s = letter("daytime-phone", "CA", "fr", [], "")
    s.band(40, 720, 532, "RENSEIGNEMENTS SUR LE CLIENT", 9)
    s.blank("Ville :", 40, 698, 300, None)
    s.blank("Téléphone (jour) :", 310, 698, 572, None)
    got = sorted(_mapped(s, "CA").placements, key=lambda p: p.x)
    assert [str(p.field) for p in got] == ["city", "contact_phone"]
    assert classify("Telefon (Rückruf)") is not None
    assert classify("Telefon (Rückruf)").field == LoaField.CONTACT_PHONE  # type: ignore[union-attr]


def test_the_blank_after_the_opening_i_of_an_authorisation_is_the_signers_name() -> None:
    """"I, ________, the owner of the account, ask ..." and "Je soussigné, ________": the
    blank right after the opening pronoun is the person signing."""
    s = letter("opening-i", "US", "en", [], "")
    sentence(s, 40, 700, ["I,", Gap(160, None, "signer"), ", the owner of the account, ask "
                          "the new carrier to move the lines listed below."], right=572)
    got = [str(p.field) for p in _mapped(s).placements]
    assert got == ["authorized_name"]
    read = classify("Je soussigné,")
    assert read is not None and read.field == LoaField.AUTHORIZED_NAME


def test_short_lines_for_a_dates_parts_are_blanks_to_write_on() -> None:
    """"Preferred switch date:  __ / __ / ____" drawn as three short lines (28 points, less
    than a name line) captioned DD, MM, YYYY above: the requested date in its parts, not
    nothing (short rules were taken for decoration)."""
    s = a4("short-date-lines", "IE", "en", [], "")
    s.text(40, 700, "Preferred switch date:", 9)
    x = 170.0
    for caption, w in (("DD", 28), ("MM", 28), ("YYYY", 44)):
        s.text(x + w / 2 - 8, 710, caption, 6)
        s.line_under(x, 698, x + w, None, caption)
        x += w
        if caption != "YYYY":
            s.text(x + 3, 700, "/", 10)
            x += 12
    got = sorted(_mapped(s, "IE").placements, key=lambda p: p.x)
    assert [(str(p.field), p.part) for p in got] == [
        ("requested_date", "day"), ("requested_date", "month"), ("requested_date", "year")]


def test_the_new_providers_printed_name_is_no_heading_over_its_customer_number() -> None:
    """Beside the losing provider's boxes, the gaining provider's column prints its own name
    under a "Provider name" caption and asks for the customer's number with it: that number is
    the new provider's (not ours). Neither the caption nor the printed name heads the column;
    "NEW PROVIDER (gaining)" does."""
    s = letter("gaining-column", "CA", "en", [], "")
    s.text(40, 700, "OLD PROVIDER (losing)", 9, bold=True)
    s.text(316, 700, "NEW PROVIDER (gaining)", 9, bold=True)
    corner_box(s, "Provider name", 40, 666, 256, 28, None, "W1")
    s.frame(316, 638, 256, 56)
    s.text(320, 686, "Provider name", 6.2)
    s.text(322, 672, "Foothills Voice Corp.", 10, bold=True)
    corner_box(s, "Account number", 40, 638, 256, 28, None, "W2")
    s.text(320, 658, "Customer number (if any)", 6.2)
    s.widget("W3", 320, 642, 120, 13, None)
    got = {p.widget: str(p.field) for p in _mapped(s, "CA").placements}
    assert got == {"W1": "carrier", "W2": "account_number"}


def test_a_box_captioned_in_its_corner_right_under_a_band_is_a_blank() -> None:
    """A paper box drawn right under a section's band, its small caption in its top corner
    ("Registered business name"), is still a box to write in: the band's edge two points above
    is read as the box's top, and the caption then sits a little over 4 points under it."""
    s = a4("corner-under-band", "GB", "en", [], "")
    s.band(40, 734, 515, "CUSTOMER", 9)
    corner_box(s, "Registered business name", 40, 700, 345, 28, None)
    got = [str(p.field) for p in _mapped(s, "GB").placements]
    assert got == ["account_name"]


def test_name_please_print_is_the_signers_printed_name() -> None:
    """"Name (please print)" under a line beside the signature asks for the signer's name."""
    s = letter("please-print", "US", "en", [], "")
    under(s, "Signature", 40, 700, 280, None)
    under(s, "Name (please print)", 300, 700, 560, None)
    got = sorted(_mapped(s).placements, key=lambda p: p.x)
    assert [str(p.field) for p in got] == ["signature", "authorized_name"]
