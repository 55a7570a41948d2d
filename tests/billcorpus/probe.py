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
    python -m tests.billcorpus.probe --split HELD_OUT --blind [--per-family N]   (counts only)
    python -m tests.billcorpus.probe --own ...   the page's own values typed into each field
                                                 (ownvalues.py; with --blind too)
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
from tests.billcorpus.ownvalues import layout_text, own_values, printed_dates
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
def probe_bill(bill: CorpusBill, seed: int = 0, own: Counter[str] | None = None,
               ) -> tuple[Counter[str], list[FalseMatch]]:
    """(alterations tried per field, the false matches) for one bill: read once, checked often.
    With `own` (a counter of skips): the page's own values (ownvalues.py) instead of the builder's
    wrong values, and a statement date read as another printed date counted as a false match."""
    from portdesk.bills.compare import compare
    from portdesk.bills.extract import extract_fields
    from portdesk.bills.reader import read_bill
    from portdesk.domain.entries import EntryError, case_from_entry

    fields = extract_fields(read_bill(bill.path), require_account=False)
    rng = random.Random(stable_seed(seed, bill.family, bill.index, "probe"))
    tried: Counter[str] = Counter()
    found: list[FalseMatch] = []
    text = page_text(bill.source, bill.pages)
    if own is None:
        source = alterations(bill.truth, text, rng)
    else:
        source = own_values(bill.truth, text, layout_text(bill.source, bill.pages), rng, own)
        tried["statement_date"] += 1
        day = fields.statement_date
        if day is not None and day != bill.truth.statement_date and day in printed_dates(text):
            found.append(FalseMatch(bill.path.name, "statement_date", "another printed date",
                                    day.isoformat(), "read", "extract", ""))
    for a in source:
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


def probe(families: list[str], per_family: int, out: Path, seed: int = 0,
          own: Counter[str] | None = None) -> tuple[Counter[str], list[FalseMatch]]:
    tried: Counter[str] = Counter()
    found: list[FalseMatch] = []
    for name in families:
        for i in range(per_family):
            t, f = probe_bill(render_bill(name, i, out, seed), seed, own)
            tried.update(t)
            found += f
    return tried, found


def _blind_figures(split: str, fams: list[str], per_family: int, out: Path,
                   seed: int, own: Counter[str] | None = None) -> int:
    """A held-out split's probe, counts only: bills, altered values and false matches per
    field. Nothing that names what is on the pages (a family, a file, a typed value, the
    evidence) is printed, and whatever the reader says on its way is kept out of the output."""
    import contextlib
    import io

    tried: Counter[str] = Counter()
    matched: Counter[str] = Counter()
    failed = 0
    for name in fams:
        for i in range(per_family):
            with contextlib.redirect_stdout(io.StringIO()), \
                    contextlib.redirect_stderr(io.StringIO()):
                try:
                    t, f = probe_bill(render_bill(name, i, out, seed), seed, own)
                except Exception:  # noqa: BLE001  (its message may quote the page)
                    failed += 1
                    continue
            tried.update(t)
            matched.update(x.field for x in f)
    per = ", ".join(f"{k} {matched[k]} of {v}" for k, v in sorted(tried.items()))
    print(f"{split} (held out, figures only): {len(fams) * per_family} bills, "
          f"{sum(tried.values())} altered values, {sum(matched.values())} false matches "
          f"(per field: {per})" + (f"; {failed} bills could not be probed" if failed else "")
          + (f"; {_skips(own)}" if own is not None else ""))
    return sum(matched.values()) + failed


def _skips(own: Counter[str]) -> str:
    """The page's values left untyped because the truth cannot say whose they are."""
    return (f"{sum(own.values())} printed values skipped as unsure ("
            + ", ".join(f"{k} {v}" for k, v in sorted(own.items())) + ")")


def main(argv: list[str] | None = None) -> int:
    from tests.billcorpus.families import BLIND, OPEN, SPLITS, names

    ap = argparse.ArgumentParser(prog="python -m tests.billcorpus.probe")
    ap.add_argument("--split", action="append", choices=SPLITS)
    ap.add_argument("--per-family", type=int, default=2)
    ap.add_argument("--families", default="")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--blind", action="store_true",
                    help="probe a held-out split, printing counts only (for the lead)")
    ap.add_argument("--own", action="store_true",
                    help="type the page's own values of each field's kind (ownvalues.py)")
    args = ap.parse_args(argv)
    held = [s for s in args.split or () if s in BLIND]
    if held and not args.blind:
        print(f"the {', '.join(held)} split is held out: probed only with --blind, which prints "
              "counts only (never if you tune the reader)", file=sys.stderr)
        return 2
    if args.blind and (not held or len(held) != len(args.split) or args.families):
        print("--blind probes held-out splits only, whole (no --families)", file=sys.stderr)
        return 2
    total = 0
    with tempfile.TemporaryDirectory(prefix="billprobe-") as tmp:
        if args.blind:
            for split in held:
                total += _blind_figures(split, names(split), args.per_family,
                                        Path(tmp) / "held", args.seed,
                                        Counter() if args.own else None)
            return 1 if total else 0
        for split in args.split or list(OPEN):
            fams = [f for f in names(split) if not args.families or f in args.families.split(",")]
            if split in BLIND or not fams:
                continue
            own: Counter[str] | None = Counter() if args.own else None
            tried, found = probe(fams, args.per_family, Path(tmp) / split, args.seed, own)
            total += len(found)
            per = ", ".join(f"{k} {v}" for k, v in sorted(tried.items()))
            print(f"{split}: {len(fams) * args.per_family} bills, {sum(tried.values())} altered "
                  f"values ({per}): {len(found)} false matches"
                  + (f"; {_skips(own)}" if own is not None else ""))
            for f in found:
                print(f"  {f}")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
