"""Round 7's general rules, each tried on wordings and arrangements drawn here (none a corpus
family's): who issued a bill read without a list of carriers' names (payable-to, remit-to, the
legal line, "Thank you for choosing", "Questions? Call X", its domain), compared with the typed
carrier by identity; and an account number printed only in part, in every form carriers use."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.issuername import same_issuer
from portdesk.bills.masks import is_masked, visible_end
from portdesk.bills.parse import parse_account_number
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import PortCase
from tests.unit.bills import drawn

_NAME = "Acme Tool Co"
_ACCOUNT = "4410 2289 10"


def _bill(tmp_path: Path, *items: drawn.Item, top: str = "B:Monthly Statement",
          account: tuple[str, str] = ("Account Number", _ACCOUNT)) -> BillFields:
    page = [(40, 40, top, 16), (40, 100, _NAME, 9), (40, 112, "PO Box 77", 9),
            (40, 124, "Dover, DE 19901", 9), (380, 40, account[0], 8),
            (40, 200, "B:Phone Numbers", 9), (40, 214, "302-555-0117", 9), *items]
    if account[1]:
        page.append((480, 40, account[1], 9))
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))


def _carrier(fields: BillFields, typed: str) -> Verdict:
    case = PortCase(account_name=_NAME, account_number=_ACCOUNT, losing_carrier=typed)
    return compare(case, fields).fields["carrier"].verdict


# -- an unknown carrier read from where any bill names its sender -----------------------------
_SENDER = {
    "payable and legal line": [
        (40, 600, "Please make checks payable to Kestrel Valley Telephone Cooperative", 8),
        (40, 740, "© 2026 Kestrel Valley Telephone Cooperative, Inc. All rights reserved.", 6)],
    "remit label over its block": [
        (40, 600, "Remit to:", 8), (40, 612, "Kestrel Valley Telephone Cooperative", 8),
        (40, 624, "PO Box 4410", 8), (40, 636, "Pierre, SD 57501", 8)],
    "thanks and web address": [
        (40, 180, "Thank you for choosing Kestrel Valley Telephone! Pay online at "
                  "www.kestrelvalleytelephone.coop", 8)],
    "provider line with its town": [
        (40, 730, "Services provided by Kestrel Valley Telephone Cooperative, Inc., Pierre, SD",
         6)],
    "French payee": [(40, 600, "Veuillez libeller votre chèque à l'ordre de Kestrel Valley "
                               "Telephone Cooperative", 8)],
}


@pytest.mark.parametrize("where", list(_SENDER))
def test_an_unknown_carrier_is_read_from_where_the_bill_names_its_sender(
        tmp_path: Path, where: str) -> None:
    fields = _bill(tmp_path, *_SENDER[where])
    assert fields.carrier is not None and same_issuer(fields.carrier, "Kestrel Valley Telephone")
    assert _carrier(fields, "Kestrel Valley Telephone") in (Verdict.EXACT, Verdict.EQUIVALENT)
    # a known carrier the bill never names did not send it; an unknown other name is a question
    assert _carrier(fields, "Verizon") == Verdict.MISMATCH
    assert _carrier(fields, "Lakeshore Telephone") == Verdict.UNVERIFIABLE


def test_a_question_line_alone_is_no_proof_of_the_sender(tmp_path: Path) -> None:
    fields = _bill(tmp_path, (40, 700, "Questions? Call Kestrel Valley at 1-888-555-0199", 7))
    assert _carrier(fields, "Kestrel Valley") == Verdict.UNVERIFIABLE
    fields = _bill(tmp_path, (40, 700, "Questions? Call Kestrel Valley at 1-888-555-0199 or "
                                       "write to billing@kestrelvalley.net", 7))
    assert _carrier(fields, "Kestrel Valley") in (Verdict.EXACT, Verdict.EQUIVALENT)


def test_the_customers_own_sentences_name_no_sender(tmp_path: Path) -> None:
    fields = _bill(tmp_path, (40, 600, "Questions? Call us at 1-888-555-0199", 8),
                   (40, 612, "Thank you for being a valued customer.", 8))
    assert _carrier(fields, "Kestrel Valley Telephone") != Verdict.EXACT
    assert _carrier(fields, "Kestrel Valley Telephone") != Verdict.EQUIVALENT


def test_names_of_one_sender_agree_and_others_do_not() -> None:
    assert same_issuer("Kestrel Valley", "Kestrel Valley Telephone Cooperative, Inc")
    assert same_issuer("KVTC", "Kestrel Valley Telephone Cooperative")
    assert same_issuer("Kestrel Valley", "kestrelvalley", b_is_domain=True)
    assert same_issuer("Kestrel Valley Telephone", "kestrelvalleytel", b_is_domain=True)
    assert not same_issuer("Kestrel Valley Telephone", "Kestrel Fiber")
    assert not same_issuer("Kestrel Telephone", "Kestrel Valley Telephone")
    assert not same_issuer("Valley Telephone", "valleyfiber", b_is_domain=True)
    assert not same_issuer("Telephone", "Kestrel Telephone")  # no word that names


# -- an account number printed only in part -----------------------------------------------------
@pytest.mark.parametrize(("label", "value"), [
    ("Account ending in", "7494"), ("Account Number", "xxxx-xx-7494"), ("Acct:", "...7494"),
    ("Account #", "****7494"), ("Account Number:", "**** **** 7494"), ("Account No.", "•••• 7494"),
    ("Account ending in 7494", ""), ("Compte se terminant par", "7494"),
    ("Account: last 4 digits 7494", ""), ("Account Number", "XXXX XXXX 7494")])
def test_a_masked_or_partial_account_is_never_a_mismatch_when_its_end_agrees(
        tmp_path: Path, label: str, value: str) -> None:
    fields = _bill(tmp_path, account=(label, value))
    assert fields.account_number is not None and is_masked(fields.account_number)
    for typed, right in (("5521 8810 7494", Verdict.UNVERIFIABLE), ("5521-8810-7495",
                                                                    Verdict.MISMATCH)):
        case = PortCase(account_name=_NAME, account_number=typed)
        assert compare(case, fields).fields["account_number"].verdict == right, typed


def test_a_partial_account_keeps_its_mark_and_only_its_end() -> None:
    assert parse_account_number("ending in 0177") == "…0177"
    assert parse_account_number("...0177") == "…0177"
    assert parse_account_number("se terminant par 0177") == "…0177"
    assert parse_account_number("ending 03/31/2026") is None  # a period's end, no account
    assert visible_end("xxxx-xx-1234") == "1234" and visible_end("…0177") == "0177"
    assert visible_end("**** **** 7494") == "7494"


# -- the customer's departments in the list of its lines -----------------------------------
_LINES_BY_DEPARTMENT = {
    "named on their lines": [
        (40, 200, "B:Your Telephone Numbers", 9), (40, 214, "Main Line", 9),
        (200, 214, "302-555-0117", 9), (40, 226, "Customer Service", 9), (200, 226, "302-555-0118", 9),
        (40, 238, "Technical Support", 9), (200, 238, "302-555-0119", 9)],
    "heading groups of the list": [
        (40, 200, "B:Lines on this account", 9), (40, 214, "302-555-0117", 9),
        (40, 236, "B:Customer Service", 9), (40, 250, "302-555-0118", 9),
        (40, 272, "B:Technical Support", 9), (40, 286, "302-555-0119", 9)],
}


@pytest.mark.parametrize("arrangement", list(_LINES_BY_DEPARTMENT))
def test_a_help_phrase_naming_a_department_in_the_list_of_lines_is_the_customers_line(
        tmp_path: Path, arrangement: str) -> None:
    page = [(40, 40, "B:Lakeshore Telephone", 16), (40, 100, _NAME, 9), (40, 112, "PO Box 77", 9),
            (40, 124, "Dover, DE 19901", 9), (380, 40, "Account Number", 8),
            (480, 40, _ACCOUNT, 9), *_LINES_BY_DEPARTMENT[arrangement]]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    assert {"+13025550118", "+13025550119"} <= set(fields.numbers)


@pytest.mark.parametrize("help_line", [
    ("Customer Service", "1-888-555-0118"),  # toll-free: the carrier's
    ("Customer Service", "605-555-0118"),  # another exchange than the lines'
    ("Repair (24/7)", "302-555-0118"),  # more than a department's name
])
def test_the_carriers_help_line_beside_the_list_stays_the_carriers(
        tmp_path: Path, help_line: tuple[str, str]) -> None:
    page = [(40, 40, "B:Lakeshore Telephone", 16), (40, 100, _NAME, 9), (40, 112, "PO Box 77", 9),
            (40, 124, "Dover, DE 19901", 9), (380, 40, "Account Number", 8),
            (480, 40, _ACCOUNT, 9), (40, 200, "B:Your Telephone Numbers", 9),
            (40, 214, "Main Line", 9), (200, 214, "302-555-0117", 9),
            (40, 226, help_line[0], 9), (200, 226, help_line[1], 9)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    assert set(fields.numbers) == {"+13025550117"}


# -- labels in other directions: a caption under its value, a wide two-column table ----------
def test_a_caption_under_its_value_labels_it(tmp_path: Path) -> None:
    page = [(40, 40, "B:Lakeshore Telephone", 16), (40, 100, _NAME, 9), (40, 112, "PO Box 77", 9),
            (40, 124, "Dover, DE 19901", 9), (380, 40, _ACCOUNT, 11), (380, 52, "Account Number", 6),
            (480, 40, "March 4, 2026", 11), (480, 52, "Statement Date", 6),
            (40, 200, "B:Phone Numbers", 9), (40, 214, "302-555-0117", 9)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    assert fields.account_number == _ACCOUNT
    assert fields.statement_date is not None and fields.statement_date.isoformat() == "2026-03-04"


def test_values_far_right_of_their_labels_in_a_table_are_read(tmp_path: Path) -> None:
    page = [(40, 40, "B:Lakeshore Telephone", 16), (40, 100, _NAME, 9), (40, 112, "PO Box 77", 9),
            (40, 124, "Dover, DE 19901", 9), (40, 160, "Account Number", 8), (420, 160, _ACCOUNT, 9),
            (40, 172, "Bill Date", 8), (420, 172, "03/04/2026", 9),
            (40, 200, "B:Phone Numbers", 9), (40, 214, "302-555-0117", 9)]
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", page)))
    assert fields.account_number == _ACCOUNT
    # one label alone with a far value on its line is no table: nothing taken from across the page
    alone = [(40, 40, "B:Lakeshore Telephone", 16), (40, 100, _NAME, 9), (40, 112, "PO Box 77", 9),
             (40, 124, "Dover, DE 19901", 9), (40, 160, "Account Number", 8),
             (420, 160, "Invoice 88120447", 9), (40, 200, "B:Phone Numbers", 9),
             (40, 214, "302-555-0117", 9)]
    assert extract_fields(read_bill(drawn.draw(tmp_path / "c.pdf", alone))).account_number is None


@pytest.mark.parametrize("lines", [
    # above the "Phone Numbers" heading (y=200): drawn over it, its words interleave with it
    [(40, 180, "Your monthly statement from Kestrel Valley Telephone", 8)],
    [(40, 740, "Kestrel Valley Telephone is an equal opportunity provider and employer.", 6)],
    [(40, 180, "Welcome to Kestrel Valley Telephone!", 8)],
    [(40, 740, "Kestrel Valley Telephone · 100 Main St, Pierre SD 57501 · 1-800-555-0100", 6),
     (40, 752, "kestrelvalleytelephone.com", 6)],
])
def test_more_ways_a_bill_names_its_sender(tmp_path: Path, lines: list[drawn.Item]) -> None:
    fields = _bill(tmp_path, *lines)
    assert _carrier(fields, "Kestrel Valley Telephone") in (Verdict.EXACT, Verdict.EQUIVALENT)
    assert _carrier(fields, "Verizon") != Verdict.EXACT


# -- French labels --------------------------------------------------------------------------
@pytest.mark.parametrize("label", ["Emplacement du service", "Lieu d'installation",
                                   "Adresse de desserte", "Adresse du service :"])
def test_french_service_address_labels(tmp_path: Path, label: str) -> None:
    fields = _bill(tmp_path, (40, 150, label, 8),
                   (260, 150, "12, rue Principale, Québec (Québec) G1R 2B5", 9))
    assert fields.service_address is not None
    assert fields.service_address.line1 == "12, rue Principale"


def test_a_known_carriers_name_never_matches_an_unknown_sender_by_its_head(
        tmp_path: Path) -> None:
    fields = _bill(tmp_path, (40, 600, "Please make checks payable to Frontier Valley Telephone "
                                       "Cooperative", 8))
    # a name word shared with the sender is a question for the eye: neither a match nor a mismatch
    assert _carrier(fields, "Frontier") == Verdict.UNVERIFIABLE
    assert _carrier(fields, "Frontier Communications") == Verdict.UNVERIFIABLE


def test_an_acronym_wordmark_before_the_name_and_a_line_of_business_after_it() -> None:
    assert same_issuer("Kestrel Valley Telephone Cooperative, Inc.",
                       "KVTC Kestrel Valley Telephone Cooperative, Inc")
    assert same_issuer("Kestrel Valley Affaires", "Kestrel Valley")
