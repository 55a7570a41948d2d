"""`python -m tests.billcorpus`: list the families, write a split to a folder, or score the reader.

    python -m tests.billcorpus list
    python -m tests.billcorpus write OUTDIR --split tuned [--per-family 3] [--scans 1]
    python -m tests.billcorpus score --split tuned [--per-family 4] [--scans 1] [--misses]
                                     [--unlisted]
    python -m tests.billcorpus verify --split tuned [--per-family 4]

`write` puts each bill beside its truth (`*.truth.json`) and its cases (`*.case-N.json`, an entries
file for `portdesk bill check FILE --entries ...`, with the expected verdicts under "expected").
`verify` checks the generator, not the reader: every true value printed, and printed where a
careful person takes it for that field (verify.py). A held-out split (blind22, written before
session 24's tuning; blind21 opened after its blind scores in session 23) is only written, verified or scored with --blind, for whoever is not tuning the reader; `score` prints its figures, never its details (--misses lists the open
splits' misses only).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from tests.billcorpus.build import CorpusBill, scanned_bills, stable_seed, text_bills
from tests.billcorpus.cases import Case, cases_for
from tests.billcorpus.families import BLIND, FAMILIES, OPEN, SPLITS, names
from tests.billcorpus.truth import BillTruth
from tests.billcorpus.verify import missing_values, page_text, page_texts, unproven_values


def truth_json(t: BillTruth) -> dict[str, Any]:
    def conv(v: Any) -> Any:
        if hasattr(v, "isoformat"):
            return v.isoformat()
        if isinstance(v, (frozenset, set)):
            return sorted(v)
        return v

    data = {k: conv(v) for k, v in asdict(t).items() if k != "carrier"}
    data["carrier"] = {"key": t.carrier.key, "names": list(t.carrier.all_names)}
    return json.loads(json.dumps(data, default=str))


def case_json(case: Case) -> dict[str, Any]:
    expected = {k: {"verdicts": sorted(e.verdicts), "value_ok": e.value_ok,
                    "provable": e.provable} for k, e in case.fields.items()}
    numbers = {n: sorted(e.verdicts) for n, e in case.numbers.items()}
    return {**case.entry, "expected": {"kind": case.kind, "fields": expected,
                                       "numbers": numbers}}


def _families(args: argparse.Namespace) -> list[str]:
    """The split's families, or the ones named with --families, less those named with --skip
    (a tuner's own holdout inside an opened split)."""
    chosen = getattr(args, "families", "") or ""
    skip = set((getattr(args, "skip", "") or "").split(","))
    fams = [f for f in chosen.split(",") if f] or names(args.split)
    unknown = [f for f in fams if f not in FAMILIES or FAMILIES[f].split != args.split]
    if unknown:
        raise SystemExit(f"not families of the {args.split} split: {', '.join(unknown)}")
    return [f for f in fams if f not in skip]


def _bills(args: argparse.Namespace, out: Path) -> list[CorpusBill]:
    fams = _families(args)
    bills = text_bills(args.split, args.per_family, out, args.seed, fams) if args.per_family else []
    if args.scans:
        bills += scanned_bills(args.split, args.scans, out / "pixels", args.seed, fams)
    return bills


def cmd_write(args: argparse.Namespace) -> int:
    out = Path(args.outdir)
    bills = _bills(args, out)
    for bill in bills:
        bill.path.with_suffix(".truth.json").write_text(
            json.dumps(truth_json(bill.truth), indent=2), encoding="utf-8")
        rng = random.Random(stable_seed(args.seed, bill.family, bill.index, "cases"))
        for k, case in enumerate(cases_for(bill.truth, page_text(bill.source, bill.pages),
                                           rng, scan=bill.kind != "text")):
            bill.path.with_suffix(f".case-{k}.json").write_text(
                json.dumps(case_json(case), indent=2), encoding="utf-8")
    print(f"{len(bills)} bills of the {args.split} split written to {out}")
    return 0


def cmd_score(args: argparse.Namespace) -> int:
    from tests.billcorpus.score import report, score, tuned_misses

    if args.unlisted:
        from tests.billcorpus.unlisted import forget_carriers_of

        gone = forget_carriers_of(_families(args))
        print(f"carriers taken out of PortDesk's list for this score: {', '.join(gone) or 'none'}")
    with tempfile.TemporaryDirectory(prefix="billcorpus-") as tmp:
        os.environ.setdefault("PORTDESK_DATA_DIR", str(Path(tmp) / "data"))
        tallies = score(_bills(args, Path(tmp)), args.seed)
    print(report(tallies))
    if args.misses:
        print(f"\nMisses ({', '.join(OPEN)} splits only):")
        print(tuned_misses(tallies, 400))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    """The generator's own check on more bills than the unit tests render (one per family)."""
    with tempfile.TemporaryDirectory(prefix="billcorpus-verify-") as tmp:
        bills = text_bills(args.split, args.per_family, Path(tmp), args.seed, _families(args))
        problems = {}
        for bill in bills:
            found = missing_values(bill.truth, page_text(bill.path))
            found += unproven_values(bill.truth, page_texts(bill.path))
            if found:
                problems[bill.path.name] = found
    for name, found in sorted(problems.items()):
        print(f"{name}: " + "; ".join(found))
    print(f"{len(bills)} bills of the {args.split} split verified, "
          f"{len(problems)} with problems")
    return 1 if problems else 0


def cmd_list(_: argparse.Namespace) -> int:
    for split in SPLITS:
        print(f"{split}: {len(names(split))} families")
        for name in names(split):
            f = FAMILIES[name]
            shown = f.modelled_on if split in OPEN else f"({f.carrier})"
            print(f"  {name:28} {shown}")
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.billcorpus", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("list").set_defaults(func=cmd_list)
    for name, func in (("write", cmd_write), ("score", cmd_score), ("verify", cmd_verify)):
        q = sub.add_parser(name)
        if name == "write":
            q.add_argument("outdir")
        q.add_argument("--split", choices=SPLITS, default="tuned")
        q.add_argument("--per-family", type=int, default=3, help="text bills per family")
        q.add_argument("--scans", type=int, default=0, help="scans or photos per family")
        q.add_argument("--seed", type=int, default=0)
        q.add_argument("--blind", action="store_true",
                       help="allow the blind split (never if you tune the reader)")
        q.add_argument("--families", default="", help="only these families (comma list)")
        q.add_argument("--skip", default="", help="leave these families out (comma list)")
        if name == "score":
            q.add_argument("--misses", action="store_true",
                           help="list the misses of the open splits (never the held-out one)")
            q.add_argument("--unlisted", action="store_true",
                           help="take the split's carriers out of PortDesk's list first: the "
                                "carrier must be read from the bill (unlisted.py)")
        q.set_defaults(func=func)
    args = p.parse_args(argv)
    if getattr(args, "split", "") in BLIND and not args.blind:
        print(f"the {args.split} split is held out: not written, verified or scored without "
              f"--blind. If you tune the reader, do not look at it; the lead scores it, at the "
              f"start and the end of a round, with `score --split {args.split} --blind` "
              f"(figures only)",
              file=sys.stderr)
        return 1
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
