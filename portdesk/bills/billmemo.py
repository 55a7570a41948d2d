"""The answers of the reader's text rules, remembered while one bill is read and checked.

The finders ask the same small questions of the same printed texts many times over: what a
label says (context.classify), which numbers a line prints (parse.phones_in), which carriers it
names (carriers.carriers_named_in). One text layer repeats a few hundred texts, asked about
thousands of times. A rule marked `per_bill` answers each text once inside `one_bill()` and
asks again outside it: the memo lives in a context variable set for the read of one bill (its
check or its extraction) and dropped when that ends, so nothing is kept from one bill or one
check to the next (a carrier list changed between checks is read afresh) and no other thread
or test ever sees it.

Only pure rules of their arguments may be marked: an answer that depended on anything else
would be remembered wrong. A list answered is handed back as a fresh copy each time, so a
caller extending it never changes what the next caller gets.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, ParamSpec, TypeVar, cast

P = ParamSpec("P")
R = TypeVar("R")

_MEMO: ContextVar[dict[Hashable, Any] | None] = ContextVar("bill_text_memo", default=None)


@contextmanager
def one_bill() -> Iterator[None]:
    """Remember the marked rules' answers until the block ends (nested: the outer memo, the
    same bill's)."""
    if _MEMO.get() is not None:
        yield
        return
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def per_bill(rule: Callable[P, R]) -> Callable[P, R]:
    """Mark a pure rule of hashable arguments (texts, flags) as answered once per bill."""

    @functools.wraps(rule)
    def remembered(*args: P.args, **kwargs: P.kwargs) -> R:
        memo = _MEMO.get()
        if memo is None:
            return rule(*args, **kwargs)
        key = (rule, args, tuple(sorted(kwargs.items())) if kwargs else ())
        try:
            got = memo[key]
        except KeyError:
            got = memo[key] = rule(*args, **kwargs)
        return cast(R, list(got)) if isinstance(got, list) else cast(R, got)

    return remembered
