"""kind_fields.port_date_name: "FOC" only where a carrier commits to the date (a port-in's losing
carrier, a port-out's gaining carrier); a transfer's date is the day it completes."""

from __future__ import annotations

from portdesk.domain.case import CaseKind
from portdesk.domain.kind_fields import port_date_name, port_date_why
from portdesk.domain.lifecycle import Status


def test_a_carriers_date_is_the_foc_whatever_the_status() -> None:
    for kind in (CaseKind.PORT_IN, CaseKind.PORT_OUT):
        assert {port_date_name(kind, s.value) for s in Status} == {"FOC"}
        assert port_date_why(kind) == ""


def test_a_transfers_date_completes_completed_or_will_not_happen() -> None:
    kind = CaseKind.SUBACCOUNT_TRANSFER
    assert port_date_name(kind, "foc_confirmed") == "completes"
    assert port_date_name(kind, "ported") == "completed"
    assert port_date_name(kind, "cancelled") == port_date_name(kind, "expired") == "completion"
    assert port_date_name(kind, "a_status_added_later") == "completes"
    assert "no carrier" in port_date_why(kind) and "FOC" in port_date_why(kind)
