"""Account names as mailing blocks and labels print them: wrapped onto two lines, a legal name
over its trade name (DBA), a company over a department. A right name is never a mismatch."""

from __future__ import annotations

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import MATCHES, Verdict
from portdesk.domain.case import PortCase
from tests.unit.bills import drawn, drawn_unseen


@pytest.fixture(scope="module")
def fields(tmp_path_factory: pytest.TempPathFactory) -> BillFields:
    path = tmp_path_factory.mktemp("names") / "n.pdf"
    return extract_fields(read_bill(drawn.draw(path, drawn_unseen.names_in_blocks())))


def _verdict(fields: BillFields, typed: str) -> Verdict:
    return compare(PortCase(account_name=typed, account_number="441209"),
                   fields).fields["account_name"].verdict


def test_a_name_wrapped_onto_two_lines_is_one_name(fields: BillFields) -> None:
    assert fields.account_name is not None
    assert fields.account_name.upper() == "NORTHERN LIGHTS VETERINARY HOSPITAL PC"
    assert _verdict(fields, "Northern Lights Veterinary Hospital, P.C.") in MATCHES


@pytest.mark.parametrize("typed", ["Acme Holdings LLC", "Joe's Pizza",
                                   "Acme Holdings LLC DBA Joe's Pizza"])
def test_a_trade_name_or_a_legal_name_is_never_called_a_mismatch(fields: BillFields,
                                                                  typed: str) -> None:
    """The stub's block names another holder than page 1 does: a question, not a rejection."""
    assert _verdict(fields, typed) != Verdict.MISMATCH


def test_a_name_altered_by_a_word_is_not_a_match(fields: BillFields) -> None:
    assert _verdict(fields, "Northern Lights Veterinary Group Hospital PC") not in MATCHES
    assert _verdict(fields, "Northern Lights Veterinary Hospital LLC") not in MATCHES
