"""THIRD BLIND SPLIT: the one split nobody tunes on. If you write or tune the bill reader
(portdesk/bills/), do not open these files, and do not look at bills rendered from them.

These families were written after blind/ and blind2/ had each been scored at the end of a round
(both are now open for tuning). They model carriers and bill organisations the other splits do
not: a cable operator's header table, a cooperative's address table and call detail on page 1, a
consolidated invoice over several accounts, a wholesale SIP statement with a DID grid, VoIP
invoices with forwarding targets, Quebec bills in French and a northern carrier's invoice. They
are scored once, by the lead, through the benchmark and
`python -m tests.billcorpus score --split blind3 --blind`, which prints figures, never details.
"""

from tests.billcorpus.families.blind3 import (  # noqa: F401  (registration)
    canada,
    sip_summary,
    us_cable_coop,
    voip,
)
