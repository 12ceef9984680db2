"""factcheck: catch facts that disagree.

Reads news text, turns what it asserts into typed claims with normalized amounts, durations and
time windows, and checks that claims which must agree do agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from factcheck._intervals import amounts_overlap, comparable, windows_overlap
from factcheck._lexicon import Lexicon, load_lexicon
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
    Suppression,
    TallyClaim,
    Tense,
    TimeWindow,
    Timex,
    WeekdayClaim,
)
from factcheck.errors import (
    ConfigError,
    FactcheckError,
    InputError,
    InvalidArgument,
    LexiconError,
    NormalizationError,
)

if TYPE_CHECKING:
    from factcheck._accept import Accepted, AcceptedBy
    from factcheck._amounts import AmountMention, find_amounts, parse_amount
    from factcheck._check import Report, check
    from factcheck._claims import extract
    from factcheck._config import Config
    from factcheck._load import FORMATS, load, loads
    from factcheck._times import TimeMention, find_times, parse_time

# The stages load on first use, so that importing factcheck (as the pytest plugin does) stays
# cheap: name → the module that defines it.
_LAZY = {
    "Accepted": "factcheck._accept",
    "AcceptedBy": "factcheck._accept",
    "AmountMention": "factcheck._amounts",
    "find_amounts": "factcheck._amounts",
    "parse_amount": "factcheck._amounts",
    "Report": "factcheck._check",
    "check": "factcheck._check",
    "extract": "factcheck._claims",
    "Config": "factcheck._config",
    "FORMATS": "factcheck._load",
    "load": "factcheck._load",
    "loads": "factcheck._load",
    "TimeMention": "factcheck._times",
    "find_times": "factcheck._times",
    "parse_time": "factcheck._times",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "FORMATS",
    "Accepted",
    "AcceptedBy",
    "Amount",
    "AmountClaim",
    "AmountMention",
    "Claim",
    "Config",
    "ConfigError",
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
    "Suppression",
    "TallyClaim",
    "Tense",
    "TimeMention",
    "TimeWindow",
    "Timex",
    "WeekdayClaim",
    "amounts_overlap",
    "check",
    "comparable",
    "extract",
    "find_amounts",
    "find_times",
    "load",
    "load_lexicon",
    "loads",
    "parse_amount",
    "parse_time",
    "windows_overlap",
]
