"""Canadian carrier forms: a Bell-style bilingual fillable form with widgets named Text1..TextN and
a split YYYY / MM / DD date, and a TELUS-style paper form in French."""

from __future__ import annotations

from typing import Any

from tests.loaforms.kit import letter

Built = tuple[bytes, dict[str, Any]]


def bell_bilingual() -> Built:
    s = letter("ca-bell-bilingual", "CA", "en", ["ca-bell-en"],
               "Fillable, English / French labels, widgets Text1..; two columns; split requested "
               "date YYYY/MM/DD; numbers 1-10 across two columns by rows; new provider block "
               "stays empty; signature on a printed line.")
    s.date_formats = ["%Y-%m-%d", "%Y/%m/%d"]
    s.text(40, 750, "Bell", 20, bold=True)
    s.text(100, 756, "Letter of Authorization / Lettre d'autorisation", 11, bold=True)
    s.text(100, 743, "Local Number Portability / Transférabilité des numéros locaux", 8.5)
    names = iter(f"Text{n}" for n in range(1, 40))
    s.band(40, 712, 532, "Customer / Client")
    left: list[tuple[str, str | None]] = [
        ("Customer name / Nom du client", "account_name"),
        ("Service address / Adresse de service", "street"),
        ("City / Ville", "city")]
    right: list[tuple[str, str | None]] = [
        ("Account number / Numéro de compte", "account_number"),
        ("Province", "state"), ("Postal code / Code postal", "postal_code")]
    for col, rows in ((40, left), (320, right)):
        y = 676
        for label, fld in rows:
            s.text(col, y + 19, label, 7.5)
            s.widget(next(names), col, y, 252, 16, fld)
            y -= 36
    s.band(40, 580, 532, "Current service / Service actuel")
    s.text(40, 563, "Current service provider / Fournisseur de services actuel", 7.5)
    s.widget(next(names), 40, 544, 252, 16, "carrier")
    s.text(320, 563, "Main telephone number / Numéro principal", 7.5)
    s.widget(next(names), 320, 544, 252, 16, "btn")
    s.text(40, 527, "PIN / NIP (wireless / sans fil)", 7.5)
    s.widget(next(names), 40, 508, 120, 16, "pin")
    s.text(320, 527, "Requested port date / Date de transfert demandée", 7.5)
    for label, x, w, fld in (("YYYY / AAAA", 320, 50, "requested_year"),
                             ("MM", 380, 30, "requested_month"),
                             ("DD / JJ", 420, 30, "requested_day")):
        s.widget(next(names), x, 508, w, 16, fld)
        s.text(x, 498, label, 6.5)
    s.band(40, 470, 532, "New service provider / Nouveau fournisseur")
    s.text(40, 453, "Company / Entreprise", 7.5)
    s.widget(next(names), 40, 434, 252, 16, None)
    s.text(320, 453, "Contact", 7.5)
    s.widget(next(names), 320, 434, 252, 16, None)
    s.band(40, 404, 532, "Numbers to port / Numéros à transférer")
    s.checkbox("Check1", 40, 380, "check:full_port", "All numbers on the account / Tous les numéros")
    s.checkbox("Check2", 300, 380, "check:partial_port", "Some numbers / Certains numéros")
    slots = s.slot_group()
    for n in range(10):
        row, col = divmod(n, 2)
        x, y = 40 + col * 280, 352 - row * 22
        s.text(x, y + 4, f"{n + 1}", 8)
        name = next(names)
        s.widget(name, x + 16, y, 230, 16, None)
        s.places.pop()
        s.slot(slots, (x + 16, y, x + 246, y + 16), f"slot {n + 1}", name)
    s.para(40, 232, "I authorize the new service provider to act as my agent to transfer the "
           "numbers above. / J'autorise le nouveau fournisseur à agir en mon nom pour transférer "
           "les numéros ci-dessus.", 532, 8)
    s.sign_line("Signature", 40, 170, 300, label_below=True)
    s.text(320, 160, "Date (YYYY-MM-DD / AAAA-MM-JJ)", 7.5)
    s.widget(next(names), 320, 170, 140, 16, "date_signed")
    s.text(40, 134, "Name / Nom", 7.5)
    s.widget(next(names), 40, 114, 252, 16, "authorized_name")
    s.text(320, 134, "Title / Titre", 7.5)
    s.widget(next(names), 320, 114, 252, 16, "authorized_title")
    return s.build()


def telus_french_paper() -> Built:
    s = letter("ca-telus-fr-paper", "CA", "fr", ["ca-telus", "ca-telus-partial"],
               "Paper only, French. Numbers 1-6 down the left column, 7-12 down the right; new "
               "provider line stays empty; full / partial tick boxes.")
    s.date_formats = ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"]
    s.text(40, 750, "TELUS", 18, bold=True)
    s.text(40, 728, "Autorisation de transfert de numéros de téléphone", 12, bold=True)
    s.para(40, 712, "Veuillez remplir en lettres moulées. Les renseignements doivent correspondre "
           "exactement à ceux de votre compte.", 532)
    s.text(40, 686, "1. Renseignements sur le client", 10, bold=True)
    s.blank("Nom de l'entreprise ou du client :", 40, 664, 572, "account_name")
    s.blank("Adresse de service :", 40, 642, 572, "street")
    s.blank("Ville :", 40, 620, 250, "city")
    s.blank("Province :", 262, 620, 370, "state")
    s.blank("Code postal :", 382, 620, 572, "postal_code")
    s.blank("Numéro de compte TELUS :", 40, 598, 330, "account_number")
    s.blank("NIP :", 350, 598, 460, "pin")
    s.blank("Numéro de téléphone principal :", 40, 576, 330, "btn")
    s.text(40, 548, "2. Nouveau fournisseur de services", 10, bold=True)
    s.blank("Nom du nouveau fournisseur :", 40, 526, 572, None)
    s.text(40, 498, "3. Numéros à transférer", 10, bold=True)
    s.tick(40, 478, "check:full_port", "Transfert complet (tous les numéros du compte)")
    s.tick(300, 478, "check:partial_port", "Transfert partiel")
    slots = s.slot_group()
    for n in range(12):
        col, row = divmod(n, 6)
        x, y = 40 + col * 270, 452 - row * 20
        s.right_text(x + 16, y, f"{n + 1}.", 9)
        line = s.line_under(x + 22, y - 2, x + 240, "number", f"slot {n + 1}")
        s.places.remove(line)
        s.slot(slots, tuple(line["rect"]), f"slot {n + 1}")  # type: ignore[arg-type]
    s.blank("Date souhaitée du transfert (AAAA-MM-JJ) :", 40, 316, 400, "requested_date")
    s.text(40, 284, "4. Autorisation", 10, bold=True)
    s.para(40, 268, "J'autorise le nouveau fournisseur à agir en mon nom pour demander le "
           "transfert des numéros indiqués ci-dessus. Je suis le titulaire du compte ou une "
           "personne autorisée.", 532, 8)
    s.blank("Nom du signataire autorisé :", 40, 220, 360, "authorized_name")
    s.blank("Titre :", 380, 220, 572, "authorized_title")
    s.sign_line("Signature :", 40, 170, 360)
    s.blank("Date :", 380, 170, 572, "date_signed")
    return s.build()


FORMS = {
    "ca-bell-bilingual": bell_bilingual,
    "ca-telus-fr-paper": telus_french_paper,
}
