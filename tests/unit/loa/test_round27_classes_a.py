"""Round 27's classes, first half (issue 11, session 16, fix27a), each in a small drawn form of
its own words; each test failed before its fix. The rules are general (how forms are drawn and
worded), never one form's literal."""

from __future__ import annotations

from portdesk.loa.fill import FormAnalysis, analyse_form
from tests.loaforms.kit import Sheet, a4


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
