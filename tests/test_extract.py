"""Participants and quotes: unit cases for each attribution frame, and generated articles."""

from __future__ import annotations

import gc

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articlekit import Article, ParticipantKind, QuoteKind, parse
from articlekit._text import collapse


def _quotes(article: Article) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, text, cue, speaker name) for every quote."""
    names = {p.id: p.name for p in article.participants}
    return [
        (q.kind.value, q.text, q.cue, names.get(q.speaker or "", q.speaker_text))
        for q in article.quotes
    ]


def _article(*paragraphs: str) -> Article:
    return parse(
        " date 2021-05-04 Council approves harbour plan\n\n" + "\n\n".join(paragraphs) + "\n"
    )


class TestFrames:
    """Each attribution frame yields one quote with the right content and speaker."""

    def test_said_that(self) -> None:
        """``X, role, said that C`` takes the content after ``that``."""
        a = _article(
            "Marta Lunde, a spokesperson for the port, said that the ferry will resume on Monday."
        )
        assert _quotes(a) == [
            ("indirect", "the ferry will resume on Monday.", "said", "Marta Lunde")
        ]

    def test_quotation_paragraph_continues_the_speaker(self) -> None:
        """A paragraph that is only a quotation continues the previous paragraph's speaker."""
        a = _article(
            '"The pier is safe," said Oskar Brandvold, the mayor.',
            '"We will open it again on Friday."',
            "The council meets next week.",
            '"Nobody asked us."',
        )
        assert _quotes(a) == [
            ("direct", "The pier is safe", "said", "Oskar Brandvold"),
            ("direct", "We will open it again on Friday.", None, "Oskar Brandvold"),
        ]

    def test_quotation_paragraphs_before_their_cue(self) -> None:
        """A run of quotation paragraphs leading into a cued quotation belongs to its speaker."""
        a = _article(
            "Residents were told to stay at home.",
            '"It will be futile to carry on as normal."',
            '"We are mapping the worst streets now," Ingrid Solberg warned.',
        )
        assert _quotes(a) == [
            ("direct", "It will be futile to carry on as normal.", None, "Ingrid Solberg"),
            ("direct", "We are mapping the worst streets now", "warned", "Ingrid Solberg"),
        ]

    def test_further_attribution_after_a_frame(self) -> None:
        """``said adding that`` and ``reiterated and said that`` carry on the speaker, and the
        first content ends where the next attribution starts."""
        a = _article(
            "Oskar Brandvold, the mayor, opened the bridge.",
            "“The board met after my approval,” he said adding that the vote was unanimous.",
            "He said the deck was safe and said that repairs would start soon.",
        )
        assert _quotes(a) == [
            ("direct", "The board met after my approval", "said", "Oskar Brandvold"),
            ("indirect", "the vote was unanimous.", "adding", "Oskar Brandvold"),
            ("indirect", "the deck was safe", "said", "Oskar Brandvold"),
            ("indirect", "repairs would start soon.", "said", "Oskar Brandvold"),
        ]

    def test_and_assured_someone_that(self) -> None:
        """``said A and assured the governor that B``: two quotes by the same speaker."""
        a = _article(
            "Mayor Lars Eriksen said he met the governor on Sunday and assured the governor "
            "that the town would stay neutral."
        )
        assert _quotes(a) == [
            ("indirect", "he met the governor on Sunday", "said", "Lars Eriksen"),
            ("indirect", "the town would stay neutral.", "assured", "Lars Eriksen"),
        ]

    def test_feels_that_and_blamed(self) -> None:
        """``feels that`` states a view (a bare ``felt`` does not); ``blamed`` frames only a
        quotation."""
        a = _article(
            "Coach Lars Eriksen feels that the win was deserved.",
            "Fans felt the stand shake.",
            "“They are playing a dangerous game,” he blamed.",
            "He blamed the referee for the delay.",
        )
        assert _quotes(a) == [
            ("indirect", "the win was deserved.", "feels", "Lars Eriksen"),
            ("direct", "They are playing a dangerous game", "blamed", "Lars Eriksen"),
        ]

    def test_quoted_as_saying_after_the_content(self) -> None:
        """``CONTENT, the agency quoted X as saying on Wednesday.``: the content comes first."""
        a = _article(
            "The town must stop the flood from spreading, the agency quoted Mayor Oskar "
            "Brandvold as saying on Wednesday."
        )
        assert _quotes(a) == [
            ("indirect", "The town must stop the flood from spreading", "saying", "Oskar Brandvold")
        ]

    def test_role_repeated_word_for_word(self) -> None:
        """A long role given to a person and repeated as the subject names that person."""
        a = _article(
            "Lars Eriksen, the Secretary of the Harbour Council of Oslo, opened the bridge.",
            "The Secretary of the Harbour Council of Oslo said the plan would cut delays.",
        )
        assert _quotes(a) == [("indirect", "the plan would cut delays.", "said", "Lars Eriksen")]

    def test_title_by_initials(self) -> None:
        """``the CM`` and ``the PM`` resolve to the person holding that title."""
        a = _article(
            "Chief Minister Lars Eriksen toured the harbour.",
            "The CM stated that the lockdown is the best method.",
        )
        assert _quotes(a) == [
            ("indirect", "the lockdown is the best method.", "stated", "Lars Eriksen")
        ]

    def test_photo_pointer_between_name_and_cue(self) -> None:
        """``Name (pix) said`` reads as ``Name said``."""
        a = _article(
            "The town will keep the bridge open, Transport Minister Lars Eriksen (pix) said."
        )
        assert _quotes(a) == [
            ("indirect", "The town will keep the bridge open", "said", "Lars Eriksen")
        ]

    def test_broadcaster_reported_that(self) -> None:
        """An unnamed broadcaster with ``reported that`` is a source."""
        a = _article("State television also reported that the talks had ended without a deal.")
        assert _quotes(a) == [
            ("indirect", "the talks had ended without a deal.", "reported", "State television")
        ]

    def test_statement_read_and_posted(self) -> None:
        """``the statement further read`` frames a quotation; ``posted`` attributes a
        quotation or a that-clause but not an object (``posted higher earnings``)."""
        a = _article(
            '"Every district has received food," the statement further read.',
            "The harbour company on Thursday posted higher earnings for the quarter.",
            "Mayor Lars Eriksen posted on Facebook that the bridge would reopen on Monday.",
        )
        assert _quotes(a) == [
            ("direct", "Every district has received food", "read", "statement"),
            ("indirect", "the bridge would reopen on Monday.", "posted", "Lars Eriksen"),
        ]
        b = _article("Please read our comment policy before commenting on the story.")
        assert (b.quotes, b.participants) == ((), ())

    def test_according_to_a_record_by(self) -> None:
        """``according to data collected by X`` and ``a poll by X`` name X as the source."""
        a = _article(
            "According to data collected by the Harbour Authority, ten ferries were late.",
            "Analysts were expecting higher fares, according to a poll by Fjordstat.",
        )
        speakers = [q[3] for q in _quotes(a)]
        assert speakers == ["Harbour Authority", "Fjordstat"]

    def test_trailing_pronoun(self) -> None:
        """``C, he added.`` is attributed to the previous speaker."""
        a = _article(
            "Oskar Brandvold, the mayor of the town, said the bridge was safe.",
            "Repairs would start in the spring, he added.",
        )
        assert _quotes(a) == [
            ("indirect", "the bridge was safe.", "said", "Oskar Brandvold"),
            ("indirect", "Repairs would start in the spring", "added", "Oskar Brandvold"),
        ]

    def test_inverted(self) -> None:
        """``C, said X, role.`` puts the speaker after the cue."""
        a = _article(
            "The market will reopen next week, said Karim Haddad, an economist at the bank."
        )
        assert _quotes(a) == [
            ("indirect", "The market will reopen next week", "said", "Karim Haddad")
        ]

    def test_split_direct(self) -> None:
        """``"A," she said. "B."`` is one direct quote."""
        a = _article(
            "Irina Sokolova, the director of the museum, spoke at the opening.",
            '"We waited ten years for this," Sokolova said. "Now the doors are open."',
        )
        assert _quotes(a) == [
            (
                "direct",
                "We waited ten years for this, Now the doors are open.",
                "said",
                "Irina Sokolova",
            )
        ]

    def test_colon_direct(self) -> None:
        """``X said: "A."`` is a direct quote with the speaker before it."""
        a = _article('Professor Ilse Varga said: "The river has never been this low."')
        assert _quotes(a) == [
            ("direct", "The river has never been this low.", "said", "Ilse Varga")
        ]

    def test_mixed(self) -> None:
        """Reported speech with a quoted fragment is a mixed quote."""
        a = _article(
            'Priya Menon, a farmer, said the harvest was "the worst in a generation" this year.'
        )
        assert _quotes(a) == [
            (
                "mixed",
                'the harvest was "the worst in a generation" this year.',
                "said",
                "Priya Menon",
            )
        ]

    def test_coordinated_clause(self) -> None:
        """In ``A did X but B said C`` the speaker is the subject of the last clause."""
        a = _article(
            "The port handled a record 900 ships but Mayor Oskar Brandvold said the quays were "
            "too short for the new ferries."
        )
        assert _quotes(a) == [
            ("indirect", "the quays were too short for the new ferries.", "said", "Oskar Brandvold")
        ]

    def test_two_attributions_in_one_sentence(self) -> None:
        """``A said C1, and B called for C2`` is two quotes, the first ending before ``and``."""
        a = _article(
            "Residents said the closure had hurt local shops, and the mayor of Lunde, "
            "Oskar Brandvold, called for a second pier."
        )
        assert _quotes(a) == [
            ("indirect", "the closure had hurt local shops", "said", "Residents"),
            ("indirect", "a second pier.", "called for", "Oskar Brandvold"),
        ]

    def test_auxiliary_before_cue(self) -> None:
        """``X, appositive, has said C``: the auxiliary belongs to the cue."""
        a = _article(
            "Norvale Lines, the largest ferry operator, has said it will add three routes."
        )
        assert _quotes(a) == [("indirect", "it will add three routes.", "said", "Norvale Lines")]

    def test_descriptor_before_name(self) -> None:
        """``C, state ferry company Norvale Lines said.`` names the company."""
        a = _article("Fares will rise next month, state ferry company Norvale Lines said.")
        assert _quotes(a) == [("indirect", "Fares will rise next month", "said", "Norvale Lines")]

    def test_photo_pointer_after_speaker(self) -> None:
        """``..., said Mayor Ilse Varga (pix).``: the bracket is no part of the speaker."""
        a = _article("The bridge will reopen in May, said Mayor Ilse Varga (pix).")
        assert _quotes(a) == [("indirect", "The bridge will reopen in May", "said", "Ilse Varga")]

    def test_participle_after_a_clause(self) -> None:
        """``X did something, saying that C``: the clause's subject speaks."""
        a = _article(
            "Mayor Ilse Varga spoke at the opening, saying the bridge would change the town."
        )
        assert _quotes(a) == [
            ("indirect", "the bridge would change the town.", "saying", "Ilse Varga")
        ]

    def test_and_said_after_an_act(self) -> None:
        """``X closed the meeting, and said, "C"``: X speaks; ``concluded his speech`` does not."""
        a = _article(
            'Mayor Ilse Varga concluded her speech by thanking the guests, and said, "We will '
            'keep the harbour open all winter."'
        )
        assert _quotes(a) == [
            ("direct", "We will keep the harbour open all winter.", "said", "Ilse Varga")
        ]

    def test_participle_without_speech(self) -> None:
        """``Shares fell, adding to losses`` is no speech: shares do not speak."""
        a = _article("The shares fell in early trading, adding to losses from last week.")
        assert a.quotes == ()

    def test_according_to(self) -> None:
        """``According to X, C`` credits the organisation named."""
        a = _article("According to the Harbour Workers Union, the strike cost the port two days.")
        assert _quotes(a) == [
            (
                "indirect",
                "the strike cost the port two days.",
                "According to",
                "Harbour Workers Union",
            )
        ]

    def test_according_to_chained_source(self) -> None:
        """``C, according to X, according to AGENCY``: one quote, spoken by X."""
        a = _article(
            "The ferry levy will be debated on Tuesday, according to harbour master Anna Varga,"
            " according to the regional news agency."
        )
        assert _quotes(a) == [
            (
                "indirect",
                "The ferry levy will be debated on Tuesday",
                "according to",
                "Anna Varga",
            )
        ]

    def test_according_to_chained_titled_speaker(self) -> None:
        """The speaker phrase of a chained ``according to`` stops before the second one."""
        a = _article(
            "The ferry levy will be debated on Tuesday, according to the Speaker of the"
            " Council Anna Varga, according to the regional news agency."
        )
        assert [(q.speaker_text, q.cue) for q in a.quotes] == [
            ("the Speaker of the Council Anna Varga", "according to")
        ]
        assert "Anna Varga" in [p.name for p in a.participants]

    def test_inverted_cue_with_descriptor(self) -> None:
        """``C, said harbour master NAME.``: lower-case role words before a known name."""
        a = _article("The ferry levy will be debated on Tuesday, said harbour master Anna Varga.")
        assert _quotes(a) == [
            ("indirect", "The ferry levy will be debated on Tuesday", "said", "Anna Varga")
        ]

    def test_inverted_cue_with_descriptor_and_unknown_name(self) -> None:
        """An unlisted given name after ``said`` and role words is a person who speaks; a
        place after ``said in`` is not."""
        a = _article(
            "The ferry levy will be debated on Tuesday, said harbour master Ilse Varga.",
            "The vote was then moved to Friday, the clerk said in Addis Ababa.",
        )
        people = [p.name for p in a.participants if p.kind is ParticipantKind.PERSON]
        assert people == ["Ilse Varga"]
        assert _quotes(a)[0] == (
            "indirect",
            "The ferry levy will be debated on Tuesday",
            "said",
            "Ilse Varga",
        )

    def test_trailing_unresolved_pronoun_keeps_content(self) -> None:
        """``C, he said in PLACE.`` with no one for ``he`` to be: the content is still C."""
        a = _article("The ferry levy will be debated on Tuesday, he said in Addis Ababa.")
        assert [(q.text, q.speaker, q.speaker_text) for q in a.quotes] == [
            ("The ferry levy will be debated on Tuesday", None, "he")
        ]

    def test_media_as_source(self) -> None:
        """``According to local media, C`` and ``C, state media reported``: an unnamed source."""
        a = _article(
            "According to local media, the ferry will resume on Monday.",
            "Two crew members were hurt in the fire, state media reported.",
            "The media were kept away from the harbour on Tuesday.",
        )
        assert _quotes(a) == [
            ("indirect", "the ferry will resume on Monday.", "According to", "local media"),
            ("indirect", "Two crew members were hurt in the fire", "reported", "state media"),
        ]

    def test_described_as_quotation(self) -> None:
        """``described X as "Q" and said C``: a mixed quote, then the indirect one."""
        a = _article(
            'Harbour chief Anna Varga described the levy as "a tax on every ferry family"'
            " and said the council would vote on it in May."
        )
        assert _quotes(a) == [
            (
                "mixed",
                'the levy as "a tax on every ferry family"',
                "described",
                "Anna Varga",
            ),
            ("indirect", "the council would vote on it in May.", "said", "Anna Varga"),
        ]

    def test_described_as_without_quotation_is_not_speech(self) -> None:
        """``described the harbour as the oldest``: no quotation, no that-clause, no quote."""
        a = _article("Anna Varga described the harbour as the oldest in the region.")
        assert a.quotes == ()

    def test_groups_and_agencies_as_sources(self) -> None:
        """``Aid groups warned that C``, ``aid agencies said C``: unnamed group sources."""
        a = _article(
            "Aid groups warned that drinking water was running short in the camps.",
            "Relief agencies said more tents would arrive on Friday.",
        )
        assert [(k, sp) for k, _t, _c, sp in _quotes(a)] == [
            ("indirect", "Aid groups"),
            ("indirect", "Relief agencies"),
        ]

    def test_closing_frame_wins_over_an_inner_cue(self) -> None:
        """``The office has forecast rain, he said.``: the whole sentence is his."""
        a = _article(
            "Harbour master Anna Varga spoke to reporters on Monday.",
            "The weather office has forecast more storms for the week, she said.",
        )
        assert _quotes(a)[-1] == (
            "indirect",
            "The weather office has forecast more storms for the week",
            "said",
            "Anna Varga",
        )

    def test_inverted_cue_with_clause_is_not_speech(self) -> None:
        """``C, said the team now planned X``: a clause after the cue names no speaker."""
        a = _article("The ferry levy will be debated on Tuesday, said the team now planned a vote.")
        assert a.quotes == ()

    def test_company_anaphor(self) -> None:
        """``the company said`` resolves to the business the story is about."""
        a = _article(
            "Shipping firm Norvale Lines will add three routes, the company said on Tuesday.",
        )
        assert _quotes(a) == [
            (
                "indirect",
                "Shipping firm Norvale Lines will add three routes",
                "said",
                "Norvale Lines",
            )
        ]

    def test_group_speaker(self) -> None:
        """Unnamed sources become group participants named as written."""
        a = _article("Police said the road would stay closed until Friday.")
        assert _quotes(a) == [
            ("indirect", "the road would stay closed until Friday.", "said", "Police")
        ]
        assert [(p.kind, p.name) for p in a.participants] == [(ParticipantKind.GROUP, "Police")]

    def test_called_for(self) -> None:
        """``X called for C`` keeps what was called for as the content."""
        a = _article("Wenbin Hou, head of the farmers' union, called for lower fees at the market.")
        assert _quotes(a) == [("indirect", "lower fees at the market.", "called for", "Wenbin Hou")]

    def test_called_on_someone_to(self) -> None:
        """``X called on Y to Z`` is an appeal; ``called on Y`` alone is a visit."""
        a = _article("Wenbin Hou called on traders to lower their fees.")
        assert _quotes(a) == [
            ("indirect", "traders to lower their fees.", "called on", "Wenbin Hou")
        ]
        assert _article("Wenbin Hou called on the traders at the market.").quotes == ()

    def test_told_a_lower_case_hearer_that(self) -> None:
        """``told local radio that C``: the hearer belongs to the cue, C is the content."""
        a = _article("Wenbin Hou later told local radio that the market would stay open.")
        assert _quotes(a) == [
            ("indirect", "the market would stay open.", "told local radio", "Wenbin Hou")
        ]

    def test_according_to_after_a_quotation(self) -> None:
        """``"C," according to X.``: the comma inside the closing mark still frames."""
        a = _article(
            "Wenbin Hou, a trader, runs the market.", '"The fees are too high," according to Hou.'
        )
        assert _quotes(a) == [("direct", "The fees are too high", "according to", "Wenbin Hou")]

    def test_relative_clause_before_the_cue(self) -> None:
        """``"C," one resident, who asked not to be named, told AFP.``"""
        a = _article(
            '"The water came at night," one resident, who asked not to be named, told AFP.'
        )
        assert _quotes(a) == [("direct", "The water came at night", "told AFP", "one resident")]

    def test_participle_phrase_in_the_content_stays(self) -> None:
        """``C, including D, says X``: the participle phrase is content, not an insertion."""
        a = _article(
            "Cases in the district rose to 381, including 10 people discharged, says the health"
            " officer."
        )
        assert [q.text for q in a.quotes] == [
            "Cases in the district rose to 381, including 10 people discharged"
        ]

    def test_quotation_before_speaker_and_cue_with_comma(self) -> None:
        """``"A," X said, "B."``: one quote from A, as with ``"A," X said. "B."``."""
        a = _article(
            "Wenbin Hou, a trader, runs the market.",
            '"Fees may rise again next year," Hou said, "so traders should plan ahead."',
        )
        assert _quotes(a) == [
            (
                "direct",
                "Fees may rise again next year, so traders should plan ahead.",
                "said",
                "Wenbin Hou",
            )
        ]

    def test_inverted_name_then_role_appositive(self) -> None:
        """``"C," Mr X, a retired colonel, said.``: X speaks, not "a retired colonel"."""
        a = _article(
            "Wenbin Hou, a trader, runs the market.",
            '"The video is not true," Mr Hou, a retired colonel, said.',
        )
        assert _quotes(a) == [("direct", "The video is not true", "said", "Wenbin Hou")]

    def test_acronym_who_is_no_pronoun(self) -> None:
        """``"C," WHO spokesman X told Reuters``: WHO is the organisation, not ``who``."""
        a = _article(
            "“We are treating it as an outbreak,” WHO spokesman Lars Eide told Reuters in Geneva."
        )
        assert _quotes(a) == [
            ("direct", "We are treating it as an outbreak", "told Reuters", "Lars Eide")
        ]

    def test_long_titled_name_closing_the_sentence(self) -> None:
        """``C with a cue of its own, Health Minister A B C said.``: the closing frame wins."""
        a = _article(
            "The country declared an outbreak on Sunday after two patients tested positive,"
            " Health Minister Felix Kabange Numbi said."
        )
        assert [(q.cue, q.speaker_text) for q in a.quotes] == [
            ("said", "Health Minister Felix Kabange Numbi")
        ]

    def test_and_added_without_that(self) -> None:
        """``said A and added they ...``: a second quote from a pronoun-led clause."""
        a = _article(
            "Wenbin Hou said the market would stay open and added they were in contact with"
            " the traders."
        )
        assert [(q.cue, q.text) for q in a.quotes] == [
            ("said", "the market would stay open"),
            ("added", "they were in contact with the traders."),
        ]

    def test_that_clause_opening_with_a_participle(self) -> None:
        """``hoped that occupied land ...``: after ``that`` an -ed word opens a clause."""
        a = _article("Wenbin Hou hoped that occupied land would be returned soon.")
        assert _quotes(a) == [
            ("indirect", "occupied land would be returned soon.", "hoped", "Wenbin Hou")
        ]

    def test_bullet_is_neither_speaker_nor_content(self) -> None:
        """``* "C," X told Reuters.``: the list bullet belongs to neither."""
        a = _article(
            "* The head of the miner said output would fall.",
            "* “We are suspending the analyses,” Herbert Wirth told Reuters.",
        )
        assert [(q.kind.value, q.text, q.speaker_text) for q in a.quotes] == [
            ("indirect", "output would fall.", "The head of the miner"),
            ("direct", "We are suspending the analyses", "Herbert Wirth"),
        ]

    @pytest.mark.parametrize("frame", ["the 29-year-old said", "said the 29 year-old"])
    def test_person_by_age(self, frame: str) -> None:
        """``the 29-year-old said``: the person the paragraph is about."""
        a = _article(
            "Wenbin Hou, a trader, runs the market.",
            f'"We were short of customers this year," {frame}.',
        )
        assert _quotes(a) == [
            ("direct", "We were short of customers this year", "said", "Wenbin Hou")
        ]

    def test_pronoun_after_a_newer_subject(self) -> None:
        """``"A," X said. / Mr. Y has commended ... / he said, "B."``: B is Y's."""
        a = _article(
            "Finance Minister Musa Bello said the country was recovering.",
            '"We have come out of the crisis," Bello said.',
            "Meanwhile, the fund's mission chief, Mr. Pierre Roudet has commended the government.",
            'Speaking at the same press conference, he said, "The progress is impressive."',
        )
        assert [q.speaker_text and q.speaker for q in a.quotes][-1] == next(
            p.id for p in a.participants if p.name == "Pierre Roudet"
        )

    def test_pronoun_after_an_object_stays_with_the_speaker(self) -> None:
        """``"A," X said. / X met Y. / He said B``: the pronoun is still X."""
        a = _article(
            '"We have come out of the crisis," Finance Minister Musa Bello said.',
            "Bello met Pierre Roudet on Monday.",
            "He said the talks had gone well.",
        )
        assert _quotes(a)[-1] == ("indirect", "the talks had gone well.", "said", "Musa Bello")

    def test_pleaded_guilty_is_no_speech(self) -> None:
        """``pleaded guilty and said C``: the plea is no quote, what was said is."""
        a = _article("Wenbin Hou pleaded guilty and said he would not appeal the ruling.")
        assert [(q.cue, q.text) for q in a.quotes] == [("said", "he would not appeal the ruling.")]

    def test_with_x_saying(self) -> None:
        """``..., with Prime Minister X saying that C``: X speaks."""
        a = _article(
            "The cabinet decided to bring the premier back, with Prime Minister Imran Lodhi"
            " saying that the government would use every legal option."
        )
        assert _quotes(a) == [
            ("indirect", "the government would use every legal option.", "saying", "Imran Lodhi")
        ]

    def test_closing_mark_set_the_wrong_way(self) -> None:
        """``"..., “he added.``: an opening-style mark before a closing frame closes."""
        a = _article(
            "Wenbin Hou, a trader, runs the market.",
            '"All credit to the traders. We will keep moving forward, “he added.',
        )
        assert _quotes(a) == [
            (
                "direct",
                "All credit to the traders. We will keep moving forward",
                "added",
                "Wenbin Hou",
            )
        ]

    def test_single_mark_closing_a_double_quotation(self) -> None:
        """``“A ... here,’ said X.``: the single mark before the cue closes the quotation."""
        a = _article(
            "Wenbin Hou, a trader, runs the market.",
            "“I was waiting for my chance. We want to win every game from here,’ said Hou.",
        )
        assert _quotes(a) == [
            (
                "direct",
                "I was waiting for my chance. We want to win every game from here",
                "said",
                "Wenbin Hou",
            )
        ]

    def test_told_a_programme_that(self) -> None:
        """``told CNN's "State of the Union" on Sunday that C``: C is the content."""
        a = _article(
            'Wenbin Hou told CNN\'s "State of the Union" on Sunday that the market was safe.'
        )
        assert _quotes(a) == [("indirect", "the market was safe.", "told CNN", "Wenbin Hou")]

    def test_told_with_place_then_that(self) -> None:
        """``X, Y, told reporters outside the court that C``: C, not X, is the content."""
        a = _article(
            "Hou's lawyer, Ann Njeri, told reporters outside the court that her client would"
            " appeal."
        )
        assert _quotes(a) == [
            ("indirect", "her client would appeal.", "told reporters", "Ann Njeri")
        ]

    def test_welcomed_is_not_inverted(self) -> None:
        """``X welcomed the ruling, saying C``: the ruling is no speaker."""
        a = _article(
            "The prosecutor, Noordin Haji, welcomed the ruling, saying it sent a strong message."
        )
        names = {p.id: p.name for p in a.participants}
        assert [(q.cue, names.get(q.speaker or "")) for q in a.quotes] == [
            ("saying", "Noordin Haji")
        ]

    @pytest.mark.parametrize(
        ("sentence", "speaker"),
        [
            ('"Talk to me, not to the media," dela Rosa told reporters.', "dela Rosa"),
            ('"We will appeal the ruling," van der Berg said.', "van der Berg"),
        ],
    )
    def test_name_opening_with_a_particle(self, sentence: str, speaker: str) -> None:
        """A name opening with a lower-case particle speaks and is a person."""
        a = _article(sentence)
        assert [q.speaker_text for q in a.quotes] == [speaker]
        assert [p.kind for p in a.participants] == [ParticipantKind.PERSON]

    def test_relative_after_a_possessive_group(self) -> None:
        """``X's top officials, who said C``: the officials speak, not X."""
        a = _article(
            "Wenbin Hou, a trader, runs the market.",
            "The report drew on interviews with Hou's top anti-drug officials, who said the"
            " numbers were exaggerated.",
        )
        names = {p.id: (p.kind, p.name) for p in a.participants}
        assert [names.get(q.speaker or "") for q in a.quotes] == [
            (ParticipantKind.GROUP, "top anti-drug officials")
        ]

    def test_participle_after_the_cue_is_no_content(self) -> None:
        """``"C," he said, warning of charges.``: the quotation is the content."""
        a = _article(
            "Wenbin Hou, a trader, runs the market.",
            '"They are undermining the market," he said, warning of possible charges.',
        )
        assert _quotes(a) == [("direct", "They are undermining the market", "said", "Wenbin Hou")]

    def test_gerund_content_after_the_cue(self) -> None:
        """``the minister said addressing the debt has to be systematic``: content, not an
        adjunct (an adjunct participle follows a comma)."""
        a = _article("Wenbin Hou said addressing the debt has to be systematic.")
        assert _quotes(a) == [
            ("indirect", "addressing the debt has to be systematic.", "said", "Wenbin Hou")
        ]

    def test_reports_outlet_closing_a_sentence(self) -> None:
        """``C, reports Radio Harbour.``: the outlet is the source named, unless C is
        someone's statement it relays (``X rejected the report as ...``)."""
        a = _article("The bridge will reopen in May after repairs, reports Radio Harbour.")
        assert [(q.cue, q.speaker_text) for q in a.quotes] == [("reports", "Radio Harbour")]
        b = _article(
            "The spokesperson rejected a news report as speculative and misleading, reports"
            " Radio Harbour."
        )
        assert [(q.cue, q.speaker_text, q.text) for q in b.quotes] == [
            ("rejected", "The spokesperson", "a news report as speculative and misleading")
        ]

    def test_adjunct_then_clause_is_content(self) -> None:
        """``X, Y, said on Saturday the university would open``: the clause is content."""
        a = _article(
            "The Minister of Transport, Wenbin Hou, said on Saturday the new university would"
            " open in September."
        )
        assert _quotes(a) == [
            ("indirect", "the new university would open in September.", "said", "Wenbin Hou")
        ]

    @pytest.mark.parametrize(
        "sentence",
        [
            "The minister stated this when he visited the site on Friday.",
            "Governor of Lagos, Wenbin Hou, has declared a state of emergency on the roads.",
            "Wenbin Hou went on to win the title in 2019.",
            "Monica Lind of the Ministry of Information, Publicity and Broadcasting, stated this"
            " at a media briefing on Tuesday.",
        ],
    )
    def test_acts_and_back_references_are_no_speech(self, sentence: str) -> None:
        """``stated this when``, ``has declared a state of emergency``, ``went on to win``."""
        assert _article(sentence).quotes == ()

    def test_according_to_closing_without_comma(self) -> None:
        """``A fair reward according to X.``: X's view."""
        a = _article(
            "Wenbin Hou, a trader, runs the market.", "A fair reward according to Wenbin Hou."
        )
        assert _quotes(a) == [("indirect", "A fair reward", "according to", "Wenbin Hou")]

    def test_colon_paragraph_then_quotation(self) -> None:
        """``X told Y, Monday:`` / ``"C"``: C is X's."""
        a = _article(
            "Spokesperson Lolwah Khater rejected the remarks.",
            "Khater told Harbour TV channel, Monday:",
            "“His statements are paradoxes. He talked about unity and then attacked us.”",
        )
        assert [(q.paragraph, q.cue) for q in a.quotes] == [(2, None)]
        people = {p.id: p.name for p in a.participants}
        assert [people[q.speaker or ""] for q in a.quotes] == ["Lolwah Khater"]

    def test_someones_message_before_a_quotation(self) -> None:
        """``X's message to residents:`` / ``"C"``: C is X's."""
        a = _article(
            "Governor Roy Kendal ordered an evacuation of the islands.",
            "Roy Kendal’s message to residents ahead of the storm:",
            '"We know this storm surge is going to be significant. People need to leave now."',
        )
        names = {p.id: p.name for p in a.participants}
        assert [names.get(q.speaker or "") for q in a.quotes] == ["Roy Kendal"]

    @pytest.mark.parametrize(
        ("sentence", "cue"),
        [
            ('She wondered, "How can these two positions go together?"', "wondered"),
            ('She went on: "These accusations are fodder for the media."', "went on"),
        ],
    )
    def test_wondered_and_went_on(self, sentence: str, cue: str) -> None:
        """``wondered`` frames a question; ``went on`` frames a quotation."""
        a = _article("Lolwah Khater, a spokesperson, spoke on Monday.", sentence)
        assert [(q.cue, q.kind.value) for q in a.quotes] == [(cue, "direct")]

    def test_quotation_then_reported_speech_is_mixed(self) -> None:
        """``said "no decision has been taken" on whether C``: mixed, the whole of it."""
        a = _article(
            'Wenbin Hou said "no decision has been taken" on whether the market will reopen'
            " in June."
        )
        assert [(q.kind.value, q.text) for q in a.quotes] == [
            (
                "mixed",
                '"no decision has been taken" on whether the market will reopen in June.',
            )
        ]

    def test_quoted_fragments_inside_reported_speech_are_mixed(self) -> None:
        """``suggested "A" needs to be "B" to explain``: mixed, not two direct pieces."""
        a = _article(
            "Judge Wenbin Hou has suggested “competent testimony” needs to be “taken under"
            " oath” to explain the error."
        )
        assert [q.kind.value for q in a.quotes] == ["mixed"]

    def test_weak_cue_after_an_adjective_is_a_noun(self) -> None:
        """``filed any official claims against X, said the minister``: claims is a noun."""
        a = _article(
            "Four countries have not filed any official claims against Qatar, said the minister."
        )
        assert [(q.cue, q.speaker_text) for q in a.quotes] == [("said", "the minister")]

    def test_quoted_as_saying_a_possessive_title(self) -> None:
        """``C, media quoted the country's Foreign Minister X as saying.``"""
        a = _article(
            "Qatar praises the position of Turkey, local media quoted the country's Foreign"
            " Minister Mohammed bin Jassim Al-Thani as saying."
        )
        assert [(q.text, q.speaker_text) for q in a.quotes] == [
            (
                "Qatar praises the position of Turkey",
                "the country's Foreign Minister Mohammed bin Jassim Al-Thani",
            )
        ]

    @pytest.mark.parametrize(
        ("sentence", "speaker", "text"),
        [
            (
                "Four people were stabbed in what police said was a random attack.",
                "police",
                "was a random attack.",
            ),
            (
                "The city was locked down after the shooting, which authorities initially said"
                " was an apparent terrorist attack.",
                "authorities",
                "was an apparent terrorist attack.",
            ),
        ],
    )
    def test_what_x_said_was(self, sentence: str, speaker: str, text: str) -> None:
        """``in what police said was C``: the words from the copula on are theirs."""
        assert [(q.speaker_text, q.text) for q in _article(sentence).quotes] == [(speaker, text)]

    @pytest.mark.parametrize(
        "sentence",
        [
            "A protester said they will be submitting a petition to the president.",
            "DPS troopers say the deadly collision happened at about 3:45am.",
        ],
    )
    def test_more_unnamed_sources(self, sentence: str) -> None:
        """Protesters, troopers and other unnamed sources speak."""
        assert len(_article(sentence).quotes) == 1

    def test_expressed_the_hope_that(self) -> None:
        """``has expressed the hope that C``."""
        a = _article(
            "Defence Minister Wenbin Hou has expressed the hope that the search will resume."
        )
        assert _quotes(a) == [("indirect", "the search will resume.", "expressed", "Wenbin Hou")]

    def test_cue_then_clause_is_not_inverted(self) -> None:
        """``The spokesperson, X, says three officers in the unit were shot.``: a clause
        follows the cue, so the subject speaks."""
        a = _article(
            "The spokesperson of the state police, Musa Bello, says three officers in the unit"
            " were shot during a protest."
        )
        assert [(q.speaker_text, q.text) for q in a.quotes] == [
            ("Musa Bello", "three officers in the unit were shot during a protest.")
        ]

    def test_open_quotation_after_a_quote_continues_its_speaker(self) -> None:
        """``"A," X told TV.`` / ``"B ...`` / ``"C."``: B and C are X's, one quote."""
        a = _article(
            "“It meant so much to me,” Wenbin Hou told HTV.",
            "“It still feels like a dream, and I do not want to wake up.",
            "“I was just praying that I would not make any mistake.”",
        )
        assert _quotes(a) == [
            ("direct", "It meant so much to me", "told HTV", "Wenbin Hou"),
            (
                "direct",
                "It still feels like a dream, and I do not want to wake up. I was just praying"
                " that I would not make any mistake.",
                None,
                "Wenbin Hou",
            ),
        ]

    def test_open_quotation_claimed_by_a_later_cue(self) -> None:
        """``"A," X said.`` / ``"B ...`` / ``"C," Mr Y said.``: B and C are one quote, Y's."""
        a = _article(
            "Wenbin Hou, a trader, and Musa Bello, a farmer, spoke on Monday.",
            '"The market is open," Hou said.',
            "“This is not true, as the video was recorded years ago.",
            "“The public should ignore the video clip,” Mr Bello said.",
        )
        assert [(q.text, q.cue) for q in a.quotes][1:] == [
            (
                "This is not true, as the video was recorded years ago. The public should"
                " ignore the video clip",
                "said",
            )
        ]
        names = {p.id: p.name for p in a.participants}
        assert names[a.quotes[1].speaker or ""] == "Musa Bello"

    def test_relative_clause_inside_the_adjunct(self) -> None:
        """``C, X said in a message that was read at a forum.``: C is the content."""
        a = _article(
            "The economy still faces challenges, but there are signs of improvement, Vice"
            " Premier Wenbin Hou said in a message that was read at a forum in Shanghai."
        )
        assert [q.text for q in a.quotes] == [
            "The economy still faces challenges, but there are signs of improvement"
        ]

    def test_organisation_subject_with_a_time_word(self) -> None:
        """``The presidency yesterday said C``: the presidency speaks."""
        a = _article("The presidency yesterday said the president had been misquoted.")
        assert [(q.speaker_text, q.text) for q in a.quotes] == [
            ("The presidency", "the president had been misquoted.")
        ]

    def test_participles_with_a_that_clause(self) -> None:
        """``, mentioning that C`` and ``, warning that C`` report; ``, warning of X`` not."""
        a = _article(
            "Wenbin Hou said the council would meet, mentioning that there was no reason to wait.",
            "Hou said the bridge was safe, warning that repairs would take years.",
            '"They are undermining the council," Hou said, warning of possible charges.',
        )
        assert [q.cue for q in a.quotes] == ["said", "mentioning", "said", "warning", "said"]

    def test_warning_as_a_noun_is_no_cue(self) -> None:
        """``issued the highest weather warning for three regions``: a noun."""
        assert (
            _article(
                "The weather agency issued the highest weather warning for three regions."
            ).quotes
            == ()
        )

    def test_emphasizing_that_and_accused_of(self) -> None:
        """``, emphasizing that "C"`` reports; ``a man accused of theft`` does not."""
        a = _article(
            'Wenbin Hou urged all ministers to attend, emphasizing that "this issue is beyond'
            ' politics."',
            "The trial of a man accused of theft has been set to begin on May 6.",
        )
        assert [q.cue for q in a.quotes] == ["urged", "emphasizing"]

    @pytest.mark.parametrize(
        "sentence",
        [
            "Wenbin Hou did not say whether the market would reopen.",
            "Wenbin Hou didn't say when the market would reopen.",
            "Wenbin Hou neither conceded nor contested the results of the vote.",
        ],
    )
    def test_negated_cues_report_nothing(self, sentence: str) -> None:
        """``did not say``, ``neither conceded``: nothing was said."""
        assert _article(sentence).quotes == ()

    @pytest.mark.parametrize(
        ("sentence", "quoted"),
        [
            ("Magistrate Wenbin Hou ordered that the four men be remanded in custody.", True),
            ("The court ruled that the election had been free and fair.", True),
            ("Wenbin Hou ordered the arrest of the four men on Monday.", False),
            ("The referee ruled out a penalty in the second half.", False),
        ],
    )
    def test_rulings_with_a_that_clause(self, sentence: str, quoted: bool) -> None:
        """``ordered that``, ``ruled that`` state a position; ``ordered the arrest`` acts."""
        assert bool(_article(sentence).quotes) is quoted

    def test_condemned_an_act_is_no_speech(self) -> None:
        """``X condemned the violent behaviour.``: a stated position without content."""
        assert _article("Education MEC Wenbin Hou condemned the violent behaviour.").quotes == ()

    def test_subordinate_clause_has_its_own_subject(self) -> None:
        """``X was arrested after police said C``: police speak, not X."""
        a = _article("Wenbin Hou was arrested on Monday after police said he had stolen a car.")
        assert [(q.speaker_text, q.text) for q in a.quotes] == [("police", "he had stolen a car.")]

    def test_described_company_anaphor(self) -> None:
        """``the Oslo-based carmaker said``: the company named before."""
        a = _article(
            "Nordvik Motors is recalling 50,000 cars, the company said on Wednesday.",
            "The Oslo-based carmaker said in a filing that it knew of no accidents.",
        )
        names = {p.id: p.name for p in a.participants}
        assert [names.get(q.speaker or "") for q in a.quotes] == ["Nordvik Motors"] * 2

    def test_group_placed_by_an_organisation(self) -> None:
        """``Analysts at Fjord Securities said``: the analysts speak, named as written."""
        a = _article("Analysts at Fjord Securities said the cost was manageable.")
        names = {p.id: (p.kind, p.name) for p in a.participants}
        assert [names.get(q.speaker or "") for q in a.quotes] == [
            (ParticipantKind.GROUP, "Analysts at Fjord Securities")
        ]

    @pytest.mark.parametrize(
        ("sentence", "cue", "speaker", "text"),
        [
            (
                "Gov. Wenbin Hou is urging anyone in the evacuation zone to leave by noon.",
                "urging",
                "Wenbin Hou",
                "anyone in the evacuation zone to leave by noon.",
            ),
            (
                "Wenbin Hou criticised the plan, urging the council to act quickly.",
                "urging",
                "Wenbin Hou",
                "the council to act quickly.",
            ),
            (
                "Mr Wenbin Hou, a colonel, encouraged them to be more vigilant.",
                "encouraged",
                "Wenbin Hou",
                "them to be more vigilant.",
            ),
            (
                "Skipper Wenbin Hou felt his team were short by 15 runs.",
                "felt",
                "Wenbin Hou",
                "his team were short by 15 runs.",
            ),
            (
                "The court heard the case.According to the prosecution, the accused had"
                " threatened the girl.",
                "According to",
                "prosecution",
                "the accused had threatened the girl.",
            ),
        ],
    )
    def test_appeals_views_and_court_sources(
        self, sentence: str, cue: str, speaker: str, text: str
    ) -> None:
        """``is urging``, ``, urging X to``, ``encouraged``, ``felt`` + clause, the prosecution."""
        a = _article(sentence)
        names = {p.id: p.name for p in a.participants}
        assert [(q.cue, names.get(q.speaker or "", q.speaker_text), q.text) for q in a.quotes] == [
            (cue, speaker, text)
        ]

    def test_organisation_modifying_a_group(self) -> None:
        """``Hospital workers said``: the workers speak, named as written."""
        a = _article("Hospital workers said they lacked protective equipment.")
        names = {p.id: (p.kind, p.name) for p in a.participants}
        assert [names.get(q.speaker or "") for q in a.quotes] == [
            (ParticipantKind.GROUP, "Hospital workers")
        ]

    def test_armed_groups_speak(self) -> None:
        """``..., witnesses said, and militants in X said C``; ``The armed wing of X said``."""
        a = _article(
            "An explosion was heard, witnesses said, and militants in the Gaza Strip said they"
            " had fired a rocket.",
            "The armed wing of the movement said it had fired a second rocket.",
        )
        assert [q.speaker_text for q in a.quotes] == [
            "witnesses",
            "militants in the Gaza Strip",
            "The armed wing of the movement",
        ]

    def test_council_chiefs(self) -> None:
        """``Council chiefs say C``: the chiefs, named as written."""
        a = _article("Council chiefs say the protest delayed some bin collections.")
        assert [q.speaker_text for q in a.quotes] == ["Council chiefs"]

    def test_police_rank_appositive_is_a_person(self) -> None:
        """``X, a police sergeant,``: a person; ``the police said`` is then the police."""
        a = _article(
            "Police arrested the suspected killer of Tunde Bakare, a police sergeant.",
            "The police said the suspect had fled the state after the attack.",
        )
        kinds = {p.name: p.kind for p in a.participants}
        assert kinds["Tunde Bakare"] is ParticipantKind.PERSON
        assert [q.speaker_text for q in a.quotes] == ["The police"]
        assert a.quotes[0].speaker != next(p.id for p in a.participants if p.name == "Tunde Bakare")

    def test_honorific_after_a_title_is_its_own_role(self) -> None:
        """``Health Minister Dr. X``: roles ``Dr.`` and ``Health Minister``."""
        a = _article("Health Minister Dr. Sara Okoye urged residents to stay at home.")
        assert [(p.name, set(p.roles)) for p in a.participants] == [
            ("Sara Okoye", {"Dr.", "Health Minister"})
        ]

    @pytest.mark.parametrize(
        ("sentence", "speaker"),
        [
            (
                "Cases rose to 1,203 this week, according to the latest health ministry figures.",
                "health ministry",
            ),
            (
                "Cases rose to 1,203 in the previous day, data released by the ministry on Sunday"
                " showed.",
                "the ministry",
            ),
        ],
    )
    def test_records_speak_for_their_makers(self, sentence: str, speaker: str) -> None:
        """``according to the latest health ministry figures``, ``data released by X showed``."""
        assert [q.speaker_text for q in _article(sentence).quotes] == [speaker]

    def test_according_to_an_outlet_then_said(self) -> None:
        """``According to the Tempo newspaper, the head of X, Y, said C``: Y speaks."""
        a = _article(
            "According to the Tempo newspaper, the head of the disaster agency, Farida Lind,"
            " said the number of those killed had risen to 36."
        )
        assert [(q.cue, q.speaker_text) for q in a.quotes] == [("said", "Farida Lind")]

    def test_his_highness_is_a_title_of_address(self) -> None:
        """``His Highness said``: the person addressed so, not someone else's highness."""
        a = _article(
            "His Highness Sheikh Rashid bin Saeed Al Maktoum opened the fair.",
            '"We are proud of this day," His Highness said.',
        )
        names = {p.id: p.name for p in a.participants}
        assert [names.get(q.speaker or "") for q in a.quotes] == [
            "Sheikh Rashid bin Saeed Al Maktoum"
        ]

    def test_title_reference_needs_every_word_of_the_title(self) -> None:
        """``the health minister`` is not the Prime Minister; ``his chief of staff`` is not
        the person ``his`` points to."""
        a = _article(
            "Prime Minister Hassan Diab will announce his resignation, the health minister told"
            " Reuters on Monday.",
            "Diab's chief of staff was not there, but his chief of staff said the transition"
            " would start.",
        )
        diab = next(p.id for p in a.participants if p.name == "Hassan Diab")
        assert [q.speaker == diab for q in a.quotes] == [False, False]

    def test_infinitive_cue_after_a_verb(self) -> None:
        """``the top court shot back to say that C``: the court named before speaks."""
        a = _article(
            "The Supreme Court heard the government on Monday.",
            "But the top court shot back to say that the judges were also citizens.",
        )
        names = {p.id: p.name for p in a.participants}
        assert [(names.get(q.speaker or ""), q.text) for q in a.quotes] == [
            ("Supreme Court", "the judges were also citizens.")
        ]

    def test_age_between_name_and_cue(self) -> None:
        """``"C," Hou, 52, told reporters.``: the age is an insertion."""
        a = _article('"We are not going to give up," Wenbin Hou, 52, told reporters.')
        assert _quotes(a) == [
            ("direct", "We are not going to give up", "told reporters", "Wenbin Hou")
        ]

    @pytest.mark.parametrize(
        ("line", "cue", "text"),
        [
            (
                '"The market is safe," Hou, the city\'s mayor since 2019, said on Monday.',
                "said",
                "The market is safe",
            ),
            (
                '"This is a disgrace," a visibly angry Hou told the council.',
                "told the council",
                "This is a disgrace",
            ),
            ('"I am proud," Hou said of the traders\' work in the storm.', "said", "I am proud"),
        ],
    )
    def test_more_closing_frames(self, line: str, cue: str, text: str) -> None:
        """A long role appositive, descriptors before a known name, ``said of X``."""
        a = _article("Wenbin Hou, a trader, runs the market.", line)
        assert _quotes(a) == [("direct", text, cue, "Wenbin Hou")]

    @pytest.mark.parametrize(
        "line",
        [
            "The market, Hou said, is safe for everyone who uses it.",
            "The market, Hou said on Monday, is safe for everyone who uses it.",
        ],
    )
    def test_frame_inside_the_sentence(self, line: str) -> None:
        """``A, X said, B``: one quote, A and B."""
        a = _article("Wenbin Hou, a trader, runs the market.", line)
        assert _quotes(a) == [
            ("indirect", "The market is safe for everyone who uses it.", "said", "Wenbin Hou")
        ]

    def test_complains_about(self) -> None:
        """``complains about C``: C without ``about``."""
        a = _article("Wenbin Hou complained about the noise from the harbour at night.")
        assert [q.text for q in a.quotes] == ["the noise from the harbour at night."]

    def test_spaced_dash_separates_like_a_comma(self) -> None:
        """``C – X said on Monday.``: a spaced dash closes the content like a comma."""
        a = _article(
            "Wenbin Hou, a trader, runs the market.",
            "The market will reopen in June – Hou said on Monday.",
        )
        assert _quotes(a) == [("indirect", "The market will reopen in June", "said", "Wenbin Hou")]

    def test_short_closed_quotation(self) -> None:
        """A closed quotation of two words is speech however short."""
        a = _article("Wenbin Hou, a trader, runs the market.", '"Not yet," Hou replied.')
        assert _quotes(a) == [("direct", "Not yet", "replied", "Wenbin Hou")]

    @pytest.mark.parametrize(
        "sentence",
        [
            '"The fees are fair," Hou said when asked about the complaints.',
            '"The fees are fair," said a trader who asked not to be named.',
        ],
    )
    def test_asked_without_a_question(self, sentence: str) -> None:
        """``when asked about``, ``who asked not to be named``: ``asked`` frames nothing."""
        a = _article("Wenbin Hou, a trader, runs the market.", sentence)
        assert [q.cue for q in a.quotes] == ["said"]

    def test_mixed_content_cut_at_adding(self) -> None:
        """``said A, adding that "B"``: A alone, without the quotation, is indirect."""
        a = _article(
            "Wenbin Hou, a trader, runs the market.",
            'Hou said the fees would rise, adding that traders were "very worried".',
        )
        assert [(q.kind.value, q.text, q.cue) for q in a.quotes] == [
            ("indirect", "the fees would rise", "said"),
            ("mixed", 'traders were "very worried".', "adding"),
        ]

    def test_inverted_cue_then_participle(self) -> None:
        """``C, said X addressing a crowd``: the participle phrase is not the speaker's."""
        a = _article("The fees would fall by June, said Wenbin Hou addressing traders on Friday.")
        assert _quotes(a) == [("indirect", "The fees would fall by June", "said", "Wenbin Hou")]

    def test_participle_insertion_before_the_cue(self) -> None:
        """``The mayor, reflecting the party's plan, has said``: the subject is the mayor."""
        a = _article(
            "Mayor Wenbin Hou opened the market.",
            "The mayor, reflecting the Harbour Party manifesto, has asserted that fees would fall.",
        )
        assert _quotes(a) == [("indirect", "fees would fall.", "asserted", "Wenbin Hou")]

    def test_according_to_a_title_and_a_name(self) -> None:
        """``According to the Minister of Finance, X, C``: X speaks and holds the title."""
        a = _article("According to the Minister of Trade, Wenbin Hou, the fees would fall in June.")
        assert _quotes(a) == [
            ("indirect", "the fees would fall in June.", "According to", "Wenbin Hou")
        ]
        assert [(p.name, p.roles) for p in a.participants if p.kind is ParticipantKind.PERSON] == [
            ("Wenbin Hou", ("Minister of Trade",))
        ]

    def test_role_subject_then_name_in_apposition(self) -> None:
        """``the prosecution counsel, Insp. X, told the court``: X speaks."""
        a = _article(
            "Earlier, the prosecution counsel, Insp. Musa Bello, told the court that the"
            " suspects should stay in custody."
        )
        assert _quotes(a) == [
            ("indirect", "the suspects should stay in custody.", "told the court", "Musa Bello")
        ]

    def test_date_after_an_intro_is_no_speaker(self) -> None:
        """``Speaking on Monday, July 1, the mayor said``: July 1 is no one."""
        a = _article(
            "Mayor Wenbin Hou opened the market.",
            "Speaking at a press conference on Monday, July 1, the mayor said fees would fall.",
        )
        assert _quotes(a) == [("indirect", "fees would fall.", "said", "Wenbin Hou")]

    def test_title_then_name_without_closing_comma(self) -> None:
        """``The Minister of Finance, Dr. X has urged``: X speaks."""
        a = _article("The Minister of Trade, Dr. Wenbin Hou has urged traders to be patient.")
        assert _quotes(a) == [("indirect", "traders to be patient.", "urged", "Wenbin Hou")]

    def test_quotation_after_reported_speech(self) -> None:
        """``C, said X. "D."``: the quotation after reported speech is X's next words."""
        a = _article(
            'Trade should rest on mutual respect, said Mayor Ilse Varga. "I hope this visit '
            'brings our two towns closer together."'
        )
        assert _quotes(a) == [
            ("indirect", "Trade should rest on mutual respect", "said", "Ilse Varga"),
            (
                "direct",
                "I hope this visit brings our two towns closer together.",
                None,
                "Ilse Varga",
            ),
        ]

    def test_glued_stamp_fields_are_not_content(self) -> None:
        """``By: | Oslo | Published: ... 9:02 AM`` glued to a paragraph is not quote content."""
        a = _article(
            "By: | Oslo | Published: July 12, 2018 9:02 AM The ferry will run again on "
            "Monday, a port spokesman said."
        )
        assert _quotes(a) == [
            ("indirect", "The ferry will run again on Monday", "said", "a port spokesman")
        ]

    def test_glued_teaser_is_not_text(self) -> None:
        """``Also Read - 'Title'`` glued into a paragraph gives no quotes or people."""
        a = _article(
            "Mayor Ilse Varga said the bridge would open. Also Read - 'Council Votes On New "
            "Budget Plan', Tomas Ruiz Hits Back"
        )
        assert (_quotes(a), [p.name for p in a.participants]) == (
            [("indirect", "the bridge would open.", "said", "Ilse Varga")],
            ["Ilse Varga"],
        )

    def test_continued_quote(self) -> None:
        """A quote left open at a paragraph end continues into the next one."""
        a = _article(
            '"The water came in the night," said Amara Okafor, a resident. "We lost everything.',
            '"Now we start again."',
        )
        assert _quotes(a) == [
            (
                "direct",
                "The water came in the night, We lost everything. Now we start again.",
                "said",
                "Amara Okafor",
            )
        ]

    @pytest.mark.parametrize("reopen", ['"', ""])
    def test_quotation_attributed_where_it_closes(self, reopen: str) -> None:
        """``"A`` / ``["]B," she said``: the paragraphs before the cue are the same quote,
        whether the next paragraph reopens the quotation or (on pages that broke a
        paragraph inside a quotation) goes on without a mark."""
        a = _article(
            "Amara Okafor, a resident, walked through the flooded street.",
            '"The water came in the night and took the ground floor.',
            reopen + 'Now we start again," Okafor said.',
        )
        assert [(q.kind.value, q.text, q.paragraph) for q in a.quotes] == [
            (
                "direct",
                "The water came in the night and took the ground floor. Now we start again",
                1,
            )
        ]
        assert "unclosed-quote" not in {d.code for d in a.defects}

    def test_quotation_goes_on_without_a_mark(self) -> None:
        """A quotation left open runs into the next paragraph up to its closing mark."""
        a = _article(
            'Amara Okafor said: "The water came in the night and took the ground floor.',
            'Now we start again." The council met on Friday.',
        )
        assert _quotes(a) == [
            (
                "direct",
                "The water came in the night and took the ground floor. Now we start again.",
                "said",
                "Amara Okafor",
            )
        ]

    def test_quotation_goes_on_over_unmarked_paragraphs(self) -> None:
        """A quotation left open runs over paragraphs without marks to the one that closes
        it, and a cue inside it (``Utilities say``) is part of the words quoted."""
        a = _article(
            'Amara Okafor said: "The water came in the night and took the ground floor.',
            "We want people to understand that nobody should stay behind.",
            'Be ready for rain. Utilities say to expect power cuts for days." The council met.',
        )
        assert _quotes(a) == [
            (
                "direct",
                "The water came in the night and took the ground floor. We want people to"
                " understand that nobody should stay behind. Be ready for rain. Utilities say"
                " to expect power cuts for days.",
                "said",
                "Amara Okafor",
            )
        ]

    @pytest.mark.parametrize("ellipsis", ["...", "…"])
    def test_ellipsis_after_the_cue_leads_like_a_colon(self, ellipsis: str) -> None:
        """``also warned..."Q"``: the quotation is what was warned."""
        a = _article(f'Emergency officials also warned{ellipsis}"The storm will hit every one."')
        assert _quotes(a) == [
            ("direct", "The storm will hit every one.", "warned", "Emergency officials")
        ]

    def test_open_quotation_without_a_closing_mark_is_not_carried(self) -> None:
        """Without a closing mark in the next paragraph nothing is carried over."""
        a = _article(
            'Amara Okafor said: "The water came in the night and took the ground floor.',
            "The council met on Friday to discuss the damage.",
        )
        assert [q.text for q in a.quotes] == [
            "The water came in the night and took the ground floor."
        ]
        assert "unclosed-quote" in {d.code for d in a.defects}


class TestCreditLines:
    """Quotations credited without a cue."""

    @pytest.mark.parametrize(
        ("line", "text"),
        [
            (
                '"We will rebuild the harbour stronger." — Wenbin Hou, mayor',
                "We will rebuild the harbour stronger.",
            ),
            (
                "“We will rebuild the harbour stronger,” — Hou.",
                "We will rebuild the harbour stronger",
            ),
            (
                'Hou: "We will rebuild the harbour stronger than ever."',
                "We will rebuild the harbour stronger than ever.",
            ),
        ],
    )
    def test_dash_and_colon_credits(self, line: str, text: str) -> None:
        """``"Q" — NAME, role`` and ``NAME: "Q"`` give Q to NAME, without quotation marks."""
        a = _article("Mayor Wenbin Hou spoke at the harbour on Monday.", line)
        names = {p.id: p.name for p in a.participants}
        assert [(q.text, q.cue, names.get(q.speaker or "")) for q in a.quotes] == [
            (text, None, "Wenbin Hou")
        ]


class TestFailureIsContained:
    """A bug in extraction never loses the parsed article."""

    def test_extraction_error_becomes_a_defect(self, monkeypatch) -> None:
        """An exception inside extraction is recorded as ``extraction-failed``."""
        import sys

        module = sys.modules["articlekit.extract"]

        def boom(*args: object, **kwargs: object) -> None:
            raise IndexError("boom")

        monkeypatch.setattr(module, "find_quotes", boom)
        a = _article("Police said the road was closed.")
        assert ([d.code for d in a.defects], a.quotes, [p.text for p in a.paragraphs]) == (
            ["extraction-failed"],
            (),
            ["Police said the road was closed."],
        )


class TestQuoteDefects:
    """Damaged quotation marks are recorded as defects."""

    def test_unclosed(self) -> None:
        """A mark that opens and never closes, with no continuation, is ``unclosed-quote``."""
        a = _article('"The harbour will open soon, the mayor said.', "Work starts in May.")
        assert [(d.code, d.span.slice(a.source or "")) for d in a.defects] == [
            ("unclosed-quote", '"')
        ]

    def test_continued_is_not_unclosed(self) -> None:
        """A quote that continues into the next paragraph is the format, not a defect."""
        a = _article('"The water came in the night.', '"Now we start again," she said.')
        assert a.defects == ()

    def test_mismatched(self) -> None:
        """Marks that do not pair are ``mismatched-quotes``; the quote is still read."""
        a = _article('"We will win it,” said Kwame Mensah, the coach.')
        assert ([d.code for d in a.defects], _quotes(a)) == (
            ["mismatched-quotes"],
            [("direct", "We will win it", "said", "Kwame Mensah")],
        )


class TestTranscript:
    """Question-and-answer blocks name the speaker before a colon."""

    def test_name_colon(self) -> None:
        """``Name: answer`` of a known person is a direct quote by that person."""
        a = _article(
            "Foreign Ministry spokesperson Lin Yaling held the regular briefing on Monday.",
            "Q: Will the talks go ahead next week as planned by both sides?",
            "Lin Yaling: The talks will go ahead as planned, and both sides are ready for them.",
        )
        assert _quotes(a) == [
            (
                "direct",
                "The talks will go ahead as planned, and both sides are ready for them.",
                None,
                "Lin Yaling",
            )
        ]


class TestRoleSpeakers:
    """``the minister``, ``the official``: by role, else unnamed."""

    def test_role_resolves_to_the_person_with_it(self) -> None:
        """``the minister`` is the person introduced as a minister."""
        a = _article(
            "Transport Minister Oskar Brandvold opened the tunnel on Monday.",
            "Traffic will fall by a third, the minister said.",
        )
        assert _quotes(a) == [
            ("indirect", "Traffic will fall by a third", "said", "Oskar Brandvold")
        ]

    def test_role_nobody_has_stays_unnamed(self) -> None:
        """``the official`` is not the person the quote is about."""
        a = _article(
            "Deputy Mayor Ilse Varga tested positive for the virus on Friday.",
            '"Her condition is not critical and she is working from home," the official said.',
        )
        assert [(q.speaker, q.speaker_text) for q in a.quotes] == [
            (next(p.id for p in a.participants if p.name == "official"), "the official")
        ]


class TestReportedFrames:
    """Frames where someone else reports the speech."""

    def test_quoted_as_saying(self) -> None:
        """``X quoted Y as saying C`` is Y's speech."""
        a = _article(
            "Health Minister Kavya Iyer visited the clinic.",
            "A news agency quoted the minister as saying that the clinic had enough beds.",
        )
        assert _quotes(a) == [("indirect", "the clinic had enough beds.", "saying", "Kavya Iyer")]

    @pytest.mark.parametrize(
        "sentence",
        [
            "Kavya Iyer was quoted as saying that the clinic had enough beds.",
            "Later, Kavya Iyer was also quoted by a paper as saying the clinic had enough beds.",
        ],
    )
    def test_was_quoted_as_saying(self, sentence: str) -> None:
        """``X was quoted (by Y) as saying C`` is X's speech."""
        a = _article(sentence)
        assert _quotes(a) == [("indirect", "the clinic had enough beds.", "saying", "Kavya Iyer")]

    def test_quoted_him_as_saying(self) -> None:
        """``C, the paper quoted him as saying.``: he is the one quoted."""
        a = _article(
            "Health Minister Kiran Iyer visited the clinic.",
            "The clinic will stay open all winter, the local paper quoted him as saying.",
        )
        assert _quotes(a) == [
            ("indirect", "The clinic will stay open all winter", "saying", "Kiran Iyer")
        ]

    def test_unresolved_pronoun_keeps_the_quote(self) -> None:
        """A pronoun with no one to point to still attributes; the speaker is unknown."""
        a = _article("He informed that the border crossing would reopen next week.")
        assert [(q.text, q.speaker, q.speaker_text) for q in a.quotes] == [
            ("the border crossing would reopen next week.", None, "He")
        ]


class TestBriefingAnswers:
    """``A:`` answers of a briefing transcript belong to the spokesperson."""

    def test_answer_is_the_spokespersons(self) -> None:
        """The spokesperson the page names speaks the ``A:`` paragraphs; ``Q:`` is no quote."""
        a = _article(
            "Foreign Ministry Spokesperson Lin Yaling held the regular briefing on Monday.",
            "Q: Could you share more details on the plan signed today by the two ministers?",
            "A: Yes, the two ministers held talks this morning and signed a plan for regular "
            "consultations.",
        )
        assert _quotes(a) == [
            (
                "direct",
                "Yes, the two ministers held talks this morning and signed a plan for regular "
                "consultations.",
                None,
                "Lin Yaling",
            )
        ]


class TestSourceNouns:
    """Plural role nouns, bureaus, benches and syndicates speak."""

    @pytest.mark.parametrize(
        ("sentence", "speaker"),
        [
            (
                "The downpours marked the start of the wet season, the weather bureau said.",
                "the weather bureau",
            ),
            (
                "Weather forecasters said that the monsoon brought strong rains.",
                "Weather forecasters",
            ),
            (
                "The defence bench argued that the accused was charged with a bailable offence.",
                "The defence bench",
            ),
            (
                "Queues of drivers snaked back from the stations, Harbour Post reporters said.",
                "Harbour Post reporters",
            ),
        ],
    )
    def test_speaks(self, sentence: str, speaker: str) -> None:
        assert [q.speaker_text for q in _article(sentence).quotes] == [speaker]

    def test_trade_plural_ends_an_organisation_name(self) -> None:
        """``Syndicate of Fuel Station Owners``: one organisation, not a person at the end."""
        a = _article("The Syndicate of Fuel Station Owners said that banks had no dollars.")
        assert [(p.name, p.kind) for p in a.participants] == [
            ("Syndicate of Fuel Station Owners", ParticipantKind.ORGANIZATION)
        ]

    def test_reports_name_no_source(self) -> None:
        a = _article("Police moved in amid reports claiming that the mayor had banned protests.")
        assert a.quotes == ()


class TestFindingsAndDirectives:
    """Reported results and discoveries, instructions with their content."""

    @pytest.mark.parametrize(
        ("sentence", "cue", "start"),
        [
            (
                "Fjordline Holdings on Tuesday reported a 64% rise in first-half net profit.",
                "reported",
                "a 64% rise",
            ),
            (
                "The health ministry announced three new cases of the virus on Thursday.",
                "announced",
                "three new cases",
            ),
            (
                "Archaeologists announced the discovery of more than 100 ancient coffins.",
                "announced",
                "the discovery of",
            ),
            (
                "The commission has directed all colleges to hold the final examinations by June.",
                "directed",
                "all colleges to hold",
            ),
            (
                "The minister unveiled that five tombs had been found in the area.",
                "unveiled",
                "five tombs",
            ),
        ],
    )
    def test_reported(self, sentence: str, cue: str, start: str) -> None:
        quotes = _article(sentence).quotes
        assert [(q.cue, q.text.startswith(start)) for q in quotes] == [(cue, True)]

    @pytest.mark.parametrize(
        "sentence",
        [
            "The band announced a tour of 12 cities.",
            "Police reported 2 arrests after the match.",
            "The agency reports no fresh Covid-19 cases on Thursday.",
            "The court ordered the release of the ship.",
            "We cut coverage in favour of stories told out of Harbourtown and Lindhaven.",
        ],
    )
    def test_acts(self, sentence: str) -> None:
        assert _article(sentence).quotes == ()

    def test_closing_frame_attributes_the_figures(self) -> None:
        """``Malaysia reported 6,241 infections, the Health Ministry said``."""
        a = _article("Norway reported another 6,241 new infections, the Health Ministry said.")
        assert [(q.cue, q.speaker_text) for q in a.quotes] == [("said", "the Health Ministry")]


class TestPerSource:
    """``CONTENT, per Variety.``: a source credited after the content."""

    def test_per_source(self) -> None:
        a = _article(
            "The winner of the evening was the director Anna Lind, who claimed the prize for"
            " her drama, per Harbour Weekly."
        )
        assert [(q.cue, q.speaker_text) for q in a.quotes] == [("per", "Harbour Weekly")]
        assert a.quotes[0].text.startswith("The winner of the evening")

    @pytest.mark.parametrize(
        "sentence",
        ["Per capita income rose by 3% last year.", "Income rose by 3 per cent last year."],
    )
    def test_per_as_a_rate(self, sentence: str) -> None:
        assert _article(sentence).quotes == ()

    def test_claimed_a_prize_is_a_win(self) -> None:
        assert _article("Anna Lind claimed the top prize at the festival.").quotes == ()


class TestSubjectsAndSources:
    """Where the speaker sits: after a date, before a time part, after a dash."""

    def test_date_opening_the_subject(self) -> None:
        a = _article("On Oct. 19 Egyptian authorities announced a discovery of 80 coffins.")
        assert [q.speaker_text for q in a.quotes] == ["Egyptian authorities"]

    def test_time_part_closes_the_insertions(self) -> None:
        a = _article(
            "Fjordline Holdings Ltd, the country's second-largest developer by market value,"
            " on Thursday said net profit in the first half rose 25 percent."
        )
        names = {p.id: p.name for p in a.participants}
        assert [names[q.speaker or ""] for q in a.quotes] == ["Fjordline Holdings Ltd"]

    def test_dash_before_according_to(self) -> None:
        a = _article(
            "Public debt stands at around $86 billion -- higher than 150 percent of GDP --"
            " according to the finance ministry."
        )
        assert [q.speaker_text for q in a.quotes] == ["the finance ministry"]

    def test_company_by_its_trade(self) -> None:
        """``The real-estate developer said`` is the developer named before; ``the rival
        firm`` is another one."""
        a = _article(
            "Fjordline Holdings on Tuesday reported a 64% rise in first-half net profit.",
            "The real-estate developer said its profit rose to 14 billion crowns this year.",
            "The rival firm said its own profit fell sharply over the same half year.",
        )
        names = {p.id: p.name for p in a.participants}
        assert [names[q.speaker or ""] for q in a.quotes] == [
            "Fjordline Holdings",
            "Fjordline Holdings",
            "rival firm",
        ]

    def test_title_in_a_lead_names_the_person_introduced_next(self) -> None:
        """``Norway's minister of health says C`` / ``Health Minister Anna Lind said``:
        the title introduces the person named right after; an outlet by a possessive
        country (``Norway's state television``) stays itself."""
        a = parse(
            " date 2018-05-10 Norway's minister of health says the first death from the"
            " outbreak has been confirmed.\n\n"
            "Health Minister Anna Lind said seven people were taken to hospital on Thursday.\n\n"
            "Norway's state television also reported that more cases were being tested.\n"
        )
        names = {p.id: p.name for p in a.participants}
        assert [names.get(q.speaker or "") for q in a.quotes] == [
            "Anna Lind",
            "Anna Lind",
            "Norway's state television",
        ]

    @pytest.mark.parametrize(
        ("sentence", "speaker"),
        [
            (
                "Figures from the district council suggested that noise complaints rose.",
                "the district council",
            ),
            (
                "Figures released by the district council showed that noise complaints rose.",
                "the district council",
            ),
        ],
    )
    def test_records_name_their_makers_as_subjects(self, sentence: str, speaker: str) -> None:
        assert [q.speaker_text for q in _article(sentence).quotes] == [speaker]

    def test_termed_as_a_quotation(self) -> None:
        """``termed it as an ‘okay game’``: naming cues frame a quotation after ``as``."""
        a = _article(
            "Marta Lunde led the side on Sunday.",
            "The Aussie termed it as an ‘okay game’ after the side lost wickets early.",
        )
        assert [(q.cue, q.kind) for q in a.quotes] == [("termed", QuoteKind.MIXED)]
        b = _article("The company branded its new phone as a flagship model for the year.")
        assert b.quotes == ()

    def test_title_before_the_name_in_a_story_without_earlier_people(self) -> None:
        """``The chief executive of X said C`` before ``Chief Executive Anna Lind``."""
        a = _article(
            "The chief executive of the country's largest copper miner said output would fall.",
            "Chief Executive Anna Lind told reporters that prices would stay low this year.",
        )
        names = {p.id: p.name for p in a.participants}
        assert [names.get(q.speaker or "") for q in a.quotes] == ["Anna Lind", "Anna Lind"]

    def test_acknowledged_for_is_praise(self) -> None:
        a = _article("The Prime Minister acknowledges the airline for its improved ranking.")
        assert a.quotes == ()


class TestMoreCues:
    """Cues that need their complement: a hearer, a feeling, a quotation, a clause."""

    @pytest.mark.parametrize(
        ("sentence", "cue", "start"),
        [
            ("The bridge will open in May, Lunde confirmed to reporters.", "confirmed", "The"),
            ("Lunde expressed concern over the delays at the site.", "expressed", "concern"),
            ("Lunde made it clear that the bridge would open in May.", "made it clear", "the"),
            ("Lunde promised residents that the bridge would open in May.", "promised", "the"),
            ("Lunde questioned whether the council had acted in time.", "questioned", "whether"),
            ("Lunde suggested the council should pay for the delays.", "suggested", "the"),
            ("Lunde threatened to sue the contractor over the delays.", "threatened", "to"),
            ('Lunde called the delays "unacceptable" and blamed the builder.', "called", "the"),
        ],
    )
    def test_cue(self, sentence: str, cue: str, start: str) -> None:
        a = _article("Marta Lunde, the mayor, spoke on Monday.", sentence)
        assert [(q.cue, q.text.split()[0]) for q in a.quotes] == [(cue, start)]

    @pytest.mark.parametrize(
        "sentence",
        [
            "A man called John arrived at the station.",
            "Police called the fire brigade at noon.",
            "The fire threatened homes on the edge of the town.",
            "Police questioned the suspect for six hours on Monday.",
            "Drivers expressed frustration on Tuesday as they queued for hours.",
            "At a meeting last week, donors pledged to speed up payments to the region.",
        ],
    )
    def test_not_or_other(self, sentence: str) -> None:
        quotes = _article(sentence).quotes
        assert all(q.cue == "pledged" and q.text.startswith("to speed") for q in quotes)


class TestStatementsAndBriefings:
    """``issued the following statement:``, ``in which he said``, ``informed X about``."""

    def test_issued_the_following_statement(self) -> None:
        a = _article(
            "OTTAWA - The Honourable Anna Lind, Minister of Immigration, today issued the"
            " following statement:",
            '"On this anniversary, I wish all citizens a very happy national day."',
        )
        names = {p.id: p.name for p in a.participants}
        assert [names.get(q.speaker or "") for q in a.quotes] == ["Anna Lind"]

    def test_in_which_he_said(self) -> None:
        a = _article(
            "The agency carried a statement by Colonel Rahim Haddad in which he said that the"
            " missile had been intercepted."
        )
        names = {p.id: p.name for p in a.participants}
        assert [names.get(q.speaker or "") for q in a.quotes] == ["Rahim Haddad"]

    def test_second_act_of_the_same_speaker(self) -> None:
        """``said C and urged people to ...``, ``told reporters C and said she would ...``."""
        a = _article(
            "Health Minister Mia Lind said infections were still active and urged people to"
            " keep wearing masks.",
            "She told reporters she would not speak in detail and said she would speak more"
            " fully on Wednesday.",
        )
        assert [(q.cue, q.text.split()[0]) for q in a.quotes] == [
            ("said", "infections"),
            ("urged", "people"),
            ("told reporters", "she"),
            ("said", "she"),
        ]
        assert len({q.speaker for q in a.quotes}) == 1

    def test_according_to_them_and_media_reports(self) -> None:
        a = _article(
            "Police officials said gunmen had fired shots at an office. According to them, at"
            " least eight attackers entered the station.",
            "According to the media reports, five visitors were unhurt after the attack.",
        )
        names = {p.id: p.name for p in a.participants}
        assert [names.get(q.speaker or "") for q in a.quotes] == [
            "Police officials",
            "Police officials",
            "media reports",
        ]

    def test_participle_after_the_cue(self) -> None:
        """``," she said welcoming the guests.``: the quotation is what she said; ``said
        granting bail will help`` reports a clause; ``said nothing`` reports nothing."""
        a = _article(
            "Anna Lind opened the meeting.",
            '"We have one goal only. I welcome everyone," she said welcoming the guests.',
            "In addition, counsel said granting bail to the accused will serve his interest.",
            "The minister said nothing about the plan.",
        )
        assert [q.text for q in a.quotes] == [
            "We have one goal only. I welcome everyone",
            "granting bail to the accused will serve his interest.",
        ]

    @pytest.mark.parametrize(
        ("sentence", "cue", "start"),
        [
            (
                "Finance Minister Joe Lind didn't comment further on Friday on the budget,"
                " after saying earlier in the week it would not come before April.",
                "saying",
                "it would not",
            ),
            (
                "The full text will be released at 10:00 am, Deputy Attorney General Anna Lind"
                " told the daily Observer on Tuesday.",
                "told the daily Observer",
                "The full text",
            ),
        ],
    )
    def test_after_saying_and_outlets_by_description(
        self, sentence: str, cue: str, start: str
    ) -> None:
        quotes = _article(sentence).quotes
        assert [(q.cue, q.text.startswith(start)) for q in quotes] == [(cue, True)]

    def test_and_said_a_clause(self) -> None:
        a = _article(
            "The ministry denied reports on Monday that rebels had hit the airport, and said"
            " operations were unaffected."
        )
        assert [q.cue for q in a.quotes] == ["denied", "said"]
        assert a.quotes[1].text == "operations were unaffected."

    def test_outlet_named_in_apposition_speaks(self) -> None:
        """``State media, IRNA, reported``: the acronym names the outlet that speaks."""
        a = _article("State media, IRNA, reported that the convoy had three helicopters.")
        assert [q.speaker_text for q in a.quotes] == ["IRNA"]

    def test_gerund_object_is_no_adjunct(self) -> None:
        """``"Q," a resident told AFP, while local media reported looting.``: one quote."""
        a = _article(
            '"There are crowds on the move, the weather is very tense," a resident told AFP,'
            " while local media reported looting."
        )
        assert [(q.cue, q.speaker_text) for q in a.quotes] == [("told AFP", "a resident")]

    def test_photographer_and_agency_in_brackets_is_a_credit(self) -> None:
        a = _article("File photo of the floods. | (Albin Mathews | EPS)")
        assert [p.name for p in a.participants if p.kind is ParticipantKind.PERSON] == []

    def test_institution_by_its_head_word(self) -> None:
        """``the Ministry`` after ``the Ministry of Health and Family Welfare``: the same
        institution, not a new one named ``Ministry``."""
        a = _article(
            "A total of 562 cases have been reported so far, the Ministry of Health and"
            " Family Welfare said on Wednesday.",
            "Passengers were also screened at the airport, said the Ministry.",
        )
        names = {p.id: p.name for p in a.participants}
        assert [names.get(q.speaker or "") for q in a.quotes] == [
            "Ministry of Health and Family Welfare"
        ] * 2
        assert "Ministry" not in names.values()

    def test_a_statement_speaks_for_its_maker(self) -> None:
        a = _article(
            "The Harbour Coast Guard said 38 migrants were rescued on Monday.",
            "Rescue teams found ten more people near the coast, a written statement said.",
        )
        names = {p.id: p.name for p in a.participants}
        assert [names.get(q.speaker or "") for q in a.quotes] == ["Harbour Coast Guard"] * 2

    @pytest.mark.parametrize(
        ("sentence", "cue"),
        [
            (
                "The country must protect its borders, Prime Minister Anna Lind told public"
                " radio on Friday.",
                "told public radio",
            ),
            (
                "The movement has gained control of the whole capital, spokesman Anna Lind"
                " said, Harbour News reports citing Fjord Wire.",
                "said",
            ),
        ],
    )
    def test_broadcasters_and_relay_credits(self, sentence: str, cue: str) -> None:
        """``told public radio``; ``..., X said, Trend reports citing TASS.``: the content
        is before the frame, and the outlet's credit is no part of it."""
        quotes = _article(sentence).quotes
        assert [(q.cue, q.speaker_text.split()[-1]) for q in quotes] == [(cue, "Lind")]
        assert quotes[0].text.split()[0] == "The"

    def test_german_reports(self) -> None:
        """``Aktivisten berichten zugleich, die Kämpfe hätten abgenommen.``: German report
        verbs are cues too."""
        a = _article("Aktivisten berichten zugleich, die Kämpfe hätten in der Nacht abgenommen.")
        assert [(q.cue, q.speaker_text) for q in a.quotes] == [("berichten", "Aktivisten")]

    def test_when_and_where_it_was_said_is_no_content(self) -> None:
        """``X said this weekend at the memorial service``: only when and where; with a
        clause after the time, the clause is what was said."""
        a = _article(
            "Oskar Brandvold said the port would reopen.",
            "Oskar Brandvold said this weekend at the memorial service of a sailor.",
            "Oskar Brandvold said this week the ferry would wait.",
        )
        assert [q.paragraph for q in a.quotes] == [0, 2]

    @pytest.mark.parametrize(
        "subject",
        [
            "Leader of the union and convenor of the platform in Delhi Anurag Saxena",
            "Convenor of the platform of unions in Delhi Anurag Saxena",
        ],
    )
    def test_name_after_a_long_title_and_a_place(self, subject: str) -> None:
        """``... of CTUs in Delhi Anurag Saxena said``: after a preposition of place, the
        word before a full name is the place, and the name right before the cue speaks."""
        a = _article(f"{subject} said the strike is complete in most areas.")
        people = [p.name for p in a.participants if p.kind is ParticipantKind.PERSON]
        assert people == ["Anurag Saxena"]
        assert [q.speaker_text for q in a.quotes] == ["Anurag Saxena"]

    def test_the_victim_of_a_named_person_is_no_speaker(self) -> None:
        a = _article("The man who was attacked in the market by Anurag Saxena said he was fine.")
        assert [q.speaker_text for q in a.quotes] != ["Anurag Saxena"]

    def test_dash_credit_lines_after_unmarked_speech(self) -> None:
        """``— said X`` on a line of its own credits the paragraph before it, printed
        without quotation marks; ``Brandvik`` is ``Brandvík`` without the accent, and ``the
        mayor of the northern town`` the person quoted before."""
        text = (
            " date 2019-05-28 This bridge is a new link for the north. I thank all who built it\n"
            "— said Oskar Brandvík at a press conference in the town hall.\n"
            "We will keep building. The next bridge opens in May\n"
            "— said the mayor of the northern town.\n"
            "Our debts are paid, and the budget holds\n"
            "— said Brandvik.\n"
        )
        a = parse(text)
        names = {p.id: p.name for p in a.participants}
        assert [
            (q.kind.value, names.get(q.speaker or ""), q.text.split()[0]) for q in a.quotes
        ] == [
            ("direct", "Oskar Brandvík", "This"),
            ("direct", "Oskar Brandvík", "We"),
            ("direct", "Oskar Brandvík", "Our"),
        ]
        assert a.paragraphs[0].text.endswith("who built it")

    def test_a_quotation_left_open_after_reported_speech(self) -> None:
        """``X said C. “The ministry has received ...`` cut off at the page's end: the
        open quotation is X's next words."""
        a = _article(
            "Oskar Brandvold said the ferry had been delayed by the storm. “The crew has"
            " done everything it could, and we expect the ferry back on"
        )
        assert [(q.cue, q.speaker_text) for q in a.quotes] == [
            ("said", "Oskar Brandvold"),
            (None, "Oskar Brandvold"),
        ]
        assert a.quotes[1].text.startswith("The crew has done")

    @pytest.mark.parametrize(
        ("sentence", "cue"),
        [
            ("Harbour News understands that 23 police officers have arrived in the capital.",
             "understands"),
            ("The bridge will reopen next week, the Mufti of the city said.", "said"),
            ("Arrests of writers have added to concerns over the state of freedoms.", None),
            ("The council understood the risks of the new bridge.", None),
        ],
    )  # fmt: skip
    def test_sourcing_titles_and_increases(self, sentence: str, cue: str | None) -> None:
        """``X understands that`` is an outlet's sourcing; religious titles (``Mufti``)
        make a speaker; ``added to concerns`` is an increase, not speech."""
        assert [q.cue for q in _article(sentence).quotes] == ([cue] if cue else [])

    def test_a_straight_mark_with_a_stray_space_opens_the_paragraph(self) -> None:
        a = _article(
            "Oskar Brandvold spoke on Monday.",
            '" Now, we have the right policies. We must look forward," he said.',
        )
        assert [(q.kind.value, q.text.split()[0]) for q in a.quotes] == [("direct", "Now,")]

    @pytest.mark.parametrize(
        "name",
        ["Canada Mortgage and Housing Corporation", "Federal Mortgage and Housing Corporation"],
    )
    def test_and_inside_an_organisations_name(self, name: str) -> None:
        a = _article(f"Housing starts rose in August, the {name} said.")
        assert [p.name for p in a.participants] == [name]
        assert [q.speaker_text for q in a.quotes] == [f"the {name}"]

    @pytest.mark.parametrize(
        "sentence",
        [
            "Turnout rose in the Presidential and National Assembly elections.",
            "President Oskar Brandvold and Central Bank governor Anna Lind met on Monday.",
        ],
    )
    def test_and_between_names_that_are_not_one(self, sentence: str) -> None:
        names = [p.name for p in _article(sentence).participants]
        assert not any(" and " in n for n in names)

    def test_a_title_its_organisation_and_the_name(self) -> None:
        """``Governor, State Bank of Pakistan, Dr. Reza Baqar, to a question, said``."""
        a = _article(
            "Governor, State Bank of Harbour, Dr. Oskar Brandvold, to a question, said the"
            " rupee fell because of past decisions."
        )
        assert [q.speaker_text for q in a.quotes] == ["Dr. Oskar Brandvold"]

    def test_an_organisations_title_is_its_holder(self) -> None:
        """``the Star Alliance member's CEO`` is the CEO named just after, not the
        alliance."""
        a = _article(
            "The route will open in June, according to the Harbour Alliance member's CEO.",
            "Harbour Air Group CEO Oskar Brandvold said the carrier would add flights.",
        )
        names = {p.id: p.name for p in a.participants}
        assert [names.get(q.speaker or "") for q in a.quotes] == ["Oskar Brandvold"] * 2

    @pytest.mark.parametrize(
        ("sentence", "text"),
        [
            ("Anna Lind told the assembled delegates to pay heed to the report.",
             "the assembled delegates to pay heed to the report."),
            ("Anna Lind told the council not to delay the bridge.",
             "the council not to delay the bridge."),
            ("Anna Lind told reporters the bridge was safe.", "the bridge was safe."),
            ("The report states that the last eight years were the warmest.",
             "the last eight years were the warmest."),
            ("The states that voted for the plan will get funds.", None),
        ],
    )  # fmt: skip
    def test_instructions_and_documents(self, sentence: str, text: str | None) -> None:
        """``told X to V`` opens with the one told, as ``urged X to V`` does; ``the report
        states that`` is a document speaking, ``the states that`` a noun."""
        assert [q.text for q in _article(sentence).quotes] == ([text] if text else [])

    @pytest.mark.parametrize(
        ("sentence", "cue"),
        [
            ("Minister Anna Lind is optimistic that palm oil prices will improve.",
             "is optimistic"),
            ("Anna Lind was confident that the bridge would hold.", "was confident"),
            ("The team is confident of a win on Sunday.", None),
        ],
    )  # fmt: skip
    def test_a_stated_outlook(self, sentence: str, cue: str | None) -> None:
        assert [q.cue for q in _article(sentence).quotes] == ([cue] if cue else [])

    def test_a_statement_attributed_to_someone(self) -> None:
        """``The following statement is to be attributed to head coach X:`` introduces X's
        words (and is no headline: it ends in a colon)."""
        text = (
            " date 2023-03-01 Wednesday, 1 March, 2023 - 16:40\n\n"
            "The following statement is to be attributed to head coach Oskar Brandvold:\n\n"
            '"As I said last week, the best thing for the team was to stay focused."\n'
        )
        a = parse(text)
        assert a.headline is None
        names = {p.id: p.name for p in a.participants}
        assert [names.get(q.speaker or "") for q in a.quotes] == ["Oskar Brandvold"]

    def test_a_later_frame_with_a_title_in_apposition(self) -> None:
        """``The Kingdom expects ..., the President of the Commission, X, told Reuters.``:
        the frame at the end, not the verb inside the content."""
        a = _article(
            "The Kingdom expects the companies to move their headquarters within a year, the"
            " President of the Royal Commission, Fahd al-Rasheed, told Reuters."
        )
        assert [(q.cue, q.speaker_text, q.text.split()[0]) for q in a.quotes] == [
            ("told Reuters", "Fahd al-Rasheed", "The")
        ]

    def test_a_pronoun_before_anyone_is_named(self) -> None:
        """``"...," he said.`` opening the page, then ``"...," Griffths said.`` and ``the
        CEO said``: one person, named by the later quote."""
        text = (
            " date 2018-11-14 Airport traffic grows\n\n"
            '"With 280,000 passengers a day, the hub is significant," he said.\n\n'
            '"We are in the midst of a new master plan," Griffths said.\n\n'
            '"The newer airport already has the capacity," the CEO said.\n'
        )
        a = parse(text)
        names = {p.id: (p.name, p.kind.value) for p in a.participants}
        assert [names.get(q.speaker or "") for q in a.quotes] == [("Griffths", "person")] * 3

    def test_an_acronym_described_as_an_organisation(self) -> None:
        """``PAGASA, the country's weather bureau, forecasted that``; then ``the bureau``."""
        a = _article(
            "PAGASA, the country's weather bureau, forecasted that the storm would make"
            " landfall today.",
            '"The typhoon may grow stronger," the bureau said in its bulletin.',
        )
        orgs = [(p.name, p.roles) for p in a.participants if p.kind.value == "organization"]
        assert orgs == [("PAGASA", ("the country's weather bureau",))]
        assert len({q.speaker for q in a.quotes}) == 1

    def test_a_short_quoted_sentence_after_reported_speech(self) -> None:
        a = _article(
            "President Oskar Brandvold spoke in parliament on Monday.",
            'According to him, the minister will bring the bill back. "Our mothers need that law".',
        )
        assert [q.cue for q in a.quotes if q.paragraph == 1] == ["According to", None]

    def test_an_unnamed_title_named_just_after(self) -> None:
        a = _article(
            "Rates will stay on hold, a central bank deputy governor said on Monday.",
            "Deputy Governor Anna Lind said the bank would buy more bonds.",
        )
        names = {p.id: p.name for p in a.participants}
        assert [names.get(q.speaker or "") for q in a.quotes] == ["Anna Lind", "Anna Lind"]

    def test_a_company_named_after_its_trade(self) -> None:
        """``South African miner Kestrel-Stillwater's profit ..., it said``; ``Kestrel``
        is its short form, and ``said adjusted earnings`` opens a clause."""
        a = _article(
            "South African miner Kestrel-Stillwater's core profit fell 40 percent, it said.",
            "Kestrel, which also produces platinum, said adjusted earnings totalled 1.6"
            " billion rand.",
        )
        orgs = [(p.name, p.aliases) for p in a.participants if p.kind.value == "organization"]
        assert orgs == [("Kestrel-Stillwater", ("Kestrel",))]
        assert [q.text.split()[0] for q in a.quotes] == ["South", "adjusted"]
        assert len({q.speaker for q in a.quotes}) == 1

    def test_a_description_of_an_organisation_named_later(self) -> None:
        """``the Himalayan nation's tourism board announced``, ``the tourism board``: the
        one organisation named with those last words (``Kestrel Tourism Board``)."""
        a = _article(
            "A festival will open in September, the Himalayan nation's tourism board"
            " announced on Monday.",
            "Organised by the Kestrel Tourism Board, it will run for three weeks.",
            "Street dances and food stalls are planned, according to the tourism board.",
        )
        orgs = [p.name for p in a.participants if p.kind.value == "organization"]
        assert orgs == ["Kestrel Tourism Board"]
        assert len({q.speaker for q in a.quotes}) == 1

    def test_a_body_its_country_and_a_name(self) -> None:
        """``the President of Hotel Association Nepal Deepak Shah``: the body ends at its
        country, and the name after it is the person's."""
        a = _article(
            "The festival will help tourism, according to the President of Hotel Association"
            " Nepal Deepak Shah."
        )
        kinds = {p.name: p.kind.value for p in a.participants}
        assert kinds.get("Deepak Shah") == "person"
        assert kinds.get("Hotel Association Nepal") == "organization"

    def test_said_and_added(self) -> None:
        """``"A," the mayor said and added that B``: two acts, each with its content."""
        a = _article(
            "Oskar Brandvold opened the bridge.",
            '"The bridge will stay open all winter," the mayor said and added that the'
            " ferry would keep its timetable.",
        )
        assert [(q.cue, q.text.split()[0]) for q in a.quotes] == [
            ("said", "The"),
            ("added", "the"),
        ]

    def test_an_announcement_speaks_for_the_person_who_made_it(self) -> None:
        a = _article(
            "Prime Minister Oskar Brandvold declared a state of emergency in the capital.",
            "The announcement said the unrest had disrupted the ferry and the rail services.",
        )
        assert [q.speaker_text for q in a.quotes] == ["The announcement"]
        assert {p.id: p.name for p in a.participants}[a.quotes[0].speaker or ""] == (
            "Oskar Brandvold"
        )

    def test_a_scene_before_the_subject_is_no_content(self) -> None:
        """``Speaking at a media conference, X said after his review, he ...``."""
        a = _article(
            "Speaking at a media conference, Oskar Brandvold said after the review, the"
            " ferry will be returned to service."
        )
        assert [q.text.split()[0] for q in a.quotes] == ["after"]

    def test_an_outlet_relaying_a_statement_is_no_second_quote(self) -> None:
        a = _article(
            "The minister will meet his counterpart on Thursday, a ministry spokeswoman said"
            " Wednesday, Harbour News reports."
        )
        assert [q.cue for q in a.quotes] == ["said"]

    def test_quoted_as_saying_after_the_quotation(self) -> None:
        a = _article(
            '"The meeting has been planned," spokeswoman Anna Lind was quoted by local'
            " agencies as saying."
        )
        assert [(q.cue, q.speaker_text, q.text) for q in a.quotes] == [
            ("saying", "spokeswoman Anna Lind", "The meeting has been planned")
        ]

    def test_a_person_named_after_another_persons_possessive(self) -> None:
        a = _article(
            "Oskar Brandvold opened the bridge.",
            "Brandvold's spokesman Tomas Ekberg on Tuesday said the bridge was safe.",
        )
        names = {p.id: p.name for p in a.participants}
        assert [names.get(q.speaker or "") for q in a.quotes] == ["Tomas Ekberg"]

    def test_an_unnamed_spokeswoman_named_just_after(self) -> None:
        """``a foreign ministry spokeswoman said`` and then ``spokeswoman Anna Lind``."""
        a = _article(
            "The minister will travel to Bonn, a foreign ministry spokeswoman said.",
            '"The meeting is planned," spokeswoman Anna Lind told reporters.',
        )
        names = {p.id: p.name for p in a.participants}
        assert [names.get(q.speaker or "") for q in a.quotes] == ["Anna Lind", "Anna Lind"]

    def test_speech_reported_inside_credited_words(self) -> None:
        """``... they warn that C`` / ``— said X``: the whole paragraph is X's."""
        a = parse(
            " date 2019-05-28 Council approves harbour plan\n\n"
            "Our opponents are still active and they warn that these methods will fail\n"
            "— said Oskar Brandvold.\n"
        )
        assert [(q.cue, q.speaker_text, q.text.split()[0]) for q in a.quotes] == [
            ("said", "Oskar Brandvold", "Our")
        ]

    def test_a_counted_participle_is_no_cue(self) -> None:
        """``Kuwait now has 43 confirmed cases``: a participle between a number and a noun
        qualifies the noun; the sentence's real frame is read."""
        a = _article(
            "The region now has 43 confirmed cases of measles, according to a health official.",
            "The official added that all the cases were in children.",
        )
        assert [(q.cue, q.text.split()[0]) for q in a.quotes] == [
            ("according to", "The"),
            ("added", "all"),
        ]
        # ``The official`` is the unnamed official quoted before
        assert len({q.speaker for q in a.quotes}) == 1

    @pytest.mark.parametrize(
        ("sentence", "cue", "text"),
        [
            ("Le port rouvrira lundi, a estimé Pierre Lavoie.", "a estimé", "Le port"),
            ("Le port rouvrira lundi, a indiqué Pierre Lavoie mardi.", "a indiqué", "Le port"),
            ("El puerto abrirá el lunes, agregó Pedro Lozano.", "agregó", "El puerto"),
            ("O porto vai reabrir na segunda, disse Pedro Lozano.", "disse", "O porto"),
            ("Pedro Lozano afirmou que o porto vai reabrir na segunda.", "afirmou", "o porto"),
            ("Segundo Pedro Lozano, o porto vai reabrir na segunda.", "Segundo", "o porto"),
            ("Laut Klaus Becker wird der Hafen am Montag wieder geöffnet.", "Laut", "wird der"),
            ("Secondo Marco Ferri il porto sarà riaperto lunedì.", "Secondo", "il porto"),
            ("De haven gaat maandag weer open, aldus Pieter Jansen.", "aldus", "De haven"),
        ],
    )
    def test_other_languages(self, sentence: str, cue: str, text: str) -> None:
        """Speech verbs and ``according to`` of the other languages of news pages, with the
        frames of English: a source named right before the content with no comma between
        (``Laut X wird ...``: the verb comes second) and a day after the name."""
        a = _article(sentence)
        assert [(q.cue, q.text.split()[0]) for q in a.quotes] == [(cue, text.split()[0])]
        assert a.quotes[0].text.startswith(text)
        speaker = {p.id: p for p in a.participants}[a.quotes[0].speaker or ""]
        assert speaker.kind is ParticipantKind.PERSON

    @pytest.mark.parametrize(
        ("sentence", "cue"),
        [
            ('"The port will reopen on Monday," said he.', "said"),
            ('"De haven gaat maandag weer open", zei hij.', "zei"),
            ('"Der Hafen wird am Montag geöffnet", sagte er.', "sagte"),
            ("« Le port rouvrira lundi », a-t-il ajouté.", "a-t-il ajouté"),
            ('"El puerto abrirá el lunes", dijo.', "dijo"),
        ],
    )
    def test_a_pronoun_or_none_after_the_cue(self, sentence: str, cue: str) -> None:
        """``"...", zei hij.``: a subject pronoun alone after the cue, in the cue
        (``a-t-il``), or left out where the language drops it (``dijo.``), is the person
        quoted or named before."""
        a = _article("Oskar Brandvold, the mayor, opened the bridge, he said.", sentence)
        names = {p.id: p.name for p in a.participants}
        assert [(q.cue, names.get(q.speaker or "")) for q in a.quotes if q.paragraph == 1] == [
            (cue, "Oskar Brandvold")
        ]

    @pytest.mark.parametrize(
        ("sentences", "speakers"),
        [
            (["El puerto abrirá el lunes, dijo el jefe de Policía de la localidad, Pedro Lozano."],
             ["Pedro Lozano"]),
            (["El secretario de Hacienda, Pedro Lozano, dijo que el puerto abrirá el lunes.",
              "La economía va a seguir operando, afirmó el funcionario."],
             ["Pedro Lozano", "Pedro Lozano"]),
            (["Le port rouvrira lundi, a déclaré le maire Pierre Lavoie.",
              "Les travaux dureront deux semaines, a ajouté le maire."],
             ["Pierre Lavoie", "Pierre Lavoie"]),
        ],
    )  # fmt: skip
    def test_titles_of_other_languages(self, sentences: list[str], speakers: list[str]) -> None:
        """``el jefe de Policía ..., Pedro Lozano``, ``el funcionario``, ``le maire``: the
        titles, articles and prepositions of those languages make speakers as English
        ones do."""
        a = _article(*sentences)
        names = {p.id: p.name for p in a.participants}
        assert [names.get(q.speaker or "") for q in a.quotes] == speakers

    def test_a_head_of_state_and_a_dropped_subject(self) -> None:
        """``La presidenta de la República, Ana Ruiz,`` is then ``la jefa de Estado`` and
        ``la mandataria``; ``pidió que C`` with no subject goes on with her."""
        a = _article(
            "La presidenta de la República, Ana Ruiz, participó este sábado en la ceremonia.",
            "Durante su discurso, la jefa de Estado instó a los peruanos a sumar fuerzas.",
            "“Este es un Gobierno de resultados”, señaló la mandataria.",
            "En su lugar, pidió que le envíen las preguntas de los parlamentarios.",
        )
        people = [(p.name, p.roles) for p in a.participants if p.kind is ParticipantKind.PERSON]
        assert people == [("Ana Ruiz", ("La presidenta de la República",))]
        assert [(q.cue, q.speaker) for q in a.quotes] == [
            ("instó", "p1"),
            ("señaló", "p1"),
            ("pidió", "p1"),
        ]

    def test_a_hyphenated_title_and_a_name_after_a_field(self) -> None:
        """``informou o vice-ministro da Economia Jorge Lima``, then ``O vice-ministro
        disse``."""
        a = _article(
            "A inflação foi de 1,5% na quinzena, informou o vice-ministro da Economia Jorge"
            " Lima. O vice-ministro disse que a inflação não foi divulgada antes."
        )
        names = {p.id: p.name for p in a.participants}
        assert [names.get(q.speaker or "") for q in a.quotes] == ["Jorge Lima", "Jorge Lima"]

    @pytest.mark.parametrize(
        ("sentence", "speaker"),
        [
            ("Ein Mann wurde dabei verletzt, wie die Wiener Polizei auf Twitter meldete.",
             "die Wiener Polizei"),
            ("The ferry will stop in May, as the ministry said.", "the ministry"),
        ],
    )  # fmt: skip
    def test_as_the_source_said(self, sentence: str, speaker: str) -> None:
        """``CONTENT, wie X meldete.`` (the verb last), ``CONTENT, as X said.``"""
        a = _article(sentence)
        assert [(q.speaker_text, q.text.split()[0]) for q in a.quotes] == [
            (speaker, sentence.split()[0])
        ]
        assert not [p for p in a.participants if p.kind is ParticipantKind.PERSON]

    def test_so_and_the_source_close_a_german_sentence(self) -> None:
        """``CONTENT, so die Exekutive.``: the sentence before is the source's; an English
        ``, so the ferry took`` is no such frame."""
        a = _article(
            "Ein Terrorakt wurde ausgeschlossen. Es dürfte sich um eine gezielte Straftat"
            " handeln, so die Exekutive.",
            "The bridge was closed, so the ferry took the cars.",
        )
        assert [(q.cue, q.speaker_text, q.text.split()[0]) for q in a.quotes] == [
            ("so", "die Exekutive", "Es")
        ]

    def test_a_german_noun_after_its_article_is_no_name(self) -> None:
        a = _article(
            "Der Umsatz legte um gut 10 Prozent zu, wie das Unternehmen am Donnerstag mitteilte."
        )
        assert [q.cue for q in a.quotes] == ["mitteilte"]
        assert not [p for p in a.participants if p.kind is ParticipantKind.PERSON]

    @pytest.mark.parametrize(
        ("sentence", "cue"),
        [
            ("Health leaders warn that hospital buildings are struggling to store medicines.",
             "warn"),
            ("Critics argue that the bridge is too expensive for the town.", "argue"),
            ("The council will warn residents about the storm on Friday.", None),
            ("Residents were urged to warn their neighbours about the flood.", None),
            ("Workers must maintain social distancing so that the lockdown works.", None),
        ],
    )  # fmt: skip
    def test_plain_present_forms(self, sentence: str, cue: str | None) -> None:
        """``experts warn that``: the plain forms of speech verbs, with a that-clause."""
        assert [q.cue for q in _article(sentence).quotes] == ([cue] if cue else [])

    def test_a_pronoun_after_the_cue_opens_no_clause(self) -> None:
        """``said he would``: the pronoun is the subject of the content, not the speaker."""
        a = _article("Oskar Brandvold opened the bridge.", "The mayor said he would return.")
        assert [q.speaker_text for q in a.quotes] == ["The mayor"]

    def test_informed_about_is_a_briefing(self) -> None:
        a = _article("Anna Lind informed Foreign Minister Yoko Sato about the attack on the port.")
        assert a.quotes == ()
        b = _article("Anna Lind informed the council that the port would reopen next week.")
        assert [q.text for q in b.quotes] == ["the port would reopen next week."]

    def test_according_to_records_then_a_remark(self) -> None:
        a = _article(
            "Poland reported 25,052 cases on Wednesday, according to health ministry data,"
            " the highest so far this year."
        )
        assert [q.speaker_text for q in a.quotes] == ["health ministry"]


class TestViewsAndRejections:
    """Opinion cues, rejections with a judgement, expectations."""

    @pytest.mark.parametrize(
        ("sentence", "cue"),
        [
            ("Lunde was of the view that the bridge would open in May.", "was of the view"),
            ("Lunde opined that the bridge would open in May.", "opined"),
            ("Lunde lamented that the bridge would not open in May.", "lamented"),
            ("Lunde hinted that the bridge might open in May.", "hinted"),
            ("Lunde underscored the need to finish the bridge quickly.", "underscored"),
            ("Lunde echoed the view that the bridge should open in May.", "echoed"),
            ("Lunde expects the bridge to open in May.", "expects"),
            ("Lunde rejected claims that the bridge was unsafe.", "rejected"),
            ("Lunde dismissed the claims as baseless and politically motivated.", "dismissed"),
            ("Lunde told the Harbour Times in an interview that the bridge would open.", "told"),
        ],
    )
    def test_cue(self, sentence: str, cue: str) -> None:
        assert [q.cue.split()[0] for q in _article(sentence).quotes] == [cue.split()[0]]

    @pytest.mark.parametrize(
        "sentence",
        [
            "The company dismissed the employee last week.",
            "The minister rejected the bill on Monday.",
            "She expects a baby in May.",
        ],
    )
    def test_acts(self, sentence: str) -> None:
        assert _article(sentence).quotes == ()


class TestCriticism:
    """Criticism with its grounds is a stated position; without grounds it is an act."""

    @pytest.mark.parametrize(
        ("sentence", "cue", "content"),
        [
            (
                "Edvin Lunde criticised the newspaper for failing to check its sources.",
                "criticised",
                "the newspaper for failing to check its sources.",
            ),
            (
                "Edvin Lunde lashed out at the media for using anonymous sources.",
                "lashed out at",
                "the media for using anonymous sources.",
            ),
            (
                "Edvin Lunde slammed the council over its handling of the flood.",
                "slammed",
                "the council over its handling of the flood.",
            ),
        ],
    )
    def test_criticism_with_grounds(self, sentence: str, cue: str, content: str) -> None:
        assert _quotes(_article(sentence)) == [("indirect", content, cue, "Edvin Lunde")]

    @pytest.mark.parametrize(
        "sentence",
        [
            "The fans slammed the door of the stadium on the way out.",
            "Workers blasted the rock for two hours before the road opened.",
            "The striker hit out at the ball for a second time and scored.",
            "Edvin Lunde criticised the plan.",
        ],
    )
    def test_no_grounds_no_quote(self, sentence: str) -> None:
        assert _article(sentence).quotes == ()


class TestNotQuotes:
    """Narration, actions and adjectives are not quotes."""

    def test_said_adjective(self) -> None:
        """``the said agreement`` is not a cue."""
        a = _article("The said agreement replaces an older deal between the two towns.")
        assert a.quotes == ()

    def test_actions(self) -> None:
        """Meetings and signings are not speech."""
        a = _article(
            "Irina Sokolova, the mayor, met with farmers and signed a new lease for the market."
        )
        assert a.quotes == ()

    def test_headline_is_not_a_quote(self) -> None:
        """A headline with a cue word never becomes a quote."""
        a = parse(
            " date 2021-05-04 Mayor says harbour will reopen\n\nThe harbour was closed in May.\n"
        )
        assert a.quotes == ()

    def test_title_line_over_stamps_is_not_a_quote(self) -> None:
        """The page title repeated on its own line above the stamp lines of a block says
        nothing; the story below it still does."""
        a = parse(
            " date 2015-09-17 Markets | World | Business\n"
            "Miner says output cuts less likely\n"
            "September 17, 2015 / 9:32 AM / 2 years ago\n\n"
            "Miner says output cuts less likely\n\n"
            "The chief executive, Lars Wirth, said output cuts were less likely this year.\n"
        )
        assert a.headline == "Miner says output cuts less likely"
        assert [(q.cue, q.speaker_text) for q in a.quotes] == [("said", "Lars Wirth")]


class TestParticipants:
    """Names, aliases, roles and titles."""

    @pytest.mark.parametrize(
        "place", ["Sri Lanka", "Buenos Aires", "Tamil Nadu", "La Paz", "East Timor", "New Jersey"]
    )
    def test_multiword_places_are_no_persons(self, place: str) -> None:
        """A listed place of two words is never taken for a person's name, wherever it falls
        in the list (the first entry of every line too)."""
        a = _article(f"{place} said on Monday it would reopen the border crossing.")
        assert all(p.name != place for p in a.participants if p.kind is ParticipantKind.PERSON)

    @pytest.mark.parametrize("adjective", ["Young", "Veteran", "Embattled", "Fellow"])
    def test_sentence_opening_adjective_is_no_name(self, adjective: str) -> None:
        """``Young Boris Lind scored``: the adjective opening the sentence is no part of the
        name."""
        a = _article(f"{adjective} Boris Lind scored twice in the second half.")
        assert [p.name for p in a.participants if p.kind is ParticipantKind.PERSON] == [
            "Boris Lind"
        ]

    @pytest.mark.parametrize(
        ("sentence", "name", "role"),
        [
            (
                "State Minister for Posts and Telecommunications Arna Velde said on Monday the"
                " network would open.",
                "Arna Velde",
                "Minister for Posts and Telecommunications",
            ),
            (
                "Minister of Environment Karl Obuya said the roads were closed.",
                "Karl Obuya",
                "Minister of Environment",
            ),
            (
                "Harbour Communications CEO A S Venkatraman said the results were good.",
                "A S Venkatraman",
                "CEO",
            ),
            ("ASP Afia Mensah said the suspects had fled.", "Afia Mensah", "ASP"),
            ("Baale Ayo Adeniran said the road was bad.", "Ayo Adeniran", "Baale"),
        ],
    )
    def test_titles_fields_and_initials_before_a_name(
        self, sentence: str, name: str, role: str
    ) -> None:
        """A field ending a title (``... and Telecommunications``), the field of ``Minister
        of Environment``, a rank (``ASP``) or a traditional title is no part of the name;
        ``A`` before another initial is an initial, not the article."""
        a = _article(sentence)
        persons = [p for p in a.participants if p.kind is ParticipantKind.PERSON]
        assert [p.name for p in persons] == [name]
        assert any(r.endswith(role) for r in persons[0].roles)

    def test_bare_role_before_the_cue_is_an_appositive(self) -> None:
        """``X, media adviser to the President said C``: the role without its closing comma
        is X's, and ``the aide`` later is X; ``X, the coach said, ...`` gives no role."""
        a = _article(
            "Femi Lade, media adviser to the President said the remarks were misread.",
            "The aide noted that the President had praised the troops.",
        )
        persons = [p for p in a.participants if p.kind is ParticipantKind.PERSON]
        assert [(p.name, p.roles) for p in persons] == [
            ("Femi Lade", ("media adviser to the President",))
        ]
        assert [q.speaker for q in a.quotes] == [persons[0].id, persons[0].id]
        b = _article("Jonas Berg, the coach said, was injured in training.")
        assert [p.roles for p in b.participants] == [()]

    @pytest.mark.parametrize(
        ("sentence", "name", "role", "gender"),
        [
            ("Mr Okafor said the bridge would reopen.", "Okafor", "Mr", "male"),
            ("Governor Lindqvist said the bridge would reopen.", "Lindqvist", "Governor", None),
            (
                "Foreign Minister Varga said the talks would resume.",
                "Varga",
                "Foreign Minister",
                None,
            ),
            ("Dr. Haddad said the clinic would reopen.", "Haddad", "Dr.", None),
        ],
    )
    def test_title_and_surname_alone_name_a_person(
        self, sentence: str, name: str, role: str, gender: str | None
    ) -> None:
        """``Mr Okafor said``: with no fuller name in the article, the surname after a
        person's title or an honorific is a person, who speaks."""
        a = _article(sentence)
        persons = [p for p in a.participants if p.kind is ParticipantKind.PERSON]
        assert [(p.name, p.roles, p.gender) for p in persons] == [(name, (role,), gender)]
        assert [q.speaker for q in a.quotes] == [persons[0].id]

    def test_title_before_a_short_form_is_a_role(self) -> None:
        """``President Lunde`` after ``Marta Lunde``: the short form, with its title."""
        a = _article("Marta Lunde arrived on Monday.", "President Lunde said the plan was ready.")
        assert [(p.name, p.aliases, p.roles) for p in a.participants] == [
            ("Marta Lunde", ("Lunde",), ("President",))
        ]

    @pytest.mark.parametrize(
        "sentence",
        [
            "He has won four World Major Marathon races since 2016.",
            "Sri Lankan officials met on Monday.",
            "Gen Z voters turned out in numbers.",
            "It was 40 C. That is a record for the town.",
        ],
    )
    def test_title_shaped_words_before_a_word_name_no_one(self, sentence: str) -> None:
        assert [
            p.name for p in _article(sentence).participants if p.kind is ParticipantKind.PERSON
        ] == []

    def test_role_before_the_comma_with_a_lower_case_organisation(self) -> None:
        """``The chief executive of the firm, X,``: X is a person with that role."""
        a = _article(
            "The chief executive of the island's largest telecoms firm, Rob Tallis, also"
            " announced that he would return to the helm."
        )
        persons = [p for p in a.participants if p.kind is ParticipantKind.PERSON]
        assert [(p.name, p.roles) for p in persons] == [
            ("Rob Tallis", ("chief executive of the island's largest telecoms firm",))
        ]
        assert [q.speaker for q in a.quotes] == [persons[0].id]

    def test_initial_and_abbreviated_affiliations(self) -> None:
        """``S. Japhet, V-C, BCU, said``: an initial and a surname name a person, and the
        abbreviations between commas are insertions, not the speaker."""
        a = _article(
            "After meeting the students, K. Ndlovu, V-C, HCU, said that he would consult the"
            " staff first."
        )
        names = {p.id: p.name for p in a.participants}
        assert [names[q.speaker or ""] for q in a.quotes] == ["K. Ndlovu"]

    def test_glued_initial(self) -> None:
        """``Vice-Chancellor E.Balagurusamy`` / ``Prof. Balagurusamy``: one person."""
        a = _article(
            "Vice-Chancellor R.Sundaram said the decision was strange.",
            "The council acted alone, Prof. Sundaram added in a statement to the press.",
        )
        persons = [p for p in a.participants if p.kind is ParticipantKind.PERSON]
        assert [(p.name, p.aliases) for p in persons] == [("R.Sundaram", ("Sundaram",))]
        assert set(persons[0].roles) == {"Vice-Chancellor", "Prof."}
        assert {q.speaker for q in a.quotes} == {persons[0].id}

    def test_company_short_forms(self) -> None:
        """``Fjordtel`` and ``Cheung Lok`` after ``Fjordtel Electronics`` and ``Cheung Lok
        Property Holdings``: the companies, by the opening words of their names."""
        a = _article(
            "Fjordtel Electronics said on Friday that it would unveil a new phone.",
            '"We are unpacking our new phone," Fjordtel said in a statement.',
            "Cheung Lok Property Holdings said profit rose in the first half.",
            "Cheung Lok said it was difficult to find land to buy.",
        )
        names = {p.id: p.name for p in a.participants}
        assert [names[q.speaker or ""] for q in a.quotes] == [
            "Fjordtel Electronics",
            "Fjordtel Electronics",
            "Cheung Lok Property Holdings",
            "Cheung Lok Property Holdings",
        ]
        assert not [p for p in a.participants if p.kind is ParticipantKind.PERSON]

    def test_institutions_have_no_one_word_short_form(self) -> None:
        """``Security`` is not the Security Council, nor ``Laurel`` its police."""
        a = _article(
            "The Security Council met on Monday, and the Laurel Police Department said it had"
            " made arrests.",
            "Security was tight in Laurel on Tuesday.",
        )
        assert all(p.aliases == () for p in a.participants)

    def test_possessive_before_a_title_is_no_name_join(self) -> None:
        """``Wim Wenders’ Perfect Days``: the person, then the film."""
        a = _article("He won the prize for his role in Oskar Lundgrens’ Perfect Days on Monday.")
        assert [p.name for p in a.participants if p.kind is ParticipantKind.PERSON] == [
            "Oskar Lundgrens"
        ]

    def test_grounds_are_places(self) -> None:
        a = _article("Thousands gathered at Tilak Maidan on Sunday for the rally.")
        assert [p.name for p in a.participants if p.kind is ParticipantKind.PERSON] == []

    def test_reporter_in_capitals_after_the_story_is_a_credit(self) -> None:
        a = _article("The rains will continue over the weekend, it added. MARTA ELISE LUNDE")
        assert [p.name for p in a.participants if p.kind is ParticipantKind.PERSON] == []

    @pytest.mark.parametrize(
        ("sentence", "name"),
        [
            ("Pakistan captain Sarfraz Ahmed Monday said the team was ready.", "Sarfraz Ahmed"),
            (
                "The Honourable Marco E. L. Ricci, Minister of Immigration, spoke today.",
                "Marco E. L. Ricci",
            ),
            ("The Chief of Intelligence, Rear Adm. Scott Bishop, spoke today.", "Scott Bishop"),
            ("The statement by Colonel al-Maliki was read out on Monday.", "al-Maliki"),
        ],
    )
    def test_name_bounds(self, sentence: str, name: str) -> None:
        """A day after a name, ``Honourable`` and ``Rear Adm.`` before it are no part of
        it; a prefixed surname after a rank is a person."""
        a = _article(sentence)
        assert [p.name for p in a.participants if p.kind is ParticipantKind.PERSON] == [name]

    def test_outlet_by_acronym_and_country(self) -> None:
        a = _article("In an interview with CNN Philippines, Stephen Ramos said the team was proud.")
        assert [(p.name, p.kind) for p in a.participants if p.kind.value != "country"] == [
            ("CNN Philippines", ParticipantKind.ORGANIZATION),
            ("Stephen Ramos", ParticipantKind.PERSON),
        ]

    def test_institution_named_by_a_list_of_fields(self) -> None:
        """``the country’s Meteorology, Climatology and Geophysics Agency said``: one
        organisation, which speaks; ``by INEC, Presidential and National Assembly`` is
        no such name."""
        a = _article(
            "The country’s Meteorology, Climatology and Geophysics Agency said the quake was"
            " shallow.",
            "According to a statement by INEC, Presidential and National Assembly elections"
            " will now hold on Saturday.",
        )
        orgs = [p.name for p in a.participants if p.kind is ParticipantKind.ORGANIZATION]
        assert orgs[0] == "Meteorology, Climatology and Geophysics Agency"
        assert "National Assembly" in orgs
        names = {p.id: p.name for p in a.participants}
        assert names[a.quotes[0].speaker or ""] == orgs[0]

    def test_sheikh_is_part_of_the_name(self) -> None:
        """``Sheikh Hasina``, ``Sheikh Mohamed bin Zayed``: written and read as the name
        (its short forms keep it: ``Sheikh Mohamed``); ``Sheikh Dr. Sultan`` keeps both as
        titles."""
        a = _article(
            "Prime Minister Sheikh Hasina opened the bridge. Hasina said the country would grow.",
            "Sheikh Dr. Sultan Al Qasimi, Ruler of Sharjah, attended.",
        )
        persons = [p for p in a.participants if p.kind is ParticipantKind.PERSON]
        assert [(p.name, p.gender) for p in persons] == [
            ("Sheikh Hasina", "female"),
            ("Sultan Al Qasimi", "male"),
        ]
        assert "Sheikh" in persons[1].roles

    def test_named_operations_are_no_persons(self) -> None:
        """``Operation Lafiya Dole``: a military operation, named like a person."""
        a = _article("Operation Tana Dole on Monday said the troops had found weapons.")
        assert [p.name for p in a.participants if p.kind is ParticipantKind.PERSON] == []

    @pytest.mark.parametrize("outlet", ["Lagos Gist Blog", "Harbour TV", "Fjord Radio"])
    def test_outlets_are_organisations(self, outlet: str) -> None:
        """A name ending in Blog, TV or Radio is an outlet, not a person."""
        a = _article(f"The story was first published by {outlet} on Monday.")
        assert [(p.name, p.kind) for p in a.participants] == [
            (outlet, ParticipantKind.ORGANIZATION)
        ]

    @pytest.mark.parametrize(
        "name",
        ["Sibusiso Dlomo", "Wanjiku Otieno", "Karthik Raman", "Jasprit Tolani", "Funmilayo Eze"],
    )
    def test_given_names_of_many_cultures(self, name: str) -> None:
        """A known given name is evidence enough for a person."""
        a = _article(f"The prize went to {name} after a vote on Monday.")
        assert [p.name for p in a.participants if p.kind is ParticipantKind.PERSON] == [name]

    def test_name_before_a_place_noun_is_a_place(self) -> None:
        """``Ben Lora province``: a place, although its first word is a given name."""
        a = _article("Farmers in Ben Lora province lost their crops to salt water.")
        assert all(p.kind is not ParticipantKind.PERSON for p in a.participants)

    def test_editor_credit_inside_a_paragraph(self) -> None:
        """``(Web editor: A, B)`` glued into the last paragraph names no participants."""
        a = _article(
            "The summit opened on Monday, officials said. (Web editor: Anna Lind, Mei Vale) "
            "Add your comment"
        )
        assert all(p.kind is not ParticipantKind.PERSON for p in a.participants)

    @pytest.mark.parametrize(
        ("sentence", "name", "role"),
        [
            ("Governor E.S.L. Varadan opened the session.", "E.S.L. Varadan", "Governor"),
            ("M.K. Selvan said the session would open.", "M.K. Selvan", None),
            (
                "The company's chief executive, Anna Berg, said so.",
                "Anna Berg",
                "company's chief executive",
            ),
            ("Nairobi Governor, Mike Otieno, said so.", "Mike Otieno", "Nairobi Governor"),
        ],
    )
    def test_initials_and_roles_before_a_comma(
        self, sentence: str, name: str, role: str | None
    ) -> None:
        """Dotted initials make a name; a role before ``, NAME,`` is the person's."""
        a = _article(sentence)
        people = [(p.name, p.roles) for p in a.participants if p.kind is ParticipantKind.PERSON]
        assert people == [(name, (role,) if role else ())]

    @pytest.mark.parametrize(
        ("sentence", "people"),
        [
            ("Insp. Musa Bello told the court.", [("Musa Bello", ("Insp.",))]),
            ("Alhaji Musa Bello opened the market.", [("Musa Bello", ("Alhaji",))]),
            ("Cllr Musa Bello opened the market.", [("Musa Bello", ("Cllr",))]),
            ("The suspect, 37-year-old Tumen Kaya, was held.", [("Tumen Kaya", ())]),
            ("Education MEC Musa Bello opened a school.", [("Musa Bello", ("Education MEC",))]),
            (
                "The Emir, Mohammed bin Abdulrahman bin Jassim Al-Thani, spoke.",
                [("Mohammed bin Abdulrahman bin Jassim Al-Thani", ("Emir",))],
            ),
            ("Pacer Tomas Rielo took a wicket.", [("Tomas Rielo", ("Pacer",))]),
            (
                "Also remanded are Tunde Agbaje, 68; and Kola Ibeh, 63.",
                [("Tunde Agbaje", ()), ("Kola Ibeh", ())],
            ),
        ],
    )
    def test_person_evidence(
        self, sentence: str, people: list[tuple[str, tuple[str, ...]]]
    ) -> None:
        """Ranks, honorifics, role nouns and an age in apposition make a run a person."""
        a = _article(sentence)
        assert [
            (p.name, p.roles) for p in a.participants if p.kind is ParticipantKind.PERSON
        ] == people

    @pytest.mark.parametrize(
        ("sentence", "org"),
        [
            ("Cases rose, the Department of Health (DOH) said.", "Department of Health (DOH)"),
            ("Prices rose, the Ministry of Finance said.", "Ministry of Finance"),
        ],
    )
    def test_ministry_of_a_field(self, sentence: str, org: str) -> None:
        """``Ministry of Finance`` is one organisation; ``Minister of Finance`` none."""
        a = _article(sentence, "The Minister of Finance, Wenbin Hou, spoke too.")
        assert [p.name for p in a.participants if p.kind is ParticipantKind.ORGANIZATION] == [org]

    @pytest.mark.parametrize(
        "storm", ["Hurricane Irma", "Typhoon Tomas", "Cyclone Ana", "Operation Desert Lion"]
    )
    def test_named_storms_are_no_persons(self, storm: str) -> None:
        """A storm is named like a person, after the word for it."""
        a = _article(f"As {storm} bears down on the coast, residents are leaving.")
        assert all(p.kind is not ParticipantKind.PERSON for p in a.participants)

    def test_form_of_address_after_a_name(self) -> None:
        """``Daniel Rielo Sir``: the trailing form of address is not part of the name."""
        a = _article("I am thankful to Daniel Rielo Sir, who gave me the role.")
        assert [p.name for p in a.participants if p.kind is ParticipantKind.PERSON] == [
            "Daniel Rielo"
        ]

    def test_minister_in_the_presidency_is_a_person(self) -> None:
        """``Acting minister in the presidency X said``: X is a person, not an office."""
        a = _article("Acting minister in the presidency Wenbin Hou said one suspect was arrested.")
        assert [(p.kind, p.name) for p in a.participants] == [
            (ParticipantKind.PERSON, "Wenbin Hou")
        ]

    @pytest.mark.parametrize(
        "thing", ["Nelson Mandela Day", "Daniel Rielo Award", "Maria Lind Stadium"]
    )
    def test_things_named_after_people(self, thing: str) -> None:
        """A day, prize or building named after someone is no person."""
        a = _article(f"Crowds gathered for {thing} on Saturday.")
        assert all(p.kind is not ParticipantKind.PERSON for p in a.participants)

    def test_gerund_opening_a_run_is_no_name(self) -> None:
        """``Losing Tomas was a blow``: the -ing word is not a given name."""
        a = _article('"Losing Rielo was a big blow," the coach said.')
        assert all(not p.name.startswith("Losing") for p in a.participants)

    def test_lone_name_a_pronoun_points_back_to(self) -> None:
        """``said Rielo. ... he added``: the lone name is a person the pronoun names."""
        a = _article(
            '"The pitch turned more than we expected," said Rielo after the match.',
            '"The bowlers did a great job," he added.',
        )
        assert [(q.cue, q.speaker_text) for q in a.quotes] == [("said", "Rielo"), ("added", "he")]
        rielo = next(p for p in a.participants if p.name == "Rielo")
        assert rielo.kind is ParticipantKind.PERSON
        assert {q.speaker for q in a.quotes} == {rielo.id}

    def test_dotted_place_abbreviation_is_no_initial(self) -> None:
        """``the E.U. Selvan said``: a sentence ends after the E.U.; no person ``E.U. Selvan``."""
        a = _article("The plan was approved by the E.U. Selvan said it was good.")
        assert all("E.U." not in p.name for p in a.participants)

    def test_alias_and_roles(self) -> None:
        """A later surname is an alias; appositive and title roles are kept as written."""
        a = _article(
            "Deputy Mayor Oskar Brandvold, chair of the harbour board, opened the tunnel.",
            "Brandvold said the work took two years.",
        )
        person = next(p for p in a.participants if p.kind is ParticipantKind.PERSON)
        assert (person.name, person.aliases, person.roles) == (
            "Oskar Brandvold",
            ("Brandvold",),
            ("Deputy Mayor", "chair of the harbour board"),
        )

    def test_family_name_first(self) -> None:
        """A Chinese name keeps family-name-first order and the family name as alias."""
        a = _article(
            "Lin Yaling, a researcher at the institute, led the survey.",
            "Lin said the valley had lost half its orchards.",
        )
        person = next(p for p in a.participants if p.kind is ParticipantKind.PERSON)
        assert (person.name, person.aliases) == ("Lin Yaling", ("Lin",))

    def test_honorific_is_a_role(self) -> None:
        """``Dr.`` is a role, not part of the name, and ``Mr.`` tells the gender."""
        a = _article(
            "Dr. Kiran Iyer treated the workers.", "Mr. Samir Khoury, a driver, said he was fine."
        )
        people = [
            (p.name, p.roles, p.gender) for p in a.participants if p.kind is ParticipantKind.PERSON
        ]
        assert people == [
            ("Kiran Iyer", ("Dr.",), None),
            ("Samir Khoury", ("Mr.", "driver"), "male"),
        ]

    def test_an_institution_by_its_head_word_before_its_full_name(self) -> None:
        """``According to the Ministry`` before ``the Energy Ministry``: one institution."""
        a = _article(
            "According to the Ministry, six of seven wells drilled were successful.",
            "The Energy Ministry added that output would double.",
        )
        orgs = [(p.name, p.aliases) for p in a.participants if p.kind.value == "organization"]
        assert orgs == [("Energy Ministry", ("Ministry",))]
        assert len({q.speaker for q in a.quotes}) == 1

    def test_a_full_name_without_the_middle_name(self) -> None:
        a = _article(
            "Former president John Dramani Mahama wrote on Twitter.",
            "John Mahama said the years were wasted.",
        )
        people = [(p.name, p.aliases) for p in a.participants if p.kind is ParticipantKind.PERSON]
        assert people == [("John Dramani Mahama", ("John Mahama",))]

    def test_graded_honorific_is_a_role(self) -> None:
        """``The Most Rev Justin Welby``: the honorific with its degree is a role."""
        a = _article("The Most Rev Tomas Ekberg, speaking in the cathedral, said peace was near.")
        people = [(p.name, p.roles) for p in a.participants if p.kind is ParticipantKind.PERSON]
        assert people == [("Tomas Ekberg", ("Most Rev",))]
        assert [q.speaker_text for q in a.quotes] == ["The Most Rev Tomas Ekberg"]

    def test_arabic_article_in_name(self) -> None:
        """``al-Falih`` is part of a name and a short form of it."""
        a = _article(
            "Energy Minister Khalid al-Falih said that prices were stable.",
            '"Nobody controls prices," al-Falih told reporters.',
        )
        assert _quotes(a) == [
            ("indirect", "prices were stable.", "said", "Khalid al-Falih"),
            ("direct", "Nobody controls prices", "told reporters", "Khalid al-Falih"),
        ]

    def test_title_after_organisation(self) -> None:
        """``Organising Committee President Seiko Hashimoto said``: the person speaks."""
        a = _article(
            "The games will go ahead, Organising Committee President Seiko Hashimoto said."
        )
        assert _quotes(a) == [("indirect", "The games will go ahead", "said", "Seiko Hashimoto")]

    def test_unnamed_person_of_an_organisation(self) -> None:
        """``A spokesman for the Task Force`` is an unnamed person, and ``he`` is that one."""
        a = _article(
            "A spokesman for the Harbour Task Force said divers had found the wreck.",
            "The search will end on Friday, he added.",
        )
        who = "A spokesman for the Harbour Task Force"
        assert _quotes(a) == [
            ("indirect", "divers had found the wreck.", "said", who),
            ("indirect", "The search will end on Friday", "added", who),
        ]

    def test_role_noun_as_title(self) -> None:
        """A capitalised role noun before a name (``Headmaster X``) is a role, not a name."""
        a = _article("Headmaster Tomas Ruiz said the school would reopen in May.")
        person = next(p for p in a.participants if p.kind is ParticipantKind.PERSON)
        assert (person.name, person.roles) == ("Tomas Ruiz", ("Headmaster",))

    def test_caption_names_are_participants(self) -> None:
        """People named in a caption are participants; the photo credit's name is not."""
        a = _article(
            "Mayor Ilse Varga opens the bridge in Lunde, May 3, 2021. (Xinhua/Hou Wenbin)",
            "The bridge cost two million euros.",
        )
        assert [
            (p.name, [m.caption for m in p.mentions])
            for p in a.participants
            if p.kind is ParticipantKind.PERSON
        ] == [("Ilse Varga", [True])]

    def test_coordinated_names(self) -> None:
        """A name joined by ``and`` to a person is a person, as are names after a plural role."""
        a = _article(
            "His predecessors David Gower and Tomas Ruiz took a different course.",
            "The bench of justices Bhushan Gavai and Surya Kant heard the case.",
        )
        assert [p.name for p in a.participants if p.kind is ParticipantKind.PERSON] == [
            "David Gower",
            "Tomas Ruiz",
            "Bhushan Gavai",
            "Surya Kant",
        ]

    def test_comma_is_no_coordination(self) -> None:
        """``the coach of Lunde Rovers, Tomas Ruiz`` makes no person of the club."""
        a = _article(
            "The head coach of Lunde Rovers, Tomas Ruiz, praised the players.",
            "The coach of Lunde Rovers Tomas Ruiz on Monday said the season was over.",
        )
        assert (
            [p.name for p in a.participants if p.kind is ParticipantKind.PERSON],
            _quotes(a),
        ) == (["Tomas Ruiz"], [("indirect", "the season was over.", "said", "Tomas Ruiz")])

    def test_places_shaped_like_names(self) -> None:
        """``Hong Kong`` and ``Abu Dhabi`` are no people, though shaped like names."""
        a = _article("Hong Kong has reopened its border, and Abu Dhabi has eased its rules.")
        assert [p.name for p in a.participants if p.kind is ParticipantKind.PERSON] == []

    def test_reporting_credit_is_not_a_participant(self) -> None:
        """Names in ``(Reporting by A; Editing by B)`` at a paragraph's end are credits."""
        a = _article("Prices rose, traders said. (Reporting by Ann Lee; Editing by Kofi Mensah)")
        assert [p.name for p in a.participants if p.kind is ParticipantKind.PERSON] == []

    def test_credit_lines_are_not_participants(self) -> None:
        """Bylines and editor lines name no participants."""
        a = parse(
            " date 2021-05-04 Harbour reopens\n\nBy Marta Lunde\n\nThe harbour reopened.\n\n"
            "Editor: Oskar Brandvold\n"
        )
        assert [p.name for p in a.participants if p.kind is ParticipantKind.PERSON] == []


# -- generated articles ---------------------------------------------------------------

#: (male given names, female given names, family names, family name first) per culture.
_CULTURES = (
    (("Wenbin", "Jiahao"), ("Yaling", "Meiyu"), ("Hou", "Sun", "Zhao"), True),
    (("Oskar", "Edvin"), ("Ilse", "Marta"), ("Varga", "Brandvold", "Bellini", "Lunde"), False),
    (("Nikolai", "Pavel"), ("Irina", "Olga"), ("Orlov", "Volkov", "Sokolov"), False),
    (("Karim", "Samir"), ("Layla", "Noura"), ("Haddad", "Nasser", "Khoury"), False),
    (("Kwame", "Kofi"), ("Amara", "Zanele"), ("Okafor", "Mensah", "Dlamini"), False),
    (("Van Duc", "Minh"), ("Thi Lan", "Thu"), ("Nguyen", "Tran", "Pham"), True),
    (("Min-jun", "Joon-ho"), ("Ji-woo", "Seo-yeon"), ("Kim", "Park", "Choi"), True),
)
_ROLES = (
    "a spokesperson for the harbour authority",
    "the director of the museum",
    "an economist at the central bank",
    "head of the farmers' union",
    "the mayor of the town",
)
_NOUNS = ("bridge", "harbour", "market", "ferry", "school", "railway", "clinic", "orchard")
_VERBS = ("reopen", "expand", "close", "improve", "recover")
_TIMES = ("next year", "within a month", "before the winter", "by the spring")


@st.composite
def _clause(draw: st.DrawFn) -> str:
    """A lower-case reported clause: ``the bridge would reopen next year``."""
    noun = draw(st.sampled_from(_NOUNS))
    verb = draw(st.sampled_from(_VERBS))
    when = draw(st.sampled_from(_TIMES))
    return f"the {noun} would {verb} {when}"


@st.composite
def _person(draw: st.DrawFn, female: bool) -> tuple[str, str]:
    """(full name, short name) of a man or a woman from one naming culture."""
    male, fem, family, family_first = draw(st.sampled_from(_CULTURES))
    g, f = draw(st.sampled_from(fem if female else male)), draw(st.sampled_from(family))
    return (f"{f} {g}", f) if family_first else (f"{g} {f}", f)


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


@st.composite
def _story(draw: st.DrawFn) -> tuple[str, list[tuple[str, str]]]:
    """An article of two speakers in every frame, with the expected (content, speaker)."""
    (a_full, a_short), (b_full, b_short) = draw(
        st.tuples(_person(female=False), _person(female=True)).filter(lambda t: t[0][1] != t[1][1])
    )
    role_a, role_b = draw(st.sampled_from(_ROLES)), draw(st.sampled_from(_ROLES))
    c = [draw(_clause()) for _ in range(9)]
    paras = [
        (f"{a_full}, {role_a}, said that {c[0]}.", c[0], a_full),
        (f"{_cap(c[1])}, he added.", _cap(c[1]), a_full),
        (f"{b_full}, {role_b}, told reporters that {c[2]}.", c[2], b_full),
        (f'"{_cap(c[3])}," she said.', _cap(c[3]), b_full),
        (f"{_cap(c[4])}, said {a_short}.", _cap(c[4]), a_full),
        (f"According to {b_short}, {c[5]}.", c[5], b_full),
        (f'"{_cap(c[6])}," {a_short} said. "The work goes on."', _cap(c[6]), a_full),
        (f"{_cap(c[7])}, she noted.", _cap(c[7]), b_full),
        (f"{_cap(c[8])}, he said.", _cap(c[8]), a_full),
    ]
    text = (
        " date 2022-03-01 Town plans new harbour\n\n" + "\n\n".join(p for p, _c, _s in paras) + "\n"
    )
    return text, [(content, speaker) for _p, content, speaker in paras]


class TestGenerated:
    """Generated articles in every frame are attributed to the right participant."""

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(_story())
    def test_attribution(self, story: tuple[str, list[tuple[str, str]]]) -> None:
        """Each paragraph's quote starts with its content and names its speaker."""
        text, expected = story
        a = parse(text)
        names = {p.id: p.name for p in a.participants}
        got = [(q.text.split(" ")[0:4], names.get(q.speaker or "")) for q in a.quotes]
        want = [(content.split(" ")[0:4], speaker) for content, speaker in expected]
        assert got == want

    @settings(max_examples=60, deadline=None)
    @given(_story())
    def test_spans_slice_the_source(self, story: tuple[str, list[tuple[str, str]]]) -> None:
        """Quote, cue, speaker and mention spans slice the source to their words."""
        a = parse(story[0])
        src = a.source or ""
        for q in a.quotes:
            assert collapse(q.span.slice(src)).startswith(q.text.split(" ")[0])
            assert q.cue_span is not None and q.cue_span.slice(src) == q.cue
            if q.speaker_span is not None:
                assert q.speaker_span.slice(src) == q.speaker_text
        for p in a.participants:
            for m in p.mentions:
                assert m.span.slice(src) == m.text

    @settings(max_examples=200, deadline=None)
    @given(
        st.text(
            alphabet=st.sampled_from(list('"“”‘’«»„ ,.:;!?\nabcXYZ said told he she According to')),
            max_size=300,
        )
    )
    def test_never_raises(self, text: str) -> None:
        """Extraction on quote-heavy garbage never raises and keeps kinds valid."""
        a = parse(text)
        assert all(q.kind in QuoteKind for q in a.quotes)


class TestMemory:
    def test_extraction_leaves_no_reference_cycles(self) -> None:
        """The registry is released when the parts are built: what extraction made is
        freed by reference counting alone, with nothing left for the garbage collector
        (which would otherwise carry each article's registry into an older generation)."""
        text = (
            " date 2021-05-04 Council approves harbour plan\n\n"
            "OSLO, May 4 (Reuters) -- Harbour Minister Marta Lunde said on Tuesday that the "
            "ferry will resume next week.\n\n"
            '"We are ready," Lunde told reporters. The council, led by Jonas Berg, agreed.\n\n'
            '"It is a good day," Berg said, adding that work starts in June.\n'
        )
        parse(text)  # (imports and caches)
        enabled = gc.isenabled()
        gc.collect()
        gc.disable()
        try:
            article = parse(text)
            found = gc.collect()
        finally:
            if enabled:
                gc.enable()
        assert article.quotes and article.participants
        assert found == 0
