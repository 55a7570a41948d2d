"""The platform's review of an uploaded document, in the specialist's words.

The platform's description gives every upload a review `status` (pending, verified, denied) and
an antivirus `av_scan_status` (scanned, infected, pending_scan, not_scanned) on the document
itself (GET /documents/{id}), with no reason and no event for either. A denied LOA or bill, or an
upload the scan found infected, will not carry the port: the specialist must send another one,
and only a person can make it (a new signature, a clearer copy of the bill). So a refused
document is told once and never sent again by the desk.
"""

from __future__ import annotations

from dataclasses import dataclass

VERIFIED, DENIED, INFECTED, PENDING = "verified", "denied", "infected", "pending"
REFUSED = frozenset({DENIED, INFECTED})
# document kinds (store.documents.DOCUMENT_KINDS) by the order's slot they fill
LOA_KINDS = ("loa_signed", "loa_wet_signed", "loa")
BILL_KINDS = ("bill",)
SLOT_WORDS = {"loa": "LOA", "invoice": "bill (invoice)"}


@dataclass(frozen=True, slots=True)
class DocumentReview:
    """One uploaded document's standing on the platform, as last read."""

    slot: str  # "loa" or "invoice"
    filename: str
    verdict: str  # VERIFIED, DENIED, INFECTED, PENDING, or the platform's own word
    at: str = ""  # when the platform changed it (its `updated_at`), ISO 8601; "" when not given

    @property
    def refused(self) -> bool:
        return self.verdict in REFUSED


def verdict_of(status: str, av_scan_status: str) -> str:
    """An infected scan outranks any review: the platform will not use the file at all. ""
    when the platform says neither (a platform that keeps no review: nothing to wait for)."""
    if av_scan_status == INFECTED:
        return INFECTED
    return status or (PENDING if av_scan_status else "")


def slot_of(kind: str) -> str:
    return "invoice" if kind in BILL_KINDS else "loa"


def what_to_do(review: DocumentReview) -> str:
    """The next step a person must take; the platform gives no reason, so none is invented."""
    what = SLOT_WORDS.get(review.slot, review.slot)
    if review.verdict == INFECTED:
        return (f"the platform's virus scan found {review.filename} (the {what}) infected and "
                "will not use it: attach a clean copy (scan or export it again on a clean "
                "machine); PortDesk sends the new one")
    if review.slot == "loa":
        return (f"the platform denied the LOA {review.filename}: it gives no reason (read the "
                "order's comments); have the authorized person sign a corrected LOA and attach "
                "it; PortDesk sends the new one")
    return (f"the platform denied the {what} {review.filename}: it gives no reason (read the "
            "order's comments); attach a clearer, recent bill showing the account name, "
            "number and service address; PortDesk sends the new one")


def verdict_words(verdict: str) -> str:
    return {VERIFIED: "verified", DENIED: "denied", INFECTED: "infected (virus scan)",
            PENDING: "waiting for the platform's review"}.get(verdict, verdict)


def sentence(text: str) -> str:
    """The words as a sentence's start (str.capitalize would lower 'LOA' and 'PortDesk')."""
    return text[:1].upper() + text[1:]
