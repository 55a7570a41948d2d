"""Text round 12's classes, each a general rule about how bills are written, tried on bills drawn
here with wordings of their own (none a corpus family's strings). The round's theme: generality
by consolidation: one broader rule where several narrow ones stood."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.context import Context, classify
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, CaseNumber, PortCase
from tests.unit.bills import drawn

_NAME = "Juniper Hollow Bakery"
_ACCOUNT = "6403-2218-75"
_BTN = "+14065550162"
_SITE = Address(line1="48 Spruce Ave", line2="Ste 2", city="Livingston", state="MT",
                postal_code="59047")
_MAIL = [(40, 100, _NAME, 9), (40, 112, "PO Box 771", 9), (40, 124, "Livingston, MT 59047", 9)]
_LINES = [(40, 200, "B:Your Lines", 10), (44, 214, "406-555-0162", 9),
          (200, 214, "Business Line", 9), (44, 226, "406-555-0177", 9),
          (200, 226, "Business Line", 9)]


def _fields(tmp_path: Path, *pages: list[drawn.Item]) -> BillFields:
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", *pages)))


def _verdict(fields: BillFields, field: str, **typed: object) -> Verdict:
    values: dict[str, object] = {
        "account_name": _NAME, "account_number": _ACCOUNT, "btn": _BTN,
        "losing_carrier": "Larchmont Telephone", "service_address": _SITE,
        "numbers": (CaseNumber(_BTN),)}
    values.update(typed)
    return compare(PortCase(**values), fields).fields[field].verdict  # type: ignore[arg-type]


# -- one table of short label words, for the vocabulary and for the place's context -----------
@pytest.mark.parametrize(("label", "context"), [
    ("Billing No.:", Context.BTN), ("Primary Tel. No.", Context.BTN),
    ("Bill Tel #", Context.BTN), ("Main Tel.", Context.BTN), ("Acct #", Context.ACCOUNT),
    ("Svc Addr", Context.SERVICE), ("No client", Context.NAME)])
def test_a_shortened_label_means_what_its_full_words_mean(label: str, context: Context) -> None:
    assert classify(label) == context


@pytest.mark.parametrize(("date_label", "btn_label"), [
    ("Stmt Dt", "Bill Tel #"), ("Stmt:", "Primary Tel. No."), ("Stmnt Date", "Billing No.:")])
def test_abbreviated_labels_read_their_values(tmp_path: Path, date_label: str,
                                              btn_label: str) -> None:
    """A header short of room abbreviates any word of its labels ('Stmt Dt', 'Bill Tel #'):
    the label is read with its short words spelled out, and its value is that field's."""
    page = [(40, 40, "B:Larchmont Telephone", 16), (380, 40, "Account Number", 8),
            (470, 40, _ACCOUNT, 9), (380, 54, date_label, 8), (470, 54, "11-FEB-26", 9),
            (380, 68, btn_label, 8), (470, 68, "406-555-0162", 9), *_MAIL, *_LINES]
    fields = _fields(tmp_path, page)
    assert str(fields.statement_date) == "2026-02-11"
    assert fields.btn == _BTN
    assert _verdict(fields, "btn") == Verdict.EXACT
    assert _verdict(fields, "btn", btn="+14065550177") == Verdict.MISMATCH


def test_a_number_mark_opening_a_line_is_no_label(tmp_path: Path) -> None:
    """'#' or 'No.' stands for 'number' only after the word it numbers: a unit line '# 5' under
    a street is part of the address, not a label."""
    page = [(40, 40, "B:Larchmont Telephone", 16), (380, 40, "Account Number", 8),
            (470, 40, _ACCOUNT, 9), (380, 54, "Statement Date", 8), (470, 54, "02/11/2026", 9),
            (40, 100, "SERVICE ADDRESS", 8), (40, 112, "48 Spruce Ave", 9), (40, 124, "# 5", 9),
            (40, 136, "Livingston, MT 59047", 9), (300, 100, "MAILING ADDRESS", 8),
            (300, 112, "48 Spruce Ave", 9), (300, 124, "# 5", 9),
            (300, 136, "Livingston, MT 59047", 9)]
    fields = _fields(tmp_path, page)
    assert fields.billing_address is not None and fields.billing_address.line2 == "# 5"


_HEAD = [(40, 40, "B:Larchmont Telephone", 16), (380, 40, "Account Number", 8),
         (470, 40, _ACCOUNT, 9), (380, 54, "Statement Date", 8), (470, 54, "02/11/2026", 9)]


# -- a row's type cell that says BTN in so many words ------------------------------------------
@pytest.mark.parametrize(("typed", "verdict"), [(_BTN, Verdict.EXACT),
                                                 ("+14065550177", Verdict.MISMATCH)])
def test_a_rows_type_cell_saying_btn_names_that_rows_number(tmp_path: Path, typed: str,
                                                            verdict: Verdict) -> None:
    """A summary by number whose Type column says 'BTN' for one row and a line's role for the
    others: that row's number is the billing number, the others are lines."""
    rows = [(40, 200, "B:LINES BY NUMBER", 10), (44, 214, "Telephone", 8), (200, 214, "Type", 8),
            (320, 214, "Plan", 8), (480, 214, "Charge", 8),
            (44, 228, "406-555-0162", 9), (200, 228, "BTN", 9), (320, 228, "1MB", 9),
            (480, 228, "$31.10", 9),
            (44, 240, "406-555-0177", 9), (200, 240, "Extra Line", 9), (320, 240, "1MB", 9),
            (480, 240, "$22.40", 9)]
    fields = _fields(tmp_path, [*_HEAD, *_MAIL, *rows])
    assert fields.btn == _BTN
    assert _verdict(fields, "btn", btn=typed) == verdict


# -- whose block is this: the carrier's people ------------------------------------------------
@pytest.mark.parametrize("heading", ["Your Authorized Larchmont Dealer", "Local Sales Agent"])
def test_an_agents_block_is_the_carriers_not_the_customers(tmp_path: Path, heading: str) -> None:
    """A block headed as the carrier's agent or dealer, with its own name, address and telephone
    beside the window: its number is no line of the account, its name no holder's."""
    agent = [(220, 96, heading, 8), (220, 108, "Pinecrest Office Supply", 9),
             (220, 120, "22 Main St", 9), (220, 132, "Bozeman, MT 59715", 9),
             (220, 144, "Tel 406-587-2210", 9)]
    fields = _fields(tmp_path, [*_HEAD, *_MAIL, *agent, *_LINES])
    assert "+14065872210" not in fields.numbers
    assert fields.account_name == _NAME
    check = compare(PortCase(account_name=_NAME, account_number=_ACCOUNT,
                             numbers=(CaseNumber("+14065872210"),)), fields)
    assert check.numbers.items[0].verdict == Verdict.NOT_FOUND


def test_a_business_office_line_is_the_carriers(tmp_path: Path) -> None:
    """'Business Office 406-222-1000' is the telephone company's office for its customers, even
    on the line of a caption far left of it that heads the address under it."""
    page = [*_HEAD, *_MAIL, (40, 160, "Location", 8), (330, 160, "Business Office 406-222-1000", 8),
            (40, 172, "48 Spruce Ave Ste 2", 9), (40, 184, "Livingston, MT 59047", 9), *_LINES]
    fields = _fields(tmp_path, page)
    assert "+14062221000" not in fields.numbers
    check = compare(PortCase(account_name=_NAME, account_number=_ACCOUNT,
                             numbers=(CaseNumber("+14062221000"),)), fields)
    assert check.numbers.items[0].verdict == Verdict.NOT_FOUND


# -- a block's two ends after a slash, counted on their row -------------------------------------
@pytest.mark.parametrize(("count", "listed"), [("DID Block (6)", True), ("DIDs (2)", False),
                                              ("Direct lines", False)])
def test_a_slash_pair_is_a_block_when_its_row_counts_its_lines(
        tmp_path: Path, count: str, listed: bool) -> None:
    """'406-555-0180/0185' is a list of two by its form; on a row that counts six lines it is
    the first and last of a block, and the four between are the account's too."""
    rows = [(40, 200, "B:Your Lines", 10), (44, 214, count, 9), (160, 214, "406-555-0180/0185", 9),
            (480, 214, "$18.00", 9)]
    fields = _fields(tmp_path, [*_HEAD, *_MAIL, *rows])
    check = compare(PortCase(account_name=_NAME, account_number=_ACCOUNT,
                             numbers=(CaseNumber("+14065550182"), CaseNumber("+14065550185"))),
                    fields)
    assert check.numbers.items[1].verdict == Verdict.EXACT
    assert (check.numbers.items[0].verdict == Verdict.EXACT) == listed


# -- whose block is this: the stub's payee, its address with its name ---------------------------
def test_the_stubs_payee_block_is_no_mailing_address(tmp_path: Path) -> None:
    """The customer printed only in the return portion's window, beside the payee (the sender's
    wordmark names it): the payee's PO Box is the sender's, the window's is the mailing address."""
    page = [(40, 40, "B:Larchmont", 20), (40, 56, "Larchmont Telephone Company, Inc.", 8),
            (380, 40, "Acct No.", 8), (470, 40, _ACCOUNT, 9),
            (380, 54, "Bill Date", 8), (470, 54, "02/11/2026", 9), *_LINES,
            (40, 600, "Please detach and return this portion with your payment.", 7),
            (380, 620, "Acct No.", 8), (470, 620, _ACCOUNT, 9),
            (50, 630, "Larchmont Telephone Company, Inc.", 9), (50, 642, "PO Box 90", 9),
            (50, 654, "Livingston, MT 59047-0090", 9),
            (380, 666, _NAME, 9), (380, 678, "PO Box 771", 9), (380, 690, "Livingston, MT 59047", 9)]
    fields = _fields(tmp_path, page)
    assert fields.billing_address is not None and fields.billing_address.line1 == "PO Box 771"


# -- an account number ends where a date begins ---------------------------------------------------
def test_an_account_number_ends_where_a_date_begins(tmp_path: Path) -> None:
    """A later page's band 'Acct # 6403221875 Feb 11, 2026': the account, then the bill's date."""
    band = [(40, 30, "Acct # 6403221875 Feb 11, 2026", 8), (480, 30, "Page 2", 8),
            (40, 60, "B:Line 1", 9), (44, 74, "406-555-0162", 9)]
    page1 = [(40, 40, "B:Larchmont Telephone", 16), (380, 40, "Acct #", 8),
             (470, 40, "6403221875", 9), *_MAIL, *_LINES]
    fields = _fields(tmp_path, page1, band)
    assert fields.account_number == "6403221875"


# -- a unit in a form of labelled rows keeps its own mark -------------------------------------
def test_a_unit_row_printing_its_own_mark_is_read_as_printed(tmp_path: Path) -> None:
    site = Address(line1="48 Spruce Ave", line2="# 2B", city="Livingston", state="MT",
                   postal_code="59047")
    form = [(300, 96, "SERVICE LOCATION", 8), (300, 108, "Street:", 8), (350, 108, "48 Spruce Ave", 9),
            (300, 120, "Unit:", 8), (350, 120, "# 2B", 9), (300, 132, "City:", 8),
            (350, 132, "Livingston", 9), (300, 144, "State:", 8), (350, 144, "MT", 9),
            (300, 156, "ZIP:", 8), (350, 156, "59047", 9)]
    fields = _fields(tmp_path, [*_HEAD, *_MAIL, *form])
    assert _verdict(fields, "service_address", service_address=site) == Verdict.EXACT


# -- one word for a co-operative, whatever its hyphen ----------------------------------------------
def test_a_co_op_is_a_cooperative(tmp_path: Path) -> None:
    page = [(40, 40, "B:Larchmont", 20), (40, 56, "Larchmont Telephone Co-operative Limited", 8),
            (380, 40, "Account Number", 8), (470, 40, _ACCOUNT, 9), *_MAIL, *_LINES]
    fields = _fields(tmp_path, page)
    assert _verdict(fields, "carrier", losing_carrier="Larchmont Telephone Co-op") in (
        Verdict.EXACT, Verdict.EQUIVALENT)


# -- a service address printed without its ZIP -------------------------------------------------
@pytest.mark.parametrize(("lines", "typed"), [
    (["48 Spruce Ave Ste 2", "Livingston, MT"], _SITE),
    (["48 Spruce Ave", "Ste 2", "Livingston MT"], _SITE),
    (["48 Spruce Ave Ste 2", "Livingston, MT"],
     Address(line1="48 Spruce Ave", line2="Ste 2", city="Bozeman", state="MT",
             postal_code="59715"))])
def test_a_service_address_without_its_zip_is_a_question(
        tmp_path: Path, lines: list[str], typed: Address) -> None:
    """'48 Spruce Ave / Livingston, MT' under the service-address label: the page prints the
    typed street as the place of service, but no ZIP. Never a match (the ZIP is unproven), never
    'not found' (the page shows it): a question with the evidence."""
    page = [*_HEAD, *_MAIL, (330, 100, "Service Address", 8),
            *((330, 112 + 12 * i, t, 9) for i, t in enumerate(lines)), *_LINES]
    fields = _fields(tmp_path, page)
    check = compare(PortCase(account_name=_NAME, account_number=_ACCOUNT, service_address=typed),
                    fields).fields["service_address"]
    assert check.verdict == Verdict.UNVERIFIABLE
    assert check.evidence is not None and "Spruce" in check.evidence.text


# -- a caption across a wide box from the value it names ------------------------------------------
@pytest.mark.parametrize(("caption_x", "under", "verdicts"), [
    (300, [], {Verdict.EXACT}), (420, [], {Verdict.EXACT}),
    # a label with a value of its own under it is that value's, however near
    (300, [(300, 192, "9 Canal St", 9), (300, 204, "Bozeman, MT 59715", 9)],
     {Verdict.UNVERIFIABLE, Verdict.MISMATCH})])
def test_a_caption_far_right_on_its_values_line_names_it(
        tmp_path: Path, caption_x: float, under: list[drawn.Item], verdicts: set[Verdict]) -> None:
    """'48 Spruce Ave Ste 2 ........ Service Address' across a wide box: the nearest words right
    of the value, nothing between, answering nothing of their own, are its caption."""
    block = [(40, 180, "48 Spruce Ave Ste 2", 9), (40, 192, "Livingston, MT 59047", 9),
             (caption_x, 180, "Service Address", 8)]
    lines = [(x, y + 60, t, s) for x, y, t, s in _LINES]
    fields = _fields(tmp_path, [*_HEAD, *_MAIL, *block, *under, *lines])
    assert _verdict(fields, "service_address") in verdicts


# -- the calls the customer made, whatever the words between ---------------------------------------
@pytest.mark.parametrize("heading", ["Other numbers you called", "Calls you made",
                                     "Calls that you placed"])
def test_a_heading_over_the_calls_made_says_dialed_numbers(tmp_path: Path, heading: str) -> None:
    """'Numbers called', 'Calls made' with 'you' or 'that you' between: the numbers under it are
    the ones the customer dialed, never its lines (typed, one is 'not found', never a match)."""
    rows = [(40, 300, f"B:{heading}", 10), *((44, 314 + 12 * i,
            f"03/0{i + 1}  10:1{i}  406-555-01{90 + i}  Bozeman MT   3   $0.00", 9)
            for i in range(3))]
    fields = _fields(tmp_path, [*_HEAD, *_MAIL, *_LINES, *rows])
    check = compare(PortCase(account_name=_NAME, account_number=_ACCOUNT,
                             numbers=(CaseNumber("+14065550191"),)), fields)
    assert check.numbers.items[0].verdict == Verdict.NOT_FOUND
    assert "+14065550191" not in fields.numbers


# -- a label answers one value ----------------------------------------------------------------------
def test_a_label_over_its_own_value_names_nothing_far_right_on_its_line(tmp_path: Path) -> None:
    """'Location' heads the street under it; 'Front desk 406-222-1000' far right on its line has
    a caption of its own: the number is no service address, whatever its caption says."""
    from portdesk.bills.findphones import phone_index

    page = [*_HEAD, *_MAIL, (40, 160, "Location", 8), (330, 160, "Front desk 406-222-1000", 8),
            (40, 172, "48 Spruce Ave Ste 2", 9), (40, 184, "Livingston, MT 59047", 9), *_LINES]
    fields = _fields(tmp_path, page)
    assert fields.index is not None
    found = phone_index(fields.index)["+14062221000"]
    assert all(p.context != Context.SERVICE for f in found for p in f.places)


# -- a brand its group renamed: one group, two names on customers' bills ----------------------------
@pytest.mark.parametrize(("wordmark", "typed"), [("Sparklight", "Hargray"),
                                                 ("Hargray", "Sparklight Business")])
def test_a_brand_its_group_renamed_is_a_question_not_a_match(
        tmp_path: Path, wordmark: str, typed: str) -> None:
    """Cable One rebranded Hargray as Sparklight, and bills of both names are in customers'
    hands: the one typed against the other's bill is a brand of the same group, and which one
    holds the account is for the specialist to check (never 'equivalent')."""
    page = [(40, 40, f"B:{wordmark}", 20), (380, 40, "Account Number", 8),
            (470, 40, _ACCOUNT, 9), *_MAIL, *_LINES]
    fields = _fields(tmp_path, page)
    assert _verdict(fields, "carrier", losing_carrier=typed) == Verdict.UNVERIFIABLE
    assert _verdict(fields, "carrier", losing_carrier=wordmark) in (Verdict.EXACT,
                                                                    Verdict.EQUIVALENT)
