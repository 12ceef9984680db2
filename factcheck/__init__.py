"""factcheck: catch facts that disagree.

Reads news text, turns what it asserts into typed claims with normalized amounts, durations and
time windows, and checks that claims which must agree do agree.
"""

from __future__ import annotations

from factcheck._intervals import amounts_overlap, comparable, windows_overlap
from factcheck._lexicon import Lexicon, load_lexicon
from factcheck._load import FORMATS, load, loads
from factcheck._model import (
    Amount,
    AmountClaim,
    Claim,
    Document,
    Duration,
    EventClaim,
    Hedge,
    InputProblem,
    Modality,
    Polarity,
    QuoteClaim,
    SourceMap,
    Span,
    Speaker,
    SpeakerKind,
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
    "FORMATS",
    "Amount",
    "AmountClaim",
    "Claim",
    "Document",
    "Duration",
    "EventClaim",
    "FactcheckError",
    "Hedge",
    "InputError",
    "InputProblem",
    "InvalidArgument",
    "Lexicon",
    "LexiconError",
    "Modality",
    "NormalizationError",
    "Polarity",
    "QuoteClaim",
    "SourceMap",
    "Span",
    "Speaker",
    "SpeakerKind",
    "StatementDateClaim",
    "Subject",
    "Tense",
    "TimeWindow",
    "Timex",
    "amounts_overlap",
    "comparable",
    "load",
    "load_lexicon",
    "loads",
    "windows_overlap",
]
