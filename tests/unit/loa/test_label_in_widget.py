"""Widgets that hold their own label as their value ("Phone:", "Current provider:") on a form
that prints no other label for them (issue 11, session 21: round 35's Carinthia form kept 11
misplaced), drawn unlike round 35's: US Letter, English, two boxes a row under a bold heading,
the labels in the customer's and the carrier's words.

The class: the value is the box's label, not a value in it; the box is empty with its label
inside. The case's value replaces the label; a box the case has no value for keeps it."""

from __future__ import annotations

from reportlab.lib.colors import black, white

from portdesk.loa.fields import LoaField, values_from_case
from portdesk.loa.fill import analyse_form, fill_form
from tests.loaforms.kit import Sheet, letter
from tests.unit.loa.helpers import make_case, widget_values

_BOXES = (("holder", "Account holder:", 40, 300), ("acct", "Account no.:", 350, 200),
          ("phone", "Daytime phone:", 40, 250), ("mail", "Email address:", 300, 250),
          ("losing", "Current provider:", 40, 250), ("signer", "Printed name of signer:", 300, 250),
          ("fax", "Fax:", 40, 160))


def _labelled_in_box(s: Sheet, name: str, label: str, x: float, y: float, w: float) -> None:
    s.c.acroForm.textfield(name=f"box{len(s.places)}_{name[:1]}", tooltip="", value=label, x=x,
                           y=y, width=w, height=18, fontSize=9, borderWidth=0.6,
                           borderColor=black, fillColor=white, textColor=black,
                           forceBorder=True)
    s.places.append({"name": name})


def _form() -> bytes:
    s = letter("label-in-box", "US", "en", [], "")
    s.text(40, 760, "NUMBER TRANSFER AUTHORIZATION", 12, bold=True)
    s.text(40, 740, "Type over each box's label.", 7)
    y = 712
    for k, (name, label, x, w) in enumerate(_BOXES):
        _labelled_in_box(s, name, label, x, y, w)
        if k % 2 == 1:
            y -= 28
    return s.build()[0]


def _names() -> dict[str, str]:
    return {b[0]: f"box{k}_{b[0][:1]}" for k, b in enumerate(_BOXES)}


def test_a_widget_holding_its_label_takes_the_value_its_label_asks() -> None:
    values = values_from_case(make_case(contact_email="jose@nunez-plumbing.example"))
    got = widget_values(fill_form(_form(), values, "form.pdf").pdf)
    names = _names()
    for name, field in (("holder", LoaField.ACCOUNT_NAME), ("acct", LoaField.ACCOUNT_NUMBER),
                        ("losing", LoaField.CARRIER), ("mail", LoaField.CONTACT_EMAIL),
                        ("signer", LoaField.AUTHORIZED_NAME)):
        assert got[names[name]] == values.get(field), name
    assert got[names["phone"]].endswith("0199")


def test_a_box_with_no_value_of_ours_keeps_its_label() -> None:
    got = widget_values(fill_form(_form(), values_from_case(make_case()), "form.pdf").pdf)
    assert got[_names()["fax"]] == "Fax:"


def test_a_value_the_form_came_with_that_is_no_label_names_nothing() -> None:
    """A carrier's own value typed in a box ("Acme Telecom") ends in no colon: no label."""
    s = letter("typed-value", "US", "en", [], "")
    s.text(40, 740, "Port request", 12, bold=True)
    s.c.acroForm.textfield(name="t1", tooltip="", value="Acme Telecom", x=40, y=700, width=200,
                           height=18, fontSize=9, borderWidth=0.6, borderColor=black,
                           fillColor=white, textColor=black, forceBorder=True)
    analysis = analyse_form(s.build()[0], "form.pdf", country="US", strict=False)
    assert not [p for p in analysis.placements if p.widget == "t1"]
