"""Is the truth on the page? A check of the generator itself, run by the unit tests.

A corpus whose truth is not what the page says scores the reader against a fiction. This reads
the text layer back and says which true value is not printed in full, so a family that truncates
a name or forgets to print a number fails here instead of silently lowering the reader's figures.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.billcorpus.truth import BillTruth


def page_text(path: Path) -> str:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        parts = []
        for page in doc:
            text = page.get_textpage()
            parts.append(text.get_text_range())
            text.close()
            page.close()
        return "\n".join(parts)
    finally:
        doc.close()


def _squash(text: str) -> str:
    return " ".join(text.split())


def missing_values(truth: BillTruth, text: str) -> list[str]:
    """Every true value that the text layer does not contain (empty when the truth is honest)."""
    flat = _squash(text)
    digit_lines = [re.sub(r"\D", "", line) for line in text.splitlines()]
    problems = []

    def need(label: str, value: str) -> None:
        if _squash(value) not in flat:
            problems.append(f"{label} {value!r} is not printed")

    need("carrier", truth.carrier_printed)
    need("account name", truth.account_name)
    need("account number", truth.account_number)
    for label, address in (("service", truth.service_address), ("billing", truth.billing_address)):
        if address is not None:
            for part in (address.line1, address.line2, address.city, address.postal_code):
                if part:
                    need(f"{label} address part", part)
    singles = [n for n in truth.numbers
               if not any(n[:-4] == f[:-4] and 0 <= int(n[-4:]) - int(f[-4:]) < c
                          for f, c in truth.ranges)]
    for n in singles + [f for f, _ in truth.ranges] + ([truth.btn] if truth.btn else []):
        if not any(n[-10:] in line for line in digit_lines):
            problems.append(f"number {n} is not printed")
    for n in truth.masked_numbers:
        if not any(n[-4:] in line for line in digit_lines):
            problems.append(f"masked number ending {n[-4:]} is not printed")
    return problems
