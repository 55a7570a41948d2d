"""Round 27 (held back), Normandy and Galicia: a Caen operator's partly fillable mandat de
portabilité in French on two pages (the subscriber's block in widgets, the rest on paper): some
rows captioned to the RIGHT of their box ('[      ] Code postal'), the RIO and the SIRET not
ours, a numbers table whose per-row 'Action' column takes 'P' (porter) on each row that holds a
number and whose 'Nouveau routage' column is the operator's, 'Numéros conservés : ___' for a
partial port, the requested date as 'le ___ ____________ 20__' with the month written out,
'Fait à ______' (not in the case: empty), the company stamp and the operator's countersignature
not ours, and 'Paraphe' boxes at each page's foot (optional); and a Vigo operator's fillable
solicitud de portabilidad in Spanish printed twice side by side ('Ejemplar para el cliente' |
'Ejemplar para el operador', both asked: truth in both), each with a donor-operator drop-down
whose options hold neither case's operator (left empty) and 'Otro (indique cuál): ___' beside
it (the operator goes there), a service-type drop-down (not decided by the case), the NIF / CIF
not ours, a 'Nº de líneas' count, a contact phone and a fax beside the numbers (the fax not
ours), and a signature widget per copy. Truth from the drawn page; the filler never run."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round14_kit import witness_line
from tests.loaforms.round25_kit import sign_widget_box
from tests.loaforms.round27_kit import choice, initials, table, widget

Built = tuple[bytes, dict[str, Any]]
W, H = float(A4[0]), float(A4[1])


# -- Normandy ------------------------------------------------------------------------------------
def _above(s: Sheet, text: str, x: float, y: float) -> None:
    s.text(x, y + 17, text, 6.8)


def _right(s: Sheet, name: str | None, x: float, y: float, w: float, fld: str | None,
           caption: str) -> float:
    """A blank with its caption to its right; returns the x after the caption."""
    if name:
        widget(s, name, x, y, w, 15, fld, what=caption)
    else:
        s.box(x, y, w, 15, fld, caption)
    return s.text(x + w + 4, y + 4, caption, 7.5) + 12


def _no_page1(s: Sheet) -> None:
    s.text(40, H - 46, "Calvados Télécom", 14, bold=True)
    s.text(40, H - 58, "SAS au capital de 120 000 €  -  12 quai de la Londe, 14000 Caen  -  "
           "02 31 55 01 00", 7)
    s.c.setFont(s.bold_font, 12)
    s.c.drawRightString(W - 40, H - 46, "MANDAT DE PORTABILITÉ")
    s.c.setFont(s.font, 7)
    s.c.drawRightString(W - 40, H - 58, "Numéros fixes  -  à retourner signé")
    s.band(40, H - 84, W - 80, "1. L'ABONNÉ", 8.5)
    y = H - 120
    _above(s, "Raison sociale ou nom et prénom du titulaire de la ligne", 40, y)
    widget(s, "Champ1", 40, y, 330, 15, "account_name")
    _above(s, "N° SIRET (entreprises)", 380, y)
    widget(s, "Champ2", 380, y, W - 40 - 380, 15, None)
    y -= 32
    _above(s, "Nom du représentant légal ou du mandataire", 40, y)
    widget(s, "Champ3", 40, y, 250, 15, "authorized_name")
    _above(s, "Qualité", 300, y)
    widget(s, "Champ4", 300, y, W - 40 - 300, 15, "authorized_title")
    y -= 32
    _above(s, "Adresse d'installation (numéro et voie)", 40, y)
    widget(s, "Champ5", 40, y, W - 80, 15, "street")
    y -= 24
    x = _right(s, "Champ6", 40, y, 60, "postal_code", "Code postal")
    _right(s, "Champ7", x, y, 200, "city", "Commune")
    y -= 22
    x = _right(s, "Champ8", 40, y, 130, "contact_phone", "Téléphone de contact")
    _right(s, "Champ9", x, y, 190, "contact_email", "Courriel")
    y -= 22
    s.text(40, y + 1, "Vous êtes :", 8)
    s.checkbox("Case1", 100, y, "check:business", "un professionnel")
    s.checkbox("Case2", 200, y, "check:residential", "un particulier")
    s.band(40, y - 26, W - 80, "2. L'OPÉRATEUR ACTUEL (OPÉRATEUR DONNEUR)", 8.5)
    y -= 62
    _above(s, "Nom de l'opérateur actuel", 40, y)
    s.box(40, y, 170, 15, "carrier", "opérateur actuel")
    _above(s, "Référence client chez cet opérateur", 220, y)
    s.box(220, y, 150, 15, "account_number", "référence client")
    _above(s, "RIO (12 caractères, 3179)", 380, y)
    s.box(380, y, W - 40 - 380, 15, None, "RIO")
    y -= 32
    _above(s, "Numéro principal de l'installation (tête de ligne)", 40, y)
    s.box(40, y, 170, 15, "btn", "tête de ligne")
    s.band(40, y - 26, W - 80, "3. NUMÉROS", 8.5)
    y -= 48
    s.tick(40, y, "check:full_port", "Portabilité de tous les numéros de l'installation")
    y -= 15
    s.tick(40, y, "check:partial_port", "Portabilité partielle : seuls les numéros ci-dessous")
    slots = s.slot_group(ordered=True)
    y = table(s, slots, 40, y - 8, 8, [("N°", 22, "no"), ("Numéro à porter", 150, "number"),
                                        ("Action\nP = porter", 60, ("accept", ["P", "p"])),
                                        ("Nouveau routage\n(cadre réservé à Calvados Télécom)",
                                         W - 80 - 232, None)], head_h=20)
    s.blank("Numéros conservés chez l'opérateur actuel (portabilité partielle) :", 40, y - 20,
            W - 40, "remaining_numbers", size=8)
    initials(s, W - 110, 34, "Paraphe :")
    s.footer("Calvados Télécom  -  MP-FIX-14 (2026)  -  page 1/2")


def _no_page2(s: Sheet) -> None:
    s.band(40, H - 60, W - 80, "4. DATE SOUHAITÉE", 8.5)
    y = H - 86
    end = s.text(40, y, "Je souhaite que la portabilité ait lieu le", 8.5) + 3
    s.rule(end, y - 2, end + 24)
    s._place((end, y - 3, end + 24, y + 11), "requested_day", what="le __")
    s.rule(end + 28, y - 2, end + 118)
    s._place((end + 28, y - 3, end + 118, y + 11), "requested_month", what="mois en lettres")
    end = s.text(end + 122, y, "20", 8.5) + 1
    s.rule(end, y - 2, end + 18)
    s._place((end, y - 3, end + 18, y + 11), "requested_year2", what="20__")
    s.text(40, y - 11, "(le mois en toutes lettres)", 6)
    s.band(40, y - 36, W - 80, "5. MANDAT", 8.5)
    y = s.para(40, y - 54, "Je donne mandat à Calvados Télécom pour effectuer en mon nom la "
               "demande de portabilité des numéros ci-dessus auprès de mon opérateur actuel. "
               "La portabilité entraîne la résiliation du contrat chez cet opérateur pour les "
               "numéros portés.", W - 80, 8)
    y -= 16
    s.blank("Fait à", 40, y, 230, None, size=8.5)
    end = s.text(240, y, ", le", 8.5) + 4
    for n, (w, fld) in enumerate([(20, "date_signed_day"), (20, "date_signed_month"),
                                  (34, "date_signed_year")]):
        s.rule(end, y - 2, end + w)
        s._place((end, y - 3, end + w, y + 11), fld, what=f"le part {n + 1}")
        end += w
        if n < 2:
            s.text(end + 2, y, "/", 8.5)
            end += 9
    y -= 56
    s.sign_line("Signature de l'abonné, précédée de « Bon pour mandat »", 40, y, 280,
                label_below=True)
    s.box(300, y - 10, 120, 60, None, "Cachet de l'entreprise")
    s.text(300, y - 18, "Cachet de l'entreprise", 7)
    witness_line(s, "Pour Calvados Télécom (nom, signature)", 430, y, W - 40)
    initials(s, W - 110, 34, "Paraphe :")
    s.footer("Calvados Télécom  -  MP-FIX-14 (2026)  -  page 2/2")


def no_partly_fillable() -> Built:
    s = a4("r27-no-mandat-portabilite-partly-fillable", "FR", "fr", ["r27-no", "r27-no-home"],
           "Partly fillable, Normandy, two pages: the subscriber's block in widgets Champ1..9 "
           "(some captions right of their box), the rest on paper; SIRET and RIO not ours; "
           "numbers table with a per-row Action column taking 'P' on rows that hold a number "
           "and the operator's routing column; 'Numéros conservés : ___'; requested date 'le "
           "__ ______ 20__' (month in words); 'Fait à ___' not in the case (empty); date "
           "signed __/__/____; company stamp and the operator's countersignature not ours; "
           "'Paraphe' boxes at each foot (optional).")
    s.date_formats = ["%d/%m/%Y"]
    _no_page1(s)
    s.next_page()
    _no_page2(s)
    return s.build()


# -- Galicia -------------------------------------------------------------------------------------
def _ga_copy(s: Sheet, x: float, w: float, title: str, k: str) -> None:
    s.band(x, H - 92, w, title, 8)
    y = H - 126
    _above(s, "Titular (nombre y apellidos o razón social)", x, y)
    widget(s, f"{k}titular", x, y, w, 15, "account_name")
    y -= 30
    _above(s, "NIF / CIF", x, y)
    widget(s, f"{k}nif", x, y, 90, 15, None)
    _above(s, "Persona autorizada", x + 96, y)
    widget(s, f"{k}autorizado", x + 96, y, w - 96, 15, "authorized_name")
    y -= 30
    _above(s, "Domicilio de la línea (calle y número)", x, y)
    widget(s, f"{k}domicilio", x, y, w, 15, "street")
    y -= 30
    _above(s, "C.P.", x, y)
    widget(s, f"{k}cp", x, y, 44, 15, "postal_code")
    _above(s, "Localidad", x + 50, y)
    widget(s, f"{k}localidad", x + 50, y, 100, 15, "city")
    _above(s, "Provincia", x + 156, y)
    widget(s, f"{k}provincia", x + 156, y, w - 156, 15, "state")
    y -= 30
    _above(s, "Operador donante", x, y)
    choice(s, f"{k}donante", x, y, 110, ["Orange", "Yoigo", "MásMóvil", "Digi", "Otro"], None)
    s.places[-1]["optional"] = True
    _above(s, "Otro (indique cuál)", x + 116, y)
    widget(s, f"{k}otro", x + 116, y, w - 116, 15, "carrier")
    y -= 30
    _above(s, "Nº de cliente / cuenta en el donante", x, y)
    widget(s, f"{k}cuenta", x, y, 130, 15, "account_number")
    _above(s, "Tipo de servicio", x + 136, y)
    choice(s, f"{k}servicio", x + 136, y, w - 136, ["Fijo", "Móvil", "Fijo y móvil"], None)
    s.places[-1]["optional"] = True
    y -= 24
    s.checkbox(f"{k}total", x, y, "check:full_port", "Portabilidad total")
    s.checkbox(f"{k}parcial", x + 110, y, "check:partial_port", "Portabilidad parcial")
    y -= 6
    slots = s.slot_group(ordered=True)
    y = table(s, slots, x, y - 4, 5, [("Nº", 18, "no"), ("Número a portar", w - 18, "number")],
              names=[f"{k}num{n}" for n in range(1, 6)])
    y -= 28
    _above(s, "Nº de líneas", x, y)
    widget(s, f"{k}lineas", x, y, 40, 15, "number_count")
    _above(s, "Teléfono de contacto", x + 46, y)
    widget(s, f"{k}contacto", x + 46, y, 90, 15, "contact_phone")
    _above(s, "Fax", x + 142, y)
    widget(s, f"{k}fax", x + 142, y, w - 142, 15, None)
    y -= 30
    _above(s, "Números que se mantienen en el donante (parcial)", x, y)
    widget(s, f"{k}mantiene", x, y, w, 15, "remaining_numbers")
    y -= 24
    s.para(x, y, "Solicito causar baja en el operador donante y alta en Rías Telecom "
           "conservando la numeración indicada.", w, 6.5)
    y -= 52
    sign_widget_box(s, f"{k}firma", "Firma del titular o autorizado", x, y, w * 0.6)
    _above(s, "Fecha (dd/mm/aaaa)", x + w * 0.6 + 6, y)
    widget(s, f"{k}fecha", x + w * 0.6 + 6, y, w * 0.4 - 6, 15, "date_signed")


def ga_two_copies_fillable() -> Built:
    s = a4("r27-ga-solicitud-dos-ejemplares-fillable", "ES", "es", ["r27-ga", "r27-ga-home"],
           "Fillable, Galicia, one page printed twice side by side ('Ejemplar para el cliente' "
           "| 'Ejemplar para el operador'): every value is truth in both copies. Donor-operator "
           "drop-down without either case's operator (optional, not ours) with 'Otro (indique "
           "cuál)' beside it (the operator); service-type drop-down optional; NIF / CIF and fax "
           "not ours; numbers 1-5 per copy; Nº de líneas; contact phone; numbers kept; a "
           "signature widget and a date per copy.")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, H - 44, "RÍAS TELECOM", 14, bold=True)
    s.text(40, H - 56, "Rías Telecom S.L.  -  Rúa de Policarpo Sanz 20, 36202 Vigo  -  "
           "986 55 01 00", 7)
    s.c.setFont(s.bold_font, 11)
    s.c.drawRightString(W - 40, H - 44, "SOLICITUD DE PORTABILIDAD")
    s.c.setFont(s.font, 7)
    s.c.drawRightString(W - 40, H - 56, "Rellene los dos ejemplares")
    w = (W - 80 - 20) / 2
    _ga_copy(s, 40, w, "EJEMPLAR PARA EL CLIENTE", "c_")
    s.c.setDash(3, 3)
    s.c.line(W / 2, H - 80, W / 2, 60)
    s.c.setDash()
    _ga_copy(s, 40 + w + 20, w, "EJEMPLAR PARA EL OPERADOR", "o_")
    s.footer("Rías Telecom S.L.  -  CIF B36000000  -  SP-2026-3")
    return s.build()


FORMS = {"r27-no-mandat-portabilite-partly-fillable": no_partly_fillable,
         "r27-ga-solicitud-dos-ejemplares-fillable": ga_two_copies_fillable}
