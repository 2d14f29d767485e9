"""The given-name tables: their shape, and their use as evidence of a person and a gender."""

from __future__ import annotations

import pytest

from articlekit import ParticipantKind, parse
from articlekit._given_names import FEMALE_GIVEN, MALE_GIVEN


@pytest.mark.parametrize("table", [MALE_GIVEN, FEMALE_GIVEN])
def test_entries_are_single_lower_case_words(table: frozenset[str]) -> None:
    assert all(name == name.lower() and name.split() == [name] for name in table)


@pytest.mark.parametrize("word", ["will", "hope", "may", "june", "august", "china", "paris"])
def test_common_words_and_places_are_not_given_names(word: str) -> None:
    assert word not in MALE_GIVEN and word not in FEMALE_GIVEN


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Terrence Malick", "male"),
        ("Alfred Mutua", "male"),
        ("Moses Kuria", "male"),
        ("Wim Kok", "male"),
        ("Kwasi Appiah", "male"),
        ("Brigid Laffan", "female"),
        ("Chinyere Okafor", "female"),
        ("Mehriban Aliyeva", "female"),
    ],
)
def test_a_listed_given_name_makes_a_person_outside_speech(name: str, gender: str) -> None:
    """A two-word name that does not speak is a person because its first word is a given
    name, and that name tells the gender."""
    a = parse(
        " date 2021-05-04 Council approves harbour plan\n\n"
        f"The council thanked {name} for the plan on Tuesday.\n"
    )
    people = [(p.name, p.gender) for p in a.participants if p.kind is ParticipantKind.PERSON]
    assert people == [(name, gender)]


@pytest.mark.parametrize("name", ["Jean Dupont", "Alex Moreno", "Nicola Bianchi", "Kiran Rao"])
def test_a_given_name_of_either_gender_makes_a_person_of_no_gender(name: str) -> None:
    """A given name both tables hold is evidence of a person, though not of a gender; the
    speaker of a French cue is then no group."""
    first = name.split()[0].lower()
    assert first in MALE_GIVEN and first in FEMALE_GIVEN
    a = parse(
        " date 2021-05-04 Council approves harbour plan\n\n"
        f"The council thanked {name} for the plan on Tuesday.\n\n"
        f"Le budget sera réduit, a déclaré {name}.\n"
    )
    people = [(p.name, p.gender) for p in a.participants if p.kind is ParticipantKind.PERSON]
    assert people == [(name, None)]
    assert [q.speaker for q in a.quotes] == [a.participants[0].id]
