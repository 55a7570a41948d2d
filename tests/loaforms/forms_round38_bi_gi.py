"""Round 38, Bizkaia and Gibraltar (held back; truth from the drawn page, the filler never run
on these by their author):

- A Bizkaia partly fillable eskaera / solicitud de portabilidad in Basque with Spanish after a
  slash on one A4 page, in an embedded Unicode font. Ideas: the current and the new provider
  each with its own blank, worded the form's way ("Operadore emailea / Operador donante",
  ours; "Operadore hartzailea / Operador receptor", the new provider's, not ours); a numbers
  table of ten widget rows (more than any case has numbers) and a "Zenbaki kopurua / Cantidad
  de números" count widget; labels above their widgets in the holder's section and captions
  under the printed lines in the providers' and the signature's, mixed on one page.
- A Gibraltar customer authority in English delivered as a picture only: the drawn page
  rendered in colour at 150 dpi on buff paper under a diagonal "CUSTOMER COPY" watermark that
  runs behind the blanks, no text layer (the places keep their drawn rectangles). Ideas: the
  coloured background and watermark behind the blanks; labels above some lines and captions
  under others; example values printed beside blanks ("e.g. John Smith, 200 12345"), never
  copied.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet
from tests.loaforms.round14_kit import UnicodeSheet
from tests.loaforms.round28_kit import tf
from tests.loaforms.round36_kit import caption_under
from tests.loaforms.round38_kit import example, tinted_picture

Built = tuple[bytes, dict[str, Any]]


def bi_basque_table_partly() -> Built:
    s = UnicodeSheet("r38-bi-basque-table-partly", "ES", "eu",
                     "Partly fillable, Bizkaia, one A4 page, Basque / Spanish (embedded font). "
                     "Holder's widgets with labels above; the current provider ('Operadore "
                     "emailea / Operador donante', ours) and the new provider ('Operadore "
                     "hartzailea / Operador receptor', not ours) on printed lines captioned "
                     "under; a table of 10 number widgets and a count widget; all / some "
                     "check boxes; numbers staying; requested date widget dd/mm/yyyy; the "
                     "signature, printed name and date on lines captioned under.", A4,
                     ["r38-bi", "r38-bi-partial"])
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    w, h = A4
    s.text(w - 200, h - 40, "Nerbioi Komunikazioak S.L.", 10, bold=True)
    s.text(w - 200, h - 51, "Zumalakarregi etorbidea 12, 48006 Bilbo", 7)
    s.text(40, h - 48, "Zenbakiaren eramangarritasun eskaera", 13, bold=True)
    s.text(40, h - 61, "Solicitud de portabilidad numérica", 9)
    y = h - 90
    s.band(40, y, w - 80, "1. Titularra / Titular", 8.5)
    y -= 30

    def above(label: str, name: str, x: float, wd: float, fld: str | None) -> None:
        s.text(x, y + 18, label, 6.8)
        tf(s, name, x, y, wd, 15, fld)

    above("Titularraren izena edo sozietatea / Nombre o razón social", "izena", 40, 515,
          "account_name")
    y -= 32
    above("Kalea eta zenbakia / Calle y número", "kalea", 40, 300, "street")
    above("Herria / Municipio", "herria", 350, 130, "city")
    above("PK / CP", "pk", 490, 65, "postal_code")
    y -= 32
    above("Lurraldea / Provincia", "lurraldea", 40, 130, "state")
    above("IFZ / NIF", "ifz", 180, 100, None)
    above("Harremanetarako telefonoa / Teléfono de contacto", "telefonoa", 290, 265,
          "contact_phone")
    y -= 32
    above("Ordezkaria / Representante", "ordezkaria", 40, 220, "authorized_name")
    above("Kargua / Cargo", "kargua", 270, 110, "authorized_title")
    above("Posta elektronikoa / Correo electrónico", "posta", 390, 165, "contact_email")
    y -= 30
    s.band(40, y, w - 80, "2. Operadoreak / Operadores", 8.5)
    y -= 28
    caption_under(s, 40, y, 280, "carrier", "Operadore emailea (gaur egungoa) / Operador "
                  "donante (actual)")
    caption_under(s, 300, y, 555, None, "Operadore hartzailea / Operador receptor")
    y -= 30
    caption_under(s, 40, y, 280, "account_number", "Bezero zenbakia operadore emailean / "
                  "Nº de cliente en el donante")
    y -= 26
    s.band(40, y, w - 80, "3. Eraman beharreko zenbakiak / Números a portar", 8.5)
    y -= 8
    row_h = 16
    s.c.setFillGray(0.88)
    s.c.rect(40, y - row_h, 30, row_h, stroke=1, fill=1)
    s.c.rect(70, y - row_h, 200, row_h, stroke=1, fill=1)
    s.c.setFillGray(0)
    s.text(44, y - row_h + 5, "Zk.", 6.8, bold=True)
    s.text(74, y - row_h + 5, "Telefono zenbakia / Número", 6.8, bold=True)
    slots = s.slot_group()
    for k in range(10):
        col, r = divmod(k, 5)
        x = 40 + col * 260
        ry = y - row_h * (r + 2)
        if col and r == 0:
            s.c.setFillGray(0.88)
            s.c.rect(x, y - row_h, 30, row_h, stroke=1, fill=1)
            s.c.rect(x + 30, y - row_h, 200, row_h, stroke=1, fill=1)
            s.c.setFillGray(0)
            s.text(x + 4, y - row_h + 5, "Zk.", 6.8, bold=True)
            s.text(x + 34, y - row_h + 5, "Telefono zenbakia / Número", 6.8, bold=True)
        s.frame(x, ry, 30, row_h)
        s.text(x + 4, ry + 5, f"{k + 1}", 7.5)
        s.frame(x + 30, ry, 200, row_h)
        name = f"zenbakia{k + 1}"
        s.c.acroForm.textfield(name=name, tooltip="", x=x + 31, y=ry + 1, width=198,
                               height=row_h - 2, fontSize=8, borderWidth=0, fillColor=None,
                               annotationFlags="print")
        s.slot(slots, (x + 31, ry + 1, x + 229, ry + row_h - 1), f"zk. {k + 1}", name)
    y -= row_h * 6 + 16
    s.text(40, y + 4, "Zenbaki kopurua / Cantidad de números:", 8)
    tf(s, "kopurua", 210, y, 40, 15, "number_count")
    y -= 24
    s.checkbox("denak", 40, y, "check:full_port", "Kontuko zenbaki guztiak / Todos los números")
    s.checkbox("batzuk", 300, y, "check:partial_port", "Goikoak bakarrik / Solo los de arriba")
    y -= 24
    s.text(40, y + 4, "Geratzen diren zenbakiak / Números que se quedan:", 8)
    tf(s, "geratzen", 262, y, 293, 15, "remaining_numbers")
    y -= 22
    s.text(40, y + 4, "Eskatutako data / Fecha solicitada (ee/hh/uuuu):", 8)
    tf(s, "data", 250, y, 90, 15, "requested_date")
    y -= 24
    y = s.para(40, y, "Sinatzaileak baimena ematen dio Nerbioi Komunikazioak S.L.-ri goiko "
               "zenbakiak eramateko. / El firmante autoriza a Nerbioi Komunikazioak S.L. a "
               "portar los números indicados.", w - 80, 7.5)
    y -= 44
    s.rule(40, y, 280)
    s.text(40, y - 8.5, "Sinadura / Firma", 6.5)
    s._place((40, y - 2, 280, y + 30), "signature", what="Sinadura / Firma (under)")
    caption_under(s, 300, y, 450, "authorized_name", "Izen-abizenak / Nombre y apellidos")
    caption_under(s, 460, y, 555, "date_signed", "Data / Fecha")
    s.footer("NK-EE-3  1/1")
    return s.build()


def gi_tinted_picture() -> Built:
    s = Sheet("r38-gi-tinted-picture", "GI", "en",
              "Picture only, Gibraltar, one A4 page rendered in colour at 150 dpi on buff "
              "paper under a diagonal 'CUSTOMER COPY' watermark behind the blanks (no text "
              "layer; places as drawn). Labels above some lines, captions under others; grey "
              "'e.g.' examples beside blanks (never values); numbers 1-6; all / some ticks; "
              "numbers staying; requested date; signature, printed name, date.", A4,
              ["r38-gi", "r38-gi-partial"])
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    w, h = A4
    s.text(w - 200, h - 40, "Rock Line Communications Ltd", 10, bold=True)
    s.text(w - 200, h - 51, "57 Main Street, Gibraltar", 7)
    s.text(40, h - 50, "Customer Authority to Transfer Numbers", 14, bold=True)
    s.text(40, h - 63, "Write in block capitals. Examples in grey show the format only.", 7.5)
    y = h - 96
    s.band(40, y, w - 80, "YOUR DETAILS", 8.5)
    y -= 30
    s.text(40, y + 9, "Account holder name", 6.5)
    s.line_under(40, y - 6, 380, "account_name", "Account holder name (above)")
    example(s, 390, y - 4, "e.g. John Smith")
    y -= 32
    caption_under(s, 40, y, 380, "street", "Address (flat, building, street)")
    example(s, 390, y + 2, "e.g. 12 Engineer Lane")
    y -= 30
    caption_under(s, 40, y, 200, "authorized_name", "Authorised person")
    caption_under(s, 215, y, 380, "authorized_title", "Position")
    y -= 38
    s.text(40, y + 9, "Contact telephone", 6.5)
    s.line_under(40, y - 6, 200, "contact_phone", "Contact telephone (above)")
    s.text(215, y + 9, "E-mail", 6.5)
    s.line_under(215, y - 6, 380, "contact_email", "E-mail (above)")
    example(s, 390, y - 4, "e.g. 200 12345")
    y -= 30
    s.band(40, y, w - 80, "YOUR CURRENT PROVIDER", 8.5)
    y -= 30
    caption_under(s, 40, y, 240, "carrier", "Current provider")
    caption_under(s, 255, y, 430, "account_number", "Account number with them")
    example(s, 440, y + 2, "e.g. GT-123456")
    y -= 28
    s.band(40, y, w - 80, "NUMBERS TO TRANSFER", 8.5)
    y -= 26
    slots = s.slot_group()
    for n in range(6):
        col, r = divmod(n, 3)
        x = 40 + col * 262
        yy = y - r * 24
        s.text(x, yy, f"{n + 1}.", 8)
        s.rule(x + 14, yy - 2, x + 240)
        s.slot(slots, (x + 14, yy - 4, x + 240, yy + 12), f"number {n + 1}")
    y -= 3 * 24 + 4
    example(s, 40, y + 8, "e.g. 200 74 000")
    y -= 10
    s.tick(40, y, "check:full_port", "Transfer every number on the account")
    s.tick(300, y, "check:partial_port", "Transfer only the numbers above")
    y -= 30
    caption_under(s, 40, y, 555, "remaining_numbers", "Numbers staying with the current "
                  "provider")
    y -= 30
    caption_under(s, 40, y, 200, "requested_date", "Requested transfer date (DD/MM/YYYY)")
    example(s, 210, y + 2, "e.g. 15/01/2031")
    y -= 28
    y = s.para(40, y, "I authorise Rock Line Communications Ltd to transfer the numbers above "
               "from my current provider. I am the account holder or authorised to sign.",
               w - 80, 7.5)
    y -= 40
    s.rule(40, y, 280)
    s.text(40, y - 8.5, "Signature", 6.5)
    s._place((40, y - 2, 280, y + 30), "signature", what="Signature (under)")
    caption_under(s, 300, y, 450, "authorized_name", "Printed name")
    caption_under(s, 460, y, 555, "date_signed", "Date")
    s.footer("RLC-CA-2  1/1")
    pdf, truth = s.build()
    return tinted_picture(pdf, 1, dpi=150, watermark="CUSTOMER COPY"), truth


FORMS = {
    "r38-bi-basque-table-partly": bi_basque_table_partly,
    "r38-gi-tinted-picture": gi_tinted_picture,
}
