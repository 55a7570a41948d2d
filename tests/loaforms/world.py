"""Carrier-like forms from around the world, drawn on demand for tests, benchmarks and demos.

Each reproduces a layout found on real carriers' forms (and none is a copy of one): number slots
printed "1." to "50." down two columns with widgets named across the rows; German, French, Dutch
and Spanish labels beside widgets named Text1..TextN; a provider table where "Name:" under the
losing provider is the carrier and under the new one is printed; paper forms with labels above the
line, below it, or in table cells; dates in split boxes; a UK form signed on every page; a form in
Cyrillic we cannot read.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen.canvas import Canvas

from portdesk.loa.fonts import REGULAR, register_fonts

Draw = Callable[[Canvas], None]
LABELS: dict[str, dict[str, str]] = {
    "de": {"title": "Auftrag zur Rufnummernportierung", "customer": "Name des Kunden:",
           "vat": "Umsatzsteuer-ID:", "street": "Straße und Hausnummer:", "postal": "PLZ:",
           "city": "Ort:", "account": "Kundennummer:", "signer": "Name des Unterzeichners:",
           "title_of": "Funktion:", "due": "Gewünschtes Portierungsdatum:",
           "from": "Von (abgebender Netzbetreiber):", "to": "An (aufnehmender Netzbetreiber):",
           "name": "Name:", "numbers": "Rufnummern:", "all": "Alle Rufnummern des Anschlusses",
           "some": "Nur einige Rufnummern", "sign": "Unterschrift:", "date": "Datum:",
           "email": "E-Mail:"},
    "fr": {"title": "Mandat de portabilité", "customer": "Nom du client :",
           "vat": "Numéro de TVA :", "street": "Rue :", "postal": "Code postal :",
           "city": "Ville :", "account": "Numéro de compte :", "signer": "Nom du signataire :",
           "title_of": "Fonction :", "due": "Date souhaitée de portage :",
           "from": "De (opérateur cédant) :", "to": "À (opérateur destinataire) :",
           "name": "Nom :", "numbers": "Numéros de téléphone :",
           "all": "Tous mes numéros", "some": "Portabilité partielle",
           "sign": "Signature du client :", "date": "Date :", "email": "Courriel :"},
    "nl": {"title": "Overstapformulier nummerbehoud", "customer": "Naam van de klant:",
           "vat": "Btw-nummer:", "street": "Straat:", "postal": "Postcode:",
           "city": "Plaats:", "account": "Klantnummer:", "signer": "Naam ondertekenaar:",
           "title_of": "Functie:", "due": "Gewenste overstapdatum:",
           "from": "Van (huidige provider):", "to": "Aan (nieuwe provider):",
           "name": "Naam:", "numbers": "Telefoonnummers:", "all": "Alle nummers",
           "some": "Gedeeltelijke overstap", "sign": "Handtekening:", "date": "Datum:",
           "email": "E-mail:"},
    "es": {"title": "Solicitud de portabilidad", "customer": "Razón social:",
           "vat": "CIF:", "street": "Calle:", "postal": "Código postal:",
           "city": "Localidad:", "account": "Número de cliente:",
           "signer": "Nombre del firmante:", "title_of": "Cargo:",
           "due": "Fecha deseada de portabilidad:", "from": "De (operador donante):",
           "to": "A (operador receptor):", "name": "Nombre:", "numbers": "Números a portar:",
           "all": "Todos los números", "some": "Portabilidad parcial", "sign": "Firma:",
           "date": "Fecha:", "email": "Correo electrónico:"},
}


def _pdf(pages: list[Draw], size: tuple[float, float] = LETTER) -> bytes:
    register_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=size, invariant=True)
    for draw in pages:
        c.setFont(REGULAR, 10)
        draw(c)
        c.showPage()
    c.save()
    return buf.getvalue()


def _text(c: Canvas, x: float, y: float, text: str, size: float = 10) -> None:
    c.setFont(REGULAR, size)
    c.drawString(x, y, text)


def _field(c: Canvas, name: str, x: float, y: float, w: float, h: float = 16,
           multiline: bool = False) -> None:
    c.acroForm.textfield(name=name, x=x, y=y, width=w, height=h, borderWidth=0,
                         fillColor=None, fontSize=0, maxlen=0,
                         fieldFlags="multiline" if multiline else "")
    c.setLineWidth(0.5)
    c.line(x, y, x + w, y)


def numbered_columns_form(down: bool = True) -> bytes:
    """Slots printed "1." to "25." down the left column and "26." to "50." down the right, the
    widgets named Text1, Text2... across the rows (the order a naive filler would use). With
    down=False the printed numbers run across the rows and the names down the columns."""
    def page(c: Canvas) -> None:
        _text(c, 72, 740, "Port request: telephone numbers", 14)
        _text(c, 72, 712, "Customer name:")
        _field(c, "Text100", 180, 708, 300)
        _text(c, 72, 684, "Telephone numbers to port (list every number):")
        for row in range(25):
            y = 660 - row * 22
            for col in range(2):
                printed = col * 25 + row + 1 if down else row * 2 + col + 1
                named = row * 2 + col + 1 if down else col * 25 + row + 1
                x = 90 + col * 250
                _text(c, x, y + 4, f"{printed}.")
                _field(c, f"Text{named}", x + 22, y, 170)
    return _pdf([page])


def language_form(lang: str) -> bytes:
    """Labels in the customer's language beside widgets named Text1..TextN; a provider table;
    tick boxes for all or some numbers; a printed signature line with no signature widget."""
    t = LABELS[lang]
    n = iter(range(1, 100))

    def field(c: Canvas, x: float, y: float, w: float, h: float = 16, ml: bool = False) -> None:
        _field(c, f"Text{next(n)}", x, y, w, h, ml)

    def page(c: Canvas) -> None:
        _text(c, 72, 740, t["title"], 14)
        _text(c, 72, 706, t["from"])
        _text(c, 320, 706, t["to"])
        _text(c, 72, 688, t["name"])
        field(c, 110, 684, 190)
        _text(c, 320, 688, f"{t['name']} Acme Telecom GmbH")
        rows = ("customer", "vat", "street", "postal", "city", "account", "email")
        for i, key in enumerate(rows):
            y = 650 - i * 26
            _text(c, 72, y + 4, t[key])
            field(c, 250, y, 260)
        _text(c, 72, 454, t["numbers"])
        field(c, 72, 360, 300, 86, True)
        c.acroForm.checkbox(name="Check1", x=72, y=330, size=11)
        _text(c, 90, 331, t["all"])
        c.acroForm.checkbox(name="Check2", x=72, y=310, size=11)
        _text(c, 90, 311, t["some"])
        _text(c, 72, 274, t["due"])
        field(c, 250, 270, 120)
        _text(c, 72, 234, t["signer"])
        field(c, 250, 230, 200)
        _text(c, 72, 208, t["title_of"])
        field(c, 250, 204, 200)
        _text(c, 72, 160, f"{t['sign']} {'_' * 40}")
        _text(c, 380, 160, f"{t['date']} {'_' * 18}")
    return _pdf([page])


def paper_form() -> bytes:
    """No widgets: labels above the line, a signature line labelled below it, a date in three
    printed boxes (MM / DD / YYYY), and a table of cells for the numbers."""
    def page(c: Canvas) -> None:
        _text(c, 72, 740, "Letter of Agency", 15)
        for i, label in enumerate(("Customer name", "Current carrier", "Account number")):
            y = 700 - i * 40
            _text(c, 72, y, label)
            _text(c, 72, y - 18, "_" * 50)
        c.rect(72, 480, 300, 20)
        _text(c, 76, 486, "Telephone number")
        for r in range(4):
            c.rect(72, 460 - r * 20, 300, 20)
        _text(c, 72, 360, "Desired due date:")
        for i, x in enumerate((170, 210, 250)):
            c.rect(x, 356, 30 if i < 2 else 40, 16)
        _text(c, 203, 360, "/")
        _text(c, 243, 360, "/")
        _text(c, 170, 344, "MM / DD / YYYY", 7)
        _text(c, 72, 260, "_" * 40)
        _text(c, 72, 248, "Signature of account holder")
        _text(c, 340, 260, "_" * 20)
        _text(c, 340, 248, "Date")
    return _pdf([page])


def cell_table_form() -> bytes:
    """A paper form made of table cells (label cell, empty cell), as Spanish carriers print."""
    def page(c: Canvas) -> None:
        _text(c, 72, 740, "Solicitud de portabilidad", 14)
        c.setLineWidth(0.5)
        rows = (("Denominación", None), ("Domicilio", None), ("Localidad", "Provincia"),
                ("Representante", None))
        for i, (left, right) in enumerate(rows):
            y = 700 - i * 14
            c.rect(72, y, 90, 14)
            _text(c, 74, y + 4, left, 8)
            if right is None:
                c.rect(162, y, 360, 14)
            else:
                c.rect(162, y, 150, 14)
                c.rect(312, y, 70, 14)
                _text(c, 314, y + 4, right, 8)
                c.rect(382, y, 140, 14)
        _text(c, 72, 620, "Operador Donante:", 9)
        c.rect(72, 600, 200, 14)
        c.rect(72, 560, 100, 24)
        _text(c, 76, 570, "Número inicial", 8)
        c.rect(172, 560, 100, 24)
        _text(c, 176, 570, "Número final", 8)
        for r in range(5):
            c.rect(72, 546 - r * 14, 100, 14)
            c.rect(172, 546 - r * 14, 100, 14)
        c.rect(72, 380, 250, 80)
        _text(c, 76, 448, "Firma y sello", 9)
    return _pdf([page])


def uk_two_page_form() -> bytes:
    """A UK form: details on page 1, numbers and the signature on page 2 (every page is signed)."""
    def first(c: Canvas) -> None:
        _text(c, 72, 760, "Customer instruction form (UK)", 14)
        for i, label in enumerate(("Customer/Company name:", "Address:", "Postcode:",
                                   "Account No.:", "Losing provider:")):
            y = 720 - i * 26
            _text(c, 72, y + 4, label)
            _field(c, f"field{i}", 220, y, 280)

    def second(c: Canvas) -> None:
        _text(c, 72, 760, "Telephone numbers:")
        for i in range(6):
            _field(c, f"num{i}", 90, 730 - i * 22, 200)
        _text(c, 72, 560, "Print name:")
        _field(c, "printname", 160, 556, 200)
        _text(c, 72, 520, "Signed:")
        _field(c, "signed", 160, 516, 200, 20)
        _text(c, 380, 520, "Date:")
        _field(c, "date", 420, 516, 100)
    return _pdf([first, second], A4)


def cyrillic_form() -> bytes:
    """A form printed in Cyrillic: PortDesk says it cannot read it instead of guessing."""
    def page(c: Canvas) -> None:
        _text(c, 72, 740, "Заявление о переносе номера телефона", 14)
        for i, label in enumerate(("Наименование клиента:", "Адрес установки:",
                                   "Номер лицевого счёта:", "Номера телефонов:",
                                   "Подпись уполномоченного лица:", "Дата подписания:")):
            _text(c, 72, 700 - i * 30, f"{label} {'_' * 30}")
    return _pdf([page])


def partial_port_form() -> bytes:
    """Radio groups (one field, a kid per choice), Yes/No boxes answering a printed question,
    the new BTN and the numbers that stay: what a partial port needs said."""
    def page(c: Canvas) -> None:
        _text(c, 72, 740, "Porting authorisation", 14)
        _text(c, 72, 706, "Account holder:")
        _field(c, "f1", 200, 702, 300)
        _text(c, 72, 676, "Customer type:")
        for x, value, label in ((180, "B", "Business"), (280, "R", "Residential")):
            c.acroForm.radio(name="kind", value=value, x=x, y=674, size=11)
            _text(c, x + 16, 676, label)
        _text(c, 72, 646, "Numbers to port:")
        for x, value, label in ((180, "all", "All numbers on the account"),
                                (380, "some", "Some numbers only")):
            c.acroForm.radio(name="scope", value=value, x=x, y=644, size=11)
            _text(c, x + 16, 646, label)
        _text(c, 72, 616, "Is this a partial port?")
        c.acroForm.checkbox(name="q1", x=230, y=614, size=11)
        _text(c, 246, 616, "Yes")
        c.acroForm.checkbox(name="q2", x=290, y=614, size=11)
        _text(c, 306, 616, "No")
        _text(c, 72, 586, "New BTN (if the BTN is ported):")
        _field(c, "f2", 260, 582, 200)
        _text(c, 72, 556, "Numbers that stay with the current carrier:")
        _field(c, "f3", 72, 490, 300, 60, True)
        _text(c, 72, 460, "Signature:")
        c.acroForm.textfield(name="sig", x=140, y=440, width=200, height=30, borderWidth=0,
                             fillColor=None)
        _text(c, 360, 460, "Date:")
        _field(c, "f4", 400, 456, 100)
    return _pdf([page])


def drawn_lines_form() -> bytes:
    """Blanks drawn as vector lines (not underscores): labels left, captions below; plus an
    underlined heading and a footnote rule, which are lines but no blanks."""
    def page(c: Canvas) -> None:
        _text(c, 72, 740, "Porting Letter of Authorization", 14)
        c.setLineWidth(0.6)
        c.line(72, 737, 290, 737)  # the heading's underline
        for i, label in enumerate(("Business name:", "Current carrier:", "Account number:")):
            y = 700 - i * 30
            _text(c, 72, y, label)
            c.line(180, y - 2, 480, y - 2)
        c.line(72, 560, 300, 560)
        _text(c, 72, 548, "Authorized signature", 8)
        c.line(340, 560, 480, 560)
        _text(c, 340, 548, "Date", 8)
        c.line(72, 90, 200, 90)  # footnote rule
        _text(c, 72, 78, "1 Numbers that are not listed here stay with the current carrier.", 7)
    return _pdf([page])


def two_address_form() -> bytes:
    """A service address and a billing address block with the same "City / Province / Postal
    code" labels; Yes/No answers in small text boxes sitting on their own underlines; an
    "Address:" line with the dotted lines to write on below it."""
    def page(c: Canvas) -> None:
        _text(c, 72, 740, "Lettre d'autorisation", 14)
        for top, label in ((700, "Adresse du service :"), (620, "Adresse de facturation :")):
            _text(c, 72, top + 4, label)
            _field(c, f"addr{top}", 200, top, 340)
            for x, lab, w in ((72, "Ville :", 150), (260, "Province :", 110), (430, "Code postal :", 60)):
                _text(c, x, top - 26, lab)
                _field(c, f"{lab[:4]}{top}", x + c.stringWidth(lab, REGULAR, 10) + 6,
                       top - 30, w)
        _text(c, 72, 540, "Est-ce un transfert partiel?")
        for x, answer in ((230, "OUI"), (290, "NON")):
            _text(c, x - 2, 538, "_" * 4)
            _field(c, f"box{x}", x, 536, 20, 20)
            _text(c, x + 24, 540, answer)
        _text(c, 72, 500, "Adresse postale:")
        _text(c, 72, 488, "." * 140)
        _text(c, 72, 476, "." * 140)
    return _pdf([page])
