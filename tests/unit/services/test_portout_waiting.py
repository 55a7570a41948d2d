"""Only a port-out request the platform sent waits for an answer: one entered here (sample data,
a request heard by phone) has no order to answer, and its screen never says "answered: unknown"
(both seen on the walk through the sample queue)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from portdesk.domain.case import CaseKind
from portdesk.domain.lifecycle import Status
from portdesk.services.sync_portout_review import PortoutReview, countdown_text
from tests.helpers import case

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)


def test_a_port_out_waits_for_an_answer_only_when_the_platform_sent_it() -> None:
    entered = replace(case(), kind=CaseKind.PORT_OUT, status=Status.SUBMITTED)
    assert not entered.awaits_portout_answer
    assert replace(entered, platform_order_id="po-1").awaits_portout_answer
    assert not replace(entered, platform_order_id="po-1",
                       status=Status.PORTED).awaits_portout_answer


def _review(**kw: object) -> PortoutReview:
    base = dict(case_id=1, reference="PD-000029", status="", gaining_carrier="", numbers=(),
                foc_date="", received_at=None, fields=(), account_source="")
    return PortoutReview(**{**base, **kw})  # type: ignore[arg-type]


def test_the_countdown_says_what_it_knows() -> None:
    assert countdown_text(_review(), lambda: NOW).startswith(
        "received at a time this desk does not know: answer it now")
    assert countdown_text(_review(awaiting_answer=False, status="authorized"),
                          lambda: NOW) == "answered (authorized)"
    assert "unknown" not in countdown_text(_review(awaiting_answer=False), lambda: NOW)
    waiting = countdown_text(_review(received_at=datetime(2026, 12, 5, 9, 0, tzinfo=UTC)),
                             lambda: NOW)
    assert waiting.startswith("answer within 21 h 00 min")
