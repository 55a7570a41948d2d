"""Families the reader may be tuned on (about two thirds of the corpus)."""

from tests.billcorpus.families.tuned import (  # noqa: F401  (registration)
    att,
    cable,
    canada,
    cloud_voice,
    ilec,
    ilec_regional,
    mobile_voip,
    multi_site,
    verizon,
    wireless_more,
)
