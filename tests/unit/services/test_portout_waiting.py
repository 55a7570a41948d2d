"""Only a port-out request the platform sent waits for an answer: one entered here (sample data,
a request heard by phone) has no order to answer, and its screen never says "answered: unknown"
(both seen on the walk through the sample queue)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

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


def test_the_deadline_is_shown_as_moments_in_the_desk_s_zone_and_never_as_a_status() -> None:
    arrived = datetime(2026, 12, 7, 14, 46, tzinfo=UTC)  # a Monday
    eastern = timezone(timedelta(hours=-5), "EST")
    seen = _review(received_at=arrived)
    early = countdown_text(seen, lambda: arrived + timedelta(hours=4), tz=eastern)
    assert early == ("answer within 20 h 00 min, by Tue 08 Dec 09:46 EST (the platform may "
                     "authorize it then; surely by Wed 09 Dec 09:46 EST, in 44 h 00 min); "
                     "unanswered, it is authorized and the numbers leave for the gaining "
                     "carrier on the FOC date the gaining carrier asked for")
    middle = countdown_text(seen, lambda: arrived + timedelta(hours=30), tz=eastern)
    assert middle.startswith("may be authorized automatically any moment; surely by Wed 09 "
                             "Dec 09:46 EST (in 18 h 00 min); unanswered, it is authorized")
    late = countdown_text(seen, lambda: arrived + timedelta(hours=49), tz=eastern)
    assert late.startswith("48 hours passed on Wed 09 Dec 09:46 EST") and "authorized by then" in late
    unknown = _review(first_seen_at=arrived)
    assert countdown_text(unknown, lambda: arrived + timedelta(hours=50), tz=UTC).endswith(
        "48 hours from then passed on Wed 09 Dec 14:46 UTC")
    back = _review(received_at=arrived, returned_at=arrived + timedelta(hours=30))
    assert countdown_text(back, lambda: arrived + timedelta(hours=60), tz=UTC).startswith(
        "sent back to pending on Tue 08 Dec 20:46 UTC")


def test_the_countdown_says_what_happens_at_the_deadline() -> None:
    """The guide: unanswered, a port-out "is automatically authorized and will proceed on the
    requested FOC (Firm Order Commitment) date": the desk said when, never what then."""
    arrived = datetime(2026, 12, 7, 14, 46, tzinfo=UTC)
    seen = _review(received_at=arrived, gaining_carrier="Riverbend Wireless",
                   foc_date="2026-12-18")
    for hours in (4, 30):
        said = countdown_text(seen, lambda h=hours: arrived + timedelta(hours=h), tz=UTC)
        assert said.endswith("; unanswered, it is authorized and the numbers leave for "
                             "Riverbend Wireless on the FOC date 2026-12-18"), said
    unknown = _review(first_seen_at=arrived, gaining_carrier="Riverbend Wireless")
    assert countdown_text(unknown, lambda: arrived + timedelta(hours=1), tz=UTC).endswith(
        "leave for Riverbend Wireless on the FOC date the gaining carrier asked for")
    late = countdown_text(seen, lambda: arrived + timedelta(hours=49), tz=UTC)
    assert "numbers leave" not in late  # past it: the platform's answer is read, not foretold
