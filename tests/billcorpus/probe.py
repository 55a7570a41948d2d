"""Property probe: a typed value the bill does not give for its field never comes back a match.

The scorer's cases alter one field in one way per bill; this probe alters every field of every
bill in many ways at once and asks one thing only: is any verdict "exact" or "equivalent"? It
types a digit off (account, BTN, house number, ZIP, suite), a digit more or less, a suite the bill
does not print, a letter off or a word more in the name, another customer's values, the carrier's
own help and pay-by-phone lines and remit-to address (values the bill prints, but only where the
carrier speaks), dialed numbers of the call detail, another carrier. A match on any of them is the
one unforgivable error (DOMAIN.md), whatever the layout; the probe names the field, the alteration
and the evidence the check showed, so a failure points at the path that let it through.

    python -m tests.billcorpus.probe [--split S ...] [--per-family N] [--families a,b]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.billcorpus.alterations import alterations
from tests.billcorpus.build import CorpusBill, render_bill, stable_seed
from tests.billcorpus.verify import page_text

MATCH = frozenset({"exact", "equivalent"})


@dataclass(frozen=True, slots=True)
class FalseMatch:
    bill: str
    field: str
    kind: str
    typed: str
    verdict: str
    reason: str
    evidence: str

    def __str__(self) -> str:
        return (f"{self.bill} {self.field} [{self.kind}] typed {self.typed!r}: {self.verdict} "
                f"({self.reason}; evidence {self.evidence!r})")


# running it ------------------------------------------------------------------------------------
def probe_bill(bill: CorpusBill, seed: int = 0) -> tuple[Counter[str], list[FalseMatch]]:
    """(alterations tried per field, the false matches) for one bill: read once, checked often."""
    from portdesk.bills.compare import compare
    from portdesk.bills.extract import extract_fields
    from portdesk.bills.reader import read_bill
    from portdesk.domain.entries import EntryError, case_from_entry

    fields = extract_fields(read_bill(bill.path), require_account=False)
    rng = random.Random(stable_seed(seed, bill.family, bill.index, "probe"))
    tried: Counter[str] = Counter()
    found: list[FalseMatch] = []
    for a in alterations(bill.truth, page_text(bill.source, bill.pages), rng):
        try:
            case = case_from_entry(a.entry)
        except EntryError:  # "exchange 055 cannot start with 0": not a value anyone can type
            continue
        tried[a.field] += 1
        result = compare(case, fields)
        if a.field == "number":
            assert result.numbers is not None
            check: Any = next(i for i in result.numbers.items if i.number == a.number)
            typed = a.number
        else:
            check = result.fields[a.field]
            typed = str(a.entry[a.field])
        if check.verdict.value in MATCH:
            ev = check.evidence.text if check.evidence is not None else ""
            found.append(FalseMatch(bill.path.name, a.field, a.kind, typed[:70],
                                    check.verdict.value, check.reason, ev[:70]))
    return tried, found


def probe(families: list[str], per_family: int, out: Path,
          seed: int = 0) -> tuple[Counter[str], list[FalseMatch]]:
    tried: Counter[str] = Counter()
    found: list[FalseMatch] = []
    for name in families:
        for i in range(per_family):
            t, f = probe_bill(render_bill(name, i, out, seed), seed)
            tried.update(t)
            found += f
    return tried, found


def main(argv: list[str] | None = None) -> int:
    from tests.billcorpus.families import BLIND, OPEN, names

    ap = argparse.ArgumentParser(prog="python -m tests.billcorpus.probe")
    ap.add_argument("--split", action="append", choices=OPEN)
    ap.add_argument("--per-family", type=int, default=2)
    ap.add_argument("--families", default="")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    total = 0
    with tempfile.TemporaryDirectory(prefix="billprobe-") as tmp:
        for split in args.split or list(OPEN):
            fams = [f for f in names(split) if not args.families or f in args.families.split(",")]
            if split in BLIND or not fams:
                continue
            tried, found = probe(fams, args.per_family, Path(tmp) / split, args.seed)
            total += len(found)
            per = ", ".join(f"{k} {v}" for k, v in sorted(tried.items()))
            print(f"{split}: {len(fams) * args.per_family} bills, {sum(tried.values())} altered "
                  f"values ({per}): {len(found)} false matches")
            for f in found:
                print(f"  {f}")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
