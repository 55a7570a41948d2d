"""Round 39, Graubünden and Souss-Massa (held back; truth from the drawn page, the filler never
run on these by their author):

- A Graubünden fillable dumonda da portar il numer in Romansh (Rumantsch Grischun, a language
  no earlier round printed) on one A4 page, in an embedded Unicode font. Ideas: the form's
  language; widgets with meaningless names (Text1..Text22, in no order of the page) whose
  meaning is only the printed Romansh label beside them; every widget's tooltip (/TU) in
  German, another language than the page's labels (the print is the truth where they differ
  in wording, they never differ in meaning). A UID / firm-register number widget is not ours
  (empty).
- A Souss-Massa paper request printed in Tifinagh only (Standard Moroccan Tamazight), a
  script PortDesk does not read and no earlier round printed: the right outcome is the one
  line saying so and the desk's click-to-place, never a guess. Each place records what a
  specialist would click into it (`by_click`) while its `field` is None; the customer's
  signature line is the only place that may take the signer's ink (optional). Ideas: the
  script the filler cannot read; two columns of blanks side by side under the same labels
  (the customer's left, the installer's right: the installer's not ours, nothing by click
  either); business-only blanks PortDesk never has (the trade-register number RC and the
  company identifier ICE: nothing by click).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.round14_kit import UnicodeSheet
from tests.loaforms.round28_kit import tf
from tests.loaforms.round33_kit import by_click
from tests.loaforms.round38_kit import heading
from tests.loaforms.round39_kit import side_by_side

Built = tuple[bytes, dict[str, Any]]


def gr_romansh_textn_fillable() -> Built:
    s = UnicodeSheet("r39-gr-romansh-textn-fillable", "CH", "rm",
                     "Fillable, Graubünden, one A4 page, Romansh (embedded font). Widgets "
                     "Text1..Text22 named in no order of the page, their meaning only the "
                     "printed Romansh label; every tooltip in German; a UID / register number "
                     "widget not ours; numbers 1-6 in widgets; all / some check boxes; "
                     "numbers staying; requested date dd.mm.yyyy; the signature on a printed "
                     "line and a date widget.", A4, ["r39-gr", "r39-gr-partial"])
    s.date_formats = ["%d.%m.%Y", "%d.%m.%y", "%d/%m/%Y"]
    w, h = A4
    s.text(w - 200, h - 40, "Engiadina Telecom SA", 10, bold=True)
    s.text(w - 200, h - 51, "Stradun 301, 7550 Scuol", 7)
    s.text(40, h - 48, "Dumonda da portar il numer da telefon", 14, bold=True)
    s.text(40, h - 62, "Per plaschair emplenir cun bustabs gronds. Ils numers vegnan purtads "
           "tar Engiadina Telecom.", 7.5)
    y = h - 92
    s.band(40, y, w - 80, "1. Titular dal contract", 8.5)
    y -= 24

    def row(label: str, name: str, lx: float, x0: float, x1: float, fld: str | None,
            tip: str) -> None:
        s.text(lx, y + 4, label, 8)
        tf(s, name, x0, y, x1 - x0, 15, fld, tooltip=tip)

    row("Num dal titular / firma:", "Text7", 40, 160, 555, "account_name",
        "Name des Inhabers / Firma")
    y -= 22
    row("Via e nr.:", "Text3", 40, 160, 555, "street", "Strasse und Hausnummer")
    y -= 22
    row("Numer postal:", "Text12", 40, 110, 160, "postal_code", "Postleitzahl")
    row("Lieu:", "Text1", 170, 200, 420, "city", "Ort")
    row("Chantun:", "Text18", 430, 470, 555, "state", "Kanton")
    y -= 22
    row("Numer UID / register da commerzi:", "Text9", 40, 200, 400, None,
        "UID / Handelsregisternummer")
    y -= 22
    row("Persuna autorisada:", "Text15", 40, 135, 360, "authorized_name",
        "Zeichnungsberechtigte Person")
    row("Funcziun:", "Text4", 370, 415, 555, "authorized_title", "Funktion")
    y -= 22
    row("Telefon da contact:", "Text21", 40, 135, 280, "contact_phone", "Kontakttelefon")
    row("E-mail:", "Text2", 290, 325, 555, "contact_email", "E-Mail-Adresse")
    y -= 28
    s.band(40, y, w - 80, "2. Purschider actual", 8.5)
    y -= 24
    row("Purschider actual:", "Text11", 40, 130, 300, "carrier", "Bisheriger Anbieter")
    row("Numer da client:", "Text6", 310, 390, 555, "account_number", "Kundennummer")
    y -= 28
    s.band(40, y, w - 80, "3. Numers da telefon da portar", 8.5)
    y -= 24
    slots = s.slot_group()
    names = ["Text14", "Text20", "Text5", "Text17", "Text10", "Text22"]
    for n in range(6):
        col, r = divmod(n, 3)
        bx = 40 + col * 262
        by = y - r * 21
        s.right_text(bx + 12, by + 4, f"{n + 1}.", 8)
        tf(s, names[n], bx + 16, by, 200, 15, "number", tooltip=f"Rufnummer {n + 1}")
        place = s.places.pop()
        s.slot(slots, tuple(place["rect"]), f"numer {n + 1}", names[n])
    y -= 3 * 21 + 6
    s.checkbox("Check Box1", 40, y, "check:full_port", "Tut ils numers dal contract",
               tooltip="Alle Nummern des Vertrags")
    s.checkbox("Check Box2", 270, y, "check:partial_port", "Mo ils numers survart",
               tooltip="Nur die obigen Nummern")
    y -= 24
    row("Numers che restan tar il purschider actual:", "Text13", 40, 225, 555,
        "remaining_numbers", "Nummern, die beim bisherigen Anbieter bleiben")
    y -= 22
    row("Data giavischada (dd.mm.oooo):", "Text8", 40, 170, 260, "requested_date",
        "Gewünschtes Datum")
    y -= 26
    y = s.para(40, y, "Jau, il titular u la persuna autorisada, incumbensesch Engiadina "
               "Telecom SA da portar ils numers survart e da desdir il contract tar il "
               "purschider actual en quella dimensiun.", w - 80, 7.5)
    y -= 40
    s.sign_line("Suttascripziun:", 40, y, 320)
    s.text(335, y, "Data:", 8)
    tf(s, "Text16", 362, y - 4, 90, 15, "date_signed", tooltip="Datum")
    s.footer("ET-DP-3  1/1")
    return s.build()


def sm_tifinagh_paper() -> Built:
    s = UnicodeSheet("r39-sm-tifinagh-paper", "MA", "zgh",
                     "Paper, Souss-Massa, one A4 page, Standard Moroccan Tamazight in Tifinagh "
                     "only (PortDesk reads no Tifinagh): the filler must say it cannot read the "
                     "form and offer click-to-place; every place's field is None and `by_click` "
                     "says what the specialist would place there; the customer's signature "
                     "line is optional. Customer and installer in two columns under the same "
                     "labels (the installer's not ours); trade-register (RC) and ICE blanks "
                     "(never ours); numbers 1-6.", A4, ["r39-sm", "r39-sm-partial"])
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d"]
    w, h = A4
    clicks: dict[int, str] = {}

    def line(label: str, x: float, y: float, x1: float, what: str | None) -> None:
        end = s.text(x, y, label, 8) + 4
        s.rule(end, y - 2, x1)
        s._place((end, y - 4, x1, y + 11), None, what=label)
        if what:
            clicks[len(s.places) - 1] = what

    s.text(w - 200, h - 40, "ⵜⵉⵍⵉⴼⵓⵏ ⵙⵓⵙ", 10, bold=True)
    s.text(w - 200, h - 51, "ⴰⴳⴰⴷⵉⵔ", 7.5)
    s.text(40, h - 50, "ⴰⵙⵓⵜⵔ ⵏ ⵓⵙⵎⴰⵜⵜⵉ ⵏ ⵓⵎⴹⴰⵏ ⵏ ⵜⵉⵍⵉⴼⵓⵏ", 13, bold=True)
    s.text(40, h - 64, "ⴰⵔⵓ ⵙ ⵉⵙⴽⴽⵉⵍⵏ ⵉⵎⵇⵇⵓⵔⵏ.", 7.5)
    y = h - 94
    # the customer's column and the installer's, under the same labels
    rows: list[tuple[str, str | None, str | None]] = [
        ("ⵉⵙⵎ:", None, None), ("ⵜⴰⵏⵙⴰ:", None, None), ("ⵜⴰⵎⴷⵉⵏⵜ:", None, None),
        ("ⵜⵉⵍⵉⴼⵓⵏ:", None, None), ("ⴰⵏⴰⵡⴰⵍ ⴰⵏⴰⵎⴰⵙ:", None, None)]
    first = len(s.places)
    y = side_by_side(s, y, ("1  ⴰⵎⵙⵎⵔⵙ", "2  ⴰⵙⵙⵔⵙ"), rows, label_w=70)
    for k, what in enumerate(("account_name", "street", "city", "contact_phone",
                              "postal_code")):
        clicks[first + 2 * k] = what  # the left column's; the installer's stay empty
    y -= 6
    heading(s, 40, y, w - 80, "3  ⵉ ⵜⵙⴰⵔⵉⴼⵉⵏ ⵖⴰⵙ")
    y -= 24
    line("ⵓⵟⵟⵓⵏ ⵏ ⵜⵏⵎⵍⴰ (RC):", 40, y, 285, None)
    line("ICE:", 310, y, 555, None)
    y -= 28
    heading(s, 40, y, w - 80, "4  ⴰⵏⵎⴰⵍⴰⵙ")
    y -= 24
    line("ⵉⵙⵎ ⵏ ⵓⵏⵎⴰⵍⴰⵙ:", 40, y, 330, "authorized_name")
    line("ⵜⴰⵡⵓⵔⵉ:", 340, y, 555, "authorized_title")
    y -= 22
    line("ⵜⴰⵏⵙⴰ ⵏ ⵉⵎⴰⵢⵍ:", 40, y, 330, "contact_email")
    y -= 28
    heading(s, 40, y, w - 80, "5  ⴰⵎⵙⵙⵓⴼⵖ ⵏ ⵖⵉⵍⴰ ⴷ ⵉⵎⴹⴰⵏⵏ")
    y -= 24
    line("ⴰⵎⵙⵙⵓⴼⵖ:", 40, y, 285, "carrier")
    line("ⵓⵟⵟⵓⵏ ⵏ ⵓⵎⵉⴹⴰⵏ:", 310, y, 555, "account_number")
    y -= 24
    for n in range(6):
        col, row = divmod(n, 3)
        x = 40 + col * 262
        yy = y - row * 22
        s.text(x, yy, f"{n + 1}.", 8)
        s.rule(x + 14, yy - 2, x + 240)
        s._place((x + 14, yy - 4, x + 240, yy + 11), None, what=f"number {n + 1}")
        clicks[len(s.places) - 1] = "number"
    y -= 3 * 22 + 6
    s.tick(40, y, None, "ⵉⵎⴹⴰⵏⵏ ⴰⴽⴽⵯ")
    clicks[len(s.places) - 1] = "check:full_port"
    s.tick(262, y, None, "ⵉⵎⴹⴰⵏⵏ ⵍⵍⵉ ⵉⵍⵍⴰⵏ ⴷⵉⴳ ⵓⴼⵍⵍⴰ ⵖⴰⵙ")
    clicks[len(s.places) - 1] = "check:partial_port"
    y -= 24
    line("ⵉⵎⴹⴰⵏⵏ ⵍⵍⵉ ⴷ ⵉⵇⵇⵉⵎⵏ:", 40, y, 555, "remaining_numbers")
    y -= 22
    line("ⴰⵙⴰⴽⵓⴷ ⵏ ⵓⵙⵎⴰⵜⵜⵉ:", 40, y, 285, "requested_date")
    y -= 24
    y = s.para(40, y, "ⵏⴽⴽ, ⴰⵎⵙⵎⵔⵙ ⵏⵖ ⴰⵏⵎⴰⵍⴰⵙ ⵏⵏⵙ, ⵔⵉⵖ ⴰⴷ ⵜⵜⵓⵙⵎⴰⵜⵜⵉⵏ ⵉⵎⴹⴰⵏⵏ ⴰⴷ ⵙ ⵜⵉⵍⵉⴼⵓⵏ "
               "ⵙⵓⵙ ⴷ ⴰⴷ ⵜⵙⵙⵓⴷⵏ ⴰⵎⵙⵙⵓⴼⵖ ⵏ ⵖⵉⵍⴰ.", w - 80, 7.5)
    y -= 40
    s.rule(40, y, 300)
    s.text(40, y - 9, "ⴰⵙⴽⵍ", 6.5)
    s._place((40, y - 2, 300, y + 30), "signature", what="signature (under)", optional=True)
    line("ⴰⵙⴰⴽⵓⴷ:", 330, y + 2, 470, "date_signed")
    s.footer("TS-AS-2  1/1")
    by_click(s, clicks)
    pdf, truth = s.build()
    truth["refuse"] = ("Tifinagh (Standard Moroccan Tamazight): PortDesk reads no Tifinagh; the "
                       "fill must say so in one line and offer click-to-place, writing nothing "
                       "by itself")
    return pdf, truth


FORMS = {
    "r39-gr-romansh-textn-fillable": gr_romansh_textn_fillable,
    "r39-sm-tifinagh-paper": sm_tifinagh_paper,
}
