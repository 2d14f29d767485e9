"""Reading files: decoding, repairs, binary and missing input, ids."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from articlekit import (
    Article,
    ArticleParseError,
    Defect,
    HeaderKind,
    Span,
    parse,
    parse_bytes,
    parse_file,
)

TEXT = " date 2019-09-09 Apple harvest starts early\n\nGrowers began picking early.\n"


def write(tmp_path: Path, data: bytes, name: str = "story.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


class TestDecoding:
    def test_utf8(self, tmp_path: Path) -> None:
        """Plain UTF-8 parses with no defects; ``source`` is the decoded text."""
        a = parse_file(write(tmp_path, TEXT.encode()), extract=False)
        assert (a.published, a.headline, a.source, a.defects) == (
            dt.date(2019, 9, 9),
            "Apple harvest starts early",
            TEXT,
            (),
        )

    def test_utf8_bom(self, tmp_path: Path) -> None:
        """A UTF-8 BOM is dropped before offsets are counted; the parse equals the BOM-less one."""
        with_bom = parse_file(write(tmp_path, b"\xef\xbb\xbf" + TEXT.encode()), extract=False)
        assert with_bom == parse(TEXT, id="story", extract=False)
        assert with_bom.source == TEXT

    def test_utf16_bom(self, tmp_path: Path) -> None:
        """UTF-16 with a BOM is text, decoded as such."""
        a = parse_file(write(tmp_path, TEXT.encode("utf-16")), extract=False)
        assert a == parse(TEXT, id="story", extract=False)

    def test_cp1252_fallback(self, tmp_path: Path) -> None:
        """Non-UTF-8 bytes decode as cp1252, with ``decode-fallback`` at the first bad byte."""
        text = " date 2018-10-02 Caf\u00e9 plan approved\n\n\u201cIt is good,\u201d she said.\n"
        a = parse_file(write(tmp_path, text.encode("cp1252")), extract=False)
        assert (a.headline, a.paragraphs[0].text, a.source) == (
            "Caf\u00e9 plan approved",
            "\u201cIt is good,\u201d she said.",
            text,
        )
        assert a.defects == (
            Defect(
                code="decode-fallback",
                message="the bytes are not valid UTF-8; decoded as cp1252",
                span=Span(20, 21),
                line=1,
                column=21,
            ),
        )

    def test_explicit_encoding(self, tmp_path: Path) -> None:
        """An explicit encoding is used as given, without defects."""
        text = " date 2018-10-02 Caf\u00e9 plan approved\n\nIt is good.\n"
        a = parse_file(write(tmp_path, text.encode("latin-1")), encoding="latin-1", extract=False)
        assert (a.headline, a.defects) == ("Caf\u00e9 plan approved", ())


class TestRepairs:
    def test_mojibake_and_entities(self, tmp_path: Path) -> None:
        """Mojibake and entities are repaired, each with one defect pointing into the new text."""
        raw = " date 2020-07-21 Caf\u00c3\u00a9 &amp; bakery wins\n\nIt won&nbsp;again.\n"
        a = parse_file(write(tmp_path, raw.encode()), extract=False)
        fixed = " date 2020-07-21 Caf\u00e9 & bakery wins\n\nIt won\u00a0again.\n"
        assert (a.source, a.headline, a.paragraphs[0].text) == (
            fixed,
            "Caf\u00e9 & bakery wins",
            "It won again.",
        )
        assert a.defects == (
            Defect(
                code="mojibake-repaired",
                message="repaired 1 run(s) of mojibake (UTF-8 read as Latin-1)",
                span=Span(20, 21),
                line=1,
                column=21,
            ),
            Defect(
                code="html-entity-decoded",
                message="repaired 2 run(s) of HTML entities",
                span=Span(22, 23),
                line=1,
                column=23,
            ),
        )
        assert [d.span.slice(a.source) for d in a.defects] == ["\u00e9", "&"]

    def test_repair_off(self) -> None:
        """``repair=False`` keeps entities and mojibake as they are, with no defects."""
        raw = " date 2020-07-21 Caf\u00c3\u00a9 &amp; bakery wins\n\nIt won.\n"
        a = parse(raw, repair=False, extract=False)
        assert (a.headline, a.defects) == ("Caf\u00c3\u00a9 &amp; bakery wins", ())


class TestBadInput:
    def test_binary_raises(self, tmp_path: Path) -> None:
        """NUL-heavy data raises ArticleParseError saying it is not a text file."""
        path = write(tmp_path, b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x01\x02" * 200, "image.txt")
        with pytest.raises(ArticleParseError) as info:
            parse_file(path)
        assert str(info.value) == (
            f"{path}:1:1: empty-input: not a text file: the input holds binary data (NUL bytes)"
        )

    def test_binary_raises_even_lenient(self) -> None:
        """Binary input is an error, not a defect, whatever the policy."""
        with pytest.raises(ArticleParseError, match="not a text file"):
            parse_bytes(b"\x00" * 64, strict=False)

    def test_missing_path(self, tmp_path: Path) -> None:
        """A missing path raises FileNotFoundError."""
        with pytest.raises(FileNotFoundError):
            parse_file(tmp_path / "nope.txt")

    def test_empty_file(self, tmp_path: Path) -> None:
        """An empty file is an empty Article with one ``empty-input`` defect."""
        assert parse_file(write(tmp_path, b"", "empty.txt")) == Article(
            id="empty",
            defects=[
                Defect(
                    code="empty-input",
                    message="the input holds no text",
                    span=Span(0, 0),
                    line=1,
                    column=1,
                )
            ],
        )

    def test_whitespace_file(self, tmp_path: Path) -> None:
        """A file of blank lines is empty input too, spanning the whitespace."""
        a = parse_file(write(tmp_path, b"  \n\n\t\n"))
        assert ([(d.code, d.span) for d in a.defects], a.paragraphs, a.header_kind) == (
            [("empty-input", Span(0, 6))],
            (),
            HeaderKind.MISSING,
        )


class TestId:
    def test_defaults_to_stem(self, tmp_path: Path) -> None:
        """The id is the file name without its suffix."""
        assert (
            parse_file(write(tmp_path, TEXT.encode(), "2019-09-09_apples.txt")).id
            == "2019-09-09_apples"
        )

    def test_explicit_id(self, tmp_path: Path) -> None:
        """An explicit id wins over the stem."""
        assert parse_file(write(tmp_path, TEXT.encode()), id="A-1").id == "A-1"

    def test_str_path(self, tmp_path: Path) -> None:
        """A path given as str works like a Path."""
        path = write(tmp_path, TEXT.encode())
        assert parse_file(str(path)) == parse_file(path)

    def test_parse_text_has_no_id(self) -> None:
        """Text parsed directly has no id unless one is given."""
        assert (parse(TEXT).id, parse(TEXT, id="x").id) == (None, "x")
