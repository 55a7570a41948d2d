"""Round 27's classes, first half (issue 11, session 16, fix27a), each in a small drawn form of
its own words; each test failed before its fix. The rules are general (how forms are drawn and
worded), never one form's literal."""

from __future__ import annotations

from portdesk.loa.fill import FormAnalysis, analyse_form
from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round14_kit import unicode_a4


def _analyse(s: Sheet, country: str) -> FormAnalysis:
    return analyse_form(s.build()[0], "form.pdf", country=country, strict=False)


def _fields_at(analysis: FormAnalysis, y0: float, y1: float) -> list[tuple[int, str, str]]:
    return sorted((round(p.rect[0]), str(p.field), p.part) for p in analysis.placements
                  if p.rect and y0 < p.rect[3] < y1)


def test_a_month_blank_running_into_the_century_is_a_month_in_words() -> None:
    """"Gewünschter Termin: den [__]. [______] 20[__]": the day joined to the month by a dot,
    then the century printed right after the month's blank: a month in digits would need a
    join before the year, so the month is written out and the three blanks are one date (the
    whole date had gone, in 5 pt type, into the day's blank). 'gewünscht' asks the port's
    date as 'Wunsch...' does."""
    s = a4("den", "DE", "de", [], "")
    s.text(40, 800, "Auftrag zur Rufnummernmitnahme", 13, bold=True)
    s.para(40, 760, "Hiermit beauftrage ich die Firma, die oben genannten Rufnummern zu "
           "portieren. " * 2, 510, 8)
    s.blank("Name des Anschlussinhabers", 40, 720, 300, "account_name")
    y = 694
    end = s.text(40, y, "Gewünschter Termin: den", 8.5) + 3
    s.rule(end, y - 2, end + 22)
    end = s.text(end + 23, y, ".", 8.5) + 4
    s.rule(end, y - 2, end + 90)
    end = s.text(end + 94, y, "20", 8.5) + 1
    s.rule(end, y - 2, end + 18)
    s.text(40, y - 11, "(Monat bitte ausschreiben)", 6)
    got = _fields_at(_analyse(s, "DE"), 688, 704)
    assert [(f, p) for _x, f, p in got] == [("requested_date", "day"),
                                           ("requested_date", "month"),
                                           ("requested_date", "year2")], got


def test_a_date_label_in_the_forms_language_leads_a_dates_whole_shape() -> None:
    """"Ημερομηνία: [__] [______] 20[__]": two blanks side by side then the century and the
    year's blank are a whole date whatever word leads in; a word the page's lexicon reads as a
    date's label (here the signing's) leads in as 'le' or 'dnia' do, and says whose date it is
    (the whole date had gone into the month's blank)."""
    s = unicode_a4("el", "GR", "el", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "ΑΙΤΗΣΗ ΦΟΡΗΤΟΤΗΤΑΣ ΑΡΙΘΜΩΝ", 13, bold=True)
    s.blank("Ονοματεπώνυμο / Επωνυμία", 40, 740, 300, "account_name")
    s.para(40, 720, "Εξουσιοδοτώ την εταιρεία να υποβάλει για λογαριασμό μου αίτηση "
           "φορητότητας των παραπάνω αριθμών προς τον πάροχο δότη.", 510, 8)
    y = 694
    end = s.text(40, y, "Ημερομηνία:", 8.5) + 4
    s.rule(end, y - 2, end + 22)
    s.rule(end + 26, y - 2, end + 126)
    end = s.text(end + 130, y, "20", 8.5) + 1
    s.rule(end, y - 2, end + 18)
    s.sign_line("Υπογραφή συνδρομητή", 40, y - 56, 260, label_below=True)
    got = _fields_at(_analyse(s, "GR"), 688, 704)
    assert [(f, p) for _x, f, p in got] == [("date_signed", "day"), ("date_signed", "month"),
                                           ("date_signed", "year2")], got
