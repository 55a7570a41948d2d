"""A billing agent the page names apart from the carrier that provides the service.

Small carriers have their bills printed and collected by an agent or clearinghouse: "Billed on
behalf of X by Y", "Y, billing agent for X", "X services billed by Y", or only "Billed on behalf
of X" under the agent's own name, address and payable-to line (agency.py reads the statements).
The LOA goes to the carrier that provides the service (X), and the page proves which that is, so
a typed Y is a mismatch with the page's own words as evidence, however large Y is printed or
whoever the cheque is payable to. The typed X is left to the other rules (carriercheck): this
module only says who is not it.
"""

from __future__ import annotations

from portdesk.bills.agency import Agency, agencies
from portdesk.bills.issuer import Sign, issuer_signs, signs_for
from portdesk.bills.issuername import same_issuer
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.verdicts import FieldCheck, Verdict

# the agent's own places: where a bill names who takes the payment and heads the page (a
# legal or thank-you line may name the provider's owner: those say nothing of an agent)
_AGENTS_PLACES = frozenset({"payable", "remit", "letterhead", "wordmark"})
_TOP = 0.25  # of page 1's height: a company line there heads the page


def agent_typed(typed: str, index: BillIndex) -> FieldCheck | None:
    """A mismatch when the typed carrier is the billing agent the page names apart from the
    provider (by name in the statement, or by the agent's own places on a page billed on
    behalf of another); None when it is not, or the page names no agency."""
    found = agencies(index)
    if not found or not typed.strip() or any(same_issuer(typed, a.provider) for a in found):
        return None
    for a in found:
        if a.agent and same_issuer(typed, a.agent):
            return _mismatch(typed, a)
    providers = [a for a in found if not a.agent]
    if not providers:
        return None
    signs: list[Sign] = [s for s in signs_for(typed, issuer_signs(index))
                         if (s.kind in _AGENTS_PLACES or _heads_the_page(index, s))
                         and not any(same_issuer(s.name, a.provider) for a in found)]
    return _mismatch(typed, providers[0], signs[0]) if signs else None


def is_the_agent(name: str, index: BillIndex) -> bool:
    """The name is the billing agent's: named as the agent in the statement of agency, or, on a
    page billed on behalf of another, found in the agent's own places (payable-to, remit-to,
    letterhead, wordmark). A company line heading page 1 alone does not make an agent here: the
    customer's own block heads the page too."""
    found = agencies(index)
    if not found or not name.strip() or any(same_issuer(name, a.provider) for a in found):
        return False
    if any(a.agent and same_issuer(name, a.agent) for a in found):
        return True
    providers = [a for a in found if not a.agent]
    return bool(providers) and any(
        (s.kind in _AGENTS_PLACES or any(_heads_its_block(s, a) for a in providers))
        and not any(same_issuer(s.name, a.provider) for a in found)
        for s in signs_for(name, issuer_signs(index)))


# "Y / PO Box / City / Billed on behalf of X": the statement closes the block of who bills
_BLOCK_REACH = 5.0  # body lines between the block's head and the statement under it


def _heads_its_block(sign: Sign, agency: Agency) -> bool:
    """A company line heading the block that the statement of agency closes, in its column."""
    a, s = agency.evidence.bbox, sign.evidence.bbox
    height = max(a[3] - a[1], 1.0)
    return sign.kind == "entity" and sign.evidence.page == agency.evidence.page and (
        abs(s[0] - a[0]) <= 14 and 0 < a[1] - s[1] <= _BLOCK_REACH * height * 1.6)


def _heads_the_page(index: BillIndex, sign: Sign) -> bool:
    """A company line at the top of page 1 ("Carolina Billing Services, LLC" over its box)."""
    return sign.kind == "entity" and sign.evidence.page == 1 and bool(index.pages) and (
        sign.evidence.bbox[1] <= index.pages[0].page.height * _TOP)


def _mismatch(typed: str, a: Agency, sign: Sign | None = None) -> FieldCheck:
    where = f" (\"{sign.evidence.text[:50]}\", {sign.kind})" if sign is not None else ""
    return FieldCheck("carrier", Verdict.MISMATCH, typed, a.provider,
                      f"the bill says \"{a.evidence.text[:90]}\": \"{typed}\"{where} bills for "
                      f"{a.provider}, who provides the service; the LOA names the provider",
                      a.provider, a.evidence, a.provider)
