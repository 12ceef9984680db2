"""Rule help, from the registry: for ``factcheck explain``, SARIF and ``docs/rules.md``."""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterable

from factcheck.rules import Rule

__all__ = ["rule_description", "rule_markdown", "rule_text", "rules_markdown"]

_LITERAL = re.compile(r"``([^`]+)``")


def _docstring(rule: type[Rule]) -> str:
    return inspect.cleandoc(rule.__doc__ or rule.summary)


def rule_description(rule: type[Rule]) -> str:
    """The first paragraph of the rule's docstring, on one line."""
    return " ".join(_docstring(rule).split("\n\n", 1)[0].split())


def rule_text(rule: type[Rule]) -> str:
    """The rule's help as ``factcheck explain`` prints it: a heading, then its docstring."""
    return (
        f"{rule.code} {rule.name} (default severity: {rule.severity.value})\n\n{_docstring(rule)}"
    )


def _markdown_body(docstring: str) -> str:
    """A docstring's reST-ish prose and ``::`` literal blocks as Markdown."""
    out: list[str] = []
    lines = docstring.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not line.endswith("::"):
            out.append(_LITERAL.sub(r"`\1`", line))
            continue
        out.extend([_LITERAL.sub(r"`\1`", line[:-1]), "", "```text"])
        block: list[str] = []
        while index < len(lines) and (not lines[index].strip() or lines[index].startswith(" ")):
            block.append(lines[index][4:])
            index += 1
        while block and not block[0].strip():
            block.pop(0)
        while block and not block[-1].strip():
            block.pop()
        out.extend([*block, "```", ""])
    return "\n".join(out).strip() + "\n"


def rule_markdown(rule: type[Rule]) -> str:
    """The rule's help in Markdown, without a heading."""
    return f"*Default severity: {rule.severity.value}.*\n\n{_markdown_body(_docstring(rule))}"


def rules_markdown(rules: Iterable[type[Rule]]) -> str:
    """A Markdown page of ``rules``: a table, then each rule's help."""
    rules = list(rules)
    lines = [
        "# Rules",
        "",
        "<!-- Generated from the rule registry by docs/generate_rules.py; do not edit. -->",
        "",
        "Every rule has a code, a name, a default severity and a docstring with a conflicting",
        "and a non-conflicting example, which the test suite runs. `factcheck rules` lists",
        "them and `factcheck explain CODE` prints one. Select, ignore and re-grade them in the",
        "configuration by code, code prefix or name.",
        "",
        "| code | name | severity | summary |",
        "| --- | --- | --- | --- |",
    ]
    lines += [
        f"| [{r.code}](#{r.code.lower()}-{r.name}) | {r.name} | {r.severity.value} | {r.summary} |"
        for r in rules
    ]
    for rule in rules:
        lines += ["", f"## {rule.code} {rule.name}", "", rule_markdown(rule).rstrip()]
    return "\n".join(lines) + "\n"
