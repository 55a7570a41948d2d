"""Values written a character a box into a comb ("Eircode [][][][][][][]"), and numbers into
combs split in groups ("[][][] [][][] [][][][]", "DDD [][] número [][][][][][][][]").

A number in a comb is written as the form's boxes count it: the national significant number
(Brazil's DDD and number, 2 + 8), or with the national prefix (South Africa's 021 555 0123 in
3 + 3 + 4), or with its country code; never cut to fit.
"""

from __future__ import annotations

import re

from portdesk.loa.fields import LoaField
from portdesk.loa.overlay import Stamp, text_width

Rect = tuple[float, float, float, float]
_PHONES = frozenset({LoaField.NUMBER, LoaField.REMAINING_NUMBER, LoaField.BTN,
                     LoaField.NEW_BTN, LoaField.CONTACT_PHONE})


def comb_text(value: str, boxes: int, field: LoaField | None = None, country: str = "") -> str:
    """The value a character a box: as printed when it fits, else without its spaces and
    separators ("D02 X285" in 7 boxes, "+353 1 555 0210" as digits), else '' (it does not fit).
    A phone number: its digits as the boxes count them (national, with its prefix, or whole)."""
    exact = [d for d in _number_digits(value, country) if len(d) == boxes] \
        if field in _PHONES else []
    if exact:
        return exact[0]
    if len(value) <= boxes:
        return value
    squeezed = "".join(ch for ch in value if ch not in " -./()")
    return squeezed if len(squeezed) <= boxes else ""


def _number_digits(value: str, country: str) -> list[str]:
    import phonenumbers  # the number's own plan says its national form

    whole = re.sub(r"\D", "", value)
    try:
        parsed = phonenumbers.parse(value, country or "US")
    except phonenumbers.NumberParseException:
        return [whole]
    nsn = phonenumbers.national_significant_number(parsed)
    meta = phonenumbers.PhoneMetadata.metadata_for_region(
        phonenumbers.region_code_for_number(parsed) or country or "US")
    prefix = (meta.national_prefix or "") if meta is not None else ""
    return [nsn, prefix + nsn, whole]


def comb_stamps(page: int, value: str, rect: Rect, boxes: int,
                cells: list[tuple[float, float]]) -> list[Stamp]:
    """One character per box, centred in its box (the boxes' own spans when they come in
    groups with gaps between them, else the comb's width shared evenly)."""
    size = max(6.0, min(10.0, (rect[3] - rect[1]) * 0.6))
    y = rect[1] + (rect[3] - rect[1] - size * 0.7) / 2
    width = (rect[2] - rect[0]) / boxes
    spans = cells if len(cells) == boxes else [(rect[0] + n * width, rect[0] + (n + 1) * width)
                                               for n in range(boxes)]
    return [Stamp(page, (x0 + x1 - text_width(ch, size)) / 2, y, ch, size)
            for (x0, x1), ch in zip(spans, value, strict=False) if ch != " "]
