"""Round 16's port cases (tests/loaforms/forms_round16_*.py): customers in Canada
(Saskatchewan, Newfoundland and Labrador), Italy, Hungary, Romania, France, Spain, Austria,
Australia, Hong Kong, Ireland and the United Kingdom. Each form has two: one account porting all
of several numbers (a full port) and one porting some of its numbers while others stay with the
current carrier (a partial port).

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX, ACMA's 02 5550 xxxx, Ofcom's 020 7946 0XXX); elsewhere made-up lines that are valid
numbers of the country.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial
from tests.loaforms.cases_round14 import _addr, _home

_SK = _case("Prairie Ridge Veterinary Clinic Ltd.", "Dana Kowalchuk", "Clinic Manager",
            "4410 228 917", "SaskTel", [f"+1306555{n:04d}" for n in range(140, 148)],
            _addr("2155 Albert Street", "Regina", "SK", "S4P 2V1", "CA"),
            "+13065550199", "dana@prairieridgevet.ca", "2027-08-02")
_SK_PARTIAL = _case("Wascana Grain Handlers Inc.", "Tyler Fehr", "Office Manager",
                    "4410 771 302", "SaskTel", [f"+1639555{n:04d}" for n in range(160, 171)],
                    _addr("410 Industrial Drive", "Saskatoon", "SK", "S7K 3T3", "CA", "Bay 4"),
                    "+16395550179", "tfehr@wascanagrain.ca", "2027-08-04")
_NL = _case("Signal Hill Marine Services Inc.", "Colleen Power", "Operations Manager",
            "88-20417-339", "Bell Aliant", [f"+1709555{n:04d}" for n in range(120, 127)],
            _addr("75 Harbour Drive", "St. John's", "NL", "A1C 6K3", "CA", "Unit 2"),
            "+17095550199", "cpower@signalhillmarine.ca", "2027-08-09")
_NL_PARTIAL = _home(_case("Brendan Keough", "Brendan Keough", "", "88-31150-042", "Rogers",
                          [f"+1709555{n:04d}" for n in range(150, 154)],
                          _addr("19 Elizabeth Drive", "Gander", "NL", "A1V 1H6", "CA"),
                          "+17095550158", "bkeough@nl.rogers.com", "2027-08-11"))
_IT = _case("Studio Legale Ferraris & Associati", "Alessandra Ferraris", "Legale rappresentante",
            "888012734451", "TIM", [f"+39011555{n:04d}" for n in range(140, 148)],
            _addr("Corso Vittorio Emanuele II 96", "Torino", "TO", "10121", "IT"),
            "+390115550199", "a.ferraris@studioferraris.it", "2027-08-16")
_IT_PARTIAL = _case("Trattoria Da Gino di Gino Rossi", "Gino Rossi", "Titolare",
                    "7.1182044", "Fastweb", [f"+39051555{n:04d}" for n in range(170, 176)],
                    _addr("Via del Pratello 41", "Bologna", "BO", "40122", "IT"),
                    "+393355501234", "info@trattoriadagino.it", "2027-08-18")
_HU = _case("Duna Könyvelő Iroda Kft.", "Kovács Eszter", "ügyvezető", "1-2204-7781",
            "Magyar Telekom Nyrt.", [f"+361555{n:04d}" for n in range(140, 149)],
            _addr("Október 6. utca 12.", "Budapest", "", "1051", "HU"),
            "+3615550199", "kovacs.eszter@dunakonyvelo.hu", "2027-08-23")
_HU_PARTIAL = _case("Tisza-parti Fogászati Bt.", "Szabó Gergely", "beltag", "40021-88734",
                    "DIGI Távközlési Kft.", [f"+3662555{n:03d}" for n in range(170, 177)],
                    _addr("Tisza Lajos körút 58.", "Szeged", "", "6720", "HU"),
                    "+36205550140", "rendeles@tiszafog.hu", "2027-08-25")
_RO = _case("Atelierul de Arhitectură Someș SRL", "Ioana Mureșan", "Administrator",
            "CL-4471-0918", "Orange Romania Communications",
            [f"+40264555{n:03d}" for n in range(140, 148)],
            _addr("Str. Memorandumului nr. 28", "Cluj-Napoca", "Cluj", "400114", "RO"),
            "+40264555199", "ioana.muresan@arhitectura-somes.ro", "2027-09-06")
_RO_PARTIAL = _case("Cabinet Medical Dr. Stoica SRL", "Radu Stoica", "Administrator",
                    "RDS-0099-271-4", "RCS & RDS", [f"+4021555{n:04d}" for n in range(170, 177)],
                    _addr("Bd. Lacul Tei 72", "București", "Sector 2", "020371", "RO"),
                    "+40744555140", "contact@cabinetstoica.ro", "2027-09-08")
_FR = _case("Cabinet Vétérinaire des Chartrons SELARL", "Hélène Fabre", "Gérante",
            "0147 2251 88", "Orange", [f"+33556550{n}" for n in range(140, 149)],
            _addr("41 quai des Chartrons", "Bordeaux", "", "33000", "FR"),
            "+33556550199", "h.fabre@veto-chartrons.fr", "2027-09-13")
_FR_PARTIAL = _case("Boulangerie Kerjean", "Yann Kerjean", "Gérant", "SFR-7712-40931",
                    "SFR Business", [f"+33299550{n}" for n in range(170, 175)],
                    _addr("12 rue de Saint-Malo", "Rennes", "", "35000", "FR"),
                    "+33299550179", "contact@boulangerie-kerjean.fr", "2027-09-15")
_ES = _case("Clínica Dental Sagrada Família S.L.P.", "Montserrat Puig Vidal", "Administradora",
            "ES-2219-8840-31", "Movistar", [f"+34935550{n}" for n in range(140, 149)],
            _addr("Carrer de Mallorca 401", "Barcelona", "Barcelona", "08013", "ES"),
            "+34935550199", "mpuig@dentalsagradafamilia.es", "2027-09-20")
_ES_PARTIAL = _case("Asesoría Fiscal Guadalquivir S.L.", "Javier Romero Castaño", "Gerente",
                    "9.022.781.4", "Vodafone España", [f"+34954550{n}" for n in range(170, 176)],
                    _addr("Avenida de la Constitución 18", "Sevilla", "Sevilla", "41004", "ES",
                          "3.º B"),
                    "+34655550140", "jromero@asesoriaguadalquivir.es", "2027-09-22")
_AT = _case("Tischlerei Huber & Söhne GmbH", "Martin Huber", "Geschäftsführer",
            "A1-5520-77140", "A1 Telekom Austria", [f"+43316555{n:04d}" for n in range(140, 148)],
            _addr("Kärntner Straße 214", "Graz", "", "8053", "AT"),
            "+433165550199", "m.huber@tischlerei-huber.at", "2027-09-27")
_AT_PARTIAL = _case("Ordination Dr. Gruber", "Elisabeth Gruber", "Inhaberin", "88 1204 7731",
                    "Magenta Telekom", [f"+431555{n:04d}" for n in range(170, 177)],
                    _addr("Alser Straße 25", "Wien", "", "1080", "AT"),
                    "+4315550179", "ordination@dr-gruber.at", "2027-09-29")
_AU = _case("Bondi Junction Physiotherapy Pty Ltd", "Sarah O'Connell", "Practice Manager",
            "7004 118 229", "Telstra", [f"+612555012{n:02d}" for n in range(40, 50)],
            _addr("Level 2, 87 Oxford Street", "Bondi Junction", "NSW", "2022", "AU"),
            "+61255501299", "sarah@bjphysio.com.au", "2027-10-04")
_AU_PARTIAL = _case("Fitzroy Bicycle Co. Pty Ltd", "Luca Bianchi", "Director", "3311 904 557",
                    "Optus", [f"+613555012{n:02d}" for n in range(30, 37)],
                    _addr("215 Brunswick Street", "Fitzroy", "VIC", "3065", "AU"),
                    "+61355501299", "luca@fitzroybicycle.com.au", "2027-10-06")
_HK = _case("Kwong Lee Trading Company Limited", "Wong Ka Yan", "Office Manager",
            "8820-4471-09", "PCCW-HKT", [f"+8522555{n:04d}" for n in range(140, 148)],
            _addr("Room 1203, 12/F, Wing On Centre", "Sheung Wan", "", "", "HK",
                  "111 Connaught Road Central"),
            "+85225550199", "kayan.wong@kwonglee.com.hk", "2027-10-11")
_HK_PARTIAL = _case("Golden Harbour Dental Centre Limited", "Leung Wai Kit", "Director",
                    "HGC-30917-22", "HGC Global Communications",
                    [f"+8523755{n:04d}" for n in range(170, 176)],
                    _addr("Shop 5, G/F, Harbour View Mansion", "Tsim Sha Tsui", "", "", "HK",
                          "28 Hankow Road"),
                    "+85237550199", "reception@goldenharbourdental.hk", "2027-10-13")
_IE = _case("Lough Mahon Veterinary Hospital Ltd", "Aoife Murphy", "Hospital Manager",
            "EIR-4410-88213", "eir", [f"+35321555{n:04d}" for n in range(140, 148)],
            _addr("Unit 7, Mahon Industrial Estate", "Cork", "Cork", "T12 X2C4", "IE"),
            "+353215550199", "aoife@loughmahonvets.ie", "2027-10-18")
_IE_PARTIAL = _case("Nolan & Byrne Solicitors LLP", "Ciarán Nolan", "Partner",
                    "VF-77120-3348", "Vodafone Ireland",
                    [f"+3531555{n:04d}" for n in range(170, 177)],
                    _addr("42 Fitzwilliam Square", "Dublin 2", "Dublin", "D02 XY45", "IE"),
                    "+35315550179", "cnolan@nolanbyrne.ie", "2027-10-20")
_UK = _case("Southwark Lettings & Property Ltd", "Priya Raman", "Operations Director",
            "BT 7720 1184 55", "BT", [f"+44207946{n:04d}" for n in range(140, 154)],
            _addr("Unit 3, 18 Union Street", "London", "", "SE1 1SZ", "GB"),
            "+442079460199", "priya.raman@southwarklettings.co.uk", "2027-10-25")
_UK_PARTIAL = _case("Ancoats Coffee Roasters Ltd", "Tom Whitworth", "Managing Director",
                    "VMB-4471-2290", "Virgin Media Business",
                    [f"+44161496{n:04d}" for n in range(170, 179)],
                    _addr("Cotton Mill Yard, 9 Blossom Street", "Manchester", "", "M4 6AJ",
                          "GB"),
                    "+441614960199", "tom@ancoatscoffee.co.uk", "2027-10-27")

ROUND16_CASES: dict[str, dict[str, Any]] = {
    "r16-sk": _SK,
    "r16-sk-partial": _partial(_SK_PARTIAL, [], keep=3),
    "r16-nl": _NL,
    "r16-nl-partial": _partial(_NL_PARTIAL, [], keep=1),
    "r16-it": _IT,
    "r16-it-partial": _partial(_IT_PARTIAL, [], keep=2),
    "r16-hu": _HU,
    "r16-hu-partial": _partial(_HU_PARTIAL, [], keep=2),
    "r16-ro": _RO,
    "r16-ro-partial": _partial(_RO_PARTIAL, [], keep=2),
    "r16-fr": _FR,
    "r16-fr-partial": _partial(_FR_PARTIAL, [], keep=2),
    "r16-es": _ES,
    "r16-es-partial": _partial(_ES_PARTIAL, [], keep=2),
    "r16-at": _AT,
    "r16-at-partial": _partial(_AT_PARTIAL, [], keep=2),
    "r16-au": _AU,
    "r16-au-partial": _partial(_AU_PARTIAL, [], keep=2),
    "r16-hk": _HK,
    "r16-hk-partial": _partial(_HK_PARTIAL, [], keep=2),
    "r16-ie": _IE,
    "r16-ie-partial": _partial(_IE_PARTIAL, [], keep=2),
    "r16-uk": _UK,
    "r16-uk-partial": _partial(_UK_PARTIAL, [], keep=3),
}
