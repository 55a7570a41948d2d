"""Scan classes of scans round 19 (issue 10), each on words drawn here (never on a corpus bill).

- a bill of several accounts (a master account over sub-accounts, each a block headed by its
  number with its own main number): a billing number labelled in the block of another account
  than the typed one contradicts nothing the case typed, whether the typed account heads a block
  on the same page whose label OCR broke ('SUB ACCT' read apart from '458-13472'), or is listed
  on another page (a summary's row) while the pages in hand hold only another sub-account's block
  (a scan of the first pages; a text bill cut short too, where the typed account's own block is
  not in hand). A question for the eye, never a mismatch. The typed account's own block giving
  another main number stays a mismatch (text).
"""

from __future__ import annotations

from pathlib import Path

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import BillDocument, Page, Word
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import CaseNumber, PortCase

Row = list[tuple[float, str, float]]  # (x, words joined by '|', confidence)


def _page(number: int, rows: list[Row], source: str, top: float = 80) -> Page:
    """A page of rows set in 7-point type, 9.5 points apart; each cell's words set from its x."""
    words = []
    for r, row in enumerate(rows):
        y = top + 9.5 * r
        for x, text, conf in row:
            for w in text.split("|"):
                words.append(Word(w, x, y, x + 3.8 * len(w), y + 5.5, conf))
                x += 3.8 * len(w) + 2.5
    return Page(number, 612, 792, tuple(words), source)


def _doc(pages: list[list[Row]], source: str = "ocr") -> BillDocument:
    name = "scan.png" if source == "ocr" else "bill.pdf"
    return BillDocument(Path(name), tuple(_page(i + 1, rows, source)
                                          for i, rows in enumerate(pages)), len(pages))


def _btn(doc: BillDocument, account: str, btn: str) -> Verdict:
    e164 = "+1" + "".join(c for c in btn if c.isdigit())
    case = PortCase(account_name="", account_number=account, btn=e164,
                    numbers=(CaseNumber(e164),))
    return compare(case, extract_fields(doc, require_account=False)).fields["btn"].verdict


def _summary_by_sub_account(typed_head: list[Row], typed_main: Row) -> list[Row]:
    return [[(40, "Service|Electric", 0.95), (440, "MSTR|ACCT", 0.95)],
            [(440, "M04320576", 0.95)],
            [(40, "SUMMARY|BY|SUB|ACCOUNT", 0.95)],
            [(48, "SUB|ACCT", 0.89), (102, "327-94137", 0.88)],
            [(48, "SVC|ADR|2685|Industrial|Rd|Apt|10|Allentown|PA|18154-1144", 0.95)],
            [(48, "PRIM|PH", 0.95), (104, "610-555-0193", 0.95), (330, "$325.14", 0.9)],
            *typed_head,
            [(48, "SVC|ADR|682|Main|St|Apt|11|Allentown|PA|18106", 0.95)],
            typed_main]


def test_a_main_number_in_another_sub_accounts_block_is_no_mismatch_on_a_scan() -> None:
    # the typed sub-account's heading read apart from its number, its main number lost
    head = [[(48, "SUB|ACCT", 0.57), (102, "458-13472", 0.9), (200, "ry", 0.74)]]
    lost = [(48, "PRIMA", 0.64), (330, "$727.31", 0.9)]
    doc = _doc([_summary_by_sub_account(head, lost)])
    assert _btn(doc, "458-13472", "610-555-0127") == Verdict.UNVERIFIABLE
    # the typed account's own block giving another main number read surely stays a mismatch
    own = [(48, "PRIM|PH", 0.95), (104, "610-555-0166", 0.95), (330, "$727.31", 0.9)]
    doc = _doc([_summary_by_sub_account(head, own)])
    assert _btn(doc, "458-13472", "610-555-0127") == Verdict.MISMATCH


def _sub_account_pages(master: str) -> list[list[Row]]:
    summary = [[(40, "segra", 0.95), (330, "Billing|Account|Number", 0.95), (480, master, 0.95)],
               [(330, "Invoice|Date", 0.95), (480, "Aug.|4,|2025", 0.95)],
               [(48, "Prairie|Wind|Realty|L.L.C.", 0.95)],
               [(48, "5739|Washington|Ln", 0.95)],
               [(48, "Columbia,|SC|29256-6413", 0.95)],
               [(40, "SUMMARY|OF|CHARGES|BY|ACCOUNT", 0.95)],
               [(40, "Sub-Account", 0.95), (150, "Location", 0.95), (480, "Current|Charges", 0.95)],
               [(40, f"{master}-001", 0.95), (150, "DISTRIBUTION|CENTER", 0.95),
                (480, "$2,190.51", 0.95)],
               [(40, f"{master}-002", 0.95), (150, "BRANCH|OFFICE", 0.95),
                (480, "$1,003.88", 0.95)],
               [(40, f"{master}-003", 0.95), (150, "CLINIC", 0.95), (480, "$1,327.05", 0.95)]]
    block = [[(40, "Segra", 0.95), (330, "Billing|Account|Number", 0.95), (480, master, 0.95)],
             [(40, f"SUB-ACCOUNT|{master}-001", 0.95), (240, "DISTRIBUTION|CENTER", 0.95)],
             [(40, "Service|Address", 0.95), (330, "Main|Number", 0.95)],
             [(40, "5739|Washington|Ln", 0.95), (330, "803-555-0120", 0.99)],
             [(40, "Columbia|SC|29256-6413", 0.95)],
             [(40, "Telephone|Numbers", 0.95)],
             [(40, "803-555-0120", 0.99), (180, "803-555-0183", 0.99)]]
    return [summary, block]


def test_the_pages_in_hand_hold_only_another_sub_accounts_block() -> None:
    for source in ("ocr", "text"):
        doc = _doc(_sub_account_pages("1493172"), source)
        assert _btn(doc, "1493172-003", "803-555-0163") == Verdict.UNVERIFIABLE, source


def test_the_typed_sub_accounts_own_block_giving_another_main_number_stays_a_mismatch() -> None:
    pages = _sub_account_pages("1493172")
    pages[1][1] = [(40, "SUB-ACCOUNT|1493172-003", 0.95), (240, "CLINIC", 0.95)]
    doc = _doc(pages, "text")
    assert _btn(doc, "1493172-003", "803-555-0163") == Verdict.MISMATCH
