"""Take the README's screenshots from the real app on an X server (Xvfb).

    xvfb-run -s "-screen 0 1280x860x24" python -m tests.screenshots OUT_DIR

Uses the starter model with the real Nemotron 3 chat template (a test double:
SmolLM2 reasons into the opened <think>), so no download is needed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

PROMPT = "Write a Python function that reverses a string, and show how to call it."
PROMPTS = {  # the same question, as a French or Japanese user asks it (the window in their language)
    "fr": "Écris une fonction Python qui inverse une chaîne, et montre comment l'appeler.",
    "ja": "文字列を反転する Python の関数を書いて、呼び出し方も見せてください。",
}


def main(out: Path, only: str | None = None) -> int:
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="ponder-shots-"))
    os.environ["PONDER_HOME"] = str(home)
    os.environ["HF_ENDPOINT"] = "http://127.0.0.1:9"  # screenshots never touch the network
    from tests.conftest import REFERENCE_TEMPLATES
    from tests.doubles import with_template

    (home / "models").mkdir(parents=True)
    template = (REFERENCE_TEMPLATES / "NVIDIA-Nemotron-3-Nano-30B-A3B-BF16.jinja").read_text()
    with_template(home / "models" / "NVIDIA-Nemotron-3-Nano-4B-demo.gguf", template,
                  "NVIDIA Nemotron 3 Nano 4B (demo)")

    from app.gui import PonderApp

    app = QApplication.instance() or QApplication(sys.argv[:1])
    shots: list[str] = []

    def capture(name: str, window: QWidget) -> None:
        app.processEvents()
        path = out / name
        g = window.frameGeometry()  # the window alone, not the whole virtual screen
        subprocess.run(["import", "-window", "root", "-crop", f"{g.width()}x{g.height()}+{g.x()}+{g.y()}",
                        "+repage", str(path)], check=True)
        shots.append(str(path))

    def run(theme: str, mid_reasoning: str | None, finished: str, size: tuple[int, int] = (1240, 820),
            language: str = "en") -> None:
        if language != "en":  # a data folder of its own: its chat list shows only chats in that language
            own = home / language
            (own / "models").mkdir(parents=True, exist_ok=True)
            demo = own / "models" / "NVIDIA-Nemotron-3-Nano-4B-demo.gguf"
            if not demo.exists():
                demo.symlink_to(home / "models" / "NVIDIA-Nemotron-3-Nano-4B-demo.gguf")
            os.environ["PONDER_HOME"] = str(own)
        ponder = PonderApp(theme=theme, language=language)
        ponder.window.resize(*size)
        ponder.window.move(20, 20)
        ponder.window.show()
        c = ponder.controller
        c.sampling_overrides = {"temperature": 0.0, "max_tokens": 400}
        seen = [0]

        def on_reasoning(_text: str) -> None:
            seen[0] += 1
            if mid_reasoning and seen[0] == 12:
                QTimer.singleShot(0, lambda: capture(mid_reasoning, ponder.window))

        def on_loaded(_e: dict) -> None:
            c.new_conversation()
            budget = 512 if mid_reasoning else 256
            ponder.window.reasoning.set_budget(budget)  # as the user sets the reasoning control
            ponder.window.budget_changed.emit(budget)
            if language != "en":  # answer in the user's language, reasoning in English (the default data)
                ponder.window.composer.answer_language.set_choice(language, True)
                ponder.window.composer.answer_language.changed.emit(language, True)
            c.send(PROMPTS.get(language, PROMPT))

        def on_finished(_m) -> None:  # type: ignore[no-untyped-def]
            QTimer.singleShot(400, lambda: (capture(finished, ponder.window), app.quit()))

        c.reasoning_received.connect(on_reasoning)
        ponder.bridge.loaded.connect(on_loaded)
        c.reply_finished.connect(on_finished)
        index = next(i for i, m in enumerate(ponder.models) if "demo" in m.name)
        ponder.load_model(index)
        app.exec()
        ponder.shutdown()
        ponder.window.close()
        os.environ["PONDER_HOME"] = str(home)

    def manager() -> None:
        ponder = PonderApp(theme="light")
        ponder.refresh_models()
        dialog = ponder.open_model_manager()
        dialog.resize(1180, 600)
        dialog.move(40, 60)
        QTimer.singleShot(800, lambda: (capture("model-manager.png", dialog), app.quit()))
        app.exec()
        ponder.shutdown()

    if only in (None, "en"):
        run("light", "reasoning-light.png", "answer-light.png")
        run("dark", None, "answer-dark.png")
        run("light", None, "small-window.png", (800, 600))
        manager()
    if only in (None, "languages"):
        run("light", None, "window-fr.png", language="fr")
        run("light", None, "window-ja.png", language="ja")
    print("\n".join(shots))
    return 0


if __name__ == "__main__":
    # python -m tests.screenshots [OUT_DIR] [en|languages]
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "assets/screenshots"),
                  sys.argv[2] if len(sys.argv) > 2 else None))
