"""Which country an address is in when the entry does not say.

Specialists type UK, Irish and Canadian addresses without a country, and a silent "US" default
then refuses a London postcode ("not a ZIP") or, worse, writes the address the US way on a UK
form. The address's own shape decides first (a US state or a Canadian province, a postcode only
one country writes that way), then the country of the numbers being ported (+44: the UK); a
five-digit code is a US ZIP only when nothing says otherwise (Germany writes them too).
"""

from __future__ import annotations

import re

from portdesk.domain.case import CA_PROVINCES, US_STATES

_BY_POSTCODE = (
    ("CA", re.compile(r"^[ABCEGHJ-NPRSTVXY]\d[A-Z] ?\d[A-Z]\d$", re.IGNORECASE)),
    ("IE", re.compile(r"^([AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}$", re.IGNORECASE)),
    ("GB", re.compile(r"^(GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$", re.IGNORECASE)),
    ("NL", re.compile(r"^\d{4} ?[A-Z]{2}$", re.IGNORECASE)),
)


def infer_country(state: str, postal_code: str, numbers_country: str | None) -> str:
    """The address's country from its state, its postcode's shape, else the numbers'; "US"
    when nothing says (the legacy default, which the ZIP check then holds to account)."""
    if state in US_STATES:
        return "US"
    if state in CA_PROVINCES:
        return "CA"
    postal = postal_code.strip()
    for country, shape in _BY_POSTCODE:
        if postal and shape.match(postal):
            return country
    return numbers_country or "US"
