"""A value longer than a comb widget's cells (issue 11, session 21): never cut, never written
with the comb's limit lifted (the characters would run across the cells out of step): left
empty and said. Drawn unlike round 35's combs: a Canadian form whose account number comb has
fewer cells than the case's account number, beside a postal code comb it fits."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.lib.colors import black

from portdesk.loa.fields import values_from_case
from portdesk.loa.fill import fill_form
from tests.loaforms.kit import Sheet, letter
from tests.unit.loa.helpers import make_case, widget_values


def _comb(s: Sheet, name: str, x: float, y: float, cells: int) -> None:
    s.c.acroForm.textfield(name=name, tooltip="", x=x, y=y, width=cells * 14, height=16,
                           fontSize=9, borderWidth=0.6, borderColor=black, fillColor=None,
                           textColor=black, maxlen=cells, fieldFlags="comb", forceBorder=True)


def _form() -> bytes:
    s = letter("comb-overflow", "CA", "en", [], "")
    s.text(40, 760, "Transfer of service", 12, bold=True)
    s.text(40, 732, "Account number with current provider", 8)
    _comb(s, "acct_cells", 40, 712, 8)
    s.text(300, 732, "Postal code", 8)
    _comb(s, "pc_cells", 300, 712, 6)
    return s.build()[0]


def test_a_value_longer_than_its_comb_is_left_empty_and_said() -> None:
    case = make_case(account_number="5531-7782-0094",
                     service_address={"line1": "1 Rideau St", "city": "Ottawa", "state": "ON",
                                      "postal_code": "K1N 8S7", "country": "CA"})
    result = fill_form(_form(), values_from_case(case), "form.pdf")
    got = widget_values(result.pdf)
    assert not got.get("acct_cells")  # 12 characters for 8 cells: nothing cut into them
    assert got.get("pc_cells") == "K1N8S7"
    row = next(r for r in result.rows if r.target == "acct_cells")
    assert row.value == "" and "comb cells" in row.note
    assert any("account_number" in p and "8 comb cells" in p for p in result.problems)
    annots = [a.get_object() for a in PdfReader(io.BytesIO(result.pdf)).pages[0]["/Annots"]]
    comb = next(a for a in annots if a.get("/T") == "acct_cells")
    assert int(comb.get("/MaxLen") or 0) == 8  # the comb kept its cells


def test_a_number_longer_than_its_comb_is_written_as_the_cells_count_it() -> None:
    """"+353 1 555 0210" in nine cells: the number as its own plan writes it nationally
    ("015550210"), as a printed comb takes it; never the international form cut, never empty."""
    s = letter("comb-national", "IE", "en", [], "")
    s.text(40, 760, "Number porting request", 12, bold=True)
    s.text(40, 732, "Telephone number to be ported", 8)
    _comb(s, "tel_cells", 40, 712, 9)
    case = make_case(numbers=["+35315550210"], btn="+35315550210")
    result = fill_form(s.build()[0], values_from_case(case), "form.pdf")
    assert widget_values(result.pdf).get("tel_cells") == "015550210"


def test_a_name_longer_than_its_comb_is_never_run_together() -> None:
    """Squeezing may drop a code's separators ("K1N 8S7" in 6 cells), never the space or hyphen
    between two words: "AnneMarieTremblay" is no longer the holder's name (a changed value on a
    letter of agency is a wrong one): left empty and said."""
    s = letter("comb-name", "CA", "en", [], "")
    s.text(40, 760, "Transfer of service", 12, bold=True)
    s.text(40, 732, "Name of account holder", 8)
    _comb(s, "name_cells", 40, 712, 17)
    case = make_case(account_name="Anne-Marie Tremblay")
    result = fill_form(s.build()[0], values_from_case(case), "form.pdf")
    row = next(r for r in result.rows if r.target == "name_cells")
    assert row.value == "" and "comb cells" in row.note, row
    assert not widget_values(result.pdf).get("name_cells")
