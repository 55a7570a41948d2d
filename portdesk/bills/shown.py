"""Which words of a PDF's text layer the page actually shows.

Text the page does not show is not on the bill. A value drawn in the colour of what lies under it
(white on white), clipped away, or covered by an opaque box painted after it stays in the text
layer, yet no careful specialist ever sees it on screen or on paper: a template's sample values a
billing system blanked, an old address it overprinted. Read as the customer's, such words made
false matches (a hidden sample number taken as a line on the account).

The page is rendered once, small, exactly as a viewer paints it (fills, clips and painting order
included), and a word is shown when the pixels inside its box are not all one colour: a glyph
leaves ink of its own colour on what is under it. White text on a dark band is ink; a coloured
heading band drawn under the words is a background, not a cover. Only a word whose box is one flat
colour is dropped, so a word the page shows even in part, or one whose box a line or a
neighbour's ink crosses, is kept as before: on a doubt, the word stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.Image import Image

    from portdesk.bills.reader import Word

# pixels per point of the check's rendering: a 6 pt glyph is six pixels tall, enough to leave ink
SHOWN_SCALE = 1.0
# a box whose colours differ by no more than this in every channel (of 255) is one flat colour
_FLAT = 6
# pixels trimmed inside a word's loose box, so the edge of a box beside it is not counted as ink
_INSET = 1


def render_for_check(page: object, width: float, height: float, max_pixels: int) -> Image | None:
    """The page as a viewer shows it, at the check's scale within the pixel budget (or None when
    it cannot be rendered: then no word is dropped)."""
    import pypdfium2 as pdfium

    assert isinstance(page, pdfium.PdfPage)
    if page.get_rotation() % 360:
        return None  # a turned page: its text boxes are not in the rendering's frame, keep all
    scale = SHOWN_SCALE
    if width * height * scale * scale > max_pixels > 0:
        scale = (max_pixels / (width * height)) ** 0.5
    try:
        image: Image = page.render(scale=scale, draw_annots=False).to_pil().convert("RGB")
    except pdfium.PdfiumError:
        return None
    return image


def shown_words(words: Sequence[Word], image: Image | None, width: float) -> list[Word]:
    """The words whose box the rendered page does not paint in one flat colour."""
    if image is None or width <= 0:
        return list(words)
    scale = image.width / width
    return [w for w in words if _inked(image, w, scale)]


def _inked(image: Image, word: Word, scale: float) -> bool:
    if not any(ch.isalnum() for ch in word.text):
        return True  # a rule or a dot: too small to judge, and never a value on its own
    x0 = int(word.x0 * scale) + _INSET
    x1 = int(word.x1 * scale + 0.999) - _INSET
    top = int(word.top * scale) + _INSET
    bottom = int(word.bottom * scale + 0.999) - _INSET
    x0, top = max(x0, 0), max(top, 0)
    x1, bottom = min(x1, image.width), min(bottom, image.height)
    if x1 - x0 < 2 or bottom - top < 2:
        return True  # off the rendering or too small to judge: keep it
    extrema = image.crop((x0, top, x1, bottom)).getextrema()
    return any(high - low > _FLAT for low, high in extrema)  # type: ignore[misc]
