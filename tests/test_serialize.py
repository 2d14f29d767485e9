"""Serialisation: dicts, JSON, JSON Lines, the JSON Schema and the seed format."""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from articlekit import (
    SCHEMA,
    Article,
    ArticleDataError,
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
    format_article,
    from_dict,
    from_json,
    json_schema,
    make_converter,
    parse,
    parse_file,
    read_jsonl,
    to_dict,
    to_json,
    write_jsonl,
)
from tests.conftest import FIXTURES

SOURCE = (
    " date 2018-11-14 Talks end\n\n"
    "BEIJING, Nov. 14 (Xinhua) -- \u201cWe agree,\u201d Ann Lee said.\n"
)


def article() -> Article:
    """A small article with every kind of nested object, built by hand."""
    return Article(
        id="a1",
        published=dt.date(2018, 11, 14),
        published_precision=DatePrecision.DAY,
        headline="Talks end",
        header="Talks end",
        header_kind=HeaderKind.HEADLINE,
        dateline=Dateline(
            places=["BEIJING"],
            date_text="Nov. 14",
            date=dt.date(2018, 11, 14),
            agency="Xinhua",
            span=Span(28, 56),
        ),
        byline=Byline(authors=["Ann Lee"], agency="Xinhua", span=Span(0, 3)),
        paragraphs=[
            Paragraph(
                index=0,
                kind=ParagraphKind.BODY,
                text="\u201cWe agree,\u201d Ann Lee said.",
                span=Span(28, 83),
                sentences=[Span(57, 83)],
            )
        ],
        participants=[
            Participant(
                id="p1",
                kind=ParticipantKind.PERSON,
                name="Ann Lee",
                aliases=["Lee"],
                roles=["envoy"],
                gender="female",
                mentions=[Mention(text="Ann Lee", span=Span(70, 77))],
            )
        ],
        quotes=[
            Quote(
                id="q1",
                kind=QuoteKind.DIRECT,
                text="We agree,",
                cue="said",
                speaker="p1",
                speaker_text="Ann Lee",
                paragraph=0,
                span=Span(58, 67),
                cue_span=Span(78, 82),
                speaker_span=Span(70, 77),
            )
        ],
        defects=[Defect(code="truncated", message="m", span=Span(82, 83), line=3, column=55)],
        source=SOURCE,
    )


EXPECTED_DICT: dict[str, Any] = {
    "schema": "articlekit/1",
    "id": "a1",
    "published": "2018-11-14",
    "published_precision": "day",
    "headline": "Talks end",
    "header": "Talks end",
    "header_kind": "headline",
    "dateline": {
        "places": ["BEIJING"],
        "date_text": "Nov. 14",
        "date": "2018-11-14",
        "agency": "Xinhua",
        "span": [28, 56],
    },
    "byline": {"authors": ["Ann Lee"], "agency": "Xinhua", "span": [0, 3]},
    "paragraphs": [
        {
            "index": 0,
            "kind": "body",
            "text": "\u201cWe agree,\u201d Ann Lee said.",
            "span": [28, 83],
            "sentences": [[57, 83]],
        }
    ],
    "participants": [
        {
            "id": "p1",
            "kind": "person",
            "name": "Ann Lee",
            "aliases": ["Lee"],
            "roles": ["envoy"],
            "gender": "female",
            "mentions": [{"text": "Ann Lee", "span": [70, 77], "caption": False}],
        }
    ],
    "quotes": [
        {
            "id": "q1",
            "kind": "direct",
            "text": "We agree,",
            "cue": "said",
            "speaker": "p1",
            "speaker_text": "Ann Lee",
            "paragraph": 0,
            "time": None,
            "span": [58, 67],
            "cue_span": [78, 82],
            "speaker_span": [70, 77],
        }
    ],
    "times": [],
    "defects": [{"code": "truncated", "message": "m", "span": [82, 83], "line": 3, "column": 55}],
}


def _types(value: Any) -> set[type]:
    """Every Python type inside a JSON-like value."""
    if isinstance(value, dict):
        return {dict}.union(*(_types(v) for v in value.values()), *(_types(k) for k in value))
    if isinstance(value, list):
        return {list}.union(*(_types(v) for v in value))
    return {type(value)}


class TestToDict:
    def test_shape(self) -> None:
        """``to_dict`` gives the documented shape, keys in order, ``schema`` first."""
        d = to_dict(article())
        assert d == EXPECTED_DICT
        assert list(d) == list(EXPECTED_DICT)

    def test_plain_json_types(self) -> None:
        """The dict holds only plain JSON types: enums are str, tuples are lists."""
        assert _types(to_dict(article())) <= {dict, list, str, int, bool, type(None)}

    def test_include_source(self) -> None:
        """``include_source`` adds the source text last."""
        d = to_dict(article(), include_source=True)
        assert (list(d)[-1], d["source"]) == ("source", SOURCE)

    def test_schema_constant(self) -> None:
        """The schema key is ``articlekit/1``."""
        assert SCHEMA == "articlekit/1"


class TestFromDict:
    def test_round_trip(self) -> None:
        """``from_dict(to_dict(a)) == a`` with enum members restored."""
        back = from_dict(to_dict(article()))
        assert back == article()
        assert (type(back.header_kind), type(back.quotes[0].kind)) == (HeaderKind, QuoteKind)

    def test_round_trip_source(self) -> None:
        """The source survives a round trip when included."""
        assert from_dict(to_dict(article(), include_source=True)).source == SOURCE

    def test_input_not_modified(self) -> None:
        """``from_dict`` does not change the dict it is given."""
        d = to_dict(article())
        before = copy.deepcopy(d)
        from_dict(d)
        assert d == before

    @staticmethod
    def errors(change: Any) -> list[str]:
        d = copy.deepcopy(EXPECTED_DICT)
        change(d)
        with pytest.raises(ArticleDataError) as info:
            from_dict(d)
        return info.value.errors

    def test_unknown_key(self) -> None:
        """An unknown top-level key is rejected with its name."""
        assert self.errors(lambda d: d.update(extra=1)) == ["extra fields found (extra) @ $"]

    def test_unknown_nested_key(self) -> None:
        """An unknown key in a nested object names the object's path."""
        assert self.errors(lambda d: d["dateline"].update(zzz=1)) == [
            "extra fields found (zzz) @ $.dateline"
        ]

    def test_bad_span(self) -> None:
        """A malformed span names its path."""
        assert self.errors(lambda d: d["quotes"][0].update(span="bad")) == [
            "invalid value for type, expected Span @ $.quotes[0].span"
        ]

    def test_wrong_int_type(self) -> None:
        """A string where an int belongs is rejected, not coerced."""
        assert self.errors(lambda d: d["paragraphs"][0].update(index="0")) == [
            "invalid value for type, expected int @ $.paragraphs[0].index"
        ]

    def test_bool_is_not_int(self) -> None:
        """``true`` is not accepted as an integer."""
        assert self.errors(lambda d: d["defects"][0].update(line=True)) == [
            "invalid value for type, expected int @ $.defects[0].line"
        ]

    def test_bad_enum(self) -> None:
        """An unknown enum value is rejected."""
        assert self.errors(lambda d: d.update(header_kind="bogus")) == [
            "invalid value for type, expected HeaderKind @ $.header_kind"
        ]

    def test_bad_date(self) -> None:
        """A date must be an ISO string."""
        assert self.errors(lambda d: d.update(published=20181114)) == [
            "invalid value for type, expected datetime.date | None @ $.published"
        ]

    def test_missing_required(self) -> None:
        """A missing required field names its path."""
        assert self.errors(lambda d: d["paragraphs"][0].pop("text")) == [
            "required field missing @ $.paragraphs[0].text"
        ]

    def test_several_errors(self) -> None:
        """Every problem is listed, not just the first."""

        def change(d: dict[str, Any]) -> None:
            d["paragraphs"][0]["index"] = "0"
            d["quotes"][0]["span"] = [1]

        assert sorted(self.errors(change)) == [
            "invalid value for type, expected Span @ $.quotes[0].span",
            "invalid value for type, expected int @ $.paragraphs[0].index",
        ]

    def test_wrong_schema(self) -> None:
        """Another schema version is rejected."""
        assert self.errors(lambda d: d.update(schema="articlekit/2")) == [
            "expected schema 'articlekit/1', got 'articlekit/2' @ $.schema"
        ]

    def test_not_an_object(self) -> None:
        """A non-dict is rejected and the message lists the error."""
        with pytest.raises(ArticleDataError) as info:
            from_dict([1])
        assert str(info.value) == "invalid article data: expected an object, got list @ $"


class TestJson:
    def test_round_trip(self) -> None:
        """``from_json(to_json(a)) == a``."""
        assert from_json(to_json(article())) == article()

    def test_non_ascii_kept(self) -> None:
        """Non-ASCII characters are written as themselves."""
        assert "\u201cWe agree,\u201d" in to_json(article())

    def test_indent(self) -> None:
        """``indent`` pretty-prints and the result is the same document."""
        text = to_json(article(), indent=2)
        assert (text.splitlines()[1], json.loads(text)) == (
            '  "schema": "articlekit/1",',
            EXPECTED_DICT,
        )

    def test_not_json(self) -> None:
        """Text that is not JSON is an ArticleDataError with a position."""
        with pytest.raises(ArticleDataError) as info:
            from_json("{bad")
        assert info.value.errors == [
            "not JSON: Expecting property name enclosed in double quotes at line 1 column 2 @ $"
        ]


class TestJsonl:
    def test_stream_round_trip(self) -> None:
        """Articles written to a stream read back equal, one per line."""
        articles = [article(), parse(SOURCE, id="b")]
        buf = io.StringIO()
        assert write_jsonl(articles, buf) == 2
        assert buf.getvalue().count("\n") == 2
        buf.seek(0)
        assert list(read_jsonl(buf)) == articles

    def test_path_round_trip(self, tmp_path: Path) -> None:
        """Writing to and reading from a path works the same way."""
        path = tmp_path / "out.jsonl"
        write_jsonl(iter([article()]), path)
        assert list(read_jsonl(path)) == [article()]

    def test_streams_lazily(self) -> None:
        """Writing consumes a generator one article at a time, and reading is lazy."""
        seen: list[int] = []

        def gen():
            for i in range(3):
                seen.append(i)
                yield parse(SOURCE, id=str(i), extract=False)

        buf = io.StringIO()
        write_jsonl(gen(), buf)
        buf.seek(0)
        reader = read_jsonl(buf)
        assert (seen, next(reader).id) == ([0, 1, 2], "0")

    def test_blank_lines_skipped(self) -> None:
        """Blank lines in a JSON Lines file are skipped."""
        line = to_json(article())
        assert list(read_jsonl(io.StringIO(f"\n{line}\n\n{line}\n"))) == [article(), article()]

    def test_bad_line_numbered(self) -> None:
        """An invalid line is reported with its line number."""
        good = to_json(article())
        with pytest.raises(ArticleDataError) as info:
            list(read_jsonl(io.StringIO(f"{good}\n{{}}\n")))
        assert info.value.errors == ["line 2: expected schema 'articlekit/1', got None @ $.schema"]


class TestJsonSchema:
    VALIDATOR = Draft202012Validator(json_schema())

    def test_schema_is_valid(self) -> None:
        """The schema is a valid draft 2020-12 schema."""
        Draft202012Validator.check_schema(json_schema())

    def test_hand_built_validates(self) -> None:
        """``to_dict`` of a full article validates, with and without source."""
        assert list(self.VALIDATOR.iter_errors(to_dict(article()))) == []
        assert list(self.VALIDATOR.iter_errors(to_dict(article(), include_source=True))) == []

    @pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.stem)
    def test_fixture_validates(self, path: Path) -> None:
        """Every fixture's full parse validates against the schema."""
        assert list(self.VALIDATOR.iter_errors(to_dict(parse_file(path)))) == []

    @pytest.mark.parametrize(
        ("change", "path"),
        [
            (lambda d: d.update(extra=1), []),
            (lambda d: d["paragraphs"][0].update(kind="prose"), ["paragraphs", 0, "kind"]),
            (lambda d: d["quotes"][0].update(span=[1, 2, 3]), ["quotes", 0, "span"]),
            (lambda d: d.update(schema="articlekit/0"), ["schema"]),
            (lambda d: d["dateline"].pop("span"), ["dateline"]),
        ],
        ids=["extra-key", "bad-enum", "long-span", "schema", "missing-span"],
    )
    def test_invalid_rejected(self, change: Any, path: list[object]) -> None:
        """Invalid documents fail validation at the right place."""
        d = copy.deepcopy(EXPECTED_DICT)
        change(d)
        errors = list(self.VALIDATOR.iter_errors(d))
        assert [list(e.absolute_path) for e in errors] == [path]


class TestConverter:
    def test_independent(self) -> None:
        """``make_converter`` returns a fresh converter each time."""
        assert make_converter() is not make_converter()

    def test_structures_spans(self) -> None:
        """The converter reads spans as ``[start, end]``."""
        assert make_converter().structure([1, 4], Span) == Span(1, 4)


class TestFormatArticle:
    def test_seed_format(self) -> None:
        """An article is written back as a header line and blank-line separated paragraphs."""
        a = parse(" date 2018-11-17 Talks end\n\n\n\nIt ended.\n\n\nThey left.\n", extract=False)
        assert format_article(a) == " date 2018-11-17 Talks end\n\nIt ended.\n\nThey left.\n"

    def test_month_precision(self) -> None:
        """A month-precision date is written as YYYY-MM."""
        a = parse(" date 2023-08 Talks end\n\nIt ended.\n", extract=False)
        assert format_article(a) == " date 2023-08 Talks end\n\nIt ended.\n"

    def test_dateline_written_back(self) -> None:
        """The dateline is written in front of its paragraph and parses back the same."""
        a = parse(
            " date 2018-11-17 Talks end\n\nBEIJING, Nov. 14 (Xinhua) -- It ended.\n", extract=False
        )
        out = format_article(a)
        b = parse(out, extract=False)
        assert out == " date 2018-11-17 Talks end\n\nBEIJING, Nov. 14 (Xinhua) -- It ended.\n"
        assert (b.dateline.places, b.dateline.date, b.dateline.agency) == (
            ("BEIJING",),
            dt.date(2018, 11, 14),
            "Xinhua",
        )
