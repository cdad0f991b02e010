"""What the interface's language costs: loading its translations, opening the window in it, and the
per-reply formatting (an engine message translated, a footer's numbers written the locale's way).

    QT_QPA_PLATFORM=offscreen python -m tests.bench.bench_i18n
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:.2f} ms, max {max(samples) * 1000:.2f} ms"


def main() -> None:
    os.environ["PONDER_HOME"] = tempfile.mkdtemp(prefix="ponder-bench-i18n-")
    os.environ["HF_ENDPOINT"] = "http://127.0.0.1:9"
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from app import i18n
    from app.gui import PonderApp
    from engine.messages import Text, translate
    from ui import l10n

    app = QApplication.instance() or QApplication(sys.argv[:1])
    print("language  install (Ponder's + Qt's .qm)        window opened")
    for language in ("en", "fr", "es", "de", "it", "ja", "en"):  # English again: nothing accumulates
        installs = []
        for _ in range(20):
            started = time.perf_counter()
            i18n.install(app, language)
            installs.append(time.perf_counter() - started)
        windows = []
        for _ in range(3):
            started = time.perf_counter()
            ponder = PonderApp(theme="light", language=language)
            ponder.window.show()
            app.processEvents()
            windows.append(time.perf_counter() - started)
            ponder.shutdown()
            ponder.window.close()
            ponder.window.deleteLater()  # each window measured alone, none left from the one before
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            gc.collect()
        print(f"{language:8}  {_ms(installs):36}  {_ms(windows)}")

    i18n.install(app, "fr")
    message = Text(translate("Engine", "{name}: the file ends early: it declares {size:,} bytes of data "
                                       "but holds {held:,}."), name="model.gguf", size=4_920_000_000,
                   held=1_200_000_000)
    n = 20_000
    started = time.perf_counter()
    for _ in range(n):
        l10n.localized(message)
    per_message = (time.perf_counter() - started) / n
    started = time.perf_counter()
    for i in range(n):
        l10n.tokens(i)
        l10n.rate(93.8)
        l10n.seconds(0.23)
    per_footer = (time.perf_counter() - started) / n
    print(f"an engine message translated and formatted (fr): {per_message * 1e6:.1f} µs")
    print(f"a reply footer's numbers (tokens, rate, seconds; fr): {per_footer * 1e6:.1f} µs")
    i18n.install(app, "en")


if __name__ == "__main__":
    main()
