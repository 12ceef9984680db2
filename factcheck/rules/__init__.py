"""factcheck's rules, and what a rule of your own needs.

Every rule is a :class:`Rule` with a code ("FC101"), a kebab-case name and a one-line summary;
:func:`all_rules` lists them, built in and from plugins. A plugin package registers its rules
under the ``factcheck.rules`` entry-point group::

    [project.entry-points."factcheck.rules"]
    my-rules = "my_package.rules:RULES"

Families: FC1xx amounts, FC2xx timing, FC3xx stance, FC4xx quotes and attribution, FC5xx
statement dates, FC9xx input problems.
"""

from __future__ import annotations

from factcheck.rules._base import ENTRY_POINT_GROUP, Context, Rule, all_rules, register
from factcheck.rules.amounts import AmountMismatch, AmountMismatchInContext
from factcheck.rules.inputs import (
    InputProblem,
    MissingPublicationDate,
    StaleBaselineEntry,
    UnreadableInput,
    UnusedSuppression,
)
from factcheck.rules.quotes import Misattribution, QuoteDrift
from factcheck.rules.stance import StanceConflict
from factcheck.rules.statements import StatementDateMismatch
from factcheck.rules.timing import TimingConflict

__all__ = [
    "ENTRY_POINT_GROUP",
    "AmountMismatch",
    "AmountMismatchInContext",
    "Context",
    "InputProblem",
    "Misattribution",
    "MissingPublicationDate",
    "QuoteDrift",
    "Rule",
    "StaleBaselineEntry",
    "StanceConflict",
    "StatementDateMismatch",
    "TimingConflict",
    "UnreadableInput",
    "UnusedSuppression",
    "all_rules",
    "register",
]
