"""Tests of articlekit.dask, on dask's synchronous scheduler."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

dask = pytest.importorskip("dask")
pytest.importorskip("dask.dataframe")
pytest.importorskip("pyarrow")
fsspec = pytest.importorskip("fsspec")

import articlekit  # noqa: E402
from articlekit.collection import Failure, ParseFailedError, parse_many  # noqa: E402
from articlekit.dask import find_files, read_articles, to_dataframes  # noqa: E402
from articlekit.tables import SCHEMA, TABLES  # noqa: E402

ARTICLE = """ date 2020-05-{day:02d} Port workers end strike number {n}

ROTTERDAM, May 3 (Reuters) -- Dock workers ended a three-day strike on Sunday.

"We got what we asked for," union leader Anna de Vries said.
"""


@pytest.fixture(autouse=True)
def synchronous():
    with dask.config.set(scheduler="synchronous"):
        yield


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    for i in range(7):
        where = root / "sub" if i % 3 == 0 else root
        (where / f"a{i}.txt").write_text(ARTICLE.format(day=i + 1, n=i), encoding="utf-8")
    (root / "notes.md").write_text("not an article")
    return root


class TestFindFiles:
    def test_directory_glob_and_url_give_sorted_txt_files(self, corpus):
        """A directory, a glob and a file:// URL name the same sorted *.txt files."""
        expected = sorted(str(p) for p in corpus.rglob("*.txt"))
        assert find_files(str(corpus))[1] == expected
        assert find_files(str(corpus / "**" / "*.txt"))[1] == expected
        assert find_files(f"file://{corpus}")[1] == expected


class TestReadArticles:
    def test_same_articles_as_parse_many(self, corpus):
        """The bag holds the articles parse_many gives for the same directory, in order."""
        bag = read_articles(str(corpus), files_per_partition=2)
        assert bag.npartitions == 4
        assert bag.compute() == list(parse_many(corpus, jobs=1))

    def test_memory_filesystem_url(self):
        """Files on any fsspec filesystem are read; the id is the file stem."""
        fs = fsspec.filesystem("memory")
        fs.pipe("/akd-test/x1.txt", ARTICLE.format(day=2, n=1).encode())
        try:
            [article] = read_articles("memory://akd-test/*.txt").compute()
        finally:
            fs.rm("/akd-test", recursive=True)
        assert article == articlekit.parse(ARTICLE.format(day=2, n=1), id="x1")

    def test_failure_raises_by_default(self, tmp_path):
        """A file that cannot be parsed fails the computation with ParseFailedError."""
        (tmp_path / "bad.txt").write_bytes(b"\x00binary")
        with pytest.raises(ParseFailedError) as info:
            read_articles(str(tmp_path)).compute()
        assert info.value.failure == Failure(
            str(tmp_path / "bad.txt"),
            "1:1: empty-input: not a text file: the input holds binary data (NUL bytes)",
            "ArticleParseError",
        )

    def test_record_and_skip(self, corpus):
        """on_error='record' keeps a Failure in the bag; 'skip' drops it."""
        missing = str(corpus / "missing.txt")
        inputs = [str(corpus / "a1.txt"), missing]
        good = articlekit.parse_file(corpus / "a1.txt")
        assert read_articles(inputs, on_error="record").compute() == [
            good,
            Failure(missing, "no such file", "FileNotFoundError"),
        ]
        assert read_articles(inputs, on_error="skip").compute() == [good]

    def test_empty_input_is_an_empty_bag(self, tmp_path):
        """A directory without articles gives an empty bag."""
        assert read_articles(str(tmp_path)).compute() == []


class TestToDataframes:
    def test_frames_hold_the_table_rows(self, corpus):
        """Each DataFrame equals the Arrow table of the same articles, column for column."""
        import pandas.testing

        from articlekit.tables import to_arrow

        articles = list(parse_many(corpus, jobs=1))
        frames = to_dataframes(read_articles(str(corpus), files_per_partition=3))
        assert list(frames) == list(TABLES)
        expected = to_arrow(articles)
        for t in TABLES:
            df = frames[t].compute().reset_index(drop=True)
            assert list(df.columns) == [c.name for c in SCHEMA[t]]
            pandas.testing.assert_frame_equal(
                df, expected[t].to_pandas(date_as_object=False), check_dtype=False
            )
        arts = frames["articles"].compute()
        assert list(arts["article_id"]) == ["a1", "a2", "a4", "a5", "a0", "a3", "a6"]
        assert [d.date() for d in arts["published"]] == [
            dt.date(2020, 5, d) for d in (2, 3, 5, 6, 1, 4, 7)
        ]

    def test_failures_are_left_out(self, corpus):
        """Failures recorded in the bag do not become rows."""
        bag = read_articles([str(corpus / "a1.txt"), str(corpus / "nope.txt")], on_error="record")
        assert len(to_dataframes(bag, tables=["articles"])["articles"].compute()) == 1
