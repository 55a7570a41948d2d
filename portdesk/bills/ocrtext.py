"""The bill's own values as a scan shows them, without the marks OCR adds to their ends or case.

The open extraction returns the bill's value for "Use bill value" and for the figures; on a scan
that value carries what OCR did to the print: a rule's edge or a speck read as a dash after the
last word ('GOLDEN GATE REALTY CORP.-', 'Repair Inc -', '4099 Ridge Dr-'), and letters drawn the
same in both cases read in the other one ('SILVER PINE DENTAL GROUP co.'). No value ends with a
dash, and a word of such letters in a name printed in capitals is in capitals. Nothing else is
changed: a letter or a digit read wrong stays as read (the check doubts it by its confidence).
"""

from __future__ import annotations

import re
from dataclasses import replace

from portdesk.domain.case import Address

_TRAILING = re.compile(r"[\s]*[-–—_~]+$")
_ONE_SHAPE = re.compile(r"^[cosvwxz]+\.?$")


def tidy_value(text: str) -> str:
    """A name or an address line read by OCR, without a dash after it and with the case of a
    word OCR cannot tell ('co.' in 'DENTAL GROUP co.') taken from the rest of the value."""
    text = _TRAILING.sub("", text.rstrip())
    words = text.split(" ")
    letters = [c for w in words if not _ONE_SHAPE.match(w) for c in w if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        words = [w.upper() if _ONE_SHAPE.match(w) else w for w in words]
    return " ".join(words)


def tidy_address(address: Address) -> Address:
    return replace(address, line1=tidy_value(address.line1), line2=tidy_value(address.line2),
                   city=tidy_value(address.city))
