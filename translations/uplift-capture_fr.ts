<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountSettings</name>
    <message>
        <source>Uploads wait for an API key: enter it in Settings.</source>
        <translation>Les envois attendent une clé d’API : saisissez-la dans les Réglages.</translation>
    </message>
    <message>
        <source>The API key was saved in the keychain.</source>
        <translation>La clé d’API a été enregistrée dans le trousseau.</translation>
    </message>
    <message>
        <source>The key is used until Uplift Capture quits, but it was not saved: %1</source>
        <translation>La clé est utilisée jusqu’à la fermeture d’Uplift Capture, mais elle n’a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>The athletes cannot be kept on this computer: %1</source>
        <translation>Les athlètes ne peuvent pas être conservés sur cet ordinateur : %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>The server address cannot be used: %1</source>
        <translation>L’adresse du serveur ne peut pas être utilisée : %1</translation>
    </message>
    <message>
        <source>The sandbox starts the next time Uplift Capture starts.</source>
        <translation>Le bac à sable démarre au prochain lancement d’Uplift Capture.</translation>
    </message>
    <message>
        <source>Your Uplift account is used the next time Uplift Capture starts.</source>
        <translation>Votre compte Uplift est utilisé au prochain lancement d’Uplift Capture.</translation>
    </message>
    <message>
        <source>The sandbox is not running yet: it starts the next time Uplift Capture starts.</source>
        <translation>Le bac à sable ne tourne pas encore : il démarre au prochain lancement d’Uplift Capture.</translation>
    </message>
    <message>
        <source>One video is uploaded at a time.</source>
        <translation>Une seule vidéo est envoyée à la fois.</translation>
    </message>
    <message>
        <source>Up to %1 videos are uploaded at the same time.</source>
        <translation>Jusqu’à %1 vidéos sont envoyées en même temps.</translation>
    </message>
    <message>
        <source>Uploads are limited to %1 MB/s.</source>
        <translation>Les envois sont limités à %1 Mo/s.</translation>
    </message>
    <message>
        <source>Uploads are no longer limited in speed.</source>
        <translation>La vitesse des envois n’est plus limitée.</translation>
    </message>
    <message>
        <source>The sandbox is used again the next time Uplift Capture starts.</source>
        <translation>Le bac à sable est de nouveau utilisé au prochain lancement d’Uplift Capture.</translation>
    </message>
    <message>
        <source>Your Uplift account is used the next time Uplift Capture starts without --sandbox.</source>
        <translation>Votre compte Uplift est utilisé au prochain lancement d’Uplift Capture sans --sandbox.</translation>
    </message>
    <message>
        <source>Uplift Capture keeps using your Uplift account.</source>
        <translation>Uplift Capture continue d’utiliser votre compte Uplift.</translation>
    </message>
    <message>
        <source>Videos imported from now on are copied to %1.</source>
        <translation>Les vidéos importées à partir de maintenant sont copiées dans %1.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Could not reach the Uplift server: %1</source>
        <translation>Impossible de joindre le serveur Uplift : %1</translation>
    </message>
    <message>
        <source>The Uplift server did not answer in time.</source>
        <translation>Le serveur Uplift n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The Uplift server sent an answer this program cannot use: %1</source>
        <translation>Le serveur Uplift a envoyé une réponse inutilisable par ce programme : %1</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>La requête n’est pas valide.</translation>
    </message>
    <message>
        <source>The Uplift server refused the request (HTTP %1): %2</source>
        <translation>Le serveur Uplift a refusé la requête (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>The Uplift server answered HTTP %1 without an explanation.</source>
        <translation>Le serveur Uplift a répondu HTTP %1 sans explication.</translation>
    </message>
    <message>
        <source>The Uplift server answered HTTP %1 with a body that is not an Uplift error.</source>
        <translation>Le serveur Uplift a répondu HTTP %1 avec un contenu qui n’est pas une erreur Uplift.</translation>
    </message>
</context>
<context>
    <name>ApiKey</name>
    <message>
        <source>The API key is empty.</source>
        <translation>La clé d’API est vide.</translation>
    </message>
    <message>
        <source>The API key contains a line break or another control character (at position %1). Copy it again from the Uplift dashboard, without line breaks.</source>
        <translation>La clé d’API contient un saut de ligne ou un autre caractère de contrôle (à la position %1). Copiez-la à nouveau depuis le tableau de bord Uplift, sans saut de ligne.</translation>
    </message>
    <message>
        <source>The API key contains a space or a character that is not part of any Uplift key (at position %1). Copy it again from the Uplift dashboard.</source>
        <translation>La clé d’API contient une espace ou un caractère qui ne fait partie d’aucune clé Uplift (à la position %1). Copiez-la à nouveau depuis le tableau de bord Uplift.</translation>
    </message>
</context>
<context>
    <name>Athlete</name>
    <message>
        <source>The custom attribute name %1 is reserved.</source>
        <translation>Le nom d’attribut personnalisé %1 est réservé.</translation>
    </message>
    <message>
        <source>The custom attribute name "%1" must start with a letter or _ and hold only letters, digits, _ and -.</source>
        <translation>Le nom d’attribut personnalisé « %1 » doit commencer par une lettre ou _ et ne contenir que des lettres, des chiffres, _ et -.</translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation>Le prénom est obligatoire.</translation>
    </message>
    <message>
        <source>The date of birth must be a date written YYYY-MM-DD.</source>
        <translation>La date de naissance doit être au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The height (inches) must not be negative.</source>
        <translation>La taille (pouces) ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The weight (pounds) must not be negative.</source>
        <translation>Le poids (livres) ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>an athlete has no id.</source>
        <translation>un athlète n’a pas d’identifiant.</translation>
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
        <translation>Impossible de créer le dossier de la liste des athlètes : %1</translation>
    </message>
    <message>
        <source>The athlete list %1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir la liste des athlètes %1 : %2</translation>
    </message>
    <message>
        <source>The athlete list %1 cannot be used: %2</source>
        <translation>La liste des athlètes %1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>The athlete list could not be saved on this computer (%1).</source>
        <translation>La liste des athlètes n’a pas pu être enregistrée sur cet ordinateur (%1).</translation>
    </message>
</context>
<context>
    <name>AthletePicker</name>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>Athlete</source>
        <translation>Athlète</translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation>Filtre d’équipe</translation>
    </message>
    <message>
        <source>Show only the athletes of one team</source>
        <translation>Afficher uniquement les athlètes d’une équipe</translation>
    </message>
    <message>
        <source>Name, e-mail or team…</source>
        <translation>Nom, e-mail ou équipe…</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Équipe :</translation>
    </message>
</context>
<context>
    <name>AvInput</name>
    <message>
        <source>The file no longer exists</source>
        <translation>Le fichier n’existe plus</translation>
    </message>
    <message>
        <source>The file cannot be read (check its permissions)</source>
        <translation>Le fichier ne peut pas être lu (vérifiez ses droits)</translation>
    </message>
    <message>
        <source>Out of memory while opening the video</source>
        <translation>Mémoire insuffisante à l’ouverture de la vidéo</translation>
    </message>
    <message>
        <source>Not a video file that can be read (%1)</source>
        <translation>Pas un fichier vidéo lisible (%1)</translation>
    </message>
    <message>
        <source>The video's streams cannot be read (%1)</source>
        <translation>Les pistes de la vidéo ne peuvent pas être lues (%1)</translation>
    </message>
</context>
<context>
    <name>CameraBanner</name>
    <message>
        <source>Show…</source>
        <translation>Afficher…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Show the import</source>
        <translation>Afficher l’importation</translation>
    </message>
    <message>
        <source>Import from the camera</source>
        <translation>Importer depuis la caméra</translation>
    </message>
    <message>
        <source>Show the videos on the card, camera or phone, and import the new ones</source>
        <translation>Afficher les vidéos de la carte, de la caméra ou du téléphone, et importer les nouvelles</translation>
    </message>
</context>
<context>
    <name>CameraClipModel</name>
    <message>
        <source>Filmed %1</source>
        <translation>Filmé le %1</translation>
    </message>
    <message>
        <source>File saved %1</source>
        <translation>Fichier enregistré le %1</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Déjà importé</translation>
    </message>
    <message numerus="yes">
        <source>%n chapters: %1</source>
        <extracomment>A GoPro recording the camera split into several files; %1 lists them.</extracomment>
        <translation>
            <numerusform>%n chapitre : %1</numerusform>
            <numerusform>%n chapitres : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>ticked for import</source>
        <translation>coché pour l’import</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>non coché</translation>
    </message>
    <message>
        <source>Space ticks or unticks it</source>
        <translation>Espace le coche ou le décoche</translation>
    </message>
</context>
<context>
    <name>CameraPane</name>
    <message>
        <source>less than a minute left</source>
        <translation>moins d’une minute restante</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>environ %n min restante</numerusform>
            <numerusform>environ %n min restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>environ %1 h %2 min restantes</translation>
    </message>
    <message>
        <source>You can take out %1 now.</source>
        <translation>Vous pouvez maintenant retirer %1.</translation>
    </message>
    <message>
        <source>%1 could not be ejected.</source>
        <translation>Impossible d’éjecter %1.</translation>
    </message>
    <message>
        <source>%1 was not ejected: %2</source>
        <translation>Impossible d’éjecter %1 : %2</translation>
    </message>
    <message>
        <source>the phone “%1”</source>
        <translation>le téléphone « %1 »</translation>
    </message>
    <message>
        <source>the camera “%1”</source>
        <translation>la caméra « %1 »</translation>
    </message>
    <message>
        <source>the card “%1”</source>
        <translation>la carte « %1 »</translation>
    </message>
    <message>
        <source>%1 is back: the import goes on where it stopped.</source>
        <translation>Reconnexion de %1 : l’importation reprend là où elle s’était arrêtée.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Rien de nouveau</translation>
    </message>
    <message>
        <source>1 new clip</source>
        <translation>1 nouveau clip</translation>
    </message>
    <message numerus="yes">
        <source>%n new clips</source>
        <translation>
            <numerusform>%n nouveau clip</numerusform>
            <numerusform>%n nouveaux clips</numerusform>
        </translation>
    </message>
    <message>
        <source>No card, camera or phone is connected.</source>
        <translation>Aucune carte, caméra ou téléphone n’est connecté.</translation>
    </message>
    <message>
        <source>Put a camera's card in the card reader, or connect a camera or phone with its cable: its videos are listed here.</source>
        <translation>Insérez la carte d’une caméra dans le lecteur de cartes, ou branchez une caméra ou un téléphone avec son câble : ses vidéos s’affichent ici.</translation>
    </message>
    <message>
        <source>Choose a card, camera or phone on the left.</source>
        <translation>Choisissez une carte, une caméra ou un téléphone à gauche.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>There are no videos on %1.</source>
        <translation>Il n’y a aucune vidéo sur %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n videos; checking which were imported before…</source>
        <translation>
            <numerusform>%1 : %n vidéo ; vérification des importations précédentes…</numerusform>
            <numerusform>%1 : %n vidéos ; vérification des importations précédentes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new on %1: its %n videos were imported before.</source>
        <translation>
            <numerusform>Rien de nouveau sur %1 : %n vidéo, déjà importée.</numerusform>
            <numerusform>Rien de nouveau sur %1 : %n vidéos, toutes déjà importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: 1 new video.</source>
        <translation>%1 : 1 nouvelle vidéo.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new videos.</source>
        <translation>
            <numerusform>%1 : %n nouvelle vidéo.</numerusform>
            <numerusform>%1 : %n nouvelles vidéos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new videos, %2 imported before.</source>
        <translation>
            <numerusform>%1 : %n nouvelle vidéo (déjà importées : %2).</numerusform>
            <numerusform>%1 : %n nouvelles vidéos (déjà importées : %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>No videos on it.</source>
        <translation>Aucune vidéo.</translation>
    </message>
    <message>
        <source>Stop Import</source>
        <translation>Arrêter l’importation</translation>
    </message>
    <message>
        <source>Stop copying; the clips copied so far stay in your library</source>
        <translation>Arrêter la copie ; les clips déjà copiés restent dans votre bibliothèque</translation>
    </message>
    <message>
        <source>Import 1 Clip</source>
        <translation>Importer 1 clip</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Clips</source>
        <translation>
            <numerusform>Importer %n clip</numerusform>
            <numerusform>Importer %n clips</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the ticked clips into %1</source>
        <translation>Copier les clips cochés dans %1</translation>
    </message>
    <message>
        <source>Nothing new to import: tick the clips to copy.</source>
        <translation>Rien de nouveau à importer : cochez les clips à copier.</translation>
    </message>
    <message>
        <source>Starting to copy from %1…</source>
        <translation>Début de la copie depuis %1…</translation>
    </message>
    <message>
        <source>Copying file %1 of %2</source>
        <translation>Copie du fichier %1 sur %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 was taken out while copying: %2 of %3 clips are in your library. Put it back in and the import goes on where it stopped.</source>
        <translation>Copie interrompue par le retrait de %1 : %2 clips sur %3 sont dans votre bibliothèque. Rebranchez l’appareil ou réinsérez la carte, et l’importation reprendra là où elle s’était arrêtée.</translation>
    </message>
    <message>
        <source>Import stopped: %1 of %2 clips are in your library (%3).</source>
        <translation>Importation arrêtée : %1 clips sur %2 sont dans votre bibliothèque (%3).</translation>
    </message>
    <message>
        <source>Nothing new: every chosen clip was imported before.</source>
        <translation>Rien de nouveau : tous les clips choisis ont déjà été importés.</translation>
    </message>
    <message>
        <source>1 clip imported into %1; it is in the ready list.</source>
        <translation>1 clip importé dans %1 ; il est dans la liste des vidéos prêtes.</translation>
    </message>
    <message numerus="yes">
        <source>%n clips imported into %1; they are in the ready list.</source>
        <translation>
            <numerusform>%n clip importé dans %1 ; il est dans la liste des vidéos prêtes.</numerusform>
            <numerusform>%n clips importés dans %1 ; ils sont dans la liste des vidéos prêtes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 clips imported. %3</source>
        <translation>%1 clips sur %2 importés. %3</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more could not be copied)</source>
        <translation>
            <numerusform>(et %n autre n’a pas pu être copié)</numerusform>
            <numerusform>(et %n autres n’ont pas pu être copiés)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is still being copied from: wait until the import is done, or stop it, then eject it.</source>
        <translation>La copie depuis %1 est encore en cours : attendez la fin de l’importation, ou arrêtez-la, puis lancez l’éjection.</translation>
    </message>
    <message>
        <source>Ejecting %1…</source>
        <translation>Éjection de %1…</translation>
    </message>
    <message>
        <source>Importing from %1</source>
        <translation>Importation depuis %1</translation>
    </message>
    <message>
        <source>file %1 of %2</source>
        <translation>fichier %1 sur %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Two cards, cameras or phones, e.g. "the card “EOS_DIGITAL” and the phone “Pixel 7”".</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message numerus="yes">
        <source>%n cards, cameras or phones</source>
        <translation>
            <numerusform>%n carte, caméra ou téléphone</numerusform>
            <numerusform>%n cartes, caméras ou téléphones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: 1 new clip</source>
        <translation>%1 : 1 nouveau clip</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new clips</source>
        <translation>
            <numerusform>%1 : %n nouveau clip</numerusform>
            <numerusform>%1 : %n nouveaux clips</numerusform>
        </translation>
    </message>
    <message>
        <source>Cards, cameras and phones</source>
        <translation>Cartes, caméras et téléphones</translation>
    </message>
    <message>
        <source>Videos on the card</source>
        <translation>Vidéos de la carte</translation>
    </message>
    <message>
        <source>Tick All New</source>
        <translation>Cocher tous les nouveaux</translation>
    </message>
    <message>
        <source>Tick all new clips</source>
        <translation>Cocher tous les nouveaux clips</translation>
    </message>
    <message>
        <source>Untick All</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <source>Untick all clips</source>
        <translation>Décocher tous les clips</translation>
    </message>
    <message>
        <source>Eject</source>
        <translation>Éjecter</translation>
    </message>
    <message>
        <source>Unmount the card (or camera, or phone) so that it can be taken out safely</source>
        <translation>Démonter la carte (ou la caméra, ou le téléphone) pour la retirer en toute sécurité</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’importation</translation>
    </message>
    <message>
        <source>What is on the card</source>
        <translation>Contenu de la carte</translation>
    </message>
    <message>
        <source>%1 stopped answering while copying: %2 of %3 clips are in your library. Take it out and put it back in, and the import goes on where it stopped.</source>
        <translation>%1 a cessé de répondre pendant la copie : %2 clips sur %3 sont dans votre bibliothèque. Débranchez l’appareil ou retirez la carte puis remettez-la, et l’importation reprendra là où elle s’était arrêtée.</translation>
    </message>
</context>
<context>
    <name>CameraSource</name>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Memory card</source>
        <translation>Carte mémoire</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a file, not a card or a folder.</source>
        <translation>%1 est un fichier, pas une carte ni un dossier.</translation>
    </message>
    <message>
        <source>%1 has no DCIM folder and no AVCHD folder: it does not look like a camera's card.</source>
        <translation>%1 n’a ni dossier DCIM ni dossier AVCHD : cela ne ressemble pas à une carte de caméra.</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <source>a capture has no session_id.</source>
        <translation>une capture n’a pas de session_id.</translation>
    </message>
    <message>
        <source>the capture member %1 is not a string.</source>
        <translation>le champ %1 de la capture n’est pas une chaîne.</translation>
    </message>
    <message>
        <source>the capture_time of a capture is not a date-time.</source>
        <translation>le capture_time d’une capture n’est pas une date et heure.</translation>
    </message>
    <message>
        <source>the fps_detected of a capture is not a number.</source>
        <translation>le fps_detected d’une capture n’est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>CaptureDraft</name>
    <message>
        <source>Choose the athlete</source>
        <translation>Choisissez l’athlète</translation>
    </message>
    <message>
        <source>Choose a session group, or create one with New…</source>
        <translation>Choisissez un groupe de séances ou créez-en un avec Nouveau…</translation>
    </message>
    <message>
        <source>Choose how the camera was set up: front-on or down-the-line</source>
        <translation>Choisissez la position de la caméra : de face ou down-the-line</translation>
    </message>
    <message>
        <source>Choose the activity</source>
        <translation>Choisissez l’activité</translation>
    </message>
    <message>
        <source>Choose the movement</source>
        <translation>Choisissez le mouvement</translation>
    </message>
    <message>
        <source>%1: choose one; this movement needs it</source>
        <translation>%1 : choisissez une valeur ; ce mouvement l’exige</translation>
    </message>
</context>
<context>
    <name>CaptureForm</name>
    <message>
        <source>Describe the capture</source>
        <translation>Décrire la capture</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Athlete</source>
        <translation>Athlète</translation>
    </message>
    <message>
        <source>Type a name, e-mail or team to find the athlete</source>
        <translation>Saisissez un nom, un e-mail ou une équipe pour trouver l’athlète</translation>
    </message>
    <message>
        <source>New athlete</source>
        <translation>Nouvel athlète</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Créer…</translation>
    </message>
    <message>
        <source>Create a new athlete (Ctrl+Shift+N)</source>
        <translation>Créer un nouvel athlète (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Session group</source>
        <translation>Groupe de séances</translation>
    </message>
    <message>
        <source>The session these clips belong to; one athlete's session</source>
        <translation>La séance à laquelle appartiennent ces clips ; la séance d’un athlète</translation>
    </message>
    <message>
        <source>New session group</source>
        <translation>Nouveau groupe de séances</translation>
    </message>
    <message>
        <source>Start a new session group for this athlete (Ctrl+Shift+G)</source>
        <translation>Commencer un nouveau groupe de séances pour cet athlète (Ctrl+Maj+G)</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Camera front-on</source>
        <translation>Caméra de face</translation>
    </message>
    <message>
        <source>&amp;Front-on</source>
        <translation>De &amp;face</translation>
    </message>
    <message>
        <source>The camera faces the athlete (Alt+F)</source>
        <translation>La caméra fait face à l’athlète (Alt+F)</translation>
    </message>
    <message>
        <source>Camera down-the-line</source>
        <translation>Caméra down-the-line</translation>
    </message>
    <message>
        <source>&amp;Down-the-line</source>
        <translation>&amp;Down-the-line</translation>
    </message>
    <message>
        <source>The camera looks along the target line from behind the athlete (Alt+D)</source>
        <translation>La caméra regarde le long de la ligne de jeu, derrière l’athlète (Alt+D)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Camera orientation</source>
        <translation>Orientation de la caméra</translation>
    </message>
    <message>
        <source>How the camera was held; filled in from the video</source>
        <translation>Comment la caméra était tenue ; repris de la vidéo</translation>
    </message>
    <message>
        <source>Orientation source</source>
        <translation>Origine de l’orientation</translation>
    </message>
    <message>
        <source>Advanced camera settings</source>
        <translation>Réglages avancés de la caméra</translation>
    </message>
    <message>
        <source>Extra camera settings</source>
        <translation>Réglages supplémentaires de la caméra</translation>
    </message>
    <message>
        <source>Extra key/value pairs sent with the camera configuration</source>
        <translation>Paires clé/valeur supplémentaires envoyées avec la configuration de la caméra</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>Autres détails</translation>
    </message>
    <message>
        <source>Other movement details</source>
        <translation>Autres détails du mouvement</translation>
    </message>
    <message>
        <source>Further movement dimensions as key/value pairs</source>
        <translation>Autres dimensions du mouvement sous forme de paires clé/valeur</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Filmé</translation>
    </message>
    <message>
        <source>Capture time</source>
        <translation>Heure de la capture</translation>
    </message>
    <message>
        <source>When the clip was filmed; never in the future</source>
        <translation>Quand le clip a été filmé ; jamais dans le futur</translation>
    </message>
    <message>
        <source>Capture time source</source>
        <translation>Origine de l’heure de capture</translation>
    </message>
    <message>
        <source>Why uploading is not possible yet</source>
        <translation>Pourquoi l’envoi n’est pas encore possible</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Queue the selected clips for upload (Ctrl+Enter)</source>
        <translation>Mettre en file d’attente les clips sélectionnés pour l’envoi (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Required for this movement</source>
        <translation>Obligatoire pour ce mouvement</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Describe&lt;/b&gt; — select clips in the list</source>
        <translation>&lt;b&gt;Décrire&lt;/b&gt; — sélectionnez des clips dans la liste</translation>
    </message>
    <message>
        <source>&lt;b&gt;Describe 1 clip&lt;/b&gt;</source>
        <translation>&lt;b&gt;Décrire 1 clip&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Describe %n clips&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Décrire %n clip&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Décrire %n clips&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload 1 clip</source>
        <translation>Envoyer 1 clip</translation>
    </message>
    <message numerus="yes">
        <source>Upload %n clips</source>
        <translation>
            <numerusform>Envoyer %n clip</numerusform>
            <numerusform>Envoyer %n clips</numerusform>
        </translation>
    </message>
    <message>
        <source>each clip as filmed</source>
        <translation>selon le clip</translation>
    </message>
    <message>
        <source>from the video</source>
        <translation>d’après la vidéo</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>choisi par vous</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>défini par vous</translation>
    </message>
    <message>
        <source>each clip keeps its own time</source>
        <translation>chaque clip à son heure</translation>
    </message>
    <message>
        <source>from the file date</source>
        <translation>d’après la date du fichier</translation>
    </message>
    <message>
        <source>As filmed (each clip)</source>
        <translation>Tel que filmé (chaque clip)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>What the athlete does, e.g. Golf</source>
        <translation>Ce que fait l’athlète, p. ex. Golf</translation>
    </message>
    <message>
        <source>Which movement of the activity, e.g. Full swing</source>
        <translation>Quel mouvement de l’activité, p. ex. Swing complet</translation>
    </message>
    <message>
        <source>Filled in from the last upload</source>
        <translation>Repris du dernier envoi</translation>
    </message>
    <message>
        <source>Filled in as last time for this athlete</source>
        <translation>Rempli comme la dernière fois pour cet athlète</translation>
    </message>
    <message>
        <source>&lt;i&gt;In italics&lt;/i&gt;: as last time for %1. Check, then upload.</source>
        <translation>&lt;i&gt;En italique&lt;/i&gt; : comme la dernière fois pour %1. Vérifiez, puis envoyez.</translation>
    </message>
    <message>
        <source>e.g. Golf</source>
        <translation>p. ex. Golf</translation>
    </message>
    <message>
        <source>e.g. Full swing</source>
        <translation>p. ex. Swing complet</translation>
    </message>
    <message>
        <source>Portrait — from the video</source>
        <translation>Portrait — d’après la vidéo</translation>
    </message>
    <message>
        <source>Landscape — from the video</source>
        <translation>Paysage — d’après la vidéo</translation>
    </message>
</context>
<context>
    <name>CaptureSpec</name>
    <message>
        <source>Choose an athlete (athlete_id is required).</source>
        <translation>Choisissez un athlète (athlete_id est obligatoire).</translation>
    </message>
    <message>
        <source>The athlete id (athlete_id) is not a valid UUID.</source>
        <translation>L’identifiant de l’athlète (athlete_id) n’est pas un UUID valide.</translation>
    </message>
    <message>
        <source>A session group (session_group_id) is required.</source>
        <translation>Un groupe de séances (session_group_id) est obligatoire.</translation>
    </message>
    <message>
        <source>The session group id (session_group_id) is not a valid UUID.</source>
        <translation>L’identifiant du groupe de séances (session_group_id) n’est pas un UUID valide.</translation>
    </message>
    <message>
        <source>Choose a camera setup (camera_setup_selection is required).</source>
        <translation>Choisissez une position de caméra (camera_setup_selection est obligatoire).</translation>
    </message>
    <message>
        <source>The camera setup (camera_setup_selection) must be single.front_on or single.down_the_line.</source>
        <translation>La position de caméra (camera_setup_selection) doit être single.front_on ou single.down_the_line.</translation>
    </message>
    <message>
        <source>The camera orientation (camera_orientation) must be portrait or landscape.</source>
        <translation>L’orientation de la caméra (camera_orientation) doit être portrait ou landscape.</translation>
    </message>
    <message>
        <source>The camera key %1 cannot be given as an extra key.</source>
        <translation>La clé de caméra %1 ne peut pas être donnée comme clé supplémentaire.</translation>
    </message>
    <message>
        <source>A camera key must not be blank.</source>
        <translation>Une clé de caméra ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Choose an activity (activity is required).</source>
        <translation>Choisissez une activité (activity est obligatoire).</translation>
    </message>
    <message numerus="yes">
        <source>The activity must be at most %n characters.</source>
        <translation>
            <numerusform>L’activité doit faire au plus %n caractère.</numerusform>
            <numerusform>L’activité doit faire au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a movement (movement is required).</source>
        <translation>Choisissez un mouvement (movement est obligatoire).</translation>
    </message>
    <message numerus="yes">
        <source>The movement must be at most %n characters.</source>
        <translation>
            <numerusform>Le mouvement doit faire au plus %n caractère.</numerusform>
            <numerusform>Le mouvement doit faire au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The movement key %1 cannot be given as a dimension.</source>
        <translation>La clé de mouvement %1 ne peut pas être donnée comme dimension.</translation>
    </message>
    <message>
        <source>A movement dimension name must not be blank.</source>
        <translation>Le nom d’une dimension du mouvement ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A file name (file_name) is required.</source>
        <translation>Un nom de fichier (file_name) est obligatoire.</translation>
    </message>
    <message>
        <source>The file name (file_name) must not be blank.</source>
        <translation>Le nom de fichier (file_name) ne peut pas être vide.</translation>
    </message>
    <message numerus="yes">
        <source>The file name must be at most %n characters.</source>
        <translation>
            <numerusform>Le nom de fichier doit faire au plus %n caractère.</numerusform>
            <numerusform>Le nom de fichier doit faire au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file name must not contain / or \.</source>
        <translation>Le nom de fichier ne peut contenir ni / ni \.</translation>
    </message>
    <message>
        <source>The file name must end in .mov.</source>
        <translation>Le nom de fichier doit se terminer par .mov.</translation>
    </message>
    <message>
        <source>The file name needs a name before .mov.</source>
        <translation>Le nom de fichier doit avoir un nom avant .mov.</translation>
    </message>
    <message>
        <source>The capture time (capture_time) is in the future.</source>
        <translation>L’heure de capture (capture_time) est dans le futur.</translation>
    </message>
    <message>
        <source>The field %1 must be a string.</source>
        <translation>Le champ %1 doit être une chaîne.</translation>
    </message>
    <message>
        <source>The field camera_configuration must be an object.</source>
        <translation>Le champ camera_configuration doit être un objet.</translation>
    </message>
    <message>
        <source>The field movement_attributes must be an object.</source>
        <translation>Le champ movement_attributes doit être un objet.</translation>
    </message>
    <message>
        <source>The capture time (capture_time) is not an ISO 8601 date-time with a time zone.</source>
        <translation>L’heure de capture (capture_time) n’est pas une date et heure ISO 8601 avec fuseau horaire.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>uplift-capture %1: %2</source>
        <translation>uplift-capture %1 : %2</translation>
    </message>
    <message>
        <source>Stopped by signal %1. Unfinished jobs stay in the queue: run the same command again (or open the window) to carry on; an interrupted upload starts again from the beginning.</source>
        <translation>Arrêté par le signal %1. Les tâches inachevées restent dans la file : relancez la même commande (ou ouvrez la fenêtre) pour continuer ; un envoi interrompu recommence depuis le début.</translation>
    </message>
    <message>
        <source>Upload videos to Uplift through the same queue as the window. Everything is checked before anything is sent.</source>
        <translation>Envoyer des vidéos à Uplift par la même file que la fenêtre. Tout est vérifié avant le moindre envoi.</translation>
    </message>
    <message>
        <source>%1 is already in the queue as job %2; following it.</source>
        <translation>%1 est déjà dans la file comme tâche %2 ; elle est suivie.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Print JSON, with each job's history.</source>
        <translation>Afficher du JSON, avec l’historique de chaque tâche.</translation>
    </message>
    <message>
        <source>List the upload queue.</source>
        <translation>Lister la file d’envoi.</translation>
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
        <translation>Le numéro de la tâche, tel que l’affiche `uplift-capture jobs`.</translation>
    </message>
    <message>
        <source>Wait until Uplift has processed the file.</source>
        <translation>Attendre qu’Uplift ait traité le fichier.</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>Afficher un objet JSON par ligne.</translation>
    </message>
    <message>
        <source>The Uplift API's base URL.</source>
        <translation>L’URL de base de l’API Uplift.</translation>
    </message>
    <message>
        <source>Put a failed or cancelled job back in the queue and upload it.</source>
        <translation>Remettre dans la file une tâche échouée ou annulée et l’envoyer.</translation>
    </message>
    <message>
        <source>Cancel a job that has not been uploaded yet.</source>
        <translation>Annuler une tâche qui n’a pas encore été envoyée.</translation>
    </message>
    <message>
        <source>uplift-capture %1: name one job number.</source>
        <translation>uplift-capture %1 : indiquez un numéro de tâche.</translation>
    </message>
    <message>
        <source>There is no job %1.</source>
        <translation>Il n’y a pas de tâche %1.</translation>
    </message>
    <message>
        <source>Job %1 is %2 and cannot be cancelled.</source>
        <translation>La tâche %1 est %2 et ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Job %1 cancelled.</source>
        <translation>Tâche %1 annulée.</translation>
    </message>
    <message>
        <source>Job %1 could not be cancelled.</source>
        <translation>La tâche %1 n’a pas pu être annulée.</translation>
    </message>
    <message>
        <source>Only athletes whose name or email contains TEXT.</source>
        <translation>Seulement les athlètes dont le nom ou l’e-mail contient TEXT.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>List the athletes of the account.</source>
        <translation>Lister les athlètes du compte.</translation>
    </message>
    <message>
        <source>%1	%2	%3</source>
        <translation>%1	%2	%3</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue : %1</translation>
    </message>
    <message>
        <source>This program cannot start the sandbox; run `uplift-capture sandbox` and give its address with --api-url instead.</source>
        <translation>Ce programme ne peut pas démarrer le bac à sable ; lancez plutôt `uplift-capture sandbox` et indiquez son adresse avec --api-url.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Le bac à sable n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>With --sandbox the command uses the sandbox window's queue; while that window is open, add the videos there, or close it and run the command again.</source>
        <translation>Avec --sandbox, la commande utilise la file de la fenêtre du bac à sable ; tant que cette fenêtre est ouverte, ajoutez-y les vidéos, ou fermez-la et relancez la commande.</translation>
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
        <translation>Codes de sortie :
  0  tous les fichiers envoyés (avec --wait : traités)
  1  autre échec (pas de clé d’API, file occupée ou illisible, annulé)
  2  erreur d’utilisation ou de validation ; rien n’a été envoyé
  3  l’API ou S3 a refusé un fichier définitivement
  4  un fichier a échoué jusqu’à épuisement de ses nouvelles tentatives
  5  envoyé, mais le traitement s’est terminé par une erreur (--wait)
  6  un clip déjà envoyé (ou en échec) a été laissé de côté : réponse non, ou pas
     de terminal pour poser la question et pas de --again
  130 arrêté par Ctrl-C ou SIGTERM ; les tâches inachevées restent dans la file</translation>
    </message>
    <message>
        <source>y</source>
        <comment>the short yes of [y/N]</comment>
        <translation>o</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 was already uploaded for %2 on %3 (job %4).</source>
        <translation>%1 a déjà été envoyé pour %2 le %3 (tâche %4).</translation>
    </message>
    <message>
        <source>%1 was already queued for %2 on %3 as job %4, which failed; `uplift-capture retry %4` tries that job again.</source>
        <translation>%1 a déjà été mis en file d’attente pour %2 le %3 comme tâche %4, qui a échoué ; `uplift-capture retry %4` réessaie cette tâche.</translation>
    </message>
    <message>
        <source>%1 was already uploaded as job %2, which Uplift is processing; following it.</source>
        <translation>%1 a déjà été envoyé comme tâche %2, qu’Uplift est en train de traiter ; elle est suivie.</translation>
    </message>
    <message>
        <source>%1 Upload it again? [y/N]</source>
        <translation>%1 L’envoyer à nouveau ? [o/N]</translation>
    </message>
    <message>
        <source>%1 Not uploaded again; add --again to upload it anyway.</source>
        <translation>%1 Il n’est pas envoyé à nouveau ; ajoutez --again pour l’envoyer quand même.</translation>
    </message>
    <message>
        <source>%1 is left out.</source>
        <translation>%1 est laissé de côté.</translation>
    </message>
    <message>
        <source>List the sandbox's queue (the jobs of `uplift-capture --sandbox`) instead of your account's.</source>
        <translation>Lister la file du bac à sable (les tâches de `uplift-capture --sandbox`) au lieu de celle de votre compte.</translation>
    </message>
    <message numerus="yes">
        <source>Your account's queue is empty; %n job(s) are in the sandbox's: uplift-capture jobs --sandbox</source>
        <translation>
            <numerusform>La file de votre compte est vide ; %n tâche se trouve dans celle du bac à sable : uplift-capture jobs --sandbox</numerusform>
            <numerusform>La file de votre compte est vide ; %n tâches se trouvent dans celle du bac à sable : uplift-capture jobs --sandbox</numerusform>
        </translation>
    </message>
    <message>
        <source>A job of the sandbox's queue (`uplift-capture jobs --sandbox`); while the sandbox window is open, use the window.</source>
        <translation>Une tâche de la file du bac à sable (`uplift-capture jobs --sandbox`) ; tant que la fenêtre du bac à sable est ouverte, utilisez la fenêtre.</translation>
    </message>
    <message>
        <source>uplift-capture %1: --sandbox and --api-url cannot be used together: the sandbox runs on this computer.</source>
        <translation>uplift-capture %1 : --sandbox et --api-url ne peuvent pas être utilisés ensemble : le bac à sable tourne sur cet ordinateur.</translation>
    </message>
    <message>
        <source>List the sandbox's athletes (those of `uplift-capture --sandbox`) instead of your account's. While the sandbox window is open, those it last loaded.</source>
        <translation>Lister les athlètes du bac à sable (ceux de `uplift-capture --sandbox`) au lieu de ceux de votre compte. Tant que la fenêtre du bac à sable est ouverte, ceux qu’elle a chargés en dernier.</translation>
    </message>
    <message>
        <source>uplift-capture athletes: --sandbox and --api-url cannot be used together: the sandbox runs on this computer.</source>
        <translation>uplift-capture athletes : --sandbox et --api-url ne peuvent pas être utilisés ensemble : le bac à sable tourne sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The sandbox is in use by another Uplift Capture (process %1), which has not loaded its athletes yet. %2</source>
        <translation>Le bac à sable est utilisé par un autre Uplift Capture (processus %1), qui n’a pas encore chargé ses athlètes. %2</translation>
    </message>
    <message>
        <source>The sandbox window is open (process %1): these are the athletes it last loaded.</source>
        <translation>La fenêtre du bac à sable est ouverte (processus %1) : voici les athlètes qu’elle a chargés en dernier.</translation>
    </message>
    <message>
        <source>Upload videos to Uplift through the window's queue.</source>
        <translation>Envoyer des vidéos à Uplift par la file de la fenêtre.</translation>
    </message>
    <message>
        <source>List the upload queue and each job's state.</source>
        <translation>Lister la file d’envoi et l’état de chaque tâche.</translation>
    </message>
    <message>
        <source>List the athletes of the account, with their ids.</source>
        <translation>Lister les athlètes du compte, avec leurs identifiants.</translation>
    </message>
    <message>
        <source>Put a failed or cancelled job back in the queue.</source>
        <translation>Remettre dans la file une tâche échouée ou annulée.</translation>
    </message>
    <message>
        <source>The takes to listen to: any video the upload command takes.</source>
        <translation>Les prises à écouter : toute vidéo acceptée par la commande upload.</translation>
    </message>
    <message>
        <source>With --movement: the movement filmed, which sets the seconds before and after each impact and the shortest time between two strikes (default: 2 s, 2 s and 2 s).</source>
        <translation>Avec --movement : le mouvement filmé, qui fixe les secondes avant et après chaque impact et le temps minimal entre deux frappes (par défaut : 2 s, 2 s et 2 s).</translation>
    </message>
    <message>
        <source>The movement, with --activity.</source>
        <translation>Le mouvement, avec --activity.</translation>
    </message>
    <message>
        <source>Print one JSON object per file and line: {"file", "audio", "impacts": [{"time", "start", "end", "strength_db"}]}, times in seconds from the first video frame.</source>
        <translation>Afficher un objet JSON par fichier et par ligne : {"file", "audio", "impacts": [{"time", "start", "end", "strength_db"}]}, temps en secondes depuis la première image de la vidéo.</translation>
    </message>
    <message>
        <source>List the impacts heard in each take's sound (a ball struck, a landing) and the part around each that `upload --split-at-impacts` would upload; nothing is sent. Times are seconds from the first video frame; strength is the strike's level in dB (0: full scale).</source>
        <translation>Lister les impacts entendus dans le son de chaque prise (une balle frappée, une réception au sol) et la partie autour de chacun que `upload --split-at-impacts` enverrait ; rien n’est envoyé. Les temps sont en secondes depuis la première image de la vidéo ; la force est le niveau de la frappe en dB (0 : pleine échelle).</translation>
    </message>
    <message>
        <source>Exit codes:
  0  every file was listened to (a take without sound or without an impact included)
  2  usage error, or a file could not be read (named, with the reason, on stderr;
     the other files are still listed)</source>
        <translation>Codes de sortie :
  0  tous les fichiers ont été écoutés (y compris une prise sans son ou sans impact)
  2  erreur d’utilisation, ou un fichier n’a pas pu être lu (nommé, avec la raison,
     sur stderr ; les autres fichiers sont tout de même listés)</translation>
    </message>
    <message>
        <source>uplift-capture impacts: name at least one video file.</source>
        <translation>uplift-capture impacts : indiquez au moins un fichier vidéo.</translation>
    </message>
    <message>
        <source>uplift-capture impacts: --activity and --movement go together: the movement sets the parts.</source>
        <translation>uplift-capture impacts : --activity et --movement vont ensemble : le mouvement détermine les parties.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1 : le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1: the file is not there.</source>
        <translation>%1 : le fichier est introuvable.</translation>
    </message>
    <message>
        <source>not a video this program can read.</source>
        <translation>pas une vidéo que ce programme peut lire.</translation>
    </message>
    <message>
        <source><byte value="xd" />Listening to %1… %2 %</source>
        <translation><byte value="xd" />Écoute de %1… %2 %</translation>
    </message>
    <message>
        <source>List the impacts heard in videos and the parts a split at impacts makes; nothing is sent.</source>
        <translation>Lister les impacts entendus dans les vidéos et les parties que produit une division aux impacts ; rien n’est envoyé.</translation>
    </message>
    <message>
        <source>List the cards, cameras and phones and their new clips.</source>
        <translation>Lister les cartes, caméras et téléphones et leurs nouveaux clips.</translation>
    </message>
    <message>
        <source>Copy the new clips of a card, camera or phone into a folder.</source>
        <translation>Copier les nouveaux clips d’une carte, d’une caméra ou d’un téléphone dans un dossier.</translation>
    </message>
</context>
<context>
    <name>ClipIdentity</name>
    <message>
        <source>The card did not answer while reading %1.</source>
        <translation>La carte n’a pas répondu pendant la lecture de %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 changed while it was read.</source>
        <translation>%1 a changé pendant sa lecture.</translation>
    </message>
</context>
<context>
    <name>ClipImport</name>
    <message>
        <source>Cannot write into %1: %2</source>
        <translation>Impossible d’écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1 on the card: %2</source>
        <translation>Impossible de lire %1 sur la carte : %2</translation>
    </message>
    <message>
        <source>The card was taken out while %1 was being copied.</source>
        <translation>La carte a été retirée pendant la copie de %1.</translation>
    </message>
    <message>
        <source>The card stopped answering while %1 was being copied.</source>
        <translation>La carte a cessé de répondre pendant la copie de %1.</translation>
    </message>
    <message>
        <source>%1 is full: %2 could not be copied.</source>
        <translation>%1 est plein : %2 n’a pas pu être copié.</translation>
    </message>
    <message>
        <source>Cannot write %1 into %2: %3</source>
        <translation>Impossible d’écrire %1 dans %2 : %3</translation>
    </message>
    <message>
        <source>The copy of %1 does not match the card: it was not kept.</source>
        <translation>La copie de %1 ne correspond pas à la carte : elle n’a pas été conservée.</translation>
    </message>
    <message>
        <source>Cannot name the copy of %1: %2</source>
        <translation>Impossible de nommer la copie de %1 : %2</translation>
    </message>
    <message>
        <source>Too many files are called %1 in %2.</source>
        <translation>Trop de fichiers s’appellent %1 dans %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Put it back in to copy the rest: the import goes on where it stopped.</source>
        <translation>Réinsérez-la pour copier le reste : l’importation reprend là où elle s’était arrêtée.</translation>
    </message>
    <message>
        <source>The import was stopped.</source>
        <translation>L’importation a été arrêtée.</translation>
    </message>
    <message>
        <source>Cannot check copies: the system gave no random numbers.</source>
        <translation>Impossible de vérifier les copies : le système ne fournit pas de nombres aléatoires.</translation>
    </message>
    <message>
        <source>Cannot check the copy of %1.</source>
        <translation>Impossible de vérifier la copie de %1.</translation>
    </message>
    <message>
        <source>Take it out and put it back in to copy the rest: the import goes on where it stopped.</source>
        <translation>Retirez-la puis réinsérez-la pour copier le reste : l’importation reprend là où elle s’était arrêtée.</translation>
    </message>
</context>
<context>
    <name>ClipRange</name>
    <message>
        <source>"%1" is not a range: write START-END, e.g. 12.5-16 or 1:02-1:06.5</source>
        <translation>« %1 » n’est pas un intervalle : écrivez DÉBUT-FIN, p. ex. 12.5-16 ou 1:02-1:06.5</translation>
    </message>
    <message>
        <source>"%1" is not a range: each side is seconds (12.5) or [hh:]mm:ss[.fff] (1:02.5)</source>
        <translation>« %1 » n’est pas un intervalle : chaque côté est en secondes (12.5) ou [hh:]mm:ss[.fff] (1:02.5)</translation>
    </message>
    <message>
        <source>The range %1 ends before it starts</source>
        <translation>L’intervalle %1 finit avant de commencer</translation>
    </message>
    <message>
        <source>The range %1–%2 ends before it starts</source>
        <translation>L’intervalle %1–%2 finit avant de commencer</translation>
    </message>
    <message>
        <source>The range %1–%2 starts after the end of the video (%3)</source>
        <translation>L’intervalle %1–%2 commence après la fin de la vidéo (%3)</translation>
    </message>
    <message>
        <source>The ranges %1–%2 and %3–%4 overlap</source>
        <translation>Les intervalles %1–%2 et %3–%4 se chevauchent</translation>
    </message>
</context>
<context>
    <name>ClipRemux</name>
    <message>
        <source>Preparation was cancelled</source>
        <translation>La préparation a été annulée</translation>
    </message>
    <message>
        <source>This video cannot go into a .mov without re-encoding</source>
        <translation>Cette vidéo ne peut pas aller dans un .mov sans réencodage</translation>
    </message>
    <message>
        <source>The range ends before it starts</source>
        <translation>L’intervalle finit avant de commencer</translation>
    </message>
    <message>
        <source>The range starts after the end of the video</source>
        <translation>L’intervalle commence après la fin de la vidéo</translation>
    </message>
    <message>
        <source>Not enough free space to prepare the clip: it needs %1 MB, %2 MB are free in %3</source>
        <translation>Pas assez d’espace libre pour préparer le clip : il faut %1 Mo, %2 Mo sont libres dans %3</translation>
    </message>
    <message>
        <source>The video cannot be read at %1 s</source>
        <translation>La vidéo ne peut pas être lue à %1 s</translation>
    </message>
    <message>
        <source>The .mov writer could not start (%1)</source>
        <translation>L’écriture du .mov n’a pas pu commencer (%1)</translation>
    </message>
    <message>
        <source>An audio track cannot go into a .mov without re-encoding</source>
        <translation>Une piste audio ne peut pas aller dans un .mov sans réencodage</translation>
    </message>
    <message>
        <source>Out of memory while preparing the clip</source>
        <translation>Mémoire insuffisante pendant la préparation du clip</translation>
    </message>
    <message>
        <source>The prepared clip cannot be written in %1 (%2)</source>
        <translation>Le clip préparé ne peut pas être écrit dans %1 (%2)</translation>
    </message>
    <message>
        <source>The .mov header cannot be written (%1)</source>
        <translation>L’en-tête du .mov ne peut pas être écrit (%1)</translation>
    </message>
    <message>
        <source>The prepared clip could not be written (%1)</source>
        <translation>Le clip préparé n’a pas pu être écrit (%1)</translation>
    </message>
    <message>
        <source>No video was found in the chosen range</source>
        <translation>Aucune vidéo dans l’intervalle choisi</translation>
    </message>
    <message>
        <source>The prepared clip could not be finished (%1)</source>
        <translation>Le clip préparé n’a pas pu être terminé (%1)</translation>
    </message>
    <message>
        <source>The prepared clip could not be renamed to %1</source>
        <translation>Le clip préparé n’a pas pu être renommé en %1</translation>
    </message>
    <message>
        <source>the recording could not be read after %1 s (%2); the clip ends there</source>
        <translation>l’enregistrement n’a pas pu être lu après %1 s (%2) ; le clip s’arrête là</translation>
    </message>
</context>
<context>
    <name>CoachAccount</name>
    <message>
        <source>Connected: the key works.</source>
        <translation>Connecté : la clé fonctionne.</translation>
    </message>
    <message>
        <source>the list saved on this computer is shown (%1)</source>
        <translation>la liste enregistrée sur cet ordinateur est affichée (%1)</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and this computer's internet connection.</source>
        <translation>Le serveur est injoignable. Vérifiez l’adresse et la connexion Internet de cet ordinateur.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>Le serveur n’a pas répondu à temps. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Something answered at this address, but it is not the Uplift API. Check the address.</source>
        <translation>Quelque chose répond à cette adresse, mais ce n’est pas l’API Uplift. Vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>The server refused this API key. Check that it was copied completely, or make a new one in the Uplift Capture web app.</source>
        <translation>Le serveur a refusé cette clé d’API. Vérifiez qu’elle a été copiée en entier, ou créez-en une nouvelle dans l’application web Uplift Capture.</translation>
    </message>
    <message>
        <source>This API key may not read the athletes. Ask your organisation's admin for a key with access.</source>
        <translation>Cette clé d’API n’a pas le droit de lire les athlètes. Demandez à l’administrateur de votre organisation une clé avec cet accès.</translation>
    </message>
    <message>
        <source>There is no Uplift API at this address. Check the address (it normally ends in /v1).</source>
        <translation>Il n’y a pas d’API Uplift à cette adresse. Vérifiez l’adresse (elle se termine normalement par /v1).</translation>
    </message>
    <message>
        <source>The server is busy (too many requests). Try again in a minute.</source>
        <translation>Le serveur est occupé (trop de requêtes). Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>The Uplift server has a problem right now (HTTP %1). Try again later.</source>
        <translation>Le serveur Uplift rencontre un problème en ce moment (HTTP %1). Réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>No API key is saved yet. Enter it in Settings, or set the environment variable %1.</source>
        <translation>Aucune clé d’API n’est encore enregistrée. Saisissez-la dans les Réglages ou définissez la variable d’environnement %1.</translation>
    </message>
    <message>
        <source>No keychain service is available on this computer (%1), so Uplift Capture cannot keep an API key. Set the environment variable %2 instead.</source>
        <translation>Aucun trousseau n’est disponible sur cet ordinateur (%1) ; Uplift Capture ne peut donc pas conserver de clé d’API. Définissez plutôt la variable d’environnement %2.</translation>
    </message>
    <message>
        <source>The keychain refused to give out the API key (%1). Unlock the keychain, or set the environment variable %2.</source>
        <translation>Le trousseau a refusé de fournir la clé d’API (%1). Déverrouillez le trousseau ou définissez la variable d’environnement %2.</translation>
    </message>
    <message>
        <source>The API key was saved in the keychain, but the environment variable %1 is set and takes precedence.</source>
        <translation>La clé d’API a été enregistrée dans le trousseau, mais la variable d’environnement %1 est définie et a la priorité.</translation>
    </message>
    <message>
        <source>The API key was not saved: no keychain service is available on this computer (%1). It was not written anywhere else; set the environment variable %2 instead.</source>
        <translation>La clé d’API n’a pas été enregistrée : aucun trousseau n’est disponible sur cet ordinateur (%1). Elle n’a été écrite nulle part ailleurs ; définissez plutôt la variable d’environnement %2.</translation>
    </message>
    <message>
        <source>The keychain did not save the API key (%1).</source>
        <translation>Le trousseau n’a pas enregistré la clé d’API (%1).</translation>
    </message>
    <message>
        <source>The API key could not be removed from the keychain (%1).</source>
        <translation>La clé d’API n’a pas pu être retirée du trousseau (%1).</translation>
    </message>
    <message>
        <source>The environment variable %1 is not a usable key: %2</source>
        <translation>La variable d’environnement %1 ne contient pas de clé utilisable : %2</translation>
    </message>
    <message>
        <source>The API key saved in the keychain cannot be used: %1 Enter it again in Settings.</source>
        <translation>La clé d’API enregistrée dans le trousseau est inutilisable : %1 Saisissez-la à nouveau dans les Réglages.</translation>
    </message>
</context>
<context>
    <name>DeviceCommand</name>
    <message>
        <source>Use the sandbox's list of imported clips (the one of `uplift-capture --sandbox`) instead of your own.</source>
        <translation>Utiliser la liste des clips importés du bac à sable (celle de `uplift-capture --sandbox`) au lieu de la vôtre.</translation>
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
        <translation>importé</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>%1 (file time)</source>
        <translation>%1 (heure du fichier)</translation>
    </message>
    <message numerus="yes">
        <source> (%n chapter(s))</source>
        <translation>
            <numerusform> (%n chapitre)</numerusform>
            <numerusform> (%n chapitres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>List the cards, cameras and phones there are, and their clips: new, or imported before.</source>
        <translation>Lister les cartes, caméras et téléphones présents, et leurs clips : nouveaux ou déjà importés.</translation>
    </message>
    <message>
        <source>Exit codes:
  0  listed (perhaps nothing)
  1  the list of imported clips cannot be read, or looking took too long
  2  usage error</source>
        <translation>Codes de sortie :
  0  liste affichée (peut-être vide)
  1  la liste des clips importés est illisible, ou la recherche a pris trop de temps
  2  erreur d’utilisation</translation>
    </message>
    <message>
        <source>uplift-capture devices takes no file or folder; to import one, use uplift-capture import FOLDER</source>
        <translation>uplift-capture devices n’accepte ni fichier ni dossier ; pour importer un dossier, utilisez uplift-capture import DOSSIER</translation>
    </message>
    <message>
        <source>Looking for cards, cameras and phones took too long.</source>
        <translation>La recherche des cartes, caméras et téléphones a pris trop de temps.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) %3: %Ln new of %4</source>
        <translation>
            <numerusform>%1 (%2) %3 : %Ln nouveau sur %4</numerusform>
            <numerusform>%1 (%2) %3 : %Ln nouveaux sur %4</numerusform>
        </translation>
    </message>
    <message>
        <source>No card, camera or phone with videos is there.</source>
        <translation>Aucune carte, caméra ou téléphone contenant des vidéos n’est présent.</translation>
    </message>
    <message>
        <source>The card's, camera's or phone's folder (the one holding DCIM or PRIVATE/AVCHD), as `uplift-capture devices` lists it.</source>
        <translation>Le dossier de la carte, de la caméra ou du téléphone (celui qui contient DCIM ou PRIVATE/AVCHD), tel que l’affiche `uplift-capture devices`.</translation>
    </message>
    <message>
        <source>Copy into this folder (default: %1).</source>
        <translation>Copier dans ce dossier (par défaut : %1).</translation>
    </message>
    <message>
        <source>Copy every new clip of a card, camera or phone into a folder and print the paths of the copies. A clip imported before (even renamed, or from another card) is left out; a file already in the folder is never overwritten.</source>
        <translation>Copier chaque nouveau clip d’une carte, d’une caméra ou d’un téléphone dans un dossier et afficher les chemins des copies. Un clip déjà importé (même renommé, ou depuis une autre carte) est laissé de côté ; un fichier déjà présent dans le dossier n’est jamais écrasé.</translation>
    </message>
    <message>
        <source>Exit codes:
  0  new clips were copied
  1  a copy failed (nothing recorded for it, its partial file removed), or the
     card went away (run the command again when it is back: the copy goes on)
  2  usage error, or SOURCE is not a folder with DCIM or PRIVATE/AVCHD in it
  3  nothing new: every clip was imported before
  130 stopped by Ctrl-C or SIGTERM (run it again to go on)</source>
        <translation>Codes de sortie :
  0  de nouveaux clips ont été copiés
  1  une copie a échoué (rien n’est enregistré pour elle, son fichier partiel est supprimé),
     ou la carte a disparu (relancez la commande à son retour : la copie reprend)
  2  erreur d’utilisation, ou SOURCE n’est pas un dossier contenant DCIM ou PRIVATE/AVCHD
  3  rien de nouveau : tous les clips ont déjà été importés
  130 arrêté par Ctrl-C ou SIGTERM (relancez la commande pour continuer)</translation>
    </message>
    <message>
        <source>uplift-capture import: give one card, camera or phone folder (SOURCE).</source>
        <translation>uplift-capture import : indiquez un dossier de carte, de caméra ou de téléphone (SOURCE).</translation>
    </message>
    <message>
        <source>Copying %1 of %2: %3 of %4</source>
        <translation>Copie %1 sur %2 : %3 sur %4</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>, %1 left</source>
        <translation>, %1 restant</translation>
    </message>
    <message>
        <source>Nothing new on %1: every clip was imported before.</source>
        <translation>Rien de nouveau sur %1 : tous les clips ont déjà été importés.</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop highlight</source>
        <translation>Surbrillance de dépôt</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>Could not reach the upload server (connection refused).</source>
        <translation>Impossible de joindre le serveur d’envoi (connexion refusée).</translation>
    </message>
    <message>
        <source>Could not find the upload server (its name did not resolve).</source>
        <translation>Impossible de trouver le serveur d’envoi (son nom n’a pas pu être résolu).</translation>
    </message>
    <message>
        <source>The upload server closed the connection before the upload finished.</source>
        <translation>Le serveur d’envoi a fermé la connexion avant la fin de l’envoi.</translation>
    </message>
    <message>
        <source>The upload server did not answer in time.</source>
        <translation>Le serveur d’envoi n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The upload was stopped before it finished.</source>
        <translation>L’envoi a été arrêté avant la fin.</translation>
    </message>
    <message>
        <source>A secure connection to the upload server could not be made.</source>
        <translation>Impossible d’établir une connexion sécurisée avec le serveur d’envoi.</translation>
    </message>
    <message>
        <source>The network connection was lost during the upload.</source>
        <translation>La connexion réseau a été perdue pendant l’envoi.</translation>
    </message>
    <message>
        <source>The network's proxy server did not let the upload through.</source>
        <translation>Le serveur proxy du réseau n’a pas laissé passer l’envoi.</translation>
    </message>
    <message>
        <source>The connection to the upload server failed.</source>
        <translation>La connexion au serveur d’envoi a échoué.</translation>
    </message>
    <message>
        <source>The upload server refused the file as too large.</source>
        <translation>Le serveur d’envoi a refusé le fichier, trop volumineux.</translation>
    </message>
    <message>
        <source>The upload server refused the file as too small.</source>
        <translation>Le serveur d’envoi a refusé le fichier, trop petit.</translation>
    </message>
    <message>
        <source>The upload server refused the upload (its permission was not accepted or ran out).</source>
        <translation>Le serveur d’envoi a refusé l’envoi (son autorisation n’a pas été acceptée ou a expiré).</translation>
    </message>
    <message>
        <source>The upload server is busy.</source>
        <translation>Le serveur d’envoi est occupé.</translation>
    </message>
    <message>
        <source>The upload server gave up waiting for the file.</source>
        <translation>Le serveur d’envoi a cessé d’attendre le fichier.</translation>
    </message>
    <message>
        <source>The upload server had a problem of its own (HTTP %1).</source>
        <translation>Le serveur d’envoi a rencontré un problème interne (HTTP %1).</translation>
    </message>
    <message>
        <source>The upload server refused the upload (HTTP %1).</source>
        <translation>Le serveur d’envoi a refusé l’envoi (HTTP %1).</translation>
    </message>
    <message>
        <source>The upload server refused the upload.</source>
        <translation>Le serveur d’envoi a refusé l’envoi.</translation>
    </message>
    <message>
        <source>Check that this computer is online; it is tried again by itself.</source>
        <translation>Vérifiez que cet ordinateur est connecté ; l’envoi est réessayé automatiquement.</translation>
    </message>
    <message>
        <source>It is tried again by itself.</source>
        <translation>L’envoi est réessayé automatiquement.</translation>
    </message>
    <message>
        <source>Check that this computer is online, then choose Retry.</source>
        <translation>Vérifiez que cet ordinateur est connecté, puis choisissez Réessayer.</translation>
    </message>
    <message>
        <source>Choose Retry to try again; the details say more.</source>
        <translation>Choisissez Réessayer pour recommencer ; les détails en disent plus.</translation>
    </message>
    <message>
        <source>It is sent when the connection is back.</source>
        <translation>L’envoi partira dès le retour de la connexion.</translation>
    </message>
    <message>
        <source>The upload server stopped answering.</source>
        <translation>Le serveur d’envoi a cessé de répondre.</translation>
    </message>
    <message>
        <source>The upload server sent an answer far too long to be a real one.</source>
        <translation>Le serveur d’envoi a envoyé une réponse bien trop longue pour être authentique.</translation>
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
        <translation>L'image de la vidéo a une taille qui ne peut pas être affichée</translation>
    </message>
    <message>
        <source>The video's picture is in a form that cannot be shown</source>
        <translation>L'image de la vidéo est dans une forme qui ne peut pas être affichée</translation>
    </message>
    <message>
        <source>Out of memory while making the video's picture</source>
        <translation>Mémoire insuffisante pour créer l'image de la vidéo</translation>
    </message>
    <message>
        <source>The video's picture could not be made</source>
        <translation>L'image de la vidéo n'a pas pu être créée</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>The file has no video that can be shown</source>
        <translation>Le fichier ne contient aucune vidéo pouvant être affichée</translation>
    </message>
    <message>
        <source>Out of memory while opening the video</source>
        <translation>Mémoire insuffisante à l'ouverture de la vidéo</translation>
    </message>
    <message>
        <source>The video cannot be decoded (%1)</source>
        <translation>La vidéo ne peut pas être décodée (%1)</translation>
    </message>
    <message>
        <source>Out of memory while decoding the video</source>
        <translation>Mémoire insuffisante au décodage de la vidéo</translation>
    </message>
    <message>
        <source>The video's picture could not be found in a reasonable time</source>
        <translation>L'image de la vidéo n'a pas été trouvée dans un délai raisonnable</translation>
    </message>
    <message>
        <source>The video could not be read to its picture (%1)</source>
        <translation>La vidéo n'a pas pu être lue jusqu'à son image (%1)</translation>
    </message>
    <message>
        <source>The video has no picture that can be decoded</source>
        <translation>La vidéo ne contient aucune image pouvant être décodée</translation>
    </message>
</context>
<context>
    <name>FrameRate</name>
    <message>
        <source>The uploaded file could not be read.</source>
        <translation>Le fichier envoyé n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The uploaded file is not a playable video (no QuickTime movie header found).</source>
        <translation>Le fichier envoyé n’est pas une vidéo lisible (aucun en-tête de film QuickTime trouvé).</translation>
    </message>
    <message>
        <source>The uploaded file has no video track.</source>
        <translation>Le fichier envoyé n’a pas de piste vidéo.</translation>
    </message>
    <message>
        <source>The frame rate of the uploaded video cannot be determined.</source>
        <translation>La fréquence d’images de la vidéo envoyée ne peut pas être déterminée.</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Uplift Capture started again</source>
        <translation>Uplift Capture a redémarré</translation>
    </message>
    <message>
        <source>Preparing the clip</source>
        <translation>Préparation du clip</translation>
    </message>
    <message>
        <source>Checking the video is unchanged</source>
        <translation>Vérification que la vidéo n’a pas changé</translation>
    </message>
    <message>
        <source>Upload link from Uplift</source>
        <translation>Lien d’envoi d’Uplift</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Analysis by Uplift</source>
        <translation>Analyse par Uplift</translation>
    </message>
    <message>
        <source>Asking Uplift what became of it</source>
        <translation>Demande à Uplift ce qu’il en est</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Uploads paused</source>
        <translation>Envois en pause</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>started</source>
        <translation>commencé</translation>
    </message>
    <message>
        <source>made again</source>
        <translation>refait</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>the video changed, prepared again</source>
        <translation>la vidéo a changé, préparée à nouveau</translation>
    </message>
    <message>
        <source>goes on from where it was</source>
        <translation>reprend là où il en était</translation>
    </message>
    <message>
        <source>its answer was lost, Uplift is asked</source>
        <translation>la réponse a été perdue, Uplift est interrogé</translation>
    </message>
    <message>
        <source>the link had expired, a new one was asked for</source>
        <translation>le lien avait expiré, un nouveau a été demandé</translation>
    </message>
    <message>
        <source>the link could not be used, a new one was asked for</source>
        <translation>le lien était inutilisable, un nouveau a été demandé</translation>
    </message>
    <message>
        <source>tried again soon</source>
        <translation>sera réessayé bientôt</translation>
    </message>
    <message>
        <source>the link expired</source>
        <translation>le lien a expiré</translation>
    </message>
    <message>
        <source>waiting for the network</source>
        <translation>en attente du réseau</translation>
    </message>
    <message>
        <source>no tries left</source>
        <translation>plus aucun essai</translation>
    </message>
    <message>
        <source>the time for trying again ran out</source>
        <translation>le temps pour réessayer est écoulé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>Uplift reported an error</source>
        <translation>Uplift a signalé une erreur</translation>
    </message>
    <message>
        <source>asked for</source>
        <translation>demandé</translation>
    </message>
    <message>
        <source>found at Uplift</source>
        <translation>trouvé chez Uplift</translation>
    </message>
    <message>
        <source>not uploaded yet</source>
        <translation>pas encore envoyé</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>n’a pas pu être vérifié</translation>
    </message>
    <message>
        <source>not found at Uplift</source>
        <translation>introuvable chez Uplift</translation>
    </message>
    <message>
        <source>reserved but never used</source>
        <translation>réservé mais jamais utilisé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One line of an upload's history: what was done, how it ended ("Upload: started").</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ImpactFinder</name>
    <message>
        <source>Finding the impacts was cancelled</source>
        <translation>La recherche des impacts a été annulée</translation>
    </message>
    <message>
        <source>The sound of this video cannot be read (no decoder for it)</source>
        <translation>Le son de cette vidéo ne peut pas être lu (aucun décodeur disponible)</translation>
    </message>
    <message>
        <source>The sound of this video cannot be read (%1)</source>
        <translation>Le son de cette vidéo ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>Out of memory while finding the impacts</source>
        <translation>Mémoire insuffisante pendant la recherche des impacts</translation>
    </message>
    <message>
        <source>The video's frames cannot be read</source>
        <translation>Les images de la vidéo ne peuvent pas être lues</translation>
    </message>
</context>
<context>
    <name>ImpactSplit</name>
    <message>
        <source>%1: no sound track, so no impacts to split it at.</source>
        <translation>%1 : pas de piste audio, donc aucun impact où le diviser.</translation>
    </message>
    <message>
        <source>%1: no impact heard.</source>
        <translation>%1 : aucun impact entendu.</translation>
    </message>
    <message>
        <source>%1: impacts heard: %2; each part %3 s before to %4 s after (time, part, strength):</source>
        <translation>%1 : impacts entendus : %2 ; chaque partie de %3 s avant à %4 s après (temps, partie, force) :</translation>
    </message>
    <message>
        <source>  %1	%2 s	%3-%4 s	%5 dB</source>
        <translation>  %1	%2 s	%3-%4 s	%5 dB</translation>
    </message>
    <message>
        <source>Split at Impacts</source>
        <translation>Diviser aux impacts</translation>
    </message>
    <message>
        <source>Find each strike in the sound and make each swing its own clip</source>
        <translation>Repérer chaque frappe dans le son et faire de chaque swing un clip distinct</translation>
    </message>
    <message>
        <source>Add at Playhead</source>
        <translation>Ajouter à la tête de lecture</translation>
    </message>
    <message>
        <source>Add an impact where the video is now</source>
        <translation>Ajouter un impact à la position actuelle de la vidéo</translation>
    </message>
    <message>
        <source>A Frame Earlier</source>
        <translation>Une image plus tôt</translation>
    </message>
    <message>
        <source>Move the chosen impact a frame earlier</source>
        <translation>Déplacer l’impact choisi une image plus tôt</translation>
    </message>
    <message>
        <source>A Frame Later</source>
        <translation>Une image plus tard</translation>
    </message>
    <message>
        <source>Move the chosen impact a frame later</source>
        <translation>Déplacer l’impact choisi une image plus tard</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last change to the parts</source>
        <translation>Annuler la dernière modification des parties</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop finding impacts</source>
        <translation>Arrêter la recherche des impacts</translation>
    </message>
    <message>
        <source>Remove Part</source>
        <translation>Retirer la partie</translation>
    </message>
    <message>
        <source>Remove the chosen part</source>
        <translation>Retirer la partie choisie</translation>
    </message>
    <message>
        <source>Play Part</source>
        <translation>Lire la partie</translation>
    </message>
    <message>
        <source>Play the chosen part</source>
        <translation>Lire la partie choisie</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Avant :</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Après :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds before each impact</source>
        <translation>Secondes avant chaque impact</translation>
    </message>
    <message>
        <source>Seconds after each impact</source>
        <translation>Secondes après chaque impact</translation>
    </message>
    <message>
        <source>How much of each swing comes before the impact, remembered for the movement</source>
        <translation>Durée gardée avant l’impact pour chaque swing, mémorisée pour le mouvement</translation>
    </message>
    <message>
        <source>How much of each swing comes after the impact, remembered for the movement</source>
        <translation>Durée gardée après l’impact pour chaque swing, mémorisée pour le mouvement</translation>
    </message>
    <message>
        <source>Split at impacts</source>
        <translation>Diviser aux impacts</translation>
    </message>
    <message>
        <source>Parts split at impacts</source>
        <translation>Parties issues de la division aux impacts</translation>
    </message>
    <message>
        <source>Change the parts</source>
        <translation>Modifier les parties</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>each impact (no movement chosen)</source>
        <translation>chaque impact (aucun mouvement choisi)</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>found in the sound, %1</source>
        <translation>trouvé dans le son, %1</translation>
    </message>
    <message>
        <source>moved by you (found at %1, %2)</source>
        <translation>déplacé par vous (trouvé à %1, %2)</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>ajouté par vous</translation>
    </message>
    <message>
        <source>none (the same time as another)</source>
        <translation>aucune (même instant qu’un autre impact)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Waiting to find the impacts of this take…</source>
        <translation>En attente de la recherche des impacts de cette prise…</translation>
    </message>
    <message>
        <source>Finding impacts in the sound: take %1 of %2 (%3 %)…</source>
        <translation>Recherche des impacts dans le son : prise %1 sur %2 (%3 %)…</translation>
    </message>
    <message>
        <source>Finding impacts in the sound (%1 %)…</source>
        <translation>Recherche des impacts dans le son (%1 %)…</translation>
    </message>
    <message>
        <source>No part left: the whole take is uploaded unless you undo (Ctrl+Z) or mark parts.</source>
        <translation>Plus aucune partie : la prise entière sera envoyée, sauf si vous annulez (Ctrl+Z) ou marquez des parties.</translation>
    </message>
    <message numerus="yes">
        <source>%n impacts found in the sound: each part is its own clip.</source>
        <translation>
            <numerusform>%n impact trouvé dans le son : chaque partie devient un clip distinct.</numerusform>
            <numerusform>%n impacts trouvés dans le son : chaque partie devient un clip distinct.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts: each is its own clip.</source>
        <translation>
            <numerusform>%n partie : elle forme un clip distinct.</numerusform>
            <numerusform>%n parties : chacune forme un clip distinct.</numerusform>
        </translation>
    </message>
    <message>
        <source>This video has no sound, so impacts cannot be found — mark the parts by hand.</source>
        <translation>Cette vidéo n’a pas de son, les impacts ne peuvent donc pas être trouvés — marquez les parties à la main.</translation>
    </message>
    <message>
        <source>No impact was found in the sound of this video — mark the parts by hand.</source>
        <translation>Aucun impact n’a été trouvé dans le son de cette vidéo — marquez les parties à la main.</translation>
    </message>
    <message>
        <source>The sound of this video could not be read (%1) — mark the parts by hand.</source>
        <translation>Le son de cette vidéo n’a pas pu être lu (%1) — marquez les parties à la main.</translation>
    </message>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>Arrêté : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Marked by hand: the parts are your marks now (Undo brings back the impacts' parts).</source>
        <translation>Marqué à la main : les parties suivent maintenant vos marques (Annuler rétablit les parties des impacts).</translation>
    </message>
    <message>
        <source>Finding impacts: take %1 of %2, %3 (%4 %)…</source>
        <translation>Recherche des impacts : prise %1 sur %2, %3 (%4 %)…</translation>
    </message>
    <message>
        <source>Finding impacts in %1 (%2 %)…</source>
        <translation>Recherche des impacts dans %1 (%2 %)…</translation>
    </message>
    <message>
        <source>Impact time</source>
        <translation>Instant de l’impact</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Plage</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>ImpactWindow</name>
    <message>
        <source>The time before and after an impact cannot be negative.</source>
        <translation>La durée avant et après un impact ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The time before and after an impact can be at most %1 s each.</source>
        <translation>La durée avant et après un impact ne peut pas dépasser %1 s chacune.</translation>
    </message>
    <message>
        <source>The time before and after an impact must together be at least %1 s.</source>
        <translation>Les durées avant et après un impact doivent totaliser au moins %1 s.</translation>
    </message>
    <message>
        <source>The shortest time between two strikes must be %1–%2 s.</source>
        <translation>Le temps minimal entre deux frappes doit être compris entre %1 et %2 s.</translation>
    </message>
</context>
<context>
    <name>ImportedClips</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Cannot create the folder for the list of imported clips</source>
        <translation>Impossible de créer le dossier de la liste des clips importés</translation>
    </message>
    <message>
        <source>Cannot open the list of imported clips</source>
        <translation>Impossible d’ouvrir la liste des clips importés</translation>
    </message>
    <message>
        <source>Cannot set up the list of imported clips</source>
        <translation>Impossible de préparer la liste des clips importés</translation>
    </message>
    <message>
        <source>Cannot read the list of imported clips</source>
        <translation>Impossible de lire la liste des clips importés</translation>
    </message>
    <message>
        <source>The list of imported clips was written by a newer version of Uplift Capture</source>
        <translation>La liste des clips importés a été écrite par une version plus récente d’Uplift Capture</translation>
    </message>
    <message>
        <source>A clip without its identity cannot be recorded</source>
        <translation>Un clip sans identité ne peut pas être enregistré</translation>
    </message>
    <message>
        <source>Cannot record the imported clip</source>
        <translation>Impossible d’enregistrer le clip importé</translation>
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
        <translation>Sélectionnez un envoi pour voir ce qui lui est arrivé.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Upload history</source>
        <translation>Historique de l’envoi</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Afficher les détails techniques</translation>
    </message>
    <message>
        <source>Copy for Support</source>
        <translation>Copier pour l’assistance</translation>
    </message>
    <message>
        <source>Copy technical details</source>
        <translation>Copier les détails techniques</translation>
    </message>
    <message>
        <source>Copy the technical details to send them to Uplift support</source>
        <translation>Copier les détails techniques pour les envoyer à l’assistance Uplift</translation>
    </message>
    <message>
        <source>Selected upload</source>
        <translation>Envoi sélectionné</translation>
    </message>
</context>
<context>
    <name>JobListView</name>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>En attente d’un nouvel essai</translation>
    </message>
    <message>
        <source>Reserving</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>JobModel</name>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 Mo/s</translation>
    </message>
    <message>
        <source>%1 kB/s</source>
        <translation>%1 ko/s</translation>
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
        <translation>%1 %</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Athlete</source>
        <translation>Athlète</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Session group</source>
        <translation>Groupe de séances</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>%1, %2 s to %3 s</source>
        <translation>%1, de %2 s à %3 s</translation>
    </message>
    <message>
        <source>Preparing %1 %</source>
        <translation>Préparation %1 %</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Séance %1</translation>
    </message>
    <message>
        <source>Athlete %1</source>
        <translation>Athlète %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
</context>
<context>
    <name>JobQueue</name>
    <message>
        <source>The upload was interrupted and starts again from the beginning.</source>
        <translation>L’envoi a été interrompu et reprend depuis le début.</translation>
    </message>
    <message>
        <source>The file is not there: %1</source>
        <translation>Le fichier est introuvable : %1</translation>
    </message>
    <message>
        <source>Paused; this upload will start again from the beginning.</source>
        <translation>En pause ; cet envoi reprendra depuis le début.</translation>
    </message>
    <message>
        <source>The upload was interrupted; Uplift is asked whether the file arrived before it is sent again from the beginning.</source>
        <translation>L’envoi a été interrompu ; Uplift est interrogé pour savoir si le fichier est arrivé avant de le renvoyer depuis le début.</translation>
    </message>
    <message>
        <source>The answer to the reservation was lost; looking for it in the captures list.</source>
        <translation>La réponse à la réservation a été perdue ; elle est recherchée dans la liste des captures.</translation>
    </message>
    <message>
        <source>Preparing the clip was interrupted; it is prepared again.</source>
        <translation>La préparation du clip a été interrompue ; il est préparé à nouveau.</translation>
    </message>
    <message>
        <source>The prepared clip was missing or changed; it is prepared again.</source>
        <translation>Le clip préparé manquait ou avait changé ; il est préparé à nouveau.</translation>
    </message>
    <message>
        <source>The upload address did not answer; reserving a new one in the same session group.</source>
        <translation>L’adresse d’envoi n’a pas répondu ; une nouvelle est réservée dans le même groupe de séances.</translation>
    </message>
    <message>
        <source>The upload address refused the clip; reserving a new one in the same session group.</source>
        <translation>L’adresse d’envoi a refusé le clip ; une nouvelle est réservée dans le même groupe de séances.</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Cannot create the folder for the upload queue</source>
        <translation>Impossible de créer le dossier de la file d’envoi</translation>
    </message>
    <message>
        <source>Cannot open the upload queue</source>
        <translation>Impossible d’ouvrir la file d’envoi</translation>
    </message>
    <message>
        <source>Cannot set up the upload queue</source>
        <translation>Impossible de préparer la file d’envoi</translation>
    </message>
    <message>
        <source>Cannot read the upload queue</source>
        <translation>Impossible de lire la file d’envoi</translation>
    </message>
    <message>
        <source>The upload queue was written by a newer version of Uplift Capture</source>
        <translation>La file d’envoi a été écrite par une version plus récente d’Uplift Capture</translation>
    </message>
    <message>
        <source>Cannot update the upload queue</source>
        <translation>Impossible de mettre à jour la file d’envoi</translation>
    </message>
    <message>
        <source>Cannot save the upload</source>
        <translation>Impossible d’enregistrer l’envoi</translation>
    </message>
    <message>
        <source>no job %1</source>
        <translation>aucune tâche %1</translation>
    </message>
    <message>
        <source>Cannot save the upload's history</source>
        <translation>Impossible d’enregistrer l’historique de l’envoi</translation>
    </message>
    <message>
        <source>Cannot remove the upload</source>
        <translation>Impossible de retirer l’envoi</translation>
    </message>
    <message>
        <source>Cannot reorder the queue</source>
        <translation>Impossible de réordonner la file d’attente</translation>
    </message>
</context>
<context>
    <name>JobSummary</name>
    <message numerus="yes">
        <source>%n uploading</source>
        <translation>
            <numerusform>%n en cours d’envoi</numerusform>
            <numerusform>%n en cours d’envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processing</source>
        <translation>
            <numerusform>%n en traitement</numerusform>
            <numerusform>%n en traitement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n terminé</numerusform>
            <numerusform>%n terminés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n échec</numerusform>
            <numerusform>%n échecs</numerusform>
        </translation>
    </message>
    <message>
        <source>No uploads</source>
        <translation>Aucun envoi</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
</context>
<context>
    <name>KeyValueEditor</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Key and value pairs</source>
        <translation>Paires clé/valeur</translation>
    </message>
    <message>
        <source>Add a pair</source>
        <translation>Ajouter une paire</translation>
    </message>
    <message>
        <source>Remove the selected pair</source>
        <translation>Retirer la paire sélectionnée</translation>
    </message>
</context>
<context>
    <name>LinuxSourceBackend</name>
    <message>
        <source>Another program still has a file open on it.</source>
        <translation>Un autre programme y a encore un fichier ouvert.</translation>
    </message>
    <message>
        <source>It could not be unmounted.</source>
        <translation>Le démontage a échoué.</translation>
    </message>
    <message>
        <source>%1 is not installed, so it cannot be unmounted from here.</source>
        <translation>%1 n’est pas installé, le démontage est donc impossible depuis ici.</translation>
    </message>
    <message>
        <source>Uplift Capture is still reading from it (the card does not answer): try again in a moment.</source>
        <translation>Uplift Capture est encore en train de la lire (la carte ne répond pas) : réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ready to upload</source>
        <translation>Prêts à envoyer</translation>
    </message>
    <message>
        <source>Videos ready to upload</source>
        <translation>Vidéos prêtes à envoyer</translation>
    </message>
    <message>
        <source>Select the videos to describe; they are uploaded together</source>
        <translation>Sélectionnez les vidéos à décrire ; elles sont envoyées ensemble</translation>
    </message>
    <message>
        <source>Drop area</source>
        <translation>Zone de dépôt</translation>
    </message>
    <message>
        <source>Drop .mov videos or a folder anywhere in this window</source>
        <translation>Déposez des vidéos .mov ou un dossier n’importe où dans cette fenêtre</translation>
    </message>
    <message>
        <source>Add videos</source>
        <translation>Ajouter des vidéos</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Describe the selected videos</source>
        <translation>Décrire les vidéos sélectionnées</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Show uploads in state</source>
        <translation>Afficher les envois à l’état</translation>
    </message>
    <message>
        <source>Show only the uploads in one state</source>
        <translation>Afficher uniquement les envois dans un état</translation>
    </message>
    <message>
        <source>Search uploads</source>
        <translation>Rechercher dans les envois</translation>
    </message>
    <message>
        <source>Upload actions</source>
        <translation>Actions d’envoi</translation>
    </message>
    <message>
        <source>Upload jobs</source>
        <translation>Tâches d’envoi</translation>
    </message>
    <message>
        <source>No uploads yet. Videos you upload appear here with their progress.</source>
        <translation>Aucun envoi pour l’instant. Les vidéos que vous envoyez apparaissent ici avec leur progression.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>F&amp;ile d’attente</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Add Videos…</source>
        <translation>&amp;Ajouter des vidéos…</translation>
    </message>
    <message>
        <source>Add .mov videos to the ready list</source>
        <translation>Ajouter des vidéos .mov à la liste des vidéos prêtes</translation>
    </message>
    <message>
        <source>&amp;Watch Folder…</source>
        <translation>&amp;Surveiller un dossier…</translation>
    </message>
    <message>
        <source>Pick a folder whose new videos are added by themselves</source>
        <translation>Choisir un dossier dont les nouvelles vidéos sont ajoutées automatiquement</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>API key, server, parallel uploads and language</source>
        <translation>Clé d’API, serveur, envois simultanés et langue</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Select &amp;All Videos</source>
        <translation>Sélectionner &amp;toutes les vidéos</translation>
    </message>
    <message>
        <source>Select every video in the ready list</source>
        <translation>Sélectionner toutes les vidéos de la liste des vidéos prêtes</translation>
    </message>
    <message>
        <source>&amp;Remove From List</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <source>Remove the selected videos from the ready list (the files stay on disk)</source>
        <translation>Retirer les vidéos sélectionnées de la liste (les fichiers restent sur le disque)</translation>
    </message>
    <message>
        <source>&amp;Clear Files That Cannot Be Uploaded</source>
        <translation>&amp;Effacer les fichiers impossibles à envoyer</translation>
    </message>
    <message>
        <source>Remove the files listed with a warning</source>
        <translation>Retirer les fichiers affichés avec un avertissement</translation>
    </message>
    <message>
        <source>Upload &amp;Details</source>
        <translation>&amp;Détails de l’envoi</translation>
    </message>
    <message>
        <source>Show the history of the selected upload</source>
        <translation>Afficher l’historique de l’envoi sélectionné</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Queue the selected videos for upload</source>
        <translation>Mettre en file d’attente les vidéos sélectionnées pour l’envoi</translation>
    </message>
    <message>
        <source>&amp;Pause Uploads</source>
        <translation>Mettre les envois en &amp;pause</translation>
    </message>
    <message>
        <source>Pause or resume all uploads</source>
        <translation>Mettre en pause ou reprendre tous les envois</translation>
    </message>
    <message>
        <source>Retry All &amp;Failed</source>
        <translation>Réessayer tous les é&amp;checs</translation>
    </message>
    <message>
        <source>Try every failed upload again</source>
        <translation>Réessayer tous les envois en échec</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Try the selected uploads again</source>
        <translation>Réessayer les envois sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop the selected uploads</source>
        <translation>Arrêter les envois sélectionnés</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>Remove the selected uploads from the list</source>
        <translation>Retirer de la liste les envois sélectionnés</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Show the video in the file manager</source>
        <translation>Afficher la vidéo dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Copy &amp;Session ID</source>
        <translation>Copier l’ID de &amp;séance</translation>
    </message>
    <message>
        <source>Copy the capture's session ID for support</source>
        <translation>Copier l’ID de séance de la capture pour l’assistance</translation>
    </message>
    <message>
        <source>&amp;About Uplift Capture</source>
        <translation>À &amp;propos d’Uplift Capture</translation>
    </message>
    <message>
        <source>Quit Uplift Capture</source>
        <translation>Quitter Uplift Capture</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>1 file cannot be uploaded; the reason is shown in the list.</source>
        <translation>1 fichier ne peut pas être envoyé ; la raison est indiquée dans la liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n files cannot be uploaded; the reasons are shown in the list.</source>
        <translation>
            <numerusform>%n fichier ne peut pas être envoyé ; la raison est indiquée dans la liste.</numerusform>
            <numerusform>%n fichiers ne peuvent pas être envoyés ; les raisons sont indiquées dans la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the athlete first: a session group belongs to one athlete.</source>
        <translation>Choisissez d’abord l’athlète : un groupe de séances appartient à un seul athlète.</translation>
    </message>
    <message>
        <source>New Session Group</source>
        <translation>Nouveau groupe de séances</translation>
    </message>
    <message>
        <source>Name of the session (for example “Tuesday range session”):</source>
        <translation>Nom de la séance (par exemple « Séance practice du mardi ») :</translation>
    </message>
    <message>
        <source>Select the clips to upload in the list on the left.</source>
        <translation>Sélectionnez dans la liste de gauche les clips à envoyer.</translation>
    </message>
    <message>
        <source>Before uploading: %1.</source>
        <translation>Avant l’envoi : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Before uploading: %1 (and %n more).</source>
        <translation>
            <numerusform>Avant l’envoi : %1 (et %n autre point).</numerusform>
            <numerusform>Avant l’envoi : %1 (et %n autres points).</numerusform>
        </translation>
    </message>
    <message>
        <source>1 clip queued for upload.</source>
        <translation>1 clip mis en file d’attente pour l’envoi.</translation>
    </message>
    <message numerus="yes">
        <source>%n clips queued for upload.</source>
        <translation>
            <numerusform>%n clip mis en file d’attente pour l’envoi.</numerusform>
            <numerusform>%n clips mis en file d’attente pour l’envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Videos</source>
        <translation>Ajouter des vidéos</translation>
    </message>
    <message>
        <source>Watch Folder</source>
        <translation>Surveiller un dossier</translation>
    </message>
    <message>
        <source>The folder %1 cannot be watched.</source>
        <translation>Le dossier %1 ne peut pas être surveillé.</translation>
    </message>
    <message>
        <source>New videos in %1 are added by themselves.</source>
        <translation>Les nouvelles vidéos de %1 sont ajoutées automatiquement.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready to upload&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Prêts à envoyer&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>Drop videos or folders to add them</source>
        <translation>Déposez des vidéos ou des dossiers pour les ajouter</translation>
    </message>
    <message>
        <source>The athletes could not be loaded: %1</source>
        <translation>Impossible de charger les athlètes : %1</translation>
    </message>
    <message>
        <source>Welcome to Uplift Capture</source>
        <translation>Bienvenue dans Uplift Capture</translation>
    </message>
    <message>
        <source>To upload to Uplift, enter your API key. You can make one in the Uplift Capture web app under Account settings ▸ API Keys.</source>
        <translation>Pour envoyer vers Uplift, saisissez votre clé d’API. Vous pouvez en créer une dans l’application web Uplift Capture, sous Paramètres du compte ▸ Clés d’API.</translation>
    </message>
    <message>
        <source>Or try everything first with the sandbox: a practice server on this computer. Nothing you upload there reaches Uplift.</source>
        <translation>Ou essayez d’abord tout dans le bac à sable : un serveur d’entraînement sur cet ordinateur. Rien de ce que vous y envoyez n’arrive chez Uplift.</translation>
    </message>
    <message>
        <source>Enter API Key…</source>
        <translation>Saisir la clé d’API…</translation>
    </message>
    <message>
        <source>Try the Sandbox</source>
        <translation>Essayer le bac à sable</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>All uploads</source>
        <translation>Tous les envois</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Upload summary</source>
        <translation>Résumé des envois</translation>
    </message>
    <message>
        <source>Total upload progress</source>
        <translation>Progression totale des envois</translation>
    </message>
    <message>
        <source>No session ID yet: the capture is reserved when its upload starts.</source>
        <translation>Pas encore d’ID de séance : la capture est réservée au début de son envoi.</translation>
    </message>
    <message>
        <source>Session ID copied.</source>
        <translation>ID de séance copié.</translation>
    </message>
    <message>
        <source>Session IDs copied.</source>
        <translation>ID de séance copiés.</translation>
    </message>
    <message>
        <source>Uploads Are Running</source>
        <translation>Des envois sont en cours</translation>
    </message>
    <message>
        <source>Videos are still being uploaded. Keep uploading in the background, or stop now?</source>
        <translation>Des vidéos sont encore en cours d’envoi. Continuer l’envoi en arrière-plan ou arrêter maintenant ?</translation>
    </message>
    <message>
        <source>Stopping loses nothing: the uploads continue the next time you start Uplift Capture.</source>
        <translation>Arrêter ne fait rien perdre : les envois reprennent au prochain démarrage d’Uplift Capture.</translation>
    </message>
    <message>
        <source>Keep Uploading in the Tray</source>
        <translation>Continuer l’envoi dans la zone de notification</translation>
    </message>
    <message>
        <source>Keep Uploading (Minimise)</source>
        <translation>Continuer l’envoi (réduire)</translation>
    </message>
    <message>
        <source>Stop and Quit</source>
        <translation>Arrêter et quitter</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Uploads your videos to the Uplift motion-analysis platform.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Envoie vos vidéos vers la plateforme d’analyse du mouvement Uplift.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Vidéos récentes</translation>
    </message>
    <message>
        <source>%1 — Sandbox</source>
        <extracomment>Window title in sandbox mode; %1 is the usual title.</extracomment>
        <translation>%1 — Bac à sable</translation>
    </message>
    <message>
        <source>Sandbox: uploads stay on this computer (%1)</source>
        <translation>Bac à sable : les envois restent sur cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>Still being copied…</source>
        <translation>Copie en cours…</translation>
    </message>
    <message>
        <source>The new session group could not be kept; choose or create one.</source>
        <translation>Le nouveau groupe de séances n’a pas pu être conservé ; choisissez-en un ou créez-en un.</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>Vidéos (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&lt;p style='font-size:large'&gt;&lt;b&gt;Drop videos here&lt;/b&gt;&lt;/p&gt;&lt;p&gt;.mov, .mp4 and .mts files, or whole folders, anywhere in this window&lt;/p&gt;&lt;p&gt;or use File ▸ Add Videos… (%1)&lt;/p&gt;</source>
        <translation>&lt;p style='font-size:large'&gt;&lt;b&gt;Déposez les vidéos ici&lt;/b&gt;&lt;/p&gt;&lt;p&gt;fichiers .mov, .mp4 et .mts, ou dossiers entiers, n’importe où dans cette fenêtre&lt;/p&gt;&lt;p&gt;ou utilisez Fichier ▸ Ajouter des vidéos… (%1)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sandbox: uploads stay on this computer</source>
        <translation>Bac à sable : les envois restent sur cet ordinateur</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Find uploads by file, athlete, movement or session group</source>
        <translation>Rechercher des envois par fichier, athlète, mouvement ou groupe de séances</translation>
    </message>
    <message>
        <source>The list of clips could not be saved: %1</source>
        <translation>La liste des clips n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>1 clip added to the list; select it to describe it.</source>
        <translation>1 clip ajouté à la liste ; sélectionnez-le pour le décrire.</translation>
    </message>
    <message numerus="yes">
        <source>%n clips added to the list; select them to describe them.</source>
        <translation>
            <numerusform>%n clip ajouté à la liste ; sélectionnez-le pour le décrire.</numerusform>
            <numerusform>%n clips ajoutés à la liste ; sélectionnez-les pour les décrire.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clips from last time could not be read (%1); the file was kept as %2.</source>
        <translation>Les clips de la dernière fois n’ont pas pu être lus (%1) ; le fichier a été conservé sous le nom %2.</translation>
    </message>
    <message>
        <source>No longer there: moved or deleted since it was added</source>
        <translation>N’existe plus : déplacé ou supprimé depuis son ajout</translation>
    </message>
    <message>
        <source>1 clip from last time is no longer there; the list says which.</source>
        <translation>1 clip de la dernière fois n’existe plus ; la liste indique lequel.</translation>
    </message>
    <message numerus="yes">
        <source>%n clips from last time are no longer there; the list says which.</source>
        <translation>
            <numerusform>%n clip de la dernière fois n’existe plus ; la liste indique lequel.</numerusform>
            <numerusform>%n clips de la dernière fois n’existent plus ; la liste indique lesquels.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was uploaded for %2 on %3.</source>
        <translation>%1 a été envoyé pour %2 le %3.</translation>
    </message>
    <message>
        <source>%1 is already queued for %2 (since %3).</source>
        <translation>%1 est déjà en file d’attente pour %2 (depuis le %3).</translation>
    </message>
    <message>
        <source>Upload Again?</source>
        <translation>Envoyer à nouveau ?</translation>
    </message>
    <message>
        <source>%1 Upload it again?</source>
        <translation>%1 L’envoyer à nouveau ?</translation>
    </message>
    <message>
        <source>%1 Upload it again, and 1 more clip queued or uploaded before?</source>
        <translation>%1 L’envoyer à nouveau, ainsi qu’un autre clip déjà mis en file d’attente ou envoyé ?</translation>
    </message>
    <message numerus="yes">
        <source>%1 Upload it again, and %n more clips queued or uploaded before?</source>
        <translation>
            <numerusform>%1 L’envoyer à nouveau, ainsi que %n autre clip déjà mis en file d’attente ou envoyé ?</numerusform>
            <numerusform>%1 L’envoyer à nouveau, ainsi que %n autres clips déjà mis en file d’attente ou envoyés ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload Again</source>
        <translation>Envoyer à nouveau</translation>
    </message>
    <message>
        <source>Don't Upload It</source>
        <translation>Ne pas l’envoyer</translation>
    </message>
    <message>
        <source>Don't Upload These</source>
        <translation>Ne pas les envoyer</translation>
    </message>
    <message>
        <source>The other clip is queued either way.</source>
        <translation>L’autre clip est mis en file d’attente dans tous les cas.</translation>
    </message>
    <message numerus="yes">
        <source>The other %n clips are queued either way.</source>
        <translation>
            <numerusform>%n autre clip est mis en file d’attente dans tous les cas.</numerusform>
            <numerusform>Les %n autres clips sont mis en file d’attente dans tous les cas.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 clip was not queued again; it stays in the list.</source>
        <translation>1 clip n’a pas été remis en file d’attente ; il reste dans la liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n clips were not queued again; they stay in the list.</source>
        <translation>
            <numerusform>%n clip n’a pas été remis en file d’attente ; il reste dans la liste.</numerusform>
            <numerusform>%n clips n’ont pas été remis en file d’attente ; ils restent dans la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Message d’état</translation>
    </message>
    <message>
        <source>The job list says why.</source>
        <translation>La liste des envois indique pourquoi.</translation>
    </message>
    <message>
        <source>&amp;Import From Camera…</source>
        <translation>&amp;Importer depuis la caméra…</translation>
    </message>
    <message>
        <source>Copy the new videos from a card, camera or phone into your library</source>
        <translation>Copier les nouvelles vidéos d’une carte, d’une caméra ou d’un téléphone dans votre bibliothèque</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>From the Camera</source>
        <translation>Depuis la caméra</translation>
    </message>
    <message>
        <source>They wait in the ready list; your selection stays as it is.</source>
        <translation>Elles attendent dans la liste des vidéos prêtes ; votre sélection reste inchangée.</translation>
    </message>
    <message>
        <source>Wait a moment: a clip is still being read.</source>
        <translation>Un instant : un clip est encore en cours de lecture.</translation>
    </message>
    <message numerus="yes">
        <source>Wait a moment: %n clips are still being read.</source>
        <translation>
            <numerusform>Un instant : %n clip est encore en cours de lecture.</numerusform>
            <numerusform>Un instant : %n clips sont encore en cours de lecture.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaEngine</name>
    <message>
        <source>The video reader of Uplift Capture (%1) is missing: install the program again</source>
        <translation>Le lecteur vidéo d’Uplift Capture (%1) est introuvable : réinstallez le programme</translation>
    </message>
    <message>
        <source>The video reader of Uplift Capture could not be loaded (%1): install the program again</source>
        <translation>Le lecteur vidéo d’Uplift Capture n’a pas pu être chargé (%1) : réinstallez le programme</translation>
    </message>
</context>
<context>
    <name>MovementCatalogue</name>
    <message>
        <source>%1 needs %2 (%3).</source>
        <translation>%1 exige %2 (%3).</translation>
    </message>
    <message>
        <source>%1 "%2" is not one of the known values (%3).</source>
        <translation>%1 « %2 » ne fait pas partie des valeurs connues (%3).</translation>
    </message>
    <message>
        <source>Golf</source>
        <translation>Golf</translation>
    </message>
    <message>
        <source>Full swing</source>
        <translation>Swing complet</translation>
    </message>
    <message>
        <source>Handedness</source>
        <translation>Latéralité</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Baseball</source>
        <translation>Baseball</translation>
    </message>
    <message>
        <source>Hitting</source>
        <translation>Frappe</translation>
    </message>
    <message>
        <source>Batter handedness</source>
        <translation>Côté du frappeur</translation>
    </message>
    <message>
        <source>Pitching</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Throwing hand</source>
        <translation>Main de lancer</translation>
    </message>
    <message>
        <source>Jump</source>
        <translation>Saut</translation>
    </message>
    <message>
        <source>Countermovement jump</source>
        <translation>Saut avec contre-mouvement</translation>
    </message>
    <message>
        <source>Arm position</source>
        <translation>Position des bras</translation>
    </message>
    <message>
        <source>Arm swing</source>
        <translation>Élan des bras</translation>
    </message>
    <message>
        <source>Hands on hips</source>
        <translation>Mains sur les hanches</translation>
    </message>
    <message>
        <source>Single-leg jump</source>
        <translation>Saut sur une jambe</translation>
    </message>
    <message>
        <source>Lunge</source>
        <translation>Fente</translation>
    </message>
    <message>
        <source>Forward lunge</source>
        <translation>Fente avant</translation>
    </message>
    <message>
        <source>Lead leg</source>
        <translation>Jambe avant</translation>
    </message>
    <message>
        <source>Agility</source>
        <translation>Agilité</translation>
    </message>
    <message>
        <source>5-0-5</source>
        <translation>5-0-5</translation>
    </message>
    <message>
        <source>Cutting</source>
        <translation>Changement de direction</translation>
    </message>
    <message>
        <source>Track and field</source>
        <translation>Athlétisme</translation>
    </message>
    <message>
        <source>Discus</source>
        <translation>Lancer du disque</translation>
    </message>
    <message>
        <source>Shot put</source>
        <translation>Lancer du poids</translation>
    </message>
    <message>
        <source>Tennis</source>
        <translation>Tennis</translation>
    </message>
    <message>
        <source>Overhand serve</source>
        <translation>Service au-dessus de la tête</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Pinpoint</source>
        <translation>Pinpoint</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Stabilité</translation>
    </message>
    <message>
        <source>Y-balance (lower quarter)</source>
        <translation>Y-Balance (membre inférieur)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>General movement</source>
        <translation>Mouvement général</translation>
    </message>
</context>
<context>
    <name>MovieFacts</name>
    <message>
        <source>The file has no video track</source>
        <translation>Le fichier n’a pas de piste vidéo</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>cover picture</source>
        <translation>image de couverture</translation>
    </message>
    <message>
        <source>timecode track (tmcd)</source>
        <translation>piste de timecode (tmcd)</translation>
    </message>
    <message>
        <source>GoPro telemetry (gpmd)</source>
        <translation>télémétrie GoPro (gpmd)</translation>
    </message>
    <message>
        <source>subtitles</source>
        <translation>sous-titres</translation>
    </message>
    <message>
        <source>extra video track</source>
        <translation>piste vidéo supplémentaire</translation>
    </message>
    <message>
        <source>extra audio track</source>
        <translation>piste audio supplémentaire</translation>
    </message>
    <message>
        <source>data track</source>
        <translation>piste de données</translation>
    </message>
    <message>
        <source>%1 video cannot go into a .mov without re-encoding</source>
        <translation>Une vidéo %1 ne peut pas aller dans un .mov sans réencodage</translation>
    </message>
    <message>
        <source>%1 audio cannot go into a .mov without re-encoding</source>
        <translation>Un son %1 ne peut pas aller dans un .mov sans réencodage</translation>
    </message>
    <message>
        <source>A %1 file is not a camera recording this app can prepare (MP4, MOV or MTS)</source>
        <translation>Un fichier %1 n’est pas un enregistrement de caméra que cette application sait préparer (MP4, MOV ou MTS)</translation>
    </message>
</context>
<context>
    <name>MovieFile</name>
    <message>
        <source>The file is empty: there is no video in it</source>
        <translation>Le fichier est vide : il ne contient aucune vidéo</translation>
    </message>
    <message>
        <source>The file is only %1 long, too short to hold a video</source>
        <translation>Le fichier ne fait que %1, trop court pour contenir une vidéo</translation>
    </message>
</context>
<context>
    <name>NewAthleteDialog</name>
    <message>
        <source>New Athlete</source>
        <translation>Nouvel athlète</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>Date de &amp;naissance :</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, optional</source>
        <translation>AAAA-MM-JJ, facultatif</translation>
    </message>
    <message>
        <source>&amp;Height (in):</source>
        <translation>&amp;Taille (po) :</translation>
    </message>
    <message>
        <source>Height in inches</source>
        <translation>Taille en pouces</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>&amp;Weight (lb):</source>
        <translation>P&amp;oids (lb) :</translation>
    </message>
    <message>
        <source>Weight in pounds</source>
        <translation>Poids en livres</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe :</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>optional; kept as the custom attribute “team”</source>
        <translation>facultatif ; conservé dans l’attribut personnalisé « team »</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Creating the athlete…</source>
        <translation>Création de l’athlète…</translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation>Le prénom est obligatoire.</translation>
    </message>
    <message>
        <source>Create Athlete</source>
        <translation>Créer l’athlète</translation>
    </message>
</context>
<context>
    <name>PreparationLane</name>
    <message>
        <source>Cut %1 s to %2 s into a .mov (%3 MB)</source>
        <translation>Coupé de %1 s à %2 s dans un .mov (%3 Mo)</translation>
    </message>
    <message>
        <source>(starts %1 s before the mark, at the keyframe)</source>
        <translation>(commence %1 s avant la marque, à l’image clé)</translation>
    </message>
    <message>
        <source>Made into a .mov without re-encoding (%1 MB)</source>
        <translation>Transformé en .mov sans réencodage (%1 Mo)</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>laissé de côté : %1</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>Ouvrir la liste déroulante de sélection</translation>
    </message>
</context>
<context>
    <name>QueueOwner</name>
    <message>
        <source>Another Uplift Capture (process %1) is using the upload queue. Close it or wait for it to finish.</source>
        <translation>Un autre Uplift Capture (processus %1) utilise la file d’envoi. Fermez-le ou attendez qu’il ait fini.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not a usable key: %2</source>
        <translation>La variable d’environnement %1 ne contient pas de clé utilisable : %2</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n seconds. Set the environment variable UPLIFT_API_KEY instead.</source>
        <translation>
            <numerusform>Le trousseau n’a pas répondu en %n seconde. Définissez plutôt la variable d’environnement UPLIFT_API_KEY.</numerusform>
            <numerusform>Le trousseau n’a pas répondu en %n secondes. Définissez plutôt la variable d’environnement UPLIFT_API_KEY.</numerusform>
        </translation>
    </message>
    <message>
        <source>No API key: set the environment variable UPLIFT_API_KEY or save one in the window.</source>
        <translation>Pas de clé d’API : définissez la variable d’environnement UPLIFT_API_KEY ou enregistrez-en une dans la fenêtre.</translation>
    </message>
</context>
<context>
    <name>ReadyListDelegate</name>
    <message>
        <source>No preview on this computer</source>
        <translation>Pas d’aperçu sur cet ordinateur</translation>
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
        <translation>%1 i/s</translation>
    </message>
    <message>
        <source>%1 cannot be uploaded: %2</source>
        <translation>%1 ne peut pas être envoyé : %2</translation>
    </message>
    <message>
        <source>%1
The preview cannot play this file (%2); it can still be uploaded.</source>
        <translation>%1
L’aperçu ne peut pas lire ce fichier (%2) ; il peut tout de même être envoyé.</translation>
    </message>
    <message>
        <source>%1 fps slow motion, plays at %2 fps</source>
        <translation>ralenti à %1 i/s, lu à %2 i/s</translation>
    </message>
    <message>
        <source>filmed %1</source>
        <translation>filmé %1</translation>
    </message>
    <message>
        <source>keeps %1–%2</source>
        <translation>garde %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>split into %n clips</source>
        <translation>
            <numerusform>divisé en %n clip</numerusform>
            <numerusform>divisé en %n clips</numerusform>
        </translation>
    </message>
    <message>
        <source>file saved %1</source>
        <translation>fichier enregistré le %1</translation>
    </message>
    <message>
        <source>%1: %2 It can be chosen once it is whole.</source>
        <translation>%1 : %2 Il pourra être choisi une fois complet.</translation>
    </message>
    <message numerus="yes">
        <source>The file did not answer within %n seconds: the card or drive may have stopped responding. Remove it from the list and add it again to try once more.</source>
        <translation>
            <numerusform>Le fichier n'a pas répondu en %n seconde : la carte ou le disque ne répond peut-être plus. Retirez-le de la liste et ajoutez-le à nouveau pour réessayer.</numerusform>
            <numerusform>Le fichier n'a pas répondu en %n secondes : la carte ou le disque ne répond peut-être plus. Retirez-le de la liste et ajoutez-le à nouveau pour réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the video…</source>
        <translation>Lecture de la vidéo…</translation>
    </message>
</context>
<context>
    <name>ReadyListStore</name>
    <message>
        <source>larger than any list of clips could be</source>
        <translation>est plus volumineux que ne pourrait l’être une liste de clips</translation>
    </message>
    <message>
        <source>not a list of clips</source>
        <translation>ce n’est pas une liste de clips</translation>
    </message>
    <message>
        <source>%1 is larger than any list of clips could be</source>
        <translation>%1 est plus volumineux que ne pourrait l’être une liste de clips</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>%1 (no longer there)</source>
        <translation>%1 (n’existe plus)</translation>
    </message>
    <message>
        <source>No Recent Videos</source>
        <translation>Aucune vidéo récente</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>Reservation</name>
    <message>
        <source>the reservation is not a JSON object.</source>
        <translation>la réservation n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>the reservation has no %1.</source>
        <translation>la réservation n’a pas de %1.</translation>
    </message>
    <message>
        <source>the reservation's upload_fields is missing or not an object.</source>
        <translation>le upload_fields de la réservation manque ou n’est pas un objet.</translation>
    </message>
    <message>
        <source>the upload address is not an https URL.</source>
        <translation>l’adresse d’envoi n’est pas une URL https.</translation>
    </message>
    <message>
        <source>the reservation's upload_expires_at is not a date-time.</source>
        <translation>le upload_expires_at de la réservation n’est pas une date et heure.</translation>
    </message>
    <message>
        <source>the reservation's upload_fields repeat a name.</source>
        <translation>les upload_fields de la réservation répètent un nom.</translation>
    </message>
    <message>
        <source>the upload field %1 is not a string.</source>
        <translation>le champ d’envoi %1 n’est pas une chaîne.</translation>
    </message>
</context>
<context>
    <name>S3PostUpload</name>
    <message>
        <source>An upload field has an invalid name.</source>
        <translation>Un champ d’envoi a un nom non valide.</translation>
    </message>
    <message>
        <source>The upload fields must not contain the file itself.</source>
        <translation>Les champs d’envoi ne doivent pas contenir le fichier lui-même.</translation>
    </message>
    <message>
        <source>The file %1 no longer exists.</source>
        <translation>Le fichier %1 n’existe plus.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Le fichier %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Le fichier %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The file %1 changed while it was being uploaded.</source>
        <translation>Le fichier %1 a changé pendant son envoi.</translation>
    </message>
    <message>
        <source>The upload address is not an https URL.</source>
        <translation>L’adresse d’envoi n’est pas une URL https.</translation>
    </message>
    <message>
        <source>The upload was redirected to an address that is not https (%1).</source>
        <translation>L’envoi a été redirigé vers une adresse qui n’est pas en https (%1).</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Runs the local Uplift API and S3 upload sandbox on 127.0.0.1 until interrupted.</source>
        <translation>Exécute le bac à sable local de l’API Uplift et de l’envoi S3 sur 127.0.0.1 jusqu’à interruption.</translation>
    </message>
    <message>
        <source>API port (default: any free port).</source>
        <translation>Port de l’API (par défaut : un port libre quelconque).</translation>
    </message>
    <message>
        <source>Port of the built-in S3 endpoint.</source>
        <translation>Port du point d’accès S3 intégré.</translation>
    </message>
    <message>
        <source>Data folder (SQLite store and uploaded objects).</source>
        <translation>Dossier de données (base SQLite et objets envoyés).</translation>
    </message>
    <message>
        <source>API key clients must send (default: random).</source>
        <translation>Clé d’API que les clients doivent envoyer (par défaut : aléatoire).</translation>
    </message>
    <message>
        <source>Requests per minute before 429 (default: none).</source>
        <translation>Requêtes par minute avant 429 (par défaut : aucune limite).</translation>
    </message>
    <message>
        <source>Time a capture spends processing (default 1500).</source>
        <translation>Durée de traitement d’une capture (par défaut 1500).</translation>
    </message>
    <message>
        <source>Largest upload the policies allow.</source>
        <translation>Plus gros envoi autorisé par les politiques.</translation>
    </message>
    <message>
        <source>Sign uploads for this S3-compatible endpoint instead.</source>
        <translation>Signer plutôt les envois pour ce point d’accès compatible S3.</translation>
    </message>
    <message>
        <source>Bucket on that endpoint.</source>
        <translation>Bucket sur ce point d’accès.</translation>
    </message>
    <message>
        <source>Region of that endpoint.</source>
        <translation>Région de ce point d’accès.</translation>
    </message>
    <message>
        <source>Access key for that endpoint.</source>
        <translation>Clé d’accès pour ce point d’accès.</translation>
    </message>
    <message>
        <source>Secret key for that endpoint.</source>
        <translation>Clé secrète pour ce point d’accès.</translation>
    </message>
    <message>
        <source>Inject a fault (repeatable): fail:ROUTE:STATUS[:COUNT], latency:ROUTE:MS, stall-upload:BYTES[:COUNT], reset-upload:BYTES[:COUNT], policy-lifetime:SECONDS, random:RATE[:SEED].</source>
        <translation>Injecter une panne (répétable) : fail:ROUTE:STATUS[:COUNT], latency:ROUTE:MS, stall-upload:BYTES[:COUNT], reset-upload:BYTES[:COUNT], policy-lifetime:SECONDS, random:RATE[:SEED].</translation>
    </message>
    <message>
        <source>Inject random faults: each request meets one with this probability (0 to 1): 429, 503, reset, stall, lost answer, policy expiring early.</source>
        <translation>Injecter des pannes aléatoires : chaque requête en subit une avec cette probabilité (0 à 1) : 429, 503, réinitialisation, blocage, réponse perdue, politique expirant trop tôt.</translation>
    </message>
    <message>
        <source>Seed of the random faults, to repeat a run.</source>
        <translation>Graine des pannes aléatoires, pour répéter une exécution.</translation>
    </message>
    <message>
        <source>--s3-endpoint needs --s3-bucket, --s3-access-key and --s3-secret-key.</source>
        <translation>--s3-endpoint nécessite --s3-bucket, --s3-access-key et --s3-secret-key.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Le bac à sable n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Sandbox API: %1</source>
        <translation>API du bac à sable : %1</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>Clé d’API : %1</translation>
    </message>
    <message>
        <source>Uploads go to: %1</source>
        <translation>Les envois vont à : %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Dossier de données : %1</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Bac à sable arrêté.</translation>
    </message>
    <message>
        <source>uplift-capture sandbox: %1</source>
        <translation>uplift-capture sandbox : %1</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>Processing failed: %1 (%2)</source>
        <extracomment>%1 explains which movement dimension is missing or wrong; %2 is its field, e.g. movement_attributes.handedness</extracomment>
        <translation>Échec du traitement : %1 (%2)</translation>
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
        <translation>Groupe de séances %1</translation>
    </message>
    <message>
        <source>Choose the athlete first</source>
        <translation>Choisissez d’abord l’athlète</translation>
    </message>
    <message>
        <source>No session yet: create one</source>
        <translation>Aucune séance pour l’instant : créez-en une</translation>
    </message>
    <message>
        <source>Session group</source>
        <translation>Groupe de séances</translation>
    </message>
    <message>
        <source>A new session group for today, kept when you upload. Type to rename it.</source>
        <translation>Un nouveau groupe de séances pour aujourd’hui, conservé à l’envoi. Tapez pour le renommer.</translation>
    </message>
    <message>
        <source>dddd d MMM</source>
        <comment>date format of a new session's name</comment>
        <translation>dddd d MMM</translation>
    </message>
</context>
<context>
    <name>SessionGroups</name>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>The Uplift API address, normally https://api.uplift.ai/v1</source>
        <translation>L’adresse de l’API Uplift, normalement https://api.uplift.ai/v1</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Made in the Uplift Capture web app under Account settings ▸ API Keys. Stored in the system keychain.</source>
        <translation>Créée dans l’application web Uplift Capture, sous Paramètres du compte ▸ Clés d’API. Conservée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>sk-…</source>
        <translation>sk-…</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>Afficher la clé d’API</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Afficher ou masquer la clé</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Ask the server whether this key works</source>
        <translation>Demander au serveur si cette clé fonctionne</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Use sandbox</source>
        <translation>Utiliser le bac à sable</translation>
    </message>
    <message>
        <source>Use the &amp;sandbox (a practice server on this computer; nothing reaches Uplift)</source>
        <translation>Utiliser le &amp;bac à sable (un serveur d’entraînement sur cet ordinateur ; rien n’arrive chez Uplift)</translation>
    </message>
    <message>
        <source>&amp;Parallel uploads:</source>
        <translation>Envois &amp;simultanés :</translation>
    </message>
    <message>
        <source>Parallel uploads</source>
        <translation>Envois simultanés</translation>
    </message>
    <message>
        <source>How many videos are sent at the same time</source>
        <translation>Combien de vidéos sont envoyées en même temps</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Where the key is kept</source>
        <translation>Où la clé est conservée</translation>
    </message>
    <message>
        <source>When the sandbox switch takes effect</source>
        <translation>Quand le changement de bac à sable s’applique</translation>
    </message>
    <message>
        <source>The environment variable UPLIFT_API_KEY is set: its key is used, not the one saved here.</source>
        <translation>La variable d’environnement UPLIFT_API_KEY est définie : sa clé est utilisée, pas celle enregistrée ici.</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file.</source>
        <translation>Conservée dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Limit upload speed</source>
        <translation>Limiter la vitesse d’envoi</translation>
    </message>
    <message>
        <source>For shared gym networks: leave room for others on the same connection</source>
        <translation>Pour les réseaux partagés de la salle : laisse de la place aux autres sur la même connexion</translation>
    </message>
    <message>
        <source>Li&amp;mit upload speed to</source>
        <translation>Li&amp;miter la vitesse d’envoi à</translation>
    </message>
    <message>
        <source>Upload speed limit in megabytes per second</source>
        <translation>Limite de vitesse d’envoi en mégaoctets par seconde</translation>
    </message>
    <message>
        <source>For shared gym networks: all uploads together send no faster than this</source>
        <translation>Pour les réseaux partagés de la salle : l’ensemble des envois ne dépasse pas cette vitesse</translation>
    </message>
    <message>
        <source> MB/s</source>
        <translation> Mo/s</translation>
    </message>
    <message>
        <source>This window runs the sandbox (started with --sandbox). Untick to use your Uplift account the next time Uplift Capture starts without --sandbox.</source>
        <translation>Cette fenêtre utilise le bac à sable (lancé avec --sandbox). Décochez pour utiliser votre compte Uplift au prochain lancement d’Uplift Capture sans --sandbox.</translation>
    </message>
    <message>
        <source>This window runs the sandbox. Untick to use your Uplift account the next time Uplift Capture starts.</source>
        <translation>Cette fenêtre utilise le bac à sable. Décochez pour utiliser votre compte Uplift au prochain lancement d’Uplift Capture.</translation>
    </message>
    <message>
        <source>Your Uplift account is used the next time Uplift Capture starts without --sandbox.</source>
        <translation>Votre compte Uplift est utilisé au prochain lancement d’Uplift Capture sans --sandbox.</translation>
    </message>
    <message>
        <source>Your Uplift account is used the next time Uplift Capture starts.</source>
        <translation>Votre compte Uplift est utilisé au prochain lancement d’Uplift Capture.</translation>
    </message>
    <message>
        <source>The sandbox starts the next time Uplift Capture starts.</source>
        <translation>Le bac à sable démarre au prochain lancement d’Uplift Capture.</translation>
    </message>
    <message>
        <source>&amp;Imported videos:</source>
        <translation>&amp;Vidéos importées :</translation>
    </message>
    <message>
        <source>Folder for imported videos</source>
        <translation>Dossier des vidéos importées</translation>
    </message>
    <message>
        <source>Videos imported from a card, camera or phone are copied here, into a folder for each day</source>
        <translation>Les vidéos importées d’une carte, d’une caméra ou d’un téléphone sont copiées ici, dans un dossier par jour</translation>
    </message>
    <message>
        <source>Choose the folder for imported videos</source>
        <translation>Choisir le dossier des vidéos importées</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Where imported videos go</source>
        <translation>Emplacement des vidéos importées</translation>
    </message>
    <message>
        <source>Each day's import gets a folder of its own, today's: %1</source>
        <translation>Chaque jour d’importation a son propre dossier, celui d’aujourd’hui : %1</translation>
    </message>
    <message>
        <source>Type the whole path of the folder (starting with %1), or use Browse…</source>
        <translation>Saisissez le chemin complet du dossier (commençant par %1) ou utilisez Parcourir…</translation>
    </message>
    <message>
        <source>Folder for Imported Videos</source>
        <translation>Dossier des vidéos importées</translation>
    </message>
</context>
<context>
    <name>SleepInhibitor</name>
    <message>
        <source>Uploading videos to Uplift</source>
        <translation>Envoi de vidéos vers Uplift</translation>
    </message>
</context>
<context>
    <name>SourceScan</name>
    <message>
        <source>The card did not answer while reading %1.</source>
        <translation>La carte n’a pas répondu pendant la lecture de %1.</translation>
    </message>
    <message>
        <source>%1 has no DCIM folder and no AVCHD folder.</source>
        <translation>%1 n’a ni dossier DCIM ni dossier AVCHD.</translation>
    </message>
</context>
<context>
    <name>SourceWatcher</name>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 n’est plus là.</translation>
    </message>
    <message>
        <source>Clips are still being copied from %1: wait until the import is done, or stop it first.</source>
        <translation>Des clips sont encore en cours de copie depuis %1 : attendez la fin de l’importation, ou arrêtez-la d’abord.</translation>
    </message>
    <message>
        <source>This system cannot eject %1 from Uplift Capture.</source>
        <translation>Ce système ne permet pas d’éjecter %1 depuis Uplift Capture.</translation>
    </message>
</context>
<context>
    <name>ThreadedS3Upload</name>
    <message>
        <source>The upload thread has ended.</source>
        <translation>Le fil d’envoi s’est arrêté.</translation>
    </message>
</context>
<context>
    <name>Udisks</name>
    <message>
        <source>Another program still has a file open on it.</source>
        <translation>Un autre programme y a encore un fichier ouvert.</translation>
    </message>
</context>
<context>
    <name>UpliftClient</name>
    <message>
        <source>The API address must start with https:// (plain http only for this computer).</source>
        <translation>L’adresse de l’API doit commencer par https:// (http simple uniquement pour cet ordinateur).</translation>
    </message>
    <message>
        <source>No Uplift API key is set.</source>
        <translation>Aucune clé d’API Uplift n’est définie.</translation>
    </message>
    <message>
        <source>Too many redirects.</source>
        <translation>Trop de redirections.</translation>
    </message>
    <message>
        <source>The server redirected to an address that is not https.</source>
        <translation>Le serveur a redirigé vers une adresse qui n’est pas en https.</translation>
    </message>
    <message>
        <source>the reservation is for another session group.</source>
        <translation>la réservation concerne un autre groupe de séances.</translation>
    </message>
    <message>
        <source>A capture id has 1 to 255 characters.</source>
        <translation>Un identifiant de capture fait de 1 à 255 caractères.</translation>
    </message>
    <message>
        <source>the capture is not a JSON object.</source>
        <translation>la capture n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>the capture list has no captures array.</source>
        <translation>la liste des captures n’a pas de tableau captures.</translation>
    </message>
    <message>
        <source>a capture is not a JSON object.</source>
        <translation>une capture n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Athletes can be sorted by first_name, last_name or date_of_birth.</source>
        <translation>Les athlètes peuvent être triés par first_name, last_name ou date_of_birth.</translation>
    </message>
    <message>
        <source>%1 cannot be used as a custom attribute filter.</source>
        <translation>%1 ne peut pas servir de filtre d’attribut personnalisé.</translation>
    </message>
    <message>
        <source>the athlete list holds no list of athletes.</source>
        <translation>la liste des athlètes ne contient aucune liste d’athlètes.</translation>
    </message>
    <message>
        <source>the athlete list is not JSON.</source>
        <translation>la liste des athlètes n’est pas du JSON.</translation>
    </message>
    <message>
        <source>an athlete is not a JSON object.</source>
        <translation>un athlète n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>the athlete is not a JSON object.</source>
        <translation>l’athlète n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Which athlete to update?</source>
        <translation>Quel athlète mettre à jour ?</translation>
    </message>
    <message>
        <source>The first name cannot be cleared.</source>
        <translation>Le prénom ne peut pas être effacé.</translation>
    </message>
    <message>
        <source>its answer is larger than %1 MiB.</source>
        <translation>sa réponse dépasse %1 Mio.</translation>
    </message>
</context>
<context>
    <name>UploadAttempt</name>
    <message>
        <source>The upload window closed; reserving a new one in the same session group.</source>
        <translation>Le créneau d’envoi est expiré ; un nouveau est réservé dans le même groupe de séances.</translation>
    </message>
    <message>
        <source>Reserved; it uploads when uploads go on.</source>
        <translation>Réservé ; il sera envoyé à la reprise des envois.</translation>
    </message>
    <message>
        <source>Reserved ahead; it uploads when a running upload ends.</source>
        <translation>Réservé à l’avance ; il sera envoyé dès qu’un envoi en cours se termine.</translation>
    </message>
    <message>
        <source>The upload address did not answer twice; reserving a new one in the same session group.</source>
        <translation>L’adresse d’envoi n’a pas répondu à deux reprises ; une nouvelle est réservée dans le même groupe de séances.</translation>
    </message>
    <message>
        <source>No data moved for too long; the upload will start again.</source>
        <translation>Aucune donnée n’a été transférée depuis trop longtemps ; l’envoi va recommencer.</translation>
    </message>
    <message>
        <source>The upload window closed before the upload finished.</source>
        <translation>Le créneau d’envoi a expiré avant la fin de l’envoi.</translation>
    </message>
    <message>
        <source>Looking through the captures list for the reservation whose answer was lost.</source>
        <translation>Recherche dans la liste des captures de la réservation dont la réponse a été perdue.</translation>
    </message>
    <message>
        <source>Asking Uplift whether the interrupted upload arrived.</source>
        <translation>Uplift est interrogé pour savoir si l’envoi interrompu est arrivé.</translation>
    </message>
    <message>
        <source>No capture in the list matches the reservation whose answer was lost; reserving again.</source>
        <translation>Aucune capture de la liste ne correspond à la réservation dont la réponse a été perdue ; nouvelle réservation.</translation>
    </message>
    <message>
        <source>The lost reservation was found (%1, awaiting upload), but its upload form cannot be fetched again; reserving a new one in the same session group.</source>
        <translation>La réservation perdue a été retrouvée (%1, en attente d’envoi), mais son formulaire d’envoi ne peut pas être obtenu à nouveau ; une nouvelle est réservée dans le même groupe de séances.</translation>
    </message>
    <message>
        <source>The interrupted upload had not arrived; it starts again from the beginning.</source>
        <translation>L’envoi interrompu n’était pas arrivé ; il recommence depuis le début.</translation>
    </message>
    <message>
        <source>The clip had already reached Uplift before the interruption; it is not sent again.</source>
        <translation>Le clip était déjà arrivé chez Uplift avant l’interruption ; il n’est pas renvoyé.</translation>
    </message>
    <message>
        <source>Uplift does not know the session %1 any more; reserving a new one.</source>
        <translation>Uplift ne connaît plus la séance %1 ; une nouvelle est réservée.</translation>
    </message>
    <message>
        <source>The captures list could not be read (%1); reserving again.</source>
        <translation>La liste des captures n’a pas pu être lue (%1) ; nouvelle réservation.</translation>
    </message>
    <message>
        <source>Uplift could not say whether the interrupted upload arrived (%1); sending it again.</source>
        <translation>Uplift n’a pas pu dire si l’envoi interrompu est arrivé (%1) ; il est renvoyé.</translation>
    </message>
</context>
<context>
    <name>UploadJob</name>
    <message>
        <source>The file was changed after it was queued: %1</source>
        <translation>Le fichier a été modifié après sa mise en file d’attente : %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Reserving</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>En attente d’un nouvel essai</translation>
    </message>
    <message>
        <source>The recording is no longer there (moved or deleted?): %1</source>
        <translation>L’enregistrement n’est plus là (déplacé ou supprimé ?) : %1</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
</context>
<context>
    <name>UploadNotifier</name>
    <message>
        <source>Show Uplift Capture</source>
        <translation>Afficher Uplift Capture</translation>
    </message>
    <message>
        <source>Stop Uploads and Quit</source>
        <translation>Arrêter les envois et quitter</translation>
    </message>
    <message>
        <source>Uploads finished</source>
        <translation>Envois terminés</translation>
    </message>
    <message>
        <source>1 video was uploaded.</source>
        <translation>1 vidéo a été envoyée.</translation>
    </message>
    <message numerus="yes">
        <source>%n videos were uploaded.</source>
        <translation>
            <numerusform>%n vidéo a été envoyée.</numerusform>
            <numerusform>%n vidéos ont été envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploads finished with problems</source>
        <translation>Envois terminés avec des problèmes</translation>
    </message>
    <message>
        <source>%1 uploaded, %2 failed. Open the window to see why.</source>
        <translation>%1 envoyé(s), %2 en échec. Ouvrez la fenêtre pour savoir pourquoi.</translation>
    </message>
    <message>
        <source>%1 was not uploaded</source>
        <translation>%1 n’a pas été envoyé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <source>%1 clips were not uploaded</source>
        <translation>%1 clips n’ont pas été envoyés</translation>
    </message>
</context>
<context>
    <name>UploadRequest</name>
    <message>
        <source>The athlete's id (UUID). Required.</source>
        <translation>L’identifiant de l’athlète (UUID). Obligatoire.</translation>
    </message>
    <message>
        <source>The session group's id (UUID), or "new" for a new group shared by these files (the default).</source>
        <translation>L’identifiant du groupe de séances (UUID), ou "new" pour un nouveau groupe commun à ces fichiers (par défaut).</translation>
    </message>
    <message>
        <source>How the camera stood: front_on or down_the_line. Required.</source>
        <translation>Position de la caméra : front_on ou down_the_line. Obligatoire.</translation>
    </message>
    <message>
        <source>portrait or landscape.</source>
        <translation>portrait ou landscape.</translation>
    </message>
    <message>
        <source>The activity. Required.</source>
        <translation>L’activité. Obligatoire.</translation>
    </message>
    <message>
        <source>The movement. Required.</source>
        <translation>Le mouvement. Obligatoire.</translation>
    </message>
    <message>
        <source>A movement dimension, repeatable.</source>
        <translation>Une dimension du mouvement, répétable.</translation>
    </message>
    <message>
        <source>A camera detail, repeatable.</source>
        <translation>Un détail de la caméra, répétable.</translation>
    </message>
    <message>
        <source>How many files upload at the same time.</source>
        <translation>Combien de fichiers sont envoyés en même temps.</translation>
    </message>
    <message>
        <source>Wait until Uplift has processed every file.</source>
        <translation>Attendre qu’Uplift ait traité chaque fichier.</translation>
    </message>
    <message>
        <source>Print one JSON object per line instead of text.</source>
        <translation>Afficher un objet JSON par ligne au lieu de texte.</translation>
    </message>
    <message>
        <source>The Uplift API's base URL.</source>
        <translation>L’URL de base de l’API Uplift.</translation>
    </message>
    <message>
        <source>--parallel needs a whole number of 1 or more, not "%1".</source>
        <translation>--parallel attend un nombre entier supérieur ou égal à 1, pas "%1".</translation>
    </message>
    <message>
        <source>--api-url is not a URL: "%1".</source>
        <translation>--api-url n’est pas une URL : "%1".</translation>
    </message>
    <message>
        <source>--attr needs KEY=VALUE, not "%1".</source>
        <translation>--attr attend CLÉ=VALEUR, pas "%1".</translation>
    </message>
    <message>
        <source>--camera needs KEY=VALUE, not "%1".</source>
        <translation>--camera attend CLÉ=VALEUR, pas "%1".</translation>
    </message>
    <message>
        <source>capture_time: "%1" is not an RFC 3339 date and time with an offset, e.g. 2026-05-13T12:00:00Z.</source>
        <translation>capture_time : "%1" n’est pas une date et heure RFC 3339 avec décalage, p. ex. 2026-05-13T12:00:00Z.</translation>
    </message>
    <message>
        <source>Name at least one video file to upload.</source>
        <translation>Indiquez au moins un fichier vidéo à envoyer.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: the file is not there.</source>
        <translation>%1 : le fichier est introuvable.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1 : le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1 : %2 : %3</translation>
    </message>
    <message>
        <source>Cap the upload bandwidth, shared by all files: KiB/s, or with K or M (500, 500K, 2M).</source>
        <translation>Limite la bande passante d’envoi, partagée par tous les fichiers : Kio/s, ou avec K ou M (500, 500K, 2M).</translation>
    </message>
    <message>
        <source>--limit-rate needs a rate above zero such as 500 (KiB/s), 500K or 2M, not "%1".</source>
        <translation>--limit-rate attend un débit supérieur à zéro, par exemple 500 (Kio/s), 500K ou 2M, et non « %1 ».</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>The videos to upload: .mov, .mp4, .m4v, .mts or .m2ts (H.264, HEVC or ProRes); anything but a whole .mov is made into one first, without re-encoding.</source>
        <translation>Les vidéos à envoyer : .mov, .mp4, .m4v, .mts ou .m2ts (H.264, HEVC ou ProRes) ; tout ce qui n’est pas un .mov entier est d’abord transformé en .mov, sans réencodage.</translation>
    </message>
    <message>
        <source>When the recording started, RFC 3339 with an offset (default: what the file says, else its date).</source>
        <translation>Quand l’enregistrement a commencé, RFC 3339 avec décalage (par défaut : ce que dit le fichier, sinon sa date).</translation>
    </message>
    <message>
        <source>Upload only this part of each file, cut at the keyframe at or before START; repeat to split a recording into several clips (&lt;name&gt;-1.mov, &lt;name&gt;-2.mov, ...). Seconds or [hh:]mm:ss[.fff].</source>
        <translation>N’envoyer que cette partie de chaque fichier, coupée à l’image clé à DÉBUT ou avant ; à répéter pour diviser un enregistrement en plusieurs clips (&lt;nom&gt;-1.mov, &lt;nom&gt;-2.mov, ...). Secondes ou [hh:]mm:ss[.fff].</translation>
    </message>
    <message>
        <source>--trim: %1.</source>
        <translation>--trim : %1.</translation>
    </message>
    <message>
        <source>%1: --trim: %2.</source>
        <translation>%1 : --trim : %2.</translation>
    </message>
    <message>
        <source>Upload to the sandbox on this computer, through the sandbox's own queue (as `uplift-capture --sandbox` does), not to your Uplift account. While the sandbox window is open it owns that queue: add the videos there, or close it first.</source>
        <translation>Envoyer vers le bac à sable de cet ordinateur, par la file propre au bac à sable (comme `uplift-capture --sandbox`), et non vers votre compte Uplift. Tant que la fenêtre du bac à sable est ouverte, cette file lui appartient : ajoutez-y les vidéos, ou fermez-la d’abord.</translation>
    </message>
    <message>
        <source>Upload a clip again although it was uploaded (or failed) before for the same athlete, movement and part. Without it the command asks on a terminal and otherwise leaves such a clip out (exit code 6). A clip still in the queue is followed, never queued twice.</source>
        <translation>Envoyer à nouveau un clip bien qu’il ait déjà été envoyé (ou ait échoué) pour le même athlète, le même mouvement et la même partie. Sans cette option, la commande pose la question dans un terminal, et sinon laisse ce clip de côté (code de sortie 6). Un clip encore dans la file est suivi, jamais mis deux fois en file.</translation>
    </message>
    <message>
        <source>--sandbox and --api-url cannot be used together: the sandbox runs on this computer.</source>
        <translation>--sandbox et --api-url ne peuvent pas être utilisés ensemble : le bac à sable tourne sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Split each file at every impact heard in its sound (a ball struck, a landing): one clip per impact, from --before to --after around it (&lt;name&gt;-1.mov, &lt;name&gt;-2.mov, ...). Refused for a file without sound or without an impact heard. `uplift-capture impacts FILE` shows the parts first.</source>
        <translation>Diviser chaque fichier à chaque impact entendu dans sa piste audio (une balle frappée, une réception au sol) : un clip par impact, de --before avant à --after après (&lt;nom&gt;-1.mov, &lt;nom&gt;-2.mov, ...). Refusé pour un fichier sans son ou sans impact entendu. `uplift-capture impacts FICHIER` affiche d’abord les parties.</translation>
    </message>
    <message>
        <source>With --split-at-impacts: seconds before each impact (default: the movement's, as last set in the window; golf full swing 2.5).</source>
        <translation>Avec --split-at-impacts : secondes avant chaque impact (par défaut : celles du mouvement, telles que réglées en dernier dans la fenêtre ; swing complet de golf 2.5).</translation>
    </message>
    <message>
        <source>With --split-at-impacts: seconds after each impact (default: the movement's, as last set in the window; golf full swing 1.5).</source>
        <translation>Avec --split-at-impacts : secondes après chaque impact (par défaut : celles du mouvement, telles que réglées en dernier dans la fenêtre ; swing complet de golf 1.5).</translation>
    </message>
    <message>
        <source>--split-at-impacts and --trim cannot be used together: the impacts mark the parts.</source>
        <translation>--split-at-impacts et --trim ne peuvent pas être utilisés ensemble : ce sont les impacts qui marquent les parties.</translation>
    </message>
    <message>
        <source>--%1 is for --split-at-impacts.</source>
        <translation>--%1 s’utilise avec --split-at-impacts.</translation>
    </message>
    <message>
        <source>--%1 needs seconds such as 2.5, not "%2".</source>
        <translation>--%1 attend des secondes, par exemple 2.5, pas "%2".</translation>
    </message>
    <message>
        <source>--before/--after: %1</source>
        <translation>--before/--after : %1</translation>
    </message>
    <message>
        <source>%1: has no sound track, so there are no impacts to split it at; mark the parts with --trim instead.</source>
        <translation>%1 : pas de piste audio, donc aucun impact où le diviser ; marquez plutôt les parties avec --trim.</translation>
    </message>
    <message>
        <source>%1: no impact was heard in it, so it is not split; mark the parts with --trim instead.</source>
        <translation>%1 : aucun impact entendu, il n’est donc pas divisé ; marquez plutôt les parties avec --trim.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1: impacts heard at %2: one clip each, %3 s before to %4 s after.</source>
        <translation>%1 : impacts entendus à %2 : un clip pour chacun, de %3 s avant à %4 s après.</translation>
    </message>
</context>
<context>
    <name>UploadRun</name>
    <message>
        <source>job %1 %2: %3</source>
        <translation>tâche %1 %2 : %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>preparing %1: %2 %</source>
        <translation>préparation de %1 : %2 %</translation>
    </message>
    <message>
        <source><byte value="xd" />%1 uploading: %2 of %3, %4/s, %5 s left</source>
        <translation><byte value="xd" />%1 en envoi : %2 sur %3, %4/s, %5 s restantes</translation>
    </message>
</context>
<context>
    <name>UploadSession</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The upload queue stopped: %1</source>
        <translation>La file d’envoi s’est arrêtée : %1</translation>
    </message>
    <message>
        <source>Uploads are not available: %1</source>
        <translation>Les envois ne sont pas disponibles : %1</translation>
    </message>
</context>
<context>
    <name>VideoIntake</name>
    <message>
        <source>The name contains “/” or “\”; rename the file</source>
        <translation>Le nom contient « / » ou « \ » ; renommez le fichier</translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %n characters; rename the file</source>
        <translation>
            <numerusform>Le nom dépasse %n caractère ; renommez le fichier</numerusform>
            <numerusform>Le nom dépasse %n caractères ; renommez le fichier</numerusform>
        </translation>
    </message>
    <message>
        <source>The file no longer exists</source>
        <translation>Le fichier n’existe plus</translation>
    </message>
    <message>
        <source>Not a regular file</source>
        <translation>Ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>The file cannot be read (check its permissions)</source>
        <translation>Le fichier ne peut pas être lu (vérifiez ses droits d’accès)</translation>
    </message>
    <message>
        <source>Not a video (MOV, MP4, M4V, MTS or M2TS)</source>
        <translation>Pas une vidéo (MOV, MP4, M4V, MTS ou M2TS)</translation>
    </message>
</context>
<context>
    <name>VideoPreview</name>
    <message>
        <source>Video preview</source>
        <translation>Aperçu de la vidéo</translation>
    </message>
    <message>
        <source>Preview message</source>
        <translation>Message de l’aperçu</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>Image précédente</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Lecture ou pause</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>Image suivante</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>Position dans la vidéo</translation>
    </message>
    <message>
        <source>Drag to move through the video</source>
        <translation>Faites glisser pour parcourir la vidéo</translation>
    </message>
    <message>
        <source>Playback time</source>
        <translation>Temps de lecture</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>Video details</source>
        <translation>Détails de la vidéo</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Previous Frame</source>
        <translation>Image précédente</translation>
    </message>
    <message>
        <source>Next Frame</source>
        <translation>Image suivante</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>This video cannot be previewed on this computer (%1).
It can still be uploaded.</source>
        <translation>Cette vidéo ne peut pas être prévisualisée sur cet ordinateur (%1).
Elle peut tout de même être envoyée.</translation>
    </message>
    <message>
        <source>Select a video in the list to preview it.</source>
        <translation>Sélectionnez une vidéo dans la liste pour la prévisualiser.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Filmed %1</source>
        <translation>Filmé le %1</translation>
    </message>
    <message>
        <source>File saved %1 (the video does not say when it was filmed)</source>
        <translation>Fichier enregistré le %1 (la vidéo n’indique pas quand elle a été filmée)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Mark In</source>
        <translation>Marquer le début</translation>
    </message>
    <message>
        <source>Mark Out</source>
        <translation>Marquer la fin</translation>
    </message>
    <message>
        <source>Clear marks</source>
        <translation>Effacer les marques</translation>
    </message>
    <message>
        <source>Kept part of the video</source>
        <translation>Partie gardée de la vidéo</translation>
    </message>
    <message>
        <source>Clear Marks</source>
        <translation>Effacer les marques</translation>
    </message>
    <message>
        <source>Upload the whole clip again</source>
        <translation>Envoyer à nouveau le clip entier</translation>
    </message>
    <message>
        <source>The whole clip is uploaded. Mark In (I) and Out (O) to keep only the swing.</source>
        <translation>Le clip entier est envoyé. Marquez le début (I) et la fin (O) pour ne garder que le swing.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Keeps %1 (%2 s)</source>
        <translation>Garde %1 (%2 s)</translation>
    </message>
    <message>
        <source>starts %1 s earlier, at the previous keyframe</source>
        <translation>commence %1 s plus tôt, à l’image clé précédente</translation>
    </message>
    <message numerus="yes">
        <source>Split into %n clips: %1</source>
        <translation>
            <numerusform>Divisé en %n clip : %1</numerusform>
            <numerusform>Divisé en %n clips : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>filmed turned %1°, shown upright</source>
        <translation>filmé tourné de %1°, affiché droit</translation>
    </message>
    <message>
        <source>sent as %1 (made into a .mov without re-encoding)</source>
        <translation>envoyé comme %1 (transformé en .mov sans réencodage)</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Vitesse :</translation>
    </message>
    <message>
        <source>1 start moved to the previous keyframe</source>
        <translation>1 début déplacé à l’image clé précédente</translation>
    </message>
    <message numerus="yes">
        <source>%n starts moved to the previous keyframe</source>
        <translation>
            <numerusform>%n début déplacé à l’image clé précédente</numerusform>
            <numerusform>%n débuts déplacés à l’image clé précédente</numerusform>
        </translation>
    </message>
    <message>
        <source>Mute the sound</source>
        <translation>Couper le son</translation>
    </message>
</context>
<context>
    <name>VideoProbe</name>
    <message>
        <source>The video could not be opened in time.</source>
        <translation>La vidéo n’a pas pu être ouverte à temps.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>The video has no picture.</source>
        <translation>La vidéo n’a pas d’image.</translation>
    </message>
    <message>
        <source>The video cannot be played on this computer.</source>
        <translation>La vidéo ne peut pas être lue sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The file did not answer in time; the card or drive may have stopped responding.</source>
        <translation>Le fichier n'a pas répondu à temps ; la carte ou le disque ne répond peut-être plus.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Uploads coaches' videos to the Uplift motion-analysis platform.</source>
        <translation>Envoie les vidéos des entraîneurs vers la plateforme d’analyse du mouvement Uplift.</translation>
    </message>
    <message>
        <source>Try the app without an account: run a local sandbox of the Uplift API and upload service on this computer and use it.</source>
        <translation>Essayer l’application sans compte : lancer sur cet ordinateur un bac à sable local de l’API et du service d’envoi Uplift, et l’utiliser.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Le bac à sable n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Uploads are not available: %1</source>
        <translation>Les envois ne sont pas disponibles : %1</translation>
    </message>
    <message>
        <source>%1 COMMAND [options]</source>
        <translation>%1 COMMANDE [options]</translation>
    </message>
    <message>
        <source>Run the local sandbox of the Uplift API without a window.</source>
        <translation>Exécuter le bac à sable local de l’API Uplift sans fenêtre.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>"%1 COMMAND --help" shows a command's options.</source>
        <translation>« %1 COMMANDE --help » affiche les options d’une commande.</translation>
    </message>
    <message>
        <source>Videos to add to the ready list (%1), also when the window is already open.</source>
        <translation>Vidéos à ajouter à la liste des vidéos prêtes (%1), même quand la fenêtre est déjà ouverte.</translation>
    </message>
    <message>
        <source>Uplift Capture is already open with your Uplift account: the videos were added to its ready list. To use the sandbox, quit it and start %1 --sandbox.</source>
        <translation>Uplift Capture est déjà ouvert avec votre compte Uplift : les vidéos ont été ajoutées à sa liste des vidéos prêtes. Pour utiliser le bac à sable, quittez-le et lancez %1 --sandbox.</translation>
    </message>
    <message>
        <source>Uplift Capture is already open in the sandbox: the videos were added to its ready list, and what is uploaded there never reaches your Uplift account. To use your account, quit it and start %1 again.</source>
        <translation>Uplift Capture est déjà ouvert dans le bac à sable : les vidéos ont été ajoutées à sa liste des vidéos prêtes, et ce qui y est envoyé n’arrive jamais sur votre compte Uplift. Pour utiliser votre compte, quittez-le et relancez %1.</translation>
    </message>
    <message>
        <source>Uplift Capture was started again for the sandbox, but this window uses your Uplift account: the videos were added here. To use the sandbox, quit and start it with --sandbox.</source>
        <translation>Uplift Capture a été relancé pour le bac à sable, mais cette fenêtre utilise votre compte Uplift : les vidéos ont été ajoutées ici. Pour utiliser le bac à sable, quittez-le et relancez-le avec --sandbox.</translation>
    </message>
</context>
</TS>