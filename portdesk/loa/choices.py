"""A drop-down (or list box) the value was written under is set, when one of its options is that
value.

The mapping places a value by the printed box a drop-down sits in; written on the page, it was
hidden by the drop-down's own white field (`uncover.py` now hides such a widget), and the form's
field stayed empty for a carrier that reads fields. The rule: the field is set when exactly one
option says the same thing as the value, as the form's reader would judge it: the same words
with case, accents, punctuation and "Saint"/"St" aside, or the same region by its code or its
name ("QC" / "Québec", "Queensland" / "QLD"). When no option or more than one does, nothing is
set (a wrong choice in a signed form is worse than a value written beside it) and the value
stays written, the widget hidden, as before.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from portdesk.domain.regions import region_spellings
from portdesk.loa.appearance import write_text
from portdesk.loa.formscan import Widget
from portdesk.loa.overlay import Stamp

_COMBO = 1 << 17
_SAINT = re.compile(r"\bsaint(e?)\b")  # "St. Andrew" / "Saint Andrew", "Ste" / "Sainte"


@dataclass(frozen=True, slots=True)
class Option:
    export: str  # what the field's value becomes
    shown: str  # what the reader sees


@dataclass(frozen=True, slots=True)
class ChoiceSet:
    widget: str  # the field's name
    value: str  # the value as the case holds it
    option: str  # the option's text now shown


def _inherited(w: Widget, key: str) -> object:
    node: DictionaryObject | None = w.obj
    for _ in range(32):
        if node is None:
            return None
        value = node.get(key)
        if value is not None:
            return value.get_object() if hasattr(value, "get_object") else value
        parent = node.get("/Parent")
        parent = parent.get_object() if parent is not None else None
        node = parent if isinstance(parent, DictionaryObject) else None
    return None


def is_choice(w: Widget) -> bool:
    return w.kind == "other" and _inherited(w, "/FT") == "/Ch"


def options(w: Widget) -> list[Option]:
    """The field's options (an option is a text, or a pair [export, shown]); empty ones left out."""
    raw = _inherited(w, "/Opt")
    out: list[Option] = []
    for item in cast(Sequence[object], raw if isinstance(raw, ArrayObject) else []):
        item = item.get_object() if hasattr(item, "get_object") else item
        if isinstance(item, ArrayObject) and len(item) == 2:
            export, shown = (str(v.get_object() if hasattr(v, "get_object") else v) for v in item)
        else:
            export = shown = str(item)
        if shown.strip() or export.strip():
            out.append(Option(export, shown if shown.strip() else export))
    return out


def fold(text: str) -> str:
    """Text as a reader compares it: accents, case, punctuation and "Saint"/"St" aside."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text)
                    if not unicodedata.combining(c)).casefold()
    plain = _SAINT.sub(r"st\1", re.sub(r"[^\w]+", " ", plain.replace("&", " and ")))
    return " ".join(plain.split())


def option_for(value: str, offered: Sequence[Option], country: str) -> Option | None:
    """The one option that says what `value` says, else None (none, or several that differ)."""
    wanted = {fold(s) for s in region_spellings(value, country)} - {""}
    hits = [o for o in offered if fold(o.export) in wanted or fold(o.shown) in wanted]
    exact = [o for o in hits if fold(o.export) == fold(value) or fold(o.shown) == fold(value)]
    chosen = exact or hits or _said_longer(fold(value), offered)
    return chosen[0] if len({(o.export, o.shown) for o in chosen}) == 1 else None


def _said_longer(value: str, offered: Sequence[Option]) -> list[Option]:
    """No option says the value word for word: the options that say it with words added at
    the end, or that the value says with words added ("MEO" / "MEO - Serviços de
    Comunicações, S.A.", a company's legal name; "AT&T Oklahoma" / "AT and T", the company
    without its region). The caller takes one only when it is the only one."""
    if not value:
        return []
    return [o for o in offered if any(
        t and (t.startswith(value + " ") or value.startswith(t + " "))
        for t in (fold(o.export), fold(o.shown))) or value in _bracketed(o)]


def _bracketed(option: Option) -> set[str]:
    """The names an option gives in brackets after the company's legal name ("Telefónica de
    España S.A.U. (Movistar)": the brand the customer knows the carrier by)."""
    return {fold(m) for t in (option.export, option.shown)
            for m in re.findall(r"\(([^()]+)\)", t)} - {""}


def _covered(w: Widget, stamps: Sequence[Stamp]) -> list[Stamp]:
    x0, y0, x1, y1 = w.rect
    return [s for s in stamps if s.text and s.page == w.page
            and x0 - 1 <= s.x <= x1 and y0 - 1 <= s.y <= y1]


def choose(writer: PdfWriter, w: Widget, value: str, country: str) -> Option | None:
    """Set the field to the option that says `value` (shown and printed); None: none does,
    nothing is set."""
    option = option_for(value, options(w), country)
    if option is None:
        return None
    write_text(writer, w, option.shown)
    target = w.obj if "/T" in w.obj else w.field_obj
    target[NameObject("/V")] = TextStringObject(option.export)
    if not int(cast(int, _inherited(w, "/Ff") or 0)) & _COMBO:  # a list box: its index too
        raw = cast(ArrayObject, _inherited(w, "/Opt"))
        index = next(n for n, item in enumerate(raw) if _export_of(item) == option.export)
        target[NameObject("/I")] = ArrayObject([NumberObject(index)])
    return option


def set_choices(writer: PdfWriter, widgets: Sequence[Widget], stamps: list[Stamp],
                country: str) -> list[ChoiceSet]:
    """Set each drop-down or list box whose box holds a written value one of its options says;
    the written value is taken off the page (the field shows it now). Returns what was set."""
    done: list[ChoiceSet] = []
    for w in widgets:
        if not is_choice(w):
            continue
        under = _covered(w, stamps)
        if not under:
            continue
        value = " ".join(s.text for s in sorted(under, key=lambda s: (-s.y, s.x)))
        option = choose(writer, w, value, country)
        if option is None:
            continue
        for s in under:
            stamps.remove(s)
        done.append(ChoiceSet(w.field_name, value, option.shown))
    return done


def _export_of(item: object) -> str:
    item = item.get_object() if hasattr(item, "get_object") else item
    if isinstance(item, ArrayObject) and len(item) == 2:
        first = item[0]
        return str(first.get_object() if hasattr(first, "get_object") else first)
    return str(item)
