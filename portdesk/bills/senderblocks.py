"""Whose name-and-address block is this: the sender's (its return address, the stub's payee)
or the account holder's. Split from extract.py: the block's own name line decides for the whole
block, by the signs the bill gives of its sender (issuer.py) and the carriers it shows.
"""

from __future__ import annotations

import re

from portdesk.bills.carriers import carriers_named_in, name_key
from portdesk.bills.issuer import Sign, issuer_signs, senders_name, spells
from portdesk.bills.issuername import kind_renamed, same_issuer
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.recognise import recognise
from portdesk.bills.stubpayee import return_addresses
from portdesk.bills.values import Candidate


def the_carriers_name(text: str, bill: BillIndex) -> bool:
    """A name that names the carrier the bill itself shows (its wordmark, domain, legal line) is
    the carrier's, not the account holder's: "Thunder Bay Telephone (Tbaytel)" over a stub's
    account number. A holder whose name holds a carrier's brand is left empty, never taken."""
    named = carriers_named_in(text)
    return bool(named) and any(r.carrier in named and r.score >= 2.0 for r in recognise(bill))


# a desk's words after the sender's name ('VoIP.ms Billing Team', 'Acme Telecom Customer Care')
_DESK = re.compile(r"(?i)^(?:(?:billing|support|customer|care|accounts?|receivable|team|"
                   r"department|dept\.?|services?|desk|office|collections|operations|"
                   r"facturation|service|client(?:e|èle)?|équipe|soporte|equipo)\s*)+$")


def the_senders_desk(text: str, bill: BillIndex) -> bool:
    """A name that is the bill's sender (the name its thank-you, payable or legal lines agree
    on: issuer.py) followed by a desk's words only ('VoIP.ms Billing Team' signing an e-mail
    over the carrier's address): the sender's signature, never the holder's block."""
    from portdesk.bills.issuer import issuer

    found = issuer(issuer_signs(bill))
    if found is None:
        return False
    name, words = found[0], text.split()
    for cut in range(1, len(words)):
        if name_key(" ".join(words[:cut])) == name_key(name):
            return _DESK.match(" ".join(words[cut:])) is not None
    return False


def without_senders(bill: BillIndex,
                     blocks: list[tuple[str, Candidate]]) -> list[tuple[str, Candidate]]:
    """Of two or more unlabelled name-and-address blocks (each a name, then its address), the
    ones the bill's own signs name as its sender (issuer.senders_name) are left out."""
    pairs = list(zip(blocks[::2], blocks[1::2], strict=True))
    kept = [(name, address) for name, address in pairs
            if not senders_name(bill, str(name[1].value), name[1].evidence)]
    return blocks if len(pairs) < 2 or not kept else [c for pair in kept for c in pair]


def the_senders_out(bill: BillIndex, blocks: list[tuple[str, Candidate]],
                     marks: list[Candidate]) -> list[tuple[str, Candidate]]:
    """Whose block is this: its own name line says, for the whole block. A name-and-address
    block whose name is the bill's sender (the carrier it shows, or the stub's payee: payee())
    is the sender's return address, its address as much as its name; the holder's own block
    is left for the account name and the mailing address. So is a block the envelope's order
    gives as the return address (stubpayee.return_addresses)."""
    pairs = list(zip(blocks[::2], blocks[1::2], strict=True))
    return [c for name, address in pairs for c in (name, address)
            if not the_carriers_name(str(name[1].value), bill)
            and not the_senders_desk(str(name[1].value), bill)
            and not payee(bill, name[1], marks)
            and str(name[1].value).strip(" ,").casefold() not in return_addresses(bill)]


def payee(bill: BillIndex, name: Candidate, marks: list[Candidate]) -> bool:
    """The name is the one the bill pays: a remit-to or payable-to sign found at that very line
    (the payment stub's payee over its PO Box) that is also the sender by another kind of sign,
    its wordmark or its web domain. The stub's other block, the customer's own name over its
    PO Box, looks the same and has neither."""
    from portdesk.bills.judge import overlap

    key = name_key(str(name.value))
    signs = issuer_signs(bill)
    if not any(s.kind in ("remit", "payable") and name_key(s.name) == key
               and overlap(s.evidence, name.evidence) for s in signs):
        return False
    text = str(name.value)
    # the wordmark's name, or it with another telephone-company kind word ("Emery Telephone"
    # paid on the stub of a bill headed "Emery Telcom": the legal name beside the brand)
    return any(same_issuer(text, str(m.value)) or kind_renamed(text, str(m.value)) >= 1
               for m in marks if m.evidence != name.evidence) or (
        any(s.kind == "domain" and spells(s, text) for s in signs)) or (
        any(_signature(s, key, name) for s in signs))


_SIGNED = re.compile(r"\s*[·•|]\s*\S")


def _signature(sign: Sign, key: str, name: Candidate) -> bool:
    """The same name signs another line as a company does, followed by a separator and its
    facts ('PR Wireless PR, LLC · 2026-04-26' in a footer): a customer's name heads its address
    blocks and signs no line, so the payee is the sender by a second kind of sign."""
    line = sign.evidence.text.strip()
    return (sign.kind == "entity" and name_key(sign.name) == key and sign.evidence != name.evidence
            and line.startswith(sign.name) and _SIGNED.match(line[len(sign.name):]) is not None)
