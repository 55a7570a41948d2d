"""A page turned by /Rotate is read, and written on, the way a viewer shows it.

A landscape form is often a portrait page carrying /Rotate 90: its text and lines are drawn
sideways in the page's own space, and a viewer turns the page upright. Read in the page's own
space, every word came apart into single letters ("dSgnean") and no label sat beside its blank;
written there, a value would have run up the page. So the words and the drawn lines of a turned
page are read in the space a viewer shows (upright), the mapping works there as on any page, and
what PortDesk writes on the page (values, ticks, the signature, its date) is drawn in that upright
space and turned back onto the page when it is merged. Widgets keep their own rectangles (their
appearance is drawn in the page's own space).
"""

from __future__ import annotations

from dataclasses import dataclass

from pypdf import PageObject

Rect = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class Turn:
    angle: int  # clockwise, as a viewer turns the page: 0, 90, 180 or 270
    width: float  # the page's own width and height (its media box's top-right corner)
    height: float

    @property
    def shown_size(self) -> tuple[float, float]:
        return (self.height, self.width) if self.angle in (90, 270) else (self.width, self.height)

    def point(self, x: float, y: float) -> tuple[float, float]:
        """A point of the page's own space where a viewer shows it (origin bottom left)."""
        if self.angle == 90:
            return y, self.width - x
        if self.angle == 180:
            return self.width - x, self.height - y
        if self.angle == 270:
            return self.height - y, x
        return x, y

    def rect(self, r: Rect) -> Rect:
        (ax, ay), (bx, by) = self.point(r[0], r[1]), self.point(r[2], r[3])
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)

    def back(self) -> tuple[float, float, float, float, float, float]:
        """The matrix taking what is drawn upright (as shown) onto the page's own space."""
        if self.angle == 90:
            return 0, 1, -1, 0, self.width, 0
        if self.angle == 180:
            return -1, 0, 0, -1, self.width, self.height
        if self.angle == 270:
            return 0, -1, 1, 0, 0, self.height
        return 1, 0, 0, 1, 0, 0


def turn_of(angle: int, width: float, height: float) -> Turn:
    return Turn(angle % 360 if angle % 90 == 0 else 0, width, height)


def page_turn(page: PageObject) -> Turn:
    """A pypdf page's turn (its /Rotate) with its own size."""
    box = page.mediabox
    return turn_of(int(page.rotation or 0), float(box.right), float(box.top))
