"""A bill e-mail printed to PDF: its header lines say who sent it and to whom.

A customer often keeps the carrier's invoice e-mail, printed from a mail client, instead of the
bill: the page opens with the message's From, To and Subject lines ('To: Harbor View Bakery Inc.
<billing@harborview.ca>'). The To line's display name is whoever reads the mailbox the carrier
writes to: the holder's name when it reads as an organisation or another sighting of the holder
names it too, else often a person at the business (never confirmed as the holder by this line
alone); an e-mail address is a mailbox, never a carrier's or a holder's name. Only a
page that prints the three header lines near its top is read as a message (a bill's own 'To:'
in a call list or a 'From:' column says nothing of the kind).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from portdesk.bills.blocks import reads_as_organisation
from portdesk.bills.carriers import name_key
from portdesk.bills.layout import Segment
from portdesk.bills.pageindex import BillIndex, PageIndex
from portdesk.bills.values import Candidate, Evidence

_KEYS = {"from": "from", "de": "from", "to": "to", "à": "to", "a": "to", "para": "to",
         "subject": "subject", "objet": "subject", "asunto": "subject", "date": "date",
         "sent": "date", "envoyé": "date", "fecha": "date", "enviado": "date"}
_PAIR = re.compile(r"(?i)^(?P<key>from|to|subject|de|à|a|para|objet|asunto|date|sent|envoyé|"
                   r"fecha|enviado)\s*:\s*(?P<value>.*)$")
_MAILBOX = re.compile(r"^(?P<name>[^<>@]*?)\s*<[^<>\s]+@[^<>\s]+>\s*$")
_ADDRESS = re.compile(r"<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?")
_TOP = 0.3  # of the page's height: where a printed message's header lines are


def _headers(index: PageIndex) -> dict[str, tuple[str, list[Segment]]]:
    """{'from' | 'to' | 'subject': (value, segments)} of the page's header lines."""
    out: dict[str, tuple[str, list[Segment]]] = {}
    for seg in index.segments:
        if seg.top > index.page.height * _TOP or (m := _PAIR.match(seg.text.strip())) is None:
            continue
        key, used, value = _KEYS[m.group("key").lower()], [seg], m.group("value").strip()
        if not value:  # the label in a cell of its own, the value the next cell on its line
            right = sorted((s for s in index.lines.get(seg.line, []) if s.x0 > seg.x1),
                           key=lambda s: s.x0)
            if not right:
                continue
            used, value = [seg, right[0]], right[0].text.strip()
        out.setdefault(key, (value, used))
    return out if {"from", "to", "subject"} <= out.keys() else {}


def mail_addressee(bill: BillIndex, holders: Sequence[Candidate] = ()) -> Candidate | None:
    """The To line's display name on a printed message's first page, as the holder's name only
    when it reads as an organisation or agrees with another sighting of the holder (`holders`):
    a person's name there is often someone at the business reading the mail, and taking it
    would confirm a typed contact's name as the holder's."""
    if not bill.pages:
        return None
    heads = _headers(bill.pages[0])
    if "to" not in heads:
        return None
    value, used = heads["to"]
    m = _MAILBOX.match(value)
    if m is None or not (name := m.group("name").strip(" \"',")) or not re.search(
            r"[^\W\d_]{2}", name):
        return None
    if not reads_as_organisation(name) and not _own_domain(name, value) and name_key(
            name) not in {name_key(str(c.value)) for c in holders}:
        return None
    return Candidate(name, Evidence.of(*used), 0.75)


_DOMAIN = re.compile(r"@(?P<host>[^<>\s]+)>")


def _own_domain(name: str, value: str) -> bool:
    """'Sophie Morrison <office@sophiemorrison.ca>': the mailbox's domain spells the whole
    display name, so the mailbox is the named party's own (a sole proprietor's or a firm's own
    domain), not a person's desk at another business ('Dana Whitfield
    <dana@harborviewbakery.example>')."""
    m = _DOMAIN.search(value)
    if m is None:
        return False
    spelled = re.sub(r"[^a-z0-9]", "", name.casefold())
    labels = [re.sub(r"[^a-z0-9]", "", part) for part in m.group("host").casefold().split(".")]
    return len(spelled) >= 6 and spelled in labels[:-1]


def sent_on(bill: BillIndex) -> Evidence | None:
    """Where a printed message's Date (Sent) header line is: the day the e-mail went out, not
    the bill's statement date, which the message's body states under its own label."""
    if not bill.pages:
        return None
    heads = _headers(bill.pages[0])
    return Evidence.of(*heads["date"][1]) if "date" in heads else None


def names_a_mailbox(text: str) -> bool:
    """The text holds an e-mail address: a mailbox, never a carrier's or a holder's name."""
    return _ADDRESS.search(text) is not None
