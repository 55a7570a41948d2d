"""The billing number printed only inside a sentence: "... are invoiced to (802) 555-0131."

The words before the number ("billed to", "invoiced to", "facturé au") are the words that head a
holder's name ("Bill to"), but a name is no number: said of a number, they name the number the
account is billed to. A toll-free number so named stays the carrier's, a sentence naming two
numbers names neither, and a name after "Bill to" is still the holder's name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import PortCase
from tests.unit.bills import drawn


def _statement(sentence: str, lines: tuple[str, ...] = ("(802) 555-0131", "(802) 555-0147")) -> list[drawn.Item]:
    """A small telephone company's statement: account and date in a right-hand box, the holder's
    mailing block, one paragraph of account notes, then the list of lines with their charges."""
    items: list[drawn.Item] = [
        (40, 50, "B:Green Hollow Telephone", 15), (400, 44, "Account 3318-220", 9),
        (400, 58, "Statement Date 10/31/2026", 9),
        (40, 100, "WHITE RIVER OUTFITTERS", 10), (40, 112, "PO Box 212", 10),
        (40, 124, "Bethel, VT 05032", 10),
        (40, 160, "Account notes", 8), (40, 174, sentence, 8),
        (40, 210, "B:Your Lines", 10),
    ]
    for i, line in enumerate(lines):
        items += [(50, 226 + 14 * i, line, 9), (200, 226 + 14 * i, "Measured Line", 9),
                  (480, 226 + 14 * i, "$21.40", 9)]
    items.append((40, 330, "Repair 1-800-555-0166   Billing questions 1-800-555-0167", 8))
    return items


@pytest.mark.parametrize("sentence", [
    "Charges for all lines on this statement are invoiced to (802) 555-0131 each month.",
    "Votre compte est facturé au 802 555-0131. Merci de votre confiance.",
    "This account is billed to 802.555.0131; long distance is billed in arrears.",
])
def test_the_number_the_account_is_billed_to_is_its_btn(tmp_path: Path, sentence: str) -> None:
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "s.pdf", _statement(sentence))))
    assert fields.btn == "+18025550131"
    case = PortCase(account_name="", account_number="3318-220", btn="+18025550131")
    assert compare(case, fields).fields["btn"].verdict == Verdict.EXACT


@pytest.mark.parametrize("sentence", [
    # a toll-free number: the carrier's, whatever the sentence says
    "Calls to your lines may be billed to 1-800-555-0199 when you accept them.",
    # two numbers in the sentence: which one is the billing number is not said
    "Your account is billed to 802-555-0131 or 802-555-0147 as you choose.",
])
def test_no_btn_from_a_sentence_that_does_not_name_one(tmp_path: Path, sentence: str) -> None:
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "s.pdf", _statement(sentence))))
    assert fields.btn != "+18005550199"
    assert fields.btn is None or "0147" not in fields.btn
    case = PortCase(account_name="", account_number="3318-220", btn="+18025550147")
    assert compare(case, fields).fields["btn"].verdict not in (Verdict.EXACT, Verdict.EQUIVALENT)
