"""The losing carrier as a known entity: who it is, whatever the bill or the specialist calls it.

A bill says "cox" in a wordmark, "Cox Communications, Inc." in its legal line and "coxbusiness.com"
in its footer; the specialist types "Cox Business". Those are one carrier, and comparing the
strings would call it a mismatch. Each carrier here has its brands, legal names, wordmark spellings
and web domains; brands of one group (Cricket and AT&T) are told apart, because the port goes to
the brand that holds the account. A carrier nobody listed stays unknown, and the comparison says so
honestly instead of guessing.
"""

from __future__ import annotations

import re
import unicodedata

from portdesk.bills.billmemo import per_bill
from portdesk.bills.carrierlist import CARRIERS
from portdesk.bills.carrierlist import Carrier as Carrier  # named here for its callers
from portdesk.bills.vocab import CARRIER_KIND_WORDS

# words that brand names share with ordinary bill text: they count only as a whole alias line
_AMBIGUOUS = frozenset({"mint", "boost", "wave", "grande", "consolidated", "granite", "frontier",
                        "freedom", "spectrum", "visible", "lumen", "lingo", "public", "zoom",
                        "bell", "rogers", "shaw", "cox", "mts", "sbc", "att", "mci", "tds", "gci",
                        "wow", "fizz", "charter", "metro", "sprint", "bandwidth", "kinetic", "goto",
                        "fusion",
                        "fios", "level 3", "ooma", "cricket", "altice", "optimum", "koodo", "fido",
                        "virgin mobile", "sparklight", "fidium", "astound", "rcn", "dish wireless",
                        "cogent", "sonic", "momentum", "grasshopper", "ting", "primus", "claro",
                        "lumos", "segra", "zayo", "metronet", "mitel", "cellcom", "tpx",
                        "ritter", "allo", "logix", "peerless", "hotwire", "westman",
                        "firstlight", "jive", "birch", "acs",
                        "htc"})  # HTC is also a handset maker
_LEGAL_TAIL = re.compile(r"\b(inc|incorporated|llc|l l c|corp|corporation|co|company|ltd|limited|"
                         r"ltee|lp|llp|plc|holdings|the)\b")


# "Co-op", "Co-operative", "Coop" are one word; cut at the hyphen, "Co" read as "company"
_COOPERATIVE = re.compile(r"\bco[- ]?op(?:erative)?\b")


def carrier_key(text: str) -> str:
    """Lower case, letters and digits only, legal suffixes and "&" kept apart: the alias key."""
    text = text.lower().replace("&", " and ")
    if not text.isascii():  # "Câble", "Télé", "Québec": a letter with its accent is that letter
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = _COOPERATIVE.sub("cooperative", text)  # one word, whatever its hyphen: never "co" + "op"
    text = text.replace("-", " ").replace("!", "")
    words = re.sub(r"[^a-z0-9 ]", " ", text).split()
    return " ".join(words)


def _strip_legal(key: str) -> str:
    return " ".join(_LEGAL_TAIL.sub(" ", key).split())


def name_key(name: str) -> str:
    """A carrier's name without case, punctuation or legal suffix: 'Lakeshore Telephone Co.'
    and 'LAKESHORE TELEPHONE' are one key, for carriers nobody listed."""
    return _strip_legal(carrier_key(name))


_COMMON_STEMS = frozenset({"phone", "fiber", "voice", "business", "google", "mobile", "wireless"})


def _index() -> dict[str, Carrier]:
    """Aliases, then each web domain's name ("nwtel" of nwtel.ca: specialists type the short
    name a carrier goes by, which is often its domain), unless it is an ordinary word."""
    out: dict[str, Carrier] = {}
    for carrier in CARRIERS:
        for alias in (carrier.name, *carrier.aliases):
            out.setdefault(_strip_legal(carrier_key(alias)), carrier)
    for carrier in CARRIERS:
        for domain in carrier.domains:
            parts = domain.split(".")
            if len(parts) == 2 and len(parts[0]) >= 4 and parts[0] not in _COMMON_STEMS | _AMBIGUOUS:
                out.setdefault(carrier_key(parts[0]), carrier)
    return out


_BY_ALIAS = _index()
# a trade noun taken as a brand ("Cablevision"): many companies' names hold it, so it names the
# listed carrier only as a whole line, like an ordinary word
_TRADE_NOUNS = frozenset(k for k in _BY_ALIAS if all(w in CARRIER_KIND_WORDS for w in k.split()))
_WHOLE_ONLY = _AMBIGUOUS | _TRADE_NOUNS
# names long and plain enough that a scan's reading one letter off them still names the carrier
WORDMARKS = {k: c for k, c in _BY_ALIAS.items() if len(k) >= 6 and k not in _WHOLE_ONLY}
_LONGEST_ALIAS = max(len(k.split()) for k in _BY_ALIAS)
_DOMAIN_RE = re.compile(r"(?i)\b(?:www\.)?((?:[a-z0-9-]+\.)+(?:com|net|ca|us|org))\b")


def identify(name: str) -> Carrier | None:
    """The carrier a typed or printed name means, or None when nobody listed it."""
    key = _strip_legal(carrier_key(name))
    if not key:
        return None
    found = _BY_ALIAS.get(key) or _BY_ALIAS.get(key.replace(" ", ""))
    if found is not None:
        return found
    # "Cox Business Services", "AT&T Mobility National Accounts": the longest known head,
    # unless the words after it make another company's name of it
    words = key.split()
    for size in range(len(words) - 1, 0, -1):
        head = " ".join(words[:size])
        if head in _BY_ALIAS and (size > 1 or len(head) > 2) and not _another_company(
                head, words[size:], _BY_ALIAS[head]):
            return _BY_ALIAS[head]
    return None


# what a carrier sells or the part of it that bills, after its own name ("Cox Business
# Services", "Fizz Mobile", "Claro Empresas", "X Internet, Cable & Phone"): the same carrier
_OWN_LINE = frozenset({"business", "affaires", "entreprise", "entreprises", "solutions",
                       "services", "service", "enterprise", "empresas", "negocios", "mobile",
                       "wireless", "fiber", "fibre", "internet", "voice", "phone", "home", "and"})
# a kind word and its standard short form are one word of a name
_KIND_FORMS = {"telecom": "telecommunications", "tel": "telephone", "comm": "communications",
               "comms": "communications", "coop": "cooperative", "co op": "cooperative"}
# the kinds of company a local carrier's own name says it is ("X Telephone Company", "X
# Cooperative"): a listed carrier that never calls itself one is not the company that does
_LOCAL_COMPANY = frozenset({"telephone", "cooperative"})


def _another_company(head: str, tail: list[str], carrier: Carrier) -> bool:
    """A listed name of one ordinary word or trade noun ("Frontier", "Consolidated",
    "Cablevision") at the head of a longer name that is another company's: a trade noun
    before name words of their own ("Cablevision of Hudson Heights"), an ordinary word before
    a name and kind of its own ("Frontier Valley Telephone"), or before a kind of local
    company the carrier never calls itself ("Consolidated Telephone Company" beside the listed
    "Consolidated Communications"): two companies sharing a word. A coined or longer listed
    name ("Brightspeed of North Carolina", "Segra Communications", "Mitel Cloud Services") is
    that carrier whatever follows it."""
    if " " in head or head not in _WHOLE_ONLY:
        return False
    named = [w for w in tail if len(w) > 1 and w not in _OWN_LINE and w not in CARRIER_KIND_WORDS]
    kinds = {_KIND_FORMS.get(w, w) for w in tail if w in CARRIER_KIND_WORDS and w not in _OWN_LINE}
    if head in _TRADE_NOUNS:
        return bool(named)
    if named and kinds:
        return True
    own = {_KIND_FORMS.get(w, w) for name in (carrier.name, *carrier.aliases)
           for w in carrier_key(name).split()}
    return bool(kinds & _LOCAL_COMPANY - own)


def trade_noun(text: str) -> bool:
    """The text is a listed name that is only a trade noun ("Cablevision"), legal form aside."""
    return _strip_legal(carrier_key(text)) in _TRADE_NOUNS


def identify_typed(name: str) -> Carrier | None:
    """The carrier a specialist's typed name means: as identify(), or a known name inside it
    ("U.S. TelePacific Corp.") when that names one carrier and is no ordinary word. Only for
    the typed carrier: a customer's name holding a carrier's word stays a customer's."""
    found = identify(name)
    if found is not None:
        return found
    named = {c.family: c for c in carriers_named_in(name) if not inside_longer_name(name, c)}
    return next(iter(named.values())) if len(named) == 1 else None


_NAME_WORD = re.compile(r"[A-Z][\w&'’]*")


def inside_longer_name(text: str, carrier: Carrier) -> bool:
    """Every mention of the carrier's name is the tail of a longer proper name: another name
    word, capitalised, right before it ("Mid-Hudson Cablevision", "Lake Region Telephone"). A
    name with a word of its own in front is another company's, not this carrier's; a mention
    after an ordinary word ("Welcome to ...", "long distance by ...") stays a mention."""
    key = carrier_key(text)
    spots = 0
    for alias in (carrier.name, *carrier.aliases):
        ak = carrier_key(alias)
        for m in re.finditer(rf"(?:^| ){re.escape(ak)}(?= |$)", key):
            spots += 1
            before = key[:m.start()].split()
            if not before:
                return False
            word = _word_before(text, before[-1])
            if word is None or len(before[-1]) < 3 or carriers_named_in(f"{word} {alias}",
                                                                         whole_line=True):
                return False
    return spots > 0


def _word_before(text: str, low: str) -> str | None:
    """The printed word the key's word came from, when it is a capitalised name word."""
    for w in re.split(r"[\s\-]+", text):
        if carrier_key(w) == low and _NAME_WORD.fullmatch(w.strip(",.:;()")) and (
                low not in _ORDINARY):
            return w
    return None


# capitalised words that start a sentence or a heading, not a name
_ORDINARY = frozenset({"to", "by", "from", "with", "and", "or", "the", "your", "our", "welcome",
                       "thank", "thanks", "choosing", "call", "contact", "visit", "via", "for",
                       "at", "on", "in", "of", "a", "an", "is", "powered", "provided", "services",
                       "service", "bill", "statement", "invoice", "remit", "pay", "payable"})


def carriers_in_domains(text: str) -> list[Carrier]:
    """Carriers whose web domain appears in the text (footers, "visit us at", e-mail addresses)."""
    found: list[Carrier] = []
    for m in _DOMAIN_RE.finditer(text):
        host = m.group(1).lower()
        for carrier in CARRIERS:
            if any(host == d or host.endswith("." + d) for d in carrier.domains):
                if carrier not in found:
                    found.append(carrier)
    return found


@per_bill
def carriers_named_in(text: str, *, whole_line: bool = False) -> list[Carrier]:
    """Carriers named in a line of text; ambiguous brand words count only as the whole line."""
    key = carrier_key(text)
    if not key:
        return []
    found: list[Carrier] = []
    whole = _strip_legal(key)
    if whole in _BY_ALIAS:
        found.append(_BY_ALIAS[whole])
    elif (brand := _without_line_of_business(whole)) in _BY_ALIAS:
        found.append(_BY_ALIAS[brand])
    if whole_line:
        return found
    words = key.split()
    for size in range(1, min(_LONGEST_ALIAS, len(words)) + 1):
        for start in range(len(words) - size + 1):
            gram = " ".join(words[start:start + size])
            carrier = _BY_ALIAS.get(gram)
            if carrier is None or carrier in found or len(gram) < 3 or gram in _WHOLE_ONLY:
                continue
            found.append(carrier)
    return found


# words a carrier puts after its name for a line of business ("Metronet Business", "Cooptel
# Affaires"): a line that is a known name and these words is still that carrier's wordmark
_LINE_OF_BUSINESS = frozenset({"business", "affaires", "entreprise", "entreprises", "solutions",
                               "services", "enterprise"})


def _without_line_of_business(key: str) -> str:
    words = key.split()
    while len(words) > 1 and words[-1] in _LINE_OF_BUSINESS:
        words.pop()
    return " ".join(words) if len(words[0] if words else "") >= 3 else ""


def same_family(a: Carrier, b: Carrier) -> bool:
    return a.family == b.family
