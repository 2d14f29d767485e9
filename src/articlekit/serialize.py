"""Serialisation: dicts, JSON, JSON Lines, a JSON Schema, and the seed format back.

Everything goes through one cattrs converter built by :func:`make_converter`; cattrs'
global converter is never touched. :func:`configure_converter` lists the rules.
"""

from __future__ import annotations

import datetime as dt
import enum
import io
import json
import os
import types
import typing
from collections.abc import Iterable, Iterator
from typing import IO, Any, Union

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from articlekit.errors import ArticleError
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

__all__ = [
    "SCHEMA",
    "ArticleDataError",
    "configure_converter",
    "format_article",
    "from_dict",
    "from_json",
    "json_schema",
    "make_converter",
    "read_jsonl",
    "to_dict",
    "to_json",
    "write_jsonl",
]

#: The value of the ``schema`` key in every serialised article. Later versions add fields
#: with defaults; the key changes only when a reader of this version could misread data.
SCHEMA = "articlekit/1"

_MODELS: tuple[type, ...] = (
    Article,
    Byline,
    Dateline,
    Defect,
    Mention,
    Paragraph,
    Participant,
    Quote,
    TimeExpression,
)


_ENUMS: tuple[type[enum.Enum], ...] = (
    DatePrecision,
    HeaderKind,
    ParagraphKind,
    ParticipantKind,
    QuoteKind,
)


def _enum_value(member: enum.Enum) -> Any:
    return member.value


def _structure_enum(value: Any, cls: type[enum.Enum]) -> enum.Enum:
    if type(value) is not str:
        raise TypeError(f"expected str, got {type(value).__name__}")
    return cls(value)  # ValueError names the bad value


class ArticleDataError(ArticleError, ValueError):
    """A dict or JSON document is not a valid serialised article.

    ``errors`` lists one message per problem, each ending with its path
    (``invalid value for type, expected int @ $.quotes[0].span``).
    """

    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        super().__init__("invalid article data: " + "; ".join(errors))


def _strict(kind: type) -> Any:
    def hook(value: Any, _: Any) -> Any:
        if type(value) is not kind:
            raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
        return value

    return hook


def _structure_span(value: Any, _: Any) -> Span:
    if (
        not isinstance(value, (list, tuple))
        or len(value) != 2
        or any(type(v) is not int for v in value)
    ):
        raise TypeError(f"expected a span [start, end] of two integers, got {value!r}")
    return Span(value[0], value[1])


def _structure_date(value: Any, _: Any) -> dt.date:
    if type(value) is not str:
        raise TypeError(f"expected an ISO 8601 date string, got {type(value).__name__}")
    return dt.date.fromisoformat(value)


def configure_converter(converter: cattrs.Converter) -> None:
    """Install articlekit's rules on *converter*.

    - spans are ``[start, end]`` lists of two integers;
    - dates are ISO 8601 strings (``2018-11-17``);
    - enums are their string values (``"body"``, ``"indirect"``), and only those load;
    - tuples are lists;
    - ``Article.source`` is left out (``to_dict(..., include_source=True)`` adds it);
    - integers, strings and booleans must have exactly that JSON type on the way in;
    - unknown keys are rejected (the converter must be made with ``forbid_extra_keys``).
    """
    converter.register_unstructure_hook(Span, lambda s: [s.start, s.end])
    converter.register_structure_hook(Span, _structure_span)
    converter.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    converter.register_structure_hook(dt.date, _structure_date)
    # Our enums subclass ``str``, so cattrs' ``str`` hook would pass the members
    # through: register each class, which singledispatch prefers over ``str``.
    for enum_cls in _ENUMS:
        converter.register_unstructure_hook(enum_cls, _enum_value)
        converter.register_structure_hook(enum_cls, _structure_enum)
    for kind in (int, str, bool):
        converter.register_structure_hook(kind, _strict(kind))
    converter.register_unstructure_hook(
        Article,
        make_dict_unstructure_fn(Article, converter, source=override(omit=True)),
    )
    converter.register_structure_hook(
        Article,
        make_dict_structure_fn(
            Article, converter, _cattrs_forbid_extra_keys=True, source=override(omit=True)
        ),
    )


def make_converter() -> cattrs.Converter:
    """Return a new converter configured by :func:`configure_converter`."""
    converter = cattrs.Converter(forbid_extra_keys=True)
    configure_converter(converter)
    return converter


_CONVERTER = make_converter()


def to_dict(article: Article, *, include_source: bool = False) -> dict[str, Any]:
    """Return *article* as a JSON-ready dict with a ``schema`` key first."""
    body = _CONVERTER.unstructure(article, Article)
    out: dict[str, Any] = {"schema": SCHEMA}
    out.update(body)
    if include_source:
        out["source"] = article.source
    return out


def from_dict(data: Any) -> Article:
    """Build an :class:`Article` from a dict made by :func:`to_dict`.

    Raises :class:`ArticleDataError` naming the path of every unknown key, missing key or
    wrong type (``$.quotes[0].span``).
    """
    if not isinstance(data, dict):
        raise ArticleDataError([f"expected an object, got {type(data).__name__} @ $"])
    data = dict(data)
    schema = data.pop("schema", None)
    if schema != SCHEMA:
        raise ArticleDataError([f"expected schema {SCHEMA!r}, got {schema!r} @ $.schema"])
    source = data.pop("source", None)
    if source is not None and type(source) is not str:
        raise ArticleDataError([f"expected str, got {type(source).__name__} @ $.source"])
    try:
        article = _CONVERTER.structure(data, Article)
    except Exception as exc:
        if isinstance(exc, (cattrs.BaseValidationError,)):
            raise ArticleDataError(list(cattrs.transform_error(exc, path="$"))) from exc
        raise ArticleDataError([f"{exc} @ $"]) from exc
    if source is not None:
        article = attrs.evolve(article, source=source)
    return article


def to_json(article: Article, *, indent: int | None = None, include_source: bool = False) -> str:
    """Return *article* as a JSON document (UTF-8 text, non-ASCII kept)."""
    data = to_dict(article, include_source=include_source)
    return json.dumps(data, ensure_ascii=False, indent=indent)


def from_json(text: str | bytes) -> Article:
    """Build an :class:`Article` from :func:`to_json` output."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"at line {exc.lineno} column {exc.colno}"
        raise ArticleDataError([f"not JSON: {exc.msg} {where} @ $"]) from exc
    return from_dict(data)


def write_jsonl(
    articles: Iterable[Article],
    target: str | os.PathLike[str] | IO[str],
    *,
    include_source: bool = False,
) -> int:
    """Write one JSON document per line to a path or text stream; return how many.

    Articles are written as they come, so an iterator of any length streams in constant
    memory.
    """
    if isinstance(target, (str, os.PathLike)):
        with open(target, "w", encoding="utf-8", newline="\n") as fh:
            return write_jsonl(articles, fh, include_source=include_source)
    n = 0
    for article in articles:
        target.write(to_json(article, include_source=include_source))
        target.write("\n")
        n += 1
    return n


def read_jsonl(source: str | os.PathLike[str] | IO[str]) -> Iterator[Article]:
    """Yield the articles of a JSON Lines file or text stream, one at a time.

    Blank lines are skipped; an invalid line raises :class:`ArticleDataError` naming its
    line number.
    """
    if isinstance(source, (str, os.PathLike)):
        with open(source, encoding="utf-8") as fh:
            yield from read_jsonl(fh)
        return
    for number, line in enumerate(source, 1):
        if not line.strip():
            continue
        try:
            yield from_json(line)
        except ArticleDataError as exc:
            raise ArticleDataError([f"line {number}: {e}" for e in exc.errors]) from exc


# -- JSON Schema ---------------------------------------------------------------------


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if tp is Span:
        return {"$ref": "#/$defs/Span"}
    if tp is int:
        return {"type": "integer"}
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is dt.date:
        return {"type": "string", "format": "date"}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [m.value for m in tp]}
    if isinstance(tp, type) and attrs.has(tp):
        _class_schema(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if origin is tuple:
        (item, _ellipsis) = typing.get_args(tp)
        return {"type": "array", "items": _type_schema(item, defs)}
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        inner = _type_schema(args[0], defs)
        return {"anyOf": [inner, {"type": "null"}]}
    raise TypeError(f"no schema for {tp!r}")  # pragma: no cover - a programming error


def _class_schema(cls: type, defs: dict[str, Any]) -> None:
    name = cls.__name__
    if name in defs:
        return
    defs[name] = {}  # placeholder against recursion
    hints = typing.get_type_hints(cls)
    props: dict[str, Any] = {}
    required: list[str] = []
    for f in attrs.fields(cls):
        if cls is Article and f.name == "source":
            continue
        schema = _type_schema(hints[f.name], defs)
        doc = _FIELD_DOCS.get((name, f.name))
        if doc:
            schema = {**schema, "description": doc}
        props[f.name] = schema
        if f.default is attrs.NOTHING:
            required.append(f.name)
    defs[name] = {
        "type": "object",
        "description": (cls.__doc__ or "").strip().splitlines()[0],
        "properties": props,
        "required": required,
        "additionalProperties": False,
    }


_FIELD_DOCS: dict[tuple[str, str], str] = {
    ("Article", "published"): (
        "Publication date, ISO 8601; the first of the month for month precision."
    ),
    ("Paragraph", "text"): "The source slice with whitespace runs and hard line wraps collapsed.",
    ("Quote", "speaker"): "Id of the speaking participant.",
}


def json_schema() -> dict[str, Any]:
    """Return a JSON Schema (draft 2020-12) that every :func:`to_dict` output validates against."""
    defs: dict[str, Any] = {
        "Span": {
            "type": "array",
            "description": "Half-open [start, end] character offsets into the source text.",
            "prefixItems": [{"type": "integer", "minimum": 0}, {"type": "integer", "minimum": 0}],
            "items": False,
            "minItems": 2,
        }
    }
    _class_schema(Article, defs)
    article = defs.pop("Article")
    props = {
        "schema": {"const": SCHEMA},
        **article["properties"],
        "source": {"type": ["string", "null"]},
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://articlekit.invalid/schema/articlekit-1.json",
        "title": "articlekit article",
        "description": article["description"],
        "type": "object",
        "properties": props,
        "required": ["schema", *article["required"]],
        "additionalProperties": False,
        "$defs": dict(sorted(defs.items())),
    }


# -- back to the seed format ---------------------------------------------------------


def format_article(article: Article) -> str:
    """Render *article* in the seed format: a `` date`` header line, then paragraphs.

    The header line carries the date (``YYYY-MM`` for month precision) and the headline;
    paragraphs follow, separated by one blank line. The dateline is written back in front
    of the paragraph it was taken from.
    """
    out = io.StringIO()
    if article.published is not None:
        date = article.published.isoformat()
        if article.published_precision is not None and article.published_precision.value == "month":
            date = date[:7]
        out.write(f" date {date}")
        if article.headline:
            out.write(f" {article.headline}")
        out.write("\n\n")
    elif article.headline:
        out.write(f"{article.headline}\n\n")
    texts = []
    for p in article.paragraphs:
        text = p.text
        dl = article.dateline
        if (
            dl is not None
            and dl.places
            and p.span.contains(dl.span)
            and p.span.start == dl.span.start
        ):
            prefix = _format_dateline(dl)
            text = f"{prefix} {text}" if text else prefix
        texts.append(text)
    out.write("\n\n".join(texts))
    if texts:
        out.write("\n")
    return out.getvalue()


def _format_dateline(dl: Dateline) -> str:
    head = "/".join(p for p in dl.places[:1]) if dl.places else ""
    parts = [head + (f", {dl.date_text}" if dl.date_text else "")]
    if dl.agency:
        parts.append(f"({dl.agency})")
    return " ".join(parts) + " --"
