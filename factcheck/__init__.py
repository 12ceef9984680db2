"""factcheck: catch facts that disagree.

Reads news text, turns what it asserts into typed claims with normalized amounts, durations and
time windows, and checks that claims which must agree do agree.
"""

from __future__ import annotations

from factcheck._intervals import amounts_overlap, comparable, windows_overlap
from factcheck._lexicon import Lexicon, load_lexicon
from factcheck._model import (
    Amount,
    AmountClaim,
    Claim,
    Document,
    Duration,
    EventClaim,
    Hedge,
    Modality,
    Polarity,
    QuoteClaim,
    Span,
    Speaker,
    StatementDateClaim,
    Subject,
    Tense,
    TimeWindow,
    Timex,
)
from factcheck.errors import (
    FactcheckError,
    InputError,
    InvalidArgument,
    LexiconError,
    NormalizationError,
)

__all__ = [
    "Amount",
    "AmountClaim",
    "Claim",
    "Document",
    "Duration",
    "EventClaim",
    "FactcheckError",
    "Hedge",
    "InputError",
    "InvalidArgument",
    "Lexicon",
    "LexiconError",
    "Modality",
    "NormalizationError",
    "Polarity",
    "QuoteClaim",
    "Span",
    "Speaker",
    "StatementDateClaim",
    "Subject",
    "Tense",
    "TimeWindow",
    "Timex",
    "amounts_overlap",
    "comparable",
    "load_lexicon",
    "windows_overlap",
]
