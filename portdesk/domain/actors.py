"""Names the audit log gives writers that are not a person.

The sync engine writes as the platform; the desk tells a platform's change from a colleague's by
this name (the timeline, a date moved after the LOA was signed). Kept here, beside nothing heavy,
so a reader of the log need not import the sync engine to know it.
"""

from __future__ import annotations

PLATFORM_ACTOR = "platform"
