"""A bill of several accounts, each printed as its own block headed by its number ('Account
978516' over a location and its main number, 'Account 496758' beside it): a value read in one
block belongs to that block's account.

On a scan the block of the case's own account may have lost its value in the pixels while the
next block's value reads clearly; the open extraction then takes the other account's value for
the bill's. That value contradicts nothing the case typed: the case's account is another block,
so a mismatch resting on it is a question for the eye. The block of a value is the last account
heading above it or on its own line that starts at or left of it (reading order), within a few
lines ('Account 86744500  Main Number 308-555-0111' on one row is that account's).
"""

from __future__ import annotations

import re

from portdesk.bills.pageindex import BillIndex
from portdesk.bills.values import Evidence
from portdesk.bills.vocab import VOCAB

_LABELS = sorted((w for w in VOCAB["account_number"] if len(w) >= 4), key=len, reverse=True)
_HEAD = re.compile(r"^(?:" + "|".join(re.escape(w) for w in _LABELS)
                   + r")\s*[:#.]?\s*([A-Z0-9][A-Z0-9\- ]{3,}?)\s*$", re.IGNORECASE)
_LINES_ABOVE = 8  # a block's heading within this many body lines over its value


def _key(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", text).upper()


def another_accounts_block(index: BillIndex, evidence: Evidence | None,
                           account: str) -> str | None:
    """The account number heading the block `evidence` sits in, when the page heads blocks by
    two or more accounts, the typed `account` among them, and this block is another's."""
    if evidence is None or not account or not 0 < evidence.page <= len(index.pages):
        return None
    page = index.pages[evidence.page - 1]
    heads = []
    for seg in page.segments:
        m = _HEAD.match(seg.text.strip())
        if m is not None and any(c.isdigit() for c in m.group(1)):
            heads.append((seg, _key(m.group(1))))
    typed = _key(account)
    if len({k for _, k in heads}) < 2 or typed not in {k for _, k in heads}:
        return None
    x0, top = evidence.bbox[0], evidence.bbox[1]
    above = [(seg, k) for seg, k in heads if seg.top <= top + 2 and seg.x0 <= x0 + 2
             and top - seg.bottom <= _LINES_ABOVE * page.body_height]
    if not above:
        return None
    seg, k = max(above, key=lambda h: h[0].top)
    return None if k == typed else seg.text.strip()
