"""The case's `customer_wait` column (domain/customer_wait), kept from what the platform said.

Two sources write it, each its own part: the sync (an order's per-number requirements state,
and whether it still asks verification codes at all) and the desk's verification codes (read
from the platform whenever the specialist sends, verifies or looks at them). Each part is kept
under its own key, so one never wipes the other; the column is their words together. It is
sync bookkeeping (store.mapping.BOOKKEEPING): writing it moves no version, so a desk holding
the case open is not told of a conflict for it.
"""

from __future__ import annotations

from portdesk.domain.customer_wait import codes_words, combined, requirements_words
from portdesk.platform.port import Order
from portdesk.store.sync_repo import SyncRepository
from portdesk.store.unit import Session


def _keys(case_id: int) -> tuple[str, str]:
    return f"customer_wait.codes.{case_id}", f"customer_wait.requirements.{case_id}"


def record(repo: SyncRepository, session: Session, case_id: int, *,
           codes: str | None = None, requirements: str | None = None) -> str:
    """Set the given parts (None: keep that part as it is); returns the column's words."""
    codes_key, requirements_key = _keys(case_id)
    for key, value in ((codes_key, codes), (requirements_key, requirements)):
        if value is not None and (repo.get_json(key, session) or "") != value:
            repo.put_json(key, value or None, session)
    words = combined(str(repo.get_json(codes_key, session) or ""),
                     str(repo.get_json(requirements_key, session) or ""))
    repo.set_customer_wait(session, case_id, words)
    return words


def from_order(repo: SyncRepository, session: Session, case_id: int, order: Order) -> None:
    """The sync's part: requirements pending per number; codes no longer asked are cleared
    (the codes' own state is read by the desk, services.verification_codes)."""
    asks = order.asks_verification_codes and order.editable
    record(repo, session, case_id, codes=None if asks else "",
           requirements=requirements_words(state for _n, state in order.number_requirements))


def from_codes(repo: SyncRepository, session: Session, case_id: int,
               sent_unverified: int) -> None:
    """The desk's part: codes sent and not verified, as the platform just listed them. Written
    on the database lane with the desk's other writes (services.verification_codes.record)."""
    record(repo, session, case_id, codes=codes_words(sent_unverified))
