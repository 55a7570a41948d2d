"""Values written inside sentences: a bill sent as a letter or an e-mail says whose it is and
when it was issued in prose ("Your invoice for Acme Dental LLC is ready.", "... and is dated
July 25, 2025"), with no label over either value.

A sentence names the holder when it says whose the document is: a document word (invoice,
statement, bill, facture, relevé) then "for" / "pour", the name, and the sentence's verb after
it. It names the bill's date when it says the document "is dated" a day. Both are weighed under
any labelled value (extract.py), so a bill that labels its facts is read as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from portdesk.bills.context import Context, classify
from portdesk.bills.dates import month_of, parse_date
from portdesk.bills.findbase import _word_span
from portdesk.bills.layout import Segment, below
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.parse import clean_name
from portdesk.bills.values import Candidate, Evidence

_DOCUMENT = r"(?:invoice|statement|bill|facture|relev[ée](?: de compte)?)"
# the verb that ends the name: "... LLC is ready", "... LLC has been issued", "... est prête"
VERB_AFTER = re.compile(r"(?i)^\W*(?:is|are|was|were|has|have|will|can|est|sont|a été)\b")
_HOLDER = re.compile(rf"(?i)\b{_DOCUMENT}\s+(?:for|pour)\s+(?P<name>.+?)\s+"
                     r"(?:is|are|was|were|has|have|will|can|est|sont|a été)\b")
# "This bill is for Priya Morrison, account ending in 8306.": the name's clause closed by a
# comma, the next clause labelling another of the account's facts (find.next_fact)
_HOLDER_CLAUSE = re.compile(rf"(?i)\b{_DOCUMENT}\s+is\s+(?:for|pour)\s+(?P<name>[^,]+?),\s+"
                            r"(?P<rest>\S.*)$")
_DATED_AT_END = re.compile(r"(?i)\b(?:is|was)\s+dated(?:\s+(?:on|the))?\s*$")
_DATED = re.compile(r"(?i)\b(?:is|was)\s+dated\s+(?:(?:on|the)\s+)?(?P<when>.{6,24})")

HOLDER_WEIGHT = 0.55  # under a labelled name (0.7 and up), over a header line's guess
DATE_WEIGHT = 0.6


def sentence_values(bill: BillIndex) -> Iterator[tuple[str, Candidate]]:
    """(field, candidate) for each holder's name and bill date a sentence states."""
    for index in bill.pages:
        for seg in index.segments:
            yield from _of(seg)
            if _DATED_AT_END.search(seg.text) and (
                    nxt := below(seg, index.by_top, max_lines=1.9, align=6.0)) is not None:
                # "... and this statement is dated" / "December 29, 2025. The amount ...": the
                # sentence goes on at the start of the next line
                when = parse_date(" ".join(w.text for w in nxt.words[:4]))
                if when is not None:
                    part = Segment(nxt.page, nxt.words[:3], nxt.line)
                    yield "statement_date", Candidate(when, Evidence.of(part),
                                                      DATE_WEIGHT * part.conf)


def _of(seg: Segment) -> Iterator[tuple[str, Candidate]]:
    text = seg.text
    m = _HOLDER.search(text)
    if m is None and (c := _HOLDER_CLAUSE.search(text)) is not None and labels_a_fact(
            c.group("rest").split()):
        m = c
    if m is not None and (name := clean_name(m.group("name"))) and _a_name(name):
        part = _part(seg, *m.span("name"))
        yield "account_name", Candidate(name, Evidence.of(part), HOLDER_WEIGHT * part.conf)
    if (m := _DATED.search(text)) is not None and (when := parse_date(m.group("when"))):
        part = _part(seg, *m.span("when"))
        yield "statement_date", Candidate(when, Evidence.of(part), DATE_WEIGHT * part.conf)


_NOT_WHOSE = frozenset({"the", "this", "your", "our", "last", "next", "period", "services",
                        "service", "account", "month", "la", "le", "votre", "ce"})


def labels_a_fact(words: list[str]) -> bool:
    """The clause's first words label another of the account's facts ("account ending in",
    "service at"), not the rest of a name ("LLC", "Trustee")."""
    return any(classify(" ".join(words[:k])) not in (Context.NONE, Context.NAME)
               for k in (1, 2, 3))


def _a_name(name: str) -> bool:
    """Whose the document is, not what it covers: two words to eight, capitalised, no period of
    time ("Your bill for March is ready") and no word of the bill itself ("for this period")."""
    words = name.split()
    return (2 <= len(words) <= 8 and name[:1].isupper() and month_of(words[0]) is None
            and words[0].casefold() not in _NOT_WHOSE)


def _part(seg: Segment, start: int, end: int) -> Segment:
    first, last = _word_span(seg, start, end)
    return Segment(seg.page, seg.words[first:last + 1], seg.line)
