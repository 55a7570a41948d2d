"""Round 37, Haifa and North Ostrobothnia (held back; truth from the drawn page, the filler never
run on these by their author):

- A Haifa District paper request printed in Hebrew script only (right to left), which PortDesk
  does not read: the right outcome is the one line saying so and the desk's click-to-place,
  never a guess. Each place records what a specialist would click into it (`by_click`) while
  its `field` is None; the customer's signature line is the only place that may take the
  signer's ink (optional). Ideas: the script the filler cannot read (no earlier round printed
  Hebrew); every label printed grey inside its blank, over the line (no label outside); a
  signature block for the customer and for a lawyer / witness (עורך דין / עד) side by side,
  the witness's not ours.
- A North Ostrobothnia partly fillable numeronsiirtopyyntö in Finnish on one A4 page. Ideas:
  two columns of label / widget pairs whose right column's labels sit right after the left
  column's widgets (4 points) and far from their own; tick boxes for the kind of service
  (Lankapuhelin / Matkapuhelin / VoIP / Maksuton numero) with the case's kind ticked (a
  business's fixed lines, a household's mobiles); a "Laskutusnimi (jos eri kuin haltija)" widget
  beside the holder's name, which stays empty (the case gives one name); the signing date on
  paper as "__. ______________ ____" with the month a Finnish word (joulukuuta) or its number.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.round14_kit import UnicodeSheet
from tests.loaforms.round28_kit import tf
from tests.loaforms.round33_kit import by_click, placeholder
from tests.loaforms.round37_kit import month_sentence, service_kinds, two_columns

Built = tuple[bytes, dict[str, Any]]


def _he(text: str) -> str:
    """Hebrew in visual order (reportlab draws left to right, as a simple RTL form tool does)."""
    return text[::-1]


def ha_hebrew_paper() -> Built:
    s = UnicodeSheet("r37-ha-hebrew-paper", "IL", "he",
                     "Paper, Haifa District, one A4 page, Hebrew script only (PortDesk reads no "
                     "Hebrew): the filler must say it cannot read the form and offer "
                     "click-to-place; every place's field is None and `by_click` says what the "
                     "specialist would place there; the customer's signature line is optional. "
                     "Every label printed grey inside its blank over the line; numbers 1-6 in "
                     "two columns; customer and lawyer / witness signature blocks side by side "
                     "(the witness's not ours).", A4, ["r37-ha", "r37-ha-partial"])
    s.date_formats = ["%d/%m/%Y", "%d.%m.%Y"]
    w, h = A4
    right = w - 40
    s.right_text(right, h - 40, _he("כרמל קווים בע״מ"), 10)
    s.right_text(right, h - 52, _he("שדרות הנשיא, חיפה"), 7.5)
    s.c.setFont(UnicodeSheet.bold_font, 14)
    s.c.drawRightString(right, h - 78, _he("בקשה להעברת מספר טלפון"))
    s.right_text(right, h - 92, _he("נא למלא בכתב יד ברור מעל הקווים."), 7.5)
    clicks: dict[int, str] = {}

    def grey_line(x: float, y: float, x1: float, hint: str, what: str | None) -> None:
        s.rule(x, y, x1)
        s.c.setFillGray(0.6)
        s.c.setFont(s.font, 7.5)
        s.c.drawRightString(x1 - 2, y + 3, _he(hint))
        s.c.setFillGray(0)
        s._place((x, y - 2, x1, y + 14), None, what=f"[{hint}] (grey on the line)")
        if what:
            clicks[len(s.places) - 1] = what

    def band(y: float, title: str) -> None:
        s.c.setFillGray(0.25)
        s.c.rect(40, y - 4, w - 80, 15.5, stroke=0, fill=1)
        s.c.setFillGray(1)
        s.c.setFont(UnicodeSheet.bold_font, 8.5)
        s.c.drawRightString(right - 4, y, _he(title))
        s.c.setFillGray(0)

    y = h - 120
    band(y, "פרטי המנוי")
    y -= 30
    grey_line(40, y, 555, "שם המנוי / שם החברה", "account_name")
    y -= 30
    grey_line(300, y, 555, "רחוב ומספר בית", "street")
    grey_line(150, y, 290, "עיר", "city")
    grey_line(40, y, 140, "מיקוד", "postal_code")
    y -= 30
    grey_line(300, y, 555, "טלפון ליצירת קשר", "contact_phone")
    grey_line(40, y, 290, "דואר אלקטרוני", "contact_email")
    y -= 30
    grey_line(300, y, 555, "מספר זהות / ח״פ", None)
    grey_line(40, y, 290, "שם מורשה החתימה", "authorized_name")
    y -= 30
    grey_line(300, y, 555, "תפקיד", "authorized_title")
    y -= 28
    band(y, "המפעיל הנוכחי")
    y -= 30
    grey_line(300, y, 555, "שם המפעיל", "carrier")
    grey_line(40, y, 290, "מספר לקוח", "account_number")
    y -= 28
    band(y, "המספרים להעברה")
    y -= 26
    for n in range(6):
        col, row = divmod(n, 3)
        x1 = 555 - col * 260
        yy = y - row * 24
        s.c.setFont(s.font, 8)
        s.c.drawString(x1 + 4 - 0, yy + 2, f".{n + 1}")
        s.rule(x1 - 230, yy, x1)
        s._place((x1 - 230, yy - 2, x1, yy + 14), None, what=f"number {n + 1}")
        clicks[len(s.places) - 1] = "number"
    y -= 3 * 24 + 8
    s.c.setFont(s.font, 8.5)
    s.right_text(right - 14, y + 0.5, _he("כל המספרים בחשבון"), 8.5)
    s.frame(right - 8, y, 8, 8)
    s._place((right - 8, y, right, y + 8), None, what="[ ] all numbers")
    clicks[len(s.places) - 1] = "check:full_port"
    s.right_text(right - 164, y + 0.5, _he("רק המספרים שלעיל"), 8.5)
    s.frame(right - 158, y, 8, 8)
    s._place((right - 158, y, right - 150, y + 8), None, what="[ ] listed numbers")
    clicks[len(s.places) - 1] = "check:partial_port"
    y -= 30
    grey_line(40, y, 555, "מספרים שנשארים אצל המפעיל הנוכחי", "remaining_numbers")
    y -= 30
    grey_line(300, y, 555, "תאריך העברה מבוקש", "requested_date")
    y -= 26
    s.right_text(right, y, _he("אני מאשר/ת שאני בעל/ת המספרים או מורשה מטעמו ומבקש/ת להעבירם "
                               "לכרמל קווים בע״מ."), 7.5)
    y -= 56
    # the customer's block on the right (read first), the lawyer's / witness's on the left
    s.right_text(555, y + 36, _he("חתימת המנוי"), 7.5)
    s.rule(315, y, 555)
    s._place((315, y - 2, 555, y + 30), "signature", what="customer signature", optional=True)
    s.right_text(280, y + 36, _he("עורך דין / עד"), 7.5)
    s.rule(40, y, 280)
    s._place((40, y - 2, 280, y + 30), None, what="lawyer / witness signature")
    y -= 28
    grey_line(315, y, 555, "שם מלא", "authorized_name")
    grey_line(40, y, 280, "שם העד", None)
    y -= 28
    grey_line(435, y, 555, "תאריך", "date_signed")
    grey_line(40, y, 280, "מספר רישיון", None)
    s.footer("KK-NP-2  1/1")
    by_click(s, clicks)
    pdf, truth = s.build()
    truth["refuse"] = ("Hebrew script: PortDesk reads no Hebrew; the fill must say so in one "
                       "line and offer click-to-place, writing nothing by itself")
    return pdf, truth


def no_finnish_columns_partly() -> Built:
    s = UnicodeSheet("r37-no-finnish-columns-partly", "FI", "fi",
                     "Partly fillable, North Ostrobothnia, one A4 page, Finnish. Two columns of "
                     "label / widget pairs, each right label 4 points after the left widget and "
                     "far from its own; service-kind check boxes (landline / mobile / VoIP / "
                     "toll-free) with the case's kind ticked; 'Laskutusnimi (jos eri kuin "
                     "haltija)' stays empty; numbers 1-6 in widgets; all / some check boxes; "
                     "numbers staying; requested date widget; signature, printed name and the "
                     "signing date '__. __________ ____' (month in words) on paper.", A4,
                     ["r37-no", "r37-no-partial"])
    s.date_formats = ["%d.%m.%Y", "%d.%m.%y"]
    w, h = A4
    s.text(w - 190, h - 40, "Pohjoisen Linja Oy", 10, bold=True)
    s.text(w - 190, h - 51, "Kauppurienkatu 12, 90100 Oulu", 7.5)
    s.text(40, h - 48, "Numeronsiirtopyyntö", 15, bold=True)
    s.text(40, h - 62, "Täytä sähköisesti tai käsin. Allekirjoita paperille.", 7.5)
    y = h - 90
    s.band(40, y, w - 80, "1  Liittymän haltija", 8.5)
    y -= 26
    y = two_columns(s, y, [
        (("Liittymän haltija:", "account_name"), ("Y-tunnus:", None)),
        (("Katuosoite:", "street"), ("Postinumero:", "postal_code")),
        (("Postitoimipaikka:", "city"), ("Puhelin:", "contact_phone")),
        (("Yhteyshenkilö:", "authorized_name"), ("Asema:", "authorized_title")),
        (("Nykyinen operaattori:", "carrier"), ("Asiakasnumero:", "account_number")),
        (("Sähköposti:", "contact_email"), ("Laskutusnimi (jos eri):",
                                           "billing_name")),
    ], left=(40, 134, 268), right=(272, 412, 555),
        widgets=tuple(f"kentta{n}" for n in range(1, 13)))
    s.band(40, y, w - 80, "2  Siirrettävät numerot", 8.5)
    y -= 24
    s.text(40, y + 1, "Liittymätyyppi:", 8)
    service_kinds(s, 115, y, [("Lankapuhelin", "landline"), ("Matkapuhelin", "mobile"),
                              ("VoIP", "voip"), ("Maksuton numero (0800)", "toll_free")],
                  names=["tyyppi_lanka", "tyyppi_matka", "tyyppi_voip", "tyyppi_0800"])
    y -= 24
    slots = s.slot_group()
    for n in range(6):
        col, row = divmod(n, 3)
        bx = 40 + col * 260
        by = y - row * 21
        s.right_text(bx + 12, by + 4, f"{n + 1}.", 8)
        tf(s, f"numero{n + 1}", bx + 16, by, 220, 15, "number")
        place = s.places.pop()
        s.slot(slots, tuple(place["rect"]), f"numero {n + 1}", f"numero{n + 1}")
    y -= 3 * 21 + 6
    s.checkbox("kaikki", 40, y, "check:full_port", "Kaikki liittymän numerot")
    s.checkbox("osa", 220, y, "check:partial_port", "Vain yllä luetellut numerot")
    y -= 24
    s.text(40, y + 4, "Numerot, jotka jäävät nykyiselle operaattorille:", 8)
    tf(s, "jaavat", 250, y, 305, 15, "remaining_numbers")
    y -= 22
    s.text(40, y + 4, "Toivottu siirtopäivä (pp.kk.vvvv):", 8)
    tf(s, "siirtopaiva", 195, y, 90, 15, "requested_date")
    y -= 26
    y = s.para(40, y, "Valtuutan Pohjoisen Linja Oy:n siirtämään yllä mainitut numerot ja "
               "irtisanomaan niitä koskevat liittymät nykyiseltä operaattorilta. Vakuutan "
               "olevani liittymän haltija tai hänen valtuuttamansa.", w - 80, 7.5)
    y -= 44
    s.rule(40, y, 290)
    s.text(40, y - 8.5, "Allekirjoitus", 6.5)
    s._place((40, y - 2, 290, y + 30), "signature", what="Allekirjoitus (under)")
    month_sentence(s, 310, y + 2, "date_signed",
                   ["Päiväys:", (18, "day"), ".", (86, "month"), (34, "year")])
    y -= 34
    s.rule(40, y, 290)
    s.text(40, y - 8.5, "Nimenselvennys", 6.5)
    s._place((40, y - 2, 290, y + 13), "authorized_name", what="Nimenselvennys (under)")
    placeholder(s, 310, y + 2, "esim. 7. joulukuuta 2030", 6.5)
    s.footer("PL-NS-5  1/1")
    return s.build()


FORMS = {
    "r37-ha-hebrew-paper": ha_hebrew_paper,
    "r37-no-finnish-columns-partly": no_finnish_columns_partly,
}
