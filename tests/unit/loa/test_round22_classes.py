"""Classes of issue 11 fixed in round 22's session (whole-form failures first, then round 22's
tuning batches by class): each drawn here in the smallest form that has it, in words of its own
(not any round's forms'), and failing on the code before its fix unless said to be a guard."""

from __future__ import annotations

from portdesk.loa.fields import LoaField
from portdesk.loa.fill import analyse_form
from portdesk.loa.language import in_no_language_read
from tests.loaforms.kit import Sheet, a4
from tests.loaforms.round5_kit import date_parts, numbered_slots

# -- a form in a Latin-script language no lexicon holds: the layout alone -------------------------

_INDONESIAN = ("PERMINTAAN PEMINDAHAN NOMOR TELEPON",
               ["Nama pemilik langganan", "Alamat pemasangan", "Penyedia layanan sekarang",
                "Nomor rekening tagihan"],
               "Nomor telepon yang dipindahkan", "Tanggal pemindahan yang diinginkan",
               "Dengan ini saya memberi kuasa kepada penyedia baru untuk memindahkan nomor di "
               "atas dan memberitahukan penyedia lama atas nama saya.",
               "Tanda tangan pemilik", "Tanggal")
_TAGALOG = ("PAGLIPAT NG LINYA NG TELEPONO",
            ["Pangalan ng may-ari ng linya", "Tirahan ng serbisyo", "Numero ng account",
             "Kasalukuyang kompanya"],
            "Mga numerong ililipat", "Petsa ng paglipat",
            "Pinahihintulutan ko ang bagong kompanya na ilipat ang mga numero sa itaas at "
            "ipaalam ito sa kasalukuyang kompanya para sa akin.",
            "Lagda ng may-ari", "Petsa")


def _unread_form(words: tuple[str, list[str], str, str, str, str, str],
                 date_line: bool = True) -> Sheet:
    title, labels, numbers, wanted, consent, signed, dated = words
    s = a4("unread", "DE", "xx", [], "")
    s.text(40, 800, title, 13, bold=True)
    for n, label in enumerate(labels):
        s.blank(label, 40, 770 - 20 * n, 550, None)
    s.text(40, 670, numbers, 9, bold=True)
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, 650, cols=2, rows=4, col_w=250, down=True)
    s.text(40, 550, wanted, 9)
    date_parts(s, 260, 546, [("DD", 24, None), ("MM", 24, None), ("YYYY", 40, None)])
    s.para(40, 490, consent, 500, 8)
    s.rule(40, 120, 300)
    s.text(40, 110, signed, 8)
    if date_line:
        s.rule(340, 120, 450)
        s.text(340, 110, dated, 8)
    return s


def test_a_form_in_a_language_no_lexicon_holds_gets_only_what_its_layout_makes_certain() -> None:
    """Indonesian labels: numbered lines 1.-8. down two columns are the numbers (in printed
    order), the long line at the foot the signature, the short one beside it its date; nothing
    else is placed (its labels cannot be read), and the form says so first. It was filled with
    nothing but a chance "date" and could not be signed."""
    analysis = analyse_form(_unread_form(_INDONESIAN).build()[0], "form.pdf", country="DE",
                            strict=False)
    placed = sorted((p.field.value, p.slot) for p in analysis.placements)
    assert placed == [("date_signed", None), *(("number", n) for n in range(8)),
                      ("signature", None)]
    numbers = sorted((p for p in analysis.placements if p.field == LoaField.NUMBER),
                     key=lambda p: p.slot or 0)
    assert [round(p.x) for p in numbers[:4]] == [65] * 4  # 1.-4. down the left column first
    assert "does not read" in analysis.notice


def test_a_false_friend_on_a_form_in_an_unread_language_places_nothing() -> None:
    """Tagalog "Numero ng account" read in English is a number to port (a misplaced value);
    on a form whose language PortDesk does not read no label is evidence."""
    analysis = analyse_form(_unread_form(_TAGALOG).build()[0], "form.pdf", country="DE",
                            strict=False)
    assert not [p for p in analysis.placements if p.y > 680]


def test_a_lone_foot_line_captioned_with_a_signature_word_stem_is_signed() -> None:
    """No date line beside it: the caption's signature word of a lexicon's language (a stem,
    not a label read whole) is the hint that makes the lone long line at the foot the place."""
    words = (*_INDONESIAN[:5], "Podpisano przez pemilik", "")
    analysis = analyse_form(_unread_form(words, date_line=False).build()[0], "form.pdf",
                            country="DE", strict=False)
    assert [p.field for p in analysis.placements if p.y < 200] == [LoaField.SIGNATURE]


def test_a_signature_caption_no_lexicon_knows_is_signed_at_the_foot_by_layout() -> None:
    """A French paper form whose signature line is captioned "Visa du client" (no lexicon's
    word): the long line at the foot with a short "Le" line beside it is where it is signed and
    dated. It could not be signed."""
    s = a4("visa", "FR", "fr", [], "")
    s.text(40, 800, "Demande de portabilité", 13, bold=True)
    s.blank("Raison sociale du titulaire", 40, 770, 550, "account_name")
    s.blank("Opérateur actuel", 40, 750, 550, "losing_carrier")
    s.blank("Numéro de client", 40, 730, 550, "account_number")
    s.para(40, 690, "Je demande la portabilité des numéros de ma ligne vers le nouvel "
           "opérateur, qui en informera mon opérateur actuel.", 500, 8)
    s.rule(40, 120, 300)
    s.text(40, 110, "Visa du client", 8)
    s.rule(340, 120, 450)
    s.text(340, 110, "Le", 8)
    analysis = analyse_form(s.build()[0], "form.pdf", country="FR", strict=False)
    foot = {round(p.x): p.field for p in analysis.placements if p.y < 200}
    assert foot == {41: LoaField.SIGNATURE, 341: LoaField.DATE_SIGNED}
    assert analysis.notice == ""


def test_a_foot_row_read_as_other_values_is_no_signature() -> None:
    """Guard: the lowest row "Nom ____  Qualité ____" (read) is never made a signature."""
    s = a4("no-sign", "FR", "fr", [], "")
    s.blank("Raison sociale du titulaire", 40, 770, 550, "account_name")
    s.blank("Opérateur actuel", 40, 750, 550, "losing_carrier")
    s.blank("Nom du signataire", 40, 120, 300, "authorized_name")
    s.blank("Qualité", 320, 120, 450, "authorized_title")
    analysis = analyse_form(s.build()[0], "form.pdf", country="FR", strict=False)
    assert LoaField.SIGNATURE not in {p.field for p in analysis.placements}


def test_a_short_form_in_a_language_read_is_not_unread() -> None:
    """Guard: a German form of a few labels is read in German (its little words are many)."""
    texts = ("Name des Anschlussinhabers Anschrift Bisheriger Anbieter Kundennummer beim "
             "bisherigen Anbieter Rufnummern die portiert werden Datum Unterschrift").split()
    assert not in_no_language_read(texts)
    assert in_no_language_read(" ".join(_INDONESIAN[1] + [_INDONESIAN[4]]).split())
