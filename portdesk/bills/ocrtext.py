"""The bill's own values as a scan shows them, without the marks OCR adds to their ends or case.

The open extraction returns the bill's value for "Use bill value" and for the figures; on a scan
that value carries what OCR did to the print: a rule's edge or a speck read as a dash after the
last word ('GOLDEN GATE REALTY CORP.-', 'Repair Inc -', '4099 Ridge Dr-'), and letters drawn the
same in both cases read in the other one ('SILVER PINE DENTAL GROUP co.'), a speck read as an
accent ('Dénver'). No value ends with a dash, a word of such letters in a name printed in
capitals is in capitals, a US address has no accents. Nothing else is changed: a letter or a digit read wrong stays as read (the check doubts it by its confidence).
"""

from __future__ import annotations

import re
from dataclasses import replace

from portdesk.domain.case import US_STATES, Address

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
    """An address's lines tidied; in a US address an accent on a letter is a speck over it
    ('Dénver', '4099 Ridgé Dr'): US bills print street and city names without accents."""
    lines = [tidy_value(t) for t in (address.line1, address.line2, address.city)]
    if address.state.upper() in US_STATES:
        lines = [_unaccented(t) for t in lines]
    return replace(address, line1=lines[0], line2=lines[1], city=lines[2])


def _unaccented(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))
