"""No message writes a count as "N thing(s)": domain/words.counted says the noun in its number.

Walked in session 19: "Restored 1 unsaved edit(s) from the last session", "1 of 1 page(s)",
"imported 1 case(s) from exc.json", "Sent 1 page(s) of LOA-PD-000002-signed.pdf". The scan reads
every string the desk, the commands, the services, the domain and the store write (docstrings
and log records aside: the log is for whoever debugs, and a bill's or a form's own words, in
bills/ and loa/, are matched as printed).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "portdesk"
PACKAGES = ("ui", "commands", "services", "domain", "store")
HEDGED = re.compile(r"[A-Za-z]\(s\)")


def _log_call(node: ast.AST) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name) and node.func.value.id in ("log", "logger"))


def _hedged(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
                and isinstance(body[0].value, ast.Constant):
            skip.add(id(body[0].value))  # a docstring
        if _log_call(node):
            skip.update(id(sub) for sub in ast.walk(node))
    return [f"{path.relative_to(ROOT.parent)}:{node.lineno}: {node.value!r}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in skip and HEDGED.search(node.value)]


def test_no_message_hedges_its_count() -> None:
    found = [line for package in PACKAGES for path in sorted((ROOT / package).rglob("*.py"))
             for line in _hedged(path)]
    assert found == []
