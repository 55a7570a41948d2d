"""Round 28, third batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- A Ugandan fillable number portability request with an XFA stream beside the AcroForm: a
  company signing through its authorised officer (TIN and company seal not ours), the address
  in cells "Plot no. | Street | Town | Region" (the first two one street), a Region drop-down
  whose options spell the case's region otherwise ("Central Region"), a numbers table whose
  per-row column asks "PORT or KEEP" (the numbers to port only, so PORT) beside an ICCID column
  not ours, "Total numbers to port" with a calculate action, "Other: ____" beside the ID
  ticks (not ours), dates formatted AFDate_FormatEx("dd/mm/yyyy"), initials widgets at the foot
  and the recipient operator's signature (not ours).
- A Malagasy paper demande de portabilité, every caption French with Malagasy in italics under
  it, one caption only in a picture (its box not ours), the address in cells "Lot | Rue |
  Fokontany | Code postal | Ville" (Lot and Rue one street, the fokontany not in the case), a
  short box for the holder's name against an agent's code box (the name must fit it in smaller
  type, never over the border), NIF / STAT not ours, numbers in a
  grid of twelve with "Nombre de lignes à porter : __", the numbers that stay after the partial
  tick, "Date : __ / __ / ____" and the sales agent's signature (not ours).
- A Vestland fillable oppseiing / portering form with every caption Bokmål / Nynorsk (Nynorsk
  in italics), the provider in a drop-down spelt otherwise ("Telenor", "Telia"), an e-mail
  widget whose /MaxLen 20 is shorter than the case's address (optional: the whole address or
  nothing, a cut one is wrong), an invoice address with "same as above", numbers in comb
  widgets of 8 in two columns, the date widgets formatted AFDate_FormatEx("dd.mm.yyyy"), a
  read-only and a hidden widget, the organisation number not ours.
- A Hanoi giấy đề nghị chuyển mạng giữ số in an embedded Unicode font, Vietnamese captions with
  English under them, the address in cells "Số nhà | Đường / Phố | Phường | Quận | Thành phố"
  (the first two one street; ward and district not in the case), the company's tax code and
  seal not ours, the legal representative and position, a ranges table "Từ số | Đến số | Số
  lượng" with a contact phone beside it, and "Hà Nội, ngày ___ tháng ___ năm 20__".
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round14_kit import unicode_a4, witness_line
from tests.loaforms.round20_kit import letterhead as u_letterhead
from tests.loaforms.round26_kit import hint, tick_left
from tests.loaforms.round28_kit import bi, cell, choice, finish, picture, ranges, span, tf

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4


def _ug(s: Any, cap: str, name: str, x: float, y: float, w: float, fld: str | None,
        **kw: Any) -> dict[str, Any]:
    return cell(s, cap, "", x, y, w, 26, fld, name=name, **kw)


def ug_officer_xfa() -> Built:
    s = a4("r28-ug-officer-xfa", "UG", "en", ["r28-ug", "r28-ug-partial"],
           "Fillable Ugandan portability request with an XFA stream. Company through its "
           "authorised officer: TIN and company seal not ours. Address cells Plot no. | Street "
           "(one street) | Town | Region drop-down ('Central Region' / 'Eastern Region': the "
           "case's region spelt otherwise). ID ticks with 'Other: ____' not ours. Numbers table "
           "No. | Number | PORT or KEEP (the table holds numbers to port: PORT) | ICCID (not "
           "ours); numbers staying below; 'Total numbers to port' with a calculate action; "
           "dates AFDate_FormatEx dd/mm/yyyy; initials widget at the foot not ours; recipient "
           "operator's signature not ours; signature on paper.")
    s.date_formats = ["%d/%m/%Y"]
    letterhead(s, W4 - 40, H4 - 36, ["Pearl Wave Communications Ltd", "Plot 7, Jinja Road, "
                                     "Kampala", "Customer care 0414 555 000"])
    s.text(40, H4 - 46, "Number Portability Request", 14, bold=True)
    s.text(40, H4 - 58, "Complete in full. Incomplete requests are rejected by the donor "
           "operator.", 7.5)
    y = H4 - 96
    _ug(s, "Registered name of subscriber", "A1", 40, y, 330, "account_name")
    _ug(s, "TIN", "A2", 370, y, 185, None)
    y -= 30
    _ug(s, "Plot no.", "A3", 40, y, 60, None)
    _ug(s, "Street", "A4", 100, y, 200, None)
    span(s, 2, "street", "Plot no. | Street (two widgets)")
    _ug(s, "Town", "A5", 300, y, 130, "city")
    s.frame(430, y, 125, 26)
    s.text(432, y + 19.5, "Region", 5.5)
    choice(s, "A6", 432, y + 2, 121, ["Central Region", "Eastern Region", "Northern Region",
                                      "Western Region"], "state",
           accept=["Central Region", "Eastern Region"], h=14)
    y -= 30
    _ug(s, "Donor operator", "A7", 40, y, 180, "carrier")
    _ug(s, "Account number with donor", "A8", 220, y, 180, "account_number")
    _ug(s, "Main number", "A9", 400, y, 155, "btn")
    y -= 18
    x: float = s.text(40, y, "ID presented:", 8) + 8
    for k, word in enumerate(("National ID", "Passport", "Certificate of incorporation")):
        s.checkbox(f"ID{k}", x, y - 2, None, word)
        s.places[-1]["optional"] = True
        x += 24 + s.c.stringWidth(word, "Helvetica", 8.5)
    s.checkbox("ID3", x, y - 2, None, "Other:")
    s.places[-1]["optional"] = True
    tf(s, "IDother", x + 48, y - 3, W4 - 40 - x - 48, 12, None)
    y -= 22
    s.checkbox("C1", 40, y, "check:full_port", "Port all numbers on the account")
    s.checkbox("C2", 240, y, "check:partial_port", "Port some numbers only")
    y -= 20
    slots = s.slot_group(ordered=True)
    heads = (("No.", 26), ("Number", 140), ("PORT or KEEP", 80), ("SIM ICCID", 170))
    cx = 40
    for head, w in heads:
        s.frame(cx, y - 16, w, 16)
        s.text(cx + 2, y - 11, head, 7, bold=True)
        cx += w
    for r in range(8):
        ry = y - 16 * (r + 2)
        cx = 40
        for k, (_, w) in enumerate(heads):
            s.frame(cx, ry, w, 16)
            if k == 0:
                s.text(cx + 8, ry + 5, str(r + 1), 7.5)
            elif k == 1:
                tf(s, f"N{r + 1}", cx + 1, ry + 1, w - 2, 14, None)
                s.places.pop()
                s.slot(slots, (cx + 1, ry + 1, cx + w - 1, ry + 15), f"row {r + 1}",
                       f"N{r + 1}")
            elif k == 2:
                place = tf(s, f"PK{r + 1}", cx + 1, ry + 1, w - 2, 14, "port_choice")
                place.update(accept=["PORT", "Port"], row=r)
            else:
                tf(s, f"SIM{r + 1}", cx + 1, ry + 1, w - 2, 14, None)
            cx += w
    s.text(470, y - 12, "Total numbers", 7)
    s.text(470, y - 21, "to port", 7)
    tf(s, "TOT", 470, y - 40, 60, 14, "number_count")
    y -= 16 * 9 + 20
    s.text(40, y + 4, "Numbers staying with the donor operator", 8)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        sx = 230 + k * 160
        tf(s, f"K{k + 1}", sx, y, 150, 14, None)
        s.places.pop()
        s.slot(stay, (sx, y, sx + 150, y + 14), f"stays {k + 1}", f"K{k + 1}")
    y -= 34
    _ug(s, "Preferred porting date", "D1", 40, y, 130, "requested_date")
    _ug(s, "Contact phone", "A10", 170, y, 150, "contact_phone")
    _ug(s, "E-mail", "A11", 320, y, 235, "contact_email")
    y -= 14
    y = s.para(40, y, "I, the undersigned authorised officer, request the porting of the numbers "
               "above to Pearl Wave Communications Ltd and confirm that the subscriber named is "
               "the holder of the account with the donor operator.", W4 - 80, 7.5) - 8
    y -= 26
    _ug(s, "Name of authorised officer", "A12", 40, y, 220, "authorized_name")
    _ug(s, "Designation", "A13", 260, y, 150, "authorized_title")
    _ug(s, "Date", "D2", 410, y, 145, "date_signed")
    y -= 40
    s.sign_line("Signature of authorised officer", 40, y, 250, label_below=True)
    s.box(270, y - 12, 100, 46, None, "company seal")
    s.text(274, y + 26, "Company seal", 6.5)
    witness_line(s, "For the recipient operator (name, signature)", 390, y, W4 - 40)
    s.text(W4 - 160, 44, "Initials", 7.5)
    tf(s, "INI", W4 - 125, 40, 85, 13, None, optional=True)
    s.footer("PWC-NPR-01 (2026)")
    pdf, truth = s.build()
    fmt = {"F": 'AFDate_FormatEx("dd/mm/yyyy");', "K": 'AFDate_KeystrokeEx("dd/mm/yyyy");'}
    return finish(pdf, {"D1": fmt, "D2": fmt, "TOT": {"C": "var n = 0; for (var i = 1; i <= "
                                                          "8; i++) { if (this.getField('N' + i)"
                                                          ".value != '') n++; } event.value ="
                                                          " n;"}}, xfa=True), truth


def mg_french_malagasy_paper() -> Built:
    s = a4("r28-mg-french-malagasy-paper", "MG", "fr", ["r28-mg", "r28-mg-partial"],
           "Paper, Malagasy demande de portabilité. Captions French with Malagasy in italics "
           "under them; one caption only in a picture (its box not ours). Short box for the "
           "holder's name against an agent's code box (not ours). Address cells Lot | Rue (one street) | Fokontany (not in the case) | "
           "Code postal | Ville. NIF / STAT not ours. Numbers in a grid of 12; 'Nombre de lignes "
           "à porter : __'; numbers staying after the partial tick. 'Date : __ / __ / ____'. "
           "Sales agent's signature not ours.")
    s.date_formats = ["%d/%m/%Y"]
    letterhead(s, W4 - 40, H4 - 36, ["Ravinala Télécom SA", "Immeuble Fitaratra, Ankorondrano, "
                                     "Antananarivo 101", "Service clients 020 22 555 00"])
    s.text(40, H4 - 46, "Demande de portabilité", 14, bold=True)
    s.c.setFont("Helvetica-Oblique", 9)
    s.c.drawString(40, H4 - 58, "Fangatahana hitazonana ny laharana")
    y = H4 - 92
    bi(s, 40, y + 4, "Titulaire", "Tompon'ny fifanarahana", 7.5)
    s.box(140, y - 6, 96, 18, "account_name", "titulaire (short box: smaller type)")
    s.box(236, y - 6, 54, 18, None, "code titulaire (agent use)")
    s.text(238, y + 14, "Code (agent)", 5.5)
    bi(s, 310, y + 4, "NIF / STAT", "Laharana hetra", 7.5)
    s.box(390, y - 6, 165, 18, None, "NIF / STAT")
    y -= 32
    bi(s, 40, y + 4, "N° de client", "Laharana mpanjifa", 7.5)
    s.box(140, y - 6, 150, 18, "account_number", "n° de client")
    bi(s, 310, y + 4, "Opérateur actuel", "Mpandraharaha ankehitriny", 7.5)
    s.box(420, y - 6, 135, 18, "carrier", "opérateur actuel")
    y -= 44
    widths = (("Lot", "Lota", 80, None), ("Rue", "Lalana", 170, None),
              ("Fokontany", "Fokontany", 95, None), ("Code postal", "Kaody", 60, "postal_code"),
              ("Ville", "Tanàna", 110, "city"))
    cx = 40.0
    for fr, mg, w, fld in widths:
        s.frame(cx, y, w, 26)
        s.text(cx + 2, y + 19.5, fr, 6)
        s.c.setFont("Helvetica-Oblique", 5.5)
        s.c.drawString(cx + 4 + s.c.stringWidth(fr, "Helvetica", 6), y + 19.5, mg)
        s._place((cx + 1, y + 1, cx + w - 1, y + 17), fld, what=fr)
        cx += w
    moved = [s.places.pop() for _ in range(3)]
    span(s, 2, "street", "Lot | Rue")
    s.places.extend(reversed(moved))
    y -= 24
    picture(s, 40, y - 4, 150, 14, [("Laharana finday ifandraisana", 7)])
    s.box(200, y - 6, 140, 18, None, "box after a caption only in the picture")
    bi(s, 360, y + 4, "Tél. de contact", "Finday", 7.5)
    s.box(430, y - 6, 125, 18, "contact_phone", "tél. de contact")
    y -= 30
    x = tick_left(s, 40, y - 1, "check:business", "Entreprise / Orinasa")
    tick_left(s, x, y - 1, "check:residential", "Particulier / Olon-tsotra")
    y -= 20
    x = tick_left(s, 40, y - 1, "check:full_port", "Tous les numéros / Ny laharana rehetra")
    tick_left(s, x, y - 1, "check:partial_port", "Une partie ; numéros conservés :")
    y -= 18
    s.box(300, y - 4, W4 - 340, 16, "remaining_numbers", "numéros conservés")
    y -= 22
    bi(s, 40, y, "Numéros à porter", "Laharana hafindra", 8.5)
    slots = s.slot_group(ordered=True)
    for n in range(12):
        col, row = n % 3, n // 3
        gx, gy = 40 + col * 172, y - 30 - row * 22
        s.text(gx, gy + 5, f"{n + 1:02d}", 7.5)
        s.frame(gx + 14, gy, 150, 18)
        s.slot(slots, (gx + 15, gy + 1, gx + 163, gy + 17), f"case {n + 1}")
    y -= 30 + 4 * 22 + 4
    bi(s, 40, y, "Nombre de lignes à porter :", "Isan'ny laharana", 8)
    s.box(160, y - 6, 40, 16, "number_count", "nombre de lignes")
    bi(s, 230, y, "Date souhaitée", "Daty tiana", 8)
    s.box(300, y - 6, 90, 16, "requested_date", "date souhaitée")
    hint(s, 302, y - 14, "JJ/MM/AAAA")
    y -= 36
    y = s.para(40, y, "Je soussigné(e) autorise Ravinala Télécom à demander en mon nom le "
               "portage des numéros ci-dessus. / Manome alalana an'i Ravinala Télécom aho "
               "hangataka ny famindrana ireo laharana ireo.", W4 - 80, 7.5) - 14
    bi(s, 40, y, "Nom du signataire", "Anaran'ny manao sonia", 7.5)
    s.line_under(140, y - 2, 330, "authorized_name", "nom du signataire")
    bi(s, 350, y, "Qualité", "Andraikitra", 7.5)
    s.line_under(400, y - 2, W4 - 40, "authorized_title", "qualité")
    y -= 30
    x = s.text(40, y, "Date :", 9) + 6
    for k, (w, fld) in enumerate(((24, "date_signed_day"), (24, "date_signed_month"),
                                  (40, "date_signed_year"))):
        s.line_under(x, y - 2, x + w, fld, f"date part {k + 1}")
        x += w
        if k < 2:
            s.text(x + 3, y, "/", 10)
            x += 12
    y -= 46
    s.sign_line("Signature du titulaire / Sonia", 40, y, 260, label_below=True)
    witness_line(s, "Agent commercial (nom, signature)", 300, y, W4 - 40)
    s.footer("RT-PORT-MG v2")
    return s.build()


def _nb(s: Any, nb: str, nn: str, name: str, x: float, y: float, w: float, fld: str | None,
        **kw: Any) -> dict[str, Any]:
    bi(s, x, y + 18, nb, nn, 7, under=False)
    return tf(s, name, x, y, w, 14, fld, **kw)


def no_bokmal_nynorsk_fillable() -> Built:
    s = a4("r28-no-bokmal-nynorsk-fillable", "NO", "nb", ["r28-no", "r28-no-partial"],
           "Fillable Vestland porting form, captions 'Bokmål / Nynorsk' (Nynorsk italic). "
           "Provider drop-down 'Telenor' / 'Telia' (the case's carrier spelt otherwise). E-mail "
           "widget /MaxLen 20 shorter than the case's address: optional (a cut address is "
           "wrong). Org. nr. comb not ours; read-only reference and a hidden widget not ours. "
           "Invoice address with 'same as above' (optional; the case has none). Numbers in comb "
           "widgets of 8 in two columns; staying numbers; dates AFDate_FormatEx dd.mm.yyyy; "
           "signature without widget.")
    s.date_formats = ["%d.%m.%Y"]
    letterhead(s, W4 - 40, H4 - 36, ["Fjordnett AS", "Strandkaien 2, 5013 Bergen",
                                     "Kundeservice 55 55 00 00"])
    s.text(40, H4 - 46, "Fullmakt for nummeroverføring", 14, bold=True)
    s.c.setFont("Helvetica-Oblique", 9)
    s.c.drawString(40, H4 - 58, "Fullmakt for nummeroverføring (nynorsk)")
    tf(s, "Referanse", 40, H4 - 80, 110, 12, None, flags="readOnly", value="FN-2026-PORT")
    tf(s, "Intern", 160, H4 - 80, 110, 12, None)
    y = H4 - 116
    _nb(s, "Navn / firmanavn", "Namn / firmanamn", "t1", 40, y, 330, "account_name")
    _nb(s, "Org.nr.", "Org.nr.", "t2", 380, y, 175, None, maxlen=9, comb=True)
    y -= 34
    _nb(s, "Gateadresse", "Gateadresse", "t3", 40, y, 250, "street")
    _nb(s, "Postnr.", "Postnr.", "t4", 300, y, 60, "postal_code", maxlen=4, comb=True)
    _nb(s, "Poststed", "Poststad", "t5", 370, y, 185, "city")
    y -= 34
    bi(s, 40, y + 18, "Fakturaadresse", "Fakturaadresse", 7, under=False)
    s.checkbox("somover", 180, y + 16, None, "Samme som over / Same som over", size=8)
    s.places[-1]["optional"] = True
    tf(s, "t6", 40, y, 250, 14, "billing_street")
    tf(s, "t7", 300, y, 60, 14, "billing_postal_code")
    tf(s, "t8", 370, y, 185, 14, "billing_city")
    y -= 34
    bi(s, 40, y + 18, "Nåværende leverandør", "Noverande leverandør", 7, under=False)
    choice(s, "t9", 40, y, 150, ["Telenor", "Telia", "Ice", "Lyse", "Annen / Anna"], "carrier",
           accept=["Telenor", "Telia"])
    _nb(s, "Kundenummer", "Kundenummer", "t10", 200, y, 150, "account_number")
    _nb(s, "E-post", "E-post", "t11", 360, y, 195, "contact_email", maxlen=20, optional=True)
    y -= 30
    s.radio("kunde", "B", 40, y, "check:business", "Bedrift / Bedrift")
    s.radio("kunde", "P", 150, y, "check:residential", "Privat / Privat")
    s.radio("omfang", "A", 280, y, "check:full_port", "Alle numre / Alle nummer")
    s.radio("omfang", "D", 420, y, "check:partial_port", "Noen numre / Nokre nummer")
    y -= 26
    bi(s, 40, y, "Numre som skal overføres (8 siffer)", "Nummer som skal overførast (8 siffer)",
       7.5, under=False)
    slots = s.slot_group(ordered=True)
    for n in range(10):
        col, row = n // 5, n % 5
        gx, gy = 40 + col * 260, y - 24 - row * 20
        s.text(gx, gy + 4, f"{n + 1}.", 8)
        tf(s, f"nr{n + 1}", gx + 16, gy, 120, 15, None, maxlen=8, comb=True)
        s.places.pop()
        s.slot(slots, (gx + 16, gy, gx + 136, gy + 15), f"nummer {n + 1}", f"nr{n + 1}")
    y -= 24 + 5 * 20 + 6
    bi(s, 40, y, "Numre som blir igjen", "Nummer som blir att", 7.5, under=False)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        sx = 200 + k * 140
        tf(s, f"igjen{k + 1}", sx, y - 4, 120, 15, None, maxlen=8, comb=True)
        s.places.pop()
        s.slot(stay, (sx, y - 4, sx + 120, y + 11), f"igjen {k + 1}", f"igjen{k + 1}")
    y -= 40
    _nb(s, "Ønsket dato", "Ønskt dato", "dato1", 40, y, 100, "requested_date")
    _nb(s, "Kontakttelefon", "Kontakttelefon", "t12", 160, y, 130, "contact_phone")
    y -= 22
    y = s.para(40, y, "Jeg gir Fjordnett AS fullmakt til å si opp abonnementet hos nåværende "
               "leverandør for numrene som overføres. / Eg gir Fjordnett AS fullmakt til å seie "
               "opp abonnementet hos noverande leverandør for nummera som blir overførte.",
               W4 - 80, 7.5) - 22
    _nb(s, "Navn (blokkbokstaver)", "Namn (blokkbokstavar)", "t13", 40, y, 220,
        "authorized_name")
    _nb(s, "Dato", "Dato", "dato2", 280, y, 100, "date_signed")
    y -= 40
    s.sign_line("Underskrift / Underskrift", 40, y, 330, label_below=True)
    s.footer("FN-PORT-2026")
    pdf, truth = s.build()
    fmt = {"F": 'AFDate_FormatEx("dd.mm.yyyy");', "K": 'AFDate_KeystrokeEx("dd.mm.yyyy");'}
    return finish(pdf, {"dato1": fmt, "dato2": fmt}, hidden=("Intern",)), truth


def _vn(s: Sheet, vi: str, en: str, x: float, y: float, w: float, fld: str | None,
        h: float = 28, **kw: Any) -> dict[str, Any]:
    """A box with the Vietnamese caption and the English under it in its top part."""
    s.frame(x, y, w, h)
    s.text(x + 2, y + h - 7, vi, 6.5)
    s.text(x + 2, y + h - 13.5, en, 5.5)
    return s._place((x + 1, y + 1, x + w - 1, y + h - 15), fld, what=vi, **kw)


def vn_ranges_unicode() -> Built:
    s = unicode_a4("r28-vn-ranges-unicode", "VN", "vi", ["r28-vn", "r28-vn-partial"],
                   "Paper, Hanoi giấy đề nghị chuyển mạng giữ số in an embedded Unicode font. "
                   "Vietnamese captions with English under them in boxes. Address cells Số nhà | "
                   "Đường / Phố (one street) | Phường | Quận (not in the case) | Thành phố. Tax "
                   "code and company seal not ours; legal representative and position. Ranges "
                   "table Từ số | Đến số | Số lượng (row 1 one block); contact phone beside it; "
                   "numbers staying; 'Hà Nội, ngày __ tháng __ năm 20__'.")
    s.date_formats = ["%d/%m/%Y"]
    u_letterhead(s, W4 - 40, H4 - 36, ["Công ty Viễn thông Sông Hồng", "Số 8 Tràng Thi, "
                                       "Hoàn Kiếm, Hà Nội", "Tổng đài 024 3555 0000"])
    s.text(40, H4 - 50, "GIẤY ĐỀ NGHỊ CHUYỂN MẠNG GIỮ SỐ", 13, bold=True)
    s.text(40, H4 - 63, "Number portability request (fixed lines)", 8)
    y = H4 - 104
    _vn(s, "Tên khách hàng / doanh nghiệp", "Customer / company name", 40, y, 330,
        "account_name")
    _vn(s, "Mã số thuế", "Tax code", 370, y, 185, None)
    y -= 28
    _vn(s, "Số nhà", "House no.", 40, y, 60, None)
    _vn(s, "Đường / Phố", "Street", 100, y, 160, None)
    span(s, 2, "street", "Số nhà | Đường / Phố")
    _vn(s, "Phường", "Ward", 260, y, 80, None)
    _vn(s, "Quận", "District", 340, y, 80, None)
    _vn(s, "Thành phố", "City", 420, y, 80, "city")
    _vn(s, "Mã bưu chính", "Postcode", 500, y, 55, "postal_code")
    y -= 28
    _vn(s, "Nhà mạng hiện tại", "Current operator", 40, y, 170, "carrier")
    _vn(s, "Mã khách hàng", "Customer code", 210, y, 170, "account_number")
    _vn(s, "Số điện thoại chính", "Main number", 380, y, 175, "btn")
    y -= 22
    x = tick_left(s, 40, y - 1, "check:business", "Doanh nghiệp / Business")
    x = tick_left(s, x, y - 1, "check:residential", "Cá nhân / Individual")
    y -= 18
    x = tick_left(s, 40, y - 1, "check:full_port", "Chuyển toàn bộ / All numbers")
    tick_left(s, x, y - 1, "check:partial_port", "Chuyển một phần / Some numbers")
    y -= 18
    s.text(40, y, "Các số chuyển mạng (mỗi dãy số liên tiếp ghi một dòng)", 8.5, bold=True)
    s.text(40, y - 10, "Numbers to port (one row per block of consecutive numbers)", 7)
    bottom = ranges(s, 40, y - 16, 4, (140, 140, 60),
                    headers=("Từ số / From", "Đến số / To", "Số lượng / Qty"))
    s.text(400, y - 30, "Số điện thoại liên hệ", 7.5)
    s.text(400, y - 39, "Contact phone", 6.5)
    s.box(400, y - 60, 155, 16, "contact_phone", "số điện thoại liên hệ")
    y = bottom - 22
    s.text(40, y, "Các số giữ lại nhà mạng hiện tại / Numbers staying:", 8)
    s.box(300, y - 5, 255, 16, "remaining_numbers", "các số giữ lại")
    y -= 40
    _vn(s, "Ngày chuyển mong muốn (dd/mm/yyyy)", "Requested date", 40, y, 200,
        "requested_date")
    _vn(s, "Email", "E-mail", 240, y, 315, "contact_email")
    y -= 16
    y = s.para(40, y, "Tôi đề nghị chuyển các số điện thoại nêu trên sang Công ty Viễn thông "
               "Sông Hồng và ủy quyền cho công ty thực hiện thủ tục với nhà mạng hiện tại. / I "
               "request the port of the numbers above and authorise the company to act for me.",
               W4 - 80, 7.5) - 14
    x = s.text(300, y, "Hà Nội, ngày", 9) + 4
    s.line_under(x, y - 2, x + 24, "date_signed_day", "ngày")
    x = s.text(x + 28, y, "tháng", 9) + 4
    s.line_under(x, y - 2, x + 24, "date_signed_month", "tháng")
    x = s.text(x + 28, y, "năm 20", 9) + 1
    s.line_under(x, y - 2, x + 20, "date_signed_year2", "năm")
    y -= 18
    s.text(300, y, "NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT", 8.5, bold=True)
    s.text(300, y - 10, "Legal representative (signature, seal)", 7)
    y -= 62
    s.sign_line("Ký tên / Signature", 300, y, W4 - 40, label_below=True)
    s.box(40, y - 10, 100, 60, None, "con dấu / seal")
    s.text(44, y + 42, "Đóng dấu / Seal", 6.5)
    y -= 34
    s.blank("Họ và tên / Full name", 300, y, W4 - 40, "authorized_name", size=8)
    y -= 18
    s.blank("Chức vụ / Position", 300, y, W4 - 40, "authorized_title", size=8)
    s.footer("SH-CMGS-01")
    return s.build()


FORMS = {
    "r28-ug-officer-xfa": ug_officer_xfa,
    "r28-mg-french-malagasy-paper": mg_french_malagasy_paper,
    "r28-no-bokmal-nynorsk-fillable": no_bokmal_nynorsk_fillable,
    "r28-vn-ranges-unicode": vn_ranges_unicode,
}
