"""The section a blank sits in changes whose value it asks for.

"Name" under "Von (abgebender Netzbetreiber)" is the losing carrier; under the new provider's heading
it is not ours; "Ville" under "Adresse de facturation" is the billing town; a "Date" right under
"Date souhaitée" is the requested date. A label's own words come first, the heading over it second.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from portdesk.loa.blanks import Blank
from portdesk.loa.fields import LoaField
from portdesk.loa.formscan import Word
from portdesk.loa.governing import heading_words
from portdesk.loa.labels import Line, PageText
from portdesk.loa.sectionheading import ends_paragraph
from portdesk.loa.sections import customers_heading
from portdesk.loa.ticks import Found
from portdesk.loa.vocabulary import (
    BILLING_CONTEXT,
    NOT_OURS,
    REQUESTED_CONTEXT,
    classify,
    normalise,
    provider_role,
)

_PHRASE_GAP = 14.0  # points: a wider gap between two words on a line separates two phrases
_HEADING_WORDS = 9  # a longer line above a blank is a sentence, not its section's heading
_BARE_ADDRESS = frozenset({"address", "adresse", "anschrift", "adres", "direccion", "indirizzo",
                           "morada", "endereco"})
_ADDRESS_WORD = re.compile(r"\b(address|adresse|anschrift|adres|direccion)\b")
# "as registered with / as it appears at / as held by <provider>": the record a value must
# match, said of the customer's own name
_AS_RECORDED = re.compile(r"\b(as (it is |it appears |shown |written )?(registered|recorded|held|"
                          r"known|listed|appears|billed|shown)|tel qu il (est enregistre|figure)|"
                          r"tal (y )?como (figura|consta)|wie (bei|beim)|"
                          # as the bill prints it ("Name wie auf der Rechnung des bisherigen
                          # Betreibers"): the provider named after it only says which bill
                          r"(wie (auf|in)|laut|gemass) (der |ihrer )?(letzten )?rechnung|"
                          r"tel(le)?( qu (il|elle))?( que)? (figure |apparait )?sur (la |votre )?"
                          r"(derniere )?facture|as (it )?(appears )?on (the |your )?(\w+ )?(bill|"
                          r"invoice))\b.*")
_BILLING = {LoaField.SERVICE_ADDRESS: LoaField.BILLING_ADDRESS,
            LoaField.STREET: LoaField.BILLING_STREET, LoaField.CITY: LoaField.BILLING_CITY,
            LoaField.STATE: LoaField.BILLING_STATE,
            LoaField.POSTAL_CODE: LoaField.BILLING_POSTAL_CODE}


def apply_context(found: Found, text: PageText, blank: Blank) -> None:
    """The section a blank sits in: provider columns, billing blocks, requested dates."""
    if found.field != LoaField.CARRIER and provider_role(found.evidence) == "gaining":
        found.field = NOT_OURS  # "Kundennummer beim neuen Anbieter": the new provider's
        return
    lines = [ln.text for ln in text.context(blank.rect, reach=45)]  # nearest first
    names = found.field in (LoaField.ACCOUNT_NAME, LoaField.CARRIER)
    if names and found.field == LoaField.ACCOUNT_NAME and _AS_RECORDED.search(
            normalise(found.evidence)) and provider_role(
            _AS_RECORDED.sub(" ", normalise(found.evidence))) is None:
        return  # "Company name (as registered with the donor network)": how the customer is
        # recorded by the provider, the customer's name (not the provider's)
    if names and (found.confidence < 0.8 or provider_role(found.evidence)):
        heading = _nearest_heading(text.context(blank.rect, reach=45), text)
        said = _whose(found.evidence, heading)
        role = said[1]
        if role == "losing":
            found.field, found.confidence = LoaField.CARRIER, max(found.confidence, 0.85)
            found.heading_role = role
            if said[0] != found.evidence:
                found.note(f"under '{said[0]}'")
        elif role == "gaining":
            found.field = NOT_OURS
            return
    if isinstance(found.field, LoaField) and (found.field in _BILLING
                                              or found.field == LoaField.SUITE):
        # which address block: the label itself if it names one, else the nearest address
        # line above ("Adresse de facturation" then "Ville", "Province" under it)
        # "Billing postcode (if different)": the label itself names the billing address
        # (read in phrases: the row of captions the label is one of, "Civic no. | Street |
        # Unit | City", is its phrases apart, none naming a block)
        own = normalise(found.evidence)
        above = text.context(blank.rect, reach=45)
        phrases = [p for ln in above for p in _phrases(ln, text)]
        # the block's heading over other cells of its row ("2. Billing address" over the
        # civic number and the street, not over the unit): the whole heading line's phrases
        phrases += [p for ln in above for p in _phrases(ln, text, whole=True)]
        block = found.evidence if BILLING_CONTEXT.search(own) else \
            next((t for t in [found.evidence, *phrases] if _names_block(t)), "")
        if BILLING_CONTEXT.search(normalise(block)) and found.field == LoaField.SUITE:
            # the billing address's own unit: the case writes it within the billing street
            # (no unit of its own), and the service's unit is not the billing one's
            found.field = NOT_OURS
            found.note("the unit of the billing address (held in its street line)")
        elif BILLING_CONTEXT.search(normalise(block)):
            found.field = _BILLING[found.field]
    asked = next((t for t in lines[:2] if REQUESTED_CONTEXT.search(normalise(t))), None)
    if found.field == LoaField.DATE_SIGNED and asked is not None:
        found.field, found.heading = LoaField.REQUESTED_DATE, asked


def own_label_not_heading(founds: Sequence[Found]) -> None:
    """A "Date" under "Desired port date" is the requested date only when that line heads it:
    when the line is the label of another blank (the requested date's own box, beside or
    above), the "Date" keeps its own word: the signing date."""
    for f in founds:
        if f.field != LoaField.REQUESTED_DATE or not f.heading:
            continue
        line = normalise(f.heading)
        if any(o is not f and o.blank.page == f.blank.page and o.field == LoaField.REQUESTED_DATE
               and not o.heading and o.evidence and normalise(o.evidence) in line
               for o in founds):
            f.field, f.heading = LoaField.DATE_SIGNED, ""


def _whose(label: str, headings: Sequence[str]) -> tuple[str, str | None]:
    """The provider a name blank belongs to, and the text that says so: its label first, then
    the nearest heading naming a party (the customer's heading: nobody's provider)."""
    if role := provider_role(label):
        return label, role
    for heading in headings:
        if customers_heading(heading):
            return heading, None
        if role := provider_role(heading):
            return heading, role
    return "", None


def _nearest_heading(lines: Sequence[Line], text: PageText) -> list[str]:
    """The lines above a blank (nearest first, the part over its column) that are not part of
    a sentence: instructions ("use the details on your current operator's bill") name no
    section; a heading wrapped on two lines ("Van (verzendende Provider of" over
    "Serviceprovider):") does."""
    out = []
    for part in lines:
        whole = next((ln for ln in text.lines if part.words[0] in ln.words), part)
        # a bilingual heading says its longer half ("BAHAGIAN B: ... / PART B: EXISTING
        # PROVIDER"), its section mark and asides nothing (governing.heading_words)
        phrase = _phrase_of(part.words[0], whole.words)
        if heading_words(phrase) <= _HEADING_WORDS and \
                not ends_paragraph(whole, text):  # "... held by the losing provider."
            # a heading running on past the blank's column (a band's title) is read to its end
            out.append(" ".join(w.text for w in phrase if w.x0 >= part.words[0].x0 - 0.5))
    return out


def _phrase_of(word: Word, line: Sequence[Word]) -> list[Word]:
    """The run of words (no wide gap) a word belongs to: a column header, or a sentence."""
    run: list[Word] = []
    for w in line:
        if run and w.x0 - run[-1].x1 > _PHRASE_GAP:
            if word in run:
                return run
            run = []
        run.append(w)
    return run


# "Same as service address", "as above", "identique à l'adresse d'installation": a tick's
# copy instruction beside a block's heading, never the name of the block it sits over
_SAME_AS = re.compile(r"\b(same as|as above|identique|comme ci dessus|wie oben|gleich wie|idem|"
                      r"igual que|igual a|mesma que|mesmo que|come sopra|uguale a|zelfde als|"
                      r"gelijk aan|samme som|sama kuin|som ovan|som over)\b")


def _phrases(line: Line, text: PageText, whole: bool = False) -> list[str]:
    """The whole phrases of the printed line the column's words belong to, left to right
    (whole: the phrase that starts the line): "address Same as service" over a street cell is part
    of "2. Billing address" and of the tick's "Same as service address", never a phrase of
    its own; a tick's copy instruction names no block."""
    full = sorted((w for w in text.line_of((line.x0, line.y, line.x1, line.top))
                   if not w.is_blank), key=lambda w: w.x0)
    runs: list[list[Word]] = []
    for w in full:
        if runs and w.x0 - runs[-1][-1].x1 <= _PHRASE_GAP:
            runs[-1].append(w)
        else:
            runs.append([w])
    if whole:  # the heading that starts the line ("2. Billing address"), not a caption of
        runs = runs[:1]  # another column further along it
    said = [" ".join(w.text for w in run) for run in runs
            if whole or any(w in line.words for w in run)] or [line.text]
    return [p for p in said if not _SAME_AS.search(normalise(p))]


def _names_block(text: str) -> bool:
    """A line naming an address block: "Service address", "Billing address", "Adresse de
    facturation"; a bare "Street address" under a column's heading names none (the heading
    "BILLING ADDRESS" over a column of captioned lines says whose street it is)."""
    norm = normalise(text)
    if BILLING_CONTEXT.search(norm) and _ADDRESS_WORD.search(norm):
        return True  # "Billing address on file with your current carrier" (read as a carrier)
    read = classify(text)
    if read is None or read.field not in (LoaField.SERVICE_ADDRESS, LoaField.STREET):
        return False
    if normalise(text) in _BARE_ADDRESS:  # "Adresse" under "Adresse de facturation": the
        return False  # heading over it says which block, the bare word does not
    return read.field != LoaField.STREET or BILLING_CONTEXT.search(normalise(text)) is not None

