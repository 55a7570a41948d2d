"""Cases for the LOA tests: fictional 555-01XX numbers, a name with accents."""

from __future__ import annotations

from typing import Any

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
