"""What a whole form says about itself: the language its labels are in, and how it writes dates.

A German form with two pages of English terms is filled in German (its labels vote, one vote per
printed line beside a blank); a date is written the way the form prints it beside the blank
(MM/DD/YYYY, JJ/MM/AAAA, TT.MM.JJJJ), else the customer's country's way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from portdesk.loa.blanks import Blank
from portdesk.loa.fields import DATE_FIELDS, LoaField, date_format_for
from portdesk.loa.labels import PageText
from portdesk.loa.language import guess_languages_by_lines

_LABEL_ROW = 24.0  # points: a printed line this close to a blank's middle is beside it
_FEW_LABELS = 6  # fewer lines beside blanks than this say too little: read every line
# Hungarian "ÉÉÉÉ.HH.NN." (év, hónap, nap), Romanian "ZZ.LL.AAAA" (zi, lună, an) too
_YEAR_FIRST = re.compile(r"\b(YYYY|CCYY|RRRR|AAAA|JJJJ|EEEE)\s*[/.\-]\s*(MM|HH)\s*[/.\-]\s*"
                         r"(DD|JJ|TT|GG|NN)\b")
_FORMAT_HINT = re.compile(r"\b(MM|DD|JJ|TT|GG|ZZ|LL|PP|KK)\s*[/.\-]\s*(MM|DD|JJ|TT|GG|ZZ|LL|PP|KK|AA)\s*"
                          r"[/.\-]\s*(YYYY|CCYY|RRRR|AAAA|JJJJ|GGGG|BBBB|YY|AA|JJ)\b")


def date_format(blank: Blank, text: PageText, evidence: str, country: str,
                language: str) -> str:
    """The format the widget's own format action gives (AFDate_FormatEx("dd.mm.yyyy")), else
    the one printed beside the blank (MM/DD/YYYY, JJ/MM/AAAA...), else the country's."""
    if blank.widget is not None and (own := widget_date_format(blank.widget.obj)):
        return own
    near = " ".join([evidence, *(w.text for w in text.line_of(blank.rect)),
                     *(w.text for w in text.below(blank.rect))])
    near = near.upper().replace("Å", "A").replace("É", "E")  # "ÅÅÅÅ-MM-DD", "ÉÉÉÉ.HH.NN."
    hints = [h for h in (_FORMAT_HINT.search(near), _YEAR_FIRST.search(near)) if h]
    hint = min(hints, key=lambda h: h.start()) if hints else None
    if hint:
        code = {"MM": "%m", "DD": "%d", "JJ": "%d", "TT": "%d", "GG": "%d", "YYYY": "%Y", "CCYY": "%Y", "RRRR": "%Y", "AAAA": "%Y",
                "JJJJ": "%Y", "YY": "%y", "AA": "%y", "EEEE": "%Y", "HH": "%m", "NN": "%d",
                "ZZ": "%d", "LL": "%m", "GGGG": "%Y", "BBBB": "%Y", "PP": "%d", "KK": "%m"}
        sep = re.search(r"[/.\-]", hint.group(0))
        joiner = sep.group(0) if sep else "/"
        parts = [code.get(g, "%d") for g in hint.groups()]
        if hint.group(2) == "AA" and len(hint.group(3)) == 4:  # "GG.AA.YYYY": Turkish ay, the
            parts[1] = "%m"  # month between the day and a four-letter year
        return joiner.join(parts)
    return date_format_for(country, language)


def guess_form_languages(texts: dict[int, PageText],
                         blanks: Sequence[Blank] = ()) -> tuple[str, ...]:
    """The form's languages, its first first, from the printed lines beside its blanks (the
    labels), else from all its lines: a German form with two pages of terms in English is still
    filled in German; a Welsh one with English beside its Welsh is read in both."""
    rows: dict[int, list[float]] = {}
    for b in blanks:
        rows.setdefault(b.page, []).append((b.rect[1] + b.rect[3]) / 2)
    labels = [[w.text for w in ln.words] for n, text in sorted(texts.items())
              for ln in text.lines if any(abs(ln.y - y) <= _LABEL_ROW for y in rows.get(n, ()))]
    every = [[w.text for w in ln.words] for _, text in sorted(texts.items()) for ln in text.lines]
    return guess_languages_by_lines(labels) if len(labels) >= _FEW_LABELS else \
        guess_languages_by_lines(every)


def is_date(field_: LoaField | str | None) -> bool:
    return field_ in DATE_FIELDS


# AFDate_FormatEx("dd-mm-yyyy") / AFDate_KeystrokeEx(...): the form's own date format for a
# fillable field, in Acrobat's letters (d, dd, m, mm, yy, yyyy; a month in letters is left out)
_AFDATE = re.compile(r"AFDate_(?:Format|Keystroke)Ex\(\s*[\"']([dmy]{1,4}(?:[ ./\-][dmy]{1,4}){2})"
                     r"[\"']")
_AF_PART = {"dd": "%d", "d": "%d", "mm": "%m", "m": "%m", "yyyy": "%Y", "yy": "%y"}


def widget_date_format(obj: object) -> str:
    """The strftime format a widget's format or keystroke action asks (empty when none: a
    field of that form rejects or reformats a date typed otherwise in the carrier's viewer)."""
    try:
        actions = obj.get("/AA")  # type: ignore[attr-defined]
        actions = actions.get_object() if actions is not None else None
        scripts = [actions[k].get_object().get("/JS") for k in ("/F", "/K") if k in actions] \
            if actions is not None else []
    except (AttributeError, TypeError, KeyError):
        return ""
    for js in scripts:
        js = js.get_object() if hasattr(js, "get_object") else js
        text = js.get_data().decode("latin-1") if hasattr(js, "get_data") else str(js or "")
        if m := _AFDATE.search(text):
            parts = re.split(r"([ ./\-])", m.group(1))
            if all(p in _AF_PART for p in parts[::2]):
                return "".join(_AF_PART[p] if n % 2 == 0 else p for n, p in enumerate(parts))
    return ""
