"""Round 27 (held back), Izmir and Crete: an Izmir operator's paper numara taşıma başvuru formu
in Turkish: the company signs through its officer ('Yetkili kişi', 'Unvanı', 'Kaşe / İmza' with
the stamp not ours), the tax office and tax number, the trade registry number and the T.C.
identity number not ours, the address split into street and number | district (İlçe) |
province (İl) | postcode, the business name in a short box (it must fit in smaller type), a
service-type tick group with 'Diğer: ___' (not in the case), a numbers table whose per-row SIM
serial and line-type columns are not ours, a contact phone and a fax beside the numbers (the
fax not ours), the requested date with a printed GG.AA.YYYY hint, the date signed as
'__ / __ / ____', and a dealer's block (bayi kodu, satış temsilcisi) that is not ours; and a
Heraklion provider's fillable αίτηση φορητότητας in Greek: widgets captioned to their right in
the address rows, a service-type and a country drop-down (not decided by the case: optional),
the donor provider in its own text widget, the ΑΦΜ / ΔΟΥ not ours, the numbers in two side-by-side
tables (1-4 | 5-8), the date signed with the month written out ('___ ____________ 20__'), a
signature place without a widget, 'Μονογραφή' boxes at the foot (optional) and the shop clerk's
signature not ours. Truth from the drawn page; the filler never run on them."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet
from tests.loaforms.round14_kit import unicode_a4, witness_line
from tests.loaforms.round27_kit import choice, initials, table, widget

Built = tuple[bytes, dict[str, Any]]
W, H = float(A4[0]), float(A4[1])


def _above(s: Sheet, text: str, x: float, y: float) -> None:
    s.text(x, y + 17, text, 6.8)


def _abox(s: Sheet, caption: str, x: float, y: float, w: float, fld: str | None,
          h: float = 15) -> None:
    _above(s, caption, x, y + h - 15)
    s.box(x, y, w, h, fld, caption)


# -- Izmir ---------------------------------------------------------------------------------------
def _iz_customer(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "1. ABONE BİLGİLERİ", 8.5)
    y -= 34
    _abox(s, "Unvan / Ad Soyad", 40, y, 150, "account_name")
    _abox(s, "Vergi dairesi", 196, y, 100, None)
    _abox(s, "Vergi no", 302, y, 90, None)
    _abox(s, "Ticaret sicil no", 398, y, W - 40 - 398, None)
    y -= 32
    _abox(s, "T.C. kimlik no (bireysel)", 40, y, 150, None)
    s.text(200, y + 4, "Abone tipi:", 8)
    s.tick(250, y + 3, "check:business", "Kurumsal")
    s.tick(330, y + 3, "check:residential", "Bireysel")
    y -= 32
    _abox(s, "Cadde / sokak ve kapı no", 40, y, 220, "street")
    _abox(s, "İlçe", 266, y, 100, "city")
    _abox(s, "İl", 372, y, 80, "state")
    _abox(s, "Posta kodu", 458, y, W - 40 - 458, "postal_code")
    y -= 32
    _abox(s, "Yetkili kişi (ad soyad)", 40, y, 220, "authorized_name")
    _abox(s, "Unvanı", 266, y, 130, "authorized_title")
    _abox(s, "E-posta", 402, y, W - 40 - 402, "contact_email")
    return y - 22


def _iz_numbers(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "2. TAŞINACAK NUMARALAR", 8.5)
    y -= 34
    _abox(s, "Mevcut işletmeci", 40, y, 150, "carrier")
    _abox(s, "Abone / hesap no", 196, y, 130, "account_number")
    _abox(s, "Ana numara", 332, y, 110, "btn")
    y -= 14
    s.text(40, y, "Hizmet türü:", 8)
    x = 100
    for word in ("Sabit hat", "ISDN", "Santral (PBX)"):
        s.tick(x, y, None, word)
        x += 80
    s.tick(x, y, None, "Diğer:")
    s.rule(x + 42, y - 1, x + 140)
    s._place((x + 42, y - 2, x + 140, y + 11), None, what="Diğer: ___")
    y -= 14
    s.tick(40, y, "check:full_port", "Hesaptaki tüm numaralar")
    s.tick(200, y, "check:partial_port", "Yalnızca aşağıdaki numaralar")
    slots = s.slot_group(ordered=True)
    bottom = table(s, slots, 40, y - 8, 6, [("Sıra", 24, "no"), ("Numara", 130, "number"),
                                             ("Hat tipi", 60, None),
                                             ("SIM seri no", 90, None)])
    x = 360
    _abox(s, "İrtibat telefonu", x, y - 40, W - 40 - x, "contact_phone")
    _abox(s, "Faks", x, y - 72, W - 40 - x, None)
    _abox(s, "Kalacak numaralar (kısmi taşıma)", x, y - 104, W - 40 - x, "remaining_numbers")
    _abox(s, "İstenen taşıma tarihi (GG.AA.YYYY)", x, y - 136, 100, "requested_date")
    return min(bottom, y - 136) - 18


def iz_paper() -> Built:
    s = unicode_a4("r27-iz-numara-tasima-paper", "TR", "tr", ["r27-iz", "r27-iz-home"],
                   "Paper, Izmir, Turkish. Officer signing for the company (yetkili kişi, "
                   "unvanı, kaşe not ours); tax office, tax no., trade registry and T.C. "
                   "identity no. not ours; street and no. | İlçe | İl | posta kodu; the business "
                   "name in a 150 pt box (fit in smaller type); 'Diğer: ___' not in the case; "
                   "numbers 1-6 with line-type and SIM columns not ours; contact phone and fax "
                   "(not ours) beside the numbers; requested date GG.AA.YYYY; date signed "
                   "__ / __ / ____; a dealer's block not ours.")
    s.date_formats = ["%d.%m.%Y", "%d/%m/%Y"]
    s.text(40, H - 46, "EGE FİBER İLETİŞİM A.Ş.", 13, bold=True)
    s.text(40, H - 58, "Cumhuriyet Bulvarı No: 140, 35210 Konak / İzmir  -  0232 555 01 00", 7)
    s.c.setFont(s.bold_font, 11)
    s.c.drawRightString(W - 40, H - 46, "NUMARA TAŞIMA BAŞVURU FORMU")
    y = _iz_customer(s, H - 80)
    y = _iz_numbers(s, y)
    s.band(40, y, W - 80, "3. ONAY", 8.5)
    y = s.para(40, y - 16, "Yukarıdaki numaraların Ege Fiber İletişim A.Ş.'ye taşınmasını ve "
               "mevcut işletmecideki aboneliğimin taşınan numaralar için sona erdirilmesini "
               "talep ederim.", W - 80, 8)
    y -= 14
    end = s.text(40, y, "Tarih:", 8.5) + 4
    for n, (w, fld) in enumerate([(20, "date_signed_day"), (20, "date_signed_month"),
                                  (34, "date_signed_year")]):
        s.rule(end, y - 2, end + w)
        s._place((end, y - 3, end + w, y + 11), fld, what=f"Tarih part {n + 1}")
        end += w
        if n < 2:
            s.text(end + 2, y, "/", 8.5)
            end += 9
    y -= 52
    s.sign_line("Yetkili imza", 40, y, 250, label_below=True)
    s.box(270, y - 10, 110, 50, None, "Kaşe")
    s.text(270, y - 18, "Kaşe", 7)
    y -= 40
    s.band(40, y, W - 80, "4. BAYİ / SATIŞ TEMSİLCİSİ (abone doldurmaz)", 8.5)
    y -= 34
    _abox(s, "Bayi kodu", 40, y, 100, None)
    _abox(s, "Satış temsilcisi", 146, y, 180, None)
    _abox(s, "Telefon", 332, y, W - 40 - 332, None)
    s.footer("Ege Fiber İletişim A.Ş.  -  NT-F-04 (2026)")
    return s.build()


# -- Crete ---------------------------------------------------------------------------------------
def _right(s: Sheet, name: str, x: float, y: float, w: float, fld: str | None,
           caption: str) -> float:
    widget(s, name, x, y, w, 15, fld, what=caption)
    return s.text(x + w + 4, y + 4, caption, 7.5) + 12


def _cr_customer(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "Α. ΣΤΟΙΧΕΙΑ ΣΥΝΔΡΟΜΗΤΗ", 8.5)
    y -= 34
    _above(s, "Επωνυμία ή ονοματεπώνυμο συνδρομητή", 40, y)
    widget(s, "pedio_1", 40, y, 300, 15, "account_name")
    _above(s, "ΑΦΜ", 350, y)
    widget(s, "pedio_2", 350, y, 90, 15, None)
    _above(s, "ΔΟΥ", 446, y)
    widget(s, "pedio_3", 446, y, W - 40 - 446, 15, None)
    y -= 24
    x = _right(s, "pedio_4", 40, y, 220, "street", "Οδός και αριθμός")
    _right(s, "pedio_5", x, y, 60, "postal_code", "Τ.Κ.")
    y -= 22
    x = _right(s, "pedio_6", 40, y, 140, "city", "Πόλη")
    s.text(x, y + 4, "Χώρα", 7.5)
    choice(s, "pedio_7", x + 28, y, 80, ["Ελλάδα", "Κύπρος"], None)
    s.places[-1]["optional"] = True
    y -= 22
    x = _right(s, "pedio_8", 40, y, 200, "authorized_name", "Νόμιμος εκπρόσωπος")
    _right(s, "pedio_9", x, y, 140, "authorized_title", "Ιδιότητα")
    y -= 22
    x = _right(s, "pedio_10", 40, y, 120, "contact_phone", "Τηλέφωνο επικοινωνίας")
    _right(s, "pedio_11", x, y, 150, "contact_email", "Email")
    y -= 20
    s.checkbox("epilogi_1", 40, y, "check:business", "Επιχείρηση")
    s.checkbox("epilogi_2", 140, y, "check:residential", "Ιδιώτης")
    return y - 22


def _cr_numbers(s: Sheet, y: float) -> float:
    s.band(40, y, W - 80, "Β. ΠΑΡΟΧΟΣ ΔΟΤΗΣ ΚΑΙ ΑΡΙΘΜΟΙ", 8.5)
    y -= 34
    _above(s, "Πάροχος δότης", 40, y)
    widget(s, "pedio_12", 40, y, 140, 15, "carrier")
    _above(s, "Αριθμός λογαριασμού / συμβολαίου", 186, y)
    widget(s, "pedio_13", 186, y, 140, 15, "account_number")
    _above(s, "Υπηρεσία", 332, y)
    choice(s, "pedio_14", 332, y, 90, ["Σταθερή", "Κινητή", "VoIP"], None)
    s.places[-1]["optional"] = True
    _above(s, "Κύριος αριθμός", 428, y)
    widget(s, "pedio_16", 428, y, W - 40 - 428, 15, "btn")
    y -= 20
    s.checkbox("epilogi_3", 40, y, "check:full_port", "Όλοι οι αριθμοί")
    s.checkbox("epilogi_4", 160, y, "check:partial_port", "Μόνο οι παρακάτω αριθμοί")
    slots = s.slot_group(ordered=True)
    cols = [("α/α", 24, "no"), ("Αριθμός", 200, "number")]
    names = [f"arithmos_{n}" for n in range(1, 9)]
    bottom = table(s, slots, 40, y - 8, 4, cols, names=names[:4])
    table(s, slots, 40 + 224 + 18, y - 8, 4, [("α/α", 24, "no"), ("Αριθμός", 200, "number")],
          names=names[4:])
    for r in range(4):  # the right-hand table counts on from 5
        s.c.setFillColorRGB(1, 1, 1)
        s.c.rect(40 + 242 + 1, y - 24 - (r + 1) * 15 + 1, 22, 13, stroke=0, fill=1)
        s.c.setFillColorRGB(0, 0, 0)
        s.right_text(40 + 242 + 21, y - 24 - (r + 1) * 15 + 4.5, f"{r + 5}", 7)
    y = bottom - 30
    _above(s, "Αριθμοί που παραμένουν στον πάροχο δότη (μερική φορητότητα)", 40, y)
    widget(s, "pedio_15", 40, y, W - 80, 15, "remaining_numbers")
    return y - 22


def cr_fillable() -> Built:
    s = unicode_a4("r27-cr-aitisi-forititas-fillable", "GR", "el", ["r27-cr", "r27-cr-home"],
                   "Fillable, Crete, Greek. Widgets pedio_1..15, epilogi_1..4, arithmos_1..8; "
                   "address rows captioned to the right of their widget; country and service "
                   "drop-downs optional; ΑΦΜ / ΔΟΥ not ours; numbers in two side-by-side tables "
                   "1-4 | 5-8; date signed '___ ______ 20__' with the month in words (genitive); "
                   "a signature place without a widget; 'Μονογραφή' optional; the shop clerk's "
                   "signature not ours.")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, H - 46, "ΚΡΗΤΗ ΝΕΤ Α.Ε.", 13, bold=True)
    s.text(40, H - 58, "Λεωφόρος Ικάρου 60, 71307 Ηράκλειο  -  2810 550100", 7)
    s.c.setFont(s.bold_font, 11)
    s.c.drawRightString(W - 40, H - 46, "ΑΙΤΗΣΗ ΦΟΡΗΤΟΤΗΤΑΣ ΑΡΙΘΜΩΝ")
    y = _cr_customer(s, H - 80)
    y = _cr_numbers(s, y)
    s.band(40, y, W - 80, "Γ. ΕΞΟΥΣΙΟΔΟΤΗΣΗ", 8.5)
    y = s.para(40, y - 16, "Εξουσιοδοτώ την Κρήτη Νετ Α.Ε. να υποβάλει για λογαριασμό μου αίτηση "
               "φορητότητας των παραπάνω αριθμών προς τον πάροχο δότη.", W - 80, 8)
    y -= 14
    end = s.text(40, y, "Ημερομηνία:", 8.5) + 4
    s.rule(end, y - 2, end + 22)
    s._place((end, y - 3, end + 22, y + 11), "date_signed_day", what="ημέρα")
    s.rule(end + 26, y - 2, end + 126)
    s._place((end + 26, y - 3, end + 126, y + 11), "date_signed_month", what="μήνας")
    end = s.text(end + 130, y, "20", 8.5) + 1
    s.rule(end, y - 2, end + 18)
    s._place((end, y - 3, end + 18, y + 11), "date_signed_year2", what="20__")
    s.text(40, y - 11, "(ο μήνας ολογράφως)", 6)
    y -= 56
    s.sign_line("Υπογραφή συνδρομητή / νόμιμου εκπροσώπου", 40, y, 260, label_below=True)
    witness_line(s, "Υπογραφή υπαλλήλου καταστήματος", 300, y, W - 40)
    initials(s, W - 120, 34, "Μονογραφή:")
    s.footer("Κρήτη Νετ Α.Ε.  -  ΑΦ-03/2026")
    return s.build()


FORMS = {"r27-iz-numara-tasima-paper": iz_paper,
         "r27-cr-aitisi-forititas-fillable": cr_fillable}
