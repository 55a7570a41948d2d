"""Open tuning split tune16: Totah Communications (New Mexico), labels as icons only.

Totah's e-bill puts a glyph before each value and no word: a house before the service address,
a person before the account holder, a calendar before the statement date, a handset before the
lines (none of them named the billing number), a key at the foot of the page saying what each
glyph means, as modern e-bills do; beside them billing-cycle codes and serial figures that look
like dates or numbers ('Cycle 14', 'Bill period 2511', 'Statement no. 0112').
"""

from __future__ import annotations

from tests.billcorpus.blocks import mailing_block, remit_stub
from tests.billcorpus.draw import GREY, H, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.truth import Draft, address_key


def glyph(s: Sheet, x: float, y: float, kind: str, size: float = 11) -> None:
    """A pictogram (vector shapes, no text) whose bottom-left is at (x, y), top-left origin."""
    c, b = s.c, H - y
    c.setFillColor(s.accent)
    c.setStrokeColor(s.accent)
    if kind == "house":
        p = c.beginPath()
        p.moveTo(x, b + size * 0.55)
        p.lineTo(x + size / 2, b + size)
        p.lineTo(x + size, b + size * 0.55)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.rect(x + size * 0.15, b, size * 0.7, size * 0.55, stroke=0, fill=1)
    elif kind == "person":
        c.circle(x + size / 2, b + size * 0.75, size * 0.22, stroke=0, fill=1)
        c.ellipse(x + size * 0.1, b, x + size * 0.9, b + size * 0.55, stroke=0, fill=1)
    elif kind == "calendar":
        c.setLineWidth(1)
        c.rect(x, b, size, size * 0.8, stroke=1, fill=0)
        c.rect(x, b + size * 0.6, size, size * 0.2, stroke=0, fill=1)
        for i in range(3):
            c.rect(x + size * (0.15 + i * 0.28), b + size * 0.15, size * 0.15, size * 0.15,
                   stroke=0, fill=1)
    else:  # handset
        c.roundRect(x + size * 0.1, b + size * 0.35, size * 0.8, size * 0.25, size * 0.1,
                    stroke=0, fill=1)
        c.roundRect(x, b + size * 0.05, size * 0.3, size * 0.45, size * 0.1, stroke=0, fill=1)
        c.roundRect(x + size * 0.7, b + size * 0.05, size * 0.3, size * 0.45, size * 0.1,
                    stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0, 0, 0)


@family("totah_icons", carrier="totah", region="TTNM", lines=(1, 3), dialed=8,
        person_share=0.6, account=lambda r, c, b: digits(r, 6),
        modelled_on="e-bills of a small rural telephone company of Totah Communications' kind "
        "(northern New Mexico): a glyph and no word before each value (house, person, "
        "calendar, handset) with a key at the foot of the page, billing-cycle codes and serial "
        "figures that look like dates", accent="#8C4A1B", font="DejaVuSans")
def totah_icons(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    d.btn = None  # the handset marks the lines; none is named the billing number
    style = r.choice(("paren", "dash"))
    when = d.statement_date
    s.wordmark(40, 46, "Totah Communications", 18, "#8C4A1B")
    s.text(40, 60, f"Account {d.printed_account}", 9, bold=True)
    cycle = r.randint(1, 28)
    s.text(W - 40, 36, f"Cycle {cycle}   Bill period {when:%y%m}   Statement no. "
           f"{r.randint(1, 400):04d}", 7, align="right", color=GREY)
    mailing_block(s, d, 50, 100, 9.5)
    x, y = 320.0, 100.0
    glyph(s, x, y + 1, "person")
    s.text(x + 18, y, d.name, 9.5, bold=True)
    y += 18
    glyph(s, x, y + 1, "calendar")
    s.text(x + 18, y, date_text(when, r.choice(("long", "abbr0", "us"))), 9.5)
    y += 18
    glyph(s, x, y + 1, "house")
    end = s.lines(x + 18, y, address_lines(d.service), 9.5)
    s.mark("service", address_key(d.service))
    y = end + 6
    for n in d.numbers:
        glyph(s, x, y + 1, "handset")
        s.text(x + 18, y, phone(n, style), 9.5)
        y += 15
    y = max(y, 200.0) + 14
    s.rule(36, y - 10, W - 36, 0.5, GREY)
    for lab in ("Local service", "Internet 50 Mbps", "Extended area service", "NM Rural USF",
                "Federal SLC", "911 surcharge"):
        s.text(44, y, lab, 8.5)
        s.text(W - 44, y, money(r, 1, 70), 8.5, align="right")
        y += 12
    s.text(44, y + 6, "Total due", 9, bold=True)
    s.text(W - 44, y + 6, money(r, 60, 220), 9, bold=True, align="right")
    y += 28
    with s.roled("help"):
        s.lines(40, y, [f"{lab} {num}" for lab, num in d.carrier.help_lines], 7.5)
    y += 30
    s.text(40, y, "Key", 7.5, bold=True, color=GREY)
    x = 64.0
    for kind, word in (("person", "account holder"), ("calendar", "statement date"),
                       ("house", "service location"), ("handset", "lines on this account")):
        glyph(s, x, y + 1, kind, 8)
        x += 11 + s.text(x + 11, y, word, 7, color=GREY) + 14
    remit_stub(s, d, y=628)
