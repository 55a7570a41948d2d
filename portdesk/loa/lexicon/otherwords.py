"""'Other (specify): ____' beside a choice, by language: the words a form prints for the
choice's last option, whose blank takes a value none of the printed options says.

Written normalised (vocabulary.normalise: no accents, lower case, punctuation as spaces), one
tuple a language; a label is such a blank's when it starts with one of these words and says
nothing else than how to fill it ("please specify", "indique cuál").
"""

from __future__ import annotations

OTHER: dict[str, tuple[str, ...]] = {
    "en": ("other", "others"),
    "es": ("otro", "otra", "otros", "otras"),
    "pt": ("outro", "outra", "outros", "outras"),
    "fr": ("autre", "autres"),
    "it": ("altro", "altra", "altri"),
    "ca": ("altre", "altres"),
    "ro": ("altul", "alta", "altele"),
    "de": ("sonstige", "sonstiges", "sonstiger", "andere", "anderer", "anderes"),
    "nl": ("anders", "andere", "overig", "overige"),
    "da": ("andet", "anden", "andre"),
    "nb": ("annet", "annen", "andre"),
    "nn": ("anna", "annan", "andre"),
    "sv": ("annat", "annan", "ovrigt", "ovriga"),
    "fi": ("muu", "muut"),
    "et": ("muu", "muud"),
    "pl": ("inny", "inna", "inne"),
    "cs": ("jiny", "jina", "jine"),
    "sk": ("iny", "ina", "ine"),
    "sl": ("drugo", "drug", "druga"),
    "hr": ("ostalo", "drugo", "drugi"),
    "hu": ("egyeb",),
    "lt": ("kita", "kitas", "kiti"),
    "lv": ("cits", "cita", "citi"),
    "el": ("allo", "alli", "allos"),
    "bg": ("drugo", "drug", "druga"),
    "tr": ("diger",),
}
