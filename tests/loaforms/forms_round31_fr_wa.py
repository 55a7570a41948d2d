"""Round 31, Friesland and Wallonia (held back; truth from the drawn page, the filler never run
on these by their author):

- A Friesland fillable overstapformulier in Dutch: the customer block labelled by a vertical
  'KLANT' strip beside it; a role matrix (rows Naam | Klantnummer | Adres, columns Klant |
  Huidige aanbieder | Nieuwe aanbieder, the two providers' columns filled in by the providers:
  only the customer's column ours); widgets with lying names ('Postcode' holds the town),
  'Zakelijk / Particulier' and 'Ja / Nee' radios exporting 0 and 1, the current provider in a
  drop-down, a prefilled sales channel widget (not ours), the contact phone and e-mail widgets
  labelled only by an icon and their tooltip, a widget with no label at all (empty), a narrow
  numbers table whose headings are turned 90 degrees, the number split 'Netnummer |
  Abonneenummer', KvK and BTW numbers and a second signatory not ours.
- A Wallonia demande de portage in French that is one big picture (a scanned paper form) with
  fillable widgets the carrier added on top: the labels only in the picture, a specimen row
  'ex. 081 22 01 40' in grey as the numbers table's first row, a 'REÇU LE' date stamp and the
  company number (BCE) and VAT boxes not ours, a box whose label is smudged illegible (empty);
  page 2 the terms with 'Fait à ____, le ____' and one signature line at its foot.
"""

from __future__ import annotations

import io
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader

from portdesk.loa.fonts import BOLD, REGULAR, font_path
from tests.loaforms.kit import Sheet
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round14_kit import UnicodeSheet
from tests.loaforms.round28_kit import choice, tf
from tests.loaforms.round29_kit import multiline, radio_yes_no
from tests.loaforms.round31_kit import side_label, vtext

Built = tuple[bytes, dict[str, Any]]


def _lab(s: Sheet, x: float, y: float, text: str) -> None:
    s.text(x, y + 15, text, 6.8)


def _icon_mail(s: Sheet, x: float, y: float) -> None:
    s.frame(x, y, 14, 10)
    s.c.line(x, y + 10, x + 7, y + 4)
    s.c.line(x + 7, y + 4, x + 14, y + 10)


def _icon_phone(s: Sheet, x: float, y: float) -> None:
    s.c.roundRect(x + 3, y - 1, 8, 13, 1.5, stroke=1, fill=0)
    s.c.circle(x + 7, y + 1.2, 0.8, stroke=1, fill=1)


def fr_role_matrix_fillable() -> Built:
    s = UnicodeSheet("r31-fr-role-matrix-fillable", "NL", "nl",
                     "Fillable, Friesland, one A4 page, Dutch. Vertical KLANT strip; role matrix "
                     "Naam | Klantnummer | Adres x Klant | Huidige aanbieder | Nieuwe aanbieder "
                     "(only Klant ours; Adres one widget: street, postcode, town); lying names; "
                     "0/1 radios; provider drop-down; prefilled sales channel not ours; contact "
                     "phone and e-mail labelled by icon and tooltip only; an unlabelled widget "
                     "empty; numbers table with headings turned 90 degrees, netnummer per row "
                     "and abonneenummer slots (local); geheim / fax ticks not ours; KvK, BTW "
                     "and second signatory not ours.", A4, ["r31-fr", "r31-fr-partial"])
    s.date_formats = ["%d-%m-%Y", "%d/%m/%Y"]
    w, h = A4
    letterhead(s, w - 40, h - 40, ["Waddennet B.V.", "Zuiderplein 4, 8911 AN Leeuwarden",
                                   "Klantenservice 058 213 0100"])
    s.text(40, h - 48, "Overstapformulier vaste telefonie", 14, bold=True)
    s.text(40, h - 62, "Nummerbehoud: wij zeggen uw huidige abonnement voor u op.", 7.5)
    s.text(40, h - 82, "Verkoopkanaal", 7)
    tf(s, "Kanaal", 92, h - 86, 90, 12, None, value="Telefonisch")
    top = h - 104
    side_label(s, 40, top - 150, top, "KLANT")
    x0 = 58
    heads = [("", 74), ("Klant", 150), ("Huidige aanbieder\n(in te vullen door aanbieder)", 146),
             ("Nieuwe aanbieder\n(in te vullen door Waddennet)", 146)]
    cx = float(x0)
    for head, cw in heads:
        s.c.setFillGray(0.88)
        s.c.rect(cx, top - 22, cw, 22, stroke=1, fill=1)
        s.c.setFillGray(0)
        for n, part in enumerate(head.split("\n")):
            s.text(cx + 3, top - 9 - n * 8, part, 7 if n == 0 else 5.8, bold=n == 0)
        cx += cw
    rows = [("Naam", 18, "account_name"), ("Klantnummer", 18, "account_number"),
            ("Adres", 30, "address")]
    names = [["Tekst1", "Tekst2", "Tekst3"], ["Postcode", "Tekst5", "Tekst6"],
             ["Tekst7", "Tekst8", "Tekst9"]]
    ry = top - 22
    for (label, rh, fld), wnames in zip(rows, names, strict=True):
        ry -= rh
        s.frame(x0, ry, 74, rh)
        s.text(x0 + 3, ry + rh / 2 - 3, label, 7.5)
        cx = x0 + 74.0
        for k, name in enumerate(wnames):
            cw = heads[k + 1][1]
            s.frame(cx, ry, cw, rh)
            if fld == "address":
                multiline(s, name, cx + 1, ry + 1, cw - 2, rh - 2, fld if k == 0 else None,
                          f"{label} {heads[k + 1][0].split(chr(10))[0]}")
            else:
                tf(s, name, cx + 1, ry + 1, cw - 2, rh - 2, fld if k == 0 else None)
            cx += cw
    y = ry - 14
    s.text(x0, y, "Huidige aanbieder", 7.5)
    choice(s, "Lijst1", x0 + 80, y - 4, 120, ["KPN", "Odido", "Ziggo", "Delta", "Anders"],
           "carrier")
    s.text(x0 + 214, y, "Contactpersoon", 7.5)
    tf(s, "Tekst10", x0 + 280, y - 4, 178, 14, "authorized_name", optional=True)
    y -= 22
    s.text(x0, y, "Functie", 7.5)
    tf(s, "Tekst11", x0 + 80, y - 4, 120, 14, "authorized_title")
    _icon_phone(s, x0 + 214, y - 3)
    tf(s, "Tekst12", x0 + 232, y - 4, 100, 14, "contact_phone",
       tooltip="Telefoonnummer voor contact")
    _icon_mail(s, x0 + 340, y - 2)
    tf(s, "Tekst13", x0 + 358, y - 4, 160, 14, "contact_email", tooltip="E-mailadres")
    y -= 22
    tf(s, "Tekst99", x0 + 80, y - 4, 120, 14, None)
    s.text(x0 + 214, y, "KvK-nummer", 7.5)
    tf(s, "Tekst14", x0 + 264, y - 4, 80, 14, None)
    s.text(x0 + 352, y, "BTW-nr.", 7.5)
    tf(s, "Tekst15", x0 + 386, y - 4, 132, 14, None)
    y -= 30
    s.band(40, y, w - 80, "Soort aansluiting en overstap", 8.5)
    y -= 20
    y = radio_yes_no(s, "Keuze1", 40, y, "Soort klant", "check:business", "check:residential",
                     words=("Zakelijk", "Particulier"), at=230)
    y = radio_yes_no(s, "Keuze2", 40, y, "Alle nummers op dit abonnement overzetten?",
                     "check:full_port", "check:partial_port", words=("Ja", "Nee"), at=230)
    s.band(40, y, w - 80, "Telefoonnummers", 8.5)
    top = y - 10
    cols = [("Nr.", 22, None), ("Netnr. (zonder 0)", 40, "area"),
            ("Abonneenummer", 110, "local"), ("Geheim nummer", 24, None),
            ("Faxnummer", 24, None), ("ISDN", 24, None)]
    head_h = 70
    cx = 40.0
    for head, cw, _ in cols:
        s.c.setFillGray(0.9)
        s.c.rect(cx, top - head_h, cw, head_h, stroke=1, fill=1)
        s.c.setFillGray(0)
        vtext(s, cx + cw / 2 + 2.5, top - head_h + 4, head, 6.5, bold=True)
        cx += cw
    slots = s.slot_group()
    s._slot_groups[-1]["local"] = True  # the number after its area code, which has its column
    for r in range(6):
        ry = top - head_h - (r + 1) * 17
        cx = 40.0
        for k, (_head, cw, kind) in enumerate(cols):
            s.frame(cx, ry, cw, 17)
            name = f"Tabel.{r}.{k}"
            if kind is None and k == 0:
                s.right_text(cx + cw - 4, ry + 5, str(r + 1), 7.5)
            elif kind is None:
                s.checkbox(name, cx + cw / 2 - 4.5, ry + 4, None, "")
            elif kind == "area":
                tf(s, name, cx + 1, ry + 1, cw - 2, 15, "area_code")["row"] = r
            else:
                s.c.acroForm.textfield(name=name, tooltip="", x=cx + 1, y=ry + 1, width=cw - 2,
                                       height=15, fontSize=8, borderWidth=0.5,
                                       fillColor=None, forceBorder=True)
                s.slot(slots, (cx + 1, ry + 1, cx + cw - 1, ry + 16), f"abonneenummer {r + 1}",
                       name)
            cx += cw
    s.text(300, top - 12, "Nummers die bij de huidige aanbieder blijven", 7)
    s.text(300, top - 21, "(alleen als u hierboven Nee koos)", 6.5)
    multiline(s, "Tekst16", 300, top - 70, 255, 44, "remaining_numbers", "blijvende nummers")
    s.text(300, top - 90, "Gewenste overstapdatum (dd-mm-jjjj)", 7)
    tf(s, "Tekst17", 300, top - 108, 110, 14, "requested_date")
    s.text(300, top - 126, "Hoofdnummer (het nummer op uw factuur)", 7)
    tf(s, "Tekst21", 300, top - 144, 130, 14, "btn")
    s.text(450, top - 90, "Dagdeel", 7)
    s.radio("Dagdeel", "1", 450, top - 106, None, "ochtend")
    s.radio("Dagdeel", "2", 500, top - 106, None, "middag")
    y = top - head_h - 6 * 17 - 20
    y = s.para(40, y, "Ondergetekende verklaart bevoegd te zijn om over dit abonnement te "
               "beslissen en machtigt Waddennet B.V. de hierboven genoemde nummers over te "
               "zetten en het abonnement bij de huidige aanbieder op te zeggen voor die nummers.",
               w - 80, 7)
    y -= 50
    s.box(40, y, 200, 42, "signature", "handtekening")
    s.text(40, y - 9, "Handtekening", 6.8)
    s.box(300, y, 200, 42, None, "tweede handtekening")
    s.text(300, y - 9, "Tweede handtekening (alleen bij twee bevoegde bestuurders)", 6.8)
    y -= 34
    s.text(40, y + 16, "Naam", 6.8)
    tf(s, "Tekst18", 40, y, 120, 14, "authorized_name")
    s.text(170, y + 16, "Datum", 6.8)
    tf(s, "Tekst19", 170, y, 70, 14, "date_signed")
    s.text(300, y + 16, "Naam tweede ondertekenaar", 6.8)
    tf(s, "Tekst20", 300, y, 200, 14, None)
    s.footer("WN-OV-2029/1")
    return s.build()


# -- the scanned Walloon form --------------------------------------------------------------------
Op = tuple[str, float, float, Any]


def _scan(s: Sheet, ops: list[Op]) -> None:
    """Draw the whole page as one picture (a scan): texts, boxes and a stamp with no text layer.
    Ops are ('t', x, y, (text, size, bold)), ('g', x, y, (text, size)) grey specimen, ('r', x, y,
    (w, h)) a box, ('smudge', x, y, (w, h)), ('stamp', x, y, (line1, line2)),
    ('w', ...) white text on a band, in page points."""
    w, h = s.size
    k = 3.0
    img = Image.new("RGB", (int(w * k), int(h * k)), (250, 249, 244))
    draw = ImageDraw.Draw(img)
    faces: dict[tuple[float, bool], Any] = {}

    def face(size: float, bold: bool) -> Any:
        if (size, bold) not in faces:
            faces[size, bold] = ImageFont.truetype(str(font_path(BOLD if bold else REGULAR)),
                                                   int(size * k))
        return faces[size, bold]

    for op, x, y, arg in ops:
        if op in ("t", "w"):
            text, size, bold = arg
            draw.text((x * k, (h - y - size) * k), text, font=face(size, bold),
                      fill=(25, 25, 25) if op == "t" else (250, 250, 250))
        elif op == "g":
            text, size = arg
            draw.text((x * k, (h - y - size) * k), text, fill=(150, 150, 150),
                      font=face(size, False))
        elif op == "r":
            bw, bh = arg
            draw.rectangle([x * k, (h - y - bh) * k, (x + bw) * k, (h - y) * k],
                           outline=(40, 40, 40), width=2)
        elif op == "band":
            bw, bh = arg
            draw.rectangle([x * k, (h - y - bh) * k, (x + bw) * k, (h - y) * k],
                           fill=(70, 70, 70))
        elif op == "smudge":
            bw, bh = arg
            draw.rectangle([x * k, (h - y - bh) * k, (x + bw) * k, (h - y) * k],
                           fill=(120, 120, 115))
        elif op == "stamp":
            stamp = Image.new("RGBA", (int(150 * k), int(40 * k)), (0, 0, 0, 0))
            sd = ImageDraw.Draw(stamp)
            sd.rectangle([2, 2, 150 * k - 3, 40 * k - 3], outline=(170, 30, 30), width=4)
            sd.text((8 * k, 6 * k), arg[0], fill=(170, 30, 30), font=face(9, True))
            sd.text((8 * k, 20 * k), arg[1], fill=(170, 30, 30), font=face(11, True))
            stamp = stamp.rotate(8, expand=True)
            img.paste(stamp, (int(x * k), int((h - y - 50) * k)), stamp)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    s.c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, w, h)


def wa_scanned_fillable() -> Built:
    s = UnicodeSheet("r31-wa-scanned-picture-fillable", "BE", "fr",
                     "Fillable on a scan, Wallonia, two A4 pages, French. Page 1 one picture "
                     "(labels only in the image) with widgets on its boxes; specimen row 'ex. "
                     "081 22 01 40' grey in the table's first row (no widget); REÇU LE stamp, "
                     "BCE and TVA not ours; a box with a smudged label empty; numbers kept chez "
                     "l'opérateur two widgets; page 2 text terms, 'Fait à ____ (optional), le "
                     "____' and the signature line at its foot.", A4,
                     ["r31-wa", "r31-wa-partial"])
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
    w, h = A4
    ops: list[Op] = [
        ("t", 40, h - 52, ("Mosane Télécom SA", 15, True)),
        ("t", 40, h - 68, ("Demande de portage de numéros fixes  -  formulaire D-12", 9, False)),
        ("t", 440, h - 50, ("Place Saint-Aubain 3, 5000 Namur", 7, False)),
        ("t", 440, h - 60, ("portage@mosane-telecom.be", 7, False)),
        ("stamp", 268, h - 78, ("REÇU LE", "02 JUIL. 2029")),
        ("band", 40, h - 110, (w - 80, 15)),
        ("w", 44, h - 107, ("1. TITULAIRE DE LA LIGNE", 9, True)),
    ]
    y = h - 146
    rows: list[tuple[str, float, float, float, str | None, str]] = [
        ("Nom ou raison sociale du titulaire", 40, 330, 0, "account_name", "Champ1"),
        ("N° de client chez l'opérateur actuel", 380, w - 420, 0, "account_number", "Champ2"),
        ("Opérateur actuel", 40, 160, -36, "carrier", "Champ3"),
        ("Personne autorisée (nom et prénom)", 210, 200, -36, "authorized_name", "Champ4"),
        ("Fonction", 420, w - 460, -36, "authorized_title", "Champ5"),
        ("Rue et n°", 40, 250, -72, "street", "Champ6"),
        ("Code postal", 300, 60, -72, "postal_code", "Champ7"),
        ("Localité", 370, w - 410, -72, "city", "Champ8"),
        ("N° d'entreprise (BCE)", 40, 150, -108, None, "Champ9"),
        ("N° TVA", 200, 150, -108, None, "Champ10"),
        ("Tél. de contact", 360, w - 400, -108, "contact_phone", "Champ11"),
        ("E-mail", 40, 250, -144, "contact_email", "Champ12"),
        ("", 300, w - 340, -144, None, "Champ13"),
    ]
    for label, x, bw, dy, fld, name in rows:
        if label:
            ops.append(("t", x, y + dy + 16, (label, 6.8, False)))
        else:
            ops.append(("smudge", x, y + dy + 16, (70, 7)))
        ops.append(("r", x, y + dy, (bw, 14)))
        tf(s, name, x + 1, y + dy + 1, bw - 2, 12, fld)
    y -= 172
    ops.append(("t", 40, y, ("Type de client :", 8, False)))
    ops.append(("t", 130, y, ("professionnel", 8, False)))
    ops.append(("t", 220, y, ("particulier", 8, False)))
    s.checkbox("Case1", 116, y - 1, "check:business", "")
    s.checkbox("Case2", 206, y - 1, "check:residential", "")
    y -= 18
    ops.append(("t", 40, y, ("Portage :", 8, False)))
    ops.append(("t", 130, y, ("de tous les numéros de la ligne", 8, False)))
    ops.append(("t", 300, y, ("d'une partie des numéros seulement", 8, False)))
    s.checkbox("Case3", 116, y - 1, "check:full_port", "")
    s.checkbox("Case4", 286, y - 1, "check:partial_port", "")
    y -= 26
    ops.append(("band", 40, y, (w - 80, 15)))
    ops.append(("w", 44, y + 3, ("2. NUMÉROS À PORTER (un par ligne, avec l'indicatif)", 9, True)))
    y -= 20
    ops.append(("r", 40, y, (24, 16)))
    ops.append(("r", 64, y, (180, 16)))
    ops.append(("g", 46, y + 4, ("ex.", 7)))
    ops.append(("g", 70, y + 4, ("081 22 01 40", 8)))
    slots = s.slot_group()
    for n in range(6):
        ry = y - (n + 1) * 17
        ops.append(("r", 40, ry, (24, 17)))
        ops.append(("t", 48, ry + 5, (str(n + 1), 7.5, False)))
        ops.append(("r", 64, ry, (180, 17)))
        tf(s, f"Num{n + 1}", 65, ry + 1, 178, 15, None)
        s.places.pop()
        s.slot(slots, (65, ry + 1, 243, ry + 16), f"numéro {n + 1}", f"Num{n + 1}")
    ops.append(("t", 280, y + 6, ("Numéros conservés chez l'opérateur actuel", 7.5, True)))
    ops.append(("t", 280, y - 4, ("(portage partiel uniquement)", 6.8, False)))
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for n in range(2):
        ry = y - 24 - n * 20
        ops.append(("r", 280, ry, (200, 16)))
        tf(s, f"Reste{n + 1}", 281, ry + 1, 198, 14, None)
        s.places.pop()
        s.slot(stay, (281, ry + 1, 479, ry + 15), f"conservé {n + 1}", f"Reste{n + 1}")
    ry = y - 80
    ops.append(("t", 280, ry + 16, ("Date de portage souhaitée (jj/mm/aaaa)", 7, False)))
    ops.append(("r", 280, ry, (110, 14)))
    tf(s, "Champ14", 281, ry + 1, 108, 12, "requested_date")
    y -= 7 * 17 + 30
    ops.append(("t", 40, y, ("Suite et signature au verso.", 8, True)))
    ops.append(("t", 40, 30, ("MT D-12 / 2029   page 1/2", 7, False)))
    _scan(s, ops)
    s.next_page()
    s.text(40, h - 50, "Titulaire", 7.5)
    tf(s, "P2Titulaire", 80, h - 54, 230, 13, "account_name")
    s.text(322, h - 50, "N° de client", 7.5)
    tf(s, "P2Client", 372, h - 54, 183, 13, "account_number")
    s.text(40, h - 80, "Conditions de portage", 12, bold=True)
    y = h - 100
    for n, para in enumerate([
            "Le titulaire demande à Mosane Télécom SA de porter les numéros indiqués au recto "
            "et la mandate pour résilier, auprès de l'opérateur actuel, les services liés à "
            "ces numéros à la date du portage.",
            "Les services non liés aux numéros portés restent actifs chez l'opérateur actuel; "
            "le titulaire reste redevable des montants dus.",
            "Le portage a lieu au plus tôt le troisième jour ouvrable après la réception de la "
            "demande complète.",
            "Les données sont traitées conformément au règlement (UE) 2016/679."], start=1):
        y = s.para(40, y, f"{n}. {para}", w - 80, 8) - 6
    y = 150
    s.blank("Fait à", 40, y, 220, None, size=8.5, optional=True)
    s.text(230, y, ", le", 8.5)
    tf(s, "DateSign", 252, y - 4, 90, 14, "date_signed")
    y -= 60
    s.sign_line("Signature du titulaire ou de la personne autorisée", 40, y, 320,
                label_below=True)
    s.text(340, y + 18, "Nom en capitales", 6.8)
    tf(s, "NomSign", 340, y, 215, 14, "authorized_name")
    s.footer("MT D-12 / 2029   page 2/2")
    return s.build()


FORMS = {
    "r31-fr-role-matrix-fillable": fr_role_matrix_fillable,
    "r31-wa-scanned-picture-fillable": wa_scanned_fillable,
}
