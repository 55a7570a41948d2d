"""What happens to a port-out's texts (messaging): the decision the platform asks with the answer.

The description's `PATCH /portouts/{id}/{status}` body has `host_messaging` ("Indicates whether
messaging services should be maintained with Telnyx after the port out completes", default
false), and the port-out record carries it back. Voice leaves with the numbers either way; the
specialist decides whether the numbers' texts stay hosted on this account after they port out
(the customer keeps texting through us) or leave too. Unasked, the platform's default (false)
applies: the desk and the command line ask it with every authorization and say the default when
nobody changed it, never silently.
"""

from __future__ import annotations

DEFAULT = False  # the description's default for host_messaging


def texts_words(host_messaging: bool) -> str:
    if host_messaging:
        return ("texts (messaging) stay hosted on this account after the numbers port out "
                "(host_messaging: true)")
    return ("texts (messaging) leave with the numbers (host_messaging: false, the platform's "
            "default)")
