"""What bills call things. Words, not layouts: a new bill with familiar words reads without changes.

"_other" holds the look-alikes' labels. They compete with the real labels (the longest match wins),
so "Customer Number" is claimed as a distractor before "Customer" can make it the account name, and
a value under "Pay by phone" or "Remit to" never becomes the customer's.
"""

from __future__ import annotations

VOCAB: dict[str, tuple[str, ...]] = {
    "account_number": (
        "account number", "account no", "acct no", "acct number", "acct #", "account #",
        "account id", "billing account number", "billing account number (ban)", "ban",
        "account num", "acct", "wireless account number", "billing account", "account code",
    ),
    "account_name": (
        "account name", "customer name", "account holder", "name on account", "bill to",
        "billed to", "prepared for", "customer", "account holder name", "company name",
        "business name", "subscriber name", "name on the account",
    ),
    "statement_date": (
        "statement date", "bill date", "billing date", "date of bill", "issue date",
        "invoice date", "bill issue date", "date issued", "statement closing date", "bill cycle date",
        "date of statement", "date billed",
    ),
    "btn": (
        "billing telephone number", "btn", "bin",  # OCR reads BTN as BIN
        "main number", "billing number",
        "account telephone number", "primary number", "main billing number",
        "main telephone number", "atn", "billing tn", "account phone number", "primary line",
    ),
    "service_address": (
        "service address", "service location", "location of service", "place of primary use",
        "premises address", "installation address", "site address", "service at",
        "address of service", "service addr",
    ),
    "billing_address": ("billing address", "mailing address", "bill to address", "mail to"),
    "numbers": (
        "telephone numbers", "telephone number", "phone numbers", "your lines",
        "lines on this account", "numbers on this account", "telephone numbers on this account",
        "wireless numbers", "your numbers", "service numbers", "lines on your account",
        "numbers on your account", "lines and numbers", "phone lines", "lines",
    ),
    "carrier": (
        "remit to", "remit payment to", "make checks payable to", "payable to",
        "send payment to", "service provider", "carrier", "your provider",
    ),
    "_other": (
        "invoice number", "invoice no", "invoice #", "invoice", "invoice id", "customer id",
        "customer number", "customer no", "customer #", "customer service", "customer care",
        "customer support", "support", "pay by phone", "pay by", "billing inquiries",
        "questions", "repair", "report repair", "amount due", "total due", "total amount due",
        "bill period", "billing period", "service period", "call detail", "talk detail",
        "usage detail", "number called", "called number", "dialed number", "number dialed",
        "page", "please detach", "please return", "previous balance", "balance", "payment",
        "payments", "due date", "payment due", "autopay", "account summary", "monthly statement",
        "your bill", "statement", "date", "time", "amount", "description", "location",
        "to", "from", "thank you", "visit", "call", "for", "tax", "taxes", "fees", "charges",
        "monthly charges", "order number", "ticket number", "reference number", "confirmation number",
        "pin", "security code", "passcode", "technical support", "sales", "email",
    ),
}

# Words that make a big line at the top a title rather than the carrier's name.
GENERIC_TITLE_WORDS = frozenset({
    "statement", "bill", "invoice", "your", "monthly", "summary", "account", "page", "billing",
    "notice", "detail", "details", "important", "information", "total", "due", "amount",
    "customer", "service", "welcome", "thank", "you",
})
