"""The header line: its date, and what the text after the date turned out to be."""

from __future__ import annotations

import datetime as dt

import pytest

from articlekit import DatePrecision, HeaderKind, ParagraphKind, Span, parse

BODY = "\n\nThe council met on Monday to discuss the budget.\n"


def summary(text: str) -> tuple[object, ...]:
    """What a test of the header looks at: date, precision, kind, headline, header, kinds, codes."""
    a = parse(text, extract=False)
    return (
        a.published,
        a.published_precision,
        a.header_kind,
        a.headline,
        a.header,
        [p.kind.value for p in a.paragraphs],
        [d.code for d in a.defects],
    )


class TestHeaderDate:
    @pytest.mark.parametrize(
        "line",
        [
            " date 2018-11-17 Harbour town opens terminal",
            "date 2018-11-17 Harbour town opens terminal",
            "   date   2018-11-17   Harbour town opens terminal   ",
            "DATE 2018-11-17 Harbour town opens terminal",
            "\tDate\t2018-11-17\tHarbour town opens terminal",
        ],
        ids=["canonical", "no-leading-space", "extra-spaces", "upper-case", "tabs"],
    )
    def test_spacing_and_case(self, line: str) -> None:
        """Leading space, spacing and the case of ``date`` do not matter."""
        assert summary(line + BODY) == (
            dt.date(2018, 11, 17),
            DatePrecision.DAY,
            HeaderKind.HEADLINE,
            "Harbour town opens terminal",
            "Harbour town opens terminal",
            ["body"],
            [],
        )

    def test_month_only(self) -> None:
        """A ``YYYY-MM`` header gives the first of the month with month precision."""
        assert summary(" date 2023-08 Harbour town opens terminal" + BODY)[:3] == (
            dt.date(2023, 8, 1),
            DatePrecision.MONTH,
            HeaderKind.HEADLINE,
        )

    @pytest.mark.parametrize("date", ["2018-02-30", "2018-13-01", "2019-02-29"])
    def test_impossible_date(self, date: str) -> None:
        """A date not on the calendar is a ``date-invalid`` defect and ``published`` is None."""
        a = parse(f" date {date} Harbour town opens terminal" + BODY, extract=False)
        assert (a.published, a.published_precision, a.headline, [d.code for d in a.defects]) == (
            None,
            None,
            "Harbour town opens terminal",
            ["date-invalid"],
        )
        assert a.defects[0].span == Span(1, 16)

    @pytest.mark.parametrize(
        "line", [" date 18-11-17 Title words here", " date 2018/11/17 Title words here"]
    )
    def test_malformed_date(self, line: str) -> None:
        """A date that is not YYYY-MM[-DD] is ``header-malformed``; the rest still parses."""
        assert summary(line + BODY) == (
            None,
            None,
            HeaderKind.HEADLINE,
            "Title words here",
            "Title words here",
            ["body"],
            ["header-malformed"],
        )

    def test_leap_day(self) -> None:
        """February 29 of a leap year is a valid date."""
        assert summary(" date 2020-02-29 Leap day fair opens" + BODY)[0] == dt.date(2020, 2, 29)

    def test_missing_header(self) -> None:
        """Without a header line the first line is body, with a ``header-missing`` defect."""
        assert summary("The council met on Monday to discuss the budget.\n\nIt agreed.\n") == (
            None,
            None,
            HeaderKind.MISSING,
            None,
            None,
            ["body", "body"],
            ["header-missing"],
        )

    def test_date_word_in_text_is_not_a_header(self) -> None:
        """A first line that merely starts with the word ``date`` is not a header."""
        assert (
            summary("Date night returns to the cinema\n\nThe cinema reopened.\n")[2]
            is HeaderKind.MISSING
        )


class TestHeaderKinds:
    def test_headline(self) -> None:
        """A short title on the header line is the headline."""
        assert summary(" date 2018-11-17 Harbour town opens terminal" + BODY)[2:] == (
            HeaderKind.HEADLINE,
            "Harbour town opens terminal",
            "Harbour town opens terminal",
            ["body"],
            [],
        )

    def test_headline_with_pipes(self) -> None:
        """``Title | date | site``: the headline is the first pipe segment; header keeps all."""
        line = " date 2018-11-17 Harbour town opens terminal | 17 November 2018 | Example Post"
        assert summary(line + BODY)[2:5] == (
            HeaderKind.HEADLINE,
            "Harbour town opens terminal",
            "Harbour town opens terminal | 17 November 2018 | Example Post",
        )

    def test_lead(self) -> None:
        """A long sentence is the lead: paragraph 0 of the body, and no headline."""
        lead = (
            "The council of the island of Maren voted 9 to 2 on Monday to ban single-use "
            "plastic bags from next January, officials said."
        )
        assert summary(" date 2018-11-17 " + lead + BODY)[2:] == (
            HeaderKind.LEAD,
            None,
            lead,
            ["body", "body"],
            ["header-not-headline", "headline-missing"],
        )

    def test_lead_with_dateline(self) -> None:
        """A lead that opens with a dateline gives the article's dateline."""
        a = parse(
            " date 2018-11-17 OSLO, Nov. 16 (Reuters) - The council met." + BODY, extract=False
        )
        assert (a.header_kind, a.paragraphs[0].text, a.dateline.places, a.dateline.agency) == (
            HeaderKind.LEAD,
            "The council met.",
            ("OSLO",),
            "Reuters",
        )

    def test_lead_then_real_headline(self) -> None:
        """A real headline on a line after a lead header is found and marked ``heading``."""
        text = (
            " date 2019-05-20 Small farms in the northern valley are switching to barley as"
            " summers grow drier, growers told a regional conference on Monday.\n\n"
            "Northern valley growers bet on barley\n\nFarmers from 40 villages attended.\n"
        )
        result = summary(text)
        assert (result[2], result[3], result[5]) == (
            HeaderKind.LEAD,
            "Northern valley growers bet on barley",
            ["body", "heading", "body"],
        )

    @pytest.mark.parametrize(
        "furniture",
        [
            "Home>>",
            "Home / World / Asia",
            "Languages",
            "Edition: Asia",
            "Top News",
            "Media player",
            "Category: World Published on Nov 17",
            "\ue800\ue801 \ue802",
            "Apple News Facebook Twitter Instagram YouTube Wednesday, Nov 18, 2020",
            "Click to share on WhatsApp (Opens in new window)",
            "MarketsWorld NewsBusinessHealthScience & TechnologyOpinion",
            "9.5 C",
            "Please Support Harbour Mail",
            "/0 Comments/in , , /by",
        ],
    )
    def test_furniture(self, furniture: str) -> None:
        """Site furniture is kept as a boilerplate paragraph, and is not the headline."""
        assert summary(" date 2018-11-17 " + furniture + BODY)[2:] == (
            HeaderKind.FURNITURE,
            None,
            furniture,
            ["boilerplate", "body"],
            ["header-not-headline", "headline-missing"],
        )

    @pytest.mark.parametrize(
        "title",
        [
            "Police search for missing boy on the moor",
            "Minister hopes new search will run smoothly",
        ],
    )
    def test_menu_words_inside_a_headline(self, title: str) -> None:
        """A menu word (``search``) inside a title does not make it furniture."""
        assert summary(f" date 2019-03-01 {title}\n\nThe search went on.\n")[3] == title

    def test_title_line_below_a_stamp(self) -> None:
        """``Tuesday, 18 January, 2022`` / ``Title`` in one block: the title line."""
        text = (
            " date 2022-01-18 Video\nTuesday, 18 January, 2022\nStudents now demand the"
            " rector's removal\n\nHundreds of students staged a sit-in on Monday.\n"
        )
        assert summary(text)[3] == "Students now demand the rector's removal"

    @pytest.mark.parametrize(
        "byline",
        ["Emma Olivares y Alma E. Muñoz", "Tomas Ekberg and Anna Lind", "Ana Silva, Rui Costa"],
    )
    def test_a_list_of_authors_is_no_headline(self, byline: str) -> None:
        """Two or more names, each opening with a given name, are the authors."""
        a = parse(f" date 2025-08-22 {byline}\n\nThe ferry stopped in March, the board said.\n")
        assert a.headline is None
        assert a.header_kind is HeaderKind.FURNITURE

    @pytest.mark.parametrize("title", ["Trump and Kim Meet Again", "Anna Lind wins the race"])
    def test_a_title_with_names_is_a_headline(self, title: str) -> None:
        a = parse(f" date 2025-08-22 {title}\n\nThe ferry stopped in March, the board said.\n")
        assert a.headline == title

    def test_title_block_below_a_stamp_is_a_heading(self) -> None:
        """The block of stamp and title is the heading, whose words are no quote."""
        a = parse(
            " date 2018-05-27 Follow Us:\nSunday, May 27, 2018\nHarbour board says the"
            " northern ferry will resume its daily crossings in June\n\n"
            "The ferry stopped in March, the board said.\n"
        )
        assert a.headline == (
            "Harbour board says the northern ferry will resume its daily crossings in June"
        )
        assert a.paragraphs[1].kind is ParagraphKind.HEADING
        assert [q.paragraph for q in a.quotes] == [2]

    def test_cut_headline_completed_below(self) -> None:
        """``Title cut sho...`` then the whole title: the whole one is the headline."""
        text = (
            " date 2017-04-20 Harbour board ready for the local p...\n\n"
            "Harbour board ready for the local polls\n\nThe board said it was ready.\n"
        )
        assert summary(text)[3:5] == (
            "Harbour board ready for the local polls",
            "Harbour board ready for the local p...",
        )

    def test_brand_names_in_a_headline(self) -> None:
        """A few capitals inside words (``PlayStation``, ``YouTube``) make no glued menu."""
        text = " date 2019-03-01 McDonald's opens YouTube channel for PlayStation fans\n\nIt did.\n"
        assert summary(text)[2] is HeaderKind.HEADLINE

    def test_social_names_in_a_headline(self) -> None:
        """Two network names in a title do not make it share buttons."""
        text = " date 2019-03-01 Facebook shares fall after Twitter deal\n\nThe shares fell.\n"
        assert summary(text)[2:4] == (
            HeaderKind.HEADLINE,
            "Facebook shares fall after Twitter deal",
        )

    def test_masthead_lines_are_no_headline(self) -> None:
        """A block of two short lines (outlet and section) is passed over for the title."""
        text = (
            " date 2019-03-01 March 1, 2019\n\nHarbour Post\nHarbour featured\n\n"
            "Rail link reopens after landslide\n\nThe line reopened on Friday, officials said.\n"
        )
        assert summary(text)[3] == "Rail link reopens after landslide"

    def test_furniture_then_headline(self) -> None:
        """After furniture, a title line before the body is the headline."""
        text = (
            " date 2019-03-01 Home>>\n\nRail link reopens after landslide\n\nThe line reopened.\n"
        )
        assert summary(text)[2:] == (
            HeaderKind.FURNITURE,
            "Rail link reopens after landslide",
            "Home>>",
            ["boilerplate", "heading", "body"],
            ["header-not-headline"],
        )

    def test_title_above_the_byline(self) -> None:
        """A long, title-like line right above ``By X`` is the headline."""
        title = "Harbour Town: Mayor Rams Home Rule of Law - - but Not Many Are Listening"
        text = (
            f" date 2019-07-19 18 July 2019\n\nHarbour Daily (Bergen)\n\n{title}\n\n"
            "By Anna Berg\n\nThe mayor spoke on Thursday about the rule of law.\n"
        )
        assert summary(text)[3] == title

    @pytest.mark.parametrize(
        "caption",
        [
            "A man walks past a mural in the old town, Nov. 16, 2018. (Xinhua/Li Ming)",
            "Photo: Zhang Wei/GT",
            "[Photo/Xinhua]",
        ],
    )
    def test_caption(self, caption: str) -> None:
        """A photo caption or credit is kept as a caption paragraph."""
        assert summary(" date 2018-11-17 " + caption + BODY)[2:] == (
            HeaderKind.CAPTION,
            None,
            caption,
            ["caption", "body"],
            ["header-not-headline", "headline-missing"],
        )

    @pytest.mark.parametrize(
        "stamp",
        [
            "12:30",
            "March 19, 2021",
            "Updated: 2021-03-19 08:15",
            "Published:  08:23 AM, 06 February 2020",
            "Today at 12:34 PM",
            "Published: Wed 25 Sep 2024, 12:26 PM Last updated: Wed 25 Sep 2024, 12:28 PM",
            "4:27 am, December 29, 2016",
            "07.13 - lunedì 20 maggio 2024",
            "Viernes 22 de agosto de 2025",
            "mardi 14 mai 2024",
            "20. Mai 2024",
            "3 de março de 2021",
        ],
    )
    def test_timestamp(self, stamp: str) -> None:
        """Another date or a clock time is a timestamp paragraph."""
        assert summary(" date 2018-11-17 " + stamp + BODY)[2:] == (
            HeaderKind.TIMESTAMP,
            None,
            stamp,
            ["timestamp", "body"],
            ["header-not-headline", "headline-missing"],
        )

    def test_html(self) -> None:
        """Raw HTML is an html paragraph with an ``html-markup`` defect."""
        assert summary(" date 2018-11-17 <div class='x'>Hello</div>" + BODY)[2:] == (
            HeaderKind.HTML,
            None,
            "<div class='x'>Hello</div>",
            ["html", "body"],
            ["html-markup", "header-not-headline", "headline-missing"],
        )

    @pytest.mark.parametrize(
        "line", [" date 2018-11-17", " date 2018-11-17 ", " date 2018-11-17 \u00a0\t"]
    )
    def test_empty(self, line: str) -> None:
        """Nothing after the date is EMPTY with an empty ``header`` string."""
        assert summary(line + BODY)[2:] == (
            HeaderKind.EMPTY,
            None,
            "",
            ["body"],
            ["headline-missing"],
        )

    def test_empty_then_headline(self) -> None:
        """After an empty header a title line is the headline."""
        text = (
            " date 2022-06-03 \n\nVolunteers plant 10,000 trees\n\nVolunteers planted saplings.\n"
        )
        assert summary(text)[2:] == (
            HeaderKind.EMPTY,
            "Volunteers plant 10,000 trees",
            "",
            ["heading", "body"],
            [],
        )

    def test_no_header_first_line_headline(self) -> None:
        """A page without a header still has its first-line title found as the headline."""
        text = "Storm cuts power to coastal villages\n\nA winter storm cut power on Sunday.\n"
        assert summary(text)[2:] == (
            HeaderKind.MISSING,
            "Storm cuts power to coastal villages",
            None,
            ["heading", "body"],
            ["header-missing"],
        )

    def test_header_only(self) -> None:
        """A header with a headline and no body is an ``empty-body`` defect."""
        assert summary(" date 2018-11-17 Harbour town opens terminal\n")[2:] == (
            HeaderKind.HEADLINE,
            "Harbour town opens terminal",
            "Harbour town opens terminal",
            [],
            ["empty-body"],
        )

    def test_short_sentence_not_headline(self) -> None:
        """A short first body sentence ending in a full stop is not taken as the headline."""
        text = " date 2018-11-17\n\nThe council met on Monday.\n\nIt agreed a budget.\n"
        assert summary(text)[2:] == (
            HeaderKind.EMPTY,
            None,
            "",
            ["body", "body"],
            ["headline-missing"],
        )

    def test_wrapped_lead_is_not_a_headline(self) -> None:
        """A short header line continued in lower case on the next line is a wrapped lead."""
        text = (
            " date 2019-10-07 The ferry ran aground near the harbour on Sunday,\n"
            "leaving dozens of passengers on board, officials said.\n"
            "Nobody was hurt.\n"
        )
        a = parse(text, extract=False)
        assert (a.header_kind, a.headline, [p.text for p in a.paragraphs]) == (
            HeaderKind.LEAD,
            None,
            [
                "The ferry ran aground near the harbour on Sunday, leaving dozens of"
                " passengers on board, officials said.",
                "Nobody was hurt.",
            ],
        )


class TestKicker:
    def test_kicker_above_the_title(self) -> None:
        """A short label on the header line right above a longer title line is a kicker."""
        a = parse(
            " date 2021-07-24 Harbour news\nCourt allows the ferry company to raise its fares\n\n"
            "The court ruled on Friday that fares may rise by a tenth.\n",
            extract=False,
        )
        assert (a.header_kind, a.headline) == (
            HeaderKind.FURNITURE,
            "Court allows the ferry company to raise its fares",
        )

    def test_short_headline_before_a_blank_line(self) -> None:
        """A short headline followed by a blank line stays the headline."""
        a = parse(
            " date 2021-07-24 Council passes budget\n\nThe council passed the budget on Friday.\n",
            extract=False,
        )
        assert (a.header_kind, a.headline) == (HeaderKind.HEADLINE, "Council passes budget")


class TestHeadlineAfterWidgets:
    def test_widget_text_is_skipped(self) -> None:
        """Unfinished widget lines between a label header and the title are passed over."""
        a = parse(
            " date 2019-07-18 Sport\n\nSubscribe to our newsletter\n\nAlert Settings X\nDone\n"
            "Do you want to remove all alerts from your inbox?\nYes No\n\n"
            "Captains spoke a lot at the press conferences this year\n\n"
            "The tournament ended on Sunday after six weeks of matches.\n",
            extract=False,
        )
        assert a.headline == "Captains spoke a lot at the press conferences this year"


class TestNotHeadlines:
    """Lines above the story that read like titles but are not."""

    @pytest.mark.parametrize(
        ("page", "headline"),
        [
            (
                " date 2022-03-06 Connect with us\n\nMayor applauds runners after city race\n\n"
                "HARBOURTOWN, Mar 6 - The mayor congratulated the runners on Sunday.\n",
                "Mayor applauds runners after city race",
            ),
            (
                " date 2023-04-27 Tribune News Service\n\nLindhaven, April 26\n\n"
                "Two activists have filed a complaint about the pond, saying it is polluted.\n",
                None,
            ),
            (
                " date 2023-08-20 [Source: Harbour Government/Facebook]\n\n"
                "The prime minister paid tribute to the tourism workers on Sunday.\n",
                None,
            ),
            (
                " date 2020-10-24 Minister Anna Lind said the screenings would go on. ― Harbour"
                " pic\n\nThe order has been extended by another 14 days, the minister said.\n",
                None,
            ),
            (
                " date 2017-05-25 25 May 2017\n\nThe Harbour Weekly (Lindhaven)\n\n"
                "Fjord Airways Announces $100 Million Net Loss\n\nBy Anna Lind\n\n"
                "The airline reported a loss of $100 million for the year.\n",
                "Fjord Airways Announces $100 Million Net Loss",
            ),
        ],
    )
    def test_headline(self, page: str, headline: str | None) -> None:
        """Site furniture (``Connect with us``), a dateline alone, a source credit in
        brackets, a caption ending ``― Bernama pic`` and an outlet with its city are no
        titles; the title after them is found."""
        assert parse(page, extract=False).headline == headline
