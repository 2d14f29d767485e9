"""Step 6: paragraphs + participants -> quotes.

Per body paragraph:

1. Quotation segments are found by pairing quotation marks (straight, curly, guillemets,
   ``„...“``, single quotes at top level, mismatched pairs); a paragraph that opens a
   quote and does not close it continues into the next paragraph when that one opens with
   a quotation mark.
2. Quoted text is masked, so cue words inside quotes are not read as attribution.
3. Each sentence is searched for a speech cue (``said``, ``told reporters``, ``called
   for``, ``according to``) and one of the attribution frames::

       CONTENT, SPEAKER CUE [adjunct].            "A," she said.
       CONTENT, CUE SPEAKER [, appositive].       "A," said Guo, ...
       [intro,] SPEAKER [, insertion,] CUE [that] CONTENT
       According to SPEAKER, CONTENT  |  CONTENT, according to SPEAKER.
       ..., adding that CONTENT                   (same speaker)

   Content inside quotation marks makes a direct quote; reported content with a quoted
   fragment a mixed one; otherwise indirect. ``"A," he said. "B."`` is one quote.
4. Speakers resolve to participants: names and aliases directly; ``he``/``she`` to the
   previous compatible speaker or person; ``it``/``the company``/``the statement`` to the
   latest organisation; ``the minister``/``the Brazilian`` by role or nationality; other
   noun phrases (``police``, ``analysts``) become participants of kind ``group``.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Sequence

from articlekit._mentions import Entity, Registry
from articlekit._names import (
    COMPANY_NOUNS,
    COUNTRIES,
    CUE_VERBS,
    DEMONYMS,
    GROUP_NOUNS,
    HONORIFICS,
    NAME_PARTICLES,
    ORG_NOUNS,
    PERSON_NOUNS,
    TITLE_WORDS,
)
from articlekit._sentences import sentence_bounds
from articlekit.models import ParticipantKind, QuoteKind, Span, _checked_span

__all__ = ["RawQuote", "find_quotes"]

# Enum members as module constants: reading ``ParticipantKind.PERSON`` goes through the
# enum class (about 100 ns on Python 3.11), a module global is read directly, and these
# are read for every mention the attribution looks at.
_PERSON = ParticipantKind.PERSON
_ORGANIZATION = ParticipantKind.ORGANIZATION
_GROUP = ParticipantKind.GROUP
_COUNTRY = ParticipantKind.COUNTRY
_DIRECT = QuoteKind.DIRECT
_INDIRECT = QuoteKind.INDIRECT
_MIXED = QuoteKind.MIXED

_OPEN_DOUBLE = "“„«‹"
_CLOSE_DOUBLE = "”»›"
_CUE_FORMS = sorted({f for forms in CUE_VERBS.values() for f in forms}, key=len, reverse=True)


#: A character trie: each key is the next character, ``""`` marks the end of a word.
_Trie = dict[str, "_Trie"]


def _trie_pattern(words: list[str]) -> str:
    """A regex alternation of *words* factored into a trie, preferring the longest word.

    ``said|says|saying`` becomes ``sa(?:id|y(?:ing|s))``: the regex engine then tries
    one branch per character instead of every word at every position. At each node the
    longer continuations come before the word ending there, so among the words that match
    at a position the longest whose lookahead holds wins, as with a length-sorted list.
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def pattern(node: _Trie) -> str:
        alts = [re.escape(ch) + pattern(sub) for ch, sub in sorted(node.items()) if ch]
        if "" in node and alts:
            alts.append("")  # the word ending here, after every longer one
        if len(alts) <= 1:
            return "".join(alts)
        return "(?:" + "|".join(alts) + ")"

    return pattern(trie)


#: Cues that name the source before or after the content (``according to X, ...``).
_ACCORDING = frozenset(
    {"according to", "as per", "selon", "según", "segundo", "secondo", "laut", "volgens"}
)
_CUE_TRIE = _trie_pattern(
    [*_CUE_FORMS] + [form for w in sorted(_ACCORDING) for form in (w[0].upper() + w[1:], w)]
)
#: A cue word, not inside a longer word.
_CUE = re.compile(r"(?<![\w'’-])" + _CUE_TRIE + r"(?![\w'’-])")
#: :data:`_CUE` split by the character before the cue (see :func:`_find_cue`): a space (a
#: literal first character: the regex engine jumps from space to space) ...
_CUE_SPACED = re.compile(" (" + _CUE_TRIE + r")(?![\w'’-])")
#: ... or another character that is no part of a word (first an ASCII class, which the
#: engine tests fast, then the exact Unicode test on the characters it lets through).
_CUE_OTHER = re.compile(r"[^ a-zA-Z0-9_'’-](?<=[^\w'’-])(" + _CUE_TRIE + r")(?![\w'’-])")


#: A stretch of text shorter than this is searched for a cue with :data:`_CUE` itself.
_CUE_SHORT = 80


def _find_cue(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The offsets of the first :data:`_CUE` match in ``text[lo:hi]``, as
    ``_CUE.search(text, lo, hi)`` would find it, about twice as fast.

    The two patterns each read the character before the cue (at ``lo - 1`` for a cue at
    ``lo``, as the look-behind of :data:`_CUE` does). No cue holds a space followed by
    the start of another cue, so a cue of :data:`_CUE_OTHER` before the first spaced cue
    ends before that cue's space: searching up to that space finds it unchanged.
    """
    if lo == 0 or hi - lo < _CUE_SHORT:
        # (at the start of the text, or in a short stretch, where one regex call costs
        # less than two)
        m = _CUE.search(text, lo, hi)
        return None if m is None else m.span()
    m = _CUE_SPACED.search(text, lo - 1, hi)
    other = _CUE_OTHER.search(text, lo - 1, hi if m is None else m.start())
    if other is not None:
        return other.span(1)
    return None if m is None else m.span(1)


#: Cue forms that are also common nouns or other verbs; they need a name or pronoun right before.
_WEAK_CUES = frozenset(
    [
        "states",
        "reports",
        "notes",
        "claims",
        "claim",
        "admit",
        "comments",
        "remarks",
        "mentions",
        "demands",
        "forecasts",
        "estimates",
        "promises",
        "welcomes",
        "expects",
        "continued",
        "posted",
        "agreed",
        "think",
        "thinks",
        "believed",
        "feels",
        "felt",
        "report",
        "forecast",
        "welcomed",
        "described",
        "describes",
        "indicated",
        "indicates",
        "point",
        "pointed",
        "expressed",
        "expresses",
    ]
)
#: Cues that attribute only a quotation right before them (``"...," he continued``).
_QUOTE_ONLY_CUES = frozenset({"continued", "blamed", "read", "reads", "went on"})
#: Cues that attribute a quotation or a that-clause, never a bare object (``Twitter
#: posted stronger earnings``, ``The PS detailed the plan``).
_QUOTE_OR_THAT_CUES = frozenset(
    # (and the plain forms, which also follow ``to`` and modals: ``experts warn that``,
    # not ``will warn residents about``)
    {"posted", "detailed", "warn", "argue", "insist", "believe", "urge", "suggest", "predict",
     "allege", "contend", "admit", "explain", "confirm", "acknowledge", "claim"}
)  # fmt: skip
#: Cues that state a view only with a ``that`` clause (``feels that``).
_THAT_ONLY_CUES = frozenset(
    {"feels", "felt", "ruled", "rules", "ordered", "directed", "resolved", "understands",
     "understood", "states", *CUE_VERBS["be optimistic"]}
)  # fmt: skip
#: Those that also give an instruction to someone (``ordered the firm to pay``).
_DIRECTIVE_CUES = frozenset({"ordered", "directed"})
#: What results and discoveries are reported as (``reported a 64% rise in net profit``,
#: ``announced the discovery of``): an object that states a finding, not an act.
_FINDING_OBJECT = re.compile(
    r"\s+(?:(?:an?|the|its|their|his|her)\s+)?(?:discovery|discoveries|finding|findings|find)\s+of\b"
    # a figure (``64%``, ``HK$8.61``, ``three``; not ``Covid-19``), then what it counts
    r"|(?=\s+(?:[^\s.;:]+\s+){0,5}?(?:[$€£¥]|[A-Z]{1,3}\$)?(?:\d|(?:one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\b))"
    r"(?=\s+(?:[^\s.;:]+\s+){0,6}?"
    r"(?:profits?|loss(?:es)?|rise|fall|drop|increase|decrease|revenues?|sales|growth|decline"
    r"|jump|surge|gain|earnings|income|deficit|surplus|turnover|cases|deaths|infections"
    r"|fatalities)\b)"
)
#: A frame closing the sentence after a comma (``, the ministry said``).
_LATER_FRAME = re.compile(
    r",\s+(?:[^,.;]{1,60}?\s)?(?:said|says|told|added|reported|announced|according to)\b"
)
#: The cues that report findings so.
_FINDING_CUES = frozenset({"reported", "reports", "announced", "announces"})
_THAT_NEXT = re.compile(r"\s+that\s")
#: ``que`` (``che``) right after a cue of a language that drops its subjects.
_QUE_NEXT = re.compile(r"\s+(?:que|che)\s")
#: Finite auxiliaries and modals: a clause has one of them (or a past form).
_FINITE_WORDS = "was|were|is|are|has|have|had|will|would|can|could|should|must|may|might"
#: A clause right after a cue (``felt his team were short``): a subject and a finite verb.
_CLAUSE_NEXT = re.compile(
    r"\s+(?:his|her|their|its|our|the|this|these|it|they|he|she|we)(?:\s+[\w'’-]+){0,3}?"
    rf"\s+(?:{_FINITE_WORDS})\b"
)
#: ``asked`` puts no question after these words (``when asked``, ``who asked``) or
#: before these (``asked about it``, ``asked not to be named``, ``asked for comment``).
_ASKED_BEFORE = re.compile(r"(?i:\b(?:when|if|after|being|who|was|were|been|once|as)\s+)$")
_ASKED_AFTER = re.compile(
    r"\s+(?:about\b|not\s+to\b|for\s+(?:comment|his|her|their|a\s+comment)\b|to\s+comment\b)"
)
#: ``what police said was``, ``which authorities initially said was``.
_WHAT_SAID = re.compile(r"\b(?:what|which|who)\s+((?:[\w'’-]+\s+){1,4}?)(?:[a-z]+ly\s+)?$")
_COPULA_AFTER = re.compile(r"\s+(?:was|is|were|are|had been|has been|would be|will be)\b")
_OF_NEXT = re.compile(r"\s+of\b")
_NOTHING_NEXT = re.compile(r"\s+(?:nothing|little)\b(?!\s+(?:but|except))")
#: A clause opening with a subject pronoun or determiner (``she would speak``).
_PRONOUN_CLAUSE = re.compile(
    r"\s+(?:(?:he|she|they|we|it|i|there|the|this|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{_FINITE_WORDS}|did|does|do|had|[a-z]+ed)|(?:[\w'’-]+\s+){{1,3}}(?:{_FINITE_WORDS}))\b"
)
#: A participle right after the cue, without a comma (``said welcoming the guests``).
_BARE_ING = re.compile(r"\s+[a-z]{2,}ing\b")
#: Cues after which such a participle is an adjunct (``said welcoming``), not an object
#: (``reported looting``).
_SAY_LIKE = frozenset("said says added adds told tells wrote writes".split())
#: ``after saying``, ``, before saying``: a past act of the clause's subject.
_AFTER_SAYING = re.compile(r"\b(?:after|before|while|when)\s+$")
#: ``the view that``, ``his hope that``: a noun of opinion and its that-clause.
_VIEW_THAT = re.compile(
    r"\s+(?:the|a|an|his|her|their|its|our)\s+(?:[a-z]+\s+)?(?:views?|concerns?|hopes?"
    r"|beliefs?|positions?|opinions?|claims?|fears?|sentiments?|assessments?|reports?"
    r"|allegations?|assurances?|suggestions?)\s+that\s"
)
#: Cues that reject something, reported as a statement only with a judgement or a
#: that-clause (``dismissed the claims as baseless``, ``rejected claims that``).
_REJECT_CUES = frozenset("rejected rejects dismissed dismisses".split())
_AS_JUDGEMENT = re.compile(r"\s+[^,.;:\"“”]{1,80}?\sas\s+(?:[a-z]|[\"“‘'])")
#: ``threatened to sue``, ``threatened that``: a threat put in words.
_THREAT_TO = re.compile(r"\s+(?:to\s+[a-z]|that\s|[^,.;]{1,40}?\sif\s)")
#: ``informed X about/of Y``: who was told what about, not what was said.
_INFORMED_ABOUT = re.compile(r"\s+[^,.;:\"“”]{1,60}?\s(?:about|of|on)\s")
#: ``questioned why``, ``questioned whether``: a doubt voiced.
_QUESTION_WH = re.compile(
    r"\s+(?:why|whether|how|if|what|that|the\s+(?:wisdom|need|logic|decision))\b"
)
#: ``called the delays "unacceptable"``: an object of up to five words, then a quotation.
_CALLED_QUOTE = re.compile(r"\s+(?:[\w'’-]+\s+){1,5}?[\"“‘'][^\"“”‘’']{2,60}[\"”’']")
#: What is claimed as a win or a toll, not in words (``claimed the prize``).
_CLAIMED_WIN = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|two|three|\d+)\s+)?(?:[\w-]+\s+)?(?:prizes?|titles?"
    r"|awards?|victory|victories|win|wins|lives|life|seats?|crown|medals?|trophy|gold|silver"
    r"|bronze|records?|honou?rs?)\b"
)
#: ``told`` followed by a preposition of place or time: a participle (``stories told out
#: of Auckland``, ``the story told in the film``).
_TOLD_PARTICIPLE = re.compile(r"\s+(?:out|by|in|at|from|during|after|before|since|through)\b")
_NEGATED = re.compile(r"(?:\b(?:neither|nor|never|not)|n['’]t)\s+$", re.I)
_PLEA = re.compile(r"\s+(?:not\s+)?(?:guilty|innocent|no\s+contest|the\s+fifth)\b", re.I)
#: ``called on X to ...``: an appeal, not a visit (``called on the family``) or a day.
_CALL_ON_CUES = frozenset({"called on", "calls on", "called upon", "calls upon"})
_APPEAL_TO = re.compile(
    r"\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[^,.;:\"“”]{1,80}?\sto\s+[a-z]"
)
#: Criticism cues: a quote only with its grounds (``slammed the council for delaying``).
_CRITICISM_CUES = frozenset(
    f
    for verb in (
        *"criticise slam blast berate lambaste rebuke chide scold castigate fault".split(),
        "lash out at",
        "hit out at",
        "take a swipe at",
    )
    for f in CUE_VERBS[verb]
)
#: ``the council for delaying``, ``officers and generals over their remarks``: an object,
#: then the grounds (three words at least).
_GROUNDS = re.compile(
    r"\s+[^,.;:\"“”]{1,80}?\s(?:for|over)\s+"
    # (the grounds: a gerund, a determiner or ``what``; not ``purchases for Venezuela``)
    r"(?=[a-z]+ing\b|(?:his|her|its|their|our|the|a|an|what|not|allegedly)\b)"
    # (``blasted the rock for two hours``: a duration, no grounds)
    r"(?!(?:\d+|an?|one|two|three|four|five|six|several|many|some)\s+(?:hours?|days?|weeks?"
    r"|months?|years?|minutes?|times)\b|(?:a|the)\s+(?:\w+\s+)?time\b)"
    r"(?:[\w'’“\"-]+\s+){2}\S"
)
#: Cues with a hearer before their that-clause (``assured Russia's leader that``).
_OBJECT_CUES = frozenset("assured told reminded informed warned promised".split())
_OBJECT_THAT = re.compile(r"\s+(?:[^\s,.;:\"“”]+\s+){0,5}?that\s")
#: A that-clause opening soon after a cue (``posted on Facebook that``).
_THAT_SOON = re.compile(r"[^.;,\"“”]{0,60}?\bthat\s")


class _Complement:
    """What must (or must not) follow a cue for it to frame a statement: one of *needs*
    matches after the cue (when there are any), and *refuses* does not, unless one of
    *unless* does."""

    __slots__ = ("needs", "refuses", "unless")

    def __init__(
        self,
        needs: tuple[re.Pattern[str], ...] = (),
        refuses: re.Pattern[str] | None = None,
        unless: tuple[re.Pattern[str], ...] = (),
    ) -> None:
        self.needs = needs
        self.refuses = refuses
        self.unless = unless

    def admits(self, masked: str, c1: int, s1: int) -> bool:
        """Whether what follows the cue ending at *c1* (up to *s1*) passes."""
        if self.needs and not any(p.match(masked, c1, s1) for p in self.needs):
            return False
        return (
            self.refuses is None
            or self.refuses.match(masked, c1, s1) is None
            or any(p.match(masked, c1, s1) for p in self.unless)
        )


def _complements() -> dict[str, _Complement]:
    """The cues that need a complement to state anything, with the rule for each."""
    that_only = _Complement(needs=(_THAT_NEXT, _CLAUSE_NEXT))  # ``felt the bridge shake``
    rules: list[tuple[Iterable[str], _Complement]] = [
        (_THAT_ONLY_CUES - _DIRECTIVE_CUES, that_only),
        # ``has directed all colleges to conduct ...``: an instruction, with its content
        (_DIRECTIVE_CUES, _Complement(needs=(_THAT_NEXT, _CLAUSE_NEXT, _APPEAL_TO))),
        # ``stories told out of Auckland``: a participle (not ``told in an interview that``)
        (("told",), _Complement(refuses=_TOLD_PARTICIPLE, unless=(_THAT_SOON,))),
        # ``informed the minister about the attack``: a briefing (not ``informed X that``)
        (("informed",), _Complement(refuses=_INFORMED_ABOUT, unless=(_THAT_SOON,))),
        (("threatened", "threatens"), _Complement(needs=(_THREAT_TO,))),  # ``threatened homes``
        (("questioned",), _Complement(needs=(_QUESTION_WH,))),  # ``questioned the suspect``
        (("called", "calls"), _Complement(needs=(_CALLED_QUOTE,))),  # ``called the police``
        # ``dismissed the employee``: only ``... as baseless`` or ``claims that``
        (_REJECT_CUES, _Complement(needs=(_THAT_SOON, _AS_JUDGEMENT))),
        (("expects",), _Complement(needs=(_THAT_NEXT, _APPEAL_TO))),  # ``expects a baby``
        # ``claimed the prize``, ``claimed the lives of``: a win or a toll
        (("claimed", "claims"), _Complement(refuses=_CLAIMED_WIN)),
        (("accused",), _Complement(refuses=_OF_NEXT)),  # ``a man accused of theft``
        (("pleaded",), _Complement(refuses=_PLEA)),  # ``pleaded guilty``
        (_CALL_ON_CUES, _Complement(needs=(_APPEAL_TO,))),  # ``called on the family``
        # ``acknowledges the airline for its ranking``: praise
        (("acknowledged", "acknowledges"), _Complement(refuses=_GROUNDS)),
        # ``slammed the door``, ``blasted the rock``: no grounds, no position
        (_CRITICISM_CUES, _Complement(needs=(_GROUNDS,))),
    ]
    return {cue: rule for cues, rule in rules for cue in cues}


#: :func:`_complements`, built once.
_COMPLEMENTS = _complements()
_TOLD_OBJ = re.compile(
    r"\s+(?:reporters|journalists|the media|the press|media|Xinhua|Reuters|AFP|AP|CNN|the BBC|"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,4}(?:briefing|conference|forum|meeting|station|audience|"
    r"crowd|newspaper|agency|committee|gathering|summit|reporters|journalists|radio|television"
    r"|council|court|parliament|assembly|senate|jury|nation|country|house|meeting|rally|"
    r"supporters|lawmakers|members|residents|delegates|students|audience)|"
    r"[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,3}|him|her|them|us|me"
    # ``told public radio``, ``told state television``: a broadcaster without an article
    r"|(?:[a-z]+\s+){0,2}(?:radio|television|TV|broadcaster|media|newspapers?|news\s+agency)\b"
    # ``told the daily Observer``, ``told the news agency Anadolu``: a named outlet
    r"|(?:the|a)\s+(?:[a-z][\w-]*\s+){0,3}[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,3}"
    # ``told local radio that``, ``told the court that``: a lower-case hearer before that
    r"|(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w-]*(?=\s+that\s))",
)
#: ``'s "Show Name" on Sunday that``: a programme of the hearer, up to ``that``.
_HEARER_SHOW = re.compile(r"['’]s\s[^.;]{1,80}?\bthat\s")
#: Words that open an adjunct after a cue. (Each is followed by ``\b``, so at most one
#: matches at a place and their order does not matter: they are factored into a trie.)
_ADJUNCT_WORDS = """on in at during after before by from with of last this earlier later late via
    while when as outside inside over through without under near ahead told standing holding
    speaking adding referring responding citing and but then also again recently previously
    yesterday today tonight Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
_ADJUNCT = re.compile(
    r"(?:[\s,]*" + _trie_pattern(_ADJUNCT_WORDS) + r"\b[^\"“”]*"
    # ``, Trend reports citing TASS``: an outlet's credit after the frame
    r"|\s*,\s*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}\s+(?:reports|reported)"
    r"(?:\s+citing\s+[^,.;\"“”]{1,40})?"
    # ``confirmed to reporters``: a hearer after ``to`` (not ``pledged to speed up``)
    r"|[\s,]*to\s+(?:reporters|journalists|the\s+(?:media|press)|[A-Z])[^\"“”]*"
    # ``, warning of charges``: a participle phrase (after a comma, or not: ``she said
    # welcoming the secretaries``)
    r"|\s*,\s*[a-z]{2,}ing\b[^\"“”]*"
    # (without the comma, no finite verb may follow: ``said granting bail will promote``
    # reports a clause)
    r"|\s+(?!(?:no|some|every|any)thing\b)[a-z]{2,}ing\b"
    rf"(?![^\"“”]*\b(?:{_FINITE_WORDS})\b)[^\"“”]*"
    r"|[\s,]*)[.!?…]*\s*$",
)
#: Adjunct words that open a phrase, not a clause (a finite verb after them is content's).
_PREPOSITION_ADJUNCTS = frozenset(
    "on in at during by from with of last this earlier later late via over through without"
    " under near ahead told yesterday today tonight monday tuesday wednesday thursday friday"
    " saturday sunday".split()
)
_THAT_CLAUSE = re.compile(rf"\bthat\b(?!\s+(?:{_FINITE_WORDS}|[a-z]+ed)\b)")
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whom|whose|where|when)\b")
_ADJUNCT_FIRST = re.compile(r"[\s,]*(\w+)")
_FINITE = re.compile(rf"\b(?:{_FINITE_WORDS})\b")
_INTRO = re.compile(
    r"\s*(?:[A-Z][a-z]+ing\b|In\b|At\b|For\b|When\b|After\b|Before\b|During\b|On\b|Asked\b|"
    r"Meanwhile\b|However\b|Regarding\b|As\b|While\b|Among\b|Despite\b|Later\b|Earlier\b|Also\b|"
    r"Separately\b|Still\b|Instead\b|But\b|And\b|Yet\b|Since\b|Under\b|With\b|Without\b|Upon\b|"
    r"Once\b|Although\b|Though\b|If\b|Because\b|Given\b|Like\b|Unlike\b|Ahead\b|Amid\b|"
    r"Following\b|Throughout\b|Against\b|Besides\b|Beyond\b|Near\b|Outside\b|Inside\b|"
    r"Over\b|Through\b|Across\b|Along\b|Around\b|Between\b|Behind\b|Within\b|By\b|"
    r"From\b|To\b|Until\b|Toward\b|Towards\b|Apart\b|Aside\b|Thanks\b|Due\b)"
)
_CONJ = re.compile(r"\s*(?:and|but|while|as|so|yet|because|although|though|whereas|then)\s+", re.I)
#: The letters :data:`_CONJ` words open with, in any case (``ſ`` matches ``s``).
_CONJ_FIRST = frozenset("abstwyABSTWYſ")
#: Participles that report speech after a comma only with a that-clause.
_THAT_PARTICIPLES = frozenset(
    "mentioning stressing warning explaining insisting arguing claiming emphasizing"
    " emphasising".split()
)
_ADDING = re.compile(
    r",\s*(?:adding|saying|noting|(?:mentioning|stressing|warning|explaining|insisting|arguing"
    r"|claiming|emphasi[sz]ing)(?=\s+that\b))\b"
    # ``"...," the president said and added that ...``: a second act of the speaker
    r"|\s+and\s+(?:also\s+)?(?:added|noted|stressed|said)\b",
    re.I,
)
#: A further attribution after a quotation's frame: ``, adding``, ``said adding that``,
#: ``reiterated and said that``.
_FURTHER = re.compile(
    _ADDING.pattern + r"|\s(?:adding|noting|mentioning|stressing|warning)\s+that\b"
    r"|\s(?:and|but)\s+(?:said|added|noted|stressed|warned|insisted)"
    r"(?:\s+that\b|(?=\s+(?:he|she|they|we|it|there|this)\s)"
    # (``... and said operations were unaffected``: a clause with its own subject)
    rf"|(?=\s+(?:[\w'’-]+\s+){{1,3}}(?:{_FINITE_WORDS})\b))"
    # ``said C and urged people to ...``: a second act of the same speaker
    r"|\s(?:and|but)\s+(?:also\s+)?(?:urged|called\s+for|called\s+on|threatened|vowed"
    r"|pledged|appealed|demanded|criticised|criticized|accused)\s"
    rf"|\sand\s+(?:{'|'.join(sorted(_OBJECT_CUES))})" + _OBJECT_THAT.pattern,
    re.I,
)
_PRONOUNS = {"he": "male", "she": "female", "they": None, "it": None}
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
#: Subject pronouns of the other languages of the cue table, as the English ones
#: (``zij``, ``ze`` and ``sie`` are also plural, but a speaker is mostly one woman; ``Ella``,
#: ``Elle``, ``Lui`` and ``Lei`` are left out: they are also names).
_FOREIGN_PRONOUNS = {
    "hij": "he", "zij": "she", "ze": "she", "er": "he", "sie": "she", "il": "he",
    "él": "he", "ele": "he", "ela": "she",
}  # fmt: skip
_DET = re.compile(
    r"^(?:the|a|an|its|his|her|their|our|el|la|los|las|o|os|as|le|les|il|lo|der|die|das)\s+",
    re.I,
)
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][\w\-'’]*")
#: ``Whitcombe's office``: a possessive right after a name.
_POSSESSIVE = re.compile(r"['’]s?\s+\w")
#: What :data:`_POSSESSIVE` opens with (tested before the regex).
_APOSTROPHES = ("'", "’")
_DEFINITE = re.compile(
    r"(?:the|its|his|her|their|el|la|los|las|o|os|as|le|les|il|lo|der|die|das)\s", re.I
)
#: The letters the words of :data:`_DET` and :data:`_DEFINITE` open with, in any case
#: (``ı`` and ``İ`` match ``i`` when case is ignored).
_DET_FIRST = frozenset("ahitoeldAHITOELDıİ")
_COMMA_END = re.compile(r",\s*$")
#: ``"CONTENT," according to X``: the comma may sit inside the closing mark.
_COMMA_QUOTE_END = re.compile(r",[\"”’»']?\s*$")
_AND_BUT = re.compile(r"\s+(?:and|but)\s")
_FIRST_WORD = re.compile(r"\s*\w+")
#: ``said Prime Minister X (pix)``: a photo pointer closing a speaker phrase.
_PHOTO_POINTER = re.compile(r"\s*\([^()]{1,20}\)\s*$")
#: Only space, perhaps around one parenthesis.
_PAREN_ONLY = re.compile(r"\s*(?:\([^)]*\))?\s*")


class RawQuote:
    """A quote under construction, with its speaker entity."""

    __slots__ = (
        "cue",
        "cue_span",
        "entity",
        "kind",
        "paragraph",
        "pieces",
        "speaker_span",
        "speaker_text",
    )

    def __init__(
        self,
        *,
        kind: QuoteKind,
        pieces: list[tuple[int, int]],
        cue: str | None,
        cue_span: Span | None,
        entity: Entity | None,
        speaker_text: str | None,
        speaker_span: Span | None,
        paragraph: int,
    ) -> None:
        self.kind = kind
        #: Content pieces as source offsets, in order.
        self.pieces = pieces
        self.cue = cue
        self.cue_span = cue_span
        self.entity = entity
        self.speaker_text = speaker_text
        self.speaker_span = speaker_span
        self.paragraph = paragraph


class _Segment:
    """A quoted stretch: offsets of its marks (``close`` is None when unclosed)."""

    __slots__ = ("close", "end", "mismatched", "open", "used")

    def __init__(self, open_: int, close: int | None, end: int) -> None:
        self.open = open_
        self.close = close
        #: Offset just past the closing mark (or the paragraph end).
        self.end = end
        self.used = False
        #: Whether the closing mark does not pair with the opening one (``"...”``).
        self.mismatched = False

    @property
    def inner(self) -> tuple[int, int]:
        """Offsets of the quoted text without its marks."""
        return self.open + 1, (self.close if self.close is not None else self.end)


#: Opening and closing marks that belong together.
_PAIRS = frozenset(
    {("“", "”"), ("„", "“"), ("„", "”"), ("«", "»"), ("‹", "›"), ('"', '"'), ("‘", "’"),
     ("'", "'"), ("`", "'"), ("‘", "'"), ("”", "”"), ("»", "«")}
)  # fmt: skip
_NOT_NEWLINE = re.compile(r"[^\n]")
_MARKS = re.compile("[\"“”„«»‹›‘’'`]")
#: The marks :func:`_segments` acts on: ``’`` neither opens nor closes a double quotation
#: there (single quotations are closed by :func:`_single_close`), so apostrophes in
#: ``it’s`` are not visited at all.
_SEGMENT_MARKS = re.compile("[\"“”„«»‹›‘'`]")
#: How far a single quotation mark looks for its closing mark.
_SINGLE_REACH = 600


#: ``,’ said``: punctuation, a single closing mark, a cue.
_SINGLE_BEFORE_CUE = re.compile(
    r"[,.!?]’(?=\s+(?:said|says|added|adds|told|noted|explained|continued|stressed|insisted"
    r"|asked|replied)\b)"
)
#: A short attribution frame that ends the paragraph (``he added.``, ``Coyle said.``).
_FRAME_TO_END = re.compile(
    r"(?:he|she|they|we|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:said|says|added|adds|told"
    r"|noted|explained|continued|stressed|insisted|asked|replied)\b[^\"“”]{0,40}$"
)


def _segments(text: str, base: int, marks: Sequence[int] | None = None) -> _SegList:
    """Pair the quotation marks of one paragraph; return speech segments (2+ words).

    Only the quotation marks are visited (a regex jumps between them), so the cost is
    linear in the text, however many marks it holds. *marks* are the offsets in *text*
    of the ``_SEGMENT_MARKS`` matches, when the caller has found them already.
    """
    out = _SegList()
    n = len(text)
    opener = ""
    start = -1
    skip_to = -1

    def keep(a: int, close: int | None, end: int) -> None:
        inner = text[a + 1 : close if close is not None else end]
        if " " in inner.strip():
            seg = _Segment(base + a, None if close is None else base + close, base + end)
            seg.mismatched = close is not None and (text[a], text[close]) not in _PAIRS
            out.append(seg)

    if marks is None:
        marks = [m.start() for m in _SEGMENT_MARKS.finditer(text)]
    for i in marks:
        if i < skip_to:
            continue
        c = text[i]
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if not opener:
            if (
                c in _OPEN_DOUBLE
                or (c == '"' and not nxt.isspace())
                # ``" Now, we have come ...," he said.``: a straight mark opening the
                # paragraph, with a stray space after it
                or (c == '"' and i == 0 and nxt == " " and text[i + 2 : i + 3].isalnum())
                or (c == "”" and (prev.isspace() or prev in "([—–-") and nxt.isalnum())
            ):
                opener, start = c, i
            elif c in "‘'`" and (prev.isspace() or prev in '([—–-"') and nxt.isalnum():
                close = _single_close(text, i + 1)
                if close is not None:
                    keep(i, close, close + 1)
                    skip_to = close + 1
        else:
            closes = (
                c in _CLOSE_DOUBLE
                or c == '"'
                or (c == "“" and opener == "„")
                or (c == "“" and not nxt.isalnum() and not prev.isspace())
            )
            if c in '"“' and prev.isspace() and nxt.isalnum():
                # ``... moving forward, “he added.``: a mark set the wrong way round before
                # a closing frame still closes; anywhere else it opens a new quotation
                closes = _FRAME_TO_END.match(text, i + 1) is not None
            if closes:
                keep(start, i, i + 1)
                opener = ""
            elif c in _OPEN_DOUBLE and c != "„" and prev.isspace() and opener in "“«‹":
                # a new opening mark before the old one closed: the old one was never closed
                keep(start, None, i)
                opener, start = c, i
    if opener:
        # ``“... from here,’ said the pacer.``: a single closing mark after punctuation,
        # right before a cue, closes a double quotation left open
        single = _SINGLE_BEFORE_CUE.search(text, start + 1) if opener in '"“' else None
        if single is not None:
            keep(start, single.start() + 1, single.end())
        else:
            keep(start, None, n)
    out.opens = [s.open for s in out]
    return out


def _segment_marks(text: str) -> list[int]:
    """The offsets of the ``_SEGMENT_MARKS`` matches in *text* (each one character), found
    with ``str.find`` for each mark: faster than the regex over a whole article, which has
    few marks."""
    out: list[int] = []
    for mark in _SEGMENT_MARK_CHARS:
        i = text.find(mark)
        while i >= 0:
            out.append(i)
            i = text.find(mark, i + 1)
    out.sort()
    return out


#: The characters of :data:`_SEGMENT_MARKS`.
_SEGMENT_MARK_CHARS = "\"“”„«»‹›‘'`"


class _SegList(list[_Segment]):
    """A paragraph's segments with their opening offsets (set once complete), for
    bisection."""

    __slots__ = ("opens",)
    opens: list[int]


def _opens(segs: list[_Segment]) -> list[int]:
    """The opening offsets of *segs* (kept on a :class:`_SegList`)."""
    return segs.opens if isinstance(segs, _SegList) else [s.open for s in segs]


def _closes_at(segs: list[_Segment], i: int) -> bool:
    """Whether a quotation closes with the mark at *i* (``,’ said``)."""
    return any(s.close == i for s in segs)


def _unquoted_words(source: str, inside: list[_Segment], b: int) -> int:
    """Words between and after the quotations *inside*, up to *b* (``suggested "A" needs
    to be "B" to explain``: 5)."""
    n = sum(len(_WORD.findall(source, x.end, y.open)) for x, y in itertools.pairwise(inside))
    return n + len(_WORD.findall(source, inside[-1].end, b))


def _whole_quotation(segs: list[_Segment], a: int, b: int) -> bool:
    """Whether ``[a, b)`` is one closed quotation (``"No,"``): short, but still speech."""
    return any(
        s.close is not None and s.end >= b - 1 and s.inner[1] - s.inner[0] >= 2
        for s in _opening_in(segs, a, a + 1)
    )


def _opening_in(segs: list[_Segment], lo: int, hi: int) -> list[_Segment]:
    """The segments whose opening mark lies in ``[lo, hi)``, found by bisection."""
    opens = _opens(segs)
    i = bisect.bisect_left(opens, lo)
    j = bisect.bisect_left(opens, hi, i)
    return segs[i:j]


def _single_close(text: str, i: int) -> int | None:
    """The closing single quotation mark for an opening one before *i*, if near."""
    n = min(len(text), i + _SINGLE_REACH)
    for m in _MARKS.finditer(text, i, n):
        k = m.start()
        c = text[k]
        if c in "’'" and not text[k - 1].isspace():
            nxt = text[k + 1] if k + 1 < len(text) else " "
            if not nxt.isalnum():
                return k
        elif c in '"“”':
            return None
    return None


def _masked(source: str, segs: list[_Segment]) -> str:
    """The source with quoted text replaced by ``x`` (``X`` for a leading capital).

    Final punctuation inside the marks is kept, so sentence ends after quotes are still
    seen, and so are line breaks; cues inside quotes are hidden from attribution.
    """
    out: list[str] = []
    last = 0
    for seg in segs:
        a, b = seg.inner
        if a < last:
            continue
        keep = b - 1 if b - 1 >= a and source[b - 1] in ".!?,;:…" else b
        out.append(source[last:a])
        if keep > a:
            inner = source[a:keep]
            first = "X" if inner[0].isupper() else "x"
            body = _NOT_NEWLINE.sub("x", inner[1:]) if "\n" in inner else "x" * (len(inner) - 1)
            out.append(first + body)
        last = keep
    out.append(source[last:])
    masked = "".join(out)
    if "(" in masked:
        # ``Minister Azmin Ali (pix) said``: a photo pointer between a name and its cue
        masked = _blank_pointers(masked)
    return masked


def _blank_pointers(masked: str) -> str:
    """``_POINTER_BEFORE_CUE.sub`` with spaces as long as each match, tried only at the
    parentheses: a match is a white space character and the ``(`` after it (and holds
    no other ``(``, so matches found this way do not overlap either)."""
    out: list[str] = []
    last = 0
    i = masked.find("(", 1)
    while i >= 0:
        m = _POINTER_BEFORE_CUE.match(masked, i - 1)
        if m is not None:
            out.append(masked[last : i - 1])
            out.append(" " * (m.end() - m.start()))
            last = m.end()
        i = masked.find("(", i + 1)
    if not out:
        return masked
    out.append(masked[last:])
    return "".join(out)


#: A parenthesis that points at a photo (``(pix)``, ``(pictured)``, ``(left)``), followed
#: by more text.
_POINTER_BEFORE_CUE = re.compile(
    r"\s\((?:pix|pic|pictured|photo|left|right|centre|center|above|below|inset|file)\)"
    r"(?=\s|,)",
    re.I,
)


class _State:
    """Discourse state while walking the article."""

    def __init__(self, reg: Registry) -> None:
        self.reg = reg
        self.last_speaker: Entity | None = None
        #: Where the last attributed quote ends (its content or its speaker).
        self.last_end = -1
        self.groups: dict[str, Entity] = {}
        #: The groups by the head noun of their names, in the order made (see
        #: :func:`_groups_by_head`); None until first needed.
        self.group_heads: dict[str, list[Entity]] | None = None
        #: The source with quoted text masked; set by :func:`find_quotes`.
        self.masked = reg.source
        #: All mentions of the registry in order, and their start offsets (see
        #: :func:`_mentions_in`); None when they must be read again.
        self.mentions: list[tuple[int, int, Entity]] = []
        self.mention_starts: list[int] | None = None


def _groups_by_head(st: _State) -> dict[str, list[Entity]]:
    """The groups by the head noun of their names (:func:`_head_noun`), made from the
    registry when first needed and kept up to date by :func:`_resolve`, which makes the
    groups found while quoting: a lookup instead of a walk over every participant."""
    if st.group_heads is None:
        st.group_heads = {}
        for e in st.reg.entities:
            if e.kind is _GROUP:
                st.group_heads.setdefault(_head_noun(e.name.lower().split()), []).append(e)
    return st.group_heads


def _mentions_in(st: _State, start: int, end: int) -> list[tuple[int, int, Entity]]:
    """``st.reg.mentions_in(start, end)``, cut from a copy of all the registry's mentions.

    The copy is read once and again only after :func:`_add_mention` (the only way this
    module adds mentions), so a lookup is two bisections and a slice.
    """
    starts = st.mention_starts
    if starts is None:
        st.mentions = st.reg.mentions_in(0, len(st.reg.source) + 1)
        starts = st.mention_starts = [m[0] for m in st.mentions]
    i = bisect.bisect_left(starts, start)
    return st.mentions[i : bisect.bisect_left(starts, end, i)]


def _add_mention(st: _State, ent: Entity, start: int, end: int) -> None:
    """Record a mention in the registry and in the copy of :func:`_mentions_in`.

    ``Registry.mention`` changes at most the mention starting at *start*: the copy takes
    that one over.
    """
    reg = st.reg
    reg.mention(ent, start, end)
    starts = st.mention_starts
    if starts is None:
        return
    at = reg.at.get(start)
    if at is None:
        return
    i = bisect.bisect_left(starts, start)
    if i < len(starts) and starts[i] == start:
        st.mentions[i] = (start, *at)
    else:
        starts.insert(i, start)
        st.mentions.insert(i, (start, *at))


def _is_pronoun(word: str) -> bool:
    low = word.lower()
    return low in _PRONOUNS or low in _FOREIGN_PRONOUNS


def _compatible(ent: Entity, gender: str | None) -> bool:
    return gender is None or ent.gender is None or ent.gender == gender


def _last_outside(st: _State, ent: Entity, before: int) -> int:
    """The latest mention of *ent* before *before* that is not inside a quotation."""
    src, masked = st.reg.source, st.masked
    i = bisect.bisect_left(ent.starts, before) - 1
    for _ in range(20):
        if i < 0:
            break
        p = ent.starts[i]
        if masked[p] == src[p]:
            return p
        i -= 1
    return -1


#: A verb right after a name: the name is the subject of a sentence.
_SUBJECT_VERB = re.compile(
    r"\s+(?:has|had|have|is|was|will|would|also|then|later|on\s+\w+day|[a-z]{3,}(?:ed|s))\b"
)


def _newer_subject(st: _State, ent: Entity | None, before: int) -> Entity | None:
    """*ent*, the person mentioned last before *before*, if it has been the subject of a
    sentence since the last quote (``Mr. X has commended the government.``), for a
    pronoun after it; None otherwise."""
    if st.last_end < 0 or ent is None or ent is st.last_speaker:
        return None
    pos = _last_outside(st, ent, before)
    if pos < st.last_end:
        return None
    end = next((e for s, e, x in _mentions_in(st, pos, pos + 120) if s == pos and x is ent), -1)
    if end < 0 or _SUBJECT_VERB.match(st.masked, end) is None:
        return None
    # (at the start of a sentence or after a comma: not the object of something)
    k = pos
    while k > 0 and st.masked[k - 1] in " \t":
        k -= 1
    lead = st.masked[max(0, k - 40) : pos]
    return ent if (k == 0 or st.masked[k - 1] in '.!?\n,;"”' or _LEAD_TITLES.search(lead)) else None


#: Titles and determiners that may stand between a sentence start and a subject name.
_LEAD_TITLES = re.compile(r"(?:^|[.!?\n,;]\s*)(?:(?:the|[A-Z][\w.'’-]*)\s+){1,6}$")


def _latest(
    st: _State, before: int, kinds: tuple[ParticipantKind, ...], gender: str | None = None
) -> Entity | None:
    """The entity of these kinds mentioned last before *before*, outside quotations.

    A pronoun after a quote points to its speaker, not to someone the quote names.
    """
    best: Entity | None = None
    best_pos = -1
    # (entities mentioned at one place are one: the order they are tried in decides no tie)
    pool = st.reg.persons if kinds == (_PERSON,) else st.reg.entities
    for ent in pool:
        if ent.kind not in kinds or not _compatible(ent, gender):
            continue
        pos = _last_outside(st, ent, before)
        if pos > best_pos:
            best, best_pos = ent, pos
    return best


def _resolve(st: _State, text: str, start: int, end: int) -> Entity | None:
    """Resolve the speaker words ``source[start:end]`` to an entity (creating groups)."""
    reg = st.reg
    src = reg.source
    words = _WORD.findall(text)
    if not words:
        return None
    # a named mention inside the phrase; a person before an organisation
    # (``Organising Committee President Seiko Hashimoto``)
    named: list[Entity] = []
    for _s, e, ent in reg.mentions_in(max(0, start - 100), start):
        if e >= end and ent.kind is _ORGANIZATION:
            # ``Geophysical and Astronomical Services Administration``: the end of a name
            # that began before the comma part (``Philippine Atmospheric, ...``)
            return ent
    inside = _mentions_in(st, start, end)
    for k, (_s, e, ent) in enumerate(inside):
        if ent.kind is _COUNTRY:
            continue
        if (
            src[e : e + 1] in _APOSTROPHES
            and _POSSESSIVE.match(src, e, end)
            and ent.kind is _PERSON
        ):
            if any(x[2].kind is _PERSON for x in inside[k + 1 :]):
                continue  # ``Trump's spokesman Sean Spicer``: the person named after
            # ``Whitcombe's office``: a group named after the person
            break
        named.append(ent)
    if named:
        people = [e for e in named if e.kind is _PERSON]
        if people:
            return people[0]
        titled = _POSSESSIVE_HEAD.search(text)
        if titled is not None and (
            (t := titled.group(1).lower()) in TITLE_WORDS or t in PERSON_NOUNS
        ):
            # ``the Star Alliance member's CEO``: the person who holds the title, else
            # an unnamed person named as written (not the organisation)
            holder = _title_holder(st, t, start)
            if holder is not None:
                return holder
            named = []
    if named:
        low = [w.lower() for w in words]
        if not (
            (_head_noun(low) in PERSON_NOUNS and low[0] in ("a", "an", "the", "one"))
            or _group_as_written(text)
        ):
            return named[0]
        # ``a spokesman for the Joint Task Force``: an unnamed person, named as written
    first = words[0].lower()
    if len(words) == 1:
        first = _FOREIGN_PRONOUNS.get(first, first)  # ``Ze zei dat ...``: she
    if len(words) == 1 and first in _PRONOUNS:
        gender = _PRONOUNS[first]
        if first in ("he", "she"):
            last = st.last_speaker
            # (the latest person: the newer-subject test and the fallback both need it)
            latest = _latest(st, start, (_PERSON,), gender)
            newer = _newer_subject(st, latest, start)
            if newer is not None:
                last = newer  # ``X has commended ... . He said``: the person since the quote
            if last is not None and (
                (last.kind is _PERSON and _compatible(last, gender))
                # ``a spokesman for the task force said ... he added``
                or (last.kind is _GROUP and _head_noun(last.name.lower().split()) in PERSON_NOUNS)
                # ``said Dhoni ... he added``: a lone name the pronoun shows to be a person's
                or (last.kind is _GROUP and _lone_name(last.name))
            ):
                ent = last
                if ent.kind is _GROUP and _lone_name(ent.name):
                    reg.make_person(ent)
            else:
                ent = latest  # type: ignore[assignment]
            if ent is not None and ent.gender is None and gender:
                ent.gender = gender
            return ent
        if first == "it":
            last = st.last_speaker
            if last is not None and last.kind is _ORGANIZATION:
                return last
            return _org_anaphor(st, "company", start)
        last = st.last_speaker
        if last is not None and last.kind in (_GROUP, _ORGANIZATION):
            return last
        return None
    stripped = text.strip()
    # (both regexes need a determiner first: most phrases open with another letter)
    if stripped[:1] in _DET_FIRST:
        bare = _DET.sub("", stripped)
        definite = _DEFINITE.match(stripped) is not None
    else:
        bare, definite = stripped, False
    country_lead = _COUNTRY_POSSESSIVE.match(stripped) if not definite else None
    if country_lead is not None and country_lead.group(1).lower() in COUNTRIES:
        rest = stripped[country_lead.end() :]
        rest_head = _head_noun([w.lower() for w in _WORD.findall(rest)])
        if rest_head in PERSON_NOUNS or rest_head in TITLE_WORDS:
            # ``Congo's minister of health``: a title, as definite as ``the minister``
            # (``Venezuela's state television`` stays the outlet named as written)
            bare, definite = rest, True
    bare_words = [w.lower() for w in _WORD.findall(bare)]
    head = _head_noun(bare_words)
    if "-" in head and head not in PERSON_NOUNS:
        tail = head.rsplit("-", 1)[1]
        if tail in PERSON_NOUNS or tail in TITLE_WORDS:
            head = tail  # ``o vice-ministro``: a minister's title
    # ``the CM``, ``the PM``: a title by its initials stands for the title
    title = _TITLE_INITIALS.get(head) if definite and len(bare_words) == 1 else None
    if title is not None:
        bare_words = title.split()
        head = bare_words[-1]
    # ``the company``, ``the statement``: the latest organisation (naming that noun first);
    # a document also as ``a (written) statement said``
    if (
        (
            definite
            or (
                head in _DOCUMENT_NOUNS
                and stripped[:2].lower() in ("a ", "an")
                and len(bare_words) <= 2
            )
        )
        and head in ORG_NOUNS
        and (
            len(bare_words) == 1
            # ``the Oslo-based carmaker``, ``the state-owned company``
            or (
                len(bare_words) <= 3
                and all(
                    w.endswith(_MODIFIER_ENDS) or w in _ANAPHOR_MODIFIERS for w in bare_words[:-1]
                )
            )
            # ``the real-estate developer``, ``the property firm``: a company by its trade
            or (
                head in COMPANY_NOUNS
                and len(bare_words) <= 3
                and all(
                    w.replace("-", "").isalpha()
                    and w not in _OTHER_MODIFIERS
                    and w not in TITLE_WORDS  # (``the health group``: another body)
                    for w in bare_words[:-1]
                )
            )
        )
    ):
        org = _org_anaphor(st, head, start)
        if org is not None:
            return org
    if definite and head in _ISSUED_NOUNS and len(bare_words) <= 2:
        # ``Prayut Chan-ocha declared the emergency decree ... The announcement said``:
        # with no organisation to issue it, the person who spoke or was named last
        issuer = _org_anaphor(st, head, start) if head in ORG_NOUNS else None
        if issuer is None:
            last = st.last_speaker
            issuer = last if last is not None else _latest(st, start, (_PERSON,))
        if issuer is not None:
            return issuer
    # ``the 29-year-old``: the person the text is about, as with a pronoun
    if definite and _AGE_NP.fullmatch(stripped):
        last = st.last_speaker
        if last is not None and last.kind is _PERSON:
            return last
        return _latest(st, start, (_PERSON,))
    # ``the Crown Prince of Abu Dhabi``: a role some person was given, word for word
    if definite and len(bare_words) > 2:
        bare_low = " ".join(bare.lower().split())
        for holder in reg.persons:
            if (
                holder.kind is _PERSON
                and 0 <= holder.first_mention() < start
                and any(_ROLE_ARTICLE.sub("", r.lower()) == bare_low for r in holder.roles)
            ):
                return holder
    # ``the minister``, ``the Brazilian``, ``the Russian official`` (``his chief of
    # staff`` is someone else's: no title reference)
    if (
        definite
        and (
            not stripped.lower().startswith(("his ", "her ", "their ", "its "))
            or head in HONORIFICS  # ``His Highness`` is a title of address
        )
        # (``the president of the Law and Justice party``: the title before its ``of``)
        and len(bare_words) - len(_of_tail(bare_words)) <= 4
        and (head in PERSON_NOUNS or head in DEMONYMS or head in TITLE_WORDS or head in HONORIFICS)
    ):
        cands = [e for e in reg.entities if e.kind is _PERSON and 0 <= e.first_mention() < start]
        head_of_state = _HEAD_OF_STATE.search(" ".join(bare_words)) is not None
        role_hits = [
            e
            for e in cands
            # ``la mandataria``, ``the head of state``: the president
            if (head_of_state and any(_PRESIDENT_ROLE.search(r) for r in e.roles))
            or any(
                (
                    # (every word of ``health minister`` in the role, not only the head)
                    all(w in r.lower() for w in bare_words if w not in _TITLE_FILLERS)
                    if title is None
                    else title in r.lower()
                )
                or (head in DEMONYMS and DEMONYMS[head] in r.lower())
                for r in e.roles
            )
            or any(w in DEMONYMS and DEMONYMS[w] in " ".join(e.roles).lower() for w in bare_words)
        ]
        last = st.last_speaker
        if role_hits:
            if last is not None and last in role_hits:
                return last
            return max(role_hits, key=lambda e: _last_outside(st, e, start))
        if last is not None and last in cands:
            return last  # ``the official`` after that person's quote
        if not cands and len(bare_words) == 1:
            # ``according to a health ministry official`` / ``The official added``: the
            # unnamed speaker already quoted by that noun
            same = [
                e
                for e in _groups_by_head(st).get(head, ())
                if e.kind is _GROUP and 0 <= e.first_mention() < start
            ]
            if same:
                return last if last in same else same[-1]
        if head in DEMONYMS and cands:
            # ``the Brazilian``: the person just mentioned
            return max(cands, key=lambda e: _last_outside(st, e, start))
        if not cands and head not in DEMONYMS and (len(bare_words) > 1 or head in TITLE_WORDS):
            # ``Congo's minister of health says ...`` in a lead, and ``Health Minister Oly
            # Ilunga said`` just after: the person the title introduces
            ahead = _title_ahead(reg, bare_words, start)
            core = bare_words[: len(bare_words) - len(_of_tail(bare_words))]
            if ahead is None and core != bare_words and len(core) <= 3:
                # ``The chief executive of Europe's No.2 copper miner said``: the title
                # itself, up to its first preposition
                ahead = _title_ahead(reg, core, start)
            if ahead is not None:
                return ahead
        # otherwise an unnamed official, named as written (below)
    elif (
        definite
        and head in TITLE_WORDS
        and not stripped.lower().startswith(("his ", "her ", "their ", "its "))
        and not any(e.kind is _PERSON and 0 <= e.first_mention() < start for e in reg.entities)
    ):
        # ``The chief executive of Europe's No.2 copper miner said`` before ``Herbert
        # Wirth, its chief executive``: the title itself, up to its first preposition
        core = list(itertools.takewhile(lambda w: w not in _PREPOSITIONS, bare_words))
        ahead = _title_ahead(reg, core, start) if 0 < len(core) <= 3 else None
        if ahead is not None:
            return ahead
    # a named organisation in an appositive: ``its operator, Terminales del Sur``
    m = _NAME_TAIL.search(text)
    described = m is not None and _ORG_DESCRIPTOR.search(text, 0, m.start(1)) is not None
    if m and ("," in text or described):
        name = m.group(1)
        ent = reg.find_org(name) or reg.entity(_ORGANIZATION, name)
        _add_mention(st, ent, start + m.start(1), start + m.end(1))
        return ent
    if _PARTICLE_NAME.fullmatch(stripped) and not stripped.lower().startswith(_GERMAN_ARTICLES):
        # (``das Unternehmen``: a German noun after its article, no particle name)
        # ``dela Rosa told reporters``, ``van der Berg said``: a name opening with a particle
        person = reg.find_person(stripped.split()) or reg.entity(_PERSON, stripped)
        at = start + text.find(stripped)
        _add_mention(st, person, at, at + len(stripped))
        return person
    if (
        (head in _SPOKES or (head in TITLE_WORDS and head in PERSON_NOUNS))
        and stripped[:2].lower() in ("a ", "an")
        and not any(e.kind is _PERSON for e in named)
    ):
        # ``a foreign ministry spokeswoman said`` before ``spokeswoman Maria Zakharova``,
        # ``a Bank Indonesia deputy governor`` before ``Deputy Governor X``
        ahead = _title_ahead(reg, [head], start)
        if ahead is not None:
            return ahead
    if _SPEAKER_HEADS.isdisjoint(bare_words) and not text[:1].isupper():
        return None
    name = _GROUP_TAIL.sub("", text.strip())
    if name.lower().startswith("the "):
        name = name[4:]
    key = name.lower()
    group = st.groups.get(key)
    if group is None:
        kind = (
            _ORGANIZATION
            if head in ORG_NOUNS and head not in GROUP_NOUNS and head not in PERSON_NOUNS
            else _GROUP
        )
        group = reg.entity(kind, name)
        st.groups[key] = group
        if kind is _GROUP and st.group_heads is not None:
            st.group_heads.setdefault(_head_noun(name.lower().split()), []).append(group)
    off = text.find(name)
    _add_mention(st, group, start + max(off, 0), start + max(off, 0) + len(name))
    return group


#: A possessive before the last word of a phrase (``the airline's CEO``).
_POSSESSIVE_HEAD = re.compile(r"['’]s\s+(?:[a-z-]+\s+)?([\w-]+)\s*$")


def _title_holder(st: _State, title: str, start: int) -> Entity | None:
    """``X's CEO``, ``the ministry's spokesman``: the person whose roles hold *title*
    (the one quoted last, else the latest), or the first named with it just after."""
    reg = st.reg
    holders = [
        e
        for e in reg.persons
        if 0 <= e.first_mention() < start and any(title in r.lower().split() for r in e.roles)
    ]
    if holders:
        last = st.last_speaker
        return last if last in holders else max(holders, key=lambda e: _last_outside(st, e, start))
    return _title_ahead(reg, [title], start)


#: Titles that stand for a country's president (``la jefa de Estado``, ``el mandatario``).
_HEAD_OF_STATE = re.compile(
    r"\b(?:head of state|jef[ea] de estado|chef de l'état|chefe de estado|capo dello stato"
    r"|staatsoberhaupt|mandatari[oa])\b",
    re.I,
)
#: A president's role, in the languages of the cue table.
_PRESIDENT_ROLE = re.compile(r"(?i)\bpr[eäé]sident")


def _of_tail(words: list[str]) -> list[str]:
    """The words of a title from its first preposition on (``of the ... party``)."""
    for i, w in enumerate(words):
        if w in _PREPOSITIONS and i:
            return words[i:]
    return []


#: Speakers for others, whom a page may name a little later.
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
#: Documents someone issues in their own name (a study or a ruling is not one).
_ISSUED_NOUNS = frozenset(
    "statement announcement declaration decree proclamation notice notification order "
    "directive circular letter release communique communiqué".split()
)


#: German articles that are name particles only after ``van``/``von``.
_GERMAN_ARTICLES = ("der ", "das ", "den ", "die ", "dem ")
#: ``dela Rosa``, ``van der Berg``: particles, then one or two capitalised words.
_PARTICLE_NAME = re.compile(
    "(?:(?:"
    + "|".join(sorted(NAME_PARTICLES - {"y", "e", "bin", "ibn", "al", "el"} | {"ten"}))
    + r")\s+)+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
)
#: ``Congo's`` opening a title (``Congo's minister of health``).
_COUNTRY_POSSESSIVE = re.compile(r"([A-Z][\w.-]*)['’]s\s+(?=[a-z])")
#: How far ahead (characters) a title may introduce the person it names.
_TITLE_AHEAD = 600


def _title_ahead(reg: Registry, bare_words: list[str], start: int) -> Entity | None:
    """The first person named within ``_TITLE_AHEAD`` characters after *start* whose
    roles hold every word of the title *bare_words* (``minister``, ``health``)."""
    words = [w for w in bare_words if w not in _TITLE_FILLERS]
    best: Entity | None = None
    for e in reg.entities:
        first = e.first_mention()
        if (
            e.kind is _PERSON
            and start < first <= start + _TITLE_AHEAD
            and (best is None or first < best.first_mention())
            and any(all(w in r.lower() for w in words) for r in e.roles)
        ):
            best = e
    return best


#: Modifiers that make the company another one (``the rival firm``).
_OTHER_MODIFIERS = frozenset(
    "rival other parent former new foreign another sister partner competing smaller larger"
    " bigger".split()
)
#: Endings of modifiers before an organisation noun that leave it an anaphor.
_ANAPHOR_MODIFIERS = frozenset(
    "top apex highest supreme main national federal local regional central state same"
    " written joint separate brief short official emailed earlier later latest new".split()
)
_MODIFIER_ENDS = ("-based", "-owned", "-listed", "-run", "-backed", "-controlled", "-born")
#: Words of a title reference that need not be in the role (``the former minister``).
_TITLE_FILLERS = frozenset("former new top senior then current acting of the".split())
_ROLE_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
#: Titles written by their initials (``the CM said``), lower case.
_TITLE_INITIALS = {
    "cm": "chief minister", "pm": "prime minister", "ceo": "chief executive",
    "cfo": "chief financial officer", "coo": "chief operating officer", "ps": "principal secretary",
    "cs": "cabinet secretary", "dg": "director general", "md": "managing director",
    "cj": "chief justice", "gm": "general manager", "ig": "inspector general",
}  # fmt: skip
#: Time adverbials and verbs that trail a group subject (``officials on Thursday``).
_GROUP_TAIL = re.compile(
    r"\s+(?:on|last|this|earlier|later|also|recently|yesterday|today|have|has|had|were|was|"
    r"will|would|previously)\b.*$",
    re.S,
)
_PREPOSITIONS = frozenset(["of", "for", "at", "with", "from", "in", "on", "by", "to", "about"])


def _head_noun(words: list[str], *, foreign: bool = True) -> str:
    """The head of a noun phrase: the last word before a preposition (of English only,
    unless *foreign*)."""
    for i, w in enumerate(words):
        if i > 0 and (w in _PREPOSITIONS or (foreign and w in _FOREIGN_PREPOSITIONS)):
            return words[i - 1]
    return words[-1] if words else ""


#: Nouns for documents that speak for whoever issued them (``according to the report``).
_DOCUMENT_NOUNS = frozenset(
    "statement report study survey paper website platform letter release communique "
    "communiqué notice post tweet filing memo document bulletin readout transcript order "
    "ruling verdict judgment judgement announcement declaration decree proclamation advisory "
    "directive circular notification charter manifesto resolution petition indictment "
    "affidavit".split()
)


def _plural(noun: str) -> str:
    """The regular plural of *noun* (``forecasters``, ``agencies``, ``coaches``)."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    return noun + "s"


#: Head nouns that can name a speaker: people, groups, organisations, titles, documents.
_SPEAKER_HEADS = (
    GROUP_NOUNS
    | PERSON_NOUNS
    | ORG_NOUNS
    | TITLE_WORDS
    | _DOCUMENT_NOUNS
    # (not organisation nouns: ``minister in the presidency X`` is a person)
    | frozenset(("presidency", "palace", "prosecution", "defence", "defense", "bench"))
    # the plurals of role and organisation nouns (``Weather forecasters said``), not of
    # documents (``amid reports claiming ...`` names no source)
    | frozenset(
        _plural(w) for w in PERSON_NOUNS | ORG_NOUNS if w.isalpha() and w not in _DOCUMENT_NOUNS
    )
)
_COMPANY_WORDS = frozenset(
    [
        "corp",
        "corp.",
        "inc",
        "inc.",
        "ltd",
        "ltd.",
        "llc",
        "plc",
        "gmbh",
        "ag",
        "sa",
        "co",
        "co.",
        "group",
        "holdings",
    ]
)


def _org_anaphor(st: _State, noun: str, start: int) -> Entity | None:
    """Resolve ``the company``, ``the ministry``, ``the report``, ``it`` to an organisation.

    Preference: an organisation whose name contains the noun; for a document noun, the
    organisation named where the document was last mentioned; for a business noun, one
    described as a business (``payments startup X``, ``X Corp``); then the previous
    speaker if an organisation; then the latest organisation mentioned.
    """
    reg = st.reg
    orgs = [e for e in reg.entities if e.kind is _ORGANIZATION and 0 <= e.first_mention() < start]
    if not orgs:
        return None
    last = st.last_speaker if st.last_speaker in orgs else None

    def latest(pool: list[Entity]) -> Entity:
        return max(pool, key=lambda e: e.last_mention(start))

    named = [e for e in orgs if noun in e.name.lower()]
    if named:
        return last if last in named else latest(named)
    if noun in _DOCUMENT_NOUNS:
        src = reg.source
        k = src.rfind(noun, 0, max(0, start - 1))
        while k >= 0 and not (k == 0 or not src[k - 1].isalnum()):
            k = src.rfind(noun, 0, k)
        if k >= 0:
            s0 = max(src.rfind(".", 0, k), src.rfind("\n", 0, k)) + 1
            near = [ent for _s, _e, ent in _mentions_in(st, s0, k) if ent.kind is _ORGANIZATION]
            if near:
                return near[-1]
    if noun in COMPANY_NOUNS:
        business = [
            e
            for e in orgs
            if any(w in COMPANY_NOUNS for r in e.roles for w in r.lower().split())
            or any(t.lower() in _COMPANY_WORDS for t in e.tokens)
        ]
        if business:
            return last if last in business else latest(business)
    return last if last is not None else latest(orgs)


#: A capitalised name closing a phrase (``its operator, Terminales del Sur``).
_NAME_TAIL = re.compile(
    r"([A-Z][\w\-'’]*(?:\s+(?:[A-Z][\w\-'’]*|del|de|di|da|la|le|of|and|y|für))*)\s*$"
)
#: A business noun right before a name: ``state oil company Aramco``.
_ORG_DESCRIPTOR = re.compile(
    r"\b(?:company|firm|startup|operator|maker|manufacturer|producer|group|carrier|lender|"
    r"retailer|developer|supplier|agency|bank|giant|conglomerate|broadcaster|airline)\s+$"
)


def _split_parts(masked: str, a: int, b: int) -> list[tuple[int, int]]:
    """Split ``masked[a:b]`` at top-level commas and quotation marks (not ``2,000``)."""
    out: list[tuple[int, int]] = []
    depth = 0
    s = a
    n = len(masked)
    # visit only brackets, separators and dashes (a regex jumps between them)
    for m in _PART_CHARS.finditer(masked, a, b):
        i = m.start()
        c = masked[i]
        if c in _PART_DASHES:
            # a spaced dash (``(?<=\s)[—–-]{1,2}(?=\s)`` of :data:`_PART_MARKS`) separates
            # like a comma: ``X – the company's CEO – said``; others are word hyphens
            if i == 0 or not masked[i - 1].isspace():
                continue  # (the second dash of a pair too: a dash comes before it)
            j = i + 1
            if j < b and masked[j] in _PART_DASHES:
                j += 1
            if j >= b or not masked[j].isspace():
                continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            if c == "," and 0 < i < n - 1 and masked[i - 1].isdigit() and masked[i + 1].isdigit():
                continue
            # blank parts are dropped, except the last one (a part opening with a
            # non-space character is not blank; ``isspace`` of a part that holds one
            # stops there, as ``_NON_SPACE`` would)
            if s < i and (not masked[s].isspace() or not masked[s:i].isspace()):
                out.append((s, i))
            s = i + 1
    out.append((s, b))
    return out


#: What :func:`_split_parts` looks at: brackets and top-level separators, a spaced dash
#: among them. (The function visits every :data:`_PART_CHARS` and tests a dash for the
#: spaces itself: a pattern that opens with one class is scanned much faster.)
_PART_MARKS = re.compile('[(),;:”»"“«]|(?<=\\s)[—–-]{1,2}(?=\\s)')
_PART_CHARS = re.compile('[(),;:”»"“«—–-]')
_PART_DASHES = "—–-"
_NON_SPACE = re.compile(r"\S")
#: A part that opens a non-restrictive relative clause (``, who asked not to be named,``)
#: or a participle phrase (``, reflecting the manifesto,``).
#: A sentence going on after a frame set inside it (``, is safe``): a comma, lower case.
_GOES_ON = re.compile(
    r"(?:\s+(?:on|in|at|last|this|yesterday|today|earlier|later)\b[^,;.\"“”]{0,30})?"
    r"\s*,\s*(?=[a-z])(?!(?:and|but|adding|saying|noting|who|which)\b)"
)
_AGE_PART = re.compile(r"\s*(?:1[01]\d|[1-9]\d?)\s*")
_INSERTED_CLAUSE = re.compile(r"\s*(?:who|whose|whom|[a-z]{2,}ing)\s")


def _np_bounds(masked: str, a: int, b: int) -> tuple[int, int]:
    """Trim a speaker phrase: whitespace, quote marks, leading conjunctions."""
    while a < b and (masked[a].isspace() or masked[a] in "\"“”‘’'-—–,*•·▪●"):
        a += 1
    while b > a and (masked[b - 1].isspace() or masked[b - 1] in "\"“”‘’'-—–,.!?"):
        b -= 1
    # (a conjunction opens with one of a few letters; ``ſ`` folds to ``s``)
    if a < b and masked[a] in _CONJ_FIRST:
        m = _CONJ.match(masked, a, b)
        if m and m.end() < b:
            a = m.end()
    # ``the statement further read``: an adverb between the speaker and the cue
    space = masked.rfind(" ", a, b)
    if space > a and masked[space + 1 : b].lower() in _CUE_ADVERBS:
        b = space
        while b > a and masked[b - 1].isspace():
            b -= 1
    return a, b


#: Adverbs that stand between a speaker and the cue.
_CUE_ADVERBS = frozenset(
    "further also later again then now once still separately earlier recently previously "
    "too likewise meanwhile subsequently repeatedly reportedly".split()
)


#: ``the 29-year-old``, ``the 45 year old veteran``: a person by age.
_AGE_NP = re.compile(r"(?i:the|a|an)\s+(?:[a-z]+\s+)?\d{1,3}[- ]years?[- ]old(?:\s+[a-z]+)?")


@functools.lru_cache(maxsize=4096)
def _plausible_np(text: str) -> bool:
    """Whether *text* can name a speaker: a name, a pronoun or a role/group noun phrase.

    (A test of the words alone, asked again and again of the same phrases: cached.)
    """
    words = _WORD.findall(text)
    n = len(words)
    if not 0 < n <= 12:
        return False
    # (the tests of the first word come before the test for quoted words: a lone pronoun
    # or a word of _NOT_SUBJECT is no quoted word, and with more words both say False)
    if _AGE_NP.fullmatch(text.strip()):
        return True  # ``the 29-year-old``
    first = words[0].lower()
    if len(first) > 1 and words[0].isupper():
        first = words[0]  # an acronym (``WHO spokesman``) is no pronoun
    if first in _PRONOUNS:
        return n == 1
    if first in _NOT_SUBJECT or (n == 1 and first in _LABEL_WORDS):
        return False
    # quoted text (masked as ``xxxx``); such a word has two x's in a row, a cheap first test
    if ("xx" in text or "Xx" in text or "XX" in text or "xX" in text) and any(
        len(w) > 3 and w.lower() == "x" * len(w) for w in words
    ):
        return False
    low = [w.lower() for w in words]
    if not _VERBISH.isdisjoint(low):
        return False
    # the head noun (see _head_noun), articles left out: the last word before a
    # preposition, or the last word
    bare = [w for w in low if w not in _ARTICLES]
    # the head with the prepositions of every language (``el jefe de Estado``), and with
    # English ones only (``le commandant de la Police``: ``police``)
    head = _head_noun(bare)
    english = _head_noun(bare, foreign=False)
    if (
        head in _SPEAKER_HEADS
        or english in _SPEAKER_HEADS
        # ``vice-ministro``, ``ex-president``: the title after the hyphen
        or ("-" in head and head.rsplit("-", 1)[1] in _SPEAKER_HEADS)
    ):
        return True
    # (every word opens with a letter: ``w[0]`` is its first character)
    k = n
    while k > 0 and words[k - 1][0].isupper():
        k -= 1
    if k == 0:
        return True  # all capitalised: a name
    # a descriptor, then a name: ``state oil company Aramco``
    if k < n and low[k - 1] in _SPEAKER_HEADS and n <= 8:
        return True
    # a name, perhaps after role words: ``union leader Anna de Vries``, ``Downing Street``
    # (the capitalised words from *k* on pass; at least one capital is needed)
    for i in range(k):
        if not (
            words[i][0].isupper()
            or low[i] in _NAME_GLUE
            or low[i] in _ROLE_LIKE
            or low[i].endswith(("'s", "’s"))  # ``the country's Foreign Minister X``
        ):
            return False
    return k < n or any(w[0].isupper() for w in words)


_ARTICLES = frozenset(
    # (and those of the other languages of the cue table)
    "the a an el la los las un una o os as um uma le les un une il lo gli der die das den"
    " dem ein eine het een".split()
)
#: Prepositions after a head noun in those languages (``el jefe de Estado``).
_FOREIGN_PREPOSITIONS = frozenset(
    "de del da do dos das des du di della dello degli von vom van".split()
)
_ROLE_LIKE = (
    PERSON_NOUNS
    | GROUP_NOUNS
    | ORG_NOUNS
    | TITLE_WORDS
    | frozenset("the a an its his her their former new senior top local state national".split())
)
_NAME_GLUE = NAME_PARTICLES | {"of", "for", "and", "ten"}


#: Page labels that look like a capitalised subject (``Updated: ... said``).
_LABEL_WORDS = frozenset(
    "updated published posted source photo photos video watch read related file image".split()
)
_NOT_SUBJECT = frozenset(
    [
        "on",
        "in",
        "at",
        "during",
        "after",
        "before",
        "by",
        "from",
        "with",
        "for",
        "to",
        "last",
        "this",
        "earlier",
        "later",
        "that",
        "which",
        "who",
        "there",
        "here",
        "what",
        "when",
        "where",
        "why",
        "how",
        "if",
        "whether",
        "not",
        "no",
    ]
)
_VERBISH = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
    ]
)
#: ``that`` after a cue, perhaps after an adjunct or a noun of feeling. (Each word list is
#: followed by ``\b``, so at most one word matches at a place and their order does not
#: matter: they are factored into tries.)
_THAT_LEAD = re.compile(
    r"\s*(?:"
    + _trie_pattern(
        """on in at during after before by from with for last this earlier late later outside
        inside via over through to told dans lors en durante tras em no na nel nella im am
        bei auf""".split()
    )
    + r"\b[^,;:\"“”]{0,60}?|(?:(?:the|its|his|her|their|our)\s+)?"
    + _trie_pattern(
        """frustration confidence concern hope hopes regret satisfaction optimism doubt doubts
        fear fears worries belief conviction surprise disappointment""".split()
    )
    + r"\b)?\s*\b"
    + _trie_pattern("that que dass che dat că".split())
    + r"\b",
    re.I,
)
#: A noun after a counted participle (``43 confirmed cases``, ``12 reported deaths``):
#: a word that opens no clause or object phrase.
_COUNTED_NOUN = re.compile(
    r"\s+(?!(?:that|the|a|an|its|his|her|their|on|in|at|to|by|for|with|from|of|as|about)\b)"
    r"[a-z][a-z-]*\b"
)
#: A determiner or possessive right before (a cue). Only ever tested for a match, so the
#: words are factored into a trie (fewer branches to try at each position).
_DETERMINER_WORDS = tuple(
    "the a an this that such these those its their his her our my your".split()
)
_DETERMINER_END = re.compile(
    r"(?:\b(?i:" + _trie_pattern(list(_DETERMINER_WORDS)) + r")|['’]s)\s*$"
)
#: A bare time adverbial right after a cue: ``said Friday it asked ...``.
_ABOUT_LEAD = re.compile(r"\s+(?:about|of)\s")
_TIME_LEAD = re.compile(
    r"\s*(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight"
    r"|last\s+(?:week|month|year|night)|earlier\s+(?:this|on)\s+\w+"
    r"|earlier\s+in\s+the\s+(?:week|month|year|day)|earlier|previously)\b,?(?=\s+[\"“a-zA-Z])"
)
#: Content that starts with a verb: the cue was parenthetical (``a person they say lured``).
#: ``stated this when ...``, ``disclosed this on Monday``: right after a cue, content that
#: points back.
_BACK_REFERENCE = re.compile(
    r"\s+(?:this|these|so)(?:\s+(?:when|while|at|in|during|on|as|after|before|yesterday"
    r"|today|through|via|to)\b|\s*[.,;]|\s*$)"
)
#: A participle phrase opening a sentence before its subject (``Speaking at a media
#: conference, ...``).
_INTRO_PARTICIPLE = re.compile(
    r"\s*(?:Speaking|Addressing|Talking|Responding|Writing|Commenting|Reacting|Briefing"
    r"|Appearing|Testifying)\b[^,]*$"
)
#: A time after a cue (``said this weekend``), which adjuncts alone may follow.
_THIS_TIME = re.compile(
    r"\s+(?:this|last)\s+(?:week|weekend|morning|afternoon|evening|month|year)\b"
)
_VERB_START = re.compile(
    # (participles that mostly qualify a noun opening a clause are left out: ``said
    # adjusted earnings totalled``, ``said confirmed cases rose``)
    r"\s*(?:(?!(?:adjusted|estimated|expected|revised|combined|consolidated|audited"
    r"|unaudited|increased|reduced|improved|detained|injured|armed|elected|registered"
    r"|confirmed|reported|unemployed|displaced|affected|infected|vaccinated|listed|proposed"
    r"|planned|recorded|projected|forecasted|undisclosed|unidentified|suspected)\b)[a-z]+ed"
    r"|is|are|was|were|has|have|had|will|would)\b"
)


def _content_after(masked: str, cue_end: int, stop: int, cue: str) -> int:
    """Where reported content starts after a cue: past ``told <object>``, adjuncts, ``that``."""
    i = cue_end
    if cue.lower() in _OBJECT_CUES and not cue.lower().startswith("told"):
        m = _OBJECT_THAT.match(masked, i, stop)
        if m:
            return m.end()  # ``promised residents that C``: past the hearer and ``that``
    if cue.lower().startswith(("told", "tells")):
        m = _TOLD_OBJ.match(masked, i, stop)
        if m and _TOLD_TO.match(masked, m.end(), stop) is None:
            i = m.end()
            show = _HEARER_SHOW.match(masked, i, stop)
            if show:
                i = show.end()  # ``told CNN's "State of the Union" on Sunday that``
    m = _TIME_LEAD.match(masked, i, stop)
    if m:
        i = m.end()
    if cue.lower().startswith("complain"):
        m = _ABOUT_LEAD.match(masked, i, stop)
        if m:
            i = m.end()  # ``complains about not having a pension``: what about
    m = _THAT_LEAD.match(masked, i, stop)
    if m:
        i = m.end()
    while i < stop and (masked[i].isspace() or masked[i] in ",:…"):
        i += 1
    if masked.startswith("...", i):
        # ``also warned..."Hurricane Florence will ..."``: an ellipsis leads like a colon
        i += 3
        while i < stop and masked[i].isspace():
            i += 1
    return i


def _trim(src: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (src[a].isspace() or src[a] in ",;:—–-*•·▪●"):
        a += 1
    while b > a and (src[b - 1].isspace() or src[b - 1] in ",;:—–-"):
        b -= 1
    return a, b


def _trim_ws(src: str, a: int, b: int) -> tuple[int, int]:
    """Trim whitespace only: quoted fragments keep their own punctuation."""
    while a < b and src[a].isspace():
        a += 1
    while b > a and src[b - 1].isspace():
        b -= 1
    return a, b


def _kind_of(segs: list[_Segment], a: int, b: int) -> tuple[QuoteKind, list[_Segment]]:
    """Direct, mixed or indirect content ``[a, b)``, and the quote segments inside it."""
    if not segs:
        return _INDIRECT, []
    opens = _opens(segs)
    lo = bisect.bisect_left(opens, a)
    hi = bisect.bisect_left(opens, b, lo)
    # the segments opening inside, after one that opens before and reaches in
    inside = segs[lo - 1 : hi] if lo > 0 and segs[lo - 1].end > a else segs[lo:hi]
    if not inside:
        return _INDIRECT, []
    if inside[0].open <= a + 1:
        return _DIRECT, inside
    return _MIXED, inside


class QuoteIssue:
    """A damaged quotation found while pairing marks: what and where."""

    __slots__ = ("code", "end", "start")

    def __init__(self, code: str, start: int, end: int) -> None:
        self.code = code
        self.start = start
        self.end = end


def _quote_issues(
    all_segs: list[list[_Segment]], paragraphs: list[tuple[int, Span]], issues: list[QuoteIssue]
) -> None:
    for k, segs in enumerate(all_segs):
        for seg in segs:
            if seg.mismatched and seg.close is not None:
                issues.append(QuoteIssue("mismatched-quotes", seg.open, seg.close + 1))
            if seg.close is None:
                nxt = all_segs[k + 1] if k + 1 < len(all_segs) else []
                start = paragraphs[k + 1][1].start if k + 1 < len(paragraphs) else -1
                continued = bool(nxt) and nxt[0].open in (start, start - 1)
                if not (continued and seg is segs[-1]):
                    issues.append(QuoteIssue("unclosed-quote", seg.open, seg.open + 1))


_TRANSCRIPT = re.compile(
    r"((?:[A-Z][\w'’.\-]*[ \t]+){0,3}[A-Z][\w'’.\-]*)[ \t]*:[ \t]+(?=[\"“A-Z0-9])"
)


_ANSWER = re.compile(r"(?:A|Answer)\s*:\s+(?=\S)")


def _transcript(st: _State, source: str, span: Span, index: int) -> RawQuote | None:
    """``Name: what they said`` opening a paragraph, where Name is a known person; in a
    briefing transcript, ``A: ...`` is the answer of the spokesperson the page names."""
    if source.find(":", span.start, span.end) < 0:
        return None  # both forms need a colon
    answer = _ANSWER.match(source, span.start, span.end)
    if answer is not None and span.end - answer.end() >= 40:
        spokes = [
            e
            for e in st.reg.entities
            if e.kind is _PERSON
            and 0 <= e.first_mention() < span.start
            and any("spokes" in r.lower() for r in e.roles)
        ]
        if spokes:
            spokesperson = max(spokes, key=lambda e: _last_outside(st, e, span.start))
            return _uncued(source, answer.end(), span.end, spokesperson, None, index)
    m = _TRANSCRIPT.match(source, span.start, span.end)
    if m is None or span.end - m.end() < 40:
        return None
    name = m.group(1)
    ent = next(
        (e for _s, _e, e in _mentions_in(st, m.start(1), m.end(1)) if e.kind is _PERSON),
        None,
    ) or st.reg.find_person(name.split())
    if ent is None or ent.kind is not _PERSON:
        return None
    return _uncued(source, m.end(), span.end, ent, (name, Span(m.start(1), m.end(1))), index)


#: Marks around a whole transcript answer (``„...“`` closes with ``“``).
_OPEN_MARKS = frozenset('"' + _OPEN_DOUBLE)
_CLOSE_MARKS = frozenset('"“' + _CLOSE_DOUBLE)


def _uncued(
    source: str,
    start: int,
    end: int,
    entity: Entity,
    speaker: tuple[str, Span] | None,
    index: int,
) -> RawQuote:
    """A direct quote without a cue: the rest of a transcript paragraph from ``start``."""
    a, b = _trim_ws(source, start, end)
    if b - a > 2 and source[a] in _OPEN_MARKS and source[b - 1] in _CLOSE_MARKS:
        a, b = a + 1, b - 1  # ``X: "..."``: the quotation marks are not content
    elif b - a > 3 and source[a] in _OPEN_MARKS and source[b - 2] in _CLOSE_MARKS:
        a, b = a + 1, b - 2  # ``X: "...".``
    return _cueless([(a, b)], entity, speaker, index)


def _cueless(
    pieces: list[tuple[int, int]],
    entity: Entity,
    speaker: tuple[str, Span] | None,
    index: int,
) -> RawQuote:
    """A direct quote of *pieces* that no cue frames, spoken by *entity*; *speaker* is the
    name that credits it, if any (``Hou:``, ``— Hou, mayor``)."""
    return RawQuote(
        kind=_DIRECT,
        pieces=pieces,
        cue=None,
        cue_span=None,
        entity=entity,
        speaker_text=speaker[0] if speaker else None,
        speaker_span=speaker[1] if speaker else None,
        paragraph=index,
    )


def find_quotes(
    source: str,
    paragraphs: list[tuple[int, Span]],
    reg: Registry,
    issues: list[QuoteIssue] | None = None,
) -> list[RawQuote]:
    """Find attributed speech in the given (paragraph index, text span) pairs.

    Quotation marks that never close (and do not continue into the next paragraph) and
    pairs of marks that do not match are appended to *issues* when given.
    """
    st = _State(reg)
    quotes: list[RawQuote] = []
    open_quote: RawQuote | None = None
    all_segs: list[list[_Segment]] = []
    # Where the quotation marks are, found in one pass: a paragraph without any (most
    # are) needs no pairing.
    marks = _segment_marks(source)
    n_marks = len(marks)
    for _index, span in paragraphs:
        start, end = span.start, span.end
        k = bisect.bisect_left(marks, start)
        if k < n_marks and marks[k] < end:
            # (the pattern is one character class: the offsets in the paragraph are those
            # found in the whole source)
            inside = [i - start for i in marks[k : bisect.bisect_left(marks, end, k)]]
            all_segs.append(_segments(source[start:end], start, inside))
        else:
            no_segs = _SegList()
            no_segs.opens = []
            all_segs.append(no_segs)
    _carry_unmarked(source, paragraphs, all_segs)
    masked = _masked(source, [seg for segs in all_segs for seg in segs])
    # the speaker of the previous paragraph's last quote, and cue-less quotation
    # paragraphs waiting for a speaker
    prev_entity: Entity | None = None
    pending: list[tuple[int, list[_Segment]]] = []
    st.masked = masked
    if issues is not None:
        _quote_issues(all_segs, paragraphs, issues)
    # paragraphs that open a quotation and leave it open, waiting for the paragraph
    # where it closes and is attributed (``"A ...`` / ``"B," she said.``)
    waiting: list[tuple[int, _Segment]] = []
    # the speaker quoted right before such a run: if no cue claims the run, it goes on
    # that speaker's words (``"A," X told LCTV.`` / ``"B ...`` / ``"C."``)
    waiting_owner: Entity | None = None
    prev_plain: tuple[int, Span] | None = None

    def flush(last: _Segment | None = None) -> None:
        if waiting and waiting_owner is not None:
            run = [w for _i, w in waiting] + ([last] if last is not None else [])
            quotes.append(_quotation_only(source, run, waiting_owner, waiting[0][0]))

    for (index, span), segs in zip(paragraphs, all_segs, strict=True):
        carried = bool(segs) and segs[0].open in (span.start, span.start - 1)
        if not carried:
            flush()
            waiting = []
        # continuation of a quote left open in the previous paragraph
        if open_quote is not None and carried:
            seg = segs[0]
            seg.used = True
            a, b = seg.inner
            open_quote.pieces.append(_trim_ws(source, a, b))
            open_quote = open_quote if seg.close is None else None
        else:
            open_quote = None
        transcript = _transcript(st, source, span, index)
        if transcript is not None:
            # ``Zhao Lijian: The summit reached ...``: a question-and-answer block
            quotes.append(transcript)
            st.last_speaker = transcript.entity
            open_quote = None
            prev_entity, pending = transcript.entity, []
            continue
        para_quotes = _paragraph_quotes(st, source, masked, span, segs, index)
        if ", so d" in masked[span.start : span.end]:
            para_quotes.extend(_so_credits(st, source, masked, span, segs, index, para_quotes))
        if not para_quotes and prev_plain is not None and prev_plain[0] == index - 1 and not segs:
            credited = _dash_said(st, source, masked, span, prev_plain)
            if credited is not None:
                para_quotes = [credited]
                # speech reported inside the credited words is theirs (``they warn that``)
                quotes[:] = [q for q in quotes if q.paragraph != prev_plain[0]]
        # the previous paragraph, when it holds no quotation mark (the content of a ``—
        # said X`` line after it)
        prev_plain = (index, span) if not segs else None
        if not para_quotes and segs and segs[-1].close is not None and not segs[-1].used:
            credited = _dash_credit(st, source, span, segs, index)
            if credited is not None:
                para_quotes = [credited]
        quotes.extend(para_quotes)
        if (
            waiting
            and para_quotes
            and para_quotes[0].kind is _DIRECT
            and para_quotes[0].pieces[0] == _trim_ws(source, *segs[0].inner)
        ):
            # the quotation that opened paragraphs before is attributed here
            lead = para_quotes[0]
            lead.pieces[:0] = [_trim_ws(source, *w.inner) for _i, w in waiting]
            lead.paragraph = waiting[0][0]
            for _i, w in waiting:
                w.used = True
            waiting = []
        elif (
            not para_quotes
            and len(segs) == 1
            and segs[0].close is None
            and segs[0].open in (span.start, span.start - 1)
            and not segs[0].used
        ):
            if not waiting:
                waiting_owner = prev_entity if segs[0].open == span.start else None
            waiting.append((index, segs[0]))
        else:
            if (
                waiting
                and not para_quotes
                and carried
                and segs[0].close is not None
                and not segs[0].used
            ):
                flush(segs[0])  # the run closes here, with no cue of its own
            else:
                flush()
            waiting = []
        # A paragraph that is nothing but a quotation, with no cue of its own, continues
        # the speaker quoted in the paragraph before; a run of them that leads into a
        # quotation with a cue (``"...," Kibicho warned.``) belongs to that speaker.
        pure = not para_quotes and _pure_quotation(source, span, segs)
        if pure and prev_entity is not None:
            quotes.append(_quotation_only(source, segs, prev_entity, index))
        elif pure:
            pending.append((index, segs))
            continue
        elif para_quotes and pending and para_quotes[0].pieces[0][0] <= span.start + 1:
            lead = para_quotes[0]
            if lead.kind is _DIRECT and lead.entity is not None:
                for p_index, p_segs in pending:
                    quotes.append(_quotation_only(source, p_segs, lead.entity, p_index))
        pending = []
        prev_entity = para_quotes[-1].entity if para_quotes else quotes[-1].entity if pure else None
        if (
            prev_entity is None
            and not para_quotes
            and masked[span.start : span.end].rstrip()[-1:] in (":", "：")
        ):
            # ``Al-Khater told Al Jazeera, Monday:`` / ``"..."``: the next paragraph's words
            prev_entity = _colon_speaker(st, source, masked, span)
        if para_quotes and segs:
            _join_segments(source, segs, para_quotes, quotes, index)
        last_seg = segs[-1] if segs else None
        if last_seg is not None and last_seg.close is None:
            owner = next(
                (
                    q
                    for q in reversed(quotes)
                    if q.pieces and q.pieces[-1][1] >= last_seg.inner[1] - 1
                ),
                None,
            )
            if owner is None and open_quote is not None:
                owner = open_quote
            open_quote = owner
    flush()
    _pronouns_before_names(st, quotes)
    _descriptions_named(st, quotes)
    return quotes


#: Lower-case words inside an organisation's proper name.
_NAME_CONNECTORS = frozenset("of for and the de del la".split())


def _descriptions_named(st: _State, quotes: list[RawQuote]) -> None:
    """``the Himalayan nation's tourism board`` and ``the tourism board``, resolved as
    written, are the one organisation whose name ends in those words (``Nepal Tourism
    Board``), named before or after."""
    reg = st.reg
    by_tail: dict[tuple[str, ...], list[Entity]] = {}
    for e in reg.entities:
        if (
            e.kind is _ORGANIZATION
            and len(e._low_tokens) >= 2
            and all(w[:1].isupper() or w in _NAME_CONNECTORS for w in e.name.split())
        ):
            by_tail.setdefault(tuple(e._low_tokens[-2:]), []).append(e)
    if not by_tail:
        return
    done: dict[int, Entity | None] = {}
    for q in quotes:
        ent = q.entity
        if (
            ent is None
            or ent.kind not in (_ORGANIZATION, _GROUP)
            or all(w[:1].isupper() for w in ent.name.split())  # (a proper name)
        ):
            continue
        found = done.get(id(ent), ent)
        if found is ent:
            words = ent.name.lower().replace("’", "'").split()
            tail = words[-2:]
            if words[-1] not in ORG_NOUNS or any(w in _PREPOSITIONS for w in words):
                tail = []  # (``Analysts at Fjord Securities``: a group the firm places)
            fits = [o for o in by_tail.get(tuple(tail), ()) if o is not ent] if tail else []
            found = fits[0] if len(fits) == 1 else None
            if found is not None:
                reg.merge(ent, found)
            done[id(ent)] = found
        if found is not None:
            q.entity = found


def _pronouns_before_names(st: _State, quotes: list[RawQuote]) -> None:
    """``"...," he said.`` before anyone is named: the person quoted next, named or by a
    lone name (``Griffths said``), who is then a person; ``the CEO said`` right after that
    person's quote, read while the name was no person's yet, is the same. (Two linear
    passes: the next speaker is carried back from the end.)"""
    made: set[int] = set()
    following: Entity | None = None
    for q in reversed(quotes):
        if q.entity is None:
            if following is not None and (q.speaker_text or "").lower() in ("he", "she"):
                if following.kind is _GROUP and _lone_name(following.name):
                    st.reg.make_person(following)
                    made.add(id(following))
                if following.kind is _PERSON:
                    q.entity = following
        else:
            following = q.entity
    if not made:
        return
    for prev, q in itertools.pairwise(quotes):
        g = q.entity
        if (
            g is not None
            and g.kind is _GROUP
            and g.name.lower() in TITLE_WORDS
            and prev.entity is not None
            and id(prev.entity) in made
        ):
            q.entity = prev.entity


#: German ``CONTENT, so der ORF.``: ``so`` and the source close the sentence.
_SO_CREDIT = re.compile(
    r",\s+so\s+((?:der|die|das|den)\s+[A-ZÄÖÜ][\w-]*(?:\s+[\w-]+){0,5}?)\s*[.!?](?=\s|$)"
)


_GERMAN_NP = re.compile(r"(?:der|die|das|den)\s+[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)*")


def _so_credits(
    st: _State,
    source: str,
    masked: str,
    span: Span,
    segs: list[_Segment],
    index: int,
    found: list[RawQuote],
) -> list[RawQuote]:
    """``Es dürfte sich um eine Straftat handeln, so die Exekutive.``: the sentence before
    ``, so X.`` is X's (unless a quote found there already covers it)."""
    out = []
    # (the quotes by start, walked once with the matches: the latest end of those that
    # start before a match; sentence starts are looked for a bounded way back)
    spans = sorted((q.pieces[0][0], q.pieces[-1][1]) for q in found)
    k, latest_end = 0, -1
    for m in _SO_CREDIT.finditer(masked, span.start, span.end):
        while k < len(spans) and spans[k][0] < m.start():
            latest_end = max(latest_end, spans[k][1])
            k += 1
        lo = max(span.start, m.start() - _REACH)
        stop = max(masked.rfind(". ", lo, m.start()), masked.rfind("? ", lo, m.start()))
        s0 = stop + 2 if stop >= 0 else lo
        if latest_end > s0:
            continue  # a quote found there already covers the sentence
        a, b = _trim(source, s0, m.start())
        na, nb = m.span(1)
        cut = _NP_STOP.search(masked, na, nb)
        if cut is not None:
            nb = cut.start()  # ``so der ORF in seiner Online-Ausgabe``
        np_text = source[na:nb]
        # (German nouns are capitalised: an article and capitalised words name a source)
        if b - a < 10 or not (_plausible_np(np_text) or _GERMAN_NP.fullmatch(np_text)):
            continue
        ent = _resolve(st, np_text, na, nb)
        c0 = masked.index("so", m.start(), na)
        out.append(_make(segs, source, a, b, "so", c0, c0 + 2, ent, np_text, na, nb, index))
    return out


#: ``— said Jarosław Kaczyński during a press conference.``: a line that credits the
#: paragraph before it, as pages that print speech without quotation marks do.
_DASH_SAID = re.compile(
    r"\s*(?:[—–]|--?)?\s*(said|says|added|adds|stated|continued|concluded|explained|stressed"
    r"|emphasised|emphasized|noted)\s+(?=\S)"
)


def _dash_said(
    st: _State, source: str, masked: str, span: Span, prev: tuple[int, Span]
) -> RawQuote | None:
    """The paragraph *prev* as direct speech, when the paragraph at *span* is a dash
    credit line (:data:`_DASH_SAID`) naming a speaker."""
    m = _DASH_SAID.match(masked, span.start, span.end)
    if m is None or (
        # the dash opens the paragraph, or stands before it (read as a bullet)
        masked[span.start] not in "—–-"
        and "—" not in source[max(0, span.start - 3) : span.start]
        and "–" not in source[max(0, span.start - 3) : span.start]
    ):
        return None
    end = span.end
    cut = _NP_STOP.search(masked, m.end(), end)
    stop = cut.start() if cut is not None else end
    comma = masked.find(",", m.end(), stop)
    if comma > 0:
        stop = comma
    na, nb = _trim(source, m.end(), stop)
    while nb > na and source[nb - 1] in ".!?":
        nb -= 1
    np_text = source[na:nb]
    words = _WORD.findall(np_text)
    if not words or len(words) > 8 or not (_plausible_np(np_text) or _mentions_in(st, na, nb)):
        return None
    index, whole = prev
    a, b = _trim(source, whole.start, whole.end)
    if len(_WORD.findall(source, a, b)) < 4:
        return None
    ent = _resolve(st, np_text, na, nb)
    if ent is not None:
        st.last_speaker = ent
    c0, c1 = m.span(1)
    return RawQuote(
        kind=_DIRECT,
        pieces=[(a, b)],
        cue=source[c0:c1],
        cue_span=_checked_span(c0, c1),
        entity=ent,
        speaker_text=np_text,
        speaker_span=_checked_span(na, nb),
        paragraph=index,
    )


def _carry_unmarked(
    source: str, paragraphs: list[tuple[int, Span]], all_segs: list[list[_Segment]]
) -> None:
    """Carry a quotation left open at a paragraph's end into the next paragraph when
    that one goes on without a new opening mark and closes it (``"I know them.`` /
    ``Merkel called," he said.``): the next paragraph gets a segment from its start to the
    closing mark, whose opening offset is the one just before the paragraph."""
    for k in range(len(all_segs) - 1):
        segs = all_segs[k]
        if not segs or segs[-1].close is not None:
            continue
        # paragraphs without a quotation mark may come between (``"A ...`` / ``B ...`` /
        # ``C ..."``), a few at most
        j = k + 1
        while (
            j < len(all_segs) - 1
            and j - k <= _CARRY_REACH
            and _DOUBLE_MARK.search(source, paragraphs[j][1].start, paragraphs[j][1].end) is None
        ):
            j += 1
        span = paragraphs[j][1]
        nxt = all_segs[j]
        if nxt and nxt[0].open == span.start:
            continue  # reopened: the usual continuation
        m = _DOUBLE_MARK.search(source, span.start, span.end)
        if m is None or any(sg.open == m.start() for sg in nxt):
            continue
        i = m.start()
        after = source[i + 1 : i + 2]
        if i == span.start or source[i - 1].isspace() or not (after == "" or not after.isalnum()):
            continue
        for between in range(k + 1, j):
            whole = paragraphs[between][1]
            seg = _Segment(whole.start - 1, None, whole.end)
            inner = _SegList([seg])
            inner.opens = [seg.open]
            all_segs[between] = inner
        carried = _Segment(span.start - 1, i, i + 1)
        rest = _SegList(sg for sg in nxt if sg.open > i)
        rest.opens = [sg.open for sg in rest]
        rest.insert(0, carried)
        rest.opens.insert(0, carried.open)
        all_segs[j] = rest


#: How many paragraphs without quotation marks a quotation left open may run over.
_CARRY_REACH = 4


#: A double quotation mark (any style).
_DOUBLE_MARK = re.compile(f"[{re.escape(chr(34) + _OPEN_DOUBLE + _CLOSE_DOUBLE)}]")


#: ``"..." — Oskar Brandvold, mayor``: a dash and a name (and a role) after a quotation.
_DASH_CREDIT = re.compile(r"[\s,.]*[—–]|[\s,.]*--?(?=\s)")
_CREDIT_NAME = re.compile(
    r"\s*((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s*(?:,\s*[^.,;\"“”]{1,60})?\.?\s*$"
)


def _dash_credit(
    st: _State, source: str, span: Span, segs: list[_Segment], index: int
) -> RawQuote | None:
    """``"QUOTE" — NAME[, role]``: a quotation credited to a person after a dash."""
    first, last = segs[0], segs[-1]
    if source[span.start : first.open].strip():
        return None  # words before the quotation: not a credit line
    dash = _DASH_CREDIT.match(source, last.end, span.end)
    if dash is None:
        return None
    m = _CREDIT_NAME.match(source, dash.end(), span.end)
    if m is None:
        return None
    na, nb = m.span(1)
    ent = next((e for _s, _e, e in _mentions_in(st, na, nb) if e.kind is _PERSON), None)
    if ent is None:
        ent = st.reg.find_person(source[na:nb].split())
    if ent is None or ent.kind is not _PERSON:
        return None
    return _quotation_only(source, segs, ent, index, (source[na:nb], Span(na, nb)))


#: ``'s message to residents:``: a possessive naming someone's words before a colon.
_MESSAGE_OF = re.compile(
    r"['’]s\s+(?:\w+\s+)?(?:message|statement|words|tweet|post|letter|response|reply|remarks"
    r"|address|appeal|warning)\b[^.!?]*[:：]\s*$"
)


def _colon_speaker(st: _State, source: str, masked: str, span: Span) -> Entity | None:
    """The subject of the last cue in a paragraph that ends with a colon, if resolved."""
    last: tuple[int, int] | None = None
    pos = span.start
    while (m := _find_cue(masked, pos, span.end)) is not None:
        last, pos = m, m[1]
    if last is None:
        # ``Roy Cooper's message to residents:``: whose words follow
        ms = _mentions_in(st, span.start, min(span.end, span.start + 80))
        if ms and ms[0][2].kind is _PERSON and _MESSAGE_OF.match(masked, ms[0][1], span.end):
            return ms[0][2]
        issued = _ISSUED_STATEMENT.search(masked, span.start, span.end)
        if issued is not None:
            # ``X, Minister of Y, today issued the following statement:``: X's words follow
            people = [e for _s, _e, e in _mentions_in(st, span.start, issued.start())]
            people = [e for e in people if e.kind is _PERSON] or [
                e for e in people if e.kind is _ORGANIZATION
            ]
            return people[0] if people else None
        attributed = _ATTRIBUTED_TO.search(masked, span.start, span.end)
        if attributed is not None:
            # ``The following statement is to be attributed to head coach Ian Foster:``
            after = _mentions_in(st, attributed.end(), span.end)
            people = [e for _s, _e, e in after if e.kind is _PERSON] or [
                e for _s, _e, e in after if e.kind is _ORGANIZATION
            ]
            return people[0] if people else None
        return None
    s0 = span.start
    for a, _b in _sentences(masked, span):
        if a <= last[0]:
            s0 = a
    parts = _split_parts(masked, s0, last[0])
    subject = _subject(st, masked, parts, s0, closed=False)
    if subject is None:
        return None
    na, nb, ent = subject
    return ent if ent is not None else _resolve(st, source[na:nb], na, nb)


def _quotation_only(
    source: str,
    segs: list[_Segment],
    entity: Entity,
    index: int,
    speaker: tuple[str, Span] | None = None,
) -> RawQuote:
    """The quote of a paragraph that is only quotations (see :func:`_pure_quotation`),
    spoken by *entity*, without a cue; *speaker* is the credit that names them, if any."""
    for seg in segs:
        seg.used = True
    return _cueless([_trim_ws(source, *seg.inner) for seg in segs], entity, speaker, index)


def _pure_quotation(source: str, span: Span, segs: list[_Segment]) -> bool:
    """Whether the paragraph at *span* is closed quotations and nothing else."""
    if (
        not segs
        or segs[0].used  # it continues a quotation of the paragraph before
        or segs[0].open != span.start
        or any(seg.close is None for seg in segs)
    ):
        return False
    pos = span.start
    for seg in segs:
        if source[pos : seg.open].strip(" \t\n\r\u00a0.,;:"):
            return False
        pos = seg.end
    return not source[pos : span.end].strip(" \t\n\r\u00a0.,;:")


def _join_segments(
    source: str,
    segs: list[_Segment],
    para_quotes: list[RawQuote],
    quotes: list[RawQuote],
    index: int,
) -> None:
    """Give a paragraph's unused quotation segments to the quotes found in it.

    (Only needed when the paragraph has both quotes and segments.)
    """
    # ``"A," he said. "B."``: unattributed segments after a direct quote join it
    direct = sorted((q for q in para_quotes if q.kind is _DIRECT), key=lambda q: q.pieces[0][0])
    for q in direct:
        # ``"A," Sims said, "B."``: the quotation right before the speaker opens the quote
        sp = q.speaker_span
        if sp is None or sp.start > q.pieces[0][0]:
            continue  # (the speaker comes before the content)
        for seg in segs:
            if (
                not seg.used
                and seg.close is not None
                and seg.end <= sp.start
                and not source[seg.end : sp.start].strip(" \t\r\n,")
            ):
                seg.used = True
                q.pieces.insert(0, _trim_ws(source, *seg.inner))
                break
    if direct:
        k = -1
        for seg in segs:
            while k + 1 < len(direct) and direct[k + 1].pieces[0][0] < seg.open:
                k += 1
            if seg.used or k < 0:
                continue
            seg.used = True
            direct[k].pieces.append(_trim_ws(source, *seg.inner))
    # ``C, said Duc. "I hope ..."``: a quotation after reported speech in the same
    # paragraph is the same speaker's next words
    reported = [q for q in para_quotes if q.kind is not _DIRECT and q.entity]
    if not reported:
        return
    for seg in segs:
        # (a quotation left open at the paragraph's end goes on in the next, or the page
        # was cut: ``... “The Ministry has received an alert ...`` at the end)
        if seg.used or (seg.close is None and seg is not segs[-1]):
            continue
        owner = max(
            (q for q in reported if q.pieces[-1][1] <= seg.open),
            key=lambda q: q.pieces[-1][1],
            default=None,
        )
        a, b = _trim_ws(source, *seg.inner)
        n_words = len(_WORD.findall(source[a:b]))
        if (
            owner is None
            or source[seg.open] in "‘'`"
            # (a short quotation is a sentence of its own, not a scare-quoted phrase: it
            # opens with a capital and ends at a stop: ``"Our mothers need that law".``)
            or n_words < 4
            or (
                n_words < 6 and not (source[a].isupper() and _SENTENCE_AFTER.match(source, seg.end))
            )
        ):
            continue
        seg.used = True
        quotes.append(
            RawQuote(
                kind=_DIRECT,
                pieces=[(a, b)],
                cue=None,
                cue_span=None,
                entity=owner.entity,
                speaker_text=owner.speaker_text,
                speaker_span=owner.speaker_span,
                paragraph=index,
            )
        )


_STOP_INSIDE = re.compile(r"[.!?]\s")
#: A sentence's end right after a quotation (``"..."``. or ``..."`` at a paragraph end).
_SENTENCE_AFTER = re.compile(r"[.!?]?\s*(?:$|\n)|[.!?]")
#: ``, he said.`` / ``, Anna Varga added on Monday.`` closing a sentence.
_TRAILING_FRAME = re.compile(
    # (``, the President of the Royal Commission, Fahd al-Rasheed, told Reuters.``: a
    # title before the name, in apposition)
    r",\s+(?:the\s+[^,;\"“”]{1,80},\s+)?"
    r"(?:he|she|they|it|we|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+|\s+(?:al|el|bin|de)-?[\w'’-]+){0,4})"
    r",?\s+(?:said|says|added|adds|noted|explained|told)\b[^,;\"“”]{0,40}$"
)
_COORD = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+")
#: ``, reports Radio Harbour.``: an outlet's credit closing relayed words.
#: Cues an outlet credits a relayed report with (``, AFP reports.``).
_RELAY_CUES = frozenset({"reports", "reported", "writes", "wrote"})
_RELAY_TAIL = re.compile(
    rf",\s+(?:{'|'.join(sorted(_RELAY_CUES))})\s+(?:the\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*){0,4}\s*[.!?]?\s*$"
)


#: ``added to concerns``: ``to`` and no hearer after ``added``.
_ADDED_TO = re.compile(
    r"\s+to\s+(?!reporters\b|journalists\b|the\s+(?:media|press)\b|[A-Z])(?:the\s+|its\s+)?[a-z]"
)
#: ``to`` and a verb after the one told (``told the delegates to pay heed``).
_TOLD_TO = re.compile(r"\s+(?:not\s+)?to\s+[a-z]+\b(?!\s+(?:reporters|journalists)\b)")
#: ``, wie X`` / ``, as X`` right before a cue that ends the sentence (verb last).
_AS_SAID = re.compile(r",\s+(?:wie|as|comme|como|come|zoals)\s+([^,;:\"“”]{2,70}?)\s*$")
#: Nothing but the sentence's end.
_END_ONLY = re.compile(r"\s*[.!?]?[\s\"'”’»]*$")


def _second_speaker(masked: str, q: RawQuote, a: int, b: int) -> int | None:
    """Where an indirect quote's content hands over to a coordinated clause with a cue.

    ``Residents said the closure hurt, and the mayor, Lars Eriksen, called for a pier``
    holds two attributions; the first content ends before ``, and``.
    """
    if q.kind is not _INDIRECT or len(q.pieces) != 1:
        return None
    if masked.find(",", a, b) < 0 and masked.find(";", a, b) < 0:
        return None  # (each _COORD match opens with one of them)
    for m in _COORD.finditer(masked, a, b):
        cue = _find_cue(masked, m.end(), min(b, m.end() + 100))
        if cue is not None and not _DETERMINER_END.search(masked, m.end(), cue[0]):
            return m.start()
    return None


def _sentences(masked: str, span: Span) -> list[tuple[int, int]]:
    """Sentences of the masked paragraph; ``"...?" Name asked.`` stays one sentence."""
    out: list[tuple[int, int]] = []
    for s, e in sentence_bounds(masked, span.start, span.end):
        if (
            out
            and masked[out[-1][1] - 1] in '"”»'
            and masked[s] not in "\"“«‘'"
            and len(_WORD.findall(masked[s:e])) <= 8
            and _find_cue(masked, s, e)
        ):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _paragraph_quotes(
    st: _State, source: str, masked: str, span: Span, segs: list[_Segment], index: int
) -> list[RawQuote]:
    out: list[RawQuote] = []
    # without a cue there is nothing to attribute: skip splitting into sentences
    first = _find_cue(masked, span.start, span.end)
    if first is None:
        if masked.find(", per ", span.start, span.end) >= 0:
            # ``CONTENT, per Variety.``: a source credited after the content, with no cue
            for s0, s1 in _sentences(masked, span):
                q = _per_source(st, source, masked, segs, s0, s1, index)
                if q is not None:
                    out.append(q)
        return out
    # A sentence ends after punctuation (or at the paragraph's end), and a cue neither
    # holds punctuation nor ends with it, so searching a sentence finds the same cues as
    # searching the paragraph: sentences before the first cue have none, and the first
    # search that reaches it finds it (it is not searched for again).
    first_start, first_end = first
    for s0, s1 in _sentences(masked, span):
        if s1 <= first_start:
            continue
        last_in_sentence: Entity | None = None
        pos = s0
        while True:
            if pos <= first_start and first_end <= s1:
                m: tuple[int, int] | None = first
            else:
                m = _find_cue(masked, pos, s1)
            if m is None:
                break
            c0, c1 = m
            pos = c1
            q = _attribute(st, source, masked, segs, s0, s1, c0, c1, last_in_sentence, index)
            if (
                q is None
                and last_in_sentence is None
                and masked.find(", per ", c1, s1) >= 0
                and _find_cue(masked, c1, s1) is None
            ):
                # (the sentence's last cue framed nothing: ``who claimed the prize, per X``)
                q = _per_source(st, source, masked, segs, s0, s1, index)
            if q is not None and q.kind is _INDIRECT and len(q.pieces) == 1:
                # ``The office has forecast rain, he said.``: the closing frame attributes
                # the whole sentence, the earlier cue is part of what was said
                tail = _TRAILING_FRAME.search(masked, c1, s1)
                if tail and not _STOP_INSIDE.search(masked, c1, tail.start()):
                    # (a stop in between: a sentence ended unnoticed, not one frame)
                    m2, q2 = _next_attribution(
                        st,
                        source,
                        masked,
                        segs,
                        (s0, s1),
                        tail.start(),
                        s1,
                        last_in_sentence,
                        index,
                    )
                    if m2 is not None and q2 is not None and q2.pieces[0][0] <= c0:
                        q, pos = q2, m2[1]
            if q is not None and q.kind is _INDIRECT and len(q.pieces) == 1:
                relay = _RELAY_TAIL.search(masked, q.pieces[0][0], q.pieces[0][1])
                if relay is not None:
                    # ``X rejected the report as false, reports Radio Harbour.``: the
                    # outlet relays X's words, which end before its credit
                    q.pieces[0] = _trim(source, q.pieces[0][0], relay.start())
                    pos = max(pos, q.pieces[0][1] + len(relay.group()))
            cue_word = masked[c0:c1]
            if (
                q is not None
                and q.kind is not _DIRECT
                and (
                    cue_word in _QUOTE_ONLY_CUES
                    or (cue_word in _QUOTE_OR_THAT_CUES and _THAT_SOON.match(masked, c1) is None)
                )
            ):
                q = None  # ``continued`` attributes only a quotation
            if (
                q is not None
                and last_in_sentence is not None
                and cue_word in _RELAY_CUES
                and _END_ONLY.match(masked, c1, s1) is not None
            ):
                q = None  # ``..., a spokeswoman said Wednesday, AFP reports.``: a relay credit
            if q is None:
                continue
            out.append(q)
            last_in_sentence = q.entity
            if q.entity is not None:
                st.last_speaker = q.entity
                st.last_end = max(q.pieces[-1][1], q.speaker_span.end if q.speaker_span else -1)
            # the rest of the content is not searched for further cues, except ``adding``
            # and a coordinated clause with its own speaker (``..., and the mayor said``)
            end_piece = q.pieces[-1][1]
            lo = max(pos, q.pieces[0][0])
            nxt = _FURTHER.search(masked, lo, s1)
            if nxt:
                piece = q.pieces[-1]
                if q.kind is not _DIRECT and piece[0] < nxt.start() < piece[1]:
                    # ``said A, adding that B``: A ends where the next attribution starts
                    q.pieces[-1] = _trim(source, piece[0], nxt.start())
                    if q.kind is _MIXED:
                        # (the quoted fragment may have been in B)
                        q.kind = _kind_of(segs, *q.pieces[-1])[0]
                pos = nxt.start() + 1
                continue
            coord = _second_speaker(masked, q, max(pos, q.pieces[0][0]), end_piece)
            if coord is not None:
                m2, q2 = _next_attribution(
                    st, source, masked, segs, (coord + 1, s1), coord, end_piece, q.entity, index
                )
                if m2 is not None and q2 is not None and q2.entity is not None:
                    q.pieces[-1] = _trim(source, q.pieces[-1][0], coord)
                    out.append(q2)
                    st.last_speaker = q2.entity
                    st.last_end = q2.pieces[-1][1]
                    pos = max(m2[1], q2.pieces[-1][1])
                    continue
            pos = max(pos, end_piece)
    return out


def _next_attribution(
    st: _State,
    source: str,
    masked: str,
    segs: list[_Segment],
    sentence: tuple[int, int],
    lo: int,
    hi: int,
    prev: Entity | None,
    index: int,
) -> tuple[tuple[int, int] | None, RawQuote | None]:
    """The first cue in ``[lo, hi)`` and the quote it attributes in *sentence*, if any."""
    m = _find_cue(masked, lo, hi)
    if m is None:
        return None, None
    return m, _attribute(st, source, masked, segs, *sentence, *m, prev, index)


#: How much of the text before a cue (up to its trailing space) :func:`_attribute` reads
#: for the ``...$`` checks of a determiner, a passive or a comma: the longest word they
#: look for (``these``, ``being``), the character before it (for ``\b``) and a margin.
_TAIL_REACH = 8


def _maybe_determiner(tail: str) -> bool:
    """Whether the word ending *tail* (the last five characters before a cue's trailing
    space) may be one :data:`_DETERMINER_END` looks for; False only when it cannot.

    A match ends where the space starts; in ASCII text, ignoring case is lower-casing.
    (Other text, with ``’s``, ``ſ`` or ``İ``, goes to the regex.)
    """
    if not tail.isascii():
        return True
    return tail.endswith("'s") or tail.lower().endswith(_DETERMINER_WORDS)


def _adjuncts_only(masked: str, a: int, b: int) -> bool:
    """Whether only adjuncts (``on Monday``, ``in a statement``) follow a cue in
    ``masked[a:b]``, up to any ``, adding ...`` (searched in place: no slices)."""
    adding = _ADDING.search(masked, a, b)
    end = adding.start() if adding is not None else b
    # (the two tests are independent: the cheaper, which fails for most content, first)
    if _ADJUNCT.fullmatch(masked, a, end) is None:
        return False
    further = _FURTHER.search(masked, a, end)
    if _THAT_CLAUSE.search(masked, a, further.start() if further is not None else end):
        # ``told reporters outside the court that C``: a that-clause follows (``in a
        # message that was read``: a relative ``that`` before its verb is no such clause)
        return False
    # ``said on Saturday the university would open``: a clause after the adjunct is what
    # was said (after ``as``, ``while``, ``when`` a clause is part of the adjunct)
    first = _ADJUNCT_FIRST.match(masked, a, end)
    if first is None or first.group(1).lower() not in _PREPOSITION_ADJUNCTS:
        return True
    finite = _FINITE.search(masked, first.end(), end)
    # (``in a message that was read``: the verb of a relative clause inside the adjunct)
    return finite is None or _RELATIVE_WORD.search(masked, first.end(), finite.start()) is not None


def _attribute(
    st: _State,
    source: str,
    masked: str,
    segs: list[_Segment],
    s0: int,
    s1: int,
    c0: int,
    c1: int,
    prev: Entity | None,
    index: int,
) -> RawQuote | None:
    """Read the attribution frame around the cue ``masked[c0:c1]`` in the sentence
    ``[s0, s1)``."""
    cue = masked[c0:c1]
    cue_low = cue.lower()
    rule = _COMPLEMENTS.get(cue_low)
    if rule is not None and not rule.admits(masked, c1, s1):
        return None  # ``felt the bridge shake``, ``slammed the door``: no statement framed
    if cue_low in ("asked", "asks") and (
        _ASKED_BEFORE.search(masked, max(s0, c0 - 12), c0) or _ASKED_AFTER.match(masked, c1, s1)
    ):
        return None  # ``when asked about it``, ``who asked not to be named``: no question put
    if _COPULA_AFTER.match(masked, c1, s1):
        emb = _WHAT_SAID.search(masked, max(s0, c0 - 60), c0)
        if emb is not None:
            # ``in what police said was a random attack``: the words from ``was`` on
            na, nb = _np_bounds(masked, emb.start(1), emb.end(1))
            np_text = source[na:nb]
            a, b = _trim(source, c1, s1)
            if _plausible_np(np_text) and b - a >= 10:
                ent = _resolve(st, np_text, na, nb)
                return _make(segs, source, a, b, cue, c0, c1, ent, np_text, na, nb, index)
    if cue_low in ("added", "adds", "add") and _ADDED_TO.match(masked, c1, s1):
        return None  # ``Arrests ... have added to concerns over ...``: increased, not said
    if _NEGATED.search(masked, max(s0, c0 - 10), c0) or _NOTHING_NEXT.match(masked, c1, s1):
        return None  # ``neither conceded nor contested``, ``said nothing``: nothing was said
    if (
        cue_low in _QUOTE_ONLY_CUES
        and not any(max(s0, c0 - 80) <= sg.end <= c0 for sg in segs if sg.close is not None)
        and not _opening_in(segs, c1, c1 + 4)  # (``She went on: "..."``)
    ):
        return None  # ``Please read our policy``: no quotation for the cue to frame
    # attribution frames are local: look a bounded way back and forth from the cue
    s0 = max(s0, c0 - _REACH)
    s1 = min(s1, c1 + 4 * _REACH)
    # The checks below are anchored at the end of the text before the cue and match only
    # its last word or two (and the character before them), so they look at that much:
    # *space* is where the whitespace before the cue starts.
    space = c0
    while space > s0 and masked[space - 1].isspace():
        space -= 1
    before = masked[max(s0, space - _TAIL_REACH) : c0]
    # (each word these checks look for ends in one of a few letters: test that first)
    last = masked[space - 1] if space > s0 else ""
    if (
        last in _DETERMINER_LAST
        and _maybe_determiner(masked[max(s0, space - 5) : space])
        and (_DETERMINER_END.search(before))
    ):
        return None  # ``the said memorandum``, ``Gargash's comments``, ``its hopes``
    if (
        cue_low.endswith("ed")
        and last.isdigit()
        and _COUNTED_NOUN.match(masked, c1, s1) is not None
    ):
        return None  # ``Kuwait now has 43 confirmed cases``: a participle before a noun
    spaced = last != "" and space < c0  # a word, then space before the cue
    progressive = cue_low.endswith("ing")
    if (
        spaced
        and not progressive  # (``is urging``: no passive)
        and last in _PASSIVE_LAST
        and _PASSIVE_END.search(before)
        and not _BY_AGENT.match(masked, c1, s1)
    ):
        return None  # ``it was announced that``: no one is said to speak
    if prev is not None and (cue_low in ("adding", "noting") or before.endswith((" and", " and "))):
        # ``"...," he said adding that CONTENT``, ``... reiterated and said that CONTENT``,
        # ``... and assured Russia's leader that CONTENT``: the speaker already quoted in
        # this sentence goes on
        that = (
            _OBJECT_THAT.match(masked, c1, s1)
            if cue_low in _OBJECT_CUES
            else _THAT_NEXT.match(masked, c1, s1)
        )
        if that is not None:
            a, b = _trim(source, that.end(), s1)
            if b - a >= 10:
                return _make(segs, source, a, b, cue, c0, c1, prev, prev.name, -1, -1, index)
        if cue_low in ("said", "says", "added", "adds") and _PRONOUN_CLAUSE.match(masked, c1, s1):
            # ``... and said she would speak more fully on Wednesday``: a clause, no ``that``
            a, b = _trim(source, c1, s1)
            if b - a >= 10:
                return _make(segs, source, a, b, cue, c0, c1, prev, prev.name, -1, -1, index)
    with_np = _WITH_SAYING.search(masked, max(s0, c0 - 90), c0) if cue_low == "saying" else None
    if with_np is not None:
        # ``..., with Prime Minister X saying that CONTENT``: X speaks
        na, nb = _np_bounds(masked, with_np.start(1), with_np.end(1))
        np_text = source[na:nb]
        a, b = _trim(source, _content_after(masked, c1, s1, cue), s1)
        if b - a >= 10 and (_plausible_np(np_text) or _mentions_in(st, na, nb)):
            ent = _resolve(st, np_text, na, nb)
            return _make(segs, source, a, b, cue, c0, c1, ent, np_text, na, nb, index)
    passive = _QUOTED_PASSIVE.search(masked, max(s0, c0 - 120), c0) if cue_low == "saying" else None
    if passive is not None:
        # ``The minister was quoted by NRK as saying CONTENT``: the subject speaks
        intro = _INTRO.match(masked, s0, passive.start())
        comma = masked.rfind(",", s0, passive.start())
        if _END_ONLY.match(masked, c1, s1) is not None and comma > s0:
            # ``"...," spokeswoman X was quoted by Russian agencies as saying.``: the
            # content is before the subject
            np = _clause_subject(masked, _close_mark_end(masked, comma + 1), passive.start())
            a, b = _trim(source, s0, _close_mark_end(masked, comma))
        else:
            np = _clause_subject(masked, intro.end() if intro else s0, passive.start())
            a, b = _trim(source, _content_after(masked, c1, s1, cue), s1)
        if np is None or b - a < 10:
            return None
        na, nb = np
        np_text = source[na:nb]
        ent = _resolve(st, np_text, na, nb)
        return _make(segs, source, a, b, cue, c0, c1, ent, np_text, na, nb, index)
    quoted = _QUOTED_AS.search(masked, max(s0, c0 - 200), c0) if cue_low == "saying" else None
    if quoted is not None:
        # ``ANI quoted the minister as saying CONTENT``: the one quoted speaks
        na, nb = _np_bounds(masked, quoted.start(1), quoted.end(1))
        np_text = source[na:nb]
        a, b = _trim(source, _content_after(masked, c1, s1, cue), s1)
        if _adjuncts_only(masked, c1, s1):
            # ``CONTENT, Xinhua quoted X as saying on Wednesday.``: what comes before
            comma = masked.rfind(",", s0, quoted.start())
            a, b = _trim(source, s0, comma) if comma > s0 else (a, a)
        # ``quoted him as saying``: the object pronoun stands for the subject one
        as_subject = _OBJECT_PRONOUNS.get(np_text.lower(), np_text)
        if b - a < 10 or not _plausible_np(as_subject):
            return None
        ent = _resolve(st, as_subject, na, nb)
        return _make(segs, source, a, b, cue, c0, c1, ent, np_text, na, nb, index)
    if cue_low in ("adding", "saying", "noting") or (
        (cue_low == "urging" or cue_low in _THAT_PARTICIPLES) and _COMMA_END.search(before)
    ):
        # ``..., adding that CONTENT``: the speaker of the clause before (``is urging``
        # and other progressive forms go on to the frames below)
        after_sub = _AFTER_SAYING.search(before) is not None if cue_low == "saying" else False
        if not _COMMA_END.search(before) and not after_sub:
            # (``X didn't comment further, after saying earlier it would not ...``: the
            # clause's subject said it, as after a comma)
            return None
        if cue_low in _THAT_PARTICIPLES and _THAT_NEXT.match(masked, c1, s1) is None:
            return None  # ``, warning of charges``: no reported content
        a, b = _trim(source, _content_after(masked, c1, s1, cue), s1)
        if b - a < 10 or (cue_low == "noting" and prev is None):
            return None
        if cue_low == "urging" and _APPEAL_TO.match(masked, c1, s1) is None:
            return None  # ``, urging caution``: an appeal needs someone ``to`` act
        if prev is not None:
            return _make(segs, source, a, b, cue, c0, c1, prev, prev.name, -1, -1, index)
        # ``The ministry issued a statement, saying that ...``: the clause's subject
        np = _clause_subject(masked, s0, c0)
        if np is None:
            return None
        na, nb = np
        np_text = source[na:nb]
        ent = _resolve(st, np_text, na, nb)
        if ent is None:
            return None
        return _make(segs, source, a, b, cue, c0, c1, ent, np_text, na, nb, index)
    if cue_low in _ACCORDING:
        return _according_to(st, source, masked, segs, s0, s1, c0, c1, cue, index)
    as_said = _AS_SAID.search(masked, max(s0, c0 - 80), c0)
    if as_said is not None and _END_ONLY.match(masked, c1, s1) is not None:
        # ``CONTENT, wie die Wiener Polizei auf Twitter meldete.``, ``CONTENT, as the
        # ministry said.``: the source between ``as`` and the cue at the sentence's end
        na, nb = _np_bounds(masked, as_said.start(1), as_said.end(1))
        cut = _NP_STOP.search(masked, na, nb)
        if cut is not None:
            nb = cut.start()
        np_text = source[na:nb]
        a, b = _trim(source, s0, as_said.start())
        if b - a >= 10 and _plausible_np(np_text):
            ent = _resolve(st, np_text, na, nb)
            return _make(segs, source, a, b, cue, c0, c1, ent, np_text, na, nb, index)
    cue_text = cue
    post_start = c1
    if cue_low.startswith(("told", "tells")):
        tm = _TOLD_OBJ.match(masked, c1, s1)
        if tm and _TOLD_TO.match(masked, tm.end(), s1) is not None:
            # ``told the assembled delegates to pay heed``: an instruction, whose content
            # opens with the one told (as ``urged X to``)
            tm = None
        if tm:
            cue_text = source[c0 : tm.end()].strip()
            if cue_text.endswith(".") and cue_text.count(".") == 1:
                cue_text = cue_text[:-1]  # ``told LCTV.``: the full stop ends the sentence
            post_start = tm.end()
    aux = (
        _AUXILIARY.search(masked, max(s0, c0 - 30, space - _AUX_REACH), c0)
        if spaced and last in _AUXILIARY_LAST
        else None
    )
    if aux is None and progressive and spaced:
        aux = _PROGRESSIVE.search(masked, max(s0, c0 - 16), c0)  # ``Gov. X is urging``
    # ``Saudi Arabia, the world's top exporter, has said``: the subject ends before ``has``
    parts = _split_parts(masked, s0, aux.start() if aux else c0)
    if (
        len(parts) > 2
        and not _NON_SPACE.search(masked, *parts[-1])
        and _AGE_PART.fullmatch(masked, *parts[-2])
    ):
        del parts[-2]  # ``"C," Brandvold, 52, told reporters``: the age is an insertion
    if (
        len(parts) > 2
        and not _NON_SPACE.search(masked, *parts[-1])
        and _INSERTED_CLAUSE.match(masked, *parts[-2])
        # (after a speaker: ``CONTENT, including X, says Y`` keeps its content whole)
        and (
            _ends_with_mention(st, parts[-3])
            or _plausible_speaker_phrase(source[parts[-3][0] : parts[-3][1]])
        )
    ):
        # ``one resident, who asked not to be named, told AFP``: a relative clause (or a
        # participle phrase) right before the cue is left out
        del parts[-2]
    last_a, last_b = parts[-1]
    # (a part that opens or closes with a non-space character is not blank)
    if not (
        last_a < last_b
        and (
            not masked[last_a].isspace()
            or not masked[last_b - 1].isspace()
            or _NON_SPACE.search(masked, last_a, last_b)
        )
    ) or (masked[last_a:last_b].strip() == "’" and _closes_at(segs, last_a)):
        # ``CONTENT, said SPEAKER[, appositive].``
        if (
            len(parts) > 1
            and not cue_low.startswith(("told", "tells"))
            and cue_low not in _NOT_INVERTED  # (``..., welcomed the ruling``: no inversion)
            and aux is None  # (``X, has declared a state of emergency``: no inversion)
        ):
            q = _inverted(st, source, masked, segs, s0, s1, parts, c0, c1, cue_text, index)
            if q is not None:
                return q
        parts = parts[:-1] or [(s0, c0)]
        closed = True
    else:
        closed = False
    if _BACK_REFERENCE.match(masked, c1, s1):
        # ``The minister stated this when he visited``, ``X, of Y, stated this at a
        # briefing``: it points back, and frames nothing here
        return None
    when = _THIS_TIME.match(masked, c1, s1)
    if when is not None and _adjuncts_only(masked, when.end(), s1):
        # ``Chiwenga said this weekend at the memorial service of ...``: when and where
        # it was said, and nothing said here
        return None
    # ``CONTENT, SPEAKER CUE [adjunct].``
    if (
        len(parts) > 1
        and _adjuncts_only(masked, post_start, s1)
        # (``while local media reported looting``: an object, not an adjunct)
        and not (cue_low not in _SAY_LIKE and _BARE_ING.match(masked, post_start, s1))
    ):
        na, nb = _record_source(masked, *_np_bounds(masked, *parts[-1]))
        np_text = source[na:nb]
        plausible = (
            _plausible_np(np_text)
            or (len(_WORD.findall(np_text)) <= 3 and bool(_mentions_in(st, na, nb)))
            # ``a visibly angry Brandvold told``: descriptors before a known person
            or _described_person(st, na, nb)
        )
        k = len(parts) - 1
        if k > 1 and _is_role_appositive(masked, *parts[k]):
            # ``C, Mr Usman, a brigadier general, said``: the name before the description
            named = _closing_mention(st, *parts[k - 1])
            if named is not None and named[2].kind is _PERSON:
                na, nb = _np_bounds(masked, *parts[k - 1])
                np_text = source[na:nb]
                plausible = True
                k -= 1
        # ``its operator, Terminales del Sur said``: the description joins the speaker
        # (not a pronoun: ``... of a client, a precious metals refiner, it said``)
        if k > 1 and not _is_pronoun(np_text.strip()) and _is_description(masked, *parts[k - 1]):
            k -= 1
            na = _np_bounds(masked, *parts[k])[0]
            np_text = source[na:nb]
        content_end = parts[k - 1][1]
        if k == 1 and _INTRO_PARTICIPLE.match(masked, s0, content_end) and not segs:
            # ``Speaking at a media conference, X said after ...``: the scene, not content
            plausible = False
        if plausible:
            a, b = _trim(source, s0, _close_mark_end(masked, content_end))
            if b - a >= 10 or _whole_quotation(segs, a, b):
                ent = _resolve(st, np_text, na, nb)
                # an unresolved pronoun still speaks: ``C, he said in Geneva.``
                if ent is not None or _plausible_speaker_phrase(np_text) or _is_pronoun(np_text):
                    return _make(segs, source, a, b, cue_text, c0, c1, ent, np_text, na, nb, index)
    cont = _GOES_ON.match(masked, post_start, s1) if len(parts) == 2 and not closed else None
    if cont is not None:
        # ``The bridge, Brandvold said, is safe for everyone``: the frame sits inside
        na, nb = _np_bounds(masked, *parts[-1])
        np_text = source[na:nb]
        a1, b1 = _trim(source, s0, parts[0][1])
        a2, b2 = _trim(source, cont.end(), s1)
        if (
            len(_WORD.findall(np_text)) <= 4
            and (_is_pronoun(np_text) or _mentions_in(st, na, nb))
            and a1 < b1
            and b2 - a2 >= 10
        ):
            ent = _resolve(st, np_text, na, nb)
            q = _make(segs, source, a1, b2, cue_text, c0, c1, ent, np_text, na, nb, index)
            if q.kind is not _DIRECT:
                q.pieces = [(a1, b1), (a2, b2)]
            return q
    # ``[intro,] SPEAKER [, insertion,] CUE [that] CONTENT``
    subject = _subject(st, masked, parts, s0, closed=closed)
    if subject is None and _INFINITIVE_BEFORE.search(masked, max(s0, c0 - 6), c0):
        # ``the top court shot back to say that C``: the subject of the verb before ``to``
        subject = _subject_prefix(st, masked, parts[-1][0], c0)
    if subject is None and cue_low in _PRO_DROP_CUES and _QUE_NEXT.match(masked, c1, s1):
        # ``..., por lo que aseguró que C``: no subject written, the one quoted or named
        # before goes on
        ent = st.last_speaker
        if ent is None or ent.kind is not _PERSON:
            ent = _latest(st, c0, (_PERSON,)) or ent
        a, b = _trim(source, _content_after(masked, c1, s1, cue_text), s1)
        if ent is not None and b - a >= 10:
            return _make(segs, source, a, b, cue_text, c0, c1, ent, ent.name, -1, -1, index)
    if subject is None:
        return None
    na, nb, ent = subject
    np_text = source[na:nb]
    if ent is None:
        ent = _resolve(st, np_text, na, nb)
    if ent is None and not _is_pronoun(np_text):
        return None  # an unresolved pronoun still attributes: keep the quote, speaker unknown
    if (
        cue_low in _NOUN_CUES
        and (adj := _ADJECTIVE_BEFORE.search(masked, max(s0, c0 - 30), c0)) is not None
        # (``The report states that``: a document noun is the subject, no adjective)
        and not (
            masked[adj.start() : c0].strip().lower() in _DOCUMENT_NOUNS
            and _THAT_NEXT.match(masked, c1) is not None
        )
    ):
        return None  # ``any official claims against``: a noun, not a verb
    if cue_low in _WEAK_CUES and not (
        _is_pronoun(np_text)
        or any(e.kind is not _COUNTRY for _s, _e, e in _mentions_in(st, na, nb))
        or np_text.lower() in ("who", "which")
        # ``state television also reported that ...``: a resolved source and a that-clause
        or (ent is not None and _THAT_NEXT.match(masked, c1) is not None)
    ):
        return None
    a, b = _trim(source, _content_after(masked, c1, s1, cue_text), s1)
    if _VERB_START.match(masked, a, b) and not (
        masked[max(c1, a - 8) : a].rstrip().endswith("that")
        and len(_WORD.findall(masked, c1, a)) <= 4
    ):
        # (right after the cue's ``that`` a clause opens: ``hoped that occupied Kashmir``)
        return None
    describes = cue_low.startswith("describ") or cue_low in _NAMING_CUES
    if (
        cue_low in _THAT_CUES
        and not _THAT_WORD.search(masked, c1, a)
        and not _opening_in(segs, a - 2, a + 2)
        and not (describes and _described_as(masked, segs, c1))
        # ``suggested the council should pay``: a clause without ``that``
        and not (cue_low in _CLAUSE_CUES and _CLAUSE_NEXT.match(masked, c1, s1))
        # ``echoed the view that``, ``expressed the hope that``: a that-clause of a noun
        and not _VIEW_THAT.match(masked, c1, s1)
        # ``expressed concern over the delays``: a feeling with what it is about
        and not (cue_low in ("expressed", "expresses") and _FEELING.match(masked, c1, s1))
        and not (
            cue_low in _FINDING_CUES
            and _FINDING_OBJECT.match(masked, c1, s1)
            # (``Malaysia reported 6,241 infections, the Health Ministry said``: the
            # frame that closes the sentence attributes it)
            and _LATER_FRAME.search(masked, c1, s1) is None
        )
    ):
        return None  # ``crews responded shortly after 1 p.m.``: an act, not speech
    if describes:
        # ``described X as "Q" and said ...``: the description ends with its quotation
        for sg in _opening_in(segs, a, b)[:1]:
            if sg.end < b and _AND_BUT.match(masked, sg.end, sg.end + 6):
                b = sg.end
    if _THREE_WORDS.match(masked, a, b) is None and not _opening_in(segs, a - 2, b):
        return None
    return _make(segs, source, a, b, cue_text, c0, c1, ent, np_text, na, nb, index)


#: Matches where at least three :data:`_WORD` words follow: each step skips what cannot
#: start a word, then takes the whole word as ``_WORD`` would (``(?=(...))\1`` keeps the
#: regex from backtracking into a word and counting its tail as another one).
_THREE_WORDS = re.compile(r"(?:[^A-Za-z\u00c0-\u024f]*(?=([A-Za-z\u00c0-\u024f][\w\-'’]*))\1){3}")


_DESCRIBED_AS = re.compile(r"[^\"“”.;]{1,60}?\bas\s+(?:(?:an?|the)\s+)?$")


def _described_as(masked: str, segs: list[_Segment], c1: int) -> bool:
    """``described the result as "unacceptable"``: a quotation right after ``as``."""
    return any(
        _DESCRIBED_AS.match(masked, c1, s.open) is not None
        for s in _opening_in(segs, c1 + 1, c1 + 71)
    )


#: The longest :data:`_AUXILIARY` match up to the cue's trailing space (`` has previously``).
_AUX_REACH = 16
#: The letters the words of :data:`_DETERMINER_END` (any case, as the regex folds case:
#: ``ſ`` is an ``s``), :data:`_PASSIVE_END` and :data:`_AUXILIARY` end with.
_DETERMINER_LAST = frozenset("aehnrstyAEHNRSTYſ")
_PASSIVE_LAST = frozenset("engs")
_AUXILIARY_LAST = frozenset("delosty")
_AUXILIARY = re.compile(
    r"\s(?:has|have|had|will|would|could|may|might|also|has also|have also|had also|"
    r"would also|will also|has previously|had previously)\s+$"
)
_PROGRESSIVE = re.compile(r"\s(?:is|are|was|were|has been|have been|had been)\s+$")
_PASSIVE_END = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+$")
_BY_AGENT = re.compile(r"\s+by\b")
#: Cues that report speech only with a ``that`` clause or a quotation after them.
_THAT_CUES = frozenset(
    "responded replied reported answered revealed reveals recalled described indicated mentioned "
    "responds replies reports promised promises concluded concludes demanded proposed "
    "suggested "
    "welcomed showed shows expressed expresses announced announces declared declares condemned"
    " condemns unveiled termed dubbed branded labelled labeled lamented laments hinted echoed"
    " opined".split()
)
#: That-cues that also take a clause without ``that`` (``suggested the council should``).
_CLAUSE_CUES = frozenset(
    "suggested revealed indicated recalled declared announced reported concluded mentioned"
    " promised".split()
)
#: ``expressed concern over``: a feeling expressed, and about what.
_FEELING = re.compile(
    r"\s+(?:(?:his|her|their|its|deep|grave|serious|strong)\s+)?(?:concern|concerns|hope"
    r"|regret|dismay|sadness|shock|disappointment|outrage|anger|frustration|satisfaction"
    r"|optimism|confidence|doubts?|fears?)\s+(?:over|about|at|for|that|with)\s"
)
#: Cues that name something as a quotation calls it (``termed it as an ‘okay game’``),
#: like ``described``.
_NAMING_CUES = frozenset("termed dubbed branded labelled labeled".split())
#: That-only cues that never stand before their speaker (``C, welcomed the ruling``);
#: ``C, reports Radio Pakistan`` and ``C, replied the minister`` do.
_NOT_INVERTED = _THAT_CUES - frozenset(
    "reported reports responded responds replied replies answered recalled".split()
)
_THAT_WORD = re.compile(r"\b(?:that|que|dass|che|dat|că)\b")
#: ``with X saying``: the absolute construction names the speaker.
_WITH_SAYING = re.compile(r"(?:^|[\s,])with\s+([^,;:\"“”]{2,80}?)\s+$")
#: ``X was quoted (by Y) as saying``: the subject before it speaks.
_QUOTED_PASSIVE = re.compile(
    r"\s(?:was|is|were|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|later\s+)?quoted"
    r"(?:\s+(?:by|in|on)\s+[^,;]{1,60}?)?\s+as\s+$"
)
#: ``quoted the minister as saying``: the speaker between ``quoted`` and ``as saying``.
_QUOTED_AS = re.compile(r"\bquoted\s+(.{2,80}?)\s+as\s+$")
#: How far (characters) an attribution frame reaches back from its cue.
_REACH = 500
#: How many comma parts before a cue the subject search looks at.
_MAX_PARTS = 8
_RELATIVE = re.compile(r"\s*(?:[Ww]ho|[Ww]hich|[Ww]hose)\b")  # (not ``WHO spokesman``)
_APPOSITIVE = re.compile(
    r"\s*(?:(?:a|an|the|one|both|also|himself|herself|itself|too|aged?|not|including|"
    r"for (?:his|her|its|their) part|in (?:a|an|his|her|its) \w+|however|meanwhile|"
    r"speaking|responding|referring|standing|holding|citing|like|as)\b|\(|\d)",
    re.I,
)


_DESCRIPTION_LEADS = frozenset(["the", "its", "his", "her", "their", "a", "an"])
_DESCRIPTION_HEADS = ORG_NOUNS | PERSON_NOUNS | GROUP_NOUNS


def _is_role_appositive(text: str, a: int, b: int) -> bool:
    """``a retired colonel``, ``the city's mayor since 2019``: an article or possessive and
    a role noun among the first five words, up to eight words."""
    words = [w.lower() for w in _WORD.findall(text, a, b)]
    return (
        1 < len(words) <= 8
        and words[0] in ("a", "an", "the", "his", "her", "its", "their")
        and any(w in PERSON_NOUNS or w in TITLE_WORDS for w in words[1:5])
    )


def _is_description(text: str, a: int, b: int) -> bool:
    """``its operator``, ``the company``: a short determiner + role phrase in
    ``text[a:b]``."""
    # the first word decides most cases: no need to find every word of a long part
    first = _WORD.search(text, a, b)
    if first is None or first.group().lower() not in _DESCRIPTION_LEADS:
        return False
    words = _WORD.findall(text, a, b)
    return 1 < len(words) <= 4 and words[-1].lower() in _DESCRIPTION_HEADS


def _is_insertion(
    st: _State, masked: str, part: tuple[int, int], prev_part: tuple[int, int]
) -> bool:
    """Whether a comma part is an appositive or aside, not a subject.

    (A part that is a relative clause was taken for one before the call.)
    """
    a, b = part
    if _APPOSITIVE.match(masked, a, b):
        return True
    fm = _WORD.search(masked, a, b)
    first = fm.group().lower() if fm is not None else ""
    if first in PERSON_NOUNS or first in ORG_NOUNS or first in TITLE_WORDS:
        return True
    # a role after a name: ``Chen Xiuying, deputy director of ...``
    return _ends_with_mention(st, prev_part) and not any(
        e.kind is _PERSON for _s, _e, e in _mentions_in(st, *part)
    )


def _name_before_cue(
    st: _State, masked: str, a: int, b: int
) -> tuple[int, int, Entity | None] | None:
    """``Leader of CITU and convenor of the platform in Delhi Anurag Saxena said``: a
    person's name right before the cue, after a long title that holds no verb, is the
    subject (shorter phrases are read by the rules of :func:`_subject`)."""
    ms = _mentions_in(st, a, b)
    if not ms:
        return None
    s, e, ent = ms[-1]
    if ent.kind is not _PERSON or masked[e:b].strip() or len(_WORD.findall(masked, a, s)) < 6:
        return None
    if _FINITE.search(masked, a, s) or _RELATIVE_WORD.search(masked, a, s):
        return None  # ``the man who attacked X said``: X is no subject
    return s, e, ent


def _subject(
    st: _State, masked: str, parts: list[tuple[int, int]], s0: int, *, closed: bool
) -> tuple[int, int, Entity | None] | None:
    """Find the subject of a cue among the comma parts before it.

    *closed* says a comma stands right before the cue, so the last part is a finished
    insertion (``X, who ..., said``) rather than the cue's own clause (``X, who said``).
    """
    if len(parts) > 2 and not closed and _TIME_PART.fullmatch(masked, *parts[-1]):
        # ``X Ltd, Hong Kong's largest developer, on Thursday said``: the time closes the
        # insertions as a comma would
        parts = parts[:-1]
        closed = True
    last_text = masked[parts[-1][0] : parts[-1][1]]
    if len(parts) > 1 and not closed and _RELATIVE.match(last_text):
        # ``X, who said ...`` / ``Y GmbH, which said ...``: the latest fitting mention
        person = last_text.strip().lower().startswith("who")
        ms = _mentions_in(st, s0, parts[-1][0])
        if ms and ms[-1][2].kind is _PERSON:
            e = ms[-1][1]
            poss = _POSSESSIVE_NP.match(masked, e, parts[-1][0])
            if poss is not None:
                # ``Duterte's top anti-drug officials, who said``: the officials speak
                np_start = poss.start(1)
                while masked[np_start].isspace():
                    np_start += 1
                return np_start, poss.end(1), None
        ent = _mention_before(st, s0, parts[-1][0], person=person)
        if ent is None:
            return None
        rel = _FIRST_WORD.match(last_text)
        a = parts[-1][0] + (len(rel.group()) - len(rel.group().lstrip()) if rel else 0)
        return a, a + len(last_text.strip().split()[0]), ent
    if not closed:
        named = _name_before_cue(st, masked, *parts[-1])
        if named is not None:
            return named
    if len(parts) > _MAX_PARTS:
        parts = parts[-_MAX_PARTS:]
    if len(parts) > 1 and last_text.strip().lower() in ("and", "but", "and also", "and then"):
        # ``X concluded his speech, and said, "..."``: the subject of the first clause
        na, nb = _np_bounds(masked, *parts[0])
        head = _head_np(st, masked[na:nb], na, nb)
        if head is not None:
            return head
        np = _clause_subject(masked, parts[0][0], parts[0][1])
        if np is not None:
            return np[0], np[1], None
    if not closed:
        subs = list(_SUBORDINATE.finditer(masked, *parts[-1]))
        if subs:
            # ``X was arrested after police said C``: the clause of the cue has its subject
            na, nb = _np_bounds(masked, subs[-1].end(), parts[-1][1])
            text = masked[na:nb]
            if na < nb and len(_WORD.findall(text)) <= 6 and _plausible_np(text):
                head = _head_np(st, text, na, nb)
                return head if head is not None else (na, nb, None)
    if len(parts) == 1:
        coord = _AND_END.search(masked, *parts[0])
        if coord is not None:
            # ``X pleaded guilty and said``: the subject of the first verb
            np = _clause_subject(masked, parts[0][0], coord.start())
            if np is not None and np[1] < coord.start():
                head = _head_np(st, masked[np[0] : np[1]], *np)
                return head if head is not None else (np[0], np[1], None)
    k0 = 0
    if (
        len(parts) > 1
        and _INTRO.match(masked, parts[0][0], parts[0][1])
        and not _starts_with_mention(st, *parts[0])
    ):
        k0 = 1
        # ``Speaking on Monday, July 1, the minister said``: the date goes with the intro
        while k0 < len(parts) - 1 and _DATE_PART.fullmatch(masked, *parts[k0]):
            k0 += 1
    for k in range(k0, len(parts)):
        if k < len(parts) - 1 and _DATE_PART.fullmatch(masked, *parts[k]):
            continue  # ``..., on Monday, July 1, the minister said``: a date is no one
        na, nb = _np_bounds(masked, *parts[k])
        lead = _LEADING_DATE.match(masked, na, nb) if masked[na : na + 1] in "OBSUF" else None
        if lead is not None:
            na = lead.end()  # ``On Oct. 19 Egyptian authorities announced``
        text = masked[na:nb]
        if _MAYBE_RECORD.search(text) is not None:
            # ``Figures from the district council suggested``: the council speaks
            ra, rb = _record_source(masked, na, nb)
            if (ra, rb) != (na, nb):
                na, nb = ra, rb
                text = masked[na:nb]
        # (both tests read the registry, which nothing changes in this loop: each is made
        # once per part)
        plausible = _plausible_np(text)
        head = None
        looked = False
        if k < len(parts) - 1:
            rest = parts[k + 1 :]
            if not plausible:
                head, looked = _head_np(st, text, na, nb), True
                if head is None:
                    continue
            ok = True
            for j, part in enumerate(rest):
                prev_part = parts[k + j]
                if _RELATIVE.match(masked, part[0], part[1]):
                    break
                if not _is_insertion(st, masked, part, prev_part) and not (
                    # ``X, V-C, BCU, said``: short titles and affiliations in capitals
                    # between commas after a person, up to a comma right before the cue
                    # (``State media, IRNA, reported``: the outlet names itself)
                    closed
                    and _AFFILIATION.fullmatch(masked, *part)
                    and any(e.kind is _PERSON for _s, _e, e in _mentions_in(st, *parts[k]))
                ):
                    ok = False
                    break
            if not ok:
                continue
        if not looked:
            head = _head_np(st, text, na, nb)
        if (head is None or head[2] is None or head[2].kind is not _PERSON) and k + 1 < len(parts):
            # ``the prosecution counsel, Insp. Musa Bello, told``: the name in apposition
            # (``Governor, State Bank of Pakistan, Dr. Reza Baqar, to a question, said``:
            # after the title's organisation)
            for j in range(k + 1, min(k + 3, len(parts))):
                if _RELATIVE.match(masked, *parts[j]):
                    break
                pa, pb = _np_bounds(masked, *parts[j])
                named = _head_np(st, masked[pa:pb], pa, pb)
                if named is not None and named[2] is not None and named[2].kind is _PERSON:
                    return named
                if named is None or named[2] is None:
                    break  # (no organisation in between: the parts go no further)
        if head is not None:
            return head
        if plausible:
            return na, nb, None
        stripped = _strip_adverbials(text)
        if stripped != text and _plausible_np(stripped):
            return na, na + len(stripped), None
        # ``... recorded 799 deaths but Governor Andrew Cuomo said``: the last clause's subject
        conjs = list(_CLAUSE_CONJ.finditer(masked, na, nb))
        if conjs:
            conj = conjs[-1]
            ca = conj.end()
            head = _head_np(st, masked[ca:nb], ca, nb)
            if head is not None:
                return head
            if _plausible_np(masked[ca:nb]):
                return ca, nb, None
        return None
    return None


#: A comma part of one to three abbreviations in capitals (``V-C``, ``BCU``, ``MD``).
_AFFILIATION = re.compile(r"\s*[A-Z][A-Z.&-]*[A-Z.](?:\s+[A-Z][A-Z.&-]*[A-Z.]){0,2}\s*")
_DAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight)"
_MONTH_DAY = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
)
#: A comma part that is only a time before the cue (``on Thursday``, ``late on Friday``).
_TIME_PART = re.compile(
    rf"\s*(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?(?:{_DAY}|{_MONTH_DAY})"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*"
)
#: A date opening a subject without a comma (``On Oct. 19 Egyptian authorities``).
_LEADING_DATE = re.compile(
    rf"(?:On|By|Since|Until|From)\s+(?:{_DAY}|{_MONTH_DAY})(?:,?\s+\d{{4}})?\s+(?=[A-Za-z])"
)
#: A comma part that is a date (``July 1``, ``1 July 2024``, ``Monday``).
_DATE_PART = re.compile(
    r"\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug"
    r"|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?"
    r"\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{4})?|\d{4})?\s*"
)


#: ``'s top anti-drug officials``: a possessive and a lower-case noun phrase to the comma.
_POSSESSIVE_NP = re.compile(r"['’]s((?:\s+[a-z][\w-]*){1,5})\s*,?\s*$")
#: ``Hospital workers``: a capitalised modifier, then a lower-case group noun to the end.
_GROUP_NOUN_ALT = "|".join(sorted(GROUP_NOUNS, key=len, reverse=True))
_GROUP_LAST = re.compile(rf"^\s*(?:[A-Z][\w.'’&-]*\s+){{1,3}}(?:{_GROUP_NOUN_ALT})\s*$")
#: ``Analysts at X``, ``officials from X``: a group placed by an organisation.
_GROUP_AT = re.compile(rf"\s*(?i:{_GROUP_NOUN_ALT})\s+(?:at|from|with)\s")


@functools.lru_cache(maxsize=4096)
def _group_as_written(text: str) -> bool:
    """``Analysts at Fjord Securities``, ``Hospital workers``: a group that an organisation
    places or modifies; the group speaks, named as written, not the organisation.

    (A test of the words alone, asked of the same speaker phrases again: cached.)
    """
    return _GROUP_AT.match(text) is not None or _GROUP_LAST.search(text) is not None


_INFINITIVE_BEFORE = re.compile(r"\sto\s+$")
_LEADING_CONJ = re.compile(r"\s*(?:But|And|However|Yet|So|Still|Then|Now)\b,?\s*")


def _subject_prefix(
    st: _State, masked: str, a: int, b: int
) -> tuple[int, int, Entity | None] | None:
    """The longest plausible speaker phrase opening ``masked[a:b]`` (at most six words)
    before a lower-case word: ``But the top court`` in ``But the top court shot back``."""
    lead = _LEADING_CONJ.match(masked, a, b)
    start = lead.end() if lead else a
    words = list(_WORD.finditer(masked, start, b))[:7]
    for k in range(min(6, len(words) - 1), 0, -1):
        end = words[k - 1].end()
        if words[k].group()[:1].islower() and _plausible_np(masked[start:end]):
            head = _head_np(st, masked[start:end], start, end)
            return head if head is not None else (start, end, None)
    return None


_AND_END = re.compile(r"\s(?:and|but)\s*$")


_CLAUSE_CONJ = re.compile(r"\s(?:but|while|whereas|and|as|so|yet)\s")
#: A subordinating word opening the clause of the cue (``arrested after police said``).
_SUBORDINATE = re.compile(
    r"\s(?:after|before|when|because|since|although|though|until|once|as|while|where"
    r"|in\s+which|during\s+which|whereby)\s"
)


_ROLE_OF = re.compile(
    r"\s*(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}(?:"
    + "|".join(sorted((re.escape(w) for w in PERSON_NOUNS if w.isalpha()), key=len, reverse=True))
    + r")\s+(?:for|of|at|with|from|in)\s+(?:the\s+)?$",
    re.I,
)


def _clause_subject(masked: str, s0: int, c0: int) -> tuple[int, int] | None:
    """The noun phrase opening the clause before a participle cue, up to its verb."""
    start = s0
    while start < c0 and masked[start].isspace():
        start += 1
    end = start
    for m in _WORD.finditer(masked, start, c0):
        w = m.group()
        low = w.lower()
        if w[:1].islower() and (
            low.endswith(("ed", "n't", "n’t")) or low in _VERBISH or low in _CLAUSE_VERBS
        ):
            break
        end = m.end()
    if end <= start or not _plausible_np(masked[start:end]):
        return None
    return start, end


#: Verbs that end the subject of a clause before ``, saying`` (besides ``-ed`` forms).
_CLAUSE_VERBS = frozenset(
    "issued held made gave put sent wrote spoke told met took said did does do".split()
    + _FINITE_WORDS.split("|")
)


def _head_np(st: _State, text: str, na: int, nb: int) -> tuple[int, int, Entity | None] | None:
    """The named head of a subject phrase: a mention at its start (after titles)."""
    if _group_as_written(text):
        return None
    ms = _mentions_in(st, na, nb)
    src = st.reg.source
    for s, e, ent in ms:
        if ent.kind is _COUNTRY:
            continue
        # (words before the mention: none when it opens the phrase)
        if s > na and len(_WORD.findall(src, na, s)) > 7:
            return None
        if src[e : e + 1] in _APOSTROPHES and _POSSESSIVE.match(src, e, nb):
            # ``Whitcombe's office``: a group, not the person
            return na, nb, None
        if ent.kind is _PERSON:
            return na, e, ent
        # ``... Ministry spokesperson Gao Yuxin``: prefer a later person mention
        for x in ms:
            if x[0] > s and x[2].kind is _PERSON:
                return na, x[1], x[2]
        if _ROLE_OF.match(src[na:s]):
            return na, nb, None  # ``a spokesman for the Task Force``: an unnamed person
        return na, nb, ent
    return None


#: Words that end a speaker phrase after an inverted cue.
_NP_STOP = re.compile(
    r"\s(?:who|which|whose|while|as|ahead|after|before|when|during|in|on|at|adding|"
    r"referring|speaking|responding|standing|holding|last|this|yesterday|today|earlier|"
    r"later|from|to"
    # the same in the other languages of the cue table: prepositions and days of the week
    # (``a indiqué Jean Dupont mardi``, ``sagte Becker am Montag``, ``zei hij in een``)
    r"|dans|devant|lors|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier"
    r"|en|durante|tras|ante|lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer"
    r"|am|im|vor|nach|bei|gegenüber|gestern|auf|tijdens|op|gisteren"
    r"|dopo|ieri|em|na|nesta|neste|ontem)(?![\w'’-])"
)
#: Subject pronouns that can follow a cue alone, ending the sentence (``"...", zei hij.``,
#: ``sagte er``, ``disse ele``), as the English pronoun that :func:`_resolve` reads.
_INVERTED_PRONOUNS = {
    "he": "he", "she": "she", **_FOREIGN_PRONOUNS,
    # (after a cue these are pronouns, not the names they also are)
    "elle": "she", "lui": "he", "lei": "she",
}  # fmt: skip
#: French inversions hold their pronoun in the cue (``a-t-il ajouté``).
_CUE_PRONOUN = re.compile(r"-t-(il|elle)\b")
#: Cues of the languages that leave a known subject out (``"...", dijo.``, ``ha detto.``):
#: with nothing after them, the speaker quoted before speaks again.
_PRO_DROP_CUES = frozenset(
    f
    for verb in ("decir", "dizer", "dire_it")
    for f in CUE_VERBS[verb]
    if " " not in f or f.startswith(("ha ", "hanno "))
)
#: A capitalised word and a participle after it (``Narasimhan addressing``); the match
#: ends at the name, and :data:`_PARTICIPLE_AT` takes the participle from there.
_NAME_THEN_PARTICIPLE = re.compile(r"[A-Z][\w.'’-]*(?=\s+[a-z]{2,}ing\b)")
_PARTICIPLE_AT = re.compile(r"\s+[a-z]{2,}ing\b")
#: A verb right after an inverted cue: the words are content, not a speaker.
_NP_VERB = re.compile(
    r"\s(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|do|does|"
    r"did|that|[a-z]+ed)\b"
)


def _inverted(
    st: _State,
    source: str,
    masked: str,
    segs: list[_Segment],
    s0: int,
    s1: int,
    parts: list[tuple[int, int]],
    c0: int,
    c1: int,
    cue_text: str,
    index: int,
) -> RawQuote | None:
    """``CONTENT, said SPEAKER[, appositive].``: the speaker follows the cue."""
    end_np = s1
    comma = masked.find(",", c1, s1)
    if comma > 0:
        end_np = comma
    cut = _NP_STOP.search(masked, c1, end_np)
    ing = _NAME_THEN_PARTICIPLE.search(masked, c1, cut.start() if cut is not None else end_np)
    if ing is not None:
        # ``said Brandvold addressing a crowd``: a participle phrase after the name
        cut = _PARTICIPLE_AT.match(masked, ing.end())
    verb = _NP_VERB.search(masked, c1, cut.start() if cut is not None else end_np)
    if verb is not None:
        return None  # ``said the team now planned ...``: a clause, not a speaker
    if (
        cut is not None
        and _FINITE.search(masked, cut.start(), end_np)
        and not _RELATIVE_WORD.search(masked, cut.start(), end_np)
    ):
        return None  # ``, says three officers in the command were shot``: a clause
    if cut is not None:
        # ``said Ponting ahead of the match``, ``said Scade, who was ...``
        end_np = cut.start()
        comma = -1
    na, nb = _np_bounds(masked, c1, end_np)
    paren = _PHOTO_POINTER.search(masked[na:nb])
    if paren:
        nb = na + paren.start()  # ``said Prime Minister X (pix)``: a photo pointer
    np_text = source[na:nb]
    words = _WORD.findall(np_text)
    # a speaker given by a pronoun, or left out: (English pronoun, its span, entity)
    alone: tuple[str | None, int, int, Entity | None] | None = None
    pronoun = _CUE_PRONOUN.search(cue_text)
    if pronoun is not None and not words:
        # ``"...", a-t-il ajouté.``: the pronoun in the cue speaks
        he = "he" if pronoun.group(1) == "il" else "she"
        alone = (he, c0 + pronoun.start(1), c0 + pronoun.end(1), None)
    elif not words and cue_text.lower() in _PRO_DROP_CUES and st.last_speaker is not None:
        # ``"...", dijo.``: no subject written; the one quoted before goes on
        alone = (None, -1, -1, st.last_speaker)
    elif (
        len(words) == 1
        and words[0].lower() in _INVERTED_PRONOUNS
        and not source[nb:end_np].strip(" \t\r\n.!?\"'”’»")
    ):
        # ``"...", said he.``, ``zei hij.``: a pronoun alone, ending the sentence
        alone = (_INVERTED_PRONOUNS[words[0].lower()], na, nb, None)
    if alone is not None:
        he_she, pa, pb, ent = alone
        return _inverted_content(
            st, source, masked, segs, s0, parts, c0, c1, cue_text, index, he_she, pa, pb, ent
        )
    if (
        not words
        or words[0].lower() in _PRONOUNS
        or not (_plausible_np(np_text) or _described_person(st, na, nb))
        or len(words) > 8
    ):
        return None
    if comma > 0:
        # ``said the operator, Körfez Raylı Sistemler.``: an appositive name joins
        tail = source[comma + 1 : s1].strip().rstrip(".!?")
        if (
            tail
            and tail[:1].isupper()
            and len(_WORD.findall(tail)) <= 6
            and (
                _is_description(np_text, 0, len(np_text))
                # ``dijo el jefe de Policía de la localidad, Lou Jogmen.``: a title, then
                # the person's name
                or (
                    words[0].lower() in _ARTICLES
                    and _head_noun([w.lower() for w in words]) in PERSON_NOUNS
                    and len(_WORD.findall(tail)) <= 4
                )
            )
        ):
            nb = (
                comma
                + 1
                + (len(source[comma + 1 : s1]) - len(source[comma + 1 : s1].lstrip()))
                + len(tail)
            )
            np_text = source[na:nb]
    content_end = parts[-2][1]
    a, b = _trim(source, s0, _close_mark_end(masked, content_end))
    if b - a < 10:
        return None
    ent = _resolve(st, np_text, na, nb)
    return _make(segs, source, a, b, cue_text, c0, c1, ent, np_text, na, nb, index)


def _inverted_content(
    st: _State,
    source: str,
    masked: str,
    segs: list[_Segment],
    s0: int,
    parts: list[tuple[int, int]],
    c0: int,
    c1: int,
    cue_text: str,
    index: int,
    pronoun: str | None,
    na: int,
    nb: int,
    ent: Entity | None = None,
) -> RawQuote | None:
    """:func:`_inverted` for a speaker given as a pronoun (*pronoun*, the English one, at
    ``source[na:nb]``) or as *ent* (no words: ``na`` and ``nb`` are -1)."""
    if len(parts) < 2:
        return None
    a, b = _trim(source, s0, _close_mark_end(masked, parts[-2][1]))
    if b - a < 10:
        return None
    if pronoun is not None:
        ent = _resolve(st, pronoun, na, nb)
    np_text = source[na:nb] if na >= 0 else (ent.name if ent is not None else "")
    return _make(segs, source, a, b, cue_text, c0, c1, ent, np_text, na, nb, index)


def _close_mark_end(masked: str, i: int) -> int:
    return i + 1 if masked[i : i + 1] in ("”", '"', "»") else i


_EARLIER_ACCORDING = re.compile(
    r"(?:^|[\s,])(?:" + "|".join(sorted(_ACCORDING)) + r")\s", re.IGNORECASE
)


def _according_to(
    st: _State,
    source: str,
    masked: str,
    segs: list[_Segment],
    s0: int,
    s1: int,
    c0: int,
    c1: int,
    cue: str,
    index: int,
) -> RawQuote | None:
    """``According to X, CONTENT`` and ``CONTENT, according to X.``"""
    before = masked[s0:c0]
    if before.strip() == "":
        comma = masked.find(",", c1, s1)
        named = _v2_source(st, masked, c1, s1, cue) if comma < 0 or comma - c1 > 40 else None
        if named is not None:
            # ``Volgens Maduro waren het ...``, ``Laut Klaus Becker wird ...``: a name, then
            # the content with no comma between (the verb comes second in these languages)
            na, nb = named
            a, b = _trim(source, nb, s1)
            if b - a < 10:
                return None
            np_text = source[na:nb]
            ent = _resolve(st, np_text, na, nb)
            return _make(segs, source, a, b, cue, c0, c1, ent, np_text, na, nb, index)
        if comma < 0:
            return None
        if _REPORTED_SAID.search(masked, comma, s1):
            # ``According to the Tempo newspaper, the head of X, Y, said C``: the outlet
            # relays Y's words; the later cue attributes them
            return None
        na, nb = _np_bounds(masked, c1, comma)
        a, b = _trim(source, comma + 1, s1)
        comma2 = masked.find(",", comma + 1, s1)
        if comma2 > 0:
            # ``According to the Minister of Finance, Ken Ofori-Atta, CONTENT``: the name
            # in apposition is the speaker
            pa, pb = _np_bounds(masked, comma + 1, comma2)
            ms = _mentions_in(st, pa, pb)
            if ms and ms[0][0] == pa and ms[-1][1] == pb and ms[-1][2].kind is _PERSON:
                na, nb = pa, pb
                a, b = _trim(source, comma2 + 1, s1)
    elif _ACCORDING_SEP.search(before) or (
        # ``A fair reward according to Mikel Arteta.``: the source closes the sentence
        len(_WORD.findall(before)) >= 3 and _NAME_TO_END.match(masked, c1, s1) is not None
    ):
        if _EARLIER_ACCORDING.search(before):
            # ``CONTENT, according to X, according to AGENCY``: the second names the
            # outlet that reported X's words, not a second speaker of the same content
            return None
        chained = _EARLIER_ACCORDING.search(masked, c1, s1)
        stop = chained.start() if chained else s1
        comma = masked.find(",", c1, stop)
        if comma > 0 and _MAYBE_RECORD.search(masked[c1:comma] + " "):
            stop = comma  # ``..., according to health ministry data, the highest so far``
        na, nb = _np_bounds(masked, c1, stop)
        a, b = _trim(source, s0, c0)
    else:
        return None
    if nb <= na or b - a < 10:
        return None
    na, nb = _record_source(masked, na, nb)
    np_text = source[na:nb]
    as_subject = _OBJECT_PRONOUNS.get(np_text.lower(), np_text)  # ``According to them``
    if not (
        _plausible_np(as_subject)
        or _mentions_in(st, na, nb)
        # ``According to the media reports``: reports, named as written
        or _head_noun([w.lower() for w in _WORD.findall(np_text)]) in _REPORTS
    ):
        return None
    ent = _resolve(st, as_subject, na, nb)
    return _make(segs, source, a, b, cue, c0, c1, ent, np_text, na, nb, index)


#: The ``according to`` cues of languages that put the verb right after the source.
_V2_ACCORDING = _ACCORDING - {"according to", "as per"}


def _v2_source(st: _State, masked: str, c1: int, s1: int, cue: str) -> tuple[int, int] | None:
    """The span of a person or organisation named right after a foreign ``according to``
    (*cue*) that no comma closes: the name ends the source."""
    if cue.lower() not in _V2_ACCORDING:
        return None
    i = c1
    while i < s1 and masked[i].isspace():
        i += 1
    found = st.reg.at.get(i)
    if found is None or found[0] >= s1 or found[1].kind not in (_PERSON, _ORGANIZATION):
        return None
    return i, found[0]


#: Plural records that relay what others said (``according to media reports``).
_REPORTS = frozenset("reports statements sources accounts".split())


#: What separates content from a closing ``according to``: a comma (after a closing
#: quotation mark) or a dash (``... of GDP -- according to the finance ministry``).
_ACCORDING_SEP = re.compile(r"(?:,[\"”’»']?|\s(?:--|[—–]))\s*$")
#: ``, per Variety.``: a source credited at the end of the sentence.
_PER_END = re.compile(r",\s+(per)\s+((?:[A-Z][\w'’.&-]*\s+){0,3}[A-Z][\w'’&-]+)[.!?]?\s*$")


def _per_source(
    st: _State,
    source: str,
    masked: str,
    segs: list[_Segment],
    s0: int,
    s1: int,
    index: int,
) -> RawQuote | None:
    """``CONTENT, per Variety.``: the source named after ``per`` reported the content."""
    if masked.find(", per ", s0, s1) < 0:
        return None
    m = _PER_END.search(masked, s0, s1)
    if m is None:
        return None
    a, b = _trim(source, s0, m.start())
    if b - a < 10:
        return None
    na, nb = m.span(2)
    np_text = source[na:nb]
    ent = _resolve(st, np_text, na, nb)
    return _make(segs, source, a, b, "per", m.start(1), m.end(1), ent, np_text, na, nb, index)


#: A capitalised name closing the sentence (``according to Mikel Arteta.``).
_NAME_TO_END = re.compile(r"\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+[.!?]?\s*$")
#: Cue forms that are plural nouns too (``official claims``, ``media reports``).
_NOUN_CUES = frozenset(
    "states reports notes claims comments remarks mentions demands forecasts estimates"
    " promises report forecast warning warnings appeals claim".split()
)
#: A lower-case word right before a weak cue that is no adverb (``official claims``).
_ADJECTIVE_BEFORE = re.compile(
    r"\b(?!(?:also|again|now|then|later|still|often|repeatedly|previously|recently|further"
    r"|even|never|always|already|frequently|publicly|once|too|and|but|or|who|which|that|he"
    r"|she|it|they|we|i|you|has|have|had|will|would|can|could|may|might|must|shall|should"
    r"|is|was|are|were|be|been|not|who|also)\b)(?![a-z]+ly\b)[a-z][\w'-]*\s+$"
)


#: ``data collected by X``, ``a poll by X``: the source is the one who made the record.
def _record_source(masked: str, na: int, nb: int) -> tuple[int, int]:
    """The maker of a record named as a speaker: ``data collected by the WHO`` -> ``the
    WHO``, ``the latest health ministry figures`` -> ``health ministry``."""
    by = _SOURCE_BY.match(masked, na, nb)
    if by is not None:
        end = _GROUP_TAIL.search(masked, by.start(1), nb)  # (``... on Sunday``)
        return by.start(1), end.start() if end is not None else nb
    own = _SOURCE_OWN.match(masked, na, nb)
    if own is not None:
        return own.span(1)
    return na, nb


#: A word that may name a record speaking for its maker (a gate for ``_record_source``).
_MAYBE_RECORD = re.compile(
    r"(?i:data|figures|statistics|numbers|estimates|tally|count|poll|survey|report|study"
    r"|statement|analysis)\s"
)
#: ``issued the following statement:`` closing a paragraph.
_ISSUED_STATEMENT = re.compile(
    r"\b(?:issued|released|made|gave|delivered|shared)\s+(?:the\s+following|this)\s+"
    r"(?:statement|message|remarks)[^.!?]*[:：]\s*$"
)
#: ``The following statement is to be attributed to X:`` closing a paragraph.
_ATTRIBUTED_TO = re.compile(
    r"\b(?:statement|message|remarks|comments?|words)\b[^.!?:]*?\battributed\s+to\s+"
    r"(?=[^.!?]*[:：]\s*$)"
)
#: A later ``said``/``told`` in the sentence after ``According to X,``.
_REPORTED_SAID = re.compile(r"\s(?:said|says|told|added|stated)\s")
#: The opening of a record's name (``the latest``) and the records that speak for their
#: makers; organisation nouns as an alternation (longest first).
_RECORD_LEAD = (
    r"(?:the\s+|a\s+|an\s+)?(?:latest\s+|new\s+|official\s+|preliminary\s+|recent\s+"
    r"|provisional\s+)?"
)
_RECORD_NOUNS = "data|figures|statistics|numbers|estimates|tally|count"
_ORG_NOUN_ALT = "|".join(sorted((re.escape(w) for w in ORG_NOUNS), key=len, reverse=True))
#: ``the latest health ministry figures``: a record named by its maker before it.
_SOURCE_OWN = re.compile(
    rf"(?i:{_RECORD_LEAD})((?:[\w'’-]+\s+){{0,3}}?(?i:{_ORG_NOUN_ALT}))\s+(?i:{_RECORD_NOUNS})\s*$"
)
_SOURCE_BY = re.compile(
    rf"(?i:{_RECORD_LEAD}(?:{_RECORD_NOUNS}|poll|survey|report|study|statement|analysis)"
    r"\s+(?:[a-z]+\s+){0,2}(?:by|from)\s+)(\S.*)",
    re.S,
)


def _described_person(st: _State, na: int, nb: int) -> bool:
    """``harbour master Anna Varga``: a known person's name closing the phrase, after at
    most four lower-case descriptor words."""
    closing = _closing_mention(st, na, nb)
    if closing is None or closing[2].kind is not _PERSON:
        return False
    before = _WORD.findall(st.reg.source[na : closing[0]])
    return len(before) <= 4 and all(w.islower() for w in before)


def _plausible_speaker_phrase(text: str) -> bool:
    low = [w.lower() for w in _WORD.findall(text)]
    return bool(low) and _head_noun(low) in _SPEAKER_HEADS


def _strip_adverbials(text: str) -> str:
    m = _ADVERBIAL.match(text)
    return m.group(1) if m else text


_ADVERBIAL = re.compile(
    r"(.*?)\s+(?:on|in|at|last|this|earlier|also|have|has|had|were|was|recently|from|of"
    r"|yesterday|today|tonight|now|again|later|previously)\b"
)


_LONE_NAME = re.compile(r"[A-Z][a-z][\w'’-]+")


def _lone_name(name: str) -> bool:
    """Whether *name* is one capitalised word that names no kind of group or place."""
    low = name.lower()
    return (
        _LONE_NAME.fullmatch(name) is not None
        and low not in GROUP_NOUNS
        and low not in PERSON_NOUNS
        and low not in ORG_NOUNS
        and low not in DEMONYMS
        and low not in TITLE_WORDS
    )


def _closing_mention(st: _State, a: int, b: int) -> tuple[int, int, Entity] | None:
    """The last mention in ``[a, b)`` when only space or a parenthesis follows it."""
    ms = _mentions_in(st, a, b)
    if ms and _PAREN_ONLY.fullmatch(st.reg.source, ms[-1][1], b):
        return ms[-1]
    return None


def _ends_with_mention(st: _State, part: tuple[int, int]) -> bool:
    closing = _closing_mention(st, *part)
    return closing is not None and closing[2].kind is not _COUNTRY


def _starts_with_mention(st: _State, a: int, b: int) -> bool:
    ms = _mentions_in(st, a, b)
    return bool(ms) and len(_WORD.findall(st.reg.source[a : ms[0][0]])) <= 4


def _mention_before(st: _State, a: int, b: int, *, person: bool) -> Entity | None:
    kinds = (_PERSON,) if person else (_ORGANIZATION, _GROUP)
    found = [ent for _s, _e, ent in _mentions_in(st, a, b) if ent.kind in kinds]
    return found[-1] if found else None


def _make(
    segs: list[_Segment],
    source: str,
    a: int,
    b: int,
    cue: str,
    c0: int,
    c1: int,
    ent: Entity | None,
    np_text: str,
    na: int,
    nb: int,
    index: int,
) -> RawQuote:
    kind, inside = _kind_of(segs, a, b)
    if (
        kind is _DIRECT
        and b > c1
        and source[inside[-1].end - 2 : inside[-1].end - 1] not in (".", "!", "?", "…")
        and _unquoted_words(source, inside, b) >= 3
    ):
        # ``said "no decision has been taken" on whether ...``: reported speech goes on
        # after the quotation (content after the cue only: ``"A," he said.`` stays direct)
        kind = _MIXED
    for s in inside:
        s.used = True
    pieces = [(a, b)]
    if kind is _DIRECT:
        # the content is the quoted text; a second fragment after the cue joins it
        pieces = [_trim_ws(source, *s.inner) for s in inside]
    return RawQuote(
        kind=kind,
        pieces=pieces,
        cue=cue,
        cue_span=_checked_span(c0, c0 + len(cue)),
        entity=ent,
        speaker_text=np_text,
        speaker_span=_checked_span(na, nb) if na >= 0 else None,
        paragraph=index,
    )
