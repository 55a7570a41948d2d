"""Text round 15's classes, each a general rule about how bills are written, tried on bills drawn
here with wordings of their own (none a corpus family's strings). The round's theme: generality:
start from what the specialist typed, judge the place it was found in."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import PortCase
from tests.unit.bills import drawn

_NAME = "Bitterroot Saddle Works"
_ACCOUNT = "55120-8841"
_MAIL = [(40, 140, _NAME, 9), (40, 152, "418 Mill Creek Rd", 9), (40, 164, "Hamilton, MT 59840", 9)]
_FACTS = [(400, 60, "Account Number", 8), (480, 60, _ACCOUNT, 8), (400, 72, "Bill Date", 8),
          (480, 72, "02/11/2026", 8)]


def _carrier(fields: BillFields, typed: str) -> tuple[Verdict, str]:
    got = compare(PortCase(account_name=_NAME, account_number=_ACCOUNT, losing_carrier=typed),
                  fields).fields["carrier"]
    return got.verdict, got.reason


# -- a billing agent named apart from the provider is not the carrier (decided, session 16) -------
_AGENT = "Basin Ledger Services, LLC"
_PROVIDER = "Larchwood Rural Telephone"


def _agent_bill(tmp_path: Path, statement: str) -> BillFields:
    """The agent's name, box and payable line large; the provider only in the statement."""
    head = [(40, 40, f"B:{_AGENT}", 14), (40, 58, "PO Box 2210, Helena, MT 59604", 8),
            (40, 100, statement, 7), *_FACTS]
    stub = [(40, 600, f"Make checks payable to {_AGENT}", 8),
            (40, 612, "PO Box 2210, Helena, MT 59604", 8)]
    return extract_fields(read_bill(drawn.draw(tmp_path / "a.pdf", [*head, *_MAIL, *stub])))


@pytest.mark.parametrize("statement", [
    f"Billed on behalf of {_PROVIDER} by {_AGENT}",
    f"{_AGENT}, billing agent for {_PROVIDER}.",
    f"{_PROVIDER} services billed by {_AGENT}.",
    f"Billed on behalf of {_PROVIDER}",  # the agent named by its own places only
])
def test_a_billing_agent_typed_as_the_carrier_is_a_mismatch(tmp_path: Path,
                                                            statement: str) -> None:
    """Whoever heads the page and takes the payment, a page that says whose service it bills
    proves the agent is not the carrier the LOA goes to: a mismatch quoting the page."""
    fields = _agent_bill(tmp_path, statement)
    verdict, reason = _carrier(fields, _AGENT)
    assert verdict == Verdict.MISMATCH
    assert statement.rstrip(".") in reason
    verdict, _ = _carrier(fields, _PROVIDER)
    assert verdict in (Verdict.EXACT, Verdict.EQUIVALENT)


def test_a_page_naming_no_agency_keeps_its_payee_as_the_sender(tmp_path: Path) -> None:
    """No statement of agency: the name heading the page and paid is the sender, as before."""
    fields = _agent_bill(tmp_path, "Thank you for your business.")
    verdict, _ = _carrier(fields, _AGENT)
    assert verdict == Verdict.EXACT
