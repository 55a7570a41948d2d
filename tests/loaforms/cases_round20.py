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

ROUND20_CASES: dict[str, dict[str, Any]] = {
    "r20-tf": _TF,
    "r20-tf-partial": _partial(_TF_PARTIAL, [], keep=3),
    "r20-sk": _SK,
    "r20-sk-partial": _partial(_SK_PARTIAL, [], keep=1),
    "r20-ec": _EC,
    "r20-ec-partial": _partial(_EC_PARTIAL, [], keep=2),
    "r20-tr": _TR,
    "r20-tr-partial": _partial(_TR_PARTIAL, [], keep=2),
}
