"""What part of the bill a value sits in: the customer's details, or a look-alike.

A bill prints the customer's number beside "Lines on this account" and the carrier's beside
"Questions? Call"; the customer's address under "Service location" and the carrier's under
"Remit to". The words around a value decide what it is, not the value itself, so every place a
typed value is found gets a context: the label on its own line (left of it), the header of the
table column it sits in, or the heading of the block above it. Vocabularies are words, English and
French (Quebec), never a layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from portdesk.bills.billmemo import per_bill
from portdesk.bills.labelwords import spell_out
from portdesk.bills.layout import Segment


class Context(StrEnum):
    NAME = "name"  # account holder / customer name / bill to
    ACCOUNT = "account"  # account number, account summary
    BTN = "btn"
    NUMBERS = "numbers"  # the account's lines
    SERVICE = "service"  # service address / location
    BILLING = "billing"  # mailing address, bill-to block
    REMIT = "remit"  # the carrier's payment address
    HELP = "help"  # the carrier's contact, support, pay-by-phone, repair lines
    USAGE = "usage"  # call detail: dialed numbers, destinations
    OTHER_ID = "other_id"  # invoice, customer, order, reference numbers
    CARRIER = "carrier"  # "service provider", legal lines
    FORMER = "former"  # a number the bill says has left the account (disconnected, ported away)
    NONE = "none"


# (context, pattern) in priority order: the first that matches a label's text names it.
# "Call us", "or call 1-800", "Call:" are the carrier's; "Call Waiting", "Unlimited calling" are
# features printed beside the customer's own lines
_CALL_TO_ACTION = (r"\bcall (?:\d|\(|(?:us|toll|our|customer|the|before|from|at|now|for|anytime)"
                   r"\b)|(?:please|or|to|then|simply|just) call\b|\bcall\W*$|^\W*call\W*$")
# "dial 611", "dial *PAY": a call to action; "Direct Inward Dial", "Direct In-Dial", "Speed Dial",
# "Dial tone" are features of the customer's own lines, and so is a "dial block" (a label read
# two words at a time sees "DIRECT IN DIAL BLOCK" as "dial block")
_DIAL = (r"(?<!speed )(?<!inward )(?<!direct )(?<!voice )(?<!\bin-)(?<!\bin )\bdial\b"
         r"(?! ?-?tone)(?! (?:block|range|lines?|numbers? block)\b)")
# Spanish help words: "¿Preguntas?", "Servicio al cliente", "Reparaciones", "Llame al". Help
# given "al cliente" (to the customer) is a desk's, whatever its first word: a name label says
# "Cliente" or "Nombre del cliente", so a scan that lost 'Servicio' ('Senvicle al cliente') still
# reads a help line, not the customer's name
_SPANISH_HELP = (r"\bpreguntas?\b|\bal cliente\b|\breparacion(?:es)?\b|"
                 r"\baverias?\b|\bayuda\b|\bllam(?:e|enos|ar)\b|soporte tecnico|asistencia")
# Vietnamese help words, as `fold` leaves them (it strips only the accents French and Spanish
# share): customer care ("Chăm sóc khách hàng"), support ("Hỗ trợ"), the hotline ("Tổng đài",
# "Đường dây nóng"), contact ("Liên hệ") and top-up ("Nạp tiền"): a carrier's desks, whatever
# language its labels are printed in, never the customer's line
_VIETNAMESE_HELP = (r"\bchăm soc khach hang\b|\bhỗ trợ\b|\btổng đai\b|đường day nong|"
                    r"\blien hệ\b|\bnạp tiền\b")


# the carrier's agent or dealer ("Your Authorized <Brand> Agent" over its own address and line):
# whose block it is says its own heading, the carrier's people, never the customer's
_AGENT = (r"\b(?:authori[sz]ed|sales|local|independent)\s+(?:[\w&'-]+\s+)?(?:agent|dealer|"
          r"retailer|representative)s?\b|\byour\s+(?:[\w&'-]+\s+)?(?:agent|dealer)\b")
# a telephone company's office for its customers ("Business Office 402-..."): the carrier's
# contact line, as "customer service" is; a customer's own "Office" line says no "business office"
_BUSINESS_OFFICE = r"\bbusiness office\b(?! lines?\b)|" + _AGENT + "|" + (
    # the carrier's other desks, in English, French and Spanish: its commercial office,
    # collections and credit, fraud and lost-or-stolen lines, relay and interpreter services, a
    # pay-by-phone line however hyphenated, repair ("réparation", "dérangement"), a partner or
    # reseller it authorises; no customer's own department line is named so
    r"\bcommercial office\b|\bpay-? ?by-? ?phone\b|\b(?:collections?|credit) (?:department|dept)\b|"
    r"\bfraud (?:department|dept|line|hotline|prevention)\b|\blost or stolen\b|"
    r"\brelay services?\b|\binterpret(?:er|ation|ing) services?\b|"
    # a prepaid carrier's desks for vouchers and top-ups ("Voucher line: 1-855-...")
    r"\b(?:voucher|top-? ?up|refill|recharge|airtime) (?:line|number|desk|services?)\b|\bpag(?:ar|o) por telefono\b|"
    r"\breparations?\b|\bderangements?\b|\bvotre (?:[\w'-]+ )?(?:representant|conseiller)e?\b|"
    r"\b(?:agent|partenaire|detaillant|revendeur)s? autorises?\b|"
    r"\bauthori[sz]ed (?:[\w&'-]+ )?(?:partner|reseller)s?\b|"
    # its business sales desk as a label of its own ("Business Solutions: 907-..."); only the
    # whole label, since "Acme Business Solutions LLC" is a customer's name
    r"^(?:business|enterprise|commercial) solutions\W*$")



# a specimen in a "how to read your bill" panel or an instruction ("Your account number looks
# like 1234-567-890", "e.g. 555-0100", "Exemple de ligne"): a made-up value the carrier prints
# to help, never the customer's, whatever field its words name
_SPECIMEN = (r"\bexamples?\b|\bexemples?\b|\bejemplos?\b|\be\.g\.|\bsample\b|\bspecimen\b|"
             r"\blooks? like\b|\bressemble a\b|\bse (?:parece|ve) (?:a|asi)\b|\bfor instance\b|"
             r"\bhow to read\b|\bcomment lire\b|\bcomo leer\b|"
             # how a value is written ('Un numéro de téléphone s'écrit ainsi : 450 555-0100')
             r"\bs\W?ecrit (?:ainsi|comme ceci)\b|\bis written (?:as|like)\b|"
             r"\bse escribe (?:asi|como)\b")

# help words that only a carrier's contact line uses; "Sales", "Billing", "Support" and "Fax" also
# name a customer's own lines (a department, a user) in a list or table of them
STRONG_HELP = re.compile(
    r"customer (?:service|care|support)|client services?|\bcare\b|technical|tech support|"
    r"repair|trouble|pay by phone|by phone|inquir|enquir|questions?|call us|contact us|24/7|"
    r"24 hours|\btty\b|\btdd\b|hearing|deaf|disabilit|accessibilit|espanol|spanish|toll free|"
    r"sans frais|service a la clientele|service client|nous joindre|depannage|renseignements|"
    r"hours|mon(?:day)?\s*-|www\.|\.com\b|https?:|@|\b611\b|outage|report|visit|chat|"
    r"\b(?:need|for|get|more) help\b|here to help|help (?:center|centre)|besoin d'aide|"
    # the carrier's people and payment lines, in English and French
    r"account (?:manager|representative|rep|executive|team)\b|accounts team|your (?:\w+ )?team\W*$|"
    r"your (?:\w+ )?(?:representative|rep)\b|automated payments?|payment line|"
    r"soutien|\baide\b|par telephone|service aux entreprises|access number|voicemail access|"
    r"dial-?in number|numero d'acces|"
    r"(?:business|residential|home|wireless|mobile) (?:customer )?(?:service|care|sales|support)|"
    + _BUSINESS_OFFICE + "|"
    r"\bcustomers\b|\bmember (?:services?|care|support)\b|" + _SPECIMEN + "|" + _SPANISH_HELP + "|" + _DIAL + r"|(?:important|useful|helpful|key) (?:tele)?(?:phone )?numbers|"
    + _CALL_TO_ACTION)


def strong_help(label: str) -> bool:
    return STRONG_HELP.search(fold(label)) is not None


# the company a number was ported or the service moved from, named on the bill ('ported from
# X', 'Previous provider: X', 'transferred from X'): the carrier left behind, never the sender
FORMER_PROVIDER = (r"\b(?:previous|former|prior|old|last) (?:service |phone |telephone |wireless )?"
                   r"(?:provider|carrier|company|operator)\b|\bported (?:in )?from\b|"
                   r"\b(?:transferred|switched|moved|porting) (?:\w+ )?from\b|\bport(?:ing)? in from\b|"
                   r"\bancien (?:fournisseur|operateur)\b|\b(?:fournisseur|operateur) precedent\b|"
                   r"\bporte depuis\b|\bproveedor anterior\b|\bportado desde\b")


_RULES: tuple[tuple[Context, str], ...] = (
    (Context.HELP, _SPECIMEN),
    # "Calls from 902 555-0103" heads the call detail of one of the customer's lines
    (Context.NUMBERS, r"(?<!collect )calls? (?:made |placed )?from|^from:?$|appels (?:faits )?(?:de|du|a partir)|"
     r"usage for|detail for|details for|charges for|^line:?$|^ligne:?$"),
    (Context.USAGE, r"call detail|usage detail|usage charges|itemi[sz]ed|called number|"
     # "Numbers called", "Calls made", "Other numbers you called", "Calls that you placed"
     r"(?:numbers?|calls?) (?:(?:that |which )?you (?:have )?)?(?:called|dialed|dialled|made|"
     r"placed|received)\b|dialed|dialled|destination|talk detail|"
     r"long distance (?:calls|detail)|call log|detail des appels|appels (?:faits|interurbains)|"
     r"numero (?:compose|appele)|no\.? compose|text detail|data detail|messaging detail|minutes|"
     r"calls? to\b|(?:incoming|outgoing|international|local|toll|long distance) calls|"
     r"appels (?:entrants|sortants|recus)|terminating|frequently called|most (?:often )?called|"
     r"\btop (?:\w+ )?(?:numbers|destinations|called)|numeros (?:frequents|appeles)|"
     r"collect calls?|"
     # toll and long distance detail by its other names, calls by how they were placed, and the
     # Spanish of a call list (Puerto Rico): the numbers under them were dialed, not the lines
     r"\btoll (?:detail|calls)\b|\b(?:intra|inter)(?:state|lata) (?:toll|calls)\b|"
     r"long distance usage|(?:operator[- ]assisted|calling card|third[- ]party|"
     r"conference) calls|^to (?:number|no\b|#)|detalle de (?:llamadas|uso)|"
     r"llamadas (?:de larga distancia|realizadas|recibidas|internacionales|salientes|entrantes)|"
     r"numeros? (?:marcados?|llamados?|de destino)|"
     # where a line's calls go (a routing table): the destination is not one of the lines
     r"\bforward(?:ed|s|ing)? (?:to|calls)\b|\b(?:r?cf[abnu]?|rcfw|cfw|fwd|cfna)\b:? to\b|\broute[sd]? to\b|\brings? to\b|\btransfer(?:s|red)? to\b|"
     r"\bredirect(?:s|ed)? to\b|renvoi (?:vers|a)\b|achemine[es]* vers|transfere[es]* (?:vers|a)\b"),
    (Context.REMIT, r"remit|payable to|^pay to\b|send (?:your )?payment|mail (?:your )?payment|payment address|"
     r"return this (?:portion|stub|coupon)|detach|pay by mail|mail to:? ?\w* payment|"
     r"payment center|lockbox|faire parvenir|paiement par la poste|libelle au nom"),
    (Context.HELP, r"^billing\W*$|billing (?:department|dept|inquiries|questions)|assistance|"
     r"technical|\btech\b|hours|mon(?:day)?\s*-|espanol|spanish|hearing|deaf|customer service|"
     r"customer care|customer (?:solutions?|relations|experience|support|cent(?:er|re))\b|"
     r"\b(?:business|residential|home|wireless|mobile) "
     r"(?:customer )?(?:service|care|sales|support)s?\b|\bcare\b|" + _BUSINESS_OFFICE + "|"
     + _CALL_TO_ACTION + "|"
     + _DIAL + r"|(?:important|useful|helpful|contact|key) (?:tele)?(?:phone )?numbers|"
     r"numbers to (?:know|call)|numeros (?:utiles|importants)|"
     r"appelez|composez|client services?|support|questions?|call us|"
     r"contact us|contact|\bcustomers\b|reach us|to reach|get in touch|pay by phone|by phone|repair|trouble|help|inquir|enquir|\btty\b|\btdd\b|"
     r"24/7|24 hours|\b611\b|report|outage|sales|moving|visit|chat|text us|service a la clientele|"
     r"service client|nous joindre|joindre|depannage|renseignements|des questions|"
     r"pour nous|call before you dig|disability|accessibility|\btelephone:? ?1(?!\d)|"
     r"account (?:manager|representative|rep|executive|team)\b|accounts team|your (?:\w+ )?team\W*$|"
     r"your (?:\w+ )?(?:representative|rep)\b|automated payments?|payment line|"
     r"soutien|\baide\b|paiement par|par telephone|access number|voicemail access|"
     r"dial-?in number|numero d'acces|"
     r"\bphone:? ?1(?!\d)|(?<!linea de )(?<!ligne de )\bfax\b(?! ?(?:line|number))|toll free|sans frais|"
     # a cooperative's help desk, and Spanish (Puerto Rico, US Hispanic) help lines
     r"\bmember (?:services?|care|support)\b|" + _SPANISH_HELP + "|" + _VIETNAMESE_HELP),
    (Context.OTHER_ID, r"invoice(?!d? to\b)(?! for\W*$)|customer (?:id|number|no|#|code)|"
     r"client (?:id|number|no|#)|numero (?:de )?client|\bcust\.? (?:id|no|#)|order|reference|confirmation|ticket|"
     r"transaction (?:id|number|no|#)|receipt (?:number|no|#)|"
     r"online account|web account|account pin|\bpin\b|passcode|security code|enterprise id|"
     r"statement (?:number|no|#)|bill (?:number|no|#)|document (?:number|no|#)|"
     r"case (?:number|no|#)|facture(?!e? a\W*$)|numero de factura|no de client|numero de client|commande|tax id|gst|hst|qst|"
     r"tps|tvq|business number|registration|"
     # a carrier's regulatory identifiers in its fine print ('FCC Form 499 Filer ID 826669.
     # FRN 7106695990.'): ten digits that are no line
     r"\bfrn\b|\bfiler id\b|\b499 id\b|\bocn\b|"
     # a device's own identifiers ('Equipment: cable box serial 9079596258', ten digits that
     # start with the area code): the device's, never a line
     r"\bserial\b|\bs/n\b|\bimei\b|\biccid\b|\bmeid\b|\bmac address\b|"
     # a platform's IDs printed as ten digits: 'Fax Connection 6086018876', 'Call Control
     # application 5966094182' (the label's last word, so a 'Connection fee' heads nothing)
     r"\bconnection(?: id| #| no\.?)?\W*$|\bapplication(?: id| #)?\W*$"),
    # where the service was before a move: an address the account has left, never the current
    # one, whatever words of a service address it holds ("Previous Service Address")
    # an account number replaced in a change of billing system ("Former account 961-6683") is
    # the account the customer had, as a former address is the place it had
    (Context.FORMER, r"\b(?:previous|former|prior|old) (?:service )?(?:address|location)|"
     r"\b(?:former|prior|old) account(?! balance)\b|\bprevious account (?:number|no|#)|"
     r"\bancienne adresse|\badresse (?:de service )?precedente|\bdireccion (?:de servicio )?"
     r"anterior|\bservice moved from\b|" + FORMER_PROVIDER),
    (Context.SERVICE, r"service (?:address|location|addr)|e911|\b911 (?:address|location)|"
     r"emergency (?:\w+ )?(?:address|location)|registered (?:address|location)|\bservice at\b|location of service|place of primary use|primary place of use|"
     r"premises?\b|installation|install address|site address|address of service|service(?:d)? location|"
     r"adresse (?:de service|du service|d'installation|des lieux|de l'emplacement|de desserte)|"
     r"\b(?:adresse|lieu|emplacement|local)(?: du lieu| de l'emplacement)? desservie?\b|"
     r"lieu (?:de service|du service|d'installation)|emplacement (?:du|de) service|location|"
     r"installed at|^site\W*$|site address|service site|office address|office location|"
     r"service provided at|provided at|physical (?:address|location)|"
     r"where (?:your |the )?services?\b|^(?:(?:lines?|services?|equipment) )?located at\W*$|services? (?:is|are) (?:provided|located|installed|delivered)|"
     r"direccion (?:de|del) (?:servicio|instalacion)"),
    (Context.BILLING, r"billing address|mailing address|bill to address|mail to|adresse de "
     r"facturation|adresse postale|direccion (?:postal|de facturacion)"),
    (Context.BTN, r"billing telephone|\bbtn\b|\batn\b|pilot (?:number|tn)|lead number|"
     r"billed (?:telephone )?number|main (?:\w+ )?(?:number|telephone|line|"
     r"billing|phone|tn)|"
     r"billing (?:number|tn|phone)|account (?:telephone|phone|tn)|primary (?:telephone |voice |phone )?(?:number|line|phone)|"
     r"numero de facturation|numero principal|telephone principal|ligne principale|main tn|"
     r"telephone de facturation|telefono principal|billed tn|master (?:number|tn|telephone)|(?:primary|lead) tn|"
     r"main listed|main listing|billing line|bill[ -]to (?:number|telephone|tn)|bill telephone|"
     # the account's one number said after its noun ('Telephone number on the account:'), as
     # 'Account telephone number' says it before; 'numbers on the account' lists the lines
     r"(?:telephone|phone) (?:number|no\.?) (?:on|of|for) (?:the|this|your) account\b|"
     r"numero de telephone du compte"),
    (Context.NUMBERS, r"telephone numbers?|phone numbers?|your lines|lines? on|numbers? on|"
     r"wireless numbers?|service numbers?|lines and numbers|phone lines|\blines?\b|\bdids?\b|"
     r"direct inward|number range|telephone no|\btn\b|\btns\b|mobile number|wireless number|"
     r"user|numeros? de telephone|lignes?|votre ligne|vos lignes|services? for|charges for|"
     r"summary for|\bline\b|numeros? de telefono|\blineas?\b|device|voice line|phone number|"
     r"numero(?! (?:de |du |d')?(?:la |l')?(?:compte|cuenta|client|cliente|contrat|contrato)\b)|"
     r"\bnumbers\b|"
     # the trade's words for a line's number: a subscriber's number, the mobile / cellular /
     # working / directory number, the MSISDN (which of them is the BTN the page says apart)
     r"\bsubscriber (?:no|number|#)|\b(?:mdn|ctn|wtn|msisdn)s?\b|\bdirectory numbers?\b"),
    (Context.ACCOUNT, r"account (?:number|no|num|#|id|code)|acct|\ba/c\b|sub ?-?account|\bban\b|billing account|"
     r"\b(?:corporate|master|summary|parent|enterprise|consolidated|group) account\b|company id|"
     r"account summary|account information|account details|your account|"
     r"numero de compte|no de compte|numero de cuenta|no\.? de cuenta|\bcuenta\b|n de compte|compte|code (?:du |de )?client|billing id\b|"
     # a service sold by subscription names its account so ("Subscription ID  Sub4471")
     r"\bsubscription (?:id|number|no\b|#)|"
     r"billing acct|subscriber account|service account|^account\W*$|^acct\W*$|^accounts?\W*$|"
     # "Customer Account  CIP-20392": the account named by whose it is, not the customer's name
     r"\b(?:customer|client) account\b(?! (?:name|holder|of)\b)"),
    (Context.NAME, r"account name|customer name|account holder|name on (?:the )?account|bill(?:ed)? ?to|"
     r"invoice(?:d)? to|statement for|account of\W*$|\b(?:invoice|bill|statement)(?: is)? for\W*$|"
     r"prepared for|customer|company name|business name|billing name|subscriber|nom du client|"
     r"nom|titulaire|client|titular|attention|attn|^facturee? a\W*$|^(?:company|organi[sz]ation|entreprise|"
     r"societe|raison sociale)\W*$|^business\s*:\W*$"),  # a wordmark's "Business" labels nothing
    (Context.CARRIER, r"service provider|your provider|carrier|fournisseur|provided by|"
     r"all rights reserved|copyright|\(c\)|(?<![a-z0-9])©"),  # "6©6YOUR": an icon OCR read
)
_COMPILED = tuple((ctx, re.compile(rf"(?:{pat})")) for ctx, pat in _RULES)
_FORMER_PROVIDER = re.compile(FORMER_PROVIDER)


def names_a_former_provider(text: str) -> bool:
    """The line says which company a number or the service came from ('ported from X',
    'Previous provider: X'): the carrier it names is the one the customer left, never the
    bill's sender."""
    return _FORMER_PROVIDER.search(fold(text)) is not None
# accents off; and a capital E OCR read as the currency sign it is drawn like ('£911 Service
# Location'): no bill labels anything with a pound or euro sign
_ACCENTS = str.maketrans("éèêëàâîïôöûüç£€áíóúñ", "eeeeaaiioouuceeaioun")


def fold(text: str) -> str:
    """Lower case, no accents, single spaces: how labels are compared."""
    return " ".join(text.lower().translate(_ACCENTS).replace("’", "'").split())


@per_bill
def classify(label_text: str) -> Context:
    """The context a piece of label text names, or NONE. A label that says nothing as printed
    is read again with its short words spelled out ("Billing No.", "Primary Tel. No.":
    labelwords.py), so no shortened spelling needs a rule of its own."""
    if (regrouped := _regrouped(label_text)) is not None:
        return classify(regrouped)  # 'M AI N LINE': letter-spaced, read back in pieces
    text = fold(label_text)
    if "(" in text:
        text = _QUALIFIED.sub(_qualifier_first, text)
    if not re.search(r"[a-z]{2}", text):
        return Context.NONE
    for ctx, pattern in _COMPILED:
        if pattern.search(text):
            return ctx
    spelled = spell_out(text)
    if spelled != text:
        for ctx, pattern in _COMPILED:
            if pattern.search(spelled):
                return ctx
    return Context.NONE


# a letter-spaced label in capitals whose letters the text layer gave back in uneven pieces
# ('M AI N LINE', 'ACC OUNT NUM BER'): some gaps between its letters narrower than others
_PIECES = re.compile(r"^(?:[A-Z]{1,6}\s+){1,}[A-Z]{1,6}\W*$")
_WORDS: list[frozenset[str]] = []


def _regrouped(label_text: str) -> str | None:
    """The label's letters regrouped into the vocabulary's words when the pieces themselves are
    not all words ('M AI N LINE' -> 'MAIN LINE'); None when they are, or no grouping of the
    letters into label words exists."""
    text = label_text.strip()
    if not _PIECES.match(text):
        return None
    if not _WORDS:
        from portdesk.bills.vocab import VOCAB

        _WORDS.append(frozenset(w for ps in VOCAB.values() for p in ps
                                for w in re.findall(r"[a-z]{2,}", fold(p)))
                      | {w for w in _LABEL_WORDS} | {"line", "holder", "date", "due", "pin"})
    words = _WORDS[0]
    pieces = [fold(p) for p in re.findall(r"[A-Z]+", text)]
    if all(p in words for p in pieces):
        return None  # already words: nothing to regroup
    letters = "".join(pieces)
    best: list[list[str] | None] = [[]] + [None] * len(letters)
    for end in range(1, len(letters) + 1):  # fewest words that spell the letters
        for start in range(max(0, end - 14), end):
            head = best[start]
            if head is not None and letters[start:end] in words and (
                    best[end] is None or len(head) + 1 < len(best[end] or [])):
                best[end] = [*head, letters[start:end]]
    found = best[-1]
    return " ".join(found).upper() if found and len(found) < len(pieces) else None


@lru_cache(maxsize=8192)
def is_label_phrase(text: str) -> bool:
    """Every word of `text` belongs to a label of the bill vocabulary (a context's words or a
    phrase of vocab.VOCAB, the look-alikes' labels included), small joining words aside: "Main
    Number", "Service Address", "Amount Due", "PIN de portabilidad". Such words printed on a
    bill are a label, never a value; a name is never all label words (its legal form, a
    person's or a place's name is no label word)."""
    from portdesk.bills.vocab import VOCAB

    folded = fold(text).rstrip(" :.")
    words = list(re.finditer(r"[a-z0-9']+", folded))
    if not words or not any(c.isalpha() for c in folded):
        return False
    covered = [False] * len(folded)
    if not _PHRASES:  # the vocabulary's phrases as one pattern, built once
        alternatives = sorted({fold(p) for ps in VOCAB.values() for p in ps}, key=len,
                              reverse=True)
        _PHRASES.append(re.compile(r"(?<![\w'])(?:" + "|".join(map(re.escape, alternatives))
                                   + r")(?![\w'])"))
    for pattern in [*(p for _, p in _COMPILED), *_PHRASES]:
        for m in pattern.finditer(folded):
            covered[m.start():m.end()] = [True] * (m.end() - m.start())
    return all(any(covered[w.start():w.end()]) or w.group() in _JOINING for w in words)


_PHRASES: list[re.Pattern[str]] = []
_JOINING = frozenset({"of", "de", "du", "des", "la", "le", "a", "on", "the", "to", "your", "and",
                      "et", "y", "del", "this", "by", "for", "in", "no", "n"})


# "Telephone (main)", "Phone number (primary)", "Numero (principal)": the qualifier in brackets
# reads where the vocabulary has it ("main telephone", "numero principal")
_QUALIFIED = re.compile(r"^\W*(?P<base>[a-z][a-z .'#-]{1,40}?)\s*\((?P<q>main|primary|billing|"
                        r"principale?)\)\W*$")


def _qualifier_first(m: re.Match[str]) -> str:
    base, q = m.group("base").strip(), m.group("q")
    return f"{base} {q}" if q.startswith("principal") else f"{q} {base}"


# the words labels are made of, for a scan's misread label ("Accoant number", "Service lscaiien")
_LABEL_WORDS = frozenset((
    "account", "number", "numbers", "service", "address", "location", "customer", "name",
    "billing", "telephone", "phone", "main", "primary", "mailing", "installation", "premises",
    "holder", "company", "lines", "invoice", "statement", "remit", "repair", "questions",
    "support", "contact", "business", "adresse", "compte", "numero", "facturation", "client"))


def classify_scanned(label_text: str) -> Context:
    """As classify(), for a label OCR read: when the words say nothing as read, each word a
    letter or two from a label word ('Accoant', 'lscaiien' is too far; 'Servlce' is not) is read
    as that word. Names and values are never rewritten: this only decides what a label says.
    A dot OCR read for the gap between two words ('Main.TN') is that gap; a speck read as a
    quote inside a word ("er'vice") is no gap, when the words say nothing with it kept."""
    label_text = _GAP_DOT.sub(" ", label_text)
    ctx = _classify_scanned(label_text)
    if ctx == Context.NONE and _INNER_SPECK.search(label_text):
        ctx = _classify_scanned(_INNER_SPECK.sub("", label_text))
    return ctx


# "er'vice": a speck OCR read as a quote between two letters of one word
_INNER_SPECK = re.compile(r"(?<=[^\W\d_])['’‘`](?=[^\W\d_]{2})")


def _classify_scanned(label_text: str) -> Context:
    ctx = classify(label_text)
    if ctx not in (Context.NONE, Context.NUMBERS):
        return ctx
    from rapidfuzz.distance import Levenshtein

    from portdesk.bills.glyphs import COMMON

    words = re.findall(r"[^\W\d_]+", fold(label_text))
    if not 1 <= len(words) <= 5:
        return ctx
    fixed = []
    for word in words:
        near = _run_together(word) or _SHORT_SHAPES.get(word.translate(_STROKES))
        if near is None and len(word) >= 4 and word not in _LABEL_WORDS:
            limit = 1 if len(word) < 7 else 2
            ranked = sorted(_LABEL_WORDS, key=lambda w: (Levenshtein.distance(word, w), w))
            near, gap = ranked[0], Levenshtein.distance(word, ranked[0])
            # two label words as near as each other ('Calling': 'billing' or 'mailing') is no
            # reading, only a guess: over a set, min's pick between them followed the process's
            # string hash seed, so the label's reading changed from run to run
            tied = len(ranked) > 1 and Levenshtein.distance(word, ranked[1]) == gap
            common = min(COMMON, key=lambda w: (Levenshtein.distance(word, w), w))
            if gap > limit or tied or (Levenshtein.distance(word, common) < gap
                               and common[:1] != near[:1]):
                # a word bills print as it is ('Montant', or 'Montait' a letter from it) keeps
                # its own meaning: nearer to it than to the label word ('contact') it is not that
                near = None
        fixed.append(near or word)
    joined = " ".join(fixed)
    if joined == fold(label_text):
        return ctx
    read = classify(joined)  # 'Billing, Name' too
    if ctx == Context.NUMBERS:
        # 'Frimary Phone Number', 'Biling Telephone No.': a phone label whose qualifier OCR
        # misread is the qualified label, the account's own number; read as no such label, it
        # stays the label of the lines it was as read. A short word is no misread qualifier:
        # 'Mail' is a letter from 'Main' and a word of its own ('Voice Mail Number')
        changed = [w for w, f in zip(words, fixed, strict=True) if w != f]
        return read if read == Context.BTN and all(len(w) >= 6 for w in changed) else ctx
    if read != Context.NONE:
        return read
    # the marks around the words are the label's too: 'BHONE #' is 'PHONE #', whose '#' makes
    # a bare 'Phone' a label
    spots = iter(fixed)
    return classify(re.sub(r"[^\W\d_]+", lambda _: next(spots), fold(label_text)))


# a short label word, too short for an edit distance, read with a letter of the same strokes
# ('BIN' for 'BTN': a capital T and I are one upright): the same word once those are one
_STROKES = str.maketrans("til1|", "lllll")
_SHORT_SHAPES = {w.translate(_STROKES): w for w in ("btn", "acct")}
_GAP_DOT = re.compile(r"(?<=[^\W\d_]{2})\.(?=[^\W\d_]{2})")


def _run_together(word: str) -> str | None:
    """Two label words OCR read without the space between them ('mainnumber')."""
    if len(word) < 7 or word in _LABEL_WORDS:
        return None
    return next((f"{word[:k]} {word[k:]}" for k in range(3, len(word) - 2)
                 if word[:k] in _LABEL_WORDS and word[k:] in _LABEL_WORDS), None)


@dataclass(frozen=True, slots=True)
class Place:
    """Where a value was found and what the bill says that place is."""

    context: Context
    label: str  # the words that gave the context ("" when none)
    relation: str  # "line" (same line, left), "column" (table header), "block" (heading above)


_E911 = re.compile(r"(?i)\b(?:e-?)?9-?1-?1\b")


def is_labelish(seg: Segment) -> bool:
    """Mostly letters, short, no long digit runs: a label or a heading, not a value."""
    text = _E911.sub("E", seg.text)  # "E911 Location" is a label; its digits are no value
    letters = sum(c.isalpha() for c in text)
    digits = sum(c.isdigit() for c in text)
    return letters >= 2 and digits <= 2 and len(text) <= 60
