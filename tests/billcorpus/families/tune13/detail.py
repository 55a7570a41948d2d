"""Open tuning split tune13: Hiawatha Broadband (south-east Minnesota) and Highland Telephone
Cooperative (the Cumberland Plateau of Tennessee).

Modelled on Hiawatha Broadband's business statements (page 1 the account and its lines; pages of
itemised calls after it with 'From' and 'To' columns, incoming and outgoing, so the customer's
lines stand beside many other numbers; every page headed with the account number and 'Page n of
m', a line's calls running over a page break under 'continued') and on Highland's hosted-voice
statements (a directory of users, each with an extension, a device and a direct number, the main
number marked as the hunt group pilot with a footnote mark glued to it; dot leaders in the
summary; ten-digit order and trouble-ticket numbers that look like phone numbers).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.people import person_name
from tests.billcorpus.truth import Draft, address_key

_PLACES = ("WINONA MN", "ROCHESTER MN", "LA CROSSE WI", "MINNEAPOLIS MN", "TOLL FREE",
           "CHICAGO IL", "INCOMING", "DES MOINES IA", "MADISON WI")


def _header(s: Sheet, d: Draft, page: int, pages: int) -> None:
    s.text(40, 36, "Hiawatha Broadband", 11, bold=True, color=s.accent)
    s.text(W - 40, 36, f"Account {d.printed_account}   Page {page} of {pages}", 7.5,
           align="right")
    s.text(W - 40, 47, f"Statement date {date_text(d.statement_date, 'abbr')}", 7.5,
           align="right")
    s.rule(36, 54, W - 36, 0.8, s.accent)


@family("hiawatha_calls", carrier="hiawatha", region="HBMN", lines=(2, 4), dialed=14,
        person_share=0.2, account=lambda r, c, b: f"{r.randint(10000, 99999)}-{digits(r, 2)}",
        modelled_on="business statements of Hiawatha Broadband's kind (Winona, Minnesota): page "
        "1 the account, its lines and the charges; then two or three pages of itemised calls "
        "with 'From' and 'To' columns (outgoing and incoming, many other numbers), each page "
        "headed with the account number and 'Page n of m', a line's calls running over the "
        "page break under 'continued'", accent="#00558C", font="DejaVuSans")
def hiawatha_calls(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("dash", "paren"))
    calls = []  # (own line, other number, incoming?) in order, line by line
    for n in d.numbers[:3]:
        for _ in range(r.randint(14, 36)):
            calls.append((n, r.choice(d.dialed), r.random() < 0.35))
    paged = _paginate(calls)
    if d.detail_pages:
        paged = (paged * d.detail_pages)[:d.detail_pages]
    pages = 1 + len(paged)
    _header(s, d, 1, pages)
    mailing_block(s, d, 50, 96, 9.5)
    s.box(330, 70, 246, 78, fill=LIGHT)
    for i, (label, value) in enumerate((("Account Number", d.printed_account),
                                        ("Statement Date", date_text(d.statement_date, "long")),
                                        ("Main Number", phone(d.real_btn, style)),
                                        ("Total Due", money(r, 60, 500)))):
        s.text(338, 86 + i * 15, label, 8)
        s.text(568, 86 + i * 15, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    s.text(40, 176, "Service Address", 8, bold=True, color=s.accent)
    s.text(40, 188, ", ".join(address_lines(d.service)), 8.5)
    s.mark("service", address_key(d.service))
    s.text(40, 214, "Voice Lines", 11, bold=True, color=s.accent)
    body = [(phone(n, style), "Business Voice Line" if k else "Business Voice Line (main)",
             money(r, 20, 40)) for k, n in enumerate(d.numbers)]
    y = s.table(40, 232, ("Line", "Service", "Monthly"), body, (160, 300, 80), size=8.5,
                align=("left", "left", "right"))
    for label in ("Long distance (see call detail)", "Federal USF", "MN 911 Surcharge",
                  "Fiber Internet 500"):
        s.text(44, y + 6, label, 8)
        s.text(W - 44, y + 6, money(r, 1, 90), 8, align="right")
        y += 11
    with s.roled("help"):
        s.text(40, y + 24, "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 7.5)
    notices(s, d, 40, y + 44, count=2, size=7)
    remit_stub(s, d, y=622)
    k = 0
    for p, chunk in enumerate(paged):
        s.new_page()
        _header(s, d, 2 + p, pages)
        with s.roled("detail"):
            _calls_page(s, d, chunk, style, k, len(calls), calls[(k - 1) % len(calls)][0] if k else "")
        k += len(chunk)


_TOP, _BOTTOM, _ROW, _HEAD = 96.0, 740.0, 10.5, 24.0


def _paginate(calls: list[tuple[str, str, bool]]) -> list[list[tuple[str, str, bool]]]:
    """The calls as the pages hold them: a line's heading (and its header row) takes room."""
    pages: list[list[tuple[str, str, bool]]] = []
    y, last = _BOTTOM + 1, ""
    for call in calls:
        need = _ROW + (_HEAD if call[0] != last or y > _BOTTOM else 0)
        if y + need > _BOTTOM:
            pages.append([])
            y, need = _TOP, _ROW + _HEAD
        pages[-1].append(call)
        y += need
        last = call[0]
    return pages


def _calls_page(s: Sheet, d: Draft, chunk: list[tuple[str, str, bool]], style: str,
                start: int, total: int, prev: str) -> None:
    """One page of calls; a line whose calls began on the page before is headed 'continued'."""
    r = s.rng
    s.text(40, 76, "Itemized Calls", 12, bold=True)
    heads = ("Date", "Time", "From", "To", "Place", "Min", "Amount")
    xs = (40, 86, 140, 230, 320, 450, 500)
    y, last = _TOP, ""
    for i, (own, other, incoming) in enumerate(chunk):
        k = start + i
        if own != last:
            more = " (continued)" if i == 0 and own == prev else ""
            s.text(40, y, f"Calls for {phone(own, style)}{more}", 8.5, bold=True)
            s.box(38, y + 4, W - 76, 11, fill=LIGHT)
            for x, h in zip(xs, heads, strict=True):
                s.text(x, y + 12, h, 7.5, bold=True)
            y += _HEAD
            last = own
        day = d.statement_date - timedelta(days=30 - (k * 29) // max(1, total))
        src, dst = (other, own) if incoming else (own, other)
        cells = (f"{day:%m/%d}", f"{(k * 7) % 12 + 1}:{(k * 13) % 60:02d}",
                 phone(src, style), phone(dst, style),
                 "INCOMING" if incoming else r.choice(_PLACES), str(1 + (k * 3) % 17),
                 "0.00" if incoming else f"{(k % 6) * 0.07:.2f}")
        for x, cell in zip(xs, cells, strict=True):
            s.text(x, y, cell, 7.5)
        y += _ROW


@family("highland_directory", carrier="highland", region="HTTN", lines=(3, 7), dialed=6,
        person_share=0.0, account=lambda r, c, b: f"{digits(r, 4)}-{digits(r, 4)}",
        modelled_on="hosted-voice statements of Highland Telephone Cooperative's kind "
        "(Sunbright, Tennessee): a summary with dot leaders and a dagger glued to the account "
        "number, a user directory (each user's name, extension, device and direct number; the "
        "main number marked as the hunt group pilot with an asterisk glued to it), order and "
        "trouble-ticket numbers of ten digits", accent="#2E6B30", font="Helvetica")
def highland_directory(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("dash", "dot"))
    s.wordmark(40, 46, "Highland", 22, "#2E6B30")
    s.text(40, 58, "Telephone Cooperative", 9, color=GREY)
    rows = (("Account Number", f"{d.printed_account}\u2020"),
            ("Statement Date", date_text(d.statement_date, "abbr0")),
            ("Main Number", f"{phone(d.real_btn, style)}*"),
            ("Balance Due", money(r, 80, 900)))
    for i, (label, value) in enumerate(rows):
        dots = "." * max(3, int((150 - s.width(label, 8.5)) / s.width(".", 8.5)))
        s.text(320, 40 + i * 13, f"{label} {dots}", 8.5)
        s.text(W - 40, 40 + i * 13, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    s.text(320, 96, "\u2020 Use this account number on all payments.  * Hunt group pilot.", 6.5,
           color=GREY)
    mailing_block(s, d, 50, 110, 9.5)
    s.text(320, 118, "Service Location", 8, bold=True, color=s.accent)
    s.lines(320, 130, address_lines(d.service), 8.5)
    s.mark("service", address_key(d.service))
    s.text(40, 200, "User Directory", 11, bold=True, color=s.accent)
    used = {d.name}
    body = []
    devices = ("Yealink T54W", "Poly VVX 450", "Softphone", "Yealink W76P", "Fax ATA")
    for k, n in enumerate(d.numbers):
        if k == 0:
            who, ext, dev = r.choice(("Hunt Group - Main", "Auto Attendant")), "100", "-"
            shown = f"{phone(n, style)}*"
        else:
            who = person_name(r)
            while who in used:
                who = person_name(r)
            used.add(who)
            ext, dev = str(100 + k * r.randint(1, 9)), r.choice(devices)
            shown = f"{phone(n, style)} x{ext}" if r.random() < 0.4 else phone(n, style)
        body.append((who, ext, dev, shown, money(r, 18, 35)))
    y = s.table(40, 218, ("User", "Ext", "Device", "Direct Number", "Monthly"), body,
                (150, 40, 110, 140, 70), size=8, align=("left", "left", "left", "left", "right"))
    order = f"{r.randint(2, 9)}{digits(r, 9)}"
    ticket = f"{r.randint(2, 9)}{digits(r, 9)}"
    for t in (order, ticket):
        d.dialed.append(f"+1{t}")  # looks like a phone number, is not the customer's
    y += 8
    s.text(40, y, "Activity", 10, bold=True, color=s.accent)
    s.lines(44, y + 13, [
        f"Order {order} completed {date_text(d.statement_date - timedelta(days=r.randint(5, 25)), 'us')}"
        f": added {r.randint(1, 3)} user(s).",
        f"Trouble ticket {ticket} closed: no trouble found.",
    ], 8)
    y += 40
    for label in ("Hosted PBX seats", "Federal Subscriber Line Charge", "TN 911 Surcharge",
                  "Federal USF"):
        s.text(44, y, label, 8)
        s.text(W - 44, y, money(r, 1, 120), 8, align="right")
        y += 11
    with s.roled("help"):
        s.text(40, y + 14, "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 7.5)
    notices(s, d, 40, y + 32, count=2, size=7)
    remit_stub(s, d, y=630, account_label="Account Number")
