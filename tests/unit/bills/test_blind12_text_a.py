"""Blind12 text classes (first half), each a general rule about how bills are written, tried on
bills drawn here with wordings of their own (none a corpus family's strings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, CaseNumber, PortCase
from tests.unit.bills import drawn

_HEAD = [(40, 40, "B:Bayfront Cable", 16), (40, 100, "Hello Dana,", 10)]
_LINES = [(40, 160, "Your statement includes phone service for (419) 555-0120.", 10)]
_SITE = Address(line1="4410 Lakeshore Dr", city="Sandusky", state="OH", postal_code="44870")


def _check(tmp_path: Path, sentences: list[drawn.Item], name: str = "Dana Whitfield",
           site: Address = _SITE) -> dict[str, Verdict]:
    page = [*_HEAD, *sentences, *_LINES,
            (40, 700, "Bayfront Cable LLC, PO Box 80, Toledo, OH 43601", 7)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    check = compare(PortCase(account_name=name, service_address=site,
                             numbers=(CaseNumber("+14195550120"),)), fields)
    return {k: c.verdict for k, c in check.fields.items()}


# -- the service address stated in a sentence ----------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Your statement for service at 4410 Lakeshore Dr, Sandusky, OH 44870 is now available.",
    "The invoice for service at 4410 Lakeshore Dr, Sandusky, OH 44870-2231 has been posted.",
])
def test_an_address_stated_in_a_sentence_ends_at_its_postal_code(tmp_path: Path,
                                                                 sentence: str) -> None:
    """'... for service at <street>, <city>, <ST> <ZIP> is ready.': the address ends at its
    postal code, the sentence's verb goes on; read where the sentence says it is the service's."""
    verdicts = _check(tmp_path, [(40, 120, sentence, 10)])
    assert verdicts["service_address"] in (Verdict.EXACT, Verdict.EQUIVALENT)


def test_another_house_number_in_the_sentence_is_never_exact(tmp_path: Path) -> None:
    sentence = "Your statement for service at 4416 Lakeshore Dr, Sandusky, OH 44870 is ready."
    verdicts = _check(tmp_path, [(40, 120, sentence, 10)])
    assert verdicts["service_address"] not in (Verdict.EXACT, Verdict.EQUIVALENT)


# -- the holder named in a sentence, the clause closed by a comma --------------------------------
@pytest.mark.parametrize("sentence", [
    "This statement is for Dana Whitfield, account ending in 7731.",
    "This bill is for Dana Whitfield, account number 55-7731.",
])
def test_a_name_closed_by_a_comma_before_another_fact_is_the_holders(tmp_path: Path,
                                                                    sentence: str) -> None:
    """'This bill is for <name>, account ending in 7731.': a sentence saying whose the bill is,
    the name's clause closed by a comma and the next clause labelling another fact."""
    verdicts = _check(tmp_path, [(40, 120, sentence, 10)])
    assert verdicts["account_name"] == Verdict.EXACT


@pytest.mark.parametrize("sentence", [
    "This bill is for Dana Whitfield, Trustee.",
    "This bill is for Dana Whitfield, LLC and is due on receipt.",
])
def test_words_after_the_comma_that_label_nothing_stay_part_of_the_name(tmp_path: Path,
                                                                       sentence: str) -> None:
    """'Dana Whitfield, Trustee', 'Dana Whitfield, LLC': the comma does not end the name when
    the words after it label no other fact; the typed name is never called exact on part of it."""
    verdicts = _check(tmp_path, [(40, 120, sentence, 10)])
    assert verdicts["account_name"] not in (Verdict.EXACT, Verdict.EQUIVALENT)


# -- captions printed after their values ---------------------------------------------------------
_CAPTIONED_HEAD = [(40, 40, "B:Bayfront Cable", 16), (400, 60, "55-7731 account number", 9),
                   (60, 100, "Dana Whitfield", 10), (60, 112, "PO Box 18", 10),
                   (60, 124, "Sandusky, OH 44871", 10)]


def _captioned(tmp_path: Path, rows: list[drawn.Item], btn: str = "") -> dict[str, Verdict]:
    page = [*_CAPTIONED_HEAD, *rows,
            (40, 700, "Bayfront Cable LLC, PO Box 80, Toledo, OH 43601", 7)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    check = compare(PortCase(account_name="Dana Whitfield", service_address=_SITE, btn=btn,
                             numbers=(CaseNumber("+14195550120"),)), fields)
    return {k: c.verdict for k, c in check.fields.items()}


def test_an_address_line_ending_with_its_caption_is_that_field(tmp_path: Path) -> None:
    """'4410 Lakeshore Dr, Sandusky, OH 44870 service address': the caption after the postal
    code ends the address and names it."""
    rows = [(40, 200, "4410 Lakeshore Dr, Sandusky, OH 44870 service address", 9),
            (40, 220, "(419) 555-0120 main number", 9), (500, 220, "$18.00", 9)]
    assert _captioned(tmp_path, rows)["service_address"] == Verdict.EXACT


def test_a_priced_line_captioned_main_number_is_the_btn(tmp_path: Path) -> None:
    """'(419) 555-0120 main number  $18.00' on a page that captions its values after them
    ('55-7731 account number'): the number heading its charge row with its bare caption is
    named as the page names its values; the row under it captioned as another line is not."""
    rows = [(40, 200, "4410 Lakeshore Dr, Sandusky, OH 44870 service address", 9),
            (40, 220, "(419) 555-0120 main number", 9), (500, 220, "$18.00", 9),
            (40, 232, "(419) 555-0121 additional line", 9), (500, 232, "$12.00", 9)]
    assert _captioned(tmp_path, rows, btn="+14195550120")["btn"] == Verdict.EXACT
    assert _captioned(tmp_path, rows, btn="+14195550121")["btn"] not in (
        Verdict.EXACT, Verdict.EQUIVALENT)


def test_a_priced_line_captioned_main_line_stays_a_kind_of_line(tmp_path: Path) -> None:
    """'(Main Line)' on a charge row names the kind of line charged for, not the BTN."""
    rows = [(40, 200, "4410 Lakeshore Dr, Sandusky, OH 44870 service address", 9),
            (40, 220, "Local Number (419) 555-0120 (Main Line)", 9), (500, 220, "$18.00", 9)]
    assert _captioned(tmp_path, rows, btn="+14195550120")["btn"] != Verdict.EXACT


# -- two names of one field joined by a slash ----------------------------------------------------
@pytest.mark.parametrize("label", ["BTN/MAIN TEL", "ATN/PRIMARY TEL"])
def test_a_label_of_two_names_joined_by_a_slash_labels_its_value(tmp_path: Path,
                                                                 label: str) -> None:
    """'BTN/MAIN TEL' over '419 555-0120': either name labels the billing number, so the
    bill's own BTN is read (and a typed BTN one digit off is a mismatch, not 'not found')."""
    page = [*_CAPTIONED_HEAD, (300, 200, label, 8), (300, 212, "419 555-0120", 10),
            (40, 240, "TEL NO.", 8), (40, 252, "419 555-0120", 9), (40, 264, "419 555-0121", 9)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    assert fields.btn == "+14195550120"
    check = compare(PortCase(account_name="Dana Whitfield", btn="+14195550129"), fields)
    assert check.fields["btn"].verdict == Verdict.MISMATCH


# -- the same classes read without the case (mismatches and "Use bill value") --------------------
def test_the_bills_own_values_stated_in_sentences_are_read(tmp_path: Path) -> None:
    """The holder and the service address an e-mailed bill states in prose are the bill's own
    values: typed otherwise, they are mismatches, not 'not found'."""
    sentences = [
        (40, 120, "Your statement for service at 4410 Lakeshore Dr, Sandusky, OH 44870 is ready.",
         10),
        (40, 134, "This bill is for Dana Whitfield, account ending in 7731.", 10)]
    page = [*_HEAD, *sentences, *_LINES,
            (40, 700, "Bayfront Cable LLC, PO Box 80, Toledo, OH 43601", 7)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    assert fields.account_name == "Dana Whitfield"
    assert fields.service_address is not None and fields.service_address.line1 == (
        "4410 Lakeshore Dr")
    verdicts = _check(tmp_path, sentences, name="Dana Whitmore",
                      site=Address(line1="4416 Lakeshore Dr", city="Sandusky", state="OH",
                                   postal_code="44870"))
    assert verdicts["account_name"] == Verdict.MISMATCH
    assert verdicts["service_address"] == Verdict.MISMATCH


def test_a_code_of_letters_and_digits_captioned_after_is_its_fields(tmp_path: Path) -> None:
    """'KX204417 account number': a value with its caption after it on its line may start with
    letters when it holds digits; an address line ending with its caption is read open too."""
    page = [(40, 40, "B:Bayfront Cable", 16), (400, 60, "KX204417 account number", 9),
            (60, 100, "Dana Whitfield", 10), (60, 112, "PO Box 18", 10),
            (60, 124, "Sandusky, OH 44871", 10),
            (40, 200, "4410 Lakeshore Dr, Sandusky, OH 44870 service address", 9),
            (40, 220, "(419) 555-0120 main number", 9), (500, 220, "$18.00", 9)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    assert fields.account_number == "KX204417"
    assert fields.service_address is not None and fields.service_address.line1 == (
        "4410 Lakeshore Dr")


def test_a_priced_main_number_on_a_page_labelling_before_its_values_stays_a_role(
        tmp_path: Path) -> None:
    """Where the page labels its values before them ('Account Number 55-7731'), a charge row's
    '(419) 555-0120 main number' is the line's role, as before (blind8's class)."""
    page = [(40, 40, "B:Bayfront Cable", 16), (400, 60, "Account Number 55-7731", 9),
            (60, 100, "Dana Whitfield", 10), (60, 112, "PO Box 18", 10),
            (60, 124, "Sandusky, OH 44871", 10),
            (40, 220, "(419) 555-0120 main number", 9), (500, 220, "$18.00", 9),
            (40, 232, "(419) 555-0121 additional line", 9), (500, 232, "$12.00", 9)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    check = compare(PortCase(account_name="Dana Whitfield", btn="+14195550120"), fields)
    assert check.fields["btn"].verdict not in (Verdict.EXACT, Verdict.EQUIVALENT)
