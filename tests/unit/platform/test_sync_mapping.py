"""Platform records onto the case model, and draft fields both ways, without I/O."""

from __future__ import annotations

from datetime import UTC, date, datetime

from portdesk.domain.case import NumberStatus, PortType, RemainingAction
from portdesk.domain.draft_fields import case_values, with_values
from portdesk.domain.lifecycle import Status
from portdesk.platform.models import parse_order, parse_portout
from portdesk.platform.sync.fields import order_values
from portdesk.platform.sync.mapping import map_platform_status, order_state, portout_state
from tests.helpers import case


def order(status: str, numbers: list[tuple[str, str, str]], details: list[dict[str, str]] | None
          = None, **extra: object) -> dict[str, object]:
    return {"id": "o-1", "status": {"value": status, "details": details or []},
            "customer_reference": "PD-000001",
            "phone_numbers": [{"phone_number": n, "porting_order_status": s,
                               "activation_status": a} for n, s, a in numbers], **extra}


def test_an_exception_rejects_every_number_with_the_first_code() -> None:
    state = order_state(parse_order(order(
        "exception", [("+13125550101", "exception", "New")],
        [{"code": "PASSCODE_PIN_INVALID", "description": "bad PIN"}, {"code": "OTHER"}])))
    assert state.status == Status.EXCEPTION and state.exception_code == "PASSCODE_PIN_INVALID"
    assert state.exception_detail == "PASSCODE_PIN_INVALID: bad PIN; OTHER"
    assert state.numbers["+13125550101"].status == NumberStatus.REJECTED
    assert state.numbers["+13125550101"].rejection_code == "PASSCODE_PIN_INVALID"


def test_unknown_statuses_are_kept_raw_and_leave_things_as_they_were() -> None:
    state = order_state(parse_order(order("carrier-pondering",
                                          [("+13125550101", "carrier-pondering", "")])))
    assert state.status is None and state.platform_status == "carrier-pondering"
    assert state.numbers == {}


def test_an_active_number_is_ported_whatever_the_order_says() -> None:
    state = order_state(parse_order(order(
        "foc-date-confirmed", [("13125550101", "foc-date-confirmed", "Active"),
                               ("+13125550102", "foc-date-confirmed", "Pending")],
        activation_settings={"foc_datetime_actual": "2026-03-20T14:00:00Z"})))
    assert state.foc_date == date(2026, 3, 20)
    assert state.numbers["+13125550101"].status == NumberStatus.PORTED
    assert state.numbers["+13125550102"].status == NumberStatus.FOC_CONFIRMED


def test_port_out_statuses() -> None:
    raw = {"id": "p-1", "status": "pending", "phone_numbers": ["+13125550160"],
           "foc_date": datetime(2026, 3, 9, tzinfo=UTC).isoformat()}
    assert portout_state(parse_portout(raw)).status == Status.SUBMITTED
    ported = portout_state(parse_portout({**raw, "status": "ported"}))
    assert ported.status == Status.PORTED
    assert ported.numbers["+13125550160"].status == NumberStatus.PORTED
    refused = portout_state(parse_portout({**raw, "status": "rejected", "reason": "PIN"}))
    assert refused.status == Status.CANCELLED and refused.exception_detail == "PIN"
    assert refused.numbers["+13125550160"].status == NumberStatus.CANCELLED
    # withdrawn by the gaining carrier: the number stays, its port is off (it read "pending")
    canceled = portout_state(parse_portout({**raw, "status": "canceled"}))
    assert canceled.numbers["+13125550160"].status == NumberStatus.CANCELLED
    authorized = portout_state(parse_portout({**raw, "status": "authorized"}))
    assert authorized.numbers["+13125550160"].status == NumberStatus.FOC_CONFIRMED
    assert portout_state(parse_portout(raw)).numbers == {}  # waiting: as the case has them
    assert portout_state(parse_portout({**raw, "status": "new-thing"})).status is None


def test_draft_fields_read_the_same_on_both_sides() -> None:
    local = case(requested_date="2026-04-01", port_type="partial", remaining_action="keep",
                 remaining_numbers=["212-555-0150"], new_btn="212-555-0143")
    body = {"end_user": {
        "admin": {"entity_name": local.account_name, "auth_person_name": local.authorized_name,
                  "account_number": local.account_number, "pin_passcode": local.pin,
                  "billing_phone_number": local.btn.lstrip("+")},
        "location": {"street_address": local.service_address.line1,
                     "extended_address": local.service_address.line2,
                     "locality": local.service_address.city,
                     "administrative_area": local.service_address.state,
                     "postal_code": local.service_address.postal_code}},
        "misc": {"type": "partial", "remaining_numbers_action": "keep",
                 "new_billing_phone_number": local.new_btn},
        "activation_settings": {"foc_datetime_requested": "2026-04-01T14:00:00Z"}}
    assert order_values(body) == case_values(local)


def test_platform_values_go_back_onto_a_case() -> None:
    changed = with_values(case(), {"service_address.line2": "Suite 300", "port_type": "partial",
                                   "remaining_action": "disconnect",
                                   "requested_date": "2026-05-04", "pin": "9137"})
    assert changed.service_address.line2 == "Suite 300"
    assert changed.port_type == PortType.PARTIAL
    assert changed.remaining_action == RemainingAction.DISCONNECT
    assert changed.requested_date == date(2026, 5, 4) and changed.pin == "9137"


def test_platform_spellings_map_and_unknown_is_none() -> None:
    assert map_platform_status("foc-date-confirmed") == Status.FOC_CONFIRMED
    assert map_platform_status("canceled") == map_platform_status("Cancelled") == Status.CANCELLED
    assert map_platform_status("in-process") == Status.SUBMITTED
    assert map_platform_status("submitted") == Status.AT_CARRIER
    assert map_platform_status("carrier-on-vacation") is None


def test_a_cancel_still_pending_cancels_no_number_yet() -> None:
    """`cancel-pending` (the description's per-number value): asked, not confirmed; the number
    keeps what it had until the order is `cancelled`."""
    state = order_state(parse_order(order("cancel-pending",
                                          [("+13125550101", "cancel-pending", "Pending")])))
    assert state.status == Status.CANCEL_PENDING and state.numbers == {}
    done = order_state(parse_order(order("cancelled",
                                         [("+13125550101", "cancelled", "Cancelled")])))
    assert done.numbers["+13125550101"].status == NumberStatus.CANCELLED


def test_activation_in_progress_is_read_by_name_as_the_foc_being_carried_out() -> None:
    """The description names `activation-in-progress` among the orders' statuses (the phone
    number configurations' filter): it was reported as "not known to PortDesk"."""
    state = order_state(parse_order(order(
        "activation-in-progress", [("+13125550101", "activation-in-progress", "Sending")])))
    assert state.status == Status.FOC_CONFIRMED
    assert state.numbers["+13125550101"].status == NumberStatus.FOC_CONFIRMED
