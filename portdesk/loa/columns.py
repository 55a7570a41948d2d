"""The other columns of a numbers table: what each row says beside its number.

A table "Number | Carrier | Account | IMEI | Keep / Port" asks, on every row that holds a number,
for that number's current carrier and account (ours: the case's, the same on each row), its device
(not ours) and whether it is ported (yes: every row we write is a number being ported). The column
header decides, in the form's language ("Huidige aanbieder", "Klantnummer", "Behouden /
Porteren"); a row without a number stays empty, and a header we cannot read leaves its column empty.
A table of first / last numbers ("Von | Bis") is a table of ranges, left to the specialist.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from portdesk.loa.choices import is_choice, options
from portdesk.loa.collect import CHOICE
from portdesk.loa.fields import LoaField
from portdesk.loa.labels import Line, PageText
from portdesk.loa.ticks import Found
from portdesk.loa.vocabulary import NOT_OURS, classify, normalise

Rect = tuple[float, float, float, float]

# a value that is the same on every row: the account's (its carrier, its number, its BTN, its
# PIN: a case carries one, the account's, whatever row asks for it), and the service address a
# number is used at (a case's numbers share one: DOMAIN.md's CSR)
_PER_ROW = frozenset({LoaField.CARRIER, LoaField.ACCOUNT_NUMBER, LoaField.BTN, LoaField.PIN,
                      LoaField.SERVICE_ADDRESS, LoaField.STREET})
_ROW_CONFIDENCE = 0.8
_SAME_ROW = 3.0  # points between the bottoms of two cells of one row
# the choice a row makes about its number: port it (ours), or keep / cancel it (others)
_PORT = re.compile(r"^(port|porting|ported|porter|porteren|portieren|portierung|portar|"
                   r"portabilidad|portare|transfer|transferer|transferir|mitnahme|mitnehmen|"
                   r"overzetten|move|porteaza|portat[aeo]?|portee?s?)$")
_OTHER = re.compile(r"^(keep|stay|retain|cancel|disconnect|behouden|houden|opzeggen|conserver|"
                    r"garder|resilier|behalten|kundigen|mantener|conservar|baja|manter|"
                    r"cancelar|ficar|mantenere|cessare|ramane|raman|rimane|resta|reste|"
                    r"blijft|bleibt|queda)$")
_YES_NO = re.compile(r"\b(Y|Yes|J|Ja|O|Oui|S|Si|Sí)\s*/\s*(N|No|Nee|Nein|Non)\b", re.IGNORECASE)
_CODES = re.compile(r"\(\s*([A-Za-z])\s*/\s*([A-Za-z])\s*\)\s*$")
AREA_WORDS = re.compile(r"\b(area code|(orts)?vorwahl|ortsnetzkennzahl|onkz|indicatif( regional)?|"
                        r"prefijo|netnummer|kengetal|std code|dialling code|code regional|"
                        r"lada|clave lada|codigo de area|riktnummer|prefisso|korzetszam|"
                        # the area code in the languages of the lexicons (lexicon/): Croatian,
                        # Slovenian, Czech/Slovak, Polish, Finnish, Estonian, Spanish of Peru
                        # and Argentina ("Cód. de área (sin 0)"), Brazil's DDD, Welsh
                        r"pozivni broj|omrezna skupina|predvolba|numer kierunkowy|kierunkowy|"
                        r"suuntanumero|suunakood|cod(igo)? de (area|ciudad)|caracteristica|ddd|"
                        r"indicativo|cod ardal|codi d area|"
                        # a region's code in a numbers table is its dialling code (Ecuador's
                        # "Código de provincia"); Turkish, Vietnamese, Faroese; Malay
                        r"cod(igo)? de (provincia|region|zona)|alan kodu|ma vung|okiskota|"
                        r"kod kawasan)\b")
_DEFINED = re.compile(r"\b([A-Za-z])\s*=\s*([A-Za-zÀ-ÿ]+)")
_INLINE_CODE = re.compile(r"^(\w+)\s*\(\s*([A-Za-z])\s*\)?$")
_OPTIONS = re.compile(r"\s*(?:/|\bor\b|\bou\b|\boder\b|\bof\b|\bo\b)\s*")


def header_text(col: Sequence[Found], texts: dict[int, PageText]) -> str:
    top = col[0].blank
    lines = texts[top.page].above(top.rect, max_lines=2, reach=40, slack=4)
    return area_header(lines, top.rect) or " ".join(ln.text for ln in lines)


def area_header(lines: Sequence[Line], rect: Rect) -> str:
    """The area-code word printed over this column, when the header row of narrow columns
    reads as one line ("Sorszám  Körzetszám  Hívószám"): the column is the area code's, not
    the numbers' its neighbour's word names."""
    own = column_words(lines, rect)
    return own if AREA_WORDS.search(normalise(own)) else ""


def column_words(lines: Sequence[Line], rect: Rect) -> str:
    """The words of the header lines printed over this column itself ("Telephone no." of the
    row "Item  Telephone no.  Type of line" read as one line)."""
    return " ".join(w.text for ln in lines for w in ln.words if w.x1 > rect[0] and w.x0 < rect[2])


def port_choice(header: str) -> str:
    """The header's own word for "port this number" ("Port" of "Keep / Port", "Porteren" of
    "Behouden / Porteren", "Y" of "Port? (Y/N)"), or "" when the header offers no such choice."""
    asks = _YES_NO.search(header)
    if asks and any(_PORT.match(w) for w in normalise(header[:asks.start()]).split()):
        return asks.group(1)
    defined = _DEFINED.findall(header)  # "P or D (P = port, D = disconnect)": the letter
    if defined:  # the form defines for porting
        return next((code for code, word in defined if _PORT.match(normalise(word))), "")
    codes = _CODES.search(header)  # "Port or Keep (P / K)": the form's own letters
    said = header[:codes.start()] if codes else header
    options = [o.strip(" ?:()") for o in _OPTIONS.split(said) if o.strip(" ?:()")]
    inline = [m for o in options if (m := _INLINE_CODE.match(o))]  # "Keep (K) / Port (P)"
    if len(inline) == len(options) == 2:
        return next((m.group(2) for m in inline if _PORT.match(normalise(m.group(1)))), "")
    ports = [o for o in options if _PORT.match(normalise(o))]
    others = [o for o in options if _OTHER.match(normalise(o))]
    if not others or len(ports) != len(others):
        return ""
    if codes and len(options) == 2:
        return codes.group(1) if options[0] in ports else codes.group(2)
    first = ports[0]  # one word, as a person writes it: "Conserver ou transférer / Keep or
    return first[:1].upper() + first[1:]  # port" is answered "Transférer", not both


_BARE_CODES = re.compile(r"(?<![\w/])([A-Za-z])\s*/\s*([A-Za-z])(?![\w/])")


def legend_choice(header: str, text: PageText) -> str:
    """A choice column headed by its letters alone ("Action P/K"), the letters defined in a
    legend elsewhere on the page ("P = port to ..., K = keep with ..."): the letter for
    porting, when the legend defines both and only one of them ports."""
    codes = _BARE_CODES.search(header)
    if codes is None:
        return ""
    said: dict[str, list[str]] = {}
    for line in text.lines:
        for code, words in _DEFINED_WORDS.findall(line.text):
            said.setdefault(code.upper(), normalise(words).split())
    wanted = [c.upper() for c in codes.groups()]
    if any(c not in said for c in wanted):
        return ""
    ports = [c for c in wanted if any(_PORT.match(w) for w in said[c])]
    others = [c for c in wanted if any(_OTHER.match(w) for w in said[c])]
    return ports[0] if len(ports) == 1 and others and not set(ports) & set(others) else ""


# "P = se portează", "K = keep": a letter and the first two words defining it (a reflexive or
# an article may come before the verb); the next letter a legend defines ("P = port  K = keep",
# no comma between) is never a word of this one's
_DEFINED_WORDS = re.compile(r"\b([A-Za-z])\s*=\s*([^\W\d_]+(?:\s+[^\W\d_]+\b(?!\s*=))?)")


def bind_columns(grid: Sequence[Sequence[Found]], takes: Sequence[bool],
                 texts: dict[int, PageText]) -> None:
    """Each cell of a column headed as the carrier, the account or the port choice is tied to
    the number cell of its row: written only when that row holds a number."""
    numbers = [f for col, t in zip(grid, takes, strict=True) if t for f in col
               if f.field == LoaField.NUMBER]
    if not numbers:
        return
    for col, t in zip(grid, takes, strict=True):
        header = header_text(col, texts)
        area = bool(header) and AREA_WORDS.search(normalise(header)) is not None
        if t or (any(f.marker is not None for f in col) and not area):
            continue  # printed slot numbers ("1.", "5.") make it a column of slots, no table's
        if header.rstrip().endswith(":"):
            continue  # "Numero principale:" labels the line beside it, heads no column
        read = classify(header) if header else None
        choice = port_choice(header) if header else ""
        if header and not choice:  # "Action P/K" with "P = port ... K = keep" printed apart
            choice = legend_choice(header, texts[col[0].blank.page])
        field = read.field if read is not None and read.field in _PER_ROW else None
        if area:
            field = LoaField.AREA_CODE  # "Vorwahl | Rufnummer": the number is written in two
            for n in numbers:
                n.blank.part = "local"
        if field is None and not choice:
            continue
        for f in col:
            number = _same_row(f, numbers, area)
            if number is None:
                continue
            f.field = LoaField.PORT_CHOICE if choice else field
            f.confidence, f.source = _ROW_CONFIDENCE, "column header"
            f.evidence, f.row_of, f.choice = header, number, choice
            if number.marker is None:  # "No. | Lada | Número": the row's printed number is
                number.marker, f.marker = f.marker, None  # left of the area code, not its own


def _same_row(cell: Found, numbers: Sequence[Found], before: bool = False) -> Found | None:
    """The number cell of the cell's row: the nearest one to its left, else to its right; an
    area code (before: True) is written before its number, so the nearest one to its right
    (two tables side by side: "Lada" of the right one is not the left one's)."""
    row = [n for n in numbers if n.blank.page == cell.blank.page
           and abs(n.blank.rect[1] - cell.blank.rect[1]) < _SAME_ROW]
    right = [n for n in row if n.blank.rect[0] >= cell.blank.rect[2] - 2]
    if before and right:
        return min(right, key=lambda n: n.blank.rect[0])
    left = [n for n in row if n.blank.rect[2] <= cell.blank.rect[0] + 2]
    if left:
        return max(left, key=lambda n: n.blank.rect[2])
    return min(row, key=lambda n: n.blank.rect[0], default=None)


_RANGE_START = re.compile(r"\b(first|start|from|begin\w*|von|ab|desde|inicio|debut|premier|"
                          r"van|eerste)\b")
_RANGE_END = re.compile(r"\b(last|end|to|until|bis|hasta|fin|final|dernier|tot|laatste)\b")
_RANGE_WORDS = 4  # a column header says "First number", not a sentence


def _on_a_row_of(line: Line, page: int,
                 rows: Sequence[tuple[int, tuple[float, float, float, float]]]) -> bool:
    mid = (line.y + line.top) / 2
    return any(p == page and r[1] - 2 <= mid <= r[3] + 2 for p, r in rows)


def range_table(grid: list[list[Found]], texts: dict[int, PageText],
                others: Sequence[Found] = ()) -> bool:
    """A table whose columns are the first and the last number of a block ("First number | Last
    number | Quantity", "Von | Bis"): one range per row, never our numbers one per cell. The
    labels of other blanks on their own row above ("von ____ bis ____", a block row over a
    grid of single numbers) head no column of this grid."""
    if len(grid) < 2:
        return False
    cells = {id(f) for col in grid for f in col}
    rows = [(f.blank.page, f.blank.rect) for f in others if id(f) not in cells]
    heads = []
    for col in grid:
        top = col[0].blank
        lines = [ln for ln in texts[top.page].above(top.rect, max_lines=2, reach=40, slack=4)
                 if not _on_a_row_of(ln, top.page, rows)]
        heads.append(normalise(" ".join(ln.text for ln in lines)))
    short = [h if 0 < len(h.split()) <= _RANGE_WORDS and "port" not in h else "" for h in heads]
    starts = {n for n, h in enumerate(short) if _RANGE_START.search(h)}
    ends = {n for n, h in enumerate(short) if _RANGE_END.search(h)}
    return bool(starts and ends and (starts != ends or len(starts) > 1))


RANGE = "range "  # Blank.part of a ranges table's cell: "range from 0", "range count 1"
_COUNT_HEAD = re.compile(r"\b(quantity|qty|count|number of (numbers|lines)|anzahl|aantal|"
                         r"cantidad|quantite|nombre|quantidade|quantita|antal|maara|liczba|"
                         r"pocet|broj|stevilo|kogus|skaits|kiekis|darab)\b")


def fill_range_table(grid: list[list[Found]], texts: dict[int, PageText]) -> bool:
    """A table of number ranges ("From number | To number | Quantity", "Von | Bis | Anzahl"):
    each row is one block of consecutive numbers, its first, its last and its count, top row
    first. Each cell gets its column's part and its row's place in the table (the case's
    blocks are known only when it is filled: placing.range_text). False when a column is none
    of the three (the table is left for the specialist, as before)."""
    roles = []
    for col in grid:
        top = col[0].blank
        head = normalise(" ".join(ln.text for ln in texts[top.page].above(
            top.rect, max_lines=2, reach=40, slack=4)))
        role = "from" if _RANGE_START.search(head) else "to" if _RANGE_END.search(head) else \
            "count" if _COUNT_HEAD.search(head) else ""
        roles.append((role, head))
    if sorted(r for r, _h in roles if r) != sorted({r for r, _h in roles if r}) or \
            {"from", "to"} - {r for r, _h in roles}:
        return False  # a role twice, or no first and last: not one range per row
    ys = sorted({round(f.blank.rect[1]) for col in grid for f in col}, reverse=True)
    for col, (role, head) in zip(grid, roles, strict=True):
        for f in col:
            if not role:
                f.field, f.against = NOT_OURS, ""
                continue
            row = next(n for n, y in enumerate(ys) if abs(y - f.blank.rect[1]) <= _SAME_ROW)
            f.field = LoaField.NUMBER_COUNT if role == "count" else LoaField.NUMBER
            f.blank.part = f"{RANGE}{role} {row}"
            f.confidence, f.source, f.evidence, f.marker = _ROW_CONFIDENCE, "range table", head, None
    return True


def choices_per_row(founds: Sequence[Found]) -> None:
    """A drop-down on each row of numbers whose options are "port" and "keep" (or cancel) in
    the form's words ("Portar / Port", "Manter / Keep"): the row's choice, set to the one
    option that says port on each row that holds a number (rows without one stay empty).
    The options say what the column is, whatever its header (none, or one we cannot read)."""
    numbers = [f for f in founds if f.field == LoaField.NUMBER and not _options_of(f)]
    for f in founds:
        if not (offered := _options_of(f)):
            continue
        ports = [o for o in offered if _says(o, _PORT) and not _says(o, _OTHER)]
        others = [o for o in offered if _says(o, _OTHER) and not _says(o, _PORT)]
        if len(ports) != 1 or not others:
            continue
        number = _same_row(f, numbers)
        if number is None:
            continue
        f.field, f.choice, f.row_of, f.marker = LoaField.PORT_CHOICE, ports[0], number, None
        f.confidence, f.source = _ROW_CONFIDENCE, "choice per row"
        f.evidence = " | ".join(offered)


def _options_of(f: Found) -> list[str]:
    """The options of the drop-down that is the blank, or that is drawn in its printed box."""
    if f.blank.widget is not None and is_choice(f.blank.widget):
        return [o.shown for o in options(f.blank.widget)]
    return [o for o in f.blank.extra.get(CHOICE, "").split("\n") if o]


def _says(text: str, words: re.Pattern[str]) -> bool:
    return any(words.match(w) for w in normalise(text).replace("/", " ").split())


def ranges_only_alone(founds: Sequence[Found]) -> None:
    """A form that asks the numbers one per line and offers a ranges table too ("or give
    ranges: From | To | Quantity") wants them written once, in its list: the ranges table
    takes them only when it is the form's one place for the numbers to port."""
    cells = [f for f in founds if f.blank.part.startswith(RANGE)]
    if cells and any(f.field in (LoaField.NUMBER, LoaField.NUMBERS)
                     and not f.blank.part.startswith(RANGE) for f in founds):
        for f in cells:
            f.field = NOT_OURS
            f.note("a ranges table beside the form's list of numbers: the list holds them")
