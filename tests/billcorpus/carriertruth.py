"""What the page proves about a typed carrier name: the corpus truth's rule for the carrier verdict.

A family's carrier has many names (`Carrier.all_names`: brand, legal name, aliases, initials, an
old name), but a bill prints only some of them. The truth says only what the page proves:

- a typed name is **exact** where the page prints it as typed, and **equivalent** where it prints
  it up to case, accents, punctuation, a legal-form suffix (Inc, LLC, Ltd, Corp, Co-op...), '&' for
  'and', a leading 'The' or a standard abbreviation of a word ('Tel' for 'Telephone', 'Comm' for
  'Communications', `_SPELLED`); a web address never prints a name (session 20);
- it is also **equivalent** where PortDesk's own carrier list (the product's table, never the
  corpus's) makes it the same carrier as a name the page prints;
- a typed name PortDesk's list knows as **another** carrier than the one the page prints is a
  **mismatch**;
- anything else is **unverifiable**: an alias, initials, the start of a legal name or a kind word
  swapped ('Bluegrass Telephone' for 'Bluegrass Cellular': two companies) that the page prints
  nowhere may be another name of the sender or another company, and only the eye can tell.

Brands of one group on the list (a brand and its parent's other brand) are neither the same
carrier nor another company here: which of them holds the account is a question (unverifiable).

A **billing agent** the page names apart from the carrier that provides the service ("Billed on
behalf of X by Y", "Y, billing agent for X", "X services billed by Y", or "Billed on behalf of
X" under Y's own name) is a **mismatch** when typed as the carrier (decided by the lead, session
16): the LOA goes to the carrier that provides the service, and the page proves which that is.
The typed X stays what the rules above make it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from itertools import pairwise

from tests.billcorpus.truth import BillTruth

EXACT, EQUIVALENT, MISMATCH, UNVERIFIABLE = "exact", "equivalent", "mismatch", "unverifiable"

_LEGAL = frozenset({"inc", "incorporated", "llc", "ltd", "limited", "corp", "corporation", "co",
                    "company", "cooperative", "ltee", "lp", "llp", "plc"})
_COOP = re.compile(r"\bco\s?-?\s?op(?:erative)?\b")


def name_key(text: str) -> str:
    """A name up to case, accents, punctuation, '&'/'and', a leading 'The' and legal suffixes."""
    words = list(_words(text))
    while words and words[-1] in _LEGAL:
        words.pop()
    if words and words[0] == "the":
        words.pop(0)
    return " ".join(words)


@lru_cache(maxsize=1 << 16)  # a pure function of its text, kept as a tuple: the test run's cases
def _words(text: str, spelled: bool = True) -> tuple[str, ...]:  # ask it of the same words often
    text = unicodedata.normalize("NFKD", text.casefold().replace("&", " and "))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _COOP.sub(" cooperative ", text)
    words = re.sub(r"[^0-9a-z]+", " ", text).split()
    return tuple(_SPELLED.get(w, w) for w in words) if spelled else tuple(words)


# the standard abbreviations of words in company names, the truth's own list (decided by the
# lead, session 20): 'Delhi Tel Co' names 'Delhi Telephone Company' in its printed words. A web
# address never names a carrier ('delhitel.com' is no print of 'Delhi Tel Co').
_SPELLED = {"tel": "telephone", "co": "company", "comm": "communications",
            "comms": "communications", "coop": "cooperative", "assn": "association",
            "assoc": "association", "svcs": "services", "svc": "services", "intl": "international",
            "natl": "national", "corp": "corporation", "inc": "incorporated", "ltd": "limited"}


def _line_words(line: str) -> list[tuple[str, int, str]]:
    """(key word, index of the printed token it comes from, the printed token) for one line
    ('Tel:' is a caption, not an abbreviated word of a name)."""
    return [(w, i, tok) for i, tok in enumerate(line.split())
            for w in _words(tok, spelled=not tok.endswith(":"))]


def printed_whole(key: str, lines: list[list[tuple[str, int, str]]],
                  longer: frozenset[str] = frozenset()) -> bool:
    """The name's key words are printed as whole tokens on one line, or across two lines (a
    logo lockup: "POLAR" over "Communications"), somewhere other than inside a longer name of
    the sender's (`longer`): "Massillon Cable" printed only as the start of "Massillon Cable
    TV, Inc." is not a name the page prints."""
    want = key.split()
    if not want:
        return False
    bigger = [k.split() for k in longer if len(k.split()) > len(want)]
    runs = [*lines, *(a + b for a, b in pairwise(lines))]
    return any(_free_at(ws, i, len(want), bigger) for ws in runs for i in _spots(ws, want))


def _spots(ws: list[tuple[str, int, str]], want: list[str]) -> list[int]:
    n, first = len(want), want[0]
    return [i for i in range(len(ws) - n + 1) if ws[i][0] == first  # (cheap test first)
            and [w for w, _, _ in ws[i:i + n]] == want
            and not (i and ws[i - 1][1:] == ws[i][1:])  # not inside a token ("AT" of "AT&T")
            and not (i + n < len(ws) and ws[i + n - 1][1:] == ws[i + n][1:])]


def _free_at(ws: list[tuple[str, int, str]], i: int, n: int, bigger: list[list[str]]) -> bool:
    """No longer name of the sender's covers the words at i..i+n."""
    for big in bigger:
        for j in _spots(ws, big):
            if j <= i and i + n <= j + len(big):
                return False
    return True


@cache
def _list() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """PortDesk's carrier list: (key, group, name keys) per carrier."""
    from portdesk.bills.carrierlist import CARRIERS

    return tuple((c.key, c.family, frozenset(k for k in (name_key(a) for a in (c.name, *c.aliases))
                                             if k)) for c in CARRIERS)


def listed_as(name: str, *, typed: bool = False) -> tuple[str, str] | None:
    """(carrier key, group) PortDesk's list gives a name, as the product looks it up (its
    aliases, domains and a known name at the head: 'Cox Business Services'), or None."""
    from portdesk.bills.carriers import identify, identify_typed

    found = (identify_typed if typed else identify)(name)
    return (found.key, found.family) if found is not None else None


def _printed_listed(lines: list[list[tuple[str, int, str]]]) -> set[tuple[str, str]]:
    """The list's carriers whose names the page prints as whole words (long enough to mean it:
    a single short word such as 'Bell' or 'Public' is not a carrier named on the page)."""
    printed = {w for ws in lines for w, _, _ in ws}  # a name with a word not printed is not
    return {(k, g) for k, g, keys in _list()  # printed whole: it is passed over at once
            for name in keys if (len(name) >= 6 or " " in name)
            and printed.issuperset(name.split()) and printed_whole(name, lines)}


# a typed name that gives the carrier with another of its names: "X d/b/a Y", "Y (formerly X)",
# "Y, a Z company"; the page proves it when it prints one of the carrier's names given
_GIVEN_AS = re.compile(r"(?i)\s+(?:d/b/a|dba|doing business as)\s+|\s*\(?\bformerly\b\s*|"
                       r"\)|,\s+an?\s+.*\b(?:company|subsidiary|division)\b.*$")


# the page saying who provides the service and who only bills for it: (provider, agent) named
_NM = r"(?P<{}>[A-Z0-9][\w&'’.-]*(?:,?\s+[\w&'’.-]+){{0,6}}?)"
_AGENT_WORDS = r"(?:billing (?:agent|clearinghouse)|clearinghouse)"
_AGENCY = tuple(re.compile(p) for p in (
    r"(?i:(?:billed|invoiced|collected) (?:for and )?on behalf of)\s+" + _NM.format("x") +
    r"\s+(?i:by)\s+" + _NM.format("y") + r"(?=\s*(?:[,.;()]|$))",
    r"(?:^|[.;]\s+)" + _NM.format("y") + r",?\s+(?i:is |acts as )?(?i:the |your |an? )?(?i:authori[sz]ed )?"
    r"(?i:" + _AGENT_WORDS + r")\s+(?i:for|of|on behalf of)\s+" + _NM.format("x") +
    r"(?=\s*(?:[,.;()]|$))",
    r"(?:^|[.;]\s+)" + _NM.format("x") + r"\s+(?i:services?|charges)\s+(?i:are |is )?(?i:billed|invoiced)"
    r"\s+(?i:by)\s+" + _NM.format("y") + r"(?=\s*(?:[,.;()]|$))",
    r"(?i:(?:billed|invoiced) by)\s+" + _NM.format("y") + r"\s+(?i:on behalf of|for)\s+" +
    _NM.format("x") + r"(?=\s*(?:[,.;()]|$))",
))
_BEHALF = re.compile(r"(?i)\b(?:billed|invoiced|collected) (?:for and )?on behalf of\b")


def billing_agents(text: str) -> set[str]:
    """The name keys of the billing agents the page names apart from the provider."""
    out = set()
    for line in text.splitlines():
        for pattern in _AGENCY:
            for m in pattern.finditer(line):
                if (y := name_key(m.group("y"))) and y != name_key(m.group("x")):
                    out.add(y)
    return out


def _an_agent(typed: str, truth: BillTruth, text: str, sender: frozenset[str]) -> bool:
    """The typed name is the billing agent the page names apart from the provider: in one of
    the agency phrases, or printed whole on a page that says it is billed on behalf of the
    carrier (the agent's name heads such a page and takes the payment)."""
    key = name_key(typed)
    if not key or key in sender:
        return False
    if key in billing_agents(text):
        return True
    lines = [_line_words(line) for line in text.splitlines()]
    return bool(_BEHALF.search(text)) and printed_whole(key, lines)


def carrier_truth(typed: str, truth: BillTruth, text: str, *, ours: bool) -> str:
    """The verdict the page proves for `typed` (`ours`: the generator means one of the bill's
    carrier's names; else another carrier's brand, typed by mistake)."""
    sender = frozenset({name_key(p) for n in truth.carrier.all_names
                        for p in _GIVEN_AS.split(n) if p} - {""})
    if not ours and _an_agent(typed, truth, text, sender):
        return MISMATCH  # the LOA goes to the provider the page names, never its billing agent
    parts = [p.strip() for p in _GIVEN_AS.split(typed) if p and p.strip()]
    whole = _one_name(typed, truth, text, ours=ours)
    if not ours or parts == [" ".join(typed.split())] or whole in (EXACT, EQUIVALENT):
        return whole
    given = any(_one_name(p, truth, text, ours=True) in (EXACT, EQUIVALENT) for p in parts)
    return EQUIVALENT if given else whole


_Lines = tuple[list[tuple[str, int, str]], ...]


@lru_cache(maxsize=16)
def _page_names(text: str, carrier_names: tuple[str, ...],
                ) -> tuple[_Lines, str, frozenset[str], frozenset[str], frozenset[tuple[str, str]]]:
    """What _one_name reads of the page and the sender, the same for every name typed against
    one page: (its lines' words, its text squashed, the sender's name keys, those it prints
    whole, and what PortDesk's list makes of those). A function of the page's text and the
    carrier's names alone, worked out once for the many cases drawn on one bill; nothing in it
    is changed by its readers."""
    lines = tuple(_line_words(line) for line in text.splitlines())
    squashed = " ".join(text.split())
    # each name a legal line joins ("X, Inc. d/b/a Y") is a name of its own
    sender = frozenset({name_key(p) for n in carrier_names
                        for p in _GIVEN_AS.split(n) if p} - {""})
    printed_names = frozenset(n for n in sender if printed_whole(n, list(lines), sender))
    senders_listed = frozenset(hit for n in printed_names if (hit := listed_as(n)) is not None)
    return lines, squashed, sender, printed_names, senders_listed


@lru_cache(maxsize=16)
def _listed_on(text: str) -> frozenset[tuple[str, str]]:
    """_printed_listed of the page's lines, once per page text."""
    return frozenset(_printed_listed(list(_page_names(text, ())[0])))


def _one_name(typed: str, truth: BillTruth, text: str, *, ours: bool) -> str:
    lines, squashed, sender, printed_names, senders_listed = _page_names(
        text, truth.carrier.all_names)
    squeezed = name_key(typed).replace(" ", "")  # 'Go Netspeed' for 'GoNetspeed': spacing
    if ours and (printed_whole(name_key(typed), list(lines), sender) or any(
            n.replace(" ", "") == squeezed for n in printed_names)):
        verbatim = re.search(rf"(?<!\w){re.escape(' '.join(typed.split()))}(?!\w)", squashed)
        return EXACT if verbatim else EQUIVALENT
    mine = listed_as(typed, typed=True)
    if mine is None:
        return UNVERIFIABLE  # another name of the sender, or another company: the eye decides
    shown = senders_listed | (_listed_on(text) if ours else frozenset())
    if any(mine[0] == k for k, _ in shown):
        return EQUIVALENT  # the list makes it the same carrier as a name the page prints
    if any(mine[1] == g for _, g in shown):
        return UNVERIFIABLE  # brands of one group: which holds the account is a question
    if any(f" {n} " in f" {name_key(typed)} " for n in printed_names):
        return UNVERIFIABLE  # "Cablevision Lightpath": the sender under its parent's name
    return MISMATCH if printed_names else UNVERIFIABLE
