"""The remote backend against streams replayed exactly as vLLM, SGLang, NIM and llama.cpp server send them.

A real HTTP server on 127.0.0.1 (tests/replay_server.py) and the real
RemoteBackend (in this process: the engine host only forwards its events, as
the CLI tests show): the probe, both reasoning fields and raw think tags, every
budget mechanism, and each failure with a clear message that keeps what arrived.
"""

from __future__ import annotations

import datetime
import ipaddress
import ssl
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from engine import protocol as P
from engine.openai_wire import BudgetMethod, ReasoningField
from engine.protocol import Event, FinishReason
from engine.remote import RemoteBackend
from engine.remote_endpoints import ServerKind
from engine.remote_http import RemoteError, probe
from tests.replay_server import ANSWER, CONTINUATION, MODEL, REASONING, ReplayServer
from tests.test_cli import events_of, ponder, stats

NANO_V2 = "nvidia/NVIDIA-Nemotron-Nano-9B-v2"
LONG_REASONING = "Let me think about this step by step. " * 40


class Run:
    """One reply through a RemoteBackend: its events, and the backend for more."""

    def __init__(self, server: ReplayServer, model: str = MODEL, family: str = "", key: str = "",
                 ca_file: str = "", url: str = "", read_timeout: float | None = None):
        self.backend = RemoteBackend()
        if read_timeout is not None:
            self.backend.read_timeout = read_timeout
        self.loaded = self.backend.load(P.LoadOptions(path="", family=family, remote={
            "url": url or server.base_url, "model": model, "api_key": key, "ca_file": ca_file}))
        self.events: list[P.EngineEvent] = []

    def reply(self, text: str = "Hello", budget: int = P.BUDGET_UNLIMITED, mode: str = "auto",
              max_tokens: int = 512, during: Any = None) -> list[P.EngineEvent]:
        self.events = []

        def emit(event: P.EngineEvent) -> None:
            self.events.append(event)
            if during is not None:
                during(self, event)

        self.backend.clear_stop()
        self.backend.generate(P.GenerateRequest([{"role": "user", "content": text}],
                                                P.Sampling(temperature=0.0, max_tokens=max_tokens),
                                                reasoning=mode, budget=budget), emit)
        return self.events

    def text(self, kind: Event) -> str:
        return "".join(e["text"] for e in self.events if e["event"] == kind)

    @property
    def stats(self) -> dict[str, Any]:
        return dict(next(e for e in self.events if e["event"] == Event.STATS))

    def close(self) -> None:
        self.backend.unload()


@pytest.fixture
def runs() -> Iterator[list[Run]]:
    made: list[Run] = []
    yield made
    for run in made:
        run.close()


def start(runs: list[Run], server: ReplayServer, **kwargs: Any) -> Run:
    run = Run(server, **kwargs)
    runs.append(run)
    return run


# -- the probe -------------------------------------------------------------------------------------
@pytest.mark.parametrize(("flavor", "kind", "field", "method"), [
    ("vllm", ServerKind.VLLM, ReasoningField.REASONING, BudgetMethod.VLLM),
    ("vllm-old", ServerKind.VLLM, ReasoningField.REASONING_CONTENT, BudgetMethod.VLLM),
    ("sglang", ServerKind.SGLANG, ReasoningField.REASONING_CONTENT, BudgetMethod.TWO_PHASE),
    ("nim", ServerKind.NIM, ReasoningField.REASONING_CONTENT, BudgetMethod.NIM),
    ("llamacpp", ServerKind.LLAMA_CPP, ReasoningField.REASONING_CONTENT, BudgetMethod.LLAMA_CPP),
    ("raw", ServerKind.OTHER, ReasoningField.UNKNOWN, BudgetMethod.TWO_PHASE),
])
def test_probe_names_the_engine_its_reasoning_field_and_budget(
        flavor: str, kind: ServerKind, field: ReasoningField, method: BudgetMethod) -> None:
    with ReplayServer(flavor) as server:  # type: ignore[arg-type]
        caps = probe(server.base_url)
        assert (caps.kind, caps.reasoning_field, caps.budget_method) == (kind, field, method)
        assert caps.models == [MODEL] and caps.probed_at > 0
        assert caps.kind.label in caps.describe() and method.label in caps.describe()
        assert all(r.method == "GET" for r in server.requests)  # a probe generates nothing
        if flavor == "llamacpp":
            assert caps.chat_template == server.chat_template and caps.context_length == 8192


# -- reasoning, from each field --------------------------------------------------------------------
@pytest.mark.parametrize(("flavor", "field"), [("vllm", "reasoning"), ("vllm-old", "reasoning_content"),
                                               ("sglang", "reasoning_content"), ("nim", "reasoning_content"),
                                               ("llamacpp", "reasoning_content")])
def test_reasoning_then_answer_from_the_servers_field(runs: list[Run], flavor: str, field: str) -> None:
    with ReplayServer(flavor) as server:  # type: ignore[arg-type]
        run = start(runs, server)
        events = run.reply()
        kinds = [e["event"] for e in events]
        assert kinds.index(Event.ANSWER) > kinds.index(Event.REASONING)
        assert kinds[-2:] == [Event.STATS, Event.DONE]
        assert run.text(Event.REASONING).strip() == REASONING.strip() and run.text(Event.ANSWER) == ANSWER
        s = run.stats
        assert s["reasoning_field"] == field and s["server"] == f"127.0.0.1:{server.port}"
        assert s["reasoning_tokens"] > 0 and s["answer_tokens"] > 0 and s["thinking_s"] > 0
        # the family's own switch: Nemotron 3 takes enable_thinking, nothing else is needed
        assert server.bodies("/v1/chat/completions")[-1]["chat_template_kwargs"] == {"enable_thinking": True}


def test_raw_think_tags_are_split_by_ponder(runs: list[Run]) -> None:
    with ReplayServer("raw") as server:
        run = start(runs, server)
        run.reply()
        assert run.text(Event.REASONING).strip() == REASONING.strip() and run.text(Event.ANSWER) == ANSWER
        assert run.stats["reasoning_field"] == "raw"


def test_raw_text_after_a_prompt_that_opened_the_reasoning(runs: list[Run]) -> None:
    """Nano v2's template ends the prompt with <think>: the reply starts inside the reasoning,
    which Ponder knows by rendering the family's published template."""
    with ReplayServer("raw", models=[NANO_V2], opened=True) as server:
        run = start(runs, server, model=NANO_V2)
        assert run.loaded["family"] == "nemotron-nano-v2"
        run.reply()
        assert run.text(Event.REASONING).strip() == REASONING.strip() and run.text(Event.ANSWER) == ANSWER
        system = server.bodies("/v1/chat/completions")[-1]["messages"][0]
        assert system == {"role": "system", "content": "/think"}


def test_budget_off_switches_reasoning_off_through_the_family(runs: list[Run]) -> None:
    with ReplayServer("vllm") as server:
        run = start(runs, server)
        run.reply(budget=P.BUDGET_OFF)
        body = server.bodies("/v1/chat/completions")[-1]
        assert body["chat_template_kwargs"] == {"enable_thinking": False}
        assert "thinking_token_budget" not in body
        assert run.text(Event.REASONING) == "" and run.text(Event.ANSWER) == ANSWER


# -- budgets ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(("flavor", "method"), [("vllm", "thinking_token_budget"),
                                                ("nim", "nvext.max_thinking_tokens"),
                                                ("llamacpp", "thinking_budget_tokens")])
def test_a_server_that_takes_a_budget_field_gets_it(runs: list[Run], flavor: str, method: str) -> None:
    with ReplayServer(flavor, reasoning=LONG_REASONING) as server:  # type: ignore[arg-type]
        run = start(runs, server)
        run.reply(budget=8)
        body = server.bodies("/v1/chat/completions")[-1]
        sent = body["nvext"]["max_thinking_tokens"] if flavor == "nim" else body[method]
        assert sent == 8
        assert run.stats["budget_method"] == method and not run.stats["budget_fallback"]
        assert run.stats["reasoning_tokens"] <= 8 + 1 and run.text(Event.ANSWER) == ANSWER
        assert server.prompts == []  # no second phase was needed


def test_a_server_without_a_budget_field_gets_the_two_phase_method(runs: list[Run]) -> None:
    with ReplayServer("sglang", reasoning=LONG_REASONING) as server:
        run = start(runs, server)
        run.reply(budget=8)
        first = server.bodies("/v1/chat/completions")[-1]
        assert first["max_tokens"] == 8 and "thinking_token_budget" not in first
        (prompt,) = server.prompts  # the second phase: the rendered prompt, the reasoning, the close
        assert prompt.startswith("<|im_start|>system\n") and "<|im_start|>assistant\n<think>\n" in prompt
        assert prompt.endswith("based on my thinking so far.\n</think>\n\n")
        assert run.text(Event.ANSWER) == CONTINUATION
        assert run.text(Event.REASONING).endswith(" step\nConsidering the limited time, I have to give the "
                                                  "answer based on my thinking so far.\n")  # 8 tokens, then it
        s = run.stats
        assert s["budget_method"] == "two_phase" and s["budget_exhausted"] is True
        assert s["reasoning_tokens"] == 8  # the first request's usage: all of it reasoning


def test_a_server_ignoring_its_budget_field_is_caught_and_finished_in_two_phases(runs: list[Run]) -> None:
    with ReplayServer("vllm", reasoning=LONG_REASONING, honours_budget=False) as server:
        run = start(runs, server)
        run.reply(budget=8)
        assert server.bodies("/v1/chat/completions")[-1]["thinking_token_budget"] == 8
        assert len(server.prompts) == 1  # the second phase continued the prompt
        assert run.text(Event.ANSWER) == CONTINUATION
        notice = next(e for e in run.events if e["event"] == Event.NOTICE)
        assert "ignored the thinking budget" in notice["message"]
        s = run.stats
        assert s["budget_method"] == "two_phase" and s["budget_fallback"] is True
        assert 8 <= s["reasoning_tokens"] <= 8 + 16 + 32 + 2  # budget, grace and the slack, not all of it


def test_answer_now_closes_a_remote_thought(runs: list[Run]) -> None:
    with ReplayServer("vllm", reasoning=LONG_REASONING, delay_s=0.01) as server:
        run = start(runs, server)

        def press(run: Run, event: P.EngineEvent) -> None:
            if event["event"] == Event.REASONING:
                run.backend.request_answer_now()

        run.reply(during=press)
        assert run.text(Event.ANSWER) == CONTINUATION
        assert len(run.text(Event.REASONING)) < len(LONG_REASONING)
        assert run.stats["budget_exhausted"] is False  # the user's doing, not the budget's


# -- failures --------------------------------------------------------------------------------------
def test_a_missing_or_wrong_key_is_told(runs: list[Run]) -> None:
    with ReplayServer("vllm", require_key="sk-right") as server:
        with pytest.raises(RemoteError, match="401 Unauthorized") as missing:
            start(runs, server)
        assert missing.value.kind == "auth"
        with pytest.raises(RemoteError, match="403 Forbidden"):
            start(runs, server, key="sk-wrong")
        run = start(runs, server, key="sk-right")
        run.reply()
        assert server.requests[-1].headers["authorization"] == "Bearer sk-right"


def test_an_unknown_model_is_refused_at_load_with_the_list() -> None:
    with ReplayServer("vllm") as server:
        backend = RemoteBackend()
        with pytest.raises(P.EngineError, match="does not serve the model 'gpt-9'") as error:
            backend.load(P.LoadOptions(path="", remote={"url": server.base_url, "model": "gpt-9"}))
        assert MODEL in str(error.value)
        backend.unload()


def test_a_busy_server_is_asked_again_after_its_retry_after(runs: list[Run]) -> None:
    with ReplayServer("vllm", status=429, retry_after=0.2, fail_times=1) as server:
        run = start(runs, server)
        run.reply()
        waits = [e for e in run.events if e["event"] == Event.NOTICE]
        assert len(waits) == 1 and "rate-limiting" in waits[0]["message"] and "Waiting 0 s" in waits[0]["message"]
        assert run.text(Event.ANSWER) == ANSWER and server.posts == 2


def test_a_long_retry_after_is_told_not_waited_for(runs: list[Run]) -> None:
    with ReplayServer("vllm", status=503, retry_after=120) as server:
        run = start(runs, server)
        started = time.monotonic()
        with pytest.raises(RemoteError, match="busy or still loading .*Try again in 120 s") as error:
            run.reply()
        assert error.value.kind == "busy" and time.monotonic() - started < 5 and server.posts == 1


def test_a_stream_cut_mid_reply_keeps_what_arrived_marked_interrupted(runs: list[Run]) -> None:
    with ReplayServer("vllm", cut_after=6) as server:
        run = start(runs, server)
        events = run.reply()
        assert events[-1] == {"event": Event.DONE, "finish_reason": FinishReason.INTERRUPTED}
        assert run.text(Event.REASONING)  # what arrived is kept
        notice = next(e for e in events if e["event"] == Event.NOTICE)["message"]
        assert "broke off" in notice and "closed the connection" in notice


def test_a_malformed_stream_is_told_and_keeps_what_arrived(runs: list[Run]) -> None:
    with ReplayServer("sglang", malformed_after=5) as server:
        run = start(runs, server)
        events = run.reply()
        assert events[-1]["event"] == Event.DONE and events[-1]["finish_reason"] == FinishReason.INTERRUPTED
        assert "cannot read" in next(e for e in events if e["event"] == Event.NOTICE)["message"]
        assert run.text(Event.REASONING)


def test_a_stalled_stream_times_out_and_keeps_what_arrived(runs: list[Run]) -> None:
    with ReplayServer("vllm", stall_after=5, stall_s=3.0) as server:
        run = start(runs, server, read_timeout=0.5)
        events = run.reply()
        assert events[-1]["finish_reason"] == FinishReason.INTERRUPTED
        assert "stopped sending" in next(e for e in events if e["event"] == Event.NOTICE)["message"]


def _stop_when(run: Run, after_s: float) -> list[float]:
    """Press Stop (from another thread, as the host's reader does) after_s into the reply."""
    pressed: list[float] = []

    def press() -> None:
        time.sleep(after_s)
        pressed.append(time.monotonic())
        run.backend.request_stop()

    threading.Thread(target=press, daemon=True).start()
    return pressed


def test_stop_ends_a_remote_reply_while_it_streams(runs: list[Run]) -> None:
    with ReplayServer("vllm", reasoning=LONG_REASONING, delay_s=0.05) as server:
        run = start(runs, server)
        _stop_when(run, 0.5)
        events = run.reply()
        assert events[-1] == {"event": Event.DONE, "finish_reason": FinishReason.CANCELLED}
        assert 0 < len(run.text(Event.REASONING)) < len(LONG_REASONING)


@pytest.mark.parametrize("switches", [{"header_delay_s": 30.0},  # a queued prompt: no byte for long
                                      {"stall_after": 3, "stall_s": 30.0}])  # a silent stream
def test_stop_ends_a_remote_reply_even_when_the_server_is_silent(runs: list[Run], switches: dict) -> None:
    """The request's connection is shut down: a read blocked on it ends at once, not at the
    server's next byte (30 s away here) or the read timeout."""
    with ReplayServer("vllm", **switches) as server:
        run = start(runs, server)
        pressed = _stop_when(run, 0.5)
        events = run.reply()
        assert events[-1] == {"event": Event.DONE, "finish_reason": FinishReason.CANCELLED}
        assert time.monotonic() - pressed[0] < 10  # far below the 30 s the server stays silent
        server.switches.header_delay_s, server.switches.stall_after = 0.0, None
        run.reply()  # and the next reply is served
        assert run.text(Event.ANSWER) == ANSWER


def test_a_redirect_is_not_followed(runs: list[Run]) -> None:
    with ReplayServer("vllm") as elsewhere, ReplayServer("vllm") as server:
        run = start(runs, server)
        server.switches.status = 307
        server.switches.location = f"{elsewhere.base_url}/chat/completions"
        with pytest.raises(RemoteError, match="redirected the request to http://127.0.0.1") as error:
            run.reply()
        assert error.value.kind == "redirect"
        assert elsewhere.requests == []  # nothing reached the other address


def test_the_environment_key_is_not_sent_to_an_added_server(monkeypatch: pytest.MonkeyPatch, ponder_home: Path,
                                                            tmp_path: Path) -> None:
    from app.remote_commands import KEY_ENV, remote_load_options
    from engine.remote_endpoints import Endpoint, EndpointStore

    monkeypatch.setenv(KEY_ENV, "sk-for-another-server")
    store = EndpointStore(tmp_path / "servers.json")
    store.add(Endpoint("colleague", "http://127.0.0.1:1/v1", model="m"))
    options, _endpoint = remote_load_options("colleague", store=store)
    assert options.remote is not None and options.remote["api_key"] == ""
    one_off, _ = remote_load_options("http://127.0.0.1:1/v1", store=store)  # named for this run only
    assert one_off.remote is not None and one_off.remote["api_key"] == "sk-for-another-server"


def test_an_always_reasoning_family_on_a_raw_server(runs: list[Run]) -> None:
    """A DeepSeek-R1 distill: its template opens <think>, the server sends raw text inside it."""
    model = "deepseek-ai/DeepSeek-R1-Distill-Qwen-32B"
    with ReplayServer("raw", models=[model], opened=True, reasoning=LONG_REASONING) as server:
        run = start(runs, server, model=model)
        assert run.loaded["family"] == "generic-thinking-always"
        run.reply()
        assert run.text(Event.REASONING).strip() == LONG_REASONING.strip() and run.text(Event.ANSWER) == ANSWER
        run.reply(budget=8)
        (prompt,) = server.prompts
        assert prompt.count("<think>") == 1 and prompt.endswith("so far.\n</think>\n\n")
        assert run.text(Event.ANSWER) == CONTINUATION and run.stats["budget_method"] == "two_phase"


def test_a_server_without_completions_says_the_budget_cannot_answer(runs: list[Run]) -> None:
    with ReplayServer("sglang", reasoning=LONG_REASONING, completions_status=404) as server:
        run = start(runs, server)
        events = run.reply(budget=8)
        assert events[-1] == {"event": Event.DONE, "finish_reason": FinishReason.LENGTH}
        notice = next(e for e in events if e["event"] == Event.NOTICE)["message"]
        assert "could not continue it" in notice and "/v1/completions" in notice
        assert run.text(Event.REASONING)  # what came is kept


def test_the_second_phase_continues_a_multi_turn_prompt_with_the_same_sampling(runs: list[Run]) -> None:
    with ReplayServer("sglang", reasoning=LONG_REASONING) as server:
        run = start(runs, server)
        run.backend.generate(P.GenerateRequest(
            [{"role": "user", "content": "First question"}, {"role": "assistant", "content": "First answer"},
             {"role": "user", "content": "Second question"}],
            P.Sampling(temperature=0.6, top_p=0.9, top_k=20, min_p=0.05, seed=7, max_tokens=300),
            budget=8), run.events.append)
        (prompt,) = server.prompts
        assert prompt.index("First question") < prompt.index("First answer") < prompt.index("Second question")
        second = server.bodies("/v1/completions")[-1]
        for name, value in (("temperature", 0.6), ("top_p", 0.9), ("top_k", 20), ("min_p", 0.05), ("seed", 7)):
            assert second[name] == value
        assert second["max_tokens"] == 300 - 8


@pytest.mark.parametrize("data", ['{"choices": 5}', '{"choices": [3]}', '[1, 2]'])
def test_malformed_chunk_shapes_end_the_reply_clearly(runs: list[Run], data: str) -> None:
    with ReplayServer("vllm") as server:
        run = start(runs, server)
        with pytest.raises(RemoteError, match="cannot read|not an object"):
            from engine.remote import _decode_chunk

            _decode_chunk(data, "h")
        run.reply()  # the real stream still reads
        assert run.text(Event.ANSWER) == ANSWER


def test_a_vllm_abort_ends_the_reply_interrupted() -> None:
    from engine.openai_wire import finish_from_wire

    assert finish_from_wire("abort") is FinishReason.INTERRUPTED
    assert finish_from_wire("length") is FinishReason.LENGTH and finish_from_wire("stop") is FinishReason.STOP
    assert finish_from_wire(None) is None


def test_a_server_side_budget_that_ends_the_reasoning_is_reported_as_exhausted(runs: list[Run]) -> None:
    with ReplayServer("vllm", reasoning=LONG_REASONING) as server:
        run = start(runs, server)
        run.reply(budget=8)
        assert run.stats["budget_exhausted"] is True and run.stats["budget_method"] == "thinking_token_budget"
        run.reply()
        assert run.stats["budget_exhausted"] is False


def test_a_gateway_hiding_the_engines_own_pages_can_still_be_probed() -> None:
    with ReplayServer("llamacpp", require_key="sk") as server:  # /props needs the key there
        caps = probe(server.base_url, "sk")
        assert caps.models == [MODEL]


# -- TLS -------------------------------------------------------------------------------------------
@pytest.fixture
def self_signed(tmp_path: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)

    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = tmp_path / "server.pem", tmp_path / "server.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


def test_tls_is_verified_and_a_ca_file_lets_a_private_certificate_in(
        runs: list[Run], self_signed: tuple[Path, Path]) -> None:
    cert_file, key_file = self_signed
    with ReplayServer("vllm") as server:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert_file, key_file)
        server.httpd.socket = context.wrap_socket(server.httpd.socket, server_side=True)
        url = f"https://127.0.0.1:{server.port}/v1"
        with pytest.raises(RemoteError, match="certificate of 127.0.0.1.* could not be verified") as error:
            probe(url)
        assert error.value.kind == "tls" and "CA file" in str(error.value)
        run = start(runs, server, url=url, ca_file=str(cert_file))
        run.reply()
        assert run.text(Event.ANSWER) == ANSWER


# -- the CLI, as the issue asks ----------------------------------------------------------------------
def test_cli_json_shows_reasoning_then_answer_and_the_budget_method() -> None:
    with ReplayServer("vllm", reasoning=LONG_REASONING) as server:
        proc = ponder("chat", "--remote", server.base_url, "--prompt", "Hi", "--json", "--budget", "16")
        assert proc.returncode == 0, proc.stderr
        events = events_of(proc.stdout)
        kinds = [e["event"] for e in events]
        assert kinds[0] == "loaded" and kinds[-2:] == ["stats", "done"]
        assert kinds.index("answer") > kinds.index("reasoning")
        assert stats(events)["budget_method"] == "thinking_token_budget"
        assert server.bodies("/v1/chat/completions")[-1]["thinking_token_budget"] == 16
    with ReplayServer("vllm-old") as server:  # reasoning_content, as older vLLM, SGLang and NIM send it
        proc = ponder("chat", "--remote", server.base_url, "--prompt", "Hi", "--json")
        assert proc.returncode == 0, proc.stderr
        events = events_of(proc.stdout)
        kinds = [e["event"] for e in events]
        assert kinds.index("answer") > kinds.index("reasoning")
        assert stats(events)["reasoning_field"] == "reasoning_content"
    with ReplayServer("sglang", reasoning=LONG_REASONING) as server:
        proc = ponder("chat", "--remote", server.base_url, "--prompt", "Hi", "--json", "--budget", "16")
        assert proc.returncode == 0, proc.stderr
        events = events_of(proc.stdout)
        assert stats(events)["budget_method"] == "two_phase" and len(server.prompts) == 1
        assert "".join(e["text"] for e in events if e["event"] == "answer") == CONTINUATION


def test_heavy_mode_is_refused_on_a_server_and_a_task_preset_is_sent(runs: list[Run]) -> None:
    model = "nvidia/OpenReasoning-Nemotron-32B"
    with ReplayServer("vllm", models=[model]) as server:
        run = start(runs, server, model=model)
        with pytest.raises(P.EngineError, match="Heavy mode runs on a local model only"):
            run.backend.generate(P.GenerateRequest([{"role": "user", "content": "1+1?"}], heavy=3), run.events.append)
        run.backend.generate(P.GenerateRequest([{"role": "user", "content": "1+1?"}], task="math"),
                             run.events.append)
        last = server.bodies("/v1/chat/completions")[-1]["messages"][-1]["content"]
        assert last.startswith("Solve the following math problem.") and last.endswith("\n\n1+1?")


def test_a_raw_prompt_goes_to_the_servers_completions_as_written(runs: list[Run]) -> None:
    with ReplayServer("vllm") as server:
        run = start(runs, server)
        run.backend.generate(P.GenerateRequest([{"role": "user", "content": "def add(a, b):"}],
                                               P.Sampling(max_tokens=20), prompt="def add(a, b):"),
                             run.events.append)
        assert server.prompts == ["def add(a, b):"]
        assert run.text(Event.ANSWER) == CONTINUATION and run.events[-1]["event"] == Event.DONE
