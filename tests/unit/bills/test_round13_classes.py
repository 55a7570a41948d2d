"""Text round 13's classes, each a general rule about how bills are written, tried on bills drawn
here with wordings of their own (none a corpus family's strings). The round's theme: generality:
start from what the specialist typed, judge the place it was found in."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import CaseNumber, PortCase
from tests.unit.bills import drawn

_NAME = "Tamarack Lane Dental"
_ACCOUNT = "77104-3312"
_MAIL = [(40, 100, _NAME, 9), (40, 112, "PO Box 3310", 9), (40, 124, "Bozeman, MT 59715", 9)]
_HEAD = [(40, 40, "B:Kestrel Valley Telephone", 16), (400, 60, "Account Number", 8),
         (480, 60, _ACCOUNT, 8), (400, 72, "Bill Date", 8), (480, 72, "02/11/2026", 8)]


def _fields(tmp_path: Path, items: list[drawn.Item]) -> BillFields:
    page = [*_HEAD, *_MAIL, *items]
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))


def _number_verdicts(fields: BillFields, *e164s: str) -> dict[str, Verdict]:
    check = compare(PortCase(account_name=_NAME, account_number=_ACCOUNT,
                             numbers=tuple(CaseNumber(n) for n in e164s)), fields)
    assert check.numbers is not None
    return {i.number: i.verdict for i in check.numbers.items}


# -- a slash pair with no count: two numbers, or a block between them -----------------------------
@pytest.mark.parametrize("row", ["406-555-0140/0152 (DID)", "406-555-0140/0152",
                                 "406-555-0140/0152 Hosted seats"])
def test_a_slash_pair_with_no_count_leaves_the_lines_between_it_a_question(
        tmp_path: Path, row: str) -> None:
    """'406-555-0140/0152' with no count of lines and no word naming a block: the bill cannot say
    whether it lists two lines or a block; its two ends are found as printed, a line between them
    is "unverifiable" with the pair as evidence, never "exact" and never "not found"."""
    lines = [(40, 200, "B:Services", 10), (44, 214, "406-555-0131", 9), (44, 226, row, 9)]
    fields = _fields(tmp_path, lines)
    got = _number_verdicts(fields, "+14065550140", "+14065550152", "+14065550146",
                           "+14065550153")
    assert got["+14065550140"] == Verdict.EXACT and got["+14065550152"] == Verdict.EXACT
    assert got["+14065550146"] == Verdict.UNVERIFIABLE
    assert got["+14065550153"] == Verdict.NOT_FOUND  # past the pair's end: nowhere on the bill
    assert "+14065550146" not in fields.numbers


@pytest.mark.parametrize("row", ["406-555-0140/0152 (13 numbers)", "DID Block 406-555-0140/0152",
                                 "406-555-0140/0152 Lines (13)"])
def test_a_slash_pair_with_a_count_or_a_block_word_is_a_block(tmp_path: Path, row: str) -> None:
    lines = [(40, 200, "B:Services", 10), (44, 214, "406-555-0131", 9), (44, 226, row, 9)]
    fields = _fields(tmp_path, lines)
    got = _number_verdicts(fields, "+14065550146", "+14065550153")
    assert got["+14065550146"] == Verdict.EXACT
    assert got["+14065550153"] == Verdict.NOT_FOUND


# -- values inside sentences ---------------------------------------------------------------------
_LETTER = [(40, 40, "B:Kestrel Valley Telephone", 16),
           (40, 90, "Good morning Priya,", 10),
           (40, 110, "Your statement for Harbor Lane Florist LLC is now available online; it covers", 9),
           (40, 122, "one month of service and was dated March 3, 2026 by our billing system.", 9),
           (60, 150, "Account", 8), (160, 150, "****5521", 8),
           (40, 190, "B:Lines on this account", 10), (44, 204, "406-555-0140", 9)]


def test_a_sentence_saying_whose_statement_it_is_names_the_holder(tmp_path: Path) -> None:
    """'Your statement for <name> is now available': a bill written as a letter or an e-mail
    says whose it is in a sentence; the name runs from the document word's 'for' to the
    sentence's verb, read as the holder's, and the sentence's 'dated <day>' as the bill's date."""
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", _LETTER)))
    assert fields.account_name == "Harbor Lane Florist LLC"
    assert str(fields.statement_date) == "2026-03-03"
    name = "Harbor Lane Florist LLC"
    for typed, want in ((name, Verdict.EXACT), ("Harbor Lane Florists LLC", Verdict.MISMATCH)):
        check = compare(PortCase(account_name=typed, numbers=(CaseNumber("+14065550140"),)),
                        fields)
        assert check.fields["account_name"].verdict == want


# -- a number the bill says has left the account ---------------------------------------------------
_SERVICES = [(40, 200, "B:Services", 10), (44, 214, "406-555-0131", 9),
             (200, 214, "Business Line", 9), (44, 226, "406-555-0133", 9),
             (200, 226, "Business Line", 9)]


@pytest.mark.parametrize("note", [
    "Refund for line 406-555-0158, disconnected on 01/09", "406-555-0158 ported out 01/09; credit",
    "Prorated credit: 406-555-0158 cancelled 1/9", "Ligne 406-555-0158 résiliée le 9 janv."])
def test_a_number_the_bill_says_has_left_the_account_is_no_line(tmp_path: Path,
                                                                 note: str) -> None:
    """An adjustment or a notice naming a number beside the words that say it is gone
    (disconnected, ported out, cancelled, résiliée): typed as a line it is not found, never
    "exact", and the bill's own lines leave it out."""
    fields = _fields(tmp_path, [*_SERVICES, (40, 250, "B:Adjustments", 9), (44, 262, note, 8)])
    assert "+14065550158" not in fields.numbers
    got = _number_verdicts(fields, "+14065550131", "+14065550158")
    assert got["+14065550158"] == Verdict.NOT_FOUND and got["+14065550131"] == Verdict.EXACT


def test_a_warning_about_disconnection_says_nothing_of_the_line(tmp_path: Path) -> None:
    note = "Pay by the due date or line 406-555-0133 will be disconnected."
    fields = _fields(tmp_path, [*_SERVICES, (40, 250, note, 8)])
    assert _number_verdicts(fields, "+14065550133")["+14065550133"] == Verdict.EXACT


# -- a wordmark and the rest of its name set under it ----------------------------------------------
def test_a_name_typed_as_the_wordmark_and_the_line_under_it_is_printed(tmp_path: Path) -> None:
    """'Tamarisk Ridge' in 22 points over 'Telecom' in 9, flush left, the small line's box
    reaching into the large one's descent: one logo lockup, not one line ('Telecom Tamarisk
    Ridge'); typed as the lockup or as its large line, the carrier is printed as typed."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "b.pdf"
    canvas = Canvas(str(path), pagesize=letter)
    height = letter[1]
    canvas.setFont("Helvetica-Bold", 22)
    canvas.drawString(40, height - 46, "Tamarisk Ridge")
    canvas.setFont("Helvetica", 9)
    canvas.drawString(40, height - 58, "Telecom")
    for x, y, text, size in [(400, 42, "Account Number", 8), (480, 42, _ACCOUNT, 8),
                             (400, 56, "Statement Date", 8), (480, 56, "02/11/2026", 8), *_MAIL,
                             *_SERVICES]:
        canvas.setFont("Helvetica-Bold" if text.startswith("B:") else "Helvetica", size)
        canvas.drawString(x, height - y, text.removeprefix("B:"))
    canvas.save()
    fields = extract_fields(read_bill(path))
    assert fields.carrier == "Tamarisk Ridge Telecom"  # the lockup, read as one name
    for typed, want in (("Tamarisk Ridge Telecom", Verdict.EXACT),
                        ("Tamarisk Ridge", Verdict.EXACT),  # the wordmark's own line
                        ("Tamarisk Ridge Wireless", Verdict.UNVERIFIABLE)):
        check = compare(PortCase(account_name=_NAME, losing_carrier=typed), fields)
        assert check.fields["carrier"].verdict == want


# -- the stub's payee named with another kind word than the wordmark ------------------------------
def test_a_stub_payee_named_as_the_brand_with_another_kind_word_is_the_sender(
        tmp_path: Path) -> None:
    """A cover page with only the return portion: the payee 'Kestrel Telephone' over its PO Box
    on a bill headed 'Kestrel Telcom', the customer's own block under it. The payee's block is
    the sender's (its legal name beside its brand), the other one the holder's."""
    page = [(40, 40, "B:Kestrel Telcom", 20), (40, 120, "Your statement is enclosed.", 12),
            (40, 520, "Please detach and return this portion with your payment.", 8),
            (330, 545, "Account", 8), (420, 545, "K5521907", 8),
            (50, 556, "Kestrel Telephone", 9), (50, 568, "PO Box 412", 9),
            (50, 580, "Harlowton, MT 59036-0412", 9),
            (330, 600, "Dana Whitcomb", 9), (330, 612, "PO Box 2207", 9),
            (330, 624, "Big Timber, MT 59011", 9)]
    second = [(40, 40, "B:Kestrel Telcom", 14), (40, 80, "Billing Telephone Number", 8),
              (200, 80, "406-555-0131", 8), (40, 100, "B:Your Lines", 10),
              (44, 114, "406-555-0131", 9)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page, second)))
    assert fields.account_name == "Dana Whitcomb"
    assert fields.billing_address is not None and fields.billing_address.line1 == "PO Box 2207"


# -- headings printed letter-spaced in capitals ---------------------------------------------------
def test_a_letter_spaced_heading_reads_as_its_words(tmp_path: Path) -> None:
    """'M A I N   N U M B E R' over its value: each letter comes out of the text layer as a word
    of its own; one space apart they are one word, three apart the next word, and the heading
    labels its value as the words would."""
    page = [*_HEAD, (40, 150, "S E R V I C E   L O C A T I O N", 7), (40, 162, "48 Spruce Ave", 9),
            (40, 174, "Livingston, MT 59047", 9), (300, 150, "M A I N   N U M B E R", 7),
            (300, 162, "+1 406 555 0162", 9), (40, 220, "B:Your Lines", 10),
            (44, 234, "+1 406 555 0162", 9)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    assert fields.btn == "+14065550162"
    assert fields.service_address is not None and fields.service_address.line1 == "48 Spruce Ave"


def test_two_capitals_alone_stay_as_printed(tmp_path: Path) -> None:
    from portdesk.bills.reader import Word, join_spaced_letters

    words = [Word("A", 10, 0, 16, 10), Word("B", 18, 0, 24, 10), Word("Street", 27, 0, 60, 10)]
    assert [w.text for w in join_spaced_letters(words)] == ["A", "B", "Street"]


def test_a_letter_states_its_account_date_and_site_in_sentences(tmp_path: Path) -> None:
    """'Your account number is 55120-88 and this bill was dated' / 'March 3, 2026. Lines at 48
    Spruce Ave, Livingston, MT 59047 are billed ...': a label's value in a sentence runs from the
    verb after the label to the end of its clause, or from the label to the sentence's verb; a
    date the sentence carries onto the next line is still its date."""
    page = [(40, 40, "B:Kestrel Valley Telephone", 16), (40, 90, "Hello,", 10),
            (40, 110, "Your account number is 55120-88 and this bill was dated", 9),
            (40, 122, "March 3, 2026. The amount due is $48.10 by March 20.", 9),
            (40, 134, "Service location 48 Spruce Ave, Livingston, MT 59047 is billed monthly.", 9),
            (40, 190, "B:Lines on this account", 10), (44, 204, "406-555-0140", 9)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    assert fields.account_number == "55120-88"
    assert str(fields.statement_date) == "2026-03-03"
    assert fields.service_address is not None
    assert (fields.service_address.line1, fields.service_address.postal_code) == (
        "48 Spruce Ave", "59047")


# -- a heading of the services sold is no wordmark --------------------------------------------------
@pytest.mark.parametrize("heading", ["Home Phone and Internet", "Digital Phone & TV"])
def test_a_heading_of_the_services_sold_is_no_carrier_name(tmp_path: Path, heading: str) -> None:
    """The carrier's logo only a picture, and a large bold heading of the services billed high
    on the page: the heading names no carrier; the legal line at the foot names the sender."""
    page = [(400, 60, "Account Number", 8), (480, 60, _ACCOUNT, 8), *_MAIL,
            (40, 180, f"B:{heading}", 14), (44, 196, "406-555-0131", 9),
            (200, 196, "Home Phone line", 9),
            (40, 760, "Services provided by Tamarisk Ridge Telecom Inc., 12 Main St, "
                      "Harlowton MT 59036.", 6)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    assert fields.carrier != heading
    assert fields.carrier is None or "Tamarisk" in fields.carrier


def test_a_sentence_about_what_the_bill_covers_names_no_holder(tmp_path: Path) -> None:
    page = [(40, 40, "B:Kestrel Valley Telephone", 16),
            (40, 110, "Your bill for March is now available in the portal.", 9),
            (60, 150, "Account", 8), (160, 150, "****5521", 8),
            (40, 190, "B:Lines on this account", 10), (44, 204, "406-555-0140", 9)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    assert fields.account_name != "March"


def test_header_labels_on_the_wordmarks_line_stay_apart(tmp_path: Path) -> None:
    """A short wordmark set on the line of a header's small labels ('Customer Number',
    'Statement Date', 'Total Due' over their values): the large letters neither join the
    labels' line to the values' nor widen the gap that keeps the labels apart."""
    page = [(40, 42, "B:KVT", 26), (330, 38, "Customer Number", 8), (414, 38, "Statement Date", 8),
            (498, 38, "Total Due", 8), (330, 50, "C9030736", 9), (414, 50, "Mar 24, 2025", 9),
            (498, 50, "$254.43", 9), (40, 62, "Kestrel Valley Telephone", 9), *_MAIL, *_SERVICES]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    assert str(fields.statement_date) == "2025-03-24"


# -- a known carrier named in passing is not the sender ---------------------------------------------
def test_a_known_carrier_named_in_passing_is_not_the_bills_sender(tmp_path: Path) -> None:
    """A bill from a carrier PortDesk does not know, saying its long distance is carried over
    a known carrier's network: typed as the losing carrier, that known name is no match (the
    probe's false match: 'TELUS' typed on such a bill was called equivalent)."""
    page = [*_HEAD, *_MAIL, *_SERVICES,
            (40, 300, "Long distance calls are carried over the TELUS network at no extra cost.", 8)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    check = compare(PortCase(account_name=_NAME, losing_carrier="TELUS"), fields)
    assert check.fields["carrier"].verdict not in (Verdict.EXACT, Verdict.EQUIVALENT)
