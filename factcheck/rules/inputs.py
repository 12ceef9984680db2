"""FC9xx: problems with the input itself.

These rules compare no claims: :func:`factcheck.check` raises their findings when a file cannot
be read, when a document's own problems were kept while reading it, and when a comparison
needed a publication date that a document does not give.
"""

from __future__ import annotations

from factcheck._model import Severity
from factcheck.rules._base import Rule, register

__all__ = ["InputProblem", "MissingPublicationDate", "UnreadableInput"]


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
    parse, a date field that is not a date.

    **Conflict**::

        a.md: ---\\ntitle: [unclosed\\n---\\nThe pier will close in May.

    **No conflict**::

        a.md: ---\\ntitle: Pier\\n---\\nThe pier will close in May.
    """

    code = "FC903"
    name = "input-problem"
    summary = "A document read with a problem that was worked around."
    severity = Severity.WARNING
