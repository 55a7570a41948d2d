"""Never silently unfinished: fill + sign (typed) + the print path on every open form, every case.

python -m tests.loaforms.robust [SPLIT|open] [--sample N --seed S] [--real] [-v]

The scorer asks where each value landed; this probe asks only whether the pipeline finished and
left a document a carrier can open: for every drawn form of every open split (and, with --real,
the tuned real sample forms in ../shared/samples/loa-forms, skipped with a reason when absent) and
every case of it, `portdesk loa fill` then `portdesk loa sign --typed`, in-process, then the print
path (the signed PDF as it is stored is what "Print LOA" prints: every page must open in pypdf and
rasterise in pdfium and in pdftoppm). Problems are counted by kind (KINDS). A held-back split is
refused, like the scorer refuses it, and never built.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from pypdf import PdfReader

from portdesk.cli import main

KINDS = ("exit code", "traceback", "does not reopen", "no signature", "signature off page",
         "value off page")
_SLACK = 2.0  # points: a glyph's loose box may touch the page edge
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
REAL_FOLDERS = ("samples/loa-forms", "samples/loa-forms/more")


@dataclass
class Finding:
    kind: str
    where: str  # form [case]
    detail: str


@dataclass
class Tally:
    runs: int = 0
    findings: list[Finding] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def counts(self) -> Counter[str]:
        return Counter(f.kind for f in self.findings)

    def table(self) -> str:
        counts = self.counts()
        return f"{self.runs} runs: " + ", ".join(f"{k} {counts.get(k, 0)}" for k in KINDS)


def _run(argv: list[str]) -> tuple[int, str]:
    """One CLI command in-process: (exit code, what it said); 99 when something escaped main()."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            rc = main(argv)
        except SystemExit as exc:
            rc = exc.code if isinstance(exc.code, int) else 2
        except Exception as exc:  # noqa: BLE001 - anything escaping main() is what we count
            return 99, f"escaped main(): {type(exc).__name__}: {exc}"
    return rc, err.getvalue() + out.getvalue()


def _failed(rc: int, said: str, where: str, step: str,
            refusal_ok: bool = False) -> Finding | None:
    """A drawn open form must go through (exit code 0); a hostile one may be refused, in one
    `portdesk: ...` line."""
    if rc == 0:
        return None
    if rc in (2, 99) or "unexpected error" in said or "Traceback" in said:
        return Finding("traceback", where, f"{step}: rc {rc}: {said.strip()[:300]}")
    if refusal_ok and rc == 1 and said.startswith("portdesk: ") and said.count("\n") == 1:
        return None
    return Finding("exit code", where, f"{step}: rc {rc}: {said.strip()[:300]}")


def reopen_problem(pdf: Path) -> str | None:
    """Why the document would not reach paper: pypdf, pdfium or pdftoppm cannot read every page."""
    try:
        reader = PdfReader(pdf)
        for page in reader.pages:
            page.mediabox  # noqa: B018 - reading it is the check
        pages = len(reader.pages)
    except Exception as exc:  # noqa: BLE001 - any failure to read is the finding
        return f"pypdf: {type(exc).__name__}: {exc}"
    try:
        doc = pdfium.PdfDocument(pdf.read_bytes())
        try:
            for n in range(len(doc)):
                doc[n].render(scale=0.15).close()
        finally:
            doc.close()
    except Exception as exc:  # noqa: BLE001
        return f"pdfium: {type(exc).__name__}: {exc}"
    if shutil.which("pdftoppm"):
        with tempfile.TemporaryDirectory() as tmp:
            done = subprocess.run(["pdftoppm", "-r", "10", "-gray", str(pdf), f"{tmp}/p"],
                                  capture_output=True, text=True, timeout=120, check=False)
            made = len(list(Path(tmp).iterdir()))
        if done.returncode != 0 or made != pages:
            return f"pdftoppm: rc {done.returncode}, {made}/{pages} pages: {done.stderr[:200]}"
    return None


def _page_boxes(pdf: bytes) -> list[tuple[float, float, float, float]]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [tuple(doc[n].get_cropbox()) for n in range(len(doc))]  # type: ignore[misc]
    finally:
        doc.close()


def _outside(box: tuple[float, float, float, float], x: float, y: float) -> bool:
    return not (box[0] - _SLACK <= x <= box[2] + _SLACK and box[1] - _SLACK <= y <= box[3] + _SLACK)


def drawn_problems(original: bytes, filled: bytes, signed: bytes) -> list[tuple[str, str]]:
    """(kind, detail) for a signed PDF with no new ink, ink off its page, a value off its page."""
    from tests.integration.loa.scoring import added_chars, read_chars, read_images

    out: list[tuple[str, str]] = []
    boxes = _page_boxes(signed)
    before = read_images(filled)
    ink = [i for i in read_images(signed) if i not in before]
    if not ink:
        out.append(("no signature", "the signed PDF draws no new image"))
    for page, (x0, y0, x1, y1) in ink:
        box = boxes[page - 1]
        if _outside(box, (x0 + x1) / 2, (y0 + y1) / 2):
            out.append(("signature off page", f"ink on page {page} at {(x0, y0, x1, y1)}, "
                                              f"page {box}"))
    new = added_chars(read_chars(original), read_chars(signed))
    off = [c for c in new if _outside(boxes[c.page - 1], c.cx, c.cy)]
    if off:
        text = "".join(c.text for c in off)[:60]
        out.append(("value off page", f"{len(off)} characters off page {off[0].page}: {text!r}"))
    return out


def probe(form_pdf: bytes, file_name: str, label: str, entry: dict[str, Any],
          work: Path, refusal_ok: bool = False) -> list[Finding]:
    """fill, sign and print one form with one case; what went wrong (empty when it finished).

    `refusal_ok`: a hostile form may be refused with its one line instead."""
    work.mkdir(parents=True, exist_ok=True)
    form, entries = work / file_name, work / "entries.json"
    filled, signed = work / "filled.pdf", work / "signed.pdf"
    form.write_bytes(form_pdf)
    entries.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
    rc, said = _run(["loa", "fill", str(form), "--entries", str(entries), "-o", str(filled)])
    if (bad := _failed(rc, said, label, "fill", refusal_ok)) is not None or rc != 0:
        return [bad] if bad else []
    found = []
    if (why := reopen_problem(filled)) is not None:
        found.append(Finding("does not reopen", label, f"filled: {why}"))
        return found
    signer = entry.get("authorized_name") or "José Núñez"
    rc, said = _run(["loa", "sign", str(filled), "--typed", signer, "--signer", signer,
                     "-o", str(signed)])
    if (bad := _failed(rc, said, label, "sign", refusal_ok)) is not None or rc != 0:
        return [*found, bad] if bad else found
    if (why := reopen_problem(signed)) is not None:
        return [*found, Finding("does not reopen", label, f"signed: {why}")]
    try:
        drawn = drawn_problems(form_pdf, filled.read_bytes(), signed.read_bytes())
    except Exception as exc:  # noqa: BLE001 - the probe's own reading failed: the PDF is odd
        drawn = [("does not reopen", f"reading the signed PDF: {type(exc).__name__}: {exc}")]
    return [*found, *(Finding(kind, label, detail) for kind, detail in drawn)]


# -- what is probed -------------------------------------------------------------------------------
Job = tuple[str, str, Any, dict[str, Any]]  # (label, file name, pdf or builder name, entry)


def refuse_held_back(split: str) -> None:
    from tests.loaforms import HELD_BACK_SPLITS, SPLITS

    if split in HELD_BACK_SPLITS or (split != "open" and split not in SPLITS):
        raise SystemExit(f"{split}: a held-back or unknown split is never read here")


def drawn_jobs(split: str = "open") -> list[Job]:
    """Every (form, case) of the open splits, or of one open split; built lazily by name."""
    from tests.loaforms import HELD_BACK_SPLITS, SPLITS, names

    refuse_held_back(split)
    splits = [s for s in SPLITS if s not in HELD_BACK_SPLITS] if split == "open" else [split]
    jobs: list[Job] = []
    for s in splits:
        for name in names(s):
            jobs.append((name, "", name, {}))
    return jobs


def real_jobs(shared: Path = SHARED) -> tuple[list[Job], list[str]]:
    """The tuned real sample forms with their truth's cases; (jobs, reasons skipped)."""
    from tests.integration.loa.scoring import load_cases, load_truths

    if not (shared / REAL_FOLDERS[0]).is_dir():
        return [], [f"{shared / REAL_FOLDERS[0]} is absent: the real forms are not probed"]
    cases, jobs, skipped = load_cases(), [], []
    for truth in load_truths("tuned"):
        path = next((shared / f / truth["file"] for f in REAL_FOLDERS
                     if (shared / f / truth["file"]).is_file()), None)
        if path is None:
            skipped.append(f"{truth['file']}: absent from {shared}")
            continue
        pdf = path.read_bytes()
        for case in truth["cases"]:
            jobs.append((f"{truth['file']} [{case}]", truth["file"], pdf, cases[case]))
    return jobs, skipped


def _expand(job: Job) -> Iterator[tuple[str, str, bytes, dict[str, Any]]]:
    from tests.loaforms import build
    from tests.loaforms.cases import CASES

    label, file_name, source, entry = job
    if isinstance(source, bytes):
        yield label, file_name, source, entry
        return
    pdf, truth = build(source)
    for case in truth["cases"]:
        yield f"{source} [{case}]", truth["file"], pdf, CASES[case]


def sample(jobs: list[Job], size: int, seed: int) -> list[Job]:
    """`size` jobs drawn by `seed`: the same seed draws the same forms."""
    return sorted(random.Random(seed).sample(jobs, min(size, len(jobs))), key=lambda j: j[0])


def run_jobs(jobs: list[Job], work: Path, progress: bool = False) -> Tally:
    tally = Tally()
    started = time.monotonic()
    for n, job in enumerate(jobs, start=1):
        for label, file_name, pdf, entry in _expand(job):
            tally.runs += 1
            tally.findings += probe(pdf, file_name, label, entry, work / f"{n:04d}-{tally.runs}")
        if progress:
            print(f"  {n}/{len(jobs)} forms, {tally.runs} runs, "
                  f"{time.monotonic() - started:.0f} s: {job[0]}", file=sys.stderr)
        shutil.rmtree(work, ignore_errors=True)
    return tally


def main_(argv: list[str]) -> int:
    split = next((a for a in argv if not a.startswith("-") and not a.isdigit()), "open")
    take = {a: argv[i + 1] for i, a in enumerate(argv[:-1]) if a in ("--sample", "--seed")}
    home = Path(tempfile.mkdtemp(prefix="loarobust-"))
    os.environ.update({"HOME": str(home), "PORTDESK_DATA_DIR": str(home / "data"),
                       "XDG_DATA_HOME": str(home / "share"), "XDG_CONFIG_HOME": str(home / "cfg")})
    jobs = drawn_jobs(split)
    skipped: list[str] = []
    if "--real" in argv:
        real, skipped = real_jobs()
        jobs += real
    if "--sample" in take:
        jobs = sample(jobs, int(take["--sample"]), int(take.get("--seed", "0")))
    tally = run_jobs(jobs, home / "work", progress="-v" in argv)
    print(tally.table())
    for reason in skipped:
        print(f"  skipped: {reason}")
    for f in tally.findings:
        print(f"  {f.kind}: {f.where}: {f.detail}")
    shutil.rmtree(home, ignore_errors=True)
    return 1 if tally.findings else 0


if __name__ == "__main__":
    sys.exit(main_(sys.argv[1:]))
