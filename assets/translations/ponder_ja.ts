<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="+12"/>
        <source>Models you download come with their own licences, shown before the first download: NVIDIA&apos;s Nemotron models are under the NVIDIA Open Model License.</source>
        <translation>ダウンロードするモデルにはそれぞれ独自のライセンスがあり、初回のダウンロード前に表示されます。NVIDIA の Nemotron モデルには NVIDIA Open Model License が適用されます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Ponder</source>
        <translation>Ponder について</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private chat with reasoning models, on your own computer.</source>
        <translation>推論モデルとのプライベートなチャットを、あなたのコンピューター上で。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bundled components and their licences</source>
        <translation>同梱コンポーネントとそのライセンス</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <comment>of a bundled component</comment>
        <translation>バージョン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
</context>
<context>
    <name>AnswerLanguageControl</name>
    <message>
        <location filename="../../ui/answer_language_control.py" line="+20"/>
        <source>Answer language</source>
        <translation>回答の言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language the model answers in, for this chat. Automatic: the language of your message.</source>
        <translation>このチャットでモデルが回答する言語です。自動：メッセージと同じ言語で回答します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer in: automatic</source>
        <translation>回答言語：自動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer in: {language}</source>
        <translation>回答言語：{language}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason in English</source>
        <translation>英語で推論</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the model to think in English and answer in the chosen language. NVIDIA trained its multilingual reasoning this way, so it is often the more accurate choice.</source>
        <translation>モデルに英語で思考させ、選択した言語で回答させます。NVIDIA は多言語の推論をこの方法で学習させているため、多くの場合こちらの方が正確です。</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <location filename="../../ui/answer_view.py" line="+145"/>
        <source>Answer</source>
        <comment>accessible name of a reply&apos;s text</comment>
        <translation>回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer, still being written</source>
        <translation>回答（生成中）</translation>
    </message>
</context>
<context>
    <name>AssistantMessage</name>
    <message>
        <location filename="../../ui/message_cards.py" line="+55"/>
        <source>Interrupted: the engine stopped before the reply was complete.</source>
        <translation>中断：応答が完了する前にエンジンが停止しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <location line="+287"/>
        <source>Copy this reply</source>
        <translation>この応答をコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regenerate this reply</source>
        <translation>この応答を再生成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this reply again (the current one is kept as a version)</source>
        <translation>この応答をもう一度生成します（現在の応答は別のバージョンとして残ります）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <comment>button: delete a reply</comment>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this reply</source>
        <translation>この応答を削除</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>{tokens} · {rate} · first token {seconds}</source>
        <translation>{tokens} · {rate} · 最初のトークンまで {seconds}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>answered by {server}</source>
        <translation>応答元：{server}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>budget: {method}</source>
        <comment>how a server kept the thinking budget</comment>
        <translation>思考予算：{method}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Failed: {error}</source>
        <translation>失敗：{error}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed.</source>
        <translation>失敗しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupted: {error}</source>
        <translation>中断：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted: the server stopped sending.</source>
        <translation>中断：サーバーからの送信が止まりました。</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/notices.py" line="+43"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../app/chat_controller.py" line="+44"/>
        <source>The reply is kept in memory and will be saved as soon as that works again.</source>
        <translation>応答はメモリに保持されており、保存できるようになり次第保存されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message was not sent; it is back in the message box.</source>
        <translation>メッセージは送信されませんでした。メッセージ欄に戻してあります。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The chat could not be opened.</source>
        <translation>チャットを開けませんでした。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Older messages could not be read.</source>
        <translation>以前のメッセージを読み込めませんでした。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The change to this chat was not saved.</source>
        <translation>このチャットへの変更は保存されませんでした。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The chat was not deleted.</source>
        <translation>チャットは削除されませんでした。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The chat was not renamed.</source>
        <translation>チャットの名前は変更されませんでした。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The chat was not brought back.</source>
        <translation>チャットを復元できませんでした。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wait for the current reply to finish, or stop it first.</source>
        <translation>現在の応答が終わるまで待つか、先に停止してください。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing was regenerated.</source>
        <translation>再生成は行われませんでした。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The other version could not be shown.</source>
        <translation>別のバージョンを表示できませんでした。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The edited message was not saved or sent.</source>
        <translation>編集したメッセージは保存も送信もされませんでした。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The message was not deleted.</source>
        <translation>メッセージは削除されませんでした。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The message was not brought back.</source>
        <translation>メッセージを復元できませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That message can no longer be brought back.</source>
        <translation>このメッセージはもう復元できません。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No model is loaded yet. Choose a model in the toolbar.</source>
        <translation>モデルがまだ読み込まれていません。ツールバーでモデルを選択してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model is still loading; your message will be answered when it is ready.</source>
        <translation>モデルを読み込み中です。準備ができ次第、メッセージに回答します。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The reply was not started; Regenerate asks again.</source>
        <translation>応答は開始されませんでした。「再生成」でもう一度依頼できます。</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>the server&apos;s stream broke off</source>
        <translation>サーバーのストリームが途切れました</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Ponder was closed during the reply.</source>
        <translation>応答中に Ponder が終了しました。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The chat database did not finish saving in time.</source>
        <translation>チャットデータベースの保存が時間内に完了しませんでした。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{problem} {consequence}</source>
        <comment>what went wrong, then what it means</comment>
        <translation>{problem}{consequence}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chats are being saved again.</source>
        <translation>チャットの保存が再開されました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New chat</source>
        <comment>the title of a chat that has none yet</comment>
        <translation>新しいチャット</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../ui/chat_view.py" line="+100"/>
        <source>Type a message below to start.</source>
        <translation>下の欄にメッセージを入力して始めましょう。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading earlier messages…</source>
        <translation>以前のメッセージを読み込み中…</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <location filename="../../ui/markdown_render.py" line="+164"/>
        <source>Copy code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>code</source>
        <comment>header of a code block whose language is not named</comment>
        <translation>コード</translation>
    </message>
</context>
<context>
    <name>Components</name>
    <message>
        <location filename="../../app/components.py" line="+37"/>
        <source>not installed</source>
        <comment>a component&apos;s version</comment>
        <translation>未インストール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bundled</source>
        <comment>a component&apos;s version</comment>
        <translation>同梱</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>used unmodified as separate shared libraries, which you may replace with your own build</source>
        <translation>改変せずに独立した共有ライブラリとして使用（独自にビルドしたものに置き換え可能）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>via {package}</source>
        <comment>a component&apos;s version: it comes inside that package</comment>
        <translation>{package} に同梱</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the starter model, by Hugging Face</source>
        <translation>スターターモデル（Hugging Face 製）</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../ui/composer.py" line="+58"/>
        <source>No task preset</source>
        <translation>タスクプリセットなし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task: math</source>
        <translation>タスク：数学</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task: code</source>
        <translation>タスク：コード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task: science</source>
        <translation>タスク：科学</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Message Ponder…  (Shift+Enter: new line)</source>
        <translation>Ponder へのメッセージ…（Shift+Enter で改行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter sends, Shift+Enter starts a new line, Tab leaves the box</source>
        <translation>Enter で送信、Shift+Enter で改行、Tab で入力欄から移動します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <comment>accessible name of the box where the user writes</comment>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <comment>button: send the message</comment>
        <translation>送信</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <comment>button: stop the reply</comment>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the reply (Esc)</source>
        <translation>応答を停止（Esc）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer now</source>
        <translation>今すぐ回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop thinking and answer now</source>
        <translation>思考を止めて今すぐ回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop thinking and answer now (Ctrl+Shift+A)</source>
        <translation>思考を止めて今すぐ回答（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Task preset</source>
        <translation>タスクプリセット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model card&apos;s instruction for this kind of task, put before your question (Heavy mode&apos;s judge uses its math prompt for math and science)</source>
        <translation>モデルカードに記載された、この種類のタスク向けの指示を質問の前に付け加えます（ヘビーモードの審査では、数学と科学に数学用のプロンプトを使用します）</translation>
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
最終更新：{when}</translation>
    </message>
</context>
<context>
    <name>ConversationPanel</name>
    <message>
        <location line="+48"/>
        <source>Search chats</source>
        <translation>チャットを検索</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat (Ctrl+N)</source>
        <translation>新しいチャット（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chats</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter opens the chat, F2 renames it, Delete deletes it</source>
        <translation>Enter でチャットを開く、F2 で名前を変更、Delete で削除</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Rename</source>
        <comment>menu: rename a chat</comment>
        <translation>名前を変更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <comment>menu: delete a chat</comment>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <location filename="../../ui/answer_view.py" line="-113"/>
        <source>Copy</source>
        <comment>button: copy text to the clipboard</comment>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <comment>said for a moment after copying to the clipboard</comment>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <location filename="../../app/startup.py" line="+37"/>
        <source>Ponder can move it aside (renamed, nothing is deleted) and start with no chats.</source>
        <translation>Ponder はこれを名前を変えて退避し（何も削除されません）、チャットのない状態で起動できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ponder can run without saving: chats then last until you quit.</source>
        <translation>Ponder は保存せずに実行することもできます。その場合、チャットは終了するまでしか残りません。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Ponder is already open with the data folder {folder} (process {pid}). Use that window, or close it and start Ponder again.</source>
        <translation>Ponder はデータフォルダー {folder} を使用してすでに起動しています（プロセス {pid}）。そのウィンドウを使用するか、そちらを閉じてから Ponder をもう一度起動してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ponder is already open with the data folder {folder}. Use that window, or close it and start Ponder again.</source>
        <translation>Ponder はデータフォルダー {folder} を使用してすでに起動しています。そのウィンドウを使用するか、そちらを閉じてから Ponder をもう一度起動してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ponder cannot write in its data folder {folder} (the lock file {file} cannot be created). Check the folder&apos;s permissions.</source>
        <translation>Ponder がデータフォルダー {folder} に書き込めません（ロックファイル {file} を作成できません）。フォルダーのアクセス権を確認してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The damaged chat database was moved to {path}; Ponder started with no chats.</source>
        <translation>破損したチャットデータベースを {path} に移動しました。Ponder はチャットのない状態で起動しました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ponder cannot open your chats</source>
        <translation>Ponder でチャットを開けません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chats are not saved in this session; they last until you quit.</source>
        <translation>このセッションではチャットが保存されません。終了するまでしか残りません。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n reply(ies) were cut off when Ponder last closed; they are kept, marked interrupted.</source>
        <translation>
            <numerusform>前回 Ponder を終了したときに %n 件の応答が途中で切れました。これらは「中断」として残してあります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ponder cannot start</source>
        <translation>Ponder を起動できません</translation>
    </message>
</context>
<context>
    <name>DownloadsController</name>
    <message>
        <location filename="../../app/downloads_controller.py" line="+138"/>
        <source>Refused: {reason}.</source>
        <translation>拒否されました：{reason}。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Paused; the partial file is kept.</source>
        <translation>一時停止しました。途中までのファイルは保持されます。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled. The partial file is kept.</source>
        <translation>キャンセルしました。途中までのファイルは保持されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled. The partial file could not be removed: {error}.</source>
        <translation>キャンセルしました。途中までのファイルを削除できませんでした：{error}。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The search failed: {kind}: {error}</source>
        <translation>検索に失敗しました：{kind}: {error}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Stopped before it started.</source>
        <translation>開始前に停止しました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verified.</source>
        <comment>a downloaded model&apos;s checksum</comment>
        <translation>検証済みです。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The download failed ({kind}): {error}: {file}.</source>
        <translation>ダウンロードに失敗しました（{kind}）：{error}: {file}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The download failed ({kind}): {error}.</source>
        <translation>ダウンロードに失敗しました（{kind}）：{error}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download failed unexpectedly: {kind}: {error}</source>
        <translation>ダウンロードが予期せず失敗しました：{kind}: {error}</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../../engine/backend_info.py" line="+47"/>
        <source>CPU: this build of Ponder has no GPU support; install the CUDA build to use the {gpus}</source>
        <translation>CPU：この Ponder のビルドは GPU に対応していません。{gpus} を使用するには CUDA 版をインストールしてください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{backend}: all {layers} layers on {where}</source>
        <translation>{backend}：全 {layers} レイヤーを {where} で実行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{backend} and CPU: {layers} of {total} layers on {where}; the rest did not fit in GPU memory</source>
        <translation>{backend} と CPU：{total} レイヤー中 {layers} レイヤーを {where} で実行。残りは GPU メモリに収まりませんでした</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{backend} and CPU: {layers} of {total} layers on {where}; as set in Settings</source>
        <translation>{backend} と CPU：{total} レイヤー中 {layers} レイヤーを {where} で実行（設定による指定）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU: the NVIDIA driver is too old for this build&apos;s CUDA; update the driver</source>
        <translation>CPU：NVIDIA ドライバーがこのビルドの CUDA に対して古すぎます。ドライバーを更新してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CPU: the model did not fit in GPU memory</source>
        <translation>CPU：モデルが GPU メモリに収まりませんでした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU: GPU layers are set to 0 in Settings</source>
        <translation>CPU：設定で GPU レイヤー数が 0 になっています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU: no NVIDIA GPU or driver was found</source>
        <translation>CPU：NVIDIA GPU またはドライバーが見つかりません</translation>
    </message>
    <message>
        <location filename="../../engine/catalog.py" line="+14"/>
        <source>fits on GPU</source>
        <translation>GPU に収まる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partial offload</source>
        <translation>一部をオフロード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU only (slow)</source>
        <translation>CPU のみ（低速）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not fit</source>
        <translation>収まらない</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + {overhead:.1f} overhead); {free:.1f} GiB free on {gpu}</source>
        <translation>必要量 {need:.1f} GiB（重み {weights:.1f} + {ctx:,} トークン分の KV cache {kv:.2f} + オーバーヘッド {overhead:.1f}）。{gpu} の空きは {free:.1f} GiB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + {overhead:.1f} overhead); about {share:.0%} of the layers fit in {free:.1f} GiB of GPU memory</source>
        <translation>必要量 {need:.1f} GiB（重み {weights:.1f} + {ctx:,} トークン分の KV cache {kv:.2f} + オーバーヘッド {overhead:.1f}）。GPU メモリの空き {free:.1f} GiB に収まるのはレイヤーの約 {share:.0%}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + {overhead:.1f} overhead); no NVIDIA GPU found, {ram:.1f} GiB RAM free</source>
        <translation>必要量 {need:.1f} GiB（重み {weights:.1f} + {ctx:,} トークン分の KV cache {kv:.2f} + オーバーヘッド {overhead:.1f}）。NVIDIA GPU が見つからず、RAM の空きは {ram:.1f} GiB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + {overhead:.1f} overhead); too big for the GPU, {ram:.1f} GiB RAM free</source>
        <translation>必要量 {need:.1f} GiB（重み {weights:.1f} + {ctx:,} トークン分の KV cache {kv:.2f} + オーバーヘッド {overhead:.1f}）。GPU には大きすぎ、RAM の空きは {ram:.1f} GiB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs {need:.1f} GiB ({weights:.1f} weights + {kv:.2f} KV cache at {ctx:,} tokens + {overhead:.1f} overhead); only {free:.1f} GiB GPU + {ram:.1f} GiB RAM free</source>
        <translation>必要量 {need:.1f} GiB（重み {weights:.1f} + {ctx:,} トークン分の KV cache {kv:.2f} + オーバーヘッド {overhead:.1f}）。空きは GPU {free:.1f} GiB + RAM {ram:.1f} GiB のみ</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{model} is released by NVIDIA under the {licence}. Read it at {url} and {llama_url}. Downloading the model means you accept its terms.</source>
        <translation>{model} は NVIDIA により {licence} のもとで公開されています。{url} および {llama_url} で内容をご確認ください。モデルをダウンロードすると、その条件に同意したものとみなされます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} is released by NVIDIA under the {licence}. Read it at {url}. Downloading the model means you accept its terms.</source>
        <translation>{model} は NVIDIA により {licence} のもとで公開されています。{url} で内容をご確認ください。モデルをダウンロードすると、その条件に同意したものとみなされます。</translation>
    </message>
    <message>
        <location filename="../../engine/client.py" line="+34"/>
        <source>the engine process is not running</source>
        <translation>エンジンプロセスが実行されていません</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The engine process stopped unexpectedly: it was killed by signal {signal}. Last words: {words}</source>
        <translation>エンジンプロセスが予期せず停止しました：シグナル {signal} で強制終了されました。最後の出力：{words}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine process stopped unexpectedly: it was killed by signal {signal}.</source>
        <translation>エンジンプロセスが予期せず停止しました：シグナル {signal} で強制終了されました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine process stopped unexpectedly: it was killed by {signal}. Last words: {words}</source>
        <translation>エンジンプロセスが予期せず停止しました：{signal} で強制終了されました。最後の出力：{words}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine process stopped unexpectedly: it was killed by {signal}.</source>
        <translation>エンジンプロセスが予期せず停止しました：{signal} で強制終了されました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine process stopped unexpectedly: it exited with code {code}. Last words: {words}</source>
        <translation>エンジンプロセスが予期せず停止しました：終了コード {code} で終了しました。最後の出力：{words}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine process stopped unexpectedly: it exited with code {code}.</source>
        <translation>エンジンプロセスが予期せず停止しました：終了コード {code} で終了しました。</translation>
    </message>
    <message>
        <location filename="../../engine/downloads.py" line="+151"/>
        <source>HF_ENDPOINT {url} is not an http(s) address.</source>
        <translation>HF_ENDPOINT {url} は http(s) のアドレスではありません。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{hub} did not answer about {file} within {seconds:.0f} s; try again later.</source>
        <translation>{hub} から {file} について {seconds:.0f} 秒以内に応答がありませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{hub} did not answer the request within {seconds:.0f} s; try again later.</source>
        <translation>{hub} からリクエストへの応答が {seconds:.0f} 秒以内にありませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Offline mode is on: Ponder makes no network calls.</source>
        <translation>オフラインモードがオンです。Ponder はネットワーク通信を一切行いません。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{file} has no SHA-256 checksum on the hub, so it cannot be verified; Ponder does not use unverified models.</source>
        <translation>{file} にはハブ上に SHA-256 チェックサムがないため、検証できません。Ponder は検証されていないモデルを使用しません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{repo} needs a Hugging Face token with access, and its licence may have to be accepted first at {page}.</source>
        <translation>{repo} にはアクセス権のある Hugging Face トークンが必要です。また、先に {page} でライセンスに同意する必要がある場合があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file list was not found in {repo}.</source>
        <translation>{repo} にファイル一覧が見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hub is busy (HTTP {code}); try again in {seconds:.0f} s.</source>
        <translation>ハブが混雑しています（HTTP {code}）。{seconds:.0f} 秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hub is busy (HTTP {code}); try again later.</source>
        <translation>ハブが混雑しています（HTTP {code}）。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hub answered HTTP {code} for the file list.</source>
        <translation>ハブがファイル一覧に対して HTTP {code} を返しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hub answered HTTP {code} for {file}.</source>
        <translation>ハブが {file} に対して HTTP {code} を返しました。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The hub&apos;s answer was larger than {mib} MiB; it was not read.</source>
        <translation>ハブからの応答が {mib} MiB を超えていたため、読み込みませんでした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hub sent an answer that is not valid JSON.</source>
        <translation>ハブから有効な JSON ではない応答が返されました。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The hub sent an unreadable file list for {repo}.</source>
        <translation>ハブから返された {repo} のファイル一覧を読み取れません。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{file} is empty on the hub; it is not a model.</source>
        <translation>ハブ上の {file} は空です。モデルではありません。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{file} failed verification (SHA-256 mismatch); the download was deleted. Try again.</source>
        <translation>{file} の検証に失敗しました（SHA-256 が一致しません）。ダウンロードしたファイルは削除されました。もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot move the verified download to {target}: {reason}; the verified file is kept as {part}.</source>
        <translation>検証済みのダウンロードを {target} に移動できません：{reason}。検証済みのファイルは {part} として保持されています。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot check the free space in {folder}: {reason}.</source>
        <translation>{folder} の空き容量を確認できません：{reason}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not enough disk space: {need:.2f} GiB needed, {free:.2f} GiB free in {folder}.</source>
        <translation>ディスクの空き容量が不足しています：{need:.2f} GiB 必要ですが、{folder} の空きは {free:.2f} GiB です。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{file}: Ponder does not follow the server&apos;s redirects (a loop, more than {max}, or not to an http(s) address).</source>
        <translation>{file}：Ponder はサーバーのリダイレクトをたどりません（ループ、{max} 回を超えるリダイレクト、または http(s) 以外のアドレスへのリダイレクト）。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The disk is full; the partial file is kept and the download resumes when space is free.</source>
        <translation>ディスクがいっぱいです。途中までのファイルは保持され、空き容量ができるとダウンロードを再開します。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>no answer within {seconds:.0f} s; retrying in {wait:.0f} s</source>
        <translation>{seconds:.0f} 秒以内に応答がありません。{wait:.0f} 秒後に再試行します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data for {seconds:.0f} s; retrying in {wait:.0f} s</source>
        <translation>{seconds:.0f} 秒間データが届いていません。{wait:.0f} 秒後に再試行します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slower than {rate:.0f} KiB/s for {seconds:.0f} s; retrying in {wait:.0f} s</source>
        <translation>{seconds:.0f} 秒間 {rate:.0f} KiB/s を下回っています。{wait:.0f} 秒後に再試行します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP {code}; retrying in {wait:.0f} s</source>
        <translation>HTTP {code}。{wait:.0f} 秒後に再試行します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server did not resume at the right place; retrying in {wait:.0f} s</source>
        <translation>サーバーが正しい位置から再開しませんでした。{wait:.0f} 秒後に再試行します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection closed early; retrying in {wait:.0f} s</source>
        <translation>接続が途中で切れました。{wait:.0f} 秒後に再試行します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its name could not be looked up; retrying in {wait:.0f} s</source>
        <translation>名前を解決できませんでした。{wait:.0f} 秒後に再試行します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection was refused; retrying in {wait:.0f} s</source>
        <translation>接続が拒否されました。{wait:.0f} 秒後に再試行します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it did not answer; retrying in {wait:.0f} s</source>
        <translation>応答がありませんでした。{wait:.0f} 秒後に再試行します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the network is unreachable; retrying in {wait:.0f} s</source>
        <translation>ネットワークに到達できません。{wait:.0f} 秒後に再試行します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}; retrying in {wait:.0f} s</source>
        <translation>{reason}。{wait:.0f} 秒後に再試行します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The download kept failing (no answer within {seconds:.0f} s); the partial file is kept and will resume next time.</source>
        <translation>ダウンロードの失敗が続きました（{seconds:.0f} 秒以内に応答なし）。途中までのファイルは保持され、次回再開されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (no data for {seconds:.0f} s); the partial file is kept and will resume next time.</source>
        <translation>ダウンロードの失敗が続きました（{seconds:.0f} 秒間データなし）。途中までのファイルは保持され、次回再開されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (slower than {rate:.0f} KiB/s for {seconds:.0f} s); the partial file is kept and will resume next time.</source>
        <translation>ダウンロードの失敗が続きました（{seconds:.0f} 秒間 {rate:.0f} KiB/s 未満）。途中までのファイルは保持され、次回再開されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (HTTP {code}); the partial file is kept and will resume next time.</source>
        <translation>ダウンロードの失敗が続きました（HTTP {code}）。途中までのファイルは保持され、次回再開されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (the server did not resume at the right place); the partial file is kept and will resume next time.</source>
        <translation>ダウンロードの失敗が続きました（サーバーが正しい位置から再開しなかった）。途中までのファイルは保持され、次回再開されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (the connection closed early); the partial file is kept and will resume next time.</source>
        <translation>ダウンロードの失敗が続きました（接続が途中で切れた）。途中までのファイルは保持され、次回再開されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (its name could not be looked up); the partial file is kept and will resume next time.</source>
        <translation>ダウンロードの失敗が続きました（名前を解決できなかった）。途中までのファイルは保持され、次回再開されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (the connection was refused); the partial file is kept and will resume next time.</source>
        <translation>ダウンロードの失敗が続きました（接続が拒否された）。途中までのファイルは保持され、次回再開されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (it did not answer); the partial file is kept and will resume next time.</source>
        <translation>ダウンロードの失敗が続きました（応答がなかった）。途中までのファイルは保持され、次回再開されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing (the network is unreachable); the partial file is kept and will resume next time.</source>
        <translation>ダウンロードの失敗が続きました（ネットワークに到達できない）。途中までのファイルは保持され、次回再開されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download kept failing ({reason}); the partial file is kept and will resume next time.</source>
        <translation>ダウンロードの失敗が続きました（{reason}）。途中までのファイルは保持され、次回再開されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach {hub}: its name could not be looked up. Check the internet connection; models on this computer still work.</source>
        <translation>{hub} に接続できません：名前を解決できませんでした。インターネット接続を確認してください。このコンピューター上のモデルは引き続き使用できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach {hub}: the connection was refused. Check the internet connection; models on this computer still work.</source>
        <translation>{hub} に接続できません：接続が拒否されました。インターネット接続を確認してください。このコンピューター上のモデルは引き続き使用できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach {hub}: it did not answer. Check the internet connection; models on this computer still work.</source>
        <translation>{hub} に接続できません：応答がありませんでした。インターネット接続を確認してください。このコンピューター上のモデルは引き続き使用できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach {hub}: the network is unreachable. Check the internet connection; models on this computer still work.</source>
        <translation>{hub} に接続できません：ネットワークに到達できません。インターネット接続を確認してください。このコンピューター上のモデルは引き続き使用できます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The download was cancelled; the partial file is kept.</source>
        <translation>ダウンロードはキャンセルされました。途中までのファイルは保持されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} was not found in {repo}.</source>
        <translation>{repo} に {file} が見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path} に書き込めません：{reason}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}: the server redirected from https to plain http, which Ponder does not follow.</source>
        <translation>{file}：サーバーが https から暗号化されていない http にリダイレクトしました。Ponder はこのリダイレクトをたどりません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: the server redirected to a {scheme}: address, which Ponder does not follow.</source>
        <translation>{file}：サーバーが {scheme}: のアドレスにリダイレクトしました。Ponder はこのリダイレクトをたどりません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: the server redirected to a relative: address, which Ponder does not follow.</source>
        <translation>{file}：サーバーが相対アドレスにリダイレクトしました。Ponder はこのリダイレクトをたどりません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The hub declared no valid size for {file} ({value}); it cannot be downloaded safely.</source>
        <translation>ハブが {file} の有効なサイズを示していません（{value}）。安全にダウンロードできません。</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Cannot reach {hub}: the server redirected from https to plain http, which Ponder does not follow</source>
        <translation>{hub} に接続できません：サーバーが https から暗号化されていない http にリダイレクトしました。Ponder はこのリダイレクトをたどりません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach {hub}: the server redirected to a {scheme}: address, which Ponder does not follow</source>
        <translation>{hub} に接続できません：サーバーが {scheme}: のアドレスにリダイレクトしました。Ponder はこのリダイレクトをたどりません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach {hub}: the server redirected to a relative: address, which Ponder does not follow</source>
        <translation>{hub} に接続できません：サーバーが相対アドレスにリダイレクトしました。Ponder はこのリダイレクトをたどりません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach {hub}: {reason}</source>
        <translation>{hub} に接続できません：{reason}</translation>
    </message>
    <message>
        <location filename="../../engine/genselect.py" line="+111"/>
        <source>unfinished</source>
        <translation>未完了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>longer than {limit:,} characters</source>
        <translation>{limit:,} 文字を超えています</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>no usable candidate</source>
        <translation>使用できる候補がありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>picked {number} of {total} · by judgment</source>
        <translation>候補 {number}（全 {total} 件）を選択 · 審査による</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>picked {number} of {total} · by majority vote ({votes} agree)</source>
        <translation>候補 {number}（全 {total} 件）を選択 · 多数決（{votes} 件が一致）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>picked {number} of {total} · no verdict and no comparable final answers: the first one shown</source>
        <translation>候補 {number}（全 {total} 件）を選択 · 判定がなく比較できる最終回答もないため、最初の候補を表示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>picked {number} of {total} · the only usable one</source>
        <translation>候補 {number}（全 {total} 件）を選択 · 唯一使用できる候補</translation>
    </message>
    <message>
        <location filename="../../engine/gguf_meta.py" line="+128"/>
        <source>{name}: the file is truncated (its header ends early)</source>
        <translation>{name}：ファイルが切り詰められています（ヘッダーが途中で終わっています）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: its header is corrupt (a string of {size:,} bytes)</source>
        <translation>{name}：ヘッダーが破損しています（{size:,} バイトの文字列）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: malformed metadata: {key} has an unknown value type ({type})</source>
        <translation>{name}：メタデータが不正です：{key} の値の型が不明です（{type}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: malformed metadata: {key} is an array of arrays, which GGUF does not allow</source>
        <translation>{name}：メタデータが不正です：{key} は配列の配列ですが、GGUF では許可されていません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: malformed metadata: {key} is an array of an unknown type ({type})</source>
        <translation>{name}：メタデータが不正です：{key} は不明な型の配列です（{type}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: malformed metadata: {key} lists {count:,} strings (at most {limit:,}; real vocabularies have under {real:,})</source>
        <translation>{name}：メタデータが不正です：{key} に {count:,} 個の文字列があります（上限は {limit:,}。実際の語彙は {real:,} 未満です）</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{name}: malformed metadata: {key} must be a whole number from 0 to {high:,}, not {value}</source>
        <translation>{name}：メタデータが不正です：{key} は 0 から {high:,} までの整数である必要があります（値：{value}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: malformed metadata: {key} must be a whole number from 0 to {high:,}, not a list ({count:,} items)</source>
        <translation>{name}：メタデータが不正です：{key} は 0 から {high:,} までの整数である必要がありますが、リスト（{count:,} 項目）です</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name}: malformed metadata: {key} must be text, not {value}</source>
        <translation>{name}：メタデータが不正です：{key} はテキストである必要があります（値：{value}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: malformed metadata: {key} must be text, not a list ({count:,} items)</source>
        <translation>{name}：メタデータが不正です：{key} はテキストである必要がありますが、リスト（{count:,} 項目）です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: malformed metadata: {key} is {length:,} characters long (at most {limit:,})</source>
        <translation>{name}：メタデータが不正です：{key} の長さが {length:,} 文字あります（上限は {limit:,}）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: malformed metadata: {key} has {count:,} per-layer values (at most {limit})</source>
        <translation>{name}：メタデータが不正です：{key} にレイヤーごとの値が {count:,} 個あります（上限は {limit}）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: malformed metadata: {key} must be true or false, not {value}</source>
        <translation>{name}：メタデータが不正です：{key} は真偽値である必要があります（値：{value}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: malformed metadata: {key} must be true or false, not a list ({count:,} items)</source>
        <translation>{name}：メタデータが不正です：{key} は真偽値である必要がありますが、リスト（{count:,} 項目）です</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: malformed metadata: {key} must be stored as uint32 (GGUF type {expected}), not as type {type}</source>
        <translation>{name}：メタデータが不正です：{key} は uint32（GGUF の型 {expected}）として格納されている必要がありますが、型 {type} です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: malformed metadata: {key} must be a power of two, not {value}</source>
        <translation>{name}：メタデータが不正です：{key} は 2 のべき乗である必要があります（値：{value}）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: malformed metadata: {key} must be a list of strings, not {value}</source>
        <translation>{name}：メタデータが不正です：{key} は文字列のリストである必要があります（値：{value}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: malformed metadata: {key} must be a list of strings, not a list ({count:,} items)</source>
        <translation>{name}：メタデータが不正です：{key} は文字列のリストである必要がありますが、別のリスト（{count:,} 項目）です</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no such file: {path}</source>
        <translation>ファイルがありません：{path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>cannot read {path}: {reason}</source>
        <translation>{path} を読み取れません：{reason}</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>{path} is a folder, not a GGUF model file</source>
        <translation>{path} はフォルダーです。GGUF モデルファイルではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a pipe, socket or device, not a GGUF model file</source>
        <translation>{path} はパイプ、ソケット、またはデバイスです。GGUF モデルファイルではありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is not a GGUF model (only {size} bytes)</source>
        <translation>{name} は GGUF モデルではありません（{size} バイトしかありません）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a GGUF model file (wrong magic bytes)</source>
        <translation>{name} は GGUF モデルファイルではありません（マジックバイトが一致しません）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name}: malformed metadata ({error})</source>
        <translation>{name}：メタデータが不正です（{error}）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: GGUF version {version} is not supported</source>
        <translation>{name}：GGUF バージョン {version} には対応していません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: its header is corrupt ({tensors:,} tensors, {keys:,} metadata keys)</source>
        <translation>{name}：ヘッダーが破損しています（テンソル {tensors:,} 個、メタデータキー {keys:,} 個）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}: malformed metadata: an empty or repeated key ({key})</source>
        <translation>{name}：メタデータが不正です：空または重複したキーがあります（{key}）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: its tensor table is corrupt (a tensor with {dims:,} dimensions)</source>
        <translation>{name}：テンソルテーブルが破損しています（{dims:,} 次元のテンソル）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: its tensor table is corrupt (a tensor larger than any computer can hold)</source>
        <translation>{name}：テンソルテーブルが破損しています（どのコンピューターにも収まらないほど大きなテンソル）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}: the file is truncated: {missing:,} bytes of weights are missing (an interrupted download?)</source>
        <translation>{name}：ファイルが切り詰められています：重みの {missing:,} バイトが欠けています（ダウンロードが中断された可能性があります）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: it does not name its architecture ({key})</source>
        <translation>{name}：アーキテクチャが指定されていません（{key}）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: malformed metadata: {key} is {id:,}, but the vocabulary has only {count:,} tokens</source>
        <translation>{name}：メタデータが不正です：{key} は {id:,} ですが、語彙には {count:,} トークンしかありません</translation>
    </message>
    <message>
        <location filename="../../engine/hardware.py" line="+97"/>
        <source>nvidia-smi did not answer ({error})</source>
        <translation>nvidia-smi が応答しませんでした（{error}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nvidia-smi failed: {output}</source>
        <translation>nvidia-smi が失敗しました：{output}</translation>
    </message>
    <message>
        <location filename="../../engine/heavy.py" line="+108"/>
        <source>Heavy mode samples its candidates: temperature {temperature} is used instead of greedy decoding.</source>
        <translation>ヘビーモードでは候補をサンプリングで生成するため、貪欲デコードではなく温度 {temperature} を使用します。</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>stopped while judging; no answer</source>
        <translation>審査中に停止。回答なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped while judging; candidate {number} kept</source>
        <translation>審査中に停止。候補 {number} を保持</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped after {usable} usable candidate(s); no answer</source>
        <translation>使用できる候補 {usable} 件の時点で停止。回答なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped after {usable} usable candidate(s); candidate {number} kept</source>
        <translation>使用できる候補 {usable} 件の時点で停止。候補 {number} を保持</translation>
    </message>
    <message>
        <location filename="../../engine/limits.py" line="+55"/>
        <source>{setting} must be a sentence of at most {limit} characters</source>
        <translation>{setting} は {limit} 文字以内の文にしてください</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a context of {n_ctx:,} tokens is more than {model} was trained for ({trained:,} tokens)</source>
        <translation>{n_ctx:,} トークンのコンテキストは、{model} の学習時のコンテキスト長（{trained:,} トークン）を超えています</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a context of {n_ctx:,} tokens needs about {need:.1f} GiB for its KV cache, but only {memory:.1f} GiB of memory is free (RAM and GPU together); the largest context that fits is {fits:,} tokens</source>
        <translation>{n_ctx:,} トークンのコンテキストには KV cache 用に約 {need:.1f} GiB が必要ですが、空きメモリ（RAM と GPU の合計）は {memory:.1f} GiB しかありません。収まる最大のコンテキストは {fits:,} トークンです</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>threads must be a whole number from 0 to {cpus:,}, not {value} (this computer has {cpus} CPUs; 0 uses one thread per physical core)</source>
        <translation>スレッド数は 0 から {cpus:,} までの整数で指定してください（指定値：{value}）。このコンピューターの CPU 数は {cpus} です。0 を指定すると物理コアごとに 1 スレッドを使用します</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>GPU layers must be &apos;auto&apos;, -1 (all) or a number of layers, not {value}</source>
        <translation>GPU レイヤー数は「auto」、-1（すべて）、またはレイヤー数で指定してください（指定値：{value}）</translation>
    </message>
    <message>
        <location filename="../../engine/llama_backend.py" line="+159"/>
        <source>the model&apos;s file name {path} is not valid UTF-8, which llama.cpp cannot open; rename the file</source>
        <translation>モデルのファイル名 {path} は有効な UTF-8 ではないため、llama.cpp で開けません。ファイル名を変更してください</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>could not load {name}: {reason}</source>
        <translation>{name} を読み込めませんでした：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loading with all GPU layers failed ({reason}); retrying with fewer</source>
        <translation>すべてのレイヤーを GPU に載せての読み込みに失敗しました（{reason}）。レイヤー数を減らして再試行します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading with {layers} GPU layers failed ({reason}); retrying with fewer</source>
        <translation>GPU レイヤー数 {layers} での読み込みに失敗しました（{reason}）。レイヤー数を減らして再試行します</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>the model&apos;s chat template produced an empty prompt, so there is nothing to answer; the template in the model file is broken</source>
        <translation>モデルのチャットテンプレートが空のプロンプトを生成したため、回答する内容がありません。モデルファイル内のテンプレートが壊れています</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the message is too long: the prompt needs more characters than any context holds but the context holds {n_ctx:,} (with {reserve:,} kept for the reply). Shorten it or raise the context size.</source>
        <translation>メッセージが長すぎます：プロンプトの文字数がどのコンテキストにも収まらないほど多くなっています（コンテキストは {n_ctx:,} トークンで、うち {reserve:,} トークンは応答用です）。メッセージを短くするか、コンテキストサイズを大きくしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the message is too long: the prompt needs {tokens:,} tokens but the context holds {n_ctx:,} (with {reserve:,} kept for the reply). Shorten it or raise the context size.</source>
        <translation>メッセージが長すぎます：プロンプトには {tokens:,} トークンが必要ですが、コンテキストは {n_ctx:,} トークンです（うち {reserve:,} トークンは応答用）。メッセージを短くするか、コンテキストサイズを大きくしてください。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>llama.cpp failed to evaluate the prompt: {error}</source>
        <translation>llama.cpp がプロンプトの評価に失敗しました：{error}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>no model is loaded</source>
        <translation>モデルが読み込まれていません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the message is empty</source>
        <translation>メッセージが空です</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the conversation no longer fits the context: the oldest {dropped} message(s) were left out</source>
        <translation>会話がコンテキストに収まりません：古いメッセージ {dropped} 件を除外しました</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>llama.cpp could not restore the prompt&apos;s state for the next candidate</source>
        <translation>llama.cpp が次の候補のためにプロンプトの状態を復元できませんでした</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>llama.cpp could not cut the cache back to the prompt for the next candidate</source>
        <translation>llama.cpp が次の候補のためにキャッシュをプロンプトの位置まで戻せませんでした</translation>
    </message>
    <message>
        <location filename="../../engine/local_models.py" line="+82"/>
        <source>cannot read this folder: {reason}</source>
        <translation>このフォルダーを読み取れません：{reason}</translation>
    </message>
    <message>
        <location filename="../../engine/paths.py" line="+43"/>
        <source>Ponder&apos;s data folder {folder} cannot be used: {blocker} is a file, not a folder. Move that file away, or set PONDER_HOME to another folder.</source>
        <translation>Ponder のデータフォルダー {folder} を使用できません：{blocker} がフォルダーではなくファイルです。そのファイルを移動するか、PONDER_HOME に別のフォルダーを設定してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ponder&apos;s data folder {folder} cannot be created ({reason}). Check its permissions, or set PONDER_HOME to another folder.</source>
        <translation>Ponder のデータフォルダー {folder} を作成できません（{reason}）。アクセス権を確認するか、PONDER_HOME に別のフォルダーを設定してください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ponder&apos;s models folder {folder} is a file, not a folder. Move that file away.</source>
        <translation>Ponder のモデルフォルダー {folder} がフォルダーではなくファイルです。そのファイルを移動してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ponder&apos;s models folder {folder} cannot be created ({reason}).</source>
        <translation>Ponder のモデルフォルダー {folder} を作成できません（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../engine/profiles.py" line="+125"/>
        <source>the task {task} has no preset for {label} models (presets: none)</source>
        <translation>タスク {task} には{label}用のプリセットがありません（プリセット：なし）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the task {task} has no preset for {label} models (presets: {known})</source>
        <translation>タスク {task} には{label}用のプリセットがありません（プリセット：{known}）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Thinking model</source>
        <translation>思考モデル</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Chat model</source>
        <translation>チャットモデル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this model does not reason: the reasoning controls are off</source>
        <translation>このモデルは推論しないため、推論の設定は無効です</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown model family {family} (known: {names})</source>
        <translation>不明なモデルファミリー {family}（既知のファミリー：{names}）</translation>
    </message>
    <message>
        <location filename="../../engine/remote.py" line="+284"/>
        <source>{host} does not serve the model {model}. Its models: none.</source>
        <translation>{host} はモデル {model} を提供していません。提供中のモデル：なし。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} does not serve the model {model}. Its models: {models}.</source>
        <translation>{host} はモデル {model} を提供していません。提供中のモデル：{models}。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No chat template is known for {model}: a thinking budget will be sent to the server but cannot be enforced by Ponder if the server ignores it.</source>
        <translation>{model} のチャットテンプレートが不明です。思考予算はサーバーに送信されますが、サーバーがそれを無視した場合、Ponder 側では強制できません。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Heavy mode runs on a local model only: it continues every candidate from one evaluated prompt, which a server does not share. Turn Heavy off or choose a local model.</source>
        <translation>ヘビーモードはローカルモデルでのみ動作します。すべての候補を 1 回評価したプロンプトから続けて生成するため、その状態を共有しないサーバーでは使用できません。ヘビーモードをオフにするか、ローカルモデルを選択してください。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The budget cannot be applied: {server} takes no budget field and no chat template is known for {model}. Choose the model&apos;s family for this server.</source>
        <translation>思考予算を適用できません：{server} は予算のフィールドを受け付けず、{model} のチャットテンプレートも不明です。このサーバーに対してモデルのファミリーを選択してください。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{host} offers no usable /v1/completions: {error}</source>
        <translation>{host} には使用可能な /v1/completions がありません：{error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the conversation is too long for {model} on {host}: its context holds {context:,} tokens. Start a new chat or shorten the message.</source>
        <translation>{host} 上の {model} には会話が長すぎます：コンテキストは {context:,} トークンです。新しいチャットを始めるか、メッセージを短くしてください。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Answer now is not possible here: no chat template is known for {model}. Choose the model&apos;s family for this server.</source>
        <translation>ここでは「今すぐ回答」を使用できません：{model} のチャットテンプレートが不明です。このサーバーに対してモデルのファミリーを選択してください。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The reply from {host} broke off: {error} What arrived is kept.</source>
        <translation>{host} からの応答が途切れました：{error} 受信済みの部分は保持されます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The reply from {host} ended without finishing (the stream was cut). What arrived is kept.</source>
        <translation>{host} からの応答が完了せずに終わりました（ストリームが切断されました）。受信済みの部分は保持されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} aborted the reply. What arrived is kept.</source>
        <translation>{host} が応答を中止しました。受信済みの部分は保持されます。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{host} ignored the thinking budget field; Ponder ended the reasoning itself.</source>
        <translation>{host} が思考予算のフィールドを無視したため、Ponder が推論を終了させました。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The reasoning was closed but {host} could not continue it: it offers no usable /v1/completions ({error}). The budget cannot give an answer on this server.</source>
        <translation>推論を閉じましたが、{host} はその続きを生成できませんでした：使用可能な /v1/completions がありません（{error}）。このサーバーでは思考予算を使って回答を得ることはできません。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{host} did not answer with a stream ({reason})</source>
        <translation>{host} がストリームで応答しませんでした（{reason}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the stream from {host} was closed</source>
        <translation>{host} からのストリームが閉じられました</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{host} sent a stream event Ponder cannot read: {data}</source>
        <translation>{host} から Ponder が読み取れないストリームイベントが届きました：{data}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} sent a stream event that is not an object: {data}</source>
        <translation>{host} からオブジェクトではないストリームイベントが届きました：{data}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{host} sent a stream event Ponder cannot read (choices is not a list of objects).</source>
        <translation>{host} から Ponder が読み取れないストリームイベントが届きました（choices がオブジェクトのリストではありません）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{host} reported an error mid-reply: {said}</source>
        <translation>{host} が応答の途中でエラーを報告しました：{said}</translation>
    </message>
    <message>
        <location filename="../../engine/remote_endpoints.py" line="+44"/>
        <source>llama.cpp server</source>
        <translation>llama.cpp サーバー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI 互換サーバー</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{engine} {version}</source>
        <translation>{engine} {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{engine} · reasoning in `reasoning` · budget: {budget}</source>
        <translation>{engine} · 推論は `reasoning` フィールドで受信 · 思考予算：{budget}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{engine} · reasoning in `reasoning_content` · budget: {budget}</source>
        <translation>{engine} · 推論は `reasoning_content` フィールドで受信 · 思考予算：{budget}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{engine} · reasoning as think tags in the answer · budget: {budget}</source>
        <translation>{engine} · 推論は回答内の think タグで受信 · 思考予算：{budget}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{engine} · reasoning field not seen yet · budget: {budget}</source>
        <translation>{engine} · 推論フィールドは未検出 · 思考予算：{budget}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the server&apos;s address is empty</source>
        <translation>サーバーのアドレスが空です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{address} is not a web address: start it with http:// or https://</source>
        <translation>{address} は Web アドレスではありません：http:// または https:// で始めてください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only http:// and https:// servers are supported, not {scheme}://</source>
        <translation>対応しているのは http:// と https:// のサーバーのみです（{scheme}:// には対応していません）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{address} names no host</source>
        <translation>{address} にホスト名が含まれていません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} is not a valid host name</source>
        <translation>{host} は有効なホスト名ではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>put the API key in the key field, not in the address</source>
        <translation>API キーはアドレスではなく、キーの欄に入力してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{address} has an invalid port</source>
        <translation>{address} のポートが無効です</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a server&apos;s name is 1 to {max} letters, digits, spaces or . @ ( ) + - _, starting with a letter or digit; not {name}</source>
        <translation>サーバー名は 1～{max} 文字の英字、数字、スペース、または . @ ( ) + - _ で構成し、英字か数字で始める必要があります（指定値：{name}）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The list of servers ({path}) could not be read: {reason}</source>
        <translation>サーバーの一覧（{path}）を読み込めませんでした：{reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The list of servers ({path}) is damaged; it was not read.</source>
        <translation>サーバーの一覧（{path}）が破損しているため、読み込みませんでした。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the CA file {path} does not exist</source>
        <translation>CA ファイル {path} が存在しません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a server named {name} already exists</source>
        <translation>{name} という名前のサーバーはすでに存在します</translation>
    </message>
    <message>
        <location filename="../../engine/remote_http.py" line="+50"/>
        <source>the CA file {path} could not be read: {reason}</source>
        <translation>CA ファイル {path} を読み込めませんでした：{reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The certificate of {host} could not be verified ({reason}). If the server uses a private certificate authority, name its CA file in the server&apos;s settings.</source>
        <translation>{host} の証明書を検証できませんでした（{reason}）。サーバーがプライベート認証局を使用している場合は、サーバーの設定でその CA ファイルを指定してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A secure connection to {host} failed: {reason}. Check that the address starts with the right scheme (http or https).</source>
        <translation>{host} への安全な接続に失敗しました：{reason}。アドレスが正しいスキーム（http または https）で始まっているか確認してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{host} did not answer within {seconds:.0f} s. Check the address and that the server is running.</source>
        <translation>{host} から {seconds:.0f} 秒以内に応答がありませんでした。アドレスが正しいか、サーバーが起動しているかを確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} stopped sending (nothing arrived for too long).</source>
        <translation>{host} からの送信が止まりました（長時間何も届いていません）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} took too long to answer.</source>
        <translation>{host} の応答に時間がかかりすぎました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach {host}: its name could not be resolved.</source>
        <translation>{host} に接続できませんでした：名前を解決できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach {host}: the connection was refused (is the server running on that port?).</source>
        <translation>{host} に接続できませんでした：接続が拒否されました（サーバーはそのポートで起動していますか？）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach {host}: {reason}.</source>
        <translation>{host} に接続できませんでした：{reason}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} closed the connection unexpectedly.</source>
        <translation>{host} が予期せず接続を切断しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to {host} failed: {reason}.</source>
        <translation>{host} への接続に失敗しました：{reason}。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{host} redirected the request to another address. Ponder does not follow redirects: add the final address as the server instead.</source>
        <translation>{host} がリクエストを別のアドレスにリダイレクトしました。Ponder はリダイレクトをたどらないため、最終的なアドレスをサーバーとして追加してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} redirected the request to {where}. Ponder does not follow redirects: add the final address as the server instead.</source>
        <translation>{host} がリクエストを {where} にリダイレクトしました。Ponder はリダイレクトをたどらないため、最終的なアドレスをサーバーとして追加してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} refused the request: an API key is needed or the key is wrong (401 Unauthorized).</source>
        <translation>{host} がリクエストを拒否しました：API キーが必要か、キーが間違っています（401 Unauthorized）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} refused the request: an API key is needed or the key is wrong (401 Unauthorized). The server said: {said}</source>
        <translation>{host} がリクエストを拒否しました：API キーが必要か、キーが間違っています（401 Unauthorized）。サーバーからのメッセージ：{said}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} denied access with this key (403 Forbidden).</source>
        <translation>{host} がこのキーでのアクセスを拒否しました（403 Forbidden）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} denied access with this key (403 Forbidden). The server said: {said}</source>
        <translation>{host} がこのキーでのアクセスを拒否しました（403 Forbidden）。サーバーからのメッセージ：{said}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} does not serve the model {model} (404). Choose one of the server&apos;s models.</source>
        <translation>{host} はモデル {model} を提供していません（404）。サーバーのモデルから選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} does not serve the model {model} (404). The server said: {said} Choose one of the server&apos;s models.</source>
        <translation>{host} はモデル {model} を提供していません（404）。サーバーからのメッセージ：{said} サーバーのモデルから選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} has no OpenAI-compatible API at this address (404). Check the address (most servers end in /v1).</source>
        <translation>{host} のこのアドレスには OpenAI 互換 API がありません（404）。アドレスを確認してください（ほとんどのサーバーでは末尾が /v1 です）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} has no OpenAI-compatible API at this address (404). Check the address (most servers end in /v1). The server said: {said}</source>
        <translation>{host} のこのアドレスには OpenAI 互換 API がありません（404）。アドレスを確認してください（ほとんどのサーバーでは末尾が /v1 です）。サーバーからのメッセージ：{said}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{host} rejected the request ({code}).</source>
        <translation>{host} がリクエストを拒否しました（{code}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} rejected the request ({code}). The server said: {said}</source>
        <translation>{host} がリクエストを拒否しました（{code}）。サーバーからのメッセージ：{said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} failed with a server error ({code}).</source>
        <translation>{host} でサーバーエラーが発生しました（{code}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} failed with a server error ({code}). The server said: {said}</source>
        <translation>{host} でサーバーエラーが発生しました（{code}）。サーバーからのメッセージ：{said}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{host} is rate-limiting requests (429). Try again later.</source>
        <translation>{host} がリクエスト数を制限しています（429）。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} is rate-limiting requests (429). Try again later. The server said: {said}</source>
        <translation>{host} がリクエスト数を制限しています（429）。しばらくしてからもう一度お試しください。サーバーからのメッセージ：{said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is rate-limiting requests (429). Try again in {seconds:.0f} s.</source>
        <translation>{host} がリクエスト数を制限しています（429）。{seconds:.0f} 秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} is rate-limiting requests (429). Try again in {seconds:.0f} s. The server said: {said}</source>
        <translation>{host} がリクエスト数を制限しています（429）。{seconds:.0f} 秒後にもう一度お試しください。サーバーからのメッセージ：{said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is rate-limiting requests (429). Try again in {seconds:.0f} s. Waiting {seconds:.0f} s before asking again…</source>
        <translation>{host} がリクエスト数を制限しています（429）。{seconds:.0f} 秒後にもう一度お試しください。{seconds:.0f} 秒待ってから再度リクエストします…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is rate-limiting requests (429). Try again in {seconds:.0f} s. The server said: {said} Waiting {seconds:.0f} s before asking again…</source>
        <translation>{host} がリクエスト数を制限しています（429）。{seconds:.0f} 秒後にもう一度お試しください。サーバーからのメッセージ：{said} {seconds:.0f} 秒待ってから再度リクエストします…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} is busy or still loading (503). Try again later.</source>
        <translation>{host} はビジー状態か、まだ読み込み中です（503）。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} is busy or still loading (503). Try again later. The server said: {said}</source>
        <translation>{host} はビジー状態か、まだ読み込み中です（503）。しばらくしてからもう一度お試しください。サーバーからのメッセージ：{said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is busy or still loading (503). Try again in {seconds:.0f} s.</source>
        <translation>{host} はビジー状態か、まだ読み込み中です（503）。{seconds:.0f} 秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} is busy or still loading (503). Try again in {seconds:.0f} s. The server said: {said}</source>
        <translation>{host} はビジー状態か、まだ読み込み中です（503）。{seconds:.0f} 秒後にもう一度お試しください。サーバーからのメッセージ：{said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is busy or still loading (503). Try again in {seconds:.0f} s. Waiting {seconds:.0f} s before asking again…</source>
        <translation>{host} はビジー状態か、まだ読み込み中です（503）。{seconds:.0f} 秒後にもう一度お試しください。{seconds:.0f} 秒待ってから再度リクエストします…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is busy or still loading (503). Try again in {seconds:.0f} s. The server said: {said} Waiting {seconds:.0f} s before asking again…</source>
        <translation>{host} はビジー状態か、まだ読み込み中です（503）。{seconds:.0f} 秒後にもう一度お試しください。サーバーからのメッセージ：{said} {seconds:.0f} 秒待ってから再度リクエストします…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{host} has no model list at {url}: it does not look like an OpenAI-compatible server. Check the address (most end in /v1).</source>
        <translation>{host} の {url} にモデル一覧がありません。OpenAI 互換サーバーではないようです。アドレスを確認してください（ほとんどの場合、末尾は /v1 です）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{host} sent a model list Ponder cannot read.</source>
        <translation>{host} から Ponder が読み取れないモデル一覧が届きました。</translation>
    </message>
    <message>
        <location filename="../../engine/safe_paths.py" line="+53"/>
        <source>{repo} is not a repository id (expected owner/name)</source>
        <translation>{repo} はリポジトリ ID ではありません（「所有者/名前」の形式で指定してください）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: {repo} is not a repository id (expected owner/name).</source>
        <translation>拒否されました：{repo} はリポジトリ ID ではありません（「所有者/名前」の形式で指定してください）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{repo} is not a valid repository id: owner and name use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only</source>
        <translation>{repo} は有効なリポジトリ ID ではありません：所有者と名前に使用できるのは英字、数字、&apos;-&apos;、&apos;_&apos;、&apos;.&apos; のみです</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: {repo} is not a valid repository id: owner and name use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only.</source>
        <translation>拒否されました：{repo} は有効なリポジトリ ID ではありません：所有者と名前に使用できるのは英字、数字、&apos;-&apos;、&apos;_&apos;、&apos;.&apos; のみです。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{revision} is not a valid revision</source>
        <translation>{revision} は有効なリビジョンではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: {revision} is not a valid revision.</source>
        <translation>拒否されました：{revision} は有効なリビジョンではありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is not a file name</source>
        <translation>{name} はファイル名ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: {name} is not a file name.</source>
        <translation>拒否されました：{name} はファイル名ではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file name {name} is too long</source>
        <translation>ファイル名 {name} が長すぎます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the file name {name} is too long.</source>
        <translation>拒否されました：ファイル名 {name} が長すぎます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file name {name} contains control characters</source>
        <translation>ファイル名 {name} に制御文字が含まれています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the file name {name} contains control characters.</source>
        <translation>拒否されました：ファイル名 {name} に制御文字が含まれています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file name {name} contains &apos;\&apos; or &apos;:&apos; (a Windows path?)</source>
        <translation>ファイル名 {name} に &apos;\&apos; または &apos;:&apos; が含まれています（Windows のパスではありませんか？）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the file name {name} contains &apos;\&apos; or &apos;:&apos; (a Windows path?).</source>
        <translation>拒否されました：ファイル名 {name} に &apos;\&apos; または &apos;:&apos; が含まれています（Windows のパスではありませんか？）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file name {name} is an absolute path</source>
        <translation>ファイル名 {name} が絶対パスです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the file name {name} is an absolute path.</source>
        <translation>拒否されました：ファイル名 {name} が絶対パスです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file name {name} leaves its folder or has an empty part</source>
        <translation>ファイル名 {name} がフォルダーの外を指しているか、空の部分を含んでいます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: the file name {name} leaves its folder or has an empty part.</source>
        <translation>拒否されました：ファイル名 {name} がフォルダーの外を指しているか、空の部分を含んでいます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a part of the file name {name} is too long</source>
        <translation>ファイル名 {name} の一部が長すぎます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: a part of the file name {name} is too long.</source>
        <translation>拒否されました：ファイル名 {name} の一部が長すぎます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file name {name} is not valid on every system</source>
        <translation>ファイル名 {name} は一部のシステムで使用できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the file name {name} is not valid on every system.</source>
        <translation>拒否されました：ファイル名 {name} は一部のシステムで使用できません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file name {name} ends like a partial download ({suffix})</source>
        <translation>ファイル名 {name} の末尾がダウンロード途中のファイルと同じです（{suffix}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: the file name {name} ends like a partial download ({suffix}).</source>
        <translation>拒否されました：ファイル名 {name} の末尾がダウンロード途中のファイルと同じです（{suffix}）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file name {name} leads outside {folder} (through a link)</source>
        <translation>ファイル名 {name} が（リンクを介して）{folder} の外を指しています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: the file name {name} leads outside {folder} (through a link).</source>
        <translation>拒否されました：ファイル名 {name} が（リンクを介して）{folder} の外を指しています。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{folder} leads outside {models} (through a link)</source>
        <translation>{folder} が（リンクを介して）{models} の外を指しています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: {folder} leads outside {models} (through a link).</source>
        <translation>拒否されました：{folder} が（リンクを介して）{models} の外を指しています。</translation>
    </message>
    <message>
        <location filename="../../engine/secrets.py" line="+36"/>
        <source>No secure keyring is available on this system (for example no Secret Service on Linux). Tokens are kept in memory for this session only and are never written to disk.</source>
        <translation>このシステムでは安全なキーリングを利用できません（例：Linux で Secret Service がない場合）。トークンはこのセッションの間だけメモリに保持され、ディスクには一切書き込まれません。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The system keyring failed ({error}); tokens are kept in memory for this session only.</source>
        <translation>システムのキーリングでエラーが発生しました（{error}）。トークンはこのセッションの間だけメモリに保持されます。</translation>
    </message>
    <message>
        <location filename="../../engine/store.py" line="+79"/>
        <source>The chat database {path} cannot be written ({detail}). Check that it and its folder are writable.</source>
        <translation>チャットデータベース {path} に書き込めません（{detail}）。ファイルとそのフォルダーが書き込み可能か確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat database {path} cannot be opened: it is damaged ({detail}). It has been left as it is.</source>
        <translation>チャットデータベース {path} を開けません：破損しています（{detail}）。ファイルはそのままにしてあります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk holding the chat database {path} is full ({detail}).</source>
        <translation>チャットデータベース {path} があるディスクがいっぱいです（{detail}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chat database {path} is locked by another program ({detail}).</source>
        <translation>チャットデータベース {path} は別のプログラムによってロックされています（{detail}）。</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The chat database {path} cannot be kept there: {folder} is not a folder.</source>
        <translation>チャットデータベース {path} をその場所に置けません：{folder} はフォルダーではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder {folder} for the chat database cannot be created ({reason}).</source>
        <translation>チャットデータベース用のフォルダー {folder} を作成できません（{reason}）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} should be the chat database, but it is a folder.</source>
        <translation>{path} はチャットデータベースのはずですが、フォルダーになっています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} should be the chat database, but it is not a regular file.</source>
        <translation>{path} はチャットデータベースのはずですが、通常のファイルではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} should be one of its files, but it is a folder.</source>
        <translation>{path} はチャットデータベースを構成するファイルのはずですが、フォルダーになっています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} should be one of its files, but it is not a regular file.</source>
        <translation>{path} はチャットデータベースを構成するファイルのはずですが、通常のファイルではありません。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The chat database {path} was written by a newer Ponder (schema {version}, this one knows {known}); update Ponder to open it. It has been left as it is.</source>
        <translation>チャットデータベース {path} は新しいバージョンの Ponder で作成されています（スキーマ {version}。このバージョンが対応しているのは {known} まで）。開くには Ponder を更新してください。ファイルはそのままにしてあります。</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>The chat database {path} could not be moved aside ({reason}); nothing was deleted.</source>
        <translation>チャットデータベース {path} を退避できませんでした（{reason}）。何も削除されていません。</translation>
    </message>
    <message>
        <location filename="../../engine/template_worker.py" line="+93"/>
        <source>the conversation cannot be passed to the chat template: {error}</source>
        <translation>会話をチャットテンプレートに渡せません：{error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the chat template renderer could not be started</source>
        <translation>チャットテンプレートのレンダラーを起動できませんでした</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the chat template took longer than {seconds:g} s to render; it was stopped (the model file&apos;s template is broken or hostile)</source>
        <translation>チャットテンプレートのレンダリングに {seconds:g} 秒以上かかったため停止しました（モデルファイルのテンプレートが壊れているか、悪意のあるものです）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the chat template crashed its renderer; the model file&apos;s template is broken or hostile</source>
        <translation>チャットテンプレートがレンダラーをクラッシュさせました。モデルファイルのテンプレートが壊れているか、悪意のあるものです</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the chat template crashed its renderer (exit {code}); the model file&apos;s template is broken or hostile</source>
        <translation>チャットテンプレートがレンダラーをクラッシュさせました（終了コード {code}）。モデルファイルのテンプレートが壊れているか、悪意のあるものです</translation>
    </message>
    <message>
        <location filename="../../engine/templates.py" line="+46"/>
        <source>the chat template refused the conversation: {message}</source>
        <translation>チャットテンプレートが会話を拒否しました：{message}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the chat template tried to build a huge formatted string; it was stopped</source>
        <translation>チャットテンプレートが巨大な書式付き文字列を生成しようとしたため、停止しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chat template tried to build a huge string; it was stopped</source>
        <translation>チャットテンプレートが巨大な文字列を生成しようとしたため、停止しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chat template tried to build a huge number; it was stopped</source>
        <translation>チャットテンプレートが巨大な数値を生成しようとしたため、停止しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chat template tried to build a huge string or list; it was stopped</source>
        <translation>チャットテンプレートが巨大な文字列またはリストを生成しようとしたため、停止しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chat template tried to build something with the number {number:.3g}; it was stopped</source>
        <translation>チャットテンプレートが数値 {number:.3g} を使って何かを生成しようとしたため、停止しました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the chat template needed more memory than allowed; it was stopped</source>
        <translation>チャットテンプレートが許容量を超えるメモリを必要としたため、停止しました</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>the model&apos;s chat template is invalid: {error}</source>
        <translation>モデルのチャットテンプレートが無効です：{error}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the chat template wrote more than {limit:,} characters; it was stopped</source>
        <translation>チャットテンプレートの出力が {limit:,} 文字を超えたため、停止しました</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the chat template tried an unsafe operation: {error}</source>
        <translation>チャットテンプレートが安全でない操作を試みました：{error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the chat template recursed too deeply; it was stopped</source>
        <translation>チャットテンプレートの再帰が深すぎるため、停止しました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the chat template failed: {error}</source>
        <translation>チャットテンプレートの処理に失敗しました：{error}</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="+149"/>
        <source>The settings file has values that cannot be used ({names}); their defaults are used.</source>
        <translation>設定ファイルに使用できない値があります（{names}）。既定値を使用します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file could not be read ({error}); defaults are used.</source>
        <translation>設定ファイルを読み込めませんでした（{error}）。既定値を使用します。</translation>
    </message>
    <message>
        <location filename="../../engine/openai_wire.py" line="+244"/>
        <source>server budget ({engine} {field})</source>
        <translation>サーバー側の思考予算（{engine} {field}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>server budget ({field})</source>
        <translation>サーバー側の思考予算（{field}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two-phase (capped, closed and continued by Ponder)</source>
        <translation>2 段階（Ponder が上限で打ち切り、思考を閉じて続行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no budget</source>
        <translation>予算なし</translation>
    </message>
    <message>
        <location filename="../../engine/protocol.py" line="+303"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top K (0: off)</source>
        <translation>Top K（0：オフ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min P</source>
        <translation>Min P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat penalty</source>
        <translation>繰り返しペナルティ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max new tokens</source>
        <translation>最大新規トークン数</translation>
    </message>
    <message>
        <location filename="../../app/server_runner.py" line="+74"/>
        <source>{host} is reachable from other computers. Ponder listens on this computer only (127.0.0.1) unless you switch on LAN access on purpose (--lan).</source>
        <translation>{host} は他のコンピューターからアクセスできます。LAN からのアクセスを意図的にオンにしない限り（--lan）、Ponder はこのコンピューター（127.0.0.1）でのみ待ち受けます。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>{host} is not an address of this computer ({error}).</source>
        <translation>{host} はこのコンピューターのアドレスではありません（{error}）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Port {port} is in use by another program; choose another port.</source>
        <translation>ポート {port} は別のプログラムが使用中です。別のポートを選んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port {port} needs special rights; choose one above 1023.</source>
        <translation>ポート {port} には特別な権限が必要です。1023 より大きいポートを選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot listen on {host} port {port}: {error}.</source>
        <translation>{host} のポート {port} で待ち受けできません：{error}。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The server did not start.</source>
        <translation>サーバーが起動しませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/server_security.py" line="+105"/>
        <source>{problem} The server&apos;s key lasts until Ponder quits; set {variable} to keep one.</source>
        <translation>{problem} サーバーのキーは Ponder を終了するまで有効です。キーを保持するには {variable} を設定してください。</translation>
    </message>
    <message>
        <location filename="../../app/store_writer.py" line="+279"/>
        <source>The chat database could not be opened for writing ({error}).</source>
        <translation>チャットのデータベースを書き込み用に開けませんでした（{error}）。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The chat database could not be opened for writing.</source>
        <translation>チャットのデータベースを書き込み用に開けませんでした。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The reply could not be saved ({error}).</source>
        <translation>応答を保存できませんでした（{error}）。</translation>
    </message>
    <message>
        <location filename="../../app/remote_commands.py" line="+147"/>
        <source>the key will travel unencrypted (http://) to another computer; anyone on the network path can read it. Use https:// if the server offers it.</source>
        <translation>キーは暗号化されずに（http://）別のコンピューターへ送信され、ネットワーク経路上の誰もが読み取れます。サーバーが対応している場合は https:// を使用してください。</translation>
    </message>
</context>
<context>
    <name>EngineBridge</name>
    <message>
        <location filename="../../app/engine_bridge.py" line="+315"/>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The engine process stopped unexpectedly.</source>
        <translation>エンジンプロセスが予期せず停止しました。</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>{problem} It stopped %n time(s) in a minute while answering local-server requests (the last from {client}), so it was not restarted. Choose a model to try again.</source>
        <translation>
            <numerusform>{problem}ローカルサーバーのリクエストに応答中、1 分間に %n 回停止したため（最後は {client} からのリクエスト）、再起動しませんでした。もう一度試すにはモデルを選択してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{problem} It stopped %n time(s) in a minute while answering local-server requests, so it was not restarted. Choose a model to try again.</source>
        <translation>
            <numerusform>{problem}ローカルサーバーのリクエストに応答中、1 分間に %n 回停止したため、再起動しませんでした。もう一度試すにはモデルを選択してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{problem} It was answering a local-server request from {client}; that request failed, and the engine is starting again with the same model.</source>
        <translation>{problem}{client} からのローカルサーバーのリクエストに応答中でした。そのリクエストは失敗し、エンジンは同じモデルで再起動しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problem} It was answering a local-server request; that request failed, and the engine is starting again with the same model.</source>
        <translation>{problem}ローカルサーバーのリクエストに応答中でした。そのリクエストは失敗し、エンジンは同じモデルで再起動しています。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../app/export.py" line="+22"/>
        <source>streaming</source>
        <translation>生成中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System:</source>
        <comment>exported chat: before the system prompt</comment>
        <translation>システム：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You</source>
        <comment>exported chat: heading of the user&apos;s message</comment>
        <translation>あなた</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assistant ({model})</source>
        <comment>exported chat: heading of a reply</comment>
        <translation>アシスタント（{model}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assistant</source>
        <comment>exported chat: heading of a reply</comment>
        <translation>アシスタント</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasoning</source>
        <comment>exported chat: the model&apos;s reasoning, folded</comment>
        <translation>推論</translation>
    </message>
</context>
<context>
    <name>HeavyControl</name>
    <message>
        <location filename="../../ui/heavy_control.py" line="+71"/>
        <source>Heavy</source>
        <comment>heavy mode&apos;s switch: several candidates, then a judge</comment>
        <translation>ヘビー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heavy mode</source>
        <translation>ヘビーモード</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Candidates in heavy mode</source>
        <translation>ヘビーモードの候補数</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n generations</source>
        <comment>heavy mode&apos;s cost: the candidates and the judge</comment>
        <translation>
            <numerusform>%n 回の生成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Generates %n solutions, then the model compares them and picks the best (NVIDIA&apos;s GenSelect). Costs about {cost} replies.</source>
        <comment>{cost} is the number of solutions plus one, 3 to 9</comment>
        <translation>
            <numerusform>%n 個の解答を生成し、モデルがそれらを比較して最良のものを選びます（NVIDIA の GenSelect）。応答約 {cost} 回分のコストがかかります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this model cannot run heavy mode.</source>
        <translation>このモデルではヘビーモードを実行できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available: {reason}</source>
        <comment>heavy mode</comment>
        <translation>利用不可：{reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n gens</source>
        <comment>heavy mode&apos;s cost, short for %n generations</comment>
        <translation>
            <numerusform>%n 回生成</numerusform>
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
            <numerusform>コスト {cost}：候補 %n 件と審査</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeavyView</name>
    <message>
        <location filename="../../ui/heavy_view.py" line="+36"/>
        <source>✓ picked</source>
        <translation>✓ 選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ kept</source>
        <translation>✓ 保持</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ended on its own</source>
        <translation>自然に終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hit the length limit</source>
        <translation>長さの上限に到達</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>starting…</source>
        <comment>heavy mode, or one candidate, is starting</comment>
        <translation>開始中…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stopped</source>
        <comment>a candidate&apos;s or the judge&apos;s state: the reply was stopped</comment>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not run</source>
        <comment>a candidate&apos;s or the judge&apos;s state: it never ran</comment>
        <translation>未実行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>done</source>
        <comment>a candidate&apos;s or the judge&apos;s state: it ended</comment>
        <translation>完了</translation>
    </message>
    <message numerus="yes">
        <location line="+404"/>
        <source>Heavy · %n candidates</source>
        <comment>heavy mode&apos;s title in a reply</comment>
        <translation>
            <numerusform>ヘビー · 候補 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Candidate {number}</source>
        <translation>候補 {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate {number}&apos;s answer</source>
        <translation>候補 {number} の回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy candidate {number}&apos;s answer</source>
        <translation>候補 {number} の回答をコピー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judge</source>
        <comment>heavy mode: the model&apos;s turn that compares the candidates</comment>
        <translation>審査</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The judge&apos;s answer</source>
        <translation>審査の回答</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the judge&apos;s answer</source>
        <translation>審査の回答をコピー</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>candidate {number} of {total}…</source>
        <translation>候補 {number}/{total}…</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>all %n candidates finished</source>
        <translation>
            <numerusform>全 %n 件の候補が完了</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>judging…</source>
        <translation>審査中…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not needed: only one usable candidate</source>
        <translation>不要：使用できる候補が 1 件のみ</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>stopped · {finished} of %n candidates finished</source>
        <translation>
            <numerusform>停止 · 候補 %n 件中 {finished} 件が完了</numerusform>
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
        <translation>ヘビーモード：{progress}</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>stopped after %n usable candidate(s); no answer</source>
        <comment>heavy mode, stopped by the user</comment>
        <translation>
            <numerusform>使用できる候補 %n 件の時点で停止。回答なし</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no usable candidate</source>
        <translation>使用できる候補がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>picked {number} of {total} · by judgment</source>
        <translation>候補 {number}（全 {total} 件）を選択 · 審査による</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>picked {number} of {total} · the only usable one</source>
        <translation>候補 {number}（全 {total} 件）を選択 · 唯一使用できる候補</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>picked {number} of {total} · by majority vote (%n agree)</source>
        <comment>no valid verdict: the most common final answer won; %n: how many gave it</comment>
        <translation>
            <numerusform>候補 {number}（全 {total} 件）を選択 · 多数決（%n 件が一致）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>picked {number} of {total} · no verdict and no comparable final answers: the first one shown</source>
        <translation>候補 {number}（全 {total} 件）を選択 · 判定がなく比較できる最終回答もないため、最初の候補を表示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>picked {number} of {total} · by majority vote</source>
        <translation>候補 {number}（全 {total} 件）を選択 · 多数決</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped while judging; candidate {number} kept</source>
        <translation>審査中に停止。候補 {number} を保持</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>stopped after %n usable candidate(s); candidate {number} kept</source>
        <comment>heavy mode, stopped by the user</comment>
        <translation>
            <numerusform>使用できる候補 %n 件の時点で停止。候補 {number} を保持</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not usable: {problem}</source>
        <comment>a candidate the judge did not see, and why</comment>
        <translation>使用不可：{problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not picked</source>
        <translation>不採用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seed {seed}</source>
        <comment>the random seed a candidate was sampled with</comment>
        <translation>シード {seed}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>shown to the judge as Solution {index}</source>
        <comment>&apos;Solution N&apos; is how the judge&apos;s prompt, in English, names the candidate</comment>
        <translation>審査には「Solution {index}」として提示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}: {details}</source>
        <comment>a candidate&apos;s name, then its figures</comment>
        <translation>{title}：{details}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reasoning} reasoning + {answer} answer tokens</source>
        <translation>推論 {reasoning} + 回答 {answer} トークン</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{verdict} → candidate {number}</source>
        <comment>the judge&apos;s verdict line, then its pick</comment>
        <translation>{verdict} → 候補 {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{verdict} · not a valid choice</source>
        <comment>the judge&apos;s verdict line</comment>
        <translation>{verdict} · 有効な選択ではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no verdict</source>
        <comment>the judge&apos;s state: it gave no verdict</comment>
        <translation>判定なし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solution {index} is candidate {number}</source>
        <comment>&apos;Solution N&apos; is how the judge&apos;s prompt, in English, names the candidate</comment>
        <translation>「Solution {index}」は候補 {number} です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The judge saw the usable candidates shuffled: {order}</source>
        <translation>審査には使用できる候補がシャッフルして提示されました：{order}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judge: {tokens} · its verdict: {verdict}</source>
        <translation>審査：{tokens} · 判定：{verdict}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judge: {tokens}</source>
        <translation>審査：{tokens}</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <location filename="../../ui/message_cards.py" line="-366"/>
        <source>Edit your message</source>
        <translation>メッセージを編集</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+124"/>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the message box</source>
        <translation>メッセージ欄へ移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search chats</source>
        <translation>チャットを検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the reply</source>
        <translation>応答を停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer now (stop thinking)</source>
        <translation>今すぐ回答（思考を停止）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regenerate last reply</source>
        <translation>最後の応答を再生成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models…</source>
        <translation>モデル…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find, download and manage models (Ctrl+M)</source>
        <translation>モデルの検索、ダウンロード、管理（Ctrl+M）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote servers…</source>
        <translation>リモートサーバー…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use models that run on a vLLM, SGLang, NIM, TensorRT-LLM or llama.cpp server</source>
        <translation>vLLM、SGLang、NIM、TensorRT-LLM、llama.cpp のサーバーで動作するモデルを使用します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export chat…</source>
        <translation>チャットをエクスポート…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>Local server</source>
        <translation>ローカルサーバー</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Let other apps use the loaded model through an OpenAI-compatible API on this computer</source>
        <translation>読み込んだモデルを、このコンピューター上の OpenAI 互換 API を通じて他のアプリから使用できるようにします</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow other computers (LAN)</source>
        <translation>他のコンピューターからの接続を許可（LAN）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy server address</source>
        <translation>サーバーのアドレスをコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show API key…</source>
        <translation>API キーを表示…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Ponder</source>
        <translation>Ponder について</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename chat</source>
        <translation>チャットの名前を変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete chat</source>
        <translation>チャットを削除</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+13"/>
        <source>Model</source>
        <comment>the language model in use</comment>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>System prompt for this chat</source>
        <translation>このチャットのシステムプロンプト</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No model</source>
        <translation>モデルなし</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Chat</source>
        <translation>チャット(&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Local server</source>
        <translation>ローカルサーバー(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Local server API key</source>
        <translation>ローカルサーバーの API キー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apps send this key as &apos;Authorization: Bearer &lt;key&gt;&apos;:</source>
        <translation>アプリはこのキーを「Authorization: Bearer &lt;key&gt;」として送信します：</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open link?</source>
        <translation>リンクを開きますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this address in your browser?

{address}</source>
        <translation>このアドレスをブラウザーで開きますか？

{address}</translation>
    </message>
</context>
<context>
    <name>ModelController</name>
    <message numerus="yes">
        <location filename="../../app/model_controller.py" line="+79"/>
        <source>%n file(s) in the models folder cannot be used and were skipped: {problems}</source>
        <translation>
            <numerusform>モデルフォルダー内の %n 個のファイルは使用できないため、スキップしました：{problems}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{model} — on {server} · {engine}</source>
        <comment>model picker: a model on a server</comment>
        <translation>{model} — {server} 上 · {engine}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No model found. Put a GGUF model in the models folder
({folder}) or reinstall with the starter model.</source>
        <translation>モデルが見つかりません。GGUF モデルをモデルフォルダー
（{folder}）に置くか、スターターモデル付きで再インストールしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No model</source>
        <comment>status bar: none found</comment>
        <translation>モデルなし</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Loading {model}…</source>
        <translation>{model} を読み込み中…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not use {server}: {error}</source>
        <translation>{server} を使用できませんでした：{error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to {server}…</source>
        <translation>{server} に接続中…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>on {server} · {engine}</source>
        <comment>status bar: where the model runs</comment>
        <translation>{server} 上 · {engine}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{model} on {server} ({family})</source>
        <translation>{model}（{server} 上、{family}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} ({family})</source>
        <comment>status bar: the loaded model</comment>
        <translation>{model}（{family}）</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>GPU, %n layer(s)</source>
        <comment>status bar: where the model runs</comment>
        <translation>
            <numerusform>GPU、%n レイヤー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>CPU, %n thread(s)</source>
        <comment>status bar: where the model runs</comment>
        <translation>
            <numerusform>CPU、%n スレッド</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The engine was restarted; the reply it was writing is kept as it was.</source>
        <translation>エンジンを再起動しました。生成中だった応答はその時点の状態で保持されています。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not load the model: {problem} Your message was not answered: choose a model and press Regenerate.</source>
        <translation>モデルを読み込めませんでした：{problem} メッセージには回答されていません。モデルを選択して「再生成」を押してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not load the model: {problem}</source>
        <translation>モデルを読み込めませんでした：{problem}</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>{problem} Ponder did not restart it: it stopped %n time(s) in a minute. Choose a model to try again.</source>
        <translation>
            <numerusform>{problem}1 分間に %n 回停止したため、Ponder はエンジンを再起動しませんでした。もう一度試すにはモデルを選択してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{problem} Restarting the engine…</source>
        <translation>{problem}エンジンを再起動しています…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No model loaded</source>
        <comment>status bar</comment>
        <translation>モデル未読み込み</translation>
    </message>
</context>
<context>
    <name>ModelLibrary</name>
    <message>
        <location filename="../../app/model_library.py" line="+108"/>
        <source>{name} ({free} of {total} free)</source>
        <comment>a GPU and its free memory</comment>
        <translation>{name}（空き {free} / {total}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no NVIDIA GPU found ({problem})</source>
        <translation>NVIDIA GPU が見つかりません（{problem}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no NVIDIA GPU found</source>
        <translation>NVIDIA GPU が見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer: {gpus}; {ram} of RAM free.</source>
        <translation>このコンピューター：{gpus}、RAM の空き {ram}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Model licence</source>
        <translation>モデルのライセンス</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Hugging Face token</source>
        <translation>Hugging Face トークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

Paste a token with read access (kept in the system keyring):</source>
        <translation>{problem}

読み取りアクセス権のあるトークンを貼り付けてください（システムのキーリングに保存されます）：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not delete {path}: {error}</source>
        <translation>{path} を削除できませんでした：{error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a GGUF model</source>
        <translation>GGUF モデルをインポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GGUF models (*.gguf)</source>
        <comment>file filter: keep (*.gguf)</comment>
        <translation>GGUF モデル (*.gguf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import model</source>
        <translation>モデルをインポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link to the file where it is (Yes), or copy it into Ponder&apos;s models folder (No)?</source>
        <translation>ファイルを現在の場所に置いたままリンクしますか（はい）、それとも Ponder のモデルフォルダーにコピーしますか（いいえ）？</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not imported: {name} is already in the models folder.</source>
        <translation>インポートしませんでした：{name} はすでにモデルフォルダーにあります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not imported: {error} ({folder})</source>
        <translation>インポートしませんでした：{error}（{folder}）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not copy {name}: {error}</source>
        <translation>{name} をコピーできませんでした：{error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not imported: {error}</source>
        <translation>インポートしませんでした：{error}</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../../ui/model_manager.py" line="+36"/>
        <source>You are offline — downloads and search need the internet; models on this computer still work</source>
        <translation>オフラインです — ダウンロードと検索にはインターネット接続が必要です。このコンピューター上のモデルは引き続き使用できます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline mode is on — downloads and search are off (Settings); models on this computer still work</source>
        <translation>オフラインモードがオンです — ダウンロードと検索は無効です（設定）。このコンピューター上のモデルは引き続き使用できます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline</source>
        <comment>the offline banner&apos;s name</comment>
        <translation>オフライン</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model</source>
        <comment>column: a model&apos;s name</comment>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <comment>column: a file&apos;s size</comment>
        <translation>サイズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantization</source>
        <translation>量子化</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit on this computer</source>
        <translation>このコンピューターでの動作</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the Hugging Face hub for GGUF models</source>
        <translation>Hugging Face Hub で GGUF モデルを検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the hub</source>
        <translation>ハブを検索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository / file</source>
        <translation>リポジトリ / ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <comment>column: the file being downloaded</comment>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <comment>column: a download&apos;s state</comment>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Architecture · family</source>
        <translation>アーキテクチャ · ファミリー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantization · size</source>
        <translation>量子化 · サイズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <comment>column: a model&apos;s context length in tokens</comment>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import a GGUF file…</source>
        <translation>GGUF ファイルをインポート…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import a GGUF file</source>
        <translation>GGUF ファイルをインポート</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended</source>
        <comment>tab: the recommended models</comment>
        <translation>おすすめ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <comment>tab: search the hub</comment>
        <translation>検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloads</source>
        <comment>tab</comment>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this computer</source>
        <comment>tab: the models on this computer</comment>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{name}  ★ recommended</source>
        <translation>{name}  ★ おすすめ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Searching for “{text}”…</source>
        <translation>「{text}」を検索中…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n repository(ies)</source>
        <comment>search results</comment>
        <translation>
            <numerusform>%n 件のリポジトリ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found.</source>
        <translation>見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Download</source>
        <comment>button: download this file</comment>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download {name}</source>
        <translation>{name} をダウンロード</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not searched: search needs the internet.</source>
        <translation>検索していません：検索にはインターネット接続が必要です。</translation>
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
        <translation>{file} の進行状況</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause</source>
        <comment>button: pause a download</comment>
        <translation>一時停止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause download</source>
        <translation>ダウンロードを一時停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <comment>button: resume a download</comment>
        <translation>再開</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume download</source>
        <translation>ダウンロードを再開</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <comment>button: retry a download</comment>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry download</source>
        <translation>ダウンロードを再試行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <comment>button: cancel a download</comment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+27"/>
        <source>Cancel download</source>
        <translation>ダウンロードをキャンセル</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>{size}/s</source>
        <comment>a download&apos;s speed</comment>
        <translation>{size}/秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{speed}, {time} left</source>
        <comment>a download&apos;s speed and time left</comment>
        <translation>{speed}、残り {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{status} — you are offline</source>
        <translation>{status} — オフラインです</translation>
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
        <translation>後でダウンロードを再開できるように、途中までのファイルを残しますか？</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} (built-in)</source>
        <translation>{name}（組み込み）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} · reasoning: {reasoning}</source>
        <translation>{kind} · 推論：{reasoning}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{parameters} parameters · {size}</source>
        <translation>パラメーター数 {parameters} · {size}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use</source>
        <comment>button: use this model</comment>
        <translation>使用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use {name}</source>
        <translation>{name} を使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <comment>button: delete this model</comment>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name}</source>
        <translation>{name} を削除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>switchable</source>
        <comment>a model&apos;s reasoning: it can be switched on and off</comment>
        <translation>切り替え可能</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>always</source>
        <comment>a model&apos;s reasoning: it always reasons</comment>
        <translation>常時</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <comment>a model&apos;s reasoning: it does not reason</comment>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete model</source>
        <translation>モデルを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name} from this computer?

{path}</source>
        <translation>{name} をこのコンピューターから削除しますか？

{path}</translation>
    </message>
</context>
<context>
    <name>PartRow</name>
    <message>
        <location filename="../../ui/heavy_view.py" line="-577"/>
        <source>Shows or hides its reasoning and answer</source>
        <translation>推論と回答の表示／非表示を切り替えます</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>waiting</source>
        <comment>a candidate&apos;s or the judge&apos;s state: not started yet</comment>
        <translation>待機中</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>thinking…</source>
        <comment>a candidate&apos;s or the judge&apos;s state</comment>
        <translation>思考中…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>answering…</source>
        <comment>a candidate&apos;s or the judge&apos;s state</comment>
        <translation>回答中…</translation>
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
        <translation>{title}、{tokens}、{status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}, {status}</source>
        <comment>accessible name: a candidate, its state</comment>
        <translation>{title}、{status}</translation>
    </message>
</context>
<context>
    <name>PonderApp</name>
    <message>
        <location filename="../../app/gui.py" line="+60"/>
        <source>Your chats could not be read or saved: {error}</source>
        <translation>チャットの読み込みまたは保存ができませんでした：{error}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{title} — not saving</source>
        <comment>window title: chats are not saved</comment>
        <translation>{title} — 保存されません</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Open a chat to export it.</source>
        <translation>エクスポートするチャットを開いてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export chat</source>
        <comment>dialog title</comment>
        <translation>チャットをエクスポート</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Include the model&apos;s reasoning?</source>
        <translation>モデルの推論も含めますか？</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The chat could not be exported: {error}</source>
        <translation>チャットをエクスポートできませんでした：{error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to {path}</source>
        <translation>{path} にエクスポートしました</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>this model does not reason</source>
        <comment>why heavy mode is off</comment>
        <translation>このモデルは推論しません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it runs on a server, which does not share the prompt&apos;s state</source>
        <comment>why heavy mode is off</comment>
        <translation>サーバー上で動作しており、サーバーはプロンプトの状態を共有しないため</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>This chat was written with {wanted}; {loaded} is loaded.</source>
        <translation>このチャットは {wanted} で作成されましたが、現在読み込まれているのは {loaded} です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to {model}</source>
        <translation>{model} に切り替え</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>context {used} / {size}</source>
        <comment>status bar: tokens of the context in use</comment>
        <translation>コンテキスト {used} / {size}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{rate} · first token {time}</source>
        <comment>status bar: the last reply&apos;s speed</comment>
        <translation>{rate} · 最初のトークンまで {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>context {size}</source>
        <comment>status bar: the context&apos;s size in tokens</comment>
        <translation>コンテキスト {size}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deleted “{title}”.</source>
        <translation>「{title}」を削除しました。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Message deleted.</source>
        <translation>メッセージを削除しました。</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n reply(ies) could not be saved. {problem} Free some space and try again, or quit without them.</source>
        <translation>
            <numerusform>%n 件の応答を保存できませんでした。{problem}空き容量を確保してもう一度お試しいただくか、保存せずに終了してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ponder could not save everything</source>
        <translation>Ponder はすべてを保存できませんでした</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Updating your chats ({size}) for fast search. This happens once and may take a minute…</source>
        <translation>高速検索のためにチャット（{size}）を更新しています。この処理は一度だけで、1 分ほどかかる場合があります…</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <location filename="../../app/model_library.py" line="-179"/>
        <source>Accept and download</source>
        <translation>同意してダウンロード</translation>
    </message>
    <message>
        <location filename="../../app/questions.py" line="+12"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../app/server_switch.py" line="+33"/>
        <source>Allow other computers</source>
        <translation>他のコンピューターを許可</translation>
    </message>
    <message>
        <location filename="../../app/startup.py" line="-125"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move it aside and start fresh</source>
        <translation>退避して新しく始める</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue without saving</source>
        <translation>保存せずに続行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
</context>
<context>
    <name>ReasoningControl</name>
    <message>
        <location filename="../../ui/reasoning_control.py" line="+25"/>
        <source>How long the model may think before it answers, in tokens. When the budget runs out, the thought is closed gracefully and the model answers.</source>
        <translation>モデルが回答する前に思考できる長さ（トークン数）です。予算を使い切ると思考が自然に締めくくられ、モデルが回答します。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Off</source>
        <comment>thinking budget: no thinking</comment>
        <translation>オフ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlimited</source>
        <comment>thinking budget: no limit</comment>
        <translation>無制限</translation>
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
        <translation>推論</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reasoning budget</source>
        <translation>思考予算</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This model does not reason.</source>
        <translation>このモデルは推論しません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n/a</source>
        <comment>thinking budget: the model cannot reason</comment>
        <translation>対象外</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available: {reason}</source>
        <translation>利用不可：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Off: this model always reasons, so its thought is closed as soon as it opens.</source>
        <translation>オフ：このモデルは常に推論するため、思考は始まると同時に閉じられます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: the model answers without thinking.</source>
        <translation>オフ：モデルは思考せずに回答します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlimited: the model thinks as long as it needs.</source>
        <translation>無制限：モデルは必要なだけ思考します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model thinks at most {tokens}, then answers.</source>
        <translation>モデルは最大 {tokens} まで思考してから回答します。</translation>
    </message>
</context>
<context>
    <name>ReasoningPane</name>
    <message>
        <location filename="../../ui/reasoning_pane.py" line="+93"/>
        <source>Show or hide the reasoning</source>
        <translation>推論の表示／非表示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the reasoning</source>
        <translation>推論をコピー</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reasoning</source>
        <comment>accessible name of a reply&apos;s thought</comment>
        <translation>推論</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Thinking… {seconds} · {tokens}</source>
        <comment>a live clock, then an estimated count of tokens</comment>
        <translation>思考中… {seconds} · {tokens}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thought for {seconds} · {tokens} · cut short: budget reached</source>
        <translation>思考時間 {seconds} · {tokens} · 打ち切り：予算の上限に到達</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thought for {seconds} · {tokens} · cut short</source>
        <translation>思考時間 {seconds} · {tokens} · 打ち切り</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thought for {seconds} · {tokens}</source>
        <translation>思考時間 {seconds} · {tokens}</translation>
    </message>
</context>
<context>
    <name>ServerSwitch</name>
    <message>
        <location filename="../../app/server_switch.py" line="+50"/>
        <source>The local server did not start: {error}</source>
        <translation>ローカルサーバーを起動できませんでした：{error}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Allow other computers?</source>
        <translation>他のコンピューターからの接続を許可しますか？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The local server&apos;s address was copied.</source>
        <translation>ローカルサーバーのアドレスをコピーしました。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The API key was copied to the clipboard.</source>
        <translation>API キーをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The engine is starting again; your message is answered once it is back.</source>
        <translation>エンジンを再起動しています。復帰し次第、メッセージに回答します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local server is answering a request for {client}; your message is answered right after it.</source>
        <translation>ローカルサーバーが {client} のリクエストに応答中です。その直後にメッセージに回答します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local server is answering a request; your message is answered right after it.</source>
        <translation>ローカルサーバーがリクエストに応答中です。その直後にメッセージに回答します。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n served</source>
        <comment>local server: requests answered</comment>
        <translation>
            <numerusform>%n 件処理済み</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OpenAI-compatible API at {url}/v1. Every request needs the API key (Local server &gt; Show API key…).</source>
        <translation>{url}/v1 の OpenAI 互換 API。すべてのリクエストに API キーが必要です（ローカルサーバー &gt; API キーを表示…）。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>answering {client} (+%n waiting)</source>
        <comment>local server</comment>
        <translation>
            <numerusform>{client} に応答中（+%n 件待機中）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>answering a client (+%n waiting)</source>
        <comment>local server</comment>
        <translation>
            <numerusform>クライアントに応答中（+%n 件待機中）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answering {client}</source>
        <comment>local server</comment>
        <translation>{client} に応答中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answering a client</source>
        <comment>local server</comment>
        <translation>クライアントに応答中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server is open to other computers on your network. Anyone there who has the key can use your model, and the traffic is not encrypted: do this only on a network you trust.</source>
        <translation>サーバーがネットワーク上の他のコンピューターに公開されています。キーを知っている人は誰でもあなたのモデルを使用でき、通信は暗号化されません。信頼できるネットワークでのみ使用してください。</translation>
    </message>
</context>
<context>
    <name>ServersController</name>
    <message>
        <location filename="../../app/servers_controller.py" line="+61"/>
        <source>not checked yet</source>
        <comment>a server&apos;s capabilities</comment>
        <translation>未確認</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checking the server failed unexpectedly ({kind}: {error}).</source>
        <translation>サーバーの確認中に予期しないエラーが発生しました（{kind}: {error}）。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{server}: {problem}</source>
        <translation>{server}：{problem}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{server}: {warning}</source>
        <comment>a server&apos;s name, then what is wrong with it</comment>
        <translation>{server}：{warning}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The list of servers could not be saved: {error}</source>
        <translation>サーバーの一覧を保存できませんでした：{error}</translation>
    </message>
</context>
<context>
    <name>ServersDialog</name>
    <message>
        <location filename="../../ui/servers_dialog.py" line="+64"/>
        <location line="+10"/>
        <source>Servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Use a model that runs on another computer: a vLLM, SGLang, NVIDIA NIM, TensorRT-LLM or llama.cpp server speaking the OpenAI-compatible API. Conversations are sent only to servers you add here.</source>
        <translation>別のコンピューターで動作するモデルを使用します。対象は、OpenAI 互換 API に対応した vLLM、SGLang、NVIDIA NIM、TensorRT-LLM、llama.cpp のサーバーです。会話はここで追加したサーバーにのみ送信されます。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No servers yet. Add one below.</source>
        <translation>サーバーはまだありません。下で追加してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Use this model</source>
        <translation>このモデルを使用(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Check again</source>
        <comment>button: probe the server again</comment>
        <translation>再確認(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <comment>button: remove the chosen server</comment>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a server</source>
        <translation>サーバーを追加</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>optional; kept in the system keyring</source>
        <translation>省略可。システムのキーリングに保存されます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional: a CA bundle for a private certificate</source>
        <translation>省略可。プライベート証明書用の CA バンドル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <comment>button: choose a file</comment>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;onnect</source>
        <comment>button: probe a new server</comment>
        <translation>接続(&amp;O)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Detect from the model&apos;s name</source>
        <translation>モデル名から検出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <comment>button: add this server</comment>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <comment>a server&apos;s name</comment>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <comment>a server&apos;s URL</comment>
        <translation>アドレス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>CA file</source>
        <translation>CA ファイル</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Model</source>
        <comment>the server&apos;s model to use</comment>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family</source>
        <comment>a model&apos;s family</comment>
        <translation>ファミリー</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(no model chosen)</source>
        <translation>（モデル未選択）</translation>
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
        <translation>検出：{description}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{found}
The server lists no models.</source>
        <translation>{found}
このサーバーにはモデルがありません。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type the server&apos;s address first, e.g. {example}</source>
        <translation>先にサーバーのアドレスを入力してください（例：{example}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Certificates ({patterns})</source>
        <translation>証明書 ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files ({patterns})</source>
        <translation>すべてのファイル ({patterns})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>server</source>
        <comment>a server&apos;s name when its address has none</comment>
        <translation>サーバー</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/model_library.py" line="+5"/>
        <source>Settings could not be saved: {error}</source>
        <translation>設定を保存できませんでした：{error}</translation>
    </message>
    <message>
        <location filename="../../app/settings.py" line="-131"/>
        <source>None</source>
        <comment>a system prompt preset</comment>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concise</source>
        <comment>a system prompt preset</comment>
        <translation>簡潔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teacher</source>
        <comment>a system prompt preset</comment>
        <translation>先生</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coder</source>
        <comment>a system prompt preset</comment>
        <translation>プログラマー</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+75"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>system</source>
        <comment>theme: follow the system&apos;s colours</comment>
        <translation>システム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>light</source>
        <comment>theme</comment>
        <translation>ライト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dark</source>
        <comment>theme</comment>
        <translation>ダーク</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <comment>interface language: the system&apos;s</comment>
        <translation>システムの既定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new language is used the next time Ponder starts.</source>
        <translation>新しい言語は、次回 Ponder を起動したときに適用されます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the reasoning open when the answer starts</source>
        <translation>回答が始まっても推論を開いたままにする</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse…</source>
        <comment>button: choose a folder</comment>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: make no network calls at all</source>
        <translation>オフライン：ネットワーク通信を一切行わない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model search and downloads are off; the models on this computer still work.</source>
        <translation>モデルの検索とダウンロードは無効になります。このコンピューター上のモデルは引き続き使用できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <comment>the interface&apos;s language</comment>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+94"/>
        <source>Models folder</source>
        <translation>モデルフォルダー</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>General</source>
        <comment>settings tab</comment>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>model default</source>
        <comment>context size: the model&apos;s own</comment>
        <translation>モデルの既定値</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>auto</source>
        <comment>GPU layers: chosen automatically</comment>
        <translation>自動</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one per physical core</source>
        <comment>CPU threads</comment>
        <translation>物理コアごとに 1 つ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context size</source>
        <translation>コンテキストサイズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU layers</source>
        <translation>GPU レイヤー数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads</source>
        <translation>CPU スレッド数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget wrap-up</source>
        <comment>the sentence that ends a thought when its budget runs out</comment>
        <translation>予算切れ時の締めの文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine</source>
        <comment>settings tab</comment>
        <translation>エンジン</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasoning on</source>
        <comment>sampling settings group</comment>
        <translation>推論オン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reasoning off</source>
        <comment>sampling settings group</comment>
        <translation>推論オフ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to recommended</source>
        <translation>推奨値に戻す</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sampling</source>
        <comment>settings tab</comment>
        <translation>サンプリング</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <comment>button: add a system prompt preset</comment>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <comment>button: remove a system prompt preset</comment>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>System prompts</source>
        <comment>settings tab</comment>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Preset {number}</source>
        <comment>a new system prompt preset&apos;s name</comment>
        <translation>プリセット {number}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="+21"/>
        <source>Send the message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New line in the message</source>
        <translation>メッセージ内で改行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the message box</source>
        <translation>メッセージ欄から移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chat chosen with Up/Down</source>
        <translation>上下キーで選んだチャットを開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send an edited message</source>
        <translation>編集したメッセージを送信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel editing a message</source>
        <translation>メッセージの編集をキャンセル</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <comment>column: what a shortcut does</comment>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <comment>column: the keys of a shortcut</comment>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message numerus="yes">
        <location filename="../../ui/l10n.py" line="+24"/>
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln トークン</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~{tokens}</source>
        <comment>about this many tokens (an estimate)</comment>
        <translation>約 {tokens}</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+3"/>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} 分 {seconds} 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 時間 {minutes} 分</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{rate} tok/s</source>
        <translation>{rate} トークン/秒</translation>
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
        <translation>あなたのメッセージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this message</source>
        <translation>このメッセージをコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <comment>button: edit a message</comment>
        <translation>編集</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit and resend this message</source>
        <translation>このメッセージを編集して再送信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <comment>button: delete a message</comment>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this message</source>
        <translation>このメッセージを削除</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Send</source>
        <comment>button: send a message</comment>
        <translation>送信</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send the edited message</source>
        <translation>編集したメッセージを送信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send (Ctrl+Enter); later turns are replaced</source>
        <translation>送信（Ctrl+Enter）。これより後のやり取りは置き換えられます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <comment>button: cancel editing</comment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel editing</source>
        <translation>編集をキャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc)</source>
        <translation>キャンセル（Esc）</translation>
    </message>
</context>
<context>
    <name>VersionNavigator</name>
    <message>
        <location line="-145"/>
        <source>Previous version</source>
        <translation>前のバージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next version</source>
        <translation>次のバージョン</translation>
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
        <translation>バージョン {shown}/{total}</translation>
    </message>
</context>
<context>
    <name>WaitingDots</name>
    <message>
        <location line="-49"/>
        <source>Waiting for the first token</source>
        <translation>最初のトークンを待っています</translation>
    </message>
</context>
<context>
    <name>_SamplingGroup</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="-188"/>
        <source>{group}: {field}</source>
        <comment>a sampling setting&apos;s accessible name</comment>
        <translation>{group}：{field}</translation>
    </message>
</context>
</TS>
