"""TWENTY-SECOND BLIND SPLIT: not for the reader's author (see families/blind22/__init__.py).

Print habits the blind22 families share: a column of facts at the head of page 1, a sidebar of
the carrier's contacts and hours, dot leaders in charge rows, numbers on the bill that are not
the customer's (a contact's call-back number, a former account, a reference shaped like a
telephone number: kept as traps or never numbers at all), a barcode with its caption, a rubber
stamp, a pen mark and a fold crease drawn as pixels (no text layer).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import replace

from reportlab.lib.utils import ImageReader

from portdesk.domain.case import Address
from tests.billcorpus.draw import GREY, H, Sheet, W
from tests.billcorpus.formats import digits
from tests.billcorpus.truth import Draft

TOLL_FREE = ("800", "833", "844", "855", "866", "877", "888")


def set_service(d: Draft, service: Address | None) -> None:
    """The service address the draft prints (None: the page prints none), the customer's own
    record unchanged unless an address is given."""
    if service is not None:
        same = d.customer.billing == d.customer.service
        billing = service if same else d.customer.billing
        d.customer = replace(d.customer, service=service, billing=billing)
        d.billing = billing
    d.service = service


def set_billing(d: Draft, billing: Address) -> None:
    d.customer = replace(d.customer, billing=billing)
    d.billing = billing


def rural_box(d: Draft, kind: str) -> Address:
    """A rural route or highway contract box for the mail ('RR 2 Box 145', 'HC 1 Box 22'), in
    the service address's town."""
    assert d.service is not None
    r = d.rng
    a = Address(f"{kind} {r.randint(1, 6)} Box {r.randint(10, 480)}", "", d.service.city,
                d.service.state, d.service.postal_code, d.service.country)
    set_billing(d, a)
    return a


def decoy(d: Draft, npa: str | None = None) -> str:
    """A number printed on the bill that is not the customer's (a contact's call-back number, a
    cell phone): kept among the truth's traps."""
    n = d.pool.one(npa or d.customer.npa)
    d.dialed.append(n)
    return n


def own_toll_free(d: Draft) -> str:
    """The customer's own toll-free number (8XX) on the account: theirs to port."""
    n = d.pool.one(d.rng.choice(TOLL_FREE))
    d.numbers.append(n)
    return n


def ref_like_phone(d: Draft) -> str:
    """An invoice, order or ticket number in the 3-3-4 shape of a telephone number whose first
    digit is 0 or 1 (never a line, never the account)."""
    r = d.rng
    return f"{r.choice('01')}{digits(r, 2)}-{digits(r, 3)}-{digits(r, 4)}"


def former_account(d: Draft) -> str:
    """A former or transferred account number of the account's shape, digits changed: printed in
    an adjustment row, never the account."""
    r = d.rng
    out = "".join(r.choice("123456789") if c.isdigit() else c for c in d.account_number)
    while out == d.account_number:
        out = "".join(r.choice("123456789") if c.isdigit() else c for c in d.account_number)
    return out


def last_first(d: Draft) -> str:
    """A person's record as 'LAST, FIRST M.' (a middle initial added when it has none); a
    business keeps its name. Returns the name first name first (for the envelope)."""
    if not d.customer.person:
        return d.name
    words = [w for w in d.name.split() if not w.endswith(".")]
    middle = next((w for w in d.name.split() if w.endswith(".")), "")
    middle = middle or f"{d.rng.choice('ABCDEJKLMRST')}."
    first, last = " ".join(words[:-1]), words[-1]
    d.name = f"{last}, {first} {middle}"
    return f"{first} {middle} {last}"


def leader(s: Sheet, x0: float, x1: float, y: float, label: str, value: str,
           size: float = 8.5, amount: str = "") -> None:
    """'Local line .......... 555-...   $24.99': the label, dots to the value, the amount."""
    s.text(x0, y, label, size)
    wl = s.width(label, size)
    wv = s.width(value, size)
    room = (x1 - 70 if amount else x1) - wv - x0 - wl - 8
    dots = "." * max(3, int(room / max(s.width(".", size), 1.0)))
    s.text(x0 + wl + 4, y, dots, size, color=GREY)
    s.text((x1 - 70) if amount else x1, y, value, size, align="right")
    if amount:
        s.text(x1, y, amount, size, align="right")


def sidebar(s: Sheet, d: Draft, x: float, y: float, w: float, hours: Sequence[str],
            title: str = "Contact Us", size: float = 7.5) -> float:
    """A narrow column down the margin: the carrier's help lines, website and hours."""
    rows: list[str] = []
    for label, number in d.carrier.help_lines:
        rows += [label, number]
    s.box(x, y, w, 28 + (len(rows) + len(hours) + 3) * (size + 3.5), stroke=GREY)
    s.text(x + 6, y + 14, title, size + 1.5, bold=True, color=s.accent)
    yy = y + 28
    with s.roled("help"):
        for k, row in enumerate(rows):
            s.text(x + 6, yy, row, size, bold=k % 2 == 1)
            yy += size + 3.5
    s.text(x + 6, yy + 4, d.carrier.domain, size)
    yy += size + 10
    s.text(x + 6, yy, "Office hours", size, bold=True)
    yy += size + 3.5
    for h in hours:
        s.text(x + 6, yy, h, size - 0.5, color=GREY)
        yy += size + 3.5
    return yy


def barcode(s: Sheet, x: float, y: float, caption: str, w: float = 190, h: float = 22) -> None:
    """Bars (rectangles, no text) over a caption of digits, as a scan line: it proves nothing."""
    r = s.rng
    c = s.c
    xx = x
    while xx < x + w:
        bw = r.choice((0.6, 0.9, 1.3, 1.8))
        c.rect(xx, H - y - h, bw, h, stroke=0, fill=1)
        xx += bw + r.choice((0.6, 0.9, 1.4))
    with s.roled("scanline"):
        s.text(x, y + h + 9, caption, 7.5, font="Courier")


def _picture(s: Sheet, x: float, y: float, img: object, scale: int) -> None:
    buf = io.BytesIO()
    img.save(buf, "PNG")  # type: ignore[attr-defined]
    buf.seek(0)
    s.c.drawImage(ImageReader(buf), x, H - y - img.height / scale,  # type: ignore[attr-defined]
                  width=img.width / scale, height=img.height / scale,  # type: ignore[attr-defined]
                  mask="auto")


def stamp(s: Sheet, x: float, y: float, word: str, color: str = "#B22222",
          angle: float = 10, size: float = 20) -> None:
    """A rubber stamp near the values ('RECEIVED', 'PAID' and a day): pixels only."""
    from PIL import Image, ImageDraw, ImageFont

    from tests.billcorpus.draw import _DEJAVU  # the corpus's own fonts

    scale = 4
    px = int(size * scale)
    try:
        font = ImageFont.truetype(str(_DEJAVU / "DejaVuSans-Bold.ttf"), px)
        small = ImageFont.truetype(str(_DEJAVU / "DejaVuSans-Bold.ttf"), px // 3)
    except OSError:
        font = small = ImageFont.load_default()
    wide = int(font.getlength(word)) + px
    img = Image.new("RGBA", (wide, int(px * 1.9)), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    draw.rectangle((4, 4, wide - 5, img.height - 5), outline=color, width=px // 10)
    draw.text((px // 2, px // 6), word, font=font, fill=color)
    day = s.rng.choice(("DEC 04", "NOV 18", "JAN 12", "FEB 27", "OCT 09"))
    draw.text((px // 2, int(px * 1.25)), day, font=small, fill=color)
    img = img.rotate(angle, expand=True, fillcolor=(255, 255, 255, 0))
    img.putalpha(img.getchannel("A").point(lambda v: int(v * 0.7)))
    _picture(s, x, y, img, scale)


def pen_mark(s: Sheet, x: float, y: float, note: str) -> None:
    """A handwriting-like tick and a few words in blue ink beside a value (no digits): pixels
    only, the customer's own mark, never proof."""
    from PIL import Image, ImageDraw, ImageFont

    from tests.billcorpus.draw import _DEJAVU

    scale = 4
    img = Image.new("RGBA", (560, 120), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    ink = (30, 50, 160, 220)
    draw.line((10, 60, 30, 95, 80, 15), fill=ink, width=6, joint="curve")
    try:
        font = ImageFont.truetype(str(_DEJAVU / "DejaVuSans-Oblique.ttf"), 44)
    except OSError:
        font = ImageFont.load_default()
    draw.text((100, 30), note, font=font, fill=ink)
    img = img.rotate(-4, expand=True, fillcolor=(255, 255, 255, 0))
    _picture(s, x, y, img, scale)


def crease(s: Sheet, y: float) -> None:
    """A fold crease across the page (a pale shadow line and a bright one beside it)."""
    c = s.c
    c.saveState()
    c.setStrokeColorRGB(0.55, 0.55, 0.55, alpha=0.55)
    c.setLineWidth(1.6)
    c.line(0, H - y, W, H - y - 3)
    c.setStrokeColorRGB(1, 1, 1, alpha=0.9)
    c.setLineWidth(1.0)
    c.line(0, H - y - 1.6, W, H - y - 4.6)
    c.restoreState()


def facts(s: Sheet, rows: Sequence[tuple[str, str]], x: float = 330, y: float = 40,
          size: float = 8.5, lead: float = 13, right: float = W - 40) -> float:
    for i, (label, value) in enumerate(rows):
        s.text(x, y + i * lead, label, size - 0.5, color=GREY)
        s.text(right, y + i * lead, value, size, bold=True, align="right")
    return y + len(rows) * lead
