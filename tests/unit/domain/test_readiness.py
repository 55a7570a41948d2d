from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from portdesk.domain.case import CaseNumber, PortType, RemainingAction
from portdesk.domain.loa_binding import bind
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
    lenient = ready_evidence(loa_signed_on=date(2026, 10, 10), loa_age_limit_days=60,
                             loa_binding=bind(c))
    assert by_id(run_checks(tf, lenient))["loa"].level == Level.FAIL  # toll-free: 30 days always
    assert by_id(run_checks(c, lenient))["loa"].level == Level.PASS


def test_bill_mismatch_fails_exact_values_until_verified_another_way() -> None:
    c = case()
    ev = ready_evidence(bill_mismatches=("account_number",), verified_fields=frozenset())
    check = by_id(run_checks(c, ev))["exact_values"]
    assert check.level == Level.FAIL and check.field == "account_number"
    ok = ready_evidence(bill_mismatches=("account_number",))  # and verified another way
    assert by_id(run_checks(c, ok))["exact_values"].level == Level.PASS
    partly = ready_evidence(bill_mismatches=("account_number",),
                            verified_fields=frozenset({"account_number"}))
    check = by_id(run_checks(c, partly))["exact_values"]
    assert check.level == Level.WARN and "account name" in check.message  # not "agree"


def test_a_signed_loa_is_bound_to_what_it_carries() -> None:
    c = case()
    ev = ready_evidence(loa_binding=bind(c))
    assert by_id(run_checks(c, ev))["loa"].level == Level.PASS
    for changed in (replace(c, account_name="Harbor Dental Group, LLC"),
                    replace(c, account_number="4410223109"), replace(c, pin="0000"),
                    replace(c, numbers=(*c.numbers, CaseNumber("+12125550199")))):
        check = by_id(run_checks(changed, ev))["loa"]
        assert check.level == Level.FAIL and not check.overridable
        assert "no longer matches the case: fill and sign again" in check.message
    renamed = by_id(run_checks(replace(c, account_name="X Corp"), ev))["loa"]
    assert "customer name" in renamed.message and "4821" not in renamed.message
    added = by_id(run_checks(replace(c, numbers=(*c.numbers, CaseNumber("+12125550199"))),
                             ev))["loa"]
    assert "212-555-0199" in added.message
    fewer = replace(c, numbers=c.numbers[:1])
    assert by_id(run_checks(fewer, ev))["loa"].level == Level.WARN  # lists one more: not stale
    assert "4821" not in repr(bind(c))  # the PIN only as a digest


def test_a_letter_filed_without_a_binding_is_not_called_matching() -> None:
    check = by_id(run_checks(case(), ready_evidence()))["loa"]
    assert check.level == Level.WARN and "sign again" in check.message


def test_numbers_the_bill_does_not_show_are_unconfirmed() -> None:
    c = case()
    shown = ready_evidence(confirmed_numbers=frozenset(c.number_e164s))
    assert by_id(run_checks(c, shown))["exact_values"].level == Level.PASS
    one = ready_evidence(confirmed_numbers=frozenset(c.number_e164s[:1]))
    check = by_id(run_checks(c, one))["exact_values"]
    assert check.level == Level.WARN and "212-555-0143" in check.message
    assert check.field == "numbers"


def test_a_value_changed_since_its_check_is_unconfirmed() -> None:
    c = case()
    values = {"account_name": c.account_name, "account_number": c.account_number,
              "service_address": c.service_address.one_line(), "btn": c.btn}
    ev = ready_evidence(verified_values=values)
    assert by_id(run_checks(c, ev))["exact_values"].level == Level.PASS
    check = by_id(run_checks(replace(c, account_name="Harbor Dental"), ev))["exact_values"]
    assert check.level == Level.WARN and "account name" in check.message
    fixed = ready_evidence(bill_mismatches=("account_number",), verified_fields=frozenset(),
                           mismatch_values={"account_number": "4410-2231-00"})
    check = by_id(run_checks(c, fixed))["exact_values"]
    assert check.level == Level.WARN  # typed since the bill check: to check again, not "differs"


def test_a_port_in_needs_the_signers_title_its_loa_prints() -> None:
    # the LOA prints the authorized person's name and title (DOMAIN.md); readiness asked only the
    # name, so a case went to signing with an empty Title line on the letter
    from portdesk.domain.case import CaseKind

    c = replace(case(requested_date=add_business_days(TODAY, 10).isoformat()),
                authorized_title="  ")
    identity = by_id(run_checks(c, ready_evidence()))["identity"]
    assert identity.level == Level.FAIL
    assert identity.field == "authorized_title" and "title" in identity.message
    # a kind that takes no LOA from us is not asked for it
    for kind in (CaseKind.PORT_OUT, CaseKind.SUBACCOUNT_TRANSFER):
        other = by_id(run_checks(replace(c, kind=kind), ready_evidence()))["identity"]
        assert "title" not in other.message
    # no person at all: the person is named first, the title is not asked of nobody
    nobody = by_id(run_checks(replace(c, authorized_name=""), ready_evidence()))["identity"]
    assert nobody.field == "authorized_name" and "title" not in nobody.message


def test_the_demo_queue_is_ready_where_it_should_be_on_the_title() -> None:
    from portdesk.services.demo import demo_cases

    for made, _status in demo_cases(today=TODAY):
        identity = by_id(run_checks(made, ready_evidence()))["identity"]
        assert "title" not in identity.message, made.account_name


def test_a_requested_date_moved_after_signing_is_told_not_made_stale() -> None:
    # the date is printed on the letter but not bound: the letter still matches, and says so
    from portdesk.domain.loa_binding import PrintedDate

    c = case(requested_date=add_business_days(TODAY, 10).isoformat())
    asked = add_business_days(TODAY, 8)
    printed = PrintedDate(asked, "ana", c.requested_date)
    loa = by_id(run_checks(c, ready_evidence(loa_binding=bind(c), loa_printed=printed)))["loa"]
    assert loa.level == Level.WARN and loa.overridable
    assert f"Ana moved the requested date to {c.requested_date:%a %b %d, %Y}" in loa.message
    assert f"the signed LOA still asks for {asked:%a %b %d, %Y}" in loa.message
    # typed in the editor since: the move is not ana's any more, and the date is named as typed
    typed = replace(c, requested_date=add_business_days(TODAY, 12))
    live = by_id(run_checks(typed, ready_evidence(loa_binding=bind(c), loa_printed=printed)))
    assert "The requested date was moved to" in live["loa"].message
    # back on the letter's date: nothing to tell
    back = replace(c, requested_date=asked)
    again = by_id(run_checks(back, ready_evidence(loa_binding=bind(c), loa_printed=printed)))
    assert again["loa"].level == Level.PASS


def test_a_sent_cases_date_is_not_judged_as_one_about_to_be_asked_for() -> None:
    # walked: the platform moved a submitted case's date to its first allowed window, 41
    # business days out, and readiness failed it "at most 30 are accepted" (the editor had
    # already stopped judging a sent case's date)
    from portdesk.domain.lifecycle import Status

    far = add_business_days(TODAY, 41)
    for status in (Status.SUBMITTED, Status.AT_CARRIER, Status.FOC_CONFIRMED):
        sent = replace(case(requested_date=far.isoformat()), status=status)
        check = by_id(run_checks(sent, ready_evidence()))["requested_date"]
        assert check.level == Level.PASS and far.isoformat() in check.message
    for status in (Status.DRAFT, Status.EXCEPTION):  # still to be asked for: judged
        draft = replace(case(requested_date=far.isoformat()), status=status)
        assert by_id(run_checks(draft, ready_evidence()))["requested_date"].level == Level.FAIL


def test_a_transfer_is_judged_without_a_carrier() -> None:
    # DOMAIN: a sub-account transfer has no carrier and is done in 1-2 business days. Its draft's
    # date rule said "carriers need at least 7", and its account details passed with "...address
    # and carrier given" though no carrier was asked
    from portdesk.domain.case import CaseKind

    transfer = replace(case(), kind=CaseKind.SUBACCOUNT_TRANSFER, losing_carrier="")
    soon = by_id(run_checks(replace(transfer, requested_date=add_business_days(TODAY, 2)),
                            ready_evidence()))
    assert soon["requested_date"].level == Level.PASS
    assert "carrier" not in soon["identity"].message.lower()
    assert soon["identity"].level == Level.PASS
    tomorrow = by_id(run_checks(replace(transfer, requested_date=add_business_days(TODAY, 1)),
                                ready_evidence()))["requested_date"]
    assert tomorrow.level == Level.FAIL
    assert "carrier" not in tomorrow.message and "1-2" in tomorrow.message
    # a port keeps the carrier's lead time and says so
    port = by_id(run_checks(replace(case(), requested_date=add_business_days(TODAY, 2)),
                            ready_evidence()))["requested_date"]
    assert port.level == Level.FAIL and "carriers need at least 7" in port.message


def test_a_field_the_kind_does_not_carry_is_never_asked() -> None:
    # a transfer's editor hides PIN and port type (kind_fields.unused_fields); a transfer of
    # mobile numbers failed "Wireless ports need the port-out PIN from the losing carrier" on a
    # PIN nobody could enter, and a partial port type left from a port-in asked what stays
    from portdesk.domain.case import CaseKind, ServiceType

    transfer = replace(case(requested_date=add_business_days(TODAY, 10).isoformat()),
                       kind=CaseKind.SUBACCOUNT_TRANSFER, losing_carrier="", pin="",
                       service_type_override=ServiceType.WIRELESS, port_type=PortType.PARTIAL,
                       remaining_action=None)
    checks = by_id(run_checks(transfer, Evidence(today=TODAY)))
    assert checks["pin"].level == Level.PASS and checks["partial"].level == Level.PASS
    assert blocking(list(checks.values())) == []
    words = " ".join(c.message for c in checks.values() if c.id != "loa").lower()
    assert "losing carrier checks" in words  # said why, not "the carrier will give"
    assert "the carrier will" not in words and "other side" not in words
    # the same case as a port-in is asked both
    port = by_id(run_checks(replace(transfer, kind=CaseKind.PORT_IN), ready_evidence()))
    assert port["pin"].level == Level.FAIL and port["partial"].level == Level.FAIL
