"""The files the bill check reads are listed once (session 19 review: the Document menu's drop
check kept its own copy of the bill screen's suffixes, and the bill service a third, its media
types: a kind added to one would be refused, or filed as data, by another)."""

from __future__ import annotations

from portdesk.domain import file_kinds
from portdesk.services import bill_desk
from portdesk.ui import document_actions
from portdesk.ui.bills import asks, dialog, drop


def test_every_bill_file_check_uses_the_one_list() -> None:
    for user in (document_actions, asks, dialog, drop):
        assert user.BILL_SUFFIXES is file_kinds.BILL_SUFFIXES, user.__name__
    assert bill_desk.BILL_MEDIA is file_kinds.BILL_MEDIA


def test_the_file_picker_offers_every_kind_the_check_reads() -> None:
    offered = asks.BILL_FILTER.split(";;")[0]
    assert all(f"*{suffix}" in offered.split("(")[1] for suffix in file_kinds.BILL_SUFFIXES)
