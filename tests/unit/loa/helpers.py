"""Cases for the LOA tests: fictional 555-01XX numbers, a name with accents."""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader

from portdesk.domain.case import PortCase
from portdesk.domain.entries import case_from_entry


def make_entry(count: int = 4, **extra: Any) -> dict[str, Any]:
    numbers = [f"+1212555{100 + i:04d}" if count <= 100 else f"+1212555{i:04d}"
               for i in range(count)]
    entry: dict[str, Any] = {
        "account_name": "José Núñez Plumbing & Heating LLC", "authorized_name": "José Núñez",
        "authorized_title": "Owner", "account_number": "8812-3345-01", "pin": "4321",
        "btn": numbers[0], "numbers": numbers, "carrier": "Verizon Business",
        "service_address": {"line1": "123 Main Street", "line2": "Suite 4B",
                            "city": "Springfield", "state": "IL", "postal_code": "62701"},
        "requested_date": "2025-07-15", "contact_phone": "212-555-0199",
    }
    entry.update(extra)
    return entry


def make_case(count: int = 4, **extra: Any) -> PortCase:
    return case_from_entry(make_entry(count, **extra)).with_changes(reference="PD-000042")


WORLD: dict[str, dict[str, Any]] = {
    "DE": {"numbers": ["+4930555010", "+4930555011", "+4930555012"], "carrier": "Telekom",
           "service_address": {"line1": "Hauptstraße 5", "city": "Berlin", "postal_code": "10115",
                               "country": "DE"}},
    "FR": {"numbers": ["+33155550100", "+33155550101"], "carrier": "Orange",
           "service_address": {"line1": "12 rue de Rivoli", "city": "Paris",
                               "postal_code": "75001", "country": "FR"}},
    "NL": {"numbers": ["+31205550100", "+31205550101"], "carrier": "KPN",
           "service_address": {"line1": "Keizersgracht 123", "city": "Amsterdam",
                               "postal_code": "1015 CJ", "country": "NL"}},
    "ES": {"numbers": ["+34915550100", "+34915550101"], "carrier": "Telefónica",
           "service_address": {"line1": "Calle Mayor 10", "city": "Madrid", "state": "Madrid",
                               "postal_code": "28013", "country": "ES"}},
    "GB": {"numbers": ["+442071234567", "+442071234568"], "carrier": "BT",
           "service_address": {"line1": "1 High Street", "city": "London",
                               "postal_code": "SW1A 1AA", "country": "GB"}},
}


def world_entry(country: str, **extra: Any) -> dict[str, Any]:
    """A customer in another country: that country's numbers, address order and carrier."""
    entry: dict[str, Any] = {
        "account_name": "Zoë Dvořák Bäckerei GmbH", "authorized_name": "Zoë Dvořák",
        "authorized_title": "Geschäftsführerin", "account_number": "KD-4471-22",
        "contact_email": "zoe@example.com", "requested_date": "2026-09-15", "port_type": "full",
        **WORLD[country]}
    entry["btn"] = entry["numbers"][0]
    entry.update(extra)
    return entry


def world_case(country: str, **extra: Any) -> PortCase:
    return case_from_entry(world_entry(country, **extra)).with_changes(reference="PD-000043")


def widget_values(pdf: bytes) -> dict[str, str]:
    """Every widget's value in a filled PDF, by its name."""
    out: dict[str, str] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for a in page.get("/Annots") or []:
            obj = a.get_object()
            if "/T" in obj:
                out[str(obj["/T"])] = str(obj.get("/V") or "")
    return out
