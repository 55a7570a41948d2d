"""The scan pipeline's own loss: the same case checked on a scan and on the text PDF it was made from.

A verdict right on the text version of a bill (the same pages, the same typed case) and wrong on
its scan was lost between the pixels and the verdict. Each is classed by where:

- `pixels`: the true value is not in the OCR text at all (letters and digits only, OCR's confused
  characters taken as one: `scanlab`'s ceiling test); a carrier is lost there when none of its
  names nor its web domain is;
- `finding`: the OCR text holds it and the check found nothing ("not_found");
- `judging`: it found something and judged it otherwise (a confidence gate, a doubt, a mismatch).

A verdict wrong on both is the text reader's (`scanlab --classes` counts those as 'text') and is
not in the gap; one right on the scan and wrong on the text is counted apart ('scan_only').

    python -m tests.billcorpus.scanlab --halves tests/billcorpus/scan_round16_halves.md \
        --half DEV --seed 113 --gap [--misses] [--fields account_name,carrier]
"""

from __future__ import annotations

import json
import random
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

GAP_CLASSES = ("pixels", "finding", "judging")


def text_version(bill: Any, folder: Path) -> Path:
    """The text PDF the scan was made from, cut to the pages the scan holds."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(str(bill.source))
    if len(reader.pages) <= bill.pages:
        return Path(bill.source)
    writer = PdfWriter()
    for page in reader.pages[: bill.pages]:
        writer.add_page(page)
    out = folder / f"{bill.path.stem}-text{bill.pages}.pdf"
    with out.open("wb") as fh:
        writer.write(fh)
    return out


def _verdicts(path: Path, entry: Path) -> dict[str, str]:
    """Each judged field's verdict ('number +1...' for a listed line) of one `bill check`."""
    from tests.billcorpus.score import cli

    code, data, _ = cli("bill", "check", str(path), "--entries", str(entry), "--json")
    fields = (data or {}).get("fields", {}) if code == 0 else {}
    out = {name: f.get("verdict", "error") for name, f in fields.items() if isinstance(f, dict)}
    for item in fields.get("numbers", {}).get("items", []):
        out[f"number {item['number']}"] = item["verdict"]
    return out


def _carrier_in(truth: Any, flat: str) -> bool:
    from tests.billcorpus.scanlab import _key

    host = truth.carrier.domain.split("/")[0].split(".")
    names = (*truth.carrier.all_names, host[-2] if len(host) > 1 else host[0])
    return any(_key(n) and _key(n) in flat for n in names)


def gap_class(field: str, got: str, truth: Any, values: dict[str, list[str]], flat: str) -> str:
    """'pixels', 'finding' or 'judging' for one verdict right on the text and wrong on the scan."""
    from tests.billcorpus.scanlab import _key, number_in_ocr

    if field == "carrier":
        present = _carrier_in(truth, flat)
    elif field.startswith("number "):
        present = number_in_ocr(field.split()[1][2:], truth.ranges, flat)
    else:
        present = all(_key(v) in flat for v in values.get(field, []))
    if not present:
        return "pixels"
    return "finding" if got == "not_found" else "judging"


def gap(bills: list[Any], cache: Path, seed: int, fields: set[str] | None = None,
        show: bool = False) -> Counter[str]:
    """Counts per (class, field) of the verdicts right on the text version and wrong on the scan,
    with each field's verdict total and the counts right on each version."""
    from portdesk.bills.reader import read_bill
    from tests.billcorpus.build import stable_seed
    from tests.billcorpus.cases import cases_for
    from tests.billcorpus.scanlab import _key, _truth_values, cache_ocr
    from tests.billcorpus.verify import page_text

    cache_ocr(cache)
    total: Counter[str] = Counter()
    with tempfile.TemporaryDirectory(prefix="scangap-") as tmp:
        work = Path(tmp)
        for bill in bills:
            doc = read_bill(bill.path)
            flat = _key(" ".join(w.text for p in doc.pages for w in p.words))
            values = _truth_values(bill.truth)
            text = text_version(bill, work)
            rng = random.Random(stable_seed(seed, bill.family, bill.index, "cases"))
            cases = cases_for(bill.truth, page_text(bill.source, bill.pages), rng,
                              scan=bill.kind != "text")
            for k, case in enumerate(cases):
                entry = work / f"{bill.path.stem}-{k}.json"
                entry.write_text(json.dumps(case.entry), encoding="utf-8")
                on_scan, on_text = _verdicts(bill.path, entry), _verdicts(text, entry)
                judged = [*case.fields.items(),
                          *((f"number {n}", e) for n, e in case.numbers.items())]
                for name, exp in judged:
                    field = "number" if name.startswith("number ") else name
                    if fields and field not in fields:
                        continue
                    got_scan = on_scan.get(name, "error")
                    got_text = on_text.get(name, "error")
                    scan_ok, text_ok = got_scan in exp.verdicts, got_text in exp.verdicts
                    total[f"verdicts {field}"] += 1
                    total[f"scan_right {field}"] += scan_ok
                    total[f"text_right {field}"] += text_ok
                    if scan_ok and not text_ok:
                        total[f"scan_only {field}"] += 1
                    if not text_ok or scan_ok:
                        continue
                    kind = gap_class(name, got_scan, bill.truth, values, flat)
                    total[f"{kind} {field}"] += 1
                    if show:
                        print(f"  {kind:8} {bill.path.name} [{case.kind}] {name}: expected "
                              f"{exp.primary}, text {got_text}, scan {got_scan}")
    return total


def gap_table(total: Counter[str]) -> str:
    """Per field: verdicts, right on text / on scan, the gap by class, and the scan-only rights."""
    fields = sorted({k.split(" ", 1)[1] for k in total if k.startswith("verdicts ")})
    head = (f"{'field':16}{'verdicts':>9}{'text ok':>9}{'scan ok':>9}{'gap':>6}"
            + "".join(f"{c:>9}" for c in GAP_CLASSES) + f"{'scan only':>11}")
    rows = [head]
    for f in [*fields, "all"]:
        def n(what: str, f: str = f) -> int:
            if f == "all":
                return sum(v for k, v in total.items() if k.split(" ", 1)[0] == what)
            return total[f"{what} {f}"]

        lost = sum(n(c) for c in GAP_CLASSES)
        rows.append(f"{f:16}{n('verdicts'):9}{n('text_right'):9}{n('scan_right'):9}{lost:6}"
                    + "".join(f"{n(c):9}" for c in GAP_CLASSES) + f"{n('scan_only'):11}")
    return "\n".join(rows)
