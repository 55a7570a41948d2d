"""The first-sight gate: the page's own values (`probe --own`, ownvalues.py) typed into each
field never come back a match, on a fixed sample of every open split's families (bill 0 each).

`probe --own` is blind to layouts: it types every phone-shaped token, long digit token, name-like
line and address block the page prints that the truth does not give for the field. A match is a
false match the scored cases may never have drawn, so it is what a fresh split's first sight
finds. The whole run (`python -m tests.billcorpus.probe --own --per-family 1`, 242 bills) takes
about 2.5 minutes; this gate types the same values on a deterministic sample of about a quarter of
the families (a family is in it by a CRC of its name, never by chance), and on every family
with a known exception, so it stays under a minute on one core.

Known exceptions are false matches not fixed yet, each named with its class. The list may only
shrink: an exception that no longer happens fails the gate too, so it is struck from the list.
"""

from __future__ import annotations

import zlib
from collections import Counter
from pathlib import Path

import pytest

from tests.billcorpus.build import render_bill
from tests.billcorpus.families import OPEN, names
from tests.billcorpus.probe import probe_bill

# (family, field, typed value as the probe prints it) -> the class it belongs to
KNOWN: dict[tuple[str, str, str], str] = {
    ('att_summary', 'account_name',
     'Billing Summary'): "a heading or a label's words typed as the holder's name",
    ('bell_business', 'account_name',
     'Electronic banking ID'): "a heading or a label's words typed as the holder's name",
    ('bell_qc_fr', 'account_name',
     'Code de facture électronique'): "a heading or a label's words typed as the holder's name",
    ('cox_business', 'account_name',
     'Important messages, reminders and offers'): "a heading or a label's words typed as the holder's name",
    ('mediacom_business', 'account_name',
     'Statement Summary'): "a heading or a label's words typed as the holder's name",
    ('tds_telecom', 'account_name',
     'Summary of Services'): "a heading or a label's words typed as the holder's name",
    ('vonage_business', 'account_name',
     'Payment Terms'): "a heading or a label's words typed as the holder's name",
    ('hawaiian_telcom_summary', 'account_name',
     'Subordinate Accounts'): "a heading or a label's words typed as the holder's name",
    ('lightpath_summary', 'account_name',
     'Payments Applied'): "a heading or a label's words typed as the holder's name",
    ('lightpath_summary', 'account_name',
     'Street Address'): "a heading or a label's words typed as the holder's name",
    ('teksavvy_phone', 'account_name',
     'Billing Summary'): "a heading or a label's words typed as the holder's name",
    ('wightman', 'account_name',
     "We're here to help"): "a heading or a label's words typed as the holder's name",
    ('buckeye_business', 'account_name',
     "We're Local. Call Us."): "a heading or a label's words typed as the holder's name",
    ('westman_business', 'account_name',
     'Important Messages'): "a heading or a label's words typed as the holder's name",
    ('xittel_fr', 'account_name',
     'Montant versé'): "a heading or a label's words typed as the holder's name",
    ('everstream_summary', 'account_name',
     'Circuit ID'): "a heading or a label's words typed as the holder's name",
    ('everstream_summary', 'account_name',
     'Service'): "a heading or a label's words typed as the holder's name",
    ('secv_summary', 'account_name',
     'AMT DUE'): "a heading or a label's words typed as the holder's name",
    ('hoodcanal_stub_top', 'account_name',
     'SVC ADDR'): "a heading or a label's words typed as the holder's name",
    ('masergy_summary', 'account_name',
     'Channel Partner'): "a heading or a label's words typed as the holder's name",
    ('pinebelt_captions', 'account_number',
     '2515550127'): 'a phone number typed as the account',
    ('polar_form', 'account_name',
     'Member Name'): "a heading or a label's words typed as the holder's name",
    ('smithville_mainframe', 'account_name',
     'BILL DT.'): "a heading or a label's words typed as the holder's name",
    ('smithville_mainframe', 'account_name',
     'DUE DT.'): "a heading or a label's words typed as the holder's name",
    ('smithville_mainframe', 'account_name',
     'SVC ADDR'): "a heading or a label's words typed as the holder's name",
    ('atmc_agent', 'account_name',
     'Account Number'): "a heading or a label's words typed as the holder's name",
    ('atmc_agent', 'account_name',
     'Amount Due'): "a heading or a label's words typed as the holder's name",
    ('atmc_agent', 'account_name',
     'Business Line'): "a heading or a label's words typed as the holder's name",
    ('atmc_agent', 'account_name',
     'Carolina Billing Services, LLC'): "a billing agent's name typed as the holder's",
    ('atmc_agent', 'account_name',
     'Fax Line'): "a heading or a label's words typed as the holder's name",
    ('atmc_agent', 'account_name',
     'Important Messages'): "a heading or a label's words typed as the holder's name",
    ('westriver_convert', 'account_number',
     '961-6683'): 'a seven-digit local number typed as the account',
    ('openmobile_estado', 'account_name',
     'Activa'): "a heading or a label's words typed as the holder's name",
    ('midplains_moved', 'service_address',
     "{'line1': '7872 Commerce Hwy', 'line2': '', 'city': 'Madison', 'state'"): 'a former (moved-from) address',
    ('neptuno_template', 'account_name',
     'Cargos'): "a heading or a label's words typed as the holder's name",
    ('neptuno_template', 'account_name',
     'Inc'): "part of a holder's name printed in two pieces",
    ('neptuno_template', 'account_name',
     'Oakmont Pharmacy'): "part of a holder's name printed in two pieces",
    ('panhandle_three', 'number',
     '+15805550193'): "several statements in one PDF (an older one's values)",
    ('panhandle_three', 'account_number',
     '555-0152'): "several statements in one PDF (an older one's values)",
    ('panhandle_three', 'service_address',
     "{'line1': '6761 Harbor Blvd', 'line2': '', 'city': 'Guymon', 'state': "): "several statements in one PDF (an older one's values)",
    ('alpine_three_months', 'number',
     '+15635550158'): "several statements in one PDF (an older one's values)",
    ('kpu_marked_copy', 'number',
     '+19079596258'): "a number in a customer's note on the copy",
    ('pinpoint_paid_by', 'number',
     '+13086973333'): 'a help line printed under a lines table',
    ('pinpoint_paid_by', 'account_name',
     'Frenchman Valley Cooperative AP Dept'): "a payer's name ('Invoice to') typed as the holder's",
    ('twilio_invoice', 'account_name',
     'Product'): "a heading or a label's words typed as the holder's name",
    ('twilio_invoice', 'account_name',
     'Programmable Voice, outbound minutes'): "a heading or a label's words typed as the holder's name",
    ('twilio_invoice', 'account_name',
     'Usage summary'): "a heading or a label's words typed as the holder's name",
}

_SAMPLE_MOD, _SAMPLE_KEEP = 4, 1


def _sampled(family: str) -> bool:
    return zlib.crc32(family.encode()) % _SAMPLE_MOD < _SAMPLE_KEEP


FAMILIES = sorted({f for split in OPEN for f in names(split)
                   if _sampled(f) or any(k[0] == f for k in KNOWN)})


def test_the_sample_reaches_every_open_split() -> None:
    for split in OPEN:
        assert any(f in FAMILIES for f in names(split)), split


@pytest.mark.parametrize("family", FAMILIES)
def test_the_page_own_values_are_never_a_match(tmp_path: Path, family: str) -> None:
    skipped: Counter[str] = Counter()
    tried, found = probe_bill(render_bill(family, 0, tmp_path), 0, skipped)
    assert tried, "no value was typed"
    seen = {(family, f.field, f.typed) for f in found}
    new = [f for f in found if (family, f.field, f.typed) not in KNOWN]
    assert not new, "false matches:\n" + "\n".join(str(f) for f in new)
    gone = [k for k in KNOWN if k[0] == family and k not in seen]
    assert not gone, f"fixed: strike from KNOWN: {gone}"
