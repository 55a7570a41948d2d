"""TWENTY-FIRST BLIND SPLIT: not for the reader's author (see families/blind21/__init__.py).

Print habits the blind21 families share: the head of page 1 (the carrier, a column of facts, the
envelope window), numbers that are on the bill but not the customer's (a contact's, a collector's,
a disconnected or ported-away line, a call's other end: all kept as traps in the truth), a holder
wrapped over two lines or cut with a hyphen, a masked PIN, a tiny running header or footer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from portdesk.domain.case import Address
from tests.billcorpus.draw import GREY, Sheet, W
from tests.billcorpus.formats import digits
from tests.billcorpus.truth import Draft


def set_service(d: Draft, service: Address) -> None:
    """Give the customer another service address (the billing one follows when it was the
    same), keeping the draft and the customer the cases are typed from in step."""
    same = d.customer.billing == d.customer.service
    billing = service if same else d.customer.billing
    d.customer = replace(d.customer, service=service, billing=billing)
    d.service, d.billing = service, billing


def with_unit(d: Draft, units: Sequence[str]) -> Address:
    """The service address with a unit in one of the carrier's spellings ('Apt 4', 'Lot 12',
    '# 210', 'Bldg C'): the customer's record is that spelling (the cases type it, or an
    equivalent one)."""
    assert d.service is not None
    r = d.rng
    kind = r.choice(tuple(units))
    tail = r.choice("ABCDEF") if kind in ("Bldg", "BLDG") else str(r.randint(2, 480))
    a = replace(d.service, line2=f"{kind} {tail}")
    set_service(d, a)
    return a


def decoy(d: Draft, npa: str | None = None) -> str:
    """A number printed on the bill that is not the customer's (a contact's, a collector's, a
    disconnected line, a call's other end): kept among the truth's traps."""
    n = d.pool.one(npa or d.customer.npa)
    d.dialed.append(n)
    return n


def facts(s: Sheet, rows: Sequence[tuple[str, str]], x: float = 330, y: float = 40,
          size: float = 8.5, lead: float = 13) -> float:
    for i, (label, value) in enumerate(rows):
        s.text(x, y + i * lead, label, size - 0.5, color=GREY)
        s.text(W - 40, y + i * lead, value, size, bold=True, align="right")
    return y + len(rows) * lead


def wrap(name: str, width: int) -> list[str]:
    """The holder's name on as many lines as a narrow box needs (whole words)."""
    out: list[str] = []
    for w in name.split():
        if out and len(out[-1]) + 1 + len(w) <= width:
            out[-1] += " " + w
        else:
            out.append(w)
    return out


def hyphen_cut(name: str, width: int) -> list[str]:
    """The holder's name cut at `width` characters inside a word, with a hyphen ('Lakeside
    Hospi-' / 'tality Ltd.'), as a fixed-width field prints it; whole when it fits."""
    if len(name) <= width:
        return [name]
    cut = width - 1
    if name[cut - 1] == " " or name[cut] == " ":
        return [name[:cut].rstrip(), name[cut:].lstrip()]
    return [name[:cut] + "-", name[cut:]]


def pin_line(d: Draft, fr: bool = False) -> str:
    """A masked PIN or passcode: a bill never proves one."""
    r = d.rng
    tail = digits(r, 2)
    if fr:
        return r.choice(("NIP au dossier : ****", f"NIP se terminant par {tail}"))
    return r.choice(("PIN on file: ****", f"Account passcode ending in {tail}",
                     "Security PIN: \u2022\u2022\u2022\u2022"))


def running(s: Sheet, d: Draft, page: int, pages: int, label: str = "Acct",
            top: bool = True) -> None:
    """The tiny header (or footer) every page repeats: the account and 'Page n of m'."""
    y = 18 if top else 784
    s.text(40, y, f"{d.carrier.brand} \u00b7 {label} {d.printed_account}", 5.5, color=GREY)
    s.text(W - 40, y, f"Page {page} of {pages}", 5.5, color=GREY, align="right")
