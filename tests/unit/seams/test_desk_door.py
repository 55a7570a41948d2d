"""The desk holds the open store only to hand it back to services (issue 13: services are the one
door). The import contract keeps ui/ from importing the store's modules; this keeps it from using
the handle it is given: no repository, transaction, secrets box or URL read off it in ui/."""

from __future__ import annotations

import ast
from pathlib import Path

import portdesk.ui
from portdesk.store.store import Store

UI = Path(portdesk.ui.__file__).parent
STORE_MEMBERS = frozenset(name for name in dir(Store) if not name.startswith("_")) | {
    "box", "sealer", "engine", "sessions"}


def _holds_store(node: ast.expr) -> bool:
    """`store`, `self.store`, `self._store`, `ctx.store`, ..."""
    if isinstance(node, ast.Name):
        return node.id in ("store", "_store")
    return isinstance(node, ast.Attribute) and node.attr in ("store", "_store")


def store_uses(source: str) -> list[tuple[int, str]]:
    return sorted((node.lineno, node.attr) for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Attribute) and node.attr in STORE_MEMBERS
            and _holds_store(node.value))


def test_the_desk_reaches_no_repository_through_the_store_it_holds() -> None:
    found = [f"{path.relative_to(UI.parent)}:{line}: store.{attr}"
             for path in sorted(UI.rglob("*.py"))
             for line, attr in store_uses(path.read_text(encoding="utf-8"))]
    assert found == [], "the desk must call a service instead:\n" + "\n".join(found)


def test_the_check_sees_a_repository_call_and_the_secrets_box() -> None:
    source = ("case = self.store.cases.get(1)\nJournal(d, store.box)\n"
              "lookup.case(store, 1)\nself.store = store\n")
    assert store_uses(source) == [(1, "cases"), (2, "box")]
