<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="+12"/>
        <source>Models you download come with their own licences, shown before the first download: NVIDIA&apos;s Nemotron models are under the NVIDIA Open Model License.</source>
        <translation>Les modèles que vous téléchargez sont fournis avec leur propre licence, présentée avant le premier téléchargement : les modèles Nemotron de NVIDIA sont distribués sous la NVIDIA Open Model License.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Ponder</source>
        <translation>À propos de Ponder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private chat with reasoning models, on your own computer.</source>
        <translation>Discutez en privé avec des modèles de raisonnement, sur votre propre ordinateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bundled components and their licences</source>
        <translation>Composants inclus et leurs licences</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Component</source>
        <translation>Composant</translation>
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
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>AnswerLanguageControl</name>
    <message>
        <location filename="../../ui/answer_language_control.py" line="+20"/>
        <source>Answer language</source>
        <translation>Langue des réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language the model answers in, for this chat. Automatic: the language of your message.</source>
        <translation>La langue dans laquelle le modèle répond, pour cette conversation. Automatique : la langue de votre message.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer in: automatic</source>
        <translation>Répondre en : automatique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer in: {language}</source>
        <translation>Répondre en : {language}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason in English</source>
        <translation>Raisonner en anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the model to think in English and answer in the chosen language. NVIDIA trained its multilingual reasoning this way, so it is often the more accurate choice.</source>
        <translation>Demande au modèle de réfléchir en anglais et de répondre dans la langue choisie. NVIDIA a entraîné son raisonnement multilingue de cette manière : c’est donc souvent le choix le plus précis.</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <location filename="../../ui/answer_view.py" line="+145"/>
        <source>Answer</source>
        <comment>accessible name of a reply&apos;s text</comment>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer, still being written</source>
        <translation>Réponse en cours de rédaction</translation>
    </message>
</context>
<context>
    <name>AssistantMessage</name>
    <message>
        <location filename="../../ui/message_cards.py" line="+55"/>
        <source>Interrupted: the engine stopped before the reply was complete.</source>
        <translation>Interrompue : le moteur s’est arrêté avant la fin de la réponse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped.</source>
        <translation>Arrêtée.</translation>
    </message>
    <message>
        <location line="+287"/>
        <source>Copy this reply</source>
        <translation>Copier cette réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regenerate this reply</source>
        <translation>Régénérer cette réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this reply again (the current one is kept as a version)</source>
        <translation>Rédiger à nouveau cette réponse (l’actuelle est conservée comme version)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <comment>button: delete a reply</comment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this reply</source>
        <translation>Supprimer cette réponse</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>{tokens} · {rate} · first token {seconds}</source>
        <translation>{tokens} · {rate} · premier jeton en {seconds}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>answered by {server}</source>
        <translation>réponse de {server}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>budget: {method}</source>
        <comment>how a server kept the thinking budget</comment>
        <translation>budget : {method}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Failed: {error}</source>
        <translation>Échec : {error}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed.</source>
        <translation>Échec.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupted: {error}</source>
        <translation>Interrompue : {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted: the server stopped sending.</source>
        <translation>Interrompue : le serveur a cessé d’envoyer des données.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/notices.py" line="+43"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../app/chat_controller.py" line="+44"/>
        <source>The reply is kept in memory and will be saved as soon as that works again.</source>
        <translation>La réponse est conservée en mémoire et sera enregistrée dès que ce sera de nouveau possible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message was not sent; it is back in the message box.</source>
        <translation>Votre message n’a pas été envoyé ; il a été remis dans la zone de saisie.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The chat could not be opened.</source>
        <translation>Impossible d’ouvrir la conversation.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Older messages could not be read.</source>
        <translation>Impossible de lire les messages plus anciens.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The change to this chat was not saved.</source>
        <translation>La modification de cette conversation n’a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The chat was not deleted.</source>
        <translation>La conversation n’a pas été supprimée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The chat was not renamed.</source>
        <translation>La conversation n’a pas été renommée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The chat was not brought back.</source>
        <translation>La conversation n’a pas été restaurée.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wait for the current reply to finish, or stop it first.</source>
        <translation>Attendez la fin de la réponse en cours, ou arrêtez-la d’abord.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing was regenerated.</source>
        <translation>Rien n’a été régénéré.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The other version could not be shown.</source>
        <translation>Impossible d’afficher l’autre version.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The edited message was not saved or sent.</source>
        <translation>Le message modifié n’a été ni enregistré ni envoyé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The message was not deleted.</source>
        <translation>Le message n’a pas été supprimé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The message was not brought back.</source>
        <translation>Le message n’a pas été restauré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That message can no longer be brought back.</source>
        <translation>Ce message ne peut plus être restauré.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No model is loaded yet. Choose a model in the toolbar.</source>
        <translation>Aucun modèle n’est encore chargé. Choisissez un modèle dans la barre d’outils.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model is still loading; your message will be answered when it is ready.</source>
        <translation>Le modèle est encore en cours de chargement ; il répondra à votre message dès qu’il sera prêt.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The reply was not started; Regenerate asks again.</source>
        <translation>La réponse n’a pas été lancée ; cliquez sur Régénérer pour relancer la demande.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>the server&apos;s stream broke off</source>
        <translation>le flux du serveur s’est interrompu</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Ponder was closed during the reply.</source>
        <translation>Ponder a été fermé pendant la réponse.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The chat database did not finish saving in time.</source>
        <translation>La base de données des conversations n’a pas fini d’enregistrer à temps.</translation>
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
        <translation>Les conversations sont de nouveau enregistrées.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New chat</source>
        <comment>the title of a chat that has none yet</comment>
        <translation>Nouvelle conversation</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../ui/chat_view.py" line="+100"/>
        <source>Type a message below to start.</source>
        <translation>Écrivez un message ci-dessous pour commencer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading earlier messages…</source>
        <translation>Chargement des messages précédents…</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <location filename="../../ui/markdown_render.py" line="+164"/>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>code</source>
        <comment>header of a code block whose language is not named</comment>
        <translation>code</translation>
    </message>
</context>
<context>
    <name>Components</name>
    <message>
        <location filename="../../app/components.py" line="+37"/>
        <source>not installed</source>
        <comment>a component&apos;s version</comment>
        <translation>non installé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bundled</source>
        <comment>a component&apos;s version</comment>
        <translation>inclus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>used unmodified as separate shared libraries, which you may replace with your own build</source>
        <translation>utilisé sans modification sous forme de bibliothèques partagées distinctes, que vous pouvez remplacer par votre propre compilation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>via {package}</source>
        <comment>a component&apos;s version: it comes inside that package</comment>
        <translation>via {package}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the starter model, by Hugging Face</source>
        <translation>le modèle de démarrage, par Hugging Face</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../ui/composer.py" line="+58"/>
        <source>No task preset</source>
        <translation>Aucun préréglage de tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task: math</source>
        <translation>Tâche : mathématiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task: code</source>
        <translation>Tâche : code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task: science</source>
        <translation>Tâche : sciences</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Message Ponder…  (Shift+Enter: new line)</source>
        <translation>Écrivez à Ponder…  (Maj+Entrée : nouvelle ligne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter sends, Shift+Enter starts a new line, Tab leaves the box</source>
        <translation>Entrée envoie, Maj+Entrée insère une nouvelle ligne, Tab quitte la zone de saisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <comment>accessible name of the box where the user writes</comment>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <comment>button: send the message</comment>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <comment>button: stop the reply</comment>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the reply (Esc)</source>
        <translation>Arrêter la réponse (Échap)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer now</source>
        <translation>Répondre maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop thinking and answer now</source>
        <translation>Arrêter de réfléchir et répondre maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop thinking and answer now (Ctrl+Shift+A)</source>
        <translation>Arrêter de réfléchir et répondre maintenant (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Task preset</source>
        <translation>Préréglage de tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model card&apos;s instruction for this kind of task, put before your question (Heavy mode&apos;s judge uses its math prompt for math and science)</source>
        <translation>L’instruction de la fiche du modèle pour ce type de tâche, placée avant votre question (en mode intensif, le juge utilise son prompt de mathématiques pour les mathématiques et les sciences)</translation>
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
Dernière modification : {when}</translation>
    </message>
</context>
<context>
    <name>ConversationPanel</name>
    <message>
        <location line="+48"/>
        <source>Search chats</source>
        <translation>Chercher une conversation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New chat</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat (Ctrl+N)</source>
        <translation>Nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chats</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter opens the chat, F2 renames it, Delete deletes it</source>
        <translation>Entrée ouvre la conversation, F2 la renomme, Suppr la supprime</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Rename</source>
        <comment>menu: rename a chat</comment>
        <translation>Renommer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <comment>menu: delete a chat</comment>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <location filename="../../ui/answer_view.py" line="-113"/>
        <source>Copy</source>
        <comment>button: copy text to the clipboard</comment>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <comment>said for a moment after copying to the clipboard</comment>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <location filename="../../app/startup.py" line="+37"/>
        <source>Ponder can move it aside (renamed, nothing is deleted) and start with no chats.</source>
        <translation>Ponder peut mettre la base de données de côté (en la renommant, rien n’est supprimé) et démarrer sans conversations.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ponder can run without saving: chats then last until you quit.</source>
        <translation>Ponder peut fonctionner sans enregistrer : les conversations sont alors conservées jusqu’à ce que vous quittiez l’application.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Ponder is already open with the data folder {folder} (process {pid}). Use that window, or close it and start Ponder again.</source>
        <translation>Ponder est déjà ouvert avec le dossier de données {folder} (processus {pid}). Utilisez cette fenêtre, ou fermez-la et relancez Ponder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ponder is already open with the data folder {folder}. Use that window, or close it and start Ponder again.</source>
        <translation>Ponder est déjà ouvert avec le dossier de données {folder}. Utilisez cette fenêtre, ou fermez-la et relancez Ponder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ponder cannot write in its data folder {folder} (the lock file {file} cannot be created). Check the folder&apos;s permissions.</source>
        <translation>Ponder ne peut pas écrire dans son dossier de données {folder} (impossible de créer le fichier de verrouillage {file}). Vérifiez les autorisations du dossier.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The damaged chat database was moved to {path}; Ponder started with no chats.</source>
        <translation>La base de données des conversations endommagée a été déplacée vers {path} ; Ponder a démarré sans conversations.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ponder cannot open your chats</source>
        <translation>Ponder ne peut pas ouvrir vos conversations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chats are not saved in this session; they last until you quit.</source>
        <translation>Les conversations ne sont pas enregistrées pendant cette session ; elles sont conservées jusqu’à ce que vous quittiez l’application.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n reply(ies) were cut off when Ponder last closed; they are kept, marked interrupted.</source>
        <translation>
            <numerusform>%n réponse a été coupée lors de la dernière fermeture de Ponder ; elle est conservée et marquée comme interrompue.</numerusform>
            <numerusform>%n réponses ont été coupées lors de la dernière fermeture de Ponder ; elles sont conservées et marquées comme interrompues.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ponder cannot start</source>
        <translation>Ponder ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>DownloadsController</name>
    <message>
        <location filename="../../app/downloads_controller.py" line="+138"/>
        <source>Refused: {reason}.</source>
        <translation>Refusé : {reason}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Paused; the partial file is kept.</source>
        <translation>En pause ; le fichier partiel est conservé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled. The partial file is kept.</source>
        <translation>Annulé. Le fichier partiel est conservé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled. The partial file could not be removed: {error}.</source>
        <translation>Annulé. Impossible de supprimer le fichier partiel : {error}.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The search failed: {kind}: {error}</source>
        <translation>La recherche a échoué : {kind} : {error}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Stopped before it started.</source>
        <translation>Arrêté avant d’avoir commencé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verified.</source>
        <comment>a downloaded model&apos;s checksum</comment>
        <translation>Vérifié.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The download failed ({kind}): {error}: {file}.</source>
        <translation>Le téléchargement a échoué ({kind}) : {error} : {file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The download failed ({kind}): {error}.</source>
        <translation>Le téléchargement a échoué ({kind}) : {error}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download failed unexpectedly: {kind}: {error}</source>
        <translation>Le téléchargement a échoué de façon inattendue : {kind} : {error}</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../../engine/backend_info.py" line="+47"/>
        <source>CPU: this build of Ponder has no GPU support; install the CUDA build to use the {gpus}</source>
        <translation>CPU : cette version de Ponder ne prend pas en charge les GPU ; installez la version CUDA pour utiliser {gpus}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{backend}: all {layers} layers on {where}</source>
        <translation>{backend} : toutes les couches ({layers}) sur {where}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{backend} and CPU: {layers} of {total} layers on {where}; the rest did not fit in GPU memory</source>
        <translation>{backend} et CPU : {layers} couches sur {total} chargées sur {where} ; les autres ne tenaient pas dans la mémoire du GPU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{backend} and CPU: {layers} of {total} layers on {where}; as set in Settings</source>
        <translation>{backend} et CPU : {layers} couches sur {total} chargées sur {where}, comme défini dans les paramètres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU: the NVIDIA driver is too old for this build&apos;s CUDA; update the driver</source>
        <translation>CPU : le pilote NVIDIA est trop ancien pour la version CUDA de cette compilation ; mettez le pilote à jour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CPU: the model did not fit in GPU memory</source>
        <translation>CPU : le modèle ne tenait pas dans la mémoire du GPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU: GPU layers are set to 0 in Settings</source>
        <translation>CPU : les couches GPU sont réglées sur 0 dans les paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU: no NVIDIA GPU or driver was found</source>
        <translation>CPU : aucun GPU ni pilote NVIDIA n’a été trouvé</translation>
    </message>
    <message>
        <location filename="../../engine/catalog.py" line="+14"/>
        <source>fits on GPU</source>
        <translation>tient sur le GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partial offload</source>
        <translation>déchargement partiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU only (slow)</source>
        <translation>CPU uniquement (lent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not fit</source>
        <translation>ne tient pas</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + {overhead:.1f} overhead); {free:.1f} GiB free on {gpu}</source>
        <translation>nécessite {need:.1f} Gio ({weights:.1f} pour les poids + {kv:.2f} pour le KV cache à {ctx:,} jetons + {overhead:.1f} de surcoût) ; {free:.1f} Gio libres sur {gpu}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + {overhead:.1f} overhead); about {share:.0%} of the layers fit in {free:.1f} GiB of GPU memory</source>
        <translation>nécessite {need:.1f} Gio ({weights:.1f} pour les poids + {kv:.2f} pour le KV cache à {ctx:,} jetons + {overhead:.1f} de surcoût) ; environ {share:.0%} des couches tiennent dans {free:.1f} Gio de mémoire GPU</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + {overhead:.1f} overhead); no NVIDIA GPU found, {ram:.1f} GiB RAM free</source>
        <translation>nécessite {need:.1f} Gio ({weights:.1f} pour les poids + {kv:.2f} pour le KV cache à {ctx:,} jetons + {overhead:.1f} de surcoût) ; aucun GPU NVIDIA trouvé, {ram:.1f} Gio de RAM libres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + {overhead:.1f} overhead); too big for the GPU, {ram:.1f} GiB RAM free</source>
        <translation>nécessite {need:.1f} Gio ({weights:.1f} pour les poids + {kv:.2f} pour le KV cache à {ctx:,} jetons + {overhead:.1f} de surcoût) ; trop volumineux pour le GPU, {ram:.1f} Gio de RAM libres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + {overhead:.1f} overhead); only {free:.1f} GiB GPU + {ram:.1f} GiB RAM free</source>
        <translation>nécessite {need:.1f} Gio ({weights:.1f} pour les poids + {kv:.2f} pour le KV cache à {ctx:,} jetons + {overhead:.1f} de surcoût) ; seulement {free:.1f} Gio de GPU + {ram:.1f} Gio de RAM libres</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{model} is released by NVIDIA under the {licence}. Read it at {url} and {llama_url}. Downloading the model means you accept its terms.</source>
        <translation>{model} est publié par NVIDIA sous la {licence}. Consultez-la sur {url} et {llama_url}. Télécharger le modèle signifie que vous en acceptez les conditions.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} is released by NVIDIA under the {licence}. Read it at {url}. Downloading the model means you accept its terms.</source>
        <translation>{model} est publié par NVIDIA sous la {licence}. Consultez-la sur {url}. Télécharger le modèle signifie que vous en acceptez les conditions.</translation>
    </message>
    <message>
        <location filename="../../engine/client.py" line="+34"/>
        <source>the engine process is not running</source>
        <translation>le processus du moteur n’est pas en cours d’exécution</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The engine process stopped unexpectedly: it was killed by signal {signal}. Last words: {words}</source>
        <translation>Le processus du moteur s’est arrêté de façon inattendue : il a été tué par le signal {signal}. Derniers messages : {words}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine process stopped unexpectedly: it was killed by signal {signal}.</source>
        <translation>Le processus du moteur s’est arrêté de façon inattendue : il a été tué par le signal {signal}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine process stopped unexpectedly: it was killed by {signal}. Last words: {words}</source>
        <translation>Le processus du moteur s’est arrêté de façon inattendue : il a été tué par {signal}. Derniers messages : {words}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine process stopped unexpectedly: it was killed by {signal}.</source>
        <translation>Le processus du moteur s’est arrêté de façon inattendue : il a été tué par {signal}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine process stopped unexpectedly: it exited with code {code}. Last words: {words}</source>
        <translation>Le processus du moteur s’est arrêté de façon inattendue : il s’est terminé avec le code {code}. Derniers messages : {words}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine process stopped unexpectedly: it exited with code {code}.</source>
        <translation>Le processus du moteur s’est arrêté de façon inattendue : il s’est terminé avec le code {code}.</translation>
    </message>
    <message>
        <location filename="../../engine/downloads.py" line="+151"/>
        <source>HF_ENDPOINT {url} is not an http(s) address.</source>
        <translation>HF_ENDPOINT {url} n’est pas une adresse http(s).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{hub} did not answer about {file} within {seconds:.0f} s; try again later.</source>
        <translation>{hub} n’a pas répondu au sujet de {file} dans les {seconds:.0f} s ; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{hub} did not answer the request within {seconds:.0f} s; try again later.</source>
        <translation>{hub} n’a pas répondu à la requête dans les {seconds:.0f} s ; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Offline mode is on: Ponder makes no network calls.</source>
        <translation>Le mode hors ligne est activé : Ponder n’effectue aucun appel réseau.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{file} has no SHA-256 checksum on the hub, so it cannot be verified; Ponder does not use unverified models.</source>
        <translation>{file} n’a pas de somme de contrôle SHA-256 sur le hub et ne peut donc pas être vérifié ; Ponder n’utilise pas de modèles non vérifiés.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{repo} needs a Hugging Face token with access, and its licence may have to be accepted first at {page}.</source>
        <translation>{repo} nécessite un jeton Hugging Face disposant de l’accès, et sa licence doit peut-être d’abord être acceptée sur {page}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file list was not found in {repo}.</source>
        <translation>la liste des fichiers est introuvable dans {repo}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hub is busy (HTTP {code}); try again in {seconds:.0f} s.</source>
        <translation>Le hub est surchargé (HTTP {code}) ; réessayez dans {seconds:.0f} s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hub is busy (HTTP {code}); try again later.</source>
        <translation>Le hub est surchargé (HTTP {code}) ; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hub answered HTTP {code} for the file list.</source>
        <translation>Le hub a répondu HTTP {code} pour la liste des fichiers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hub answered HTTP {code} for {file}.</source>
        <translation>Le hub a répondu HTTP {code} pour {file}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The hub&apos;s answer was larger than {mib} MiB; it was not read.</source>
        <translation>La réponse du hub dépassait {mib} Mio ; elle n’a pas été lue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hub sent an answer that is not valid JSON.</source>
        <translation>Le hub a envoyé une réponse qui n’est pas du JSON valide.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The hub sent an unreadable file list for {repo}.</source>
        <translation>Le hub a envoyé une liste de fichiers illisible pour {repo}.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{file} is empty on the hub; it is not a model.</source>
        <translation>{file} est vide sur le hub ; ce n’est pas un modèle.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{file} failed verification (SHA-256 mismatch); the download was deleted. Try again.</source>
        <translation>{file} n’a pas passé la vérification (SHA-256 différent) ; le téléchargement a été supprimé. Réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot move the verified download to {target}: {reason}; the verified file is kept as {part}.</source>
        <translation>Impossible de déplacer le téléchargement vérifié vers {target} : {reason} ; le fichier vérifié est conservé sous le nom {part}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot check the free space in {folder}: {reason}.</source>
        <translation>Impossible de vérifier l’espace libre dans {folder} : {reason}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not enough disk space: {need:.2f} GiB needed, {free:.2f} GiB free in {folder}.</source>
        <translation>Espace disque insuffisant : {need:.2f} Gio nécessaires, {free:.2f} Gio libres dans {folder}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{file}: Ponder does not follow the server&apos;s redirects (a loop, more than {max}, or not to an http(s) address).</source>
        <translation>{file} : Ponder ne suit pas les redirections du serveur (boucle, plus de {max}, ou vers une adresse autre que http(s)).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The disk is full; the partial file is kept and the download resumes when space is free.</source>
        <translation>Le disque est plein ; le fichier partiel est conservé et le téléchargement reprendra dès que de l’espace sera libéré.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>no answer within {seconds:.0f} s; retrying in {wait:.0f} s</source>
        <translation>aucune réponse en {seconds:.0f} s ; nouvel essai dans {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data for {seconds:.0f} s; retrying in {wait:.0f} s</source>
        <translation>aucune donnée pendant {seconds:.0f} s ; nouvel essai dans {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slower than {rate:.0f} KiB/s for {seconds:.0f} s; retrying in {wait:.0f} s</source>
        <translation>moins de {rate:.0f} Kio/s pendant {seconds:.0f} s ; nouvel essai dans {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP {code}; retrying in {wait:.0f} s</source>
        <translation>HTTP {code} ; nouvel essai dans {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server did not resume at the right place; retrying in {wait:.0f} s</source>
        <translation>le serveur n’a pas repris au bon endroit ; nouvel essai dans {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection closed early; retrying in {wait:.0f} s</source>
        <translation>la connexion s’est fermée prématurément ; nouvel essai dans {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its name could not be looked up; retrying in {wait:.0f} s</source>
        <translation>son nom n’a pas pu être résolu ; nouvel essai dans {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection was refused; retrying in {wait:.0f} s</source>
        <translation>la connexion a été refusée ; nouvel essai dans {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it did not answer; retrying in {wait:.0f} s</source>
        <translation>il n’a pas répondu ; nouvel essai dans {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the network is unreachable; retrying in {wait:.0f} s</source>
        <translation>le réseau est inaccessible ; nouvel essai dans {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}; retrying in {wait:.0f} s</source>
        <translation>{reason} ; nouvel essai dans {wait:.0f} s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The download kept failing (no answer within {seconds:.0f} s); the partial file is kept and will resume next time.</source>
        <translation>Le téléchargement échoue à répétition (aucune réponse en {seconds:.0f} s) ; le fichier partiel est conservé et le téléchargement reprendra la prochaine fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (no data for {seconds:.0f} s); the partial file is kept and will resume next time.</source>
        <translation>Le téléchargement échoue à répétition (aucune donnée pendant {seconds:.0f} s) ; le fichier partiel est conservé et le téléchargement reprendra la prochaine fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (slower than {rate:.0f} KiB/s for {seconds:.0f} s); the partial file is kept and will resume next time.</source>
        <translation>Le téléchargement échoue à répétition (moins de {rate:.0f} Kio/s pendant {seconds:.0f} s) ; le fichier partiel est conservé et le téléchargement reprendra la prochaine fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (HTTP {code}); the partial file is kept and will resume next time.</source>
        <translation>Le téléchargement échoue à répétition (HTTP {code}) ; le fichier partiel est conservé et le téléchargement reprendra la prochaine fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (the server did not resume at the right place); the partial file is kept and will resume next time.</source>
        <translation>Le téléchargement échoue à répétition (le serveur n’a pas repris au bon endroit) ; le fichier partiel est conservé et le téléchargement reprendra la prochaine fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (the connection closed early); the partial file is kept and will resume next time.</source>
        <translation>Le téléchargement échoue à répétition (la connexion s’est fermée prématurément) ; le fichier partiel est conservé et le téléchargement reprendra la prochaine fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (its name could not be looked up); the partial file is kept and will resume next time.</source>
        <translation>Le téléchargement échoue à répétition (le nom du serveur n’a pas pu être résolu) ; le fichier partiel est conservé et le téléchargement reprendra la prochaine fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (the connection was refused); the partial file is kept and will resume next time.</source>
        <translation>Le téléchargement échoue à répétition (la connexion a été refusée) ; le fichier partiel est conservé et le téléchargement reprendra la prochaine fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (it did not answer); the partial file is kept and will resume next time.</source>
        <translation>Le téléchargement échoue à répétition (le serveur n’a pas répondu) ; le fichier partiel est conservé et le téléchargement reprendra la prochaine fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (the network is unreachable); the partial file is kept and will resume next time.</source>
        <translation>Le téléchargement échoue à répétition (le réseau est inaccessible) ; le fichier partiel est conservé et le téléchargement reprendra la prochaine fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing ({reason}); the partial file is kept and will resume next time.</source>
        <translation>Le téléchargement échoue à répétition ({reason}) ; le fichier partiel est conservé et le téléchargement reprendra la prochaine fois.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach {hub}: its name could not be looked up. Check the internet connection; models on this computer still work.</source>
        <translation>Impossible de joindre {hub} : son nom n’a pas pu être résolu. Vérifiez la connexion Internet ; les modèles présents sur cet ordinateur fonctionnent toujours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach {hub}: the connection was refused. Check the internet connection; models on this computer still work.</source>
        <translation>Impossible de joindre {hub} : la connexion a été refusée. Vérifiez la connexion Internet ; les modèles présents sur cet ordinateur fonctionnent toujours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach {hub}: it did not answer. Check the internet connection; models on this computer still work.</source>
        <translation>Impossible de joindre {hub} : il n’a pas répondu. Vérifiez la connexion Internet ; les modèles présents sur cet ordinateur fonctionnent toujours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach {hub}: the network is unreachable. Check the internet connection; models on this computer still work.</source>
        <translation>Impossible de joindre {hub} : le réseau est inaccessible. Vérifiez la connexion Internet ; les modèles présents sur cet ordinateur fonctionnent toujours.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The download was cancelled; the partial file is kept.</source>
        <translation>Le téléchargement a été annulé ; le fichier partiel est conservé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} was not found in {repo}.</source>
        <translation>{file} est introuvable dans {repo}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossible d’écrire {path} : {reason}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}: the server redirected from https to plain http, which Ponder does not follow.</source>
        <translation>{file} : le serveur a redirigé de https vers http non chiffré, ce que Ponder ne suit pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: the server redirected to a {scheme}: address, which Ponder does not follow.</source>
        <translation>{file} : le serveur a redirigé vers une adresse {scheme}:, ce que Ponder ne suit pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: the server redirected to a relative: address, which Ponder does not follow.</source>
        <translation>{file} : le serveur a redirigé vers une adresse relative:, ce que Ponder ne suit pas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The hub declared no valid size for {file} ({value}); it cannot be downloaded safely.</source>
        <translation>Le hub n’a déclaré aucune taille valide pour {file} ({value}) ; il ne peut pas être téléchargé en toute sécurité.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Cannot reach {hub}: the server redirected from https to plain http, which Ponder does not follow</source>
        <translation>Impossible de joindre {hub} : le serveur a redirigé de https vers http non chiffré, ce que Ponder ne suit pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach {hub}: the server redirected to a {scheme}: address, which Ponder does not follow</source>
        <translation>Impossible de joindre {hub} : le serveur a redirigé vers une adresse {scheme}:, ce que Ponder ne suit pas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach {hub}: the server redirected to a relative: address, which Ponder does not follow</source>
        <translation>Impossible de joindre {hub} : le serveur a redirigé vers une adresse relative:, ce que Ponder ne suit pas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach {hub}: {reason}</source>
        <translation>Impossible de joindre {hub} : {reason}</translation>
    </message>
    <message>
        <location filename="../../engine/genselect.py" line="+111"/>
        <source>unfinished</source>
        <translation>inachevé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>longer than {limit:,} characters</source>
        <translation>plus de {limit:,} caractères</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>no usable candidate</source>
        <translation>aucun candidat utilisable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>picked {number} of {total} · by judgment</source>
        <translation>candidat {number} sur {total} retenu · par le juge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>picked {number} of {total} · by majority vote ({votes} agree)</source>
        <translation>candidat {number} sur {total} retenu · par vote majoritaire ({votes} concordent)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>picked {number} of {total} · no verdict and no comparable final answers: the first one shown</source>
        <translation>candidat {number} sur {total} retenu · ni verdict ni réponses finales comparables : le premier affiché</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>picked {number} of {total} · the only usable one</source>
        <translation>candidat {number} sur {total} retenu · le seul utilisable</translation>
    </message>
    <message>
        <location filename="../../engine/gguf_meta.py" line="+128"/>
        <source>{name}: the file is truncated (its header ends early)</source>
        <translation>{name} : le fichier est tronqué (son en-tête se termine prématurément)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: its header is corrupt (a string of {size:,} bytes)</source>
        <translation>{name} : son en-tête est corrompu (une chaîne de {size:,} octets)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: malformed metadata: {key} has an unknown value type ({type})</source>
        <translation>{name} : métadonnées mal formées : {key} a un type de valeur inconnu ({type})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: malformed metadata: {key} is an array of arrays, which GGUF does not allow</source>
        <translation>{name} : métadonnées mal formées : {key} est un tableau de tableaux, ce que GGUF n’autorise pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: malformed metadata: {key} is an array of an unknown type ({type})</source>
        <translation>{name} : métadonnées mal formées : {key} est un tableau d’un type inconnu ({type})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: malformed metadata: {key} lists {count:,} strings (at most {limit:,}; real vocabularies have under {real:,})</source>
        <translation>{name} : métadonnées mal formées : {key} contient {count:,} chaînes (au maximum {limit:,} ; les vrais vocabulaires en ont moins de {real:,})</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{name}: malformed metadata: {key} must be a whole number from 0 to {high:,}, not {value}</source>
        <translation>{name} : métadonnées mal formées : {key} doit être un nombre entier de 0 à {high:,}, et non {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: malformed metadata: {key} must be a whole number from 0 to {high:,}, not a list ({count:,} items)</source>
        <translation>{name} : métadonnées mal formées : {key} doit être un nombre entier de 0 à {high:,}, et non une liste ({count:,} éléments)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name}: malformed metadata: {key} must be text, not {value}</source>
        <translation>{name} : métadonnées mal formées : {key} doit être du texte, et non {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: malformed metadata: {key} must be text, not a list ({count:,} items)</source>
        <translation>{name} : métadonnées mal formées : {key} doit être du texte, et non une liste ({count:,} éléments)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: malformed metadata: {key} is {length:,} characters long (at most {limit:,})</source>
        <translation>{name} : métadonnées mal formées : {key} fait {length:,} caractères (au maximum {limit:,})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: malformed metadata: {key} has {count:,} per-layer values (at most {limit})</source>
        <translation>{name} : métadonnées mal formées : {key} a {count:,} valeurs par couche (au maximum {limit})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: malformed metadata: {key} must be true or false, not {value}</source>
        <translation>{name} : métadonnées mal formées : {key} doit valoir true ou false, et non {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: malformed metadata: {key} must be true or false, not a list ({count:,} items)</source>
        <translation>{name} : métadonnées mal formées : {key} doit valoir true ou false, et non une liste ({count:,} éléments)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: malformed metadata: {key} must be stored as uint32 (GGUF type {expected}), not as type {type}</source>
        <translation>{name} : métadonnées mal formées : {key} doit être stocké en uint32 (type GGUF {expected}), et non en type {type}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: malformed metadata: {key} must be a power of two, not {value}</source>
        <translation>{name} : métadonnées mal formées : {key} doit être une puissance de deux, et non {value}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: malformed metadata: {key} must be a list of strings, not {value}</source>
        <translation>{name} : métadonnées mal formées : {key} doit être une liste de chaînes, et non {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: malformed metadata: {key} must be a list of strings, not a list ({count:,} items)</source>
        <translation>{name} : métadonnées mal formées : {key} doit être une liste de chaînes, et non une liste ({count:,} éléments)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no such file: {path}</source>
        <translation>fichier introuvable : {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>cannot read {path}: {reason}</source>
        <translation>impossible de lire {path} : {reason}</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>{path} is a folder, not a GGUF model file</source>
        <translation>{path} est un dossier, et non un fichier de modèle GGUF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a pipe, socket or device, not a GGUF model file</source>
        <translation>{path} est un tube, un socket ou un périphérique, et non un fichier de modèle GGUF</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is not a GGUF model (only {size} bytes)</source>
        <translation>{name} n’est pas un modèle GGUF (seulement {size} octets)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a GGUF model file (wrong magic bytes)</source>
        <translation>{name} n’est pas un fichier de modèle GGUF (octets magiques incorrects)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name}: malformed metadata ({error})</source>
        <translation>{name} : métadonnées mal formées ({error})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: GGUF version {version} is not supported</source>
        <translation>{name} : la version {version} de GGUF n’est pas prise en charge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: its header is corrupt ({tensors:,} tensors, {keys:,} metadata keys)</source>
        <translation>{name} : son en-tête est corrompu ({tensors:,} tenseurs, {keys:,} clés de métadonnées)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}: malformed metadata: an empty or repeated key ({key})</source>
        <translation>{name} : métadonnées mal formées : une clé vide ou en double ({key})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: its tensor table is corrupt (a tensor with {dims:,} dimensions)</source>
        <translation>{name} : sa table des tenseurs est corrompue (un tenseur à {dims:,} dimensions)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: its tensor table is corrupt (a tensor larger than any computer can hold)</source>
        <translation>{name} : sa table des tenseurs est corrompue (un tenseur plus grand que ce que peut contenir un ordinateur)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}: the file is truncated: {missing:,} bytes of weights are missing (an interrupted download?)</source>
        <translation>{name} : le fichier est tronqué : il manque {missing:,} octets de poids (un téléchargement interrompu ?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: it does not name its architecture ({key})</source>
        <translation>{name} : il n’indique pas son architecture ({key})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: malformed metadata: {key} is {id:,}, but the vocabulary has only {count:,} tokens</source>
        <translation>{name} : métadonnées mal formées : {key} vaut {id:,}, mais le vocabulaire ne compte que {count:,} jetons</translation>
    </message>
    <message>
        <location filename="../../engine/hardware.py" line="+97"/>
        <source>nvidia-smi did not answer ({error})</source>
        <translation>nvidia-smi n’a pas répondu ({error})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nvidia-smi failed: {output}</source>
        <translation>nvidia-smi a échoué : {output}</translation>
    </message>
    <message>
        <location filename="../../engine/heavy.py" line="+108"/>
        <source>Heavy mode samples its candidates: temperature {temperature} is used instead of greedy decoding.</source>
        <translation>Le mode intensif échantillonne ses candidats : une température de {temperature} est utilisée au lieu du décodage glouton.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>stopped while judging; no answer</source>
        <translation>arrêté pendant le jugement ; aucune réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped while judging; candidate {number} kept</source>
        <translation>arrêté pendant le jugement ; candidat {number} conservé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped after {usable} usable candidate(s); no answer</source>
        <translation>arrêté (candidats utilisables : {usable}) ; aucune réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped after {usable} usable candidate(s); candidate {number} kept</source>
        <translation>arrêté (candidats utilisables : {usable}) ; candidat {number} conservé</translation>
    </message>
    <message>
        <location filename="../../engine/limits.py" line="+55"/>
        <source>{setting} must be a sentence of at most {limit} characters</source>
        <translation>{setting} doit être une phrase d’au plus {limit} caractères</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a context of {n_ctx:,} tokens is more than {model} was trained for ({trained:,} tokens)</source>
        <translation>un contexte de {n_ctx:,} jetons dépasse celui pour lequel {model} a été entraîné ({trained:,} jetons)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a context of {n_ctx:,} tokens needs about {need:.1f} GiB for its KV cache, but only {memory:.1f} GiB of memory is free (RAM and GPU together); the largest context that fits is {fits:,} tokens</source>
        <translation>un contexte de {n_ctx:,} jetons nécessite environ {need:.1f} Gio pour son KV cache, mais seulement {memory:.1f} Gio de mémoire sont libres (RAM et GPU confondus) ; le plus grand contexte possible est de {fits:,} jetons</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>threads must be a whole number from 0 to {cpus:,}, not {value} (this computer has {cpus} CPUs; 0 uses one thread per physical core)</source>
        <translation>le nombre de threads doit être un nombre entier de 0 à {cpus:,}, et non {value} (cet ordinateur a {cpus} CPU ; 0 utilise un thread par cœur physique)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>GPU layers must be &apos;auto&apos;, -1 (all) or a number of layers, not {value}</source>
        <translation>les couches GPU doivent valoir &apos;auto&apos;, -1 (toutes) ou un nombre de couches, et non {value}</translation>
    </message>
    <message>
        <location filename="../../engine/llama_backend.py" line="+159"/>
        <source>the model&apos;s file name {path} is not valid UTF-8, which llama.cpp cannot open; rename the file</source>
        <translation>le nom de fichier du modèle {path} n’est pas en UTF-8 valide, ce que llama.cpp ne peut pas ouvrir ; renommez le fichier</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>could not load {name}: {reason}</source>
        <translation>impossible de charger {name} : {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loading with all GPU layers failed ({reason}); retrying with fewer</source>
        <translation>le chargement avec toutes les couches sur le GPU a échoué ({reason}) ; nouvel essai avec moins de couches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading with {layers} GPU layers failed ({reason}); retrying with fewer</source>
        <translation>le chargement avec {layers} couches sur le GPU a échoué ({reason}) ; nouvel essai avec moins de couches</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>the model&apos;s chat template produced an empty prompt, so there is nothing to answer; the template in the model file is broken</source>
        <translation>le gabarit de conversation du modèle a produit un prompt vide : il n’y a rien à quoi répondre ; le gabarit contenu dans le fichier du modèle est défectueux</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the message is too long: the prompt needs more characters than any context holds but the context holds {n_ctx:,} (with {reserve:,} kept for the reply). Shorten it or raise the context size.</source>
        <translation>le message est trop long : le prompt nécessite plus de caractères qu’aucun contexte ne peut en contenir, alors que le contexte contient {n_ctx:,} jetons (dont {reserve:,} réservés à la réponse). Raccourcissez-le ou augmentez la taille du contexte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the message is too long: the prompt needs {tokens:,} tokens but the context holds {n_ctx:,} (with {reserve:,} kept for the reply). Shorten it or raise the context size.</source>
        <translation>le message est trop long : le prompt nécessite {tokens:,} jetons, mais le contexte n’en contient que {n_ctx:,} (dont {reserve:,} réservés à la réponse). Raccourcissez-le ou augmentez la taille du contexte.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>llama.cpp failed to evaluate the prompt: {error}</source>
        <translation>llama.cpp n’a pas pu évaluer le prompt : {error}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>no model is loaded</source>
        <translation>aucun modèle n’est chargé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the message is empty</source>
        <translation>le message est vide</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the conversation no longer fits the context: the oldest {dropped} message(s) were left out</source>
        <translation>la conversation ne tient plus dans le contexte : les messages les plus anciens ont été omis ({dropped})</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>llama.cpp could not restore the prompt&apos;s state for the next candidate</source>
        <translation>llama.cpp n’a pas pu restaurer l’état du prompt pour le candidat suivant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>llama.cpp could not cut the cache back to the prompt for the next candidate</source>
        <translation>llama.cpp n’a pas pu ramener le cache au prompt pour le candidat suivant</translation>
    </message>
    <message>
        <location filename="../../engine/local_models.py" line="+82"/>
        <source>cannot read this folder: {reason}</source>
        <translation>impossible de lire ce dossier : {reason}</translation>
    </message>
    <message>
        <location filename="../../engine/paths.py" line="+43"/>
        <source>Ponder&apos;s data folder {folder} cannot be used: {blocker} is a file, not a folder. Move that file away, or set PONDER_HOME to another folder.</source>
        <translation>Le dossier de données de Ponder {folder} est inutilisable : {blocker} est un fichier, et non un dossier. Déplacez ce fichier ailleurs ou définissez PONDER_HOME sur un autre dossier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ponder&apos;s data folder {folder} cannot be created ({reason}). Check its permissions, or set PONDER_HOME to another folder.</source>
        <translation>Impossible de créer le dossier de données de Ponder {folder} ({reason}). Vérifiez ses autorisations ou définissez PONDER_HOME sur un autre dossier.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ponder&apos;s models folder {folder} is a file, not a folder. Move that file away.</source>
        <translation>Le dossier des modèles de Ponder {folder} est un fichier, et non un dossier. Déplacez ce fichier ailleurs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ponder&apos;s models folder {folder} cannot be created ({reason}).</source>
        <translation>Impossible de créer le dossier des modèles de Ponder {folder} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../engine/profiles.py" line="+125"/>
        <source>the task {task} has no preset for {label} models (presets: none)</source>
        <translation>la tâche {task} n’a pas de préréglage pour les modèles {label} (préréglages : aucun)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the task {task} has no preset for {label} models (presets: {known})</source>
        <translation>la tâche {task} n’a pas de préréglage pour les modèles {label} (préréglages : {known})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Thinking model</source>
        <translation>Modèle à raisonnement</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Chat model</source>
        <translation>Modèle conversationnel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this model does not reason: the reasoning controls are off</source>
        <translation>ce modèle ne raisonne pas : les commandes de raisonnement sont désactivées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown model family {family} (known: {names})</source>
        <translation>famille de modèles inconnue : {family} (connues : {names})</translation>
    </message>
    <message>
        <location filename="../../engine/remote.py" line="+284"/>
        <source>{host} does not serve the model {model}. Its models: none.</source>
        <translation>{host} ne propose pas le modèle {model}. Ses modèles : aucun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} does not serve the model {model}. Its models: {models}.</source>
        <translation>{host} ne propose pas le modèle {model}. Ses modèles : {models}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No chat template is known for {model}: a thinking budget will be sent to the server but cannot be enforced by Ponder if the server ignores it.</source>
        <translation>Aucun gabarit de conversation n’est connu pour {model} : un budget de réflexion sera envoyé au serveur, mais Ponder ne pourra pas le faire respecter si le serveur l’ignore.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Heavy mode runs on a local model only: it continues every candidate from one evaluated prompt, which a server does not share. Turn Heavy off or choose a local model.</source>
        <translation>Le mode intensif ne fonctionne qu’avec un modèle local : il poursuit chaque candidat à partir d’un même prompt évalué, ce qu’un serveur ne partage pas. Désactivez le mode intensif ou choisissez un modèle local.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The budget cannot be applied: {server} takes no budget field and no chat template is known for {model}. Choose the model&apos;s family for this server.</source>
        <translation>Le budget ne peut pas être appliqué : {server} n’accepte aucun champ de budget et aucun gabarit de conversation n’est connu pour {model}. Choisissez la famille du modèle pour ce serveur.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{host} offers no usable /v1/completions: {error}</source>
        <translation>{host} ne propose pas de /v1/completions utilisable : {error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the conversation is too long for {model} on {host}: its context holds {context:,} tokens. Start a new chat or shorten the message.</source>
        <translation>la conversation est trop longue pour {model} sur {host} : son contexte contient {context:,} jetons. Commencez une nouvelle conversation ou raccourcissez le message.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Answer now is not possible here: no chat template is known for {model}. Choose the model&apos;s family for this server.</source>
        <translation>Impossible de répondre maintenant ici : aucun gabarit de conversation n’est connu pour {model}. Choisissez la famille du modèle pour ce serveur.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The reply from {host} broke off: {error} What arrived is kept.</source>
        <translation>La réponse de {host} s’est interrompue : {error} Ce qui a été reçu est conservé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The reply from {host} ended without finishing (the stream was cut). What arrived is kept.</source>
        <translation>La réponse de {host} s’est terminée sans être achevée (le flux a été coupé). Ce qui a été reçu est conservé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} aborted the reply. What arrived is kept.</source>
        <translation>{host} a interrompu la réponse. Ce qui a été reçu est conservé.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{host} ignored the thinking budget field; Ponder ended the reasoning itself.</source>
        <translation>{host} a ignoré le champ du budget de réflexion ; Ponder a lui-même mis fin au raisonnement.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The reasoning was closed but {host} could not continue it: it offers no usable /v1/completions ({error}). The budget cannot give an answer on this server.</source>
        <translation>Le raisonnement a été clos, mais {host} n’a pas pu le poursuivre : il ne propose pas de /v1/completions utilisable ({error}). Le budget ne permet pas d’obtenir une réponse sur ce serveur.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{host} did not answer with a stream ({reason})</source>
        <translation>{host} n’a pas répondu avec un flux ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the stream from {host} was closed</source>
        <translation>le flux de {host} a été fermé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{host} sent a stream event Ponder cannot read: {data}</source>
        <translation>{host} a envoyé un événement de flux que Ponder ne peut pas lire : {data}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} sent a stream event that is not an object: {data}</source>
        <translation>{host} a envoyé un événement de flux qui n’est pas un objet : {data}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{host} sent a stream event Ponder cannot read (choices is not a list of objects).</source>
        <translation>{host} a envoyé un événement de flux que Ponder ne peut pas lire (choices n’est pas une liste d’objets).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{host} reported an error mid-reply: {said}</source>
        <translation>{host} a signalé une erreur en cours de réponse : {said}</translation>
    </message>
    <message>
        <location filename="../../engine/remote_endpoints.py" line="+44"/>
        <source>llama.cpp server</source>
        <translation>serveur llama.cpp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenAI-compatible server</source>
        <translation>serveur compatible OpenAI</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{engine} {version}</source>
        <translation>{engine} {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{engine} · reasoning in `reasoning` · budget: {budget}</source>
        <translation>{engine} · raisonnement dans `reasoning` · budget : {budget}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{engine} · reasoning in `reasoning_content` · budget: {budget}</source>
        <translation>{engine} · raisonnement dans `reasoning_content` · budget : {budget}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{engine} · reasoning as think tags in the answer · budget: {budget}</source>
        <translation>{engine} · raisonnement sous forme de balises think dans la réponse · budget : {budget}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{engine} · reasoning field not seen yet · budget: {budget}</source>
        <translation>{engine} · champ de raisonnement pas encore observé · budget : {budget}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the server&apos;s address is empty</source>
        <translation>l’adresse du serveur est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{address} is not a web address: start it with http:// or https://</source>
        <translation>{address} n’est pas une adresse web : elle doit commencer par http:// ou https://</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only http:// and https:// servers are supported, not {scheme}://</source>
        <translation>seuls les serveurs http:// et https:// sont pris en charge, pas {scheme}://</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{address} names no host</source>
        <translation>{address} ne désigne aucun hôte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} is not a valid host name</source>
        <translation>{host} n’est pas un nom d’hôte valide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>put the API key in the key field, not in the address</source>
        <translation>indiquez la clé API dans le champ prévu à cet effet, pas dans l’adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{address} has an invalid port</source>
        <translation>{address} comporte un port non valide</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a server&apos;s name is 1 to {max} letters, digits, spaces or . @ ( ) + - _, starting with a letter or digit; not {name}</source>
        <translation>le nom d’un serveur comporte de 1 à {max} lettres, chiffres, espaces ou . @ ( ) + - _, et commence par une lettre ou un chiffre ; {name} ne convient pas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The list of servers ({path}) could not be read: {reason}</source>
        <translation>Impossible de lire la liste des serveurs ({path}) : {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The list of servers ({path}) is damaged; it was not read.</source>
        <translation>La liste des serveurs ({path}) est endommagée ; elle n’a pas été lue.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the CA file {path} does not exist</source>
        <translation>le fichier d’autorité de certification {path} n’existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a server named {name} already exists</source>
        <translation>un serveur nommé {name} existe déjà</translation>
    </message>
    <message>
        <location filename="../../engine/remote_http.py" line="+50"/>
        <source>the CA file {path} could not be read: {reason}</source>
        <translation>impossible de lire le fichier d’autorité de certification {path} : {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The certificate of {host} could not be verified ({reason}). If the server uses a private certificate authority, name its CA file in the server&apos;s settings.</source>
        <translation>Le certificat de {host} n’a pas pu être vérifié ({reason}). Si le serveur utilise une autorité de certification privée, indiquez son fichier CA dans les paramètres du serveur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A secure connection to {host} failed: {reason}. Check that the address starts with the right scheme (http or https).</source>
        <translation>La connexion sécurisée à {host} a échoué : {reason}. Vérifiez que l’adresse commence par le bon schéma (http ou https).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{host} did not answer within {seconds:.0f} s. Check the address and that the server is running.</source>
        <translation>{host} n’a pas répondu dans les {seconds:.0f} s. Vérifiez l’adresse et que le serveur est bien en cours d’exécution.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} stopped sending (nothing arrived for too long).</source>
        <translation>{host} a cessé d’envoyer des données (plus rien reçu depuis trop longtemps).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} took too long to answer.</source>
        <translation>{host} a mis trop de temps à répondre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach {host}: its name could not be resolved.</source>
        <translation>Impossible de joindre {host} : son nom n’a pas pu être résolu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach {host}: the connection was refused (is the server running on that port?).</source>
        <translation>Impossible de joindre {host} : la connexion a été refusée (le serveur est-il en cours d’exécution sur ce port ?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach {host}: {reason}.</source>
        <translation>Impossible de joindre {host} : {reason}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} closed the connection unexpectedly.</source>
        <translation>{host} a fermé la connexion de façon inattendue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to {host} failed: {reason}.</source>
        <translation>La connexion à {host} a échoué : {reason}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{host} redirected the request to another address. Ponder does not follow redirects: add the final address as the server instead.</source>
        <translation>{host} a redirigé la requête vers une autre adresse. Ponder ne suit pas les redirections : ajoutez plutôt l’adresse finale comme serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} redirected the request to {where}. Ponder does not follow redirects: add the final address as the server instead.</source>
        <translation>{host} a redirigé la requête vers {where}. Ponder ne suit pas les redirections : ajoutez plutôt l’adresse finale comme serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} refused the request: an API key is needed or the key is wrong (401 Unauthorized).</source>
        <translation>{host} a refusé la requête : une clé API est nécessaire ou la clé est incorrecte (401 Unauthorized).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} refused the request: an API key is needed or the key is wrong (401 Unauthorized). The server said: {said}</source>
        <translation>{host} a refusé la requête : une clé API est nécessaire ou la clé est incorrecte (401 Unauthorized). Réponse du serveur : {said}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} denied access with this key (403 Forbidden).</source>
        <translation>{host} a refusé l’accès avec cette clé (403 Forbidden).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} denied access with this key (403 Forbidden). The server said: {said}</source>
        <translation>{host} a refusé l’accès avec cette clé (403 Forbidden). Réponse du serveur : {said}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} does not serve the model {model} (404). Choose one of the server&apos;s models.</source>
        <translation>{host} ne propose pas le modèle {model} (404). Choisissez l’un des modèles du serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} does not serve the model {model} (404). The server said: {said} Choose one of the server&apos;s models.</source>
        <translation>{host} ne propose pas le modèle {model} (404). Réponse du serveur : {said} Choisissez l’un des modèles du serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} has no OpenAI-compatible API at this address (404). Check the address (most servers end in /v1).</source>
        <translation>{host} n’expose pas d’API compatible OpenAI à cette adresse (404). Vérifiez l’adresse (la plupart des serveurs se terminent par /v1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} has no OpenAI-compatible API at this address (404). Check the address (most servers end in /v1). The server said: {said}</source>
        <translation>{host} n’expose pas d’API compatible OpenAI à cette adresse (404). Vérifiez l’adresse (la plupart des serveurs se terminent par /v1). Réponse du serveur : {said}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{host} rejected the request ({code}).</source>
        <translation>{host} a rejeté la requête ({code}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} rejected the request ({code}). The server said: {said}</source>
        <translation>{host} a rejeté la requête ({code}). Réponse du serveur : {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} failed with a server error ({code}).</source>
        <translation>{host} a échoué avec une erreur serveur ({code}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} failed with a server error ({code}). The server said: {said}</source>
        <translation>{host} a échoué avec une erreur serveur ({code}). Réponse du serveur : {said}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{host} is rate-limiting requests (429). Try again later.</source>
        <translation>{host} limite le débit des requêtes (429). Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} is rate-limiting requests (429). Try again later. The server said: {said}</source>
        <translation>{host} limite le débit des requêtes (429). Réessayez plus tard. Réponse du serveur : {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is rate-limiting requests (429). Try again in {seconds:.0f} s.</source>
        <translation>{host} limite le débit des requêtes (429). Réessayez dans {seconds:.0f} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} is rate-limiting requests (429). Try again in {seconds:.0f} s. The server said: {said}</source>
        <translation>{host} limite le débit des requêtes (429). Réessayez dans {seconds:.0f} s. Réponse du serveur : {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is rate-limiting requests (429). Try again in {seconds:.0f} s. Waiting {seconds:.0f} s before asking again…</source>
        <translation>{host} limite le débit des requêtes (429). Réessayez dans {seconds:.0f} s. Attente de {seconds:.0f} s avant une nouvelle demande…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is rate-limiting requests (429). Try again in {seconds:.0f} s. The server said: {said} Waiting {seconds:.0f} s before asking again…</source>
        <translation>{host} limite le débit des requêtes (429). Réessayez dans {seconds:.0f} s. Réponse du serveur : {said} Attente de {seconds:.0f} s avant une nouvelle demande…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} is busy or still loading (503). Try again later.</source>
        <translation>{host} est occupé ou encore en cours de chargement (503). Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} is busy or still loading (503). Try again later. The server said: {said}</source>
        <translation>{host} est occupé ou encore en cours de chargement (503). Réessayez plus tard. Réponse du serveur : {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is busy or still loading (503). Try again in {seconds:.0f} s.</source>
        <translation>{host} est occupé ou encore en cours de chargement (503). Réessayez dans {seconds:.0f} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} is busy or still loading (503). Try again in {seconds:.0f} s. The server said: {said}</source>
        <translation>{host} est occupé ou encore en cours de chargement (503). Réessayez dans {seconds:.0f} s. Réponse du serveur : {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is busy or still loading (503). Try again in {seconds:.0f} s. Waiting {seconds:.0f} s before asking again…</source>
        <translation>{host} est occupé ou encore en cours de chargement (503). Réessayez dans {seconds:.0f} s. Attente de {seconds:.0f} s avant une nouvelle demande…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is busy or still loading (503). Try again in {seconds:.0f} s. The server said: {said} Waiting {seconds:.0f} s before asking again…</source>
        <translation>{host} est occupé ou encore en cours de chargement (503). Réessayez dans {seconds:.0f} s. Réponse du serveur : {said} Attente de {seconds:.0f} s avant une nouvelle demande…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{host} has no model list at {url}: it does not look like an OpenAI-compatible server. Check the address (most end in /v1).</source>
        <translation>{host} n’a pas de liste de modèles à {url} : il ne semble pas s’agir d’un serveur compatible OpenAI. Vérifiez l’adresse (la plupart se terminent par /v1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{host} sent a model list Ponder cannot read.</source>
        <translation>{host} a envoyé une liste de modèles que Ponder ne peut pas lire.</translation>
    </message>
    <message>
        <location filename="../../engine/safe_paths.py" line="+53"/>
        <source>{repo} is not a repository id (expected owner/name)</source>
        <translation>{repo} n’est pas un identifiant de dépôt (format attendu : propriétaire/nom)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: {repo} is not a repository id (expected owner/name).</source>
        <translation>Refusé : {repo} n’est pas un identifiant de dépôt (format attendu : propriétaire/nom).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{repo} is not a valid repository id: owner and name use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only</source>
        <translation>{repo} n’est pas un identifiant de dépôt valide : le propriétaire et le nom ne peuvent contenir que des lettres, des chiffres, &apos;-&apos;, &apos;_&apos; et &apos;.&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: {repo} is not a valid repository id: owner and name use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only.</source>
        <translation>Refusé : {repo} n’est pas un identifiant de dépôt valide : le propriétaire et le nom ne peuvent contenir que des lettres, des chiffres, &apos;-&apos;, &apos;_&apos; et &apos;.&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{revision} is not a valid revision</source>
        <translation>{revision} n’est pas une révision valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: {revision} is not a valid revision.</source>
        <translation>Refusé : {revision} n’est pas une révision valide.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is not a file name</source>
        <translation>{name} n’est pas un nom de fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: {name} is not a file name.</source>
        <translation>Refusé : {name} n’est pas un nom de fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file name {name} is too long</source>
        <translation>le nom de fichier {name} est trop long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the file name {name} is too long.</source>
        <translation>Refusé : le nom de fichier {name} est trop long.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file name {name} contains control characters</source>
        <translation>le nom de fichier {name} contient des caractères de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the file name {name} contains control characters.</source>
        <translation>Refusé : le nom de fichier {name} contient des caractères de contrôle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file name {name} contains &apos;\&apos; or &apos;:&apos; (a Windows path?)</source>
        <translation>le nom de fichier {name} contient &apos;\&apos; ou &apos;:&apos; (un chemin Windows ?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the file name {name} contains &apos;\&apos; or &apos;:&apos; (a Windows path?).</source>
        <translation>Refusé : le nom de fichier {name} contient &apos;\&apos; ou &apos;:&apos; (un chemin Windows ?).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file name {name} is an absolute path</source>
        <translation>le nom de fichier {name} est un chemin absolu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the file name {name} is an absolute path.</source>
        <translation>Refusé : le nom de fichier {name} est un chemin absolu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file name {name} leaves its folder or has an empty part</source>
        <translation>le nom de fichier {name} sort de son dossier ou comporte une partie vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: the file name {name} leaves its folder or has an empty part.</source>
        <translation>Refusé : le nom de fichier {name} sort de son dossier ou comporte une partie vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a part of the file name {name} is too long</source>
        <translation>une partie du nom de fichier {name} est trop longue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: a part of the file name {name} is too long.</source>
        <translation>Refusé : une partie du nom de fichier {name} est trop longue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file name {name} is not valid on every system</source>
        <translation>le nom de fichier {name} n’est pas valide sur tous les systèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the file name {name} is not valid on every system.</source>
        <translation>Refusé : le nom de fichier {name} n’est pas valide sur tous les systèmes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file name {name} ends like a partial download ({suffix})</source>
        <translation>le nom de fichier {name} se termine comme un téléchargement partiel ({suffix})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: the file name {name} ends like a partial download ({suffix}).</source>
        <translation>Refusé : le nom de fichier {name} se termine comme un téléchargement partiel ({suffix}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file name {name} leads outside {folder} (through a link)</source>
        <translation>le nom de fichier {name} mène en dehors de {folder} (par un lien)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: the file name {name} leads outside {folder} (through a link).</source>
        <translation>Refusé : le nom de fichier {name} mène en dehors de {folder} (par un lien).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{folder} leads outside {models} (through a link)</source>
        <translation>{folder} mène en dehors de {models} (par un lien)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: {folder} leads outside {models} (through a link).</source>
        <translation>Refusé : {folder} mène en dehors de {models} (par un lien).</translation>
    </message>
    <message>
        <location filename="../../engine/secrets.py" line="+36"/>
        <source>No secure keyring is available on this system (for example no Secret Service on Linux). Tokens are kept in memory for this session only and are never written to disk.</source>
        <translation>Aucun trousseau sécurisé n’est disponible sur ce système (par exemple, pas de Secret Service sous Linux). Les jetons d’accès sont conservés en mémoire pour cette session uniquement et ne sont jamais écrits sur le disque.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The system keyring failed ({error}); tokens are kept in memory for this session only.</source>
        <translation>Le trousseau du système a échoué ({error}) ; les jetons d’accès sont conservés en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <location filename="../../engine/store.py" line="+79"/>
        <source>The chat database {path} cannot be written ({detail}). Check that it and its folder are writable.</source>
        <translation>Impossible d’écrire dans la base de données des conversations {path} ({detail}). Vérifiez que le fichier et son dossier sont accessibles en écriture.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat database {path} cannot be opened: it is damaged ({detail}). It has been left as it is.</source>
        <translation>Impossible d’ouvrir la base de données des conversations {path} : elle est endommagée ({detail}). Elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk holding the chat database {path} is full ({detail}).</source>
        <translation>Le disque contenant la base de données des conversations {path} est plein ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chat database {path} is locked by another program ({detail}).</source>
        <translation>La base de données des conversations {path} est verrouillée par un autre programme ({detail}).</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The chat database {path} cannot be kept there: {folder} is not a folder.</source>
        <translation>La base de données des conversations {path} ne peut pas être conservée à cet endroit : {folder} n’est pas un dossier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder {folder} for the chat database cannot be created ({reason}).</source>
        <translation>Impossible de créer le dossier {folder} de la base de données des conversations ({reason}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} should be the chat database, but it is a folder.</source>
        <translation>{path} devrait être la base de données des conversations, mais c’est un dossier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} should be the chat database, but it is not a regular file.</source>
        <translation>{path} devrait être la base de données des conversations, mais ce n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} should be one of its files, but it is a folder.</source>
        <translation>{path} devrait être l’un de ses fichiers, mais c’est un dossier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} should be one of its files, but it is not a regular file.</source>
        <translation>{path} devrait être l’un de ses fichiers, mais ce n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The chat database {path} was written by a newer Ponder (schema {version}, this one knows {known}); update Ponder to open it. It has been left as it is.</source>
        <translation>La base de données des conversations {path} a été créée par une version plus récente de Ponder (schéma {version}, celle-ci connaît le schéma {known}) ; mettez Ponder à jour pour l’ouvrir. Elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>The chat database {path} could not be moved aside ({reason}); nothing was deleted.</source>
        <translation>La base de données des conversations {path} n’a pas pu être mise de côté ({reason}) ; rien n’a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../engine/template_worker.py" line="+93"/>
        <source>the conversation cannot be passed to the chat template: {error}</source>
        <translation>la conversation ne peut pas être transmise au gabarit de conversation : {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the chat template renderer could not be started</source>
        <translation>le moteur de rendu du gabarit de conversation n’a pas pu démarrer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the chat template took longer than {seconds:g} s to render; it was stopped (the model file&apos;s template is broken or hostile)</source>
        <translation>le rendu du gabarit de conversation a pris plus de {seconds:g} s ; il a été arrêté (le gabarit du fichier du modèle est défectueux ou malveillant)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the chat template crashed its renderer; the model file&apos;s template is broken or hostile</source>
        <translation>le gabarit de conversation a fait planter son moteur de rendu ; le gabarit du fichier du modèle est défectueux ou malveillant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the chat template crashed its renderer (exit {code}); the model file&apos;s template is broken or hostile</source>
        <translation>le gabarit de conversation a fait planter son moteur de rendu (code de sortie {code}) ; le gabarit du fichier du modèle est défectueux ou malveillant</translation>
    </message>
    <message>
        <location filename="../../engine/templates.py" line="+46"/>
        <source>the chat template refused the conversation: {message}</source>
        <translation>le gabarit de conversation a refusé la conversation : {message}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the chat template tried to build a huge formatted string; it was stopped</source>
        <translation>le gabarit de conversation a tenté de construire une chaîne formatée gigantesque ; il a été arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chat template tried to build a huge string; it was stopped</source>
        <translation>le gabarit de conversation a tenté de construire une chaîne gigantesque ; il a été arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chat template tried to build a huge number; it was stopped</source>
        <translation>le gabarit de conversation a tenté de construire un nombre gigantesque ; il a été arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chat template tried to build a huge string or list; it was stopped</source>
        <translation>le gabarit de conversation a tenté de construire une chaîne ou une liste gigantesque ; il a été arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chat template tried to build something with the number {number:.3g}; it was stopped</source>
        <translation>le gabarit de conversation a tenté de construire quelque chose avec le nombre {number:.3g} ; il a été arrêté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the chat template needed more memory than allowed; it was stopped</source>
        <translation>le gabarit de conversation a eu besoin de plus de mémoire que permis ; il a été arrêté</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>the model&apos;s chat template is invalid: {error}</source>
        <translation>le gabarit de conversation du modèle n’est pas valide : {error}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the chat template wrote more than {limit:,} characters; it was stopped</source>
        <translation>le gabarit de conversation a écrit plus de {limit:,} caractères ; il a été arrêté</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the chat template tried an unsafe operation: {error}</source>
        <translation>le gabarit de conversation a tenté une opération dangereuse : {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the chat template recursed too deeply; it was stopped</source>
        <translation>le gabarit de conversation s’est appelé récursivement trop de fois ; il a été arrêté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the chat template failed: {error}</source>
        <translation>le gabarit de conversation a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="+149"/>
        <source>The settings file has values that cannot be used ({names}); their defaults are used.</source>
        <translation>Le fichier de paramètres contient des valeurs inutilisables ({names}) ; leurs valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file could not be read ({error}); defaults are used.</source>
        <translation>Le fichier de paramètres n’a pas pu être lu ({error}) ; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <location filename="../../engine/openai_wire.py" line="+244"/>
        <source>server budget ({engine} {field})</source>
        <translation>budget côté serveur ({engine} {field})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>server budget ({field})</source>
        <translation>budget côté serveur ({field})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two-phase (capped, closed and continued by Ponder)</source>
        <translation>en deux phases (plafonné, clos et poursuivi par Ponder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no budget</source>
        <translation>aucun budget</translation>
    </message>
    <message>
        <location filename="../../engine/protocol.py" line="+303"/>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top K (0: off)</source>
        <translation>Top K (0 : désactivé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min P</source>
        <translation>Min P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat penalty</source>
        <translation>Pénalité de répétition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max new tokens</source>
        <translation>Nouveaux jetons max.</translation>
    </message>
    <message>
        <location filename="../../app/server_runner.py" line="+74"/>
        <source>{host} is reachable from other computers. Ponder listens on this computer only (127.0.0.1) unless you switch on LAN access on purpose (--lan).</source>
        <translation>{host} est accessible depuis d’autres ordinateurs. Ponder n’écoute que sur cet ordinateur (127.0.0.1), sauf si vous activez volontairement l’accès réseau local (--lan).</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>{host} is not an address of this computer ({error}).</source>
        <translation>{host} n’est pas une adresse de cet ordinateur ({error}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Port {port} is in use by another program; choose another port.</source>
        <translation>Le port {port} est utilisé par un autre programme ; choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port {port} needs special rights; choose one above 1023.</source>
        <translation>Le port {port} nécessite des droits particuliers ; choisissez-en un au-dessus de 1023.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot listen on {host} port {port}: {error}.</source>
        <translation>Impossible d’écouter sur {host}, port {port} : {error}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The server did not start.</source>
        <translation>Le serveur n’a pas démarré.</translation>
    </message>
    <message>
        <location filename="../../app/server_security.py" line="+105"/>
        <source>{problem} The server&apos;s key lasts until Ponder quits; set {variable} to keep one.</source>
        <translation>{problem} La clé du serveur est valable jusqu’à la fermeture de Ponder ; définissez {variable} pour en garder une.</translation>
    </message>
    <message>
        <location filename="../../app/store_writer.py" line="+279"/>
        <source>The chat database could not be opened for writing ({error}).</source>
        <translation>La base de données des conversations n’a pas pu être ouverte en écriture ({error}).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The chat database could not be opened for writing.</source>
        <translation>La base de données des conversations n’a pas pu être ouverte en écriture.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The reply could not be saved ({error}).</source>
        <translation>La réponse n’a pas pu être enregistrée ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/remote_commands.py" line="+147"/>
        <source>the key will travel unencrypted (http://) to another computer; anyone on the network path can read it. Use https:// if the server offers it.</source>
        <translation>la clé circulera sans chiffrement (http://) vers un autre ordinateur ; toute personne sur le chemin réseau pourra la lire. Utilisez https:// si le serveur le permet.</translation>
    </message>
</context>
<context>
    <name>EngineBridge</name>
    <message>
        <location filename="../../app/engine_bridge.py" line="+315"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The engine process stopped unexpectedly.</source>
        <translation>Le processus du moteur s’est arrêté de façon inattendue.</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>{problem} It stopped %n time(s) in a minute while answering local-server requests (the last from {client}), so it was not restarted. Choose a model to try again.</source>
        <translation>
            <numerusform>{problem} Il s’est arrêté %n fois en une minute en traitant des requêtes du serveur local (la dernière provenant de {client}) ; il n’a donc pas été redémarré. Choisissez un modèle pour réessayer.</numerusform>
            <numerusform>{problem} Il s’est arrêté %n fois en une minute en traitant des requêtes du serveur local (la dernière provenant de {client}) ; il n’a donc pas été redémarré. Choisissez un modèle pour réessayer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{problem} It stopped %n time(s) in a minute while answering local-server requests, so it was not restarted. Choose a model to try again.</source>
        <translation>
            <numerusform>{problem} Il s’est arrêté %n fois en une minute en traitant des requêtes du serveur local ; il n’a donc pas été redémarré. Choisissez un modèle pour réessayer.</numerusform>
            <numerusform>{problem} Il s’est arrêté %n fois en une minute en traitant des requêtes du serveur local ; il n’a donc pas été redémarré. Choisissez un modèle pour réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{problem} It was answering a local-server request from {client}; that request failed, and the engine is starting again with the same model.</source>
        <translation>{problem} Il traitait une requête du serveur local provenant de {client} ; cette requête a échoué et le moteur redémarre avec le même modèle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problem} It was answering a local-server request; that request failed, and the engine is starting again with the same model.</source>
        <translation>{problem} Il traitait une requête du serveur local ; cette requête a échoué et le moteur redémarre avec le même modèle.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../app/export.py" line="+22"/>
        <source>streaming</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System:</source>
        <comment>exported chat: before the system prompt</comment>
        <translation>Système :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You</source>
        <comment>exported chat: heading of the user&apos;s message</comment>
        <translation>Vous</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assistant ({model})</source>
        <comment>exported chat: heading of a reply</comment>
        <translation>Assistant ({model})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assistant</source>
        <comment>exported chat: heading of a reply</comment>
        <translation>Assistant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasoning</source>
        <comment>exported chat: the model&apos;s reasoning, folded</comment>
        <translation>Raisonnement</translation>
    </message>
</context>
<context>
    <name>HeavyControl</name>
    <message>
        <location filename="../../ui/heavy_control.py" line="+71"/>
        <source>Heavy</source>
        <comment>heavy mode&apos;s switch: several candidates, then a judge</comment>
        <translation>Intensif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heavy mode</source>
        <translation>Mode intensif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Candidates in heavy mode</source>
        <translation>Candidats en mode intensif</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n generations</source>
        <comment>heavy mode&apos;s cost: the candidates and the judge</comment>
        <translation>
            <numerusform>%n génération</numerusform>
            <numerusform>%n générations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Generates %n solutions, then the model compares them and picks the best (NVIDIA&apos;s GenSelect). Costs about {cost} replies.</source>
        <comment>{cost} is the number of solutions plus one, 3 to 9</comment>
        <translation>
            <numerusform>Génère %n solution, puis le modèle les compare et choisit la meilleure (GenSelect de NVIDIA). Coûte environ {cost} réponses.</numerusform>
            <numerusform>Génère %n solutions, puis le modèle les compare et choisit la meilleure (GenSelect de NVIDIA). Coûte environ {cost} réponses.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this model cannot run heavy mode.</source>
        <translation>ce modèle ne peut pas utiliser le mode intensif.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available: {reason}</source>
        <comment>heavy mode</comment>
        <translation>Indisponible : {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n gens</source>
        <comment>heavy mode&apos;s cost, short for %n generations</comment>
        <translation>
            <numerusform>%n gén.</numerusform>
            <numerusform>%n gén.</numerusform>
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
            <numerusform>Coût : {cost} (%n candidat et le juge)</numerusform>
            <numerusform>Coût : {cost} (%n candidats et le juge)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeavyView</name>
    <message>
        <location filename="../../ui/heavy_view.py" line="+36"/>
        <source>✓ picked</source>
        <translation>✓ retenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ kept</source>
        <translation>✓ conservé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ended on its own</source>
        <translation>terminé de lui-même</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hit the length limit</source>
        <translation>limite de longueur atteinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>starting…</source>
        <comment>heavy mode, or one candidate, is starting</comment>
        <translation>démarrage…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stopped</source>
        <comment>a candidate&apos;s or the judge&apos;s state: the reply was stopped</comment>
        <translation>arrêté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not run</source>
        <comment>a candidate&apos;s or the judge&apos;s state: it never ran</comment>
        <translation>non exécuté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>done</source>
        <comment>a candidate&apos;s or the judge&apos;s state: it ended</comment>
        <translation>terminé</translation>
    </message>
    <message numerus="yes">
        <location line="+404"/>
        <source>Heavy · %n candidates</source>
        <comment>heavy mode&apos;s title in a reply</comment>
        <translation>
            <numerusform>Intensif · %n candidat</numerusform>
            <numerusform>Intensif · %n candidats</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Candidate {number}</source>
        <translation>Candidat {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate {number}&apos;s answer</source>
        <translation>Réponse du candidat {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy candidate {number}&apos;s answer</source>
        <translation>Copier la réponse du candidat {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judge</source>
        <comment>heavy mode: the model&apos;s turn that compares the candidates</comment>
        <translation>Juge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The judge&apos;s answer</source>
        <translation>La réponse du juge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the judge&apos;s answer</source>
        <translation>Copier la réponse du juge</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>candidate {number} of {total}…</source>
        <translation>candidat {number} sur {total}…</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>all %n candidates finished</source>
        <translation>
            <numerusform>%n candidat terminé</numerusform>
            <numerusform>les %n candidats sont terminés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>judging…</source>
        <translation>jugement…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not needed: only one usable candidate</source>
        <translation>inutile : un seul candidat utilisable</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>stopped · {finished} of %n candidates finished</source>
        <translation>
            <numerusform>arrêté · candidats terminés : {finished} sur %n</numerusform>
            <numerusform>arrêté · candidats terminés : {finished} sur %n</numerusform>
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
        <translation>Mode intensif : {progress}</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>stopped after %n usable candidate(s); no answer</source>
        <comment>heavy mode, stopped by the user</comment>
        <translation>
            <numerusform>arrêté avec %n candidat utilisable ; aucune réponse</numerusform>
            <numerusform>arrêté avec %n candidats utilisables ; aucune réponse</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no usable candidate</source>
        <translation>aucun candidat utilisable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>picked {number} of {total} · by judgment</source>
        <translation>candidat {number} sur {total} retenu · par le juge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>picked {number} of {total} · the only usable one</source>
        <translation>candidat {number} sur {total} retenu · le seul utilisable</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>picked {number} of {total} · by majority vote (%n agree)</source>
        <comment>no valid verdict: the most common final answer won; %n: how many gave it</comment>
        <translation>
            <numerusform>candidat {number} sur {total} retenu · par vote majoritaire (%n concorde)</numerusform>
            <numerusform>candidat {number} sur {total} retenu · par vote majoritaire (%n concordent)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>picked {number} of {total} · no verdict and no comparable final answers: the first one shown</source>
        <translation>candidat {number} sur {total} retenu · ni verdict ni réponses finales comparables : le premier affiché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>picked {number} of {total} · by majority vote</source>
        <translation>candidat {number} sur {total} retenu · par vote majoritaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped while judging; candidate {number} kept</source>
        <translation>arrêté pendant le jugement ; candidat {number} conservé</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>stopped after %n usable candidate(s); candidate {number} kept</source>
        <comment>heavy mode, stopped by the user</comment>
        <translation>
            <numerusform>arrêté avec %n candidat utilisable ; candidat {number} conservé</numerusform>
            <numerusform>arrêté avec %n candidats utilisables ; candidat {number} conservé</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not usable: {problem}</source>
        <comment>a candidate the judge did not see, and why</comment>
        <translation>inutilisable : {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not picked</source>
        <translation>non retenu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seed {seed}</source>
        <comment>the random seed a candidate was sampled with</comment>
        <translation>graine {seed}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>shown to the judge as Solution {index}</source>
        <comment>&apos;Solution N&apos; is how the judge&apos;s prompt, in English, names the candidate</comment>
        <translation>présenté au juge comme « Solution {index} »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}: {details}</source>
        <comment>a candidate&apos;s name, then its figures</comment>
        <translation>{title} : {details}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reasoning} reasoning + {answer} answer tokens</source>
        <translation>{reasoning} jetons de raisonnement + {answer} jetons de réponse</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{verdict} → candidate {number}</source>
        <comment>the judge&apos;s verdict line, then its pick</comment>
        <translation>{verdict} → candidat {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{verdict} · not a valid choice</source>
        <comment>the judge&apos;s verdict line</comment>
        <translation>{verdict} · choix non valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no verdict</source>
        <comment>the judge&apos;s state: it gave no verdict</comment>
        <translation>aucun verdict</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solution {index} is candidate {number}</source>
        <comment>&apos;Solution N&apos; is how the judge&apos;s prompt, in English, names the candidate</comment>
        <translation>« Solution {index} » = candidat {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The judge saw the usable candidates shuffled: {order}</source>
        <translation>Le juge a vu les candidats utilisables dans un ordre mélangé : {order}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judge: {tokens} · its verdict: {verdict}</source>
        <translation>Juge : {tokens} · son verdict : {verdict}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judge: {tokens}</source>
        <translation>Juge : {tokens}</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <location filename="../../ui/message_cards.py" line="-366"/>
        <source>Edit your message</source>
        <translation>Modifier votre message</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+124"/>
        <source>New chat</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the message box</source>
        <translation>Aller à la zone de saisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search chats</source>
        <translation>Rechercher une conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the reply</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer now (stop thinking)</source>
        <translation>Répondre maintenant (arrêter la réflexion)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regenerate last reply</source>
        <translation>Régénérer la dernière réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models…</source>
        <translation>Modèles…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find, download and manage models (Ctrl+M)</source>
        <translation>Rechercher, télécharger et gérer des modèles (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote servers…</source>
        <translation>Serveurs distants…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use models that run on a vLLM, SGLang, NIM, TensorRT-LLM or llama.cpp server</source>
        <translation>Utiliser des modèles exécutés sur un serveur vLLM, SGLang, NIM, TensorRT-LLM ou llama.cpp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export chat…</source>
        <translation>Exporter la conversation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>Local server</source>
        <translation>Serveur local</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Let other apps use the loaded model through an OpenAI-compatible API on this computer</source>
        <translation>Permettre à d’autres applications d’utiliser le modèle chargé via une API compatible OpenAI sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow other computers (LAN)</source>
        <translation>Autoriser les autres ordinateurs (réseau local)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy server address</source>
        <translation>Copier l’adresse du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show API key…</source>
        <translation>Afficher la clé API…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Ponder</source>
        <translation>À propos de Ponder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename chat</source>
        <translation>Renommer la conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete chat</source>
        <translation>Supprimer la conversation</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+13"/>
        <source>Model</source>
        <comment>the language model in use</comment>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>System prompt for this chat</source>
        <translation>Prompt système de cette conversation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No model</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Chat</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Local server</source>
        <translation>Serveur &amp;local</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Local server API key</source>
        <translation>Clé API du serveur local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apps send this key as &apos;Authorization: Bearer &lt;key&gt;&apos;:</source>
        <translation>Les applications envoient cette clé sous la forme « Authorization: Bearer &lt;clé&gt; » :</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open link?</source>
        <translation>Ouvrir le lien ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this address in your browser?

{address}</source>
        <translation>Ouvrir cette adresse dans votre navigateur ?

{address}</translation>
    </message>
</context>
<context>
    <name>ModelController</name>
    <message numerus="yes">
        <location filename="../../app/model_controller.py" line="+79"/>
        <source>%n file(s) in the models folder cannot be used and were skipped: {problems}</source>
        <translation>
            <numerusform>%n fichier du dossier des modèles est inutilisable et a été ignoré : {problems}</numerusform>
            <numerusform>%n fichiers du dossier des modèles sont inutilisables et ont été ignorés : {problems}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{model} — on {server} · {engine}</source>
        <comment>model picker: a model on a server</comment>
        <translation>{model} — sur {server} · {engine}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No model found. Put a GGUF model in the models folder
({folder}) or reinstall with the starter model.</source>
        <translation>Aucun modèle trouvé. Placez un modèle GGUF dans le dossier des modèles
({folder}) ou réinstallez Ponder avec le modèle de démarrage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No model</source>
        <comment>status bar: none found</comment>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Loading {model}…</source>
        <translation>Chargement de {model}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not use {server}: {error}</source>
        <translation>Impossible d’utiliser {server} : {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to {server}…</source>
        <translation>Connexion à {server}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>on {server} · {engine}</source>
        <comment>status bar: where the model runs</comment>
        <translation>sur {server} · {engine}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{model} on {server} ({family})</source>
        <translation>{model} sur {server} ({family})</translation>
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
            <numerusform>GPU, %n couche</numerusform>
            <numerusform>GPU, %n couches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>CPU, %n thread(s)</source>
        <comment>status bar: where the model runs</comment>
        <translation>
            <numerusform>CPU, %n thread</numerusform>
            <numerusform>CPU, %n threads</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The engine was restarted; the reply it was writing is kept as it was.</source>
        <translation>Le moteur a été redémarré ; la réponse en cours de rédaction est conservée telle quelle.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not load the model: {problem} Your message was not answered: choose a model and press Regenerate.</source>
        <translation>Impossible de charger le modèle : {problem} Votre message n’a pas reçu de réponse : choisissez un modèle et cliquez sur Régénérer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not load the model: {problem}</source>
        <translation>Impossible de charger le modèle : {problem}</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>{problem} Ponder did not restart it: it stopped %n time(s) in a minute. Choose a model to try again.</source>
        <translation>
            <numerusform>{problem} Ponder ne l’a pas redémarré : il s’est arrêté %n fois en une minute. Choisissez un modèle pour réessayer.</numerusform>
            <numerusform>{problem} Ponder ne l’a pas redémarré : il s’est arrêté %n fois en une minute. Choisissez un modèle pour réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{problem} Restarting the engine…</source>
        <translation>{problem} Redémarrage du moteur…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No model loaded</source>
        <comment>status bar</comment>
        <translation>Aucun modèle chargé</translation>
    </message>
</context>
<context>
    <name>ModelLibrary</name>
    <message>
        <location filename="../../app/model_library.py" line="+108"/>
        <source>{name} ({free} of {total} free)</source>
        <comment>a GPU and its free memory</comment>
        <translation>{name} ({free} libres sur {total})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no NVIDIA GPU found ({problem})</source>
        <translation>aucun GPU NVIDIA trouvé ({problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no NVIDIA GPU found</source>
        <translation>aucun GPU NVIDIA trouvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer: {gpus}; {ram} of RAM free.</source>
        <translation>Cet ordinateur : {gpus} ; {ram} de RAM libres.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Model licence</source>
        <translation>Licence du modèle</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Hugging Face token</source>
        <translation>Jeton Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

Paste a token with read access (kept in the system keyring):</source>
        <translation>{problem}

Collez un jeton disposant d’un accès en lecture (il sera conservé dans le trousseau du système) :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not delete {path}: {error}</source>
        <translation>Impossible de supprimer {path} : {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a GGUF model</source>
        <translation>Importer un modèle GGUF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GGUF models (*.gguf)</source>
        <comment>file filter: keep (*.gguf)</comment>
        <translation>Modèles GGUF (*.gguf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import model</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link to the file where it is (Yes), or copy it into Ponder&apos;s models folder (No)?</source>
        <translation>Créer un lien vers le fichier à son emplacement actuel (Oui), ou le copier dans le dossier des modèles de Ponder (Non) ?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not imported: {name} is already in the models folder.</source>
        <translation>Non importé : {name} se trouve déjà dans le dossier des modèles.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not imported: {error} ({folder})</source>
        <translation>Non importé : {error} ({folder})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not copy {name}: {error}</source>
        <translation>Impossible de copier {name} : {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not imported: {error}</source>
        <translation>Non importé : {error}</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../../ui/model_manager.py" line="+36"/>
        <source>You are offline — downloads and search need the internet; models on this computer still work</source>
        <translation>Vous êtes hors ligne — les téléchargements et la recherche nécessitent Internet ; les modèles présents sur cet ordinateur fonctionnent toujours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline mode is on — downloads and search are off (Settings); models on this computer still work</source>
        <translation>Le mode hors ligne est activé — les téléchargements et la recherche sont désactivés (Paramètres) ; les modèles présents sur cet ordinateur fonctionnent toujours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline</source>
        <comment>the offline banner&apos;s name</comment>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model</source>
        <comment>column: a model&apos;s name</comment>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <comment>column: a file&apos;s size</comment>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantization</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit on this computer</source>
        <translation>Compatibilité avec cet ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the Hugging Face hub for GGUF models</source>
        <translation>Rechercher des modèles GGUF sur le hub Hugging Face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the hub</source>
        <translation>Rechercher sur le hub</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository / file</source>
        <translation>Dépôt / fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <comment>column: the file being downloaded</comment>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <comment>column: a download&apos;s state</comment>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Architecture · family</source>
        <translation>Architecture · famille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantization · size</source>
        <translation>Quantification · taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <comment>column: a model&apos;s context length in tokens</comment>
        <translation>Contexte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import a GGUF file…</source>
        <translation>Importer un fichier GGUF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import a GGUF file</source>
        <translation>Importer un fichier GGUF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended</source>
        <comment>tab: the recommended models</comment>
        <translation>Recommandés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <comment>tab: search the hub</comment>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloads</source>
        <comment>tab</comment>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this computer</source>
        <comment>tab: the models on this computer</comment>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{name}  ★ recommended</source>
        <translation>{name}  ★ recommandé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Searching for “{text}”…</source>
        <translation>Recherche de « {text} »…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n repository(ies)</source>
        <comment>search results</comment>
        <translation>
            <numerusform>%n dépôt</numerusform>
            <numerusform>%n dépôts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Download</source>
        <comment>button: download this file</comment>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download {name}</source>
        <translation>Télécharger {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not searched: search needs the internet.</source>
        <translation>Recherche impossible : la recherche nécessite Internet.</translation>
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
        <translation>Progression de {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause</source>
        <comment>button: pause a download</comment>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause download</source>
        <translation>Suspendre le téléchargement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <comment>button: resume a download</comment>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume download</source>
        <translation>Reprendre le téléchargement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <comment>button: retry a download</comment>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry download</source>
        <translation>Relancer le téléchargement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <comment>button: cancel a download</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+27"/>
        <source>Cancel download</source>
        <translation>Annuler le téléchargement</translation>
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
        <translation>{speed}, reste {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{status} — you are offline</source>
        <translation>{status} — vous êtes hors ligne</translation>
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
        <translation>Conserver le fichier partiel pour pouvoir reprendre le téléchargement plus tard ?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} (built-in)</source>
        <translation>{name} (intégré)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} · reasoning: {reasoning}</source>
        <translation>{kind} · raisonnement : {reasoning}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{parameters} parameters · {size}</source>
        <translation>{parameters} paramètres · {size}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use</source>
        <comment>button: use this model</comment>
        <translation>Utiliser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use {name}</source>
        <translation>Utiliser {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <comment>button: delete this model</comment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name}</source>
        <translation>Supprimer {name}</translation>
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
        <translation>toujours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <comment>a model&apos;s reasoning: it does not reason</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete model</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name} from this computer?

{path}</source>
        <translation>Supprimer {name} de cet ordinateur ?

{path}</translation>
    </message>
</context>
<context>
    <name>PartRow</name>
    <message>
        <location filename="../../ui/heavy_view.py" line="-577"/>
        <source>Shows or hides its reasoning and answer</source>
        <translation>Affiche ou masque son raisonnement et sa réponse</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>waiting</source>
        <comment>a candidate&apos;s or the judge&apos;s state: not started yet</comment>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>thinking…</source>
        <comment>a candidate&apos;s or the judge&apos;s state</comment>
        <translation>réflexion…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>answering…</source>
        <comment>a candidate&apos;s or the judge&apos;s state</comment>
        <translation>réponse en cours…</translation>
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
        <translation>Impossible de lire ou d’enregistrer vos conversations : {error}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{title} — not saving</source>
        <comment>window title: chats are not saved</comment>
        <translation>{title} — sans enregistrement</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Open a chat to export it.</source>
        <translation>Ouvrez une conversation pour l’exporter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export chat</source>
        <comment>dialog title</comment>
        <translation>Exporter la conversation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Include the model&apos;s reasoning?</source>
        <translation>Inclure le raisonnement du modèle ?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The chat could not be exported: {error}</source>
        <translation>Impossible d’exporter la conversation : {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to {path}</source>
        <translation>Conversation exportée vers {path}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>this model does not reason</source>
        <comment>why heavy mode is off</comment>
        <translation>ce modèle ne raisonne pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it runs on a server, which does not share the prompt&apos;s state</source>
        <comment>why heavy mode is off</comment>
        <translation>il s’exécute sur un serveur, qui ne partage pas l’état du prompt</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>This chat was written with {wanted}; {loaded} is loaded.</source>
        <translation>Cette conversation a été rédigée avec {wanted} ; {loaded} est chargé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to {model}</source>
        <translation>Passer à {model}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>context {used} / {size}</source>
        <comment>status bar: tokens of the context in use</comment>
        <translation>contexte {used} / {size}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{rate} · first token {time}</source>
        <comment>status bar: the last reply&apos;s speed</comment>
        <translation>{rate} · premier jeton en {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>context {size}</source>
        <comment>status bar: the context&apos;s size in tokens</comment>
        <translation>contexte {size}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deleted “{title}”.</source>
        <translation>Conversation « {title} » supprimée.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Message deleted.</source>
        <translation>Message supprimé.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n reply(ies) could not be saved. {problem} Free some space and try again, or quit without them.</source>
        <translation>
            <numerusform>%n réponse n’a pas pu être enregistrée. {problem} Libérez de l’espace et réessayez, ou quittez sans l’enregistrer.</numerusform>
            <numerusform>%n réponses n’ont pas pu être enregistrées. {problem} Libérez de l’espace et réessayez, ou quittez sans les enregistrer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ponder could not save everything</source>
        <translation>Ponder n’a pas pu tout enregistrer</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Updating your chats ({size}) for fast search. This happens once and may take a minute…</source>
        <translation>Mise à jour de vos conversations ({size}) pour accélérer la recherche. Cette opération n’a lieu qu’une fois et peut prendre une minute…</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <location filename="../../app/model_library.py" line="-179"/>
        <source>Accept and download</source>
        <translation>Accepter et télécharger</translation>
    </message>
    <message>
        <location filename="../../app/questions.py" line="+12"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/server_switch.py" line="+33"/>
        <source>Allow other computers</source>
        <translation>Autoriser les autres ordinateurs</translation>
    </message>
    <message>
        <location filename="../../app/startup.py" line="-125"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move it aside and start fresh</source>
        <translation>Mettre de côté et repartir de zéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue without saving</source>
        <translation>Continuer sans enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>ReasoningControl</name>
    <message>
        <location filename="../../ui/reasoning_control.py" line="+25"/>
        <source>How long the model may think before it answers, in tokens. When the budget runs out, the thought is closed gracefully and the model answers.</source>
        <translation>Nombre maximal de jetons que le modèle peut consacrer à la réflexion avant de répondre. Une fois le budget épuisé, la réflexion est close proprement et le modèle répond.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Off</source>
        <comment>thinking budget: no thinking</comment>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlimited</source>
        <comment>thinking budget: no limit</comment>
        <translation>Illimité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{thousands}k</source>
        <comment>a thinking budget of N×1024 tokens</comment>
        <translation>{thousands} k</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reasoning</source>
        <comment>label of the thinking budget control</comment>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reasoning budget</source>
        <translation>Budget de raisonnement</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This model does not reason.</source>
        <translation>Ce modèle ne raisonne pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n/a</source>
        <comment>thinking budget: the model cannot reason</comment>
        <translation>s.o.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available: {reason}</source>
        <translation>Indisponible : {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Off: this model always reasons, so its thought is closed as soon as it opens.</source>
        <translation>Désactivé : ce modèle raisonne toujours ; sa réflexion est donc close dès qu’elle commence.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: the model answers without thinking.</source>
        <translation>Désactivé : le modèle répond sans réfléchir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlimited: the model thinks as long as it needs.</source>
        <translation>Illimité : le modèle réfléchit aussi longtemps que nécessaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model thinks at most {tokens}, then answers.</source>
        <translation>Le modèle réfléchit au maximum {tokens}, puis répond.</translation>
    </message>
</context>
<context>
    <name>ReasoningPane</name>
    <message>
        <location filename="../../ui/reasoning_pane.py" line="+93"/>
        <source>Show or hide the reasoning</source>
        <translation>Afficher ou masquer le raisonnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the reasoning</source>
        <translation>Copier le raisonnement</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reasoning</source>
        <comment>accessible name of a reply&apos;s thought</comment>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Thinking… {seconds} · {tokens}</source>
        <comment>a live clock, then an estimated count of tokens</comment>
        <translation>Réflexion… {seconds} · {tokens}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thought for {seconds} · {tokens} · cut short: budget reached</source>
        <translation>Réflexion pendant {seconds} · {tokens} · écourtée : budget atteint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thought for {seconds} · {tokens} · cut short</source>
        <translation>Réflexion pendant {seconds} · {tokens} · écourtée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thought for {seconds} · {tokens}</source>
        <translation>Réflexion pendant {seconds} · {tokens}</translation>
    </message>
</context>
<context>
    <name>ServerSwitch</name>
    <message>
        <location filename="../../app/server_switch.py" line="+50"/>
        <source>The local server did not start: {error}</source>
        <translation>Le serveur local n’a pas démarré : {error}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Allow other computers?</source>
        <translation>Autoriser les autres ordinateurs ?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The local server&apos;s address was copied.</source>
        <translation>L’adresse du serveur local a été copiée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The API key was copied to the clipboard.</source>
        <translation>La clé API a été copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The engine is starting again; your message is answered once it is back.</source>
        <translation>Le moteur redémarre ; votre message recevra une réponse dès qu’il sera de nouveau disponible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local server is answering a request for {client}; your message is answered right after it.</source>
        <translation>Le serveur local traite une requête de {client} ; votre message recevra une réponse juste après.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local server is answering a request; your message is answered right after it.</source>
        <translation>Le serveur local traite une requête ; votre message recevra une réponse juste après.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n served</source>
        <comment>local server: requests answered</comment>
        <translation>
            <numerusform>%n requête traitée</numerusform>
            <numerusform>%n requêtes traitées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OpenAI-compatible API at {url}/v1. Every request needs the API key (Local server &gt; Show API key…).</source>
        <translation>API compatible OpenAI à l’adresse {url}/v1. Chaque requête nécessite la clé API (Serveur local &gt; Afficher la clé API…).</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>answering {client} (+%n waiting)</source>
        <comment>local server</comment>
        <translation>
            <numerusform>répond à {client} (+%n en attente)</numerusform>
            <numerusform>répond à {client} (+%n en attente)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>answering a client (+%n waiting)</source>
        <comment>local server</comment>
        <translation>
            <numerusform>répond à un client (+%n en attente)</numerusform>
            <numerusform>répond à un client (+%n en attente)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answering {client}</source>
        <comment>local server</comment>
        <translation>répond à {client}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answering a client</source>
        <comment>local server</comment>
        <translation>répond à un client</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server is open to other computers on your network. Anyone there who has the key can use your model, and the traffic is not encrypted: do this only on a network you trust.</source>
        <translation>Le serveur est ouvert aux autres ordinateurs de votre réseau. Toute personne qui y a accès et possède la clé peut utiliser votre modèle, et le trafic n’est pas chiffré : ne faites cela que sur un réseau de confiance.</translation>
    </message>
</context>
<context>
    <name>ServersController</name>
    <message>
        <location filename="../../app/servers_controller.py" line="+61"/>
        <source>not checked yet</source>
        <comment>a server&apos;s capabilities</comment>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checking the server failed unexpectedly ({kind}: {error}).</source>
        <translation>La vérification du serveur a échoué de façon inattendue ({kind} : {error}).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{server}: {problem}</source>
        <translation>{server} : {problem}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{server}: {warning}</source>
        <comment>a server&apos;s name, then what is wrong with it</comment>
        <translation>{server} : {warning}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The list of servers could not be saved: {error}</source>
        <translation>Impossible d’enregistrer la liste des serveurs : {error}</translation>
    </message>
</context>
<context>
    <name>ServersDialog</name>
    <message>
        <location filename="../../ui/servers_dialog.py" line="+64"/>
        <location line="+10"/>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Use a model that runs on another computer: a vLLM, SGLang, NVIDIA NIM, TensorRT-LLM or llama.cpp server speaking the OpenAI-compatible API. Conversations are sent only to servers you add here.</source>
        <translation>Utilisez un modèle qui s’exécute sur un autre ordinateur : un serveur vLLM, SGLang, NVIDIA NIM, TensorRT-LLM ou llama.cpp exposant l’API compatible OpenAI. Les conversations ne sont envoyées qu’aux serveurs que vous ajoutez ici.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No servers yet. Add one below.</source>
        <translation>Aucun serveur pour l’instant. Ajoutez-en un ci-dessous.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Use this model</source>
        <translation>&amp;Utiliser ce modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Check again</source>
        <comment>button: probe the server again</comment>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <comment>button: remove the chosen server</comment>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a server</source>
        <translation>Ajouter un serveur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>optional; kept in the system keyring</source>
        <translation>facultative ; conservée dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional: a CA bundle for a private certificate</source>
        <translation>facultatif : fichier de certificats CA pour un certificat privé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <comment>button: choose a file</comment>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;onnect</source>
        <comment>button: probe a new server</comment>
        <translation>C&amp;onnecter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Detect from the model&apos;s name</source>
        <translation>Détecter d’après le nom du modèle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <comment>button: add this server</comment>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <comment>a server&apos;s name</comment>
        <translation>Nom</translation>
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
        <translation>Clé API</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>CA file</source>
        <translation>Fichier CA</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Model</source>
        <comment>the server&apos;s model to use</comment>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family</source>
        <comment>a model&apos;s family</comment>
        <translation>Famille</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(no model chosen)</source>
        <translation>(aucun modèle choisi)</translation>
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
        <translation>Trouvé : {description}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{found}
The server lists no models.</source>
        <translation>{found}
Le serveur ne liste aucun modèle.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type the server&apos;s address first, e.g. {example}</source>
        <translation>Saisissez d’abord l’adresse du serveur, par exemple {example}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Certificates ({patterns})</source>
        <translation>Certificats ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files ({patterns})</source>
        <translation>Tous les fichiers ({patterns})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>server</source>
        <comment>a server&apos;s name when its address has none</comment>
        <translation>serveur</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/model_library.py" line="+5"/>
        <source>Settings could not be saved: {error}</source>
        <translation>Impossible d’enregistrer les paramètres : {error}</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="-131"/>
        <source>None</source>
        <comment>a system prompt preset</comment>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concise</source>
        <comment>a system prompt preset</comment>
        <translation>Concis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teacher</source>
        <comment>a system prompt preset</comment>
        <translation>Enseignant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coder</source>
        <comment>a system prompt preset</comment>
        <translation>Développeur</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+75"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>system</source>
        <comment>theme: follow the system&apos;s colours</comment>
        <translation>système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>light</source>
        <comment>theme</comment>
        <translation>clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dark</source>
        <comment>theme</comment>
        <translation>sombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <comment>interface language: the system&apos;s</comment>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new language is used the next time Ponder starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Ponder.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the reasoning open when the answer starts</source>
        <translation>Garder le raisonnement ouvert quand la réponse commence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse…</source>
        <comment>button: choose a folder</comment>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: make no network calls at all</source>
        <translation>Hors ligne : n’effectuer aucun appel réseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model search and downloads are off; the models on this computer still work.</source>
        <translation>La recherche et le téléchargement de modèles sont désactivés ; les modèles présents sur cet ordinateur fonctionnent toujours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <comment>the interface&apos;s language</comment>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+94"/>
        <source>Models folder</source>
        <translation>Dossier des modèles</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>General</source>
        <comment>settings tab</comment>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>model default</source>
        <comment>context size: the model&apos;s own</comment>
        <translation>valeur par défaut du modèle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>auto</source>
        <comment>GPU layers: chosen automatically</comment>
        <translation>automatique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one per physical core</source>
        <comment>CPU threads</comment>
        <translation>un par cœur physique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context size</source>
        <translation>Taille du contexte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU layers</source>
        <translation>Couches GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads</source>
        <translation>Threads CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget wrap-up</source>
        <comment>the sentence that ends a thought when its budget runs out</comment>
        <translation>Phrase de clôture du budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine</source>
        <comment>settings tab</comment>
        <translation>Moteur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasoning on</source>
        <comment>sampling settings group</comment>
        <translation>Raisonnement activé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reasoning off</source>
        <comment>sampling settings group</comment>
        <translation>Raisonnement désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to recommended</source>
        <translation>Rétablir les valeurs recommandées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sampling</source>
        <comment>settings tab</comment>
        <translation>Échantillonnage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <comment>button: add a system prompt preset</comment>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <comment>button: remove a system prompt preset</comment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>System prompts</source>
        <comment>settings tab</comment>
        <translation>Prompts système</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Preset {number}</source>
        <comment>a new system prompt preset&apos;s name</comment>
        <translation>Préréglage {number}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="+21"/>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New line in the message</source>
        <translation>Nouvelle ligne dans le message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the message box</source>
        <translation>Quitter la zone de saisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chat chosen with Up/Down</source>
        <translation>Ouvrir la conversation choisie avec Haut/Bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send an edited message</source>
        <translation>Envoyer un message modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel editing a message</source>
        <translation>Annuler la modification d’un message</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <comment>column: what a shortcut does</comment>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <comment>column: the keys of a shortcut</comment>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message numerus="yes">
        <location filename="../../ui/l10n.py" line="+24"/>
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln jeton</numerusform>
            <numerusform>%Ln jetons</numerusform>
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
        <translation>{seconds}&#xa0;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes}&#xa0;min {seconds}&#xa0;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}&#xa0;h {minutes}&#xa0;min</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{rate} tok/s</source>
        <translation>{rate}&#xa0;jetons/s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value}%</source>
        <translation>{value}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>UserMessage</name>
    <message>
        <location filename="../../ui/message_cards.py" line="+71"/>
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this message</source>
        <translation>Copier ce message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <comment>button: edit a message</comment>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit and resend this message</source>
        <translation>Modifier et renvoyer ce message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <comment>button: delete a message</comment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this message</source>
        <translation>Supprimer ce message</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Send</source>
        <comment>button: send a message</comment>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send the edited message</source>
        <translation>Envoyer le message modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send (Ctrl+Enter); later turns are replaced</source>
        <translation>Envoyer (Ctrl+Entrée) ; les échanges suivants sont remplacés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <comment>button: cancel editing</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
</context>
<context>
    <name>VersionNavigator</name>
    <message>
        <location line="-145"/>
        <source>Previous version</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next version</source>
        <translation>Version suivante</translation>
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
        <translation>Version {shown} sur {total}</translation>
    </message>
</context>
<context>
    <name>WaitingDots</name>
    <message>
        <location line="-49"/>
        <source>Waiting for the first token</source>
        <translation>En attente du premier jeton</translation>
    </message>
</context>
<context>
    <name>_SamplingGroup</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="-188"/>
        <source>{group}: {field}</source>
        <comment>a sampling setting&apos;s accessible name</comment>
        <translation>{group} : {field}</translation>
    </message>
</context>
</TS>
