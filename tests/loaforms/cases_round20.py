"""Round 20's port cases (tests/loaforms/forms_round20_*.py): customers of a US toll-free
provider, and in Saskatchewan, Ecuador, Turkey, Costa Rica, Jamaica, Nigeria, Guernsey, Panama,
Newfoundland and Labrador, Vietnam and the Faroe Islands. Each form has two: one account porting
all of several numbers (a full port) and one porting some of its numbers while others stay with
the current carrier (a partial port).

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX, toll-free 8XX-555-01XX); elsewhere made-up lines that are valid numbers of the country.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial
from tests.loaforms.cases_round14 import _addr, _home

_TF = _case("Lakeshore Home Warranty Corp.", "Dana Whitfield", "VP, Customer Operations",
            "TF-88120447", "AT&T", [f"+1833555{n:04d}" for n in range(140, 154)],
            _addr("1900 W Lawrence Ave", "Chicago", "IL", "60640", "US", "Suite 410"),
            "+13125550199", "dwhitfield@lakeshorewarranty.com", "2028-04-03")
_TF_PARTIAL = _case("Gulf Coast Pet Pharmacy LLC", "Marcus Delacroix", "Director of IT",
                    "4471-220-918", "Lumen Technologies",
                    [f"+1888555{n:04d}" for n in range(160, 171)],
                    _addr("8800 Westheimer Rd", "Houston", "TX", "77063", "US"),
                    "+17135550179", "mdelacroix@gulfcoastpetrx.com", "2028-04-05")
_SK = _case("Wascana Physiotherapy Ltd.", "Krista Bouchard", "Clinic Director",
            "306-4471-8820", "SaskTel", [f"+1306555{n:04d}" for n in range(140, 148)],
            _addr("2310 Albert Street", "Regina", "SK", "S4P 2V9", "CA"),
            "+13065550199", "krista@wascanaphysio.ca", "2028-04-10")
_SK_PARTIAL = _home(_case("Eldon Yaremko", "Eldon Yaremko", "", "306-7712-0094", "SaskTel",
                          [f"+1306555{n:04d}" for n in range(170, 174)],
                          _addr("114 Main Street", "Humboldt", "SK", "S0K 2A0", "CA"),
                          "+13065550179", "eyaremko@sasktel.net", "2028-04-12"))
_EC = _case("Importadora Cotopaxi Cía. Ltda.", "María Fernanda Paredes Vega", "Gerente general",
            "CNT-1104478201", "CNT EP", [f"+5932255{n:04d}" for n in range(5140, 5148)],
            _addr("Av. Amazonas N34-451 y Av. Atahualpa, Oficina 702", "Quito", "Pichincha", "",
                  "EC"),
            "+593995550140", "mfparedes@importadoracotopaxi.ec", "2028-04-17")
_EC_PARTIAL = _case("Laboratorio Clínico Malecón S.A.", "Jorge Andrés Cedeño Mora",
                    "Representante legal", "0912277045-01", "CNT EP",
                    [f"+5934255{n:04d}" for n in range(5170, 5176)],
                    _addr("Av. 9 de Octubre 1214 y Av. Quito", "Guayaquil", "Guayas", "", "EC"),
                    "+593985550177", "jcedeno@labmalecon.ec", "2028-04-19")
_TR = _case("Moda Mimarlık Ltd. Şti.", "Elif Yıldırım", "Şirket Müdürü", "2165550140-01",
            "Türk Telekomünikasyon A.Ş.", [f"+90216555{n:04d}" for n in range(140, 150)],
            _addr("Caferağa Mah. Moda Cad. No: 112 D: 4", "Kadıköy", "İstanbul", "34710", "TR"),
            "+905325550140", "elif.yildirim@modamimarlik.com.tr", "2028-04-24")
_TR_PARTIAL = _case("Çankaya Diş Polikliniği A.Ş.", "Mehmet Öztürk", "Yönetim Kurulu Başkanı",
                    "SO-77120934", "Superonline İletişim Hizmetleri A.Ş.",
                    [f"+90312555{n:04d}" for n in range(170, 178)],
                    _addr("Kızılay Mah. Atatürk Blv. No: 131 D: 9", "Çankaya", "Ankara", "06420",
                          "TR"),
                    "+905055550177", "mehmet.ozturk@cankayadis.com.tr", "2028-04-26")

_CR = _case("Soluciones Contables Escazú S.A.", "Laura Jiménez Solís", "Gerente general",
            "CR-4471-0921", "Instituto Costarricense de Electricidad (ICE)",
            [f"+5062255{n:04d}" for n in range(5140, 5149)],
            _addr("Avenida 2, calles 5 y 7, Edificio Plaza, piso 3", "San José", "San José", "",
                  "CR"),
            "+50688555140", "ljimenez@contablesescazu.cr", "2028-05-01")
_CR_PARTIAL = _case("Hotel Brisas del Pacífico S.A.", "Andrés Vargas Rojas", "Apoderado",
                    "ICE-7712-0094", "Instituto Costarricense de Electricidad (ICE)",
                    [f"+5062653{n:04d}" for n in range(5170, 5177)],
                    _addr("Playa Tamarindo, 300 m sur del Banco Nacional", "Santa Cruz",
                          "Guanacaste", "", "CR"),
                    "+50688555177", "reservas@brisasdelpacifico.cr", "2028-05-03")
_JM = _case("Blue Mountain Coffee Traders Ltd.", "Andrea Campbell", "Operations Manager",
            "1047720931", "Digicel Jamaica", [f"+1876555{n:04d}" for n in range(140, 149)],
            _addr("22 Trafalgar Road", "Kingston 10", "St. Andrew", "", "JM"),
            "+18765550199", "acampbell@bmcoffeetraders.com.jm", "2028-05-08")
_JM_PARTIAL = _case("Montego Bay Dive Shop Ltd.", "Desmond Brown", "Managing Director",
                    "2209471183", "FLOW Jamaica", [f"+1876555{n:04d}" for n in range(170, 177)],
                    _addr("Gloucester Avenue", "Montego Bay", "St. James", "", "JM"),
                    "+18765550179", "desmond@mobaydive.com", "2028-05-10")
_NG = _case("Lekki Logistics Nigeria Limited", "Adaeze Okonkwo", "Director", "MTN-CORP-0047712",
            "MTN Nigeria Communications PLC", [f"+234803555{n:04d}" for n in range(140, 154)],
            _addr("14 Admiralty Way, Lekki Phase 1", "Lekki", "Lagos", "", "NG"),
            "+2348035550199", "adaeze@lekkilogistics.ng", "2028-05-15")
_NG_PARTIAL = _case("Kano Agro Commodities Ltd", "Ibrahim Sani Bello", "Director",
                    "ANG-CORP-221094", "Airtel Networks Limited",
                    [f"+234802555{n:04d}" for n in range(170, 180)],
                    _addr("27 Murtala Mohammed Way", "Kano", "Kano", "", "NG"),
                    "+2348025550199", "ibrahim.bello@kanoagro.ng", "2028-05-17")
_GG = _case("Havelet Marine Services Ltd", "Rachel Le Page", "Director", "SU-4471-0921",
            "Sure (Guernsey) Limited", [f"+441481555{n:03d}" for n in range(140, 148)],
            _addr("12 Le Pollet", "St Peter Port", "", "GY1 1WQ", "GG"),
            "+441481555199", "rachel@haveletmarine.gg", "2028-05-22")
_GG_PARTIAL = _case("Roberts & Ozanne Advocates", "Timothy Ozanne", "Partner", "JT-2209-4471",
                    "JT (Guernsey) Limited", [f"+441481555{n:03d}" for n in range(170, 176)],
                    _addr("La Route de la Haye du Puits", "Castel", "", "GY5 7DT", "GG"),
                    "+441481555179", "tozanne@robertsozanne.gg", "2028-05-24")

_PA = _case("Inversiones Casco Viejo, S.A.", "Gabriela Arosemena", "Gerente General",
            "CW-88120447", "Cable & Wireless Panamá, S.A.",
            [f"+507390{n:04d}" for n in range(5140, 5149)],
            _addr("Calle 50 y Calle 53 Este, Edificio Plaza Obarrio, Oficina 4B", "Panamá",
                  "Panamá", "", "PA"),
            "+50766555140", "garosemena@cascoviejo.com.pa", "2028-06-05")
_PA_PARTIAL = _case("Ferretería Chiricana, S.A.", "Luis Samudio", "Presidente", "CL-2209-4471",
                    "Claro Panamá, S.A.", [f"+507775{n:04d}" for n in range(5170, 5177)],
                    _addr("Avenida Obaldía, frente al Parque Cervantes", "David", "Chiriquí",
                          "", "PA"),
                    "+50766555177", "lsamudio@ferreteriachiricana.com.pa", "2028-06-07")
_NL = _case("Harbourside Marine Supply Ltd.", "Siobhan Power", "Office Manager", "709-4471-2200",
            "Bell Aliant", [f"+1709555{n:04d}" for n in range(140, 152)],
            _addr("45 Harbour Drive", "St. John's", "NL", "A1C 5M2", "CA"),
            "+17095550199", "spower@harboursidemarine.ca", "2028-06-12")
_NL_PARTIAL = _partial(_case("Labrador Outfitters Inc.", "Gerald Rumbolt", "Owner",
                             "709-2209-3318", "Bell Aliant",
                             [f"+1709555{n:04d}" for n in range(170, 176)],
                             _addr("12 Hamilton River Road", "Happy Valley-Goose Bay", "NL",
                                   "A0P 1E0", "CA"),
                             "+17095550179", "gerald@labradoroutfitters.ca", "2028-06-14"),
                       [], keep=2)
_NL_PARTIAL["new_btn"] = _NL_PARTIAL["remaining_numbers"][0]  # the BTN ports: a new one stays
_VN = _case("Công ty TNHH Thiết kế Sài Gòn Xanh", "Nguyễn Thị Lan Anh", "Giám đốc",
            "VTL-7712044", "Viettel", [f"+84983555{n:03d}" for n in range(140, 149)],
            _addr("72 Lê Thánh Tôn, Phường Bến Nghé", "Quận 1", "TP. Hồ Chí Minh", "", "VN"),
            "+84903555140", "lananh@saigonxanh.vn", "2028-06-19")
_VN_PARTIAL = _case("Công ty Cổ phần Du lịch Hạ Long Xanh", "Trần Văn Minh", "Phó Giám đốc",
                    "VNP-2209447", "VinaPhone", [f"+84912555{n:03d}" for n in range(170, 177)],
                    _addr("25 Hạ Long, Phường Bãi Cháy", "TP. Hạ Long", "Quảng Ninh", "", "VN"),
                    "+84903555177", "minh.tran@halongxanh.vn", "2028-06-21")
_FO = _case("Vágsbotn Handil P/F", "Jóhanna Joensen", "Stjóri", "FT-4471092", "Føroya Tele",
            [f"+298{n}" for n in range(315140, 315149)],
            _addr("Áarvegur 12", "Tórshavn", "", "100", "FO"),
            "+298555140", "johanna@vagsbotnhandil.fo", "2028-06-26")
_FO_PARTIAL = _case("Klaksvíkar Fiskavirki Sp/f", "Rógvi Jacobsen", "Nevndarformaður",
                    "HEY-2209447", "Hey", [f"+298{n}" for n in range(455170, 455177)],
                    _addr("Biskupsstøðgøta 8", "Klaksvík", "", "700", "FO"),
                    "+298555177", "rogvi@fiskavirki.fo", "2028-06-28")

ROUND20_CASES: dict[str, dict[str, Any]] = {
    "r20-tf": _TF,
    "r20-tf-partial": _partial(_TF_PARTIAL, [], keep=3),
    "r20-sk": _SK,
    "r20-sk-partial": _partial(_SK_PARTIAL, [], keep=1),
    "r20-ec": _EC,
    "r20-ec-partial": _partial(_EC_PARTIAL, [], keep=2),
    "r20-tr": _TR,
    "r20-tr-partial": _partial(_TR_PARTIAL, [], keep=2),
    "r20-cr": _CR,
    "r20-cr-partial": _partial(_CR_PARTIAL, [], keep=2),
    "r20-jm": _JM,
    "r20-jm-partial": _partial(_JM_PARTIAL, [], keep=2),
    "r20-ng": _NG,
    "r20-ng-partial": _partial(_NG_PARTIAL, [], keep=3),
    "r20-gg": _GG,
    "r20-gg-partial": _partial(_GG_PARTIAL, [], keep=2),
    "r20-pa": _PA,
    "r20-pa-partial": _partial(_PA_PARTIAL, [], keep=2),
    "r20-nl": _NL,
    "r20-nl-partial": _NL_PARTIAL,
    "r20-vn": _VN,
    "r20-vn-partial": _partial(_VN_PARTIAL, [], keep=2),
    "r20-fo": _FO,
    "r20-fo-partial": _partial(_FO_PARTIAL, [], keep=2),
}
