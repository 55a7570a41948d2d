"""Words a trade or a country uses that the broad rules misread: a mobile operator's
"connections" are the lines to port (or to keep), and in India the "PIN code" is the postcode
(the Postal Index Number; a port there goes by a unique porting code, never by a PIN); in Peru
and its neighbours the "Departamento" is the region, in Argentina and Chile the flat.

Kept apart from the broad label rules (labelwords.py) and tick words (tickwords.py) so that a
country's habit stays beside its reason; both read these first.
"""

from __future__ import annotations

import re

from portdesk.loa.fields import LoaField

# label rules, read before the broad ones: (field, strength, pattern on the normalised label)
TRADE_RULES: list[tuple[LoaField | str, float, str]] = [
    # "Connections retained with the donor operator": the lines that stay, not the operator
    # (the participle right after the lines: "New main number for the remaining lines" is the
    # new BTN)
    (LoaField.REMAINING_NUMBERS, 1.0, r"\b(connections?|lines?|numbers?) (being )?"
                                      r"(retained|kept|remaining|staying)\b"),
]

_FULL = re.compile(r"\ball (the |my |our |of the |of our )?(mobile |active )?connections\b")
_PARTIAL = re.compile(r"\bonly (\w+ ){0,3}?connections\b|\bconnections (listed|below|not)\b")
_PIN_CODE = re.compile(r"^(postal )?(pin ?code|pincode)( no| number)?$")
_PIN_IS_POSTCODE = frozenset({"IN"})  # countries whose postcode is called the PIN code
# countries whose "Departamento" is the region (Peru, Colombia, Bolivia, Uruguay, Paraguay,
# Central America), not the flat it is in Argentina, Chile or Spain
_DEPARTMENT_IS_REGION = frozenset({"PE", "CO", "BO", "UY", "PY", "GT", "HN", "SV", "NI"})
_DEPARTMENT = re.compile(r"^(departamento|dpto|depto)$")


def connection_tick(norm: str) -> LoaField | None:
    """'All connections under the account' / 'Only the connections listed': full or partial."""
    if _PARTIAL.search(norm):
        return LoaField.PARTIAL_PORT
    return LoaField.FULL_PORT if _FULL.search(norm) else None


def local_field(field: LoaField | str, words: str, country: str) -> LoaField | str:
    """The field a label means in the customer's country when its habit differs."""
    if field == LoaField.PIN and country in _PIN_IS_POSTCODE and _PIN_CODE.match(words):
        return LoaField.POSTAL_CODE
    if field == LoaField.SUITE and country in _DEPARTMENT_IS_REGION and _DEPARTMENT.match(words):
        return LoaField.STATE
    return field
