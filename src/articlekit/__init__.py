"""articlekit: news articles saved as plain text -> typed, serializable data.

>>> import articlekit
>>> article = articlekit.parse(" date 2018-11-17 A headline\n\nGuo said the talks went well.\n")
>>> article.headline
'A headline'
"""

from articlekit.collection import Failure, ParseFailedError, parse_many
from articlekit.errors import DEFECT_CODES, ArticleError, ArticleParseError
from articlekit.extract import extract
from articlekit.models import (
    Article,
    Byline,
    Dateline,
    DatePrecision,
    Defect,
    HeaderKind,
    Mention,
    Paragraph,
    ParagraphKind,
    Participant,
    ParticipantKind,
    Quote,
    QuoteKind,
    Span,
    TimeExpression,
)
from articlekit.parse import parse, parse_bytes, parse_file
from articlekit.serialize import (
    SCHEMA,
    ArticleDataError,
    format_article,
    from_dict,
    from_json,
    json_schema,
    make_converter,
    read_jsonl,
    to_dict,
    to_json,
    write_jsonl,
)
from articlekit.tables import to_records

__version__ = "0.1.0"

__all__ = [
    "DEFECT_CODES",
    "SCHEMA",
    "Article",
    "ArticleDataError",
    "ArticleError",
    "ArticleParseError",
    "Byline",
    "DatePrecision",
    "Dateline",
    "Defect",
    "Failure",
    "HeaderKind",
    "Mention",
    "Paragraph",
    "ParagraphKind",
    "ParseFailedError",
    "Participant",
    "ParticipantKind",
    "Quote",
    "QuoteKind",
    "Span",
    "TimeExpression",
    "__version__",
    "extract",
    "format_article",
    "from_dict",
    "from_json",
    "json_schema",
    "make_converter",
    "parse",
    "parse_bytes",
    "parse_file",
    "parse_many",
    "read_jsonl",
    "to_dict",
    "to_json",
    "to_records",
    "write_jsonl",
]
