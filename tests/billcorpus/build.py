"""Generate bills of the development corpus into a folder: text PDFs, scans and phone photos.

Everything is seeded: the same (family, index, seed) gives the same customer, values and page,
byte for byte (reportlab's invariant mode), so a figure can be reproduced and a failure looked at.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass
from pathlib import Path

from tests.billcorpus.carriers import CARRIERS
from tests.billcorpus.draw import Sheet
from tests.billcorpus.families import get, names
from tests.billcorpus.pages import on_pages, own_number_btn, seen_on_pages
from tests.billcorpus.people import new_customer
from tests.billcorpus.truth import BillTruth, new_draft


@dataclass(frozen=True, slots=True)
class CorpusBill:
    path: Path
    truth: BillTruth
    family: str
    split: str
    kind: str  # "text", "scan" or "photo"
    index: int
    source: Path  # the text PDF it was made from (the same file for a text bill)
    pages: int = 1  # pages in `path` (a scan may hold only the first page or two)


def stable_seed(*parts: object) -> int:
    """A seed from names and numbers that does not change between runs (unlike hash())."""
    return zlib.crc32("/".join(str(p) for p in parts).encode())


def render_bill(family_name: str, index: int, out_dir: Path, seed: int = 0,
                detail_pages: int | None = None) -> CorpusBill:
    """One text PDF bill; `detail_pages` stretches the call detail (for the long-bill figures)."""
    fam = get(family_name)
    rng = random.Random(stable_seed(seed, family_name, index))
    customer = new_customer(rng, fam.country, fam.lang, fam.person_share, fam.region)
    carrier = CARRIERS[fam.carrier]
    draft = new_draft(family_name, carrier, customer, rng, account_number="", lines=fam.lines,
                      block=fam.block, block_size=fam.block_size, dialed=fam.dialed)
    draft.account_number = draft.printed_account = fam.account(rng, customer, draft.real_btn)
    draft.detail_pages = detail_pages
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{family_name}-{index:02d}.pdf"
    sheet = Sheet(path, rng, fam.font, fam.accent, f"{carrier.brand} statement")
    fam.render(sheet, draft)
    draft.btn_from_own_number = own_number_btn(sheet, draft)
    truth = draft.freeze(sheet.save(), seen_on_pages(sheet, draft))
    return CorpusBill(path, truth, family_name, fam.split, "text", index, path, truth.pages)


def text_bills(split: str, per_family: int, out_dir: Path, seed: int = 0,
               families: list[str] | None = None) -> list[CorpusBill]:
    return [render_bill(name, i, out_dir, seed) for name in (families or names(split))
            for i in range(per_family)]


def scanned_bills(split: str, per_family: int, out_dir: Path, seed: int = 0,
                  families: list[str] | None = None, first: int = 100,
                  kind: str | None = None) -> list[CorpusBill]:
    """Scans and photos of fresh bills (indices from `first`, so they differ from the text ones)."""
    from tests.billcorpus.scans import degrade

    out = []
    for name in families or names(split):
        for i in range(first, first + per_family):
            bill = render_bill(name, i, out_dir / "src", seed)
            rng = random.Random(stable_seed(seed, name, i, "pixels"))
            path, made, pages = degrade(bill.path, out_dir, rng, kind)
            out.append(CorpusBill(path, on_pages(bill.truth, pages), name, bill.split, made, i,
                                  bill.path, pages))
    return out
