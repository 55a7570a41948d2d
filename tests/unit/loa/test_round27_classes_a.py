"""Round 27's classes, first half (issue 11, session 16, fix27a), each in a small drawn form of
its own words; each test failed before its fix. The rules are general (how forms are drawn and
worded), never one form's literal."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from portdesk.loa.fields import values_from_case
from portdesk.loa.fill import FormAnalysis, analyse_form, fill_form
from portdesk.loa.vocabulary import classify_in
from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round14_kit import unicode_a4
from tests.loaforms.round27_kit import widget
from tests.loaforms.round28_kit import tf
from tests.unit.loa.helpers import make_case, make_entry


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


def _capped_name(with_full_line: bool) -> Sheet:
    s = letter("capped", "US", "en", [], "")
    s.text(40, 740, "Port Request", 13, bold=True)
    s.text(40, 712, "Business name (max. 24 characters)", 7)
    widget(s, "cust.nm", 40, 690, 170, 15, None, maxlen=24)
    if with_full_line:
        s.blank("If the name on your bill is longer than 24 characters, print it in full here:",
                40, 660, 560, "account_name", size=7)
    s.blank("Account number", 40, 620, 300, "account_number")
    return s


@pytest.mark.parametrize("with_full_line", [True, False], ids=["full-line", "alone"])
def test_a_capped_widget_stays_empty_when_the_form_asks_the_value_whole_elsewhere(
        with_full_line: bool) -> None:
    """A name widget whose /MaxLen is shorter than the name, on a form that asks the name
    again where it fits ("if longer, print it in full here"): the form says where a long
    name goes, so the capped widget stays empty (it had been written with its limit removed).
    Alone, the widget still takes the whole name, limit removed and said (never cut)."""
    name = make_entry()["account_name"]
    filled = fill_form(_capped_name(with_full_line).build()[0], values_from_case(make_case()),
                       "f.pdf")
    fields = PdfReader(io.BytesIO(filled.pdf)).get_fields() or {}
    held = str(fields["cust.nm"].get("/V") or "")
    placed = [r.value for r in filled.rows if r.field == "account_name" and r.value]
    if with_full_line:
        assert held == "" and placed == [name], (held, placed)
    else:
        assert held == name, held


def _two_copies() -> Sheet:
    s = a4("copies", "ES", "es", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "SOLICITUD DE PORTABILIDAD", 13, bold=True)
    for k, (copy, p) in enumerate((("EJEMPLAR PARA EL CLIENTE", "c"),
                                   ("EJEMPLAR PARA EL OPERADOR", "o"))):
        x0 = 40 + k * 270
        s.text(x0, 770, copy, 9, bold=True)
        y = 735
        for label, name, w in (("Titular (nombre y apellidos o razón social)", "titular", 240),
                               ("Domicilio de la línea (calle y número)", "domicilio", 240),
                               ("Localidad", "localidad", 140),
                               ("Nº de cliente / cuenta en el donante", "cuenta", 150),
                               ("Teléfono de contacto", "contacto", 120)):
            s.text(x0, y + 18, label, 6.5)
            widget(s, f"{p}_{name}", x0, y, w, 15, None)
            y -= 34
        s.text(x0, y + 18, "Números a portar", 6.5)
        for r in range(3):
            s.text(x0, y - r * 18 + 4, f"{r + 1}", 7)
            widget(s, f"{p}_num{r + 1}", x0 + 12, y - r * 18, 200, 15, None)
        s.para(x0, 520, "Solicito causar baja en el operador donante y alta en el nuevo "
               "operador conservando la numeración indicada.", 240, 7)
        s.frame(x0, 430, 150, 40)
        s.text(x0, 420, "Firma del titular o autorizado", 6.5)
        s.text(x0 + 160, 460, "Fecha (dd/mm/aaaa)", 6.5)
        widget(s, f"{p}_fecha", x0 + 160, 440, 80, 15, None)
    return s


def test_the_form_printed_twice_side_by_side_takes_every_value_in_both_copies() -> None:
    """"Ejemplar para el cliente | para el operador": the same blanks on the same rows, one
    fixed distance apart, are the form's two copies, each the customer's: every value and the
    signature go in both (the second copy's street had been left to the first, 'another blank
    fits this value better', and its signature read as a second signatory's)."""
    placements = _analyse(_two_copies(), "ES").placements
    by_field: dict[str, list[float]] = {}
    for p in placements:
        if p.rect:
            by_field.setdefault(str(p.field), []).append(p.rect[0])
    for field in ("account_name", "street", "city", "account_number", "contact_phone",
                  "signature", "date_signed"):
        xs = sorted(by_field.get(field, []))
        assert len(xs) == 2 and xs[0] < 300 < xs[1], (field, xs, by_field)
    slots = sorted((p.rect[0] > 300, p.slot) for p in placements if str(p.field) == "number")
    assert slots == [(False, 0), (False, 1), (False, 2), (True, 0), (True, 1), (True, 2)], slots


def test_a_short_label_running_into_its_own_blank_labels_no_blank_below() -> None:
    """"Fax [______]" with a row of slots for the numbers that stay lower down, the second
    slot reaching under "Fax": the label is its own widget's, so the second slot is the row's
    next slot, not a fax (the first slot had taken both numbers that stay)."""
    s = a4("fax", "IT", "it", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Richiesta di portabilità", 13, bold=True)
    s.text(40, 760, "Intestatario del contratto", 7.5)
    tf(s, "INT", 40, 742, 250, 14, "account_name")
    s.text(380, 702, "Fax", 7.5)
    tf(s, "FAX", 400, 698, 155, 14, None)
    s.text(40, 664, "Numeri che restano all'operatore attuale", 8)
    for k in range(2):
        tf(s, f"RESTA{k + 1}", 230 + k * 165, 660, 155, 14, None)
    got = _fields_at(_analyse(s, "IT"), 655, 680)
    assert [f for _x, f, _p in got] == ["remaining_number", "remaining_number"], got


@pytest.mark.parametrize(("label", "language", "field"), [
    ("Nº de líneas", "es", "number_count"), ("N.º de líneas", "es", "number_count"),
    ("No. of lines", "en", "number_count"), ("Persona autorizada", "es", "authorized_name"),
    ("Αριθμός λογαριασμού / συμβολαίου", "el", "account_number"), ("Αριθμός", "el", "number"),
])
def test_the_words_round_27_taught(label: str, language: str, field: str) -> None:
    """The number sign counts lines as 'Number of' does; a bare 'Persona autorizada' is that
    person's name; the Greek account or contract number with the donor."""
    reading = classify_in(label, (language,))
    assert reading is not None and str(reading.field) == field, reading


def test_a_lines_own_number_is_no_count() -> None:
    """'Nº de línea' (singular) is a line's own number, never the count of lines."""
    reading = classify_in("Nº de línea", ("es",))
    assert reading is None or str(reading.field) != "number_count", reading
