"""Round 31, Dalmatia and Thessaly (held back; truth from the drawn page, the filler never run on
these by their author):

- A Dalmatian paper zahtjev za prijenos broja in Croatian on both sides of one A4 sheet, the back
  stored upside down and turned by /Rotate 180 (a tumble duplex): the address asked big to small
  (Država, Županija, Grad, Poštanski broj, Gradski kotar, Ulica i kućni br., Naziv zgrade; the
  country, county, district and building lines optional), abbreviated labels ('Br. računa',
  'Tel.', 'OIB' not ours), 'Označite ako NE želite prenijeti sve brojeve' (a tick only for a
  partial port), the numbers in two numbered columns asked in international format (+385 ...),
  the account number asked again at the head of the back, the numbers that stay, the signature
  line beside a same-sized 'Pečat' box, a second representative and the operator's block not
  ours.
- A Thessaly fillable αίτηση φορητότητας in Greek over two A4 pages, each with a header band of
  widgets (Αρ. λογαριασμού | Επωνυμία | Σελίδα n από 2, each asked again), the tax number ΑΦΜ in
  nine one-character widgets (not ours), the donor provider in a drop-down, two account blocks
  'Λογαριασμός 1 | Λογαριασμός 2' (only the first ours) whose numbers are asked without the
  country code, the requested date in eight one-character widgets (ΗΗΜΜΕΕΕΕ), a porting time
  window (not ours), the signature box beside a company stamp box.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet
from tests.loaforms.round3_kit import under
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round14_kit import UnicodeSheet, witness_line
from tests.loaforms.round24_kit import rotate_pages
from tests.loaforms.round28_kit import choice, tf
from tests.loaforms.round31_kit import begin_flipped, char_widgets, unflip_places

Built = tuple[bytes, dict[str, Any]]


def da_tumble_paper() -> Built:
    s = UnicodeSheet("r31-da-tumble-duplex-paper", "HR", "hr",
                     "Paper, Dalmatia, A4 front and back, Croatian. The back drawn upside down "
                     "with /Rotate 180; address big to small (Država, Županija, Gradski kotar, "
                     "Naziv zgrade optional, not ours); OIB not ours; negative tick for a partial "
                     "port; numbers 1-8 in two columns, international format; account number "
                     "again on the back; numbers staying; signature beside a Pečat box; second "
                     "representative and operator block not ours.", A4,
                     ["r31-da", "r31-da-partial"])
    s.date_formats = ["%d.%m.%Y", "%d.%m.%Y."]
    w, h = A4
    letterhead(s, w - 40, h - 40, ["Jadran Telekom d.d.", "Domovinskog rata 49, 21000 Split",
                                   "Služba za korisnike 021 330 100"])
    s.text(40, h - 48, "ZAHTJEV ZA PRIJENOS BROJA", 14, bold=True)
    s.text(40, h - 62, "Ispunite tiskanim slovima. Obrazac je dvostran: nastavak na poleđini.",
           7.5)
    y = h - 90
    s.band(40, y, w - 80, "A. PRETPLATNIK", 8.5)
    y -= 22
    s.blank("Naziv / Ime i prezime pretplatnika", 40, y, w - 40, "account_name", size=8)
    y -= 20
    s.blank("OIB", 40, y, 200, None, size=8)
    s.blank("Br. računa kod sadašnjeg operatora", 210, y, w - 40, "account_number", size=8)
    y -= 20
    s.blank("Sadašnji operator", 40, y, 280, "carrier", size=8)
    s.text(300, y, "Vrsta korisnika:", 8)
    s.tick(370, y - 1, "check:business", "poslovni")
    s.tick(440, y - 1, "check:residential", "privatni")
    y -= 20
    s.blank("Ovlaštena osoba", 40, y, 330, "authorized_name", size=8)
    s.blank("Funkcija", 340, y, w - 40, "authorized_title", size=8)
    y -= 20
    s.blank("Tel. za kontakt", 40, y, 260, "contact_phone", size=8)
    s.blank("E-pošta", 270, y, w - 40, "contact_email", size=8)
    y -= 28
    s.band(40, y, w - 80, "B. ADRESA PRIKLJUČKA (od države prema ulici)", 8.5)
    y -= 22
    s.blank("Država", 40, y, 250, None, size=8, optional=True)
    s.blank("Županija", 260, y, w - 40, None, size=8, optional=True)
    y -= 20
    s.blank("Grad / mjesto", 40, y, 330, "city", size=8)
    s.blank("Poštanski br.", 340, y, w - 40, "postal_code", size=8)
    y -= 20
    s.blank("Gradski kotar / četvrt", 40, y, w - 40, None, size=8, optional=True)
    y -= 20
    s.blank("Ulica i kućni br.", 40, y, w - 40, "street", size=8)
    y -= 20
    s.blank("Naziv zgrade", 40, y, 330, None, size=8, optional=True)
    s.blank("Kat / stan", 340, y, w - 40, None, size=8, optional=True)
    y -= 28
    s.band(40, y, w - 80, "C. BROJEVI ZA PRIJENOS (u međunarodnom obliku: +385 21 ...)", 8.5)
    y -= 22
    slots = s.slot_group()
    for n in range(8):
        col, row = divmod(n, 4)
        x = 40 + col * 260
        ry = y - row * 20
        s.right_text(x + 16, ry, f"{n + 1}.", 8)
        s.text(x + 20, ry, "+385", 8)
        s.rule(x + 42, ry - 2, x + 240)
        s.slot(slots, (x + 20, ry - 4, x + 240, ry + 11), f"broj {n + 1}")
    y -= 4 * 20 + 6
    s.tick(40, y - 1, "check:partial_port",
           "Označite ako NE želite prenijeti sve brojeve s ovog računa (djelomični prijenos)")
    s.footer("JT-PB-07  str. 1/2   Okrenite list.")
    s.next_page()
    begin_flipped(s)
    y = h - 50
    s.blank("Br. računa", 40, y, 230, "account_number", size=8)
    s.blank("Pretplatnik", 240, y, w - 130, "account_name", size=8)
    s.text(w - 120, y, "str. 2/2", 8, bold=True)
    y -= 28
    s.band(40, y, w - 80, "D. BROJEVI KOJI OSTAJU KOD SADAŠNJEG OPERATORA", 8.5)
    y -= 22
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for n in range(3):
        s.right_text(56, y, f"{n + 1}.", 8)
        s.rule(60, y - 2, 300)
        s.slot(stay, (60, y - 4, 300, y + 11), f"ostaje {n + 1}")
        y -= 20
    y -= 8
    s.band(40, y, w - 80, "E. ROK I SUGLASNOST", 8.5)
    y -= 22
    s.blank("Željeni datum prijenosa (dd.mm.gggg.)", 40, y, 320, "requested_date", size=8)
    y -= 22
    y = s.para(40, y, "Potpisom potvrđujem da sam ovlašten/a raspolagati navedenim brojevima i "
               "ovlašćujem Jadran Telekom d.d. da u moje ime podnese zahtjev za prijenos broja "
               "i raskid pretplatničkog odnosa za prenesene brojeve.", w - 80, 7.5)
    y -= 14
    s.blank("Mjesto", 40, y, 220, None, size=8, optional=True)
    s.blank("Datum", 240, y, 400, "date_signed", size=8)
    y -= 70
    s.box(40, y, 230, 50, "signature", "potpis")
    s.text(40, y - 10, "Potpis ovlaštene osobe", 7)
    s.box(300, y, 230, 50, None, "pečat")
    s.text(300, y - 10, "Pečat (za poslovne korisnike)", 7)
    y -= 50
    witness_line(s, "Potpis drugog ovlaštenog zastupnika (ako je potrebno)", 40, y, 270)
    under(s, "Ime i prezime drugog zastupnika", 300, y, 530, None)
    y -= 40
    s.band(40, y, w - 80, "POPUNJAVA OPERATOR", 8)
    y -= 22
    s.blank("Zaprimljeno", 40, y, 200, None, size=8)
    s.blank("Br. zahtjeva", 210, y, 380, None, size=8)
    s.blank("Djelatnik", 390, y, w - 40, None, size=8)
    s.text(40, 24, "JT-PB-07  str. 2/2", 7)
    unflip_places(s, 2)
    pdf, truth = s.build()
    return rotate_pages(pdf, {2}, 180), truth


def _band(s: Sheet, page: int, tag: str) -> None:
    w, h = A4
    s.c.setFillGray(0.9)
    s.c.rect(40, h - 66, w - 80, 26, stroke=1, fill=1)
    s.c.setFillGray(0)
    s.text(44, h - 52, "Αρ. λογαριασμού", 7)
    tf(s, f"hdr{tag}_acct", 110, h - 58, 110, 13, "account_number")
    s.text(228, h - 52, "Επωνυμία / Ονοματεπώνυμο", 7)
    tf(s, f"hdr{tag}_name", 330, h - 58, 145, 13, "account_name")
    s.text(482, h - 52, f"Σελίδα {page} από 2", 7.5, bold=True)


def th_accounts_fillable() -> Built:
    s = UnicodeSheet("r31-th-char-date-fillable", "GR", "el",
                     "Fillable, Thessaly, two A4 pages, Greek. Header band of widgets on each page "
                     "(account number and name asked again); ΑΦΜ in nine one-character widgets "
                     "and ΔΟΥ not ours; donor provider drop-down; two account blocks, only the "
                     "first ours, numbers without +30; partial tick and numbers staying; "
                     "requested date in eight one-character widgets date_1..date_8 (DDMMYYYY); "
                     "time window ticks not ours; signature box beside a stamp box.", A4,
                     ["r31-th", "r31-th-partial"])
    s.date_formats = ["%d%m%Y", "%d/%m/%Y", "%d-%m-%Y"]
    w, h = A4
    _band(s, 1, "1")
    s.text(40, h - 90, "ΑΙΤΗΣΗ ΦΟΡΗΤΟΤΗΤΑΣ ΑΡΙΘΜΟΥ", 14, bold=True)
    s.text(40, h - 103, "Θεσσαλία Τηλεπικοινωνίες Α.Ε.  -  Λάρισα", 8)
    y = h - 124
    s.band(40, y, w - 80, "1. ΣΤΟΙΧΕΙΑ ΣΥΝΔΡΟΜΗΤΗ", 8.5)
    y -= 30
    s.text(40, y + 15, "Επωνυμία εταιρείας ή ονοματεπώνυμο", 6.8)
    tf(s, "fld_01", 40, y, 300, 14, "account_name")
    s.text(350, y + 15, "Α.Φ.Μ.", 6.8)
    char_widgets(s, "afm", 350, y, 9, None, "ΑΦΜ", cell=13)
    y -= 32
    s.text(40, y + 15, "Δ.Ο.Υ.", 6.8)
    tf(s, "fld_02", 40, y, 120, 14, None)
    s.text(170, y + 15, "Νόμιμος εκπρόσωπος / εξουσιοδοτημένο πρόσωπο", 6.8)
    tf(s, "fld_03", 170, y, 220, 14, "authorized_name")
    s.text(400, y + 15, "Ιδιότητα", 6.8)
    tf(s, "fld_04", 400, y, 155, 14, "authorized_title")
    y -= 32
    s.text(40, y + 15, "Οδός και αριθμός", 6.8)
    tf(s, "fld_05", 40, y, 240, 14, "street")
    s.text(290, y + 15, "Τ.Κ.", 6.8)
    tf(s, "fld_06", 290, y, 60, 14, "postal_code")
    s.text(360, y + 15, "Πόλη", 6.8)
    tf(s, "fld_07", 360, y, 195, 14, "city")
    y -= 32
    s.text(40, y + 15, "Τηλ. επικοινωνίας", 6.8)
    tf(s, "fld_08", 40, y, 130, 14, "contact_phone")
    s.text(180, y + 15, "Email", 6.8)
    tf(s, "fld_09", 180, y, 200, 14, "contact_email")
    s.text(390, y + 15, "Πάροχος δωρητής", 6.8)
    choice(s, "fld_10", 390, y, 165, ["Cosmote", "Vodafone", "Nova", "Άλλος"], "carrier")
    y -= 26
    s.text(40, y + 2, "Τύπος συνδρομητή:", 8)
    s.radio("typos", "1", 130, y, "check:business", "Επιχείρηση")
    s.radio("typos", "2", 220, y, "check:residential", "Ιδιώτης")
    s.text(320, y + 2, "Κύριος αριθμός (BTN)", 7.5)
    tf(s, "fld_11", 410, y - 3, 145, 14, "btn")
    y -= 24
    s.band(40, y, w - 80, "2. ΑΡΙΘΜΟΙ ΠΡΟΣ ΜΕΤΑΦΟΡΑ (χωρίς το +30, π.χ. 2410 530100)", 8.5)
    y -= 14
    bw = (w - 90) / 2
    slots = s.slot_group()
    for a in range(2):
        bx = 40 + a * (bw + 10)
        s.frame(bx, y - 136, bw, 136)
        s.text(bx + 4, y - 12, f"Λογαριασμός {a + 1}", 8, bold=True)
        s.text(bx + 4, y - 28, "Αρ. λογαριασμού", 7)
        tf(s, f"acc{a + 1}_no", bx + 70, y - 32, bw - 76, 13,
           "account_number" if a == 0 else None)
        for n in range(6):
            ry = y - 52 - n * 14
            s.right_text(bx + 16, ry + 3, f"{n + 1}.", 7)
            name = f"acc{a + 1}_num{n + 1}"
            tf(s, name, bx + 20, ry, bw - 26, 12, None)
            if a == 0:
                s.places.pop()
                s.slot(slots, (bx + 20, ry, bx + bw - 6, ry + 12), f"λογαριασμός 1 αρ. {n + 1}",
                       name)
    y -= 160
    s.footer("ΘΤ-ΦΑ/2  Συνεχίζεται στη σελίδα 2")
    s.next_page()
    _band(s, 2, "2")
    y = h - 96
    s.band(40, y, w - 80, "3. ΜΕΡΙΚΗ ΦΟΡΗΤΟΤΗΤΑ", 8.5)
    y -= 22
    s.checkbox("merikh", 40, y, "check:partial_port",
               "Μεταφέρονται μόνο ορισμένοι αριθμοί του λογαριασμού")
    y -= 16
    s.text(40, y, "Αριθμοί που παραμένουν στον πάροχο δωρητή:", 7.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for n in range(2):
        tf(s, f"menei{n + 1}", 240 + n * 160, y - 4, 150, 13, None)
        s.places.pop()
        s.slot(stay, (240 + n * 160, y - 4, 390 + n * 160, y + 9), f"παραμένει {n + 1}",
               f"menei{n + 1}")
    y -= 34
    s.band(40, y, w - 80, "4. ΗΜΕΡΟΜΗΝΙΑ ΜΕΤΑΦΟΡΑΣ", 8.5)
    y -= 30
    s.text(40, y + 3, "Επιθυμητή ημερομηνία", 8)
    s.text(150, y + 16, "Η  Η   Μ  Μ   Ε  Ε  Ε  Ε", 6.5)
    char_widgets(s, "date", 150, y, 8, "requested_date", "επιθυμητή ημερομηνία", cell=12,
                 comb=True)
    s.text(270, y + 3, "Χρονικό παράθυρο:", 8)
    s.checkbox("slot_am", 350, y + 1, None, "08:00-12:00")
    s.checkbox("slot_pm", 430, y + 1, None, "12:00-16:00")
    y -= 30
    y = s.para(40, y, "Ο υπογράφων δηλώνω ότι είμαι ο συνδρομητής ή εξουσιοδοτημένος από αυτόν "
               "και ζητώ τη μεταφορά των παραπάνω αριθμών στη Θεσσαλία Τηλεπικοινωνίες Α.Ε., "
               "με λύση της σύμβασης με τον πάροχο δωρητή για τους αριθμούς αυτούς.", w - 80, 7.5)
    y -= 64
    s.box(40, y, 240, 56, "signature", "υπογραφή")
    s.text(40, y - 10, "Υπογραφή συνδρομητή / εκπροσώπου", 7)
    s.box(315, y, 240, 56, None, "σφραγίδα")
    s.text(315, y - 10, "Σφραγίδα εταιρείας", 7)
    y -= 40
    s.text(40, y + 15, "Ονοματεπώνυμο υπογράφοντος", 6.8)
    tf(s, "fld_20", 40, y, 240, 14, "authorized_name")
    s.text(315, y + 15, "Ημερομηνία (ΗΗ/ΜΜ/ΕΕΕΕ)", 6.8)
    tf(s, "fld_21", 315, y, 110, 14, "date_signed")
    s.footer("ΘΤ-ΦΑ/2")
    return s.build()


FORMS = {
    "r31-da-tumble-duplex-paper": da_tumble_paper,
    "r31-th-char-date-fillable": th_accounts_fillable,
}
