"""Round 14's port cases (tests/loaforms/forms_round14_*.py): customers in the US, New Zealand,
Mexico, Sweden, Canada (New Brunswick), South Africa, Brazil, Poland, Norway, Switzerland,
Portugal and Singapore; each form has one business porting many numbers (most of them keeping a few
with the current carrier) and one small account (a single line, or two).

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX); elsewhere made-up lines that are valid numbers of the country.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial


def _addr(line1: str, city: str, state: str, postal: str, country: str,
          line2: str = "") -> dict[str, str]:
    return {"line1": line1, "line2": line2, "city": city, "state": state, "postal_code": postal,
            "country": country}


def _home(case: dict[str, Any]) -> dict[str, Any]:
    """A residential account: the account holder signs for themself, with no title."""
    return {**case, "customer_type": "residential", "authorized_title": ""}


_US = _case("Allegheny Riverfront Dental Group PC", "Marisol Kowalczyk", "Practice Administrator",
            "412-770-3318-004", "Verizon Pennsylvania", [f"+1412555{n:04d}" for n in range(110, 128)],
            _addr("600 Grant St", "Pittsburgh", "PA", "15219", "US", "Suite 2210"),
            "+14125550199", "mkowalczyk@arfdental.com", "2027-05-10")
_US["pin"] = "7741"
_US_SMALL = _case("Szabo Shoe Repair", "Bela Szabo", "Owner", "412-881-2209-117",
                  "Verizon Pennsylvania", ["+14125550131"],
                  _addr("1907 E Carson St", "Pittsburgh", "PA", "15203", "US"),
                  "+14125550138", "bela@szaboshoes.com", "2027-05-12")
_NZ = _case("Ponsonby Physiotherapy Limited", "Hemi Walker", "Clinic Manager", "8830 41172",
            "Spark Business", [f"+649360{n:04d}" for n in range(1200, 1220)],
            _addr("212 Ponsonby Road", "Auckland", "", "1011", "NZ"),
            "+6493601299", "hemi@ponsonbyphysio.co.nz", "2027-05-17")
_NZ_SMALL = _home(_case("Aroha Ngata", "Aroha Ngata", "", "5512 70394", "One NZ",
                        ["+6494451187"], _addr("14 Rata Street", "Auckland", "", "0600", "NZ"),
                        "+64211554420", "aroha.ngata@xtra.co.nz", "2027-05-19"))
_MX = _case("Laboratorio Clínico Álamo S.A. de C.V.", "Rodrigo Garza Villarreal",
            "Representante legal", "CT-0045-882-19", "Telmex",
            [f"+52555501{n:04d}" for n in range(2340, 2353)],
            _addr("Av. Álvaro Obregón 184", "Cuauhtémoc", "CDMX", "06700", "MX"),
            "+525555012399", "rgarza@laboratorioalamo.mx", "2027-05-24")
_MX["pin"] = "4817"
_MX_SMALL = _home(_case("Guadalupe Ortiz Rangel", "Guadalupe Ortiz Rangel", "", "CT-7712-004-88",
                        "Megacable", ["+525556781290"],
                        _addr("Calle Pitágoras 1021", "Benito Juárez", "CDMX", "03100", "MX"),
                        "+525556781290", "lupita.ortiz@correo.mx", "2027-05-26"))
_MX_SMALL["pin"] = "2095"
_SE = _case("Södermalms Redovisningsbyrå AB", "Annika Lindqvist", "VD", "7720 118 443",
            "Telia Sverige", [f"+46855501{n:03d}" for n in range(200, 212)],
            _addr("Götgatan 78", "Stockholm", "", "118 30", "SE"),
            "+46855501299", "annika@sodermalmsredovisning.se", "2027-05-31")
_SE_SMALL = _case("Café Lingon HB", "Oskar Berg", "Delägare", "6612 904 210", "Tele2",
                  ["+46855501410", "+46855501411", "+46855501412"],
                  _addr("Skånegatan 51", "Stockholm", "", "116 37", "SE"),
                  "+46855501419", "oskar@cafelingon.se", "2027-06-02")

_NB = _case("Shediac Bay Seafood Traders Ltd.", "Mathieu Cormier", "General Manager",
            "8812 4470 051", "Bell Aliant", [f"+1506555{n:04d}" for n in range(140, 161)],
            _addr("1140 Main Street", "Moncton", "NB", "E1C 1H8", "CA", "Unit 3"),
            "+15065550199", "mcormier@shediacbayseafood.ca", "2027-06-07")
_NB_SMALL = _home(_case("Geneviève LeBlanc", "Geneviève LeBlanc", "", "5520 1187 204",
                        "Rogers", ["+15065550177"],
                        _addr("88 rue Champlain", "Dieppe", "NB", "E1A 1N4", "CA"),
                        "+15065550178", "gen.leblanc@rogers.com", "2027-06-09"))
_ZA = _case("Bo-Kaap Spice Merchants (Pty) Ltd", "Naeem Abrahams", "Financial Director",
            "TK-55019-2281", "Telkom", [f"+2721555{n:04d}" for n in range(140, 153)],
            _addr("71 Wale Street", "Cape Town", "Western Cape", "8001", "ZA"),
            "+27215550199", "naeem@bokaapspice.co.za", "2027-06-14")
_ZA_SMALL = _case("Mokoena Plumbing CC", "Thandi Mokoena", "Member", "TK-88120-0473", "Telkom",
                  ["+27215550171", "+27215550172"],
                  _addr("9 Voortrekker Road", "Bellville", "Western Cape", "7530", "ZA"),
                  "+27825550141", "thandi@mokoenaplumbing.co.za", "2027-06-16")
_BR = _case("Escritório Contábil Vila Mariana Ltda.", "Luciana Ferreira Campos", "Sócia-diretora",
            "6004-118832-1", "Vivo", [f"+55113355{n:04d}" for n in range(140, 162)],
            _addr("Rua Domingos de Morais 2187", "São Paulo", "SP", "04035-000", "BR", "Conj. 42"),
            "+551133550199", "luciana@contabilvilamariana.com.br", "2027-06-21")
_BR_SMALL = _home(_case("Antônio Carlos Ribeiro", "Antônio Carlos Ribeiro", "", "7710-004512-9",
                        "Claro", ["+551133550177"],
                        _addr("Rua Vergueiro 3320", "São Paulo", "SP", "04102-001", "BR",
                              "Apto 81"),
                        "+5511955501234", "acribeiro@uol.com.br", "2027-06-23"))
_PL = _case("Biuro Rachunkowe Wielkopolska Sp. z o.o.", "Małgorzata Wiśniewska", "Prezes Zarządu",
            "K-2281-40917", "Orange Polska", [f"+4861555{n:04d}" for n in range(140, 153)],
            _addr("ul. Święty Marcin 29", "Poznań", "", "61-806", "PL"),
            "+48615550199", "m.wisniewska@br-wielkopolska.pl", "2027-06-28")
_PL_SMALL = _home(_case("Zbigniew Kołodziej", "Zbigniew Kołodziej", "", "K-7730-11802",
                        "Netia", ["+48615550177"],
                        _addr("ul. Głogowska 104 m. 7", "Poznań", "", "60-263", "PL"),
                        "+48601555012", "z.kolodziej@wp.pl", "2027-06-30"))
_NO = _case("Bryggen Arkitektkontor AS", "Sigrid Haugland", "Daglig leder", "7012 4419 883",
            "Telenor Norge", [f"+47555501{n:02d}" for n in range(40, 55)],
            _addr("Øvregaten 23", "Bergen", "", "5003", "NO"),
            "+4755550199", "sigrid@bryggenarkitekt.no", "2027-07-05")
_NO_SMALL = _home(_case("Ingrid Solheim", "Ingrid Solheim", "", "7019 0042 117", "Telia Norge",
                        ["+4755550177"], _addr("Kalfarveien 61", "Bergen", "", "5018", "NO"),
                        "+4791555012", "ingrid.solheim@online.no", "2027-07-07"))
_CH = _case("Treuhand Seefeld GmbH", "Beat Zimmermann", "Geschäftsführer", "1-88420-117",
            "Swisscom (Schweiz) AG", [f"+41445550{n}" for n in range(140, 152)],
            _addr("Seefeldstrasse 123", "Zürich", "", "8008", "CH"),
            "+41445550199", "b.zimmermann@treuhand-seefeld.ch", "2027-07-12")
_CH_SMALL = _case("Velo Kuster", "Reto Kuster", "Inhaber", "1-90311-482", "Sunrise GmbH",
                  ["+41445550171", "+41445550172"],
                  _addr("Badenerstrasse 301", "Zürich", "", "8003", "CH"),
                  "+41795550123", "reto@velokuster.ch", "2027-07-14")
_PT = _case("Farmácia Boavista, Lda.", "Inês Carvalho Moreira", "Gerente", "2019 4471 0082",
            "MEO", [f"+351225550{n}" for n in range(140, 154)],
            _addr("Avenida da Boavista 1427", "Porto", "", "4100-130", "PT"),
            "+351225550199", "ines.moreira@farmaciaboavista.pt", "2027-07-19")
_PT_SMALL = _home(_case("Joaquim Ferreira Lopes", "Joaquim Ferreira Lopes", "", "2020 8813 4410",
                        "NOS", ["+351225550177"],
                        _addr("Rua de Cedofeita 512, 2.º esq.", "Porto", "", "4050-174", "PT"),
                        "+351912555012", "joaquim.lopes@sapo.pt", "2027-07-21"))
_SG = _case("Tanjong Pagar Family Clinic Pte. Ltd.", "Lim Wei Ling", "Clinic Director",
            "1.0044.8812", "Singtel", [f"+656255{n:04d}" for n in range(140, 156)],
            _addr("10 Anson Road", "Singapore", "", "079903", "SG", "#05-12"),
            "+6562550199", "weiling.lim@tpfamilyclinic.sg", "2027-07-26")
_SG_SMALL = _case("Ah Seng Provision Shop", "Tan Ah Seng", "Sole Proprietor", "1.0092.4417",
                  "StarHub", ["+6567550177"],
                  _addr("Blk 85 Redhill Lane", "Singapore", "", "150085", "SG", "#01-34"),
                  "+6591555012", "ahseng.provision@gmail.com", "2027-07-28")

ROUND14_CASES: dict[str, dict[str, Any]] = {
    "r14-us-clec": {**_partial(_US, [], keep=2), "new_btn": "+14125550126"},
    "r14-us-clec-small": _US_SMALL,
    "r14-nz": _partial(_NZ, [], keep=3),
    "r14-nz-small": _NZ_SMALL,
    "r14-mx": _partial(_MX, [], keep=2),
    "r14-mx-small": _MX_SMALL,
    "r14-se": _SE,
    "r14-se-small": _partial(_SE_SMALL, [], keep=1),
    "r14-nb": _partial(_NB, [], keep=3),
    "r14-nb-small": _NB_SMALL,
    "r14-za": _partial(_ZA, [], keep=2),
    "r14-za-small": _ZA_SMALL,
    "r14-br": _partial(_BR, [], keep=2),
    "r14-br-small": _BR_SMALL,
    "r14-pl": _partial(_PL, [], keep=2),
    "r14-pl-small": _PL_SMALL,
    "r14-no": _partial(_NO, [], keep=2),
    "r14-no-small": _NO_SMALL,
    "r14-ch": _partial(_CH, [], keep=2),
    "r14-ch-small": _CH_SMALL,
    "r14-pt": _partial(_PT, [], keep=2),
    "r14-pt-small": _PT_SMALL,
    "r14-sg": _partial(_SG, [], keep=2),
    "r14-sg-small": _SG_SMALL,
}
