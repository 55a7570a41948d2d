"""The words carriers' forms name our values by: one pattern per wording, in English, German,
French, Dutch, Spanish, a little Italian and Portuguese, Hungarian and Romanian (how a label is
read against them is vocabulary.py's).

Patterns are written against normalised text (no accents, lower case, punctuation as spaces), and
ordered from specific to broad: "name des unterzeichners" must be the signer before "name" is the
customer; "numero de telephone de facturation" the BTN before "numero de telephone" a number slot.
Words that say a blank is *not* ours (VAT number, domain, the new provider's side) are as important
as the ones that say it is: a value in the wrong box of a signed form is worse than an empty box.
"""

from __future__ import annotations

from portdesk.loa.danishwords import DANISH_RULES
from portdesk.loa.fields import LoaField
from portdesk.loa.finczwords import CZECH_RULES, FINNISH_RULES
from portdesk.loa.partywords import PARTY_RULES
from portdesk.loa.tradewords import TRADE_RULES

NOT_OURS = "not_ours"  # a blank for something we do not have (VAT number, domain...)
THIRD_PARTY = (r"\b(technical contact|technician|installer|installateur|contact technique|"
               r"technicien|tekniker|techniker|technischer ansprechpartner|tecnico|"
               r"instalador|installator|teknisk kontakt)\b")

# Hungarian and Romanian forms (számhordozási kérelem, cerere de portare): read before the broad
# rules of the other languages (their words do not collide with them). Not ours first: company
# and tax registers, identity papers, witnesses, the acceptor's own registration.
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

PROVIDER_STAFF = (r"\b(agent|dealer|sales ?rep\w*|salesperson|retailer)( ?s)? (name|signature|code|"
                  r"id|number|no|nr|date|sign\w*)\b|\b(received|processed|checked|accepted|"
                  r"actioned|keyed|taken|entered) by\b|"
                  # the same in the lexicons' languages ("Recibido por (representante de ...)",
                  # "Reçu par", "Entgegengenommen von", "Ricevuto da", "Ontvangen door")
                  r"\b(recibid[oa]|procesad[oa]|tramitad[oa]|recebid[oa]|processad[oa]) por\b|"
                  r"\b(recue?s?|traitee?s?) par\b|\b(entgegengenommen|bearbeitet|erfasst) (von|durch)\b|"
                  r"\b(ricevut[oa]|elaborat[oa]) da\b|\b(ontvangen|verwerkt) door\b")

# their own e-mail and phone ("Sales agent e-mail", "Dealer email", "E-mail tal-agent"): the
# customer's e-mail and phone are never theirs, in any language's lexicon (read before them);
# an authorised agent is the customer's own person
THIRD_PARTY_CONTACT = (r"(?<!authorized )(?<!authorised )\b(agent|agente|dealer|reseller|"
                       r"revendeur|retailer|sales ?rep\w*|salesperson)( ?s)? (e ?mail|courriel|"
                       r"phone|telephone|tel|mobile|fax)\b|\b(e ?mail|courriel|phone|telephone|"
                       r"tel|mobile|fax)( address| number| no)? (of the |of |tal |del |dell |"
                       r"de l |du |de )?(agent|agente|dealer|reseller|revendeur|retailer|"
                       r"sales ?rep\w*|salesperson)$")

LEXICONS_AT = 4  # the form's languages' lexicons are read after the first four rules below
# Rules written for one language's forms (Hungarian and Romanian, Finnish, Czech and Slovak,
# Danish and Norwegian), read only on a form in one of their languages, after the trade words:
# "Kunta", "Obec", "Selskab" or "Kelt" mean nothing (or another thing) on a form in another
LANGUAGE_RULES: tuple[tuple[frozenset[str], list[tuple[LoaField | str, float, str]]], ...] = (
    (frozenset({"hu", "ro"}), EASTERN_RULES),
    (frozenset({"fi"}), FINNISH_RULES),
    (frozenset({"cs", "sk"}), CZECH_RULES),
    (frozenset({"da", "nb"}), DANISH_RULES),
)
# (field, strength, pattern). Strength: how sure the words alone make us (1.0 = unmistakable).
RULES: list[tuple[LoaField | str, float, str]] = [
    # a question asked as the label ("When would you like the numbers to move?", "Where is the
    # service installed?", "Who can we call about this request?"): its question word says the
    # kind of value (when: a date, where: a place, who ... call: a phone), its verb whose
    # (the question words of English, French, German, Dutch, Spanish, Portuguese, Italian)
    (LoaField.REQUESTED_DATE, 1.0, r"^(when|what date|on what date|which date|quand|a quelle date|"
                                   r"wann|an welchem (tag|datum)|wanneer|op welke datum|cuando|"
                                   r"en que fecha|quando|em que data|in che data)\b.*\b(move\w*|"
                                   r"port\w*|transfer\w*|switch\w*|happen|take place|go live|"
                                   r"cut ?over|released?|transfere\w*|bascule\w*|portier\w*|"
                                   r"umgestellt|wechsel\w*|overgezet|overstap\w*|porteer\w*|"
                                   r"portar|portad[ao]s?|portabilidad|traslad\w*|cambi\w*|"
                                   r"portabilidade|portabilita|trasferi\w*)\b"),
    (LoaField.SERVICE_ADDRESS, 1.0, r"^(where|ou|wo|waar|donde|onde|dove)\b(?=.*\b(service|line|"
                                    r"lines|phones?|numbers?|ligne\w*|anschluss\w*|aansluiting|"
                                    r"linea\w*|servicio|servico|linha\w*|servizio)\b).*"
                                    r"\b(installed|located|provided|connected|used|installe\w*|"
                                    r"situe\w*|gelegen|installiert|geinstalleerd|instalad[ao]|ubicad[ao]|"
                                    r"localizad[ao]|installat[ao])\b"),
    # "Who provides your phone service today?": the provider serving the line now (before the
    # phone rule below: "phone" there is the service's, not a number to call)
    (LoaField.CARRIER, 1.0, r"^(who|qui|wer|wie|quien|quem|chi) (provides|supplies|serves|"
                            r"fournit|liefert|levert|provee|suministra|fornece|fornisce)\b"
                            r"(?!.*\b(will|new|nouvel\w*|nouveau|neue\w*|nieuw\w*|nuev[oa]|"
                            r"nov[oa]|nuov[oa])\b)"),
    (LoaField.CONTACT_PHONE, 1.0, r"^(who|whom|what number)\b.*\b(call|ring|phone|reach)\b|"
                                  r"^(qui|wen|wie|a quien|quem|chi)\b.*\b(appeler|joindre|"
                                  r"anrufen|erreichen|bellen|llamar|contactar|ligar|chiamare)\b"),
    # "Who is signing this form?": the signer's name
    (LoaField.AUTHORIZED_NAME, 1.0, r"^(who|qui|wer|wie|quien|quem|chi)\b.*\b(signs?|signing|"
                                    r"signe\w*|unterschreib\w*|unterzeichne\w*|onderteken\w*|"
                                    r"firma\w*|assina\w*)\b"),
    # "Which company provides your service today?", "Who is your phone company now?"
    (LoaField.CARRIER, 1.0, r"^(which|what|who)\b(?!.*\b(will|new|moving to|switching to|"
                            r"going to)\b).*\b(company|provider|carrier|operator|"
                            r"phone company|telco)\b.*\b(provides|supplies|serves|currently|"
                            r"today|now|at present)\b|^(who|which) (is|are) your (current |"
                            r"present |existing )?(phone |telephone )?(company|provider|carrier|"
                            r"operator|telco)\b"),
    (LoaField.ACCOUNT_NAME, 1.0, r"^(what|whose|which) name\b.*\baccount\b|^in whose name\b.*"
                                 r"\baccount\b|^who (is|are) the account (holder|in the name)"),
    # things that are not ours, first: their words would otherwise match "number" or "name"
    (NOT_OURS, 1.0, r"\b(vat|tva|btw|iva|ust|mwst|umsatzsteuer\w*|steuer\w*|tax id|ein|siret|"
                    r"siren|cif|nif|kvk|kv k|abn|acn|chamber of commerce|handelsregister\w*|ondernemingsnummer|"
                    r"(company )?registration (no|number)|registered number|company number|crn|"
                    r"numero d immatriculation|registro mercantil|date of birth|birth date|"
                    r"uid( nummer| nr)?|ust id\w*|firmenbuch\w*|"
                    r"geburtsdatum|date de naissance|geboortedatum|fecha de nacimiento|"
                    r"codice fiscale|partita iva|codice (di )?migrazione|data di nascita|"
                    r"organisationsnummer|personnummer|org nr|fo nummer|fo nr|y tunnus|avtals\w*|abonnemangsnummer|"
                    r"rfc|curp|pesel|regon|krs|cpf|cnpj|nipc|cartao de cidadao|"
                    r"uwagi|anmerkning|merknad)\b"),
    # a count of something the case does not hold ("Number of employees", "Anzahl der
    # Mitarbeiter", "Nombre de salariés"): a count, not a phone number (the count of lines
    # or numbers is NUMBER_COUNT's)
    (NOT_OURS, 1.0, r"^(total )?(number|no|quantity|count|nombre|anzahl|aantal|numero|cantidad)"
                    r" (of|de|d|der|van|di) (the |los |las |les |des |die )?(employees|staff|"
                    r"workers|personnel|people|persons|users|seats|sites|locations|branches|"
                    r"offices|stores|pages|years|devices|handsets|salaries|employes|"
                    r"mitarbeiter\w*|beschaftigte\w*|werknemers|medewerkers|empleados|"
                    r"trabajadores|dipendenti|funcionarios|paginas|seiten)\b"),
    (NOT_OURS, 1.0, r"\b(domain|domaine|dominio|website|site web|fax|telefax|faks|iban|bic|swift|"
                    r"resporg|respor?g id|order (no|number)|reference operateur|referencia|"
                    r"circuit\w*|circuito|ventana|window|horario|distributeur|distributor)\b"),
    # the customer's contract with the losing provider is the account the provider holds
    # them by ("Número de contrato con el operador actual", "Número de contrato / cliente"):
    # a contract number said of the current provider or with the customer's number is the
    # account number (DOMAIN: the losing carrier checks the account it knows the customer by)
    (LoaField.ACCOUNT_NUMBER, 1.0, r"\b(contract|contrat|contrato|contratto|vertrag\w*)"
                                   r"( no| nr| number| nummer| num)?\b.{0,40}\b(current|"
                                   r"actual|donante|donor|losing|cedant\w*|actuel\w*|abgebend\w*|"
                                   r"bisherig\w*|huidige|attuale|atual|existing|present)\b|"
                                   r"\b(contract|contrat|contrato|contratto)\b( no| nr| number)?"
                                   r" ?/ ?(client|cliente|customer|kunde|klant)\b"),
    # a reference held by the account ("Account reference number", "Account/Client reference",
    # "Client account reference"): its head names an account, so it is the account number,
    # never numbers to port; a client's or customer's reference that names no account stays
    # empty, as a bare "Reference number" does below (the lead's decision, session 24)
    (LoaField.ACCOUNT_NUMBER, 1.0, r"^((client|customer) )?(account|acct|compte|cuenta|konto)"
                                   r"( ?/ ?(client|customer))? (reference|ref)\b"),
    (NOT_OURS, 0.9, r"^(client|customer|kunden|klant)\w* (reference|ref)( no| nr| number| num)?$"),
    # an identifier called a "number" that is neither a phone number nor the account's
    (NOT_OURS, 0.9, r"^(?!.*\b(account|compte|cuenta|konto|kunden\w*|klant\w*|client\w*)\b)"
                    r"(.*\b(contract|ticket|case|invoice|serial|membership|policy|tracking|"
                    r"confirmation|transaction|project|purchase|quote|auftrags?|bestell|"
                    r"rechnungs?|vorgangs?|reference|ref)( no| nr| number| nummer| num| #)\b|"
                    r".*\bnumeros? (de |du |d |di )?(contrat|contrato|commande|pedido|dossier|"
                    r"expediente|facture|factura|serie|ticket|documento?|identi\w*|reference|"
                    r"riferimento)\b)"),
    # a label headed by the new BTN names it, whatever its qualifier says ("New BTN for the
    # numbers staying (if the BTN ports)" is no list of the numbers that stay)
    (LoaField.NEW_BTN, 1.0, r"^(the )?(new|replacement) (btn|billing telephone( number)?|"
                            r"main (tele)?phone number)\b"),
    *TRADE_RULES,  # a trade's or a country's own words (tradewords.py)
    # (here, at LANGUAGE_RULES_AT, the rules of one language's forms: LANGUAGE_RULES)
    # where it is signed ("Signed at ____ on ____"): a place the case does not hold
    (NOT_OURS, 1.0, r"^(signed at|done at|signe a|fait a|firmado en|assinado em|"
                    r"unterschrieben in|getekend te)$|"
                    # "Ort_Unterschrift", "Place of signature": a widget named for the place
                    r"^(ort|place|lieu|luogo|lugar|plaats) (der |of |de la |della |de )?"
                    r"(unterschrift|signature|firma|handtekening)$|"
                    # "Luogo, giorno, mese e anno della firma" under "En ____, a los __ días
                    # ...": the place (then the day) of the signing, no date word for a date box
                    r"^(ort|place|lieu|luogo|lugar|plaats) (?!.*\b(data|date|datum|fecha)\b)"
                    r".*\b(der|of the|of|de la|della|de) "
                    r"(unterschrift|signature|firma|handtekening)$"),
    # the provider's own people: its agent's or dealer's name, code, signature and date, and
    # who received, checked or processed the request ("Agent signature", "Processed by")
    (NOT_OURS, 1.0, PROVIDER_STAFF),
    # an identity document and its number: the signer's papers, never a value of the case
    # (not a signature or a name written "as in" the document: "Assinatura (conforme documento
    # de identificação)", "Name as in NRIC / passport")
    (NOT_OURS, 1.0, r"^(?!.*\b(assinatura|signature|firma|unterschrift|signed|sign)\b)"
                    r"(?!.*\b(name|nome|nom|nombre)\b.*\b(as|in|on|per|conforme|come|como)\b)"
                    r".*\b(documento (di |de )?identi\w*|document d identite|piece d identite|"
                    r"identity (document|card)|id (card|document)|personalausweis|reisepass|"
                    r"passport|passeport|pasaporte|carta d identita|rilasciat[oa])\b|"
                    # a person's identity number ("ID-nummer contactpersoon", "ID number of the
                    # signer"), not a customer's or account's ID (the account number)
                    r"^(?!.*\b(customer|account|client|klant|kunden?|cliente|subscriber|abonne)"
                    r" id\b).*\b(id|identity|identification|identificacion|identificacao) "
                    r"(number|nummer|numero|no|nr)\b|\bausweis\w*"),
    # a second signatory ("Zweite Unterschrift (bei Kollektivunterschrift)", "Name (zweite
    # Person)"): the case has one signer
    (NOT_OURS, 1.0, r"\b(zweite\w*|second|2nd|deuxieme|tweede|segund[ao]|seconda)\b.{0,30}\b("
                    r"unterschrift|signature|person|personne|signatory|signer|signataire|"
                    r"handtekening|firma|unterzeichner\w*|persoon|persona|pessoa)\b|"
                    r"\bkollektivunterschrift\b"),
    # a technician or installer the cut-over is arranged with: a third party, not the customer's
    # contact (the case holds the customer's phone, never the installer's)
    (NOT_OURS, 1.0, THIRD_PARTY),
    # a joint member or holder signs and names himself beside the customer's signer ("Joint
    # member signature (if any)", "Joint account holder printed name"): the case has one signer
    (NOT_OURS, 1.0, r"\bjoint (account )?(member|holder|account holder|owner|subscriber|"
                    r"customer|applicant|signatory|signer)s?\b"),
    # a witness signs and names himself: not the customer's signature nor its name
    (NOT_OURS, 1.0, r"\b(witness\w*|zeugen?|temoin|testemunhas?|testigos?|getuige)\b"),
    # a line that opens with an attorney or proxy ("Procurador (se aplicável): nome e
    # assinatura", "Mandataire : nom et signature") is his own, signed and named by him: the
    # case's signer signs on the customer's line
    (NOT_OURS, 1.0, r"^(procurador|apoderado|mandatari[oa]|mandataire|bevollmachtigte\w*|"
                    r"gemachtigde|procuratore|attorney in fact|proxy)\b"),
    (NOT_OURS, 1.0, r"\b(ne pas remplir|do not (fill|write)|reserved for|reserve aux|office use|"
                    r"internal use|nicht ausfullen|niet invullen|no rellenar|uso interno)\b"),
    (NOT_OURS, 0.9, r"\b(demenagement|umzug|verhuizing|mudanza|moving date|move date)\b"),
    # the company the customer moves to is the new provider, printed or filled in by them; a
    # date the provider agrees or confirms is its answer, not the date the customer asks for
    (NOT_OURS, 1.0, r"^(the )?(new|gaining|recipient|receiving) ((tele)?phone )?(company|carrier|"
                    r"provider|operator)( name)?$|\b(port|porting|transfer|switch) date "
                    r"(agreed|confirmed)\b|\b(agreed|confirmed) (port|porting|transfer) date\b|"
                    r"\w*(datum|termin|date|fecha|data)\b( \w+)?( \w+)? (bestatigt|vereinbart|"
                    r"agreed|confirmed|confirmee?|convenue?|bevestigd|confirmad[ao]|acordad[ao]|"
                    r"confermat[ao]|concordat[ao])\b"),
    # a name written in a script the case does not hold ("Customer name (Chinese)")
    (NOT_OURS, 1.0, r"\b(name|nom|nombre|naam|name des)\b.*\b(in )?(chinese|japanese|korean|"
                    r"arabic|thai|hebrew|cyrillic|greek|russian)( characters| script)?\b"),
    # "Phone company name" on a home-phone form: the customer is no phone company
    (LoaField.CARRIER, 0.9, r"^(your )?(tele)?phone company( name)?$"),
    # the provider's own address: the form asks for the carrier's, and the case holds none
    (NOT_OURS, 1.0, r"\b(provider|carrier|operator|network|operateur|operador|anbieter|aanbieder)s? "
                    r"(postal |mailing |head office )?(address|adresse|anschrift|adres|direccion)\b|"
                    r"\b(adresse|direccion|anschrift|adres) (de l |del |des |van de )?"
                    r"(operateur|operador|anbieters?|aanbieder)\b"),
    # the device and the line, not the account: IMEI, SIM, line type; initials are the signer's
    (NOT_OURS, 1.0, r"\b(imei|esn|meid|iccid|sim (card|number|nr|karte)|device|appareil|"
                    r"gerat|line type|number type|type of (line|number)|type de (ligne|numero)|"
                    r"leitungstyp|initials|paraphe|keep (/ |or )?port|port (/ |or )?keep)\b"),
    (NOT_OURS, 0.9, r"\b(numero final|final number|range end|hasta|bis nummer|asociad\w*|"
                    r"associe\w*|sda|tipo de acceso|individual|multiple|red inteligente)\b|"
                    # "Cabecera" heading a column of a numbers table (is this row the main
                    # line?) is not ours; "Línea de cabecera" beside a line is the BTN
                    r"^(?!.*\b(linea|numero) (de )?cabecera\b).*\bcabecera\b"),
    # dates: signing date before the signature, requested date before plain "date"
    # "Signed on ______": the day it is signed ("signed by" would be the person)
    (LoaField.DATE_SIGNED, 1.0, r"^(signed|sign[eé]|unterschrieben|ondertekend|firmado) "
                                r"(on|le|am|op|el)( the| this)?( date| day)?$"),
    (LoaField.DATE_SIGNED, 1.0, r"^(ort (und )?datum|place (and )?date|lieu (et )?date|plaats (en )?"
                                r"datum|lugar (y )?fecha|luogo (e )?data|datum ort)$"),
    (LoaField.DATE_SIGNED, 1.0, r"\b(date (signed|of signature|de (la )?signature)|signature date|"
                                r"datum (der )?unterschrift|datum ondertekening|fecha de firma|"
                                r"data (della |di )?(firma|sottoscrizione)|"
                                # the day the request is made and signed, not the port's
                                r"fecha de (la )?solicitud|date de (la )?demande|"
                                r"date of (the )?(application|request)|application date)\b"),
    (LoaField.REQUESTED_DATE, 1.0, r"\b(desired|requested|required|preferred|wished|target|due|"
                                   r"foc|port|porting|transfer|cutover|conversion|go live|"
                                   r"switch(over)?)\b.*\b(date|datum)\b"),
    # "Transfer requested for ______": the day the transfer is asked for, no "date" word
    (LoaField.REQUESTED_DATE, 1.0, r"^(transfer|port|porting|move|switch(over)?|cutover) "
                                   r"(requested|wanted|desired|scheduled) (for|on)$"),
    # "Date required", "Date wanted"; the trade's "CRD" (customer required date), "RFS date"
    (LoaField.REQUESTED_DATE, 1.0, r"^(date|day) (required|wanted|requested|desired|preferred)\b|"
                                   r"\b(crd|rfs|ready for service)\b|"
                                   r"\b(date (requise|demandee)|fecha solicitada|"
                                   r"gevraagde datum)\b"),
    (LoaField.REQUESTED_DATE, 1.0, r"\b(date souhaitee|date de (mise en (oe|o)uvre|portage|"
                                   r"portabilite|transfert|bascule)|wunschtermin|wunschdatum|"
                                   r"gewunschte\w* (datum|termin)|portierungs(datum|termin)|"
                                   r"gewenste (datum|overstapdatum)|overstapdatum|fecha deseada|"
                                   r"fecha (de )?(portabilidad|cambio)|data (desejada|pretendida)|"
                                   r"data di portabilita|data (di \w+ )?(richiesta|desiderata))\b"),
    # a compound names the date ("gewenste overdrachtsdatum", "Portierungstermin"): its stem
    (LoaField.REQUESTED_DATE, 1.0, r"\b(gewenste|gewunschte\w*|desiderata|deseada|souhaitee)\b.*"
                                   r"\w*(datum|termin)\b|\b(wens|wunsch)\w*(datum|termin)\b|\b\w*(overdracht|overstap|overzet|porteer|"
                                   r"portier|migratie|wechsel|umstell|portering|flytt)s?(datum|termin)\b|"
                                   r"\b(onskat|onskad|onskade|onsket)\b.*\b(datum|dato)\b"),
    (LoaField.DATE_SIGNED, 0.9, r"^(date|datum|fecha|data|dated|dato|le|am|on|on the date|"
                                r"w dniu|dnia|il giorno|in data|el dia|le jour|am tag)$"),
    (LoaField.DATE_SIGNED, 0.8, r"^(date|datum|fecha|data|dated)\s+(signed|signe|unterschrieben|"
                                r"getekend)$"),
    # signature
    (LoaField.SIGNATURE, 1.0, r"\b(signature|signed|sign here|unterschrift|handtekening|underskrift|podpis|"
                              r"alairas\w*|semnatur\w*|"
                              r"ondertekening|firma|firmado|assinatura|signatur)\b"),
    # partial ports: the new BTN and the numbers that stay
    (LoaField.NEW_BTN, 1.0, r"\b((new|replacement) (btn|billing telephone( number)?|main (tele)?phone number|"
                            r"main number)|nouveau (ntf|numero de facturation|numero principal)|"
                            r"neue hauptrufnummer|nieuw hoofdnummer|nuevo numero de cabecera)\b"),
    (LoaField.REMAINING_NUMBERS, 0.9, r"\b(remain(s|ing)?|stay(s|ing)?) with (the |your |my |our )?"
                                      r"(current|existing|losing|present) (provider|carrier|"
                                      r"operator|supplier)\b"),
    (LoaField.REMAINING_NUMBERS, 1.0, r"\bnumbers? not (being )?(ported|transferred|moved)\b|"
                                      r"\bnumbers?\b.*\b(remain(s|ing)?|stay(s|ing)?) with\b|"
                                      r"\bnumbers? not to be (ported|transferred|moved)\b|"
                                      # a negation between the numbers and the port, however
                                      # worded: 'Numbers at this site that are NOT to be ported'
                                      r"\bnumbers?\b.{0,40}\b(not|never|don'?t)\b.{0,20}"
                                      r"\b(port(ed|ing)?|transfer(red)?|mov(e|ed))\b|"
                                      r"(nummern|nummers|numeros?)\b.{0,40}(\b(nicht|niet|pas)\b"
                                      r".{0,20}\b(\w*port\w*|overgezet|transfer\w*)|"
                                      r"\bno (se |seran |van a |deben )?(ser )?port\w*)|"
                                      # the numbers that stay, said with the verb to stay
                                      r"\b(nummers?|rufnummern|numeros?|numerazioni|numeri|numery|numre\w*|"
                                      r"lineas|lignes|linee|leitungen|lijnen)\b"
                                      r".{0,60}\b(blijven|"
                                      r"blijft|verbleiben|verbleibt|bleiben|restent|restant|demeurent|demeure|"
                                      r"permanecen|permanece|quedan|se quedan|restano|"
                                      r"rimangono|vara kvar|ar kvar|stannar|stanna kvar|blir kvar|pozostaj\w*|"
                                      r"blir vaerende|forblir|mantem|se mantem|mantienen|"
                                      r"permanec\w*|ficam)\b"),
    # "Beim bisherigen Anbieter verbleiben:", "Remain with the current provider:": what stays
    # with a provider (the numbers, unsaid) is no provider's name
    (LoaField.REMAINING_NUMBERS, 1.0, r"^(?!.*\b(name|naam|nom|nombre|nome|address|adresse|"
                                      r"anschrift|adres|direccion)\b)(?=.*\b(provider|carrier|"
                                      r"operator|anbieter|netzbetreiber|aanbieder|operateur|"
                                      r"fournisseur|operador|operatore|gestore)\b).*\b(stay|stays|"
                                      r"remain|remains|verbleiben|verbleibt|bleiben|blijven|"
                                      r"blijft|restent|restant|demeurent|permanecen|quedan|"
                                      r"restano|rimangono|ficam|permanecem)\b"),
    (LoaField.REMAINING_NUMBERS, 1.0, r"\b(lines|numbers)\b.{0,20}\b(remain|stay)\w* (on|with|at) "
                                      r"(this|the|your|my)\b"),
    (LoaField.REMAINING_NUMBERS, 1.0, r"\b(numbers? (that|which|to) (will )?(stay|remain)|remaining "
                                      r"numbers?|numbers? (not )?(being )?(kept|retained|staying)|"
                                      r"numbers? to (keep|retain)|"
                                      r"numeros? (a )?(restant|conserv|garder)\w*|"
                                      r"verbleibende rufnummern|"
                                      r"resterende nummers|numeros? que (se )?(quedan|permanecen)|"
                                      r"nummer som (ska )?(vara|ar|blir) kvar)\b"),
    # a count is asked with a counting word before the numbers or lines it counts ("Total
    # quantity of numbers", "Number of lines", "Anzahl der Rufnummern"): never a number slot
    (LoaField.NUMBER_COUNT, 1.0, r"\b((total )?(quantity|count|number|nombre|anzahl|menge|aantal|"
                                 r"hoeveelheid|cantidad|numero|quantita|quantite)( total)? (of|de|der|di|van|"
                                 r"d)( the| las| los| les| le| i| die| de)?( total)? |how many |(aantal|anzahl) |"
                                 # "how many" in the languages forms come in most, as a question
                                 r"combien (de |d )?|wie ?viele |cuant[oa]s |quant[oa]s |"
                                 r"quant[ie] |hoeveel |hur manga |hvor mange |"
                                 r"total )(numbers|lines|numeros|lignes|rufnummern|nummern|"
                                 r"anschlusse|leitungen|nummers|lijnen|aansluitingen|lineas|numeri|"
                                 r"linee|numerazioni|dids|tns)\b"),
    # "Nº de líneas", "No. of lines": the number sign counts lines (plural) as "Number of" does;
    # a line's own number is singular ("Nº de línea"), and numbers may be slots ("Nº de números")
    (LoaField.NUMBER_COUNT, 1.0, r"^(no|n o|nr|n) (of|de|di|der|d) (the |las |les |le )?"
                                 r"(lines|lineas|lignes|linee|leitungen|anschlusse|lijnen)\b"),
    # "Main (BTN) | Additional lines | Fax": the other lines of the account, by their numbers
    (LoaField.NUMBER, 0.9, r"^(additional|other|further|extra) ((tele)?phone )?lines$"),
    # BTN before any "telephone number"
    (LoaField.BTN, 1.0, r"\b(hovednummer|huvudnummer|(n o|n) principal)\b"),
    (LoaField.BTN, 1.0, r"\b(btn|atn|mbn|main billing (tele(phone)? )?number|billing number|"
                        r"billing (tele)?phone( number)?|billing tel|main (tele)?phone "
                        r"number|(main )?account (tele)?phone( number)?|main account tel|"
                        r"main (tele)?phone "
                        r"number|main number|main (no|nr|tel|tn)|"  # "Main no.:", abbreviated
                        r"(numero de )?telephone de facturation|ntf|"
                        r"numero (de telephone )?principal|hauptrufnummer|hauptnummer|"
                        r"hauptrufnr|hauptnr|"  # abbreviated in a narrow cell ("Hauptrufnr.")
                        r"anschlussnummer|hoofdnummer|numero de cabecera|numero principal|"
                        r"numero principale|capofila|(linea|numero) (de )?cabecera|"
                        # "Línea principal de la cuenta": the account's main line
                        r"linea principal( de la cuenta)?|"
                        r"numero (principal )?de facturation( principal)?|nfp|"
                        r"(telephone|telefono|telefoon) principale?)\b"),
    # a person's phone or e-mail ("Telefoon contactpersoon", "Telefono di contatto") is the
    # phone or e-mail, not the person: before the person's words below name the signer
    (LoaField.CONTACT_EMAIL, 1.0, r"\b(e ?mail|courriel|correo|pec)\b.*\b(contact\w*|contatto|"
                                  r"ansprechp\w*|kontakt\w*|referente)\b"),
    (LoaField.CONTACT_PHONE, 1.0, r"\b(tele?(phone|fon|foon|fono)\w*|tel|gsm|mobile?|mobiel|"
                                  r"cellulare|handy|movil)\b.*\b(contact\w*|contatto|ansprechp\w*|"
                                  r"kontakt\w*|referente|personne ressource|resource person)\b|"
                                  r"\b(contact\w*|contatto|ansprechp\w*|"
                                  r"kontakt\w*|referente)\b.*\b(tele?(phone|fon|foon|fono)\w*|tel|"
                                  r"gsm|mobile?|mobiel|cellulare|handy|movil)\b"),
    *PARTY_RULES,  # the signer, the customer, the providers, the contact
    # the address, from its parts to the whole
    (LoaField.SUITE, 1.0, r"\b(suite|apt|apartment|unit|floor|bureau|etage|stock|verdieping|"
                          r"piso|planta)\b"),
    # UK trade: "Losing CP" is the losing communications provider, no postcode ("CP")
    (LoaField.CARRIER, 1.0, r"\b(losing|current|existing|old|donor|previous) cp\b"),
    (NOT_OURS, 1.0, r"\b(gaining|new|recipient) cp\b"),
    # Australia / New Zealand: the losing and the gaining service provider
    (LoaField.CARRIER, 1.0, r"^(the )?(lsp|losing service provider)( name)?$"),
    (NOT_OURS, 1.0, r"^(the )?(gsp|gaining service provider)( name)?$"),
    (LoaField.POSTAL_CODE, 1.0, r"\b(zip|postal code|post ?code|eircode|plz|postleitzahl|postnummer|postnr|"
                                r"cep|kod pocztowy|"
                                r"code postal|codigo postal|cod postal|cp|c p|cap|npa)\b"),
    (LoaField.STATE, 1.0, r"\b(state|province|territory|provincia|bundesland|county|region|"
                          r"prov|entidad federativa|estado|uf)\b"),
    (LoaField.CITY, 1.0, r"\b(city|town|suburb|locality|district|community|wohnort|ort|stadt|gemeinde|ville|localite|commune|plaats|"
                         r"woonplaats|gemeente|localidad|ciudad|poblacion|municipio|"
                         r"citta|cidade|comune|postort|poststed|localidade|miejscowosc)\b"),
    (LoaField.STREET, 1.0, r"\b(street|strasse|str|rue|straat|calle|via|rua|address line 1|"
                           r"gateadresse|logradouro|ulica|"
                           r"house)\b"),
    # "Service location name", "Site name": what the customer calls the place, not its address
    (NOT_OURS, 1.0, r"\b(location|site|premises|branch) (name|nickname|label)\b"),
    (LoaField.SERVICE_ADDRESS, 1.0, r"\b(service address|service location|installation "
                                    r"address|address|installationsadresse|anschrift|adresse|"
                                    r"rechnungs(anschrift|adresse)|factuuradres|"
                                    r"standort|adres|installatieadres|domicilio|direccion|"
                                    r"indirizzo|morada|endereco|adress|utdelningsadress|"
                                    r"gatuadress|besoksadress)\b"),
    # the numbers to port
    (LoaField.NUMBER, 1.0, r"\b((tele)?phone numbers?|(tele)?phone (no|nos|nr)|"
                           r"numbers? to (be )?port(ed)?|numbers?|tn|"
                           r"((tele)?phone )?lines? to (be )?(port(ed)?|transfer(red)?|move(d)?)|"
                           r"did|rufnummer\w*|telefonnummer\w*|teilnehmer ?nummer\w*|numeros? de telephone|numeros?|"
                           r"telefoonnummers?|nummers?|numeracion|numero inicial|numeros? a "
                           r"portar|nummer som ska porteras|numero local|ndi|numeri|numre\w*|"
                           r"telefonnumre|numer telefonu|numery|"
                           r"numerazion[ei]|numeros? libre appel)\b"),
]

LANGUAGE_RULES_AT = LEXICONS_AT + 1 + len(TRADE_RULES)
