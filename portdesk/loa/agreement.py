"""Wrong is worse than empty: a value goes in a blank only when the evidence for it agrees.

Every blank is read by several signals at once: its printed label (and where it sits), the
section it is in, the widget's name and tooltip, and the blank itself (how wide it is, whether it
stands in a column of slots). A value in the wrong box of a signed legal document comes from one
signal deciding alone against the others: a label read from above the blank while the widget's
own name says something else, a name blank 30 points wide, a lone blank whose label merely
mentions "number". Such a blank is left empty and listed, with the disagreement, for the
specialist to place by clicking.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from portdesk.loa.fields import LoaField
from portdesk.loa.phoneboxes import KEY as PHONE_BOXES
from portdesk.loa.phoneboxes import PHONES as PHONE_FIELDS
from portdesk.loa.ticks import Found
from portdesk.loa.vocabulary import normalise

# below this a label alone does not outvote a widget name or tooltip that reads another value
SURE_LABEL = 0.8
# the narrowest single-line blank (points) a value of this kind can be written in at 6 pt
_MIN_WIDTH: dict[LoaField, float] = {
    LoaField.ACCOUNT_NAME: 40.0, LoaField.AUTHORIZED_NAME: 40.0, LoaField.CARRIER: 30.0,
    LoaField.SERVICE_ADDRESS: 60.0, LoaField.STREET: 40.0, LoaField.BILLING_ADDRESS: 60.0,
    LoaField.BILLING_STREET: 40.0, LoaField.CONTACT_EMAIL: 50.0, LoaField.LOCALITY: 40.0,
    LoaField.NUMBER: 30.0, LoaField.BTN: 30.0, LoaField.NEW_BTN: 30.0,
    LoaField.CONTACT_PHONE: 30.0, LoaField.REMAINING_NUMBER: 30.0,
    LoaField.NUMBERS: 30.0, LoaField.REMAINING_NUMBERS: 30.0,
}
# a lone blank read as a number to port must say so: "Telephone number(s)", "Number to port",
# "Rufnummer", not any phrase with the word "number" in it ("Number of employees")
_PORT_WORDS = re.compile(r"\b(port\w*|transfer\w*|mov(e|ed|ing)|switch\w*|portier\w*|porter|"
                         r"portar|overzetten|overstap\w*|conserver|keep|behouden|mitnehmen|"
                         r"numbers|numeros|nummers|rufnummern|lines|lignes|leitungen)\b")
# "new main number for the lines that stay": whatever it asks, no number to port goes there
_STAYING = re.compile(r"\b(stay\w*|remain\w*|keep|kept|retain\w*|restent|restant|conserv\w*|"
                      r"bleiben|verbleib\w*|blijven|blijft|permanec\w*|quedan)\b")
_SHORT_NUMBER_LABEL = 3  # "Telephone number", "Numéro de téléphone": a slot's own label


# the kind of value a label's own words ask for: a name blank whose label speaks of a phone, an
# e-mail or a date ("Telefoon contactpersoon", "Contact e-mail") asks for that, not the name
_KIND_WORDS = {
    # not "tel": French "tel qu'il figure sur la facture" (as it appears on the bill)
    # a phone word naming a thing of the phone's ("phone bill", "telephone company") asks for
    # no phone number
    "a phone": re.compile(r"\b(phone|telephone|telefon\w*|telefoon\w*|telefono|gsm|mobile|"
                          r"mobiel|cellulare|handy|fax|movil)\b(?! (bill|company|companies|"
                          r"provider|service|account|carrier|operator|network|line|lines)\b)"),
    "an e-mail": re.compile(r"\b(e ?mail|courriel|correo|pec)\b"),
    "a date": re.compile(r"\b(date|datum|fecha)\b"),
}
_NAMES = frozenset({LoaField.ACCOUNT_NAME, LoaField.AUTHORIZED_NAME, LoaField.CARRIER,
                    LoaField.AUTHORIZED_TITLE})
_PHONES = frozenset({LoaField.CONTACT_PHONE, LoaField.BTN, LoaField.NEW_BTN, LoaField.NUMBER})
_ASKS_OTHER = {LoaField.CONTACT_EMAIL: ("a phone", "a date"), LoaField.CONTACT_PHONE: ("an e-mail",),
               **dict.fromkeys(_NAMES, ("a phone", "an e-mail", "a date")),
               **dict.fromkeys(_PHONES - {LoaField.CONTACT_PHONE}, ("an e-mail",))}


def disagreement(found: Found, founds: Sequence[Found]) -> str:
    """Why the signals for this blank disagree ('' when they agree): said to the specialist."""
    if found.against and not found.against.endswith(f" reads {found.field}"):
        # (a widget's name that read otherwise than the label may agree with what the section
        # made of it: "Name" under "Contact person" in a widget named "Contact")
        return f"the label reads {found.field}, but {found.against}"
    if other := _label_asks_other(found):
        return f"'{found.evidence}' reads {found.field}, but it asks for {other}"
    if found.blank.extra.get(PHONE_BOXES) and found.field not in PHONE_FIELDS:
        return f"it reads {found.field}, but its boxes '( ) -' are a phone number's"
    if _too_narrow(found):
        return f"{found.blank.width:.0f} points is too narrow for {found.field}"
    if _lone_number(found, founds):
        return f"'{found.evidence}' mentions a number but not one to port"
    if found.field == LoaField.NUMBER and _STAYING.search(normalise(found.evidence)):
        return f"'{found.evidence}' speaks of the numbers that stay, not of one to port"
    return ""


def _too_narrow(found: Found) -> bool:
    b = found.blank
    least = _MIN_WIDTH.get(found.field) if isinstance(found.field, LoaField) else None
    if least is None or b.part or b.extra.get("comb") or found.row_of is not None:
        return False  # date parts, combs and table cells have their own sizes
    return b.width < least and b.lines < 2


def _lone_number(found: Found, founds: Sequence[Found]) -> bool:
    if found.field != LoaField.NUMBER or found.marker is not None or \
            not found.source.startswith("label"):
        return False
    words = normalise(found.evidence).split()
    if len(words) <= _SHORT_NUMBER_LABEL or _PORT_WORDS.search(" ".join(words)):
        return False
    # other number blanks elsewhere on the page do not make it a slot: only a column or a row
    # of them it stands in ("Numéro de facturation principal" above a grid of slots is no slot)
    b = found.blank
    return not any(o is not found and o.field == LoaField.NUMBER and o.blank.page == b.page
                   and (abs(o.blank.rect[0] - b.rect[0]) < 4 or abs(o.blank.rect[1] - b.rect[1]) < 3)
                   for o in founds)


def _label_asks_other(found: Found) -> str:
    """The kind of value the label's words name that the field read from it is not."""
    kinds = _ASKS_OTHER.get(found.field) if isinstance(found.field, LoaField) else None
    if not kinds or not found.source.startswith("label"):
        return ""
    words = normalise(found.evidence)
    return next((k for k in kinds if _KIND_WORDS[k].search(words)), "")
