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


def test_the_status_that_sets_the_date_is_named_by_the_same_rule() -> None:
    # a transfer walked through "FOC confirmed" though no carrier commits to its date
    from portdesk.domain.kind_fields import status_label, status_labels

    transfer = CaseKind.SUBACCOUNT_TRANSFER
    assert status_label(transfer, "foc_confirmed") == "Completion set"
    for kind in (CaseKind.PORT_IN, CaseKind.PORT_OUT, None):
        assert status_label(kind, "foc_confirmed") == "FOC confirmed"
    # every other status reads the same for every kind; unknown ones are shown, never dropped
    assert {status_label(k, "at_carrier") for k in CaseKind} == {"At carrier"}
    assert status_label(transfer, "held_by_regulator") == "Held by regulator"
    assert {"FOC confirmed", "Completion set", "Needs signature"} <= set(status_labels())


def test_the_dated_queue_names_each_kinds_date() -> None:
    # the one dated queue lists every kind's foc_confirmed cases: its name says each date
    from datetime import date

    from portdesk.domain.kind_fields import port_date_nouns
    from portdesk.services.desk import standard_queues

    assert port_date_nouns() == ["FOC", "completion"]
    [dated] = [q for q in standard_queues(date(2026, 12, 6)) if q.query.foc_from is not None]
    assert dated.label == "FOC or completion next 7 days"
    assert dated.query.kinds == ()  # every kind: so every kind's date is named
