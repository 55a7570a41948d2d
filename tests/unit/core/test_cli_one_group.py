"""The command line builds only the command group it was asked for (cli.named_group).

Every write command paid for argparse building all eight groups' subparsers and importing what
their options need (~30-40 ms of a `case comment`); the arguments parse exactly as before, and
the top-level help, --version and a misspelt group still see every group.
"""

from __future__ import annotations

import argparse

import pytest

from portdesk.cli import COMMAND_GROUPS, build_parser, named_group

SAME = [
    ["case", "comment", "PD-000005", "called the carrier"],
    ["--db", "sqlite:///q.sqlite3", "case", "status", "PD-000004", "draft", "--reason", "r"],
    ["--db=sqlite:///q.sqlite3", "audit", "verify"],
    ["case", "show", "PD-000001", "--json"],
    ["sync", "--once"],
]


def _groups(parser: argparse.ArgumentParser) -> set[str]:
    [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return set(sub.choices)


@pytest.mark.parametrize("argv", SAME, ids=lambda a: " ".join(a[:3]))
def test_one_group_parses_as_all_do(argv: list[str]) -> None:
    group = named_group(argv)
    assert group is not None and group in COMMAND_GROUPS
    one = build_parser(group)
    assert _groups(one) == {group}
    mine, everyone = vars(one.parse_args(argv)), vars(build_parser().parse_args(argv))
    assert mine.pop("func") == everyone.pop("func")
    assert mine == everyone


@pytest.mark.parametrize("argv", [[], ["--help"], ["-h", "case"], ["--version"], ["cas"],
                                  ["--db", "sqlite:///q"], ["--bogus", "case"]])
def test_help_version_and_misspellings_see_every_group(argv: list[str]) -> None:
    assert named_group(argv) is None
    assert _groups(build_parser(named_group(argv))) == set(COMMAND_GROUPS)


def test_a_url_that_reads_as_a_group_is_not_taken_for_one() -> None:
    assert named_group(["--db", "case", "sync", "--once"]) == "sync"
