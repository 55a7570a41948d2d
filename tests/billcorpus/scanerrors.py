"""Scans and photos that end in an error: a scan must always give verdicts or questions.

Runs the whole check, `portdesk bill extract FILE --json` and `portdesk bill check FILE --entries
E.json --json` for every case `score` would check, on every scan and photo of a draw, and counts
the calls that end otherwise than with an answer, by kind, never with a value:

- `refused <Exception>`: a known failure the command reports in one line (a scan refused as
  "not a bill", a page it could not read);
- `traceback <Exception> at <file>:<line>`: a bug (exit code 2), with the deepest frame of the
  product's own code the exception left;
- `no verdict <field>`: the check answered but left a typed field without a verdict.

    python -m tests.billcorpus.scanlab --halves tests/billcorpus/scan_round17_halves.md \
        --half DEV --seed 131 --errors
"""

from __future__ import annotations

import json
import random
import tempfile
import traceback
from collections import Counter
from pathlib import Path
from typing import Any


def _kind(exc: BaseException, code: int) -> str:
    """The failure's kind: its exception and, for a bug, where in portdesk/ it was raised."""
    name = type(exc).__name__
    if code != 2:
        return f"refused {name}"
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/portdesk/" in f.filename]
    where = ""
    if frames:
        last = frames[-1]
        where = f" at {last.filename.split('/portdesk/', 1)[1]}:{last.lineno}"
    return f"traceback {name}{where}"


def _run(argv: list[str], seen: list[str]) -> tuple[int, Any]:
    """One `portdesk` command in this process; a failure's kind is appended to `seen`."""
    import portdesk.commands.errors as errors
    from tests.billcorpus.score import cli

    real = errors.report_failure

    def recording(exc: BaseException, args: Any) -> int:
        code = real(exc, args)
        seen.append(_kind(exc, code))
        return code

    errors.report_failure = recording  # type: ignore[assignment]
    try:
        code, data, _ = cli(*argv)
    finally:
        errors.report_failure = real  # type: ignore[assignment]
    if code != 0 and not seen:
        seen.append(f"exit code {code}")
    return code, data


def scan_errors(bills: list[Any], seed: int, show: bool = False) -> Counter[str]:
    """Per kind, the extract and check calls on these scans that gave no answer; with the
    totals under 'calls', 'bills' and 'bills in error'."""
    from tests.billcorpus.build import stable_seed
    from tests.billcorpus.cases import cases_for
    from tests.billcorpus.verify import page_text

    total: Counter[str] = Counter()
    with tempfile.TemporaryDirectory(prefix="scanerrors-") as tmp:
        work = Path(tmp)
        for bill in bills:
            if bill.kind == "text":
                continue
            kinds: list[str] = []
            seen: list[str] = []
            _run(["bill", "extract", str(bill.path), "--json"], seen)
            kinds += [f"extract: {k}" for k in seen]
            total["calls"] += 1
            rng = random.Random(stable_seed(seed, bill.family, bill.index, "cases"))
            cases = cases_for(bill.truth, page_text(bill.source, bill.pages), rng, scan=True)
            for k, case in enumerate(cases):
                entry = work / f"{bill.path.stem}-{k}.json"
                entry.write_text(json.dumps(case.entry), encoding="utf-8")
                seen = []
                code, data = _run(["bill", "check", str(bill.path), "--entries", str(entry),
                                   "--json"], seen)
                total["calls"] += 1
                kinds += [f"check: {k}" for k in seen]
                if code == 0:
                    fields = (data or {}).get("fields", {})
                    kinds += [f"check: no verdict {name}" for name in case.fields
                              if not isinstance(fields.get(name), dict)
                              or "verdict" not in fields[name]]
            total["bills"] += 1
            total["bills in error"] += bool(kinds)
            for kind in kinds:
                total[kind] += 1
            if show and kinds:
                print(f"  {bill.path.name} ({bill.family}): {', '.join(sorted(set(kinds)))}")
    return total


def errors_table(total: Counter[str]) -> str:
    head = (f"scans and photos {total['bills']}, calls {total['calls']}, "
            f"bills ending in an error {total['bills in error']}")
    rows = [f"  {n:6} {kind}" for kind, n in sorted(total.items(), key=lambda kv: -kv[1])
            if kind not in ("bills", "calls", "bills in error")]
    return "\n".join([head, *rows])
