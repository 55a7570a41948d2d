"""Never an error: `portdesk bill extract` and `bill check` on every open split's text bills, on
hostile files made from a drawn bill, and on entries files wrong in every way.

    python -m tests.billcorpus.robust [--per-family N] [--sample N --seed S] [--hostile-only] [-v]

Each run must end with exit code 0 (it read) or 1 with one `portdesk: ...` line (it refused, and
said why); an open split's text bill must read (exit code 0, JSON that parses). Problems are
counted by kind (KINDS). The scans are scanlab's (`python -m tests.billcorpus.scanlab --errors`);
held-out splits (families.BLIND) are never rendered here.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

KINDS = ("exit code", "traceback", "not one line", "not JSON")


@dataclass
class Finding:
    kind: str
    where: str
    detail: str


@dataclass
class Tally:
    runs: int = 0
    findings: list[Finding] = field(default_factory=list)

    def counts(self) -> Counter[str]:
        return Counter(f.kind for f in self.findings)

    def table(self) -> str:
        counts = self.counts()
        return f"{self.runs} runs: " + ", ".join(f"{k} {counts.get(k, 0)}" for k in KINDS)


def run(argv: list[str]) -> tuple[int, str, str]:
    """`portdesk ARGV` in this process: (exit code, stdout, stderr); 99 when main() let go."""
    from portdesk.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            rc = main(argv)
        except SystemExit as exc:
            rc = exc.code if isinstance(exc.code, int) else 2
        except Exception as exc:  # noqa: BLE001 - anything escaping main() is what we count
            return 99, out.getvalue(), f"escaped main(): {type(exc).__name__}: {exc}"
    return rc, out.getvalue(), err.getvalue()


def judge(argv: list[str], where: str, must_read: bool = False) -> list[Finding]:
    """Run one command and say what is wrong with how it ended (empty when it behaved)."""
    rc, out, err = run(argv)
    said = (err or out).strip()[:300]
    if rc in (2, 99) or "Traceback" in out + err or "unexpected error" in err:
        return [Finding("traceback", where, f"rc {rc}: {said}")]
    if rc not in (0, 1) or (must_read and rc != 0):
        return [Finding("exit code", where, f"rc {rc}: {said}")]
    if rc == 1 and (not err.startswith("portdesk: ") or err.count("\n") != 1):
        return [Finding("not one line", where, f"rc 1: {err[:300]!r}")]
    if rc == 0 and "--json" in argv:
        try:
            json.loads(out)
        except ValueError:
            return [Finding("not JSON", where, out[:200])]
    return []


# -- the open splits' text bills ------------------------------------------------------------------
def open_bill_runs(work: Path, per_family: int = 1, families: list[str] | None = None,
                   seed: int = 0, progress: bool = False) -> Tally:
    """Extract and check (the scorer's own cases) every open family's text bills."""
    from tests.billcorpus.build import render_bill, stable_seed
    from tests.billcorpus.cases import cases_for
    from tests.billcorpus.families import BLIND, OPEN, names
    from tests.billcorpus.verify import page_text

    chosen = families or [n for s in OPEN for n in names(s)]
    held = {n for s in BLIND for n in names(s)}
    tally = Tally()
    for k, name in enumerate(chosen, start=1):
        if name in held:
            raise SystemExit(f"{name}: a held-out family is never rendered here")
        for i in range(per_family):
            bill = render_bill(name, i, work / "bills", seed)
            where = bill.path.name
            tally.runs += 1
            tally.findings += judge(["bill", "extract", str(bill.path), "--json"], where, True)
            rng = random.Random(stable_seed(seed, name, i, "cases"))
            for n, case in enumerate(cases_for(bill.truth, page_text(bill.path, bill.pages), rng,
                                               altered=1)):
                entry = work / f"{bill.path.stem}-{n}.json"
                entry.write_text(json.dumps(case.entry), encoding="utf-8")
                tally.runs += 1
                tally.findings += judge(["bill", "check", str(bill.path), "--entries", str(entry),
                                         "--json"], f"{where} case {n}", True)
        if progress:
            print(f"  {k}/{len(chosen)} families, {tally.runs} runs: {name}", file=sys.stderr)
    return tally


# -- hostile bills, made from a drawn one ---------------------------------------------------------
def _pages_of(bill: Path) -> PdfWriter:
    writer = PdfWriter()
    for page in PdfReader(bill).pages:
        writer.add_page(page)
    return writer


def _save(writer: PdfWriter, out: Path) -> Path:
    with out.open("wb") as fh:
        writer.write(fh)
    return out


def truncated(bill: Path, out: Path) -> Path:
    data = bill.read_bytes()
    out.write_bytes(data[: len(data) // 2])
    return out


def encrypted(bill: Path, out: Path) -> Path:
    writer = _pages_of(bill)
    writer.encrypt("s3cret", "owner-only", algorithm="AES-256")
    return _save(writer, out)


def encrypted_empty_user(bill: Path, out: Path) -> Path:
    """Locked for editing only: anyone opens it with the empty user password."""
    writer = _pages_of(bill)
    writer.encrypt("", "owner-only", algorithm="AES-128")
    return _save(writer, out)


def encrypted_rc4(bill: Path, out: Path) -> Path:
    writer = _pages_of(bill)
    writer.encrypt("", "owner-only", algorithm="RC4-40")
    return _save(writer, out)


def no_pages(bill: Path, out: Path) -> Path:
    return _save(PdfWriter(), out)


def huge_media_box(bill: Path, out: Path) -> Path:
    """The bill's first page with a media box of 200 x 200 inches (its text where it was)."""
    writer = _pages_of(bill)
    writer.pages[0].mediabox.upper_right = (14_400, 14_400)
    return _save(writer, out)


def negative_media_box(bill: Path, out: Path) -> Path:
    writer = _pages_of(bill)
    writer.pages[0].mediabox.lower_left = (0, 0)
    writer.pages[0].mediabox.upper_right = (-612, -792)
    return _save(writer, out)


def only_spaces(bill: Path, out: Path) -> Path:
    canvas = Canvas(str(out))
    for y in range(100, 700, 14):
        canvas.drawString(72, y, " " * 80)
    canvas.showPage()
    canvas.save()
    return out


def blank_image_only(bill: Path, out: Path) -> Path:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    buf = io.BytesIO()
    Image.new("RGB", (850, 1100), "white").save(buf, "PNG")
    canvas = Canvas(str(out))
    canvas.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, 612, 792)
    canvas.showPage()
    canvas.save()
    return out


def png_named_pdf(bill: Path, out: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (850, 1100), "white").save(out, "PNG")
    return out


def jpeg_named_pdf(bill: Path, out: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (850, 1100), "white").save(out, "JPEG")
    return out


def empty_file(bill: Path, out: Path) -> Path:
    out.write_bytes(b"")
    return out


def broken_xref(bill: Path, out: Path) -> Path:
    """Every xref offset shifted and startxref pointing into the middle of an object."""
    data = bill.read_bytes()
    at = data.rfind(b"startxref")
    data = data[:at] + b"startxref\n17\n%%EOF\n"
    out.write_bytes(data.replace(b" 00000 n", b" 00000 n ", 3))
    return out


def garbage_xref(bill: Path, out: Path) -> Path:
    """The xref table overwritten with garbage of the same length."""
    data = bytearray(bill.read_bytes())
    at = data.rfind(b"xref")
    for i in range(at, min(at + 400, len(data) - 40)):
        data[i] = ord("#")
    out.write_bytes(bytes(data))
    return out


def long_lines(bill: Path, out: Path) -> Path:
    """Lines of 20,000 characters (numbers, words and no spaces at all), drawn off the page."""
    canvas = Canvas(str(out))
    canvas.setFont("Helvetica", 6)
    canvas.drawString(36, 760, "Account number 4410-2231-09 " * 700)
    canvas.drawString(36, 740, "212-555-0142 " * 1500)
    canvas.drawString(36, 720, "X" * 20_000)
    canvas.drawString(36, 700, "Service address 1200 Harbor Blvd Suite 210 Oxnard CA 93035 " * 300)
    canvas.showPage()
    canvas.save()
    return out


def html_named_pdf(bill: Path, out: Path) -> Path:
    out.write_text("<html><body>Your bill 212-555-0142</body></html>", encoding="utf-8")
    return out


HOSTILE_BILLS: dict[str, Callable[[Path, Path], Path]] = {
    "truncated": truncated, "encrypted": encrypted, "encrypted-empty-user": encrypted_empty_user,
    "encrypted-rc4-empty-user": encrypted_rc4, "no-pages": no_pages,
    "huge-media-box": huge_media_box, "negative-media-box": negative_media_box,
    "only-spaces": only_spaces, "blank-image-only": blank_image_only,
    "png-named-pdf": png_named_pdf, "jpeg-named-pdf": jpeg_named_pdf, "empty": empty_file,
    "broken-xref": broken_xref, "garbage-xref": garbage_xref, "long-lines": long_lines,
    "html-named-pdf": html_named_pdf,
}


# -- entries files wrong in every way -------------------------------------------------------------
def _good() -> dict[str, Any]:
    return {"account_name": "Harbor Dental Group LLC", "account_number": "4410-2231-09",
            "btn": "212-555-0142", "numbers": ["212-555-0142", "212-555-0143"],
            "carrier": "Lumen", "authorized_name": "Maria Lopez", "port_type": "full",
            "customer_type": "business", "kind": "port_in",
            "service_address": {"line1": "1200 Harbor Blvd", "line2": "Suite 210",
                                "city": "Oxnard", "state": "CA", "postal_code": "93035"}}


def _with(**changes: Any) -> str:
    entry = _good()
    for key, value in changes.items():
        if value is _DROP:
            entry.pop(key, None)
        else:
            entry[key] = value
    return json.dumps(entry)


_DROP = object()
HOSTILE_ENTRIES: dict[str, str] = {
    "not-json": "{account_name: Harbor",
    "empty-file": "",
    "empty-object": "{}",
    "empty-list": "[]",
    "a-string": '"Harbor Dental"',
    "a-number": "42",
    "null": "null",
    "list-of-numbers": "[1, 2, 3]",
    "list-of-lists": "[[], [{}]]",
    "nan": _with(account_number=float("nan")),
    "infinity": '{"account_number": Infinity, "numbers": ["212-555-0142"]}',
    "number-not-a-number": _with(numbers=["not a number", "12", "+", "555-CALL-NOW"]),
    "numbers-as-ints": _with(numbers=[2125550142, 2125550143], btn=2125550142),
    "numbers-a-string": _with(numbers="212-555-0142, 212-555-0143"),
    "numbers-an-object": _with(numbers={"a": 1}),
    "numbers-null": _with(numbers=None),
    "numbers-nested": _with(numbers=[["212-555-0142"], {"n": "212-555-0143"}, None, True]),
    "numbers-huge-int": _with(numbers=[10 ** 400]),
    "missing-everything-but-name": json.dumps({"account_name": "Harbor Dental Group LLC"}),
    "missing-name": _with(account_name=_DROP),
    "missing-address": _with(service_address=_DROP),
    "address-a-string": _with(service_address="1200 Harbor Blvd, Oxnard CA 93035"),
    "address-a-list": _with(service_address=["1200 Harbor Blvd", "Oxnard"]),
    "address-fields-wrong-types": _with(service_address={"line1": 1200, "city": ["Oxnard"],
                                                         "state": None,
                                                         "postal_code": 93035.5}),
    "name-a-number": _with(account_name=12345),
    "name-a-list": _with(account_name=["Harbor", "Dental"]),
    "name-an-object": _with(account_name={"first": "Harbor"}),
    "name-a-bool": _with(account_name=True),
    "account-a-float": _with(account_number=4410.223),
    "btn-a-list": _with(btn=["212-555-0142"]),
    "carrier-a-number": _with(carrier=7),
    "port-type-unknown": _with(port_type="sideways", customer_type=3, kind=["x"]),
    "huge-name": _with(account_name="H" * 5_000_000),
    "huge-account": _with(account_number="4" * 1_000_000),
    "huge-number-list": _with(numbers=[f"212555{i % 10000:04d}" for i in range(50_000)]),
    "huge-number-string": _with(numbers=["2" * 200_000]),
    "control-characters": _with(account_name="Harbor\x00Dental\x1b[31m\u202e", btn="\x00"),
    "lone-surrogate": '{"account_name": "Harbor \\ud800 Dental", "numbers": []}',
    "bom": "\ufeff" + _with(),
    "utf16": "",  # written as UTF-16 below
    "binary": "",  # random bytes below
    "deep-address": _with(service_address={"line1": {"line1": {"line1": "x"}}}),
}


def write_entries(name: str, out: Path) -> Path:
    if name == "utf16":
        out.write_bytes(_with().encode("utf-16"))
    elif name == "binary":
        out.write_bytes(bytes(random.Random(7).randrange(256) for _ in range(4096)))
    else:
        out.write_text(HOSTILE_ENTRIES[name], encoding="utf-8", errors="surrogatepass")
    return out


def seed_bill(work: Path) -> Path:
    from tests.billcorpus import random_truth, write_bill

    rng = random.Random(1)
    return write_bill(work / "seed-bill.pdf", random_truth(rng), "classic", rng).path


def hostile_runs(work: Path, bills: list[str] | None = None,
                 entries: list[str] | None = None) -> Tally:
    """Every hostile bill through extract and check; every hostile entries file through check."""
    work.mkdir(parents=True, exist_ok=True)
    seed = seed_bill(work)
    good = work / "good.json"
    good.write_text(_with(), encoding="utf-8")
    tally = Tally()
    for name in bills if bills is not None else list(HOSTILE_BILLS):
        path = HOSTILE_BILLS[name](seed, work / f"hostile-{name}.pdf")
        runs = [["bill", "extract", str(path), "--json"],
                ["bill", "check", str(path), "--entries", str(good)]]
        if name.startswith("encrypted"):  # a wrong password too
            runs.append(["bill", "check", str(path), "--entries", str(good), "--password", "x"])
        for argv in runs:
            tally.runs += 1
            tally.findings += judge(argv, f"{name}: {' '.join(argv[:2])} {' '.join(argv[3:])}")
    for name in entries if entries is not None else list(HOSTILE_ENTRIES):
        path = write_entries(name, work / f"entries-{name}.json")
        for argv in (["bill", "check", str(seed), "--entries", str(path)],
                     ["bill", "check", str(seed), "--entries", str(path), "--json"]):
            tally.runs += 1
            tally.findings += judge(argv, f"entries {name}{' --json' if '--json' in argv else ''}")
    return tally


def main(argv: list[str]) -> int:
    take = {a: argv[i + 1] for i, a in enumerate(argv[:-1]) if a in ("--per-family", "--sample",
                                                                    "--seed")}
    with tempfile.TemporaryDirectory(prefix="billrobust-") as tmp:
        tally = hostile_runs(Path(tmp) / "hostile")
        if "--hostile-only" not in argv:
            from tests.billcorpus.families import OPEN, names

            families = [n for s in OPEN for n in names(s)]
            if "--sample" in take:
                families = sorted(random.Random(int(take.get("--seed", "0"))).sample(
                    families, min(int(take["--sample"]), len(families))))
            more = open_bill_runs(Path(tmp) / "open", int(take.get("--per-family", "1")),
                                  families, progress="-v" in argv)
            tally.runs += more.runs
            tally.findings += more.findings
    print(tally.table())
    for f in tally.findings:
        print(f"  {f.kind}: {f.where}: {f.detail}")
    return 1 if tally.findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
