"""The number a bill is for: "Summary for (508) 555-0142", "Statement for 508-555-0142".

A wireline bill headed by one telephone number is that number's bill: the number stands for the
account, which is what a billing number is. A wireless bill heads each line's charges the same
way ("Summary for" one line after another), and there the heading names a line, not the account;
so the rule holds only when the bill heads exactly one number so, and labels no other number as
the billing number.
"""

from __future__ import annotations

import re

from portdesk.bills.context import Context
from portdesk.bills.findbase import Found
from portdesk.bills.findphones import phone_index
from portdesk.bills.pageindex import BillIndex

_FOR = re.compile(r"(?i)^\W*(?:(?:account|monthly|your)\s+)?(?:summary|statement|bill|invoice)"
                  r"(?:\s+of\s+(?:charges|account))?\s+for\W*$|^\W*r[ée]sum[ée] (?:pour|du)\W*$")


def heads_the_bill(found: Found) -> bool:
    """The number printed right after a "Summary for" of its own line."""
    return bool(found.whole and found.places and found.places[0].relation == "line"
                and _FOR.match(found.places[0].label))


def billed_for(bill: BillIndex) -> str | None:
    """The one number the bill says it is for, or None (none, or one per line)."""
    cached = bill.cache.get("billed_for")
    if cached is not None:
        return str(cached) or None
    phones = phone_index(bill)
    heads = {e164 for e164, found in phones.items() if any(map(heads_the_bill, found))}
    labelled = {e164 for e164, found in phones.items()
                if any(f.places and f.places[0].context == Context.BTN for f in found)}
    got = next(iter(heads)) if len(heads) == 1 and labelled <= heads else ""
    bill.cache["billed_for"] = got
    return got or None


def as_billing_number(found: Found) -> Found:
    """The number's sighting under its "Summary for" heading read as the billing number."""
    place = found.places[0]
    return Found(found.form, found.evidence,
                 (type(place)(Context.BTN, place.label, "line"), *found.places[1:]),
                 found.read_conf, found.whole)
