"""An account number typed with one printed group more or less: the same account, or not?

Billing systems print an account with parts a customer's record may leave out: a check digit
after a hyphen ('82698980-8' for '82698980'), a sequence or sub-account suffix ('4410 2273
001'), a region or system prefix ('01-4410227'). When the typed value is the bill's with one
whole group at either end taken away, or the bill's is the typed one's so shortened, the bill
cannot say whether the carrier's port desk wants the longer form or accepts the shorter: it is
no other account (no character of either disagrees), and no match either. The verdict is a
question with both shown. A group cut inside ('82698980-' for '82698980-8' is one, '8269898'
is not: a digit less inside a group is a typo, a mismatch) and a dropped part as long as what
is kept (half an account is no check digit) stay mismatches.
"""

from __future__ import annotations

import re

from portdesk.bills.values import Evidence
from portdesk.bills.verdicts import FieldCheck, Verdict

_MIN_KEPT = 4  # a kept part shorter than this is no account on its own


def _key(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", text).upper()


def group_apart(typed: str, printed: str) -> str | None:
    """The group one value prints and the other leaves out, or None.

    The longer value's groups are its runs of letters and digits between separators (a hyphen,
    a space, a slash, a dot); the shorter value's letters and digits must be all of them but
    the first or the last group, which must be shorter than what is left."""
    a, b = _key(typed), _key(printed)
    if not a or not b or a == b:
        return None
    shorter, longer = (a, printed) if len(a) < len(b) else (b, typed)
    groups: list[str] = [str(g).upper() for g in re.findall(r"[0-9A-Za-z]+", longer)]
    if len(groups) < 2 or len(shorter) < _MIN_KEPT:
        return None
    for dropped, kept in ((groups[-1], groups[:-1]), (groups[0], groups[1:])):
        if "".join(kept) == shorter and len(dropped) < len(shorter):
            return dropped
    return None


def group_apart_check(typed: str, printed: str, evidence: Evidence | None) -> FieldCheck | None:
    """The verdict for an account typed with a printed group more or less (see the module)."""
    dropped = group_apart(typed, printed)
    if dropped is None:
        return None
    more, less = ("bill's", "case's") if len(_key(printed)) > len(_key(typed)) else (
        "case's", "bill's")
    return FieldCheck("account_number", Verdict.UNVERIFIABLE, typed, printed,
                      f"the bill prints the account number as \"{printed}\": the {more} form "
                      f"has a group the {less} leaves out (\"{dropped}\": a check digit, a prefix "
                      f"or a suffix one record may not hold); no other account, but the bill "
                      f"cannot say which form the carrier's port desk needs: ask it", None,
                      evidence)
