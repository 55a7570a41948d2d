"""Scan classes of scans round 17 (issue 10), the values written in letters (holder's name,
service address, carrier), on OCR words drawn here (never on a corpus bill). Each class is a
value the scan lost between the OCR words and the verdict (`scanlab --gap`, DEV seed 131):

- a wordmark OCR cut in two ('lin' boxed apart from 'go-' under it): the piece read is a run of
  the typed carrier's letters, no other carrier's name; a mismatch ("the bill is from 'lin'; it
  does not mention Lingo anywhere") was a false alarm on every case of the bill (lingo, 5
  verdicts). A piece of a known carrier's name is a question for the eye; another name read as
  the wordmark is still a mismatch.
- a mark OCR read in the gap between a city and its state ('Oxnard,.CA 93085') is no web
  address: a domain's ending follows its name with no gap, and a state before its ZIP is none;
  the service address under its label was judged a help line's (dialpad, 5 verdicts).
- a speck read in the gap of a Canadian postal code ('T5J:1H2'): letter-digit-letter then
  digit-letter-digit is written so by no other value, so the mark is the gap; the service
  address under its heading was not found and the mailing block's copy answered "only as the
  mailing address" (eastlink_business, 6 verdicts). A postal code read otherwise stays another.
- a holder's name over an attention line ('Attn: Office Manager'), then its civic line, on a
  scan whose City-ST-ZIP line OCR garbled ('York, S€ 29767'): the attention line is part of the
  name's block, so the civic line under it still says the name heads an address (round 12's
  rule for the line right under the name); the name had no place at all (comporium_business,
  4 verdicts).
- a scan's heading over a street line that reads 'Service' and a word OCR read at noise level
  ('Service, Aggrens' at 0.00), alone in the street's column: over an address the word lost is
  the service address's (or location's); the heading names the service address. And an
  attention line far left ('Attn: Office Manager', the mailing block's line with the person it
  names) on the street's line labels nothing in the next column: the address was judged "found
  only in the customer name" (comporium_business, 5 verdicts). A heading whose words were read
  surely says what it says.
- a holder's name over an attention line ('c/o Accounts Payable', on a scan '</o ...'), then a
  street and its City-ST-ZIP line, is the name heading a mailing block, not a label: its word
  'Services' ('Lakeside Legal Services Incorporated') made it a site heading over the service
  address, and the mailing address typed as the service address was called exact on a photo
  whose pages show no service address (hamilton_repeat: DEV's 5 false matches).
- a scan that reads the typed holder's name but its last word, a legal form ('Pharmacie
  Bellevue' beside the next column's address, 'ltée' lost where the columns ran together): the
  scan does not show the name lacks it, a question, never "the bill gives another account holder
  name" (ebox_fr photo: 4 false alarms). A name read with a letter of its own off stays a
  mismatch, and so does a name read whole.
- a mark read alone after an address line's last word ('Suite 7 *'): no part of the address;
  the unit 'Suite 7 *' made the typed 'Ste 7' a mismatch (emery_cover: a false alarm) and the
  typed 'Suite 7' a doubt (4 verdicts).
- a holder's name over a post-office box line ('C.P. 22356', 'PO Box 12') on a scan whose
  City-ST-ZIP line OCR garbled ('Nicolet (Québec) J3T 81'), set on a label's line by OCR
  ('Numéro de ompte' read as a numbers label): a box line opens a mailing block as surely as a
  civic number, so the name heads an address (sogetel_fr: 5 verdicts "only as the account's
  lines").
"""

from __future__ import annotations

from pathlib import Path

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import BillDocument, Page, Word
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import Address, PortCase
from tests.unit.bills.test_scan_round9 import Row, _doc

_BODY: list[Row] = [[(40, "Account|Number:|5521-0087", 0.95)],
                    [(40, "Statement|Date|May|24,|2025", 0.95)], [],
                    [(40, "Blue|Ridge|Legal", 0.95)], [(40, "5367|Willow|Pkwy", 0.95)],
                    [(40, "Saint|Paul,|MN|55115", 0.95)]]


def _with_wordmark(marks: tuple[Word, ...]) -> BillDocument:
    body = _doc(_BODY, top=120).pages[0]
    return BillDocument(Path("scan.png"), (Page(1, 612, 792, marks + body.words, "ocr"),), 1)


def _carrier(doc: BillDocument, typed: str) -> Verdict:
    case = PortCase(account_name="Blue Ridge Legal", account_number="5521-0087",
                    losing_carrier=typed)
    return compare(case, extract_fields(doc)).fields["carrier"].verdict


def test_a_wordmark_ocr_cut_in_two_is_no_other_carriers_name() -> None:
    cut = _with_wordmark((Word("lin", 58, 45, 80.6, 59.5, 0.97),
                          Word("go-", 76, 52, 100, 68, 0.80)))
    assert _carrier(cut, "Lingo") == Verdict.UNVERIFIABLE
    # a carrier whose letters the piece is not: the bill's wordmark still says another sender
    assert _carrier(cut, "Verizon") == Verdict.MISMATCH
    other = _with_wordmark((Word("Lumos", 58, 45, 100, 59.5, 0.97),))
    assert _carrier(other, "Lingo") == Verdict.MISMATCH


def test_a_mark_read_between_a_city_and_its_state_is_no_web_address() -> None:
    rows: list[Row] = [[(40, "Account|Number:|5521-0087", 0.95)],
                       [(40, "Statement|Date|May|24,|2025", 0.95)], [],
                       [(40, "Northgate|Dental|Group", 0.95)], [(40, "PO|Box|46878", 0.95)],
                       [(40, "Oxnard,|CA|93070", 0.95), (340, "Office|address:", 0.80)],
                       [(340, "2030|Madison|Way,|Oxnard,.CA|93085", 0.92)]]
    case = PortCase(account_name="Northgate Dental Group", account_number="5521-0087",
                    service_address=Address("2030 Madison Way", "", "Oxnard", "CA", "93085"))
    check = compare(case, extract_fields(_doc(rows))).fields["service_address"]
    assert check.verdict == Verdict.EXACT
    # a real web address on the line is still the carrier's
    rows[-1] = [(340, "2030|Madison|Way,|Oxnard,|CA|93085|help.acme.com", 0.92)]
    check = compare(case, extract_fields(_doc(rows))).fields["service_address"]
    assert check.verdict not in (Verdict.EXACT, Verdict.EQUIVALENT)


def _service(line: str, typed: Address) -> Verdict:
    rows: list[Row] = [[(40, "Account|Number:|5521-0087", 0.95)],
                       [(40, "Statement|Date|May|24,|2025", 0.95)], [],
                       [(40, "SERVICE|ADDRESS", 0.95)], [(40, line, 0.91)]]
    case = PortCase(account_name="Blue Ridge Clinic", account_number="5521-0087",
                    service_address=typed)
    return compare(case, extract_fields(_doc(rows))).fields["service_address"].verdict


def test_a_speck_in_the_gap_of_a_canadian_postal_code_is_the_gap() -> None:
    typed = Address("758 Industrial Dr", "", "Edmonton", "AB", "T5J 1H2")
    assert _service(".758|Industrial|Dr,|Edmonton|AB|T5J:1H2", typed) == Verdict.EXACT
    assert _service("758|Industrial|Dr,|Edmonton|AB|T5J.1H2", typed) == Verdict.EXACT
    other = Address("758 Industrial Dr", "", "Edmonton", "AB", "T5J 1H3")
    assert _service("758|Industrial|Dr,|Edmonton|AB|T5J:1H2", other) not in (
        Verdict.EXACT, Verdict.EQUIVALENT)


def test_a_name_over_an_attention_line_then_a_civic_line_heads_an_address() -> None:
    rows: list[Row] = [[(40, "Account|Number:|5521-0087", 0.95)],
                       [(40, "Billing|Date|Sep|26,|2025", 0.95)], [],
                       [(40, "Golden|Gate|Architects|Corp.", 0.95)],
                       [(40, "Attn:|Office|Manager", 0.95)],
                       [(40, "5755|Park|Ln", 0.95)], [(40, "York,|S€|29767", 0.85)]]
    assert _name_check("Golden Gate Architects Corp.", rows) == Verdict.EXACT
    # no civic line under the attention line: nothing says the name heads an address
    rows[5] = [(40, "Thank|you|for|your|business", 0.95)]
    assert _name_check("Golden Gate Architects Corp.", rows) != Verdict.EXACT


def _name_check(typed: str, rows: list[Row]) -> Verdict:
    case = PortCase(account_name=typed, account_number="5521-0087")
    return compare(case, extract_fields(_doc(rows))).fields["account_name"].verdict


def _two_columns(heading: list[tuple[str, float]], left: str = "Attn:|Office|Manager") -> Verdict:
    rows: list[Row] = [[(40, "Account|Number:|5521-0087", 0.95)],
                       [(40, "Billing|Date|Sep|26,|2025", 0.95)], [],
                       [(346, "|".join(t for t, _ in heading), 0.95)],
                       [(40, "Golden|Gate|Architects", 0.95)],
                       [(40, left, 0.95), (346, "3604|N|Washington|Pkwy|Unit|766", 0.95)],
                       [(40, "5755|Park|Ln", 0.95), (346, "York,|SC|29717", 0.95)],
                       [(40, "York,|SC|29767", 0.95)]]
    doc = _doc(rows)
    page = doc.pages[0]
    confs = dict(heading)
    words = tuple(Word(w.text, w.x0, w.top, w.x1, w.bottom, confs.get(w.text, w.conf))
                  if w.x0 >= 346 and w.top < 130 else w for w in page.words)
    doc = BillDocument(doc.path, (Page(1, 612, 792, words, "ocr"),), 1)
    case = PortCase(account_name="Golden Gate Architects", account_number="5521-0087",
                    service_address=Address("3604 N Washington Pkwy", "Unit 766", "York", "SC",
                                            "29717"))
    return compare(case, extract_fields(doc)).fields["service_address"].verdict


def test_a_heading_service_and_a_word_lost_to_noise_names_the_service_address() -> None:
    assert _two_columns([("Service,", 0.85), ("Aggrens", 0.0)]) == Verdict.EXACT
    # read surely, the heading says what it says: 'Service Provider' heads no service address
    assert _two_columns([("Service,", 0.85), ("Provider", 0.95)]) != Verdict.EXACT


def test_a_name_over_an_attention_line_and_an_address_is_no_site_heading() -> None:
    rows: list[Row] = [[(40, "Account|Number:|434385", 0.95)],
                       [(40, "Billing|No.|(402)|555-0196", 0.95)], [],
                       [(40, "Lakeside|Legal|Services|incorporated", 0.96)],
                       [(40, "</o|Accounts|Payable", 0.51)],
                       [(40, "3917|W|Ridge|Blvd", 0.92)], [(40, "York,|NE|68465-6899", 0.94)]]
    case = PortCase(account_name="Lakeside Legal Services Incorporated", account_number="434385",
                    service_address=Address("3917 W Ridge Blvd", "", "York", "NE", "68465-6899"))
    check = compare(case, extract_fields(_doc(rows))).fields["service_address"]
    assert check.verdict not in (Verdict.EXACT, Verdict.EQUIVALENT)
    rows[4] = [(40, "c/o|Accounts|Payable", 0.95)]
    check = compare(case, extract_fields(_doc(rows))).fields["service_address"]
    assert check.verdict not in (Verdict.EXACT, Verdict.EQUIVALENT)


def test_a_name_read_without_its_last_legal_form_on_a_scan_is_a_question() -> None:
    rows: list[Row] = [[(40, "Code|client|KDZM3682", 0.93)],
                       [(40, "Date|de|la|facture|12|juin|2026", 0.93)], [],
                       [(40, "Adresse|de|facturation", 0.89)],
                       [(40, "Pharmacie|Bellevue", 0.96)],
                       [(40, "8005,|rue|Sainte-Catherine", 0.92)],
                       [(40, "Québec|(Québec)|G1R|9C4", 0.9)]]

    def verdict(typed: str) -> Verdict:
        case = PortCase(account_name=typed, account_number="KDZM3682")
        return compare(case, extract_fields(_doc(rows))).fields["account_name"].verdict

    assert verdict("Pharmacie Bellevue ltée") == Verdict.UNVERIFIABLE
    assert verdict("Pharxacie Bellevue ltée") == Verdict.MISMATCH
    assert verdict("Pharmacie Bellevue Sud") == Verdict.MISMATCH


def test_a_mark_alone_after_an_address_lines_last_word_is_no_part_of_it() -> None:
    rows: list[Row] = [[(40, "Account|Number:|5521-0087", 0.95)],
                       [(40, "Statement|Date|May|24,|2025", 0.95)], [],
                       [(40, "SERVICE|ADDRESS", 0.95)], [(40, "7334|Ridge|Ave", 0.93)],
                       [(40, "Suite|7", 0.93), (88, "*", 0.45)],
                       [(40, "Huntington,|UT|84503", 0.93)]]

    def verdict(unit: str) -> Verdict:
        case = PortCase(account_name="Prairie Wind Motors", account_number="5521-0087",
                        service_address=Address("7334 Ridge Ave", unit, "Huntington", "UT",
                                                "84503"))
        return compare(case, extract_fields(_doc(rows))).fields["service_address"].verdict

    assert verdict("Suite 7") == Verdict.EXACT
    assert verdict("Ste 7") == Verdict.EQUIVALENT
    assert verdict("Suite 8") not in (Verdict.EXACT, Verdict.EQUIVALENT)


def test_a_name_over_a_post_office_box_line_heads_an_address() -> None:
    rows: list[Row] = [[(40, "Sogetel", 0.92)], [(40, "VOTRE|COMPTE", 0.92)],
                       [(40, "Numéro|de|ompte", 0.76), (292, "Quincaillerie|Beaubien", 0.92)],
                       [(40, "274|639|670", 0.95), (292, "C.P.|22356", 0.77)],
                       [(292, "Nicolet|(Québec)|J3T|81", 0.5)],
                       [(40, "Date|de|facturation|1|août|2025", 0.9)]]
    assert _name_check("Quincaillerie Beaubien", rows) == Verdict.EXACT
    rows[3] = [(40, "274|639|670", 0.95), (292, "Merci|de|votre|confiance", 0.9)]
    assert _name_check("Quincaillerie Beaubien", rows) != Verdict.EXACT
