"""Whose account, and who pays: a third party named apart from the account holder (and the
address registered for 911 calls, named apart from the service address).

A bill may be addressed or paid by another party than the one whose service it is: 'Invoice to'
a parent company's accounts payable, 'Bill to' a property manager, 'Paid by' a relative's card,
while 'Service for' or 'Account name' names the holder. The carrier validates a port against the
holder, so where a label that says whose service or account it is answers one name and a label
that says where the bill goes or who pays answers another, the holder is the first; the payer is
the holder only when nothing names the holder apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from portdesk.bills.values import Candidate, key_of

# labels saying whose service or account it is
HOLDER_LABEL = re.compile(
    r"(?i)^\W*(?:services?\s+(?:for|to)|account\s+(?:name|holder|owner)|name\s+on\s+(?:the\s+)?"
    r"account|customer\s+name|subscriber(?:\s+name)?|titulaire(?:\s+du\s+compte)?|nom\s+du\s+"
    r"(?:client|titulaire)|titular(?:\s+de\s+la\s+cuenta)?|nombre\s+del?\s+(?:cliente|titular))"
    r"\b")
# labels saying where the bill goes or who pays it
PAYER_LABEL = re.compile(
    r"(?i)^\W*(?:bill(?:ed)?\s*to|invoice(?:d)?\s*to|sold\s*to|paid\s+by|payment\s+by|payer|"
    r"factur[ée]e?\s+[àa]|pay[ée]e?\s+par|facturar\s+a|pagad[oa]\s+por)\b")


# a person the page names in a user's role ('Service for: Ann Lee (authorized user)'): someone
# the holder lets use a line, never the holder, whatever label answers the name
USER_ROLE = re.compile(r"(?i)[(,\-–]\s*(?:authori[sz]ed|additional|secondary|line)\s+user\b|"
                       r"\b(?:utilisateur|usager)\s+autoris[ée]e?\b|\busuario\s+autorizado\b")


def in_a_users_role(cand: Candidate) -> bool:
    """The name is printed with a user's role beside it (its value or its line)."""
    return bool(USER_ROLE.search(str(cand.value)) or USER_ROLE.search(cand.evidence.text))


def named_apart(cands: Sequence[Candidate], own: re.Pattern[str],
                other: re.Pattern[str]) -> frozenset[str]:
    """Keys of the values only a label of a neighbouring role answers (`other`: who pays, where
    911 calls are sent), where a label naming the field itself (`own`) answers another value:
    those are the other role's, never the field's."""
    mine = {key_of(c.value) for c in cands if own.search(c.evidence.text)}
    theirs = {key_of(c.value) for c in cands if other.search(c.evidence.text)}
    return frozenset(theirs - mine) if mine else frozenset()


def without(cands: list[Candidate], own: re.Pattern[str],
            other: re.Pattern[str]) -> list[Candidate]:
    apart = named_apart(cands, own, other)
    return [c for c in cands if key_of(c.value) not in apart] if apart else cands


def without_payers(cands: list[Candidate]) -> list[Candidate]:
    return without(cands, HOLDER_LABEL, PAYER_LABEL)


# the service address by its own label, and the address registered for 911 calls: the same
# building or another; the 911 location is the service address only where nothing else is
SERVICE_LABEL = re.compile(r"(?i)^\W*(?:service (?:address|location)|adresse de service|"
                           r"direcci[óo]n de servicio)\b")
E911_LABEL = re.compile(r"(?i)^\W*(?:registered\s+)?(?:e-?)?911\s+(?:address|location)\b")


def without_911(cands: list[Candidate]) -> list[Candidate]:
    return without(cands, SERVICE_LABEL, E911_LABEL)


# labels saying outright that someone pays the bill ('Paid by', 'Payer'): unlike 'Bill to', which
# as often names the holder, a payer named so is a party apart from whose service it is
PAID_BY = re.compile(r"(?i)^\W*(?:paid\s+by|payment\s+by|payer|pay[ée]e?\s+par|pagad[oa]\s+por)"
                     r"\b\W*$")


def named_as_payer(label: str, left: Sequence[str]) -> bool:
    """The name's label (its place's) or the words just left of it on its line say it pays."""
    return bool(PAID_BY.match(label)) or any(PAID_BY.match(t) for t in left[-1:])
