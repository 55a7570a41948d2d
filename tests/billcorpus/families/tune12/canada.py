"""Open tuning split tune12: Vianet (internet and phone in northern Ontario) and Virgin Plus
(Bell's mobile brand), in French.

Modelled on Vianet's statements (the carrier only in a raster logo and, in the fine print at the
foot, its legal name; the account facts in a right-hand column drawn before the left one, so the
text layer reads right column first; the lines listed bottom row first) and on Virgin Plus's
Québec statements (five dates on page 1 each with its label, only one of them the statement date;
captions to the right of their values; notices naming a number transferred away and a cancelled
line, neither of them the member's any more; no service address and no billing number).
"""

from __future__ import annotations

from datetime import timedelta

from tests.billcorpus.blocks import mailing_block, notices
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import address_lines, date_text, digits, money, phone
from tests.billcorpus.people import person_name
from tests.billcorpus.truth import Draft, address_key


@family("vianet_logo", carrier="vianet", country="CA", region="NBAY", lines=(1, 5), block=0.3,
        block_size=(5, 10), dialed=8, person_share=0.35,
        account=lambda r, c, b: f"VN-{digits(r, 6)}",
        modelled_on="internet and phone statements of Vianet's kind (northern Ontario): the "
        "carrier only in a raster logo and its legal name in the fine print at the foot, the "
        "account facts in a right-hand column (drawn first, so the text layer reads it before "
        "the window on the left), lines with HST, no return portion (pre-authorised debit)",
        accent="#0077C8", font="DejaVuSans")
def vianet_logo(s: Sheet, d: Draft) -> None:
    r = s.rng
    assert d.service is not None
    d.carrier_printed = d.carrier.legal  # the brand is only in the picture
    style = r.choice(("dash", "space"))
    s.image_logo(40, 28, "vianet", 26, "#0077C8")
    # the right column first: the text layer holds it before the left one
    s.box(340, 30, 236, 128, fill=LIGHT)
    facts = (("Account", d.printed_account),
             ("Statement date", date_text(d.statement_date, "long")),
             ("Main number", phone(d.real_btn, style)),
             ("Total due", money(r, 40, 300)),
             ("Withdrawal on", date_text(d.statement_date + timedelta(days=14), "long")))
    for i, (label, value) in enumerate(facts):
        s.text(348, 46 + i * 14, label, 8, color=GREY)
        s.text(568, 46 + i * 14, value, 8.5, bold=True, align="right")
    s.mark("btn", d.real_btn)
    s.text(348, 124, "Service location", 8, color=GREY)
    s.lines(348, 136, [", ".join(address_lines(d.service)[:-1]), address_lines(d.service)[-1]],
            8.5)
    s.mark("service", address_key(d.service))
    mailing_block(s, d, 60, 100, 9.5)
    s.text(40, 200, "Home Phone and Internet", 11, bold=True, color=s.accent)
    rows: list[tuple[str, str]] = [(phone(n, style), "Home Phone line") for n in d.singles()]
    for first, count in d.ranges:
        last = f"{int(first[-4:]) + count - 1:04d}"
        rows.append((f"{phone(first, style)} to {last}", f"Number block ({count})"))
    y = 218.0
    for k in reversed(range(len(rows))):  # drawn bottom row first
        s.text(44, y + k * 12, rows[k][0], 8.5)
        s.text(230, y + k * 12, rows[k][1], 8)
        s.text(W - 44, y + k * 12, money(r, 10, 40), 8, align="right")
    y += len(rows) * 12 + 10
    for label in ("Fibre Internet 500", "Modem rental", "9-1-1 fee", "HST 13%"):
        s.text(44, y, label, 8.5)
        s.text(W - 44, y, money(r, 1, 90), 8.5, align="right")
        y += 12
    with s.roled("help"):
        s.text(40, y + 20, "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 8)
    notices(s, d, 40, y + 44, count=2, size=7)
    s.text(40, 760, f"Services provided by {d.carrier.legal}, {', '.join(d.carrier.remit)}. "
                    "HST No. 87654 3210 RT0001", 6, color=GREY)


@family("virginplus_fr", carrier="virginplus", country="CA", lang="fr", region="MTL",
        lines=(1, 4), dialed=8, person_share=0.7, account=lambda r, c, b: f"{digits(r, 9)}",
        modelled_on="relevés de Virgin Plus au Québec : cinq dates en page 1, chacune avec son "
        "libellé (date de facturation, période, échéance, dernier paiement, solde au), le "
        "libellé à droite de sa valeur, des avis nommant un numéro transféré chez un autre "
        "fournisseur et une ligne annulée, ni adresse de service ni numéro de facturation",
        accent="#CC0000", font="DejaVuSans")
def virginplus_fr(s: Sheet, d: Draft) -> None:
    d.service, d.btn = None, None  # a mobile statement: no service address, no billing number
    r = s.rng
    style = "space"
    s.wordmark(40, 50, "Virgin Plus", 26, "#CC0000")
    s.text(40, 64, d.carrier.legal, 7.5, color=GREY)
    start = d.statement_date - timedelta(days=30)
    values = (
        (d.printed_account, "Numéro de compte"),
        (date_text(d.statement_date, "fr"), "Date de facturation"),
        (f"{date_text(start, 'fr_abbr')} au "
         f"{date_text(d.statement_date - timedelta(days=1), 'fr_abbr')}", "Période"),
        (date_text(d.statement_date + timedelta(days=21), "fr"), "Date d'échéance"),
        (date_text(d.statement_date - timedelta(days=r.randint(8, 20)), "fr"),
         "Dernier paiement reçu"),
        (date_text(d.statement_date - timedelta(days=2), "fr"), "Solde au"),
    )
    for i, (value, caption) in enumerate(values):
        w = s.text(40, 96 + i * 14, value, 9, bold=True)
        s.text(48 + w, 96 + i * 14, caption, 7, color=GREY)
    mailing_block(s, d, 360, 100, 9)
    s.band(190, 2)
    y = 214.0
    for k, n in enumerate(d.numbers):
        who = d.name if d.customer.person and k == 0 else person_name(r)
        s.box(36, y - 12, W - 72, 16, fill=LIGHT)
        s.text(44, y, phone(n, style), 9, bold=True)
        s.text(140, y, "Ligne mobile", 7, color=GREY)
        s.text(260, y, who, 8)
        y += 16
        for label in ("Forfait mensuel", "Frais d'itinérance", "Données"):
            s.text(60, y, label, 7.5)
            s.text(W - 44, y, money(r, 0, 60, fr=True), 7.5, align="right")
            y += 10
        y += 8
    away, gone = d.pool.one(d.customer.npa), d.pool.one(d.customer.npa)
    d.dialed.extend((away, gone))  # printed, and no longer the member's
    s.text(44, y + 6, "Avis", 9, bold=True)
    s.lines(44, y + 20, [
        f"Le numéro {phone(away, style)} a été transféré chez un autre fournisseur le "
        f"{date_text(d.statement_date - timedelta(days=10), 'fr')} ; il ne figure plus sur "
        "ce compte.",
        f"Crédit pour la ligne {phone(gone, style)} annulée : "
        f"-{money(r, 2, 30, fr=True)}",
    ], 7.5)
    y += 48
    for label in ("TPS (5 %)", "TVQ (9,975 %)", "Total"):
        s.text(44, y, label, 8, bold=label == "Total")
        s.text(W - 44, y, money(r, 2, 200, fr=True), 8, align="right", bold=label == "Total")
        y += 11
    with s.roled("help"):
        s.text(44, y + 14, f"{d.carrier.help_lines[0][0]} : {d.carrier.help_lines[0][1]}  "
                           f"\u2022  {d.carrier.domain}", 7.5, color=GREY)
    notices(s, d, 40, y + 36, count=2, lang="fr", size=7)
