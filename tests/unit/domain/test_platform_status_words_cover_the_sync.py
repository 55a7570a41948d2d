"""Every platform status the sync maps has words (session 19 review: the words' tables repeated
the sync's keys and missed some it knows, 'in_process', 'in progress', 'requested_supp',
'completed', 'expired', 'canceling'..., so the hover, the timeline and `case show` said "this
desk does not know it yet" of a status the sync had mapped)."""

from __future__ import annotations

import pytest

from portdesk.domain.case import CaseKind
from portdesk.domain.platform_status_words import platform_status_words
from portdesk.platform.port import PORTOUT_STATUS
from portdesk.platform.sync.mapping import PLATFORM_STATUS_MAP

UNKNOWN = "does not know it yet"


@pytest.mark.parametrize("raw", sorted(PLATFORM_STATUS_MAP))
def test_every_order_status_the_sync_maps_is_said_in_words(raw: str) -> None:
    said = platform_status_words(CaseKind.PORT_IN, raw)
    assert UNKNOWN not in said and said.endswith(f"(platform status '{raw}')")


@pytest.mark.parametrize("raw", sorted(PORTOUT_STATUS))
def test_every_port_out_status_the_sync_maps_is_said_in_words(raw: str) -> None:
    said = platform_status_words(CaseKind.PORT_OUT, raw)
    assert UNKNOWN not in said and said.endswith(f"(platform status '{raw}')")


def test_a_word_the_sync_does_not_map_is_shown_raw() -> None:
    assert UNKNOWN in platform_status_words(CaseKind.PORT_IN, "on-hold-for-review")
