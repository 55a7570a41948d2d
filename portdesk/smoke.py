"""A self-check of an installed PortDesk: does every piece the bundle ships actually run?

A PyInstaller bundle fails in ways a checkout never does: a module imported by name at run time is
left out, a data file (a font, a migration) is not copied, a plug-in's metadata is missing. This runs
the user's path end to end in one process, through the same `portdesk` commands a specialist types:
migrate a fresh database, load the demo queue, render, sign and verify an LOA, check a fixed sample bill
against its values, read a scan of it with Tesseract, run a sync round against the sandbox platform,
and open the main window offscreen (the one GUI step, in portdesk.ui.smoke). A piece not present
in this build (say, a bundle made before the bill reader existed) is reported as skipped, never
as passed. It is the composition's check, not GUI code, so it lives beside cli.py and app.py.

It never touches the user's real data: without PORTDESK_DATA_DIR it works in a temporary folder.
The bundle's entry script routes `portdesk --smoke-test` and `portdesk --startup-probe` here.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any


class SmokeFailure(Exception):
    pass


class Skipped(Exception):
    pass


def _cli(*argv: str, echo: bool = True) -> str:
    """Run one `portdesk` command in-process; its stdout is returned and echoed, indented."""
    from portdesk.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(list(argv))
    text = out.getvalue()
    for line in text.splitlines()[:6] if echo else ():
        print(f"    {line}")
    if code != 0:
        raise SmokeFailure(f"`portdesk {' '.join(argv)}` exited {code}")
    return text


def _present(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


class Smoke:
    def __init__(self, work: Path) -> None:
        self.work = work
        self.reference = ""

    def step_database(self) -> str:
        _cli("case", "list", "--json", echo=False)
        return "fresh database migrated"

    def step_demo(self) -> str:
        _cli("demo", "load")
        cases = json.loads(_cli("case", "list", "--json", echo=False))["cases"]
        if not cases:
            raise SmokeFailure("the demo queue is empty")
        port_ins = [c for c in cases if str(c.get("kind", "")).startswith("port_in")]
        self.reference = str((port_ins or cases)[0]["reference"])
        return f"{len(cases)} cases"

    def step_loa(self) -> str:
        if not self.reference:
            raise Skipped("no case to render (demo step failed)")
        letter, signed = self.work / "loa.pdf", self.work / "loa-signed.pdf"
        _cli("loa", "render", self.reference, "-o", str(letter))
        # signed by the authorized person the letter prints: anyone else is refused
        shown = json.loads(_cli("case", "show", self.reference, "--json", echo=False))
        signer = str(shown.get("authorized_name") or "Maria Lopez")
        _cli("loa", "sign", str(letter), "--typed", signer, "--signer", signer,
             "--title", "Office Manager", "-o", str(signed))
        _cli("loa", "verify", str(signed))
        return f"{self.reference}: rendered, signed, verified ({signed.stat().st_size} bytes)"

    def step_bill(self) -> str:
        """A fixed sample bill checked against the values printed on it: every field exact."""
        if not _present("portdesk.commands.bill"):
            raise Skipped("the bill commands are not in this build")
        from portdesk.smoke_bill import SAMPLE_ENTRY, write_sample_bill

        bill = write_sample_bill(self.work / "bill.pdf")
        entries = self.work / "entry.json"
        entries.write_text(json.dumps(SAMPLE_ENTRY), encoding="utf-8")
        report = json.loads(_cli("bill", "check", str(bill), "--entries", str(entries), "--json",
                                 echo=False))
        verdicts = {name: field["verdict"] for name, field in report["fields"].items()}
        wrong = {name: v for name, v in verdicts.items() if v != "exact"}
        if wrong:
            raise SmokeFailure(f"a bill checked against its own values gave {wrong}")
        return f"{len(verdicts)} fields exact on the sample {SAMPLE_ENTRY['carrier']} bill"

    def step_ocr(self) -> str:
        """A scanned bill through Tesseract: the system's, or the one Settings.tesseract_cmd names."""
        if not _present("portdesk.commands.bill"):
            raise Skipped("the bill commands are not in this build")
        import shutil

        from portdesk.config import load_settings

        where = shutil.which(load_settings().tesseract_cmd or "tesseract")
        if where is None:
            raise Skipped("Tesseract is neither installed nor configured (tesseract_cmd)")

        from portdesk.smoke_bill import write_sample_bill, write_sample_scan

        pdf = self.work / "bill.pdf"
        if not pdf.exists():
            write_sample_bill(pdf)
        scan = write_sample_scan(pdf, self.work / "scan.png")
        fields = json.loads(_cli("bill", "extract", str(scan), "--json", echo=False))
        if fields.get("source") != "ocr" or not fields.get("account_number"):
            raise SmokeFailure(f"OCR read nothing useful from the scan: {fields}")
        return f"scan read by {where}"

    def step_sync(self) -> str:
        """One sync round against the bundled sandbox platform, over loopback HTTP."""
        if not _present("portdesk.commands.sync") or not _present("portdesk.platform.sandbox"):
            raise Skipped("platform sync is not in this build")
        from portdesk.platform.sandbox.server import SandboxConfig, SandboxServer

        server = SandboxServer(SandboxConfig(api_key="smoke", port=0,
                                             db_path=str(self.work / "sandbox.sqlite3")))
        server.start()
        saved = {k: os.environ.get(k) for k in ("PORTDESK_PLATFORM_URL", "PORTDESK_PLATFORM_KEY")}
        os.environ.update(PORTDESK_PLATFORM_URL=server.base_url, PORTDESK_PLATFORM_KEY="smoke")
        try:
            _cli("sync", "--once")
        finally:
            server.stop()
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
        return f"one round against the sandbox at {server.base_url}"

    def step_gui(self) -> str:
        if not _present("portdesk.app") or not _present("portdesk.ui.smoke"):
            raise Skipped("the desktop app is not in this build")
        from portdesk.ui.smoke import show_main_window

        title, seconds = show_main_window()
        return f"main window '{title}' shown in {seconds:.2f} s"


def run_steps(steps: Sequence[tuple[str, Callable[[], str]]]) -> int:
    failed = 0
    for name, step in steps:
        start = time.perf_counter()
        print(f"smoke: {name} ...", flush=True)
        try:
            detail = step()
        except Skipped as exc:
            print(f"smoke: {name} SKIPPED: {exc}", flush=True)
            continue
        except Exception as exc:  # noqa: BLE001 - every failure is reported, then the next step runs
            failed += 1
            print(f"smoke: {name} FAILED: {type(exc).__name__}: {exc}", flush=True)
            continue
        print(f"smoke: {name} ok ({detail}; {time.perf_counter() - start:.2f} s)", flush=True)
    print("smoke: FAILED" if failed else "smoke: all steps passed", flush=True)
    return 1 if failed else 0


def _isolate() -> tempfile.TemporaryDirectory[str] | None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if os.environ.get("PORTDESK_DATA_DIR"):
        return None
    tmp = tempfile.TemporaryDirectory(prefix="portdesk-smoke-")
    os.environ["PORTDESK_DATA_DIR"] = tmp.name
    return tmp


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    tmp = _isolate()
    try:
        if "--startup-probe" in args:
            return startup_probe()
        work = Path(os.environ["PORTDESK_DATA_DIR"]) / "smoke"
        work.mkdir(parents=True, exist_ok=True)
        smoke = Smoke(work)
        from portdesk import __version__

        print(f"smoke: PortDesk {__version__}, data in {os.environ['PORTDESK_DATA_DIR']}")
        return run_steps([("database", smoke.step_database), ("demo cases", smoke.step_demo),
                          ("LOA", smoke.step_loa), ("bill", smoke.step_bill),
                          ("OCR", smoke.step_ocr), ("sync", smoke.step_sync),
                          ("desktop app", smoke.step_gui)])
    finally:
        if tmp is not None:
            tmp.cleanup()


def startup_probe() -> int:
    """Print how long after process start the first window appeared, then quit (for the figures)."""
    from portdesk.ui.smoke import show_main_window

    title, _ = show_main_window()
    since_start = seconds_since_process_start()
    print(f"first-window {since_start:.3f}" if since_start is not None else "first-window ?")
    print(f"first-window-epoch {time.time():.3f} ({title})", flush=True)
    return 0


def seconds_since_process_start() -> float | None:
    """From the kernel's record of when this process started (Linux), so the bootloader counts."""
    try:
        stat = Path("/proc/self/stat").read_text()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except OSError:
        return None
    fields: list[Any] = stat.rsplit(")", 1)[1].split()
    start_ticks = int(fields[19])
    return uptime - start_ticks / os.sysconf("SC_CLK_TCK")


if __name__ == "__main__":
    raise SystemExit(main())
