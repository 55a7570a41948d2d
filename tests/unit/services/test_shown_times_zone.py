"""Every time PortDesk prints names its zone; what it stores stays UTC (naive = UTC).

"imported on 2026-12-05 10:35" said neither the zone nor that it was the workstation's clock; a
signature's time printed with `%Z` on a naive moment printed no zone at all; the FOC windows'
rows left the zone to their column header.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from portdesk.services.cases import AlreadyImported
from portdesk.services.sync_platform_view import window_rows
from portdesk.store.imports import ImportRecord

STORED = datetime(2026, 12, 5, 18, 35)  # naive: the store's UTC


def test_imported_on_says_the_zone_on_the_workstation_clock(pacific: ZoneInfo) -> None:
    record = ImportRecord("cases.csv", 3, "PD-000001", "PD-000003", STORED, "ana")
    said = str(AlreadyImported(Path("cases.csv"), record))
    assert "imported on 2026-12-05 10:35 PST as PD-000001-PD-000003" in said


def test_imported_on_an_aware_moment_is_not_shifted_twice(pacific: ZoneInfo) -> None:
    record = ImportRecord("c.csv", 1, "PD-000004", "PD-000004", STORED.replace(tzinfo=UTC), "ana")
    assert "imported on 2026-12-05 10:35 PST as PD-000004 " in str(
        AlreadyImported(Path("c.csv"), record))


def test_window_rows_name_their_zone() -> None:
    from portdesk.platform.port import FocWindow

    tokyo = ZoneInfo("Asia/Tokyo")
    window = FocWindow(datetime(2026, 12, 11, 14, 0, tzinfo=UTC),
                       datetime(2026, 12, 11, 22, 0, tzinfo=UTC))
    assert window_rows([window], tokyo) == [("Fri 2026-12-11 23:00 JST", "Sat 2026-12-12 07:00 JST")]

