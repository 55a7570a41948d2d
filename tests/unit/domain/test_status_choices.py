"""The bulk Change status offers what every selected kind has, in its words (kind_fields): it
offered "At carrier" and "FOC confirmed" to a selection of sub-account transfers (DOMAIN: a
transfer has no carrier and no FOC)."""

from __future__ import annotations

from portdesk.domain.case import CaseKind
from portdesk.domain.kind_fields import status_choices, status_label
from portdesk.domain.lifecycle import Status

TRANSFER = CaseKind.SUBACCOUNT_TRANSFER


def test_transfers_are_offered_their_own_names_never_a_carrier_or_an_foc() -> None:
    offered = status_choices([TRANSFER])
    labels = [label for _value, label in offered.choices]
    assert "At carrier" not in labels and "FOC confirmed" not in labels
    assert dict(offered.choices)["at_carrier"] == status_label(TRANSFER, "at_carrier")
    assert len(offered.choices) == len(Status) and offered.why_fewer == ""


def test_ports_alone_get_every_status_under_the_port_names() -> None:
    for kinds in ([CaseKind.PORT_IN], [None], []):
        offered = status_choices(kinds)
        assert dict(offered.choices)["foc_confirmed"] == "FOC confirmed"
        assert len(offered.choices) == len(Status) and offered.why_fewer == ""


def test_port_ins_and_port_outs_together_are_not_offered_cancel_pending() -> None:
    """A port-out's cancel_pending is the platform's rejected-pending: a rejection under review
    (the port-out guide), not a cancel asked for; session 19 named it so ("Rejection in
    review"), and a selection of both kinds cannot set one status meaning two things."""
    offered = status_choices([CaseKind.PORT_IN, CaseKind.PORT_OUT])
    values = [value for value, _label in offered.choices]
    assert "cancel_pending" not in values and len(values) == len(Status) - 1
    assert "Cancel pending / Rejection in review" in offered.why_fewer
    assert "port-ins and port-outs" in offered.why_fewer
    assert "rejected, never cancelled" in offered.why_fewer and "  " not in offered.why_fewer
    alone = status_choices([CaseKind.PORT_OUT])
    assert dict(alone.choices)["cancel_pending"] == "Rejection in review"


def test_a_mixed_selection_leaves_out_what_the_kinds_name_apart_and_says_why() -> None:
    offered = status_choices([CaseKind.PORT_IN, TRANSFER])
    values = [value for value, _label in offered.choices]
    assert "at_carrier" not in values and "foc_confirmed" not in values
    assert {"draft", "cancelled", "ported"} <= set(values)
    assert "At carrier / Transferring" in offered.why_fewer
    assert "sub-account transfers" in offered.why_fewer and "FOC" in offered.why_fewer
