<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="+12"/>
        <source>Models you download come with their own licences, shown before the first download: NVIDIA&apos;s Nemotron models are under the NVIDIA Open Model License.</source>
        <translation>Los modelos que descargas tienen sus propias licencias, que se muestran antes de la primera descarga: los modelos Nemotron de NVIDIA se publican bajo la NVIDIA Open Model License.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Ponder</source>
        <translation>Acerca de Ponder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private chat with reasoning models, on your own computer.</source>
        <translation>Chat privado con modelos de razonamiento, en tu propio equipo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bundled components and their licences</source>
        <translation>Componentes incluidos y sus licencias</translation>
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
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
</context>
<context>
    <name>AnswerLanguageControl</name>
    <message>
        <location filename="../../ui/answer_language_control.py" line="+20"/>
        <source>Answer language</source>
        <translation>Idioma de respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language the model answers in, for this chat. Automatic: the language of your message.</source>
        <translation>El idioma en que responde el modelo en este chat. Automático: el idioma de tu mensaje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer in: automatic</source>
        <translation>Responder en: automático</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer in: {language}</source>
        <translation>Responder en: {language}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason in English</source>
        <translation>Razonar en inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the model to think in English and answer in the chosen language. NVIDIA trained its multilingual reasoning this way, so it is often the more accurate choice.</source>
        <translation>Pide al modelo que piense en inglés y responda en el idioma elegido. NVIDIA entrenó así su razonamiento multilingüe, por lo que suele ser la opción más precisa.</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <location filename="../../ui/answer_view.py" line="+145"/>
        <source>Answer</source>
        <comment>accessible name of a reply&apos;s text</comment>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer, still being written</source>
        <translation>Respuesta, aún en curso</translation>
    </message>
</context>
<context>
    <name>AssistantMessage</name>
    <message>
        <location filename="../../ui/message_cards.py" line="+55"/>
        <source>Interrupted: the engine stopped before the reply was complete.</source>
        <translation>Interrumpida: el motor se detuvo antes de completar la respuesta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped.</source>
        <translation>Detenida.</translation>
    </message>
    <message>
        <location line="+287"/>
        <source>Copy this reply</source>
        <translation>Copiar esta respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regenerate this reply</source>
        <translation>Regenerar esta respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this reply again (the current one is kept as a version)</source>
        <translation>Volver a escribir esta respuesta (la actual se conserva como versión)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <comment>button: delete a reply</comment>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this reply</source>
        <translation>Eliminar esta respuesta</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>{tokens} · {rate} · first token {seconds}</source>
        <translation>{tokens} · {rate} · primer token en {seconds}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>answered by {server}</source>
        <translation>respondida por {server}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>budget: {method}</source>
        <comment>how a server kept the thinking budget</comment>
        <translation>presupuesto: {method}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Failed: {error}</source>
        <translation>Error: {error}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed.</source>
        <translation>Error.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupted: {error}</source>
        <translation>Interrumpida: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted: the server stopped sending.</source>
        <translation>Interrumpida: el servidor dejó de enviar datos.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/notices.py" line="+43"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../app/chat_controller.py" line="+44"/>
        <source>The reply is kept in memory and will be saved as soon as that works again.</source>
        <translation>La respuesta se conserva en memoria y se guardará en cuanto vuelva a ser posible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message was not sent; it is back in the message box.</source>
        <translation>Tu mensaje no se envió; está de nuevo en el cuadro de mensaje.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The chat could not be opened.</source>
        <translation>No se pudo abrir el chat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Older messages could not be read.</source>
        <translation>No se pudieron leer los mensajes anteriores.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The change to this chat was not saved.</source>
        <translation>No se guardó el cambio en este chat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The chat was not deleted.</source>
        <translation>No se eliminó el chat.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The chat was not renamed.</source>
        <translation>No se cambió el nombre del chat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The chat was not brought back.</source>
        <translation>No se recuperó el chat.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wait for the current reply to finish, or stop it first.</source>
        <translation>Espera a que termine la respuesta actual o detenla primero.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing was regenerated.</source>
        <translation>No se regeneró nada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The other version could not be shown.</source>
        <translation>No se pudo mostrar la otra versión.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The edited message was not saved or sent.</source>
        <translation>El mensaje editado no se guardó ni se envió.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The message was not deleted.</source>
        <translation>No se eliminó el mensaje.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The message was not brought back.</source>
        <translation>No se recuperó el mensaje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That message can no longer be brought back.</source>
        <translation>Ese mensaje ya no se puede recuperar.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No model is loaded yet. Choose a model in the toolbar.</source>
        <translation>Aún no hay ningún modelo cargado. Elige un modelo en la barra de herramientas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model is still loading; your message will be answered when it is ready.</source>
        <translation>El modelo todavía se está cargando; tu mensaje se responderá cuando esté listo.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The reply was not started; Regenerate asks again.</source>
        <translation>La respuesta no se inició; pulsa Regenerar para volver a pedirla.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>the server&apos;s stream broke off</source>
        <translation>el flujo de datos del servidor se cortó</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Ponder was closed during the reply.</source>
        <translation>Ponder se cerró durante la respuesta.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The chat database did not finish saving in time.</source>
        <translation>La base de datos de chats no terminó de guardarse a tiempo.</translation>
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
        <translation>Los chats vuelven a guardarse.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New chat</source>
        <comment>the title of a chat that has none yet</comment>
        <translation>Nuevo chat</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../ui/chat_view.py" line="+100"/>
        <source>Type a message below to start.</source>
        <translation>Escribe un mensaje abajo para empezar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading earlier messages…</source>
        <translation>Cargando mensajes anteriores…</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <location filename="../../ui/markdown_render.py" line="+164"/>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>code</source>
        <comment>header of a code block whose language is not named</comment>
        <translation>código</translation>
    </message>
</context>
<context>
    <name>Components</name>
    <message>
        <location filename="../../app/components.py" line="+37"/>
        <source>not installed</source>
        <comment>a component&apos;s version</comment>
        <translation>no instalado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bundled</source>
        <comment>a component&apos;s version</comment>
        <translation>incluido</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>used unmodified as separate shared libraries, which you may replace with your own build</source>
        <translation>se usa sin modificar como bibliotecas compartidas independientes, que puedes sustituir por tu propia compilación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>via {package}</source>
        <comment>a component&apos;s version: it comes inside that package</comment>
        <translation>incluido en {package}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the starter model, by Hugging Face</source>
        <translation>el modelo inicial, de Hugging Face</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../ui/composer.py" line="+58"/>
        <source>No task preset</source>
        <translation>Sin preajuste de tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task: math</source>
        <translation>Tarea: matemáticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task: code</source>
        <translation>Tarea: código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task: science</source>
        <translation>Tarea: ciencias</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Message Ponder…  (Shift+Enter: new line)</source>
        <translation>Escribe a Ponder…  (Mayús+Intro: nueva línea)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter sends, Shift+Enter starts a new line, Tab leaves the box</source>
        <translation>Intro envía, Mayús+Intro inserta una línea nueva, Tab sale del cuadro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <comment>accessible name of the box where the user writes</comment>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <comment>button: send the message</comment>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <comment>button: stop the reply</comment>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the reply (Esc)</source>
        <translation>Detener la respuesta (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer now</source>
        <translation>Responder ya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop thinking and answer now</source>
        <translation>Dejar de pensar y responder ya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop thinking and answer now (Ctrl+Shift+A)</source>
        <translation>Dejar de pensar y responder ya (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Task preset</source>
        <translation>Preajuste de tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model card&apos;s instruction for this kind of task, put before your question (Heavy mode&apos;s judge uses its math prompt for math and science)</source>
        <translation>La instrucción de la ficha del modelo para este tipo de tarea, que se antepone a tu pregunta (el juez del modo intensivo usa su instrucción de matemáticas para matemáticas y ciencias)</translation>
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
Último cambio: {when}</translation>
    </message>
</context>
<context>
    <name>ConversationPanel</name>
    <message>
        <location line="+48"/>
        <source>Search chats</source>
        <translation>Buscar chats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat (Ctrl+N)</source>
        <translation>Nuevo chat (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter opens the chat, F2 renames it, Delete deletes it</source>
        <translation>Intro abre el chat, F2 le cambia el nombre, Supr lo elimina</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Rename</source>
        <comment>menu: rename a chat</comment>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <comment>menu: delete a chat</comment>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <location filename="../../ui/answer_view.py" line="-113"/>
        <source>Copy</source>
        <comment>button: copy text to the clipboard</comment>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <comment>said for a moment after copying to the clipboard</comment>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <location filename="../../app/startup.py" line="+37"/>
        <source>Ponder can move it aside (renamed, nothing is deleted) and start with no chats.</source>
        <translation>Ponder puede apartarla (con otro nombre, sin eliminar nada) y empezar sin chats.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ponder can run without saving: chats then last until you quit.</source>
        <translation>Ponder puede funcionar sin guardar: los chats duran hasta que salgas.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Ponder is already open with the data folder {folder} (process {pid}). Use that window, or close it and start Ponder again.</source>
        <translation>Ponder ya está abierto con la carpeta de datos {folder} (proceso {pid}). Usa esa ventana, o ciérrala y vuelve a iniciar Ponder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ponder is already open with the data folder {folder}. Use that window, or close it and start Ponder again.</source>
        <translation>Ponder ya está abierto con la carpeta de datos {folder}. Usa esa ventana, o ciérrala y vuelve a iniciar Ponder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ponder cannot write in its data folder {folder} (the lock file {file} cannot be created). Check the folder&apos;s permissions.</source>
        <translation>Ponder no puede escribir en su carpeta de datos {folder} (no se puede crear el archivo de bloqueo {file}). Revisa los permisos de la carpeta.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The damaged chat database was moved to {path}; Ponder started with no chats.</source>
        <translation>La base de datos de chats dañada se movió a {path}; Ponder se inició sin chats.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ponder cannot open your chats</source>
        <translation>Ponder no puede abrir tus chats</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chats are not saved in this session; they last until you quit.</source>
        <translation>Los chats no se guardan en esta sesión; duran hasta que salgas.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n reply(ies) were cut off when Ponder last closed; they are kept, marked interrupted.</source>
        <translation>
            <numerusform>%n respuesta quedó cortada al cerrarse Ponder la última vez; se conserva marcada como interrumpida.</numerusform>
            <numerusform>%n respuestas quedaron cortadas al cerrarse Ponder la última vez; se conservan marcadas como interrumpidas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ponder cannot start</source>
        <translation>Ponder no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>DownloadsController</name>
    <message>
        <location filename="../../app/downloads_controller.py" line="+138"/>
        <source>Refused: {reason}.</source>
        <translation>Rechazada: {reason}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Paused; the partial file is kept.</source>
        <translation>En pausa; se conserva el archivo parcial.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled. The partial file is kept.</source>
        <translation>Cancelada. Se conserva el archivo parcial.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Cancelada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled. The partial file could not be removed: {error}.</source>
        <translation>Cancelada. No se pudo eliminar el archivo parcial: {error}.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The search failed: {kind}: {error}</source>
        <translation>La búsqueda falló: {kind}: {error}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Stopped before it started.</source>
        <translation>Se detuvo antes de empezar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verified.</source>
        <comment>a downloaded model&apos;s checksum</comment>
        <translation>Verificado.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The download failed ({kind}): {error}: {file}.</source>
        <translation>La descarga falló ({kind}): {error}: {file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The download failed ({kind}): {error}.</source>
        <translation>La descarga falló ({kind}): {error}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download failed unexpectedly: {kind}: {error}</source>
        <translation>La descarga falló de forma inesperada: {kind}: {error}</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../../engine/backend_info.py" line="+47"/>
        <source>CPU: this build of Ponder has no GPU support; install the CUDA build to use the {gpus}</source>
        <translation>CPU: esta versión de Ponder no admite GPU; instala la versión con CUDA para usar {gpus}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{backend}: all {layers} layers on {where}</source>
        <translation>{backend}: todas las {layers} capas en {where}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{backend} and CPU: {layers} of {total} layers on {where}; the rest did not fit in GPU memory</source>
        <translation>{backend} y CPU: {layers} de {total} capas en {where}; el resto no cabía en la memoria de la GPU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{backend} and CPU: {layers} of {total} layers on {where}; as set in Settings</source>
        <translation>{backend} y CPU: {layers} de {total} capas en {where}; según lo establecido en Configuración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU: the NVIDIA driver is too old for this build&apos;s CUDA; update the driver</source>
        <translation>CPU: el controlador de NVIDIA es demasiado antiguo para la versión de CUDA de esta compilación; actualiza el controlador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CPU: the model did not fit in GPU memory</source>
        <translation>CPU: el modelo no cabía en la memoria de la GPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU: GPU layers are set to 0 in Settings</source>
        <translation>CPU: las capas en GPU están en 0 en Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU: no NVIDIA GPU or driver was found</source>
        <translation>CPU: no se encontró ninguna GPU de NVIDIA ni su controlador</translation>
    </message>
    <message>
        <location filename="../../engine/catalog.py" line="+14"/>
        <source>fits on GPU</source>
        <translation>cabe en la GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partial offload</source>
        <translation>carga parcial en GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU only (slow)</source>
        <translation>solo CPU (lento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not fit</source>
        <translation>no cabe</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + {overhead:.1f} overhead); {free:.1f} GiB free on {gpu}</source>
        <translation>necesita {need:.1f} GiB ({weights:.1f} de pesos + {kv:.2f} de KV cache con {ctx:,} tokens + {overhead:.1f} de sobrecarga); {free:.1f} GiB libres en {gpu}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + {overhead:.1f} overhead); about {share:.0%} of the layers fit in {free:.1f} GiB of GPU memory</source>
        <translation>necesita {need:.1f} GiB ({weights:.1f} de pesos + {kv:.2f} de KV cache con {ctx:,} tokens + {overhead:.1f} de sobrecarga); cerca del {share:.0%} de las capas caben en {free:.1f} GiB de memoria de GPU</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + {overhead:.1f} overhead); no NVIDIA GPU found, {ram:.1f} GiB RAM free</source>
        <translation>necesita {need:.1f} GiB ({weights:.1f} de pesos + {kv:.2f} de KV cache con {ctx:,} tokens + {overhead:.1f} de sobrecarga); no se encontró ninguna GPU de NVIDIA, {ram:.1f} GiB de RAM libres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + {overhead:.1f} overhead); too big for the GPU, {ram:.1f} GiB RAM free</source>
        <translation>necesita {need:.1f} GiB ({weights:.1f} de pesos + {kv:.2f} de KV cache con {ctx:,} tokens + {overhead:.1f} de sobrecarga); demasiado grande para la GPU, {ram:.1f} GiB de RAM libres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + {overhead:.1f} overhead); only {free:.1f} GiB GPU + {ram:.1f} GiB RAM free</source>
        <translation>necesita {need:.1f} GiB ({weights:.1f} de pesos + {kv:.2f} de KV cache con {ctx:,} tokens + {overhead:.1f} de sobrecarga); solo hay {free:.1f} GiB de GPU + {ram:.1f} GiB de RAM libres</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{model} is released by NVIDIA under the {licence}. Read it at {url} and {llama_url}. Downloading the model means you accept its terms.</source>
        <translation>NVIDIA publica {model} bajo la {licence}. Puedes leerla en {url} y {llama_url}. Al descargar el modelo, aceptas sus condiciones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} is released by NVIDIA under the {licence}. Read it at {url}. Downloading the model means you accept its terms.</source>
        <translation>NVIDIA publica {model} bajo la {licence}. Puedes leerla en {url}. Al descargar el modelo, aceptas sus condiciones.</translation>
    </message>
    <message>
        <location filename="../../engine/client.py" line="+34"/>
        <source>the engine process is not running</source>
        <translation>el proceso del motor no está en ejecución</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The engine process stopped unexpectedly: it was killed by signal {signal}. Last words: {words}</source>
        <translation>El proceso del motor se detuvo inesperadamente: lo terminó la señal {signal}. Últimos mensajes: {words}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine process stopped unexpectedly: it was killed by signal {signal}.</source>
        <translation>El proceso del motor se detuvo inesperadamente: lo terminó la señal {signal}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine process stopped unexpectedly: it was killed by {signal}. Last words: {words}</source>
        <translation>El proceso del motor se detuvo inesperadamente: lo terminó {signal}. Últimos mensajes: {words}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine process stopped unexpectedly: it was killed by {signal}.</source>
        <translation>El proceso del motor se detuvo inesperadamente: lo terminó {signal}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine process stopped unexpectedly: it exited with code {code}. Last words: {words}</source>
        <translation>El proceso del motor se detuvo inesperadamente: salió con el código {code}. Últimos mensajes: {words}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine process stopped unexpectedly: it exited with code {code}.</source>
        <translation>El proceso del motor se detuvo inesperadamente: salió con el código {code}.</translation>
    </message>
    <message>
        <location filename="../../engine/downloads.py" line="+151"/>
        <source>HF_ENDPOINT {url} is not an http(s) address.</source>
        <translation>HF_ENDPOINT {url} no es una dirección http(s).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{hub} did not answer about {file} within {seconds:.0f} s; try again later.</source>
        <translation>{hub} no respondió sobre {file} en {seconds:.0f} s; inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{hub} did not answer the request within {seconds:.0f} s; try again later.</source>
        <translation>{hub} no respondió a la solicitud en {seconds:.0f} s; inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Offline mode is on: Ponder makes no network calls.</source>
        <translation>El modo sin conexión está activado: Ponder no se conecta a la red.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{file} has no SHA-256 checksum on the hub, so it cannot be verified; Ponder does not use unverified models.</source>
        <translation>{file} no tiene suma de comprobación SHA-256 en el Hub, así que no se puede verificar; Ponder no usa modelos sin verificar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{repo} needs a Hugging Face token with access, and its licence may have to be accepted first at {page}.</source>
        <translation>{repo} requiere un token de Hugging Face con acceso, y puede que antes tengas que aceptar su licencia en {page}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file list was not found in {repo}.</source>
        <translation>no se encontró la lista de archivos en {repo}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hub is busy (HTTP {code}); try again in {seconds:.0f} s.</source>
        <translation>El Hub está saturado (HTTP {code}); inténtalo de nuevo en {seconds:.0f} s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hub is busy (HTTP {code}); try again later.</source>
        <translation>El Hub está saturado (HTTP {code}); inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hub answered HTTP {code} for the file list.</source>
        <translation>El Hub respondió HTTP {code} a la solicitud de la lista de archivos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hub answered HTTP {code} for {file}.</source>
        <translation>El Hub respondió HTTP {code} para {file}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The hub&apos;s answer was larger than {mib} MiB; it was not read.</source>
        <translation>La respuesta del Hub superaba los {mib} MiB; no se leyó.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hub sent an answer that is not valid JSON.</source>
        <translation>El Hub envió una respuesta que no es JSON válido.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The hub sent an unreadable file list for {repo}.</source>
        <translation>El Hub envió una lista de archivos ilegible para {repo}.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{file} is empty on the hub; it is not a model.</source>
        <translation>{file} está vacío en el Hub; no es un modelo.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{file} failed verification (SHA-256 mismatch); the download was deleted. Try again.</source>
        <translation>{file} no superó la verificación (SHA-256 no coincide); se eliminó la descarga. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot move the verified download to {target}: {reason}; the verified file is kept as {part}.</source>
        <translation>No se puede mover la descarga verificada a {target}: {reason}; el archivo verificado se conserva como {part}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot check the free space in {folder}: {reason}.</source>
        <translation>No se puede comprobar el espacio libre en {folder}: {reason}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not enough disk space: {need:.2f} GiB needed, {free:.2f} GiB free in {folder}.</source>
        <translation>No hay suficiente espacio en disco: se necesitan {need:.2f} GiB y hay {free:.2f} GiB libres en {folder}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{file}: Ponder does not follow the server&apos;s redirects (a loop, more than {max}, or not to an http(s) address).</source>
        <translation>{file}: Ponder no sigue las redirecciones del servidor (un bucle, más de {max} o hacia una dirección que no es http(s)).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The disk is full; the partial file is kept and the download resumes when space is free.</source>
        <translation>El disco está lleno; se conserva el archivo parcial y la descarga se reanudará cuando haya espacio.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>no answer within {seconds:.0f} s; retrying in {wait:.0f} s</source>
        <translation>sin respuesta en {seconds:.0f} s; reintentando en {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data for {seconds:.0f} s; retrying in {wait:.0f} s</source>
        <translation>sin datos durante {seconds:.0f} s; reintentando en {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slower than {rate:.0f} KiB/s for {seconds:.0f} s; retrying in {wait:.0f} s</source>
        <translation>más lento de {rate:.0f} KiB/s durante {seconds:.0f} s; reintentando en {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP {code}; retrying in {wait:.0f} s</source>
        <translation>HTTP {code}; reintentando en {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server did not resume at the right place; retrying in {wait:.0f} s</source>
        <translation>el servidor no reanudó en el punto correcto; reintentando en {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection closed early; retrying in {wait:.0f} s</source>
        <translation>la conexión se cerró antes de tiempo; reintentando en {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its name could not be looked up; retrying in {wait:.0f} s</source>
        <translation>no se pudo resolver su nombre; reintentando en {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection was refused; retrying in {wait:.0f} s</source>
        <translation>se rechazó la conexión; reintentando en {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it did not answer; retrying in {wait:.0f} s</source>
        <translation>no respondió; reintentando en {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the network is unreachable; retrying in {wait:.0f} s</source>
        <translation>la red no está accesible; reintentando en {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}; retrying in {wait:.0f} s</source>
        <translation>{reason}; reintentando en {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The download kept failing (no answer within {seconds:.0f} s); the partial file is kept and will resume next time.</source>
        <translation>La descarga siguió fallando (sin respuesta en {seconds:.0f} s); se conserva el archivo parcial y se reanudará la próxima vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (no data for {seconds:.0f} s); the partial file is kept and will resume next time.</source>
        <translation>La descarga siguió fallando (sin datos durante {seconds:.0f} s); se conserva el archivo parcial y se reanudará la próxima vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (slower than {rate:.0f} KiB/s for {seconds:.0f} s); the partial file is kept and will resume next time.</source>
        <translation>La descarga siguió fallando (más lenta de {rate:.0f} KiB/s durante {seconds:.0f} s); se conserva el archivo parcial y se reanudará la próxima vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (HTTP {code}); the partial file is kept and will resume next time.</source>
        <translation>La descarga siguió fallando (HTTP {code}); se conserva el archivo parcial y se reanudará la próxima vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (the server did not resume at the right place); the partial file is kept and will resume next time.</source>
        <translation>La descarga siguió fallando (el servidor no reanudó en el punto correcto); se conserva el archivo parcial y se reanudará la próxima vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (the connection closed early); the partial file is kept and will resume next time.</source>
        <translation>La descarga siguió fallando (la conexión se cerró antes de tiempo); se conserva el archivo parcial y se reanudará la próxima vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (its name could not be looked up); the partial file is kept and will resume next time.</source>
        <translation>La descarga siguió fallando (no se pudo resolver el nombre del servidor); se conserva el archivo parcial y se reanudará la próxima vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (the connection was refused); the partial file is kept and will resume next time.</source>
        <translation>La descarga siguió fallando (se rechazó la conexión); se conserva el archivo parcial y se reanudará la próxima vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (it did not answer); the partial file is kept and will resume next time.</source>
        <translation>La descarga siguió fallando (el servidor no respondió); se conserva el archivo parcial y se reanudará la próxima vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (the network is unreachable); the partial file is kept and will resume next time.</source>
        <translation>La descarga siguió fallando (la red no está accesible); se conserva el archivo parcial y se reanudará la próxima vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing ({reason}); the partial file is kept and will resume next time.</source>
        <translation>La descarga siguió fallando ({reason}); se conserva el archivo parcial y se reanudará la próxima vez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach {hub}: its name could not be looked up. Check the internet connection; models on this computer still work.</source>
        <translation>No se puede acceder a {hub}: no se pudo resolver su nombre. Revisa la conexión a internet; los modelos de este equipo siguen funcionando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach {hub}: the connection was refused. Check the internet connection; models on this computer still work.</source>
        <translation>No se puede acceder a {hub}: se rechazó la conexión. Revisa la conexión a internet; los modelos de este equipo siguen funcionando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach {hub}: it did not answer. Check the internet connection; models on this computer still work.</source>
        <translation>No se puede acceder a {hub}: no respondió. Revisa la conexión a internet; los modelos de este equipo siguen funcionando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach {hub}: the network is unreachable. Check the internet connection; models on this computer still work.</source>
        <translation>No se puede acceder a {hub}: la red no está accesible. Revisa la conexión a internet; los modelos de este equipo siguen funcionando.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The download was cancelled; the partial file is kept.</source>
        <translation>Se canceló la descarga; se conserva el archivo parcial.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} was not found in {repo}.</source>
        <translation>No se encontró {file} en {repo}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>No se puede escribir {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}: the server redirected from https to plain http, which Ponder does not follow.</source>
        <translation>{file}: el servidor redirigió de https a http sin cifrar, algo que Ponder no sigue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: the server redirected to a {scheme}: address, which Ponder does not follow.</source>
        <translation>{file}: el servidor redirigió a una dirección {scheme}:, que Ponder no sigue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: the server redirected to a relative: address, which Ponder does not follow.</source>
        <translation>{file}: el servidor redirigió a una dirección relativa, que Ponder no sigue.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The hub declared no valid size for {file} ({value}); it cannot be downloaded safely.</source>
        <translation>El Hub no declaró un tamaño válido para {file} ({value}); no se puede descargar de forma segura.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Cannot reach {hub}: the server redirected from https to plain http, which Ponder does not follow</source>
        <translation>No se puede acceder a {hub}: el servidor redirigió de https a http sin cifrar, algo que Ponder no sigue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach {hub}: the server redirected to a {scheme}: address, which Ponder does not follow</source>
        <translation>No se puede acceder a {hub}: el servidor redirigió a una dirección {scheme}:, que Ponder no sigue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach {hub}: the server redirected to a relative: address, which Ponder does not follow</source>
        <translation>No se puede acceder a {hub}: el servidor redirigió a una dirección relativa, que Ponder no sigue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach {hub}: {reason}</source>
        <translation>No se puede acceder a {hub}: {reason}</translation>
    </message>
    <message>
        <location filename="../../engine/genselect.py" line="+111"/>
        <source>unfinished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>longer than {limit:,} characters</source>
        <translation>más de {limit:,} caracteres</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>no usable candidate</source>
        <translation>ninguna candidata utilizable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>picked {number} of {total} · by judgment</source>
        <translation>elegida la {number} de {total} · por el juez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>picked {number} of {total} · by majority vote ({votes} agree)</source>
        <translation>elegida la {number} de {total} · por mayoría ({votes} coinciden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>picked {number} of {total} · no verdict and no comparable final answers: the first one shown</source>
        <translation>elegida la {number} de {total} · sin veredicto ni respuestas finales comparables: se muestra la primera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>picked {number} of {total} · the only usable one</source>
        <translation>elegida la {number} de {total} · la única utilizable</translation>
    </message>
    <message>
        <location filename="../../engine/gguf_meta.py" line="+128"/>
        <source>{name}: the file is truncated (its header ends early)</source>
        <translation>{name}: el archivo está truncado (su cabecera termina antes de tiempo)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: its header is corrupt (a string of {size:,} bytes)</source>
        <translation>{name}: su cabecera está dañada (una cadena de {size:,} bytes)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: malformed metadata: {key} has an unknown value type ({type})</source>
        <translation>{name}: metadatos mal formados: {key} tiene un tipo de valor desconocido ({type})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: malformed metadata: {key} is an array of arrays, which GGUF does not allow</source>
        <translation>{name}: metadatos mal formados: {key} es una matriz de matrices, algo que GGUF no permite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: malformed metadata: {key} is an array of an unknown type ({type})</source>
        <translation>{name}: metadatos mal formados: {key} es una matriz de un tipo desconocido ({type})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: malformed metadata: {key} lists {count:,} strings (at most {limit:,}; real vocabularies have under {real:,})</source>
        <translation>{name}: metadatos mal formados: {key} enumera {count:,} cadenas (como máximo {limit:,}; los vocabularios reales tienen menos de {real:,})</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{name}: malformed metadata: {key} must be a whole number from 0 to {high:,}, not {value}</source>
        <translation>{name}: metadatos mal formados: {key} debe ser un número entero de 0 a {high:,}, no {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: malformed metadata: {key} must be a whole number from 0 to {high:,}, not a list ({count:,} items)</source>
        <translation>{name}: metadatos mal formados: {key} debe ser un número entero de 0 a {high:,}, no una lista ({count:,} elementos)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name}: malformed metadata: {key} must be text, not {value}</source>
        <translation>{name}: metadatos mal formados: {key} debe ser texto, no {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: malformed metadata: {key} must be text, not a list ({count:,} items)</source>
        <translation>{name}: metadatos mal formados: {key} debe ser texto, no una lista ({count:,} elementos)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: malformed metadata: {key} is {length:,} characters long (at most {limit:,})</source>
        <translation>{name}: metadatos mal formados: {key} tiene {length:,} caracteres (como máximo {limit:,})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: malformed metadata: {key} has {count:,} per-layer values (at most {limit})</source>
        <translation>{name}: metadatos mal formados: {key} tiene {count:,} valores por capa (como máximo {limit})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: malformed metadata: {key} must be true or false, not {value}</source>
        <translation>{name}: metadatos mal formados: {key} debe ser verdadero o falso, no {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: malformed metadata: {key} must be true or false, not a list ({count:,} items)</source>
        <translation>{name}: metadatos mal formados: {key} debe ser verdadero o falso, no una lista ({count:,} elementos)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: malformed metadata: {key} must be stored as uint32 (GGUF type {expected}), not as type {type}</source>
        <translation>{name}: metadatos mal formados: {key} debe almacenarse como uint32 (tipo GGUF {expected}), no como tipo {type}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: malformed metadata: {key} must be a power of two, not {value}</source>
        <translation>{name}: metadatos mal formados: {key} debe ser una potencia de dos, no {value}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: malformed metadata: {key} must be a list of strings, not {value}</source>
        <translation>{name}: metadatos mal formados: {key} debe ser una lista de cadenas, no {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: malformed metadata: {key} must be a list of strings, not a list ({count:,} items)</source>
        <translation>{name}: metadatos mal formados: {key} debe ser una lista de cadenas, no una lista ({count:,} elementos)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no such file: {path}</source>
        <translation>no existe el archivo: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>cannot read {path}: {reason}</source>
        <translation>no se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>{path} is a folder, not a GGUF model file</source>
        <translation>{path} es una carpeta, no un archivo de modelo GGUF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a pipe, socket or device, not a GGUF model file</source>
        <translation>{path} es una tubería, un socket o un dispositivo, no un archivo de modelo GGUF</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is not a GGUF model (only {size} bytes)</source>
        <translation>{name} no es un modelo GGUF (solo tiene {size} bytes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a GGUF model file (wrong magic bytes)</source>
        <translation>{name} no es un archivo de modelo GGUF (los bytes mágicos no coinciden)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name}: malformed metadata ({error})</source>
        <translation>{name}: metadatos mal formados ({error})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: GGUF version {version} is not supported</source>
        <translation>{name}: la versión {version} de GGUF no es compatible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: its header is corrupt ({tensors:,} tensors, {keys:,} metadata keys)</source>
        <translation>{name}: su cabecera está dañada ({tensors:,} tensores, {keys:,} claves de metadatos)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}: malformed metadata: an empty or repeated key ({key})</source>
        <translation>{name}: metadatos mal formados: una clave vacía o repetida ({key})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: its tensor table is corrupt (a tensor with {dims:,} dimensions)</source>
        <translation>{name}: su tabla de tensores está dañada (un tensor con {dims:,} dimensiones)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: its tensor table is corrupt (a tensor larger than any computer can hold)</source>
        <translation>{name}: su tabla de tensores está dañada (un tensor más grande de lo que cualquier equipo puede contener)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}: the file is truncated: {missing:,} bytes of weights are missing (an interrupted download?)</source>
        <translation>{name}: el archivo está truncado: faltan {missing:,} bytes de pesos (¿una descarga interrumpida?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: it does not name its architecture ({key})</source>
        <translation>{name}: no indica su arquitectura ({key})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: malformed metadata: {key} is {id:,}, but the vocabulary has only {count:,} tokens</source>
        <translation>{name}: metadatos mal formados: {key} es {id:,}, pero el vocabulario solo tiene {count:,} tokens</translation>
    </message>
    <message>
        <location filename="../../engine/hardware.py" line="+97"/>
        <source>nvidia-smi did not answer ({error})</source>
        <translation>nvidia-smi no respondió ({error})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nvidia-smi failed: {output}</source>
        <translation>nvidia-smi falló: {output}</translation>
    </message>
    <message>
        <location filename="../../engine/heavy.py" line="+108"/>
        <source>Heavy mode samples its candidates: temperature {temperature} is used instead of greedy decoding.</source>
        <translation>El modo intensivo genera sus candidatas por muestreo: se usa la temperatura {temperature} en lugar de la decodificación voraz.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>stopped while judging; no answer</source>
        <translation>se detuvo durante la evaluación del juez; sin respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped while judging; candidate {number} kept</source>
        <translation>se detuvo durante la evaluación del juez; se conserva la candidata {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped after {usable} usable candidate(s); no answer</source>
        <translation>se detuvo; candidatas utilizables: {usable}; sin respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped after {usable} usable candidate(s); candidate {number} kept</source>
        <translation>se detuvo; candidatas utilizables: {usable}; se conserva la candidata {number}</translation>
    </message>
    <message>
        <location filename="../../engine/limits.py" line="+55"/>
        <source>{setting} must be a sentence of at most {limit} characters</source>
        <translation>{setting} debe ser una frase de {limit} caracteres como máximo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a context of {n_ctx:,} tokens is more than {model} was trained for ({trained:,} tokens)</source>
        <translation>un contexto de {n_ctx:,} tokens supera el de entrenamiento de {model} ({trained:,} tokens)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a context of {n_ctx:,} tokens needs about {need:.1f} GiB for its KV cache, but only {memory:.1f} GiB of memory is free (RAM and GPU together); the largest context that fits is {fits:,} tokens</source>
        <translation>un contexto de {n_ctx:,} tokens necesita unos {need:.1f} GiB para su KV cache, pero solo hay {memory:.1f} GiB de memoria libres (RAM y GPU juntas); el contexto más grande que cabe es de {fits:,} tokens</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>threads must be a whole number from 0 to {cpus:,}, not {value} (this computer has {cpus} CPUs; 0 uses one thread per physical core)</source>
        <translation>los hilos deben ser un número entero de 0 a {cpus:,}, no {value} (este equipo tiene {cpus} CPU; 0 usa un hilo por núcleo físico)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>GPU layers must be &apos;auto&apos;, -1 (all) or a number of layers, not {value}</source>
        <translation>las capas en GPU deben ser &apos;auto&apos;, -1 (todas) o un número de capas, no {value}</translation>
    </message>
    <message>
        <location filename="../../engine/llama_backend.py" line="+159"/>
        <source>the model&apos;s file name {path} is not valid UTF-8, which llama.cpp cannot open; rename the file</source>
        <translation>el nombre de archivo del modelo {path} no es UTF-8 válido, y llama.cpp no puede abrirlo; cambia el nombre del archivo</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>could not load {name}: {reason}</source>
        <translation>no se pudo cargar {name}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loading with all GPU layers failed ({reason}); retrying with fewer</source>
        <translation>falló la carga con todas las capas en GPU ({reason}); reintentando con menos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading with {layers} GPU layers failed ({reason}); retrying with fewer</source>
        <translation>falló la carga con {layers} capas en GPU ({reason}); reintentando con menos</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>the model&apos;s chat template produced an empty prompt, so there is nothing to answer; the template in the model file is broken</source>
        <translation>la plantilla de chat del modelo generó un prompt vacío, así que no hay nada que responder; la plantilla del archivo del modelo está defectuosa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the message is too long: the prompt needs more characters than any context holds but the context holds {n_ctx:,} (with {reserve:,} kept for the reply). Shorten it or raise the context size.</source>
        <translation>el mensaje es demasiado largo: el prompt necesita más caracteres de los que caben en cualquier contexto, y el contexto admite {n_ctx:,} (con {reserve:,} reservados para la respuesta). Acórtalo o aumenta el tamaño del contexto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the message is too long: the prompt needs {tokens:,} tokens but the context holds {n_ctx:,} (with {reserve:,} kept for the reply). Shorten it or raise the context size.</source>
        <translation>el mensaje es demasiado largo: el prompt necesita {tokens:,} tokens, pero el contexto admite {n_ctx:,} (con {reserve:,} reservados para la respuesta). Acórtalo o aumenta el tamaño del contexto.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>llama.cpp failed to evaluate the prompt: {error}</source>
        <translation>llama.cpp no pudo evaluar el prompt: {error}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>no model is loaded</source>
        <translation>no hay ningún modelo cargado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the message is empty</source>
        <translation>el mensaje está vacío</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the conversation no longer fits the context: the oldest {dropped} message(s) were left out</source>
        <translation>la conversación ya no cabe en el contexto: se omitieron los mensajes más antiguos ({dropped})</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>llama.cpp could not restore the prompt&apos;s state for the next candidate</source>
        <translation>llama.cpp no pudo restaurar el estado del prompt para la siguiente candidata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>llama.cpp could not cut the cache back to the prompt for the next candidate</source>
        <translation>llama.cpp no pudo recortar la caché hasta el prompt para la siguiente candidata</translation>
    </message>
    <message>
        <location filename="../../engine/local_models.py" line="+82"/>
        <source>cannot read this folder: {reason}</source>
        <translation>no se puede leer esta carpeta: {reason}</translation>
    </message>
    <message>
        <location filename="../../engine/paths.py" line="+43"/>
        <source>Ponder&apos;s data folder {folder} cannot be used: {blocker} is a file, not a folder. Move that file away, or set PONDER_HOME to another folder.</source>
        <translation>No se puede usar la carpeta de datos de Ponder {folder}: {blocker} es un archivo, no una carpeta. Mueve ese archivo a otro sitio o define PONDER_HOME con otra carpeta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ponder&apos;s data folder {folder} cannot be created ({reason}). Check its permissions, or set PONDER_HOME to another folder.</source>
        <translation>No se puede crear la carpeta de datos de Ponder {folder} ({reason}). Revisa sus permisos o define PONDER_HOME con otra carpeta.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ponder&apos;s models folder {folder} is a file, not a folder. Move that file away.</source>
        <translation>La carpeta de modelos de Ponder {folder} es un archivo, no una carpeta. Mueve ese archivo a otro sitio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ponder&apos;s models folder {folder} cannot be created ({reason}).</source>
        <translation>No se puede crear la carpeta de modelos de Ponder {folder} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../engine/profiles.py" line="+125"/>
        <source>the task {task} has no preset for {label} models (presets: none)</source>
        <translation>la tarea {task} no tiene preajuste para los modelos de tipo {label} (preajustes: ninguno)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the task {task} has no preset for {label} models (presets: {known})</source>
        <translation>la tarea {task} no tiene preajuste para los modelos de tipo {label} (preajustes: {known})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Thinking model</source>
        <translation>Modelo con razonamiento</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Chat model</source>
        <translation>Modelo de chat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this model does not reason: the reasoning controls are off</source>
        <translation>este modelo no razona: los controles de razonamiento están desactivados</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown model family {family} (known: {names})</source>
        <translation>familia de modelos desconocida: {family} (conocidas: {names})</translation>
    </message>
    <message>
        <location filename="../../engine/remote.py" line="+284"/>
        <source>{host} does not serve the model {model}. Its models: none.</source>
        <translation>{host} no ofrece el modelo {model}. Sus modelos: ninguno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} does not serve the model {model}. Its models: {models}.</source>
        <translation>{host} no ofrece el modelo {model}. Sus modelos: {models}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No chat template is known for {model}: a thinking budget will be sent to the server but cannot be enforced by Ponder if the server ignores it.</source>
        <translation>No se conoce ninguna plantilla de chat para {model}: el presupuesto de razonamiento se enviará al servidor, pero Ponder no podrá hacerlo cumplir si el servidor lo ignora.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Heavy mode runs on a local model only: it continues every candidate from one evaluated prompt, which a server does not share. Turn Heavy off or choose a local model.</source>
        <translation>El modo intensivo solo funciona con un modelo local: continúa cada candidata a partir de un mismo prompt evaluado, algo que un servidor no comparte. Desactiva el modo intensivo o elige un modelo local.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The budget cannot be applied: {server} takes no budget field and no chat template is known for {model}. Choose the model&apos;s family for this server.</source>
        <translation>No se puede aplicar el presupuesto: {server} no acepta ningún campo de presupuesto y no se conoce ninguna plantilla de chat para {model}. Elige la familia del modelo para este servidor.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{host} offers no usable /v1/completions: {error}</source>
        <translation>{host} no ofrece un /v1/completions utilizable: {error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the conversation is too long for {model} on {host}: its context holds {context:,} tokens. Start a new chat or shorten the message.</source>
        <translation>la conversación es demasiado larga para {model} en {host}: su contexto admite {context:,} tokens. Empieza un chat nuevo o acorta el mensaje.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Answer now is not possible here: no chat template is known for {model}. Choose the model&apos;s family for this server.</source>
        <translation>“Responder ya” no es posible aquí: no se conoce ninguna plantilla de chat para {model}. Elige la familia del modelo para este servidor.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The reply from {host} broke off: {error} What arrived is kept.</source>
        <translation>La respuesta de {host} se cortó: {error} Se conserva lo que llegó.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The reply from {host} ended without finishing (the stream was cut). What arrived is kept.</source>
        <translation>La respuesta de {host} terminó sin completarse (el flujo de datos se cortó). Se conserva lo que llegó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} aborted the reply. What arrived is kept.</source>
        <translation>{host} abortó la respuesta. Se conserva lo que llegó.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{host} ignored the thinking budget field; Ponder ended the reasoning itself.</source>
        <translation>{host} ignoró el campo del presupuesto de razonamiento; Ponder terminó el razonamiento por su cuenta.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The reasoning was closed but {host} could not continue it: it offers no usable /v1/completions ({error}). The budget cannot give an answer on this server.</source>
        <translation>Se cerró el razonamiento, pero {host} no pudo continuarlo: no ofrece un /v1/completions utilizable ({error}). El presupuesto no puede dar una respuesta en este servidor.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{host} did not answer with a stream ({reason})</source>
        <translation>{host} no respondió con un flujo de datos ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the stream from {host} was closed</source>
        <translation>se cerró el flujo de datos de {host}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{host} sent a stream event Ponder cannot read: {data}</source>
        <translation>{host} envió un evento de flujo que Ponder no puede leer: {data}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} sent a stream event that is not an object: {data}</source>
        <translation>{host} envió un evento de flujo que no es un objeto: {data}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{host} sent a stream event Ponder cannot read (choices is not a list of objects).</source>
        <translation>{host} envió un evento de flujo que Ponder no puede leer (choices no es una lista de objetos).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{host} reported an error mid-reply: {said}</source>
        <translation>{host} informó de un error en mitad de la respuesta: {said}</translation>
    </message>
    <message>
        <location filename="../../engine/remote_endpoints.py" line="+44"/>
        <source>llama.cpp server</source>
        <translation>servidor llama.cpp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenAI-compatible server</source>
        <translation>servidor compatible con OpenAI</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{engine} {version}</source>
        <translation>{engine} {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{engine} · reasoning in `reasoning` · budget: {budget}</source>
        <translation>{engine} · razonamiento en `reasoning` · presupuesto: {budget}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{engine} · reasoning in `reasoning_content` · budget: {budget}</source>
        <translation>{engine} · razonamiento en `reasoning_content` · presupuesto: {budget}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{engine} · reasoning as think tags in the answer · budget: {budget}</source>
        <translation>{engine} · razonamiento como etiquetas think en la respuesta · presupuesto: {budget}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{engine} · reasoning field not seen yet · budget: {budget}</source>
        <translation>{engine} · campo de razonamiento aún no detectado · presupuesto: {budget}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the server&apos;s address is empty</source>
        <translation>la dirección del servidor está vacía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{address} is not a web address: start it with http:// or https://</source>
        <translation>{address} no es una dirección web: debe empezar por http:// o https://</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only http:// and https:// servers are supported, not {scheme}://</source>
        <translation>solo se admiten servidores http:// y https://, no {scheme}://</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{address} names no host</source>
        <translation>{address} no indica ningún host</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} is not a valid host name</source>
        <translation>{host} no es un nombre de host válido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>put the API key in the key field, not in the address</source>
        <translation>pon la clave de API en el campo de la clave, no en la dirección</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{address} has an invalid port</source>
        <translation>{address} tiene un puerto no válido</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a server&apos;s name is 1 to {max} letters, digits, spaces or . @ ( ) + - _, starting with a letter or digit; not {name}</source>
        <translation>el nombre de un servidor tiene de 1 a {max} letras, dígitos, espacios o . @ ( ) + - _, y empieza por una letra o un dígito; {name} no lo cumple</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The list of servers ({path}) could not be read: {reason}</source>
        <translation>No se pudo leer la lista de servidores ({path}): {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The list of servers ({path}) is damaged; it was not read.</source>
        <translation>La lista de servidores ({path}) está dañada; no se leyó.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the CA file {path} does not exist</source>
        <translation>el archivo de CA {path} no existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a server named {name} already exists</source>
        <translation>ya existe un servidor llamado {name}</translation>
    </message>
    <message>
        <location filename="../../engine/remote_http.py" line="+50"/>
        <source>the CA file {path} could not be read: {reason}</source>
        <translation>no se pudo leer el archivo de CA {path}: {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The certificate of {host} could not be verified ({reason}). If the server uses a private certificate authority, name its CA file in the server&apos;s settings.</source>
        <translation>No se pudo verificar el certificado de {host} ({reason}). Si el servidor usa una autoridad de certificación privada, indica su archivo de CA en la configuración del servidor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A secure connection to {host} failed: {reason}. Check that the address starts with the right scheme (http or https).</source>
        <translation>Falló la conexión segura con {host}: {reason}. Comprueba que la dirección empieza por el esquema correcto (http o https).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{host} did not answer within {seconds:.0f} s. Check the address and that the server is running.</source>
        <translation>{host} no respondió en {seconds:.0f} s. Revisa la dirección y que el servidor esté en funcionamiento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} stopped sending (nothing arrived for too long).</source>
        <translation>{host} dejó de enviar datos (no llegó nada durante demasiado tiempo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} took too long to answer.</source>
        <translation>{host} tardó demasiado en responder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach {host}: its name could not be resolved.</source>
        <translation>No se pudo acceder a {host}: no se pudo resolver su nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach {host}: the connection was refused (is the server running on that port?).</source>
        <translation>No se pudo acceder a {host}: se rechazó la conexión (¿está el servidor en funcionamiento en ese puerto?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach {host}: {reason}.</source>
        <translation>No se pudo acceder a {host}: {reason}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} closed the connection unexpectedly.</source>
        <translation>{host} cerró la conexión de forma inesperada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to {host} failed: {reason}.</source>
        <translation>Falló la conexión con {host}: {reason}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{host} redirected the request to another address. Ponder does not follow redirects: add the final address as the server instead.</source>
        <translation>{host} redirigió la solicitud a otra dirección. Ponder no sigue redirecciones: añade la dirección final como servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} redirected the request to {where}. Ponder does not follow redirects: add the final address as the server instead.</source>
        <translation>{host} redirigió la solicitud a {where}. Ponder no sigue redirecciones: añade la dirección final como servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} refused the request: an API key is needed or the key is wrong (401 Unauthorized).</source>
        <translation>{host} rechazó la solicitud: se necesita una clave de API o la clave es incorrecta (401 Unauthorized).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} refused the request: an API key is needed or the key is wrong (401 Unauthorized). The server said: {said}</source>
        <translation>{host} rechazó la solicitud: se necesita una clave de API o la clave es incorrecta (401 Unauthorized). El servidor dijo: {said}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} denied access with this key (403 Forbidden).</source>
        <translation>{host} denegó el acceso con esta clave (403 Forbidden).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} denied access with this key (403 Forbidden). The server said: {said}</source>
        <translation>{host} denegó el acceso con esta clave (403 Forbidden). El servidor dijo: {said}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} does not serve the model {model} (404). Choose one of the server&apos;s models.</source>
        <translation>{host} no ofrece el modelo {model} (404). Elige uno de los modelos del servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} does not serve the model {model} (404). The server said: {said} Choose one of the server&apos;s models.</source>
        <translation>{host} no ofrece el modelo {model} (404). El servidor dijo: {said} Elige uno de los modelos del servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} has no OpenAI-compatible API at this address (404). Check the address (most servers end in /v1).</source>
        <translation>{host} no tiene una API compatible con OpenAI en esta dirección (404). Revisa la dirección (la mayoría de los servidores terminan en /v1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} has no OpenAI-compatible API at this address (404). Check the address (most servers end in /v1). The server said: {said}</source>
        <translation>{host} no tiene una API compatible con OpenAI en esta dirección (404). Revisa la dirección (la mayoría de los servidores terminan en /v1). El servidor dijo: {said}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{host} rejected the request ({code}).</source>
        <translation>{host} rechazó la solicitud ({code}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} rejected the request ({code}). The server said: {said}</source>
        <translation>{host} rechazó la solicitud ({code}). El servidor dijo: {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} failed with a server error ({code}).</source>
        <translation>{host} falló con un error del servidor ({code}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} failed with a server error ({code}). The server said: {said}</source>
        <translation>{host} falló con un error del servidor ({code}). El servidor dijo: {said}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{host} is rate-limiting requests (429). Try again later.</source>
        <translation>{host} está limitando las solicitudes (429). Inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} is rate-limiting requests (429). Try again later. The server said: {said}</source>
        <translation>{host} está limitando las solicitudes (429). Inténtalo de nuevo más tarde. El servidor dijo: {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is rate-limiting requests (429). Try again in {seconds:.0f} s.</source>
        <translation>{host} está limitando las solicitudes (429). Inténtalo de nuevo en {seconds:.0f} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} is rate-limiting requests (429). Try again in {seconds:.0f} s. The server said: {said}</source>
        <translation>{host} está limitando las solicitudes (429). Inténtalo de nuevo en {seconds:.0f} s. El servidor dijo: {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is rate-limiting requests (429). Try again in {seconds:.0f} s. Waiting {seconds:.0f} s before asking again…</source>
        <translation>{host} está limitando las solicitudes (429). Inténtalo de nuevo en {seconds:.0f} s. Esperando {seconds:.0f} s antes de volver a intentarlo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is rate-limiting requests (429). Try again in {seconds:.0f} s. The server said: {said} Waiting {seconds:.0f} s before asking again…</source>
        <translation>{host} está limitando las solicitudes (429). Inténtalo de nuevo en {seconds:.0f} s. El servidor dijo: {said} Esperando {seconds:.0f} s antes de volver a intentarlo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} is busy or still loading (503). Try again later.</source>
        <translation>{host} está ocupado o aún se está cargando (503). Inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} is busy or still loading (503). Try again later. The server said: {said}</source>
        <translation>{host} está ocupado o aún se está cargando (503). Inténtalo de nuevo más tarde. El servidor dijo: {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is busy or still loading (503). Try again in {seconds:.0f} s.</source>
        <translation>{host} está ocupado o aún se está cargando (503). Inténtalo de nuevo en {seconds:.0f} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} is busy or still loading (503). Try again in {seconds:.0f} s. The server said: {said}</source>
        <translation>{host} está ocupado o aún se está cargando (503). Inténtalo de nuevo en {seconds:.0f} s. El servidor dijo: {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is busy or still loading (503). Try again in {seconds:.0f} s. Waiting {seconds:.0f} s before asking again…</source>
        <translation>{host} está ocupado o aún se está cargando (503). Inténtalo de nuevo en {seconds:.0f} s. Esperando {seconds:.0f} s antes de volver a intentarlo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is busy or still loading (503). Try again in {seconds:.0f} s. The server said: {said} Waiting {seconds:.0f} s before asking again…</source>
        <translation>{host} está ocupado o aún se está cargando (503). Inténtalo de nuevo en {seconds:.0f} s. El servidor dijo: {said} Esperando {seconds:.0f} s antes de volver a intentarlo…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{host} has no model list at {url}: it does not look like an OpenAI-compatible server. Check the address (most end in /v1).</source>
        <translation>{host} no tiene una lista de modelos en {url}: no parece un servidor compatible con OpenAI. Revisa la dirección (la mayoría terminan en /v1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{host} sent a model list Ponder cannot read.</source>
        <translation>{host} envió una lista de modelos que Ponder no puede leer.</translation>
    </message>
    <message>
        <location filename="../../engine/safe_paths.py" line="+53"/>
        <source>{repo} is not a repository id (expected owner/name)</source>
        <translation>{repo} no es un identificador de repositorio (se esperaba propietario/nombre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: {repo} is not a repository id (expected owner/name).</source>
        <translation>Rechazada: {repo} no es un identificador de repositorio (se esperaba propietario/nombre).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{repo} is not a valid repository id: owner and name use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only</source>
        <translation>{repo} no es un identificador de repositorio válido: el propietario y el nombre solo pueden contener letras, dígitos, &apos;-&apos;, &apos;_&apos; y &apos;.&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: {repo} is not a valid repository id: owner and name use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only.</source>
        <translation>Rechazada: {repo} no es un identificador de repositorio válido: el propietario y el nombre solo pueden contener letras, dígitos, &apos;-&apos;, &apos;_&apos; y &apos;.&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{revision} is not a valid revision</source>
        <translation>{revision} no es una revisión válida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: {revision} is not a valid revision.</source>
        <translation>Rechazada: {revision} no es una revisión válida.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is not a file name</source>
        <translation>{name} no es un nombre de archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: {name} is not a file name.</source>
        <translation>Rechazada: {name} no es un nombre de archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file name {name} is too long</source>
        <translation>el nombre de archivo {name} es demasiado largo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the file name {name} is too long.</source>
        <translation>Rechazada: el nombre de archivo {name} es demasiado largo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file name {name} contains control characters</source>
        <translation>el nombre de archivo {name} contiene caracteres de control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the file name {name} contains control characters.</source>
        <translation>Rechazada: el nombre de archivo {name} contiene caracteres de control.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file name {name} contains &apos;\&apos; or &apos;:&apos; (a Windows path?)</source>
        <translation>el nombre de archivo {name} contiene &apos;\&apos; o &apos;:&apos; (¿una ruta de Windows?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the file name {name} contains &apos;\&apos; or &apos;:&apos; (a Windows path?).</source>
        <translation>Rechazada: el nombre de archivo {name} contiene &apos;\&apos; o &apos;:&apos; (¿una ruta de Windows?).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file name {name} is an absolute path</source>
        <translation>el nombre de archivo {name} es una ruta absoluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the file name {name} is an absolute path.</source>
        <translation>Rechazada: el nombre de archivo {name} es una ruta absoluta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file name {name} leaves its folder or has an empty part</source>
        <translation>el nombre de archivo {name} sale de su carpeta o tiene una parte vacía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: the file name {name} leaves its folder or has an empty part.</source>
        <translation>Rechazada: el nombre de archivo {name} sale de su carpeta o tiene una parte vacía.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a part of the file name {name} is too long</source>
        <translation>una parte del nombre de archivo {name} es demasiado larga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: a part of the file name {name} is too long.</source>
        <translation>Rechazada: una parte del nombre de archivo {name} es demasiado larga.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file name {name} is not valid on every system</source>
        <translation>el nombre de archivo {name} no es válido en todos los sistemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the file name {name} is not valid on every system.</source>
        <translation>Rechazada: el nombre de archivo {name} no es válido en todos los sistemas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file name {name} ends like a partial download ({suffix})</source>
        <translation>el nombre de archivo {name} termina como una descarga parcial ({suffix})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: the file name {name} ends like a partial download ({suffix}).</source>
        <translation>Rechazada: el nombre de archivo {name} termina como una descarga parcial ({suffix}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file name {name} leads outside {folder} (through a link)</source>
        <translation>el nombre de archivo {name} lleva fuera de {folder} (a través de un enlace)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: the file name {name} leads outside {folder} (through a link).</source>
        <translation>Rechazada: el nombre de archivo {name} lleva fuera de {folder} (a través de un enlace).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{folder} leads outside {models} (through a link)</source>
        <translation>{folder} lleva fuera de {models} (a través de un enlace)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: {folder} leads outside {models} (through a link).</source>
        <translation>Rechazada: {folder} lleva fuera de {models} (a través de un enlace).</translation>
    </message>
    <message>
        <location filename="../../engine/secrets.py" line="+36"/>
        <source>No secure keyring is available on this system (for example no Secret Service on Linux). Tokens are kept in memory for this session only and are never written to disk.</source>
        <translation>No hay ningún llavero seguro disponible en este sistema (por ejemplo, falta Secret Service en Linux). Los tokens se guardan en memoria solo durante esta sesión y nunca se escriben en el disco.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The system keyring failed ({error}); tokens are kept in memory for this session only.</source>
        <translation>El llavero del sistema falló ({error}); los tokens se guardan en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <location filename="../../engine/store.py" line="+79"/>
        <source>The chat database {path} cannot be written ({detail}). Check that it and its folder are writable.</source>
        <translation>No se puede escribir en la base de datos de chats {path} ({detail}). Comprueba que tanto ella como su carpeta tengan permisos de escritura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat database {path} cannot be opened: it is damaged ({detail}). It has been left as it is.</source>
        <translation>No se puede abrir la base de datos de chats {path}: está dañada ({detail}). Se ha dejado tal como estaba.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk holding the chat database {path} is full ({detail}).</source>
        <translation>El disco que contiene la base de datos de chats {path} está lleno ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chat database {path} is locked by another program ({detail}).</source>
        <translation>Otro programa tiene bloqueada la base de datos de chats {path} ({detail}).</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The chat database {path} cannot be kept there: {folder} is not a folder.</source>
        <translation>La base de datos de chats {path} no puede estar ahí: {folder} no es una carpeta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder {folder} for the chat database cannot be created ({reason}).</source>
        <translation>No se puede crear la carpeta {folder} para la base de datos de chats ({reason}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} should be the chat database, but it is a folder.</source>
        <translation>{path} debería ser la base de datos de chats, pero es una carpeta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} should be the chat database, but it is not a regular file.</source>
        <translation>{path} debería ser la base de datos de chats, pero no es un archivo normal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} should be one of its files, but it is a folder.</source>
        <translation>{path} debería ser uno de sus archivos, pero es una carpeta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} should be one of its files, but it is not a regular file.</source>
        <translation>{path} debería ser uno de sus archivos, pero no es un archivo normal.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The chat database {path} was written by a newer Ponder (schema {version}, this one knows {known}); update Ponder to open it. It has been left as it is.</source>
        <translation>La base de datos de chats {path} se creó con una versión más reciente de Ponder (esquema {version}; esta versión conoce el {known}); actualiza Ponder para abrirla. Se ha dejado tal como estaba.</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>The chat database {path} could not be moved aside ({reason}); nothing was deleted.</source>
        <translation>No se pudo apartar la base de datos de chats {path} ({reason}); no se eliminó nada.</translation>
    </message>
    <message>
        <location filename="../../engine/template_worker.py" line="+93"/>
        <source>the conversation cannot be passed to the chat template: {error}</source>
        <translation>no se puede pasar la conversación a la plantilla de chat: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the chat template renderer could not be started</source>
        <translation>no se pudo iniciar el procesador de la plantilla de chat</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the chat template took longer than {seconds:g} s to render; it was stopped (the model file&apos;s template is broken or hostile)</source>
        <translation>la plantilla de chat tardó más de {seconds:g} s en procesarse y se detuvo (la plantilla del archivo del modelo está defectuosa o es maliciosa)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the chat template crashed its renderer; the model file&apos;s template is broken or hostile</source>
        <translation>la plantilla de chat hizo fallar su procesador; la plantilla del archivo del modelo está defectuosa o es maliciosa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the chat template crashed its renderer (exit {code}); the model file&apos;s template is broken or hostile</source>
        <translation>la plantilla de chat hizo fallar su procesador (código de salida {code}); la plantilla del archivo del modelo está defectuosa o es maliciosa</translation>
    </message>
    <message>
        <location filename="../../engine/templates.py" line="+46"/>
        <source>the chat template refused the conversation: {message}</source>
        <translation>la plantilla de chat rechazó la conversación: {message}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the chat template tried to build a huge formatted string; it was stopped</source>
        <translation>la plantilla de chat intentó construir una cadena con formato enorme; se detuvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chat template tried to build a huge string; it was stopped</source>
        <translation>la plantilla de chat intentó construir una cadena enorme; se detuvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chat template tried to build a huge number; it was stopped</source>
        <translation>la plantilla de chat intentó construir un número enorme; se detuvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chat template tried to build a huge string or list; it was stopped</source>
        <translation>la plantilla de chat intentó construir una cadena o una lista enorme; se detuvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chat template tried to build something with the number {number:.3g}; it was stopped</source>
        <translation>la plantilla de chat intentó construir algo con el número {number:.3g}; se detuvo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the chat template needed more memory than allowed; it was stopped</source>
        <translation>la plantilla de chat necesitó más memoria de la permitida; se detuvo</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>the model&apos;s chat template is invalid: {error}</source>
        <translation>la plantilla de chat del modelo no es válida: {error}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the chat template wrote more than {limit:,} characters; it was stopped</source>
        <translation>la plantilla de chat escribió más de {limit:,} caracteres; se detuvo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the chat template tried an unsafe operation: {error}</source>
        <translation>la plantilla de chat intentó una operación no segura: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the chat template recursed too deeply; it was stopped</source>
        <translation>la plantilla de chat tuvo una recursión demasiado profunda; se detuvo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the chat template failed: {error}</source>
        <translation>la plantilla de chat falló: {error}</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="+149"/>
        <source>The settings file has values that cannot be used ({names}); their defaults are used.</source>
        <translation>El archivo de configuración tiene valores que no se pueden usar ({names}); se usan sus valores predeterminados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file could not be read ({error}); defaults are used.</source>
        <translation>No se pudo leer el archivo de configuración ({error}); se usan los valores predeterminados.</translation>
    </message>
    <message>
        <location filename="../../engine/openai_wire.py" line="+244"/>
        <source>server budget ({engine} {field})</source>
        <translation>presupuesto del servidor ({engine} {field})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>server budget ({field})</source>
        <translation>presupuesto del servidor ({field})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two-phase (capped, closed and continued by Ponder)</source>
        <translation>en dos fases (Ponder lo limita, lo cierra y continúa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no budget</source>
        <translation>sin presupuesto</translation>
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
        <translation>Top K (0: desactivado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min P</source>
        <translation>Min P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat penalty</source>
        <translation>Penalización por repetición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max new tokens</source>
        <translation>Máx. de tokens nuevos</translation>
    </message>
    <message>
        <location filename="../../app/server_runner.py" line="+74"/>
        <source>{host} is reachable from other computers. Ponder listens on this computer only (127.0.0.1) unless you switch on LAN access on purpose (--lan).</source>
        <translation>{host} es accesible desde otros equipos. Ponder solo escucha en este equipo (127.0.0.1), salvo que actives a propósito el acceso desde la red local (--lan).</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>{host} is not an address of this computer ({error}).</source>
        <translation>{host} no es una dirección de este equipo ({error}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Port {port} is in use by another program; choose another port.</source>
        <translation>Otro programa está usando el puerto {port}; elige otro puerto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port {port} needs special rights; choose one above 1023.</source>
        <translation>El puerto {port} requiere permisos especiales; elige uno por encima de 1023.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot listen on {host} port {port}: {error}.</source>
        <translation>No se puede escuchar en {host}, puerto {port}: {error}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The server did not start.</source>
        <translation>El servidor no se inició.</translation>
    </message>
    <message>
        <location filename="../../app/server_security.py" line="+105"/>
        <source>{problem} The server&apos;s key lasts until Ponder quits; set {variable} to keep one.</source>
        <translation>{problem} La clave del servidor dura hasta que cierres Ponder; define {variable} para conservar una.</translation>
    </message>
    <message>
        <location filename="../../app/store_writer.py" line="+279"/>
        <source>The chat database could not be opened for writing ({error}).</source>
        <translation>No se pudo abrir la base de datos de los chats para escribir ({error}).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The chat database could not be opened for writing.</source>
        <translation>No se pudo abrir la base de datos de los chats para escribir.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The reply could not be saved ({error}).</source>
        <translation>No se pudo guardar la respuesta ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/remote_commands.py" line="+147"/>
        <source>the key will travel unencrypted (http://) to another computer; anyone on the network path can read it. Use https:// if the server offers it.</source>
        <translation>la clave viajará sin cifrar (http://) a otro equipo; cualquiera que esté en la ruta de red puede leerla. Usa https:// si el servidor lo admite.</translation>
    </message>
</context>
<context>
    <name>EngineBridge</name>
    <message>
        <location filename="../../app/engine_bridge.py" line="+315"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The engine process stopped unexpectedly.</source>
        <translation>El proceso del motor se detuvo inesperadamente.</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>{problem} It stopped %n time(s) in a minute while answering local-server requests (the last from {client}), so it was not restarted. Choose a model to try again.</source>
        <translation>
            <numerusform>{problem} Se detuvo %n vez en un minuto mientras respondía solicitudes del servidor local (la última, de {client}), así que no se reinició. Elige un modelo para volver a intentarlo.</numerusform>
            <numerusform>{problem} Se detuvo %n veces en un minuto mientras respondía solicitudes del servidor local (la última, de {client}), así que no se reinició. Elige un modelo para volver a intentarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{problem} It stopped %n time(s) in a minute while answering local-server requests, so it was not restarted. Choose a model to try again.</source>
        <translation>
            <numerusform>{problem} Se detuvo %n vez en un minuto mientras respondía solicitudes del servidor local, así que no se reinició. Elige un modelo para volver a intentarlo.</numerusform>
            <numerusform>{problem} Se detuvo %n veces en un minuto mientras respondía solicitudes del servidor local, así que no se reinició. Elige un modelo para volver a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{problem} It was answering a local-server request from {client}; that request failed, and the engine is starting again with the same model.</source>
        <translation>{problem} Estaba respondiendo una solicitud del servidor local de {client}; esa solicitud falló y el motor se está reiniciando con el mismo modelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problem} It was answering a local-server request; that request failed, and the engine is starting again with the same model.</source>
        <translation>{problem} Estaba respondiendo una solicitud del servidor local; esa solicitud falló y el motor se está reiniciando con el mismo modelo.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../app/export.py" line="+22"/>
        <source>streaming</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fallida</translation>
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
        <translation>Tú</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assistant ({model})</source>
        <comment>exported chat: heading of a reply</comment>
        <translation>Asistente ({model})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assistant</source>
        <comment>exported chat: heading of a reply</comment>
        <translation>Asistente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasoning</source>
        <comment>exported chat: the model&apos;s reasoning, folded</comment>
        <translation>Razonamiento</translation>
    </message>
</context>
<context>
    <name>HeavyControl</name>
    <message>
        <location filename="../../ui/heavy_control.py" line="+71"/>
        <source>Heavy</source>
        <comment>heavy mode&apos;s switch: several candidates, then a judge</comment>
        <translation>Intensivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heavy mode</source>
        <translation>Modo intensivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Candidates in heavy mode</source>
        <translation>Candidatas en modo intensivo</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n generations</source>
        <comment>heavy mode&apos;s cost: the candidates and the judge</comment>
        <translation>
            <numerusform>%n generación</numerusform>
            <numerusform>%n generaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Generates %n solutions, then the model compares them and picks the best (NVIDIA&apos;s GenSelect). Costs about {cost} replies.</source>
        <comment>{cost} is the number of solutions plus one, 3 to 9</comment>
        <translation>
            <numerusform>Genera %n solución; luego el modelo la evalúa y elige la mejor (GenSelect de NVIDIA). Cuesta unas {cost} respuestas.</numerusform>
            <numerusform>Genera %n soluciones; luego el modelo las compara y elige la mejor (GenSelect de NVIDIA). Cuesta unas {cost} respuestas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this model cannot run heavy mode.</source>
        <translation>este modelo no puede usar el modo intensivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available: {reason}</source>
        <comment>heavy mode</comment>
        <translation>No disponible: {reason}</translation>
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
            <numerusform>Cuesta {cost}: %n candidata y el juez</numerusform>
            <numerusform>Cuesta {cost}: %n candidatas y el juez</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeavyView</name>
    <message>
        <location filename="../../ui/heavy_view.py" line="+36"/>
        <source>✓ picked</source>
        <translation>✓ elegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ kept</source>
        <translation>✓ conservada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ended on its own</source>
        <translation>terminó de forma natural</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hit the length limit</source>
        <translation>alcanzó el límite de longitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>se detuvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>se interrumpió</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>starting…</source>
        <comment>heavy mode, or one candidate, is starting</comment>
        <translation>iniciando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stopped</source>
        <comment>a candidate&apos;s or the judge&apos;s state: the reply was stopped</comment>
        <translation>se detuvo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not run</source>
        <comment>a candidate&apos;s or the judge&apos;s state: it never ran</comment>
        <translation>no se ejecutó</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>done</source>
        <comment>a candidate&apos;s or the judge&apos;s state: it ended</comment>
        <translation>terminó</translation>
    </message>
    <message numerus="yes">
        <location line="+404"/>
        <source>Heavy · %n candidates</source>
        <comment>heavy mode&apos;s title in a reply</comment>
        <translation>
            <numerusform>Intensivo · %n candidata</numerusform>
            <numerusform>Intensivo · %n candidatas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Candidate {number}</source>
        <translation>Candidata {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate {number}&apos;s answer</source>
        <translation>Respuesta de la candidata {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy candidate {number}&apos;s answer</source>
        <translation>Copiar la respuesta de la candidata {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judge</source>
        <comment>heavy mode: the model&apos;s turn that compares the candidates</comment>
        <translation>Juez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The judge&apos;s answer</source>
        <translation>Respuesta del juez</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the judge&apos;s answer</source>
        <translation>Copiar la respuesta del juez</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>candidate {number} of {total}…</source>
        <translation>candidata {number} de {total}…</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>all %n candidates finished</source>
        <translation>
            <numerusform>%n candidata terminada</numerusform>
            <numerusform>las %n candidatas terminadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>judging…</source>
        <translation>evaluando…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not needed: only one usable candidate</source>
        <translation>no es necesario: solo hay una candidata utilizable</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>stopped · {finished} of %n candidates finished</source>
        <translation>
            <numerusform>se detuvo · {finished} de %n candidata terminada</numerusform>
            <numerusform>se detuvo · {finished} de %n candidatas terminadas</numerusform>
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
        <translation>Modo intensivo: {progress}</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>stopped after %n usable candidate(s); no answer</source>
        <comment>heavy mode, stopped by the user</comment>
        <translation>
            <numerusform>se detuvo tras %n candidata utilizable; sin respuesta</numerusform>
            <numerusform>se detuvo tras %n candidatas utilizables; sin respuesta</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no usable candidate</source>
        <translation>ninguna candidata utilizable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>picked {number} of {total} · by judgment</source>
        <translation>elegida la {number} de {total} · por el juez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>picked {number} of {total} · the only usable one</source>
        <translation>elegida la {number} de {total} · la única utilizable</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>picked {number} of {total} · by majority vote (%n agree)</source>
        <comment>no valid verdict: the most common final answer won; %n: how many gave it</comment>
        <translation>
            <numerusform>elegida la {number} de {total} · por mayoría (%n coincide)</numerusform>
            <numerusform>elegida la {number} de {total} · por mayoría (%n coinciden)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>picked {number} of {total} · no verdict and no comparable final answers: the first one shown</source>
        <translation>elegida la {number} de {total} · sin veredicto ni respuestas finales comparables: se muestra la primera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>picked {number} of {total} · by majority vote</source>
        <translation>elegida la {number} de {total} · por mayoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped while judging; candidate {number} kept</source>
        <translation>se detuvo durante la evaluación del juez; se conserva la candidata {number}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>stopped after %n usable candidate(s); candidate {number} kept</source>
        <comment>heavy mode, stopped by the user</comment>
        <translation>
            <numerusform>se detuvo tras %n candidata utilizable; se conserva la candidata {number}</numerusform>
            <numerusform>se detuvo tras %n candidatas utilizables; se conserva la candidata {number}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not usable: {problem}</source>
        <comment>a candidate the judge did not see, and why</comment>
        <translation>no utilizable: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not picked</source>
        <translation>no elegida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seed {seed}</source>
        <comment>the random seed a candidate was sampled with</comment>
        <translation>semilla {seed}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>shown to the judge as Solution {index}</source>
        <comment>&apos;Solution N&apos; is how the judge&apos;s prompt, in English, names the candidate</comment>
        <translation>mostrada al juez como “Solution {index}”</translation>
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
        <translation>{reasoning} tokens de razonamiento + {answer} de respuesta</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{verdict} → candidate {number}</source>
        <comment>the judge&apos;s verdict line, then its pick</comment>
        <translation>{verdict} → candidata {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{verdict} · not a valid choice</source>
        <comment>the judge&apos;s verdict line</comment>
        <translation>{verdict} · elección no válida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no verdict</source>
        <comment>the judge&apos;s state: it gave no verdict</comment>
        <translation>sin veredicto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solution {index} is candidate {number}</source>
        <comment>&apos;Solution N&apos; is how the judge&apos;s prompt, in English, names the candidate</comment>
        <translation>“Solution {index}” es la candidata {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The judge saw the usable candidates shuffled: {order}</source>
        <translation>El juez vio las candidatas utilizables en orden aleatorio: {order}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judge: {tokens} · its verdict: {verdict}</source>
        <translation>Juez: {tokens} · su veredicto: {verdict}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judge: {tokens}</source>
        <translation>Juez: {tokens}</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <location filename="../../ui/message_cards.py" line="-366"/>
        <source>Edit your message</source>
        <translation>Edita tu mensaje</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+124"/>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the message box</source>
        <translation>Ir al cuadro de mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search chats</source>
        <translation>Buscar chats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the reply</source>
        <translation>Detener la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer now (stop thinking)</source>
        <translation>Responder ya (dejar de pensar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regenerate last reply</source>
        <translation>Regenerar la última respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models…</source>
        <translation>Modelos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find, download and manage models (Ctrl+M)</source>
        <translation>Buscar, descargar y gestionar modelos (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote servers…</source>
        <translation>Servidores remotos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use models that run on a vLLM, SGLang, NIM, TensorRT-LLM or llama.cpp server</source>
        <translation>Usar modelos que se ejecutan en un servidor vLLM, SGLang, NIM, TensorRT-LLM o llama.cpp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export chat…</source>
        <translation>Exportar chat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>Local server</source>
        <translation>Servidor local</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Let other apps use the loaded model through an OpenAI-compatible API on this computer</source>
        <translation>Permite que otras aplicaciones de este equipo usen el modelo cargado mediante una API compatible con OpenAI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow other computers (LAN)</source>
        <translation>Permitir otros equipos (LAN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy server address</source>
        <translation>Copiar la dirección del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show API key…</source>
        <translation>Mostrar la clave de API…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Ponder</source>
        <translation>Acerca de Ponder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename chat</source>
        <translation>Cambiar nombre del chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete chat</source>
        <translation>Eliminar chat</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+13"/>
        <source>Model</source>
        <comment>the language model in use</comment>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>System prompt for this chat</source>
        <translation>Instrucciones del sistema para este chat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>System prompt</source>
        <translation>Instrucciones del sistema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No model</source>
        <translation>Sin modelo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Local server</source>
        <translation>Servidor &amp;local</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Local server API key</source>
        <translation>Clave de API del servidor local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apps send this key as &apos;Authorization: Bearer &lt;key&gt;&apos;:</source>
        <translation>Las aplicaciones envían esta clave como &apos;Authorization: Bearer &lt;key&gt;&apos;:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open link?</source>
        <translation>¿Abrir el enlace?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this address in your browser?

{address}</source>
        <translation>¿Abrir esta dirección en el navegador?

{address}</translation>
    </message>
</context>
<context>
    <name>ModelController</name>
    <message numerus="yes">
        <location filename="../../app/model_controller.py" line="+79"/>
        <source>%n file(s) in the models folder cannot be used and were skipped: {problems}</source>
        <translation>
            <numerusform>%n archivo de la carpeta de modelos no se puede usar y se omitió: {problems}</numerusform>
            <numerusform>%n archivos de la carpeta de modelos no se pueden usar y se omitieron: {problems}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{model} — on {server} · {engine}</source>
        <comment>model picker: a model on a server</comment>
        <translation>{model} — en {server} · {engine}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No model found. Put a GGUF model in the models folder
({folder}) or reinstall with the starter model.</source>
        <translation>No se encontró ningún modelo. Coloca un modelo GGUF en la carpeta de modelos
({folder}) o reinstala con el modelo inicial.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No model</source>
        <comment>status bar: none found</comment>
        <translation>Sin modelo</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Loading {model}…</source>
        <translation>Cargando {model}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not use {server}: {error}</source>
        <translation>No se pudo usar {server}: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to {server}…</source>
        <translation>Conectando con {server}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>on {server} · {engine}</source>
        <comment>status bar: where the model runs</comment>
        <translation>en {server} · {engine}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{model} on {server} ({family})</source>
        <translation>{model} en {server} ({family})</translation>
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
            <numerusform>GPU, %n capa</numerusform>
            <numerusform>GPU, %n capas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>CPU, %n thread(s)</source>
        <comment>status bar: where the model runs</comment>
        <translation>
            <numerusform>CPU, %n hilo</numerusform>
            <numerusform>CPU, %n hilos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The engine was restarted; the reply it was writing is kept as it was.</source>
        <translation>El motor se reinició; la respuesta que estaba escribiendo se conserva tal como quedó.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not load the model: {problem} Your message was not answered: choose a model and press Regenerate.</source>
        <translation>No se pudo cargar el modelo: {problem} Tu mensaje no se respondió: elige un modelo y pulsa Regenerar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not load the model: {problem}</source>
        <translation>No se pudo cargar el modelo: {problem}</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>{problem} Ponder did not restart it: it stopped %n time(s) in a minute. Choose a model to try again.</source>
        <translation>
            <numerusform>{problem} Ponder no lo reinició: se detuvo %n vez en un minuto. Elige un modelo para volver a intentarlo.</numerusform>
            <numerusform>{problem} Ponder no lo reinició: se detuvo %n veces en un minuto. Elige un modelo para volver a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{problem} Restarting the engine…</source>
        <translation>{problem} Reiniciando el motor…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No model loaded</source>
        <comment>status bar</comment>
        <translation>Ningún modelo cargado</translation>
    </message>
</context>
<context>
    <name>ModelLibrary</name>
    <message>
        <location filename="../../app/model_library.py" line="+108"/>
        <source>{name} ({free} of {total} free)</source>
        <comment>a GPU and its free memory</comment>
        <translation>{name} ({free} libres de {total})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no NVIDIA GPU found ({problem})</source>
        <translation>no se encontró ninguna GPU de NVIDIA ({problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no NVIDIA GPU found</source>
        <translation>no se encontró ninguna GPU de NVIDIA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer: {gpus}; {ram} of RAM free.</source>
        <translation>Este equipo: {gpus}; {ram} de RAM libres.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Model licence</source>
        <translation>Licencia del modelo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Hugging Face token</source>
        <translation>Token de Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

Paste a token with read access (kept in the system keyring):</source>
        <translation>{problem}

Pega un token con acceso de lectura (se guarda en el llavero del sistema):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not delete {path}: {error}</source>
        <translation>No se pudo eliminar {path}: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a GGUF model</source>
        <translation>Importar un modelo GGUF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GGUF models (*.gguf)</source>
        <comment>file filter: keep (*.gguf)</comment>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import model</source>
        <translation>Importar modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link to the file where it is (Yes), or copy it into Ponder&apos;s models folder (No)?</source>
        <translation>¿Enlazar el archivo donde está (Sí) o copiarlo a la carpeta de modelos de Ponder (No)?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not imported: {name} is already in the models folder.</source>
        <translation>No se importó: {name} ya está en la carpeta de modelos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not imported: {error} ({folder})</source>
        <translation>No se importó: {error} ({folder})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not copy {name}: {error}</source>
        <translation>No se pudo copiar {name}: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not imported: {error}</source>
        <translation>No se importó: {error}</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../../ui/model_manager.py" line="+36"/>
        <source>You are offline — downloads and search need the internet; models on this computer still work</source>
        <translation>Estás sin conexión: las descargas y la búsqueda necesitan internet; los modelos de este equipo siguen funcionando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline mode is on — downloads and search are off (Settings); models on this computer still work</source>
        <translation>El modo sin conexión está activado: las descargas y la búsqueda están desactivadas (Configuración); los modelos de este equipo siguen funcionando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline</source>
        <comment>the offline banner&apos;s name</comment>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model</source>
        <comment>column: a model&apos;s name</comment>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <comment>column: a file&apos;s size</comment>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantization</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit on this computer</source>
        <translation>¿Cabe en este equipo?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the Hugging Face hub for GGUF models</source>
        <translation>Buscar modelos GGUF en el Hub de Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the hub</source>
        <translation>Buscar en el Hub</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository / file</source>
        <translation>Repositorio / archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <comment>column: the file being downloaded</comment>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <comment>column: a download&apos;s state</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Architecture · family</source>
        <translation>Arquitectura · familia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantization · size</source>
        <translation>Cuantización · tamaño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <comment>column: a model&apos;s context length in tokens</comment>
        <translation>Contexto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import a GGUF file…</source>
        <translation>Importar un archivo GGUF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import a GGUF file</source>
        <translation>Importar un archivo GGUF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended</source>
        <comment>tab: the recommended models</comment>
        <translation>Recomendados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <comment>tab: search the hub</comment>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloads</source>
        <comment>tab</comment>
        <translation>Descargas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this computer</source>
        <comment>tab: the models on this computer</comment>
        <translation>En este equipo</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{name}  ★ recommended</source>
        <translation>{name}  ★ recomendado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Searching for “{text}”…</source>
        <translation>Buscando “{text}”…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n repository(ies)</source>
        <comment>search results</comment>
        <translation>
            <numerusform>%n repositorio</numerusform>
            <numerusform>%n repositorios</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Download</source>
        <comment>button: download this file</comment>
        <translation>Descargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download {name}</source>
        <translation>Descargar {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not searched: search needs the internet.</source>
        <translation>No se buscó: la búsqueda necesita internet.</translation>
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
        <translation>Progreso de {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause</source>
        <comment>button: pause a download</comment>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause download</source>
        <translation>Pausar la descarga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <comment>button: resume a download</comment>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume download</source>
        <translation>Reanudar la descarga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <comment>button: retry a download</comment>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry download</source>
        <translation>Reintentar la descarga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <comment>button: cancel a download</comment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+27"/>
        <source>Cancel download</source>
        <translation>Cancelar la descarga</translation>
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
        <translation>{speed}, quedan {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{status} — you are offline</source>
        <translation>{status} — sin conexión</translation>
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
        <translation>¿Conservar el archivo parcial para poder reanudar la descarga más tarde?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} (built-in)</source>
        <translation>{name} (integrado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} · reasoning: {reasoning}</source>
        <translation>{kind} · razonamiento: {reasoning}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{parameters} parameters · {size}</source>
        <translation>{parameters} parámetros · {size}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use</source>
        <comment>button: use this model</comment>
        <translation>Usar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use {name}</source>
        <translation>Usar {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <comment>button: delete this model</comment>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name}</source>
        <translation>Eliminar {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>switchable</source>
        <comment>a model&apos;s reasoning: it can be switched on and off</comment>
        <translation>activable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>always</source>
        <comment>a model&apos;s reasoning: it always reasons</comment>
        <translation>siempre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <comment>a model&apos;s reasoning: it does not reason</comment>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete model</source>
        <translation>Eliminar modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name} from this computer?

{path}</source>
        <translation>¿Eliminar {name} de este equipo?

{path}</translation>
    </message>
</context>
<context>
    <name>PartRow</name>
    <message>
        <location filename="../../ui/heavy_view.py" line="-577"/>
        <source>Shows or hides its reasoning and answer</source>
        <translation>Muestra u oculta su razonamiento y su respuesta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>waiting</source>
        <comment>a candidate&apos;s or the judge&apos;s state: not started yet</comment>
        <translation>en espera</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>thinking…</source>
        <comment>a candidate&apos;s or the judge&apos;s state</comment>
        <translation>pensando…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>answering…</source>
        <comment>a candidate&apos;s or the judge&apos;s state</comment>
        <translation>respondiendo…</translation>
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
        <translation>No se pudieron leer ni guardar tus chats: {error}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{title} — not saving</source>
        <comment>window title: chats are not saved</comment>
        <translation>{title} — sin guardar</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Open a chat to export it.</source>
        <translation>Abre un chat para exportarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export chat</source>
        <comment>dialog title</comment>
        <translation>Exportar chat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Include the model&apos;s reasoning?</source>
        <translation>¿Incluir el razonamiento del modelo?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The chat could not be exported: {error}</source>
        <translation>No se pudo exportar el chat: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>this model does not reason</source>
        <comment>why heavy mode is off</comment>
        <translation>este modelo no razona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it runs on a server, which does not share the prompt&apos;s state</source>
        <comment>why heavy mode is off</comment>
        <translation>se ejecuta en un servidor, que no comparte el estado del prompt</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>This chat was written with {wanted}; {loaded} is loaded.</source>
        <translation>Este chat se escribió con {wanted}; ahora está cargado {loaded}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to {model}</source>
        <translation>Cambiar a {model}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>context {used} / {size}</source>
        <comment>status bar: tokens of the context in use</comment>
        <translation>contexto {used} / {size}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{rate} · first token {time}</source>
        <comment>status bar: the last reply&apos;s speed</comment>
        <translation>{rate} · primer token en {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>context {size}</source>
        <comment>status bar: the context&apos;s size in tokens</comment>
        <translation>contexto {size}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deleted “{title}”.</source>
        <translation>Se eliminó “{title}”.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Message deleted.</source>
        <translation>Mensaje eliminado.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n reply(ies) could not be saved. {problem} Free some space and try again, or quit without them.</source>
        <translation>
            <numerusform>%n respuesta no se pudo guardar. {problem} Libera espacio y vuelve a intentarlo, o sal sin ella.</numerusform>
            <numerusform>%n respuestas no se pudieron guardar. {problem} Libera espacio y vuelve a intentarlo, o sal sin ellas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ponder could not save everything</source>
        <translation>Ponder no pudo guardarlo todo</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Updating your chats ({size}) for fast search. This happens once and may take a minute…</source>
        <translation>Actualizando tus chats ({size}) para agilizar las búsquedas. Solo ocurre una vez y puede tardar un minuto…</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <location filename="../../app/model_library.py" line="-179"/>
        <source>Accept and download</source>
        <translation>Aceptar y descargar</translation>
    </message>
    <message>
        <location filename="../../app/questions.py" line="+12"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/server_switch.py" line="+33"/>
        <source>Allow other computers</source>
        <translation>Permitir otros equipos</translation>
    </message>
    <message>
        <location filename="../../app/startup.py" line="-125"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move it aside and start fresh</source>
        <translation>Apartarla y empezar de cero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue without saving</source>
        <translation>Continuar sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>ReasoningControl</name>
    <message>
        <location filename="../../ui/reasoning_control.py" line="+25"/>
        <source>How long the model may think before it answers, in tokens. When the budget runs out, the thought is closed gracefully and the model answers.</source>
        <translation>Cuánto puede pensar el modelo antes de responder, en tokens. Cuando se agota el presupuesto, el razonamiento se cierra con naturalidad y el modelo responde.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Off</source>
        <comment>thinking budget: no thinking</comment>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlimited</source>
        <comment>thinking budget: no limit</comment>
        <translation>Ilimitado</translation>
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
        <translation>Razonamiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reasoning budget</source>
        <translation>Presupuesto de razonamiento</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This model does not reason.</source>
        <translation>Este modelo no razona.</translation>
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
        <translation>No disponible: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Off: this model always reasons, so its thought is closed as soon as it opens.</source>
        <translation>Desactivado: este modelo siempre razona, así que su razonamiento se cierra en cuanto se abre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: the model answers without thinking.</source>
        <translation>Desactivado: el modelo responde sin pensar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlimited: the model thinks as long as it needs.</source>
        <translation>Ilimitado: el modelo piensa todo lo que necesite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model thinks at most {tokens}, then answers.</source>
        <translation>El modelo piensa como máximo {tokens} y luego responde.</translation>
    </message>
</context>
<context>
    <name>ReasoningPane</name>
    <message>
        <location filename="../../ui/reasoning_pane.py" line="+93"/>
        <source>Show or hide the reasoning</source>
        <translation>Mostrar u ocultar el razonamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the reasoning</source>
        <translation>Copiar el razonamiento</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reasoning</source>
        <comment>accessible name of a reply&apos;s thought</comment>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Thinking… {seconds} · {tokens}</source>
        <comment>a live clock, then an estimated count of tokens</comment>
        <translation>Pensando… {seconds} · {tokens}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thought for {seconds} · {tokens} · cut short: budget reached</source>
        <translation>Pensó durante {seconds} · {tokens} · cortado: presupuesto agotado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thought for {seconds} · {tokens} · cut short</source>
        <translation>Pensó durante {seconds} · {tokens} · cortado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thought for {seconds} · {tokens}</source>
        <translation>Pensó durante {seconds} · {tokens}</translation>
    </message>
</context>
<context>
    <name>ServerSwitch</name>
    <message>
        <location filename="../../app/server_switch.py" line="+50"/>
        <source>The local server did not start: {error}</source>
        <translation>El servidor local no se inició: {error}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Allow other computers?</source>
        <translation>¿Permitir otros equipos?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The local server&apos;s address was copied.</source>
        <translation>Se copió la dirección del servidor local.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The API key was copied to the clipboard.</source>
        <translation>La clave de API se copió al portapapeles.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The engine is starting again; your message is answered once it is back.</source>
        <translation>El motor se está reiniciando; tu mensaje se responderá en cuanto vuelva a estar disponible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local server is answering a request for {client}; your message is answered right after it.</source>
        <translation>El servidor local está respondiendo una solicitud de {client}; tu mensaje se responderá justo después.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local server is answering a request; your message is answered right after it.</source>
        <translation>El servidor local está respondiendo una solicitud; tu mensaje se responderá justo después.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n served</source>
        <comment>local server: requests answered</comment>
        <translation>
            <numerusform>%n atendida</numerusform>
            <numerusform>%n atendidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OpenAI-compatible API at {url}/v1. Every request needs the API key (Local server &gt; Show API key…).</source>
        <translation>API compatible con OpenAI en {url}/v1. Cada solicitud necesita la clave de API (Servidor local &gt; Mostrar la clave de API…).</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>answering {client} (+%n waiting)</source>
        <comment>local server</comment>
        <translation>
            <numerusform>respondiendo a {client} (+%n en espera)</numerusform>
            <numerusform>respondiendo a {client} (+%n en espera)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>answering a client (+%n waiting)</source>
        <comment>local server</comment>
        <translation>
            <numerusform>respondiendo a un cliente (+%n en espera)</numerusform>
            <numerusform>respondiendo a un cliente (+%n en espera)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answering {client}</source>
        <comment>local server</comment>
        <translation>respondiendo a {client}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answering a client</source>
        <comment>local server</comment>
        <translation>respondiendo a un cliente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server is open to other computers on your network. Anyone there who has the key can use your model, and the traffic is not encrypted: do this only on a network you trust.</source>
        <translation>El servidor está abierto a otros equipos de tu red. Cualquiera que tenga la clave puede usar tu modelo, y el tráfico no está cifrado: hazlo solo en una red de confianza.</translation>
    </message>
</context>
<context>
    <name>ServersController</name>
    <message>
        <location filename="../../app/servers_controller.py" line="+61"/>
        <source>not checked yet</source>
        <comment>a server&apos;s capabilities</comment>
        <translation>aún sin comprobar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checking the server failed unexpectedly ({kind}: {error}).</source>
        <translation>La comprobación del servidor falló de forma inesperada ({kind}: {error}).</translation>
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
        <translation>No se pudo guardar la lista de servidores: {error}</translation>
    </message>
</context>
<context>
    <name>ServersDialog</name>
    <message>
        <location filename="../../ui/servers_dialog.py" line="+64"/>
        <location line="+10"/>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Use a model that runs on another computer: a vLLM, SGLang, NVIDIA NIM, TensorRT-LLM or llama.cpp server speaking the OpenAI-compatible API. Conversations are sent only to servers you add here.</source>
        <translation>Usa un modelo que se ejecuta en otro equipo: un servidor vLLM, SGLang, NVIDIA NIM, TensorRT-LLM o llama.cpp que hable la API compatible con OpenAI. Las conversaciones solo se envían a los servidores que añadas aquí.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No servers yet. Add one below.</source>
        <translation>Aún no hay servidores. Añade uno abajo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Use this model</source>
        <translation>&amp;Usar este modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Check again</source>
        <comment>button: probe the server again</comment>
        <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <comment>button: remove the chosen server</comment>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a server</source>
        <translation>Añadir un servidor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>optional; kept in the system keyring</source>
        <translation>opcional; se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional: a CA bundle for a private certificate</source>
        <translation>opcional: un paquete de CA para un certificado privado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <comment>button: choose a file</comment>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;onnect</source>
        <comment>button: probe a new server</comment>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Detect from the model&apos;s name</source>
        <translation>Detectar a partir del nombre del modelo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <comment>button: add this server</comment>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <comment>a server&apos;s name</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <comment>a server&apos;s URL</comment>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>CA file</source>
        <translation>Archivo de CA</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Model</source>
        <comment>the server&apos;s model to use</comment>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family</source>
        <comment>a model&apos;s family</comment>
        <translation>Familia</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(no model chosen)</source>
        <translation>(ningún modelo elegido)</translation>
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
        <translation>Encontrado: {description}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{found}
The server lists no models.</source>
        <translation>{found}
El servidor no ofrece ningún modelo.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type the server&apos;s address first, e.g. {example}</source>
        <translation>Escribe primero la dirección del servidor, p. ej., {example}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Certificates ({patterns})</source>
        <translation>Certificados ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files ({patterns})</source>
        <translation>Todos los archivos ({patterns})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>server</source>
        <comment>a server&apos;s name when its address has none</comment>
        <translation>servidor</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/model_library.py" line="+5"/>
        <source>Settings could not be saved: {error}</source>
        <translation>No se pudo guardar la configuración: {error}</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="-131"/>
        <source>None</source>
        <comment>a system prompt preset</comment>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concise</source>
        <comment>a system prompt preset</comment>
        <translation>Concisa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teacher</source>
        <comment>a system prompt preset</comment>
        <translation>Docente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coder</source>
        <comment>a system prompt preset</comment>
        <translation>Programador</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+75"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>system</source>
        <comment>theme: follow the system&apos;s colours</comment>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>light</source>
        <comment>theme</comment>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dark</source>
        <comment>theme</comment>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <comment>interface language: the system&apos;s</comment>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new language is used the next time Ponder starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Ponder.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the reasoning open when the answer starts</source>
        <translation>Mantener abierto el razonamiento cuando empiece la respuesta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse…</source>
        <comment>button: choose a folder</comment>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: make no network calls at all</source>
        <translation>Sin conexión: no conectarse a la red en absoluto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model search and downloads are off; the models on this computer still work.</source>
        <translation>La búsqueda y la descarga de modelos se desactivan; los modelos de este equipo siguen funcionando.</translation>
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
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+94"/>
        <source>Models folder</source>
        <translation>Carpeta de modelos</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>General</source>
        <comment>settings tab</comment>
        <translation>General</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>model default</source>
        <comment>context size: the model&apos;s own</comment>
        <translation>predeterminado del modelo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>auto</source>
        <comment>GPU layers: chosen automatically</comment>
        <translation>automático</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one per physical core</source>
        <comment>CPU threads</comment>
        <translation>uno por núcleo físico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context size</source>
        <translation>Tamaño del contexto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU layers</source>
        <translation>Capas en GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads</source>
        <translation>Hilos de CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget wrap-up</source>
        <comment>the sentence that ends a thought when its budget runs out</comment>
        <translation>Frase de cierre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine</source>
        <comment>settings tab</comment>
        <translation>Motor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasoning on</source>
        <comment>sampling settings group</comment>
        <translation>Con razonamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reasoning off</source>
        <comment>sampling settings group</comment>
        <translation>Sin razonamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to recommended</source>
        <translation>Restablecer lo recomendado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sampling</source>
        <comment>settings tab</comment>
        <translation>Muestreo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <comment>button: add a system prompt preset</comment>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <comment>button: remove a system prompt preset</comment>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>System prompts</source>
        <comment>settings tab</comment>
        <translation>Instrucciones del sistema</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Preset {number}</source>
        <comment>a new system prompt preset&apos;s name</comment>
        <translation>Preajuste {number}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="+21"/>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New line in the message</source>
        <translation>Nueva línea en el mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the message box</source>
        <translation>Salir del cuadro de mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chat chosen with Up/Down</source>
        <translation>Abrir el chat elegido con Arriba/Abajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send an edited message</source>
        <translation>Enviar un mensaje editado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel editing a message</source>
        <translation>Cancelar la edición de un mensaje</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <comment>column: what a shortcut does</comment>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <comment>column: the keys of a shortcut</comment>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message numerus="yes">
        <location filename="../../ui/l10n.py" line="+24"/>
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
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
        <translation>{rate} tokens/s</translation>
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
        <translation>Tu mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this message</source>
        <translation>Copiar este mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <comment>button: edit a message</comment>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit and resend this message</source>
        <translation>Editar y reenviar este mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <comment>button: delete a message</comment>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this message</source>
        <translation>Eliminar este mensaje</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Send</source>
        <comment>button: send a message</comment>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send the edited message</source>
        <translation>Enviar el mensaje editado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send (Ctrl+Enter); later turns are replaced</source>
        <translation>Enviar (Ctrl+Intro); se reemplazan los turnos posteriores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <comment>button: cancel editing</comment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel editing</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
</context>
<context>
    <name>VersionNavigator</name>
    <message>
        <location line="-145"/>
        <source>Previous version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next version</source>
        <translation>Versión siguiente</translation>
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
        <translation>Versión {shown} de {total}</translation>
    </message>
</context>
<context>
    <name>WaitingDots</name>
    <message>
        <location line="-49"/>
        <source>Waiting for the first token</source>
        <translation>Esperando el primer token</translation>
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
