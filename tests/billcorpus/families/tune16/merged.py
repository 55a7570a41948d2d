"""Open tuning split tune16: Arctic Slope Telephone (Alaska), merged table cells.

Arctic Slope's statement lists the telephone service in a table of merged cells: the service
address printed once in a cell spanning the rows of all the numbers, each number printed once at
the top of a cell spanning its features' three rows (a feature row is never a line of its own);
its notices name OTHER carriers with their own phone numbers (the long-distance carrier billed
through the bill, the 911 answering point's administrative line): never the account's lines.
"""

from __future__ import annotations

from tests.billcorpus.blocks import mailing_block, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, H, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.truth import Draft, address_key

_FEATURES = ("Caller ID", "Call Waiting", "Voice Mail", "Three-Way Calling", "Call Forwarding",
             "Touch-Tone", "Toll Restriction", "Speed Dial 8")


@family("arcticslope_merged", carrier="arctic_slope", region="ASAK", lines=(2, 4), dialed=8,
        person_share=0.4, account=lambda r, c, b: f"{digits(r, 2)}-{digits(r, 5)}",
        modelled_on="statements of a North Slope telephone co-op of Arctic Slope Telephone's "
        "kind: a services table of merged cells (the service address once for all numbers, "
        "each number once over its three feature rows), the billing number under its label, "
        "notices naming the long-distance carrier and the 911 centre with their own numbers",
        accent="#00546B", font="DejaVuSans")
def arcticslope_merged(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    style = r.choice(("paren", "dash"))
    s.wordmark(40, 46, "Arctic Slope Telephone", 18, "#00546B")
    s.text(40, 60, "Association Cooperative  -  serving the North Slope", 7.5, color=GREY)
    facts = (("Account", d.printed_account),
             ("Bill Date", date_text(d.statement_date, r.choice(("abbr0", "long", "us")))),
             ("Billing Number", phone(d.real_btn, style)), ("Amount Due", money(r, 60, 400)))
    s.box(330, 24, 246, 58, fill=LIGHT)
    for i, (lab, value) in enumerate(facts):
        s.text(338, 38 + i * 13, lab, 8)
        s.text(568, 38 + i * 13, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    mailing_block(s, d, 50, 112, 9.5)
    y = 190.0
    s.text(40, y, "Telephone Services", 10.5, bold=True, color=s.accent)
    y += 8
    s.box(40, y, W - 80, 14, fill=LIGHT)
    for x, head in ((44, "Service Address"), (210, "Number"), (330, "Features"),
                    (W - 44, "Monthly")):
        s.text(x, y + 10, head, 8, bold=True, align="right" if x > 500 else "left")
    y += 14
    top = y
    for n in d.numbers:
        feats = r.sample(_FEATURES, 3)
        s.box(206, y, W - 246, 36, stroke=GREY, line=0.5)
        s.c.setLineWidth(0.4)
        s.c.line(326, H - y - 12, W - 40, H - y - 12)
        s.c.line(326, H - y - 24, W - 40, H - y - 24)
        s.c.line(326, H - y, 326, H - y - 36)
        s.text(210, y + 10, phone(n, style), 8.5)  # once, over its three feature rows
        for i, feat in enumerate(feats):
            s.text(330, y + 9 + i * 12, feat, 7.5)
            s.text(W - 44, y + 9 + i * 12, money(r, 1, 9), 7.5, align="right")
        y += 36
    s.box(40, top, 166, y - top, stroke=GREY, line=0.5)  # one cell for all the numbers
    s.lines(44, top + (y - top) / 2 - 8, address_lines(d.service), 8)
    s.mark("service", address_key(d.service))
    y += 14
    for lab in ("Local access line(s)", "Alaska Universal Service", "Federal SLC",
                "North Slope 911 surcharge"):
        s.text(44, y, lab, 8)
        s.text(W - 44, y, money(r, 1, 60), 8, align="right")
        y += 11
    ld, psap = d.pool.one("800"), d.pool.one("907")
    d.dialed += [ld, psap]  # other carriers' and agencies' numbers: never the account's lines
    y += 10
    s.text(40, y, "Notices", 9, bold=True)
    s.lines(44, y + 12, [
        f"Long distance calls are carried by Polar Long Distance and billed on this statement; "
        f"questions {phone(ld, 'one_dash')}.",
        f"911 calls are answered by the North Slope Borough 911 center (administrative line "
        f"{phone(psap, 'dash')}); never call it for billing questions.",
    ], 7.5)
    with s.roled("help"):
        s.text(40, y + 44, "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 7.5,
               color=GREY)
    remit_stub(s, d, y=628)
