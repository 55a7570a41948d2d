"""The words Finnish and Czech porting forms name our values by (numeronsiirtovaltakirja,
žádost o přenesení čísla): part of labelwords.RULES, read before the broad rules of the other
languages. Their words do not collide with those languages' words, but some of the broad rules
misread them: Czech "Obchodní firma" is the company's name, not a Spanish "firma"; "Jméno ...
podpis" names the signer, it is not the signature.

Patterns are written against normalised text (no accents, lower case, punctuation as spaces).
Not ours first: business and identity registers, the column of a numbers table that is not
the number, the receiving provider, the place a form is signed at.
"""

from __future__ import annotations

from portdesk.loa.fields import LoaField

NOT_OURS = "not_ours"  # labelwords.NOT_OURS, spelt here to keep this module a leaf

FINNISH_RULES: list[tuple[LoaField | str, float, str]] = [
    # registers and identity numbers; the line's type and its fixed-term contract (K / E)
    (NOT_OURS, 1.0, r"\b(y tunnus|ytunnus|henkilotunnus|hetu|liittymatyyppi|"
                    r"maaraaikai\w*|vastaanottava\w*|uusi operaattori)\b"),
    (NOT_OURS, 1.0, r"^(paikka|allekirjoituspaikka)$"),  # where it is signed
    # the numbers that stay, before the provider their sentence names
    (LoaField.REMAINING_NUMBERS, 1.0, r"\b\w*numero\w*\b.{0,20}\b(jaa|jaavat|jaava)\b|"
                                      r"\b(jaavat|jaljelle jaavat)\b.{0,10}\bnumero\w*"),
    (LoaField.ACCOUNT_NUMBER, 1.0, r"\b(asiakasnumero|asiakasnro|sopimusnumero)\b"),
    (LoaField.BTN, 1.0, r"\b(paanumero|laskutettava numero|paaliittyman numero)\b"),  # the main
    # (billing) number, or the main line's ('pääliittymän') number
    # "(tai) operaattorin nimi": the operator's name, the current one's on a porting form (the
    # new one's under its own heading, which sections.py reads)
    (LoaField.CARRIER, 1.0, r"\b(luovuttava\w*|nykyinen operaattori|operaattorin nimi)\b"),
    (LoaField.AUTHORIZED_NAME, 1.0, r"\b(nimen ?selvennys|allekirjoittajan nimi)\b"),
    (LoaField.AUTHORIZED_TITLE, 1.0, r"\b(asema( yrityksessa)?|titteli|tehtava\w*)\b"),
    (LoaField.CONTACT_PHONE, 1.0, r"\b(yhteyshenkilo\w* puhelin\w*|puhelin yhteyshenkilo\w*)\b"),
    (LoaField.CONTACT_EMAIL, 1.0, r"\bsahkoposti\w*\b"),
    (LoaField.ACCOUNT_NAME, 1.0, r"\b(yrityksen nimi|asiakkaan nimi|yritys / asiakas|"
                                 r"liittyman haltija\w*|liittymanhaltija\w*)\b"),
    (LoaField.AUTHORIZED_NAME, 0.8, r"\byhteyshenkilo\b"),
    (LoaField.POSTAL_CODE, 1.0, r"\bpostinumero\b"),
    (LoaField.CITY, 1.0, r"\b(postitoimipaikka|kotikunta|kunta|kaupunki)\b"),
    (LoaField.STREET, 1.0, r"\b(katuosoite|lahiosoite)\b"),
    # an address: the site's ('käyntiosoite', visiting) or the postal or billing one, which
    # context.py tells apart by BILLING_CONTEXT
    (LoaField.SERVICE_ADDRESS, 1.0, r"\b(osoite|asennusosoite|liittymaosoite|kayntiosoite|"
                                    r"postiosoite|laskutusosoite)\b"),
    (LoaField.REQUESTED_DATE, 1.0, r"\b(toivottu|haluttu|pyydetty)\b.*\b\w*paiva\w*\b|"
                                   r"\bsiirtopaiva\w*\b|"
                                   r"^(siirto )?aikaisintaan\b"),  # 'at the earliest': the day asked
    (LoaField.DATE_SIGNED, 0.9, r"^(paivamaara|pvm|paivays)$"),
    # the noun, and the imperative 'sign (here)' on a tab beside the box to sign in
    (LoaField.SIGNATURE, 1.0, r"\ballekirjoitu\w*\b|\ballekirjoita\b"),
    (LoaField.NUMBER, 1.0, r"\b(puhelinnumero\w*|siirrettav\w* numero\w*|numerot)\b"),
]

CZECH_RULES: list[tuple[LoaField | str, float, str]] = [
    # registers, identity, the receiving provider, the stamp, the place it is signed in
    (NOT_OURS, 1.0, r"\b(ico|dic|rodne cislo|datum narozeni|prejimajici\w*|razitko|"
                    r"novy poskytovatel|novy operator)\b"),
    (NOT_OURS, 1.0, r"^(v|v misto|misto)$"),  # "V ____ dne ____": the place
    (LoaField.REMAINING_NUMBERS, 1.0, r"\bcisl\w*\b.{0,30}\b(zustava\w*|zustanou)\b"),
    (LoaField.ACCOUNT_NUMBER, 1.0, r"\b(cislo smlouvy|zakaznick\w* cislo|cislo zakaznika)\b"),
    (LoaField.PIN, 1.0, r"\b(overovaci kod\w*|oku)\b"),
    (LoaField.CARRIER, 1.0, r"\b(opousten\w* poskytovatel\w*|opousteny|stavajici operator\w*)\b"),
    (LoaField.AUTHORIZED_TITLE, 1.0, r"\b(funkce|pozice)\b"),
    # the signer's name: "Jméno a příjmení oprávněné osoby", a widget named "JmenoPodpis"
    (LoaField.AUTHORIZED_NAME, 1.0, r"\bjmeno\b.*\b(opravnen\w*|podpis\w*|zastupc\w*)\b"),
    (LoaField.ACCOUNT_NAME, 1.0, r"\b(obchodni firma|nazev firmy|nazev spolecnosti)\b"),
    (LoaField.ACCOUNT_NAME, 0.8, r"^(jmeno a prijmeni|jmeno)$"),
    (LoaField.CONTACT_PHONE, 1.0, r"\bkontaktni telefon\b"),
    (LoaField.POSTAL_CODE, 1.0, r"\bpsc\b"),
    (LoaField.CITY, 1.0, r"\b(obec|mesto)\b"),
    (LoaField.STREET, 1.0, r"\b(ulice|cislo popisne)\b"),
    (LoaField.REQUESTED_DATE, 1.0, r"\bpozadovan\w* datum\b|\bdatum preneseni\b"),
    (LoaField.DATE_SIGNED, 0.9, r"^(dne|datum podpisu)$"),
    (LoaField.SIGNATURE, 1.0, r"\bpodpis\w*\b"),
    (LoaField.NUMBER, 1.0, r"\b(prenasen\w* cisl\w*|telefonni cisl\w*)\b"),
]
