"""Write docs/rules.md from factcheck's rule registry.

    python docs/generate_rules.py          # rewrite docs/rules.md
    python docs/generate_rules.py --check  # exit 1 if it is out of date

Only factcheck's own rules are listed, not those of rule packs installed alongside it.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from factcheck._report._rules import rules_markdown
from factcheck.rules import all_rules

PAGE = Path(__file__).with_name("rules.md")


def render() -> str:
    """The page, as it should read."""
    return rules_markdown(rule for rule in all_rules() if rule.__module__.startswith("factcheck."))


def main(argv: Sequence[str] | None = None) -> int:
    """Write the page, or with ``--check`` only say whether it is up to date."""
    args = sys.argv[1:] if argv is None else list(argv)
    page = render()
    if "--check" in args:
        current = PAGE.read_text(encoding="utf-8") if PAGE.exists() else ""
        if current != page:
            print(f"{PAGE} is out of date: run python docs/generate_rules.py", file=sys.stderr)
            return 1
        return 0
    PAGE.write_text(page, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
