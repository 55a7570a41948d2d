"""Score a split as if PortDesk had never heard of its carriers: `score --unlisted`.

Every round so far has grown the product's list of known carriers (portdesk/bills/carrierlist.py),
and a blind split whose carriers made it onto the list scores its carrier field by the list, not by
reading (session 7: blind5's carrier 70 -> 80% came from two names added). With --unlisted the
carriers of the scored split's families are taken out of the list, in this process only, before
any bill is read: the carrier must then be read from what the bill says about its sender
(portdesk/bills/issuer.py). The typed carrier of a "wrong carrier" case may be one of the removed
ones too; it is then a name PortDesk does not know, for which "unverifiable" is the product's
answer, so a few expected mismatches read as misses under this option.
"""

from __future__ import annotations

from portdesk.bills import carriers as known
from tests.billcorpus.carriers import CARRIERS as CORPUS
from tests.billcorpus.families import FAMILIES


def forget_carriers_of(families: list[str]) -> list[str]:
    """Take the families' carriers out of PortDesk's list (names, aliases, domains, wordmarks);
    the keys taken out, for the report."""
    gone: set[str] = set()
    for name in families:
        carrier = CORPUS[FAMILIES[name].carrier]
        for printed in carrier.all_names:
            if (found := known.identify(printed)) is not None:
                gone.add(found.key)
        gone.update(c.key for c in known.carriers_in_domains(carrier.domain))
    known.CARRIERS = tuple(c for c in known.CARRIERS if c.key not in gone)
    for table in (known._BY_ALIAS, known.WORDMARKS):
        for key in [k for k, c in table.items() if c.key in gone]:
            del table[key]
    return sorted(gone)
