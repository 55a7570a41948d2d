"""A pasted list of numbers, read line by line, with a report a specialist can act on.

Lists come from spreadsheets, e-mails and bills: one number a line, or several separated by commas
or semicolons, with extensions and typos. Nothing typed is dropped without a word: each line that
is not a number is named with its line number and why, a number given twice is named with the line
it first appeared on, and an extension is named as dropped (a port moves the number, not its
extensions). The numbers are also grouped by what must go in separate requests: another country,
or toll-free next to geographic numbers.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from portdesk.domain.numbers import (
    InvalidNumber,
    NumberKind,
    ParsedNumber,
    format_display,
    parse_number,
)
from portdesk.domain.words import counted

_SEPARATORS = re.compile(r"[;,\t|]+")
_EXTENSION = re.compile(r"(?i)\s*(?:ext\.?|extension|x)\s*(\d+)\s*$")
_EXTENSION_ONLY = re.compile(r"(?i)^(?:ext\.?|extension|x)\s*\d+$")
COUNTRY_NAMES = {"US": "United States", "CA": "Canada", "GB": "United Kingdom", "DE": "Germany",
                 "FR": "France", "ES": "Spain", "NL": "Netherlands", "AU": "Australia",
                 "MX": "Mexico", "IE": "Ireland", "PR": "Puerto Rico"}
NANP = frozenset({"US", "CA", "PR", "VI", "GU", "AS", "MP", "BS", "BB", "JM", "TT", "DO", "AG",
                  "AI", "BM", "DM", "GD", "KN", "KY", "LC", "MS", "SX", "TC", "VC", "VG"})


@dataclass(frozen=True, slots=True)
class PasteProblem:
    line: int  # 1-based line of the pasted text
    typed: str
    why: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.typed} — {self.why}"


@dataclass(frozen=True, slots=True)
class PasteReport:
    numbers: list[ParsedNumber] = field(default_factory=list)  # new valid numbers, in order
    invalid: list[PasteProblem] = field(default_factory=list)
    duplicates: list[PasteProblem] = field(default_factory=list)
    extensions: list[PasteProblem] = field(default_factory=list)

    def lines(self, limit: int = 50) -> list[str]:
        """Every problem, invalid lines first (the report shown under the list)."""
        out = [f"Not a number: {p}" for p in self.invalid]
        out += [f"Duplicate: {p}" for p in self.duplicates]
        out += [f"Extension dropped: {p}" for p in self.extensions]
        return out if len(out) <= limit else [*out[:limit], f"… and {len(out) - limit} more"]

    def summary(self, head: str = "") -> str:
        """One line of counts; `head` names what became of the good numbers (default: valid)."""
        parts = [head or counted(len(self.numbers), "valid number")]
        if self.invalid:
            parts.append(f"{len(self.invalid)} not valid")
        if self.duplicates:
            parts.append(f"{counted(len(self.duplicates), 'duplicate')} skipped")
        if self.extensions:
            parts.append(f"{counted(len(self.extensions), 'extension')} dropped")
        return "; ".join(parts) + "."


def _tokens(line: str) -> list[str]:
    """A line's numbers; an extension written after a comma stays with its number."""
    out: list[str] = []
    for token in _SEPARATORS.split(line):
        token = token.strip().strip("\"'")
        if not token:
            continue
        if out and _EXTENSION_ONLY.match(token):
            out[-1] = f"{out[-1]} {token}"
        else:
            out.append(token)
    return out


def read_number_paste(text: str, region: str = "US",
                      existing: Collection[str] = ()) -> PasteReport:
    """Parse a pasted list; `existing` numbers (E.164) count as duplicates "already on the case"."""
    report = PasteReport()
    first_line: dict[str, int] = {}
    have = set(existing)
    for n, line in enumerate((text or "").splitlines(), start=1):
        for token in _tokens(line):
            ext = _EXTENSION.search(token)
            try:
                parsed = parse_number(token, region)
            except InvalidNumber as exc:
                why = str(exc).replace(f"'{token}'", "").lstrip(": ").removeprefix("is ")
                report.invalid.append(PasteProblem(n, token, why or "not a number"))
                continue
            if ext is not None and re.search(r"\d", token[:ext.start()]):
                report.extensions.append(PasteProblem(
                    n, token, f"extension {ext.group(1)} dropped; {parsed.display} is ported"))
            if parsed.e164 in have:
                report.duplicates.append(PasteProblem(n, token, "already on the case"))
            elif parsed.e164 in first_line:
                report.duplicates.append(PasteProblem(
                    n, token, f"same number as line {first_line[parsed.e164]}"))
            else:
                first_line[parsed.e164] = n
                report.numbers.append(parsed)
    return report


def request_group(country: str, kind: NumberKind) -> tuple[str, bool]:
    """Numbers that go into one porting request: same country, toll-free apart."""
    return (country, kind == NumberKind.TOLL_FREE)


def group_label(group: tuple[str, bool]) -> str:
    """"toll-free", "in the United Kingdom": after a count ("2 in the United States")."""
    country, toll_free = group
    where = COUNTRY_NAMES.get(country, country)
    if toll_free:
        return "toll-free" if country == "US" else f"toll-free ({where})"
    return f"in {'the ' if country in ('US', 'GB', 'NL') else ''}{where}"


def kind_label(kind: NumberKind, country: str) -> str:
    """What the Numbers tab says: "Local" only for geographic NANP numbers."""
    if kind == NumberKind.TOLL_FREE:
        base = "Toll-free"
    elif kind == NumberKind.MOBILE:
        base = "Mobile"
    elif kind == NumberKind.FIXED:
        base = "Local" if country in NANP else "Landline"
    else:
        base = "Unknown"
    return base if country in NANP else f"{base} ({COUNTRY_NAMES.get(country, country)})"


def describe_numbers(e164s: list[str]) -> str:
    shown = ", ".join(format_display(n) for n in e164s[:3])
    return shown + (f" and {len(e164s) - 3} more" if len(e164s) > 3 else "")
