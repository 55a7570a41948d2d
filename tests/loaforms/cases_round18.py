"""Round 18's port cases (tests/loaforms/forms_round18_*.py): customers in the United States,
Canada (Northwest Territories), Chile, Croatia, Estonia, Latvia, Argentina, Malta, Kenya, Wales,
Switzerland (Ticino) and Peru. Each form has two: one account porting all of several numbers (a
full port) and one porting some of its numbers while others stay with the current carrier (a
partial port).

Fictional customers; numbers from the ranges kept for drama where a country has one (NANP
555-01XX, Ofcom's 029 2018 0XXX for Cardiff); elsewhere made-up lines that are valid numbers of
the country.
"""

from __future__ import annotations

from typing import Any

from tests.loaforms.cases_round5 import _case, _partial
from tests.loaforms.cases_round14 import _addr, _home

_US = _case("Puget Sound Mobile Veterinary PLLC", "Renee Takahashi", "Office Manager",
            "942071183", "T-Mobile", [f"+1206555{n:04d}" for n in range(140, 152)],
            _addr("1501 Westlake Ave N", "Seattle", "WA", "98109", "US", "Suite 300"),
            "+12065550199", "renee@pugetmobilevet.com", "2027-11-01")
_US["pin"] = "4471"
_US_PARTIAL = _case("Eastside Roofing & Gutters LLC", "Derek Olsen", "Owner", "287-440-9915-00001",
                    "Verizon Wireless", [f"+1425555{n:04d}" for n in range(160, 170)],
                    _addr("14220 NE 21st St", "Bellevue", "WA", "98007", "US"),
                    "+14255550179", "derek@eastsideroofing.com", "2027-11-03")
_US_PARTIAL["pin"] = "90817"
_NT = _case("Great Slave Outfitters Ltd.", "Joanne Lafferty", "General Manager",
            "867-4410-2281", "Northwestel", [f"+1867555{n:04d}" for n in range(140, 148)],
            _addr("5014 49th Street", "Yellowknife", "NT", "X1A 1P8", "CA"),
            "+18675550199", "joanne@greatslaveoutfitters.ca", "2027-11-08")
_NT_PARTIAL = _home(_case("Martin Kotchilea", "Martin Kotchilea", "", "867-7702-0913",
                          "Northwestel", [f"+1867555{n:04d}" for n in range(120, 125)],
                          _addr("88 Mackenzie Road", "Inuvik", "NT", "X0E 0T0", "CA"),
                          "+18675550129", "mkotchilea@northwestel.net", "2027-11-10"))
_CL = _case("Constructora Los Aromos Limitada", "Francisca Morales Pizarro",
            "Gerente de administración", "77120445-1", "Entel",
            [f"+562255501{n:02d}" for n in range(40, 49)],
            _addr("Av. Providencia 1760", "Providencia", "Metropolitana", "", "CL",
                  "Oficina 1204"),
            "+56955501234", "fmorales@losaromos.cl", "2027-11-15")
_CL_PARTIAL = _case("Clínica Veterinaria Reñaca SpA", "Tomás Fuentes Araya", "Representante legal",
                    "CL-3309-7781", "Movistar Chile",
                    [f"+563225551{n:02d}" for n in range(70, 77)],
                    _addr("Av. Borgoño 14675", "Viña del Mar", "Valparaíso", "", "CL"),
                    "+56955507788", "contacto@vetrenaca.cl", "2027-11-17")
_HR = _case("Savska Računovodstvo d.o.o.", "Ivana Horvat", "direktorica", "HT-4471-0092-18",
            "Hrvatski Telekom d.d.", [f"+38515550{n}" for n in range(140, 149)],
            _addr("Savska cesta 41", "Zagreb", "", "10000", "HR"),
            "+38515550199", "ivana.horvat@savska-racunovodstvo.hr", "2027-11-22")
_HR_PARTIAL = _case("Konoba Dalmatino j.d.o.o.", "Ante Perić", "vlasnik", "A1-88120-334",
                    "A1 Hrvatska d.o.o.", [f"+38521555{n}" for n in range(170, 177)],
                    _addr("Obala kneza Branimira 12", "Split", "", "21000", "HR"),
                    "+385915550140", "konoba@dalmatino.hr", "2027-11-24")

_EE = _case("Kadrioru Hambakliinik OÜ", "Kristi Tamm", "juhatuse liige", "K-4471092",
            "Telia Eesti AS", [f"+372655{n:04d}" for n in range(5140, 5149)],
            _addr("Narva mnt 41", "Tallinn", "Harju maakond", "10152", "EE"),
            "+37253555199", "kristi.tamm@kadriorukliinik.ee", "2027-12-01")
_EE_PARTIAL = _case("Emajõe Raamatupidamise OÜ", "Margus Saar", "juhataja", "EL-2027-8813",
                    "Elisa Eesti AS", [f"+372730{n:04d}" for n in range(5170, 5177)],
                    _addr("Riia 24", "Tartu", "Tartu maakond", "51010", "EE", "kontor 7"),
                    "+37253555177", "margus@emajoerp.ee", "2027-12-03")
_LV = _case("Rīgas Zobārstniecības Centrs SIA", "Anna Bērziņa", "valdes locekle",
            "LT-44710092", "Tet SIA", [f"+37167555{n:03d}" for n in range(140, 149)],
            _addr("Brīvības iela 85", "Rīga", "", "LV-1001", "LV"),
            "+37129555199", "anna.berzina@rzc.lv", "2027-12-06")
_LV_PARTIAL = _case("Kurzemes Koka Darbnīca SIA", "Jānis Ozols", "valdes priekšsēdētājs",
                    "B-7730-2214", "Bite Latvija SIA",
                    [f"+37163455{n:03d}" for n in range(170, 177)],
                    _addr("Graudu iela 34", "Liepāja", "", "LV-3401", "LV"),
                    "+37126555140", "janis@kokadarbnica.lv", "2027-12-08")
_AR = _case("Estudio Contable Bianchi & Asociados S.R.L.", "Marcela Bianchi", "Socia gerente",
            "0341-7712-4490", "Telecom Argentina S.A.",
            [f"+54341455{n:04d}" for n in range(140, 148)],
            _addr("Bv. Oroño 1245", "Rosario", "Santa Fe", "S2000", "AR", "Piso 3"),
            "+5493415550199", "mbianchi@estudiobianchi.com.ar", "2027-12-13")
_AR_PARTIAL = _case("Panadería La Cañada S.A.", "Jorge Ferreyra", "Presidente", "7.120.884.013",
                    "Telefónica de Argentina S.A.",
                    [f"+54351455{n:04d}" for n in range(170, 177)],
                    _addr("Av. Colón 1520", "Córdoba", "Córdoba", "X5000", "AR"),
                    "+5493515550179", "administracion@lacanada.com.ar", "2027-12-15")
_MT = _case("Sliema Physiotherapy Clinic Ltd", "Maria Camilleri", "Director", "GO-21-774109",
            "GO p.l.c.", [f"+3562133{n:04d}" for n in range(5140, 5149)],
            _addr("45, Triq it-Torri", "Sliema", "", "SLM 1605", "MT"),
            "+35679555199", "maria@sliemaphysio.com.mt", "2027-12-20")
_MT_PARTIAL = _case("Camilleri & Zammit Advocates", "Joseph Zammit", "Partner", "MEL-4410928",
                    "Melita Limited", [f"+3562149{n:04d}" for n in range(5170, 5177)],
                    _addr("12, Triq il-Kbira San Guzepp", "Birkirkara", "", "BKR 4012", "MT"),
                    "+35699555140", "jzammit@czadvocates.com.mt", "2027-12-22")

_KE = _case("Kilimani Diagnostics Ltd", "Wanjiru Kamau", "Director", "CORP-0044712",
            "Safaricom PLC", [f"+254722555{n}" for n in range(140, 149)],
            _addr("Arwings Kodhek Road, Kilimani Business Centre", "Nairobi", "Nairobi City",
                  "", "KE"),
            "+254202555199", "wkamau@kilimanidiagnostics.co.ke", "2028-01-10")
_KE_PARTIAL = _case("Thika Greens Agro Supplies Ltd", "Peter Otieno", "Managing Director",
                    "ANK-7710-3318", "Airtel Networks Kenya Ltd",
                    [f"+254733555{n}" for n in range(170, 177)],
                    _addr("Kenyatta Highway, Zuri Plaza", "Thika", "Kiambu", "", "KE"),
                    "+254722555199", "potieno@thikagreens.co.ke", "2028-01-12")
_CY = _case("Deintyddfa'r Bae Cyf", "Siân Prydderch", "Rheolwr Practis", "BT 4410 7721 09",
            "BT", [f"+44292018{n:04d}" for n in range(140, 154)],
            _addr("12 Mount Stuart Square", "Cardiff", "", "CF10 5EE", "GB"),
            "+442920180199", "sian@deintyddfarbae.cymru", "2028-01-17")
_CY_PARTIAL = _case("Penarth Marina Chandlery Ltd", "Gareth Llewellyn", "Managing Director",
                    "VMB-2209-4471", "Virgin Media Business",
                    [f"+44292018{n:04d}" for n in range(170, 179)],
                    _addr("Portway, Penarth Marina", "Penarth", "", "CF64 1TQ", "GB"),
                    "+442920180198", "gareth@penarthchandlery.co.uk", "2028-01-19")
_TI = _case("Studio d'architettura Bernasconi SA", "Luca Bernasconi", "Direttore",
            "0-7741-2290", "Swisscom (Svizzera) SA", [f"+4191555{n:04d}" for n in range(140, 149)],
            _addr("Via Nassa 21", "Lugano", "TI", "6900", "CH"),
            "+41915550199", "l.bernasconi@studiobernasconi.ch", "2028-01-24")
_TI_PARTIAL = _case("Farmacia Centrale Bellinzona Sagl", "Chiara Rezzonico", "Gerente",
                    "SR-4410-88120", "Sunrise GmbH", [f"+4191825{n:04d}" for n in range(5170, 5177)],
                    _addr("Piazza Collegiata 5", "Bellinzona", "TI", "6500", "CH"),
                    "+41786055140", "info@farmaciacentrale-bellinzona.ch", "2028-01-26")
_PE = _case("Consultores Andinos S.A.C.", "Rosa Quispe Mamani", "Gerente general",
            "CL-77140921", "Telefónica del Perú S.A.A.",
            [f"+511455{n:04d}" for n in range(5140, 5149)],
            _addr("Av. Camino Real 1240", "San Isidro", "Lima", "", "PE", "Oficina 502"),
            "+51945555140", "rquispe@consultoresandinos.pe", "2028-01-31")
_PE_PARTIAL = _case("Chocolatería El Misti E.I.R.L.", "Luis Zegarra Paredes", "Titular gerente",
                    "0054-2281-17", "América Movil Perú S.A.C.",
                    [f"+5154255{n:03d}" for n in range(170, 177)],
                    _addr("Calle Mercaderes 212", "Arequipa", "Arequipa", "", "PE"),
                    "+51945555177", "ventas@chocolateriaelmisti.pe", "2028-02-02")

ROUND18_CASES: dict[str, dict[str, Any]] = {
    "r18-us": _US,
    "r18-us-partial": _partial(_US_PARTIAL, [], keep=3),
    "r18-nt": _NT,
    "r18-nt-partial": _partial(_NT_PARTIAL, [], keep=1),
    "r18-cl": _CL,
    "r18-cl-partial": _partial(_CL_PARTIAL, [], keep=2),
    "r18-hr": _HR,
    "r18-hr-partial": _partial(_HR_PARTIAL, [], keep=2),
    "r18-ee": _EE,
    "r18-ee-partial": _partial(_EE_PARTIAL, [], keep=2),
    "r18-lv": _LV,
    "r18-lv-partial": _partial(_LV_PARTIAL, [], keep=2),
    "r18-ar": _AR,
    "r18-ar-partial": _partial(_AR_PARTIAL, [], keep=2),
    "r18-mt": _MT,
    "r18-mt-partial": _partial(_MT_PARTIAL, [], keep=2),
    "r18-ke": _KE,
    "r18-ke-partial": _partial(_KE_PARTIAL, [], keep=2),
    "r18-cy": _CY,
    "r18-cy-partial": _partial(_CY_PARTIAL, [], keep=3),
    "r18-ti": _TI,
    "r18-ti-partial": _partial(_TI_PARTIAL, [], keep=2),
    "r18-pe": _PE,
    "r18-pe-partial": _partial(_PE_PARTIAL, [], keep=2),
}
