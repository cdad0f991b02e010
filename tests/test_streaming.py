"""Token text is UTF-8 safe and stop strings are found across any chunking."""

from __future__ import annotations

import random

from engine.streaming import IncrementalDetokenizer, StopMatcher


def test_multibyte_characters_split_across_tokens() -> None:
    data = "né 🌟 ok".encode()
    pieces = {i: data[i:i + 1] for i in range(len(data))}  # one byte per "token"
    detok = IncrementalDetokenizer(pieces.__getitem__)
    out = [detok.push(i) for i in range(len(data))]
    assert "".join(out) == "né 🌟 ok"
    assert "\ufffd" not in "".join(out)
    assert out[data.index("🌟".encode()) ] == ""  # held until the character completes


def test_incomplete_character_at_the_end_is_dropped() -> None:
    data = "ab🌟".encode()[:-1]
    detok = IncrementalDetokenizer(lambda i: data[i:i + 1])
    text = "".join(detok.push(i) for i in range(len(data))) + detok.flush()
    assert text == "ab"


def test_stop_string_split_across_chunks() -> None:
    m = StopMatcher(["</answer>"])
    shown = [m.feed(c) for c in ["Hello </ans", "wer> trailing"]]
    assert shown == [("Hello ", False), ("", True)]


def test_text_resembling_a_stop_is_released() -> None:
    m = StopMatcher(["STOP"])
    assert m.feed("ST") == ("", False)
    assert m.feed("ART") == ("START", False)
    assert m.flush() == ""


def test_random_chunking_gives_the_same_text() -> None:
    rng = random.Random(7)
    text = "The answer is 42. Then STOP here, and nothing after."
    for _ in range(200):
        m = StopMatcher(["STOP", "never-appears"])
        cuts = sorted(rng.sample(range(1, len(text)), rng.randint(0, 12)))
        parts = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)])]
        shown, hit = [], False
        for part in parts:
            out, hit = m.feed(part)
            shown.append(out)
            if hit:
                break
        assert hit
        assert "".join(shown) == "The answer is 42. Then "


def test_no_stop_strings_passes_everything() -> None:
    m = StopMatcher([])
    assert m.feed("anything") == ("anything", False)
