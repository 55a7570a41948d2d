"""Open tuning split tune15: Ptera (Washington) and Panhandle Telephone (Oklahoma).

Ptera's e-bill was assembled from pieces: the account box (account number, statement date,
amount) and the envelope window (name and mailing address) are pictures, raster images with no
text layer, while the rest of the page is text; the payment stub repeats the account, the name and
the mailing address as text, under a Code 128 barcode whose human-readable line runs the account,
the amount and the date together, beside an invoice number as long as the account number.
Panhandle's PDF holds three monthly statements, newest first: the case's statement is the first;
the older two print a previous service address, the holder's name as it was, and a line since
disconnected (not on the account today); each statement is a page of its own.
"""

from __future__ import annotations

import io
from datetime import timedelta

from reportlab.graphics.barcode import code128
from reportlab.lib.utils import ImageReader

from tests.billcorpus.blocks import help_lines, mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, H, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.people import REGIONS, us_address
from tests.billcorpus.truth import Draft, address_key

_DEJAVU = "/usr/share/fonts/truetype/dejavu/"


def picture(s: Sheet, x: float, y: float, rows: list[tuple[str, bool]], size: float = 9,
            width: float = 240, box: bool = False) -> None:
    """Rows of words drawn into a raster image placed at (x, y): seen on the page, not in its
    text layer (a scan's OCR reads them; the text layer does not)."""
    from PIL import Image, ImageDraw, ImageFont

    scale = 4
    lead = size * 1.35
    img = Image.new("RGB", (int(width * scale), int((len(rows) * lead + 6) * scale)), "white")
    draw = ImageDraw.Draw(img)
    for i, (row, bold) in enumerate(rows):
        font = ImageFont.truetype(_DEJAVU + ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"),
                                  int(size * scale))
        draw.text((3 * scale, int((3 + i * lead) * scale)), row, font=font, fill="black")
    if box:
        draw.rectangle((0, 0, img.width - 1, img.height - 1), outline="#777777", width=scale)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    h = img.height / scale
    s.c.drawImage(ImageReader(buf), x, H - y - h, width=width, height=h)


@family("ptera_pictures", carrier="ptera", region="PTWA", lines=(1, 3), dialed=8,
        person_share=0.5, account=lambda r, c, b: digits(r, 8),
        modelled_on="e-bills of Ptera's kind (Washington, fixed wireless and voice): the account "
        "box and the envelope window drawn as pictures (no text layer) beside a text page, the "
        "stub repeating the account, name and mailing address as text under a barcode whose "
        "human-readable line runs account, amount and date together, an invoice number as long "
        "as the account number", accent="#00857C", font="DejaVuSans")
def ptera_pictures(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None and d.billing is not None
    d.btn = None  # the lines are listed, none of them under a billing-number label
    style = r.choice(("paren", "dash"))
    s.wordmark(40, 46, "Ptera", 26, "#00857C")
    s.text(40, 60, "Internet  |  Voice  |  Liberty Lake, WA", 7.5, color=GREY)
    amount = money(r, 40, 300)
    invoice = d.printed_account
    while invoice == d.printed_account:
        invoice = digits(r, 8)
    picture(s, 330, 26, [("Account Number", False), (d.printed_account, True),
                         ("Statement Date", False),
                         (date_text(d.statement_date, r.choice(("long", "abbr0"))), True),
                         ("Amount Due", False), (amount, True)], 8.5, 246, box=True)
    picture(s, 46, 108, [(d.name, False), *((row, False) for row in address_lines(d.billing))],
            9.5, 250)
    s.text(40, 196, "Service Address", 9, bold=True, color=s.accent)
    s.lines(40, 209, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    s.text(330, 196, "Voice Lines", 9, bold=True, color=s.accent)
    y = 209.0
    for n in d.numbers:
        s.text(330, y, phone(n, style), 9)
        y += 12
    s.text(330, y + 4, f"Invoice No. {invoice}", 8, color=GREY)
    y = max(y + 30, 262.0)
    s.text(40, y, "Charges this period", 10, bold=True, color=s.accent)
    y += 14
    for lab in ("Fixed wireless 100 Mbps", "Voice line(s)", "Equipment rental", "WA 911 tax",
                "Federal USF"):
        s.text(44, y, lab, 8.5)
        s.text(W - 44, y, money(r, 1, 90), 8.5, align="right")
        y += 12
    help_lines(s, d, 40, y + 14, 7.5)
    notices(s, d, 40, y + 44, count=2, size=7)
    remit_stub(s, d, y=610)
    digits_amount = "".join(c for c in amount if c.isdigit())
    run = f"{d.printed_account}{int(digits_amount):07d}{d.statement_date:%m%d%y}"
    bar = code128.Code128(run, barHeight=26, barWidth=0.8)
    bar.drawOn(s.c, 330, H - 770)
    with s.roled("scanline"):
        s.text(334, 778, run, 7.5, font="Courier")


def _statement(s: Sheet, d: Draft, when: object, name: str, service: object,
               numbers: list[str], style: str, newest: bool, k: int) -> None:
    r = s.rng
    s.wordmark(40, 46, "Panhandle Telephone Cooperative", 15, "#7A1F1F", font="Helvetica-Bold")
    s.text(40, 60, "Guymon, Oklahoma", 7.5, color=GREY)
    s.text(W - 40, 36, f"Statement {k} of 3 in this file", 7, align="right", color=GREY)
    facts = (("Account Number", d.printed_account),
             ("Statement Date", date_text(when, "abbr0")),  # type: ignore[arg-type]
             ("Amount Due", money(r, 40, 250)))
    s.box(330, 44, 246, 46, fill=LIGHT)
    for i, (lab, value) in enumerate(facts):
        s.text(338, 58 + i * 13, lab, 8)
        s.text(568, 58 + i * 13, value, 8.5, bold=True, align="right")
    mailing_block(s, d, 50, 112, 9.5, name_lines=[name])
    s.text(330, 112, "Service Address", 9, bold=True, color=s.accent)
    s.lines(330, 125, address_lines(service), 9)  # type: ignore[arg-type]
    if newest:
        s.mark("service", address_key(service))  # type: ignore[arg-type]
    y = 200.0
    s.text(40, y, "Local Service", 10, bold=True, color=s.accent)
    y += 14
    for n in numbers:
        s.text(44, y, phone(n, style), 8.5)
        s.text(170, y, r.choice(("Business Line", "Residence Line", "Fax Line")), 8)
        s.text(W - 44, y, money(r, 18, 45), 8.5, align="right")
        y += 12
    y += 8
    for lab in ("Oklahoma Universal Service", "Federal SLC", "911 Fee"):
        s.text(44, y, lab, 8)
        s.text(W - 44, y, money(r, 1, 12), 8, align="right")
        y += 11
    help_lines(s, d, 40, y + 14, 7.5)


@family("panhandle_three", carrier="panhandle_tel", region="PTOK", lines=(2, 4), dialed=6,
        person_share=0.5, account=lambda r, c, b: f"{digits(r, 4)}-{digits(r, 3)}",
        modelled_on="statement files of Panhandle Telephone Cooperative's kind (Oklahoma): three "
        "monthly statements in one PDF, newest first, each a page of its own; the older ones "
        "print a previous service address, the holder's name as it was and a line since "
        "disconnected", accent="#7A1F1F", font="Helvetica")
def panhandle_three(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("paren", "dash"))
    gone = d.pool.one(d.customer.npa)
    d.dialed.append(gone)  # a line on the older statements only: disconnected since
    old_service = us_address(r, r.choice(REGIONS["PTOK"]), 0.3)
    if d.customer.person:
        first, *rest = d.name.split()
        old_name = f"{first} {r.choice(('Hale', 'Ortiz', 'Brandt'))}" if rest else d.name
    else:
        old_name = d.name.split()[0] + " " + r.choice(("Supply", "Services", "Farm Store"))
    months = [d.statement_date - timedelta(days=30 * i) for i in range(3)]
    moved_at = r.choice((1, 2))  # the older statements from here on print the old address
    for k, when in enumerate(months):
        if k:
            s.new_page()
        older = k > 0
        _statement(s, d, when, old_name if older else d.name,
                   old_service if k >= moved_at else d.service,
                   [*d.numbers[:1], gone, *d.numbers[1:]] if older else d.numbers,
                   style, not older, k + 1)
        if not older:
            s.mark("btn", d.real_btn)
            s.text(330, 175, f"Billing Number  {phone(d.real_btn, style)}", 8.5, bold=True)
            notices(s, d, 40, 470, count=2, size=7)
            remit_stub(s, d, y=630)
