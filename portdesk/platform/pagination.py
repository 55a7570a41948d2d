"""Walking a page-numbered list to the end, whatever size the platform decides a page is."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from portdesk.platform.models import PageMeta

T = TypeVar("T")
MAX_PAGES = 100_000  # a platform that never says "last page" must not loop forever


class PagingStalled(Exception):
    """A later page brought back only records already read: the platform is not paging (it
    ignores `page[number]`, say), so walking on would repeat page 1 up to MAX_PAGES times."""

    def __init__(self, number: int) -> None:
        super().__init__(f"page {number} repeated records already read")
        self.number = number


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: list[T]
    meta: PageMeta | None
    received: int = -1  # records on the page as sent, skipped ones included (-1: as items)
    size: int = 0  # the page size asked for (0: not known)

    @property
    def is_last(self) -> bool:
        """The platform says so (its page count), or, when it gives none (no meta, or no
        count in it), the page came short of the size asked for."""
        sent = self.received if self.received >= 0 else len(self.items)
        if not sent:
            return True
        if self.meta is not None and self.meta.total_pages >= 0:
            return self.meta.page_number >= self.meta.total_pages
        return self.size <= 0 or sent < self.size


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
    for number, page in enumerate(iter_pages(fetch), start=1):
        if key is not None and number > 1 and page.items and all(
                key(item) in seen for item in page.items):
            raise PagingStalled(number)
        for item in page.items:
            marker = key(item) if key else None
            if key is not None:
                if marker in seen:
                    continue
                seen.add(marker)
            yield item
