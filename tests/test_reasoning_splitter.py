"""The live reasoning/answer splitter: its whole contract, under any chunking."""

from __future__ import annotations

import random

import pytest

from engine.reasoning import ANSWER, REASONING, ReasoningSplitter


def split(chunks: list[str], **kwargs) -> tuple[str, str, ReasoningSplitter]:
    s = ReasoningSplitter(**kwargs)
    pieces = [p for c in chunks for p in s.feed(c)] + s.finish()
    text = {REASONING: "", ANSWER: ""}
    for kind, part in pieces:
        assert part, "no empty pieces"
        text[kind] += part
    return text[REASONING], text[ANSWER], s


def chunkings(text: str, rng: random.Random, n: int = 150):
    yield [text]
    yield list(text)
    for _ in range(n):
        cuts = sorted(rng.sample(range(1, len(text)), min(len(text) - 1, rng.randint(1, 15))))
        yield [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)])]


CASES = [
    # (text, opened, reasoning, answer, unfinished)
    ("<think>\nLet me add.\n2+2=4\n</think>\n\nThe answer is 4.", False,
     "Let me add.\n2+2=4\n", "The answer is 4.", False),
    ("  \n<think>x</think>y", False, "x", "y", False),
    ("Plain answer, no reasoning.", False, "", "Plain answer, no reasoning.", False),
    ("Answer mentioning <think> later is not reasoning.", False, "",
     "Answer mentioning <think> later is not reasoning.", False),
    ("Prefilled thought.\n</think>\n\nAnswer.", True, "Prefilled thought.\n", "Answer.", False),
    ("\nThinking forever and never closing <", True, "Thinking forever and never closing <", "", True),
    ("<think></think>\n\nOff mode answer.", False, "", "Off mode answer.", False),
    ("<think>a < b and </thin not a tag</think>done", False, "a < b and </thin not a tag", "done", False),
    ("<thinking>is not the tag", False, "", "<thinking>is not the tag", False),
    ("<thi", False, "", "<thi", False),
    ("", True, "", "", True),
    # an opened reply that writes the start tag again (a model, or a server without a parser)
    ("<think>\nRepeated tag.\n</think>\n\nAnswer.", True, "Repeated tag.\n", "Answer.", False),
    ("\n<thi", True, "<thi", "", True),
    ("Thought with <think> inside.</think>A", True, "Thought with <think> inside.", "A", False),
]


@pytest.mark.parametrize("text, opened, reasoning, answer, unfinished", CASES)
def test_every_chunking_gives_the_same_split(text, opened, reasoning, answer, unfinished) -> None:
    rng = random.Random(hash(text) & 0xFFFF)
    for chunks in chunkings(text, rng) if len(text) > 1 else [[text]]:
        r, a, s = split(chunks, opened=opened)
        assert (r, a) == (reasoning, answer), chunks
        assert s.unfinished is unfinished


def test_pieces_come_in_order() -> None:
    s = ReasoningSplitter()
    out = s.feed("<think>one</think>two") + s.finish()
    assert out == [(REASONING, "one"), (ANSWER, "two")]


def test_holds_back_at_most_a_partial_tag() -> None:
    rng = random.Random(3)
    body = "".join(rng.choice("ab</think>\n ") for _ in range(3000))
    s = ReasoningSplitter(opened=True)
    for ch in body:
        s.feed(ch)
        assert len(s._held) <= len("</think>") - 1


def test_streams_reasoning_before_it_closes() -> None:
    s = ReasoningSplitter(opened=True)
    assert s.feed("Step one. ") == [(REASONING, "Step one. ")]
    assert s.feed("Step two </th") == [(REASONING, "Step two ")]
    assert s.feed("ink>Yes") == [(ANSWER, "Yes")]
    assert s.reasoning_closed


def test_custom_tags() -> None:
    r, a, _ = split(["[THINK]hm[/THINK] ok"], start_tag="[THINK]", end_tag="[/THINK]")
    assert (r, a) == ("hm", "ok")
