"""The case header names the FOC while the port may still happen on it, and never for an order
that ended without porting (a canceled port-out's "Dec 14" read as a date to come)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from portdesk.domain.case import CaseKind
from portdesk.domain.lifecycle import Status
from portdesk.ui.case_header import CaseHeader
from tests.helpers import case

FOC = date(2026, 12, 14)


def test_the_header_says_the_foc_only_while_it_may_happen(qtbot) -> None:
    header = CaseHeader()
    qtbot.addWidget(header)
    header.show_case(replace(case(), status=Status.FOC_CONFIRMED, foc_date=FOC))
    assert "FOC Mon Dec 14, 2026" in header.summary.text()
    for status in (Status.CANCELLED, Status.EXPIRED):
        header.show_case(replace(case(), kind=CaseKind.PORT_OUT, status=status, foc_date=FOC))
        assert "Dec 14" not in header.text() and "FOC" not in header.text()
    header.show_case(replace(case(), status=Status.AT_CARRIER))
    assert "FOC" not in header.text()
