"""What happens to a port-in's texts (messaging): whether they port with the numbers.

The description's porting order carries `messaging.enable_messaging`, set by an update (PATCH
/porting_orders/{id}; the create takes numbers and references only): "Indicates whether Telnyx
will port messaging capabilities from the losing carrier. If false, any messaging capabilities
will stay with their current provider." A new order has it false. Calls port either way; unset,
the customer's texts stay with the losing carrier. The case holds the decision (`port_texts`),
the sync sends it written out and reads the platform's back; the desk, `case show`, the case
files and the audit trail say it in the same words.
"""

from __future__ import annotations

DEFAULT = False  # the description's default for enable_messaging on a new order
LABEL = "Texts (SMS/MMS)"
TOOLTIP = ("Port the numbers' texts (SMS/MMS) with them. Unticked is the platform's default: "
           "calls port, and texts stay with the current provider (enable_messaging: false).")


# the description's `messaging.messaging_capable` on the order: "Indicates whether the porting
# order can also port messaging capabilities"; `enable_messaging` applies only where it is true
NOT_CAPABLE = ("This order cannot port texts: the platform says its numbers' messaging cannot "
               "move (messaging_capable: false), so texts stay with the current provider and "
               "the tick is not sent.")


def capable_key(case_id: int) -> str:
    """Where the sync keeps the order's `messaging_capable` for a case (sync state)."""
    return f"messaging_capable.{case_id}"


def texts_words(port_texts: bool) -> str:
    """The decision in the specialist's words, with the platform's field as it is sent."""
    if port_texts:
        return "port with the numbers (enable_messaging: true)"
    return ("stay with the current provider (enable_messaging: false, the platform's default)")


def short_words(port_texts: bool) -> str:
    """The decision for a timeline line or a table cell."""
    return "port with the numbers" if port_texts else "stay with the current provider"
