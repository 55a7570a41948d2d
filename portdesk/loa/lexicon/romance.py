"""French, Italian, Spanish, Portuguese, Romanian, Catalan and Romansh forms' words, with the
Spanish and Portuguese of the Americas. The broad rules (labelwords.py) read most of them: these
lexicons hold what the broad rules miss or misread, read first on a form in that language:
Chile's "RUT", Peru's "RUC", Argentina's "CUIT" are tax numbers; "Aclaración (de firma)" is the
signer's name printed; Switzerland's "NAP" (Ticino) is the postcode; "Comuna", "Distrito" the
town; the Peruvian and Chilean providers "cedente", "donante", "receptor".
"""

from __future__ import annotations

from portdesk.loa.fields import LoaField as F
from portdesk.loa.lexicon.base import NOT_OURS, Lexicon

_DONOR = r"(donante|cedente|actual|saliente)"
_TAKER = r"(receptor\w*|nuev[oa])"

SPANISH = Lexicon("es", "Spanish", frozenset(), {
    F.PARTIAL_PORT: (r"~\bsolo (las |los )?(lineas|numeros) (indicad|detallad|listad|siguient)\w*",
                     r"~\b(algunas|algunos|parte de las|parte de los) (lineas|numeros)\b"),
    F.FULL_PORT: (r"~\btod[ao]s (mis |las |los |nuestras |nuestros )?(lineas|numeros)\b",),
    F.BUSINESS: ("=persona juridica", "=empresa"),
    F.RESIDENTIAL: ("=persona natural", "=natural", "=persona fisica", "=particular",
                    "=persona humana"),
    # "C.I." is the identity card's number (Uruguay, Paraguay, Bolivia, Venezuela), whoever's
    NOT_OURS: ("r u t", "r u c", "cuit", "cuil", "d n i", "dni", "d p i", "dpi", "nit", "cedula*",
               "=rif", "=sello", "c i",
               r"~\b(compania|prestador\w*|empresa|concesionari\w*|proveedor\w*|operador\w*)"
               rf" {_TAKER}\b", "=pais", "=altura", "=numero exterior", "=no exterior", "=lugar",
               "!cotitular*", "!co titular*",  # a co-holder signs for himself
               # "En la ciudad de ____, a los __ días del mes de ____": where it is signed
               "=en la ciudad de"),
    # the lines that stay, before the provider their sentence names ("Números que permanecen en
    # la compañía donante", "Líneas que se mantienen en la prestadora")
    F.REMAINING_NUMBERS: (r"~\b(numeros?|lineas?|numeracion)\b.{0,50}\b(permanec\w*|quedan|"
                          r"se mantienen|mantienen|siguen|continuan|conserva\w*|no se porta\w*)\b",
                          # "¿Desea conservar algún número con su operador actual?": keeping a
                          # number WITH the current provider (keeping it by porting says none)
                          rf"~\b(conservar|mantener)\b.{{0,25}}\b(numeros?|lineas?)\b.{{0,12}}"
                          rf"\b(con|en) (su |el |la )?(operador\w*|compania|proveedor\w*|"
                          rf"empresa) {_DONOR}\b",),
    F.CARRIER: (rf"~\b(compania|prestador\w*|empresa|concesionari\w*|proveedor\w*) {_DONOR}\b",
                # "¿Con qué operador tiene hoy el servicio?": which provider serves you now
                r"~^(con |en )?(que|cual) (operador\w*|compania|empresa|proveedor\w*)\b"
                r"(?!.*\b(nuev\w*|receptor\w*|portar\w*)\b).*\b(hoy|actualmente|ahora)\b"),
    # the day the customer suggests or proposes for the port
    F.REQUESTED_DATE: (r"~\bfecha\b.{0,20}\b(sugerid\w*|propuest\w*|preferid\w*|desead\w*)\b",),
    # mobile lines to port ("Líneas a portar"): the numbers (the lines that stay read first)
    F.NUMBER: (r"~^lineas? (a|para) (portar|portabilizar|trasladar)\b",),
    # the customer's contract or account with the donor: a contract number held there is
    # the account's (a bare "Número de contrato" may be the new provider's: labelwords.py)
    F.ACCOUNT_NUMBER: ("contrato o cuenta", "cuenta o contrato",
                       rf"~\b(contrato|cuenta)\b.{{0,30}}\b(con|en) (el|la) (operador\w* |"
                       rf"proveedor\w* |compania |empresa |prestador\w* )?{_DONOR}\b"),
    F.AUTHORIZED_TITLE: ("=caracter", "caracter invocado", "en caracter de", "condicion de",
                         "en calidad de"),
    # "Fdo.: ____" (firmado) under the signature: the name of the one who signed, printed
    F.AUTHORIZED_NAME: ("=aclaracion", "aclaracion de firma", "=fdo",
                        "aclaracion de la firma", "nombre del apoderado", "=apoderado",
                        # a bare "Persona autorizada" before its blank: that person's name, as
                        # English reads "Authorised person"
                        "=persona autorizada"),
    # the name of the holder of the line or account, named after the name ("Nombre del
    # titular"): the customer's (the holder's co-holder is not ours, above)
    # "¿A nombre de quién está la cuenta?": a question asking whose name the account is in
    # a bare "Titular" before its line: the holder's name (the customer's)
    F.ACCOUNT_NAME: ("nombre del titular", "nombre del abonado", "=titular",
                     r"~^a nombre de quien\b.*\b(cuenta|servicio|linea|lineas)\b"),
    F.SUITE: ("=depto", "=dpto", "=departamento", "=departamento o piso", "=oficina", "=interior",
              "=numero interior"),
    F.STATE: ("=region",),
    F.CITY: ("comuna", "=distrito", "=canton", "=partido"),
})

PORTUGUESE = Lexicon("pt", "Portuguese", frozenset({
    "o", "os", "as", "da", "do", "das", "dos", "em", "seu", "sua", "nao", "para", "com",
    "nome", "assinatura", "morada", "endereco", "numero", "numeros", "operadora", "cliente",
    "portabilidade", "solicitacao", "pedido", "cidade", "bairro", "concelho", "localidade",
}), {
    F.PARTIAL_PORT: (r"~\b(apenas|somente|so) (os |as )?(numeros|linhas)\b",
                     r"~\b(parte|alguns|algumas) (dos |das )?(numeros|linhas)\b", "parcial*"),
    F.FULL_PORT: (r"~\b(todos os|todas as) (meus |nossos )?(numeros|linhas)\b",),
    F.BUSINESS: ("=pessoa juridica", "=empresa", "=cliente empresarial", "=empresarial"),
    F.RESIDENTIAL: ("=pessoa fisica", "=particular", "=cliente particular"),
    NOT_OURS: ("=carimbo", "=rg", "inscricao estadual", "operadora receptora",
               "prestadora receptora", "=pais", "=numero da porta", "=n da porta",
               "!cotitular*", "!co titular*",  # a co-holder signs for himself
               # the attorney's own name ("Nome do procurador"), and "Na cidade de ____, aos
               # __ dias ..." (where it is signed); a request's own number ("N.º do pedido")
               "nome do procurador", "=na cidade de", "n o do pedido", "no do pedido",
               "numero do pedido"),
    F.ACCOUNT_NAME: ("nome do titular", "nome do assinante", "=titular"),
    # keeping a number with the current operator; which operator serves you today
    F.REMAINING_NUMBERS: (r"~\b(manter|conservar)\b.{0,25}\b(numeros?|linhas?)\b.{0,12}\b(com|na|no) "
                          r"(a |o |sua |seu )?(operadora|operador|prestadora) atual\b",),
    F.CARRIER: (r"~^(com |em )?(qual|que) (operadora|operador|empresa|prestadora)\b"
                r"(?!.*\b(nov[ao]|receptora)\b).*\b(hoje|atualmente|agora)\b",),
    # the account the current operator knows the customer by ("N.º de conta / cliente")
    # "N.º" (the number sign, read "n o") before what is numbered: "N.º de telefone"
    F.NUMBER: ("=n o de telefone", "=no de telefone", "n o de telefone fixo",
               # a numbers table's column of the other numbers to port ("N.ºs adicionais")
               "n os adicionais", "numeros adicionais"),
    F.ACCOUNT_NUMBER: ("numero de conta", "numero da conta", "numero de cliente",
                       "numero do cliente", "conta cliente", "n o de conta", "no de conta",
                       # "titular do contrato n.º ____ junto do operador": the contract the
                       # customer holds with the current operator
                       "titular do contrato"),
    F.SUITE: ("=complemento", "=andar"),
    F.STATE: ("=distrito",),
    F.CITY: ("concelho",),
    # the account's main line ("Telefone principal da conta", "Número principal")
    F.BTN: ("telefone principal", "numero principal", "linha principal"),
})

ITALIAN = Lexicon("it", "Italian", frozenset(), {
    # "la portabilità dei soli numeri elencati", "di tutti i numeri associati al contratto"
    F.PARTIAL_PORT: (r"~\b(dei |i )?(soli|solo|soltanto) (i )?numeri\b", "=parziale",
                     "portabilita parziale"),
    F.FULL_PORT: (r"~\btutti i (miei |nostri )?numeri\b", "=totale", "portabilita totale"),
    F.CONTACT_PHONE: ("recapito telefonico",),
    # an account named alone ("Conto 1", a block per account; "Cod. cliente" under it)
    F.ACCOUNT_NUMBER: ("=conto", "cod cliente"),
    # the day it is signed ("Data di sottoscrizione", "Data della firma")
    F.DATE_SIGNED: ("data di sottoscrizione", "data della firma", "data firma"),
    # the signer's role ("Qualifica del firmatario"): the title, not the signer's name
    F.AUTHORIZED_TITLE: ("qualifica del firmatario", "qualifica del sottoscrittore",
                         "ruolo del firmatario"),
    NOT_OURS: ("=timbro", "=paese", "=nazione", "=luogo", "=civico", "=numero civico", "=n civico",
               "operatore ricevente", "nuovo operatore"),
    # "Intestatario del contratto": the one the contract is in the name of (the customer)
    F.ACCOUNT_NAME: ("nome del titolare", "nominativo del titolare", "nome dell intestatario",
                     "intestatario del contratto", "intestatario della linea",
                     "=intestatario", "=titolare"),
    # keeping a number with the current operator; which operator serves you today
    F.REMAINING_NUMBERS: (r"~\b(mantenere|conservare)\b.{0,25}\bnumer\w*\b.{0,12}\b(con|presso) "
                          r"(l |il |il suo |l suo )?(operatore|gestore) attuale\b",),
    F.CARRIER: (r"~^(con |presso )?(quale|che) (operatore|gestore|compagnia)\b"
                r"(?!.*\b(nuovo|ricevente)\b).*\b(oggi|attualmente|ora)\b",),
    F.POSTAL_CODE: ("=nap", "nap localita"),
    F.STATE: ("cantone", "=provincia"),
    F.CITY: ("localita",),
})

FRENCH = Lexicon("fr", "French", frozenset(), {
    # the identity card's number ("CNI", carte nationale d'identité), whoever's
    NOT_OURS: ("=cachet", "=pays", "operateur receveur", "nouvel operateur",
               "operateur preneur", "cni", "c n i", "carte nationale d identite",
               # the taxpayer's account ("N° de compte contribuable"): the tax office's number
               "contribuable",
               # a co-holder of the account signs and names himself: the case has one signer
               "!cotitulaire*", "!co titulaire*"),
    F.PARTIAL_PORT: (r"~\b(des )?(seuls|seulement|uniquement) (les |des )?numeros\b",),
    F.DATE_SIGNED: ("=fait le",),
    # keeping a number with the current operator; which operator serves you today
    F.REMAINING_NUMBERS: (r"~\b(conserver|garder)\b.{0,25}\bnumeros?\b.{0,12}\b(chez|aupres de|avec) "
                          r"(l |votre |le )?(operateur|fournisseur) actuel\b",),
    F.CARRIER: (r"~^(chez |avec )?quel(le)? (operateur|fournisseur|compagnie)\b"
                r"(?!.*\b(nouv\w*|receveur)\b).*\b(aujourd hui|actuellement|maintenant)\b",),
    F.ACCOUNT_NAME: ("nom du titulaire", "nom de l abonne", "=titulaire", "=abonne",
                     # the name as the bill prints it ("Nom tel qu'il figure sur la facture
                     # de l'opérateur actuel"): the customer's, whoever's bill it is
                     r"~^nom\b.{0,20}\btel(le)?( qu (il|elle))?( que)? (figure |apparait )?"
                     r"sur (la |votre )?(derniere )?facture\b"),  # "Fait le (JJ/MM/AAAA)": the day it is signed
    # the company's legal representative (its gérant, président) signs for it: the signer
    F.AUTHORIZED_NAME: ("nom du representant legal*", "=representant legal",
                        "nom et prenom du representant legal*"),
    F.STATE: ("=canton",),
})

ROMANIAN = Lexicon("ro", "Romanian", frozenset({
    "si", "sau", "este", "pentru", "cu", "la", "dumneavoastra", "nume", "prenume", "data",
    "semnatura", "adresa", "numar", "numere", "furnizor", "localitate", "judet", "strada",
    "cod", "postal", "denumire", "telefon", "cerere", "portare", "abonat",
}), {
    NOT_OURS: ("=stampila", "=tara", "=nr strada"),
    F.PARTIAL_PORT: ("partial*", r"~\bunele numere\b"),
    # the customer's account number "at the donor provider" is the account, not the provider;
    # the current operator asked alone (whole: "numere care rămân la operatorul actual" names it
    # to say where the numbers stay)
    F.CARRIER: ("furnizor actual", "furnizorul actual", "=furnizor donor", "=furnizorul donor",
                "=operator donor", "furnizor cedent", "=operatorul actual", "=operator actual"),
    F.ACCOUNT_NUMBER: ("numar cont*", "numar de cont", "numarul contului", "cont client", "cod client",
                       "numar client", "numar de client", "cod abonat", "numar abonat"),
    F.BTN: ("numar principal", "numarul principal"),
    F.CITY: ("oras", "=sector"),
    # the signer's printed name ("nume în clar") and capacity ("calitatea")
    F.AUTHORIZED_NAME: ("nume in clar", "numele in clar"),
    F.AUTHORIZED_TITLE: ("=calitatea", "=calitate", "calitatea semnatarului"),
})

CATALAN = Lexicon("ca", "Catalan", frozenset({
    "el", "la", "els", "les", "del", "dels", "i", "o", "amb", "per", "nom", "cognoms", "data",
    "signatura", "adreca", "numero", "numeros", "operador", "poblacio", "carrer", "codi",
    "postal", "empresa", "telefon", "sollicitud", "portabilitat", "vostre",
}), {
    NOT_OURS: ("=segell", "=pais", "operador receptor", "nou operador"),
    F.REQUESTED_DATE: (r"~\bdata (desitjada|sollicitada|de (la )?portabilitat)\b",),
    F.DATE_SIGNED: ("=data",),
    F.SIGNATURE: ("signatura",),
    F.CARRIER: ("operador donant", "operador actual"),
    F.ACCOUNT_NUMBER: ("numero de client", "codi de client"),
    F.ACCOUNT_NAME: ("nom i cognoms", "nom de l empresa", "rao social", "=nom"),
    F.POSTAL_CODE: ("codi postal",),
    F.CITY: ("poblacio", "municipi"),
    F.STREET: ("carrer",),
    F.SERVICE_ADDRESS: ("adreca",),
    F.NUMBER: ("numero de telefon", "numeros de telefon", "numeros a portar"),
})

ROMANSH = Lexicon("rm", "Romansh", frozenset({
    "il", "la", "ils", "las", "da", "e", "u", "per", "cun", "nov", "num", "prenum",
    "suttascripziun", "adressa", "numer", "numers", "vischnanca", "data", "telefon",
}), {
    F.DATE_SIGNED: ("=data", "=lieu e data"),
    F.SIGNATURE: ("suttascripziun",),
    F.ACCOUNT_NAME: ("=num", "num e prenum", "num da la firma"),
    F.POSTAL_CODE: ("numer postal",),
    F.CITY: ("vischnanca",),
    F.SERVICE_ADDRESS: ("adressa",),
    F.NUMBER: ("numer da telefon", "numers da telefon"),
})

LEXICONS = (SPANISH, PORTUGUESE, ITALIAN, FRENCH, ROMANIAN, CATALAN, ROMANSH)
