"""Where a blank's section heading is: the nearest short printed line above it that is nobody's
label, in the blank's own column first, else starting left of it (a band across the page).

Split from sections.py (which decides what a heading makes of a blank): this module only finds
the heading, and knows what is body text, a label row, a printed value or a panel's title. A
heading over one of two columns side by side governs its column only down to the first row
printed across the gutter (a sentence or a row of ticks running under both columns).
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence

from portdesk.loa.fields import LoaField
from portdesk.loa.formscan import Word
from portdesk.loa.headingwords import OFFICE_USE
from portdesk.loa.labels import Line, PageText
from portdesk.loa.ticks import Found
from portdesk.loa.vocabulary import classify, normalise, provider_role

_REACH = 70.0  # points above a blank its section heading may sit
_HEADING_WORDS = 9  # a longer line is body text, not a heading
_INDENT = 12.0  # a heading starts at (or left of) the blanks it governs: not a column header
_SAME_SIZE = 1.0  # points: lines of one paragraph are printed in one size
_PHRASE_GAP = 14.0  # a wider gap between words on one line separates two phrases
_PRINTED_VALUE = re.compile(r":\s*[^\s(]")  # "Recipient operator name: COLT Ltd" (not "To: (...)")
# "Hanse Netz GmbH, Am Sandtorkai 48, 20457 Hamburg": a provider's printed address, no heading
_PRINTED_ADDRESS = re.compile(r",[^,]*\d[^,]*,"
                              # "Chinook Business Telecom Inc.": a company's printed name
                              r"|\b(inc|ltd|llc|gmbh|ag|plc|corp|limited|ltee|sarl|sas|bv|nv|"
                              r"sa|sl|dac|kg)\.?$", re.IGNORECASE)
_LEADERS = re.compile(r"[._\u2026]{3,}")  # dot or underscore leaders after a label


def _caption_of_a_provider(said: str) -> bool:
    """"Provider name" over a provider's printed name: a caption saying whose is not, so no
    heading ("Current provider" says whose: that one is)."""
    read = classify(said)
    return read is not None and read.field == LoaField.CARRIER and provider_role(said) is None



def section_heading(f: Found, text: PageText, labels: set[tuple[int, str]]) -> str | None:
    """The text of the nearest heading above the blank, or None when there is none near."""
    found = section_heading_at(f, text, labels)
    return found[0] if found else None


def section_heading_at(f: Found, text: PageText,
                       labels: set[tuple[int, str]]) -> tuple[str, float] | None:
    """The nearest heading above the blank and the height of its line."""
    x0, _y0, x1, top = f.blank.rect
    floor = top  # the reach runs from the blank, and on from each label row passed over
    prose = False  # a paragraph passed over: the label cells above it are another block's
    block_above = False  # rows of blanks passed over above that paragraph
    for line in sorted((ln for ln in text.lines if top - 2 <= ln.y), key=lambda ln: ln.y):
        if line.y > floor + _REACH:
            break
        in_column = _words(line, x0, x1, True)
        words = in_column or _words(line, x0, x1, False)
        if not words:
            continue
        said = " ".join(w.text for w in words)
        label_row = _label_row(line, f.blank.page, labels) or \
            (f.blank.page, normalise(said.strip(" :"))) in labels or _only_leaders(said)
        if _boxed_apart(words, f.blank.rect, text):
            if label_row and not prose and f.blank.kind not in ("check", "box"):
                floor = max(floor, line.top)  # a label in its own cell: a row of the block
            continue  # a panel's title speaks for the panel's blanks, not for those under it
        if OFFICE_USE.search(normalise(said)) and \
                _one_language_words(re.sub(r"\([^)]*\)", " ", said)) <= _HEADING_WORDS:
            # "OFFICE USE": a panel's title, though its first blank read it as a label
            return None if block_above else (said, line.y)
        if label_row:
            if f.blank.kind not in ("check", "box") and not prose:  # a tick answers its own
                floor = max(floor, line.top)  # rows of a block: its heading is above them all
            # the rows above a paragraph passed over are another block's: its heading is theirs
            block_above = block_above or prose
            continue  # other blanks' labels ("City  State  ZIP"), not a heading
        if not in_column and _spans_headings(line, x0, x1):
            return None  # "Von ... | An ...": a blank running under both is in neither's section
        if len(words) > _HEADING_WORDS or _PRINTED_VALUE.search(said) or \
                _PRINTED_ADDRESS.search(said) or ends_paragraph(line, text) or \
                _ends_a_column_paragraph(line, words, text) or \
                _caption_of_a_provider(said) or _sentence_tail(said):
            prose = prose or len(words) > _HEADING_WORDS or ends_paragraph(line, text) or \
                _sentence_tail(said)
            continue  # body text (a fragment of it can look like anything), or a value
        if in_column and _across_the_gutter(text, words, line, f.blank.rect):
            return None  # the column's section ended at a row printed across both columns
        if block_above:  # "4. TO BE COMPLETED BY THE RECEIVING OPERATOR" over its own rows,
            return None  # then the customer's declaration and signature line: not its
        return said, line.y
    return None


_GUTTER = 30.0  # points left of a column heading another column's text may end (two columns)


def _across_the_gutter(text: PageText, words: Sequence[Word], heading: Line,
                       rect: tuple[float, float, float, float]) -> bool:
    """A heading over the right one of two columns ("L'OPÉRATEUR RECEVEUR" beside "LE TITULAIRE")
    governs its column down to the first line printed across its left edge: a sentence or a
    row of ticks running under both columns ("Je soussigné(e) ____, agissant en qualité de
    ____") is the whole page's, not the column's."""
    edge = min(w.x0 for w in words)
    if not any(w.x1 <= edge - _GUTTER for w in heading.words):
        return False  # no column left of the heading: a heading over the whole width
    bottom = rect[1]
    for line in text.lines:
        if not bottom - 2 <= line.y < heading.y:
            continue
        if any(ph[0].x0 < edge - _INDENT and ph[-1].x1 > edge + 2
               for ph in _phrases(line.words)):  # one run of print across the edge
            return True
    return False


_CAPTION_GAP = 6.0  # points between a blank and a caption printed tight above or under it


def _boxed_apart(words: Sequence[Word], rect: tuple[float, float, float, float],
                 text: PageText) -> bool:
    """The words sit inside a drawn box (a grey "For office use" panel) that the blank is not
    in: the box closes its title's section ("Signed ____ Date ____" at the page's foot under an
    office panel is the signer's)."""
    x0, y0, x1, y1 = min(w.x0 for w in words), min(w.y0 for w in words), \
        max(w.x1 for w in words), max(w.y1 for w in words)
    return any(c[0] - 1 <= x0 and x1 <= c[2] + 1 and c[1] - 1 <= y0 and y1 <= c[3] + 1
               and not (c[0] - 2 <= rect[0] and rect[2] <= c[2] + 2 and c[1] - 2 <= rect[1]
                        and rect[3] <= c[3] + 2)
               for c in text.cells)


def other_captions(founds: Sequence[Found], texts: dict[int, PageText]) -> set[tuple[int, str]]:
    """The other caption of a blank read by one: "Mailing address if different" in bold over a
    line and "Adresse postale si différente" in italics under it are one label in two
    languages, whichever was read; neither heads the row of blanks below."""
    out: set[tuple[int, str]] = set()
    for f in founds:
        if not f.evidence or not f.source.startswith("label (") or f.blank.kind == "check":
            continue
        text = texts[f.blank.page]
        if "below" in f.source:
            over = text.above(f.blank.rect, max_lines=1, reach=_CAPTION_GAP)
            caption = " ".join(ln.text for ln in over)
        else:
            caption = " ".join(w.text for w in text.below(f.blank.rect, reach=_CAPTION_GAP))
        if caption and len(caption.split()) <= _HEADING_WORDS:
            out.add((f.blank.page, normalise(caption.strip(" :"))))
    return out


def _spans_headings(line: Line, x0: float, x1: float) -> bool:
    """Headings side by side ("From (current provider)" | "To (new provider)") over a blank that
    starts under the first and runs on under the next: a row across both columns."""
    starts = [ph[0].x0 for ph in _phrases(line.words)]
    return len(starts) > 1 and starts[0] <= x0 + 2 and any(
        x0 + _INDENT < s < x1 - _INDENT for s in starts[1:])


def _label_row(line: Line, page: int, labels: set[tuple[int, str]]) -> bool:
    """A printed line of labels: the whole line, or any of its phrases, labels some blank
    ("Received ........ By ........": the dot leaders are the blanks, not the labels' words)."""
    if (page, normalise(line.text.strip(" :"))) in labels:
        return True
    return any((page, normalise(part.strip(" :"))) in labels for ph in _phrases(line.words)
               for part in _LEADERS.split(" ".join(w.text for w in ph)) if part.strip(" :"))


def _only_leaders(said: str) -> bool:
    """A run of typed underscores or dots with no word of its own: another blank of the block
    (a paper form typing its blanks in the text layer, "Name / Nom : ______"), a row the
    reach runs on from, never the heading of the blanks under it."""
    return not _LEADERS.sub("", said).strip(" :")


def _phrases(words: Sequence[Word]) -> list[list[Word]]:
    phrases: list[list[Word]] = []
    for w in words:
        if phrases and w.x0 - phrases[-1][-1].x1 <= _PHRASE_GAP:
            phrases[-1].append(w)
        else:
            phrases.append([w])
    return phrases


def _sentence_tail(said: str) -> bool:
    """"over te nemen van de huidige aanbieder.": a line that opens in lower case and ends a
    sentence with its full stop is the tail of a sentence wrapped above it (its lines parted
    by the blanks and captions inside it), never a heading, whatever provider it names."""
    said = said.strip()
    return len(said) > 1 and said[0].islower() and said.endswith(".") and \
        not said.endswith("..")


def ends_paragraph(line: Line, text: PageText) -> bool:
    """The short last line of a wrapped sentence ("... de l'opérateur actuel :"): printed in
    the paragraph's own size, in one run (headings side by side on bands are not)."""
    if len(_phrases(line.words)) > 1:
        return False
    height = max(w.y1 - w.y0 for w in line.words)
    return any(len(up.words) > _HEADING_WORDS and 0 < up.y - line.y <= 3.5 * height
               and abs(up.x0 - line.x0) < 12
               and _same_size(up.words, line.words)
               for up in text.lines)


def _ends_a_column_paragraph(line: Line, words: Sequence[Word], text: PageText) -> bool:
    """The last line of one column of a paragraph printed in two ("Autorizo ... | I authorize
    ..."): the run over the blank ends the column's sentence, whatever the other column prints
    on the same line."""
    if len(_phrases(line.words)) < 2 or not words:
        return False
    height = max(w.y1 - w.y0 for w in words)
    # the column's line before, at the paragraph's spacing, in a line of columns too (a
    # sentence across the page over two headings on bands heads neither)
    return any(len(ph) > _HEADING_WORDS and abs(ph[0].x0 - words[0].x0) < 12
               and _same_size(ph, words)
               for up in text.lines if 0 < up.y - line.y <= 2 * height
               and len(_phrases(up.words)) > 1 for ph in _phrases(up.words))


def _same_size(up: Sequence[Word], line: Sequence[Word]) -> bool:
    """Printed in one size: the tallest words alike, or the middle ones (an accent or a
    descender makes one word of a line taller than the rest: "portación" over "donante.")."""
    tallest = abs(max(w.y1 - w.y0 for w in up) - max(w.y1 - w.y0 for w in line))
    middle = abs(statistics.median(w.y1 - w.y0 for w in up)
                 - statistics.median(w.y1 - w.y0 for w in line))
    return tallest <= _SAME_SIZE or middle <= _SAME_SIZE / 2


def _one_language_words(said: str) -> int:
    """The words of a heading in one of its languages: "Para uso de X / For X use only" is a
    panel's title printed twice, as long in each language as a heading is. (Its aside in
    brackets is not counted: "RECEIPT (to be completed by the agent and handed ...)".)"""
    return max(len(part.split()) for part in said.split(" / "))


def _words(line: Line, x0: float, x1: float, in_column: bool) -> Sequence[Word]:
    """The phrases of the line over the blank's column that start at or left of it (a heading is
    read whole: "To: (new provider)", not the "provider)" that happens to sit over the blank; a
    column header further right heads its own column, not a wider row below the table), or the
    whole line when it starts left of the blank (a band across the page)."""
    if not in_column:  # the phrase the blank's column starts under (side-by-side headings)
        starts = [ph for ph in _phrases(line.words) if ph[0].x0 <= x0 + 2]
        return starts[-1] if starts else []
    return [w for ph in _phrases(line.words) if ph[0].x0 <= x0 + _INDENT
            and any(w.x1 > x0 - 2 and w.x0 < x1 + 2 for w in ph) for w in ph]
