"""Synthetic bills with their ground truth: test tooling, never shipped with the product.

`corpus` and `layouts` are the original six layouts the reader was first built with (the unit and
integration tests use them as fixtures). The development corpus modelled on real carriers' bills,
split by layout family into a tuned and a blind part, lives in `families/` (see README there).
"""

from tests.billcorpus.corpus import (
    BillTruth,
    GeneratedBill,
    generate_corpus,
    make_scan,
    random_truth,
    score_fields,
    write_bill,
)
from tests.billcorpus.layouts import LAYOUTS

__all__ = ["LAYOUTS", "BillTruth", "GeneratedBill", "generate_corpus", "make_scan",
           "random_truth", "score_fields", "write_bill"]
