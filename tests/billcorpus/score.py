"""Score the bill reader on the corpus through its public interface: the `portdesk bill` commands.

Each bill goes through `portdesk bill extract FILE --json` and each case through
`portdesk bill check FILE --entries E.json --json`, run in-process through `portdesk.cli.main`
(exactly what the command prints, without a new interpreter per call). Nothing here imports the
reader's internals, so a rewritten reader is scored the same way.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import random
import re
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from portdesk.domain.case import Address
from tests.billcorpus.build import CorpusBill, stable_seed
from tests.billcorpus.cases import MATCH, Case, Expect, cases_for
from tests.billcorpus.families import OPEN, SPLITS
from tests.billcorpus.truth import BILL_FIELDS, BillTruth
from tests.billcorpus.verify import page_text

CHECKED = ("account_name", "account_number", "btn", "carrier", "service_address", "numbers")


def cli(*argv: str) -> tuple[int, Any, str]:
    """`portdesk ARGV` in this process: (exit code, parsed JSON or None, stderr)."""
    from portdesk.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    data = json.loads(out.getvalue()) if code == 0 and out.getvalue().strip() else None
    return code, data, err.getvalue().strip()


# extraction ----------------------------------------------------------------------------------
def _norm_name(text: str) -> str:
    return " ".join(re.sub(r"[^\w&]+", " ", text.lower()).split())


def _addr_key(a: Address | dict[str, str] | None) -> tuple[str, ...] | None:
    if a is None:
        return None
    d = a if isinstance(a, dict) else a.to_dict()

    def k(s: str | None) -> str:
        return re.sub(r"[\W_]", "", (s or "").upper())

    return (k(f"{d.get('line1')}{d.get('line2')}"), k(d.get("city")), k(d.get("state")),
            k(d.get("postal_code")))


def field_right(name: str, got: Any, t: BillTruth) -> bool:
    """Is the extracted value what the bill says (or one of the equally right values)?"""
    alts = t.alternatives.get(name, ())
    if name == "carrier":
        return got is not None and _norm_name(got) in {_norm_name(n) for n in t.carrier.all_names}
    if name == "account_name":
        if not t.shown("name", t.account_name):
            return got is None
        return got is not None and " ".join(got.split()) == " ".join(t.account_name.split())
    if name == "account_number":
        if not t.shown("account", t.account_number):
            return got is None
        ok = {" ".join(x.split()) for x in (t.account_number, *alts)}
        return (got is None and t.account_masked) or (got is not None and " ".join(
            got.split()) in ok)
    if name == "statement_date":
        return got == t.statement_date.isoformat()
    if name in ("service_address", "billing_address"):
        truth = getattr(t, name)
        if truth is None:
            return got is None
        return _addr_key(got) in {_addr_key(x) for x in (truth, *alts)}
    if name == "btn":
        return got == t.btn if t.btn is None else got in (t.btn, *alts)
    # a line seen only as a call-detail heading may be read or left out
    return set(t.numbers) <= set(got or ()) <= set(t.numbers) | set(t.weak_numbers)


@dataclass
class Tally:
    """Counters for one group of bills (a split and a kind: text, or scans and photos)."""

    bills: int = 0
    errors: int = 0
    fields: Counter[str] = field(default_factory=Counter)  # right extractions per field
    service_total: int = 0
    service_found: int = 0
    service_right: int = 0
    btn_returned: int = 0
    btn_right: int = 0
    btn_total: int = 0
    numbers_true: int = 0
    numbers_returned: int = 0
    numbers_hit: int = 0
    traps: int = 0
    verdicts_right: Counter[str] = field(default_factory=Counter)
    verdicts_total: Counter[str] = field(default_factory=Counter)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    false_matches: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    right_values: int = 0
    cases: int = 0
    cases_right: int = 0
    check_seconds: list[float] = field(default_factory=list)
    extract_seconds: float = 0.0
    pages: int = 0
    misses: list[str] = field(default_factory=list)

    def add_extraction(self, bill: CorpusBill, data: dict[str, Any] | None, error: str) -> None:
        t = bill.truth
        self.bills += 1
        if data is None:
            self.errors += 1
            self.misses.append(f"{bill.path.name}: extract failed: {error}")
            data = {}
        for name in BILL_FIELDS:
            got = data.get(name)
            if field_right(name, got, t):
                self.fields[name] += 1
            else:
                self.misses.append(f"{bill.path.name}: {name} read {got!r}")
        if t.service_address is not None:
            self.service_total += 1
            self.service_found += data.get("service_address") is not None
            self.service_right += field_right("service_address", data.get("service_address"), t)
        btn = data.get("btn")
        self.btn_total += t.btn is not None
        self.btn_returned += btn is not None
        self.btn_right += btn is not None and t.btn is not None and field_right("btn", btn, t)
        got = set(data.get("numbers") or ())
        self.numbers_true += len(t.numbers)
        self.numbers_returned += len(got)
        self.numbers_hit += len(got & set(t.numbers))
        self.traps += len((got | ({btn} if btn else set())) & t.traps)

    def add_check(self, bill: CorpusBill, case: Case, data: dict[str, Any] | None,
                  seconds: float) -> None:
        self.cases += 1
        self.check_seconds.append(seconds)
        fields = (data or {}).get("fields", {})
        items = {i["number"]: i["verdict"] for i in fields.get("numbers", {}).get("items", [])}
        judged = [(name, exp, fields.get(name, {}).get("verdict", "error"))
                  for name, exp in case.fields.items()]
        judged += [(f"number {n}", exp, items.get(n, "error")) for n, exp in case.numbers.items()]
        all_right = True
        for name, exp, got in judged:
            key = name.split()[0] if name.startswith("number ") else name
            self.verdicts_total[key] += 1
            self.confusion[(exp.primary, got)] += 1
            right = got in exp.verdicts
            self.verdicts_right[key] += right
            all_right &= right
            where = f"{bill.path.name} [{case.kind}] {name}: expected {exp.primary}, got {got}"
            if got in MATCH and not (exp.value_ok and exp.provable):
                self.false_matches.append(where)
            if exp.value_ok:
                self.right_values += 1
                if got == "mismatch":
                    self.false_alarms.append(where)
            if not right:
                self.misses.append(where)
        self.cases_right += all_right


def score_bill(bill: CorpusBill, tally: Tally, work: Path, seed: int = 0,
               altered: int = 3, keep: Callable[[Case], bool] | None = None) -> None:
    started = time.perf_counter()
    code, data, err = cli("bill", "extract", str(bill.path), "--json")
    tally.extract_seconds += time.perf_counter() - started
    tally.pages += bill.pages
    tally.add_extraction(bill, data if code == 0 else None, err)
    rng = random.Random(stable_seed(seed, bill.family, bill.index, "cases"))
    cases = cases_for(bill.truth, page_text(bill.source, bill.pages), rng, altered=altered,
                      scan=bill.kind != "text")
    for k, case in enumerate(c for c in cases if keep is None or keep(c)):
        entry = work / f"{bill.path.stem}-{k}.json"
        entry.write_text(json.dumps(case.entry), encoding="utf-8")
        started = time.perf_counter()
        code, data, _ = cli("bill", "check", str(bill.path), "--entries", str(entry), "--json")
        tally.add_check(bill, case, data if code == 0 else None, time.perf_counter() - started)


@contextlib.contextmanager
def each_bill_read_once() -> Iterator[None]:
    """Within it, `portdesk bill extract` / `bill check` read and extract a file whose bytes were
    read before with the same settings and arguments once, and hand back that extraction: the
    gates check several cases against one bill, and each `bill check` read the bill again (three
    quarters of what the gates waited on). The commands, the entries and the comparison still run
    for every case; what is reused is a function of the file's bytes and everything passed with
    them (a read given progress or cancel callbacks, or one that raised, is never reused). The
    memory goes with the block: nothing outlives one `score`. Not for timed figures (a reused
    extraction takes no time): `score` uses it only when asked."""
    from portdesk.services import bill_check

    real = bill_check.extract_bill
    done: dict[tuple[str, str, str], Any] = {}

    def once(path: Path, settings: Any, **kwargs: Any) -> Any:
        if kwargs.get("progress") is not None or kwargs.get("cancel") is not None:
            return real(path, settings, **kwargs)
        key = (hashlib.sha256(Path(path).read_bytes()).hexdigest(), repr(settings),
               repr(sorted(kwargs.items())))
        if key not in done:
            done[key] = real(path, settings, **kwargs)
        return done[key]

    bill_check.extract_bill = once  # type: ignore[assignment]
    try:
        yield
    finally:
        bill_check.extract_bill = real  # type: ignore[assignment]


def score(bills: list[CorpusBill], seed: int = 0, altered: int = 3,
          keep: Callable[[Case], bool] | None = None,
          read_once: bool = False) -> dict[tuple[str, str], Tally]:
    """Tallies by (split, 'text' | 'scan'); photos count with scans. `read_once`: each bill read
    and extracted once for all its cases (each_bill_read_once; its timings mean nothing then)."""
    out: dict[tuple[str, str], Tally] = {}
    with tempfile.TemporaryDirectory(prefix="billcorpus-entries-") as tmp, \
            each_bill_read_once() if read_once else contextlib.nullcontext():
        for bill in bills:
            key = (bill.split, "text" if bill.kind == "text" else "scan")
            score_bill(bill, out.setdefault(key, Tally()), Path(tmp), seed, altered, keep)
    return out


def pct(a: float, b: float) -> str:
    return f"{100 * a / b:.1f}%" if b else "n/a"


def figures(t: Tally) -> dict[str, str]:
    """The issue's figures for one tally, as printable strings."""
    total = t.bills * len(BILL_FIELDS)
    verdicts = sum(t.verdicts_total.values())
    return {
        "bills (errors)": f"{t.bills} ({t.errors})",
        "field accuracy": pct(sum(t.fields.values()), total),
        **{f"  {f}": pct(t.fields[f], t.bills) for f in BILL_FIELDS},
        "service address found / right": f"{pct(t.service_found, t.service_total)} / "
                                          f"{pct(t.service_right, t.service_total)}",
        "BTN precision / recall": f"{pct(t.btn_right, t.btn_returned)} / "
                                  f"{pct(t.btn_right, t.btn_total)}",
        "numbers precision / recall": f"{pct(t.numbers_hit, t.numbers_returned)} / "
                                      f"{pct(t.numbers_hit, t.numbers_true)}",
        "help lines / dialed numbers taken as the customer's": str(t.traps),
        "verdicts right": f"{pct(sum(t.verdicts_right.values()), verdicts)} of {verdicts}",
        **{f"  verdicts on {k}": pct(t.verdicts_right[k], t.verdicts_total[k])
           for k in (*CHECKED, "number")},
        "false matches (must be 0)": str(len(t.false_matches)),
        "false alarms (right value called mismatch)": f"{len(t.false_alarms)} of "
                                                       f"{t.right_values}",
        "cases with every verdict right": f"{pct(t.cases_right, t.cases)} of {t.cases}",
        "bill check in-process, median": (f"{statistics.median(t.check_seconds) * 1000:.0f} ms"
                                          if t.check_seconds else "n/a"),
        "bill extract in-process, per page": (f"{t.extract_seconds / t.pages * 1000:.0f} ms"
                                              if t.pages else "n/a"),
    }


VERDICTS = ("exact", "equivalent", "mismatch", "not_found", "unverifiable", "error")


def confusion_table(t: Tally) -> str:
    head = "expected \\ got".ljust(16) + "".join(v[:12].rjust(13) for v in VERDICTS)
    rows = [head]
    for exp in VERDICTS[:-1]:
        counts = [t.confusion[(exp, got)] for got in VERDICTS]
        if any(counts):
            rows.append(exp.ljust(16) + "".join(str(c).rjust(13) for c in counts))
    return "\n".join(rows)


def report(tallies: dict[tuple[str, str], Tally]) -> str:
    """Side by side: tuned text, tuned scans, blind text, blind scans; then confusion matrices."""
    keys = [(split, kind) for split in SPLITS for kind in ("text", "scan")
            if (split, kind) in tallies]
    cols = {k: figures(tallies[k]) for k in keys}
    names = list(next(iter(cols.values())).keys()) if cols else []
    width = max(len(n) for n in names) + 2 if names else 10
    lines = ["".ljust(width) + "".join(f"{s} {k}".rjust(22) for s, k in keys)]
    for n in names:
        lines.append(n.ljust(width) + "".join(cols[k][n].rjust(22) for k in keys))
    for k in keys:
        lines += ["", f"verdict confusion, {k[0]} {k[1]} (rows: expected, columns: got)",
                  confusion_table(tallies[k])]
    return "\n".join(lines)


def tuned_misses(tallies: dict[tuple[str, str], Tally], limit: int = 60) -> str:
    """What went wrong on the open splits only: the held-out split's details stay unseen."""
    out = []
    for (split, kind), t in tallies.items():
        if split in OPEN:
            out += [f"[{kind}] {m}" for m in t.misses[:limit]]
    return "\n".join(out)


__all__ = ["Expect", "Tally", "cli", "field_right", "report", "score", "score_bill"]
