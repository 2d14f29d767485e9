"""Datelines and agencies at the start of the first body paragraph.

Grammar (see ``docs/format.md``)::

    dateline = places [region] [date] [agency] sep
             | places [region] date BODY-START            ; ``OSLO, June 3 A ferry``
             | date agency sep                             ; ``Aug. 11 (UPI) --``
             | agency [sep]                                ; ``(CNN)The``, ``(Reuters) -``
    places   = PLACE ("/" PLACE)*                          ; upper case: ``AOMORI/BEIJING``
    region   = "," Title-Case-Words | "(" Country ")" ["[" Country "]"]
    date     = ["," ] Month ["."] Day | Day Month  ["."]  ; ``Nov. 14``, ``Apr.5``, ``14 Nov``
    agency   = "(" Name ")" | "/" NAME "/" ["."]
    sep      = "--" | "—" | "–" | "-" | ":"
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["DatelineMatch", "match_dateline", "normalise_agency", "resolve_month_day"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    r"|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?"
    r"|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)"
)
_DATE = rf"(?:{_MONTH}(?:\.\s*|\s+)\d{{1,2}}|\d{{1,2}}\s+{_MONTH}\.?)"
#: The capitals a month of :data:`_MONTH` opens with (a :data:`_DATE` opens with a month or
#: a digit).
_MONTH_INITIALS = "JFMASOND"
_CAP_WORD = r"[A-Z][A-Z'’.\-]*[A-Z.]|[A-Z](?![a-z])"
_PLACE_UP = rf"(?:{_CAP_WORD})(?:[ \t]+(?:{_CAP_WORD}))*"
_PLACES_UP = rf"{_PLACE_UP}(?:[ \t]*/[ \t]*{_PLACE_UP})*"
_TITLE_WORD = r"[A-Z][a-zà-ÿ'’.\-]+"
_TITLE_PLACE = rf"{_TITLE_WORD}(?:[ \t]+{_TITLE_WORD}){{0,2}}"
_REGION = (
    rf"(?!{_MONTH}\b)(?:{_TITLE_WORD}|[A-Z]\.[A-Z]\.?|[A-Z]{{2,}})"
    rf"(?:[ \t]+(?:{_TITLE_WORD})){{0,2}}"
)
_AGENCY = (
    r"\((?P<agency>[A-Z][\w&.’' \-]{0,30}|[A-Z]{2,10})\)|/(?P<agency2>[A-Z][A-Za-z\-]{1,15})/\.?"
)
_SEP = r"(?P<sep>-{1,2}|—|–|:|\.(?=\s+/))"

_UPPER_DL = re.compile(
    rf"(?P<places>{_PLACES_UP})"
    rf"(?:[ \t]*\((?P<paren>[A-Z][\w .]{{1,30}})\)(?:[ \t]*\[(?P<bracket>[A-Z][\w .]{{1,30}})\])?)?"
    # ``TACLOBAN Philippines Nov 15``: a region without its comma, when a date follows
    rf"(?:,[ \t]*(?P<region>{_REGION})|[ \t]+(?P<region2>{_REGION})(?=,?[ \t]*{_DATE}))?"
    rf"(?:,?[ \t]*(?P<date>{_DATE}))?\.?[ \t]*"
    rf"(?:{_AGENCY})?[ \t]*"
    rf"(?:{_SEP}[ \t]*)?"
)
_TITLE_DL = re.compile(
    rf"(?P<places>{_TITLE_PLACE})"
    rf"(?:[ \t]*\((?P<paren>[A-Z][\w .]{{1,30}})\)(?:[ \t]*\[(?P<bracket>[A-Z][\w .]{{1,30}})\])?)?"
    rf"(?:,[ \t]*(?P<region>{_REGION}))?"
    rf"(?:,?[ \t]*(?P<date>{_DATE}))?\.?[ \t]*"
    rf"(?:{_AGENCY})?[ \t]*"
    rf"(?:{_SEP}[ \t]*)?"
)
_DATE_AGENCY_DL = re.compile(rf"(?P<date>{_DATE})\.?[ \t]*(?:{_AGENCY})[ \t]*(?:{_SEP}[ \t]*)?")
_AGENCY_DL = re.compile(rf"(?:{_AGENCY})[ \t]*(?:{_SEP}[ \t]*)?")
#: ``New Delhi:``, ``Kuala Lumpur [Malaysia], June 6 (ANI/Xinhua):`` - a title-case place
#: before a colon (checked against words that open ordinary labels: ``Note:``, ``Photo:``).
_TITLE_COLON_DL = re.compile(
    rf"(?P<places>{_TITLE_PLACE})(?:[ \t]*\[(?P<bracket>[A-Z][\w .]{{1,30}})\])?"
    rf"(?:,?[ \t]*(?P<date>{_DATE}))?\.?[ \t]*(?:\((?P<agency>[A-Z][\w&./’' \-]{{0,30}})\))?"
    r"[ \t]*:[ \t]+(?=[\"“‘A-Z0-9])"
)
#: An upper-case place and a parenthesis of credits naming an agency among others.
_CREDITS_DL = re.compile(
    rf"(?P<places>{_PLACES_UP}),?[ \t]*\((?P<credits>[^()]{{3,100}})\)[ \t]*"
    r"(?:(?:--|-|—|–|:)[ \t]*)?"
)
_LABELS = frozenset(
    """note photo photos source editor update updated read watch related image video
    advertisement published posted tags tag category follow share caption credit file
    warning breaking exclusive live opinion analysis comment question answer q a more
    also see listen subscribe sponsored disclaimer correction clarification explainer
    feature factbox interview spotlight review profile roundup preview insight commentary
    editorial timeline graphic podcast focus""".split()
)
_BODY_START = re.compile(r"[\"“‘]?[A-Z0-9]")
_ACRONYM_SENTENCE = re.compile(r"[A-Z]{2,}[ \t]+[a-z]")

_AGENCIES = {
    "xinhua": "Xinhua", "reuters": "Reuters", "ap": "AP", "afp": "AFP", "tass": "TASS",
    "sputnik": "Sputnik", "upi": "UPI", "bernama": "Bernama", "cnn": "CNN", "kyodo": "Kyodo",
    "yonhap": "Yonhap", "ians": "IANS", "pti": "PTI", "ani": "ANI", "anadolu": "Anadolu",
    "aa": "Anadolu", "efe": "EFE", "dpa": "dpa", "bloomberg": "Bloomberg", "wam": "WAM",
    "spa": "SPA", "kuna": "KUNA", "irna": "IRNA", "ria novosti": "RIA Novosti",
    "interfax": "Interfax", "antara": "Antara", "vna": "VNA", "pna": "PNA", "mena": "MENA",
    "qna": "QNA", "apa": "APA", "ansa": "ANSA", "xinhuanet": "Xinhua", "chinadaily": "China Daily",
    "china daily": "China Daily", "cgtn": "CGTN", "bbc": "BBC", "ptd": "PTI", "nhk": "NHK",
    "belta": "BelTA", "itar-tass": "TASS", "ria": "RIA Novosti", "kbs": "KBS", "cna": "CNA",
    "the associated press": "AP", "associated press": "AP", "agence france-presse": "AFP",
    "xinhua news agency": "Xinhua", "global times": "Global Times", "gt": "Global Times",
}  # fmt: skip
#: Words that look like a place in capitals but open ordinary sentences.
_NOT_PLACES = frozenset(
    [
        "A",
        "I",
        "THE",
        "AN",
        "IN",
        "ON",
        "AT",
        "BY",
        "FOR",
        "AND",
        "OR",
        "BUT",
        "TO",
        "OF",
        "NOTE",
        "UPDATE",
        "UPDATED",
        "EDITOR",
        "EDITORS",
        "WARNING",
        "BREAKING",
        "EXCLUSIVE",
        "ANALYSIS",
        "OPINION",
        "FACTBOX",
        "EXPLAINER",
        "WATCH",
        "PHOTOS",
        "PHOTO",
        "FILE",
        "FILE PHOTO",
        "IMAGE",
        "PICTURE",
        "GRAPHIC",
        "READ",
        "RELATED",
        "LISTEN",
        "VIDEO",
        "LIVE",
        "Q",
        "A.",
    ]
)


def normalise_agency(name: str) -> str:
    """Return the canonical spelling of an agency name (``XINHUA`` -> ``Xinhua``)."""
    if name.isalpha():  # one word of letters (most): nothing to strip or join
        known = _AGENCIES.get(name.lower())
        return known if known is not None else name
    known = _AGENCIES.get(" ".join(name.strip().strip(".").split()).lower())
    return known if known is not None else " ".join(name.split())


def is_known_agency(name: str) -> bool:
    """Whether *name* is a news agency articlekit knows."""
    return " ".join(name.strip().strip(".").split()).lower() in _AGENCIES


class DatelineMatch:
    """A dateline found at the start of a text."""

    __slots__ = ("agency", "date_text", "end", "places")

    def __init__(
        self, *, places: tuple[str, ...], date_text: str | None, agency: str | None, end: int
    ) -> None:
        self.places = places
        self.date_text = date_text
        self.agency = agency
        #: Offset in the text where the body starts.
        self.end = end


def _split_places(places: str) -> list[str]:
    return [" ".join(p.split()) for p in places.split("/") if p.strip()]


def _from_match(m: re.Match[str], text: str, *, upper: bool) -> DatelineMatch | None:
    groups = m.groupdict()
    places = _split_places(groups.get("places") or "")
    agency = groups.get("agency") or groups.get("agency2")
    date = groups.get("date")
    sep = groups.get("sep")
    paren = groups.get("paren")
    if paren and agency is None and is_known_agency(paren):
        agency, paren = paren, None
    if places and places[0].upper() in _NOT_PLACES:
        return None
    if (
        upper
        and places
        and len(places[0].replace(".", "")) < 3  # the first place decides, nearly always
        and not any(len(p.replace(".", "")) >= 3 for p in places)
    ):
        return None
    if agency is None and paren and not date and not sep:
        return None
    strong = agency is not None or sep is not None
    if not strong and not (upper and date and _BODY_START.match(text, m.end())):
        # ``OSLO, June 3 A ferry ...``: a place and date with no separator.
        return None
    if sep == ":" and not date and not agency and (not upper or groups.get("region")):
        # ``BEIJING:``: only an upper-case place alone stands before a colon.
        return None
    if sep in ("-", "--", "–", "—") and not upper and not agency and not date:
        return None
    if sep == "-" and text[m.end("sep") : m.end("sep") + 1].islower():
        return None  # ``A US-led coalition``: a hyphenated word, not a separator
    if upper and sep is None and agency is None and _ACRONYM_SENTENCE.match(text):
        return None
    all_places = places[:]
    region = groups.get("region") or groups.get("region2")
    for extra in (region, paren if agency != paren else None, groups.get("bracket")):
        if extra:
            all_places.append(" ".join(extra.split()))
    if agency and not upper and not paren and not date and not sep and not is_known_agency(agency):
        return None
    return DatelineMatch(
        places=tuple(all_places),
        date_text=" ".join(date.split()) if date else None,
        agency=normalise_agency(agency) if agency else None,
        end=m.end(),
    )


def match_dateline(text: str) -> DatelineMatch | None:
    """Find a dateline at the start of *text*, or None."""
    if not text:
        return None
    c = text[0]
    if c == "(" or c == "/":
        m = _AGENCY_DL.match(text)
        if m and (m["agency"] or m["agency2"]) and is_known_agency(m["agency"] or m["agency2"]):
            return _from_match(m, text, upper=False)
        return None
    if not c.isupper():
        return None
    # Cheap gates: an agency or a parenthesis needs ``(`` or ``/``, a colon dateline ``:``,
    # and an upper-case place followed by anything at all a second character that is not
    # a lower-case letter (``The`` is the capital ``T`` and nothing after it).
    paren_or_slash = "(" in text or "/" in text
    if paren_or_slash and c in _MONTH_INITIALS:  # a capital opens a date with a month
        m = _DATE_AGENCY_DL.match(text)
        if m:
            return _from_match(m, text, upper=False)
    if not text[1:2].islower():
        m = _UPPER_DL.match(text)
        if m and m.end() > m.end("places"):
            found = _from_match(m, text, upper=True)
            if found:
                return found
    if paren_or_slash:
        m = _TITLE_DL.match(text)
        if m and (m["agency"] or m["agency2"] or m["paren"]) and m.end() > m.end("places"):
            return _from_match(m, text, upper=False)
    m = _CREDITS_DL.match(text) if "(" in text else None
    if m:
        # ``ABU DHABI, (UrduPoint / Pakistan Point News / WAM - 06th Oct, 2021)``
        named = [a for a in re.split(r"\s*[/|,;-]\s*", m["credits"]) if is_known_agency(a)]
        if named:
            return DatelineMatch(
                places=tuple(_split_places(m["places"])),
                date_text=None,
                agency=normalise_agency(named[-1]),
                end=m.end(),
            )
    m = _TITLE_COLON_DL.match(text) if ":" in text else None
    if (
        m
        and m["places"].split()[0].lower() not in _LABELS
        and len(m["places"].split()) <= 3
        and text.count(" ", m.end(), m.end() + 400) >= 15  # a lead follows, not a headline
    ):
        places = [" ".join(m["places"].split())] + ([m["bracket"]] if m["bracket"] else [])
        agency = m["agency"]
        return DatelineMatch(
            places=tuple(places),
            date_text=" ".join(m["date"].split()) if m["date"] else None,
            agency=normalise_agency(agency.split("/")[0]) if agency else None,
            end=m.end(),
        )
    return None


_MONTH_DAY = re.compile(r"([A-Za-z]+)(?:\.\s*|\s+)(\d{1,2})|(\d{1,2})\s+([A-Za-z]+)")


def resolve_month_day(date_text: str, reference: dt.date | None) -> dt.date | None:
    """Resolve ``Nov. 14`` or ``14 November`` against *reference*.

    The year is the reference's, or the year before when that would put the date more
    than a week after the reference (a late-December dateline on a January page).
    """
    if reference is None:
        return None
    m = _MONTH_DAY.match(date_text)
    if not m:
        return None
    month_name = (m.group(1) or m.group(4)).lower()[:3]
    day = int(m.group(2) or m.group(3))
    month = _MONTHS.get(month_name)
    if month is None:
        return None
    for year in (reference.year, reference.year - 1, reference.year + 1):
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            continue
        if (cand - reference).days <= 7 and (reference - cand).days <= 330:
            return cand
    return None
