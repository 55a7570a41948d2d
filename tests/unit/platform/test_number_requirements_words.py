"""Per-number requirements states by name; one the description adds later is shown as given and
noted once for the whole list (trust 15)."""

from __future__ import annotations

from portdesk.domain.number_requirements import (
    REQUIREMENTS_STATUS,
    number_requirement,
    unknown_note,
)
from portdesk.platform.models import parse_order
from portdesk.platform.telnyx_port import to_order
from portdesk.services.sync_platform_view import number_requirements


def _order(states: list[str | None]) -> dict[str, object]:
    numbers = []
    for i, state in enumerate(states):
        entry: dict[str, object] = {"phone_number": f"+4420794601{i:02d}"}
        if state is not None:
            entry["requirements_status"] = state
        numbers.append(entry)
    return {"id": "o-1", "status": {"value": "draft"}, "phone_numbers": numbers}


def test_each_described_state_has_words_and_a_next_step() -> None:
    for value, (state, todo) in REQUIREMENTS_STATUS.items():
        row = number_requirement("+442079460100", value)
        assert row.known and row.state == state and row.todo == todo and todo


def test_a_later_state_is_kept_as_given_and_noted_once() -> None:
    order = to_order(parse_order(_order(["approved", "requirement-info-on-hold",
                                         "requirement-info-on-hold"])))
    rows = number_requirements(order.numbers, order.number_requirements)
    assert [r.platform_word for r in rows] == ["approved", "requirement-info-on-hold",
                                               "requirement-info-on-hold"]
    assert rows[1].state == "'requirement-info-on-hold' (not known to PortDesk)"
    assert unknown_note(rows).startswith("a requirements state PortDesk does not know")
    assert unknown_note(rows[:1]) == ""


def test_an_order_whose_numbers_carry_none_shows_none() -> None:
    order = to_order(parse_order(_order([None, None])))
    assert number_requirements(order.numbers, order.number_requirements) == []
