"""Times in conflict messages are shown in one named zone, from the stored UTC moment: the edit
conflict's "who changed it meanwhile" read the stored UTC time as if it were local and named no
zone; the batch's "changed since you looked" converted it but named no zone either."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC
from pathlib import Path
from zoneinfo import ZoneInfo

from portdesk.services import desk
from portdesk.services.desk_batch import changed_by
from portdesk.store.store import Store
from tests.helpers import case

NEW_YORK = ZoneInfo("America/New_York")


def test_conflict_times_are_in_the_named_zone(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'd.sqlite3'}", key_dir=tmp_path)
    try:
        made = store.cases.create(case(numbers=["312-555-0101"]), "ana")
        assert made.id is not None
        store.cases.update(replace(made, notes="called the customer"), "ana")
        last = store.audit.for_case(made.id)[-1]
        at = (last.at if last.at.tzinfo else last.at.replace(tzinfo=UTC)).astimezone(NEW_YORK)
        shown = f"{at:%b %d %H:%M} {at.tzname()}"
        assert at.tzname() in ("EST", "EDT")
        said = desk.saved_meanwhile(store, made.id, made.version, zone=NEW_YORK)
        assert said.startswith(f"ana at {shown}")
        assert changed_by(store, made.id, zone=NEW_YORK).endswith(f"by ana, {shown}")
        tokyo = desk.saved_meanwhile(store, made.id, made.version, zone=ZoneInfo("Asia/Tokyo"))
        assert "JST" in tokyo  # the zone is always named
    finally:
        store.close()
