"""The words carriers' forms name people and parties by: the signer, the customer, the
providers (the losing one ours to name, the gaining one not ours) and the contact's phone and
e-mail. Part of labelwords.RULES, in this order, between the dates and the address."""

from __future__ import annotations

from portdesk.loa.fields import LoaField

PARTY_RULES: list[tuple[LoaField | str, float, str]] = [
    # "Authorized person's title", "Signatory position": a person's title is the title (the
    # word after the person names what is asked)
    (LoaField.AUTHORIZED_TITLE, 1.0, r"\b(person|signer|signatory|representative|user|"
                                     r"individual)( s)? (job )?(title|position|capacity|"
                                     r"designation|role)$"),
    # the signer
    (LoaField.AUTHORIZED_NAME, 1.0, r"\b(authori[sz]ed|authori[sz]ing|signatory|signer|"
                                    r"signataire|unterzeichner\w*|ondertekenaar|firmante|"
                                    r"autorise|autorisee|bevollmachtigte\w*|gemachtigde|"
                                    r"autorizado)\b.*\b(nam(e|en)|nom|nombre|nome|naam)\b|\bpersonne (autorisee|habilitee) a signer\b|\bnom\b.*\b(signataire|autorise)\b|"
                                    # "Authorized signer (print)": the signer, printed
                                    r"\b(signer|signatory|signataire|unterzeichner\w*|firmante|"
                                    r"ondertekenaar)\s+\(?\s*(print|printed|in block capitals|block capitals|"
                                    r"capitals|en majuscules|in druckbuchstaben)\b"),
    # "Zeichnungsberechtigte Person": the person entitled to sign for the company (Austria)
    (LoaField.AUTHORIZED_NAME, 1.0, r"\bzeichnungsberechtigt\w*( person)?$"),
    (LoaField.AUTHORIZED_NAME, 1.0, r"\b(print(ed)? name|name \(?print|name please print|name in druckbuchstaben|"
                                    r"name des unterzeichners|name in (block|druck)(buchstaben|schrift)|"
                                    r"nom (en )?(lettres moulees|majuscules|caracteres d imprimerie)|naam ondertekenaar|naam van de "
                                    r"ondertekenaar|nom du signataire|nom autorise|nombre del "
                                    r"firmante|representante|rappresentante|firmatario|"
                                    r"nom et prenom du signataire|namnfortydligande|"
                                    r"navn med blokkbokstaver|nome legivel|"
                                    r"name (as )?(in|on|per) (nric|passport|id|identity card)|"
                                    r"(imie i nazwisko )?osob\w* upowaznion\w*|"
                                    r"authori[sz]ed (person|user|representative)|contact name|"
                                    r"authori[sz]ed contact(?! ?(phone|tel|number|no|e ?mail))|"
                                    r"name of (authori[sz]ed|signer|signatory)|"
                                    r"name of (the )?(person|individual) (signing|authori[sz]ing)|"
                                    r"name \(?(in )?block (capitals|letters)|"
                                    r"^(full )?name (in )?(capitals|caps|capital letters)$|"
                                    r"ansprechpartner\w*|ansprechperson|kontaktperson|personne (de|a) contacter|"
                                    r"contactpersoon|persona de contacto|"
                                    # the person who acts for a company: "représentée par"
                                    r"represented by|represente\w* par|vertreten durch|"
                                    r"vertretungs(berechtigte|befugte)\w*( person)?|vertegenwoordigd door|"
                                    r"representad[oa] por)\b|"
                                    r"^(account|primary|main) contact$"),
    # "I/We ______ authorize ...": the party the sentence speaks for is the customer
    (LoaField.ACCOUNT_NAME, 0.9, r"^(i/we|we|nous|wir|wij|nosotros|nos)( the undersigned| soussigne\w*|"
                                 r" unterzeichnende\w*| ondergetekende\w*)?$"),
    # "Il/La sottoscritto/a ______, in qualità di ...", "The undersigned ______": the blank
    # after the undersigned named as a noun (its article, its feminine ending) is the signer
    (LoaField.AUTHORIZED_NAME, 0.9, r"^((the|il|la|lo|le|der|die|el|o|a|de|het)( ?/ ?| ))*"
                                    r"(undersigned|sottoscritt[oa]|soussigne( e)?|"
                                    r"unterzeichnende\w*|ondergetekende|abajo firmante|"
                                    r"infrascritt[oa]|abaixo assinad[oa])( ?/ ?(a|e|o|r|in))?$"),
    # "..., cliente di ______", "customer of ______": whose customer the holder is, the
    # current provider
    (LoaField.CARRIER, 0.9, r"^(customer|client|cliente|kunde|klant|abonne|abonnee|abonado|"
                            r"subscriber)(( ?/ ?| )(a|e))? (of|at|with|de|di|del|della|bei|von|bij|"
                            r"van|chez|du|da|do|dell)$"),
    # "I, ______, being authorised ...": the blank after the opening pronoun is the signer
    (LoaField.AUTHORIZED_NAME, 0.9, r"^(i|je|ich|ik|yo|eu|io)( the)?( undersigned| soussigne( e)?|"
                                    r" unterzeichnende\w*| ondergetekende| abaixo assinad[oa]|"
                                    r" sottoscritt[oa])?$"),
    (LoaField.AUTHORIZED_TITLE, 1.0, r"\b(title|job title|position|capacity|designation|role|"
                                     r"titre|qualite|fonction|funktion|stellung|functie|cargo|"
                                     r"puesto|qualifica|cargo do|hoedanigheid|ruolo|qualita|"
                                     r"befattning|titel|stilling|stanowisko)\b"),
    # the customer
    (LoaField.ACCOUNT_NAME, 1.0, r"\b(customer|company|business|account|subscriber|end user|"
                                 r"client|klant|kunde\w*|firmen|bedrijfs?|societe|entreprise|"
                                 r"cliente|abonado|titular|empresa)\b.*\b(name|naam|nom|nombre|"
                                 r"name des kunden)\b"),
    (LoaField.ACCOUNT_NAME, 1.0, r"\b(name of (the )?(customer|company|business|account holder)|"
                                 r"name (exactly )?(as )?(it )?(appears |is shown |shown |printed )?(on|of) (the |your )?"
                                 r"(\w+ )?(account|bill|invoice)|"
                                 r"^registered (business |company )?name$|"
                                 r"name on (the )?account|customer/company name|name des kunden|"
                                 r"kundenname|firmenname|firmenwortlaut|firmenbezeichnung|firmierung|naam van de klant|klantnaam|"
                                 r"account holder|accountholder|anschlussinhaber\w*|"
                                 r"titulaire (du contrat|de la ligne|du compte)|abonnee|"
                                 r"abonnementhouder|titular (de la linea|del contrato)|"
                                 r"bedrijfsnaam|nom du client|nom de la societe|nom de "
                                 r"l entreprise|raison sociale|denomination( sociale)?|"
                                 r"nombre del cliente|razon social|denominacion|nome do cliente|"
                                 r"ragione sociale|foretagsnamn|kundnamn|firmanamn|firmanavn|"
                                 r"kundenavn|razao social|denominacao( social)?|nazwa firmy|imie i nazwisko)\b"),
    # a bare "Company" over a blank: the customer's company (under a provider's heading, the
    # section makes it the carrier: sections.py)
    (LoaField.ACCOUNT_NAME, 0.8, r"^(the |la |l |die |het |el )?(company|entreprise|societe|"
                                 r"unternehmen|empresa|bedrijf)$"),
    # "Contact person" names a person (the case's one: the signer), surer than a bare "Contact"
    (LoaField.AUTHORIZED_NAME, 0.9, r"^(contact person|contact name)$"),
    (LoaField.AUTHORIZED_NAME, 0.8, r"^(contact|contact person|personne contact|kontakt|"
                                    r"contacto)$"),
    (LoaField.ACCOUNT_NAME, 0.6, r"^(full name|name|nom|nom complet|naam|volledige naam|namn|navn|"
                                 r"nombre|nombre completo|nome|vollstandiger name|customer|client|"
                                 r"klant|kunde|cognome e nome|nome e cognome|nombre y apellidos?|"
                                 r"apellidos? y nombres?|"
                                 # a person's name asked in its two parts, either order
                                 r"nom et prenom|prenom et nom|nom prenom|prenom nom|"
                                 r"first and last name|name and surname|surname and first name|"
                                 r"vor und nachname|vorname und name|name vorname|"
                                 r"naam en voornaam|voornaam en naam)$"),
    (LoaField.ACCOUNT_NUMBER, 1.0, r"\b(account (no|num|number|#)|acct|customer (no|number|id)|"
                                   r"account (/ )?contract (no|num|number|#)|"
                                   r"kundennummer|kunden (nr|nummer)|vertrags ?(nummer|nr)|klantnummer|"
                                   r"accountnummer|numero de compte|compte de facturation|"
                                   r"numero (de )?client|reference client|numero de cuenta|"
                                   r"numero de cliente|codigo de cliente|numero di conto|"
                                   r"codice cliente|numero (di )?cliente|klantennummer|"
                                   r"(no|n) (de |du )?(cliente|client|compte|cuenta)|kundnummer|kundnr|"
                                   r"kundenummer|numer klienta|n o (de )?(cliente|contrato)|"
                                   r"codigo (do|de) (assinante|cliente))\b"),
    (LoaField.ACCOUNT_NUMBER, 0.7, r"^(account|compte|konto|cuenta)$"),
    (LoaField.PIN, 1.0, r"\b(pin|passcode|pass code|password|security code|port out pin|nip|"
                        r"code de verrouillage|code secret|kennwort|passwort|pincode|wachtwoord|"
                        r"clave|contrasena)\b"),
    # the providers: the losing one is ours to name, the new one is printed or not ours
    (LoaField.CARRIER, 1.0, r"\b(carrier|provider|operator|company|network|supplier) (you are |"
                            r"you re |we are )?(leaving|switching from|moving from|porting from)\b"),
    (LoaField.CARRIER, 1.0, r"\b(current|losing|old|existing|donor|present|previous|prior)\b.*"
                            r"\b(carrier|provider|operator|reseller|company|supplier|network)\b"),
    (LoaField.CARRIER, 1.0, r"\b(donor operator|to donor|fournisseur (de service )?actuel|"
                            r"operateur (cedant|actuel|donneur)|au lieu et place de|"
                            r"precedent contrat avec|ancien operateur|abgebende\w*|"
                            r"bisherige\w* (anbieter|netzbetreiber|betreiber|provider)\w*|aktuelle\w* "
                            r"(anbieter|netzbetreiber|betreiber)|huidige (provider|aanbieder|operator)|"
                            r"verzendende|oude (provider|aanbieder)|operador donante|"
                            r"operador actual|operadora doadora|operatore (cedente|attuale|"
                            r"donatore|donating)|gestore attuale|proveedor donador|"
                            r"(proveedor|operador|compania) (donador|actual)|"
                            r"nuvarande (operator|leverantor|teleoperator)|avgivende tilbyder|"
                            r"(operador|operadora|prestadora) (atual|doador|doadora)|"
                            r"nazwa (dostawcy|operatora)|obecny (dostawca|operator))\b"),
    (LoaField.CARRIER, 0.9, r"\b(name (des|der) (anbieters|netzbetreibers|providers)|"
                            r"(carrier|provider|operator) name|name of (the )?(carrier|provider|"
                            r"operator)|nom (de l|du) (operateur|fournisseur)|naam (van de )?"
                            r"(provider|aanbieder|operator)|nombre del operador)\b"),
    (LoaField.CARRIER, 0.7, r"^(carrier|provider|service provider|operator|operateur|"
                            r"anbieter|netzbetreiber|provider|aanbieder|operador|operatore|"
                            r"gestore|leverantor|proveedor|anbieterin|tilbyder)$"),
    # contact
    (LoaField.CONTACT_EMAIL, 1.0, r"\b(e ?mail|courriel|correo( electronico)?|adresse "
                                  r"electronique|e ?post\w*)\b"),
    (LoaField.CONTACT_PHONE, 1.0, r"\b(contact( person)?( s)? (tele)?(phone|number|tel)|callback|"
                                  # "Best number to reach you", "Numéro où vous joindre"
                                  r"(best|daytime|call ?back|alternate) (tele)?(phone )?number|"
                                  r"(best|daytime|alternate) (tele)?phone\b|"
                                  r"(number|phone|tel\w*) (to|where we can|we can|on which we can) "
                                  r"(reach|call|contact) you|"
                                  r"(numero|telephone|tel) (ou|pour|a) vous "
                                  r"(joindre|rejoindre)|"
                                  r"nummer (unter der|wo) (wir )?sie erreich\w*|"
                                  r"telephone de contact|tel\w* du contact|contacttelefoon|"
                                  r"telefono de contacto|telefon(nummer)? fur ruckfragen|"
                                  r"(telefone|numero) (para|de) conta(c)?to|"
                                  r"ruckrufnummer|daytime (tele)?phone|telefon\w* tagsuber|gsm|"
                                  # the phone the customer answers by day ("Telefoon overdag",
                                  # "Telefone durante o dia")
                                  r"(telefoon|telefoonnummer|telefone|telefono) (overdag|"
                                  r"durante o dia|durante el dia)|"
                                  # a phone for reaching someone: "(Rückruf)", "(jour)", "(day)"
                                  r"(tele)?(phone|fon|tel) (ruckruf|jour|de jour|day|daytime|"
                                  r"dagtid)$|(tele)?(phone|fon|tel) joignable\b)\b"),
]
