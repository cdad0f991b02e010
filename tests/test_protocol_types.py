"""Events, states, sampling fields and the budget's special values: each defined once, in protocol."""

from __future__ import annotations

import typing
from dataclasses import fields

import pytest

from engine import profiles
from engine import protocol as P
from engine.protocol import Event, FinishReason, JobState


def test_every_event_kind_has_one_payload_type() -> None:
    kinds = []
    for payload in typing.get_args(P.EngineEvent):
        literal = typing.get_type_hints(payload)["event"]
        kinds += typing.get_args(literal)
    assert sorted(kinds) == sorted(Event)  # each kind once, none without a shape


def test_events_travel_as_json_and_come_back_typed() -> None:
    line = P.encode(P.done_event(FinishReason.CANCELLED))
    assert line == b'{"event":"done","finish_reason":"cancelled"}\n'
    event = P.decode_event(line)
    assert event["event"] is Event.DONE
    assert event["event"] == Event.DONE and event["finish_reason"] is FinishReason.CANCELLED


@pytest.mark.parametrize("line", [b'{"event":"telemetry"}', b'{"text":"x"}',
                                  b'{"event":"done","finish_reason":"bored"}', b"[1]"])
def test_an_unknown_event_is_refused(line: bytes) -> None:
    with pytest.raises(ValueError):
        P.decode_event(line)


def test_error_event_carries_only_what_was_given() -> None:
    assert P.error_event("boom") == {"event": "error", "message": "boom"}
    assert P.error_event("gone", crashed=True, exit_code=-6) == {
        "event": "error", "message": "gone", "crashed": True, "exit_code": -6}


def test_old_alias_names_are_the_enum_members() -> None:
    assert (P.LOADED, P.DONE, P.ERROR) == (Event.LOADED, Event.DONE, Event.ERROR)
    assert (P.FINISH_STOP, P.FINISH_CANCELLED) == (FinishReason.STOP, FinishReason.CANCELLED)


def test_tunable_fields_come_from_sampling_and_its_own_rules_accept_their_ranges() -> None:
    tunable = P.tunable_fields()
    names = [f.name for f in fields(P.Sampling)]
    assert [f.name for f in tunable] == [n for n in names if n not in ("seed", "stop")]
    defaults = P.Sampling()
    for f in tunable:
        assert f.default == getattr(defaults, f.name)
        assert f.kind is type(getattr(defaults, f.name))
        for value in (f.low, f.high, f.default):  # whatever the dialog offers, the engine takes
            P.Sampling(**{f.name: f.kind(value)}).validate()


def test_a_profile_with_a_field_sampling_does_not_have_is_refused() -> None:
    with pytest.raises(ValueError, match="temprature"):
        profiles.Profile("typo", "Typo", profiles.SWITCHABLE, sampling_on={"temprature": 0.5})


def test_budget_off_is_decided_in_one_place() -> None:
    assert not P.thinking_allowed(P.BUDGET_OFF)
    assert P.thinking_allowed(P.BUDGET_UNLIMITED) and P.thinking_allowed(256)
    assert P.budget_is_capped(256)
    assert not P.budget_is_capped(P.BUDGET_OFF) and not P.budget_is_capped(P.BUDGET_UNLIMITED)
    kwarg = profiles.by_family("nemotron-3-nano")
    assert kwarg.reasoning_on(P.ReasoningMode.AUTO, P.BUDGET_UNLIMITED)
    assert not kwarg.reasoning_on(P.ReasoningMode.ON, P.BUDGET_OFF)
    prepared = kwarg.prepare([{"role": "user", "content": "hi"}], P.ReasoningMode.ON, P.BUDGET_OFF)
    assert prepared.template_kwargs == {"enable_thinking": False} and not prepared.reasoning_on


def test_generate_request_defaults_are_the_named_values() -> None:
    request = P.GenerateRequest.from_dict({"messages": [{"role": "user", "content": "hi"}]})
    assert request.budget == P.BUDGET_UNLIMITED and request.reasoning == P.ReasoningMode.AUTO
    assert P.GenerateRequest.from_dict(request.to_dict()) == request


def test_job_states_say_which_can_go_on() -> None:
    assert {s for s in JobState if s.active} == {JobState.QUEUED, JobState.DOWNLOADING}
    assert {s for s in JobState if s.retryable} == {JobState.FAILED, JobState.CANCELLED}
