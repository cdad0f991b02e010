<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="+12"/>
        <source>Models you download come with their own licences, shown before the first download: NVIDIA&apos;s Nemotron models are under the NVIDIA Open Model License.</source>
        <translation>I modelli che scarichi hanno le proprie licenze, mostrate prima del primo download: i modelli Nemotron di NVIDIA sono distribuiti con la NVIDIA Open Model License.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Ponder</source>
        <translation>Informazioni su Ponder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private chat with reasoning models, on your own computer.</source>
        <translation>Chat private con modelli di ragionamento, sul tuo computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bundled components and their licences</source>
        <translation>Componenti inclusi e relative licenze</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <comment>of a bundled component</comment>
        <translation>Versione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
</context>
<context>
    <name>AnswerLanguageControl</name>
    <message>
        <location filename="../../ui/answer_language_control.py" line="+20"/>
        <source>Answer language</source>
        <translation>Lingua della risposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language the model answers in, for this chat. Automatic: the language of your message.</source>
        <translation>La lingua in cui il modello risponde in questa chat. Automatica: la lingua del tuo messaggio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer in: automatic</source>
        <translation>Risposta in: automatica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer in: {language}</source>
        <translation>Risposta in: {language}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason in English</source>
        <translation>Ragiona in inglese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the model to think in English and answer in the chosen language. NVIDIA trained its multilingual reasoning this way, so it is often the more accurate choice.</source>
        <translation>Chiedi al modello di riflettere in inglese e di rispondere nella lingua scelta. NVIDIA ha addestrato così il suo ragionamento multilingue, quindi spesso è la scelta più accurata.</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <location filename="../../ui/answer_view.py" line="+145"/>
        <source>Answer</source>
        <comment>accessible name of a reply&apos;s text</comment>
        <translation>Risposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer, still being written</source>
        <translation>Risposta, ancora in fase di scrittura</translation>
    </message>
</context>
<context>
    <name>AssistantMessage</name>
    <message>
        <location filename="../../ui/message_cards.py" line="+55"/>
        <source>Interrupted: the engine stopped before the reply was complete.</source>
        <translation>Interrotta: il motore si è fermato prima che la risposta fosse completa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped.</source>
        <translation>Fermata.</translation>
    </message>
    <message>
        <location line="+287"/>
        <source>Copy this reply</source>
        <translation>Copia questa risposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regenerate</source>
        <translation>Rigenera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regenerate this reply</source>
        <translation>Rigenera questa risposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this reply again (the current one is kept as a version)</source>
        <translation>Scrivi di nuovo questa risposta (quella attuale viene conservata come versione)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <comment>button: delete a reply</comment>
        <translation>Elimina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this reply</source>
        <translation>Elimina questa risposta</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>{tokens} · {rate} · first token {seconds}</source>
        <translation>{tokens} · {rate} · primo token in {seconds}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>answered by {server}</source>
        <translation>risposta da {server}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>budget: {method}</source>
        <comment>how a server kept the thinking budget</comment>
        <translation>budget: {method}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Failed: {error}</source>
        <translation>Non riuscita: {error}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed.</source>
        <translation>Non riuscita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupted: {error}</source>
        <translation>Interrotta: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted: the server stopped sending.</source>
        <translation>Interrotta: il server ha smesso di inviare dati.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/notices.py" line="+43"/>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../app/chat_controller.py" line="+44"/>
        <source>The reply is kept in memory and will be saved as soon as that works again.</source>
        <translation>La risposta è conservata in memoria e verrà salvata appena sarà di nuovo possibile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message was not sent; it is back in the message box.</source>
        <translation>Il messaggio non è stato inviato; è di nuovo nella casella del messaggio.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The chat could not be opened.</source>
        <translation>Impossibile aprire la chat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Older messages could not be read.</source>
        <translation>Impossibile leggere i messaggi precedenti.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The change to this chat was not saved.</source>
        <translation>La modifica a questa chat non è stata salvata.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The chat was not deleted.</source>
        <translation>La chat non è stata eliminata.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The chat was not renamed.</source>
        <translation>La chat non è stata rinominata.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The chat was not brought back.</source>
        <translation>La chat non è stata ripristinata.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wait for the current reply to finish, or stop it first.</source>
        <translation>Attendi che la risposta in corso finisca, oppure interrompila.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing was regenerated.</source>
        <translation>Non è stato rigenerato nulla.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The other version could not be shown.</source>
        <translation>Impossibile mostrare l&apos;altra versione.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The edited message was not saved or sent.</source>
        <translation>Il messaggio modificato non è stato salvato né inviato.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The message was not deleted.</source>
        <translation>Il messaggio non è stato eliminato.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The message was not brought back.</source>
        <translation>Il messaggio non è stato ripristinato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That message can no longer be brought back.</source>
        <translation>Quel messaggio non può più essere ripristinato.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No model is loaded yet. Choose a model in the toolbar.</source>
        <translation>Nessun modello caricato. Scegli un modello nella barra degli strumenti.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model is still loading; your message will be answered when it is ready.</source>
        <translation>Il modello è ancora in caricamento; riceverai una risposta al tuo messaggio appena sarà pronto.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The reply was not started; Regenerate asks again.</source>
        <translation>La risposta non è stata avviata; Rigenera la richiede di nuovo.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>the server&apos;s stream broke off</source>
        <translation>il flusso del server si è interrotto</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Ponder was closed during the reply.</source>
        <translation>Ponder è stato chiuso durante la risposta.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The chat database did not finish saving in time.</source>
        <translation>Il database delle chat non ha terminato il salvataggio in tempo.</translation>
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
        <translation>Il salvataggio delle chat funziona di nuovo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New chat</source>
        <comment>the title of a chat that has none yet</comment>
        <translation>Nuova chat</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../ui/chat_view.py" line="+100"/>
        <source>Type a message below to start.</source>
        <translation>Scrivi un messaggio qui sotto per iniziare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading earlier messages…</source>
        <translation>Caricamento dei messaggi precedenti…</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <location filename="../../ui/markdown_render.py" line="+164"/>
        <source>Copy code</source>
        <translation>Copia il codice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>code</source>
        <comment>header of a code block whose language is not named</comment>
        <translation>codice</translation>
    </message>
</context>
<context>
    <name>Components</name>
    <message>
        <location filename="../../app/components.py" line="+37"/>
        <source>not installed</source>
        <comment>a component&apos;s version</comment>
        <translation>non installato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bundled</source>
        <comment>a component&apos;s version</comment>
        <translation>incluso</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>used unmodified as separate shared libraries, which you may replace with your own build</source>
        <translation>usati senza modifiche come librerie condivise separate, che puoi sostituire con una tua build</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>via {package}</source>
        <comment>a component&apos;s version: it comes inside that package</comment>
        <translation>tramite {package}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the starter model, by Hugging Face</source>
        <translation>il modello iniziale, di Hugging Face</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../ui/composer.py" line="+58"/>
        <source>No task preset</source>
        <translation>Nessuna preimpostazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task: math</source>
        <translation>Attività: matematica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task: code</source>
        <translation>Attività: codice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task: science</source>
        <translation>Attività: scienze</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Message Ponder…  (Shift+Enter: new line)</source>
        <translation>Scrivi a Ponder…  (Shift+Invio: nuova riga)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter sends, Shift+Enter starts a new line, Tab leaves the box</source>
        <translation>Invio invia, Shift+Invio va a capo, Tab esce dalla casella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <comment>accessible name of the box where the user writes</comment>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <comment>button: send the message</comment>
        <translation>Invia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send message</source>
        <translation>Invia il messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <comment>button: stop the reply</comment>
        <translation>Interrompi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the reply (Esc)</source>
        <translation>Interrompi la risposta (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer now</source>
        <translation>Rispondi ora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop thinking and answer now</source>
        <translation>Smetti di riflettere e rispondi ora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop thinking and answer now (Ctrl+Shift+A)</source>
        <translation>Smetti di riflettere e rispondi ora (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Task preset</source>
        <translation>Preimpostazione attività</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model card&apos;s instruction for this kind of task, put before your question (Heavy mode&apos;s judge uses its math prompt for math and science)</source>
        <translation>L&apos;istruzione della scheda del modello per questo tipo di attività, inserita prima della tua domanda (il giudice della modalità intensiva usa il suo prompt di matematica per matematica e scienze)</translation>
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
Ultima modifica: {when}</translation>
    </message>
</context>
<context>
    <name>ConversationPanel</name>
    <message>
        <location line="+48"/>
        <source>Search chats</source>
        <translation>Cerca nelle chat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New chat</source>
        <translation>Nuova chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat (Ctrl+N)</source>
        <translation>Nuova chat (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chats</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter opens the chat, F2 renames it, Delete deletes it</source>
        <translation>Invio apre la chat, F2 la rinomina, Canc la elimina</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Rename</source>
        <comment>menu: rename a chat</comment>
        <translation>Rinomina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <comment>menu: delete a chat</comment>
        <translation>Elimina</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <location filename="../../ui/answer_view.py" line="-113"/>
        <source>Copy</source>
        <comment>button: copy text to the clipboard</comment>
        <translation>Copia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <comment>said for a moment after copying to the clipboard</comment>
        <translation>Copiato</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <location filename="../../app/startup.py" line="+37"/>
        <source>Ponder can move it aside (renamed, nothing is deleted) and start with no chats.</source>
        <translation>Ponder può spostarlo da parte (rinominandolo, senza eliminare nulla) e avviarsi senza chat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ponder can run without saving: chats then last until you quit.</source>
        <translation>Ponder può funzionare senza salvare: in tal caso le chat durano fino alla chiusura.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Ponder is already open with the data folder {folder} (process {pid}). Use that window, or close it and start Ponder again.</source>
        <translation>Ponder è già aperto con la cartella dei dati {folder} (processo {pid}). Usa quella finestra, oppure chiudila e avvia di nuovo Ponder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ponder is already open with the data folder {folder}. Use that window, or close it and start Ponder again.</source>
        <translation>Ponder è già aperto con la cartella dei dati {folder}. Usa quella finestra, oppure chiudila e avvia di nuovo Ponder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ponder cannot write in its data folder {folder} (the lock file {file} cannot be created). Check the folder&apos;s permissions.</source>
        <translation>Ponder non può scrivere nella sua cartella dei dati {folder} (impossibile creare il file di blocco {file}). Controlla i permessi della cartella.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The damaged chat database was moved to {path}; Ponder started with no chats.</source>
        <translation>Il database delle chat danneggiato è stato spostato in {path}; Ponder si è avviato senza chat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ponder cannot open your chats</source>
        <translation>Ponder non riesce ad aprire le tue chat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chats are not saved in this session; they last until you quit.</source>
        <translation>Le chat non vengono salvate in questa sessione; durano fino alla chiusura.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n reply(ies) were cut off when Ponder last closed; they are kept, marked interrupted.</source>
        <translation>
            <numerusform>%n risposta è stata troncata all&apos;ultima chiusura di Ponder; è stata conservata e contrassegnata come interrotta.</numerusform>
            <numerusform>%n risposte sono state troncate all&apos;ultima chiusura di Ponder; sono state conservate e contrassegnate come interrotte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ponder cannot start</source>
        <translation>Ponder non può avviarsi</translation>
    </message>
</context>
<context>
    <name>DownloadsController</name>
    <message>
        <location filename="../../app/downloads_controller.py" line="+138"/>
        <source>Refused: {reason}.</source>
        <translation>Rifiutato: {reason}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Paused; the partial file is kept.</source>
        <translation>In pausa; il file parziale è conservato.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled. The partial file is kept.</source>
        <translation>Annullato. Il file parziale è conservato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled. The partial file could not be removed: {error}.</source>
        <translation>Annullato. Impossibile rimuovere il file parziale: {error}.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The search failed: {kind}: {error}</source>
        <translation>La ricerca non è riuscita: {kind}: {error}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Stopped before it started.</source>
        <translation>Interrotto prima di iniziare.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verified.</source>
        <comment>a downloaded model&apos;s checksum</comment>
        <translation>Verificato.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The download failed ({kind}): {error}: {file}.</source>
        <translation>Il download non è riuscito ({kind}): {error}: {file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The download failed ({kind}): {error}.</source>
        <translation>Il download non è riuscito ({kind}): {error}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download failed unexpectedly: {kind}: {error}</source>
        <translation>Il download non è riuscito in modo imprevisto: {kind}: {error}</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../../engine/backend_info.py" line="+47"/>
        <source>CPU: this build of Ponder has no GPU support; install the CUDA build to use the {gpus}</source>
        <translation>CPU: questa build di Ponder non supporta la GPU; installa la build CUDA per usare {gpus}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{backend}: all {layers} layers on {where}</source>
        <translation>{backend}: tutti i {layers} livelli su {where}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{backend} and CPU: {layers} of {total} layers on {where}; the rest did not fit in GPU memory</source>
        <translation>{backend} e CPU: {layers} livelli su {total} su {where}; il resto non entrava nella memoria della GPU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{backend} and CPU: {layers} of {total} layers on {where}; as set in Settings</source>
        <translation>{backend} e CPU: {layers} livelli su {total} su {where}; come impostato nelle Impostazioni</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU: the NVIDIA driver is too old for this build&apos;s CUDA; update the driver</source>
        <translation>CPU: il driver NVIDIA è troppo vecchio per la versione CUDA di questa build; aggiorna il driver</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CPU: the model did not fit in GPU memory</source>
        <translation>CPU: il modello non entrava nella memoria della GPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU: GPU layers are set to 0 in Settings</source>
        <translation>CPU: i livelli GPU sono impostati a 0 nelle Impostazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU: no NVIDIA GPU or driver was found</source>
        <translation>CPU: non è stata trovata nessuna GPU NVIDIA o nessun driver</translation>
    </message>
    <message>
        <location filename="../../engine/catalog.py" line="+14"/>
        <source>fits on GPU</source>
        <translation>entra nella GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partial offload</source>
        <translation>parzialmente su GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU only (slow)</source>
        <translation>solo CPU (lento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not fit</source>
        <translation>non entra</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + {overhead:.1f} overhead); {free:.1f} GiB free on {gpu}</source>
        <translation>servono {need:.1f} GiB ({weights:.1f} pesi + {kv:.2f} KV cache a {ctx:,} token + {overhead:.1f} overhead); {free:.1f} GiB liberi su {gpu}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + {overhead:.1f} overhead); about {share:.0%} of the layers fit in {free:.1f} GiB of GPU memory</source>
        <translation>servono {need:.1f} GiB ({weights:.1f} pesi + {kv:.2f} KV cache a {ctx:,} token + {overhead:.1f} overhead); circa il {share:.0%} dei livelli entra in {free:.1f} GiB di memoria GPU</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + {overhead:.1f} overhead); no NVIDIA GPU found, {ram:.1f} GiB RAM free</source>
        <translation>servono {need:.1f} GiB ({weights:.1f} pesi + {kv:.2f} KV cache a {ctx:,} token + {overhead:.1f} overhead); nessuna GPU NVIDIA trovata, {ram:.1f} GiB di RAM liberi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + {overhead:.1f} overhead); too big for the GPU, {ram:.1f} GiB RAM free</source>
        <translation>servono {need:.1f} GiB ({weights:.1f} pesi + {kv:.2f} KV cache a {ctx:,} token + {overhead:.1f} overhead); troppo grande per la GPU, {ram:.1f} GiB di RAM liberi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + {overhead:.1f} overhead); only {free:.1f} GiB GPU + {ram:.1f} GiB RAM free</source>
        <translation>servono {need:.1f} GiB ({weights:.1f} pesi + {kv:.2f} KV cache a {ctx:,} token + {overhead:.1f} overhead); liberi solo {free:.1f} GiB di GPU + {ram:.1f} GiB di RAM</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{model} is released by NVIDIA under the {licence}. Read it at {url} and {llama_url}. Downloading the model means you accept its terms.</source>
        <translation>{model} è distribuito da NVIDIA con la {licence}. Puoi leggerla su {url} e {llama_url}. Scaricando il modello ne accetti i termini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} is released by NVIDIA under the {licence}. Read it at {url}. Downloading the model means you accept its terms.</source>
        <translation>{model} è distribuito da NVIDIA con la {licence}. Puoi leggerla su {url}. Scaricando il modello ne accetti i termini.</translation>
    </message>
    <message>
        <location filename="../../engine/client.py" line="+34"/>
        <source>the engine process is not running</source>
        <translation>il processo del motore non è in esecuzione</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The engine process stopped unexpectedly: it was killed by signal {signal}. Last words: {words}</source>
        <translation>Il processo del motore si è arrestato in modo imprevisto: è stato terminato dal segnale {signal}. Ultimi messaggi: {words}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine process stopped unexpectedly: it was killed by signal {signal}.</source>
        <translation>Il processo del motore si è arrestato in modo imprevisto: è stato terminato dal segnale {signal}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine process stopped unexpectedly: it was killed by {signal}. Last words: {words}</source>
        <translation>Il processo del motore si è arrestato in modo imprevisto: è stato terminato da {signal}. Ultimi messaggi: {words}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine process stopped unexpectedly: it was killed by {signal}.</source>
        <translation>Il processo del motore si è arrestato in modo imprevisto: è stato terminato da {signal}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine process stopped unexpectedly: it exited with code {code}. Last words: {words}</source>
        <translation>Il processo del motore si è arrestato in modo imprevisto: è uscito con il codice {code}. Ultimi messaggi: {words}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine process stopped unexpectedly: it exited with code {code}.</source>
        <translation>Il processo del motore si è arrestato in modo imprevisto: è uscito con il codice {code}.</translation>
    </message>
    <message>
        <location filename="../../engine/downloads.py" line="+151"/>
        <source>HF_ENDPOINT {url} is not an http(s) address.</source>
        <translation>HF_ENDPOINT {url} non è un indirizzo http(s).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{hub} did not answer about {file} within {seconds:.0f} s; try again later.</source>
        <translation>{hub} non ha risposto su {file} entro {seconds:.0f} s; riprova più tardi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{hub} did not answer the request within {seconds:.0f} s; try again later.</source>
        <translation>{hub} non ha risposto alla richiesta entro {seconds:.0f} s; riprova più tardi.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Offline mode is on: Ponder makes no network calls.</source>
        <translation>La modalità offline è attiva: Ponder non effettua connessioni di rete.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{file} has no SHA-256 checksum on the hub, so it cannot be verified; Ponder does not use unverified models.</source>
        <translation>{file} non ha un checksum SHA-256 sull&apos;hub, quindi non può essere verificato; Ponder non usa modelli non verificati.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{repo} needs a Hugging Face token with access, and its licence may have to be accepted first at {page}.</source>
        <translation>{repo} richiede un token Hugging Face con accesso, e potrebbe essere necessario accettarne prima la licenza su {page}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file list was not found in {repo}.</source>
        <translation>l&apos;elenco dei file non è stato trovato in {repo}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hub is busy (HTTP {code}); try again in {seconds:.0f} s.</source>
        <translation>L&apos;hub è occupato (HTTP {code}); riprova tra {seconds:.0f} s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hub is busy (HTTP {code}); try again later.</source>
        <translation>L&apos;hub è occupato (HTTP {code}); riprova più tardi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hub answered HTTP {code} for the file list.</source>
        <translation>L&apos;hub ha risposto HTTP {code} per l&apos;elenco dei file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hub answered HTTP {code} for {file}.</source>
        <translation>L&apos;hub ha risposto HTTP {code} per {file}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The hub&apos;s answer was larger than {mib} MiB; it was not read.</source>
        <translation>La risposta dell&apos;hub superava {mib} MiB; non è stata letta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hub sent an answer that is not valid JSON.</source>
        <translation>L&apos;hub ha inviato una risposta che non è JSON valido.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The hub sent an unreadable file list for {repo}.</source>
        <translation>L&apos;hub ha inviato un elenco dei file illeggibile per {repo}.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{file} is empty on the hub; it is not a model.</source>
        <translation>{file} è vuoto sull&apos;hub; non è un modello.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{file} failed verification (SHA-256 mismatch); the download was deleted. Try again.</source>
        <translation>{file} non ha superato la verifica (SHA-256 non corrispondente); il download è stato eliminato. Riprova.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot move the verified download to {target}: {reason}; the verified file is kept as {part}.</source>
        <translation>Impossibile spostare il download verificato in {target}: {reason}; il file verificato è conservato come {part}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot check the free space in {folder}: {reason}.</source>
        <translation>Impossibile controllare lo spazio libero in {folder}: {reason}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not enough disk space: {need:.2f} GiB needed, {free:.2f} GiB free in {folder}.</source>
        <translation>Spazio su disco insufficiente: servono {need:.2f} GiB, liberi {free:.2f} GiB in {folder}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{file}: Ponder does not follow the server&apos;s redirects (a loop, more than {max}, or not to an http(s) address).</source>
        <translation>{file}: Ponder non segue i reindirizzamenti del server (un ciclo, più di {max}, o verso un indirizzo non http(s)).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The disk is full; the partial file is kept and the download resumes when space is free.</source>
        <translation>Il disco è pieno; il file parziale è conservato e il download riprende quando si libera spazio.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>no answer within {seconds:.0f} s; retrying in {wait:.0f} s</source>
        <translation>nessuna risposta entro {seconds:.0f} s; nuovo tentativo tra {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data for {seconds:.0f} s; retrying in {wait:.0f} s</source>
        <translation>nessun dato per {seconds:.0f} s; nuovo tentativo tra {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slower than {rate:.0f} KiB/s for {seconds:.0f} s; retrying in {wait:.0f} s</source>
        <translation>più lento di {rate:.0f} KiB/s per {seconds:.0f} s; nuovo tentativo tra {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP {code}; retrying in {wait:.0f} s</source>
        <translation>HTTP {code}; nuovo tentativo tra {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server did not resume at the right place; retrying in {wait:.0f} s</source>
        <translation>il server non ha ripreso dal punto giusto; nuovo tentativo tra {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection closed early; retrying in {wait:.0f} s</source>
        <translation>la connessione si è chiusa prima del previsto; nuovo tentativo tra {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its name could not be looked up; retrying in {wait:.0f} s</source>
        <translation>impossibile risolvere il nome; nuovo tentativo tra {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection was refused; retrying in {wait:.0f} s</source>
        <translation>la connessione è stata rifiutata; nuovo tentativo tra {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it did not answer; retrying in {wait:.0f} s</source>
        <translation>nessuna risposta; nuovo tentativo tra {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the network is unreachable; retrying in {wait:.0f} s</source>
        <translation>la rete non è raggiungibile; nuovo tentativo tra {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}; retrying in {wait:.0f} s</source>
        <translation>{reason}; nuovo tentativo tra {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The download kept failing (no answer within {seconds:.0f} s); the partial file is kept and will resume next time.</source>
        <translation>Il download continua a non riuscire (nessuna risposta entro {seconds:.0f} s); il file parziale è conservato e riprenderà la prossima volta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (no data for {seconds:.0f} s); the partial file is kept and will resume next time.</source>
        <translation>Il download continua a non riuscire (nessun dato per {seconds:.0f} s); il file parziale è conservato e riprenderà la prossima volta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (slower than {rate:.0f} KiB/s for {seconds:.0f} s); the partial file is kept and will resume next time.</source>
        <translation>Il download continua a non riuscire (più lento di {rate:.0f} KiB/s per {seconds:.0f} s); il file parziale è conservato e riprenderà la prossima volta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (HTTP {code}); the partial file is kept and will resume next time.</source>
        <translation>Il download continua a non riuscire (HTTP {code}); il file parziale è conservato e riprenderà la prossima volta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (the server did not resume at the right place); the partial file is kept and will resume next time.</source>
        <translation>Il download continua a non riuscire (il server non ha ripreso dal punto giusto); il file parziale è conservato e riprenderà la prossima volta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (the connection closed early); the partial file is kept and will resume next time.</source>
        <translation>Il download continua a non riuscire (la connessione si è chiusa prima del previsto); il file parziale è conservato e riprenderà la prossima volta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (its name could not be looked up); the partial file is kept and will resume next time.</source>
        <translation>Il download continua a non riuscire (impossibile risolvere il nome); il file parziale è conservato e riprenderà la prossima volta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (the connection was refused); the partial file is kept and will resume next time.</source>
        <translation>Il download continua a non riuscire (la connessione è stata rifiutata); il file parziale è conservato e riprenderà la prossima volta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (it did not answer); the partial file is kept and will resume next time.</source>
        <translation>Il download continua a non riuscire (nessuna risposta); il file parziale è conservato e riprenderà la prossima volta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (the network is unreachable); the partial file is kept and will resume next time.</source>
        <translation>Il download continua a non riuscire (la rete non è raggiungibile); il file parziale è conservato e riprenderà la prossima volta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing ({reason}); the partial file is kept and will resume next time.</source>
        <translation>Il download continua a non riuscire ({reason}); il file parziale è conservato e riprenderà la prossima volta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach {hub}: its name could not be looked up. Check the internet connection; models on this computer still work.</source>
        <translation>Impossibile raggiungere {hub}: impossibile risolvere il nome. Controlla la connessione a internet; i modelli su questo computer funzionano comunque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach {hub}: the connection was refused. Check the internet connection; models on this computer still work.</source>
        <translation>Impossibile raggiungere {hub}: la connessione è stata rifiutata. Controlla la connessione a internet; i modelli su questo computer funzionano comunque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach {hub}: it did not answer. Check the internet connection; models on this computer still work.</source>
        <translation>Impossibile raggiungere {hub}: non ha risposto. Controlla la connessione a internet; i modelli su questo computer funzionano comunque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach {hub}: the network is unreachable. Check the internet connection; models on this computer still work.</source>
        <translation>Impossibile raggiungere {hub}: la rete non è raggiungibile. Controlla la connessione a internet; i modelli su questo computer funzionano comunque.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The download was cancelled; the partial file is kept.</source>
        <translation>Il download è stato annullato; il file parziale è conservato.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} was not found in {repo}.</source>
        <translation>{file} non è stato trovato in {repo}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossibile scrivere {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}: the server redirected from https to plain http, which Ponder does not follow.</source>
        <translation>{file}: il server ha reindirizzato da https a http non cifrato, e Ponder non segue questo reindirizzamento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: the server redirected to a {scheme}: address, which Ponder does not follow.</source>
        <translation>{file}: il server ha reindirizzato a un indirizzo {scheme}:, e Ponder non segue questo reindirizzamento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: the server redirected to a relative: address, which Ponder does not follow.</source>
        <translation>{file}: il server ha reindirizzato a un indirizzo relativo, e Ponder non segue questo reindirizzamento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The hub declared no valid size for {file} ({value}); it cannot be downloaded safely.</source>
        <translation>L&apos;hub non ha dichiarato una dimensione valida per {file} ({value}); non può essere scaricato in sicurezza.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Cannot reach {hub}: the server redirected from https to plain http, which Ponder does not follow</source>
        <translation>Impossibile raggiungere {hub}: il server ha reindirizzato da https a http non cifrato, e Ponder non segue questo reindirizzamento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach {hub}: the server redirected to a {scheme}: address, which Ponder does not follow</source>
        <translation>Impossibile raggiungere {hub}: il server ha reindirizzato a un indirizzo {scheme}:, e Ponder non segue questo reindirizzamento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach {hub}: the server redirected to a relative: address, which Ponder does not follow</source>
        <translation>Impossibile raggiungere {hub}: il server ha reindirizzato a un indirizzo relativo, e Ponder non segue questo reindirizzamento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach {hub}: {reason}</source>
        <translation>Impossibile raggiungere {hub}: {reason}</translation>
    </message>
    <message>
        <location filename="../../engine/genselect.py" line="+111"/>
        <source>unfinished</source>
        <translation>incompleto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty</source>
        <translation>vuoto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>longer than {limit:,} characters</source>
        <translation>più lungo di {limit:,} caratteri</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>no usable candidate</source>
        <translation>nessun candidato utilizzabile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>picked {number} of {total} · by judgment</source>
        <translation>scelto il candidato {number} di {total} · dal giudice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>picked {number} of {total} · by majority vote ({votes} agree)</source>
        <translation>scelto il candidato {number} di {total} · per voto di maggioranza ({votes} concordi)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>picked {number} of {total} · no verdict and no comparable final answers: the first one shown</source>
        <translation>scelto il candidato {number} di {total} · nessun verdetto e nessuna risposta finale confrontabile: mostrata la prima</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>picked {number} of {total} · the only usable one</source>
        <translation>scelto il candidato {number} di {total} · l&apos;unico utilizzabile</translation>
    </message>
    <message>
        <location filename="../../engine/gguf_meta.py" line="+128"/>
        <source>{name}: the file is truncated (its header ends early)</source>
        <translation>{name}: il file è troncato (l&apos;intestazione termina prima del previsto)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: its header is corrupt (a string of {size:,} bytes)</source>
        <translation>{name}: l&apos;intestazione è danneggiata (una stringa di {size:,} byte)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: malformed metadata: {key} has an unknown value type ({type})</source>
        <translation>{name}: metadati non validi: {key} ha un tipo di valore sconosciuto ({type})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: malformed metadata: {key} is an array of arrays, which GGUF does not allow</source>
        <translation>{name}: metadati non validi: {key} è un array di array, che GGUF non consente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: malformed metadata: {key} is an array of an unknown type ({type})</source>
        <translation>{name}: metadati non validi: {key} è un array di tipo sconosciuto ({type})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: malformed metadata: {key} lists {count:,} strings (at most {limit:,}; real vocabularies have under {real:,})</source>
        <translation>{name}: metadati non validi: {key} elenca {count:,} stringhe (al massimo {limit:,}; i vocabolari reali ne hanno meno di {real:,})</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{name}: malformed metadata: {key} must be a whole number from 0 to {high:,}, not {value}</source>
        <translation>{name}: metadati non validi: {key} deve essere un numero intero da 0 a {high:,}, non {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: malformed metadata: {key} must be a whole number from 0 to {high:,}, not a list ({count:,} items)</source>
        <translation>{name}: metadati non validi: {key} deve essere un numero intero da 0 a {high:,}, non una lista ({count:,} elementi)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name}: malformed metadata: {key} must be text, not {value}</source>
        <translation>{name}: metadati non validi: {key} deve essere un testo, non {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: malformed metadata: {key} must be text, not a list ({count:,} items)</source>
        <translation>{name}: metadati non validi: {key} deve essere un testo, non una lista ({count:,} elementi)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: malformed metadata: {key} is {length:,} characters long (at most {limit:,})</source>
        <translation>{name}: metadati non validi: {key} è lungo {length:,} caratteri (al massimo {limit:,})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: malformed metadata: {key} has {count:,} per-layer values (at most {limit})</source>
        <translation>{name}: metadati non validi: {key} ha {count:,} valori per livello (al massimo {limit})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: malformed metadata: {key} must be true or false, not {value}</source>
        <translation>{name}: metadati non validi: {key} deve essere vero o falso, non {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: malformed metadata: {key} must be true or false, not a list ({count:,} items)</source>
        <translation>{name}: metadati non validi: {key} deve essere vero o falso, non una lista ({count:,} elementi)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: malformed metadata: {key} must be stored as uint32 (GGUF type {expected}), not as type {type}</source>
        <translation>{name}: metadati non validi: {key} deve essere memorizzato come uint32 (tipo GGUF {expected}), non come tipo {type}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: malformed metadata: {key} must be a power of two, not {value}</source>
        <translation>{name}: metadati non validi: {key} deve essere una potenza di due, non {value}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: malformed metadata: {key} must be a list of strings, not {value}</source>
        <translation>{name}: metadati non validi: {key} deve essere una lista di stringhe, non {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: malformed metadata: {key} must be a list of strings, not a list ({count:,} items)</source>
        <translation>{name}: metadati non validi: {key} deve essere una lista di stringhe, non una lista ({count:,} elementi)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no such file: {path}</source>
        <translation>file inesistente: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>cannot read {path}: {reason}</source>
        <translation>impossibile leggere {path}: {reason}</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>{path} is a folder, not a GGUF model file</source>
        <translation>{path} è una cartella, non un file di modello GGUF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a pipe, socket or device, not a GGUF model file</source>
        <translation>{path} è una pipe, un socket o un dispositivo, non un file di modello GGUF</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is not a GGUF model (only {size} bytes)</source>
        <translation>{name} non è un modello GGUF (solo {size} byte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a GGUF model file (wrong magic bytes)</source>
        <translation>{name} non è un file di modello GGUF (firma iniziale errata)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name}: malformed metadata ({error})</source>
        <translation>{name}: metadati non validi ({error})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: GGUF version {version} is not supported</source>
        <translation>{name}: la versione GGUF {version} non è supportata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: its header is corrupt ({tensors:,} tensors, {keys:,} metadata keys)</source>
        <translation>{name}: l&apos;intestazione è danneggiata ({tensors:,} tensori, {keys:,} chiavi di metadati)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}: malformed metadata: an empty or repeated key ({key})</source>
        <translation>{name}: metadati non validi: una chiave vuota o ripetuta ({key})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: its tensor table is corrupt (a tensor with {dims:,} dimensions)</source>
        <translation>{name}: la tabella dei tensori è danneggiata (un tensore con {dims:,} dimensioni)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: its tensor table is corrupt (a tensor larger than any computer can hold)</source>
        <translation>{name}: la tabella dei tensori è danneggiata (un tensore più grande di quanto qualsiasi computer possa contenere)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}: the file is truncated: {missing:,} bytes of weights are missing (an interrupted download?)</source>
        <translation>{name}: il file è troncato: mancano {missing:,} byte di pesi (un download interrotto?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: it does not name its architecture ({key})</source>
        <translation>{name}: non indica la propria architettura ({key})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: malformed metadata: {key} is {id:,}, but the vocabulary has only {count:,} tokens</source>
        <translation>{name}: metadati non validi: {key} vale {id:,}, ma il vocabolario ha solo {count:,} token</translation>
    </message>
    <message>
        <location filename="../../engine/hardware.py" line="+97"/>
        <source>nvidia-smi did not answer ({error})</source>
        <translation>nvidia-smi non ha risposto ({error})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nvidia-smi failed: {output}</source>
        <translation>nvidia-smi non è riuscito: {output}</translation>
    </message>
    <message>
        <location filename="../../engine/heavy.py" line="+108"/>
        <source>Heavy mode samples its candidates: temperature {temperature} is used instead of greedy decoding.</source>
        <translation>La modalità intensiva campiona i candidati: viene usata la temperatura {temperature} invece della decodifica deterministica.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>stopped while judging; no answer</source>
        <translation>interrotta durante la valutazione del giudice; nessuna risposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped while judging; candidate {number} kept</source>
        <translation>interrotta durante la valutazione del giudice; conservato il candidato {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped after {usable} usable candidate(s); no answer</source>
        <translation>interrotta con candidati utilizzabili: {usable}; nessuna risposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped after {usable} usable candidate(s); candidate {number} kept</source>
        <translation>interrotta con candidati utilizzabili: {usable}; conservato il candidato {number}</translation>
    </message>
    <message>
        <location filename="../../engine/limits.py" line="+55"/>
        <source>{setting} must be a sentence of at most {limit} characters</source>
        <translation>{setting} deve essere una frase di al massimo {limit} caratteri</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a context of {n_ctx:,} tokens is more than {model} was trained for ({trained:,} tokens)</source>
        <translation>un contesto di {n_ctx:,} token supera quello per cui {model} è stato addestrato ({trained:,} token)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a context of {n_ctx:,} tokens needs about {need:.1f} GiB for its KV cache, but only {memory:.1f} GiB of memory is free (RAM and GPU together); the largest context that fits is {fits:,} tokens</source>
        <translation>un contesto di {n_ctx:,} token richiede circa {need:.1f} GiB per la KV cache, ma sono liberi solo {memory:.1f} GiB di memoria (RAM e GPU insieme); il contesto più grande possibile è di {fits:,} token</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>threads must be a whole number from 0 to {cpus:,}, not {value} (this computer has {cpus} CPUs; 0 uses one thread per physical core)</source>
        <translation>i thread devono essere un numero intero da 0 a {cpus:,}, non {value} (questo computer ha {cpus} CPU; 0 usa un thread per core fisico)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>GPU layers must be &apos;auto&apos;, -1 (all) or a number of layers, not {value}</source>
        <translation>i livelli GPU devono essere &apos;auto&apos;, -1 (tutti) o un numero di livelli, non {value}</translation>
    </message>
    <message>
        <location filename="../../engine/llama_backend.py" line="+159"/>
        <source>the model&apos;s file name {path} is not valid UTF-8, which llama.cpp cannot open; rename the file</source>
        <translation>il nome del file del modello {path} non è in UTF-8 valido e llama.cpp non può aprirlo; rinomina il file</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>could not load {name}: {reason}</source>
        <translation>impossibile caricare {name}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loading with all GPU layers failed ({reason}); retrying with fewer</source>
        <translation>caricamento con tutti i livelli sulla GPU non riuscito ({reason}); nuovo tentativo con meno livelli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading with {layers} GPU layers failed ({reason}); retrying with fewer</source>
        <translation>caricamento con {layers} livelli sulla GPU non riuscito ({reason}); nuovo tentativo con meno livelli</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>the model&apos;s chat template produced an empty prompt, so there is nothing to answer; the template in the model file is broken</source>
        <translation>il template di chat del modello ha prodotto un prompt vuoto, quindi non c&apos;è nulla a cui rispondere; il template nel file del modello è difettoso</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the message is too long: the prompt needs more characters than any context holds but the context holds {n_ctx:,} (with {reserve:,} kept for the reply). Shorten it or raise the context size.</source>
        <translation>il messaggio è troppo lungo: il prompt richiede più caratteri di quanti ne possa contenere qualsiasi contesto, ma il contesto contiene {n_ctx:,} token (di cui {reserve:,} riservati alla risposta). Accorcia il messaggio o aumenta la dimensione del contesto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the message is too long: the prompt needs {tokens:,} tokens but the context holds {n_ctx:,} (with {reserve:,} kept for the reply). Shorten it or raise the context size.</source>
        <translation>il messaggio è troppo lungo: il prompt richiede {tokens:,} token, ma il contesto ne contiene {n_ctx:,} (di cui {reserve:,} riservati alla risposta). Accorcia il messaggio o aumenta la dimensione del contesto.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>llama.cpp failed to evaluate the prompt: {error}</source>
        <translation>llama.cpp non è riuscito a valutare il prompt: {error}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>no model is loaded</source>
        <translation>nessun modello caricato</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the message is empty</source>
        <translation>il messaggio è vuoto</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the conversation no longer fits the context: the oldest {dropped} message(s) were left out</source>
        <translation>la conversazione non entra più nel contesto: messaggi più vecchi esclusi: {dropped}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>llama.cpp could not restore the prompt&apos;s state for the next candidate</source>
        <translation>llama.cpp non è riuscito a ripristinare lo stato del prompt per il candidato successivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>llama.cpp could not cut the cache back to the prompt for the next candidate</source>
        <translation>llama.cpp non è riuscito a riportare la cache al prompt per il candidato successivo</translation>
    </message>
    <message>
        <location filename="../../engine/local_models.py" line="+82"/>
        <source>cannot read this folder: {reason}</source>
        <translation>impossibile leggere questa cartella: {reason}</translation>
    </message>
    <message>
        <location filename="../../engine/paths.py" line="+43"/>
        <source>Ponder&apos;s data folder {folder} cannot be used: {blocker} is a file, not a folder. Move that file away, or set PONDER_HOME to another folder.</source>
        <translation>La cartella dei dati di Ponder {folder} non può essere usata: {blocker} è un file, non una cartella. Sposta quel file altrove, oppure imposta PONDER_HOME su un&apos;altra cartella.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ponder&apos;s data folder {folder} cannot be created ({reason}). Check its permissions, or set PONDER_HOME to another folder.</source>
        <translation>Impossibile creare la cartella dei dati di Ponder {folder} ({reason}). Controlla i permessi, oppure imposta PONDER_HOME su un&apos;altra cartella.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ponder&apos;s models folder {folder} is a file, not a folder. Move that file away.</source>
        <translation>La cartella dei modelli di Ponder {folder} è un file, non una cartella. Sposta quel file altrove.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ponder&apos;s models folder {folder} cannot be created ({reason}).</source>
        <translation>Impossibile creare la cartella dei modelli di Ponder {folder} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../engine/profiles.py" line="+125"/>
        <source>the task {task} has no preset for {label} models (presets: none)</source>
        <translation>l&apos;attività {task} non ha una preimpostazione per i modelli {label} (preimpostazioni: nessuna)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the task {task} has no preset for {label} models (presets: {known})</source>
        <translation>l&apos;attività {task} non ha una preimpostazione per i modelli {label} (preimpostazioni: {known})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Thinking model</source>
        <translation>Modello di ragionamento</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Chat model</source>
        <translation>Modello di chat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this model does not reason: the reasoning controls are off</source>
        <translation>questo modello non ragiona: i controlli del ragionamento sono disattivati</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown model family {family} (known: {names})</source>
        <translation>famiglia di modelli sconosciuta: {family} (note: {names})</translation>
    </message>
    <message>
        <location filename="../../engine/remote.py" line="+284"/>
        <source>{host} does not serve the model {model}. Its models: none.</source>
        <translation>{host} non fornisce il modello {model}. I suoi modelli: nessuno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} does not serve the model {model}. Its models: {models}.</source>
        <translation>{host} non fornisce il modello {model}. I suoi modelli: {models}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No chat template is known for {model}: a thinking budget will be sent to the server but cannot be enforced by Ponder if the server ignores it.</source>
        <translation>Nessun template di chat noto per {model}: il budget di riflessione verrà inviato al server, ma Ponder non potrà farlo rispettare se il server lo ignora.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Heavy mode runs on a local model only: it continues every candidate from one evaluated prompt, which a server does not share. Turn Heavy off or choose a local model.</source>
        <translation>La modalità intensiva funziona solo con un modello locale: prosegue ogni candidato da un unico prompt già valutato, che un server non condivide. Disattiva la modalità intensiva o scegli un modello locale.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The budget cannot be applied: {server} takes no budget field and no chat template is known for {model}. Choose the model&apos;s family for this server.</source>
        <translation>Impossibile applicare il budget: {server} non accetta un campo per il budget e non è noto alcun template di chat per {model}. Scegli la famiglia del modello per questo server.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{host} offers no usable /v1/completions: {error}</source>
        <translation>{host} non offre un servizio /v1/completions utilizzabile: {error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the conversation is too long for {model} on {host}: its context holds {context:,} tokens. Start a new chat or shorten the message.</source>
        <translation>la conversazione è troppo lunga per {model} su {host}: il suo contesto contiene {context:,} token. Inizia una nuova chat o accorcia il messaggio.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Answer now is not possible here: no chat template is known for {model}. Choose the model&apos;s family for this server.</source>
        <translation>“Rispondi ora” non è disponibile qui: non è noto alcun template di chat per {model}. Scegli la famiglia del modello per questo server.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The reply from {host} broke off: {error} What arrived is kept.</source>
        <translation>La risposta da {host} si è interrotta: {error} Quanto ricevuto viene conservato.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The reply from {host} ended without finishing (the stream was cut). What arrived is kept.</source>
        <translation>La risposta da {host} è terminata senza concludersi (il flusso è stato interrotto). Quanto ricevuto viene conservato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} aborted the reply. What arrived is kept.</source>
        <translation>{host} ha annullato la risposta. Quanto ricevuto viene conservato.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{host} ignored the thinking budget field; Ponder ended the reasoning itself.</source>
        <translation>{host} ha ignorato il campo del budget di riflessione; Ponder ha chiuso il ragionamento da solo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The reasoning was closed but {host} could not continue it: it offers no usable /v1/completions ({error}). The budget cannot give an answer on this server.</source>
        <translation>Il ragionamento è stato chiuso, ma {host} non ha potuto proseguirlo: non offre un servizio /v1/completions utilizzabile ({error}). Con questo server il budget non può portare a una risposta.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{host} did not answer with a stream ({reason})</source>
        <translation>{host} non ha risposto con un flusso ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the stream from {host} was closed</source>
        <translation>il flusso da {host} è stato chiuso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{host} sent a stream event Ponder cannot read: {data}</source>
        <translation>{host} ha inviato un evento del flusso che Ponder non riesce a leggere: {data}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} sent a stream event that is not an object: {data}</source>
        <translation>{host} ha inviato un evento del flusso che non è un oggetto: {data}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{host} sent a stream event Ponder cannot read (choices is not a list of objects).</source>
        <translation>{host} ha inviato un evento del flusso che Ponder non riesce a leggere (choices non è una lista di oggetti).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{host} reported an error mid-reply: {said}</source>
        <translation>{host} ha segnalato un errore durante la risposta: {said}</translation>
    </message>
    <message>
        <location filename="../../engine/remote_endpoints.py" line="+44"/>
        <source>llama.cpp server</source>
        <translation>Server llama.cpp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenAI-compatible server</source>
        <translation>Server compatibile con OpenAI</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{engine} {version}</source>
        <translation>{engine} {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{engine} · reasoning in `reasoning` · budget: {budget}</source>
        <translation>{engine} · ragionamento nel campo `reasoning` · budget: {budget}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{engine} · reasoning in `reasoning_content` · budget: {budget}</source>
        <translation>{engine} · ragionamento nel campo `reasoning_content` · budget: {budget}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{engine} · reasoning as think tags in the answer · budget: {budget}</source>
        <translation>{engine} · ragionamento come tag think nella risposta · budget: {budget}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{engine} · reasoning field not seen yet · budget: {budget}</source>
        <translation>{engine} · campo del ragionamento non ancora rilevato · budget: {budget}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the server&apos;s address is empty</source>
        <translation>l&apos;indirizzo del server è vuoto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{address} is not a web address: start it with http:// or https://</source>
        <translation>{address} non è un indirizzo web: deve iniziare con http:// o https://</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only http:// and https:// servers are supported, not {scheme}://</source>
        <translation>sono supportati solo server http:// e https://, non {scheme}://</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{address} names no host</source>
        <translation>{address} non indica alcun host</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} is not a valid host name</source>
        <translation>{host} non è un nome host valido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>put the API key in the key field, not in the address</source>
        <translation>inserisci la chiave API nel campo della chiave, non nell&apos;indirizzo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{address} has an invalid port</source>
        <translation>{address} ha una porta non valida</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a server&apos;s name is 1 to {max} letters, digits, spaces or . @ ( ) + - _, starting with a letter or digit; not {name}</source>
        <translation>il nome di un server è composto da 1 a {max} lettere, cifre, spazi o . @ ( ) + - _ e inizia con una lettera o una cifra; {name} non è valido</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The list of servers ({path}) could not be read: {reason}</source>
        <translation>Impossibile leggere l&apos;elenco dei server ({path}): {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The list of servers ({path}) is damaged; it was not read.</source>
        <translation>L&apos;elenco dei server ({path}) è danneggiato; non è stato letto.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the CA file {path} does not exist</source>
        <translation>il file CA {path} non esiste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a server named {name} already exists</source>
        <translation>esiste già un server chiamato {name}</translation>
    </message>
    <message>
        <location filename="../../engine/remote_http.py" line="+50"/>
        <source>the CA file {path} could not be read: {reason}</source>
        <translation>impossibile leggere il file CA {path}: {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The certificate of {host} could not be verified ({reason}). If the server uses a private certificate authority, name its CA file in the server&apos;s settings.</source>
        <translation>Impossibile verificare il certificato di {host} ({reason}). Se il server usa un&apos;autorità di certificazione privata, indica il relativo file CA nelle impostazioni del server.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A secure connection to {host} failed: {reason}. Check that the address starts with the right scheme (http or https).</source>
        <translation>La connessione sicura a {host} non è riuscita: {reason}. Controlla che l&apos;indirizzo inizi con lo schema giusto (http o https).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{host} did not answer within {seconds:.0f} s. Check the address and that the server is running.</source>
        <translation>{host} non ha risposto entro {seconds:.0f} s. Controlla l&apos;indirizzo e che il server sia in esecuzione.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} stopped sending (nothing arrived for too long).</source>
        <translation>{host} ha smesso di inviare dati (non è arrivato nulla per troppo tempo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} took too long to answer.</source>
        <translation>{host} ha impiegato troppo tempo a rispondere.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach {host}: its name could not be resolved.</source>
        <translation>Impossibile raggiungere {host}: non è stato possibile risolvere il nome.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach {host}: the connection was refused (is the server running on that port?).</source>
        <translation>Impossibile raggiungere {host}: la connessione è stata rifiutata (il server è in esecuzione su quella porta?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach {host}: {reason}.</source>
        <translation>Impossibile raggiungere {host}: {reason}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} closed the connection unexpectedly.</source>
        <translation>{host} ha chiuso la connessione inaspettatamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to {host} failed: {reason}.</source>
        <translation>La connessione a {host} non è riuscita: {reason}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{host} redirected the request to another address. Ponder does not follow redirects: add the final address as the server instead.</source>
        <translation>{host} ha reindirizzato la richiesta a un altro indirizzo. Ponder non segue i reindirizzamenti: aggiungi direttamente l&apos;indirizzo finale come server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} redirected the request to {where}. Ponder does not follow redirects: add the final address as the server instead.</source>
        <translation>{host} ha reindirizzato la richiesta a {where}. Ponder non segue i reindirizzamenti: aggiungi direttamente l&apos;indirizzo finale come server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} refused the request: an API key is needed or the key is wrong (401 Unauthorized).</source>
        <translation>{host} ha rifiutato la richiesta: serve una chiave API oppure la chiave è errata (401 Non autorizzato).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} refused the request: an API key is needed or the key is wrong (401 Unauthorized). The server said: {said}</source>
        <translation>{host} ha rifiutato la richiesta: serve una chiave API oppure la chiave è errata (401 Non autorizzato). Risposta del server: {said}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} denied access with this key (403 Forbidden).</source>
        <translation>{host} ha negato l&apos;accesso con questa chiave (403 Vietato).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} denied access with this key (403 Forbidden). The server said: {said}</source>
        <translation>{host} ha negato l&apos;accesso con questa chiave (403 Vietato). Risposta del server: {said}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} does not serve the model {model} (404). Choose one of the server&apos;s models.</source>
        <translation>{host} non fornisce il modello {model} (404). Scegli uno dei modelli del server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} does not serve the model {model} (404). The server said: {said} Choose one of the server&apos;s models.</source>
        <translation>{host} non fornisce il modello {model} (404). Risposta del server: {said} Scegli uno dei modelli del server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} has no OpenAI-compatible API at this address (404). Check the address (most servers end in /v1).</source>
        <translation>{host} non ha un&apos;API compatibile con OpenAI a questo indirizzo (404). Controlla l&apos;indirizzo (quasi tutti i server terminano con /v1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} has no OpenAI-compatible API at this address (404). Check the address (most servers end in /v1). The server said: {said}</source>
        <translation>{host} non ha un&apos;API compatibile con OpenAI a questo indirizzo (404). Controlla l&apos;indirizzo (quasi tutti i server terminano con /v1). Risposta del server: {said}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{host} rejected the request ({code}).</source>
        <translation>{host} ha rifiutato la richiesta ({code}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} rejected the request ({code}). The server said: {said}</source>
        <translation>{host} ha rifiutato la richiesta ({code}). Risposta del server: {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} failed with a server error ({code}).</source>
        <translation>{host} ha restituito un errore del server ({code}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} failed with a server error ({code}). The server said: {said}</source>
        <translation>{host} ha restituito un errore del server ({code}). Risposta del server: {said}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{host} is rate-limiting requests (429). Try again later.</source>
        <translation>{host} sta limitando le richieste (429). Riprova più tardi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} is rate-limiting requests (429). Try again later. The server said: {said}</source>
        <translation>{host} sta limitando le richieste (429). Riprova più tardi. Risposta del server: {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is rate-limiting requests (429). Try again in {seconds:.0f} s.</source>
        <translation>{host} sta limitando le richieste (429). Riprova tra {seconds:.0f} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} is rate-limiting requests (429). Try again in {seconds:.0f} s. The server said: {said}</source>
        <translation>{host} sta limitando le richieste (429). Riprova tra {seconds:.0f} s. Risposta del server: {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is rate-limiting requests (429). Try again in {seconds:.0f} s. Waiting {seconds:.0f} s before asking again…</source>
        <translation>{host} sta limitando le richieste (429). Riprova tra {seconds:.0f} s. Attesa di {seconds:.0f} s prima di riprovare…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is rate-limiting requests (429). Try again in {seconds:.0f} s. The server said: {said} Waiting {seconds:.0f} s before asking again…</source>
        <translation>{host} sta limitando le richieste (429). Riprova tra {seconds:.0f} s. Risposta del server: {said} Attesa di {seconds:.0f} s prima di riprovare…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} is busy or still loading (503). Try again later.</source>
        <translation>{host} è occupato o ancora in caricamento (503). Riprova più tardi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} is busy or still loading (503). Try again later. The server said: {said}</source>
        <translation>{host} è occupato o ancora in caricamento (503). Riprova più tardi. Risposta del server: {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is busy or still loading (503). Try again in {seconds:.0f} s.</source>
        <translation>{host} è occupato o ancora in caricamento (503). Riprova tra {seconds:.0f} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} is busy or still loading (503). Try again in {seconds:.0f} s. The server said: {said}</source>
        <translation>{host} è occupato o ancora in caricamento (503). Riprova tra {seconds:.0f} s. Risposta del server: {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is busy or still loading (503). Try again in {seconds:.0f} s. Waiting {seconds:.0f} s before asking again…</source>
        <translation>{host} è occupato o ancora in caricamento (503). Riprova tra {seconds:.0f} s. Attesa di {seconds:.0f} s prima di riprovare…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is busy or still loading (503). Try again in {seconds:.0f} s. The server said: {said} Waiting {seconds:.0f} s before asking again…</source>
        <translation>{host} è occupato o ancora in caricamento (503). Riprova tra {seconds:.0f} s. Risposta del server: {said} Attesa di {seconds:.0f} s prima di riprovare…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{host} has no model list at {url}: it does not look like an OpenAI-compatible server. Check the address (most end in /v1).</source>
        <translation>{host} non ha un elenco di modelli su {url}: non sembra un server compatibile con OpenAI. Controlla l&apos;indirizzo (quasi tutti terminano con /v1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{host} sent a model list Ponder cannot read.</source>
        <translation>{host} ha inviato un elenco di modelli che Ponder non riesce a leggere.</translation>
    </message>
    <message>
        <location filename="../../engine/safe_paths.py" line="+53"/>
        <source>{repo} is not a repository id (expected owner/name)</source>
        <translation>{repo} non è un ID di repository (formato atteso: proprietario/nome)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: {repo} is not a repository id (expected owner/name).</source>
        <translation>Rifiutato: {repo} non è un ID di repository (formato atteso: proprietario/nome).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{repo} is not a valid repository id: owner and name use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only</source>
        <translation>{repo} non è un ID di repository valido: proprietario e nome possono contenere solo lettere, cifre, &apos;-&apos;, &apos;_&apos; e &apos;.&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: {repo} is not a valid repository id: owner and name use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only.</source>
        <translation>Rifiutato: {repo} non è un ID di repository valido: proprietario e nome possono contenere solo lettere, cifre, &apos;-&apos;, &apos;_&apos; e &apos;.&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{revision} is not a valid revision</source>
        <translation>{revision} non è una revisione valida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: {revision} is not a valid revision.</source>
        <translation>Rifiutato: {revision} non è una revisione valida.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is not a file name</source>
        <translation>{name} non è un nome di file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: {name} is not a file name.</source>
        <translation>Rifiutato: {name} non è un nome di file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file name {name} is too long</source>
        <translation>il nome di file {name} è troppo lungo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the file name {name} is too long.</source>
        <translation>Rifiutato: il nome di file {name} è troppo lungo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file name {name} contains control characters</source>
        <translation>il nome di file {name} contiene caratteri di controllo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the file name {name} contains control characters.</source>
        <translation>Rifiutato: il nome di file {name} contiene caratteri di controllo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file name {name} contains &apos;\&apos; or &apos;:&apos; (a Windows path?)</source>
        <translation>il nome di file {name} contiene &apos;\&apos; o &apos;:&apos; (un percorso Windows?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the file name {name} contains &apos;\&apos; or &apos;:&apos; (a Windows path?).</source>
        <translation>Rifiutato: il nome di file {name} contiene &apos;\&apos; o &apos;:&apos; (un percorso Windows?).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file name {name} is an absolute path</source>
        <translation>il nome di file {name} è un percorso assoluto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the file name {name} is an absolute path.</source>
        <translation>Rifiutato: il nome di file {name} è un percorso assoluto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file name {name} leaves its folder or has an empty part</source>
        <translation>il nome di file {name} esce dalla sua cartella o ha una parte vuota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: the file name {name} leaves its folder or has an empty part.</source>
        <translation>Rifiutato: il nome di file {name} esce dalla sua cartella o ha una parte vuota.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a part of the file name {name} is too long</source>
        <translation>una parte del nome di file {name} è troppo lunga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: a part of the file name {name} is too long.</source>
        <translation>Rifiutato: una parte del nome di file {name} è troppo lunga.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file name {name} is not valid on every system</source>
        <translation>il nome di file {name} non è valido su tutti i sistemi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the file name {name} is not valid on every system.</source>
        <translation>Rifiutato: il nome di file {name} non è valido su tutti i sistemi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file name {name} ends like a partial download ({suffix})</source>
        <translation>il nome di file {name} termina come un download parziale ({suffix})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: the file name {name} ends like a partial download ({suffix}).</source>
        <translation>Rifiutato: il nome di file {name} termina come un download parziale ({suffix}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file name {name} leads outside {folder} (through a link)</source>
        <translation>il nome di file {name} porta fuori da {folder} (tramite un collegamento)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: the file name {name} leads outside {folder} (through a link).</source>
        <translation>Rifiutato: il nome di file {name} porta fuori da {folder} (tramite un collegamento).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{folder} leads outside {models} (through a link)</source>
        <translation>{folder} porta fuori da {models} (tramite un collegamento)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: {folder} leads outside {models} (through a link).</source>
        <translation>Rifiutato: {folder} porta fuori da {models} (tramite un collegamento).</translation>
    </message>
    <message>
        <location filename="../../engine/secrets.py" line="+36"/>
        <source>No secure keyring is available on this system (for example no Secret Service on Linux). Tokens are kept in memory for this session only and are never written to disk.</source>
        <translation>Su questo sistema non è disponibile un portachiavi sicuro (ad esempio manca Secret Service su Linux). I token vengono conservati in memoria solo per questa sessione e non vengono mai scritti su disco.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The system keyring failed ({error}); tokens are kept in memory for this session only.</source>
        <translation>Il portachiavi di sistema non ha funzionato ({error}); i token vengono conservati in memoria solo per questa sessione.</translation>
    </message>
    <message>
        <location filename="../../engine/store.py" line="+79"/>
        <source>The chat database {path} cannot be written ({detail}). Check that it and its folder are writable.</source>
        <translation>Impossibile scrivere nel database delle chat {path} ({detail}). Controlla che il file e la sua cartella siano scrivibili.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat database {path} cannot be opened: it is damaged ({detail}). It has been left as it is.</source>
        <translation>Impossibile aprire il database delle chat {path}: è danneggiato ({detail}). È stato lasciato com&apos;è.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk holding the chat database {path} is full ({detail}).</source>
        <translation>Il disco che contiene il database delle chat {path} è pieno ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chat database {path} is locked by another program ({detail}).</source>
        <translation>Il database delle chat {path} è bloccato da un altro programma ({detail}).</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The chat database {path} cannot be kept there: {folder} is not a folder.</source>
        <translation>Il database delle chat {path} non può trovarsi lì: {folder} non è una cartella.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder {folder} for the chat database cannot be created ({reason}).</source>
        <translation>Impossibile creare la cartella {folder} per il database delle chat ({reason}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} should be the chat database, but it is a folder.</source>
        <translation>{path} dovrebbe essere il database delle chat, ma è una cartella.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} should be the chat database, but it is not a regular file.</source>
        <translation>{path} dovrebbe essere il database delle chat, ma non è un file normale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} should be one of its files, but it is a folder.</source>
        <translation>{path} dovrebbe essere uno dei suoi file, ma è una cartella.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} should be one of its files, but it is not a regular file.</source>
        <translation>{path} dovrebbe essere uno dei suoi file, ma non è un file normale.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The chat database {path} was written by a newer Ponder (schema {version}, this one knows {known}); update Ponder to open it. It has been left as it is.</source>
        <translation>Il database delle chat {path} è stato scritto da una versione più recente di Ponder (schema {version}, questa conosce {known}); aggiorna Ponder per aprirlo. È stato lasciato com&apos;è.</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>The chat database {path} could not be moved aside ({reason}); nothing was deleted.</source>
        <translation>Impossibile spostare da parte il database delle chat {path} ({reason}); non è stato eliminato nulla.</translation>
    </message>
    <message>
        <location filename="../../engine/template_worker.py" line="+93"/>
        <source>the conversation cannot be passed to the chat template: {error}</source>
        <translation>impossibile passare la conversazione al template di chat: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the chat template renderer could not be started</source>
        <translation>impossibile avviare il processo di rendering del template di chat</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the chat template took longer than {seconds:g} s to render; it was stopped (the model file&apos;s template is broken or hostile)</source>
        <translation>il rendering del template di chat ha richiesto più di {seconds:g} s ed è stato interrotto (il template nel file del modello è difettoso o malevolo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the chat template crashed its renderer; the model file&apos;s template is broken or hostile</source>
        <translation>il template di chat ha mandato in crash il processo di rendering; il template nel file del modello è difettoso o malevolo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the chat template crashed its renderer (exit {code}); the model file&apos;s template is broken or hostile</source>
        <translation>il template di chat ha mandato in crash il processo di rendering (codice di uscita {code}); il template nel file del modello è difettoso o malevolo</translation>
    </message>
    <message>
        <location filename="../../engine/templates.py" line="+46"/>
        <source>the chat template refused the conversation: {message}</source>
        <translation>il template di chat ha rifiutato la conversazione: {message}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the chat template tried to build a huge formatted string; it was stopped</source>
        <translation>il template di chat ha tentato di costruire una stringa formattata enorme ed è stato interrotto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chat template tried to build a huge string; it was stopped</source>
        <translation>il template di chat ha tentato di costruire una stringa enorme ed è stato interrotto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chat template tried to build a huge number; it was stopped</source>
        <translation>il template di chat ha tentato di costruire un numero enorme ed è stato interrotto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chat template tried to build a huge string or list; it was stopped</source>
        <translation>il template di chat ha tentato di costruire una stringa o una lista enorme ed è stato interrotto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chat template tried to build something with the number {number:.3g}; it was stopped</source>
        <translation>il template di chat ha tentato di costruire qualcosa con il numero {number:.3g} ed è stato interrotto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the chat template needed more memory than allowed; it was stopped</source>
        <translation>il template di chat ha richiesto più memoria del consentito ed è stato interrotto</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>the model&apos;s chat template is invalid: {error}</source>
        <translation>il template di chat del modello non è valido: {error}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the chat template wrote more than {limit:,} characters; it was stopped</source>
        <translation>il template di chat ha scritto più di {limit:,} caratteri ed è stato interrotto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the chat template tried an unsafe operation: {error}</source>
        <translation>il template di chat ha tentato un&apos;operazione non sicura: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the chat template recursed too deeply; it was stopped</source>
        <translation>il template di chat ha raggiunto una ricorsione troppo profonda ed è stato interrotto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the chat template failed: {error}</source>
        <translation>errore del template di chat: {error}</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="+149"/>
        <source>The settings file has values that cannot be used ({names}); their defaults are used.</source>
        <translation>Il file delle impostazioni contiene valori non utilizzabili ({names}); vengono usati i valori predefiniti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file could not be read ({error}); defaults are used.</source>
        <translation>Impossibile leggere il file delle impostazioni ({error}); vengono usati i valori predefiniti.</translation>
    </message>
    <message>
        <location filename="../../engine/openai_wire.py" line="+244"/>
        <source>server budget ({engine} {field})</source>
        <translation>budget lato server ({engine} {field})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>server budget ({field})</source>
        <translation>budget lato server ({field})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two-phase (capped, closed and continued by Ponder)</source>
        <translation>in due fasi (limitato, chiuso e proseguito da Ponder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no budget</source>
        <translation>nessun budget</translation>
    </message>
    <message>
        <location filename="../../engine/protocol.py" line="+303"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top K (0: off)</source>
        <translation>Top K (0: disattivato)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min P</source>
        <translation>Min P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat penalty</source>
        <translation>Penalità di ripetizione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max new tokens</source>
        <translation>Max nuovi token</translation>
    </message>
    <message>
        <location filename="../../app/server_runner.py" line="+74"/>
        <source>{host} is reachable from other computers. Ponder listens on this computer only (127.0.0.1) unless you switch on LAN access on purpose (--lan).</source>
        <translation>{host} è raggiungibile da altri computer. Ponder resta in ascolto solo su questo computer (127.0.0.1), a meno che tu non attivi di proposito l’accesso dalla rete locale (--lan).</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>{host} is not an address of this computer ({error}).</source>
        <translation>{host} non è un indirizzo di questo computer ({error}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Port {port} is in use by another program; choose another port.</source>
        <translation>La porta {port} è usata da un altro programma; scegline un’altra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port {port} needs special rights; choose one above 1023.</source>
        <translation>La porta {port} richiede privilegi speciali; scegline una sopra la 1023.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot listen on {host} port {port}: {error}.</source>
        <translation>Impossibile restare in ascolto su {host}, porta {port}: {error}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The server did not start.</source>
        <translation>Il server non si è avviato.</translation>
    </message>
    <message>
        <location filename="../../app/server_security.py" line="+105"/>
        <source>{problem} The server&apos;s key lasts until Ponder quits; set {variable} to keep one.</source>
        <translation>{problem} La chiave del server vale finché Ponder resta aperto; imposta {variable} per mantenerne una.</translation>
    </message>
    <message>
        <location filename="../../app/store_writer.py" line="+279"/>
        <source>The chat database could not be opened for writing ({error}).</source>
        <translation>Impossibile aprire in scrittura il database delle chat ({error}).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The chat database could not be opened for writing.</source>
        <translation>Impossibile aprire in scrittura il database delle chat.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The reply could not be saved ({error}).</source>
        <translation>Impossibile salvare la risposta ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/remote_commands.py" line="+147"/>
        <source>the key will travel unencrypted (http://) to another computer; anyone on the network path can read it. Use https:// if the server offers it.</source>
        <translation>la chiave viaggerà non cifrata (http://) verso un altro computer; chiunque lungo il percorso di rete può leggerla. Usa https:// se il server lo supporta.</translation>
    </message>
</context>
<context>
    <name>EngineBridge</name>
    <message>
        <location filename="../../app/engine_bridge.py" line="+315"/>
        <source>unknown error</source>
        <translation>errore sconosciuto</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The engine process stopped unexpectedly.</source>
        <translation>Il processo del motore si è arrestato in modo imprevisto.</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>{problem} It stopped %n time(s) in a minute while answering local-server requests (the last from {client}), so it was not restarted. Choose a model to try again.</source>
        <translation>
            <numerusform>{problem} Si è arrestato %n volta in un minuto mentre rispondeva a richieste del server locale (l&apos;ultima da {client}), quindi non è stato riavviato. Scegli un modello per riprovare.</numerusform>
            <numerusform>{problem} Si è arrestato %n volte in un minuto mentre rispondeva a richieste del server locale (l&apos;ultima da {client}), quindi non è stato riavviato. Scegli un modello per riprovare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{problem} It stopped %n time(s) in a minute while answering local-server requests, so it was not restarted. Choose a model to try again.</source>
        <translation>
            <numerusform>{problem} Si è arrestato %n volta in un minuto mentre rispondeva a richieste del server locale, quindi non è stato riavviato. Scegli un modello per riprovare.</numerusform>
            <numerusform>{problem} Si è arrestato %n volte in un minuto mentre rispondeva a richieste del server locale, quindi non è stato riavviato. Scegli un modello per riprovare.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{problem} It was answering a local-server request from {client}; that request failed, and the engine is starting again with the same model.</source>
        <translation>{problem} Stava rispondendo a una richiesta del server locale da {client}; quella richiesta non è riuscita e il motore si sta riavviando con lo stesso modello.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problem} It was answering a local-server request; that request failed, and the engine is starting again with the same model.</source>
        <translation>{problem} Stava rispondendo a una richiesta del server locale; quella richiesta non è riuscita e il motore si sta riavviando con lo stesso modello.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../app/export.py" line="+22"/>
        <source>streaming</source>
        <translation>in corso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annullata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>interrotta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>non riuscita</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System:</source>
        <comment>exported chat: before the system prompt</comment>
        <translation>Sistema:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You</source>
        <comment>exported chat: heading of the user&apos;s message</comment>
        <translation>Tu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assistant ({model})</source>
        <comment>exported chat: heading of a reply</comment>
        <translation>Assistente ({model})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assistant</source>
        <comment>exported chat: heading of a reply</comment>
        <translation>Assistente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasoning</source>
        <comment>exported chat: the model&apos;s reasoning, folded</comment>
        <translation>Ragionamento</translation>
    </message>
</context>
<context>
    <name>HeavyControl</name>
    <message>
        <location filename="../../ui/heavy_control.py" line="+71"/>
        <source>Heavy</source>
        <comment>heavy mode&apos;s switch: several candidates, then a judge</comment>
        <translation>Intensiva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heavy mode</source>
        <translation>Modalità intensiva</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Candidates in heavy mode</source>
        <translation>Candidati nella modalità intensiva</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n generations</source>
        <comment>heavy mode&apos;s cost: the candidates and the judge</comment>
        <translation>
            <numerusform>%n generazione</numerusform>
            <numerusform>%n generazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Generates %n solutions, then the model compares them and picks the best (NVIDIA&apos;s GenSelect). Costs about {cost} replies.</source>
        <comment>{cost} is the number of solutions plus one, 3 to 9</comment>
        <translation>
            <numerusform>Genera %n soluzione, poi il modello le confronta e sceglie la migliore (GenSelect di NVIDIA). Costa circa {cost} risposte.</numerusform>
            <numerusform>Genera %n soluzioni, poi il modello le confronta e sceglie la migliore (GenSelect di NVIDIA). Costa circa {cost} risposte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this model cannot run heavy mode.</source>
        <translation>questo modello non supporta la modalità intensiva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available: {reason}</source>
        <comment>heavy mode</comment>
        <translation>Non disponibile: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n gens</source>
        <comment>heavy mode&apos;s cost, short for %n generations</comment>
        <translation>
            <numerusform>%n gen.</numerusform>
            <numerusform>%n gen.</numerusform>
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
            <numerusform>Costa {cost}: %n candidato e il giudice</numerusform>
            <numerusform>Costa {cost}: %n candidati e il giudice</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeavyView</name>
    <message>
        <location filename="../../ui/heavy_view.py" line="+36"/>
        <source>✓ picked</source>
        <translation>✓ scelto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ kept</source>
        <translation>✓ conservato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ended on its own</source>
        <translation>terminato da solo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hit the length limit</source>
        <translation>limite di lunghezza raggiunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>fermato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>interrotto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>starting…</source>
        <comment>heavy mode, or one candidate, is starting</comment>
        <translation>avvio…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stopped</source>
        <comment>a candidate&apos;s or the judge&apos;s state: the reply was stopped</comment>
        <translation>fermato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not run</source>
        <comment>a candidate&apos;s or the judge&apos;s state: it never ran</comment>
        <translation>non eseguito</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>done</source>
        <comment>a candidate&apos;s or the judge&apos;s state: it ended</comment>
        <translation>completato</translation>
    </message>
    <message numerus="yes">
        <location line="+404"/>
        <source>Heavy · %n candidates</source>
        <comment>heavy mode&apos;s title in a reply</comment>
        <translation>
            <numerusform>Intensiva · %n candidato</numerusform>
            <numerusform>Intensiva · %n candidati</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Candidate {number}</source>
        <translation>Candidato {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate {number}&apos;s answer</source>
        <translation>Risposta del candidato {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy candidate {number}&apos;s answer</source>
        <translation>Copia la risposta del candidato {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judge</source>
        <comment>heavy mode: the model&apos;s turn that compares the candidates</comment>
        <translation>Giudice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The judge&apos;s answer</source>
        <translation>Risposta del giudice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the judge&apos;s answer</source>
        <translation>Copia la risposta del giudice</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>candidate {number} of {total}…</source>
        <translation>candidato {number} di {total}…</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>all %n candidates finished</source>
        <translation>
            <numerusform>%n candidato completato</numerusform>
            <numerusform>tutti i %n candidati completati</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>judging…</source>
        <translation>valutazione del giudice…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not needed: only one usable candidate</source>
        <translation>non necessario: un solo candidato utilizzabile</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>stopped · {finished} of %n candidates finished</source>
        <translation>
            <numerusform>interrotta · completati {finished} su %n candidato</numerusform>
            <numerusform>interrotta · completati {finished} su %n candidati</numerusform>
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
        <translation>Modalità intensiva: {progress}</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>stopped after %n usable candidate(s); no answer</source>
        <comment>heavy mode, stopped by the user</comment>
        <translation>
            <numerusform>interrotta dopo %n candidato utilizzabile; nessuna risposta</numerusform>
            <numerusform>interrotta dopo %n candidati utilizzabili; nessuna risposta</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no usable candidate</source>
        <translation>nessun candidato utilizzabile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>picked {number} of {total} · by judgment</source>
        <translation>scelto il candidato {number} di {total} · dal giudice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>picked {number} of {total} · the only usable one</source>
        <translation>scelto il candidato {number} di {total} · l&apos;unico utilizzabile</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>picked {number} of {total} · by majority vote (%n agree)</source>
        <comment>no valid verdict: the most common final answer won; %n: how many gave it</comment>
        <translation>
            <numerusform>scelto il candidato {number} di {total} · per voto di maggioranza (%n concorde)</numerusform>
            <numerusform>scelto il candidato {number} di {total} · per voto di maggioranza (%n concordi)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>picked {number} of {total} · no verdict and no comparable final answers: the first one shown</source>
        <translation>scelto il candidato {number} di {total} · nessun verdetto e nessuna risposta finale confrontabile: mostrata la prima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>picked {number} of {total} · by majority vote</source>
        <translation>scelto il candidato {number} di {total} · per voto di maggioranza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped while judging; candidate {number} kept</source>
        <translation>interrotta durante la valutazione del giudice; conservato il candidato {number}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>stopped after %n usable candidate(s); candidate {number} kept</source>
        <comment>heavy mode, stopped by the user</comment>
        <translation>
            <numerusform>interrotta dopo %n candidato utilizzabile; conservato il candidato {number}</numerusform>
            <numerusform>interrotta dopo %n candidati utilizzabili; conservato il candidato {number}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not usable: {problem}</source>
        <comment>a candidate the judge did not see, and why</comment>
        <translation>non utilizzabile: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not picked</source>
        <translation>non scelto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seed {seed}</source>
        <comment>the random seed a candidate was sampled with</comment>
        <translation>seme {seed}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>shown to the judge as Solution {index}</source>
        <comment>&apos;Solution N&apos; is how the judge&apos;s prompt, in English, names the candidate</comment>
        <translation>mostrato al giudice come “Solution {index}”</translation>
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
        <translation>{reasoning} token di ragionamento + {answer} di risposta</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{verdict} → candidate {number}</source>
        <comment>the judge&apos;s verdict line, then its pick</comment>
        <translation>{verdict} → candidato {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{verdict} · not a valid choice</source>
        <comment>the judge&apos;s verdict line</comment>
        <translation>{verdict} · scelta non valida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no verdict</source>
        <comment>the judge&apos;s state: it gave no verdict</comment>
        <translation>nessun verdetto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solution {index} is candidate {number}</source>
        <comment>&apos;Solution N&apos; is how the judge&apos;s prompt, in English, names the candidate</comment>
        <translation>“Solution {index}” è il candidato {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The judge saw the usable candidates shuffled: {order}</source>
        <translation>Il giudice ha visto i candidati utilizzabili in ordine casuale: {order}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judge: {tokens} · its verdict: {verdict}</source>
        <translation>Giudice: {tokens} · verdetto: {verdict}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judge: {tokens}</source>
        <translation>Giudice: {tokens}</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <location filename="../../ui/message_cards.py" line="-366"/>
        <source>Edit your message</source>
        <translation>Modifica il tuo messaggio</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+124"/>
        <source>New chat</source>
        <translation>Nuova chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the message box</source>
        <translation>Vai alla casella del messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search chats</source>
        <translation>Cerca nelle chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the reply</source>
        <translation>Interrompi la risposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer now (stop thinking)</source>
        <translation>Rispondi ora (smetti di riflettere)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regenerate last reply</source>
        <translation>Rigenera l&apos;ultima risposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models…</source>
        <translation>Modelli…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find, download and manage models (Ctrl+M)</source>
        <translation>Trova, scarica e gestisci i modelli (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote servers…</source>
        <translation>Server remoti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use models that run on a vLLM, SGLang, NIM, TensorRT-LLM or llama.cpp server</source>
        <translation>Usa modelli in esecuzione su un server vLLM, SGLang, NIM, TensorRT-LLM o llama.cpp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>Impostazioni…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export chat…</source>
        <translation>Esporta chat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>Local server</source>
        <translation>Server locale</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Let other apps use the loaded model through an OpenAI-compatible API on this computer</source>
        <translation>Consenti ad altre app di usare il modello caricato tramite un&apos;API compatibile con OpenAI su questo computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow other computers (LAN)</source>
        <translation>Consenti l&apos;accesso da altri computer (LAN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy server address</source>
        <translation>Copia l&apos;indirizzo del server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show API key…</source>
        <translation>Mostra chiave API…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Ponder</source>
        <translation>Informazioni su Ponder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename chat</source>
        <translation>Rinomina chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete chat</source>
        <translation>Elimina chat</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+13"/>
        <source>Model</source>
        <comment>the language model in use</comment>
        <translation>Modello</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>System prompt for this chat</source>
        <translation>Prompt di sistema per questa chat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>System prompt</source>
        <translation>Prompt di sistema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No model</source>
        <translation>Nessun modello</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Local server</source>
        <translation>&amp;Server locale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Local server API key</source>
        <translation>Chiave API del server locale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apps send this key as &apos;Authorization: Bearer &lt;key&gt;&apos;:</source>
        <translation>Le app inviano questa chiave come &apos;Authorization: Bearer &lt;key&gt;&apos;:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open link?</source>
        <translation>Aprire il link?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this address in your browser?

{address}</source>
        <translation>Aprire questo indirizzo nel browser?

{address}</translation>
    </message>
</context>
<context>
    <name>ModelController</name>
    <message numerus="yes">
        <location filename="../../app/model_controller.py" line="+79"/>
        <source>%n file(s) in the models folder cannot be used and were skipped: {problems}</source>
        <translation>
            <numerusform>%n file nella cartella dei modelli non può essere usato ed è stato ignorato: {problems}</numerusform>
            <numerusform>%n file nella cartella dei modelli non possono essere usati e sono stati ignorati: {problems}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{model} — on {server} · {engine}</source>
        <comment>model picker: a model on a server</comment>
        <translation>{model} — su {server} · {engine}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No model found. Put a GGUF model in the models folder
({folder}) or reinstall with the starter model.</source>
        <translation>Nessun modello trovato. Inserisci un modello GGUF nella cartella dei modelli
({folder}) oppure reinstalla Ponder con il modello iniziale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No model</source>
        <comment>status bar: none found</comment>
        <translation>Nessun modello</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Loading {model}…</source>
        <translation>Caricamento di {model}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not use {server}: {error}</source>
        <translation>Impossibile usare {server}: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to {server}…</source>
        <translation>Connessione a {server}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>on {server} · {engine}</source>
        <comment>status bar: where the model runs</comment>
        <translation>su {server} · {engine}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{model} on {server} ({family})</source>
        <translation>{model} su {server} ({family})</translation>
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
            <numerusform>GPU, %n livello</numerusform>
            <numerusform>GPU, %n livelli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>CPU, %n thread(s)</source>
        <comment>status bar: where the model runs</comment>
        <translation>
            <numerusform>CPU, %n thread</numerusform>
            <numerusform>CPU, %n thread</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The engine was restarted; the reply it was writing is kept as it was.</source>
        <translation>Il motore è stato riavviato; la risposta che stava scrivendo è stata conservata così com&apos;era.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not load the model: {problem} Your message was not answered: choose a model and press Regenerate.</source>
        <translation>Impossibile caricare il modello: {problem} Il tuo messaggio non ha ricevuto risposta: scegli un modello e premi Rigenera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not load the model: {problem}</source>
        <translation>Impossibile caricare il modello: {problem}</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>{problem} Ponder did not restart it: it stopped %n time(s) in a minute. Choose a model to try again.</source>
        <translation>
            <numerusform>{problem} Ponder non lo ha riavviato: si è arrestato %n volta in un minuto. Scegli un modello per riprovare.</numerusform>
            <numerusform>{problem} Ponder non lo ha riavviato: si è arrestato %n volte in un minuto. Scegli un modello per riprovare.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{problem} Restarting the engine…</source>
        <translation>{problem} Riavvio del motore…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No model loaded</source>
        <comment>status bar</comment>
        <translation>Nessun modello caricato</translation>
    </message>
</context>
<context>
    <name>ModelLibrary</name>
    <message>
        <location filename="../../app/model_library.py" line="+108"/>
        <source>{name} ({free} of {total} free)</source>
        <comment>a GPU and its free memory</comment>
        <translation>{name} ({free} liberi su {total})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no NVIDIA GPU found ({problem})</source>
        <translation>nessuna GPU NVIDIA trovata ({problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no NVIDIA GPU found</source>
        <translation>nessuna GPU NVIDIA trovata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer: {gpus}; {ram} of RAM free.</source>
        <translation>Questo computer: {gpus}; {ram} di RAM liberi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Model licence</source>
        <translation>Licenza del modello</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Hugging Face token</source>
        <translation>Token Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

Paste a token with read access (kept in the system keyring):</source>
        <translation>{problem}

Incolla un token con accesso in lettura (verrà conservato nel portachiavi di sistema):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not delete {path}: {error}</source>
        <translation>Impossibile eliminare {path}: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a GGUF model</source>
        <translation>Importa un modello GGUF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GGUF models (*.gguf)</source>
        <comment>file filter: keep (*.gguf)</comment>
        <translation>Modelli GGUF (*.gguf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import model</source>
        <translation>Importa modello</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link to the file where it is (Yes), or copy it into Ponder&apos;s models folder (No)?</source>
        <translation>Collegare il file dalla sua posizione attuale (Sì) o copiarlo nella cartella dei modelli di Ponder (No)?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not imported: {name} is already in the models folder.</source>
        <translation>Non importato: {name} è già nella cartella dei modelli.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not imported: {error} ({folder})</source>
        <translation>Non importato: {error} ({folder})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not copy {name}: {error}</source>
        <translation>Impossibile copiare {name}: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not imported: {error}</source>
        <translation>Non importato: {error}</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../../ui/model_manager.py" line="+36"/>
        <source>You are offline — downloads and search need the internet; models on this computer still work</source>
        <translation>Sei offline — download e ricerca richiedono internet; i modelli su questo computer funzionano comunque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline mode is on — downloads and search are off (Settings); models on this computer still work</source>
        <translation>La modalità offline è attiva — download e ricerca sono disattivati (Impostazioni); i modelli su questo computer funzionano comunque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>Download in corso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Completato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Models</source>
        <translation>Modelli</translation>
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
        <translation>Modello</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <comment>column: a file&apos;s size</comment>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantization</source>
        <translation>Quantizzazione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit on this computer</source>
        <translation>Compatibilità con questo computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the Hugging Face hub for GGUF models</source>
        <translation>Cerca modelli GGUF nell&apos;hub di Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the hub</source>
        <translation>Cerca nell&apos;hub</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository / file</source>
        <translation>Repository / file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <comment>column: the file being downloaded</comment>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <comment>column: a download&apos;s state</comment>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Architecture · family</source>
        <translation>Architettura · famiglia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantization · size</source>
        <translation>Quantizzazione · dimensione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <comment>column: a model&apos;s context length in tokens</comment>
        <translation>Contesto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import a GGUF file…</source>
        <translation>Importa un file GGUF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import a GGUF file</source>
        <translation>Importa un file GGUF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended</source>
        <comment>tab: the recommended models</comment>
        <translation>Consigliati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <comment>tab: search the hub</comment>
        <translation>Cerca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloads</source>
        <comment>tab</comment>
        <translation>Download</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this computer</source>
        <comment>tab: the models on this computer</comment>
        <translation>Su questo computer</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{name}  ★ recommended</source>
        <translation>{name}  ★ consigliato</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Searching for “{text}”…</source>
        <translation>Ricerca di “{text}”…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n repository(ies)</source>
        <comment>search results</comment>
        <translation>
            <numerusform>%n repository</numerusform>
            <numerusform>%n repository</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found.</source>
        <translation>Nessun risultato.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Download</source>
        <comment>button: download this file</comment>
        <translation>Scarica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download {name}</source>
        <translation>Scarica {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not searched: search needs the internet.</source>
        <translation>Ricerca non eseguita: la ricerca richiede internet.</translation>
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
        <translation>Avanzamento di {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause</source>
        <comment>button: pause a download</comment>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause download</source>
        <translation>Metti in pausa il download</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <comment>button: resume a download</comment>
        <translation>Riprendi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume download</source>
        <translation>Riprendi il download</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <comment>button: retry a download</comment>
        <translation>Riprova</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry download</source>
        <translation>Riprova il download</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <comment>button: cancel a download</comment>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+27"/>
        <source>Cancel download</source>
        <translation>Annulla il download</translation>
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
        <translation>{speed}, {time} rimanenti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{status} — you are offline</source>
        <translation>{status} — sei offline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{status} — {message}</source>
        <comment>a download&apos;s state and why</comment>
        <translation>{status} — {message}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the partial file so the download can resume later?</source>
        <translation>Conservare il file parziale per poter riprendere il download in seguito?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} (built-in)</source>
        <translation>{name} (integrato)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} · reasoning: {reasoning}</source>
        <translation>{kind} · ragionamento: {reasoning}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{parameters} parameters · {size}</source>
        <translation>{parameters} parametri · {size}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use</source>
        <comment>button: use this model</comment>
        <translation>Usa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use {name}</source>
        <translation>Usa {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <comment>button: delete this model</comment>
        <translation>Elimina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name}</source>
        <translation>Elimina {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>switchable</source>
        <comment>a model&apos;s reasoning: it can be switched on and off</comment>
        <translation>attivabile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>always</source>
        <comment>a model&apos;s reasoning: it always reasons</comment>
        <translation>sempre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <comment>a model&apos;s reasoning: it does not reason</comment>
        <translation>assente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete model</source>
        <translation>Elimina modello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name} from this computer?

{path}</source>
        <translation>Eliminare {name} da questo computer?

{path}</translation>
    </message>
</context>
<context>
    <name>PartRow</name>
    <message>
        <location filename="../../ui/heavy_view.py" line="-577"/>
        <source>Shows or hides its reasoning and answer</source>
        <translation>Mostra o nasconde il ragionamento e la risposta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>waiting</source>
        <comment>a candidate&apos;s or the judge&apos;s state: not started yet</comment>
        <translation>in attesa</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>thinking…</source>
        <comment>a candidate&apos;s or the judge&apos;s state</comment>
        <translation>sta riflettendo…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>answering…</source>
        <comment>a candidate&apos;s or the judge&apos;s state</comment>
        <translation>sta rispondendo…</translation>
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
        <translation>Impossibile leggere o salvare le tue chat: {error}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{title} — not saving</source>
        <comment>window title: chats are not saved</comment>
        <translation>{title} — salvataggio disattivato</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Open a chat to export it.</source>
        <translation>Apri una chat per esportarla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export chat</source>
        <comment>dialog title</comment>
        <translation>Esporta chat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Include the model&apos;s reasoning?</source>
        <translation>Includere il ragionamento del modello?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The chat could not be exported: {error}</source>
        <translation>Impossibile esportare la chat: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to {path}</source>
        <translation>Esportata in {path}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>this model does not reason</source>
        <comment>why heavy mode is off</comment>
        <translation>questo modello non ragiona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it runs on a server, which does not share the prompt&apos;s state</source>
        <comment>why heavy mode is off</comment>
        <translation>è in esecuzione su un server, che non condivide lo stato del prompt</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>This chat was written with {wanted}; {loaded} is loaded.</source>
        <translation>Questa chat è stata scritta con {wanted}; è caricato {loaded}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to {model}</source>
        <translation>Passa a {model}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>context {used} / {size}</source>
        <comment>status bar: tokens of the context in use</comment>
        <translation>contesto {used} / {size}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{rate} · first token {time}</source>
        <comment>status bar: the last reply&apos;s speed</comment>
        <translation>{rate} · primo token in {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>context {size}</source>
        <comment>status bar: the context&apos;s size in tokens</comment>
        <translation>contesto {size}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deleted “{title}”.</source>
        <translation>Chat “{title}” eliminata.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Message deleted.</source>
        <translation>Messaggio eliminato.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n reply(ies) could not be saved. {problem} Free some space and try again, or quit without them.</source>
        <translation>
            <numerusform>%n risposta non è stata salvata. {problem} Libera un po&apos; di spazio e riprova, oppure esci senza salvarla.</numerusform>
            <numerusform>%n risposte non sono state salvate. {problem} Libera un po&apos; di spazio e riprova, oppure esci senza salvarle.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ponder could not save everything</source>
        <translation>Ponder non è riuscito a salvare tutto</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Updating your chats ({size}) for fast search. This happens once and may take a minute…</source>
        <translation>Aggiornamento delle tue chat ({size}) per una ricerca rapida. Avviene una sola volta e può richiedere un minuto…</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <location filename="../../app/model_library.py" line="-179"/>
        <source>Accept and download</source>
        <translation>Accetta e scarica</translation>
    </message>
    <message>
        <location filename="../../app/questions.py" line="+12"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../app/server_switch.py" line="+33"/>
        <source>Allow other computers</source>
        <translation>Consenti ad altri computer</translation>
    </message>
    <message>
        <location filename="../../app/startup.py" line="-125"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move it aside and start fresh</source>
        <translation>Sposta da parte e ricomincia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue without saving</source>
        <translation>Continua senza salvare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
</context>
<context>
    <name>ReasoningControl</name>
    <message>
        <location filename="../../ui/reasoning_control.py" line="+25"/>
        <source>How long the model may think before it answers, in tokens. When the budget runs out, the thought is closed gracefully and the model answers.</source>
        <translation>Quanto può riflettere il modello prima di rispondere, in token. Quando il budget si esaurisce, la riflessione viene chiusa in modo ordinato e il modello risponde.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Off</source>
        <comment>thinking budget: no thinking</comment>
        <translation>Disattivato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlimited</source>
        <comment>thinking budget: no limit</comment>
        <translation>Illimitato</translation>
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
        <translation>Ragionamento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reasoning budget</source>
        <translation>Budget di ragionamento</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This model does not reason.</source>
        <translation>Questo modello non ragiona.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n/a</source>
        <comment>thinking budget: the model cannot reason</comment>
        <translation>n/d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available: {reason}</source>
        <translation>Non disponibile: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Off: this model always reasons, so its thought is closed as soon as it opens.</source>
        <translation>Disattivato: questo modello ragiona sempre, quindi la sua riflessione viene chiusa non appena si apre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: the model answers without thinking.</source>
        <translation>Disattivato: il modello risponde senza riflettere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlimited: the model thinks as long as it needs.</source>
        <translation>Illimitato: il modello riflette quanto gli serve.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model thinks at most {tokens}, then answers.</source>
        <translation>Il modello riflette al massimo per {tokens}, poi risponde.</translation>
    </message>
</context>
<context>
    <name>ReasoningPane</name>
    <message>
        <location filename="../../ui/reasoning_pane.py" line="+93"/>
        <source>Show or hide the reasoning</source>
        <translation>Mostra o nascondi il ragionamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the reasoning</source>
        <translation>Copia il ragionamento</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reasoning</source>
        <comment>accessible name of a reply&apos;s thought</comment>
        <translation>Ragionamento</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Thinking… {seconds} · {tokens}</source>
        <comment>a live clock, then an estimated count of tokens</comment>
        <translation>Riflessione in corso… {seconds} · {tokens}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thought for {seconds} · {tokens} · cut short: budget reached</source>
        <translation>Ha riflettuto per {seconds} · {tokens} · interrotta: budget esaurito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thought for {seconds} · {tokens} · cut short</source>
        <translation>Ha riflettuto per {seconds} · {tokens} · interrotta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thought for {seconds} · {tokens}</source>
        <translation>Ha riflettuto per {seconds} · {tokens}</translation>
    </message>
</context>
<context>
    <name>ServerSwitch</name>
    <message>
        <location filename="../../app/server_switch.py" line="+50"/>
        <source>The local server did not start: {error}</source>
        <translation>Il server locale non si è avviato: {error}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Allow other computers?</source>
        <translation>Consentire l&apos;accesso ad altri computer?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The local server&apos;s address was copied.</source>
        <translation>L&apos;indirizzo del server locale è stato copiato.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The API key was copied to the clipboard.</source>
        <translation>La chiave API è stata copiata negli appunti.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The engine is starting again; your message is answered once it is back.</source>
        <translation>Il motore si sta riavviando; il tuo messaggio riceverà risposta non appena sarà di nuovo disponibile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local server is answering a request for {client}; your message is answered right after it.</source>
        <translation>Il server locale sta rispondendo a una richiesta per {client}; il tuo messaggio riceverà risposta subito dopo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local server is answering a request; your message is answered right after it.</source>
        <translation>Il server locale sta rispondendo a una richiesta; il tuo messaggio riceverà risposta subito dopo.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n served</source>
        <comment>local server: requests answered</comment>
        <translation>
            <numerusform>%n richiesta servita</numerusform>
            <numerusform>%n richieste servite</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OpenAI-compatible API at {url}/v1. Every request needs the API key (Local server &gt; Show API key…).</source>
        <translation>API compatibile con OpenAI su {url}/v1. Ogni richiesta deve includere la chiave API (Server locale &gt; Mostra chiave API…).</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>answering {client} (+%n waiting)</source>
        <comment>local server</comment>
        <translation>
            <numerusform>risponde a {client} (+%n in attesa)</numerusform>
            <numerusform>risponde a {client} (+%n in attesa)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>answering a client (+%n waiting)</source>
        <comment>local server</comment>
        <translation>
            <numerusform>risponde a un client (+%n in attesa)</numerusform>
            <numerusform>risponde a un client (+%n in attesa)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answering {client}</source>
        <comment>local server</comment>
        <translation>risponde a {client}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answering a client</source>
        <comment>local server</comment>
        <translation>risponde a un client</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server is open to other computers on your network. Anyone there who has the key can use your model, and the traffic is not encrypted: do this only on a network you trust.</source>
        <translation>Il server è aperto agli altri computer della tua rete. Chiunque vi abbia accesso e conosca la chiave può usare il tuo modello, e il traffico non è cifrato: fallo solo su una rete di cui ti fidi.</translation>
    </message>
</context>
<context>
    <name>ServersController</name>
    <message>
        <location filename="../../app/servers_controller.py" line="+61"/>
        <source>not checked yet</source>
        <comment>a server&apos;s capabilities</comment>
        <translation>non ancora verificato</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checking the server failed unexpectedly ({kind}: {error}).</source>
        <translation>La verifica del server non è riuscita in modo imprevisto ({kind}: {error}).</translation>
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
        <translation>Impossibile salvare l&apos;elenco dei server: {error}</translation>
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
        <translation>Usa un modello in esecuzione su un altro computer: un server vLLM, SGLang, NVIDIA NIM, TensorRT-LLM o llama.cpp che espone l&apos;API compatibile con OpenAI. Le conversazioni vengono inviate solo ai server che aggiungi qui.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No servers yet. Add one below.</source>
        <translation>Ancora nessun server. Aggiungine uno qui sotto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Use this model</source>
        <translation>&amp;Usa questo modello</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Check again</source>
        <comment>button: probe the server again</comment>
        <translation>&amp;Verifica di nuovo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <comment>button: remove the chosen server</comment>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a server</source>
        <translation>Aggiungi un server</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>optional; kept in the system keyring</source>
        <translation>facoltativa; conservata nel portachiavi di sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional: a CA bundle for a private certificate</source>
        <translation>facoltativo: un pacchetto di certificati CA per un certificato privato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <comment>button: choose a file</comment>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;onnect</source>
        <comment>button: probe a new server</comment>
        <translation>C&amp;onnetti</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Detect from the model&apos;s name</source>
        <translation>Rileva dal nome del modello</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <comment>button: add this server</comment>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <comment>a server&apos;s name</comment>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <comment>a server&apos;s URL</comment>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key</source>
        <translation>Chiave API</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>CA file</source>
        <translation>File CA</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Model</source>
        <comment>the server&apos;s model to use</comment>
        <translation>Modello</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family</source>
        <comment>a model&apos;s family</comment>
        <translation>Famiglia</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(no model chosen)</source>
        <translation>(nessun modello scelto)</translation>
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
        <translation>Trovato: {description}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{found}
The server lists no models.</source>
        <translation>{found}
Il server non elenca alcun modello.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type the server&apos;s address first, e.g. {example}</source>
        <translation>Digita prima l&apos;indirizzo del server, ad es. {example}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Certificates ({patterns})</source>
        <translation>Certificati ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files ({patterns})</source>
        <translation>Tutti i file ({patterns})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>server</source>
        <comment>a server&apos;s name when its address has none</comment>
        <translation>server</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/model_library.py" line="+5"/>
        <source>Settings could not be saved: {error}</source>
        <translation>Impossibile salvare le impostazioni: {error}</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="-131"/>
        <source>None</source>
        <comment>a system prompt preset</comment>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concise</source>
        <comment>a system prompt preset</comment>
        <translation>Conciso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teacher</source>
        <comment>a system prompt preset</comment>
        <translation>Insegnante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coder</source>
        <comment>a system prompt preset</comment>
        <translation>Programmatore</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+75"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>system</source>
        <comment>theme: follow the system&apos;s colours</comment>
        <translation>sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>light</source>
        <comment>theme</comment>
        <translation>chiaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dark</source>
        <comment>theme</comment>
        <translation>scuro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <comment>interface language: the system&apos;s</comment>
        <translation>Predefinita di sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new language is used the next time Ponder starts.</source>
        <translation>La nuova lingua verrà usata al prossimo avvio di Ponder.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the reasoning open when the answer starts</source>
        <translation>Mantieni aperto il ragionamento quando inizia la risposta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse…</source>
        <comment>button: choose a folder</comment>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: make no network calls at all</source>
        <translation>Offline: non effettuare alcuna connessione di rete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model search and downloads are off; the models on this computer still work.</source>
        <translation>La ricerca e il download dei modelli sono disattivati; i modelli su questo computer funzionano comunque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <comment>the interface&apos;s language</comment>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+94"/>
        <source>Models folder</source>
        <translation>Cartella dei modelli</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>General</source>
        <comment>settings tab</comment>
        <translation>Generali</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>model default</source>
        <comment>context size: the model&apos;s own</comment>
        <translation>predefinito del modello</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>auto</source>
        <comment>GPU layers: chosen automatically</comment>
        <translation>automatico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one per physical core</source>
        <comment>CPU threads</comment>
        <translation>uno per core fisico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context size</source>
        <translation>Dimensione del contesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU layers</source>
        <translation>Livelli GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads</source>
        <translation>Thread CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget wrap-up</source>
        <comment>the sentence that ends a thought when its budget runs out</comment>
        <translation>Frase di chiusura del budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine</source>
        <comment>settings tab</comment>
        <translation>Motore</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasoning on</source>
        <comment>sampling settings group</comment>
        <translation>Ragionamento attivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reasoning off</source>
        <comment>sampling settings group</comment>
        <translation>Ragionamento disattivato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to recommended</source>
        <translation>Ripristina i valori consigliati</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sampling</source>
        <comment>settings tab</comment>
        <translation>Campionamento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <comment>button: add a system prompt preset</comment>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <comment>button: remove a system prompt preset</comment>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>System prompts</source>
        <comment>settings tab</comment>
        <translation>Prompt di sistema</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Preset {number}</source>
        <comment>a new system prompt preset&apos;s name</comment>
        <translation>Preimpostazione {number}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="+21"/>
        <source>Send the message</source>
        <translation>Invia il messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New line in the message</source>
        <translation>Nuova riga nel messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the message box</source>
        <translation>Esci dalla casella del messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chat chosen with Up/Down</source>
        <translation>Apri la chat selezionata con Su/Giù</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send an edited message</source>
        <translation>Invia un messaggio modificato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel editing a message</source>
        <translation>Annulla la modifica di un messaggio</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <comment>column: what a shortcut does</comment>
        <translation>Azione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <comment>column: the keys of a shortcut</comment>
        <translation>Tasti</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message numerus="yes">
        <location filename="../../ui/l10n.py" line="+24"/>
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln token</numerusform>
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
        <translation>{rate} token/s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
</context>
<context>
    <name>UserMessage</name>
    <message>
        <location filename="../../ui/message_cards.py" line="+71"/>
        <source>Your message</source>
        <translation>Il tuo messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this message</source>
        <translation>Copia questo messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <comment>button: edit a message</comment>
        <translation>Modifica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit and resend this message</source>
        <translation>Modifica e invia di nuovo questo messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <comment>button: delete a message</comment>
        <translation>Elimina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this message</source>
        <translation>Elimina questo messaggio</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Send</source>
        <comment>button: send a message</comment>
        <translation>Invia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send the edited message</source>
        <translation>Invia il messaggio modificato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send (Ctrl+Enter); later turns are replaced</source>
        <translation>Invia (Ctrl+Invio); i turni successivi vengono sostituiti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <comment>button: cancel editing</comment>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel editing</source>
        <translation>Annulla la modifica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
</context>
<context>
    <name>VersionNavigator</name>
    <message>
        <location line="-145"/>
        <source>Previous version</source>
        <translation>Versione precedente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next version</source>
        <translation>Versione successiva</translation>
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
        <translation>Versione {shown} di {total}</translation>
    </message>
</context>
<context>
    <name>WaitingDots</name>
    <message>
        <location line="-49"/>
        <source>Waiting for the first token</source>
        <translation>In attesa del primo token</translation>
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
