"""Carriers nobody listed, named by the bill in the forms a sender names itself: its full or
legal name set under its logo, a word of its name abbreviated by the specialist, its name at the
end of a sentence without its legal form, a lower-case lockup line under a capital wordmark, its
company line signed with its tax registration. Every carrier, place and customer here is made
up; each bill is drawn for its class, not after any corpus family."""

from __future__ import annotations

from pathlib import Path

import pytest

from portdesk.bills.compare import compare
from portdesk.bills.extract import BillFields, extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import PortCase
from tests.unit.bills import drawn

_FACTS = [(380, 40, "Account Number", 8), (480, 40, "7731-20455", 9),
          (380, 54, "Statement Date", 8), (480, 54, "March 3, 2026", 9)]
_CUSTOMER = [(40, 120, "Gannet Point Bakery", 9), (40, 132, "77 Wharf Road", 9),
             (40, 144, "Tolland, CT 06084", 9)]


def _bill(tmp_path: Path, *items: drawn.Item) -> BillFields:
    return extract_fields(read_bill(drawn.draw(tmp_path / "b.pdf", [
        *items, *_FACTS, *_CUSTOMER, (40, 300, "Customer Service 1-888-555-0147", 8)])))


def _verdict(fields: BillFields, typed: str) -> Verdict:
    case = PortCase(account_name="Gannet Point Bakery", account_number="7731-20455",
                    losing_carrier=typed)
    return compare(case, fields).fields["carrier"].verdict


def _under_its_logo(tmp_path: Path, mark: str, full: str) -> BillFields:
    """The short name set large, the full name small on the line right under it."""
    return _bill(tmp_path, (40, 48, f"B:{mark}", 22), (40, 62, full, 7))


@pytest.mark.parametrize("mark,full,typed,verdict", [
    ("Marten Creek", "The Marten Creek Telephone Co. · Lyle, Oregon", "Marten Creek Tel",
     Verdict.EQUIVALENT),
    ("Marten Creek", "The Marten Creek Telephone Co. · Lyle, Oregon", "Marten Creek Telephone",
     Verdict.EQUIVALENT),
    ("Osier Bay", "Osier Bay Communications Company", "Osier Bay Comm", Verdict.EQUIVALENT),
    ("Téléphone de Vaucluse", "La Compagnie de Téléphone de Vaucluse inc.",
     "La Compagnie de Téléphone de Vaucluse inc.", Verdict.EXACT),
])
def test_the_name_under_its_logo_names_the_sender(tmp_path: Path, mark: str, full: str,
                                                  typed: str, verdict: Verdict) -> None:
    """The lockup's own full name under the wordmark, as typed or with a word abbreviated
    ('Tel' for 'Telephone', 'Comm' for 'Communications'): the sender, by the name it prints."""
    assert _verdict(_under_its_logo(tmp_path, mark, full), typed) == verdict


@pytest.mark.parametrize("typed", ["Marten Creek Cellular", "Marten Valley Tel"])
def test_another_company_of_a_like_name_under_the_logo_is_no_match(tmp_path: Path,
                                                                   typed: str) -> None:
    """A name the line under the logo does not print, however like it: never a match."""
    fields = _under_its_logo(tmp_path, "Marten Creek", "The Marten Creek Telephone Co. · Lyle, Oregon")
    assert _verdict(fields, typed) in (Verdict.UNVERIFIABLE, Verdict.MISMATCH, Verdict.NOT_FOUND)


def test_the_name_closing_a_sentence_without_its_legal_form(tmp_path: Path) -> None:
    """'..., a subsidiary of Fenwick.' beside fenwick.com: 'Fenwick, Inc.' typed is the name the
    bill prints (its legal form left off in a sentence), its domain the sign of the sender."""
    fields = _bill(tmp_path, (40, 48, "B:Harbor Link Plus", 20),
                   (40, 330, "Local service provided by Brackett Telephone Company, Inc., a "
                             "subsidiary of Fenwick. Complaints may be filed with the commission.", 7),
                   (40, 345, "Go paperless: sign up at fenwick.com and stop receiving paper bills.", 7))
    assert _verdict(fields, "Fenwick, Inc.") == Verdict.EQUIVALENT
    assert _verdict(fields, "Fenwick Wireless, Inc.") != Verdict.EQUIVALENT


def test_a_lower_case_lockup_line_under_a_capital_wordmark(tmp_path: Path) -> None:
    """'GARNET' over 'communications · ...', the domain spelling both: the carrier is read with
    its lockup line, and a word of it abbreviated names it too."""
    fields = _bill(tmp_path, (40, 50, "B:GARNET", 24),
                   (40, 64, "communications · Garnet Communications Company", 7),
                   (40, 345, "Go paperless: sign up at garnetcommunications.com today.", 7))
    assert fields.carrier == "GARNET communications"
    assert _verdict(fields, "Garnet Comm") == Verdict.EQUIVALENT


def test_the_company_line_signed_with_its_tax_number(tmp_path: Path) -> None:
    """No text wordmark (a raster logo): the company line at the head of the page, and again in
    the footer with its tax registration after a separator, is the sender; a listed carrier
    typed is then another company's name."""
    line = "Brule Telecommunications Co-operative Limited"
    fields = _bill(tmp_path, (40, 62, line, 7),
                   (40, 700, f"{line} · CRTC registered ILEC · GST/HST No. 791780406 RT0001", 6))
    assert fields.carrier == line
    assert _verdict(fields, "Mediacom Business") == Verdict.MISMATCH


def _lockup(tmp_path: Path, gap: float) -> BillFields:
    """'osprey' set large and 'networks' small right after it, `gap` points apart."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    x = 40 + stringWidth("osprey", "Helvetica-Bold", 26) + gap
    return _bill(tmp_path, (40, 50, "B:osprey", 26), (x, 50, "networks", 10),
                 (40, 64, "Osprey Rural Telephone Company", 7))


def test_a_wordmark_run_together_prints_no_name_of_its_words(tmp_path: Path) -> None:
    """A large 'osprey' hard against a small 'networks' (no word space: the text layer reads
    'ospreynetworks'): the page prints no 'Osprey Networks', a name it may or may not be; the
    legal line under it is the sender's name as printed."""
    fields = _lockup(tmp_path, 2.0)
    assert _verdict(fields, "Osprey Networks") == Verdict.UNVERIFIABLE
    assert _verdict(fields, "Osprey Rural Telephone Company") == Verdict.EXACT


def test_a_wordmark_with_a_word_space_prints_its_words(tmp_path: Path) -> None:
    fields = _lockup(tmp_path, 8.0)
    assert _verdict(fields, "Osprey Networks") in (Verdict.EXACT, Verdict.EQUIVALENT)


def test_a_lockup_over_two_lines_still_prints_its_name(tmp_path: Path) -> None:
    """'Osprey' set large over a small 'Networks' at its left edge: two lines, each word with
    its own space around it; the name is printed, its legal form typed or not."""
    fields = _bill(tmp_path, (40, 46, "B:Osprey", 22), (40, 58, "Networks", 9))
    assert fields.carrier == "Osprey Networks"
    assert _verdict(fields, "Osprey Networks Inc.") == Verdict.EQUIVALENT


def test_the_name_under_its_logo_when_the_carrier_is_read_on_the_stub(tmp_path: Path) -> None:
    """The carrier read from the payment stub's return address, its wordmark still set large at
    the head of the page with the legal name under it: that line names the sender all the same."""
    fields = _bill(tmp_path, (40, 48, "B:Téléphone de Vaucluse", 20),
                   (40, 62, "La Compagnie de Téléphone de Vaucluse ltée", 7),
                   (60, 650, "Veuillez détacher et retourner cette partie avec votre paiement.", 7),
                   (60, 664, "Téléphone de Vaucluse", 8), (60, 676, "C.P. 310", 8),
                   (60, 688, "Vaucluse (Québec) J0A 1M0", 8),
                   (360, 664, "Numéro de compte 7731-20455", 8))
    assert _verdict(fields, "La Compagnie de Téléphone de Vaucluse ltée") == Verdict.EXACT


@pytest.mark.parametrize("typed", ["Marten Creek Telephone Company", "Marten Creek Telephone",
                                   "Marten Creek Tel"])
def test_a_short_legal_form_with_its_stop_closes_the_name(tmp_path: Path, typed: str) -> None:
    """'The Marten Creek Telephone Co. Lyle, Oregon': its town right after the legal form (the
    dot between them lost, as on a phone photo); 'Co.' with its stop ends the name all the same."""
    fields = _under_its_logo(tmp_path, "Marten Creek", "The Marten Creek Telephone Co. Lyle, Oregon")
    assert _verdict(fields, typed) == Verdict.EQUIVALENT
