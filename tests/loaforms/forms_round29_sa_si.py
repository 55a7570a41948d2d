"""Round 29, Sardinia and Silesia (held back; truth from the drawn page, the filler never run on
these by their author):

- A Sardinian partly fillable richiesta di portabilità over two A4 pages: page 1 is guidance only,
  with the key to the codes ('A1 Intestatario della linea', 'B4 CAP', ...); page 2 is the form
  proper, its boxes labelled by code alone, footnote marks on some labels ('A2 ²') with the notes
  at the page foot, a side column of instructions ('vedi nota 3') beside the fields, a codice
  fiscale / partita IVA box (not ours), a numbers table with a kind column (not the case's), the
  numbers that stay in two widgets, and a section for an heir 'solo in caso di decesso
  dell'intestatario' that the cases leave empty.
- A Silesian paper wniosek in Polish on an A4 landscape design carried by a portrait page with
  /Rotate 90: the numbers table comes first, its cells with '+48' printed inside (the value must
  not repeat it), a kind column (stacjonarny / faks / ISDN MSN, not the case's); the whole
  installation address in one box of three lines; 'Pan / Pani (niepotrzebne skreślić)'; NIP,
  REGON and PESEL (not ours); 'Czy przenieść wszystkie numery?  Tak [] Nie []'; a company stamp.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import a4
from tests.loaforms.round14_kit import unicode_a4
from tests.loaforms.round24_kit import rotate_pages, turn_page, unturn_places
from tests.loaforms.round28_kit import tf
from tests.loaforms.round29_kit import yes_no

Built = tuple[bytes, dict[str, Any]]
W, H = A4

_KEY = [("A1", "Intestatario della linea (ragione sociale, o nome e cognome se privato)"),
        ("A2", "Codice cliente presso l'operatore attuale"),
        ("A3", "Operatore attuale (cedente)"),
        ("A4", "Numero principale della linea"),
        ("A5", "Codice fiscale / Partita IVA"),
        ("B1", "Indirizzo di installazione (via e numero civico)"),
        ("B2", "Comune"), ("B3", "Provincia (sigla)"), ("B4", "CAP"),
        ("C1", "Recapito telefonico per comunicazioni"), ("C2", "Indirizzo e-mail"),
        ("C3", "Data desiderata per il passaggio (gg/mm/aaaa)"),
        ("D1", "Nome e cognome del firmatario"), ("D2", "Qualifica del firmatario"),
        ("D3", "Data di sottoscrizione (gg/mm/aaaa)")]


def _code_box(s: Any, code: str, x: float, y: float, w: float, fld: str | None,
              name: str | None = None, mark: str = "") -> None:
    s.text(x, y + 16, code + mark, 7, bold=True)
    if name:
        tf(s, name, x, y, w, 14, fld, what=code)
    else:
        s.box(x, y, w, 14, fld, code)


def sa_codes_partly() -> Built:
    s = a4("r29-sa-codici-legenda-partly", "IT", "it", ["r29-sa", "r29-sa-partial"],
           "Partly fillable, Sardinia, two A4 pages. Page 1 guidance with the key to the box "
           "codes; page 2 boxes labelled by code only (A1-D3), footnote marks with notes at the "
           "foot, a side column of instructions. A5 codice fiscale / P.IVA not ours; numbers "
           "table 6 rows (kind column not ours); numbers staying two widgets; heir section "
           "(death of the holder) not ours; Privato/Azienda and totale/parziale checkboxes; "
           "signature on paper, D3 date widget.")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, H - 50, "Nuraghe Fibra S.r.l.", 12, bold=True)
    s.text(40, H - 62, "Viale Trieste 27, 09123 Cagliari  -  portabilita@nuraghefibra.example", 7.5)
    s.text(40, H - 96, "RICHIESTA DI PORTABILITÀ DEL NUMERO  -  ISTRUZIONI", 13, bold=True)
    y = s.para(40, H - 118, "Compili il modulo alla pagina 2 in stampatello. Le caselle del "
               "modulo riportano solo un codice: il significato di ciascun codice è indicato "
               "nella legenda qui sotto. Alleghi copia dell'ultima fattura dell'operatore "
               "attuale e di un documento d'identità del firmatario. La portabilità non comporta "
               "la cessazione automatica di altri servizi con l'operatore attuale.", W - 80, 8.5)
    y -= 10
    s.text(40, y, "LEGENDA DEI CODICI", 10, bold=True)
    y -= 16
    for code, meaning in _KEY:
        s.text(50, y, code, 8.5, bold=True)
        s.text(80, y, meaning, 8.5)
        y -= 13
    y -= 10
    for n, note in enumerate(["Le Sezioni A-D sono obbligatorie. La Sezione E si compila solo "
                              "in caso di decesso dell'intestatario.",
                              "Per la portabilità parziale indichi nella Sezione F i numeri che "
                              "restano all'operatore attuale.",
                              "La data desiderata non può essere anteriore a 5 giorni "
                              "lavorativi dalla ricezione."], start=1):
        y = s.para(40, y, f"Nota {n}. {note}", W - 80, 8)
    s.footer("NF-MNP-03  pagina 1 di 2")
    s.next_page()
    s.text(40, H - 46, "RICHIESTA DI PORTABILITÀ (modulo)", 12, bold=True)
    side = 420
    s.c.setFillGray(0.93)
    s.c.rect(side, 80, W - 40 - side, H - 150, stroke=0, fill=1)
    s.c.setFillGray(0)
    ny = H - 100
    for note in ["Note per la compilazione", "A: vedi nota 1 e la legenda a pag. 1.",
                 "A2: vedi nota ².", "A5: non necessario per la portabilità, per uso "
                 "dell'operatore.", "C3: vedi nota 3.", "E: solo in caso di decesso "
                 "dell'intestatario.", "F: vedi nota 2.", "Firmi dove indicato con la X."]:
        ny = s.para(side + 6, ny, note, W - 52 - side, 7) - 4
    y = H - 70
    s.band(40, y, side - 50, "A  Intestatario", 8.5)
    y -= 36
    _code_box(s, "A1", 40, y, 360, "account_name", "Campo1")
    y -= 32
    _code_box(s, "A2", 40, y, 170, "account_number", "Campo2", mark=" ²")
    _code_box(s, "A3", 220, y, 180, "carrier", "Campo3")
    y -= 32
    _code_box(s, "A4", 40, y, 170, "btn")
    _code_box(s, "A5", 220, y, 180, None, mark=" ¹")
    y -= 24
    s.checkbox("Tipo1", 40, y, "check:residential", "Privato")
    s.checkbox("Tipo2", 120, y, "check:business", "Azienda")
    y -= 18
    s.band(40, y, side - 50, "B  Indirizzo di installazione", 8.5)
    y -= 36
    _code_box(s, "B1", 40, y, 360, "street", "Campo6")
    y -= 32
    _code_box(s, "B2", 40, y, 200, "city", "Campo7")
    _code_box(s, "B3", 250, y, 50, "state")
    _code_box(s, "B4", 310, y, 90, "postal_code", "Campo9")
    y -= 20
    s.band(40, y, side - 50, "C  Recapiti e data", 8.5)
    y -= 36
    _code_box(s, "C1", 40, y, 170, "contact_phone", "Campo10")
    _code_box(s, "C2", 220, y, 180, "contact_email", "Campo11")
    y -= 32
    _code_box(s, "C3", 40, y, 120, "requested_date", "Campo12", mark=" ³")
    s.checkbox("Port1", 180, y + 3, "check:full_port", "portabilità totale")
    s.checkbox("Port2", 290, y + 3, "check:partial_port", "parziale")
    y -= 20
    s.band(40, y, side - 50, "N  Numeri da portare", 8.5)
    s.frame(40, y - 24, 24, 16)
    s.frame(64, y - 24, 200, 16)
    s.text(68, y - 19, "Numero", 7, bold=True)
    s.frame(264, y - 24, 136, 16)
    s.text(268, y - 19, "Tipo (fisso / fax / ISDN)", 7, bold=True)
    top = y - 24
    slots = s.slot_group()
    for r in range(6):
        ry = top - (r + 1) * 16
        s.frame(40, ry, 24, 16)
        s.right_text(58, ry + 4.5, str(r + 1), 7.5)
        s.frame(64, ry, 200, 16)
        s.slot(slots, (65, ry + 1, 263, ry + 15), f"numero {r + 1}")
        s.frame(264, ry, 136, 16)
        s._place((265, ry + 1, 399, ry + 15), None, what=f"tipo (fisso/fax/ISDN) {r + 1}")
    y = top - 7 * 16 - 20
    s.band(40, y, side - 50, "E  Erede (solo in caso di decesso dell'intestatario)", 8.5)
    y -= 34
    s.text(40, y + 16, "E1 Nome e cognome dell'erede", 7)
    tf(s, "Campo20", 40, y, 200, 14, None)
    s.text(250, y + 16, "E2 Data del decesso", 7)
    tf(s, "Campo21", 250, y, 150, 14, None)
    y -= 20
    s.band(40, y, side - 50, "F  Portabilità parziale: numeri che restano", 8.5)
    y -= 24
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        tf(s, f"Campo3{k}", 40 + k * 185, y, 175, 14, None)
        s.places.pop()
        s.slot(stay, (40 + k * 185, y, 215 + k * 185, y + 14), f"resta {k + 1}", f"Campo3{k}")
    y -= 22
    s.band(40, y, side - 50, "D  Sottoscrizione", 8.5)
    y -= 36
    _code_box(s, "D1", 40, y, 200, "authorized_name", "Campo40")
    _code_box(s, "D2", 250, y, 150, "authorized_title", "Campo41")
    y -= 40
    s.text(40, y + 4, "X", 11, bold=True)
    s.sign_line("Firma", 52, y, 250, label_below=True)
    _code_box(s, "D3", 270, y, 130, "date_signed", "Campo42")
    s.c.setFont(s.font, 6.5)
    s.c.drawString(40, 60, "¹ Codice fiscale per i privati, partita IVA per le aziende.")
    s.c.drawString(40, 51, "² Il codice cliente è riportato in alto a destra della fattura "
                   "dell'operatore attuale.")
    s.c.drawString(40, 42, "³ Vedi nota 3 a pagina 1.")
    s.footer("NF-MNP-03  pagina 2 di 2")
    return s.build()


def si_turned_paper() -> Built:
    s = unicode_a4("r29-si-wniosek-obrocony-paper", "PL", "pl", ["r29-si", "r29-si-partial"],
                   "Paper, Silesia, an A4 landscape design on a portrait page with /Rotate 90. "
                   "Numbers table first with '+48' printed in each number cell (value written "
                   "after it), kind column not ours; account holder, one three-line address box "
                   "(address), Pan/Pani strike, NIP/REGON/PESEL not ours, Tak/Nie for all "
                   "numbers, numbers staying two lines, signer name and position, dates "
                   "dd.mm.rrrr, company stamp not ours.")
    s.date_formats = ["%d.%m.%Y"]
    w, h = turn_page(s)
    s.text(36, h - 40, "Silesia Net Sp. z o.o.  |  ul. Chorzowska 50, 40-121 Katowice", 8)
    s.text(36, h - 62, "WNIOSEK O PRZENIESIENIE NUMERU (NUMERÓW)", 14, bold=True)
    s.text(36, h - 76, "Proszę wypełnić drukowanymi literami. Najpierw numery, potem dane "
           "abonenta.", 8)
    s.band(36, h - 100, 380, "1. Numery do przeniesienia", 9)
    top = h - 110
    s.frame(36, top - 16, 26, 16)
    s.text(40, top - 11, "Lp.", 7, bold=True)
    s.frame(62, top - 16, 200, 16)
    s.text(66, top - 11, "Numer telefonu", 7, bold=True)
    s.frame(262, top - 16, 154, 16)
    s.text(266, top - 11, "Rodzaj (stacjonarny / faks / ISDN MSN)", 6.5, bold=True)
    slots = s.slot_group()
    for r in range(9):
        ry = top - 16 - (r + 1) * 18
        s.frame(36, ry, 26, 18)
        s.right_text(56, ry + 5, f"{r + 1}.", 8)
        s.frame(62, ry, 200, 18)
        s.text(65, ry + 5, "+48", 8.5)
        s.slot(slots, (84, ry + 1, 261, ry + 17), f"numer {r + 1} (po +48)")
        s.frame(262, ry, 154, 18)
        s._place((263, ry + 1, 415, ry + 17), None, what=f"rodzaj {r + 1}")
    y = top - 16 - 10 * 18 - 16
    y = yes_no(s, 36, y, "Czy przenieść wszystkie numery z konta?", "check:full_port",
               "check:partial_port", words=("Tak", "Nie"))
    s.text(36, y, "Jeśli Nie: numery pozostające u obecnego operatora", 8)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k in range(2):
        ly = y - 18 - k * 18
        s.text(36, ly, "+48", 8.5)
        s.rule(56, ly - 2, 300)
        s.slot(stay, (56, ly - 4, 300, ly + 11), f"pozostaje {k + 1}")
    x0 = 440
    s.band(x0, h - 100, w - 36 - x0, "2. Dane abonenta", 9)
    y = h - 124
    s.text(x0, y, "Pan / Pani / Firma (niepotrzebne skreślić)", 7.5)
    y -= 18
    s.blank("Nazwa firmy / imię i nazwisko", x0, y, w - 36, "account_name", size=8)
    y -= 20
    s.text(x0, y, "Adres instalacji (ulica i nr, kod pocztowy, miejscowość):", 8)
    s.frame(x0, y - 44, w - 36 - x0, 40)
    for k in (1, 2):
        s.c.setDash(1, 2)
        s.rule(x0 + 4, y - 4 - 13 * k, w - 40, 0.4)
        s.c.setDash()
    s._place((x0 + 1, y - 43, w - 37, y - 5), "address", what="adres instalacji (3 linie)")
    y -= 62
    s.blank("NIP", x0, y, x0 + 120, None, size=8)
    s.blank("REGON", x0 + 130, y, x0 + 260, None, size=8)
    s.blank("PESEL", x0 + 270, y, w - 36, None, size=8)
    y -= 20
    s.blank("Numer konta / klienta", x0, y, x0 + 190, "account_number", size=8)
    s.blank("Obecny operator", x0 + 200, y, w - 36, "carrier", size=8)
    y -= 20
    end = s.text(x0, y, "Telefon kontaktowy  +48", 8) + 4
    s.rule(end, y - 2, x0 + 190)
    s._place((end, y - 4, x0 + 190, y + 11), "contact_phone", what="telefon kontaktowy (+48)")
    s.blank("E-mail", x0 + 200, y, w - 36, "contact_email", size=8)
    y -= 20
    end = s.text(x0, y, "Numer główny (rozliczeniowy)  +48", 8) + 4
    s.rule(end, y - 2, x0 + 290)
    s._place((end, y - 4, x0 + 290, y + 11), "btn", what="numer główny (+48)")
    y -= 20
    s.blank("Proponowana data przeniesienia (dd.mm.rrrr)", x0, y, x0 + 290, "requested_date",
            size=8)
    y -= 18
    x = s.text(x0, y, "Typ abonenta:", 8) + 8
    for word, fld in (("osoba fizyczna", "check:residential"), ("firma", "check:business")):
        s.tick(x, y - 1, fld, word)
        x += 90
    s.band(x0, y - 22, w - 36 - x0, "3. Oświadczenie i podpis", 9)
    y = s.para(x0, y - 40, "Wnoszę o przeniesienie powyższych numerów do Silesia Net Sp. z o.o. "
               "i upoważniam ją do złożenia w moim imieniu wypowiedzenia umowy u obecnego "
               "operatora w zakresie przenoszonych numerów.", w - 36 - x0, 7.5)
    y -= 10
    s.blank("Imię i nazwisko osoby upoważnionej", x0, y, w - 36, "authorized_name", size=8)
    y -= 20
    s.blank("Stanowisko", x0, y, x0 + 200, "authorized_title", size=8)
    s.blank("Data", x0 + 210, y, w - 36, "date_signed", size=8)
    y -= 40
    s.sign_line("Podpis abonenta", x0, y, x0 + 190, label_below=True)
    s.frame(x0 + 210, y - 20, w - 36 - x0 - 210, 42)
    s.text(x0 + 214, y - 17, "Pieczęć firmowa", 6.5)
    s._place((x0 + 211, y - 19, w - 37, y + 21), None, what="pieczęć firmowa")
    s.text(36, 30, "SN/MNP/2029  Wypełnia operator: nr zlecenia ______  data wpływu ______", 7)
    unturn_places(s, 1)
    pdf, truth = s.build()
    return rotate_pages(pdf, {1}), truth


FORMS = {
    "r29-sa-codici-legenda-partly": sa_codes_partly,
    "r29-si-wniosek-obrocony-paper": si_turned_paper,
}
