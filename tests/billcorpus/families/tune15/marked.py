"""Open tuning split tune15: Cordova Telephone (Alaska), a bill with the customer's marks.

The bill comes as the customer kept it: a 'PAID' stamp with a date, a check number and initials
in an empty part of the page, and a handwritten-style note (a raster, no text layer) naming another
number ('call Dave re: port 907-555-0133'): the customer's marks, never the carrier's print and
never proof; no value the case needs is under them.
"""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.colors import HexColor

from tests.billcorpus.blocks import help_lines, mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, H, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.truth import Draft, address_key


def _handwriting(s: Sheet, x: float, y: float, text: str, color: str = "#1F3FA0") -> None:
    """A note in the customer's hand: a raster of slanted strokes (no text layer)."""
    import io

    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader

    scale = 4
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 13 * scale)
    except OSError:
        font = ImageFont.load_default()
    w = int(font.getlength(text)) + 20
    img = Image.new("RGBA", (w, 22 * scale), (255, 255, 255, 0))
    ImageDraw.Draw(img).text((6, 4), text, font=font, fill=color)
    img = img.transform(img.size, Image.Transform.AFFINE, (1, 0.25, -10, 0, 1, 0))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    s.c.drawImage(ImageReader(buf), x, H - y - 22, width=w / scale, height=22, mask="auto")


@family("cordova_marked", carrier="cordova_tel", region="CDAK", lines=(1, 3), dialed=8,
        person_share=0.5, account=lambda r, c, b: f"{digits(r, 5)}-{digits(r, 2)}",
        modelled_on="statements of Cordova Telephone Cooperative's kind (Alaska) as the "
        "customer kept them: a red 'PAID' stamp with a date and initials and a handwritten "
        "note naming another number, both in empty parts of the page (the customer's marks, "
        "never proof), the lines with their monthly charges", accent="#005A8C",
        font="Helvetica")
def cordova_marked(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("dash", "paren", "dot"))
    s.wordmark(40, 46, "Cordova Telephone Cooperative", 16, "#005A8C", font="Helvetica-Bold")
    s.text(40, 60, "Serving Cordova since 1978", 7.5, color=GREY)
    facts = (("Account No.", d.printed_account),
             ("Bill Date", date_text(d.statement_date, r.choice(("abbr0", "us", "long")))),
             ("Main Number", phone(d.real_btn, style)), ("Please Pay", money(r, 40, 300)))
    s.box(330, 26, 246, 60, fill=LIGHT)
    for i, (lab, value) in enumerate(facts):
        s.text(338, 40 + i * 13, lab, 8)
        s.text(568, 40 + i * 13, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 50, 112, 9.5)
    s.text(330, 112, "Service Location", 9, bold=True, color=s.accent)
    s.lines(330, 125, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    y = 200.0
    s.text(40, y, "Local Service", 10, bold=True, color=s.accent)
    y += 14
    for n in d.numbers:
        s.text(44, y, phone(n, style), 8.5)
        s.text(170, y, r.choice(("Single Line Business", "Residential Line", "Fax Line")), 8)
        s.text(W - 44, y, money(r, 20, 50), 8.5, align="right")
        y += 12
    y += 8
    for lab in ("Internet 25 Mbps", "Alaska Universal Service", "Federal SLC", "E911"):
        s.text(44, y, lab, 8)
        s.text(W - 44, y, money(r, 1, 90), 8, align="right")
        y += 11
    help_lines(s, d, 40, y + 14, 7.5)
    notices(s, d, 40, y + 44, count=2, size=7)
    # the customer's marks, in empty parts of the page: never the carrier's print
    paid = d.statement_date + timedelta(days=r.randint(3, 20))
    s.c.saveState()
    s.c.translate(440, H - 500)
    s.c.rotate(12)
    s.c.setStrokeColor(HexColor("#C8102E"))
    s.c.setLineWidth(2)
    s.c.rect(-6, -8, 120, 34, stroke=1, fill=0)
    s.c.setFillColor(HexColor("#C8102E"))
    s.c.setFont("Helvetica-Bold", 16)
    s.c.drawString(0, 8, f"PAID {paid.month}/{paid.day}")
    s.c.setFont("Helvetica", 8)
    s.c.drawString(0, -3, f"ck #{r.randint(1000, 9999)}  {r.choice(('JM', 'RT', 'KW'))}")
    s.c.restoreState()
    note = d.pool.one(d.customer.npa)
    d.dialed.append(note)  # the customer's own note: another number, never the account's
    _handwriting(s, 260, 400, f"call {r.choice(('Dave', 'Linda', 'Sam'))} re: port "
                 f"{phone(note, 'dash')}")
    remit_stub(s, d, y=630)
