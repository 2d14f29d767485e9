"""Step 5: paragraphs -> mentions -> participants.

Capitalised word sequences are found in body text and classified as persons,
organisations or countries from evidence around them: titles and honorifics before a
name, appositives after it (``, a tea importer``, ``, the startup that ...``), relative
clauses (``, who``), given-name and surname tables, organisation and place words, and
the country gazetteer. Later short forms (``Guo``, ``Moura Lima``) become aliases of the
fullest name they are part of.

What the words of a capitalised run say (its sequences, titles, name, and whether it
can only be a country, a short form, an organisation or perhaps a person) depends on
the words alone, so it is planned once per run and cached (``_run_plan``); only the
evidence around a name is read in the text each time. Mentions are kept as offsets
until ``Registry.participants`` makes the output.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from articlekit._names import (
    COMPANY_NOUNS,
    COUNTRIES,
    CUE_VERBS,
    DEMONYMS,
    FAMILY_FIRST_SURNAMES,
    FEMALE_NAMES,
    GROUP_NOUNS,
    HONORIFICS,
    MALE_NAMES,
    MULTIWORD_PLACES,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    ORG_NOUNS,
    ORG_WORDS,
    PERSON_NOUNS,
    PLACE_WORDS,
    TITLE_WORDS,
    fold,
    is_given_name,
)
from articlekit._sentences import ABBREVIATIONS
from articlekit.models import (
    Mention,
    Participant,
    ParticipantKind,
    Span,
    _mention_at,
    _participant,
)

__all__ = ["Entity", "Registry", "build_registry"]

#: An initial glued to the name after it (``E.Balagurusamy``): its own word.
_GLUED_INITIAL = re.compile(r"(?<![\w.])(\w\.)(?=[^\W\d_]{2})")


def _name_words(name: str) -> list[str]:
    """The words of a name: split at white space and after a glued initial."""
    if "." in name:
        name = _GLUED_INITIAL.sub(r"\1 ", name)
    return name.split()


_TOKEN = re.compile(
    r"[A-Z]\.(?=[A-Z][a-z])|[A-Z](?:\.[A-Z])+\.?(?![a-z])"
    r"|[^\W\d_](?:[\w\-\u2010\u2011'’]*[^\W_])?(?:\.(?=[ \t\r\n,]|$))?"
    r"|\d[\w\-]*"
)
_INITIAL = re.compile(r"[A-Z]\.$")
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}")
#: Dotted abbreviations of places and unions that are no one's initials.
_DOTTED_PLACES = frozenset("e.u. u.n. u.s. u.k. u.s.a. u.a.e. n.y. d.c. l.a. s.f.".split())

# Enum members as module constants: reading ``ParticipantKind.PERSON`` goes through the
# enum class (about 100 ns on Python 3.11), a module global is read directly (as in
# ``_quotes``).
_PERSON = ParticipantKind.PERSON
_ORGANIZATION = ParticipantKind.ORGANIZATION
_COUNTRY = ParticipantKind.COUNTRY
_GROUP = ParticipantKind.GROUP


def _upper_class() -> str:
    """A regex class of the upper-case letters below U+2000 (Latin, Greek, Cyrillic, ...)."""
    ranges: list[tuple[int, int]] = []
    for cp in range(0x41, 0x2000):
        if chr(cp).isupper():
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )


#: A run of capitalised words with the small words that may join them: only these
#: stretches are tokenised, so the Python loop runs over names, not over every word.
_UPPER = _upper_class()
_CAP_WORD = (
    rf"(?<![\w'’\-])(?:(?:al|el|ad|ar|as|at|az|an|ash|abu|abd|bin|ibn|ben)-)?[{_UPPER}]"
    r"[\w.\-\u2010\u2011'’]*"
)
#: ``al-Falih``, ``bin-Salman``: a lower-case article joined to a name.
_PREFIXED_NAME = re.compile(rf"(?:al|el|ad|ar|as|at|az|an|ash|abu|abd|bin|ibn|ben)-[{_UPPER}]")
#: ``(?:von|van|der|den|de|del|della|di|da|dos|das|du|le|la|bin|ibn|al|el|y|e|ter|of|for|
#: and|the)\b``, grouped by first letter (one of them at most ends at a word boundary, so
#: their order does not matter).
_PARTICLE = (
    r"(?:a(?:l|nd)|bin|d(?:ella|el|en|er|os|as|e|i|a|u)|el?|for|ibn|l[ea]|of|t(?:er|he)"
    r"|v[oa]n|y)\b"
)
_RUN_TAIL = rf"(?:[ \t\r\n'’]+(?:{_CAP_WORD}|{_PARTICLE}))*"
_CAP_RUN = re.compile(_CAP_WORD + _RUN_TAIL)
#: ``_CAP_RUN`` for text without an ``al-Falih``-shaped word: the same matches, faster,
#: as the pattern starts with the capital (the regex engine skips ahead to one) and
#: checks the boundary before it with a lookbehind; its words have no prefix to try.
_PLAIN_WORD = rf"[{_UPPER}](?<![\w'’\-][{_UPPER}])[\w.\-\u2010\u2011'’]*"
_CAP_RUN_PLAIN = re.compile(rf"{_PLAIN_WORD}(?:[ \t\r\n'’]+(?:{_PLAIN_WORD}|{_PARTICLE}))*")
#: A cheap superset test for ``_PREFIXED_NAME`` anywhere in a text (the last two letters
#: of each prefix, a hyphen, a capital): where it fails, ``_CAP_RUN_PLAIN`` may be used.
_MAYBE_PREFIXED = re.compile(rf"-(?<=(?:al|el|ad|ar|as|at|az|an|sh|bu|bd|in|bn|en)-)[{_UPPER}]")
_DOTTED_ABBR = frozenset({"jr.", "sr.", "dr.", "mr.", "mrs.", "ms.", "st.", "prof.", "gen.", "sen.",
                          "rep.", "gov.", "lt.", "col.", "capt.", "u.s.", "u.k.",
                          "u.n.", "insp.", "supt.", "sgt.", "det.", "cpl.", "pvt.", "brig.",
                          "cdr.", "cmdr.", "adm.", "maj.", "rev.", "hon.", "fr.", "pres.",
                          "amb.", "atty.", "asst.", "lieut.", "messrs.", "mme.",
                          "mlle."})  # fmt: skip
_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}$")
_APPOS_START = re.compile(
    r",\s+(?:(?:a|an|the|its|his|her|their|also)\s+|who\b|whose\b"
    r"|(?=(?:[A-Za-z][\w-]*\s+){1,2}(?:of|at|for|with|in|to)\b)|(?=[a-z][\w-]*\s*,)"
    r"|(?=[A-Z][\w.-]*['’]s\s+[a-z]))"
)
#: ``Secretary of Russia's Security Council`` right before a name.
#:
#: That is ``(?:^|(?<=[\s(,]))((?:W\s+){0,3}W\s+(?:of|for)\s+...)\s+$`` for a capitalised
#: word ``W``, written to start with the capital (so the engine skips ahead to one), with
#: the test before it as a lookbehind after it.
_TITLE_OF = re.compile(
    r"([A-Z](?<![^\s(,][A-Z])[\w'’.-]*\s+(?:[A-Z][\w'’.-]*\s+){0,3}(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’.-]*|of|for|and|the)(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|the))*)\s+$"
)
#: Title words that name a role on their own (``secretary``), not modifiers (``state``).
_ROLE_TITLES = TITLE_WORDS - frozenset(
    """foreign defense defence interior finance trade transport energy health education state
    economy agriculture labour labor environment culture commerce industry acting
    interim executive managing senior junior chief assistant associate vice deputy general
    prime crown of for and the""".split()
)
#: Words that end the name of an institution (not of a company: ``X Energy``).
_ORG_HEADS = frozenset(
    """ministry department office agency authority administration commission committee
    council bureau service association federation alliance union league coalition party
    foundation institute university college academy centre center court parliament assembly
    congress senate government cabinet board secretariat mission force command""".split()
)
#: ... and of other institutions, for ``_org_short_form``.
_INSTITUTION_HEADS = _ORG_HEADS | frozenset(
    "exchange school police hospital museum club team festival church agency".split()
)
#: Countries and demonyms (``china``, ``chinese``): one set for quick tests.
_COUNTRY_WORDS = frozenset(COUNTRIES) | frozenset(DEMONYMS)
#: The words ``_split_titles`` takes off the front of a run.
_OPENER_WORDS = TITLE_WORDS | PERSON_NOUNS | NOT_NAME_WORDS | frozenset(HONORIFICS) | _COUNTRY_WORDS
#: Words that grade an honorific after them (``Most Rev``, ``Right Hon``).
_HONORIFIC_DEGREES = frozenset({"most", "right", "very"})
#: Lower-case words that join the parts of an organisation's name.
_ORG_CONNECTORS = frozenset({"of", "for", "and", "the"})
_LOWER_KEPT = NAME_PARTICLES | _ORG_CONNECTORS
#: Words that make a name a place when they come first (``Lake Mead``, ``Cape Coast``).
_PLACE_FIRST = frozenset(
    [
        "lake",
        "mount",
        "mt.",
        "fort",
        "port",
        "cape",
        "gulf",
        "bay",
        "sea",
        "river",
        "strait",
        "isle",
        "island",
        "lac",
        "rio",
        "monte",
        "sierra",
        # storms and military operations are named like people (``Hurricane Florence``)
        "operation",
        "hurricane",
        "typhoon",
        "cyclone",
        "storm",
    ]
)
_SPEECH = (
    r"(?:said|says|told|tells|added|adds|noted|stressed|explained|announced|warned|urged|"
    r"insisted|argued|asked|replied|wrote|declared|confirmed|denied|called for|pointed out|"
    r"reiterated|acknowledged|emphasi[sz]ed|claimed|recalled|cautioned|vowed|pledged|tweeted|"
    r"posted|announced|admitted|suggested|revealed|disclosed|believes|thinks)"
)
#: A name followed by a speech verb, perhaps after a time adverbial: ``X on Sunday said``.
_SPEAKS_AFTER = re.compile(
    r"(?:\s+(?:on\s+\w+day|yesterday|today|on\s+\w+\.?\s+\d{1,2}|also|again|later|earlier))?"
    r"\s+" + _SPEECH + r"\b"
)
#: A name right after an inverted cue: ``..., said X``.
_SPEAKS_BEFORE = re.compile(
    r"\b(?:said|says|added|asked|wrote)\s+"
    # ``said harbour master NAME``: up to three descriptor words, no preposition or clause
    r"(?:(?!(?:in|on|at|to|for|of|from|by|with|after|before|during|while|when|that|and|but"
    r"|or|as|last|this|next|earlier|later|today|yesterday|it|he|she|they|we|there)\s)"
    r"[a-z][\w'’-]*\s+){0,3}$"
)
#: A name that is the object of a preposition (``a spokesman for the Task Force said``).
_PREP_BEFORE = re.compile(r"\b(?:of|for|at|from|with|by|in|to|on)\s+(?:the\s+)?$")
_CLAUSE_END = re.compile(r"\s*(?:[,.;!?]|$)")


def _by_first_letter(words: Iterable[str]) -> str:
    """A regex alternation of *words* grouped by first letter (``a(?:dviser|nalyst)|b(?:...)``).

    The engine then tries one branch per letter rather than one per word, which matters
    when the alternation is case-insensitive (its branches cannot be skipped on their
    first character). Only the strings matched count here, not which branch matches.
    """
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=lambda w: (-len(w), w)):
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(k)}(?:{'|'.join(rests)})" for k, rests in sorted(groups.items()))


def _words_at_word_start(words: Iterable[str]) -> str:
    r"""``\b(?:w1|w2|...)`` for lower-case *words*, written to open with a letter.

    The alternation is grouped by first letter (``a(?<!\wa)(?:dded|dds)|c(?:...)``), so
    the engine can skip ahead to one of those letters, and the word boundary before the
    word is the lookbehind after its first letter. Only the strings matched count here.
    """
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=lambda w: (-len(w), w)):
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(
        f"{re.escape(k)}(?<!\\w{re.escape(k)})(?:{'|'.join(rests)})"
        for k, rests in sorted(groups.items())
    )


#: A speech verb anywhere in a text: ``\b`` + ``_SPEECH`` + ``\b``.
_SPEECH_IN = re.compile(
    "(?:"
    + _words_at_word_start(
        _SPEECH[3:-1].replace("emphasi[sz]ed", "emphasised|emphasized").split("|")
    )
    + r")\b"
)
_ROLE_WORDS = _by_first_letter(w for w in PERSON_NOUNS | TITLE_WORDS if w.isalpha())
#: A role right before ``, NAME``: ``the head coach of Delhi Capitals, `` or ``Governor, ``.
_ROLE_COMMA = re.compile(
    rf"\b(?i:{_ROLE_WORDS})(?:\s+(?:of|at|for|with|de|del|da|do|des|du|di|della|von)\s+"
    r"(?:(?:the\s+|la\s+|el\s+|le\s+|les\s+|los\s+|las\s+|a\s+|o\s+|l'|der\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and|the|de|del|la|el))*"
    # ``The chief executive of Kenya's largest telecommunications firm, X``
    r"|(?:[\w'’.-]+\s+){0,5}[a-z][\w'’-]*))?\s*,\s*$"
)
#: ``(CPC)`` after an organisation's name.
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9})\)")
#: A lower-case word and a comma right before a name (``the coach, X``).
_LOWER_COMMA = re.compile(r"\b(?:[a-z][\w'’-]*)\s*,\s*$")
_LOWER_COMMA_WORD = re.compile(r"([a-z][\w'’-]*)\s*,\s*$")
#: ``and`` between the roles of an appositive; an article opening one.
_AND_SPLIT = re.compile(r",?\s+and\s+(?=[a-z])")
_ARTICLE = re.compile(r"^(?:a|an|the)\s+")
_NEXT_NAME_WORD = re.compile(r"\s+([A-Z][\w\-'’]*|von|van|der|de|del|da|dos|al|el)")
_WORD_RE = re.compile(r"[A-Za-z][\w\-'’]*")
#: The characters that end an appositive or change its bracket depth.
_APPOS_CHAR = re.compile(r'[(),;.!?\n"“”]')


def _is_cap(word: str) -> bool:
    """Whether *word* starts with a capital letter (or is ``al-Falih``-shaped)."""
    return word[:1].isupper() or _PREFIXED_NAME.match(word) is not None


#: A token of a run: (text, start, end, possessive, capitalised, lower-cased text),
#: offsets relative to the run (or to another base offset passed along with it).
_RunToken = tuple[str, int, int, bool, bool, str]


@functools.lru_cache(maxsize=8192)
def _run_tokens(run: str) -> tuple[_RunToken, ...]:
    """The tokens of one capitalised run: its capitalised words, with the particles and
    connectors between them, possessives split off; offsets relative to the run.

    ``_TOKEN`` looks at nothing outside the run (no lookbehind; its ``$`` is the end of
    the run), so the tokens depend on the run's text alone and are cached: runs are
    short and repeat (sentence openers, names, days).
    """
    out: list[_RunToken] = []
    for m in _TOKEN.finditer(run):
        w = m.group()
        if not w[0].isupper() and w not in _LOWER_KEPT and not _PREFIXED_NAME.match(w):
            continue  # only capitalised words, particles and connectors matter here
        s, e = m.start(), m.end()
        poss = False
        if len(w) > 2 and w[-2] in "'’" and w[-1] in "sS":
            w = w[:-2]
            e -= 2
            poss = True
        elif w.endswith(".") and not (
            _INITIAL.match(w)
            or w.lower() in _DOTTED_ABBR
            or (_DOTTED_INITIALS.fullmatch(w) and w.lower() not in _DOTTED_PLACES)
        ):
            w = w[:-1]
            e -= 1
        out.append((w, s, e, poss, _is_cap(w), w.lower()))
    return tuple(out)


class Entity:
    """A participant being built: names, roles, gender and mentions."""

    __slots__ = (
        "_low_tokens",
        "_mentions",
        "_registry",
        "aliases",
        "gender",
        "kind",
        "name",
        "order",
        "roles",
        "starts",
        "tokens",
    )

    def __init__(
        self,
        kind: ParticipantKind,
        name: str,
        order: int,
        registry: Registry | None = None,
        low: str | None = None,
    ) -> None:
        self.kind = kind
        self.name = name
        #: The words of the name.
        self.tokens = _name_words(name)
        #: The words lower-cased, for ``Registry.find_person`` (*low*: the name so).
        self._low_tokens = _name_words(name.lower() if low is None else low)
        self.aliases: list[str] = []
        self.roles: list[str] = []
        self.gender: str | None = None
        #: Sorted start offsets of the mentions (their ends are in ``Registry.at``).
        self.starts: list[int] = []
        self.order = order
        #: The registry that holds the mentions; ``mentions`` built from it, once.
        self._registry = registry
        self._mentions: list[Mention] | None = None

    def set_name(self, name: str) -> None:
        """Rename the entity (its aliases stay as they are)."""
        self.name = name
        self.tokens = _name_words(name)
        self._low_tokens = _name_words(name.lower())

    @property
    def mentions(self) -> list[Mention]:
        """The mentions, in order of position.

        The registry records a mention as offsets only (``starts`` and ``Registry.at``);
        the ``Mention`` objects are made on first use, once the mentions are final.
        """
        if self._mentions is None:
            reg = self._registry
            self._mentions = reg._mentions_of(self) if reg is not None else []
        return self._mentions

    def add_alias(self, alias: str) -> None:
        """Record another name for this entity."""
        if alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)

    def add_role(self, role: str) -> None:
        """Record a role or title as written."""
        role = role.strip(" ,;:")
        if role.endswith(".") and role[:-1].rsplit(" ", 1)[-1].lower() not in ABBREVIATIONS:
            role = role[:-1]
        if role and role not in self.roles and role != self.name:
            self.roles.append(role)

    def last_mention(self, before: int | None = None) -> int:
        """Offset of the latest mention (before *before*, when given), or -1."""
        if before is None:
            return self.starts[-1] if self.starts else -1
        i = bisect.bisect_left(self.starts, before)
        return self.starts[i - 1] if i else -1

    def first_mention(self) -> int:
        """Offset of the first mention, or -1."""
        return self.starts[0] if self.starts else -1

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Entity({self.kind.value}, {self.name!r})"


def _joins_at(source: str, last_start: int, last_end: int, last_text: str, gap_start: int,
              t_start: int) -> bool:  # fmt: skip
    """Whether only a space (or an apostrophe) separates the token *last_text* at
    ``source[last_start:last_end]`` from a token at *t_start*, the gap starting at
    *gap_start*, over no line break but a hard wrap."""
    gap = source[gap_start:t_start]
    if gap == " ":
        return True  # the common case, decided without the tests below
    return gap.strip() in ("", "'", "’") and (
        "\n" not in gap or _wrapped_at(source, last_start, last_end, last_text)
    )


#: A lower-case place noun right after a name makes it a place.
_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:province|district|county|prefecture|municipality|governorate|oblast|region|"
    r"state|city|town|township|village|commune|ward|constituency|area)\b"
)


def _connects(text: str, cap: bool) -> bool:
    """Whether an organisation name can go on over a connector into the word *text*."""
    if text == "the":
        return True
    if not cap:
        return False
    f = _fold(text)
    return (
        f not in NOT_NAME_WORDS
        # (a field is no title here: ``Ministry of Finance``, ``Department of Health``)
        and f not in _ROLE_TITLES
        and f not in HONORIFICS
        and f not in MALE_NAMES
        and f not in FEMALE_NAMES
    )


def _wrapped_at(source: str, start: int, end: int, text: str) -> bool:
    """Whether the line break after the token *text* at ``source[start:end]`` is a hard
    wrap inside a sentence.

    A name goes on over a wrap (``Nikolai\nPatrushev``), not over the end of a short line
    (a credit ``AFP`` above a paragraph).
    """
    line_start = source.rfind("\n", 0, start) + 1
    return end - line_start >= 45 and not text.isupper()


def _sequences(toks: Sequence[_RunToken], base: int, source: str) -> list[tuple[int, int]]:
    """Runs of capitalised tokens (with name particles inside) separated by spaces: the
    ``(lo, hi)`` ranges of *toks* (whose offsets are relative to *base* in *source*).

    Each run is a contiguous range: a token that does not go on the current run ends it.
    """
    out: list[tuple[int, int]] = []
    lo = -1  # the first token of the current run; -1: none
    has_org = False
    n = len(toks)
    for i in range(n):
        _w, s, _e, _poss, cap, low = toks[i]
        if lo >= 0:
            pw, ps, pe, pposs = toks[i - 1][:4]  # the run's last token
            if pposs:
                # ``Prime Minister's Office``, ``People's Court``: a possessive inside a name
                joined = (
                    cap
                    and low in ORG_WORDS
                    and _joins_at(source, base + ps, base + pe, pw, base + pe + 2, base + s)
                )
            else:
                joined = _joins_at(source, base + ps, base + pe, pw, base + pe, base + s) and not (
                    # ``Wim Wenders’ Perfect Days``: a possessive, then the work's title
                    # (``Banana Growers' Federation``: inside an organisation's name)
                    pw[-1:] in "sS"
                    and low not in ORG_WORDS
                    and source[base + pe : base + pe + 1] in "'’"
                    and source[base + pe + 1 : base + pe + 2].isspace()
                )
            if not joined:
                out.append(_trim_connectors(toks, lo, i))
                lo = -1
                has_org = False
        if cap or (lo >= 0 and low in NAME_PARTICLES):
            if lo < 0:
                lo = i
            has_org = has_org or low in ORG_WORDS
        elif (
            lo >= 0
            and has_org
            and low in _ORG_CONNECTORS
            and i + 1 < n
            and _connects(toks[i + 1][0], toks[i + 1][4])
        ):
            pass  # ``Communist Party of China``, ``Office for the Coordination of ...``
        elif lo >= 0 and low == "and" and _org_after_and(toks, lo, i):
            pass  # ``Canada Mortgage and Housing Corporation``: the name goes on
        else:
            if lo >= 0:
                out.append(_trim_connectors(toks, lo, i))
            lo = -1
            has_org = False
    if lo >= 0:
        out.append(_trim_connectors(toks, lo, n))
    return out


#: Endings of adjectives (``Presidential``, ``Economic``, ``Legislative``).
_ADJECTIVE_ENDS = ("al", "ic", "ive", "ary", "ian", "ese", "ish", "ous")


def _org_after_and(toks: Sequence[_RunToken], lo: int, i: int) -> bool:
    """Whether ``and`` at *i* joins two halves of one organisation's name: one to three
    capitalised words after it end in an organisation word, and the words before it
    (from *lo*) are no person's name nor a country alone."""
    n = len(toks)
    j = i + 1
    while j < n and j - i <= 3 and toks[j][4]:
        j += 1
    if j == i + 1 or toks[j - 1][5] not in ORG_WORDS:
        return False
    if any(_is_given(t[0]) or t[5] in TITLE_WORDS for t in toks[lo:i]) or (
        i - lo == 1 and toks[lo][5] in _COUNTRY_WORDS
    ):
        return False  # ``President Michel Aoun and Central Bank governor``: a person
    last = toks[i - 1][5]
    if last.endswith(_ADJECTIVE_ENDS):
        return False  # ``Presidential and National Assembly elections``: two kinds of one
    if last in PLACE_WORDS or last in ORG_WORDS:
        return False  # ``Fukuoka Prefecture and Daihatsu Motor Co``: a whole name before
    return all(t[4] for t in toks[lo:i])


def _trim_connectors(toks: Sequence[_RunToken], lo: int, hi: int) -> tuple[int, int]:
    """The range ``(lo, hi)`` of *toks* without the connectors at its end."""
    while hi - lo > 1 and toks[hi - 1][0] in _ORG_CONNECTORS:
        hi -= 1
    return lo, hi


def _acronym(
    reg: Registry,
    org: Entity,
    name: Sequence[_RunToken],
    base: int,
    acronym: str,
    source: str,
    start: int,
    end: int,
) -> None:
    """Attach ``(CPC)`` to the organisation it abbreviates (*name*: its tokens, at
    *base*).

    When the initials of a tail of the name spell the acronym (``Political Bureau of the
    Communist Party of China (CPC)``), that tail is an organisation of its own. The
    organisation's name keeps the acronym as written (``... Affairs (OCHA)``).
    """
    caps = [t for t in name if t[4]]
    letters = acronym.upper()
    for i in range(len(caps)):
        if "".join(t[0][0] for t in caps[i:]).upper() == letters:
            if i == 0:
                break
            tail_start = base + caps[i][1]
            tail = reg.entity(_ORGANIZATION, source[tail_start:end])
            tail.add_alias(acronym)
            reg.mention(tail, tail_start, end)
            return
    reg.rename(org, source[start:end])
    org.add_alias(acronym)


_fold = fold


@functools.lru_cache(maxsize=8192)
def _has_digit(word: str) -> bool:
    """Whether *word* has a digit in it (``str.isdigit``, which ``\\d`` is not)."""
    return any(c.isdigit() for c in word)


_is_given = is_given_name


def _gender_of(first: str) -> str | None:
    f = _fold(first)
    if f in FEMALE_NAMES and f not in MALE_NAMES:
        return "female"
    if f in MALE_NAMES and f not in FEMALE_NAMES:
        return "male"
    return None


class Registry:
    """Every participant of an article, with lookups by name and by position."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.entities: list[Entity] = []
        #: The persons among ``entities``, in the same order.
        self._persons: list[Entity] = []
        #: The persons by each lower-cased word of their names, in ``_persons`` order.
        self._person_words: dict[str, list[Entity]] = {}
        self._by_name: dict[tuple[ParticipantKind, str], Entity] = {}
        #: Mentions by start offset: (end, entity).
        self.at: dict[int, tuple[int, Entity]] = {}
        #: The starts of the mentions, sorted, and the mentions as (start, end, entity) in
        #: the same order.
        self._starts: list[int] = []
        self._items: list[tuple[int, int, Entity]] = []
        #: Caption text spans: mentions there are marked ``caption``.
        self.captions: list[Span] = []
        #: Words used alone as subjects (see ``_standalone_subjects``): None until asked
        #: for, when they are found in ``_subject_spans``.
        self._subjects: set[str] | None = set()
        self._subject_spans: list[Span] = []
        #: The starts of ``_subject_spans`` when those are sorted and do not overlap (then
        #: the span holding a place is found by bisection), else None.
        self._subject_starts: list[int] | None = None
        #: Whether ``is_subject`` has been asked since the spans were set.
        self._asked = False
        #: ``_span_subjects`` of the spans ``is_subject`` has looked at, by index.
        self._span_subjects: dict[int, set[str]] = {}
        self._honorifics: bool | None = None
        #: Name-shaped runs without evidence, for the coordination pass.
        self.pending: list[tuple[int, int]] = []

    @property
    def persons(self) -> list[Entity]:
        """The entities of kind person (in the order they became persons)."""
        return self._persons

    @property
    def subjects(self) -> set[str]:
        """Words used alone as subjects (see ``_standalone_subjects``).

        Found on first use: many articles never ask, and the scan reads all their text.
        """
        if self._subjects is None:
            self._subjects = _standalone_subjects(self.source, self._subject_spans)
        return self._subjects

    @subjects.setter
    def subjects(self, words: set[str]) -> None:
        self._subjects = words

    def _set_subject_spans(self, spans: list[Span]) -> None:
        """Find ``subjects`` in *spans* when first asked (see ``is_subject``)."""
        self._subjects = None
        self._subject_spans = spans
        self._asked = False

    def _first_subject_question(self) -> None:
        """Read what ``is_subject`` needs of the spans (once, when first asked)."""
        self._asked = True
        spans = self._subject_spans
        starts = [s.start for s in spans]
        if all(map(operator.le, [s.end for s in spans[:-1]], starts[1:])):
            self._subject_starts = starts

    def is_subject(self, word: str) -> bool:
        """Whether *word* is in ``subjects``.

        Until the whole set is needed, only the places of *word* in the text (few: it is a
        name) are looked at, when the spans do not overlap: ``_subject_at`` tells whether
        the span's scan would find it there, or where that depends on more of the span,
        the span is scanned (once). With overlapping spans, each span holding *word* is.
        """
        if self._subjects is not None:
            return word in self._subjects
        source = self.source
        if not self._asked:
            self._first_subject_question()
        spans = self._subject_spans
        starts = self._subject_starts
        if starts is None:
            for i, span in enumerate(spans):
                if source.find(word, span.start, span.end) >= 0 and word in self._found_in(i):
                    return True
            return False
        if not spans or not "A" <= word[:1] <= "Z":
            return False  # (both patterns find words opening with ``[A-Z]``)
        n = len(word)
        limit = spans[-1].end
        p = source.find(word, spans[0].start, limit)
        while p >= 0:
            i = bisect.bisect_right(starts, p) - 1
            span = spans[i]
            span_end = span.end
            if p + n > span_end:
                p = source.find(word, p + 1, limit)  # not inside a span
                continue
            answer = _subject_at(source, p, n, span.start, span_end)
            if answer is None:
                # scan the span: the spans after it are the only ones left
                if word in self._found_in(i):
                    return True
                p = source.find(word, span_end, limit)
                continue
            if answer:
                return True
            p = source.find(word, p + 1, limit)
        return False

    def _found_in(self, i: int) -> set[str]:
        """``_span_subjects`` of the subject span *i*, found once."""
        found = self._span_subjects.get(i)
        if found is None:
            if self._honorifics is None:
                self._honorifics = _has_honorifics(self.source)
            span = self._subject_spans[i]
            found = self._span_subjects[i] = _span_subjects(self.source, span, self._honorifics)
        return found

    # -- building -------------------------------------------------------------------

    def entity(self, kind: ParticipantKind, name: str) -> Entity:
        """Return the entity of this kind and name, creating it when new."""
        low = name.lower()
        key = (kind, low)
        ent = self._by_name.get(key)
        if ent is None:
            ent = Entity(kind, name, len(self.entities), self, low)
            self.entities.append(ent)
            if kind is _PERSON:
                self._persons.append(ent)
                _index_person(self._person_words, ent)
            self._by_name[key] = ent
        return ent

    def make_person(self, ent: Entity) -> None:
        """Turn *ent*, found as a group, into a person (``said Dhoni ... he added``), and
        index it as the persons are."""
        if ent.kind is _PERSON:
            return
        key = (ent.kind, ent.name.lower())
        if self._by_name.get(key) is ent:
            del self._by_name[key]
        ent.kind = _PERSON
        self._by_name.setdefault((ent.kind, ent.name.lower()), ent)
        self._persons.append(ent)
        _index_person(self._person_words, ent)

    def rename(self, ent: Entity, name: str) -> None:
        """Give *ent* a fuller name; the old one stays an alias."""
        if name == ent.name:
            return
        old = ent.name
        self._by_name.setdefault((ent.kind, name.lower()), ent)
        ent.set_name(name)
        ent.add_alias(old)
        if ent.kind is _PERSON:
            # the words changed: index the persons again, in order
            index: dict[str, list[Entity]] = {}
            for p in self._persons:
                _index_person(index, p)
            self._person_words = index

    def mention(self, ent: Entity, start: int, end: int) -> None:
        """Record that *ent* is mentioned at ``source[start:end]``."""
        old_at = self.at.get(start)
        if old_at is not None:
            old_end, old = old_at
            adjective = self.source[start:old_end].lower() in DEMONYMS
            # ``Hospital workers``: a group whose name holds the only mention of an
            # organisation takes that mention over
            group_over_org = (
                old.kind is _ORGANIZATION
                and ent.kind is _GROUP
                and end > old_end
                and old.starts == [start]
            )
            if not group_over_org and (
                old.kind is not _COUNTRY or end <= old_end or (not adjective and ent.kind is _GROUP)
            ):
                return
            # ``Brazilian Tropical Crops Institute``: the name wins over the demonym
            old.starts.remove(start)
            old._mentions = None
            self._items[bisect.bisect_left(self._starts, start)] = (start, end, ent)
        else:
            starts = self._starts
            if not starts or start > starts[-1]:  # (mostly found in order)
                starts.append(start)
                self._items.append((start, end, ent))
            else:
                i = bisect.bisect_left(starts, start)
                starts.insert(i, start)
                self._items.insert(i, (start, end, ent))
        ent_starts = ent.starts
        if not ent_starts or start > ent_starts[-1]:
            ent_starts.append(start)
        else:
            bisect.insort(ent_starts, start)
        ent._mentions = None
        if ent._registry is None:
            ent._registry = self  # (an entity made outside ``entity``)
        self.at[start] = (end, ent)

    def merge(self, ent: Entity, into: Entity) -> None:
        """Make every mention of *ent* one of *into*, whose alias its name becomes."""
        for start in ent.starts:
            end = self.at[start][0]
            self.at[start] = (end, into)
            i = bisect.bisect_left(self._starts, start)
            self._items[i] = (start, end, into)
            bisect.insort(into.starts, start)
        ent.starts = []
        ent._mentions = None
        into._mentions = None
        if ent.name.lower() != into.name.lower():
            into.add_alias(ent.name)
        self._by_name[(ent.kind, ent.name.lower())] = into

    def _mentions_of(self, ent: Entity) -> list[Mention]:
        """The ``Mention`` objects of *ent*, in order of position."""
        source = self.source
        at = self.at
        captions = self.captions
        if not captions:  # (most articles: no mention is in a caption)
            return [_mention_at(source, start, at[start][0], False) for start in ent.starts]
        out = []
        for start in ent.starts:
            in_caption = False
            for c in captions:
                if c.start <= start < c.end:
                    in_caption = True
                    break
            out.append(_mention_at(source, start, at[start][0], in_caption))
        return out

    def find_person(self, words: list[str], before: int | None = None) -> Entity | None:
        """The person whose name contains *words* as a contiguous run, latest mentioned."""
        return self._find_person([w.lower() for w in words], before)

    def _find_person(self, low: list[str], before: int | None = None) -> Entity | None:
        """``find_person`` for the lower-cased words *low*."""
        n = len(low)
        if n:
            # only the persons whose names hold the first word, in order
            persons = self._person_words.get(low[0])
            if persons is None:
                return None
        else:
            persons = self._persons
        best: Entity | None = None
        best_last = -1
        for ent in persons:
            if n > 1:
                toks = ent._low_tokens
                for i in range(len(toks) - n + 1):
                    if toks[i : i + n] == low:
                        break
                else:
                    continue  # the words are not in the name, one after the other
            if before is not None and ent.first_mention() >= before:
                continue
            last = ent.starts[-1] if ent.starts else -1
            if best is None or last > best_last:
                best = ent
                best_last = last
        if best is None and n == 2 and persons is not None:
            # ``John Mahama`` for ``John Dramani Mahama``: the middle name left out
            for ent in persons:
                toks = ent._low_tokens
                if (
                    len(toks) == 3
                    and toks[0] == low[0]
                    and toks[-1] == low[1]
                    and (before is None or ent.first_mention() < before)
                ):
                    return ent
        return best

    def find_org(self, text: str) -> Entity | None:
        """The organisation named or abbreviated as *text*."""
        low = text.lower()
        for ent in self.entities:
            if ent.kind is _ORGANIZATION and (
                ent.name.lower() == low or low in (a.lower() for a in ent.aliases)
            ):
                return ent
        return None

    def org_by_prefix(self, lows: Sequence[str], start: int) -> Entity | None:
        """The organisation mentioned before *start* whose longer name opens with the
        words *lows* (lower case): ``Samsung`` for ``Samsung Electronics``."""
        n = len(lows)
        for ent in self.entities:
            if (
                ent.kind is ParticipantKind.ORGANIZATION
                and (
                    (len(ent._low_tokens) > n and ent._low_tokens[:n] == lows)
                    # ``Sibanye`` for ``Sibanye-Stillwater``
                    or (n == 1 and ent._low_tokens[0].startswith(lows[0] + "-"))
                )
                and 0 <= ent.first_mention() < start
            ):
                return ent
        return None

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """Mentions that start inside ``[start, end)``, in order."""
        lo = bisect.bisect_left(self._starts, start)
        return self._items[lo : bisect.bisect_left(self._starts, end, lo)]

    def participants(self) -> tuple[Participant, ...]:
        """Freeze the entities into participants, in order of first mention."""
        ents = [e for e in self.entities if e.starts]
        ents.sort(key=_first_start)
        out = []
        for i, ent in enumerate(ents, 1):
            ent.order = i
            out.append(
                _participant(
                    f"p{i}",
                    ent.kind,
                    ent.name,
                    tuple(ent.aliases),
                    tuple(ent.roles),
                    ent.gender,
                    tuple(ent.mentions),
                )
            )
        return tuple(out)

    def release(self) -> None:
        """Drop the entities' references to the registry, once nothing reads it any more.

        An entity keeps its registry to make its ``mentions``; with that reference each
        entity and the registry form a reference cycle, which only the garbage collector
        frees, after it has carried the whole registry into an older generation. Without
        it, the registry and its entities are freed as soon as the extraction is done.
        """
        for ent in self.entities:
            ent._registry = None


def _index_person(index: dict[str, list[Entity]], ent: Entity) -> None:
    """Add the person *ent* under each word of its name (once) in *index*, and under the
    word without accents (``Kaczynski`` for ``Kaczyński``: pages drop them)."""
    words = ent._low_tokens
    if not all(map(str.isascii, words)):
        words = [*words, *(f for w in words if not w.isascii() and (f := _fold(w)) != w)]
    for w in words:
        persons = index.get(w)
        if persons is None:
            index[w] = [ent]
        elif persons[-1] is not ent:  # (a word twice in the name)
            persons.append(ent)


def _first_start(ent: Entity) -> int:
    """The start of the first mention of *ent* (which has one)."""
    return ent.starts[0]


#: The speech verbs of the other languages of the cue table, as written after a subject
#: (``a indiqué``, ``ha detto``, ``dijo``).
_FOREIGN_CUES = tuple(
    sorted(
        {
            f + " "
            for verb in ("dire", "dire_it", "a spune", "decir", "dizer", "sagen", "zeggen")
            for f in CUE_VERBS[verb]
        },
        key=len,
        reverse=True,
    )
)


def _appositive(source: str, end: int, limit: int) -> tuple[str, str | None]:
    """The appositive phrase after a name ending at *end*: (text, head kind).

    Head kind is ``person``, ``org`` or None, from the first role or organisation noun.
    """
    m = _APPOS_START.match(source, end, limit)
    if not m:
        return "", None
    depth = 0
    i = end + 2
    while True:
        # jump to the next bracket or stop character (the others only move ``i`` on)
        m = _APPOS_CHAR.search(source, i, limit)
        if m is None:
            i = max(i, limit)
            break
        i = m.start()
        c = source[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            if c == "." and i + 1 < limit and not source[i + 1].isspace():
                i += 1
                continue
            break
        i += 1
    phrase = source[end + 1 : i].strip()
    if phrase.startswith(_FOREIGN_CUES):
        return "", None  # ``X, a indiqué dans un communiqué que``: the verb, no appositive
    speech = _SPEECH_IN.search(phrase)
    if speech is not None:
        # ``..., the coach said that ...``: a clause, not an appositive; but a bare role
        # ends where the verb begins (``X, media adviser to the President said ...``)
        head = phrase[: speech.start()].rstrip()
        words = _WORD_RE.findall(head)
        if not (
            1 <= len(words) <= 8
            and phrase[:1].islower()
            and words[0].lower() not in NOT_NAME_WORDS
            and any(w.lower() in PERSON_NOUNS or w.lower() in _ROLE_TITLES for w in words[:3])
        ):
            return "", None
        phrase = head
    lowered = phrase[:6].lower()  # (for the tests below)
    if lowered.startswith(("who ", "whose ")):
        return phrase, "person"
    if lowered.startswith("also "):
        phrase = phrase[5:].lstrip()
    words = [w.lower() for w in _WORD_RE.findall(phrase)[:8]]
    for k, lw in enumerate(words):
        if lw in ("which", "that"):
            break
        if lw in PERSON_NOUNS or lw in _ROLE_TITLES:
            return phrase, "person"
        if lw in ORG_NOUNS:
            nxt = words[k + 1] if k + 1 < len(words) else ""
            if nxt in PERSON_NOUNS or nxt in _ROLE_TITLES:
                return phrase, "person"  # ``a police sergeant``: the organisation modifies
            return phrase, "org"
    return phrase, None


#: Characters of a word for ``_word_before`` (``str.isalnum`` or ``-'’.``), and ``_``.
_WORD_BEFORE_CHARS = re.compile(r"[\w\-'’.]+")


def _word_before(source: str, i: int, floor: int) -> tuple[int, int]:
    """The word ending before *i* (over spaces and tabs), not before *floor*: its
    (start, end); start == end when there is none."""
    j = i
    while j > floor and source[j - 1] in " \t":
        j -= 1
    # mostly a space comes before the word: then it is all that follows the space
    k = source.rfind(" ", floor, j) + 1 or floor
    if k < j and (
        source[k:j].isalnum()  # (most words: letters alone)
        or (_WORD_BEFORE_CHARS.fullmatch(source, k, j) and source.find("_", k, j) < 0)
    ):
        return k, j
    k = j
    while k > floor and (source[k - 1].isalnum() or source[k - 1] in "-'’."):
        k -= 1
    return k, j


#: Person nouns and role titles, whose plurals name persons too (``justices``).
_ROLE_NOUNS = PERSON_NOUNS | _ROLE_TITLES
#: Lower-case words that may modify a role noun (``battery maker``).
_ROLE_MODIFIERS = frozenset(
    ["payments", "battery", "hospital", "tea", "research", "metals", "union", "club", "team"]
)


def _role_before(source: str, start: int, floor: int) -> tuple[str, str | None]:
    """A lower-case role phrase right before a name: ``glaciologist``, ``battery maker``.

    Returns the phrase (with capitalised modifiers before it) and its kind. Words are
    read backwards one at a time (six at most), stopping at the first that cannot be
    part of the phrase: most names have none.
    """
    k, j = _word_before(source, start, floor)
    if k == j:
        return "", None
    w = source[k:j]
    if not w[:1].islower():
        return "", None  # a capitalised word is a name's, not a role noun
    lw = w.lower().rstrip(".")
    if lw in PERSON_NOUNS or (
        lw.endswith("s") and (lw[:-1] in _ROLE_NOUNS or lw[:-2] in _ROLE_NOUNS)
    ):
        kind = "person"  # ``glaciologist X``, ``justices X and Y``
    elif lw in ORG_NOUNS:
        kind = "org"
    else:
        return "", None
    role_start = _words_back(source, k, floor, 5, _role_word)
    return source[role_start:start].strip(), kind


def _role_word(w: str) -> bool:
    """Whether *w* may go on a lower-case role phrase backwards (``battery maker``)."""
    if w.endswith(".") and len(w) > 4 and not w[:-1].isupper() and "." not in w[:-1]:
        return False  # ``... Iraqi Kurdistan. The Ministry's spokesperson X``: a sentence end
    lw = w.lower().rstrip(".")
    if w[:1].isupper() or lw in PERSON_NOUNS or lw in ORG_NOUNS or lw.endswith(("'s", "’s")):
        return lw not in NOT_NAME_WORDS or lw == "the"
    return w.lower() in _ROLE_MODIFIERS


def _words_back(source: str, i: int, floor: int, limit: int, take: Callable[[str], bool]) -> int:
    """Walk back from *i* over at most *limit* words that *take* accepts; return where the
    last one taken starts (*i* when none is)."""
    start = i
    for _ in range(limit):
        a, b = _word_before(source, start, floor)
        if a == b or not take(source[a:b]):
            break
        start = a
    return start


#: ``37-year-old`` right before a name.
_AGE_BEFORE = re.compile(r"\b\d{1,3}[- ]years?[- ]old\s+$")
#: ``, 68;``, ``, 45, said``: an age in apposition after a name (1 to 119).
_AGE_AFTER = re.compile(r",\s*(?:1[01]\d|[1-9]\d?)(?:\s*(?:[,;)]|and\b|years?\b)|\.(?!\d))")


def _extend_role(source: str, i: int, floor: int) -> str:
    """The words right before the role word at *i* that belong to the role (``chief``
    before ``executive``, ``the company's``, ``Finance``), up to four; with the space."""
    return source[_words_back(source, i, floor, 4, _title_word) : i]


def _title_word(w: str) -> bool:
    """Whether *w* may go on a role phrase before its role word (``chief``, ``Finance``)."""
    lw = w.lower()
    return lw not in NOT_NAME_WORDS and (
        lw in TITLE_WORDS or lw in PERSON_NOUNS or w[:1].isupper() or lw.endswith(("'s", "’s"))
    )


#: A capitalised word acting alone as the subject of a verb.
#:
#: Written for speed: the pattern starts with the capital itself, so the regex engine
#: can skip ahead to the next capital letter, and the word boundary before it is a
#: lookbehind after it (``(?<!\w[A-Z])`` is ``\b`` before an ``[A-Z]``). An optional
#: ``Mr.`` before the word would change neither the word found nor where it starts.
#: The verbs are grouped by first letter (``_by_first_letter``): one of them at most can
#: end at a word boundary, so their order does not matter. The word is ``[A-Z][\w'’-]+``
#: taken whole (``(?=(...))\1``, an atomic group): giving characters back could only
#: let ``['’]s`` match where the whole word matched already. Group 1 is the word without
#: its capital.
_SUBJECT_WORD = re.compile(
    r"[A-Z](?<!\w[A-Z])(?=([\w'’-]+))\1(?:['’]s)?\s+(?:"
    + _by_first_letter(
        """has had is was said says told added will would could can noted explained believes
        thinks wrote stressed insisted argued asked replied warned hopes hoped declined refused
        scored won lost played joined became remains remained also then later still""".split()
    )
    + r")\b"
)
#: A capitalised word after an honorific: ``\b(?:Mr|Ms|Mrs|Dr)\.?\s+(Word)``, with the word
#: boundary checked by lookbehinds after the honorific so the engine can scan for its
#: first letter.
_HONORIFIC_WORD = re.compile(r"(?:M(?:rs?|s)|Dr)(?<!\w[MD][rs])(?<!\wMrs)\.?\s+([A-Z][\w'’-]+)")


def _standalone_subjects(source: str, spans: list[Span]) -> set[str]:
    """Capitalised words used alone as a subject (``Rabada has``) or after ``Mr.``.

    A name whose first or last word is used this way elsewhere is taken for a person's:
    places and organisations are rarely shortened to one of their words.
    """
    found: set[str] = set()
    honorifics = _has_honorifics(source)
    for span in spans:
        found |= _span_subjects(source, span, honorifics)
    return found


def _subject_at(source: str, k: int, n: int, ss: int, se: int) -> bool | None:
    """Whether ``_span_subjects`` of the span ``ss:se`` finds the word ``source[k:k + n]``
    (opening with ``[A-Z]``) at *k*, or None when that depends on more of the span.

    ``_SUBJECT_WORD`` finds it there when it matches there and no match before takes in
    *k*: one could only through its first word, and only over a ``'``, ``’`` or ``-``
    right before *k* (after a word character the pattern does not match at *k*; its other
    parts hold no capital). ``_HONORIFIC_WORD`` can find it only after an honorific.
    """
    if k > ss and source[k - 1] in "'’-":
        return None
    # ``(?:Mr|Mrs|Ms|Dr)\.?\s+`` right before *k*, tested loosely: then scan the span
    j = k
    while j > 0 and source[j - 1].isspace():
        j -= 1
    if j < k:
        if source[j - 1 : j] == ".":
            j -= 1
        if source[max(0, j - 3) : j].endswith(("Mr", "Ms", "Dr", "Mrs")):
            return None
    m = _SUBJECT_WORD.match(source, k, se)
    if m is None or m.end(1) != k + n:
        return False
    before = source[max(ss, k - 30) : k].rstrip()
    prev = before.rsplit(None, 1)[-1] if before else ""
    # (as in ``_span_subjects``: part of a longer capitalised run)
    return not (prev[:1].isupper() and not prev.endswith((".", ",", ":", ";")))


def _has_honorifics(source: str) -> bool:
    """Whether *source* may hold a ``Mr``, ``Ms``, ``Mrs`` or ``Dr`` at all."""
    return "Mr" in source or "Ms" in source or "Dr" in source  # (``Mrs`` has ``Mr``)


def _span_subjects(source: str, span: Span, honorifics: bool) -> set[str]:
    """``_standalone_subjects`` of one span (spans do not affect each other); the words
    after an honorific only when *honorifics* says there may be one."""
    found: set[str] = set()
    for m in _SUBJECT_WORD.finditer(source, span.start, span.end):
        k = m.start()
        before = source[max(span.start, k - 30) : k].rstrip()
        prev = before.rsplit(None, 1)[-1] if before else ""
        if prev[:1].isupper() and not prev.endswith((".", ",", ":", ";")):
            continue  # part of a longer capitalised run
        found.add(source[k : m.end(1)])
    if honorifics:
        for m in _HONORIFIC_WORD.finditer(source, span.start, span.end):
            found.add(m.group(1))
    return found


def build_registry(source: str, spans: list[Span], captions: Iterable[Span] = ()) -> Registry:
    """Find the participants mentioned in ``source[span]`` for each span (body and caption
    text; mentions inside *captions* are marked as such)."""
    reg = Registry(source)
    reg.captions = list(captions)
    reg._set_subject_spans(list(spans))  # found when first needed: see ``Registry.subjects``
    singles: list[_Single] = []
    _classify_spans(reg, source, spans, singles)
    _coordinated(reg, source)
    # short forms: single words or partial names of a known person (attaching them makes
    # no person, so those whose word no person's name holds are passed over here)
    for single in singles:
        if single[4] in reg._person_words:
            _attach_single(reg, single, source)
        elif (
            not _titled_single(reg, single, source)
            and not _described_acronym(reg, single, source)
            and not _company_by_trade(reg, single, source)
        ):
            _org_short_form(reg, single)
    _head_words_named_later(reg)
    return reg


def _head_words_named_later(reg: Registry) -> None:
    """``According to the Ministry`` before ``the Energy Ministry``: an institution named by
    its head word alone, when the page names exactly one institution in full with that
    word, is that institution (the other order is read as the mentions are made)."""
    lone = [
        e
        for e in reg.entities
        if e.kind is _ORGANIZATION and len(e._low_tokens) == 1 and e.starts
        and e._low_tokens[0] in _INSTITUTION_HEADS
    ]  # fmt: skip
    if not lone:
        return
    by_word: dict[str, list[Entity]] = {}
    for o in reg.entities:
        if o.kind is _ORGANIZATION and len(o._low_tokens) > 1 and o.starts:
            for w in set(o._low_tokens):
                by_word.setdefault(w, []).append(o)
    for e in lone:
        fuller = by_word.get(e._low_tokens[0], [])
        if len(fuller) == 1:
            reg.merge(e, fuller[0])


#: The fields listed before an institution's last field (``Philippine Atmospheric,
#: Geophysical and`` before ``Astronomical Services Administration``).
_ORG_LIST_HEAD = re.compile(
    # (after ``the`` or a possessive: ``the country’s Meteorology, ...``; not ``a statement
    # by INEC, Presidential and National Assembly elections``)
    r"(?:(?<=the )|(?<=The )|(?<=’s )|(?<='s ))"
    r"(?:[A-Z][\w-]+\s+)?[A-Z][\w-]+,\s+(?:[A-Z][\w-]+,\s+)*[A-Z][\w-]+\s+and\s+$"
)
#: First words of organisations' names that are no short form of them.
_NOT_SHORT_FORMS = frozenset(
    """national international global general central federal royal united public private
    new first great north south east west northern southern eastern western metropolitan
    london paris tokyo beijing moscow washington""".split()
)


def _common_word(low: str) -> bool:
    """Whether the lower-cased word is a sentence word, an organisation, country, title
    or place word: no one's short name."""
    return (
        low in NOT_NAME_WORDS
        or low in ORG_WORDS
        or low in _COUNTRY_WORDS
        or low in TITLE_WORDS
        or low in PLACE_WORDS
    )


#: ``, the country's weather bureau,`` after an acronym: a description of an organisation.
_ORG_APPOSITIVE = re.compile(
    r",\s+(?:the|a|an|its)\s+(?:[\w'’-]+\s+){0,5}?(" + "|".join(sorted(_ORG_HEADS)) + r")\s*,"
)


def _described_acronym(reg: Registry, single: _Single, source: str) -> bool:
    """``PAGASA, the country's weather bureau, forecasted``: an acronym that no name
    defined, described as an organisation right after it, is that organisation."""
    word, start, end, limit, _low = single
    if not (len(word) >= 3 and word.isupper() and word.isalpha()):
        return False
    m = _ORG_APPOSITIVE.match(source, end, limit)
    if m is None:
        return False
    org = reg.entity(_ORGANIZATION, word)
    org.add_role(source[end + 1 : m.end() - 1].strip())
    reg.mention(org, start, end)
    return True


def _company_by_trade(reg: Registry, single: _Single, source: str) -> bool:
    """``South African miner Sibanye-Stillwater``, ``carmaker Volvo``: a name after a
    business noun is that business."""
    word, start, end, _limit, low = single
    if _common_word(low) or not word[:1].isupper():
        return False
    k, j = _word_before(source, start, max(0, start - 40))
    if k == j or source[k:j].lower() not in _TRADE_NOUNS:
        return False
    org = reg.find_org(word) or reg.entity(_ORGANIZATION, word)
    reg.mention(org, start, end)
    return True


#: Business nouns that name a company's trade right before its name (not those that also
#: stand before other names: ``group X``, ``developer X``, ``bank X``).
_TRADE_NOUNS = COMPANY_NOUNS - frozenset(
    "group developer maker manufacturer producer supplier business chain giant bank".split()
)


def _org_short_form(reg: Registry, single: _Single) -> None:
    """``Samsung`` after ``Samsung Electronics``: the organisation by its first word."""
    word, start, end, _limit, low = single
    if _common_word(low) or low in _NOT_SHORT_FORMS or not word[:1].isupper():
        return
    org = reg.org_by_prefix([low], start)
    if org is not None and _INSTITUTION_HEADS.isdisjoint(org._low_tokens):
        # (a company's; not ``Security`` for the Security Council, nor ``Laurel`` for the
        # Laurel Police Department)
        org.add_alias(word)
        reg.mention(org, start, end)


def _titled_single(reg: Registry, single: _Single, source: str) -> bool:
    """``President Macron``, ``Mr Smith``, ``Governor Cuomo``: a name after a person's
    title or an honorific is a person's, when no fuller name holds the word (then it is
    a short form: see ``_attach_single``). The title is a role; an honorific gives the
    gender. Returns whether it made the person."""
    word, start, end, _limit, low = single
    if (
        _common_word(low)
        or low in PERSON_NOUNS
        or low in GROUP_NOUNS
        or _ACRONYM.match(word)
        or len(word) < 2  # (``Gen Z``)
        or not (word[:1].isupper() or _PREFIXED_NAME.match(word))  # (``Colonel al-Maliki``)
        or source[start - 1 : start] != " "
    ):
        return False
    titled = _title_before(source, start)
    if titled is None:
        return False
    pair = f"{titled[0]} {low}".lower()
    if pair in MULTIWORD_PLACES or pair in _COUNTRY_WORDS:
        return False  # (``Sri Lanka``, ``Sri Lankan``: a place)
    ent = reg.entity(ParticipantKind.PERSON, word)
    reg.mention(ent, start, end)
    _add_title(ent, *titled)
    return True


#: Title words too often something else before a capitalised word to make a lone name a
#: person's (``Major League``, ``World Major Marathon``, ``Chief Justice``).
_AMBIGUOUS_TITLES = frozenset("major maj maj. chief head leader partner founder".split())


def _title_before(source: str, start: int) -> tuple[str, str | None] | None:
    """The person's title or honorific right before a name at *start* (``Governor``,
    ``Foreign Minister``, ``Mr``), with the gender an honorific gives."""
    floor = max(0, start - 80, source.rfind("\n", 0, start) + 1)
    k, j = _word_before(source, start, floor)
    if j != start - 1 or k == j:
        return None
    title = source[k:j]
    tl = title.lower()
    if tl in HONORIFICS:
        return title, HONORIFICS[tl]
    if (
        title[:1].isupper()
        and (tl in _ROLE_TITLES or ("-" in tl and _is_title(tl)))
        and tl not in _AMBIGUOUS_TITLES
    ):
        return (_extend_role(source, k, floor) + title).strip(), None
    return None


def _add_title(ent: Entity, role: str, gender: str | None) -> None:
    """Give *ent* the title *role* and, when it has none yet, the *gender*."""
    ent.add_role(role)
    if gender and ent.gender is None:
        ent.gender = gender


#: A short form for ``_attach_single``: the word, its start and end, the end of its
#: span, and the word lower-cased.
_Single = tuple[str, int, int, int, str]

#: What a step of a plan does (its first item; the others index the tokens of the
#: sequence it belongs to):
#:
#: - ``(_ST_COUNTRY, i, country)``: the token is a mention of the country;
#: - ``(_ST_SINGLE, i)``: the token is a short form for ``_attach_single``;
#: - ``(_ST_ACRONYM, i)``: the token is an acronym, an organisation once defined;
#: - ``(_ST_ORG, a, b)``: tokens ``a:b`` name an organisation (titles before them);
#: - ``(_ST_PERSON, a, b, facts)``: tokens ``a:b`` may name a person (``_PersonFacts``);
#: - ``(_ST_SPLIT, texts, cuts)``: the sequence splits into parts after an organisation
#:   word (``cuts``: (index, whether always or only where the tail speaks)), each part
#:   then planned by ``_part_plan``.
_ST_COUNTRY, _ST_SINGLE, _ST_ACRONYM, _ST_ORG, _ST_PERSON, _ST_SPLIT = range(6)

#: A step of a plan (see ``_ST_COUNTRY`` and the others).
_Step = tuple[Any, ...]


class _PersonFacts(NamedTuple):
    """What the words of a name-shaped part say, for ``_classify_person``."""

    #: The words of the name and the same lower-cased.
    words: tuple[str, ...]
    lows: list[str]
    #: The honorifics among the titles before it: (text, gender).
    honorifics: tuple[tuple[str, str | None], ...]
    #: Whether a title word or role noun is among the titles.
    titled: bool
    #: The tokens (first, last) of the role written before the name, if any.
    role_span: tuple[int, int] | None
    #: Whether the name is written family name first (``Guo Shengkun``).
    surname_first: bool
    #: The gender of the first word as a given name.
    given: str | None
    #: Whether the words alone make it a person (honorific, title, given name, ...).
    evidence: bool
    #: Whether the words rule a person out (more than five words, a digit).
    bad: bool


#: The plan of a run (see ``_run_plan``).
_RunPlan = tuple[tuple[_RunToken, ...], tuple[tuple[int, _Step], ...] | None, int]


#: ``_run_plan`` by run: a cache read inline in ``_classify_spans`` (cheaper than a call),
#: emptied when full.
_RUN_PLANS: dict[str, _RunPlan] = {}


def _cached_run_plan(run: str) -> _RunPlan:
    """``_run_plan(run)``, cached in ``_RUN_PLANS``."""
    plan = _RUN_PLANS.get(run)
    if plan is None:
        if len(_RUN_PLANS) >= 8192:
            _RUN_PLANS.clear()
        plan = _RUN_PLANS[run] = _run_plan(run)
    return plan


def _run_plan(run: str) -> _RunPlan:
    """The tokens of a capitalised run (``_run_tokens``), what to do with them when it is
    a cluster of its own (``(offset of the sequence, step)`` pairs, in order), and the
    token that is a short form when that is all (``Guo``, ``In Guo``), else -1.

    Which tokens form sequences, and what is done with a sequence, depend on the words
    alone; only a line break between tokens (a hard wrap, or not) depends on the text
    around the run, and such runs have no plan (None). Runs are short and repeat, so
    plans are cached.
    """
    toks = _run_tokens(run)
    if "\n" in run:
        return toks, None, -1
    steps = _plan_sequences(toks, 0, run)
    if len(steps) == 1 and steps[0][1][0] == _ST_SINGLE:
        return toks, steps, steps[0][0] + steps[0][1][1]
    return toks, steps, -1


def _plan_sequences(
    toks: Sequence[_RunToken], base: int, source: str
) -> tuple[tuple[int, _Step], ...]:
    """The steps for ``_sequences(toks, base, source)``: (offset, step) pairs."""
    out = []
    for lo, hi in _sequences(toks, base, source):
        for step in _seq_plan(tuple([t[0] for t in toks[lo:hi]])):
            out.append((lo, step))
    return tuple(out)


@functools.lru_cache(maxsize=8192)
def _single_action(word: str) -> int:
    """How a sequence of the one word *word* is treated, decided from the word alone.

    Most sequences are one word (``The``, ``Wednesday``, ``Guo``): ``_SKIP``: nothing;
    ``_COUNTRY_ONLY``: a mention of the country, nothing else; ``_SINGLE``: a short form
    for ``_attach_single``; ``_GENERAL``: what ``_part_plan`` says (it may name an
    organisation).
    """
    low = word.lower()
    country = low in COUNTRIES or low in DEMONYMS
    if low in NAME_PARTICLES or country:
        return _COUNTRY_ONLY if country else _SKIP  # trimmed away, or a country alone
    if (low in ORG_WORDS and low not in TITLE_WORDS) or _ACRONYM.match(word):
        # an organisation, or an acronym one may have defined (a field alone, ``Finance``
        # of ``Minister of Finance``, is neither)
        return _GENERAL
    if low in TITLE_WORDS or low in MULTIWORD_PLACES:
        return _SKIP
    cap = word[:1].isupper() or _PREFIXED_NAME.match(word) is not None
    if not cap or low in NOT_NAME_WORDS:
        return _SKIP
    return _SINGLE


def _country_of(low: str) -> str:
    """The country a country word or demonym (lower-cased) names."""
    return COUNTRIES.get(low) or COUNTRIES[DEMONYMS[low]]


@functools.lru_cache(maxsize=8192)
def _seq_plan(texts: tuple[str, ...]) -> tuple[_Step, ...]:
    """The steps for a sequence of the words *texts*: its countries and demonyms, then
    its parts (split after an organisation word followed by a name: ``Security Council
    Nikolai Patrushev``)."""
    if len(texts) == 1:
        action = _single_action(texts[0])
        if action == _SINGLE:
            return ((_ST_SINGLE, 0),)
        if action == _SKIP:
            return ()
        if action == _COUNTRY_ONLY:
            return ((_ST_COUNTRY, 0, _country_of(texts[0].lower())),)
    lows = [w.lower() for w in texts]
    steps: list[_Step] = [
        (_ST_COUNTRY, i, _country_of(low)) for i, low in enumerate(lows) if low in _COUNTRY_WORDS
    ]
    n = len(texts)
    if n < 3 or ORG_WORDS.isdisjoint(lows[:-2]):
        # no organisation word with two words after it: nothing to split
        steps.extend(_part_plan(texts))
        return tuple(steps)
    cuts = []
    for i, low in enumerate(lows):
        left = n - i - 1
        if low in ORG_WORDS and left >= 2:
            nxt = _fold(texts[i + 1])
            named = nxt in MALE_NAMES or nxt in FEMALE_NAMES or nxt in FAMILY_FIRST_SURNAMES
            # ``Organising Committee President Seiko Hashimoto``: a title, then a name
            titled = (
                left <= 5
                and low in _ORG_HEADS
                and nxt in TITLE_WORDS
                and _fold(texts[-1]) not in TITLE_WORDS
                and lows[-1] not in ORG_WORDS
                and _fold(texts[-2]) not in TITLE_WORDS
            )
            if named or titled:
                cuts.append((i, True))
            elif nxt in _COUNTRY_WORDS and left >= 3 and _is_given(texts[i + 2]):
                # ``Hotel Association Nepal Binayak Shah``: the body, its country, a name
                cuts.append((i + 1, True))
            elif (
                left <= 3
                and nxt not in TITLE_WORDS  # ``Energy Minister Khalid al-Falih``: a title
                and all(_is_cap(texts[x]) and lows[x] not in ORG_WORDS for x in range(i + 1, n))
                # (``Syndicate of Gas Station Owners``: people by their trade, no name)
                and not (lows[-1].endswith("s") and lows[-1][:-1] in PERSON_NOUNS)
            ):
                # ``... Defense Council Oleksiy Danilov said``: a short tail, if it speaks
                cuts.append((i, False))
    if cuts:
        steps.append((_ST_SPLIT, texts, tuple(cuts)))
    else:
        steps.extend(_part_plan(texts))
    return tuple(steps)


#: Last words of things named after people (days, prizes, buildings), never a person.
_NAMED_AFTER_LAST = frozenset(
    "day award awards prize trophy cup lecture memorial stadium arena airport highway"
    " boulevard scholarship medal".split()
)
_TRAILING_HONORIFICS = frozenset(("sir", "ji", "saheb", "sahib", "madam", "ma'am", "ma’am"))
_DAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight".split()
)
#: Words that may follow a title word and leave it a title (``Minister of Finance``).
_TITLE_TAIL = TITLE_WORDS | frozenset(("of", "for", "the", "and", "&"))


def _common_ending(low: str, endings: str | tuple[str, ...]) -> bool:
    """Whether the lower-cased word (of six letters or more) ends in one of *endings*
    and is no one's given name."""
    return (
        len(low) > 5
        and low.endswith(endings)
        and _fold(low) not in MALE_NAMES
        and _fold(low) not in FEMALE_NAMES
    )


def _is_gerund(low: str) -> bool:
    """``losing``, ``speaking``: an -ing form opening a run (no one's given name)."""
    return _common_ending(low, "ing")


#: Titles that are written and read as part of the name (``Sheikh Hasina``, ``Sheikh
#: Mohamed bin Zayed``): they open it, and give it the evidence of a person.
NAME_TITLES = frozenset(("sheikh", "sheikha", "shaikh"))
#: Endings of common nouns (``Telecommunications``, ``Development``, ``Technology``).
_NOUN_ENDINGS = (
    "tion", "tions", "sion", "sions", "ment", "ments", "ness", "ship", "ships", "ities",
    "ism", "ology", "ture", "tures", "ics",
)  # fmt: skip


def _is_field_noun(low: str) -> bool:
    """``telecommunications``, ``development``: a common noun by its ending (part of a
    title or a field, ``Minister for Posts and Telecommunications``), no one's name."""
    return (
        _common_ending(low, _NOUN_ENDINGS)
        # (``Commission``: an organisation's head; ``Operation``: a named operation's)
        and low not in ORG_WORDS
        and low not in _PLACE_FIRST
    )


def _title_split(lows: Sequence[str]) -> int:
    """How many leading words of a part are titles, fields and sentence openers.

    A title word further in (``Union Health Minister Dr Harsh Vardhan``) also ends the
    titles when one to four name words follow it. ``A`` before another single letter is
    an initial (``A S Rao``), not the article.
    """
    i = 0
    n = len(lows)
    while i < n - 1 and (
        (
            lows[i] in _OPENER_WORDS
            and not (lows[i] == "a" and len(lows[i + 1]) == 1)
            # (``Sheikh Hasina``: part of the name; ``Sheikh Dr. Sultan``: a title)
            and not (lows[i] in NAME_TITLES and lows[i + 1] not in _OPENER_WORDS)
        )
        or (i == 0 and _is_gerund(lows[0]))
        or _is_field_noun(lows[i])
        # ``The Most Rev Justin Welby``, ``Right Hon``, ``Very Rev``: a degree of the
        # honorific after it
        or (lows[i] in _HONORIFIC_DEGREES and lows[i + 1] in HONORIFICS)
    ):
        i += 1
    for k in range(n - 2, i - 1, -1):
        low = lows[k]
        if _is_title(low) and low not in ORG_WORDS and low not in NAME_TITLES:
            if 1 <= n - k - 1 <= 4:
                return k + 1
            break
    return i


@functools.lru_cache(maxsize=8192)
def _part_plan(texts: tuple[str, ...]) -> tuple[_Step, ...]:
    """The step for a part of a sequence (none, or one), from its words *texts*: titles
    first, then a name that is a country, a title, an organisation, an acronym, a place,
    a short form or perhaps a person."""
    lows = [w.lower() for w in texts]
    a = _title_split(lows)  # titles: ``[:a]``; the name: ``[a:b]``
    b = len(lows)
    while b > a and lows[b - 1] in NAME_PARTICLES:
        b -= 1
    while b > a + 1 and lows[b - 1] in _TRAILING_HONORIFICS:
        b -= 1  # ``Aamir Sir``, ``Gandhi Ji``: a form of address after the name
    while b > a + 1 and lows[b - 1] in _DAY_WORDS:
        b -= 1  # ``captain Sarfraz Ahmed Monday said``: the day after the name
    if a == b or _COUNTRY_WORDS.issuperset(lows[a:b]):
        return ()
    if a and _TITLE_TAIL.issuperset(lows[a:b]):
        return ()  # ``Minister of Finance``: a title, resolved where it speaks
    if b - a > 1 and lows[b - 1] in _NAMED_AFTER_LAST:
        return ()  # ``Nelson Mandela Day``, ``Ballon d'Or Award``: named after someone
    is_org = not ORG_WORDS.isdisjoint(lows[a:b])
    if is_org:
        # an organisation keeps its modifiers: ``Prime Minister's Office``, ``State Department``
        while a and lows[a - 1] not in NOT_NAME_WORDS:
            a -= 1
        while a and (
            lows[a - 1] in COUNTRIES
            or lows[a - 1] in DEMONYMS
            or (
                lows[a - 1] in TITLE_WORDS  # ``State Department``
                and lows[a - 1] not in HONORIFICS
                and lows[a - 1] not in PERSON_NOUNS
            )
        ):
            a -= 1
    n = b - a
    first = texts[a]
    if (
        lows[b - 1] in TITLE_WORDS
        and lows[b - 1] not in ORG_WORDS
        and n <= 4
        # (``Scott Bishop``, ``Martin King``: a given name, then a surname like a title)
        and not (n >= 2 and _gender_of(first) is not None and lows[a] not in TITLE_WORDS)
    ):
        return ()  # ``Union Health Minister``: a title, resolved where it speaks
    if is_org or (n == 1 and _ACRONYM.match(first) and lows[a] not in COUNTRIES):
        if n == 1 and lows[a] in GROUP_NOUNS:
            return ()  # ``Police said``: an unnamed group, resolved where it speaks
        if n == 1 and _ACRONYM.match(first):
            return ((_ST_ACRONYM, a),)  # an organisation once a name has defined it
        return ((_ST_ORG, a, b),)
    if b - a == 2 and _ACRONYM.match(texts[a]) and lows[a + 1] in _COUNTRY_WORDS:
        return ((_ST_ORG, a, b),)  # ``CNN Philippines``, ``BBC Persian``: an outlet
    if " ".join(lows[a:b]) in MULTIWORD_PLACES:  # (tokens hold no white space to strip)
        return ()  # ``Hong Kong``, ``Abu Dhabi``: a place shaped like a name
    if (n > 1 and not PLACE_WORDS.isdisjoint(lows[a + 1 : b])) or (
        lows[a] in _PLACE_FIRST and n > 1
    ):
        return ()
    if n == 1:
        if not _is_cap(first) or lows[a] in NOT_NAME_WORDS:
            return ()
        return ((_ST_SINGLE, a),)
    return ((_ST_PERSON, a, b, _person_facts(texts, lows, a, b)),)


#: Words that open Arabic names before a given name (``Abu Bakar``, ``Abdul Rahman``).
_NAME_PREFIXES = frozenset("abu abd abdel abdul abdal umm ould ben".split())
#: A preposition of place right before a run (``... in Delhi Anurag Saxena``).
_PLACE_PREPOSITION = re.compile(r"(?:^|\s)(?:in|from|at|de|da|do|del|di|du|des)\s+$")


def _place_then_name(
    source: str, start: int, ss: int, words: tuple[str, ...], lows: Sequence[str]
) -> bool:
    """``convenor of the platform in Delhi Anurag Saxena said``: after a preposition of
    place, a first word that is no given name before a full name that opens with one
    is the place, and the rest the person."""
    return (
        len(words) >= 3
        and _gender_of(words[1]) is not None
        and not _is_given(words[0])
        and lows[0] not in FAMILY_FIRST_SURNAMES
        and lows[0] not in NAME_PARTICLES
        and lows[0] not in _NAME_PREFIXES
        and lows[0] not in NAME_TITLES
        and _PLACE_PREPOSITION.search(source, max(ss, start - 6), start) is not None
    )


def _person_facts(texts: tuple[str, ...], lows: list[str], a: int, b: int) -> _PersonFacts:
    """The ``_PersonFacts`` of the name ``texts[a:b]`` after the titles ``texts[:a]``."""
    words = texts[a:b]
    name_lows = lows[a:b]
    n = b - a
    honorifics = tuple(
        (
            # with its degree (``Most Rev``)
            f"{texts[i - 1]} {texts[i]}" if i and lows[i - 1] in _HONORIFIC_DEGREES else texts[i],
            HONORIFICS[lows[i]],
        )
        for i in range(a)
        if lows[i] in HONORIFICS
    )
    title_words = [
        i
        for i in range(a)
        if lows[i] in TITLE_WORDS
        or lows[i] in PERSON_NOUNS
        or ("-" in lows[i] and _is_title(lows[i]))  # ``Vice-Chancellor``
    ]
    role_span = None
    if title_words:
        # the role runs from the first title word or honorific to the name
        first_title = next((i for i in range(a) if i in title_words or lows[i] in HONORIFICS), 0)
        if not (a - first_title == 1 and lows[first_title] in HONORIFICS):
            last_title = a - 1
            while last_title > first_title and lows[last_title] in HONORIFICS:
                last_title -= 1  # ``Health Minister Dr. X``: the honorific is a role of its own
            role_span = (first_title, last_title)
    surname_first = name_lows[0] in FAMILY_FIRST_SURNAMES and 2 <= n <= 4
    # ``Sheikh Mohamed bin Zayed``: the title that is part of the name gives the gender
    given = _gender_of(words[0])
    if name_lows[0] in NAME_TITLES:
        given = (_gender_of(words[1]) if n > 1 else None) or HONORIFICS.get(name_lows[0], "male")
    evidence = (
        bool(honorifics)
        or bool(title_words)
        or given is not None
        # a given name of either gender (``Jean``, ``Alex``, ``Nicola``): a person, of no
        # known gender
        or _is_given(words[0])
        or surname_first
        or not _SUFFIXES.isdisjoint(name_lows)
        or (n > 2 and any(_INITIAL.match(w) for w in words[1:-1]))
        or (n == 2 and _INITIAL.match(words[0]) is not None)  # ``S. Japhet``
        # ``M.K. Stalin``, ``E.S.L. Narasimhan``: dotted initials before a name
        or (
            _DOTTED_INITIALS.fullmatch(words[0]) is not None
            and name_lows[0] not in _DOTTED_PLACES
            and name_lows[0] not in _DOTTED_ABBR
        )
    )
    # (``Mohammed bin Abdulrahman bin Jassim Al-Thani``: particles do not count)
    bad = (
        n - sum(low in NAME_PARTICLES for low in name_lows) > 5
        or any(map(_has_digit, words))
        # ``S. Korea``: a country abbreviated; ``40 C. That``: a unit, then a sentence
        or (
            n == 2
            and _INITIAL.match(words[0]) is not None
            and (name_lows[1] in _COUNTRY_WORDS or name_lows[1] in NOT_NAME_WORDS)
        )
    )
    return _PersonFacts(
        words, name_lows, honorifics, bool(title_words), role_span, surname_first, given,
        evidence, bad,
    )  # fmt: skip


#: A gap between two runs over which they join: white space and at most one apostrophe
#: (``gap.strip() in ("", "'", "’")``).
_JOIN_GAP = re.compile(r"\s*['’]?\s*")
#: White space the runs pattern does not take between words (``\xa0``, ``\u2009``, ...);
#: (``str.isspace``, which ``\s`` is, holds for no character above U+3000).
_OTHER_SPACE_CHARS = "".join(
    c for c in map(chr, range(0x3001)) if c.isspace() and c not in " \t\r\n"
)
_OTHER_SPACE = re.compile(f"[{re.escape(_OTHER_SPACE_CHARS)}]")
#: Those of them in ASCII.
_OTHER_SPACE_ASCII = [c for c in _OTHER_SPACE_CHARS if c.isascii()]


def _has_other_space(text: str) -> bool:
    """Whether *text* holds white space the runs pattern does not take (``_OTHER_SPACE``).

    Looking for each character with ``in`` is faster than the pattern, and in ASCII text
    only a few can be there.
    """
    for c in _OTHER_SPACE_ASCII if text.isascii() else _OTHER_SPACE_CHARS:
        if c in text:
            break
    else:
        return False
    return True


def _classify_spans(reg: Registry, source: str, spans: list[Span], singles: list[_Single]) -> None:
    """Classify the capitalised runs of ``source[span]`` for each span, in order (see
    ``_run_plan``).

    Runs form clusters: a run joins the one before when only white space (or an
    apostrophe) separates them. Each cluster is classified on its own, and a cluster of
    one run by its cached plan.

    Such a join needs white space the runs pattern does not take (``\xa0``): over
    spaces, tabs, line breaks and apostrophes it goes on to the next capitalised word
    itself (and cannot start a run right after an apostrophe). So where the text has no
    other white space each run is a cluster; spans with some are read by
    ``_classify_joined``.
    """
    # ``_CAP_RUN_PLAIN`` serves every span when no ``al-Falih`` may be anywhere
    prefixed = _MAYBE_PREFIXED.search(source) is not None
    spaced = _has_other_space(source)
    for span in spans:
        ss, se = span.start, span.end
        c = source[ss - 1] if ss else " "
        if c.isalnum() or c in "_'’-":  # (``[\w'’\-]``)
            # the runs pattern looks at the character before a capital: read the span alone
            text, base = source[ss:se], ss
        else:
            text, base = source, 0
        runs = _CAP_RUN_PLAIN
        if prefixed and _MAYBE_PREFIXED.search(source, ss, se) is not None:
            runs = _CAP_RUN
        if spaced and _OTHER_SPACE.search(source, ss, se) is not None:
            _classify_joined(
                reg, source, span, runs.finditer(text, ss - base, se - base), base, singles
            )
            continue
        for m in runs.finditer(text, ss - base, se - base):
            run = m.group()
            toks, steps, single = _RUN_PLANS.get(run) or _cached_run_plan(run)
            if single >= 0:  # (``_apply`` of a short form, inline: the common case)
                w, s, e, _poss, _cap, low = toks[single]
                at = base + m.start()
                singles.append((w, at + s, at + e, se, low))
            elif steps:
                _apply(reg, source, span, toks, base + m.start(), steps, singles)
            elif steps is None:
                _classify_cluster(reg, source, span, [(base + m.start(), toks)], singles)


def _classify_joined(
    reg: Registry,
    source: str,
    span: Span,
    runs: Iterator[re.Match[str]],
    base: int,
    singles: list[_Single],
) -> None:
    """``_classify_spans`` for a span where runs may join: the *runs* found in it (their
    offsets relative to *base*) are gathered into clusters first."""
    plan_at = -1  # the start of the cluster's (first) run
    plan: _RunPlan | None = None
    more: list[tuple[int, tuple[_RunToken, ...]]] | None = None  # all runs of a larger one
    last: _RunToken | None = None  # the cluster's last token, in the run at ``last_at``
    last_at = 0
    for m in runs:
        run_plan = _cached_run_plan(m.group())
        toks = run_plan[0]
        if not toks:
            continue
        at = base + m.start()
        if last is not None:
            gap_start = last_at + last[2] + (2 if last[3] else 0)
            t_start = at + toks[0][1]
            if (
                (
                    _JOIN_GAP.fullmatch(source, gap_start, t_start)
                    # (``Wim Wenders’ Perfect Days``: a possessive, then the work's title)
                    and not (
                        source[gap_start : gap_start + 1] in "'’"
                        and source[gap_start - 1 : gap_start] == "s"
                        and source[gap_start + 1 : gap_start + 2].isspace()
                    )
                )
                and (
                    source.find("\n", gap_start, t_start) < 0
                    or _wrapped_at(source, last_at + last[1], last_at + last[2], last[0])
                )
            ):
                # the run goes on the cluster
                if more is None:
                    assert plan is not None
                    more = [(plan_at, plan[0])]
                more.append((at, toks))
                last, last_at = toks[-1], at
                continue
            assert plan is not None
            if more is not None:
                _classify_cluster(reg, source, span, more, singles)
                more = None
            elif plan[1]:
                _apply(reg, source, span, plan[0], plan_at, plan[1], singles)
            elif plan[1] is None:
                _classify_cluster(reg, source, span, [(plan_at, plan[0])], singles)
        plan, plan_at = run_plan, at
        last, last_at = toks[-1], at
    if plan is not None:
        if more is not None:
            _classify_cluster(reg, source, span, more, singles)
        elif plan[1]:
            _apply(reg, source, span, plan[0], plan_at, plan[1], singles)
        elif plan[1] is None:
            _classify_cluster(reg, source, span, [(plan_at, plan[0])], singles)


def _classify_cluster(
    reg: Registry,
    source: str,
    span: Span,
    cluster: list[tuple[int, tuple[_RunToken, ...]]],
    singles: list[_Single],
) -> None:
    """Classify a cluster of capitalised runs ``(start, tokens)`` without a plan: its
    tokens are sequenced in the text itself."""
    toks = [
        (w, at + s, at + e, poss, cap, low) for at, ts in cluster for w, s, e, poss, cap, low in ts
    ]
    _apply(reg, source, span, toks, 0, _plan_sequences(toks, 0, source), singles)


def _apply(
    reg: Registry,
    source: str,
    span: Span,
    toks: Sequence[_RunToken],
    base: int,
    steps: Iterable[tuple[int, _Step]],
    singles: list[_Single],
) -> None:
    """Do the *steps* ``(offset, step)`` of a plan for the tokens *toks* (offsets relative
    to *base*)."""
    for off, step in steps:
        kind = step[0]
        if kind == _ST_SINGLE:
            w, s, e, _poss, _cap, low = toks[off + step[1]]
            singles.append((w, base + s, base + e, span.end, low))
        elif kind == _ST_PERSON:
            _classify_person(reg, source, span, toks, base, off, step[1], step[2], step[3], singles)
        elif kind == _ST_COUNTRY:
            t = toks[off + step[1]]
            reg.mention(reg.entity(_COUNTRY, step[2]), base + t[1], base + t[2])
        elif kind == _ST_ORG:
            _classify_org(reg, source, span, toks, base, off, step[1], step[2])
        elif kind == _ST_ACRONYM:
            w, s, e = toks[off + step[1]][:3]
            org = reg.find_org(w)
            if org is not None:
                reg.mention(org, base + s, base + e)
            else:
                _described_acronym(reg, (w, base + s, base + e, span.end, w.lower()), source)
        else:
            _split(reg, source, span, toks, base, off, step[1], step[2], singles)


def _split(
    reg: Registry,
    source: str,
    span: Span,
    toks: Sequence[_RunToken],
    base: int,
    off: int,
    texts: tuple[str, ...],
    cuts: tuple[tuple[int, bool], ...],
    singles: list[_Single],
) -> None:
    """Split the sequence *texts* (tokens from *off*) after the organisation words of
    *cuts* (see ``_seq_plan``) and classify each part."""
    n = len(texts)
    speaks: bool | None = None  # whether the last word speaks: asked once, if at all
    parts = []
    lo = 0
    for i, always in cuts:
        if not always:
            if speaks is None:
                _w, _s, e = toks[off + n - 1][:3]
                end = base + e
                speaks = _SPEAKS_AFTER.match(source, end, min(span.end, end + 40)) is not None or (
                    reg.is_subject(texts[-1])
                )
            if not speaks:
                continue
        parts.append((lo, i + 1))
        lo = i + 1
    parts.append((lo, n))
    for p0, p1 in parts:
        _apply(
            reg,
            source,
            span,
            toks,
            base,
            [(off + p0, s) for s in _part_plan(texts[p0:p1])],
            singles,
        )


def _classify_org(
    reg: Registry,
    source: str,
    span: Span,
    toks: Sequence[_RunToken],
    base: int,
    off: int,
    a: int,
    b: int,
) -> None:
    """Tokens ``off + a : off + b`` name an organisation (after titles from *off*)."""
    start = base + toks[off + a][1]
    end = base + toks[off + b - 1][2]
    if b - a == 1 and toks[off + a][5] in _INSTITUTION_HEADS:
        # ``the Ministry``, ``the Commission`` after ``the Ministry of Health and Family
        # Welfare``: the institution named in full before, by its head word
        word = toks[off + a][5]
        fuller = [
            e
            for e in reg.entities
            if e.kind is _ORGANIZATION
            and len(e._low_tokens) > 1
            and word in e._low_tokens
            and 0 <= e.first_mention() < start
        ]
        if fuller:
            org = max(fuller, key=lambda e: e.last_mention(start))
            reg.mention(org, start, end)
            return
    if source[start - 5 : start] == " and " and toks[off + b - 1][5] in _INSTITUTION_HEADS:
        head = _ORG_LIST_HEAD.search(source, max(span.start, start - 90), start)
        if head is not None:
            start = head.start()  # ``Meteorology, Climatology and Geophysics Agency``
    # an organisation, possibly with ``the`` folded into the titles; acronym after it
    org = reg.entity(_ORGANIZATION, source[start:end])
    reg.mention(org, start, end)
    desc, desc_kind = _role_before(source, base + toks[off][1] if a else start, span.start)
    if desc_kind == "org":
        org.add_role(desc)
    if source.find("(", end, end + 14) >= 0:
        m = _ACRONYM_AFTER.match(source[end : end + 14])
        if m:
            name = toks[off + a : off + b]
            _acronym(reg, org, name, base, m.group(1), source, start, end + m.end())


def _classify_person(
    reg: Registry,
    source: str,
    span: Span,
    toks: Sequence[_RunToken],
    base: int,
    off: int,
    a: int,
    b: int,
    facts: _PersonFacts,
    singles: list[_Single],
) -> None:
    """Tokens ``off + a : off + b`` may name a person (after titles from *off*): weigh
    the evidence around them."""
    words, lows, honorifics, titled, role_span, surname_first, given, evidence, bad = facts
    if _place_then_name(source, base + toks[off + a][1], span.start, words, lows):
        texts = tuple(t[0] for t in toks[off : off + b])
        a += 1
        facts = _person_facts(texts, [w.lower() for w in texts], a, b)
        words, lows, honorifics, titled, role_span, surname_first, given, evidence, bad = facts
    n = b - a
    first = toks[off + a]
    last = toks[off + b - 1]
    start = base + first[1]
    end = base + last[2]
    if not honorifics and not titled and given is None:
        org = reg.org_by_prefix(lows, start)
        if org is not None:
            # ``Cheung Kong`` after ``Cheung Kong Property Holdings``: the company, short
            org.add_alias(source[start:end])
            reg.mention(org, start, end)
            return
    if n >= 3:
        persons = reg._person_words
        for k in range(1, n - 1):
            if lows[k] not in persons:
                continue  # (no person's name holds the word: ``_find_person`` is None)
            known = reg._find_person(lows[k:])
            if known is not None and len(known.tokens) == n - k:
                # ``Delhi Capitals Ricky Ponting``: an organisation, then a known person
                reg.mention(known, base + toks[off + a + k][1], end)
                return
    ss, se = span.start, span.end
    if not honorifics and _PLACE_NOUN_AFTER.match(source, end, se):
        return  # ``Ben Tre province``, ``Kiambu county``: a place, whatever its words
    # evidence for a person
    after = end + 2 if last[3] else end
    if after < se and source[after] == ",":  # (an appositive opens with a comma)
        appos, appos_kind = _appositive(source, after, se)
    else:
        appos, appos_kind = "", None
    role, role_kind = _role_before(source, base + toks[off][1] if a else start, ss)
    if not role_kind and _AGE_BEFORE.search(source, max(ss, start - 16), start):
        role_kind = "person"  # ``37-year-old Gokmen Tanis``
    # the last character before the name over white space (not before the span, nor
    # more than 40 characters back): the patterns below need it to be a comma
    lo = max(ss, start - 40)
    j = start
    while j > lo and source[j - 1].isspace():
        j -= 1
    comma_before = False
    if j > lo and source[j - 1] == ",":
        if not role:
            before = source[lo:start]
            if _LOWER_COMMA.search(before):
                word = _LOWER_COMMA_WORD.search(before)
                if word and word.group(1).lower() in PERSON_NOUNS:
                    role_kind = "person"
        # the comma within three characters of the name
        comma_before = j - 1 >= start - 3
    comma_role = (
        _ROLE_COMMA.search(source, max(ss, start - 90), start)
        if not role and comma_before
        else None
    )
    if comma_role is not None:
        # ``the head coach of Delhi Capitals, Ricky Ponting``; ``Nairobi Governor, Mike Sonko``
        role_kind = "person"
        role = _extend_role(source, comma_role.start(), ss) + source[
            comma_role.start() : comma_role.end()
        ].rstrip(" \t\r\n,")
    if (appos_kind == "org" or role_kind == "org") and not (honorifics or titled or given):
        org = reg.entity(_ORGANIZATION, source[start:end])
        reg.mention(org, start, end)
        if role_kind == "org":
            org.add_role(role)
        elif appos_kind == "org":
            org.add_role(appos)
        return
    person = (
        appos_kind == "person"
        or role_kind == "person"
        or evidence
        # ``Rahman Agbojo, 68;``: an age in apposition is a person's
        or (
            n <= 4
            and source[end : end + 1] == ","
            and _AGE_AFTER.match(source, end, se) is not None
        )
        or (n <= 4 and _speaks(source, start, end, ss, se))
        or (n <= 3 and (reg.is_subject(words[-1]) or (surname_first and reg.is_subject(words[0]))))
    )
    if not person:
        if n <= 3:  # (two words at least: one is a short form)
            reg.pending.append((start, end))  # may be coordinated with a person: see below
        known = reg._find_person(lows)
        if known is not None and len(known.tokens) == n:
            reg.mention(known, start, end)  # the full name again
        elif known is not None:
            singles.append((first[0], start, base + first[2], se, first[5]))  # a partial name
        return
    if bad:
        return
    text = source[start:end]
    existing = reg._find_person(lows)
    ent = existing if existing is not None and len(existing.tokens) >= n else None
    if ent is None:
        ent = reg.entity(_PERSON, text)
    elif ent.name != text:
        ent.add_alias(text)
    reg.mention(ent, start, end)
    for honorific, gender in honorifics:
        ent.add_role(honorific)
        if gender and ent.gender is None:
            ent.gender = gender
    if titled:
        if role_span is not None:
            i, j = role_span
            role_start = base + toks[off + i][1]
            role_end = base + toks[off + j][2]
            if role and role_kind == "person":
                role_start = min(role_start, start - len(role) - 1)
            whole = source[role_start:role_end]
            if i == 0:
                # ``Minister of Environment Karl Obuya``: the field is the end of a title
                longer = _title_of(source, max(ss, start - 120), start)
                if longer is not None and len(longer) > len(whole):
                    whole = longer
            ent.add_role(whole)
    elif role and role_kind == "person":
        ent.add_role(role)
    else:
        title = _title_of(source, max(ss, start - 120), start)
        if title is not None:
            ent.add_role(title)
    if appos and appos_kind == "person" and not appos[:3].lower().startswith("who"):
        for piece in _AND_SPLIT.split(appos) if "and" in appos else (appos,):
            ent.add_role(
                _ARTICLE.sub("", piece.strip())
                if piece.lower().startswith(("a ", "an "))
                else piece
            )
    if ent.gender is None:
        ent.gender = given


def _speaks(source: str, start: int, end: int, ss: int, se: int) -> bool:
    """Whether the name at ``source[start:end]`` (in the span ``ss:se``) is the subject of
    a speech verb: ``X said``, ``said X.``."""
    if (
        end < se
        and source[end].isspace()  # (``_SPEAKS_AFTER`` opens with white space)
        and _SPEAKS_AFTER.match(source, end, min(se, end + 40)) is not None
        and _PREP_BEFORE.search(source, max(ss, start - 12), start) is None
    ):
        return True
    return (
        _CLAUSE_END.match(source, end, se) is not None
        and _SPEAKS_BEFORE.search(source, max(ss, start - 30), start) is not None
    )


#: The last item of ``_TITLE_OF``: a capitalised word or a connector.
_TITLE_OF_LAST = re.compile(r"[A-Z][\w'’.-]*|of|for|and|the")


def _title_of(source: str, lo: int, start: int) -> str | None:
    """A title with ``of`` (``Secretary of Russia's Security Council``) right before a name
    at *start*, not before *lo*.

    ``_TITLE_OF`` is tried only where its end can match: white space before the name,
    after a capitalised word or connector, with ``of`` or ``for`` in the text.
    """
    if start <= lo or not source[start - 1].isspace():
        return None
    window = source[lo:start]
    words = window.rsplit(None, 1)
    if not words or not _TITLE_OF_LAST.fullmatch(words[-1]):
        return None
    if "of" not in window and "for" not in window:
        return None
    tm = _TITLE_OF.search(source, lo, start)
    if tm and tm.group(1).split()[0].lower() in TITLE_WORDS:
        return tm.group(1)
    return None


#: ``and`` joins names in a list; a comma alone may open an appositive, so it does not.
_AND_AFTER = re.compile(r",?\s+(?:and|&)\s+")
_AND_BEFORE = re.compile(r"\b(?:and|&)\s+$")


def _coordinated(reg: Registry, source: str) -> None:
    """A name-shaped run coordinated with a person is a person: ``David Gower and Mike
    Atherton``, ``justices A, B and C``."""
    changed = True
    passes = 0
    while changed and reg.pending and passes < 3:  # bounded: linear on any input
        changed = False
        passes += 1
        for start, end in list(reg.pending):
            m = _AND_AFTER.match(source, end)
            after = reg.at.get(m.end()) if m else None
            before = None
            if _AND_BEFORE.search(source, max(0, start - 6), start):
                near = reg.mentions_in(max(0, start - 80), start)
                if near and start - near[-1][1] <= 6 and near[-1][2].kind is _PERSON:
                    before = near[-1]
            person = (after is not None and after[1].kind is _PERSON) or (before is not None)
            if person:
                reg.pending.remove((start, end))
                ent = reg.entity(_PERSON, source[start:end])
                reg.mention(ent, start, end)
                changed = True


@functools.lru_cache(maxsize=8192)
def _is_title(low: str) -> bool:
    """A title word, hyphenated ones included (``director-general``, ``vice-premier``)."""
    if low in TITLE_WORDS or low in HONORIFICS:
        return True
    return "-" in low and all(p in TITLE_WORDS for p in low.split("-"))


#: What ``_seq_plan`` does with a sequence of one word, decided from the word alone.
_SKIP, _COUNTRY_ONLY, _SINGLE, _GENERAL = range(4)


def _attach_single(reg: Registry, single: _Single, source: str) -> None:
    """Attach a short form (``Guo``, ``Moura Lima``) to the person it abbreviates."""
    word, start, end, limit, low = single
    # a person's name holding the word holds it (when any holds the two words below);
    # most short forms name nobody known, so that is asked first
    ent = reg._find_person([low])
    if ent is None:
        return
    # extend to the capitalised run it starts
    m = _NEXT_NAME_WORD.match(source, end, limit)
    if m:
        nxt = m.group(1)
        ent2 = reg._find_person([low, nxt.lower()])
        if ent2 is not None:
            e2 = start + len(word) + 1 + len(nxt)  # (``" ".join`` of the two words)
            text = source[start:e2]
            if ent2.name != text:
                ent2.add_alias(text)
            reg.mention(ent2, start, e2)
            return
    if start < max(ent.first_mention(), 0):
        return
    ent.add_alias(word)
    reg.mention(ent, start, end)
    titled = _title_before(source, start) if source[start - 1 : start] == " " else None
    if titled is not None:
        _add_title(ent, *titled)  # ``President Macron``: a title the full name lacked
    if end < limit and source[end] == ",":  # (an appositive opens with a comma)
        appos, kind = _appositive(source, end, limit)
        if kind == "person" and not appos.lower().startswith(("who ", "whose ")):
            ent.add_role(appos)
