"""The chat controller: every reply ends exactly once, drafts, paging, undo, and saving off the GUI thread.

The reply's life is driven through the real EngineBridge's bookkeeping with the
engine's side played by the test (FakeEngineBridge), so each turn of events can
be chosen; the last tests run the real engine with the starter model.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.chat_controller import DRAFT_ID, PAGE, ChatController
from app.engine_bridge import EngineBridge
from app.reply import Phase, Reply
from app.store_writer import Save, StoreWriter
from engine import protocol as P
from engine import store as S
from engine.protocol import ReplyState
from engine.store import ChatStore
from tests.test_store_hardening import fill_disk

LONG = 60_000  # ms: the real model on a 2-core machine
UNLIMITED_PAGES = 1 << 30


class FakeEngineBridge(EngineBridge):
    """The real bridge's state and signals; no engine process: the test plays the engine's events."""

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[P.GenerateRequest] = []
        self.loads: list[P.LoadOptions] = []
        self.stops = 0

    def load(self, options: P.LoadOptions) -> None:
        self._loading, self.model = True, None
        self.loads.append(options)

    def generate(self, request: P.GenerateRequest) -> None:
        self.requests.append(request)
        self._generating = True

    def stop(self) -> None:
        self.stops += 1

    def answer_now(self) -> None:
        pass

    # -- what the engine says, through the bridge's own dispatch ---------------------
    def say(self, **event: Any) -> None:
        self._dispatch(event)  # type: ignore[arg-type]

    def ready(self, name: str = "fake-model") -> None:
        self.say(event="loaded", model=name, family="plain", n_ctx=2048)

    def done(self, reason: str = "stop") -> None:
        self.say(event="done", finish_reason=reason)

    def crash(self, message: str = "The engine process stopped unexpectedly.") -> None:
        self.say(event="error", message=message, crashed=True)


class Recorder:
    """Everything the controller told, in order."""

    def __init__(self, c: ChatController):
        self.ended: list[Reply] = []
        self.finished: list[S.Message] = []
        self.busy: list[bool] = []
        self.errors: list[str] = []
        self.notices: list[str] = []
        self.opened: list[tuple[S.Conversation, list[S.Message], int]] = []
        self.added: list[S.Message] = []
        self.replaced: list[S.Message] = []
        self.answers: list[str] = []
        c.reply_ended.connect(self.ended.append)
        c.reply_finished.connect(self.finished.append)
        c.busy_changed.connect(self.busy.append)
        c.error.connect(self.errors.append)
        c.notice.connect(self.notices.append)
        c.conversation_opened.connect(lambda conv, tail, total: self.opened.append((conv, tail, total)))
        c.message_added.connect(self.added.append)
        c.message_replaced.connect(self.replaced.append)
        c.answer_received.connect(self.answers.append)


@pytest.fixture
def store(qapp, tmp_path: Path) -> Iterator[ChatStore]:  # timers need the app
    s = ChatStore(tmp_path / "chats.sqlite3")
    yield s
    s.close()


@pytest.fixture
def bridge(qapp) -> FakeEngineBridge:
    b = FakeEngineBridge()
    b.ready()
    return b


@pytest.fixture
def controller(store: ChatStore, bridge: FakeEngineBridge) -> Iterator[ChatController]:
    c = ChatController(store, bridge)
    yield c
    c.close()


def stored(store: ChatStore) -> list[tuple[str, str, str]]:
    """Every message of every chat, as (role, content, state)."""
    return [(m.role, m.content, m.state) for conv in store.conversations() for m in store.messages(conv.id)]


def free_disk(store: ChatStore) -> None:
    store.db.execute(f"PRAGMA max_page_count={UNLIMITED_PAGES}")


# -- every reply ends exactly once ----------------------------------------------------
def test_a_reply_streams_and_ends_complete_once(controller: ChatController, bridge: FakeEngineBridge,
                                                store: ChatStore) -> None:
    seen = Recorder(controller)
    controller.send("Hello?")
    assert controller.busy and controller.reply is not None and controller.reply.phase is Phase.STREAMING
    [request] = bridge.requests
    assert request.messages == [{"role": "user", "content": "Hello?"}]
    bridge.answer_received.emit("Hi ")
    bridge.answer_received.emit("there.")
    bridge.say(event="stats", generated_tokens=2)
    bridge.done()
    assert [r.outcome for r in seen.ended] == [ReplyState.COMPLETE] and seen.busy == [True, False]
    [final] = seen.finished
    assert (final.content, final.state, final.stats["generated_tokens"]) == ("Hi there.", S.COMPLETE, 2)
    controller.writer.flush()
    assert stored(store) == [("user", "Hello?", S.COMPLETE), ("assistant", "Hi there.", S.COMPLETE)]
    bridge.done()  # a stray end from the engine ends nothing more
    assert len(seen.ended) == 1 and not controller.busy


def test_a_remote_stream_that_broke_off_ends_the_reply_interrupted_with_why(
        controller: ChatController, bridge: FakeEngineBridge, store: ChatStore) -> None:
    seen = Recorder(controller)
    controller.send("Hello?")
    bridge.answer_received.emit("Half an ans")
    bridge.say(event="notice", message="The reply from gpu-box:8000 broke off: it closed the connection.")
    bridge.say(event="stats", generated_tokens=3, server="gpu-box")
    bridge.done("interrupted")
    assert [r.outcome for r in seen.ended] == [ReplyState.INTERRUPTED]
    [final] = seen.finished
    assert final.content == "Half an ans" and final.state == S.INTERRUPTED  # what arrived is kept
    assert final.stats["error"].startswith("The reply from gpu-box:8000 broke off")
    controller.writer.flush()
    assert stored(store)[-1] == ("assistant", "Half an ans", S.INTERRUPTED)


def test_stop_ends_the_reply_cancelled_when_the_engine_has_stopped(controller: ChatController,
                                                                   bridge: FakeEngineBridge) -> None:
    seen = Recorder(controller)
    controller.send("Count to a million.")
    bridge.answer_received.emit("1, 2, 3")
    controller.stop()
    assert bridge.stops == 1 and controller.busy  # it ends with the engine's own end
    bridge.answer_received.emit(", 4")
    bridge.done("cancelled")
    [reply] = seen.ended
    assert reply.outcome is ReplyState.CANCELLED and seen.finished[0].content == "1, 2, 3, 4"
    assert seen.finished[0].stats["finish_reason"] == "cancelled" and seen.busy == [True, False]


def test_switching_models_mid_reply_ends_it_and_ignores_the_old_engine(controller: ChatController,
                                                                       bridge: FakeEngineBridge) -> None:
    seen = Recorder(controller)
    controller.send("Tell me a story.")
    bridge.answer_received.emit("Once upon")
    controller.load_model(P.LoadOptions(path="/models/other.gguf"))
    [reply] = seen.ended
    assert reply.outcome is ReplyState.CANCELLED and not controller.busy
    assert seen.finished[0].content == "Once upon" and seen.finished[0].stats["note"] == "the model was changed"
    bridge.answer_received.emit(" a time")  # late events of the engine that was replaced
    bridge.done()
    assert len(seen.ended) == 1 and seen.answers == ["Once upon"]
    bridge.ready("other")
    controller.send("And another?")
    bridge.answer_received.emit("Sure.")
    bridge.done()
    assert [r.outcome for r in seen.ended] == [ReplyState.CANCELLED, ReplyState.COMPLETE]
    assert seen.finished[-1].content == "Sure." and seen.finished[-1].model == "other"


def test_an_engine_crash_ends_the_reply_interrupted_once(controller: ChatController,
                                                         bridge: FakeEngineBridge) -> None:
    seen = Recorder(controller)
    controller.send("Go on.")
    bridge.answer_received.emit("Partial")
    bridge.crash("The engine process stopped unexpectedly: it was killed by SIGABRT.")
    [reply] = seen.ended
    assert reply.outcome is ReplyState.INTERRUPTED and seen.finished[0].content == "Partial"
    assert "SIGABRT" in seen.finished[0].stats["error"] and seen.busy == [True, False]
    assert seen.errors == []  # told once, by the window's "Restarting the engine…"; the card says interrupted


def test_a_crash_the_bridge_did_not_report_as_a_failed_reply_still_ends_it(
        controller: ChatController, bridge: FakeEngineBridge) -> None:
    seen = Recorder(controller)
    controller.send("Go on.")
    bridge._generating = False  # the bridge lost track (its flag is one for every request)
    bridge.crash()
    assert [r.outcome for r in seen.ended] == [ReplyState.INTERRUPTED] and not controller.busy


def test_a_message_sent_while_the_model_loads_is_answered_when_it_is_ready(
        store: ChatStore) -> None:
    bridge = FakeEngineBridge()
    controller = ChatController(store, bridge)
    seen = Recorder(controller)
    try:
        controller.load_model(P.LoadOptions(path="/models/m.gguf"))
        controller.send("Are you there?")
        assert controller.busy and controller.reply is not None
        assert controller.reply.phase is Phase.WAITING_FOR_MODEL and bridge.requests == []
        assert seen.busy == [True] and "still loading" in seen.notices[0]
        bridge.ready()
        assert controller.reply.phase is Phase.STREAMING and len(bridge.requests) == 1
        bridge.answer_received.emit("Yes.")
        bridge.done()
        assert [r.outcome for r in seen.ended] == [ReplyState.COMPLETE] and seen.busy == [True, False]
    finally:
        controller.close()


def test_a_message_sent_while_the_model_loads_is_told_when_loading_fails(store: ChatStore) -> None:
    bridge = FakeEngineBridge()
    controller = ChatController(store, bridge)
    seen = Recorder(controller)
    try:
        controller.load_model(P.LoadOptions(path="/models/broken.gguf"))
        controller.send("Hello?")
        bridge.say(event="error", message="not a GGUF file")
        [reply] = seen.ended
        assert reply.outcome is ReplyState.FAILED and reply.message is None and seen.finished == []
        assert seen.busy == [True, False] and seen.errors == []  # the app tells it once, with why
        assert controller.take_unanswered() and not controller.take_unanswered()
        controller.writer.flush()
        assert stored(store) == [("user", "Hello?", S.COMPLETE)]  # kept; Regenerate answers it
    finally:
        controller.close()


def test_no_model_at_all_keeps_the_message_and_says_so(store: ChatStore) -> None:
    controller = ChatController(store, FakeEngineBridge())
    seen = Recorder(controller)
    controller.send("Hello?")
    assert not controller.busy and seen.ended == [] and "No model is loaded" in seen.errors[0]
    assert stored(store) == [("user", "Hello?", S.COMPLETE)]
    controller.close()


def test_stop_while_waiting_for_the_model_ends_the_reply_at_once(store: ChatStore) -> None:
    bridge = FakeEngineBridge()
    controller = ChatController(store, bridge)
    seen = Recorder(controller)
    controller.load_model(P.LoadOptions(path="/models/m.gguf"))
    controller.send("Hello?")
    controller.stop()
    bridge.ready()
    assert [r.outcome for r in seen.ended] == [ReplyState.CANCELLED] and bridge.requests == []
    controller.close()


def test_leaving_a_chat_mid_reply_ends_it_and_the_next_reply_waits_for_the_engine(
        controller: ChatController, bridge: FakeEngineBridge, store: ChatStore) -> None:
    seen = Recorder(controller)
    controller.send("First chat, long answer please.")
    first_chat = controller.conversation
    assert first_chat is not None
    bridge.answer_received.emit("Part one")
    controller.new_conversation()  # Ctrl+N mid-reply
    assert [r.outcome for r in seen.ended] == [ReplyState.CANCELLED] and bridge.stops == 1
    assert seen.finished[0].stats["note"] == "a new chat was opened"
    controller.send("Second chat.")
    assert controller.reply is not None and controller.reply.phase is Phase.WAITING_FOR_MODEL
    assert len(bridge.requests) == 1  # not sent while the engine still ends the first reply
    bridge.answer_received.emit(" and two")  # the first reply's late events: dropped
    bridge.done("cancelled")  # … and its end: it starts the second
    assert len(seen.ended) == 1 and len(bridge.requests) == 2
    assert bridge.requests[1].messages == [{"role": "user", "content": "Second chat."}]
    bridge.answer_received.emit("Answer two.")
    bridge.done()
    assert [r.outcome for r in seen.ended] == [ReplyState.CANCELLED, ReplyState.COMPLETE]
    assert seen.finished[-1].content == "Answer two." and seen.answers == ["Part one", "Answer two."]
    controller.open_conversation(first_chat.id)
    assert [m.content for m in seen.opened[-1][1]] == ["First chat, long answer please.", "Part one"]


def test_reopening_the_chat_mid_reply_shows_its_text_so_far(controller: ChatController,
                                                            bridge: FakeEngineBridge) -> None:
    seen = Recorder(controller)
    controller.send("Go on.")
    bridge.answer_received.emit("Written so far")
    controller.open_conversation(controller.conversation.id)  # type: ignore[union-attr]  # the same chat
    assert controller.busy and seen.ended == []
    _conv, tail, _total = seen.opened[-1]
    assert (tail[-1].content, tail[-1].state) == ("Written so far", S.STREAMING)
    bridge.done()
    assert [r.outcome for r in seen.ended] == [ReplyState.COMPLETE]


def test_deleting_the_chat_mid_reply_ends_the_reply(controller: ChatController,
                                                    bridge: FakeEngineBridge) -> None:
    seen = Recorder(controller)
    controller.send("Go on.")
    conv = controller.conversation
    assert conv is not None
    controller.delete_conversation(conv.id)
    assert [r.outcome for r in seen.ended] == [ReplyState.CANCELLED] and bridge.stops == 1
    assert controller.conversation is None and not controller.busy


def test_quitting_mid_reply_keeps_it_interrupted_and_flushes_the_writer(
        controller: ChatController, bridge: FakeEngineBridge, store: ChatStore) -> None:
    seen = Recorder(controller)
    controller.send("Write a lot.")
    bridge.answer_received.emit("So much text")
    assert controller.finish()
    assert [r.outcome for r in seen.ended] == [ReplyState.INTERRUPTED]
    check = store.reopen()  # what another connection sees: on disk when finish returned
    assert [(m.content, m.state) for m in check.messages(1)][-1] == ("So much text", S.INTERRUPTED)
    check.close()


def test_reply_transitions_are_checked() -> None:
    from app.reply import ReplyError

    reply = Reply(1)
    with pytest.raises(ReplyError):
        reply.add_answer("too early")
    with pytest.raises(ReplyError):
        reply.end(ReplyState.COMPLETE)  # nothing was written: it cannot be complete
    message = S.Message(7, 1, 1, "assistant", "", state=S.STREAMING)
    reply.stream(message)
    reply.add_reasoning("hm")
    reply.add_answer("ok")
    with pytest.raises(ReplyError):
        reply.stream(message)
    final = reply.end(ReplyState.COMPLETE, finish_reason="stop")
    assert final is not None and (final.content, final.reasoning, final.state) == ("ok", "hm", S.COMPLETE)
    with pytest.raises(ReplyError):
        reply.end(ReplyState.CANCELLED)  # once
    with pytest.raises(ReplyError):
        reply.add_answer("late")
    assert Reply(1).end(ReplyState.CANCELLED) is None


# -- drafts -------------------------------------------------------------------------
def test_new_chats_are_drafts_until_their_first_message(controller: ChatController, bridge: FakeEngineBridge,
                                                        store: ChatStore) -> None:
    seen = Recorder(controller)
    for _ in range(10):
        draft = controller.new_conversation()  # Ctrl+N, ten times
    assert draft.id == DRAFT_ID and controller.draft and store.conversations() == []
    assert store.db.execute("SELECT COUNT(*) FROM conversations").fetchone()[0] == 0
    assert seen.opened[-1] == (draft, [], 0) and len(seen.opened) == 10
    controller.update_conversation(budget=256, reasoning="on", system_prompt="Be brief.")
    assert store.conversations() == [] and controller.conversation is not None
    assert controller.conversation.budget == 256
    with pytest.raises(ValueError):
        controller.update_conversation(colour="red")
    controller.send("Plan a trip to Lisbon in three days, please.")
    [conv] = store.conversations()
    assert (conv.budget, conv.reasoning, conv.system_prompt) == (256, "on", "Be brief.")
    assert conv.title == "Plan a trip to Lisbon in three days, please." and not controller.draft
    assert controller.conversation is not None and controller.conversation.id == conv.id
    assert bridge.requests[0].budget == 256 and bridge.requests[0].messages[0] == {
        "role": "system", "content": "Be brief."}


def test_a_draft_that_cannot_be_stored_leaves_no_empty_chat(controller: ChatController,
                                                            store: ChatStore) -> None:
    seen: list[str] = []
    controller.send_failed.connect(seen.append)
    controller.new_conversation()
    fill_disk(store)
    text = "An important first message. " * 400
    controller.send(text)
    assert seen == [text] and controller.draft
    free_disk(store)
    assert [c.title for c in store.conversations()] == ["filler"]  # the test's own, no empty chat


# -- paging ----------------------------------------------------------------------------
def test_opening_a_long_chat_shows_its_newest_page_and_pages_back(controller: ChatController,
                                                                  store: ChatStore) -> None:
    conv = store.create_conversation("Long")
    for i in range(2 * PAGE + 5):
        store.add_message(conv.id, "user" if i % 2 == 0 else "assistant", f"message {i}")
    seen = Recorder(controller)
    controller.open_conversation(conv.id)
    shown, tail, total = seen.opened[-1]
    assert shown.id == conv.id and total == 2 * PAGE + 5
    assert [m.content for m in tail] == [f"message {i}" for i in range(PAGE + 5, 2 * PAGE + 5)]
    older = controller.older_messages(tail[0].position, PAGE)
    assert [m.position for m in older] == list(range(5, PAGE + 5))
    assert [m.position for m in controller.older_messages(older[0].position, PAGE)] == list(range(5))
    assert controller.older_messages(0, PAGE) == []
    controller.new_conversation()
    assert controller.older_messages(10) == []


# -- deleting a message can be undone ------------------------------------------------------
def test_deleting_a_message_can_be_undone(controller: ChatController, store: ChatStore) -> None:
    conv = store.create_conversation("Undo")
    keep = store.add_message(conv.id, "user", "keep me")
    gone = store.add_message(conv.id, "user", "delete me")
    controller.open_conversation(conv.id)
    deleted: list[S.Message] = []
    controller.message_deleted.connect(deleted.append)
    seen = Recorder(controller)
    controller.delete_message(gone.id)
    assert [m.id for m in deleted] == [gone.id] and [m.id for m in store.messages(conv.id)] == [keep.id]
    assert seen.opened == []  # the view takes the one card out; nothing else is shown again
    controller.undo_delete_message(gone.id)
    assert [m.id for m in store.messages(conv.id)] == [keep.id, gone.id]
    assert [m.id for m in seen.opened[-1][1]] == [keep.id, gone.id]
    controller.delete_message(gone.id)
    store.purge_deleted()
    controller.undo_delete_message(gone.id)
    assert "can no longer be brought back" in seen.notices[-1]


def test_old_deletions_are_purged_when_the_controller_starts(store: ChatStore,
                                                            bridge: FakeEngineBridge) -> None:
    conv = store.create_conversation("Old")
    old = store.add_message(conv.id, "user", "deleted long ago")
    recent = store.add_message(conv.id, "user", "deleted just now")
    store.delete_message(old.id)
    store.delete_message(recent.id)
    store.db.execute("UPDATE messages SET deleted=deleted-3*86400 WHERE id=?", (old.id,))
    controller = ChatController(store, bridge)
    controller.writer.flush()
    rows = [r[0] for r in store.db.execute("SELECT id FROM messages")]
    assert rows == [recent.id]  # the recent one can still be undone
    controller.close()


# -- saving off the GUI thread ---------------------------------------------------------------
def test_checkpoints_are_written_by_the_writer_thread_about_once_a_second(
        qtbot, controller: ChatController, bridge: FakeEngineBridge, store: ChatStore,
        monkeypatch: pytest.MonkeyPatch) -> None:
    writers: list[int] = []
    real = ChatStore.save_reply

    def recording(self: ChatStore, *args: Any, **kwargs: Any) -> None:
        writers.append(threading.get_ident())
        real(self, *args, **kwargs)

    monkeypatch.setattr(ChatStore, "save_reply", recording)
    controller.send("Stream slowly.")
    reply_id = controller.reply.message.id  # type: ignore[union-attr]
    bridge.answer_received.emit("The first words")
    qtbot.waitUntil(lambda: store.message(reply_id).content == "The first words", timeout=2500)
    assert store.message(reply_id).state == S.STREAMING  # a checkpoint, seen through another connection
    bridge.answer_received.emit(", more words")
    qtbot.waitUntil(lambda: store.message(reply_id).content == "The first words, more words", timeout=2500)
    bridge.done()
    controller.writer.flush()
    assert store.message(reply_id).state == S.COMPLETE
    assert writers and threading.get_ident() not in writers


def test_a_checkpoint_never_overwrites_a_final_save(store: ChatStore) -> None:
    conv = store.create_conversation()
    reply = store.add_message(conv.id, "assistant", state=S.STREAMING)
    writer = StoreWriter(store)
    try:
        writer.checkpoint(reply.id, "early", "", {})
        writer.save(Save(reply.id, "the whole reply", "", S.COMPLETE))
        writer.checkpoint(reply.id, "a late checkpoint", "", {})  # queued after the final save
        writer.flush()
        assert (store.message(reply.id).content, store.message(reply.id).state) == (
            "the whole reply", S.COMPLETE)
        store.save_reply(reply.id, "stale", "", S.STREAMING)  # the store refuses it too
        assert store.message(reply.id).content == "the whole reply"
    finally:
        writer.close()


def test_pending_checkpoints_of_a_reply_merge_and_a_final_save_drops_them(store: ChatStore) -> None:
    conv = store.create_conversation()
    reply = store.add_message(conv.id, "assistant", state=S.STREAMING)
    writer = StoreWriter(store)
    writer._merge(Save(reply.id, "one", "", S.STREAMING))
    writer._merge(Save(reply.id, "two", "", S.STREAMING))
    assert [j.content for j in writer._jobs] == ["two"]  # type: ignore[union-attr]
    writer._merge(Save(reply.id, "final", "", S.COMPLETE))
    assert [j.content for j in writer._jobs] == ["final"]  # type: ignore[union-attr]
    writer._jobs.clear()
    writer.close()


def test_a_full_disk_keeps_the_reply_in_memory_tells_once_and_saves_it_later(
        qtbot, controller: ChatController, bridge: FakeEngineBridge, store: ChatStore) -> None:
    seen = Recorder(controller)
    controller.send("Tell me everything about the sea.")
    reply_id = controller.reply.message.id  # type: ignore[union-attr]
    controller.writer.call(fill_disk)  # the writer's connection meets the full disk
    chunks = [f"Wave {i} rolls in and out again. " * 20 for i in range(30)]
    for chunk in chunks[:15]:
        bridge.answer_received.emit(chunk)
    qtbot.waitUntil(lambda: bool(seen.errors), timeout=5000)  # the next checkpoint fails
    for chunk in chunks[15:]:
        bridge.answer_received.emit(chunk)
    bridge.done()
    assert seen.busy == [True, False] and seen.finished[-1].content == "".join(chunks)
    assert [m.content for m in controller.unsaved] == ["".join(chunks)]
    qtbot.wait(2500)  # a few retries, failing
    assert len(seen.errors) == 1 and "is full" in seen.errors[0] and "kept in memory" in seen.errors[0]
    assert store.message(reply_id).state == S.STREAMING
    controller.open_conversation(controller.conversation.id)  # type: ignore[union-attr]
    assert seen.opened[-1][1][-1].content == "".join(chunks)  # shown whole, from memory
    controller.writer.call(free_disk)
    qtbot.waitUntil(lambda: controller.unsaved == [], timeout=5000)  # retried by itself
    assert store.message(reply_id).content == "".join(chunks) and store.message(reply_id).state == S.COMPLETE
    assert seen.notices[-1] == "Chats are being saved again." and len(seen.errors) == 1


def test_quitting_with_a_full_disk_says_so_and_saves_when_it_can(controller: ChatController,
                                                                 bridge: FakeEngineBridge,
                                                                 store: ChatStore) -> None:
    controller.send("Write it down.")
    controller.writer.call(fill_disk)
    bridge.answer_received.emit("A reply the disk could not take. " * 300)
    assert not controller.finish()  # interrupted, not stored: the app asks what to do
    assert len(controller.unsaved) == 1 and "is full" in controller.store_problem
    controller.writer.call(free_disk)
    assert controller.finish() and controller.unsaved == []
    assert store.messages(1)[-1].state == S.INTERRUPTED


@pytest.mark.timeout(60)  # a writer that hangs at quit fails here, not the whole run
def test_a_bug_in_saving_at_quit_keeps_the_reply_says_so_and_saves_when_it_can(
        controller: ChatController, bridge: FakeEngineBridge, store: ChatStore,
        monkeypatch: pytest.MonkeyPatch) -> None:
    seen = Recorder(controller)
    real = ChatStore.save_reply

    def buggy(self: ChatStore, *args: Any, **kwargs: Any) -> None:
        raise RuntimeError("a bug in saving")

    monkeypatch.setattr(ChatStore, "save_reply", buggy)
    controller.send("Write it down.")
    bridge.answer_received.emit("A reply a bug would lose.")
    bridge.done()
    assert not controller.finish()  # not stored: the app asks what to do
    assert [m.content for m in controller.unsaved] == ["A reply a bug would lose."]
    assert "a bug in saving" in controller.store_problem and "kept in memory" in seen.errors[-1]
    monkeypatch.setattr(ChatStore, "save_reply", real)
    assert controller.finish() and controller.unsaved == []
    assert store.messages(1)[-1].content == "A reply a bug would lose."


class _ThreadKiller(BaseException):
    """Escapes every `except Exception`: ends the writer's thread as a bug in its loop would."""


@pytest.mark.timeout(60)  # a flush that waits for a dead thread fails here, not the whole run
def test_quitting_after_the_writer_thread_died_returns_and_saves_once_it_works(
        controller: ChatController, bridge: FakeEngineBridge, store: ChatStore,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def dying(*args: Any) -> None:
        raise _ThreadKiller()

    monkeypatch.setattr(controller.writer, "_run", dying)
    controller.send("Write it down.")
    bridge.answer_received.emit("A reply the writer died on.")
    bridge.done()
    assert not controller.finish()  # returns: the reply is kept, the save reported as failed
    assert [m.content for m in controller.unsaved] == ["A reply the writer died on."]
    monkeypatch.undo()
    assert controller.finish() and controller.unsaved == []  # a new writer thread saved it
    assert store.messages(1)[-1].content == "A reply the writer died on."


def test_an_in_memory_store_is_written_on_the_gui_thread(qtbot, bridge: FakeEngineBridge) -> None:
    store = ChatStore(":memory:")
    controller = ChatController(store, bridge)
    assert not controller.writer.threaded
    controller.send("Remember this for now.")
    bridge.answer_received.emit("Noted.")
    bridge.done()
    assert [(m.content, m.state) for m in store.messages(1)] == [
        ("Remember this for now.", S.COMPLETE), ("Noted.", S.COMPLETE)]
    qtbot.waitUntil(lambda: controller.unsaved == [], timeout=2000)
    controller.close()
    store.close()


# -- the real engine ------------------------------------------------------------------------
@pytest.fixture
def real(store: ChatStore, starter_path: Path) -> Iterator[tuple[ChatController, EngineBridge]]:
    bridge = EngineBridge()
    controller = ChatController(store, bridge)
    controller.sampling_overrides = {"temperature": 0.0, "seed": 1, "max_tokens": 24}
    yield controller, bridge
    controller.finish()
    controller.close()
    bridge.shutdown()


def test_with_the_real_engine_a_message_sent_while_loading_is_answered_once(
        qtbot, real: tuple[ChatController, EngineBridge], starter_path: Path) -> None:
    controller, bridge = real
    seen = Recorder(controller)
    controller.load_model(P.LoadOptions(path=str(starter_path)))
    with qtbot.waitSignal(controller.reply_ended, timeout=LONG):
        controller.send("What is the capital of France?")
    [reply] = seen.ended
    assert reply.outcome is ReplyState.COMPLETE and reply.message is not None and reply.message.content.strip()
    assert seen.busy == [True, False]
