"""Fast paths equal the plain rules they stand in for.

Hot rules skip a regex when a cheap test proves it cannot match, or are written in a
form that searches faster. Each property compares the fast form with the plain one, on
text built from the characters and words the rules care about.
"""

from __future__ import annotations

import bisect
import importlib
import re
import string
from unittest import mock

from attrs import evolve
from hypothesis import example, given, settings
from hypothesis import strategies as st

from articlekit import _blocks, _dateline, _header, _kinds, _lines, _sentences, _text, parse
from articlekit._text import WS, WS_CHARS
from articlekit.errors import DefectReporter
from articlekit.models import Paragraph, ParagraphKind, Span
from articlekit.parse import _CURLY, _mark_repeats

parse_module = importlib.import_module("articlekit.parse")

#: Fragments the rules look for, mixed with arbitrary text.
PIECES = st.sampled_from(
    [
        "(", ")", "[", "]", "/", "|", ">", "»", "›", ":", ",", ".", "...more", "©", " ", "  ",
        "\n", "\r\n", "\r", "\t", "\u00a0", "\u2028", "\x1c", "\u201c", "\u2019", '"', "'",
        "Photo", "Photos: A", "[Photo/Xinhua]", "(Xinhua/Li Wei)", "(AP Photo/Ann Lee)",
        "/CFP", "/GT", "REUTERS/Ann", "File photo", "Getty Images", "Image credit:", "Home",
        "home >> World", "Subscribe", "Log in", "search", "Web Desk", "Staff Reporter",
        "Agencies", "Facebook", "Twitter ", "BEIJING", "AOMORI/BEIJING", "Nov. 14",
        "14 November", "(Xinhua)", "(UPI)",
        "--", "—", "long-\nterm", "a-\r\n b", "New Delhi", "Kuala Lumpur [Malaysia]", "The",
        "Reuters", "Xinhua", "x",
        "3. ", "12:30", "March 19, 2021", "U.S.", "Dr.", "A.", "!", "?", "…", "The council",
    ]
)  # fmt: skip
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=14).map("".join)


class TestCaption:
    @given(TEXT)
    def test_credit_tests_equal_the_credit_pattern(self, text: str) -> None:
        """The split credit tests find a credit exactly when ``CREDIT`` does."""
        plain = _header.CREDIT.search(text) is not None or bool(
            text.rstrip(" .")[-4:].isdigit()
            and _header._CAPTION_DATE.search(text)
            and _header._CAPTION_VERB.search(text)
        )
        assert _header.is_caption(text) == plain

    def test_credit_key_gate_admits_every_key(self) -> None:
        """The gate is a few ``in`` tests: each key holds one of them, so a text holding
        a key passes the gate."""
        for key, _ in _header._CREDIT_TESTS:
            assert _header._has_credit_key(key)


class TestDigit:
    @given(st.one_of(TEXT, st.text(max_size=8)))
    def test_digit_tests_equal_the_search(self, text: str) -> None:
        """The ``in`` tests and the fallback find a digit exactly when ``\\d`` does."""
        assert _kinds._has_digit(text) == (re.search(r"\d", text) is not None)

    def test_other_scripts(self) -> None:
        assert _kinds._has_digit("Tuesday ٣")  # ARABIC-INDIC DIGIT THREE
        assert not _kinds._has_digit("Tuesday ½")  # a fraction is no decimal digit


class TestBoilerplate:
    OPENINGS = st.sampled_from(
        ["Read more", "READ ALSO", "Related:", "This story has not been edited", "(This article",
         "3 of 12 |", "5 minutes ago", "• 2 hours ago", "[caption id=x]", "© 2024", "(c) 2024",
         "Tags:", "Print", "Email ", "Comments (3)", "ſubscribe", "\u212aeep reading",
         "İ", "Except for the headline, this story was edited", "Only the headline x; the rest of"
         " the copy is auto-generated", "Whatsapp", "The", "x", " ", "", "é", "1"]
    )  # fmt: skip

    @settings(max_examples=300)
    @given(OPENINGS, st.one_of(TEXT, st.just("")))
    def test_letter_patterns_equal_the_alternation(self, opening: str, rest: str) -> None:
        """The pattern of a text's first letter matches exactly when the whole one does."""
        text = opening + rest
        assert _kinds._is_boilerplate(text) == (_kinds._BOILERPLATE.match(text) is not None)

    def test_every_alternative_is_in_its_letter_patterns(self) -> None:
        for alternative in _kinds._BOILERPLATE_ALTERNATIVES:
            for c in _kinds._opening_letters(alternative):
                assert alternative in _kinds._BOILERPLATE_BY_LETTER[c].pattern, alternative
        assert _kinds._opening_letters(_kinds._SYNDICATION_NOTE) == "eot"

    def test_letter_patterns_hold_every_alternative_that_opens_with_the_letter(self) -> None:
        """An alternative that can match a text opening with an ASCII letter, in either
        case, is in that letter's pattern (read from the parsed pattern)."""
        for alternative in _kinds._BOILERPLATE_ALTERNATIVES:
            pattern = re.compile("(?i)" + alternative)
            for letter, letter_pattern in _kinds._BOILERPLATE_BY_LETTER.items():
                if _opens_with(pattern, letter) or _opens_with(pattern, letter.upper()):
                    assert alternative in letter_pattern.pattern, (letter, alternative)


class TestKinds:
    @given(st.one_of(TEXT, st.text(max_size=6)))
    def test_terminal_endings_equal_the_pattern(self, text: str) -> None:
        assert text.endswith(_kinds._TERMINAL_ENDINGS) == bool(_kinds._TERMINAL.search(text))

    @given(TEXT)
    def test_boiler_keys_written_out(self, text: str) -> None:
        assert _kinds._has_boiler_key(text) == any(k in text for k in _kinds._BOILER_KEYS)

    WORDS = st.lists(
        st.sampled_from(["research", "Search", "SEARCH", "log", "Login", "log in", "LOG  IN",
                         "logistics", "blog", "technology", " ", "\t", "\x1c", "home", "menu",
                         "Top", "news", "ſearch", "\u212aey", "x", "İ"]),
        max_size=8,
    ).map(" ".join)  # fmt: skip

    @settings(max_examples=300)
    @given(st.one_of(WORDS, TEXT))
    def test_word_keys_gate_decides_as_every_key(self, text: str) -> None:
        """The furniture pattern finds no text in which ``search`` and ``log`` stand only
        inside words that the gate lets through no more: the gate changes no answer."""
        lower = text.lower()
        plain = _header._has_furniture_key(lower) and _header._FURNITURE.search(text)
        fast = _header._may_be_furniture(lower) and _header._FURNITURE.search(text)
        assert bool(fast) == bool(plain)
        assert not _header._may_be_furniture("soybean research center in mato grosso")
        assert not _header._may_be_furniture("hamburg logistics warehouse")

    @given(st.one_of(TEXT, st.sampled_from(_header._FURNITURE_KEYS)))
    def test_furniture_keys_written_out(self, text: str) -> None:
        lower = text.lower()
        found = any(k in lower for k in _header._FURNITURE_KEYS)
        assert _header._has_furniture_key(lower) == found


def _opens_with(pattern: re.Pattern[str], c: str) -> bool:
    """Whether *pattern* can match a text that opens with *c*, read from the parsed
    pattern (zero-width assertions taken as matching: an over-approximation)."""
    try:
        from re import _constants as C  # type: ignore[attr-defined]
        from re import _parser as sre_parse  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_constants as C  # type: ignore[no-redef]
        import sre_parse  # type: ignore[no-redef]

    categories = {
        C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
        C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
    }  # fmt: skip

    def in_set(items: list[tuple[object, object]], flags: int) -> bool:
        parts = []
        for op, av in items:
            if op is C.NEGATE:
                parts.insert(0, "^")
            elif op is C.LITERAL:
                parts.append(re.escape(chr(av)))  # type: ignore[arg-type]
            elif op is C.RANGE:
                a, b = av  # type: ignore[misc]
                parts.append(f"{re.escape(chr(a))}-{re.escape(chr(b))}")
            elif op is C.CATEGORY:
                parts.append(categories[av])
            else:
                raise NotImplementedError(op)
        return re.fullmatch(f"[{''.join(parts)}]", c, flags & re.IGNORECASE) is not None

    def item(op: object, av: object, flags: int) -> tuple[bool, bool]:
        """(can open with c, can match nothing)"""
        if op is C.LITERAL:
            return in_set([(op, av)], flags), False
        if op is C.NOT_LITERAL:
            return in_set([(C.NEGATE, None), (C.LITERAL, av)], flags), False
        if op is C.IN:
            return in_set(av, flags), False  # type: ignore[arg-type]
        if op is C.CATEGORY:
            return in_set([(op, av)], flags), False
        if op is C.ANY:
            return True, False
        if op is C.BRANCH:
            found = [seq(branch, flags) for branch in av[1]]  # type: ignore[index]
            return any(p for p, _ in found), any(e for _, e in found)
        if op is C.SUBPATTERN:
            _, add, remove, sub = av  # type: ignore[misc]
            return seq(sub, (flags | add) & ~remove)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            lo, hi, sub = av  # type: ignore[misc]
            p, e = seq(sub, flags)
            return p and hi > 0, lo == 0 or e
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            return False, True
        raise NotImplementedError(op)

    def seq(items: object, flags: int) -> tuple[bool, bool]:
        for op, av in items:  # type: ignore[attr-defined]
            p, e = item(op, av, flags)
            if p:
                return True, False
            if not e:
                return False, False
        return False, True

    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    return seq(tree, tree.state.flags)[0]


#: Parsed patterns and the answers of their one-character items, for
#: :func:`_opens_with_prefix`.
_PARSED: dict[re.Pattern[str], object] = {}
_ONE: dict[tuple[int, int, str, int], bool] = {}


def _opens_with_prefix(pattern: re.Pattern[str], prefix: str) -> bool:
    """Whether *pattern* can match a text that opens with *prefix*, read from the parsed
    pattern (zero-width assertions taken as matching: an over-approximation)."""
    try:
        from re import _constants as C  # type: ignore[attr-defined]
        from re import _parser as sre_parse  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_constants as C  # type: ignore[no-redef]
        import sre_parse  # type: ignore[no-redef]

    n = len(prefix)
    classes = {
        C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
        C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
    }  # fmt: skip

    def one(op: object, av: object, c: str, flags: int) -> bool:
        """Whether the one-character item ``(op, av)`` matches *c*."""
        key = (id(op), id(av), c, flags & (re.IGNORECASE | re.DOTALL))
        found = _ONE.get(key)
        if found is None:
            found = _ONE[key] = match_one(op, av, c, flags)
        return found

    def match_one(op: object, av: object, c: str, flags: int) -> bool:
        if op is C.ANY:
            return c != "\n" or bool(flags & re.DOTALL)
        if op is C.NOT_LITERAL:
            return not one(C.LITERAL, av, c, flags)
        items = av if op is C.IN else [(op, av)]
        parts = []
        for iop, iav in items:  # type: ignore[attr-defined]
            if iop is C.NEGATE:
                parts.insert(0, "^")
            elif iop is C.LITERAL:
                parts.append(re.escape(chr(iav)))
            elif iop is C.RANGE:
                parts.append(f"{re.escape(chr(iav[0]))}-{re.escape(chr(iav[1]))}")
            elif iop is C.CATEGORY:
                parts.append(classes[iav])
            else:
                raise NotImplementedError(iop)
        return re.fullmatch(f"[{''.join(parts)}]", c, flags & re.IGNORECASE) is not None

    def seq(items: list[tuple[object, object]], k: int, pos: int, flags: int, then: object) -> bool:
        """Whether ``items[k:]`` and then *then* can match on from *pos* in the prefix."""
        if pos >= n:
            return True  # the prefix is read: what follows it is free
        if k == len(items):
            return then(pos)  # type: ignore[operator,no-any-return]
        op, av = items[k]

        def rest(p: int) -> bool:
            return seq(items, k + 1, p, flags, then)

        if op in (C.LITERAL, C.NOT_LITERAL, C.IN, C.CATEGORY, C.ANY):
            return one(op, av, prefix[pos], flags) and rest(pos + 1)
        if op is C.BRANCH:
            return any(seq(list(b), 0, pos, flags, rest) for b in av[1])  # type: ignore[index]
        if op is C.SUBPATTERN:
            _, add, remove, sub = av  # type: ignore[misc]
            return seq(list(sub), 0, pos, (flags | add) & ~remove, rest)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            lo, hi, sub = av  # type: ignore[misc]

            def repeat(count: int, p: int) -> bool:
                if p >= n or (count >= lo and rest(p)):
                    return True
                # one more round; past the minimum, only a round that reads on
                return count < hi and seq(
                    list(sub), 0, p, flags, lambda q: (q > p or count < lo) and repeat(count + 1, q)
                )

            return repeat(0, pos)
        if op is C.ASSERT_NOT and not len(av[1]):  # type: ignore[index]
            return False  # ``(?!)``: nothing matches
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            return rest(pos)
        raise NotImplementedError(op)

    tree = _PARSED.get(pattern)
    if tree is None:
        tree = _PARSED[pattern] = sre_parse.parse(pattern.pattern, pattern.flags)
    return seq(list(tree), 0, 0, tree.state.flags, lambda p: True)  # type: ignore[attr-defined]


def _openings(pattern: re.Pattern[str], firsts: str, size: int) -> list[str]:
    """Every opening of *size* ASCII characters, the first of them in *firsts*, that
    *pattern* can match a text with (prefixes that cannot open a match are not grown)."""
    found = [c for c in firsts if _opens_with_prefix(pattern, c)]
    for _ in range(size - 1):
        found = [
            o + chr(i) for o in found for i in range(128) if _opens_with_prefix(pattern, o + chr(i))
        ]
    return found


class TestProse:
    """The plain-prose path of ``classify_paragraph`` decides as every rule does."""

    RULES = (
        (_kinds._R_STAMP, _header.STAMP),
        (_kinds._R_FIELDS, _kinds._STAMP_FIELDS),
        (_kinds._R_LEAD_STAMP, _kinds._LEAD_STAMP),
        (_kinds._R_AGENCY_STAMP, _kinds._AGENCY_STAMP),
        (_kinds._R_BOILERPLATE, _kinds._BOILERPLATE),
        (_kinds._R_CREDIT, _kinds._CREDIT),
        (_kinds._R_BYLINE, _kinds._BYLINE),
    )

    def test_masks_name_every_rule_that_can_match(self) -> None:
        """A rule left out of an opening's mask cannot match a text with that opening."""
        for c, mask in _kinds._PROSE_RULES.items():
            assert not c.isspace()  # ``is_stamp`` strips: the opening stays
            assert not _opens_with(_kinds._HTML, c)
            for bit, pattern in self.RULES:
                if _opens_with(pattern, c):
                    assert mask & bit, (c, pattern.pattern[:40])

    def test_opening_tables_name_every_opening(self) -> None:
        """A rule of :data:`_kinds._RULE_OPENINGS` can match no text that opens, after an
        ASCII capital, with three ASCII characters not in its table (in lower case)."""
        patterns = dict(self.RULES)
        for bit, table in _kinds._RULE_OPENINGS.items():
            for letter in string.ascii_uppercase:
                if not _kinds._PROSE_RULES[letter] & bit:
                    continue  # the rule cannot open with the letter at all
                pattern = patterns[bit]
                if bit == _kinds._R_BOILERPLATE:  # the same matches, read more quickly
                    pattern = _kinds._BOILERPLATE_BY_LETTER[letter.lower()]
                for opening in _openings(pattern, letter, 3):
                    assert opening.lower() in table, (pattern.pattern[:30], opening)
                    assert _kinds._OPENING_RULES[opening.lower()] & bit
        assert not _opens_with_prefix(_header.STAMP, "The")
        assert _opens_with_prefix(_header.STAMP, "Thu") and _opens_with_prefix(
            _kinds._BYLINE, "By\t"
        )

    def test_an_agency_line_is_one_word(self) -> None:
        """After its opening dash and bracket, an agency line holds no space: the prose
        path tries it on a text of one word alone."""
        names = _kinds._AGENCY_LINE.pattern.split("\\(?", 1)[1]
        assert " " not in names and "\\s" not in names and "." not in names.split(")")[0]

    def test_the_reader_of_openings(self) -> None:
        assert _opens_with(_kinds._BYLINE, "W") and _opens_with(_kinds._BYLINE, "b")
        assert not _opens_with(_kinds._BYLINE, "A")
        assert _opens_with(_kinds._CREDIT, " ") and _opens_with(_kinds._CREDIT, "(")
        assert _opens_with(_header.STAMP, "\u017f")  # ſ is s in any case
        assert not _opens_with(_header.STAMP, '"')

    def test_endings_rule_out_the_ending_rules(self) -> None:
        for ending in _kinds._PROSE_ENDINGS:
            assert ending.endswith(_kinds._TERMINAL_ENDINGS)  # furniture, headings
            assert not re.fullmatch("[a-z\u00df-\u00ff'’-]", ending)  # a name's last letter
            assert not _kinds._NAME_LINE.fullmatch("Ann Lee" + ending)

    OPENINGS = st.sampled_from(
        ["The ", "A ", "“We ", '"', "Published: ", "Updated 3 March 2021", "By ", "Text by ",
         "Written by Ann", "Photo: ", "Reporting by ", "Editing by ", "Source: Xinhua",
         "March 19, 2021", "Wed Sep 18, 2019 ", "Today 12:30", "Reuters", "AFP", "Read more",
         "Tags:", "Related:", "Copyright ", "Subscribe", "Xinhua) 09:21", "Beijing (Xinhua) 09:21",
         "Ann Lee", "Court gives nod", "World News", "Kyiv", "Z", "", "(", "<p>", "• ", "3. "]
    )  # fmt: skip
    ENDINGS = st.sampled_from([".", '"', "\u201d", "?", "!", "", "x", ")", "2019.", " .", "’"])

    LIMITED = (
        "Wed Sep 18, 2019 ", "Published: 08:23 AM, ", "Photo: Ann Lee/AFP", "Reuters) 09:21 ",
        "Read more ", "By Ann", "By Ann Lee, ", "Reporting by Ann", "Source: Xinhua",
        "Copyright © 2020 ", "Ann (AP Photo/Bo Li) said", "Ann Lee poses in Beijing",
    )  # fmt: skip
    ENDS = (".", '"', "?", " (Xinhua/Ann Lee).", " Getty Images.", " on 2019.", " March 19, 2021.")

    def test_prose_path_at_every_word_limit(self) -> None:
        """Rules that match the prose openings, at every length about their word limits."""
        for opening in self.LIMITED:
            for words in range(100):
                for ending in self.ENDS:
                    text = opening + " Ann" * words + ending
                    for last in (False, True):
                        fast = _kinds.classify_paragraph(text, index=0, near_top=True, last=last)
                        assert fast is _kinds._classify_all(text, near_top=True, last=last), text

    @settings(max_examples=500)
    @given(
        OPENINGS,
        st.integers(0, 100),
        st.one_of(TEXT, st.just("")),
        ENDINGS,
        st.booleans(),
        st.booleans(),
    )
    def test_prose_path_equals_every_rule(
        self, opening: str, words: int, rest: str, ending: str, near_top: bool, last: bool
    ) -> None:
        # words about the word limits of the rules
        opening += " Ann" * words
        text = _text.collapse(opening + rest + ending)
        fast = _kinds.classify_paragraph(text, index=0, near_top=near_top, last=last)
        assert fast is _kinds._classify_all(text, near_top=near_top, last=last)
        raw = opening + rest + ending  # any text, collapsed or not
        fast = _kinds.classify_paragraph(raw, index=0, near_top=near_top, last=last)
        assert fast is _kinds._classify_all(raw, near_top=near_top, last=last)


class TestFurniture:
    @given(TEXT)
    def test_gates_do_not_change_the_answer(self, text: str) -> None:
        """The substring gates in front of the furniture patterns never hide a match."""
        words = _header._WORD.findall(text)
        plain = bool(
            _header._PRIVATE_USE.search(text)
            or len(_header._SOCIAL.findall(text)) >= 3
            or len(_header._GLUED_CAPS.findall(text)) >= 3
            or (len(words) <= 3 and _header._TEMPERATURE.fullmatch(text.strip()))
            or (len(words) <= 6 and _header._OUTLET_CITY.fullmatch(text))
            or _header._BREADCRUMB.match(text)
            or _header._DESK_CREDIT.match(text)
            or not words
            or (len(words) <= 12 and _header._FURNITURE.search(text))
        )
        assert _header.is_furniture(text) == plain

    SOCIAL = st.lists(
        st.sampled_from(
            ["Facebook", "Email", "Apple News", "Google News", "News", "X", "x", " ", "é", "_"]
        ),
        max_size=10,
    ).map("".join)

    GLUED = st.lists(
        st.sampled_from(["abcDef", "abcD", "Def", "ab", "cDe", "McDonald", " ", "x", "É"]),
        max_size=10,
    ).map("".join)

    @given(st.one_of(TEXT, GLUED))
    def test_glued_capitals_find_as_many(self, text: str) -> None:
        """The capital-first pattern finds at least as many glued words, so its count gates
        the exact one."""
        assert len(_header._GLUED_CAP.findall(text)) >= len(_header._GLUED_CAPS.findall(text))

    @given(st.one_of(TEXT, SOCIAL))
    def test_social_names_find_as_many(self, text: str) -> None:
        """Without its leading ``\\b`` the share-button pattern finds at least as many names,
        so its count gates the exact one."""
        assert len(_header._SOCIAL_NAMES.findall(text)) >= len(_header._SOCIAL.findall(text))


class TestDateline:
    @staticmethod
    def plain(text: str) -> str | None:
        """Which pattern the dateline rules accept first, tried without gates."""
        if text[:1] in ("(", "/"):
            return "other" if _dateline._AGENCY_DL.match(text) else None
        if not text or not text[0].isupper():
            return None
        m = _dateline._DATE_AGENCY_DL.match(text)
        if m:
            return "date-agency" if _dateline._from_match(m, text, upper=False) else None
        m = _dateline._UPPER_DL.match(text)
        if m and m.end() > m.end("places") and _dateline._from_match(m, text, upper=True):
            return "upper"
        m = _dateline._TITLE_DL.match(text)
        if m and (m["agency"] or m["agency2"] or m["paren"]) and m.end() > m.end("places"):
            return "title" if _dateline._from_match(m, text, upper=False) else None
        if _dateline._CREDITS_DL.match(text) or _dateline._TITLE_COLON_DL.match(text):
            return "other"
        return None

    def test_a_date_opens_with_a_month_initial(self) -> None:
        """The date-agency pattern, tried only after a capital that opens a month, can
        open with no other capital."""
        for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÉÖ":
            if c not in _dateline._MONTH_INITIALS:
                assert not _opens_with(_dateline._DATE_AGENCY_DL, c), c
        for c in _dateline._MONTH_INITIALS:
            assert _opens_with(_dateline._DATE_AGENCY_DL, c), c

    @given(st.sampled_from(["BEIJING, March 3 (Xinhua) --", "(CNN)", "Kyiv:", "x", ""]), TEXT)
    def test_lead_dateline_read_once_as_twice(self, opening: str, rest: str) -> None:
        """The dateline of a lead on the header line, read with the header, is the one
        read again from the first paragraph."""
        page = f" date 2021-03-19 {opening} {rest}\n\nThe court ruled on Friday.\n"
        fast = parse(page, extract=False)
        real = _header.classify_header

        def without(text: str) -> tuple[object, ...]:
            return (*real(text)[:2], None)

        with mock.patch.object(parse_module, "classify_header", without):
            plain = parse(page, extract=False)
        assert fast == plain

    @given(TEXT)
    def test_gates_do_not_change_the_answer(self, text: str) -> None:
        """A text the ungated patterns cannot read as a dateline the gated rule rejects,
        and one they read by the upper-case, title or date-agency pattern it reads alike."""
        plain = self.plain(text)
        found = _dateline.match_dateline(text)
        if plain is None:
            assert found is None
        elif plain != "other":
            assert found is not None


class TestSentences:
    PLAIN = re.compile(
        r"[.!?…]+[\"'”’»)\]]*(?=[ \t\u00a0\r\n]+[\"'“‘«(\[]?[A-Z0-9À-ÖØ-Þ])"
        r"|[.!?][\"”’»]?(?=[A-Z][a-z])"
    )

    @given(TEXT)
    def test_terminal_pattern_equals_the_plain_one(self, text: str) -> None:
        """The sentence-end pattern, rewritten to open with one character class, finds the
        same ends."""
        fast = [m.span() for m in _sentences._TERMINAL.finditer(text)]
        assert fast == [m.span() for m in self.PLAIN.finditer(text)]

    @given(TEXT)
    def test_period_pattern_finds_the_ends_of_text_without_rare_marks(self, text: str) -> None:
        """Where the period is the one sentence mark, the pattern that opens with it finds
        the ends the pattern of every mark finds."""
        for mark in "!?…":
            text = text.replace(mark, ".")
        assert not _sentences.has_rare_marks(text)
        fast = [m.span() for m in _sentences._TERMINAL_PERIOD.finditer(text)]
        assert fast == [m.span() for m in _sentences._TERMINAL.finditer(text)]
        bounds = _sentences.marked_bounds(text, 0, len(text))
        assert _sentences.marked_bounds(text, 0, len(text), rare=False) == bounds

    def test_rare_marks(self) -> None:
        assert not _sentences.has_rare_marks("Dr. Lee left. A.")
        assert all(_sentences.has_rare_marks(f"Why{mark} Yes") for mark in "!?…")


class TestSentenceBounds:
    @staticmethod
    def plain_abbreviation(text: str, dot: int, lo: int) -> bool:
        m = _sentences._WORD_BEFORE.search(text, max(lo, dot - 20), dot)
        if not m:
            return False
        word = m.group(1).lower().rstrip(".")
        if not word:
            return False
        if word in _sentences.ABBREVIATIONS:
            return word not in ("a.m", "p.m", "etc")
        return (len(word) == 1 and word.isalpha()) or bool(_sentences._INITIALS.fullmatch(word))

    WORDS = st.lists(
        st.sampled_from(["Dr", "dr", "U.S", "a.m", "J.R.R", "P", "x", "_", "’", "'", "-", " ", "(",
                         "é", "\u0663", "long-winded", "etc", "Nov", "a" * 19]),
        max_size=6,
    ).map("".join)  # fmt: skip

    @given(st.one_of(TEXT, WORDS), st.integers(0, 30), st.integers(0, 30))
    @example("x" + "." * 19, 0, 0)  # the window's edge makes the initial
    @example("x’P", 0, 0)
    @example("x_P", 0, 0)
    @example("x İ", 0, 0)  # a capital whose lower case is two characters
    @example("a Dr", 0, 0)
    @example("Mr etc", 0, 0)
    @example("ax", 1, 0)  # the window starts inside a word
    @example("A\n", 0, 0)  # the search's ``$`` also matches before a final line break
    @example("said abcdefg", 0, 0)  # more letters than any abbreviation
    @example("abcdefg", 1, 0)
    @example("x-abcdefg", 0, 0)
    def test_abbreviation_read_backwards_equals_the_search(
        self, text: str, lo: int, cut: int
    ) -> None:
        """The word before a period, read backwards, is the one the search finds."""
        dot = max(0, len(text) - cut)
        lo = min(lo, dot)
        assert _sentences._is_abbreviation(text, dot, lo) == self.plain_abbreviation(text, dot, lo)

    @staticmethod
    def plain(source: str, start: int, end: int) -> list[tuple[int, int]]:
        """Sentence bounds without the one-sentence shortcut: every mark is tried."""
        out: list[tuple[int, int]] = []
        cur = start
        for m in _sentences._TERMINAL.finditer(source, start, end):
            if source[m.start()] == "." and _sentences._is_abbreviation(source, m.start(), start):
                continue
            piece = source[cur : m.end()]
            if piece.strip():
                a = cur + len(piece) - len(piece.lstrip())
                out.append((a, a + len(piece.strip())))
            cur = m.end()
        piece = source[cur:end]
        if piece.strip():
            a = cur + len(piece) - len(piece.lstrip())
            out.append((a, a + len(piece.strip())))
        return out

    #: Marks, closers, spaces and capitals, densely: sentence ends near the edges.
    MARKS = st.lists(
        st.sampled_from(["Be.", "Be", ".", "!", "?", "…", '"', "”", ")", " ", "\n", "A", "Dr."]),
        max_size=10,
    ).map("".join)

    @settings(max_examples=300)
    @given(st.one_of(TEXT, MARKS), st.integers(0, 8), st.integers(0, 8))
    @example("Be. A", 0, 0)
    def test_bounds_equal_the_plain_split(self, text: str, lo: int, cut: int) -> None:
        """The shortcut for a paragraph with no mark before its end finds what every mark
        tried finds, and the spans are the bounds."""
        start, end = min(lo, len(text)), max(min(lo, len(text)), len(text) - cut)
        bounds = _sentences.sentence_bounds(text, start, end)
        assert bounds == self.plain(text, start, end)
        if _sentences.is_one_sentence(text, start, end):
            assert bounds == [(start, end)]
        spans = _sentences.split_sentences(text, start, end)
        assert [(s.start, s.end) for s in spans] == bounds
        assert spans == [Span(a, b) for a, b in bounds]


class TestParagraphSentences:
    PAGES = st.lists(
        st.sampled_from(["Ann left.", "Dr. Lee", "Why?", "No!", "Wait…", "U.S.", "x", " ", "\n",
                         "\n\n", "\u00a0", "\x0c", '"', "”", "The end.", "2.5"]),
        max_size=14,
    ).map("".join)  # fmt: skip

    @given(st.one_of(PAGES, TEXT))
    def test_sentences_are_the_plain_split(self, text: str) -> None:
        """The sentences of every paragraph are those of the plain split (after the
        dateline in the first), whatever the marks on the page."""
        page = " date 2021-03-19 Title of the page here\n\n" + text
        a = parse(page, extract=False)
        assert a.source is not None
        for p in a.paragraphs:
            start = p.span.start
            if p.text != _text.collapse(a.source[start : p.span.end]):  # a dateline cut off
                assert a.dateline is not None
                start = a.dateline.span.end
                while start < p.span.end and a.source[start].isspace():
                    start += 1
            plain = _sentences.sentence_bounds(a.source, start, p.span.end)
            assert [(s.start, s.end) for s in p.sentences] == plain


class TestRepeatedBelow:
    WORDS = st.sampled_from(["Court", "gives", "nod", "polls", "...", ".", "x.", "Ann", "\u00a0"])
    LINES = st.lists(st.lists(WORDS, min_size=1, max_size=5).map(" ".join), max_size=5)

    @settings(max_examples=300)
    @given(
        LINES,
        st.lists(WORDS, max_size=5),
        st.sampled_from(["", ".", "..", " ", "\t"]),
        st.booleans(),
    )
    def test_words_found_decide_as_the_lines(
        self, lines: list[str], header: list[str], tail: str, copy: bool
    ) -> None:
        """The header stands again as a line below exactly when the plain reading of every
        line finds it: looking for its words first changes nothing."""
        text = " ".join(header)
        if copy:
            lines = [*lines, text.replace(" ", "  ") + tail]  # a copy, its spaces doubled
        src = "Title\n" + "\n".join(lines)
        words = text.split()
        plain = len(words) >= 3 and any(
            " ".join(line.split()).rstrip(".") == " ".join(words).rstrip(".")
            for line in src[5 : 5 + 1500].splitlines()
        )
        assert parse_module._repeated_below(src, text, 5) == plain


class TestHyphenWrap:
    PLAIN = re.compile(f"(?<=[^\\W\\d_])-[{WS}]*(?:\\r\\n|\\r|\\n)[{WS}]*(?=[a-z])")

    @given(TEXT)
    def test_hyphen_wrap_equals_the_plain_pattern(self, text: str) -> None:
        """The hyphen-first pattern joins the same wrapped words."""
        assert _text._HYPHEN_WRAP.sub("-", text) == self.PLAIN.sub("-", text)


class TestCollapse:
    @staticmethod
    def plain(s: str) -> str:
        """:func:`_text.collapse` without the shortcut for text that needs no change."""
        if "-" in s and ("\n" in s or "\r" in s):
            s = _text._HYPHEN_WRAP.sub("-", s)
        if any(c in s for c in "\u200b\ufeff\x1c\x1d\x1e\x1f"):
            return _text._WS_RUN.sub(" ", s).strip()
        return " ".join(s.split())

    ASCII = st.lists(
        st.sampled_from(["ab", " ", "\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1f", "\x01", "-"]),
        max_size=8,
    ).map("".join)

    @given(st.one_of(TEXT, ASCII, st.text(st.characters(max_codepoint=127), max_size=8)))
    @example("ab\x0cab\x0bc")
    @example("ab\x1dc\x1ed")
    def test_collapse_equals_the_plain_rule(self, text: str) -> None:
        """Printable text without double or edge spaces is returned as it is."""
        assert _text.collapse(text) == self.plain(text)

    def test_the_ascii_whitespace(self) -> None:
        """The ASCII fast path tests for every ASCII whitespace character but the space."""
        spaces = "".join(c for c in map(chr, range(128)) if c.isspace())
        assert spaces == "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f "


class TestLines:
    @staticmethod
    def plain(source: str) -> list[tuple[int, int, int, int]]:
        out = []
        pos = 0
        for m in re.finditer(r"\r\n|\r|\n", source):
            text = source[pos : m.start()]
            stripped = text.lstrip(WS_CHARS)
            s = pos + len(text) - len(stripped)
            out.append((pos, m.start(), s, s + len(stripped.rstrip(WS_CHARS))))
            pos = m.end()
        if pos < len(source):
            text = source[pos:]
            stripped = text.lstrip(WS_CHARS)
            s = pos + len(text) - len(stripped)
            out.append((pos, len(source), s, s + len(stripped.rstrip(WS_CHARS))))
        return out

    @given(TEXT)
    def test_scan_equals_a_regex_split(self, text: str) -> None:
        """Lines, with and without CR, are what a plain regex split gives."""
        lines = _lines.scan_lines(text)
        assert [(ln.raw_start, ln.raw_end, ln.start, ln.end) for ln in lines] == self.plain(text)
        assert [ln.number for ln in lines] == list(range(len(lines)))
        assert all(ln.blank == (ln.start >= ln.end) for ln in lines)

    #: Pages of blank, white and text lines.
    PAGES = st.lists(
        st.sampled_from(["", " ", "\u00a0", "\t", " x ", "Ann Lee", "\r", "\u200b"]), max_size=8
    ).map("\n".join)

    @given(st.one_of(TEXT, PAGES))
    def test_content_lines_are_the_lines_with_text(self, text: str) -> None:
        """The lines with text, found without a :class:`Line` for each blank line, are
        those of the whole scan."""
        fields = ("number", "raw_start", "raw_end", "start", "end", "blank")
        plain = [ln for ln in _lines.scan_lines(text) if not ln.blank]
        fast = _lines.content_lines(text)
        assert [[getattr(ln, f) for f in fields] for ln in fast] == [
            [getattr(ln, f) for f in fields] for ln in plain
        ]


class TestBlocks:
    PAGES = st.lists(
        st.sampled_from(["", "", " ", "\u00a0", "Ann Lee", "said", "• item", "2. item", "x" * 120]),
        max_size=12,
    ).map("\n".join)

    @given(st.one_of(TEXT, PAGES), st.integers(0, 5))
    def test_blank_lines_counted_as_found(self, text: str, skip: int) -> None:
        """A blank line between the first and last lines with text is found by counting."""
        lines = _lines.scan_lines(text)[skip:]
        content = [ln for ln in lines if not ln.blank]
        plain = bool(content) and any(
            ln.blank for ln in lines if content[0].number < ln.number < content[-1].number
        )
        blocks, has_blank, _ = _blocks.split_blocks(text, lines)
        assert has_blank == plain
        if has_blank:  # one block a run of lines between blank lines, or more for a list
            runs: list[list[_lines.Line]] = [[]]
            for ln in lines:
                if ln.blank:
                    if runs[-1]:
                        runs.append([])
                else:
                    runs[-1].append(ln)
            plain_blocks = [b for run in runs if run for b in _blocks._split_block(text, run)]
            assert [(b.start, b.end, b.lines) for b in blocks] == [
                (b.start, b.end, b.lines) for b in plain_blocks
            ]


class TestPosition:
    @given(TEXT, st.integers(0, 200))
    def test_position_equals_the_line_index(self, text: str, at: int) -> None:
        """Line and column counted on a text without CR are what the index of line starts
        (any break) gives."""
        offset = min(at, len(text))
        starts = [0, *[m.end() for m in re.finditer(r"\r\n|\r|\n", text)]]
        idx = bisect.bisect_right(starts, offset) - 1
        reporter = DefectReporter(text)
        assert reporter._position(offset) == (idx + 1, offset - starts[idx] + 1)


class TestCleanText:
    #: Control characters, mojibake and its edge cases (a lead at either end of its
    #: range before a follower at either end of its ranges), entities.
    MARKS = (
        "\x01", "\x7f", "\x0c", "Ã©", "â€™", "Ã¼", "é", "Ã", "ô", "Â\u0080", "ô\u2122",
        "Â\u00bf", "ô\u0152", "é\u0151", "é\u2123", "&amp;", "&#1;", "&#xc3;",
    )  # fmt: skip
    DAMAGE = st.lists(st.one_of(PIECES, st.sampled_from(MARKS)), max_size=12).map("".join)

    @given(st.one_of(DAMAGE, st.text(max_size=12)))
    def test_byte_pass_admits_what_the_patterns_find(self, text: str) -> None:
        """A text the mojibake lead or the control pattern finds something in passes the
        gate for it."""
        mojibake, controls = parse_module._may_hold_damage(text)
        if _text._MOJIBAKE_LEAD.search(text):
            assert mojibake
        if parse_module._CONTROL.search(text):
            assert controls

    @settings(max_examples=200)
    @given(DAMAGE)
    def test_byte_pass_decides_as_the_scans(self, text: str) -> None:
        """Skipping the mojibake repair and the control-character search for a text the
        byte pass finds clean changes nothing."""
        page = " date 2021-03-19 Title of the page here\n\n" + text
        fast = parse(page, extract=False)
        always = mock.Mock(return_value=(True, True))
        with mock.patch.object(parse_module, "_may_hold_damage", always):
            plain = parse(page, extract=False)
        assert fast == plain and fast.source == plain.source


class TestGlued:
    TEXTS = st.lists(
        st.sampled_from(
            [
                "statement.Trump",
                "ab.Cde",
                "ab!Cde",
                "ab?Cde",
                "a.Bc",
                ".",
                "Abc",
                "x",
                "ab.Éde",
                "ab.Zzz",
                "ab.Abc",
            ]
        ),
        max_size=6,
    ).map("".join)

    @settings(max_examples=300)
    @given(st.one_of(TEXT, TEXTS), st.integers(0, 6), st.integers(0, 6))
    @example("ab.Cde", 3, 0)  # the letters before the mark lie before the start
    @example("x?Abc.Cde ab!Cde", 0, 0)
    @example("ab.Abc ab.Zyx", 0, 0)
    def test_glued_marks_found_as_by_the_search(self, text: str, lo: int, cut: int) -> None:
        start, end = min(lo, len(text)), max(min(lo, len(text)), len(text) - cut)
        fast = parse_module._glued(text, start, end)
        plain = parse_module._GLUED.search(text, start, end)
        assert (fast and fast.span()) == (plain and plain.span())

    @settings(max_examples=300)
    @given(st.one_of(TEXT, TEXTS), st.integers(0, 6), st.integers(0, 6))
    @example("ab.Cde", 0, 0)
    @example("ab!Cde ab.cde", 0, 0)
    @example("ab?Cde", 0, 0)
    def test_page_gate_admits_every_glued_mark(self, text: str, lo: int, cut: int) -> None:
        """A stretch of text the glued pattern finds a mark in passes the gate of the
        page (a mark before an ASCII capital)."""
        start, end = min(lo, len(text)), max(min(lo, len(text)), len(text) - cut)
        if parse_module._GLUED.search(text, start, end):
            assert parse_module._may_be_glued(text, start, end)
        if not _sentences.has_rare_marks(text):  # the period's search alone decides alike
            gate = parse_module._may_be_glued(text, start, end)
            assert parse_module._may_be_glued(text, start, end, False) == gate

    @given(st.one_of(TEXT, TEXTS))
    def test_missing_space_found_as_by_the_plain_search(self, text: str) -> None:
        """The mark gate skips only paragraphs the glued pattern finds nothing in."""
        page = " date 2021-03-19 Title of the page here\n\n" + text.replace("\n", " ")
        src = page
        a = parse(page, extract=False)
        plain = set()
        for p in a.paragraphs:
            if p.kind is ParagraphKind.BODY:
                m = parse_module._GLUED.search(src, p.span.start, p.span.end)
                if m:
                    plain.add((m.start() - 2, m.end() + 1))
        found = {(d.span.start, d.span.end) for d in a.defects if d.code == "missing-space"}
        assert found == plain


class TestNorm:
    @settings(max_examples=300)
    @given(TEXT)
    def test_norm_equals_split_join(self, text: str) -> None:
        """The repeat key of a paragraph is its lower-case, whitespace-collapsed text."""
        from articlekit.parse import _norm

        assert _norm(text) == " ".join(text.lower().split()).rstrip(" .")

    def test_only_the_ascii_space_is_printable_whitespace(self) -> None:
        """The fast path of the repeat key relies on this property of Unicode."""
        spaces = [chr(c) for c in range(0x110000) if chr(c).isspace() and chr(c).isprintable()]
        assert spaces == [" "]


class TestRepeats:
    """The gated repeat and twin marking equals the plain rules it stands in for."""

    @staticmethod
    def plain_twins(paragraphs: list[Paragraph]) -> list[Paragraph]:
        from articlekit.parse import _CREDIT_TAIL, _norm

        out = list(paragraphs)
        body, caption = ParagraphKind.BODY, ParagraphKind.CAPTION
        for i in range(1, len(out)):
            a, b = out[i - 1], out[i]
            if not (
                (a.kind is body and (b.kind is body or b.kind is caption))
                or (a.kind is caption and b.kind is body)
            ):
                continue
            ka, kb = _norm(a.text.translate(_CURLY)), _norm(b.text.translate(_CURLY))
            short, long = sorted((ka, kb), key=len)
            if short.count(" ") < 5 or not long.startswith(short):
                continue
            added = (a.text if len(ka) > len(kb) else b.text)[len(short) :].strip(" .")
            if added and (len(added) > 60 or not _CREDIT_TAIL.search(added)):
                continue
            out[i - 1] = evolve(a, kind=ParagraphKind.CAPTION)
            out[i] = evolve(b, kind=ParagraphKind.CAPTION)
        return out

    @classmethod
    def plain(cls, paragraphs: list[Paragraph], headline: str | None) -> list[Paragraph]:
        from articlekit.parse import _norm

        seen: dict[str, ParagraphKind] = {}
        if headline:
            seen[_norm(headline)] = ParagraphKind.HEADING
        out = []
        for p in paragraphs:
            key = _norm(p.text)
            if p.kind in (ParagraphKind.CAPTION, ParagraphKind.BYLINE):
                seen.setdefault(key, p.kind)
            elif p.kind is ParagraphKind.BODY and key in seen:
                p = evolve(p, kind=seen[key])
            out.append(p)
        return cls.plain_twins(out)

    WORDS = st.sampled_from(
        ["The", "the", "THE", "“The", '"The', "‘a", "'a", "A", "İs", "is", "ſo",
         "So", "court", "Court", ".", "..", " ", "  ", "\n", "\u00a0", "\x1c", "Photo:",
         "AFP", "/ Jane Roe", "ruled", "on", "Friday", "x"]
    )  # fmt: skip
    TEXTS = st.lists(WORDS, max_size=9).map(" ".join)
    KINDS = st.sampled_from(
        [ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.CAPTION, ParagraphKind.BYLINE,
         ParagraphKind.HEADING, ParagraphKind.CREDIT]
    )  # fmt: skip

    @settings(max_examples=300)
    @given(
        st.lists(st.tuples(KINDS, st.one_of(TEXTS, TEXT)), max_size=8),
        st.one_of(st.none(), TEXTS, TEXT),
        st.data(),
    )
    def test_marks_equal_the_plain_rules(
        self, pars: list[tuple[ParagraphKind, str]], headline: str | None, data: st.DataObject
    ) -> None:
        # copies of earlier texts, whole or extended, make repeats and twins likely
        texts = [t for _, t in pars]
        paragraphs = []
        for i, (kind, text) in enumerate(pars):
            if i and data.draw(st.booleans()):
                text = data.draw(st.sampled_from(texts[:i])) + data.draw(
                    st.sampled_from(["", ".", " AFP", " (Photo: Jane Roe)", " and more words"])
                )
                if data.draw(st.booleans()):
                    text = text.translate(_CURLY)  # the copy with straight quotes
            paragraphs.append(Paragraph(index=i, kind=kind, text=text, span=Span(0, 0)))
        if headline is not None and texts and data.draw(st.booleans()):
            headline = data.draw(st.sampled_from(texts))
        assert _mark_repeats(list(paragraphs), headline) == self.plain(paragraphs, headline)

    def test_twins_with_curly_and_straight_quotes(self) -> None:
        """Twins that differ in their quotes open alike once the quotes are straight."""
        text = "\u201cThe court ruled on Friday that the vote goes ahead,\u201d he said"
        paragraphs = [
            Paragraph(index=i, kind=ParagraphKind.BODY, text=t, span=Span(0, 0))
            for i, t in enumerate([text, text.translate(_CURLY) + " AFP"])
        ]
        marked = _mark_repeats(list(paragraphs), None)
        assert [p.kind for p in marked] == [ParagraphKind.CAPTION] * 2
        assert marked == self.plain(paragraphs, None)


def test_fast_paths_keep_a_page_whole() -> None:
    """An article that exercises the gates parses as before: caption, dateline, headline."""
    text = (
        " date 2021-03-19 Home >> World\n\n"
        "Court gives nod to postpone elections\n\n"
        "Ministers meet in Nairobi on Friday. (Xinhua/Ann Lee)\n\n"
        "NAIROBI, March 19 (Xinhua) -- The court on Friday approved the delay, a judge said.\n"
    )
    a = parse(text, extract=False)
    assert a.headline == "Court gives nod to postpone elections"
    assert a.dateline is not None and a.dateline.places == ("NAIROBI",)
    assert a.dateline.agency == "Xinhua"
    kinds = ["boilerplate", "heading", "caption", "body"]
    assert [p.kind.value for p in a.paragraphs] == kinds


# -- extraction -------------------------------------------------------------------------

quotes_module = importlib.import_module("articlekit._quotes")
extract_module = importlib.import_module("articlekit.extract")

#: Fragments the extraction rules look for, mixed with arbitrary text.
EXTRACT_PIECES = st.sampled_from(
    [
        " ", "  ", "\n", "\t", "\u00a0", ",", ", ", ";", ":", "(", ")", "-", "--", " - ", " -- ",
        "—", " — ", "–", " – ", "“", "”", '"', "«", "»", "2,000", "1", "x", "The", "said",
        "he said", "told reporters", "Anna Li", "Mr.", "the minister", "who", ".", "'s",
        " (pix)", "(pictured)", " (Left)", "(file)", ", adding", ", ADDING that", " noting that",
        " and said", " but added that", " and told", " and assured them that ", " he ", "ſ",
        "İ", "ı", "K", " by ", "data", "figures", "the latest health ministry figures",
        "statiſtics", "DATA", "collected by", "not ", "n't ", "never ", "N",
    ]
)  # fmt: skip
EXTRACT_TEXT = st.lists(st.one_of(EXTRACT_PIECES, st.text(max_size=5)), max_size=16).map("".join)


def _split_parts_plain(masked: str, a: int, b: int) -> list[tuple[int, int]]:
    """``_split_parts`` as first written: every ``_PART_MARKS`` match visited."""
    out: list[tuple[int, int]] = []
    depth = 0
    s = a
    n = len(masked)
    for m in quotes_module._PART_MARKS.finditer(masked, a, b):
        i = m.start()
        c = masked[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            if c == "," and 0 < i < n - 1 and masked[i - 1].isdigit() and masked[i + 1].isdigit():
                continue
            if s < i and (not masked[s].isspace() or re.search(r"\S", masked[s:i])):
                out.append((s, i))
            s = i + 1
    out.append((s, b))
    return out


class TestExtraction:
    @given(EXTRACT_TEXT, st.integers(0, 40), st.integers(0, 40))
    @example(" -- x", 0, 3)
    @example(" -- x", 0, 4)
    @example("a -- x", 2, 6)
    @example("a --- x", 0, 7)
    def test_split_parts_equals_the_marks_pattern(self, text: str, a: int, b: int) -> None:
        """Visiting every bracket, separator and dash and testing a dash for its spaces
        splits as the pattern with the spaced-dash alternative does, in any window."""
        a, b = min(a, len(text)), min(b, len(text))
        a, b = min(a, b), max(a, b)
        assert quotes_module._split_parts(text, a, b) == _split_parts_plain(text, a, b)

    @given(EXTRACT_TEXT)
    @example("a (pix) said")
    @example(" (pix)(pix) (left), x")
    def test_blank_pointers_equals_the_substitution(self, text: str) -> None:
        """Trying the photo-pointer pattern at each parenthesis blanks what ``sub`` does."""
        plain = quotes_module._POINTER_BEFORE_CUE.sub(lambda m: " " * len(m.group()), text)
        assert quotes_module._blank_pointers(text) == plain

    @given(st.one_of(TEXT, EXTRACT_TEXT))
    @example("The (Xinhua) --")
    @example("Oslo: A ferry")
    @example("OSLO, June 3 (Reuters) -")
    @example("New Delhi, June 6 (ANI): The")
    def test_dateline_gate_admits_every_dateline_taken(self, text: str) -> None:
        """A paragraph the gate passes over opens with no dateline that names an agency
        or upper-case places (the only ones the body spans skip)."""
        if not extract_module._may_open_dateline(text, 0, len(text)):
            m = _dateline.match_dateline(text[:200])
            assert m is None or not (m.agency or (m.places and m.places[0].isupper()))

    @given(st.one_of(TEXT, EXTRACT_TEXT))
    def test_segment_marks_equal_the_pattern(self, text: str) -> None:
        """Finding each quotation mark with ``str.find`` gives the pattern's offsets."""
        plain = [m.start() for m in quotes_module._SEGMENT_MARKS.finditer(text)]
        assert quotes_module._segment_marks(text) == plain

    def test_segment_mark_characters_are_the_pattern_class(self) -> None:
        chars = quotes_module._SEGMENT_MARK_CHARS
        assert all(quotes_module._SEGMENT_MARKS.fullmatch(c) for c in chars)
        assert quotes_module._SEGMENT_MARKS.pattern == "[" + chars + "]"

    @given(
        st.one_of(
            TEXT, EXTRACT_TEXT, st.sampled_from(["Also read -", "READ ALSO:", "x Read more |"])
        )
    )
    def test_teaser_gate_admits_every_teaser(self, text: str) -> None:
        """Each glued link the pattern finds holds ``Read``, ``READ`` or ``Also``."""
        if extract_module._GLUED_TEASER.search(text):
            assert "Read" in text or "READ" in text or "Also" in text
