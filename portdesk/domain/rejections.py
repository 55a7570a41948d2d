"""Rejection reasons: what the carrier said, which field it points at, and the fix to show."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RejectionReason:
    code: str
    title: str
    field: str | None  # the PortCase field implicated, for "Fix and resubmit"
    cause: str
    fix: str


_REASONS = [
    RejectionReason("ENTITY_NAME_MISMATCH", "Name mismatch", "account_name",
                    "the customer name differs from the carrier's record",
                    "Use the name exactly as on the bill / carrier account."),
    RejectionReason("AUTH_PERSON_MISMATCH", "Authorized person", "authorized_name",
                    "the signer is not an authorized user of the account",
                    "Have an authorized user sign, or add the signer with the carrier."),
    RejectionReason("ACCOUNT_NUMBER_MISMATCH", "Account number", "account_number",
                    "the account number is wrong or missing",
                    "Copy the account number from a recent bill; verify it with the carrier."),
    RejectionReason("PASSCODE_PIN_INVALID", "PIN", "pin",
                    "the port-out PIN is wrong or missing",
                    "Ask the customer to confirm or reset the PIN with the losing carrier."),
    RejectionReason("LOCATION_MISMATCH", "Service address", "service_address",
                    "the service address differs from the carrier's record",
                    "Use the service address from the CSR / bill (not the billing address)."),
    RejectionReason("POSTAL_CODE_MISMATCH", "ZIP code", "service_address",
                    "the ZIP code differs from the carrier's record",
                    "Use the service address and ZIP from the CSR / bill."),
    RejectionReason("BTN_ATN_MISMATCH", "BTN", "btn",
                    "the billing telephone number is wrong",
                    "Ask the carrier for the BTN on record."),
    RejectionReason("PHONE_NUMBER_MISMATCH", "Number not on account", "numbers",
                    "a number belongs to another account",
                    "Split that number into its own case."),
    RejectionReason("SV_CONFLICT", "Already porting", "numbers",
                    "another port request is open for the number",
                    "Wait for the other request or have it cancelled."),
    RejectionReason("PHONE_NUMBER_NOT_PORTABLE", "Not portable", "numbers",
                    "the number cannot be ported (no coverage)",
                    "Tell the customer; keep the number where it is."),
    RejectionReason("RATE_CENTER_NOT_PORTABLE", "Rate center not portable", "numbers",
                    "no coverage in the number's rate center",
                    "Tell the customer; keep the number where it is."),
    RejectionReason("PHONE_NUMBER_HAS_SPECIAL_FEATURE", "Special feature", "numbers",
                    "the line has a hunt group, DSL or alarm feature",
                    "Ask the customer to remove the feature with the carrier first."),
    RejectionReason("MAIN_BTN_PORTING", "BTN is porting", "remaining_action",
                    "a partial port moves the BTN without instructions for the rest",
                    "Declare keep or disconnect for the remaining numbers and give a new BTN."),
    RejectionReason("PORT_TYPE_INCORRECT", "Wrong port type", "port_type",
                    "full/partial does not match the account",
                    "Declare keep or disconnect for the remaining numbers; give a new BTN."),
    RejectionReason("FOC_REJECTED", "FOC refused", "requested_date",
                    "the requested date is not allowed",
                    "Pick a new allowed FOC date."),
    RejectionReason("FOC_EXPIRED", "FOC expired", "requested_date",
                    "the firm order date lapsed",
                    "Pick a new allowed FOC date."),
    RejectionReason("OSP_IRRESPONSIVE", "Carrier silent", None,
                    "the losing carrier has not answered",
                    "Escalate with the platform."),
    RejectionReason("LSR_PENDING", "Carrier silent", None,
                    "the local service request has no answer yet",
                    "Escalate with the platform."),
    # two more codes the platform's description lists (PortingOrdersExceptionType)
    RejectionReason("PORTING_ORDER_SPLIT_REQUIRED", "Split required", "numbers",
                    "the losing carrier wants these numbers as separate orders",
                    "Split the case as the platform's comment says and submit each part."),
    RejectionReason("SV_UNKNOWN_FAILURE", "Activation failed", None,
                    "the number's subscription version failed for a reason nobody gave",
                    "Escalate with the platform."),
    RejectionReason("PARTIAL_PORT", "Partially approved", "numbers",
                    "only some numbers were approved",
                    "Resubmit the rejected numbers with corrected details as their own case (Split)."),
    RejectionReason("OTHER", "Carrier rejection", None,
                    "the carrier gave a free-text reason",
                    "Contact the losing carrier for the reason, fix it and resubmit."),
]

REASONS: dict[str, RejectionReason] = {r.code: r for r in _REASONS}


def reason_for(code: str | None, text: str | None = None) -> RejectionReason:
    """The reason for a platform code; unknown codes become OTHER carrying the platform's own words."""
    key = (code or "").strip().upper()
    if key in REASONS:
        return REASONS[key]
    other = REASONS["OTHER"]
    detail = text or (f"unknown code {code}" if code else other.cause)
    return RejectionReason(key or "OTHER", other.title, None, detail, other.fix)
