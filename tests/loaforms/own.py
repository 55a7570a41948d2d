"""First sight without a new round: every open drawn form filled with VARIANTS of its own cases.

python -m tests.loaforms.own [SPLIT|open] [--variants a,b] [--sample N | --per-round N]
                            [--seed S] [--first-case] [-v]

The forms' equivalent of the bills' `probe --own`. A round's first sight costs misplaced and
stray values because a case meets a layout no rule has seen; the same happens when a case the
form was not drawn for meets a form a rule has seen. Each variant below changes a case so that
the right answer on every place still follows from the form's truth, which names a ROLE per
place (account_name, pin, street, numbers, check:business...) and not a value: the scorer
derives each place's expected text from the entry it is given (`scoring.expected`), so a
variant entry scored against the unchanged truth is judged by the same rules as the case.

The "case" column is the case itself (what the scorer and the gates already count): a
variant's findings that the case has too are the case's, not the variant's.

What is counted, per variant and round: every value in a box the truth gives to another role or
a wrong tick (the scorer's "misplaced", which also counts a value of the right role written in a
shape the place does not accept, e.g. cut short) and every value where the truth has no role
("stray"). Empty boxes are not counted: a variant may leave a box empty that the case filled
(abstention is allowed), it may never write a wrong one.

The variants and how each one's truth follows from the form's:

- swap: the account number and the PIN exchange values, and (where they differ) the account
  holder's and the authorized person's names. A place's role is fixed by the form, so its right
  value moves with the role. Finds a filler that decides by a value's shape instead of the label.
- drop: the PIN, the title, the contact phone and e-mail, the second address line removed. Their
  places now expect nothing: anything written there is another role's value (misplaced).
- many: more numbers to port than the form has number slots or rows (the form's capacity from its
  truth plus three), consecutive after the case's last number. The slots take the first numbers
  (in order where the truth says ordered); the rest belongs nowhere on the form (the filler says
  "attach the annex"): a number written outside the slots is stray.
- business: a residential case made a business (same names). Ticks derive from the entry. It
  CANNOT know a place the truth marks "not ours" only because the case was residential (a
  "companies only" section): a value there counts stray although a specialist might accept it;
  read this variant's stray notes before fixing, its misplaced count is exact.
- long: the holder's name, the street, the title and the e-mail made long (about 60 characters).
  A value that runs out of its box into a neighbour is stray or misplaced; one left empty is not
  counted.
- partial: a full port made partial (the last number stays, kept) on a form whose truth has no
  place for the numbers that stay. The staying number belongs nowhere: written anywhere it is
  misplaced (in a number slot) or stray.

What the probe cannot know: a place whose truth lists the literal words it accepts, when the
variant changed its value (left unjudged, `judged_truth`); a place whose truth is optional accepts emptiness and the right value
only; places the truth author marked "not ours" for the case's kind (above); a form that would in
reality ask a value the case never had (a variant drops the PIN a form requires: the place is
judged empty-is-fine). Held-back splits are refused and never built.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from copy import deepcopy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import phonenumbers

Entry = dict[str, Any]
Truth = dict[str, Any]


# -- the variants ----------------------------------------------------------------------------------
def _swap(entry: Entry, truth: Truth) -> Entry | None:
    out = deepcopy(entry)
    changed = False
    if entry.get("account_number") and entry.get("pin") and entry["pin"] != entry["account_number"]:
        out["account_number"], out["pin"] = entry["pin"], entry["account_number"]
        changed = True
    if entry.get("account_name") and entry.get("authorized_name") \
            and entry["account_name"] != entry["authorized_name"]:
        out["account_name"], out["authorized_name"] = entry["authorized_name"], entry["account_name"]
        changed = True
    return out if changed else None


def _drop(entry: Entry, truth: Truth) -> Entry | None:
    out = deepcopy(entry)
    for key in ("pin", "authorized_title", "contact_phone", "contact_email"):
        out[key] = ""
    for key in ("service_address", "billing_address"):
        if out.get(key):
            out[key] = {**out[key], "line2": ""}
    return out if out != entry else None


def _capacity(truth: Truth) -> int:
    slots = sum(len(p["slots"]) for p in truth["places"]
                if "slots" in p and p.get("field") != "remaining_numbers")
    rows = max((p["row"] + 1 for p in truth["places"] if "row" in p), default=0)
    return max(slots, rows)


def _more_numbers(entry: Entry, count: int) -> list[str]:
    """`count` numbers: the case's own, then the next ones after its highest, skipping any the
    case already uses (the BTN, the numbers that stay, the contact phone)."""
    taken = {*(entry.get("numbers") or []), *(entry.get("remaining_numbers") or []),
             entry.get("contact_phone") or "", entry.get("new_btn") or ""}
    numbers = list(entry.get("numbers") or [])
    last = max(numbers, key=lambda n: int(n[1:]))
    head, tail = last[: len(last) - 2], int(last[-2:])
    step = 1
    while len(numbers) < count and step < 100:
        candidate = f"{head}{(tail + step) % 100:02d}"
        step += 1
        if candidate in taken:
            continue
        if not phonenumbers.is_possible_number(phonenumbers.parse(candidate)):
            continue
        numbers.append(candidate)
    return numbers


def _many(entry: Entry, truth: Truth) -> Entry | None:
    capacity = _capacity(truth)
    if not capacity or not entry.get("numbers"):
        return None
    out = deepcopy(entry)
    out["numbers"] = _more_numbers(entry, capacity + 3)
    return out if len(out["numbers"]) > capacity else None


def _business(entry: Entry, truth: Truth) -> Entry | None:
    if entry.get("customer_type") != "residential":
        return None
    return {**deepcopy(entry), "customer_type": "business"}


_LONGER = {"account_name": " and Partners International Holdings Limited",
           "authorized_title": " and Head of Telecommunications Procurement"}


def _long(entry: Entry, truth: Truth) -> Entry | None:
    out = deepcopy(entry)
    for key, more in _LONGER.items():
        if out.get(key):
            out[key] = out[key] + more
    if out.get("contact_email"):
        user, _, domain = out["contact_email"].partition("@")
        out["contact_email"] = f"{user}.telecommunications.department@{domain}"
    addr = out.get("service_address")
    if addr and addr.get("line1"):
        out["service_address"] = {**addr, "line1": addr["line1"] + " Industrial Estate West Wing"}
    return out


def _partial(entry: Entry, truth: Truth) -> Entry | None:
    if entry.get("port_type") != "full" or len(entry.get("numbers") or []) < 2:
        return None
    if any(p.get("field") == "remaining_numbers" for p in truth["places"]):
        return None
    out = deepcopy(entry)
    *moving, staying = entry["numbers"]
    out.update(numbers=moving, port_type="partial", remaining_action="keep",
               remaining_numbers=[staying])
    if entry.get("btn") == staying:
        out["new_btn"] = staying
    return out


def _case(entry: Entry, truth: Truth) -> Entry | None:
    return deepcopy(entry)


VARIANTS: dict[str, Callable[[Entry, Truth], Entry | None]] = {
    "case": _case, "swap": _swap, "drop": _drop, "many": _many, "business": _business,
    "long": _long, "partial": _partial}


def judged_truth(truth: Truth, case: Entry, entry: Entry) -> Truth:
    """The truth for a variant: a place whose truth lists the literal words it accepts (the
    part of the case's e-mail before a printed "@", say) cannot be derived for a changed value,
    so when the variant changed that place's field the place is left unjudged (optional, no
    role: whatever is written there is not counted either way)."""
    changed = {k for k in set(case) | set(entry) if case.get(k) != entry.get(k)}
    places = []
    for place in truth["places"]:
        if "accept" in place and place.get("field") in changed:
            place = {k: v for k, v in place.items() if k != "accept"}
            place.update(field=None, optional=True)
        places.append(place)
    return {**truth, "places": places}


# -- running ---------------------------------------------------------------------------------------
@dataclass
class Count:
    runs: int = 0
    misplaced: int = 0
    stray: int = 0
    incomplete: int = 0  # not filled or not signed
    notes: list[str] = field(default_factory=list)


@dataclass
class Probe:
    seconds: float = 0.0
    by_round: dict[str, Counter[str]] = field(default_factory=dict)
    counts: dict[tuple[str, str], Count] = field(default_factory=dict)  # (split, variant)

    def total(self) -> Count:
        out = Count()
        for c in self.counts.values():
            out.runs += c.runs
            out.misplaced += c.misplaced
            out.stray += c.stray
            out.incomplete += c.incomplete
            out.notes += c.notes
        return out

    def table(self) -> str:
        names = list(VARIANTS)
        lines = [f"{'split':22} " + " ".join(f"{v:>13}" for v in names) + "   (misplaced/stray)"]
        for split in sorted({s for s, _ in self.counts}):
            cells = []
            for v in names:
                c = self.counts.get((split, v))
                cells.append(f"{c.misplaced:>6}/{c.stray:<6}" if c else f"{'-':>13}")
            lines.append(f"{split:22} " + " ".join(cells))
        t = self.total()
        lines.append(f"total: {t.runs} runs, {t.misplaced} misplaced, {t.stray} stray, "
                     f"{t.incomplete} not filled or signed, {self.seconds:.0f} s")
        return "\n".join(lines)


def refuse_held_back(split: str) -> None:
    from tests.loaforms import HELD_BACK_SPLITS, SPLITS

    if split in HELD_BACK_SPLITS or (split != "open" and split not in SPLITS):
        raise SystemExit(f"{split}: a held-back or unknown split is never read here")


def open_forms(split: str = "open") -> list[str]:
    from tests.loaforms import HELD_BACK_SPLITS, SPLITS, names

    refuse_held_back(split)
    splits = [s for s in SPLITS if s not in HELD_BACK_SPLITS] if split == "open" else [split]
    return [n for s in splits for n in names(s)]


def run(forms: list[str], work: Path, variants: list[str] | None = None,
        first_case_only: bool = False, progress: bool = False) -> Probe:
    from tests.integration.loa.scoring import score_case
    from tests.loaforms import build
    from tests.loaforms.cases import CASES

    probe = Probe()
    started = time.monotonic()
    for n, name in enumerate(forms, start=1):
        pdf, truth = build(name)
        folder = work / name
        folder.mkdir(parents=True, exist_ok=True)
        form = folder / truth["file"]
        form.write_bytes(pdf)
        for case in truth["cases"][:1] if first_case_only else truth["cases"]:
            for variant in variants or list(VARIANTS):
                entry = VARIANTS[variant](CASES[case], truth)
                if entry is None:
                    continue
                s = score_case(judged_truth(truth, CASES[case], entry), form, case, entry,
                               folder / f"{case}-{variant}")
                count = probe.counts.setdefault((truth["split"], variant), Count())
                count.runs += 1
                count.misplaced += s.misplaced
                count.stray += s.stray
                count.incomplete += 0 if s.filled and s.signed else 1
                count.notes += [f"{variant}: {name} [{case}] {note}" for note in s.notes
                                if note.startswith(("misplaced", "stray", "wrong", "ticked",
                                                    "not one of", "number written twice",
                                                    "value drawn", "text in the signature"))]
                if not (s.filled and s.signed):
                    count.notes.append(f"{variant}: {name} [{case}] not filled or not signed")
        shutil.rmtree(folder, ignore_errors=True)
        if progress:
            print(f"  {n}/{len(forms)} {name} {time.monotonic() - started:.0f} s", file=sys.stderr)
    probe.seconds = time.monotonic() - started
    return probe


def sample(forms: list[str], size: int, seed: int) -> list[str]:
    return sorted(random.Random(seed).sample(forms, min(size, len(forms))))


def per_round(forms: list[str], size: int, seed: int) -> list[str]:
    """`size` forms of each split, drawn by `seed` (every round measured, in minutes)."""
    from tests.loaforms import split_of

    by_split: dict[str, list[str]] = {}
    for name in forms:
        by_split.setdefault(split_of(name), []).append(name)
    return sorted(n for names in by_split.values() for n in sample(names, size, seed))


def main(argv: list[str]) -> int:
    split = next((a for a in argv if not a.startswith("-") and not a.isdigit()
                  and "," not in a and a not in VARIANTS), "open")
    take = {a: argv[i + 1] for i, a in enumerate(argv[:-1])
            if a in ("--sample", "--seed", "--variants", "--per-round")}
    forms = open_forms(split)
    if "--sample" in take:
        forms = sample(forms, int(take["--sample"]), int(take.get("--seed", "0")))
    if "--per-round" in take:
        forms = per_round(forms, int(take["--per-round"]), int(take.get("--seed", "0")))
    variants = take["--variants"].split(",") if "--variants" in take else None
    home = Path(tempfile.mkdtemp(prefix="loaown-"))
    os.environ.update({"HOME": str(home), "PORTDESK_DATA_DIR": str(home / "data"),
                       "XDG_DATA_HOME": str(home / "share"), "XDG_CONFIG_HOME": str(home / "cfg")})
    probe = run(forms, home / "work", variants, first_case_only="--first-case" in argv,
                progress="-v" in argv)
    print(probe.table())
    if "-v" in argv:
        for note in probe.total().notes:
            print(f"  {note}")
    shutil.rmtree(home, ignore_errors=True)
    t = probe.total()
    return 1 if t.misplaced or t.stray or t.incomplete else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
