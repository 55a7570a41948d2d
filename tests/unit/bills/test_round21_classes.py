"""Text round 21's classes, found by the own-values gate (a page's own values typed into each
field never match: tests/unit/billcorpus/test_own_values_gate.py) and the class probes; each bill
here is drawn with wordings and values of its own (none a corpus family's nor the probe's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, CaseNumber, PortCase
from tests.unit.bills import drawn

MATCH = (Verdict.EXACT, Verdict.EQUIVALENT)
_NAME = "Tamarack Ridge Bakery Inc"
_LINES = ("+14065550171", "+14065550172")


def _read(tmp_path: Path, items: list[drawn.Item]) -> BillFields:
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", items)))


def _case(account: str, **typed: object) -> PortCase:
    base: dict[str, object] = {"account_name": _NAME, "account_number": account,
                               "numbers": tuple(CaseNumber(n) for n in _LINES)}
    return PortCase(**{**base, **typed})  # type: ignore[arg-type]


def _foot() -> list[drawn.Item]:
    return [(40, 110, "B:" + _NAME, 9), (40, 122, "PO Box 2291", 9),
            (40, 134, "Whitefish, MT 59937", 9),
            (40, 300, "Your lines", 8), (160, 300, "406-555-0171", 8), (160, 312, "406-555-0172", 8),
            (40, 700, "Send payments to Flathead Hills Telephone, PO Box 80, Kalispell, MT 59903",
             7)]


# -- a stack of label / value pairs: a label belongs with the nearer value -----------------------
def test_labels_over_their_values_the_value_over_a_label_is_the_pair_aboves(
        tmp_path: Path) -> None:
    """'Reference ID / 5417729031 / (gap) / Main line / 406 555 0171': the ten digits over
    'Main line' are the reference's, set right under it; the main line is the number under."""
    fields = _read(tmp_path, [(40, 40, "B:Flathead Hills Telephone", 14), *_foot(),
                              (400, 60, "Account No.", 7), (400, 69, "57-2214-09", 9),
                              (400, 85, "Reference ID", 7), (400, 94, "5417729031", 9),
                              (400, 110, "Main line", 7), (400, 119, "406 555 0171", 9),
                              (400, 135, "Invoice Date", 7), (400, 144, "March 3, 2026", 9)])
    assert compare(_case("57-2214-09", btn="+14065550171"),
                   fields).fields["btn"].verdict in MATCH
    assert compare(_case("57-2214-09", btn="+15417729031"),
                   fields).fields["btn"].verdict not in MATCH


def test_captions_under_their_values_the_value_under_a_caption_is_the_next_pairs(
        tmp_path: Path) -> None:
    """'57-2214-09 / Account No. / (gap) / 406.555.0171 / Main line': captions under their
    values; the number under the account's caption is the main line's, never the account."""
    fields = _read(tmp_path, [(40, 40, "B:Flathead Hills Telephone", 14), *_foot(),
                              (400, 60, "57-2214-09", 10), (400, 70, "Account No.", 7),
                              (400, 88, "406.555.0171", 10), (400, 98, "Main line", 7)])
    assert compare(_case("57-2214-09"), fields).fields["account_number"].verdict in MATCH
    assert compare(_case("4065550171"), fields).fields["account_number"].verdict not in MATCH


# -- two values the bill labels as account references --------------------------------------------
def test_the_second_account_reference_typed_as_the_account_is_a_question(tmp_path: Path) -> None:
    fields = _read(tmp_path, [(40, 40, "B:Flathead Hills Telephone", 14), *_foot(),
                              (380, 60, "Account Number:", 8), (470, 60, "57-2214-09", 8),
                              (380, 72, "Billing Account:", 8), (470, 72, "3309187745", 8),
                              (380, 84, "Bill Date:", 8), (470, 84, "03/03/2026", 8)])
    assert compare(_case("57-2214-09"), fields).fields["account_number"].verdict in MATCH
    other = compare(_case("3309187745"), fields).fields["account_number"]
    assert other.verdict == Verdict.UNVERIFIABLE, other
    assert other.evidence is not None and "3309187745" in other.evidence.text


# -- a device's identifier with a line's shape ---------------------------------------------------
@pytest.mark.parametrize("label", ["Modem S/N", "Set-top box serial no.", "Handset IMEI"])
def test_a_device_identifier_shaped_like_a_line_is_not_a_line(tmp_path: Path, label: str) -> None:
    fields = _read(tmp_path, [(40, 40, "B:Flathead Hills Telephone", 14), *_foot(),
                              (380, 60, "Account Number", 8), (470, 60, "57-2214-09", 8),
                              (40, 330, "Equipment", 8), (160, 330, label, 8),
                              (300, 330, "4064418870", 8), (500, 330, "$0.00", 8)])
    numbers = compare(_case("57-2214-09", numbers=(*(CaseNumber(n) for n in _LINES),
                                                  CaseNumber("+14064418870"))), fields).numbers
    verdicts = {i.number: i.verdict for i in numbers.items}
    assert verdicts["+14065550171"] in MATCH
    assert verdicts["+14064418870"] not in MATCH


# -- who pays the bill, named apart from whose service it is -------------------------------------
def test_a_name_the_bill_says_pays_it_is_no_match_for_the_holder(tmp_path: Path) -> None:
    """'Paid by' a school board's finance office, the bakery named in the 'Service for' cell of
    the account's table: the payer typed for the holder is a question, the holder a match."""
    payer = "Glacier County Schools Finance Office"
    fields = _read(tmp_path, [(40, 40, "B:Flathead Hills Telephone", 14),
                              (40, 70, "Invoice to:", 8), (40, 82, payer, 9),
                              (40, 94, "200 Spruce St", 9), (40, 106, "Cut Bank, MT 59427", 9),
                              (330, 82, "Paid by", 8), (410, 82, payer, 8),
                              (380, 60, "Account Number", 8), (470, 60, "57-2214-09", 8),
                              (40, 160, "Service for", 8), (200, 160, "Service address", 8),
                              (340, 160, "Account", 8), (40, 172, "Tamarack Ridge", 8),
                              (40, 184, "Bakery Inc", 8), (200, 172, "88 Larch Ln", 8),
                              (200, 184, "Whitefish, MT 59937", 8), (340, 172, "57-2214-09", 8),
                              (40, 300, "Your lines", 8), (160, 300, "406-555-0171", 8)])
    got = compare(_case("57-2214-09", account_name=payer), fields).fields["account_name"]
    assert got.verdict == Verdict.UNVERIFIABLE, got
    assert compare(_case("57-2214-09"), fields).fields["account_name"].verdict in MATCH


# -- a hyphenated house number in the US: a house number or a unit before it ---------------------
@pytest.mark.parametrize("unit", ["Apt 22", "# 22", "Unit 22"])
def test_a_us_hyphenated_house_number_read_as_a_unit_is_a_question_never_a_mismatch(
        tmp_path: Path, unit: str) -> None:
    fields = _read(tmp_path, [(40, 40, "B:Flathead Hills Telephone", 14), *_foot(),
                              (380, 60, "Account Number", 8), (470, 60, "57-2214-09", 8),
                              (40, 170, "Service Address", 8), (140, 170, "22-4410 Larch Ln", 8),
                              (140, 182, "Hilo, HI 96720", 8)])

    def check(typed_unit: str) -> Verdict:
        typed = Address("4410 Larch Ln", typed_unit, "Hilo", "HI", "96720")
        return compare(_case("57-2214-09", service_address=typed),
                       fields).fields["service_address"].verdict

    assert check(unit) == Verdict.UNVERIFIABLE
    assert check("Apt 23") == Verdict.MISMATCH


# -- a list of the customer's lines opened by a label on its first row ---------------------------
def _listed(rows: list[str]) -> list[drawn.Item]:
    return [(40, 40, "B:Flathead Hills Telephone", 14), (40, 110, "B:" + _NAME, 9),
            (40, 122, "PO Box 2291", 9), (40, 134, "Whitefish, MT 59937", 9),
            (380, 60, "Account Number", 8), (470, 60, "57-2214-09", 8),
            (40, 200, "Numbers on this account:", 8),
            *[(170, 200 + 12 * k, row, 8) for k, row in enumerate(rows)],
            (380, 200, "B:Questions?", 8), (380, 212, "Repair desk 1-800-555-0144", 8),
            (380, 224, "Billing office 406-555-0100", 8)]


def test_a_fax_row_in_the_customers_list_leaves_the_rows_above_it_the_customers(
        tmp_path: Path) -> None:
    fields = _read(tmp_path, _listed(["406-555-0171", "406-555-0172", "Fax: 406-555-0179"]))
    lines = ("+14065550171", "+14065550172", "+14065550179")
    items = compare(_case("57-2214-09", numbers=tuple(CaseNumber(n) for n in lines)),
                    fields).numbers.items
    assert all(i.verdict in MATCH for i in items), items
    help_line = compare(_case("57-2214-09", numbers=(CaseNumber("+14065550100"),)),
                        fields).numbers.items[0]
    assert help_line.verdict not in MATCH


def test_the_customers_own_toll_free_row_in_their_list_is_theirs(tmp_path: Path) -> None:
    fields = _read(tmp_path, _listed(["406-555-0171", "406-555-0172", "Toll-free 888-555-0161"]))
    own = compare(_case("57-2214-09", numbers=(CaseNumber("+18885550161"),)),
                  fields).numbers.items[0]
    assert own.verdict in MATCH, own
    carrier = compare(_case("57-2214-09", numbers=(CaseNumber("+18005550144"),)),
                      fields).numbers.items[0]
    assert carrier.verdict not in MATCH
