"""Where the page says whose service it bills and who bills it: statements of agency.

A small carrier's bill printed and collected by an agent or clearinghouse says so in a few
ways: "Billed on behalf of X by Y", "Y, billing agent for X", "X services billed by Y", "Invoiced
by Y on behalf of X", or only "Billed on behalf of X" under the agent's own name. X is the
carrier that provides the service (a sign of the sender: issuer.py), Y is who collects
(billingagent.py: never the carrier the LOA goes to).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from portdesk.bills.issuername import same_issuer
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.values import Evidence

_NM = r"(?P<{}>[A-Z0-9][\w&'’.-]*(?:,?\s+[\w&'’.-]+){{0,6}}?)"
# a name ends at punctuation or a bracket; OCR reads a round bracket as a curly or square one
# ('ATMC {Atlantic Telephone ...)'), which ends the name as surely
_END = r"(?=\s*(?:[,.;(){}\[\]]|$))"
_AGENT_WORDS = r"(?:billing (?:agent|clearinghouse)|clearinghouse|agent de facturation)"
_BEHALF = (r"(?:billed|invoiced|collected) (?:for and )?on behalf of|"
           r"factur[ée]e? (?:au nom|pour le compte) de")
# each names the provider as "x" and, but the last, the agent as "y"
_AGENCY: tuple[re.Pattern[str], ...] = tuple(re.compile(p) for p in (
    r"(?i:" + _BEHALF + r")\s*:?\s+" + _NM.format("x") + r"\s+(?i:by|par)\s+" + _NM.format("y") + _END,
    r"(?:^|[.;]\s+)" + _NM.format("y") + r",?\s+(?i:is |acts as )?(?i:the |your |an? )?"
    r"(?i:authori[sz]ed )?(?i:" + _AGENT_WORDS + r")\s+(?i:for|of|on behalf of|de|pour)\s+"
    + _NM.format("x") + _END,
    r"(?:^|[.;]\s+)" + _NM.format("x") + r"\s+(?i:services?|charges)\s+(?i:are |is )?"
    r"(?i:billed|invoiced)\s+(?i:by)\s+" + _NM.format("y") + _END,
    r"(?i:(?:billed|invoiced) by)\s+" + _NM.format("y") + r"\s+(?i:on behalf of|for)\s+"
    + _NM.format("x") + _END,
    r"(?i:" + _BEHALF + r")\s*:?\s+" + _NM.format("x") + _END,  # the agent unnamed here
))
_HINT = re.compile(r"(?i)on behalf of|billing agent|clearinghouse|billed by|invoiced by|"
                   r"au nom de|pour le compte de|agent de facturation")
@dataclass(frozen=True, slots=True)
class Agency:
    """The page saying whose service it bills (`provider`) and, maybe, who bills it (`agent`)."""

    provider: str
    agent: str  # "" where the page names the provider only ("Billed on behalf of X")
    evidence: Evidence


def agencies(index: BillIndex) -> list[Agency]:
    """Every statement of agency on the bill's first two pages and its last."""
    cached = index.cache.get("agencies")
    if cached is not None:
        return cached  # type: ignore[return-value]
    out: list[Agency] = []
    pages = index.pages[:2] + index.pages[-1:] if len(index.pages) > 2 else index.pages
    for page in pages:
        for seg in page.segments:
            if _HINT.search(seg.text) and (found := _agency(seg.text)) is not None:
                out.append(Agency(*found, Evidence.of(seg)))
    index.cache["agencies"] = out
    return out


def _agency(text: str) -> tuple[str, str] | None:
    for pattern in _AGENCY:
        m = pattern.search(text)
        if m is None:
            continue
        provider = m.group("x").strip(" ,.")
        agent = m.group("y").strip(" ,.") if "y" in pattern.groupindex else ""
        if agent and same_issuer(provider, agent):
            continue
        return provider, agent
    return None
