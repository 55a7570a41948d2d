"""The audit seal's text is made faster (audit verify) but must stay byte for byte what the
entries already in every queue were sealed over: a changed byte reads as a forged log."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from portdesk.store import audit, audit_state


def _old_iso(at: datetime) -> str:
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")


@given(st.datetimes(min_value=datetime(1000, 1, 2), max_value=datetime(9999, 12, 30)),
       st.sampled_from([None, UTC, timezone(timedelta(hours=-5))]))
def test_an_entry_time_is_written_as_before(at: datetime, zone: timezone | None) -> None:
    at = at.replace(tzinfo=zone)
    assert audit.iso(at) == _old_iso(at)


def test_the_canonical_text_is_json_dumps_as_before() -> None:
    body = {"b": [1, "é", None, {"z": 1, "a": datetime(2026, 1, 2)}], "a": 2.5}
    old = json.dumps(body, sort_keys=True, ensure_ascii=False, default=str,
                     separators=(",", ":")).encode("utf-8")
    assert audit._canonical(body) == old
    assert audit_state._digest(body) == hashlib.sha256(old).hexdigest()[:24]
