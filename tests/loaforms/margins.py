"""The margin of each chosen threshold, measured where it decides: every call of the function
that reads it is run again with the threshold moved over a grid, on every open drawn form
(held-back splits are never built) and the real forms, and a value *flips* where some call's
answer differs from the answer at the chosen value. A threshold's margin is the widest interval
around it with no flip on any form: over it every decision, so every figure, is the same.

python -m tests.loaforms.margins [--real SHARED] [--only SPLIT] [--fires]
(--fires: on which forms each question word rule and the e-mail-with-the-account rule fire)
"""

from __future__ import annotations

import functools
import inspect
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.loaforms import sweep


@contextmanager
def probing(module: Any, func: str, const: str, grid: Sequence[float],
            flips: dict[float, set[str]]) -> Iterator[None]:
    original: Callable[..., Any] = getattr(module, func)
    base = inspect.unwrap(original)  # another probe's wrapper: its grid is its own
    chosen = getattr(module, const)

    @functools.wraps(original)
    def probe(*args: Any, **kwargs: Any) -> Any:
        answer = original(*args, **kwargs)
        for value in grid:
            setattr(module, const, value)
            try:
                if base(*args, **kwargs) != answer:
                    flips.setdefault(value, set()).add(sweep.FORM[0])
            finally:
                setattr(module, const, chosen)
        return answer

    # every module that imported the function by name holds it too: each gets the probe
    holders = [m for m in list(sys.modules.values()) if m is not None
               and getattr(m, func, None) is original]
    for m in holders:
        setattr(m, func, probe)
    try:
        yield
    finally:
        for m in holders:
            setattr(m, func, original)


def margin(chosen: float, grid: Sequence[float], flips: dict[float, set[str]]) -> dict[str, Any]:
    low = max((v for v in grid if v < chosen and v in flips), default=None)
    high = min((v for v in grid if v > chosen and v in flips), default=None)
    holds = [v for v in grid if (low is None or v > low) and (high is None or v < high)]
    return {"chosen": chosen, "holds from": min(holds, default=chosen),
            "holds to": max(holds, default=chosen), "first flip below": low,
            "on": sorted(flips.get(low, ()))[:4] if low is not None else [],
            "first flip above": high,
            "on ": sorted(flips.get(high, ()))[:4] if high is not None else []}


def targets() -> list[tuple[Any, str, str, list[float]]]:
    from portdesk.loa import blanks, captions, governing, reach, rightlabels, slots
    steps = [round(0.1 * k, 2) for k in range(1, 61)]
    points = [float(v) for v in range(2, 41)]
    ratios = [round(0.1 * k, 2) for k in range(5, 61)]
    return [(governing, "in_paragraph", "_CELL_GAP", ratios),  # the decision, not the count
            (slots, "_runs_on", "_CELL_GAP", points),
            (slots, "_table_columns", "_HEAD_LINE", [float(v) for v in range(1, 31)]),
            (rightlabels, "_phrase_cut", "_PHRASE_CUT", steps[:40]),
            (reach, "ends_before", "_BREAK_MIN", [float(v) for v in range(4, 61)]),
            (reach, "ends_before", "_BREAK_ROWS", [round(1 + 0.05 * k, 2) for k in range(0, 61)]),
            (blanks, "_corner_caption", "_HUG_SHARE", [round(0.05 * k, 2) for k in range(1, 41)]),
            (captions, "footnote", "_RUN_ON_DROP", steps[:40]),
            (captions, "footnote", "_RUN_ON_INDENT", [float(v) for v in range(1, 41)]),
            (captions, "footnote", "_RUN_ON_WORDS", [float(v) for v in range(1, 13)])]


def word_rules() -> dict[str, tuple[Any, str]]:
    """Word lists and rules chosen on few forms, by name: (field, pattern) of each broad rule
    asked as a question, and the e-mail asked with the account's details (sections.py)."""
    from portdesk.loa.labelwords import RULES
    out: dict[str, tuple[Any, str]] = {}
    for n, (field_, _strength, pattern) in enumerate(RULES):
        if pattern.startswith("^(when|") or pattern.startswith("^(where|") or \
                pattern.startswith("^(who|") or pattern.startswith("^(which|") or \
                pattern.startswith("^(what|"):
            out[f"question {n}: {field_}"] = (field_, pattern)
    return out


def fires(real: Path | None, only: str | None) -> dict[str, list[str]]:
    """On which forms each question rule reads a label, and the e-mail-with-the-account rule
    keeps an e-mail ours: a rule that fires on one form only was chosen on it."""
    import re

    from portdesk.loa import sections, vocabulary
    rules = {name: (field_, re.compile(p)) for name, (field_, p) in word_rules().items()}
    out: dict[str, set[str]] = {name: set() for name in [*rules, "e-mail with the account"]}
    original = vocabulary.classify_in

    def reading(text: str, languages: tuple[str, ...]) -> Any:
        answer = original(text, languages)
        if answer is not None:
            for name, (field_, pattern) in rules.items():
                if answer.field == field_ and pattern.search(answer.words):
                    out[name].add(sweep.FORM[0])
        return answer

    email = sections._holders_email

    def holders(*args: Any) -> bool:
        answer = email(*args)
        if answer:
            out["e-mail with the account"].add(sweep.FORM[0])
        return answer

    original.cache_clear()
    holders_of = [m for m in list(sys.modules.values()) if m is not None
                  and getattr(m, "classify_in", None) is original]
    for m in holders_of:
        m.classify_in = reading  # type: ignore[attr-defined]
    sections._holders_email = holders  # type: ignore[assignment]
    try:
        sweep.sweep([], real, only)
    finally:
        for m in holders_of:
            m.classify_in = original  # type: ignore[attr-defined]
        sections._holders_email = email  # type: ignore[assignment]
        original.cache_clear()
    return {name: sorted(forms) for name, forms in out.items()}


def main(argv: list[str]) -> int:
    real = Path(argv[argv.index("--real") + 1]) if "--real" in argv else None
    only = argv[argv.index("--only") + 1] if "--only" in argv else None
    if "--fires" in argv:
        print(json.dumps(fires(real, only), indent=1, ensure_ascii=False))
        return 0
    out: dict[str, Any] = {}
    chosen = [(m, f, c, grid, float(getattr(m, c)), {}) for m, f, c, grid in targets()]
    stack = [probing(m, f, c, grid, flips) for m, f, c, grid, _v, flips in chosen]
    with contextlib_all(stack):
        sweep.sweep([], real, only)
    for m, _f, c, grid, value, flips in chosen:
        out[f"{m.__name__}.{c}"] = margin(value, grid, flips)
    print(json.dumps(out, indent=1, ensure_ascii=False))
    return 0


@contextmanager
def contextlib_all(managers: Sequence[Any]) -> Iterator[None]:
    from contextlib import ExitStack
    with ExitStack() as stack:
        for m in managers:
            stack.enter_context(m)
        yield


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
