"""Account numbers a bill prints only in part, in every form carriers use for it.

Carriers hide an account's head for the customer's safety and print only its end: "**** **** 7494",
"xxxx-xx-1234", "•••• 7494", "...7494", "Account ending in 0177", "se terminant par 0177". The
end is all the bill says about the account, so a typed number that ends the same way can be
neither confirmed nor contradicted by it ("unverifiable"), and one that ends otherwise is another
account. The printed end is kept with a mark before it ("…0177") so every later step knows the
value is partial, whichever way the bill said so.
"""

from __future__ import annotations

import re

MASK_CHARS = "*•●…"
# the words that say only the end of a number follows ("ending in 0177", "last 4 digits 0177")
_TAIL_WORDS = (r"(?:ending (?:in|with)|ends (?:in|with)|ending|last (?:4|four) (?:digits )?(?:of )?|"
               r"last digits|se terminant (?:par|en)|terminant (?:par|en)|finissant (?:par|en)|"
               r"qui se termine (?:par|en))")
_TAIL_START = re.compile(rf"(?i)^\W*{_TAIL_WORDS}\W*(?=[\dA-Za-z*•●]*\d)")
_TAIL_END = re.compile(rf"(?i)\b{_TAIL_WORDS}\W*$")
_DOTS = re.compile(r"^\s*(?:\.{2,}|…)\s*(?=\d)")
_MARKS = re.compile(r"[*•●…]|[xX]{2,}")


def is_masked(value: str) -> bool:
    return any(c in MASK_CHARS for c in value) or bool(re.search(r"[xX]{3,}", value))


def tail_lead(text: str) -> tuple[str, bool]:
    """The value with a lead that says only its end follows taken off ("ending in 0177",
    "...7494"), and whether there was one."""
    for pattern in (_TAIL_START, _DOTS):
        m = pattern.match(text)
        if m is not None:
            return text[m.end():], True
    return text, False


def says_tail(label_text: str) -> bool:
    """A label whose last words say the value under or after it is a number's end
    ("Account ending in", "Compte se terminant par")."""
    return _TAIL_END.search(label_text) is not None


def as_tail(value: str) -> str:
    """A number's printed end, marked as partial."""
    return value if is_masked(value) else "…" + value.strip()


def visible_end(value: str) -> str:
    """The digits a masked value shows after its last mask mark ("**** 7494" -> "7494")."""
    parts = _MARKS.split(value)
    return re.sub(r"\D", "", parts[-1]) if len(parts) > 1 else re.sub(r"\D", "", value)


def masked_with_full(values: list[str]) -> set[str]:
    """The masked readings among an account's readings ('*** *** 5678' at the top) whose shown
    digits end a full reading the bill prints elsewhere ('690 412 5678' on the stub): the same
    account, which the full reading gives whole."""
    full = [re.sub(r"\D", "", v) for v in values if not is_masked(v)]
    out = set()
    for v in values:
        shown = re.sub(r"\D", "", v)
        if is_masked(v) and len(shown) >= 3 and any(
                len(f) > len(shown) and f.endswith(shown) for f in full):
            out.add(v)
    return out
