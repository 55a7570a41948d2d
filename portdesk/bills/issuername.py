"""Whether two names of a bill's sender are one identity: by case, punctuation, legal suffix,
a line of business, initials or a web domain spelling the name, never by a list of names.

Split from issuer.py (where the bill names its sender); the carrier check (carriercheck.py) and
the open extraction compare names with these.
"""

from __future__ import annotations

import re

from portdesk.bills.carriers import name_key
from portdesk.bills.ocrdigits import print_shape

# words any carrier's name may hold: they say nothing of which one
_GENERIC = frozenset({"telephone", "telecom", "telcom", "telecommunications", "communications", "comm",
                      "comms", "networks", "network", "fiber", "fibre", "broadband", "wireless",
                      "mobile", "cable", "cooperative", "coop", "co", "op", "company", "services",
                      "service", "solutions", "business", "voice", "internet", "tel", "the", "and",
                      "of", "group", "systems", "telephone company", "utilities", "association",
                      "mutual", "rural", "data", "cloud", "connect", "digital", "inc", "llc"})


def name_words(name: str) -> list[str]:
    """A name's key words, without a line of business after it ("Cooptel Affaires") or an
    acronym wordmark before it ("HTC Horry Telephone Cooperative")."""
    words = name_key(name).split()
    while len(words) > 1 and words[-1] in _LINE_OF_BUSINESS:
        words.pop()
    if len(words) >= 3 and len(words[0]) >= 2 and words[0] == _initials(words[1:]):
        words = words[1:]
    return words


def _generic_left_out(short: list[str], long_: list[str]) -> bool:
    """`short` is `long_` with only words any carrier's name may hold left out, its own words
    in their order ("Quadro Co-operative" for "Quadro Communications Co-operative")."""
    rest = iter(long_)
    for word in short:
        for other in rest:
            if other == word:
                break
            if other not in _GENERIC:
                return False
        else:
            return False
    return all(w in _GENERIC for w in rest)


def _distinct(words: list[str]) -> bool:
    return any(w not in _GENERIC and len(w) >= 3 and not w.isdigit() for w in words)


def _initials(words: list[str]) -> str:
    # articles, and French elided ones ("l'arrière-pays", "d'Ottawa" key as "l arriere")
    return "".join(w[0] for w in words if w not in {"of", "and", "the", "de", "du", "la", "le",
                                                    "l", "d", "des"})


def same_issuer(a: str, b: str, *, b_is_domain: bool = False) -> bool:
    """Whether two names of a sender are one identity: equal but for case, punctuation and a
    legal suffix; one the head of the other with a word that names ("Prairie Fiber" and
    "Prairie Fiber Cooperative"), or the other with only generic carrier words left out
    ("Prairie Cooperative"); one the other's initials ("PFC"); a web domain spelling the
    name without its spaces ("prairiefiber" or "pfcoop" for a domain)."""
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb:
        return False
    if b_is_domain:
        return domain_strength(wa, "-".join(wb)) > 0
    if wa == wb:
        return True
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if (long_[:len(short)] == short or _generic_left_out(short, long_)) and _distinct(short):
        return True
    for one, other in ((wa, wb), (wb, wa)):
        if len(one) == 1 and len(one[0]) >= 2 and len(other) >= 2 and one[0] == _initials(other):
            return True
    return "".join(wa) == "".join(wb)


# the kind of telephone company a name ends with, which a carrier's later names change
KIND = frozenset({"telephone", "communications", "telecom", "telcom", "telecommunications", "tel"})


def kind_renamed(a: str, b: str) -> int:
    """The same name but for the telephone company's kind word at its end ("Emery Telephone"
    and "Emery Telcom"): how many words of the head are the name's own (no generic carrier
    word), 0 when the two are not so. How many it takes depends on what rests on it: the
    carrier's verdict asks two (carriercheck), whose block a stub's payee is asks one."""
    wa, wb = name_words(a), name_words(b)
    if len(wa) < 2 or len(wa) != len(wb) or wa[:-1] != wb[:-1] or wa[-1] == wb[-1]:
        return 0
    if not {wa[-1], wb[-1]} <= KIND:
        return 0
    return sum(w not in _GENERIC and len(w) >= 3 for w in wa[:-1])


_LINE_OF_BUSINESS = frozenset({"business", "biz", "pro", "enterprise", "affaires", "entreprises"})
_HOST_PREFIX = re.compile(r"^(?:my|get|go|shop|pay|the)(?=[a-z]{4})")


def domain_strength(words: list[str], stem: str) -> float:
    """How surely a web domain spells a name: 1.0 for the name itself, its initials or its
    naming words with a line of business ("ritterbusiness" for Ritter Communications); 0.5
    for one a head of the other ("access" for Access Communications Co-operative); 0."""
    head, _, tag = stem.partition("-")
    stem = _HOST_PREFIX.sub("", stem.replace("-", ""))  # "sun-valley.net" spells Sun-Valley
    squashed = "".join(words)
    core = "".join(w for w in words if w not in _GENERIC)
    if len(stem) < 3:
        return 0.0
    if 1 <= len(tag) <= 3 and len(head) >= 3 and head in (squashed, _initials(words), core):
        return 0.5  # "ftc-i.net", "bvt-tel.com": the name or its initials, then a service tag
    if stem in (squashed, _initials(words)) or (len(core) >= 4 and (
            stem == core or (stem.startswith(core) and stem[len(core):] in _LINE_OF_BUSINESS))):
        return 1.0
    if (len(stem) >= 5 and squashed.startswith(stem)) or (
            len(squashed) >= 4 and stem.startswith(squashed)):
        return 0.5
    naming = [w for w in words if w not in _GENERIC]  # "axion" for Câble Axion Digitel: the
    if len(stem) >= 4 and any(stem == "".join(naming[:k]) for k in range(1, len(naming))):
        return 0.5  # head of its naming words, the line of business before them left out
    return 0.0


def read_as_typed(read: str, typed: str, *, domain: bool = False) -> str:
    """A sender's name as OCR read it, each word of it that has the shape of a word of the typed
    name (a web domain: its stem, of a run of the typed name's words) written as typed: 'Iniand
    Cellular' for 'Inland Cellular', 'momington' for 'mornington'. Only OCR's confusions are
    undone (print_shape); a name with any other letter of its own stays as read."""
    words = name_key(typed).split()
    if domain:
        runs = ["".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)]
        return next((r for r in runs if len(r) >= 4 and print_shape(r) == print_shape(read)), read)
    shapes = {print_shape(w): w for w in typed.split() if len(w) >= 3}
    out = []
    for part in read.split(" "):
        core = part.strip(".,;:")
        hit = shapes.get(print_shape(core)) if len(core) >= 3 else None
        out.append(part.replace(core, hit) if hit is not None else part)
    return " ".join(out)
