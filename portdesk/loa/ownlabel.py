"""A text widget that holds its own label as its value ("Name / Firma:", "Telefon:").

Some forms print no label beside their boxes: each widget comes typed with its label, for the
customer to type over. That value is the box's label, not a value in it: the box is empty and
its label is inside it. A value a customer or carrier typed never ends in a colon; a label
does. Writing the case's value replaces the label (as typing over it would); a box we have no
value for keeps it, as the form came.
"""

from __future__ import annotations

import re

from portdesk.loa.formscan import Widget

_WORDS = 6  # a label inside its box is a short phrase; a longer one is an instruction
_LABEL = re.compile(r"^[^\d:]*[^\W\d][^\d:]*:$")  # letters (no digits) ending in one colon


def own_label(widget: Widget | None) -> str:
    """The label a text widget holds as its value, or "" when its value is no label."""
    if widget is None or widget.kind != "text":
        return ""
    raw = widget.field_obj.get("/V", widget.obj.get("/V"))
    value = " ".join(str(raw or "").split())
    if not value or len(value.split()) > _WORDS or not _LABEL.match(value):
        return ""
    return value
