"""SIXTEENTH TUNING SPLIT (open): material for tuning the reader on issue 10, not a measure.

Written by an engineer who does not tune the reader and never ran PortDesk's bill reader or
check on it (only the generator's own checks: `verify.py`'s rules through the corpus tests, and
the rendered pages looked at), of carriers no other split models, chosen from a pool kept apart
from the held-out split's (blind16); at least six of its ten carriers are not on PortDesk's own
carrier list. It is open from the start: the reader's tuner reads, renders and scores it like
tune10/ to tune15/. Being tuned on, its figures say how well the reader fits it, never how well
it generalises.
"""

from tests.billcorpus.families.tune16 import (  # noqa: F401  (registration)
    coop,
    dialer,
    icons,
    insert,
    languages,
    merged,
    mvno,
    portal,
    turned,
)
