"""An address asked twice on one page: the second block is someone else's until it says whose.

A form asks for the service address once per page. A second block of street, town and postcode
on the same page is another party's (a billing address "if different", a mailing address, the
new provider's or the contact's), and when its heading was not read, every one of its blanks
would take the service address: a value in the wrong box of a signed document (round 9: six
misplaced on one form; round 10: seven). So the first block on the page, or the one whose own
label says it is the service location, keeps the service address; a further block whose labels
say nothing of whose it is stays empty and is listed for the specialist.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from portdesk.loa.blanks import Blank
from portdesk.loa.copies import copy_offsets, is_copy_of
from portdesk.loa.fields import LoaField
from portdesk.loa.labels import PageText
from portdesk.loa.ticks import Found
from portdesk.loa.vocabulary import NOT_OURS, classify, normalise, provider_role

_LINES = frozenset({LoaField.STREET, LoaField.SERVICE_ADDRESS})
_PARTS = frozenset({LoaField.SUITE, LoaField.CITY, LoaField.STATE, LoaField.POSTAL_CODE,
                    LoaField.LOCALITY})
# a label that says the block is the service location's, in the languages of the forms we fill
_SERVICE = re.compile(r"\b(service|installation|installations\w*|site|premises|standort|"
                      r"installatie\w*|instalacion|installazione|where the (lines|numbers) are|"
                      r"line location|anschlussadresse|adresse (du|de) (service|raccordement|"
                      r"l installation)|leveringsadres|aansluitadres|domicilio del servicio)\b")
_CONTINUED = re.compile(r"\bline\s*[2-9]\b|\bcont\.|\b(continued|suite|fortsetzung|vervolg)\b",
                        re.IGNORECASE)
_NEXT_LINE = 1.6  # line heights: "Address line 2" right under line 1 continues the same block
_PART_REACH = 80.0  # points under an address line its town and postcode blanks may sit


_HEADED = 30.0  # points above an address line its block's heading may sit


def address_asked_twice(founds: Sequence[Found],
                        texts: dict[int, PageText] | None = None) -> None:
    """Mark the blanks of a second, unnamed address block on a page: against, left empty. A
    block is named the service's by its own label or by the heading right over it
    ("Indirizzo di installazione delle linee" over "Via | Civico | CAP")."""
    pages: dict[int, list[Found]] = {}
    for f in founds:  # a numbers table's address column repeats the service address on each
        if f.field in _LINES and not f.against and f.row_of is None:  # number's row: no block
            pages.setdefault(f.blank.page, []).append(f)
    for lines in pages.values():
        lines.sort(key=lambda f: (-f.blank.rect[3], f.blank.rect[0]))
        named = [f for f in lines if _SERVICE.search(normalise(f.evidence)) or (
            texts is not None and _headed_service(f, texts[f.blank.page]))]
        blocks = _blocks(lines)
        keep = next((b for b in blocks if any(f in named for f in b)), blocks[0])
        for block in blocks:
            if block is keep or any(f in named for f in block):
                continue
            for f in block:
                f.against = ("it is a second address block on this page and nothing says it "
                             "is the service address")
            _mark_parts(founds, lines, block)


_ANY_LINE = _LINES | {LoaField.BILLING_ADDRESS, LoaField.BILLING_STREET}


def address_line_continued(founds: Sequence[Found]) -> None:
    """A blank whose label says it continues the address line right above it ("Address line 2",
    "(cont.)") takes nothing of its own: the line above holds the whole street, and a second
    copy of it on a signed form is a doubled address, not a continuation."""
    lines = [f for f in founds if f.field in _ANY_LINE]
    for f in lines:
        if f.against or not _CONTINUED.search(f.evidence):
            continue
        if any(o is not f and o.blank.page == f.blank.page and _continues(f.blank, o.blank)
               and o.blank.rect[1] > f.blank.rect[1] for o in lines):
            f.against = "it continues the address line above it, which holds the whole street"


def carrier_asked_twice(founds: Sequence[Found]) -> None:
    """The carrier's name where its own label asks for it, and again on the same page where only
    the heading over a blank made it the carrier ("Name on the account" under "Account with your
    current carrier"): the second is the customer's, or someone else's; left empty, said."""
    carriers = [f for f in founds if f.field == LoaField.CARRIER and not f.against
                and f.source.startswith("label")]
    own = {f.blank.page for f in carriers if _says_carrier(f.evidence)}
    for f in carriers:
        if f.blank.page in own and not _says_carrier(f.evidence):
            f.against = ("the carrier's own box is elsewhere on this page; only the heading over "
                         "this one says carrier")


# an account said to be held at someone ("Kundennummer bei ...", "account number with ...")
_HELD_AT = re.compile(r"\b(bei|beim|with|at|chez|aupres|con|bij|presso|hos|junto)\b")


def account_asked_twice(founds: Sequence[Found]) -> None:
    """The account number where its label says it is held at the current provider, and again
    where its label says it is held at someone not said to be the current provider ("Ihre
    Kundennummer bei <the form's own company>"): the second is the customer's account with that
    other party (DOMAIN.md: the losing carrier checks the account it knows the customer by);
    left empty, said."""
    accounts = [f for f in founds if f.field == LoaField.ACCOUNT_NUMBER and not f.against
                and f.source.startswith("label")]
    if not any(provider_role(f.evidence) == "losing" for f in accounts):
        return
    for f in accounts:
        norm = normalise(f.evidence)
        if _HELD_AT.search(norm) and provider_role(norm) != "losing":
            f.against = ("the account with the current provider has its own box; this one is "
                         "said to be held elsewhere")


def _headed_service(f: Found, text: PageText) -> bool:
    """The nearest heading over the block's line (past its own label) names the service's."""
    lines = [ln for ln in text.context(f.blank.rect, reach=_HEADED)
             if normalise(ln.text) != normalise(f.evidence)]
    return any(_SERVICE.search(normalise(ln.text)) for ln in lines[:2])


def _says_carrier(label: str) -> bool:
    read = classify(label)
    return read is not None and read.field == LoaField.CARRIER


def _blocks(lines: list[Found]) -> list[list[Found]]:
    """Address lines in reading order, grouped: a line right under (or beside) another one
    continues its block ("Address line 1" then "Address line 2")."""
    blocks: list[list[Found]] = []
    for f in lines:
        home = next((b for b in blocks if any(_continues(f.blank, o.blank) for o in b)), None)
        if home is None and _CONTINUED.search(f.evidence):  # "Address line 2": its own label
            home = next((b for b in reversed(blocks)  # says it goes on from the line above
                         if _right_under(f.blank, b[-1].blank)), None)
        if home is None:
            blocks.append([f])
        else:
            home.append(f)
    return blocks


def _right_under(b: Blank, above: Blank) -> bool:
    return abs(b.rect[0] - above.rect[0]) <= 40 and 0 <= above.rect[1] - b.rect[3] + 2 \
        <= _PART_REACH


def _continues(b: Blank, above: Blank) -> bool:
    height = max(above.rect[3] - above.rect[1], 8.0)
    under = abs(b.rect[0] - above.rect[0]) <= 40 and \
        0 <= above.rect[1] - b.rect[3] + 2 <= _NEXT_LINE * height
    beside = min(b.rect[3], above.rect[3]) - max(b.rect[1], above.rect[1]) > 0.5 * height
    return under or beside


def _mark_parts(founds: Sequence[Found], lines: Sequence[Found], block: list[Found]) -> None:
    """The town, province and postcode blanks whose address line is one of the block's: the
    line on their row to their left, else the nearest line above them."""
    for f in founds:
        if f.field not in _PARTS or f.against:
            continue
        if _line_of(f.blank, lines) in block:
            f.against = "it belongs to a second address block that nothing says is the service's"


def _line_of(b: Blank, lines: Sequence[Found]) -> Found | None:
    r = b.rect
    same = [o for o in lines if o.blank.page == b.page]
    row = [o for o in same if o.blank.rect[2] <= r[0] + 2 and
           min(r[3], o.blank.rect[3]) - max(r[1], o.blank.rect[1]) > 0.5 * (r[3] - r[1])]
    if row:
        return max(row, key=lambda o: o.blank.rect[2])
    above = [o for o in same if 0 <= o.blank.rect[1] - r[3] + 2 <= _PART_REACH]
    over = [o for o in above if min(o.blank.rect[2], r[2]) > max(o.blank.rect[0], r[0])]
    return min(over or above, key=lambda o: o.blank.rect[1] - r[3], default=None)


# a part of a town the case does not hold: beside a town blank it is not the town
_PART_OF_TOWN = re.compile(r"\b(suburb|locality|colonia|barrio|neighbou?rhood|district|"
                           r"quartier|ortsteil|wijk)\b")
_TOWN = re.compile(r"\b(city|town|ville|ort|stadt|plaats|ciudad|citta|municipio|alcaldia|"
                   r"localidad|gemeinde|gemeente|commune)\b")


def town_asked_twice(founds: Sequence[Found]) -> None:
    """"Suburb" and "City" on one page: the city takes the town, the suburb stays empty (the
    case has none); alone, "Suburb" (an Australian form's) is the town."""
    towns = [f for f in founds if f.field == LoaField.CITY]
    boxes = [f.blank for f in founds if _PO_BOX.search(normalise(f.evidence))]
    for f in towns:  # "P.O. Box ____ - ____ Town ____": the postal address's town, not ours
        if any(_row(b, f.blank) for b in boxes) and any(
                o is not f and o.blank.page == f.blank.page and not any(
                    _row(b, o.blank) for b in boxes) for o in towns):
            f.field = NOT_OURS
            f.note("the town of a P.O. box address")
    _province_under_a_department(founds)
    towns = [f for f in towns if f.field == LoaField.CITY]
    for f in towns:
        said = normalise(f.evidence)
        if _PART_OF_TOWN.search(said) and not _TOWN.search(said) and any(
                o is not f and o.blank.page == f.blank.page and _TOWN.search(normalise(o.evidence))
                for o in towns):
            f.against = "a part of the town beside the town's own blank: the case has none"
    _municipality_beside_the_town(towns, founds)


# a municipality (an area around the town that may hold several towns), in the languages whose
# forms ask for it beside the town: alone it is where the customer lives, beside the town's own
# blank it is an area the case does not hold
_MUNICIPALITY = re.compile(r"\b(municipality|municipalite|municipio|municipi|comune|gemeinde|"
                           r"gemeente|kommune|kommun|kommuna|kunta|kotikunta|obcina|opcina|"
                           r"obec|gmina|sveitarfelag|savivaldybe|novads|pagasts|vald|dimos|"
                           r"obshtina|concelho|borough|township|parish)\b")


# a parish where parishes are the country's first division (the Caribbean islands, Bermuda):
# beside the town's own blank, with no region blank of its own, it is the region
_PARISH = re.compile(r"^(the )?parish$")


def _municipality_beside_the_town(towns: Sequence[Found], founds: Sequence[Found]) -> None:
    """"Kraj" and "Občina", "Staður" and "Sveitarfélag", "By" and "Kommune" on one page: the
    town takes the town, the municipality stays empty and is said (the two differ). A bare
    "Parish" beside the town's own blank, on a page asking no region, is the region."""
    own = [f for f in towns if f.field == LoaField.CITY and not f.against
           and not _MUNICIPALITY.search(normalise(f.evidence))
           and (_TOWN.search(normalise(f.evidence))  # "Town / District" names the town
                or not _PART_OF_TOWN.search(normalise(f.evidence)))]
    for f in towns:
        if f.field != LoaField.CITY or f.against or f in own:
            continue
        if not any(o.blank.page == f.blank.page for o in own):
            continue
        if _PARISH.match(normalise(f.evidence)) and not any(
                o.field == LoaField.STATE and o.blank.page == f.blank.page for o in founds):
            f.field = LoaField.STATE
            f.note("a parish beside the town's own blank, and no region blank: the region")
            continue
        f.against = ("a municipality beside the town's own blank: an area around the town "
                     "the case does not hold")


_PO_BOX = re.compile(r"\b(p ?o ?box|post office box|postfach|boite postale|bp|casilla( de correo)?|"
                     r"apartado( postal)?|caixa postal|postbus|postboks|box)\b")


def _row(a: Blank, b: Blank) -> bool:
    shared = min(a.rect[3], b.rect[3]) - max(a.rect[1], b.rect[1])
    return a.page == b.page and shared > 0.5 * min(a.rect[3] - a.rect[1], b.rect[3] - b.rect[1])


_DEPARTMENT = re.compile(r"^(departamento|dpto|depto)$")
_PROVINCE = re.compile(r"^(provincia|prov)$")


def _province_under_a_department(founds: Sequence[Found]) -> None:
    """Peru's "Distrito / Provincia / Departamento": the department is the region (tradewords
    made it the state), the province a part of it the case does not hold."""
    states = [f for f in founds if f.field == LoaField.STATE]
    if not any(_DEPARTMENT.match(normalise(f.evidence)) for f in states):
        return
    for f in states:
        if _PROVINCE.match(normalise(f.evidence)):
            f.field = NOT_OURS
            f.note("a province of the department: the case holds the department")


_BLOCK_REACH = 90.0  # points above and below a signature its signer's name and date may sit
_ONE_SIGNER = frozenset({LoaField.SIGNATURE, LoaField.AUTHORIZED_NAME, LoaField.AUTHORIZED_TITLE,
                         LoaField.DATE_SIGNED})


def signature_asked_twice(founds: Sequence[Found]) -> None:
    """Two signature places side by side on one row ("Director | Company Secretary", two joint
    holders): the case has one signer, who signs the first; the other column's signature, name,
    title and date are the second signatory's, left empty and said."""
    signs = [f for f in founds if f.field == LoaField.SIGNATURE and not f.against]
    offsets = copy_offsets(founds)
    for f in signs:
        left = [o for o in signs if o is not f and o.blank.page == f.blank.page
                and _row(o.blank, f.blank) and o.blank.rect[2] <= f.blank.rect[0] + 2]
        if not left:
            continue
        x0 = f.blank.rect[0] - 10
        right = min((o.blank.rect[0] for o in signs if o.blank.page == f.blank.page
                     and _row(o.blank, f.blank) and o.blank.rect[0] > f.blank.rect[0]),
                    default=1e9)
        first = max(left, key=lambda o: o.blank.rect[0]).blank
        if _holders_copy(founds, first, f.blank, x0, right) or any(
                is_copy_of(f, o, offsets) for o in left):
            continue  # "customer copy | provider copy": the same form twice, both signed
        asked_first = {o.field for o in founds if _in_block(o, first, first.rect[0] - 10, x0)}
        for o in founds:
            # a value the first block does not ask ("Fonction" at the end of one row of the
            # signer's details over both boxes) is the one signer's, not the second's
            if o.field in _ONE_SIGNER and not o.against and _in_block(o, f.blank, x0, right) \
                    and (o.field == LoaField.SIGNATURE or o.field in asked_first):
                o.against = ("a second signature block beside the first: the case has one "
                             "signer, who signs the first")


_HOLDERS = frozenset({LoaField.ACCOUNT_NAME, LoaField.ACCOUNT_NUMBER, LoaField.BTN})
_COPY_REACH = 160.0  # points above a signature a copy's holder rows may start


def _holders_copy(founds: Sequence[Found], first: Blank, sign: Blank, x0: float,
                  x1: float) -> bool:
    """The second signature's column asks the account holder's own details (name, account,
    main number) that the first's asks too: two copies of one form side by side, each signed
    by the one signer, not a second signatory's block (whose rows are a person's)."""
    def holders(s: Blank, left: float, right: float) -> set[LoaField | str | None]:
        return {o.field for o in founds if o.field in _HOLDERS and o.blank.page == s.page
                and left <= o.blank.rect[0] < right
                and 0 < o.blank.rect[1] - s.rect[3] <= _COPY_REACH}
    theirs = holders(sign, x0, x1)
    return bool(theirs) and theirs <= holders(first, first.rect[0] - 10, x0)


def _in_block(o: Found, sign: Blank, x0: float, x1: float) -> bool:
    """A blank of a signature's column: from x0 to x1, within reach above or below it."""
    b = o.blank
    return b.page == sign.page and x0 <= b.rect[0] < x1 and \
        abs((b.rect[1] + b.rect[3]) / 2 - (sign.rect[1] + sign.rect[3]) / 2) <= _BLOCK_REACH
