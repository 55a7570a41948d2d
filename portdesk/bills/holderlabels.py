"""Whose account, and who pays: a third party named apart from the account holder.

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


def payer_apart(cands: Sequence[Candidate]) -> frozenset[str]:
    """Keys of the names only a payer's label answers, where a holder's label answers another
    name: these are the payer's, never the holder's."""
    holders = {key_of(c.value) for c in cands if HOLDER_LABEL.match(c.evidence.text)}
    payers = {key_of(c.value) for c in cands if PAYER_LABEL.match(c.evidence.text)}
    return frozenset(payers - holders) if holders else frozenset()


def without_payers(cands: list[Candidate]) -> list[Candidate]:
    apart = payer_apart(cands)
    return [c for c in cands if key_of(c.value) not in apart] if apart else cands
