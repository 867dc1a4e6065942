<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountSettings</name>
    <message>
        <source>Uploads wait for an API key: enter it in Settings.</source>
        <translation>Uploads warten auf einen API-Schlüssel: Geben Sie ihn in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>The API key was saved in the keychain.</source>
        <translation>Der API-Schlüssel wurde im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The key is used until Uplift Capture quits, but it was not saved: %1</source>
        <translation>Der Schlüssel wird bis zum Beenden von Uplift Capture verwendet, wurde aber nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The athletes cannot be kept on this computer: %1</source>
        <translation>Die Athleten können nicht auf diesem Computer gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>The server address cannot be used: %1</source>
        <translation>Die Serveradresse kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The sandbox starts the next time Uplift Capture starts.</source>
        <translation>Die Sandbox startet beim nächsten Start von Uplift Capture.</translation>
    </message>
    <message>
        <source>Your Uplift account is used the next time Uplift Capture starts.</source>
        <translation>Ihr Uplift-Konto wird beim nächsten Start von Uplift Capture verwendet.</translation>
    </message>
    <message>
        <source>The sandbox is not running yet: it starts the next time Uplift Capture starts.</source>
        <translation>Die Sandbox läuft noch nicht: Sie startet beim nächsten Start von Uplift Capture.</translation>
    </message>
    <message>
        <source>One video is uploaded at a time.</source>
        <translation>Es wird jeweils ein Video hochgeladen.</translation>
    </message>
    <message>
        <source>Up to %1 videos are uploaded at the same time.</source>
        <translation>Bis zu %1 Videos werden gleichzeitig hochgeladen.</translation>
    </message>
    <message>
        <source>Uploads are limited to %1 MB/s.</source>
        <translation>Uploads sind auf %1 MB/s begrenzt.</translation>
    </message>
    <message>
        <source>Uploads are no longer limited in speed.</source>
        <translation>Die Upload-Geschwindigkeit ist nicht mehr begrenzt.</translation>
    </message>
    <message>
        <source>The sandbox is used again the next time Uplift Capture starts.</source>
        <translation>Die Sandbox wird beim nächsten Start von Uplift Capture wieder verwendet.</translation>
    </message>
    <message>
        <source>Your Uplift account is used the next time Uplift Capture starts without --sandbox.</source>
        <translation>Ihr Uplift-Konto wird beim nächsten Start von Uplift Capture ohne --sandbox verwendet.</translation>
    </message>
    <message>
        <source>Uplift Capture keeps using your Uplift account.</source>
        <translation>Uplift Capture verwendet weiterhin Ihr Uplift-Konto.</translation>
    </message>
    <message>
        <source>Videos imported from now on are copied to %1.</source>
        <translation>Ab jetzt importierte Videos werden nach %1 kopiert.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Could not reach the Uplift server: %1</source>
        <translation>Der Uplift-Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The Uplift server did not answer in time.</source>
        <translation>Der Uplift-Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The Uplift server sent an answer this program cannot use: %1</source>
        <translation>Der Uplift-Server hat eine Antwort geschickt, mit der dieses Programm nichts anfangen kann: %1</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>Die Anfrage ist ungültig.</translation>
    </message>
    <message>
        <source>The Uplift server refused the request (HTTP %1): %2</source>
        <translation>Der Uplift-Server hat die Anfrage abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The Uplift server answered HTTP %1 without an explanation.</source>
        <translation>Der Uplift-Server hat mit HTTP %1 ohne Begründung geantwortet.</translation>
    </message>
    <message>
        <source>The Uplift server answered HTTP %1 with a body that is not an Uplift error.</source>
        <translation>Der Uplift-Server hat mit HTTP %1 geantwortet, aber ohne eine Uplift-Fehlermeldung.</translation>
    </message>
</context>
<context>
    <name>ApiKey</name>
    <message>
        <source>The API key is empty.</source>
        <translation>Der API-Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>The API key contains a line break or another control character (at position %1). Copy it again from the Uplift dashboard, without line breaks.</source>
        <translation>Der API-Schlüssel enthält einen Zeilenumbruch oder ein anderes Steuerzeichen (an Position %1). Kopieren Sie ihn erneut aus dem Uplift-Dashboard, ohne Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>The API key contains a space or a character that is not part of any Uplift key (at position %1). Copy it again from the Uplift dashboard.</source>
        <translation>Der API-Schlüssel enthält ein Leerzeichen oder ein Zeichen, das in keinem Uplift-Schlüssel vorkommt (an Position %1). Kopieren Sie ihn erneut aus dem Uplift-Dashboard.</translation>
    </message>
</context>
<context>
    <name>Athlete</name>
    <message>
        <source>The custom attribute name %1 is reserved.</source>
        <translation>Der Name %1 ist für eigene Attribute reserviert.</translation>
    </message>
    <message>
        <source>The custom attribute name "%1" must start with a letter or _ and hold only letters, digits, _ and -.</source>
        <translation>Der Name des eigenen Attributs „%1“ muss mit einem Buchstaben oder _ beginnen und darf nur Buchstaben, Ziffern, _ und - enthalten.</translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation>Der Vorname ist erforderlich.</translation>
    </message>
    <message>
        <source>The date of birth must be a date written YYYY-MM-DD.</source>
        <translation>Das Geburtsdatum muss im Format JJJJ-MM-TT angegeben werden.</translation>
    </message>
    <message>
        <source>The height (inches) must not be negative.</source>
        <translation>Die Größe (Zoll) darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The weight (pounds) must not be negative.</source>
        <translation>Das Gewicht (Pfund) darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>an athlete has no id.</source>
        <translation>ein Athlet hat keine ID.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>athlete's name as shown in lists: %1 first name, %2 last name</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>AthleteCache</name>
    <message>
        <source>The folder for the athlete list cannot be created: %1</source>
        <translation>Der Ordner für die Athletenliste kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The athlete list %1 cannot be opened: %2</source>
        <translation>Die Athletenliste %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The athlete list %1 cannot be used: %2</source>
        <translation>Die Athletenliste %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>The athlete list could not be saved on this computer (%1).</source>
        <translation>Die Athletenliste konnte auf diesem Computer nicht gespeichert werden (%1).</translation>
    </message>
</context>
<context>
    <name>AthletePicker</name>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>Athlete</source>
        <translation>Athlet</translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation>Teamfilter</translation>
    </message>
    <message>
        <source>Show only the athletes of one team</source>
        <translation>Nur die Athleten eines Teams anzeigen</translation>
    </message>
    <message>
        <source>Name, e-mail or team…</source>
        <translation>Name, E-Mail oder Team…</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
</context>
<context>
    <name>AvInput</name>
    <message>
        <source>The file no longer exists</source>
        <translation>Die Datei existiert nicht mehr</translation>
    </message>
    <message>
        <source>The file cannot be read (check its permissions)</source>
        <translation>Die Datei kann nicht gelesen werden (prüfen Sie die Berechtigungen)</translation>
    </message>
    <message>
        <source>Out of memory while opening the video</source>
        <translation>Nicht genug Speicher beim Öffnen des Videos</translation>
    </message>
    <message>
        <source>Not a video file that can be read (%1)</source>
        <translation>Keine lesbare Videodatei (%1)</translation>
    </message>
    <message>
        <source>The video's streams cannot be read (%1)</source>
        <translation>Die Spuren des Videos können nicht gelesen werden (%1)</translation>
    </message>
</context>
<context>
    <name>CameraBanner</name>
    <message>
        <source>Show…</source>
        <translation>Anzeigen…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Show the import</source>
        <translation>Den Import anzeigen</translation>
    </message>
    <message>
        <source>Import from the camera</source>
        <translation>Von der Kamera importieren</translation>
    </message>
    <message>
        <source>Show the videos on the card, camera or phone, and import the new ones</source>
        <translation>Die Videos auf der Karte, der Kamera oder dem Handy anzeigen und die neuen importieren</translation>
    </message>
</context>
<context>
    <name>CameraClipModel</name>
    <message>
        <source>Filmed %1</source>
        <translation>Gefilmt %1</translation>
    </message>
    <message>
        <source>File saved %1</source>
        <translation>Datei gespeichert %1</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Bereits importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n chapters: %1</source>
        <extracomment>A GoPro recording the camera split into several files; %1 lists them.</extracomment>
        <translation>
            <numerusform>%n Kapitel: %1</numerusform>
            <numerusform>%n Kapitel: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>ticked for import</source>
        <translation>zum Importieren angehakt</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>nicht angehakt</translation>
    </message>
    <message>
        <source>Space ticks or unticks it</source>
        <translation>Leertaste hakt an oder ab</translation>
    </message>
</context>
<context>
    <name>CameraPane</name>
    <message>
        <source>less than a minute left</source>
        <translation>weniger als eine Minute übrig</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>noch etwa %n Min.</numerusform>
            <numerusform>noch etwa %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>noch etwa %1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>You can take out %1 now.</source>
        <translation>Sie können %1 jetzt entnehmen.</translation>
    </message>
    <message>
        <source>%1 could not be ejected.</source>
        <translation>%1 konnte nicht ausgeworfen werden.</translation>
    </message>
    <message>
        <source>%1 was not ejected: %2</source>
        <translation>%1 wurde nicht ausgeworfen: %2</translation>
    </message>
    <message>
        <source>the phone “%1”</source>
        <translation>das Handy „%1“</translation>
    </message>
    <message>
        <source>the camera “%1”</source>
        <translation>die Kamera „%1“</translation>
    </message>
    <message>
        <source>the card “%1”</source>
        <translation>die Karte „%1“</translation>
    </message>
    <message>
        <source>%1 is back: the import goes on where it stopped.</source>
        <translation>%1 ist wieder da: Der Import geht dort weiter, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Nichts Neues</translation>
    </message>
    <message>
        <source>1 new clip</source>
        <translation>1 neuer Clip</translation>
    </message>
    <message numerus="yes">
        <source>%n new clips</source>
        <translation>
            <numerusform>%n neuer Clip</numerusform>
            <numerusform>%n neue Clips</numerusform>
        </translation>
    </message>
    <message>
        <source>No card, camera or phone is connected.</source>
        <translation>Es ist keine Karte, keine Kamera und kein Handy angeschlossen.</translation>
    </message>
    <message>
        <source>Put a camera's card in the card reader, or connect a camera or phone with its cable: its videos are listed here.</source>
        <translation>Stecken Sie die Karte einer Kamera in das Kartenlesegerät oder schließen Sie eine Kamera oder ein Handy per Kabel an: Die Videos darauf werden hier aufgelistet.</translation>
    </message>
    <message>
        <source>Choose a card, camera or phone on the left.</source>
        <translation>Wählen Sie links eine Karte, eine Kamera oder ein Handy.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>There are no videos on %1.</source>
        <translation>Auf %1 sind keine Videos.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n videos; checking which were imported before…</source>
        <translation>
            <numerusform>%1: %n Video; es wird geprüft, ob es schon importiert wurde…</numerusform>
            <numerusform>%1: %n Videos; es wird geprüft, welche schon importiert wurden…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new on %1: its %n videos were imported before.</source>
        <translation>
            <numerusform>Nichts Neues auf %1: %n Video, schon importiert.</numerusform>
            <numerusform>Nichts Neues auf %1: Alle %n Videos wurden schon importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: 1 new video.</source>
        <translation>%1: 1 neues Video.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new videos.</source>
        <translation>
            <numerusform>%1: %n neues Video.</numerusform>
            <numerusform>%1: %n neue Videos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new videos, %2 imported before.</source>
        <translation>
            <numerusform>%1: %n neues Video, %2 schon importiert.</numerusform>
            <numerusform>%1: %n neue Videos, %2 schon importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No videos on it.</source>
        <translation>Keine Videos darauf.</translation>
    </message>
    <message>
        <source>Stop Import</source>
        <translation>Import stoppen</translation>
    </message>
    <message>
        <source>Stop copying; the clips copied so far stay in your library</source>
        <translation>Das Kopieren stoppen; die bisher kopierten Clips bleiben in Ihrer Bibliothek</translation>
    </message>
    <message>
        <source>Import 1 Clip</source>
        <translation>1 Clip importieren</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Clips</source>
        <translation>
            <numerusform>%n Clip importieren</numerusform>
            <numerusform>%n Clips importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the ticked clips into %1</source>
        <translation>Die angehakten Clips nach %1 kopieren</translation>
    </message>
    <message>
        <source>Nothing new to import: tick the clips to copy.</source>
        <translation>Nichts Neues zu importieren: Haken Sie die Clips an, die kopiert werden sollen.</translation>
    </message>
    <message>
        <source>Starting to copy from %1…</source>
        <translation>Kopieren von %1 beginnt…</translation>
    </message>
    <message>
        <source>Copying file %1 of %2</source>
        <translation>Datei %1 von %2 wird kopiert</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 was taken out while copying: %2 of %3 clips are in your library. Put it back in and the import goes on where it stopped.</source>
        <translation>%1 wurde beim Kopieren entfernt: %2 von %3 Clips sind in Ihrer Bibliothek. Nach dem erneuten Einstecken geht der Import dort weiter, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>Import stopped: %1 of %2 clips are in your library (%3).</source>
        <translation>Import gestoppt: %1 von %2 Clips sind in Ihrer Bibliothek (%3).</translation>
    </message>
    <message>
        <source>Nothing new: every chosen clip was imported before.</source>
        <translation>Nichts Neues: Jeder gewählte Clip wurde schon importiert.</translation>
    </message>
    <message>
        <source>1 clip imported into %1; it is in the ready list.</source>
        <translation>1 Clip nach %1 importiert; er steht in der Liste „Bereit zum Hochladen“.</translation>
    </message>
    <message numerus="yes">
        <source>%n clips imported into %1; they are in the ready list.</source>
        <translation>
            <numerusform>%n Clip nach %1 importiert; er steht in der Liste „Bereit zum Hochladen“.</numerusform>
            <numerusform>%n Clips nach %1 importiert; sie stehen in der Liste „Bereit zum Hochladen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 clips imported. %3</source>
        <translation>%1 von %2 Clips importiert. %3</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more could not be copied)</source>
        <translation>
            <numerusform>(und %n weiterer konnte nicht kopiert werden)</numerusform>
            <numerusform>(und %n weitere konnten nicht kopiert werden)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is still being copied from: wait until the import is done, or stop it, then eject it.</source>
        <translation>Von %1 wird noch kopiert: Warten Sie, bis der Import fertig ist, oder stoppen Sie ihn; danach können Sie auswerfen.</translation>
    </message>
    <message>
        <source>Ejecting %1…</source>
        <translation>%1 wird ausgeworfen…</translation>
    </message>
    <message>
        <source>Importing from %1</source>
        <translation>Import von %1</translation>
    </message>
    <message>
        <source>file %1 of %2</source>
        <translation>Datei %1 von %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Two cards, cameras or phones, e.g. "the card “EOS_DIGITAL” and the phone “Pixel 7”".</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%n cards, cameras or phones</source>
        <translation>
            <numerusform>%n Karte, Kamera oder Handy</numerusform>
            <numerusform>%n Karten, Kameras oder Handys</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: 1 new clip</source>
        <translation>%1: 1 neuer Clip</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new clips</source>
        <translation>
            <numerusform>%1: %n neuer Clip</numerusform>
            <numerusform>%1: %n neue Clips</numerusform>
        </translation>
    </message>
    <message>
        <source>Cards, cameras and phones</source>
        <translation>Karten, Kameras und Handys</translation>
    </message>
    <message>
        <source>Videos on the card</source>
        <translation>Videos auf der Karte</translation>
    </message>
    <message>
        <source>Tick All New</source>
        <translation>Alle neuen anhaken</translation>
    </message>
    <message>
        <source>Tick all new clips</source>
        <translation>Alle neuen Clips anhaken</translation>
    </message>
    <message>
        <source>Untick All</source>
        <translation>Alle Haken entfernen</translation>
    </message>
    <message>
        <source>Untick all clips</source>
        <translation>Bei allen Clips den Haken entfernen</translation>
    </message>
    <message>
        <source>Eject</source>
        <translation>Auswerfen</translation>
    </message>
    <message>
        <source>Unmount the card (or camera, or phone) so that it can be taken out safely</source>
        <translation>Die Karte (oder Kamera oder das Handy) abmelden, damit sie sicher entfernt werden kann</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>What is on the card</source>
        <translation>Was auf der Karte ist</translation>
    </message>
    <message>
        <source>%1 stopped answering while copying: %2 of %3 clips are in your library. Take it out and put it back in, and the import goes on where it stopped.</source>
        <translation>%1 hat beim Kopieren aufgehört zu antworten: %2 von %3 Clips sind in Ihrer Bibliothek. Nehmen Sie sie heraus und stecken Sie sie wieder ein, dann geht der Import dort weiter, wo er angehalten hat.</translation>
    </message>
</context>
<context>
    <name>CameraSource</name>
    <message>
        <source>Phone</source>
        <translation>Handy</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Memory card</source>
        <translation>Speicherkarte</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>Es gibt keinen Ordner %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a card or a folder.</source>
        <translation>%1 ist eine Datei, keine Karte und kein Ordner.</translation>
    </message>
    <message>
        <source>%1 has no DCIM folder and no AVCHD folder: it does not look like a camera's card.</source>
        <translation>%1 hat keinen DCIM-Ordner und keinen AVCHD-Ordner: Es sieht nicht nach der Karte einer Kamera aus.</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <source>a capture has no session_id.</source>
        <translation>eine Aufnahme hat keine session_id.</translation>
    </message>
    <message>
        <source>the capture member %1 is not a string.</source>
        <translation>das Feld %1 der Aufnahme ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>the capture_time of a capture is not a date-time.</source>
        <translation>die capture_time einer Aufnahme ist keine Datums- und Zeitangabe.</translation>
    </message>
    <message>
        <source>the fps_detected of a capture is not a number.</source>
        <translation>die fps_detected einer Aufnahme ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>CaptureDraft</name>
    <message>
        <source>Choose the athlete</source>
        <translation>Wählen Sie den Athleten</translation>
    </message>
    <message>
        <source>Choose a session group, or create one with New…</source>
        <translation>Wählen Sie eine Session-Gruppe oder legen Sie mit „Neu…“ eine an</translation>
    </message>
    <message>
        <source>Choose how the camera was set up: front-on or down-the-line</source>
        <translation>Wählen Sie die Kameraposition: frontal oder Down-the-Line</translation>
    </message>
    <message>
        <source>Choose the activity</source>
        <translation>Wählen Sie die Aktivität</translation>
    </message>
    <message>
        <source>Choose the movement</source>
        <translation>Wählen Sie die Bewegung</translation>
    </message>
    <message>
        <source>%1: choose one; this movement needs it</source>
        <translation>%1: Wählen Sie einen Wert; diese Bewegung erfordert ihn</translation>
    </message>
</context>
<context>
    <name>CaptureForm</name>
    <message>
        <source>Describe the capture</source>
        <translation>Aufnahme beschreiben</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Athlete</source>
        <translation>Athlet</translation>
    </message>
    <message>
        <source>Type a name, e-mail or team to find the athlete</source>
        <translation>Name, E-Mail oder Team eingeben, um den Athleten zu finden</translation>
    </message>
    <message>
        <source>New athlete</source>
        <translation>Neuer Athlet</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Create a new athlete (Ctrl+Shift+N)</source>
        <translation>Neuen Athleten anlegen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Session group</source>
        <translation>Session-Gruppe</translation>
    </message>
    <message>
        <source>The session these clips belong to; one athlete's session</source>
        <translation>Die Session, zu der diese Clips gehören; die Session eines Athleten</translation>
    </message>
    <message>
        <source>New session group</source>
        <translation>Neue Session-Gruppe</translation>
    </message>
    <message>
        <source>Start a new session group for this athlete (Ctrl+Shift+G)</source>
        <translation>Neue Session-Gruppe für diesen Athleten beginnen (Strg+Umschalt+G)</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Camera front-on</source>
        <translation>Kamera frontal</translation>
    </message>
    <message>
        <source>&amp;Front-on</source>
        <translation>&amp;Frontal</translation>
    </message>
    <message>
        <source>The camera faces the athlete (Alt+F)</source>
        <translation>Die Kamera ist auf den Athleten gerichtet (Alt+F)</translation>
    </message>
    <message>
        <source>Camera down-the-line</source>
        <translation>Kamera Down-the-Line</translation>
    </message>
    <message>
        <source>&amp;Down-the-line</source>
        <translation>&amp;Down-the-Line</translation>
    </message>
    <message>
        <source>The camera looks along the target line from behind the athlete (Alt+D)</source>
        <translation>Die Kamera blickt von hinter dem Athleten entlang der Ziellinie (Alt+D)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Camera orientation</source>
        <translation>Ausrichtung der Kamera</translation>
    </message>
    <message>
        <source>How the camera was held; filled in from the video</source>
        <translation>Wie die Kamera gehalten wurde; aus dem Video übernommen</translation>
    </message>
    <message>
        <source>Orientation source</source>
        <translation>Herkunft der Ausrichtung</translation>
    </message>
    <message>
        <source>Advanced camera settings</source>
        <translation>Erweiterte Kameraeinstellungen</translation>
    </message>
    <message>
        <source>Extra camera settings</source>
        <translation>Zusätzliche Kameraeinstellungen</translation>
    </message>
    <message>
        <source>Extra key/value pairs sent with the camera configuration</source>
        <translation>Zusätzliche Schlüssel/Wert-Paare, die mit der Kamerakonfiguration gesendet werden</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>Weitere Angaben</translation>
    </message>
    <message>
        <source>Other movement details</source>
        <translation>Weitere Angaben zur Bewegung</translation>
    </message>
    <message>
        <source>Further movement dimensions as key/value pairs</source>
        <translation>Weitere Bewegungsmerkmale als Schlüssel/Wert-Paare</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Capture time</source>
        <translation>Aufnahmezeit</translation>
    </message>
    <message>
        <source>When the clip was filmed; never in the future</source>
        <translation>Wann der Clip gefilmt wurde; nie in der Zukunft</translation>
    </message>
    <message>
        <source>Capture time source</source>
        <translation>Herkunft der Aufnahmezeit</translation>
    </message>
    <message>
        <source>Why uploading is not possible yet</source>
        <translation>Warum noch nicht hochgeladen werden kann</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Queue the selected clips for upload (Ctrl+Enter)</source>
        <translation>Die ausgewählten Clips zum Hochladen einreihen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Required for this movement</source>
        <translation>Für diese Bewegung erforderlich</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Describe&lt;/b&gt; — select clips in the list</source>
        <translation>&lt;b&gt;Beschreiben&lt;/b&gt; – Clips in der Liste auswählen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Describe 1 clip&lt;/b&gt;</source>
        <translation>&lt;b&gt;1 Clip beschreiben&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Describe %n clips&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Clip beschreiben&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Clips beschreiben&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload 1 clip</source>
        <translation>1 Clip hochladen</translation>
    </message>
    <message numerus="yes">
        <source>Upload %n clips</source>
        <translation>
            <numerusform>%n Clip hochladen</numerusform>
            <numerusform>%n Clips hochladen</numerusform>
        </translation>
    </message>
    <message>
        <source>each clip as filmed</source>
        <translation>je Clip wie gefilmt</translation>
    </message>
    <message>
        <source>from the video</source>
        <translation>aus dem Video</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>von Ihnen gewählt</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>von Ihnen festgelegt</translation>
    </message>
    <message>
        <source>each clip keeps its own time</source>
        <translation>je Clip eigene Zeit</translation>
    </message>
    <message>
        <source>from the file date</source>
        <translation>aus dem Dateidatum</translation>
    </message>
    <message>
        <source>As filmed (each clip)</source>
        <translation>Wie gefilmt (jeder Clip)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>What the athlete does, e.g. Golf</source>
        <translation>Was die Athletin oder der Athlet macht, z. B. Golf</translation>
    </message>
    <message>
        <source>Which movement of the activity, e.g. Full swing</source>
        <translation>Welche Bewegung der Aktivität, z. B. Voller Schwung</translation>
    </message>
    <message>
        <source>Filled in from the last upload</source>
        <translation>Vom letzten Hochladen übernommen</translation>
    </message>
    <message>
        <source>Filled in as last time for this athlete</source>
        <translation>Wie beim letzten Mal für diese Person ausgefüllt</translation>
    </message>
    <message>
        <source>&lt;i&gt;In italics&lt;/i&gt;: as last time for %1. Check, then upload.</source>
        <translation>&lt;i&gt;Kursiv&lt;/i&gt;: wie beim letzten Mal für %1. Prüfen, dann hochladen.</translation>
    </message>
    <message>
        <source>e.g. Golf</source>
        <translation>z. B. Golf</translation>
    </message>
    <message>
        <source>e.g. Full swing</source>
        <translation>z. B. Voller Schwung</translation>
    </message>
    <message>
        <source>Portrait — from the video</source>
        <translation>Hochformat – laut Video</translation>
    </message>
    <message>
        <source>Landscape — from the video</source>
        <translation>Querformat – laut Video</translation>
    </message>
</context>
<context>
    <name>CaptureSpec</name>
    <message>
        <source>Choose an athlete (athlete_id is required).</source>
        <translation>Wählen Sie einen Athleten (athlete_id ist erforderlich).</translation>
    </message>
    <message>
        <source>The athlete id (athlete_id) is not a valid UUID.</source>
        <translation>Die Athleten-ID (athlete_id) ist keine gültige UUID.</translation>
    </message>
    <message>
        <source>A session group (session_group_id) is required.</source>
        <translation>Eine Session-Gruppe (session_group_id) ist erforderlich.</translation>
    </message>
    <message>
        <source>The session group id (session_group_id) is not a valid UUID.</source>
        <translation>Die ID der Session-Gruppe (session_group_id) ist keine gültige UUID.</translation>
    </message>
    <message>
        <source>Choose a camera setup (camera_setup_selection is required).</source>
        <translation>Wählen Sie eine Kameraposition (camera_setup_selection ist erforderlich).</translation>
    </message>
    <message>
        <source>The camera setup (camera_setup_selection) must be single.front_on or single.down_the_line.</source>
        <translation>Die Kameraposition (camera_setup_selection) muss single.front_on oder single.down_the_line sein.</translation>
    </message>
    <message>
        <source>The camera orientation (camera_orientation) must be portrait or landscape.</source>
        <translation>Die Kameraausrichtung (camera_orientation) muss portrait oder landscape sein.</translation>
    </message>
    <message>
        <source>The camera key %1 cannot be given as an extra key.</source>
        <translation>Der Kameraschlüssel %1 kann nicht als zusätzlicher Schlüssel angegeben werden.</translation>
    </message>
    <message>
        <source>A camera key must not be blank.</source>
        <translation>Ein Kameraschlüssel darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Choose an activity (activity is required).</source>
        <translation>Wählen Sie eine Aktivität (activity ist erforderlich).</translation>
    </message>
    <message numerus="yes">
        <source>The activity must be at most %n characters.</source>
        <translation>
            <numerusform>Die Aktivität darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Die Aktivität darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a movement (movement is required).</source>
        <translation>Wählen Sie eine Bewegung (movement ist erforderlich).</translation>
    </message>
    <message numerus="yes">
        <source>The movement must be at most %n characters.</source>
        <translation>
            <numerusform>Die Bewegung darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Die Bewegung darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The movement key %1 cannot be given as a dimension.</source>
        <translation>Der Bewegungsschlüssel %1 kann nicht als Merkmal angegeben werden.</translation>
    </message>
    <message>
        <source>A movement dimension name must not be blank.</source>
        <translation>Der Name eines Bewegungsmerkmals darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A file name (file_name) is required.</source>
        <translation>Ein Dateiname (file_name) ist erforderlich.</translation>
    </message>
    <message>
        <source>The file name (file_name) must not be blank.</source>
        <translation>Der Dateiname (file_name) darf nicht leer sein.</translation>
    </message>
    <message numerus="yes">
        <source>The file name must be at most %n characters.</source>
        <translation>
            <numerusform>Der Dateiname darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Der Dateiname darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file name must not contain / or \.</source>
        <translation>Der Dateiname darf weder / noch \ enthalten.</translation>
    </message>
    <message>
        <source>The file name must end in .mov.</source>
        <translation>Der Dateiname muss auf .mov enden.</translation>
    </message>
    <message>
        <source>The file name needs a name before .mov.</source>
        <translation>Vor .mov muss ein Name stehen.</translation>
    </message>
    <message>
        <source>The capture time (capture_time) is in the future.</source>
        <translation>Die Aufnahmezeit (capture_time) liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The field %1 must be a string.</source>
        <translation>Das Feld %1 muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>The field camera_configuration must be an object.</source>
        <translation>Das Feld camera_configuration muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>The field movement_attributes must be an object.</source>
        <translation>Das Feld movement_attributes muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>The capture time (capture_time) is not an ISO 8601 date-time with a time zone.</source>
        <translation>Die Aufnahmezeit (capture_time) ist keine ISO-8601-Zeitangabe mit Zeitzone.</translation>
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
        <translation>Durch Signal %1 beendet. Unfertige Aufträge bleiben in der Warteschlange: Führen Sie denselben Befehl erneut aus (oder öffnen Sie das Fenster), um fortzufahren; ein unterbrochener Upload beginnt wieder von vorn.</translation>
    </message>
    <message>
        <source>Upload videos to Uplift through the same queue as the window. Everything is checked before anything is sent.</source>
        <translation>Videos über dieselbe Warteschlange wie das Fenster zu Uplift hochladen. Alles wird geprüft, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>%1 is already in the queue as job %2; following it.</source>
        <translation>%1 ist bereits als Auftrag %2 in der Warteschlange; er wird weiterverfolgt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Print JSON, with each job's history.</source>
        <translation>JSON ausgeben, mit dem Verlauf jedes Auftrags.</translation>
    </message>
    <message>
        <source>List the upload queue.</source>
        <translation>Die Upload-Warteschlange auflisten.</translation>
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
        <translation>Die Nummer des Auftrags, wie `uplift-capture jobs` sie zeigt.</translation>
    </message>
    <message>
        <source>Wait until Uplift has processed the file.</source>
        <translation>Warten, bis Uplift die Datei verarbeitet hat.</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>Ein JSON-Objekt pro Zeile ausgeben.</translation>
    </message>
    <message>
        <source>The Uplift API's base URL.</source>
        <translation>Die Basis-URL der Uplift-API.</translation>
    </message>
    <message>
        <source>Put a failed or cancelled job back in the queue and upload it.</source>
        <translation>Einen fehlgeschlagenen oder abgebrochenen Auftrag wieder in die Warteschlange stellen und hochladen.</translation>
    </message>
    <message>
        <source>Cancel a job that has not been uploaded yet.</source>
        <translation>Einen noch nicht hochgeladenen Auftrag abbrechen.</translation>
    </message>
    <message>
        <source>uplift-capture %1: name one job number.</source>
        <translation>uplift-capture %1: Geben Sie eine Auftragsnummer an.</translation>
    </message>
    <message>
        <source>There is no job %1.</source>
        <translation>Es gibt keinen Auftrag %1.</translation>
    </message>
    <message>
        <source>Job %1 is %2 and cannot be cancelled.</source>
        <translation>Auftrag %1 ist %2 und kann nicht abgebrochen werden.</translation>
    </message>
    <message>
        <source>Job %1 cancelled.</source>
        <translation>Auftrag %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Job %1 could not be cancelled.</source>
        <translation>Auftrag %1 konnte nicht abgebrochen werden.</translation>
    </message>
    <message>
        <source>Only athletes whose name or email contains TEXT.</source>
        <translation>Nur Athleten, deren Name oder E-Mail TEXT enthält.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>List the athletes of the account.</source>
        <translation>Die Athleten des Kontos auflisten.</translation>
    </message>
    <message>
        <source>%1	%2	%3</source>
        <translation>%1	%2	%3</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>This program cannot start the sandbox; run `uplift-capture sandbox` and give its address with --api-url instead.</source>
        <translation>Dieses Programm kann die Sandbox nicht starten; führen Sie stattdessen `uplift-capture sandbox` aus und geben Sie deren Adresse mit --api-url an.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>With --sandbox the command uses the sandbox window's queue; while that window is open, add the videos there, or close it and run the command again.</source>
        <translation>Mit --sandbox verwendet der Befehl die Warteschlange des Sandbox-Fensters; solange dieses Fenster geöffnet ist, fügen Sie die Videos dort hinzu, oder schließen Sie es und führen Sie den Befehl erneut aus.</translation>
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
        <translation>Exit-Codes:
  0  alle Dateien hochgeladen (mit --wait: verarbeitet)
  1  anderer Fehler (kein API-Schlüssel, Warteschlange belegt oder unlesbar, abgebrochen)
  2  Aufruf- oder Prüffehler; nichts wurde gesendet
  3  die API oder S3 hat eine Datei endgültig abgelehnt
  4  eine Datei scheiterte, bis ihre Wiederholungen aufgebraucht waren
  5  hochgeladen, aber die Verarbeitung endete mit einem Fehler (--wait)
  6  ein zuvor hochgeladener (oder fehlgeschlagener) Clip wurde weggelassen: mit Nein
     beantwortet, oder kein Terminal zum Fragen und kein --again
  130 durch Strg+C oder SIGTERM beendet; unfertige Aufträge bleiben in der Warteschlange</translation>
    </message>
    <message>
        <source>y</source>
        <comment>the short yes of [y/N]</comment>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 was already uploaded for %2 on %3 (job %4).</source>
        <translation>%1 wurde am %3 bereits für %2 hochgeladen (Auftrag %4).</translation>
    </message>
    <message>
        <source>%1 was already queued for %2 on %3 as job %4, which failed; `uplift-capture retry %4` tries that job again.</source>
        <translation>%1 wurde am %3 bereits für %2 als Auftrag %4 eingereiht, der fehlgeschlagen ist; `uplift-capture retry %4` versucht diesen Auftrag erneut.</translation>
    </message>
    <message>
        <source>%1 was already uploaded as job %2, which Uplift is processing; following it.</source>
        <translation>%1 wurde bereits als Auftrag %2 hochgeladen, den Uplift gerade verarbeitet; er wird weiterverfolgt.</translation>
    </message>
    <message>
        <source>%1 Upload it again? [y/N]</source>
        <translation>%1 Erneut hochladen? [j/N]</translation>
    </message>
    <message>
        <source>%1 Not uploaded again; add --again to upload it anyway.</source>
        <translation>%1 Nicht erneut hochgeladen; fügen Sie --again hinzu, um den Clip trotzdem hochzuladen.</translation>
    </message>
    <message>
        <source>%1 is left out.</source>
        <translation>%1 wird weggelassen.</translation>
    </message>
    <message>
        <source>List the sandbox's queue (the jobs of `uplift-capture --sandbox`) instead of your account's.</source>
        <translation>Die Warteschlange der Sandbox (die Aufträge von `uplift-capture --sandbox`) statt der Ihres Kontos auflisten.</translation>
    </message>
    <message numerus="yes">
        <source>Your account's queue is empty; %n job(s) are in the sandbox's: uplift-capture jobs --sandbox</source>
        <translation>
            <numerusform>Die Warteschlange Ihres Kontos ist leer; die Sandbox hat %n Auftrag: uplift-capture jobs --sandbox</numerusform>
            <numerusform>Die Warteschlange Ihres Kontos ist leer; die Sandbox hat %n Aufträge: uplift-capture jobs --sandbox</numerusform>
        </translation>
    </message>
    <message>
        <source>A job of the sandbox's queue (`uplift-capture jobs --sandbox`); while the sandbox window is open, use the window.</source>
        <translation>Ein Auftrag aus der Warteschlange der Sandbox (`uplift-capture jobs --sandbox`); solange das Sandbox-Fenster geöffnet ist, verwenden Sie das Fenster.</translation>
    </message>
    <message>
        <source>uplift-capture %1: --sandbox and --api-url cannot be used together: the sandbox runs on this computer.</source>
        <translation>uplift-capture %1: --sandbox und --api-url können nicht zusammen verwendet werden: Die Sandbox läuft auf diesem Computer.</translation>
    </message>
    <message>
        <source>List the sandbox's athletes (those of `uplift-capture --sandbox`) instead of your account's. While the sandbox window is open, those it last loaded.</source>
        <translation>Die Athleten der Sandbox (die von `uplift-capture --sandbox`) statt der Ihres Kontos auflisten. Solange das Sandbox-Fenster geöffnet ist, die zuletzt dort geladenen.</translation>
    </message>
    <message>
        <source>uplift-capture athletes: --sandbox and --api-url cannot be used together: the sandbox runs on this computer.</source>
        <translation>uplift-capture athletes: --sandbox und --api-url können nicht zusammen verwendet werden: Die Sandbox läuft auf diesem Computer.</translation>
    </message>
    <message>
        <source>The sandbox is in use by another Uplift Capture (process %1), which has not loaded its athletes yet. %2</source>
        <translation>Die Sandbox wird von einem anderen Uplift Capture (Prozess %1) verwendet, das seine Athleten noch nicht geladen hat. %2</translation>
    </message>
    <message>
        <source>The sandbox window is open (process %1): these are the athletes it last loaded.</source>
        <translation>Das Sandbox-Fenster ist geöffnet (Prozess %1): Dies sind die Athleten, die es zuletzt geladen hat.</translation>
    </message>
    <message>
        <source>Upload videos to Uplift through the window's queue.</source>
        <translation>Videos über die Warteschlange des Fensters zu Uplift hochladen.</translation>
    </message>
    <message>
        <source>List the upload queue and each job's state.</source>
        <translation>Die Upload-Warteschlange und den Status jedes Auftrags auflisten.</translation>
    </message>
    <message>
        <source>List the athletes of the account, with their ids.</source>
        <translation>Die Athleten des Kontos mit ihren IDs auflisten.</translation>
    </message>
    <message>
        <source>Put a failed or cancelled job back in the queue.</source>
        <translation>Einen fehlgeschlagenen oder abgebrochenen Auftrag wieder in die Warteschlange stellen.</translation>
    </message>
    <message>
        <source>The takes to listen to: any video the upload command takes.</source>
        <translation>Die Aufnahmen, die abgehört werden: jedes Video, das der Befehl upload annimmt.</translation>
    </message>
    <message>
        <source>With --movement: the movement filmed, which sets the seconds before and after each impact and the shortest time between two strikes (default: 2 s, 2 s and 2 s).</source>
        <translation>Mit --movement: die gefilmte Bewegung; sie legt die Sekunden vor und nach jedem Treffmoment fest sowie die kürzeste Zeit zwischen zwei Schlägen (Standard: 2 s, 2 s und 2 s).</translation>
    </message>
    <message>
        <source>The movement, with --activity.</source>
        <translation>Die Bewegung, mit --activity.</translation>
    </message>
    <message>
        <source>Print one JSON object per file and line: {"file", "audio", "impacts": [{"time", "start", "end", "strength_db"}]}, times in seconds from the first video frame.</source>
        <translation>Ein JSON-Objekt pro Datei und Zeile ausgeben: {"file", "audio", "impacts": [{"time", "start", "end", "strength_db"}]}, Zeiten in Sekunden ab dem ersten Videobild.</translation>
    </message>
    <message>
        <source>List the impacts heard in each take's sound (a ball struck, a landing) and the part around each that `upload --split-at-impacts` would upload; nothing is sent. Times are seconds from the first video frame; strength is the strike's level in dB (0: full scale).</source>
        <translation>Die Treffmomente auflisten, die im Ton jeder Aufnahme zu hören sind (ein getroffener Ball, eine Landung), und den Teil um jeden davon, den `upload --split-at-impacts` hochladen würde; es wird nichts gesendet. Zeiten sind Sekunden ab dem ersten Videobild; die Stärke ist der Pegel des Schlags in dB (0: Vollaussteuerung).</translation>
    </message>
    <message>
        <source>Exit codes:
  0  every file was listened to (a take without sound or without an impact included)
  2  usage error, or a file could not be read (named, with the reason, on stderr;
     the other files are still listed)</source>
        <translation>Exit-Codes:
  0  jede Datei wurde abgehört (auch eine Aufnahme ohne Ton oder ohne Treffmoment)
  2  Aufruffehler, oder eine Datei konnte nicht gelesen werden (mit Grund auf stderr
     genannt; die anderen Dateien werden trotzdem aufgelistet)</translation>
    </message>
    <message>
        <source>uplift-capture impacts: name at least one video file.</source>
        <translation>uplift-capture impacts: Geben Sie mindestens eine Videodatei an.</translation>
    </message>
    <message>
        <source>uplift-capture impacts: --activity and --movement go together: the movement sets the parts.</source>
        <translation>uplift-capture impacts: --activity und --movement gehören zusammen: Die Bewegung legt die Teile fest.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1: Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: the file is not there.</source>
        <translation>%1: Die Datei ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>not a video this program can read.</source>
        <translation>kein Video, das dieses Programm lesen kann.</translation>
    </message>
    <message>
        <source><byte value="xd" />Listening to %1… %2 %</source>
        <translation><byte value="xd" />Analysiere %1… %2 %</translation>
    </message>
    <message>
        <source>List the impacts heard in videos and the parts a split at impacts makes; nothing is sent.</source>
        <translation>Die in Videos hörbaren Treffmomente und die Teile auflisten, die ein Teilen an Treffmomenten ergibt; es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>List the cards, cameras and phones and their new clips.</source>
        <translation>Die Karten, Kameras und Handys und ihre neuen Clips auflisten.</translation>
    </message>
    <message>
        <source>Copy the new clips of a card, camera or phone into a folder.</source>
        <translation>Die neuen Clips einer Karte, einer Kamera oder eines Handys in einen Ordner kopieren.</translation>
    </message>
</context>
<context>
    <name>ClipIdentity</name>
    <message>
        <source>The card did not answer while reading %1.</source>
        <translation>Die Karte hat beim Lesen von %1 nicht geantwortet.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was read.</source>
        <translation>%1 hat sich beim Lesen geändert.</translation>
    </message>
</context>
<context>
    <name>ClipImport</name>
    <message>
        <source>Cannot write into %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 on the card: %2</source>
        <translation>%1 auf der Karte kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The card was taken out while %1 was being copied.</source>
        <translation>Die Karte wurde entfernt, während %1 kopiert wurde.</translation>
    </message>
    <message>
        <source>The card stopped answering while %1 was being copied.</source>
        <translation>Die Karte hat aufgehört zu antworten, während %1 kopiert wurde.</translation>
    </message>
    <message>
        <source>%1 is full: %2 could not be copied.</source>
        <translation>%1 ist voll: %2 konnte nicht kopiert werden.</translation>
    </message>
    <message>
        <source>Cannot write %1 into %2: %3</source>
        <translation>%1 kann nicht in %2 geschrieben werden: %3</translation>
    </message>
    <message>
        <source>The copy of %1 does not match the card: it was not kept.</source>
        <translation>Die Kopie von %1 stimmt nicht mit der Karte überein: Sie wurde nicht behalten.</translation>
    </message>
    <message>
        <source>Cannot name the copy of %1: %2</source>
        <translation>Die Kopie von %1 kann nicht benannt werden: %2</translation>
    </message>
    <message>
        <source>Too many files are called %1 in %2.</source>
        <translation>In %2 heißen zu viele Dateien %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Put it back in to copy the rest: the import goes on where it stopped.</source>
        <translation>Stecken Sie sie wieder ein, um den Rest zu kopieren: Der Import geht dort weiter, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>The import was stopped.</source>
        <translation>Der Import wurde gestoppt.</translation>
    </message>
    <message>
        <source>Cannot check copies: the system gave no random numbers.</source>
        <translation>Kopien können nicht geprüft werden: Das System liefert keine Zufallszahlen.</translation>
    </message>
    <message>
        <source>Cannot check the copy of %1.</source>
        <translation>Die Kopie von %1 kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Take it out and put it back in to copy the rest: the import goes on where it stopped.</source>
        <translation>Nehmen Sie sie heraus und stecken Sie sie wieder ein, um den Rest zu kopieren: Der Import geht dort weiter, wo er angehalten hat.</translation>
    </message>
</context>
<context>
    <name>ClipRange</name>
    <message>
        <source>"%1" is not a range: write START-END, e.g. 12.5-16 or 1:02-1:06.5</source>
        <translation>„%1“ ist kein Bereich: schreiben Sie START-ENDE, z. B. 12.5-16 oder 1:02-1:06.5</translation>
    </message>
    <message>
        <source>"%1" is not a range: each side is seconds (12.5) or [hh:]mm:ss[.fff] (1:02.5)</source>
        <translation>„%1“ ist kein Bereich: jede Seite ist in Sekunden (12.5) oder [hh:]mm:ss[.fff] (1:02.5)</translation>
    </message>
    <message>
        <source>The range %1 ends before it starts</source>
        <translation>Der Bereich %1 endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>The range %1–%2 ends before it starts</source>
        <translation>Der Bereich %1–%2 endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>The range %1–%2 starts after the end of the video (%3)</source>
        <translation>Der Bereich %1–%2 beginnt nach dem Ende des Videos (%3)</translation>
    </message>
    <message>
        <source>The ranges %1–%2 and %3–%4 overlap</source>
        <translation>Die Bereiche %1–%2 und %3–%4 überschneiden sich</translation>
    </message>
</context>
<context>
    <name>ClipRemux</name>
    <message>
        <source>Preparation was cancelled</source>
        <translation>Die Vorbereitung wurde abgebrochen</translation>
    </message>
    <message>
        <source>This video cannot go into a .mov without re-encoding</source>
        <translation>Dieses Video passt nicht ohne Neukodierung in eine .mov</translation>
    </message>
    <message>
        <source>The range ends before it starts</source>
        <translation>Der Bereich endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>The range starts after the end of the video</source>
        <translation>Der Bereich beginnt nach dem Ende des Videos</translation>
    </message>
    <message>
        <source>Not enough free space to prepare the clip: it needs %1 MB, %2 MB are free in %3</source>
        <translation>Nicht genug freier Platz, um den Clip vorzubereiten: benötigt werden %1 MB, frei sind %2 MB in %3</translation>
    </message>
    <message>
        <source>The video cannot be read at %1 s</source>
        <translation>Das Video kann bei %1 s nicht gelesen werden</translation>
    </message>
    <message>
        <source>The .mov writer could not start (%1)</source>
        <translation>Das Schreiben der .mov konnte nicht beginnen (%1)</translation>
    </message>
    <message>
        <source>An audio track cannot go into a .mov without re-encoding</source>
        <translation>Eine Tonspur passt nicht ohne Neukodierung in eine .mov</translation>
    </message>
    <message>
        <source>Out of memory while preparing the clip</source>
        <translation>Nicht genug Speicher beim Vorbereiten des Clips</translation>
    </message>
    <message>
        <source>The prepared clip cannot be written in %1 (%2)</source>
        <translation>Der vorbereitete Clip kann nicht in %1 geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>The .mov header cannot be written (%1)</source>
        <translation>Der .mov-Kopf kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>The prepared clip could not be written (%1)</source>
        <translation>Der vorbereitete Clip konnte nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>No video was found in the chosen range</source>
        <translation>Im gewählten Bereich wurde kein Video gefunden</translation>
    </message>
    <message>
        <source>The prepared clip could not be finished (%1)</source>
        <translation>Der vorbereitete Clip konnte nicht abgeschlossen werden (%1)</translation>
    </message>
    <message>
        <source>The prepared clip could not be renamed to %1</source>
        <translation>Der vorbereitete Clip konnte nicht in %1 umbenannt werden</translation>
    </message>
    <message>
        <source>the recording could not be read after %1 s (%2); the clip ends there</source>
        <translation>die Aufnahme konnte nach %1 s nicht weiter gelesen werden (%2); der Clip endet dort</translation>
    </message>
</context>
<context>
    <name>CoachAccount</name>
    <message>
        <source>Connected: the key works.</source>
        <translation>Verbunden: Der Schlüssel funktioniert.</translation>
    </message>
    <message>
        <source>the list saved on this computer is shown (%1)</source>
        <translation>die auf diesem Computer gespeicherte Liste wird angezeigt (%1)</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and this computer's internet connection.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Adresse und die Internetverbindung dieses Computers.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Something answered at this address, but it is not the Uplift API. Check the address.</source>
        <translation>Unter dieser Adresse antwortet etwas, aber nicht die Uplift-API. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The server refused this API key. Check that it was copied completely, or make a new one in the Uplift Capture web app.</source>
        <translation>Der Server hat diesen API-Schlüssel abgelehnt. Prüfen Sie, ob er vollständig kopiert wurde, oder erstellen Sie einen neuen in der Uplift-Capture-Web-App.</translation>
    </message>
    <message>
        <source>This API key may not read the athletes. Ask your organisation's admin for a key with access.</source>
        <translation>Dieser API-Schlüssel darf die Athleten nicht lesen. Bitten Sie den Administrator Ihrer Organisation um einen Schlüssel mit Zugriff.</translation>
    </message>
    <message>
        <source>There is no Uplift API at this address. Check the address (it normally ends in /v1).</source>
        <translation>Unter dieser Adresse gibt es keine Uplift-API. Prüfen Sie die Adresse (sie endet normalerweise auf /v1).</translation>
    </message>
    <message>
        <source>The server is busy (too many requests). Try again in a minute.</source>
        <translation>Der Server ist ausgelastet (zu viele Anfragen). Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>The Uplift server has a problem right now (HTTP %1). Try again later.</source>
        <translation>Der Uplift-Server hat gerade ein Problem (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>No API key is saved yet. Enter it in Settings, or set the environment variable %1.</source>
        <translation>Es ist noch kein API-Schlüssel gespeichert. Geben Sie ihn in den Einstellungen ein oder setzen Sie die Umgebungsvariable %1.</translation>
    </message>
    <message>
        <source>No keychain service is available on this computer (%1), so Uplift Capture cannot keep an API key. Set the environment variable %2 instead.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund-Dienst verfügbar (%1), daher kann Uplift Capture keinen API-Schlüssel speichern. Setzen Sie stattdessen die Umgebungsvariable %2.</translation>
    </message>
    <message>
        <source>The keychain refused to give out the API key (%1). Unlock the keychain, or set the environment variable %2.</source>
        <translation>Der Schlüsselbund hat den API-Schlüssel nicht herausgegeben (%1). Entsperren Sie den Schlüsselbund oder setzen Sie die Umgebungsvariable %2.</translation>
    </message>
    <message>
        <source>The API key was saved in the keychain, but the environment variable %1 is set and takes precedence.</source>
        <translation>Der API-Schlüssel wurde im Schlüsselbund gespeichert, aber die Umgebungsvariable %1 ist gesetzt und hat Vorrang.</translation>
    </message>
    <message>
        <source>The API key was not saved: no keychain service is available on this computer (%1). It was not written anywhere else; set the environment variable %2 instead.</source>
        <translation>Der API-Schlüssel wurde nicht gespeichert: Auf diesem Computer ist kein Schlüsselbund-Dienst verfügbar (%1). Er wurde auch nirgendwo anders abgelegt; setzen Sie stattdessen die Umgebungsvariable %2.</translation>
    </message>
    <message>
        <source>The keychain did not save the API key (%1).</source>
        <translation>Der Schlüsselbund hat den API-Schlüssel nicht gespeichert (%1).</translation>
    </message>
    <message>
        <source>The API key could not be removed from the keychain (%1).</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden (%1).</translation>
    </message>
    <message>
        <source>The environment variable %1 is not a usable key: %2</source>
        <translation>Die Umgebungsvariable %1 enthält keinen verwendbaren Schlüssel: %2</translation>
    </message>
    <message>
        <source>The API key saved in the keychain cannot be used: %1 Enter it again in Settings.</source>
        <translation>Der im Schlüsselbund gespeicherte API-Schlüssel ist nicht verwendbar: %1 Geben Sie ihn in den Einstellungen erneut ein.</translation>
    </message>
</context>
<context>
    <name>DeviceCommand</name>
    <message>
        <source>Use the sandbox's list of imported clips (the one of `uplift-capture --sandbox`) instead of your own.</source>
        <translation>Die Liste der importierten Clips der Sandbox (die von `uplift-capture --sandbox`) statt Ihrer eigenen verwenden.</translation>
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
        <translation>importiert</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>%1 (file time)</source>
        <translation>%1 (Dateizeit)</translation>
    </message>
    <message numerus="yes">
        <source> (%n chapter(s))</source>
        <translation>
            <numerusform> (%n Kapitel)</numerusform>
            <numerusform> (%n Kapitel)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>List the cards, cameras and phones there are, and their clips: new, or imported before.</source>
        <translation>Die vorhandenen Karten, Kameras und Handys und ihre Clips auflisten: neu oder schon importiert.</translation>
    </message>
    <message>
        <source>Exit codes:
  0  listed (perhaps nothing)
  1  the list of imported clips cannot be read, or looking took too long
  2  usage error</source>
        <translation>Exit-Codes:
  0  aufgelistet (vielleicht nichts)
  1  die Liste der importierten Clips kann nicht gelesen werden, oder die Suche dauerte zu lange
  2  Aufruffehler</translation>
    </message>
    <message>
        <source>uplift-capture devices takes no file or folder; to import one, use uplift-capture import FOLDER</source>
        <translation>uplift-capture devices nimmt keine Datei und keinen Ordner an; zum Importieren verwenden Sie uplift-capture import FOLDER</translation>
    </message>
    <message>
        <source>Looking for cards, cameras and phones took too long.</source>
        <translation>Die Suche nach Karten, Kameras und Handys hat zu lange gedauert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) %3: %Ln new of %4</source>
        <translation>
            <numerusform>%1 (%2) %3: %Ln neu von %4</numerusform>
            <numerusform>%1 (%2) %3: %Ln neu von %4</numerusform>
        </translation>
    </message>
    <message>
        <source>No card, camera or phone with videos is there.</source>
        <translation>Es ist keine Karte, keine Kamera und kein Handy mit Videos da.</translation>
    </message>
    <message>
        <source>The card's, camera's or phone's folder (the one holding DCIM or PRIVATE/AVCHD), as `uplift-capture devices` lists it.</source>
        <translation>Der Ordner der Karte, der Kamera oder des Handys (der mit DCIM oder PRIVATE/AVCHD), wie `uplift-capture devices` ihn auflistet.</translation>
    </message>
    <message>
        <source>Copy into this folder (default: %1).</source>
        <translation>In diesen Ordner kopieren (Standard: %1).</translation>
    </message>
    <message>
        <source>Copy every new clip of a card, camera or phone into a folder and print the paths of the copies. A clip imported before (even renamed, or from another card) is left out; a file already in the folder is never overwritten.</source>
        <translation>Jeden neuen Clip einer Karte, einer Kamera oder eines Handys in einen Ordner kopieren und die Pfade der Kopien ausgeben. Ein schon importierter Clip (auch umbenannt oder von einer anderen Karte) wird weggelassen; eine Datei, die schon im Ordner liegt, wird nie überschrieben.</translation>
    </message>
    <message>
        <source>Exit codes:
  0  new clips were copied
  1  a copy failed (nothing recorded for it, its partial file removed), or the
     card went away (run the command again when it is back: the copy goes on)
  2  usage error, or SOURCE is not a folder with DCIM or PRIVATE/AVCHD in it
  3  nothing new: every clip was imported before
  130 stopped by Ctrl-C or SIGTERM (run it again to go on)</source>
        <translation>Exit-Codes:
  0  neue Clips wurden kopiert
  1  eine Kopie ist fehlgeschlagen (nichts dafür vermerkt, ihre Teildatei entfernt), oder die
     Karte ist verschwunden (führen Sie den Befehl erneut aus, wenn sie wieder da ist: das Kopieren geht weiter)
  2  Aufruffehler, oder SOURCE ist kein Ordner mit DCIM oder PRIVATE/AVCHD darin
  3  nichts Neues: jeder Clip wurde schon importiert
  130 durch Strg+C oder SIGTERM beendet (führen Sie den Befehl erneut aus, um fortzufahren)</translation>
    </message>
    <message>
        <source>uplift-capture import: give one card, camera or phone folder (SOURCE).</source>
        <translation>uplift-capture import: Geben Sie einen Ordner einer Karte, einer Kamera oder eines Handys an (SOURCE).</translation>
    </message>
    <message>
        <source>Copying %1 of %2: %3 of %4</source>
        <translation>%1 von %2 wird kopiert: %3 von %4</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>, %1 left</source>
        <translation>, noch %1</translation>
    </message>
    <message>
        <source>Nothing new on %1: every clip was imported before.</source>
        <translation>Nichts Neues auf %1: Jeder Clip wurde schon importiert.</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop highlight</source>
        <translation>Ablage-Hervorhebung</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>Could not reach the upload server (connection refused).</source>
        <translation>Der Upload-Server war nicht erreichbar (Verbindung abgelehnt).</translation>
    </message>
    <message>
        <source>Could not find the upload server (its name did not resolve).</source>
        <translation>Der Upload-Server wurde nicht gefunden (sein Name ließ sich nicht auflösen).</translation>
    </message>
    <message>
        <source>The upload server closed the connection before the upload finished.</source>
        <translation>Der Upload-Server hat die Verbindung geschlossen, bevor der Upload fertig war.</translation>
    </message>
    <message>
        <source>The upload server did not answer in time.</source>
        <translation>Der Upload-Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The upload was stopped before it finished.</source>
        <translation>Der Upload wurde gestoppt, bevor er fertig war.</translation>
    </message>
    <message>
        <source>A secure connection to the upload server could not be made.</source>
        <translation>Es konnte keine sichere Verbindung zum Upload-Server hergestellt werden.</translation>
    </message>
    <message>
        <source>The network connection was lost during the upload.</source>
        <translation>Die Netzwerkverbindung ist während des Uploads abgebrochen.</translation>
    </message>
    <message>
        <source>The network's proxy server did not let the upload through.</source>
        <translation>Der Proxyserver des Netzwerks hat den Upload nicht durchgelassen.</translation>
    </message>
    <message>
        <source>The connection to the upload server failed.</source>
        <translation>Die Verbindung zum Upload-Server ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The upload server refused the file as too large.</source>
        <translation>Der Upload-Server hat die Datei als zu groß abgelehnt.</translation>
    </message>
    <message>
        <source>The upload server refused the file as too small.</source>
        <translation>Der Upload-Server hat die Datei als zu klein abgelehnt.</translation>
    </message>
    <message>
        <source>The upload server refused the upload (its permission was not accepted or ran out).</source>
        <translation>Der Upload-Server hat den Upload abgelehnt (die Berechtigung wurde nicht akzeptiert oder ist abgelaufen).</translation>
    </message>
    <message>
        <source>The upload server is busy.</source>
        <translation>Der Upload-Server ist ausgelastet.</translation>
    </message>
    <message>
        <source>The upload server gave up waiting for the file.</source>
        <translation>Der Upload-Server hat aufgehört, auf die Datei zu warten.</translation>
    </message>
    <message>
        <source>The upload server had a problem of its own (HTTP %1).</source>
        <translation>Der Upload-Server hatte selbst ein Problem (HTTP %1).</translation>
    </message>
    <message>
        <source>The upload server refused the upload (HTTP %1).</source>
        <translation>Der Upload-Server hat den Upload abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The upload server refused the upload.</source>
        <translation>Der Upload-Server hat den Upload abgelehnt.</translation>
    </message>
    <message>
        <source>Check that this computer is online; it is tried again by itself.</source>
        <translation>Prüfen Sie, ob dieser Computer online ist; es wird automatisch erneut versucht.</translation>
    </message>
    <message>
        <source>It is tried again by itself.</source>
        <translation>Es wird automatisch erneut versucht.</translation>
    </message>
    <message>
        <source>Check that this computer is online, then choose Retry.</source>
        <translation>Prüfen Sie, ob dieser Computer online ist, und wählen Sie dann „Wiederholen“.</translation>
    </message>
    <message>
        <source>Choose Retry to try again; the details say more.</source>
        <translation>Wählen Sie „Wiederholen“, um es erneut zu versuchen; mehr steht in den Details.</translation>
    </message>
    <message>
        <source>It is sent when the connection is back.</source>
        <translation>Der Clip wird gesendet, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>The upload server stopped answering.</source>
        <translation>Der Upload-Server antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>The upload server sent an answer far too long to be a real one.</source>
        <translation>Der Upload-Server hat eine Antwort gesendet, die viel zu lang für eine echte ist.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>FrameDecoder</name>
    <message>
        <source>The video's picture has a size that cannot be shown</source>
        <translation>Das Bild des Videos hat eine Größe, die nicht angezeigt werden kann</translation>
    </message>
    <message>
        <source>The video's picture is in a form that cannot be shown</source>
        <translation>Das Bild des Videos liegt in einer Form vor, die nicht angezeigt werden kann</translation>
    </message>
    <message>
        <source>Out of memory while making the video's picture</source>
        <translation>Nicht genug Speicher beim Erstellen des Videobilds</translation>
    </message>
    <message>
        <source>The video's picture could not be made</source>
        <translation>Das Bild des Videos konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>The file has no video that can be shown</source>
        <translation>Die Datei enthält kein Video, das angezeigt werden kann</translation>
    </message>
    <message>
        <source>Out of memory while opening the video</source>
        <translation>Nicht genug Speicher beim Öffnen des Videos</translation>
    </message>
    <message>
        <source>The video cannot be decoded (%1)</source>
        <translation>Das Video kann nicht dekodiert werden (%1)</translation>
    </message>
    <message>
        <source>Out of memory while decoding the video</source>
        <translation>Nicht genug Speicher beim Dekodieren des Videos</translation>
    </message>
    <message>
        <source>The video's picture could not be found in a reasonable time</source>
        <translation>Das Bild des Videos wurde nicht in angemessener Zeit gefunden</translation>
    </message>
    <message>
        <source>The video could not be read to its picture (%1)</source>
        <translation>Das Video konnte nicht bis zu seinem Bild gelesen werden (%1)</translation>
    </message>
    <message>
        <source>The video has no picture that can be decoded</source>
        <translation>Das Video enthält kein Bild, das dekodiert werden kann</translation>
    </message>
</context>
<context>
    <name>FrameRate</name>
    <message>
        <source>The uploaded file could not be read.</source>
        <translation>Die hochgeladene Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The uploaded file is not a playable video (no QuickTime movie header found).</source>
        <translation>Die hochgeladene Datei ist kein abspielbares Video (kein QuickTime-Movie-Header gefunden).</translation>
    </message>
    <message>
        <source>The uploaded file has no video track.</source>
        <translation>Die hochgeladene Datei hat keine Videospur.</translation>
    </message>
    <message>
        <source>The frame rate of the uploaded video cannot be determined.</source>
        <translation>Die Bildrate des hochgeladenen Videos lässt sich nicht bestimmen.</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Uplift Capture started again</source>
        <translation>Uplift Capture neu gestartet</translation>
    </message>
    <message>
        <source>Preparing the clip</source>
        <translation>Clip wird vorbereitet</translation>
    </message>
    <message>
        <source>Checking the video is unchanged</source>
        <translation>Prüfen, ob das Video unverändert ist</translation>
    </message>
    <message>
        <source>Upload link from Uplift</source>
        <translation>Upload-Link von Uplift</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Analysis by Uplift</source>
        <translation>Analyse durch Uplift</translation>
    </message>
    <message>
        <source>Asking Uplift what became of it</source>
        <translation>Bei Uplift nachfragen, was daraus wurde</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Uploads paused</source>
        <translation>Uploads pausiert</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <source>made again</source>
        <translation>neu erstellt</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>the video changed, prepared again</source>
        <translation>das Video hat sich geändert, neu vorbereitet</translation>
    </message>
    <message>
        <source>goes on from where it was</source>
        <translation>geht dort weiter, wo es war</translation>
    </message>
    <message>
        <source>its answer was lost, Uplift is asked</source>
        <translation>die Antwort ging verloren, Uplift wird gefragt</translation>
    </message>
    <message>
        <source>the link had expired, a new one was asked for</source>
        <translation>der Link war abgelaufen, ein neuer wurde angefordert</translation>
    </message>
    <message>
        <source>the link could not be used, a new one was asked for</source>
        <translation>der Link war nicht nutzbar, ein neuer wurde angefordert</translation>
    </message>
    <message>
        <source>tried again soon</source>
        <translation>wird gleich erneut versucht</translation>
    </message>
    <message>
        <source>the link expired</source>
        <translation>der Link ist abgelaufen</translation>
    </message>
    <message>
        <source>waiting for the network</source>
        <translation>wartet auf das Netzwerk</translation>
    </message>
    <message>
        <source>no tries left</source>
        <translation>keine Versuche mehr</translation>
    </message>
    <message>
        <source>the time for trying again ran out</source>
        <translation>die Zeit für weitere Versuche ist um</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>Uplift reported an error</source>
        <translation>Uplift meldete einen Fehler</translation>
    </message>
    <message>
        <source>asked for</source>
        <translation>angefordert</translation>
    </message>
    <message>
        <source>found at Uplift</source>
        <translation>bei Uplift gefunden</translation>
    </message>
    <message>
        <source>not uploaded yet</source>
        <translation>noch nicht hochgeladen</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>not found at Uplift</source>
        <translation>bei Uplift nicht gefunden</translation>
    </message>
    <message>
        <source>reserved but never used</source>
        <translation>reserviert, aber nie genutzt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One line of an upload's history: what was done, how it ended ("Upload: started").</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ImpactFinder</name>
    <message>
        <source>Finding the impacts was cancelled</source>
        <translation>Die Suche nach Treffmomenten wurde abgebrochen</translation>
    </message>
    <message>
        <source>The sound of this video cannot be read (no decoder for it)</source>
        <translation>Der Ton dieses Videos kann nicht gelesen werden (kein Decoder dafür)</translation>
    </message>
    <message>
        <source>The sound of this video cannot be read (%1)</source>
        <translation>Der Ton dieses Videos kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>Out of memory while finding the impacts</source>
        <translation>Nicht genug Arbeitsspeicher bei der Suche nach Treffmomenten</translation>
    </message>
    <message>
        <source>The video's frames cannot be read</source>
        <translation>Die Bilder des Videos können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ImpactSplit</name>
    <message>
        <source>%1: no sound track, so no impacts to split it at.</source>
        <translation>%1: keine Tonspur, daher keine Treffmomente zum Teilen.</translation>
    </message>
    <message>
        <source>%1: no impact heard.</source>
        <translation>%1: kein Treffmoment zu hören.</translation>
    </message>
    <message>
        <source>%1: impacts heard: %2; each part %3 s before to %4 s after (time, part, strength):</source>
        <translation>%1: gehörte Treffmomente: %2; jeder Teil von %3 s davor bis %4 s danach (Zeit, Teil, Stärke):</translation>
    </message>
    <message>
        <source>  %1	%2 s	%3-%4 s	%5 dB</source>
        <translation>  %1	%2 s	%3-%4 s	%5 dB</translation>
    </message>
    <message>
        <source>Split at Impacts</source>
        <translation>An Treffmomenten teilen</translation>
    </message>
    <message>
        <source>Find each strike in the sound and make each swing its own clip</source>
        <translation>Jeden Schlag im Ton finden und aus jedem Schwung einen eigenen Clip machen</translation>
    </message>
    <message>
        <source>Add at Playhead</source>
        <translation>An Abspielposition hinzufügen</translation>
    </message>
    <message>
        <source>Add an impact where the video is now</source>
        <translation>Einen Treffmoment an der aktuellen Stelle des Videos hinzufügen</translation>
    </message>
    <message>
        <source>A Frame Earlier</source>
        <translation>Ein Bild früher</translation>
    </message>
    <message>
        <source>Move the chosen impact a frame earlier</source>
        <translation>Den gewählten Treffmoment ein Bild früher setzen</translation>
    </message>
    <message>
        <source>A Frame Later</source>
        <translation>Ein Bild später</translation>
    </message>
    <message>
        <source>Move the chosen impact a frame later</source>
        <translation>Den gewählten Treffmoment ein Bild später setzen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change to the parts</source>
        <translation>Die letzte Änderung an den Teilen rückgängig machen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop finding impacts</source>
        <translation>Die Suche nach Treffmomenten stoppen</translation>
    </message>
    <message>
        <source>Remove Part</source>
        <translation>Teil entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen part</source>
        <translation>Den gewählten Teil entfernen</translation>
    </message>
    <message>
        <source>Play Part</source>
        <translation>Teil abspielen</translation>
    </message>
    <message>
        <source>Play the chosen part</source>
        <translation>Den gewählten Teil abspielen</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Davor:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Danach:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds before each impact</source>
        <translation>Sekunden vor jedem Treffmoment</translation>
    </message>
    <message>
        <source>Seconds after each impact</source>
        <translation>Sekunden nach jedem Treffmoment</translation>
    </message>
    <message>
        <source>How much of each swing comes before the impact, remembered for the movement</source>
        <translation>Wie viel von jedem Schwung vor dem Treffmoment liegt; wird für die Bewegung gespeichert</translation>
    </message>
    <message>
        <source>How much of each swing comes after the impact, remembered for the movement</source>
        <translation>Wie viel von jedem Schwung nach dem Treffmoment liegt; wird für die Bewegung gespeichert</translation>
    </message>
    <message>
        <source>Split at impacts</source>
        <translation>An Treffmomenten teilen</translation>
    </message>
    <message>
        <source>Parts split at impacts</source>
        <translation>An Treffmomenten geteilte Teile</translation>
    </message>
    <message>
        <source>Change the parts</source>
        <translation>Die Teile ändern</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>each impact (no movement chosen)</source>
        <translation>jeder Treffmoment (keine Bewegung gewählt)</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>found in the sound, %1</source>
        <translation>im Ton gefunden, %1</translation>
    </message>
    <message>
        <source>moved by you (found at %1, %2)</source>
        <translation>von Ihnen verschoben (gefunden bei %1, %2)</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>von Ihnen hinzugefügt</translation>
    </message>
    <message>
        <source>none (the same time as another)</source>
        <translation>keiner (dieselbe Zeit wie ein anderer)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Waiting to find the impacts of this take…</source>
        <translation>Warten auf die Suche nach den Treffmomenten dieser Aufnahme…</translation>
    </message>
    <message>
        <source>Finding impacts in the sound: take %1 of %2 (%3 %)…</source>
        <translation>Treffmomente werden im Ton gesucht: Aufnahme %1 von %2 (%3 %)…</translation>
    </message>
    <message>
        <source>Finding impacts in the sound (%1 %)…</source>
        <translation>Treffmomente werden im Ton gesucht (%1 %)…</translation>
    </message>
    <message>
        <source>No part left: the whole take is uploaded unless you undo (Ctrl+Z) or mark parts.</source>
        <translation>Kein Teil mehr übrig: Die ganze Aufnahme wird hochgeladen, außer Sie machen es rückgängig (Strg+Z) oder markieren Teile.</translation>
    </message>
    <message numerus="yes">
        <source>%n impacts found in the sound: each part is its own clip.</source>
        <translation>
            <numerusform>%n Treffmoment im Ton gefunden: Jeder Teil ist ein eigener Clip.</numerusform>
            <numerusform>%n Treffmomente im Ton gefunden: Jeder Teil ist ein eigener Clip.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts: each is its own clip.</source>
        <translation>
            <numerusform>%n Teil: Jeder ist ein eigener Clip.</numerusform>
            <numerusform>%n Teile: Jeder ist ein eigener Clip.</numerusform>
        </translation>
    </message>
    <message>
        <source>This video has no sound, so impacts cannot be found — mark the parts by hand.</source>
        <translation>Dieses Video hat keinen Ton, daher können keine Treffmomente gefunden werden – markieren Sie die Teile von Hand.</translation>
    </message>
    <message>
        <source>No impact was found in the sound of this video — mark the parts by hand.</source>
        <translation>Im Ton dieses Videos wurde kein Treffmoment gefunden – markieren Sie die Teile von Hand.</translation>
    </message>
    <message>
        <source>The sound of this video could not be read (%1) — mark the parts by hand.</source>
        <translation>Der Ton dieses Videos konnte nicht gelesen werden (%1) – markieren Sie die Teile von Hand.</translation>
    </message>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>Gestoppt: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Marked by hand: the parts are your marks now (Undo brings back the impacts' parts).</source>
        <translation>Von Hand markiert: Die Teile sind jetzt Ihre Markierungen („Rückgängig“ holt die Teile der Treffmomente zurück).</translation>
    </message>
    <message>
        <source>Finding impacts: take %1 of %2, %3 (%4 %)…</source>
        <translation>Treffmomente werden gesucht: Aufnahme %1 von %2, %3 (%4 %)…</translation>
    </message>
    <message>
        <source>Finding impacts in %1 (%2 %)…</source>
        <translation>Treffmomente werden in %1 gesucht (%2 %)…</translation>
    </message>
    <message>
        <source>Impact time</source>
        <translation>Treffzeit</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>ImpactWindow</name>
    <message>
        <source>The time before and after an impact cannot be negative.</source>
        <translation>Die Zeit vor und nach einem Treffmoment kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The time before and after an impact can be at most %1 s each.</source>
        <translation>Die Zeit vor und nach einem Treffmoment kann jeweils höchstens %1 s betragen.</translation>
    </message>
    <message>
        <source>The time before and after an impact must together be at least %1 s.</source>
        <translation>Die Zeit vor und nach einem Treffmoment muss zusammen mindestens %1 s betragen.</translation>
    </message>
    <message>
        <source>The shortest time between two strikes must be %1–%2 s.</source>
        <translation>Die kürzeste Zeit zwischen zwei Schlägen muss %1–%2 s betragen.</translation>
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
        <translation>Der Ordner für die Liste der importierten Clips kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot open the list of imported clips</source>
        <translation>Die Liste der importierten Clips kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot set up the list of imported clips</source>
        <translation>Die Liste der importierten Clips kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>Cannot read the list of imported clips</source>
        <translation>Die Liste der importierten Clips kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The list of imported clips was written by a newer version of Uplift Capture</source>
        <translation>Die Liste der importierten Clips wurde von einer neueren Version von Uplift Capture geschrieben</translation>
    </message>
    <message>
        <source>A clip without its identity cannot be recorded</source>
        <translation>Ein Clip ohne seine Kennung kann nicht vermerkt werden</translation>
    </message>
    <message>
        <source>Cannot record the imported clip</source>
        <translation>Der importierte Clip kann nicht vermerkt werden</translation>
    </message>
</context>
<context>
    <name>JobDetailsPane</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2</translation>
    </message>
    <message>
        <source>Select an upload to see what happened to it.</source>
        <translation>Wählen Sie einen Upload aus, um zu sehen, was damit passiert ist.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Upload history</source>
        <translation>Upload-Verlauf</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Technische Details anzeigen</translation>
    </message>
    <message>
        <source>Copy for Support</source>
        <translation>Für den Support kopieren</translation>
    </message>
    <message>
        <source>Copy technical details</source>
        <translation>Technische Details kopieren</translation>
    </message>
    <message>
        <source>Copy the technical details to send them to Uplift support</source>
        <translation>Die technischen Details kopieren, um sie an den Uplift-Support zu senden</translation>
    </message>
    <message>
        <source>Selected upload</source>
        <translation>Ausgewählter Upload</translation>
    </message>
</context>
<context>
    <name>JobListView</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Wartet auf neuen Versuch</translation>
    </message>
    <message>
        <source>Reserving</source>
        <translation>Wird reserviert</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Wird verarbeitet</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
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
        <translation>%1 %</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Athlete</source>
        <translation>Athlet</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Session group</source>
        <translation>Session-Gruppe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>%1, %2 s to %3 s</source>
        <translation>%1, %2 s bis %3 s</translation>
    </message>
    <message>
        <source>Preparing %1 %</source>
        <translation>Vorbereitung %1 %</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>Athlete %1</source>
        <translation>Athlet %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
</context>
<context>
    <name>JobQueue</name>
    <message>
        <source>The upload was interrupted and starts again from the beginning.</source>
        <translation>Der Upload wurde unterbrochen und beginnt von vorn.</translation>
    </message>
    <message>
        <source>The file is not there: %1</source>
        <translation>Die Datei ist nicht vorhanden: %1</translation>
    </message>
    <message>
        <source>Paused; this upload will start again from the beginning.</source>
        <translation>Pausiert; dieser Upload beginnt wieder von vorn.</translation>
    </message>
    <message>
        <source>The upload was interrupted; Uplift is asked whether the file arrived before it is sent again from the beginning.</source>
        <translation>Der Upload wurde unterbrochen; Uplift wird gefragt, ob die Datei angekommen ist, bevor sie erneut von vorn gesendet wird.</translation>
    </message>
    <message>
        <source>The answer to the reservation was lost; looking for it in the captures list.</source>
        <translation>Die Antwort auf die Reservierung ging verloren; sie wird in der Liste der Aufnahmen gesucht.</translation>
    </message>
    <message>
        <source>Preparing the clip was interrupted; it is prepared again.</source>
        <translation>Die Vorbereitung des Clips wurde unterbrochen; er wird erneut vorbereitet.</translation>
    </message>
    <message>
        <source>The prepared clip was missing or changed; it is prepared again.</source>
        <translation>Der vorbereitete Clip fehlte oder wurde geändert; er wird erneut vorbereitet.</translation>
    </message>
    <message>
        <source>The upload address did not answer; reserving a new one in the same session group.</source>
        <translation>Die Upload-Adresse hat nicht geantwortet; in derselben Session-Gruppe wird eine neue reserviert.</translation>
    </message>
    <message>
        <source>The upload address refused the clip; reserving a new one in the same session group.</source>
        <translation>Die Upload-Adresse hat den Clip abgelehnt; in derselben Session-Gruppe wird eine neue reserviert.</translation>
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
        <translation>Der Ordner für die Upload-Warteschlange kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot open the upload queue</source>
        <translation>Die Upload-Warteschlange kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot set up the upload queue</source>
        <translation>Die Upload-Warteschlange kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>Cannot read the upload queue</source>
        <translation>Die Upload-Warteschlange kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The upload queue was written by a newer version of Uplift Capture</source>
        <translation>Die Upload-Warteschlange wurde von einer neueren Version von Uplift Capture geschrieben</translation>
    </message>
    <message>
        <source>Cannot update the upload queue</source>
        <translation>Die Upload-Warteschlange kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Cannot save the upload</source>
        <translation>Der Upload kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>no job %1</source>
        <translation>kein Auftrag %1</translation>
    </message>
    <message>
        <source>Cannot save the upload's history</source>
        <translation>Der Verlauf des Uploads kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot remove the upload</source>
        <translation>Der Upload kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot reorder the queue</source>
        <translation>Die Warteschlange kann nicht umsortiert werden</translation>
    </message>
</context>
<context>
    <name>JobSummary</name>
    <message numerus="yes">
        <source>%n uploading</source>
        <translation>
            <numerusform>%n wird hochgeladen</numerusform>
            <numerusform>%n werden hochgeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processing</source>
        <translation>
            <numerusform>%n in Verarbeitung</numerusform>
            <numerusform>%n in Verarbeitung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n fertig</numerusform>
            <numerusform>%n fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No uploads</source>
        <translation>Keine Uploads</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
</context>
<context>
    <name>KeyValueEditor</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Key and value pairs</source>
        <translation>Schlüssel/Wert-Paare</translation>
    </message>
    <message>
        <source>Add a pair</source>
        <translation>Paar hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected pair</source>
        <translation>Ausgewähltes Paar entfernen</translation>
    </message>
</context>
<context>
    <name>LinuxSourceBackend</name>
    <message>
        <source>Another program still has a file open on it.</source>
        <translation>Ein anderes Programm hat noch eine Datei darauf geöffnet.</translation>
    </message>
    <message>
        <source>It could not be unmounted.</source>
        <translation>Es konnte nicht abgemeldet werden.</translation>
    </message>
    <message>
        <source>%1 is not installed, so it cannot be unmounted from here.</source>
        <translation>%1 ist nicht installiert, daher kann hier nichts abgemeldet werden.</translation>
    </message>
    <message>
        <source>Uplift Capture is still reading from it (the card does not answer): try again in a moment.</source>
        <translation>Uplift Capture liest noch davon (die Karte antwortet nicht): Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Drop area</source>
        <translation>Ablagebereich</translation>
    </message>
    <message>
        <source>Drop .mov videos or a folder anywhere in this window</source>
        <translation>Ziehen Sie .mov-Videos oder einen Ordner an eine beliebige Stelle dieses Fensters</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <source>Upload jobs</source>
        <translation>Upload-Aufträge</translation>
    </message>
    <message>
        <source>No uploads yet. Videos you upload appear here with their progress.</source>
        <translation>Noch keine Uploads. Hochgeladene Videos erscheinen hier mit ihrem Fortschritt.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Uplift Capture</source>
        <translation>Ü&amp;ber Uplift Capture</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Uploads your videos to the Uplift motion-analysis platform.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Lädt Ihre Videos auf die Bewegungsanalyse-Plattform Uplift hoch.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ready to upload</source>
        <translation>Bereit zum Hochladen</translation>
    </message>
    <message>
        <source>Videos ready to upload</source>
        <translation>Videos bereit zum Hochladen</translation>
    </message>
    <message>
        <source>Select the videos to describe; they are uploaded together</source>
        <translation>Wählen Sie die zu beschreibenden Videos aus; sie werden zusammen hochgeladen</translation>
    </message>
    <message>
        <source>Add videos</source>
        <translation>Videos hinzufügen</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Describe the selected videos</source>
        <translation>Ausgewählte Videos beschreiben</translation>
    </message>
    <message>
        <source>Show uploads in state</source>
        <translation>Uploads mit Status anzeigen</translation>
    </message>
    <message>
        <source>Show only the uploads in one state</source>
        <translation>Nur die Uploads mit einem bestimmten Status anzeigen</translation>
    </message>
    <message>
        <source>Search uploads</source>
        <translation>Uploads durchsuchen</translation>
    </message>
    <message>
        <source>Upload actions</source>
        <translation>Upload-Aktionen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Add Videos…</source>
        <translation>Videos &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add .mov videos to the ready list</source>
        <translation>.mov-Videos zur Liste „Bereit zum Hochladen“ hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Watch Folder…</source>
        <translation>&amp;Ordner überwachen…</translation>
    </message>
    <message>
        <source>Pick a folder whose new videos are added by themselves</source>
        <translation>Einen Ordner wählen, dessen neue Videos automatisch hinzugefügt werden</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>API key, server, parallel uploads and language</source>
        <translation>API-Schlüssel, Server, parallele Uploads und Sprache</translation>
    </message>
    <message>
        <source>Select &amp;All Videos</source>
        <translation>&amp;Alle Videos auswählen</translation>
    </message>
    <message>
        <source>Select every video in the ready list</source>
        <translation>Alle Videos in der Liste „Bereit zum Hochladen“ auswählen</translation>
    </message>
    <message>
        <source>&amp;Remove From List</source>
        <translation>Aus der Liste &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected videos from the ready list (the files stay on disk)</source>
        <translation>Ausgewählte Videos aus der Liste entfernen (die Dateien bleiben erhalten)</translation>
    </message>
    <message>
        <source>&amp;Clear Files That Cannot Be Uploaded</source>
        <translation>Nicht hochladbare Dateien en&amp;tfernen</translation>
    </message>
    <message>
        <source>Remove the files listed with a warning</source>
        <translation>Die mit einer Warnung aufgeführten Dateien entfernen</translation>
    </message>
    <message>
        <source>Upload &amp;Details</source>
        <translation>Upload-&amp;Details</translation>
    </message>
    <message>
        <source>Show the history of the selected upload</source>
        <translation>Den Verlauf des ausgewählten Uploads anzeigen</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Hochladen</translation>
    </message>
    <message>
        <source>Queue the selected videos for upload</source>
        <translation>Die ausgewählten Videos zum Hochladen einreihen</translation>
    </message>
    <message>
        <source>&amp;Pause Uploads</source>
        <translation>Uploads &amp;pausieren</translation>
    </message>
    <message>
        <source>Pause or resume all uploads</source>
        <translation>Alle Uploads pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Retry All &amp;Failed</source>
        <translation>Alle &amp;fehlgeschlagenen wiederholen</translation>
    </message>
    <message>
        <source>Try every failed upload again</source>
        <translation>Alle fehlgeschlagenen Uploads erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Try the selected uploads again</source>
        <translation>Die ausgewählten Uploads erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop the selected uploads</source>
        <translation>Die ausgewählten Uploads stoppen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected uploads from the list</source>
        <translation>Die ausgewählten Uploads aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>Show the video in the file manager</source>
        <translation>Das Video im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>Copy &amp;Session ID</source>
        <translation>&amp;Session-ID kopieren</translation>
    </message>
    <message>
        <source>Copy the capture's session ID for support</source>
        <translation>Die Session-ID der Aufnahme für den Support kopieren</translation>
    </message>
    <message>
        <source>Quit Uplift Capture</source>
        <translation>Uplift Capture beenden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>1 file cannot be uploaded; the reason is shown in the list.</source>
        <translation>1 Datei kann nicht hochgeladen werden; der Grund steht in der Liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n files cannot be uploaded; the reasons are shown in the list.</source>
        <translation>
            <numerusform>%n Datei kann nicht hochgeladen werden; der Grund steht in der Liste.</numerusform>
            <numerusform>%n Dateien können nicht hochgeladen werden; die Gründe stehen in der Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the athlete first: a session group belongs to one athlete.</source>
        <translation>Wählen Sie zuerst den Athleten: Eine Session-Gruppe gehört zu genau einem Athleten.</translation>
    </message>
    <message>
        <source>New Session Group</source>
        <translation>Neue Session-Gruppe</translation>
    </message>
    <message>
        <source>Name of the session (for example “Tuesday range session”):</source>
        <translation>Name der Session (zum Beispiel „Dienstag auf der Range“):</translation>
    </message>
    <message>
        <source>Select the clips to upload in the list on the left.</source>
        <translation>Wählen Sie links in der Liste die hochzuladenden Clips aus.</translation>
    </message>
    <message>
        <source>Before uploading: %1.</source>
        <translation>Vor dem Hochladen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Before uploading: %1 (and %n more).</source>
        <translation>
            <numerusform>Vor dem Hochladen: %1 (und %n weiterer Punkt).</numerusform>
            <numerusform>Vor dem Hochladen: %1 (und %n weitere Punkte).</numerusform>
        </translation>
    </message>
    <message>
        <source>1 clip queued for upload.</source>
        <translation>1 Clip zum Hochladen eingereiht.</translation>
    </message>
    <message numerus="yes">
        <source>%n clips queued for upload.</source>
        <translation>
            <numerusform>%n Clip zum Hochladen eingereiht.</numerusform>
            <numerusform>%n Clips zum Hochladen eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Videos</source>
        <translation>Videos hinzufügen</translation>
    </message>
    <message>
        <source>Watch Folder</source>
        <translation>Ordner überwachen</translation>
    </message>
    <message>
        <source>The folder %1 cannot be watched.</source>
        <translation>Der Ordner %1 kann nicht überwacht werden.</translation>
    </message>
    <message>
        <source>New videos in %1 are added by themselves.</source>
        <translation>Neue Videos in %1 werden automatisch hinzugefügt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready to upload&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Bereit zum Hochladen&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>Drop videos or folders to add them</source>
        <translation>Videos oder Ordner zum Hinzufügen ablegen</translation>
    </message>
    <message>
        <source>The athletes could not be loaded: %1</source>
        <translation>Die Athleten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Welcome to Uplift Capture</source>
        <translation>Willkommen bei Uplift Capture</translation>
    </message>
    <message>
        <source>To upload to Uplift, enter your API key. You can make one in the Uplift Capture web app under Account settings ▸ API Keys.</source>
        <translation>Um zu Uplift hochzuladen, geben Sie Ihren API-Schlüssel ein. Sie erstellen ihn in der Uplift-Capture-Web-App unter Kontoeinstellungen ▸ API-Schlüssel.</translation>
    </message>
    <message>
        <source>Or try everything first with the sandbox: a practice server on this computer. Nothing you upload there reaches Uplift.</source>
        <translation>Oder probieren Sie zuerst alles in der Sandbox aus: ein Übungsserver auf diesem Computer. Nichts, was Sie dort hochladen, erreicht Uplift.</translation>
    </message>
    <message>
        <source>Enter API Key…</source>
        <translation>API-Schlüssel eingeben…</translation>
    </message>
    <message>
        <source>Try the Sandbox</source>
        <translation>Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>All uploads</source>
        <translation>Alle Uploads</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Wird verarbeitet</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Upload summary</source>
        <translation>Upload-Übersicht</translation>
    </message>
    <message>
        <source>Total upload progress</source>
        <translation>Gesamtfortschritt der Uploads</translation>
    </message>
    <message>
        <source>No session ID yet: the capture is reserved when its upload starts.</source>
        <translation>Noch keine Session-ID: Die Aufnahme wird reserviert, wenn ihr Upload beginnt.</translation>
    </message>
    <message>
        <source>Session ID copied.</source>
        <translation>Session-ID kopiert.</translation>
    </message>
    <message>
        <source>Session IDs copied.</source>
        <translation>Session-IDs kopiert.</translation>
    </message>
    <message>
        <source>Uploads Are Running</source>
        <translation>Uploads laufen noch</translation>
    </message>
    <message>
        <source>Videos are still being uploaded. Keep uploading in the background, or stop now?</source>
        <translation>Es werden noch Videos hochgeladen. Im Hintergrund weiter hochladen oder jetzt aufhören?</translation>
    </message>
    <message>
        <source>Stopping loses nothing: the uploads continue the next time you start Uplift Capture.</source>
        <translation>Beim Aufhören geht nichts verloren: Die Uploads laufen beim nächsten Start von Uplift Capture weiter.</translation>
    </message>
    <message>
        <source>Keep Uploading in the Tray</source>
        <translation>Im Infobereich weiter hochladen</translation>
    </message>
    <message>
        <source>Keep Uploading (Minimise)</source>
        <translation>Weiter hochladen (minimieren)</translation>
    </message>
    <message>
        <source>Stop and Quit</source>
        <translation>Stoppen und beenden</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>%1 — Sandbox</source>
        <extracomment>Window title in sandbox mode; %1 is the usual title.</extracomment>
        <translation>%1 – Sandbox</translation>
    </message>
    <message>
        <source>Sandbox: uploads stay on this computer (%1)</source>
        <translation>Sandbox: Uploads bleiben auf diesem Computer (%1)</translation>
    </message>
    <message>
        <source>Still being copied…</source>
        <translation>Wird noch kopiert…</translation>
    </message>
    <message>
        <source>The new session group could not be kept; choose or create one.</source>
        <translation>Die neue Sitzungsgruppe konnte nicht gespeichert werden; wählen oder erstellen Sie eine.</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>Videos (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&lt;p style='font-size:large'&gt;&lt;b&gt;Drop videos here&lt;/b&gt;&lt;/p&gt;&lt;p&gt;.mov, .mp4 and .mts files, or whole folders, anywhere in this window&lt;/p&gt;&lt;p&gt;or use File ▸ Add Videos… (%1)&lt;/p&gt;</source>
        <translation>&lt;p style='font-size:large'&gt;&lt;b&gt;Videos hier ablegen&lt;/b&gt;&lt;/p&gt;&lt;p&gt;.mov-, .mp4- und .mts-Dateien oder ganze Ordner, irgendwo in diesem Fenster&lt;/p&gt;&lt;p&gt;oder Datei ▸ Videos hinzufügen… (%1)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sandbox: uploads stay on this computer</source>
        <translation>Sandbox: Uploads bleiben auf diesem Computer</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Find uploads by file, athlete, movement or session group</source>
        <translation>Uploads nach Datei, Athlet, Bewegung oder Session-Gruppe suchen</translation>
    </message>
    <message>
        <source>The list of clips could not be saved: %1</source>
        <translation>Die Liste der Clips konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>1 clip added to the list; select it to describe it.</source>
        <translation>1 Clip zur Liste hinzugefügt; wählen Sie ihn aus, um ihn zu beschreiben.</translation>
    </message>
    <message numerus="yes">
        <source>%n clips added to the list; select them to describe them.</source>
        <translation>
            <numerusform>%n Clip zur Liste hinzugefügt; wählen Sie ihn aus, um ihn zu beschreiben.</numerusform>
            <numerusform>%n Clips zur Liste hinzugefügt; wählen Sie sie aus, um sie zu beschreiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clips from last time could not be read (%1); the file was kept as %2.</source>
        <translation>Die Clips vom letzten Mal konnten nicht gelesen werden (%1); die Datei wurde als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>No longer there: moved or deleted since it was added</source>
        <translation>Nicht mehr vorhanden: seit dem Hinzufügen verschoben oder gelöscht</translation>
    </message>
    <message>
        <source>1 clip from last time is no longer there; the list says which.</source>
        <translation>1 Clip vom letzten Mal ist nicht mehr vorhanden; die Liste zeigt, welcher.</translation>
    </message>
    <message numerus="yes">
        <source>%n clips from last time are no longer there; the list says which.</source>
        <translation>
            <numerusform>%n Clip vom letzten Mal ist nicht mehr vorhanden; die Liste zeigt, welcher.</numerusform>
            <numerusform>%n Clips vom letzten Mal sind nicht mehr vorhanden; die Liste zeigt, welche.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was uploaded for %2 on %3.</source>
        <translation>%1 wurde am %3 für %2 hochgeladen.</translation>
    </message>
    <message>
        <source>%1 is already queued for %2 (since %3).</source>
        <translation>%1 ist bereits für %2 eingereiht (seit %3).</translation>
    </message>
    <message>
        <source>Upload Again?</source>
        <translation>Erneut hochladen?</translation>
    </message>
    <message>
        <source>%1 Upload it again?</source>
        <translation>%1 Erneut hochladen?</translation>
    </message>
    <message>
        <source>%1 Upload it again, and 1 more clip queued or uploaded before?</source>
        <translation>%1 Erneut hochladen, zusammen mit 1 weiteren zuvor eingereihten oder hochgeladenen Clip?</translation>
    </message>
    <message numerus="yes">
        <source>%1 Upload it again, and %n more clips queued or uploaded before?</source>
        <translation>
            <numerusform>%1 Erneut hochladen, zusammen mit %n weiteren zuvor eingereihten oder hochgeladenen Clip?</numerusform>
            <numerusform>%1 Erneut hochladen, zusammen mit %n weiteren zuvor eingereihten oder hochgeladenen Clips?</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload Again</source>
        <translation>Erneut hochladen</translation>
    </message>
    <message>
        <source>Don't Upload It</source>
        <translation>Nicht hochladen</translation>
    </message>
    <message>
        <source>Don't Upload These</source>
        <translation>Diese nicht hochladen</translation>
    </message>
    <message>
        <source>The other clip is queued either way.</source>
        <translation>Der andere Clip wird in jedem Fall eingereiht.</translation>
    </message>
    <message numerus="yes">
        <source>The other %n clips are queued either way.</source>
        <translation>
            <numerusform>Der %n andere Clip wird in jedem Fall eingereiht.</numerusform>
            <numerusform>Die %n anderen Clips werden in jedem Fall eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 clip was not queued again; it stays in the list.</source>
        <translation>1 Clip wurde nicht erneut eingereiht; er bleibt in der Liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n clips were not queued again; they stay in the list.</source>
        <translation>
            <numerusform>%n Clip wurde nicht erneut eingereiht; er bleibt in der Liste.</numerusform>
            <numerusform>%n Clips wurden nicht erneut eingereiht; sie bleiben in der Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Statusmeldung</translation>
    </message>
    <message>
        <source>The job list says why.</source>
        <translation>Der Grund steht in der Upload-Liste.</translation>
    </message>
    <message>
        <source>&amp;Import From Camera…</source>
        <translation>Von &amp;Kamera importieren…</translation>
    </message>
    <message>
        <source>Copy the new videos from a card, camera or phone into your library</source>
        <translation>Die neuen Videos von einer Karte, einer Kamera oder einem Handy in Ihre Bibliothek kopieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>From the Camera</source>
        <translation>Von der Kamera</translation>
    </message>
    <message>
        <source>They wait in the ready list; your selection stays as it is.</source>
        <translation>Sie warten in der Liste „Bereit zum Hochladen“; Ihre Auswahl bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Wait a moment: a clip is still being read.</source>
        <translation>Einen Moment: Ein Clip wird noch gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>Wait a moment: %n clips are still being read.</source>
        <translation>
            <numerusform>Einen Moment: %n Clip wird noch gelesen.</numerusform>
            <numerusform>Einen Moment: %n Clips werden noch gelesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaEngine</name>
    <message>
        <source>The video reader of Uplift Capture (%1) is missing: install the program again</source>
        <translation>Der Videoleser von Uplift Capture (%1) fehlt: Installieren Sie das Programm erneut</translation>
    </message>
    <message>
        <source>The video reader of Uplift Capture could not be loaded (%1): install the program again</source>
        <translation>Der Videoleser von Uplift Capture konnte nicht geladen werden (%1): Installieren Sie das Programm erneut</translation>
    </message>
</context>
<context>
    <name>MovementCatalogue</name>
    <message>
        <source>%1 needs %2 (%3).</source>
        <translation>%1 erfordert %2 (%3).</translation>
    </message>
    <message>
        <source>%1 "%2" is not one of the known values (%3).</source>
        <translation>%1 „%2“ ist keiner der bekannten Werte (%3).</translation>
    </message>
    <message>
        <source>Golf</source>
        <translation>Golf</translation>
    </message>
    <message>
        <source>Full swing</source>
        <translation>Voller Schwung</translation>
    </message>
    <message>
        <source>Handedness</source>
        <translation>Händigkeit</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Baseball</source>
        <translation>Baseball</translation>
    </message>
    <message>
        <source>Hitting</source>
        <translation>Schlagen</translation>
    </message>
    <message>
        <source>Batter handedness</source>
        <translation>Schlagseite</translation>
    </message>
    <message>
        <source>Pitching</source>
        <translation>Pitchen</translation>
    </message>
    <message>
        <source>Throwing hand</source>
        <translation>Wurfhand</translation>
    </message>
    <message>
        <source>Jump</source>
        <translation>Sprung</translation>
    </message>
    <message>
        <source>Countermovement jump</source>
        <translation>Countermovement Jump</translation>
    </message>
    <message>
        <source>Arm position</source>
        <translation>Armhaltung</translation>
    </message>
    <message>
        <source>Arm swing</source>
        <translation>Armschwung</translation>
    </message>
    <message>
        <source>Hands on hips</source>
        <translation>Hände in den Hüften</translation>
    </message>
    <message>
        <source>Single-leg jump</source>
        <translation>Einbeiniger Sprung</translation>
    </message>
    <message>
        <source>Lunge</source>
        <translation>Ausfallschritt</translation>
    </message>
    <message>
        <source>Forward lunge</source>
        <translation>Ausfallschritt nach vorn</translation>
    </message>
    <message>
        <source>Lead leg</source>
        <translation>Führendes Bein</translation>
    </message>
    <message>
        <source>Agility</source>
        <translation>Agilität</translation>
    </message>
    <message>
        <source>5-0-5</source>
        <translation>5-0-5</translation>
    </message>
    <message>
        <source>Cutting</source>
        <translation>Richtungswechsel</translation>
    </message>
    <message>
        <source>Track and field</source>
        <translation>Leichtathletik</translation>
    </message>
    <message>
        <source>Discus</source>
        <translation>Diskuswurf</translation>
    </message>
    <message>
        <source>Shot put</source>
        <translation>Kugelstoßen</translation>
    </message>
    <message>
        <source>Tennis</source>
        <translation>Tennis</translation>
    </message>
    <message>
        <source>Overhand serve</source>
        <translation>Aufschlag über Kopf</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Pinpoint</source>
        <translation>Pinpoint</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Stabilität</translation>
    </message>
    <message>
        <source>Y-balance (lower quarter)</source>
        <translation>Y-Balance (untere Extremität)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>General movement</source>
        <translation>Allgemeine Bewegung</translation>
    </message>
</context>
<context>
    <name>MovieFacts</name>
    <message>
        <source>The file has no video track</source>
        <translation>Die Datei hat keine Videospur</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>cover picture</source>
        <translation>Titelbild</translation>
    </message>
    <message>
        <source>timecode track (tmcd)</source>
        <translation>Timecode-Spur (tmcd)</translation>
    </message>
    <message>
        <source>GoPro telemetry (gpmd)</source>
        <translation>GoPro-Telemetrie (gpmd)</translation>
    </message>
    <message>
        <source>subtitles</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>extra video track</source>
        <translation>zusätzliche Videospur</translation>
    </message>
    <message>
        <source>extra audio track</source>
        <translation>zusätzliche Tonspur</translation>
    </message>
    <message>
        <source>data track</source>
        <translation>Datenspur</translation>
    </message>
    <message>
        <source>%1 video cannot go into a .mov without re-encoding</source>
        <translation>%1-Video passt nicht ohne Neukodierung in eine .mov</translation>
    </message>
    <message>
        <source>%1 audio cannot go into a .mov without re-encoding</source>
        <translation>%1-Ton passt nicht ohne Neukodierung in eine .mov</translation>
    </message>
    <message>
        <source>A %1 file is not a camera recording this app can prepare (MP4, MOV or MTS)</source>
        <translation>Eine %1-Datei ist keine Kameraaufnahme, die diese App vorbereiten kann (MP4, MOV oder MTS)</translation>
    </message>
</context>
<context>
    <name>MovieFile</name>
    <message>
        <source>The file is empty: there is no video in it</source>
        <translation>Die Datei ist leer: Sie enthält kein Video</translation>
    </message>
    <message>
        <source>The file is only %1 long, too short to hold a video</source>
        <translation>Die Datei ist nur %1 groß, zu kurz für ein Video</translation>
    </message>
</context>
<context>
    <name>NewAthleteDialog</name>
    <message>
        <source>New Athlete</source>
        <translation>Neuer Athlet</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>&amp;Geboren:</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, optional</source>
        <translation>JJJJ-MM-TT, optional</translation>
    </message>
    <message>
        <source>&amp;Height (in):</source>
        <translation>Gr&amp;öße (Zoll):</translation>
    </message>
    <message>
        <source>Height in inches</source>
        <translation>Größe in Zoll</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>&amp;Weight (lb):</source>
        <translation>Ge&amp;wicht (lb):</translation>
    </message>
    <message>
        <source>Weight in pounds</source>
        <translation>Gewicht in Pfund</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>optional; kept as the custom attribute “team”</source>
        <translation>optional; wird als eigenes Attribut „team“ gespeichert</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Creating the athlete…</source>
        <translation>Athlet wird angelegt…</translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation>Der Vorname ist erforderlich.</translation>
    </message>
    <message>
        <source>Create Athlete</source>
        <translation>Athlet anlegen</translation>
    </message>
</context>
<context>
    <name>PreparationLane</name>
    <message>
        <source>Cut %1 s to %2 s into a .mov (%3 MB)</source>
        <translation>%1 s bis %2 s als .mov ausgeschnitten (%3 MB)</translation>
    </message>
    <message>
        <source>(starts %1 s before the mark, at the keyframe)</source>
        <translation>(beginnt %1 s vor der Marke, am Schlüsselbild)</translation>
    </message>
    <message>
        <source>Made into a .mov without re-encoding (%1 MB)</source>
        <translation>Ohne Neukodierung in eine .mov umgewandelt (%1 MB)</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>weggelassen: %1</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>Öffnet das Auswahlfenster der Combobox</translation>
    </message>
</context>
<context>
    <name>QueueOwner</name>
    <message>
        <source>Another Uplift Capture (process %1) is using the upload queue. Close it or wait for it to finish.</source>
        <translation>Ein anderes Uplift Capture (Prozess %1) verwendet die Upload-Warteschlange. Schließen Sie es oder warten Sie, bis es fertig ist.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not a usable key: %2</source>
        <translation>Die Umgebungsvariable %1 enthält keinen verwendbaren Schlüssel: %2</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n seconds. Set the environment variable UPLIFT_API_KEY instead.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet. Setzen Sie stattdessen die Umgebungsvariable UPLIFT_API_KEY.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet. Setzen Sie stattdessen die Umgebungsvariable UPLIFT_API_KEY.</numerusform>
        </translation>
    </message>
    <message>
        <source>No API key: set the environment variable UPLIFT_API_KEY or save one in the window.</source>
        <translation>Kein API-Schlüssel: Setzen Sie die Umgebungsvariable UPLIFT_API_KEY oder speichern Sie einen im Fenster.</translation>
    </message>
</context>
<context>
    <name>ReadyListDelegate</name>
    <message>
        <source>No preview on this computer</source>
        <translation>Keine Vorschau auf diesem Computer</translation>
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
        <translation>%1 kann nicht hochgeladen werden: %2</translation>
    </message>
    <message>
        <source>%1
The preview cannot play this file (%2); it can still be uploaded.</source>
        <translation>%1
Die Vorschau kann diese Datei nicht abspielen (%2); hochladen lässt sie sich trotzdem.</translation>
    </message>
    <message>
        <source>%1 fps slow motion, plays at %2 fps</source>
        <translation>%1 fps Zeitlupe, Wiedergabe mit %2 fps</translation>
    </message>
    <message>
        <source>filmed %1</source>
        <translation>gefilmt %1</translation>
    </message>
    <message>
        <source>keeps %1–%2</source>
        <translation>behält %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>split into %n clips</source>
        <translation>
            <numerusform>in %n Clip geteilt</numerusform>
            <numerusform>in %n Clips geteilt</numerusform>
        </translation>
    </message>
    <message>
        <source>file saved %1</source>
        <translation>Datei gespeichert %1</translation>
    </message>
    <message>
        <source>%1: %2 It can be chosen once it is whole.</source>
        <translation>%1: %2 Die Datei kann ausgewählt werden, sobald sie vollständig ist.</translation>
    </message>
    <message numerus="yes">
        <source>The file did not answer within %n seconds: the card or drive may have stopped responding. Remove it from the list and add it again to try once more.</source>
        <translation>
            <numerusform>Die Datei hat nicht innerhalb von %n Sekunde geantwortet: Die Karte oder das Laufwerk reagiert möglicherweise nicht mehr. Entfernen Sie sie aus der Liste und fügen Sie sie erneut hinzu, um es noch einmal zu versuchen.</numerusform>
            <numerusform>Die Datei hat nicht innerhalb von %n Sekunden geantwortet: Die Karte oder das Laufwerk reagiert möglicherweise nicht mehr. Entfernen Sie sie aus der Liste und fügen Sie sie erneut hinzu, um es noch einmal zu versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the video…</source>
        <translation>Video wird gelesen…</translation>
    </message>
</context>
<context>
    <name>ReadyListStore</name>
    <message>
        <source>larger than any list of clips could be</source>
        <translation>größer, als eine Liste von Clips je sein könnte</translation>
    </message>
    <message>
        <source>not a list of clips</source>
        <translation>keine Liste von Clips</translation>
    </message>
    <message>
        <source>%1 is larger than any list of clips could be</source>
        <translation>%1 ist größer, als eine Liste von Clips je sein könnte</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>%1 (no longer there)</source>
        <translation>%1 (nicht mehr vorhanden)</translation>
    </message>
    <message>
        <source>No Recent Videos</source>
        <translation>Keine zuletzt geöffneten Videos</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>Reservation</name>
    <message>
        <source>the reservation is not a JSON object.</source>
        <translation>die Reservierung ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>the reservation has no %1.</source>
        <translation>der Reservierung fehlt %1.</translation>
    </message>
    <message>
        <source>the reservation's upload_fields is missing or not an object.</source>
        <translation>upload_fields der Reservierung fehlt oder ist kein Objekt.</translation>
    </message>
    <message>
        <source>the upload address is not an https URL.</source>
        <translation>die Upload-Adresse ist keine https-URL.</translation>
    </message>
    <message>
        <source>the reservation's upload_expires_at is not a date-time.</source>
        <translation>upload_expires_at der Reservierung ist keine Datums- und Zeitangabe.</translation>
    </message>
    <message>
        <source>the reservation's upload_fields repeat a name.</source>
        <translation>upload_fields der Reservierung enthalten einen Namen doppelt.</translation>
    </message>
    <message>
        <source>the upload field %1 is not a string.</source>
        <translation>das Upload-Feld %1 ist keine Zeichenkette.</translation>
    </message>
</context>
<context>
    <name>S3PostUpload</name>
    <message>
        <source>An upload field has an invalid name.</source>
        <translation>Ein Upload-Feld hat einen ungültigen Namen.</translation>
    </message>
    <message>
        <source>The upload fields must not contain the file itself.</source>
        <translation>Die Upload-Felder dürfen die Datei selbst nicht enthalten.</translation>
    </message>
    <message>
        <source>The file %1 no longer exists.</source>
        <translation>Die Datei %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 changed while it was being uploaded.</source>
        <translation>Die Datei %1 hat sich während des Uploads geändert.</translation>
    </message>
    <message>
        <source>The upload address is not an https URL.</source>
        <translation>Die Upload-Adresse ist keine https-URL.</translation>
    </message>
    <message>
        <source>The upload was redirected to an address that is not https (%1).</source>
        <translation>Der Upload wurde an eine Adresse umgeleitet, die kein https verwendet (%1).</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Runs the local Uplift API and S3 upload sandbox on 127.0.0.1 until interrupted.</source>
        <translation>Führt die lokale Sandbox der Uplift-API und des S3-Uploads auf 127.0.0.1 aus, bis sie unterbrochen wird.</translation>
    </message>
    <message>
        <source>API port (default: any free port).</source>
        <translation>API-Port (Standard: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Port of the built-in S3 endpoint.</source>
        <translation>Port des eingebauten S3-Endpunkts.</translation>
    </message>
    <message>
        <source>Data folder (SQLite store and uploaded objects).</source>
        <translation>Datenordner (SQLite-Speicher und hochgeladene Objekte).</translation>
    </message>
    <message>
        <source>API key clients must send (default: random).</source>
        <translation>API-Schlüssel, den Clients senden müssen (Standard: zufällig).</translation>
    </message>
    <message>
        <source>Requests per minute before 429 (default: none).</source>
        <translation>Anfragen pro Minute vor 429 (Standard: keine Grenze).</translation>
    </message>
    <message>
        <source>Time a capture spends processing (default 1500).</source>
        <translation>Verarbeitungszeit einer Aufnahme (Standard 1500).</translation>
    </message>
    <message>
        <source>Largest upload the policies allow.</source>
        <translation>Größter Upload, den die Richtlinien erlauben.</translation>
    </message>
    <message>
        <source>Sign uploads for this S3-compatible endpoint instead.</source>
        <translation>Uploads stattdessen für diesen S3-kompatiblen Endpunkt signieren.</translation>
    </message>
    <message>
        <source>Bucket on that endpoint.</source>
        <translation>Bucket auf diesem Endpunkt.</translation>
    </message>
    <message>
        <source>Region of that endpoint.</source>
        <translation>Region dieses Endpunkts.</translation>
    </message>
    <message>
        <source>Access key for that endpoint.</source>
        <translation>Zugriffsschlüssel für diesen Endpunkt.</translation>
    </message>
    <message>
        <source>Secret key for that endpoint.</source>
        <translation>Geheimer Schlüssel für diesen Endpunkt.</translation>
    </message>
    <message>
        <source>Inject a fault (repeatable): fail:ROUTE:STATUS[:COUNT], latency:ROUTE:MS, stall-upload:BYTES[:COUNT], reset-upload:BYTES[:COUNT], policy-lifetime:SECONDS, random:RATE[:SEED].</source>
        <translation>Einen Fehler einspeisen (wiederholbar): fail:ROUTE:STATUS[:COUNT], latency:ROUTE:MS, stall-upload:BYTES[:COUNT], reset-upload:BYTES[:COUNT], policy-lifetime:SECONDS, random:RATE[:SEED].</translation>
    </message>
    <message>
        <source>Inject random faults: each request meets one with this probability (0 to 1): 429, 503, reset, stall, lost answer, policy expiring early.</source>
        <translation>Zufällige Fehler einspeisen: Jede Anfrage trifft mit dieser Wahrscheinlichkeit (0 bis 1) auf einen: 429, 503, Abbruch, Stillstand, verlorene Antwort, vorzeitig ablaufende Richtlinie.</translation>
    </message>
    <message>
        <source>Seed of the random faults, to repeat a run.</source>
        <translation>Startwert der zufälligen Fehler, um einen Lauf zu wiederholen.</translation>
    </message>
    <message>
        <source>--s3-endpoint needs --s3-bucket, --s3-access-key and --s3-secret-key.</source>
        <translation>--s3-endpoint benötigt --s3-bucket, --s3-access-key und --s3-secret-key.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Sandbox API: %1</source>
        <translation>Sandbox-API: %1</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>API-Schlüssel: %1</translation>
    </message>
    <message>
        <source>Uploads go to: %1</source>
        <translation>Uploads gehen an: %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Sandbox beendet.</translation>
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
        <translation>Verarbeitung fehlgeschlagen: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SessionGroupPicker</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Session group %1</source>
        <translation>Session-Gruppe %1</translation>
    </message>
    <message>
        <source>Choose the athlete first</source>
        <translation>Zuerst den Athleten wählen</translation>
    </message>
    <message>
        <source>No session yet: create one</source>
        <translation>Noch keine Session: Legen Sie eine an</translation>
    </message>
    <message>
        <source>Session group</source>
        <translation>Session-Gruppe</translation>
    </message>
    <message>
        <source>A new session group for today, kept when you upload. Type to rename it.</source>
        <translation>Eine neue Sitzungsgruppe für heute, gespeichert beim Hochladen. Zum Umbenennen tippen.</translation>
    </message>
    <message>
        <source>dddd d MMM</source>
        <comment>date format of a new session's name</comment>
        <translation>dddd, d. MMM</translation>
    </message>
</context>
<context>
    <name>SessionGroups</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>The Uplift API address, normally https://api.uplift.ai/v1</source>
        <translation>Die Adresse der Uplift-API, normalerweise https://api.uplift.ai/v1</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Made in the Uplift Capture web app under Account settings ▸ API Keys. Stored in the system keychain.</source>
        <translation>Wird in der Uplift-Capture-Web-App unter Kontoeinstellungen ▸ API-Schlüssel erstellt. Im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>sk-…</source>
        <translation>sk-…</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>API-Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Schlüssel anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Ask the server whether this key works</source>
        <translation>Beim Server nachfragen, ob dieser Schlüssel funktioniert</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Use sandbox</source>
        <translation>Sandbox verwenden</translation>
    </message>
    <message>
        <source>Use the &amp;sandbox (a practice server on this computer; nothing reaches Uplift)</source>
        <translation>&amp;Sandbox verwenden (ein Übungsserver auf diesem Computer; nichts erreicht Uplift)</translation>
    </message>
    <message>
        <source>&amp;Parallel uploads:</source>
        <translation>&amp;Parallele Uploads:</translation>
    </message>
    <message>
        <source>Parallel uploads</source>
        <translation>Parallele Uploads</translation>
    </message>
    <message>
        <source>How many videos are sent at the same time</source>
        <translation>Wie viele Videos gleichzeitig gesendet werden</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Where the key is kept</source>
        <translation>Wo der Schlüssel aufbewahrt wird</translation>
    </message>
    <message>
        <source>When the sandbox switch takes effect</source>
        <translation>Wann die Sandbox-Umschaltung wirkt</translation>
    </message>
    <message>
        <source>The environment variable UPLIFT_API_KEY is set: its key is used, not the one saved here.</source>
        <translation>Die Umgebungsvariable UPLIFT_API_KEY ist gesetzt: Ihr Schlüssel wird verwendet, nicht der hier gespeicherte.</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file.</source>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Limit upload speed</source>
        <translation>Upload-Geschwindigkeit begrenzen</translation>
    </message>
    <message>
        <source>For shared gym networks: leave room for others on the same connection</source>
        <translation>Für gemeinsam genutzte Netze im Studio: lässt anderen auf derselben Verbindung Platz</translation>
    </message>
    <message>
        <source>Li&amp;mit upload speed to</source>
        <translation>Upload-Geschwindigkeit &amp;begrenzen auf</translation>
    </message>
    <message>
        <source>Upload speed limit in megabytes per second</source>
        <translation>Upload-Geschwindigkeitsgrenze in Megabyte pro Sekunde</translation>
    </message>
    <message>
        <source>For shared gym networks: all uploads together send no faster than this</source>
        <translation>Für gemeinsam genutzte Netze im Studio: alle Uploads zusammen senden nicht schneller als dies</translation>
    </message>
    <message>
        <source> MB/s</source>
        <translation> MB/s</translation>
    </message>
    <message>
        <source>This window runs the sandbox (started with --sandbox). Untick to use your Uplift account the next time Uplift Capture starts without --sandbox.</source>
        <translation>In diesem Fenster läuft die Sandbox (gestartet mit --sandbox). Entfernen Sie den Haken, um beim nächsten Start von Uplift Capture ohne --sandbox Ihr Uplift-Konto zu verwenden.</translation>
    </message>
    <message>
        <source>This window runs the sandbox. Untick to use your Uplift account the next time Uplift Capture starts.</source>
        <translation>In diesem Fenster läuft die Sandbox. Entfernen Sie den Haken, um beim nächsten Start von Uplift Capture Ihr Uplift-Konto zu verwenden.</translation>
    </message>
    <message>
        <source>Your Uplift account is used the next time Uplift Capture starts without --sandbox.</source>
        <translation>Ihr Uplift-Konto wird beim nächsten Start von Uplift Capture ohne --sandbox verwendet.</translation>
    </message>
    <message>
        <source>Your Uplift account is used the next time Uplift Capture starts.</source>
        <translation>Ihr Uplift-Konto wird beim nächsten Start von Uplift Capture verwendet.</translation>
    </message>
    <message>
        <source>The sandbox starts the next time Uplift Capture starts.</source>
        <translation>Die Sandbox startet beim nächsten Start von Uplift Capture.</translation>
    </message>
    <message>
        <source>&amp;Imported videos:</source>
        <translation>&amp;Importierte Videos:</translation>
    </message>
    <message>
        <source>Folder for imported videos</source>
        <translation>Ordner für importierte Videos</translation>
    </message>
    <message>
        <source>Videos imported from a card, camera or phone are copied here, into a folder for each day</source>
        <translation>Von einer Karte, einer Kamera oder einem Handy importierte Videos werden hierher kopiert, in einen Ordner pro Tag</translation>
    </message>
    <message>
        <source>Choose the folder for imported videos</source>
        <translation>Den Ordner für importierte Videos wählen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Where imported videos go</source>
        <translation>Wohin importierte Videos kommen</translation>
    </message>
    <message>
        <source>Each day's import gets a folder of its own, today's: %1</source>
        <translation>Der Import jedes Tages bekommt einen eigenen Ordner, der von heute: %1</translation>
    </message>
    <message>
        <source>Type the whole path of the folder (starting with %1), or use Browse…</source>
        <translation>Geben Sie den vollständigen Pfad des Ordners ein (beginnend mit %1) oder verwenden Sie „Durchsuchen…“</translation>
    </message>
    <message>
        <source>Folder for Imported Videos</source>
        <translation>Ordner für importierte Videos</translation>
    </message>
</context>
<context>
    <name>SleepInhibitor</name>
    <message>
        <source>Uploading videos to Uplift</source>
        <translation>Videos werden zu Uplift hochgeladen</translation>
    </message>
</context>
<context>
    <name>SourceScan</name>
    <message>
        <source>The card did not answer while reading %1.</source>
        <translation>Die Karte hat beim Lesen von %1 nicht geantwortet.</translation>
    </message>
    <message>
        <source>%1 has no DCIM folder and no AVCHD folder.</source>
        <translation>%1 hat keinen DCIM-Ordner und keinen AVCHD-Ordner.</translation>
    </message>
</context>
<context>
    <name>SourceWatcher</name>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 ist nicht mehr da.</translation>
    </message>
    <message>
        <source>Clips are still being copied from %1: wait until the import is done, or stop it first.</source>
        <translation>Von %1 werden noch Clips kopiert: Warten Sie, bis der Import fertig ist, oder stoppen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>This system cannot eject %1 from Uplift Capture.</source>
        <translation>Dieses System kann %1 nicht aus Uplift Capture heraus auswerfen.</translation>
    </message>
</context>
<context>
    <name>ThreadedS3Upload</name>
    <message>
        <source>The upload thread has ended.</source>
        <translation>Der Upload-Thread ist beendet.</translation>
    </message>
</context>
<context>
    <name>Udisks</name>
    <message>
        <source>Another program still has a file open on it.</source>
        <translation>Ein anderes Programm hat noch eine Datei darauf geöffnet.</translation>
    </message>
</context>
<context>
    <name>UpliftClient</name>
    <message>
        <source>The API address must start with https:// (plain http only for this computer).</source>
        <translation>Die API-Adresse muss mit https:// beginnen (einfaches http nur für diesen Computer).</translation>
    </message>
    <message>
        <source>No Uplift API key is set.</source>
        <translation>Es ist kein Uplift-API-Schlüssel gesetzt.</translation>
    </message>
    <message>
        <source>Too many redirects.</source>
        <translation>Zu viele Weiterleitungen.</translation>
    </message>
    <message>
        <source>The server redirected to an address that is not https.</source>
        <translation>Der Server hat an eine Adresse ohne https weitergeleitet.</translation>
    </message>
    <message>
        <source>the reservation is for another session group.</source>
        <translation>die Reservierung gehört zu einer anderen Session-Gruppe.</translation>
    </message>
    <message>
        <source>A capture id has 1 to 255 characters.</source>
        <translation>Eine Aufnahme-ID hat 1 bis 255 Zeichen.</translation>
    </message>
    <message>
        <source>the capture is not a JSON object.</source>
        <translation>die Aufnahme ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>the capture list has no captures array.</source>
        <translation>die Aufnahmeliste enthält kein captures-Array.</translation>
    </message>
    <message>
        <source>a capture is not a JSON object.</source>
        <translation>eine Aufnahme ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Athletes can be sorted by first_name, last_name or date_of_birth.</source>
        <translation>Athleten lassen sich nach first_name, last_name oder date_of_birth sortieren.</translation>
    </message>
    <message>
        <source>%1 cannot be used as a custom attribute filter.</source>
        <translation>%1 kann nicht als Filter für eigene Attribute verwendet werden.</translation>
    </message>
    <message>
        <source>the athlete list holds no list of athletes.</source>
        <translation>die Athletenliste enthält keine Liste von Athleten.</translation>
    </message>
    <message>
        <source>the athlete list is not JSON.</source>
        <translation>die Athletenliste ist kein JSON.</translation>
    </message>
    <message>
        <source>an athlete is not a JSON object.</source>
        <translation>ein Athlet ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>the athlete is not a JSON object.</source>
        <translation>der Athlet ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Which athlete to update?</source>
        <translation>Welcher Athlet soll aktualisiert werden?</translation>
    </message>
    <message>
        <source>The first name cannot be cleared.</source>
        <translation>Der Vorname kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>its answer is larger than %1 MiB.</source>
        <translation>seine Antwort ist größer als %1 MiB.</translation>
    </message>
</context>
<context>
    <name>UploadAttempt</name>
    <message>
        <source>The upload window closed; reserving a new one in the same session group.</source>
        <translation>Das Upload-Zeitfenster ist abgelaufen; in derselben Session-Gruppe wird ein neues reserviert.</translation>
    </message>
    <message>
        <source>Reserved; it uploads when uploads go on.</source>
        <translation>Reserviert; wird hochgeladen, sobald die Uploads weiterlaufen.</translation>
    </message>
    <message>
        <source>Reserved ahead; it uploads when a running upload ends.</source>
        <translation>Im Voraus reserviert; wird hochgeladen, sobald ein laufender Upload endet.</translation>
    </message>
    <message>
        <source>The upload address did not answer twice; reserving a new one in the same session group.</source>
        <translation>Die Upload-Adresse hat zweimal nicht geantwortet; in derselben Session-Gruppe wird eine neue reserviert.</translation>
    </message>
    <message>
        <source>No data moved for too long; the upload will start again.</source>
        <translation>Zu lange wurden keine Daten übertragen; der Upload beginnt erneut.</translation>
    </message>
    <message>
        <source>The upload window closed before the upload finished.</source>
        <translation>Das Upload-Zeitfenster ist abgelaufen, bevor der Upload fertig war.</translation>
    </message>
    <message>
        <source>Looking through the captures list for the reservation whose answer was lost.</source>
        <translation>Die Liste der Aufnahmen wird nach der Reservierung durchsucht, deren Antwort verloren ging.</translation>
    </message>
    <message>
        <source>Asking Uplift whether the interrupted upload arrived.</source>
        <translation>Uplift wird gefragt, ob der unterbrochene Upload angekommen ist.</translation>
    </message>
    <message>
        <source>No capture in the list matches the reservation whose answer was lost; reserving again.</source>
        <translation>Keine Aufnahme in der Liste passt zur Reservierung, deren Antwort verloren ging; es wird erneut reserviert.</translation>
    </message>
    <message>
        <source>The lost reservation was found (%1, awaiting upload), but its upload form cannot be fetched again; reserving a new one in the same session group.</source>
        <translation>Die verlorene Reservierung wurde gefunden (%1, wartet auf Upload), aber ihr Upload-Formular kann nicht erneut abgerufen werden; in derselben Session-Gruppe wird eine neue reserviert.</translation>
    </message>
    <message>
        <source>The interrupted upload had not arrived; it starts again from the beginning.</source>
        <translation>Der unterbrochene Upload war nicht angekommen; er beginnt wieder von vorn.</translation>
    </message>
    <message>
        <source>The clip had already reached Uplift before the interruption; it is not sent again.</source>
        <translation>Der Clip hatte Uplift vor der Unterbrechung bereits erreicht; er wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Uplift does not know the session %1 any more; reserving a new one.</source>
        <translation>Uplift kennt die Session %1 nicht mehr; eine neue wird reserviert.</translation>
    </message>
    <message>
        <source>The captures list could not be read (%1); reserving again.</source>
        <translation>Die Liste der Aufnahmen konnte nicht gelesen werden (%1); es wird erneut reserviert.</translation>
    </message>
    <message>
        <source>Uplift could not say whether the interrupted upload arrived (%1); sending it again.</source>
        <translation>Uplift konnte nicht sagen, ob der unterbrochene Upload angekommen ist (%1); er wird erneut gesendet.</translation>
    </message>
</context>
<context>
    <name>UploadJob</name>
    <message>
        <source>The file was changed after it was queued: %1</source>
        <translation>Die Datei wurde nach dem Einreihen geändert: %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Reserving</source>
        <translation>Wird reserviert</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Wird verarbeitet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Wartet auf neuen Versuch</translation>
    </message>
    <message>
        <source>The recording is no longer there (moved or deleted?): %1</source>
        <translation>Die Aufnahme ist nicht mehr da (verschoben oder gelöscht?): %1</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Wird vorbereitet</translation>
    </message>
</context>
<context>
    <name>UploadNotifier</name>
    <message>
        <source>Show Uplift Capture</source>
        <translation>Uplift Capture anzeigen</translation>
    </message>
    <message>
        <source>Stop Uploads and Quit</source>
        <translation>Uploads stoppen und beenden</translation>
    </message>
    <message>
        <source>Uploads finished</source>
        <translation>Uploads abgeschlossen</translation>
    </message>
    <message>
        <source>1 video was uploaded.</source>
        <translation>1 Video wurde hochgeladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n videos were uploaded.</source>
        <translation>
            <numerusform>%n Video wurde hochgeladen.</numerusform>
            <numerusform>%n Videos wurden hochgeladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploads finished with problems</source>
        <translation>Uploads mit Problemen abgeschlossen</translation>
    </message>
    <message>
        <source>%1 uploaded, %2 failed. Open the window to see why.</source>
        <translation>%1 hochgeladen, %2 fehlgeschlagen. Öffnen Sie das Fenster, um die Gründe zu sehen.</translation>
    </message>
    <message>
        <source>%1 was not uploaded</source>
        <translation>%1 wurde nicht hochgeladen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>%1 clips were not uploaded</source>
        <translation>%1 Clips wurden nicht hochgeladen</translation>
    </message>
</context>
<context>
    <name>UploadRequest</name>
    <message>
        <source>The athlete's id (UUID). Required.</source>
        <translation>Die ID des Athleten (UUID). Erforderlich.</translation>
    </message>
    <message>
        <source>The session group's id (UUID), or "new" for a new group shared by these files (the default).</source>
        <translation>Die ID der Session-Gruppe (UUID) oder "new" für eine neue gemeinsame Gruppe dieser Dateien (Standard).</translation>
    </message>
    <message>
        <source>How the camera stood: front_on or down_the_line. Required.</source>
        <translation>Kameraposition: front_on oder down_the_line. Erforderlich.</translation>
    </message>
    <message>
        <source>portrait or landscape.</source>
        <translation>portrait oder landscape.</translation>
    </message>
    <message>
        <source>The activity. Required.</source>
        <translation>Die Aktivität. Erforderlich.</translation>
    </message>
    <message>
        <source>The movement. Required.</source>
        <translation>Die Bewegung. Erforderlich.</translation>
    </message>
    <message>
        <source>A movement dimension, repeatable.</source>
        <translation>Ein Bewegungsmerkmal, wiederholbar.</translation>
    </message>
    <message>
        <source>A camera detail, repeatable.</source>
        <translation>Eine Kameraangabe, wiederholbar.</translation>
    </message>
    <message>
        <source>How many files upload at the same time.</source>
        <translation>Wie viele Dateien gleichzeitig hochgeladen werden.</translation>
    </message>
    <message>
        <source>Wait until Uplift has processed every file.</source>
        <translation>Warten, bis Uplift jede Datei verarbeitet hat.</translation>
    </message>
    <message>
        <source>Print one JSON object per line instead of text.</source>
        <translation>Statt Text ein JSON-Objekt pro Zeile ausgeben.</translation>
    </message>
    <message>
        <source>The Uplift API's base URL.</source>
        <translation>Die Basis-URL der Uplift-API.</translation>
    </message>
    <message>
        <source>--parallel needs a whole number of 1 or more, not "%1".</source>
        <translation>--parallel erwartet eine ganze Zahl ab 1, nicht "%1".</translation>
    </message>
    <message>
        <source>--api-url is not a URL: "%1".</source>
        <translation>--api-url ist keine URL: "%1".</translation>
    </message>
    <message>
        <source>--attr needs KEY=VALUE, not "%1".</source>
        <translation>--attr erwartet SCHLÜSSEL=WERT, nicht "%1".</translation>
    </message>
    <message>
        <source>--camera needs KEY=VALUE, not "%1".</source>
        <translation>--camera erwartet SCHLÜSSEL=WERT, nicht "%1".</translation>
    </message>
    <message>
        <source>capture_time: "%1" is not an RFC 3339 date and time with an offset, e.g. 2026-05-13T12:00:00Z.</source>
        <translation>capture_time: "%1" ist keine RFC-3339-Zeitangabe mit Zeitversatz, z. B. 2026-05-13T12:00:00Z.</translation>
    </message>
    <message>
        <source>Name at least one video file to upload.</source>
        <translation>Geben Sie mindestens eine hochzuladende Videodatei an.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the file is not there.</source>
        <translation>%1: Die Datei ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1: Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>Cap the upload bandwidth, shared by all files: KiB/s, or with K or M (500, 500K, 2M).</source>
        <translation>Begrenzt die Upload-Bandbreite, geteilt von allen Dateien: KiB/s, oder mit K oder M (500, 500K, 2M).</translation>
    </message>
    <message>
        <source>--limit-rate needs a rate above zero such as 500 (KiB/s), 500K or 2M, not "%1".</source>
        <translation>--limit-rate braucht eine Rate über null wie 500 (KiB/s), 500K oder 2M, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>The videos to upload: .mov, .mp4, .m4v, .mts or .m2ts (H.264, HEVC or ProRes); anything but a whole .mov is made into one first, without re-encoding.</source>
        <translation>Die hochzuladenden Videos: .mov, .mp4, .m4v, .mts oder .m2ts (H.264, HEVC oder ProRes); alles außer einer ganzen .mov wird zuerst ohne Neukodierung in eine umgewandelt.</translation>
    </message>
    <message>
        <source>When the recording started, RFC 3339 with an offset (default: what the file says, else its date).</source>
        <translation>Wann die Aufnahme begann, RFC 3339 mit Zeitversatz (Standard: was die Datei angibt, sonst ihr Datum).</translation>
    </message>
    <message>
        <source>Upload only this part of each file, cut at the keyframe at or before START; repeat to split a recording into several clips (&lt;name&gt;-1.mov, &lt;name&gt;-2.mov, ...). Seconds or [hh:]mm:ss[.fff].</source>
        <translation>Nur diesen Teil jeder Datei hochladen, geschnitten am Schlüsselbild bei oder vor START; wiederholen, um eine Aufnahme in mehrere Clips zu teilen (&lt;name&gt;-1.mov, &lt;name&gt;-2.mov, ...). Sekunden oder [hh:]mm:ss[.fff].</translation>
    </message>
    <message>
        <source>--trim: %1.</source>
        <translation>--trim: %1.</translation>
    </message>
    <message>
        <source>%1: --trim: %2.</source>
        <translation>%1: --trim: %2.</translation>
    </message>
    <message>
        <source>Upload to the sandbox on this computer, through the sandbox's own queue (as `uplift-capture --sandbox` does), not to your Uplift account. While the sandbox window is open it owns that queue: add the videos there, or close it first.</source>
        <translation>In die Sandbox auf diesem Computer hochladen, über deren eigene Warteschlange (wie `uplift-capture --sandbox`), nicht in Ihr Uplift-Konto. Solange das Sandbox-Fenster geöffnet ist, gehört ihm diese Warteschlange: Fügen Sie die Videos dort hinzu oder schließen Sie es zuerst.</translation>
    </message>
    <message>
        <source>Upload a clip again although it was uploaded (or failed) before for the same athlete, movement and part. Without it the command asks on a terminal and otherwise leaves such a clip out (exit code 6). A clip still in the queue is followed, never queued twice.</source>
        <translation>Einen Clip erneut hochladen, obwohl er für denselben Athleten, dieselbe Bewegung und denselben Abschnitt schon hochgeladen wurde (oder fehlgeschlagen ist). Ohne diese Option fragt der Befehl in einem Terminal nach und lässt einen solchen Clip sonst weg (Exit-Code 6). Ein Clip, der noch in der Warteschlange ist, wird weiterverfolgt, nie doppelt eingereiht.</translation>
    </message>
    <message>
        <source>--sandbox and --api-url cannot be used together: the sandbox runs on this computer.</source>
        <translation>--sandbox und --api-url können nicht zusammen verwendet werden: Die Sandbox läuft auf diesem Computer.</translation>
    </message>
    <message>
        <source>Split each file at every impact heard in its sound (a ball struck, a landing): one clip per impact, from --before to --after around it (&lt;name&gt;-1.mov, &lt;name&gt;-2.mov, ...). Refused for a file without sound or without an impact heard. `uplift-capture impacts FILE` shows the parts first.</source>
        <translation>Jede Datei an jedem Treffmoment teilen, der in ihrem Ton zu hören ist (ein getroffener Ball, eine Landung): ein Clip pro Treffmoment, von --before bis --after um ihn herum (&lt;name&gt;-1.mov, &lt;name&gt;-2.mov, ...). Abgelehnt bei einer Datei ohne Ton oder ohne hörbaren Treffmoment. `uplift-capture impacts FILE` zeigt die Teile vorher an.</translation>
    </message>
    <message>
        <source>With --split-at-impacts: seconds before each impact (default: the movement's, as last set in the window; golf full swing 2.5).</source>
        <translation>Mit --split-at-impacts: Sekunden vor jedem Treffmoment (Standard: der Wert der Bewegung, wie zuletzt im Fenster eingestellt; Golf voller Schwung 2.5).</translation>
    </message>
    <message>
        <source>With --split-at-impacts: seconds after each impact (default: the movement's, as last set in the window; golf full swing 1.5).</source>
        <translation>Mit --split-at-impacts: Sekunden nach jedem Treffmoment (Standard: der Wert der Bewegung, wie zuletzt im Fenster eingestellt; Golf voller Schwung 1.5).</translation>
    </message>
    <message>
        <source>--split-at-impacts and --trim cannot be used together: the impacts mark the parts.</source>
        <translation>--split-at-impacts und --trim können nicht zusammen verwendet werden: Die Treffmomente markieren die Teile.</translation>
    </message>
    <message>
        <source>--%1 is for --split-at-impacts.</source>
        <translation>--%1 gehört zu --split-at-impacts.</translation>
    </message>
    <message>
        <source>--%1 needs seconds such as 2.5, not "%2".</source>
        <translation>--%1 braucht Sekunden wie 2.5, nicht „%2“.</translation>
    </message>
    <message>
        <source>--before/--after: %1</source>
        <translation>--before/--after: %1</translation>
    </message>
    <message>
        <source>%1: has no sound track, so there are no impacts to split it at; mark the parts with --trim instead.</source>
        <translation>%1: hat keine Tonspur, daher gibt es keine Treffmomente zum Teilen; markieren Sie die Teile stattdessen mit --trim.</translation>
    </message>
    <message>
        <source>%1: no impact was heard in it, so it is not split; mark the parts with --trim instead.</source>
        <translation>%1: darin war kein Treffmoment zu hören, daher wird es nicht geteilt; markieren Sie die Teile stattdessen mit --trim.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1: impacts heard at %2: one clip each, %3 s before to %4 s after.</source>
        <translation>%1: Treffmomente gehört bei %2: je ein Clip, %3 s davor bis %4 s danach.</translation>
    </message>
</context>
<context>
    <name>UploadRun</name>
    <message>
        <source>job %1 %2: %3</source>
        <translation>Auftrag %1 %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>preparing %1: %2 %</source>
        <translation>Vorbereitung %1: %2 %</translation>
    </message>
    <message>
        <source><byte value="xd" />%1 uploading: %2 of %3, %4/s, %5 s left</source>
        <translation><byte value="xd" />%1 im Upload: %2 von %3, %4/s, noch %5 s</translation>
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
        <translation>Die Upload-Warteschlange wurde angehalten: %1</translation>
    </message>
    <message>
        <source>Uploads are not available: %1</source>
        <translation>Uploads sind nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>VideoIntake</name>
    <message>
        <source>The name contains “/” or “\”; rename the file</source>
        <translation>Der Name enthält „/“ oder „\“; benennen Sie die Datei um</translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %n characters; rename the file</source>
        <translation>
            <numerusform>Der Name ist länger als %n Zeichen; benennen Sie die Datei um</numerusform>
            <numerusform>Der Name ist länger als %n Zeichen; benennen Sie die Datei um</numerusform>
        </translation>
    </message>
    <message>
        <source>The file no longer exists</source>
        <translation>Die Datei existiert nicht mehr</translation>
    </message>
    <message>
        <source>Not a regular file</source>
        <translation>Keine normale Datei</translation>
    </message>
    <message>
        <source>The file cannot be read (check its permissions)</source>
        <translation>Die Datei kann nicht gelesen werden (prüfen Sie die Berechtigungen)</translation>
    </message>
    <message>
        <source>Not a video (MOV, MP4, M4V, MTS or M2TS)</source>
        <translation>Kein Video (MOV, MP4, M4V, MTS oder M2TS)</translation>
    </message>
</context>
<context>
    <name>VideoPreview</name>
    <message>
        <source>Video preview</source>
        <translation>Videovorschau</translation>
    </message>
    <message>
        <source>Preview message</source>
        <translation>Vorschau-Hinweis</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Abspielen oder pausieren</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>Position im Video</translation>
    </message>
    <message>
        <source>Drag to move through the video</source>
        <translation>Ziehen, um sich durch das Video zu bewegen</translation>
    </message>
    <message>
        <source>Playback time</source>
        <translation>Wiedergabezeit</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Video details</source>
        <translation>Videodetails</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Previous Frame</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <source>Next Frame</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>This video cannot be previewed on this computer (%1).
It can still be uploaded.</source>
        <translation>Dieses Video kann auf diesem Computer nicht in der Vorschau gezeigt werden (%1).
Hochladen lässt es sich trotzdem.</translation>
    </message>
    <message>
        <source>Select a video in the list to preview it.</source>
        <translation>Wählen Sie ein Video in der Liste aus, um es in der Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Filmed %1</source>
        <translation>Gefilmt %1</translation>
    </message>
    <message>
        <source>File saved %1 (the video does not say when it was filmed)</source>
        <translation>Datei gespeichert %1 (das Video enthält kein Aufnahmedatum)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Mark In</source>
        <translation>Anfang markieren</translation>
    </message>
    <message>
        <source>Mark Out</source>
        <translation>Ende markieren</translation>
    </message>
    <message>
        <source>Clear marks</source>
        <translation>Marken entfernen</translation>
    </message>
    <message>
        <source>Kept part of the video</source>
        <translation>Behaltener Teil des Videos</translation>
    </message>
    <message>
        <source>Clear Marks</source>
        <translation>Marken entfernen</translation>
    </message>
    <message>
        <source>Upload the whole clip again</source>
        <translation>Wieder den ganzen Clip hochladen</translation>
    </message>
    <message>
        <source>The whole clip is uploaded. Mark In (I) and Out (O) to keep only the swing.</source>
        <translation>Der ganze Clip wird hochgeladen. Markieren Sie Anfang (I) und Ende (O), um nur den Schwung zu behalten.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Keeps %1 (%2 s)</source>
        <translation>Behält %1 (%2 s)</translation>
    </message>
    <message>
        <source>starts %1 s earlier, at the previous keyframe</source>
        <translation>beginnt %1 s früher, am vorherigen Schlüsselbild</translation>
    </message>
    <message numerus="yes">
        <source>Split into %n clips: %1</source>
        <translation>
            <numerusform>In %n Clip geteilt: %1</numerusform>
            <numerusform>In %n Clips geteilt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>filmed turned %1°, shown upright</source>
        <translation>um %1° gedreht gefilmt, aufrecht gezeigt</translation>
    </message>
    <message>
        <source>sent as %1 (made into a .mov without re-encoding)</source>
        <translation>gesendet als %1 (ohne Neukodierung in eine .mov umgewandelt)</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <source>1 start moved to the previous keyframe</source>
        <translation>1 Anfang zum vorherigen Schlüsselbild verschoben</translation>
    </message>
    <message numerus="yes">
        <source>%n starts moved to the previous keyframe</source>
        <translation>
            <numerusform>%n Anfang zum vorherigen Schlüsselbild verschoben</numerusform>
            <numerusform>%n Anfänge zum vorherigen Schlüsselbild verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>Mute the sound</source>
        <translation>Ton stummschalten</translation>
    </message>
</context>
<context>
    <name>VideoProbe</name>
    <message>
        <source>The video could not be opened in time.</source>
        <translation>Das Video konnte nicht rechtzeitig geöffnet werden.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>The video has no picture.</source>
        <translation>Das Video hat kein Bild.</translation>
    </message>
    <message>
        <source>The video cannot be played on this computer.</source>
        <translation>Das Video kann auf diesem Computer nicht abgespielt werden.</translation>
    </message>
    <message>
        <source>The file did not answer in time; the card or drive may have stopped responding.</source>
        <translation>Die Datei hat nicht rechtzeitig geantwortet; die Karte oder das Laufwerk reagiert möglicherweise nicht mehr.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Uploads coaches' videos to the Uplift motion-analysis platform.</source>
        <translation>Lädt die Videos von Trainern auf die Bewegungsanalyse-Plattform Uplift hoch.</translation>
    </message>
    <message>
        <source>Try the app without an account: run a local sandbox of the Uplift API and upload service on this computer and use it.</source>
        <translation>Die App ohne Konto ausprobieren: eine lokale Sandbox der Uplift-API und des Upload-Dienstes auf diesem Computer starten und verwenden.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Uploads are not available: %1</source>
        <translation>Uploads sind nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>%1 COMMAND [options]</source>
        <translation>%1 BEFEHL [Optionen]</translation>
    </message>
    <message>
        <source>Run the local sandbox of the Uplift API without a window.</source>
        <translation>Die lokale Sandbox der Uplift-API ohne Fenster ausführen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>"%1 COMMAND --help" shows a command's options.</source>
        <translation>„%1 BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Videos to add to the ready list (%1), also when the window is already open.</source>
        <translation>Videos, die zur Liste „Bereit zum Hochladen“ hinzugefügt werden (%1), auch wenn das Fenster schon geöffnet ist.</translation>
    </message>
    <message>
        <source>Uplift Capture is already open with your Uplift account: the videos were added to its ready list. To use the sandbox, quit it and start %1 --sandbox.</source>
        <translation>Uplift Capture ist bereits mit Ihrem Uplift-Konto geöffnet: Die Videos wurden zu seiner Liste „Bereit zum Hochladen“ hinzugefügt. Um die Sandbox zu verwenden, beenden Sie es und starten Sie %1 --sandbox.</translation>
    </message>
    <message>
        <source>Uplift Capture is already open in the sandbox: the videos were added to its ready list, and what is uploaded there never reaches your Uplift account. To use your account, quit it and start %1 again.</source>
        <translation>Uplift Capture ist bereits in der Sandbox geöffnet: Die Videos wurden zu seiner Liste „Bereit zum Hochladen“ hinzugefügt, und was dort hochgeladen wird, erreicht nie Ihr Uplift-Konto. Um Ihr Konto zu verwenden, beenden Sie es und starten Sie %1 erneut.</translation>
    </message>
    <message>
        <source>Uplift Capture was started again for the sandbox, but this window uses your Uplift account: the videos were added here. To use the sandbox, quit and start it with --sandbox.</source>
        <translation>Uplift Capture wurde erneut für die Sandbox gestartet, aber dieses Fenster verwendet Ihr Uplift-Konto: Die Videos wurden hier hinzugefügt. Um die Sandbox zu verwenden, beenden Sie das Programm und starten Sie es mit --sandbox.</translation>
    </message>
</context>
</TS>