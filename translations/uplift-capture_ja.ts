<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccountSettings</name>
    <message>
        <source>Uploads wait for an API key: enter it in Settings.</source>
        <translation>アップロードは API キーを待っています。設定で入力してください。</translation>
    </message>
    <message>
        <source>The API key was saved in the keychain.</source>
        <translation>API キーをキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>The key is used until Uplift Capture quits, but it was not saved: %1</source>
        <translation>キーは Uplift Capture を終了するまで使われますが、保存されませんでした: %1</translation>
    </message>
    <message>
        <source>The athletes cannot be kept on this computer: %1</source>
        <translation>選手をこのコンピューターに保存できません: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>The server address cannot be used: %1</source>
        <translation>サーバーのアドレスを使用できません: %1</translation>
    </message>
    <message>
        <source>The sandbox starts the next time Uplift Capture starts.</source>
        <translation>サンドボックスは次回 Uplift Capture を起動したときに始まります。</translation>
    </message>
    <message>
        <source>Your Uplift account is used the next time Uplift Capture starts.</source>
        <translation>次回 Uplift Capture を起動したときから Uplift アカウントが使われます。</translation>
    </message>
    <message>
        <source>The sandbox is not running yet: it starts the next time Uplift Capture starts.</source>
        <translation>サンドボックスはまだ動いていません。次回 Uplift Capture を起動したときに始まります。</translation>
    </message>
    <message>
        <source>One video is uploaded at a time.</source>
        <translation>動画を 1 本ずつアップロードします。</translation>
    </message>
    <message>
        <source>Up to %1 videos are uploaded at the same time.</source>
        <translation>最大 %1 本の動画を同時にアップロードします。</translation>
    </message>
    <message>
        <source>Uploads are limited to %1 MB/s.</source>
        <translation>アップロード速度を %1 MB/s に制限します。</translation>
    </message>
    <message>
        <source>Uploads are no longer limited in speed.</source>
        <translation>アップロード速度の制限を解除しました。</translation>
    </message>
    <message>
        <source>The sandbox is used again the next time Uplift Capture starts.</source>
        <translation>次回 Uplift Capture を起動したときに、再びサンドボックスが使われます。</translation>
    </message>
    <message>
        <source>Your Uplift account is used the next time Uplift Capture starts without --sandbox.</source>
        <translation>次回 --sandbox なしで Uplift Capture を起動したときから Uplift アカウントが使われます。</translation>
    </message>
    <message>
        <source>Uplift Capture keeps using your Uplift account.</source>
        <translation>Uplift Capture は引き続き Uplift アカウントを使用します。</translation>
    </message>
    <message>
        <source>Videos imported from now on are copied to %1.</source>
        <translation>今後取り込む動画は %1 にコピーされます。</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Could not reach the Uplift server: %1</source>
        <translation>Uplift サーバーに接続できません: %1</translation>
    </message>
    <message>
        <source>The Uplift server did not answer in time.</source>
        <translation>Uplift サーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>The Uplift server sent an answer this program cannot use: %1</source>
        <translation>Uplift サーバーから、このプログラムでは扱えない応答が返されました: %1</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>リクエストが正しくありません。</translation>
    </message>
    <message>
        <source>The Uplift server refused the request (HTTP %1): %2</source>
        <translation>Uplift サーバーがリクエストを拒否しました (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The Uplift server answered HTTP %1 without an explanation.</source>
        <translation>Uplift サーバーが理由なしで HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>The Uplift server answered HTTP %1 with a body that is not an Uplift error.</source>
        <translation>Uplift サーバーが HTTP %1 を返しましたが、本文は Uplift のエラー形式ではありません。</translation>
    </message>
</context>
<context>
    <name>ApiKey</name>
    <message>
        <source>The API key is empty.</source>
        <translation>API キーが空です。</translation>
    </message>
    <message>
        <source>The API key contains a line break or another control character (at position %1). Copy it again from the Uplift dashboard, without line breaks.</source>
        <translation>API キーに改行などの制御文字が含まれています (%1 文字目)。Uplift のダッシュボードから改行なしでもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The API key contains a space or a character that is not part of any Uplift key (at position %1). Copy it again from the Uplift dashboard.</source>
        <translation>API キーに空白、または Uplift のキーには含まれない文字があります (%1 文字目)。Uplift のダッシュボードからもう一度コピーしてください。</translation>
    </message>
</context>
<context>
    <name>Athlete</name>
    <message>
        <source>The custom attribute name %1 is reserved.</source>
        <translation>カスタム属性名 %1 は予約されています。</translation>
    </message>
    <message>
        <source>The custom attribute name "%1" must start with a letter or _ and hold only letters, digits, _ and -.</source>
        <translation>カスタム属性名「%1」は英字または _ で始め、英字・数字・_・- だけを使ってください。</translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation>名は必須です。</translation>
    </message>
    <message>
        <source>The date of birth must be a date written YYYY-MM-DD.</source>
        <translation>生年月日は YYYY-MM-DD の形式で入力してください。</translation>
    </message>
    <message>
        <source>The height (inches) must not be negative.</source>
        <translation>身長 (インチ) に負の値は使えません。</translation>
    </message>
    <message>
        <source>The weight (pounds) must not be negative.</source>
        <translation>体重 (ポンド) に負の値は使えません。</translation>
    </message>
    <message>
        <source>an athlete has no id.</source>
        <translation>ID のない選手があります。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>athlete's name as shown in lists: %1 first name, %2 last name</extracomment>
        <translation>%2 %1</translation>
    </message>
</context>
<context>
    <name>AthleteCache</name>
    <message>
        <source>The folder for the athlete list cannot be created: %1</source>
        <translation>選手リストのフォルダーを作成できません: %1</translation>
    </message>
    <message>
        <source>The athlete list %1 cannot be opened: %2</source>
        <translation>選手リスト %1 を開けません: %2</translation>
    </message>
    <message>
        <source>The athlete list %1 cannot be used: %2</source>
        <translation>選手リスト %1 を使用できません: %2</translation>
    </message>
    <message>
        <source>The athlete list could not be saved on this computer (%1).</source>
        <translation>選手リストをこのコンピューターに保存できませんでした (%1)。</translation>
    </message>
</context>
<context>
    <name>AthletePicker</name>
    <message>
        <source>All teams</source>
        <translation>すべてのチーム</translation>
    </message>
    <message>
        <source>Athlete</source>
        <translation>選手</translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation>チームの絞り込み</translation>
    </message>
    <message>
        <source>Show only the athletes of one team</source>
        <translation>1 つのチームの選手だけを表示</translation>
    </message>
    <message>
        <source>Name, e-mail or team…</source>
        <translation>名前・メール・チーム…</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>チーム:</translation>
    </message>
</context>
<context>
    <name>AvInput</name>
    <message>
        <source>The file no longer exists</source>
        <translation>ファイルはもうありません</translation>
    </message>
    <message>
        <source>The file cannot be read (check its permissions)</source>
        <translation>ファイルを読み込めません（アクセス権を確認してください）</translation>
    </message>
    <message>
        <source>Out of memory while opening the video</source>
        <translation>動画を開く際にメモリが不足しました</translation>
    </message>
    <message>
        <source>Not a video file that can be read (%1)</source>
        <translation>読み込める動画ファイルではありません（%1）</translation>
    </message>
    <message>
        <source>The video's streams cannot be read (%1)</source>
        <translation>動画のストリームを読み込めません（%1）</translation>
    </message>
</context>
<context>
    <name>CameraBanner</name>
    <message>
        <source>Show…</source>
        <translation>表示…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>取り込む…</translation>
    </message>
    <message>
        <source>Show the import</source>
        <translation>取り込みを表示</translation>
    </message>
    <message>
        <source>Import from the camera</source>
        <translation>カメラから取り込む</translation>
    </message>
    <message>
        <source>Show the videos on the card, camera or phone, and import the new ones</source>
        <translation>カード、カメラ、スマートフォンの動画を表示して、新しいものを取り込みます</translation>
    </message>
</context>
<context>
    <name>CameraClipModel</name>
    <message>
        <source>Filmed %1</source>
        <translation>撮影 %1</translation>
    </message>
    <message>
        <source>File saved %1</source>
        <translation>ファイルの保存日時 %1</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>取り込み済み</translation>
    </message>
    <message numerus="yes">
        <source>%n chapters: %1</source>
        <extracomment>A GoPro recording the camera split into several files; %1 lists them.</extracomment>
        <translation>
            <numerusform>%n 個のチャプター: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>ticked for import</source>
        <translation>読み込み対象にチェック済み</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>チェックなし</translation>
    </message>
    <message>
        <source>Space ticks or unticks it</source>
        <translation>スペースキーでチェックを切り替え</translation>
    </message>
</context>
<context>
    <name>CameraPane</name>
    <message>
        <source>less than a minute left</source>
        <translation>残り 1 分未満</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>残り約 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>残り約 %1 時間 %2 分</translation>
    </message>
    <message>
        <source>You can take out %1 now.</source>
        <translation>%1 を取り外せます。</translation>
    </message>
    <message>
        <source>%1 could not be ejected.</source>
        <translation>%1 を取り出せませんでした。</translation>
    </message>
    <message>
        <source>%1 was not ejected: %2</source>
        <translation>%1 を取り出せませんでした: %2</translation>
    </message>
    <message>
        <source>the phone “%1”</source>
        <translation>スマートフォン「%1」</translation>
    </message>
    <message>
        <source>the camera “%1”</source>
        <translation>カメラ「%1」</translation>
    </message>
    <message>
        <source>the card “%1”</source>
        <translation>カード「%1」</translation>
    </message>
    <message>
        <source>%1 is back: the import goes on where it stopped.</source>
        <translation>%1 が戻りました。取り込みは中断したところから続きます。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>新しいものはありません</translation>
    </message>
    <message>
        <source>1 new clip</source>
        <translation>新しいクリップ 1 本</translation>
    </message>
    <message numerus="yes">
        <source>%n new clips</source>
        <translation>
            <numerusform>新しいクリップ %n 本</numerusform>
        </translation>
    </message>
    <message>
        <source>No card, camera or phone is connected.</source>
        <translation>カード、カメラ、スマートフォンが接続されていません。</translation>
    </message>
    <message>
        <source>Put a camera's card in the card reader, or connect a camera or phone with its cable: its videos are listed here.</source>
        <translation>カメラのカードをカードリーダーに入れるか、カメラやスマートフォンをケーブルで接続してください。その動画がここに表示されます。</translation>
    </message>
    <message>
        <source>Choose a card, camera or phone on the left.</source>
        <translation>左側でカード、カメラ、スマートフォンを選んでください。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>There are no videos on %1.</source>
        <translation>%1 に動画はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n videos; checking which were imported before…</source>
        <translation>
            <numerusform>%1: 動画 %n 本。以前に取り込んだものを確認しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new on %1: its %n videos were imported before.</source>
        <translation>
            <numerusform>%1 に新しいものはありません。%n 本の動画はすべて取り込み済みです。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: 1 new video.</source>
        <translation>%1: 新しい動画 1 本。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new videos.</source>
        <translation>
            <numerusform>%1: 新しい動画 %n 本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new videos, %2 imported before.</source>
        <translation>
            <numerusform>%1: 新しい動画 %n 本、取り込み済み %2 本。</numerusform>
        </translation>
    </message>
    <message>
        <source>No videos on it.</source>
        <translation>動画はありません。</translation>
    </message>
    <message>
        <source>Stop Import</source>
        <translation>取り込みを中止</translation>
    </message>
    <message>
        <source>Stop copying; the clips copied so far stay in your library</source>
        <translation>コピーを中止します。ここまでにコピーしたクリップはライブラリに残ります</translation>
    </message>
    <message>
        <source>Import 1 Clip</source>
        <translation>1 本のクリップを取り込む</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Clips</source>
        <translation>
            <numerusform>%n 本のクリップを取り込む</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the ticked clips into %1</source>
        <translation>チェックしたクリップを %1 にコピーします</translation>
    </message>
    <message>
        <source>Nothing new to import: tick the clips to copy.</source>
        <translation>取り込む新しいものはありません。コピーするクリップにチェックを付けてください。</translation>
    </message>
    <message>
        <source>Starting to copy from %1…</source>
        <translation>%1 からコピーを開始しています…</translation>
    </message>
    <message>
        <source>Copying file %1 of %2</source>
        <translation>ファイル %2 個中 %1 個目をコピー中</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1 was taken out while copying: %2 of %3 clips are in your library. Put it back in and the import goes on where it stopped.</source>
        <translation>コピー中に %1 が取り外されました。%3 本中 %2 本のクリップがライブラリにあります。もう一度入れると、取り込みは中断したところから続きます。</translation>
    </message>
    <message>
        <source>Import stopped: %1 of %2 clips are in your library (%3).</source>
        <translation>取り込みを中止しました: %2 本中 %1 本のクリップがライブラリにあります (%3)。</translation>
    </message>
    <message>
        <source>Nothing new: every chosen clip was imported before.</source>
        <translation>新しいものはありません。選んだクリップはすべて取り込み済みです。</translation>
    </message>
    <message>
        <source>1 clip imported into %1; it is in the ready list.</source>
        <translation>1 本のクリップを %1 に取り込みました。準備リストにあります。</translation>
    </message>
    <message numerus="yes">
        <source>%n clips imported into %1; they are in the ready list.</source>
        <translation>
            <numerusform>%n 本のクリップを %1 に取り込みました。準備リストにあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 clips imported. %3</source>
        <translation>%2 本中 %1 本のクリップを取り込みました。%3</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more could not be copied)</source>
        <translation>
            <numerusform>(ほかに %n 本をコピーできませんでした)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is still being copied from: wait until the import is done, or stop it, then eject it.</source>
        <translation>%1 からはまだコピー中です。取り込みが終わるまで待つか、中止してから取り出してください。</translation>
    </message>
    <message>
        <source>Ejecting %1…</source>
        <translation>%1 を取り出しています…</translation>
    </message>
    <message>
        <source>Importing from %1</source>
        <translation>%1 から取り込み中</translation>
    </message>
    <message>
        <source>file %1 of %2</source>
        <translation>ファイル %2 個中 %1 個目</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Two cards, cameras or phones, e.g. "the card “EOS_DIGITAL” and the phone “Pixel 7”".</extracomment>
        <translation>%1 と %2</translation>
    </message>
    <message numerus="yes">
        <source>%n cards, cameras or phones</source>
        <translation>
            <numerusform>%n 台のカード、カメラ、スマートフォン</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: 1 new clip</source>
        <translation>%1: 新しいクリップ 1 本</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new clips</source>
        <translation>
            <numerusform>%1: 新しいクリップ %n 本</numerusform>
        </translation>
    </message>
    <message>
        <source>Cards, cameras and phones</source>
        <translation>カード、カメラ、スマートフォン</translation>
    </message>
    <message>
        <source>Videos on the card</source>
        <translation>カード内の動画</translation>
    </message>
    <message>
        <source>Tick All New</source>
        <translation>新しいものをすべてチェック</translation>
    </message>
    <message>
        <source>Tick all new clips</source>
        <translation>新しいクリップすべてにチェックを付けます</translation>
    </message>
    <message>
        <source>Untick All</source>
        <translation>すべてのチェックを外す</translation>
    </message>
    <message>
        <source>Untick all clips</source>
        <translation>すべてのクリップのチェックを外します</translation>
    </message>
    <message>
        <source>Eject</source>
        <translation>取り出す</translation>
    </message>
    <message>
        <source>Unmount the card (or camera, or phone) so that it can be taken out safely</source>
        <translation>カード (またはカメラ、スマートフォン) を安全に取り外せるようにマウントを解除します</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>取り込みの進み具合</translation>
    </message>
    <message>
        <source>What is on the card</source>
        <translation>カードの内容</translation>
    </message>
    <message>
        <source>%1 stopped answering while copying: %2 of %3 clips are in your library. Take it out and put it back in, and the import goes on where it stopped.</source>
        <translation>コピー中に %1 が応答しなくなりました。%3 本中 %2 本のクリップがライブラリにあります。一度取り出してもう一度入れると、取り込みは中断したところから続きます。</translation>
    </message>
</context>
<context>
    <name>CameraSource</name>
    <message>
        <source>Phone</source>
        <translation>スマートフォン</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Memory card</source>
        <translation>メモリーカード</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>フォルダー %1 はありません。</translation>
    </message>
    <message>
        <source>%1 is a file, not a card or a folder.</source>
        <translation>%1 はファイルです。カードやフォルダーではありません。</translation>
    </message>
    <message>
        <source>%1 has no DCIM folder and no AVCHD folder: it does not look like a camera's card.</source>
        <translation>%1 には DCIM フォルダーも AVCHD フォルダーもありません。カメラのカードではないようです。</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <source>a capture has no session_id.</source>
        <translation>session_id のないキャプチャがあります。</translation>
    </message>
    <message>
        <source>the capture member %1 is not a string.</source>
        <translation>キャプチャの項目 %1 が文字列ではありません。</translation>
    </message>
    <message>
        <source>the capture_time of a capture is not a date-time.</source>
        <translation>キャプチャの capture_time が日時ではありません。</translation>
    </message>
    <message>
        <source>the fps_detected of a capture is not a number.</source>
        <translation>キャプチャの fps_detected が数値ではありません。</translation>
    </message>
</context>
<context>
    <name>CaptureDraft</name>
    <message>
        <source>Choose the athlete</source>
        <translation>選手を選んでください</translation>
    </message>
    <message>
        <source>Choose a session group, or create one with New…</source>
        <translation>セッショングループを選ぶか、「新規…」で作成してください</translation>
    </message>
    <message>
        <source>Choose how the camera was set up: front-on or down-the-line</source>
        <translation>カメラの位置を選んでください: 正面または後方</translation>
    </message>
    <message>
        <source>Choose the activity</source>
        <translation>種目を選んでください</translation>
    </message>
    <message>
        <source>Choose the movement</source>
        <translation>動作を選んでください</translation>
    </message>
    <message>
        <source>%1: choose one; this movement needs it</source>
        <translation>%1: いずれかを選んでください。この動作には必須です</translation>
    </message>
</context>
<context>
    <name>CaptureForm</name>
    <message>
        <source>Describe the capture</source>
        <translation>キャプチャの説明</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>見出し</translation>
    </message>
    <message>
        <source>Athlete</source>
        <translation>選手</translation>
    </message>
    <message>
        <source>Type a name, e-mail or team to find the athlete</source>
        <translation>名前・メール・チームを入力して選手を検索</translation>
    </message>
    <message>
        <source>New athlete</source>
        <translation>新しい選手</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新規…</translation>
    </message>
    <message>
        <source>Create a new athlete (Ctrl+Shift+N)</source>
        <translation>新しい選手を作成 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Session group</source>
        <translation>セッショングループ</translation>
    </message>
    <message>
        <source>The session these clips belong to; one athlete's session</source>
        <translation>これらのクリップが属するセッション (1 人の選手のセッション)</translation>
    </message>
    <message>
        <source>New session group</source>
        <translation>新しいセッショングループ</translation>
    </message>
    <message>
        <source>Start a new session group for this athlete (Ctrl+Shift+G)</source>
        <translation>この選手の新しいセッショングループを開始 (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Camera front-on</source>
        <translation>カメラ: 正面</translation>
    </message>
    <message>
        <source>&amp;Front-on</source>
        <translation>正面(&amp;F)</translation>
    </message>
    <message>
        <source>The camera faces the athlete (Alt+F)</source>
        <translation>カメラが選手の正面を向いている (Alt+F)</translation>
    </message>
    <message>
        <source>Camera down-the-line</source>
        <translation>カメラ: 後方</translation>
    </message>
    <message>
        <source>&amp;Down-the-line</source>
        <translation>後方(&amp;D)</translation>
    </message>
    <message>
        <source>The camera looks along the target line from behind the athlete (Alt+D)</source>
        <translation>カメラが選手の後方から目標方向のラインに沿って撮影 (Alt+D)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>向き</translation>
    </message>
    <message>
        <source>Camera orientation</source>
        <translation>カメラの向き</translation>
    </message>
    <message>
        <source>How the camera was held; filled in from the video</source>
        <translation>カメラの持ち方 (動画から自動入力)</translation>
    </message>
    <message>
        <source>Orientation source</source>
        <translation>向きの取得元</translation>
    </message>
    <message>
        <source>Advanced camera settings</source>
        <translation>カメラの詳細設定</translation>
    </message>
    <message>
        <source>Extra camera settings</source>
        <translation>カメラの追加設定</translation>
    </message>
    <message>
        <source>Extra key/value pairs sent with the camera configuration</source>
        <translation>カメラ設定と一緒に送るキーと値の組</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>種目</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>その他の詳細</translation>
    </message>
    <message>
        <source>Other movement details</source>
        <translation>動作のその他の詳細</translation>
    </message>
    <message>
        <source>Further movement dimensions as key/value pairs</source>
        <translation>動作のその他の項目 (キーと値の組)</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>撮影日時</translation>
    </message>
    <message>
        <source>Capture time</source>
        <translation>撮影日時</translation>
    </message>
    <message>
        <source>When the clip was filmed; never in the future</source>
        <translation>クリップを撮影した日時 (未来の日時は不可)</translation>
    </message>
    <message>
        <source>Capture time source</source>
        <translation>撮影日時の取得元</translation>
    </message>
    <message>
        <source>Why uploading is not possible yet</source>
        <translation>まだアップロードできない理由</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>アップロード</translation>
    </message>
    <message>
        <source>Queue the selected clips for upload (Ctrl+Enter)</source>
        <translation>選択したクリップをアップロード待ちに追加 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Required for this movement</source>
        <translation>この動作には必須</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Describe&lt;/b&gt; — select clips in the list</source>
        <translation>&lt;b&gt;説明&lt;/b&gt; — リストでクリップを選んでください</translation>
    </message>
    <message>
        <source>&lt;b&gt;Describe 1 clip&lt;/b&gt;</source>
        <translation>&lt;b&gt;1 本のクリップを説明&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Describe %n clips&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n 本のクリップを説明&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload 1 clip</source>
        <translation>1 本のクリップをアップロード</translation>
    </message>
    <message numerus="yes">
        <source>Upload %n clips</source>
        <translation>
            <numerusform>%n 本のクリップをアップロード</numerusform>
        </translation>
    </message>
    <message>
        <source>each clip as filmed</source>
        <translation>クリップごと</translation>
    </message>
    <message>
        <source>from the video</source>
        <translation>動画から</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>手動で選択</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>手動で設定</translation>
    </message>
    <message>
        <source>each clip keeps its own time</source>
        <translation>クリップごとの日時</translation>
    </message>
    <message>
        <source>from the file date</source>
        <translation>ファイルの日付から</translation>
    </message>
    <message>
        <source>As filmed (each clip)</source>
        <translation>撮影時のまま (クリップごと)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向き</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>縦向き</translation>
    </message>
    <message>
        <source>What the athlete does, e.g. Golf</source>
        <translation>選手が行う競技（例: ゴルフ）</translation>
    </message>
    <message>
        <source>Which movement of the activity, e.g. Full swing</source>
        <translation>競技のどの動作か（例: フルスイング）</translation>
    </message>
    <message>
        <source>Filled in from the last upload</source>
        <translation>前回のアップロードから入力済み</translation>
    </message>
    <message>
        <source>Filled in as last time for this athlete</source>
        <translation>この選手の前回と同じ内容を入力済み</translation>
    </message>
    <message>
        <source>&lt;i&gt;In italics&lt;/i&gt;: as last time for %1. Check, then upload.</source>
        <translation>&lt;i&gt;斜体&lt;/i&gt;: %1 の前回と同じ内容です。確認してからアップロードしてください。</translation>
    </message>
    <message>
        <source>e.g. Golf</source>
        <translation>例: ゴルフ</translation>
    </message>
    <message>
        <source>e.g. Full swing</source>
        <translation>例: フルスイング</translation>
    </message>
    <message>
        <source>Portrait — from the video</source>
        <translation>縦向き — 動画から</translation>
    </message>
    <message>
        <source>Landscape — from the video</source>
        <translation>横向き — 動画から</translation>
    </message>
</context>
<context>
    <name>CaptureSpec</name>
    <message>
        <source>Choose an athlete (athlete_id is required).</source>
        <translation>選手を選んでください (athlete_id は必須です)。</translation>
    </message>
    <message>
        <source>The athlete id (athlete_id) is not a valid UUID.</source>
        <translation>選手 ID (athlete_id) が正しい UUID ではありません。</translation>
    </message>
    <message>
        <source>A session group (session_group_id) is required.</source>
        <translation>セッショングループ (session_group_id) は必須です。</translation>
    </message>
    <message>
        <source>The session group id (session_group_id) is not a valid UUID.</source>
        <translation>セッショングループ ID (session_group_id) が正しい UUID ではありません。</translation>
    </message>
    <message>
        <source>Choose a camera setup (camera_setup_selection is required).</source>
        <translation>カメラの位置を選んでください (camera_setup_selection は必須です)。</translation>
    </message>
    <message>
        <source>The camera setup (camera_setup_selection) must be single.front_on or single.down_the_line.</source>
        <translation>カメラの位置 (camera_setup_selection) は single.front_on か single.down_the_line にしてください。</translation>
    </message>
    <message>
        <source>The camera orientation (camera_orientation) must be portrait or landscape.</source>
        <translation>カメラの向き (camera_orientation) は portrait か landscape にしてください。</translation>
    </message>
    <message>
        <source>The camera key %1 cannot be given as an extra key.</source>
        <translation>カメラのキー %1 は追加キーとして指定できません。</translation>
    </message>
    <message>
        <source>A camera key must not be blank.</source>
        <translation>カメラのキーを空にすることはできません。</translation>
    </message>
    <message>
        <source>Choose an activity (activity is required).</source>
        <translation>種目を選んでください (activity は必須です)。</translation>
    </message>
    <message numerus="yes">
        <source>The activity must be at most %n characters.</source>
        <translation>
            <numerusform>種目は %n 文字以内にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a movement (movement is required).</source>
        <translation>動作を選んでください (movement は必須です)。</translation>
    </message>
    <message numerus="yes">
        <source>The movement must be at most %n characters.</source>
        <translation>
            <numerusform>動作は %n 文字以内にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The movement key %1 cannot be given as a dimension.</source>
        <translation>動作のキー %1 は項目として指定できません。</translation>
    </message>
    <message>
        <source>A movement dimension name must not be blank.</source>
        <translation>動作の項目名を空にすることはできません。</translation>
    </message>
    <message>
        <source>A file name (file_name) is required.</source>
        <translation>ファイル名 (file_name) は必須です。</translation>
    </message>
    <message>
        <source>The file name (file_name) must not be blank.</source>
        <translation>ファイル名 (file_name) を空にすることはできません。</translation>
    </message>
    <message numerus="yes">
        <source>The file name must be at most %n characters.</source>
        <translation>
            <numerusform>ファイル名は %n 文字以内にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file name must not contain / or \.</source>
        <translation>ファイル名に / や \ は使えません。</translation>
    </message>
    <message>
        <source>The file name must end in .mov.</source>
        <translation>ファイル名の末尾は .mov にしてください。</translation>
    </message>
    <message>
        <source>The file name needs a name before .mov.</source>
        <translation>.mov の前に名前が必要です。</translation>
    </message>
    <message>
        <source>The capture time (capture_time) is in the future.</source>
        <translation>撮影日時 (capture_time) が未来になっています。</translation>
    </message>
    <message>
        <source>The field %1 must be a string.</source>
        <translation>項目 %1 は文字列にしてください。</translation>
    </message>
    <message>
        <source>The field camera_configuration must be an object.</source>
        <translation>項目 camera_configuration はオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>The field movement_attributes must be an object.</source>
        <translation>項目 movement_attributes はオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>The capture time (capture_time) is not an ISO 8601 date-time with a time zone.</source>
        <translation>撮影日時 (capture_time) がタイムゾーン付きの ISO 8601 日時ではありません。</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>uplift-capture %1: %2</source>
        <translation>uplift-capture %1: %2</translation>
    </message>
    <message>
        <source>Stopped by signal %1. Unfinished jobs stay in the queue: run the same command again (or open the window) to carry on; an interrupted upload starts again from the beginning.</source>
        <translation>シグナル %1 で停止しました。未完了のジョブはキューに残ります。続けるには、同じコマンドをもう一度実行するか、ウィンドウを開いてください。中断したアップロードは最初からやり直します。</translation>
    </message>
    <message>
        <source>Upload videos to Uplift through the same queue as the window. Everything is checked before anything is sent.</source>
        <translation>ウィンドウと同じキューで Uplift に動画をアップロードします。送信する前にすべてを確認します。</translation>
    </message>
    <message>
        <source>%1 is already in the queue as job %2; following it.</source>
        <translation>%1 はすでにジョブ %2 としてキューにあります。そのジョブを追跡します。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Print JSON, with each job's history.</source>
        <translation>各ジョブの履歴を含めて JSON で出力します。</translation>
    </message>
    <message>
        <source>List the upload queue.</source>
        <translation>アップロードキューを一覧表示します。</translation>
    </message>
    <message>
        <source>%1	%2	%3	%4</source>
        <translation>%1	%2	%3	%4</translation>
    </message>
    <message>
        <source>%1	%2</source>
        <translation>%1	%2</translation>
    </message>
    <message>
        <source>The job's number, as `uplift-capture jobs` shows it.</source>
        <translation>`uplift-capture jobs` が表示するジョブ番号。</translation>
    </message>
    <message>
        <source>Wait until Uplift has processed the file.</source>
        <translation>Uplift がファイルを処理し終えるまで待ちます。</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>1 行に 1 つの JSON オブジェクトを出力します。</translation>
    </message>
    <message>
        <source>The Uplift API's base URL.</source>
        <translation>Uplift API のベース URL。</translation>
    </message>
    <message>
        <source>Put a failed or cancelled job back in the queue and upload it.</source>
        <translation>失敗またはキャンセルしたジョブをキューに戻してアップロードします。</translation>
    </message>
    <message>
        <source>Cancel a job that has not been uploaded yet.</source>
        <translation>まだアップロードされていないジョブをキャンセルします。</translation>
    </message>
    <message>
        <source>uplift-capture %1: name one job number.</source>
        <translation>uplift-capture %1: ジョブ番号を 1 つ指定してください。</translation>
    </message>
    <message>
        <source>There is no job %1.</source>
        <translation>ジョブ %1 はありません。</translation>
    </message>
    <message>
        <source>Job %1 is %2 and cannot be cancelled.</source>
        <translation>ジョブ %1 は %2 のため、キャンセルできません。</translation>
    </message>
    <message>
        <source>Job %1 cancelled.</source>
        <translation>ジョブ %1 をキャンセルしました。</translation>
    </message>
    <message>
        <source>Job %1 could not be cancelled.</source>
        <translation>ジョブ %1 をキャンセルできませんでした。</translation>
    </message>
    <message>
        <source>Only athletes whose name or email contains TEXT.</source>
        <translation>名前またはメールに TEXT を含む選手のみ。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>List the athletes of the account.</source>
        <translation>アカウントの選手を一覧表示します。</translation>
    </message>
    <message>
        <source>%1	%2	%3</source>
        <translation>%1	%2	%3</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>不明なコマンド: %1</translation>
    </message>
    <message>
        <source>This program cannot start the sandbox; run `uplift-capture sandbox` and give its address with --api-url instead.</source>
        <translation>このプログラムはサンドボックスを起動できません。代わりに `uplift-capture sandbox` を実行し、そのアドレスを --api-url で指定してください。</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>サンドボックスを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>With --sandbox the command uses the sandbox window's queue; while that window is open, add the videos there, or close it and run the command again.</source>
        <translation>--sandbox を指定すると、コマンドはサンドボックスのウィンドウのキューを使います。そのウィンドウが開いている間はそこで動画を追加するか、ウィンドウを閉じてからコマンドをもう一度実行してください。</translation>
    </message>
    <message>
        <source>Exit codes:
  0  every file uploaded (with --wait: processed)
  1  other failure (no API key, queue busy or unreadable, cancelled)
  2  usage or validation error; nothing was sent
  3  the API or S3 refused a file for good
  4  a file kept failing until its retries ran out
  5  uploaded, but processing ended in an error (--wait)
  6  a clip uploaded (or failed) before was left out: answered no, or no terminal to
     ask on and no --again
  130 stopped by Ctrl-C or SIGTERM; unfinished jobs stay in the queue</source>
        <translation>終了コード:
  0  すべてのファイルをアップロード済み (--wait 指定時: 処理済み)
  1  その他の失敗 (API キーなし、キューが使用中または読めない、キャンセル)
  2  使い方または検証のエラー。何も送信していません
  3  API または S3 がファイルを最終的に拒否しました
  4  再試行を使い切るまでファイルが失敗し続けました
  5  アップロード済みだが処理がエラーで終了しました (--wait)
  6  以前にアップロードした (または失敗した) クリップを除外: 「いいえ」と回答したか、
     確認する端末がなく --again もありません
  130 Ctrl-C または SIGTERM で停止。未完了のジョブはキューに残ります</translation>
    </message>
    <message>
        <source>y</source>
        <comment>the short yes of [y/N]</comment>
        <translation>y</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 was already uploaded for %2 on %3 (job %4).</source>
        <translation>%1 は %3 に %2 向けにアップロード済みです (ジョブ %4)。</translation>
    </message>
    <message>
        <source>%1 was already queued for %2 on %3 as job %4, which failed; `uplift-capture retry %4` tries that job again.</source>
        <translation>%1 は %3 に %2 向けにジョブ %4 としてキューに追加されましたが、失敗しました。`uplift-capture retry %4` でそのジョブを再試行できます。</translation>
    </message>
    <message>
        <source>%1 was already uploaded as job %2, which Uplift is processing; following it.</source>
        <translation>%1 はすでにジョブ %2 としてアップロード済みで、Uplift が処理中です。そのジョブを追跡します。</translation>
    </message>
    <message>
        <source>%1 Upload it again? [y/N]</source>
        <translation>%1 もう一度アップロードしますか? [y/N]</translation>
    </message>
    <message>
        <source>%1 Not uploaded again; add --again to upload it anyway.</source>
        <translation>%1 再アップロードはしません。それでもアップロードするには --again を付けてください。</translation>
    </message>
    <message>
        <source>%1 is left out.</source>
        <translation>%1 を除外しました。</translation>
    </message>
    <message>
        <source>List the sandbox's queue (the jobs of `uplift-capture --sandbox`) instead of your account's.</source>
        <translation>アカウントのキューではなく、サンドボックスのキュー (`uplift-capture --sandbox` のジョブ) を一覧表示します。</translation>
    </message>
    <message numerus="yes">
        <source>Your account's queue is empty; %n job(s) are in the sandbox's: uplift-capture jobs --sandbox</source>
        <translation>
            <numerusform>アカウントのキューは空です。サンドボックスのキューに %n 件のジョブがあります: uplift-capture jobs --sandbox</numerusform>
        </translation>
    </message>
    <message>
        <source>A job of the sandbox's queue (`uplift-capture jobs --sandbox`); while the sandbox window is open, use the window.</source>
        <translation>サンドボックスのキューのジョブ (`uplift-capture jobs --sandbox`)。サンドボックスのウィンドウが開いている間は、ウィンドウを使ってください。</translation>
    </message>
    <message>
        <source>uplift-capture %1: --sandbox and --api-url cannot be used together: the sandbox runs on this computer.</source>
        <translation>uplift-capture %1: --sandbox と --api-url は同時に使えません。サンドボックスはこのコンピューター上で動作します。</translation>
    </message>
    <message>
        <source>List the sandbox's athletes (those of `uplift-capture --sandbox`) instead of your account's. While the sandbox window is open, those it last loaded.</source>
        <translation>アカウントの選手ではなく、サンドボックスの選手 (`uplift-capture --sandbox` の選手) を一覧表示します。サンドボックスのウィンドウが開いている間は、ウィンドウが最後に読み込んだ選手を表示します。</translation>
    </message>
    <message>
        <source>uplift-capture athletes: --sandbox and --api-url cannot be used together: the sandbox runs on this computer.</source>
        <translation>uplift-capture athletes: --sandbox と --api-url は同時に使えません。サンドボックスはこのコンピューター上で動作します。</translation>
    </message>
    <message>
        <source>The sandbox is in use by another Uplift Capture (process %1), which has not loaded its athletes yet. %2</source>
        <translation>サンドボックスは別の Uplift Capture (プロセス %1) が使用中で、まだ選手を読み込んでいません。%2</translation>
    </message>
    <message>
        <source>The sandbox window is open (process %1): these are the athletes it last loaded.</source>
        <translation>サンドボックスのウィンドウが開いています (プロセス %1)。以下はウィンドウが最後に読み込んだ選手です。</translation>
    </message>
    <message>
        <source>Upload videos to Uplift through the window's queue.</source>
        <translation>ウィンドウと同じキューで Uplift に動画をアップロードします。</translation>
    </message>
    <message>
        <source>List the upload queue and each job's state.</source>
        <translation>アップロードキューと各ジョブの状態を一覧表示します。</translation>
    </message>
    <message>
        <source>List the athletes of the account, with their ids.</source>
        <translation>アカウントの選手を ID 付きで一覧表示します。</translation>
    </message>
    <message>
        <source>Put a failed or cancelled job back in the queue.</source>
        <translation>失敗またはキャンセルしたジョブをキューに戻します。</translation>
    </message>
    <message>
        <source>The takes to listen to: any video the upload command takes.</source>
        <translation>解析するテイク: upload コマンドで使える動画ならどれでも指定できます。</translation>
    </message>
    <message>
        <source>With --movement: the movement filmed, which sets the seconds before and after each impact and the shortest time between two strikes (default: 2 s, 2 s and 2 s).</source>
        <translation>--movement と一緒に指定: 撮影した動作。各インパクトの前後の秒数と、2 回の打球の最短間隔が決まります (既定: 2 秒、2 秒、2 秒)。</translation>
    </message>
    <message>
        <source>The movement, with --activity.</source>
        <translation>動作 (--activity と一緒に指定)。</translation>
    </message>
    <message>
        <source>Print one JSON object per file and line: {"file", "audio", "impacts": [{"time", "start", "end", "strength_db"}]}, times in seconds from the first video frame.</source>
        <translation>ファイルごとに 1 行で JSON オブジェクトを出力します: {"file", "audio", "impacts": [{"time", "start", "end", "strength_db"}]}。時間は動画の最初のフレームからの秒数です。</translation>
    </message>
    <message>
        <source>List the impacts heard in each take's sound (a ball struck, a landing) and the part around each that `upload --split-at-impacts` would upload; nothing is sent. Times are seconds from the first video frame; strength is the strike's level in dB (0: full scale).</source>
        <translation>各テイクの音声から聞き取ったインパクト (打球、着地) と、その前後で `upload --split-at-impacts` がアップロードする部分を一覧表示します。何も送信しません。時間は動画の最初のフレームからの秒数、強さは打球の音量 (dB、0 がフルスケール) です。</translation>
    </message>
    <message>
        <source>Exit codes:
  0  every file was listened to (a take without sound or without an impact included)
  2  usage error, or a file could not be read (named, with the reason, on stderr;
     the other files are still listed)</source>
        <translation>終了コード:
  0  すべてのファイルを解析しました (音声のないテイクやインパクトのないテイクも含む)
  2  使い方のエラー、またはファイルを読み込めませんでした (ファイル名と理由を stderr に出力します。
     ほかのファイルは引き続き一覧表示します)</translation>
    </message>
    <message>
        <source>uplift-capture impacts: name at least one video file.</source>
        <translation>uplift-capture impacts: 動画ファイルを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>uplift-capture impacts: --activity and --movement go together: the movement sets the parts.</source>
        <translation>uplift-capture impacts: --activity と --movement は一緒に指定してください。動作によって部分が決まります。</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1: ファイルを読み込めません。</translation>
    </message>
    <message>
        <source>%1: the file is not there.</source>
        <translation>%1: ファイルがありません。</translation>
    </message>
    <message>
        <source>not a video this program can read.</source>
        <translation>このプログラムで読み込める動画ではありません。</translation>
    </message>
    <message>
        <source><byte value="xd" />Listening to %1… %2 %</source>
        <translation><byte value="xd" />%1 を解析中… %2 %</translation>
    </message>
    <message>
        <source>List the impacts heard in videos and the parts a split at impacts makes; nothing is sent.</source>
        <translation>動画から聞き取ったインパクトと、インパクトで分割したときの部分を一覧表示します。何も送信しません。</translation>
    </message>
    <message>
        <source>List the cards, cameras and phones and their new clips.</source>
        <translation>カード、カメラ、スマートフォンと、その新しいクリップを一覧表示します。</translation>
    </message>
    <message>
        <source>Copy the new clips of a card, camera or phone into a folder.</source>
        <translation>カード、カメラ、スマートフォンの新しいクリップをフォルダーにコピーします。</translation>
    </message>
</context>
<context>
    <name>ClipIdentity</name>
    <message>
        <source>The card did not answer while reading %1.</source>
        <translation>%1 の読み込み中にカードが応答しませんでした。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was read.</source>
        <translation>%1 は読み込み中に変更されました。</translation>
    </message>
</context>
<context>
    <name>ClipImport</name>
    <message>
        <source>Cannot write into %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 on the card: %2</source>
        <translation>カード上の %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The card was taken out while %1 was being copied.</source>
        <translation>%1 のコピー中にカードが取り外されました。</translation>
    </message>
    <message>
        <source>The card stopped answering while %1 was being copied.</source>
        <translation>%1 のコピー中にカードが応答しなくなりました。</translation>
    </message>
    <message>
        <source>%1 is full: %2 could not be copied.</source>
        <translation>%1 がいっぱいです。%2 をコピーできませんでした。</translation>
    </message>
    <message>
        <source>Cannot write %1 into %2: %3</source>
        <translation>%1 を %2 に書き込めません: %3</translation>
    </message>
    <message>
        <source>The copy of %1 does not match the card: it was not kept.</source>
        <translation>%1 のコピーがカードの内容と一致しないため、保存しませんでした。</translation>
    </message>
    <message>
        <source>Cannot name the copy of %1: %2</source>
        <translation>%1 のコピーに名前を付けられません: %2</translation>
    </message>
    <message>
        <source>Too many files are called %1 in %2.</source>
        <translation>%2 に %1 という名前のファイルが多すぎます。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Put it back in to copy the rest: the import goes on where it stopped.</source>
        <translation>残りをコピーするには、もう一度入れてください。取り込みは中断したところから続きます。</translation>
    </message>
    <message>
        <source>The import was stopped.</source>
        <translation>取り込みを中止しました。</translation>
    </message>
    <message>
        <source>Cannot check copies: the system gave no random numbers.</source>
        <translation>コピーを確認できません: システムが乱数を返しません。</translation>
    </message>
    <message>
        <source>Cannot check the copy of %1.</source>
        <translation>%1 のコピーを確認できません。</translation>
    </message>
    <message>
        <source>Take it out and put it back in to copy the rest: the import goes on where it stopped.</source>
        <translation>残りをコピーするには、一度取り出してからもう一度入れてください。取り込みは中断したところから続きます。</translation>
    </message>
</context>
<context>
    <name>ClipRange</name>
    <message>
        <source>"%1" is not a range: write START-END, e.g. 12.5-16 or 1:02-1:06.5</source>
        <translation>「%1」は範囲ではありません。開始-終了の形で書いてください（例: 12.5-16、1:02-1:06.5）</translation>
    </message>
    <message>
        <source>"%1" is not a range: each side is seconds (12.5) or [hh:]mm:ss[.fff] (1:02.5)</source>
        <translation>「%1」は範囲ではありません。両端は秒（12.5）または [hh:]mm:ss[.fff]（1:02.5）で書いてください</translation>
    </message>
    <message>
        <source>The range %1 ends before it starts</source>
        <translation>範囲 %1 は開始より前に終わっています</translation>
    </message>
    <message>
        <source>The range %1–%2 ends before it starts</source>
        <translation>範囲 %1–%2 は開始より前に終わっています</translation>
    </message>
    <message>
        <source>The range %1–%2 starts after the end of the video (%3)</source>
        <translation>範囲 %1–%2 は動画の終わり（%3）より後に始まります</translation>
    </message>
    <message>
        <source>The ranges %1–%2 and %3–%4 overlap</source>
        <translation>範囲 %1–%2 と %3–%4 が重なっています</translation>
    </message>
</context>
<context>
    <name>ClipRemux</name>
    <message>
        <source>Preparation was cancelled</source>
        <translation>準備は取り消されました</translation>
    </message>
    <message>
        <source>This video cannot go into a .mov without re-encoding</source>
        <translation>この動画は再エンコードせずに .mov にできません</translation>
    </message>
    <message>
        <source>The range ends before it starts</source>
        <translation>範囲が開始より前に終わっています</translation>
    </message>
    <message>
        <source>The range starts after the end of the video</source>
        <translation>範囲が動画の終わりより後に始まります</translation>
    </message>
    <message>
        <source>Not enough free space to prepare the clip: it needs %1 MB, %2 MB are free in %3</source>
        <translation>クリップを準備する空き容量が足りません: %1 MB 必要ですが、%3 の空きは %2 MB です</translation>
    </message>
    <message>
        <source>The video cannot be read at %1 s</source>
        <translation>%1 秒の位置で動画を読み込めません</translation>
    </message>
    <message>
        <source>The .mov writer could not start (%1)</source>
        <translation>.mov の書き出しを開始できませんでした（%1）</translation>
    </message>
    <message>
        <source>An audio track cannot go into a .mov without re-encoding</source>
        <translation>音声トラックを再エンコードせずに .mov にできません</translation>
    </message>
    <message>
        <source>Out of memory while preparing the clip</source>
        <translation>クリップの準備中にメモリが不足しました</translation>
    </message>
    <message>
        <source>The prepared clip cannot be written in %1 (%2)</source>
        <translation>準備したクリップを %1 に書き込めません（%2）</translation>
    </message>
    <message>
        <source>The .mov header cannot be written (%1)</source>
        <translation>.mov のヘッダーを書き込めません（%1）</translation>
    </message>
    <message>
        <source>The prepared clip could not be written (%1)</source>
        <translation>準備したクリップを書き込めませんでした（%1）</translation>
    </message>
    <message>
        <source>No video was found in the chosen range</source>
        <translation>選んだ範囲に映像がありません</translation>
    </message>
    <message>
        <source>The prepared clip could not be finished (%1)</source>
        <translation>準備したクリップを完成できませんでした（%1）</translation>
    </message>
    <message>
        <source>The prepared clip could not be renamed to %1</source>
        <translation>準備したクリップの名前を %1 に変更できませんでした</translation>
    </message>
    <message>
        <source>the recording could not be read after %1 s (%2); the clip ends there</source>
        <translation>録画を %1 秒以降読み込めませんでした（%2）。クリップはそこで終わります</translation>
    </message>
</context>
<context>
    <name>CoachAccount</name>
    <message>
        <source>Connected: the key works.</source>
        <translation>接続しました: キーは有効です。</translation>
    </message>
    <message>
        <source>the list saved on this computer is shown (%1)</source>
        <translation>このコンピューターに保存された一覧を表示しています (%1)</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and this computer's internet connection.</source>
        <translation>サーバーに接続できません。アドレスとこのコンピューターのインターネット接続を確認してください。</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>サーバーが時間内に応答しませんでした。少ししてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Something answered at this address, but it is not the Uplift API. Check the address.</source>
        <translation>このアドレスで応答がありましたが、Uplift API ではありません。アドレスを確認してください。</translation>
    </message>
    <message>
        <source>The server refused this API key. Check that it was copied completely, or make a new one in the Uplift Capture web app.</source>
        <translation>サーバーがこの API キーを拒否しました。すべてコピーされているか確認するか、Uplift Capture の Web アプリで新しいキーを作成してください。</translation>
    </message>
    <message>
        <source>This API key may not read the athletes. Ask your organisation's admin for a key with access.</source>
        <translation>この API キーでは選手を読み取れません。組織の管理者にアクセス権のあるキーを依頼してください。</translation>
    </message>
    <message>
        <source>There is no Uplift API at this address. Check the address (it normally ends in /v1).</source>
        <translation>このアドレスには Uplift API がありません。アドレスを確認してください (通常は /v1 で終わります)。</translation>
    </message>
    <message>
        <source>The server is busy (too many requests). Try again in a minute.</source>
        <translation>サーバーが混雑しています (リクエストが多すぎます)。1 分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>The Uplift server has a problem right now (HTTP %1). Try again later.</source>
        <translation>Uplift サーバーで現在問題が発生しています (HTTP %1)。後でもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>No API key is saved yet. Enter it in Settings, or set the environment variable %1.</source>
        <translation>API キーがまだ保存されていません。設定で入力するか、環境変数 %1 を設定してください。</translation>
    </message>
    <message>
        <source>No keychain service is available on this computer (%1), so Uplift Capture cannot keep an API key. Set the environment variable %2 instead.</source>
        <translation>このコンピューターではキーチェーンサービスを使えないため (%1)、Uplift Capture は API キーを保存できません。代わりに環境変数 %2 を設定してください。</translation>
    </message>
    <message>
        <source>The keychain refused to give out the API key (%1). Unlock the keychain, or set the environment variable %2.</source>
        <translation>キーチェーンが API キーを渡しませんでした (%1)。キーチェーンのロックを解除するか、環境変数 %2 を設定してください。</translation>
    </message>
    <message>
        <source>The API key was saved in the keychain, but the environment variable %1 is set and takes precedence.</source>
        <translation>API キーはキーチェーンに保存されましたが、環境変数 %1 が設定されているため、そちらが優先されます。</translation>
    </message>
    <message>
        <source>The API key was not saved: no keychain service is available on this computer (%1). It was not written anywhere else; set the environment variable %2 instead.</source>
        <translation>API キーは保存されませんでした: このコンピューターではキーチェーンサービスを使えません (%1)。ほかの場所にも書き込んでいません。代わりに環境変数 %2 を設定してください。</translation>
    </message>
    <message>
        <source>The keychain did not save the API key (%1).</source>
        <translation>キーチェーンに API キーを保存できませんでした (%1)。</translation>
    </message>
    <message>
        <source>The API key could not be removed from the keychain (%1).</source>
        <translation>キーチェーンから API キーを削除できませんでした (%1)。</translation>
    </message>
    <message>
        <source>The environment variable %1 is not a usable key: %2</source>
        <translation>環境変数 %1 は使用できるキーではありません: %2</translation>
    </message>
    <message>
        <source>The API key saved in the keychain cannot be used: %1 Enter it again in Settings.</source>
        <translation>キーチェーンに保存された API キーは使用できません: %1 設定でもう一度入力してください。</translation>
    </message>
</context>
<context>
    <name>DeviceCommand</name>
    <message>
        <source>Use the sandbox's list of imported clips (the one of `uplift-capture --sandbox`) instead of your own.</source>
        <translation>自分のリストではなく、サンドボックスの取り込み済みクリップのリスト (`uplift-capture --sandbox` のもの) を使います。</translation>
    </message>
    <message>
        <source>?:??</source>
        <translation>?:??</translation>
    </message>
    <message>
        <source>  %1	%2	%3	%4	%5</source>
        <translation>  %1	%2	%3	%4	%5</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>取り込み済み</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>%1 (file time)</source>
        <translation>%1 (ファイルの日時)</translation>
    </message>
    <message numerus="yes">
        <source> (%n chapter(s))</source>
        <translation>
            <numerusform> (%n 個のチャプター)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>List the cards, cameras and phones there are, and their clips: new, or imported before.</source>
        <translation>カード、カメラ、スマートフォンと、そのクリップ (新規または取り込み済み) を一覧表示します。</translation>
    </message>
    <message>
        <source>Exit codes:
  0  listed (perhaps nothing)
  1  the list of imported clips cannot be read, or looking took too long
  2  usage error</source>
        <translation>終了コード:
  0  一覧を表示しました (何もない場合も含む)
  1  取り込み済みクリップのリストを読み込めないか、検索に時間がかかりすぎました
  2  使い方のエラー</translation>
    </message>
    <message>
        <source>uplift-capture devices takes no file or folder; to import one, use uplift-capture import FOLDER</source>
        <translation>uplift-capture devices にはファイルもフォルダーも指定しません。取り込むには uplift-capture import FOLDER を使ってください</translation>
    </message>
    <message>
        <source>Looking for cards, cameras and phones took too long.</source>
        <translation>カード、カメラ、スマートフォンの検索に時間がかかりすぎました。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) %3: %Ln new of %4</source>
        <translation>
            <numerusform>%1 (%2) %3: %4 本中 %Ln 本が新規</numerusform>
        </translation>
    </message>
    <message>
        <source>No card, camera or phone with videos is there.</source>
        <translation>動画のあるカード、カメラ、スマートフォンはありません。</translation>
    </message>
    <message>
        <source>The card's, camera's or phone's folder (the one holding DCIM or PRIVATE/AVCHD), as `uplift-capture devices` lists it.</source>
        <translation>カード、カメラ、スマートフォンのフォルダー (DCIM または PRIVATE/AVCHD を含むもの)。`uplift-capture devices` が表示するとおりに指定します。</translation>
    </message>
    <message>
        <source>Copy into this folder (default: %1).</source>
        <translation>このフォルダーにコピーします (既定: %1)。</translation>
    </message>
    <message>
        <source>Copy every new clip of a card, camera or phone into a folder and print the paths of the copies. A clip imported before (even renamed, or from another card) is left out; a file already in the folder is never overwritten.</source>
        <translation>カード、カメラ、スマートフォンの新しいクリップをすべてフォルダーにコピーし、コピーのパスを出力します。以前に取り込んだクリップ (名前を変えたものや、別のカードからのものも含む) は除外します。フォルダーにすでにあるファイルは上書きしません。</translation>
    </message>
    <message>
        <source>Exit codes:
  0  new clips were copied
  1  a copy failed (nothing recorded for it, its partial file removed), or the
     card went away (run the command again when it is back: the copy goes on)
  2  usage error, or SOURCE is not a folder with DCIM or PRIVATE/AVCHD in it
  3  nothing new: every clip was imported before
  130 stopped by Ctrl-C or SIGTERM (run it again to go on)</source>
        <translation>終了コード:
  0  新しいクリップをコピーしました
  1  コピーに失敗しました (そのクリップは記録せず、途中までのファイルは削除します)、または
     カードが取り外されました (戻したらコマンドをもう一度実行してください。コピーは続きから再開します)
  2  使い方のエラー、または SOURCE が DCIM か PRIVATE/AVCHD を含むフォルダーではありません
  3  新しいものはありません: すべてのクリップは取り込み済みです
  130 Ctrl-C または SIGTERM で停止しました (もう一度実行すると続きから再開します)</translation>
    </message>
    <message>
        <source>uplift-capture import: give one card, camera or phone folder (SOURCE).</source>
        <translation>uplift-capture import: カード、カメラ、スマートフォンのフォルダー (SOURCE) を 1 つ指定してください。</translation>
    </message>
    <message>
        <source>Copying %1 of %2: %3 of %4</source>
        <translation>%2 個中 %1 個目をコピー中: %4 中 %3</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>、%1/秒</translation>
    </message>
    <message>
        <source>, %1 left</source>
        <translation>、残り %1</translation>
    </message>
    <message>
        <source>Nothing new on %1: every clip was imported before.</source>
        <translation>%1 に新しいものはありません。すべてのクリップは取り込み済みです。</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop highlight</source>
        <translation>ドロップ位置の強調表示</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>Could not reach the upload server (connection refused).</source>
        <translation>アップロードサーバーに接続できませんでした (接続が拒否されました)。</translation>
    </message>
    <message>
        <source>Could not find the upload server (its name did not resolve).</source>
        <translation>アップロードサーバーが見つかりませんでした (名前を解決できませんでした)。</translation>
    </message>
    <message>
        <source>The upload server closed the connection before the upload finished.</source>
        <translation>アップロードが終わる前に、アップロードサーバーが接続を閉じました。</translation>
    </message>
    <message>
        <source>The upload server did not answer in time.</source>
        <translation>アップロードサーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The upload was stopped before it finished.</source>
        <translation>アップロードは完了する前に中止されました。</translation>
    </message>
    <message>
        <source>A secure connection to the upload server could not be made.</source>
        <translation>アップロードサーバーとの安全な接続を確立できませんでした。</translation>
    </message>
    <message>
        <source>The network connection was lost during the upload.</source>
        <translation>アップロード中にネットワーク接続が切れました。</translation>
    </message>
    <message>
        <source>The network's proxy server did not let the upload through.</source>
        <translation>ネットワークのプロキシサーバーがアップロードを通しませんでした。</translation>
    </message>
    <message>
        <source>The connection to the upload server failed.</source>
        <translation>アップロードサーバーへの接続に失敗しました。</translation>
    </message>
    <message>
        <source>The upload server refused the file as too large.</source>
        <translation>ファイルが大きすぎるため、アップロードサーバーに拒否されました。</translation>
    </message>
    <message>
        <source>The upload server refused the file as too small.</source>
        <translation>ファイルが小さすぎるため、アップロードサーバーに拒否されました。</translation>
    </message>
    <message>
        <source>The upload server refused the upload (its permission was not accepted or ran out).</source>
        <translation>アップロードサーバーがアップロードを拒否しました (許可が受け入れられなかったか、期限が切れました)。</translation>
    </message>
    <message>
        <source>The upload server is busy.</source>
        <translation>アップロードサーバーが混雑しています。</translation>
    </message>
    <message>
        <source>The upload server gave up waiting for the file.</source>
        <translation>アップロードサーバーがファイルの受信待ちを打ち切りました。</translation>
    </message>
    <message>
        <source>The upload server had a problem of its own (HTTP %1).</source>
        <translation>アップロードサーバー側で問題が発生しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>The upload server refused the upload (HTTP %1).</source>
        <translation>アップロードサーバーがアップロードを拒否しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>The upload server refused the upload.</source>
        <translation>アップロードサーバーがアップロードを拒否しました。</translation>
    </message>
    <message>
        <source>Check that this computer is online; it is tried again by itself.</source>
        <translation>このコンピューターがオンラインか確認してください。自動的に再試行されます。</translation>
    </message>
    <message>
        <source>It is tried again by itself.</source>
        <translation>自動的に再試行されます。</translation>
    </message>
    <message>
        <source>Check that this computer is online, then choose Retry.</source>
        <translation>このコンピューターがオンラインか確認してから、「再試行」を選んでください。</translation>
    </message>
    <message>
        <source>Choose Retry to try again; the details say more.</source>
        <translation>「再試行」を選ぶともう一度試します。詳しくは詳細をご覧ください。</translation>
    </message>
    <message>
        <source>It is sent when the connection is back.</source>
        <translation>接続が回復すると送信されます。</translation>
    </message>
    <message>
        <source>The upload server stopped answering.</source>
        <translation>アップロードサーバーが応答しなくなりました。</translation>
    </message>
    <message>
        <source>The upload server sent an answer far too long to be a real one.</source>
        <translation>アップロードサーバーから、正しい応答とは思えないほど長い応答が返されました。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>FrameDecoder</name>
    <message>
        <source>The video's picture has a size that cannot be shown</source>
        <translation>動画の映像は表示できないサイズです</translation>
    </message>
    <message>
        <source>The video's picture is in a form that cannot be shown</source>
        <translation>動画の映像は表示できない形式です</translation>
    </message>
    <message>
        <source>Out of memory while making the video's picture</source>
        <translation>動画の映像を作成中にメモリが不足しました</translation>
    </message>
    <message>
        <source>The video's picture could not be made</source>
        <translation>動画の映像を作成できませんでした</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止しました</translation>
    </message>
    <message>
        <source>The file has no video that can be shown</source>
        <translation>このファイルには表示できる動画がありません</translation>
    </message>
    <message>
        <source>Out of memory while opening the video</source>
        <translation>動画を開く際にメモリが不足しました</translation>
    </message>
    <message>
        <source>The video cannot be decoded (%1)</source>
        <translation>動画をデコードできません（%1）</translation>
    </message>
    <message>
        <source>Out of memory while decoding the video</source>
        <translation>動画のデコード中にメモリが不足しました</translation>
    </message>
    <message>
        <source>The video's picture could not be found in a reasonable time</source>
        <translation>動画の映像が妥当な時間内に見つかりませんでした</translation>
    </message>
    <message>
        <source>The video could not be read to its picture (%1)</source>
        <translation>動画を映像まで読み取れませんでした（%1）</translation>
    </message>
    <message>
        <source>The video has no picture that can be decoded</source>
        <translation>動画にはデコードできる映像がありません</translation>
    </message>
</context>
<context>
    <name>FrameRate</name>
    <message>
        <source>The uploaded file could not be read.</source>
        <translation>アップロードされたファイルを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The uploaded file is not a playable video (no QuickTime movie header found).</source>
        <translation>アップロードされたファイルは再生できる動画ではありません (QuickTime のムービーヘッダーがありません)。</translation>
    </message>
    <message>
        <source>The uploaded file has no video track.</source>
        <translation>アップロードされたファイルに映像トラックがありません。</translation>
    </message>
    <message>
        <source>The frame rate of the uploaded video cannot be determined.</source>
        <translation>アップロードされた動画のフレームレートを判定できません。</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>Queued</source>
        <translation>キューに追加</translation>
    </message>
    <message>
        <source>Uplift Capture started again</source>
        <translation>Uplift Capture を再起動</translation>
    </message>
    <message>
        <source>Preparing the clip</source>
        <translation>クリップを準備</translation>
    </message>
    <message>
        <source>Checking the video is unchanged</source>
        <translation>動画が変わっていないか確認</translation>
    </message>
    <message>
        <source>Upload link from Uplift</source>
        <translation>Uplift のアップロードリンク</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>アップロード</translation>
    </message>
    <message>
        <source>Analysis by Uplift</source>
        <translation>Uplift による解析</translation>
    </message>
    <message>
        <source>Asking Uplift what became of it</source>
        <translation>Uplift に状況を問い合わせ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Uploads paused</source>
        <translation>アップロードを一時停止</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>made again</source>
        <translation>作り直し</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>the video changed, prepared again</source>
        <translation>動画が変更されたため再準備</translation>
    </message>
    <message>
        <source>goes on from where it was</source>
        <translation>中断したところから再開</translation>
    </message>
    <message>
        <source>its answer was lost, Uplift is asked</source>
        <translation>応答が失われたため Uplift に確認</translation>
    </message>
    <message>
        <source>the link had expired, a new one was asked for</source>
        <translation>リンクの期限が切れたため新しいリンクを要求</translation>
    </message>
    <message>
        <source>the link could not be used, a new one was asked for</source>
        <translation>リンクが使えないため新しいリンクを要求</translation>
    </message>
    <message>
        <source>tried again soon</source>
        <translation>まもなく再試行</translation>
    </message>
    <message>
        <source>the link expired</source>
        <translation>リンクの期限切れ</translation>
    </message>
    <message>
        <source>waiting for the network</source>
        <translation>ネットワークを待機中</translation>
    </message>
    <message>
        <source>no tries left</source>
        <translation>試行回数の上限</translation>
    </message>
    <message>
        <source>the time for trying again ran out</source>
        <translation>再試行の時間切れ</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>完了済み</translation>
    </message>
    <message>
        <source>Uplift reported an error</source>
        <translation>Uplift がエラーを報告</translation>
    </message>
    <message>
        <source>asked for</source>
        <translation>要求済み</translation>
    </message>
    <message>
        <source>found at Uplift</source>
        <translation>Uplift で見つかりました</translation>
    </message>
    <message>
        <source>not uploaded yet</source>
        <translation>まだアップロードされていません</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>確認できませんでした</translation>
    </message>
    <message>
        <source>not found at Uplift</source>
        <translation>Uplift で見つかりません</translation>
    </message>
    <message>
        <source>reserved but never used</source>
        <translation>予約されたが未使用</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One line of an upload's history: what was done, how it ended ("Upload: started").</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ImpactFinder</name>
    <message>
        <source>Finding the impacts was cancelled</source>
        <translation>インパクトの検出をキャンセルしました</translation>
    </message>
    <message>
        <source>The sound of this video cannot be read (no decoder for it)</source>
        <translation>この動画の音声を読み込めません (対応するデコーダーがありません)</translation>
    </message>
    <message>
        <source>The sound of this video cannot be read (%1)</source>
        <translation>この動画の音声を読み込めません (%1)</translation>
    </message>
    <message>
        <source>Out of memory while finding the impacts</source>
        <translation>インパクトの検出中にメモリが不足しました</translation>
    </message>
    <message>
        <source>The video's frames cannot be read</source>
        <translation>動画のフレームを読み込めません</translation>
    </message>
</context>
<context>
    <name>ImpactSplit</name>
    <message>
        <source>%1: no sound track, so no impacts to split it at.</source>
        <translation>%1: 音声トラックがないため、分割するインパクトがありません。</translation>
    </message>
    <message>
        <source>%1: no impact heard.</source>
        <translation>%1: インパクトは聞き取れませんでした。</translation>
    </message>
    <message>
        <source>%1: impacts heard: %2; each part %3 s before to %4 s after (time, part, strength):</source>
        <translation>%1: 聞き取ったインパクト: %2。各部分はインパクトの %3 秒前から %4 秒後まで (時刻、部分、強さ):</translation>
    </message>
    <message>
        <source>  %1	%2 s	%3-%4 s	%5 dB</source>
        <translation>  %1	%2 秒	%3-%4 秒	%5 dB</translation>
    </message>
    <message>
        <source>Split at Impacts</source>
        <translation>インパクトで分割</translation>
    </message>
    <message>
        <source>Find each strike in the sound and make each swing its own clip</source>
        <translation>音声から打球を見つけ、スイングごとに別のクリップにします</translation>
    </message>
    <message>
        <source>Add at Playhead</source>
        <translation>再生位置に追加</translation>
    </message>
    <message>
        <source>Add an impact where the video is now</source>
        <translation>動画の現在の位置にインパクトを追加します</translation>
    </message>
    <message>
        <source>A Frame Earlier</source>
        <translation>1 フレーム前へ</translation>
    </message>
    <message>
        <source>Move the chosen impact a frame earlier</source>
        <translation>選んだインパクトを 1 フレーム前に移動します</translation>
    </message>
    <message>
        <source>A Frame Later</source>
        <translation>1 フレーム後へ</translation>
    </message>
    <message>
        <source>Move the chosen impact a frame later</source>
        <translation>選んだインパクトを 1 フレーム後に移動します</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Undo the last change to the parts</source>
        <translation>部分への最後の変更を元に戻します</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Stop finding impacts</source>
        <translation>インパクトの検出を中止します</translation>
    </message>
    <message>
        <source>Remove Part</source>
        <translation>部分を削除</translation>
    </message>
    <message>
        <source>Remove the chosen part</source>
        <translation>選んだ部分を削除します</translation>
    </message>
    <message>
        <source>Play Part</source>
        <translation>部分を再生</translation>
    </message>
    <message>
        <source>Play the chosen part</source>
        <translation>選んだ部分を再生します</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>前:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>後:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Seconds before each impact</source>
        <translation>各インパクトの前の秒数</translation>
    </message>
    <message>
        <source>Seconds after each impact</source>
        <translation>各インパクトの後の秒数</translation>
    </message>
    <message>
        <source>How much of each swing comes before the impact, remembered for the movement</source>
        <translation>各スイングのうちインパクトより前に含める長さ (動作ごとに記憶します)</translation>
    </message>
    <message>
        <source>How much of each swing comes after the impact, remembered for the movement</source>
        <translation>各スイングのうちインパクトより後に含める長さ (動作ごとに記憶します)</translation>
    </message>
    <message>
        <source>Split at impacts</source>
        <translation>インパクトで分割</translation>
    </message>
    <message>
        <source>Parts split at impacts</source>
        <translation>インパクトで分割した部分</translation>
    </message>
    <message>
        <source>Change the parts</source>
        <translation>部分を変更</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>each impact (no movement chosen)</source>
        <translation>各インパクト (動作が選ばれていません)</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>%1 用</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>found in the sound, %1</source>
        <translation>音声から検出、%1</translation>
    </message>
    <message>
        <source>moved by you (found at %1, %2)</source>
        <translation>手動で移動 (検出位置 %1、%2)</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>手動で追加</translation>
    </message>
    <message>
        <source>none (the same time as another)</source>
        <translation>なし (ほかと同じ時刻)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Waiting to find the impacts of this take…</source>
        <translation>このテイクのインパクト検出を待っています…</translation>
    </message>
    <message>
        <source>Finding impacts in the sound: take %1 of %2 (%3 %)…</source>
        <translation>音声からインパクトを検出中: テイク %2 本中 %1 本目 (%3 %)…</translation>
    </message>
    <message>
        <source>Finding impacts in the sound (%1 %)…</source>
        <translation>音声からインパクトを検出中 (%1 %)…</translation>
    </message>
    <message>
        <source>No part left: the whole take is uploaded unless you undo (Ctrl+Z) or mark parts.</source>
        <translation>部分が残っていません。元に戻す (Ctrl+Z) か部分をマークしない限り、テイク全体をアップロードします。</translation>
    </message>
    <message numerus="yes">
        <source>%n impacts found in the sound: each part is its own clip.</source>
        <translation>
            <numerusform>音声から %n 個のインパクトを検出しました。各部分が 1 本のクリップになります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts: each is its own clip.</source>
        <translation>
            <numerusform>%n 個の部分: それぞれが 1 本のクリップになります。</numerusform>
        </translation>
    </message>
    <message>
        <source>This video has no sound, so impacts cannot be found — mark the parts by hand.</source>
        <translation>この動画には音声がないため、インパクトを検出できません。部分を手動でマークしてください。</translation>
    </message>
    <message>
        <source>No impact was found in the sound of this video — mark the parts by hand.</source>
        <translation>この動画の音声からインパクトが見つかりませんでした。部分を手動でマークしてください。</translation>
    </message>
    <message>
        <source>The sound of this video could not be read (%1) — mark the parts by hand.</source>
        <translation>この動画の音声を読み込めませんでした (%1)。部分を手動でマークしてください。</translation>
    </message>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>中止しました。何も変更していません。</translation>
    </message>
    <message>
        <source>Marked by hand: the parts are your marks now (Undo brings back the impacts' parts).</source>
        <translation>手動でマークしました。部分はマークしたとおりになります (「元に戻す」でインパクトの部分に戻せます)。</translation>
    </message>
    <message>
        <source>Finding impacts: take %1 of %2, %3 (%4 %)…</source>
        <translation>インパクトを検出中: テイク %2 本中 %1 本目、%3 (%4 %)…</translation>
    </message>
    <message>
        <source>Finding impacts in %1 (%2 %)…</source>
        <translation>%1 のインパクトを検出中 (%2 %)…</translation>
    </message>
    <message>
        <source>Impact time</source>
        <translation>インパクト時刻</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>強さ</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>ImpactWindow</name>
    <message>
        <source>The time before and after an impact cannot be negative.</source>
        <translation>インパクトの前後の時間はマイナスにできません。</translation>
    </message>
    <message>
        <source>The time before and after an impact can be at most %1 s each.</source>
        <translation>インパクトの前後の時間は、それぞれ最大 %1 秒です。</translation>
    </message>
    <message>
        <source>The time before and after an impact must together be at least %1 s.</source>
        <translation>インパクトの前後の時間は、合計で %1 秒以上にしてください。</translation>
    </message>
    <message>
        <source>The shortest time between two strikes must be %1–%2 s.</source>
        <translation>2 回の打球の最短間隔は %1～%2 秒にしてください。</translation>
    </message>
</context>
<context>
    <name>ImportedClips</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder for the list of imported clips</source>
        <translation>取り込み済みクリップのリスト用フォルダーを作成できません</translation>
    </message>
    <message>
        <source>Cannot open the list of imported clips</source>
        <translation>取り込み済みクリップのリストを開けません</translation>
    </message>
    <message>
        <source>Cannot set up the list of imported clips</source>
        <translation>取り込み済みクリップのリストを準備できません</translation>
    </message>
    <message>
        <source>Cannot read the list of imported clips</source>
        <translation>取り込み済みクリップのリストを読み込めません</translation>
    </message>
    <message>
        <source>The list of imported clips was written by a newer version of Uplift Capture</source>
        <translation>取り込み済みクリップのリストは新しいバージョンの Uplift Capture で書き込まれています</translation>
    </message>
    <message>
        <source>A clip without its identity cannot be recorded</source>
        <translation>識別情報のないクリップは記録できません</translation>
    </message>
    <message>
        <source>Cannot record the imported clip</source>
        <translation>取り込んだクリップを記録できません</translation>
    </message>
</context>
<context>
    <name>JobDetailsPane</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Select an upload to see what happened to it.</source>
        <translation>アップロードを選ぶと、その経過が表示されます。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Upload history</source>
        <translation>アップロードの履歴</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>技術的な詳細</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>技術的な詳細を表示</translation>
    </message>
    <message>
        <source>Copy for Support</source>
        <translation>サポート用にコピー</translation>
    </message>
    <message>
        <source>Copy technical details</source>
        <translation>技術的な詳細をコピー</translation>
    </message>
    <message>
        <source>Copy the technical details to send them to Uplift support</source>
        <translation>技術的な詳細をコピーして Uplift サポートに送る</translation>
    </message>
    <message>
        <source>Selected upload</source>
        <translation>選択したアップロード</translation>
    </message>
</context>
<context>
    <name>JobListView</name>
    <message>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>再試行待ち</translation>
    </message>
    <message>
        <source>Reserving</source>
        <translation>予約中</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>アップロード中</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>アップロード済み</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
</context>
<context>
    <name>JobModel</name>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>%1 kB/s</source>
        <translation>%1 kB/s</translation>
    </message>
    <message>
        <source>%1:%2:%3</source>
        <translation>%1:%2:%3</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Athlete</source>
        <translation>選手</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Session group</source>
        <translation>セッショングループ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最後のエラー</translation>
    </message>
    <message>
        <source>%1, %2 s to %3 s</source>
        <translation>%1、%2 秒から %3 秒</translation>
    </message>
    <message>
        <source>Preparing %1 %</source>
        <translation>準備中 %1 %</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1・%2</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>セッション %1</translation>
    </message>
    <message>
        <source>Athlete %1</source>
        <translation>選手 %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
</context>
<context>
    <name>JobQueue</name>
    <message>
        <source>The upload was interrupted and starts again from the beginning.</source>
        <translation>アップロードが中断されたため、最初からやり直します。</translation>
    </message>
    <message>
        <source>The file is not there: %1</source>
        <translation>ファイルがありません: %1</translation>
    </message>
    <message>
        <source>Paused; this upload will start again from the beginning.</source>
        <translation>一時停止中です。このアップロードは最初からやり直します。</translation>
    </message>
    <message>
        <source>The upload was interrupted; Uplift is asked whether the file arrived before it is sent again from the beginning.</source>
        <translation>アップロードが中断されました。最初から送り直す前に、ファイルが届いたかを Uplift に確認します。</translation>
    </message>
    <message>
        <source>The answer to the reservation was lost; looking for it in the captures list.</source>
        <translation>予約への応答が失われました。キャプチャ一覧から探しています。</translation>
    </message>
    <message>
        <source>Preparing the clip was interrupted; it is prepared again.</source>
        <translation>クリップの準備が中断されました。もう一度準備します。</translation>
    </message>
    <message>
        <source>The prepared clip was missing or changed; it is prepared again.</source>
        <translation>準備したクリップがないか変更されていました。もう一度準備します。</translation>
    </message>
    <message>
        <source>The upload address did not answer; reserving a new one in the same session group.</source>
        <translation>アップロード先が応答しませんでした。同じセッショングループで新しく予約します。</translation>
    </message>
    <message>
        <source>The upload address refused the clip; reserving a new one in the same session group.</source>
        <translation>アップロード先がクリップを拒否しました。同じセッショングループで新しく予約します。</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder for the upload queue</source>
        <translation>アップロードキューのフォルダーを作成できません</translation>
    </message>
    <message>
        <source>Cannot open the upload queue</source>
        <translation>アップロードキューを開けません</translation>
    </message>
    <message>
        <source>Cannot set up the upload queue</source>
        <translation>アップロードキューを準備できません</translation>
    </message>
    <message>
        <source>Cannot read the upload queue</source>
        <translation>アップロードキューを読み込めません</translation>
    </message>
    <message>
        <source>The upload queue was written by a newer version of Uplift Capture</source>
        <translation>アップロードキューは新しいバージョンの Uplift Capture で書き込まれています</translation>
    </message>
    <message>
        <source>Cannot update the upload queue</source>
        <translation>アップロードキューを更新できません</translation>
    </message>
    <message>
        <source>Cannot save the upload</source>
        <translation>アップロードを保存できません</translation>
    </message>
    <message>
        <source>no job %1</source>
        <translation>ジョブ %1 はありません</translation>
    </message>
    <message>
        <source>Cannot save the upload's history</source>
        <translation>アップロードの履歴を保存できません</translation>
    </message>
    <message>
        <source>Cannot remove the upload</source>
        <translation>アップロードを削除できません</translation>
    </message>
    <message>
        <source>Cannot reorder the queue</source>
        <translation>キューの順序を変更できません</translation>
    </message>
</context>
<context>
    <name>JobSummary</name>
    <message numerus="yes">
        <source>%n uploading</source>
        <translation>
            <numerusform>アップロード中 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>待機中 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processing</source>
        <translation>
            <numerusform>処理中 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>完了 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>失敗 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No uploads</source>
        <translation>アップロードはありません</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
</context>
<context>
    <name>KeyValueEditor</name>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Key and value pairs</source>
        <translation>キーと値の組</translation>
    </message>
    <message>
        <source>Add a pair</source>
        <translation>組を追加</translation>
    </message>
    <message>
        <source>Remove the selected pair</source>
        <translation>選択した組を削除</translation>
    </message>
</context>
<context>
    <name>LinuxSourceBackend</name>
    <message>
        <source>Another program still has a file open on it.</source>
        <translation>ほかのプログラムがまだその中のファイルを開いています。</translation>
    </message>
    <message>
        <source>It could not be unmounted.</source>
        <translation>マウントを解除できませんでした。</translation>
    </message>
    <message>
        <source>%1 is not installed, so it cannot be unmounted from here.</source>
        <translation>%1 がインストールされていないため、ここからはマウントを解除できません。</translation>
    </message>
    <message>
        <source>Uplift Capture is still reading from it (the card does not answer): try again in a moment.</source>
        <translation>Uplift Capture がまだ読み取り中です（カードが応答しません）。少し待ってからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ready to upload</source>
        <translation>アップロード準備完了</translation>
    </message>
    <message>
        <source>Videos ready to upload</source>
        <translation>アップロードできる動画</translation>
    </message>
    <message>
        <source>Select the videos to describe; they are uploaded together</source>
        <translation>説明する動画を選んでください。まとめてアップロードされます</translation>
    </message>
    <message>
        <source>Drop area</source>
        <translation>ドロップ領域</translation>
    </message>
    <message>
        <source>Drop .mov videos or a folder anywhere in this window</source>
        <translation>.mov 動画やフォルダーをこのウィンドウのどこにでもドロップできます</translation>
    </message>
    <message>
        <source>Add videos</source>
        <translation>動画を追加</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>リストから削除</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Describe the selected videos</source>
        <translation>選択した動画を説明</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>アップロード</translation>
    </message>
    <message>
        <source>Show uploads in state</source>
        <translation>表示する状態</translation>
    </message>
    <message>
        <source>Show only the uploads in one state</source>
        <translation>1 つの状態のアップロードだけを表示</translation>
    </message>
    <message>
        <source>Search uploads</source>
        <translation>アップロードを検索</translation>
    </message>
    <message>
        <source>Upload actions</source>
        <translation>アップロードの操作</translation>
    </message>
    <message>
        <source>Upload jobs</source>
        <translation>アップロードジョブ</translation>
    </message>
    <message>
        <source>No uploads yet. Videos you upload appear here with their progress.</source>
        <translation>まだアップロードはありません。アップロードした動画が進行状況とともにここに表示されます。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>キュー(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Add Videos…</source>
        <translation>動画を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add .mov videos to the ready list</source>
        <translation>.mov 動画を準備リストに追加</translation>
    </message>
    <message>
        <source>&amp;Watch Folder…</source>
        <translation>フォルダーを監視(&amp;W)…</translation>
    </message>
    <message>
        <source>Pick a folder whose new videos are added by themselves</source>
        <translation>新しい動画を自動で追加するフォルダーを選ぶ</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>API key, server, parallel uploads and language</source>
        <translation>API キー、サーバー、同時アップロード数、言語</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Select &amp;All Videos</source>
        <translation>すべての動画を選択(&amp;A)</translation>
    </message>
    <message>
        <source>Select every video in the ready list</source>
        <translation>準備リストのすべての動画を選択</translation>
    </message>
    <message>
        <source>&amp;Remove From List</source>
        <translation>リストから削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected videos from the ready list (the files stay on disk)</source>
        <translation>選択した動画を準備リストから削除 (ファイルはディスクに残ります)</translation>
    </message>
    <message>
        <source>&amp;Clear Files That Cannot Be Uploaded</source>
        <translation>アップロードできないファイルを消去(&amp;C)</translation>
    </message>
    <message>
        <source>Remove the files listed with a warning</source>
        <translation>警告付きで表示されているファイルを削除</translation>
    </message>
    <message>
        <source>Upload &amp;Details</source>
        <translation>アップロードの詳細(&amp;D)</translation>
    </message>
    <message>
        <source>Show the history of the selected upload</source>
        <translation>選択したアップロードの履歴を表示</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>アップロード(&amp;U)</translation>
    </message>
    <message>
        <source>Queue the selected videos for upload</source>
        <translation>選択した動画をアップロード待ちに追加</translation>
    </message>
    <message>
        <source>&amp;Pause Uploads</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Pause or resume all uploads</source>
        <translation>すべてのアップロードを一時停止/再開</translation>
    </message>
    <message>
        <source>Retry All &amp;Failed</source>
        <translation>失敗分を再試行(&amp;F)</translation>
    </message>
    <message>
        <source>Try every failed upload again</source>
        <translation>失敗したすべてのアップロードを再試行</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Try the selected uploads again</source>
        <translation>選択したアップロードを再試行</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the selected uploads</source>
        <translation>選択したアップロードを中止</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected uploads from the list</source>
        <translation>選択したアップロードをリストから削除</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>フォルダーに表示(&amp;F)</translation>
    </message>
    <message>
        <source>Show the video in the file manager</source>
        <translation>ファイルマネージャーで動画を表示</translation>
    </message>
    <message>
        <source>Copy &amp;Session ID</source>
        <translation>セッション ID をコピー(&amp;S)</translation>
    </message>
    <message>
        <source>Copy the capture's session ID for support</source>
        <translation>サポート用にキャプチャのセッション ID をコピー</translation>
    </message>
    <message>
        <source>&amp;About Uplift Capture</source>
        <translation>Uplift Capture について(&amp;A)</translation>
    </message>
    <message>
        <source>Quit Uplift Capture</source>
        <translation>Uplift Capture を終了</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>1 file cannot be uploaded; the reason is shown in the list.</source>
        <translation>1 件のファイルはアップロードできません。理由はリストに表示されています。</translation>
    </message>
    <message numerus="yes">
        <source>%n files cannot be uploaded; the reasons are shown in the list.</source>
        <translation>
            <numerusform>%n 件のファイルはアップロードできません。理由はリストに表示されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the athlete first: a session group belongs to one athlete.</source>
        <translation>先に選手を選んでください。セッショングループは 1 人の選手に属します。</translation>
    </message>
    <message>
        <source>New Session Group</source>
        <translation>新しいセッショングループ</translation>
    </message>
    <message>
        <source>Name of the session (for example “Tuesday range session”):</source>
        <translation>セッションの名前 (例:「火曜日の練習場セッション」):</translation>
    </message>
    <message>
        <source>Select the clips to upload in the list on the left.</source>
        <translation>左のリストでアップロードするクリップを選んでください。</translation>
    </message>
    <message>
        <source>Before uploading: %1.</source>
        <translation>アップロードの前に: %1。</translation>
    </message>
    <message numerus="yes">
        <source>Before uploading: %1 (and %n more).</source>
        <translation>
            <numerusform>アップロードの前に: %1 (ほか %n 件)。</numerusform>
        </translation>
    </message>
    <message>
        <source>1 clip queued for upload.</source>
        <translation>1 本のクリップをアップロード待ちに追加しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n clips queued for upload.</source>
        <translation>
            <numerusform>%n 本のクリップをアップロード待ちに追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Videos</source>
        <translation>動画を追加</translation>
    </message>
    <message>
        <source>Watch Folder</source>
        <translation>フォルダーを監視</translation>
    </message>
    <message>
        <source>The folder %1 cannot be watched.</source>
        <translation>フォルダー %1 を監視できません。</translation>
    </message>
    <message>
        <source>New videos in %1 are added by themselves.</source>
        <translation>%1 の新しい動画は自動で追加されます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready to upload&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;アップロード準備完了&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>Drop videos or folders to add them</source>
        <translation>動画やフォルダーをドロップして追加</translation>
    </message>
    <message>
        <source>The athletes could not be loaded: %1</source>
        <translation>選手を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Welcome to Uplift Capture</source>
        <translation>Uplift Capture へようこそ</translation>
    </message>
    <message>
        <source>To upload to Uplift, enter your API key. You can make one in the Uplift Capture web app under Account settings ▸ API Keys.</source>
        <translation>Uplift にアップロードするには API キーを入力してください。API キーは Uplift Capture のウェブアプリの「アカウント設定 ▸ API キー」で作成できます。</translation>
    </message>
    <message>
        <source>Or try everything first with the sandbox: a practice server on this computer. Nothing you upload there reaches Uplift.</source>
        <translation>または、まずサンドボックス (このコンピューター上の練習用サーバー) ですべて試してみてください。そこでアップロードしたものは Uplift には届きません。</translation>
    </message>
    <message>
        <source>Enter API Key…</source>
        <translation>API キーを入力…</translation>
    </message>
    <message>
        <source>Try the Sandbox</source>
        <translation>サンドボックスを試す</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>All uploads</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>アップロード中</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Upload summary</source>
        <translation>アップロードの概要</translation>
    </message>
    <message>
        <source>Total upload progress</source>
        <translation>アップロード全体の進行状況</translation>
    </message>
    <message>
        <source>No session ID yet: the capture is reserved when its upload starts.</source>
        <translation>セッション ID はまだありません。キャプチャはアップロード開始時に予約されます。</translation>
    </message>
    <message>
        <source>Session ID copied.</source>
        <translation>セッション ID をコピーしました。</translation>
    </message>
    <message>
        <source>Session IDs copied.</source>
        <translation>セッション ID をコピーしました。</translation>
    </message>
    <message>
        <source>Uploads Are Running</source>
        <translation>アップロード実行中</translation>
    </message>
    <message>
        <source>Videos are still being uploaded. Keep uploading in the background, or stop now?</source>
        <translation>まだ動画をアップロード中です。バックグラウンドで続けますか、それとも今すぐ中止しますか?</translation>
    </message>
    <message>
        <source>Stopping loses nothing: the uploads continue the next time you start Uplift Capture.</source>
        <translation>中止しても何も失われません。次に Uplift Capture を起動したときにアップロードが再開されます。</translation>
    </message>
    <message>
        <source>Keep Uploading in the Tray</source>
        <translation>トレイでアップロードを続ける</translation>
    </message>
    <message>
        <source>Keep Uploading (Minimise)</source>
        <translation>アップロードを続ける (最小化)</translation>
    </message>
    <message>
        <source>Stop and Quit</source>
        <translation>中止して終了</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>%1 について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Uploads your videos to the Uplift motion-analysis platform.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;動画を Uplift 動作解析プラットフォームにアップロードします。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使った動画(&amp;R)</translation>
    </message>
    <message>
        <source>%1 — Sandbox</source>
        <extracomment>Window title in sandbox mode; %1 is the usual title.</extracomment>
        <translation>%1 — サンドボックス</translation>
    </message>
    <message>
        <source>Sandbox: uploads stay on this computer (%1)</source>
        <translation>サンドボックス: アップロードはこのコンピューター内に留まります (%1)</translation>
    </message>
    <message>
        <source>Still being copied…</source>
        <translation>コピー中…</translation>
    </message>
    <message>
        <source>The new session group could not be kept; choose or create one.</source>
        <translation>新しいセッショングループを保存できませんでした。選択するか作成してください。</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>動画 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&lt;p style='font-size:large'&gt;&lt;b&gt;Drop videos here&lt;/b&gt;&lt;/p&gt;&lt;p&gt;.mov, .mp4 and .mts files, or whole folders, anywhere in this window&lt;/p&gt;&lt;p&gt;or use File ▸ Add Videos… (%1)&lt;/p&gt;</source>
        <translation>&lt;p style='font-size:large'&gt;&lt;b&gt;ここに動画をドロップ&lt;/b&gt;&lt;/p&gt;&lt;p&gt;.mov・.mp4・.mts ファイル、またはフォルダーごと、このウィンドウのどこにでも&lt;/p&gt;&lt;p&gt;または ファイル ▸ 動画を追加… (%1)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sandbox: uploads stay on this computer</source>
        <translation>サンドボックス: アップロードはこのコンピューター内に留まります</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>検索…</translation>
    </message>
    <message>
        <source>Find uploads by file, athlete, movement or session group</source>
        <translation>ファイル・選手・動作・セッショングループでアップロードを検索</translation>
    </message>
    <message>
        <source>The list of clips could not be saved: %1</source>
        <translation>クリップの一覧を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>1 clip added to the list; select it to describe it.</source>
        <translation>1 本のクリップをリストに追加しました。説明するにはクリップを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n clips added to the list; select them to describe them.</source>
        <translation>
            <numerusform>%n 本のクリップをリストに追加しました。説明するにはクリップを選択してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The clips from last time could not be read (%1); the file was kept as %2.</source>
        <translation>前回のクリップを読み込めませんでした (%1)。ファイルは %2 として残してあります。</translation>
    </message>
    <message>
        <source>No longer there: moved or deleted since it was added</source>
        <translation>見つかりません: 追加した後に移動または削除されました</translation>
    </message>
    <message>
        <source>1 clip from last time is no longer there; the list says which.</source>
        <translation>前回のクリップのうち 1 本が見つかりません。どのクリップかはリストに表示されています。</translation>
    </message>
    <message numerus="yes">
        <source>%n clips from last time are no longer there; the list says which.</source>
        <translation>
            <numerusform>前回のクリップのうち %n 本が見つかりません。どのクリップかはリストに表示されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was uploaded for %2 on %3.</source>
        <translation>%1 は %3 に %2 向けにアップロード済みです。</translation>
    </message>
    <message>
        <source>%1 is already queued for %2 (since %3).</source>
        <translation>%1 はすでに %2 向けにキューに入っています (%3 から)。</translation>
    </message>
    <message>
        <source>Upload Again?</source>
        <translation>もう一度アップロードしますか?</translation>
    </message>
    <message>
        <source>%1 Upload it again?</source>
        <translation>%1 もう一度アップロードしますか?</translation>
    </message>
    <message>
        <source>%1 Upload it again, and 1 more clip queued or uploaded before?</source>
        <translation>%1 このクリップと、以前にキューに追加またはアップロードしたほか 1 本のクリップを、もう一度アップロードしますか?</translation>
    </message>
    <message numerus="yes">
        <source>%1 Upload it again, and %n more clips queued or uploaded before?</source>
        <translation>
            <numerusform>%1 このクリップと、以前にキューに追加またはアップロードしたほか %n 本のクリップを、もう一度アップロードしますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload Again</source>
        <translation>もう一度アップロード</translation>
    </message>
    <message>
        <source>Don't Upload It</source>
        <translation>アップロードしない</translation>
    </message>
    <message>
        <source>Don't Upload These</source>
        <translation>これらをアップロードしない</translation>
    </message>
    <message>
        <source>The other clip is queued either way.</source>
        <translation>もう 1 本のクリップは、どちらを選んでもアップロード待ちに追加されます。</translation>
    </message>
    <message numerus="yes">
        <source>The other %n clips are queued either way.</source>
        <translation>
            <numerusform>残りの %n 本のクリップは、どちらを選んでもアップロード待ちに追加されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>1 clip was not queued again; it stays in the list.</source>
        <translation>1 本のクリップは再度キューに追加しませんでした。リストに残っています。</translation>
    </message>
    <message numerus="yes">
        <source>%n clips were not queued again; they stay in the list.</source>
        <translation>
            <numerusform>%n 本のクリップは再度キューに追加しませんでした。リストに残っています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>検索をクリア</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>ステータスメッセージ</translation>
    </message>
    <message>
        <source>The job list says why.</source>
        <translation>理由はジョブ一覧を確認してください。</translation>
    </message>
    <message>
        <source>&amp;Import From Camera…</source>
        <translation>カメラから取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Copy the new videos from a card, camera or phone into your library</source>
        <translation>カード、カメラ、スマートフォンの新しい動画をライブラリにコピーします</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>From the Camera</source>
        <translation>カメラから</translation>
    </message>
    <message>
        <source>They wait in the ready list; your selection stays as it is.</source>
        <translation>準備リストで待機しています。選択はそのままです。</translation>
    </message>
    <message>
        <source>Wait a moment: a clip is still being read.</source>
        <translation>少々お待ちください。クリップをまだ読み込んでいます。</translation>
    </message>
    <message numerus="yes">
        <source>Wait a moment: %n clips are still being read.</source>
        <translation>
            <numerusform>少々お待ちください。%n 本のクリップをまだ読み込んでいます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaEngine</name>
    <message>
        <source>The video reader of Uplift Capture (%1) is missing: install the program again</source>
        <translation>Uplift Capture のビデオ読み込み部 (%1) が見つかりません。プログラムを再インストールしてください</translation>
    </message>
    <message>
        <source>The video reader of Uplift Capture could not be loaded (%1): install the program again</source>
        <translation>Uplift Capture のビデオ読み込み部を読み込めませんでした (%1)。プログラムを再インストールしてください</translation>
    </message>
</context>
<context>
    <name>MovementCatalogue</name>
    <message>
        <source>%1 needs %2 (%3).</source>
        <translation>%1 には %2 が必要です (%3)。</translation>
    </message>
    <message>
        <source>%1 "%2" is not one of the known values (%3).</source>
        <translation>%1「%2」は既知の値ではありません (%3)。</translation>
    </message>
    <message>
        <source>Golf</source>
        <translation>ゴルフ</translation>
    </message>
    <message>
        <source>Full swing</source>
        <translation>フルスイング</translation>
    </message>
    <message>
        <source>Handedness</source>
        <translation>利き手</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>Baseball</source>
        <translation>野球</translation>
    </message>
    <message>
        <source>Hitting</source>
        <translation>打撃</translation>
    </message>
    <message>
        <source>Batter handedness</source>
        <translation>打席</translation>
    </message>
    <message>
        <source>Pitching</source>
        <translation>投球</translation>
    </message>
    <message>
        <source>Throwing hand</source>
        <translation>投げる手</translation>
    </message>
    <message>
        <source>Jump</source>
        <translation>ジャンプ</translation>
    </message>
    <message>
        <source>Countermovement jump</source>
        <translation>カウンタームーブメントジャンプ</translation>
    </message>
    <message>
        <source>Arm position</source>
        <translation>腕の位置</translation>
    </message>
    <message>
        <source>Arm swing</source>
        <translation>腕振りあり</translation>
    </message>
    <message>
        <source>Hands on hips</source>
        <translation>腰に手</translation>
    </message>
    <message>
        <source>Single-leg jump</source>
        <translation>片脚ジャンプ</translation>
    </message>
    <message>
        <source>Lunge</source>
        <translation>ランジ</translation>
    </message>
    <message>
        <source>Forward lunge</source>
        <translation>フォワードランジ</translation>
    </message>
    <message>
        <source>Lead leg</source>
        <translation>前脚</translation>
    </message>
    <message>
        <source>Agility</source>
        <translation>アジリティ</translation>
    </message>
    <message>
        <source>5-0-5</source>
        <translation>5-0-5</translation>
    </message>
    <message>
        <source>Cutting</source>
        <translation>方向転換</translation>
    </message>
    <message>
        <source>Track and field</source>
        <translation>陸上競技</translation>
    </message>
    <message>
        <source>Discus</source>
        <translation>円盤投げ</translation>
    </message>
    <message>
        <source>Shot put</source>
        <translation>砲丸投げ</translation>
    </message>
    <message>
        <source>Tennis</source>
        <translation>テニス</translation>
    </message>
    <message>
        <source>Overhand serve</source>
        <translation>オーバーハンドサーブ</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>スタンス</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Pinpoint</source>
        <translation>ピンポイント</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>安定性</translation>
    </message>
    <message>
        <source>Y-balance (lower quarter)</source>
        <translation>Yバランス（下肢）</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>General movement</source>
        <translation>一般的な動作</translation>
    </message>
</context>
<context>
    <name>MovieFacts</name>
    <message>
        <source>The file has no video track</source>
        <translation>ファイルに映像トラックがありません</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>cover picture</source>
        <translation>カバー画像</translation>
    </message>
    <message>
        <source>timecode track (tmcd)</source>
        <translation>タイムコードトラック（tmcd）</translation>
    </message>
    <message>
        <source>GoPro telemetry (gpmd)</source>
        <translation>GoPro テレメトリー（gpmd）</translation>
    </message>
    <message>
        <source>subtitles</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>extra video track</source>
        <translation>追加の映像トラック</translation>
    </message>
    <message>
        <source>extra audio track</source>
        <translation>追加の音声トラック</translation>
    </message>
    <message>
        <source>data track</source>
        <translation>データトラック</translation>
    </message>
    <message>
        <source>%1 video cannot go into a .mov without re-encoding</source>
        <translation>%1 の映像は再エンコードせずに .mov にできません</translation>
    </message>
    <message>
        <source>%1 audio cannot go into a .mov without re-encoding</source>
        <translation>%1 の音声は再エンコードせずに .mov にできません</translation>
    </message>
    <message>
        <source>A %1 file is not a camera recording this app can prepare (MP4, MOV or MTS)</source>
        <translation>%1 ファイルは、このアプリが準備できるカメラの録画（MP4、MOV、MTS）ではありません</translation>
    </message>
</context>
<context>
    <name>MovieFile</name>
    <message>
        <source>The file is empty: there is no video in it</source>
        <translation>ファイルが空です。動画が含まれていません</translation>
    </message>
    <message>
        <source>The file is only %1 long, too short to hold a video</source>
        <translation>ファイルは %1 しかなく、動画を含むには短すぎます</translation>
    </message>
</context>
<context>
    <name>NewAthleteDialog</name>
    <message>
        <source>New Athlete</source>
        <translation>新しい選手</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>名(&amp;F):</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>姓(&amp;L):</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>生年月日(&amp;B):</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, optional</source>
        <translation>YYYY-MM-DD (任意)</translation>
    </message>
    <message>
        <source>&amp;Height (in):</source>
        <translation>身長 (インチ)(&amp;H):</translation>
    </message>
    <message>
        <source>Height in inches</source>
        <translation>身長 (インチ)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未入力</translation>
    </message>
    <message>
        <source>&amp;Weight (lb):</source>
        <translation>体重 (ポンド)(&amp;W):</translation>
    </message>
    <message>
        <source>Weight in pounds</source>
        <translation>体重 (ポンド)</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>チーム(&amp;T):</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>optional; kept as the custom attribute “team”</source>
        <translation>任意 (カスタム属性「team」として保存)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Creating the athlete…</source>
        <translation>選手を作成しています…</translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation>名は必須です。</translation>
    </message>
    <message>
        <source>Create Athlete</source>
        <translation>選手を作成</translation>
    </message>
</context>
<context>
    <name>PreparationLane</name>
    <message>
        <source>Cut %1 s to %2 s into a .mov (%3 MB)</source>
        <translation>%1 秒から %2 秒を .mov に切り出しました（%3 MB）</translation>
    </message>
    <message>
        <source>(starts %1 s before the mark, at the keyframe)</source>
        <translation>（キーフレームのため、マークの %1 秒前から始まります）</translation>
    </message>
    <message>
        <source>Made into a .mov without re-encoding (%1 MB)</source>
        <translation>再エンコードせずに .mov にしました（%1 MB）</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>含めなかったもの: %1</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>コンボボックスの選択肢を開く</translation>
    </message>
</context>
<context>
    <name>QueueOwner</name>
    <message>
        <source>Another Uplift Capture (process %1) is using the upload queue. Close it or wait for it to finish.</source>
        <translation>別の Uplift Capture (プロセス %1) がアップロードキューを使用中です。終了させるか、完了するまでお待ちください。</translation>
    </message>
    <message>
        <source>The environment variable %1 is not a usable key: %2</source>
        <translation>環境変数 %1 は使用できるキーではありません: %2</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n seconds. Set the environment variable UPLIFT_API_KEY instead.</source>
        <translation>
            <numerusform>キーチェーンが %n 秒以内に応答しませんでした。代わりに環境変数 UPLIFT_API_KEY を設定してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>No API key: set the environment variable UPLIFT_API_KEY or save one in the window.</source>
        <translation>API キーがありません: 環境変数 UPLIFT_API_KEY を設定するか、ウィンドウで保存してください。</translation>
    </message>
</context>
<context>
    <name>ReadyListDelegate</name>
    <message>
        <source>No preview on this computer</source>
        <translation>このコンピューターではプレビューできません</translation>
    </message>
</context>
<context>
    <name>ReadyListModel</name>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>%1 cannot be uploaded: %2</source>
        <translation>%1 はアップロードできません: %2</translation>
    </message>
    <message>
        <source>%1
The preview cannot play this file (%2); it can still be uploaded.</source>
        <translation>%1
プレビューではこのファイルを再生できません (%2)。アップロードは可能です。</translation>
    </message>
    <message>
        <source>%1 fps slow motion, plays at %2 fps</source>
        <translation>%1 fps のスローモーション（%2 fps で再生）</translation>
    </message>
    <message>
        <source>filmed %1</source>
        <translation>撮影 %1</translation>
    </message>
    <message>
        <source>keeps %1–%2</source>
        <translation>%1–%2 を使用</translation>
    </message>
    <message numerus="yes">
        <source>split into %n clips</source>
        <translation>
            <numerusform>%n 本のクリップに分割</numerusform>
        </translation>
    </message>
    <message>
        <source>file saved %1</source>
        <translation>ファイル保存 %1</translation>
    </message>
    <message>
        <source>%1: %2 It can be chosen once it is whole.</source>
        <translation>%1: %2 ファイル全体がそろうと選択できます。</translation>
    </message>
    <message numerus="yes">
        <source>The file did not answer within %n seconds: the card or drive may have stopped responding. Remove it from the list and add it again to try once more.</source>
        <translation>
            <numerusform>ファイルが %n 秒以内に応答しませんでした。カードまたはドライブが応答しなくなった可能性があります。リストから削除してもう一度追加すると、再試行できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the video…</source>
        <translation>動画を読み込み中…</translation>
    </message>
</context>
<context>
    <name>ReadyListStore</name>
    <message>
        <source>larger than any list of clips could be</source>
        <translation>クリップの一覧としては大きすぎます</translation>
    </message>
    <message>
        <source>not a list of clips</source>
        <translation>クリップの一覧ではありません</translation>
    </message>
    <message>
        <source>%1 is larger than any list of clips could be</source>
        <translation>%1 はクリップの一覧としては大きすぎます</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>%1 (no longer there)</source>
        <translation>%1（見つかりません）</translation>
    </message>
    <message>
        <source>No Recent Videos</source>
        <translation>最近の動画はありません</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>一覧を消去(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Reservation</name>
    <message>
        <source>the reservation is not a JSON object.</source>
        <translation>予約が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>the reservation has no %1.</source>
        <translation>予約に %1 がありません。</translation>
    </message>
    <message>
        <source>the reservation's upload_fields is missing or not an object.</source>
        <translation>予約の upload_fields がないか、オブジェクトではありません。</translation>
    </message>
    <message>
        <source>the upload address is not an https URL.</source>
        <translation>アップロード先が https の URL ではありません。</translation>
    </message>
    <message>
        <source>the reservation's upload_expires_at is not a date-time.</source>
        <translation>予約の upload_expires_at が日時ではありません。</translation>
    </message>
    <message>
        <source>the reservation's upload_fields repeat a name.</source>
        <translation>予約の upload_fields に同じ名前が重複しています。</translation>
    </message>
    <message>
        <source>the upload field %1 is not a string.</source>
        <translation>アップロード項目 %1 が文字列ではありません。</translation>
    </message>
</context>
<context>
    <name>S3PostUpload</name>
    <message>
        <source>An upload field has an invalid name.</source>
        <translation>アップロード項目の名前が正しくありません。</translation>
    </message>
    <message>
        <source>The upload fields must not contain the file itself.</source>
        <translation>アップロード項目にファイル自体を含めることはできません。</translation>
    </message>
    <message>
        <source>The file %1 no longer exists.</source>
        <translation>ファイル %1 はもう存在しません。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>ファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>ファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The file %1 changed while it was being uploaded.</source>
        <translation>ファイル %1 がアップロード中に変更されました。</translation>
    </message>
    <message>
        <source>The upload address is not an https URL.</source>
        <translation>アップロード先のアドレスが https の URL ではありません。</translation>
    </message>
    <message>
        <source>The upload was redirected to an address that is not https (%1).</source>
        <translation>アップロードが https ではないアドレス (%1) にリダイレクトされました。</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Runs the local Uplift API and S3 upload sandbox on 127.0.0.1 until interrupted.</source>
        <translation>中断されるまで、Uplift API と S3 アップロードのローカル サンドボックスを 127.0.0.1 で実行します。</translation>
    </message>
    <message>
        <source>API port (default: any free port).</source>
        <translation>API のポート (既定: 空いている任意のポート)。</translation>
    </message>
    <message>
        <source>Port of the built-in S3 endpoint.</source>
        <translation>内蔵 S3 エンドポイントのポート。</translation>
    </message>
    <message>
        <source>Data folder (SQLite store and uploaded objects).</source>
        <translation>データ フォルダー (SQLite ストアとアップロードされたオブジェクト)。</translation>
    </message>
    <message>
        <source>API key clients must send (default: random).</source>
        <translation>クライアントが送信する必要のある API キー (既定: ランダム)。</translation>
    </message>
    <message>
        <source>Requests per minute before 429 (default: none).</source>
        <translation>429 を返すまでの 1 分あたりのリクエスト数 (既定: 制限なし)。</translation>
    </message>
    <message>
        <source>Time a capture spends processing (default 1500).</source>
        <translation>キャプチャの処理にかかる時間 (既定 1500)。</translation>
    </message>
    <message>
        <source>Largest upload the policies allow.</source>
        <translation>ポリシーが許可する最大のアップロード。</translation>
    </message>
    <message>
        <source>Sign uploads for this S3-compatible endpoint instead.</source>
        <translation>代わりにこの S3 互換エンドポイント向けにアップロードを署名します。</translation>
    </message>
    <message>
        <source>Bucket on that endpoint.</source>
        <translation>そのエンドポイントのバケット。</translation>
    </message>
    <message>
        <source>Region of that endpoint.</source>
        <translation>そのエンドポイントのリージョン。</translation>
    </message>
    <message>
        <source>Access key for that endpoint.</source>
        <translation>そのエンドポイントのアクセス キー。</translation>
    </message>
    <message>
        <source>Secret key for that endpoint.</source>
        <translation>そのエンドポイントのシークレット キー。</translation>
    </message>
    <message>
        <source>Inject a fault (repeatable): fail:ROUTE:STATUS[:COUNT], latency:ROUTE:MS, stall-upload:BYTES[:COUNT], reset-upload:BYTES[:COUNT], policy-lifetime:SECONDS, random:RATE[:SEED].</source>
        <translation>障害を注入します (繰り返し指定可): fail:ROUTE:STATUS[:COUNT]、latency:ROUTE:MS、stall-upload:BYTES[:COUNT]、reset-upload:BYTES[:COUNT]、policy-lifetime:SECONDS、random:RATE[:SEED]。</translation>
    </message>
    <message>
        <source>Inject random faults: each request meets one with this probability (0 to 1): 429, 503, reset, stall, lost answer, policy expiring early.</source>
        <translation>ランダムな障害を注入します: 各リクエストがこの確率 (0〜1) で次のいずれかに遭遇します: 429、503、リセット、停止、応答の消失、ポリシーの早期失効。</translation>
    </message>
    <message>
        <source>Seed of the random faults, to repeat a run.</source>
        <translation>実行を再現するための、ランダムな障害のシード。</translation>
    </message>
    <message>
        <source>--s3-endpoint needs --s3-bucket, --s3-access-key and --s3-secret-key.</source>
        <translation>--s3-endpoint には --s3-bucket、--s3-access-key、--s3-secret-key が必要です。</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>サンドボックスを開始できませんでした: %1</translation>
    </message>
    <message>
        <source>Sandbox API: %1</source>
        <translation>サンドボックス API: %1</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>API キー: %1</translation>
    </message>
    <message>
        <source>Uploads go to: %1</source>
        <translation>アップロード先: %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>データ フォルダー: %1</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>サンドボックスを停止しました。</translation>
    </message>
    <message>
        <source>uplift-capture sandbox: %1</source>
        <translation>uplift-capture sandbox: %1</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>Processing failed: %1 (%2)</source>
        <extracomment>%1 explains which movement dimension is missing or wrong; %2 is its field, e.g. movement_attributes.handedness</extracomment>
        <translation>処理に失敗しました: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SessionGroupPicker</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Session group %1</source>
        <translation>セッショングループ %1</translation>
    </message>
    <message>
        <source>Choose the athlete first</source>
        <translation>先に選手を選んでください</translation>
    </message>
    <message>
        <source>No session yet: create one</source>
        <translation>セッションがまだありません: 作成してください</translation>
    </message>
    <message>
        <source>Session group</source>
        <translation>セッショングループ</translation>
    </message>
    <message>
        <source>A new session group for today, kept when you upload. Type to rename it.</source>
        <translation>今日の新しいセッショングループです。アップロード時に保存されます。名前を変えるには入力してください。</translation>
    </message>
    <message>
        <source>dddd d MMM</source>
        <comment>date format of a new session's name</comment>
        <translation>M月d日 (ddd)</translation>
    </message>
</context>
<context>
    <name>SessionGroups</name>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <source>The Uplift API address, normally https://api.uplift.ai/v1</source>
        <translation>Uplift API のアドレス (通常は https://api.uplift.ai/v1)</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Made in the Uplift Capture web app under Account settings ▸ API Keys. Stored in the system keychain.</source>
        <translation>Uplift Capture のウェブアプリの「アカウント設定 ▸ API キー」で作成します。システムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>sk-…</source>
        <translation>sk-…</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>API キーを表示</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>キーの表示/非表示</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Ask the server whether this key works</source>
        <translation>このキーが使えるかサーバーに確認</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <source>Use sandbox</source>
        <translation>サンドボックスを使用</translation>
    </message>
    <message>
        <source>Use the &amp;sandbox (a practice server on this computer; nothing reaches Uplift)</source>
        <translation>サンドボックスを使用(&amp;S) (このコンピューター上の練習用サーバー。Uplift には何も届きません)</translation>
    </message>
    <message>
        <source>&amp;Parallel uploads:</source>
        <translation>同時アップロード数(&amp;P):</translation>
    </message>
    <message>
        <source>Parallel uploads</source>
        <translation>同時アップロード数</translation>
    </message>
    <message>
        <source>How many videos are sent at the same time</source>
        <translation>同時に送信する動画の数</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <source>Where the key is kept</source>
        <translation>キーの保存場所</translation>
    </message>
    <message>
        <source>When the sandbox switch takes effect</source>
        <translation>サンドボックスの切り替えが有効になる時期</translation>
    </message>
    <message>
        <source>The environment variable UPLIFT_API_KEY is set: its key is used, not the one saved here.</source>
        <translation>環境変数 UPLIFT_API_KEY が設定されています。ここに保存したキーではなく、そのキーが使われます。</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file.</source>
        <translation>システムのキーチェーンに保存され、ファイルには保存されません。</translation>
    </message>
    <message>
        <source>Limit upload speed</source>
        <translation>アップロード速度を制限</translation>
    </message>
    <message>
        <source>For shared gym networks: leave room for others on the same connection</source>
        <translation>共有のジムのネットワーク向け: 同じ回線の他の人のために帯域を残します</translation>
    </message>
    <message>
        <source>Li&amp;mit upload speed to</source>
        <translation>アップロード速度の上限(&amp;M)</translation>
    </message>
    <message>
        <source>Upload speed limit in megabytes per second</source>
        <translation>アップロード速度の上限 (メガバイト/秒)</translation>
    </message>
    <message>
        <source>For shared gym networks: all uploads together send no faster than this</source>
        <translation>共有のジムのネットワーク向け: すべてのアップロードを合わせてもこの速度を超えません</translation>
    </message>
    <message>
        <source> MB/s</source>
        <translation> MB/s</translation>
    </message>
    <message>
        <source>This window runs the sandbox (started with --sandbox). Untick to use your Uplift account the next time Uplift Capture starts without --sandbox.</source>
        <translation>このウィンドウはサンドボックスで動作しています (--sandbox で起動)。次回 --sandbox なしで Uplift Capture を起動したときから Uplift アカウントを使うには、チェックを外してください。</translation>
    </message>
    <message>
        <source>This window runs the sandbox. Untick to use your Uplift account the next time Uplift Capture starts.</source>
        <translation>このウィンドウはサンドボックスで動作しています。次回 Uplift Capture を起動したときから Uplift アカウントを使うには、チェックを外してください。</translation>
    </message>
    <message>
        <source>Your Uplift account is used the next time Uplift Capture starts without --sandbox.</source>
        <translation>次回 --sandbox なしで Uplift Capture を起動したときから Uplift アカウントが使われます。</translation>
    </message>
    <message>
        <source>Your Uplift account is used the next time Uplift Capture starts.</source>
        <translation>次回 Uplift Capture を起動したときから Uplift アカウントが使われます。</translation>
    </message>
    <message>
        <source>The sandbox starts the next time Uplift Capture starts.</source>
        <translation>サンドボックスは次回 Uplift Capture を起動したときに始まります。</translation>
    </message>
    <message>
        <source>&amp;Imported videos:</source>
        <translation>取り込んだ動画(&amp;I):</translation>
    </message>
    <message>
        <source>Folder for imported videos</source>
        <translation>取り込んだ動画のフォルダー</translation>
    </message>
    <message>
        <source>Videos imported from a card, camera or phone are copied here, into a folder for each day</source>
        <translation>カード、カメラ、スマートフォンから取り込んだ動画は、ここに日付ごとのフォルダーに分けてコピーされます</translation>
    </message>
    <message>
        <source>Choose the folder for imported videos</source>
        <translation>取り込んだ動画のフォルダーを選んでください</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Where imported videos go</source>
        <translation>取り込んだ動画の保存先</translation>
    </message>
    <message>
        <source>Each day's import gets a folder of its own, today's: %1</source>
        <translation>取り込みは日ごとに別のフォルダーに入ります。今日のフォルダー: %1</translation>
    </message>
    <message>
        <source>Type the whole path of the folder (starting with %1), or use Browse…</source>
        <translation>フォルダーのパスをすべて入力するか (%1 で始まるもの)、「参照…」を使ってください</translation>
    </message>
    <message>
        <source>Folder for Imported Videos</source>
        <translation>取り込んだ動画のフォルダー</translation>
    </message>
</context>
<context>
    <name>SleepInhibitor</name>
    <message>
        <source>Uploading videos to Uplift</source>
        <translation>Uplift に動画をアップロード中</translation>
    </message>
</context>
<context>
    <name>SourceScan</name>
    <message>
        <source>The card did not answer while reading %1.</source>
        <translation>%1 の読み込み中にカードが応答しませんでした。</translation>
    </message>
    <message>
        <source>%1 has no DCIM folder and no AVCHD folder.</source>
        <translation>%1 には DCIM フォルダーも AVCHD フォルダーもありません。</translation>
    </message>
</context>
<context>
    <name>SourceWatcher</name>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 はもうありません。</translation>
    </message>
    <message>
        <source>Clips are still being copied from %1: wait until the import is done, or stop it first.</source>
        <translation>%1 からまだクリップをコピー中です。取り込みが終わるまで待つか、先に中止してください。</translation>
    </message>
    <message>
        <source>This system cannot eject %1 from Uplift Capture.</source>
        <translation>このシステムでは Uplift Capture から %1 を取り出せません。</translation>
    </message>
</context>
<context>
    <name>ThreadedS3Upload</name>
    <message>
        <source>The upload thread has ended.</source>
        <translation>アップロードのスレッドは終了しました。</translation>
    </message>
</context>
<context>
    <name>Udisks</name>
    <message>
        <source>Another program still has a file open on it.</source>
        <translation>ほかのプログラムがまだその中のファイルを開いています。</translation>
    </message>
</context>
<context>
    <name>UpliftClient</name>
    <message>
        <source>The API address must start with https:// (plain http only for this computer).</source>
        <translation>API のアドレスは https:// で始めてください (http はこのコンピューター宛てのみ可)。</translation>
    </message>
    <message>
        <source>No Uplift API key is set.</source>
        <translation>Uplift の API キーが設定されていません。</translation>
    </message>
    <message>
        <source>Too many redirects.</source>
        <translation>リダイレクトが多すぎます。</translation>
    </message>
    <message>
        <source>The server redirected to an address that is not https.</source>
        <translation>サーバーが https ではないアドレスにリダイレクトしました。</translation>
    </message>
    <message>
        <source>the reservation is for another session group.</source>
        <translation>予約は別のセッショングループのものです。</translation>
    </message>
    <message>
        <source>A capture id has 1 to 255 characters.</source>
        <translation>キャプチャ ID は 1〜255 文字です。</translation>
    </message>
    <message>
        <source>the capture is not a JSON object.</source>
        <translation>キャプチャが JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>the capture list has no captures array.</source>
        <translation>キャプチャ一覧に captures 配列がありません。</translation>
    </message>
    <message>
        <source>a capture is not a JSON object.</source>
        <translation>JSON オブジェクトではないキャプチャがあります。</translation>
    </message>
    <message>
        <source>Athletes can be sorted by first_name, last_name or date_of_birth.</source>
        <translation>選手は first_name、last_name、date_of_birth で並べ替えられます。</translation>
    </message>
    <message>
        <source>%1 cannot be used as a custom attribute filter.</source>
        <translation>%1 はカスタム属性の絞り込みに使えません。</translation>
    </message>
    <message>
        <source>the athlete list holds no list of athletes.</source>
        <translation>選手一覧に選手のリストが含まれていません。</translation>
    </message>
    <message>
        <source>the athlete list is not JSON.</source>
        <translation>選手一覧が JSON ではありません。</translation>
    </message>
    <message>
        <source>an athlete is not a JSON object.</source>
        <translation>JSON オブジェクトではない選手があります。</translation>
    </message>
    <message>
        <source>the athlete is not a JSON object.</source>
        <translation>選手が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>Which athlete to update?</source>
        <translation>どの選手を更新しますか?</translation>
    </message>
    <message>
        <source>The first name cannot be cleared.</source>
        <translation>名を空にすることはできません。</translation>
    </message>
    <message>
        <source>its answer is larger than %1 MiB.</source>
        <translation>応答が %1 MiB を超えています。</translation>
    </message>
</context>
<context>
    <name>UploadAttempt</name>
    <message>
        <source>The upload window closed; reserving a new one in the same session group.</source>
        <translation>アップロードの受付期間が終了したため、同じセッショングループで新しく予約します。</translation>
    </message>
    <message>
        <source>Reserved; it uploads when uploads go on.</source>
        <translation>予約済みです。アップロードが再開されるとアップロードされます。</translation>
    </message>
    <message>
        <source>Reserved ahead; it uploads when a running upload ends.</source>
        <translation>先に予約済みです。実行中のアップロードが終わるとアップロードされます。</translation>
    </message>
    <message>
        <source>The upload address did not answer twice; reserving a new one in the same session group.</source>
        <translation>アップロード先が 2 回応答しませんでした。同じセッショングループで新しく予約します。</translation>
    </message>
    <message>
        <source>No data moved for too long; the upload will start again.</source>
        <translation>長時間データが送信されなかったため、アップロードをやり直します。</translation>
    </message>
    <message>
        <source>The upload window closed before the upload finished.</source>
        <translation>アップロードが終わる前に受付期間が終了しました。</translation>
    </message>
    <message>
        <source>Looking through the captures list for the reservation whose answer was lost.</source>
        <translation>応答が失われた予約をキャプチャ一覧から探しています。</translation>
    </message>
    <message>
        <source>Asking Uplift whether the interrupted upload arrived.</source>
        <translation>中断したアップロードが届いたかを Uplift に確認しています。</translation>
    </message>
    <message>
        <source>No capture in the list matches the reservation whose answer was lost; reserving again.</source>
        <translation>応答が失われた予約に一致するキャプチャが一覧にありません。もう一度予約します。</translation>
    </message>
    <message>
        <source>The lost reservation was found (%1, awaiting upload), but its upload form cannot be fetched again; reserving a new one in the same session group.</source>
        <translation>失われた予約が見つかりました (%1、アップロード待ち) が、そのアップロードフォームを再取得できません。同じセッショングループで新しく予約します。</translation>
    </message>
    <message>
        <source>The interrupted upload had not arrived; it starts again from the beginning.</source>
        <translation>中断したアップロードは届いていませんでした。最初からやり直します。</translation>
    </message>
    <message>
        <source>The clip had already reached Uplift before the interruption; it is not sent again.</source>
        <translation>クリップは中断前にすでに Uplift に届いていました。再送信しません。</translation>
    </message>
    <message>
        <source>Uplift does not know the session %1 any more; reserving a new one.</source>
        <translation>Uplift はセッション %1 をもう認識していません。新しいセッションを予約します。</translation>
    </message>
    <message>
        <source>The captures list could not be read (%1); reserving again.</source>
        <translation>キャプチャ一覧を読み込めませんでした (%1)。もう一度予約します。</translation>
    </message>
    <message>
        <source>Uplift could not say whether the interrupted upload arrived (%1); sending it again.</source>
        <translation>中断したアップロードが届いたかを Uplift が確認できませんでした (%1)。もう一度送信します。</translation>
    </message>
</context>
<context>
    <name>UploadJob</name>
    <message>
        <source>The file was changed after it was queued: %1</source>
        <translation>キューに追加した後でファイルが変更されました: %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Reserving</source>
        <translation>予約中</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>アップロード中</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>アップロード済み</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>再試行待ち</translation>
    </message>
    <message>
        <source>The recording is no longer there (moved or deleted?): %1</source>
        <translation>録画がもうありません（移動または削除されましたか？）: %1</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>準備中</translation>
    </message>
</context>
<context>
    <name>UploadNotifier</name>
    <message>
        <source>Show Uplift Capture</source>
        <translation>Uplift Capture を表示</translation>
    </message>
    <message>
        <source>Stop Uploads and Quit</source>
        <translation>アップロードを中止して終了</translation>
    </message>
    <message>
        <source>Uploads finished</source>
        <translation>アップロードが完了しました</translation>
    </message>
    <message>
        <source>1 video was uploaded.</source>
        <translation>1 本の動画をアップロードしました。</translation>
    </message>
    <message numerus="yes">
        <source>%n videos were uploaded.</source>
        <translation>
            <numerusform>%n 本の動画をアップロードしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploads finished with problems</source>
        <translation>アップロードは完了しましたが問題がありました</translation>
    </message>
    <message>
        <source>%1 uploaded, %2 failed. Open the window to see why.</source>
        <translation>%1 件アップロード、%2 件失敗。理由はウィンドウを開いて確認してください。</translation>
    </message>
    <message>
        <source>%1 was not uploaded</source>
        <translation>%1 はアップロードされませんでした</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 ほか %2 本</translation>
    </message>
    <message>
        <source>%1 clips were not uploaded</source>
        <translation>%1 本のクリップがアップロードされませんでした</translation>
    </message>
</context>
<context>
    <name>UploadRequest</name>
    <message>
        <source>The athlete's id (UUID). Required.</source>
        <translation>選手の ID (UUID)。必須。</translation>
    </message>
    <message>
        <source>The session group's id (UUID), or "new" for a new group shared by these files (the default).</source>
        <translation>セッショングループの ID (UUID)。これらのファイル共通の新しいグループにするには "new" (既定)。</translation>
    </message>
    <message>
        <source>How the camera stood: front_on or down_the_line. Required.</source>
        <translation>カメラの位置: front_on または down_the_line。必須。</translation>
    </message>
    <message>
        <source>portrait or landscape.</source>
        <translation>portrait または landscape。</translation>
    </message>
    <message>
        <source>The activity. Required.</source>
        <translation>種目。必須。</translation>
    </message>
    <message>
        <source>The movement. Required.</source>
        <translation>動作。必須。</translation>
    </message>
    <message>
        <source>A movement dimension, repeatable.</source>
        <translation>動作の項目 (複数指定可)。</translation>
    </message>
    <message>
        <source>A camera detail, repeatable.</source>
        <translation>カメラの詳細 (複数指定可)。</translation>
    </message>
    <message>
        <source>How many files upload at the same time.</source>
        <translation>同時にアップロードするファイル数。</translation>
    </message>
    <message>
        <source>Wait until Uplift has processed every file.</source>
        <translation>Uplift がすべてのファイルを処理するまで待つ。</translation>
    </message>
    <message>
        <source>Print one JSON object per line instead of text.</source>
        <translation>テキストの代わりに 1 行に 1 つの JSON オブジェクトを出力する。</translation>
    </message>
    <message>
        <source>The Uplift API's base URL.</source>
        <translation>Uplift API のベース URL。</translation>
    </message>
    <message>
        <source>--parallel needs a whole number of 1 or more, not "%1".</source>
        <translation>--parallel には 1 以上の整数を指定してください ("%1" は不可)。</translation>
    </message>
    <message>
        <source>--api-url is not a URL: "%1".</source>
        <translation>--api-url が URL ではありません: "%1"。</translation>
    </message>
    <message>
        <source>--attr needs KEY=VALUE, not "%1".</source>
        <translation>--attr には KEY=VALUE を指定してください ("%1" は不可)。</translation>
    </message>
    <message>
        <source>--camera needs KEY=VALUE, not "%1".</source>
        <translation>--camera には KEY=VALUE を指定してください ("%1" は不可)。</translation>
    </message>
    <message>
        <source>capture_time: "%1" is not an RFC 3339 date and time with an offset, e.g. 2026-05-13T12:00:00Z.</source>
        <translation>capture_time: "%1" はオフセット付きの RFC 3339 日時ではありません (例: 2026-05-13T12:00:00Z)。</translation>
    </message>
    <message>
        <source>Name at least one video file to upload.</source>
        <translation>アップロードする動画ファイルを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the file is not there.</source>
        <translation>%1: ファイルがありません。</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1: ファイルを読み込めません。</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>Cap the upload bandwidth, shared by all files: KiB/s, or with K or M (500, 500K, 2M).</source>
        <translation>アップロード帯域の上限（全ファイルで共有）：KiB/s、または K・M 付き（500、500K、2M）。</translation>
    </message>
    <message>
        <source>--limit-rate needs a rate above zero such as 500 (KiB/s), 500K or 2M, not "%1".</source>
        <translation>--limit-rate には 0 より大きい値（500（KiB/s）、500K、2M など）を指定してください。「%1」は使えません。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2。</translation>
    </message>
    <message>
        <source>The videos to upload: .mov, .mp4, .m4v, .mts or .m2ts (H.264, HEVC or ProRes); anything but a whole .mov is made into one first, without re-encoding.</source>
        <translation>アップロードする動画: .mov、.mp4、.m4v、.mts、.m2ts（H.264、HEVC、ProRes）。.mov をそのまま送る場合以外は、先に再エンコードせずに .mov にします。</translation>
    </message>
    <message>
        <source>When the recording started, RFC 3339 with an offset (default: what the file says, else its date).</source>
        <translation>録画の開始時刻（オフセット付き RFC 3339）。既定はファイルに記録された時刻、なければファイルの日付。</translation>
    </message>
    <message>
        <source>Upload only this part of each file, cut at the keyframe at or before START; repeat to split a recording into several clips (&lt;name&gt;-1.mov, &lt;name&gt;-2.mov, ...). Seconds or [hh:]mm:ss[.fff].</source>
        <translation>各ファイルのこの部分だけをアップロードします（START 以前のキーフレームで切り出し）。繰り返すと録画を複数のクリップ（&lt;名前&gt;-1.mov、&lt;名前&gt;-2.mov、…）に分けます。秒または [hh:]mm:ss[.fff]。</translation>
    </message>
    <message>
        <source>--trim: %1.</source>
        <translation>--trim: %1。</translation>
    </message>
    <message>
        <source>%1: --trim: %2.</source>
        <translation>%1: --trim: %2。</translation>
    </message>
    <message>
        <source>Upload to the sandbox on this computer, through the sandbox's own queue (as `uplift-capture --sandbox` does), not to your Uplift account. While the sandbox window is open it owns that queue: add the videos there, or close it first.</source>
        <translation>Uplift アカウントではなく、このコンピューター上のサンドボックスに、サンドボックス専用のキューを通じてアップロードします (`uplift-capture --sandbox` と同じ)。サンドボックスのウィンドウが開いている間はそのウィンドウがキューを使用します。そこで動画を追加するか、先にウィンドウを閉じてください。</translation>
    </message>
    <message>
        <source>Upload a clip again although it was uploaded (or failed) before for the same athlete, movement and part. Without it the command asks on a terminal and otherwise leaves such a clip out (exit code 6). A clip still in the queue is followed, never queued twice.</source>
        <translation>同じ選手・動作・部分で以前にアップロードした (または失敗した) クリップでも、もう一度アップロードします。指定しない場合、端末ではコマンドが確認を求め、端末でなければそのクリップを除外します (終了コード 6)。まだキューにあるクリップは追跡され、二重にキューに追加されることはありません。</translation>
    </message>
    <message>
        <source>--sandbox and --api-url cannot be used together: the sandbox runs on this computer.</source>
        <translation>--sandbox と --api-url は同時に使えません。サンドボックスはこのコンピューター上で動作します。</translation>
    </message>
    <message>
        <source>Split each file at every impact heard in its sound (a ball struck, a landing): one clip per impact, from --before to --after around it (&lt;name&gt;-1.mov, &lt;name&gt;-2.mov, ...). Refused for a file without sound or without an impact heard. `uplift-capture impacts FILE` shows the parts first.</source>
        <translation>各ファイルを、音声から聞き取ったインパクト (打球、着地) ごとに分割します。インパクトごとに、その --before 秒前から --after 秒後までを 1 本のクリップにします (&lt;name&gt;-1.mov、&lt;name&gt;-2.mov、…)。音声のないファイルや、インパクトが聞き取れないファイルは拒否します。`uplift-capture impacts FILE` で先に部分を確認できます。</translation>
    </message>
    <message>
        <source>With --split-at-impacts: seconds before each impact (default: the movement's, as last set in the window; golf full swing 2.5).</source>
        <translation>--split-at-impacts と一緒に指定: 各インパクトの前の秒数 (既定: ウィンドウで最後に設定した、その動作の値。ゴルフのフルスイングは 2.5)。</translation>
    </message>
    <message>
        <source>With --split-at-impacts: seconds after each impact (default: the movement's, as last set in the window; golf full swing 1.5).</source>
        <translation>--split-at-impacts と一緒に指定: 各インパクトの後の秒数 (既定: ウィンドウで最後に設定した、その動作の値。ゴルフのフルスイングは 1.5)。</translation>
    </message>
    <message>
        <source>--split-at-impacts and --trim cannot be used together: the impacts mark the parts.</source>
        <translation>--split-at-impacts と --trim は一緒に使えません。部分はインパクトで決まります。</translation>
    </message>
    <message>
        <source>--%1 is for --split-at-impacts.</source>
        <translation>--%1 は --split-at-impacts 用です。</translation>
    </message>
    <message>
        <source>--%1 needs seconds such as 2.5, not "%2".</source>
        <translation>--%1 には 2.5 のような秒数を指定してください。「%2」は使えません。</translation>
    </message>
    <message>
        <source>--before/--after: %1</source>
        <translation>--before/--after: %1</translation>
    </message>
    <message>
        <source>%1: has no sound track, so there are no impacts to split it at; mark the parts with --trim instead.</source>
        <translation>%1: 音声トラックがないため、分割するインパクトがありません。代わりに --trim で部分を指定してください。</translation>
    </message>
    <message>
        <source>%1: no impact was heard in it, so it is not split; mark the parts with --trim instead.</source>
        <translation>%1: インパクトが聞き取れなかったため、分割しません。代わりに --trim で部分を指定してください。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1: impacts heard at %2: one clip each, %3 s before to %4 s after.</source>
        <translation>%1: %2 にインパクトを検出: それぞれ %3 秒前から %4 秒後までを 1 本のクリップにします。</translation>
    </message>
</context>
<context>
    <name>UploadRun</name>
    <message>
        <source>job %1 %2: %3</source>
        <translation>ジョブ %1 %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>preparing %1: %2 %</source>
        <translation>%1 を準備中: %2 %</translation>
    </message>
    <message>
        <source><byte value="xd" />%1 uploading: %2 of %3, %4/s, %5 s left</source>
        <translation><byte value="xd" />%1 件アップロード中: %3 中 %2、%4/s、残り %5 秒</translation>
    </message>
</context>
<context>
    <name>UploadSession</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The upload queue stopped: %1</source>
        <translation>アップロードキューが停止しました: %1</translation>
    </message>
    <message>
        <source>Uploads are not available: %1</source>
        <translation>アップロードを利用できません: %1</translation>
    </message>
</context>
<context>
    <name>VideoIntake</name>
    <message>
        <source>The name contains “/” or “\”; rename the file</source>
        <translation>名前に「/」または「\」が含まれています。ファイル名を変更してください</translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %n characters; rename the file</source>
        <translation>
            <numerusform>名前が %n 文字を超えています。ファイル名を変更してください</numerusform>
        </translation>
    </message>
    <message>
        <source>The file no longer exists</source>
        <translation>ファイルはもう存在しません</translation>
    </message>
    <message>
        <source>Not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>The file cannot be read (check its permissions)</source>
        <translation>ファイルを読み込めません (アクセス権を確認してください)</translation>
    </message>
    <message>
        <source>Not a video (MOV, MP4, M4V, MTS or M2TS)</source>
        <translation>動画ではありません（MOV、MP4、M4V、MTS、M2TS）</translation>
    </message>
</context>
<context>
    <name>VideoPreview</name>
    <message>
        <source>Video preview</source>
        <translation>動画のプレビュー</translation>
    </message>
    <message>
        <source>Preview message</source>
        <translation>プレビューのメッセージ</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>前のフレーム</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>再生/一時停止</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>次のフレーム</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>動画内の位置</translation>
    </message>
    <message>
        <source>Drag to move through the video</source>
        <translation>ドラッグして動画内を移動</translation>
    </message>
    <message>
        <source>Playback time</source>
        <translation>再生時間</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>再生速度</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>ミュート</translation>
    </message>
    <message>
        <source>Video details</source>
        <translation>動画の詳細</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Previous Frame</source>
        <translation>前のフレーム</translation>
    </message>
    <message>
        <source>Next Frame</source>
        <translation>次のフレーム</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>This video cannot be previewed on this computer (%1).
It can still be uploaded.</source>
        <translation>この動画はこのコンピューターではプレビューできません (%1)。
アップロードは可能です。</translation>
    </message>
    <message>
        <source>Select a video in the list to preview it.</source>
        <translation>リストで動画を選ぶとプレビューできます。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Filmed %1</source>
        <translation>撮影 %1</translation>
    </message>
    <message>
        <source>File saved %1 (the video does not say when it was filmed)</source>
        <translation>ファイル保存 %1 (動画に撮影日時の情報がありません)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Mark In</source>
        <translation>開始点</translation>
    </message>
    <message>
        <source>Mark Out</source>
        <translation>終了点</translation>
    </message>
    <message>
        <source>Clear marks</source>
        <translation>マークを消去</translation>
    </message>
    <message>
        <source>Kept part of the video</source>
        <translation>使用する動画の部分</translation>
    </message>
    <message>
        <source>Clear Marks</source>
        <translation>マークを消去</translation>
    </message>
    <message>
        <source>Upload the whole clip again</source>
        <translation>クリップ全体をアップロードする設定に戻す</translation>
    </message>
    <message>
        <source>The whole clip is uploaded. Mark In (I) and Out (O) to keep only the swing.</source>
        <translation>クリップ全体をアップロードします。スイングだけにするには開始点（I）と終了点（O）をマークしてください。</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Keeps %1 (%2 s)</source>
        <translation>%1 を使用（%2 秒）</translation>
    </message>
    <message>
        <source>starts %1 s earlier, at the previous keyframe</source>
        <translation>直前のキーフレームのため %1 秒早く始まります</translation>
    </message>
    <message numerus="yes">
        <source>Split into %n clips: %1</source>
        <translation>
            <numerusform>%n 本のクリップに分割: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>filmed turned %1°, shown upright</source>
        <translation>%1° 回転して撮影、正しい向きで表示</translation>
    </message>
    <message>
        <source>sent as %1 (made into a .mov without re-encoding)</source>
        <translation>%1 として送信（再エンコードせずに .mov に変換）</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>送信しないもの: %1</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>速度:</translation>
    </message>
    <message>
        <source>1 start moved to the previous keyframe</source>
        <translation>1 個の開始点を直前のキーフレームに移動</translation>
    </message>
    <message numerus="yes">
        <source>%n starts moved to the previous keyframe</source>
        <translation>
            <numerusform>%n 個の開始点を直前のキーフレームに移動</numerusform>
        </translation>
    </message>
    <message>
        <source>Mute the sound</source>
        <translation>音声をミュート</translation>
    </message>
</context>
<context>
    <name>VideoProbe</name>
    <message>
        <source>The video could not be opened in time.</source>
        <translation>動画を時間内に開けませんでした。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>ファイルが存在しません。</translation>
    </message>
    <message>
        <source>The video has no picture.</source>
        <translation>動画に映像がありません。</translation>
    </message>
    <message>
        <source>The video cannot be played on this computer.</source>
        <translation>この動画はこのコンピューターでは再生できません。</translation>
    </message>
    <message>
        <source>The file did not answer in time; the card or drive may have stopped responding.</source>
        <translation>ファイルが時間内に応答しませんでした。カードまたはドライブが応答しなくなった可能性があります。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Uploads coaches' videos to the Uplift motion-analysis platform.</source>
        <translation>コーチの動画を Uplift 動作解析プラットフォームにアップロードします。</translation>
    </message>
    <message>
        <source>Try the app without an account: run a local sandbox of the Uplift API and upload service on this computer and use it.</source>
        <translation>アカウントなしで試す: Uplift API とアップロードサービスのローカルサンドボックスをこのコンピューターで起動して使用します。</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>サンドボックスを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>Uploads are not available: %1</source>
        <translation>アップロードを利用できません: %1</translation>
    </message>
    <message>
        <source>%1 COMMAND [options]</source>
        <translation>%1 COMMAND [オプション]</translation>
    </message>
    <message>
        <source>Run the local sandbox of the Uplift API without a window.</source>
        <translation>ウィンドウなしで Uplift API のローカルサンドボックスを実行します。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>"%1 COMMAND --help" shows a command's options.</source>
        <translation>"%1 COMMAND --help" で各コマンドのオプションを表示します。</translation>
    </message>
    <message>
        <source>Videos to add to the ready list (%1), also when the window is already open.</source>
        <translation>準備リストに追加する動画 (%1)。ウィンドウがすでに開いている場合も追加します。</translation>
    </message>
    <message>
        <source>Uplift Capture is already open with your Uplift account: the videos were added to its ready list. To use the sandbox, quit it and start %1 --sandbox.</source>
        <translation>Uplift Capture はすでに Uplift アカウントで開いています。動画はその準備リストに追加しました。サンドボックスを使うには、Uplift Capture を終了してから %1 --sandbox を起動してください。</translation>
    </message>
    <message>
        <source>Uplift Capture is already open in the sandbox: the videos were added to its ready list, and what is uploaded there never reaches your Uplift account. To use your account, quit it and start %1 again.</source>
        <translation>Uplift Capture はすでにサンドボックスで開いています。動画はその準備リストに追加しましたが、そこでアップロードしたものは Uplift アカウントには届きません。アカウントを使うには、Uplift Capture を終了してから %1 をもう一度起動してください。</translation>
    </message>
    <message>
        <source>Uplift Capture was started again for the sandbox, but this window uses your Uplift account: the videos were added here. To use the sandbox, quit and start it with --sandbox.</source>
        <translation>Uplift Capture がサンドボックス用にもう一度起動されましたが、このウィンドウは Uplift アカウントを使用しています。動画はここに追加しました。サンドボックスを使うには、終了してから --sandbox 付きで起動してください。</translation>
    </message>
</context>
</TS>