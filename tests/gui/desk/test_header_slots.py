"""A screen's case line says what each slot holds: never a bare dash read as a value.

The bill check's header read "PD-000012 · Acme · 2 numbers · —" on a port-in with no carrier
typed (walked at 1024x700): a dash beside values the bill is checked against reads as one. A
slot the kind carries but the case lacks says so in words; a slot the kind never carries (a
transfer has no carrier, a port-out's gaining carrier is not typed here) is left out.
"""

from __future__ import annotations

import pytest

from portdesk.domain.case import CaseKind, CaseNumber, PortCase
from portdesk.ui.loa.common import case_line

NUMBERS = (CaseNumber("+12125550100"), CaseNumber("+12125550101"))


def test_a_port_in_without_a_carrier_says_none_was_typed() -> None:
    line = case_line(PortCase("Acme Dental LLC", NUMBERS, reference="PD-000012"))
    assert line == "PD-000012 · Acme Dental LLC · 2 numbers · no carrier typed"
    assert "—" not in line


def test_a_typed_carrier_is_shown_as_typed() -> None:
    case = PortCase("Acme Dental LLC", NUMBERS[:1], reference="PD-000012",
                    losing_carrier="Some Carrier")
    assert case_line(case) == "PD-000012 · Acme Dental LLC · 1 number · Some Carrier"


@pytest.mark.parametrize("kind", [CaseKind.SUBACCOUNT_TRANSFER, CaseKind.PORT_OUT])
def test_a_kind_without_a_losing_carrier_leaves_the_slot_out(kind: CaseKind) -> None:
    line = case_line(PortCase("Acme Dental LLC", NUMBERS, reference="PD-000012", kind=kind,
                              losing_carrier="kept from before"))
    assert line == "PD-000012 · Acme Dental LLC · 2 numbers"
