"""What bills call things. Words, not layouts: a new bill with familiar words reads without changes.

"_other" holds the look-alikes' labels. They compete with the real labels (the longest match wins),
so "Customer Number" is claimed as a distractor before "Customer" can make it the account name, and
a value under "Pay by phone" or "Remit to" never becomes the customer's.
"""

from __future__ import annotations

VOCAB: dict[str, tuple[str, ...]] = {
    "account_number": (
        "customer account",
        "account", "numéro de compte", "no de compte", "n° de compte", "numero de compte",
        "customer account number", "master account number", "your account number",
        "compte", "no. de compte",
        "account number",
        "account id", "billing account number", "billing account number (ban)", "ban",
        "wireless account number", "billing account", "account code",
        "corporate account", "master account", "summary account", "summary account number",
        "parent account", "enterprise account", "company id", "consolidated account",
        "code client", "code de client", "code du client", "billing id",
        "billing account id", "subscriber account", "subscriber account number",
        "service account", "service account number", "a/c number",
        "a/c", "numéro du compte", "no du compte", "n° du compte", "no de compte client",
        "numéro de compte client", "compte no", "compte n°", "compte numéro",
        # a cooperative numbers its accounts by member; a French bill by subscriber
        "member number", "membership number",
        "member account", "member account number", "client account number",
        "account identifier",
        # a service sold by subscription names its account so
        "subscription id", "subscription number", "subscription no.", "subscription #",
        "numéro d'abonné", "no d'abonné",
        "n° d'abonné", "no. d'abonné", "numéro de l'abonné", "numéro abonné",
        # Spanish (Puerto Rico, US Hispanic bills)
        "número de cuenta", "numero de cuenta", "no. de cuenta", "núm. de cuenta", "num. de cuenta", "cuenta", "número de la cuenta",
    ),
    "account_name": (
        "nom du client", "titulaire du compte", "nom du titulaire", "account owner", "name",
        "customer name and address", "client", "nom", "service for", "account holder(s)",
        "account name", "customer name", "account holder", "name on account", "bill to",
        "billed to", "prepared for", "customer", "account holder name", "company name",
        "business name", "subscriber name", "name on the account", "company", "legal name",
        "account legal name", "customer legal name", "raison sociale", "subscriber",
        "organization", "organisation", "invoice to", "invoiced to",
        "sold to", "registered name", "registered business name",
        "account of", "entreprise", "nom de l'entreprise",
        # a cooperative's account holder is its member
        "member", "member name", "membre", "nom du membre",
        # Spanish (Puerto Rico, US Hispanic bills)
        "nombre del cliente", "nombre", "cliente", "titular de la cuenta", "titular", "nombre de la cuenta",
    ),
    "statement_date": (
        "monthly statement", "statement", "date de la facture", "date du relevé", "relevé du",
        "bill close date", "date de facturation", "date de la facture", "date du relevé",
        "bill print date", "closing date", "statement closing", "date du compte",
        "statement date", "bill date", "billing date", "date of bill", "issue date",
        # Vietnamese, Chinese and Korean in-language bills of US carriers
        "ngày lập hóa đơn", "ngày hóa đơn", "ngày phát hành", "账单日期", "帳單日期", "開立日期",
        "청구일", "청구서 발행일", "발행일",
        "invoice date", "bill issue date", "date issued", "statement closing date", "bill cycle date",
        "date of statement", "date billed", "billed on", "invoice date", "statement issued",
        "date d'émission", "date d'émission de la facture", "émise le", "émis le",
        "print date", "date printed", "document date", "issued", "issued on", "invoice issued",
        "bill issued", "statement issued on", "invoice issue date", "statement print date",
        "facture du", "date de facture",
        # the day the document was made dates it as "issued" does
        "prepared on", "date prepared", "produced on", "generated on", "printed on",
        "cycle date", "billing cycle date", "statement cycle date",
        # a customer service record is dated by the run that printed it ("RUN" its field code)
        "run date", "run",
        # the period's last day given its own label: the bill closes on it
        "statement period ending", "period ending", "billing period ending", "billing period end",
        "service period ending", "period ended",
        "date",  # alone, with its value beside it, in the account's header (labelvalues._places)
        # Spanish (Puerto Rico, US Hispanic bills)
        "fecha de factura", "fecha de la factura", "fecha de facturación", "fecha de emisión", "fecha del estado de cuenta", "fecha de facturacion", "fecha de emision",
    ),
    "btn": (
        "main company number", "main business number", "main account number", "main phone number",
        "numéro de téléphone principal", "numéro principal", "téléphone principal", "main tn",
        "main line", "account phone", "account telephone", "btn/atn", "primary telephone number",
        "main phone", "billing phone number", "no de téléphone principal",
        "billing telephone number", "btn", "bin",  # OCR reads BTN as BIN
        "main number", "billing number",
        "account telephone number", "primary number", "main billing number",
        "main telephone number", "atn", "billing tn", "account phone number", "primary line",
        "office main line", "office main number", "main telephone", "pilot number",
        "billed telephone number", "primary telephone", "lead number",
        "billed tn", "billed number", "master number", "master tn", "master telephone number",
        "principal number", "principal telephone number", "principal line",
        "primary tn", "lead tn", "pilot tn", "main listed number", "main listing",
        "billing line", "primary phone", "primary phone number", "bill-to number",
        "billing phone", "main billing telephone", "account tn",
        "primary btn", "téléphone de facturation", "bill to number", "billing tel", "billing tel.",
        "numéro de téléphone de facturation", "no de téléphone de facturation",
        "numéro de facturation", "numéro principal de facturation", "ligne principale",
        "no de ligne principale", "numéro de ligne principale", "main btn", "bill-to telephone number",
        "bill to telephone number", "bill-to number", "no de facturation", "n° de facturation", "bill-to phone number",
        # Spanish (Puerto Rico, US Hispanic bills)
        "teléfono principal", "telefono principal", "número de teléfono principal", "numero de telefono principal",
    ),
    "service_address": (
        "for service at", "service at", "installed at", "service location(s)", "locations served",
        "emergency (e911) service address", "e911 address", "e911 service address",
        "emergency address", "emergency service address", "registered e911 address",
        "your service address", "service address is",
        "adresse de service", "adresse du service", "adresse d'installation", "lieu du service",
        "service location address", "premise address", "physical address", "service site",
        "adresse des lieux", "lieu de service", "emplacement du service", "emplacement de service",
        "lieu d'installation", "adresse de l'emplacement", "adresse de desserte",
        # French "desservi": the place the service reaches
        "adresse desservie", "lieu desservi", "emplacement desservi", "adresse du lieu desservi",
        "adresse de l'emplacement desservi", "local desservi",
        "service address", "service location", "location of service", "place of primary use", "primary place of use",
        "premises address", "installation address", "site address", "service at",
        "address of service", "office address",
        "location address", "e911 location", "911 address", "911 location", "premise",
        "premise address", "install address", "installation location", "service premise",
        "service provided at", "physical location", "where service is provided",
        # where the lines or the service are: "Lines Located At", "Service located at"
        "located at", "lines located at", "service located at", "services located at",
        "equipment located at", "line located at",
        "svc loc",
        # a customer service record's field codes: SA the service address (BA the billing one)
        "sa",
        # Spanish (Puerto Rico, US Hispanic bills)
        "dirección de servicio", "direccion de servicio", "dirección del servicio", "direccion del servicio", "dirección de instalación", "direccion de instalacion",
    ),
    "billing_address": ("adresse de facturation", "adresse postale", "billing address", "mailing address", "bill to address", "mail to",
                        "dirección postal", "direccion postal", "dirección de facturación",
                        "direccion de facturacion", "ba"),
    "numbers": (
        "numéros de téléphone", "vos lignes", "lignes", "telephone numbers billed", "did numbers",
        "dids", "did range", "number range", "mobile numbers", "numbers", "numéros",
        "lines on this bill", "your phone numbers", "voice lines", "phone number",
        "telephone numbers", "telephone number", "phone numbers", "your lines",
        "lines on this account", "numbers on this account", "telephone numbers on this account",
        "wireless numbers", "your numbers", "service numbers", "lines on your account",
        "numbers on your account", "lines and numbers", "phone lines", "lines",
        # Spanish (Puerto Rico, US Hispanic bills)
        "números de teléfono", "numeros de telefono", "sus líneas", "líneas", "lineas",
    ),
    "carrier": (
        "remit to", "remit payment to", "make checks payable to", "payable to",
        "send payment to", "pay to", "service provider", "carrier", "your provider",
    ),
    # a period of service, not a date label: its first day stands for the bill's date only when
    # the bill prints no date of its own (extract.py)
    "_period": (
        "bill period", "billing period", "service period", "période de facturation",
        "statement period", "billing cycle", "service dates", "période de service",
        "period covered", "billed from", "for the period", "période couverte", "service from",
        "billing dates", "service period dates", "période du relevé", "période de facture",
        # Spanish (Puerto Rico, US Hispanic bills)
        "período de facturación", "periodo de facturacion", "periodo de facturación", "período de servicio", "periodo de servicio",
    ),
    # the customer's reference at the carrier: the account number only on a bill that prints
    # no account number of its own (extract.py, casecheck.py)
    "_customer_id": (
        "customer id", "customer number",
        "numéro de client", "no de client", "n° de client", "no. de client", "numéro client",
        "client number", "client id", "customer code",

        # French without its article: "No client", "N° client"
        "no client", "n° client", "no. client", "num. client", "no du client", "n° du client",
        "kundennummer", "kunden-nr", "kunden-nr.", "kundennr", "kundennr.",
    ),
    "_other": (
        "online account number", "web account number", "account pin", "enterprise id",
        "numéro de facture", "facture", "no de facture", "service à la clientèle",
        "pour nous joindre", "montant dû", "date d'échéance",
        "customer since", "member since", "since", "account summary", "bill summary",
        "total", "montant", "paiement",
        "invoice number", "invoice", "invoice id",
        "customer service", "customer care",
        "customer support", "support", "pay by phone", "pay by", "billing inquiries",
        "questions", "repair", "report repair", "amount due", "total due", "total amount due",
        "call detail", "talk detail",
        "usage detail", "number called", "called number", "dialed number", "number dialed",
        "page", "please detach", "please return", "previous balance", "balance", "payment",
        "payments", "due date", "payment due", "autopay", "account summary", "monthly statement",
        "your bill", "statement", "time", "amount", "description", "location",
        "to", "from", "thank you", "visit", "call", "for", "tax", "taxes", "fees", "charges",
        "monthly charges", "order number", "ticket number", "reference number", "confirmation number",
        "pin", "security code", "passcode", "technical support", "sales", "email", "sold to",
        "ship to",
        # where the service was before a move: the longest label wins, so "Previous Service
        # Address" is claimed here before "Service Address" can answer it
        "previous service address", "former service address", "prior service address",
        "old service address", "previous address", "former address", "ancienne adresse",
        "ancienne adresse de service", "adresse précédente", "dirección anterior",
        "dirección de servicio anterior",
        # the customer's tax number: a label of its own, never the holder's name
        "customer ein", "ein", "tax id", "federal tax id", "tax id number", "fein",
        "employer id", "employer identification number",
        # Spanish (Puerto Rico, US Hispanic bills)
        # the account summary's heading in Spanish and French, as "account summary" is
        "resumen de la cuenta", "resumen de cuenta", "resumen de su cuenta", "sommaire du compte",
        "résumé du compte", "resumo da conta",
        "fecha de vencimiento", "total a pagar", "número de factura", "numero de factura", "servicio al cliente", "preguntas", "balance anterior", "pagos recibidos", "cargos del mes",
    ),
}

# Words that make a big line at the top a title rather than the carrier's name.
GENERIC_TITLE_WORDS = frozenset({
    "statement", "bill", "invoice", "your", "monthly", "summary", "account", "page", "billing",
    "notice", "detail", "details", "important", "information", "total", "due", "amount",
    "customer", "service", "welcome", "thank", "you",
    # a bill's section headings ("Current Charges", "Important Messages", "Sommaire du compte"):
    # printed big, like a wordmark, but the name of no carrier
    "current", "charges", "charge", "messages", "message", "overview", "previous", "balance",
    "payment", "payments", "usage", "activity", "services", "credits", "adjustments", "taxes",
    "fees", "remittance", "news", "notices", "updates", "contents", "breakdown", "recurring",
    "facture", "sommaire", "releve", "compte", "votre", "frais", "solde", "resume", "avis",
    "mensuels", "courants", "paiement", "statements", "invoices", "bills",
    # a stamp set on the page by whoever paid or filed it ('PAID 7/12' across the amount due):
    # large, at the top, and no carrier's name
    "paid", "paye", "pagado", "received", "void", "duplicate",
})

# Words that say what kind of company a carrier is ("Communications", "Telephone Cooperative"):
# set small under a wordmark at its left edge, they end the carrier's name (a logo lockup).
# the services a bill sells: a line of nothing else ("Home Phone and Internet", "Digital Phone")
# heads the charges for them, printed big like a wordmark but the name of no carrier
SERVICE_WORDS = frozenset({
    "home", "phone", "phones", "internet", "tv", "television", "fibre", "fiber", "wireless",
    "mobile", "cable", "voice", "digital", "video", "streaming", "and", "&", "+", "et",
    "téléphonie", "telephonie", "télé", "tele", "résidentielle", "residentielle",
})

CARRIER_KIND_WORDS = frozenset({
    "communications", "telephone", "telecom", "telecommunications", "wireless", "mobile",
    "mobility", "cellular", "fiber", "fibre", "networks", "network", "broadband", "cable",
    "cablevision", "cooperative", "coop", "co-op", "internet", "telco", "tel", "connect",
    "membership", "corporation", "company", "inc", "llc", "ltd", "corp", "co",
    "télécommunications", "téléphone", "sans-fil",
})
