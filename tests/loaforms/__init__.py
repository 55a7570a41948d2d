"""Carrier LOA forms drawn at test time, each with the truth of where every value belongs.

Twelve forms modelled on how real carriers organise theirs (US, Canada in English and French, UK,
Ireland, Germany; fillable with odd widget names, partly fillable and paper-only). They are a
second, independent measure of `portdesk loa fill` beside the real forms in ../shared: the forms
and their truth were written before the filler was run on any of them, and a third of them
(HELD_BACK) were set aside before any fix and scored only at the end.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.loaforms import forms_ca, forms_de, forms_uk_ie, forms_us

Built = tuple[bytes, dict[str, Any]]
FORMS: dict[str, Callable[[], Built]] = {
    **forms_us.FORMS, **forms_ca.FORMS, **forms_uk_ie.FORMS, **forms_de.FORMS}
# Chosen before the first score and before any fix: one of each kind and country group.
HELD_BACK = frozenset({"us-comcast-partly-fillable", "ca-telus-fr-paper",
                       "uk-fillable-text-fields", "de-fillable-text-widgets"})


def split_of(name: str) -> str:
    return "held-back" if name in HELD_BACK else "tuned"


def build(name: str) -> Built:
    pdf, truth = FORMS[name]()
    truth["split"] = split_of(name)
    return pdf, truth


def names(split: str) -> list[str]:
    return sorted(n for n in FORMS if split in ("all", split_of(n)))
