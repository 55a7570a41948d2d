"""A bill of several accounts, each printed as its own block headed by its number ('Account
978516' over a location and its main number, 'Account 496758' beside it): a value read in one
block belongs to that block's account.

On a scan the block of the case's own account may have lost its value in the pixels while the
next block's value reads clearly; the open extraction then takes the other account's value for
the bill's. That value contradicts nothing the case typed: the case's account is another block,
so a mismatch resting on it is a question for the eye. The block of a value is the last account
heading above it or on its own line that starts at or left of it (reading order), within a few
lines ('Account 86744500  Main Number 308-555-0111' on one row is that account's).

A master account over sub-accounts is such a bill too ('SUB-ACCOUNT 1493172-001', 'SUB ACCT
327-94137' under 'MSTR ACCT'): the typed account may head its block on another page, or only be
listed (a summary's row) while the pages in hand hold other sub-accounts' blocks alone (a scan of
the first pages, a text bill cut short). The typed account printed anywhere on the bill is
enough on a scan (its own heading may be what OCR broke); on a text layer, where nothing is lost
in the pixels, only when no block on the pages in hand is headed by it (its own block, present,
is judged as read).
"""

from __future__ import annotations

import re

from portdesk.bills.layout import Segment
from portdesk.bills.pageindex import BillIndex, PageIndex
from portdesk.bills.values import Evidence
from portdesk.bills.vocab import VOCAB

_LABELS = sorted((w for w in VOCAB["account_number"] if len(w) >= 4), key=len, reverse=True)
_HEAD = re.compile(r"^(?:sub[- ]?)?(?:" + "|".join(re.escape(w) for w in _LABELS)
                   + r"|acct\.?)\s*[:#.]?\s*([A-Z0-9][A-Z0-9\- ]{3,}?)\s*$", re.IGNORECASE)
_LABEL_ONLY = re.compile(r"^(?:sub[- ]?)?(?:" + "|".join(re.escape(w) for w in _LABELS)
                         + r"|acct\.?)\s*[:#.]?$", re.IGNORECASE)
_VALUE = re.compile(r"^[A-Z0-9][A-Z0-9\-]{3,}$", re.IGNORECASE)
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-]*")
_LINES_ABOVE = 8  # a block's heading within this many body lines over its value


def _key(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", text).upper()


def _number_key(value: str) -> str:
    """The account number opening a heading's value: its words holding a digit, up to the
    first that holds none ('9154072-001 BRANCH OFFICE' is account 9154072-001)."""
    words = []
    for word in value.split():
        if not any(c.isdigit() for c in word):
            break
        words.append(word)
    return _key(" ".join(words))


def _heads(page: PageIndex) -> list[tuple[Segment, str, str]]:
    """Each account heading of the page and its number's key: the label and its value in one
    run of words, or the label alone with the value the next run on its line (a scan's gap
    after 'SUB ACCT' splits them)."""
    heads = []
    segments = page.segments
    for i, seg in enumerate(segments):
        m = _HEAD.match(seg.text.strip())
        if m is not None and any(c.isdigit() for c in m.group(1)):
            heads.append((seg, _number_key(m.group(1)), seg.text.strip()))
        elif _LABEL_ONLY.match(seg.text.strip()):
            after = [s for s in segments[i + 1:i + 3] if s.line == seg.line and s.x0 > seg.x1]
            if after and _VALUE.match(after[0].text.strip()) and any(
                    c.isdigit() for c in after[0].text):
                heads.append((seg, _key(after[0].text), f"{seg.text} {after[0].text}".strip()))
    return heads


def _printed(index: BillIndex, typed: str) -> bool:
    return any(_key(t) == typed for page in index.pages for seg in page.segments
               for t in _TOKEN.findall(seg.text))


def another_accounts_block(index: BillIndex, evidence: Evidence | None,
                           account: str, on_scan: bool = True) -> str | None:
    """The account number heading the block `evidence` sits in, when the bill heads blocks by
    two or more accounts, the typed `account` printed on it, and this block is another's."""
    if evidence is None or not account or not 0 < evidence.page <= len(index.pages):
        return None
    typed = _key(account)
    every = {k for p in index.pages for _, k, _ in _heads(p)}
    if typed in every:
        if not on_scan:
            return None  # a text bill: the typed account's own block is in hand, judged as read
    elif not _printed(index, typed):
        return None
    if len(every | {typed}) < 2:
        return None
    head = _head_above(index, evidence)
    return None if head is None or head[0] == typed else head[1]


def heads_own_block_elsewhere(index: BillIndex, evidence: Evidence | None,
                              account: str) -> str | None:
    """The heading of the block `evidence` sits in, when the bill heads blocks by two or more
    accounts, the typed `account` heads one of them, and this block is another account's: a
    value read there is that account's, not the typed one's (text or scan alike: the typed
    account's own block is on the bill, so it is no loss in the pixels)."""
    if evidence is None or not account or not 0 < evidence.page <= len(index.pages):
        return None
    typed = _key(account)
    every = {k for p in index.pages for _, k, _ in _heads(p) if k}  # 'Account Summary for ...'
    if typed not in every or len(every) < 2:  # heads no account's block: no number opens it
        return None
    head = _head_above(index, evidence)
    return None if head is None or head[0] in (typed, "") else head[1]


def in_accounts_block(index: BillIndex, evidence: Evidence | None, account: str) -> bool:
    """`evidence` sits in the block headed by the typed `account` itself, or on its row of a
    table of the accounts ('4056560-03  2647 Main Way ...  (614) 555-0115')."""
    if evidence is None or not account or not 0 < evidence.page <= len(index.pages):
        return False
    typed = _key(account)
    page = index.pages[evidence.page - 1]
    middle = (evidence.bbox[1] + evidence.bbox[3]) / 2
    if any(seg.top <= middle <= seg.bottom and any(_key(t) == typed for t in _TOKEN.findall(
            seg.text)) for seg in page.segments):
        return True
    head = _head_above(index, evidence)
    return head is not None and head[0] == typed


def _head_above(index: BillIndex, evidence: Evidence) -> tuple[str, str] | None:
    page = index.pages[evidence.page - 1]
    x0, top = evidence.bbox[0], evidence.bbox[1]
    above = [h for h in _heads(page) if h[0].top <= top + 2 and h[0].x0 <= x0 + 2
             and top - h[0].bottom <= _LINES_ABOVE * page.body_height]
    if not above:
        return None
    # the nearest heading: the lowest, and of headings side by side on its row ('Account
    # 401971 ... Account 461454'), the one nearest on the left (a row's blocks stand in columns)
    low = max(h[0].top for h in above)
    _, k, shown = max((h for h in above if low - h[0].top <= page.body_height * 0.8),
                      key=lambda h: h[0].x0)
    return k, shown
