#!/usr/bin/env python3
"""Regenerate docs/api.md from ``articlekit.__all__`` with :mod:`inspect`.

    python docs/_gen_api.py          # rewrite docs/api.md
    python docs/_gen_api.py --check  # exit 1 when docs/api.md is out of date

Every public name gets its signature and docstring; attrs classes get a field table
built from the ``#:`` comments in the source (their documented format), enums a table of
members.
"""

from __future__ import annotations

import enum
import inspect
import re
import sys
import typing
from pathlib import Path

import attrs

import articlekit

DOC = Path(__file__).with_name("api.md")

GROUPS = [
    ("Parsing", ["parse", "parse_bytes", "parse_file", "extract"]),
    (
        "Serialisation",
        [
            "to_dict",
            "from_dict",
            "to_json",
            "from_json",
            "write_jsonl",
            "read_jsonl",
            "json_schema",
            "format_article",
            "make_converter",
            "SCHEMA",
        ],
    ),
    (
        "Models",
        [
            "Article",
            "Paragraph",
            "Dateline",
            "Byline",
            "Participant",
            "Mention",
            "Quote",
            "TimeExpression",
            "Defect",
            "Span",
        ],
    ),
    (
        "Enumerations",
        ["HeaderKind", "ParagraphKind", "ParticipantKind", "QuoteKind", "DatePrecision"],
    ),
    (
        "Errors and defects",
        ["ArticleError", "ArticleParseError", "ArticleDataError", "DEFECT_CODES"],
    ),
    ("Metadata", ["__version__"]),
]


def _sig(obj: object) -> str:
    """The signature with annotations evaluated (``str``, not ``'str'``)."""
    try:
        sig = inspect.signature(obj, eval_str=True)  # type: ignore[arg-type]
    except Exception:
        sig = inspect.signature(obj)  # type: ignore[arg-type]
    return _type_name(str(sig)).replace("NoneType", "None").replace("= NOTHING", "= ()")


def _doc(obj: object) -> str:
    return inspect.cleandoc(inspect.getdoc(obj) or "(no docstring)")


def _field_comments(cls: type) -> dict[str, str]:
    """Collect the ``#:`` comment lines above each field in the class source."""
    try:
        src = inspect.getsource(cls)
    except (OSError, TypeError):
        return {}
    out: dict[str, str] = {}
    pending: list[str] = []
    for line in src.splitlines():
        s = line.strip()
        if s.startswith("#:"):
            pending.append(s[2:].strip())
            continue
        m = re.match(r"([A-Za-z_]\w*)\s*(?::|=)", s)
        if m and pending:
            out[m.group(1)] = " ".join(pending)
        if not s.startswith("#"):
            pending = []
    return out


def _type_name(tp: object) -> str:
    text = tp if isinstance(tp, str) else inspect.formatannotation(tp)
    for prefix in (
        "collections.abc.",
        "datetime.",
        "articlekit.models.",
        "articlekit.errors.",
        "_dt.",
        "typing.",
        "cattrs.converters.",
    ):
        text = text.replace(prefix, "")
    return text


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _attrs_class(cls: type) -> list[str]:
    hints = typing.get_type_hints(cls)
    notes = _field_comments(cls)
    rows = ["| field | type | default | meaning |", "|---|---|---|---|"]
    for f in attrs.fields(cls):
        if f.default is attrs.NOTHING:
            default = "required"
        elif isinstance(f.default, attrs.Factory):  # type: ignore[arg-type]
            default = "`()`"
        else:
            default = f"`{f.default!r}`"
        kind = _cell(_type_name(hints[f.name]))
        note = _cell(notes.get(f.name, ""))
        rows.append(f"| `{f.name}` | `{kind}` | {_cell(default)} | {note} |")
    extra = []
    for name, member in inspect.getmembers(cls):
        if name.startswith("_") or name in {f.name for f in attrs.fields(cls)}:
            continue
        if isinstance(inspect.getattr_static(cls, name), property):
            extra.append(f"- property `{name}`: {_doc(member).splitlines()[0]}")
        elif inspect.isfunction(member):
            extra.append(f"- `{name}{_sig(member)}`: {_doc(member).splitlines()[0]}")
    return [*rows, "", *extra] if extra else rows


def _enum(cls: type[enum.Enum]) -> list[str]:
    notes = _field_comments(cls)
    rows = ["| member | value | meaning |", "|---|---|---|"]
    for m in cls:
        rows.append(f"| `{m.name}` | `{m.value!r}` | {_cell(notes.get(m.name, ''))} |")
    return rows


def entry(name: str) -> list[str]:
    obj = getattr(articlekit, name)
    out: list[str] = []
    if inspect.isclass(obj) and issubclass(obj, enum.Enum):
        out += [
            f"### `{name}`",
            "",
            f"`class {name}({', '.join(b.__name__ for b in obj.__bases__)})`",
            "",
            _doc(obj),
            "",
            *_enum(obj),
        ]
    elif inspect.isclass(obj) and attrs.has(obj):
        sig = _sig(obj)
        out += [
            f"### `{name}`",
            "",
            "```python",
            f"class {name}{sig}",
            "```",
            "",
            _doc(obj),
            "",
            *_attrs_class(obj),
        ]
    elif inspect.isclass(obj):
        bases = ", ".join(b.__name__ for b in obj.__bases__)
        out += [f"### `{name}`", "", f"`class {name}({bases})`", "", _doc(obj)]
    elif callable(obj):
        out += [f"### `{name}`", "", "```python", f"def {name}{_sig(obj)}", "```", "", _doc(obj)]
    elif isinstance(obj, dict):
        out += [
            f"### `{name}`",
            "",
            f"A `dict` of {len(obj)} entries; see [defects.md](defects.md).",
        ]
    else:
        out += [f"### `{name}`", "", f"`{name} = {obj!r}`"]
    return [*out, ""]


def render() -> str:
    names = list(articlekit.__all__)
    listed = [n for _, group in GROUPS for n in group]
    others = [n for n in names if n not in listed]
    groups = [(t, [n for n in g if n in names]) for t, g in GROUPS]
    if others:
        groups.append(("Other", others))
    lines = [
        "# API reference",
        "",
        "Generated from `articlekit.__all__` by `python docs/_gen_api.py`; do not edit by hand.",
        "Everything here is importable from the top-level package (`import articlekit`).",
        "",
    ]
    for title, group in groups:
        if group:
            lines.append(
                f"- {title}: " + ", ".join(f"[`{n}`](#{n.lower().strip('_')})" for n in group)
            )
    lines.append("")
    for title, group in groups:
        if not group:
            continue
        lines += [f"## {title}", ""]
        for n in group:
            lines += entry(n)
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        ok = DOC.exists() and DOC.read_text(encoding="utf-8") == text
        if not ok:
            print(f"{DOC} is out of date; run python docs/_gen_api.py")
        return 0 if ok else 1
    DOC.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
