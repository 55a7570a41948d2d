"""The carrier the numbers leave has one name wherever the specialist reads it.

The bill check said "Losing carrier" while the case editor, the new-case dialog and the history
said "Current carrier" for the same field: a specialist comparing the two screens could take them
for two values. DOMAIN.md's word is the losing carrier (OSP); every label of the field uses it.
"""

from __future__ import annotations

from portdesk.domain.kind_fields import NAMES
from portdesk.domain.loa_binding import CARRIED
from portdesk.services import bill_desk, timeline
from portdesk.ui import case_editor, new_case_dialog


def test_the_losing_carrier_has_one_label_everywhere() -> None:
    labels = {
        "bill check": bill_desk.LABELS["carrier"],
        "case editor": case_editor.LABELS["losing_carrier"],
        "new case": new_case_dialog.LABELS["carrier"],
        "history": timeline.FIELD_LABELS["losing_carrier"],
        "history (bill names)": timeline.FIELD_LABELS["carrier"],
        "absent-field note, case show": NAMES["losing_carrier"],
        "LOA terms": CARRIED["losing_carrier"].capitalize(),
    }
    assert set(labels.values()) == {"Losing carrier"}, labels
