"""Who issued the bill, read from what every bill says about its sender, without a list of names.

A carrier nobody listed still tells the reader who it is, in the same few places on any bill: whom
the cheque is payable to, where payment is remitted, the copyright or legal line in the footer,
"Thank you for choosing X", "Questions? Call X at ...", "Services provided by X", its web address
and e-mail domain, and the name printed large at the top. Each is a *sign*; signs of one identity
agree with each other (the same name but for a legal suffix, one name the head of the other,
initials, a domain spelling the name without spaces). The typed carrier is compared with the signs
by the same identity; when no sign agrees and the bill's issuer is not clearly another carrier,
the check says so with the evidence instead of guessing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from portdesk.bills.agency import agencies
from portdesk.bills.blocks import kind_line
from portdesk.bills.carriers import name_key
from portdesk.bills.issuername import domain_strength, name_words, read_as_typed, same_issuer
from portdesk.bills.layout import Segment, below
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.stubpayee import stub_payees
from portdesk.bills.values import Evidence

# (kind, weight, pattern with a "name" group); the name runs to a stop (below). A label ending
# in "to" names the payee without its colon too: a scan often loses it ('Remit to Acme. inc')
_NAME = r"(?P<name>[A-Z0-9][\w&'’.,!+-]*(?:\s+[\w&'’.,!+-]+){0,6})"
# "Remettre à :", "Veuillez retourner ce coupon à", "Remitir a:", "Envíe su pago a": where
# payment goes, in French and in Spanish
_PAYEE_FR_ES = (r"(?:veuillez )?(?:remettre|retourner|envoyer|faire parvenir)(?: (?:votre|ce) "
                r"(?:paiement|coupon|talon|chèque))? à|remit[ai]r? a|remita(?: su pago)? a|"
                r"env[ií]e(?: su pago)? a|enviar (?:su )?pagos? a|pagadero a")
_SIGNS: tuple[tuple[str, float, re.Pattern[str]], ...] = tuple(
    (kind, weight, re.compile(pattern)) for kind, weight, pattern in (
        ("payable", 3.0, r"(?i:payable to|payable à|à l'ordre de|libell[ée]s? (?:au nom )?de)"
                         r"\s*:?\s*" + _NAME),
        ("remit", 2.5, r"(?i:remit(?:tance)?(?: payment)?(?: to)?|pay to|mail (?:your )?payments? to|"
                       r"send (?:your )?payments? to)(?:\s*:|(?<=[Tt][Oo])(?=\s))\s*" + _NAME),
        ("remit", 2.5, r"(?i:" + _PAYEE_FR_ES + r")\s*:\s*" + _NAME),
        ("thanks", 2.5, r"(?i:thank you for (?:choosing|selecting|using)|thank you for being an? |"
                        r"thanks for choosing|merci d'avoir choisi|merci de faire confiance à)\s+"
                        + _NAME),
        ("provider", 2.5, r"(?i:services? (?:is |are )?provided by|"
                          r"services? fournis par|offert par)\s*:?\s*" + _NAME),
        # a billing agent's bill: the agent heads it and is paid, the carrier is whose it bills
        ("behalf", 2.5, r"(?i:(?:billed|invoiced|collected) (?:for and )?on behalf of|"
                        r"factur[ée]e? (?:au nom|pour le compte) de)\s*:?\s*" + _NAME),
        ("legal", 2.0, r"(?:©|\(c\)|(?i:copyright))\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?)?"
                       r"\s*,?\s*" + _NAME),
        ("legal", 2.0, r"(?i:(?:registered )?trademarks? of|marques? (?:de commerce )?(?:déposées? )?"
                       r"de)\s+" + _NAME),
        ("provider", 2.5, r"(?i:your (?:monthly )?(?:bill|statement|invoice) from|"
                          r"(?:bill|statement|invoice) (?:issued )?by|votre facture (?:de|d')|"
                          r"facture émise par)\s*:?\s*" + _NAME),
        ("thanks", 2.0, r"(?i:welcome to|bienvenue (?:chez|à))\s+" + _NAME),
        ("legal", 2.0, r"^\s*" + _NAME + r"(?=[\s,]+(?i:is an equal opportunity|est un employeur|"
                       r"is (?:a )?(?:registered )?trademarks? of|is a subsidiary of|"
                       r"is a licensed|is an? (?:[\w-]+ ){0,3}(?:cooperative|co-op))\b)"),
        ("questions", 1.5, r"(?i:questions\??\s+(?:call|contact)|call|contact)\s+" + _NAME +
                           r"(?=\s+(?i:at|au|toll|customer|business|support|care|on)\b)"),
    ))
# where a name ends: a sentence's next words, a phone number, a web address
_STOP = re.compile(r"(?i)\s+(?:(?:at|on|for|by|or|and|to|is|are|was|all|au|pour|et|dba|"
                   r"customer|customers|business (?:care|customer)|today|with|in|from|d/b/a|o/a)\b|\d|[-–|])"
                   r".*$|[.,;:!]?\s*$|\s*\(.*$|(?<=\w{3})\.\s.*$|[!?].*$|"
                   r"\s+\S*(?:www\.|\.com|\.ca|\.net)\S*.*$|"
                   # "X, your local provider", "X, the network you trust": an apposition after it
                   r",\s+(?:your|our|the|a|an|votre|notre|le|la|les|un|une)\s.*$")
# "Prairie Fiber Cooperative, Inc., Pierre, SD": the name ends with its legal suffix
_AFTER_LEGAL = re.compile(r"(?i)\b(inc|llc|ltd|corp|ltee|ltée|lp)\b\.?\s*,.*$")
# a payee label alone on its line: the name is the first line under it
_PAYEE_LABEL = re.compile(r"(?i)^\W*(?:please )?(?:remit(?:tance)?(?: payment)?(?: to)?|(?:make )?(?:all )?"
                          r"(?:checks?|cheques?|payments?) (?:payable|made out) to|payable to|pay to|"
                          r"(?:mail|send) (?:your )?payments? to|libell[ée]z? (?:votre chèque )?"
                          r"(?:à l'ordre de|au nom de)|payable à|"
                          # the French and Spanish payee labels of a stub ('Remettre à :')
                          + _PAYEE_FR_ES + r")\W*$")
_NOT_A_NAME = frozenset({"us", "our", "we", "you", "your", "the", "this", "a", "an", "nous",
                         "the number", "customer", "valued customer", "member", "service"})
# (with the country codes of the US territories, whose carriers sign with them: .pr, .vi, .gu)
_DOMAIN = re.compile(r"(?i)\b((?:[a-z0-9-]+\.)*?([a-z0-9-]{3,})\.(?:com|net|ca|us|org|coop|biz|tel|"
                     r"pr|vi|gu))\b")
_HOST_WORDS = frozenset({"www", "my", "pay", "billing", "business", "support", "help", "mail",
                         "portal", "online", "account", "accounts", "secure", "go", "gmail",
                         "outlook", "yahoo", "hotmail", "usps", "fcc", "crtc", "ccts", "irs"})

@dataclass(frozen=True, slots=True)
class Sign:
    """One place the bill names its sender."""

    name: str  # as printed, tidied: "Prairie Fiber Cooperative, Inc."
    kind: str  # payable, remit, thanks, provider, legal, questions, domain, entity, former
    weight: float
    evidence: Evidence
    now: str = ""  # a former name's sender as the bill names it today ("X, formerly Y": X)
    read: bool = False  # read by OCR (a scan's words): its letters may be OCR's confusions


def issuer_signs(index: BillIndex) -> list[Sign]:
    """Every sign of the sender on the bill's first two pages and its last."""
    cached = index.cache.get("issuer")
    if cached is not None:
        return cached  # type: ignore[return-value]
    out: list[Sign] = []
    pages = index.pages[:2] + index.pages[-1:] if len(index.pages) > 2 else index.pages
    for page in pages:
        for seg in page.segments:
            read = any(w.conf < 1.0 for w in seg.words)
            out.extend(replace(s, read=True) if read else s for s in _signs_of(seg, page.segments))
    out.extend(_named_by_domain(index, out))
    out.extend(_letterheads(index, out))
    out.extend(_titles(index))
    for name, seg, stub in stub_payees(index):  # the name over the stub's PO Box
        if (tidy := _tidy(name)) is not None:
            out.append(Sign(tidy, "remit", 2.0, Evidence.of(seg, stub)))
    for a in agencies(index):  # "Y, billing agent for X": X's service is billed
        if (tidy := _tidy(a.provider)) is not None:
            out.append(Sign(tidy, "behalf", 2.5, a.evidence))
    out = [s for s in out if "@" not in s.name]  # 'Jo Doe <jo@doe.ca>': a mailbox, no sender
    index.cache["issuer"] = out
    return out


# "<Name> - Customer Service Record", "<Name> | Statement": a name, a dash or bar, the document's
# kind, and nothing after it
_TITLE = re.compile(r"^\s*(?P<name>[A-Z][\w&'’.,!+-]*(?:\s+[\w&'’.,!+-]+){0,6}?)\s+[-–—|]\s+"
                    r"(?i:(?:customer service |account )?(?:record|statement|invoice|bill)|csr|"
                    r"facture|relev[ée] de compte)\W*$")


def _titles(index: BillIndex) -> list[Sign]:
    """The document's title line at the top of the first page, a name before a dash and the
    document's kind after it ('<Name> - Customer Service Record'): the name titles the document
    as its sender, as 'Your statement from <Name>' does, whether or not anyone listed it."""
    if not index.pages:
        return []
    page = index.pages[0]
    out: list[Sign] = []
    for seg in page.segments:
        if seg.top > page.page.height * 0.12 or (m := _TITLE.match(seg.text)) is None:
            continue
        if (name := _tidy(m.group("name"))) is not None:
            out.append(Sign(name, "provider", 2.5, Evidence.of(seg)))
    return out


# "Versature Corp. · 1 Antares Drive", "Ritter Communications LLC": a company's line
_ENTITY = re.compile(r"^\s*(?P<name>[A-Z][\w&'’!+-]*(?:\s+[\w&'’!+-]+){0,4},?\s+(?i:inc|llc|corp|"
                     # a limited company's form spelled with its stops ('L.L.C.', Iowa's 'L.C.')
                     r"l\.l\.c|l\.c|lc|ltd|ltée|ltee|company|corporation|limited)\.?)(?:\s*$|\s*[·|•,-]\s*\d|"
                     # or its town after a dot ('Kestrel Telephone Company · Lyndon, Vermont')
                     r"\s*[·•|]\s*[A-Z])|"
                     # "Kestrel Valley Telephone · 100 Main St · kestrelvalley.com": a footer's
                     # signature, the name then its address, number or web address after a dot
                     r"^\s*(?P<signed>[A-Z][\w&'’!+-]*(?:\s+[\w&'’!+-]+){0,4})\s*[·•|]\s*(?:\d|"
                     r"P\.?\s?O\.?\s+Box|C\.?P\.?\s|"
                     # or its web address: "Cellular One · cellonenation.com" signs the page too
                     r"(?i:(?:www\.)?[a-z0-9-]+\.(?:com|net|ca|us|org|coop|biz|pr|vi|gu)\b))")


# a cheap look first: most of a bill's lines hold none of a sign's words
_TRIGGER = re.compile(r"(?i)payable|remit|pay to|payments? to|thank|merci|provided|fournis|offert|"
                      r"remettre|retourner|envoyer|parvenir|env[ií]e|enviar|pagadero|"
                      r"©|\(c\)|copyright|trademark|marque|call|contact|bill|statement|invoice|"
                      r"facture|welcome|bienvenue|opportunit|employeur|subsidiary|licensed|ordre|"
                      r"libell|cooperative|co-op")
_ENTITY_HINT = re.compile(r"(?i)[·•|]|\b(?:inc|llc|l\.l\.c|l\.c|lc|corp|ltd|lt[ée]e|company|corporation|"
                          r"limited)\b")


def _signs_of(seg: Segment, segments: list[Segment]) -> list[Sign]:
    out: list[Sign] = []
    text = seg.text
    if _TRIGGER.search(text):
        ev = Evidence.of(seg)
        out.extend(Sign(name, kind, weight, ev) for kind, weight, name in _named(text))
        if _PAYEE_LABEL.match(text) and (under := below(seg, segments)) is not None:
            if (name := _tidy(under.text)) is not None and not under.text[:1].isdigit():
                out.append(Sign(name, "remit", 2.5, Evidence.of(under, seg)))
    if "." in text:
        for m in _DOMAIN.finditer(text):
            stem = m.group(2).lower()
            if stem not in _HOST_WORDS:
                out.append(Sign(stem, "domain", 2.0, Evidence.of(seg)))
    if _ENTITY_HINT.search(text) and (entity := _ENTITY.match(text)) is not None and (
            name := _tidy(entity.group("name") or entity.group("signed"))) is not None:
        out.append(Sign(name, "entity", 1.0, Evidence.of(seg)))
    if _FORMER_HINT.search(text):
        out.extend(former_names(text, Evidence.of(seg)))
    if _TIE_HINT.search(text):
        out.extend(tied_names(text, Evidence.of(seg)))
    return out


# "NE Plains Cellular, Inc. d/b/a Prairie Wireless", "Prairie Wireless, a division of NE Plains
# Cellular", "Prairie Wireless is operated by NE Plains Cellular": the bill itself ties its legal
# name and its brand; either one is a sign of the sender only through the sender's other signs
_TIE_HINT = re.compile(r"(?i)d/b/a|\bdba\b|doing business as|operating as|\bo/a\b|\bt/a\b|"
                       r"trading as|a division of|operated by|faisant affaires sous")
_NAMED = r"[A-Z][\w&'’.-]*(?:,?\s+[\w&'’.-]+){0,6}?"
_TIES = (
    re.compile(rf"^\W*(?P<legal>{_NAMED}),?\s+(?i:d/b/a|dba|doing business as|operating as|o/a|"
               rf"t/a|trading as|faisant affaires sous le nom de)\s+(?P<brand>{_NAMED})"
               r"(?=\s*(?:[,.;()]|$))"),
    re.compile(rf"^\W*(?P<brand>{_NAMED}),?\s+(?i:is\s+)?(?i:a division of|operated by)\s+"
               rf"(?P<legal>{_NAMED})(?=\s*(?:[,.;()]|$))"),
)


def tied_names(text: str, evidence: Evidence) -> list[Sign]:
    """The two names a legal line ties ("X d/b/a Y", "Y, a division of X"): each points at the
    other (kind "tied", weight 0), so that a typed name one of them is the sender when the
    other is the sender by the bill's own signs (carriercheck.by_signs)."""
    for pattern in _TIES:
        m = pattern.search(text)
        if m is None:
            continue
        legal, brand = _tidy(m.group("legal")), _tidy(m.group("brand"))
        if legal is not None and brand is not None and not same_issuer(legal, brand):
            return [Sign(legal, "tied", 0.0, evidence, brand),
                    Sign(brand, "tied", 0.0, evidence, legal)]
    return []


# "Blue Heron Communications, Inc. (formerly Harbor Telephone Co.)", "X f/k/a Y", "Y is now X":
# the bill naming its own earlier name; the earlier name is a sign of the sender only through
# the sender's other signs (carriercheck.by_signs)
_FORMER_HINT = re.compile(r"(?i)formerly|previously|f/k/a|\bfka\b|is now\b|now part of|"
                          r"anciennement|auparavant")
_FORMER = (
    re.compile(r"^\W*(?P<now>[A-Z][^()]{2,80}?)[\s,]*[(\[]?\s*(?i:formerly(?: known as)?|"
               r"previously|f/k/a|fka|anciennement|auparavant)\s+(?P<old>[A-Z][^()\]]{2,80})"),
    re.compile(r"^\W*(?P<old>[A-Z][^()]{2,80}?)\s+(?i:is now(?: part of)?|(?:is )?now part of)"
               r"\s+(?P<now>[A-Z][^()]{2,80})"),
)


def former_names(text: str, evidence: Evidence) -> list[Sign]:
    """A sender's earlier name the bill prints beside its name today, as a sign of its own."""
    for pattern in _FORMER:
        m = pattern.search(text)
        if m is None:
            continue
        now, old = _tidy(m.group("now")), _tidy(m.group("old"))
        if now is not None and old is not None and not same_issuer(now, old):
            return [Sign(now, "entity", 1.0, evidence), Sign(old, "former", 0.0, evidence, now)]
    return []


# what only the issuer prints under its own name: its tax registrations, its fax and toll-free
# lines ("BN 770271676 RT0001", "GST/HST No.", "Federal Tax ID", "Toll free 1-877-...")
_ISSUER_FACTS = re.compile(r"(?i)\b(?:BN|GST|HST|QST|TPS|TVQ|EIN|NEQ)\b[^\n]{0,12}\d{5}|"
                           r"\b(?:federal )?tax id\b|\btoll[- ]free\b|\bfax\b")


# a company line's own registration after a separator on its line: a tax or business number
_SIGNED_FACTS = re.compile(r"[·•|]\s*(?:[^·•|]*[·•|]\s*)*?(?i:\b(?:BN|GST|HST|GST/HST|QST|TPS|TVQ|"
                           r"EIN|NEQ)\b)[^\n]{0,12}\d{5}")


def _letterheads(index: BillIndex, signs: list[Sign]) -> list[Sign]:
    """A company line at the top of the first page with the issuer's own facts under it (tax
    registrations, toll-free and fax lines) or its street address on its own line after a
    separator: the letterhead, a second sign beside the company line itself. A customer's name
    over its address carries none of these."""
    if not index.pages:
        return []
    page = index.pages[0]
    out: list[Sign] = []
    for sign in signs:
        if sign.kind != "entity":
            continue
        if _SIGNED_FACTS.search(sign.evidence.text):
            # '<Name> Limited · CRTC registered · GST/HST No. 79178...': the company line signed
            # with its own tax registration after a separator, wherever on the page
            out.append(Sign(sign.name, "letterhead", 1.0, sign.evidence))
            continue
        if sign.evidence.page != 1:
            continue
        top, bottom = sign.evidence.bbox[1], sign.evidence.bbox[3]
        if top > page.page.height * 0.3:
            continue
        under = [s for s in page.segments if bottom - 1 <= s.top <= bottom + 3 * (bottom - top)
                 and abs(s.x0 - sign.evidence.bbox[0]) <= 12]
        if any(_ISSUER_FACTS.search(s.text) for s in under) or _ADDRESSED.search(
                sign.evidence.text):
            out.append(Sign(sign.name, "letterhead", 1.0, sign.evidence))
    return out


# "Junction Networks Inc. · 228 Park Ave S, New York, NY 10003": the company line signed with
# its own street address on the same line, after a separator
_ADDRESSED = re.compile(r"[·•|]\s*\d+\s+\w.*,\s*[A-Z]{2}\s+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\s*$")


# the word a document's title ends with: what the page is ("Statement", "Invoice", "Facture")
_TITLE_END = re.compile(r"(?i)\b(?:statement|invoice|bill|facture|relev[ée])\W*$")


def _named_by_domain(index: BillIndex, signs: list[Sign]) -> list[Sign]:
    """A short line that is a name the bill's own web domain spells ("Midco" over midco.com):
    the sender's wordmark or signature, found without knowing the name."""
    stems = [s for s in signs if s.kind == "domain"]
    if not stems:
        return []
    out: list[Sign] = []
    for page in index.pages[:1] + index.pages[-1:]:
        for seg in page.segments:
            words = seg.text.split()
            # a name may start with a numeral ("3 Rivers"), a word of letters after it; no
            # other digit (an amount, a street number's address)
            numeral = len(words) >= 2 and words[0].isdigit() and words[1][:1].isupper()
            rest = " ".join(words[1:]) if numeral else seg.text
            if not 1 <= len(words) <= 4 or not (seg.text[:1].isupper() or numeral) or any(
                    c.isdigit() for c in rest):
                continue
            name = seg.text.strip(" :,.®™")
            if _TITLE_END.search(name):
                continue  # "<Name> Member Statement": the document's title, not a name
            if not any(spells(d, name) for d in stems):
                continue
            evidence = Evidence.of(seg)
            if (kind := kind_line(seg, page.segments)) is not None and any(
                    "".join(name_key(f"{name} {kind.text}").split()) in d.name.lower()
                    for d in stems):
                # 'GARNET' over 'communications', the domain spelling both run together
                # (garnetcommunications.com): the lockup's name; '7lakes.net' spells '7 Lakes'
                # alone, whatever kind line is under it
                name, evidence = f"{name} {kind.text}", Evidence.of(seg, kind)
            if all(o.name != name for o in out):
                out.append(Sign(name, "wordmark", 1.5, evidence))
    return out


def _named(text: str) -> list[tuple[str, float, str]]:
    found = []
    for kind, weight, pattern in _SIGNS:
        m = pattern.search(text)
        if m is None:
            continue
        name = _tidy(m.group("name"))
        if name is not None:
            found.append((kind, weight, name))
    return found


def _tidy(raw: str) -> str | None:
    name = raw
    for _ in range(3):
        name = _STOP.sub("", _AFTER_LEGAL.sub(r"\1", name)).strip(" -–,.:;")
    if name.lower().endswith(" customer"):
        name = name[: -len(" customer")]
    words = name_key(name).split()
    if not words or name.lower() in _NOT_A_NAME or " ".join(words) in _NOT_A_NAME:
        return None
    # a name's small words ('La Compagnie de Téléphone de St-Victor') do not make it a sentence
    if not any(c.isupper() for c in name) or len([w for w in words if w not in _SMALL]) > 6:
        return None
    return name


_SMALL = frozenset({"de", "du", "des", "la", "le", "les", "l", "d", "of", "the", "and", "et",
                    "y", "del"})


def support_for(typed: str, agree: list[Sign]) -> float:
    """The weight of the signs naming the typed carrier, each kind once; a domain counts by
    how surely it spells the name."""
    kinds: dict[str, float] = {}
    for s in agree:
        weight = s.weight * (domain_strength(name_words(typed), s.name) if s.kind == "domain" else 1)
        kinds[s.kind] = max(kinds.get(s.kind, 0.0), weight)
    return sum(kinds.values())


def spells(domain: Sign, name: str) -> bool:
    """Whether a web domain sign spells the name; one OCR read, but for OCR's confusions."""
    return same_issuer(name, domain.name, b_is_domain=True) or (domain.read and same_issuer(
        name, read_as_typed(domain.name, name, domain=True), b_is_domain=True))


def signs_for(typed: str, signs: list[Sign], *, former: bool = False) -> list[Sign]:
    """The signs that name the typed carrier (with `former`, its earlier names too). A sign OCR
    read names it too when it is the typed name but for OCR's confusions ('momington.ca' for
    Mornington): it is returned as typed, so its domain counts by how it spells the name."""
    out = []
    for s in signs:
        if not former and s.kind in ("former", "tied"):
            continue
        domain = s.kind == "domain"
        if same_issuer(typed, s.name, b_is_domain=domain):
            out.append(s)
        elif s.read and (name := read_as_typed(s.name, typed, domain=domain)) != s.name and (
                same_issuer(typed, name, b_is_domain=domain)):
            out.append(replace(s, name=name))
    return out


def issuer(signs: list[Sign], wordmark: str | None = None) -> tuple[str, Evidence, float] | None:
    """The sender the signs agree on: the name with most support, counting each kind once
    (a payable line and a domain agreeing count more than two payable lines). The wordmark
    joins its group when it agrees. None when no name has two kinds behind it or one
    strong kind (payable, remit, provider, thanks) alone."""
    named = [s for s in signs if s.kind not in ("domain", "tied")]
    principals = [s for s in named if s.kind == "behalf"]
    if principals:  # the bill says whose service it bills: never its agent's name
        named = [s for s in named if any(same_issuer(s.name, p.name) for p in principals)]
    best: tuple[float, Sign] | None = None
    for s in named:
        group = {o.kind: o.weight for o in signs if o.kind != "tied" and (
                 o is s or (spells(o, s.name) if o.kind == "domain" else same_issuer(s.name, o.name)))}
        if wordmark and same_issuer(wordmark, s.name):
            group["wordmark"] = 1.5
        support = sum(group.values())
        strong = len(group) >= 2 or s.kind in ("payable", "remit", "provider", "thanks", "behalf")
        if strong and (best is None or support > best[0]):
            best = (support, s)
    if best is None:
        return None
    return best[1].name, best[1].evidence, best[0]


def senders_name(index: BillIndex, name: str, evidence: Evidence) -> bool:
    """An unlabelled name over an address that the bill's own signs name in another form: its
    web domain and a different wordmark of the same identity ("Farmers Telephone Cooperative"
    over a PO Box, beside "ftc-i.net" and "FTC" heading page 2) is the sender's return address,
    not the customer's. A customer's name and its e-mail domain have no second form."""
    kinds = set()
    for sign in issuer_signs(index):
        if sign.evidence == evidence or sign.kind in ("entity", "tied"):
            continue
        if sign.kind == "domain" and spells(sign, name):
            kinds.add("domain")
        elif sign.kind != "domain" and name_key(sign.name) != name_key(name) and same_issuer(
                name, sign.name):
            kinds.add("form")
    return kinds == {"domain", "form"}
