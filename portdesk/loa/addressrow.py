"""An address in cells on one row: "Calle | Número | Piso / Puerta | C.P. | Localidad",
"Via | Civico", "Straße | Hausnummer".

A cell captioned with a bare number word beside the street's cell is the house number, a
part of the street line the case holds whole (the street is written in its own cell), never
a telephone number to port. Only a row that is plainly an address (a street cell and at
least one more part of the address on the same row) reads it so; under a numbers heading a
bare "Número" is still a number.
"""

from __future__ import annotations

from collections.abc import Sequence

from portdesk.loa.fields import LoaField
from portdesk.loa.ticks import Found
from portdesk.loa.vocabulary import NOT_OURS, normalise

# the words of a house number's caption in the lexicons' languages ("Número", "Civico",
# "Hausnummer", "Số nhà / House no."): a caption made of these words only
_HOUSE_WORDS = frozenset({"numero", "number", "no", "nr", "n", "num", "nummer", "numer", "nro",
                          "civique", "civico", "civic", "house", "hausnummer", "huisnummer",
                          "cislo", "broj", "szam", "numar", "so", "nha", "porta", "portal"})
_PARTS = frozenset({LoaField.SUITE, LoaField.POSTAL_CODE, LoaField.CITY, LoaField.STATE,
                    LoaField.BILLING_POSTAL_CODE, LoaField.BILLING_CITY, LoaField.BILLING_STATE})
_STREETS = frozenset({LoaField.STREET, LoaField.BILLING_STREET})
_SAME_ROW = 4.0  # points between the bottoms of two cells of one row


def house_number_cells(founds: Sequence[Found]) -> None:
    """A bare number caption on an address row is the house number: not ours on its own."""
    for f in founds:
        said = normalise(f.evidence).split()
        if f.field not in (LoaField.NUMBER, *_STREETS) or not said or \
                not set(said) <= _HOUSE_WORDS:
            continue
        row = [o for o in founds if o is not f and o.blank.page == f.blank.page
               and abs(o.blank.rect[1] - f.blank.rect[1]) <= _SAME_ROW]
        if any(o.field in _STREETS and not set(normalise(o.evidence).split()) <= _HOUSE_WORDS
               for o in row) and any(o.field in _PARTS for o in row):
            f.field = NOT_OURS
            f.note("the house number: the street's cell holds the whole street")
