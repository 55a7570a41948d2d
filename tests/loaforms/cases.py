"""The port cases the drawn forms are filled with (the entries shape of `portdesk loa fill`).

Fictional customers in the five countries the product is measured on; numbers from the ranges kept
for drama and tests where a country has one (NANP 555-01XX, Ofcom's 020 7946 0XXX).
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import ROUND5_CASES
from tests.loaforms.cases_round7 import ROUND7_CASES
from tests.loaforms.cases_round8 import ROUND8_CASES
from tests.loaforms.cases_round9 import ROUND9_CASES
from tests.loaforms.cases_round10 import ROUND10_CASES
from tests.loaforms.cases_round11 import ROUND11_CASES
from tests.loaforms.cases_round12 import ROUND12_CASES
from tests.loaforms.cases_round13 import ROUND13_CASES
from tests.loaforms.cases_round14 import ROUND14_CASES
from tests.loaforms.cases_round15 import ROUND15_CASES
from tests.loaforms.cases_round16 import ROUND16_CASES
from tests.loaforms.cases_round17 import ROUND17_CASES
from tests.loaforms.cases_round18 import ROUND18_CASES
from tests.loaforms.cases_round19 import ROUND19_CASES
from tests.loaforms.cases_round20 import ROUND20_CASES
from tests.loaforms.cases_round21 import ROUND21_CASES
from tests.loaforms.cases_round22 import ROUND22_CASES
from tests.loaforms.cases_round23 import ROUND23_CASES
from tests.loaforms.cases_round24 import ROUND24_CASES
from tests.loaforms.cases_round25 import ROUND25_CASES
from tests.loaforms.cases_round26 import ROUND26_CASES
from tests.loaforms.cases_round27 import ROUND27_CASES
from tests.loaforms.cases_round28 import ROUND28_CASES
from tests.loaforms.cases_round29 import ROUND29_CASES
from tests.loaforms.cases_round30 import ROUND30_CASES
from tests.loaforms.cases_round31 import ROUND31_CASES
from tests.loaforms.cases_round32 import ROUND32_CASES
from tests.loaforms.cases_round33 import ROUND33_CASES
from tests.loaforms.cases_round34 import ROUND34_CASES
from tests.loaforms.cases_round35 import ROUND35_CASES
from tests.loaforms.cases_round36 import ROUND36_CASES
from tests.loaforms.cases_round37 import ROUND37_CASES
from tests.loaforms.cases_round38 import ROUND38_CASES
from tests.loaforms.cases_round39 import ROUND39_CASES


def _us(carrier: str) -> dict[str, Any]:
    return {
        "account_name": "Lakeside Veterinary Clinic PLLC", "authorized_name": "Dana Whitfield",
        "authorized_title": "Practice Manager", "account_number": "8231-0047-552",
        "pin": "6604", "carrier": carrier, "btn": "+13125550142",
        "numbers": ["+13125550142", "+13125550143", "+13125550144", "+13125550145"],
        "service_address": {"line1": "455 N Wells St", "line2": "Ste 300", "city": "Chicago",
                            "state": "IL", "postal_code": "60654", "country": "US"},
        "billing_address": None, "port_type": "full", "requested_date": "2027-01-11",
        "customer_type": "business", "contact_phone": "+13125550188",
        "contact_email": "dana@lakesidevet.com",
    }


def _us_partial(carrier: str) -> dict[str, Any]:
    case = _us(carrier)
    case.update(numbers=[f"+1312555{n:04d}" for n in range(150, 164)], btn="+13125550150",
                port_type="partial", remaining_action="keep",
                remaining_numbers=["+13125550170"], new_btn="+13125550170")
    return case


def _us_tf(carrier: str) -> dict[str, Any]:
    case = _us(carrier)
    case.update(numbers=["+18885550120", "+18885550121", "+18665550122"],
                btn="+18885550120", pin="")
    return case


def _ca(carrier: str) -> dict[str, Any]:
    return {
        "account_name": "Quincaillerie Lévesque Ltée", "authorized_name": "Hélène Tremblay",
        "authorized_title": "Présidente", "account_number": "508 221 904",
        "pin": "2290", "carrier": carrier, "btn": "+14185550131",
        "numbers": ["+14185550131", "+14185550132", "+14185550133"],
        "service_address": {"line1": "740 boulevard Charest Est", "line2": "Local 12",
                            "city": "Québec", "state": "QC", "postal_code": "G1K 3J6", "country": "CA"},
        "billing_address": None, "port_type": "full", "requested_date": "2027-01-08",
        "customer_type": "business", "contact_phone": "+14185550199",
        "contact_email": "helene@quincaillerie-levesque.ca",
    }


def _ca_en(carrier: str) -> dict[str, Any]:
    return {
        "account_name": "Northbridge Physiotherapy Inc.", "authorized_name": "Priya Raman",
        "authorized_title": "Clinic Director", "account_number": "1177 4402 9",
        "pin": "5531", "carrier": carrier, "btn": "+14165550160",
        "numbers": ["+14165550160", "+14165550161", "+14165550162", "+14165550163",
                    "+14165550164", "+14165550165", "+14165550166"],
        "service_address": {"line1": "2200 Yonge St", "line2": "Unit 804", "city": "Toronto",
                            "state": "ON", "postal_code": "M4S 2C6", "country": "CA"},
        "billing_address": None, "port_type": "full", "requested_date": "2027-01-08",
        "customer_type": "business", "contact_phone": "+14165550190",
        "contact_email": "priya@northbridgephysio.ca",
    }


def _uk(carrier: str) -> dict[str, Any]:
    return {
        "account_name": "Fenwick & Hale Solicitors Ltd", "authorized_name": "Oliver Brennan",
        "authorized_title": "Practice Director", "account_number": "VB48 2210 77",
        "pin": "", "carrier": carrier, "btn": "+442079460200",
        "numbers": ["+442079460200", "+442079460201", "+442079460202", "+442079460203",
                    "+442079460204", "+442079460205"],
        "service_address": {"line1": "14 Clerkenwell Close", "line2": "Second Floor",
                            "city": "London", "state": "", "postal_code": "EC1R 0AA", "country": "GB"},
        "billing_address": None, "port_type": "full", "requested_date": "2027-01-12",
        "customer_type": "business", "contact_phone": "+442079460299",
        "contact_email": "o.brennan@fenwickhale.co.uk",
    }


def _ie(carrier: str) -> dict[str, Any]:
    return {
        "account_name": "Carraig Design Studio Ltd", "authorized_name": "Siobhán Ní Bhriain",
        "authorized_title": "Director", "account_number": "EAN 4471 0923",
        "pin": "", "carrier": carrier, "btn": "+35318554210",
        "numbers": ["+35318554210", "+35318554211", "+35318554212"],
        "service_address": {"line1": "Unit 7, Docklands Innovation Park", "line2": "East Wall Road",
                            "city": "Dublin 3", "state": "", "postal_code": "D03 X2F4", "country": "IE"},
        "billing_address": None, "port_type": "full", "requested_date": "2027-01-07",
        "customer_type": "business", "contact_phone": "+35318554299",
        "contact_email": "siobhan@carraigdesign.ie",
    }


def _de(carrier: str) -> dict[str, Any]:
    return {
        "account_name": "Bäckerei Großmann GmbH", "authorized_name": "Jürgen Weiß",
        "authorized_title": "Geschäftsführer", "account_number": "550 118 2934",
        "pin": "", "carrier": carrier, "btn": "+498912345670",
        "numbers": ["+498912345670", "+498912345671", "+498912345672", "+498912345673"],
        "service_address": {"line1": "Lindwurmstraße 88", "line2": "",
                            "city": "München", "state": "", "postal_code": "80337", "country": "DE"},
        "billing_address": None, "port_type": "full", "requested_date": "2027-01-04",
        "customer_type": "business", "contact_phone": "+498912345699",
        "contact_email": "j.weiss@baeckerei-grossmann.de",
    }


def _au(carrier: str) -> dict[str, Any]:
    return {
        "account_name": "Harbourside Dental Pty Ltd", "authorized_name": "Mei Lin Chen",
        "authorized_title": "Practice Owner", "account_number": "3004 1187 22",
        "pin": "", "carrier": carrier, "btn": "+61255500140",
        "numbers": ["+61255500140", "+61255500141", "+61255500142", "+61255500143"],
        "service_address": {"line1": "88 George Street", "line2": "Level 3", "city": "The Rocks",
                            "state": "NSW", "postal_code": "2000", "country": "AU"},
        "billing_address": None, "port_type": "full", "requested_date": "2027-01-13",
        "customer_type": "business", "contact_phone": "+61255500199",
        "contact_email": "meilin@harbourside-dental.com.au",
    }


def _au_mobile(carrier: str) -> dict[str, Any]:
    """ACMA's fictional mobile numbers (0491 570 1xx)."""
    case = _au(carrier)
    case.update(numbers=["+61491570156", "+61491570157", "+61491570158", "+61491570159"],
                btn="+61491570156")
    return case


def _nl(carrier: str) -> dict[str, Any]:
    return {
        "account_name": "Drukkerij Van Dam B.V.", "authorized_name": "Eva van Dam",
        "authorized_title": "Directeur", "account_number": "KL-552190",
        "pin": "", "carrier": carrier, "btn": "+31205550140",
        "numbers": ["+31205550140", "+31205550141", "+31205550142", "+31205550143"],
        "service_address": {"line1": "Prinsengracht 263", "line2": "", "city": "Amsterdam",
                            "state": "", "postal_code": "1016 GV", "country": "NL"},
        "billing_address": None, "port_type": "full", "requested_date": "2027-01-14",
        "customer_type": "business", "contact_phone": "+31205550199",
        "contact_email": "eva@drukkerijvandam.nl",
    }


def _partial(case: dict[str, Any], keep: int = 1) -> dict[str, Any]:
    """The same account porting all but its last `keep` numbers; the BTN stays."""
    out = dict(case)
    out.update(numbers=case["numbers"][:-keep], remaining_numbers=case["numbers"][-keep:],
               port_type="partial", remaining_action="keep")
    return out


def _no_country(case: dict[str, Any]) -> dict[str, Any]:
    """The address as a specialist often types it: no country, the +44 numbers and the postcode
    say where it is."""
    out = dict(case)
    out["service_address"] = {k: v for k, v in case["service_address"].items() if k != "country"}
    return out


def _residential(case: dict[str, Any]) -> dict[str, Any]:
    out = dict(case)
    out.update(customer_type="residential", authorized_title="")
    return out


CASES: dict[str, dict[str, Any]] = {
    "us-att": _us("AT&T"),
    "us-att-partial": _us_partial("AT&T"),
    "us-verizon": _us("Verizon Business"),
    "us-verizon-res": _residential(_us("Verizon")),
    "us-comcast": _us("Comcast Business"),
    "us-comcast-partial": _partial(_us("Comcast Business")),
    "us-lumen": _us("Lumen Technologies"),
    "us-lumen-many": _us_partial("CenturyLink"),
    "us-tf": _us_tf("Lumen Technologies"),
    "ca-bell": _ca("Bell Canada"),
    "ca-bell-en": _ca_en("Bell Canada"),
    "ca-telus": _ca("TELUS"),
    "ca-telus-partial": _partial(_ca("TELUS")),
    "ca-rogers": _ca_en("Rogers Communications"),
    "uk-bt": _uk("BT"),
    "uk-bt-partial": _partial(_uk("BT"), keep=2),
    "uk-virgin": _uk("Virgin Media Business"),
    "ie-eir": _ie("eir"),
    "ie-eir-partial": _partial(_ie("eir")),
    "ie-vodafone": _ie("Vodafone Ireland"),
    "de-telekom": _de("Telekom Deutschland GmbH"),
    "de-telekom-partial": _partial(_de("Telekom Deutschland GmbH")),
    "de-vodafone": _de("Vodafone GmbH"),
    "de-1und1": _de("1&1 Versatel"),
    # round 3 (tests/loaforms/forms_round3_*.py): wireless accounts with a PIN, a UK case whose
    # address does not say its country (the numbers and the postcode do), partial ports whose BTN
    # stays or leaves
    "r3-us-wireless": _us("T-Mobile USA"),
    "r3-us-wireless-partial": _us_partial("T-Mobile USA"),
    "r3-us-frontier": _us("Frontier Communications"),
    "r3-us-frontier-partial": _us_partial("Frontier Communications"),
    "r3-ca-wireless": _ca_en("Rogers Wireless"),
    "r3-ca-wireless-partial": _partial(_ca_en("Rogers Wireless"), keep=2),
    "r3-ca-quebec": _ca("Vidéotron"),
    "r3-ca-quebec-partial": _partial(_ca("Vidéotron")),
    "r3-uk-no-country": _no_country(_uk("TalkTalk Business")),
    "r3-uk-partial": _partial(_uk("TalkTalk Business"), keep=2),
    "r3-ie": _ie("Vodafone Ireland"),
    "r3-ie-partial": _partial(_ie("Vodafone Ireland")),
    "r3-de": _de("Telefónica Germany GmbH & Co. OHG"),
    "r3-de-partial": _partial(_de("Telefónica Germany GmbH & Co. OHG")),
    "r3-de-cells": _de("Deutsche Telekom AG"),
    "r3-de-cells-partial": _partial(_de("Deutsche Telekom AG"), keep=2),
    # round 4 (tests/loaforms/forms_round4.py): a residential-looking carrier name on a business
    # account, a UK case without a PIN (the PAC box is not ours), partial ports of each kind
    "r4-us-spectrum": _us("Spectrum Business"),
    "r4-us-spectrum-partial": _partial(_us("Spectrum Business")),
    "r4-uk-sky": _uk("Sky Business"),
    "r4-uk-sky-partial": _partial(_uk("Sky Business"), keep=2),
    "r4-us-windstream": _us("Windstream"),
    "r4-us-windstream-many": _us_partial("Windstream"),
    "r4-ca-bell": _ca_en("Bell Mobility"),
    "r4-ca-bell-partial": _partial(_ca_en("Bell Mobility"), keep=2),
    # round 6 (tests/loaforms/forms_round6.py): a UCaaS reseller's US LOA (partial: 14 numbers
    # over two columns of lines, the BTN leaves and a new one is named), a UK GNP LoA, an
    # Australian and a Dutch form, each full and partial
    "r6-us-ringlink": _us("Lumen Technologies"),
    "r6-us-ringlink-partial": _us_partial("Frontier Communications"),
    "r6-uk-gnp": _uk("BT Wholesale"),
    "r6-uk-gnp-partial": _partial(_uk("BT Wholesale"), keep=2),
    "r6-au-telstra": _au("Telstra"),
    "r6-au-telstra-partial": _partial(_au("Telstra")),
    "r6-nl-kpn": _nl("KPN"),
    "r6-nl-kpn-partial": _partial(_nl("KPN")),
    # round 6, second batch: a Québec company, an Irish one, Australian mobiles
    "r6-ca-videotron": _ca("Vidéotron"),
    "r6-ca-videotron-partial": _partial(_ca("Vidéotron")),
    "r6-ie-vodafone": _ie("Vodafone Ireland"),
    "r6-ie-vodafone-partial": _partial(_ie("Vodafone Ireland")),
    "r6-au-optus": _au_mobile("Optus"),
    "r6-au-optus-partial": _partial(_au_mobile("Optus")),
    # round 5 (tests/loaforms/forms_round5_*.py): AU, US, NL, ES, AT, FR; see cases_round5
    **ROUND5_CASES,
    # round 8 (tests/loaforms/forms_round8.py): US, CA, IE, DE; see cases_round8
    **ROUND8_CASES,
    # round 7 (tests/loaforms/forms_round7_*.py): US, US toll-free, CA, QC, GB, IE, DE
    **ROUND7_CASES,
    # round 9 (tests/loaforms/forms_round9_*.py, held back): US, US mobile, BC, NB, GB, IE, DE
    **ROUND9_CASES,
    # round 10 (tests/loaforms/forms_round10_*.py): US (ILEC, cable at home, toll-free, UCaaS),
    # BC, QC, GB, IE, DE; see cases_round10
    **ROUND10_CASES,
    # round 11 (tests/loaforms/forms_round11_*.py, held back): US (cooperative, cable at home,
    # UCaaS), MB, QC, GB, IE, DE; see cases_round11
    **ROUND11_CASES,
    # round 12 (tests/loaforms/forms_round12_*.py): BE (nl, fr), IT, ES, NL, DE, IE, GB, US
    # (wireless, ILEC), ON, QC; see cases_round12
    **ROUND12_CASES,
    # round 13 (tests/loaforms/forms_round13_*.py, held back): US (CLEC, a household and a law
    # firm with a numbers annex), NS, CH (fr), PT, SE, NZ, GB; see cases_round13
    **ROUND13_CASES,
    # round 14 (tests/loaforms/forms_round14_*.py): US, NZ, MX, SE, NB, ZA, BR, PL,
    # NO, CH, PT, SG; see cases_round14
    **ROUND14_CASES,
    # round 15 (tests/loaforms/forms_round15_*.py, held back): US (a rural telephone company's
    # clinic and household, a hosted-voice dental studio), DK, FI, CZ, LU, IN, PH; see
    # cases_round15
    **ROUND15_CASES,
    # round 16 (tests/loaforms/forms_round16_*.py): SK, NL, IT, HU, RO, FR,
    # ES, AT, AU, HK, IE, GB; see cases_round16
    **ROUND16_CASES,
    # round 17 (tests/loaforms/forms_round17_*.py, held back): US (a Columbus print shop), PR (a
    # San Juan bakery, a Carolina household), PE, DE, CO (a Medellín roaster and household), SI,
    # LT (a Vilnius company, a Kaunas household), IS; see cases_round17
    **ROUND17_CASES,
    # round 18 (tests/loaforms/forms_round18_*.py): US, NT, CL, HR, EE, LV, AR, MT,
    # KE, Wales, Ticino, PE; see cases_round18
    **ROUND18_CASES,
    # round 19 (tests/loaforms/forms_round19_*.py, held back): US (a Fort Stockton feed store, an
    # Alpine household), MB, DO (a hardware store, a household), UY (a winery's mobiles, a
    # household's), CY, LI, IM (a holiday-let company, a Ramsey household), MY; see cases_round19
    **ROUND19_CASES,
    # round 20 (tests/loaforms/forms_round20_*.py): US toll-free, SK, EC, TR, CR, JM, NG,
    # GG, PA, NL, VN, FO; see cases_round20
    **ROUND20_CASES,
    # round 21 (tests/loaforms/forms_round21_*.py, held back): US (a Lincoln City outfitter, a
    # Blodgett household), NS, Scotland (an Edinburgh cabinetmaker, a Glasgow household), QLD,
    # QC (a Limoilou bakery, a Montréal household), Bavaria, Andalusia (an olive-oil company, a
    # Seville household), TZ; see cases_round21
    **ROUND21_CASES,
    # round 22 (tests/loaforms/forms_round22_*.py): WA, YT, NI, Romandie, MC, SN-DE, GT, JE,
    # SR, AO, BM, SN; see cases_round22
    **ROUND22_CASES,
    # round 23 (tests/loaforms/forms_round23_*.py, held back): TX (a Caldwell feed store, a Snook
    # household), NB, Lower Saxony, Aruba (a Savaneta dive shop, a Noord household), Catalonia,
    # Madeira (a Funchal wine lodge, a Câmara de Lobos household), Lombardy, TT (a San Fernando
    # wholesaler, a Chaguanas household); see cases_round23
    **ROUND23_CASES,
    # round 24 (tests/loaforms/forms_round24_*.py): CO, SK, Lancashire, Brittany, Tyrol,
    # Hamburg, Valencia, PY, MZ, CV, CI, BB; see cases_round24
    **ROUND24_CASES,
    # round 25 (tests/loaforms/forms_round25_*.py, held back): AK (a Homer marine store, a
    # Fairbanks household), NL, Masovia (a Warsaw studio, an Otwock household), BG (a Sofia print
    # shop and household), Sicily (a Palermo focacceria, a Catania household), Friesland (a
    # Leeuwarden sailmaker, a Sneek household), Liège, BO (a La Paz importer, a Santa Cruz
    # household); see cases_round25
    **ROUND25_CASES,
    # round 26 (tests/loaforms/forms_round26_*.py): ID, PEI, Cornwall, Transylvania, Dalmatia,
    # Thessaly, HN, Bahia, GH, CM, Skåne, Moravia; see cases_round26
    **ROUND26_CASES,
    # round 27 (tests/loaforms/forms_round27_*.py, held back): VT (a Waitsfield maple
    # cooperative), AB (a Calgary clinic, an Edmonton household), Normandy, Galicia, Lapland,
    # Westphalia, Izmir and Crete (a business and a household each); see cases_round27
    **ROUND27_CASES,
    # round 28 (tests/loaforms/forms_round28_*.py): OK, SK, Yorkshire, Porto, Andalusia,
    # Tuscany, Provence, Zealand, UG, MG, Vestland, Hanoi; see cases_round28
    **ROUND28_CASES,
    # round 29 (tests/loaforms/forms_round29_*.py, held back): NL (a St. John's marine supplier,
    # a Bay Roberts household), KS (two businesses), Sardinia, Silesia (two businesses),
    # Transylvania, Plovdiv, Tyrol (two households) and Jutland (two businesses); see
    # cases_round29
    **ROUND29_CASES,
    # round 30 (tests/loaforms/forms_round30_*.py): AZ, Munster, Asturias, Lombardy, Moravia,
    # Varna, Kaunas, Gotland, Algarve, Alsace, Debrecen, Tartu; see cases_round30
    **ROUND30_CASES,
    # round 31 (tests/loaforms/forms_round31_*.py, held back): YT (a Whitehorse outfitter with a
    # PO box, a Dawson City household), MT (a Bozeman saddlery with a PIN and a PO box, a Helena
    # household), Friesland, Wallonia, Dalmatia (two businesses), Thessaly, Lapland and Košice
    # (two businesses); see cases_round31
    **ROUND31_CASES,
    # round 32 (tests/loaforms/forms_round32_*.py): OH, Gwynedd, Navarre, Piedmont, Carniola,
    # Courland, Trøndelag, Bohemia, Azores, Brittany, Bavaria, Malta; see cases_round32
    **ROUND32_CASES,
    # round 34 (tests/loaforms/forms_round34_*.py): Paraná, Mendoza, South Dakota, Vientiane,
    # Windhoek, Tasmania, Otago, Mauritius, Cebu, Belize, Fiji, Samoa; see cases_round34
    **ROUND34_CASES,
    # round 33 (tests/loaforms/forms_round33_*.py, held back): Minas Gerais, Apulia, Pomerania,
    # Vysočina (an OKU code), Kakheti (Georgian), DE, NU (a household's wireless PIN) and
    # Tasmania (thirty numbers); see cases_round33
    **ROUND33_CASES,
    # round 35 (tests/loaforms/forms_round35_*.py, open since its blind end score): West Virginia (twelve numbers, a
    # PIN), Gipuzkoa, Carinthia, Corsica, Åland, Western Australia (a business partial port),
    # Drenthe and Shirak (Armenian); see cases_round35
    **ROUND35_CASES,
    # round 36 (tests/loaforms/forms_round36_*.py, held back): Nebraska (a PIN), Andorra,
    # Parma (seven numbers; a business partial port), New Mexico, Subcarpathia, Funen, Kentucky
    # and Imereti (Georgian); see cases_round36
    **ROUND36_CASES,
    # round 37 (tests/loaforms/forms_round37_*.py, held back): Gozo (Maltese), Wyoming, Haifa
    # (Hebrew), North Ostrobothnia, Maramureș (seven numbers, a PIN), Utah (a PIN), Banská
    # Bystrica and the Northern Territory; see cases_round37
    **ROUND37_CASES,
    # round 38 (tests/loaforms/forms_round38_*.py, held back): Shkodër (Albanian, ten-digit
    # accounts for its comb), Nunavik (syllabics), Gauteng, Vorarlberg, Bizkaia (six numbers
    # into ten rows), Gibraltar, Nuuk and Iowa; see cases_round38
    **ROUND38_CASES,
    # round 39 (tests/loaforms/forms_round39_*.py, held back): Graubünden (Romansh), Souss-Massa
    # (Tifinagh), Maine, Veneto, Saarland (a PIN), Tairāwhiti, the Canary Islands and Hainaut;
    # see cases_round39
    **ROUND39_CASES,
}
