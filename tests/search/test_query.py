"""The query parser: what users type becomes a safe, quoted MATCH expression."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tvet_desktop.search.compile import compile_query, term_alternatives
from tvet_desktop.search.query import ParsedQuery, Term, parse


def expression_of(query: ParsedQuery) -> str:
    return compile_query(query).expression

def test_words_must_all_match() -> None:
    assert expression_of(parse("welding safety")) == '"welding" AND "safety"'


def test_phrase_or_and_exclusion() -> None:
    parsed = parse('"digital skills" solar OR wind -diesel')
    assert expression_of(parsed) == '"digital skills" AND ("solar" OR "wind") NOT "diesel"'


def test_last_word_is_a_prefix_only_while_typing() -> None:
    assert parse("weld", prefix_last=True).groups[0][0].prefix
    assert not parse("weld ", prefix_last=True).groups[0][0].prefix
    assert not parse("weld").groups[0][0].prefix
    assert not parse('"weld"', prefix_last=True).groups[0][0].prefix


def test_operators_and_punctuation_are_never_passed_through() -> None:
    expression = expression_of(parse('NEAR(a b) title:x AND ) ( * ^ "'))
    assert expression == '"near a" AND "b" AND "title x" AND "and"'


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
    assert parse("welding s", prefix_last=True).groups == ((Term(("welding",)),),)
    assert parse("s", prefix_last=True).is_empty
    assert parse("s").groups == ((Term(("s",)),),)


def test_long_prefix_uses_known_completions_short_prefix_the_index() -> None:

    def completions(term: Term) -> list[str]:
        return ["training", "trainings"] if term.words[0].startswith("trai") else []

    assert term_alternatives(Term(("trainin",), prefix=True), completions) == ['"trainin"', '"training"', '"trainings"']
    assert term_alternatives(Term(("tra",), prefix=True), completions) == ['"tra"*']
    assert term_alternatives(Term(("xyzw",), prefix=True), completions) == ['"xyzw"*']


def test_compiled_query_lists_phrases_in_expression_order() -> None:

    compiled = compile_query(parse('"digital skills" solar OR wind -diesel'),
                             lambda t: ["winds"] if t.words == ("wind",) else [])
    assert compiled.phrases == ['"digital skills"', '"solar"', '"wind"', '"winds"']
    assert compiled.expression == '"digital skills" AND ("solar" OR ("wind" OR "winds")) NOT "diesel"'
