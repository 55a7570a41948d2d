"""Service address compared with the open extraction's value (bills read without the case)."""

from __future__ import annotations

from portdesk.bills.addrmatch import addresses_equivalent, addresses_exact, differences
from portdesk.bills.extract import BillFields
from portdesk.bills.verdicts import (
    MIN_MATCH_CONFIDENCE,
    MIN_MATCH_READ,
    FieldCheck,
    Verdict,
    mismatch_or_unclear,
)
from portdesk.domain.case import Address

_FLD = "service_address"


def compare_addresses(entered: Address, fields: BillFields) -> FieldCheck:
    shown = entered.one_line()
    bill = fields.service_address
    if bill is None:
        if fields.billing_address is not None:
            return FieldCheck(_FLD, Verdict.NOT_FOUND, shown, None,
                              "the bill shows only a billing (mailing) address; the service "
                              "address must come from the CSR or the customer")
        return FieldCheck(_FLD, Verdict.NOT_FOUND, shown, None, "no service address on the bill")
    bill_text = bill.one_line()
    if entered.is_empty():
        return FieldCheck(_FLD, Verdict.UNVERIFIABLE, "", bill_text,
                          "nothing entered in the case to check; the bill shows this address",
                          bill_text)
    exact = addresses_exact(entered, bill)
    if exact or addresses_equivalent(entered, bill):
        if (fields.confidence.get(_FLD, 1.0) < MIN_MATCH_CONFIDENCE
                or fields.read_confidence.get(_FLD, 1.0) < MIN_MATCH_READ):
            return FieldCheck(_FLD, Verdict.UNVERIFIABLE, shown, bill_text,
                              "the bill's address was read with low confidence; compare it by "
                              "eye", bill_text)
        if exact:
            return FieldCheck(_FLD, Verdict.EXACT, shown, bill_text, "same as on the bill")
        return FieldCheck(_FLD, Verdict.EQUIVALENT, shown, bill_text,
                          "same address, written differently; use the bill's exact form",
                          bill_text)
    diffs = differences(entered, bill) or ["street"]
    reason = f"{', '.join(diffs)} differ{'s' if len(diffs) == 1 else ''} from the bill"
    billing = fields.billing_address
    if billing is not None and billing != bill and (
            addresses_equivalent(entered, billing) or entered == billing):
        reason = "the case has the billing address; the port needs the service address"
    return mismatch_or_unclear(_FLD, shown, bill_text, reason,
                               fields.read_confidence.get(_FLD, 1.0), bill_text)
