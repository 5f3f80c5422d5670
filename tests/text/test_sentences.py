"""Sentence splitting (our own sentences)."""

from __future__ import annotations

from newsledger.text.sentences import sentences


def test_a_full_stop_inside_closing_quotes_ends_the_sentence_before_a_capital() -> None:
    text = 'The founder spent an hour talking about "quiet software." The device costs $249.'
    assert [text[s:e] for s, e in sentences(text)] == ['The founder spent an hour talking about "quiet software."', "The device costs $249."]
