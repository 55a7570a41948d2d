"""A bill e-mail printed to PDF: its To line's display name is whoever reads the mailbox, often
a person at the business, not the account holder. It is taken as the holder's name only when it
reads as an organisation or agrees with another sighting of the holder; else the holder is not
confirmed by it (a typed contact's name must never be confirmed as the holder)."""

from __future__ import annotations

from pathlib import Path

from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import read_bill
from tests.unit.bills.drawn import Item, draw


def _mail(to: str, body: str) -> list[Item]:
    return [
        (40, 40, "B:Your invoice is now available", 13),
        (40, 70, "B:From:", 8.5), (96, 70, "Northline Telecom Billing <billing@northline.example>", 8.5),
        (40, 82, "B:To:", 8.5), (96, 82, to, 8.5),
        (40, 94, "B:Date:", 8.5), (96, 94, "Tue, Mar 3, 2026 at 9:14 AM", 8.5),
        (40, 106, "B:Subject:", 8.5), (96, 106, "Invoice #4471920 for account 228841", 8.5),
        (40, 140, "Hello,", 9.5),
        (40, 160, body, 9),
        (46, 190, "Account", 8.5), (200, 190, "228841", 8.5),
        (46, 202, "Invoice date", 8.5), (200, 202, "2026-03-01", 8.5),
        (46, 214, "Total", 8.5), (200, 214, "$48.20", 8.5),
    ]


def test_a_persons_name_on_the_to_line_is_not_taken_for_the_holder(tmp_path: Path) -> None:
    fields = extract_fields(read_bill(draw(tmp_path / "mail.pdf", _mail(
        "Dana Whitfield <dana@harborviewbakery.example>",
        "Your invoice for Harbor View Bakery is ready. Thank you for your business."))))
    assert "Whitfield" not in str(fields.account_name or ""), fields.account_name


def test_a_persons_name_alone_on_the_to_line_leaves_the_holder_unread(tmp_path: Path) -> None:
    fields = extract_fields(read_bill(draw(tmp_path / "mail.pdf", _mail(
        "Dana Whitfield <dana@harborviewbakery.example>",
        "Your invoice for March 2026 is ready. Thank you for your business."))))
    assert fields.account_name is None, fields.account_name


def test_a_persons_name_on_the_to_line_that_the_body_repeats_is_the_holders(
        tmp_path: Path) -> None:
    fields = extract_fields(read_bill(draw(tmp_path / "mail.pdf", _mail(
        "Dana Whitfield <dana@whitfield.example>",
        "Your invoice for Dana Whitfield is ready. Thank you for your business."))))
    assert fields.account_name == "Dana Whitfield", fields.account_name


def test_an_organisations_name_on_the_to_line_is_still_the_holders(tmp_path: Path) -> None:
    fields = extract_fields(read_bill(draw(tmp_path / "mail.pdf", _mail(
        "Harbor View Bakery Inc. <billing@harborviewbakery.example>",
        "Your invoice for March 2026 is ready. Thank you for your business."))))
    assert "Harbor View Bakery" in str(fields.account_name or ""), fields.account_name


def test_a_persons_name_on_the_to_line_whose_mailbox_domain_spells_it_is_the_holders(
        tmp_path: Path) -> None:
    """The mailbox's domain spells the whole display name: the mailbox is the named party's own
    (a sole proprietor's own domain), not a desk at another business."""
    fields = extract_fields(read_bill(draw(tmp_path / "mail.pdf", _mail(
        "Ines Caldwell <accounts@inescaldwell.example>",
        "Your invoice for March 2026 is ready. Thank you for your business."))))
    assert fields.account_name == "Ines Caldwell", fields.account_name
