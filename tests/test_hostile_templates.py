"""Hostile chat templates: time, memory, size and crash bombs end in one clear message, never a hang."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from engine import protocol as P
from engine.client import EngineClient
from engine.template_worker import RenderCancelled, TemplateWorker
from engine.templates import ChatTemplate, TemplateError, TemplateTooLong

HI = [{"role": "user", "content": "hi"}]
CHATML_END = "{{ '<|im_start|>user\\nhi<|im_end|>\\n<|im_start|>assistant\\n' }}"
SPIN = "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}"
# Each built in one operation: refused by the sandbox before any memory is spent.
SIZE_BOMBS = {
    "repeat": "{{ 'a' * 10**10 }}",
    "repeat twice": "{{ 'a' * 100000 * 100000 }}",
    "power": "{{ 2**(2**(2**5)) }}",
    "big product": "{{ (10**1000) * (10**1000) * (10**1000) * (10**1000) * (10**1000) }}",
    "center method": "{{ 'a'.center(10**9) }}",
    "center filter": "{{ 'a'|center(10**9) }}",
    "printf width": "{{ '%0999999999d' % 1 }}",
    "format filter": "{{ '%0999999999d'|format(1) }}",
    "str.format width": "{{ '{:>999999999}'.format(1) }}",
    "nested width": "{{ '{:>{w}}'.format(1, w=999999999) }}",
    "batch fill": "{{ [1]|batch(10**9, 0)|list }}",
    "doubling ~": "{% set ns = namespace(s='ab') %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
    "doubling +": "{% set ns = namespace(s=[1]) %}{% for i in range(64) %}{% set ns.s = ns.s + ns.s %}{% endfor %}",
}


@pytest.mark.parametrize("source", SIZE_BOMBS.values(), ids=SIZE_BOMBS.keys())
def test_single_huge_operations_are_refused_by_the_sandbox(source: str) -> None:
    with pytest.raises(TemplateError, match="was stopped"):
        ChatTemplate(source).render(HI)


def test_output_is_capped() -> None:
    with pytest.raises(TemplateTooLong, match="more than 1,000 characters"):
        ChatTemplate("{% for i in range(100) %}{{ 'x' * 100 }}{% endfor %}").render(HI, max_chars=1000)


def test_recursion_is_one_clear_error() -> None:
    with pytest.raises(TemplateError, match="recursed"):
        ChatTemplate("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}").render(HI)


def test_ordinary_templates_still_render(ponder_home: Path) -> None:
    from tests.conftest import REFERENCE_TEMPLATES

    for path in sorted(REFERENCE_TEMPLATES.glob("*.jinja")):
        text = ChatTemplate(path.read_text(), "<s>", "</s>").render(
            HI, add_generation_prompt=True, enable_thinking=True)
        assert "hi" in text, path.name


# -- the worker process -------------------------------------------------------------
@pytest.fixture
def worker() -> Any:
    w = TemplateWorker(timeout_s=1.5)
    yield w
    w.kill()


def test_worker_renders_like_the_sandbox(worker: TemplateWorker) -> None:
    t = ChatTemplate("{% for m in messages %}<{{ m.role }}>{{ m.content }}{% endfor %}")
    assert worker.render(t, HI, True, {}) == t.render(HI) == "<user>hi"


def test_a_spinning_template_is_stopped_at_the_deadline_and_the_worker_comes_back(worker: TemplateWorker) -> None:
    with pytest.raises(TemplateError, match="took longer than 1.5 s"):
        worker.render(ChatTemplate(SPIN), HI, True, {})
    assert worker.pid is None  # killed
    assert worker.render(ChatTemplate("ok {{ messages[0].content }}"), HI, True, {}) == "ok hi"


def test_memory_bombs_end_in_the_worker_not_the_engine(worker: TemplateWorker) -> None:
    # grows by joining, a step the sandbox lets through: the address-space limit ends it
    bomb = ("{% set ns = namespace(s=['ab' * 500000]) %}{% for i in range(40) %}"
            "{% set ns.s = [ns.s|join, ns.s|join, ns.s|join] %}{% endfor %}")
    with pytest.raises(TemplateError, match="memory|crashed|was stopped"):
        worker.render(ChatTemplate(bomb), HI, True, {})
    assert worker.render(ChatTemplate("still {{ 'fine' }}"), HI, True, {}) == "still fine"


def test_stop_ends_a_render_at_once(worker: TemplateWorker) -> None:
    deadline = time.monotonic() + 0.3
    with pytest.raises(RenderCancelled):
        worker.render(ChatTemplate(SPIN), HI, True, {}, should_stop=lambda: time.monotonic() > deadline)
    assert worker.pid is None


def test_a_worker_left_spinning_by_a_dead_parent_ends_itself(worker: TemplateWorker) -> None:
    worker.start()
    proc = worker._proc
    assert proc is not None and proc.stdin is not None
    request = {"source": SPIN, "bos_token": "", "eos_token": "", "messages": HI, "kwargs": {},
               "add_generation_prompt": True, "max_chars": 1000, "deadline_s": 0.5}
    proc.stdin.write(json.dumps(request).encode() + b"\n")  # and nobody waits for the answer
    proc.stdin.flush()
    assert proc.wait(timeout=30) == 3  # its own watchdog ended it


def test_the_worker_sees_no_secrets(worker: TemplateWorker, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_TOKEN", "hf_secret_in_env")
    worker.kill()
    worker.start()
    environ = Path(f"/proc/{worker.pid}/environ").read_bytes()
    assert b"hf_secret_in_env" not in environ


# -- through the engine, as a user meets it --------------------------------------------
@pytest.fixture(scope="module")
def hostile_models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from tests.doubles import with_template

    folder = tmp_path_factory.mktemp("hostile-templates")
    templates = {
        "empty": "{% if false %}never{% endif %}",
        "spin": SPIN + CHATML_END,
        "fold": "{{ (9**9)**(9**9) }}" + CHATML_END,  # folded while compiling by an unguarded Jinja
        "flood": "{% for i in range(100000) %}{{ 'x' * 1000 }}{% endfor %}",
    }
    return {name: with_template(folder / f"{name}.gguf", source, f"Hostile {name}")
            for name, source in templates.items()}


def ponder(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app.main", *args], capture_output=True, text=True,
                          timeout=timeout, env=os.environ.copy())


def last_event(run: subprocess.CompletedProcess) -> dict[str, Any]:
    return json.loads(run.stdout.strip().splitlines()[-1])


@pytest.mark.slow
@pytest.mark.parametrize(("name", "message"), [
    ("empty", "empty prompt"),
    ("spin", "took longer than"),
    ("fold", "huge number"),
    ("flood", "too long"),
])
def test_hostile_templates_end_in_one_clear_message(hostile_models: dict[str, Path], name: str,
                                                    message: str) -> None:
    run = ponder("chat", "--model", str(hostile_models[name]), "--prompt", "hi", "--json",
                 "--max-tokens", "8")
    assert run.returncode == 1
    assert "Traceback" not in run.stderr and "bad_alloc" not in run.stderr
    events = [json.loads(line) for line in run.stdout.splitlines()]
    assert events[0]["event"] == "loaded"  # loading never compiles or runs the template
    assert events[-1]["event"] == "error" and message in events[-1]["message"]
    assert not events[-1].get("crashed")  # the engine itself survived


@pytest.mark.slow
def test_stop_during_rendering_ends_the_reply_and_the_engine_goes_on(hostile_models: dict[str, Path],
                                                                    starter_path: Path) -> None:
    client = EngineClient()
    try:
        client.load(P.LoadOptions(path=str(hostile_models["spin"])))
        assert [e["event"] for e in client.events_until(P.LOADED)][-1] == P.LOADED
        client.generate(P.GenerateRequest(HI, P.Sampling(max_tokens=4)))
        time.sleep(0.5)  # inside the render: it spins for its full deadline otherwise
        client.stop()
        events = list(client.events_until(P.DONE))
        assert events[-1] == {"event": P.DONE, "finish_reason": P.FINISH_CANCELLED}
        client.load(P.LoadOptions(path=str(starter_path)))  # the same host loads and answers
        assert [e["event"] for e in client.events_until(P.LOADED)][-1] == P.LOADED
        client.generate(P.GenerateRequest(HI, P.Sampling(max_tokens=4, temperature=0)))
        assert list(client.events_until(P.DONE))[-1]["event"] == P.DONE
    finally:
        client.close()


def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            child = int(stat.parent.name)
            found |= {child} | _children(child)
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_and_sigterm_during_rendering_leave_no_process_behind(
        hostile_models: dict[str, Path], sig: signal.Signals) -> None:
    cli = subprocess.Popen([sys.executable, "-m", "app.main", "chat", "--model", str(hostile_models["spin"]),
                            "--prompt", "hi", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True, env=os.environ.copy())
    try:
        assert cli.stdout is not None
        assert json.loads(cli.stdout.readline())["event"] == "loaded"
        family: set[int] = set()
        for _ in range(100):  # the host and its template worker
            family = _children(cli.pid)
            if len(family) >= 2:
                break
            time.sleep(0.05)
        assert len(family) >= 2
        cli.send_signal(sig)
        out, err = cli.communicate(timeout=30)
        assert cli.returncode == 130 and "Traceback" not in err
        for _ in range(200):
            if not any(_alive(pid) for pid in family):
                break
            time.sleep(0.05)
        assert not any(_alive(pid) for pid in family)
    finally:
        cli.kill()
