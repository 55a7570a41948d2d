"""Round 38, Shkodër and Nunavik (held back; truth from the drawn page, the filler never run on
these by their author):

- A Shkodër County fillable kërkesë për portimin e numrit in Albanian (a language no earlier
  round printed) on one A4 page, in an embedded Unicode font (ë, ç). Ideas: the account number
  and the postal code in comb widgets (/MaxLen with the comb flag, one character a cell: "Numri
  i llogarisë" 10 cells, "Kodi postar" 4 cells); Albania's own address order, the house number
  in its own widget after the street ("Rruga | Nr.", read as one street) and the postal code
  before the town ("Kodi postar | Qyteti") with the county (Qarku) after; the form's language.
  A NIPT / personal number widget is not ours (empty).
- A Nunavik paper request printed in Inuktitut syllabics only, which PortDesk does not read
  (no earlier round printed Canadian syllabics): the right outcome is the one line saying so
  and the desk's click-to-place, never a guess. Each place records what a specialist would
  click into it (`by_click`) while its `field` is None; the customer's signature line is the
  only place that may take the signer's ink (optional). Ideas: the script the filler cannot
  read; the same labels "name" (ᐊᑎᖓ) and "telephone" (ᐅᖃᓘᑎ) in three blocks (customer,
  authorised person, installer) told apart only by their headings (the installer's is not
  ours: nothing by click either); blanks PortDesk never has (date of birth, mother's name).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.round14_kit import UnicodeSheet
from tests.loaforms.round28_kit import span, tf
from tests.loaforms.round33_kit import by_click
from tests.loaforms.round35_kit import comb_widget
from tests.loaforms.round38_kit import heading

Built = tuple[bytes, dict[str, Any]]


def sh_albanian_comb_fillable() -> Built:
    s = UnicodeSheet("r38-sh-albanian-comb-fillable", "AL", "sq",
                     "Fillable, Shkodër County, one A4 page, Albanian (embedded font). Account "
                     "number (10 cells) and postal code (4 cells) in comb widgets; street, then "
                     "the house number in its own widget (one street place over both), postal "
                     "code before the town, county after; NIPT / personal number not ours; "
                     "numbers 1-6 in widgets; all / some check boxes; numbers staying; requested "
                     "date dd.mm.yyyy; signature on a printed line and a date widget.", A4,
                     ["r38-sh", "r38-sh-partial"])
    s.date_formats = ["%d.%m.%Y", "%d/%m/%Y"]
    w, h = A4
    s.text(w - 200, h - 40, "Bunë Telekom sh.p.k.", 10, bold=True)
    s.text(w - 200, h - 51, "Rruga Gjuhadol 9, 4001 Shkodër", 7)
    s.text(40, h - 48, "Kërkesë për portimin e numrit", 14, bold=True)
    s.text(40, h - 62, "Plotësojeni me shkronja kapitale. Në kutitë me qeliza, një shenjë për "
           "qelizë.", 7.5)
    y = h - 92
    s.band(40, y, w - 80, "1. Të dhënat e abonentit", 8.5)
    y -= 24
    s.text(40, y + 4, "Emri i abonentit / subjektit:", 8)
    tf(s, "emri", 165, y, 390, 15, "account_name")
    y -= 22
    s.text(40, y + 4, "NIPT / Nr. personal:", 8)
    tf(s, "nipt", 135, y, 150, 15, None)
    y -= 26
    s.text(40, y + 17, "Rruga", 6.5)
    tf(s, "rruga", 40, y, 330, 15, "street")
    s.text(378, y + 17, "Nr.", 6.5)
    tf(s, "nr", 378, y, 50, 15, "street")
    span(s, 2, "street", "Rruga | Nr. (one street)")
    y -= 30
    s.text(40, y + 17, "Kodi postar", 6.5)
    comb_widget(s, "kodi_postar", 40, y, 4, "postal_code", cell=13, what="Kodi postar (comb)")
    s.text(104, y + 17, "Qyteti", 6.5)
    tf(s, "qyteti", 104, y, 180, 15, "city")
    s.text(294, y + 17, "Qarku", 6.5)
    tf(s, "qarku", 294, y, 134, 15, "state")
    y -= 26
    s.text(40, y + 4, "Personi i autorizuar:", 8)
    tf(s, "personi", 135, y, 200, 15, "authorized_name")
    s.text(345, y + 4, "Detyra:", 8)
    tf(s, "detyra", 380, y, 175, 15, "authorized_title")
    y -= 22
    s.text(40, y + 4, "Telefon kontakti:", 8)
    tf(s, "telefon", 135, y, 130, 15, "contact_phone")
    s.text(280, y + 4, "E-mail:", 8)
    tf(s, "email", 315, y, 240, 15, "contact_email")
    y -= 28
    s.band(40, y, w - 80, "2. Operatori aktual dhe numrat", 8.5)
    y -= 24
    s.text(40, y + 4, "Operatori aktual:", 8)
    tf(s, "operatori", 125, y, 160, 15, "carrier")
    y -= 26
    s.text(40, y + 4, "Numri i llogarisë:", 8)
    comb_widget(s, "llogaria", 125, y, 10, "account_number", cell=14,
                what="Numri i llogarisë (comb)")
    y -= 26
    s.text(40, y + 4, "Numrat që kërkohen të portohen:", 8)
    y -= 22
    slots = s.slot_group()
    for n in range(6):
        bx = 40 + (n % 3) * 172
        by = y - (n // 3) * 22
        s.right_text(bx + 12, by + 4, f"{n + 1}.", 8)
        tf(s, f"numri{n + 1}", bx + 16, by, 150, 15, "number")
        place = s.places.pop()
        s.slot(slots, tuple(place["rect"]), f"numri {n + 1}", f"numri{n + 1}")
    y -= 48
    s.checkbox("te_gjithe", 40, y, "check:full_port", "Të gjithë numrat e llogarisë")
    s.checkbox("vetem", 240, y, "check:partial_port", "Vetëm numrat e mësipërm")
    y -= 24
    s.text(40, y + 4, "Numrat që mbeten te operatori aktual:", 8)
    tf(s, "mbeten", 200, y, 355, 15, "remaining_numbers")
    y -= 22
    s.text(40, y + 4, "Data e kërkuar e portimit (dd.mm.vvvv):", 8)
    tf(s, "data_portimit", 205, y, 90, 15, "requested_date")
    y -= 26
    y = s.para(40, y, "Unë, abonenti ose personi i autorizuar prej tij, kërkoj që numrat e "
               "mësipërm të portohen te Bunë Telekom sh.p.k. dhe e autorizoj Bunë Telekom "
               "të njoftojë operatorin aktual.", w - 80, 7.5)
    y -= 40
    s.sign_line("Nënshkrimi:", 40, y, 300)
    s.text(320, y, "Data:", 8)
    tf(s, "data", 348, y - 4, 90, 15, "date_signed")
    s.footer("BT-KP-2  1/1")
    return s.build()


def _iu(s: UnicodeSheet, x: float, y: float, text: str, size: float = 8,
        bold: bool = False) -> float:
    return s.text(x, y, text, size, bold)


def nv_syllabics_paper() -> Built:
    s = UnicodeSheet("r38-nv-syllabics-paper", "CA", "iu",
                     "Paper, Nunavik, one Letter page, Inuktitut in syllabics only (PortDesk "
                     "reads no syllabics): the filler must say it cannot read the form and offer "
                     "click-to-place; every place's field is None and `by_click` says what the "
                     "specialist would place there; the customer's signature line is optional. "
                     "'Name' and 'Telephone' in three blocks (customer, authorised person, "
                     "installer: the installer's not ours) told apart by headings only; date of "
                     "birth and mother's name (never ours); numbers 1-6.", LETTER,
                     ["r38-nv", "r38-nv-partial"])
    s.date_formats = ["%Y-%m-%d", "%d/%m/%Y"]
    w, h = LETTER
    clicks: dict[int, str] = {}

    def line(label: str, x: float, y: float, x1: float, what: str | None) -> None:
        end = _iu(s, x, y, label) + 4
        s.rule(end, y - 2, x1)
        s._place((end, y - 4, x1, y + 11), None, what=label)
        if what:
            clicks[len(s.places) - 1] = what

    _iu(s, w - 190, h - 40, "ᓄᓇᕕᒃ ᐅᖃᓘᑎᓕᕆᔨᖏᑦ", 10, bold=True)
    _iu(s, w - 190, h - 51, "ᑰᑦᔪᐊᖅ, ᑯᐯᒃ", 7.5)
    _iu(s, 40, h - 50, "ᐅᖃᓘᑎᐅᑉ ᓈᓴᐅᑎᖓᓂᒃ ᓅᑦᑎᕆᓂᕐᒧᑦ ᑐᒃᓯᕋᐅᑦ", 13, bold=True)
    _iu(s, 40, h - 64, "ᑎᑎᕋᕐᓗᒍ ᓇᓗᓇᐃᖅᓯᒪᔪᒥᒃ ᐊᓪᓚᒃᑯᑎᒥᒃ ᑎᑎᕋᐅᑎᓕᒃ.", 7.5)
    y = h - 94
    heading(s, 40, y, w - 80, "1  ᐊᑭᓕᖅᓱᐃᔨ")
    y -= 24
    line("ᐊᑎᖓ:", 40, y, 572, "account_name")
    y -= 22
    line("ᓇᔪᖅᑕᖓ:", 40, y, 330, "street")
    line("ᓄᓇᓕᒃ:", 340, y, 572, "city")
    y -= 22
    line("ᑐᖅᑕᐅᕝᕕᐅᑉ ᓈᓴᐅᑎᖓ:", 40, y, 250, "postal_code")
    line("ᖃᕆᑕᐅᔭᒃᑯᑦ ᑎᑎᖅᑲᐅᔭᖅ:", 260, y, 572, "contact_email")
    y -= 22
    line("ᐅᖃᓘᑎ:", 40, y, 250, "contact_phone")
    y -= 22
    line("ᐃᓅᒋᐊᕐᓂᐅᑉ ᐅᓪᓗᖓ:", 40, y, 250, None)
    line("ᐊᓈᓇᐅᑉ ᐊᑎᖓ:", 260, y, 572, None)
    y -= 28
    heading(s, 40, y, w - 80, "2  ᐱᔪᓐᓇᐅᑎᓕᒃ")
    y -= 24
    line("ᐊᑎᖓ:", 40, y, 330, "authorized_name")
    line("ᐃᓕᒐᖓ:", 340, y, 572, "authorized_title")
    y -= 22
    line("ᐅᖃᓘᑎ:", 40, y, 250, "contact_phone")
    y -= 28
    heading(s, 40, y, w - 80, "3  ᐃᓕᓯᔨ")
    y -= 24
    line("ᐊᑎᖓ:", 40, y, 330, None)
    line("ᐅᖃᓘᑎ:", 340, y, 572, None)
    y -= 28
    heading(s, 40, y, w - 80, "4  ᒫᓐᓇ ᐱᔨᑦᑎᕋᐃᔨ ᐊᒻᒪ ᓈᓴᐅᑏᑦ")
    y -= 24
    line("ᐱᔨᑦᑎᕋᐃᔨ:", 40, y, 300, "carrier")
    line("ᐊᑭᓕᖅᓱᐃᕝᕕᐅᑉ ᓈᓴᐅᑎᖓ:", 310, y, 572, "account_number")
    y -= 24
    for n in range(6):
        col, row = divmod(n, 3)
        x = 40 + col * 270
        yy = y - row * 22
        s.text(x, yy, f"{n + 1}.", 8)
        s.rule(x + 14, yy - 2, x + 250)
        s._place((x + 14, yy - 4, x + 250, yy + 11), None, what=f"number {n + 1}")
        clicks[len(s.places) - 1] = "number"
    y -= 3 * 22 + 6
    s.tick(40, y, None, "ᓈᓴᐅᑏᑦ ᑕᒪᕐᒥᒃ")
    clicks[len(s.places) - 1] = "check:full_port"
    s.tick(240, y, None, "ᑖᒃᑯᐊ ᓈᓴᐅᑏᑦ ᑐᑭᓕᐊᖏᓐᓂ")
    clicks[len(s.places) - 1] = "check:partial_port"
    y -= 24
    line("ᓈᓴᐅᑏᑦ ᐃᓯᒪᔭᐅᓂᐊᖅᑐᑦ:", 40, y, 572, "remaining_numbers")
    y -= 22
    line("ᓅᑦᑎᕆᓂᐅᑉ ᐅᓪᓗᖓ:", 40, y, 250, "requested_date")
    y -= 24
    y = s.para(40, y, "ᐅᕙᖓ ᐊᑭᓕᖅᓱᐃᔨ ᐅᕝᕙᓘᓐᓃᑦ ᐱᔪᓐᓇᐅᑎᓕᒃ ᑐᒃᓯᕋᐅᔪᖓ ᓈᓴᐅᑏᑦ ᓅᑦᑎᖅᑕᐅᖁᓪᓗᒋᑦ "
               "ᓄᓇᕕᒃ ᐅᖃᓘᑎᓕᕆᔨᖏᓐᓄᑦ.", w - 80, 7.5)
    y -= 40
    s.rule(40, y, 300)
    _iu(s, 40, y - 9, "ᐊᑎᓕᐅᕐᓂᖅ", 6.5)
    s._place((40, y - 2, 300, y + 30), "signature", what="signature (under)", optional=True)
    line("ᐅᓪᓗᖓ:", 330, y + 2, 470, "date_signed")
    s.footer("NU-UT-1  1/1")
    by_click(s, clicks)
    pdf, truth = s.build()
    truth["refuse"] = ("Canadian syllabics (Inuktitut): PortDesk reads no syllabics; the fill "
                       "must say so in one line and offer click-to-place, writing nothing by "
                       "itself")
    return pdf, truth


FORMS = {
    "r38-sh-albanian-comb-fillable": sh_albanian_comb_fillable,
    "r38-nv-syllabics-paper": nv_syllabics_paper,
}
