<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="+12"/>
        <source>Models you download come with their own licences, shown before the first download: NVIDIA&apos;s Nemotron models are under the NVIDIA Open Model License.</source>
        <translation>Heruntergeladene Modelle haben eigene Lizenzen, die vor dem ersten Download angezeigt werden: Die Nemotron-Modelle von NVIDIA stehen unter der NVIDIA Open Model License.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Ponder</source>
        <translation>Über Ponder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private chat with reasoning models, on your own computer.</source>
        <translation>Privat chatten mit Denkmodellen – auf Ihrem eigenen Computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bundled components and their licences</source>
        <translation>Mitgelieferte Komponenten und ihre Lizenzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <comment>of a bundled component</comment>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
</context>
<context>
    <name>AnswerLanguageControl</name>
    <message>
        <location filename="../../ui/answer_language_control.py" line="+20"/>
        <source>Answer language</source>
        <translation>Antwortsprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language the model answers in, for this chat. Automatic: the language of your message.</source>
        <translation>Die Sprache, in der das Modell in diesem Chat antwortet. Automatisch: die Sprache Ihrer Nachricht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer in: automatic</source>
        <translation>Antwortsprache: automatisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer in: {language}</source>
        <translation>Antwortsprache: {language}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason in English</source>
        <translation>Auf Englisch denken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the model to think in English and answer in the chosen language. NVIDIA trained its multilingual reasoning this way, so it is often the more accurate choice.</source>
        <translation>Das Modell denkt auf Englisch nach und antwortet in der gewählten Sprache. NVIDIA hat das mehrsprachige Denken seiner Modelle so trainiert, daher ist dies oft die genauere Wahl.</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <location filename="../../ui/answer_view.py" line="+145"/>
        <source>Answer</source>
        <comment>accessible name of a reply&apos;s text</comment>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer, still being written</source>
        <translation>Antwort, wird noch geschrieben</translation>
    </message>
</context>
<context>
    <name>AssistantMessage</name>
    <message>
        <location filename="../../ui/message_cards.py" line="+55"/>
        <source>Interrupted: the engine stopped before the reply was complete.</source>
        <translation>Unterbrochen: Die Engine wurde beendet, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <location line="+287"/>
        <source>Copy this reply</source>
        <translation>Diese Antwort kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regenerate this reply</source>
        <translation>Diese Antwort neu generieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this reply again (the current one is kept as a version)</source>
        <translation>Diese Antwort neu schreiben lassen (die aktuelle bleibt als Version erhalten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <comment>button: delete a reply</comment>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this reply</source>
        <translation>Diese Antwort löschen</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>{tokens} · {rate} · first token {seconds}</source>
        <translation>{tokens} · {rate} · erstes Token nach {seconds}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>answered by {server}</source>
        <translation>beantwortet von {server}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>budget: {method}</source>
        <comment>how a server kept the thinking budget</comment>
        <translation>Budget: {method}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Failed: {error}</source>
        <translation>Fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupted: {error}</source>
        <translation>Unterbrochen: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted: the server stopped sending.</source>
        <translation>Unterbrochen: Der Server hat aufgehört zu senden.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/notices.py" line="+43"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../app/chat_controller.py" line="+44"/>
        <source>The reply is kept in memory and will be saved as soon as that works again.</source>
        <translation>Die Antwort bleibt im Arbeitsspeicher und wird gespeichert, sobald das wieder möglich ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message was not sent; it is back in the message box.</source>
        <translation>Ihre Nachricht wurde nicht gesendet; sie steht wieder im Nachrichtenfeld.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The chat could not be opened.</source>
        <translation>Der Chat konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Older messages could not be read.</source>
        <translation>Ältere Nachrichten konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The change to this chat was not saved.</source>
        <translation>Die Änderung an diesem Chat wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The chat was not deleted.</source>
        <translation>Der Chat wurde nicht gelöscht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The chat was not renamed.</source>
        <translation>Der Chat wurde nicht umbenannt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The chat was not brought back.</source>
        <translation>Der Chat wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wait for the current reply to finish, or stop it first.</source>
        <translation>Warten Sie, bis die aktuelle Antwort fertig ist, oder stoppen Sie sie zuerst.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing was regenerated.</source>
        <translation>Es wurde nichts neu generiert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The other version could not be shown.</source>
        <translation>Die andere Version konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The edited message was not saved or sent.</source>
        <translation>Die bearbeitete Nachricht wurde weder gespeichert noch gesendet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The message was not deleted.</source>
        <translation>Die Nachricht wurde nicht gelöscht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The message was not brought back.</source>
        <translation>Die Nachricht wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That message can no longer be brought back.</source>
        <translation>Diese Nachricht kann nicht mehr wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No model is loaded yet. Choose a model in the toolbar.</source>
        <translation>Es ist noch kein Modell geladen. Wählen Sie in der Symbolleiste ein Modell.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model is still loading; your message will be answered when it is ready.</source>
        <translation>Das Modell wird noch geladen; Ihre Nachricht wird beantwortet, sobald es bereit ist.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The reply was not started; Regenerate asks again.</source>
        <translation>Die Antwort wurde nicht gestartet; mit „Neu generieren“ fragen Sie erneut.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>the server&apos;s stream broke off</source>
        <translation>der Datenstrom des Servers ist abgebrochen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Ponder was closed during the reply.</source>
        <translation>Ponder wurde während der Antwort geschlossen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The chat database did not finish saving in time.</source>
        <translation>Das Speichern in der Chatdatenbank wurde nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{problem} {consequence}</source>
        <comment>what went wrong, then what it means</comment>
        <translation>{problem} {consequence}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chats are being saved again.</source>
        <translation>Chats werden wieder gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New chat</source>
        <comment>the title of a chat that has none yet</comment>
        <translation>Neuer Chat</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../ui/chat_view.py" line="+100"/>
        <source>Type a message below to start.</source>
        <translation>Schreiben Sie unten eine Nachricht, um zu beginnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading earlier messages…</source>
        <translation>Frühere Nachrichten werden geladen…</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <location filename="../../ui/markdown_render.py" line="+164"/>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>code</source>
        <comment>header of a code block whose language is not named</comment>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>Components</name>
    <message>
        <location filename="../../app/components.py" line="+37"/>
        <source>not installed</source>
        <comment>a component&apos;s version</comment>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bundled</source>
        <comment>a component&apos;s version</comment>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>used unmodified as separate shared libraries, which you may replace with your own build</source>
        <translation>unverändert als separate gemeinsam genutzte Bibliotheken verwendet, die Sie durch selbst kompilierte Versionen ersetzen können</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>via {package}</source>
        <comment>a component&apos;s version: it comes inside that package</comment>
        <translation>über {package}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the starter model, by Hugging Face</source>
        <translation>das Startmodell, von Hugging Face</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../ui/composer.py" line="+58"/>
        <source>No task preset</source>
        <translation>Keine Aufgabenvorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task: math</source>
        <translation>Aufgabe: Mathematik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task: code</source>
        <translation>Aufgabe: Programmierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task: science</source>
        <translation>Aufgabe: Naturwissenschaft</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Message Ponder…  (Shift+Enter: new line)</source>
        <translation>Nachricht an Ponder…  (Umschalt+Enter: neue Zeile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter sends, Shift+Enter starts a new line, Tab leaves the box</source>
        <translation>Enter sendet, Umschalt+Enter beginnt eine neue Zeile, Tab verlässt das Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <comment>accessible name of the box where the user writes</comment>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <comment>button: send the message</comment>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <comment>button: stop the reply</comment>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the reply (Esc)</source>
        <translation>Antwort stoppen (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer now</source>
        <translation>Jetzt antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop thinking and answer now</source>
        <translation>Denken beenden und jetzt antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop thinking and answer now (Ctrl+Shift+A)</source>
        <translation>Denken beenden und jetzt antworten (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Task preset</source>
        <translation>Aufgabenvorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model card&apos;s instruction for this kind of task, put before your question (Heavy mode&apos;s judge uses its math prompt for math and science)</source>
        <translation>Die Anweisung aus der Modellkarte für diese Art von Aufgabe, die Ihrer Frage vorangestellt wird (der Bewerter im Intensivmodus verwendet für Mathematik und Naturwissenschaft seinen Mathematik-Prompt)</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location filename="../../ui/conversation_list.py" line="+129"/>
        <source>{title}
Last changed {when}</source>
        <comment>a chat in the list</comment>
        <translation>{title}
Zuletzt geändert: {when}</translation>
    </message>
</context>
<context>
    <name>ConversationPanel</name>
    <message>
        <location line="+48"/>
        <source>Search chats</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat (Ctrl+N)</source>
        <translation>Neuer Chat (Strg+N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter opens the chat, F2 renames it, Delete deletes it</source>
        <translation>Enter öffnet den Chat, F2 benennt ihn um, Entf löscht ihn</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Rename</source>
        <comment>menu: rename a chat</comment>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <comment>menu: delete a chat</comment>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <location filename="../../ui/answer_view.py" line="-113"/>
        <source>Copy</source>
        <comment>button: copy text to the clipboard</comment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <comment>said for a moment after copying to the clipboard</comment>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <location filename="../../app/startup.py" line="+37"/>
        <source>Ponder can move it aside (renamed, nothing is deleted) and start with no chats.</source>
        <translation>Ponder kann sie beiseitelegen (sie wird umbenannt, nichts wird gelöscht) und ohne Chats starten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ponder can run without saving: chats then last until you quit.</source>
        <translation>Ponder kann ohne Speichern laufen: Chats bleiben dann nur bis zum Beenden erhalten.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Ponder is already open with the data folder {folder} (process {pid}). Use that window, or close it and start Ponder again.</source>
        <translation>Ponder ist bereits mit dem Datenordner {folder} geöffnet (Prozess {pid}). Verwenden Sie dieses Fenster, oder schließen Sie es und starten Sie Ponder erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ponder is already open with the data folder {folder}. Use that window, or close it and start Ponder again.</source>
        <translation>Ponder ist bereits mit dem Datenordner {folder} geöffnet. Verwenden Sie dieses Fenster, oder schließen Sie es und starten Sie Ponder erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ponder cannot write in its data folder {folder} (the lock file {file} cannot be created). Check the folder&apos;s permissions.</source>
        <translation>Ponder kann nicht in seinen Datenordner {folder} schreiben (die Sperrdatei {file} kann nicht erstellt werden). Prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The damaged chat database was moved to {path}; Ponder started with no chats.</source>
        <translation>Die beschädigte Chatdatenbank wurde nach {path} verschoben; Ponder wurde ohne Chats gestartet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ponder cannot open your chats</source>
        <translation>Ponder kann Ihre Chats nicht öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chats are not saved in this session; they last until you quit.</source>
        <translation>Chats werden in dieser Sitzung nicht gespeichert; sie bleiben nur bis zum Beenden erhalten.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n reply(ies) were cut off when Ponder last closed; they are kept, marked interrupted.</source>
        <translation>
            <numerusform>%n Antwort wurde beim letzten Beenden von Ponder abgeschnitten; sie bleibt erhalten und ist als unterbrochen markiert.</numerusform>
            <numerusform>%n Antworten wurden beim letzten Beenden von Ponder abgeschnitten; sie bleiben erhalten und sind als unterbrochen markiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ponder cannot start</source>
        <translation>Ponder kann nicht starten</translation>
    </message>
</context>
<context>
    <name>DownloadsController</name>
    <message>
        <location filename="../../app/downloads_controller.py" line="+138"/>
        <source>Refused: {reason}.</source>
        <translation>Abgelehnt: {reason}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Paused; the partial file is kept.</source>
        <translation>Pausiert; die unvollständige Datei bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled. The partial file is kept.</source>
        <translation>Abgebrochen. Die unvollständige Datei bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled. The partial file could not be removed: {error}.</source>
        <translation>Abgebrochen. Die unvollständige Datei konnte nicht entfernt werden: {error}.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The search failed: {kind}: {error}</source>
        <translation>Die Suche ist fehlgeschlagen: {kind}: {error}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Stopped before it started.</source>
        <translation>Vor dem Start gestoppt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verified.</source>
        <comment>a downloaded model&apos;s checksum</comment>
        <translation>Überprüft.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The download failed ({kind}): {error}: {file}.</source>
        <translation>Der Download ist fehlgeschlagen ({kind}): {error}: {file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The download failed ({kind}): {error}.</source>
        <translation>Der Download ist fehlgeschlagen ({kind}): {error}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download failed unexpectedly: {kind}: {error}</source>
        <translation>Der Download ist unerwartet fehlgeschlagen: {kind}: {error}</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../../engine/backend_info.py" line="+47"/>
        <source>CPU: this build of Ponder has no GPU support; install the CUDA build to use the {gpus}</source>
        <translation>CPU: Diese Ponder-Version unterstützt keine GPU; installieren Sie die CUDA-Version, um {gpus} zu nutzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{backend}: all {layers} layers on {where}</source>
        <translation>{backend}: alle {layers} Schichten auf {where}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{backend} and CPU: {layers} of {total} layers on {where}; the rest did not fit in GPU memory</source>
        <translation>{backend} und CPU: {layers} von {total} Schichten auf {where}; der Rest passte nicht in den GPU-Speicher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{backend} and CPU: {layers} of {total} layers on {where}; as set in Settings</source>
        <translation>{backend} und CPU: {layers} von {total} Schichten auf {where}; wie in den Einstellungen festgelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU: the NVIDIA driver is too old for this build&apos;s CUDA; update the driver</source>
        <translation>CPU: Der NVIDIA-Treiber ist zu alt für die CUDA-Version dieser Ponder-Ausgabe; aktualisieren Sie den Treiber</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CPU: the model did not fit in GPU memory</source>
        <translation>CPU: Das Modell passte nicht in den GPU-Speicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU: GPU layers are set to 0 in Settings</source>
        <translation>CPU: GPU-Schichten sind in den Einstellungen auf 0 gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU: no NVIDIA GPU or driver was found</source>
        <translation>CPU: Keine NVIDIA-GPU und kein NVIDIA-Treiber gefunden</translation>
    </message>
    <message>
        <location filename="../../engine/catalog.py" line="+14"/>
        <source>fits on GPU</source>
        <translation>passt auf die GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partial offload</source>
        <translation>teilweise auf der GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU only (slow)</source>
        <translation>nur CPU (langsam)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not fit</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + {overhead:.1f} overhead); {free:.1f} GiB free on {gpu}</source>
        <translation>benötigt {need:.1f} GiB ({weights:.1f} Gewichte + {kv:.2f} KV-Cache bei {ctx:,} Tokens + {overhead:.1f} Zusatzbedarf); {free:.1f} GiB frei auf {gpu}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + {overhead:.1f} overhead); about {share:.0%} of the layers fit in {free:.1f} GiB of GPU memory</source>
        <translation>benötigt {need:.1f} GiB ({weights:.1f} Gewichte + {kv:.2f} KV-Cache bei {ctx:,} Tokens + {overhead:.1f} Zusatzbedarf); etwa {share:.0%} der Schichten passen in {free:.1f} GiB GPU-Speicher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + {overhead:.1f} overhead); no NVIDIA GPU found, {ram:.1f} GiB RAM free</source>
        <translation>benötigt {need:.1f} GiB ({weights:.1f} Gewichte + {kv:.2f} KV-Cache bei {ctx:,} Tokens + {overhead:.1f} Zusatzbedarf); keine NVIDIA-GPU gefunden, {ram:.1f} GiB RAM frei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + {overhead:.1f} overhead); too big for the GPU, {ram:.1f} GiB RAM free</source>
        <translation>benötigt {need:.1f} GiB ({weights:.1f} Gewichte + {kv:.2f} KV-Cache bei {ctx:,} Tokens + {overhead:.1f} Zusatzbedarf); zu groß für die GPU, {ram:.1f} GiB RAM frei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + {overhead:.1f} overhead); only {free:.1f} GiB GPU + {ram:.1f} GiB RAM free</source>
        <translation>benötigt {need:.1f} GiB ({weights:.1f} Gewichte + {kv:.2f} KV-Cache bei {ctx:,} Tokens + {overhead:.1f} Zusatzbedarf); nur {free:.1f} GiB GPU + {ram:.1f} GiB RAM frei</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{model} is released by NVIDIA under the {licence}. Read it at {url} and {llama_url}. Downloading the model means you accept its terms.</source>
        <translation>NVIDIA veröffentlicht {model} unter der {licence}. Sie finden sie unter {url} und {llama_url}. Mit dem Herunterladen des Modells akzeptieren Sie deren Bedingungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} is released by NVIDIA under the {licence}. Read it at {url}. Downloading the model means you accept its terms.</source>
        <translation>NVIDIA veröffentlicht {model} unter der {licence}. Sie finden sie unter {url}. Mit dem Herunterladen des Modells akzeptieren Sie deren Bedingungen.</translation>
    </message>
    <message>
        <location filename="../../engine/client.py" line="+34"/>
        <source>the engine process is not running</source>
        <translation>der Engine-Prozess läuft nicht</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The engine process stopped unexpectedly: it was killed by signal {signal}. Last words: {words}</source>
        <translation>Der Engine-Prozess wurde unerwartet beendet: Er wurde durch Signal {signal} abgebrochen. Letzte Ausgabe: {words}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine process stopped unexpectedly: it was killed by signal {signal}.</source>
        <translation>Der Engine-Prozess wurde unerwartet beendet: Er wurde durch Signal {signal} abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine process stopped unexpectedly: it was killed by {signal}. Last words: {words}</source>
        <translation>Der Engine-Prozess wurde unerwartet beendet: Er wurde durch {signal} abgebrochen. Letzte Ausgabe: {words}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine process stopped unexpectedly: it was killed by {signal}.</source>
        <translation>Der Engine-Prozess wurde unerwartet beendet: Er wurde durch {signal} abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine process stopped unexpectedly: it exited with code {code}. Last words: {words}</source>
        <translation>Der Engine-Prozess wurde unerwartet beendet: Er endete mit Code {code}. Letzte Ausgabe: {words}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine process stopped unexpectedly: it exited with code {code}.</source>
        <translation>Der Engine-Prozess wurde unerwartet beendet: Er endete mit Code {code}.</translation>
    </message>
    <message>
        <location filename="../../engine/downloads.py" line="+151"/>
        <source>HF_ENDPOINT {url} is not an http(s) address.</source>
        <translation>HF_ENDPOINT {url} ist keine HTTP(S)-Adresse.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{hub} did not answer about {file} within {seconds:.0f} s; try again later.</source>
        <translation>{hub} hat innerhalb von {seconds:.0f} s nicht zu {file} geantwortet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{hub} did not answer the request within {seconds:.0f} s; try again later.</source>
        <translation>{hub} hat innerhalb von {seconds:.0f} s nicht auf die Anfrage geantwortet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Offline mode is on: Ponder makes no network calls.</source>
        <translation>Der Offlinemodus ist aktiv: Ponder stellt keine Netzwerkverbindungen her.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{file} has no SHA-256 checksum on the hub, so it cannot be verified; Ponder does not use unverified models.</source>
        <translation>Für {file} gibt es auf dem Hub keine SHA-256-Prüfsumme, daher kann die Datei nicht überprüft werden; Ponder verwendet keine ungeprüften Modelle.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{repo} needs a Hugging Face token with access, and its licence may have to be accepted first at {page}.</source>
        <translation>{repo} erfordert ein Hugging-Face-Token mit Zugriffsrecht; eventuell muss zuerst die Lizenz unter {page} akzeptiert werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file list was not found in {repo}.</source>
        <translation>die Dateiliste wurde in {repo} nicht gefunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hub is busy (HTTP {code}); try again in {seconds:.0f} s.</source>
        <translation>Der Hub ist ausgelastet (HTTP {code}); versuchen Sie es in {seconds:.0f} s erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hub is busy (HTTP {code}); try again later.</source>
        <translation>Der Hub ist ausgelastet (HTTP {code}); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hub answered HTTP {code} for the file list.</source>
        <translation>Der Hub hat auf die Anfrage nach der Dateiliste mit HTTP {code} geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hub answered HTTP {code} for {file}.</source>
        <translation>Der Hub hat für {file} mit HTTP {code} geantwortet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The hub&apos;s answer was larger than {mib} MiB; it was not read.</source>
        <translation>Die Antwort des Hubs war größer als {mib} MiB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hub sent an answer that is not valid JSON.</source>
        <translation>Der Hub hat eine Antwort gesendet, die kein gültiges JSON ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The hub sent an unreadable file list for {repo}.</source>
        <translation>Der Hub hat eine unlesbare Dateiliste für {repo} gesendet.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{file} is empty on the hub; it is not a model.</source>
        <translation>{file} ist auf dem Hub leer; das ist kein Modell.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{file} failed verification (SHA-256 mismatch); the download was deleted. Try again.</source>
        <translation>{file} hat die Überprüfung nicht bestanden (SHA-256 stimmt nicht überein); der Download wurde gelöscht. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot move the verified download to {target}: {reason}; the verified file is kept as {part}.</source>
        <translation>Der überprüfte Download kann nicht nach {target} verschoben werden: {reason}; die überprüfte Datei bleibt als {part} erhalten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot check the free space in {folder}: {reason}.</source>
        <translation>Der freie Speicherplatz in {folder} kann nicht ermittelt werden: {reason}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not enough disk space: {need:.2f} GiB needed, {free:.2f} GiB free in {folder}.</source>
        <translation>Nicht genügend Speicherplatz: {need:.2f} GiB benötigt, {free:.2f} GiB frei in {folder}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{file}: Ponder does not follow the server&apos;s redirects (a loop, more than {max}, or not to an http(s) address).</source>
        <translation>{file}: Ponder folgt den Weiterleitungen des Servers nicht (eine Schleife, mehr als {max} oder nicht zu einer HTTP(S)-Adresse).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The disk is full; the partial file is kept and the download resumes when space is free.</source>
        <translation>Der Datenträger ist voll; die unvollständige Datei bleibt erhalten, und der Download wird fortgesetzt, sobald wieder Platz frei ist.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>no answer within {seconds:.0f} s; retrying in {wait:.0f} s</source>
        <translation>keine Antwort innerhalb von {seconds:.0f} s; neuer Versuch in {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data for {seconds:.0f} s; retrying in {wait:.0f} s</source>
        <translation>{seconds:.0f} s lang keine Daten; neuer Versuch in {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slower than {rate:.0f} KiB/s for {seconds:.0f} s; retrying in {wait:.0f} s</source>
        <translation>{seconds:.0f} s lang langsamer als {rate:.0f} KiB/s; neuer Versuch in {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP {code}; retrying in {wait:.0f} s</source>
        <translation>HTTP {code}; neuer Versuch in {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server did not resume at the right place; retrying in {wait:.0f} s</source>
        <translation>der Server hat nicht an der richtigen Stelle fortgesetzt; neuer Versuch in {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection closed early; retrying in {wait:.0f} s</source>
        <translation>die Verbindung wurde vorzeitig geschlossen; neuer Versuch in {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its name could not be looked up; retrying in {wait:.0f} s</source>
        <translation>der Name konnte nicht aufgelöst werden; neuer Versuch in {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection was refused; retrying in {wait:.0f} s</source>
        <translation>die Verbindung wurde abgelehnt; neuer Versuch in {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it did not answer; retrying in {wait:.0f} s</source>
        <translation>es kam keine Antwort; neuer Versuch in {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the network is unreachable; retrying in {wait:.0f} s</source>
        <translation>das Netzwerk ist nicht erreichbar; neuer Versuch in {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}; retrying in {wait:.0f} s</source>
        <translation>{reason}; neuer Versuch in {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The download kept failing (no answer within {seconds:.0f} s); the partial file is kept and will resume next time.</source>
        <translation>Der Download ist wiederholt fehlgeschlagen (keine Antwort innerhalb von {seconds:.0f} s); die unvollständige Datei bleibt erhalten, damit der Download beim nächsten Mal fortgesetzt werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (no data for {seconds:.0f} s); the partial file is kept and will resume next time.</source>
        <translation>Der Download ist wiederholt fehlgeschlagen ({seconds:.0f} s lang keine Daten); die unvollständige Datei bleibt erhalten, damit der Download beim nächsten Mal fortgesetzt werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (slower than {rate:.0f} KiB/s for {seconds:.0f} s); the partial file is kept and will resume next time.</source>
        <translation>Der Download ist wiederholt fehlgeschlagen ({seconds:.0f} s lang langsamer als {rate:.0f} KiB/s); die unvollständige Datei bleibt erhalten, damit der Download beim nächsten Mal fortgesetzt werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (HTTP {code}); the partial file is kept and will resume next time.</source>
        <translation>Der Download ist wiederholt fehlgeschlagen (HTTP {code}); die unvollständige Datei bleibt erhalten, damit der Download beim nächsten Mal fortgesetzt werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (the server did not resume at the right place); the partial file is kept and will resume next time.</source>
        <translation>Der Download ist wiederholt fehlgeschlagen (der Server hat nicht an der richtigen Stelle fortgesetzt); die unvollständige Datei bleibt erhalten, damit der Download beim nächsten Mal fortgesetzt werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (the connection closed early); the partial file is kept and will resume next time.</source>
        <translation>Der Download ist wiederholt fehlgeschlagen (die Verbindung wurde vorzeitig geschlossen); die unvollständige Datei bleibt erhalten, damit der Download beim nächsten Mal fortgesetzt werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (its name could not be looked up); the partial file is kept and will resume next time.</source>
        <translation>Der Download ist wiederholt fehlgeschlagen (der Name konnte nicht aufgelöst werden); die unvollständige Datei bleibt erhalten, damit der Download beim nächsten Mal fortgesetzt werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (the connection was refused); the partial file is kept and will resume next time.</source>
        <translation>Der Download ist wiederholt fehlgeschlagen (die Verbindung wurde abgelehnt); die unvollständige Datei bleibt erhalten, damit der Download beim nächsten Mal fortgesetzt werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (it did not answer); the partial file is kept and will resume next time.</source>
        <translation>Der Download ist wiederholt fehlgeschlagen (es kam keine Antwort); die unvollständige Datei bleibt erhalten, damit der Download beim nächsten Mal fortgesetzt werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (the network is unreachable); the partial file is kept and will resume next time.</source>
        <translation>Der Download ist wiederholt fehlgeschlagen (das Netzwerk ist nicht erreichbar); die unvollständige Datei bleibt erhalten, damit der Download beim nächsten Mal fortgesetzt werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing ({reason}); the partial file is kept and will resume next time.</source>
        <translation>Der Download ist wiederholt fehlgeschlagen ({reason}); die unvollständige Datei bleibt erhalten, damit der Download beim nächsten Mal fortgesetzt werden kann.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach {hub}: its name could not be looked up. Check the internet connection; models on this computer still work.</source>
        <translation>{hub} ist nicht erreichbar: Der Name konnte nicht aufgelöst werden. Prüfen Sie die Internetverbindung; Modelle auf diesem Computer funktionieren weiterhin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach {hub}: the connection was refused. Check the internet connection; models on this computer still work.</source>
        <translation>{hub} ist nicht erreichbar: Die Verbindung wurde abgelehnt. Prüfen Sie die Internetverbindung; Modelle auf diesem Computer funktionieren weiterhin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach {hub}: it did not answer. Check the internet connection; models on this computer still work.</source>
        <translation>{hub} ist nicht erreichbar: Es kam keine Antwort. Prüfen Sie die Internetverbindung; Modelle auf diesem Computer funktionieren weiterhin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach {hub}: the network is unreachable. Check the internet connection; models on this computer still work.</source>
        <translation>{hub} ist nicht erreichbar: Das Netzwerk ist nicht erreichbar. Prüfen Sie die Internetverbindung; Modelle auf diesem Computer funktionieren weiterhin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The download was cancelled; the partial file is kept.</source>
        <translation>Der Download wurde abgebrochen; die unvollständige Datei bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} was not found in {repo}.</source>
        <translation>{file} wurde in {repo} nicht gefunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}: the server redirected from https to plain http, which Ponder does not follow.</source>
        <translation>{file}: Der Server hat von HTTPS auf unverschlüsseltes HTTP weitergeleitet; dem folgt Ponder nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: the server redirected to a {scheme}: address, which Ponder does not follow.</source>
        <translation>{file}: Der Server hat auf eine {scheme}:-Adresse weitergeleitet; dem folgt Ponder nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: the server redirected to a relative: address, which Ponder does not follow.</source>
        <translation>{file}: Der Server hat auf eine relative Adresse weitergeleitet; dem folgt Ponder nicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The hub declared no valid size for {file} ({value}); it cannot be downloaded safely.</source>
        <translation>Der Hub hat keine gültige Größe für {file} angegeben ({value}); die Datei kann nicht sicher heruntergeladen werden.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Cannot reach {hub}: the server redirected from https to plain http, which Ponder does not follow</source>
        <translation>{hub} ist nicht erreichbar: Der Server hat von HTTPS auf unverschlüsseltes HTTP weitergeleitet; dem folgt Ponder nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach {hub}: the server redirected to a {scheme}: address, which Ponder does not follow</source>
        <translation>{hub} ist nicht erreichbar: Der Server hat auf eine {scheme}:-Adresse weitergeleitet; dem folgt Ponder nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach {hub}: the server redirected to a relative: address, which Ponder does not follow</source>
        <translation>{hub} ist nicht erreichbar: Der Server hat auf eine relative Adresse weitergeleitet; dem folgt Ponder nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach {hub}: {reason}</source>
        <translation>{hub} ist nicht erreichbar: {reason}</translation>
    </message>
    <message>
        <location filename="../../engine/genselect.py" line="+111"/>
        <source>unfinished</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>longer than {limit:,} characters</source>
        <translation>länger als {limit:,} Zeichen</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>no usable candidate</source>
        <translation>kein brauchbarer Kandidat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>picked {number} of {total} · by judgment</source>
        <translation>{number} von {total} gewählt · durch Bewertung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>picked {number} of {total} · by majority vote ({votes} agree)</source>
        <translation>{number} von {total} gewählt · per Mehrheitsentscheid ({votes} stimmen überein)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>picked {number} of {total} · no verdict and no comparable final answers: the first one shown</source>
        <translation>{number} von {total} gewählt · kein Urteil und keine vergleichbaren Endergebnisse: der zuerst angezeigte Kandidat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>picked {number} of {total} · the only usable one</source>
        <translation>{number} von {total} gewählt · der einzige brauchbare</translation>
    </message>
    <message>
        <location filename="../../engine/gguf_meta.py" line="+128"/>
        <source>{name}: the file is truncated (its header ends early)</source>
        <translation>{name}: Die Datei ist abgeschnitten (ihr Dateikopf endet zu früh)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: its header is corrupt (a string of {size:,} bytes)</source>
        <translation>{name}: Der Dateikopf ist beschädigt (eine Zeichenkette mit {size:,} Bytes)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: malformed metadata: {key} has an unknown value type ({type})</source>
        <translation>{name}: fehlerhafte Metadaten: {key} hat einen unbekannten Werttyp ({type})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: malformed metadata: {key} is an array of arrays, which GGUF does not allow</source>
        <translation>{name}: fehlerhafte Metadaten: {key} ist ein Array aus Arrays, was GGUF nicht erlaubt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: malformed metadata: {key} is an array of an unknown type ({type})</source>
        <translation>{name}: fehlerhafte Metadaten: {key} ist ein Array eines unbekannten Typs ({type})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: malformed metadata: {key} lists {count:,} strings (at most {limit:,}; real vocabularies have under {real:,})</source>
        <translation>{name}: fehlerhafte Metadaten: {key} enthält {count:,} Zeichenketten (höchstens {limit:,}; echte Vokabulare haben weniger als {real:,})</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{name}: malformed metadata: {key} must be a whole number from 0 to {high:,}, not {value}</source>
        <translation>{name}: fehlerhafte Metadaten: {key} muss eine ganze Zahl von 0 bis {high:,} sein, nicht {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: malformed metadata: {key} must be a whole number from 0 to {high:,}, not a list ({count:,} items)</source>
        <translation>{name}: fehlerhafte Metadaten: {key} muss eine ganze Zahl von 0 bis {high:,} sein, keine Liste ({count:,} Einträge)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name}: malformed metadata: {key} must be text, not {value}</source>
        <translation>{name}: fehlerhafte Metadaten: {key} muss Text sein, nicht {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: malformed metadata: {key} must be text, not a list ({count:,} items)</source>
        <translation>{name}: fehlerhafte Metadaten: {key} muss Text sein, keine Liste ({count:,} Einträge)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: malformed metadata: {key} is {length:,} characters long (at most {limit:,})</source>
        <translation>{name}: fehlerhafte Metadaten: {key} ist {length:,} Zeichen lang (höchstens {limit:,})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: malformed metadata: {key} has {count:,} per-layer values (at most {limit})</source>
        <translation>{name}: fehlerhafte Metadaten: {key} hat {count:,} Werte pro Schicht (höchstens {limit})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: malformed metadata: {key} must be true or false, not {value}</source>
        <translation>{name}: fehlerhafte Metadaten: {key} muss wahr oder falsch sein, nicht {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: malformed metadata: {key} must be true or false, not a list ({count:,} items)</source>
        <translation>{name}: fehlerhafte Metadaten: {key} muss wahr oder falsch sein, keine Liste ({count:,} Einträge)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: malformed metadata: {key} must be stored as uint32 (GGUF type {expected}), not as type {type}</source>
        <translation>{name}: fehlerhafte Metadaten: {key} muss als uint32 gespeichert sein (GGUF-Typ {expected}), nicht als Typ {type}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: malformed metadata: {key} must be a power of two, not {value}</source>
        <translation>{name}: fehlerhafte Metadaten: {key} muss eine Zweierpotenz sein, nicht {value}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: malformed metadata: {key} must be a list of strings, not {value}</source>
        <translation>{name}: fehlerhafte Metadaten: {key} muss eine Liste von Zeichenketten sein, nicht {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: malformed metadata: {key} must be a list of strings, not a list ({count:,} items)</source>
        <translation>{name}: fehlerhafte Metadaten: {key} muss eine Liste von Zeichenketten sein, keine Liste ({count:,} Einträge)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no such file: {path}</source>
        <translation>Datei nicht gefunden: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>cannot read {path}: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>{path} is a folder, not a GGUF model file</source>
        <translation>{path} ist ein Ordner, keine GGUF-Modelldatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a pipe, socket or device, not a GGUF model file</source>
        <translation>{path} ist eine Pipe, ein Socket oder ein Gerät, keine GGUF-Modelldatei</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is not a GGUF model (only {size} bytes)</source>
        <translation>{name} ist kein GGUF-Modell (nur {size} Bytes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a GGUF model file (wrong magic bytes)</source>
        <translation>{name} ist keine GGUF-Modelldatei (falsche Dateisignatur)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name}: malformed metadata ({error})</source>
        <translation>{name}: fehlerhafte Metadaten ({error})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: GGUF version {version} is not supported</source>
        <translation>{name}: GGUF-Version {version} wird nicht unterstützt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: its header is corrupt ({tensors:,} tensors, {keys:,} metadata keys)</source>
        <translation>{name}: Der Dateikopf ist beschädigt ({tensors:,} Tensoren, {keys:,} Metadatenschlüssel)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}: malformed metadata: an empty or repeated key ({key})</source>
        <translation>{name}: fehlerhafte Metadaten: ein leerer oder doppelter Schlüssel ({key})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: its tensor table is corrupt (a tensor with {dims:,} dimensions)</source>
        <translation>{name}: Die Tensortabelle ist beschädigt (ein Tensor mit {dims:,} Dimensionen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: its tensor table is corrupt (a tensor larger than any computer can hold)</source>
        <translation>{name}: Die Tensortabelle ist beschädigt (ein Tensor, der größer ist, als jeder Computer fassen kann)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}: the file is truncated: {missing:,} bytes of weights are missing (an interrupted download?)</source>
        <translation>{name}: Die Datei ist abgeschnitten: {missing:,} Bytes an Gewichten fehlen (ein abgebrochener Download?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: it does not name its architecture ({key})</source>
        <translation>{name}: Die Datei gibt ihre Architektur nicht an ({key})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: malformed metadata: {key} is {id:,}, but the vocabulary has only {count:,} tokens</source>
        <translation>{name}: fehlerhafte Metadaten: {key} ist {id:,}, aber das Vokabular hat nur {count:,} Tokens</translation>
    </message>
    <message>
        <location filename="../../engine/hardware.py" line="+97"/>
        <source>nvidia-smi did not answer ({error})</source>
        <translation>nvidia-smi hat nicht geantwortet ({error})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nvidia-smi failed: {output}</source>
        <translation>nvidia-smi ist fehlgeschlagen: {output}</translation>
    </message>
    <message>
        <location filename="../../engine/heavy.py" line="+108"/>
        <source>Heavy mode samples its candidates: temperature {temperature} is used instead of greedy decoding.</source>
        <translation>Der Intensivmodus erzeugt seine Kandidaten zufallsbasiert: Statt deterministischer Dekodierung wird die Temperatur {temperature} verwendet.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>stopped while judging; no answer</source>
        <translation>während der Bewertung gestoppt; keine Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped while judging; candidate {number} kept</source>
        <translation>während der Bewertung gestoppt; Kandidat {number} übernommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped after {usable} usable candidate(s); no answer</source>
        <translation>nach {usable} brauchbaren Kandidaten gestoppt; keine Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped after {usable} usable candidate(s); candidate {number} kept</source>
        <translation>nach {usable} brauchbaren Kandidaten gestoppt; Kandidat {number} übernommen</translation>
    </message>
    <message>
        <location filename="../../engine/limits.py" line="+55"/>
        <source>{setting} must be a sentence of at most {limit} characters</source>
        <translation>{setting} muss ein Satz mit höchstens {limit} Zeichen sein</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a context of {n_ctx:,} tokens is more than {model} was trained for ({trained:,} tokens)</source>
        <translation>ein Kontext von {n_ctx:,} Tokens übersteigt das, wofür {model} trainiert wurde ({trained:,} Tokens)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a context of {n_ctx:,} tokens needs about {need:.1f} GiB for its KV cache, but only {memory:.1f} GiB of memory is free (RAM and GPU together); the largest context that fits is {fits:,} tokens</source>
        <translation>ein Kontext von {n_ctx:,} Tokens benötigt etwa {need:.1f} GiB für seinen KV-Cache, aber nur {memory:.1f} GiB Speicher sind frei (RAM und GPU zusammen); der größte passende Kontext hat {fits:,} Tokens</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>threads must be a whole number from 0 to {cpus:,}, not {value} (this computer has {cpus} CPUs; 0 uses one thread per physical core)</source>
        <translation>die Anzahl der Threads muss eine ganze Zahl von 0 bis {cpus:,} sein, nicht {value} (dieser Computer hat {cpus} CPUs; 0 verwendet einen Thread pro physischem Kern)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>GPU layers must be &apos;auto&apos;, -1 (all) or a number of layers, not {value}</source>
        <translation>GPU-Schichten müssen „auto“, -1 (alle) oder eine Anzahl von Schichten sein, nicht {value}</translation>
    </message>
    <message>
        <location filename="../../engine/llama_backend.py" line="+159"/>
        <source>the model&apos;s file name {path} is not valid UTF-8, which llama.cpp cannot open; rename the file</source>
        <translation>der Dateiname des Modells {path} ist kein gültiges UTF-8, daher kann llama.cpp ihn nicht öffnen; benennen Sie die Datei um</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>could not load {name}: {reason}</source>
        <translation>{name} konnte nicht geladen werden: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loading with all GPU layers failed ({reason}); retrying with fewer</source>
        <translation>Laden mit allen GPU-Schichten fehlgeschlagen ({reason}); neuer Versuch mit weniger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading with {layers} GPU layers failed ({reason}); retrying with fewer</source>
        <translation>Laden mit {layers} GPU-Schichten fehlgeschlagen ({reason}); neuer Versuch mit weniger</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>the model&apos;s chat template produced an empty prompt, so there is nothing to answer; the template in the model file is broken</source>
        <translation>die Chatvorlage des Modells hat einen leeren Prompt erzeugt, daher gibt es nichts zu beantworten; die Vorlage in der Modelldatei ist fehlerhaft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the message is too long: the prompt needs more characters than any context holds but the context holds {n_ctx:,} (with {reserve:,} kept for the reply). Shorten it or raise the context size.</source>
        <translation>die Nachricht ist zu lang: Der Prompt braucht mehr Zeichen, als irgendein Kontext fassen kann, der Kontext fasst aber {n_ctx:,} Tokens (davon {reserve:,} für die Antwort reserviert). Kürzen Sie die Nachricht oder vergrößern Sie den Kontext.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the message is too long: the prompt needs {tokens:,} tokens but the context holds {n_ctx:,} (with {reserve:,} kept for the reply). Shorten it or raise the context size.</source>
        <translation>die Nachricht ist zu lang: Der Prompt braucht {tokens:,} Tokens, der Kontext fasst aber nur {n_ctx:,} (davon {reserve:,} für die Antwort reserviert). Kürzen Sie die Nachricht oder vergrößern Sie den Kontext.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>llama.cpp failed to evaluate the prompt: {error}</source>
        <translation>llama.cpp konnte den Prompt nicht auswerten: {error}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>no model is loaded</source>
        <translation>kein Modell geladen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the message is empty</source>
        <translation>die Nachricht ist leer</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the conversation no longer fits the context: the oldest {dropped} message(s) were left out</source>
        <translation>der Chatverlauf passt nicht mehr in den Kontext: Ältere Nachrichten wurden ausgelassen ({dropped})</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>llama.cpp could not restore the prompt&apos;s state for the next candidate</source>
        <translation>llama.cpp konnte den Zustand des Prompts für den nächsten Kandidaten nicht wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>llama.cpp could not cut the cache back to the prompt for the next candidate</source>
        <translation>llama.cpp konnte den Cache für den nächsten Kandidaten nicht auf den Prompt zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../engine/local_models.py" line="+82"/>
        <source>cannot read this folder: {reason}</source>
        <translation>dieser Ordner kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../engine/paths.py" line="+43"/>
        <source>Ponder&apos;s data folder {folder} cannot be used: {blocker} is a file, not a folder. Move that file away, or set PONDER_HOME to another folder.</source>
        <translation>Ponders Datenordner {folder} kann nicht verwendet werden: {blocker} ist eine Datei, kein Ordner. Verschieben Sie diese Datei, oder legen Sie mit PONDER_HOME einen anderen Ordner fest.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ponder&apos;s data folder {folder} cannot be created ({reason}). Check its permissions, or set PONDER_HOME to another folder.</source>
        <translation>Ponders Datenordner {folder} kann nicht angelegt werden ({reason}). Prüfen Sie die Berechtigungen, oder legen Sie mit PONDER_HOME einen anderen Ordner fest.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ponder&apos;s models folder {folder} is a file, not a folder. Move that file away.</source>
        <translation>Ponders Modellordner {folder} ist eine Datei, kein Ordner. Verschieben Sie diese Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ponder&apos;s models folder {folder} cannot be created ({reason}).</source>
        <translation>Ponders Modellordner {folder} kann nicht angelegt werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../engine/profiles.py" line="+125"/>
        <source>the task {task} has no preset for {label} models (presets: none)</source>
        <translation>für die Aufgabe {task} gibt es keine Vorlage für {label}-Modelle (Vorlagen: keine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the task {task} has no preset for {label} models (presets: {known})</source>
        <translation>für die Aufgabe {task} gibt es keine Vorlage für {label}-Modelle (Vorlagen: {known})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Thinking model</source>
        <translation>Denkmodell</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Chat model</source>
        <translation>Chatmodell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this model does not reason: the reasoning controls are off</source>
        <translation>dieses Modell denkt nicht nach: Die Einstellungen für das Denken sind deaktiviert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown model family {family} (known: {names})</source>
        <translation>unbekannte Modellfamilie {family} (bekannt: {names})</translation>
    </message>
    <message>
        <location filename="../../engine/remote.py" line="+284"/>
        <source>{host} does not serve the model {model}. Its models: none.</source>
        <translation>{host} stellt das Modell {model} nicht bereit. Verfügbare Modelle: keine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} does not serve the model {model}. Its models: {models}.</source>
        <translation>{host} stellt das Modell {model} nicht bereit. Verfügbare Modelle: {models}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No chat template is known for {model}: a thinking budget will be sent to the server but cannot be enforced by Ponder if the server ignores it.</source>
        <translation>Für {model} ist keine Chatvorlage bekannt: Ein Denkbudget wird an den Server gesendet, doch Ponder kann es nicht durchsetzen, falls der Server es ignoriert.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Heavy mode runs on a local model only: it continues every candidate from one evaluated prompt, which a server does not share. Turn Heavy off or choose a local model.</source>
        <translation>Der Intensivmodus funktioniert nur mit einem lokalen Modell: Er setzt jeden Kandidaten von einem einmal ausgewerteten Prompt aus fort, und diesen Zustand teilt ein Server nicht. Schalten Sie den Intensivmodus aus, oder wählen Sie ein lokales Modell.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The budget cannot be applied: {server} takes no budget field and no chat template is known for {model}. Choose the model&apos;s family for this server.</source>
        <translation>Das Budget kann nicht angewendet werden: {server} akzeptiert kein Budgetfeld, und für {model} ist keine Chatvorlage bekannt. Wählen Sie die Modellfamilie für diesen Server.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{host} offers no usable /v1/completions: {error}</source>
        <translation>{host} bietet kein nutzbares /v1/completions: {error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the conversation is too long for {model} on {host}: its context holds {context:,} tokens. Start a new chat or shorten the message.</source>
        <translation>der Chatverlauf ist zu lang für {model} auf {host}: Der Kontext fasst {context:,} Tokens. Beginnen Sie einen neuen Chat, oder kürzen Sie die Nachricht.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Answer now is not possible here: no chat template is known for {model}. Choose the model&apos;s family for this server.</source>
        <translation>„Jetzt antworten“ ist hier nicht möglich: Für {model} ist keine Chatvorlage bekannt. Wählen Sie die Modellfamilie für diesen Server.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The reply from {host} broke off: {error} What arrived is kept.</source>
        <translation>Die Antwort von {host} ist abgebrochen: {error} Was bereits angekommen ist, bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The reply from {host} ended without finishing (the stream was cut). What arrived is kept.</source>
        <translation>Die Antwort von {host} endete unvollständig (der Datenstrom wurde unterbrochen). Was bereits angekommen ist, bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} aborted the reply. What arrived is kept.</source>
        <translation>{host} hat die Antwort abgebrochen. Was bereits angekommen ist, bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{host} ignored the thinking budget field; Ponder ended the reasoning itself.</source>
        <translation>{host} hat das Feld für das Denkbudget ignoriert; Ponder hat den Denkprozess selbst beendet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The reasoning was closed but {host} could not continue it: it offers no usable /v1/completions ({error}). The budget cannot give an answer on this server.</source>
        <translation>Der Denkprozess wurde abgeschlossen, aber {host} konnte ihn nicht fortsetzen: Der Server bietet kein nutzbares /v1/completions ({error}). Mit Budget ist auf diesem Server keine Antwort möglich.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{host} did not answer with a stream ({reason})</source>
        <translation>{host} hat nicht mit einem Datenstrom geantwortet ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the stream from {host} was closed</source>
        <translation>der Datenstrom von {host} wurde geschlossen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{host} sent a stream event Ponder cannot read: {data}</source>
        <translation>{host} hat im Datenstrom ein Ereignis gesendet, das Ponder nicht lesen kann: {data}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} sent a stream event that is not an object: {data}</source>
        <translation>{host} hat im Datenstrom ein Ereignis gesendet, das kein Objekt ist: {data}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{host} sent a stream event Ponder cannot read (choices is not a list of objects).</source>
        <translation>{host} hat im Datenstrom ein Ereignis gesendet, das Ponder nicht lesen kann (choices ist keine Liste von Objekten).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{host} reported an error mid-reply: {said}</source>
        <translation>{host} hat während der Antwort einen Fehler gemeldet: {said}</translation>
    </message>
    <message>
        <location filename="../../engine/remote_endpoints.py" line="+44"/>
        <source>llama.cpp server</source>
        <translation>llama.cpp-Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI-kompatibler Server</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{engine} {version}</source>
        <translation>{engine} {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{engine} · reasoning in `reasoning` · budget: {budget}</source>
        <translation>{engine} · Denkprozess in `reasoning` · Budget: {budget}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{engine} · reasoning in `reasoning_content` · budget: {budget}</source>
        <translation>{engine} · Denkprozess in `reasoning_content` · Budget: {budget}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{engine} · reasoning as think tags in the answer · budget: {budget}</source>
        <translation>{engine} · Denkprozess als think-Tags in der Antwort · Budget: {budget}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{engine} · reasoning field not seen yet · budget: {budget}</source>
        <translation>{engine} · Feld für den Denkprozess noch nicht gesehen · Budget: {budget}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the server&apos;s address is empty</source>
        <translation>die Adresse des Servers ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{address} is not a web address: start it with http:// or https://</source>
        <translation>{address} ist keine Webadresse: Sie muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only http:// and https:// servers are supported, not {scheme}://</source>
        <translation>nur http://- und https://-Server werden unterstützt, nicht {scheme}://</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{address} names no host</source>
        <translation>in {address} fehlt der Hostname</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} is not a valid host name</source>
        <translation>{host} ist kein gültiger Hostname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>put the API key in the key field, not in the address</source>
        <translation>tragen Sie den API-Schlüssel in das Schlüsselfeld ein, nicht in die Adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{address} has an invalid port</source>
        <translation>{address} hat einen ungültigen Port</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a server&apos;s name is 1 to {max} letters, digits, spaces or . @ ( ) + - _, starting with a letter or digit; not {name}</source>
        <translation>ein Servername besteht aus 1 bis {max} Buchstaben, Ziffern, Leerzeichen oder . @ ( ) + - _ und beginnt mit einem Buchstaben oder einer Ziffer; {name} ist ungültig</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The list of servers ({path}) could not be read: {reason}</source>
        <translation>Die Serverliste ({path}) konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The list of servers ({path}) is damaged; it was not read.</source>
        <translation>Die Serverliste ({path}) ist beschädigt; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the CA file {path} does not exist</source>
        <translation>die CA-Datei {path} existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a server named {name} already exists</source>
        <translation>ein Server namens {name} existiert bereits</translation>
    </message>
    <message>
        <location filename="../../engine/remote_http.py" line="+50"/>
        <source>the CA file {path} could not be read: {reason}</source>
        <translation>die CA-Datei {path} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The certificate of {host} could not be verified ({reason}). If the server uses a private certificate authority, name its CA file in the server&apos;s settings.</source>
        <translation>Das Zertifikat von {host} konnte nicht überprüft werden ({reason}). Falls der Server eine private Zertifizierungsstelle verwendet, geben Sie deren CA-Datei in den Servereinstellungen an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A secure connection to {host} failed: {reason}. Check that the address starts with the right scheme (http or https).</source>
        <translation>Eine sichere Verbindung zu {host} ist fehlgeschlagen: {reason}. Prüfen Sie, ob die Adresse mit dem richtigen Schema beginnt (http oder https).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{host} did not answer within {seconds:.0f} s. Check the address and that the server is running.</source>
        <translation>{host} hat nicht innerhalb von {seconds:.0f} s geantwortet. Prüfen Sie die Adresse und ob der Server läuft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} stopped sending (nothing arrived for too long).</source>
        <translation>{host} sendet nicht mehr (zu lange kam nichts an).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} took too long to answer.</source>
        <translation>{host} hat zu lange für die Antwort gebraucht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach {host}: its name could not be resolved.</source>
        <translation>{host} ist nicht erreichbar: Der Name konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach {host}: the connection was refused (is the server running on that port?).</source>
        <translation>{host} ist nicht erreichbar: Die Verbindung wurde abgelehnt (läuft der Server auf diesem Port?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach {host}: {reason}.</source>
        <translation>{host} ist nicht erreichbar: {reason}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} closed the connection unexpectedly.</source>
        <translation>{host} hat die Verbindung unerwartet geschlossen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to {host} failed: {reason}.</source>
        <translation>Die Verbindung zu {host} ist fehlgeschlagen: {reason}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{host} redirected the request to another address. Ponder does not follow redirects: add the final address as the server instead.</source>
        <translation>{host} hat die Anfrage an eine andere Adresse weitergeleitet. Ponder folgt keinen Weiterleitungen: Fügen Sie stattdessen die endgültige Adresse als Server hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} redirected the request to {where}. Ponder does not follow redirects: add the final address as the server instead.</source>
        <translation>{host} hat die Anfrage an {where} weitergeleitet. Ponder folgt keinen Weiterleitungen: Fügen Sie stattdessen die endgültige Adresse als Server hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} refused the request: an API key is needed or the key is wrong (401 Unauthorized).</source>
        <translation>{host} hat die Anfrage abgelehnt: Ein API-Schlüssel ist erforderlich oder der Schlüssel ist falsch (401, nicht autorisiert).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} refused the request: an API key is needed or the key is wrong (401 Unauthorized). The server said: {said}</source>
        <translation>{host} hat die Anfrage abgelehnt: Ein API-Schlüssel ist erforderlich oder der Schlüssel ist falsch (401, nicht autorisiert). Der Server meldete: {said}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} denied access with this key (403 Forbidden).</source>
        <translation>{host} verweigert den Zugriff mit diesem Schlüssel (403, Zugriff verboten).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} denied access with this key (403 Forbidden). The server said: {said}</source>
        <translation>{host} verweigert den Zugriff mit diesem Schlüssel (403, Zugriff verboten). Der Server meldete: {said}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} does not serve the model {model} (404). Choose one of the server&apos;s models.</source>
        <translation>{host} stellt das Modell {model} nicht bereit (404). Wählen Sie eines der Modelle des Servers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} does not serve the model {model} (404). The server said: {said} Choose one of the server&apos;s models.</source>
        <translation>{host} stellt das Modell {model} nicht bereit (404). Der Server meldete: {said} Wählen Sie eines der Modelle des Servers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} has no OpenAI-compatible API at this address (404). Check the address (most servers end in /v1).</source>
        <translation>{host} bietet unter dieser Adresse keine OpenAI-kompatible API (404). Prüfen Sie die Adresse (bei den meisten Servern endet sie auf /v1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} has no OpenAI-compatible API at this address (404). Check the address (most servers end in /v1). The server said: {said}</source>
        <translation>{host} bietet unter dieser Adresse keine OpenAI-kompatible API (404). Prüfen Sie die Adresse (bei den meisten Servern endet sie auf /v1). Der Server meldete: {said}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{host} rejected the request ({code}).</source>
        <translation>{host} hat die Anfrage abgewiesen ({code}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} rejected the request ({code}). The server said: {said}</source>
        <translation>{host} hat die Anfrage abgewiesen ({code}). Der Server meldete: {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} failed with a server error ({code}).</source>
        <translation>Bei {host} ist ein Serverfehler aufgetreten ({code}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} failed with a server error ({code}). The server said: {said}</source>
        <translation>Bei {host} ist ein Serverfehler aufgetreten ({code}). Der Server meldete: {said}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{host} is rate-limiting requests (429). Try again later.</source>
        <translation>{host} begrenzt die Zahl der Anfragen (429). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} is rate-limiting requests (429). Try again later. The server said: {said}</source>
        <translation>{host} begrenzt die Zahl der Anfragen (429). Versuchen Sie es später erneut. Der Server meldete: {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is rate-limiting requests (429). Try again in {seconds:.0f} s.</source>
        <translation>{host} begrenzt die Zahl der Anfragen (429). Versuchen Sie es in {seconds:.0f} s erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} is rate-limiting requests (429). Try again in {seconds:.0f} s. The server said: {said}</source>
        <translation>{host} begrenzt die Zahl der Anfragen (429). Versuchen Sie es in {seconds:.0f} s erneut. Der Server meldete: {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is rate-limiting requests (429). Try again in {seconds:.0f} s. Waiting {seconds:.0f} s before asking again…</source>
        <translation>{host} begrenzt die Zahl der Anfragen (429). Versuchen Sie es in {seconds:.0f} s erneut. Neue Anfrage in {seconds:.0f} s…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is rate-limiting requests (429). Try again in {seconds:.0f} s. The server said: {said} Waiting {seconds:.0f} s before asking again…</source>
        <translation>{host} begrenzt die Zahl der Anfragen (429). Versuchen Sie es in {seconds:.0f} s erneut. Der Server meldete: {said} Neue Anfrage in {seconds:.0f} s…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} is busy or still loading (503). Try again later.</source>
        <translation>{host} ist ausgelastet oder lädt noch (503). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} is busy or still loading (503). Try again later. The server said: {said}</source>
        <translation>{host} ist ausgelastet oder lädt noch (503). Versuchen Sie es später erneut. Der Server meldete: {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is busy or still loading (503). Try again in {seconds:.0f} s.</source>
        <translation>{host} ist ausgelastet oder lädt noch (503). Versuchen Sie es in {seconds:.0f} s erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} is busy or still loading (503). Try again in {seconds:.0f} s. The server said: {said}</source>
        <translation>{host} ist ausgelastet oder lädt noch (503). Versuchen Sie es in {seconds:.0f} s erneut. Der Server meldete: {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is busy or still loading (503). Try again in {seconds:.0f} s. Waiting {seconds:.0f} s before asking again…</source>
        <translation>{host} ist ausgelastet oder lädt noch (503). Versuchen Sie es in {seconds:.0f} s erneut. Neue Anfrage in {seconds:.0f} s…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is busy or still loading (503). Try again in {seconds:.0f} s. The server said: {said} Waiting {seconds:.0f} s before asking again…</source>
        <translation>{host} ist ausgelastet oder lädt noch (503). Versuchen Sie es in {seconds:.0f} s erneut. Der Server meldete: {said} Neue Anfrage in {seconds:.0f} s…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{host} has no model list at {url}: it does not look like an OpenAI-compatible server. Check the address (most end in /v1).</source>
        <translation>{host} hat unter {url} keine Modellliste: Das sieht nicht nach einem OpenAI-kompatiblen Server aus. Prüfen Sie die Adresse (die meisten enden auf /v1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{host} sent a model list Ponder cannot read.</source>
        <translation>{host} hat eine Modellliste gesendet, die Ponder nicht lesen kann.</translation>
    </message>
    <message>
        <location filename="../../engine/safe_paths.py" line="+53"/>
        <source>{repo} is not a repository id (expected owner/name)</source>
        <translation>{repo} ist keine Repository-ID (erwartet: Besitzer/Name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: {repo} is not a repository id (expected owner/name).</source>
        <translation>Abgelehnt: {repo} ist keine Repository-ID (erwartet: Besitzer/Name).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{repo} is not a valid repository id: owner and name use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only</source>
        <translation>{repo} ist keine gültige Repository-ID: Besitzer und Name bestehen nur aus Buchstaben, Ziffern, „-“, „_“ und „.“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: {repo} is not a valid repository id: owner and name use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only.</source>
        <translation>Abgelehnt: {repo} ist keine gültige Repository-ID: Besitzer und Name bestehen nur aus Buchstaben, Ziffern, „-“, „_“ und „.“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{revision} is not a valid revision</source>
        <translation>{revision} ist keine gültige Revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: {revision} is not a valid revision.</source>
        <translation>Abgelehnt: {revision} ist keine gültige Revision.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is not a file name</source>
        <translation>{name} ist kein Dateiname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: {name} is not a file name.</source>
        <translation>Abgelehnt: {name} ist kein Dateiname.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file name {name} is too long</source>
        <translation>der Dateiname {name} ist zu lang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the file name {name} is too long.</source>
        <translation>Abgelehnt: Der Dateiname {name} ist zu lang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file name {name} contains control characters</source>
        <translation>der Dateiname {name} enthält Steuerzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the file name {name} contains control characters.</source>
        <translation>Abgelehnt: Der Dateiname {name} enthält Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file name {name} contains &apos;\&apos; or &apos;:&apos; (a Windows path?)</source>
        <translation>der Dateiname {name} enthält „\“ oder „:“ (ein Windows-Pfad?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the file name {name} contains &apos;\&apos; or &apos;:&apos; (a Windows path?).</source>
        <translation>Abgelehnt: Der Dateiname {name} enthält „\“ oder „:“ (ein Windows-Pfad?).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file name {name} is an absolute path</source>
        <translation>der Dateiname {name} ist ein absoluter Pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the file name {name} is an absolute path.</source>
        <translation>Abgelehnt: Der Dateiname {name} ist ein absoluter Pfad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file name {name} leaves its folder or has an empty part</source>
        <translation>der Dateiname {name} verlässt seinen Ordner oder hat einen leeren Bestandteil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: the file name {name} leaves its folder or has an empty part.</source>
        <translation>Abgelehnt: Der Dateiname {name} verlässt seinen Ordner oder hat einen leeren Bestandteil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a part of the file name {name} is too long</source>
        <translation>ein Bestandteil des Dateinamens {name} ist zu lang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: a part of the file name {name} is too long.</source>
        <translation>Abgelehnt: Ein Bestandteil des Dateinamens {name} ist zu lang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file name {name} is not valid on every system</source>
        <translation>der Dateiname {name} ist nicht auf jedem System gültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the file name {name} is not valid on every system.</source>
        <translation>Abgelehnt: Der Dateiname {name} ist nicht auf jedem System gültig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file name {name} ends like a partial download ({suffix})</source>
        <translation>der Dateiname {name} endet wie ein unvollständiger Download ({suffix})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: the file name {name} ends like a partial download ({suffix}).</source>
        <translation>Abgelehnt: Der Dateiname {name} endet wie ein unvollständiger Download ({suffix}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file name {name} leads outside {folder} (through a link)</source>
        <translation>der Dateiname {name} führt aus {folder} hinaus (über einen Link)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: the file name {name} leads outside {folder} (through a link).</source>
        <translation>Abgelehnt: Der Dateiname {name} führt aus {folder} hinaus (über einen Link).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{folder} leads outside {models} (through a link)</source>
        <translation>{folder} führt aus {models} hinaus (über einen Link)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: {folder} leads outside {models} (through a link).</source>
        <translation>Abgelehnt: {folder} führt aus {models} hinaus (über einen Link).</translation>
    </message>
    <message>
        <location filename="../../engine/secrets.py" line="+36"/>
        <source>No secure keyring is available on this system (for example no Secret Service on Linux). Tokens are kept in memory for this session only and are never written to disk.</source>
        <translation>Auf diesem System ist kein sicherer Schlüsselbund verfügbar (zum Beispiel kein Secret Service unter Linux). Tokens werden nur für diese Sitzung im Arbeitsspeicher gehalten und nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The system keyring failed ({error}); tokens are kept in memory for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist fehlgeschlagen ({error}); Tokens werden nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <location filename="../../engine/store.py" line="+79"/>
        <source>The chat database {path} cannot be written ({detail}). Check that it and its folder are writable.</source>
        <translation>In die Chatdatenbank {path} kann nicht geschrieben werden ({detail}). Prüfen Sie, ob die Datei und ihr Ordner beschreibbar sind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat database {path} cannot be opened: it is damaged ({detail}). It has been left as it is.</source>
        <translation>Die Chatdatenbank {path} kann nicht geöffnet werden: Sie ist beschädigt ({detail}). Sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk holding the chat database {path} is full ({detail}).</source>
        <translation>Der Datenträger mit der Chatdatenbank {path} ist voll ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chat database {path} is locked by another program ({detail}).</source>
        <translation>Die Chatdatenbank {path} ist von einem anderen Programm gesperrt ({detail}).</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The chat database {path} cannot be kept there: {folder} is not a folder.</source>
        <translation>Die Chatdatenbank {path} kann dort nicht liegen: {folder} ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder {folder} for the chat database cannot be created ({reason}).</source>
        <translation>Der Ordner {folder} für die Chatdatenbank kann nicht angelegt werden ({reason}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} should be the chat database, but it is a folder.</source>
        <translation>{path} sollte die Chatdatenbank sein, ist aber ein Ordner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} should be the chat database, but it is not a regular file.</source>
        <translation>{path} sollte die Chatdatenbank sein, ist aber keine reguläre Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} should be one of its files, but it is a folder.</source>
        <translation>{path} sollte eine ihrer Dateien sein, ist aber ein Ordner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} should be one of its files, but it is not a regular file.</source>
        <translation>{path} sollte eine ihrer Dateien sein, ist aber keine reguläre Datei.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The chat database {path} was written by a newer Ponder (schema {version}, this one knows {known}); update Ponder to open it. It has been left as it is.</source>
        <translation>Die Chatdatenbank {path} wurde von einer neueren Ponder-Version geschrieben (Schema {version}, diese Version kennt {known}); aktualisieren Sie Ponder, um sie zu öffnen. Sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>The chat database {path} could not be moved aside ({reason}); nothing was deleted.</source>
        <translation>Die Chatdatenbank {path} konnte nicht beiseitegelegt werden ({reason}); es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../../engine/template_worker.py" line="+93"/>
        <source>the conversation cannot be passed to the chat template: {error}</source>
        <translation>der Chatverlauf kann nicht an die Chatvorlage übergeben werden: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the chat template renderer could not be started</source>
        <translation>der Renderer für die Chatvorlage konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the chat template took longer than {seconds:g} s to render; it was stopped (the model file&apos;s template is broken or hostile)</source>
        <translation>die Chatvorlage brauchte zum Rendern länger als {seconds:g} s und wurde abgebrochen (die Vorlage in der Modelldatei ist fehlerhaft oder bösartig)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the chat template crashed its renderer; the model file&apos;s template is broken or hostile</source>
        <translation>die Chatvorlage hat ihren Renderer zum Absturz gebracht; die Vorlage in der Modelldatei ist fehlerhaft oder bösartig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the chat template crashed its renderer (exit {code}); the model file&apos;s template is broken or hostile</source>
        <translation>die Chatvorlage hat ihren Renderer zum Absturz gebracht (Exit-Code {code}); die Vorlage in der Modelldatei ist fehlerhaft oder bösartig</translation>
    </message>
    <message>
        <location filename="../../engine/templates.py" line="+46"/>
        <source>the chat template refused the conversation: {message}</source>
        <translation>die Chatvorlage hat den Chatverlauf abgelehnt: {message}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the chat template tried to build a huge formatted string; it was stopped</source>
        <translation>die Chatvorlage wollte eine riesige formatierte Zeichenkette erzeugen und wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chat template tried to build a huge string; it was stopped</source>
        <translation>die Chatvorlage wollte eine riesige Zeichenkette erzeugen und wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chat template tried to build a huge number; it was stopped</source>
        <translation>die Chatvorlage wollte eine riesige Zahl erzeugen und wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chat template tried to build a huge string or list; it was stopped</source>
        <translation>die Chatvorlage wollte eine riesige Zeichenkette oder Liste erzeugen und wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chat template tried to build something with the number {number:.3g}; it was stopped</source>
        <translation>die Chatvorlage wollte etwas mit der Zahl {number:.3g} erzeugen und wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the chat template needed more memory than allowed; it was stopped</source>
        <translation>die Chatvorlage brauchte mehr Speicher als erlaubt und wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>the model&apos;s chat template is invalid: {error}</source>
        <translation>die Chatvorlage des Modells ist ungültig: {error}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the chat template wrote more than {limit:,} characters; it was stopped</source>
        <translation>die Chatvorlage hat mehr als {limit:,} Zeichen ausgegeben und wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the chat template tried an unsafe operation: {error}</source>
        <translation>die Chatvorlage hat eine unsichere Operation versucht: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the chat template recursed too deeply; it was stopped</source>
        <translation>die Chatvorlage hat sich zu tief rekursiv aufgerufen und wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the chat template failed: {error}</source>
        <translation>die Chatvorlage ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="+149"/>
        <source>The settings file has values that cannot be used ({names}); their defaults are used.</source>
        <translation>Die Einstellungsdatei enthält Werte, die nicht verwendet werden können ({names}); stattdessen gelten die Standardwerte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file could not be read ({error}); defaults are used.</source>
        <translation>Die Einstellungsdatei konnte nicht gelesen werden ({error}); es gelten die Standardwerte.</translation>
    </message>
    <message>
        <location filename="../../engine/openai_wire.py" line="+244"/>
        <source>server budget ({engine} {field})</source>
        <translation>Serverbudget ({engine} {field})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>server budget ({field})</source>
        <translation>Serverbudget ({field})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two-phase (capped, closed and continued by Ponder)</source>
        <translation>zweiphasig (von Ponder begrenzt, abgeschlossen und fortgesetzt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no budget</source>
        <translation>kein Budget</translation>
    </message>
    <message>
        <location filename="../../engine/protocol.py" line="+303"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top K (0: off)</source>
        <translation>Top K (0: aus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min P</source>
        <translation>Min P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat penalty</source>
        <translation>Wiederholungsstrafe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max new tokens</source>
        <translation>Max. neue Tokens</translation>
    </message>
    <message>
        <location filename="../../app/server_runner.py" line="+74"/>
        <source>{host} is reachable from other computers. Ponder listens on this computer only (127.0.0.1) unless you switch on LAN access on purpose (--lan).</source>
        <translation>{host} ist von anderen Computern aus erreichbar. Ponder lauscht nur auf diesem Computer (127.0.0.1), außer Sie schalten den Zugriff aus dem lokalen Netzwerk bewusst ein (--lan).</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>{host} is not an address of this computer ({error}).</source>
        <translation>{host} ist keine Adresse dieses Computers ({error}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Port {port} is in use by another program; choose another port.</source>
        <translation>Port {port} wird von einem anderen Programm verwendet; wählen Sie einen anderen Port.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port {port} needs special rights; choose one above 1023.</source>
        <translation>Port {port} erfordert besondere Rechte; wählen Sie einen Port über 1023.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot listen on {host} port {port}: {error}.</source>
        <translation>Auf {host}, Port {port} kann nicht gelauscht werden: {error}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The server did not start.</source>
        <translation>Der Server ist nicht gestartet.</translation>
    </message>
    <message>
        <location filename="../../app/server_security.py" line="+105"/>
        <source>{problem} The server&apos;s key lasts until Ponder quits; set {variable} to keep one.</source>
        <translation>{problem} Der Schlüssel des Servers gilt, bis Ponder beendet wird; setzen Sie {variable}, um einen dauerhaft zu behalten.</translation>
    </message>
    <message>
        <location filename="../../app/store_writer.py" line="+279"/>
        <source>The chat database could not be opened for writing ({error}).</source>
        <translation>Die Chat-Datenbank konnte nicht zum Schreiben geöffnet werden ({error}).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The chat database could not be opened for writing.</source>
        <translation>Die Chat-Datenbank konnte nicht zum Schreiben geöffnet werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The reply could not be saved ({error}).</source>
        <translation>Die Antwort konnte nicht gespeichert werden ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/remote_commands.py" line="+147"/>
        <source>the key will travel unencrypted (http://) to another computer; anyone on the network path can read it. Use https:// if the server offers it.</source>
        <translation>Der Schlüssel wird unverschlüsselt (http://) an einen anderen Computer übertragen; jeder auf dem Netzwerkweg kann ihn mitlesen. Verwenden Sie https://, wenn der Server es anbietet.</translation>
    </message>
</context>
<context>
    <name>EngineBridge</name>
    <message>
        <location filename="../../app/engine_bridge.py" line="+315"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The engine process stopped unexpectedly.</source>
        <translation>Der Engine-Prozess wurde unerwartet beendet.</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>{problem} It stopped %n time(s) in a minute while answering local-server requests (the last from {client}), so it was not restarted. Choose a model to try again.</source>
        <translation>
            <numerusform>{problem} Die Engine ist innerhalb einer Minute %n-mal beim Beantworten von Anfragen an den lokalen Server ausgefallen (zuletzt von {client}) und wurde daher nicht neu gestartet. Wählen Sie ein Modell, um es erneut zu versuchen.</numerusform>
            <numerusform>{problem} Die Engine ist innerhalb einer Minute %n-mal beim Beantworten von Anfragen an den lokalen Server ausgefallen (zuletzt von {client}) und wurde daher nicht neu gestartet. Wählen Sie ein Modell, um es erneut zu versuchen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{problem} It stopped %n time(s) in a minute while answering local-server requests, so it was not restarted. Choose a model to try again.</source>
        <translation>
            <numerusform>{problem} Die Engine ist innerhalb einer Minute %n-mal beim Beantworten von Anfragen an den lokalen Server ausgefallen und wurde daher nicht neu gestartet. Wählen Sie ein Modell, um es erneut zu versuchen.</numerusform>
            <numerusform>{problem} Die Engine ist innerhalb einer Minute %n-mal beim Beantworten von Anfragen an den lokalen Server ausgefallen und wurde daher nicht neu gestartet. Wählen Sie ein Modell, um es erneut zu versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{problem} It was answering a local-server request from {client}; that request failed, and the engine is starting again with the same model.</source>
        <translation>{problem} Die Engine beantwortete gerade eine Anfrage von {client} an den lokalen Server; diese Anfrage ist fehlgeschlagen, und die Engine wird mit demselben Modell neu gestartet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problem} It was answering a local-server request; that request failed, and the engine is starting again with the same model.</source>
        <translation>{problem} Die Engine beantwortete gerade eine Anfrage an den lokalen Server; diese Anfrage ist fehlgeschlagen, und die Engine wird mit demselben Modell neu gestartet.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../app/export.py" line="+22"/>
        <source>streaming</source>
        <translation>wird geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System:</source>
        <comment>exported chat: before the system prompt</comment>
        <translation>System:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You</source>
        <comment>exported chat: heading of the user&apos;s message</comment>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assistant ({model})</source>
        <comment>exported chat: heading of a reply</comment>
        <translation>Assistent ({model})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assistant</source>
        <comment>exported chat: heading of a reply</comment>
        <translation>Assistent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasoning</source>
        <comment>exported chat: the model&apos;s reasoning, folded</comment>
        <translation>Denkprozess</translation>
    </message>
</context>
<context>
    <name>HeavyControl</name>
    <message>
        <location filename="../../ui/heavy_control.py" line="+71"/>
        <source>Heavy</source>
        <comment>heavy mode&apos;s switch: several candidates, then a judge</comment>
        <translation>Intensiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heavy mode</source>
        <translation>Intensivmodus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Candidates in heavy mode</source>
        <translation>Kandidaten im Intensivmodus</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n generations</source>
        <comment>heavy mode&apos;s cost: the candidates and the judge</comment>
        <translation>
            <numerusform>%n Durchlauf</numerusform>
            <numerusform>%n Durchläufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Generates %n solutions, then the model compares them and picks the best (NVIDIA&apos;s GenSelect). Costs about {cost} replies.</source>
        <comment>{cost} is the number of solutions plus one, 3 to 9</comment>
        <translation>
            <numerusform>Erzeugt %n Lösung; anschließend vergleicht das Modell sie und wählt die beste aus (NVIDIAs GenSelect). Kostet etwa {cost} Antworten.</numerusform>
            <numerusform>Erzeugt %n Lösungen; anschließend vergleicht das Modell sie und wählt die beste aus (NVIDIAs GenSelect). Kostet etwa {cost} Antworten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this model cannot run heavy mode.</source>
        <translation>dieses Modell unterstützt den Intensivmodus nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available: {reason}</source>
        <comment>heavy mode</comment>
        <translation>Nicht verfügbar: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n gens</source>
        <comment>heavy mode&apos;s cost, short for %n generations</comment>
        <translation>
            <numerusform>%n Durchl.</numerusform>
            <numerusform>%n Durchl.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>×{count}</source>
        <comment>heavy mode&apos;s cost, shortest: times this many replies</comment>
        <translation>×{count}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Costs {cost}: %n candidates and the judge</source>
        <translation>
            <numerusform>Kostet {cost}: %n Kandidat und die Bewertung</numerusform>
            <numerusform>Kostet {cost}: %n Kandidaten und die Bewertung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeavyView</name>
    <message>
        <location filename="../../ui/heavy_view.py" line="+36"/>
        <source>✓ picked</source>
        <translation>✓ gewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ kept</source>
        <translation>✓ übernommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ended on its own</source>
        <translation>von selbst beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hit the length limit</source>
        <translation>Längenlimit erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>starting…</source>
        <comment>heavy mode, or one candidate, is starting</comment>
        <translation>startet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stopped</source>
        <comment>a candidate&apos;s or the judge&apos;s state: the reply was stopped</comment>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not run</source>
        <comment>a candidate&apos;s or the judge&apos;s state: it never ran</comment>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>done</source>
        <comment>a candidate&apos;s or the judge&apos;s state: it ended</comment>
        <translation>fertig</translation>
    </message>
    <message numerus="yes">
        <location line="+404"/>
        <source>Heavy · %n candidates</source>
        <comment>heavy mode&apos;s title in a reply</comment>
        <translation>
            <numerusform>Intensiv · %n Kandidat</numerusform>
            <numerusform>Intensiv · %n Kandidaten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Candidate {number}</source>
        <translation>Kandidat {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate {number}&apos;s answer</source>
        <translation>Antwort von Kandidat {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy candidate {number}&apos;s answer</source>
        <translation>Antwort von Kandidat {number} kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judge</source>
        <comment>heavy mode: the model&apos;s turn that compares the candidates</comment>
        <translation>Bewerter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The judge&apos;s answer</source>
        <translation>Antwort des Bewerters</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the judge&apos;s answer</source>
        <translation>Antwort des Bewerters kopieren</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>candidate {number} of {total}…</source>
        <translation>Kandidat {number} von {total}…</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>all %n candidates finished</source>
        <translation>
            <numerusform>%n Kandidat fertig</numerusform>
            <numerusform>alle %n Kandidaten fertig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>judging…</source>
        <translation>Bewertung läuft…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not needed: only one usable candidate</source>
        <translation>nicht nötig: nur ein brauchbarer Kandidat</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>stopped · {finished} of %n candidates finished</source>
        <translation>
            <numerusform>gestoppt · {finished} von %n Kandidaten fertig</numerusform>
            <numerusform>gestoppt · {finished} von %n Kandidaten fertig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{title} · {progress}</source>
        <comment>heavy mode&apos;s title, then where it is</comment>
        <translation>{title} · {progress}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Heavy mode: {progress}</source>
        <translation>Intensivmodus: {progress}</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>stopped after %n usable candidate(s); no answer</source>
        <comment>heavy mode, stopped by the user</comment>
        <translation>
            <numerusform>nach %n brauchbaren Kandidaten gestoppt; keine Antwort</numerusform>
            <numerusform>nach %n brauchbaren Kandidaten gestoppt; keine Antwort</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no usable candidate</source>
        <translation>kein brauchbarer Kandidat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>picked {number} of {total} · by judgment</source>
        <translation>{number} von {total} gewählt · durch Bewertung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>picked {number} of {total} · the only usable one</source>
        <translation>{number} von {total} gewählt · der einzige brauchbare</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>picked {number} of {total} · by majority vote (%n agree)</source>
        <comment>no valid verdict: the most common final answer won; %n: how many gave it</comment>
        <translation>
            <numerusform>{number} von {total} gewählt · per Mehrheitsentscheid (%n stimmt überein)</numerusform>
            <numerusform>{number} von {total} gewählt · per Mehrheitsentscheid (%n stimmen überein)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>picked {number} of {total} · no verdict and no comparable final answers: the first one shown</source>
        <translation>{number} von {total} gewählt · kein Urteil und keine vergleichbaren Endergebnisse: der zuerst angezeigte Kandidat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>picked {number} of {total} · by majority vote</source>
        <translation>{number} von {total} gewählt · per Mehrheitsentscheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped while judging; candidate {number} kept</source>
        <translation>während der Bewertung gestoppt; Kandidat {number} übernommen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>stopped after %n usable candidate(s); candidate {number} kept</source>
        <comment>heavy mode, stopped by the user</comment>
        <translation>
            <numerusform>nach %n brauchbaren Kandidaten gestoppt; Kandidat {number} übernommen</numerusform>
            <numerusform>nach %n brauchbaren Kandidaten gestoppt; Kandidat {number} übernommen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not usable: {problem}</source>
        <comment>a candidate the judge did not see, and why</comment>
        <translation>nicht brauchbar: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not picked</source>
        <translation>nicht gewählt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seed {seed}</source>
        <comment>the random seed a candidate was sampled with</comment>
        <translation>Startwert {seed}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>shown to the judge as Solution {index}</source>
        <comment>&apos;Solution N&apos; is how the judge&apos;s prompt, in English, names the candidate</comment>
        <translation>dem Bewerter als „Solution {index}“ gezeigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}: {details}</source>
        <comment>a candidate&apos;s name, then its figures</comment>
        <translation>{title}: {details}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reasoning} reasoning + {answer} answer tokens</source>
        <translation>{reasoning} Tokens Denkprozess + {answer} Tokens Antwort</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{verdict} → candidate {number}</source>
        <comment>the judge&apos;s verdict line, then its pick</comment>
        <translation>{verdict} → Kandidat {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{verdict} · not a valid choice</source>
        <comment>the judge&apos;s verdict line</comment>
        <translation>{verdict} · keine gültige Wahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no verdict</source>
        <comment>the judge&apos;s state: it gave no verdict</comment>
        <translation>kein Urteil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solution {index} is candidate {number}</source>
        <comment>&apos;Solution N&apos; is how the judge&apos;s prompt, in English, names the candidate</comment>
        <translation>„Solution {index}“ ist Kandidat {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The judge saw the usable candidates shuffled: {order}</source>
        <translation>Der Bewerter sah die brauchbaren Kandidaten in gemischter Reihenfolge: {order}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judge: {tokens} · its verdict: {verdict}</source>
        <translation>Bewerter: {tokens} · Urteil: {verdict}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judge: {tokens}</source>
        <translation>Bewerter: {tokens}</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <location filename="../../ui/message_cards.py" line="-366"/>
        <source>Edit your message</source>
        <translation>Nachricht bearbeiten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+124"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the message box</source>
        <translation>Zum Nachrichtenfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search chats</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the reply</source>
        <translation>Antwort stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer now (stop thinking)</source>
        <translation>Jetzt antworten (Denken beenden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regenerate last reply</source>
        <translation>Letzte Antwort neu generieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models…</source>
        <translation>Modelle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find, download and manage models (Ctrl+M)</source>
        <translation>Modelle finden, herunterladen und verwalten (Strg+M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote servers…</source>
        <translation>Externe Server…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use models that run on a vLLM, SGLang, NIM, TensorRT-LLM or llama.cpp server</source>
        <translation>Modelle nutzen, die auf einem vLLM-, SGLang-, NIM-, TensorRT-LLM- oder llama.cpp-Server laufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export chat…</source>
        <translation>Chat exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>Local server</source>
        <translation>Lokaler Server</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Let other apps use the loaded model through an OpenAI-compatible API on this computer</source>
        <translation>Anderen Apps auf diesem Computer über eine OpenAI-kompatible API Zugriff auf das geladene Modell geben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow other computers (LAN)</source>
        <translation>Andere Computer zulassen (LAN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy server address</source>
        <translation>Serveradresse kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show API key…</source>
        <translation>API-Schlüssel anzeigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Ponder</source>
        <translation>Über Ponder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename chat</source>
        <translation>Chat umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete chat</source>
        <translation>Chat löschen</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+13"/>
        <source>Model</source>
        <comment>the language model in use</comment>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>System prompt for this chat</source>
        <translation>Systemprompt für diesen Chat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Local server</source>
        <translation>&amp;Lokaler Server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Local server API key</source>
        <translation>API-Schlüssel des lokalen Servers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apps send this key as &apos;Authorization: Bearer &lt;key&gt;&apos;:</source>
        <translation>Apps senden diesen Schlüssel als „Authorization: Bearer &lt;key&gt;“:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open link?</source>
        <translation>Link öffnen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this address in your browser?

{address}</source>
        <translation>Diese Adresse im Browser öffnen?

{address}</translation>
    </message>
</context>
<context>
    <name>ModelController</name>
    <message numerus="yes">
        <location filename="../../app/model_controller.py" line="+79"/>
        <source>%n file(s) in the models folder cannot be used and were skipped: {problems}</source>
        <translation>
            <numerusform>%n Datei im Modellordner ist nicht verwendbar und wurde übersprungen: {problems}</numerusform>
            <numerusform>%n Dateien im Modellordner sind nicht verwendbar und wurden übersprungen: {problems}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{model} — on {server} · {engine}</source>
        <comment>model picker: a model on a server</comment>
        <translation>{model} — auf {server} · {engine}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No model found. Put a GGUF model in the models folder
({folder}) or reinstall with the starter model.</source>
        <translation>Kein Modell gefunden. Legen Sie ein GGUF-Modell in den Modellordner
({folder}), oder installieren Sie Ponder erneut mit dem Startmodell.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No model</source>
        <comment>status bar: none found</comment>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Loading {model}…</source>
        <translation>{model} wird geladen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not use {server}: {error}</source>
        <translation>{server} konnte nicht verwendet werden: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to {server}…</source>
        <translation>Verbindung zu {server} wird hergestellt…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>on {server} · {engine}</source>
        <comment>status bar: where the model runs</comment>
        <translation>auf {server} · {engine}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{model} on {server} ({family})</source>
        <translation>{model} auf {server} ({family})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} ({family})</source>
        <comment>status bar: the loaded model</comment>
        <translation>{model} ({family})</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>GPU, %n layer(s)</source>
        <comment>status bar: where the model runs</comment>
        <translation>
            <numerusform>GPU, %n Schicht</numerusform>
            <numerusform>GPU, %n Schichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>CPU, %n thread(s)</source>
        <comment>status bar: where the model runs</comment>
        <translation>
            <numerusform>CPU, %n Thread</numerusform>
            <numerusform>CPU, %n Threads</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The engine was restarted; the reply it was writing is kept as it was.</source>
        <translation>Die Engine wurde neu gestartet; die Antwort, die sie gerade schrieb, bleibt so erhalten, wie sie war.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not load the model: {problem} Your message was not answered: choose a model and press Regenerate.</source>
        <translation>Das Modell konnte nicht geladen werden: {problem} Ihre Nachricht wurde nicht beantwortet: Wählen Sie ein Modell, und klicken Sie auf „Neu generieren“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not load the model: {problem}</source>
        <translation>Das Modell konnte nicht geladen werden: {problem}</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>{problem} Ponder did not restart it: it stopped %n time(s) in a minute. Choose a model to try again.</source>
        <translation>
            <numerusform>{problem} Ponder hat die Engine nicht neu gestartet: Sie ist innerhalb einer Minute %n-mal ausgefallen. Wählen Sie ein Modell, um es erneut zu versuchen.</numerusform>
            <numerusform>{problem} Ponder hat die Engine nicht neu gestartet: Sie ist innerhalb einer Minute %n-mal ausgefallen. Wählen Sie ein Modell, um es erneut zu versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{problem} Restarting the engine…</source>
        <translation>{problem} Die Engine wird neu gestartet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No model loaded</source>
        <comment>status bar</comment>
        <translation>Kein Modell geladen</translation>
    </message>
</context>
<context>
    <name>ModelLibrary</name>
    <message>
        <location filename="../../app/model_library.py" line="+108"/>
        <source>{name} ({free} of {total} free)</source>
        <comment>a GPU and its free memory</comment>
        <translation>{name} ({free} von {total} frei)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no NVIDIA GPU found ({problem})</source>
        <translation>keine NVIDIA-GPU gefunden ({problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no NVIDIA GPU found</source>
        <translation>keine NVIDIA-GPU gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer: {gpus}; {ram} of RAM free.</source>
        <translation>Dieser Computer: {gpus}; {ram} RAM frei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Model licence</source>
        <translation>Modelllizenz</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Hugging Face token</source>
        <translation>Hugging-Face-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

Paste a token with read access (kept in the system keyring):</source>
        <translation>{problem}

Fügen Sie ein Token mit Lesezugriff ein (es wird im Schlüsselbund des Systems gespeichert):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not delete {path}: {error}</source>
        <translation>{path} konnte nicht gelöscht werden: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a GGUF model</source>
        <translation>GGUF-Modell importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GGUF models (*.gguf)</source>
        <comment>file filter: keep (*.gguf)</comment>
        <translation>GGUF-Modelle (*.gguf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import model</source>
        <translation>Modell importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link to the file where it is (Yes), or copy it into Ponder&apos;s models folder (No)?</source>
        <translation>Die Datei an ihrem Speicherort verknüpfen (Ja) oder in Ponders Modellordner kopieren (Nein)?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not imported: {name} is already in the models folder.</source>
        <translation>Nicht importiert: {name} ist bereits im Modellordner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not imported: {error} ({folder})</source>
        <translation>Nicht importiert: {error} ({folder})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not copy {name}: {error}</source>
        <translation>{name} konnte nicht kopiert werden: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not imported: {error}</source>
        <translation>Nicht importiert: {error}</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../../ui/model_manager.py" line="+36"/>
        <source>You are offline — downloads and search need the internet; models on this computer still work</source>
        <translation>Sie sind offline – Downloads und Suche benötigen eine Internetverbindung; Modelle auf diesem Computer funktionieren weiterhin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline mode is on — downloads and search are off (Settings); models on this computer still work</source>
        <translation>Der Offlinemodus ist aktiv – Downloads und Suche sind deaktiviert (Einstellungen); Modelle auf diesem Computer funktionieren weiterhin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline</source>
        <comment>the offline banner&apos;s name</comment>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model</source>
        <comment>column: a model&apos;s name</comment>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <comment>column: a file&apos;s size</comment>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit on this computer</source>
        <translation>Eignung für diesen Computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the Hugging Face hub for GGUF models</source>
        <translation>Den Hugging Face Hub nach GGUF-Modellen durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the hub</source>
        <translation>Hub durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository / file</source>
        <translation>Repository / Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <comment>column: the file being downloaded</comment>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <comment>column: a download&apos;s state</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Architecture · family</source>
        <translation>Architektur · Familie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantization · size</source>
        <translation>Quantisierung · Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <comment>column: a model&apos;s context length in tokens</comment>
        <translation>Kontext</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import a GGUF file…</source>
        <translation>GGUF-Datei importieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import a GGUF file</source>
        <translation>GGUF-Datei importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended</source>
        <comment>tab: the recommended models</comment>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <comment>tab: search the hub</comment>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloads</source>
        <comment>tab</comment>
        <translation>Downloads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this computer</source>
        <comment>tab: the models on this computer</comment>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{name}  ★ recommended</source>
        <translation>{name}  ★ empfohlen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Searching for “{text}”…</source>
        <translation>Suche nach „{text}“…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n repository(ies)</source>
        <comment>search results</comment>
        <translation>
            <numerusform>%n Repository</numerusform>
            <numerusform>%n Repositorys</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Download</source>
        <comment>button: download this file</comment>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download {name}</source>
        <translation>{name} herunterladen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not searched: search needs the internet.</source>
        <translation>Nicht gesucht: Die Suche benötigt eine Internetverbindung.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{downloaded} / {total}</source>
        <comment>download progress: sizes</comment>
        <translation>{downloaded} / {total}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Progress of {file}</source>
        <translation>Fortschritt von {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause</source>
        <comment>button: pause a download</comment>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause download</source>
        <translation>Download pausieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <comment>button: resume a download</comment>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume download</source>
        <translation>Download fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <comment>button: retry a download</comment>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry download</source>
        <translation>Download wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <comment>button: cancel a download</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+27"/>
        <source>Cancel download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>{size}/s</source>
        <comment>a download&apos;s speed</comment>
        <translation>{size}/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{speed}, {time} left</source>
        <comment>a download&apos;s speed and time left</comment>
        <translation>{speed}, noch {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{status} — you are offline</source>
        <translation>{status} – Sie sind offline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{status} — {message}</source>
        <comment>a download&apos;s state and why</comment>
        <translation>{status} – {message}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the partial file so the download can resume later?</source>
        <translation>Die unvollständige Datei behalten, damit der Download später fortgesetzt werden kann?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} (built-in)</source>
        <translation>{name} (integriert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} · reasoning: {reasoning}</source>
        <translation>{kind} · Denken: {reasoning}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{parameters} parameters · {size}</source>
        <translation>{parameters} Parameter · {size}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use</source>
        <comment>button: use this model</comment>
        <translation>Verwenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use {name}</source>
        <translation>{name} verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <comment>button: delete this model</comment>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name}</source>
        <translation>{name} löschen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>switchable</source>
        <comment>a model&apos;s reasoning: it can be switched on and off</comment>
        <translation>umschaltbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>always</source>
        <comment>a model&apos;s reasoning: it always reasons</comment>
        <translation>immer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <comment>a model&apos;s reasoning: it does not reason</comment>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete model</source>
        <translation>Modell löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name} from this computer?

{path}</source>
        <translation>{name} von diesem Computer löschen?

{path}</translation>
    </message>
</context>
<context>
    <name>PartRow</name>
    <message>
        <location filename="../../ui/heavy_view.py" line="-577"/>
        <source>Shows or hides its reasoning and answer</source>
        <translation>Blendet Denkprozess und Antwort ein oder aus</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>waiting</source>
        <comment>a candidate&apos;s or the judge&apos;s state: not started yet</comment>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>thinking…</source>
        <comment>a candidate&apos;s or the judge&apos;s state</comment>
        <translation>denkt nach…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>answering…</source>
        <comment>a candidate&apos;s or the judge&apos;s state</comment>
        <translation>antwortet…</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>{title} · {tokens}</source>
        <comment>a candidate&apos;s line: its name, its size</comment>
        <translation>{title} · {tokens}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{title}, {tokens}, {status}</source>
        <comment>accessible name: a candidate, its size, its state</comment>
        <translation>{title}, {tokens}, {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}, {status}</source>
        <comment>accessible name: a candidate, its state</comment>
        <translation>{title}, {status}</translation>
    </message>
</context>
<context>
    <name>PonderApp</name>
    <message>
        <location filename="../../app/gui.py" line="+60"/>
        <source>Your chats could not be read or saved: {error}</source>
        <translation>Ihre Chats konnten nicht gelesen oder gespeichert werden: {error}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{title} — not saving</source>
        <comment>window title: chats are not saved</comment>
        <translation>{title} – Speichern deaktiviert</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Open a chat to export it.</source>
        <translation>Öffnen Sie einen Chat, um ihn zu exportieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export chat</source>
        <comment>dialog title</comment>
        <translation>Chat exportieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Include the model&apos;s reasoning?</source>
        <translation>Den Denkprozess des Modells einschließen?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The chat could not be exported: {error}</source>
        <translation>Der Chat konnte nicht exportiert werden: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>this model does not reason</source>
        <comment>why heavy mode is off</comment>
        <translation>dieses Modell denkt nicht nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it runs on a server, which does not share the prompt&apos;s state</source>
        <comment>why heavy mode is off</comment>
        <translation>es läuft auf einem Server, der den Zustand des Prompts nicht teilt</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>This chat was written with {wanted}; {loaded} is loaded.</source>
        <translation>Dieser Chat wurde mit {wanted} geführt; geladen ist {loaded}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to {model}</source>
        <translation>Zu {model} wechseln</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>context {used} / {size}</source>
        <comment>status bar: tokens of the context in use</comment>
        <translation>Kontext {used} / {size}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{rate} · first token {time}</source>
        <comment>status bar: the last reply&apos;s speed</comment>
        <translation>{rate} · erstes Token nach {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>context {size}</source>
        <comment>status bar: the context&apos;s size in tokens</comment>
        <translation>Kontext {size}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deleted “{title}”.</source>
        <translation>„{title}“ gelöscht.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Message deleted.</source>
        <translation>Nachricht gelöscht.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n reply(ies) could not be saved. {problem} Free some space and try again, or quit without them.</source>
        <translation>
            <numerusform>%n Antwort konnte nicht gespeichert werden. {problem} Geben Sie Speicherplatz frei, und versuchen Sie es erneut, oder beenden Sie Ponder ohne sie.</numerusform>
            <numerusform>%n Antworten konnten nicht gespeichert werden. {problem} Geben Sie Speicherplatz frei, und versuchen Sie es erneut, oder beenden Sie Ponder ohne sie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ponder could not save everything</source>
        <translation>Ponder konnte nicht alles speichern</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Updating your chats ({size}) for fast search. This happens once and may take a minute…</source>
        <translation>Ihre Chats ({size}) werden für die schnelle Suche aktualisiert. Das geschieht nur einmal und kann eine Minute dauern…</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <location filename="../../app/model_library.py" line="-179"/>
        <source>Accept and download</source>
        <translation>Akzeptieren und herunterladen</translation>
    </message>
    <message>
        <location filename="../../app/questions.py" line="+12"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/server_switch.py" line="+33"/>
        <source>Allow other computers</source>
        <translation>Andere Computer zulassen</translation>
    </message>
    <message>
        <location filename="../../app/startup.py" line="-125"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move it aside and start fresh</source>
        <translation>Beiseitelegen und neu beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue without saving</source>
        <translation>Ohne Speichern fortfahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>ReasoningControl</name>
    <message>
        <location filename="../../ui/reasoning_control.py" line="+25"/>
        <source>How long the model may think before it answers, in tokens. When the budget runs out, the thought is closed gracefully and the model answers.</source>
        <translation>Wie lange das Modell nachdenken darf, bevor es antwortet, in Tokens. Ist das Budget aufgebraucht, wird der Gedankengang sauber abgeschlossen, und das Modell antwortet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Off</source>
        <comment>thinking budget: no thinking</comment>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlimited</source>
        <comment>thinking budget: no limit</comment>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{thousands}k</source>
        <comment>a thinking budget of N×1024 tokens</comment>
        <translation>{thousands}k</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reasoning</source>
        <comment>label of the thinking budget control</comment>
        <translation>Denken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reasoning budget</source>
        <translation>Denkbudget</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This model does not reason.</source>
        <translation>Dieses Modell denkt nicht nach.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n/a</source>
        <comment>thinking budget: the model cannot reason</comment>
        <translation>n. v.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available: {reason}</source>
        <translation>Nicht verfügbar: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Off: this model always reasons, so its thought is closed as soon as it opens.</source>
        <translation>Aus: Dieses Modell denkt immer nach, daher wird sein Gedankengang sofort wieder geschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: the model answers without thinking.</source>
        <translation>Aus: Das Modell antwortet, ohne nachzudenken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlimited: the model thinks as long as it needs.</source>
        <translation>Unbegrenzt: Das Modell denkt so lange nach, wie es braucht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model thinks at most {tokens}, then answers.</source>
        <translation>Das Modell denkt höchstens {tokens} lang nach und antwortet dann.</translation>
    </message>
</context>
<context>
    <name>ReasoningPane</name>
    <message>
        <location filename="../../ui/reasoning_pane.py" line="+93"/>
        <source>Show or hide the reasoning</source>
        <translation>Denkprozess ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the reasoning</source>
        <translation>Denkprozess kopieren</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reasoning</source>
        <comment>accessible name of a reply&apos;s thought</comment>
        <translation>Denkprozess</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Thinking… {seconds} · {tokens}</source>
        <comment>a live clock, then an estimated count of tokens</comment>
        <translation>Denkt nach… {seconds} · {tokens}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thought for {seconds} · {tokens} · cut short: budget reached</source>
        <translation>Nachgedacht für {seconds} · {tokens} · vorzeitig beendet: Budget erreicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thought for {seconds} · {tokens} · cut short</source>
        <translation>Nachgedacht für {seconds} · {tokens} · vorzeitig beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thought for {seconds} · {tokens}</source>
        <translation>Nachgedacht für {seconds} · {tokens}</translation>
    </message>
</context>
<context>
    <name>ServerSwitch</name>
    <message>
        <location filename="../../app/server_switch.py" line="+50"/>
        <source>The local server did not start: {error}</source>
        <translation>Der lokale Server wurde nicht gestartet: {error}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Allow other computers?</source>
        <translation>Andere Computer zulassen?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The local server&apos;s address was copied.</source>
        <translation>Die Adresse des lokalen Servers wurde kopiert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The API key was copied to the clipboard.</source>
        <translation>Der API-Schlüssel wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The engine is starting again; your message is answered once it is back.</source>
        <translation>Die Engine startet neu; Ihre Nachricht wird beantwortet, sobald sie wieder bereit ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local server is answering a request for {client}; your message is answered right after it.</source>
        <translation>Der lokale Server beantwortet gerade eine Anfrage von {client}; Ihre Nachricht wird direkt danach beantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local server is answering a request; your message is answered right after it.</source>
        <translation>Der lokale Server beantwortet gerade eine Anfrage; Ihre Nachricht wird direkt danach beantwortet.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n served</source>
        <comment>local server: requests answered</comment>
        <translation>
            <numerusform>%n Anfrage beantwortet</numerusform>
            <numerusform>%n Anfragen beantwortet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OpenAI-compatible API at {url}/v1. Every request needs the API key (Local server &gt; Show API key…).</source>
        <translation>OpenAI-kompatible API unter {url}/v1. Jede Anfrage benötigt den API-Schlüssel (Lokaler Server &gt; API-Schlüssel anzeigen…).</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>answering {client} (+%n waiting)</source>
        <comment>local server</comment>
        <translation>
            <numerusform>beantwortet {client} (+%n wartet)</numerusform>
            <numerusform>beantwortet {client} (+%n warten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>answering a client (+%n waiting)</source>
        <comment>local server</comment>
        <translation>
            <numerusform>beantwortet einen Client (+%n wartet)</numerusform>
            <numerusform>beantwortet einen Client (+%n warten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answering {client}</source>
        <comment>local server</comment>
        <translation>beantwortet {client}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answering a client</source>
        <comment>local server</comment>
        <translation>beantwortet einen Client</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server is open to other computers on your network. Anyone there who has the key can use your model, and the traffic is not encrypted: do this only on a network you trust.</source>
        <translation>Der Server ist für andere Computer in Ihrem Netzwerk erreichbar. Jeder dort, der den Schlüssel hat, kann Ihr Modell nutzen, und die Verbindung ist nicht verschlüsselt: Tun Sie das nur in einem Netzwerk, dem Sie vertrauen.</translation>
    </message>
</context>
<context>
    <name>ServersController</name>
    <message>
        <location filename="../../app/servers_controller.py" line="+61"/>
        <source>not checked yet</source>
        <comment>a server&apos;s capabilities</comment>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checking the server failed unexpectedly ({kind}: {error}).</source>
        <translation>Die Prüfung des Servers ist unerwartet fehlgeschlagen ({kind}: {error}).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{server}: {problem}</source>
        <translation>{server}: {problem}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{server}: {warning}</source>
        <comment>a server&apos;s name, then what is wrong with it</comment>
        <translation>{server}: {warning}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The list of servers could not be saved: {error}</source>
        <translation>Die Serverliste konnte nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>ServersDialog</name>
    <message>
        <location filename="../../ui/servers_dialog.py" line="+64"/>
        <location line="+10"/>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Use a model that runs on another computer: a vLLM, SGLang, NVIDIA NIM, TensorRT-LLM or llama.cpp server speaking the OpenAI-compatible API. Conversations are sent only to servers you add here.</source>
        <translation>Nutzen Sie ein Modell, das auf einem anderen Computer läuft: auf einem vLLM-, SGLang-, NVIDIA NIM-, TensorRT-LLM- oder llama.cpp-Server mit OpenAI-kompatibler API. Chats werden nur an Server gesendet, die Sie hier hinzufügen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No servers yet. Add one below.</source>
        <translation>Noch keine Server. Fügen Sie unten einen hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Use this model</source>
        <translation>Dieses Modell &amp;verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Check again</source>
        <comment>button: probe the server again</comment>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <comment>button: remove the chosen server</comment>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>optional; kept in the system keyring</source>
        <translation>optional; wird im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional: a CA bundle for a private certificate</source>
        <translation>optional: ein CA-Bundle für ein privates Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <comment>button: choose a file</comment>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;onnect</source>
        <comment>button: probe a new server</comment>
        <translation>Ver&amp;binden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Detect from the model&apos;s name</source>
        <translation>Anhand des Modellnamens erkennen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <comment>button: add this server</comment>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <comment>a server&apos;s name</comment>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <comment>a server&apos;s URL</comment>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Model</source>
        <comment>the server&apos;s model to use</comment>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family</source>
        <comment>a model&apos;s family</comment>
        <translation>Familie</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(no model chosen)</source>
        <translation>(kein Modell gewählt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} — {url}
{model} · {description}</source>
        <comment>a server in the list</comment>
        <translation>{name} — {url}
{model} · {description}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Found: {description}</source>
        <translation>Gefunden: {description}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{found}
The server lists no models.</source>
        <translation>{found}
Der Server bietet keine Modelle an.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type the server&apos;s address first, e.g. {example}</source>
        <translation>Geben Sie zuerst die Adresse des Servers ein, z. B. {example}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Certificates ({patterns})</source>
        <translation>Zertifikate ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files ({patterns})</source>
        <translation>Alle Dateien ({patterns})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>server</source>
        <comment>a server&apos;s name when its address has none</comment>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/model_library.py" line="+5"/>
        <source>Settings could not be saved: {error}</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="-131"/>
        <source>None</source>
        <comment>a system prompt preset</comment>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concise</source>
        <comment>a system prompt preset</comment>
        <translation>Knapp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teacher</source>
        <comment>a system prompt preset</comment>
        <translation>Lehrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coder</source>
        <comment>a system prompt preset</comment>
        <translation>Entwickler</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+75"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>system</source>
        <comment>theme: follow the system&apos;s colours</comment>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>light</source>
        <comment>theme</comment>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dark</source>
        <comment>theme</comment>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <comment>interface language: the system&apos;s</comment>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new language is used the next time Ponder starts.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Ponder verwendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the reasoning open when the answer starts</source>
        <translation>Denkprozess geöffnet lassen, wenn die Antwort beginnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse…</source>
        <comment>button: choose a folder</comment>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: make no network calls at all</source>
        <translation>Offline: keinerlei Netzwerkverbindungen herstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model search and downloads are off; the models on this computer still work.</source>
        <translation>Modellsuche und Downloads sind deaktiviert; die Modelle auf diesem Computer funktionieren weiterhin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <comment>the interface&apos;s language</comment>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+94"/>
        <source>Models folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>General</source>
        <comment>settings tab</comment>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>model default</source>
        <comment>context size: the model&apos;s own</comment>
        <translation>Modellstandard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>auto</source>
        <comment>GPU layers: chosen automatically</comment>
        <translation>automatisch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one per physical core</source>
        <comment>CPU threads</comment>
        <translation>einer pro physischem Kern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context size</source>
        <translation>Kontextgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU layers</source>
        <translation>GPU-Schichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget wrap-up</source>
        <comment>the sentence that ends a thought when its budget runs out</comment>
        <translation>Satz bei Budgetende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine</source>
        <comment>settings tab</comment>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasoning on</source>
        <comment>sampling settings group</comment>
        <translation>Mit Denken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reasoning off</source>
        <comment>sampling settings group</comment>
        <translation>Ohne Denken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to recommended</source>
        <translation>Empfohlene Werte wiederherstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sampling</source>
        <comment>settings tab</comment>
        <translation>Generierung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <comment>button: add a system prompt preset</comment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <comment>button: remove a system prompt preset</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>System prompts</source>
        <comment>settings tab</comment>
        <translation>Systemprompts</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Preset {number}</source>
        <comment>a new system prompt preset&apos;s name</comment>
        <translation>Vorlage {number}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="+21"/>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New line in the message</source>
        <translation>Neue Zeile in der Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the message box</source>
        <translation>Nachrichtenfeld verlassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chat chosen with Up/Down</source>
        <translation>Mit ↑/↓ gewählten Chat öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send an edited message</source>
        <translation>Bearbeitete Nachricht senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel editing a message</source>
        <translation>Bearbeiten einer Nachricht abbrechen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <comment>column: what a shortcut does</comment>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <comment>column: the keys of a shortcut</comment>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message numerus="yes">
        <location filename="../../ui/l10n.py" line="+24"/>
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln Token</numerusform>
            <numerusform>%Ln Tokens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~{tokens}</source>
        <comment>about this many tokens (an estimate)</comment>
        <translation>~{tokens}</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+3"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{rate} tok/s</source>
        <translation>{rate} Token/s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
</context>
<context>
    <name>UserMessage</name>
    <message>
        <location filename="../../ui/message_cards.py" line="+71"/>
        <source>Your message</source>
        <translation>Ihre Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this message</source>
        <translation>Diese Nachricht kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <comment>button: edit a message</comment>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit and resend this message</source>
        <translation>Diese Nachricht bearbeiten und erneut senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <comment>button: delete a message</comment>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this message</source>
        <translation>Diese Nachricht löschen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Send</source>
        <comment>button: send a message</comment>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send the edited message</source>
        <translation>Bearbeitete Nachricht senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send (Ctrl+Enter); later turns are replaced</source>
        <translation>Senden (Strg+Enter); spätere Nachrichten werden ersetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <comment>button: cancel editing</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
</context>
<context>
    <name>VersionNavigator</name>
    <message>
        <location line="-145"/>
        <source>Previous version</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next version</source>
        <translation>Nächste Version</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{shown}/{total}</source>
        <comment>the version of a reply shown, of how many</comment>
        <translation>{shown}/{total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {shown} of {total}</source>
        <translation>Version {shown} von {total}</translation>
    </message>
</context>
<context>
    <name>WaitingDots</name>
    <message>
        <location line="-49"/>
        <source>Waiting for the first token</source>
        <translation>Warten auf das erste Token</translation>
    </message>
</context>
<context>
    <name>_SamplingGroup</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="-188"/>
        <source>{group}: {field}</source>
        <comment>a sampling setting&apos;s accessible name</comment>
        <translation>{group}: {field}</translation>
    </message>
</context>
</TS>
