"""Round 12's value formats: the ways US, Canadian and Puerto Rican bills print a statement date
and a list or block of the customer's numbers, each written from the general format (not from
one family's print), with the guards that keep a look-alike from being read as one.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.context import Context, classify, strong_help
from portdesk.bills.dates import month_of, parse_date, period_start
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.ranges import abbreviated_in, blocks_in
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import CaseNumber, PortCase
from tests.unit.bills import drawn


# -- dates -------------------------------------------------------------------------------------
@pytest.mark.parametrize("printed", [
    "12MAR2026",  # a billing system's compact day-month-year
    "12MAR26",
    "12/MAR/2026",  # one separator throughout, month by name
    "12.Mar.2026",
    "MAR/12/2026",
    "Mar.12, 2026",  # the abbreviation's full stop with no space after it
    "Mar 12 , 2026",  # a space before the comma
    "12 de Marzo, 2026",  # Spanish with a comma, capitals, or no second "de"
    "12 DE MARZO DE 2026",
    "12 de marzo 2026",
])
def test_a_statement_date_in_any_common_print_is_read(printed: str) -> None:
    assert parse_date(printed) == date(2026, 3, 12)


@pytest.mark.parametrize("word", ["Main", "Marketing", "Decatur", "Junction", "Augusta", "Mayor"])
def test_a_word_that_only_starts_like_a_month_is_no_month(word: str) -> None:
    assert month_of(word) is None
    assert parse_date(f"3 {word} 2026") is None


@pytest.mark.parametrize(("word", "month"), [
    ("Sept", 9), ("Sept.", 9), ("févr.", 2), ("juil", 7), ("ago", 8), ("dic", 12), ("Ene", 1),
    ("MAR", 3), ("setiembre", 9)])
def test_every_real_abbreviation_is_still_a_month(word: str, month: int) -> None:
    assert month_of(word) == month


@pytest.mark.parametrize(("printed", "first"), [
    ("03-MAR-26 TO 02-APR-26", date(2026, 3, 3)),  # the dash inside a date is no cut
    ("03-MAR-2026 - 02-APR-2026", date(2026, 3, 3)),
    ("del 3 de marzo al 2 de abril de 2026", date(2026, 3, 3)),  # Puerto Rico
    ("desde 3 de marzo hasta 2 de abril de 2026", date(2026, 3, 3)),
    ("del 3 de diciembre al 2 de enero de 2026", date(2025, 12, 3)),  # the year before
])
def test_a_service_period_gives_its_first_day(printed: str, first: date) -> None:
    assert period_start(printed) == first


# -- blocks and lists of numbers ---------------------------------------------------------------
@pytest.mark.parametrize("printed", [
    "720-555-0133 up to 0152",
    "720-555-0133 ~ 720-555-0152",
    "720-555-0133 → 0152",
    "720-555-0133 -> 0152",
    "514-555-0133 jusqu'à 514-555-0152",
    "514-555-0133 jusqu’au 0152",
])
def test_a_block_with_any_common_separator_is_a_block(printed: str) -> None:
    assert [(b.first, b.last) for b in blocks_in(printed)] == [(133, 152)]


@pytest.mark.parametrize(("printed", "later"), [
    ("608-555-0101, 0104 and 0117", ["+16085550104", "+16085550117"]),
    ("608-555-0101 and 0104.", ["+16085550104"]),
    ("418-555-0101, 0104 et 0117", ["+14185550104", "+14185550117"]),
    ("787-555-0101 y 0104", ["+17875550104"]),
    ("608-555-0101 / 0104 / 0117", ["+16085550104", "+16085550117"]),
])
def test_a_list_ending_in_a_conjunction_or_spaced_slashes_gives_every_line(
        printed: str, later: list[str]) -> None:
    assert [e for e, _ in abbreviated_in(printed)] == later


@pytest.mark.parametrize("printed", [
    "Line 608-555-0101 / 1234 Main St",  # a house number after a spaced slash
    "Call 608-555-0101 and 2026 rates",  # a year, and words after it
    "608-555-0101 / 2026",
    "608-555-0101 and 0104 are on this bill",  # a sentence goes on: no list's end
])
def test_four_digits_after_a_number_are_no_line_unless_the_list_ends_there(printed: str) -> None:
    assert abbreviated_in(printed) == []


@pytest.mark.parametrize(("word", "month"), [
    ("déc.", 12), ("févr", 2), ("Août", 8)])
def test_a_french_month_with_its_accent_leads_a_month_first_date(word: str, month: int) -> None:
    assert parse_date(f"{word} 12, 2026") == date(2026, month, 12)
    assert parse_date(f"12-{word}-2026") == date(2026, month, 12)


# -- the carrier's desks are no lines of the customer's ----------------------------------------
@pytest.mark.parametrize("label", [
    "Pay-by-Phone", "Commercial Office", "Collections Department", "Credit Department",
    "Fraud Hotline", "Lost or stolen", "Relay Service", "Interpreter Services",
    "Pago por teléfono", "Réparation", "Signalement de dérangement", "Votre représentant",
    "Agent autorisé", "Authorized Partner"])
def test_a_carrier_desk_is_a_help_line(label: str) -> None:
    assert classify(label) == Context.HELP
    assert strong_help(label)  # in a list of lines too: no customer's department is named so


@pytest.mark.parametrize("label", ["Sales", "Billing", "Call Center", "Main Office", "Reception"])
def test_a_customer_department_name_is_not_strongly_the_carriers(label: str) -> None:
    assert not strong_help(label)


# -- on a drawn bill: the whole path ---------------------------------------------------------------
_NAME = "Bramble Creek Pottery"
_BTN = "+15415550140"


def _bill(tmp_path: Path, date_text: str, lines: list[drawn.Item],
          desk: drawn.Item | None = None) -> BillFields:
    page = [(40, 40, "B:Cascade Ridge Telephone", 16), (380, 40, "Account Number", 8),
            (470, 40, "7730-1184-02", 9), (380, 54, "Statement Date", 8), (470, 54, date_text, 9),
            (40, 100, _NAME, 9), (40, 112, "PO Box 218", 9), (40, 124, "Bend, OR 97701", 9),
            (40, 200, "B:Your Lines", 10), *lines, *([desk] if desk else [])]
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))


def _number_verdicts(fields: BillFields, *typed: str) -> list[Verdict]:
    case = PortCase(account_name=_NAME, btn=_BTN,
                    numbers=tuple(CaseNumber(n) for n in typed))
    check = compare(case, fields).numbers
    assert check is not None
    return [item.verdict for item in check.items]


@pytest.mark.parametrize("printed", ["12MAR26", "12/MAR/2026", "Mar.12, 2026"])
def test_a_statement_date_in_a_billing_systems_print_is_read(tmp_path: Path,
                                                             printed: str) -> None:
    assert _bill(tmp_path, printed, []).statement_date == date(2026, 3, 12)


def test_every_line_of_a_list_ending_in_and_is_the_customers(tmp_path: Path) -> None:
    lines = [(44, 214, "541-555-0140, 0152 and 0167", 9), (240, 214, "Business Lines", 9)]
    fields = _bill(tmp_path, "March 12, 2026", lines)
    assert {"+15415550152", "+15415550167"} <= set(fields.numbers)
    assert _number_verdicts(fields, "+15415550152", "+15415550167") == [Verdict.EXACT] * 2


def test_every_line_of_a_block_printed_up_to_its_end_is_the_customers(tmp_path: Path) -> None:
    lines = [(44, 214, "541-555-0140 up to 0149", 9), (240, 214, "DID Block", 9)]
    fields = _bill(tmp_path, "March 12, 2026", lines)
    assert _number_verdicts(fields, "+15415550145") == [Verdict.EXACT]


@pytest.mark.parametrize("desk", ["Pay-by-Phone", "Commercial Office", "Fraud Hotline"])
def test_a_carrier_desks_number_typed_as_a_line_is_no_match(tmp_path: Path, desk: str) -> None:
    lines = [(44, 214, "541-555-0140", 9), (240, 214, "Business Line", 9)]
    fields = _bill(tmp_path, "March 12, 2026", lines, (40, 320, f"{desk} 541-382-4400", 8))
    assert "+15413824400" not in fields.numbers
    assert _number_verdicts(fields, "+15413824400") != [Verdict.EXACT]


@pytest.mark.parametrize("end", ["555-0149", "(541) 555-0149"])
def test_a_block_whose_end_is_printed_with_or_without_its_area_code(end: str) -> None:
    assert [(b.first, b.last) for b in blocks_in(f"541-555-0140 thru {end}")] == [(140, 149)]
    assert blocks_in("541-555-0140 thru 556-0149") == []  # another exchange: no block


# -- a numeric date both orders read, settled by the page or left out --------------------------
def _ontario_bill(tmp_path: Path, statement: str, due: str) -> BillFields:
    page = [(40, 40, "B:Lakeshore Telecom", 16), (380, 40, "Account Number", 8),
            (470, 40, "7730-1184-02", 9), (380, 54, "Statement Date", 8), (470, 54, statement, 9),
            (380, 68, "Payment Due", 8), (470, 68, due, 9),
            (40, 100, _NAME, 9), (40, 112, "220 Bay St", 9), (40, 124, "Toronto ON M5J 2W4", 9),
            (40, 200, "B:Your Lines", 10), (44, 214, "416-555-0140", 9)]
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))


@pytest.mark.parametrize("due", ["April 28, 2026", "2026-04-28", "28 avril 2026"])
def test_a_due_date_only_one_order_can_read_settles_the_statement_date(tmp_path: Path,
                                                                       due: str) -> None:
    """03/04/2026 on a Canadian bill in English: 3 April or March 4. A due date written with
    its month's name or year first is 25 days after 3 April and 55 after March 4: 3 April."""
    assert _ontario_bill(tmp_path, "03/04/2026", due).statement_date == date(2026, 4, 3)


def test_a_due_date_both_readings_fit_decides_nothing(tmp_path: Path) -> None:
    # 04/05/2026: April 5 (due 45 days later) or 4 May (16 days): both plausible, left out
    assert _ontario_bill(tmp_path, "04/05/2026", "May 20, 2026").statement_date is None


# -- call detail by its other names: dialed numbers, never the customer's lines ----------------
@pytest.mark.parametrize("heading", [
    "Toll Detail", "Intrastate Toll Calls", "Operator Assisted Calls", "Calling Card Calls",
    "Detalle de llamadas", "Llamadas de larga distancia", "Número marcado", "To Number"])
def test_call_detail_by_its_other_names_is_usage(heading: str) -> None:
    assert classify(heading) == Context.USAGE


@pytest.mark.parametrize("heading", ["Toll Detail", "Detalle de llamadas"])
def test_a_number_under_call_detail_by_another_name_is_no_line(tmp_path: Path,
                                                               heading: str) -> None:
    lines = [(44, 214, "541-555-0140", 9), (240, 214, "Business Line", 9),
             (40, 300, f"B:{heading}", 10),
             (44, 316, "03/02 10:14", 8), (140, 316, "541-382-7711", 8), (260, 316, "Bend OR", 8),
             (44, 328, "03/04 16:40", 8), (140, 328, "503-555-0188", 8), (260, 328, "Portland OR", 8)]
    fields = _bill(tmp_path, "March 12, 2026", lines)
    assert "+15413827711" not in fields.numbers
    assert _number_verdicts(fields, "+15413827711") != [Verdict.EXACT]


# -- a block printed with the lines it leaves out ----------------------------------------------
@pytest.mark.parametrize(("printed", "left_out"), [
    ("720-555-0133 thru 0152 (except 0140, 0145)", {140, 145}),
    ("720-555-0133 thru 0152 excluding 720-555-0140", {140}),
    ("720-555-0133 - 0152 sauf 0140 et 0141", {140, 141}),
    ("720-555-0133 al 0152 excepto 0140", {140}),
    ("720-555-0133 thru 0152 less 0140", {140}),
])
def test_a_block_does_not_vouch_for_the_lines_it_leaves_out(printed: str,
                                                            left_out: set[int]) -> None:
    (block,) = blocks_in(printed)
    lines = {int(n[-4:]) for n in block.numbers()}
    assert lines == set(range(133, 153)) - left_out


def test_a_clause_leaving_out_lines_it_does_not_name_readably_leaves_only_the_ends() -> None:
    (block,) = blocks_in("720-555-0133 thru 0152 except 40")
    assert [n[-4:] for n in block.numbers()] == ["0133", "0152"]
    (block,) = blocks_in("720-555-0133 thru 0152 less $5.00")  # money, not a clause
    assert len(list(block.numbers())) == 20


def test_a_line_a_block_leaves_out_is_no_match_on_a_bill(tmp_path: Path) -> None:
    lines = [(44, 214, "541-555-0140 thru 0149 (except 541-555-0144)", 9),
             (300, 214, "DID Block", 9)]
    fields = _bill(tmp_path, "March 12, 2026", lines)
    assert "+15415550144" not in fields.numbers
    assert _number_verdicts(fields, "+15415550143", "+15415550144") == [
        Verdict.EXACT, Verdict.NOT_FOUND]


@pytest.mark.parametrize("printed", [
    "720-555-0133 thru 0152, 0160 thru 0165", "720-555-0133 - 0152 & 0160 - 0165",
    "720-555-0133 thru 0152 and 0160 thru 65"])
def test_a_later_block_of_the_same_exchange_by_its_lines_alone(printed: str) -> None:
    assert [(b.first, b.last) for b in blocks_in(printed)] == [(133, 152), (160, 165)]


@pytest.mark.parametrize("printed", [
    "720-555-0133 thru 0152, 2025-2026",  # years
    "720-555-0133 thru 0152, 0160-65",  # a bare dash before two digits: a reference as likely
])
def test_what_only_looks_like_a_later_block_is_none(printed: str) -> None:
    assert [(b.first, b.last) for b in blocks_in(printed)] == [(133, 152)]


@pytest.mark.parametrize(("count", "inner"), [("10 numbers", Verdict.EXACT),
                                              ("12 numbers", Verdict.NOT_FOUND)])
def test_a_count_beside_a_block_confirms_it_or_leaves_it_its_ends(tmp_path: Path, count: str,
                                                                  inner: Verdict) -> None:
    """Ten lines from 0140 to 0149: '10 numbers' beside them agrees; '12 numbers' says the
    print is wrong somewhere, so only the two printed ends are vouched for."""
    lines = [(44, 214, "541-555-0140 thru 0149", 9), (240, 214, "DID Block", 9),
             (340, 214, count, 9)]
    fields = _bill(tmp_path, "March 12, 2026", lines)
    assert _number_verdicts(fields, "+15415550140", "+15415550145", "+15415550149") == [
        Verdict.EXACT, inner, Verdict.EXACT]
