"""factcheck: catch facts that disagree.

Reads news text, turns what it asserts into typed claims with normalized amounts, durations and
time windows, and checks that claims which must agree do agree.
"""

from __future__ import annotations

from factcheck._check import Report, check
from factcheck._claims import extract
from factcheck._config import Config
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
    Finding,
    FindingKind,
    Hedge,
    InputProblem,
    Modality,
    Polarity,
    QuoteClaim,
    Severity,
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
    "Config",
    "Document",
    "Duration",
    "EventClaim",
    "FactcheckError",
    "Finding",
    "FindingKind",
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
    "Report",
    "Severity",
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
    "check",
    "comparable",
    "extract",
    "load",
    "load_lexicon",
    "loads",
    "windows_overlap",
]
