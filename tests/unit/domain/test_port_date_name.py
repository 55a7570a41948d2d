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
    # every other status reads the same for every kind but the carrier's (below); unknown
    # ones are shown, never dropped
    assert {status_label(k, "submitted") for k in CaseKind} == {"Submitted"}
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


def test_a_kind_without_a_carrier_is_never_at_carrier() -> None:
    # a transfer is done by the platform itself (DOMAIN: no carrier): its at_carrier read
    # "At carrier" in the header, the queue's chip and the timeline
    from datetime import date

    from portdesk.domain.kind_fields import has_carrier, in_progress_labels, status_label
    from portdesk.services.desk import standard_queues

    transfer = CaseKind.SUBACCOUNT_TRANSFER
    assert not has_carrier(transfer)
    assert status_label(transfer, "at_carrier") == "Transferring"
    for kind in (CaseKind.PORT_IN, CaseKind.PORT_OUT, None):
        assert has_carrier(kind)
        assert status_label(kind, "at_carrier") == "At carrier"
    assert in_progress_labels() == ["At carrier", "Transferring"]
    [moving] = [q for q in standard_queues(date(2026, 12, 6)) if q.key == "carrier"]
    assert moving.label == "At carrier or transferring"
    assert set(moving.query.statuses) == {"submitted", "at_carrier"}


def test_the_lead_time_for_a_requested_date_is_the_kinds() -> None:
    # a transfer's draft said "carriers need at least 7" business days; the platform does it
    # in 1-2 (DOMAIN), so it needs 2
    from portdesk.domain.kind_fields import requested_date_lead

    days, who = requested_date_lead(CaseKind.SUBACCOUNT_TRANSFER)
    assert days == 2 and "carrier" not in who and "1-2" in who
    for kind in (CaseKind.PORT_IN, CaseKind.PORT_OUT, None):
        assert requested_date_lead(kind) == (7, "carriers need at least 7")
