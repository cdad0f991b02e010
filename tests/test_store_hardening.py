"""Hostile data folders, chat databases, full disks and second instances: one clear message, nothing lost."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.chat_controller import ChatController
from app.engine_bridge import EngineBridge
from app.gui import (
    NO_SAVING,
    QUIT,
    RETRY,
    START_FRESH,
    PonderApp,
    Question,
    StartupCancelled,
    ask_with_dialog,
)
from engine import protocol as P
from engine import store as S
from engine.paths import DataFolderError, models_dir, ponder_home
from engine.store import ChatStore, StoreError, move_aside

LONG = 60_000  # ms: the real model on a 2-core machine
UNLIMITED_PAGES = 1 << 30


# -- helpers -------------------------------------------------------------------
def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """Everything under `folder`: each file's hash and modification time, each folder's name."""
    return {str(p.relative_to(folder)): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            if p.is_file() else ("folder", 0) for p in sorted(folder.rglob("*"))}


def healthy(path: Path, messages: int = 200) -> None:
    store = ChatStore(path)
    conv = store.create_conversation("Keep me")
    for i in range(messages):
        store.add_message(conv.id, "user", f"message {i} " + "words " * 40)
    store.close()


def fill_disk(store: ChatStore) -> None:
    """The store's disk is full from now on (SQLite's own SQLITE_FULL), and its last page is packed."""
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count={pages}")
    filler = store.db.execute("INSERT INTO conversations (title, created, updated) VALUES ('filler', 0, 0)")
    for position in range(100_000):
        try:
            store.db.execute("INSERT INTO messages (conversation_id, position, role, content, created, updated)"
                             " VALUES (?, ?, 'user', 'x', 0, 0)", (filler.lastrowid, position))
        except sqlite3.OperationalError as exc:
            assert exc.sqlite_errorcode == sqlite3.SQLITE_FULL
            return
    raise AssertionError("the page limit never took effect")


def free_disk(store: ChatStore) -> None:
    store.db.execute(f"PRAGMA max_page_count={UNLIMITED_PAGES}")


def fill_disks(controller: ChatController) -> None:
    """The disk is full for every connection: the window's and the store writer's (a page limit,
    the way a full disk is made here, belongs to one connection)."""
    fill_disk(controller.store)
    controller.writer.call(fill_disk)


def free_disks(controller: ChatController) -> None:
    free_disk(controller.store)
    controller.writer.call(free_disk)


class Answers:
    """Answers the app's questions as a user would, and remembers what was asked."""

    def __init__(self, *answers: str | Callable[[Question], str]):
        self.answers = list(answers)
        self.questions: list[Question] = []

    def __call__(self, question: Question) -> str:
        self.questions.append(question)
        if not self.answers:
            return question.choices[-1]  # the safe choice
        answer = self.answers.pop(0)
        return answer(question) if callable(answer) else answer


@pytest.fixture
def read_only() -> Iterator[Callable[[Path], None]]:
    """Make a file or folder read-only, for root too (the immutable flag), and undo it afterwards."""
    made: list[Path] = []
    root = hasattr(os, "geteuid") and os.geteuid() == 0

    def make(path: Path) -> None:
        path.chmod(path.stat().st_mode & ~0o222)
        made.append(path)
        if root and subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
            pytest.skip("root ignores permissions and chattr +i is not available here")

    yield make
    for path in reversed(made):
        if root:
            subprocess.run(["chattr", "-i", str(path)], capture_output=True)
        path.chmod(path.stat().st_mode | 0o200)


@pytest.fixture
def open_apps() -> Iterator[list[PonderApp]]:
    apps: list[PonderApp] = []
    yield apps
    for ponder in apps:
        ponder.shutdown()


def start(qtbot, apps: list[PonderApp], ask: Answers | None = None) -> PonderApp:  # type: ignore[no-untyped-def]
    ponder = PonderApp(theme="light", ask=ask or Answers())
    qtbot.addWidget(ponder.window)
    ponder.window.show()
    apps.append(ponder)
    return ponder


# -- the store on its own --------------------------------------------------------
def _garbage(p: Path) -> None:
    p.write_bytes(b"these are not the chats you are looking for\n" * 200)


def _truncated(p: Path) -> None:
    healthy(p)
    os.truncate(p, p.stat().st_size // 2)


def _header_only(p: Path) -> None:
    healthy(p)
    os.truncate(p, 60)


def _scribbled(p: Path) -> None:
    healthy(p)
    data = bytearray(p.read_bytes())
    data[3 * 4096:3 * 4096 + 512] = bytes(range(256)) * 2  # a b-tree page overwritten mid-file
    p.write_bytes(bytes(data))


def _newer(p: Path) -> None:
    healthy(p)
    raw = sqlite3.connect(p)
    raw.execute(f"PRAGMA user_version={S.SCHEMA_VERSION + 7}")
    raw.close()


def _folder(p: Path) -> None:
    p.mkdir()
    (p / "note.txt").write_text("a folder where the database should be")


def _pipe(p: Path) -> None:
    os.mkfifo(p)  # opening it for reading would hang forever


def _wal_is_a_folder(p: Path) -> None:
    healthy(p)
    Path(f"{p}-wal").mkdir()


@pytest.mark.parametrize("make, kind, words", [
    (_garbage, S.DAMAGED, "damaged"),
    (_truncated, S.DAMAGED, "damaged"),
    (_header_only, S.DAMAGED, "damaged"),
    (_scribbled, S.DAMAGED, "damaged"),
    (_newer, S.NEWER, "newer Ponder"),
    (_folder, S.NOT_A_FILE, "is a folder"),
    (_pipe, S.NOT_A_FILE, "not a regular file"),
    (_wal_is_a_folder, S.NOT_A_FILE, "-wal should be one of its files, but it is a folder"),
], ids=["garbage", "truncated", "header-only", "scribbled", "newer", "folder", "pipe", "wal-is-a-folder"])
def test_hostile_database_is_refused_and_left_untouched(tmp_path: Path, make, kind: str,  # type: ignore[no-untyped-def]
                                                        words: str) -> None:
    path = tmp_path / "chats.sqlite3"
    make(path)
    before = snapshot(tmp_path)
    with pytest.raises(StoreError) as caught:
        ChatStore(path)
    assert caught.value.kind == kind
    assert str(path) in str(caught.value) and words in str(caught.value)
    assert "\n" not in str(caught.value)
    after = snapshot(tmp_path)
    assert {name: after[name] for name in before} == before  # nothing the user had was changed
    assert {name[-4:] for name in set(after) - set(before)} <= {"-wal", "-shm"}  # SQLite's empty side files


def test_move_aside_keeps_every_byte_and_makes_room(tmp_path: Path) -> None:
    path = tmp_path / "chats.sqlite3"
    _garbage(path)
    Path(f"{path}-wal").write_bytes(b"an old write-ahead log")
    before = {name: digest for name, (digest, _) in snapshot(tmp_path).items()}
    moved = move_aside(path)
    assert moved.parent == tmp_path and moved.name.startswith("chats.sqlite3.damaged-")
    after = {name: digest for name, (digest, _) in snapshot(tmp_path).items()}
    assert after == {moved.name: before["chats.sqlite3"], f"{moved.name}-wal": before["chats.sqlite3-wal"]}
    store = ChatStore(path)  # a fresh start
    assert store.conversations() == []
    store.close()
    _garbage(path)
    assert move_aside(path) != moved  # a second one in the same second gets its own name
    assert len(list(tmp_path.glob("chats.sqlite3.damaged-*[!l]"))) == 2


@pytest.mark.parametrize("what", ["file", "folder"])
def test_read_only_database_or_folder_is_unwritable(tmp_path: Path, read_only, what: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "chats" / "chats.sqlite3"
    path.parent.mkdir()
    healthy(path)
    read_only(path if what == "file" else path.parent)
    before = snapshot(tmp_path)
    with pytest.raises(StoreError) as caught:
        ChatStore(path)
    assert caught.value.kind == S.UNWRITABLE and str(path) in str(caught.value)
    assert snapshot(tmp_path)["chats/chats.sqlite3"] == before["chats/chats.sqlite3"]


def test_full_disk_is_a_store_error_and_half_writes_nothing(tmp_path: Path) -> None:
    store = ChatStore(tmp_path / "chats.sqlite3")
    conv = store.create_conversation("Full")
    user = store.add_message(conv.id, "user", "question")
    reply = store.add_message(conv.id, "assistant", state=S.STREAMING)
    fill_disk(store)
    big = "a long answer " * 2000
    with pytest.raises(StoreError) as caught:
        store.save_reply(reply.id, big, "", S.COMPLETE)
    assert caught.value.kind == S.FULL and "is full" in str(caught.value)
    with pytest.raises(StoreError):
        store.add_message(conv.id, "user", big)
    assert [m.id for m in store.messages(conv.id)] == [user.id, reply.id]  # no half-added message
    assert store.message(reply.id).state == S.STREAMING
    free_disk(store)
    store.save_reply(reply.id, big, "", S.COMPLETE)
    assert store.message(reply.id).content == big
    store.close()


def test_data_folder_that_is_a_file_or_cannot_be_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      read_only) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "ponder-data"
    blocker.write_text("I am a file")
    for home in (blocker, blocker / "inside"):
        monkeypatch.setenv("PONDER_HOME", str(home))
        with pytest.raises(DataFolderError) as caught:
            ponder_home()
        assert caught.value.kind == "not_a_folder" and f"{blocker} is a file" in str(caught.value)
    locked = tmp_path / "locked"
    locked.mkdir()
    read_only(locked)
    monkeypatch.setenv("PONDER_HOME", str(locked / "ponder"))
    with pytest.raises(DataFolderError) as caught:
        ponder_home()
    assert caught.value.kind == "unwritable" and "cannot be created" in str(caught.value)
    assert blocker.read_text() == "I am a file" and list(locked.iterdir()) == []


def test_models_folder_of_a_read_only_data_folder_lists_as_empty(ponder_home: Path, read_only) -> None:  # type: ignore[no-untyped-def]
    ponder_home.mkdir(parents=True)
    read_only(ponder_home)
    assert models_dir() == ponder_home / "models" and not (ponder_home / "models").exists()


def _open_fresh(barrier, folder: str, trials: int, results) -> None:  # type: ignore[no-untyped-def]
    for trial in range(trials):
        barrier.wait()
        try:
            store = ChatStore(Path(folder) / f"trial-{trial}" / "chats.sqlite3")
            store.create_conversation(f"from {os.getpid()}")
            store.close()
            results.put((trial, "ok"))
        except StoreError as exc:
            results.put((trial, str(exc)))


def test_two_processes_create_a_fresh_database_at_once(tmp_path: Path) -> None:
    """Each trial: two processes, released together, open the same fresh data folder."""
    trials = 30
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    workers = [ctx.Process(target=_open_fresh, args=(barrier, str(tmp_path), trials, results))
               for _ in range(2)]
    for w in workers:
        w.start()
    outcomes = [results.get(timeout=120) for _ in range(2 * trials)]
    for w in workers:
        w.join(timeout=60)
        assert w.exitcode == 0
    assert [o for o in outcomes if o[1] != "ok"] == []
    for trial in range(trials):
        store = ChatStore(tmp_path / f"trial-{trial}" / "chats.sqlite3")
        assert len(store.conversations()) == 2
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == S.SCHEMA_VERSION
        store.close()


LIVE_REPLY = """
import sys
from engine.store import ChatStore, STREAMING, COMPLETE
s = ChatStore(sys.argv[1])
c = s.create_conversation("Live")
s.add_message(c.id, "user", "Tell me about tides.")
r = s.add_message(c.id, "assistant", state=STREAMING)
s.save_reply(r.id, "Tides are", "", STREAMING)
print("streaming", flush=True)
sys.stdin.readline()
s.save_reply(r.id, "Tides are caused by the moon.", "", COMPLETE)
s.close()
"""


def test_a_second_store_leaves_a_live_reply_alone(tmp_path: Path) -> None:
    path = tmp_path / "chats.sqlite3"
    live = subprocess.Popen([sys.executable, "-c", LIVE_REPLY, str(path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert live.stdout is not None and live.stdout.readline().strip() == "streaming"
        second = ChatStore(path)
        [conv] = second.conversations()
        assert second.messages(conv.id)[-1].state == S.STREAMING  # opening flips nothing
        assert second.recovered == 0
    finally:
        live.communicate("go\n", timeout=30)
    assert live.returncode == 0
    reply = second.messages(conv.id)[-1]
    assert (reply.content, reply.state) == ("Tides are caused by the moon.", S.COMPLETE)
    second.close()


# -- the controller: a full disk while a reply streams ----------------------------
def test_full_disk_while_streaming_keeps_the_reply_and_saves_it_later(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    store = ChatStore(tmp_path / "chats.sqlite3")
    bridge = EngineBridge()
    bridge.model = {"model": "test", "family": "plain"}
    requests: list[P.GenerateRequest] = []
    monkeypatch.setattr(bridge, "generate", requests.append)  # the engine's events are sent by hand below
    controller = ChatController(store, bridge)
    errors: list[str] = []
    notices: list[str] = []
    finished: list[S.Message] = []
    busy: list[bool] = []
    controller.error.connect(errors.append)
    controller.notice.connect(notices.append)
    controller.reply_finished.connect(finished.append)
    controller.busy_changed.connect(busy.append)

    controller.send("Tell me everything about the sea.")
    assert requests and controller.busy
    reply_id = controller.reply.message.id  # type: ignore[union-attr]
    fill_disks(controller)
    chunks = [f"Wave {i} rolls in and out again. " * 20 for i in range(30)]
    for chunk in chunks[:15]:
        bridge.answer_received.emit(chunk)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)  # the next checkpoint fails
    for chunk in chunks[15:]:
        bridge.answer_received.emit(chunk)
    bridge.reply_finished.emit(P.FINISH_STOP)

    assert busy == [True, False] and not controller.busy  # the composer is free again
    assert finished[-1].content == "".join(chunks) and finished[-1].state == S.COMPLETE
    assert len(errors) == 1  # told once, however many writes failed
    assert "is full" in errors[0] and "kept in memory" in errors[0]
    assert store.message(reply_id).state == S.STREAMING  # not stored yet ...
    assert [m.content for m in controller.unsaved] == ["".join(chunks)]  # ... but kept
    shown = controller._with_unsaved(store.messages(controller.conversation.id))  # type: ignore[union-attr]
    assert shown[-1].content == "".join(chunks)  # reopening the chat shows the whole reply

    free_disks(controller)
    qtbot.waitUntil(lambda: controller.unsaved == [] and store.message(reply_id).state == S.COMPLETE,
                    timeout=5000)  # retried by itself
    assert store.message(reply_id).content == "".join(chunks)
    assert notices == ["Chats are being saved again."]
    assert len(errors) == 1
    controller.close()
    bridge.shutdown()
    store.close()


# -- the real window ------------------------------------------------------------
def _press_when_shown(act: Callable[[QMessageBox], None]) -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox) and box.isVisible():
        act(box)
    else:
        QTimer.singleShot(20, lambda: _press_when_shown(act))


def test_the_dialog_answers_with_the_button_pressed(qtbot) -> None:  # type: ignore[no-untyped-def]
    question = Question("Ponder cannot open your chats", "It is damaged.", (START_FRESH, NO_SAVING, QUIT))
    texts: list[list[str]] = []

    def press(box: QMessageBox) -> None:
        texts.append(sorted(b.text() for b in box.buttons()))
        next(b for b in box.buttons() if b.text() == NO_SAVING).click()

    _press_when_shown(press)
    assert ask_with_dialog(question) == NO_SAVING
    assert texts == [sorted(question.choices)]
    _press_when_shown(lambda box: box.reject())  # Escape, or closing the window
    assert ask_with_dialog(question) == QUIT


def test_damaged_database_quit_leaves_it_as_it_was(qtbot, ponder_home: Path) -> None:  # type: ignore[no-untyped-def]
    ponder_home.mkdir(parents=True)
    _truncated(ponder_home / "chats.sqlite3")
    before = snapshot(ponder_home)["chats.sqlite3"]
    answers = Answers(QUIT)
    with pytest.raises(StartupCancelled, match="damaged"):
        PonderApp(theme="light", ask=answers)
    [question] = answers.questions
    assert question.choices == (START_FRESH, NO_SAVING, QUIT)
    assert str(ponder_home / "chats.sqlite3") in question.text and "nothing is deleted" in question.text
    assert snapshot(ponder_home)["chats.sqlite3"] == before
    assert not (ponder_home / "ponder.lock").exists()  # a later start is not locked out


def test_damaged_database_moved_aside_only_with_consent(qtbot, ponder_home: Path,  # type: ignore[no-untyped-def]
                                                        open_apps: list[PonderApp]) -> None:
    ponder_home.mkdir(parents=True)
    _scribbled(ponder_home / "chats.sqlite3")
    damaged = (ponder_home / "chats.sqlite3").read_bytes()
    ponder = start(qtbot, open_apps, Answers(START_FRESH))
    [moved] = ponder_home.glob("chats.sqlite3.damaged-*[0-9]")
    assert moved.read_bytes() == damaged
    assert ponder.saving and ponder.store.conversations() == []
    assert str(moved) in ponder.window.error_banner.text()
    assert ponder.store.start_conversation("hello")[0].id  # the fresh database works


def test_damaged_database_can_be_kept_while_chatting_without_saving(  # type: ignore[no-untyped-def]
        qtbot, ponder_home: Path, open_apps: list[PonderApp]) -> None:
    ponder_home.mkdir(parents=True)
    _garbage(ponder_home / "chats.sqlite3")
    before = snapshot(ponder_home)
    ponder = start(qtbot, open_apps, Answers(NO_SAVING))
    assert not ponder.saving and ponder.store.in_memory
    assert "not saving" in ponder.window.windowTitle()
    ponder.controller.send("kept in memory only")  # no model: stored, not answered
    conv = ponder.controller.conversation
    assert conv is not None and [m.content for m in ponder.store.messages(conv.id)] == ["kept in memory only"]
    after = snapshot(ponder_home)
    assert after["chats.sqlite3"] == before["chats.sqlite3"]


def test_newer_database_explains_and_quits(qtbot, ponder_home: Path) -> None:  # type: ignore[no-untyped-def]
    ponder_home.mkdir(parents=True)
    _newer(ponder_home / "chats.sqlite3")
    before = snapshot(ponder_home)["chats.sqlite3"]
    answers = Answers(QUIT)
    with pytest.raises(StartupCancelled):
        PonderApp(theme="light", ask=answers)
    [question] = answers.questions
    assert question.choices == (QUIT,) and "newer Ponder" in question.text
    assert snapshot(ponder_home)["chats.sqlite3"] == before


@pytest.mark.parametrize("case", ["is-a-file", "cannot-be-made"])
def test_unusable_data_folder_is_refused_in_one_message(qtbot, ponder_home: Path, read_only,  # type: ignore[no-untyped-def]
                                                        monkeypatch: pytest.MonkeyPatch, case: str) -> None:
    ponder_home.parent.mkdir(parents=True, exist_ok=True)
    if case == "is-a-file":
        ponder_home.write_text("not a folder")
    else:
        locked = ponder_home.parent / "locked"
        locked.mkdir()
        read_only(locked)
        monkeypatch.setenv("PONDER_HOME", str(locked / "ponder"))
    outside = snapshot(ponder_home.parent)
    answers = Answers(QUIT)
    with pytest.raises(StartupCancelled, match="is a file" if case == "is-a-file" else "cannot be created"):
        PonderApp(theme="light", ask=answers)
    assert [q.choices for q in answers.questions] == [(QUIT,)]
    assert snapshot(ponder_home.parent) == outside  # nothing was written anywhere


def test_read_only_data_folder_offers_to_go_on_without_saving(  # type: ignore[no-untyped-def]
        qtbot, ponder_home: Path, read_only, open_apps: list[PonderApp]) -> None:
    ponder_home.mkdir(parents=True)
    healthy(ponder_home / "chats.sqlite3", messages=3)
    read_only(ponder_home)
    before = snapshot(ponder_home)
    answers = Answers(NO_SAVING)
    ponder = start(qtbot, open_apps, answers)
    [question] = answers.questions
    assert question.choices == (NO_SAVING, QUIT) and str(ponder_home) in question.text
    assert not ponder.saving and "not saving" in ponder.window.windowTitle()
    assert snapshot(ponder_home) == before


SECOND_WINDOW = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from app.gui import PonderApp
qapp = QApplication([])
p = PonderApp(theme="light")
c = p.store.create_conversation("Live")
p.store.add_message(c.id, "user", "Tell me about tides.")
r = p.store.add_message(c.id, "assistant", state="streaming")
p.store.save_reply(r.id, "Tides are", "", "streaming")
print("streaming", flush=True)
sys.stdin.readline()
p.store.save_reply(r.id, "Tides are caused by the moon.", "", "complete")
p.shutdown()
"""


def test_second_window_refuses_and_leaves_the_live_reply_alone(qtbot, ponder_home: Path,  # type: ignore[no-untyped-def]
                                                               open_apps: list[PonderApp]) -> None:
    first = subprocess.Popen([sys.executable, "-c", SECOND_WINDOW], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env=dict(os.environ))
    try:
        assert first.stdout is not None and first.stdout.readline().strip() == "streaming"
        answers = Answers(QUIT)
        with pytest.raises(StartupCancelled, match="already open"):
            PonderApp(theme="light", ask=answers)
        assert [q.choices for q in answers.questions] == [(QUIT,)]
        assert f"process {first.pid}" in answers.questions[0].text
        peek = ChatStore(ponder_home / "chats.sqlite3")
        assert peek.messages(1)[-1].state == S.STREAMING  # the first window's reply is still live
        peek.close()
    finally:
        first.communicate("go\n", timeout=60)
    assert first.returncode == 0
    again = start(qtbot, open_apps)  # the first one has quit: the folder is free
    reply = again.store.messages(1)[-1]
    assert (reply.content, reply.state) == ("Tides are caused by the moon.", S.COMPLETE)
    assert again.store.recovered == 0


def test_run_gui_refusal_is_one_line_and_exit_1(qtbot, ponder_home: Path, capsys,  # type: ignore[no-untyped-def]
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import app.gui as gui

    ponder_home.mkdir(parents=True)
    _garbage(ponder_home / "chats.sqlite3")
    shown: list[Question] = []
    monkeypatch.setattr(gui, "ask_with_dialog", lambda q: shown.append(q) or QUIT)
    assert gui.run_gui([]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("ponder: The chat database") and "Traceback" not in err
    assert len(shown) == 1


@pytest.mark.parametrize("make", ["damaged", "folder-is-a-file"])
def test_self_test_says_what_is_wrong_in_one_line(ponder_home: Path, make: str) -> None:
    if make == "damaged":
        ponder_home.mkdir(parents=True)
        _garbage(ponder_home / "chats.sqlite3")
    else:
        ponder_home.parent.mkdir(parents=True, exist_ok=True)
        ponder_home.write_text("not a folder")
    proc = subprocess.run([sys.executable, "-m", "app.main", "--self-test"], capture_output=True, text=True,
                          timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if "ponder" in line.lower()]
    assert len(lines) == 1 and lines[0].startswith("ponder self-test: FAILED: "), proc.stderr
    assert ("damaged" if make == "damaged" else "is a file") in lines[0]


def test_full_disk_mid_reply_with_the_real_engine(qtbot, ponder_home: Path,  # type: ignore[no-untyped-def]
                                                  open_apps: list[PonderApp]) -> None:
    ponder = start(qtbot, open_apps)
    ponder.refresh_models()
    with qtbot.waitSignal(ponder.bridge.loaded, timeout=LONG):
        ponder.load_model(0)
    c = ponder.controller
    c.sampling_overrides = {"temperature": 0.0, "max_tokens": 160}
    errors: list[str] = []
    streamed: list[str] = []
    shown: list[str] = []
    c.error.connect(errors.append)
    ponder.window.error_banner.shown.connect(shown.append)

    def on_answer(text: str) -> None:
        if not streamed:
            fill_disks(c)  # the disk fills up just as the answer starts
        streamed.append(text)

    c.answer_received.connect(on_answer)
    with qtbot.waitSignal(c.reply_finished, timeout=LONG) as blocker:
        ponder.window.composer.editor.setPlainText("Tell me a very long story about the sea.")
        ponder.window.composer.send_button.click()
    reply = blocker.args[0]
    assert reply.content == "".join(streamed) and len(reply.content) > 200
    assert ponder.window.composer.send_button.isVisible()  # not busy
    assert ponder.window.chat.messages()[-1].answer.text == reply.content  # shown whole
    assert len(errors) == 1 and "is full" in errors[0] and "kept in memory" in errors[0]
    assert shown.count(errors[0]) == 1  # in the window, once
    assert ponder.store.message(reply.id).state == S.STREAMING  # the disk took nothing
    free_disks(c)
    qtbot.waitUntil(lambda: ponder.store.message(reply.id).state == S.COMPLETE, timeout=5000)
    assert ponder.store.message(reply.id).content == reply.content


def test_message_that_cannot_be_saved_goes_back_to_the_composer(qtbot, ponder_home: Path,  # type: ignore[no-untyped-def]
                                                                open_apps: list[PonderApp]) -> None:
    ponder = start(qtbot, open_apps)
    ponder.controller.new_conversation()
    fill_disk(ponder.store)  # the user's message is written by the window's own connection
    generated: list[object] = []
    ponder.bridge.generate = generated.append  # type: ignore[method-assign]
    text = "Here is my whole essay:\n" + "a sentence I spent an hour on. " * 1000
    composer = ponder.window.composer
    composer.editor.setPlainText(text)
    composer.send_button.click()
    assert composer.editor.toPlainText() == text  # nothing the user wrote is lost
    assert composer.send_button.isVisible() and generated == []
    assert "not sent" in ponder.window.error_banner.text()
    assert [c.title for c in ponder.store.conversations()] == ["filler"]  # fill_disk's only: no empty chat
    free_disk(ponder.store)


def test_quitting_with_an_unsaved_reply_asks_and_retries(qtbot, ponder_home: Path) -> None:  # type: ignore[no-untyped-def]
    def free_then_retry(question: Question) -> str:
        free_disks(ponder.controller)
        return RETRY

    answers = Answers(free_then_retry)
    ponder = PonderApp(theme="light", ask=answers)
    qtbot.addWidget(ponder.window)
    c = ponder.controller
    ponder.bridge.model = {"model": "test", "family": "plain", "n_ctx": 2048}  # type: ignore[typeddict-item]
    ponder.bridge.generate = lambda request: None  # type: ignore[method-assign]
    c.send("Write it all down.")
    reply_id = c.reply.message.id  # type: ignore[union-attr]
    fill_disks(c)
    ponder.bridge.answer_received.emit("A reply the disk could not take. " * 300)
    ponder.shutdown()  # the reply is still streaming: kept, marked interrupted, saved after asking
    assert [q.choices for q in answers.questions] == [(RETRY, QUIT)]
    assert "could not be saved" in answers.questions[0].text and "is full" in answers.questions[0].text
    check = ChatStore(ponder_home / "chats.sqlite3")
    reply = check.message(reply_id)
    assert reply.state == S.INTERRUPTED and reply.content.startswith("A reply the disk could not take.")
    assert len(reply.content) == len("A reply the disk could not take. " * 300)
    check.close()


def test_mistyped_settings_do_not_stop_the_window(qtbot, ponder_home: Path,  # type: ignore[no-untyped-def]
                                                  open_apps: list[PonderApp]) -> None:
    ponder_home.mkdir(parents=True)
    (ponder_home / "settings.json").write_text(
        '{"system_prompt_presets": [1, "x", {"name": 3}], "sampling_reasoning": {"temperature": "hot"},'
        ' "sampling_plain": {"top_p": NaN}, "theme": "dark"}')
    ponder = start(qtbot, open_apps)
    assert ponder.window.preset_picker.count() == 4  # the default presets
    assert ponder.controller.mode_sampling == {True: {}, False: {}}
    message = ponder.window.error_banner.text()
    for name in ("system_prompt_presets", "sampling_reasoning", "sampling_plain"):
        assert name in message
    assert "theme" not in message


def test_chat_list_actions_on_a_full_disk_are_told_not_raised(qtbot, ponder_home: Path,  # type: ignore[no-untyped-def]
                                                              open_apps: list[PonderApp]) -> None:
    app = start(qtbot, open_apps)
    conv = app.store.create_conversation("Keep me")
    app.controller.open_conversation(conv.id)
    fill_disk(app.store)
    app._on_rename(conv.id, "A new title " * 5000)  # the slot the list's rename calls
    assert "is full" in app.window.error_banner.text() and "not renamed" in app.window.error_banner.text()
    assert app.window.conversations.model.index(0).data() == "Keep me"  # the list shows what is stored
    app.window.clear_error()
    app.write_export(ponder_home / "export.md", reasoning=False, json_format=False)  # reads only: works
    assert (ponder_home / "export.md").read_text().startswith("# Keep me")
    free_disk(app.store)
    assert app.store.conversation(conv.id).title == "Keep me"  # nothing half-written


@pytest.mark.parametrize("make", ["other_app", "missing_tables", "missing_column"])
def test_a_database_that_is_not_ponders_is_damaged_not_a_crash(tmp_path: Path, make: str) -> None:
    path = tmp_path / "chats.sqlite3"
    db = sqlite3.connect(path)
    if make == "other_app":
        db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    elif make == "missing_tables":
        db.execute("PRAGMA user_version=1")
    else:
        db.execute("CREATE TABLE conversations (id INTEGER PRIMARY KEY, title TEXT)")
        db.execute("CREATE TABLE messages (id INTEGER PRIMARY KEY)")
        db.execute("PRAGMA user_version=1")
    db.commit()
    db.close()
    before = snapshot(tmp_path)
    with pytest.raises(StoreError) as err:
        ChatStore(path)
    assert err.value.kind == S.DAMAGED
    assert "not Ponder's chats" in str(err.value) or "lack" in str(err.value)
    assert {k: v for k, v in snapshot(tmp_path).items() if k == path.name} == {path.name: before[path.name]}


def test_a_damaged_stats_value_costs_the_stats_not_the_reply(tmp_path: Path) -> None:
    store = ChatStore(tmp_path / "chats.sqlite3")
    conv = store.create_conversation()
    reply = store.add_message(conv.id, "assistant", "the answer")
    store.db.execute("UPDATE messages SET stats='{not json' WHERE id=?", (reply.id,))
    assert store.message(reply.id).content == "the answer" and store.message(reply.id).stats == {}
    store.db.execute("UPDATE messages SET stats='[1, 2]' WHERE id=?", (reply.id,))
    assert store.messages(conv.id)[0].stats == {}
