"""Whether the case names the carrier that sent the bill: by identity, not by spelling."""

from __future__ import annotations

import re
from dataclasses import replace

from portdesk.bills.billingagent import agent_typed
from portdesk.bills.carriers import (
    Carrier,
    carrier_key,
    carriers_named_in,
    identify_typed,
    name_key,
    same_family,
)
from portdesk.bills.context import Context
from portdesk.bills.extract import BillFields
from portdesk.bills.find import find_name
from portdesk.bills.issuer import Sign, issuer_signs, signs_for, support_for
from portdesk.bills.judge import confirmed
from portdesk.bills.lockups import read_across_a_join
from portdesk.bills.logos import by_logo
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.placerank import Sighting, primary
from portdesk.bills.printedname import (
    ABBREVIATIONS,
    FORM_WORDS,
    SHARED_NAME_WORDS,
    in_the_wordmark,
    legal_key,
    printed_whole,
    set_largest_on_top,
    under_the_wordmark,
    whole_name,
)
from portdesk.bills.recognise import Recognised, bill_carrier, recognise
from portdesk.bills.verdicts import MIN_MATCH_CONFIDENCE, FieldCheck, Verdict

_FLD = "carrier"


def check_carrier(typed: str, fields: BillFields, index: BillIndex, *,
                  as_typed: bool = False) -> FieldCheck:
    """The text's verdict; when the text does not prove the typed name, the page's logo
    images read with OCR may (logos.py: a name drawn only in a raster logo is on the page)."""
    return by_logo(typed.strip(), _on_text(typed, fields, index, as_typed), index)


def _on_text(typed: str, fields: BillFields, index: BillIndex, as_typed: bool) -> FieldCheck:
    typed = typed.strip()
    if (agent := agent_typed(typed, index)) is not None:
        return agent  # the page names the provider apart: its billing agent is not the carrier
    if not as_typed and (parts := _DBA.split(typed, maxsplit=1)) and len(parts) == 2 and all(parts):
        return _doing_business_as(typed, parts[1], fields, index)
    if not as_typed and (former := _FORMERLY.match(typed)) is not None:
        return _by_its_names(typed, (former.group("now"), former.group("old")), fields, index)
    if not as_typed and (owned := _OWNED_BY.match(typed)) is not None:
        return _by_its_names(typed, (owned.group("now"),), fields, index)  # never by its owner
    bill = bill_carrier(index)
    if not typed:
        shown = bill.printed if bill else fields.carrier
        return FieldCheck(_FLD, Verdict.UNVERIFIABLE if shown else Verdict.NOT_FOUND, "",
                          shown, "nothing entered in the case to check" +
                          ("; the bill is from this carrier" if shown else ""), shown, None,
                          bill.carrier.name if bill else None)
    seen = _as_the_sender(typed, fields, index, bill)
    if not seen and (spelled := _spelled_out(typed)) != typed:
        # 'Marten Tel' where the bill prints 'Marten Telephone Co.': a standard
        # abbreviation of a word of the name, the bill's form of it never exact
        seen = _as_the_sender(spelled, fields, index, bill)
    if seen:
        s = max(seen, key=lambda s: (s.read_conf, " ".join(s.form.split()) == typed))
        check = confirmed(_FLD, typed, s, " ".join(s.form.split()) == typed, seen)
        if check.verdict != Verdict.UNVERIFIABLE:
            return check  # read unsurely once: the carrier's identity may still say it
        if bill is None and identify_typed(typed) is None:
            return by_signs(typed, index, _wordmark(fields, index), str(fields.carrier or "")) or check
    mine = identify_typed(typed)
    if mine is not None and bill is not None:
        return _by_identity(typed, mine, bill)
    if mine is not None:
        for r in recognise(index):
            if r.carrier.key == mine.key and r.score < _SENDER_SCORE:
                # named once in passing ("service is provided over the TELUS network"): the
                # carrier behind the service, maybe, not shown to be the bill's sender
                return FieldCheck(_FLD, Verdict.UNVERIFIABLE, typed, fields.carrier,
                                  f"the bill names {mine.name} only in passing (\"{r.evidence.text[:60]}\"), "
                                  "not as its sender; check who sent the bill", None, r.evidence)
            if r.carrier.key == mine.key:
                s = Sighting(r.printed, r.evidence, primary(())[0], "", 1.0, True,
                             r.carrier.name)
                return _same(typed, s)
    printed = next(iter(find_name(index, typed)), None) if bill is not None else None
    if bill is not None and printed is not None and _the_customers(typed, fields, index):
        return FieldCheck(_FLD, Verdict.MISMATCH, typed, bill.printed,
                          f"the bill is from {bill.carrier.name}; \"{typed}\" is printed as the "
                          "customer's (their name or address), not as the sender",
                          bill.carrier.name, bill.evidence, bill.carrier.name)
    if bill is not None and printed is not None:
        # the typed name is printed, inside a longer line ("Thunder Bay Telephone (Tbaytel)"):
        # the bill does not contradict it, and PortDesk cannot say the two are one carrier
        return FieldCheck(_FLD, Verdict.UNVERIFIABLE, typed, bill.printed,
                          f"the bill is from {bill.carrier.name} and also prints \"{typed}\" "
                          f"(\"{printed.form}\"); check that they are the same carrier", None,
                          printed.evidence)
    if bill is not None:
        # a name PortDesk does not know may be another name of the bill's carrier (its old
        # name, its initials): the bill says who sent it, the eye decides whether that is it
        return FieldCheck(_FLD, Verdict.UNVERIFIABLE, typed, bill.printed,
                          f"the bill is from {bill.carrier.name}; PortDesk does not know "
                          f"\"{typed}\" (another name of it?); check it", None, bill.evidence)
    if bill is None and mine is None and not _same_name(fields, typed) and (signed := by_signs(
            typed, index, _wordmark(fields, index), str(fields.carrier or ""))) is not None:
        return signed
    if fields.carrier:
        return _unknown(typed, mine, fields, index)
    if (lone := next(iter(find_name(index, typed)), None)) is not None and not _the_customers(
            typed, fields, index):
        return FieldCheck(_FLD, Verdict.UNVERIFIABLE, typed, lone.form,
                          f"the bill prints \"{lone.form}\" but does not say it is its sender; "
                          "check who sent the bill", None, lone.evidence)
    return FieldCheck(_FLD, Verdict.NOT_FOUND, typed, None, "the bill does not say which carrier "
                      "sent it")


def _as_the_sender(name: str, fields: BillFields, index: BillIndex,
                   bill: Recognised | None) -> list[Sighting]:
    """Where the bill prints the name whole (or with its legal form after it) as its sender;
    none when it is printed only as something else (the customer's name, a street, a remark)."""
    seen = [Sighting(f.form, f.evidence, ctx, label, f.read_conf, True, f.form)
            for f in find_name(index, name) if whole_name(index, f)
            and not read_across_a_join(index, f.evidence.page, f.evidence.bbox)
            for ctx, label in [primary(f.places)] if ctx.value not in ("usage", "former")]
    return seen if seen and _names_the_sender(name, fields, index, bill) else []


def _spelled_out(typed: str) -> str:
    """The typed name with the standard abbreviations of its words written out ('Tel' for
    'Telephone', 'Comm' for 'Communications'); its legal form and 'Co-op' as typed (the search
    already reads 'Co.', 'Inc.', 'Coop' as their long forms)."""
    words = typed.split()
    out = []
    for w in words:
        key = carrier_key(w)
        long = ABBREVIATIONS.get(key) if key not in FORM_WORDS and key != "coop" else None
        out.append(long.capitalize() + ("," if w.endswith(",") else "") if long else w)
    return " ".join(out)


# how surely the bill shows a known carrier as itself: a line of its own name, its web domain, a
# legal or payable-to line (recognise.py); a mention in passing scores less
_SENDER_SCORE = 2.0
_DBA = re.compile(r"(?i)\s+(?:d\s*/\s*b\s*/\s*a|d\.b\.a\.?|dba|doing business as|o/a|"
                  r"operating as|t/a|trading as|faisant affaires sous le nom de)\s+")


def _doing_business_as(typed: str, trade: str, fields: BillFields,
                       index: BillIndex) -> FieldCheck:
    """'Wisconsin RSA #10 d/b/a Cellcom': the case names its carrier by the name it trades
    under. Printed as typed, it is exact; else that name decides: the bill's sender in another
    form, or another carrier; when the bill cannot say, the name as typed answers."""
    whole = check_carrier(typed, fields, index, as_typed=True)
    if whole.verdict == Verdict.EXACT:
        return whole  # printed as typed, legal line and all
    traded = check_carrier(trade, fields, index)
    if traded.verdict == Verdict.MISMATCH:
        return traded  # the trading name is another carrier's, whatever entity trades as it
    if traded.verdict not in (Verdict.EXACT, Verdict.EQUIVALENT):
        return whole
    return replace(traded, verdict=Verdict.EQUIVALENT, entered=typed,
                   reason=f"\"{typed}\" trades as \"{trade}\": {traded.reason}")


# "Quo (formerly OpenPhone)", "Brightspeed, formerly CenturyLink": the case names the carrier
# by its name today and its earlier one
_FORMERLY = re.compile(r"(?i)^\s*(?P<now>[^(\[,]+?)\s*(?:[(\[]|,)?\s*(?:formerly(?: known as)?|"
                       r"previously|f/k/a|fka|anciennement)\s+(?P<old>[^)\]]+?)\s*[)\]]?\s*$")


# "Masergy, a Comcast Business company", "X, a division of Y": the carrier, then who owns it;
# the port goes to the brand that holds the account, so only the first name is checked
_OWNED_BY = re.compile(r"(?i)^\s*(?P<now>[^,(]+?)\s*,\s+(?:an? |part of |une? |filiale de )"
                       r"(?:[\w&'’.-]+\s+){0,4}?(?:company|subsidiary|division|brand|business|"
                       r"entreprise|soci[ée]t[ée])(?:\s+of\s+.+)?\s*\.?\s*$")


def _by_its_names(typed: str, names: tuple[str, ...], fields: BillFields,
              index: BillIndex) -> FieldCheck:
    """The case gives the carrier's name with another of its names (its name today and its
    earlier one) or with its owner: printed as typed, exact; else the bill's sender under one
    of the names is that carrier (a bill printed under the old name, or the new), said as
    equivalent; when none is the sender, as typed."""
    whole = check_carrier(typed, fields, index, as_typed=True)
    if whole.verdict == Verdict.EXACT:
        return whole
    for name in names:
        named = check_carrier(name, fields, index)
        if named.verdict in (Verdict.EXACT, Verdict.EQUIVALENT):
            return replace(named, verdict=Verdict.EQUIVALENT, entered=typed,
                           reason=f"\"{typed}\" names the carrier also as \"{name}\": "
                                  f"{named.reason}")
    return whole


def _names_the_sender(typed: str, fields: BillFields, index: BillIndex,
                      bill: Recognised | None) -> bool:
    """Whether the typed name, printed on the bill, is printed as its sender: the carrier the
    bill is recognised as, the sender read from its wordmark or payee line, or a sign of who
    issued it (payable to, remit to, legal line, domain). Text merely printed somewhere (the
    account holder's name, a word of the customer's street) says nothing of who sent the bill."""
    if fields.account_name and name_key(str(fields.account_name)) == name_key(typed):
        return False
    if in_the_wordmark(typed, fields, index):
        return True  # the logo's own line, whatever a header beside it seems to make of it
    if under_the_wordmark(typed, fields, index):
        return True  # the lockup's legal line under the logo
    if _the_customers(typed, fields, index):
        return False
    mine = identify_typed(typed)
    if mine is None and set_largest_on_top(typed, index):
        return True
    if mine is not None:
        return any(r.carrier.key == mine.key and r.score >= _SENDER_SCORE
                   for r in recognise(index)) or (
            bill is not None and same_family(mine, bill.carrier))
    if fields.carrier and name_key(str(fields.carrier)) == name_key(typed):
        return True
    return bool(signs_for(typed, issuer_signs(index)))


# where the customer's own name and addresses are printed: never a sign of the sender
_CUSTOMERS = frozenset({Context.NAME, Context.BILLING, Context.SERVICE})


def _the_customers(typed: str, fields: BillFields, index: BillIndex) -> bool:
    """The typed text is the account holder's name, or printed only in the customer's blocks."""
    if fields.account_name and name_key(str(fields.account_name)) == name_key(typed):
        return True
    places = [primary(f.places)[0] for f in find_name(index, typed)]
    return bool(places) and all(p in _CUSTOMERS for p in places)


def _unknown(typed: str, mine: Carrier | None, fields: BillFields,
             index: BillIndex) -> FieldCheck:
    """The bill's carrier is one PortDesk does not know, read from its wordmark or payee line.
    The same name but for a legal suffix is that carrier; a known carrier the bill never names
    (no name, brand or web domain of it anywhere) is not the one that sent it."""
    printed = str(fields.carrier)
    evidence = fields.evidence.get(_FLD)
    if (_split_letters(printed, typed) or _same_name(fields, typed)) and evidence is not None \
            and read_across_a_join(index, evidence.page, evidence.bbox):
        # a wordmark set large and a word set small right after it, no space between ('kv'
        # then 'telecom'): the name typed is read across a join the page does not print
        # (lockups.py); it may be the brand, or the wordmark beside a descriptor
        return FieldCheck(_FLD, Verdict.UNVERIFIABLE, typed, printed,
                          f"the bill's wordmark \"{printed}\" sets its words in two sizes with "
                          "no space between them; check by eye that it is the name typed", None,
                          evidence)
    if _split_letters(printed, typed) and fields.confidence.get(_FLD, 0.0) >= MIN_MATCH_CONFIDENCE:
        # OCR split a wordmark's letters ("H ay Communications", "Ci tyWest"): the same name
        same = printed.replace(" ", "") == typed.replace(" ", "")
        return FieldCheck(_FLD, Verdict.EXACT if same else Verdict.EQUIVALENT, typed, printed,
                          "the same name, its letters spaced apart on the bill's wordmark",
                          None if same else typed, evidence, typed)
    if _same_name(fields, typed):
        # up to case, marks, a legal form, '&' or a leading 'The' only: a line of business
        # ("X Business"), another kind word ("X Telephone" for "X Communications") or initials
        # the bill does not print may be another company's name, a question (round 14)
        return FieldCheck(_FLD, Verdict.EQUIVALENT, typed, printed, "the same carrier name, "
                          "written differently; use the bill's form", printed, evidence, printed)
    if fields.source != "text" and _fragment_of(printed, typed, mine):
        # OCR cut the wordmark ('lin' over 'go-'): a piece of the typed name is no other name
        return FieldCheck(_FLD, Verdict.UNVERIFIABLE, typed, printed,
                          f"the scan reads the bill's wordmark as \"{printed}\", only part of "
                          f"\"{typed}\" (the rest lost or read apart); compare it by eye", None,
                          evidence)
    if mine is not None and fields.confidence.get(_FLD, 0.0) >= MIN_MATCH_CONFIDENCE and not (
            set(name_key(typed).split()) & set(name_key(printed).split()) - SHARED_NAME_WORDS):
        return FieldCheck(_FLD, Verdict.MISMATCH, typed, printed,
                          f"the bill is from \"{printed}\" (a carrier PortDesk does not know); it "
                          f"does not mention {mine.name} anywhere", None, evidence)
    return FieldCheck(_FLD, Verdict.UNVERIFIABLE, typed, printed,
                      f"the bill's carrier reads as \"{printed}\", a carrier PortDesk does not "
                      "know; compare it by eye", None, evidence)


def _fragment_of(printed: str, typed: str, mine: Carrier | None) -> bool:
    """The wordmark as OCR read it is a shorter run of the letters of the typed name (or of one
    of its known names): a logo's letters OCR set on two lines or lost in part read as a piece
    of the name, never as another carrier's."""
    piece = "".join(name_key(printed).split())
    names = (typed, *(mine.aliases if mine is not None else ()))
    return len(piece) >= 2 and any(
        piece != whole and piece in whole
        for whole in ("".join(name_key(n).split()) for n in names))


def _same_name(fields: BillFields, typed: str) -> bool:
    """The bill's carrier as read is the typed name but for case, marks, a legal suffix or the
    spaces between its words ("NorthState" for "North State"): the same name."""
    if not fields.carrier:
        return False
    a, b = legal_key(str(fields.carrier)), legal_key(typed)
    return bool(a) and (a == b or (len(a) >= 6 and a.replace(" ", "") == b.replace(" ", "")))


def _split_letters(printed: str, typed: str) -> bool:
    """The wordmark read is the typed name with only its spaces moved, one fragment a letter
    or two long: OCR split a word where the print spaces its letters apart ("B U C KEY E")."""
    if " ".join(printed.split()) == " ".join(typed.split()):
        return False
    a, b = "".join(name_key(printed).split()), "".join(name_key(typed).split())
    return len(a) >= 4 and a == b and any(len(w) <= 2 for w in printed.split())


def _same(typed: str, s: Sighting) -> FieldCheck:
    return FieldCheck(_FLD, Verdict.EQUIVALENT, typed, s.form,
                      f"the same carrier ({s.form} on the bill); use the bill's form if the "
                      "carrier's form asks for it", s.form, s.evidence,
                      s.value if s.value is not None else s.form)


def _by_identity(typed: str, mine: Carrier, bill: Recognised) -> FieldCheck:
    if mine.key == bill.carrier.key:
        # "Use bill value" copies the carrier's name, not its wordmark ("cox")
        return _same(typed, Sighting(bill.printed, bill.evidence, primary(())[0], "", 1.0, True,
                                     bill.carrier.name))
    if same_family(mine, bill.carrier):
        return FieldCheck(_FLD, Verdict.UNVERIFIABLE, typed, bill.printed,
                          f"{mine.name} and {bill.carrier.name} are brands of one group; the "
                          "port goes to the brand that holds the account: check which",
                          None, bill.evidence)
    if any(c.key == bill.carrier.key for c in carriers_named_in(typed)):
        # "Cablevision Lightpath": a brand under its parent's name, or two carriers; which
        # one the specialist means is a question, not a disagreement
        return FieldCheck(_FLD, Verdict.UNVERIFIABLE, typed, bill.printed,
                          f"the name typed holds both {mine.name} and {bill.carrier.name}, who "
                          "sent the bill: check which carrier holds the account",
                          None, bill.evidence)
    return FieldCheck(_FLD, Verdict.MISMATCH, typed, bill.printed,
                      f"the bill is from {bill.carrier.name}, not {mine.name}",
                      bill.carrier.name, bill.evidence, bill.carrier.name)


def _wordmark(fields: BillFields, index: BillIndex) -> Sign | None:
    """The extraction's carrier when it is the name printed large at the top of page 1 (the
    wordmark), as a sign of the sender beside the others."""
    ev = fields.evidence.get(_FLD)
    if not fields.carrier or ev is None or ev.page != 1 or not index.pages:
        return None
    page = index.pages[0]
    if ev.bbox[1] > page.page.height * 0.25 or ev.bbox[3] - ev.bbox[1] < page.body_height * 1.25:
        return None
    return Sign(str(fields.carrier), "wordmark", 1.5, ev)


def by_signs(typed: str, index: BillIndex, wordmark: Sign | None = None,
             carrier_read: str = "") -> FieldCheck | None:
    """A carrier nobody listed, named by the bill where any bill names its sender (payable to,
    remit to, the legal line, "Thank you for choosing", its domain): the typed name one
    identity with those signs is the carrier. One weak sign alone is a question. Only for a
    typed name PortDesk does not know: a known one is compared by its own names, so that
    "Consolidated" never matches an unknown "Consolidated Telephone Company" by its head."""
    listed = issuer_signs(index)
    signs = listed
    if wordmark is not None and all(s.kind != "wordmark" for s in signs):
        signs = [*signs, wordmark]  # the name printed large at the top of the bill
    agree = signs_for(typed, signs)
    if all(s.kind == "wordmark" for s in agree):
        agree = []  # the wordmark only supports the other signs; alone it is compared as read
    if not agree:
        return _former(typed, listed)  # an earlier name needs the sender's lines themselves
    best = max(agree, key=lambda s: (s.kind != "domain", s.weight))
    support = support_for(typed, agree)
    if support < 2.0:
        return FieldCheck(_FLD, Verdict.UNVERIFIABLE, typed, best.name,
                          f"the bill may name its sender \"{best.name}\" ({best.kind}); check "
                          "that it is the carrier typed", None, best.evidence)
    # 'Tele-Communications' printed for the typed 'Telecommunications': a word parted by a
    # hyphen or a space is the same word (its letters, in order, all there)
    printed = [s for s in agree if s.kind != "domain" and legal_key(s.name).replace(" ", "") == (
        legal_key(typed).replace(" ", "")) and not read_across_a_join(
        index, s.evidence.page, s.evidence.bbox)]
    # never through a web address: 'delhitel.com' spells 'Delhi Tel Co' ('co' out of '.com');
    # a name is printed only as words (the lead's decision, session 20)
    if not printed and not printed_whole(typed, index, carrier_read):
        # the signs name the sender, but not in the typed form: a line of business, initials,
        # a kind word or the start of its legal name the bill does not print may be another
        # company's name ('X Telephone' and 'X Cellular' can be two); the eye decides
        return FieldCheck(_FLD, Verdict.UNVERIFIABLE, typed, best.name,
                          f"the bill names its sender \"{best.name}\" ({', '.join(sorted({s.kind for s in agree}))}); "
                          f"it does not print \"{typed}\": check that it is the same carrier",
                          None, best.evidence)
    best = printed[0] if printed else best
    verdict = Verdict.EXACT if " ".join(best.name.split()) == typed else Verdict.EQUIVALENT
    shown = typed if best.kind == "domain" else best.name
    return FieldCheck(_FLD, verdict, typed, shown,
                      f"the bill names its sender \"{best.name}\" ({', '.join(sorted({s.kind for s in agree}))})",
                      None if verdict == Verdict.EXACT else shown, best.evidence, shown)


def _tied(typed: str, signs: list[Sign]) -> FieldCheck | None:
    """The typed name is one the bill's own legal line ties to another ("X d/b/a Y", "Y, a
    division of X"): the same carrier when the bill's other signs name that other one as its
    sender; else a question. The page itself ties the two names, no list of carriers does."""
    for tie in (s for s in signs_for(typed, signs, former=True) if s.kind == "tied"):
        # the other name must be the sender by where bills name theirs (paid, remitted,
        # thanked, its wordmark or domain), never by a company line alone: a customer's own
        # "Acme LLC d/b/a Joe's Pizza" ties two of the customer's names
        support = support_for(tie.now, [o for o in signs_for(tie.now, signs)
                                        if o.kind != "entity"])
        if support >= 2.0:
            return FieldCheck(_FLD, Verdict.EQUIVALENT, typed, tie.now,
                              f"the bill is from \"{tie.now}\"; its legal line ties it to "
                              f"\"{tie.name}\" (\"{tie.evidence.text[:60]}\")", tie.now,
                              tie.evidence, tie.now)
    return None


def _former(typed: str, signs: list[Sign]) -> FieldCheck | None:
    """The typed name is the one the bill gives as its sender's earlier name ("X, formerly Y"):
    the same carrier when the bill's other signs name X as its sender; else a question."""
    old = next((s for s in signs_for(typed, signs, former=True) if s.kind == "former"), None)
    if old is None:
        return _tied(typed, signs)
    support = support_for(old.now, signs_for(old.now, signs))
    verdict = Verdict.EQUIVALENT if support >= 2.0 else Verdict.UNVERIFIABLE
    return FieldCheck(_FLD, verdict, typed, old.now,
                      f"the bill is from \"{old.now}\", formerly \"{old.name}\"" + (
                          "" if verdict == Verdict.EQUIVALENT else "; check who sent the bill"),
                      old.now if verdict == Verdict.EQUIVALENT else None, old.evidence,
                      old.now if verdict == Verdict.EQUIVALENT else None)
