"""Fields the description makes optional: page information (`Metadata`: every field optional) and
port-out events (no field required)."""

from __future__ import annotations

import pytest

from portdesk.platform.models import PageMeta, parse_meta
from portdesk.platform.pagination import Page


def test_missing_page_number_and_size_are_the_page_asked_for() -> None:
    assert parse_meta({"total_pages": 3, "total_results": 600}, 2, 250) == PageMeta(2, 250, 3,
                                                                                     600)


def test_a_missing_page_count_is_counted_from_the_results() -> None:
    assert parse_meta({"total_results": 501}, 1, 250).total_pages == 3


def test_whole_numbers_written_as_numbers_are_read() -> None:  # "type": "number"
    assert parse_meta({"page_number": 1.0, "page_size": 20.0, "total_pages": 2.0,
                       "total_results": 21.0}) == PageMeta(1, 20, 2, 21)


@pytest.mark.parametrize(("meta", "received", "last"), [
    (None, 250, False), (None, 249, True), (None, 0, True),
    (PageMeta(1, 250, -1, -1), 250, False), (PageMeta(1, 250, 2, 300), 250, False),
    (PageMeta(2, 250, 2, 300), 50, True)])
def test_a_page_is_the_last_when_the_platform_says_so_or_it_comes_short(
        meta: PageMeta | None, received: int, last: bool) -> None:
    assert Page([object()] * received, meta, received, 250).is_last is last


def test_a_comment_event_without_a_port_out_id_names_no_port_out() -> None:
    """The description requires no field of a port-out event; a new comment's payload `id` is
    the comment's, so without `portout_id` the event names no port-out (it was taken for one)."""
    from portdesk.platform.models import parse_event

    comment = {"id": "e1", "event_type": "portout.new_comment",
               "payload": {"id": "comment-1", "comment": "hello"}}
    assert parse_event(comment).portout_id is None
    status = {"id": "e2", "event_type": "portout.status_changed",
              "payload": {"id": "portout-1", "status": "canceled"}}
    assert parse_event(status).portout_id == "portout-1"
