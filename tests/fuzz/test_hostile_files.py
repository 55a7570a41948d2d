"""Each hostile file the issue names, through the command a specialist would run on it.

Every one is refused (or read) with one line that names the limit, within the memory and time
bounds, leaving the queue as it was. Sizes are those of the reports where building the file is
cheap; where it is not (a 250,000-row CSV), the limit is lowered in settings instead, which also
proves the setting is honoured. `make bench` runs the full-size files at the default limits.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.fuzz import hostile
from tests.fuzz.harness import FUZZ_SETTINGS, Bench, judge

Case = tuple[str, Callable[[Path], Path], str, str, dict[str, object] | None]
CASES: list[Case] = [
    # (file name, builder, command, what the one line says, settings)
    ("bill.pdf", hostile.pdf_huge_page, "bill extract",
     "page 1 is 200 x 200 in; a bill page is at most 24 in on its longest side", None),
    ("bomb.pdf", lambda p: hostile.pdf_flate_bomb(p, 96), "bill extract",
     "a part of the PDF unpacks to more than 64 MB", None),
    ("bomb.pdf", lambda p: hostile.pdf_flate_bomb(p, 96), "loa fill",
     "a part of the PDF unpacks to more than 64 MB", None),
    ("many.pdf", lambda p: hostile.pdf_many_pages(p, 300), "loa fill",
     "the PDF has 300 pages; an LOA form has at most 200", None),
    ("deep.pdf", hostile.pdf_deep_nesting, "loa fill", "the PDF is damaged", None),
    ("bomb.pdf", lambda p: hostile.pdf_flate_bomb(p, 96), "loa verify",
     "a part of the PDF unpacks to more than 64 MB", None),
    ("bomb.png", hostile.png_bomb, "bill extract", "megapixels", None),
    ("bomb.png", hostile.png_bomb, "loa sign", "over 40 megapixels", None),
    ("big.png", lambda p: hostile.png_bomb(p, 9_000, 9_000), "loa sign",
     "9,000 x 9,000 pixels (81 megapixels); PortDesk decodes at most 40 megapixels", None),
    ("big.png", lambda p: hostile.png_bomb(p, 9_000, 9_000), "bill extract",
     "megapixels", None),
    ("zip.xlsx", hostile.xlsx_zip_bomb, "case import",
     "the workbook unpacks to 3,072 MB; PortDesk reads workbooks up to 512 MB", None),
    ("styles.xlsx", lambda p: hostile.xlsx_zip_bomb(p, 100 * 2**20, "xl/styles.xml"),
     "case import", "the workbook's xl/styles.xml unpacks to 100 MB; PortDesk reads "
     "parts of up to 64 MB", None),
    ("long.csv", hostile.csv_long_field, "case import",
     "line 5: field account_name is longer than 100,000 characters", None),
    ("columns.csv", lambda p: hostile.csv_column_bomb(p, 100_000), "case import",
     "the header names 100,002 columns; a case file has at most 1,000", None),
    ("rows.csv", lambda p: hostile.csv_too_many_rows(p, 1_500), "case import",
     "line 1,002: a case file holds at most 1,000 cases; split the file",
     {"limits": {"max_rows": 1000}}),
    ("numbers.csv", lambda p: hostile.csv_many_numbers(p, 20, 1000), "case import",
     "line 12: the file holds more than 10,000 phone numbers; split it",
     {"limits": {"max_numbers": 10_000}}),
    ("deep.json", hostile.json_deep, "case import", "not a case file: nested too deeply", None),
    ("deep.json", hostile.json_deep, "bill check", "nested too deeply", None),
    ("long.json", hostile.json_long_value, "case import",
     "line 1: field account_name is longer than 100,000 characters", None),
    ("numbers.json", lambda p: hostile.json_many_numbers(p, 20_000), "case import",
     "line 1: field numbers is longer than 100,000 characters", None),
    ("numbers.json", lambda p: hostile.json_many_numbers(p, 20_000), "bill check",
     "line 1: field numbers is longer than 100,000 characters", None),
    ("numbers.json", lambda p: hostile.json_many_numbers(p, 20_000), "loa fill --entries",
     "line 1: field numbers is longer than 100,000 characters", None),
]


def _argv(command: str, path: Path, bench: Bench) -> list[str]:
    d = bench.dir
    return {
        "bill extract": ["bill", "extract", str(path)],
        "bill check": ["bill", "check", str(d / "seed-bill.pdf"), "--entries", str(path)],
        "loa fill": ["loa", "fill", str(path), "--entries", str(d / "entries.json"),
                     "-o", str(d / "out" / "filled.pdf")],
        "loa fill --entries": ["loa", "fill", str(d / "seed-form.pdf"), "--entries", str(path),
                               "-o", str(d / "out" / "filled.pdf")],
        "loa sign": ["loa", "sign", str(d / "seed-form.pdf"), "--signature", str(path),
                     "--signer", "Maria Lopez", "-o", str(d / "out" / "signed.pdf")],
        "loa verify": ["loa", "verify", str(path)],
        "case import": ["case", "import", str(path)],
    }[command]


@pytest.mark.parametrize(("name", "build", "command", "says", "settings"), CASES,
                         ids=[f"{c[2]}-{c[0]}" for c in CASES])
def test_a_hostile_file_is_refused_in_one_line(bench: Bench, name: str,
                                               build: Callable[[Path], Path], command: str,
                                               says: str,
                                               settings: dict[str, object] | None) -> None:
    path = build(bench.dir / f"hostile-{name}")
    result = bench.worker.run(_argv(command, path, bench), bench.fresh_db(),
                              {**FUZZ_SETTINGS, **(settings or {})})
    assert judge(result) == [], result
    assert result["rc"] == 1 and says in result["err"], result["err"]
    assert result["err"].count("\n") == 1  # one line
    assert result["db_before"] == result["db_after"]


def test_a_row_bomb_costs_what_the_sheet_really_holds(bench: Bench) -> None:
    """Declared A1:XFD1048576 with a cell in the last row: read in a few seconds, not a minute."""
    path = hostile.xlsx_row_bomb(bench.dir / "hostile-rows.xlsx")
    result = bench.worker.run(["case", "import", str(path)], bench.fresh_db())
    assert judge(result) == [], result
    assert result["rc"] == 0 and "imported 3 cases" in result["out"], result


def test_styled_empty_rows_are_skipped(bench: Bench) -> None:
    path = hostile.xlsx_empty_rows(bench.dir / "hostile-empty.xlsx", rows=100_000)
    result = bench.worker.run(["case", "import", str(path)], bench.fresh_db())
    assert judge(result) == [], result
    assert result["rc"] == 0 and "imported 3 cases" in result["out"], result


def test_an_output_folder_that_does_not_exist_is_refused_first(bench: Bench) -> None:
    folder = bench.dir / "no such folder"
    form, entries = str(bench.dir / "seed-form.pdf"), str(bench.dir / "entries.json")
    for name, argv in (
            ("filled.pdf", ["loa", "fill", form, "--entries", entries, "-o"]),
            ("signed.pdf", ["loa", "sign", form, "--typed", "Maria Lopez", "--signer",
                            "Maria Lopez", "-o"]),
            ("loa.pdf", ["loa", "render", "PD-000001", "-o"]),
            ("cases.csv", ["case", "export"])):
        result = bench.worker.run([*argv, str(folder / name)], bench.fresh_db())
        assert result["rc"] == 1, result
        assert result["err"] == (f"portdesk: cannot write {folder / name}: folder {folder} "
                                 "does not exist\n")
        assert not folder.exists()
