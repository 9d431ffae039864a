"""The query parser: what users type becomes a safe, quoted MATCH expression."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tvet_desktop.search.compile import compile_query, term_alternatives
from tvet_desktop.search.query import ParsedQuery, Term, parse


def expression_of(query: ParsedQuery) -> str:
    return compile_query(query).expression

def test_words_must_all_match() -> None:
    # Each word as its index term (its Snowball stem, :mod:`tvet_desktop.catalog.language`).
    assert expression_of(parse("welding safety")) == '"weld" AND "safeti"'


def test_phrase_or_and_exclusion() -> None:
    parsed = parse('"digital skills" solar OR wind -diesel')
    assert expression_of(parsed) == '"digit skill" AND ("solar" OR "wind") NOT "diesel"'


def test_last_word_is_a_prefix_only_while_typing() -> None:
    assert parse("weld", prefix_last=True).groups[0][0].prefix
    assert not parse("weld ", prefix_last=True).groups[0][0].prefix
    assert not parse("weld").groups[0][0].prefix
    assert not parse('"weld"', prefix_last=True).groups[0][0].prefix


def test_operators_and_punctuation_are_never_passed_through() -> None:
    expression = expression_of(parse('NEAR(a b) title:x AND ) ( * ^ "'))
    assert expression == '"near" AND "b" AND "titl x"'  # "a" and "and" are stop words


def test_case_and_accents_are_folded() -> None:
    assert parse("ÉDUCATION Numérique").positive_words == ["education", "numerique"]


def test_hyphenated_words_become_a_phrase() -> None:
    assert parse("e-learning").groups == ((Term(("e", "learning")),),)


def test_only_exclusions_has_no_positive_part() -> None:
    parsed = parse("-welding")
    assert not parsed.groups and parsed.excluded and expression_of(parsed) == ""


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_parses_to_quoted_words(text: str) -> None:
    expression = expression_of(parse(text, prefix_last=True))
    # Outside quotes only our own operators, parentheses and the prefix star may appear.
    outside = expression.split('"')[::2]
    for chunk in outside:
        assert set(chunk.replace("AND", "").replace("OR", "").replace("NOT", "")) <= set(" ()*")


def test_a_single_typed_letter_waits_for_the_next() -> None:
    assert parse("welding x", prefix_last=True).groups == ((Term(("welding",)),),)
    assert parse("x", prefix_last=True).is_empty
    assert parse("x").groups == ((Term(("x",)),),)


def test_stop_words_need_not_match() -> None:
    assert parse("events in Africa").positive_words == ["events", "africa"]
    assert parse("la formación de los profesionales").positive_words == ["formacion", "profesionales"]
    assert parse("l'apprentissage des jeunes").positive_words == ["apprentissage", "jeunes"]
    assert parse("التدريب في المدارس").positive_words == ["التدريب", "المدارس"]
    assert parse("the", prefix_last=True).is_empty and parse("events in", prefix_last=True) == parse("events in ")


def test_a_typed_prefix_becomes_its_known_completions() -> None:

    def completions(term: Term) -> list[str]:
        return ["train", "trainer"] if term.words[0].startswith("tra") else []

    assert term_alternatives(Term(("trainin",), prefix=True), completions) == ['"train"', '"trainer"']
    assert term_alternatives(Term(("tra",), prefix=True), completions) == ['"train"', '"trainer"']
    assert term_alternatives(Term(("xyzw",), prefix=True), completions) == ['"xyzw"']  # matches nothing


def test_compiled_query_lists_phrases_in_expression_order() -> None:

    compiled = compile_query(parse('"digital skills" solar OR wind -diesel'),
                             lambda t: ["wind", "winds"] if t.words == ("wind",) else [])
    assert compiled.phrases == ['"digit skill"', '"solar"', '"wind"', '"winds"']
    assert compiled.expression == '"digit skill" AND ("solar" OR ("wind" OR "winds")) NOT "diesel"'
