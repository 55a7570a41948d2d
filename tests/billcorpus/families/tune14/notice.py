"""Open tuning split tune14: Copper Valley Telecom (Valdez and the Copper River Basin, Alaska).

Modelled on Copper Valley's past-due statements: a disconnection notice on the bill with
several dates (the statement date among an original due date, a past-due date, a pay-by date
'to avoid disconnection' and a scheduled disconnection date; the service still active), and a
text layer as its print vendor writes it: labels split by a font change inside a word ('Acc'
in bold, 'ount' in regular), a letter-spaced heading, the account number drawn one glyph at a
time.
"""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics

from tests.billcorpus.blocks import mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, H, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.truth import Draft, address_key


def _split_label(s: Sheet, x: float, y: float, label: str, size: float = 8) -> None:
    """A label whose first letters are in bold and the rest in regular: two runs in one word."""
    cut = max(1, min(len(label) - 1, s.rng.randint(2, 4)))
    w = s.text(x, y, label[:cut], size, bold=True)
    s.text(x + w, y, label[cut:], size)


def _spaced(s: Sheet, x: float, y: float, word: str, size: float, space: float) -> None:
    """A heading letter-spaced by the PDF's character spacing."""
    c = s.c
    t = c.beginText(x, H - y)
    t.setFont(s.font, size)
    t.setCharSpace(space)
    t.textOut(word)
    t.setCharSpace(0)  # the spacing ends with the heading
    c.setFillColor(s.accent)
    c.drawText(t)
    c.setFillColor(HexColor("#000000"))
    s.drawn.append((s.page, s.role, word))
    s.rows.append((s.page, y, word))


def _glyphs(s: Sheet, x: float, y: float, value: str, size: float) -> None:
    """A value drawn one glyph at a time at its natural advance (one run per character)."""
    name = s.font
    s.c.setFont(name, size)
    for ch in value:
        s.c.drawString(x, H - y, ch)
        x += pdfmetrics.stringWidth(ch, name, size)
    s.drawn.append((s.page, s.role, value))  # the page reads it whole
    s.rows.append((s.page, y, value))


@family("coppervalley_notice", carrier="copper_valley", region="CVAK", lines=(1, 4), dialed=6,
        person_share=0.5, account=lambda r, c, b: f"{digits(r, 6)}",
        modelled_on="past-due statements of Copper Valley Telecom's kind (Valdez, Alaska): a "
        "disconnection notice with an original due date, a past-due date, a pay-by date to "
        "avoid disconnection and a scheduled disconnection date beside the statement date, "
        "labels split by a font change inside a word, a letter-spaced heading and the account "
        "number drawn one glyph at a time", accent="#B5121B", font="Helvetica")
def coppervalley_notice(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("paren", "dash"))
    sd = d.statement_date
    first_due = sd - timedelta(days=r.randint(10, 20))
    pay_by = sd + timedelta(days=r.randint(7, 12))
    cut_off = pay_by + timedelta(days=r.randint(1, 5))
    s.wordmark(40, 46, "Copper Valley Telecom", 18, "#B5121B")
    _spaced(s, 40, 64, "STATEMENT", 10, 3)
    s.box(330, 26, 246, 70, fill=LIGHT)
    rows = (("Account Number", None), ("Statement Date", date_text(sd, "long")),
            ("Main Line", phone(d.real_btn, style)), ("Past Due Since",
                                                        date_text(first_due, "us")),
            ("Amount Past Due", money(r, 60, 400)))
    for i, (lab, value) in enumerate(rows):
        _split_label(s, 338, 40 + i * 12, lab)
        if value is None:
            width = s.width(d.printed_account, 8.5)
            _glyphs(s, 568 - width, 40 + i * 12, d.printed_account, 8.5)
        else:
            s.text(568, 40 + i * 12, value, 8.5, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 50, 112, 9.5)
    s.box(38, 170, W - 76, 58, stroke=s.accent, line=1.4)
    s.text(46, 184, "DISCONNECTION NOTICE", 10, bold=True, color=s.accent)
    s.text(46, 198, f"Your payment due {date_text(first_due, 'abbr')} has not been received. "
                    f"Pay by {date_text(pay_by, 'abbr')} to avoid disconnection.", 7.5)
    s.text(46, 210, f"Service is scheduled to be disconnected on {date_text(cut_off, 'abbr')} "
                    "if the past-due amount is not paid. Your service is active today.", 7.5)
    s.text(46, 222, "A reconnection fee applies after disconnection.", 7.5, color=GREY)
    _split_label(s, 40, 250, "Service Address", 9)
    s.lines(40, 263, address_lines(d.service), 9)
    s.mark("service", address_key(d.service))
    y = 310.0
    _split_label(s, 40, y, "Telephone Service", 10)
    y += 14
    for n in d.numbers:
        s.text(44, y, phone(n, style), 8.5)
        s.text(170, y, r.choice(("Local Line", "Local Line + Long Distance", "Business Line")),
               8)
        s.text(W - 44, y, money(r, 20, 50), 8, align="right")
        y += 12
    y += 8
    for lab in ("Previous balance", "Payments received", "Late payment charge",
                "Alaska Universal Service", "Federal USF"):
        s.text(44, y, lab, 8)
        s.text(W - 44, y, money(r, 0, 90), 8, align="right")
        y += 11
    with s.roled("help"):
        s.text(40, y + 16, "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 7.5)
    notices(s, d, 40, y + 34, count=2, size=7)
    remit_stub(s, d, y=630)
