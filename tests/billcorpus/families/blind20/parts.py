"""TWENTIETH BLIND SPLIT: not for the reader's author (see families/blind20/__init__.py).

Print habits the blind20 families share: a holder in capitals as 'LAST, FIRST M.', accounts
printed in spaced groups beside an invoice or customer number of the same length, a payment
history with ten-digit confirmation numbers, a numbers table continued over the page break with
its header repeated, taxes named after a city or a county, the customer's own toll-free and fax
numbers, regulatory IDs and a ten-digit PIN in the small print, a rubber stamp and a fold crease
drawn as pixels (no text layer).
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import timedelta

from reportlab.lib.utils import ImageReader

from portdesk.domain.case import Address
from tests.billcorpus.draw import GREY, H, Sheet, W
from tests.billcorpus.formats import date_text, digits
from tests.billcorpus.truth import Draft

TOLL_FREE = ("800", "833", "844", "855", "866", "877", "888")
_INITIALS = "ABCDEFGHJKLMNPRSTW"


def set_service(d: Draft, service: Address, billing_same: bool | None = None) -> None:
    """Give the customer another service address (the billing one follows when it was the
    same), keeping the draft and the customer the cases are typed from in step."""
    same = d.customer.billing == d.customer.service if billing_same is None else billing_same
    billing = service if same else d.customer.billing
    d.customer = replace(d.customer, service=service, billing=billing)
    d.service, d.billing = service, billing


def set_billing(d: Draft, billing: Address) -> None:
    d.customer = replace(d.customer, billing=billing)
    d.billing = billing


def last_first(d: Draft) -> str:
    """The record in capitals; a person as 'LAST, FIRST M.' (a middle initial added when the
    record has none). Returns the envelope's first line (the same name, first name first)."""
    d.upper()
    if not d.customer.person:
        return d.name
    words = [w for w in d.name.split() if not w.endswith(".")]
    middle = next((w for w in d.name.split() if w.endswith(".")), "")
    middle = middle or f"{d.rng.choice(_INITIALS)}."
    first, last = " ".join(words[:-1]), words[-1]
    d.name = f"{last}, {first} {middle}"
    return f"{first} {middle} {last}"


def grouped(rng_digits: str, groups: tuple[int, ...]) -> str:
    """'8260 17 123 4567 0': the account's digits in the billing system's groups."""
    out, k = [], 0
    for g in groups:
        out.append(rng_digits[k:k + g])
        k += g
    return " ".join(out)


def confirmation(d: Draft) -> str:
    """A payment's ten-digit confirmation number (never a line: it starts with 0 or 1 half the
    time, and otherwise is any ten digits)."""
    r = d.rng
    return f"{r.choice('0123456789')}{digits(r, 9)}"


def payment_history(s: Sheet, d: Draft, x: float, y: float, rows: int = 3,
                    size: float = 7.5, title: str = "Payment History") -> float:
    """The last payments: dates, amounts and ten-digit confirmation numbers."""
    r = s.rng
    s.text(x, y, title, size + 1.5, bold=True, color=s.accent)
    s.box(x - 4, y + 4, 250, 14 + rows * (size + 4), stroke=GREY)
    yy = y + 14
    for head, dx in (("Date", 0), ("Amount", 62), ("Confirmation #", 130)):
        s.text(x + dx, yy, head, size, bold=True)
    for k in range(rows):
        yy += size + 4
        day = d.statement_date - timedelta(days=30 * (k + 1) - r.randint(0, 6))
        s.text(x, yy, date_text(day, "us"), size)
        s.text(x + 62, yy, f"${r.randint(2000, 90000) / 100:,.2f}", size)
        s.text(x + 130, yy, confirmation(d), size)
    return yy + 12


def own_toll_free(d: Draft) -> str:
    """The customer's own toll-free number (8XX) on the account: theirs to port."""
    n = d.pool.one(d.rng.choice(TOLL_FREE))
    d.numbers.append(n)
    return n


def carrier_toll_free(d: Draft) -> str:
    """One more of the carrier's own toll-free lines (never the customer's)."""
    r = d.rng
    n = f"+1{r.choice(TOLL_FREE)}{r.randint(201, 989)}{digits(r, 4)}"
    if n[5:8] == "555":
        n = n[:5] + "556" + n[8:]
    d.help_numbers.append(n)
    return n


def pin(d: Draft) -> str:
    """A ten-digit account PIN or security code (never a line)."""
    return f"{d.rng.choice('0123456789')}{digits(d.rng, 9)}"


def stamp(s: Sheet, x: float, y: float, word: str, color: str = "#B22222",
          angle: float = 12, size: float = 22) -> None:
    """A rubber stamp over the header ('PAID', 'RECEIVED' and a date): pixels only."""
    from PIL import Image, ImageDraw, ImageFont

    from tests.billcorpus.draw import _DEJAVU  # the corpus's own fonts

    scale = 4
    px = int(size * scale)
    try:
        font = ImageFont.truetype(str(_DEJAVU / "DejaVuSans-Bold.ttf"), px)
        small = ImageFont.truetype(str(_DEJAVU / "DejaVuSans-Bold.ttf"), px // 3)
    except OSError:
        font = small = ImageFont.load_default()
    w = int(font.getlength(word)) + px
    img = Image.new("RGBA", (w, int(px * 1.9)), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    draw.rectangle((4, 4, w - 5, img.height - 5), outline=color, width=px // 10)
    draw.text((px // 2, px // 6), word, font=font, fill=color)
    day = s.rng.choice(("DEC 02", "NOV 14", "JAN 09", "MAR 21", "OCT 30"))
    draw.text((px // 2, int(px * 1.25)), day, font=small, fill=color)
    img = img.rotate(angle, expand=True, fillcolor=(255, 255, 255, 0))
    alpha = img.getchannel("A").point(lambda v: int(v * 0.7))
    img.putalpha(alpha)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    s.c.drawImage(ImageReader(buf), x, H - y - img.height / scale, width=img.width / scale,
                  height=img.height / scale, mask="auto")


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
