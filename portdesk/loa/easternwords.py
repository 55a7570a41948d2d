"""The words Hungarian and Romanian porting forms name our values by (számhordozási kérelem,
cerere de portare): part of labelwords.RULES, read before the broad rules of the other
languages (their words do not collide with them: "denumire", "irányítószám", "județ").

Patterns are written against normalised text (no accents, lower case). What is not ours comes
first: the company and tax registers, identity papers, witnesses and the acceptor's own entries
("Nr. înregistrare ... din ...", "se completează de furnizorul acceptor"); then the providers,
the people, the address, the numbers and the dates.
"""

from __future__ import annotations

from portdesk.loa.fields import LoaField

NOT_OURS = "not_ours"

EASTERN_RULES: list[tuple[LoaField | str, float, str]] = [
    # registers, tax and identity numbers, witnesses, the acceptor's registration
    (NOT_OURS, 1.0, r"\b(cegjegyzekszam|adoszam|adoazonosito\w*|szemelyi igazolvany\w*|"
                    r"szig szam|tanu\w*|cui|cnp|cod fiscal|registrul comertului|reg com|"
                    r"ci seria|seria si (nr|numarul)|buletin|carte de identitate|"
                    r"nr inregistrare|inregistrar\w*|martor\w*)\b"),
    (NOT_OURS, 1.0, r"^(helyseg|helyiseg)$"),  # "Kelt: ____ (helység)": where it is signed
    # "Nr. principal DA / NU": a column asking whether the row is the main line, not ours
    (NOT_OURS, 0.9, r"\bprincipal da nu\b"),
    # the numbers that stay ("... az átadó szolgáltatónál maradó hívószámok"), before the
    # providers their sentence names
    (LoaField.REMAINING_NUMBERS, 1.0, r"\b(marado hivoszam\w*|hivoszam\w*.{0,40}\bmarad\w*|"
                                      r"numere\w* care raman|raman la furnizor\w*)\b"),
    # the providers: the donor (losing) is ours to name, the acceptor (gaining) is not
    (LoaField.CARRIER, 1.0, r"\b(atado szolgaltato\w*|furnizor\w* donor|denumirea furnizorului"
                            r"( donor)?)\b"),
    (NOT_OURS, 1.0, r"\b(atvevo szolgaltato\w*|furnizor\w* acceptor)\b"),
    # the people
    (LoaField.AUTHORIZED_NAME, 1.0, r"\b(kepviselo\w* neve|alairo neve|"
                                    r"(nume|numele)\b.*\b(reprezentant\w*|imputernicit\w*))\b"),
    (LoaField.AUTHORIZED_TITLE, 1.0, r"\b(beosztas\w*|functia|functie)\b"),
    (LoaField.ACCOUNT_NAME, 1.0, r"\b(elofizeto neve|cegnev\w*|denumire\w*|numele abonatului)\b"),
    (LoaField.ACCOUNT_NAME, 0.6, r"^(nev|nume si prenume|nume)$"),
    (LoaField.ACCOUNT_NUMBER, 1.0, r"\b(ugyfelazonosito|ugyfelszam|szerzodesszam|cod client|"
                                   r"nr contract|numar(ul)? (de )?contract)\b"),
    (LoaField.CONTACT_PHONE, 1.0, r"\b(kapcsolattart\w* telefon\w*|telefon de contact)\b"),
    # the address
    (LoaField.POSTAL_CODE, 1.0, r"\b(iranyitoszam\w*|cod postal)\b"),
    (LoaField.CITY, 1.0, r"\b(telepules|localitate\w*)\b"),
    (LoaField.STATE, 1.0, r"\b(judet\w*|megye)\b"),
    (LoaField.STREET, 1.0, r"\b(utca\w*|hazszam|adresa|strada)\b"),
    # the numbers to port
    (LoaField.NUMBER, 1.0, r"\b(hivoszam\w*|hordozando\w*|numar de telefon|numerele|numere)\b"),
    # the dates: the one asked for ("kért ... napja", "data solicitată"), then the signing
    (LoaField.REQUESTED_DATE, 1.0, r"\bkert\b.*\b(nap\w*|datum\w*|idopont\w*|idoablak\w*)\b|"
                                   r"\bdata (solicitat\w*|dorit\w*|portarii)\b"),
    (LoaField.DATE_SIGNED, 0.9, r"^(kelt|datum|kelt datum)$"),
]
