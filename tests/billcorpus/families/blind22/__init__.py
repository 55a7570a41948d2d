"""TWENTY-SECOND BLIND SPLIT: the one split nobody tunes on. If you write or tune the bill reader
(portdesk/bills/), do not open these files, and do not look at bills rendered from them.

These families were written before session 24's tuning, after blind/ to blind20/ had each been
scored blind and opened (blind21 being opened in the same session), by an engineer who does not
tune the reader and never ran it on them. They model carriers no other split models, nine of the
ten not on PortDesk's own carrier list. What exactly is the lead's to know, not the reader's author's.
They are scored by the lead only, through the benchmark (PORTDESK_SCORE_BLIND=1) and
`python -m tests.billcorpus score --split blind22 --blind`, which prints figures, never details.
"""

from tests.billcorpus.families.blind22 import (  # noqa: F401  (registration)
    canada,
    east,
    south,
)
