"""Several statements in one PDF: the latest decides the account's values.

A portal's download or a customer's scan often holds two or three monthly statements of the
same account, newest first or last. An older statement prints what the account was: a holder's
former name, an address since changed, a line since disconnected. None of it is the account
today, so the check reads the latest statement only and says so in a notice.

A statement is a run of pages that opens with a page printing its own statement date under a
label and the account's number under its label; the next page with another labelled date opens
the next statement. Two or more such runs with different dates make the PDF a file of
statements; the run of the latest date is kept and every other page is read as empty (its page
number kept, so evidence still points at the page the specialist sees).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from portdesk.bills.reader import BillDocument
from portdesk.bills.values import Candidate


def statement_runs(pages: Iterable[int], dated: dict[int, date],
                   accounts: set[int]) -> list[tuple[date, list[int]]]:
    """(the statement's date, its pages) for each statement, in page order: a page with a
    labelled date of its own and a labelled account opens one when its date differs from the
    statement before it; the pages before the first such page belong to the first."""
    runs: list[tuple[date, list[int]]] = []
    for number in pages:
        day = dated.get(number) if number in accounts else None
        if day is not None and (not runs or runs[-1][0] != day):
            runs.append((day, [number]))
        elif runs:
            runs[-1][1].append(number)
        else:
            runs.append((date.min, [number]))  # before any dated page: joined below
    if len(runs) > 1 and runs[0][0] == date.min:
        runs[1] = (runs[1][0], runs[0][1] + runs[1][1])
        runs.pop(0)
    return runs


def latest_statement(doc: BillDocument, dates: list[Candidate],
                     accounts: list[Candidate]) -> BillDocument | None:
    """The document with only its latest statement's pages read, or None when it holds one
    statement. `dates` and `accounts` are the labelled statement dates and account numbers."""
    dated: dict[int, date] = {}
    for c in dates:
        if c.evidence is not None and isinstance(c.value, date):
            dated.setdefault(c.evidence.page, c.value)
    if len(set(dated.values())) < 2:
        return None
    with_account = {c.evidence.page for c in accounts if c.evidence is not None}
    runs = statement_runs((p.number for p in doc.pages), dated, with_account)
    if len({day for day, _ in runs}) < 2 or len(runs) < 2:
        return None
    day, kept = max(runs, key=lambda r: r[0])
    others = sorted({d for d, _ in runs} - {day})
    shown = ", ".join(d.isoformat() for d in others)
    notice = (f"This PDF holds {len(runs)} statements; only the latest ({day.isoformat()}, "
              f"page{'s' if len(kept) > 1 else ''} {', '.join(map(str, kept))}) was read: "
              f"an older statement ({shown}) shows what the account was, not what it is.")
    pages = tuple(p if p.number in kept else replace(p, words=(), pictures=())
                  for p in doc.pages)
    return replace(doc, pages=pages, notices=(*doc.notices, notice))
