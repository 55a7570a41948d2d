"""Round 15 (held back), Denmark and Finland: a Danish provider's fillable fuldmagt til
nummerflytning for business customers (widgets Tekst1.. and check boxes Afkrydsningsfelt1.. in
the order a Danish word processor names them, labels left in a grey label column, CVR-nr. not
ours, a "hurtigst muligt" box that stays empty beside the wished date, numbers in two tables
side by side numbered 1-10 and 11-20, a company stamp box not ours); a Finnish provider's paper
numeronsiirtovaltakirja (captions in the top-left corner of every cell, Y-tunnus / henkilötunnus
not ours, the receiving provider printed in its own cell, yritys- / kuluttaja-asiakas ticks,
Kyllä / Ei on whether every number moves, a numbers table whose liittymätyyppi and määräaikainen
sopimus columns are not ours, paikka apart from päivämäärä, nimenselvennys under the
signature)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round7_kit import corner_box
from tests.loaforms.round9_kit import yes_no
from tests.loaforms.round12_kit import continued_rows, label_cells
from tests.loaforms.round14_kit import sign_block

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4


def _named(prefix: str) -> Iterator[str]:
    n = 0
    while True:
        n += 1
        yield f"{prefix}{n}"


def _dk_check(s: Sheet, name: str, x: float, y: float, fld: str | None, label: str) -> None:
    s.checkbox(name, x, y, fld, label)


def dk_fuldmagt_fillable() -> Built:
    s = a4("r15-dk-fuldmagt-fillable", "DK", "da", ["r15-dk", "r15-dk-partial"],
           "Fillable, Danish, 1 page: the new provider's letterhead (CVR); widgets Tekst1.. and "
           "check boxes Afkrydsningsfelt1..; grey label column left of the widgets (label_cells); "
           "CVR-nr. not ours; Postnr. and By apart; Kontaktperson (the signer), telefon, e-mail; "
           "nuværende teleselskab and kundenummer; abonnent 'hvis forskellig' not ours; Alle "
           "numre / Kun nedenstående boxes; hovednummer; two tables 1-10 | 11-20 "
           "(Telefonnummer ours, Bemærkning not); numre der bliver; ønsket dato dd-mm-åååå and a "
           "'hurtigst muligt' box not ours; Dato, underskrift line (no widget), navn med "
           "blokbogstaver, stilling; firmastempel box not ours.")
    s.date_formats = ["%d-%m-%Y", "%d.%m.%Y", "%d/%m/%Y"]
    t, k = _named("Tekst"), _named("Afkrydsningsfelt")
    letterhead(s, W4 - 36, H4 - 40, ["Nordvox A/S", "Hack Kampmanns Plads 10, 8000 Aarhus C",
                                      "CVR 38 44 12 09", "Erhvervsservice 70 20 01 00"])
    s.text(36, H4 - 46, "Fuldmagt til nummerflytning", 16, bold=True)
    s.text(36, H4 - 60, "Erhverv - fastnet og IP-telefoni", 8.5)
    y = s.para(36, H4 - 86, "Udfyld fuldmagten elektronisk eller med blokbogstaver. Oplysningerne "
               "skal svare til det, der er registreret hos dit nuværende teleselskab.",
               W4 - 72, 8) - 4
    s.band(36, y, W4 - 72, "1. Kunde", 9)
    rows = [("Firmanavn", "account_name"), ("CVR-nr.", None), ("Adresse", "street")]
    y = label_cells(s, 36, y - 6, rows, 120, W4 - 192, names=[next(t) for _ in rows])
    y = label_cells(s, 36, y, [("Postnr.", "postal_code")], 120, 80, names=[next(t)])
    label_cells(s, 236, y + 18, [("By", "city")], 60, W4 - 332, names=[next(t)])
    rows = [("Kontaktperson", "authorized_name"), ("Telefon (kontakt)", "contact_phone"),
            ("E-mail", "contact_email")]
    y = label_cells(s, 36, y, rows, 120, W4 - 192, names=[next(t) for _ in rows]) - 16
    s.band(36, y, W4 - 72, "2. Nuværende teleselskab (afgivende)", 9)
    rows = [("Teleselskab", "carrier"), ("Kundenummer hos nuværende teleselskab",
                                         "account_number"),
            ("Abonnent, hvis forskellig fra kunden", None)]
    y = label_cells(s, 36, y - 6, rows, 170, W4 - 242, names=[next(t) for _ in rows]) - 16
    s.band(36, y, W4 - 72, "3. Numre", 9)
    y -= 20
    _dk_check(s, next(k), 36, y, "check:full_port", "Alle numre på kundenummeret flyttes")
    _dk_check(s, next(k), 250, y, "check:partial_port", "Kun nedenstående numre flyttes")
    y = label_cells(s, 36, y - 6, [("Hovednummer", "btn")], 120, 140, names=[next(t)]) - 6
    slots = s.slot_group(ordered=True)
    cols = [("Telefonnummer", 120.0, "number"), ("Bemærkning", 110.0, None)]
    left = [next(t) for _ in range(20)]
    right = [next(t) for _ in range(20)]
    continued_rows(s, slots, 36, y, cols, rows=10, first=1, row_h=16, names=left)
    bottom = continued_rows(s, slots, 300, y, cols, rows=10, first=11, row_h=16, names=right)
    y = bottom - 22
    s.text(36, y + 20 - 14, "Numre der IKKE flyttes (bliver hos nuværende teleselskab):", 7.5)
    s.widget(next(t), 36, y - 14, W4 - 72, 16, "remaining_numbers")
    y -= 40
    s.text(36, y + 4, "Ønsket dato for flytning (dd-mm-åååå):", 8)
    s.widget(next(t), 200, y, 90, 16, "requested_date")
    _dk_check(s, next(k), 306, y + 3, None, "Hurtigst muligt")
    y -= 18
    y = s.para(36, y, "Undertegnede giver hermed Nordvox A/S fuldmagt til at opsige ovennævnte "
               "numre hos nuværende teleselskab og flytte dem til Nordvox A/S. Eventuel binding "
               "eller opsigelsesperiode hos nuværende teleselskab skal fortsat betales.",
               W4 - 72, 7.5) - 28
    s.text(36, y + 4, "Dato:", 8)
    s.widget(next(t), 64, y, 90, 16, "date_signed")
    s.sign_line("Underskrift (tegningsberettiget):", 170, y + 2, 400)
    s.box(420, y - 40, W4 - 456, 58, None, "Firmastempel")
    s.text(424, y + 10, "Firmastempel", 6.5)
    y -= 30
    s.text(36, y + 4, "Navn med blokbogstaver:", 8)
    s.widget(next(t), 140, y, 260, 16, "authorized_name")
    y -= 22
    s.text(36, y + 4, "Stilling:", 8)
    s.widget(next(t), 140, y, 260, 16, "authorized_title")
    s.footer("Nordvox A/S - fuldmagt nummerflytning erhverv v4.1")
    return s.build()


def fi_valtakirja_paper() -> Built:
    s = a4("r15-fi-valtakirja-paper", "FI", "fi", ["r15-fi", "r15-fi-home"],
           "Paper, Finnish, 1 page: the receiving provider's letterhead (Y-tunnus); a grid of "
           "cells captioned in their top-left corner; Y-tunnus / henkilötunnus not ours; "
           "yritysasiakas / kuluttaja-asiakas ticks; luovuttava teleyritys and asiakasnumero; "
           "vastaanottava teleyritys printed; Kyllä / Ei on 'siirretäänkö kaikki numerot'; "
           "numbers table 1-10 (Puhelinnumero ours; Liittymätyyppi and Määräaikainen sopimus "
           "K / E not ours); numerot jotka jäävät; toivottu siirtopäivä pp.kk.vvvv; paikka "
           "(optional) and päivämäärä apart; allekirjoitus, nimenselvennys, asema.")
    s.date_formats = ["%d.%m.%Y"]
    letterhead(s, W4 - 40, H4 - 40, ["Pohjanlinja Oy", "Hatanpään valtatie 24, 33100 Tampere",
                                      "Y-tunnus 3120447-8", "Yritysmyynti 010 555 0100"])
    s.text(40, H4 - 46, "NUMERONSIIRTOVALTAKIRJA", 15, bold=True)
    s.text(40, H4 - 60, "Kiinteän verkon ja yritysliittymien numeronsiirto", 8.5)
    y = s.para(40, H4 - 88, "Täytä lomake tekstaten. Tietojen on vastattava luovuttavan "
               "teleyrityksen rekisteriä, muuten siirto voi viivästyä.", W4 - 80, 8) - 6
    w = W4 - 80
    s.band(40, y, w, "1  Asiakkaan tiedot", 9)
    y -= 34
    corner_box(s, "Yrityksen nimi / asiakkaan nimi", 40, y, w * 0.65, 26, "account_name")
    corner_box(s, "Y-tunnus / henkilötunnus", 40 + w * 0.65, y, w * 0.35, 26, None)
    y -= 26
    corner_box(s, "Katuosoite", 40, y, w * 0.5, 26, "street")
    corner_box(s, "Postinumero", 40 + w * 0.5, y, w * 0.15, 26, "postal_code")
    corner_box(s, "Postitoimipaikka", 40 + w * 0.65, y, w * 0.35, 26, "city")
    y -= 26
    corner_box(s, "Yhteyshenkilön puhelinnumero", 40, y, w * 0.4, 26, "contact_phone")
    corner_box(s, "Sähköposti", 40 + w * 0.4, y, w * 0.6, 26, "contact_email")
    y -= 16
    s.text(40, y, "Asiakastyyppi:", 8)
    s.tick(110, y - 1, "check:business", "Yritysasiakas")
    s.tick(200, y - 1, "check:residential", "Kuluttaja-asiakas")
    y -= 22
    s.band(40, y, w, "2  Teleyritykset", 9)
    y -= 34
    corner_box(s, "Luovuttava teleyritys (nykyinen operaattori)", 40, y, w * 0.4, 26, "carrier")
    corner_box(s, "Asiakasnumero luovuttavassa teleyrityksessä", 40 + w * 0.4, y, w * 0.3, 26,
               "account_number")
    s.frame(40 + w * 0.7, y, w * 0.3, 26)
    s.text(43 + w * 0.7, y + 18.5, "Vastaanottava teleyritys", 6.2)
    s.text(43 + w * 0.7, y + 6, "Pohjanlinja Oy", 9, bold=True)
    y -= 22
    s.band(40, y, w, "3  Siirrettävät numerot", 9)
    y -= 20
    yes_no(s, "Siirretäänkö kaikki asiakkaan numerot?", 40, y, "check:full_port",
           "check:partial_port", at=220, words=("Kyllä", "Ei - vain alla luetellut"))
    y -= 10
    slots = s.slot_group(ordered=True)
    y = continued_rows(s, slots, 40, y, [("Puhelinnumero", 200, "number"),
                                         ("Liittymätyyppi", 140, None),
                                         ("Määräaikainen sopimus (K / E)", w - 366, None)],
                       rows=10, row_h=17) - 30
    corner_box(s, "Numerot, jotka jäävät luovuttavaan teleyritykseen", 40, y, w, 26,
               "remaining_numbers")
    y -= 26
    corner_box(s, "Toivottu siirtopäivä (pp.kk.vvvv)", 40, y, w * 0.4, 26, "requested_date")
    s.frame(40 + w * 0.4, y, w * 0.6, 26)
    s.para(44 + w * 0.4, y + 17, "Siirto tehdään aikaisintaan viiden arkipäivän kuluttua "
           "valtakirjan vastaanottamisesta.", w * 0.6 - 8, 6.5)
    y -= 14
    y = s.para(40, y, "Valtuutan Pohjanlinja Oy:n irtisanomaan edellä luetellut numerot "
               "luovuttavasta teleyrityksestä ja siirtämään ne Pohjanlinja Oy:lle. Olen "
               "tietoinen, että mahdollisen määräaikaisen sopimuksen maksut luovuttavalle "
               "teleyritykselle jäävät voimaan.", w, 7.5) - 30
    sign_block(s, 40, y, [("Paikka", None), ("Päivämäärä", "date_signed")], [150, 110])
    s.places[-2]["optional"] = True  # where it was signed: the customer may write it
    y -= 44
    sign_block(s, 40, y, [("Allekirjoitus", "signature"), ("Nimenselvennys", "authorized_name"),
                          ("Asema yrityksessä", "authorized_title")], [190, 170, 127])
    s.footer("PL-NS-VK 03/2026")
    return s.build()


FORMS = {"r15-dk-fuldmagt-fillable": dk_fuldmagt_fillable,
         "r15-fi-valtakirja-paper": fi_valtakirja_paper}
