from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from portdesk.domain.case import PortType, RemainingAction
from portdesk.domain.readiness import Evidence, Level, blocking, run_checks
from portdesk.domain.schedule import add_business_days
from tests.helpers import case

TODAY = date(2026, 11, 23)


def ready_evidence(**kw: object) -> Evidence:
    base = dict(today=TODAY, loa_present=True, loa_signed_on=TODAY, bill_present=True,
                bill_statement_date=date(2026, 11, 10),
                verified_fields=frozenset({"account_name", "account_number", "service_address",
                                           "btn"}))
    base.update(kw)
    return Evidence(**base)  # type: ignore[arg-type]


def by_id(checks: list) -> dict:  # type: ignore[type-arg]
    return {c.id: c for c in checks}


def test_a_complete_case_has_no_failures() -> None:
    c = case(requested_date=add_business_days(TODAY, 10).isoformat())
    checks = run_checks(c, ready_evidence())
    assert blocking(checks) == []
    assert by_id(checks)["keep_service"].level == Level.WARN  # the rule is always in view


@pytest.mark.parametrize(("overrides", "check_id", "field"), [
    ({"btn": None}, "btn", "btn"),
    ({"carrier": "Verizon Wireless", "pin": ""}, "pin", "pin"),
    ({"port_type": "partial"}, "partial", "remaining_action"),
    ({"account_number": ""}, "identity", "account_number"),
    ({"numbers": ["212-555-0142", "+44 20 7946 0958"]}, "mixed", "numbers"),
])
def test_failures_point_at_the_field(overrides: dict, check_id: str, field: str) -> None:  # type: ignore[type-arg]
    c = case(requested_date=add_business_days(TODAY, 10).isoformat(), **overrides)
    check = by_id(run_checks(c, ready_evidence()))[check_id]
    assert check.level == Level.FAIL and check.field == field and check.message


def test_partial_port_moving_the_btn_needs_a_new_btn() -> None:
    c = replace(case(), port_type=PortType.PARTIAL, remaining_action=RemainingAction.KEEP)
    assert by_id(run_checks(c, ready_evidence()))["btn"].field == "new_btn"
    fixed = replace(c, new_btn="+12125550199")
    assert by_id(run_checks(fixed, ready_evidence()))["btn"].level == Level.PASS


@pytest.mark.parametrize(("days", "level"), [(3, Level.FAIL), (7, Level.PASS), (30, Level.PASS),
                                             (31, Level.FAIL)])
def test_requested_date_window(days: int, level: Level) -> None:
    c = replace(case(), requested_date=add_business_days(TODAY, days))
    assert by_id(run_checks(c, ready_evidence()))["requested_date"].level == level


def test_weekend_requested_date_fails() -> None:
    c = replace(case(), requested_date=date(2026, 12, 12))
    assert "weekend" in by_id(run_checks(c, ready_evidence()))["requested_date"].message


def test_stale_documents_and_toll_free_limit() -> None:
    c = case()
    old = ready_evidence(loa_signed_on=date(2026, 10, 1), bill_statement_date=date(2026, 9, 1))
    checks = by_id(run_checks(c, old))
    assert checks["loa"].level == Level.FAIL and checks["bill"].level == Level.WARN
    tf = case(numbers=["800-555-0100"], btn="800-555-0100")
    lenient = ready_evidence(loa_signed_on=date(2026, 10, 10), loa_age_limit_days=60)
    assert by_id(run_checks(tf, lenient))["loa"].level == Level.FAIL  # toll-free: 30 days always
    assert by_id(run_checks(c, lenient))["loa"].level == Level.PASS


def test_bill_mismatch_fails_exact_values_until_verified_another_way() -> None:
    c = case()
    ev = ready_evidence(bill_mismatches=("account_number",), verified_fields=frozenset())
    check = by_id(run_checks(c, ev))["exact_values"]
    assert check.level == Level.FAIL and check.field == "account_number"
    ok = ready_evidence(bill_mismatches=("account_number",),
                        verified_fields=frozenset({"account_number"}))
    assert by_id(run_checks(c, ok))["exact_values"].level == Level.PASS
