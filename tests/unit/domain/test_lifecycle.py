from __future__ import annotations

from itertools import pairwise

import pytest

from portdesk.domain.lifecycle import (
    ALLOWED,
    TERMINAL,
    Status,
    TransitionRefused,
    check_transition,
    parse_status,
)
from portdesk.domain.rejections import REASONS, reason_for


def test_every_status_has_rules_and_terminal_ones_lead_nowhere() -> None:
    assert set(ALLOWED) == set(Status)
    assert not ALLOWED[Status.PORTED] and not ALLOWED[Status.CANCELLED]
    assert TERMINAL == {Status.PORTED, Status.CANCELLED, Status.EXPIRED}


def test_happy_path_is_allowed() -> None:
    path = [Status.DRAFT, Status.AWAITING_SIGNATURE, Status.SUBMITTED, Status.AT_CARRIER,
            Status.FOC_CONFIRMED, Status.PORTED]
    for a, b in pairwise(path):
        check_transition(a, b, "next")


def test_refusals_say_why() -> None:
    with pytest.raises(TransitionRefused, match="allowed from draft"):
        check_transition(Status.DRAFT, Status.PORTED, "skip")
    with pytest.raises(TransitionRefused, match="reason is required"):
        check_transition(Status.DRAFT, Status.SUBMITTED, "  ")
    with pytest.raises(TransitionRefused, match="already"):
        check_transition(Status.DRAFT, Status.DRAFT, "x")


def test_parse_status_accepts_people_spellings() -> None:
    assert parse_status("FOC-confirmed") == Status.FOC_CONFIRMED
    assert parse_status("canceled") == Status.CANCELLED
    with pytest.raises(TransitionRefused, match="unknown status"):
        parse_status("done")


def test_rejection_reasons_name_field_and_fix() -> None:
    assert reason_for("ENTITY_NAME_MISMATCH").field == "account_name"
    assert reason_for("POSTAL_CODE_MISMATCH").field == "service_address"
    assert all(r.fix for r in REASONS.values())
    unknown = reason_for("NEW_CODE_2027", "carrier says the moon is full")
    assert unknown.code == "NEW_CODE_2027" and "moon" in unknown.cause
    assert reason_for(None).code == "OTHER"
