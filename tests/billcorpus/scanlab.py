"""Scans and photos only: score them, with the OCR read once and kept, and measure the ceiling.

    python -m tests.billcorpus.scanlab --split tuned --scans 1 [--families a,b] [--misses]
    python -m tests.billcorpus.scanlab --split blind --scans 2 --seed 1 --ceiling
    python -m tests.billcorpus.scanlab --split blind3 --seed 1 --skip aircall,teliax_sip   # a holdout
    python -m tests.billcorpus.scanlab --halves tests/billcorpus/scan_round9_halves.md --half DEV \
        --seed 53    # a round's half of every open split, drawn in one process, summed
    python -m tests.billcorpus.scanlab --halves ... --half DEV --seed 113 --gap [--misses]
        # right on the text version of the same bill, wrong on the scan: pixels/finding/judging
    python -m tests.billcorpus.scanlab --halves ... --half DEV --seed 131 --errors [--misses]
        # the scans whose check ends in an error, a refusal or a traceback, by kind

`--halves` draws the open splits one after another in one process, as a round's figures were
taken: a photo's paper grain comes from PIL's `effect_noise`, which follows the C library's
`rand()` and not the draw's seed, so a photo's pixels depend on what was drawn before it in the
same process (a scan's do not). `--half ALL` draws every family (a fresh seed's whole draw).

OCR is most of the time a scan takes, and tuning the check (finding and judging values) does not
change what Tesseract reads, so each page's OCR result is kept on disk (`--cache`, keyed by the
page's pixels and the source of the OCR modules: a change to them reads the pages again).

`--ceiling` answers the first question to ask of a scan: of the values the truth says a careful
person finds on the pages the scan holds, how many does the OCR text hold at all (letters and
digits only, with the characters OCR confuses taken as one)? A value missing there is lost in the
pixels; one present but missed by the check is lost in finding or judging it.

Only the open splits: a split written for the next blind measure (blind21, blind22: held out) is refused;
blind18 stays out too (sessions 22-23 score its scans as a pseudo-blind, figures only).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import re
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

OPEN_SPLITS = ("tuned", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7",
               "blind8", "blind9", "tune10", "blind10", "tune11", "blind11", "tune12",
               "blind12", "tune13", "blind13", "tune14", "blind14", "tune15", "blind15",
               "tune16", "blind16", "tune17", "blind19", "blind20")
_OCR_SOURCES = ("ocr.py", "prepare.py", "photo.py", "reread.py")


def _code_key() -> str:
    import portdesk.bills as pkg

    base = Path(pkg.__file__).parent
    h = hashlib.sha1()
    for name in _OCR_SOURCES:
        if (base / name).exists():
            h.update((base / name).read_bytes())
    return h.hexdigest()[:12]


def cache_ocr(folder: Path) -> None:
    """Keep each page's OCR result in `folder`, keyed by its pixels, scale and the OCR code."""
    import portdesk.bills.ocr as ocr
    import portdesk.bills.reader  # noqa: F401  (reader imports ocr_image lazily, from ocr)

    folder.mkdir(parents=True, exist_ok=True)
    real = ocr.ocr_image
    code = _code_key()
    if getattr(real, "_cached", False):
        return

    def ocr_image(image: Any, number: int, scale: float, run: Any = None) -> Any:
        h = hashlib.sha1(image.tobytes())
        h.update(f"{image.mode}{image.size}{number}{scale:.5f}{code}".encode())
        path = folder / f"{h.hexdigest()}.pickle"
        if path.exists():
            return pickle.loads(path.read_bytes())
        page = real(image, number, scale, run)
        path.write_bytes(pickle.dumps(page))
        return page

    ocr_image._cached = True  # type: ignore[attr-defined]
    ocr.ocr_image = ocr_image


# the ceiling ----------------------------------------------------------------------------------
_CLASSES = {c: cls[0] for cls in ("0ODQ", "1IL|!]", "5S$", "8B", "2Z", "6G") for c in cls}


def _key(text: str) -> str:
    return "".join(_CLASSES.get(c, c) for c in text.upper() if c.isalnum())


def _truth_values(t: Any) -> dict[str, list[str]]:
    """Per field, the strings a careful reader takes from the held pages."""
    out: dict[str, list[str]] = {}
    if t.shown("name", t.account_name):
        out["account_name"] = [t.account_name]
    if t.shown("account", t.account_number) and not t.account_masked:
        out["account_number"] = [t.account_number]
    if t.btn:
        out["btn"] = [t.btn[2:]]
    if t.service_address is not None:
        a = t.service_address
        out["service_address"] = [p for p in (a.line1, a.line2, a.city, a.postal_code) if p]
    out["numbers"] = [n[2:] for n in t.numbers if not _in_range(n, t)]
    return {k: v for k, v in out.items() if v}


def _in_range(number: str, t: Any) -> bool:
    """Numbers inside a printed range (only its first and the last digits are printed)."""
    return bool(_printed_ends(number, getattr(t, "ranges", ())))


def _printed_ends(number: str, ranges: Any) -> list[str]:
    """What the page prints for a number inside a range: the range's first number whole and its
    last one's line digits ('720-555-0133 THRU 0152'); [] when the number is printed itself."""
    for first, count in ranges:
        last = f"{first[:-4]}{int(first[-4:]) + count - 1:04d}"
        if first < number <= last:
            return [first[2:], last[-4:]]
    return []


def number_in_ocr(digits: str, ranges: Any, flat: str) -> bool:
    """A number (ten digits) is in the OCR text: whole; by its range's printed ends when a range
    holds it; or by its last digits where the text prints its exchange too: a short list writes
    the lines after its first by their tails only ('608-555-0101, -0104', verify.py's rule), so
    '0104' with '608555' elsewhere in the text is the number printed, not lost in the pixels."""
    wanted = _printed_ends(f"+1{digits}", ranges) or [digits]
    if all(_key(v) in flat for v in wanted):
        return True
    return _key(digits[:6]) in flat and _key(digits[-4:]) in flat


def ceiling(bill: Any, cache: Path, lost: list[str] | None = None) -> Counter[str]:
    """Counts of (field, 'values' | 'in_ocr') for one scan: is each true value in the OCR?"""
    from portdesk.bills.reader import read_bill

    cache_ocr(cache)
    doc = read_bill(bill.path)
    flat = _key(" ".join(w.text for p in doc.pages for w in p.words))
    counts: Counter[str] = Counter()
    for name, values in _truth_values(bill.truth).items():
        counts[f"{name} values"] += 1
        counts[f"{name} in_ocr"] += all(_key(v) in flat for v in values)
        counts["all values"] += len(values)
        counts["all in_ocr"] += sum(_key(v) in flat for v in values)
        if lost is not None:
            lost += [f"{bill.path.name}: {name} {v!r}" for v in values if _key(v) not in flat]
    return counts


# where each miss is lost --------------------------------------------------------------------
_MISS = re.compile(r"^(\S+) \[(\w+)\] (number \+1(\d{10})|\w+): expected (\w+), got (\w+)$")


def miss_class(line: str, truth: dict[str, list[str]], flat: str,
               ranges: Any = ()) -> str | None:
    """'pixels' (the true value is not in the OCR text at all), 'finding' (it is, and the check
    found nothing) or 'judging' (it found something and judged it wrong); None: not a verdict.
    A number inside a printed range is in the OCR text when the range's printed ends are (its own
    digits are never printed: counting it 'pixels' for that was wrong)."""
    m = _MISS.match(line)
    if m is None:
        return None
    field, digits, got = m.group(3), m.group(4), m.group(6)
    if field == "carrier":
        return "judging" if got != "not_found" else "finding"
    if digits:
        if not number_in_ocr(digits, ranges, flat):
            return "pixels"
    elif (values := truth.get(field, [])) and not all(_key(v) in flat for v in values):
        return "pixels"
    return "finding" if got == "not_found" else "judging"


def classes(bills: list[Any], cache: Path, seed: int) -> Counter[str]:
    """Each verdict the check got wrong, by where it is lost (printed with its class). A miss the
    check also makes on the text PDF the scan was made from is 'text' (the reader's, not OCR's)."""
    from dataclasses import replace

    from portdesk.bills.reader import read_bill
    from tests.billcorpus.score import score

    total: Counter[str] = Counter()
    for bill in bills:
        doc = read_bill(bill.path)
        flat = _key(" ".join(w.text for p in doc.pages for w in p.words))
        truth = _truth_values(bill.truth)
        text = replace(bill, path=bill.source, kind="text")
        on_text = {m.split(": expected")[0].split(" ", 1)[1]
                   for t in score([text], seed).values() for m in t.misses}
        read_on_text = {m.split(": ", 1)[1].split(" read ")[0] for t in score([text], seed).values()
                        for m in t.misses if " read " in m}
        for tally in score([bill], seed).values():
            for line in tally.misses:
                kind = miss_class(line, truth, flat, bill.truth.ranges)
                if kind is not None and line.split(": expected")[0].split(" ", 1)[1] in on_text:
                    kind = "text"
                elif kind is None and " read " in line:  # the open extraction's fields
                    field = line.split(": ", 1)[1].split(" read ")[0]
                    kind = "text" if field in read_on_text else "scan"
                    total[f"{kind} extract {field}"] += 1
                    print(f"  {kind:8} {line}")
                    continue
                if kind is not None:
                    field = line.split("] ")[1].split(":")[0].split(" +")[0]
                    total[f"{kind} {field}"] += 1
                    print(f"  {kind:8} {line}")
            total["verdicts"] += sum(tally.verdicts_total.values())
    return total


def _half(text: str, half: str, split: str) -> list[str] | None:
    """The families of `split` in a halves file's section `half` (None: the whole split)."""
    if half == "ALL":
        return None
    section = text.split(f"\n{half}\n")[1]
    line = next(x for x in section.splitlines() if x.startswith(f"{split}:"))
    return line.split(":", 1)[1].strip().split(",")


def _score_half(halves: Path, half: str, seed: int, cache: Path, misses: bool = False,
                keep: str = "", by_class: bool = False, by_gap: set[str] | None = None,
                by_error: bool = False) -> int:
    from tests.billcorpus.build import scanned_bills
    from tests.billcorpus.score import Tally, figures, score

    cache_ocr(cache)
    text = halves.read_text(encoding="utf-8")
    total = Tally()
    lost: Counter[str] = Counter()
    with tempfile.TemporaryDirectory(prefix="scanlab-") as scratch:
        tmp = keep or scratch  # --keep: the drawn scans stay there to be read again
        os.environ.setdefault("PORTDESK_DATA_DIR", str(Path(scratch) / "data"))
        # the splits the file cut (a split opened after it was written is not in its figures)
        for split in (s for s in OPEN_SPLITS if f"\n{s}:" in text):
            bills = scanned_bills(split, 1, Path(tmp) / split, seed, _half(text, half, split))
            if by_error:  # the scans ending in an error, by kind, summed over the splits
                from tests.billcorpus.scanerrors import scan_errors

                lost += scan_errors(bills, seed, misses)
                continue
            if by_gap is not None:  # the same cases on the text version, summed over the splits
                from tests.billcorpus.scangap import gap

                lost += gap(bills, cache, seed, by_gap, misses)
                continue
            if by_class:  # where each wrong verdict is lost, summed over the splits
                lost += classes(bills, cache, seed)
                continue
            for tally in score(bills, seed).values():
                fig = figures(tally)
                print(f"  {split:8} fields {fig['field accuracy']:7} verdicts "
                      f"{fig['verdicts right']:16} false matches {len(tally.false_matches)} "
                      f"false alarms {len(tally.false_alarms)}")
                if misses:
                    print("\n".join(f"    {m}" for m in tally.misses))
                    print("\n".join(f"    FALSE MATCH {m}" for m in tally.false_matches))
                    print("\n".join(f"    FALSE ALARM {m}" for m in tally.false_alarms))
                for name, value in vars(tally).items():
                    mine = getattr(total, name)
                    if isinstance(value, (int, float)):
                        setattr(total, name, mine + value)
                    elif isinstance(value, (Counter, list)):
                        mine += value
    if by_error:
        from tests.billcorpus.scanerrors import errors_table

        print(f"{half} seed {seed}: scans and photos whose check ends in an error")
        print(errors_table(lost))
        return 0
    if by_gap is not None:
        from tests.billcorpus.scangap import gap_table

        print(f"{half} seed {seed}: verdicts right on the text version, wrong on the scan")
        print(gap_table(lost))
        return 0
    if by_class:
        for name, n in sorted(lost.items(), key=lambda kv: -kv[1]):
            print(f"{name:28} {n}")
        return 0
    print(f"{half} seed {seed}, all open splits")
    for name, value in figures(total).items():
        print(f"  {name:52} {value}")
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.billcorpus.scanlab", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--split", choices=OPEN_SPLITS, default="tuned")
    p.add_argument("--scans", type=int, default=1, help="scans or photos per family")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--families", default="", help="comma-separated family names (a slice)")
    p.add_argument("--skip", default="", help="comma-separated families left out (a holdout)")
    p.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "portdesk-ocr-cache"))
    p.add_argument("--ceiling", action="store_true", help="only measure the values in the OCR")
    p.add_argument("--misses", action="store_true", help="list what the check got wrong")
    p.add_argument("--classes", action="store_true",
                   help="each wrong verdict by where it is lost: pixels, finding or judging")
    p.add_argument("--gap", action="store_true",
                   help="the same cases on the text version: what the scan loses, by class")
    p.add_argument("--errors", action="store_true",
                   help="the scans whose check ends in an error, a refusal or a traceback")
    p.add_argument("--fields", default="", help="with --gap: only these fields (comma-separated)")
    p.add_argument("--halves", default="", help="a round's halves file (scan_round9_halves.md)")
    p.add_argument("--half", default="DEV", help="DEV, CHECK or ALL (with --halves)")
    p.add_argument("--keep", default="", help="with --halves: draw the scans into this folder")
    args = p.parse_args(argv)
    by_gap = {f for f in args.fields.split(",") if f} if args.gap else None
    if args.halves:
        return _score_half(Path(args.halves), args.half, args.seed, Path(args.cache),
                           args.misses, args.keep, args.classes, by_gap, args.errors)

    from tests.billcorpus.build import scanned_bills
    from tests.billcorpus.score import figures, score

    cache_ocr(Path(args.cache))
    families = [f for f in args.families.split(",") if f] or None
    skip = {f for f in args.skip.split(",") if f}
    if skip:
        from tests.billcorpus.families import names

        families = [f for f in (families or names(args.split)) if f not in skip]
    with tempfile.TemporaryDirectory(prefix="scanlab-") as tmp:
        os.environ.setdefault("PORTDESK_DATA_DIR", str(Path(tmp) / "data"))
        bills = scanned_bills(args.split, args.scans, Path(tmp), args.seed, families)
        if args.ceiling:
            total: Counter[str] = Counter()
            lost: list[str] = []
            for bill in bills:
                total += ceiling(bill, Path(args.cache), lost)
            for name in sorted({k.split()[0] for k in total}):
                n, hit = total[f"{name} values"], total[f"{name} in_ocr"]
                print(f"{name:16} {hit:4} of {n:4} in the OCR text ({100 * hit / max(n, 1):.1f}%)")
            if args.misses:
                print("\n".join(f"  not in the OCR text: {m}" for m in lost))
            return 0
        if by_gap is not None:
            from tests.billcorpus.scangap import gap, gap_table

            print(gap_table(gap(bills, Path(args.cache), args.seed, by_gap, args.misses)))
            return 0
        if args.errors:
            from tests.billcorpus.scanerrors import errors_table, scan_errors

            print(errors_table(scan_errors(bills, args.seed, args.misses)))
            return 0
        if args.classes:
            counts = classes(bills, Path(args.cache), args.seed)
            for name, n in sorted(counts.items(), key=lambda kv: -kv[1]):
                print(f"{name:28} {n}")
            return 0
        tallies = score(bills, args.seed)
    for (split, kind), tally in tallies.items():
        if kind != "scan":
            continue
        print(f"{split} scans and photos")
        for name, value in figures(tally).items():
            print(f"  {name:52} {value}")
        if args.misses:
            print("\n".join(f"    {m}" for m in tally.misses))
            print("\n".join(f"    FALSE MATCH {m}" for m in tally.false_matches))
            print("\n".join(f"    FALSE ALARM {m}" for m in tally.false_alarms))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
