"""Issue 11's leftover classes after round 7 was opened, each drawn in the smallest form that has
it, in words of its own (not the rounds' forms'), each failing before its fix: what decided a
blank is kept apart from the label it was read by (a section's rows are found by their labels),
names inside a sentence, a value longer than its comb, a page title below the top line, a
corner caption over a section band, a number-block range table, and weak evidence that
disagrees with the blank it would fill (left empty and said, never guessed)."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from portdesk.loa.fill import FormAnalysis, analyse_form
from tests.loaforms.kit import Sheet, a4, letter


def _mapped(sheet: Sheet, country: str = "US") -> FormAnalysis:
    pdf, _truth = sheet.build()
    return analyse_form(pdf, sheet.name, country=country)


def _fields(sheet: Sheet, country: str = "US") -> list[str]:
    """The fields placed, top of the page first."""
    got = sorted(_mapped(sheet, country).placements, key=lambda p: (p.page, -p.y, p.x))
    return [str(p.field) for p in got]


def test_a_label_row_under_a_providers_heading_is_found_by_its_label_not_what_decided_it() -> None:
    # "Name" reads as the carrier because of the heading over it; the next row ("Anschrift")
    # must still see "Name" as a label row and find the same heading: the losing provider's
    # address is not ours
    s = a4("label-rows", "DE", "de", [], "")
    s.text(40, 760, "Von (abgebender Netzbetreiber)", 10, bold=True)
    s.blank("Name:", 40, 740, 300, "carrier")
    s.blank("Anschrift:", 40, 720, 300, None)
    s.text(40, 690, "Anschlussinhaber", 10, bold=True)
    s.blank("Firmenname:", 40, 670, 300, "account_name")
    assert _fields(s, "DE") == ["carrier", "account_name"]


def test_an_x_before_a_signature_line_is_the_sign_here_mark_not_its_label() -> None:
    s = letter("x-mark", "US", "en", [], "")
    s.text(40, 700, "X", 14, bold=True)
    s.rule(56, 698, 320)
    s.text(56, 688, "Customer signature", 7)
    assert _fields(s) == ["signature"]


def test_a_row_of_boxes_with_each_label_printed_before_its_box() -> None:
    # "Service for: Residential [ ]  Business [ ]": the word after a box is the next box's label
    s = letter("labels-before", "US", "en", [], "")
    s.text(40, 700, "Service for:  Residential", 8.5)
    s.frame(142, 699, 8, 8)
    s.text(164, 700, "Business", 8.5)
    s.frame(204, 699, 8, 8)
    got = {round(p.x): str(p.field) for p in _mapped(s).placements}
    assert sorted(got.values()) == ["business", "residential"]
    assert got[min(got)] == "residential"


def test_a_label_naming_the_customer_under_a_providers_heading_stays_the_customers() -> None:
    s = letter("holder-under-provider", "US", "en", [], "")
    s.text(40, 720, "Details of the account at your existing carrier", 10, bold=True)
    s.blank("Current carrier:", 40, 700, 500, "carrier")
    s.blank("Subscriber name:", 40, 680, 300, "account_name")
    assert _fields(s) == ["carrier", "account_name"]


def test_a_number_to_reach_the_customer_at_is_the_contacts_phone_not_a_number_to_port() -> None:
    s = letter("reach-you", "US", "en", [], "")
    s.blank("Best phone number to reach you on:", 40, 700, 400, "contact_phone")
    assert _fields(s) == ["contact_phone"]


def test_a_blank_asked_only_if_the_signer_is_not_the_holder_stays_empty_when_the_holder_signs(
        ) -> None:
    from portdesk.domain.entries import case_from_entry
    from portdesk.loa.fields import values_from_case
    from portdesk.loa.fill import fill_form
    from tests.unit.loa.helpers import make_entry

    s = letter("unless-holder", "US", "en", [], "")
    s.widget("Agent", 250, 700, 250, 15, None)
    s.text(40, 704, "Authorised person (if other than the customer)", 8)
    pdf, _truth = s.build()
    analysis = analyse_form(pdf, "x.pdf")
    assert [p.unless_holder for p in analysis.placements] == [True]
    entry = make_entry()
    entry["authorized_name"] = entry["account_name"] = "Ada Lovelace"
    result = fill_form(pdf, values_from_case(case_from_entry(entry)), "x.pdf")
    assert not [r for r in result.rows if r.value]


def _review(sheet: Sheet) -> tuple[list[str], list[str]]:
    """(the fields placed, the reasons listed for the specialist)"""
    pdf, _truth = sheet.build()
    got = analyse_form(pdf, sheet.name, strict=False)
    return [str(p.field) for p in got.placements], [r.reason for r in got.review]


def test_a_label_read_from_above_and_a_widget_name_that_disagree_leave_the_blank_empty() -> None:
    s = letter("disagree-name", "US", "en", [], "")
    s.text(40, 722, "Provider name", 8)
    s.widget("CustomerName", 40, 700, 250, 15, None)
    placed, said = _review(s)
    assert placed == []
    assert any("'CustomerName' reads account_name" in r for r in said)


def test_a_blank_too_narrow_for_its_value_stays_empty_and_says_why() -> None:
    s = letter("too-narrow", "US", "en", [], "")
    s.blank("Customer name:", 40, 700, 135, None)  # about 30 points of line
    placed, said = _review(s)
    assert placed == []
    assert any("too narrow for account_name" in r for r in said)


def test_a_lone_blank_whose_label_only_mentions_a_number_is_no_number_to_port() -> None:
    s = letter("lone-number", "US", "en", [], "")
    s.blank("Number of the site you ring from:", 40, 700, 300, None)
    placed, said = _review(s)
    assert placed == []
    assert any("not one to port" in r for r in said)
    # a count of something not ours (session 17, fix29a) is read as not ours before this rule:
    # still nothing placed
    s = letter("lone-count", "US", "en", [], "")
    s.blank("Number of employees at this site:", 40, 700, 300, None)
    placed, _said = _review(s)
    assert placed == []


def _sentence(s: Sheet, y: float, parts: list[str | tuple[float, str | None]],
              size: float = 9) -> None:
    """Running text with drawn blanks ((width, field)) inside it, wrapping at 560."""
    x = 40.0
    for part in parts:
        if isinstance(part, tuple):
            width, fld = part
            if x + width > 560:
                x, y = 40.0, y - 20
            s.line_under(x, y - 2, x + width, fld, "gap")
            x += width + 3
            continue
        for word in part.split():
            w = stringWidth(word, "Helvetica", size)
            if x + w > 560:
                x, y = 40.0, y - 20
            s.text(x, y, word, size)
            x += w + 3


def test_names_inside_a_sentence_are_read_by_the_words_leading_into_them() -> None:
    s = letter("sentence-en", "US", "en", [], "")
    _sentence(s, 720, ["We hereby confirm that the undersigned acts for and on behalf of",
                       (200, "account_name"), "and asks that the lines now served by",
                       (150, None), "be moved."])
    s.blank("Account no.:", 40, 640, 300, "account_number")
    assert _fields(s) == ["account_name", "account_number"]


def test_a_name_blank_wrapped_to_the_next_line_after_pour_le_compte_de() -> None:
    s = a4("sentence-fr", "FR", "fr", [], "")
    _sentence(s, 760, ["Le signataire déclare agir valablement pour le compte de", (330, "account_name"),
                       "et demande le transfert des numéros listés."])
    s.blank("Numéro de compte :", 40, 680, 400, "account_number")
    assert _fields(s, "FR") == ["account_name", "account_number"]


def test_an_aside_after_a_blank_names_it_and_a_capacity_after_as() -> None:
    s = letter("sentence-aside", "US", "en", [], "")
    _sentence(s, 720, ["I/We", (160, "account_name"), "authorize Prairie Voice LLC to move my "
                       "service away from", (140, "carrier"), "(existing telephone company)."])
    _sentence(s, 680, ["I,", (120, "authorized_name"), ", as", (90, "authorized_title"),
                       "of", (150, "account_name")])
    got = _fields(s)
    assert got[:2] == ["account_name", "carrier"]
    assert sorted(got[2:]) == ["account_name", "authorized_name", "authorized_title"]


def test_a_bare_address_row_under_a_billing_heading_is_the_billing_address() -> None:
    # "Address | Town | Postcode" side by side under "Invoice address (if not the same)": each
    # blank is the billing address's, the town and postcode by the address on their own row
    s = a4("billing-row", "GB", "en", [], "")
    for y, head, suffix in ((760, "Installation address", "S"), (710, "Invoice address "
                                                                     "(if not the same)", "B")):
        s.text(40, y, head, 9.5, bold=True)
        for x, label, w in ((40, "Address", 250), (300, "Town", 130), (440, "Postcode", 110)):
            s.text(x, y - 14, label, 8)
            s.widget(f"{label}{suffix}", x, y - 32, w, 15, None)
    got = {p.widget: str(p.field) for p in _mapped(s, "GB").placements}
    assert got["AddressB"] == "billing_address" and got["TownB"] == "billing_city"
    assert got["PostcodeB"] == "billing_postal_code"
    assert got["TownS"] == "city" and got["AddressS"] == "service_address"


def test_a_column_of_single_lines_under_the_numbers_that_stay_is_one_slot_each() -> None:
    s = a4("staying-column", "GB", "en", [], "")
    s.text(300, 760, "Lines remaining with your existing supplier", 8.5, bold=True)
    for k in range(4):
        s.widget(f"Keep{k}", 300, 736 - k * 20, 180, 14, None)
    s.text(300, 640, "Replacement main number for the numbers that stay:", 7.5)
    s.widget("NewMain", 480, 636, 100, 14, None)
    got = _mapped(s, "GB")
    fields = {p.widget: str(p.field) for p in got.placements}
    assert [fields.get(f"Keep{k}") for k in range(4)] == ["remaining_number"] * 4
    assert [p.slot for p in sorted(got.placements, key=lambda p: -p.y)
            if p.widget and p.widget.startswith("Keep")] == [0, 1, 2, 3]
    assert fields.get("NewMain") in (None, "new_btn")  # never a number to port


def _comb(s: Sheet, label: str, x: float, y: float, boxes: int) -> None:
    s.text(40, y + 4, label, 9)
    for k in range(boxes):
        s.frame(x + 14 * k, y, 14, 16)


def test_a_value_longer_than_its_comb_is_squeezed_by_rule_or_left_empty_and_said() -> None:
    from portdesk.domain.entries import case_from_entry
    from portdesk.loa.fields import values_from_case
    from portdesk.loa.fill import fill_form
    from tests.unit.loa.helpers import make_entry

    s = letter("combs", "US", "en", [], "")
    _comb(s, "Zip code", 160, 700, 9)
    _comb(s, "Account number", 160, 670, 6)
    pdf, _truth = s.build()
    entry = make_entry()  # account 8812-3345-01: ten digits for six boxes
    entry["service_address"]["postal_code"] = "10001-1234"  # squeezed, it fits nine boxes
    result = fill_form(pdf, values_from_case(case_from_entry(entry)), "combs.pdf")
    rows = {r.field: r for r in result.rows}
    assert rows["postal_code"].value == "10001-1234"
    assert rows["account_number"].value == "" and "longer than" in rows["account_number"].note
    assert any("account_number" in p for p in result.problems)
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(result.pdf)
    printed = doc[0].get_textpage().get_text_range()
    doc.close()
    assert "100011234" in printed.replace(" ", "").replace("\n", "").replace("\r", "")
    assert "8812" not in printed.replace(" ", "").replace("\n", "")


def test_a_box_drawn_right_under_a_section_band_keeps_its_own_top_edge() -> None:
    # the band's fill is no rule: read as one, its bottom edge merged with the box's top and the
    # box's corner caption no longer hugged the top (the box was no blank at all)
    s = a4("band-box", "GB", "en", [], "")
    from tests.loaforms.round7_kit import corner_box
    s.band(40, 760, 515, "THE CUSTOMER", 9)  # filled from y 756 up
    corner_box(s, "Business name", 40, 726, 345, 28, "account_name")  # top 2 points under
    corner_box(s, "Account number", 40, 690, 345, 28, "account_number")
    assert _fields(s, "GB") == ["account_name", "account_number"]


def test_a_title_under_the_letterhead_labels_no_blank() -> None:
    s = letter("title-below-letterhead", "US", "en", [], "")
    s.text(40, 760, "Lakeshore Voice Co. - 12 Harbor Rd, Duluth MN", 8)
    s.text(40, 730, "Customer Number Transfer", 16, bold=True)
    s.widget("Top", 40, 706, 300, 16, None)  # right under the title, no label of its own
    s.blank("Account holder:", 40, 680, 400, "account_name")
    s.text(40, 640, "Please print clearly. All fields are required.", 8)
    placed, _said = _review(s)
    assert placed == ["account_name"]


def test_a_table_of_number_blocks_is_no_column_of_number_slots() -> None:
    # "Start of block | End of block | Quantity": never our numbers one per row in the start
    # column. Since round 28 (its truth and layout idea 5) a ranges table that is the form's one
    # place for the numbers takes one block a row (first, last, count: placing.range_text);
    # beside a list of single numbers it stays empty (test_round28_classes, round 21 and 24)
    from tests.loaforms.round3_kit import table

    s = letter("block-table", "US", "en", [], "")
    s.text(40, 720, "NUMBER BLOCKS (DID RANGES) TO PORT", 9, bold=True)
    table(s, 40, 710, [("First number", 150, None, False), ("Last number", 150, None, False),
                       ("Quantity", 80, None, False)], rows=3)
    s.blank("Account no.:", 40, 560, 300, "account_number")
    analysis = _mapped(s, "US")
    cells = [p for p in analysis.placements if str(p.field) in ("number", "number_count")]
    assert cells and all(p.part.startswith("range ") and p.slot is None for p in cells)
    assert "account_number" in {str(p.field) for p in analysis.placements}


def test_a_signature_lines_caption_is_not_the_label_of_the_widget_beside_it() -> None:
    s = a4("caption-beside", "DE", "de", [], "")
    s.rule(40, 700, 330)
    s.text(40, 690, "Unterschrift des Kunden / Firmenstempel und Datum der Zeichnung", 8)
    s.text(340, 704, "Vor- und Nachname (Druckschrift)", 8.5)
    s.widget("Name", 340, 686, 215, 15, None)
    got = {p.widget: str(p.field) for p in _mapped(s, "DE").placements}
    assert got.get("Name") != "signature"


def test_a_bare_company_and_a_bare_contact_over_widgets() -> None:
    s = letter("bare-company", "US", "en", [], "")
    s.text(40, 722, "Company", 8)
    s.widget("W1", 40, 704, 250, 15, None)
    s.text(320, 722, "Contact", 8)
    s.widget("W2", 320, 704, 230, 15, None)
    got = {p.widget: str(p.field) for p in _mapped(s).placements}
    assert got == {"W1": "account_name", "W2": "authorized_name"}
