"""Whose section a blank sits in: the new provider's, the office's, or the current provider's.

A form repeats the same labels in different sections: "Company name:" under "To: (new provider)"
is the new provider's name, under "From: (current provider)" it is the carrier's, and under
"For Verizon use only" nothing of ours goes there at all. The section is named by the nearest
heading above the blank: a short printed line that is nobody's label (not the text a blank was
read by), in the blank's own column first, else starting left of it (a band across the page).
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence

from portdesk.loa.fields import LoaField
from portdesk.loa.formscan import Word
from portdesk.loa.headingwords import (
    CONTACT_SECTION,
    CUSTOMER_SECTION,
    OFFICE_USE,
    SIGNER_SECTION,
)
from portdesk.loa.labels import Line, PageText
from portdesk.loa.persons import IF_DIFFERENT, bare_phone, person_on_row, side_heading
from portdesk.loa.ticks import Found
from portdesk.loa.vocabulary import NOT_OURS, UNLESS_HOLDER, classify, normalise, provider_role

_REACH = 70.0  # points above a blank its section heading may sit
_HEADING_WORDS = 9  # a longer line is body text, not a heading
_STRONG = 0.8  # a label this sure of a name is not second-guessed
_INDENT = 12.0  # a heading starts at (or left of) the blanks it governs: not a column header
_SAME_SIZE = 1.0  # points: lines of one paragraph are printed in one size
_PHRASE_GAP = 14.0  # a wider gap between words on one line separates two phrases
_PERSON_FIELDS = frozenset({LoaField.AUTHORIZED_NAME, LoaField.AUTHORIZED_TITLE,
                            LoaField.CONTACT_PHONE, LoaField.CONTACT_EMAIL})
# values the case holds once: a blank for one of them asked "if different" is someone else's
# ("Service address if different", a column of a numbers table; the billing address is its own)
_ASKED_ONCE = frozenset({*_PERSON_FIELDS, LoaField.ACCOUNT_NAME, LoaField.SERVICE_ADDRESS,
                         LoaField.STREET, LoaField.CITY, LoaField.STATE, LoaField.POSTAL_CODE,
                         LoaField.LOCALITY})
_ACCOUNT_USER = re.compile(r"\bauthori[sz]ed (user|person|signatory)\b")  # the account's, not theirs
_PRINTED_VALUE = re.compile(r":\s*[^\s(]")  # "Recipient operator name: COLT Ltd" (not "To: (...)")
# "Hanse Netz GmbH, Am Sandtorkai 48, 20457 Hamburg": a provider's printed address, no heading
_PRINTED_ADDRESS = re.compile(r",[^,]*\d[^,]*,"
                              # "Chinook Business Telecom Inc.": a company's printed name
                              r"|\b(inc|ltd|llc|gmbh|ag|plc|corp|limited|ltee|sarl|sas|bv|nv|"
                              r"sa|sl|dac|kg)\.?$", re.IGNORECASE)
_LEADERS = re.compile(r"[._\u2026]{3,}")  # dot or underscore leaders after a label
_ACCOUNT_WITH = re.compile(r"\b(account|address|details) (held |registered |on file )?(with|at) "
                           r"(your |the )?(current|existing|old|losing|present)\b")
_ASIDE = re.compile(r"\([^)]*\)?")
_PARTY = (r"(account|account holder|customer|subscriber|client|kunde\w*|anschlussinhaber\w*|"
          r"abonne|titulaire|klant|cliente|titular)")
_JOINT = re.compile(rf"\b{_PARTY}\b.*\b(and|und|et|en|y)\b|\b(and|und|et|en|y)\b.*\b{_PARTY}\b")
_NAMES = frozenset({LoaField.ACCOUNT_NAME, LoaField.CARRIER})
_THEIRS_UNDER_LOSING = frozenset({
    LoaField.SERVICE_ADDRESS, LoaField.STREET, LoaField.SUITE, LoaField.CITY, LoaField.STATE,
    LoaField.POSTAL_CODE, LoaField.CONTACT_PHONE, LoaField.CONTACT_EMAIL,
    LoaField.AUTHORIZED_NAME, LoaField.AUTHORIZED_TITLE})


def mark_sections(founds: list[Found], texts: dict[int, PageText]) -> None:
    """Turn blanks in the new provider's or the office's section into not ours, and names in
    the current provider's section into the carrier (its address and contact are not ours)."""
    # the words each blank was read by; a heading that governs a grid of slots from afar
    # ("3. Numbers to transfer") is still a heading for the blanks under it, not a label
    labels = {(f.blank.page, normalise(f.evidence)) for f in founds
              if f.evidence and f.source != "slot under a numbers heading"}
    labels |= _other_captions(founds, texts)
    signs = [section_heading(f, texts[f.blank.page], labels) for f in founds
             if f.field == LoaField.SIGNATURE]
    for f in founds:
        if _another_person(f, texts, labels, signs):
            continue
        if f.field is None and bare_phone(f.evidence):
            heading = section_heading(f, texts[f.blank.page], labels)
            person = person_on_row(f, founds)
            if heading and (CONTACT_SECTION.search(normalise(heading))
                            or SIGNER_SECTION.search(normalise(heading))):
                # the contact's, or the requester's / authorised representative's: our contact
                f.field, f.confidence = LoaField.CONTACT_PHONE, _STRONG
                f.note(f"under '{heading}'")
            elif person:  # "Authorized user | Title | Email | Phone": that person's phone
                f.field, f.confidence = LoaField.CONTACT_PHONE, _STRONG
                f.note(f"on the row of '{person}'")
            continue
        if f.field is None or f.field == NOT_OURS:
            continue
        heading = section_heading(f, texts[f.blank.page], labels)
        if heading is None:
            continue
        role = "office" if OFFICE_USE.search(normalise(heading)) else heading_role(heading)
        if role == "gaining" and "losing" in (provider_role(f.evidence), f.heading_role):
            continue  # "Current operator" says whose it is, whatever block it follows
        if role is None and SIGNER_SECTION.search(normalise(heading)):
            role = "signer"
        if role is None and f.field == LoaField.ACCOUNT_NAME and f.confidence < _STRONG and \
                CUSTOMER_SECTION.search(normalise(heading)) and f.source.startswith("label"):
            f.confidence = _STRONG  # a bare "Name" under "Account holder" is the customer's
            f.note(f"under '{heading}'")
        elif role in ("signer", None) and f.field == LoaField.ACCOUNT_NAME and \
                f.confidence < 0.8 and (role or CONTACT_SECTION.search(normalise(heading))):
            # "Name:" of the requester, or of the contact person ("Contactpersoon: Naam")
            f.field, f.confidence = LoaField.AUTHORIZED_NAME, 0.8  # "Name:" of the requester
            f.note(f"under '{heading}'")
        elif role in ("office", "gaining"):
            f.field = NOT_OURS
            f.note(f"under '{heading}'")
        elif role == "losing" and f.field in _NAMES and not _names_the_customer(f):
            f.field, f.confidence = LoaField.CARRIER, max(f.confidence, 0.85)
            f.note(f"under '{heading}'")
        elif role == "losing" and f.field in _THEIRS_UNDER_LOSING and not (
                f.field == LoaField.AUTHORIZED_NAME and _ACCOUNT_USER.search(normalise(f.evidence))):
            f.field = NOT_OURS
            f.note(f"the current provider's, under '{heading}'")


def _another_person(f: Found, texts: dict[int, PageText],
                    labels: set[tuple[int, str]], signs: Sequence[str | None] = ()) -> bool:
    """A person's blank under a heading asked only "if different": not ours, left empty."""
    said = normalise(f.evidence)
    if f.field in _ASKED_ONCE and not IF_DIFFERENT.search(said):
        said = f"{said} {_aside_after(f, texts[f.blank.page])}"  # "[____] (only if different)"
    if f.field in _ASKED_ONCE and IF_DIFFERENT.search(said) and \
            not (f.field == LoaField.AUTHORIZED_NAME and UNLESS_HOLDER.search(said)):
        # "Account holder's name at the LSP, if different from A": the case has one name,
        # given above ("Authorised person (if other than the customer)" is the signer's,
        # written when the signer is not the holder: plan.py)
        f.field = NOT_OURS
        f.note("asked only if different")
        return True
    bare_name = f.field == LoaField.ACCOUNT_NAME and f.confidence < _STRONG
    if f.field not in _PERSON_FIELDS and f.field != LoaField.SIGNATURE and not bare_name and \
            not (f.field is None and bare_phone(f.evidence)):
        return False
    heading = section_heading(f, texts[f.blank.page], labels)
    if heading is not None and _names_another_signer(heading) and \
            any(h != heading for h in signs):  # the customer signs elsewhere on the form
        f.field = NOT_OURS  # "Second authorised signatory (if no sole authority)": its name,
        f.note(f"another person's, under '{heading}'")  # title and signature are not the case's
        return True
    if f.field == LoaField.SIGNATURE:
        return False
    if heading is None or not IF_DIFFERENT.search(normalise(heading)):
        heading = side_heading(f, texts[f.blank.page])  # "Technical contact (if different)"
        if not IF_DIFFERENT.search(normalise(heading)):  # at the left of the person's row
            return False
    f.field = NOT_OURS
    f.note(f"another person's, asked only if different: under '{heading}'")
    return True


def _names_another_signer(heading: str) -> bool:
    """A heading that reads, in the form's languages, as a person the case does not hold (a
    second signatory, a witness) and names no blank of ours: the people under it are its."""
    read = classify(heading)
    return read is not None and read.field == NOT_OURS and _OFFICE.search(
        normalise(heading)) is None and _another_signer_words(heading)


def _another_signer_words(heading: str) -> bool:
    """The heading's own words, read alone, say a signer or a person (not a register: a VAT
    heading over a company's name is no person's block)."""
    reads = (classify(word) for word in normalise(heading).split())
    return any(read is not None and read.field in _A_PERSON for read in reads)


_A_PERSON = frozenset({LoaField.AUTHORIZED_NAME, LoaField.SIGNATURE})


_OFFICE = re.compile(r"\b(office|use only|reserved)\b")  # the office block has its own rule


_ASIDE_REACH = 160.0  # points right of a blank its own note may be printed


def _aside_after(f: Found, text: PageText) -> str:
    """A note printed right after the blank on its line, in brackets ("(only if different from
    section 1)"), and what the widget's own name or tooltip says: both qualify the blank."""
    note = " ".join(w.text for w in text.right(f.blank.rect, reach=_ASIDE_REACH))
    hints = (f.blank.widget.tooltip, f.blank.widget.field_name) if f.blank.widget else ()
    return normalise(" ".join([note if note.lstrip().startswith("(") else "", *hints]))


def _names_the_customer(f: Found) -> bool:
    """"Account holder name:" under "Your current phone provider account" is the customer's:
    its own label names the customer, and a heading only says which account it is."""
    return f.field == LoaField.ACCOUNT_NAME and f.confidence >= _STRONG and \
        bool(CUSTOMER_SECTION.search(normalise(f.evidence))) and provider_role(f.evidence) is None


def _caption_of_a_provider(said: str) -> bool:
    """"Provider name" over a provider's printed name: a caption saying whose is not, so no
    heading ("Current provider" says whose: that one is)."""
    read = classify(said)
    return read is not None and read.field == LoaField.CARRIER and provider_role(said) is None


def heading_role(heading: str) -> str | None:
    """Whose section a heading names. "Anschlussinhaber (wie beim bisherigen Anbieter
    hinterlegt)" is the account holder's, as recorded by the current provider: a heading that
    names the customer before its aside is the customer's, whatever provider the aside names
    (a heading naming only a provider in its aside, "From: (current provider)", is that one's)."""
    if customers_heading(heading) or _JOINT.search(normalise(_ASIDE.sub(" ", heading))):
        return None  # "1. CURRENT OPERATOR AND ACCOUNT": both parties' blanks, by their labels
    return provider_role(heading)


def customers_heading(heading: str) -> bool:
    """The heading names the customer, before any aside, and no provider there; or names the
    customer's account or address held with a provider ("Account with your current carrier":
    its "Business name" is the customer's; "Billing address on file with your current
    carrier": the customer's billing address, not the carrier's own)."""
    said = _ASIDE.sub(" ", heading)
    if _ACCOUNT_WITH.search(normalise(said)):
        return True
    return bool(CUSTOMER_SECTION.search(normalise(said))) and provider_role(said) is None


def section_heading(f: Found, text: PageText, labels: set[tuple[int, str]]) -> str | None:
    """The text of the nearest heading above the blank, or None when there is none near."""
    x0, _y0, x1, top = f.blank.rect
    floor = top  # the reach runs from the blank, and on from each label row passed over
    for line in sorted((ln for ln in text.lines if top - 2 <= ln.y), key=lambda ln: ln.y):
        if line.y > floor + _REACH:
            break
        in_column = _words(line, x0, x1, True)
        words = in_column or _words(line, x0, x1, False)
        if not words:
            continue
        said = " ".join(w.text for w in words)
        if _boxed_apart(words, f.blank.rect, text):
            continue  # a panel's title speaks for the panel's blanks, not for those under it
        if OFFICE_USE.search(normalise(said)) and _one_language_words(said) <= _HEADING_WORDS:
            return said  # "OFFICE USE": a panel's title, though its first blank read it as a label
        if _label_row(line, f.blank.page, labels) or \
                (f.blank.page, normalise(said.strip(" :"))) in labels:
            if f.blank.kind not in ("check", "box"):  # a tick answers its own question
                floor = max(floor, line.top)  # rows of a block: its heading is above them all
            continue  # other blanks' labels ("City  State  ZIP"), not a heading
        if not in_column and _spans_headings(line, x0, x1):
            return None  # "Von ... | An ...": a blank running under both is in neither's section
        if len(words) > _HEADING_WORDS or _PRINTED_VALUE.search(said) or \
                _PRINTED_ADDRESS.search(said) or ends_paragraph(line, text) or \
                _ends_a_column_paragraph(line, words, text) or \
                _caption_of_a_provider(said):
            continue  # body text (a fragment of it can look like anything), or a value
        return said
    return None


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


def _other_captions(founds: Sequence[Found], texts: dict[int, PageText]) -> set[tuple[int, str]]:
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


def _phrases(words: Sequence[Word]) -> list[list[Word]]:
    phrases: list[list[Word]] = []
    for w in words:
        if phrases and w.x0 - phrases[-1][-1].x1 <= _PHRASE_GAP:
            phrases[-1].append(w)
        else:
            phrases.append([w])
    return phrases


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
    panel's title printed twice, as long in each language as a heading is."""
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
