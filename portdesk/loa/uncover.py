"""A value written over a widget that PortDesk does not fill must be seen.

A drop-down (or any widget that is neither text, tick nor signature) is never set: the value its
label asks for is written on the page under it, and the widget's own appearance, drawn above the
page (an empty white box with its border), hid it in every viewer and in the signed, flattened
copy: the report said "placed" and the printed LOA showed an empty Province. Such a widget is
hidden (the PDF's Hidden flag: neither shown nor printed, nor burnt in when the form is
flattened), and the report says so.
"""

from __future__ import annotations

from collections.abc import Sequence

from pypdf.generic import NameObject, NumberObject

from portdesk.loa.formscan import Widget
from portdesk.loa.overlay import Stamp

_HIDDEN = 2  # annotation flag bit 2


def uncover(widgets: Sequence[Widget], stamps: Sequence[Stamp]) -> list[str]:
    """Hide each widget PortDesk leaves unset whose box holds the start of a written value;
    one line per widget for the report."""
    said: list[str] = []
    for w in widgets:
        if w.kind != "other":
            continue
        x0, y0, x1, y1 = w.rect
        if not any(s.text and s.page == w.page and x0 - 1 <= s.x <= x1 and y0 - 1 <= s.y <= y1
                   for s in stamps):
            continue
        flags = int(w.obj.get("/F", 0))
        if flags & _HIDDEN:
            continue
        w.obj[NameObject("/F")] = NumberObject(flags | _HIDDEN)
        said.append(f"{w.field_name}: a drop-down or button PortDesk does not set, under which "
                    "its value is written: hidden so the value shows and prints; set it in a PDF "
                    "reader if the carrier needs the field itself")
    return said
