"""Additional documents of a port-in order: the types the platform's description lists for a
document linked beside the order's LOA and invoice, in words, and the type a case's file most
likely is (the specialist always sees and may change it)."""

from __future__ import annotations

# PortingAdditionalDocument.document_type, each with what it is to a specialist
DOCUMENT_TYPES: dict[str, str] = {
    "loa": "LOA (letter of authorization)",
    "invoice": "invoice or bill",
    "csr": "CSR (customer service record)",
    "other": "other document",
}
# a case file's kind (store.documents.DOCUMENT_KINDS) -> the type it is sent as by default
_DEFAULT_FOR_KIND = {"loa": "loa", "loa_signed": "loa", "loa_wet_signed": "loa",
                     "bill": "invoice"}


def type_words(document_type: str) -> str:
    """A type the description adds later is shown as the platform writes it, never dropped."""
    return DOCUMENT_TYPES.get(document_type, f"'{document_type}' (as the platform names it)")


def default_type(kind: str) -> str:
    return _DEFAULT_FOR_KIND.get(kind, "other")


def known_type(document_type: str) -> str:
    """The type as sent; anything else is refused in words before it reaches the outbox."""
    if document_type not in DOCUMENT_TYPES:
        raise ValueError(f"a document is sent as one of: {', '.join(DOCUMENT_TYPES)} "
                         f"(not '{document_type}')")
    return document_type
