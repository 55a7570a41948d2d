"""Whose a person's blank is: the signer's, a contact's, or another person's asked only "if
different"; a bare "Phone" is a person's only on a row of that person's details.

Forms ask for people in rows ("Name | Position | Phone | E-mail") and blocks; the case names one
person (the authorised signer, who is also the contact), so a second person's row stays empty.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from portdesk.loa.blanks import Blank
from portdesk.loa.fields import LoaField
from portdesk.loa.labels import PageText
from portdesk.loa.labelwords import THIRD_PARTY
from portdesk.loa.ticks import Found
from portdesk.loa.vocabulary import NOT_OURS, classify, normalise

_STRONG = 0.8  # a label this sure of a name is not second-guessed
_BARE_NAME = re.compile(r"^(name|nom|naam|nombre|nome|namn|navn|imie)$")
# a person's whole name, in any lexicon's words ("Full name", "Họ và tên", "Nom complet"):
# said of the one who signs when it stands with a job title
_FULL_NAME = re.compile(r"^(full name|nom complet|nombre completo|nome completo|"
                        r"vollstandiger name|volledige naam|ho va ten|ho ten|imie i nazwisko)$")
_STACKED = 30.0  # points between a name's line and a title's line right under it
_BESIDE = 70.0  # points between a signature line and the printed name that goes with it
_BARE_PHONE = re.compile(r"^(tel|tel no|telephone|phone|telefon|telefoon|telefono|telephone "
                         r"number|phone number|direct phone|direct line|direct dial|"
                         r"mobile|mobile phone|cell|cell phone|handy|"
                         r"mobiel|portable|gsm|"
                         # the lexicons' languages: Latvian, Lithuanian, Finnish, Welsh...
                         r"talrunis|telefons|telefonas|puhelin|puh|ffon|telefone|simu|"
                         r"telefonszam|mobitel|mobil|mobiil|tel nr|tel br)$")
_BARE_EMAIL = re.compile(r"^(e ?mail|e ?mail address|courriel|e ?post|correo|correo electronico)$")
_ROW_GAP = 20.0  # points between two blanks of one person's row
_THEIR_FIELDS = frozenset({LoaField.AUTHORIZED_NAME, LoaField.AUTHORIZED_TITLE,
                           LoaField.CONTACT_PHONE, LoaField.CONTACT_EMAIL})
_SIGNS = re.compile(r"\b(signature|signed|sign|unterschrift|handtekening|firma|assinatura|"
                    r"podpis|potpis|allkiri|paraksts|parasas|llofnod|sahihi|"
                    # the one who signs: "Deuxième signataire", "Second signatory"
                    r"signataire|signatory|signer|firmante|unterzeichner|ondertekenaar)\b")
_SIGNING_PLACE = re.compile(r"^(ort|place|lieu|plaats|lugar|luogo|signed at|fait a)$")
# "IT contact for cut-over (if different)": a second person, asked only when it is not the one
# whose details the form took above; the case names one person, so nothing of ours goes there
IF_DIFFERENT = re.compile(r"\b(if (different|other|not the same)|if not (the )?(authori[sz]ed "
                          r"(person|signatory|signer)|signer|signatory)|si (different|autre)|falls "
                          r"(abweichend|anders)|indien (anders|afwijkend)|si es (diferente|"
                          r"otro)|se divers[oa]|"
                          # Polish, Czech, Slovak, Croatian: "(jeśli inny)", "(pokud jiný)"
                          r"(jesli|jezeli|gdy) (jest )?inn[yae]|pokud (je )?jin[yae]|"
                          r"ak (je )?in[yae]|ako (je )?drugacij\w*|"
                          # "Datos del apoderado (solo si firma un apoderado)": a person asked
                          # only when someone else signs for the holder (not "... if the holder
                          # does not sign": that one is the case's signer)
                          r"(only if|solo si|solamente si|seulement si|uniquement si|nur wenn|"
                          r"apenas se|somente se|solo se|tylko (jesli|jezeli|gdy))"
                          r"(?!.*\b(not|no|ne|nicht|nao|non|nie)\b)"
                          r"( \w+){0,3} (signs?|signed|firma|firme|firmado|signe|unterschreibt|"
                          # Polish: "(wypełnić tylko, jeżeli wniosek składa pełnomocnik)"
                          r"assina|firmi|sklada|podpisuje|podpisze))\b")


def bare_phone(label: str) -> bool:
    """"Phone", "Tel.", "Telephone / Téléphone": a phone, but whose is not said. Beside a half
    in a language PortDesk does not read ("Oqarasuaat / Telefon"), the half it reads says it:
    the other half reads as nothing of ours (a "Phone / Fax" is no bare phone)."""
    halves = [h.strip() for h in normalise(label).split("/") if h.strip()]
    phones = [h for h in halves if _BARE_PHONE.match(h)]
    return bool(phones) and all(h in phones or classify(h) is None for h in halves)


_PERSONS = frozenset({LoaField.AUTHORIZED_NAME, LoaField.AUTHORIZED_TITLE,
                      LoaField.CONTACT_EMAIL})  # a person's name, job title or e-mail


def person_on_row(f: Found, founds: Sequence[Found]) -> str:
    """The label of a person's name, job title or e-mail on the same row of blanks as a bare
    "Phone" (a row of one person's details), or '' (a customer's or a site's phone: not ours)."""
    y0, y1 = f.blank.rect[1], f.blank.rect[3]
    row = [o for o in founds if o.blank.page == f.blank.page and
           min(y1, o.blank.rect[3]) - max(y0, o.blank.rect[1]) > 0.5 * (y1 - y0)]
    if any(o.field == LoaField.ACCOUNT_NAME for o in row):
        return ""  # the company's row: its phone may be its main line, not a person's
    return next((o.evidence for o in row if o.field in _PERSONS), "") or _person_in_rows(f, founds)


_ROWS_APART = 2.6  # rows of a stack of label cells (one row a blank) a person's details span


def _person_in_rows(f: Found, founds: Sequence[Found]) -> str:
    """A bare "Telefon" in a stack of rows, one blank each, right between (or under) the contact
    person's name, job title and e-mail rows: that person's phone. Every row of the stack starts
    at the same x, or ends there (dotted leaders run from labels of any length to one right
    edge); a company's name in those rows makes it the company's block instead."""
    x0, y0, x1, y1 = f.blank.rect
    reach = _ROWS_APART * (y1 - y0 + 6)
    near = [o for o in founds if o is not f and o.blank.page == f.blank.page
            and (abs(o.blank.rect[0] - x0) <= 4 or abs(o.blank.rect[2] - x1) <= 4)
            and abs(o.blank.rect[1] - y0) <= reach]
    if any(o.field == LoaField.ACCOUNT_NAME for o in near):
        return ""
    persons = [o for o in near if o.field in _PERSONS]
    return persons[0].evidence if len(persons) >= 2 else ""


def name_beside_signature(founds: list[Found]) -> None:
    """A bare "Name" next to the signature is the signer's printed name, not the customer's;
    a bare "Ort" / "Place" on the row of the signature or its date is where it is signed, which
    the case does not say (not the customer's town)."""
    signing = [f.blank for f in founds if f.field in (LoaField.SIGNATURE, LoaField.DATE_SIGNED)]
    for f in founds:
        if f.field == LoaField.CITY and _SIGNING_PLACE.match(normalise(f.evidence)) and any(
                s.page == f.blank.page and min(s.rect[3], f.blank.rect[3])
                - max(s.rect[1], f.blank.rect[1]) > 0 for s in signing):
            f.field = NOT_OURS
            f.note("where it is signed")
    _town_beside_the_signing_date(founds)
    signs = [f.blank for f in founds if f.field == LoaField.SIGNATURE]
    titles = [f.blank for f in founds if f.field == LoaField.AUTHORIZED_TITLE]
    others = [f.blank for f in founds if f.field == NOT_OURS and _SIGNS.search(
        normalise(f.evidence))]  # "Director 2 / Secretary: signature", "Witness signature"
    for f in founds:
        if f.field == LoaField.AUTHORIZED_NAME and (
                (any(_same_row(o, f.blank) for o in others)
                 and not any(_same_row(s, f.blank) for s in signs))
                or (any(_under_in_column(o, f.blank) for o in others)
                    and not any(_under_in_column(s, f.blank) for s in signs))):
            f.field = NOT_OURS  # "Representative's signature | Representative's name": the
            f.note("beside another signer's signature")  # row is that person's, not ours; so is
            continue  # the name printed under that person's line in its own column
        if f.field == LoaField.AUTHORIZED_NAME and f.confidence < _STRONG and any(
                _same_row(s, f.blank) for s in signs):
            f.confidence = _STRONG  # "Aclaración" under its line beside the signature's: the
            f.note("beside the signature")  # signer's name printed, as sure as the signature
            continue
        if f.field != LoaField.ACCOUNT_NAME:
            continue
        if _BARE_NAME.match(normalise(f.evidence)) and any(_same_row(o, f.blank)
                                                           for o in others):
            f.field = NOT_OURS  # the name printed beside another signer's signature
            f.note("beside another signer's signature")
            continue
        # a bare "Name" by the signature is its signer's even under an "Account holder"
        # heading (which made it the customer's): a company signs through a person
        bare = _BARE_NAME.match(normalise(f.evidence)) is not None
        whole = any(_FULL_NAME.match(h.strip()) for h in normalise(f.evidence).split("/"))
        if whole and any(_stacked(t, f.blank) for t in titles):
            f.field, f.confidence = LoaField.AUTHORIZED_NAME, _STRONG  # "Full name" over
            f.note("over a title")  # "Position": a person's, the one who signs
            continue
        if f.confidence >= _STRONG and not bare:
            continue
        if any(s.page == f.blank.page and abs(s.rect[1] - f.blank.rect[1]) <= _BESIDE
               for s in signs):
            f.field, f.confidence = LoaField.AUTHORIZED_NAME, _STRONG
            f.note("beside the signature")
        elif any(_same_row(t, f.blank) for t in titles):  # "Name | Position": a company has
            f.field, f.confidence = LoaField.AUTHORIZED_NAME, _STRONG  # no job title: a person
            f.note("beside a title")


def _stacked(title: Blank, name: Blank) -> bool:
    """The title's line right under the name's, starting within its width."""
    return title.page == name.page and 0 <= name.rect[1] - title.rect[3] <= _STACKED and \
        name.rect[0] - 20 <= title.rect[0] <= name.rect[2]


def _under_in_column(line: Blank, b: Blank) -> bool:
    """b sits just under the signature line, in its column (two signers' columns side by
    side, each line with its printed name under it)."""
    shared = min(line.rect[2], b.rect[2]) - max(line.rect[0], b.rect[0])
    return line.page == b.page and 0 <= line.rect[1] - b.rect[3] <= _BESIDE and \
        shared > 0.5 * min(line.rect[2] - line.rect[0], b.rect[2] - b.rect[0])


_ADDRESS_PARTS = frozenset({LoaField.SERVICE_ADDRESS, LoaField.STREET, LoaField.SUITE,
                            LoaField.POSTAL_CODE, LoaField.STATE})


def _town_beside_the_signing_date(founds: Sequence[Found]) -> None:
    """"Miejscowość ______  Data ______" under the signature: a town's blank on the row of the
    signing date, with no street, postcode or region near it (a row or two), is where the form
    is signed (the case does not say), not the service address's town, whatever word names it;
    "City | State | ZIP" rows just over the date keep their town."""
    dates = [f.blank for f in founds if f.field == LoaField.DATE_SIGNED]
    parts = [f.blank for f in founds if f.field in _ADDRESS_PARTS]
    for f in founds:
        if f.field == LoaField.CITY and any(_same_row(d, f.blank) for d in dates) and \
                not any(_near_rows(a, f.blank) for a in parts):
            f.field = NOT_OURS
            f.note("a town on the row of the signing date: where it is signed")


_ADDRESS_REACH = 40.0  # points above or under a town's blank its address's other parts sit


def _near_rows(a: Blank, b: Blank) -> bool:
    return a.page == b.page and a.rect[1] - _ADDRESS_REACH <= b.rect[1] <= a.rect[3] + \
        _ADDRESS_REACH


def _same_row(a: Blank, b: Blank) -> bool:
    shared = min(a.rect[3], b.rect[3]) - max(a.rect[1], b.rect[1])
    return a.page == b.page and shared > 0.5 * min(a.rect[3] - a.rect[1], b.rect[3] - b.rect[1])


_SIDE_GAP = 14.0  # points between a side heading and the label of the row it heads


def side_heading(f: Found, text: PageText) -> str:
    """A heading printed at the left of a person's row, with what is printed under it ("Technical
    contact" over "(only if different)", then "Name [____]" on its right), or ''."""
    label = text.left(f.blank.rect)
    if not label:
        return ""
    row = [w for w in text.line_of(f.blank.rect)
           if w.x1 <= label[0].x0 - _SIDE_GAP and not w.is_blank and not w.is_box]
    if not row:
        return ""
    span = (min(w.x0 for w in row), min(w.y0 for w in row), max(w.x1 for w in row),
            max(w.y1 for w in row))
    return " ".join(w.text for w in [*row, *text.below(span, reach=12)])


_SECOND = re.compile(r"\D\s*[2-9]\s*$")  # "Name 2", "Funktion2": a second one of something
_PERSON_HINTS = frozenset({LoaField.ACCOUNT_NAME, LoaField.AUTHORIZED_NAME,
                           LoaField.AUTHORIZED_TITLE})


def second_person_by_name(founds: Sequence[Found]) -> None:
    """A name or title read only from a widget's tooltip or name numbered 2 or more ("Name 2"
    beside "Name"): a second person's (a second signatory), not the one the case names."""
    for f in founds:
        if f.field in _PERSON_HINTS and f.source in ("tooltip", "name") and \
                _SECOND.search(f.evidence):
            f.against = f"the widget's {f.source} '{f.evidence}' numbers a second person"


def rest_of_their_row(founds: Sequence[Found]) -> None:
    """"Technical contact (if not the authorized person): [Name] [Phone] [E-mail]", captions
    under the row: the heading reads as the label of the first blanks only, yet the bare
    "E-mail" or "Phone" next to them on the row is that other person's too, left empty."""
    another = re.compile(f"{THIRD_PARTY}|{IF_DIFFERENT.pattern}")
    theirs = [f.blank for f in founds if f.field == NOT_OURS
              and another.search(normalise(f.evidence))]
    for f in sorted(founds, key=lambda f: f.blank.rect[0]):
        said = normalise(f.evidence)
        if f.field not in _THEIR_FIELDS or not (
                _BARE_EMAIL.match(said) or bare_phone(f.evidence) or _BARE_NAME.match(said)):
            continue
        if any(_same_row(b, f.blank) and 0 <= f.blank.rect[0] - b.rect[2] <= _ROW_GAP
               for b in theirs):
            f.field = NOT_OURS
            f.note("on the row of another person's details")
            theirs.append(f.blank)
