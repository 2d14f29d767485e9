"""Temporal expressions: :func:`articlekit._times.find_times` and ``sentence_tense``."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given
from hypothesis import strategies as st

from articlekit._times import find_times, sentence_tense
from articlekit.models import DatePrecision, Span, TimeExpression

from .conftest import SEEDS

DAY = DatePrecision.DAY
MONTH = DatePrecision.MONTH
YEAR = DatePrecision.YEAR
#: The seed's date, a Saturday.
REF = dt.date(2018, 11, 17)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def times(text: str, reference: dt.date | None = REF) -> list[TimeExpression]:
    """Run find_times on *text* as a single paragraph."""
    return find_times(text, [Span(0, len(text))], reference)


def expr(source: str, text: str, value: str, precision: DatePrecision) -> TimeExpression:
    """Build the expected expression for the first occurrence of *text* in *source*."""
    start = source.index(text)
    return TimeExpression(
        text=text, value=value, precision=precision, span=Span(start, start + len(text))
    )


def one(source: str, text: str, value: str, precision: DatePrecision) -> None:
    """Assert *source* yields exactly one expression, *text* resolved to *value*."""
    assert times(source) == [expr(source, text, value, precision)]


class TestSeed:
    def test_on_thursday_in_seed(self) -> None:
        """The seed's ``officials on Thursday pledged`` resolves to 2018-11-15."""
        source = (SEEDS / "000_02551acf54f9755f.txt").read_text(encoding="utf-8")
        spans = [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", source)][1:]
        found = find_times(source, spans, REF)
        assert found[0] == expr(source, "on Thursday", "2018-11-15", DAY)
        assert found[1] == expr(source, "This year", "2018", YEAR)
        assert len(found) == 2

    def test_spans_out_of_order(self) -> None:
        """Spans given out of order still give results in source order."""
        source = "He left on Monday.\n\nShe left on Tuesday."
        found = find_times(source, [Span(20, len(source)), Span(0, 18)], REF)
        assert found == [
            expr(source, "on Monday", "2018-11-12", DAY),
            expr(source, "on Tuesday", "2018-11-13", DAY),
        ]

    def test_only_inside_spans(self) -> None:
        """Text outside the spans is not searched."""
        source = "Nov. 14 header\n\nHe left on Monday."
        assert find_times(source, [Span(16, len(source))], REF) == [
            expr(source, "on Monday", "2018-11-12", DAY)
        ]


class TestWeekdays:
    def test_past_on_weekday(self) -> None:
        """A past-tense weekday is the latest such day on or before the reference."""
        one("Officials on Thursday pledged support.", "on Thursday", "2018-11-15", DAY)

    def test_past_same_weekday_is_reference(self) -> None:
        """A past-tense weekday naming the reference's own weekday is the reference."""
        one("Police said on Saturday that two died.", "on Saturday", "2018-11-17", DAY)

    def test_future_on_weekday(self) -> None:
        """A future-tense weekday is the first such day strictly after the reference."""
        one("The court will rule on Saturday.", "on Saturday", "2018-11-24", DAY)

    def test_next_weekday(self) -> None:
        """``next Monday`` is the first Monday strictly after the reference."""
        one("They met and agreed to talk next Monday.", "next Monday", "2018-11-19", DAY)

    def test_last_weekday(self) -> None:
        """``last Saturday`` is the latest Saturday strictly before the reference."""
        one("It happened last Saturday.", "last Saturday", "2018-11-10", DAY)

    def test_this_past_and_coming(self) -> None:
        """``this past`` and ``this coming`` force the direction."""
        source = "This past Friday he said this coming Friday is open."
        assert times(source) == [
            expr(source, "This past Friday", "2018-11-16", DAY),
            expr(source, "this coming Friday", "2018-11-23", DAY),
        ]

    def test_bare_weekday_present(self) -> None:
        """A weekday with no tense cue resolves like the past: on or before."""
        one("Monday's meeting is important.", "Monday", "2018-11-12", DAY)

    def test_clause_tense_wins(self) -> None:
        """Each weekday takes the tense of the nearest cue in its clause."""
        source = "Officials said on Tuesday the talks will resume on Monday."
        assert times(source) == [
            expr(source, "on Tuesday", "2018-11-13", DAY),
            expr(source, "on Monday", "2018-11-19", DAY),
        ]

    def test_relative_clause(self) -> None:
        """A weekday in a future relative clause is future despite a past main verb."""
        source = "The vote, which will take place on Monday, was announced on Friday."
        assert times(source) == [
            expr(source, "on Monday", "2018-11-19", DAY),
            expr(source, "on Friday", "2018-11-16", DAY),
        ]

    def test_weekday_with_date(self) -> None:
        """A weekday before a date joins it and the date gives the value."""
        one("On Thursday, Nov. 15, he left.", "On Thursday, Nov. 15", "2018-11-15", DAY)

    def test_plural_weekday(self) -> None:
        """``on Thursdays`` is habitual and is not matched."""
        assert times("The market opens on Thursdays.") == []

    def test_no_reference(self) -> None:
        """Without a reference weekdays are dropped."""
        assert times("Officials on Thursday pledged support.", None) == []


class TestRelative:
    def test_days(self) -> None:
        """``yesterday``, ``today``, ``tomorrow`` and ``last night`` are days around it."""
        source = "Yesterday he said today was calm, tomorrow too, after last night."
        assert times(source) == [
            expr(source, "Yesterday", "2018-11-16", DAY),
            expr(source, "today", "2018-11-17", DAY),
            expr(source, "tomorrow", "2018-11-18", DAY),
            expr(source, "last night", "2018-11-16", DAY),
        ]

    def test_weeks_are_mondays(self) -> None:
        """``last``, ``this`` and ``next week`` are the Mondays of those ISO weeks."""
        source = "Last week, earlier this week and next week."
        assert times(source) == [
            expr(source, "Last week", "2018-11-05", DAY),
            expr(source, "earlier this week", "2018-11-12", DAY),
            expr(source, "next week", "2018-11-19", DAY),
        ]

    def test_months(self) -> None:
        """``last month`` and ``earlier this month`` are MONTH values."""
        source = "Last month and earlier this month and next month."
        assert times(source) == [
            expr(source, "Last month", "2018-10", MONTH),
            expr(source, "earlier this month", "2018-11", MONTH),
            expr(source, "next month", "2018-12", MONTH),
        ]

    def test_years(self) -> None:
        """``this``, ``last`` and ``next year`` are YEAR values."""
        source = "This year, last year and later next year."
        assert times(source) == [
            expr(source, "This year", "2018", YEAR),
            expr(source, "last year", "2017", YEAR),
            expr(source, "later next year", "2019", YEAR),
        ]

    def test_ago(self) -> None:
        """``N days/weeks/months/years ago`` count back from the reference."""
        source = "Three days ago, 2 weeks ago, a month ago and ten years ago."
        assert times(source) == [
            expr(source, "Three days ago", "2018-11-14", DAY),
            expr(source, "2 weeks ago", "2018-11-03", DAY),
            expr(source, "a month ago", "2018-10", MONTH),
            expr(source, "ten years ago", "2008", YEAR),
        ]

    def test_month_across_year(self) -> None:
        """``last month`` in January is December of the year before."""
        assert times("Last month.", dt.date(2019, 1, 3)) == [
            TimeExpression(text="Last month", value="2018-12", precision=MONTH, span=Span(0, 10))
        ]

    def test_newspaper_today(self) -> None:
        """``USA Today`` is a title, but ``Today`` opening a sentence is a day."""
        source = "USA Today reported it. Today the firm said so."
        assert times(source) == [
            TimeExpression(text="Today", value="2018-11-17", precision=DAY, span=Span(23, 28))
        ]


class TestMonthDay:
    def test_forms(self) -> None:
        """``Nov. 14``, ``November 14th`` and ``14 November`` resolve to the same day."""
        source = "It was held on Nov. 14, then November 14th and 14 November."
        assert times(source) == [
            expr(source, "Nov. 14", "2018-11-14", DAY),
            expr(source, "November 14th", "2018-11-14", DAY),
            expr(source, "14 November", "2018-11-14", DAY),
        ]

    def test_day_of_month(self) -> None:
        """``the 14th of November`` keeps the ``of``."""
        one("He died on the 14th of November.", "14th of November", "2018-11-14", DAY)

    def test_past_wraps_to_previous_year(self) -> None:
        """A past date more than a week after the reference is last year's."""
        one("It opened on Dec. 20.", "Dec. 20", "2017-12-20", DAY)

    def test_past_within_week_ahead(self) -> None:
        """A past date up to a week after the reference stays in the reference year."""
        one("It was dated Nov. 22.", "Nov. 22", "2018-11-22", DAY)

    def test_future_stays_ahead(self) -> None:
        """A future date later in the year stays in the reference year."""
        one("It will open on Dec. 20.", "Dec. 20", "2018-12-20", DAY)

    def test_future_wraps_to_next_year(self) -> None:
        """A future date more than a week before the reference is next year's."""
        one("The vote will be held on Jan. 5.", "Jan. 5", "2019-01-05", DAY)

    def test_present_nearest(self) -> None:
        """Without a tense cue the candidate year nearest the reference wins."""
        assert times("The summit opens Jan. 5.", dt.date(2018, 12, 28)) == [
            TimeExpression(text="Jan. 5", value="2019-01-05", precision=DAY, span=Span(17, 23))
        ]

    def test_invalid_day(self) -> None:
        """``Feb. 30`` is no date."""
        assert times("It was held on Feb. 30.") == []

    def test_no_reference(self) -> None:
        """Without a reference and a year, month and day are dropped."""
        assert times("It was held on Nov. 14.", None) == []


class TestAbsolute:
    def test_full_dates(self) -> None:
        """Dates with a year need no reference."""
        source = "On March 5, 2023 and 5 March 2023 and 2019-03-01 it rained."
        expected = [
            expr(source, "March 5, 2023", "2023-03-05", DAY),
            expr(source, "5 March 2023", "2023-03-05", DAY),
            expr(source, "2019-03-01", "2019-03-01", DAY),
        ]
        assert times(source, None) == expected
        assert times(source) == expected

    def test_month_year(self) -> None:
        """``March 2023`` is a MONTH value."""
        source = "It began in March 2023."
        assert times(source, None) == [expr(source, "March 2023", "2023-03", MONTH)]

    def test_in_year(self) -> None:
        """``in 2019`` keeps its preposition and is a YEAR value."""
        source = "It was built in 2019 and extended since 2021."
        assert times(source, None) == [
            expr(source, "in 2019", "2019", YEAR),
            expr(source, "since 2021", "2021", YEAR),
        ]

    def test_decades(self) -> None:
        """``the 1990s`` and ``the early 2000s`` are decades."""
        source = "Since the 1990s and the early 2000s."
        assert times(source, None) == [
            expr(source, "the 1990s", "199X", YEAR),
            expr(source, "the early 2000s", "200X", YEAR),
        ]

    def test_invalid_iso(self) -> None:
        """``2019-13-01`` is no date."""
        assert times("Ref 2019-13-01 here.", None) == []


class TestMonthAlone:
    def test_past_month(self) -> None:
        """A past-tense month alone is the latest on or before the reference month."""
        one("In December he left.", "In December", "2017-12", MONTH)

    def test_future_month(self) -> None:
        """A future-tense month alone is the first on or after the reference month."""
        one("He will visit in December.", "in December", "2018-12", MONTH)

    def test_last_month_name(self) -> None:
        """``last November`` is strictly before the reference month."""
        one("It was agreed last November.", "last November", "2017-11", MONTH)

    def test_mid_month(self) -> None:
        """``mid-October`` is a month."""
        one("It was agreed in mid-October.", "mid-October", "2018-10", MONTH)


class TestNotMatched:
    def test_numbers(self) -> None:
        """Counts, money and percentages are not years."""
        assert times("The firm cut 2,000 jobs, or 40 percent, and raised $1.3 bln.") == []

    def test_count_after_preposition(self) -> None:
        """``by 2000 people`` is a count, not a year."""
        assert times("Sales rose by 2000 people in a week.", None) == []

    def test_clock_times(self) -> None:
        """Times of day alone are not dates."""
        assert times("It starts at 10:30 or at 3 p.m. sharp.") == []

    def test_may_modal_and_name(self) -> None:
        """``may``, ``May I`` and ``Theresa May`` are no months."""
        assert times("You may go. May I ask? Theresa May spoke in May.") == []

    def test_march_without_date(self) -> None:
        """``the March`` and ``march`` without a day or year are no months."""
        assert times("The March will march on.") == []

    def test_may_with_day(self) -> None:
        """``May`` with a day number is a month."""
        one("She met them on May 5.", "May 5", "2018-05-05", DAY)

    def test_month_before_count(self) -> None:
        """``March 2,000`` is not a month and a year."""
        assert times("In March 2,000 people marched.") == []


class TestSentenceTense:
    def test_future(self) -> None:
        """``will`` makes a sentence future."""
        assert sentence_tense("The court will rule.") == "future"

    def test_future_phrases(self) -> None:
        """``is due to`` and ``plans to`` are future cues."""
        assert sentence_tense("The minister is due to arrive.") == "future"
        assert sentence_tense("The firm plans to expand.") == "future"

    def test_past(self) -> None:
        """``said`` and ``-ed`` verbs make a sentence past."""
        assert sentence_tense("He said so.") == "past"
        assert sentence_tense("Officials pledged support.") == "past"

    def test_present(self) -> None:
        """A sentence with no cue is present."""
        assert sentence_tense("The market opens.") == "present"

    def test_future_wins_without_offset(self) -> None:
        """Without an offset any future cue makes the sentence future."""
        assert sentence_tense("He said he will go.") == "future"

    def test_nearest_cue_at_offset(self) -> None:
        """With an offset the nearest cue decides."""
        text = "He was arrested on Monday and will appear on Friday."
        assert sentence_tense(text, text.index("on Monday")) == "past"
        assert sentence_tense(text, text.index("on Friday")) == "future"

    def test_united_is_not_past(self) -> None:
        """Capitalised ``United`` is no past-tense verb."""
        assert sentence_tense("United Nations") == "present"

    def test_eed_words(self) -> None:
        """``need``, ``indeed`` and ``proceed`` are no past tense; ``agreed`` and ``freed`` are."""
        assert sentence_tense("Farmers need rain.") == "present"
        assert sentence_tense("Indeed prices proceed to rise.") == "present"
        assert sentence_tense("Both sides agreed.") == "past"
        assert sentence_tense("Rebels freed the hostages.") == "past"


class TestCaseFolding:
    def test_folds_are_what_ignorecase_matches(self) -> None:
        """``_FOLDS`` lists every non-ASCII letter a ``(?i)`` pattern matches to ASCII."""
        from articlekit._times import _FOLDS

        found: dict[str, str] = {}
        for letter in "abcdefghijklmnopqrstuvwxyz":
            pattern = re.compile(f"(?i){letter}")
            extra = "".join(
                chr(c) for c in range(128, 0x110000) if pattern.fullmatch(chr(c)) is not None
            )
            if extra:
                found[letter] = extra
        assert found == {k: v[2:] for k, v in _FOLDS.items()}

    def test_dotless_i_and_long_s(self) -> None:
        """Words spelt with letters that fold to ASCII resolve like their ASCII spelling."""
        source = "The council met thıs week, officials said."
        one(source, "thıs week", "2018-11-12", DAY)


PAST = ["Officials {w} pledged support.", "He said {w} that it was over."]
FUTURE = ["The court will rule {w}.", "He is due to arrive {w}, officials said."]
MODS = ["", "on ", "last ", "next ", "this "]


class TestProperties:
    @given(
        ref=st.dates(min_value=dt.date(1900, 1, 8), max_value=dt.date(2099, 12, 24)),
        wd=st.sampled_from(WEEKDAYS),
        mod=st.sampled_from(MODS),
        template=st.sampled_from(PAST + FUTURE),
    )
    def test_weekday_within_a_week(self, ref: dt.date, wd: str, mod: str, template: str) -> None:
        """A weekday phrase resolves to that weekday within 7 days of the reference."""
        source = template.format(w=mod + wd)
        found = times(source, ref)
        assert [t.text for t in found] == [mod + wd]
        value = dt.date.fromisoformat(found[0].value)
        assert value.weekday() == WEEKDAYS.index(wd)
        assert abs((value - ref).days) <= 7
        if mod == "next" or (template in FUTURE and mod in ("", "on ")):
            assert value > ref
        if mod == "last ":
            assert value < ref
        if template in PAST and mod in ("", "on "):
            assert value <= ref

    @given(st.text())
    def test_never_raises(self, text: str) -> None:
        """find_times never raises on arbitrary text, with or without a reference."""
        times(text)
        times(text, None)

    @given(
        parts=st.lists(
            st.sampled_from(
                [
                    "on Thursday", "Nov. 14", "in 2019", "the 1990s", "last week", "said",
                    "will", "May", "2,000", ", ", ". ", " ", "\n", "March 5, 2023", "today",
                    "14 November", "2019-03-01", "x", "Q", "in December",
                ]
            ),
            max_size=30,
        ),
        ref=st.none() | st.dates(),
    )  # fmt: skip
    def test_spans_slice_source(self, parts: list[str], ref: dt.date | None) -> None:
        """Every span slices the source to the expression's text, in source order."""
        source = " ".join(parts)
        found = times(source, ref)
        for t in found:
            assert source[t.span.start : t.span.end] == t.text
        starts = [t.span.start for t in found]
        assert starts == sorted(starts)

    @given(st.text(), st.integers(min_value=0, max_value=50))
    def test_tense_is_a_tense(self, text: str, at: int) -> None:
        """sentence_tense always returns one of the three tenses."""
        assert sentence_tense(text) in ("past", "future", "present")
        assert sentence_tense(text, min(at, len(text))) in ("past", "future", "present")


class TestLongSentence:
    def test_tense_read_near_the_expression(self) -> None:
        """In a very long sentence the cues next to an expression still decide its tense."""
        filler = "and more words " * 800
        past = "Officials " + filler + "said on Thursday it was over, " + filler + "and so on."
        future = "Officials " + filler + "will meet on Thursday, " + filler + "and so on."
        assert [t.value for t in times(past)] == ["2018-11-15"]
        assert [t.value for t in times(future)] == ["2018-11-22"]


class TestAdversarial:
    def test_long_inputs_finish(self) -> None:
        """200 KB of adversarial text finishes in every shape (timed by hand, not here)."""
        size = 200_000
        inputs = [
            " ".join(
                ["Thursday", "March", "Today", "Nov.", "May"][i % 5] for i in range(size // 6)
            ),
            "on" + " " * size + "x",
            "in " + "1" * size,
            "on Thursday, Nov. 15, 2018 in 2019 the 1990s said will " * (size // 56),
            ("Monday " + "x" * 50 + " ") * (size // 58),
            "Nov. " * (size // 5),
            "," * size,
        ]
        for text in inputs:
            for t in times(text):
                assert text[t.span.start : t.span.end] == t.text
