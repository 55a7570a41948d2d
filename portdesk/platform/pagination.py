"""Walking a page-numbered list to the end, whatever size the platform decides a page is."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from portdesk.platform.models import PageMeta

T = TypeVar("T")
MAX_PAGES = 100_000  # a platform that never says "last page" must not loop forever


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: list[T]
    meta: PageMeta | None
    received: int = -1  # records on the page as sent, skipped ones included (-1: as items)

    @property
    def is_last(self) -> bool:
        if self.meta is None:
            return True
        sent = self.received if self.received >= 0 else len(self.items)
        return self.meta.page_number >= self.meta.total_pages or not sent


def iter_pages(fetch: Callable[[int], Page[T]], first: int = 1) -> Iterator[Page[T]]:
    number = first
    while number < first + MAX_PAGES:
        page = fetch(number)
        yield page
        if page.is_last:
            return
        number += 1


def iter_items(fetch: Callable[[int], Page[T]], key: Callable[[T], Any] | None = None
               ) -> Iterator[T]:
    """Every item once: a record that moves between pages while we read is not yielded twice."""
    seen: set[Any] = set()
    for page in iter_pages(fetch):
        for item in page.items:
            marker = key(item) if key else None
            if key is not None:
                if marker in seen:
                    continue
                seen.add(marker)
            yield item
