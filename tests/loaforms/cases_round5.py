"""Round 5's port cases (tests/loaforms/forms_round5_*.py): customers in Australia, the US,
the Netherlands, Spain, Austria, France and the UK (with a billing address apart from the site),
each with a full port and a partial port; where the form has a page of additional numbers, the
partial port has more numbers than its first page holds.

Fictional customers; numbers from the ranges kept for drama where a country has one (ACMA's
02 5550 xxxx, NANP 555-01XX, Ofcom's 020 7946 0XXX).
"""

from __future__ import annotations

from typing import Any


def _case(name: str, signer: str, title: str, account: str, carrier: str, numbers: list[str],
          address: dict[str, str], phone: str, email: str, when: str) -> dict[str, Any]:
    return {
        "account_name": name, "authorized_name": signer, "authorized_title": title,
        "account_number": account, "pin": "", "carrier": carrier, "btn": numbers[0],
        "numbers": numbers, "service_address": address, "billing_address": None,
        "port_type": "full", "requested_date": when, "customer_type": "business",
        "contact_phone": phone, "contact_email": email,
    }


def _partial(case: dict[str, Any], more: list[str], keep: int) -> dict[str, Any]:
    """The same account porting more numbers, all but its last `keep`; the BTN ports."""
    out = dict(case)
    numbers = case["numbers"] + more
    out.update(numbers=numbers[:-keep], remaining_numbers=numbers[-keep:], port_type="partial",
               remaining_action="keep")
    return out


_AU = _case("Harbourside Dental Group Pty Ltd", "Mei Lin Chen", "Practice Manager",
            "4402 118 907", "Telstra", [f"+6125550{n:04d}" for n in (1210, 1211, 1212, 1213)],
            {"line1": "Level 3, 120 Harris Street", "line2": "", "city": "Pyrmont",
             "state": "NSW", "postal_code": "2009", "country": "AU"},
            "+61255501299", "meilin@harboursidedental.com.au", "2027-01-18")
_US = _case("Harborview Property Management LLC", "Marcus Bell", "Operations Director",
            "70-4418-2290", "Cox Business", [f"+1206555{n:04d}" for n in range(121, 126)],
            {"line1": "1201 Western Ave", "line2": "Suite 410", "city": "Seattle", "state": "WA",
             "postal_code": "98101", "country": "US"},
            "+12065550199", "mbell@harborviewpm.com", "2027-01-15")
_US["pin"] = "8812"
_NL = _case("Bakkerij Van der Meer B.V.", "Sanne de Vries", "Directeur", "1.2345.678",
            "KPN", [f"+31205550{n}" for n in (140, 141, 142)],
            {"line1": "Prinsengracht 263", "line2": "", "city": "Amsterdam", "state": "",
             "postal_code": "1016 GV", "country": "NL"},
            "+31205550199", "sanne@bakkerijvandermeer.nl", "2027-01-20")
_ES = _case("Talleres Hermanos Ruiz S.L.", "Carmen Ruiz Ortega", "Administradora",
            "0049-771200", "Movistar", [f"+34915550{n}" for n in (120, 121, 122, 123)],
            {"line1": "Calle de Alcalá 142", "line2": "", "city": "Madrid", "state": "",
             "postal_code": "28009", "country": "ES"},
            "+34915550199", "carmen@talleresruiz.es", "2027-01-13")
_AT = _case("Kaffeehaus Leitner GmbH", "Andreas Leitner", "Geschäftsführer", "1044 7712 0",
            "Magenta Telekom", [f"+43158712{n}" for n in (30, 31, 32)],
            {"line1": "Mariahilfer Straße 45", "line2": "", "city": "Wien", "state": "",
             "postal_code": "1060", "country": "AT"},
            "+4315871299", "a.leitner@kaffeehaus-leitner.at", "2027-01-19")
_FR = _case("Cabinet Dubois Architectes SARL", "Claire Dubois", "Gérante", "0012 8847 21",
            "Orange Business", [f"+334725501{n}" for n in (20, 21, 22, 23)],
            {"line1": "12 rue de la République", "line2": "", "city": "Lyon", "state": "",
             "postal_code": "69002", "country": "FR"},
            "+33472550199", "claire@dubois-architectes.fr", "2027-01-14")

_UK = _case("Ashdown & Pryce Chartered Surveyors LLP", "Rebecca Ashdown", "Managing Partner",
            "BTB 7720 4419", "BT Business", [f"+44207946{n:04d}" for n in range(310, 314)],
            {"line1": "Unit 4, Vinegar Yard", "line2": "", "city": "London", "state": "",
             "postal_code": "SE1 1XA", "country": "GB"},
            "+442079460399", "r.ashdown@ashdownpryce.co.uk", "2027-01-21")
_UK["billing_address"] = {"line1": "PO Box 4471", "line2": "", "city": "London", "state": "",
                          "postal_code": "SE1 9ZZ", "country": "GB"}

ROUND5_CASES: dict[str, dict[str, Any]] = {
    "r5-au": _AU,
    "r5-au-many": _partial(_AU, [f"+6125550{n:04d}" for n in range(1214, 1221)], keep=1),
    "r5-us": _US,
    "r5-us-many": _partial(_US, [f"+1206555{n:04d}" for n in range(126, 139)], keep=2),
    "r5-nl": _NL,
    "r5-nl-partial": _partial(_NL, [], keep=1),
    "r5-es": _ES,
    "r5-es-many": _partial(_ES, [f"+34915550{n}" for n in range(124, 132)], keep=1),
    "r5-at": _AT,
    "r5-at-partial": _partial(_AT, ["+4315871233", "+4315871234"], keep=2),
    "r5-fr": _FR,
    "r5-fr-partial": _partial(_FR, [], keep=1),
    "r5-uk": _UK,
    "r5-uk-partial": _partial(_UK, ["+442079460314", "+442079460315"], keep=2),
}
