"""A signature asked for by a caption over white space, with no line, box or widget to sign on.

Many forms (Vietnamese, Chinese, Korean, Turkish ones; a letter) print the signer's role and
"(sign, write the full name, stamp)" centred over empty room and nothing else: the room under the
caption is where the ink goes. Found only by layout and only when the form offers no other place
to sign (a place of its own always wins), so it can add no second signature to any form: the
caption must read as a signature in the form's languages, be short, and have room under it, clear
of print and of every other blank, at least a signature high.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from portdesk.loa.blanks import Blank
from portdesk.loa.fields import LoaField
from portdesk.loa.labels import Line, PageText
from portdesk.loa.ticks import Found
from portdesk.loa.vocabulary import classify, normalise

_CAPTION_WORDS = 10  # a caption is short; a sentence about signing is no place to sign
_MIN_ROOM = 28.0  # points of free height under the caption: a signature fits
_MAX_ROOM = 44.0  # the ink goes in the top of the room, never further down than this
_MIN_WIDTH = 120.0  # points: the room is at least this wide, centred on the caption
_GAP = 3.0
_MIN_CELL = 18.0  # points: an empty cell at least this high holds a signature
# a caption naming the one who signs, and nothing else ("Authorised signatory" atop a cell)
_SIGNER_CAPTION = re.compile(r"^(the )?(authori[sz]ed )?(signer|signatory|signataire|firmante|"
                             r"(behorig )?firmatecknare|unterzeichner\w*|ondertekenaar)$")


def signature_in_white_space(founds: list[Found], texts: dict[int, PageText],
                             blanks: Sequence[Blank]) -> None:
    """When no blank of the form is its signature, the white room under a signature caption is
    (the last such caption of the form: the signature ends a form)."""
    if any(f.field == LoaField.SIGNATURE for f in founds) or \
            any(b.kind == "signature" for b in blanks):
        return
    rooms = [(page, line, room) for page, text in sorted(texts.items()) for line in text.lines
             if _signature_caption(line)
             and (room := _room_under(line, text, [b for b in blanks if b.page == page]))]
    if not rooms:
        _signer_cell(founds, blanks)
        return
    page, line, room = rooms[-1]
    found = Found(Blank("box", page, room), LoaField.SIGNATURE, 0.8, "label (above)", line.text)
    found.note("white space under a signature caption")
    founds.append(found)


def _signer_cell(founds: list[Found], blanks: Sequence[Blank]) -> None:
    """An empty cell captioned by the signer alone ('Authorized signatory' atop a cell of a
    signature grid) is the signature's when the signer's name has a blank of its own (its 'Print
    name' cell): the last such cell of the form, and only one none of our values holds."""
    if not any(f.field == LoaField.AUTHORIZED_NAME for f in founds):
        return
    held = {id(f.blank) for f in founds if f.field is not None}
    cells = [b for b in blanks if b.kind == "cell" and id(b) not in held
             and b.rect[3] - b.rect[1] >= _MIN_CELL and _SIGNER_CAPTION.match(normalise(b.caption))]
    if not cells:
        return
    cell = cells[-1]
    found = next((f for f in founds if f.blank is cell), None)
    if found is None:
        found = Found(cell, LoaField.SIGNATURE, 0.8, "caption", cell.caption)
        founds.append(found)
    else:
        found.field, found.confidence = LoaField.SIGNATURE, max(found.confidence, 0.8)
    found.note("empty cell captioned by the signer, whose name has its own blank")


def _signature_caption(line: Line) -> bool:
    if len(line.words) > _CAPTION_WORDS:
        return False
    read = classify(line.text)
    return read is not None and read.field == LoaField.SIGNATURE


def _room_under(line: Line, text: PageText, blanks: Sequence[Blank]) -> tuple[
        float, float, float, float] | None:
    """The free room under the caption, as wide as the caption (at least _MIN_WIDTH), down to
    the next print or blank across it; None when it is not a signature high."""
    mid = (line.x0 + line.x1) / 2
    half = max(line.x1 - line.x0, _MIN_WIDTH) / 2
    x0, x1 = mid - half, mid + half
    top = line.y - _GAP
    floors = [w.y1 for w in text.words if w.y1 <= top and w.x1 > x0 and w.x0 < x1]
    floors += [b.rect[3] for b in blanks if b.rect[3] <= top + _GAP and b.rect[2] > x0
               and b.rect[0] < x1]
    floors += [b.rect[3] for b in blanks if b.rect[1] < top and b.rect[3] > top - _MIN_ROOM
               and b.rect[2] > x0 and b.rect[0] < x1]  # a blank reaching into the room
    floor = max(floors, default=top - _MAX_ROOM)
    if top - floor < _MIN_ROOM:
        return None
    return (x0, max(floor + _GAP, top - _MAX_ROOM), x1, top)
