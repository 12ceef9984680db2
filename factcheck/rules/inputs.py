"""FC9xx: problems with the input itself.

These rules compare no claims: :func:`factcheck.check` raises their findings when a file cannot
be read, when a document's own problems were kept while reading it, when a comparison
needed a publication date that a document does not give, and when an inline suppression or a
baseline entry accepts nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck._model import Finding, FindingKind, Severity
from factcheck.rules._base import Rule, register

__all__ = [
    "InputProblem",
    "MissingPublicationDate",
    "StaleBaselineEntry",
    "UnreadableInput",
    "UnusedSuppression",
    "input_finding",
]


def input_finding(
    rule: type[Rule],
    message: str,
    documents: Sequence[str],
    *,
    severity: Severity,
    offset: int | None = None,
) -> Finding:
    """A finding of the input rule ``rule`` about ``documents`` (at ``offset`` in the first)."""
    return Finding(
        rule=rule.code,
        name=rule.name,
        kind=FindingKind.INPUT,
        severity=severity,
        message=message,
        documents=tuple(documents),
        offset=offset,
    )


@register
class UnreadableInput(Rule):
    """A file that cannot be read at all: missing, a directory, binary data, broken JSON.

    **Conflict**::

        photo.txt: <binary>

    **No conflict**::

        a.md: The pier will close in May.
    """

    code = "FC901"
    name = "unreadable-input"
    summary = "A file that cannot be read at all."
    severity = Severity.ERROR


@register
class MissingPublicationDate(Rule):
    """A document without a publication date, where a check needed one.

    Relative times ("now", "next week") are read against the publication date; without it,
    claims of two documents cannot be placed in time, and a finding between them assumes they
    were written at the same time.

    **Conflict**::

        a.md: Norvik workers will be leaving the valley, the chief executive said.
        b.md: Norvik workers will remain in the valley for now, the company said.

    **No conflict**::

        a.md (2031-03-05): Norvik workers will be leaving the valley, the chief executive said.
        b.md (2031-03-05): Norvik workers will remain in the valley for now, the company said.
    """

    code = "FC902"
    name = "missing-publication-date"
    summary = "A document without a publication date, where a check needed one."
    severity = Severity.INFO


@register
class InputProblem(Rule):
    """A document read with a problem: bytes that are not UTF-8, front matter that does not
    parse, a date field that is not a date. YAML front matter that does not parse but is
    lines of ``key: value`` (a title with a colon in it) is still read line by line.

    **Conflict**::

        a.md: ---\\ntitle: [unclosed\\n---\\nThe pier will close in May.

    **No conflict**::

        a.md: ---\\ntitle: Pier\\n---\\nThe pier will close in May.
    """

    code = "FC903"
    name = "input-problem"
    summary = "A document read with a problem that was worked around."
    severity = Severity.WARNING


@register
class UnusedSuppression(Rule):
    """A ``factcheck: ignore`` comment that accepts nothing: no finding of the rules it names
    has a claim in the paragraph after it, or it names a rule that does not exist.

    A suppression covers the paragraph after it; when the paragraph is rewritten and the clash
    goes away, the comment should go too, or it will hide the next clash written there.

    **Conflict**::

        a.md: <!-- factcheck: ignore stance-conflict -->\\n\\nThe pier will close in May.

    **No conflict**::

        a.md: <!-- factcheck: ignore FC301 -->\\n\\nNorvik workers will leave. They will remain.
    """

    code = "FC904"
    name = "unused-suppression"
    summary = "A factcheck: ignore comment that accepts no finding."
    severity = Severity.INFO


@register
class StaleBaselineEntry(Rule):
    """A baseline entry that no finding matches any more: the clash it accepted was fixed.

    The baseline (``--baseline``, or ``baseline`` in the configuration) lists accepted
    findings by what their claims say, so edits elsewhere in an article keep them matched.
    An entry is only reported when every document it names was checked and its rule ran.
    Write the baseline again (``--write-baseline``) to drop it. In the examples, a
    ``baseline:`` line is an earlier text whose findings the baseline accepted.

    **Conflict**::

        baseline: a.md (2031-03-05): Norvik workers will leave. Norvik workers will remain.
        a.md (2031-03-05): Norvik workers will leave.

    **No conflict**::

        baseline: a.md (2031-03-05): Norvik workers will leave. Norvik workers will remain.
        a.md (2031-03-05): A new lede.\\n\\nNorvik workers will leave. Norvik workers will remain.
    """

    code = "FC905"
    name = "stale-baseline-entry"
    summary = "A baseline entry that no finding matches any more."
    severity = Severity.INFO
