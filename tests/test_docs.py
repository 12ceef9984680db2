"""Documentation generated from the code stays in step with it."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_rules", DOCS / "generate_rules.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rules_page_is_generated_from_the_registry() -> None:
    """docs/rules.md is what docs/generate_rules.py writes (run it after changing a rule)."""
    assert (DOCS / "rules.md").read_text(encoding="utf-8") == _generator().render()


def test_rules_page_shows_each_example_as_a_code_block() -> None:
    """Each rule's Conflict and No conflict examples become fenced code blocks."""
    page = _generator().render()
    assert "## FC904 unused-suppression" in page
    assert page.count("**Conflict**:\n\n```text\n") == page.count("\n## FC")


def test_readme_lists_every_rule_by_code_and_name() -> None:
    """The README's table of rules has a row for each rule of the registry."""
    from factcheck.rules import all_rules

    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    missing = [rule.code for rule in all_rules() if f"| {rule.code} | {rule.name} |" not in readme]
    assert missing == []
