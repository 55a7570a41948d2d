"""Wireless bills with many lines and their users: Fido, Koodo (Canada) and Cricket (US).

Modelled on Fido's "Your monthly Fido bills explained" (balance, monthly service fees, usage
summary, account adjustments; one section per phone number in the detailed PDF), Koodo's bill help
(all lines' charges on the same bill, a detailed summary per line in the downloadable PDF) and
Cricket Wireless statements (account number, lines with their nicknames, autopay).
"""

from __future__ import annotations

from tests.billcorpus.blocks import mailing_block, notices, page_header, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import date_text, digits, money, phone
from tests.billcorpus.people import person_name, two_lines
from tests.billcorpus.truth import Draft

_PLANS = ("Unlimited 50", "Canada-US 60GB", "Talk & Text 250", "Data Pro 20GB", "Tablet 10GB")
_ADDONS = ("Voicemail", "Caller ID", "US roaming pass", "Call display", "Smartwatch line", "")


@family("fido", carrier="fido", country="CA", lines=(2, 6), dialed=10,
        account=lambda r, c, b: digits(r, 9),
        modelled_on="fido.ca: your monthly Fido bills explained (balance, monthly fees, usage "
        "summary); the detailed PDF has a section per phone number", accent="#FFD400",
        font="DejaVuSans")
def fido(s: Sheet, d: Draft) -> None:
    d.service, d.btn = None, None
    r = s.rng
    style = "dash"
    users = [person_name(r) for _ in d.numbers]
    s.image_logo(40, 28, "fido", 28, "#000000", bg="#FFD400")
    rows = (("Account number", d.printed_account),
            ("Bill date", date_text(d.statement_date, "long")),
            ("Page", f"1 of {1 + (len(d.numbers) + 2) // 3}"))
    for i, (label, value) in enumerate(rows):
        s.text(360, 44 + i * 13, label, 8.5, color=GREY)
        s.text(W - 40, 44 + i * 13, value, 8.5, align="right")
    mailing_block(s, d, 40, 100)
    s.box(320, 96, 256, 70, fill=LIGHT)
    for i, label in enumerate(("Previous balance", "Payment received", "Total due")):
        s.text(330, 114 + i * 16, label, 9, bold=i == 2)
        s.text(566, 114 + i * 16, money(r, 40, 600), 9, bold=i == 2, align="right")
    s.text(40, 196, "Your monthly summary", 12, bold=True)
    s.text(40, 210, f"{len(d.numbers)} phone numbers on this account - details on the following "
           "pages.", 8.5, color=GREY)
    y = s.table(40, 230, ("Service", "Monthly fees", "Usage", "Total"),
                [("Fido Mobile", money(r, 40, 400), money(r, 0, 60), money(r, 50, 500)),
                 ("Taxes (GST/HST)", "", "", money(r, 5, 60))], (200, 100, 100, 100), size=8.5,
                align=("left", "right", "right", "right"))
    s.text(40, y + 20, "Questions? Dial 611 from your Fido phone or call "
           f"{d.carrier.help_lines[0][1]}.", 8)
    notices(s, d, 40, y + 50, count=2)
    remit_stub(s, d)
    for k, (n, user) in enumerate(zip(d.numbers, users, strict=True)):
        if k % 3 == 0:
            s.new_page()
            page_header(s, d, 2 + k // 3, 1 + (len(d.numbers) + 2) // 3,
                        account_label="Account number")
        top = 84 + (k % 3) * 200
        s.box(36, top, W - 72, 18, fill=LIGHT)
        s.text(42, top + 12, f"Fido number {phone(n, style)}", 9.5, bold=True)
        s.text(W - 42, top + 12, user, 9, align="right")
        rows2 = [("Monthly plan", r.choice(_PLANS), money(r, 30, 90)),
                 ("Add-ons", r.choice(_ADDONS) or "None", money(r, 0, 15)),
                 ("Usage charges", "Long distance", money(r, 0, 20))]
        s.table(42, top + 40, ("Charge", "Description", "Amount"), rows2, (150, 250, 90),
                size=8, shade=False, align=("left", "left", "right"))


@family("koodo", carrier="koodo", country="CA", lines=(2, 8), person_share=0.5,
        account=lambda r, c, b: digits(r, 8),
        modelled_on="koodomobile.com help: charges for all lines on the same bill; the PDF "
        "summary lists each phone number with its plan and add-ons", accent="#5AB43C",
        font="DejaVuSans")
def koodo(s: Sheet, d: Draft) -> None:
    d.service, d.btn = None, None
    r = s.rng
    style = r.choice(("dash", "space"))
    name_lines = two_lines(d.name) if len(d.name) > 26 else (d.name,)
    s.wordmark(40, 58, "koodo", 28, "#5AB43C")
    s.text(W - 40, 40, "Your bill", 16, bold=True, align="right")
    s.text(W - 40, 56, f"Account {d.printed_account}", 9, align="right")
    s.text(W - 40, 69, f"Billed on {date_text(d.statement_date, 'abbr')}", 9, align="right")
    s.text(40, 96, "Account holder", 8, color=GREY)
    mailing_block(s, d, 40, 108, 9.5, name_lines=name_lines)
    s.text(40, 190, "Summary by phone number", 12, bold=True, color=s.accent)
    rows = [(phone(n, style), person_name(r).upper(), r.choice(_PLANS),
             r.choice(_ADDONS), money(r, 25, 95)) for n in d.numbers]
    y = s.table(40, 208, ("Phone number", "Name", "Plan", "Add-ons", "Total"), rows,
                (100, 130, 110, 110, 70), size=7.8,
                align=("left", "left", "left", "left", "right"))
    s.box(330, y + 10, 246, 40, fill=LIGHT)
    s.text(340, y + 34, "Total due", 11, bold=True)
    s.text(566, y + 34, money(r, 60, 800), 11, bold=True, align="right")
    s.text(40, y + 30, f"Self Serve: {d.carrier.domain} · Customer Care "
           f"{d.carrier.help_lines[0][1]}", 8)
    s.text(40, 740, d.carrier.legal, 7, color=GREY)


@family("cricket_wireless", carrier="cricket", lines=(1, 5), person_share=0.6,
        account=lambda r, c, b: digits(r, 9),
        modelled_on="Cricket Wireless statement: account number, lines with nicknames, autopay",
        accent="#00A94F", font="DejaVuSans")
def cricket_wireless(s: Sheet, d: Draft) -> None:
    d.service, d.btn = None, None
    r = s.rng
    style = "paren"
    s.image_logo(40, 28, "cricket", 26, "#00A94F")
    s.text(W - 40, 40, "Statement", 14, bold=True, align="right")
    for i, (label, value) in enumerate((("Account #", d.printed_account),
                                        ("Statement date", date_text(d.statement_date, "us")),
                                        ("Account holder", d.name))):
        s.text(330, 60 + i * 13, label, 8.5, color=GREY)
        s.text(W - 40, 60 + i * 13, value, 8.5, align="right")
    mailing_block(s, d, 40, 120)
    s.text(40, 196, "Lines on this account", 12, bold=True)
    y = 214
    for n in d.numbers:
        nick = r.choice(("Mom", "Work phone", "Shop", "Tablet", person_name(r).split()[0]))
        s.text(40, y, f"{nick} - {phone(n, style)}", 9.5)
        s.text(300, y, r.choice(_PLANS), 8.5, color=GREY)
        s.text(566, y, money(r, 25, 60), 9, align="right")
        y += 14
    s.text(40, y + 16, f"Autopay on {date_text(d.statement_date, 'abbr')}", 9)
    s.text(40, y + 30, f"Questions? Dial 611 or {d.carrier.help_lines[0][1]} · "
           f"{d.carrier.domain}", 8)
    remit_stub(s, d)
