"""The sidebar's standard queues: what each asks the store for on a given day."""

from __future__ import annotations

from datetime import date

from portdesk.services.desk import DeskQueue, standard_queues


def _foc_queue(today: date) -> DeskQueue:
    return next(q for q in standard_queues(today) if q.key == "foc_week")


def test_a_fridays_foc_queue_holds_next_weeks_ports() -> None:
    query = _foc_queue(date(2026, 12, 4)).query  # a Friday
    assert (query.foc_from, query.foc_to) == (date(2026, 12, 4), date(2026, 12, 11))
    assert query.statuses == ("foc_confirmed",)


def test_a_weekends_foc_queue_is_the_coming_week_not_the_one_that_ended() -> None:
    query = _foc_queue(date(2026, 12, 6)).query  # a Sunday
    assert query.foc_from == date(2026, 12, 6)
    assert query.foc_to is not None and query.foc_to >= date(2026, 12, 11)
