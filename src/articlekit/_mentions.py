"""Step 5: paragraphs -> mentions -> participants.

Capitalised word sequences are found in body text and classified as persons,
organisations or countries from evidence around them: titles and honorifics before a
name, appositives after it (``, a tea importer``, ``, the startup that ...``), relative
clauses (``, who``), given-name and surname tables, organisation and place words, and
the country gazetteer. Later short forms (``Guo``, ``Moura Lima``) become aliases of the
fullest name they are part of.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable

from articlekit._names import (
    COUNTRIES,
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
)
from articlekit._sentences import ABBREVIATIONS
from articlekit.models import Mention, Participant, ParticipantKind, Span

__all__ = ["Entity", "Registry", "Token", "build_registry", "tokenize"]

_TOKEN = re.compile(
    r"[A-Z](?:\.[A-Z])+\.?|[^\W\d_](?:[\w\-\u2010\u2011'’]*[^\W_])?(?:\.(?=[ \t\r\n,]|$))?"
    r"|\d[\w\-]*"
)
_INITIAL = re.compile(r"[A-Z]\.$")


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
_RUN_TAIL = (
    rf"(?:[ \t\r\n'’]+(?:{_CAP_WORD}|(?:von|van|der|den|de|del|della|di|da|dos|das|du|"
    r"le|la|bin|ibn|al|el|y|e|ter|of|for|and|the)\b))*"
)
_CAP_RUN = re.compile(_CAP_WORD + _RUN_TAIL)
#: ``_CAP_RUN`` for text without an ``al-Falih``-shaped word: the same matches, faster,
#: as the pattern starts with the capital (the regex engine skips ahead to one) and
#: checks the boundary before it with a lookbehind.
_CAP_RUN_PLAIN = re.compile(rf"[{_UPPER}](?<![\w'’\-][{_UPPER}])[\w.\-\u2010\u2011'’]*" + _RUN_TAIL)
#: A cheap superset test for ``_PREFIXED_NAME`` anywhere in a text (the last two letters
#: of each prefix, a hyphen, a capital): where it fails, ``_CAP_RUN_PLAIN`` may be used.
_MAYBE_PREFIXED = re.compile(rf"-(?<=(?:al|el|ad|ar|as|at|az|an|sh|bu|bd|in|bn|en)-)[{_UPPER}]")
_DOTTED_ABBR = frozenset({"jr.", "sr.", "dr.", "mr.", "mrs.", "ms.", "st.", "prof.", "gen.", "sen.",
                          "rep.", "gov.", "lt.", "col.", "capt.", "u.s.", "u.k.",
                          "u.n."})  # fmt: skip
_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}$")
_APPOS_START = re.compile(
    r",\s+(?:(?:a|an|the|its|his|her|their|also)\s+|who\b|whose\b"
    r"|(?=[A-Za-z][\w-]*\s+(?:of|at|for|with|in)\b)|(?=[a-z][\w-]*\s*,)"
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
#: Countries and demonyms (``china``, ``chinese``): one set for quick tests.
_COUNTRY_WORDS = frozenset(COUNTRIES) | frozenset(DEMONYMS)
#: The words ``_split_titles`` takes off the front of a run.
_OPENER_WORDS = TITLE_WORDS | PERSON_NOUNS | NOT_NAME_WORDS | frozenset(HONORIFICS) | _COUNTRY_WORDS
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
_SPEECH_IN = re.compile(r"\b" + _SPEECH + r"\b")
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


_ROLE_WORDS = _by_first_letter(w for w in PERSON_NOUNS | TITLE_WORDS if w.isalpha())
#: A role right before ``, NAME``: ``the head coach of Delhi Capitals, `` or ``Governor, ``.
_ROLE_COMMA = re.compile(
    rf"\b(?i:{_ROLE_WORDS})(?:\s+(?:of|at|for|with)\s+(?:the\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and|the))*)?\s*,\s*$"
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


class Token:
    """A word of a paragraph with its source offsets."""

    __slots__ = ("cap", "end", "low", "poss", "start", "text")

    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        poss: bool,
        cap: bool | None = None,
        low: str | None = None,
    ) -> None:
        self.text = text
        self.start = start
        self.end = end
        #: Whether the word carried a possessive ``'s`` (not part of ``text``).
        self.poss = poss
        #: Whether the word starts with a capital letter (or is ``al-Falih``-shaped);
        #: computed from *text* unless given.
        self.cap = _is_cap(text) if cap is None else cap
        #: ``text`` lower-cased; computed unless given.
        self.low = text.lower() if low is None else low

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Token({self.text!r}, {self.start})"


def _is_cap(word: str) -> bool:
    """Whether *word* starts with a capital letter (or is ``al-Falih``-shaped)."""
    return word[:1].isupper() or _PREFIXED_NAME.match(word) is not None


def tokenize(text: str, base: int) -> list[Token]:
    """The capitalised words of *text* (at offset *base*), with the particles and
    connectors between them; possessives split off. Other words are skipped: the gaps
    they leave end a run of name words."""
    out: list[Token] = []
    append = out.append
    runs = _CAP_RUN if _MAYBE_PREFIXED.search(text) else _CAP_RUN_PLAIN
    for run in runs.finditer(text):
        at = base + run.start()
        for w, s, e, poss, cap, low in _run_tokens(run.group()):
            append(Token(w, at + s, at + e, poss, cap, low))
    return out


#: A token of a run: (text, start, end, possessive, capitalised, lower-cased text),
#: offsets relative to the run.
_RunToken = tuple[str, int, int, bool, bool, str]


@functools.lru_cache(maxsize=8192)
def _run_tokens(run: str) -> tuple[_RunToken, ...]:
    """The tokens of one capitalised run (see ``tokenize``), offsets relative to it.

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
        elif w.endswith(".") and not (_INITIAL.match(w) or w.lower() in _DOTTED_ABBR):
            w = w[:-1]
            e -= 1
        out.append((w, s, e, poss, _is_cap(w), w.lower()))
    return tuple(out)


class Entity:
    """A participant being built: names, roles, gender and mentions."""

    __slots__ = (
        "_low_tokens",
        "_tokens",
        "aliases",
        "gender",
        "kind",
        "mentions",
        "name",
        "order",
        "roles",
        "starts",
    )

    def __init__(self, kind: ParticipantKind, name: str, order: int) -> None:
        self.kind = kind
        self.name = name
        self.tokens = name.split()
        self.aliases: list[str] = []
        self.roles: list[str] = []
        self.gender: str | None = None
        self.mentions: list[Mention] = []
        #: Sorted start offsets of the mentions.
        self.starts: list[int] = []
        self.order = order

    @property
    def tokens(self) -> list[str]:
        """The words of the name."""
        return self._tokens

    @tokens.setter
    def tokens(self, tokens: list[str]) -> None:
        self._tokens = tokens
        #: The words lower-cased, for ``Registry.find_person``.
        self._low_tokens = list(map(str.lower, tokens))

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


def _sequences(tokens: list[Token], source: str) -> list[list[Token]]:
    """Runs of capitalised tokens (with name particles inside) separated by spaces."""
    out: list[list[Token]] = []
    run: list[Token] = []
    has_org = False
    n = len(tokens)
    for i, t in enumerate(tokens):
        if run:
            last = run[-1]
            if last.poss:
                # ``Prime Minister's Office``, ``People's Court``: a possessive inside a name
                joined = t.cap and t.low in ORG_WORDS and _joins(source, last, last.end + 2, t)
            else:
                joined = _joins(source, last, last.end, t)
            if not joined:
                out.append(_trim_connectors(run))
                run = []
                has_org = False
        low = t.low
        if t.cap or (run and low in NAME_PARTICLES):
            run.append(t)
            has_org = has_org or low in ORG_WORDS
        elif run and has_org and low in _ORG_CONNECTORS and i + 1 < n and _connects(tokens[i + 1]):
            # ``Communist Party of China``, ``Office for the Coordination of ...``
            run.append(t)
        else:
            if run:
                out.append(_trim_connectors(run))
            run = []
            has_org = False
    if run:
        out.append(_trim_connectors(run))
    return out


def _joins(source: str, last: Token, gap_start: int, t: Token) -> bool:
    """Whether only a space (or an apostrophe) separates *last* from *t*, over no line
    break but a hard wrap."""
    gap = source[gap_start : t.start]
    if gap == " ":
        return True  # the common case, decided without the tests below
    return gap.strip() in ("", "'", "’") and ("\n" not in gap or _wrapped(source, last))


def _connects(nxt: Token) -> bool:
    """Whether an organisation name can go on over a connector into *nxt*."""
    if nxt.text == "the":
        return True
    if not nxt.cap:
        return False
    f = _fold(nxt.text)
    return (
        f not in NOT_NAME_WORDS
        and f not in TITLE_WORDS
        and f not in HONORIFICS
        and f not in MALE_NAMES
        and f not in FEMALE_NAMES
    )


def _wrapped(source: str, last: Token) -> bool:
    """Whether the line break after *last* is a hard wrap inside a sentence.

    A name goes on over a wrap (``Nikolai\nPatrushev``), not over the end of a short line
    (a credit ``AFP`` above a paragraph).
    """
    return _wrapped_at(source, last.start, last.end, last.text)


def _wrapped_at(source: str, start: int, end: int, text: str) -> bool:
    """``_wrapped`` for the token *text* at ``source[start:end]``."""
    line_start = source.rfind("\n", 0, start) + 1
    return end - line_start >= 45 and not text.isupper()


def _trim_connectors(run: list[Token]) -> list[Token]:
    while len(run) > 1 and run[-1].text in _ORG_CONNECTORS:
        run = run[:-1]
    return run


def _trim_particles(run: list[Token]) -> list[Token]:
    while run and run[-1].low in NAME_PARTICLES:
        run = run[:-1]
    return run


def _acronym(
    reg: Registry, org: Entity, name: list[Token], acronym: str, source: str, start: int, end: int
) -> None:
    """Attach ``(CPC)`` to the organisation it abbreviates.

    When the initials of a tail of the name spell the acronym (``Political Bureau of the
    Communist Party of China (CPC)``), that tail is an organisation of its own. The
    organisation's name keeps the acronym as written (``... Affairs (OCHA)``).
    """
    caps = [t for t in name if t.cap]
    letters = acronym.upper()
    for i in range(len(caps)):
        if "".join(t.text[0] for t in caps[i:]).upper() == letters:
            if i == 0:
                break
            tail = reg.entity(ParticipantKind.ORGANIZATION, source[caps[i].start : end])
            tail.add_alias(acronym)
            reg.mention(tail, caps[i].start, end)
            return
    reg.rename(org, source[start:end])
    org.add_alias(acronym)


@functools.lru_cache(maxsize=8192)
def _fold(word: str) -> str:
    """Lower-case *word* and drop accents (``María`` -> ``maria``)."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=8192)
def _has_digit(word: str) -> bool:
    """Whether *word* has a digit in it (``str.isdigit``, which ``\\d`` is not)."""
    return any(c.isdigit() for c in word)


@functools.lru_cache(maxsize=8192)
def _gender_of(first: str) -> str | None:
    f = _fold(first)
    if f in FEMALE_NAMES and f not in MALE_NAMES:
        return "female"
    if f in MALE_NAMES and f not in FEMALE_NAMES:
        return "male"
    return None


def _mention_start(m: Mention) -> int:
    return m.span.start


class Registry:
    """Every participant of an article, with lookups by name and by position."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.entities: list[Entity] = []
        #: The persons among ``entities``, in the same order.
        self._persons: list[Entity] = []
        self._by_name: dict[tuple[ParticipantKind, str], Entity] = {}
        #: Mentions by start offset: (end, entity).
        self.at: dict[int, tuple[int, Entity]] = {}
        self._starts: list[int] = []
        #: Caption text spans: mentions there are marked ``caption``.
        self.captions: list[Span] = []
        #: Words used alone as subjects (see ``_standalone_subjects``): None until asked
        #: for, when they are found in ``_subject_spans``.
        self._subjects: set[str] | None = set()
        self._subject_spans: list[Span] = []
        #: ``_span_subjects`` of the spans ``is_subject`` has looked at, by index.
        self._span_subjects: dict[int, set[str]] = {}
        self._honorifics: bool | None = None
        #: Name-shaped runs without evidence, for the coordination pass.
        self.pending: list[tuple[int, int]] = []

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

    def is_subject(self, word: str) -> bool:
        """Whether *word* is in ``subjects``.

        Only the spans that contain *word* can have found it, so until the whole set is
        needed only those are scanned (once each).
        """
        if self._subjects is not None:
            return word in self._subjects
        source = self.source
        if self._honorifics is None:
            self._honorifics = _has_honorifics(source)
        for i, span in enumerate(self._subject_spans):
            if source.find(word, span.start, span.end) < 0:
                continue
            found = self._span_subjects.get(i)
            if found is None:
                found = self._span_subjects[i] = _span_subjects(source, span, self._honorifics)
            if word in found:
                return True
        return False

    # -- building -------------------------------------------------------------------

    def entity(self, kind: ParticipantKind, name: str) -> Entity:
        """Return the entity of this kind and name, creating it when new."""
        key = (kind, name.lower())
        ent = self._by_name.get(key)
        if ent is None:
            ent = Entity(kind, name, len(self.entities))
            self.entities.append(ent)
            if kind is ParticipantKind.PERSON:
                self._persons.append(ent)
            self._by_name[key] = ent
        return ent

    def rename(self, ent: Entity, name: str) -> None:
        """Give *ent* a fuller name; the old one stays an alias."""
        if name == ent.name:
            return
        old = ent.name
        self._by_name.setdefault((ent.kind, name.lower()), ent)
        ent.name = name
        ent.tokens = name.split()
        ent.add_alias(old)

    def mention(self, ent: Entity, start: int, end: int) -> None:
        """Record that *ent* is mentioned at ``source[start:end]``."""
        if start in self.at:
            old_end, old = self.at[start]
            adjective = self.source[start:old_end].lower() in DEMONYMS
            if (
                old.kind is not ParticipantKind.COUNTRY
                or end <= old_end
                or (not adjective and ent.kind is ParticipantKind.GROUP)
            ):
                return
            # ``Brazilian Tropical Crops Institute``: the name wins over the demonym
            old.mentions = [m for m in old.mentions if m.span.start != start]
            old.starts.remove(start)
        else:
            bisect.insort(self._starts, start)
        in_caption = bool(self.captions) and any(c.start <= start < c.end for c in self.captions)
        ent.mentions.append(
            Mention(text=self.source[start:end], span=Span(start, end), caption=in_caption)
        )
        bisect.insort(ent.starts, start)
        self.at[start] = (end, ent)

    def find_person(self, words: list[str], before: int | None = None) -> Entity | None:
        """The person whose name contains *words* as a contiguous run, latest mentioned."""
        best: Entity | None = None
        n = len(words)
        low = [w.lower() for w in words]
        head = low[0] if n else ""
        for ent in self._persons:
            toks = ent._low_tokens
            # the first word must be there (for one word, that is the whole test)
            if n and head not in toks:
                continue
            if n > 1 and not any(toks[i : i + n] == low for i in range(len(toks) - n + 1)):
                continue
            if before is not None and ent.first_mention() >= before:
                continue
            if best is None or ent.last_mention() > best.last_mention():
                best = ent
        return best

    def find_org(self, text: str) -> Entity | None:
        """The organisation named or abbreviated as *text*."""
        low = text.lower()
        for ent in self.entities:
            if ent.kind is ParticipantKind.ORGANIZATION and (
                ent.name.lower() == low or low in (a.lower() for a in ent.aliases)
            ):
                return ent
        return None

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """Mentions that start inside ``[start, end)``, in order."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end, lo)
        at = self.at
        return [(s, *at[s]) for s in self._starts[lo:hi]]

    def participants(self) -> tuple[Participant, ...]:
        """Freeze the entities into participants, in order of first mention."""
        ents = [e for e in self.entities if e.mentions]
        ents.sort(key=lambda e: e.first_mention())
        out = []
        for i, ent in enumerate(ents, 1):
            ent_id = f"p{i}"
            mentions: list[Mention] = sorted(ent.mentions, key=_mention_start)
            ent.order = i
            out.append(
                Participant(
                    id=ent_id,
                    kind=ent.kind,
                    name=ent.name,
                    aliases=tuple(ent.aliases),
                    roles=tuple(ent.roles),
                    gender=ent.gender,
                    mentions=tuple(mentions),
                )
            )
        return tuple(out)


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
    if _SPEECH_IN.search(phrase):
        return "", None  # ``..., the coach said that ...``: a clause, not an appositive
    lowered = phrase.lower()
    if lowered.startswith(("who ", "whose ")):
        return phrase, "person"
    if lowered.startswith("also "):
        phrase = phrase[5:].lstrip()
    for n, wm in enumerate(_WORD_RE.finditer(phrase)):
        if n == 8:
            break
        lw = wm.group().lower()
        if lw in ("which", "that"):
            break
        if lw in PERSON_NOUNS or lw in _ROLE_TITLES:
            return phrase, "person"
        if lw in ORG_NOUNS:
            return phrase, "org"
    return phrase, None


def _word_before(source: str, i: int, floor: int) -> tuple[int, int]:
    """The word ending before *i* (over spaces and tabs), not before *floor*: its
    (start, end); start == end when there is none."""
    j = i
    while j > floor and source[j - 1] in " \t":
        j -= 1
    k = j
    while k > floor and (source[k - 1].isalnum() or source[k - 1] in "-'’."):
        k -= 1
    return k, j


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
    plural_of = {lw[:-1], lw[:-2]} if lw.endswith("s") else set()
    if lw in PERSON_NOUNS or any(p in PERSON_NOUNS or p in _ROLE_TITLES for p in plural_of):
        kind = "person"  # ``glaciologist X``, ``justices X and Y``
    elif lw in ORG_NOUNS:
        kind = "org"
    else:
        return "", None
    role_start = k
    for _ in range(5):
        k, j = _word_before(source, k, floor)
        if k == j:
            break
        w = source[k:j]
        lw = w.lower().rstrip(".")
        if (
            w[:1].isupper()
            or lw in PERSON_NOUNS
            or lw in ORG_NOUNS
            or lw.endswith("'s")
            or lw.endswith("’s")
        ):
            if lw in NOT_NAME_WORDS and lw not in ("the",):
                break
            role_start = k
            continue
        if w.lower() in _ROLE_MODIFIERS:
            role_start = k
            continue
        break
    return source[role_start:start].strip(), kind


#: A capitalised word acting alone as the subject of a verb.
#:
#: Written for speed: the pattern starts with the capital itself, so the regex engine
#: can skip ahead to the next capital letter, and the word boundary before it is a
#: lookbehind after it (``(?<!\w[A-Z])`` is ``\b`` before an ``[A-Z]``). An optional
#: ``Mr.`` before the word would change neither the word found nor where it starts.
_SUBJECT_WORD = re.compile(
    r"([A-Z](?<!\w[A-Z])[\w'’-]+)(?:['’]s)?\s+(?:has|had|is|was|said|says|told|"
    r"added|will|would|could|can|noted|explained|believes|thinks|wrote|stressed|insisted|"
    r"argued|asked|replied|warned|hopes|hoped|declined|refused|scored|won|lost|played|"
    r"joined|became|remains|remained|also|then|later|still)\b"
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


def _has_honorifics(source: str) -> bool:
    """Whether *source* may hold a ``Mr``, ``Ms``, ``Mrs`` or ``Dr`` at all."""
    return "Mr" in source or "Ms" in source or "Dr" in source  # (``Mrs`` has ``Mr``)


def _span_subjects(source: str, span: Span, honorifics: bool) -> set[str]:
    """``_standalone_subjects`` of one span (spans do not affect each other); the words
    after an honorific only when *honorifics* says there may be one."""
    found: set[str] = set()
    for m in _SUBJECT_WORD.finditer(source, span.start, span.end):
        k = m.start(1)
        before = source[max(span.start, k - 30) : k].rstrip()
        prev = before.rsplit(None, 1)[-1] if before else ""
        if prev[:1].isupper() and not prev.endswith((".", ",", ":", ";")):
            continue  # part of a longer capitalised run
        found.add(m.group(1))
    if honorifics:
        for m in _HONORIFIC_WORD.finditer(source, span.start, span.end):
            found.add(m.group(1))
    return found


def build_registry(source: str, spans: list[Span], captions: Iterable[Span] = ()) -> Registry:
    """Find the participants mentioned in ``source[span]`` for each span (body and caption
    text; mentions inside *captions* are marked as such)."""
    reg = Registry(source)
    reg.captions = list(captions)
    reg._subjects = None  # found when first needed: see ``Registry.subjects``
    reg._subject_spans = list(spans)
    singles: list[tuple[Token, int]] = []
    for span in spans:
        _classify_span(reg, source, span, singles)
    _coordinated(reg, source)
    # short forms: single words or partial names of a known person
    for tok, limit in singles:
        _attach_single(reg, tok, source, limit)
    return reg


#: A cluster of ``_clusters``: the (offset, tokens) of its capitalised runs.
_Cluster = list[tuple[int, tuple[_RunToken, ...]]]


def _clusters(source: str, span: Span) -> list[_Cluster]:
    """The capitalised runs of ``tokenize(source[span])``, with their tokens, in clusters.

    A new cluster starts wherever a run's first token cannot join the token before it
    (``_joins`` fails: there are words or punctuation between them, as there nearly
    always are). A sequence of ``_sequences`` never crosses such a boundary, and the
    tokens on either side of one are sequenced as if the other side were not there, so
    each cluster can be sequenced on its own.
    """
    base = span.start
    text = source[base : span.end]
    runs = _CAP_RUN if _MAYBE_PREFIXED.search(text) else _CAP_RUN_PLAIN
    out: list[_Cluster] = []
    cluster: _Cluster = []
    last: _RunToken | None = None  # the cluster's last token, at ``last_at``
    last_at = 0
    for m in runs.finditer(text):
        toks = _run_tokens(m.group())
        if not toks:
            continue
        at = base + m.start()
        if last is not None:
            gap_start = last_at + last[2] + (2 if last[3] else 0)
            gap = source[gap_start : at + toks[0][1]]
            if gap != " " and (
                gap.strip() not in ("", "'", "’")
                or (
                    "\n" in gap
                    and not _wrapped_at(source, last_at + last[1], last_at + last[2], last[0])
                )
            ):
                out.append(cluster)
                cluster = []
        cluster.append((at, toks))
        last = toks[-1]
        last_at = at
    if cluster:
        out.append(cluster)
    return out


def _classify_span(
    reg: Registry, source: str, span: Span, singles: list[tuple[Token, int]]
) -> None:
    """``_classify_run`` for each of ``_sequences(tokenize(source[span]))``, in order.

    The same, with less work: each of the ``_clusters`` is sequenced on its own, and
    most are one word (``The``, ``Wednesday``, ``Guo``), classified from that word
    without a sequence pass or a ``Token`` unless one is kept.
    """
    for cluster in _clusters(source, span):
        if len(cluster) == 1 and len(cluster[0][1]) == 1:
            # one word: ``_sequences`` makes it a run of its own if capitalised
            at, ((w, s, e, poss, cap, low),) = cluster[0]
            if not cap:
                continue
            action = _single_action(w)
            if action == _SKIP:
                continue
            if action == _COUNTRY_ONLY:
                country = COUNTRIES.get(low) or COUNTRIES[DEMONYMS[low]]
                reg.mention(reg.entity(ParticipantKind.COUNTRY, country), at + s, at + e)
                continue
            tok = Token(w, at + s, at + e, poss, cap, low)
            if action == _SINGLE:
                singles.append((tok, span.end))
            else:
                _classify_run(reg, [tok], source, span, singles)
            continue
        tokens = [
            Token(w, at + s, at + e, poss, cap, low)
            for at, toks in cluster
            for w, s, e, poss, cap, low in toks
        ]
        for run in _sequences(tokens, source):
            _classify_run(reg, run, source, span, singles)


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
                if near and start - near[-1][1] <= 6 and near[-1][2].kind is ParticipantKind.PERSON:
                    before = near[-1]
            person = (after is not None and after[1].kind is ParticipantKind.PERSON) or (
                before is not None
            )
            if person:
                reg.pending.remove((start, end))
                ent = reg.entity(ParticipantKind.PERSON, source[start:end])
                reg.mention(ent, start, end)
                changed = True


@functools.lru_cache(maxsize=8192)
def _is_title(low: str) -> bool:
    """A title word, hyphenated ones included (``director-general``, ``vice-premier``)."""
    if low in TITLE_WORDS or low in HONORIFICS:
        return True
    return "-" in low and all(p in TITLE_WORDS for p in low.split("-"))


def _split_titles(run: list[Token]) -> tuple[list[Token], list[Token]]:
    """Split leading titles and sentence openers off a capitalised run.

    A title word further in (``Union Health Minister Dr Harsh Vardhan``) also ends the
    titles when one to four name words follow it.
    """
    i = 0
    last = len(run) - 1
    while i < last and run[i].low in _OPENER_WORDS:
        i += 1
    for k in range(len(run) - 2, i - 1, -1):
        low = run[k].low
        if _is_title(low) and low not in ORG_WORDS:
            if 1 <= len(run) - k - 1 <= 4:
                return run[: k + 1], run[k + 1 :]
            break
    return run[:i], run[i:]


#: What ``_classify_run`` does with a run of one word, decided from the word alone.
_SKIP, _COUNTRY_ONLY, _SINGLE, _GENERAL = range(4)


@functools.lru_cache(maxsize=8192)
def _single_action(word: str) -> int:
    """How ``_classify_run`` and ``_classify_part`` treat a run of the one word *word*.

    Most runs are one word (``The``, ``Wednesday``, ``Guo``), and for those the outcome
    depends on the word only, unless it may name an organisation: this mirrors the
    one-word path of ``_classify_part`` so such runs skip it. ``_COUNTRY_ONLY``: a
    mention of the country, nothing else; ``_SINGLE``: a short form for
    ``_attach_single``; ``_GENERAL``: take the full path.
    """
    low = word.lower()
    country = low in COUNTRIES or low in DEMONYMS
    if low in NAME_PARTICLES or country:
        return _COUNTRY_ONLY if country else _SKIP  # trimmed away, or a country alone
    if low in ORG_WORDS or _ACRONYM.match(word):
        return _GENERAL  # an organisation, or an acronym one may have defined
    if low in TITLE_WORDS or low in MULTIWORD_PLACES:
        return _SKIP
    cap = word[:1].isupper() or _PREFIXED_NAME.match(word) is not None
    if not cap or low in NOT_NAME_WORDS:
        return _SKIP
    return _SINGLE


def _classify_run(
    reg: Registry, run: list[Token], source: str, span: Span, singles: list[tuple[Token, int]]
) -> None:
    if len(run) == 1:
        t = run[0]
        action = _single_action(t.text)
        if action == _SINGLE:
            singles.append((t, span.end))
            return
        if action == _SKIP:
            return
        if action == _COUNTRY_ONLY:
            low = t.low
            country = COUNTRIES.get(low) or COUNTRIES[DEMONYMS[low]]
            reg.mention(reg.entity(ParticipantKind.COUNTRY, country), t.start, t.end)
            return
    # countries and demonyms anywhere in the run
    for t in run:
        low = t.low
        if low in _COUNTRY_WORDS:
            country = COUNTRIES.get(low) or COUNTRIES[DEMONYMS[low]]
            reg.mention(reg.entity(ParticipantKind.COUNTRY, country), t.start, t.end)
    rest = run
    # split at an organisation word followed by a name (``Security Council Nikolai Patrushev``)
    if len(rest) < 3 or ORG_WORDS.isdisjoint([t.low for t in rest[:-2]]):
        # no organisation word with two words after it: nothing to split
        _classify_part(reg, rest, source, span, singles)
        return
    parts: list[list[Token]] = []
    cur: list[Token] = []
    for i, t in enumerate(rest):
        cur.append(t)
        left = len(rest) - i - 1
        if t.low in ORG_WORDS and left >= 2:
            nxt = _fold(rest[i + 1].text)
            tail = rest[i + 1 :] if left <= 3 else []  # slicing only short tails keeps it linear
            named = nxt in MALE_NAMES or nxt in FEMALE_NAMES or nxt in FAMILY_FIRST_SURNAMES
            # ``... Defense Council Oleksiy Danilov said``: a short tail that speaks
            speaks = (
                left <= 3
                and nxt not in TITLE_WORDS  # ``Energy Minister Khalid al-Falih``: a title
                and all(x.cap and x.low not in ORG_WORDS for x in tail)
                and (
                    _SPEAKS_AFTER.match(source, tail[-1].end, min(span.end, tail[-1].end + 40))
                    is not None
                    or reg.is_subject(tail[-1].text)
                )
            )
            # ``Organising Committee President Seiko Hashimoto``: a title, then a name
            titled = (
                left <= 5
                and t.low in _ORG_HEADS
                and nxt in TITLE_WORDS
                and _fold(rest[-1].text) not in TITLE_WORDS
                and rest[-1].low not in ORG_WORDS
                and _fold(rest[-2].text) not in TITLE_WORDS
            )
            if named or speaks or titled:
                parts.append(cur)
                cur = []
    if cur:
        parts.append(cur)
    for part in parts:
        _classify_part(reg, part, source, span, singles)


def _classify_part(
    reg: Registry, part: list[Token], source: str, span: Span, singles: list[tuple[Token, int]]
) -> None:
    titles, name = _split_titles(part)
    name = _trim_particles(name)
    if not name:
        return
    words = [t.text for t in name]
    lows = [t.low for t in name]
    if _COUNTRY_WORDS.issuperset(lows):
        return
    is_org = not ORG_WORDS.isdisjoint(lows)
    if is_org:
        # an organisation keeps its modifiers: ``Prime Minister's Office``, ``State Department``
        while titles and titles[-1].low not in NOT_NAME_WORDS:
            name = [titles[-1], *name]
            titles = titles[:-1]
        while titles and (
            titles[-1].low in COUNTRIES
            or titles[-1].low in DEMONYMS
            or (
                titles[-1].low in TITLE_WORDS  # ``State Department``
                and titles[-1].low not in HONORIFICS
                and titles[-1].low not in PERSON_NOUNS
            )
        ):
            name = [titles[-1], *name]
            titles = titles[:-1]
        words = [t.text for t in name]
        lows = [t.low for t in name]
    start, end = name[0].start, name[-1].end
    text = source[start:end]
    if lows[-1] in TITLE_WORDS and lows[-1] not in ORG_WORDS and len(name) <= 4:
        return  # ``Union Health Minister``: a title, resolved where it speaks
    if is_org or (len(name) == 1 and _ACRONYM.match(words[0]) and lows[0] not in COUNTRIES):
        if len(name) == 1 and lows[0] in GROUP_NOUNS:
            return  # ``Police said``: an unnamed group, resolved where it speaks
        if len(name) == 1 and _ACRONYM.match(words[0]):
            # a bare acronym is an organisation only once a name has defined it
            org = reg.find_org(words[0])
            if org is not None:
                reg.mention(org, start, end)
            return
        # an organisation, possibly with ``the`` folded into the titles; acronym after it
        org = reg.entity(ParticipantKind.ORGANIZATION, text)
        reg.mention(org, start, end)
        desc, desc_kind = _role_before(source, (titles[0].start if titles else start), span.start)
        if desc_kind == "org":
            org.add_role(desc)
        m = _ACRONYM_AFTER.match(source[end : end + 14])
        if m:
            _acronym(reg, org, name, m.group(1), source, start, end + m.end())
        return
    if " ".join(lows) in MULTIWORD_PLACES:  # (tokens hold no white space to strip)
        return  # ``Hong Kong``, ``Abu Dhabi``: a place shaped like a name
    if (len(lows) > 1 and not PLACE_WORDS.isdisjoint(lows[1:])) or (
        lows[0] in _PLACE_FIRST and len(words) > 1
    ):
        return
    if len(name) == 1:
        if not name[0].cap or lows[0] in NOT_NAME_WORDS:
            return
        singles.append((name[0], span.end))
        return
    if len(name) >= 3:
        for k in range(1, len(name) - 1):
            known = reg.find_person(words[k:])
            if known is not None and len(known.tokens) == len(words) - k:
                # ``Delhi Capitals Ricky Ponting``: an organisation, then a known person
                reg.mention(known, name[k].start, end)
                return
    # evidence for a person
    appos, appos_kind = _appositive(source, end + (2 if name[-1].poss else 0), span.end)
    role, role_kind = _role_before(source, (titles[0].start if titles else start), span.start)
    before = source[max(span.start, start - 40) : start]
    # (both patterns need the text to end with a comma and white space)
    if not role and before.rstrip().endswith(",") and _LOWER_COMMA.search(before):
        word = _LOWER_COMMA_WORD.search(before)
        if word and word.group(1).lower() in PERSON_NOUNS:
            role_kind = "person"
    comma_before = source[max(span.start, start - 3) : start].rstrip().endswith(",")
    if (
        not role_kind
        and comma_before
        and _ROLE_COMMA.search(source, max(span.start, start - 90), start)
    ):
        # ``the head coach of Delhi Capitals, Ricky Ponting``; ``Nairobi Governor, Mike Sonko``
        role_kind = "person"

    def speaks() -> bool:
        """Whether the name is the subject of a speech verb (``X said``, ``said X.``);
        evaluated only when the cheaper evidence below is not enough."""
        in_pp = _PREP_BEFORE.search(source, max(span.start, start - 12), start) is not None
        return (
            not in_pp and _SPEAKS_AFTER.match(source, end, min(span.end, end + 40)) is not None
        ) or (
            _CLAUSE_END.match(source, end, span.end) is not None
            and _SPEAKS_BEFORE.search(source, max(span.start, start - 30), start) is not None
        )

    honorific = [t for t in titles if t.low in HONORIFICS] if titles else []
    title_words = (
        [t for t in titles if t.low in TITLE_WORDS or t.low in PERSON_NOUNS] if titles else []
    )
    surname_first = lows[0] in FAMILY_FIRST_SURNAMES and 2 <= len(name) <= 4
    given = _gender_of(words[0])
    org_evidence = appos_kind == "org" or role_kind == "org"
    person_evidence = (
        appos_kind == "person"
        or role_kind == "person"
        or bool(honorific)
        or bool(title_words)
        or given is not None
        or surname_first
        or not _SUFFIXES.isdisjoint(lows)
        or (len(words) > 2 and any(_INITIAL.match(w) for w in words[1:-1]))
        or (len(name) <= 4 and speaks())
        or (
            len(name) <= 3
            and (reg.is_subject(words[-1]) or (surname_first and reg.is_subject(words[0])))
        )
    )
    if org_evidence and not (honorific or title_words or given):
        org = reg.entity(ParticipantKind.ORGANIZATION, text)
        reg.mention(org, start, end)
        if role_kind == "org":
            org.add_role(role)
        elif appos_kind == "org":
            org.add_role(appos)
        return
    if not person_evidence:
        if 2 <= len(name) <= 3 and not is_org:
            reg.pending.append((start, end))  # may be coordinated with a person: see below
        known = reg.find_person(words)
        if known is not None and len(known.tokens) == len(words):
            reg.mention(known, start, end)  # the full name again
        elif known is not None:
            singles.append((name[0], span.end))  # a partial name (``Moura Lima``)
        return
    if len(name) > 5 or any(map(_has_digit, words)):
        return
    existing = reg.find_person(words)
    ent = existing if existing is not None and len(existing.tokens) >= len(words) else None
    if ent is None:
        ent = reg.entity(ParticipantKind.PERSON, text)
    elif ent.name != text:
        ent.add_alias(text)
    reg.mention(ent, start, end)
    for t in honorific:
        ent.add_role(t.text)
        g = HONORIFICS.get(t.low)
        if g and ent.gender is None:
            ent.gender = g
    if titles and title_words:
        first_title = next(
            (i for i, t in enumerate(titles) if t in title_words or t in honorific), 0
        )
        tt = titles[first_title:]
        if not (len(tt) == 1 and tt[0].low in HONORIFICS):
            role_text = source[tt[0].start : tt[-1].end]
            if role and role_kind == "person":
                role_text = source[min(tt[0].start, start - len(role) - 1) : tt[-1].end]
            ent.add_role(role_text)
    elif role and role_kind == "person":
        ent.add_role(role)
    else:
        tm = _TITLE_OF.search(source, max(span.start, start - 120), start)
        if tm and tm.group(1).split()[0].lower() in TITLE_WORDS:
            ent.add_role(tm.group(1))
    if appos and appos_kind == "person" and not appos.lower().startswith(("who", "whose")):
        for piece in _AND_SPLIT.split(appos):
            ent.add_role(
                _ARTICLE.sub("", piece.strip())
                if piece.lower().startswith(("a ", "an "))
                else piece
            )
    if ent.gender is None:
        ent.gender = given


def _attach_single(reg: Registry, tok: Token, source: str, limit: int) -> None:
    """Attach a short form (``Guo``, ``Moura Lima``) to the person it abbreviates."""
    # a person's name holding the word holds it (when any holds the two words below);
    # most short forms name nobody known, so that is asked first
    ent = reg.find_person([tok.text])
    if ent is None:
        return
    # extend to the capitalised run it starts
    words = [tok.text]
    end = tok.end
    m = _NEXT_NAME_WORD.match(source, end, limit)
    if m:
        words.append(m.group(1))
    ent2 = reg.find_person(words[:2]) if len(words) > 1 else None
    if ent2 is not None:
        used = words[:2]
        e2 = tok.start + len(" ".join(used))
        text = source[tok.start : e2]
        if ent2.name != text:
            ent2.add_alias(text)
        reg.mention(ent2, tok.start, e2)
        return
    if tok.start < max(ent.first_mention(), 0):
        return
    ent.add_alias(tok.text)
    reg.mention(ent, tok.start, tok.end)
    appos, kind = _appositive(source, tok.end, limit)
    if kind == "person" and not appos.lower().startswith(("who ", "whose ")):
        ent.add_role(appos)
