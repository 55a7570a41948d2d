"""What the desk shows of a port-in's platform steps, read live on a worker: portability per
number, the order's requirements with their states, the allowed FOC windows, the exception types
the platform knows, and on-demand activation with its jobs' progress."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

from portdesk.domain.lifecycle import Status
from portdesk.domain.number_requirements import NumberRequirement, number_requirement
from portdesk.platform.port import (
    ActivationJob,
    ExceptionType,
    FocWindow,
    PortingPlatform,
    Requirement,
)
from portdesk.services.sync_keys import portability_key
from portdesk.store.store import Store


@dataclass(frozen=True, slots=True)
class PlatformView:
    portability: list[dict[str, Any]] = field(default_factory=list)
    requirements: list[Requirement] = field(default_factory=list)
    windows: list[FocWindow] = field(default_factory=list)
    exception_types: list[ExceptionType] = field(default_factory=list)
    jobs: list[ActivationJob] = field(default_factory=list)
    can_activate: bool = False
    order_status: str = ""
    zone: tzinfo | None = None  # the desk's porting zone (None: this workstation's)
    # each number's own requirements state (international orders), in words with what to do
    number_requirements: list[NumberRequirement] = field(default_factory=list)
    # the order asks for phone number verification codes (Platform steps > Verification codes)
    needs_codes: bool = False


def platform_view(client: PortingPlatform, store: Store, case_id: int) -> PlatformView:
    case = store.cases.get(case_id)
    repo = store.outbox
    portability = (repo.get_json(portability_key(case_id)) or {}).get("results", [])
    if not case.platform_order_id:
        return PlatformView(portability=portability, exception_types=client.exception_types())
    order = client.order(case.platform_order_id)
    jobs = client.activation_jobs(order.id)
    # the order and its jobs are two reads: a job that completed between them leaves the order
    # as read still FOC-confirmed; an activation done (or under way) is nothing to activate
    activated = bool(jobs) and jobs[-1].status != "failed"
    return PlatformView(
        portability=portability, requirements=client.requirements(order.id),
        windows=client.allowed_foc_windows(order.id) if order.editable else [],
        exception_types=client.exception_types(), jobs=jobs,
        can_activate=order.fast_port_eligible and order.state.status == Status.FOC_CONFIRMED
        and not activated,
        order_status=order.state.platform_status, zone=client.zone,
        number_requirements=number_requirements(order.numbers, order.number_requirements),
        needs_codes=order.asks_verification_codes)


def number_requirements(numbers: frozenset[str], states: tuple[tuple[str, str], ...]
                        ) -> list[NumberRequirement]:
    """One row per number of the order when any has a state (international orders); none for
    an order whose numbers carry none."""
    given = dict(states)
    if not given:
        return []
    return [number_requirement(n, given.get(n, "")) for n in sorted(numbers | set(given))]


def window_rows(windows: list[FocWindow], zone: tzinfo | None) -> list[tuple[str, str]]:
    """Each allowed window's start and end on the desk's porting clock, the clock its FOC days
    are counted on (domain.platform_dates): in UTC a Tokyo desk saw "Fri 14:00" for a window
    that is Friday night to Saturday morning where the requested date is chosen."""
    def shown(moment: datetime) -> str:
        at = moment.astimezone(zone) if zone is not None else moment.astimezone()
        return at.strftime("%a %Y-%m-%d %H:%M ") + (at.tzname() or at.strftime("%z"))
    return [(shown(w.started_at), shown(w.ended_at)) for w in windows]


def zone_label(zone: tzinfo | None) -> str:
    return str(zone) if zone is not None else "this workstation's time zone"


def activate(client: PortingPlatform, store: Store, case_id: int) -> ActivationJob:
    from portdesk.services.intents import require_order

    case = store.cases.get(case_id)
    return client.activate(require_order(store, case, "activation is the platform order's"))
