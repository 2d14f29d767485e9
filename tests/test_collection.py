"""Tests of articlekit.collection: finding files and parse_many over a process pool."""

from __future__ import annotations

import datetime
import gc
import marshal
import multiprocessing
import os
import pickle
from pathlib import Path

import attrs
import pytest

import articlekit
from articlekit.collection import (
    Failure,
    ParseFailedError,
    _pack,
    _parse_chunk,
    _unpack,
    expand_paths,
    parse_many,
)
from articlekit.models import Article, Span
from tests.conftest import FIXTURES

ARTICLE = """ date 2020-05-{day:02d} Port workers end strike number {n}

ROTTERDAM, May 3 (Reuters) -- Dock workers ended a three-day strike on Sunday.

"We got what we asked for," union leader Anna de Vries said.

Mark Jansen, a port spokesman, said ships would be cleared within {n} days.
"""


def write_corpus(root: Path, n: int) -> list[str]:
    """Write *n* small articles under *root* and return their paths in sorted order."""
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = root / f"a{i:03d}.txt"
        p.write_text(ARTICLE.format(day=1 + i % 28, n=i), encoding="utf-8")
        paths.append(str(p))
    return paths


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    return write_corpus(tmp_path / "corpus", 12)


class Name(str):
    """A str subclass, which marshal cannot carry."""


def _crash_on_marker(paths, strict, encoding, extract):
    """A worker function that kills its process on a chunk naming ``crash``."""
    if any("crash" in p for p in paths):
        os._exit(3)
    return _parse_chunk(paths, strict, encoding, extract)


class TestExpandPaths:
    def test_directory_is_walked_recursively_for_txt_in_sorted_order(self, tmp_path):
        """A directory yields its *.txt files at any depth, sorted by path, and nothing else."""
        (tmp_path / "b").mkdir()
        (tmp_path / "a" / "z").mkdir(parents=True)
        for name in ("b/2.txt", "a/z/1.txt", "a/0.txt", "a/notes.md", "c.txt"):
            (tmp_path / name).write_text("x")
        found = [os.path.relpath(p, tmp_path) for p in expand_paths(tmp_path)]
        assert found == ["a/0.txt", "a/z/1.txt", "b/2.txt", "c.txt"]

    def test_glob_is_expanded_sorted(self, tmp_path):
        """A glob yields its matches in sorted order."""
        for name in ("b.txt", "a.txt", "c.md"):
            (tmp_path / name).write_text("x")
        assert list(expand_paths(str(tmp_path / "*.txt"))) == [
            str(tmp_path / "a.txt"),
            str(tmp_path / "b.txt"),
        ]

    def test_missing_path_and_empty_glob_are_kept_for_reporting(self, tmp_path):
        """A missing file and a glob that matches nothing are yielded unchanged, in order."""
        missing = str(tmp_path / "missing.txt")
        pattern = str(tmp_path / "*.nothing")
        assert list(expand_paths([missing, pattern])) == [missing, pattern]

    def test_inputs_keep_their_order(self, tmp_path):
        """Several inputs are expanded one after the other, in the order given."""
        paths = write_corpus(tmp_path / "d", 2)
        single = tmp_path / "z.txt"
        single.write_text("x")
        assert list(expand_paths([single, tmp_path / "d"])) == [str(single), *paths]


class TestParseMany:
    def test_one_job_gives_parse_file_results_in_order(self, corpus):
        """With jobs=1 the articles equal parse_file of each path, in input order."""
        assert list(parse_many(corpus, jobs=1)) == [articlekit.parse_file(p) for p in corpus]

    def test_pool_gives_the_same_articles_in_order(self, corpus):
        """Two workers with small chunks give exactly the one-job articles and sources."""
        one = list(parse_many(corpus, jobs=1))
        two = list(parse_many(corpus, jobs=2, chunksize=2))
        assert two == one
        assert [a.source for a in two] == [a.source for a in one]

    def test_pool_gives_parse_file_results_for_every_fixture(self):
        """Over the varied fixture files, two workers give exactly parse_file's articles."""
        paths = [str(p) for p in sorted(FIXTURES.glob("*.txt"))]
        got = list(parse_many(paths, jobs=2, chunksize=5))
        expected = [articlekit.parse_file(p) for p in paths]
        assert got == expected
        assert [a.source for a in got] == [a.source for a in expected]

    def test_unordered_gives_the_same_articles(self, corpus):
        """Unordered results hold the same articles, in some order."""
        got = list(parse_many(corpus, jobs=2, chunksize=1, ordered=False))
        assert sorted(got, key=lambda a: a.id) == list(parse_many(corpus, jobs=1))

    def test_directory_input_ids_are_file_stems(self, corpus):
        """A directory input yields one article per file, each with the file stem as id."""
        ids = [a.id for a in parse_many(Path(corpus[0]).parent, jobs=2, chunksize=5)]
        assert ids == [f"a{i:03d}" for i in range(12)]

    @pytest.mark.parametrize("jobs", [1, 2])
    def test_failures_are_recorded_in_place(self, tmp_path, corpus, jobs):
        """Missing, binary and directory inputs become Failures at their positions."""
        binary = tmp_path / "bin.txt"
        binary.write_bytes(b"\x00\x01\x02 date")
        folder = tmp_path / "folder.txt"
        folder.mkdir()
        missing = str(tmp_path / "missing.txt")
        inputs = [corpus[0], missing, str(binary), corpus[1]]
        items = list(parse_many(inputs, jobs=jobs, chunksize=1))
        assert items == [
            articlekit.parse_file(corpus[0]),
            Failure(missing, "no such file", "FileNotFoundError"),
            Failure(
                str(binary),
                "1:1: empty-input: not a text file: the input holds binary data (NUL bytes)",
                "ArticleParseError",
            ),
            articlekit.parse_file(corpus[1]),
        ]

    def test_empty_glob_is_reported(self, tmp_path):
        """A glob matching nothing is one Failure saying so."""
        pattern = str(tmp_path / "*.txt")
        assert list(parse_many(pattern)) == [
            Failure(pattern, "no file matches the pattern", "FileNotFoundError")
        ]

    def test_strict_defect_is_a_failure_with_its_location(self, tmp_path):
        """In strict mode a file with a defect fails with the defect's line, column and code."""
        p = tmp_path / "noheader.txt"
        p.write_text("Just a line of text without a header.\n", encoding="utf-8")
        [item] = parse_many([p], strict=True)
        assert item == Failure(
            str(p),
            "1:1: header-missing: the first line is not a ' date YYYY-MM-DD' header",
            "ArticleParseError",
        )

    def test_skip_drops_failures(self, tmp_path, corpus):
        """on_error='skip' yields only the articles."""
        items = list(parse_many([str(tmp_path / "nope.txt"), corpus[0]], on_error="skip"))
        assert items == [articlekit.parse_file(corpus[0])]

    @pytest.mark.parametrize("jobs", [1, 2])
    def test_raise_stops_at_the_failed_file(self, tmp_path, corpus, jobs):
        """on_error='raise' yields the articles before the failure, then raises naming it."""
        missing = str(tmp_path / "nope.txt")
        inputs = [*corpus[:3], missing, *corpus[3:]]
        items = parse_many(inputs, jobs=jobs, on_error="raise", chunksize=2)
        got = []
        with pytest.raises(ParseFailedError) as info:
            for item in items:
                got.append(item)
        assert info.value.failure == Failure(missing, "no such file", "FileNotFoundError")
        assert str(info.value) == f"{missing}: no such file"
        assert got == [articlekit.parse_file(p) for p in corpus[:3]]

    def test_bounded_window_reads_inputs_lazily(self, corpus):
        """After the first article only a window of chunks has been taken from the inputs."""
        pulled = []

        def inputs():
            for i in range(1000):
                pulled.append(i)
                yield corpus[i % len(corpus)]

        items = parse_many(inputs(), jobs=2, chunksize=2)
        first = next(items)
        items.close()
        assert first == articlekit.parse_file(corpus[0])
        # 2 * jobs chunks in flight plus the one refilled after the first was taken
        assert len(pulled) <= (2 * 2 + 1) * 2 + 1

    def test_dead_worker_fails_its_chunk_and_the_run_goes_on(self, tmp_path, corpus, monkeypatch):
        """A worker process that dies turns its chunk into failures; later chunks still parse."""
        crash = tmp_path / "crash.txt"
        crash.write_text(ARTICLE.format(day=1, n=0), encoding="utf-8")
        monkeypatch.setattr("articlekit.collection._parse_chunk", _crash_on_marker)
        items = list(
            parse_many(
                [*corpus[:2], str(crash), *corpus[2:6]],
                jobs=2,
                chunksize=1,
                mp_context=multiprocessing.get_context("fork"),
            )
        )
        assert items == [
            *[articlekit.parse_file(p) for p in corpus[:2]],
            Failure(str(crash), "worker process died", "BrokenProcessPool"),
            *[articlekit.parse_file(p) for p in corpus[2:6]],
        ]

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            ({"jobs": 0}, "jobs must be at least 1, not 0"),
            ({"chunksize": 0}, "chunksize must be at least 1, not 0"),
            ({"on_error": "ignore"}, "on_error must be one of record, raise, skip, not 'ignore'"),
        ],
    )
    def test_bad_arguments_raise_before_reading(self, kwargs, message):
        """Invalid jobs, chunksize or on_error raise ValueError at the call."""
        with pytest.raises(ValueError) as info:
            parse_many(["whatever.txt"], **kwargs)
        assert str(info.value) == message

    def test_no_inputs_yield_nothing(self, tmp_path):
        """An empty directory yields no items."""
        assert list(parse_many(tmp_path, jobs=2)) == []


class TestFailure:
    def test_str_is_path_and_reason(self):
        """str(Failure) is 'path: reason'."""
        assert str(Failure("a/b.txt", "no such file")) == "a/b.txt: no such file"

    def test_parse_failed_error_pickles(self):
        """ParseFailedError survives pickling with its failure (for dask and pools)."""
        err = ParseFailedError(Failure("x.txt", "permission denied", "PermissionError"))
        back = pickle.loads(pickle.dumps(err))
        assert (type(back), back.failure, str(back)) == (
            ParseFailedError,
            Failure("x.txt", "permission denied", "PermissionError"),
            "x.txt: permission denied",
        )


class TestPacking:
    def test_pack_round_trips_articles_failures_and_sources(self, corpus):
        """Results packed in a worker unpack to equal articles with identical sources."""
        results = [articlekit.parse_file(p) for p in corpus[:3]] + [Failure("x", "why", "E")]
        back = _unpack(_pack(results))
        assert back == results
        assert [getattr(r, "source", None) for r in back] == [
            getattr(r, "source", None) for r in results
        ]
        assert [hash(r) for r in back] == [hash(r) for r in results]

    def test_fixture_articles_go_as_columns_and_come_back_equal(self):
        """Every fixture article is packed as columns and unpacks equal, types included."""
        results = [articlekit.parse_file(p) for p in sorted(FIXTURES.glob("*.txt"))]
        data = _pack(results)
        assert not isinstance(marshal.loads(data), bytes)  # not the pickle fallback
        back = _unpack(data)
        assert back == results
        assert [a.source for a in back] == [a.source for a in results]
        assert _types(back) == _types(results)

    def test_failures_keep_their_places_among_articles(self, corpus):
        """Failures go pickled beside the article columns and come back in place."""
        articles = [articlekit.parse_file(p) for p in corpus[:3]]
        results = [Failure("a", "why", "E"), articles[0], Failure("b", "no", "E"), *articles[1:]]
        results.append(Failure("c", "end", "E"))
        assert _unpack(_pack(results)) == results
        assert _unpack(_pack([])) == []

    @pytest.mark.parametrize(
        "change",
        [
            {"id": Name("x")},  # a str subclass: marshal refuses it
            {"published": datetime.datetime(2020, 5, 1, 12, 0)},  # a date subclass
            {"header_kind": "headline"},  # a plain string where an enum belongs
            {"paragraphs": ["not a paragraph"]},  # an unexpected object in a tuple
        ],
        ids=["str-subclass", "datetime", "plain-string", "foreign-item"],
    )
    def test_values_the_columns_cannot_carry_fall_back_to_pickle(self, corpus, change):
        """An article holding a value of another type than its field's is pickled whole."""
        article = articlekit.parse_file(corpus[0])
        odd = attrs.evolve(article, **change)
        data = _pack([article, odd])
        assert isinstance(marshal.loads(data), bytes)
        back = _unpack(data)
        assert back == [article, odd]
        assert _types(back) == _types([article, odd])

    def test_parse_chunk_leaves_the_collector_as_it_was(self, corpus):
        """A worker chunk pauses the cyclic GC only while it runs."""
        assert gc.isenabled()
        assert _unpack(_parse_chunk(corpus[:2], False, None, True)) == [
            articlekit.parse_file(p) for p in corpus[:2]
        ]
        assert gc.isenabled()
        gc.disable()
        try:
            _parse_chunk(corpus[:1], False, None, True)
            assert not gc.isenabled()
        finally:
            gc.enable()


def _types(value: object) -> object:
    """The types of *value* and of everything in it, as a nested structure."""
    if attrs.has(type(value)):
        fields = attrs.fields(type(value))
        return (type(value), [_types(getattr(value, f.name)) for f in fields])
    if isinstance(value, tuple):
        return (tuple, [_types(v) for v in value])
    return type(value)


def test_span_survives_packing_without_its_init():
    """Objects are rebuilt without __init__, so a span nested anywhere keeps its values."""
    article = articlekit.parse("\n\n".join(["x"] * 3))
    [back] = _unpack(_pack([article]))
    assert [p.span for p in back.paragraphs] == [p.span for p in article.paragraphs]
    assert all(type(p.span) is Span for p in back.paragraphs)
    assert type(back) is Article
