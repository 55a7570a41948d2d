"""Turning the text next to a label into a typed value, or refusing to.

Every parser here answers None when the text is not clearly the thing asked for: a value the
reader is unsure of must stay "not found" rather than become a wrong value that later matches.
"""

from __future__ import annotations

import re

from portdesk.bills.addrparse import STREET_START
from portdesk.bills.billmemo import per_bill
from portdesk.bills.dates import month_of
from portdesk.bills.dates import parse_date as parse_date  # named here for its older callers
from portdesk.bills.masks import MASK_CHARS as MASK_CHARS  # named here for its older callers
from portdesk.bills.masks import as_tail, tail_lead
from portdesk.bills.masks import is_masked as is_masked
from portdesk.domain.numbers import InvalidNumber, parse_number

PHONE_RE = re.compile(
    r"(?<![\dA-Za-z*/])(?:\+?1[\s.-]?)?\(?([2-9]\d{2})\)?[\s./-]?([2-9]\d{2})[\s.-]?(\d{4})(?![\d*])"
)
MASKED_PHONE_RE = re.compile(
    r"(?<![\d*])\(?[\d*xX•]{3}\)?[\s.-]?[\d*xX•]{3}[\s.-]?[\d*xX•]{2,4}(?![\d*])"
)
# a Quebec numbered company ("9180-4421 Québec inc."): a name, though it starts with digits
_NUMBERED_COMPANY = re.compile(r"(?i)^\d{4}-\d{4}\s+[^\W\d_]{3,}")
_X_GROUP = re.compile(r"^[xX]{3,}[-./]?$")  # "XXXX XXXX 7494": a masked group, not a word
_ACCOUNT_TOKEN = re.compile(r"^[A-Za-z0-9*•●…#./-]+$")
# a whole date in digits, its year in four ("04/06/2026", "2026-04-06"): no account group
_NUMERIC_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{1,2}-\d{1,2}")


def _odd_grouping(printed: str) -> bool:
    """'268 7067666' or '831862-7108': digits split unlike a phone number (part of an account
    number); a phone number is split after the area code and after the exchange, or not at all."""
    core = re.sub(r"^\+?1[\s.-]?(?=\(?\d{3})", "", printed.strip()) if len(
        re.sub(r"\D", "", printed)) == 11 else printed.strip()
    m = re.fullmatch(r"\(?\d{3}\)?([\s.-]?)\d{3}([\s.-]?)\d{4}", core)
    if m is None:
        return False
    if core.startswith("(") and core[4:5] == ")" and not m.group(1) and not m.group(2):
        return False  # "(608)5550100": the area code in its brackets is the split
    first = bool(m.group(1)) or core.startswith("(")
    return first != bool(m.group(2))


def _inside_longer(text: str, start: int, end: int) -> bool:
    """'294-379-836-0009-54': ten digits inside a longer hyphenated number are no phone."""
    before = text[max(0, start - 2):start]
    after = text[end:end + 2]
    return bool(re.fullmatch(r"\d[-.]", before) or re.fullmatch(r"[-.]\d", after))


# "+63 917 555 1084": another country's code before ten digits that look like a NANP number
_FOREIGN_CODE = re.compile(r"\+(?!1(?!\d))\d{1,3}[\s.-]?$")


@per_bill
def phones_in(text: str) -> list[tuple[str, str]]:
    """(E.164, text as written) for every dialable NANP number in the text."""
    out = []
    for m in PHONE_RE.finditer(text):
        if _odd_grouping(m.group(0)) or _inside_longer(text, m.start(), m.end()) or (
                _FOREIGN_CODE.search(text, 0, m.start())):
            continue
        try:
            out.append((parse_number("".join(m.groups())).e164, m.group(0)))
        except InvalidNumber:
            continue
    return out


def masked_phones_in(text: str) -> list[str]:
    return [m.group(0) for m in MASKED_PHONE_RE.finditer(text)
            if any(c in MASK_CHARS or c in "xX" for c in m.group(0))
            and sum(c.isdigit() for c in m.group(0)) >= 2]


def parse_account_number(text: str) -> str | None:
    """The run of account-like tokens at the start of the value; needs 4+ digits or a mask.
    Only its end printed ("ending in 0177", "...7494"): that end, marked as partial."""
    text, tail = tail_lead(text)
    kept: list[str] = []
    tokens = text.split()
    for at, token in enumerate(tokens):
        token = token.strip(",;")
        if token[-2:-1].isdigit() and token.endswith(":") and at == len(tokens) - 1:
            token = token[:-1]  # '593624:' ending the value: a speck after it (no number ends so)
        if not token or not _ACCOUNT_TOKEN.match(token):
            break
        if kept and month_of(token.strip(".")) is not None and parse_date(
                " ".join(tokens[at:at + 3])) is not None:
            break  # "647545743 Jul 27, 2025": a header band's date after the account
        if kept and _NUMERIC_DATE.fullmatch(token) and parse_date(token) is not None:
            break  # "**** 4315 04/06/2026": a header band's date in digits after the account
        letters = sum(c.isalpha() for c in token)
        if letters > 3 and not any(c.isdigit() for c in token) and not _X_GROUP.match(token):
            break  # a word: the value ended
        kept.append(token)
    value = " ".join(kept).strip(" .-/").lstrip("# ")  # "Account #8841...": the label's mark
    digits = sum(c.isdigit() for c in value)
    if digits < 4 and not (is_masked(value) and digits >= 2):
        return None
    if parse_date(value) is not None and len(re.sub(r"\D", "", value)) <= 8:
        return None
    return as_tail(value) if tail else value


# words that start a label or a remark, never a customer's name ("Since 2014", "Invoice #")
_NOT_A_NAME = frozenset({
    "since", "invoice", "number", "no", "id", "date", "page", "account", "total", "due", "amount",
    "service", "services", "customer", "care", "support", "summary", "statement", "bill", "billing",
    "payment", "balance", "period", "plan", "your", "for", "the", "see", "call", "visit", "thank",
    "previous", "new", "charges", "attn", "attention", "c/o", "de", "du", "le", "la", "numero",
    "facture", "compte", "merci", "information", "details", "questions", "pay", "autopay",
    "frais",  # "Frais de service": a charge
})
# the last word of a charge on a line item ("Subscriber Line Charge"): a fee, never a name
_CHARGE_END = re.compile(r"(?i)\b(?:charges?|fees?|surcharges?|frais)\W*$")


# "The Greenway Group", "THE HOME DEPOT": a name that starts with its article, each word
# capitalised (a sentence, "The following charges", is not)
# (a comma may set off its legal form: "The Triangle Group, Incorporated")
_PROPER = re.compile(r"^The\s+(?:(?:[A-Z0-9][\w.'’&-]*,?|&|of|and|de|du|des|la|le|et|for)\s*)+$|"
                     r"^THE\s+[^a-z]+$")
_GREETING = re.compile(r"(?i)^(?:hello|hi|dear|welcome|greetings|bonjour|bienvenue)\b[,!:]?\s+")


# the nouns a compound label is made of ("Name & Address", "Nom et adresse"): no one's name
_LABEL_NOUNS = frozenset({"name", "names", "address", "addresses", "nom", "adresse", "and", "et",
                          "&", "of", "billing", "mailing", "service", "account", "customer"})


def _only_label_words(value: str) -> bool:
    return all(w.lower().strip(".,:;") in _LABEL_NOUNS for w in value.split())


def names_a_charge(text: str) -> bool:
    """'Subscriber Line Charge', 'Account Maintenance Fee': a line item of the charges."""
    return bool(_CHARGE_END.search(text))


def clean_name(text: str) -> str | None:
    value = _GREETING.sub("", text.strip(" :,;")).strip(" :,;")  # "Hello, Acme Dental LLC"
    if _NUMBERED_COMPANY.match(value) and not PHONE_RE.search(value):
        return value
    if not value or sum(c.isdigit() for c in value) > 2 or len(value) < 2:
        return None
    first = re.sub(r"[^\w/]", "", value.split()[0].lower())
    if not first or (first in _NOT_A_NAME and not (first == "the" and _PROPER.match(value))):
        return None  # "& Address": the rest of a label, starting with a mark
    if names_a_charge(value) or _only_label_words(value):
        return None
    if PHONE_RE.search(value) or STREET_START.match(value):
        return None
    if sum(c.isalpha() for c in value) < 2:
        return None
    return value
