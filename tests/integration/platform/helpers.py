"""Small builders the platform tests share."""

from __future__ import annotations


def ready_fields(document_id: str, **admin: str) -> dict[str, object]:
    """A PATCH body that meets the sandbox's requirements for confirm."""
    base = {"entity_name": "Acme Dental LLC", "auth_person_name": "Ann Lee",
            "account_number": "ACC-12345"}
    base.update(admin)
    return {
        "end_user": {"admin": base,
                     "location": {"street_address": "100 Main St", "locality": "Chicago",
                                  "administrative_area": "IL", "postal_code": "60601"}},
        "documents": {"loa": document_id},
    }
