"""Is the truth on the page? A check of the generator itself, run by the unit tests.

A corpus whose truth is not what the page says scores the reader against a fiction. This reads
the text layer back and says which true value is not printed in full, so a family that truncates
a name or forgets to print a number fails here instead of silently lowering the reader's figures.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from tests.billcorpus.truth import BillTruth


def page_text(path: Path, pages: int | None = None) -> str:
    """The text layer of the bill (of its first `pages` pages: what a scan of them shows)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        parts = []
        for i, page in enumerate(doc):
            if pages is not None and i >= pages:
                page.close()
                break
            text = page.get_textpage()
            parts.append(text.get_text_range())
            text.close()
            page.close()
        return "\n\f".join(parts)
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
    pages = [" ".join(re.sub(r"\D", " ", page).split()) for page in text.split("\f")]
    for n in singles + [f for f, _ in truth.ranges] + ([truth.btn] if truth.btn else []):
        # in full on one line, or by its last digits on a page that prints its exchange
        # ('608-555-0101, -0104': a short list; 'NPA-NXX 608-555 | 0104': a block table)
        if not any(n[-10:] in line for line in digit_lines) and not any(
                n[-4:] in page and f"{n[2:5]} {n[5:8]}" in page for page in pages):
            problems.append(f"number {n} is not printed")
    for n in truth.masked_numbers:
        if not any(n[-4:] in line for line in digit_lines):
            problems.append(f"masked number ending {n[-4:]} is not printed")
    return problems


def page_texts(path: Path) -> list[str]:
    """The text layer page by page (index 0 is page 1)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        out = []
        for page in doc:
            text = page.get_textpage()
            out.append(text.get_text_range())
            text.close()
            page.close()
        return out
    finally:
        doc.close()


def unproven_values(truth: BillTruth, pages: list[str]) -> list[str]:
    """Every true value of a whole bill that is not printed where a careful person would take it
    as that field (see pages.py), and every mark whose page does not show its value."""
    from tests.billcorpus.truth import address_key, in_range

    seen, problems = truth.seen, []

    def need(key: str, what: str) -> None:
        if not seen.get(key):
            problems.append(f"{what} is not printed as such")

    need(f"name:{truth.account_name}", f"account name {truth.account_name!r}")
    if not truth.account_masked:
        for account in (truth.account_number, *truth.alternatives.get("account_number", ())):
            need(f"account:{account}", f"account number {account!r}")
    for n in truth.numbers:
        need(f"number:{n}", f"number {n}")
    for btn in {b for b in (truth.btn, *truth.alternatives.get("btn", ())) if b}:
        need(f"btn:{btn}", f"BTN {btn}")
    services = [truth.service_address, *truth.alternatives.get("service_address", ())]
    for a in (x for x in services if x is not None):
        need(f"service:{address_key(a)}", f"service address {a.line1!r}")
    for key, on in seen.items():
        kind, _, value = key.partition(":")
        # full-width digits ('８５７') read as the digits they are, on the page and in the key
        value = unicodedata.normalize("NFKC", value)
        for page in on:
            flat = unicodedata.normalize("NFKC", _squash(pages[page - 1]))
            digits = re.sub(r"\D", "", flat)
            blocked = any(in_range(value, f, c) for f, c in truth.ranges)
            if kind == "number" and not blocked and value[-4:] not in digits:
                problems.append(f"number {value} seen on page {page} but not printed there")
            if kind == "btn" and value[-10:] not in digits:
                problems.append(f"BTN {value} marked on page {page} but not printed there")
            if kind == "service" and not all(part in flat for part in value.split("|")):
                problems.append(f"service address {value!r} marked on page {page}, not there")
    return problems
