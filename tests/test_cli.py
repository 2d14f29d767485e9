"""The ``articlekit`` command, through ``articlekit.cli.main``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from articlekit import from_dict, json_schema, parse_file, to_dict
from articlekit.cli import main

CLEAN = " date 2018-11-17 Council passes budget\n\nThe council met on Monday.\n"
DAMAGED = " date 2018-02-30 Council passes budget\n\nIt passed after a long deba"


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    path = tmp_path / "clean.txt"
    path.write_text(CLEAN, encoding="utf-8")
    return path


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    path = tmp_path / "damaged.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    return path


class TestParse:
    def test_one_file(self, clean: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """``parse FILE`` prints one JSON document equal to ``to_dict``."""
        assert main(["parse", str(clean)]) == 0
        out, err = capsys.readouterr()
        assert (json.loads(out), out.count("\n"), err) == (to_dict(parse_file(clean)), 1, "")

    def test_pretty(self, clean: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """``--pretty`` indents by two spaces."""
        assert main(["parse", "--pretty", str(clean)]) == 0
        out = capsys.readouterr().out
        assert (out.splitlines()[:2], json.loads(out)) == (
            ["{", '  "schema": "articlekit/1",'],
            to_dict(parse_file(clean)),
        )

    def test_jsonl(self, clean: Path, damaged: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """``--jsonl`` prints one line per file, in order."""
        assert main(["parse", "--jsonl", str(clean), str(damaged)]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert [from_dict(json.loads(line)).id for line in lines] == ["clean", "damaged"]

    def test_several_files_default_jsonl(
        self, clean: Path, damaged: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Several files without ``--pretty`` are written as JSON Lines."""
        assert main(["parse", str(clean), str(damaged)]) == 0
        assert len(capsys.readouterr().out.splitlines()) == 2

    def test_output_file(
        self, clean: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """``-o FILE`` writes there and prints nothing."""
        target = tmp_path / "out.json"
        assert main(["parse", str(clean), "-o", str(target)]) == 0
        assert capsys.readouterr() == ("", "")
        assert json.loads(target.read_text(encoding="utf-8")) == to_dict(parse_file(clean))

    def test_source(self, clean: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """``--source`` includes the source text."""
        assert main(["parse", "--source", str(clean)]) == 0
        assert json.loads(capsys.readouterr().out)["source"] == CLEAN

    def test_strict_clean(self, clean: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """``--strict`` on a clean file succeeds."""
        assert main(["parse", "--strict", str(clean)]) == 0
        assert capsys.readouterr().err == ""

    def test_strict_defect(self, damaged: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """``--strict`` on a damaged file exits 2 with the first defect on one stderr line."""
        assert main(["parse", "--strict", str(damaged)]) == 2
        out, err = capsys.readouterr()
        assert (out, err) == (
            "",
            f"articlekit: {damaged}:1:2: date-invalid: the header date does not exist on the"
            " calendar\n",
        )

    def test_missing_file(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A missing file exits 2 with one line on stderr and no traceback."""
        path = tmp_path / "nope.txt"
        assert main(["parse", str(path)]) == 2
        assert capsys.readouterr() == ("", f"articlekit: {path}: no such file\n")

    def test_binary_file(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A binary file exits 2 with one line on stderr."""
        path = tmp_path / "pic.txt"
        path.write_bytes(b"\x00\x01" * 100)
        assert main(["parse", str(path)]) == 2
        out, err = capsys.readouterr()
        assert (out, err) == (
            "",
            f"articlekit: {path}:1:1: empty-input: not a text file: the input holds binary"
            " data (NUL bytes)\n",
        )

    def test_directory(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A directory exits 2 with one line on stderr."""
        assert main(["parse", str(tmp_path)]) == 2
        assert capsys.readouterr() == ("", f"articlekit: {tmp_path}: is a directory\n")


class TestCheck:
    def test_clean(self, clean: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A clean file prints ``ok``."""
        assert main(["check", str(clean)]) == 0
        assert capsys.readouterr() == (f"{clean}: ok\n", "")

    def test_defects_listed(self, damaged: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """Each defect is one ``path:line:column: code: message`` line; exit 0 without --strict."""
        assert main(["check", str(damaged)]) == 0
        assert capsys.readouterr().out.splitlines() == [
            f"{damaged}:1:2: date-invalid: the header date does not exist on the calendar",
            f"{damaged}:3:27: truncated: the text ends in the middle of a sentence",
        ]

    def test_strict_exit_1(
        self, clean: Path, damaged: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """``check --strict`` exits 1 when any file has defects."""
        assert main(["check", "--strict", str(clean), str(damaged)]) == 1
        assert capsys.readouterr().out.splitlines()[0] == f"{clean}: ok"

    def test_strict_clean_exit_0(self, clean: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """``check --strict`` exits 0 when no file has defects."""
        assert main(["check", "--strict", str(clean)]) == 0

    def test_missing_file(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A missing file exits 2 with one line on stderr."""
        path = tmp_path / "nope.txt"
        assert main(["check", str(path)]) == 2
        assert capsys.readouterr().err == f"articlekit: {path}: no such file\n"


class TestSchema:
    def test_prints_schema(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``schema`` prints the JSON Schema, which is a valid draft 2020-12 schema."""
        assert main(["schema"]) == 0
        printed = json.loads(capsys.readouterr().out)
        Draft202012Validator.check_schema(printed)
        assert printed == json_schema()


class TestUsage:
    def test_no_command(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without a command argparse exits 2 with usage on stderr."""
        with pytest.raises(SystemExit) as info:
            main([])
        assert info.value.code == 2
        assert capsys.readouterr().err.startswith("usage: articlekit")

    def test_version(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``--version`` prints the version."""
        from articlekit import __version__

        with pytest.raises(SystemExit) as info:
            main(["--version"])
        assert (info.value.code, capsys.readouterr().out) == (0, f"articlekit {__version__}\n")
