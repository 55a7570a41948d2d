"""Label words as bills shorten them: "Stmt Dt", "Primary Tel. No.", "Billing No.:", "Acct #".

One table for the whole reader. A carrier short of room abbreviates any word of a label, and a
list of every shortened label ("acct no", "billing tel.", "main tel") only ever covers the
bills it was written from. The label vocabulary (labelmatch.py) and the context of a place
(context.py) read a label as printed first, then with its short words spelled out: a label
printed in full keeps its meaning, and a shortened one means what its full words mean.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# full word -> the short forms bills print for it (compared without marks: "Tel." is "tel")
SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "number": ("no", "nbr", "num", "#"),
    "telephone": ("tel", "teleph"),
    "phone": ("ph",),
    "statement": ("stmt", "stmnt"),
    "date": ("dt",),
    "account": ("acct", "acc"),
    "service": ("svc", "serv"),
    "address": ("addr", "adr"),
    "location": ("loc",),
    "amount": ("amt",),
    "customer": ("cust",),
    "primary": ("prim",),
    "master": ("mstr",),
    "invoice": ("inv",),
}
FULL: dict[str, str] = {short: full for full, shorts in SHORT_FORMS.items() for short in shorts}
_WORD = re.compile(r"(?<![\w#])(" + "|".join(sorted(
    (re.escape(s) for s in FULL), key=len, reverse=True)) + r")\.?(?![\w])")


def spell_tokens(tokens: list[str], shapes: dict[str, str] | None = None,
                 shape: Callable[[str], str] | None = None) -> list[str]:
    """Label tokens (lower case, marks off but '#') with their short forms spelled out. A mark
    for "number" ('#', 'No.') stands for it only after a word it numbers ("Acct #"): a line
    starting with '# 5' is a unit, 'No client' French. On a scan (`shapes`, `shape`: the letters
    OCR confuses taken as one) 'Sve' is 'Svc' read a stroke off."""
    out = []
    for at, token in enumerate(tokens):
        full = FULL.get(token)
        if full is None and shapes is not None and shape is not None:
            full = shapes.get(shape(token))
        out.append(token if full is None or (full == "number" and not any(
            t.isalpha() for t in tokens[:at])) else full)
    return out


def spell_out(text: str) -> str:
    """Folded label text with every short word spelled out ('stmt dt' -> 'statement date')."""
    return _WORD.sub(lambda m: m.group(0) if FULL[m.group(1)] == "number" and not re.search(
        "[a-z]", text[:m.start()]) else FULL[m.group(1)], text)
