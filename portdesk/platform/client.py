"""The one client for the porting platform: the HTTP calls (orders, documents, both event logs,
port-in steps, port-outs) and, through TelnyxPort, the port the sync services talk to.

Porting creates take no idempotency key, so `create_porting_order` first looks the order up by
`customer_reference` (PortDesk's reference for the case, unique to this database) and does so again
whenever an attempt may have been applied without an answer (see porting_orders). The transport
(one httpx.Client, typed errors, retries) is in transport.py; the client is built in one place,
services/platform_access.py.
"""

from __future__ import annotations

from portdesk.platform.porting_orders import (
    PORTING_EVENTS,
    PORTOUT_EVENTS,
    SUBMITTED_OR_LATER,
    ReferenceConflict,
)
from portdesk.platform.telnyx_port import TelnyxPort
from portdesk.platform.transport import MAX_PAGE_SIZE

__all__ = ["MAX_PAGE_SIZE", "PORTING_EVENTS", "PORTOUT_EVENTS", "SUBMITTED_OR_LATER",
           "PlatformClient", "ReferenceConflict"]


class PlatformClient(TelnyxPort):
    """Orders, port-in steps, port-outs and events over HTTP; the port's records on top."""
