"""Text round 10's classes, each a general rule tried on bills drawn here with wordings of their
own (none a corpus family's strings). The round's theme: a match rests on a place whose words say
it is the customer's value for that field, whatever path found the value."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.context import Context, classify
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.judge import Extracted, judge
from portdesk.bills.placerank import Sighting
from portdesk.bills.reader import read_bill
from portdesk.bills.values import Evidence
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, CaseNumber, PortCase
from tests.unit.bills import drawn

_NAME = "Lantern Hollow Bakery LLC"
_ACCOUNT = "5530-7716-42"
_SITE = Address(line1="41 Orchard Lane", city="Keene", state="NH", postal_code="03431")
_OK = (Verdict.EXACT, Verdict.EQUIVALENT)


def _verdict(fields: BillFields, field: str, carrier: str, **typed: object) -> Verdict:
    values: dict[str, object] = {
        "account_name": _NAME, "account_number": _ACCOUNT, "btn": "+16035550143",
        "losing_carrier": carrier, "service_address": _SITE,
        "numbers": (CaseNumber("+16035550143"),)}
    values.update(typed)
    return compare(PortCase(**values), fields).fields[field].verdict  # type: ignore[arg-type]


# -- the carrier's own name typed as the account holder's -------------------------------------
_SENDERS = {
    # (wordmark printed over the customer's block, name typed as the account holder)
    "an unknown carrier, its brand with a line of business": (
        "Quarrystone Telephone", "Quarrystone Telephone Business"),
    "an unknown carrier, as printed": ("Quarrystone Telephone", "Quarrystone Telephone"),
    "a known carrier": ("Consolidated Communications", "Consolidated Communications"),
}


@pytest.mark.parametrize("kind", list(_SENDERS))
def test_the_carriers_own_name_is_never_the_account_holder(tmp_path: Path, kind: str) -> None:
    """The sender's wordmark sits right over the customer's name and mailing block, beside an
    "Account Information" heading: its place looks like the holder's, but the words are the
    carrier's own name, which no bill gives as its customer's."""
    mark, typed = _SENDERS[kind]
    page = [(40, 40, "B:Account Information", 10), (330, 40, f"B:{mark}", 12),
            (40, 56, "Account Number", 8), (40, 68, _ACCOUNT, 9),
            (40, 84, "Statement Date", 8), (40, 96, "September 3, 2026", 9),
            (330, 56, _NAME, 9), (330, 68, "PO Box 802", 9), (330, 80, "Keene, NH 03431", 9),
            (40, 140, "Primary Number", 8), (40, 152, "(603) 555-0143", 9),
            (330, 200, "Service at: 41 Orchard Lane, Keene, NH 03431", 8),
            (40, 720, f"Thank you for choosing {mark}.", 7)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    assert fields.account_name == _NAME  # the wordmark over it is no first line of the name
    assert _verdict(fields, "account_name", mark) in _OK
    assert _verdict(fields, "account_name", mark, account_name=typed) not in _OK


# -- "Numéro de compte", "Número de cuenta": an account's label, not the lines' ---------------
@pytest.mark.parametrize("label", ["Numéro de compte", "Número de cuenta:", "NUMERO DE COMPTE",
                                   "Numéro du compte", "Número de la cuenta"])
def test_a_number_word_before_account_words_labels_the_account(label: str) -> None:
    """'Numéro'/'Número' alone heads a list of lines; followed by 'de compte'/'de cuenta' it is
    the account number's label (the words after it say which number)."""
    assert classify(label) == Context.ACCOUNT


@pytest.mark.parametrize("label", ["Numéro", "Numéros de téléphone", "Número de teléfono"])
def test_number_words_alone_still_head_the_lines(label: str) -> None:
    assert classify(label) == Context.NUMBERS


# -- an open extraction agreeing at a place the bill gives as something else ------------------
def _ev(x: float) -> Evidence:
    return Evidence(1, (x, 100.0, x + 80.0, 110.0), "1-888-555-0199")


@pytest.mark.parametrize("context", [Context.HELP, Context.OTHER_ID,
                                     Context.USAGE])
def test_an_agreeing_extraction_does_not_outvote_the_place_it_read(context: Context) -> None:
    """The open extraction took a value from a place whose words say it is the carrier's help
    line (or another reference, a dialed number): the typed value agrees with it, but
    the place decides, so the verdict is a question with the evidence, never a match."""
    bad = Sighting("8885550199", _ev(100), context, "Questions? Call", 1.0, relation="line")
    ext = Extracted("8885550199", "8885550199", _ev(90), 1.0, 1.0)
    check = judge("account_number", "8885550199", [bad], ext, lambda v: v == "8885550199",
                  lambda s: True, "account number")
    assert check.verdict == Verdict.UNVERIFIABLE
    assert check.evidence == bad.evidence
    elsewhere = Extracted("8885550199", "8885550199", _ev(400), 1.0, 1.0)  # another place
    assert judge("account_number", "8885550199", [bad], elsewhere, lambda v: v == "8885550199",
                 lambda s: True, "account number").verdict == Verdict.EXACT
    heading = replace(bad, relation="block")  # a heading found walking up: layout, not words
    assert judge("account_number", "8885550199", [heading], ext, lambda v: v == "8885550199",
                 lambda s: True, "account number").verdict == Verdict.EXACT


# -- part of the holder's name, printed apart (a site's name, a short form) -------------------
_SITES = {
    "a site heading": [(330, 200, "B:Service Location - Juniper Bay", 9),
                       (330, 212, "41 Orchard Lane, Keene, NH 03431", 8)],
    "a short form in a header": [(330, 200, "Service at: 41 Orchard Lane, Keene, NH 03431", 8),
                                 (40, 760, "Juniper Bay", 7)],
}


@pytest.mark.parametrize("kind", list(_SITES))
def test_part_of_the_holders_name_is_no_proof_of_the_holder(tmp_path: Path, kind: str) -> None:
    """The bill gives the holder as 'Juniper Bay Owners Association, Inc.' and prints 'Juniper
    Bay' apart (the community's site name): typing the part finds it printed, but the carrier
    checks the whole name."""
    holder = "Juniper Bay Owners Association, Inc."
    page = [(40, 40, "B:Quarrystone Telephone", 14), (330, 40, "Account Number", 8),
            (420, 40, _ACCOUNT, 9), (330, 52, "Statement Date", 8), (420, 52, "09/03/2026", 9),
            (40, 90, holder, 9), (40, 102, "PO Box 802", 9), (40, 114, "Keene, NH 03431", 9),
            (40, 140, "Primary Number", 8), (40, 152, "(603) 555-0143", 9), *_SITES[kind]]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    carrier = "Quarrystone Telephone"
    assert _verdict(fields, "account_name", carrier, account_name=holder) in _OK
    assert _verdict(fields, "account_name", carrier, account_name="Juniper Bay") not in _OK


# -- a numeric date both orders read, on a bill whose country and language do not decide -------
def _dated_bill(tmp_path: Path, *items: drawn.Item) -> BillFields:
    page = [(40, 40, "B:Quarrystone Telephone", 14), (330, 40, "Account Number", 8),
            (420, 40, _ACCOUNT, 9), (330, 52, "Bill Date", 8), (420, 52, "04/11/2026", 9),
            (40, 90, _NAME, 9), (40, 102, "PO Box 802", 9), (40, 114, "Kelowna, BC V1Y 6H2", 9),
            (40, 140, "Primary Number", 8), (40, 152, "(250) 555-0143", 9), *items]
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))


_EVIDENCE = {
    "the same date with its month's name": [(40, 300, "Statement of November 4, 2026", 8)],
    "a due date only one order puts weeks later": [(330, 64, "Payment Due", 8),
                                                   (420, 64, "02/12/2026", 9)],
    "a due date on the same line": [(330, 64, "Amount due by 02/12/2026", 8)],
}


@pytest.mark.parametrize("kind", list(_EVIDENCE))
def test_an_ambiguous_numeric_date_is_read_by_the_bills_other_evidence(
        tmp_path: Path, kind: str) -> None:
    """'04/11/2026' on an English bill to British Columbia reads either way; the same date
    printed with a month name, or a due date 28 days after it in one order and two months
    before it in the other, says which: 4 November."""
    from datetime import date

    assert _dated_bill(tmp_path, *_EVIDENCE[kind]).statement_date == date(2026, 11, 4)


def test_an_ambiguous_numeric_date_with_nothing_to_decide_it_is_left_out(tmp_path: Path) -> None:
    """A due date both orders put a plausible gap after it decides nothing: no date."""
    assert _dated_bill(tmp_path).statement_date is None
    assert _dated_bill(tmp_path, (330, 64, "Payment Due", 8),
                       (420, 64, "05/12/2026", 9)).statement_date is None


# -- "Primary Telephone Number": the billing number's label, a word between ---------------------
@pytest.mark.parametrize(("label", "context"), [
    ("Primary Telephone Number", Context.BTN), ("Primary Tel. Number", Context.BTN),
    ("Primary Voice Line", Context.BTN), ("Primary Account Number", Context.ACCOUNT),
    ("Primary", Context.NONE)])
def test_a_primary_numbers_label_names_the_billing_number(label: str, context: Context) -> None:
    """'Primary Telephone Number' labels the BTN as 'Primary Number' does; it read as the lines'
    heading ('telephone number'), so only the open extraction knew, and a match must rest on
    the place's own words. A bare 'Primary' (a line-type cell) labels nothing."""
    assert classify(label) == context


# -- a long line under a two-cell header row is in neither column -----------------------------
def test_a_line_across_two_columns_is_no_cell_of_the_right_one(tmp_path: Path) -> None:
    """'Customer Name | Remit Payment To' heads two blocks; the envelope's one long line lower down
    starts under the left one and reaches under the right: it is not the remit-to column's
    value (its words would make the holder's name the carrier's payment address)."""
    line = "JUNIPER BAY OWNERS ASSOCIATION DBA HARBOR LIGHT MARINA CO"
    page = [(40, 90, "Customer Name", 8), (330, 90, "Remit Payment To", 8),
            (40, 102, "JUNIPER BAY OWNERS ASSOCIATION", 9), (330, 102, "Quarrystone Telephone", 9),
            (330, 114, "PO Box 5100", 9), (330, 126, "Concord, NH 03302", 9),
            (60, 160, line, 9), (60, 172, "PO BOX 802", 9), (60, 184, "KEENE, NH 03431", 9)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)),
                            require_account=False)
    assert fields.index is not None
    index = fields.index.pages[0]
    seg = next(s for s in index.segments if s.text == line)
    assert all(p.context != Context.REMIT for p in index.places(seg))


# -- the holder's own name is no help heading --------------------------------------------------
def test_a_holder_named_for_a_repair_shop_labels_no_help_line(tmp_path: Path) -> None:
    """'Juniper Bay Boat Repair Co.' on the mailing block's first line, the service address on
    the same lines to its right under 'Service Location': 'Repair' makes the name read like the
    carrier's repair line, but the holder's own name labels nothing of the carrier's. (With the
    place deciding over an agreeing extraction, this must hold for the address to match.)"""
    holder = "Juniper Bay Boat Repair Co."
    page = [(40, 40, "B:Quarrystone", 14), (330, 40, "Account Number", 8),
            (420, 40, _ACCOUNT, 9), (330, 52, "Statement Date", 8), (420, 52, "09/03/2026", 9),
            (330, 90, "SERVICE LOCATION", 8),
            (60, 102, holder, 9), (330, 102, "41 Orchard Lane", 9),
            (60, 114, "PO Box 802", 9), (330, 114, "Keene, NH 03431", 9),
            (60, 126, "Keene, NH 03435", 9)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    assert _verdict(fields, "service_address", "Quarrystone", account_name=holder) in _OK
    other = Address(line1="43 Orchard Lane", city="Keene", state="NH", postal_code="03431")
    assert _verdict(fields, "service_address", "Quarrystone", account_name=holder,
                    service_address=other) not in _OK
