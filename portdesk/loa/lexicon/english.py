"""English words read on an English form only. The broad rules (labelwords.py, tickwords.py) are
English first; what they cannot read on every form is here: a bare "Individual" beside a tick is
the residential customer on an English form (on a Spanish one "Individual / Múltiple" sorts
single numbers from ranges, which is no tick of ours)."""

from __future__ import annotations

from portdesk.loa.fields import LoaField as F
from portdesk.loa.lexicon.base import Lexicon

ENGLISH = Lexicon("en", "English", frozenset(), {
    # a toll-free number's ring-to (the number its calls are sent to) is the new provider's
    # routing, not a number to port: a numbers table's "Ring-to number" column stays empty
    # a parish is the town on a Channel Islands form (twice.py: beside a town's own blank, as on
    # a Jamaican one, it is the area around the town)
    F.CITY: ("=parish",),
    # the trade's abbreviations of a signature's label ("Auth. Sig.", "Cust. Sig."): English
    # only (Italian "Sig." is Mr, "Sig.ra" Mrs, before the signer's name)
    F.SIGNATURE: ("=sig", "=auth sig", "=authorised sig", "=authorized sig", "=cust sig",
                  "=customer sig", "=sig of account holder"),
    # Nigerian English: the company's registration certificate (RC) and tax (TIN) numbers
    # an address part the case never holds: a building's name, a postal "care of" (the
    # street, town and postcode have their own boxes beside them)
    # the trade's abbreviations on narrow forms: "Tel. No(s)." the numbers (its plural said),
    # "Svc. Addr." / "Addr." the service address, "P/C" the postcode; a date of birth not ours
    F.NUMBER: ("tel no s", "=tel nos", "=tel numbers"),
    F.SERVICE_ADDRESS: ("svc addr", "=addr", "=service addr", "=site addr"),
    F.POSTAL_CODE: ("=p c",),
    # more of the trade's abbreviations: "Acct. holder name" is the holder's name (not the
    # account's number its "Acct." starts), "Auth. name" the signer's, "Bus." / "Res." the
    # customer's kind beside a tick; "Not before (date)" the day asked for (its "Not after"
    # bound is no value of ours)
    F.ACCOUNT_NAME: ("acct holder name", "=acct holder", "=acct name"),
    F.AUTHORIZED_NAME: ("=auth name", "=auth person", "=auth person name"),
    F.REQUESTED_DATE: ("=not before", "=not earlier than", "=no earlier than"),
    F.BUSINESS: ("=organisation", "=organization", "=limited company", "=bus"),
    F.RESIDENTIAL: ("=individual", "=individual customer", "=individual account",
                    "=an individual", "=private individual", "=individual person", "=res"),
    "not_ours": ("=dob", "employee number", "employee id", "building name", "=c/o", "care of", "rc number", "rc no", "=tin", "tin number", "ring to*", "ringto*", "ring down number*", "terminating number*"),
})

LEXICONS = (ENGLISH,)
