"""A state, province or territory by its code or its name: the same region either way.

Forms ask for the region in a drop-down whose options are codes ("QC", "NSW") or names
("Québec", "New South Wales"), and the case keeps whichever the specialist typed. The codes are
the postal ones each country prints on its own forms (ISO 3166-2's subdivision part for Canada
and Australia, USPS for the US).
"""

from __future__ import annotations

import unicodedata

from portdesk.domain.case import US_STATES

_CA: dict[str, tuple[str, ...]] = {
    "AB": ("Alberta",), "BC": ("British Columbia", "Colombie-Britannique"),
    "MB": ("Manitoba",), "NB": ("New Brunswick", "Nouveau-Brunswick"),
    "NL": ("Newfoundland and Labrador", "Terre-Neuve-et-Labrador"),
    "NS": ("Nova Scotia", "Nouvelle-Écosse"),
    "NT": ("Northwest Territories", "Territoires du Nord-Ouest"), "NU": ("Nunavut",),
    "ON": ("Ontario",), "PE": ("Prince Edward Island", "Île-du-Prince-Édouard"),
    "QC": ("Quebec", "Québec"), "SK": ("Saskatchewan",), "YT": ("Yukon",),
}
_AU: dict[str, tuple[str, ...]] = {
    "ACT": ("Australian Capital Territory",), "NSW": ("New South Wales",),
    "NT": ("Northern Territory",), "QLD": ("Queensland",), "SA": ("South Australia",),
    "TAS": ("Tasmania",), "VIC": ("Victoria",), "WA": ("Western Australia",),
}
REGIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "US": {code: (name,) for code, name in US_STATES.items()}, "CA": _CA, "AU": _AU,
}


def region_spellings(value: str, country: str) -> list[str]:
    """Every way the region `value` is written: itself, and (when it is one of the country's
    regions, by code or by name) its code and its names. A value of no known region is only
    itself: an unknown name is never guessed at."""
    table = REGIONS.get(country.upper(), {})
    wanted = _plain(value)
    for code, names in table.items():
        if wanted in {_plain(code), *(_plain(n) for n in names)}:
            return [value, code, *names]
    return [value]


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()
