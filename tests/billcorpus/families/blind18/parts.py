"""EIGHTEENTH BLIND SPLIT: not for the reader's author (see families/blind18/__init__.py).

Print habits the blind18 families share: a running page header with the holder's name cut
short, a summary sidebar in reversed colours, numbers written three ways in one list, the
customer's own toll-free numbers, reference numbers shaped like telephone numbers, service
addresses changed to the forms real billing systems hold (units first, on their own line,
directionals, rural routes), a landscape page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reportlab.lib.colors import HexColor

from portdesk.domain.case import Address
from tests.billcorpus.draw import H, Sheet, W
from tests.billcorpus.formats import digits, phone
from tests.billcorpus.truth import Draft

WHITE = HexColor("#FFFFFF")
TOLL_FREE = ("800", "833", "844", "855", "866", "877", "888")


def set_service(d: Draft, service: Address, billing_same: bool | None = None) -> None:
    """Give the customer another service address (the billing one follows when it was the
    same), keeping the draft and the customer the cases are typed from in step."""
    same = d.customer.billing == d.customer.service if billing_same is None else billing_same
    billing = service if same else d.customer.billing
    d.customer = replace(d.customer, service=service, billing=billing)
    d.service, d.billing = service, billing


def set_billing(d: Draft, billing: Address) -> None:
    """A mailing address of the family's own kind (a PO box, general delivery)."""
    d.customer = replace(d.customer, billing=billing)
    d.billing = billing


def own_toll_free(d: Draft, count: int = 1) -> list[str]:
    """The customer's own toll-free numbers (8XX) on the account: theirs to port, beside the
    carrier's toll-free help lines."""
    out = [d.pool.one(d.rng.choice(TOLL_FREE)) for _ in range(count)]
    d.numbers.extend(out)
    return out


def mixed(n: str, k: int) -> str:
    """One list, three ways: ten bare digits, +1 E.164, (NPA) NXX-XXXX."""
    return (n[-10:], n, phone(n, "paren"))[k % 3]


def ref_like_phone(d: Draft) -> str:
    """An order or ticket number in the 3-3-4 shape of a telephone number (never a line)."""
    r = d.rng
    return f"{r.choice('01')}{digits(r, 2)}-{digits(r, 3)}-{digits(r, 4)}"


def amount_like_phone(d: Draft) -> str:
    """A figure that reads like a number's last seven digits ('555.0199'): minutes, a
    rate to four places."""
    return f"{d.rng.randint(500, 599)}.{d.rng.randint(100, 199):04d}"


def cut_name(name: str, keep: int = 13) -> str:
    """The holder's name as a running header cuts it: 'ACME HOLDI...'."""
    return name if len(name) <= keep else name[:keep].rstrip() + "..."


def running_head(s: Sheet, d: Draft, page: int, pages: int, label: str = "Acct") -> None:
    """'Page 2 of 5 | ACME HOLDI... | Acct 1234' across the top of a continuation page."""
    last4 = "".join(c for c in d.printed_account if c.isalnum())[-4:]
    s.text(40, 34, f"Page {page} of {pages} | {cut_name(d.name.upper())} | {label} {last4}", 7.5,
           color=s.accent)
    s.rule(36, 40, W - 36, 0.5, s.accent)


def dark_sidebar(s: Sheet, x: float, y: float, w: float, rows: Sequence[tuple[str, str]],
                 title: str, fill: str = "#1B2A3A", size: float = 8.5) -> float:
    """A summary sidebar printed white on a dark panel: labels over values. Returns its bottom."""
    h = 30 + len(rows) * 2 * (size + 4)
    s.box(x, y, w, h, fill=HexColor(fill))
    s.text(x + 8, y + 16, title, size + 1.5, bold=True, color=WHITE)
    yy = y + 32
    for label, value in rows:
        s.text(x + 8, yy, label, size - 1.5, color=HexColor("#C9D3DD"))
        s.text(x + 8, yy + size + 2, value, size, bold=True, color=WHITE)
        yy += 2 * (size + 4)
    return y + h


def landscape(s: Sheet) -> None:
    """A new page turned to landscape (792 wide, 612 high); y still grows downwards from its
    top. Call it only for the bill's last pages."""
    s.new_page()
    s.c.setPageSize((H, W))
    s.c.translate(0, W - H)
