"""How far a chosen threshold is from the nearest decision it takes on the forms we have.

python -m tests.loaforms.sweep [--real SHARED] [--only SPLIT]

Each probed threshold is replaced, for one pass over every open drawn form (the held-back
splits are never built) and the real forms, by a float that records every value it is
compared with. A threshold's *margin* is the open interval between the nearest value it was
compared with below it and the nearest above it: any threshold in that interval takes the same
decision at every comparison on every form, so every figure holds over it (a lower bound: a
decision that flips need not change a figure). A margin that is thin against the threshold
means it was fitted to the forms we have. Analysis only (no fill, no sign): a pass is the
mapping's cost, about 0.1 s a form.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from portdesk.loa.fill import analyse_form
from tests.loaforms import HELD_BACK_SPLITS, build, names, split_of


@dataclass
class Seen:
    """The values one probe was compared with, and on which form."""

    below: dict[float, set[str]] = field(default_factory=dict)  # values on the threshold's side <
    above: dict[float, set[str]] = field(default_factory=dict)


FORM = [""]  # the form being read, for the record


class Probe(float):
    """A threshold that records what it is compared with (Python asks a float subclass on the
    right of a comparison first, so `x <= probe` reaches probe.__ge__(x))."""

    seen: Seen
    scale: float

    def __new__(cls, value: float, seen: Seen, scale: float = 1.0) -> Probe:
        p = super().__new__(cls, value)
        p.seen, p.scale = seen, scale
        return p

    def _note(self, other: object) -> None:
        """Record the value the threshold itself would have to pass for this comparison to
        turn (a product's probe records the compared value over its factor)."""
        if isinstance(other, (int, float)) and not isinstance(other, Probe) and \
                math.isfinite(other) and self.scale:
            at = float(other) / self.scale
            side = self.seen.below if at < float(self) / self.scale else self.seen.above
            side.setdefault(round(at, 3), set()).add(FORM[0])

    def __lt__(self, other: object) -> bool:
        self._note(other)
        return float(self) < other  # type: ignore[operator]

    def __le__(self, other: object) -> bool:
        self._note(other)
        return float(self) <= other  # type: ignore[operator]

    def __gt__(self, other: object) -> bool:
        self._note(other)
        return float(self) > other  # type: ignore[operator]

    def __ge__(self, other: object) -> bool:
        self._note(other)
        return float(self) >= other  # type: ignore[operator]

    def __mul__(self, other: object) -> Any:  # "1.8 x the usual white": a ratio's probe
        if not isinstance(other, (int, float)) or isinstance(other, Probe):
            return NotImplemented
        return Probe(float(self) * other, self.seen, self.scale * other)

    __rmul__ = __mul__


def _forms(real: Path | None, only: str | None) -> Iterator[tuple[str, bytes, list[str]]]:
    """(name, pdf, countries) of every open drawn form, then of every real form."""
    for name in names("all"):
        split = split_of(name)
        if split in HELD_BACK_SPLITS or (only and split != only):  # round 27 is open now
            continue
        pdf, truth = build(name)
        from tests.loaforms.cases import CASES
        yield name, pdf, sorted({CASES[c].get("country") or "US" for c in truth["cases"]})
    if real is None or only:
        return
    from tests.integration.loa.scoring import form_path, load_cases, load_truths
    cases = load_cases()
    for truth in load_truths():
        yield truth["file"], form_path(real, truth).read_bytes(), sorted(
            {cases[c].get("country") or "US" for c in truth["cases"]})


@contextmanager
def probed(targets: list[tuple[Any, str]]) -> Iterator[dict[str, Seen]]:
    out: dict[str, Seen] = {}
    saved = []
    for module, attr in targets:
        seen = out.setdefault(f"{module.__name__}.{attr}", Seen())
        saved.append((module, attr, getattr(module, attr)))
        setattr(module, attr, Probe(getattr(module, attr), seen))
    try:
        yield out
    finally:
        for module, attr, value in saved:
            setattr(module, attr, value)


def margin(value: float, seen: Seen) -> dict[str, Any]:
    low = max(seen.below, default=None)
    high = min(seen.above, default=None)
    return {"value": value, "nearest below": low, "forms below": sorted(seen.below.get(low, ()))
            if low is not None else [], "nearest above": high,
            "forms above": sorted(seen.above.get(high, ())) if high is not None else [],
            "compared": sum(len(v) for v in seen.below.values()) + sum(
                len(v) for v in seen.above.values())}


def sweep(targets: list[tuple[Any, str]], real: Path | None, only: str | None,
          read: Callable[[bytes, str, str], object] | None = None) -> dict[str, Any]:
    read = read or (lambda pdf, name, country: analyse_form(pdf, name, country=country,
                                                            strict=False))
    values = {f"{m.__name__}.{a}": float(getattr(m, a)) for m, a in targets}
    with probed(targets) as seen:
        for name, pdf, countries in _forms(real, only):
            FORM[0] = name
            for country in countries:
                read(pdf, name, country)
    return {k: margin(values[k], s) for k, s in seen.items()}


def main(argv: list[str]) -> int:
    from portdesk.loa import blanks, captions, reach
    real = Path(argv[argv.index("--real") + 1]) if "--real" in argv else None
    only = argv[argv.index("--only") + 1] if "--only" in argv else None
    targets = [(reach, "_BREAK_MIN"), (reach, "_BREAK_ROWS"), (blanks, "_HUG_SHARE"),
               (captions, "_RUN_ON_INDENT"), (captions, "_RUN_ON_WORDS"),
               (captions, "_RUN_ON_DROP")]
    print(json.dumps(sweep(targets, real, only), indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
