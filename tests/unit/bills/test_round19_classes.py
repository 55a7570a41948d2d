"""Classes the open tuning split tune17 showed at first sight (session 19), each checked on its
own words here, without the corpus: a number's groups typeset with narrow spaces or dashes, a
list of lines with the area code said once, a letter-spaced label read back in uneven pieces, a
sentence's number cut from its words by a stamp, a contact row's bare 'Tel.', a site's name
before its street, Canada's unit-civic number with a comma, a province's address as Canadian,
a printed bill e-mail's header lines."""

from __future__ import annotations

from portdesk.bills.addrmatch import placed
from portdesk.bills.addrparse import parse_address_lines
from portdesk.bills.context import Context, classify
from portdesk.bills.mailheaders import names_a_mailbox
from portdesk.bills.openaddr import _after_site_name
from portdesk.bills.ranges import abbreviated_in
from portdesk.bills.reader import _tight_join, plain_text
from portdesk.domain.case import Address


def test_an_en_dash_between_exchange_and_line_is_a_hyphen_a_ranges_stays() -> None:
    assert plain_text("555\u20130126,") == "555-0126,"
    assert plain_text("0133\u20130152") == "0133\u20130152"  # a block's two ends
    assert plain_text("555\u20110126") == "555-0126"  # a non-breaking hyphen


def test_narrow_spaces_join_a_numbers_groups_never_an_amounts() -> None:
    assert _tight_join(")", "5") and _tight_join("5", "-") and _tight_join("-", "0")
    assert not _tight_join("1", "2")  # '1 234,56': a thin space groups thousands


def test_a_list_with_its_area_code_said_once() -> None:
    found = [e164 for e164, _ in abbreviated_in("(956) 555-0114, 555-0126 y 555-0104.")]
    assert found == ["+19565550126", "+19565550104"]
    assert abbreviated_in("Call (956) 555-0114 at 555 Main St") == []
    assert [e for e, _ in abbreviated_in("(212) 555-0100 and 555-0101")] == ["+12125550101"]


def test_a_letter_spaced_label_read_back_in_pieces() -> None:
    assert classify("M AI N LINE") == Context.BTN
    assert classify("ACC OUNT HOLD ER") == Context.NAME
    assert classify("JOHN SMITH") == Context.NONE  # a name is not regrouped into labels
    from portdesk.bills.context import _regrouped

    assert _regrouped("PO BOX") is None and _regrouped("MAIN LINE") is None  # words already


def test_a_sentence_that_calls_the_number_the_customers_own_call() -> None:
    from portdesk.bills.lineplace import _CALLED_US_FROM

    assert _CALLED_US_FROM.search("Thank you for calling us on May 5, 2026 from")
    assert not _CALLED_US_FROM.search("Calls from")


def test_a_sites_name_before_its_street() -> None:
    assert _after_site_name("Downtown Office \u00b7 2257 Willow Dr") == "2257 Willow Dr"
    assert _after_site_name("2257 Willow Dr") is None
    assert _after_site_name("Downtown Office \u00b7 Suite 4") is None


def test_a_unit_civic_number_with_a_comma_and_a_provinces_country() -> None:
    got = parse_address_lines(["22-2159, chemin du Lac", "Tingwick (Québec) J0A 3G4"])
    assert got == Address("22-2159, chemin du Lac", "", "Tingwick", "QC", "J0A 3G4", "CA")
    assert placed(got).line2 == "# 22"
    us = parse_address_lines(["123-45 Queens Blvd", "Forest Hills, NY 11375"])
    assert us is not None and us.country == "US" and placed(us).line2 == ""


def test_an_e_mail_address_names_a_mailbox() -> None:
    assert names_a_mailbox("Sophie Morrison <sophie@morrison.ca>")
    assert not names_a_mailbox("VoIP.ms")
