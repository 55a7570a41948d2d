"""The sandbox's FOC changes held against the description (a double invents nothing): the
carrier's FOC for a port-in lies within the allowed FOC windows the platform lists (an
international order's was up to 14 days past the last one, two months after a requested FOC in
the first); a port-out's FOC moved by the gaining carrier is the day it ports, and only a
port-out still to happen has one to move."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from portdesk.platform.sandbox import carrier, portouts
from portdesk.platform.sandbox.clock import SandboxClock, iso, parse_iso
from portdesk.platform.sandbox.core import Sandbox
from portdesk.platform.sandbox.errors import ApiError
from portdesk.platform.sandbox.state import SandboxState


def _sandbox(seed: int) -> Sandbox:
    return Sandbox(SandboxState(":memory:"),
                   SandboxClock(start=datetime(2026, 12, 7, 15, tzinfo=UTC), speed=0),
                   seed=seed)


@pytest.mark.parametrize("number", ["+442079460958", "+13125550101"])
def test_the_carrier_s_foc_lies_within_the_allowed_windows(number: str) -> None:
    for seed in range(25):
        sb = _sandbox(seed)
        [order] = sb.create_orders({"phone_numbers": [number]})
        windows = carrier.foc_windows(sb, order)
        order = sb.state.get_order(order["id"])
        assert order is not None
        order["activation_settings"]["foc_datetime_requested"] = windows[0]["started_at"]
        order["status"]["value"] = "submitted"
        sb.state.save_order(order)
        carrier._foc(sb, order["id"], {"submitted_at": iso(sb.now())})
        confirmed = sb.state.get_order(order["id"])
        assert confirmed is not None
        foc = parse_iso(confirmed["activation_settings"]["foc_datetime_actual"])
        assert parse_iso(windows[0]["started_at"]) <= foc <= parse_iso(windows[-1]["ended_at"])


def test_an_authorized_port_out_ports_on_its_moved_foc() -> None:
    sb = _sandbox(1)
    request = portouts.create(sb, ["+13125550187"])  # FOC 5 business days out
    portouts.answer(sb, request["id"], "authorized", {})
    moved = portouts.move_foc(sb, request["id"], 12)
    old, new = parse_iso(request["foc_date"]), parse_iso(moved["foc_date"])
    sb.advance(old - sb.now() + (new - old) / 2)  # past the old FOC, before the new one
    got = sb.state.get_portout(request["id"])
    assert got is not None and got["status"] == "authorized"
    sb.advance(new - sb.now())
    got = sb.state.get_portout(request["id"])
    assert got is not None and got["status"] == "ported"


def test_a_finished_port_out_has_no_foc_to_move() -> None:
    sb = _sandbox(2)
    request = portouts.create(sb, ["+13125550188"])
    portouts.cancel(sb, request["id"])
    with pytest.raises(ApiError):
        portouts.move_foc(sb, request["id"], 9)
    got = sb.state.get_portout(request["id"])
    assert got is not None and got["foc_date"] == request["foc_date"]
