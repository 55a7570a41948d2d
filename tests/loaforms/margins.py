"""The margin of each chosen threshold, measured where it decides: every call of the function
that reads it is run again with the threshold moved over a grid, on every open drawn form
(held-back splits are never built) and the real forms, and a value *flips* where some call's
answer differs from the answer at the chosen value. A threshold's margin is the widest interval
around it with no flip on any form: over it every decision, so every figure, is the same.

python -m tests.loaforms.margins [--real SHARED] [--only SPLIT]
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
    from portdesk.loa import blanks, captions, reach
    steps = [round(0.1 * k, 2) for k in range(1, 61)]
    return [(reach, "ends_before", "_BREAK_MIN", [float(v) for v in range(4, 61)]),
            (reach, "ends_before", "_BREAK_ROWS", [round(1 + 0.05 * k, 2) for k in range(0, 61)]),
            (blanks, "_corner_caption", "_HUG_SHARE", [round(0.05 * k, 2) for k in range(1, 41)]),
            (captions, "footnote", "_RUN_ON_DROP", steps[:40]),
            (captions, "footnote", "_RUN_ON_INDENT", [float(v) for v in range(1, 41)]),
            (captions, "footnote", "_RUN_ON_WORDS", [float(v) for v in range(1, 13)])]


def main(argv: list[str]) -> int:
    real = Path(argv[argv.index("--real") + 1]) if "--real" in argv else None
    only = argv[argv.index("--only") + 1] if "--only" in argv else None
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
