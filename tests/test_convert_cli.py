"""Tests of ``articlekit convert``: formats, failures, exit codes, progress and summary."""

from __future__ import annotations

import csv
import gzip
import io
from pathlib import Path

import pytest

import articlekit
from articlekit.cli import _Progress, main
from articlekit.collection import parse_many
from articlekit.tables import SCHEMA, TABLES, to_records

ARTICLE = """ date 2020-05-{day:02d} Port workers end strike number {n}

ROTTERDAM, May 3 (Reuters) -- Dock workers ended a three-day strike on Sunday.

"We got what we asked for," union leader Anna de Vries said.
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    for i in range(5):
        (root / f"a{i}.txt").write_text(ARTICLE.format(day=i + 1, n=i), encoding="utf-8")
    return root


def summary(articles: list[articlekit.Article], failures: int, out: str) -> str:
    """The summary line's text up to the timing, for these articles."""
    quotes = sum(len(a.quotes) for a in articles)
    defects = sum(len(a.defects) for a in articles)
    files = len(articles) + failures
    return (
        f"articlekit: {files} files: {len(articles)} articles, {quotes} quotes, "
        f"{defects} defects, {failures} failures -> {out} ("
    )


class TestConvertJsonl:
    @pytest.mark.parametrize("jobs", ["1", "2"])
    def test_jsonl_holds_every_article_in_order(self, corpus, tmp_path, capsys, jobs):
        """JSON Lines output reads back as the articles parse_many gives, and exit is 0."""
        out = tmp_path / "out.jsonl"
        assert main(["convert", str(corpus), "-o", str(out), "--jobs", jobs]) == 0
        expected = list(parse_many(corpus, jobs=1))
        assert list(articlekit.read_jsonl(out)) == expected
        err = capsys.readouterr().err
        assert err.startswith(summary(expected, 0, str(out)))
        assert err.count("\n") == 1

    def test_gzip_jsonl(self, corpus, tmp_path, capsys):
        """.jsonl.gz output is gzip-compressed JSON Lines of the same articles."""
        out = tmp_path / "out.jsonl.gz"
        assert main(["convert", str(corpus / "*.txt"), "-o", str(out), "-q"]) == 0
        with gzip.open(out, "rt", encoding="utf-8") as fh:
            assert list(articlekit.read_jsonl(fh)) == list(parse_many(corpus, jobs=1))
        assert capsys.readouterr() == ("", "")

    def test_failed_files_are_reported_and_exit_1(self, corpus, tmp_path, capsys):
        """A missing and a binary file are reported on stderr; the rest is written; exit 1."""
        binary = tmp_path / "bin.txt"
        binary.write_bytes(b"\x00\x00")
        missing = tmp_path / "missing.txt"
        out = tmp_path / "out.jsonl"
        code = main(["convert", str(missing), str(corpus), str(binary), "-o", str(out)])
        assert code == 1
        assert list(articlekit.read_jsonl(out)) == list(parse_many(corpus, jobs=1))
        lines = capsys.readouterr().err.splitlines()
        assert lines[:2] == [
            f"articlekit: {missing}: no such file",
            f"articlekit: {binary}: 1:1: empty-input: not a text file: the input holds binary "
            "data (NUL bytes)",
        ]
        assert lines[2].startswith(summary(list(parse_many(corpus, jobs=1)), 2, str(out)))


class TestConvertTables:
    def test_csv_defaults_to_the_quotes_table(self, corpus, tmp_path):
        """.csv output is the quotes table: the schema header, then one row per quote."""
        out = tmp_path / "q.csv"
        assert main(["convert", str(corpus), "-o", str(out), "-q"]) == 0
        with open(out, encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        articles = list(parse_many(corpus, jobs=1))
        expected = [r for a in articles for r in to_records(a)["quotes"]]
        assert rows[0] == [c.name for c in SCHEMA["quotes"]]
        assert rows[1:] == [["" if v is None else str(v) for v in r.values()] for r in expected]

    def test_csv_table_all_writes_four_files(self, corpus, tmp_path):
        """--table all writes one CSV per table beside OUT, named after it."""
        out = tmp_path / "t.csv"
        assert main(["convert", str(corpus), "-o", str(out), "--table", "all", "-q"]) == 0
        assert sorted(p.name for p in tmp_path.glob("t.*")) == [
            "t.articles.csv",
            "t.paragraphs.csv",
            "t.participants.csv",
            "t.quotes.csv",
        ]
        header = (tmp_path / "t.articles.csv").read_text(encoding="utf-8").splitlines()[0]
        assert header == ",".join(c.name for c in SCHEMA["articles"])

    def test_parquet_reads_back_with_the_documented_schema(self, corpus, tmp_path):
        """.parquet output of every table reads back with the schema and the rows."""
        pytest.importorskip("pyarrow")
        import pyarrow.parquet as pq

        from articlekit.tables import arrow_schema

        out = tmp_path / "c.parquet"
        assert main(["convert", str(corpus), "-o", str(out), "--table", "all", "-q"]) == 0
        articles = list(parse_many(corpus, jobs=1))
        for t in TABLES:
            table = pq.read_table(tmp_path / f"c.{t}.parquet")
            assert table.schema.equals(arrow_schema(t), check_metadata=True)
            assert table.to_pylist() == [r for a in articles for r in to_records(a)[t]]

    def test_parquet_one_table(self, corpus, tmp_path):
        """--table articles writes that table to OUT itself."""
        pytest.importorskip("pyarrow")
        import pyarrow.parquet as pq

        out = tmp_path / "a.parquet"
        assert main(["convert", str(corpus), "-o", str(out), "--table", "articles", "-q"]) == 0
        assert pq.read_table(out).column("article_id").to_pylist() == [f"a{i}" for i in range(5)]


class TestConvertErrors:
    @pytest.mark.parametrize(
        ("out", "message"),
        [
            (
                "out.txt",
                "{tmp}/out.txt: unsupported output; name a file ending in "
                ".jsonl.gz, .jsonl, .csv, .parquet",
            ),
            ("nodir/out.csv", "{tmp}/nodir/out.csv: no such directory: {tmp}/nodir"),
            ("dir.jsonl", "{tmp}/dir.jsonl: is a directory"),
        ],
    )
    def test_bad_output_is_one_line_and_exit_2(self, corpus, tmp_path, capsys, out, message):
        """An unsupported extension, a missing directory or a directory OUT exit 2 in one line."""
        (tmp_path / "dir.jsonl").mkdir()
        code = main(["convert", str(corpus), "-o", str(tmp_path / out)])
        assert (code, capsys.readouterr()) == (
            2,
            ("", "articlekit: " + message.format(tmp=tmp_path) + "\n"),
        )

    def test_table_with_jsonl_is_refused(self, corpus, tmp_path, capsys):
        """--table with JSON Lines output exits 2 saying it applies to tables only."""
        out = str(tmp_path / "x.jsonl")
        code = main(["convert", str(corpus), "-o", out, "--table", "articles"])
        assert (code, capsys.readouterr().err) == (
            2,
            "articlekit: --table applies to .csv and .parquet output only\n",
        )

    def test_no_partial_file_is_left(self, corpus, tmp_path):
        """Only the finished output is in the directory: the temporary file is renamed."""
        assert main(["convert", str(corpus), "-o", str(tmp_path / "o.jsonl"), "-q"]) == 0
        assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "o.jsonl"]


class TestProgress:
    def test_bar_shows_count_rate_and_eta(self):
        """A forced update draws one bar line with count, percentage, files/s and ETA."""
        stream = io.StringIO()
        progress = _Progress(200, stream, enabled=True)
        progress.update(50, 1, force=True)
        line = stream.getvalue()
        assert line.startswith("\r[")
        assert "  25% 50/200 files, 1 failed  " in line
        assert " files/s  ETA " in line
        progress.clear()
        assert stream.getvalue().endswith("\r\x1b[K")

    def test_disabled_bar_writes_nothing(self):
        """When stderr is not a terminal the bar is silent."""
        stream = io.StringIO()
        progress = _Progress(10, stream, enabled=False)
        progress.update(5, 0, force=True)
        progress.clear()
        assert stream.getvalue() == ""
