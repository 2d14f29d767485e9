"""The ``articlekit`` command.

::

    articlekit parse PATH... [--jsonl] [--pretty] [-o FILE] [--strict] [--source]
    articlekit check PATH... [--strict]
    articlekit quotes PATH... [--format table|json|csv]
    articlekit people PATH... [--format table|json|csv]
    articlekit schema

Exit codes: 0 success; 1 ``check --strict`` found defects; 2 bad input (a missing or
unreadable file, binary data, strict-mode parse errors) with one line on stderr.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import sys
import textwrap
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

from articlekit import __version__
from articlekit.errors import ArticleError
from articlekit.models import Article
from articlekit.parse import parse_file
from articlekit.serialize import json_schema, to_dict, to_json

__all__ = ["main"]


class _CliError(Exception):
    """A problem to report in one line and exit 2."""


def _articles(paths: Sequence[str], *, strict: bool) -> Iterator[Article]:
    for path in paths:
        try:
            yield parse_file(path, strict=strict)
        except FileNotFoundError:
            raise _CliError(f"{path}: no such file") from None
        except IsADirectoryError:
            raise _CliError(f"{path}: is a directory") from None
        except PermissionError:
            raise _CliError(f"{path}: permission denied") from None
        except ArticleError as exc:
            first = str(exc).splitlines()[0]
            if not first.startswith(path):
                first = f"{path}: {first}"
            raise _CliError(first) from None
        except OSError as exc:
            raise _CliError(f"{path}: {exc.strerror or exc}") from None


def _open_out(target: str | None) -> IO[str]:
    if target is None or target == "-":
        return sys.stdout
    try:
        return open(target, "w", encoding="utf-8", newline="\n")
    except OSError as exc:
        raise _CliError(f"{target}: cannot write: {exc.strerror or exc}") from None


def _cmd_parse(args: argparse.Namespace) -> int:
    out = _open_out(args.output)
    try:
        jsonl = args.jsonl or (len(args.paths) > 1 and not args.pretty)
        indent = 2 if args.pretty else None
        if jsonl:
            for article in _articles(args.paths, strict=args.strict):
                out.write(to_json(article, include_source=args.source) + "\n")
        else:
            docs = [to_dict(a, include_source=args.source) for a in _articles(args.paths, strict=args.strict)]
            value = docs[0] if len(docs) == 1 else docs
            out.write(json.dumps(value, ensure_ascii=False, indent=indent) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    found = 0
    for path, article in zip(args.paths, _articles(args.paths, strict=False)):
        if not article.defects:
            print(f"{path}: ok")
            continue
        for d in article.defects:
            found += 1
            print(f"{path}:{d.line}:{d.column}: {d.code}: {d.message}")
    return 1 if (args.strict and found) else 0


def _cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(json_schema(), indent=2))
    return 0


def _width() -> int:
    return max(60, shutil.get_terminal_size((100, 24)).columns)


def _table(rows: list[list[str]], headers: list[str], weights: list[int]) -> str:
    """Render rows as a plain-text table wrapped to the terminal width."""
    total = _width() - 3 * (len(headers) - 1)
    widths = [max(8, total * w // sum(weights)) for w in weights]
    lines = []

    def emit(cells: list[str]) -> None:
        wrapped = [textwrap.wrap(c, w) or [""] for c, w in zip(cells, widths)]
        for i in range(max(len(w) for w in wrapped)):
            parts = [(w[i] if i < len(w) else "").ljust(widths[k]) for k, w in enumerate(wrapped)]
            lines.append(" | ".join(parts).rstrip())

    emit(headers)
    lines.append("-+-".join("-" * w for w in widths))
    for r in rows:
        emit(r)
    return "\n".join(lines)


def _emit_records(args: argparse.Namespace, records: list[dict[str, object]], headers: list[str], weights: list[int]) -> None:
    if args.format == "json":
        for r in records:
            print(json.dumps(r, ensure_ascii=False))
    elif args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(records[0].keys()) if records else headers)
        writer.writeheader()
        for r in records:
            writer.writerow({k: ("; ".join(v) if isinstance(v, list) else v) for k, v in r.items()})
    else:
        rows = [[str("; ".join(v) if isinstance(v, list) else v) for k, v in r.items() if k in headers] for r in records]
        print(_table(rows, headers, weights))


def _cmd_quotes(args: argparse.Namespace) -> int:
    records: list[dict[str, object]] = []
    for path, a in zip(args.paths, _articles(args.paths, strict=False)):
        names = {p.id: p.name for p in a.participants}
        for q in a.quotes:
            records.append(
                {
                    "file": Path(path).name,
                    "paragraph": q.paragraph,
                    "speaker": names.get(q.speaker or "", q.speaker_text or ""),
                    "cue": q.cue or "",
                    "kind": q.kind.value,
                    "quote": q.text,
                }
            )
    _emit_records(args, records, ["speaker", "cue", "quote"], [2, 1, 6])
    return 0


def _cmd_people(args: argparse.Namespace) -> int:
    records: list[dict[str, object]] = []
    for path, a in zip(args.paths, _articles(args.paths, strict=False)):
        for p in a.participants:
            records.append(
                {
                    "file": Path(path).name,
                    "name": p.name,
                    "kind": p.kind.value,
                    "roles": list(p.roles),
                    "mentions": len(p.mentions),
                }
            )
    _emit_records(args, records, ["name", "kind", "roles", "mentions"], [3, 1, 6, 1])
    return 0


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``articlekit`` command."""
    parser = argparse.ArgumentParser(
        prog="articlekit",
        description="Turn news articles saved as plain text into structured JSON.",
    )
    parser.add_argument("--version", action="version", version=f"articlekit {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="parse files and print JSON")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--jsonl", action="store_true", help="one JSON document per line")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument("--strict", action="store_true", help="fail on the first defect")
    p.add_argument("--source", action="store_true", help="include the source text")
    p.set_defaults(func=_cmd_parse)

    c = sub.add_parser("check", help="list the defects of each file")
    c.add_argument("paths", nargs="+", metavar="PATH")
    c.add_argument("--strict", action="store_true", help="exit 1 when any file has defects")
    c.set_defaults(func=_cmd_check)

    for name, func, what in (
        ("quotes", _cmd_quotes, "list who said what"),
        ("people", _cmd_people, "list participants"),
    ):
        q = sub.add_parser(name, help=what)
        q.add_argument("paths", nargs="+", metavar="PATH")
        q.add_argument("--format", choices=("table", "json", "csv"), default="table")
        q.set_defaults(func=func)

    s = sub.add_parser("schema", help="print the JSON Schema of the output")
    s.set_defaults(func=_cmd_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
        return code
    except _CliError as exc:
        print(f"articlekit: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
